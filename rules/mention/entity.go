package mention

import (
	"cmp"
	"slices"
	"sort"
	"strings"
	"sync"

	"github.com/srclint/srclint/internal/workers"
	"github.com/srclint/srclint/rules/article"
	"github.com/srclint/srclint/rules/corpus"
	"github.com/srclint/srclint/rules/story"
)

// Persons is every person named in one article (see Group), in order of
// first mention. Its people share one pointer-free array of people, one of
// names, one of roles and one string of keys: the people hold no reference
// to the article's mentions. The zero value has no people.
type Persons struct {
	data *personData
}

// personData is what the people of one article share.
type personData struct {
	txt, strs string
	// people has one more entry than there are people, whose full and
	// roles are where the last person's lists end.
	people []person
	names  []Name
	roles  []personRole
}

// personRole is a Role of personData without pointers, its key in strs.
type personRole struct {
	span, key span32
	head      uint8
}

// person is one person of personData, 28 bytes and no pointers. Its key
// is in strs from the previous person's givenEnd (0 for the first) to
// keyEnd, its folded given name from keyEnd to givenEnd; its surname is
// txt[surStart:surEnd]; its names and roles start at full and roles and end
// where the next person's start.
type person struct {
	keyEnd, givenEnd, surStart, surEnd, full, roles, shorts int32
}

// span32 is a range of bytes.
type span32 struct{ start, end int32 }

// Len returns the number of people.
func (ps Persons) Len() int {
	if ps.data == nil {
		return 0
	}
	return len(ps.data.people) - 1
}

// At returns person i, for 0 <= i < Len().
func (ps Persons) At(i int) Person { return Person{ps.data, int32(i)} }

// Person is one person named in one article: the full-name mentions that
// share a surname and given name, and the surname-only mentions that follow
// them ("Steve Witkoff ... Witkoff's home"). It is a reference into the
// article's Persons.
type Person struct {
	d *personData
	i int32
}

// p returns the person's entry.
func (p Person) p() *person { return &p.d.people[p.i] }

// next returns the next person's entry (the sentinel for the last).
func (p Person) next() *person { return &p.d.people[p.i+1] }

// Key returns the transliteration key of the surname (see Key).
func (p Person) Key() string {
	start := int32(0)
	if p.i > 0 {
		start = p.d.people[p.i-1].givenEnd
	}
	return p.d.strs[start:p.p().keyEnd]
}

// Surname returns the surname as first written ("bin Salman").
func (p Person) Surname() string { e := p.p(); return p.d.txt[e.surStart:e.surEnd] }

// Given returns the given name as first written, or "" for a person only
// ever named by surname.
func (p Person) Given() string {
	g := p.givenSpan()
	return p.d.txt[g.Start:g.End]
}

// givenSpan returns the span of Given: that of the first full name's, or
// an empty span. The first full name is the one that made the person.
func (p Person) givenSpan() article.Span {
	if e := p.p(); p.next().full > e.full {
		return p.d.names[e.full].Given()
	}
	return article.Span{}
}

// HasGiven reports whether the person has a given name (Given is not "").
func (p Person) HasGiven() bool {
	g := p.givenSpan()
	return g.End > g.Start
}

// GivenFolded returns text.Fold(Given), the folded given name of every
// full-name mention.
func (p Person) GivenFolded() string { e := p.p(); return p.d.strs[e.keyEnd:e.givenEnd] }

// Full returns the full-name mentions, in the order they joined. The
// caller must not change them.
func (p Person) Full() []Name {
	start, end := p.p().full, p.next().full
	return p.d.names[start:end:end]
}

// Shorts returns the number of surname-only mentions.
func (p Person) Shorts() int { return int(p.p().shorts) }

// Roles returns the roles of all the person's mentions, in the order they
// joined, in a slice of their own.
func (p Person) Roles() []Role {
	start, end := p.p().roles, p.next().roles
	if end == start {
		return nil
	}
	out := make([]Role, 0, end-start)
	for _, r := range p.d.roles[start:end] {
		out = append(out, Role{Span: r.span.span(), Key: p.d.strs[r.key.start:r.key.end], head: r.head})
	}
	return out
}

// Name is one full-name mention of a person, 20 bytes.
type Name struct {
	span, given span32
	// Capital and AllCaps are the given name's (see Token).
	Capital, AllCaps bool
}

// Span returns the span of the name's words, as Mention.Span.
func (n Name) Span() article.Span { return n.span.span() }

// Given returns the span of the given name (Mention.Given).
func (n Name) Given() article.Span { return n.given.span() }

// span returns s as an article span.
func (s span32) span() article.Span { return article.Span{Start: int(s.start), End: int(s.end)} }

// span32Of returns s in 32 bits, as the rest of the package keeps
// offsets: an article is far shorter than 2 GB (max_file_bytes).
func span32Of(s article.Span) span32 { return span32{int32(s.Start), int32(s.End)} }

// Confident reports whether the mentions look like a person rather than an
// organisation or a place: a role, or a surname used alone after the full
// name ("Witkoff" after "Steve Witkoff").
func (p Person) Confident() bool {
	e, next := p.p(), p.next()
	return next.roles > e.roles || e.shorts > 0 && next.full > e.full
}

// People is the per-article extractor of people (see Group).
var People = &corpus.Extractor[Persons]{
	Name: "people",
	Run:  func(d *corpus.Doc) Persons { return Group(d.Text, Mentions.Of(d)) },
}

// grouping holds the working buffers of Group, reused through groupPool.
type grouping struct {
	people []groupPerson
	// joins lists, in order, every mention that joins a person.
	joins []join
	// counts has the lengths of each person's lists, the offset of the
	// first mention; then where the person's next name and role go.
	counts []struct{ full, short, roles, first int32 }
	order  []int32
	// hashes has the hash of each person's key, compared before the key.
	hashes []uint32
	// surnames has, for each mention with a given name (Mention.Given),
	// the index of its surname's first word; -1 for the others.
	surnames []int8
	key      []byte
	// keys holds the people's keys end to end, then their folded given
	// names, then the role keys: the result's strings are cut from one
	// string.
	keys []byte
}

// groupPerson is a person while Group collects its mentions: its key and
// folded given name are in grouping.keys.
type groupPerson struct {
	key, givenFolded, surname, given span32
}

// bytesOf returns the bytes of s in g.keys.
func (g *grouping) bytesOf(s span32) []byte { return g.keys[s.start:s.end] }

// str appends s to g.keys and returns where it is.
func (g *grouping) str(s string) span32 {
	start := int32(len(g.keys))
	g.keys = append(g.keys, s...)
	return span32{start, int32(len(g.keys))}
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
func Group(txt string, ms []Mention) Persons {
	g := groupPool.Get().(*grouping)
	defer groupPool.Put(g)
	g.people, g.joins, g.hashes, g.keys = g.people[:0], g.joins[:0], g.hashes[:0], g.keys[:0]
	var h uint32 // keyHash(g.key)
	find := func(h uint32, key []byte, given string) int {
		for i, ph := range g.hashes {
			if p := &g.people[i]; ph == h && string(g.bytesOf(p.key)) == string(key) && string(g.bytesOf(p.givenFolded)) == given {
				return i
			}
		}
		return -1
	}
	// add adds a person whose key is g.key.
	add := func(given string, surname, givenSpan span32) int {
		key := g.str(string(g.key))
		g.people = append(g.people, groupPerson{key: key, givenFolded: g.str(given), surname: surname, given: givenSpan})
		g.hashes = append(g.hashes, h)
		return len(g.people) - 1
	}
	joinTo := func(p, m int, short, role bool) {
		g.joins = append(g.joins, join{int32(p), int32(m), short, role})
	}
	// Full names first, so that a surname-only mention before the full
	// name (common in headlines and ledes) still joins it.
	g.surnames = slices.Grow(g.surnames[:0], len(ms))[:len(ms)]
	for mi := range ms {
		m := &ms[mi]
		s, ok := m.givenSurname()
		g.surnames[mi] = int8(s)
		if !ok || m.Heading || len(m.Words) > 4 || PlaceNoun(m.Words[len(m.Words)-1].Folded) {
			continue
		}
		gv := &m.Words[0]
		g.key = appendWordsKey(g.key[:0], m.Words[s:])
		h = keyHash(g.key)
		i := find(h, g.key, gv.Folded)
		if i < 0 {
			sur := span32{int32(m.Words[s].Span.Start), int32(m.Words[len(m.Words)-1].Span.End)}
			i = add(gv.Folded, sur, span32Of(gv.Span))
		}
		joinTo(i, mi, false, m.Role != nil)
	}
	for mi := range ms {
		m := &ms[mi]
		s := g.surnames[mi]
		if s >= 0 && !m.Heading {
			continue
		}
		if s >= 0 {
			// A heading full name joins a body person with that name.
			g.key = appendWordsKey(g.key[:0], m.Words[s:])
			h = keyHash(g.key)
			if i := find(h, g.key, m.Words[0].Folded); i >= 0 {
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
			if p := &g.people[i]; ph == h && p.given.end > p.given.start && string(g.bytesOf(p.key)) == string(g.key) {
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
				w := m.Words[0].Span
				i = add("", span32{int32(w.Start), int32(w.End)}, span32{})
			}
			joinTo(i, mi, true, m.Role != nil)
		}
	}
	return g.result(txt, ms)
}

// result builds the people of g, each with its mentions and roles in the
// order they joined, sorted by first mention. The people share one array
// of names, one of roles and one string of keys, folded given names and
// role keys: they keep no word list alive.
func (g *grouping) result(txt string, ms []Mention) Persons {
	n := len(g.people)
	if n == 0 {
		return Persons{}
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
	// The people in order of first mention (stable).
	g.order = slices.Grow(g.order[:0], n)[:n]
	for i := range g.order {
		g.order[i] = int32(i)
	}
	slices.SortStableFunc(g.order, func(a, b int32) int { return cmp.Compare(g.counts[a].first, g.counts[b].first) })
	// The people's keys and folded given names, in order, then the role
	// keys in the order their mentions joined.
	size := len(g.keys)
	for _, j := range g.joins {
		if j.role {
			size += len(ms[j.mention].Role.Key)
		}
	}
	var b strings.Builder
	b.Grow(size)
	people := make([]person, n+1)
	var nf, nr int32
	for k, i := range g.order {
		p, c, gp := &people[k], &g.counts[i], &g.people[i]
		b.Write(g.bytesOf(gp.key))
		p.keyEnd = int32(b.Len())
		b.Write(g.bytesOf(gp.givenFolded))
		p.givenEnd = int32(b.Len())
		p.surStart, p.surEnd, p.shorts = gp.surname.start, gp.surname.end, c.short
		// full and roles count up from their start as mentions join; the
		// person's first full name (if any) is the one that made it.
		p.full, p.roles = nf, nr
		nf += c.full
		nr += c.roles
		c.full, c.roles = p.full, p.roles
	}
	people[n].full, people[n].roles = nf, nr
	nkeys := int32(b.Len())
	for _, j := range g.joins {
		if j.role {
			b.WriteString(ms[j.mention].Role.Key)
		}
	}
	d := &personData{txt: txt, strs: b.String(), people: people, names: make([]Name, nfull), roles: make([]personRole, nroles)}
	for _, j := range g.joins {
		c, m := &g.counts[j.person], &ms[j.mention]
		if !j.short {
			// Only a mention with a given name joins as a full name.
			gv := &m.Words[0]
			d.names[c.full] = Name{span: span32Of(m.Span), given: span32Of(gv.Span), Capital: gv.Capital, AllCaps: gv.AllCaps}
			c.full++
		}
		if j.role {
			end := nkeys + int32(len(m.Role.Key))
			d.roles[c.roles] = personRole{span: span32Of(m.Role.Span), key: span32{nkeys, end}, head: m.Role.head}
			nkeys = end
			c.roles++
		}
	}
	return Persons{d}
}

// DocPerson is a person of one document: the document's People entry,
// shared, not copied.
type DocPerson struct {
	Doc *corpus.Doc
	Person
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
	per := make([]Persons, len(c.Docs))
	Each(c, func(i int, d *corpus.Doc) { per[i] = People.Of(d) })
	stories := story.Stories.Of(c)
	type slot struct {
		story int
		key   string
	}
	// entity is an entity while its people are counted, without
	// pointers: its key is that of its first person, person pi of
	// document first.
	type entity struct {
		story, n, first, pi, at int32
		given, docs             bool
	}
	byKey := map[slot]int32{}
	var all []entity
	total := 0
	for i := range per {
		total += per[i].Len()
	}
	// The entity of every person, in document then person order.
	ids := make([]int32, 0, total)
	for i, d := range c.Docs {
		st := stories.Of(d)
		for pi := range per[i].Len() {
			p := per[i].At(pi)
			k := slot{st, p.Key()}
			e, ok := byKey[k]
			if !ok {
				e = int32(len(all))
				byKey[k] = e
				all = append(all, entity{story: int32(st), first: int32(i), pi: int32(pi)})
			}
			en := &all[e]
			en.n++
			en.given = en.given || p.HasGiven()
			en.docs = en.docs || int32(i) != en.first
			ids = append(ids, e)
		}
	}
	// Only the useful entities are kept, their people cut from one array.
	n, size := 0, 0
	for _, e := range all {
		if e.given && e.docs {
			n++
			size += int(e.n)
		}
	}
	kept := make([]Entity, 0, n)
	buf := make([]DocPerson, size)
	for k := range all {
		if e := &all[k]; e.given && e.docs {
			e.at = int32(len(kept))
			key := per[e.first].At(int(e.pi)).Key()
			kept = append(kept, Entity{Story: int(e.story), Key: key, People: buf[:0:e.n]})
			buf = buf[e.n:]
		}
	}
	next := 0
	for i, d := range c.Docs {
		for pi := range per[i].Len() {
			e := &all[ids[next]]
			next++
			if e.given && e.docs {
				en := &kept[e.at]
				en.People = append(en.People, DocPerson{Doc: d, Person: per[i].At(pi)})
			}
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

// Each calls f for every document of c, in parallel on all processors. It
// returns when every call has returned.
func Each(c *corpus.Corpus, f func(i int, d *corpus.Doc)) {
	workers.For(len(c.Docs), 0, func(i int) { f(i, c.Docs[i]) })
}
