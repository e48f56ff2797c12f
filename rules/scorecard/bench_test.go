package scorecard

import (
	"fmt"
	"sort"
	"strings"
	"testing"

	"github.com/srclint/srclint/rules/article"
	"github.com/srclint/srclint/rules/corpus"
	"github.com/srclint/srclint/rules/ruletest"
)

// benchCorpus builds stories × 5 articles from the seeds: article i of a
// story is seed i with the story's own names substituted for the seeds'
// main names, so that stories stay apart; source i publishes article i of
// every story.
func benchCorpus(b *testing.B, stories int) *corpus.Corpus {
	seeds := ruletest.Seeds(b)
	var paths []string
	for p := range seeds {
		paths = append(paths, p)
	}
	sort.Strings(paths)
	names := []string{"Witkoff", "Dmitriev", "Kushner", "Miami", "Umerov", "Driscoll", "Rubio", "Geneva"}
	var arts []*article.Article
	for s := 0; s < stories; s++ {
		var pairs []string
		for k, n := range names {
			pairs = append(pairs, n, fmt.Sprintf("%s%c%c", n[:3], 'a'+rune(s%26), 'a'+rune((s/26+k)%26)))
		}
		rep := strings.NewReplacer(pairs...)
		for i, p := range paths {
			a := article.New(fmt.Sprintf("gen/%05d/%d.txt", s, i), rep.Replace(seeds[p]), nil)
			a.Source = fmt.Sprintf("source-%d", i)
			arts = append(arts, a)
		}
	}
	return corpus.New(arts)
}

// benchStories × 5 is the size of the benchmark corpus.
var benchStories = 400

// BenchmarkBuild measures the scorecard over 2,000 generated articles once
// the extractors and indexes it reads are built (they are cached per
// corpus and benchmarked in their own packages).
func BenchmarkBuild(b *testing.B) {
	c := benchCorpus(b, benchStories)
	Build(c, nil, Options{})
	b.ResetTimer()
	var sc *Scorecard
	for i := 0; i < b.N; i++ {
		sc = Build(c, nil, Options{})
	}
	b.ReportMetric(float64(len(sc.Stories)), "stories")
}

func TestEmptyCorpus(t *testing.T) {
	sc := Build(corpus.New(nil), nil, Options{})
	if len(sc.Sources) != 0 || len(sc.Stories) != 0 || len(sc.Edges) != 0 || sc.Totals.Findings != 0 {
		t.Errorf("empty corpus: %+v", sc)
	}
}
