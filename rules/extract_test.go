package rules_test

import (
	"testing"

	"github.com/srclint/srclint"
	"github.com/srclint/srclint/internal/gencorpus"
	"github.com/srclint/srclint/rules"
	"github.com/srclint/srclint/rules/ruletest"

	"github.com/rs/zerolog"
)

// TestWordsTokenisedOnce holds the extraction pass to its purpose: with
// every rule of the default rules.toml, an article's words are tokenised
// once, in the pass, and not again by a rule or index after the word lists
// were dropped. (Quote matching tokenises the short spans it needs after
// extraction, such as the gap between two quotes, not whole articles.)
func TestWordsTokenisedOnce(t *testing.T) {
	cases := map[string]map[string]string{
		"seeds":  ruletest.Seeds(t),
		"corpus": ruletest.Dir(t, "fixtures/corpus"),
	}
	for name, files := range cases {
		t.Run(name, func(t *testing.T) {
			_, c := ruletest.RunCorpus(t, string(srclint.DefaultRules()), files)
			if n := c.Recomputed(); n != 0 {
				t.Errorf("word lists tokenised again %d times for %d articles", n, len(c.Docs))
			}
		})
	}
	t.Run("generated", func(t *testing.T) {
		opts := gencorpus.DefaultOptions()
		opts.Articles = 300
		cfg := ruletest.Config(t, string(srclint.DefaultRules()))
		arts, _, err := gencorpus.Articles(opts, cfg.Sources)
		if err != nil {
			t.Fatal(err)
		}
		_, c, err := rules.Run(arts, nil, rules.Options{Config: cfg, Jobs: 2, Log: zerolog.Nop()})
		if err != nil {
			t.Fatal(err)
		}
		if n := c.Recomputed(); n != 0 {
			t.Errorf("word lists tokenised again %d times for %d articles", n, len(c.Docs))
		}
	})
}
