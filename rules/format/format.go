// Package format writes a lint report in srclint's output formats: text for
// people, JSON for programs, SARIF for code scanning and GitHub workflow
// commands for pull-request annotations. Each format is one file.
package format

import (
	"fmt"
	"io"
	"sort"

	"github.com/srclint/srclint/rules"
	"github.com/srclint/srclint/rules/finding"
)

// Report is everything a formatter may show.
type Report struct {
	// Findings are sorted by path, line, column, rule.
	Findings []finding.Finding
	// Files is the number of files linted (including those with input
	// problems).
	Files int
	// Sources are the distinct outlets, sorted.
	Sources []string
	// Rules are the enabled rules' descriptions, in registry order.
	Rules []rules.Meta
	// Root is the absolute folder SARIF URIs are relative to.
	Root string
	// Version is srclint's version.
	Version string
	// Category is the SARIF automation id (--sarif-category).
	Category string
	// Hidden is the number of findings hidden by a baseline.
	Hidden int
}

// Options tune human-facing formats.
type Options struct {
	// Color enables ANSI colours in text output.
	Color bool
	// Context prints the source line under each text finding.
	Context bool
	// Getenv looks up an environment variable (the github format reads
	// GITHUB_STEP_SUMMARY). Nil means no variable is set.
	Getenv func(string) string
	// Warn receives a note for the user's stderr, such as the SARIF result
	// cap being reached. Nil discards it.
	Warn func(string)
	// Jobs is the number of goroutines a format may encode findings on
	// (GOMAXPROCS when less than 1).
	Jobs int
}

// Formatter writes a report.
type Formatter interface {
	Format(w io.Writer, r *Report) error
}

// Constructors of the formats by name. Filled in by each format's file.
func constructors(opts Options) map[string]Formatter {
	return map[string]Formatter{
		"text":   Text{Color: opts.Color, Context: opts.Context},
		"json":   JSON{Jobs: opts.Jobs},
		"sarif":  SARIF{MaxResults: MaxSARIFResults, Warn: opts.Warn},
		"github": GitHub{Getenv: opts.Getenv},
	}
}

// Names lists the known format names, sorted.
func Names() []string {
	var out []string
	for n := range constructors(Options{}) {
		out = append(out, n)
	}
	sort.Strings(out)
	return out
}

// New returns the formatter called name.
func New(name string, opts Options) (Formatter, error) {
	f, ok := constructors(opts)[name]
	if !ok {
		return nil, fmt.Errorf("unknown format %q (want one of %v)", name, Names())
	}
	return f, nil
}

// Counts returns the number of findings per severity.
func Counts(fs []finding.Finding) (errors, warnings, notes int) {
	for _, f := range fs {
		switch f.Severity {
		case finding.Error:
			errors++
		case finding.Warning:
			warnings++
		default:
			notes++
		}
	}
	return
}
