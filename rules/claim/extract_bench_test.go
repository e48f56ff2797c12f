package claim

import (
	"testing"

	"github.com/srclint/srclint/internal/gencorpus"
	"github.com/srclint/srclint/rules/article"
	"github.com/srclint/srclint/rules/corpus"
	"github.com/srclint/srclint/rules/load"
	"github.com/srclint/srclint/rules/sentence"
	"github.com/srclint/srclint/rules/text"
)

// BenchmarkExtract measures claim extraction alone on 1,000 generated
// articles: sentences and words are computed beforehand.
func BenchmarkExtract(b *testing.B) {
	opts := gencorpus.DefaultOptions()
	opts.Articles = 1000
	var arts []*article.Article
	if _, err := gencorpus.Generate(opts, func(f gencorpus.File) error {
		a, _ := load.Parse(f.Path, f.Data, nil)
		arts = append(arts, a)
		return nil
	}); err != nil {
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
	opts := gencorpus.DefaultOptions()
	opts.Articles = 1000
	var arts []*article.Article
	if _, err := gencorpus.Generate(opts, func(f gencorpus.File) error {
		a, _ := load.Parse(f.Path, f.Data, nil)
		arts = append(arts, a)
		return nil
	}); err != nil {
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
