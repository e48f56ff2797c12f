package sentence

import (
	"os"
	"path/filepath"
	"sort"
	"testing"
)

// BenchmarkSplit splits the seed articles of fixtures/seeds (real news
// prose) into sentences.
func BenchmarkSplit(b *testing.B) {
	files, _ := filepath.Glob("../../fixtures/seeds/*.txt")
	sort.Strings(files)
	if len(files) == 0 {
		b.Skip("no seed articles")
	}
	var arts []string
	n := 0
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		arts = append(arts, string(data))
		n += len(data)
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	for b.Loop() {
		for _, a := range arts {
			Split(a, nil)
		}
	}
}
