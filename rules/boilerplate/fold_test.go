package boilerplate

import (
	"testing"

	"github.com/srclint/srclint/rules/text"
)

// TestFoldAgrees checks the fast fold against text.Fold.
func TestFoldAgrees(t *testing.T) {
	for _, s := range []string{"Zelenskÿ’s son‑in‑law", "current… More »", "CAFÉ déjà vu", "Ⅻ ﬁne ½", "Kyiv\u00a0Post", "İstanbul"} {
		if got, want := fold(s), text.Fold(s); got != want {
			t.Errorf("fold(%q) = %q, text.Fold = %q", s, got, want)
		}
	}
}
