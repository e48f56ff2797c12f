package claim

import (
	"testing"

	"github.com/srclint/srclint/internal/gencorpus"

	"github.com/srclint/srclint/rules/corpus"
	"github.com/srclint/srclint/rules/sentence"
	"github.com/srclint/srclint/rules/text"
)

// BenchmarkExtract measures claim extraction alone on 1,000 generated
// articles: sentences and words are computed beforehand.
func BenchmarkExtract(b *testing.B) {
	arts, _, err := gencorpus.Articles(gencorpus.DefaultOptions(), nil)
	if err != nil {
		b.Fatal(err)
	}
	c := corpus.New(arts)
	type in struct {
		txt   string
		sents []sentence.Sentence
		words [][]text.Word
	}
	ins := make([]in, len(c.Docs))
	for i, d := range c.Docs {
		s := sentence.Sentences.Of(d)
		ins[i] = in{d.Text, s, SentenceWords(d, s)}
	}
	b.ReportAllocs()
	for b.Loop() {
		for _, x := range ins {
			extract(x.txt, x.sents, x.words)
		}
	}
}

// BenchmarkDocKeys measures DocKeys on 1,000 generated articles whose
// claims are already extracted.
func BenchmarkDocKeys(b *testing.B) {
	arts, _, err := gencorpus.Articles(gencorpus.DefaultOptions(), nil)
	if err != nil {
		b.Fatal(err)
	}
	c := corpus.New(arts)
	for _, d := range c.Docs {
		Claims.Of(d)
	}
	b.ReportAllocs()
	for b.Loop() {
		for _, d := range c.Docs {
			DocKeys(d)
		}
	}
}
