// Package gittest makes small git repositories for tests of the features
// that read git (baseline, --new-from-rev).
package gittest

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// Repo writes files (slash paths → contents) into a new repository with one
// commit and returns its folder; it skips the test when git is missing.
func Repo(t testing.TB, files map[string]string) string {
	t.Helper()
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("git is not installed; skipping the git repository test")
	}
	dir := t.TempDir()
	for name, content := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	Run(t, dir, "init", "-q")
	Run(t, dir, "add", ".")
	Run(t, dir, "-c", "user.name=srclint", "-c", "user.email=srclint@example.com", "commit", "-q", "-m", "first")
	return dir
}

// Run runs git with args in dir and fails the test on an error.
func Run(t testing.TB, dir string, args ...string) {
	t.Helper()
	cmd := exec.Command("git", args...)
	cmd.Dir = dir
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("git %s: %v\n%s", strings.Join(args, " "), err, out)
	}
}
