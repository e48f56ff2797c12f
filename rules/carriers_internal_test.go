package rules

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/srclint/srclint/rules/article"
	"github.com/srclint/srclint/rules/corpus"
)

// TestCarriersLargeStory checks that walking the keys' carriers for terms
// carried widely in a large story gives what sorting gives: the distinct
// carriers other than the article, in index order.
func TestCarriersLargeStory(t *testing.T) {
	var arts []*article.Article
	for i := range 200 {
		arts = append(arts, article.New(fmt.Sprintf("a/%03d.txt", i), "x", nil))
	}
	c := corpus.New(arts)
	members := c.Docs[10:150] // a story of 140 articles
	rng := rand.New(rand.NewPCG(1, 2))
	idx := map[string][]*corpus.Doc{}
	for _, k := range []string{"t:a", "t:b", "t:c"} {
		for _, m := range members {
			if rng.IntN(3) > 0 {
				idx[k] = append(idx[k], m)
			}
		}
	}
	for _, d := range []*corpus.Doc{members[0], members[70], members[139]} {
		keys := []string{"t:a", "t:none", "t:b", "t:c"}
		var want []int
		for _, k := range keys {
			for _, m := range idx[k] {
				if m != d {
					want = append(want, m.Index)
				}
			}
		}
		slices.Sort(want)
		want = slices.Compact(want)
		var lists [][]*corpus.Doc
		for _, k := range keys {
			lists = append(lists, idx[k])
		}
		var got []int
		merge := newCarrierMerge(lists, d, nil)
		for x, ok := merge.next(); ok; x, ok = merge.next() {
			got = append(got, x.Index)
		}
		if !slices.Equal(got, want) {
			t.Errorf("carriers of %s = %v, want %v", d.Path, got, want)
		}
	}
}
