package main

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"syscall"
	"testing"
	"time"
	"unicode/utf16"
)

// badUTF16 encodes s as UTF-16 with a byte-order mark.
func badUTF16(s string, bigEndian bool) string {
	var b bytes.Buffer
	units := utf16.Encode([]rune(s))
	if bigEndian {
		b.Write([]byte{0xFE, 0xFF})
	} else {
		b.Write([]byte{0xFF, 0xFE})
	}
	for _, u := range units {
		if bigEndian {
			b.Write([]byte{byte(u >> 8), byte(u)})
		} else {
			b.Write([]byte{byte(u), byte(u >> 8)})
		}
	}
	return b.String()
}

// badSettle waits for goroutines started by a run to end and reports
// whether their number came back to at most want.
func badSettle(want int) (int, bool) {
	deadline := time.Now().Add(3 * time.Second)
	for {
		n := runtime.NumGoroutine()
		if n <= want || time.Now().After(deadline) {
			return n, n <= want
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// TestBadInputMatrix lints a folder holding two good files (a.txt uses
// "Kyiv", b.txt "Kiev") and one hostile input. In every case the hostile
// input gets its documented exit code and finding (or none), b.txt's
// variant finding is still reported (the other files are still linted),
// and no goroutine is left behind.
func TestBadInputMatrix(t *testing.T) {
	const cfg = "[[variants]]\npreferred = \"Kyiv\"\nvariants = [\"Kiev\"]\n[rules.variant]\ndiscover = false\n"
	const control = `b.txt:1:6: warning: "Kiev" is a variant of "Kyiv" (preferred; used by a) (variant)`
	many := 50000
	if testing.Short() {
		many = 5000
	}
	outside := t.TempDir()
	if err := os.WriteFile(filepath.Join(outside, "elsewhere.txt"), []byte("Far away in Kiev."), 0o644); err != nil {
		t.Fatal(err)
	}
	big5 := strings.Repeat("word ", 1<<20) + "Kiev."
	tests := []struct {
		name string
		// setup adds the hostile input to dir.
		setup func(t *testing.T, dir string)
		args  []string // default: "."
		code  int
		want  []string // stdout lines, besides the control
		// wantFiles is the file count in the summary line (0: not checked).
		wantFiles int
		// blocks marks an input that may block a reader (a FIFO).
		blocks string
	}{
		{name: "empty file", setup: badWrite("c.txt", ""), code: 1, wantFiles: 3,
			want: []string{"1 finding (0 errors, 1 warning, 0 notes) in 3 files"}},
		{name: "only whitespace", setup: badWrite("c.txt", " \n\t\r\n  \n"), code: 1,
			want: []string{"1 finding (0 errors, 1 warning, 0 notes) in 3 files"}},
		{name: "binary", setup: badWrite("c.txt", "GIF89a\x00\x01\x02 Kiev"), code: 2,
			want: []string{"c.txt:1:1: error: c.txt is a binary file (NUL byte in the first 8 KiB); not linted (input)"}},
		{name: "invalid UTF-8", setup: badWrite("c.txt", "Caf\xe9 in Kiev."), code: 1,
			want: []string{
				"c.txt:1:4: warning: c.txt is not valid UTF-8 (first bad byte at line 1, column 4); decoded as Windows-1252 (input)",
				`c.txt:1:9: warning: "Kiev" is a variant of "Kyiv" (preferred; used by a) (variant)`}},
		{name: "UTF-16 LE with BOM", setup: badWrite("c.txt", badUTF16("Café in Kiev.", false)), code: 1,
			want: []string{`c.txt:1:9: warning: "Kiev" is a variant of "Kyiv" (preferred; used by a) (variant)`}},
		{name: "UTF-16 BE with BOM", setup: badWrite("c.txt", badUTF16("Café\nin Kiev.", true)), code: 1,
			want: []string{`c.txt:2:4: warning: "Kiev" is a variant of "Kyiv" (preferred; used by a) (variant)`}},
		{name: "20 MB single line over max_file_bytes", setup: badWrite("c.txt", strings.Repeat("x", 20<<20)), code: 2,
			want: []string{"c.txt:1:1: error: c.txt is 20971520 bytes, over max_file_bytes (10485760); not linted (input)"}},
		{name: "5 MB single line under max_file_bytes", setup: badWrite("c.txt", big5), code: 1,
			want: []string{fmt.Sprintf(`c.txt:1:%d: warning: "Kiev" is a variant of "Kyiv" (preferred; used by a) (variant)`, 5<<20+1)}},
		{name: "CRLF line endings", setup: badWrite("c.txt", "Line one.\r\nAlso Kiev.\r\n"), code: 1,
			want: []string{`c.txt:2:6: warning: "Kiev" is a variant of "Kyiv" (preferred; used by a) (variant)`}},
		{name: "lone CR line endings", setup: badWrite("c.txt", "Line one.\rLine two.\rAlso Kiev.\r"), code: 1,
			want: []string{`c.txt:3:6: warning: "Kiev" is a variant of "Kyiv" (preferred; used by a) (variant)`}},
		// We run as root in CI, where chmod 000 does not stop a read. A
		// dangling symlink in the walked folder is a name that is listed
		// but cannot be opened: the loader takes the same path as for
		// EACCES (open fails) and must report it, not skip it.
		{name: "unreadable file (dangling symlink)", setup: badSymlink("gone.txt", "c.txt"), code: 2,
			want: []string{"c.txt:1:1: error: cannot read c.txt: no such file or directory (input)"}},
		// A FIFO is a real unreadable-as-a-file input: opening it blocks
		// until a writer appears.
		{name: "named pipe (FIFO)", setup: badFIFO("c.txt"), code: 2, blocks: "c.txt",
			want: []string{"c.txt:1:1: error: cannot read c.txt: not a regular file (input)"}},
		{name: "symlink loop", setup: badSymlink("c.txt", "c.txt"), code: 2,
			want: []string{"c.txt:1:1: error: cannot read c.txt: too many levels of symbolic links (input)"}},
		{name: "folder symlink loop is not followed", setup: badSymlink(".", "sub/up"), code: 1,
			want: []string{"1 finding (0 errors, 1 warning, 0 notes) in 2 files"}},
		{name: "symlink to a file outside the root is not followed", setup: badSymlink(filepath.Join(outside, "elsewhere.txt"), "c.txt"), code: 1,
			want: []string{
				"c.txt:1:1: note: c.txt is a symlink to a folder or to a file outside the linted folder; not followed (name it to lint it) (input)",
				"2 findings (0 errors, 1 warning, 1 note) in 2 files"}},
		{name: "symlink to a file outside the root, named, is linted", setup: badSymlink(filepath.Join(outside, "elsewhere.txt"), "c.txt"),
			args: []string{"a.txt", "b.txt", "c.txt"}, code: 1,
			want: []string{`c.txt:1:13: warning: "Kiev" is a variant of "Kyiv" (preferred; used by a) (variant)`}},
		{name: fmt.Sprintf("folder with %d empty files", many), setup: badMany(many), code: 1,
			want: []string{fmt.Sprintf("1 finding (0 errors, 1 warning, 0 notes) in %d files", many+2)}},
		{name: "unterminated front matter", setup: badWrite("c.md", "---\ntitle: Talks\nAlso Kiev.\n"), code: 1,
			want: []string{
				`c.md:1:1: warning: c.md: unterminated front matter: "---" at line 1 is never closed; front matter ignored (input)`,
				`c.md:3:6: warning: "Kiev" is a variant of "Kyiv" (preferred; used by a) (variant)`}},
		{name: "invalid YAML front matter", setup: badWrite("c.md", "---\ntitle Talks\n---\nAlso Kiev.\n"), code: 1,
			want: []string{
				`c.md:1:1: warning: c.md: invalid YAML front matter at line 2: expected "key: value", got "title Talks"; front matter ignored (input)`,
				`c.md:4:6: warning: "Kiev" is a variant of "Kyiv" (preferred; used by a) (variant)`}},
		{name: "invalid TOML front matter", setup: badWrite("c.md", "+++\ntitle = \n+++\nAlso Kiev.\n"), code: 1,
			want: []string{
				`c.md:1:1: warning: c.md: invalid TOML front matter at line 2: expected value but found '\n' instead; front matter ignored (input)`,
				`c.md:4:6: warning: "Kiev" is a variant of "Kyiv" (preferred; used by a) (variant)`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			writeFiles(t, dir, map[string]string{"rules.toml": cfg, "a.txt": "Talks in Kyiv.", "b.txt": "Also Kiev."})
			tt.setup(t, dir)
			args := tt.args
			if args == nil {
				args = []string{"."}
			}
			before := runtime.NumGoroutine()
			type result struct {
				code        int
				out, errOut string
			}
			done := make(chan result, 1)
			go func() {
				code, out, errOut := runIn(t, dir, args...)
				done <- result{code, out, errOut}
			}()
			var r result
			wait := 60 * time.Second
			if tt.blocks != "" {
				wait = 5 * time.Second
			}
			select {
			case r = <-done:
			case <-time.After(wait):
				if tt.blocks == "" {
					t.Fatalf("srclint did not finish in %v", wait)
				}
				// Unblock the reader: open the write end and close it.
				if w, err := os.OpenFile(filepath.Join(dir, tt.blocks), os.O_WRONLY, 0); err == nil {
					w.Close()
				}
				<-done
				t.Fatalf("srclint blocked on %s: the loader must stat before opening and report non-regular files", tt.blocks)
			}
			if r.code != tt.code {
				t.Errorf("exit code = %d, want %d\nstdout:\n%s\nstderr:\n%s", r.code, tt.code, badHead(r.out), r.errOut)
			}
			for _, line := range append([]string{control}, tt.want...) {
				if !strings.Contains(r.out, line+"\n") {
					t.Errorf("stdout lacks %q:\n%s", line, badHead(r.out))
				}
			}
			if r.errOut != "" {
				t.Errorf("stderr = %q, want nothing", r.errOut)
			}
			if n, ok := badSettle(before); !ok {
				t.Errorf("goroutines: %d before, %d after the run", before, n)
			}
		})
	}
}

// badHead keeps the first 2000 bytes of out for error messages.
func badHead(out string) string {
	if len(out) > 2000 {
		return out[:2000] + "…"
	}
	return out
}

func badWrite(name, content string) func(*testing.T, string) {
	return func(t *testing.T, dir string) {
		t.Helper()
		if err := os.WriteFile(filepath.Join(dir, name), []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func badSymlink(target, name string) func(*testing.T, string) {
	return func(t *testing.T, dir string) {
		t.Helper()
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.Symlink(target, p); err != nil {
			t.Fatal(err)
		}
	}
}

func badFIFO(name string) func(*testing.T, string) {
	return func(t *testing.T, dir string) {
		t.Helper()
		if err := syscall.Mkfifo(filepath.Join(dir, name), 0o644); err != nil {
			t.Skipf("cannot make a FIFO here: %v", err)
		}
	}
}

func badMany(n int) func(*testing.T, string) {
	return func(t *testing.T, dir string) {
		t.Helper()
		sub := filepath.Join(dir, "many")
		if err := os.Mkdir(sub, 0o755); err != nil {
			t.Fatal(err)
		}
		for i := 0; i < n; i++ {
			f, err := os.Create(filepath.Join(sub, fmt.Sprintf("%05d.txt", i)))
			if err != nil {
				t.Fatal(err)
			}
			f.Close()
		}
	}
}
