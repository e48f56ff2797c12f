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
	// A key's first occurrence is kept as indexes; its list of
	// occurrences is made only when a second article carries it.
	type entry struct {
		doc, line int32 // the first occurrence
		last      int32 // the last article that carries the key
		occ       []Occurrence
	}
	type source struct {
		byKey   map[string]int32 // key → entries index
		entries []entry
	}
	sources := map[string]*source{}
	var order []string // sources in order of first appearance
	for _, d := range c.Docs {
		src := sources[d.Source]
		if src == nil {
			src = &source{byKey: map[string]int32{}}
			sources[d.Source] = src
			order = append(order, d.Source)
		}
		lines := Lines.Of(d)
		for li, ln := range lines {
			if ln.Quoted || ln.Words == 0 {
				continue
			}
			k, ok := src.byKey[ln.Key]
			if !ok {
				src.byKey[ln.Key] = int32(len(src.entries))
				src.entries = append(src.entries, entry{doc: int32(d.Index), line: int32(li), last: int32(d.Index)})
				continue
			}
			e := &src.entries[k]
			if e.last == int32(d.Index) {
				continue // once per article
			}
			if e.occ == nil {
				first := c.Docs[e.doc]
				e.occ = []Occurrence{{Doc: first, Line: Lines.Of(first)[e.line]}}
			}
			e.last = int32(d.Index)
			e.occ = append(e.occ, Occurrence{Doc: d, Line: ln})
		}
	}
	idx := make(RepeatIndex, len(order))
	for _, name := range order {
		src := sources[name]
		byKey := map[string][]Occurrence{}
		for _, e := range src.entries {
			if e.occ != nil {
				byKey[e.occ[0].Line.Key] = e.occ
			}
		}
		idx[name] = byKey
	}
	return idx
}

// warm computes the line facts of every article in parallel.
func warm(c *corpus.Corpus) {
	workers.For(len(c.Docs), 0, func(i int) { Lines.Of(c.Docs[i]) })
}
