package filter

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"sort"

	"github.com/srclint/srclint/rules/finding"
)

// BaselineFile is the default name of the baseline file.
const BaselineFile = ".srclint-baseline.json"

// baselineVersion is the file format's version.
const baselineVersion = 1

// Baseline lists known findings by fingerprint, so that a team can adopt
// srclint on an existing archive and see only new findings.
type Baseline struct {
	Version  int             `json:"version"`
	Findings []BaselineEntry `json:"findings"`
}

// BaselineEntry is one known finding. Only Fingerprint is matched; Rule,
// Path and Text are there for people reading the file.
type BaselineEntry struct {
	Fingerprint string `json:"fingerprint"`
	Rule        string `json:"rule"`
	Path        string `json:"path"`
	Text        string `json:"text"`
}

// NewBaseline records findings, sorted by path, rule, text and fingerprint,
// each fingerprint once.
func NewBaseline(fs []finding.Finding) *Baseline {
	b := &Baseline{Version: baselineVersion, Findings: []BaselineEntry{}}
	seen := map[string]bool{}
	for _, f := range fs {
		if f.Fingerprint == "" || seen[f.Fingerprint] {
			continue
		}
		seen[f.Fingerprint] = true
		b.Findings = append(b.Findings, BaselineEntry{Fingerprint: f.Fingerprint, Rule: f.Rule, Path: f.Path, Text: f.Text})
	}
	sort.Slice(b.Findings, func(i, j int) bool {
		x, y := b.Findings[i], b.Findings[j]
		if x.Path != y.Path {
			return x.Path < y.Path
		}
		if x.Rule != y.Rule {
			return x.Rule < y.Rule
		}
		if x.Text != y.Text {
			return x.Text < y.Text
		}
		return x.Fingerprint < y.Fingerprint
	})
	return b
}

// Marshal returns the baseline as indented JSON ending in a newline.
func (b *Baseline) Marshal() ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(b); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// WriteBaseline writes the baseline file.
func WriteBaseline(file string, b *Baseline) error {
	data, err := b.Marshal()
	if err != nil {
		return fmt.Errorf("baseline %s: %w", file, err)
	}
	if err := os.WriteFile(file, data, 0o644); err != nil {
		return fmt.Errorf("cannot write baseline: %w", err)
	}
	return nil
}

// ReadBaseline reads a baseline file.
func ReadBaseline(file string) (*Baseline, error) {
	data, err := os.ReadFile(file)
	if err != nil {
		return nil, fmt.Errorf("cannot read baseline: %w", err)
	}
	var b Baseline
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&b); err != nil {
		return nil, fmt.Errorf("baseline %s is not a srclint baseline: %w", file, err)
	}
	if b.Version != baselineVersion {
		return nil, fmt.Errorf("baseline %s has version %d; this srclint reads version %d", file, b.Version, baselineVersion)
	}
	return &b, nil
}

// HideBaselined hides the findings whose fingerprint the baseline lists
// and counts them.
type HideBaselined struct {
	known  map[string]bool
	hidden int
}

// NewHideBaselined returns the stage for a baseline.
func NewHideBaselined(b *Baseline) *HideBaselined {
	h := &HideBaselined{known: make(map[string]bool, len(b.Findings))}
	for _, e := range b.Findings {
		h.known[e.Fingerprint] = true
	}
	return h
}

// Name implements Processor.
func (*HideBaselined) Name() string { return "baseline" }

// Process implements Processor.
func (h *HideBaselined) Process(fs []finding.Finding) ([]finding.Finding, error) {
	out := make([]finding.Finding, 0, len(fs))
	for _, f := range fs {
		if h.known[f.Fingerprint] {
			h.hidden++
			continue
		}
		out = append(out, f)
	}
	return out, nil
}

// Hidden returns how many findings Process hid.
func (h *HideBaselined) Hidden() int { return h.hidden }
