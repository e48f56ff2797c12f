package quote

import (
	"cmp"
	"slices"

	"github.com/srclint/srclint/internal/workers"
	"github.com/srclint/srclint/rules/article"
	"github.com/srclint/srclint/rules/corpus"
	"github.com/srclint/srclint/rules/story"
)

// MinIndexWords is the fewest words a quote needs to be matched across
// sources. Rules may ask for more (min_words) but not for fewer.
const MinIndexWords = 3

// Index limits that keep matching linear: a content word or shingle shared
// by more quotes than this says nothing about which quotes are counterparts
// and is not used to find candidates.
const (
	maxPostings        = 256
	maxShinglePostings = 64
	shingle            = 3
	// minEchoWords is the fewest quote words an unquoted passage must
	// share to be recorded as an echo.
	minEchoWords = 5
)

// Ref names one quote of the corpus.
type Ref struct {
	Doc *corpus.Doc
	// Index is the quote's position in Quotes.Of(Doc).
	Index int
}

// Quote returns the quote r names.
func (r Ref) Quote() Quote { return Quotes.Of(r.Doc)[r.Index] }

// Pair is one counterpart of a quote in another source.
type Pair struct {
	// Other is the counterpart.
	Other Ref
	// Relation classifies the pair from this quote's side: in a Diff, A
	// is this quote and B the counterpart.
	Relation
}

// Echo is a passage of another source that carries a quote's words
// without quotation marks.
type Echo struct {
	Doc *corpus.Doc
	// Span runs from the first to the last shared word.
	Span article.Span
	// Shared is the number of the quote's words found in the passage.
	Shared int
	// Coverage is Shared divided by the quote's word count.
	Coverage float64
}

// Matches holds every quote's counterparts and echoes.
type Matches struct {
	pairs  [][][]Pair
	echoes [][][]Echo
}

// Pairs returns the counterparts of quote i of d in other sources, sorted
// by document and quote. Quotes shorter than MinIndexWords, nested quotes
// and quotes without counterparts have none.
func (m *Matches) Pairs(d *corpus.Doc, i int) []Pair {
	if d.Index >= len(m.pairs) || i >= len(m.pairs[d.Index]) {
		return nil
	}
	return m.pairs[d.Index][i]
}

// Echoes returns the passages of other sources that carry the words of
// quote i of d unquoted, best first. Only quotes without counterparts are
// searched.
func (m *Matches) Echoes(d *corpus.Doc, i int) []Echo {
	if d.Index >= len(m.echoes) || i >= len(m.echoes[d.Index]) {
		return nil
	}
	return m.echoes[d.Index][i]
}

// Counterparts is the per-corpus index of every quote's counterparts.
var Counterparts = &corpus.Index[*Matches]{Name: "quote-counterparts", Run: Match}

// unit is one quote taken part in matching.
// MatchFact is the per-article fact Match reads: the quotes it compares
// (top level, at least MinIndexWords words), tokenised. Extract it with
// the article's other facts, while the article's words are at hand.
var MatchFact corpus.Fact = units

// units is MatchFact's extractor.
var units = &corpus.Extractor[[]unit]{Name: "quote-units", Run: func(d *corpus.Doc) []unit {
	qs := Quotes.Of(d)
	n := 0
	for _, q := range qs {
		if q.Depth == 0 && q.Words >= MinIndexWords {
			n++
		}
	}
	if n == 0 {
		return nil
	}
	out := make([]unit, 0, n)
	var src *wordSource
	for qi, q := range qs {
		if q.Depth > 0 || q.Words < MinIndexWords {
			continue
		}
		if src == nil {
			src = docWords(d)
		}
		v := newVersion(src, q)
		out = append(out, unit{ref: Ref{d, qi}, v: v, stems: distinctCount(v.content)})
	}
	return out
}}

type unit struct {
	ref   Ref
	v     version
	stems int // the number of distinct content stems (v.content without repeats)
}

// compatible reports whether two documents may quote each other: other
// sources, and the same story when both name one.
func compatible(a, b *corpus.Doc) bool {
	return a.Source != b.Source && (a.Story == "" || b.Story == "" || a.Story == b.Story)
}

// parallel runs f(i) for i in [0, n) on all processors.
func parallel(n int, f func(i int)) { workers.For(n, 0, f) }

// Match extracts every document's quotes and finds their counterparts in
// other sources of the same story (story.Stories) through an inverted index
// of content words, then searches the unquoted text of the story's other
// sources for the quotes left without one. Quotes are only compared within
// a story, so that a famous quote repeated across hundreds of stories does
// not swamp the index, and matching grows linearly with the corpus.
func Match(c *corpus.Corpus) *Matches {
	m := &Matches{pairs: make([][][]Pair, len(c.Docs)), echoes: make([][][]Echo, len(c.Docs))}
	perDoc := make([][]unit, len(c.Docs))
	parallel(len(c.Docs), func(i int) {
		d := c.Docs[i]
		n := len(Quotes.Of(d))
		m.pairs[i] = make([][]Pair, n)
		m.echoes[i] = make([][]Echo, n)
		perDoc[i] = units.Of(d)
	})
	stories := storyUnits(c, perDoc)
	// Small stories are matched in parallel, each on one goroutine; a
	// large one (a corpus without story front matter that reads as one
	// story) is matched alone, with its comparisons in parallel.
	var small, large []int
	for s, st := range stories {
		if len(st.units) >= largeStory {
			large = append(large, s)
		} else if len(st.units) > 0 {
			small = append(small, s)
		}
	}
	parallel(len(small), func(k int) { matchStory(m, stories[small[k]], serial) })
	for _, s := range large {
		matchStory(m, stories[s], parallel)
	}
	// Match is the units' one reader, and the matches keep nothing of
	// them: their tokens need not outlive it.
	for _, d := range c.Docs {
		units.Drop(d)
	}
	return m
}

// largeStory is the number of quotes from which a story's comparisons are
// run in parallel.
const largeStory = 512

// storyQuotes are the quotes and documents of one story.
type storyQuotes struct {
	docs  []*corpus.Doc
	units []unit
}

// storyUnits groups the documents and their quotes by story, in document
// order. A document in no story is a story of its own.
func storyUnits(c *corpus.Corpus, perDoc [][]unit) []storyQuotes {
	g := story.Stories.Of(c)
	// Each story's lists are allocated once, at their size: count, then
	// fill.
	of := make([]int, len(c.Docs)) // each document's story
	ndocs, nunits := make([]int, len(g.Groups)), make([]int, len(g.Groups))
	for i, d := range c.Docs {
		s := g.Of(d)
		if s < 0 {
			s = len(ndocs)
			ndocs, nunits = append(ndocs, 0), append(nunits, 0)
		}
		of[i] = s
		ndocs[s]++
		nunits[s] += len(perDoc[i])
	}
	out := make([]storyQuotes, len(ndocs))
	for s := range out {
		out[s].docs = make([]*corpus.Doc, 0, ndocs[s])
		if nunits[s] > 0 {
			out[s].units = make([]unit, 0, nunits[s])
		}
	}
	for i, d := range c.Docs {
		s := of[i]
		out[s].docs = append(out[s].docs, d)
		out[s].units = append(out[s].units, perDoc[i]...)
	}
	return out
}

// serial runs f(i) for i in [0, n) in order.
func serial(n int, f func(i int)) {
	for i := 0; i < n; i++ {
		f(i)
	}
}

// matchStory finds the counterparts and echoes of the quotes of one story;
// run spreads the comparisons.
func matchStory(m *Matches, st storyQuotes, run func(n int, f func(i int))) {
	units := st.units
	cands := candidates(units)
	rels := make([]Relation, len(cands))
	run(len(cands), func(k int) {
		rels[k] = compare(units[cands[k][0]].v, units[cands[k][1]].v)
	})
	// A quote split around its attribution in one source is compared
	// with the parts joined.
	groups := paragraphGroups(units)
	run(len(cands), func(k int) {
		if rels[k].Kind == Altered || rels[k].Kind == Excerpt {
			rels[k] = viaMerged(rels[k], units, groups, cands[k][0], cands[k][1])
		}
	})
	// The story's pairs are allocated once, at their number, and each
	// quote's are a part of them.
	npairs := make([]int32, len(units))
	for k, p := range cands {
		if rels[k].Kind != Unrelated {
			npairs[p[0]]++
			npairs[p[1]]++
		}
	}
	total := 0
	for _, n := range npairs {
		total += int(n)
	}
	all := make([]Pair, 0, total)
	for k, u := range units {
		if n := int(npairs[k]); n > 0 {
			m.pairs[u.ref.Doc.Index][u.ref.Index] = all[len(all) : len(all) : len(all)+n]
			all = all[:len(all)+n]
		}
	}
	for k, p := range cands {
		r := rels[k]
		if r.Kind == Unrelated {
			continue
		}
		a, b := units[p[0]].ref, units[p[1]].ref
		m.pairs[a.Doc.Index][a.Index] = append(m.pairs[a.Doc.Index][a.Index], Pair{Other: b, Relation: r})
		back := r
		back.Diff = Diff{A: r.Diff.B, B: r.Diff.A, ASpans: r.Diff.BSpans, BSpans: r.Diff.ASpans}
		switch r.Kind {
		case Split:
			back.Kind = Merged
		case Merged:
			back.Kind = Split
		}
		m.pairs[b.Doc.Index][b.Index] = append(m.pairs[b.Doc.Index][b.Index], Pair{Other: a, Relation: back})
	}
	for _, u := range units {
		p := m.pairs[u.ref.Doc.Index][u.ref.Index]
		slices.SortFunc(p, func(x, y Pair) int {
			if c := cmp.Compare(x.Other.Doc.Index, y.Other.Doc.Index); c != 0 {
				return c
			}
			return cmp.Compare(x.Other.Index, y.Other.Index)
		})
	}
	markSplits(m, units)
	var lonely []unit
	for k, u := range units {
		if npairs[k] == 0 {
			lonely = append(lonely, u)
		}
	}
	findEchoes(st.docs, m, lonely, run)
}

// distinctCount returns the number of distinct strings of the sorted list
// ss.
func distinctCount(ss []string) int {
	n := 0
	for i, s := range ss {
		if i == 0 || s != ss[i-1] {
			n++
		}
	}
	return n
}

// candidates returns the unit pairs (i < j) from compatible documents that
// share enough content words, found through postings of content stems.
func candidates(units []unit) [][2]int {
	// Postings in one array: each distinct stem gets an id, and the
	// units of id k are post[off[k]:off[k+1]], ascending.
	ids := make(map[string]int32)
	start := make([]int32, len(units)+1) // unit i's stem ids are uid[start[i]:start[i+1]]
	var uid []int32
	for i, u := range units {
		start[i] = int32(len(uid))
		for k, s := range u.v.content {
			if k > 0 && s == u.v.content[k-1] {
				continue
			}
			id, ok := ids[s]
			if !ok {
				id = int32(len(ids))
				ids[s] = id
			}
			uid = append(uid, id)
		}
	}
	start[len(units)] = int32(len(uid))
	off := make([]int32, len(ids)+1)
	for _, id := range uid {
		off[id+1]++
	}
	for k := 1; k < len(off); k++ {
		off[k] += off[k-1]
	}
	post := make([]int32, len(uid))
	fill := slices.Clone(off[:len(ids)])
	for i := range units {
		for _, id := range uid[start[i]:start[i+1]] {
			post[fill[id]] = int32(i)
			fill[id]++
		}
	}
	counts := make([]int32, len(units))
	var touched []int32
	var out [][2]int
	for i, u := range units {
		touched = touched[:0]
		for _, id := range uid[start[i]:start[i+1]] {
			ps := post[off[id]:off[id+1]]
			if len(ps) > maxPostings {
				continue
			}
			for _, j := range ps {
				if int(j) <= i || !compatible(u.ref.Doc, units[j].ref.Doc) {
					continue
				}
				if counts[j] == 0 {
					touched = append(touched, j)
				}
				counts[j]++
			}
		}
		slices.Sort(touched)
		for _, j := range touched {
			need := int32(2)
			if u.stems < 2 || units[j].stems < 2 {
				need = 1
			}
			if counts[j] >= need {
				out = append(out, [2]int{i, int(j)})
			}
			counts[j] = 0
		}
	}
	return out
}

// markSplits turns excerpt pairs into Split and Merged ones where a quote
// of one source is several quotes of one paragraph of another.
func markSplits(m *Matches, units []unit) {
	for _, u := range units {
		ps := m.pairs[u.ref.Doc.Index][u.ref.Index]
		q := u.ref.Quote()
		type key struct{ doc, para int }
		groups := map[key][]int{}
		for k, p := range ps {
			if p.Kind != Excerpt && p.Kind != Cosmetic {
				continue
			}
			o := p.Other.Quote()
			if o.Words >= q.Words {
				continue
			}
			kk := key{p.Other.Doc.Index, o.ParaIndex}
			groups[kk] = append(groups[kk], k)
		}
		for _, ks := range groups {
			if len(ks) < 2 {
				continue
			}
			for _, k := range ks {
				ps[k].Kind = Split
				o := ps[k].Other
				for j, back := range m.pairs[o.Doc.Index][o.Index] {
					if back.Other == u.ref {
						m.pairs[o.Doc.Index][o.Index][j].Kind = Merged
					}
				}
			}
		}
	}
}

// hit is one shared shingle between a quote and unquoted text.
type hit struct {
	unit int32
	qpos int32 // shingle start in the quote's words
	dpos int32 // shingle start in the document's unquoted words
}

// findEchoes searches the unquoted text of the documents of one story for
// the word shingles of the given quotes of that story. Words are interned
// in a vocabulary of the quotes' words, so that a shingle is three numbers
// and a document word no quote uses ends every shingle it is part of.
func findEchoes(docs []*corpus.Doc, m *Matches, units []unit, run func(n int, f func(i int))) {
	if len(units) == 0 {
		return
	}
	vocab := map[string]uint32{}
	type posting struct{ unit, pos int32 }
	index := map[shingleKey][]posting{}
	for i, u := range units {
		for _, s := range quoteShingles(u.v.toks, vocab) {
			index[s.key] = append(index[s.key], posting{int32(i), int32(s.pos)})
		}
	}
	type result struct {
		unit int32
		echo Echo
	}
	results := make([][]result, len(docs))
	run(len(docs), func(di int) {
		d := docs[di]
		// Only a document of another source than one of the quotes
		// can echo them.
		other := false
		for _, u := range units {
			if compatible(u.ref.Doc, d) {
				other = true
				break
			}
		}
		if !other {
			return
		}
		toks := unquotedWords(d, docWords(d))
		var words []tok
		for _, t := range toks {
			if t.kind == tokWord {
				words = append(words, t)
			}
		}
		var hits []hit
		for _, s := range textShingles(toks, vocab) {
			ps := index[s.key]
			if len(ps) > maxShinglePostings {
				continue
			}
			for _, p := range ps {
				if compatible(units[p.unit].ref.Doc, d) {
					hits = append(hits, hit{unit: p.unit, qpos: p.pos, dpos: int32(s.pos)})
				}
			}
		}
		slices.SortFunc(hits, func(x, y hit) int {
			if c := cmp.Compare(x.unit, y.unit); c != 0 {
				return c
			}
			if c := cmp.Compare(x.dpos, y.dpos); c != 0 {
				return c
			}
			return cmp.Compare(x.qpos, y.qpos)
		})
		for lo := 0; lo < len(hits); {
			hi := lo
			for hi < len(hits) && hits[hi].unit == hits[lo].unit {
				hi++
			}
			u := units[hits[lo].unit]
			if e, ok := bestEcho(d, words, len(u.v.words), hits[lo:hi]); ok {
				results[di] = append(results[di], result{hits[lo].unit, e})
			}
			lo = hi
		}
	})
	for _, rs := range results {
		for _, r := range rs {
			ref := units[r.unit].ref
			m.echoes[ref.Doc.Index][ref.Index] = append(m.echoes[ref.Doc.Index][ref.Index], r.echo)
		}
	}
	for _, u := range units {
		e := m.echoes[u.ref.Doc.Index][u.ref.Index]
		slices.SortFunc(e, func(x, y Echo) int {
			if c := cmp.Compare(y.Shared, x.Shared); c != 0 {
				return c
			}
			if c := cmp.Compare(x.Doc.Index, y.Doc.Index); c != 0 {
				return c
			}
			return cmp.Compare(x.Span.Start, y.Span.Start)
		})
	}
}

// shingleKey is a shingle of interned words.
type shingleKey [shingle]uint32

// shingleAt is one shingle of a token list: its key and the index (among
// the list's words) of its first word.
type shingleAt struct {
	key shingleKey
	pos int
}

// quoteShingles returns the word shingles of a quote's tokens that do not
// cross an elision or bracket and are not made of stopwords only, interning
// their words in vocab (ids from 1).
func quoteShingles(ts []tok, vocab map[string]uint32) []shingleAt {
	return shingles(ts, func(w string) uint32 {
		id, ok := vocab[w]
		if !ok {
			id = uint32(len(vocab) + 1)
			vocab[w] = id
		}
		return id
	}, true)
}

// textShingles returns the word shingles of unquoted tokens made of words
// of vocab only; they do not cross an elision.
func textShingles(ts []tok, vocab map[string]uint32) []shingleAt {
	return shingles(ts, func(w string) uint32 { return vocab[w] }, false)
}

// shingles returns the shingles of ts whose words all have an id (0: none)
// and that do not cross an elision or bracket; with skipStop, shingles of
// stopwords only are left out.
func shingles(ts []tok, id func(string) uint32, skipStop bool) []shingleAt {
	var out []shingleAt
	var key shingleKey
	var stop [shingle]bool
	run, wi := 0, 0 // words with an id since the last break; words seen
	for _, t := range ts {
		if t.kind != tokWord {
			run = 0
			continue
		}
		x := id(t.norm)
		wi++
		if x == 0 {
			run = 0
			continue
		}
		copy(key[:], key[1:])
		key[shingle-1] = x
		copy(stop[:], stop[1:])
		stop[shingle-1] = skipStop && stopwords[t.norm]
		run++
		if run < shingle {
			continue
		}
		allStop := true
		for _, s := range stop {
			allStop = allStop && s
		}
		if !allStop {
			out = append(out, shingleAt{key: key, pos: wi - shingle})
		}
	}
	return out
}

// unquotedWords returns the tokens of d's paragraphs outside its quotes; a
// quote or a paragraph break becomes an elision token so that no shingle
// crosses it.
func unquotedWords(d *corpus.Doc, src *wordSource) []tok {
	qs := Quotes.Of(d)
	var out []tok
	for _, p := range Paragraphs(d.Text, d.Body) {
		from := p.Start
		for _, q := range qs {
			if q.Depth > 0 || q.Open.Start < p.Start || q.Open.Start >= p.End {
				continue
			}
			out = appendWords(out, src, article.Span{Start: from, End: q.Open.Start})
			out = append(out, tok{kind: tokElision})
			from = max(from, q.Close.End)
		}
		if from < p.End {
			out = appendWords(out, src, article.Span{Start: from, End: p.End})
		}
		out = append(out, tok{kind: tokElision})
	}
	return out
}

// bestEcho finds the window of the document's unquoted words, at most about
// twice the quote's length, that covers most of the quote's words.
func bestEcho(d *corpus.Doc, words []tok, qlen int, hits []hit) (Echo, bool) {
	width := int32(2*qlen + 20)
	cover := make([]int, qlen)
	covered := 0
	add := func(h hit, delta int) {
		for k := h.qpos; k < h.qpos+shingle && int(k) < qlen; k++ {
			if delta > 0 {
				if cover[k] == 0 {
					covered++
				}
				cover[k]++
			} else {
				cover[k]--
				if cover[k] == 0 {
					covered--
				}
			}
		}
	}
	best, bestLo, bestHi := 0, 0, 0
	lo := 0
	for hi := range hits {
		add(hits[hi], 1)
		for hits[hi].dpos-hits[lo].dpos > width {
			add(hits[lo], -1)
			lo++
		}
		if covered > best {
			best, bestLo, bestHi = covered, lo, hi
		}
	}
	if best < minEchoWords {
		return Echo{}, false
	}
	first, last := hits[bestLo].dpos, hits[bestLo].dpos
	for _, h := range hits[bestLo : bestHi+1] {
		first = min(first, h.dpos)
		last = max(last, h.dpos)
	}
	end := min(int(last)+shingle-1, len(words)-1)
	span := article.Span{Start: words[first].span.Start, End: words[end].span.End}
	return Echo{Doc: d, Span: span, Shared: best, Coverage: float64(best) / float64(qlen)}, true
}

// maxJoinGap is the most words that may stand between two quotes of one
// paragraph for them to be parts of one statement ("…," he said in a
// statement, adding, "…").
const maxJoinGap = 12

// paragraphGroups maps each unit to the merged version of the run of quotes
// it belongs to: consecutive quotes of one paragraph, of the same speaker,
// separated only by a short attribution.
func paragraphGroups(units []unit) map[int]version {
	out := map[int]version{}
	joins := func(a, b unit) bool {
		qa, qb := a.ref.Quote(), b.ref.Quote()
		if a.ref.Doc != b.ref.Doc || qa.ParaIndex != qb.ParaIndex || qa.Close.End > qb.Open.Start {
			return false
		}
		gap := article.Span{Start: qa.Close.End, End: qb.Open.Start}
		return docWords(a.ref.Doc).count(gap) <= maxJoinGap && sameSpeaker(qa.Speaker, qb.Speaker)
	}
	for i := 0; i < len(units); {
		j := i + 1
		for j < len(units) && joins(units[j-1], units[j]) {
			j++
		}
		if j-i >= 2 {
			vs := make([]version, 0, j-i)
			for k := i; k < j; k++ {
				vs = append(vs, units[k].v)
			}
			m := merge(vs)
			for k := i; k < j; k++ {
				out[k] = m
			}
		}
		i = j
	}
	return out
}

// viaMerged compares an altered or excerpt pair again with either side's
// paragraph quotes joined. When a joined version matches, the pair is a
// split quote (Split from u's side when v's quotes were joined, Merged when
// u's were). When a quote is longer than one part of the other source's
// split quote, it is compared with the joined parts: an excerpt of the
// first part that rewords the second is altered, with the diff against the
// joined parts.
func viaMerged(r Relation, units []unit, groups map[int]version, u, v int) Relation {
	mu, okU := groups[u]
	mv, okV := groups[v]
	lu, lv := len(units[u].v.words), len(units[v].v.words)
	type try struct {
		a, b   version
		kind   Kind
		longer bool // the unjoined side is longer than the joined one's part
	}
	var tries []try
	if okV {
		tries = append(tries, try{units[u].v, mv, Split, lu >= lv+excerptSlack})
	}
	if okU {
		tries = append(tries, try{mu, units[v].v, Merged, lv >= lu+excerptSlack})
	}
	if okU && okV {
		tries = append(tries, try{mu, mv, Split, false})
	}
	for _, t := range tries {
		if r.Kind == Excerpt && !t.longer {
			continue
		}
		x := compare(t.a, t.b)
		switch x.Kind {
		case Verbatim, Cosmetic, Excerpt:
			return Relation{Kind: t.kind}
		case Altered:
			if t.longer {
				return x
			}
		}
	}
	return r
}
