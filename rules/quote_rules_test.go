package rules_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/BurntSushi/toml"

	"github.com/srclint/srclint/rules/finding"
	"github.com/srclint/srclint/rules/ruletest"
)

var quoteRuleIDs = []string{"quote-altered", "quote-unverified", "quote-unbalanced"}

// quoteBrief renders findings as "path:line:col rule severity: message".
func quoteBrief(fs []finding.Finding) []string {
	var out []string
	for _, f := range fs {
		out = append(out, fmt.Sprintf("%s:%d:%d %s %s: %s", f.Path, f.Line, f.Column, f.Rule, f.Severity, f.Message))
	}
	return out
}

func quoteEqual(t *testing.T, got, want []string) {
	t.Helper()
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func TestQuoteRulesSeeds(t *testing.T) {
	fs := ruletest.Run(t, "", ruletest.Seeds(t), quoteRuleIDs...)
	const s0, s1, s3 = "fixtures/seeds/000_a49cee94f6fd4863.txt", "fixtures/seeds/001_4ba70e73f85718eb.txt", "fixtures/seeds/003_6d6395574370b149.txt"
	// 003 derives from 001 (story.Provenance), so 001's version of the
	// Rubio statement is the original and only 003's is flagged.
	want := []string{
		s0 + `:18:190 quote-unverified warning: quoted text appears unquoted in 001:9 — paraphrase presented as a quote`,
		s0 + `:24:223 quote-unverified note: Quote appears in no other source`,
		s1 + `:31:1 quote-unverified note: Umerov quote appears in no other source`,
		s3 + `:10:1 quote-unverified warning: quoted text appears unquoted in 001:13 — paraphrase presented as a quote`,
		s3 + `:16:1 quote-unverified warning: quoted text appears unquoted in 001:33 — paraphrase presented as a quote`,
		s3 + `:21:1 quote-altered warning: Rubio quote differs from 001's version at 001:49:38: "was authored by the U.S." → "The author of … is the United States"`,
		s3 + `:21:90 quote-altered warning: Rubio quote differs from 001's version at 001:49:117: "input … ongoing input from Ukraine" → "proposals … current Ukrainian proposals"`,
	}
	quoteEqual(t, quoteBrief(fs), want)
	// Silent: the Leavitt quote (001:11, 002:28), the Trump post (001:53,
	// 002:30), the scare quotes of 003:1 and 003:4 — checked by the exact
	// list above; the related locations point at the other version.
	for _, f := range fs {
		if f.Rule == "quote-altered" && (len(f.Related) != 1 || f.Related[0].Line != map[bool]int32{true: 21, false: 49}[f.Line == 49]) {
			t.Errorf("%s:%d: related = %+v", f.Path, f.Line, f.Related)
		}
	}
}

func TestQuoteAlteredOriginal(t *testing.T) {
	files := func(dateA, dateB string) map[string]string {
		return map[string]string{
			"a.md": "---\nsource: Alpha\ndate: " + dateA + "\n---\n“The author of the peace proposal is the United States,” Rubio said.\n",
			"b.md": "---\nsource: Beta\ndate: " + dateB + "\n---\n“The peace proposal was authored by the U.S.,” Rubio said.\n",
		}
	}
	tests := []struct {
		name   string
		config string
		files  map[string]string
		want   []string
	}{
		{"earlier date is the original", "", files("2025-01-02", "2025-01-01"), []string{"a.md:5:1"}},
		{"earlier date, other way", "", files("2025-01-01", "2025-01-02"), []string{"b.md:5:1"}},
		{"primary beats date", "[[sources]]\nname = \"Alpha\"\npaths = [\"a.md\"]\nprimary = true\n", files("2025-01-02", "2025-01-01"), []string{"b.md:5:1"}},
		{"tie reports both", "", files("2025-01-01", "2025-01-01"), []string{"a.md:5:1", "b.md:5:1"}},
		{"majority decides", "", map[string]string{
			"a.md": "---\nsource: Alpha\n---\n“The author of the peace proposal is the United States,” Rubio said.\n",
			"b.md": "---\nsource: Beta\n---\n“The peace proposal was authored by the U.S.,” Rubio said.\n",
			"c.md": "---\nsource: Gamma\n---\n“The peace proposal was authored by the US,” Rubio said.\n",
		}, []string{"a.md:4:1"}},
		{"min_words: short quotes are not checked", "[rules.quote-altered]\nmin_words = 12\n", files("2025-01-02", "2025-01-01"), nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, f := range ruletest.Run(t, tt.config, tt.files, "quote-altered") {
				got = append(got, fmt.Sprintf("%s:%d:%d", f.Path, f.Line, f.Column))
			}
			quoteEqual(t, got, tt.want)
		})
	}
}

func TestQuoteUnverified(t *testing.T) {
	files := map[string]string{
		"a.md": "---\nsource: Alpha\n---\nOfficials said the plan was a good-faith attempt by Witkoff and Kushner to gain the support of Putin.\n",
		"b.md": "---\nsource: Beta\n---\nOfficials argued it was a “good-faith attempt by Witkoff and Kushner to gain the support” of Putin.\n\n“We will publish the full text of the plan next week,” Leavitt said.\n\nHe called it “a plan to end the war” on Monday.\n",
	}
	got := quoteBrief(ruletest.Run(t, "", files, "quote-unverified"))
	want := []string{
		"b.md:4:27 quote-unverified warning: quoted text appears unquoted in Alpha:4 — paraphrase presented as a quote",
		"b.md:6:1 quote-unverified note: Leavitt quote appears in no other source",
		"b.md:8:14 quote-unverified note: Quote appears in no other source",
	}
	quoteEqual(t, got, want)
	got = quoteBrief(ruletest.Run(t, "[rules.quote-unverified]\nreport_absent = false\nmin_shared_words = 12\n", files, "quote-unverified"))
	quoteEqual(t, got, nil)
	// A single source: nothing to verify against.
	delete(files, "a.md")
	quoteEqual(t, quoteBrief(ruletest.Run(t, "", files, "quote-unverified")), nil)
}

func TestQuoteUnbalanced(t *testing.T) {
	files := map[string]string{
		"a.txt": "“This quote never closes, she said.\n\nA plain paragraph.\n\n“A quote over two paragraphs.\n\n“Still the quote,” he said. It isn’t over ’til the ’90s.\n",
	}
	got := quoteBrief(ruletest.Run(t, "", files, "quote-unbalanced"))
	quoteEqual(t, got, []string{"a.txt:1:1 quote-unbalanced note: the quotation opened by “ is never closed; it is taken to end with the paragraph"})
}

// TestQuoteRulesCorpus checks the multi-outlet test corpus against its
// manifest: every planted quote rewording and paraphrase-as-quote is found
// at its line, no silent case (excerpts, elisions, brackets, splits) is
// flagged, and the warnings' precision is measured.
func TestQuoteRulesCorpus(t *testing.T) {
	root := ruletest.RepoRoot(t)
	data, err := os.ReadFile(filepath.Join(root, "fixtures/corpus/MANIFEST.toml"))
	if err != nil {
		t.Skipf("no test corpus: %v", err)
	}
	var man struct {
		Discrepancy []struct {
			Rule, File, Text string
			Line             int
		}
		Silent []struct {
			Kind, File, Text string
			Line             int
			MustNot          []string `toml:"must_not"`
		}
	}
	if _, err := toml.Decode(string(data), &man); err != nil {
		t.Fatal(err)
	}
	fs := ruletest.Run(t, "", ruletest.Dir(t, "fixtures/corpus"), quoteRuleIDs...)
	at := map[string][]finding.Finding{}
	for _, f := range fs {
		k := fmt.Sprintf("%s:%d", strings.TrimPrefix(f.Path, "fixtures/corpus/"), f.Line)
		at[k] = append(at[k], f)
	}
	planted, found := 0, map[string]bool{}
	for _, d := range man.Discrepancy {
		if !strings.HasPrefix(d.Rule, "quote-") {
			continue
		}
		planted++
		k := fmt.Sprintf("%s:%d", d.File, d.Line)
		ok := false
		for _, f := range at[k] {
			if f.Rule == d.Rule && f.Severity >= finding.Warning && strings.Contains(d.Text, strings.Trim(f.Text, "\"“”")[:20]) {
				ok = true
				found[k] = true
			}
		}
		if !ok {
			t.Errorf("planted %s at %s (%q) not found", d.Rule, k, d.Text)
		}
	}
	for _, s := range man.Silent {
		k := fmt.Sprintf("%s:%d", s.File, s.Line)
		for _, f := range at[k] {
			for _, r := range s.MustNot {
				rule, warnOnly := strings.CutSuffix(r, ":warning")
				if f.Rule == rule && (!warnOnly || f.Severity >= finding.Warning) && !found[k] {
					t.Errorf("silent %s case at %s flagged: %s", s.Kind, k, f.Message)
				}
			}
		}
	}
	warnings, right := 0, 0
	for _, f := range fs {
		if f.Severity < finding.Warning {
			continue
		}
		warnings++
		if found[fmt.Sprintf("%s:%d", strings.TrimPrefix(f.Path, "fixtures/corpus/"), f.Line)] {
			right++
		} else {
			t.Errorf("unplanted warning: %s:%d: %s", f.Path, f.Line, f.Message)
		}
	}
	t.Logf("quote rules on the test corpus: %d planted, %d warnings, %d on planted discrepancies (precision %.2f, recall %.2f)",
		planted, warnings, right, float64(right)/float64(max(warnings, 1)), float64(len(found))/float64(max(planted, 1)))
}
