package sentence

import (
	"testing"

	"github.com/srclint/srclint/internal/seedtest"
)

// BenchmarkSplit splits the seed articles of fixtures/seeds (real news
// prose) into sentences.
func BenchmarkSplit(b *testing.B) {
	arts := seedtest.Texts(b)
	n := 0
	for _, a := range arts {
		n += len(a)
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	for b.Loop() {
		for _, a := range arts {
			Split(a, nil)
		}
	}
}
