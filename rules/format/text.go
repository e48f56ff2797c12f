package format

import (
	"bufio"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/srclint/srclint/rules/finding"
)

// Text writes `path:line:col: severity: message (rule)` lines and a summary.
// With Context it prints the source line and underlines the span.
type Text struct {
	Color   bool
	Context bool
}

const (
	ansiReset  = "\x1b[0m"
	ansiBold   = "\x1b[1m"
	ansiRed    = "\x1b[31m"
	ansiYellow = "\x1b[33m"
	ansiCyan   = "\x1b[36m"
	ansiGreen  = "\x1b[32m"
)

// Format writes the report.
func (t Text) Format(w io.Writer, r *Report) error {
	bw := bufio.NewWriter(w)
	paint := func(code, s string) string {
		if !t.Color {
			return s
		}
		return code + s + ansiReset
	}
	for i := range r.Findings {
		f := &r.Findings[i]
		sev := f.Severity.String()
		switch f.Severity {
		case finding.Error:
			sev = paint(ansiRed+ansiBold, sev)
		case finding.Warning:
			sev = paint(ansiYellow+ansiBold, sev)
		default:
			sev = paint(ansiCyan+ansiBold, sev)
		}
		fmt.Fprintf(bw, "%s: %s: %s (%s)\n", paint(ansiBold, fmt.Sprintf("%s:%d:%d", f.Path, f.Line, f.Column)), sev, f.Message, f.Rule)
		if t.Context && f.LineText != "" {
			writeContext(bw, f, paint)
		}
	}
	e, wn, n := Counts(r.Findings)
	fmt.Fprintf(bw, "%d %s (%d %s, %d %s, %d %s) in %d %s\n",
		len(r.Findings), plural(len(r.Findings), "finding"), e, plural(e, "error"), wn, plural(wn, "warning"), n, plural(n, "note"),
		r.Files, plural(r.Files, "file"))
	if r.Hidden > 0 {
		fmt.Fprintf(bw, "%d %s hidden by the baseline\n", r.Hidden, plural(r.Hidden, "finding"))
	}
	return bw.Flush()
}

// writeContext prints the source line with the span underlined. Long lines
// are cut to a window around the span.
func writeContext(w io.Writer, f *finding.Finding, paint func(string, string) string) {
	line := strings.ReplaceAll(f.LineText, "\t", " ")
	runes := []rune(line)
	start := int(f.Column) - 1
	end := len(runes)
	if f.EndLine == f.Line {
		end = int(f.EndColumn) - 1
	}
	if start > len(runes) {
		start = len(runes)
	}
	if end < start {
		end = start
	}
	if end > len(runes) {
		end = len(runes)
	}
	const width = 100
	from, to := 0, len(runes)
	if to-from > width {
		from = max(0, start-30)
		to = min(len(runes), from+width)
		if end > to {
			to = min(len(runes), end+10)
		}
	}
	prefix, suffix := "", ""
	if from > 0 {
		prefix = "…"
	}
	if to < len(runes) {
		suffix = "…"
	}
	fmt.Fprintf(w, "    %s%s%s\n", prefix, string(runes[from:to]), suffix)
	pad := strings.Repeat(" ", utf8.RuneCountInString(prefix)+start-from)
	mark := strings.Repeat("^", max(1, end-start))
	fmt.Fprintf(w, "    %s%s\n", pad, paint(ansiGreen, mark))
}

func plural(n int, word string) string {
	if n == 1 {
		return word
	}
	return word + "s"
}
