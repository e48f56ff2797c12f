package main

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/srclint/srclint/internal/gencorpus"
	"github.com/srclint/srclint/rules/format"
)

// detCorpus writes a generated corpus of n articles into a new folder and
// returns the folder.
func detCorpus(t *testing.T, n int) string {
	t.Helper()
	dir := t.TempDir()
	opts := gencorpus.DefaultOptions()
	opts.Articles = n
	if _, err := gencorpus.WriteDir(filepath.Join(dir, "corpus"), filepath.Join(dir, "manifest.json"), opts); err != nil {
		t.Fatal(err)
	}
	return dir
}

// TestDeterministicOutput lints the same generated corpus with -j 1, -j 2
// and -j 16, and -j 2 twice, in JSON and SARIF: every run must give the same
// bytes and exit code.
func TestDeterministicOutput(t *testing.T) {
	n := 60
	if testing.Short() {
		n = 20
	}
	dir := detCorpus(t, n)
	for _, name := range []string{"json", "sarif"} {
		t.Run(name, func(t *testing.T) {
			if _, err := format.New(name, format.Options{}); err != nil {
				t.Skipf("format %s not available: %v", name, err)
			}
			var first []byte
			firstCode := -1
			for _, jobs := range []string{"1", "2", "16", "2"} {
				code, out, errOut := runIn(t, dir, "--format", name, "-j", jobs, "corpus")
				if code != 0 && code != 1 {
					t.Fatalf("-j %s: exit %d\n%s", jobs, code, errOut)
				}
				if len(out) < 100 {
					t.Fatalf("-j %s: suspiciously short %s output %q", jobs, name, out)
				}
				if first == nil {
					first, firstCode = []byte(out), code
					continue
				}
				if code != firstCode {
					t.Errorf("-j %s: exit %d, first run exited %d", jobs, code, firstCode)
				}
				if !bytes.Equal(first, []byte(out)) {
					p := filepath.Join(t.TempDir(), "run-j"+jobs+"."+name)
					os.WriteFile(p, []byte(out), 0o644)
					t.Errorf("-j %s: %s output differs from the -j 1 run (%d vs %d bytes; kept in %s): first difference at byte %d",
						jobs, name, len(out), len(first), p, detFirstDiff(first, []byte(out)))
				}
			}
		})
	}
}

func detFirstDiff(a, b []byte) int {
	for i := 0; i < len(a) && i < len(b); i++ {
		if a[i] != b[i] {
			return i
		}
	}
	return min(len(a), len(b))
}
