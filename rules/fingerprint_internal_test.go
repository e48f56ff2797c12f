package rules

import (
	"strings"
	"testing"
)

// normSpace skips the Fields-and-Join copy when s is already normal; it
// must give what Fields-and-Join gives on every input.
func TestNormSpace(t *testing.T) {
	for _, s := range []string{
		"", " ", "a", "a b", " a", "a ", "a  b", "a\tb", "a\nb", "a\u00a0b", "a\u0085b",
		"Volodymyr Zelensky", "  lead and trail  ", "x \u2003y", "\xffa b", "a \xff",
	} {
		want := strings.Join(strings.Fields(s), " ")
		if got := normSpace(s); got != want {
			t.Errorf("normSpace(%q) = %q, want %q", s, got, want)
		}
	}
}
