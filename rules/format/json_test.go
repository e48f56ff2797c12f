package format

import (
	"bytes"
	"encoding/json"
	"testing"

	"github.com/srclint/srclint/rules/finding"
)

// referenceJSON is the JSON report as encoding/json writes it: the bytes
// the hand-written encoder must reproduce.
func referenceJSON(t *testing.T, r *Report) []byte {
	t.Helper()
	out := jsonReport{Version: 1, Findings: []jsonFinding{}, Files: r.Files, Sources: r.Sources, Hidden: r.Hidden}
	if out.Sources == nil {
		out.Sources = []string{}
	}
	for _, f := range r.Findings {
		jf := jsonFinding{
			Rule: f.Rule, Severity: f.Severity.String(), Path: f.Path,
			Line: int(f.Line), Column: int(f.Column), EndLine: int(f.EndLine), EndColumn: int(f.EndColumn),
			Offset: int(f.Offset), EndOffset: int(f.EndOffset), Text: f.Text, Message: f.Message,
			Source: f.Source, Fingerprint: f.Fingerprint, Related: []jsonRelated{},
		}
		for _, rl := range f.Related {
			jf.Related = append(jf.Related, jsonRelated{rl.Path, int(rl.Line), int(rl.Column), int(rl.EndLine), int(rl.EndColumn), rl.Text, rl.Message})
		}
		out.Findings = append(out.Findings, jf)
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(out); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestJSONMatchesEncodingJSON(t *testing.T) {
	tricky := []string{
		"", "plain", `quote " and \ backslash`, "tab\tnew\nline\rcr\bbs\fff", "\x00\x01\x1f\x7f",
		"<html> & 'apostrophes'", "Zelenskyy’s “quote” — dash", "\u2028line\u2029para", "bad \xff\xfe utf8 \xe2\x82",
		"emoji 🇺🇦 and ÿ", "\ufffd",
	}
	cases := map[string]*Report{
		"empty":  {},
		"hidden": {Files: 3, Sources: []string{"A"}, Hidden: 2},
		"bench":  benchReport(7),
		// More findings than one window of chunks on 16 goroutines.
		"windows": benchReport(2*16*streamChunk + 3),
	}
	r := &Report{Files: 2, Sources: tricky}
	for i, s := range tricky {
		f := finding.Finding{Rule: "variant", Severity: finding.Warning, Message: s,
			Location: loc("/repo/"+s, s, i+1, 2, i+1, 9, 0, 4, s), Fingerprint: s}
		if i%2 == 0 {
			rel := loc("/repo/b", "B", 1, 1, 1, 2, 0, 1, s)
			rel.Message = s
			f.Related = append(f.Related, rel, rel)
		}
		r.Findings = append(r.Findings, f)
	}
	cases["tricky"] = r
	for name, rep := range cases {
		t.Run(name, func(t *testing.T) {
			want := referenceJSON(t, rep)
			for _, jobs := range []int{1, 2, 16} {
				var got bytes.Buffer
				if err := (JSON{Jobs: jobs}).Format(&got, rep); err != nil {
					t.Fatal(err)
				}
				if !bytes.Equal(got.Bytes(), want) {
					t.Fatalf("Jobs %d: JSON differs from encoding/json:\ngot:\n%s\nwant:\n%s", jobs, got.Bytes(), want)
				}
			}
		})
	}
}

func FuzzJSONString(f *testing.F) {
	for _, s := range []string{"", "a\"b", "\x00", "\u2028", "\xff", "ÿ"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var buf bytes.Buffer
		enc := json.NewEncoder(&buf)
		enc.SetEscapeHTML(false)
		if err := enc.Encode(s); err != nil {
			t.Fatal(err)
		}
		want := bytes.TrimSuffix(buf.Bytes(), []byte("\n"))
		if got := appendJSONString(nil, s); !bytes.Equal(got, want) {
			t.Errorf("appendJSONString(%q) = %s, want %s", s, got, want)
		}
	})
}
