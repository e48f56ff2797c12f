package quote

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
	"unicode"

	"github.com/srclint/srclint/internal/seedtest"
	"github.com/srclint/srclint/rules/article"
	"github.com/srclint/srclint/rules/corpus"
)

// seedWords returns the words of the seed articles, with repeats, so that
// sampling them follows the seeds' word frequencies.
func seedWords(tb testing.TB) []string {
	var out []string
	for _, txt := range seedtest.Texts(tb) {
		for _, w := range strings.Fields(txt) {
			w = strings.Trim(w, "“”\"‘’'.,:;?!()—–-")
			if strings.IndexFunc(w, unicode.IsLetter) >= 0 {
				out = append(out, w)
			}
		}
	}
	return out
}

// sentence builds the k-th sentence of story st: seed words drawn by
// frequency, with two words of that story only.
func sentence(vocab []string, st, k, n int) string {
	r := rand.New(rand.NewPCG(uint64(st), uint64(k)))
	w := make([]string, n)
	for i := range w {
		w[i] = vocab[r.IntN(len(vocab))]
	}
	w[n/3] = fmt.Sprintf("w%dk%da", st, k)
	w[2*n/3] = fmt.Sprintf("w%dk%db", st, k)
	return strings.Join(w, " ")
}

// genCorpus builds n articles: stories of five outlets, each quoting the
// story's three statements verbatim, as excerpts, split around the
// attribution, with cosmetic changes or reworded, among paraphrase.
func genCorpus(tb testing.TB, n int) *corpus.Corpus {
	vocab := seedWords(tb)
	var arts []*article.Article
	for i := 0; i < n; i++ {
		st, outlet := i/5, i%5
		var b strings.Builder
		for k := 0; k < 3; k++ {
			stmt := sentence(vocab, st, k, 18)
			w := strings.Fields(stmt)
			fmt.Fprintf(&b, "%s.\n\n", sentence(vocab, st, k+3+outlet, 30))
			switch (outlet + k) % 5 {
			case 0:
				fmt.Fprintf(&b, "“%s,” Speaker%d said.\n\n", stmt, st)
			case 1:
				fmt.Fprintf(&b, "Speaker%d said: \"%s\"\n\n", st, strings.Join(w[2:len(w)-2], " "))
			case 2:
				h := len(w) / 2
				fmt.Fprintf(&b, "“%s,” Speaker%d said in a statement, adding, “%s”\n\n", strings.Join(w[:h], " "), st, strings.Join(w[h:], " "))
			case 3:
				fmt.Fprintf(&b, "\"%s\" Speaker%d said.\n\n", strings.ToUpper(stmt[:1])+stmt[1:], st)
			case 4:
				w2 := append([]string(nil), w...)
				w2[len(w2)/2+2] = "reworded"
				fmt.Fprintf(&b, "“%s,” Speaker%d said.\n\n", strings.Join(w2, " "), st)
			}
		}
		a := article.New(fmt.Sprintf("s%05d/o%d.txt", st, outlet), b.String(), nil)
		a.Source = fmt.Sprintf("outlet%d", outlet)
		arts = append(arts, a)
	}
	return corpus.New(arts)
}

// BenchmarkMatch measures quote extraction and matching over generated
// corpora of growing size; ns/quote should stay about flat.
func BenchmarkMatch(b *testing.B) {
	for _, n := range []int{1000, 2500, 5000, 10000} {
		b.Run(fmt.Sprintf("articles=%d", n), func(b *testing.B) {
			quotes, altered := 0, 0
			for i := 0; i < b.N; i++ {
				b.StopTimer()
				c := genCorpus(b, n)
				b.StartTimer()
				m := Counterparts.Of(c)
				b.StopTimer()
				quotes, altered = 0, 0
				for _, d := range c.Docs {
					for qi := range Quotes.Of(d) {
						quotes++
						for _, p := range m.Pairs(d, qi) {
							if p.Kind == Altered {
								altered++
							}
						}
					}
				}
				b.StartTimer()
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(quotes), "ns/quote")
			b.ReportMetric(float64(altered), "altered-pairs")
		})
	}
}

// TestGenCorpus keeps the benchmark's generator honest: the reworded
// statements are found, and only they.
func TestGenCorpus(t *testing.T) {
	c := genCorpus(t, 50)
	m := Counterparts.Of(c)
	for _, d := range c.Docs {
		for qi, q := range Quotes.Of(d) {
			for _, p := range m.Pairs(d, qi) {
				reworded := strings.Contains(d.Slice(q.Text), "reworded") || strings.Contains(p.Other.Doc.Slice(p.Other.Quote().Text), "reworded")
				if (p.Kind == Altered) != reworded {
					t.Errorf("%s %q vs %s %q: %v", d.Path, d.Slice(q.Text), p.Other.Doc.Path, p.Other.Doc.Slice(p.Other.Quote().Text), p.Kind)
				}
			}
		}
	}
}

// BenchmarkExtractFromBodyWords measures the Quotes extractor on 2,000
// generated articles whose body words are already known.
func BenchmarkExtractFromBodyWords(b *testing.B) {
	c := genCorpus(b, 2000)
	for _, d := range c.Docs {
		corpus.Words.Of(d)
	}
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for _, d := range c.Docs {
			Quotes.Run(d)
		}
	}
}

// BenchmarkUnitsFromBodyWords measures MatchFact (the quotes prepared for
// matching) on 2,000 generated articles whose body words and quotes are
// already known, as the engine extracts it.
func BenchmarkUnitsFromBodyWords(b *testing.B) {
	c := genCorpus(b, 2000)
	for _, d := range c.Docs {
		corpus.Words.Of(d)
		Quotes.Of(d)
	}
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for _, d := range c.Docs {
			units.Run(d)
		}
	}
}
