package format

import (
	"encoding/json"
	"io"
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

type jsonReport struct {
	Version  int           `json:"version"`
	Findings []jsonFinding `json:"findings"`
	Files    int           `json:"files"`
	Sources  []string      `json:"sources"`
	Hidden   int           `json:"hidden_by_baseline,omitempty"`
}

// Format writes the report.
func (JSON) Format(w io.Writer, r *Report) error {
	out := jsonReport{Version: 1, Findings: []jsonFinding{}, Files: r.Files, Sources: r.Sources, Hidden: r.Hidden}
	if out.Sources == nil {
		out.Sources = []string{}
	}
	for _, f := range r.Findings {
		jf := jsonFinding{
			Rule: f.Rule, Severity: f.Severity.String(), Path: f.Path,
			Line: f.Line, Column: f.Column, EndLine: f.EndLine, EndColumn: f.EndColumn,
			Offset: f.Offset, EndOffset: f.EndOffset, Text: f.Text, Message: f.Message,
			Source: f.Source, Fingerprint: f.Fingerprint, Related: []jsonRelated{},
		}
		for _, rl := range f.Related {
			jf.Related = append(jf.Related, jsonRelated{rl.Path, rl.Line, rl.Column, rl.EndLine, rl.EndColumn, rl.Text, rl.Message})
		}
		out.Findings = append(out.Findings, jf)
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(out)
}
