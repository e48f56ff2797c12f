package discover

import (
	"cmp"
	"runtime"
	"slices"
	"sort"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/srclint/srclint/rules/article"
	"github.com/srclint/srclint/rules/corpus"
	"github.com/srclint/srclint/rules/mention"
	"github.com/srclint/srclint/rules/sentence"
	"github.com/srclint/srclint/rules/story"
	"github.com/srclint/srclint/rules/text"
)

// Group is two or more spellings of the same word or name.
type Group struct {
	// Forms are the spellings, sorted by Text.
	Forms []Form
}

// Form is one spelling with every place it is written.
type Form struct {
	// Text is the spelling as written, in its most frequent casing in
	// running text ("Kiev").
	Text string
	// Occurrences are sorted by document index, then offset.
	Occurrences []Occurrence
}

// Occurrence is one place a form is written.
type Occurrence struct {
	Doc  *corpus.Doc
	Span article.Span
}

// Sources returns the distinct sources that write the form, sorted.
func (f Form) Sources() []string {
	seen := map[string]bool{}
	var out []string
	for _, o := range f.Occurrences {
		if !seen[o.Doc.Source] {
			seen[o.Doc.Source] = true
			out = append(out, o.Doc.Source)
		}
	}
	sort.Strings(out)
	return out
}

// Groups is the corpus index of discovered variant groups, sorted by the
// first form's text.
var Groups = &corpus.Index[[]Group]{Name: "discovered-variants", Run: discover}

// Tuning of discovery. Each value is a precision guard measured on the seed
// articles and the multi-outlet test corpus.
const (
	// minLetters is the shortest word considered: shorter capitalised
	// words are initials, acronyms and short names too easily confused.
	minLetters = 4
	// contextSample is how many running-text occurrences of a form are
	// read for its context; contexts are only computed for forms that
	// pass every other test.
	contextSample = 24
	// minSharedContext is how many context words (content words of the
	// sentences a form occurs in) two forms must share.
	minSharedContext = 2
	// maxBucket is the largest bucket compared; a larger one is a key
	// collision of unrelated words and is skipped.
	maxBucket = 32
)

// candidate is what the corpus says about one spelling.
type candidate struct {
	key    string // formKey
	folded string // text.Fold of the first occurrence
	// first is the first occurrence's document and offset, n the number
	// of occurrences.
	first, firstDoc, n int32
	mid                int  // capitalised occurrences in running text
	given              bool // seen as the given name of a person
	lower              bool // its folded form is written in lower case
	// occ lists every occurrence, sorted by document, then offset; set by
	// collect only for the candidates compared.
	occ []occurrence
	// where lists the (story, source) pairs that write the form, sorted
	// and without repeats; set by whereOf, for candidates compared.
	where   []storySource
	context map[string]bool
}

// occurrence is one place a candidate is written: its document, span and
// sentence, and whether it is in running text (not sentence-initial, not in
// a heading).
type occurrence struct {
	doc, start, end, sent int32
	mid                   bool
}

// workerCount is the number of workers parallel uses for n pieces of
// work.
func workerCount(n int) int { return max(1, min(runtime.GOMAXPROCS(0), n)) }

// parallel calls f(w, i) for every i below n on workerCount(n) workers, w
// being the worker's number; each worker takes increasing values of i.
func parallel(n int, f func(w, i int)) {
	var next atomic.Int64
	var wg sync.WaitGroup
	for w := range workerCount(n) {
		wg.Go(func() {
			for i := int(next.Add(1)) - 1; i < n; i = int(next.Add(1)) - 1 {
				f(w, i)
			}
		})
	}
	wg.Wait()
}

// sieve is a set of the fingerprints of strings: their length, first and
// last byte. A string whose fingerprint is not in it is none of the
// strings added, and needs no map look-up.
type sieve [1 << 10]uint64

// fingerprint returns the bit of a string of n bytes from first to last.
func fingerprint(n int, first, last byte) uint {
	return uint((uint64(n)<<16 | uint64(first)<<8 | uint64(last)) * 0x9E3779B97F4A7C15 >> 48)
}

func (s *sieve) add(n int, first, last byte) {
	b := fingerprint(n, first, last)
	s[b>>6] |= 1 << (b & 63)
}

func (s *sieve) has(n int, first, last byte) bool {
	b := fingerprint(n, first, last)
	return s[b>>6]&(1<<(b&63)) != 0
}

// lowerASCII returns c in lower case when it is an ASCII capital.
func lowerASCII(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// scanner is one worker's share of the first pass: the candidates of the
// documents it read, with their counts but not their occurrences.
type scanner struct {
	forms map[string]*candidate
	key   []byte // scratch for a form's key
}

// scan adds the capitalised words of d to s.forms. Documents must be
// scanned in index order.
func (s *scanner) scan(d *corpus.Doc) {
	f := formsOf.Of(d)
	r := f.forms()
	for o, ok := r.next(); ok; o, ok = r.next() {
		var c *candidate
		if o.fold > 0 {
			c = s.forms[f.folds[o.fold-1].key]
		} else {
			s.key = appendLower(s.key[:0], d.Text[o.start:o.end])
			c = s.forms[string(s.key)]
		}
		if c == nil {
			c = &candidate{first: o.start, firstDoc: int32(d.Index)}
			if o.fold > 0 {
				ff := f.folds[o.fold-1]
				c.key, c.folded = ff.key, ff.folded
			} else {
				c.key = string(s.key)
				c.folded = c.key
			}
			s.forms[c.key] = c
		}
		c.n++
		if o.given {
			c.given = true
		}
		if o.mid {
			c.mid++
		}
	}
}

// appendLower appends s, printable ASCII, in lower case to dst.
func appendLower(dst []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		dst = append(dst, lowerASCII(s[i]))
	}
	return dst
}

// scanAll scans the documents of c on all processors and merges the
// workers' candidates.
func scanAll(c *corpus.Corpus) map[string]*candidate {
	workers := make([]scanner, workerCount(len(c.Docs)))
	for w := range workers {
		workers[w].forms = map[string]*candidate{}
	}
	// Each worker takes documents in increasing index order, so that the
	// first occurrence it sees of a candidate is its first.
	parallel(len(c.Docs), func(w, i int) { workers[w].scan(c.Docs[i]) })
	forms := workers[0].forms
	for w := 1; w < len(workers); w++ {
		for k, wc := range workers[w].forms {
			g := forms[k]
			if g == nil {
				forms[k] = wc
				continue
			}
			// The text of the first occurrence names the candidate.
			if wc.firstDoc < g.firstDoc || wc.firstDoc == g.firstDoc && wc.first < g.first {
				g.folded, g.first, g.firstDoc = wc.folded, wc.first, wc.firstDoc
			}
			g.n += wc.n
			g.mid += wc.mid
			g.given = g.given || wc.given
		}
	}
	return forms
}

// markLower sets lower on the candidates of props whose folded form some
// document writes in lower case.
func markLower(c *corpus.Corpus, props []*candidate) {
	if len(props) == 0 {
		return
	}
	byFolded := make(map[string][]int32, len(props))
	for i, p := range props {
		byFolded[p.folded] = append(byFolded[p.folded], int32(i))
	}
	var maybe sieve
	for _, p := range props {
		maybe.add(len(p.folded), p.folded[0], p.folded[len(p.folded)-1])
	}
	hit := make([][]bool, workerCount(len(c.Docs)))
	for w := range hit {
		hit[w] = make([]bool, len(props))
	}
	mark := func(w int, word string) {
		for _, i := range byFolded[word] {
			hit[w][i] = true
		}
	}
	parallel(len(c.Docs), func(w, i int) {
		d := c.Docs[i]
		f := formsOf.Of(d)
		r := f.lower()
		for start, end, ok := r.next(); ok; start, end, ok = r.next() {
			if maybe.has(int(end-start), d.Text[start], d.Text[end-1]) {
				mark(w, d.Text[start:end])
			}
		}
		for _, word := range f.lowerOther {
			mark(w, word)
		}
	})
	for _, h := range hit {
		for i, ok := range h {
			if ok {
				props[i].lower = true
			}
		}
	}
}

// collectChunk is how many documents collect reads as one piece of work.
const collectChunk = 128

// collect sets the occurrences of the candidates of want, read again from
// the documents' forms, and forgets the forms.
func collect(c *corpus.Corpus, want []*candidate) {
	defer func() {
		for _, d := range c.Docs {
			formsOf.Drop(d)
		}
	}()
	if len(want) == 0 {
		return
	}
	index := make(map[string]int32, len(want))
	var maybe sieve // of the keys
	for i, w := range want {
		index[w.key] = int32(i)
		maybe.add(len(w.key), w.key[0], w.key[len(w.key)-1])
	}
	type found struct {
		want int32
		occ  occurrence
	}
	// Each piece of documents lists its occurrences in order: the pieces
	// in order list them sorted.
	pieces := make([][]found, (len(c.Docs)+collectChunk-1)/collectChunk)
	keys := make([][]byte, workerCount(len(pieces)))
	parallel(len(pieces), func(w, p int) {
		var out []found
		for _, d := range c.Docs[p*collectChunk : min(len(c.Docs), (p+1)*collectChunk)] {
			f := formsOf.Of(d)
			r := f.forms()
			for o, ok := r.next(); ok; o, ok = r.next() {
				var i int32
				var ok bool
				if o.fold > 0 {
					i, ok = index[f.folds[o.fold-1].key]
				} else if maybe.has(int(o.end-o.start), lowerASCII(d.Text[o.start]), lowerASCII(d.Text[o.end-1])) {
					keys[w] = appendLower(keys[w][:0], d.Text[o.start:o.end])
					i, ok = index[string(keys[w])]
				}
				if ok {
					out = append(out, found{i, occurrence{doc: int32(d.Index), start: o.start, end: o.end, sent: o.sent, mid: o.mid}})
				}
			}
		}
		pieces[p] = out
	})
	total := 0
	for _, w := range want {
		total += int(w.n)
	}
	buf := make([]occurrence, total)
	for _, w := range want {
		w.occ, buf = buf[:0:w.n], buf[w.n:]
	}
	for _, piece := range pieces {
		for _, f := range piece {
			w := want[f.want]
			w.occ = append(w.occ, f.occ)
		}
	}
}

func discover(c *corpus.Corpus) []Group {
	forms := scanAll(c)
	stories := story.Stories.Of(c)
	// Proper nouns only: capitalised in running text, never a given
	// name, never written in lower case.
	var props []*candidate
	for _, f := range forms {
		if f.mid > 0 && !f.given {
			props = append(props, f)
		}
	}
	markLower(c, props)

	// Filed in buckets by transliteration key.
	buckets := map[string][]*candidate{}
	for _, f := range props {
		if f.lower {
			continue
		}
		for _, b := range bucketKeys(mention.KeyFolded(f.folded)) {
			buckets[b] = append(buckets[b], f)
		}
	}
	names := make([]string, 0, len(buckets))
	for b := range buckets {
		names = append(names, b)
	}
	sort.Strings(names)
	// The pairs of similar spellings, in the order compared; only their
	// candidates' occurrences are collected.
	type pair struct{ a, b *candidate }
	var pairs []pair
	var want []*candidate
	wanted := map[*candidate]bool{}
	for _, name := range names {
		b := buckets[name]
		if len(b) < 2 || len(b) > maxBucket {
			continue
		}
		sort.Slice(b, func(i, j int) bool { return b[i].key < b[j].key })
		for i := range b {
			for j := i + 1; j < len(b); j++ {
				if !Similar(b[i].key, b[j].key) {
					continue
				}
				pairs = append(pairs, pair{b[i], b[j]})
				for _, f := range []*candidate{b[i], b[j]} {
					if !wanted[f] {
						wanted[f] = true
						want = append(want, f)
					}
				}
			}
		}
	}
	collect(c, want)
	uf := newUnion()
	for _, p := range pairs {
		if variants(c, stories, p.a, p.b) {
			uf.join(p.a.key, p.b.key)
		}
	}
	var out []Group
	for _, keys := range uf.sets() {
		var g Group
		for _, k := range keys {
			g.Forms = append(g.Forms, makeForm(c, forms[k]))
		}
		sort.Slice(g.Forms, func(i, j int) bool { return g.Forms[i].Text < g.Forms[j].Text })
		out = append(out, g)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Forms[0].Text < out[j].Forms[0].Text })
	return out
}

// whereOf returns (and keeps) the (story, source) pairs of the documents
// of f's occurrences, sorted and without repeats. It is computed only for
// the candidates compared, not for every proper noun.
func whereOf(c *corpus.Corpus, stories *story.Grouping, f *candidate) []storySource {
	if f.where != nil {
		return f.where
	}
	n := 0
	for i, o := range f.occ {
		if i == 0 || o.doc != f.occ[i-1].doc {
			n++
		}
	}
	w := make([]storySource, 0, n)
	for i, o := range f.occ {
		if i == 0 || o.doc != f.occ[i-1].doc {
			d := c.Docs[o.doc]
			w = append(w, storySource{stories.Of(d), d.Source})
		}
	}
	f.where = compactWhere(w)
	return f.where
}

// ascii reports whether s is printable ASCII, which formKey and text.Fold
// both merely lower-case.
func ascii(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < 0x20 || s[i] >= 0x7f {
			return false
		}
	}
	return true
}

// variants decides whether two similar proper-noun candidates from one
// bucket are spellings of one name.
func variants(c *corpus.Corpus, stories *story.Grouping, a, b *candidate) bool {
	whereOf(c, stories, a)
	whereOf(c, stories, b)
	// Different sources of one story: some source writes a and another
	// writes b about the same events. A spelling difference between two
	// unrelated stories is no discrepancy an editor can act on.
	if !otherSource(a, b) {
		return false
	}
	// Two forms in one sentence are two names: "Austria and Australia".
	// Forms whose keys differ (a cheap substitution) must not even share
	// an article.
	sameKey := mention.KeyFolded(a.folded) == mention.KeyFolded(b.folded)
	if meet(a.occ, b.occ, !sameKey) {
		return false
	}
	ca, cb := contextOf(c, a), contextOf(c, b)
	shared := 0
	for w := range ca {
		if cb[w] {
			shared++
		}
	}
	return shared >= minSharedContext
}

// meet reports whether running-text occurrences of a and b share a
// sentence, or with sameDoc set an article. Both lists are sorted by
// document, then offset, and so by sentence within a document.
func meet(a, b []occurrence, sameDoc bool) bool {
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		oa, ob := &a[i], &b[j]
		switch {
		case !oa.mid:
			i++
		case !ob.mid:
			j++
		case oa.doc != ob.doc:
			if oa.doc < ob.doc {
				i++
			} else {
				j++
			}
		case sameDoc || oa.sent == ob.sent:
			return true
		case oa.sent < ob.sent:
			i++
		default:
			j++
		}
	}
	return false
}

// contextOf returns (and keeps) a form's context: the folded content words
// of up to contextSample sentences it occurs in, spread over the corpus.
func contextOf(c *corpus.Corpus, f *candidate) map[string]bool {
	if f.context != nil {
		return f.context
	}
	f.context = map[string]bool{}
	var mids []occurrence
	for _, o := range f.occ {
		if o.mid {
			mids = append(mids, o)
		}
	}
	step := max(1, len(mids)/contextSample)
	var words []text.Word // one buffer for the sentences read
	for i := 0; i < len(mids); i += step {
		o := mids[i]
		d := c.Docs[o.doc]
		s := sentence.Sentences.Of(d)[o.sent]
		words = text.AppendWords(words[:0], d.Text, s.Span)
		for _, w := range words {
			if w.Span.Start != int(o.start) && !mention.FunctionWord(w.Folded) {
				f.context[w.Folded] = true
			}
		}
	}
	return f.context
}

// storySource is one source writing in one story.
type storySource struct {
	story  int
	source string
}

// compactWhere sorts w and removes repeats.
func compactWhere(w []storySource) []storySource {
	slices.SortFunc(w, func(a, b storySource) int {
		if a.story != b.story {
			return cmp.Compare(a.story, b.story)
		}
		return strings.Compare(a.source, b.source)
	})
	return slices.Compact(w)
}

// otherSource reports whether, in some story, a source writes a and a
// different source writes b. Both where lists are sorted.
func otherSource(a, b *candidate) bool {
	i, j := 0, 0
	for i < len(a.where) && j < len(b.where) {
		sa, sb := a.where[i].story, b.where[j].story
		switch {
		case sa < sb:
			i++
		case sb < sa:
			j++
		default:
			// Same story: the runs of both lists for it.
			ei, ej := i, j
			for ei < len(a.where) && a.where[ei].story == sa {
				ei++
			}
			for ej < len(b.where) && b.where[ej].story == sb {
				ej++
			}
			// Two different sources exist unless both runs are the
			// same single source.
			if ei-i > 1 || ej-j > 1 || a.where[i].source != b.where[j].source {
				return true
			}
			i, j = ei, ej
		}
	}
	return false
}

// makeForm builds the exported form: the most frequent casing in running
// text, and the occurrences (already sorted).
func makeForm(c *corpus.Corpus, f *candidate) Form {
	casing := map[string]int{}
	for _, o := range f.occ {
		if o.mid {
			casing[c.Docs[o.doc].Text[o.start:o.end]]++
		}
	}
	text, best := "", -1
	for t, n := range casing {
		if n > best || n == best && t < text {
			text, best = t, n
		}
	}
	occ := make([]Occurrence, len(f.occ))
	for i, o := range f.occ {
		occ[i] = Occurrence{Doc: c.Docs[o.doc], Span: article.Span{Start: int(o.start), End: int(o.end)}}
	}
	return Form{Text: text, Occurrences: occ}
}

// union is a union-find over form keys.
type union struct{ parent map[string]string }

func newUnion() *union { return &union{parent: map[string]string{}} }

func (u *union) find(k string) string {
	if _, ok := u.parent[k]; !ok {
		u.parent[k] = k
	}
	for u.parent[k] != k {
		u.parent[k] = u.parent[u.parent[k]]
		k = u.parent[k]
	}
	return k
}

func (u *union) join(a, b string) {
	ra, rb := u.find(a), u.find(b)
	if ra != rb {
		if ra > rb {
			ra, rb = rb, ra
		}
		u.parent[rb] = ra
	}
}

// sets returns the sets of two or more keys, each sorted.
func (u *union) sets() [][]string {
	by := map[string][]string{}
	for k := range u.parent {
		r := u.find(k)
		by[r] = append(by[r], k)
	}
	var out [][]string
	for _, ks := range by {
		if len(ks) > 1 {
			sort.Strings(ks)
			out = append(out, ks)
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i][0] < out[j][0] })
	return out
}
