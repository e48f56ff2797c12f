package format

import (
	"bytes"
	"encoding/json"
	"reflect"
	"strings"
	"testing"

	"github.com/srclint/srclint/rules"
	"github.com/srclint/srclint/rules/finding"
)

// loc builds a location; offsets are UTF-16 offsets into the file.
func loc(abs, src string, line, col, endLine, endCol, off16, end16 int, text string) finding.Location {
	return finding.Location{
		Path: strings.TrimPrefix(abs, "/repo/"), AbsPath: abs, Source: src,
		Line: int32(line), Column: int32(col), Column16: int32(col), EndLine: int32(endLine), EndColumn: int32(endCol), EndColumn16: int32(endCol),
		Offset16: int32(off16), EndOffset16: int32(end16), Text: text,
	}
}

func decodeJSON(t *testing.T, data []byte) map[string]any {
	t.Helper()
	var m map[string]any
	if err := json.Unmarshal(data, &m); err != nil {
		t.Fatalf("invalid JSON: %v\n%s", err, data)
	}
	return m
}

func TestSARIFDocument(t *testing.T) {
	variant := rules.Meta{ID: "variant", Name: "SpellingVariant", Short: "A spelling differs", Full: "Full text.",
		Help: "Help with `example`.", Tags: []string{"names"}, Severity: finding.Warning}
	f := finding.Finding{
		Rule: "variant", Severity: finding.Error, Message: `"Kiev" is a variant of "Kyiv" [sic]`,
		Location:    loc("/repo/news/a b.txt", "000_aaa", 2, 6, 2, 10, 20, 24, "Kiev"),
		Fingerprint: "fp1", LineText: "Also Kiev today.",
		Related: []finding.Location{
			func() finding.Location {
				l := loc("/repo/news/001.txt", "001_bbb", 3, 5, 3, 9, 40, 44, "Kyiv")
				l.Message = `001 writes "Kyiv"`
				return l
			}(),
		},
	}
	r := &Report{Findings: []finding.Finding{f}, Files: 2, Sources: []string{"000_aaa", "001_bbb"},
		Rules: []rules.Meta{variant}, Root: "/repo", Version: "1.2.3", Category: "srclint"}
	var buf bytes.Buffer
	if err := (SARIF{MaxResults: MaxSARIFResults}).Format(&buf, r); err != nil {
		t.Fatal(err)
	}
	got := decodeJSON(t, buf.Bytes())
	want := decodeJSON(t, []byte(`{
  "$schema": "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json",
  "version": "2.1.0",
  "runs": [{
    "tool": {"driver": {
      "name": "srclint", "version": "1.2.3", "semanticVersion": "1.2.3",
      "informationUri": "https://github.com/srclint/srclint",
      "rules": [{
        "id": "variant", "name": "SpellingVariant",
        "shortDescription": {"text": "A spelling differs."},
        "fullDescription": {"text": "Full text."},
        "help": {"text": "Help with `+"`example`"+`.", "markdown": "Help with `+"`example`"+`."},
        "defaultConfiguration": {"level": "warning"},
        "properties": {"tags": ["names"]}
      }]
    }},
    "automationDetails": {"id": "srclint/"},
    "originalUriBaseIds": {"%SRCROOT%": {"uri": "file:///repo/"}},
    "columnKind": "utf16CodeUnits",
    "results": [{
      "ruleId": "variant", "ruleIndex": 0, "level": "error",
      "message": {"text": "\"Kiev\" is a variant of \"Kyiv\" \\[sic\\]. See [001:3:5](1) (\"Kyiv\")."},
      "locations": [{"physicalLocation": {
        "artifactLocation": {"uri": "news/a%20b.txt", "uriBaseId": "%SRCROOT%"},
        "region": {"startLine": 2, "startColumn": 6, "endLine": 2, "endColumn": 10, "charOffset": 20, "charLength": 4, "snippet": {"text": "Kiev"}},
        "contextRegion": {"startLine": 2, "startColumn": 1, "endLine": 2, "endColumn": 17, "charOffset": 15, "charLength": 16, "snippet": {"text": "Also Kiev today."}}
      }}],
      "relatedLocations": [{
        "id": 1,
        "physicalLocation": {
          "artifactLocation": {"uri": "news/001.txt", "uriBaseId": "%SRCROOT%"},
          "region": {"startLine": 3, "startColumn": 5, "endLine": 3, "endColumn": 9, "charOffset": 40, "charLength": 4, "snippet": {"text": "Kyiv"}}
        },
        "message": {"text": "001 writes \"Kyiv\"."}
      }],
      "partialFingerprints": {"srclintFingerprint/v1": "fp1"}
    }]
  }]
}`))
	if !reflect.DeepEqual(got, want) {
		g, _ := json.MarshalIndent(got, "", "  ")
		t.Errorf("SARIF differs; got:\n%s", g)
	}
}

func TestSARIFDescribesUnknownRules(t *testing.T) {
	r := &Report{Findings: []finding.Finding{{Rule: "custom-x", Severity: finding.Note, Message: "m",
		Location: loc("/repo/a.txt", "a", 1, 1, 1, 2, 0, 1, "x")}}, Root: "/repo"}
	var buf bytes.Buffer
	if err := (SARIF{}).Format(&buf, r); err != nil {
		t.Fatal(err)
	}
	var log sarifLog
	if err := json.Unmarshal(buf.Bytes(), &log); err != nil {
		t.Fatal(err)
	}
	run := log.Runs[0]
	if len(run.Tool.Driver.Rules) != 1 || run.Tool.Driver.Rules[0].ID != "custom-x" || run.Results[0].RuleIndex != 0 {
		t.Errorf("rules = %+v, result = %+v", run.Tool.Driver.Rules, run.Results[0])
	}
	if run.AutomationDetails != nil {
		t.Errorf("automationDetails without a category: %+v", run.AutomationDetails)
	}
}

func TestSARIFEmptyReportHasResultsArray(t *testing.T) {
	var buf bytes.Buffer
	if err := (SARIF{}).Format(&buf, &Report{Root: "/repo"}); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(buf.String(), `"results": []`) || !strings.Contains(buf.String(), `"rules": []`) {
		t.Errorf("empty report:\n%s", buf.String())
	}
}

func TestResultMessage(t *testing.T) {
	short := shortNames([]string{"000_a", "001_b", "002_c", "Reuters"})
	rel := func(src string, line, col int, text string) finding.Location {
		return finding.Location{Source: src, Line: int32(line), Column: int32(col), Text: text}
	}
	many := make([]finding.Location, 12)
	for i := range many {
		many[i] = rel("001_b", i+1, 1, "x")
	}
	tests := []struct {
		name    string
		msg     string
		related []finding.Location
		want    string
	}{
		{"no related", "Plain message", nil, "Plain message."},
		{"named with column becomes a link", `Quote differs from 001:49:37 ("The proposal")`,
			[]finding.Location{rel("001_b", 49, 37, "The proposal")},
			`Quote differs from [001:49:37](1) ("The proposal").`},
		{"named by line becomes a link", "Paraphrase of 001:9 presented as a quote.",
			[]finding.Location{rel("001_b", 9, 42, "good faith")},
			"Paraphrase of [001:9](1) presented as a quote."},
		{"a longer reference is not a mention", "See 001:49:370 instead",
			[]finding.Location{rel("001_b", 49, 37, "x")},
			`See 001:49:370 instead. See [001:49:37](1) ("x").`},
		{"unnamed evidence is appended, full source names kept", `"Kiev" is a variant of "Kyiv" (used by 000, Reuters)`,
			[]finding.Location{rel("000_a", 20, 254, "Kyiv"), rel("Reuters", 3, 1, "“Kyiv,”")},
			`"Kiev" is a variant of "Kyiv" (used by 000, Reuters). See [000:20:254](1) ("Kyiv"), [Reuters:3:1](2) ("Kyiv").`},
		{"literal brackets are escaped", "A [bracketed] word",
			[]finding.Location{rel("002_c", 1, 2, "[x]")},
			`A \[bracketed\] word. See [002:1:2](1) ("\[x\]").`},
		{"duplicate evidence is named once", "Copied",
			[]finding.Location{rel("001_b", 13, 142, "They brought him"), rel("001_b", 13, 142, "They brought him")},
			`Copied. See [001:13:142](1) ("They brought him").`},
		{"long lists are cut", "Many", many,
			`Many. See [001:1:1](1) ("x"), [001:2:1](2) ("x"), [001:3:1](3) ("x"), [001:4:1](4) ("x"), [001:5:1](5) ("x"), [001:6:1](6) ("x"), [001:7:1](7) ("x"), [001:8:1](8) ("x"), [001:9:1](9) ("x"), [001:10:1](10) ("x") and 2 more.`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := resultMessage(tt.msg, tt.related, short); got != tt.want {
				t.Errorf("got  %s\nwant %s", got, tt.want)
			}
		})
	}
}

func TestQuoteTextShortens(t *testing.T) {
	long := strings.Repeat("word ", 30)
	got := quoteText("“" + long + "”")
	if n := len([]rune(got)); n != maxQuoted || !strings.HasSuffix(got, "…") || strings.HasPrefix(got, "“") {
		t.Errorf("quoteText = %q (%d runes)", got, n)
	}
	if got := quoteText("  two\u202flines\nhere, "); got != "two lines here" {
		t.Errorf("quoteText = %q", got)
	}
}

func TestSARIFCapKeepsMostSevere(t *testing.T) {
	mk := func(line int, sev finding.Severity) finding.Finding {
		return finding.Finding{Rule: "r", Severity: sev, Message: "m", Location: loc("/repo/a.txt", "a", line, 1, line, 2, 0, 1, "x")}
	}
	fs := []finding.Finding{mk(1, finding.Note), mk(2, finding.Warning), mk(3, finding.Error), mk(4, finding.Warning), mk(5, finding.Note)}
	var warned []string
	s := SARIF{MaxResults: 2, Warn: func(m string) { warned = append(warned, m) }}
	var buf bytes.Buffer
	if err := s.Format(&buf, &Report{Findings: fs, Root: "/repo"}); err != nil {
		t.Fatal(err)
	}
	var log sarifLog
	if err := json.Unmarshal(buf.Bytes(), &log); err != nil {
		t.Fatal(err)
	}
	var lines []int
	for _, r := range log.Runs[0].Results {
		lines = append(lines, r.Locations[0].PhysicalLocation.Region.StartLine)
	}
	if !reflect.DeepEqual(lines, []int{2, 3}) {
		t.Errorf("kept lines %v, want [2 3] (the error and the first warning, in report order)", lines)
	}
	want := "SARIF: 5 results exceed GitHub's limit of 2 per run; kept the 2 most severe and left out 3 (0 errors, 1 warnings, 2 notes)"
	if len(warned) != 1 || warned[0] != want {
		t.Errorf("warnings = %q\nwant %q", warned, want)
	}
	warned = nil
	if got := (SARIF{MaxResults: 5, Warn: s.Warn}).capped(fs); len(got) != 5 || warned != nil {
		t.Errorf("at the limit: %d results, warnings %q", len(got), warned)
	}
}

func TestURIs(t *testing.T) {
	tests := []struct{ got, want string }{
		{escapeURIPath("news/a b#1%.txt"), "news/a%20b%231%25.txt"},
		{escapeURIPath("Київ/ä:x.md"), "%D0%9A%D0%B8%D1%97%D0%B2/%C3%A4%3Ax.md"},
		{rootURI("/work/main"), "file:///work/main/"},
		{rootURI("/"), "file:///"},
		{fileURI(`C:/Users/x y/a.txt`), "file:///C:/Users/x%20y/a.txt"},
		{automationID("srclint"), "srclint/"},
		{automationID("news/daily"), "news/daily"},
	}
	for _, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("got %q, want %q", tt.got, tt.want)
		}
	}
}

func TestArtifactLocationOutsideRoot(t *testing.T) {
	l := loc("/elsewhere/a.txt", "a", 1, 1, 1, 2, 0, 1, "x")
	got := artifactLocation(&l, "/repo")
	if got.URI != "file:///elsewhere/a.txt" || got.URIBaseID != "" {
		t.Errorf("outside the root: %+v", got)
	}
	l = loc("/repo/sub/a.txt", "a", 1, 1, 1, 2, 0, 1, "x")
	if got := artifactLocation(&l, "/repo"); got.URI != "sub/a.txt" || got.URIBaseID != SRCROOT {
		t.Errorf("inside the root: %+v", got)
	}
}

func TestContextRegion(t *testing.T) {
	f := finding.Finding{Location: loc("/repo/a.txt", "a", 3, 1, 3, 9, 10, 18, "The line"), LineText: "The line"}
	if got := contextRegion(&f); got != nil {
		t.Errorf("a whole-line region got a context region %+v", got)
	}
	f.EndColumn16, f.EndLine = 4, 3
	if got := contextRegion(&f); got == nil || got.CharOffset != 10 || got.CharLength != 8 || got.EndColumn != 9 {
		t.Errorf("context region = %+v", got)
	}
	f.EndLine = 4
	if got := contextRegion(&f); got != nil {
		t.Errorf("a multi-line region got a context region %+v", got)
	}
}

// benchResults is past GitHub's cap, so the severity selection runs too.
const benchResults = 30000

// BenchmarkSARIF formats benchResults findings with related locations.
func BenchmarkSARIF(b *testing.B) {
	sources := []string{"000_a", "001_b", "002_c"}
	r := &Report{Root: "/repo", Sources: sources, Category: "srclint"}
	for i := 0; i < benchResults; i++ {
		f := finding.Finding{
			Rule: "variant", Severity: finding.Severity(i%3 + 1), Message: `"Kiev" is a variant of "Kyiv" (preferred; used by 001, 002)`,
			Location: loc("/repo/news/a.txt", "000_a", i+1, 5, i+1, 9, i*20, i*20+4, "Kiev"), LineText: "Yes Kiev and more text.",
			Fingerprint: "fp",
		}
		for j, s := range sources[1:] {
			f.Related = append(f.Related, loc("/repo/news/b.txt", s, j+1, 3, j+1, 7, 2, 6, "Kyiv"))
		}
		r.Findings = append(r.Findings, f)
	}
	s := SARIF{MaxResults: MaxSARIFResults, Warn: func(string) {}}
	var buf bytes.Buffer
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		buf.Reset()
		if err := s.Format(&buf, r); err != nil {
			b.Fatal(err)
		}
	}
}
