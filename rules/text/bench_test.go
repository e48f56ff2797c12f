package text_test

import (
	"strings"
	"testing"

	"github.com/srclint/srclint/internal/seedtest"
	"github.com/srclint/srclint/rules/article"
	"github.com/srclint/srclint/rules/sentence"
	"github.com/srclint/srclint/rules/text"
)

// size returns the bytes of arts.
func size(arts []string) int64 {
	n := 0
	for _, a := range arts {
		n += len(a)
	}
	return int64(n)
}

// BenchmarkWordsArticles tokenises whole seed articles, as corpus.Words
// does with each linted region.
func BenchmarkWordsArticles(b *testing.B) {
	arts := seedtest.Texts(b)
	b.SetBytes(size(arts))
	b.ReportAllocs()
	for b.Loop() {
		for _, a := range arts {
			text.Words(a, article.Span{Start: 0, End: len(a)})
		}
	}
}

// BenchmarkWordsSentences tokenises the seed articles one sentence at a
// time, as the extractors that work per sentence do.
func BenchmarkWordsSentences(b *testing.B) {
	arts := seedtest.Texts(b)
	type sent struct {
		txt  string
		span article.Span
	}
	var sents []sent
	n := 0
	for _, a := range arts {
		for _, s := range sentence.Split(a, nil) {
			sents = append(sents, sent{a, s.Span})
			n += s.Span.End - s.Span.Start
		}
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	for b.Loop() {
		for _, s := range sents {
			text.Words(s.txt, s.span)
		}
	}
}

// BenchmarkFold folds every word of the seed articles.
func BenchmarkFold(b *testing.B) {
	var words []string
	for _, a := range seedtest.Texts(b) {
		words = append(words, strings.Fields(a)...)
	}
	b.ReportAllocs()
	for b.Loop() {
		for _, w := range words {
			text.Fold(w)
		}
	}
}

// BenchmarkAppendWordsReused tokenises whole seed articles into one reused
// buffer: what Words costs when its result array is recycled.
func BenchmarkAppendWordsReused(b *testing.B) {
	arts := seedtest.Texts(b)
	b.SetBytes(size(arts))
	b.ReportAllocs()
	var buf []text.Word
	for b.Loop() {
		for _, a := range arts {
			buf = text.AppendWords(buf[:0], a, article.Span{Start: 0, End: len(a)})
		}
	}
}
