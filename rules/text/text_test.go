package text

import (
	"strings"
	"testing"

	"github.com/srclint/srclint/rules/article"
)

func TestWords(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"Witkoff’s home, isn't it?", []string{"Witkoff’s", "home", "isn't", "it"}},
		{"the U.S. and J.D. Vance", []string{"the", "U.S.", "and", "J.D.", "Vance"}},
		{"a 28‑point plan, $2.5 billion.", []string{"a", "28‑point", "plan", "2.5", "billion"}},
		{"Jared Kushner—Trump’s son‑in‑law—drafted", []string{"Jared", "Kushner", "Trump’s", "son‑in‑law", "drafted"}},
		{"the end.", []string{"the", "end"}},
		{"O'Brien -- 'quoted'", []string{"O'Brien", "quoted"}},
	}
	for _, tt := range tests {
		ws := Words(tt.in, article.Span{Start: 0, End: len(tt.in)})
		var got []string
		for _, w := range ws {
			if tt.in[w.Span.Start:w.Span.End] != w.Text {
				t.Errorf("%q: span %v does not cover %q", tt.in, w.Span, w.Text)
			}
			got = append(got, w.Text)
		}
		if len(got) != len(tt.want) {
			t.Errorf("Words(%q) = %q, want %q", tt.in, got, tt.want)
			continue
		}
		for i := range got {
			if got[i] != tt.want[i] {
				t.Errorf("Words(%q) = %q, want %q", tt.in, got, tt.want)
				break
			}
		}
	}
}

// TestWordsSpanCutsRune holds words inside a span that ends or starts
// inside a multi-byte rune: the cut rune is not part of any word.
func TestWordsSpanCutsRune(t *testing.T) {
	txt := "Kyiv café and Dnipró"
	tests := []struct {
		span article.Span
		want []string
	}{
		{article.Span{Start: 0, End: 9}, []string{"Kyiv", "caf"}}, // ends inside é
		{article.Span{Start: 9, End: 14}, []string{"and"}},        // starts inside é
		{article.Span{Start: 0, End: len(txt) - 1}, []string{"Kyiv", "café", "and", "Dnipr"}},
	}
	for _, tt := range tests {
		var got []string
		for _, w := range Words(txt, tt.span) {
			if w.Span.Start < tt.span.Start || w.Span.End > tt.span.End {
				t.Errorf("Words(%v): %q at %v is outside the span", tt.span, w.Text, w.Span)
			}
			got = append(got, w.Text)
		}
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("Words(%v) = %q, want %q", tt.span, got, tt.want)
		}
	}
}

func TestFold(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Zelenskÿ", "zelensky"},
		{"Zelenskyy", "zelenskyy"},
		{"Witkoff’s", "witkoff's"},
		{"son‑in‑law", "son-in-law"},
		{"Dnipró", "dnipro"},
	}
	for _, tt := range tests {
		if got := Fold(tt.in); got != tt.want {
			t.Errorf("Fold(%q) = %q, want %q", tt.in, got, tt.want)
		}
		if got := string(AppendFold([]byte("the "), tt.in)); got != "the "+tt.want {
			t.Errorf("AppendFold(%q) = %q, want %q", tt.in, got, "the "+tt.want)
		}
	}
}

func TestStripMarks(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Kyiv", "Kyiv"},
		{"Zelenskÿ", "Zelensky"},
		{"Zelenske\u0301", "Zelenske"}, // decomposed é
		{"Trump’s son‑in‑law", "Trump's son-in-law"},
		{"Київ", "Киів"}, // marks go in every script
		{"Й", "И"},
		{"a\u00a0b", "a b"},
	}
	for _, tt := range tests {
		if got := StripMarks(tt.in); got != tt.want {
			t.Errorf("StripMarks(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func BenchmarkWords(b *testing.B) {
	txt := strings.Repeat("Steve Witkoff, the US special envoy, and Jared Kushner—Trump’s son‑in‑law—drafted the 28‑point plan in Kyiv. ", 50)
	b.SetBytes(int64(len(txt)))
	for i := 0; i < b.N; i++ {
		Words(txt, article.Span{Start: 0, End: len(txt)})
	}
}

func TestAppendWordsReuse(t *testing.T) {
	in := "Steve Witkoff’s 28‑point plan, drafted in the U.S., was leaked."
	span := article.Span{Start: 0, End: len(in)}
	want := Words(in, span)
	buf := make([]Word, 0, 2*len(want))
	for range 2 {
		// Stale words in the buffer must not show through.
		got := AppendWords(buf[:0], in, span)
		if len(got) != len(want) || &got[0] != &buf[:1][0] {
			t.Fatalf("AppendWords gave %d words, not in the buffer; want %d", len(got), len(want))
		}
		for i := range want {
			if got[i] != want[i] {
				t.Errorf("word %d = %+v, want %+v", i, got[i], want[i])
			}
		}
		other := "Other words entirely, here"
		buf = AppendWords(buf[:0], other, article.Span{Start: 0, End: len(other)})
	}
	// Only the folded forms are allocated: one string (the scratch comes
	// from a pool, which the race detector empties at random).
	if raceEnabled {
		return
	}
	if n := testing.AllocsPerRun(10, func() { AppendWords(buf[:0], in, span) }); n > 1 {
		t.Errorf("AppendWords into a buffer with room: %v allocations, want at most 1", n)
	}
}

// Within walks a region's words forward: it skips words before the span,
// returns the whole words inside it, and refuses a span that cuts a word.
func TestWithin(t *testing.T) {
	txt := "One two. Three four-five six"
	ws := Words(txt, article.Span{Start: 0, End: len(txt)})
	in, next, ok := Within(ws, article.Span{Start: 9, End: 24}, 0)
	var got []string
	for _, w := range in {
		got = append(got, txt[w.Span.Start:w.Span.End])
	}
	if !ok || strings.Join(got, "|") != "Three|four-five" || next != 4 {
		t.Errorf("Within(9, 24) = %q, %d, %v; want Three|four-five, 4, true", got, next, ok)
	}
	if _, _, ok := Within(ws, article.Span{Start: 10, End: 24}, 0); ok {
		t.Error("Within accepted a span starting inside \"Three\"")
	}
	if _, _, ok := Within(ws, article.Span{Start: 9, End: 20}, 0); ok {
		t.Error("Within accepted a span ending inside \"four-five\"")
	}
}
