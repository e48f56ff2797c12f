package main

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/srclint/srclint"
	"github.com/srclint/srclint/rules/report"
	"github.com/srclint/srclint/rules/scorecard"
)

// cmdReport runs `srclint report [flags] [path ...]`: it lints the paths
// and writes the per-source scorecard, the story matrices, the provenance
// edges and the findings in one format (text, json, markdown or html).
// It exits 0 once the report is written, whatever the findings (files
// that cannot be read appear as input findings), and 2 on a usage or
// configuration error or when the report cannot be written.
func cmdReport(e *env, args []string) int {
	fs, lf := newLintFlagSet("srclint report", e)
	fs.Usage = func() {
		fmt.Fprint(e.stderr, reportUsage)
		fs.PrintDefaults()
	}
	paths, err := parseInterleaved(fs, args)
	if err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return exitClean
		}
		return exitUsage
	}
	name, file, err := reportFormat(lf)
	if err != nil {
		fmt.Fprintf(e.stderr, "srclint report: %v\n", err)
		return exitUsage
	}
	an, err := analyze(e, lf, paths)
	if err != nil {
		fmt.Fprintf(e.stderr, "srclint report: %v\n", err)
		return exitUsage
	}
	found, _, err := postProcess(e, an, chainOptions{baseline: lf.baseline, newFromRev: lf.newFrom})
	if err != nil {
		fmt.Fprintf(e.stderr, "srclint report: %v\n", err)
		return exitUsage
	}
	opts := report.Options{}
	if file != "" {
		opts.LinkBase = linkBase(e.workDir, absPath(e, file))
	}
	w, err := report.New(name, opts)
	if err != nil {
		fmt.Fprintf(e.stderr, "srclint report: --format: %v\n", err)
		return exitUsage
	}
	r := &report.Report{
		Scorecard: scorecard.Build(an.corpus, found, scorecard.Options{Config: an.cfg}),
		Findings:  found,
		Files:     an.files,
		Version:   srclint.Version,
	}
	if file == "" {
		if err := w.Write(e.stdout, r); err != nil {
			fmt.Fprintf(e.stderr, "srclint report: %v\n", err)
			return exitUsage
		}
		return exitClean
	}
	var buf bytes.Buffer
	if err := w.Write(&buf, r); err != nil {
		fmt.Fprintf(e.stderr, "srclint report: %v\n", err)
		return exitUsage
	}
	if err := os.WriteFile(absPath(e, file), buf.Bytes(), 0o644); err != nil {
		fmt.Fprintf(e.stderr, "srclint report: cannot write the %s report: %v\n", name, err)
		return exitUsage
	}
	return exitClean
}

const reportUsage = `Usage: srclint report [flags] [path ...]

Lints the paths and writes a per-source scorecard (articles, claims and the
share corroborated, quotes and the share verbatim, findings by rule, copied
from), which source carries which claim of each story, and who copies whom.

  --format text|json|markdown|html   (default text; NAME=FILE writes to FILE)
  --output FILE                      write to FILE instead of stdout

Flags:
`

// reportFormat returns the one requested format and its output file ("" for
// stdout).
func reportFormat(lf *lintFlags) (name, file string, err error) {
	switch len(lf.formats) {
	case 0:
		return "text", lf.output, nil
	case 1:
	default:
		return "", "", fmt.Errorf("--format given %d times; a report has one format (%s)", len(lf.formats), strings.Join(report.Names(), ", "))
	}
	name, file, _ = strings.Cut(lf.formats[0], "=")
	if file == "" {
		file = lf.output
	}
	if _, err := report.New(name, report.Options{}); err != nil {
		return "", "", fmt.Errorf("--format: %w", err)
	}
	return name, file, nil
}

// linkBase returns the path from the report file's folder to the working
// folder (finding paths are relative to it), with a trailing slash, or ""
// when they are the same folder.
func linkBase(workDir, reportFile string) string {
	rel, err := filepath.Rel(filepath.Dir(reportFile), workDir)
	if err != nil || rel == "." {
		return ""
	}
	return filepath.ToSlash(rel) + "/"
}
