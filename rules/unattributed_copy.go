package rules

import (
	"fmt"
	"path"
	"strings"

	"github.com/srclint/srclint/rules/claim"
	"github.com/srclint/srclint/rules/corpus"
	"github.com/srclint/srclint/rules/finding"
	"github.com/srclint/srclint/rules/sentence"
	"github.com/srclint/srclint/rules/story"
)

// unattributedCopyRule flags articles derived from another source that
// never name that source.
type unattributedCopyRule struct{}

// UnattributedCopySettings are the [rules.unattributed-copy] settings.
type UnattributedCopySettings struct {
	// UnknownNames decides what happens when the source's names are not
	// known (no front matter `source`, no [[sources]] entry: its name is a
	// file name): "any-outlet" (default) counts any named news
	// organisation as attribution, "report" reports the copy anyway,
	// "skip" stays silent.
	UnknownNames string `toml:"unknown_names"`
	// MaxRelated caps the related locations (copied sentences) per finding.
	MaxRelated int `toml:"max_related"`
}

func (unattributedCopyRule) Meta() Meta {
	return Meta{
		ID:    "unattributed-copy",
		Name:  "UnattributedCopy",
		Short: "An article copies or rewords another source without naming it.",
		Full: "Uses the derivation graph (articles whose sentences largely match another article's, near-verbatim or lightly " +
			"reworded) and checks that each derived article names its source: the source's name or one of its aliases, from front " +
			"matter `source` and [[sources]] name and aliases in rules.toml. The finding sits on the first copied paragraph and says how " +
			"many sentences match which source, with the copied sentences as related locations. When the source's names are unknown " +
			"(its name is only a file name), any named news organisation counts as attribution by default.",
		Help: "Flags articles derived from another source that never name it.\n\n" +
			"```toml\n[[sources]]\nname = \"The Wall Street Journal\"\npaths = [\"wsj/*\"]\naliases = [\"WSJ\", \"the Journal\"]\n\n" +
			"[rules.unattributed-copy]\nunknown_names = \"any-outlet\"   # or \"report\", \"skip\"\nmax_related = 5\n```\n\n" +
			"Example finding:\n\n```text\n002.txt:4:1: warning: This article derives from The Wall Street Journal (001.txt) and never names it: " +
			"19 of its 26 sentences match (names looked for: \"The Wall Street Journal\", \"WSJ\", \"the Journal\") (unattributed-copy)\n```",
		Tags:     []string{"sources"},
		Severity: finding.Warning,
	}
}

func (unattributedCopyRule) NewSettings() any {
	return &UnattributedCopySettings{UnknownNames: "any-outlet", MaxRelated: 5}
}

func (unattributedCopyRule) Run(pass *Pass) error {
	st, _ := pass.Settings.(*UnattributedCopySettings)
	if st == nil {
		st = unattributedCopyRule{}.NewSettings().(*UnattributedCopySettings)
	}
	switch st.UnknownNames {
	case "any-outlet", "report", "skip":
	default:
		return fmt.Errorf("[rules.unattributed-copy] unknown_names must be \"any-outlet\", \"report\" or \"skip\", not %q", st.UnknownNames)
	}
	c := pass.Corpus
	for _, e := range story.Provenance.Of(c).Edges() {
		names, known := ucNames(pass, e.Source)
		d := e.Derived
		if known {
			if ucNamesAny(d, names) {
				continue
			}
		} else {
			switch st.UnknownNames {
			case "skip":
				continue
			case "any-outlet":
				if ucNamesOutlet(d) {
					continue
				}
			}
		}
		pass.Report(ucDiagnostic(c, st, e, names, known))
	}
	return nil
}

// ucNames returns the names the source of s is known by, and whether any
// is known beyond a file name.
func ucNames(pass *Pass, s *corpus.Doc) ([]string, bool) {
	var names []string
	base := path.Base(s.Path)
	stem := strings.TrimSuffix(base, path.Ext(base))
	known := s.Source != "" && s.Source != stem
	if known {
		names = append(names, s.Source)
	}
	if pass.Config != nil {
		for _, src := range pass.Config.Sources {
			if src.Name == s.Source || matchesAny(src.Paths, s.Path) {
				names = append(names, src.Name)
				names = append(names, src.Aliases...)
				known = true
			}
		}
	}
	return uniqSorted(names), known
}

// ucNamesAny reports whether d's body names any of names.
func ucNamesAny(d *corpus.Doc, names []string) bool {
	for _, n := range names {
		if len(claim.Mentions(d, n)) > 0 {
			return true
		}
		if t := strings.TrimPrefix(strings.TrimPrefix(n, "The "), "the "); t != n && len(claim.Mentions(d, t)) > 0 {
			return true
		}
	}
	return false
}

// ucNamesOutlet reports whether d names any news organisation.
func ucNamesOutlet(d *corpus.Doc) bool {
	for _, t := range claim.Claims.Of(d).Terms() {
		if t.Outlet {
			return true
		}
	}
	return false
}

func ucDiagnostic(c *corpus.Corpus, st *UnattributedCopySettings, e *story.Edge, names []string, known bool) Diagnostic {
	d := e.Derived
	src := ShortSource(c, e.Source.Source)
	// The first copied paragraph: the run of sentences that holds the
	// first sentence of its paragraph number (as sentence.Paragraphs
	// groups them).
	sents := sentence.Sentences.Of(d)
	first := sents[e.Pairs[0].Derived]
	span, para := first.Span, first.Para
	for k, s := range sents {
		if s.Para != para {
			continue
		}
		span = s.Span
		for _, t := range sents[k+1:] {
			if t.Para != para {
				break
			}
			span.End = t.Span.End
		}
		break
	}
	msg := fmt.Sprintf("This article derives from %s (%s) and never names it: %d of its %d sentences match", src, e.Source.Path, len(e.Pairs), e.Sentences)
	if known {
		quoted := make([]string, len(names))
		for i, n := range names {
			quoted[i] = fmt.Sprintf("%q", n)
		}
		msg += " (names looked for: " + strings.Join(quoted, ", ") + ")."
	} else {
		msg += "; it names no news organisation at all (the source's own names are unknown: give it front matter `source` or a [[sources]] entry with aliases)."
	}
	diag := Diagnostic{Doc: d, Span: span, Message: msg}
	srcSents := sentence.Sentences.Of(e.Source)
	if n := min(len(e.Pairs), st.MaxRelated); n > 0 {
		diag.Related = make([]Related, 0, n)
	}
	for i, p := range e.Pairs {
		if i >= st.MaxRelated {
			break
		}
		diag.Related = append(diag.Related, Related{Doc: e.Source, Span: srcSents[p.Source].Span,
			Message: fmt.Sprintf("%s's sentence on line %d matches this one", ShortSource(c, d.Source), d.Position(sents[p.Derived].Span.Start).Line)})
	}
	return diag
}
