package main

import (
	"errors"
	"flag"
	"fmt"

	"github.com/srclint/srclint/rules/filter"
)

// cmdBaseline lints like cmdLint, then writes every finding that remains
// after inline suppressions to the baseline file (--baseline FILE, default
// .srclint-baseline.json), so that later runs with --baseline FILE show only
// new findings.
func cmdBaseline(e *env, args []string) int {
	fs, lf := newLintFlagSet("srclint baseline", e)
	paths, err := parseInterleaved(fs, args)
	if err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return exitClean
		}
		return exitUsage
	}
	if lf.newFrom != "" || len(lf.formats) > 0 {
		fmt.Fprintln(e.stderr, "srclint baseline: --new-from-rev and --format do not apply; it records every finding")
		return exitUsage
	}
	an, err := analyze(e, lf, paths)
	if err != nil {
		fmt.Fprintf(e.stderr, "srclint baseline: %v\n", err)
		return exitUsage
	}
	found, _, err := postProcess(e, an, chainOptions{})
	if err != nil {
		fmt.Fprintf(e.stderr, "srclint baseline: %v\n", err)
		return exitUsage
	}
	file := lf.baseline
	if file == "" {
		file = filter.BaselineFile
	}
	b := filter.NewBaseline(found)
	if err := filter.WriteBaseline(absPath(e, file), b); err != nil {
		fmt.Fprintf(e.stderr, "srclint baseline: %v\n", err)
		return exitUsage
	}
	fmt.Fprintf(e.stdout, "wrote %s (%d %s)\n", file, len(b.Findings), plural(len(b.Findings), "finding"))
	return exitClean
}

func plural(n int, word string) string {
	if n == 1 {
		return word
	}
	return word + "s"
}
