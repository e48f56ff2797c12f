package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/srclint/srclint/rules/format"
)

// runIn runs the CLI in-process in dir and returns exit code, stdout, stderr.
func runIn(t *testing.T, dir string, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	e := &env{stdout: &out, stderr: &errb, getenv: func(string) string { return "" }, workDir: dir}
	code := run(e, args)
	return code, out.String(), errb.String()
}

func writeFiles(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for name, content := range files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func TestExitCodesAndInputErrors(t *testing.T) {
	const kyiv = "[[variants]]\npreferred = \"Kyiv\"\nvariants = [\"Kiev\"]\n[rules.variant]\ndiscover = false\n"
	tests := []struct {
		name   string
		files  map[string]string
		args   []string
		code   int
		stdout []string // lines that must appear on stdout
		stderr string   // exact stderr ("" = empty)
	}{
		{"clean corpus exits 0",
			map[string]string{"rules.toml": kyiv, "a.txt": "Talks in Kyiv.", "b.txt": "Also Kyiv."},
			nil, 0, []string{"0 findings (0 errors, 0 warnings, 0 notes) in 2 files"}, ""},
		{"findings at the fail level exit 1",
			map[string]string{"rules.toml": kyiv, "a.txt": "Talks in Kyiv.", "b.txt": "Also Kiev."},
			nil, 1, []string{`b.txt:1:6: warning: "Kiev" is a variant of "Kyiv" (preferred; used by a) (variant)`}, ""},
		{"findings below the fail level exit 0",
			map[string]string{"rules.toml": kyiv, "a.txt": "Talks in Kyiv.", "b.txt": "Also Kiev."},
			[]string{"--fail-on", "error"}, 0, []string{"1 finding (0 errors, 1 warning, 0 notes) in 2 files"}, ""},
		{"binary file is an input error, other files still linted",
			map[string]string{"rules.toml": kyiv, "a.txt": "Talks in Kyiv.", "b.txt": "Also Kiev.", "c.txt": "\x00\x01"},
			nil, 2, []string{
				`b.txt:1:6: warning: "Kiev" is a variant of "Kyiv" (preferred; used by a) (variant)`,
				`c.txt:1:1: error: c.txt is a binary file (NUL byte in the first 8 KiB); not linted (input)`}, ""},
		{"invalid UTF-8 is a warning at the first bad byte",
			map[string]string{"rules.toml": kyiv, "a.txt": "Kyiv.\nSome caf\xe9."},
			nil, 1, []string{`a.txt:2:9: warning: a.txt is not valid UTF-8 (first bad byte at line 2, column 9); decoded as Windows-1252 (input)`}, ""},
		{"file over max_file_bytes",
			map[string]string{"rules.toml": "max_file_bytes = 10\n", "a.txt": "This file is longer than ten bytes."},
			nil, 2, []string{`a.txt:1:1: error: a.txt is 35 bytes, over max_file_bytes (10); not linted (input)`}, ""},
		{"config error names file and line",
			map[string]string{"rules.toml": "fail_on = \"warning\"\n[rules.variant]\nseverty = \"error\"\n", "a.txt": "x"},
			nil, 2, nil, "srclint: rules.toml:3: unknown key \"severty\" in [rules.variant]\n"},
		{"missing path",
			map[string]string{"rules.toml": kyiv},
			[]string{"nope"}, 2, nil, "srclint: nope: no such file or directory\n"},
		{"unknown format",
			map[string]string{"rules.toml": kyiv, "a.txt": "x"},
			[]string{"--format", "xml"}, 2, nil, "srclint: --format: unknown format \"xml\" (want one of " + "%FORMATS%" + ")\n"},
		{"unknown flag",
			map[string]string{"rules.toml": kyiv, "a.txt": "x"},
			[]string{"--bogus"}, 2, nil, "%PREFIX%flag provided but not defined: -bogus\n"},
		{"flags after paths",
			map[string]string{"rules.toml": kyiv, "a.txt": "Talks in Kyiv.", "b.txt": "Also Kiev."},
			[]string{".", "--fail-on", "error"}, 0, nil, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			writeFiles(t, dir, tt.files)
			code, out, errOut := runIn(t, dir, tt.args...)
			if code != tt.code {
				t.Errorf("exit code = %d, want %d\nstdout:\n%s\nstderr:\n%s", code, tt.code, out, errOut)
			}
			for _, line := range tt.stdout {
				if !strings.Contains(out, line+"\n") {
					t.Errorf("stdout lacks %q:\n%s", line, out)
				}
			}
			want := strings.ReplaceAll(tt.stderr, "%DIR%", dir)
			want = strings.Replace(want, "%FORMATS%", formatList(), 1)
			if rest, ok := strings.CutPrefix(want, "%PREFIX%"); ok {
				want = rest
				if !strings.HasPrefix(errOut, want) {
					t.Errorf("stderr = %q, want prefix %q", errOut, want)
				}
				return
			}
			if errOut != want {
				t.Errorf("stderr = %q, want %q", errOut, want)
			}
		})
	}
}

func TestInitRefusesToOverwrite(t *testing.T) {
	dir := t.TempDir()
	if code, out, _ := runIn(t, dir, "init"); code != 0 || out != "wrote rules.toml\n" {
		t.Fatalf("init: %d %q", code, out)
	}
	if code, _, errOut := runIn(t, dir, "init"); code != 2 || errOut != "srclint init: rules.toml already exists; not overwriting it\n" {
		t.Errorf("second init: %d %q", code, errOut)
	}
}

func TestRulesAndExplain(t *testing.T) {
	code, out, _ := runIn(t, t.TempDir(), "rules")
	if code != 0 || !strings.Contains(out, "variant ") || !strings.Contains(out, "input ") {
		t.Errorf("rules: %d\n%s", code, out)
	}
	code, out, _ = runIn(t, t.TempDir(), "explain", "variant")
	if code != 0 || !strings.HasPrefix(out, "# variant (SpellingVariant, default severity warning)") {
		t.Errorf("explain: %d\n%s", code, out)
	}
	if code, _, errOut := runIn(t, t.TempDir(), "explain", "nope"); code != 2 || !strings.HasPrefix(errOut, `srclint explain: unknown rule "nope"`) {
		t.Errorf("explain nope: %d %q", code, errOut)
	}
}

func formatList() string {
	return "[" + strings.Join(formatNames(), " ") + "]"
}

func formatNames() []string { return format.Names() }
