package rules

import (
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/srclint/srclint/rules/corpus"
	"github.com/srclint/srclint/rules/finding"
	"github.com/srclint/srclint/rules/quote"
	"github.com/srclint/srclint/rules/story"
)

// quoteAlteredRule flags a quote whose words differ from another source's
// version of the same quote beyond cosmetic changes, excerpts, elisions and
// bracketed insertions.
type quoteAlteredRule struct{}

// QuoteAlteredSettings are the [rules.quote-altered] settings.
type QuoteAlteredSettings struct {
	// MinWords is the fewest words a quote needs to be checked; shorter
	// quotes are scare quotes and titles. At least 3.
	MinWords int `toml:"min_words"`
}

func (quoteAlteredRule) Meta() Meta {
	return Meta{
		ID:    "quote-altered",
		Name:  "QuoteAltered",
		Short: "A quote's words differ from another source's version of the same quote.",
		Full: "Finds each quote's counterparts in other sources and compares the words. Differences in case, quote marks, " +
			"apostrophes, dashes, spacing, punctuation and abbreviation style (\"U.S.\"/\"US\", \"Sen.\"/\"Senator\") are cosmetic; " +
			"a quote that is a contiguous part of the other, or matches it with marked elisions (\"…\", \"[…]\") and bracketed " +
			"insertions (\"[the plan]\"), is an excerpt; a quote one source splits in two (\"…,\" he said, adding, \"…\") is the same " +
			"quote. Only words added, dropped, replaced or reordered outside those conventions are reported, on the version " +
			"that deviates from the original: the one from a source marked primary, else the one with the earliest date, else " +
			"the one most sources agree with; when nothing decides, both versions are reported.",
		Help: "Flags quotes reworded between sources.\n\n" +
			"```toml\n[[sources]]\nname = \"wsj\"\npaths = [\"wsj/*\"]\nprimary = true   # its version of a quote is the original\n\n" +
			"[rules.quote-altered]\nmin_words = 4    # shorter quotes are scare quotes or titles and are not checked\n```\n\n" +
			"Example finding:\n\n```text\n003.txt:21:1: warning: Rubio quote differs from 001's version at 001:49:37: " +
			"\"was authored by the U.S.\" → \"The author of … is the United States\" (quote-altered)\n```\n\n" +
			"The finding's related locations point at the other versions.",
		Tags:     []string{"quotes"},
		Severity: finding.Warning,
	}
}

func (quoteAlteredRule) NewSettings() any {
	return &QuoteAlteredSettings{MinWords: quote.DefaultMinWords}
}

func (quoteAlteredRule) Run(pass *Pass) error {
	st, _ := pass.Settings.(*QuoteAlteredSettings)
	if st == nil {
		st = quoteAlteredRule{}.NewSettings().(*QuoteAlteredSettings)
	}
	if st.MinWords < quote.MinIndexWords {
		return fmt.Errorf("quote-altered: min_words must be at least %d, not %d", quote.MinIndexWords, st.MinWords)
	}
	c := pass.Corpus
	m := quote.Counterparts.Of(c)
	dates := make(docDates, len(c.Docs))
	for _, d := range c.Docs {
		for i, q := range quote.Quotes.Of(d) {
			if q.Depth > 0 || q.Scare(st.MinWords) {
				continue
			}
			self := quote.Ref{Doc: d, Index: i}
			var originals []quote.Pair
			tie := false
			for _, p := range m.Pairs(d, i) {
				if p.Kind != quote.Altered || p.Other.Quote().Scare(st.MinWords) {
					continue
				}
				switch original(m, story.Provenance.Of(pass.Corpus), dates, self, p.Other) {
				case 1:
					originals = append(originals, p)
				case 0:
					originals = append(originals, p)
					tie = true
				}
			}
			if len(originals) == 0 {
				continue
			}
			// The message shows the closest version: nearest in length,
			// then with the fewest changes.
			sort.SliceStable(originals, func(a, b int) bool {
				da, db := abs(originals[a].Other.Quote().Words-q.Words), abs(originals[b].Other.Quote().Words-q.Words)
				if da != db {
					return da < db
				}
				return originals[a].Diff.Changes() < originals[b].Diff.Changes()
			})
			pass.Report(alteredDiagnostic(c, self, q, originals, tie))
		}
	}
	return nil
}

func alteredDiagnostic(c *corpus.Corpus, self quote.Ref, q quote.Quote, originals []quote.Pair, tie bool) Diagnostic {
	first := originals[0]
	who := "Quote"
	if q.Speaker != "" {
		who = lastWord(q.Speaker) + " quote"
	}
	msg := fmt.Sprintf("%s differs from %s's version at %s: %q → %q", who, ShortSource(c, first.Other.Doc.Source),
		quoteLoc(c, first.Other.Doc, first.Other.Quote().Span().Start, true), first.Diff.B, first.Diff.A)
	var also []string
	for _, p := range originals[1:] {
		also = append(also, quoteLoc(c, p.Other.Doc, p.Other.Quote().Span().Start, true))
	}
	if len(also) > 0 {
		msg += " (also " + strings.Join(also, ", ") + ")"
	}
	if tie {
		msg += "; no primary source, earlier date or majority shows which version is the original"
	}
	var rel []Related
	for _, p := range originals {
		o := p.Other.Quote()
		rel = append(rel, Related{Doc: p.Other.Doc, Span: o.Span(), Message: ShortSource(c, p.Other.Doc.Source) + "'s version"})
	}
	return Diagnostic{Doc: self.Doc, Span: q.Span(), Message: msg, Related: rel}
}

// original says which of two altered versions is the original: 1 when
// other's is (self deviates), -1 when self's is, 0 when nothing decides.
// Each version stands with the sources that agree with it (any relation but
// altered); the version of a primary source wins, then the version with the
// earliest date, then the version more sources agree with. Before dates,
// provenance decides: an article derived from another (story.Provenance)
// quotes its source, so the source's version is the original.
func original(m *quote.Matches, g *story.Graph, dates docDates, self, other quote.Ref) int {
	cs, co := cluster(m, self), cluster(m, other)
	// Sources agreeing with both versions (an excerpt of the unchanged
	// part) decide nothing.
	for d := range cs {
		if co[d] {
			delete(cs, d)
			delete(co, d)
		}
	}
	ps, po := false, false
	for d := range cs {
		ps = ps || d.Primary
	}
	for d := range co {
		po = po || d.Primary
	}
	if ps != po {
		if po {
			return 1
		}
		return -1
	}
	ds, do := derivesFrom(g, cs, co), derivesFrom(g, co, cs)
	if ds != do {
		if ds {
			return 1
		}
		return -1
	}
	if ts, okS := dates.earliest(cs); okS {
		if to, okO := dates.earliest(co); okO && !ts.Equal(to) {
			if to.Before(ts) {
				return 1
			}
			return -1
		}
	}
	ns, no := sourceCount(cs), sourceCount(co)
	switch {
	case no > ns:
		return 1
	case ns > no:
		return -1
	}
	return 0
}

// derivesFrom reports whether an article of a derives, directly or through
// other copies, from an article of b.
func derivesFrom(g *story.Graph, a, b map[*corpus.Doc]bool) bool {
	for d := range a {
		// The graph has no cycles; the hop bound only guards against one.
		for e, hops := g.Source(d), 0; e != nil && hops < 64; e, hops = g.Source(e.Source), hops+1 {
			if b[e.Source] {
				return true
			}
		}
	}
	return false
}

// cluster returns the documents whose version agrees with r, r's included.
func cluster(m *quote.Matches, r quote.Ref) map[*corpus.Doc]bool {
	out := map[*corpus.Doc]bool{r.Doc: true}
	for _, p := range m.Pairs(r.Doc, r.Index) {
		if p.Kind != quote.Altered {
			out[p.Other.Doc] = true
		}
	}
	return out
}

// docDates holds the documents' front-matter dates by document index,
// each parsed on first use: a document takes part in many comparisons.
type docDates []docDate

// docDate is one document's parsed date.
type docDate struct {
	t          time.Time
	ok, parsed bool
}

// of returns d's parsed front-matter date.
func (dd docDates) of(d *corpus.Doc) (time.Time, bool) {
	x := &dd[d.Index]
	if !x.parsed {
		x.t, x.ok = parseDate(d.Date)
		x.parsed = true
	}
	return x.t, x.ok
}

// earliest returns the earliest front-matter date of the documents.
func (dd docDates) earliest(ds map[*corpus.Doc]bool) (time.Time, bool) {
	var best time.Time
	ok := false
	for d := range ds {
		if t, good := dd.of(d); good && (!ok || t.Before(best)) {
			best, ok = t, true
		}
	}
	return best, ok
}

func sourceCount(ds map[*corpus.Doc]bool) int {
	seen := map[string]bool{}
	for d := range ds {
		seen[d.Source] = true
	}
	return len(seen)
}

// parseDate reads a front-matter date.
func parseDate(s string) (time.Time, bool) {
	s = strings.TrimSpace(s)
	for _, layout := range []string{time.RFC3339, "2006-01-02T15:04:05", "2006-01-02 15:04:05", "2006-01-02 15:04", "2006-01-02", "02.01.2006", "January 2, 2006", "Jan 2, 2006"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t, true
		}
	}
	return time.Time{}, false
}

// quoteLoc renders a place as "001:49:37" (with column) or "001:9".
func quoteLoc(c *corpus.Corpus, d *corpus.Doc, off int, column bool) string {
	p := d.Position(off)
	if column {
		return fmt.Sprintf("%s:%d:%d", ShortSource(c, d.Source), p.Line, p.Column)
	}
	return fmt.Sprintf("%s:%d", ShortSource(c, d.Source), p.Line)
}

// lastWord returns the last word of a name.
func lastWord(s string) string {
	f := strings.Fields(s)
	if len(f) == 0 {
		return s
	}
	return f[len(f)-1]
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}
