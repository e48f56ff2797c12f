package boilerplate

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/srclint/srclint/internal/seedtest"
	"github.com/srclint/srclint/rules/article"
	"github.com/srclint/srclint/rules/corpus"
	"github.com/srclint/srclint/rules/text"
)

// benchCorpus builds n articles from the seeds' paragraphs: each article
// takes a rotating window of paragraphs with a word changed, 50 sources,
// and every third article carries chrome at the top and a source trailer at
// the bottom.
func benchCorpus(b *testing.B, n int) []*article.Article {
	b.Helper()
	var paras []string
	for _, txt := range seedtest.Texts(b) {
		for _, para := range strings.Split(txt, "\n") {
			if len(strings.Fields(para)) > 12 {
				paras = append(paras, para)
			}
		}
	}
	if len(paras) == 0 {
		b.Fatal("no seed paragraphs")
	}
	arts := make([]*article.Article, n)
	for i := range n {
		var sb strings.Builder
		src := fmt.Sprintf("src%02d", i%50)
		if i%3 == 0 {
			sb.WriteString("CLOSE\nHome | World | Politics\n\n")
		}
		for k := range 12 {
			para := paras[(i*7+k)%len(paras)]
			sb.WriteString(strings.Replace(para, "the", fmt.Sprintf("the%d", i%5), 1))
			sb.WriteString("\n\n")
		}
		if i%3 == 0 {
			fmt.Fprintf(&sb, "Follow %s for more coverage.\n\nLeave a Reply\n\nYour email address will not be published.\n", src)
		}
		a := article.New(fmt.Sprintf("%s/%05d.txt", src, i), sb.String(), nil)
		a.Source = src
		arts[i] = a
	}
	return arts
}

func BenchmarkDetect10k(b *testing.B) {
	arts := benchCorpus(b, benchN())
	det, err := NewDetector(DefaultOptions())
	if err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	for b.Loop() {
		// A fresh corpus each time: extractors and indexes are cached on it.
		fresh := make([]*article.Article, len(arts))
		for i, a := range arts {
			fresh[i] = article.New(a.Path, a.Text, nil)
			fresh[i].Source = a.Source
		}
		c := corpus.New(fresh)
		blocks := 0
		for _, d := range c.Docs {
			blocks += len(det.Detect(c, d))
		}
		if blocks == 0 {
			b.Fatal("no blocks found")
		}
	}
}

func BenchmarkMatch(b *testing.B) {
	det, err := NewDetector(DefaultOptions())
	if err != nil {
		b.Fatal(err)
	}
	keys := []string{
		normalizeLine("Secretary of State Marco Rubio was handed a copy of the plan at the White House."),
		normalizeLine("Leave a Reply"),
		normalizeLine("READ MORE: Trump says the plan is final"),
		normalizeLine("© 2025 Latest NewsX. All rights reserved."),
	}
	b.ResetTimer()
	for b.Loop() {
		for _, k := range keys {
			det.Match(k, 12)
		}
	}
}

func benchN() int {
	if s := os.Getenv("BOILERPLATE_BENCH_N"); s != "" {
		var n int
		fmt.Sscan(s, &n)
		return n
	}
	return 10000
}

// BenchmarkLines computes the line facts of 2,000 generated articles.
func BenchmarkLines(b *testing.B) {
	arts := benchCorpus(b, 2000)
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for _, a := range arts {
			AnalyzeLines(a)
		}
	}
}

// BenchmarkLinesFromWords computes the line facts of 2,000 generated
// articles from their body words, as the Lines extractor does while the
// words are kept (tokenising them is not timed: other extractors need
// them too).
func BenchmarkLinesFromWords(b *testing.B) {
	arts := benchCorpus(b, 2000)
	regions := make([][][]text.Word, len(arts))
	for i, a := range arts {
		for _, s := range a.Body {
			regions[i] = append(regions[i], text.Words(a.Text, s))
		}
	}
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for i, a := range arts {
			analyzeLines(a, regions[i])
		}
	}
}
