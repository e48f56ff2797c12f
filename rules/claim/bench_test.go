package claim

import (
	"testing"

	"github.com/srclint/srclint/rules/corpus"
)

// BenchmarkClaims extracts the sentences and claims of 1,000 generated
// articles on one goroutine (sentence splitting and tokenising included).
func BenchmarkClaims(b *testing.B) {
	arts := generated(b, 1000)
	b.ReportAllocs()
	for b.Loop() {
		c := corpus.New(arts)
		for _, d := range c.Docs {
			Claims.Of(d)
		}
	}
}
