package rules

import (
	"testing"

	"github.com/srclint/srclint/rules/corpus"
)

// BenchmarkVariantMatch measures matching the default configuration's
// variant forms in 1,000 generated articles, their words tokenised
// beforehand.
func BenchmarkVariantMatch(b *testing.B) {
	c, cfg := generatedCorpus(b, 1000)
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
