package rules

import (
	"github.com/srclint/srclint/rules/article"
	"github.com/srclint/srclint/rules/corpus"
	"github.com/srclint/srclint/rules/quote"
)

// inScope reports whether span s of d is in the scope a custom pattern asks
// for: "" (anywhere), "quotes" (inside a quotation) or "outside-quotes".
func (p *Pass) inScope(scope string, d *corpus.Doc, s article.Span) bool {
	switch scope {
	case "quotes":
		return insideQuote(d, s)
	case "outside-quotes":
		return !insideQuote(d, s)
	}
	return true
}

// insideQuote reports whether s lies inside a quotation of d.
func insideQuote(d *corpus.Doc, s article.Span) bool {
	return quote.Inside(quote.Quotes.Of(d), s)
}
