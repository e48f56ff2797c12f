package claim

import (
	"slices"
	"testing"

	"github.com/srclint/srclint/internal/gencorpus"
	"github.com/srclint/srclint/rules/corpus"
)

// TestDocKeys checks the keys computed during extraction against the
// distinct keys of the claims' terms other than outlets, sorted.
func TestDocKeys(t *testing.T) {
	opts := gencorpus.DefaultOptions()
	opts.Articles = 300
	arts, _, err := gencorpus.Articles(opts, nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range corpus.New(arts).Docs {
		var want []string
		det := DetailsOf(d)
		for _, c := range Claims.Of(d) {
			for _, tm := range c.Terms {
				if !tm.Outlet {
					want = append(append(want, det.Keys(tm)...), det.Extra(tm)...)
				}
			}
		}
		slices.Sort(want)
		want = slices.Compact(want)
		if got := DocKeys(d); !slices.Equal(got, want) || (got == nil) != (len(want) == 0) {
			t.Fatalf("%s: DocKeys = %q, want %q", d.Path, got, want)
		}
	}
}
