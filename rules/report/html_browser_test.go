package report

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/srclint/srclint/rules/ruletest"
	"github.com/srclint/srclint/rules/scorecard"
)

// chromium returns the Chromium binary, or skips the test when there is
// none, unless SRCLINT_REQUIRE_CHROMIUM=1 (CI installs Chromium and sets
// it), in which case the test fails.
func chromium(t *testing.T) string {
	t.Helper()
	for _, name := range []string{"chromium", "chromium-browser"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	if _, err := os.Stat("/usr/bin/chromium"); err == nil {
		return "/usr/bin/chromium"
	}
	if os.Getenv("SRCLINT_REQUIRE_CHROMIUM") == "1" {
		t.Fatal("SRCLINT_REQUIRE_CHROMIUM=1 but no chromium on PATH nor /usr/bin/chromium (apt-get install -y chromium)")
	}
	t.Skip("chromium not found on PATH nor at /usr/bin/chromium: skipping the headless HTML check (install it with apt-get install -y chromium; CI sets SRCLINT_REQUIRE_CHROMIUM=1)")
	return ""
}

// runChromium runs headless Chromium, offline and with a throwaway
// profile, and returns its standard output.
func runChromium(t *testing.T, bin, profile string, args ...string) []byte {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	defer cancel()
	base := []string{"--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
		"--disable-background-networking", "--disable-component-update", "--disable-sync", "--user-data-dir=" + profile}
	cmd := exec.CommandContext(ctx, bin, append(base, args...)...)
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	if err := cmd.Run(); err != nil {
		t.Fatalf("chromium %v: %v\n%s", args, err, errb.String())
	}
	return out.Bytes()
}

// seedsReports renders the seeds' report as HTML and JSON.
func seedsReports(t *testing.T) (html, js []byte) {
	t.Helper()
	fs, c := ruletest.RunCorpus(t, "", ruletest.Seeds(t))
	r := &Report{Scorecard: scorecard.Build(c, fs, scorecard.Options{}), Findings: fs, Files: len(c.Docs), Version: "test"}
	return []byte(write(t, "html", Options{}, r)), []byte(write(t, "json", Options{}, r))
}

type jsonDoc struct {
	Totals struct {
		Findings struct{ Total int }
	}
	Sources []struct {
		Name     string
		Articles int
		Claims   struct{ Total, Comparable, Corroborated int }
		Quotes   struct{ Total, Matched, Verbatim int }
		Findings struct{ Total int }
	}
	Links   []struct{ From, To string }
	Stories []struct {
		Claims []struct{ Text string }
	}
}

var (
	tableRe = func(id string) *regexp.Regexp {
		return regexp.MustCompile(`(?s)<table[^>]*\bid="` + regexp.QuoteMeta(id) + `"[^>]*>(.*?)</table>`)
	}
	rowRe  = regexp.MustCompile(`(?s)<tr data-source="([^"]*)">(.*?)</tr>`)
	cellRe = regexp.MustCompile(`<td[^>]*data-field="([a-z-]+)"(?: data-n="(\d+)")?(?: data-of="(\d+)")?[^>]*>([^<]*)</td>`)
)

// TestHTMLInChromium renders the seeds' HTML report in headless Chromium,
// takes a screenshot, and checks the DOM Chromium built: every table is
// there and the scorecard shows the JSON report's numbers.
func TestHTMLInChromium(t *testing.T) {
	bin := chromium(t)
	dir := t.TempDir()
	html, js := seedsReports(t)
	page := filepath.Join(dir, "report.html")
	if err := os.WriteFile(page, html, 0o644); err != nil {
		t.Fatal(err)
	}
	url := "file://" + filepath.ToSlash(page)
	dom := string(runChromium(t, bin, filepath.Join(dir, "profile-dom"), "--dump-dom", url))

	shot := filepath.Join(dir, "report.png")
	runChromium(t, bin, filepath.Join(dir, "profile-shot"), "--screenshot="+shot, "--window-size=1280,2000", url)
	png, err := os.ReadFile(shot)
	if err != nil {
		t.Fatalf("no screenshot: %v", err)
	}
	if len(png) < 10000 || !bytes.HasPrefix(png, []byte("\x89PNG\r\n\x1a\n")) {
		t.Errorf("screenshot is not a plausible PNG (%d bytes)", len(png))
	}
	if keep := os.Getenv("SRCLINT_REPORT_SCREENSHOT"); keep != "" {
		if err := os.WriteFile(keep, png, 0o644); err != nil {
			t.Error(err)
		}
	}

	var doc jsonDoc
	if err := json.Unmarshal(js, &doc); err != nil {
		t.Fatal(err)
	}
	for _, id := range []string{"scorecard", "findings-by-rule", "provenance", "matrix-1", "findings"} {
		if !tableRe(id).MatchString(dom) {
			t.Errorf("the DOM has no table#%s", id)
		}
	}
	if !strings.Contains(dom, `<svg id="provenance-graph"`) {
		t.Error("the DOM has no svg#provenance-graph")
	}

	m := tableRe("scorecard").FindStringSubmatch(dom)
	if m == nil {
		t.Fatal("no scorecard table")
	}
	rows := rowRe.FindAllStringSubmatch(m[1], -1)
	if len(rows) != len(doc.Sources) || len(rows) == 0 {
		t.Fatalf("scorecard has %d source rows, JSON %d sources", len(rows), len(doc.Sources))
	}
	for i, row := range rows {
		s := doc.Sources[i]
		if row[1] != s.Name {
			t.Errorf("row %d is %q, JSON source %q", i, row[1], s.Name)
			continue
		}
		want := map[string][2]int{
			"articles":     {s.Articles, -1},
			"claims":       {s.Claims.Total, -1},
			"corroborated": {s.Claims.Corroborated, s.Claims.Comparable},
			"quotes":       {s.Quotes.Total, -1},
			"verbatim":     {s.Quotes.Verbatim, s.Quotes.Matched},
			"findings":     {s.Findings.Total, -1},
		}
		seen := 0
		for _, c := range cellRe.FindAllStringSubmatch(row[2], -1) {
			w, ok := want[c[1]]
			if !ok {
				continue
			}
			seen++
			n, _ := strconv.Atoi(c[2])
			of := -1
			if c[3] != "" {
				of, _ = strconv.Atoi(c[3])
			}
			text := strconv.Itoa(w[0])
			if w[1] >= 0 {
				text = fraction(w[0], w[1])
			}
			if n != w[0] || of != w[1] || c[4] != text {
				t.Errorf("%s %s: DOM shows %q (n=%d of=%d), JSON has %d of %d", s.Name, c[1], c[4], n, of, w[0], w[1])
			}
		}
		if seen != len(want) {
			t.Errorf("%s: %d count cells in the DOM, want %d", s.Name, seen, len(want))
		}
	}

	if got := strings.Count(dom, "<tr data-rule="); got != doc.Totals.Findings.Total || got == 0 {
		t.Errorf("the DOM lists %d findings, JSON totals %d", got, doc.Totals.Findings.Total)
	}
	if got := strings.Count(dom, `<g class="arrow"`); got != len(doc.Links) || got == 0 {
		t.Errorf("the graph draws %d arrows, JSON has %d links", got, len(doc.Links))
	}
	if got := strings.Count(dom, "<tr data-claim="); len(doc.Stories) != 1 || got != len(doc.Stories[0].Claims) {
		t.Errorf("the matrix has %d rows, JSON %d stories", got, len(doc.Stories))
	}
	if !strings.Contains(dom, `href="fixtures/seeds/004_cfbd965501cddc54.txt#L11"`) {
		t.Error("no link to the Thanksgiving line 004:11")
	}
}
