package story

import (
	"fmt"
	"regexp"
	"sort"
	"sync"
	"testing"

	"github.com/srclint/srclint/internal/seedtest"
	"github.com/srclint/srclint/internal/workers"
	"github.com/srclint/srclint/rules/article"
	"github.com/srclint/srclint/rules/claim"
	"github.com/srclint/srclint/rules/corpus"
	"github.com/srclint/srclint/rules/sentence"
)

var capitalised = regexp.MustCompile(`\b[A-Z][a-z]{3,}\b`)

// generate builds n articles: stories of the five seeds each, where every
// capitalised word gets a story-specific suffix, so that stories share
// ordinary vocabulary but not names.
func generate(tb testing.TB, n int) *corpus.Corpus {
	seeds := seedtest.Texts(tb)
	var arts []*article.Article
	for i := 0; len(arts) < n; i++ {
		suffix := fmt.Sprintf("%c%c%c", 'a'+i%26, 'a'+i/26%26, 'a'+i/676%26)
		for j, s := range seeds {
			if len(arts) == n {
				break
			}
			txt := capitalised.ReplaceAllString(s, "${0}"+suffix)
			a := article.New(fmt.Sprintf("gen/%05d/%d.txt", i, j), txt, nil)
			a.Source = fmt.Sprintf("outlet%d", j)
			arts = append(arts, a)
		}
	}
	sort.Slice(arts, func(i, j int) bool { return arts[i].Path < arts[j].Path })
	return corpus.New(arts)
}

// BenchmarkStoriesAndProvenance extracts sentences and claims from 10,000
// generated articles (in parallel, as the engine does) and builds the
// story grouping and the derivation graph.
func BenchmarkStoriesAndProvenance(b *testing.B) {
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		c := generate(b, benchN)
		b.StartTimer()
		var wg sync.WaitGroup
		work := make(chan *corpus.Doc)
		for w := 0; w < 2; w++ {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for d := range work {
					claim.Claims.Of(d)
				}
			}()
		}
		for _, d := range c.Docs {
			work <- d
		}
		close(work)
		wg.Wait()
		g := Stories.Of(c)
		p := Provenance.Of(c)
		if len(g.Groups) != benchN/5 || len(p.Edges()) != benchN/5*2 {
			b.Fatalf("%d stories, %d edges; want %d and %d", len(g.Groups), len(p.Edges()), benchN/5, benchN/5*2)
		}
	}
}

// benchN is the generated corpus size: 10,000 articles in 2,000 stories.
var benchN = 10000

// prepared returns a generated corpus of n articles whose sentences, words,
// claims and stories are already extracted.
func prepared(b *testing.B, n int) *corpus.Corpus {
	c := generate(b, n)
	workers.For(len(c.Docs), 0, func(i int) {
		d := c.Docs[i]
		sentence.Sentences.Of(d)
		claim.BodyWords.Of(d)
		claim.Claims.Of(d)
	})
	Stories.Of(c)
	return c
}

// BenchmarkSentenceWords extracts the content words of every sentence of
// 2,000 generated articles.
func BenchmarkSentenceWords(b *testing.B) {
	c := prepared(b, 2000)
	b.ReportAllocs()
	b.ResetTimer()
	defer startCPU().report(b)
	for b.Loop() {
		for _, d := range c.Docs {
			SentenceWords.Run(d)
		}
	}
}

// BenchmarkDerive builds the derivation graph of 2,000 generated articles
// whose content words are already extracted.
func BenchmarkDerive(b *testing.B) {
	c := prepared(b, 2000)
	for _, d := range c.Docs {
		SentenceWords.Of(d)
	}
	b.ReportAllocs()
	b.ResetTimer()
	defer startCPU().report(b)
	for b.Loop() {
		if g := Derive(c); len(g.Edges()) != 2000/5*2 {
			b.Fatalf("%d edges", len(g.Edges()))
		}
	}
}

// BenchmarkKeyIndex builds the key index of every story of 2,000
// generated articles whose claims are already extracted: as a map
// (KeyIndex) and as sorted slices (KeysOf).
func BenchmarkKeyIndex(b *testing.B) {
	c := prepared(b, 2000)
	groups := Stories.Of(c).Groups
	for _, bc := range []struct {
		name  string
		build func([]*corpus.Doc)
	}{
		{"map", func(g []*corpus.Doc) { KeyIndex(g) }},
		{"sorted", func(g []*corpus.Doc) { KeysOf(g) }},
	} {
		build := bc.build
		b.Run(bc.name, func(b *testing.B) {
			b.ReportAllocs()
			defer startCPU().report(b)
			for b.Loop() {
				for _, g := range groups {
					build(g)
				}
			}
		})
	}
}
