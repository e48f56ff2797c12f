package report

import (
	"fmt"
	"io"
	"math"
	"sort"
	"strconv"

	"github.com/srclint/srclint/rules/finding"
	"github.com/srclint/srclint/rules/scorecard"
)

// Report is everything a report format shows.
type Report struct {
	// Scorecard holds the per-source numbers, the matrices and the edges.
	Scorecard *scorecard.Scorecard
	// Findings are the run's findings, sorted (the HTML report lists them).
	Findings []finding.Finding
	// Files is the number of files linted.
	Files int
	// Version is srclint's version.
	Version string
}

// Options tune the formats.
type Options struct {
	// LinkBase is put before a finding's path in the HTML report's links:
	// the path from the report's folder to the folder finding paths are
	// relative to, with a trailing slash, or "" when they are the same.
	LinkBase string
}

// Writer writes a report in one format.
type Writer interface {
	Write(w io.Writer, r *Report) error
}

func writers(opts Options) map[string]Writer {
	return map[string]Writer{
		"text":     Text{},
		"json":     JSON{},
		"markdown": Markdown{},
		"html":     HTML(opts),
	}
}

// Names lists the format names, sorted.
func Names() []string {
	var out []string
	for n := range writers(Options{}) {
		out = append(out, n)
	}
	sort.Strings(out)
	return out
}

// New returns the writer of the format called name.
func New(name string, opts Options) (Writer, error) {
	w, ok := writers(opts)[name]
	if !ok {
		return nil, fmt.Errorf("unknown report format %q (want one of %v)", name, Names())
	}
	return w, nil
}

// percent formats n/d as a whole percentage, "–" when d is 0.
func percent(n, d int) string {
	if d == 0 {
		return "–"
	}
	return strconv.Itoa(int(math.Round(100*float64(n)/float64(d)))) + "%"
}

// fraction formats n/d with its percentage: "6/20 (30%)", "–" when d is 0.
func fraction(n, d int) string {
	if d == 0 {
		return "–"
	}
	return fmt.Sprintf("%d/%d (%s)", n, d, percent(n, d))
}

// shorts maps source names to their short forms.
func shorts(sc *scorecard.Scorecard) map[string]string {
	out := map[string]string{}
	for _, s := range sc.Sources {
		out[s.Name] = s.Short
	}
	return out
}

// short returns the short form of a source name.
func short(m map[string]string, name string) string {
	if s, ok := m[name]; ok && s != "" {
		return s
	}
	return name
}

// copies formats a copied-from list: "001 (1 article, 11 sentences)".
func copies(m map[string]string, cs []scorecard.Copy) string {
	if len(cs) == 0 {
		return "–"
	}
	out := ""
	for i, c := range cs {
		if i > 0 {
			out += "; "
		}
		out += fmt.Sprintf("%s (%s, %s)", short(m, c.Source), plural(c.Articles, "article"), plural(c.Sentences, "sentence"))
	}
	return out
}

func plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return strconv.Itoa(n) + " " + word + "s"
}

// cellMark is the text mark of a matrix cell.
func cellMark(c scorecard.Cell) string {
	switch c {
	case scorecard.Original:
		return "●"
	case scorecard.Copied:
		return "○"
	}
	return "·"
}
