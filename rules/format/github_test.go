package format

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/srclint/srclint/rules/finding"
)

func githubReport() *Report {
	kiev := finding.Finding{
		Rule: "variant", Severity: finding.Warning, Message: `"Kiev" is a variant of "Kyiv" (100%)`,
		Location: loc("/repo/news/b,1.txt", "001_b", 2, 6, 2, 10, 0, 4, "Kiev"),
		Related:  []finding.Location{loc("/repo/news/a.txt", "000_a", 1, 10, 1, 14, 0, 4, "Kyiv")},
	}
	note := finding.Finding{
		Rule: "boilerplate", Severity: finding.Note, Message: "Site chrome:\nCLOSE",
		Location: loc("/repo/news/a.txt", "000_a", 1, 1, 2, 10, 0, 4, "CLOSE"),
	}
	input := finding.Finding{
		Rule: "input", Severity: finding.Error, Message: "c.txt is a binary file | not linted",
		Location: loc("/repo/news/c.txt", "c", 1, 1, 1, 1, 0, 0, ""),
	}
	// Report order (by path); the github format puts the error first.
	return &Report{Findings: []finding.Finding{note, kiev, input}, Files: 3, Sources: []string{"000_a", "001_b", "c"}, Root: "/repo", Hidden: 2}
}

func TestGitHubAnnotations(t *testing.T) {
	var buf bytes.Buffer
	if err := (GitHub{}).Format(&buf, githubReport()); err != nil {
		t.Fatal(err)
	}
	want := "::error file=news/c.txt,line=1,col=1,endLine=1,endColumn=1,title=srclint input::c.txt is a binary file | not linted.\n" +
		"::warning file=news/b%2C1.txt,line=2,col=6,endLine=2,endColumn=10,title=srclint variant::\"Kiev\" is a variant of \"Kyiv\" (100%25). See 000:1:10 (\"Kyiv\").\n" +
		"::notice file=news/a.txt,line=1,col=1,endLine=2,endColumn=10,title=srclint boilerplate::Site chrome:%0ACLOSE.\n" +
		"srclint: 3 findings (1 error, 1 warning, 1 note) in 3 files. 2 findings hidden by the baseline.\n"
	if got := buf.String(); got != want {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}
}

func TestGitHubAnnotationLimitNote(t *testing.T) {
	r := &Report{Files: 1}
	for i := 0; i < annotationLimit+1; i++ {
		r.Findings = append(r.Findings, finding.Finding{Rule: "r", Severity: finding.Note, Message: "m", Location: loc("/repo/a.txt", "a", i+1, 1, i+1, 2, 0, 1, "x")})
	}
	var buf bytes.Buffer
	if err := (GitHub{}).Format(&buf, r); err != nil {
		t.Fatal(err)
	}
	if !bytes.HasSuffix(buf.Bytes(), []byte("GitHub shows at most 10 annotations of each level per step; the job summary and code scanning list them all.\n")) {
		t.Errorf("no limit note:\n%s", buf.String())
	}
	buf.Reset()
	r.Findings = r.Findings[:annotationLimit]
	if err := (GitHub{}).Format(&buf, r); err != nil {
		t.Fatal(err)
	}
	if bytes.Contains(buf.Bytes(), []byte("at most")) {
		t.Errorf("limit note at the limit:\n%s", buf.String())
	}
}

func TestEscapes(t *testing.T) {
	tests := []struct{ got, want string }{
		{escapeData("50% a:b,c\r\nd"), "50%25 a:b,c%0D%0Ad"},
		{escapeProperty("50% a:b,c\r\nd"), "50%25 a%3Ab%2Cc%0D%0Ad"},
		{mdEscape("a|b <i>*x*</i> [l](u) _y_ `c` \\ & #\nz"), `a\|b \<i\>\*x\*\</i\> \[l\](u) \_y\_ \` + "`c\\`" + ` \\ \& \#` + " z"},
	}
	for _, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("got  %q\nwant %q", tt.got, tt.want)
		}
	}
}

func TestGitHubStepSummary(t *testing.T) {
	summary := filepath.Join(t.TempDir(), "summary.md")
	if err := os.WriteFile(summary, []byte("# Earlier step\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	getenv := func(k string) string {
		if k == StepSummaryEnv {
			return summary
		}
		return ""
	}
	var buf bytes.Buffer
	if err := (GitHub{Getenv: getenv}).Format(&buf, githubReport()); err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile(summary)
	if err != nil {
		t.Fatal(err)
	}
	want := "# Earlier step\n## srclint\n\nsrclint: 3 findings (1 error, 1 warning, 1 note) in 3 files. 2 findings hidden by the baseline.\n" +
		"\n| Rule | Errors | Warnings | Notes | Total |\n|---|---:|---:|---:|---:|\n" +
		"| boilerplate | 0 | 0 | 1 | 1 |\n| input | 1 | 0 | 0 | 1 |\n| variant | 0 | 1 | 0 | 1 |\n" +
		"\n| Source | Errors | Warnings | Notes | Total |\n|---|---:|---:|---:|---:|\n" +
		"| 000\\_a | 0 | 0 | 1 | 1 |\n| 001\\_b | 0 | 1 | 0 | 1 |\n| c | 1 | 0 | 0 | 1 |\n" +
		"\n### Findings\n\n| Severity | Location | Rule | Message |\n|---|---|---|---|\n" +
		"| error | news/c.txt:1:1 | input | c.txt is a binary file \\| not linted. |\n" +
		"| warning | news/b,1.txt:2:6 | variant | \"Kiev\" is a variant of \"Kyiv\" (100%). See 000:1:10 (\"Kyiv\"). |\n" +
		"| note | news/a.txt:1:1 | boilerplate | Site chrome: CLOSE. |\n\n"
	if string(got) != want {
		t.Errorf("summary:\n%s\nwant:\n%s", got, want)
	}
	// Without the variable nothing is written anywhere.
	if err := (GitHub{Getenv: func(string) string { return "" }}).Format(&buf, githubReport()); err != nil {
		t.Fatal(err)
	}
}

func TestGitHubStepSummaryCapsRows(t *testing.T) {
	r := &Report{Files: 1, Sources: []string{"a"}}
	for i := 0; i < summaryRows+5; i++ {
		r.Findings = append(r.Findings, finding.Finding{Rule: "r", Severity: finding.Note, Message: "m", Location: loc("/repo/a.txt", "a", i+1, 1, i+1, 2, 0, 1, "x")})
	}
	var buf bytes.Buffer
	if err := WriteStepSummary(&buf, r); err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(buf.Bytes(), []byte("### Findings (the first 50 of 55, most severe first)")) || bytes.Count(buf.Bytes(), []byte("| note | ")) != summaryRows {
		t.Errorf("summary:\n%s", buf.String())
	}
}

func TestGitHubSummaryUnwritable(t *testing.T) {
	dir := t.TempDir()
	getenv := func(string) string { return filepath.Join(dir, "missing", "summary.md") }
	var buf bytes.Buffer
	err := (GitHub{Getenv: getenv}).Format(&buf, githubReport())
	if err == nil {
		t.Fatal("no error for an unwritable summary file")
	}
}
