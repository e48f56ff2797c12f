package main

import (
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"text/tabwriter"

	"github.com/srclint/srclint"
	"github.com/srclint/srclint/rules"
)

func cmdInit(e *env, args []string) int {
	if len(args) > 0 {
		fmt.Fprintf(e.stderr, "srclint init: unexpected argument %q\n", args[0])
		return exitUsage
	}
	p := filepath.Join(e.workDir, "rules.toml")
	f, err := os.OpenFile(p, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if err != nil {
		if errors.Is(err, os.ErrExist) {
			fmt.Fprintln(e.stderr, "srclint init: rules.toml already exists; not overwriting it")
		} else {
			fmt.Fprintf(e.stderr, "srclint init: %v\n", err)
		}
		return exitUsage
	}
	if _, err := f.Write(srclint.DefaultRules()); err != nil {
		f.Close()
		fmt.Fprintf(e.stderr, "srclint init: %v\n", err)
		return exitUsage
	}
	if err := f.Close(); err != nil {
		fmt.Fprintf(e.stderr, "srclint init: %v\n", err)
		return exitUsage
	}
	fmt.Fprintln(e.stdout, "wrote rules.toml")
	return exitClean
}

func cmdRules(e *env, args []string) int {
	if len(args) > 0 {
		fmt.Fprintf(e.stderr, "srclint rules: unexpected argument %q\n", args[0])
		return exitUsage
	}
	tw := tabwriter.NewWriter(e.stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "RULE\tSEVERITY\tDESCRIPTION")
	for _, r := range rules.All() {
		m := r.Meta()
		fmt.Fprintf(tw, "%s\t%s\t%s\n", m.ID, m.Severity, m.Short)
	}
	tw.Flush()
	return exitClean
}

func cmdExplain(e *env, args []string) int {
	if len(args) != 1 {
		fmt.Fprintln(e.stderr, "usage: srclint explain RULE")
		return exitUsage
	}
	r := rules.ByID(args[0])
	if r == nil {
		var ids []string
		for _, r := range rules.All() {
			ids = append(ids, r.Meta().ID)
		}
		fmt.Fprintf(e.stderr, "srclint explain: unknown rule %q (rules: %s)\n", args[0], strings.Join(ids, ", "))
		return exitUsage
	}
	m := r.Meta()
	fmt.Fprintf(e.stdout, "# %s (%s, default severity %s)\n\n%s\n\n%s\n", m.ID, m.Name, m.Severity, m.Full, m.Help)
	return exitClean
}

func cmdVersion(e *env, args []string) int {
	if len(args) > 0 {
		fmt.Fprintf(e.stderr, "srclint version: unexpected argument %q\n", args[0])
		return exitUsage
	}
	fmt.Fprintf(e.stdout, "srclint %s\n", srclint.Version)
	return exitClean
}

func cmdVariants(e *env, args []string) int {
	fs, lf := newLintFlagSet("srclint variants", e)
	paths, err := parseInterleaved(fs, args)
	if err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return exitClean
		}
		return exitUsage
	}
	an, err := analyze(e, lf, paths)
	if err != nil {
		fmt.Fprintf(e.stderr, "srclint variants: %v\n", err)
		return exitUsage
	}
	fmt.Fprint(e.stdout, rules.DiscoveredTOML(an.corpus))
	return exitClean
}
