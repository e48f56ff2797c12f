package article

import (
	"strings"
	"testing"
)

func TestPosition(t *testing.T) {
	// Seed 000 line 6 has an em dash, a curly apostrophe and U+2011.
	text := "CLOSE\r\nU.S. News\rSteve Witkoff and Jared Kushner—Trump’s son‑in‑law—drafted 𝔸 plan.\n"
	a := New("000.txt", text, nil)
	tests := []struct {
		word             string
		line, col, col16 int
		endCol, endCol16 int
	}{
		{"CLOSE", 1, 1, 1, 6, 6},
		{"News", 2, 6, 6, 10, 10},
		{"Trump’s", 3, 33, 33, 40, 40},
		{"son‑in‑law", 3, 41, 41, 51, 51},
		{"drafted", 3, 52, 52, 59, 59},
		{"plan", 3, 62, 63, 66, 67},
	}
	for _, tt := range tests {
		off := strings.Index(text, tt.word)
		s, e := a.Position(off), a.Position(off+len(tt.word))
		if s.Line != tt.line || s.Column != tt.col || s.Column16 != tt.col16 || e.Column != tt.endCol || e.Column16 != tt.endCol16 {
			t.Errorf("%q: got %d:%d(%d)-%d(%d), want %d:%d(%d)-%d(%d)", tt.word, s.Line, s.Column, s.Column16, e.Column, e.Column16,
				tt.line, tt.col, tt.col16, tt.endCol, tt.endCol16)
		}
	}
	if got := a.Line(2); got != "U.S. News" {
		t.Errorf("Line(2) = %q", got)
	}
	if a.LineCount() != 4 {
		t.Errorf("LineCount = %d, want 4", a.LineCount())
	}
	if p := a.Position(len(text) + 10); p.Line != 4 || p.Column != 1 {
		t.Errorf("clamped position = %+v", p)
	}
}

// columns must count what ranging over the text counts: runes (an invalid
// byte is one) and UTF-16 units (two for a rune above U+FFFF).
func TestColumns(t *testing.T) {
	for _, s := range []string{"", "abc", "son‑in‑law", "𝔸 plan", "a\xffb", "\xe2\x82", "abc\xf0\x9d\x94\xb8", "Zelenskyy’s — 🇺🇦"} {
		var runes, units int
		for _, r := range s {
			runes++
			units++
			if r >= 0x10000 {
				units++
			}
		}
		if gr, gu := columns(s); gr != runes || gu != units {
			t.Errorf("columns(%q) = %d, %d; want %d, %d", s, gr, gu, runes, units)
		}
	}
}

func BenchmarkPosition(b *testing.B) {
	line := strings.Repeat("Steve Witkoff and Jared Kushner drafted the plan. ", 12)
	a := New("a.txt", strings.Repeat(line+"\n", 20), nil)
	b.ReportAllocs()
	for b.Loop() {
		for off := 0; off < len(a.Text); off += 97 {
			a.Position(off)
		}
	}
}
