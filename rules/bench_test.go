package rules_test

import (
	"fmt"
	"testing"

	"github.com/rs/zerolog"

	"github.com/srclint/srclint"
	"github.com/srclint/srclint/internal/gencorpus"
	"github.com/srclint/srclint/rules"
	"github.com/srclint/srclint/rules/article"
	"github.com/srclint/srclint/rules/config"
	"github.com/srclint/srclint/rules/finding"
)

// benchCorpus generates n articles in memory and parses them as the loader
// does; it returns the articles, the manifest and the default config. The
// benchmarks and the scale tests share it.
func benchCorpus(tb testing.TB, n int) ([]*article.Article, *gencorpus.Manifest, *config.Config) {
	tb.Helper()
	cfg, err := rules.ParseConfig("rules.toml", srclint.DefaultRules())
	if err != nil {
		tb.Fatal(err)
	}
	opts := gencorpus.DefaultOptions()
	opts.Articles = n
	arts, m, err := gencorpus.Articles(opts, cfg.Sources)
	if err != nil {
		tb.Fatal(err)
	}
	return arts, m, cfg
}

// score reports recall of the planted items as a benchmark metric.
func score(b *testing.B, m *gencorpus.Manifest, fs []finding.Finding) {
	rep := &gencorpus.Report{}
	for _, f := range fs {
		rep.Findings = append(rep.Findings, gencorpus.Finding{Rule: f.Rule, Path: f.Path, Line: int(f.Line), Offset: int(f.Offset), EndOffset: int(f.EndOffset)})
	}
	s := gencorpus.ScoreReport(m, rep)
	b.ReportMetric(100*s.Recall(), "recall-%")
	b.ReportMetric(float64(len(fs)), "findings")
}

// BenchmarkRun runs every enabled rule of the default rules.toml end to end
// (corpus, extraction, indexes, rules, sorting) on generated corpora. Loading
// is measured in rules/load; run with -benchmem.
func BenchmarkRun(b *testing.B) {
	for _, n := range []int{1000, 10000} {
		b.Run(fmt.Sprintf("articles=%d", n), func(b *testing.B) {
			arts, m, cfg := benchCorpus(b, n)
			var size int64
			for _, a := range arts {
				size += int64(len(a.Text))
			}
			b.SetBytes(size)
			b.ReportAllocs()
			var fs []finding.Finding
			for b.Loop() {
				var err error
				fs, _, err = rules.Run(arts, nil, rules.Options{Config: cfg, Jobs: 2, Log: zerolog.Nop()})
				if err != nil {
					b.Fatal(err)
				}
			}
			score(b, m, fs)
		})
	}
}

// BenchmarkRule runs each built-in rule alone on 1k generated articles: the
// cost of a rule includes the extractors and indexes it is first to need.
func BenchmarkRule(b *testing.B) {
	arts, _, cfg := benchCorpus(b, 1000)
	for _, r := range rules.All() {
		id := r.Meta().ID
		b.Run(id, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, _, err := rules.Run(arts, nil, rules.Options{Config: cfg, Jobs: 2, Only: []string{id}, Log: zerolog.Nop()}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkRunOneStory runs every rule on generated articles that all
// declare one story in front matter: the shape of an archive tagged by beat
// rather than by event. Cross-article checks go through each story's
// indexes, so the time per article should stay near that of small stories.
func BenchmarkRunOneStory(b *testing.B) {
	for _, n := range []int{1000, 4000} {
		b.Run(fmt.Sprintf("articles=%d", n), func(b *testing.B) {
			arts, _, cfg := benchCorpus(b, n)
			for _, a := range arts {
				a.Story = "one-story"
			}
			b.ReportAllocs()
			for b.Loop() {
				if _, _, err := rules.Run(arts, nil, rules.Options{Config: cfg, Jobs: 2, Log: zerolog.Nop()}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
