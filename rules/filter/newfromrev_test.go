package filter

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/srclint/srclint/internal/gittest"
	"github.com/srclint/srclint/rules/finding"
)

func TestNewFromRevKeepsChangedFilesAndEvidence(t *testing.T) {
	top := t.TempDir()
	at := func(name string) finding.Location {
		return finding.Location{Path: name, AbsPath: filepath.Join(top, filepath.FromSlash(name))}
	}
	mk := func(name string, related ...string) finding.Finding {
		f := finding.Finding{Rule: "r", Location: at(name)}
		for _, r := range related {
			f.Related = append(f.Related, at(r))
		}
		return f
	}
	fs := []finding.Finding{
		mk("news/changed.txt"),
		mk("news/old.txt", "news/other.txt", "news/changed.txt"), // evidence in a changed file
		mk("news/old.txt", "news/other.txt"),                     // dropped
		mk("news/untouched.txt"),                                 // dropped
		{Rule: "r", Location: finding.Location{Path: "mem.txt"}}, // no file: dropped
	}
	n := NewFromRev{Top: top, Changed: map[string]bool{"news/changed.txt": true}}
	out, err := Apply(fs, n)
	if err != nil {
		t.Fatal(err)
	}
	if len(out) != 2 || out[0].Path != "news/changed.txt" || out[1].Path != "news/old.txt" || len(out[1].Related) != 2 {
		t.Errorf("kept %+v", out)
	}
}

func TestChangedSince(t *testing.T) {
	dir := gittest.Repo(t, map[string]string{"a.txt": "a", "sub/b.txt": "b", "sub/ä c.txt": "c", ".gitignore": "*.log\n"})
	if err := os.WriteFile(filepath.Join(dir, "sub", "b.txt"), []byte("changed"), 0o644); err != nil {
		t.Fatal(err)
	}
	for name, content := range map[string]string{"new.txt": "untracked", "x.log": "ignored"} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.WriteFile(filepath.Join(dir, "sub", "ä c.txt"), []byte("changed too"), 0o644); err != nil {
		t.Fatal(err)
	}
	n, err := ChangedSince(filepath.Join(dir, "sub"), "HEAD")
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for p := range n.Changed {
		got = append(got, p)
	}
	if len(got) != 3 || !n.Changed["sub/b.txt"] || !n.Changed["new.txt"] || !n.Changed["sub/ä c.txt"] {
		t.Errorf("changed = %q, want sub/b.txt, sub/ä c.txt and new.txt", got)
	}
	if _, err := ChangedSince(dir, "no-such-rev"); err == nil || !strings.Contains(err.Error(), `unknown git revision "no-such-rev"`) {
		t.Errorf("unknown revision: %v", err)
	}
	if _, err := ChangedSince(dir, "--output=x"); err == nil || !strings.Contains(err.Error(), `invalid revision "--output=x"`) {
		t.Errorf("option as revision: %v", err)
	}
}

func TestChangedSinceOutsideGit(t *testing.T) {
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("git is not installed")
	}
	dir := t.TempDir()
	t.Setenv("GIT_CEILING_DIRECTORIES", filepath.Dir(dir))
	_, err := ChangedSince(dir, "HEAD")
	if err == nil || !strings.Contains(err.Error(), "is not in a git repository") {
		t.Errorf("error = %v", err)
	}
}
