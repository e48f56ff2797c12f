package quote

import (
	"sort"

	"github.com/srclint/srclint/rules/article"
	"github.com/srclint/srclint/rules/corpus"
	"github.com/srclint/srclint/rules/text"
)

// wordSource returns the words of spans of one text. When the text's body
// words are known (corpus.Words, one list per Body region), a span whose
// ends fall between words is served from them without tokenising again;
// text.Words finds exactly those words in it.
type wordSource struct {
	txt     string
	body    []article.Span
	regions [][]text.Word // nil: tokenise every span
}

// docWords is the word source of d's body: its body words while they are
// kept, else spans are tokenised as asked (after extraction, a quote's gap
// or unquoted text is less work than the whole article again).
func docWords(d *corpus.Doc) *wordSource {
	regions, _ := corpus.Words.Kept(d)
	return &wordSource{txt: d.Text, body: d.Body, regions: regions}
}

// in returns the words of s, as text.Words(txt, s) does. The result may
// share its array with the body words: callers must not modify it.
func (w *wordSource) in(s article.Span) []text.Word {
	if ws, ok := w.known(s); ok {
		return ws
	}
	return text.Words(w.txt, s)
}

// count returns len(w.in(s)).
func (w *wordSource) count(s article.Span) int {
	if ws, ok := w.known(s); ok {
		return len(ws)
	}
	return len(text.Words(w.txt, s))
}

// known returns the body words inside s when no body word crosses either
// end of s: then tokenising s gives the same words.
func (w *wordSource) known(s article.Span) ([]text.Word, bool) {
	if w == nil || w.regions == nil || len(w.regions) != len(w.body) || s.Start > s.End {
		return nil, false
	}
	r := sort.Search(len(w.body), func(i int) bool { return w.body[i].End >= s.End })
	if r == len(w.body) || s.Start < w.body[r].Start {
		return nil, false
	}
	ws := w.regions[r]
	lo := sort.Search(len(ws), func(i int) bool { return ws[i].Span.End > s.Start })
	if lo < len(ws) && ws[lo].Span.Start < s.Start {
		return nil, false
	}
	hi := lo + sort.Search(len(ws)-lo, func(i int) bool { return ws[lo+i].Span.End > s.End })
	if hi < len(ws) && ws[hi].Span.Start < s.End {
		return nil, false
	}
	return ws[lo:hi:hi], true
}
