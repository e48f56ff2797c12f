package gencorpus

import (
	"encoding/json"
	"fmt"
	"io"
	"sort"
	"strings"
)

// Finding is the part of a srclint JSON finding that scoring reads.
type Finding struct {
	Rule      string `json:"rule"`
	Severity  string `json:"severity"`
	Path      string `json:"path"`
	Line      int    `json:"line"`
	EndLine   int    `json:"end_line"`
	Offset    int    `json:"offset"`
	EndOffset int    `json:"end_offset"`
}

// Report is srclint's JSON report, as far as scoring needs it.
type Report struct {
	Findings []Finding `json:"findings"`
	Files    int       `json:"files"`
}

// ReadReport decodes a srclint JSON report.
func ReadReport(r io.Reader) (*Report, error) {
	var rep Report
	if err := json.NewDecoder(r).Decode(&rep); err != nil {
		return nil, fmt.Errorf("reading srclint JSON report: %w", err)
	}
	return &rep, nil
}

// KindScore is the recall of one kind of plant.
type KindScore struct {
	Kind    string `json:"kind"`
	Rule    string `json:"rule"`
	Planted int    `json:"planted"`
	Found   int    `json:"found"`
	// RuleActive is false when the report holds no finding at all of the
	// expected rule (the rule is probably not registered yet).
	RuleActive bool `json:"rule_active"`
}

// Recall is Found/Planted (1 when nothing was planted).
func (k KindScore) Recall() float64 {
	if k.Planted == 0 {
		return 1
	}
	return float64(k.Found) / float64(k.Planted)
}

// Score is the result of scoring a report against a manifest.
type Score struct {
	Kinds []KindScore `json:"kinds"`
	// ByRule counts the report's findings per rule.
	ByRule   map[string]int `json:"by_rule"`
	Findings int            `json:"findings"`
	Planted  int            `json:"planted"`
	Found    int            `json:"found"`
}

// Recall is the share of all plants that were found.
func (s *Score) Recall() float64 {
	if s.Planted == 0 {
		return 1
	}
	return float64(s.Found) / float64(s.Planted)
}

// ScoreReport matches every plant of m with a finding of its rule in the
// same file whose byte span overlaps the plant's. Report paths may carry a
// prefix (the folder srclint was pointed at): a finding's path matches a
// plant's file when it is equal or ends in "/" + file.
func ScoreReport(m *Manifest, rep *Report) *Score {
	s := &Score{ByRule: map[string]int{}, Findings: len(rep.Findings)}
	type key struct{ rule, file string }
	byKey := map[key][]Finding{}
	for _, f := range rep.Findings {
		s.ByRule[f.Rule]++
		file := f.Path
		// Plant files are "<story>/<outlet>.md": keep the last two parts.
		if parts := strings.Split(file, "/"); len(parts) > 2 {
			file = strings.Join(parts[len(parts)-2:], "/")
		}
		byKey[key{f.Rule, file}] = append(byKey[key{f.Rule, file}], f)
	}
	kinds := map[string]*KindScore{}
	for _, p := range m.Plants {
		k := kinds[p.Kind]
		if k == nil {
			k = &KindScore{Kind: p.Kind, Rule: p.Rule, RuleActive: s.ByRule[p.Rule] > 0}
			kinds[p.Kind] = k
		}
		k.Planted++
		s.Planted++
		for _, f := range byKey[key{p.Rule, p.File}] {
			if f.Offset < p.EndOffset && p.Offset < f.EndOffset {
				k.Found++
				s.Found++
				break
			}
		}
	}
	for _, k := range kinds {
		s.Kinds = append(s.Kinds, *k)
	}
	sort.Slice(s.Kinds, func(i, j int) bool { return s.Kinds[i].Kind < s.Kinds[j].Kind })
	return s
}

// WriteText prints the score as a small table.
func (s *Score) WriteText(w io.Writer) error {
	var b strings.Builder
	fmt.Fprintf(&b, "%-16s %-18s %8s %8s %7s\n", "KIND", "RULE", "PLANTED", "FOUND", "RECALL")
	for _, k := range s.Kinds {
		note := ""
		if !k.RuleActive {
			note = "  (no findings of this rule at all)"
		}
		fmt.Fprintf(&b, "%-16s %-18s %8d %8d %6.1f%%%s\n", k.Kind, k.Rule, k.Planted, k.Found, 100*k.Recall(), note)
	}
	fmt.Fprintf(&b, "%-16s %-18s %8d %8d %6.1f%%\n", "all", "", s.Planted, s.Found, 100*s.Recall())
	rules := make([]string, 0, len(s.ByRule))
	for r := range s.ByRule {
		rules = append(rules, r)
	}
	sort.Strings(rules)
	fmt.Fprintf(&b, "findings: %d", s.Findings)
	for _, r := range rules {
		fmt.Fprintf(&b, " %s=%d", r, s.ByRule[r])
	}
	b.WriteString("\n")
	_, err := io.WriteString(w, b.String())
	return err
}
