package rules_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/BurntSushi/toml"

	"github.com/srclint/srclint"
	"github.com/srclint/srclint/rules/finding"
	"github.com/srclint/srclint/rules/ruletest"
)

// plantedManifest is fixtures/corpus/MANIFEST.toml: what was planted in the
// multi-outlet test corpus, and the honest cases that must stay silent.
type plantedManifest struct {
	Discrepancy []struct {
		Story, Rule, File, Text string
		Line                    int
	} `toml:"discrepancy"`
	Silent []struct {
		Story, Kind, File, Text string
		Line                    int
		MustNot                 []string `toml:"must_not"`
	} `toml:"silent"`
}

// TestCorpusPrecisionAndRecall runs every rule with the default rules.toml on
// the multi-outlet test corpus (7 stories, 29 articles, 5 outlets) and holds
// the figures the README states: every planted discrepancy is found on its
// line, every warning is a planted discrepancy, and the honest cases stay
// silent.
func TestCorpusPrecisionAndRecall(t *testing.T) {
	root := ruletest.RepoRoot(t)
	var m plantedManifest
	if _, err := toml.DecodeFile(filepath.Join(root, "fixtures/corpus/MANIFEST.toml"), &m); err != nil {
		t.Fatal(err)
	}
	files := ruletest.Dir(t, "fixtures/corpus")
	if len(files) < 25 {
		t.Fatalf("corpus has %d articles", len(files))
	}
	fs := ruletest.Run(t, string(srclint.DefaultRules()), files)
	key := func(rule, file string, line int32) string { return fmt.Sprintf("%s %s:%d", rule, file, line) }
	found := map[string]bool{}
	for _, f := range fs {
		found[key(f.Rule, strings.TrimPrefix(f.Path, "fixtures/corpus/"), f.Line)] = true
	}
	planted := map[string]bool{}
	for _, d := range m.Discrepancy {
		k := key(d.Rule, d.File, int32(d.Line))
		planted[k] = true
		if !found[k] {
			t.Errorf("planted discrepancy not found: %s (%q)", k, d.Text)
		}
	}
	warnings, articles := 0, len(files)
	perRule := map[string]int{}
	for _, f := range fs {
		if f.Severity < finding.Warning {
			continue
		}
		warnings++
		perRule[f.Rule]++
		if k := key(f.Rule, strings.TrimPrefix(f.Path, "fixtures/corpus/"), f.Line); !planted[k] {
			t.Errorf("warning not planted (a false alarm): %s: %s", k, f.Message)
		}
	}
	for _, s := range m.Silent {
		for _, rule := range s.MustNot {
			rule, warnOnly := strings.CutSuffix(rule, ":warning")
			for _, f := range fs {
				if f.Rule == rule && strings.TrimPrefix(f.Path, "fixtures/corpus/") == s.File && int(f.Line) == s.Line &&
					(!warnOnly || f.Severity >= finding.Warning) && !planted[key(f.Rule, s.File, int32(s.Line))] {
					t.Errorf("silent case (%s) flagged: %s:%d %s: %s", s.Kind, s.File, s.Line, f.Rule, f.Message)
				}
			}
		}
	}
	t.Logf("%d articles, %d planted, %d silent cases; %d warnings (%.2f per article): %v",
		articles, len(m.Discrepancy), len(m.Silent), warnings, float64(warnings)/float64(articles), perRule)
	if os.Getenv("SRCLINT_CORPUS_DUMP") != "" {
		for _, f := range fs {
			t.Logf("%s:%d:%d %s %s: %s", f.Path, f.Line, f.Column, f.Severity, f.Rule, f.Message)
		}
	}
}
