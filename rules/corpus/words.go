package corpus

import "github.com/srclint/srclint/rules/text"

// Words is every document's words, one list per linted region (Body span),
// tokenised once for all rules.
var Words = &Extractor[[][]text.Word]{Name: "words", Run: func(d *Doc) [][]text.Word {
	out := make([][]text.Word, len(d.Body))
	for i, b := range d.Body {
		out[i] = text.Words(d.Text, b)
	}
	return out
}}
