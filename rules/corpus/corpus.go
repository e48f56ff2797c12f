// Package corpus holds the set of articles srclint lints together and the
// per-article and per-corpus facts that extractors compute once and rules
// read. It is the shape of go/analysis: an extractor is a value, its result
// is computed on first use, cached, and safe to read from many goroutines.
package corpus

import (
	"sort"
	"sync"
	"sync/atomic"

	"github.com/srclint/srclint/rules/article"
)

// Doc is one article of the corpus together with its cached facts.
type Doc struct {
	*article.Article
	// Index is the article's position in Corpus.Docs (sorted by path).
	Index int

	mu     sync.Mutex
	facts  map[any]*fact
	sealed bool
	// recomputed counts transient facts computed again after Seal.
	recomputed atomic.Int32
}

type fact struct {
	once      sync.Once
	val       any
	transient bool
	// recycle hands a transient value's memory back for reuse (see
	// Extractor.Recycle); set with val.
	recycle func()
}

// cached returns the fact under key in facts (guarded by mu), computing
// it with run on first use; concurrent callers wait for the one computing.
func cached(mu *sync.Mutex, facts map[any]*fact, key any, run func() any) any {
	mu.Lock()
	f, ok := facts[key]
	if !ok {
		f = &fact{}
		facts[key] = f
	}
	mu.Unlock()
	f.once.Do(func() { f.val = run() })
	return f.val
}

// Seal drops d's transient facts (see Extractor.Transient): the engine
// calls it once the facts the rules read have been extracted. Transient
// facts asked for afterwards are computed again and not kept.
func (d *Doc) Seal() {
	var dropped []*fact
	d.mu.Lock()
	d.sealed = true
	for k, f := range d.facts {
		if f.transient {
			delete(d.facts, k)
			dropped = append(dropped, f)
		}
	}
	d.mu.Unlock()
	// Outside the lock: a computation still running may need it.
	for _, f := range dropped {
		f.once.Do(func() {}) // orders the read of recycle after its computation
		if f.recycle != nil {
			f.recycle()
		}
	}
}

// Corpus is every article of one run, sorted by path.
type Corpus struct {
	Docs []*Doc

	mu    sync.Mutex
	facts map[any]*fact
}

// docFacts sizes a document's fact cache: about the number of facts and
// intermediate facts a run with every rule extracts, so that the cache is
// not grown and rehashed while they are extracted.
const docFacts = 16

// New builds a corpus over the articles, which must already be sorted by path.
func New(arts []*article.Article) *Corpus {
	c := &Corpus{facts: map[any]*fact{}}
	c.Docs = make([]*Doc, 0, len(arts))
	for i, a := range arts {
		c.Docs = append(c.Docs, &Doc{Article: a, Index: i, facts: make(map[any]*fact, docFacts)})
	}
	return c
}

// Extractor computes one fact of type T about a single document. Declare
// extractors as package-level values (their address is the cache key):
//
//	var Sentences = &corpus.Extractor[[]Sentence]{Name: "sentences", Run: split}
type Extractor[T any] struct {
	Name string
	Run  func(d *Doc) T
	// Transient marks an intermediate fact (a word list other extractors
	// are built from): it is dropped when the document is sealed, so that
	// memory grows with the facts rules keep, not with every token.
	Transient bool
	// Recycle, for a transient fact, is called with the result when the
	// document is sealed, so that its memory can serve the next document.
	// It may only be set when no kept fact refers into the result.
	Recycle func(T)
}

// Of returns the extractor's result for d, computing it on first use. A
// transient fact of a sealed document is computed again and not kept.
func (e *Extractor[T]) Of(d *Doc) T {
	if v, ok := e.Kept(d); ok {
		return v
	}
	d.recomputed.Add(1)
	return e.Run(d)
}

// Kept returns the result for d when it is cached or can still be kept:
// for a transient fact of a sealed document it reports false instead of
// computing it again, so that a caller needing a small part of it can
// compute just that part.
func (e *Extractor[T]) Kept(d *Doc) (T, bool) {
	d.mu.Lock()
	f, ok := d.facts[e]
	if !ok {
		if e.Transient && d.sealed {
			d.mu.Unlock()
			var zero T
			return zero, false
		}
		f = &fact{transient: e.Transient}
		d.facts[e] = f
	}
	d.mu.Unlock()
	f.once.Do(func() {
		v := e.Run(d)
		f.val = v
		if f.transient && e.Recycle != nil {
			f.recycle = func() { e.Recycle(v) }
		}
	})
	return f.val.(T), true
}

// Warm computes the extractor's result for d ahead of its readers.
func (e *Extractor[T]) Warm(d *Doc) { e.Of(d) }

// Drop forgets the result for d, for a fact with one reader that has
// built what it needs from it; a later Of computes it again.
func (e *Extractor[T]) Drop(d *Doc) {
	d.mu.Lock()
	delete(d.facts, e)
	d.mu.Unlock()
}

// Keyed computes one fact of type T about a single document for a key: a
// configuration, a phrase. Results are cached per document and key.
// Declare as package-level values, like Extractor.
type Keyed[K comparable, T any] struct {
	Name string
	Run  func(d *Doc, k K) T
}

// keyedFact is the cache key of one Keyed result, and the Fact that warms
// it.
type keyedFact[K comparable, T any] struct {
	e *Keyed[K, T]
	k K
}

// Of returns the result for d and k, computing it on first use.
func (e *Keyed[K, T]) Of(d *Doc, k K) T {
	return cached(&d.mu, d.facts, keyedFact[K, T]{e, k}, func() any { return e.Run(d, k) }).(T)
}

// For returns the fact of key k, for the engine to extract ahead of the
// rules.
func (e *Keyed[K, T]) For(k K) Fact { return keyedFact[K, T]{e, k} }

// Warm computes the result for d ahead of its readers.
func (f keyedFact[K, T]) Warm(d *Doc) { f.e.Of(d, f.k) }

// Fact is a per-document extractor of any type, as the engine sees it
// when it extracts facts for every document ahead of the rules.
type Fact interface {
	Warm(d *Doc)
}

// Index computes one fact of type T about the whole corpus (an inverted
// index, a story grouping, a derivation graph). Declare as package-level
// values; the address is the cache key.
type Index[T any] struct {
	Name string
	Run  func(c *Corpus) T
}

// Of returns the index for c, building it on first use.
func (x *Index[T]) Of(c *Corpus) T {
	return cached(&c.mu, c.facts, x, func() any { return x.Run(c) }).(T)
}

// Release drops every cached fact of the corpus and its documents, for
// callers that keep the articles (for positions and suppression comments)
// after the rules ran but no longer need what was extracted from them.
func (c *Corpus) Release() {
	c.mu.Lock()
	c.facts = map[any]*fact{}
	c.mu.Unlock()
	for _, d := range c.Docs {
		d.mu.Lock()
		d.facts = map[any]*fact{}
		d.mu.Unlock()
	}
}

// KeyedIndex computes one fact of type T about the whole corpus for a key
// (a configuration): results are cached per corpus and key. Declare as
// package-level values, like Index.
type KeyedIndex[K comparable, T any] struct {
	Name string
	Run  func(c *Corpus, k K) T
}

// keyedIndexKey is the cache key of one KeyedIndex result.
type keyedIndexKey[K comparable, T any] struct {
	x *KeyedIndex[K, T]
	k K
}

// Of returns the index for c and k, building it on first use.
func (x *KeyedIndex[K, T]) Of(c *Corpus, k K) T {
	return cached(&c.mu, c.facts, keyedIndexKey[K, T]{x, k}, func() any { return x.Run(c, k) }).(T)
}

// Recomputed returns how many times a transient fact (a word list) was
// computed again after its document was sealed: work the engine's
// extraction pass did not foresee. A run that declares its facts well keeps
// it near zero.
func (c *Corpus) Recomputed() int {
	n := 0
	for _, d := range c.Docs {
		n += int(d.recomputed.Load())
	}
	return n
}

// Sources returns the distinct source names of the corpus, sorted.
func (c *Corpus) Sources() []string {
	seen := map[string]bool{}
	var out []string
	for _, d := range c.Docs {
		if !seen[d.Source] {
			seen[d.Source] = true
			out = append(out, d.Source)
		}
	}
	sort.Strings(out)
	return out
}
