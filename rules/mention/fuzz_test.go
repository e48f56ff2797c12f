package mention

import (
	"testing"
	"unicode/utf8"

	"github.com/srclint/srclint/rules/article"
	"github.com/srclint/srclint/rules/sentence"
)

// FuzzAnalyze checks that mention extraction never panics and that every
// mention's span lies inside the (valid UTF-8) text, on rune boundaries, and
// spells the mention's text.
func FuzzAnalyze(f *testing.F) {
	f.Add("Ukrainian President Volodymyr Zelensky met Sen. Angus King of Maine and Witkoff’s team in Kyiv.")
	f.Add("Saudi Crown Prince Mohammed bin Salman’s visit. O'Brien, a farmer, said: \"The plan\".\nDespite that, Andriy Kovalenko left.")
	f.Add("U.S. News\nCLOSE\n- 25.11.2025, 13:20\nÉmile Zola‑Durand and von der Leyen")
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			t.Skip("the loader hands the extractors valid UTF-8 only")
		}
		a := article.New("f.txt", s, nil)
		sents := sentence.Split(s, a.Body)
		res := Analyze(s, sents)
		for _, m := range res.Mentions {
			if !a.ValidUTF8Span(m.Span) || m.Span.Start >= m.Span.End {
				t.Fatalf("bad mention span %+v in %q", m.Span, s)
			}
		}
		Group(s, res.Mentions)
	})
}
