package format

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"strings"
)

// JSON writes one JSON document (schema version 1):
//
//	{"version": 1, "findings": [...], "files": N, "sources": [...]}
type JSON struct{}

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

// Format writes the report. Findings are encoded one at a time, so the
// whole document is never held in memory.
func (JSON) Format(w io.Writer, r *Report) error {
	bw := bufio.NewWriterSize(w, 64<<10)
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	// put writes v indented at depth, without its trailing newline.
	put := func(v any, depth int) error {
		buf.Reset()
		enc.SetIndent(strings.Repeat("  ", depth), "  ")
		if err := enc.Encode(v); err != nil {
			return err
		}
		_, err := bw.Write(bytes.TrimSuffix(buf.Bytes(), []byte("\n")))
		return err
	}
	bw.WriteString("{\n  \"version\": 1,\n  \"findings\": [")
	for i, f := range r.Findings {
		jf := jsonFinding{
			Rule: f.Rule, Severity: f.Severity.String(), Path: f.Path,
			Line: f.Line, Column: f.Column, EndLine: f.EndLine, EndColumn: f.EndColumn,
			Offset: f.Offset, EndOffset: f.EndOffset, Text: f.Text, Message: f.Message,
			Source: f.Source, Fingerprint: f.Fingerprint, Related: make([]jsonRelated, 0, len(f.Related)),
		}
		for _, rl := range f.Related {
			jf.Related = append(jf.Related, jsonRelated{rl.Path, rl.Line, rl.Column, rl.EndLine, rl.EndColumn, rl.Text, rl.Message})
		}
		if i > 0 {
			bw.WriteByte(',')
		}
		bw.WriteString("\n    ")
		if err := put(jf, 2); err != nil {
			return err
		}
	}
	if len(r.Findings) > 0 {
		bw.WriteString("\n  ")
	}
	fmt.Fprintf(bw, "],\n  \"files\": %d,\n  \"sources\": ", r.Files)
	sources := r.Sources
	if sources == nil {
		sources = []string{}
	}
	if err := put(sources, 1); err != nil {
		return err
	}
	if r.Hidden != 0 {
		fmt.Fprintf(bw, ",\n  \"hidden_by_baseline\": %d", r.Hidden)
	}
	bw.WriteString("\n}\n")
	return bw.Flush()
}
