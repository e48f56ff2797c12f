package rules_test

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/BurntSushi/toml"

	"github.com/srclint/srclint/rules"
	"github.com/srclint/srclint/rules/finding"
	"github.com/srclint/srclint/rules/ruletest"
)

// bpFindings renders findings as "path:line:col-endline:endcol severity message".
func bpFindings(fs []finding.Finding) []string {
	var out []string
	for _, f := range fs {
		out = append(out, fmt.Sprintf("%s:%d:%d-%d:%d %s %s", f.Path, f.Line, f.Column, f.EndLine, f.EndColumn, f.Severity, f.Message))
	}
	return out
}

func bpSame(t *testing.T, got, want []string) {
	t.Helper()
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("findings\n got:\n  %s\nwant:\n  %s", strings.Join(got, "\n  "), strings.Join(want, "\n  "))
	}
}

func TestBoilerplateSeeds(t *testing.T) {
	got := bpFindings(ruletest.Run(t, "", ruletest.Seeds(t), "boilerplate"))
	bpSame(t, got, []string{
		`fixtures/seeds/000_a49cee94f6fd4863.txt:1:1-2:10 note Site chrome in the article body: 2 lines from "CLOSE" to "U.S. News" (button label, section navigation); remove them or fix the scraper.`,
		`fixtures/seeds/000_a49cee94f6fd4863.txt:32:1-50:59 note Site chrome in the article body: 10 lines from "Stay informed on all the latest news, real-time…" to "Please consider supporting us by disabling your…" (newsletter promo, button label, author bio, comment form, related-articles list, ad-blocker notice); remove them or fix the scraper.`,
	})
}

func TestBoilerplateSettings(t *testing.T) {
	body := "The council met on Monday and voted to close the harbour road for the winter.\n\n"
	tests := []struct {
		name   string
		config string
		files  map[string]string
		want   []string
	}{
		{"defaults",
			"",
			map[string]string{"a.txt": body + "Leave a Reply\n"},
			[]string{`a.txt:3:1-3:14 note Site chrome in the article body: "Leave a Reply" (comment form); remove it or fix the scraper.`}},
		{"extra phrase and severity",
			"[rules.boilerplate]\nseverity = \"warning\"\nphrases = [\"Follow The Bugle on *\"]\n",
			map[string]string{"a.txt": body + "Follow The Bugle on Mastodon\n"},
			[]string{`a.txt:3:1-3:29 warning Site chrome in the article body: "Follow The Bugle on Mastodon" (configured phrase); remove it or fix the scraper.`}},
		{"default phrases off",
			"[rules.boilerplate]\ndefault_phrases = false\n",
			map[string]string{"a.txt": body + "Leave a Reply\n"},
			nil},
		{"navigation off",
			"[rules.boilerplate]\nmax_line_words = 0\n",
			map[string]string{"a.txt": "Home | World | Politics\n\n" + body},
			nil},
		{"disabled",
			"[rules.boilerplate]\nenabled = false\n",
			map[string]string{"a.txt": body + "Leave a Reply\n"},
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			bpSame(t, bpFindings(ruletest.Run(t, tt.config, tt.files, "boilerplate")), tt.want)
		})
	}
}

func TestBoilerplateRepeatedRelated(t *testing.T) {
	cfg := "[[sources]]\nname = \"The Bugle\"\npaths = [\"bugle/*\"]\n"
	trailer := "Follow the Bugle for more coverage of Westmarch.\n"
	files := map[string]string{
		"bugle/1.txt": "The council met on Monday and voted to close the harbour road for the winter months.\n\n" + trailer,
		"bugle/2.txt": "A fire broke out on Tuesday in a warehouse near the old rail yard, firefighters said.\n\n" + trailer,
		"bugle/3.txt": "The port strike ended on Wednesday after the union accepted a three-year contract.\n\n" + trailer,
	}
	fs := ruletest.Run(t, cfg, files, "boilerplate")
	if len(fs) != 3 {
		t.Fatalf("got %d findings, want 3: %q", len(fs), bpFindings(fs))
	}
	f := fs[0]
	want := `bugle/1.txt:3:1-3:49 note Site chrome in the article body: "Follow the Bugle for more coverage of Westmarch." (repeated in 3 articles of The Bugle); remove it or fix the scraper.`
	bpSame(t, bpFindings(fs[:1]), []string{want})
	var rel []string
	for _, r := range f.Related {
		rel = append(rel, fmt.Sprintf("%s:%d:%d %s", r.Path, r.Line, r.Column, r.Message))
	}
	bpSame(t, rel, []string{
		"bugle/2.txt:3:1 the same line in another article of The Bugle",
		"bugle/3.txt:3:1 the same line in another article of The Bugle",
	})
}

func TestBoilerplateConfigErrors(t *testing.T) {
	tests := []struct{ config, want string }{
		{"[rules.boilerplate]\nmin_repeats = 1\n", "rules.toml:2: min_repeats must be 0 (off) or at least 2, not 1"},
		{"[rules.boilerplate]\n\nphrases = [\"ok\", \"*\"]\n", "rules.toml:3: phrase \"*\" has no text"},
		{"[rules.boilerplate]\nmax_line_words = -1\n", "rules.toml:2: max_line_words must be between 0 (off) and 20, not -1"},
		{"[rules.boilerplate]\nphrase = []\n", "rules.toml:2: unknown key \"phrase\" in [rules.boilerplate]"},
	}
	for _, tt := range tests {
		_, err := rules.ParseConfig("rules.toml", []byte(tt.config))
		if err == nil || !strings.HasPrefix(err.Error(), tt.want) {
			t.Errorf("ParseConfig(%q) error = %v, want prefix %q", tt.config, err, tt.want)
		}
	}
}

// bpManifest is the part of fixtures/corpus/MANIFEST.toml this rule reads.
type bpManifest struct {
	Discrepancy []struct {
		Rule, File, Text string
		Line, Column     int
	}
	Silent []struct {
		File, Text   string
		Line, Column int
		MustNot      []string `toml:"must_not"`
	}
}

// TestBoilerplateCorpus checks the multi-outlet corpus: every planted
// boilerplate block is found where the manifest says, and nothing else.
func TestBoilerplateCorpus(t *testing.T) {
	data, err := os.ReadFile(filepath.Join(ruletest.RepoRoot(t), "fixtures/corpus/MANIFEST.toml"))
	if err != nil {
		t.Skipf("no corpus manifest: %v", err)
	}
	var m bpManifest
	if _, err := toml.Decode(string(data), &m); err != nil {
		t.Fatalf("manifest: %v", err)
	}
	var want []string
	for _, d := range m.Discrepancy {
		if d.Rule == "boilerplate" {
			want = append(want, fmt.Sprintf("fixtures/corpus/%s:%d:%d %q", d.File, d.Line, d.Column, d.Text))
		}
	}
	if len(want) == 0 {
		t.Fatal("the manifest plants no boilerplate")
	}
	sort.Strings(want)
	fs := ruletest.Run(t, "", ruletest.Dir(t, "fixtures/corpus"), "boilerplate")
	var got []string
	for _, f := range fs {
		// The manifest gives the start and the first flagged line's text.
		first, _, _ := strings.Cut(f.Text, "\n")
		got = append(got, fmt.Sprintf("%s:%d:%d %q", f.Path, f.Line, f.Column, first))
	}
	bpSame(t, got, want)
	for _, s := range m.Silent {
		if !slices.Contains(s.MustNot, "boilerplate") {
			continue
		}
		for _, f := range fs {
			if f.Path == "fixtures/corpus/"+s.File && int(f.Line) <= s.Line && s.Line <= int(f.EndLine) {
				t.Errorf("boilerplate fired on silent case %s:%d %q", s.File, s.Line, s.Text)
			}
		}
	}
}
