package rules_test

import (
	"fmt"
	"os"
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

// TestStages prints the CPU time of each extraction stage and each rule,
// run one after the other on one goroutine's worth of calls, on a generated
// corpus. It runs only when asked:
//
//	SRCLINT_STAGES=10000 go test ./rules -run TestStages -v
func TestStages(t *testing.T) {
	n, _ := strconv.Atoi(os.Getenv("SRCLINT_STAGES"))
	if n == 0 {
		t.Skip("set SRCLINT_STAGES=N to measure")
	}
	arts, cfg := benchCorpusT(t, n)
	c := corpus.New(arts)
	stage := func(name string, f func()) {
		t0, c0 := time.Now(), cpuTime()
		f()
		fmt.Printf("%-28s %8.2fs wall %8.2fs cpu\n", name, time.Since(t0).Seconds(), (cpuTime() - c0).Seconds())
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
	stage("boilerplate.Lines", each(func(d *corpus.Doc) { boilerplate.Lines.Of(d) }))
	stage("story.SentenceWords", each(func(d *corpus.Doc) { story.SentenceWords.Of(d) }))
	stage("story.Stories", func() { story.Stories.Of(c) })
	stage("story.Provenance", func() { story.Provenance.Of(c) })
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
