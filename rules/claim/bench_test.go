package claim_test

import (
	"testing"

	"github.com/srclint/srclint/internal/gencorpus"
	"github.com/srclint/srclint/rules/article"
	"github.com/srclint/srclint/rules/claim"
	"github.com/srclint/srclint/rules/corpus"
)

// generated returns n generated articles, parsed as the loader does.
func generated(tb testing.TB, n int) []*article.Article {
	tb.Helper()
	opts := gencorpus.DefaultOptions()
	opts.Articles = n
	arts, _, err := gencorpus.Articles(opts, nil)
	if err != nil {
		tb.Fatal(err)
	}
	return arts
}

// BenchmarkClaims extracts the sentences and claims of 1,000 generated
// articles on one goroutine (sentence splitting and tokenising included).
func BenchmarkClaims(b *testing.B) {
	arts := generated(b, 1000)
	b.ReportAllocs()
	for b.Loop() {
		c := corpus.New(arts)
		for _, d := range c.Docs {
			claim.Claims.Of(d)
		}
	}
}
