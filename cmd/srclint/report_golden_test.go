package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestGoldenReport runs `srclint report` on the seeds in every format and
// compares the output with testdata/golden/report.*. Regenerate them with
// `go test ./cmd/srclint -update` (the update flag of golden_test.go).
func TestGoldenReport(t *testing.T) {
	root := repoRoot(t)
	for _, format := range []struct{ name, ext string }{{"text", "txt"}, {"json", "json"}, {"markdown", "md"}, {"html", "html"}} {
		t.Run(format.name, func(t *testing.T) {
			args := []string{"report", "fixtures/seeds"}
			if format.name != "text" {
				args = []string{"report", "--format", format.name, "fixtures/seeds"}
			}
			code, out, errOut := runIn(t, root, args...)
			if code != exitClean || errOut != "" {
				t.Fatalf("exit %d, stderr %q; want exit 0 and no stderr", code, errOut)
			}
			checkGolden(t, "report."+format.ext, out)
		})
	}
}

// TestReportAgreesWithLint checks that the report counts exactly the
// findings `srclint --format json` reports, per source and per rule.
func TestReportAgreesWithLint(t *testing.T) {
	root := repoRoot(t)
	_, lintOut, _ := runIn(t, root, "--format", "json", "fixtures/seeds")
	code, repOut, errOut := runIn(t, root, "report", "--format", "json", "fixtures/seeds")
	if code != exitClean || errOut != "" {
		t.Fatalf("report: exit %d, stderr %q", code, errOut)
	}
	var lint struct {
		Findings []struct{ Rule, Source string }
	}
	var rep struct {
		Sources []struct {
			Name     string
			Findings struct {
				Total  int
				ByRule map[string]int `json:"by_rule"`
			}
		}
		Totals struct{ Findings struct{ Total int } }
	}
	if err := json.Unmarshal([]byte(lintOut), &lint); err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal([]byte(repOut), &rep); err != nil {
		t.Fatal(err)
	}
	want := map[string]int{}
	for _, f := range lint.Findings {
		want[f.Source+" "+f.Rule]++
	}
	got := map[string]int{}
	total := 0
	for _, s := range rep.Sources {
		n := 0
		for rule, c := range s.Findings.ByRule {
			if c > 0 {
				got[s.Name+" "+rule] = c
			}
			n += c
		}
		if n != s.Findings.Total {
			t.Errorf("%s: by_rule sums to %d, total is %d", s.Name, n, s.Findings.Total)
		}
		total += n
	}
	if len(lint.Findings) == 0 || total != len(lint.Findings) || rep.Totals.Findings.Total != total {
		t.Errorf("report counts %d findings (totals %d), lint reports %d", total, rep.Totals.Findings.Total, len(lint.Findings))
	}
	for k, n := range want {
		if got[k] != n {
			t.Errorf("%s: report counts %d, lint %d", k, got[k], n)
		}
	}
	for k := range got {
		if want[k] == 0 {
			t.Errorf("%s: report counts findings lint does not report", k)
		}
	}
}

// TestReportUsage checks the report's command-line errors.
func TestReportUsage(t *testing.T) {
	root := repoRoot(t)
	tests := []struct {
		args   []string
		stderr string
	}{
		{[]string{"report", "--format", "sarif", "fixtures/seeds"}, `srclint report: --format: unknown report format "sarif" (want one of [html json markdown text])`},
		{[]string{"report", "--format", "json", "--format", "html", "fixtures/seeds"}, "srclint report: --format given 2 times; a report has one format (html, json, markdown, text)"},
	}
	for _, tt := range tests {
		code, out, errOut := runIn(t, root, tt.args...)
		if code != exitUsage || out != "" || strings.TrimSpace(errOut) != tt.stderr {
			t.Errorf("%v: exit %d, stdout %q, stderr %q; want exit 2 and %q", tt.args, code, out, errOut, tt.stderr)
		}
	}
}

// TestReportOutputFileLinks checks --output and that the HTML report's
// finding links are relative to the report file's folder.
func TestReportOutputFileLinks(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"rules.toml":   "[[variants]]\npreferred = \"Kyiv\"\nvariants = [\"Kiev\"]\n[rules.variant]\ndiscover = false\n",
		"news/a.txt":   "Talks in Kyiv.\n",
		"news/b c.txt": "Line one.\nAlso Kiev.\n",
	})
	if err := os.Mkdir(filepath.Join(dir, "out"), 0o755); err != nil {
		t.Fatal(err)
	}
	code, out, errOut := runIn(t, dir, "report", "--format", "html", "--output", "out/report.html", "news")
	if code != exitClean || out != "" || errOut != "" {
		t.Fatalf("exit %d, stdout %q, stderr %q", code, out, errOut)
	}
	data, err := os.ReadFile(filepath.Join(dir, "out", "report.html"))
	if err != nil {
		t.Fatal(err)
	}
	if want := `<a href="../news/b%20c.txt#L2">news/b c.txt:2:6</a>`; !strings.Contains(string(data), want) {
		t.Errorf("report.html lacks the link %s", want)
	}
}
