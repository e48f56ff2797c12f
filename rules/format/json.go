package format

import (
	"io"
	"strconv"
	"unicode/utf8"

	"github.com/srclint/srclint/rules/finding"
)

// JSON writes one JSON document (schema version 1):
//
//	{"version": 1, "findings": [...], "files": N, "sources": [...]}
type JSON struct {
	// Jobs is the number of goroutines encoding findings (GOMAXPROCS when
	// less than 1). The output does not depend on it.
	Jobs int
}

type jsonRelated struct {
	Path      string `json:"path"`
	Line      int    `json:"line"`
	Column    int    `json:"column"`
	EndLine   int    `json:"end_line"`
	EndColumn int    `json:"end_column"`
	Text      string `json:"text"`
	Message   string `json:"message"`
}

type jsonFinding struct {
	Rule        string        `json:"rule"`
	Severity    string        `json:"severity"`
	Path        string        `json:"path"`
	Line        int           `json:"line"`
	Column      int           `json:"column"`
	EndLine     int           `json:"end_line"`
	EndColumn   int           `json:"end_column"`
	Offset      int           `json:"offset"`
	EndOffset   int           `json:"end_offset"`
	Text        string        `json:"text"`
	Message     string        `json:"message"`
	Source      string        `json:"source"`
	Fingerprint string        `json:"fingerprint"`
	Related     []jsonRelated `json:"related"`
}

type jsonReport struct {
	Version  int           `json:"version"`
	Findings []jsonFinding `json:"findings"`
	Files    int           `json:"files"`
	Sources  []string      `json:"sources"`
	Hidden   int           `json:"hidden_by_baseline,omitempty"`
}

// Format writes the report. Findings are encoded one at a time, by hand
// (the same bytes encoding/json writes, without its reflection and
// indentation passes), so the whole document is never held in memory.
func (j JSON) Format(w io.Writer, r *Report) error {
	head := jsonReport{Version: 1, Findings: []jsonFinding{}, Files: r.Files, Sources: r.Sources, Hidden: r.Hidden}
	if head.Sources == nil {
		head.Sources = []string{}
	}
	return writeStreamedWith(w, head, "findings", len(r.Findings), j.Jobs, func(dst []byte, i int, indent string) ([]byte, error) {
		return appendFinding(dst, &r.Findings[i], indent), nil
	})
}

// appendFinding appends f as an indented JSON object, fields in the order
// of jsonFinding, with indent as the object's own indentation.
func appendFinding(b []byte, f *finding.Finding, indent string) []byte {
	in := indent + "  "
	b = append(b, '{')
	b = appendField(b, in, "rule", f.Rule, true)
	b = appendField(b, in, "severity", f.Severity.String(), true)
	b = appendField(b, in, "path", f.Path, true)
	b = appendIntField(b, in, "line", f.Line)
	b = appendIntField(b, in, "column", f.Column)
	b = appendIntField(b, in, "end_line", f.EndLine)
	b = appendIntField(b, in, "end_column", f.EndColumn)
	b = appendIntField(b, in, "offset", f.Offset)
	b = appendIntField(b, in, "end_offset", f.EndOffset)
	b = appendField(b, in, "text", f.Text, true)
	b = appendField(b, in, "message", f.Message, true)
	b = appendField(b, in, "source", f.Source, true)
	b = appendField(b, in, "fingerprint", f.Fingerprint, true)
	b = append(b, "\n"+in+`"related": [`...)
	if len(f.Related) == 0 {
		b = append(b, ']')
	}
	rin := in + "  "
	for k := range f.Related {
		rl := &f.Related[k]
		if k > 0 {
			b = append(b, ',')
		}
		b = append(b, "\n"+rin+"{"...)
		fin := rin + "  "
		b = appendField(b, fin, "path", rl.Path, true)
		b = appendIntField(b, fin, "line", rl.Line)
		b = appendIntField(b, fin, "column", rl.Column)
		b = appendIntField(b, fin, "end_line", rl.EndLine)
		b = appendIntField(b, fin, "end_column", rl.EndColumn)
		b = appendField(b, fin, "text", rl.Text, true)
		b = appendField(b, fin, "message", rl.Message, false)
		b = append(b, "\n"+rin+"}"...)
		if k == len(f.Related)-1 {
			b = append(b, "\n"+in+"]"...)
		}
	}
	return append(b, "\n"+indent+"}"...)
}

// appendField appends `"key": "value"` on a new line, and a comma when
// more fields follow.
func appendField(b []byte, indent, key, value string, more bool) []byte {
	b = append(b, '\n')
	b = append(b, indent...)
	b = appendJSONString(b, key)
	b = append(b, ": "...)
	b = appendJSONString(b, value)
	if more {
		b = append(b, ',')
	}
	return b
}

// appendIntField appends `"key": n,` on a new line.
func appendIntField[N int | int32](b []byte, indent, key string, n N) []byte {
	b = append(b, '\n')
	b = append(b, indent...)
	b = appendJSONString(b, key)
	b = append(b, ": "...)
	b = strconv.AppendInt(b, int64(n), 10)
	return append(b, ',')
}

// appendJSONString appends s as a JSON string exactly as encoding/json
// does with HTML escaping off: quotation marks, backslashes and control
// characters escaped, U+2028 and U+2029 escaped, invalid UTF-8 replaced by
// U+FFFD.
func appendJSONString(b []byte, s string) []byte {
	const hex = "0123456789abcdef"
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c >= 0x20 && c != '"' && c != '\\' {
				i++
				continue
			}
			b = append(b, s[start:i]...)
			switch c {
			case '"', '\\':
				b = append(b, '\\', c)
			case '\b':
				b = append(b, '\\', 'b')
			case '\f':
				b = append(b, '\\', 'f')
			case '\n':
				b = append(b, '\\', 'n')
			case '\r':
				b = append(b, '\\', 'r')
			case '\t':
				b = append(b, '\\', 't')
			default:
				b = append(b, '\\', 'u', '0', '0', hex[c>>4], hex[c&0xF])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			b = append(b, s[start:i]...)
			b = append(b, `\ufffd`...)
			i += size
			start = i
			continue
		}
		if r == '\u2028' || r == '\u2029' {
			b = append(b, s[start:i]...)
			b = append(b, '\\', 'u', '2', '0', '2', hex[r&0xF])
			i += size
			start = i
			continue
		}
		i += size
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}
