package text_test

import (
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/srclint/srclint/internal/fuzzcheck"
	"github.com/srclint/srclint/rules/article"
	"github.com/srclint/srclint/rules/text"
)

// FuzzWords tokenises arbitrary text over an arbitrary span. Invariants: no
// panic; words are ordered, disjoint, non-empty, inside the span, on rune
// boundaries; Text is the span's text, Folded is Fold(Text) and Capital
// tells an upper-case first letter; AppendWords and AppendFold agree with Words and Fold.
func FuzzWords(f *testing.F) {
	for _, s := range []string{
		"U.S. officials said 2.5 million son‑in‑law Witkoff’s plan.",
		"J.D. Vance, Zelenskÿ and O'Brien; isn't it? 28-point",
		"a.b.c. A.B.C.D. 1.2.3 ...end.",
		"\u2019\u2011\u2010-'.", "é\u0301\u0301x", "\xff\xfe bad utf8 \xc3",
	} {
		f.Add(s, 0, len(s))
		f.Add(s, 1, len(s)-1)
	}
	f.Fuzz(func(t *testing.T, s string, start, end int) {
		// Any span inside the text is in contract, even one that cuts a
		// rune: no word may reach past it.
		if start < 0 || end > len(s) || start > end {
			start, end = 0, len(s)
		}
		ws := text.Words(s, article.Span{Start: start, End: end})
		prev := start
		for i, w := range ws {
			if w.Span.Start < prev || w.Span.End <= w.Span.Start || w.Span.End > end {
				t.Fatalf("word %d %+v out of order or outside [%d, %d)", i, w.Span, start, end)
			}
			prev = w.Span.End
			if s[w.Span.Start:w.Span.End] != w.Text {
				t.Fatalf("word %d text %q, span holds %q", i, w.Text, s[w.Span.Start:w.Span.End])
			}
			if first, _ := utf8.DecodeRuneInString(w.Text); w.Capital != unicode.IsUpper(first) {
				t.Fatalf("word %q: Capital = %v", w.Text, w.Capital)
			}
			if w.Folded != text.Fold(w.Text) {
				t.Fatalf("word %q folded %q, Fold says %q", w.Text, w.Folded, text.Fold(w.Text))
			}
			// In valid UTF-8 (all srclint text is decoded to it) words
			// sit on rune boundaries.
			if utf8.ValidString(s) {
				if err := fuzzcheck.Span(s, w.Span.Start, w.Span.End); err != nil {
					t.Fatalf("word %d: %v", i, err)
				}
			}
		}
		// AppendWords after other words finds the same words.
		prefix := []text.Word{{Text: "x"}}
		if got := text.AppendWords(prefix, s, article.Span{Start: start, End: end}); len(got) != 1+len(ws) || got[0].Text != "x" {
			t.Fatalf("AppendWords gave %d words after the prefix %q, Words %d", len(got), got[0].Text, len(ws))
		} else {
			for i, w := range ws {
				if got[1+i] != w {
					t.Fatalf("AppendWords word %d = %+v, Words %+v", i, got[1+i], w)
				}
			}
		}
		_ = text.StripMarks(s)
		if got := string(text.AppendFold([]byte("x"), s)); got != "x"+text.Fold(s) {
			t.Fatalf("AppendFold(%q) = %q, want x+Fold = %q", s, got, "x"+text.Fold(s))
		}
	})
}
