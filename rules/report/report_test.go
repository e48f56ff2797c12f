package report

import (
	"bytes"
	"encoding/json"
	"regexp"
	"strings"
	"testing"

	"github.com/srclint/srclint/rules/finding"
	"github.com/srclint/srclint/rules/scorecard"
)

// sample is a small hand-made report whose names need escaping in every
// format.
func sample() *Report {
	evil := `Ev|l <b>"News"</b> & *Co*`
	sc := &scorecard.Scorecard{
		Sources: []scorecard.Source{
			{Name: "Alpha", Short: "Alpha", Articles: 2, Claims: 10, Comparable: 8, Corroborated: 6, Quotes: 3, Matched: 2, Verbatim: 1, Altered: 1,
				Findings: map[string]int{"variant": 2}, Warnings: 2,
				CopiedBy: []scorecard.Copy{{Source: evil, Articles: 1, Sentences: 4}}},
			{Name: evil, Short: evil, Articles: 1, Claims: 3, Findings: map[string]int{"boilerplate": 1}, Notes: 1,
				CopiedFrom: []scorecard.Copy{{Source: "Alpha", Articles: 1, Sentences: 4}}},
		},
		Rules: []string{"boilerplate", "variant"},
		Stories: []scorecard.Story{{
			Name: "bridge <vote>", Articles: []string{"a/1.md", "a/2.md", "b/1.md"}, Sources: []string{"Alpha", evil}, Terms: 7,
			Claims: []scorecard.Claim{
				{Text: "by <March>", Kind: "deadline", Specificity: 9, Path: "a/1.md", Line: 3, Cells: []scorecard.Cell{scorecard.Original, scorecard.Copied}, Independent: 1},
				{Text: "Zurich", Kind: "place", Specificity: 5, Path: "b/1.md", Line: 9, Cells: []scorecard.Cell{scorecard.Absent, scorecard.Original}, Independent: 1},
			},
		}},
		Edges: []scorecard.Edge{{Derived: "b/1.md", DerivedSource: evil, Source: "a/1.md", SourceSource: "Alpha", Matched: 4, Sentences: 5, Line: 2, SourceLine: 1}},
		Links: []scorecard.Link{{From: evil, To: "Alpha", Articles: 1, Sentences: 4}},
		Totals: scorecard.Totals{Articles: 3, Claims: 13, Comparable: 8, Corroborated: 6, Quotes: 3, Matched: 2, Verbatim: 1, Altered: 1,
			Findings: 3, Warnings: 2, Notes: 1, ByRule: map[string]int{"variant": 2, "boilerplate": 1}},
	}
	loc := func(path, src string, line int) finding.Location {
		return finding.Location{Path: path, Source: src, Line: int32(line), Column: 1}
	}
	return &Report{Scorecard: sc, Files: 3, Version: "test", Findings: []finding.Finding{
		{Rule: "variant", Severity: finding.Warning, Message: `"Kiev" is a variant of "Kyiv"`, Location: loc("a/1.md", "Alpha", 4)},
		{Rule: "variant", Severity: finding.Warning, Message: "x", Location: loc("a/2 #draft.md", "Alpha", 7)},
		{Rule: "boilerplate", Severity: finding.Note, Message: "<script>alert(1)</script>", Location: loc("b/1.md", evil, 12)},
	}}
}

func write(t *testing.T, name string, opts Options, r *Report) string {
	t.Helper()
	w, err := New(name, opts)
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := w.Write(&buf, r); err != nil {
		t.Fatal(err)
	}
	return buf.String()
}

func TestText(t *testing.T) {
	got := write(t, "text", Options{}, sample())
	want := `SOURCE                     ARTICLES  CLAIMS  CORROBORATED  QUOTES  VERBATIM   FINDINGS  COPIED FROM
Alpha                      2         10      6/8 (75%)     3       1/2 (50%)  2         –
Ev|l <b>"News"</b> & *Co*  1         3       –             0       –          1         Alpha (1 article, 4 sentences)
TOTAL                      3         13      6/8 (75%)     3       1/2 (50%)  3
`
	if !strings.HasPrefix(got, want) {
		t.Errorf("text scorecard:\n%s\nwant prefix:\n%s", got, want)
	}
	for _, line := range []string{
		"Alpha                      0            2        2",
		`Ev|l <b>"News"</b> & *Co* (b/1.md:2)  Alpha (a/1.md:1)  4/5 (80%)`,
		"Story bridge <vote>: 2 sources, 3 articles; the 2 most specific of 7 claim terms",
		"by <March>  deadline  ●      ○                          1",
		"Zurich      place     ·      ●                          1",
		"2 sources, 3 articles, 3 findings in 3 files",
	} {
		if !strings.Contains(got, line+"\n") {
			t.Errorf("text report lacks the line %q:\n%s", line, got)
		}
	}
}

func TestJSON(t *testing.T) {
	got := write(t, "json", Options{}, sample())
	var doc struct {
		Schema  string
		Version int
		Sources []struct {
			Name   string
			Claims struct {
				Total, Comparable, Corroborated int
				Share                           *float64
			}
			Quotes struct {
				Share *float64
			}
		}
		Stories []struct {
			Claims []struct {
				Text      string
				CarriedBy map[string]string `json:"carried_by"`
			}
		}
	}
	if err := json.Unmarshal([]byte(got), &doc); err != nil {
		t.Fatalf("invalid JSON: %v\n%s", err, got)
	}
	if doc.Schema != "srclint-report" || doc.Version != SchemaVersion {
		t.Errorf("schema %q version %d", doc.Schema, doc.Version)
	}
	a, e := doc.Sources[0], doc.Sources[1]
	if a.Claims.Share == nil || *a.Claims.Share != 0.75 || a.Quotes.Share == nil || *a.Quotes.Share != 0.5 {
		t.Errorf("Alpha shares: %+v", a)
	}
	if e.Claims.Share != nil || e.Quotes.Share != nil || e.Claims.Total != 3 {
		t.Errorf("shares without a denominator must be null: %+v", e)
	}
	if cb := doc.Stories[0].Claims[1].CarriedBy; len(cb) != 1 || cb[`Ev|l <b>"News"</b> & *Co*`] != "original" {
		t.Errorf("carried_by = %v", cb)
	}
}

func TestMarkdown(t *testing.T) {
	got := write(t, "markdown", Options{}, sample())
	for _, line := range []string{
		`| Alpha | 2 | 10 | 6/8 (75%) | 3 | 1/2 (50%) | 2 | – |`,
		`| Ev\|l &lt;b&gt;"News"&lt;/b&gt; &amp; \*Co\* | 1 | 3 | – | 0 | – | 1 | Alpha (1 article, 4 sentences) |`,
		"<details><summary>Story bridge &lt;vote&gt;: which source carries which claim (2 of 7 claim terms)</summary>",
		`| by &lt;March&gt; | deadline | ● | ○ | 1 |`,
		`| Zurich | place |  | ● | 1 |`,
	} {
		if !strings.Contains(got, line+"\n") {
			t.Errorf("markdown lacks the line %q:\n%s", line, got)
		}
	}
	// Every table row has as many cells as its header.
	for _, block := range strings.Split(got, "\n\n") {
		var want int
		for _, l := range strings.Split(block, "\n") {
			if !strings.HasPrefix(l, "|") {
				continue
			}
			n := len(regexp.MustCompile(`(^|[^\\])\|`).FindAllString(l, -1)) - 1
			if want == 0 {
				want = n
			} else if n != want {
				t.Errorf("row has %d cells, header %d: %s", n, want, l)
			}
		}
	}
}

func TestHTML(t *testing.T) {
	got := write(t, "html", Options{LinkBase: "../"}, sample())
	for _, s := range []string{
		`<table id="scorecard">`, `<table id="findings-by-rule">`, `<svg id="provenance-graph"`, `<table id="provenance">`,
		`<table class="matrix" id="matrix-1" data-story="bridge &lt;vote&gt;">`, `<table id="findings">`,
		`<td class="n" data-field="corroborated" data-n="6" data-of="8">6/8 (75%)</td>`,
		`<a href="../a/1.md#L4">a/1.md:4:1</a>`,
		`<a href="../a/2%20%23draft.md#L7">a/2 #draft.md:7:1</a>`,
		`&lt;script&gt;alert(1)&lt;/script&gt;`,
		`<tr data-source="Ev|l &lt;b&gt;&#34;News&#34;&lt;/b&gt; &amp; *Co*">`,
		`<g class="arrow" data-from="Ev|l &lt;b&gt;&#34;News&#34;&lt;/b&gt; &amp; *Co*" data-to="Alpha">`,
	} {
		if !strings.Contains(got, s) {
			t.Errorf("html lacks %s", s)
		}
	}
	// Self-contained: no script, no stylesheet link, no external resource.
	for _, bad := range []string{"<script", "<link", " src=", "@import", "https://", "http://www.example"} {
		if strings.Contains(got, bad) {
			t.Errorf("html contains %q", bad)
		}
	}
	if n := strings.Count(got, "http://"); n != 1 || !strings.Contains(got, `xmlns="http://www.w3.org/2000/svg"`) {
		t.Errorf("the only URL must be the SVG namespace; found %d", n)
	}
	if n := strings.Count(got, "<tr data-rule="); n != 3 {
		t.Errorf("%d finding rows, want 3", n)
	}
}

func TestHrefAbsoluteAndColon(t *testing.T) {
	h := HTML{LinkBase: "../"}
	for in, want := range map[string]string{
		"/abs/a.md": "/abs/a.md#L3",
		"c:x.md":    "../c:x.md#L3",
		"a b/c.md":  "../a%20b/c.md#L3",
	} {
		if got := h.href(in, 3); got != want {
			t.Errorf("href(%q) = %q, want %q", in, got, want)
		}
	}
	if got := (HTML{}).href("c:x.md", 1); got != "./c:x.md#L1" {
		t.Errorf("href without base = %q", got)
	}
}

func TestNew(t *testing.T) {
	if _, err := New("sarif", Options{}); err == nil || err.Error() != `unknown report format "sarif" (want one of [html json markdown text])` {
		t.Errorf("New(sarif) error = %v", err)
	}
}
