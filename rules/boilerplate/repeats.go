package boilerplate

import (
	"runtime"
	"sync"

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
	idx := RepeatIndex{}
	for _, d := range c.Docs {
		byKey := idx[d.Source]
		if byKey == nil {
			byKey = map[string][]Occurrence{}
			idx[d.Source] = byKey
		}
		for _, ln := range Lines.Of(d) {
			if ln.Quoted || ln.Words == 0 {
				continue
			}
			occ := byKey[ln.Key]
			if len(occ) > 0 && occ[len(occ)-1].Doc == d {
				continue // once per article
			}
			byKey[ln.Key] = append(occ, Occurrence{Doc: d, Line: ln})
		}
	}
	for _, byKey := range idx {
		for k, occ := range byKey {
			if len(occ) < 2 {
				delete(byKey, k)
			}
		}
	}
	return idx
}

// warm computes the line facts of every article in parallel.
func warm(c *corpus.Corpus) {
	jobs := make(chan *corpus.Doc)
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), max(len(c.Docs), 1)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for d := range jobs {
				Lines.Of(d)
			}
		}()
	}
	for _, d := range c.Docs {
		jobs <- d
	}
	close(jobs)
	wg.Wait()
}
