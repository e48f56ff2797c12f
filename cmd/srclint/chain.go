package main

import (
	"fmt"
	"path/filepath"

	"github.com/srclint/srclint/rules"
	"github.com/srclint/srclint/rules/article"
	"github.com/srclint/srclint/rules/config"
	"github.com/srclint/srclint/rules/filter"
	"github.com/srclint/srclint/rules/finding"
)

// chainOptions select the optional stages of the post-processing chain.
type chainOptions struct {
	// baseline is a baseline file whose findings are hidden ("" = none).
	baseline string
	// newFromRev keeps only findings touching files changed since this git
	// revision ("" = all findings).
	newFromRev string
}

// postProcess runs the post-processing chain over the analysis:
// suppression directives, then the baseline, then the new-only view. It
// returns the findings to report and how many the baseline hid.
func postProcess(e *env, an *analysis, opts chainOptions) ([]finding.Finding, int, error) {
	stages := []filter.Processor{suppressStage(an)}
	var hide *filter.HideBaselined
	if opts.baseline != "" {
		b, err := filter.ReadBaseline(absPath(e, opts.baseline))
		if err != nil {
			return nil, 0, err
		}
		hide = filter.NewHideBaselined(b)
		stages = append(stages, hide)
	}
	if opts.newFromRev != "" {
		nf, err := filter.ChangedSince(e.workDir, opts.newFromRev)
		if err != nil {
			return nil, 0, fmt.Errorf("--new-from-rev: %w", err)
		}
		stages = append(stages, nf)
	}
	fillAbsPaths(e, an.findings)
	fs, err := filter.Apply(an.findings, stages...)
	if err != nil {
		return nil, 0, err
	}
	hidden := 0
	if hide != nil {
		hidden = hide.Hidden()
	}
	return fs, hidden, nil
}

// fillAbsPaths gives findings without an absolute path (the loader leaves
// it out for a binary file's input finding) one from their path, which is
// relative to the working folder, so that SARIF and --new-from-rev can
// place them.
func fillAbsPaths(e *env, fs []finding.Finding) {
	for i := range fs {
		if fs[i].AbsPath == "" && fs[i].Path != "" {
			fs[i].AbsPath = absPath(e, filepath.FromSlash(fs[i].Path))
		}
	}
}

// suppressStage builds the inline-suppression stage for the analysis.
func suppressStage(an *analysis) *filter.Suppress {
	arts := make([]*article.Article, len(an.corpus.Docs))
	for i, d := range an.corpus.Docs {
		arts[i] = d.Article
	}
	enabled := map[string]bool{}
	for _, r := range rules.Enabled(an.cfg, nil) {
		enabled[r.Meta().ID] = true
	}
	s := &filter.Suppress{
		Articles: arts,
		Known:    func(id string) bool { return knownRule(an.cfg, id) },
		Enabled:  func(id string) bool { return enabled[id] },
	}
	if rc := an.cfg.Rules[rules.UnusedSuppressionID]; rc != nil && rc.Enabled {
		s.ReportUnused, s.Severity = true, rc.Severity
	}
	return s
}

// knownRule reports whether id names a built-in rule or a [[patterns]] rule.
func knownRule(cfg *config.Config, id string) bool {
	if rules.ByID(id) != nil {
		return true
	}
	for _, p := range cfg.Patterns {
		if p.ID == id {
			return true
		}
	}
	return false
}

// resolveRoot returns the folder SARIF paths are relative to: --root, else
// the git top level, else the working folder.
func resolveRoot(e *env, root string) string {
	if root != "" {
		return absPath(e, root)
	}
	if top, err := filter.GitTopLevel(e.workDir); err == nil {
		return top
	}
	return e.workDir
}

// absPath resolves p against the working folder.
func absPath(e *env, p string) string {
	if filepath.IsAbs(p) {
		return filepath.Clean(p)
	}
	return filepath.Join(e.workDir, p)
}
