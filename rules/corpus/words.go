package corpus

import "github.com/srclint/srclint/rules/text"

// Words is every document's words, one list per linted region (Body span),
// tokenised once for the extractors built from them. It is transient: the
// lists are dropped once a document's facts are extracted.
var Words = &Extractor[[][]text.Word]{Name: "words", Transient: true, Run: func(d *Doc) [][]text.Word {
	out := make([][]text.Word, len(d.Body))
	for i, b := range d.Body {
		out[i] = text.Words(d.Text, b)
	}
	return out
}}
