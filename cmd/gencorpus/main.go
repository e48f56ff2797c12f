// Command gencorpus writes a deterministic corpus of generated news articles
// for srclint's benchmarks, with a manifest of the variants, altered quotes
// and single-source claims it planted, and scores a srclint JSON report
// against that manifest.
//
//	gencorpus -n 10000 -seed 1 -out /tmp/corpus          # writes /tmp/corpus and /tmp/corpus/manifest.json
//	srclint --format json /tmp/corpus > findings.json
//	gencorpus score -manifest /tmp/corpus/manifest.json findings.json
//	gencorpus vale-style > Variants.yml                  # the same [[variants]] as a Vale substitution rule
package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/srclint/srclint/internal/gencorpus"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

func run(args []string, stdout, stderr io.Writer) int {
	if len(args) > 0 {
		switch args[0] {
		case "score":
			return score(args[1:], stdout, stderr)
		case "vale-style":
			return valeStyle(args[1:], stdout, stderr)
		}
	}
	def := gencorpus.DefaultOptions()
	fs := flag.NewFlagSet("gencorpus", flag.ContinueOnError)
	fs.SetOutput(stderr)
	n := fs.Int("n", def.Articles, "number of articles")
	seed := fs.Uint64("seed", def.Seed, "random seed: the same seed and flags give the same bytes")
	stories := fs.Int("stories", 0, "number of stories of 3-8 articles (0: about n/5.5)")
	out := fs.String("out", "", "output `folder` (required)")
	manifest := fs.String("manifest", "", "manifest `FILE` (default OUT/manifest.json)")
	fs.Float64Var(&def.VariantRate, "variant-rate", def.VariantRate, "probability that an article carries a planted Kiev/Donbass")
	fs.Float64Var(&def.QuoteRate, "quote-rate", def.QuoteRate, "probability that a story has one reworded quote")
	fs.Float64Var(&def.ClaimRate, "claim-rate", def.ClaimRate, "probability that a story has one single-source deadline claim")
	fs.BoolVar(&def.StoryField, "story-field", def.StoryField, "write story: in the front matter")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if *out == "" || fs.NArg() > 0 {
		fmt.Fprintln(stderr, "usage: gencorpus -out FOLDER [-n N] [-seed S] [-stories K]  |  gencorpus score -manifest FILE REPORT.json")
		return 2
	}
	opts := def
	opts.Articles, opts.Seed, opts.Stories = *n, *seed, *stories
	if *manifest == "" {
		*manifest = filepath.Join(*out, "manifest.json")
	}
	if err := os.MkdirAll(*out, 0o755); err != nil {
		fmt.Fprintf(stderr, "gencorpus: %v\n", err)
		return 1
	}
	m, err := gencorpus.WriteDir(*out, *manifest, opts)
	if err != nil {
		fmt.Fprintf(stderr, "gencorpus: %v\n", err)
		return 1
	}
	fmt.Fprintf(stdout, "wrote %d articles in %d stories (%.1f MB) to %s; %d planted items in %s\n",
		m.Articles, m.Stories, float64(m.Bytes)/1e6, *out, len(m.Plants), *manifest)
	return 0
}

func score(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("gencorpus score", flag.ContinueOnError)
	fs.SetOutput(stderr)
	manifest := fs.String("manifest", "", "manifest `FILE` written by gencorpus (required)")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if *manifest == "" || fs.NArg() != 1 {
		fmt.Fprintln(stderr, "usage: gencorpus score -manifest FILE REPORT.json")
		return 2
	}
	m, err := gencorpus.ReadManifest(*manifest)
	if err != nil {
		fmt.Fprintf(stderr, "gencorpus: %v\n", err)
		return 1
	}
	f, err := os.Open(fs.Arg(0))
	if err != nil {
		fmt.Fprintf(stderr, "gencorpus: %v\n", err)
		return 1
	}
	defer f.Close()
	rep, err := gencorpus.ReadReport(f)
	if err != nil {
		fmt.Fprintf(stderr, "gencorpus: %v\n", err)
		return 1
	}
	if err := gencorpus.ScoreReport(m, rep).WriteText(stdout); err != nil {
		fmt.Fprintf(stderr, "gencorpus: %v\n", err)
		return 1
	}
	return 0
}
