package discover

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/srclint/srclint/internal/seedtest"
	"github.com/srclint/srclint/rules/article"
	"github.com/srclint/srclint/rules/corpus"
	"github.com/srclint/srclint/rules/mention"
	"github.com/srclint/srclint/rules/story"
)

// generated builds n articles from the seed paragraphs: each takes eight
// paragraphs chosen by a fixed rule, from one of 40 outlets, some of which
// spell Kyiv "Kiev" and Zelensky "Zelenskyy".
func generated(b *testing.B, n int) []*article.Article {
	b.Helper()
	var paras []string
	for _, txt := range seedtest.Texts(b) {
		for _, p := range strings.Split(txt, "\n") {
			if len(p) > 80 {
				paras = append(paras, p)
			}
		}
	}
	arts := make([]*article.Article, n)
	for i := range arts {
		var sb strings.Builder
		for k := range 8 {
			p := paras[(i*7+k*13+k*k)%len(paras)]
			if i%40 == 3 {
				p = strings.ReplaceAll(p, "Kyiv", "Kiev")
			}
			if i%40 == 5 {
				p = strings.ReplaceAll(p, "Zelensky", "Zelenskyy")
			}
			sb.WriteString(p)
			sb.WriteString("\n\n")
		}
		a := article.New(fmt.Sprintf("gen/%05d.txt", i), sb.String(), nil)
		a.Source = fmt.Sprintf("outlet-%02d", i%40)
		// Stories of eight articles: discovery compares sources within a
		// story.
		a.Story = fmt.Sprintf("story-%04d", i/8)
		arts[i] = a
	}
	return arts
}

// BenchmarkGroups measures mention extraction and discovery over 10,000
// generated articles (run with -benchtime=1x -cpu=2).
func BenchmarkGroups(b *testing.B) {
	arts := generated(b, benchN)
	b.ResetTimer()
	for range b.N {
		c := corpus.New(arts)
		gs := Groups.Of(c)
		if len(gs) == 0 {
			b.Fatal("no groups found")
		}
	}
}

// benchN is the number of generated articles.
var benchN = 10000

func init() {
	if s := os.Getenv("SRCLINT_BENCH_N"); s != "" {
		fmt.Sscan(s, &benchN)
	}
}

// BenchmarkDiscover measures discovery alone over the generated articles:
// sentences, words, people and stories are extracted beforehand.
func BenchmarkDiscover(b *testing.B) {
	c := corpus.New(generated(b, benchN))
	mention.Each(c, func(_ int, d *corpus.Doc) { mention.People.Of(d) })
	story.Stories.Of(c)
	b.ReportAllocs()
	for b.Loop() {
		if gs := Groups.Run(c); len(gs) == 0 {
			b.Fatal("no groups found")
		}
	}
}
