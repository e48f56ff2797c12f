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

// RepeatIndex maps a source name to the lines repeated verbatim (after
// normalisation) across its articles.
type RepeatIndex map[string]SourceRepeats

// SourceRepeats holds the lines of one source found in at least two of its
// articles, by the hash of their key (Line.Hash).
type SourceRepeats map[uint64][]Repeat

// Repeat is one repeated line key and the articles that contain it: one
// occurrence per article (its first), in corpus order.
type Repeat struct {
	Key string
	Occ []Occurrence
}

// Occurrences returns the occurrences in d's source of the key of d's line
// ln, or nil when fewer than two articles contain it.
func (x RepeatIndex) Occurrences(d *corpus.Doc, ln Line) []Occurrence {
	occ, _ := x[d.Source].find(d.Article.Text, ln, nil)
	return occ
}

// find returns the occurrences of the key of line ln of txt; key is a
// scratch buffer for the line's key, returned for reuse.
func (r SourceRepeats) find(txt string, ln Line, key []byte) ([]Occurrence, []byte) {
	reps := r[ln.Hash]
	if len(reps) == 0 {
		return nil, key
	}
	raw := txt[ln.Span.Start:ln.Span.End]
	keyed := false
	for _, rep := range reps {
		// Equal text has equal keys: a copied line needs no key.
		if o := rep.Occ[0]; o.Doc.Article.Text[o.Line.Span.Start:o.Line.Span.End] == raw {
			return rep.Occ, key
		}
		if !keyed {
			key, keyed = appendLineKey(key[:0], raw), true
		}
		if rep.Key == string(key) {
			return rep.Occ, key
		}
	}
	return nil, key
}

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
	maps := make([]SourceRepeats, len(names))
	workers.For(len(names), 0, func(k int) { maps[k] = sourceRepeats(docs[k]) })
	idx := make(RepeatIndex, len(names))
	for k, name := range names {
		idx[name] = maps[k]
	}
	return idx
}

// sourceRepeats indexes the keys of lines found in at least two of docs
// with their occurrences, one per article (its first), in docs's order.
// Lines are grouped by key hash, and keys of equal hash compared, so the
// index is exact.
func sourceRepeats(docs []*corpus.Doc) SourceRepeats {
	// A key's first occurrence is kept as indexes; its text and list of
	// occurrences are made only when another line has its hash.
	type entry struct {
		doc, line int32  // the first occurrence
		last      int32  // the last article that carries the key
		next      int32  // the next entry of the same hash, or -1
		raw       string // the first occurrence's text
		key       string // the key, once needed
		keyed     bool
		occ       []Occurrence
	}
	n := 0
	for _, d := range docs {
		n += len(Lines.Of(d))
	}
	byHash := make(map[uint64]int32, n) // hash → first entry of that hash
	entries := make([]entry, 0, n)
	repeated := 0
	var key []byte // the current line's key
	for di, d := range docs {
		txt := d.Article.Text
		for li, ln := range Lines.Of(d) {
			if ln.Quoted || ln.Words == 0 {
				continue
			}
			raw := txt[ln.Span.Start:ln.Span.End]
			k, ok := byHash[ln.Hash]
			if !ok {
				byHash[ln.Hash] = int32(len(entries))
				entries = append(entries, entry{doc: int32(di), line: int32(li), last: int32(di), next: -1, raw: raw})
				continue
			}
			// Find the entry of the line's key among those of its hash:
			// equal text has equal keys, other text is compared by key.
			keyed, same := false, false
			for {
				e := &entries[k]
				if e.raw == raw {
					same = true
					break
				}
				if !keyed {
					key, keyed = appendLineKey(key[:0], raw), true
				}
				if !e.keyed {
					e.key, e.keyed = normalizeLine(e.raw), true
				}
				if e.key == string(key) {
					same = true
					break
				}
				if e.next < 0 {
					break
				}
				k = e.next
			}
			e := &entries[k]
			if !same {
				// Another key of the same hash.
				e.next = int32(len(entries))
				entries = append(entries, entry{doc: int32(di), line: int32(li), last: int32(di), next: -1, raw: raw})
				continue
			}
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
	out := make(SourceRepeats, repeated)
	for _, e := range entries {
		if e.occ != nil {
			if !e.keyed {
				e.key = normalizeLine(e.raw)
			}
			h := e.occ[0].Line.Hash
			out[h] = append(out[h], Repeat{Key: e.key, Occ: e.occ})
		}
	}
	return out
}

// warm computes the line facts of every article in parallel.
func warm(c *corpus.Corpus) {
	workers.For(len(c.Docs), 0, func(i int) { Lines.Of(c.Docs[i]) })
}
