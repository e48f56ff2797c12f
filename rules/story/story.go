package story

import (
	"math"
	"slices"
	"strings"
	"sync"

	"github.com/srclint/srclint/internal/workers"
	"github.com/srclint/srclint/rules/claim"
	"github.com/srclint/srclint/rules/corpus"
)

// Threshold is the cosine similarity (TF-IDF over salient terms) above
// which two articles are told to be about the same story.
const Threshold = 0.3

// MaxStory is the most articles an automatically grouped story holds (front
// matter `story` is not limited): one event's coverage by many outlets, not
// an archive's worth of related events.
const MaxStory = 64

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

// docTerm is one salient term of an article: its id in the corpus's
// term dictionary and its weight (term frequency, then TF-IDF).
type docTerm struct {
	id int32
	w  float64
}

// posting is one article carrying a term, with the term's weight there.
type posting struct {
	doc int32
	w   float64
}

// termWeights returns each article's salient terms (id, tf) sorted by id,
// and the document frequency of every id. Terms are interned to ids in
// the sorted order of their keys, so that iterating ids in order is
// iterating keys in order.
func termWeights(c *corpus.Corpus) ([][]docTerm, []int32) {
	// Extract the claims on every core first: this index is usually
	// their first reader.
	workers.For(len(c.Docs), 0, func(i int) { claim.Claims.Of(c.Docs[i]) })
	vecs := make([][]docTerm, len(c.Docs))
	dict := map[string]int32{}
	var df []int32
	var keys []string
	var buf []string
	for i, d := range c.Docs {
		buf = buf[:0]
		det := claim.DetailsOf(d)
		for _, t := range claim.Claims.Of(d).Terms() {
			if t.Outlet || t.Spelled || t.Kind == claim.Month || t.Kind == claim.Year {
				continue
			}
			keys := det.Keys(t)
			for j := range keys.Len() {
				if k := keys.At(j); k[0] != 'k' { // skeletons duplicate tokens
					buf = append(buf, k)
				}
			}
		}
		slices.Sort(buf)
		var v []docTerm
		for j := 0; j < len(buf); {
			k := j
			for k < len(buf) && buf[k] == buf[j] {
				k++
			}
			id, ok := dict[buf[j]]
			if !ok {
				id = int32(len(keys))
				dict[buf[j]] = id
				keys = append(keys, buf[j])
				df = append(df, 0)
			}
			df[id]++
			v = append(v, docTerm{id: id, w: float64(k - j)})
			j = k
		}
		vecs[i] = v
	}
	// Renumber the ids in key order.
	order := make([]int32, len(keys))
	for i := range order {
		order[i] = int32(i)
	}
	slices.SortFunc(order, func(a, b int32) int { return strings.Compare(keys[a], keys[b]) })
	rank := make([]int32, len(keys))
	sorted := make([]int32, len(keys))
	for r, id := range order {
		rank[id] = int32(r)
		sorted[r] = df[id]
	}
	for _, v := range vecs {
		for j := range v {
			v[j].id = rank[v[j].id]
		}
		slices.SortFunc(v, func(a, b docTerm) int { return int(a.id - b.id) })
	}
	return vecs, sorted
}

// Group divides the corpus into stories: articles sharing a front matter
// `story` form one story; the others are linked when the cosine similarity
// of their TF-IDF salient-term vectors reaches Threshold, closest pairs
// first, and stories are the linked groups, each of at most MaxStory
// articles. Candidate pairs come from an inverted index of terms; terms in
// more than a tenth of a large corpus are not discriminative and are left
// out.
func Group(c *corpus.Corpus) *Grouping {
	n := len(c.Docs)
	// Term vectors are only needed for articles without a front-matter
	// story; when every article names its story, skip extracting them.
	var vecs [][]docTerm
	var df []int32
	for _, d := range c.Docs {
		if d.Story == "" {
			vecs, df = termWeights(c)
			break
		}
	}
	maxDF := int32(n)
	if n > 200 {
		maxDF = int32(n / 10)
	}
	idf := func(id int32) float64 { return math.Log(float64(n+1) / float64(df[id])) }
	norms := make([]float64, n)
	postings := make([][]posting, len(df))
	for i, v := range vecs {
		if c.Docs[i].Story != "" {
			continue
		}
		kept := v[:0]
		for _, t := range v {
			if df[t.id] < 2 || df[t.id] > maxDF {
				continue
			}
			t.w = (1 + math.Log(t.w)) * idf(t.id)
			norms[i] += t.w * t.w
			postings[t.id] = append(postings[t.id], posting{doc: int32(i), w: t.w})
			kept = append(kept, t)
		}
		vecs[i] = kept
		norms[i] = math.Sqrt(norms[i])
	}
	links := candidateLinks(c, vecs, norms, postings)
	// Stories grow from the closest pairs first, and a link that would make
	// a story larger than MaxStory is refused: single links would otherwise
	// chain a large archive of related coverage into one story.
	slices.SortFunc(links, compareLinks)
	parent := make([]int, n)
	size := make([]int, n)
	for i := range parent {
		parent[i], size[i] = i, 1
	}
	find := func(x int) int {
		for parent[x] != x {
			parent[x] = parent[parent[x]]
			x = parent[x]
		}
		return x
	}
	for _, l := range links {
		ra, rb := find(int(l.i)), find(int(l.j))
		if ra == rb || size[ra]+size[rb] > MaxStory {
			continue
		}
		if rb < ra {
			ra, rb = rb, ra
		}
		parent[rb] = ra
		size[ra] += size[rb]
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

// link is a candidate pair of articles i < j and their similarity.
type link struct {
	i, j int32
	sim  float64
}

// maxLinks is the most candidate links an article keeps to later articles:
// its closest. A story holds at most MaxStory articles, so a link beyond
// an article's closest 2×MaxStory rarely joins anything; in an archive of
// one beat without story tags, keeping them all would make the candidate
// list, and the time and memory of grouping, grow with the square of the
// number of articles.
const maxLinks = 2 * MaxStory

// linkScratch is one worker's scratch for candidateLinks.
type linkScratch struct {
	dot     []float64
	touched []int
	row     []link
}

// candidateLinks returns the pairs of articles without a front-matter
// story whose similarity reaches Threshold, found through the postings:
// for each article its maxLinks closest later articles. Rows are computed
// on all workers; the result's order is not meaningful (Group sorts it).
func candidateLinks(c *corpus.Corpus, vecs [][]docTerm, norms []float64, postings [][]posting) []link {
	n := len(vecs)
	const rowsPerChunk = 256
	chunks := make([][]link, (n+rowsPerChunk-1)/rowsPerChunk)
	pool := sync.Pool{New: func() any { return &linkScratch{dot: make([]float64, n)} }}
	workers.For(len(chunks), 0, func(ci int) {
		sc := pool.Get().(*linkScratch)
		defer pool.Put(sc)
		var out []link
		for i := ci * rowsPerChunk; i < min(n, (ci+1)*rowsPerChunk); i++ {
			if c.Docs[i].Story != "" || norms[i] == 0 {
				continue
			}
			dot := sc.dot
			for _, t := range vecs[i] {
				for _, p := range postings[t.id] {
					j := int(p.doc)
					if j <= i {
						continue
					}
					if dot[j] == 0 {
						sc.touched = append(sc.touched, j)
					}
					dot[j] += t.w * p.w
				}
			}
			row := sc.row[:0]
			for _, j := range sc.touched {
				if sim := dot[j] / (norms[i] * norms[j]); norms[j] > 0 && sim >= Threshold {
					row = keepClosest(row, link{int32(i), int32(j), sim})
				}
				dot[j] = 0
			}
			sc.touched = sc.touched[:0]
			out = append(out, row...)
			sc.row = row
		}
		chunks[ci] = out
	})
	return slices.Concat(chunks...)
}

// compareLinks orders links as Group takes them: higher similarity first,
// then by the earlier article i, then by the earlier article j.
func compareLinks(a, b link) int {
	if a.sim != b.sim {
		if a.sim > b.sim {
			return -1
		}
		return 1
	}
	if a.i != b.i {
		return int(a.i - b.i)
	}
	return int(a.j - b.j)
}

// closer reports whether link a of a row (links of one article i) ranks
// before b as Group takes them.
func closer(a, b link) bool { return compareLinks(a, b) < 0 }

// keepClosest adds l to row, a heap of at most maxLinks links with the
// farthest on top, dropping the farthest when full.
func keepClosest(row []link, l link) []link {
	if len(row) < maxLinks {
		row = append(row, l)
		for k := len(row) - 1; k > 0; {
			up := (k - 1) / 2
			if !closer(row[up], row[k]) {
				break
			}
			row[up], row[k] = row[k], row[up]
			k = up
		}
		return row
	}
	if !closer(l, row[0]) {
		return row
	}
	row[0] = l
	for k := 0; ; {
		far := k
		for _, ch := range []int{2*k + 1, 2*k + 2} {
			if ch < len(row) && closer(row[far], row[ch]) {
				far = ch
			}
		}
		if far == k {
			return row
		}
		row[k], row[far] = row[far], row[k]
		k = far
	}
}

// KeyIndex maps the term keys of the members' claims (claim.DocKeys) to
// the members carrying them, in the members' order. It is the index a
// claim's support is looked up in: built per story, a lookup costs the
// size of the story, not of the corpus. Keys holds the same index without
// a map.
func KeyIndex(members []*corpus.Doc) map[string][]*corpus.Doc {
	k := KeysOf(members)
	idx := make(map[string][]*corpus.Doc, len(k.keys))
	for i, key := range k.keys {
		idx[key] = k.carriers(i)
	}
	return idx
}

// Keys is a story's key index as sorted slices: the distinct term keys of
// the members' claims (claim.DocKeys), each with the members carrying it
// in the members' order. Building it hashes no key and allocates three
// exact-size arrays.
type Keys struct {
	keys  []string      // sorted, distinct
	start []int32       // the carriers of keys[i] are docs[start[i]:start[i+1]]
	docs  []*corpus.Doc // every key's carriers, one key after the other
}

// KeysOf builds the key index of a story's members.
func KeysOf(members []*corpus.Doc) *Keys {
	keys := make([]claim.KeySet, len(members))
	n, total := 0, 0
	for i, d := range members {
		keys[i] = claim.DocKeys(d)
		n = max(n, keys[i].Len())
		total += keys[i].Len()
	}
	// The members' keys are sorted: merging them visits each key's
	// carriers together, in member order. Members of a story share many
	// keys: twice the most keys of one member is room for most stories'.
	k := &Keys{docs: make([]*corpus.Doc, 0, total)}
	distinct := make([]string, 0, min(total, 2*n))
	start := make([]int32, 0, min(total, 2*n)+1)
	h := keyHeap{keys: keys, at: make([]int32, len(members)), cur: make([]string, len(members))}
	for i := range members {
		if keys[i].Len() > 0 {
			h.cur[i] = keys[i].At(0)
			h.push(int32(i))
		}
	}
	for len(h.heap) > 0 {
		i := h.heap[0]
		if key := h.cur[i]; len(distinct) == 0 || key != distinct[len(distinct)-1] {
			distinct = append(distinct, key)
			start = append(start, int32(len(k.docs)))
		}
		k.docs = append(k.docs, members[i])
		h.at[i]++
		if int(h.at[i]) < keys[i].Len() {
			h.cur[i] = keys[i].At(int(h.at[i]))
			h.fix()
		} else {
			h.pop()
		}
	}
	k.keys = distinct[:len(distinct):len(distinct)]
	k.start = append(start, int32(len(k.docs)))
	return k
}

// carriers returns the carriers of the i-th key.
func (k *Keys) carriers(i int) []*corpus.Doc {
	lo, hi := k.start[i], k.start[i+1]
	return k.docs[lo:hi:hi]
}

// Carriers returns the members carrying key, in the members' order, or
// nil. The slice is shared: never modify it.
func (k *Keys) Carriers(key string) []*corpus.Doc {
	// A binary search, inlined: sort.SearchStrings would call a closure
	// per probe.
	lo, hi := 0, len(k.keys)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if k.keys[m] < key {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo < len(k.keys) && k.keys[lo] == key {
		return k.carriers(lo)
	}
	return nil
}

// keyHeap is a min-heap of members by their next key (keys[i][at[i]],
// kept in cur[i]), ties broken by member position, for KeyIndex's merge.
type keyHeap struct {
	keys []claim.KeySet
	at   []int32
	cur  []string
	heap []int32
}

// less orders members i and j by their next keys, then by position.
func (h *keyHeap) less(i, j int32) bool {
	a, b := h.cur[i], h.cur[j]
	if a != b {
		return a < b
	}
	return i < j
}

// push adds member i.
func (h *keyHeap) push(i int32) {
	h.heap = append(h.heap, i)
	for c := len(h.heap) - 1; c > 0; {
		p := (c - 1) / 2
		if !h.less(h.heap[c], h.heap[p]) {
			break
		}
		h.heap[c], h.heap[p] = h.heap[p], h.heap[c]
		c = p
	}
}

// pop removes the least member.
func (h *keyHeap) pop() {
	n := len(h.heap) - 1
	h.heap[0] = h.heap[n]
	h.heap = h.heap[:n]
	h.fix()
}

// fix restores the order after the least member's key changed.
func (h *keyHeap) fix() {
	for p := 0; ; {
		c := 2*p + 1
		if c >= len(h.heap) {
			return
		}
		if c+1 < len(h.heap) && h.less(h.heap[c+1], h.heap[c]) {
			c++
		}
		if !h.less(h.heap[c], h.heap[p]) {
			return
		}
		h.heap[p], h.heap[c] = h.heap[c], h.heap[p]
		p = c
	}
}
