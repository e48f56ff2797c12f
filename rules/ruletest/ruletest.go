// Package ruletest runs srclint rules over in-memory articles for tests.
package ruletest

import (
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"testing"

	"github.com/rs/zerolog"

	"github.com/srclint/srclint/rules"
	"github.com/srclint/srclint/rules/article"
	"github.com/srclint/srclint/rules/config"
	"github.com/srclint/srclint/rules/corpus"
	"github.com/srclint/srclint/rules/finding"
	"github.com/srclint/srclint/rules/load"
)

// Config parses configTOML ("" is the empty configuration: every rule on
// with its defaults, no variant groups) or fails the test.
func Config(t testing.TB, configTOML string) *config.Config {
	t.Helper()
	cfg, err := rules.ParseConfig("rules.toml", []byte(configTOML))
	if err != nil {
		t.Fatalf("config: %v", err)
	}
	return cfg
}

// Articles builds articles from files (path → content) as the loader would:
// Markdown front matter, sources from the configuration. Sorted by path.
func Articles(t testing.TB, cfg *config.Config, files map[string]string) []*article.Article {
	t.Helper()
	paths := make([]string, 0, len(files))
	for p := range files {
		paths = append(paths, p)
	}
	sort.Strings(paths)
	var arts []*article.Article
	for _, p := range paths {
		a, probs := load.Parse(p, []byte(files[p]), cfg.Sources)
		for _, pr := range probs {
			t.Logf("input problem: %s", pr.Message)
		}
		if a != nil {
			arts = append(arts, a)
		}
	}
	return arts
}

// Run lints files with configTOML, running only the listed rules (all
// enabled rules when none are listed), and returns the sorted findings.
func Run(t testing.TB, configTOML string, files map[string]string, ruleIDs ...string) []finding.Finding {
	t.Helper()
	fs, _ := RunCorpus(t, configTOML, files, ruleIDs...)
	return fs
}

// RunCorpus is Run that also returns the corpus, for tests of extractors.
func RunCorpus(t testing.TB, configTOML string, files map[string]string, ruleIDs ...string) ([]finding.Finding, *corpus.Corpus) {
	t.Helper()
	cfg := Config(t, configTOML)
	arts := Articles(t, cfg, files)
	fs, c, err := rules.Run(arts, nil, rules.Options{Config: cfg, Jobs: 2, Only: ruleIDs, Log: zerolog.Nop()})
	if err != nil {
		t.Fatalf("run: %v", err)
	}
	return fs, c
}

// RepoRoot returns the repository's root folder.
func RepoRoot(t testing.TB) string {
	t.Helper()
	_, file, _, ok := runtime.Caller(0)
	if !ok {
		t.Fatal("cannot locate the repository")
	}
	return filepath.Dir(filepath.Dir(filepath.Dir(file)))
}

// Seeds returns the five seed articles keyed "fixtures/seeds/<name>".
func Seeds(t testing.TB) map[string]string {
	t.Helper()
	return Dir(t, "fixtures/seeds")
}

// Dir reads every file under the repository folder dir (recursively) keyed
// by its slash path relative to the repository root. README.md files are
// documentation, not articles, and are left out.
func Dir(t testing.TB, dir string) map[string]string {
	t.Helper()
	root := RepoRoot(t)
	out := map[string]string{}
	err := filepath.WalkDir(filepath.Join(root, dir), func(p string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() || d.Name() == "README.md" {
			return nil
		}
		switch filepath.Ext(p) {
		case ".txt", ".md", ".markdown":
		default:
			return nil
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(root, p)
		out[filepath.ToSlash(rel)] = string(b)
		return nil
	})
	if err != nil {
		t.Fatalf("reading %s: %v", dir, err)
	}
	return out
}
