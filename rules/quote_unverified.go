package rules

import (
	"fmt"
	"strings"

	"github.com/srclint/srclint/rules/corpus"
	"github.com/srclint/srclint/rules/finding"
	"github.com/srclint/srclint/rules/quote"
)

// quoteUnverifiedRule flags quotes that no other source quotes: as a warning
// when another source carries the same words without quotation marks
// (paraphrase presented as a quote), as a note otherwise.
type quoteUnverifiedRule struct{}

// QuoteUnverifiedSettings are the [rules.quote-unverified] settings.
type QuoteUnverifiedSettings struct {
	// MinWords is the fewest words a quote needs to be checked. At least 3.
	MinWords int `toml:"min_words"`
	// MinSharedWords is the fewest quoted words another source must carry
	// unquoted, within one passage, for the warning.
	MinSharedWords int `toml:"min_shared_words"`
	// MinCoverage is the least share of the quote's words that passage
	// must carry (0 to 1).
	MinCoverage float64 `toml:"min_coverage"`
	// ReportAbsent adds a note for quotes found nowhere else.
	ReportAbsent bool `toml:"report_absent"`
}

func (quoteUnverifiedRule) Meta() Meta {
	return Meta{
		ID:    "quote-unverified",
		Name:  "QuoteUnverified",
		Short: "A quote appears in no other source, or appears there only as unquoted text.",
		Full: "A quote that no other source quotes cannot be checked against another report. When another source carries " +
			"most of the same words without quotation marks, the quote is likely that source's paraphrase presented as a " +
			"quote (a warning); when the words appear nowhere else, the finding is a note. Scare quotes and titles (fewer " +
			"than min_words words) are not checked.",
		Help: "Flags quotes no other source confirms.\n\n" +
			"```toml\n[rules.quote-unverified]\nmin_words = 4          # shorter quotes are scare quotes or titles\n" +
			"min_shared_words = 8   # quoted words another source must carry unquoted in one passage\n" +
			"min_coverage = 0.5     # ... and the share of the quote they make up\nreport_absent = true   # note quotes found nowhere else\n```\n\n" +
			"Example findings:\n\n```text\n000.txt:18:190: warning: quoted text appears unquoted in 001:9 — paraphrase presented as a quote (quote-unverified)\n" +
			"001.txt:31:1: note: Umerov quote appears in no other source (quote-unverified)\n```",
		Tags:     []string{"quotes"},
		Severity: finding.Warning,
	}
}

func (quoteUnverifiedRule) NewSettings() any {
	return &QuoteUnverifiedSettings{MinWords: quote.DefaultMinWords, MinSharedWords: 8, MinCoverage: 0.5, ReportAbsent: true}
}

func (quoteUnverifiedRule) Run(pass *Pass) error {
	st, _ := pass.Settings.(*QuoteUnverifiedSettings)
	if st == nil {
		st = quoteUnverifiedRule{}.NewSettings().(*QuoteUnverifiedSettings)
	}
	if st.MinWords < quote.MinIndexWords {
		return fmt.Errorf("quote-unverified: min_words must be at least %d, not %d", quote.MinIndexWords, st.MinWords)
	}
	if st.MinCoverage < 0 || st.MinCoverage > 1 {
		return fmt.Errorf("quote-unverified: min_coverage must be between 0 and 1, not %g", st.MinCoverage)
	}
	c := pass.Corpus
	m := quote.Counterparts.Of(c)
	others := otherSources(c)
	for _, d := range c.Docs {
		// Notes only make sense when another source covers the story.
		if !others(d) {
			continue
		}
		for i, q := range quote.Quotes.Of(d) {
			if q.Depth > 0 || q.Scare(st.MinWords) || len(m.Pairs(d, i)) > 0 {
				continue
			}
			var locs []string
			var rel []Related
			for _, e := range m.Echoes(d, i) {
				if e.Shared < st.MinSharedWords || e.Coverage < st.MinCoverage {
					continue
				}
				locs = append(locs, quoteLoc(c, e.Doc, e.Span.Start, false))
				rel = append(rel, Related{Doc: e.Doc, Span: e.Span,
					Message: fmt.Sprintf("%s has %d of the %d quoted words without quotation marks", ShortSource(c, e.Doc.Source), e.Shared, q.Words)})
			}
			if len(locs) > 0 {
				pass.Report(Diagnostic{Doc: d, Span: q.Span(), Related: rel,
					Message: fmt.Sprintf("quoted text appears unquoted in %s — paraphrase presented as a quote", strings.Join(locs, ", "))})
				continue
			}
			if st.ReportAbsent {
				who := "Quote"
				if q.Speaker != "" {
					who = lastWord(q.Speaker) + " quote"
				}
				pass.Report(Diagnostic{Doc: d, Span: q.Span(), Severity: finding.Note,
					Message: who + " appears in no other source"})
			}
		}
	}
	return nil
}

// otherSources returns a function telling whether another source than an
// article's covers its story: an article of another source that names the
// same story in its front matter or names none (for an article without a
// story, any article of another source).
func otherSources(c *corpus.Corpus) func(d *corpus.Doc) bool {
	// The sources of each story ("" for articles without one), and of the
	// whole corpus.
	byStory := map[string]map[string]bool{}
	all := map[string]bool{}
	for _, d := range c.Docs {
		if byStory[d.Story] == nil {
			byStory[d.Story] = map[string]bool{}
		}
		byStory[d.Story][d.Source] = true
		all[d.Source] = true
	}
	covers := func(srcs map[string]bool, d *corpus.Doc) bool {
		return len(srcs) > 1 || len(srcs) == 1 && !srcs[d.Source]
	}
	return func(d *corpus.Doc) bool {
		if d.Story == "" {
			return covers(all, d)
		}
		return covers(byStory[d.Story], d) || covers(byStory[""], d)
	}
}
