package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/srclint/srclint/internal/gittest"
)

type jsonOut struct {
	Findings []struct {
		Rule, Path, Text, Fingerprint, Message string
		Line                                   int
	}
	Hidden int `json:"hidden_by_baseline"`
}

func lintJSON(t *testing.T, dir string, args ...string) jsonOut {
	t.Helper()
	_, out, errOut := runIn(t, dir, append([]string{"--format", "json"}, args...)...)
	var j jsonOut
	if err := json.Unmarshal([]byte(out), &j); err != nil {
		t.Fatalf("invalid JSON (%v); stderr %q", err, errOut)
	}
	return j
}

// TestFingerprintsSurviveInsertedParagraph inserts a paragraph at the top of
// a seed copy: every finding keeps its fingerprint although its line moves.
func TestFingerprintsSurviveInsertedParagraph(t *testing.T) {
	dir := t.TempDir()
	seeds, err := filepath.Glob(filepath.Join(repoRoot(t), "fixtures", "seeds", "*.txt"))
	if err != nil || len(seeds) != 5 {
		t.Fatalf("seeds: %v %v", seeds, err)
	}
	files := map[string]string{}
	for _, s := range seeds {
		data, err := os.ReadFile(s)
		if err != nil {
			t.Fatal(err)
		}
		files[filepath.Base(s)] = string(data)
	}
	writeFiles(t, dir, files)
	before := lintJSON(t, dir, ".")
	const target = "003_6d6395574370b149.txt"
	writeFiles(t, dir, map[string]string{target: "This story has been updated.\n\n" + files[target]})
	after := lintJSON(t, dir, ".")

	type key struct{ rule, path, text string }
	index := func(j jsonOut) map[string]key {
		m := map[string]key{}
		for _, f := range j.Findings {
			m[f.Fingerprint] = key{f.Rule, f.Path, f.Text}
		}
		return m
	}
	b, a := index(before), index(after)
	if len(b) == 0 || len(b) != len(before.Findings) {
		t.Fatalf("%d findings with %d distinct fingerprints before", len(before.Findings), len(b))
	}
	for fp, k := range b {
		if a[fp] != k {
			t.Errorf("fingerprint %s of %v lost after the insertion", fp, k)
		}
	}
	for fp, k := range a {
		if _, ok := b[fp]; !ok {
			t.Errorf("new fingerprint %s for %v after the insertion", fp, k)
		}
	}
	moved := 0
	lines := map[string]int{}
	for _, f := range before.Findings {
		lines[f.Fingerprint] = f.Line
	}
	for _, f := range after.Findings {
		if f.Path == target && f.Line == lines[f.Fingerprint]+2 {
			moved++
		}
	}
	if moved == 0 {
		t.Errorf("no finding in %s moved down two lines; the test proves nothing", target)
	}
}

const kyivRules = "[[variants]]\npreferred = \"Kyiv\"\nvariants = [\"Kiev\"]\n[rules.variant]\ndiscover = false\n"

// onlyRules keeps the findings of the listed rules, so that these tests do
// not depend on what the other rules make of the tiny articles.
func onlyRules(j jsonOut, ids ...string) []string {
	var out []string
	for _, f := range j.Findings {
		for _, id := range ids {
			if f.Rule == id {
				out = append(out, f.Path+":"+itoa(f.Line)+" "+f.Rule+" "+f.Text)
			}
		}
	}
	return out
}

func TestBaselineHidesKnownFindings(t *testing.T) {
	dir := gittest.Repo(t, map[string]string{
		"rules.toml": kyivRules,
		"a.txt":      "Talks in Kyiv went on.\n",
		"b.txt":      "Also in Kiev today.\n",
	})
	code, out, errOut := runIn(t, dir, "baseline", ".")
	if code != 0 || errOut != "" || !strings.HasPrefix(out, "wrote .srclint-baseline.json (") {
		t.Fatalf("baseline: exit %d, stdout %q, stderr %q", code, out, errOut)
	}
	data, err := os.ReadFile(filepath.Join(dir, ".srclint-baseline.json"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(data), "\"rule\": \"variant\",\n      \"path\": \"b.txt\",\n      \"text\": \"Kiev\"") {
		t.Errorf("baseline lacks the Kiev finding:\n%s", data)
	}
	// A second run writes the same bytes.
	runIn(t, dir, "baseline", ".")
	if again, _ := os.ReadFile(filepath.Join(dir, ".srclint-baseline.json")); string(again) != string(data) {
		t.Errorf("baseline not stable:\n%s\nthen\n%s", data, again)
	}

	j := lintJSON(t, dir, "--baseline", ".srclint-baseline.json", ".")
	if len(j.Findings) != 0 || j.Hidden == 0 {
		t.Errorf("with the baseline: %d findings, %d hidden; want 0 and all hidden", len(j.Findings), j.Hidden)
	}
	code, out, _ = runIn(t, dir, "--baseline", ".srclint-baseline.json", ".")
	if code != 0 || !strings.Contains(out, "hidden by the baseline\n") {
		t.Errorf("text with the baseline: exit %d\n%s", code, out)
	}

	writeFiles(t, dir, map[string]string{"c.txt": "Back in Kiev again.\n"})
	j = lintJSON(t, dir, "--baseline", ".srclint-baseline.json", ".")
	if got := onlyRules(j, "variant"); strings.Join(got, "|") != "c.txt:1 variant Kiev" {
		t.Errorf("new finding: %q", got)
	}

	code, _, errOut = runIn(t, dir, "--baseline", "missing.json", ".")
	if code != exitUsage || !strings.HasPrefix(errOut, "srclint: cannot read baseline: open ") {
		t.Errorf("missing baseline: exit %d, stderr %q", code, errOut)
	}
}

func TestNewFromRev(t *testing.T) {
	dir := gittest.Repo(t, map[string]string{
		"rules.toml":    kyivRules,
		"news/a.txt":    "Talks in Kyiv went on.\n",
		"news/b.txt":    "Also in Kiev today.\n",
		"news/old.txt":  "Old news from Kiev.\n",
		"news/kyiv.txt": "More from Kyiv.\n",
	})
	// Nothing changed: nothing to report.
	j := lintJSON(t, dir, "--new-from-rev", "HEAD", ".")
	if got := onlyRules(j, "variant"); len(got) != 0 {
		t.Errorf("no change, yet %q", got)
	}
	// A new file is reported; a finding in an unchanged file whose evidence
	// (a related location) lies in a changed file is reported too.
	writeFiles(t, dir, map[string]string{"news/c.txt": "Back in Kiev again.\n", "news/a.txt": "Talks in Kyiv went on for days.\n"})
	j = lintJSON(t, filepath.Join(dir, "news"), "--new-from-rev", "HEAD", ".")
	want := "b.txt:1 variant Kiev|c.txt:1 variant Kiev|old.txt:1 variant Kiev"
	if got := strings.Join(onlyRules(j, "variant"), "|"); got != want {
		t.Errorf("got %q, want %q", got, want)
	}
	// Only a file with no link to others changed: only its findings.
	gittest.Run(t, dir, "add", ".")
	gittest.Run(t, dir, "-c", "user.name=srclint", "-c", "user.email=srclint@example.com", "commit", "-q", "-m", "second")
	writeFiles(t, dir, map[string]string{"news/old.txt": "Old news from Kiev, updated.\n"})
	j = lintJSON(t, dir, "--new-from-rev", "HEAD", ".")
	if got := strings.Join(onlyRules(j, "variant"), "|"); got != "news/old.txt:1 variant Kiev" {
		t.Errorf("got %q", got)
	}

	code, _, errOut := runIn(t, dir, "--new-from-rev", "nope", ".")
	if code != exitUsage || !strings.HasPrefix(errOut, `srclint: --new-from-rev: unknown git revision "nope" in `) {
		t.Errorf("unknown revision: exit %d, stderr %q", code, errOut)
	}
	outside := t.TempDir()
	writeFiles(t, outside, map[string]string{"rules.toml": kyivRules, "a.txt": "Kiev"})
	code, _, errOut = runIn(t, outside, "--new-from-rev", "HEAD", ".")
	if code != exitUsage || errOut != "srclint: --new-from-rev: "+outside+" is not in a git repository\n" {
		t.Errorf("outside git: exit %d, stderr %q", code, errOut)
	}
}

func TestSuppressionInCLI(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"rules.toml": kyivRules,
		"a.md":       "---\nsource: A\n---\nTalks in Kyiv went on.\n",
		"b.md":       "---\nsource: B\n---\n<!-- srclint-disable-next-line variant -- quoted letter -->\nThe people of Kiev wrote.\n\n<!-- srclint-disable-next-line variant -->\nNothing here.\n",
	})
	j := lintJSON(t, dir, ".")
	got := strings.Join(onlyRules(j, "variant", "unused-suppression"), "|")
	if got != "b.md:7 unused-suppression variant" {
		t.Errorf("got %q", got)
	}
	writeFiles(t, dir, map[string]string{"rules.toml": kyivRules + "[rules.unused-suppression]\nenabled = false\n"})
	j = lintJSON(t, dir, ".")
	if got := onlyRules(j, "variant", "unused-suppression"); len(got) != 0 {
		t.Errorf("with unused-suppression off: %q", got)
	}
}

func TestSeveralFormatsInOneRun(t *testing.T) {
	dir := t.TempDir()
	summary := filepath.Join(dir, "summary.md")
	writeFiles(t, dir, map[string]string{"rules.toml": kyivRules, "a.txt": "Talks in Kyiv.\n", "b.txt": "Also Kiev.\n"})
	var stdout, stderr strings.Builder
	e := &env{stdout: &stdout, stderr: &stderr, workDir: dir, getenv: func(k string) string {
		if k == "GITHUB_STEP_SUMMARY" {
			return summary
		}
		return ""
	}}
	code := run(e, []string{"--format", "github", "--format", "sarif=out/srclint.sarif", "--format", "json=out.json", "--root", dir, "."})
	if code != exitFindings || stderr.String() != "" {
		t.Fatalf("exit %d, stderr %q", code, stderr.String())
	}
	if !strings.HasPrefix(stdout.String(), "::warning file=b.txt,line=1,col=6,endLine=1,endColumn=10,title=srclint variant::\"Kiev\" is a variant of \"Kyiv\"") {
		t.Errorf("github output:\n%s", stdout.String())
	}
	for _, f := range []string{"out/srclint.sarif", "out.json", "summary.md"} {
		if data, err := os.ReadFile(filepath.Join(dir, f)); err != nil || len(data) == 0 {
			t.Errorf("%s: %v", f, err)
		}
	}
}

// TestSARIFPlacesUnreadableFiles: an input finding for a binary file (an
// article the loader could not build) still gets a root-relative URI.
func TestSARIFPlacesUnreadableFiles(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"rules.toml": kyivRules, "news/a.txt": "Kyiv.\n", "news/bin.txt": "x\x00y"})
	code, out, _ := runIn(t, dir, "--format", "sarif", "--root", filepath.Join(dir, "news"), ".")
	if code != exitUsage {
		t.Fatalf("exit %d, want 2 for the input error", code)
	}
	if !strings.Contains(out, `"uri": "bin.txt",`+"\n"+`                  "uriBaseId": "%SRCROOT%"`) {
		t.Errorf("the binary file is not placed under %%SRCROOT%%:\n%s", out)
	}
}
