package rules

import (
	"testing"

	"github.com/srclint/srclint"
	"github.com/srclint/srclint/internal/gencorpus"
	"github.com/srclint/srclint/rules/corpus"
)

// BenchmarkVariantMatch measures matching the default configuration's
// variant forms in 1,000 generated articles, their words tokenised
// beforehand.
func BenchmarkVariantMatch(b *testing.B) {
	cfg, err := ParseConfig("rules.toml", srclint.DefaultRules())
	if err != nil {
		b.Fatal(err)
	}
	opts := gencorpus.DefaultOptions()
	opts.Articles = 1000
	arts, _, err := gencorpus.Articles(opts, cfg.Sources)
	if err != nil {
		b.Fatal(err)
	}
	c := corpus.New(arts)
	for _, d := range c.Docs {
		corpus.Words.Of(d)
	}
	t := variantTables.Of(c, cfg)
	b.ReportAllocs()
	for b.Loop() {
		for _, d := range c.Docs {
			matchForms(d, t)
		}
	}
}
