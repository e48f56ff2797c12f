package rules

import (
	"testing"

	"github.com/srclint/srclint"
	"github.com/srclint/srclint/internal/gencorpus"
	"github.com/srclint/srclint/rules/config"
	"github.com/srclint/srclint/rules/corpus"
)

// generatedCorpus builds the corpus of n generated articles (gencorpus's
// default options) and the default configuration, for benchmarks of one
// rule's internals.
func generatedCorpus(tb testing.TB, n int) (*corpus.Corpus, *config.Config) {
	tb.Helper()
	cfg, err := ParseConfig("rules.toml", srclint.DefaultRules())
	if err != nil {
		tb.Fatal(err)
	}
	opts := gencorpus.DefaultOptions()
	opts.Articles = n
	arts, _, err := gencorpus.Articles(opts, cfg.Sources)
	if err != nil {
		tb.Fatal(err)
	}
	return corpus.New(arts), cfg
}
