package scorecard

import (
	"fmt"
	"reflect"
	"strings"
	"testing"

	"github.com/srclint/srclint/rules/finding"
	"github.com/srclint/srclint/rules/ruletest"
)

// bridge is one story told by three outlets, plus an unrelated article.
// Alpha Daily reports first (earliest date); Beta News copies it sentence
// for sentence and adds one sentence of its own (Grant Foundation,
// Zurich); Gamma Times writes its own account, quoting the mayor with one
// word fewer and adding a quote nobody else has. Delta Sport is about
// something else.
var bridge = map[string]string{
	"news/alpha.md": `---
source: Alpha Daily
date: 2025-03-01
---
The Harlow council approved a 40 million euro budget for the Redfern bridge on Tuesday after a long debate.

Mayor Lena Ortiz said: "The bridge will open by March 2027 and carry thousands of cars every single day."

Engineers from Calder Works will start laying the foundations near Redfern station next month, officials said.

The budget also sets aside 3 million euros for repairs to the old Vale tunnel under the river.

Councillor Tom Baird voted against the plan, calling the cost of the bridge far too high for Harlow.
`,
	"news/beta.md": `---
source: Beta News
date: 2025-03-02
---
The Harlow council approved a 40 million euro budget for the Redfern bridge on Tuesday after a long debate.

Mayor Lena Ortiz said: "The bridge will open by March 2027 and carry thousands of cars every single day."

Engineers from Calder Works will start laying the foundations near Redfern station next month, officials said.

The budget also sets aside 3 million euros for repairs to the old Vale tunnel under the river.

Councillor Tom Baird voted against the plan, calling the cost of the bridge far too high for Harlow.

The project is backed by the Grant Foundation in Zurich.
`,
	"news/gamma.md": `---
source: Gamma Times
date: 2025-03-01
---
Harlow's council voted on Tuesday to fund the new Redfern bridge.

The 40 million euro plan passed after hours of argument in the chamber.

Lena Ortiz, the mayor, told reporters: "The bridge will open by March 2027 and carry thousands of cars every day."

Critics, led by Tom Baird, said: "The money should go to schools in Harlow instead."
`,
	"sport/delta.md": `---
source: Delta Sport
date: 2025-03-01
---
Kestrel United beat Ashby Rovers 3-1 at Millbrook Park on Saturday.

Striker Owen Pryce scored twice in the second half.
`,
}

// row is the comparable part of a Source (findings are checked apart).
type row struct {
	Name                                 string
	Articles, Claims, Comparable, Corrob int
	Quotes, Matched, Verbatim, Altered   int
	CopiedFrom, CopiedBy                 string
}

func rowOf(s Source) row {
	cp := func(cs []Copy) string {
		var out []string
		for _, c := range cs {
			out = append(out, fmt.Sprintf("%s:%d:%d", c.Source, c.Articles, c.Sentences))
		}
		return strings.Join(out, ",")
	}
	return row{s.Name, s.Articles, s.Claims, s.Comparable, s.Corroborated, s.Quotes, s.Matched, s.Verbatim, s.Altered,
		cp(s.CopiedFrom), cp(s.CopiedBy)}
}

// cells renders a matrix row: A original, c copied, . absent.
func cells(cs []Cell) string {
	var b strings.Builder
	for _, c := range cs {
		b.WriteString(map[Cell]string{Absent: ".", Original: "A", Copied: "c"}[c])
	}
	return b.String()
}

func TestBuildBridge(t *testing.T) {
	fs, c := ruletest.RunCorpus(t, "", bridge)
	sc := Build(c, fs, Options{})

	// Claims are the body sentences with a specific term (all of them
	// here). Alpha: lines 5, 7, 9, 11, 13 = 5 claims; line 9 (Calder
	// Works) and line 11 (3 million, Vale) are carried only by Beta, which
	// copies Alpha, so 3 are corroborated (by Gamma). Beta: the same 5
	// plus line 15 (Grant Foundation, Zurich: nobody else), 3
	// corroborated: Alpha is its own source and does not count. Gamma: 4
	// claims, each term also in Alpha (Tuesday, Redfern; 40 million; Lena
	// Ortiz, March; Tom Baird, Harlow), so 4 of 4. Delta is alone in its
	// story: 2 claims, none comparable. Quotes: the mayor's quote is in
	// all three; Gamma drops "single", so every copy of it has an altered
	// counterpart; Gamma's Baird quote has none.
	want := []row{
		{"Alpha Daily", 1, 5, 5, 3, 1, 1, 0, 1, "", "Beta News:1:5"},
		{"Beta News", 1, 6, 6, 3, 1, 1, 0, 1, "Alpha Daily:1:5", ""},
		{"Delta Sport", 1, 2, 0, 0, 0, 0, 0, 0, "", ""},
		{"Gamma Times", 1, 4, 4, 4, 2, 1, 0, 1, "", ""},
	}
	var got []row
	for _, s := range sc.Sources {
		got = append(got, rowOf(s))
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("sources:\n got %+v\nwant %+v", got, want)
	}
	if s, ok := sc.Sources[2].CorroboratedShare(); ok || s != 0 {
		t.Errorf("Delta Sport share = %v, %v; want none", s, ok)
	}
	if s, ok := sc.Sources[3].CorroboratedShare(); !ok || s != 1 {
		t.Errorf("Gamma Times share = %v, %v; want 1", s, ok)
	}

	wantEdges := []Edge{{Derived: "news/beta.md", DerivedSource: "Beta News", Source: "news/alpha.md", SourceSource: "Alpha Daily",
		Matched: 5, Sentences: 6, Line: 5, SourceLine: 5}}
	if !reflect.DeepEqual(sc.Edges, wantEdges) {
		t.Errorf("edges = %+v, want %+v", sc.Edges, wantEdges)
	}
	if want := []Link{{From: "Beta News", To: "Alpha Daily", Articles: 1, Sentences: 5}}; !reflect.DeepEqual(sc.Links, want) {
		t.Errorf("links = %+v, want %+v", sc.Links, want)
	}

	// One story with two or more sources; Delta's story is left out.
	if len(sc.Stories) != 1 {
		t.Fatalf("%d stories, want 1: %+v", len(sc.Stories), sc.Stories)
	}
	st := sc.Stories[0]
	if want := []string{"Alpha Daily", "Beta News", "Gamma Times"}; !reflect.DeepEqual(st.Sources, want) {
		t.Errorf("story sources = %v, want %v", st.Sources, want)
	}
	if st.Terms != 14 {
		t.Errorf("story terms = %d, want 14", st.Terms)
	}
	// Most specific first; within a level, more independent sources
	// first; "Lena Ortiz" and "Tom Baird" are left out as repeats of
	// "Mayor Lena Ortiz" and "Councillor Tom Baird".
	wantRows := []string{
		"March deadline 9 AcA 2 news/alpha.md:7",
		"40 million amount 8 AcA 2 news/alpha.md:5",
		"3 million amount 8 Ac. 1 news/alpha.md:11",
		"Harlow place 5 AcA 2 news/gamma.md:11",
		"Redfern place 5 AcA 2 news/alpha.md:9",
		"Zurich place 5 .A. 1 news/beta.md:15",
		"Mayor Lena Ortiz name 4 AcA 2 news/alpha.md:7",
		"Councillor Tom Baird name 4 AcA 2 news/alpha.md:13",
		"Calder Works name 4 Ac. 1 news/alpha.md:9",
		"Vale name 4 Ac. 1 news/alpha.md:11",
		"Grant Foundation name 4 .A. 1 news/beta.md:15",
		"Tuesday weekday 3 AcA 2 news/alpha.md:5",
	}
	var rows []string
	for _, r := range st.Claims {
		rows = append(rows, fmt.Sprintf("%s %s %d %s %d %s:%d", r.Text, r.Kind, r.Specificity, cells(r.Cells), r.Independent, r.Path, r.Line))
	}
	if !reflect.DeepEqual(rows, wantRows) {
		t.Errorf("matrix rows:\n got %q\nwant %q", rows, wantRows)
	}

	// The bound holds, and a negative bound shows no rows.
	if n := len(Build(c, fs, Options{TopClaims: 3}).Stories[0].Claims); n != 3 {
		t.Errorf("TopClaims 3: %d rows", n)
	}
	if n := len(Build(c, fs, Options{TopClaims: -1}).Stories[0].Claims); n != 0 {
		t.Errorf("TopClaims -1: %d rows", n)
	}
}

// TestConfiguredSourceNames checks that a configured source name is an
// attribution, not a claim: with "Grant Foundation" configured as a
// source, Beta's last sentence keeps only Zurich.
func TestConfiguredSourceNames(t *testing.T) {
	const cfg = "[[sources]]\nname = \"Grant Foundation\"\npaths = [\"nowhere/*\"]\n"
	fs, c := ruletest.RunCorpus(t, cfg, bridge)
	sc := Build(c, fs, Options{Config: ruletest.Config(t, cfg)})
	for _, r := range sc.Stories[0].Claims {
		if r.Text == "Grant Foundation" {
			t.Errorf("configured source name shown as a claim: %+v", r)
		}
	}
	if got := sc.Sources[1]; got.Name != "Beta News" || got.Claims != 6 {
		t.Errorf("Beta News: %+v", rowOf(got))
	}
}

func TestFindingsBySourceAndRule(t *testing.T) {
	_, c := ruletest.RunCorpus(t, "", bridge, "variant")
	f := func(src, rule string, sev finding.Severity) finding.Finding {
		return finding.Finding{Rule: rule, Severity: sev, Location: finding.Location{Source: src, Path: "x", Line: 1}}
	}
	fs := []finding.Finding{
		f("Alpha Daily", "variant", finding.Warning),
		f("Alpha Daily", "variant", finding.Warning),
		f("Alpha Daily", "boilerplate", finding.Note),
		f("Gamma Times", "input", finding.Error),
		f("gone", "input", finding.Error), // a file that is not in the corpus
	}
	sc := Build(c, fs, Options{TopClaims: -1})
	if want := []string{"boilerplate", "input", "variant"}; !reflect.DeepEqual(sc.Rules, want) {
		t.Errorf("rules = %v, want %v", sc.Rules, want)
	}
	got := map[string]string{}
	for _, s := range sc.Sources {
		got[s.Name] = fmt.Sprintf("%v e%d w%d n%d a%d", s.Findings, s.Errors, s.Warnings, s.Notes, s.Articles)
	}
	want := map[string]string{
		"Alpha Daily": "map[boilerplate:1 variant:2] e0 w2 n1 a1",
		"Beta News":   "map[] e0 w0 n0 a1",
		"Delta Sport": "map[] e0 w0 n0 a1",
		"Gamma Times": "map[input:1] e1 w0 n0 a1",
		"gone":        "map[input:1] e1 w0 n0 a0",
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("findings:\n got %v\nwant %v", got, want)
	}
	tot := sc.Totals
	if tot.Findings != 5 || tot.Errors != 2 || tot.Warnings != 2 || tot.Notes != 1 || tot.ByRule["input"] != 2 || tot.Articles != 4 {
		t.Errorf("totals = %+v", tot)
	}
}

// TestSeeds checks the seeds' scorecard (empty configuration).
//
// Checked by hand for 004, the one article that copies nobody: its 15
// claim sentences are lines 1, 2 (two sentences), 3, 4, 5, 7 (three), 8,
// 9 (two), 10 and 11 (two). Five hold a term no other source carries:
// line 3 "Crimea", line 5 "Turkish", line 7 "Special Envoy Keith
// Kellogg", line 9 "Faena Hotel" and "Access Industries", line 11
// "Thanksgiving" — the five claim-unsupported findings on 004. The other
// 10 have every term in 001 or one of its copies (Dmitriev, Miami,
// 28-point, Donbas, NATO, Kushner, Rubio...), and 001's family is
// independent of 004: 10/15. 004 has no quotation marks at all: 0 quotes.
// 002's two quotes (Leavitt's at line 28, Trump's post at line 30) are
// the same words as in 001: 2/2 verbatim. 003's two checked quotes are Rubio's split statement
// at line 21, both altered against 001:49 (the two quote-altered findings
// on 003).
func TestSeeds(t *testing.T) {
	fs, c := ruletest.RunCorpus(t, "", ruletest.Seeds(t))
	sc := Build(c, fs, Options{})
	const wsj = "001_4ba70e73f85718eb"
	want := []row{
		{"000_a49cee94f6fd4863", 1, 21, 21, 7, 2, 0, 0, 0, wsj + ":1:11", ""},
		{wsj, 1, 43, 43, 22, 6, 5, 3, 2, "", "000_a49cee94f6fd4863:1:11,002_223c43aa781d18e4:1:19,003_6d6395574370b149:1:27"},
		{"002_223c43aa781d18e4", 1, 24, 24, 10, 2, 2, 2, 0, wsj + ":1:19", ""},
		{"003_6d6395574370b149", 1, 27, 27, 16, 4, 2, 0, 2, wsj + ":1:27", ""},
		{"004_cfbd965501cddc54", 1, 15, 15, 10, 0, 0, 0, 0, "", ""},
	}
	var got []row
	for _, s := range sc.Sources {
		got = append(got, rowOf(s))
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("sources:\n got %+v\nwant %+v", got, want)
	}
	if sc.Sources[0].Short != "000" {
		t.Errorf("short name %q, want 000", sc.Sources[0].Short)
	}
	// Findings are counted, not judged: the per-source counts add up to
	// the findings the rules returned.
	n := 0
	for _, s := range sc.Sources {
		for _, k := range s.Findings {
			n += k
		}
	}
	if n != len(fs) || sc.Totals.Findings != len(fs) || len(fs) == 0 {
		t.Errorf("counted %d findings (totals %d), rules returned %d", n, sc.Totals.Findings, len(fs))
	}
	if len(sc.Stories) != 1 {
		t.Fatalf("%d stories, want 1", len(sc.Stories))
	}
	st := sc.Stories[0]
	var top []string
	for _, r := range st.Claims[:3] {
		top = append(top, fmt.Sprintf("%s %s %s", r.Text, r.Kind, cells(r.Cells)))
	}
	// Thanksgiving is 004's alone; Halloween is 001's, repeated by its
	// three copies; November 18 is in 001, and in 000 and 003 copying it.
	if want := []string{"Thanksgiving deadline ....A", "Halloween holiday cAcc.", "November 18 date cA.c."}; !reflect.DeepEqual(top, want) {
		t.Errorf("top rows = %q, want %q", top, want)
	}
}
