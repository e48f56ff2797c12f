package story

import (
	"math"
	"path"
	"slices"
	"sort"
	"strings"

	"github.com/srclint/srclint/rules/claim"
	"github.com/srclint/srclint/rules/corpus"
	"github.com/srclint/srclint/rules/sentence"
	"github.com/srclint/srclint/rules/text"
)

// Tuning of the derivation graph. Two articles of one story are compared
// sentence by sentence; a sentence matches when the IDF-weighted share of
// its content words found in the other sentence (shared weight over the
// smaller sentence's weight) reaches a threshold.
const (
	// CopyMatch is the sentence score of a close copy.
	CopyMatch = 0.5
	// CopyShare is the share of an article's sentences that must closely
	// match one other article for it to be a copy of it.
	CopyShare = 0.6
	// RewordMatch is the sentence score of a reworded sentence.
	RewordMatch = 0.35
	// RewordShare is the share of an article's sentences that must match,
	// reworded, an article it attributes (names as a news organisation) for
	// it to derive from that article. Without the attribution, honest
	// reports of one event share this much.
	RewordShare = 0.3
	// MinWords is the number of content words a sentence needs to count.
	MinWords = 5
	// MinMatched is the least number of matching sentences for an edge.
	MinMatched = 3
)

// Pair is one sentence of a derived article and the sentence of its
// source it matches.
type Pair struct {
	Derived, Source sentence.Sentence
	// Score is the weighted overlap, 0..1.
	Score float64
}

// Edge says that Derived derives from Source.
type Edge struct {
	Derived, Source *corpus.Doc
	// Pairs are the matching sentences, in the derived article's order.
	Pairs []Pair
	// Sentences is the number of the derived article's countable sentences.
	Sentences int
}

// Share is the fraction of the derived article's sentences that match.
func (e *Edge) Share() float64 {
	if e.Sentences == 0 {
		return 0
	}
	return float64(len(e.Pairs)) / float64(e.Sentences)
}

// Graph is the corpus's derivation graph: each article derives from at
// most one source, and there are no cycles.
type Graph struct {
	parent []*Edge
}

// Source returns the edge from d to the article it derives from, or nil
// when d is original.
func (g *Graph) Source(d *corpus.Doc) *Edge {
	if d == nil || d.Index >= len(g.parent) {
		return nil
	}
	return g.parent[d.Index]
}

// Root returns the original d derives from, following edges; d itself if
// d is original.
func (g *Graph) Root(d *corpus.Doc) *corpus.Doc {
	for i := 0; i < len(g.parent); i++ {
		e := g.Source(d)
		if e == nil {
			return d
		}
		d = e.Source
	}
	return d
}

// Edges returns every edge in the derived article's path order.
func (g *Graph) Edges() []*Edge {
	var out []*Edge
	for _, e := range g.parent {
		if e != nil {
			out = append(out, e)
		}
	}
	return out
}

// Provenance is the per-corpus derivation graph.
var Provenance = &corpus.Index[*Graph]{Name: "provenance", Run: Derive}

// stopwords carry no content for matching.
var stopwords = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`a an the and or but of to in on at for with by from as is was were are be been being
	has have had do does did that this these those it its he she they them his her their him we our us you your i
	who whom which what when where why how not no so than then there also said says say told would could should will
	can may might must into over after before about up out all any some more most other such only just very even
	while through during between against without within under again further once both each few own same too s t
	according officials official people person familiar matter`) {
		stopwords[w] = true
	}
}

// sentenceVec is one countable sentence's content words.
type sentenceVec struct {
	doc   int
	sent  sentence.Sentence
	words []string
}

// SentenceWords is the per-article extractor of each sentence's content
// words (by Sentence.Index), computed once for every comparison.
var SentenceWords = &corpus.Extractor[[][]string]{Name: "sentence-words", Run: func(d *corpus.Doc) [][]string {
	sents := sentence.Sentences.Of(d)
	words := claim.SentenceWords(d, sents)
	out := make([][]string, len(sents))
	for i := range sents {
		out[i] = contentOf(words[i])
	}
	return out
}}

// ContentWords returns the folded, stemmed, de-duplicated content words of
// a sentence: the words provenance compares.
func ContentWords(txt string, s sentence.Sentence) []string {
	return contentOf(text.Words(txt, s.Span))
}

func contentOf(ws []text.Word) []string {
	out := make([]string, 0, len(ws))
next:
	for _, w := range ws {
		f := strings.TrimSuffix(strings.TrimSuffix(w.Folded, "'s"), "'")
		f = stem(f)
		if stopwords[f] || len(f) < 2 {
			continue
		}
		for _, o := range out {
			if o == f {
				continue next
			}
		}
		out = append(out, f)
	}
	return out
}

// stem is a light English stemmer: it folds plurals and common verb
// endings so that "drafted" and "drafting" match "draft".
func stem(w string) string {
	for _, suf := range []string{"ing", "ed", "ies", "es", "s", "ly"} {
		if len(w) > len(suf)+3 && strings.HasSuffix(w, suf) {
			return w[:len(w)-len(suf)]
		}
	}
	return w
}

// Derive builds the derivation graph. Sentences of each story are indexed
// by content word; a sentence's candidates are the sentences sharing a
// word with it, so no story compares every sentence with every other. An
// article derives from another when most of its sentences closely match
// that article's (CopyShare at CopyMatch), or when it names that article's
// source and a good part of its sentences match it reworded (RewordShare at
// RewordMatch). Each article gets at most one source: the best candidate,
// close copies first. Of two matching articles, the one with the earlier
// date is the source, else the one whose sentences are less covered by the
// other (the original says more than its copy).
func Derive(c *corpus.Corpus) *Graph {
	g := &Graph{parent: make([]*Edge, len(c.Docs))}
	// Stories are independent: each writes only its members' edges and
	// follows only its members' edges, so they are derived in parallel.
	groups := Stories.Of(c).Groups
	parallel(len(groups), func(i int) {
		if len(groups[i]) >= 2 {
			deriveStory(g, groups[i])
		}
	})
	return g
}

type pairKey struct{ a, b int } // derived doc, source doc (corpus indexes)

func deriveStory(g *Graph, members []*corpus.Doc) {
	var vecs []sentenceVec
	counts := map[int]int{}
	for _, d := range members {
		words := SentenceWords.Of(d)
		for _, s := range sentence.Sentences.Of(d) {
			if s.Heading {
				continue
			}
			ws := words[s.Index]
			if len(ws) < MinWords {
				continue
			}
			vecs = append(vecs, sentenceVec{doc: d.Index, sent: s, words: ws})
			counts[d.Index]++
		}
	}
	// Intern the story's words: ids index df, idfs and postings.
	ids := make(map[string]int32, 4*len(vecs))
	wordIDs := make([][]int32, len(vecs))
	var df []int
	for i, v := range vecs {
		wi := make([]int32, len(v.words))
		for k, w := range v.words {
			id, ok := ids[w]
			if !ok {
				id = int32(len(df))
				ids[w] = id
				df = append(df, 0)
			}
			df[id]++
			wi[k] = id
		}
		wordIDs[i] = wi
	}
	n := float64(len(vecs))
	idfs := make([]float64, len(df))
	for id, f := range df {
		idfs[id] = math.Log(1 + n/float64(f))
	}
	postings := make([][]int32, len(df))
	weights := make([]float64, len(vecs))
	for i, wi := range wordIDs {
		for _, id := range wi {
			postings[id] = append(postings[id], int32(i))
			weights[i] += idfs[id]
		}
	}
	// For every ordered pair of articles, the best match in the other
	// article of each sentence, close or reworded. A sentence's best match
	// in each other article is found first, so the map is written once
	// per sentence and article.
	best := map[pairKey]map[int]Pair{}
	shared := make([]float64, len(vecs))
	var touched []int32
	type match struct {
		doc int
		p   Pair
	}
	var bestOf []match
	maxPosting := int(math.Max(50, n/4))
	for i, v := range vecs {
		for _, id := range wordIDs[i] {
			ps := postings[id]
			if len(ps) > maxPosting {
				continue
			}
			x := idfs[id]
			for _, j := range ps {
				if vecs[j].doc != v.doc {
					if shared[j] == 0 {
						touched = append(touched, j)
					}
					shared[j] += x
				}
			}
		}
		// The best source sentence per article: the highest score, then
		// the earliest sentence; independent of the order of touched.
		bestOf = bestOf[:0]
		for _, j := range touched {
			s := shared[j]
			shared[j] = 0
			score := s / math.Min(weights[i], weights[j])
			if score < RewordMatch {
				continue
			}
			dj := vecs[j].doc
			k := slices.IndexFunc(bestOf, func(m match) bool { return m.doc == dj })
			if k < 0 {
				bestOf = append(bestOf, match{doc: dj, p: Pair{Derived: v.sent, Source: vecs[j].sent, Score: score}})
			} else if p := bestOf[k].p; score > p.Score || score == p.Score && vecs[j].sent.Index < p.Source.Index {
				bestOf[k].p = Pair{Derived: v.sent, Source: vecs[j].sent, Score: score}
			}
		}
		for _, m := range bestOf {
			k := pairKey{v.doc, m.doc}
			if best[k] == nil {
				best[k] = map[int]Pair{}
			}
			best[k][i] = m.p
		}
		touched = touched[:0]
	}
	docs := map[int]*corpus.Doc{}
	for _, d := range members {
		docs[d.Index] = d
	}
	close := func(k pairKey) float64 {
		n := 0
		for _, p := range best[k] {
			if p.Score >= CopyMatch {
				n++
			}
		}
		if counts[k.a] == 0 || n < MinMatched {
			return 0
		}
		return float64(n) / float64(counts[k.a])
	}
	type cand struct {
		e    *Edge
		copy bool
	}
	var cands []cand
	for k, m := range best {
		a, b := docs[k.a], docs[k.b]
		if len(m) < MinMatched {
			continue
		}
		copyShare, revCopy := close(k), close(pairKey{k.b, k.a})
		loose := float64(len(m)) / float64(counts[k.a])
		revLoose := float64(len(best[pairKey{k.b, k.a}])) / float64(counts[k.b])
		isCopy := copyShare >= CopyShare
		if !isCopy && !(loose >= RewordShare && Attributes(a, b)) {
			continue
		}
		if !derivesFrom(a, b, copyShare, revCopy, loose, revLoose) {
			continue
		}
		e := &Edge{Derived: a, Source: b, Sentences: counts[k.a]}
		for _, p := range m {
			e.Pairs = append(e.Pairs, p)
		}
		sort.Slice(e.Pairs, func(i, j int) bool { return e.Pairs[i].Derived.Index < e.Pairs[j].Derived.Index })
		cands = append(cands, cand{e, isCopy})
	}
	sort.Slice(cands, func(i, j int) bool {
		a, b := cands[i], cands[j]
		if a.copy != b.copy {
			return a.copy
		}
		if len(a.e.Pairs) != len(b.e.Pairs) {
			return len(a.e.Pairs) > len(b.e.Pairs)
		}
		if a.e.Derived.Path != b.e.Derived.Path {
			return a.e.Derived.Path < b.e.Derived.Path
		}
		return a.e.Source.Path < b.e.Source.Path
	})
	for _, c := range cands {
		e := c.e
		if g.parent[e.Derived.Index] != nil || reaches(g, e.Source, e.Derived) {
			continue
		}
		g.parent[e.Derived.Index] = e
	}
}

// Attributes reports whether a names b's source as a news organisation:
// b's source name when it is known (front matter or [[sources]]), else any
// well-known outlet other than a's own.
func Attributes(a, b *corpus.Doc) bool {
	if knownName(b) {
		name := strings.TrimPrefix(b.Source, "The ")
		return len(claim.Mentions(a, name)) > 0
	}
	own := text.Fold(a.Source)
	for _, cl := range claim.Claims.Of(a) {
		for _, t := range cl.Terms {
			if t.Outlet && !strings.Contains(own, strings.TrimPrefix(text.Fold(t.Text), "the ")) {
				return true
			}
		}
	}
	return false
}

// knownName reports whether d's source has a name beyond its file name.
func knownName(d *corpus.Doc) bool {
	base := path.Base(d.Path)
	return d.Source != "" && d.Source != strings.TrimSuffix(base, path.Ext(base))
}

// derivesFrom decides the direction between a and b: the later article
// derives from the earlier; with no dates, the article more covered by the
// other (the original says more than its copy).
func derivesFrom(a, b *corpus.Doc, copyShare, revCopy, loose, revLoose float64) bool {
	if a.Date != "" && b.Date != "" && a.Date != b.Date {
		return a.Date > b.Date
	}
	if copyShare != revCopy {
		return copyShare > revCopy
	}
	if loose != revLoose {
		return loose > revLoose
	}
	return a.Path > b.Path
}

// reaches reports whether from derives, directly or not, from to.
func reaches(g *Graph, from, to *corpus.Doc) bool {
	for d, i := from, 0; d != nil && i <= len(g.parent); i++ {
		if d == to {
			return true
		}
		e := g.Source(d)
		if e == nil {
			return false
		}
		d = e.Source
	}
	return false
}
