// Package finding defines what srclint reports: a finding with resolved
// positions, its severity and its related locations. Formatters read
// findings and nothing else.
package finding

import (
	"cmp"
	"fmt"
	"strings"

	"github.com/srclint/srclint/rules/article"
)

// Severity orders findings; a higher value is more severe.
type Severity int

// The severities, least severe first.
const (
	Note Severity = iota + 1
	Warning
	Error
)

// String returns "note", "warning" or "error".
func (s Severity) String() string {
	switch s {
	case Note:
		return "note"
	case Warning:
		return "warning"
	case Error:
		return "error"
	}
	return "unknown"
}

// ParseSeverity parses "error", "warning" or "note" (case-insensitive).
func ParseSeverity(s string) (Severity, error) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "error":
		return Error, nil
	case "warning":
		return Warning, nil
	case "note":
		return Note, nil
	}
	return 0, fmt.Errorf("unknown severity %q (want error, warning or note)", s)
}

// UnmarshalText lets a Severity be decoded from TOML and flags.
func (s *Severity) UnmarshalText(b []byte) error {
	v, err := ParseSeverity(string(b))
	if err != nil {
		return err
	}
	*s = v
	return nil
}

// MarshalText writes the severity's name.
func (s Severity) MarshalText() ([]byte, error) { return []byte(s.String()), nil }

// Location is a resolved span of one article. Lines and columns are 1-based;
// Column and EndColumn count code points, Column16 and EndColumn16 UTF-16
// code units; Offset and EndOffset are byte offsets into the decoded text,
// Offset16 and EndOffset16 the same offsets in UTF-16 code units.
type Location struct {
	Path        string
	AbsPath     string
	Source      string
	Line        int32
	Column      int32
	Column16    int32
	EndLine     int32
	EndColumn   int32
	EndColumn16 int32
	Offset      int32
	EndOffset   int32
	// Offset16 and EndOffset16 are the span's offsets into the decoded
	// text counted in UTF-16 code units (SARIF charOffset and charLength).
	Offset16    int32
	EndOffset16 int32
	// Text is the exact text the span covers.
	Text string
	// Message explains what this location shows (for related locations).
	Message string
}

// Finding is one reported problem.
type Finding struct {
	Rule     string
	Severity Severity
	Message  string
	Location
	// Related points at the other articles' evidence.
	Related []Location
	// Fingerprint identifies the finding across unrelated edits: rule, path,
	// flagged text and occurrence index. Set by the engine.
	Fingerprint string
	// LineText is the source line the finding starts on (for text output).
	LineText string
}

// Less orders findings by path, line, column, rule, then message.
func Less(a, b *Finding) bool { return Compare(a, b) < 0 }

// Compare orders findings as Less does: it returns -1 when a sorts before
// b, 1 when after, 0 when neither.
func Compare(a, b *Finding) int {
	if c := strings.Compare(a.Path, b.Path); c != 0 {
		return c
	}
	if c := cmp.Compare(a.Line, b.Line); c != 0 {
		return c
	}
	if c := cmp.Compare(a.Column, b.Column); c != 0 {
		return c
	}
	if c := strings.Compare(a.Rule, b.Rule); c != 0 {
		return c
	}
	if c := cmp.Compare(a.EndOffset, b.EndOffset); c != 0 {
		return c
	}
	return strings.Compare(a.Message, b.Message)
}

// Locate resolves span s of article a into a Location carrying msg.
func Locate(a *article.Article, s article.Span, msg string) Location {
	p, e := a.Position(s.Start), a.Position(s.End)
	return Location{
		Path: a.Path, AbsPath: a.AbsPath, Source: a.Source,
		Line: int32(p.Line), Column: int32(p.Column), Column16: int32(p.Column16),
		EndLine: int32(e.Line), EndColumn: int32(e.Column), EndColumn16: int32(e.Column16),
		Offset: int32(s.Start), EndOffset: int32(s.End),
		Offset16: int32(p.Offset16), EndOffset16: int32(e.Offset16),
		Text: a.Text[s.Start:s.End], Message: msg,
	}
}
