package rules_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/rs/zerolog"

	"github.com/srclint/srclint/internal/gencorpus"
	"github.com/srclint/srclint/rules"
	"github.com/srclint/srclint/rules/corpus"
	"github.com/srclint/srclint/rules/finding"
	"github.com/srclint/srclint/rules/quote"
	"github.com/srclint/srclint/rules/story"
)

// BenchmarkQuoteRules runs quote-altered and quote-unverified alone on
// generated corpora (extraction, story grouping, matching and the rules)
// and reports the recall of the planted altered quotes, the share of
// quote-altered findings on a planted one, and how many quotes
// quote-unverified flags.
func BenchmarkQuoteRules(b *testing.B) {
	for _, n := range []int{1000, 10000} {
		b.Run(fmt.Sprintf("articles=%d", n), func(b *testing.B) {
			arts, m, cfg := benchCorpus(b, n)
			b.ReportAllocs()
			var fs []finding.Finding
			for b.Loop() {
				var err error
				fs, _, err = rules.Run(arts, nil, rules.Options{Config: cfg, Jobs: 2, Only: []string{"quote-altered", "quote-unverified"}, Log: zerolog.Nop()})
				if err != nil {
					b.Fatal(err)
				}
			}
			recall, precision, unverified := quoteScore(m, fs)
			b.ReportMetric(100*recall, "recall-%")
			b.ReportMetric(100*precision, "precision-%")
			b.ReportMetric(float64(unverified), "unverified")
		})
	}
}

// BenchmarkQuoteMatch measures quote extraction and matching alone
// (quote.Counterparts) on generated corpora, with the story grouping the
// matching relies on computed beforehand: other rules need it too.
func BenchmarkQuoteMatch(b *testing.B) {
	for _, n := range []int{1000, 10000} {
		b.Run(fmt.Sprintf("articles=%d", n), func(b *testing.B) {
			arts, _, _ := benchCorpus(b, n)
			b.ReportAllocs()
			for b.Loop() {
				b.StopTimer()
				c := corpus.New(arts)
				story.Stories.Of(c)
				b.StartTimer()
				quote.Counterparts.Of(c)
			}
		})
	}
}

// quoteScore returns the share of planted altered quotes that quote-altered
// finds, the share of its findings on a planted altered quote, and the
// number of quote-unverified findings.
func quoteScore(m *gencorpus.Manifest, fs []finding.Finding) (recall, precision float64, unverified int) {
	plants := map[string][]gencorpus.Plant{}
	planted := 0
	for _, p := range m.Plants {
		if p.Rule == "quote-altered" {
			plants[p.File] = append(plants[p.File], p)
			planted++
		}
	}
	found := map[gencorpus.Plant]bool{}
	altered, right := 0, 0
	for _, f := range fs {
		switch f.Rule {
		case "quote-unverified":
			unverified++
			continue
		case "quote-altered":
		default:
			continue
		}
		altered++
		file := f.Path
		if parts := strings.Split(file, "/"); len(parts) > 2 {
			file = strings.Join(parts[len(parts)-2:], "/")
		}
		hit := false
		for _, p := range plants[file] {
			if int(f.Offset) < p.EndOffset && p.Offset < int(f.EndOffset) {
				found[p] = true
				hit = true
			}
		}
		if hit {
			right++
		}
	}
	return float64(len(found)) / float64(max(planted, 1)), float64(right) / float64(max(altered, 1)), unverified
}

// BenchmarkQuoteExtract measures quote extraction and attribution alone on
// 1k generated articles.
func BenchmarkQuoteExtract(b *testing.B) {
	arts, _, _ := benchCorpus(b, 1000)
	var size int64
	for _, a := range arts {
		size += int64(len(a.Text))
	}
	b.SetBytes(size)
	b.ReportAllocs()
	for b.Loop() {
		for _, a := range arts {
			quote.Extract(a.Text, a.Body)
		}
	}
}
