package mention_test

import (
	"testing"

	"github.com/srclint/srclint"
	"github.com/srclint/srclint/internal/gencorpus"
	"github.com/srclint/srclint/rules"
	"github.com/srclint/srclint/rules/corpus"
	"github.com/srclint/srclint/rules/mention"
	"github.com/srclint/srclint/rules/sentence"
)

// benchCorpus generates n articles and computes the extraction mention
// extraction reads (sentences, words), so that the benchmarks measure
// mention extraction alone.
func benchCorpus(b *testing.B, n int) *corpus.Corpus {
	b.Helper()
	cfg, err := rules.ParseConfig("rules.toml", srclint.DefaultRules())
	if err != nil {
		b.Fatal(err)
	}
	opts := gencorpus.DefaultOptions()
	opts.Articles = n
	arts, _, err := gencorpus.Articles(opts, cfg.Sources)
	if err != nil {
		b.Fatal(err)
	}
	c := corpus.New(arts)
	for _, d := range c.Docs {
		sentence.Sentences.Of(d)
		corpus.Words.Of(d)
	}
	return c
}

// BenchmarkMentions measures mention extraction over 1,000 generated
// articles, its buffers recycled from one article to the next.
func BenchmarkMentions(b *testing.B) {
	c := benchCorpus(b, 1000)
	b.ReportAllocs()
	for b.Loop() {
		for _, d := range c.Docs {
			mention.ExtractAndRecycle(d)
		}
	}
}

// BenchmarkPeople measures grouping mentions into people over 1,000
// generated articles (the mentions are extracted once, beforehand).
func BenchmarkPeople(b *testing.B) {
	c := benchCorpus(b, 1000)
	for _, d := range c.Docs {
		mention.Mentions.Of(d)
	}
	b.ReportAllocs()
	for b.Loop() {
		for _, d := range c.Docs {
			mention.People.Run(d)
		}
	}
}

// BenchmarkEntities measures grouping the people of 1,000 generated
// articles by story and surname (people are extracted once, beforehand).
func BenchmarkEntities(b *testing.B) {
	c := benchCorpus(b, 1000)
	for _, d := range c.Docs {
		mention.People.Of(d)
	}
	b.ReportAllocs()
	for b.Loop() {
		mention.Entities.Run(c)
	}
}
