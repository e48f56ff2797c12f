package filter

import (
	"bytes"
	"errors"
	"fmt"
	"os/exec"
	"path/filepath"
	"strings"

	"github.com/srclint/srclint/rules/finding"
)

// NewFromRev keeps the findings in files changed since a git revision, and
// the findings elsewhere whose evidence (a related location) lies in a
// changed file: every article is still analysed, because cross-article
// checks need them all.
type NewFromRev struct {
	// Top is the repository's top-level folder.
	Top string
	// Changed holds the changed files, slash-separated and relative to Top.
	Changed map[string]bool
}

// Name implements Processor.
func (NewFromRev) Name() string { return "new-from-rev" }

// Process implements Processor.
func (n NewFromRev) Process(fs []finding.Finding) ([]finding.Finding, error) {
	out := make([]finding.Finding, 0, len(fs))
	for _, f := range fs {
		if n.changed(&f.Location) {
			out = append(out, f)
			continue
		}
		for i := range f.Related {
			if n.changed(&f.Related[i]) {
				out = append(out, f)
				break
			}
		}
	}
	return out, nil
}

func (n NewFromRev) changed(l *finding.Location) bool {
	if l.AbsPath == "" {
		return false
	}
	p := l.AbsPath
	if real, err := filepath.EvalSymlinks(p); err == nil {
		p = real
	}
	rel, err := filepath.Rel(n.Top, p)
	if err != nil {
		return false
	}
	return n.Changed[filepath.ToSlash(rel)]
}

// ChangedSince returns the stage for the files changed since rev in the git
// repository holding dir: `git diff --name-only rev` (committed and
// uncommitted changes) plus untracked files that are not ignored.
func ChangedSince(dir, rev string) (NewFromRev, error) {
	if rev == "" || strings.HasPrefix(rev, "-") {
		return NewFromRev{}, fmt.Errorf("invalid revision %q", rev)
	}
	top, err := GitTopLevel(dir)
	if err != nil {
		return NewFromRev{}, err
	}
	if _, err := git(top, "rev-parse", "--verify", "--quiet", rev+"^{commit}"); err != nil {
		return NewFromRev{}, fmt.Errorf("unknown git revision %q in %s", rev, top)
	}
	diff, err := git(top, "diff", "--name-only", "--no-renames", "-z", rev, "--")
	if err != nil {
		return NewFromRev{}, fmt.Errorf("git diff %s: %w", rev, err)
	}
	untracked, err := git(top, "ls-files", "--others", "--exclude-standard", "-z")
	if err != nil {
		return NewFromRev{}, fmt.Errorf("git ls-files: %w", err)
	}
	changed := map[string]bool{}
	for _, out := range []string{diff, untracked} {
		for _, p := range strings.Split(out, "\x00") {
			if p != "" {
				changed[p] = true
			}
		}
	}
	return NewFromRev{Top: top, Changed: changed}, nil
}

// GitTopLevel returns the top-level folder of the git repository holding
// dir, with symbolic links resolved.
func GitTopLevel(dir string) (string, error) {
	out, err := git(dir, "rev-parse", "--show-toplevel")
	if err != nil {
		var notFound *exec.Error
		if errors.As(err, &notFound) {
			return "", fmt.Errorf("git is not installed: %w", err)
		}
		return "", fmt.Errorf("%s is not in a git repository", dir)
	}
	top := filepath.FromSlash(strings.TrimRight(out, "\r\n"))
	if real, err := filepath.EvalSymlinks(top); err == nil {
		top = real
	}
	return top, nil
}

// git runs a git command in dir and returns its standard output.
func git(dir string, args ...string) (string, error) {
	cmd := exec.Command("git", append([]string{"-c", "core.quotepath=false"}, args...)...)
	cmd.Dir = dir
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		if msg := strings.TrimSpace(stderr.String()); msg != "" {
			return "", fmt.Errorf("%w: %s", err, msg)
		}
		return "", err
	}
	return stdout.String(), nil
}
