package claim

import (
	"slices"
	"testing"

	"github.com/srclint/srclint/rules/corpus"
)

// TestDocKeys checks the keys computed during extraction against the
// distinct keys of the claims' terms other than outlets, sorted.
func TestDocKeys(t *testing.T) {
	for _, d := range corpus.New(generated(t, 300)).Docs {
		var want []string
		det := DetailsOf(d)
		for c := range Claims.Of(d).All() {
			for _, tm := range c.Terms {
				if !tm.Outlet {
					want = det.Extra(tm).AppendTo(det.Keys(tm).AppendTo(want))
				}
			}
		}
		slices.Sort(want)
		want = slices.Compact(want)
		if got := DocKeys(d).AppendTo(nil); !slices.Equal(got, want) {
			t.Fatalf("%s: DocKeys = %q, want %q", d.Path, got, want)
		}
	}
}
