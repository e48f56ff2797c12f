package config_test

import (
	"fmt"
	"os"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/rs/zerolog"

	"github.com/srclint/srclint/rules"
	"github.com/srclint/srclint/rules/article"
	"github.com/srclint/srclint/rules/config"
	"github.com/srclint/srclint/rules/finding"
)

// abuseRun lints the articles (path → text) with cfg, running only ruleIDs.
func abuseRun(t *testing.T, cfg *config.Config, files map[string]string, ruleIDs ...string) []finding.Finding {
	t.Helper()
	var arts []*article.Article
	for _, p := range []string{"a.txt", "b.txt"} {
		a := article.New(p, files[p], nil)
		a.Source = strings.TrimSuffix(p, ".txt")
		arts = append(arts, a)
	}
	fs, _, err := rules.Run(arts, nil, rules.Options{Config: cfg, Jobs: 2, Only: ruleIDs, Log: zerolog.Nop()})
	if err != nil {
		t.Fatal(err)
	}
	return fs
}

// TestAbuseManyVariantGroups: 10,000 [[variants]] groups parse and run in
// bounded time, and the one group the text uses still works.
func TestAbuseManyVariantGroups(t *testing.T) {
	var b strings.Builder
	b.WriteString("[rules.variant]\ndiscover = false\n")
	for i := 0; i < 10000; i++ {
		fmt.Fprintf(&b, "[[variants]]\npreferred = \"Place%dx\"\nvariants = [\"Place%dy\", \"Other Place%dz\"]\n", i, i, i)
	}
	b.WriteString("[[variants]]\npreferred = \"Kyiv\"\nvariants = [\"Kiev\"]\n")
	start := time.Now()
	cfg, err := rules.ParseConfig("rules.toml", []byte(b.String()))
	if err != nil {
		t.Fatal(err)
	}
	parse := time.Since(start)
	if len(cfg.Variants) != 10001 {
		t.Fatalf("%d groups, want 10001", len(cfg.Variants))
	}
	start = time.Now()
	fs := abuseRun(t, cfg, map[string]string{"a.txt": "Talks in Kyiv and Place7x.", "b.txt": "Also Kiev, Place7y and Other Place7z."}, "variant")
	run := time.Since(start)
	var got []string
	for _, f := range fs {
		got = append(got, fmt.Sprintf("%s:%d:%d %s", f.Path, f.Line, f.Column, f.Text))
	}
	want := []string{"b.txt:1:6 Kiev", "b.txt:1:12 Place7y", "b.txt:1:24 Other Place7z"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("findings %q, want %q", got, want)
	}
	t.Logf("10k groups: parse %v, run %v", parse, run)
	if parse > 10*time.Second || run > 10*time.Second {
		t.Errorf("10k variant groups: parse %v, run %v; want each under 10 s", parse, run)
	}
}

// TestAbusePathologicalRegex: a pattern that backtracking engines take
// exponential time on ((a+)+$ against "aaaa…b") stays linear with RE2.
func TestAbusePathologicalRegex(t *testing.T) {
	cfg, err := rules.ParseConfig("rules.toml", []byte("[[patterns]]\nid = \"evil\"\npattern = \"(a+)+$\"\nmessage = \"matched {match}\"\n"))
	if err != nil {
		t.Fatal(err)
	}
	text := strings.Repeat("a", 200000) + "b\n"
	start := time.Now()
	fs := abuseRun(t, cfg, map[string]string{"a.txt": text, "b.txt": "aaa"}, "evil")
	if d := time.Since(start); d > 5*time.Second {
		t.Errorf("pathological regex took %v", d)
	}
	if len(fs) != 1 || fs[0].Path != "b.txt" || fs[0].Text != "aaa" {
		t.Errorf("findings = %+v, want one on b.txt \"aaa\"", fs)
	}
}

// TestAbuseDeepTOML: deeply nested tables, arrays and keys are refused with
// an error naming the line, never a crash or a hang: config.Parse refuses
// nesting deeper than 64 levels before the toml package (whose cost grows
// with the square of the depth) sees it, so depth 10,000 answers at once.
func TestAbuseDeepTOML(t *testing.T) {
	depth := 10000
	if d, err := strconv.Atoi(os.Getenv("SRCLINT_ABUSE_DEPTH")); err == nil && d > 0 {
		depth = d
	}
	limit := 5 * time.Second
	tests := []struct {
		name string
		data string
	}{
		{"nested arrays", "exclude = " + strings.Repeat("[", depth) + strings.Repeat("]", depth) + "\n"},
		{"nested inline tables", "x = " + strings.Repeat("{a = ", depth) + "1" + strings.Repeat("}", depth) + "\n"},
		{"dotted key", "[rules.variant." + strings.Repeat("a.", depth) + "b]\n"},
		{"unclosed arrays", "exclude = " + strings.Repeat("[", depth) + "\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			done := make(chan error, 1)
			go func() {
				_, err := rules.ParseConfig("rules.toml", []byte(tt.data))
				done <- err
			}()
			select {
			case err := <-done:
				if err == nil {
					t.Fatal("accepted")
				}
				if !strings.HasPrefix(err.Error(), "rules.toml:1: ") {
					t.Errorf("error %q does not name rules.toml:1", err)
				}
			case <-time.After(limit):
				t.Fatalf("no answer in %v at depth %d", limit, depth)
			}
		})
	}
}
