package main

import (
	"encoding/json"
	"flag"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"unicode/utf16"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden")

// repoRoot is the repository's root folder (tests run in cmd/srclint).
func repoRoot(t *testing.T) string {
	t.Helper()
	root, err := filepath.Abs(filepath.Join("..", ".."))
	if err != nil {
		t.Fatal(err)
	}
	return root
}

// srcrootURI matches the machine-specific absolute URI of %SRCROOT%.
var srcrootURI = regexp.MustCompile(`("%SRCROOT%": \{\s*"uri": ")file://[^"]*(")`)

// TestGoldenSeeds runs the CLI on the seeds in every format and compares
// the output with testdata/golden/seeds.*. Regenerate them with
// `go test ./cmd/srclint -update`.
func TestGoldenSeeds(t *testing.T) {
	root := repoRoot(t)
	tests := []struct {
		golden string
		args   []string
	}{
		{"seeds.txt", []string{"fixtures/seeds"}},
		{"seeds.json", []string{"--format", "json", "fixtures/seeds"}},
		{"seeds.sarif", []string{"--format", "sarif", "--root", root, "fixtures/seeds"}},
		{"seeds.github", []string{"--format", "github", "--root", root, "fixtures/seeds"}},
	}
	for _, tt := range tests {
		t.Run(tt.golden, func(t *testing.T) {
			code, out, errOut := runIn(t, root, tt.args...)
			if code != exitFindings || errOut != "" {
				t.Fatalf("exit %d, stderr %q; want exit 1 and no stderr", code, errOut)
			}
			out = srcrootURI.ReplaceAllString(out, "${1}file:///SRCROOT/${2}")
			checkGolden(t, tt.golden, out)
		})
	}
}

// checkGolden compares out with testdata/golden/name, or rewrites the file
// under -update.
func checkGolden(t *testing.T, name, out string) {
	t.Helper()
	file := filepath.Join("testdata", "golden", name)
	if *update {
		if err := os.MkdirAll(filepath.Dir(file), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(file, []byte(out), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(file)
	if err != nil {
		t.Fatalf("%v (create it with go test ./cmd/srclint -update)", err)
	}
	if out != string(want) {
		t.Errorf("output differs from %s (run go test ./cmd/srclint -update and review the diff):\n%s", file, firstDiff(string(want), out))
	}
}

// firstDiff shows the first line where two outputs differ.
func firstDiff(want, got string) string {
	wl, gl := strings.Split(want, "\n"), strings.Split(got, "\n")
	for i := 0; i < len(wl) || i < len(gl); i++ {
		var w, g string
		if i < len(wl) {
			w = wl[i]
		}
		if i < len(gl) {
			g = gl[i]
		}
		if w != g {
			return "line " + itoa(i+1) + ":\n  want: " + w + "\n  got:  " + g
		}
	}
	return "(no difference)"
}

func itoa(n int) string {
	b, _ := json.Marshal(n)
	return string(b)
}

// sarifRegion and friends decode what the UTF-16 check needs.
type sarifRegion struct {
	StartLine, StartColumn, EndLine, EndColumn int
	CharOffset, CharLength                     int
	Snippet                                    *struct{ Text string }
}

type sarifPhys struct {
	ArtifactLocation struct{ URI, URIBaseID string }
	Region           sarifRegion
	ContextRegion    *sarifRegion
}

type sarifDoc struct {
	Runs []struct {
		ColumnKind string
		Results    []struct {
			RuleID           string
			Message          struct{ Text string }
			Locations        []struct{ PhysicalLocation sarifPhys }
			RelatedLocations []struct {
				ID               int
				PhysicalLocation sarifPhys
			}
			PartialFingerprints map[string]string
		}
	}
}

// utf16File is a file's text as UTF-16 with the offset of every line.
type utf16File struct {
	units      []uint16
	lineStarts []int
}

func readUTF16(t *testing.T, path string) *utf16File {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	text := strings.TrimPrefix(string(data), "\uFEFF")
	f := &utf16File{units: utf16.Encode([]rune(text)), lineStarts: []int{0}}
	for i := 0; i < len(f.units); i++ {
		switch f.units[i] {
		case '\n':
			f.lineStarts = append(f.lineStarts, i+1)
		case '\r':
			if i+1 < len(f.units) && f.units[i+1] == '\n' {
				i++
			}
			f.lineStarts = append(f.lineStarts, i+1)
		}
	}
	return f
}

// offset converts a 1-based line and UTF-16 column into a file offset.
func (f *utf16File) offset(line, col int) int { return f.lineStarts[line-1] + col - 1 }

// checkRegion checks that a region's line/column span, its char offsets
// and its snippet all cover the same UTF-16 text. It reports whether the
// start line holds non-ASCII text before the region (where UTF-16 columns
// differ from byte columns).
func checkRegion(t *testing.T, what string, f *utf16File, r sarifRegion) bool {
	t.Helper()
	if r.Snippet == nil {
		if r.CharLength != 0 {
			t.Errorf("%s: no snippet for a region of %d units", what, r.CharLength)
		}
		return false
	}
	if r.StartLine < 1 || r.EndLine > len(f.lineStarts) || r.StartLine > r.EndLine {
		t.Errorf("%s: lines %d-%d outside the file", what, r.StartLine, r.EndLine)
		return false
	}
	start, end := f.offset(r.StartLine, r.StartColumn), f.offset(r.EndLine, r.EndColumn)
	want := string(utf16.Decode(f.units[start:end]))
	if want != r.Snippet.Text {
		t.Errorf("%s: text at %d:%d-%d:%d is %q, snippet is %q", what, r.StartLine, r.StartColumn, r.EndLine, r.EndColumn, want, r.Snippet.Text)
	}
	if r.StartLine == r.EndLine {
		line := f.units[f.lineStarts[r.StartLine-1]:]
		if got := string(utf16.Decode(line[r.StartColumn-1 : r.EndColumn-1])); got != r.Snippet.Text {
			t.Errorf("%s: line %d columns %d..%d hold %q, snippet is %q", what, r.StartLine, r.StartColumn, r.EndColumn, got, r.Snippet.Text)
		}
	}
	if r.CharOffset != start || r.CharLength != end-start {
		t.Errorf("%s: charOffset/charLength %d/%d, want %d/%d", what, r.CharOffset, r.CharLength, start, end-start)
	}
	for _, u := range f.units[f.lineStarts[r.StartLine-1]:start] {
		if u >= 0x80 {
			return true
		}
	}
	return false
}

// checkSARIFRegions checks every region of a SARIF log against the files
// under root and returns, per file, how many regions follow non-ASCII text.
func checkSARIFRegions(t *testing.T, root, sarif string) map[string]int {
	t.Helper()
	var doc sarifDoc
	if err := json.Unmarshal([]byte(sarif), &doc); err != nil {
		t.Fatal(err)
	}
	if doc.Runs[0].ColumnKind != "utf16CodeUnits" {
		t.Errorf("columnKind = %q", doc.Runs[0].ColumnKind)
	}
	files := map[string]*utf16File{}
	load := func(uri string) (*utf16File, string) {
		p, err := url.PathUnescape(uri)
		if err != nil {
			t.Fatal(err)
		}
		if files[p] == nil {
			files[p] = readUTF16(t, filepath.Join(root, filepath.FromSlash(p)))
		}
		return files[p], p
	}
	multi := map[string]int{}
	results := 0
	for i, res := range doc.Runs[0].Results {
		results++
		pl := res.Locations[0].PhysicalLocation
		if pl.ArtifactLocation.URIBaseID != "%SRCROOT%" {
			t.Errorf("result %d: uriBaseId %q", i, pl.ArtifactLocation.URIBaseID)
		}
		f, p := load(pl.ArtifactLocation.URI)
		if checkRegion(t, res.RuleID+" at "+p, f, pl.Region) {
			multi[p]++
		}
		if pl.ContextRegion != nil {
			checkRegion(t, res.RuleID+" context at "+p, f, *pl.ContextRegion)
		}
		for _, rl := range res.RelatedLocations {
			f, p := load(rl.PhysicalLocation.ArtifactLocation.URI)
			if checkRegion(t, res.RuleID+" related at "+p, f, rl.PhysicalLocation.Region) {
				multi[p]++
			}
		}
	}
	if results == 0 {
		t.Error("no results to check")
	}
	return multi
}

// TestSARIFColumnsAreUTF16OnSeeds checks, for every result and related
// location of the seeds' SARIF, that the text at (startLine,
// startColumn..endColumn) counted in UTF-16 equals snippet.text.
func TestSARIFColumnsAreUTF16OnSeeds(t *testing.T) {
	root := repoRoot(t)
	code, out, errOut := runIn(t, root, "--format", "sarif", "--root", root, "fixtures/seeds")
	if code != exitFindings || errOut != "" {
		t.Fatalf("exit %d, stderr %q", code, errOut)
	}
	multi := checkSARIFRegions(t, root, out)
	if multi["fixtures/seeds/000_a49cee94f6fd4863.txt"] == 0 {
		t.Errorf("no region in 000 follows multi-byte text on its line; the check proves nothing there (%v)", multi)
	}
}

// TestSARIFColumnsAreUTF16 checks astral characters (two UTF-16 units),
// CRLF line ends and a multi-line region on a small corpus.
func TestSARIFColumnsAreUTF16(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"rules.toml": "[[patterns]]\nid = \"no-kiev\"\npattern = 'Kiev(\\r?\\n— Kiev)?'\nmessage = \"Write Kyiv.\"\n",
		"a.txt":      "😀 Kiev “x” Kiev\r\nLine two — Kiev\r\n— Kiev.\n",
	})
	code, out, errOut := runIn(t, dir, "--format", "sarif", "--root", dir, "--fail-on", "error", ".")
	if code != 0 || errOut != "" {
		t.Fatalf("exit %d, stderr %q", code, errOut)
	}
	checkSARIFRegions(t, dir, out)
	var doc sarifDoc
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, r := range doc.Runs[0].Results {
		g := r.Locations[0].PhysicalLocation.Region
		got = append(got, itoa(g.StartLine)+":"+itoa(g.StartColumn)+"-"+itoa(g.EndLine)+":"+itoa(g.EndColumn)+"@"+itoa(g.CharOffset)+"+"+itoa(g.CharLength))
	}
	// 😀 is two UTF-16 units: "Kiev" starts at column 4, offset 3.
	want := []string{"1:4-1:8@3+4", "1:13-1:17@12+4", "2:12-3:7@29+12"}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("regions %v, want %v", got, want)
	}
}
