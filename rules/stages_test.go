package rules_test

import (
	"fmt"
	"os"
	"runtime"
	"strconv"
	"testing"
	"time"

	"github.com/rs/zerolog"

	"github.com/srclint/srclint/rules"
	"github.com/srclint/srclint/rules/boilerplate"
	"github.com/srclint/srclint/rules/claim"
	"github.com/srclint/srclint/rules/corpus"
	"github.com/srclint/srclint/rules/discover"
	"github.com/srclint/srclint/rules/mention"
	"github.com/srclint/srclint/rules/quote"
	"github.com/srclint/srclint/rules/sentence"
	"github.com/srclint/srclint/rules/story"
)

// TestStages prints the CPU time, allocation and live heap after each
// extraction stage and each rule, run one after the other on one
// goroutine's worth of calls, on a generated corpus (a rule's figures
// include the extraction it triggers on a fresh corpus). Articles are
// sealed after the per-article stages, as the engine seals them. It runs only when asked:
//
//	SRCLINT_STAGES=10000 go test ./rules -run TestStages -v
func TestStages(t *testing.T) {
	n, _ := strconv.Atoi(os.Getenv("SRCLINT_STAGES"))
	if n == 0 {
		t.Skip("set SRCLINT_STAGES=N to measure")
	}
	arts, _, cfg := benchCorpus(t, n)
	c := corpus.New(arts)
	stage := func(name string, f func()) {
		var m0, m1 runtime.MemStats
		runtime.ReadMemStats(&m0)
		t0, c0 := time.Now(), cpuTime()
		f()
		wall, cpu := time.Since(t0), cpuTime()-c0
		runtime.GC()
		runtime.ReadMemStats(&m1)
		fmt.Printf("%-28s %7.2fs wall %7.2fs cpu %7d MB allocated %7d MB live\n", name, wall.Seconds(), cpu.Seconds(),
			(m1.TotalAlloc-m0.TotalAlloc)>>20, m1.HeapAlloc>>20)
	}
	each := func(f func(d *corpus.Doc)) func() {
		return func() {
			for _, d := range c.Docs {
				f(d)
			}
		}
	}
	stage("sentences", each(func(d *corpus.Doc) { sentence.Sentences.Of(d) }))
	stage("words", each(func(d *corpus.Doc) { corpus.Words.Of(d) }))
	stage("claim.BodyWords", each(func(d *corpus.Doc) { claim.BodyWords.Of(d) }))
	stage("claims", each(func(d *corpus.Doc) { claim.Claims.Of(d) }))
	stage("mentions", each(func(d *corpus.Doc) { mention.Mentions.Of(d) }))
	stage("people", each(func(d *corpus.Doc) { mention.People.Of(d) }))
	stage("quotes", each(func(d *corpus.Doc) { quote.Quotes.Of(d) }))
	stage("quote units", each(func(d *corpus.Doc) { quote.MatchFact.Warm(d) }))
	stage("boilerplate.Lines", each(func(d *corpus.Doc) { boilerplate.Lines.Of(d) }))
	stage("story.SentenceWords", each(func(d *corpus.Doc) { story.SentenceWords.Of(d) }))
	stage("discover forms", each(func(d *corpus.Doc) { discover.Fact.Warm(d) }))
	// The engine seals each article once its facts are in: word lists and
	// mention buffers are dropped (and recycled).
	stage("seal", each(func(d *corpus.Doc) { d.Seal() }))
	stage("story.Stories", func() { story.Stories.Of(c) })
	stage("story.Provenance", func() { story.Provenance.Of(c) })
	stage("quote.Counterparts", func() { quote.Counterparts.Of(c) })
	stage("discover.Groups", func() { discover.Groups.Of(c) })
	stage("mention.Entities", func() { mention.Entities.Of(c) })
	stage("boilerplate.Blocks", func() { boilerplate.Blocks.Of(c) })
	for _, r := range rules.Enabled(cfg, nil) {
		id := r.Meta().ID
		stage("rule "+id, func() {
			if _, _, err := rules.Run(arts, nil, rules.Options{Config: cfg, Jobs: 1, Only: []string{id}, Log: zerolog.Nop()}); err != nil {
				t.Fatal(err)
			}
		})
	}
}
