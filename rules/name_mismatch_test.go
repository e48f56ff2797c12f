package rules_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/rs/zerolog"

	"github.com/srclint/srclint/internal/gencorpus"
	"github.com/srclint/srclint/rules"
	"github.com/srclint/srclint/rules/finding"
	"github.com/srclint/srclint/rules/ruletest"
)

// nameFinding renders a finding as path:line:col-line:col message, then
// its related locations.
func nameFinding(f finding.Finding) string {
	s := fmt.Sprintf("%s:%d:%d-%d:%d %s %s: %s", f.Path, f.Line, f.Column, f.EndLine, f.EndColumn, f.Severity, f.Rule, f.Message)
	for _, r := range f.Related {
		s += fmt.Sprintf("\n  related %s:%d:%d %s", r.Path, r.Line, r.Column, r.Message)
	}
	return s
}

func runNames(t *testing.T, cfg string, files map[string]string) string {
	t.Helper()
	var got []string
	for _, f := range ruletest.Run(t, cfg, files, "name-mismatch") {
		got = append(got, nameFinding(f))
	}
	return strings.Join(got, "\n")
}

const seedRelated = `
  related fixtures/seeds/000_a49cee94f6fd4863.txt:20:38 000 writes "Volodymyr Zelensky"
  related fixtures/seeds/001_4ba70e73f85718eb.txt:5:295 001 writes "Volodymyr Zelensky"
  related fixtures/seeds/002_223c43aa781d18e4.txt:18:316 002 writes "Volodymyr Zelensky"
  related fixtures/seeds/004_cfbd965501cddc54.txt:4:21 004 writes "Volodymyr Zelenskyy"`

func TestNameMismatchSeeds(t *testing.T) {
	tests := []struct {
		name, config, want string
	}{
		{"empty config: transliteration", "",
			`fixtures/seeds/003_6d6395574370b149.txt:7:184-7:192 warning name-mismatch: "Vladimir Zelensky": other sources name this person "Volodymyr Zelensky" (000, 001, 002, 004); "Vladimir" and "Volodymyr" are close transliterations of one name` + seedRelated},
		{"equivalents table", "[names]\nequivalents = [[\"Volodymyr\", \"Vladimir\"]]\n",
			`fixtures/seeds/003_6d6395574370b149.txt:7:184-7:192 warning name-mismatch: "Vladimir Zelensky": other sources name this person "Volodymyr Zelensky" (000, 001, 002, 004); "Vladimir" and "Volodymyr" are equivalent names under [names] equivalents` + seedRelated},
		{"same role only", "[rules.name-mismatch]\ntransliteration = false\n",
			`fixtures/seeds/003_6d6395574370b149.txt:7:184-7:192 warning name-mismatch: "Vladimir Zelensky": other sources name this person "Volodymyr Zelensky" (000, 001, 002, 004); both are called "Ukrainian President"` + seedRelated},
		{"no evidence", "[rules.name-mismatch]\ntransliteration = false\nsame_role = false\n", ""},
		{"severity", "[rules.name-mismatch]\nseverity = \"note\"\ntransliteration = false\nsame_role = false\n", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := runNames(t, tt.config, ruletest.Seeds(t)); got != tt.want {
				t.Errorf("findings:\n%s\nwant:\n%s", got, tt.want)
			}
		})
	}
}

func TestNameMismatch(t *testing.T) {
	tests := []struct {
		name  string
		files map[string]string
		want  string
	}{
		{"different people share a surname", map[string]string{
			"a.txt": "Andriy Kovalenko, a farmer, lost his barn.",
			"b.txt": "The defence minister Oleksandr Kovalenko visited the front.",
			"c.txt": "The defence minister Oleksandr Kovalenko spoke in Kyiv.",
		}, ""},
		{"Putin is not Zelensky", map[string]string{
			"a.txt": "Russian President Vladimir Putin met envoys. Ukrainian President Volodymyr Zelensky did not.",
			"b.txt": "Russian President Vladimir Putin met envoys. Ukrainian President Volodymyr Zelensky did not.",
			"c.txt": "Russian President Vladimir Putin met envoys.",
		}, ""},
		{"feminine form is another person", map[string]string{
			"a.txt": "The analyst Alexandra Petrenko said prices rose.",
			"b.txt": "The analyst Alexandra Petrenko said prices rose.",
			"c.txt": "The banker Alexander Petrenko said prices rose.",
		}, ""},
		{"Mike and Mika", map[string]string{
			"a.txt": "Campaign manager Mike Sorensen said the count was fair.",
			"b.txt": "Campaign manager Mike Sorensen said the count was fair.",
			"c.txt": "Political scientist Mika Sorensen said the count was fair.",
		}, ""},
		{"tie is silent", map[string]string{
			"a.txt": "Governor Oleksandr Havryliuk said 34 people were wounded.",
			"b.txt": "Governor Aleksandr Havryliuk said 34 people were wounded.",
		}, ""},
		{"one source only", map[string]string{
			"a.txt": "Governor Oleksandr Havryliuk said 34 people were wounded. Later Aleksandr Havryliuk left.",
		}, ""},
		{"minority flagged with related", map[string]string{
			"a.txt": "Regional governor Oleksandr Havryliuk said 34 people were wounded.",
			"b.txt": "Regional governor Oleksandr Havryliuk said 34 people were hurt.",
			"c.txt": "Regional governor Aleksandr Havryliuk said 34 people were wounded. Havryliuk said more.",
		}, `c.txt:1:19-1:28 warning name-mismatch: "Aleksandr Havryliuk": other sources name this person "Oleksandr Havryliuk" (a, b); "Aleksandr" and "Oleksandr" are close transliterations of one name
  related a.txt:1:19 a writes "Oleksandr Havryliuk"
  related b.txt:1:19 b writes "Oleksandr Havryliuk"`},
		{"surname transliterations are one person", map[string]string{
			"a.md": "---\nstory: plant\n---\nThe plant dates from the era of Muammar Gaddafi.",
			"b.md": "---\nstory: plant\n---\nThe plant dates from the era of Muammar Gaddafi, officials said.",
			"c.md": "---\nstory: plant\n---\nThe plant dates from the era of Moammar Gadhafi.",
		}, `c.md:4:33-4:40 warning name-mismatch: "Moammar Gadhafi": other sources name this person "Muammar Gaddafi" (a, b); "Moammar" and "Muammar" are close transliterations of one name
  related a.md:4:33 a writes "Muammar Gaddafi"
  related b.md:4:33 b writes "Muammar Gaddafi"`},
		{"other stories are other people", map[string]string{
			"a.md": "---\nstory: talks\n---\nUkrainian President Volodymyr Zelensky met the envoys.",
			"b.md": "---\nstory: talks\n---\nUkrainian President Volodymyr Zelensky met the envoys again.",
			"c.md": "---\nstory: harvest\n---\nThe farmer Vladimir Zelensky sold his grain.",
			"d.md": "---\nstory: harvest\n---\nThe farmer Vladimir Zelensky sold his wheat.",
		}, ""},
		{"one story among others", map[string]string{
			"a.md": "---\nstory: talks\n---\nUkrainian President Volodymyr Zelensky met the envoys.",
			"b.md": "---\nstory: talks\n---\nUkrainian President Volodymyr Zelensky met the envoys again.",
			"c.md": "---\nstory: talks\n---\nUkrainian President Vladimir Zelensky met them.",
			"d.md": "---\nstory: harvest\n---\nThe farmer Vladimir Zelensky sold his grain.",
			"e.md": "---\nstory: harvest\n---\nThe farmer Vladimir Zelensky sold his wheat.",
		}, `c.md:4:21-4:29 warning name-mismatch: "Vladimir Zelensky": other sources name this person "Volodymyr Zelensky" (a, b); "Vladimir" and "Volodymyr" are close transliterations of one name
  related a.md:4:21 a writes "Volodymyr Zelensky"
  related b.md:4:21 b writes "Volodymyr Zelensky"`},
		{"place names are not people", map[string]string{
			"a.txt": "Ballots in Kilmarrow County arrived late.",
			"b.txt": "Ballots in Kilmarrow County arrived late, officials said.",
			"c.txt": "Ballots in Kilmarow County arrived late.",
		}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := runNames(t, "", tt.files); got != tt.want {
				t.Errorf("findings:\n%s\nwant:\n%s", got, tt.want)
			}
		})
	}
}

// TestNameMismatchCorpus checks the multi-outlet test corpus: the planted
// name mismatches are found, and nothing else is.
func TestNameMismatchCorpus(t *testing.T) {
	var got []string
	for _, f := range ruletest.Run(t, "", ruletest.Dir(t, "fixtures/corpus"), "name-mismatch") {
		got = append(got, fmt.Sprintf("%s:%d:%d %s", f.Path, f.Line, f.Column, f.Text))
	}
	want := []string{
		"fixtures/corpus/benghazi-desalination-plant/northfield-post.md:16:23 Muhammad",
		"fixtures/corpus/kharkiv-substation-strike/the-lantern.md:10:19 Aleksandr",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("findings:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// BenchmarkNames runs the two name rules alone (name-mismatch, variant) on
// generated corpora, reporting the findings and the share of them that hit a
// planted item (the generator plants no name mismatch: every name-mismatch
// finding there is a false alarm). Run with -benchtime=1x -cpu=2.
func BenchmarkNames(b *testing.B) {
	for _, n := range []int{1000, 10000} {
		b.Run(fmt.Sprintf("articles=%d", n), func(b *testing.B) {
			arts, m, cfg := benchCorpus(b, n)
			for _, id := range []string{"name-mismatch", "variant"} {
				b.Run(id, func(b *testing.B) {
					b.ReportAllocs()
					var fs []finding.Finding
					for b.Loop() {
						var err error
						fs, _, err = rules.Run(arts, nil, rules.Options{Config: cfg, Jobs: 2, Only: []string{id}, Log: zerolog.Nop()})
						if err != nil {
							b.Fatal(err)
						}
					}
					b.ReportMetric(float64(len(fs)), "findings")
					if len(fs) > 0 {
						b.ReportMetric(100*float64(planted(m, fs))/float64(len(fs)), "planted-%")
					}
				})
			}
		})
	}
}

// planted counts the findings that overlap an item planted for their rule.
func planted(m *gencorpus.Manifest, fs []finding.Finding) int {
	type key struct{ rule, file string }
	by := map[key][]gencorpus.Plant{}
	for _, p := range m.Plants {
		by[key{p.Rule, p.File}] = append(by[key{p.Rule, p.File}], p)
	}
	hit := 0
	for _, f := range fs {
		file := f.Path
		if parts := strings.Split(file, "/"); len(parts) > 2 {
			file = strings.Join(parts[len(parts)-2:], "/")
		}
		for _, p := range by[key{f.Rule, file}] {
			if int(f.Offset) < p.EndOffset && p.Offset < int(f.EndOffset) {
				hit++
				break
			}
		}
	}
	return hit
}
