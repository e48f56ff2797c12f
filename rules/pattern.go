package rules

import (
	"strings"

	"github.com/srclint/srclint/rules/article"
	"github.com/srclint/srclint/rules/config"
	"github.com/srclint/srclint/rules/finding"
	"github.com/srclint/srclint/rules/load"
	"github.com/srclint/srclint/rules/text"
)

// patternRule is a user-defined rule from a [[patterns]] entry: a regex or a
// list of whole words, with a message.
type patternRule struct{ p config.Pattern }

func (r patternRule) Meta() Meta {
	what := "matches the configured pattern"
	if len(r.p.Words) > 0 {
		what = "uses one of the configured words"
	}
	return Meta{
		ID:       r.p.ID,
		Name:     "Pattern",
		Short:    "Custom rule from rules.toml: text that " + what + ".",
		Full:     "A rule defined in rules.toml under [[patterns]]: " + r.p.Message,
		Help:     "Defined in rules.toml (`[[patterns]]` with `id = \"" + r.p.ID + "\"`).\n\nMessage: " + r.p.Message,
		Tags:     []string{"custom"},
		Severity: r.severity(),
	}
}

func (r patternRule) severity() finding.Severity {
	if r.p.Severity == 0 {
		return finding.Warning
	}
	return r.p.Severity
}

func (r patternRule) NewSettings() any { return nil }

func (r patternRule) Run(pass *Pass) error {
	for _, d := range pass.Corpus.Docs {
		if len(r.p.Paths) > 0 && !matchesAny(r.p.Paths, d.Path) {
			continue
		}
		for _, m := range r.matches(d.Article) {
			if !pass.inScope(r.p.Scope, d, m) {
				continue
			}
			msg := strings.ReplaceAll(r.p.Message, "{match}", d.Text[m.Start:m.End])
			pass.Report(Diagnostic{Doc: d, Span: m, Message: msg})
		}
	}
	return nil
}

func matchesAny(globs []string, p string) bool {
	for _, g := range globs {
		if load.MatchGlob(g, p) {
			return true
		}
	}
	return false
}

// matches returns the spans the pattern matches in the article's body.
func (r patternRule) matches(a *article.Article) []article.Span {
	var out []article.Span
	for _, b := range a.Body {
		if r.p.Pattern != nil {
			for _, loc := range r.p.Pattern.FindAllStringIndex(a.Text[b.Start:b.End], -1) {
				if loc[1] > loc[0] {
					out = append(out, article.Span{Start: b.Start + loc[0], End: b.Start + loc[1]})
				}
			}
			continue
		}
		words := text.Words(a.Text, b)
		for _, entry := range r.p.Words {
			want := text.Words(entry, article.Span{Start: 0, End: len(entry)})
			if len(want) == 0 {
				continue
			}
			for i := 0; i+len(want) <= len(words); i++ {
				ok := true
				for k := range want {
					if words[i+k].Folded != want[k].Folded {
						ok = false
						break
					}
				}
				if ok {
					out = append(out, article.Span{Start: words[i].Span.Start, End: words[i+len(want)-1].Span.End})
				}
			}
		}
	}
	return out
}
