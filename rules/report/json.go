package report

import (
	"encoding/json"
	"io"
	"math"

	"github.com/srclint/srclint/rules/scorecard"
)

// SchemaVersion is the version of the JSON report's schema. It changes
// only when a field is removed or changes meaning; new fields may be
// added within a version.
const SchemaVersion = 1

// JSON writes the report as one JSON document:
//
//	{
//	  "schema": "srclint-report", "version": 1, "srclint_version": "...", "files": 5,
//	  "rules": ["boilerplate", ...],                  // rules with findings, sorted
//	  "totals": {"articles", "claims", "quotes", "findings"},   // as in a source
//	  "sources": [{                                  // sorted by name
//	    "name": "000_a49cee94f6fd4863", "short": "000", "articles": 1,
//	    "claims": {"total": 20, "comparable": 20, "corroborated": 6, "share": 0.3},
//	    "quotes": {"total": 2, "matched": 0, "verbatim": 0, "altered": 0, "share": null},
//	    "findings": {"total": 7, "errors": 0, "warnings": 3, "notes": 4, "by_rule": {"boilerplate": 2}},
//	    "copied_from": [{"source": "001_...", "articles": 1, "sentences": 11}],
//	    "copied_by": []
//	  }],
//	  "provenance": [{"derived": {"path", "source", "line"}, "source": {...},
//	                  "matched": 11, "sentences": 25, "share": 0.44}],
//	  "links": [{"from": "000_...", "to": "001_...", "articles": 1, "sentences": 11}],
//	  "stories": [{"name", "articles": [...], "sources": [...], "terms": 90,
//	    "claims": [{"text": "Thanksgiving", "kind": "deadline", "specificity": 9,
//	                "path", "line", "independent": 1, "carried_by": {"004_...": "original"}}]}]
//	}
//
// Claims: body sentences with a specific term; comparable: those whose
// story has an independent other source; corroborated: comparable claims
// whose every specific term such a source carries; share = corroborated /
// comparable. Quotes: top-level quotes of four words or more; matched:
// with a counterpart elsewhere; verbatim: matched and not altered; share =
// verbatim / matched. A share is null when its denominator is 0, and is
// rounded to four decimals. carried_by lists only the sources that carry
// a claim: "original", or "copied" when they only repeat the article they
// derive from.
type JSON struct{}

type jsonClaims struct {
	Total        int      `json:"total"`
	Comparable   int      `json:"comparable"`
	Corroborated int      `json:"corroborated"`
	Share        *float64 `json:"share"`
}

type jsonQuotes struct {
	Total    int      `json:"total"`
	Matched  int      `json:"matched"`
	Verbatim int      `json:"verbatim"`
	Altered  int      `json:"altered"`
	Share    *float64 `json:"share"`
}

type jsonFindings struct {
	Total    int            `json:"total"`
	Errors   int            `json:"errors"`
	Warnings int            `json:"warnings"`
	Notes    int            `json:"notes"`
	ByRule   map[string]int `json:"by_rule"`
}

type jsonCopy struct {
	Source    string `json:"source"`
	Articles  int    `json:"articles"`
	Sentences int    `json:"sentences"`
}

type jsonSource struct {
	Name       string       `json:"name"`
	Short      string       `json:"short"`
	Articles   int          `json:"articles"`
	Claims     jsonClaims   `json:"claims"`
	Quotes     jsonQuotes   `json:"quotes"`
	Findings   jsonFindings `json:"findings"`
	CopiedFrom []jsonCopy   `json:"copied_from"`
	CopiedBy   []jsonCopy   `json:"copied_by"`
}

type jsonTotals struct {
	Articles int          `json:"articles"`
	Claims   jsonClaims   `json:"claims"`
	Quotes   jsonQuotes   `json:"quotes"`
	Findings jsonFindings `json:"findings"`
}

type jsonEnd struct {
	Path   string `json:"path"`
	Source string `json:"source"`
	Line   int    `json:"line"`
}

type jsonEdge struct {
	Derived   jsonEnd  `json:"derived"`
	Source    jsonEnd  `json:"source"`
	Matched   int      `json:"matched"`
	Sentences int      `json:"sentences"`
	Share     *float64 `json:"share"`
}

type jsonLink struct {
	From      string `json:"from"`
	To        string `json:"to"`
	Articles  int    `json:"articles"`
	Sentences int    `json:"sentences"`
}

type jsonClaim struct {
	Text        string            `json:"text"`
	Kind        string            `json:"kind"`
	Specificity int               `json:"specificity"`
	Path        string            `json:"path"`
	Line        int               `json:"line"`
	Independent int               `json:"independent"`
	CarriedBy   map[string]string `json:"carried_by"`
}

type jsonStory struct {
	Name     string      `json:"name"`
	Articles []string    `json:"articles"`
	Sources  []string    `json:"sources"`
	Terms    int         `json:"terms"`
	Claims   []jsonClaim `json:"claims"`
}

type jsonReport struct {
	Schema         string       `json:"schema"`
	Version        int          `json:"version"`
	SrclintVersion string       `json:"srclint_version"`
	Files          int          `json:"files"`
	Rules          []string     `json:"rules"`
	Totals         jsonTotals   `json:"totals"`
	Sources        []jsonSource `json:"sources"`
	Provenance     []jsonEdge   `json:"provenance"`
	Links          []jsonLink   `json:"links"`
	Stories        []jsonStory  `json:"stories"`
}

// share returns n/d rounded to four decimals, nil when d is 0.
func share(n, d int) *float64 {
	if d == 0 {
		return nil
	}
	v := math.Round(float64(n)/float64(d)*1e4) / 1e4
	return &v
}

func jsonCopies(cs []scorecard.Copy) []jsonCopy {
	out := []jsonCopy{}
	for _, c := range cs {
		out = append(out, jsonCopy(c))
	}
	return out
}

func byRule(m map[string]int) map[string]int {
	out := map[string]int{}
	for k, v := range m {
		out[k] = v
	}
	return out
}

// Write writes the report.
func (JSON) Write(w io.Writer, r *Report) error {
	sc := r.Scorecard
	t := sc.Totals
	out := jsonReport{
		Schema: "srclint-report", Version: SchemaVersion, SrclintVersion: r.Version, Files: r.Files,
		Rules: append([]string{}, sc.Rules...),
		Totals: jsonTotals{
			Articles: t.Articles,
			Claims:   jsonClaims{t.Claims, t.Comparable, t.Corroborated, share(t.Corroborated, t.Comparable)},
			Quotes:   jsonQuotes{t.Quotes, t.Matched, t.Verbatim, t.Altered, share(t.Verbatim, t.Matched)},
			Findings: jsonFindings{t.Findings, t.Errors, t.Warnings, t.Notes, byRule(t.ByRule)},
		},
		Sources: []jsonSource{}, Provenance: []jsonEdge{}, Links: []jsonLink{}, Stories: []jsonStory{},
	}
	for _, s := range sc.Sources {
		out.Sources = append(out.Sources, jsonSource{
			Name: s.Name, Short: s.Short, Articles: s.Articles,
			Claims:     jsonClaims{s.Claims, s.Comparable, s.Corroborated, share(s.Corroborated, s.Comparable)},
			Quotes:     jsonQuotes{s.Quotes, s.Matched, s.Verbatim, s.Altered, share(s.Verbatim, s.Matched)},
			Findings:   jsonFindings{s.FindingCount(), s.Errors, s.Warnings, s.Notes, byRule(s.Findings)},
			CopiedFrom: jsonCopies(s.CopiedFrom), CopiedBy: jsonCopies(s.CopiedBy),
		})
	}
	for _, e := range sc.Edges {
		out.Provenance = append(out.Provenance, jsonEdge{
			Derived: jsonEnd{e.Derived, e.DerivedSource, e.Line}, Source: jsonEnd{e.Source, e.SourceSource, e.SourceLine},
			Matched: e.Matched, Sentences: e.Sentences, Share: share(e.Matched, e.Sentences),
		})
	}
	for _, l := range sc.Links {
		out.Links = append(out.Links, jsonLink(l))
	}
	for _, st := range sc.Stories {
		js := jsonStory{Name: st.Name, Articles: st.Articles, Sources: st.Sources, Terms: st.Terms, Claims: []jsonClaim{}}
		for _, c := range st.Claims {
			jc := jsonClaim{Text: c.Text, Kind: c.Kind, Specificity: c.Specificity, Path: c.Path, Line: c.Line,
				Independent: c.Independent, CarriedBy: map[string]string{}}
			for i, cell := range c.Cells {
				if cell != scorecard.Absent {
					jc.CarriedBy[st.Sources[i]] = cell.String()
				}
			}
			js.Claims = append(js.Claims, jc)
		}
		out.Stories = append(out.Stories, js)
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(out)
}
