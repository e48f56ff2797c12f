package rules_test

import (
	"testing"

	"github.com/rs/zerolog"

	"github.com/srclint/srclint"
	"github.com/srclint/srclint/rules"
	"github.com/srclint/srclint/rules/ruletest"
)

// TestWordsTokenisedOnce holds the extraction pass to its purpose: with
// every rule of the default rules.toml, an article's words are tokenised
// once, in the pass, and not again by a rule or index after the word lists
// were dropped. (Quote matching tokenises the short spans it needs after
// extraction, such as the gap between two quotes, not whole articles; a
// phrase search reads an article's words again only when its word filter
// cannot rule the phrase out.)
func TestWordsTokenisedOnce(t *testing.T) {
	cases := []struct {
		name  string
		files map[string]string
		most  int
	}{
		{"seeds", ruletest.Seeds(t), 0},
		// One copy may name its source: finding the name reads its words
		// again (the body words, and the word lists they are cut from).
		{"corpus", ruletest.Dir(t, "fixtures/corpus"), 2},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			_, c := ruletest.RunCorpus(t, string(srclint.DefaultRules()), tc.files)
			if n := c.Recomputed(); n > tc.most {
				t.Errorf("word lists tokenised again %d times for %d articles, want at most %d", n, len(c.Docs), tc.most)
			}
		})
	}
	t.Run("generated", func(t *testing.T) {
		arts, _, cfg := benchCorpus(t, 300)
		_, c, err := rules.Run(arts, nil, rules.Options{Config: cfg, Jobs: 2, Log: zerolog.Nop()})
		if err != nil {
			t.Fatal(err)
		}
		if n := c.Recomputed(); n != 0 {
			t.Errorf("word lists tokenised again %d times for %d articles", n, len(c.Docs))
		}
	})
}
