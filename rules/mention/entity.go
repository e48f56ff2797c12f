package mention

import (
	"runtime"
	"sort"
	"sync"

	"github.com/srclint/srclint/rules/corpus"
	"github.com/srclint/srclint/rules/story"
)

// Person is one person named in one article: the full-name mentions that
// share a surname and given name, and the surname-only mentions that follow
// them ("Steve Witkoff ... Witkoff's home").
type Person struct {
	// Key is the transliteration key of the surname (see Key).
	Key string
	// Surname is the surname as first written ("bin Salman").
	Surname string
	// Given is the given name as first written, or "" for a person only
	// ever named by surname.
	Given string
	// GivenFolded is text.Fold(Given).
	GivenFolded string
	// Full lists the full-name mentions, Short the surname-only ones.
	Full, Short []Mention
	// Roles lists the roles of all the person's mentions, in order.
	Roles []Role
}

// Names returns every mention of the person, in text order.
func (p Person) Names() []Mention {
	out := append(append([]Mention(nil), p.Full...), p.Short...)
	sort.Slice(out, func(i, j int) bool { return out[i].Span.Start < out[j].Span.Start })
	return out
}

// Confident reports whether the mentions look like a person rather than an
// organisation or a place: a role, or a surname used alone after the full
// name ("Witkoff" after "Steve Witkoff").
func (p Person) Confident() bool { return len(p.Roles) > 0 || len(p.Short) > 0 && len(p.Full) > 0 }

// People is the per-article extractor of people (see Group).
var People = &corpus.Extractor[[]Person]{
	Name: "people",
	Run:  func(d *corpus.Doc) []Person { return Group(Mentions.Of(d)) },
}

// Group groups one article's mentions into people. A mention of two or
// more words starts or continues a person with the same surname key and
// given name. A one-word mention joins the person whose surname key it
// matches when exactly one such person has a given name in the article;
// otherwise it is a surname-only person (or, for place and organisation
// names, simply a one-word name). Heading mentions only join people found
// in the body. The result is in order of first mention.
func Group(ms []Mention) []Person {
	var people []Person
	find := func(key, given string) int {
		for i, p := range people {
			if p.Key == key && p.GivenFolded == given {
				return i
			}
		}
		return -1
	}
	// Full names first, so that a surname-only mention before the full
	// name (common in headlines and ledes) still joins it.
	for _, m := range ms {
		g, ok := m.Given()
		if !ok || m.Heading || len(m.Words) > 4 || PlaceNoun(m.Words[len(m.Words)-1].Folded) {
			continue
		}
		sur, _ := m.Surname()
		key := m.SurnameKey()
		i := find(key, g.Folded)
		if i < 0 {
			people = append(people, Person{Key: key, Surname: sur, Given: g.Text, GivenFolded: g.Folded})
			i = len(people) - 1
		}
		people[i].Full = append(people[i].Full, m)
		if m.Role != nil {
			people[i].Roles = append(people[i].Roles, *m.Role)
		}
	}
	for _, m := range ms {
		_, hasGiven := m.Given()
		if hasGiven && !m.Heading {
			continue
		}
		var key string
		if hasGiven {
			// A heading full name joins a body person with that name.
			g, _ := m.Given()
			if i := find(m.SurnameKey(), g.Folded); i >= 0 {
				people[i].Full = append(people[i].Full, m)
			}
			continue
		}
		if len(m.Words) != 1 || PlaceNoun(m.Words[0].Folded) {
			continue
		}
		key = KeyFolded(m.Words[0].Folded)
		match := -1
		for i, p := range people {
			if p.Key == key && p.Given != "" {
				if match >= 0 {
					match = -2 // two people share the surname: ambiguous
					break
				}
				match = i
			}
		}
		switch {
		case match >= 0:
			people[match].Short = append(people[match].Short, m)
			if m.Role != nil {
				people[match].Roles = append(people[match].Roles, *m.Role)
			}
		case match == -1 && !m.Heading && !m.Initial:
			i := find(key, "")
			if i < 0 {
				people = append(people, Person{Key: key, Surname: m.Words[0].Text})
				i = len(people) - 1
			}
			people[i].Short = append(people[i].Short, m)
			if m.Role != nil {
				people[i].Roles = append(people[i].Roles, *m.Role)
			}
		}
	}
	sort.SliceStable(people, func(i, j int) bool { return first(people[i]) < first(people[j]) })
	return people
}

// first returns the offset of a person's first mention.
func first(p Person) int {
	off := -1
	for _, m := range p.Full {
		if off < 0 || m.Span.Start < off {
			off = m.Span.Start
		}
	}
	for _, m := range p.Short {
		if off < 0 || m.Span.Start < off {
			off = m.Span.Start
		}
	}
	return off
}

// DocPerson is a person of one document.
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
		for _, p := range per[i] {
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
	kept := out[:0]
	for _, e := range out {
		if useful(e) {
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
	n := min(runtime.GOMAXPROCS(0), len(c.Docs))
	var wg sync.WaitGroup
	next := make(chan int)
	for range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				f(i, c.Docs[i])
			}
		}()
	}
	for i := range c.Docs {
		next <- i
	}
	close(next)
	wg.Wait()
}
