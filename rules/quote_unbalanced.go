package rules

import (
	"fmt"

	"github.com/srclint/srclint/rules/finding"
	"github.com/srclint/srclint/rules/quote"
)

// quoteUnbalancedRule notes an opening quotation mark that is never closed.
type quoteUnbalancedRule struct{}

func (quoteUnbalancedRule) Meta() Meta {
	return Meta{
		ID:    "quote-unbalanced",
		Name:  "QuoteUnbalanced",
		Short: "An opening quotation mark is never closed.",
		Full: "A double quotation mark opens a quote that no closing mark ends before the paragraph does, and the next " +
			"paragraph does not continue the quote with an opening mark. srclint takes the quote to end with the paragraph. " +
			"Apostrophes (isn’t, Witkoff’s, ’90s) are never taken for quotation marks, and an unmatched single mark is read as " +
			"an apostrophe, so only double marks are reported.",
		Help: "Notes quotation marks that are opened and never closed.\n\n" +
			"Example finding:\n\n```text\n002.txt:7:12: note: the quotation opened by “ is never closed; it is taken to end with the paragraph (quote-unbalanced)\n```\n\n" +
			"A quote that continues over paragraphs is not unbalanced when each continuation paragraph starts with an opening mark. " +
			"The rule has no settings beyond `enabled` and `severity`.",
		Tags:     []string{"quotes"},
		Severity: finding.Note,
	}
}

func (quoteUnbalancedRule) NewSettings() any { return nil }

func (quoteUnbalancedRule) Run(pass *Pass) error {
	for _, d := range pass.Corpus.Docs {
		for _, q := range quote.Quotes.Of(d) {
			if !q.Unclosed {
				continue
			}
			mark := d.Text[q.Open.Start:q.Open.End]
			pass.Report(Diagnostic{Doc: d, Span: q.Open,
				Message: fmt.Sprintf("the quotation opened by %s is never closed; it is taken to end with the paragraph", mark)})
		}
	}
	return nil
}
