package load_test

import (
	"os"
	"path/filepath"
	"runtime"
	"testing"

	"github.com/srclint/srclint/internal/gencorpus"
	"github.com/srclint/srclint/rules/load"
)

// benchFiles generates n articles in memory.
func benchFiles(b *testing.B, n int) []gencorpus.File {
	b.Helper()
	opts := gencorpus.DefaultOptions()
	opts.Articles = n
	var files []gencorpus.File
	if _, err := gencorpus.Generate(opts, func(f gencorpus.File) error {
		files = append(files, f)
		return nil
	}); err != nil {
		b.Fatal(err)
	}
	return files
}

func totalBytes(files []gencorpus.File) int64 {
	var n int64
	for _, f := range files {
		n += int64(len(f.Data))
	}
	return n
}

// BenchmarkParse measures decoding, front matter and Markdown masking of
// 1000 generated articles held in memory (no I/O).
func BenchmarkParse(b *testing.B) {
	files := benchFiles(b, 1000)
	b.SetBytes(totalBytes(files))
	b.ReportAllocs()
	for b.Loop() {
		for _, f := range files {
			if a, _ := load.Parse(f.Path, f.Data, nil); a == nil {
				b.Fatalf("%s not parsed", f.Path)
			}
		}
	}
}

// BenchmarkFindLoad measures walking a folder of 1000 generated articles
// and reading them with one worker per CPU, as the CLI does.
func BenchmarkFindLoad(b *testing.B) {
	files := benchFiles(b, 1000)
	dir := b.TempDir()
	for _, f := range files {
		p := filepath.Join(dir, filepath.FromSlash(f.Path))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			b.Fatal(err)
		}
		if err := os.WriteFile(p, f.Data, 0o644); err != nil {
			b.Fatal(err)
		}
	}
	opts := load.Options{Jobs: runtime.GOMAXPROCS(0), WorkDir: dir}
	b.SetBytes(totalBytes(files))
	b.ReportAllocs()
	for b.Loop() {
		paths, _, err := load.Find([]string{dir}, opts)
		if err != nil {
			b.Fatal(err)
		}
		res := load.Load(paths, opts)
		if len(res.Articles) != len(files) || len(res.Problems) != 0 {
			b.Fatalf("loaded %d articles, %d problems", len(res.Articles), len(res.Problems))
		}
	}
}
