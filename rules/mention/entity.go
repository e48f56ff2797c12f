package mention

import (
	"cmp"
	"slices"
	"sort"
	"sync"

	"github.com/srclint/srclint/internal/workers"
	"github.com/srclint/srclint/rules/article"
	"github.com/srclint/srclint/rules/corpus"
	"github.com/srclint/srclint/rules/story"
)

// Person is one person named in one article: the full-name mentions that
// share a surname and given name, and the surname-only mentions that follow
// them ("Steve Witkoff ... Witkoff's home"). A person holds no reference to
// the article's mentions: its strings are cut from the article's text and
// from one string per article.
type Person struct {
	// Key is the transliteration key of the surname (see Key).
	Key string
	// Surname is the surname as first written ("bin Salman").
	Surname string
	// Given is the given name as first written, or "" for a person only
	// ever named by surname.
	Given string
	// GivenFolded is text.Fold(Given), the folded given name of every
	// full-name mention.
	GivenFolded string
	// Full lists the full-name mentions, in the order they joined.
	Full []Name
	// Shorts counts the surname-only mentions.
	Shorts int
	// Roles lists the roles of all the person's mentions, in the order
	// they joined.
	Roles []Role
}

// Name is one full-name mention of a person.
type Name struct {
	// Span covers the name's words, as Mention.Span.
	Span article.Span
	// Given is the span of the given name (Mention.Given).
	Given article.Span
	// Capital and AllCaps are the given name's (see Token).
	Capital, AllCaps bool
}

// Confident reports whether the mentions look like a person rather than an
// organisation or a place: a role, or a surname used alone after the full
// name ("Witkoff" after "Steve Witkoff").
func (p Person) Confident() bool { return len(p.Roles) > 0 || p.Shorts > 0 && len(p.Full) > 0 }

// People is the per-article extractor of people (see Group).
var People = &corpus.Extractor[[]Person]{
	Name: "people",
	Run:  func(d *corpus.Doc) []Person { return Group(d.Text, Mentions.Of(d)) },
}

// grouping holds the working buffers of Group, reused through groupPool.
type grouping struct {
	people []Person
	// joins lists, in order, every mention that joins a person.
	joins []join
	// counts has the lengths of each person's lists, the offset of the
	// first mention and the place in the result.
	counts []struct{ full, short, roles, first, pos int32 }
	order  []int32
	// hashes has the hash of each person's key, compared before the key.
	hashes []uint32
	key    []byte
	// keys holds the people's keys end to end, keyEnds where each ends:
	// the result's keys are cut from one string.
	keys    []byte
	keyEnds []int32
	// strEnds is where the result's other strings end in keys.
	strEnds []int32
}

// str appends s to g.keys and returns where it ends.
func (g *grouping) str(s string) int32 {
	g.keys = append(g.keys, s...)
	return int32(len(g.keys))
}

// keyOf returns the key of person i, in g.keys.
func (g *grouping) keyOf(i int) []byte {
	start := int32(0)
	if i > 0 {
		start = g.keyEnds[i-1]
	}
	return g.keys[start:g.keyEnds[i]]
}

// join is one mention joining one person.
type join struct {
	person, mention int32
	short, role     bool
}

// keyHash is a cheap hash of a key (FNV-1a), compared before the key.
func keyHash(k []byte) uint32 {
	h := uint32(2166136261)
	for _, c := range k {
		h = (h ^ uint32(c)) * 16777619
	}
	return h
}

// groupPool holds the buffers of finished groupings.
var groupPool = sync.Pool{New: func() any { return &grouping{} }}

// Group groups one article's mentions into people. A mention of two or
// more words starts or continues a person with the same surname key and
// given name. A one-word mention joins the person whose surname key it
// matches when exactly one such person has a given name in the article;
// otherwise it is a surname-only person (or, for place and organisation
// names, simply a one-word name). Heading mentions only join people found
// in the body. The result is in order of first mention and keeps no
// reference to ms. txt is the article's text.
func Group(txt string, ms []Mention) []Person {
	g := groupPool.Get().(*grouping)
	defer groupPool.Put(g)
	g.people, g.joins = g.people[:0], g.joins[:0]
	g.hashes, g.keys, g.keyEnds = g.hashes[:0], g.keys[:0], g.keyEnds[:0]
	var h uint32 // keyHash(g.key)
	find := func(h uint32, key []byte, given string) int {
		for i, ph := range g.hashes {
			if p := &g.people[i]; ph == h && string(g.keyOf(i)) == string(key) && p.GivenFolded == given {
				return i
			}
		}
		return -1
	}
	// add adds a person whose key is g.key; result sets the key string.
	add := func(p Person) int {
		g.people = append(g.people, p)
		g.hashes = append(g.hashes, h)
		g.keys = append(g.keys, g.key...)
		g.keyEnds = append(g.keyEnds, int32(len(g.keys)))
		return len(g.people) - 1
	}
	joinTo := func(p, m int, short, role bool) {
		g.joins = append(g.joins, join{int32(p), int32(m), short, role})
	}
	// Full names first, so that a surname-only mention before the full
	// name (common in headlines and ledes) still joins it.
	for mi := range ms {
		m := &ms[mi]
		gv, ok := m.Given()
		if !ok || m.Heading || len(m.Words) > 4 || PlaceNoun(m.Words[len(m.Words)-1].Folded) {
			continue
		}
		g.key = m.appendSurnameKey(g.key[:0])
		h = keyHash(g.key)
		i := find(h, g.key, gv.Folded)
		if i < 0 {
			sur, _ := m.Surname(txt)
			i = add(Person{Surname: sur, Given: txt[gv.Span.Start:gv.Span.End], GivenFolded: gv.Folded})
		}
		joinTo(i, mi, false, m.Role != nil)
	}
	for mi := range ms {
		m := &ms[mi]
		gv, hasGiven := m.Given()
		if hasGiven && !m.Heading {
			continue
		}
		if hasGiven {
			// A heading full name joins a body person with that name.
			g.key = m.appendSurnameKey(g.key[:0])
			h = keyHash(g.key)
			if i := find(h, g.key, gv.Folded); i >= 0 {
				joinTo(i, mi, false, false)
			}
			continue
		}
		if len(m.Words) != 1 || PlaceNoun(m.Words[0].Folded) {
			continue
		}
		g.key = appendKey(g.key[:0], m.Words[0].Folded)
		h = keyHash(g.key)
		match := -1
		for i, ph := range g.hashes {
			if p := &g.people[i]; ph == h && string(g.keyOf(i)) == string(g.key) && p.Given != "" {
				if match >= 0 {
					match = -2 // two people share the surname: ambiguous
					break
				}
				match = i
			}
		}
		switch {
		case match >= 0:
			joinTo(match, mi, true, m.Role != nil)
		case match == -1 && !m.Heading && !m.Initial:
			i := find(h, g.key, "")
			if i < 0 {
				i = add(Person{Surname: txt[m.Words[0].Span.Start:m.Words[0].Span.End]})
			}
			joinTo(i, mi, true, m.Role != nil)
		}
	}
	return g.result(ms)
}

// result builds the people of g, each with its mentions and roles in the
// order they joined, in slices of one array allocated to size, sorted by
// first mention. The people's keys, folded given names and role keys are
// cut from one string: they keep no word list alive.
func (g *grouping) result(ms []Mention) []Person {
	n := len(g.people)
	if n == 0 {
		return nil
	}
	g.counts = slices.Grow(g.counts[:0], n)[:n]
	clear(g.counts)
	nroles, nfull := 0, 0
	for _, j := range g.joins {
		c := &g.counts[j.person]
		if j.short {
			c.short++
		} else {
			c.full++
			nfull++
		}
		if j.role {
			c.roles++
			nroles++
		}
		if off := int32(ms[j.mention].Span.Start); c.full+c.short == 1 || off < c.first {
			c.first = off
		}
	}
	// The people in order of first mention (stable), and where each goes.
	g.order = slices.Grow(g.order[:0], n)[:n]
	for i := range g.order {
		g.order[i] = int32(i)
	}
	slices.SortStableFunc(g.order, func(a, b int32) int { return cmp.Compare(g.counts[a].first, g.counts[b].first) })
	for k, i := range g.order {
		g.counts[i].pos = int32(k)
	}
	// The other strings follow the keys: each person's folded given
	// name, then the role keys in the order they joined.
	g.strEnds = g.strEnds[:0]
	for i := range g.people {
		g.strEnds = append(g.strEnds, g.str(g.people[i].GivenFolded))
	}
	for _, j := range g.joins {
		if j.role {
			g.strEnds = append(g.strEnds, g.str(ms[j.mention].Role.Key))
		}
	}
	strs := string(g.keys)
	cutStr := func(i int) string {
		start := g.keyEnds[n-1]
		if i > 0 {
			start = g.strEnds[i-1]
		}
		return strs[start:g.strEnds[i]]
	}
	// One array of names and one of roles, cut to the counted lengths.
	people := make([]Person, n)
	nbuf := make([]Name, nfull)
	rbuf := make([]Role, nroles)
	for k, i := range g.order {
		p, c := &people[k], g.counts[i]
		*p = g.people[i]
		start := int32(0)
		if i > 0 {
			start = g.keyEnds[i-1]
		}
		p.Key = strs[start:g.keyEnds[i]]
		p.GivenFolded = cutStr(int(i))
		p.Shorts = int(c.short)
		p.Full, nbuf = cut(nbuf, c.full)
		p.Roles, rbuf = cut(rbuf, c.roles)
	}
	clear(g.people)
	r := n
	for _, j := range g.joins {
		p, m := &people[g.counts[j.person].pos], &ms[j.mention]
		if !j.short {
			gv, _ := m.Given()
			p.Full = append(p.Full, Name{Span: m.Span, Given: gv.Span, Capital: gv.Capital, AllCaps: gv.AllCaps})
		}
		if j.role {
			role := *m.Role
			role.Key = cutStr(r)
			r++
			p.Roles = append(p.Roles, role)
		}
	}
	return people
}

// cut returns an empty slice of capacity n from the front of buf (nil for
// n = 0), and the rest of buf.
func cut[T any](buf []T, n int32) ([]T, []T) {
	if n == 0 {
		return nil, buf
	}
	return buf[:0:n], buf[n:]
}

// DocPerson is a person of one document: the document's People entry,
// shared, not copied.
type DocPerson struct {
	Doc *corpus.Doc
	*Person
}

// Entity is every person of one story who shares one surname key: the
// candidates for "the same person". Whether two of them are one person is
// for the caller to decide (given names, roles).
type Entity struct {
	// Story is the index of the story in story.Stories.
	Story int
	// Key is the surname's transliteration key.
	Key string
	// People are the per-article people, sorted by document then first
	// mention.
	People []DocPerson
}

// Entities is the corpus index of people grouped by story and surname key,
// sorted by story then key. Only groups written by two or more articles with
// at least one full-name mention are listed: a name compared across
// unrelated stories says nothing (archives hold many Kovalenkos), and one
// article alone has no other source to disagree with.
var Entities = &corpus.Index[[]Entity]{Name: "entities", Run: entities}

func entities(c *corpus.Corpus) []Entity {
	per := make([][]Person, len(c.Docs))
	Each(c, func(i int, d *corpus.Doc) { per[i] = People.Of(d) })
	stories := story.Stories.Of(c)
	type slot struct {
		story int
		key   string
	}
	byKey := map[slot]int{}
	var out []Entity
	for i, d := range c.Docs {
		st := stories.Of(d)
		for pi := range per[i] {
			p := &per[i][pi]
			k := slot{st, p.Key}
			e, ok := byKey[k]
			if !ok {
				e = len(out)
				byKey[k] = e
				out = append(out, Entity{Story: st, Key: p.Key})
			}
			out[e].People = append(out[e].People, DocPerson{Doc: d, Person: p})
		}
	}
	// Only the useful entities are kept, in slices allocated to size.
	n := 0
	for _, e := range out {
		if useful(e) {
			n++
		}
	}
	kept := make([]Entity, 0, n)
	for _, e := range out {
		if useful(e) {
			e.People = slices.Clone(e.People)
			kept = append(kept, e)
		}
	}
	sort.Slice(kept, func(i, j int) bool {
		if kept[i].Story != kept[j].Story {
			return kept[i].Story < kept[j].Story
		}
		return kept[i].Key < kept[j].Key
	})
	return kept
}

// useful reports whether e has a full-name mention and people from two
// articles or more.
func useful(e Entity) bool {
	given, docs := false, false
	for _, p := range e.People {
		given = given || p.Given != ""
		docs = docs || p.Doc != e.People[0].Doc
	}
	return given && docs
}

// Each calls f for every document of c, in parallel on all processors. It
// returns when every call has returned.
func Each(c *corpus.Corpus, f func(i int, d *corpus.Doc)) {
	workers.For(len(c.Docs), 0, func(i int) { f(i, c.Docs[i]) })
}
