package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"regexp"
	"strings"

	"github.com/srclint/srclint"
	"github.com/srclint/srclint/rules"
)

// valeStyle prints a Vale substitution rule with the [[variants]] pairs of
// a rules.toml (default: srclint's embedded default), for
// scripts/compare-vale.sh. A group with a preferred form maps every variant
// to it; a group without maps every later form to the first.
func valeStyle(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("gencorpus vale-style", flag.ContinueOnError)
	fs.SetOutput(stderr)
	cfgPath := fs.String("config", "", "rules.toml to read (default: srclint's embedded default)")
	if err := fs.Parse(args); err != nil || fs.NArg() > 0 {
		return 2
	}
	name, data := "(default rules.toml)", srclint.DefaultRules()
	if *cfgPath != "" {
		b, err := os.ReadFile(*cfgPath)
		if err != nil {
			fmt.Fprintf(stderr, "gencorpus: %v\n", err)
			return 1
		}
		name, data = *cfgPath, b
	}
	cfg, err := rules.ParseConfig(name, data)
	if err != nil {
		fmt.Fprintf(stderr, "gencorpus: %v\n", err)
		return 1
	}
	var b strings.Builder
	b.WriteString("extends: substitution\nmessage: \"Use '%s' instead of '%s'.\"\nlevel: warning\nignorecase: false\nswap:\n")
	pairs := 0
	seen := map[string]bool{}
	for _, g := range cfg.Variants {
		to := g.Preferred
		forms := g.Variants
		if to == "" {
			to, forms = g.Variants[0], g.Variants[1:]
		}
		for _, f := range forms {
			if f == to || seen[f] {
				continue
			}
			seen[f] = true
			fmt.Fprintf(&b, "  %q: %q\n", regexp.QuoteMeta(f), to)
			pairs++
		}
	}
	if _, err := io.WriteString(stdout, b.String()); err != nil {
		fmt.Fprintf(stderr, "gencorpus: %v\n", err)
		return 1
	}
	fmt.Fprintf(stderr, "%d substitution pairs from %s\n", pairs, name)
	return 0
}
