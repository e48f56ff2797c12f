package boilerplate

import (
	"github.com/srclint/srclint/internal/workers"
	"github.com/srclint/srclint/rules/corpus"
)

// Occurrence is one article's copy of a line.
type Occurrence struct {
	Doc  *corpus.Doc
	Line Line
}

// RepeatIndex maps a source name and a line key to the articles of that
// source containing the line: one occurrence per article (its first), in
// corpus order. Only keys found in at least two articles are kept.
type RepeatIndex map[string]map[string][]Occurrence

// Count returns the number of articles of source that contain the key.
func (x RepeatIndex) Count(source, key string) int { return len(x[source][key]) }

// Repeats is the per-corpus index of lines repeated verbatim (after
// normalisation) across the articles of one source. Quoted lines are left
// out.
var Repeats = &corpus.Index[RepeatIndex]{Name: "boilerplate-repeats", Run: buildRepeats}

func buildRepeats(c *corpus.Corpus) RepeatIndex {
	warm(c)
	// Sources are independent: group the articles by source, in order of
	// first appearance, and index each source on its own.
	bySource := map[string]int{}
	var names []string
	var docs [][]*corpus.Doc
	for _, d := range c.Docs {
		k, ok := bySource[d.Source]
		if !ok {
			k = len(names)
			bySource[d.Source] = k
			names = append(names, d.Source)
			docs = append(docs, nil)
		}
		docs[k] = append(docs[k], d)
	}
	maps := make([]map[string][]Occurrence, len(names))
	workers.For(len(names), 0, func(k int) { maps[k] = sourceRepeats(docs[k]) })
	idx := make(RepeatIndex, len(names))
	for k, name := range names {
		idx[name] = maps[k]
	}
	return idx
}

// sourceRepeats maps the keys of lines found in at least two of docs to
// their occurrences, one per article (its first), in docs's order.
func sourceRepeats(docs []*corpus.Doc) map[string][]Occurrence {
	// A key's first occurrence is kept as indexes; its list of
	// occurrences is made only when a second article carries it.
	type entry struct {
		doc, line int32 // the first occurrence
		last      int32 // the last article that carries the key
		occ       []Occurrence
	}
	n := 0
	for _, d := range docs {
		n += len(Lines.Of(d))
	}
	byKey := make(map[string]int32, n) // key → entries index
	entries := make([]entry, 0, n)
	repeated := 0
	for di, d := range docs {
		for li, ln := range Lines.Of(d) {
			if ln.Quoted || ln.Words == 0 {
				continue
			}
			k, ok := byKey[ln.Key]
			if !ok {
				byKey[ln.Key] = int32(len(entries))
				entries = append(entries, entry{doc: int32(di), line: int32(li), last: int32(di)})
				continue
			}
			e := &entries[k]
			if e.last == int32(di) {
				continue // once per article
			}
			if e.occ == nil {
				first := docs[e.doc]
				e.occ = []Occurrence{{Doc: first, Line: Lines.Of(first)[e.line]}}
				repeated++
			}
			e.last = int32(di)
			e.occ = append(e.occ, Occurrence{Doc: d, Line: ln})
		}
	}
	out := make(map[string][]Occurrence, repeated)
	for _, e := range entries {
		if e.occ != nil {
			out[e.occ[0].Line.Key] = e.occ
		}
	}
	return out
}

// warm computes the line facts of every article in parallel.
func warm(c *corpus.Corpus) {
	workers.For(len(c.Docs), 0, func(i int) { Lines.Of(c.Docs[i]) })
}
