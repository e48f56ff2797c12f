// Package rules is srclint's rule engine: the Rule interface, the registry of
// built-in rules (one file per rule), and the runner that extracts, runs the
// rules and turns their diagnostics into positioned findings.
package rules

import (
	"github.com/rs/zerolog"

	"github.com/srclint/srclint/internal/workers"
	"github.com/srclint/srclint/rules/article"
	"github.com/srclint/srclint/rules/config"
	"github.com/srclint/srclint/rules/corpus"
	"github.com/srclint/srclint/rules/finding"
)

// Meta documents a rule. It feeds `srclint rules`, `srclint explain` and the
// SARIF rule descriptors.
type Meta struct {
	// ID is the rule's id and its [rules.<id>] table name, e.g. "variant".
	ID string
	// Name is a PascalCase name for SARIF, e.g. "SpellingVariant".
	Name string
	// Short is a one-line description (a sentence).
	Short string
	// Full is a paragraph describing what the rule checks.
	Full string
	// Help is Markdown help with an example and the rule's settings.
	Help string
	// Tags classify the rule, e.g. "names", "quotes", "claims".
	Tags []string
	// Severity is the default severity.
	Severity finding.Severity
}

// Rule is one check. Rules are stateless values: everything a run needs
// lives in the Pass, so one Rule may serve many runs at once.
type Rule interface {
	Meta() Meta
	// NewSettings returns a pointer to the rule's typed settings struct,
	// filled with defaults. The [rules.<id>] table is decoded into it
	// strictly (unknown keys are errors). Return nil if the rule has no
	// settings beyond enabled and severity.
	NewSettings() any
	// Run checks the corpus and reports diagnostics through pass.Report.
	Run(pass *Pass) error
}

// Diagnostic is what a rule reports: a span of one document, a message and
// evidence elsewhere. The engine resolves positions.
type Diagnostic struct {
	Doc     *corpus.Doc
	Span    article.Span
	Message string
	// Severity overrides the rule's configured severity when non-zero (for
	// rules with graded findings, such as warning and note grades).
	Severity finding.Severity
	Related  []Related
}

// Related is one piece of evidence in another (or the same) document.
type Related struct {
	Doc     *corpus.Doc
	Span    article.Span
	Message string
}

// Pass is one rule's view of one run.
type Pass struct {
	// Corpus holds every article of the run and the cached facts.
	Corpus *corpus.Corpus
	// Config is the whole decoded configuration (variants, names, sources,
	// patterns, claims watchlist).
	Config *config.Config
	// Settings is the pointer NewSettings returned, decoded from the
	// rule's [rules.<id>] table.
	Settings any
	// Log is the rule's logger (stderr).
	Log zerolog.Logger

	// resolve positions a diagnostic (safe for concurrent use); emit
	// records the finding, and emitAll a run of findings in order (the
	// pass may keep the slice).
	resolve func(Diagnostic) (finding.Finding, bool)
	emit    func(finding.Finding)
	emitAll func([]finding.Finding)
	jobs    int
}

// Report records a diagnostic.
func (p *Pass) Report(d Diagnostic) {
	if f, ok := p.resolve(d); ok {
		p.emit(f)
	}
}

// Parallel calls f(i, sub) for i in [0, n) on the run's workers. Each call
// reports through its own sub-pass, whose diagnostics are positioned on
// the worker and recorded afterwards in the order of i, so the result does
// not depend on the number of workers. f must not share mutable state
// between calls.
func (p *Pass) Parallel(n int, f func(i int, sub *Pass)) {
	buffered := make([][]finding.Finding, n)
	failed := make([]any, n)
	workers.For(n, max(1, p.jobs), func(i int) {
		sub := *p
		sub.emit = func(f finding.Finding) { buffered[i] = append(buffered[i], f) }
		sub.emitAll = func(fs []finding.Finding) { buffered[i] = append(buffered[i], fs...) }
		defer func() {
			if v := recover(); v != nil {
				failed[i] = v
			}
		}()
		f(i, &sub)
	})
	for i := range n {
		if failed[i] != nil {
			// Re-raised on the rule's goroutine, where the engine turns
			// it into an internal error.
			panic(failed[i])
		}
		if len(buffered[i]) > 0 {
			p.emitAll(buffered[i])
		}
	}
}
