package story

import (
	"math"
	"sort"

	"github.com/srclint/srclint/rules/claim"
	"github.com/srclint/srclint/rules/corpus"
)

// Threshold is the cosine similarity (TF-IDF over salient terms) above
// which two articles are told to be about the same story.
const Threshold = 0.3

// Grouping is the corpus's division into stories.
type Grouping struct {
	// Groups lists each story's articles in path order; groups are ordered
	// by their first article's path.
	Groups [][]*corpus.Doc
	// Names are the stories' names: the front matter `story` when set, else
	// the path of the first article.
	Names []string
	of    []int
}

// Of returns the index of d's story in Groups, or -1.
func (g *Grouping) Of(d *corpus.Doc) int {
	if d == nil || d.Index < 0 || d.Index >= len(g.of) {
		return -1
	}
	return g.of[d.Index]
}

// Members returns the articles of d's story, d included, in path order.
func (g *Grouping) Members(d *corpus.Doc) []*corpus.Doc {
	if i := g.Of(d); i >= 0 {
		return g.Groups[i]
	}
	return nil
}

// Same reports whether a and b belong to one story.
func (g *Grouping) Same(a, b *corpus.Doc) bool {
	i := g.Of(a)
	return i >= 0 && i == g.Of(b)
}

// Stories is the per-corpus story grouping.
var Stories = &corpus.Index[*Grouping]{Name: "stories", Run: Group}

// termWeights returns each article's salient-term vector (key → tf) and
// the document frequency of every key.
func termWeights(c *corpus.Corpus) ([]map[string]float64, map[string]int) {
	vecs := make([]map[string]float64, len(c.Docs))
	df := map[string]int{}
	for i, d := range c.Docs {
		v := map[string]float64{}
		for _, cl := range claim.Claims.Of(d) {
			for _, t := range cl.Terms {
				if t.Outlet || t.Spelled || t.Kind == claim.Month || t.Kind == claim.Year {
					continue
				}
				for _, k := range t.Keys {
					if k[0] == 'k' { // skeletons duplicate tokens
						continue
					}
					v[k]++
				}
			}
		}
		for k := range v {
			df[k]++
		}
		vecs[i] = v
	}
	return vecs, df
}

// Group divides the corpus into stories: articles sharing a front matter
// `story` form one story; the others are linked when the cosine similarity
// of their TF-IDF salient-term vectors reaches Threshold, and stories are
// the connected components. Candidate pairs come from an inverted index of
// terms; terms in more than a tenth of a large corpus are not discriminative
// and are left out.
func Group(c *corpus.Corpus) *Grouping {
	n := len(c.Docs)
	vecs, df := termWeights(c)
	maxDF := n
	if n > 200 {
		maxDF = n / 10
	}
	idf := func(k string) float64 { return math.Log(float64(n+1) / float64(df[k])) }
	norms := make([]float64, n)
	postings := map[string][]int{}
	for i, v := range vecs {
		if c.Docs[i].Story != "" {
			continue
		}
		for k, tf := range v {
			if df[k] < 2 || df[k] > maxDF {
				delete(v, k)
				continue
			}
			w := (1 + math.Log(tf)) * idf(k)
			v[k] = w
			norms[i] += w * w
			postings[k] = append(postings[k], i)
		}
		norms[i] = math.Sqrt(norms[i])
	}
	parent := make([]int, n)
	for i := range parent {
		parent[i] = i
	}
	find := func(x int) int {
		for parent[x] != x {
			parent[x] = parent[parent[x]]
			x = parent[x]
		}
		return x
	}
	union := func(a, b int) {
		ra, rb := find(a), find(b)
		if ra == rb {
			return
		}
		if ra < rb {
			parent[rb] = ra
		} else {
			parent[ra] = rb
		}
	}
	dot := make([]float64, n)
	var touched []int
	for i, v := range vecs {
		if c.Docs[i].Story != "" || norms[i] == 0 {
			continue
		}
		keys := make([]string, 0, len(v))
		for k := range v {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			for _, j := range postings[k] {
				if j <= i {
					continue
				}
				if dot[j] == 0 {
					touched = append(touched, j)
				}
				dot[j] += v[k] * vecs[j][k]
			}
		}
		for _, j := range touched {
			if norms[j] > 0 && dot[j]/(norms[i]*norms[j]) >= Threshold {
				union(i, j)
			}
			dot[j] = 0
		}
		touched = touched[:0]
	}
	named := map[string]int{}
	for i, d := range c.Docs {
		if d.Story == "" {
			continue
		}
		if r, ok := named[d.Story]; ok {
			parent[i] = r
		} else {
			named[d.Story] = i
		}
	}
	g := &Grouping{of: make([]int, n)}
	root := map[int]int{}
	for i, d := range c.Docs {
		r := find(i)
		gi, ok := root[r]
		if !ok {
			gi = len(g.Groups)
			root[r] = gi
			g.Groups = append(g.Groups, nil)
			name := d.Story
			if name == "" {
				name = d.Path
			}
			g.Names = append(g.Names, name)
		}
		g.Groups[gi] = append(g.Groups[gi], d)
		g.of[i] = gi
	}
	return g
}
