package load

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/srclint/srclint/rules/article"
	"github.com/srclint/srclint/rules/finding"
)

func utf16LE(s string, bom bool) []byte {
	var b []byte
	if bom {
		b = append(b, 0xFF, 0xFE)
	}
	for _, r := range s {
		b = append(b, byte(r), byte(r>>8))
	}
	return b
}

func utf16BE(s string) []byte {
	b := []byte{0xFE, 0xFF}
	for _, r := range s {
		b = append(b, byte(r>>8), byte(r))
	}
	return b
}

func TestLoadBadInput(t *testing.T) {
	type want struct {
		text     string // decoded text when an article is expected
		noArt    bool
		severity finding.Severity
		message  string // exact problem message, "" for none
		offset   int
	}
	tests := []struct {
		name    string
		file    string
		content []byte
		want    want
	}{
		{"plain", "a.txt", []byte("Kyiv is the capital.\n"), want{text: "Kyiv is the capital.\n"}},
		{"empty", "a.txt", []byte{}, want{text: ""}},
		{"whitespace only", "a.txt", []byte(" \n\t\n"), want{text: " \n\t\n"}},
		{"utf-8 bom", "a.txt", []byte("\xEF\xBB\xBFKyiv"), want{text: "Kyiv"}},
		{"utf-16le bom", "a.txt", utf16LE("Kyiv – Київ", true), want{text: "Kyiv – Київ"}},
		{"utf-16be bom", "a.txt", utf16BE("Kyiv – Київ"), want{text: "Kyiv – Київ"}},
		{"invalid utf-8", "a.txt", []byte("first line\ncaf\xe9 au lait\n"), want{text: "first line\ncafé au lait\n", severity: finding.Warning, offset: 14,
			message: "a.txt is not valid UTF-8 (first bad byte at line 2, column 4); decoded as Windows-1252"}},
		{"binary", "a.txt", []byte("PNG\x00\x01\x02"), want{noArt: true, severity: finding.Error, offset: -1,
			message: "a.txt is a binary file (NUL byte in the first 8 KiB); not linted"}},
		{"utf-16 without bom is binary", "a.txt", utf16LE("Kyiv", false), want{noArt: true, severity: finding.Error, offset: -1,
			message: "a.txt is a binary file (NUL byte in the first 8 KiB); not linted"}},
		{"too large", "a.txt", []byte(strings.Repeat("x", 2048)), want{noArt: true, severity: finding.Error, offset: -1,
			message: "a.txt is 2048 bytes, over max_file_bytes (1024); not linted"}},
		{"unterminated front matter", "a.md", []byte("---\ntitle: x\nbody\n"), want{text: "---\ntitle: x\nbody\n", severity: finding.Warning, offset: 0,
			message: "a.md: unterminated front matter: \"---\" at line 1 is never closed; front matter ignored"}},
		{"invalid yaml front matter", "a.md", []byte("---\ntitle: x\nthis is not yaml\n---\nbody\n"), want{text: "---\ntitle: x\nthis is not yaml\n---\nbody\n", severity: finding.Warning, offset: 0,
			message: "a.md: invalid YAML front matter at line 3: expected \"key: value\", got \"this is not yaml\"; front matter ignored"}},
		{"invalid toml front matter", "a.md", []byte("+++\ntitle = \n+++\nbody\n"), want{text: "+++\ntitle = \n+++\nbody\n", severity: finding.Warning, offset: 0,
			message: "a.md: invalid TOML front matter at line 2: expected value but found '\\n' instead; front matter ignored"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			p := filepath.Join(dir, tt.file)
			if err := os.WriteFile(p, tt.content, 0o644); err != nil {
				t.Fatal(err)
			}
			res := Load([]string{p}, Options{MaxFileBytes: 1024, WorkDir: dir, Jobs: 2})
			if tt.want.noArt {
				if len(res.Articles) != 0 {
					t.Errorf("got an article, want none")
				}
			} else if len(res.Articles) != 1 || res.Articles[0].Text != tt.want.text {
				t.Fatalf("articles = %d, text %q; want text %q", len(res.Articles), textOf(res.Articles), tt.want.text)
			}
			if tt.want.message == "" {
				if len(res.Problems) != 0 {
					t.Errorf("unexpected problem: %s", res.Problems[0].Message)
				}
				return
			}
			if len(res.Problems) != 1 {
				t.Fatalf("problems = %d, want 1 (%q)", len(res.Problems), tt.want.message)
			}
			pr := res.Problems[0]
			if pr.Message != tt.want.message || pr.Severity != tt.want.severity || pr.Offset != tt.want.offset {
				t.Errorf("problem = %q (%v at %d), want %q (%v at %d)", pr.Message, pr.Severity, pr.Offset, tt.want.message, tt.want.severity, tt.want.offset)
			}
			if pr.Article == nil || pr.Article.Path != tt.file {
				t.Errorf("problem does not name the file %s", tt.file)
			}
		})
	}
}

func textOf(as []*article.Article) string {
	if len(as) == 0 {
		return ""
	}
	return as[0].Text
}

func TestFindAndSymlinks(t *testing.T) {
	dir := t.TempDir()
	outside := t.TempDir()
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	for _, f := range []string{"a.txt", "b.md", "c.markdown", "skip.pdf", ".hidden/x.txt", "node_modules/y.txt", "sub/d.txt", "drafts/e.txt"} {
		must(os.MkdirAll(filepath.Dir(filepath.Join(dir, f)), 0o755))
		must(os.WriteFile(filepath.Join(dir, f), []byte("x"), 0o644))
	}
	must(os.WriteFile(filepath.Join(outside, "o.txt"), []byte("x"), 0o644))
	must(os.Symlink(filepath.Join(outside, "o.txt"), filepath.Join(dir, "link-out.txt")))
	must(os.Symlink(filepath.Join(dir, "a.txt"), filepath.Join(dir, "link-in.txt")))
	must(os.Symlink(filepath.Join(dir, "missing.txt"), filepath.Join(dir, "dangling.txt")))
	must(os.Symlink(dir, filepath.Join(dir, "sub", "loop")))

	opts := Options{WorkDir: dir, Exclude: []string{"drafts"}}
	files, skipped, err := Find([]string{dir}, opts)
	must(err)
	var got []string
	for _, f := range files {
		got = append(got, relSlash(dir, f))
	}
	want := "a.txt b.md c.markdown dangling.txt link-in.txt sub/d.txt"
	if strings.Join(got, " ") != want {
		t.Errorf("Find = %q, want %q", strings.Join(got, " "), want)
	}
	if len(skipped) != 1 || relSlash(dir, skipped[0]) != "link-out.txt" {
		t.Errorf("skipped = %q, want [link-out.txt]", skipped)
	}
	if msg := SkippedProblem(skipped[0], opts).Message; msg != "link-out.txt is a symlink to a folder or to a file outside the linted folder; not followed (name it to lint it)" {
		t.Errorf("skipped message = %q", msg)
	}
	// A file named explicitly is always linted, even when excluded or outside.
	files, _, err = Find([]string{filepath.Join(dir, "drafts", "e.txt"), filepath.Join(dir, "link-out.txt")}, opts)
	must(err)
	if len(files) != 2 {
		t.Errorf("explicit files = %q, want both", files)
	}
	// The dangling link is reported, not skipped.
	res := Load([]string{filepath.Join(dir, "dangling.txt")}, opts)
	if len(res.Problems) != 1 || res.Problems[0].Message != "cannot read dangling.txt: no such file or directory" {
		t.Errorf("dangling: %+v", res.Problems)
	}
	// A path that does not exist is a usage error.
	if _, _, err := Find([]string{filepath.Join(dir, "nope")}, opts); err == nil || !strings.HasSuffix(err.Error(), "nope: no such file or directory") {
		t.Errorf("missing path error = %v", err)
	}
}

func TestFrontMatterAndMasking(t *testing.T) {
	src := "---\ntitle: \"Plan leaked\"\nsource: Harbor Tribune # the outlet\ndate: 2025-11-25\ntags:\n  - a\n---\n" +
		"Body in Kyiv.\n\n```\nKiev in code\n```\n\n<!-- Kiev in a comment -->\n\n    Kiev indented code\n\nEnd in Kiev.\n"
	a, probs := Parse("x/a.md", []byte(src), nil)
	if len(probs) != 0 {
		t.Fatalf("problems: %v", probs[0].Message)
	}
	if a.Title != "Plan leaked" || a.Source != "Harbor Tribune" || a.Date != "2025-11-25" {
		t.Errorf("front matter = %q %q %q", a.Title, a.Source, a.Date)
	}
	var body strings.Builder
	for _, s := range a.Body {
		body.WriteString(a.Text[s.Start:s.End])
	}
	if strings.Count(body.String(), "Kiev") != 1 || !strings.Contains(body.String(), "End in Kiev.") || strings.Contains(body.String(), "title") {
		t.Errorf("linted body = %q", body.String())
	}
	// Positions still refer to the original file.
	off := strings.LastIndex(src, "Kiev")
	if p := a.Position(off); p.Line != 18 || p.Column != 8 {
		t.Errorf("position of last Kiev = %d:%d, want 18:8", p.Line, p.Column)
	}

	toml := "+++\ntitle = \"T\"\nsource = \"Meridian Wire\"\nstory = \"port-strike\"\n+++\nBody.\n"
	a, probs = Parse("b.markdown", []byte(toml), nil)
	if len(probs) != 0 || a.Source != "Meridian Wire" || a.Story != "port-strike" {
		t.Errorf("toml front matter: %+v %v", a, probs)
	}
	// Plain text is linted whole, front-matter lookalikes included.
	a, _ = Parse("c.txt", []byte("---\nsource: X\n---\n"), nil)
	if a.Source != "c" || len(a.Body) != 1 || a.Body[0].End != len(a.Text) {
		t.Errorf("plain text: source %q body %v", a.Source, a.Body)
	}
}
