package discover

import (
	"cmp"
	"runtime"
	"slices"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"unicode"
	"unicode/utf8"

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
	// occ lists every occurrence, sorted by document, then offset.
	occ []occurrence
	// where lists the (story, source) pairs that write the form, sorted
	// and without repeats; set by whereOf, for candidates compared.
	where   []storySource
	mid     int   // capitalised occurrences in running text
	id      int32 // index in its scanner's list
	given   bool  // seen as the given name of a person
	context map[string]bool
}

// occurrence is one place a candidate is written: its document, span and
// sentence, and whether it is in running text (not sentence-initial, not in
// a heading).
type occurrence struct {
	doc, start, end, sent int32
	mid                   bool
}

// scanner is one worker's share of the scan: the candidates of the
// documents it read and every word they write in lower case.
type scanner struct {
	forms map[string]*candidate
	lower map[string]struct{}
	key   []byte // scratch for a form's key
	// list holds the candidates in order of creation; occs every
	// occurrence scanned, in order, and of the index in list of its
	// candidate: finish files them all at once, instead of growing each
	// candidate's list.
	list []*candidate
	occs []occurrence
	of   []int32
}

// docForms is what discovery reads of one article: its capitalised forms
// in text order and the distinct words it writes in lower case. It holds
// no pointers but for the rare words whose folded form is not their text:
// the text of the article spells the others.
type docForms struct {
	forms []formOcc
	// lower lists the spans of lower-case words written as they fold;
	// lowerOther the folded form of the others.
	lower      []span32
	lowerOther []string
	// folds holds the key and folded form of each form not in printable
	// ASCII (formOcc.fold indexes it).
	folds []formFold
}

// span32 is a byte span of an article's text.
type span32 struct{ start, end int32 }

// formFold is the key and folded form of a form not in printable ASCII.
type formFold struct{ key, folded string }

// formOcc is one capitalised word of an article: its span and sentence,
// whether it is in running text (see occurrence) and whether it is the
// given name of a confidently identified person. Its key and folded form
// are its text in lower case, or docForms.folds[fold-1] when fold > 0. It
// does not repeat the article's index: 20 bytes a word, not 28.
type formOcc struct {
	start, end, sent, fold int32
	mid, given             bool
}

// Fact is the per-article fact discovery reads. Extract it with the
// article's other facts, while the article's words are at hand.
var Fact corpus.Fact = formsOf

// formScratch is the working memory of one article's scan, recycled
// between articles: the tokens are read once, then only the forms are kept.
type formScratch struct {
	lower map[string]struct{}
	f     docForms
}

var scratchPool = sync.Pool{New: func() any { return &formScratch{lower: map[string]struct{}{}} }}

// formsOf is Fact's extractor.
var formsOf = &corpus.Extractor[docForms]{Name: "discover-forms", Run: func(d *corpus.Doc) docForms {
	var given []int // token offsets of given names
	people := mention.People.Of(d)
	for i := range people.Len() {
		p := people.At(i)
		if !p.Confident() {
			continue
		}
		for _, n := range p.Full() {
			given = append(given, n.Given().Start)
		}
	}
	sc := scratchPool.Get().(*formScratch)
	defer scratchPool.Put(sc)
	clear(sc.lower)
	f := &sc.f
	f.forms, f.lower, f.lowerOther, f.folds = f.forms[:0], f.lower[:0], f.lowerOther[:0], f.folds[:0]
	mention.ReadTokens(d, func(toks []mention.Token) { f.add(d, toks, given, sc.lower) })
	// Exact-size copies: the scratch goes back to the pool.
	out := docForms{forms: slices.Clone(f.forms), lower: slices.Clone(f.lower),
		lowerOther: slices.Clone(f.lowerOther), folds: slices.Clone(f.folds)}
	out.detach()
	return out
}}

// detach copies the folded words of f, which point into the article's
// word lists, into one string of their own, so that f does not keep the
// word lists' folded text alive.
func (f *docForms) detach() {
	n := 0
	for _, w := range f.lowerOther {
		n += len(w)
	}
	for _, ff := range f.folds {
		n += len(ff.folded)
	}
	if n == 0 {
		return
	}
	var b strings.Builder
	b.Grow(n)
	for _, w := range f.lowerOther {
		b.WriteString(w)
	}
	for _, ff := range f.folds {
		b.WriteString(ff.folded)
	}
	all, at := b.String(), 0
	next := func(w string) string {
		at += len(w)
		return all[at-len(w) : at]
	}
	for i, w := range f.lowerOther {
		f.lowerOther[i] = next(w)
	}
	for i := range f.folds {
		f.folds[i].folded = next(f.folds[i].folded)
	}
}

// add appends the forms and lower-case words of the tokens of d to f;
// given lists the offsets of given names, lower the lower-case words
// already listed.
func (f *docForms) add(d *corpus.Doc, toks []mention.Token, given []int, lower map[string]struct{}) {
	for i := range toks {
		t := &toks[i]
		word := d.Text[t.Span.Start:t.Span.End]
		if word == "" {
			continue
		}
		if c := word[0]; c < utf8.RuneSelf {
			if !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z') {
				continue
			}
		} else if r, _ := utf8.DecodeRuneInString(word); !unicode.IsLetter(r) {
			continue
		}
		if !t.Capital {
			// Only a word that could be a form's folded text matters:
			// minLetters or more, not a function word.
			if len(t.Folded) < minLetters || utf8.RuneCountInString(t.Folded) < minLetters || mention.FunctionWord(t.Folded) {
				continue
			}
			// One map operation: the set grows when the word is new.
			n := len(lower)
			lower[t.Folded] = struct{}{}
			if len(lower) > n {
				if t.Folded == word {
					f.lower = append(f.lower, span32{int32(t.Span.Start), int32(t.Span.End)})
				} else {
					f.lowerOther = append(f.lowerOther, t.Folded)
				}
			}
			continue
		}
		if t.AllCaps || utf8.RuneCountInString(t.Folded) < minLetters || mention.FunctionWord(t.Folded) {
			continue
		}
		var fold int32
		if !ascii(word) {
			f.folds = append(f.folds, formFold{key: formKey(word), folded: t.Folded})
			fold = int32(len(f.folds))
		}
		mid := !t.Initial && !t.Heading
		f.forms = append(f.forms, formOcc{start: int32(t.Span.Start), end: int32(t.Span.End), sent: int32(t.Sentence),
			fold: fold, mid: mid, given: slices.Contains(given, t.Span.Start)})
	}
}

// scan adds the capitalised words of d to s.forms and its lower-case words
// to s.lower. Documents must be scanned in index order.
func (s *scanner) scan(d *corpus.Doc) {
	f := formsOf.Of(d)
	for _, w := range f.lower {
		s.lower[d.Text[w.start:w.end]] = struct{}{}
	}
	for _, w := range f.lowerOther {
		s.lower[w] = struct{}{}
	}
	for _, o := range f.forms {
		var key, folded string
		var c *candidate
		if o.fold > 0 {
			ff := f.folds[o.fold-1]
			key, folded = ff.key, ff.folded
			c = s.forms[key]
		} else {
			s.key = appendLower(s.key[:0], d.Text[o.start:o.end])
			c = s.forms[string(s.key)]
		}
		if c == nil {
			if o.fold == 0 {
				key = string(s.key)
				folded = key
			}
			c = &candidate{key: key, folded: folded, id: int32(len(s.list))}
			s.forms[key] = c
			s.list = append(s.list, c)
		}
		s.occs = append(s.occs, occurrence{doc: int32(d.Index), start: o.start, end: o.end, sent: o.sent, mid: o.mid})
		s.of = append(s.of, c.id)
		if o.given {
			c.given = true
		}
		if o.mid {
			c.mid++
		}
	}
}

// finish files the scanned occurrences with their candidates, in the order
// scanned, in slices of one array.
func (s *scanner) finish() {
	counts := make([]int32, len(s.list))
	for _, id := range s.of {
		counts[id]++
	}
	buf := make([]occurrence, len(s.occs))
	for i, c := range s.list {
		c.occ, buf = buf[:0:counts[i]], buf[counts[i]:]
	}
	for i, id := range s.of {
		c := s.list[id]
		c.occ = append(c.occ, s.occs[i])
	}
	s.list, s.occs, s.of = nil, nil, nil
}

// appendLower appends s, printable ASCII, in lower case to dst.
func appendLower(dst []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		dst = append(dst, c)
	}
	return dst
}

// scanAll scans the documents of c on all processors and merges the
// workers' candidates; it returns them and the workers' lower-case words.
func scanAll(c *corpus.Corpus) (map[string]*candidate, []map[string]struct{}) {
	workers := make([]scanner, max(1, min(runtime.GOMAXPROCS(0), len(c.Docs))))
	var next atomic.Int64
	var wg sync.WaitGroup
	// Each worker's occurrences are sized for its share of the corpus.
	total := 0
	for _, d := range c.Docs {
		total += len(formsOf.Of(d).forms)
	}
	share := total/len(workers) + total/8
	for w := range workers {
		s := &workers[w]
		s.forms, s.lower = map[string]*candidate{}, map[string]struct{}{}
		s.occs, s.of = make([]occurrence, 0, share), make([]int32, 0, share)
		wg.Go(func() {
			defer s.finish()
			// Each worker takes documents in increasing index order, so
			// that its candidates' occurrences stay sorted.
			for i := int(next.Add(1)) - 1; i < len(c.Docs); i = int(next.Add(1)) - 1 {
				s.scan(c.Docs[i])
				// The candidates now hold what discovery needs.
				formsOf.Drop(c.Docs[i])
			}
		})
	}
	wg.Wait()
	forms := workers[0].forms
	lower := make([]map[string]struct{}, len(workers))
	for w := range workers {
		lower[w] = workers[w].lower
		if w == 0 {
			continue
		}
		for k, wc := range workers[w].forms {
			g := forms[k]
			if g == nil {
				forms[k] = wc
				continue
			}
			// The text of the first occurrence names the candidate.
			if before(wc.occ[0], g.occ[0]) {
				g.folded = wc.folded
			}
			g.occ = mergeOcc(g.occ, wc.occ)
			g.mid += wc.mid
			g.given = g.given || wc.given
		}
	}
	return forms, lower
}

// before reports whether a comes before b in the corpus: by document, then
// offset.
func before(a, b occurrence) bool {
	if a.doc != b.doc {
		return a.doc < b.doc
	}
	return a.start < b.start
}

// mergeOcc merges two sorted lists of occurrences.
func mergeOcc(a, b []occurrence) []occurrence {
	switch {
	case len(b) == 0:
		return a
	case len(a) == 0:
		return b
	case before(a[len(a)-1], b[0]):
		return append(a, b...)
	}
	out := make([]occurrence, 0, len(a)+len(b))
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		if before(b[j], a[i]) {
			out = append(out, b[j])
			j++
		} else {
			out = append(out, a[i])
			i++
		}
	}
	out = append(out, a[i:]...)
	return append(out, b[j:]...)
}

func discover(c *corpus.Corpus) []Group {
	forms, lowerSets := scanAll(c)
	stories := story.Stories.Of(c)
	lower := func(w string) bool {
		for _, l := range lowerSets {
			if _, ok := l[w]; ok {
				return true
			}
		}
		return false
	}

	// Proper nouns only, filed in buckets by transliteration key.
	buckets := map[string][]*candidate{}
	for _, f := range forms {
		if f.mid == 0 || f.given || lower(f.folded) {
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
	uf := newUnion()
	for _, name := range names {
		b := buckets[name]
		if len(b) < 2 || len(b) > maxBucket {
			continue
		}
		sort.Slice(b, func(i, j int) bool { return b[i].key < b[j].key })
		for i := range b {
			for j := i + 1; j < len(b); j++ {
				if variants(c, stories, b[i], b[j]) {
					uf.join(b[i].key, b[j].key)
				}
			}
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

// variants decides whether two proper-noun candidates from one bucket are
// spellings of one name.
func variants(c *corpus.Corpus, stories *story.Grouping, a, b *candidate) bool {
	if !Similar(a.key, b.key) {
		return false
	}
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
	type sref struct{ doc, sent int32 }
	sents, docs := map[sref]bool{}, map[int32]bool{}
	for _, o := range a.occ {
		if o.mid {
			sents[sref{o.doc, o.sent}] = true
			docs[o.doc] = true
		}
	}
	for _, o := range b.occ {
		if o.mid && (sents[sref{o.doc, o.sent}] || !sameKey && docs[o.doc]) {
			return false
		}
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
	for i := 0; i < len(mids); i += step {
		o := mids[i]
		d := c.Docs[o.doc]
		s := sentence.Sentences.Of(d)[o.sent]
		for _, w := range text.Words(d.Text, s.Span) {
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
