package discover

import (
	"sort"
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
	key     string // formKey
	folded  string
	casing  map[string]int // text as written in running text → count
	occ     []occurrence
	sources map[string]bool
	// where lists the (story, source) pairs that write the form, sorted
	// and without repeats once the candidate is complete.
	where   []storySource
	mid     int  // capitalised occurrences in running text
	given   bool // seen as the given name of a person
	context map[string]bool
}

// occurrence is an Occurrence with its sentence, and whether it is in
// running text (not sentence-initial, not in a heading).
type occurrence struct {
	Occurrence
	sent int
	mid  bool
}

// docFacts is one document's contribution, built in parallel.
type docFacts struct {
	lower map[string]bool
	forms map[string]*candidate
}

func scan(d *corpus.Doc) docFacts {
	toks := mention.Tokens(d)
	f := docFacts{lower: map[string]bool{}, forms: map[string]*candidate{}}
	given := map[int]bool{} // token start offsets of given names
	for _, p := range mention.People.Of(d) {
		if !p.Confident() {
			continue
		}
		for _, m := range p.Full {
			if g, ok := m.Given(); ok {
				given[g.Span.Start] = true
			}
		}
	}
	for _, t := range toks {
		r, _ := utf8.DecodeRuneInString(t.Text)
		if !unicode.IsLetter(r) {
			continue
		}
		if !t.Capital {
			f.lower[t.Folded] = true
			continue
		}
		if t.AllCaps || utf8.RuneCountInString(t.Folded) < minLetters || mention.FunctionWord(t.Folded) {
			continue
		}
		k := t.Folded
		if !ascii(t.Text) {
			k = formKey(t.Text)
		}
		c := f.forms[k]
		if c == nil {
			c = &candidate{key: k, folded: t.Folded, casing: map[string]int{}}
			f.forms[k] = c
		}
		mid := !t.Initial && !t.Heading
		c.occ = append(c.occ, occurrence{Occurrence{Doc: d, Span: t.Span}, t.Sentence, mid})
		if given[t.Span.Start] {
			c.given = true
		}
		if mid {
			c.mid++
			c.casing[t.Text]++
		}
	}
	return f
}

func discover(c *corpus.Corpus) []Group {
	per := make([]docFacts, len(c.Docs))
	mention.Each(c, func(i int, d *corpus.Doc) { per[i] = scan(d) })
	stories := story.Stories.Of(c)

	forms := map[string]*candidate{}
	for i, f := range per {
		for k, dc := range f.forms {
			g := forms[k]
			if g == nil {
				g = &candidate{key: k, folded: dc.folded, casing: map[string]int{}, sources: map[string]bool{}}
				forms[k] = g
			}
			g.occ = append(g.occ, dc.occ...)
			g.mid += dc.mid
			g.given = g.given || dc.given
			for t, n := range dc.casing {
				g.casing[t] += n
			}
			g.sources[c.Docs[i].Source] = true
			g.where = append(g.where, storySource{stories.Of(c.Docs[i]), c.Docs[i].Source})
		}
		per[i].forms = nil
	}
	lower := lowerCase(c, per, forms)

	// Proper nouns only, filed in buckets by transliteration key.
	buckets := map[string][]*candidate{}
	for _, f := range forms {
		if f.mid == 0 || f.given || lower[f.folded] {
			continue
		}
		f.where = compactWhere(f.where)
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
				if variants(b[i], b[j]) {
					uf.join(b[i].key, b[j].key)
				}
			}
		}
	}
	var out []Group
	for _, keys := range uf.sets() {
		var g Group
		for _, k := range keys {
			g.Forms = append(g.Forms, makeForm(forms[k]))
		}
		sort.Slice(g.Forms, func(i, j int) bool { return g.Forms[i].Text < g.Forms[j].Text })
		out = append(out, g)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Forms[0].Text < out[j].Forms[0].Text })
	return out
}

// lowerCase returns the folded forms of candidates that some document
// writes in lower case, and drops the documents' lower-case word sets. The
// documents are looked up in parallel against the (read-only) candidates.
func lowerCase(c *corpus.Corpus, per []docFacts, forms map[string]*candidate) map[string]bool {
	folded := make(map[string]bool, len(forms))
	for _, f := range forms {
		if f.mid > 0 && !f.given {
			folded[f.folded] = true
		}
	}
	hits := make([][]string, len(per))
	mention.Each(c, func(i int, _ *corpus.Doc) {
		for w := range per[i].lower {
			if folded[w] {
				hits[i] = append(hits[i], w)
			}
		}
		per[i].lower = nil
	})
	out := map[string]bool{}
	for _, h := range hits {
		for _, w := range h {
			out[w] = true
		}
	}
	return out
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
func variants(a, b *candidate) bool {
	if !Similar(a.key, b.key) {
		return false
	}
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
	type sref struct{ doc, sent int }
	sents, docs := map[sref]bool{}, map[int]bool{}
	for _, o := range a.occ {
		if o.mid {
			sents[sref{o.Doc.Index, o.sent}] = true
			docs[o.Doc.Index] = true
		}
	}
	for _, o := range b.occ {
		if o.mid && (sents[sref{o.Doc.Index, o.sent}] || !sameKey && docs[o.Doc.Index]) {
			return false
		}
	}
	ca, cb := contextOf(a), contextOf(b)
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
func contextOf(c *candidate) map[string]bool {
	if c.context != nil {
		return c.context
	}
	c.context = map[string]bool{}
	var mids []occurrence
	for _, o := range c.occ {
		if o.mid {
			mids = append(mids, o)
		}
	}
	step := max(1, len(mids)/contextSample)
	for i := 0; i < len(mids); i += step {
		o := mids[i]
		s := sentence.Sentences.Of(o.Doc)[o.sent]
		for _, w := range text.Words(o.Doc.Text, s.Span) {
			if w.Span.Start != o.Span.Start && !mention.FunctionWord(w.Folded) {
				c.context[w.Folded] = true
			}
		}
	}
	return c.context
}

// storySource is one source writing in one story.
type storySource struct {
	story  int
	source string
}

// compactWhere sorts w and removes repeats.
func compactWhere(w []storySource) []storySource {
	sort.Slice(w, func(i, j int) bool {
		if w[i].story != w[j].story {
			return w[i].story < w[j].story
		}
		return w[i].source < w[j].source
	})
	out := w[:0]
	for i, x := range w {
		if i == 0 || x != w[i-1] {
			out = append(out, x)
		}
	}
	return out
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

// makeForm builds the exported form: the most frequent casing, sorted
// occurrences.
func makeForm(c *candidate) Form {
	text, best := "", -1
	for t, n := range c.casing {
		if n > best || n == best && t < text {
			text, best = t, n
		}
	}
	occ := make([]Occurrence, len(c.occ))
	for i, o := range c.occ {
		occ[i] = o.Occurrence
	}
	sort.Slice(occ, func(i, j int) bool {
		if occ[i].Doc.Index != occ[j].Doc.Index {
			return occ[i].Doc.Index < occ[j].Doc.Index
		}
		return occ[i].Span.Start < occ[j].Span.Start
	})
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
