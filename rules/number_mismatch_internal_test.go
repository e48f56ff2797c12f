package rules

import (
	"strings"
	"testing"
)

// TestNmJoinedCompare checks that joined parts compare as the joined
// strings do, prefixes, separators and bytes above '|' included.
func TestNmJoinedCompare(t *testing.T) {
	parts := []string{"", "a", "ab", "point", "points", "usd", "|", "a|", "é", "@by", "by"}
	for _, a1 := range parts {
		for _, a2 := range parts {
			for _, b1 := range parts {
				for _, b2 := range parts {
					a, b := nmJoined{a1, "|", a2}, nmJoined{b1, "|", b2}
					want := strings.Compare(a1+"|"+a2, b1+"|"+b2)
					if got := a.compare(b); got != want {
						t.Fatalf("%q.compare(%q) = %d, want %d", a, b, got, want)
					}
					a, b = nmJoined{a1, a2}, nmJoined{"@", b1}
					want = strings.Compare(a1+a2, "@"+b1)
					if got := a.compare(b); got != want {
						t.Fatalf("%q.compare(%q) = %d, want %d", a, b, got, want)
					}
				}
			}
		}
	}
}
