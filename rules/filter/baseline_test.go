package filter

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/srclint/srclint/rules/finding"
)

func fp(path, rule, text, print string) finding.Finding {
	return finding.Finding{Rule: rule, Fingerprint: print, Location: finding.Location{Path: path, Text: text}}
}

func TestBaselineRoundTrip(t *testing.T) {
	fs := []finding.Finding{
		fp("b.txt", "variant", "Kiev", "f3"),
		fp("a.txt", "variant", "Kiev", "f2"),
		fp("a.txt", "boilerplate", "CLOSE", "f1"),
		fp("a.txt", "variant", "Kiev", "f2"), // the same finding twice
		fp("a.txt", "variant", "Donbass", "f4"),
	}
	b := NewBaseline(fs)
	data, err := b.Marshal()
	if err != nil {
		t.Fatal(err)
	}
	want := `{
  "version": 1,
  "findings": [
    {
      "fingerprint": "f1",
      "rule": "boilerplate",
      "path": "a.txt",
      "text": "CLOSE"
    },
    {
      "fingerprint": "f4",
      "rule": "variant",
      "path": "a.txt",
      "text": "Donbass"
    },
    {
      "fingerprint": "f2",
      "rule": "variant",
      "path": "a.txt",
      "text": "Kiev"
    },
    {
      "fingerprint": "f3",
      "rule": "variant",
      "path": "b.txt",
      "text": "Kiev"
    }
  ]
}
`
	if string(data) != want {
		t.Errorf("baseline:\n%s\nwant:\n%s", data, want)
	}
	file := filepath.Join(t.TempDir(), BaselineFile)
	if err := WriteBaseline(file, b); err != nil {
		t.Fatal(err)
	}
	read, err := ReadBaseline(file)
	if err != nil {
		t.Fatal(err)
	}
	h := NewHideBaselined(read)
	out, err := Apply([]finding.Finding{fp("a.txt", "variant", "Kiev", "f2"), fp("c.txt", "variant", "Kiev", "new"), fp("b.txt", "variant", "Kiev", "f3")}, h)
	if err != nil {
		t.Fatal(err)
	}
	if len(out) != 1 || out[0].Fingerprint != "new" || h.Hidden() != 2 {
		t.Errorf("kept %+v, hidden %d; want only the new finding and 2 hidden", out, h.Hidden())
	}
}

func TestReadBaselineErrors(t *testing.T) {
	dir := t.TempDir()
	write := func(name, content string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	tests := []struct {
		file string
		want string
	}{
		{filepath.Join(dir, "missing.json"), "cannot read baseline: open " + filepath.Join(dir, "missing.json") + ": no such file or directory"},
		{write("v2.json", `{"version": 2, "findings": []}`), "has version 2; this srclint reads version 1"},
		{write("other.json", `{"version": 1, "results": []}`), `is not a srclint baseline: json: unknown field "results"`},
		{write("bad.json", `[1, 2]`), "is not a srclint baseline"},
	}
	for _, tt := range tests {
		_, err := ReadBaseline(tt.file)
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s: error %v, want it to contain %q", filepath.Base(tt.file), err, tt.want)
		}
	}
}
