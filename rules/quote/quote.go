package quote

import (
	"github.com/srclint/srclint/rules/article"
	"github.com/srclint/srclint/rules/corpus"
)

// DefaultMinWords is the default number of words from which a quote is
// checked against other sources; shorter quotes are scare quotes or titles.
const DefaultMinWords = 4

// Quote is one quotation in an article.
type Quote struct {
	// Text is the quoted words without the marks, trimmed of white space.
	// For a quote that continues over paragraphs it runs from the first
	// word to the last and includes the inner paragraph breaks and
	// re-opening marks (see Pieces).
	Text article.Span
	// Pieces are the quoted words of each paragraph the quote covers,
	// without marks (one piece unless the quote continues).
	Pieces []article.Span
	// Open is the opening mark.
	Open article.Span
	// Reopen are the opening marks that start continuation paragraphs.
	Reopen []article.Span
	// Close is the closing mark. When Unclosed, it is the empty span at
	// the end of the paragraph where the quote is taken to end.
	Close article.Span
	// Unclosed is true when no closing mark was found before the end of
	// the paragraph (and the next paragraph does not continue the quote).
	Unclosed bool
	// Para is the paragraph the quote opens in.
	Para article.Span
	// ParaIndex is that paragraph's position in the article, from 0.
	ParaIndex int
	// Depth is 0 for a quote at the top level, 1 for a quote nested inside
	// another, and so on.
	Depth int
	// Words is the number of words quoted.
	Words int
	// Speaker is the person the quote is attributed to ("Karoline
	// Leavitt", "Rubio"), or "" when no attribution was found.
	Speaker string
	// SpeakerSpan is where the speaker is named: next to the quote, or
	// the earlier mention a pronoun ("he said") was resolved to.
	SpeakerSpan article.Span
	// SpeakerResolved is true when the speaker was not named next to the
	// quote but resolved from a pronoun ("he said") or carried over from
	// the quote before it.
	SpeakerResolved bool
}

// Span returns the quote with its marks: from the opening mark to the end
// of the closing mark.
func (q Quote) Span() article.Span {
	return article.Span{Start: q.Open.Start, End: q.Close.End}
}

// Scare reports whether the quote is a scare quote or a title: fewer than
// minWords words. Scare quotes are kept but not checked across sources.
func (q Quote) Scare(minWords int) bool { return q.Words < minWords }

// Quotes is the per-article extractor of quotations, in text order (an outer
// quote before the quotes nested in it).
var Quotes = &corpus.Extractor[[]Quote]{
	Name: "quotes",
	Run:  func(d *corpus.Doc) []Quote { return extract(d.Text, d.Body, docWords(d)) },
}

// Inside reports whether span s lies inside the quoted words of one of qs
// (scare quotes included).
func Inside(qs []Quote, s article.Span) bool {
	for _, q := range qs {
		if s.Start >= q.Text.Start && s.End <= q.Text.End {
			return true
		}
	}
	return false
}

// Extract finds the quotations in the linted regions body of txt (nil means
// the whole text) and attributes them to their speakers.
func Extract(txt string, body []article.Span) []Quote {
	return extract(txt, body, &wordSource{txt: txt})
}

// extract is Extract reading words from ws.
func extract(txt string, body []article.Span, ws *wordSource) []Quote {
	s := scanners.Get().(*scanner)
	defer scanners.Put(s)
	s.paras = appendParagraphs(s.paras[:0], txt, body)
	qs := s.scan(txt, s.paras)
	s.top, s.quoted = attribute(txt, s.paras, qs, ws, s.top[:0], s.quoted[:0])
	for i := range qs {
		n := 0
		for _, p := range qs[i].Pieces {
			n += ws.count(p)
		}
		qs[i].Words = n
	}
	return qs
}
