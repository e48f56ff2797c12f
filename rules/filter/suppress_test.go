package filter

import (
	"fmt"
	"strings"
	"testing"

	"github.com/srclint/srclint/rules"
	"github.com/srclint/srclint/rules/article"
	"github.com/srclint/srclint/rules/finding"
	"github.com/srclint/srclint/rules/ruletest"
)

const kievPattern = `
[[patterns]]
id = "no-kiev"
words = ["Kiev"]
message = "Write Kyiv, not {match}"
severity = "warning"
`

var suppressFiles = map[string]string{
	"a.md": "---\ntitle: T\n---\n" +
		"<!-- srclint-disable-next-line no-kiev -- a quoted letter -->\n" + // line 4
		"The people of Kiev wrote.\n" + // 5: suppressed
		"Kiev again.\n" + // 6: kept
		"<!-- srclint-disable-next-line no-kiev, varient -->\n" + // 7: unused + unknown
		"Nothing here.\n" + // 8
		"<!-- srclint-disable-next-line -->\n" + // 9: names no rule
		"Ignored in Markdown: Kiev srclint:ignore no-kiev\n" + // 10: kept, plain syntax not read in Markdown
		"\n" +
		"    <!-- srclint-disable-next-line no-kiev -->\n" + // 12: in an indented code block, an example
		"Kiev after a code sample.\n", // 13: kept
	"b.txt": "Kiev here. srclint:ignore no-kiev\n" + // 1: suppressed
		"Kiev there.\n" + // 2: kept
		"No finding. srclint:ignore no-kiev -- stale\n" + // 3: unused
		"Kiev. srclint:ignore variant\n" + // 4: kept; variant is disabled, so not reported
		"<!-- srclint-disable-next-line no-kiev -->\nKiev in text.\n", // 5-6: comments are not directives in plain text
}

// brief renders a finding as path:line:col rule message.
func brief(f finding.Finding) string {
	return fmt.Sprintf("%s:%d:%d %s %s %s", f.Path, f.Line, f.Column, f.Severity, f.Rule, f.Message)
}

func runSuppress(t *testing.T, report bool) []finding.Finding {
	t.Helper()
	fs, c := ruletest.RunCorpus(t, kievPattern, suppressFiles, "no-kiev")
	var arts []*article.Article
	for _, d := range c.Docs {
		arts = append(arts, d.Article)
	}
	s := &Suppress{
		Articles:     arts,
		Known:        func(id string) bool { return id == "no-kiev" || id == "variant" },
		Enabled:      func(id string) bool { return id == "no-kiev" },
		ReportUnused: report,
		Severity:     finding.Note,
	}
	out, err := Apply(fs, s)
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func TestSuppress(t *testing.T) {
	out := runSuppress(t, true)
	want := []string{
		"a.md:6:1 warning no-kiev Write Kyiv, not Kiev",
		`a.md:7:32 note unused-suppression The suppression of "no-kiev" is unused: no no-kiev finding on line 8.`,
		`a.md:7:41 note unused-suppression The suppression names an unknown rule "varient", so it suppresses nothing.`,
		"a.md:9:1 note unused-suppression The suppression names no rule, so it suppresses nothing; write <!-- srclint-disable-next-line RULE -- reason -->.",
		"a.md:10:22 warning no-kiev Write Kyiv, not Kiev",
		"a.md:13:1 warning no-kiev Write Kyiv, not Kiev",
		"b.txt:2:1 warning no-kiev Write Kyiv, not Kiev",
		`b.txt:3:28 note unused-suppression The suppression of "no-kiev" is unused: no no-kiev finding on line 3.`,
		"b.txt:4:1 warning no-kiev Write Kyiv, not Kiev",
		"b.txt:6:1 warning no-kiev Write Kyiv, not Kiev",
	}
	var got []string
	for _, f := range out {
		got = append(got, brief(f))
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	seen := map[string]bool{}
	for _, f := range out {
		if f.Fingerprint == "" || seen[f.Fingerprint] {
			t.Errorf("%s: missing or duplicate fingerprint %q", brief(f), f.Fingerprint)
		}
		seen[f.Fingerprint] = true
		if f.Rule == rules.UnusedSuppressionID && (f.Text == "" || f.EndColumn <= f.Column || f.LineText == "") {
			t.Errorf("%s: note without a span: %+v", brief(f), f.Location)
		}
	}
}

func TestSuppressWithoutUnusedReports(t *testing.T) {
	for _, f := range runSuppress(t, false) {
		if f.Rule != "no-kiev" {
			t.Errorf("unexpected %s", brief(f))
		}
	}
}

func TestSuppressKeepsFingerprints(t *testing.T) {
	// Suppressing a finding must not change the fingerprints of the others:
	// they are the engine's, computed before suppression.
	fs, _ := ruletest.RunCorpus(t, kievPattern, suppressFiles, "no-kiev")
	before := map[string]string{}
	for _, f := range fs {
		before[fmt.Sprintf("%s:%d", f.Path, f.Line)] = f.Fingerprint
	}
	for _, f := range runSuppress(t, true) {
		if fp, ok := before[fmt.Sprintf("%s:%d", f.Path, f.Line)]; ok && f.Rule == "no-kiev" && fp != f.Fingerprint {
			t.Errorf("%s: fingerprint changed", brief(f))
		}
	}
}

func TestParseRuleList(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{" variant", []string{"variant"}},
		{" variant,quote-altered -- reason, with commas", []string{"variant", "quote-altered"}},
		{" a , b\tc --", []string{"a", "b", "c"}},
		{" --reason only", nil},
		{"", nil},
	}
	for _, tt := range tests {
		var got []string
		for _, r := range parseRuleList(tt.in, 0, len(tt.in)) {
			got = append(got, r.id)
			if tt.in[r.span.Start:r.span.End] != r.id {
				t.Errorf("%q: span %v does not cover %q", tt.in, r.span, r.id)
			}
		}
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("%q: got %q, want %q", tt.in, got, tt.want)
		}
	}
}

// BenchmarkSuppress runs the suppression stage over 10,000 articles, one in
// ten with a directive, and a finding on every article.
func BenchmarkSuppress(b *testing.B) {
	var arts []*article.Article
	var fs []finding.Finding
	for i := 0; i < 10000; i++ {
		text := "Talks went on in Kiev for days, officials said.\nA second paragraph follows with more detail.\n"
		if i%10 == 0 {
			text = "Talks went on in Kiev for days. srclint:ignore variant -- quoted\n" + text
		}
		a := article.New(fmt.Sprintf("news/%05d.txt", i), text, nil)
		arts = append(arts, a)
		fs = append(fs, finding.Finding{Rule: "variant", Severity: finding.Warning, Location: finding.Location{Path: a.Path, Line: 1, Column: 18}})
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		s := &Suppress{Articles: arts, ReportUnused: true, Severity: finding.Note}
		out, err := s.Process(append([]finding.Finding(nil), fs...))
		if err != nil || len(out) != 9000 {
			b.Fatalf("%d findings, %v", len(out), err)
		}
	}
}
