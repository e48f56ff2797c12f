package load_test

import (
	"strings"
	"testing"

	"github.com/srclint/srclint/internal/fuzzcheck"
	"github.com/srclint/srclint/rules/load"
)

// FuzzParse feeds arbitrary bytes to the loader as a Markdown or plain-text
// file: decoding (BOMs, UTF-16, Windows-1252 fallback, binary sniffing),
// front matter (YAML and TOML) and Markdown masking (fences, indented code,
// HTML comments). Invariants: no panic; linted regions are ordered,
// disjoint, non-empty spans inside the text on rune boundaries; problem
// offsets are -1 or inside the text; positions agree with a plain scan.
func FuzzParse(f *testing.F) {
	for _, s := range []string{
		"",
		"---\ntitle: A\nsource: B\n---\nBody Kyiv.\n",
		"+++\ntitle = \"A\"\n+++\nBody.\n",
		"---\ntitle: [\n",
		"+++\ntitle = \n+++\n",
		"Text\n```go\ncode\n```\n<!-- c -->\n    indented\n",
		"\xef\xbb\xbfBOM\r\nline\rlone CR\n",
		"\xff\xfeA\x00B\x00",
		"\xfe\xff\x00A\x00B",
		"caf\xe9 \x80\x81",
		"a\x00b",
		"---\r\ntitle: x\r\n---\r\n<!--",
	} {
		f.Add(s, true)
		f.Add(s, false)
	}
	f.Fuzz(func(t *testing.T, data string, markdown bool) {
		name := "a/x.txt"
		if markdown {
			name = "a/x.md"
		}
		a, probs := load.Parse(name, []byte(data), nil)
		for _, p := range probs {
			if p.Article == nil {
				t.Fatalf("problem without article: %+v", p)
			}
			if p.Offset < -1 || p.Offset > len(p.Article.Text) {
				t.Fatalf("problem offset %d outside text of %d bytes", p.Offset, len(p.Article.Text))
			}
			if p.Message == "" || !strings.Contains(p.Message, name) {
				t.Fatalf("problem message %q does not name the file", p.Message)
			}
		}
		if a == nil {
			if len(probs) == 0 {
				t.Fatal("no article and no problem: the file was skipped silently")
			}
			return
		}
		prev := 0
		for i, s := range a.Body {
			if err := fuzzcheck.Span(a.Text, s.Start, s.End); err != nil {
				t.Fatalf("body span %d: %v", i, err)
			}
			if s.Start < prev || (i > 0 && s.Start == s.End) {
				t.Fatalf("body spans not ordered, disjoint and non-empty: %v", a.Body)
			}
			prev = s.End
			for _, off := range []int{s.Start, s.End} {
				p := a.Position(off)
				l, c := fuzzcheck.Position(a.Text, off)
				if p.Line != l || p.Column != c || p.Offset != off {
					t.Fatalf("Position(%d) = %+v, a scan says %d:%d", off, p, l, c)
				}
			}
		}
		for n := 1; n <= a.LineCount() && n < 50; n++ {
			if strings.ContainsAny(a.Line(n), "\r\n") {
				t.Fatalf("line %d %q holds a line break", n, a.Line(n))
			}
		}
	})
}
