package rules_test

import (
	"fmt"
	"os"
	"runtime"
	"strconv"
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
			if f.Offset < p.EndOffset && p.Offset < f.EndOffset {
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

// TestQuoteStages prints the CPU time, allocation and live heap of the
// quote facts as the engine computes them on a generated corpus: quotes and
// their matching units per article while its words are at hand, then the
// counterparts once the articles are sealed. It runs only when asked:
//
//	SRCLINT_QUOTE_STAGES=10000 go test ./rules -run TestQuoteStages -v
func TestQuoteStages(t *testing.T) {
	n, _ := strconv.Atoi(os.Getenv("SRCLINT_QUOTE_STAGES"))
	if n == 0 {
		t.Skip("set SRCLINT_QUOTE_STAGES=N to measure")
	}
	arts, _, _ := benchCorpus(t, n)
	c := corpus.New(arts)
	stage := func(name string, f func()) {
		var m0, m1 runtime.MemStats
		runtime.GC()
		runtime.ReadMemStats(&m0)
		c0 := cpuTime()
		f()
		cpu := cpuTime() - c0
		runtime.GC()
		runtime.ReadMemStats(&m1)
		fmt.Printf("%-18s %7.3fs cpu %7d MB allocated %8d mallocs %7.1f MB live delta\n", name, cpu.Seconds(),
			(m1.TotalAlloc-m0.TotalAlloc)>>20, m1.Mallocs-m0.Mallocs, (float64(m1.HeapAlloc)-float64(m0.HeapAlloc))/(1<<20))
	}
	each := func(f func(d *corpus.Doc)) func() {
		return func() {
			for _, d := range c.Docs {
				f(d)
			}
		}
	}
	stage("words", each(func(d *corpus.Doc) { corpus.Words.Of(d) }))
	stage("quotes", each(func(d *corpus.Doc) { quote.Quotes.Of(d) }))
	stage("quote units", each(func(d *corpus.Doc) { quote.MatchFact.Warm(d) }))
	stage("seal", each(func(d *corpus.Doc) { d.Seal() }))
	stage("story.Stories", func() { story.Stories.Of(c) })
	stage("counterparts", func() { quote.Counterparts.Of(c) })
}
