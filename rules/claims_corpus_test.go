package rules_test

import (
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/BurntSushi/toml"

	"github.com/srclint/srclint/rules/finding"
	"github.com/srclint/srclint/rules/ruletest"
	"github.com/srclint/srclint/rules/story"
)

// corpusManifest is fixtures/corpus/MANIFEST.toml.
type corpusManifest struct {
	Discrepancy []corpusCase `toml:"discrepancy"`
	Silent      []corpusCase `toml:"silent"`
}

type corpusCase struct {
	Story   string   `toml:"story"`
	Rule    string   `toml:"rule"`
	Kind    string   `toml:"kind"`
	File    string   `toml:"file"`
	Line    int      `toml:"line"`
	Column  int      `toml:"column"`
	Text    string   `toml:"text"`
	Note    string   `toml:"note"`
	Related []string `toml:"related"`
	MustNot []string `toml:"must_not"`
}

const corpusDir = "fixtures/corpus"

// loadTestCorpus returns the corpus articles (Markdown files only) and the
// manifest, or skips when the corpus is absent.
func loadTestCorpus(t *testing.T) (map[string]string, corpusManifest) {
	t.Helper()
	root := ruletest.RepoRoot(t)
	var m corpusManifest
	if _, err := toml.DecodeFile(filepath.Join(root, corpusDir, "MANIFEST.toml"), &m); err != nil {
		if os.IsNotExist(err) {
			t.Skip("no test corpus")
		}
		t.Fatalf("manifest: %v", err)
	}
	files := map[string]string{}
	for p, s := range ruletest.Dir(t, corpusDir) {
		if strings.HasSuffix(p, ".md") {
			files[p] = s
		}
	}
	return files, m
}

// covers reports whether the finding's span covers line:column.
func covers(f finding.Finding, line32, col32 int) bool {
	line, col := int32(line32), int32(col32)
	if line < f.Line || line > f.EndLine {
		return false
	}
	if line == f.Line && col < f.Column {
		return false
	}
	return line != f.EndLine || col < f.EndColumn
}

var claimRules = []string{"claim-unsupported", "number-mismatch", "unattributed-copy"}

func TestClaimsCorpusStories(t *testing.T) {
	files, _ := loadTestCorpus(t)
	_, c := ruletest.RunCorpus(t, "", files, "number-mismatch")
	g := story.Stories.Of(c)
	for _, grp := range g.Groups {
		dir := path.Dir(grp[0].Path)
		for _, d := range grp {
			if path.Dir(d.Path) != dir {
				t.Errorf("story of %s holds %s from another folder", grp[0].Path, d.Path)
			}
		}
	}
	if len(g.Groups) != 7 {
		var names []string
		for _, grp := range g.Groups {
			names = append(names, grp[0].Path)
		}
		t.Errorf("got %d stories %v, want the 7 folders", len(g.Groups), names)
	}
	var edges []string
	for _, e := range story.Provenance.Of(c).Edges() {
		edges = append(edges, strings.TrimPrefix(e.Derived.Path, corpusDir+"/")+" -> "+path.Base(e.Source.Path))
	}
	want := []string{
		"calderport-port-strike/the-lantern.md -> harbor-tribune.md",
		"st-brigids-ransomware/the-lantern.md -> meridian-wire.md",
		"westmarch-election/harbor-tribune.md -> capitol-ledger.md",
	}
	if strings.Join(edges, "\n") != strings.Join(want, "\n") {
		t.Errorf("derivation edges:\n%s\nwant:\n%s", strings.Join(edges, "\n"), strings.Join(want, "\n"))
	}
}

func TestClaimsCorpusManifest(t *testing.T) {
	files, m := loadTestCorpus(t)
	fs := ruletest.Run(t, "", files, claimRules...)
	mine := map[string]bool{}
	for _, r := range claimRules {
		mine[r] = true
	}
	// Every planted discrepancy of these rules is found.
	for _, d := range m.Discrepancy {
		if !mine[d.Rule] {
			continue
		}
		found := false
		for _, f := range fs {
			if f.Rule == d.Rule && f.Path == corpusDir+"/"+d.File && covers(f, d.Line, d.Column) {
				found = true
				if d.Rule == "claim-unsupported" && f.Severity < finding.Warning {
					t.Errorf("%s:%d: %s found as %s, want a warning: %s", d.File, d.Line, d.Rule, f.Severity, f.Message)
				}
			}
		}
		if !found {
			t.Errorf("%s:%d:%d: planted %s not found (%q)", d.File, d.Line, d.Column, d.Rule, d.Text)
		}
	}
	// No silent case is flagged.
	for _, s := range m.Silent {
		for _, mn := range s.MustNot {
			rule, warnOnly := strings.CutSuffix(mn, ":warning")
			if !mine[rule] {
				continue
			}
			for _, f := range fs {
				if f.Rule == rule && f.Path == corpusDir+"/"+s.File && covers(f, s.Line, s.Column) && (!warnOnly || f.Severity >= finding.Warning) {
					t.Errorf("%s:%d:%d: silent case (%s, %q) flagged: %s: %s", s.File, s.Line, s.Column, s.Kind, s.Text, f.Severity, f.Message)
				}
			}
		}
	}
	// No finding compares one story with another.
	for _, f := range fs {
		for _, r := range f.Related {
			if path.Dir(r.Path) != path.Dir(f.Path) {
				t.Errorf("%s:%d: %s relates to another story: %s", f.Path, f.Line, f.Rule, r.Path)
			}
		}
	}
	// The warning budget: at most about one claim-unsupported warning per
	// article on average.
	warnings := 0
	for _, f := range fs {
		if f.Rule == "claim-unsupported" && f.Severity >= finding.Warning {
			warnings++
		}
	}
	perArticle := float64(warnings) / float64(len(files))
	t.Logf("claim-unsupported: %d warnings in %d articles (%.2f per article)", warnings, len(files), perArticle)
	if perArticle > 1 {
		t.Errorf("claim-unsupported warnings per article = %.2f, want at most 1", perArticle)
	}
	if testing.Verbose() {
		sort.Slice(fs, func(i, j int) bool { return finding.Less(&fs[i], &fs[j]) })
		for _, f := range fs {
			if f.Severity >= finding.Warning {
				t.Logf("%s:%d:%d %s %s: %s", f.Path, f.Line, f.Column, f.Severity, f.Rule, f.Message)
			}
		}
	}
}
