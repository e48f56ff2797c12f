package rules_test

import (
	"testing"

	"github.com/rs/zerolog"

	"github.com/srclint/srclint"
	"github.com/srclint/srclint/internal/fuzzcheck"
	"github.com/srclint/srclint/rules"
	"github.com/srclint/srclint/rules/article"
	"github.com/srclint/srclint/rules/finding"
	"github.com/srclint/srclint/rules/load"
	"github.com/srclint/srclint/rules/ruletest"
)

// FuzzPipeline lints one arbitrary article (Markdown or plain text) next to
// two seed articles, with every built-in rule of the default rules.toml.
// Invariants: no panic and no rule error; every finding and related
// location is a valid span of its file whose text, line and column agree
// with a plain scan of the text; findings come out sorted.
func FuzzPipeline(f *testing.F) {
	seeds := ruletest.Seeds(f)
	companions := []string{"fixtures/seeds/001_4ba70e73f85718eb.txt", "fixtures/seeds/003_6d6395574370b149.txt"}
	for _, p := range companions {
		f.Add(seeds[p], false)
	}
	for _, s := range []string{
		"",
		"---\nsource: X\n---\nThe plan was shared with Kiev, “The peace proposal was authored by the U.S.,” Rubio said. Talks by Thanksgiving.\n",
		"“Unclosed quote\n\n«Another» and „low“ ‘single’ quotes; Zelenskyy in Donbass.\r\nCR\rline",
		"```\ncode Kiev\n```\n<!-- Kiev -->\nKiev",
		"Stay informed on all the latest news.\nFollow us on Facebook.\n",
	} {
		f.Add(s, true)
	}
	cfg, err := rules.ParseConfig("rules.toml", srclint.DefaultRules())
	if err != nil {
		f.Fatal(err)
	}
	var base []*article.Article
	texts := map[string]string{}
	for _, p := range companions {
		a, _ := load.Parse(p, []byte(seeds[p]), nil)
		base = append(base, a)
		texts[p] = a.Text
	}
	f.Fuzz(func(t *testing.T, data string, markdown bool) {
		name := "fuzz/x.txt"
		if markdown {
			name = "fuzz/x.md"
		}
		a, probs := load.Parse(name, []byte(data), nil)
		arts := append([]*article.Article{}, base...)
		got := map[string]string{}
		for k, v := range texts {
			got[k] = v
		}
		if a != nil {
			arts = append(arts, a)
			got[name] = a.Text
		} else if len(probs) > 0 {
			got[name] = probs[0].Article.Text
		}
		fs, _, err := rules.Run(arts, probs, rules.Options{Config: cfg, Jobs: 2, Log: zerolog.Nop()})
		if err != nil {
			t.Fatalf("run: %v", err)
		}
		for i := range fs {
			fd := &fs[i]
			if i > 0 && finding.Less(fd, &fs[i-1]) {
				t.Fatalf("findings not sorted at %d", i)
			}
			check := func(l finding.Location, what string) {
				txt, ok := got[l.Path]
				if !ok {
					t.Fatalf("%s of %s: unknown path %q", what, fd.Rule, l.Path)
				}
				if err := fuzzcheck.Located(txt, int(l.Offset), int(l.EndOffset), int(l.Line), int(l.Column), int(l.EndLine), int(l.EndColumn), l.Text); err != nil {
					t.Fatalf("%s of %s finding %q: %v", what, fd.Rule, fd.Message, err)
				}
			}
			check(fd.Location, "location")
			for _, r := range fd.Related {
				check(r, "related location")
			}
		}
	})
}
