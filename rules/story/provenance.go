package story

import (
	"encoding/binary"
	"math"
	"path"
	"slices"
	"strings"
	"sync"

	"github.com/srclint/srclint/internal/workers"
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
	// MaxPosting bounds the sentences a word may be carried by and still
	// find candidates (a quarter of the story's sentences, at least 50): in
	// a story of thousands of articles, as front matter may declare, a word
	// in more sentences than this says nothing about who copied whom, and
	// reading its postings would make matching quadratic.
	MaxPosting = 500
)

// Pair is one sentence of a derived article and the sentence of its
// source it matches, by their indexes (Sentence.Index, which is also the
// position in sentence.Sentences): eight bytes a pair, for the graph keeps
// every edge's pairs for the whole run. Edge.DerivedSentence and
// Edge.SourceSentence return the sentences.
type Pair struct {
	Derived, Source int32
}

// Edge says that Derived derives from Source.
type Edge struct {
	Derived, Source *corpus.Doc
	// Pairs are the matching sentences, in the derived article's order.
	Pairs []Pair
	// Sentences is the number of the derived article's countable sentences.
	Sentences int
}

// DerivedSentence returns the derived article's sentence of p.
func (e *Edge) DerivedSentence(p Pair) sentence.Sentence {
	return sentence.Sentences.Of(e.Derived)[p.Derived]
}

// SourceSentence returns the source article's sentence of p.
func (e *Edge) SourceSentence(p Pair) sentence.Sentence {
	return sentence.Sentences.Of(e.Source)[p.Source]
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
var stopwords = newStopSet(`a an the and or but of to in on at for with by from as is was were are be been being
	has have had do does did that this these those it its he she they them his her their him we our us you your i
	who whom which what when where why how not no so than then there also said says say told would could should will
	can may might must into over after before about up out all any some more most other such only just very even
	while through during between against without within under again further once both each few own same too s t
	according officials official people person familiar matter`)

// stopSet is a set of words keyed by their identity (WordOf): an open
// addressing table indexed by the identity's low bits, so that a content
// word, whose identity is computed anyway, is told from a stopword with
// one or two slot reads and, only on an equal identity, one string compare.
type stopSet struct {
	ids   [stopSlots]Word
	words [stopSlots]string // "" for an empty slot
}

// stopSlots is the stopSet table size, a power of two at least four times
// the number of stopwords so that probe runs stay short.
const stopSlots = 1024

func newStopSet(list string) *stopSet {
	s := &stopSet{}
	for _, w := range strings.Fields(list) {
		id := WordOf(w)
		i := id % stopSlots
		for s.words[i] != "" && s.words[i] != w {
			i = (i + 1) % stopSlots
		}
		s.ids[i], s.words[i] = id, w
	}
	return s
}

// has reports whether w is in the set.
func (s *stopSet) has(w string) bool { return s.hasWord(WordOf(w), w) }

// hasWord reports whether w, whose identity is id, is in the set.
func (s *stopSet) hasWord(id Word, w string) bool {
	for i := id % stopSlots; s.words[i] != ""; i = (i + 1) % stopSlots {
		if s.ids[i] == id && s.words[i] == w {
			return true
		}
	}
	return false
}

// Word identifies a content word: the 64-bit FNV-1a hash of its folded,
// stemmed form. Sentences are compared by word identity only, so an
// article keeps eight bytes a word and no pointers.
type Word uint64

// WordOf returns the identity of the content word w.
func WordOf(w string) Word {
	h := uint64(14695981039346656037)
	for i := 0; i < len(w); i++ {
		h ^= uint64(w[i])
		h *= 1099511628211
	}
	return Word(h)
}

// SentenceWords is the per-article extractor of each sentence's content
// words (by Sentence.Index), computed once for every comparison.
var SentenceWords = &corpus.Extractor[*Words]{Name: "sentence-words", Run: sentenceWords}

// Words are the content words of an article's sentences, kept for the
// whole run in one exact-size block without pointers: the article's
// distinct words once (eight bytes each, little-endian), then each
// sentence's end in the list of positions, then every sentence's words as
// positions in the distinct words. Positions and ends take two bytes, or
// four in an article too large for two.
type Words struct {
	block []byte
	n     int32 // sentences
	nd    int32 // distinct words
	wide  bool  // positions and ends take four bytes
}

// Len returns the number of sentences.
func (w *Words) Len() int { return int(w.n) }

// Sentence returns the content words of the sentence of index i
// (Sentence.Index), each once, in order, or nil when there is no such
// sentence.
func (w *Words) Sentence(i int) []Word {
	if i < 0 || i >= int(w.n) {
		return nil
	}
	lo, hi := w.span(i)
	return w.AppendSentence(make([]Word, 0, hi-lo), i)
}

// AppendSentence appends the content words of the sentence of index i to
// dst, as Sentence returns them, without allocating when dst has room.
func (w *Words) AppendSentence(dst []Word, i int) []Word {
	if i < 0 || i >= int(w.n) {
		return dst
	}
	lo, hi := w.span(i)
	for p := lo; p < hi; p++ {
		dst = append(dst, w.word(w.pos(p)))
	}
	return dst
}

// word returns the k-th distinct word.
func (w *Words) word(k int) Word {
	return Word(binary.LittleEndian.Uint64(w.block[8*k:]))
}

// num returns the j-th number (an end or a position) after the distinct
// words.
func (w *Words) num(j int) int {
	off := 8 * int(w.nd)
	if w.wide {
		return int(binary.LittleEndian.Uint32(w.block[off+4*j:]))
	}
	return int(binary.LittleEndian.Uint16(w.block[off+2*j:]))
}

// span returns the range of sentence i's words in the positions.
func (w *Words) span(i int) (lo, hi int) {
	if i > 0 {
		lo = w.num(i - 1)
	}
	return lo, w.num(i)
}

// pos returns the distinct word at position p: an index for word.
func (w *Words) pos(p int) int { return w.num(int(w.n) + p) }

// wordScratch is sentenceWords's working memory, recycled between
// articles.
type wordScratch struct {
	ids  wordIDs // distinct words → their index in dict
	dict []Word  // distinct words in order of first appearance
	last []int32 // by distinct word: the last sentence holding it, plus one
	ends []int32
	pos  []int32
}

var wordScratches = sync.Pool{New: func() any { return new(wordScratch) }}

func sentenceWords(d *corpus.Doc) *Words {
	sents := sentence.Sentences.Of(d)
	all := claim.BodyWords.Of(d)
	ws := wordScratches.Get().(*wordScratch)
	defer wordScratches.Put(ws)
	ws.ids.reset(len(all))
	ws.dict, ws.last, ws.ends, ws.pos = ws.dict[:0], ws.last[:0], ws.ends[:0], ws.pos[:0]
	lo, prev := 0, 0
	for i, s := range sents {
		// The words inside s, as claim.SentenceWords finds them; sentences
		// come in text order, so the first word is searched from the
		// previous sentence's.
		if s.Span.Start < prev {
			lo = 0
		}
		prev = s.Span.Start
		for lo < len(all) && all[lo].Span.Start < s.Span.Start {
			lo++
		}
		hi := lo
		for hi < len(all) && all[hi].Span.End <= s.Span.End {
			hi++
		}
		for k := lo; k < hi; k++ {
			id, ok := contentID(&all[k])
			if !ok {
				continue
			}
			x := ws.ids.intern(id)
			if int(x) == len(ws.dict) { // new
				ws.dict = append(ws.dict, id)
				ws.last = append(ws.last, 0)
			}
			if ws.last[x] != int32(i)+1 { // each word once a sentence
				ws.last[x] = int32(i) + 1
				ws.pos = append(ws.pos, x)
			}
		}
		ws.ends = append(ws.ends, int32(len(ws.pos)))
	}
	return pack(ws.dict, ws.ends, ws.pos, len(ws.dict) > math.MaxUint16+1 || len(ws.pos) > math.MaxUint16)
}

// pack builds Words from the distinct words, each sentence's end in the
// positions and the positions, numbers taking four bytes when wide.
func pack(dict []Word, ends, pos []int32, wide bool) *Words {
	w := &Words{n: int32(len(ends)), nd: int32(len(dict)), wide: wide}
	width := 2
	if wide {
		width = 4
	}
	w.block = make([]byte, 8*len(dict)+width*(len(ends)+len(pos)))
	b := w.block
	for _, x := range dict {
		binary.LittleEndian.PutUint64(b, uint64(x))
		b = b[8:]
	}
	for _, nums := range [2][]int32{ends, pos} {
		for _, x := range nums {
			if wide {
				binary.LittleEndian.PutUint32(b, uint32(x))
			} else {
				binary.LittleEndian.PutUint16(b, uint16(x))
			}
			b = b[width:]
		}
	}
	return w
}

// ContentWords returns the folded, stemmed, de-duplicated content words of
// a sentence: the words provenance compares (by their WordOf identity).
func ContentWords(txt string, s sentence.Sentence) []string {
	var out []string
	seen := map[string]bool{}
	for _, w := range text.Words(txt, s.Span) {
		if f, ok := contentWord(w); ok && !seen[f] {
			seen[f] = true
			out = append(out, f)
		}
	}
	return out
}

// contentWord returns the form of w provenance compares, and false for a
// stopword or a word too short to carry content.
func contentWord(w text.Word) (string, bool) {
	f := stem(trimPossessive(w.Folded))
	return f, len(f) >= 2 && !stopwords.has(f)
}

// contentID returns the identity of w's content form (contentWord), and
// false for a stopword or a word too short to carry content; the identity
// doubles as the stopword set's key, so the form is hashed once.
func contentID(w *text.Word) (Word, bool) {
	f := stem(trimPossessive(w.Folded))
	if len(f) < 2 {
		return 0, false
	}
	id := WordOf(f)
	return id, !stopwords.hasWord(id, f)
}

// stem is a light English stemmer: it folds plurals and common verb
// endings so that "drafted" and "drafting" match "draft". The first of
// -ing, -ed, -ies, -es, -s, -ly that ends w and leaves more than three
// letters is cut.
func stem(w string) string {
	n := len(w)
	if n < 5 {
		return w
	}
	switch w[n-1] {
	case 'g':
		if n > 6 && w[n-3:] == "ing" {
			return w[:n-3]
		}
	case 'd':
		if n > 5 && w[n-2] == 'e' {
			return w[:n-2]
		}
	case 's':
		switch {
		case n > 6 && w[n-3:] == "ies":
			return w[:n-3]
		case n > 5 && w[n-2] == 'e':
			return w[:n-2]
		default: // n > 4
			return w[:n-1]
		}
	case 'y':
		if n > 5 && w[n-2] == 'l' {
			return w[:n-2]
		}
	}
	return w
}

// trimPossessive cuts a trailing "'s", then a trailing "'".
func trimPossessive(w string) string {
	n := len(w)
	if n >= 2 && w[n-2] == '\'' && w[n-1] == 's' {
		w, n = w[:n-2], n-2
	}
	if n >= 1 && w[n-1] == '\'' {
		w = w[:n-1]
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
	workers.For(len(groups), 0, func(i int) {
		if len(groups[i]) >= 2 {
			s := scratches.Get().(*scratch)
			s.deriveStory(g, groups[i])
			scratches.Put(s)
		}
	})
	return g
}

// scratches recycles the working memory of deriveStory between stories.
var scratches = sync.Pool{New: func() any { return new(scratch) }}

// scratch is one story's working memory. Sentences ("vecs") are the
// story's countable sentences, grouped by member in the members' order and
// in sentence order within a member.
type scratch struct {
	ids    wordIDs // content word → id
	local  []int32 // a member's distinct words → id, or -1
	vdoc   []int32 // member position of each vec
	vidx   []int32 // Sentence.Index of each vec
	vstart []int32 // vec i's word ids are wids[vstart[i]:vstart[i+1]]
	wids   []int32
	df     []int32   // by word id
	idfs   []float64 // by word id
	pstart []int32   // postings of id are post[pstart[id]:pstart[id+1]]
	post   []int32   // vec indexes, ascending per word
	weight []float64 // by vec
	shared []float64 // by vec, zero between sentences
	touch  []int32
	counts []int     // countable sentences by member
	bestJ  []int32   // by member: the best vec matched, or -1
	bestS  []float64 // by member: its score
	bestOf []int32   // members with a best vec
	hits   []hit
	sorted []hit   // the hits being sorted by pairUp
	bucket []int32 // pairUp's counts by member
	pairs  []pairStat
	cands  []cand
	edges  []Edge // link's edges while it decides which to add
}

// wordIDs numbers a story's words in order of first appearance: an open
// addressing table indexed by the top bits of the word's identity (already
// a hash) times a Fibonacci constant, with linear probing, kept under half
// full.
type wordIDs struct {
	slots []wordSlot // len is a power of two
	spare []wordSlot // the array grow moves slots to, kept between stories
	shift uint       // 64 - log2(len(slots))
	n     int32      // words numbered
}

// wordSlot is one table entry: a word and its id plus one, 0 when empty.
type wordSlot struct {
	w  Word
	id int32
}

// minWordSlots is the least table size.
const minWordSlots = 256

// reset empties the table, sized for about words words: the story's
// number of content words, of which usually at most half are distinct.
func (t *wordIDs) reset(words int) {
	n, shift := minWordSlots, uint(64-8)
	for n < words {
		n, shift = 2*n, shift-1
	}
	t.slots = resize(t.slots, n)
	clear(t.slots)
	t.shift = shift
	t.n = 0
}

// intern returns the id of w, numbering it next when it is new.
func (t *wordIDs) intern(w Word) int32 {
	if int(t.n) >= len(t.slots)/2 {
		t.grow()
	}
	mask := len(t.slots) - 1
	for i := int(uint64(w) * 0x9e3779b97f4a7c15 >> t.shift); ; i = (i + 1) & mask {
		sl := &t.slots[i]
		if sl.id == 0 {
			t.n++
			sl.w, sl.id = w, t.n
			return t.n - 1
		}
		if sl.w == w {
			return sl.id - 1
		}
	}
}

// grow doubles the table and places its words again.
func (t *wordIDs) grow() {
	old := t.slots
	t.slots = resize(t.spare, 2*len(old))
	clear(t.slots)
	t.spare = old
	t.shift--
	mask := len(t.slots) - 1
	for _, sl := range old {
		if sl.id == 0 {
			continue
		}
		i := int(uint64(sl.w) * 0x9e3779b97f4a7c15 >> t.shift)
		for t.slots[i].id != 0 {
			i = (i + 1) & mask
		}
		t.slots[i] = sl
	}
}

// hit is the best match in member b of vec i (of member a).
type hit struct {
	a, b  int32
	i, j  int32
	score float64
}

// pairStat summarises the hits of one ordered pair of members: the hits
// are hits[lo:hi], nclose of them at CopyMatch.
type pairStat struct {
	a, b   int32
	lo, hi int32
	nclose int
}

// reset readies s for a story of the given members.
func (s *scratch) reset(members []*corpus.Doc) {
	words := 0
	for _, d := range members {
		words += int(SentenceWords.Of(d).nd)
	}
	s.ids.reset(words)
	m := len(members)
	s.vdoc, s.vidx, s.vstart, s.wids = s.vdoc[:0], s.vidx[:0], append(s.vstart[:0], 0), s.wids[:0]
	s.df, s.hits, s.pairs, s.touch, s.bestOf = s.df[:0], s.hits[:0], s.pairs[:0], s.touch[:0], s.bestOf[:0]
	s.counts = resize(s.counts, m)
	clear(s.counts)
	s.bestJ = resize(s.bestJ, m)
	for i := range s.bestJ {
		s.bestJ[i] = -1
	}
	s.bestS = resize(s.bestS, m)
}

// resize returns a slice of n elements, reusing b's array when it can.
// The elements are not cleared.
func resize[T any](b []T, n int) []T {
	if cap(b) < n {
		return make([]T, n)
	}
	return b[:n]
}

func (s *scratch) deriveStory(g *Graph, members []*corpus.Doc) {
	s.reset(members)
	for a, d := range members {
		words := SentenceWords.Of(d)
		// The story's id of each of the member's distinct words, interned
		// on first use.
		s.local = resize(s.local, int(words.nd))
		for k := range s.local {
			s.local[k] = -1
		}
		for _, st := range sentence.Sentences.Of(d) {
			if st.Heading || st.Index < 0 || st.Index >= words.Len() {
				continue
			}
			lo, hi := words.span(st.Index)
			if hi-lo < MinWords {
				continue
			}
			// Intern the story's words: ids index df, idfs and postings.
			for p := lo; p < hi; p++ {
				k := words.pos(p)
				id := s.local[k]
				if id < 0 {
					id = s.ids.intern(words.word(k))
					s.local[k] = id
				}
				if int(id) == len(s.df) {
					s.df = append(s.df, 0)
				}
				s.df[id]++
				s.wids = append(s.wids, id)
			}
			s.vdoc = append(s.vdoc, int32(a))
			s.vidx = append(s.vidx, int32(st.Index))
			s.vstart = append(s.vstart, int32(len(s.wids)))
			s.counts[a]++
		}
	}
	nv := len(s.vdoc)
	n := float64(nv)
	s.idfs = resize(s.idfs, len(s.df))
	s.pstart = resize(s.pstart, len(s.df)+1)
	s.pstart[0] = 0
	for id, f := range s.df {
		s.idfs[id] = math.Log(1 + n/float64(f))
		s.pstart[id+1] = s.pstart[id] + f
	}
	s.post = resize(s.post, len(s.wids))
	s.weight = resize(s.weight, nv)
	fill := s.df // reused as each posting list's fill position
	for i := range nv {
		w := 0.0
		for _, id := range s.wids[s.vstart[i]:s.vstart[i+1]] {
			fill[id]--
			s.post[s.pstart[id+1]-1-fill[id]] = int32(i)
			w += s.idfs[id]
		}
		s.weight[i] = w
	}
	s.shared = resize(s.shared, nv)
	clear(s.shared)
	s.match(min(int(math.Max(50, n/4)), MaxPosting))
	s.pairUp(len(members))
	s.link(g, members)
}

// match finds, for every vec, its best match in each other member, close
// or reworded, and records it as a hit. Words carried by more than
// maxPosting vecs are not discriminative and are left out.
func (s *scratch) match(maxPosting int) {
	// Vecs are grouped by member: a's own are lo..hi-1, told apart from
	// the others' by their index alone.
	lo, hi := int32(0), int32(0)
	for i := range len(s.vdoc) {
		a := s.vdoc[i]
		if int32(i) == hi {
			lo = hi
			for int(hi) < len(s.vdoc) && s.vdoc[hi] == a {
				hi++
			}
		}
		for _, id := range s.wids[s.vstart[i]:s.vstart[i+1]] {
			ps := s.post[s.pstart[id]:s.pstart[id+1]]
			if len(ps) > maxPosting {
				continue
			}
			x := s.idfs[id]
			for _, j := range ps {
				if uint32(j-lo) >= uint32(hi-lo) {
					if s.shared[j] == 0 {
						s.touch = append(s.touch, j)
					}
					s.shared[j] += x
				}
			}
		}
		// The best source sentence per member: the highest score, then
		// the earliest sentence; independent of the order of touch.
		wi := s.weight[i]
		for _, j := range s.touch {
			sh := s.shared[j]
			s.shared[j] = 0
			score := sh / math.Min(wi, s.weight[j])
			if score < RewordMatch {
				continue
			}
			b := s.vdoc[j]
			if k := s.bestJ[b]; k < 0 {
				s.bestJ[b], s.bestS[b] = j, score
				s.bestOf = append(s.bestOf, b)
			} else if score > s.bestS[b] || score == s.bestS[b] && s.vidx[j] < s.vidx[k] {
				s.bestJ[b], s.bestS[b] = j, score
			}
		}
		for _, b := range s.bestOf {
			s.hits = append(s.hits, hit{a: a, b: b, i: int32(i), j: s.bestJ[b], score: s.bestS[b]})
			s.bestJ[b] = -1
		}
		s.bestOf = s.bestOf[:0]
		s.touch = s.touch[:0]
	}
}

// pairUp orders the hits by pair of members (keeping the vec order within
// a pair) and summarises each pair. The order is a stable two-pass
// counting sort, by member b and then by member a: both are member
// positions, so each pass is linear.
func (s *scratch) pairUp(m int) {
	s.sorted = resize(s.sorted, len(s.hits))
	s.bucket = resize(s.bucket, m+1)
	countingSort(s.sorted, s.hits, s.bucket, func(h *hit) int32 { return h.b })
	countingSort(s.hits, s.sorted, s.bucket, func(h *hit) int32 { return h.a })
	for lo := 0; lo < len(s.hits); {
		h := s.hits[lo]
		p := pairStat{a: h.a, b: h.b, lo: int32(lo)}
		hi := lo
		for hi < len(s.hits) && s.hits[hi].a == h.a && s.hits[hi].b == h.b {
			if s.hits[hi].score >= CopyMatch {
				p.nclose++
			}
			hi++
		}
		p.hi = int32(hi)
		s.pairs = append(s.pairs, p)
		lo = hi
	}
}

// countingSort copies src to dst stably ordered by key, whose values are
// below len(bucket).
func countingSort(dst, src []hit, bucket []int32, key func(*hit) int32) {
	clear(bucket)
	for i := range src {
		bucket[key(&src[i])]++
	}
	var at int32
	for k, n := range bucket {
		bucket[k] = at
		at += n
	}
	for i := range src {
		k := key(&src[i])
		dst[bucket[k]] = src[i]
		bucket[k]++
	}
}

// pair returns the summary of the hits of a in b; zero when there are none.
func (s *scratch) pair(a, b int32) pairStat {
	k, ok := slices.BinarySearchFunc(s.pairs, [2]int32{a, b}, func(p pairStat, t [2]int32) int {
		if p.a != t[0] {
			return int(p.a - t[0])
		}
		return int(p.b - t[1])
	})
	if !ok {
		return pairStat{a: a, b: b}
	}
	return s.pairs[k]
}

// closeShare is the share of a's sentences closely matched in b, zero
// under MinMatched.
func (s *scratch) closeShare(p pairStat) float64 {
	if s.counts[p.a] == 0 || p.nclose < MinMatched {
		return 0
	}
	return float64(p.nclose) / float64(s.counts[p.a])
}

// cand is a pair of members that passes as an edge: the derived
// member's hits in the source are s.hits[p.lo:p.hi].
type cand struct {
	p    pairStat
	copy bool
}

// link turns the pairs that pass into edges, best first, and adds those
// that leave every article one source and no cycle. An edge's pairs are
// made only once it is added.
func (s *scratch) link(g *Graph, members []*corpus.Doc) {
	s.cands = s.cands[:0]
	for _, p := range s.pairs {
		nm := int(p.hi - p.lo)
		if nm < MinMatched {
			continue
		}
		a, b := members[p.a], members[p.b]
		rev := s.pair(p.b, p.a)
		copyShare, revCopy := s.closeShare(p), s.closeShare(rev)
		loose := float64(nm) / float64(s.counts[p.a])
		revLoose := float64(rev.hi-rev.lo) / float64(s.counts[p.b])
		isCopy := copyShare >= CopyShare
		if !isCopy && !(loose >= RewordShare && Attributes(a, b)) {
			continue
		}
		if !derivesFrom(a, b, copyShare, revCopy, loose, revLoose) {
			continue
		}
		s.cands = append(s.cands, cand{p, isCopy})
	}
	slices.SortFunc(s.cands, func(x, y cand) int {
		if x.copy != y.copy {
			if x.copy {
				return -1
			}
			return 1
		}
		if nx, ny := x.p.hi-x.p.lo, y.p.hi-y.p.lo; nx != ny {
			return int(ny - nx)
		}
		if c := strings.Compare(members[x.p.a].Path, members[y.p.a].Path); c != 0 {
			return c
		}
		return strings.Compare(members[x.p.b].Path, members[y.p.b].Path)
	})
	// Decide on scratch edges (reaches follows them), then move the added
	// ones to one array and their pairs to another, sized exactly.
	s.edges = resize(s.edges, len(s.cands))
	n, np := 0, 0
	for _, c := range s.cands {
		a, b := members[c.p.a], members[c.p.b]
		if g.parent[a.Index] != nil || reaches(g, b, a) {
			continue
		}
		s.cands[n] = c
		s.edges[n] = Edge{Derived: a, Source: b}
		g.parent[a.Index] = &s.edges[n]
		n++
		np += int(c.p.hi - c.p.lo)
	}
	if n == 0 {
		return
	}
	edges, pairs := make([]Edge, n), make([]Pair, np)
	for k, c := range s.cands[:n] {
		e := &edges[k]
		e.Derived, e.Source, e.Sentences = s.edges[k].Derived, s.edges[k].Source, s.counts[c.p.a]
		e.Pairs, pairs = pairs[:c.p.hi-c.p.lo:c.p.hi-c.p.lo], pairs[c.p.hi-c.p.lo:]
		for i, h := range s.hits[c.p.lo:c.p.hi] {
			e.Pairs[i] = Pair{Derived: s.vidx[h.i], Source: s.vidx[h.j]}
		}
		g.parent[e.Derived.Index] = e
	}
	clear(s.edges[:n]) // hold no documents in the pool
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
	for _, t := range claim.Claims.Of(a).Terms() {
		if t.Outlet && !strings.Contains(own, strings.TrimPrefix(text.Fold(a.Text[t.Span().Start:t.Span().End]), "the ")) {
			return true
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
