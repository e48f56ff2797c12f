// Package seedtest reads the seed articles of fixtures/seeds (five real
// articles on one story) for the tests and benchmarks of any package, from
// wherever the test runs.
package seedtest

import (
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"testing"
)

// Seed is one seed article.
type Seed struct {
	// Name is the file name, such as "000_a49cee94f6fd4863.txt".
	Name string
	// Text is the file's content.
	Text string
}

// Read returns the seed articles in name order. It fails tb when the folder
// holds none or a file cannot be read.
func Read(tb testing.TB) []Seed {
	tb.Helper()
	_, file, _, ok := runtime.Caller(0)
	if !ok {
		tb.Fatal("seedtest: cannot locate the repository")
	}
	dir := filepath.Join(filepath.Dir(file), "..", "..", "fixtures", "seeds")
	paths, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil || len(paths) == 0 {
		tb.Fatalf("seedtest: no seed articles in %s: %v", dir, err)
	}
	sort.Strings(paths)
	out := make([]Seed, 0, len(paths))
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			tb.Fatal(err)
		}
		out = append(out, Seed{Name: filepath.Base(p), Text: string(b)})
	}
	return out
}

// Texts returns the texts of the seed articles in name order.
func Texts(tb testing.TB) []string {
	tb.Helper()
	var out []string
	for _, s := range Read(tb) {
		out = append(out, s.Text)
	}
	return out
}
