package text

import (
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
	}
}
