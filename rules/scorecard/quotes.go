package scorecard

import (
	"github.com/srclint/srclint/rules/corpus"
	"github.com/srclint/srclint/rules/quote"
)

// countQuotes fills in the quote columns of every source from the quote
// extractor and the counterpart index.
func countQuotes(c *corpus.Corpus, get func(string) *Source) {
	m := quote.Counterparts.Of(c)
	for _, d := range c.Docs {
		row := get(d.Source)
		for i, q := range quote.Quotes.Of(d) {
			if q.Depth > 0 || q.Scare(quote.DefaultMinWords) {
				continue
			}
			row.Quotes++
			pairs := m.Pairs(d, i)
			if len(pairs) == 0 {
				continue
			}
			row.Matched++
			altered := false
			for _, p := range pairs {
				if p.Kind == quote.Altered {
					altered = true
					break
				}
			}
			if altered {
				row.Altered++
			} else {
				row.Verbatim++
			}
		}
	}
}
