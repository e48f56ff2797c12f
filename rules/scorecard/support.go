package scorecard

import (
	"sort"
	"strings"

	"github.com/srclint/srclint/rules/article"
	"github.com/srclint/srclint/rules/boilerplate"
	"github.com/srclint/srclint/rules/claim"
	"github.com/srclint/srclint/rules/config"
	"github.com/srclint/srclint/rules/corpus"
	"github.com/srclint/srclint/rules/story"
	"github.com/srclint/srclint/rules/text"
)

// minSpecificity is the least claim.Term.Specificity of a term that makes
// a sentence a claim: weekdays and above; months, years and numbers
// written in words are too vague on their own (the threshold the
// claim-unsupported rule reports from).
const minSpecificity = 3

// support answers which articles of a story carry a term, with the
// configured variants, and whether a carrier is independent.
type support struct {
	c       *corpus.Corpus
	stories *story.Grouping
	prov    *story.Graph
	chrome  [][]boilerplate.Block
	// The facts and claims of the story being scored: stories are scored
	// one at a time, so memory holds one story's facts (see reset).
	facts    map[int]*storyFacts // by story number
	claimsOf map[int][]sentenceTerms
	variants map[string][]string // "t:kiev" → ["t:kiev", "t:kyiv"]
	names    map[string]bool     // folded configured source names and aliases
}

func newSupport(c *corpus.Corpus, cfg *config.Config) *support {
	s := &support{
		c: c, stories: story.Stories.Of(c), prov: story.Provenance.Of(c), chrome: boilerplate.Blocks.Of(c),
		variants: map[string][]string{}, names: map[string]bool{}, facts: map[int]*storyFacts{}, claimsOf: map[int][]sentenceTerms{},
	}
	if cfg == nil {
		return s
	}
	s.variants = claim.VariantKeys(cfg.SpellingGroups())
	for _, n := range cfg.OutletNames() {
		s.names[strings.TrimPrefix(text.Fold(n), "the ")] = true
	}
	return s
}

// reset drops the facts and claims cached for the stories scored so far.
func (s *support) reset() {
	clear(s.facts)
	clear(s.claimsOf)
}

// salient reports whether t, a term of d, is content a claim can be
// checked on: not a news organisation's name, specific enough.
func (s *support) salient(d *corpus.Doc, t claim.Term) bool {
	if t.Outlet || t.Specificity() < minSpecificity {
		return false
	}
	span := t.Span()
	written := d.Text[span.Start:span.End]
	f := strings.TrimPrefix(text.Fold(strings.TrimSuffix(strings.TrimSuffix(written, "’s"), "'s")), "the ")
	return !s.names[f]
}

// keysOf returns keys with the configured variants added.
func (s *support) keysOf(keys []string) []string {
	out := append([]string(nil), keys...)
	for _, k := range keys {
		out = append(out, s.variants[k]...)
	}
	return out
}

// claims returns d's claim sentences: not headings, not inside site
// chrome, with at least one salient term. Each is returned with its
// salient terms.
func (s *support) claims(d *corpus.Doc) []sentenceTerms {
	if cls, ok := s.claimsOf[d.Index]; ok {
		return cls
	}
	var out []sentenceTerms
	defer func() { s.claimsOf[d.Index] = out }()
	det := claim.DetailsOf(d)
	for cl := range claim.Claims.Of(d).All() {
		if cl.Sentence.Heading || s.inChrome(d, cl.Sentence.Span) {
			continue
		}
		var ts []claim.Term
		for _, t := range cl.Terms {
			if s.salient(d, t) {
				ts = append(ts, t)
			}
		}
		if len(ts) > 0 {
			out = append(out, sentenceTerms{span: cl.Sentence.Span, terms: ts, det: det})
		}
	}
	return out
}

type sentenceTerms struct {
	span  article.Span
	terms []claim.Term
	det   *claim.Details // the article's term details
}

func (s *support) inChrome(d *corpus.Doc, sp article.Span) bool {
	if d.Index >= len(s.chrome) {
		return false
	}
	for _, b := range s.chrome[d.Index] {
		if sp.Start < b.Span.End && b.Span.Start < sp.End {
			return true
		}
	}
	return false
}

// storyFacts are the facts of one story the scorecard looks up for many
// articles and terms, computed once: a term index, each distinct term's
// carriers and origins, and the member counts that say whether an
// article has an independent article to compare with.
type storyFacts struct {
	// idx maps term keys to the members carrying them, in path order
	// (story.KeyIndex), so a lookup costs the size of the story, not the
	// corpus.
	idx   map[string][]*corpus.Doc
	terms map[string]*termInfo
	// Member counts: all, per source, per derivation root, per both.
	n            int
	bySource     map[string]int
	byRoot       map[int]int
	byRootSource map[rootSource]int
}

type rootSource struct {
	root   int
	source string
}

// termInfo is one term's carriers in a story and where each repeats it
// from.
type termInfo struct {
	// carriers are the members carrying the term, in path order.
	carriers []*corpus.Doc
	// origin maps a carrier's index to the article it repeats the term
	// from: itself, or the nearest article up its derivation chain whose
	// source no longer carries the term.
	origin map[int]*corpus.Doc
	// sources maps each origin's source to the sources of the carriers
	// with that origin source.
	sources map[string]map[string]bool
}

// story returns the facts of the story members belong to.
func (s *support) story(members []*corpus.Doc) *storyFacts {
	g := s.stories.Of(members[0])
	if f, ok := s.facts[g]; ok {
		return f
	}
	f := &storyFacts{idx: story.KeyIndex(members), terms: map[string]*termInfo{}, n: len(members),
		bySource: map[string]int{}, byRoot: map[int]int{}, byRootSource: map[rootSource]int{}}
	for _, d := range members {
		r := s.prov.Root(d).Index
		f.bySource[d.Source]++
		f.byRoot[r]++
		f.byRootSource[rootSource{r, d.Source}]++
	}
	s.facts[g] = f
	return f
}

// term returns the story's facts about the term with these keys
// (variants included).
func (s *support) term(f *storyFacts, keys []string) *termInfo {
	ks := s.keysOf(keys)
	sort.Strings(ks)
	id := strings.Join(ks, " ")
	if ti, ok := f.terms[id]; ok {
		return ti
	}
	ti := &termInfo{origin: map[int]*corpus.Doc{}, sources: map[string]map[string]bool{}}
	seen := map[int]bool{}
	for _, k := range ks {
		for _, d := range f.idx[k] {
			if !seen[d.Index] {
				seen[d.Index] = true
				ti.carriers = append(ti.carriers, d)
			}
		}
	}
	sort.Slice(ti.carriers, func(i, j int) bool { return ti.carriers[i].Index < ti.carriers[j].Index })
	for _, x := range ti.carriers {
		o := s.origin(x, seen)
		ti.origin[x.Index] = o
		if ti.sources[o.Source] == nil {
			ti.sources[o.Source] = map[string]bool{}
		}
		ti.sources[o.Source][x.Source] = true
	}
	f.terms[id] = ti
	return ti
}

// origin returns the article x repeats a term from: x's source while that
// source also carries the term (carries holds the carriers' indexes).
// An article that carries a term its source lacks is its origin.
func (s *support) origin(x *corpus.Doc, carries map[int]bool) *corpus.Doc {
	for i := 0; i <= len(s.c.Docs); i++ {
		e := s.prov.Source(x)
		if e == nil || !carries[e.Source.Index] {
			return x
		}
		x = e.Source
	}
	return x
}

// independent reports whether another carrier of the term carries it
// independently of d, which carries it: a carrier of another source whose
// origin is of another source than d's origin. The lookup costs the
// number of origin sources, not of carriers.
func (ti *termInfo) independent(d *corpus.Doc) bool {
	od := ti.origin[d.Index]
	if od == nil {
		return false
	}
	for src, carriers := range ti.sources {
		if src == od.Source {
			continue
		}
		if len(carriers) > 1 || !carriers[d.Source] {
			return true
		}
	}
	return false
}

// comparable reports whether d's story holds an article of another source
// outside d's derivation family (with another root).
func (s *support) comparable(f *storyFacts, d *corpus.Doc) bool {
	r := s.prov.Root(d).Index
	otherSource := f.n - f.bySource[d.Source]
	sameRootOtherSource := f.byRoot[r] - f.byRootSource[rootSource{r, d.Source}]
	return otherSource-sameRootOtherSource > 0
}

// countClaims fills in the claim columns of the sources of members, the
// articles of one story.
func countClaims(sup *support, members []*corpus.Doc, get func(string) *Source) {
	for _, d := range members {
		row := get(d.Source)
		cls := sup.claims(d)
		row.Claims += len(cls)
		if len(members) < 2 {
			continue
		}
		f := sup.story(members)
		if !sup.comparable(f, d) {
			continue
		}
		row.Comparable += len(cls)
		var keys []string
		for _, cl := range cls {
			ok := true
			for _, t := range cl.terms {
				keys = cl.det.Keys(t).AppendTo(keys[:0])
				if !sup.term(f, keys).independent(d) {
					ok = false
					break
				}
			}
			if ok {
				row.Corroborated++
			}
		}
	}
}
