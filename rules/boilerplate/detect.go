package boilerplate

import (
	"bytes"
	"fmt"
	"sync"

	"github.com/srclint/srclint/internal/workers"
	"github.com/srclint/srclint/rules/article"
	"github.com/srclint/srclint/rules/corpus"
	"github.com/srclint/srclint/rules/quote"
)

// Options configure a Detector.
type Options struct {
	// Phrases are extra phrases (whole lines; "*" is a wildcard, "#" a
	// number). They win over the defaults and always start a block.
	Phrases []string
	// DefaultPhrases turns the built-in phrase list on.
	DefaultPhrases bool
	// MinRepeats is the number of articles of one source that must contain
	// a line for it to count as that source's boilerplate; 0 turns the
	// check off, 1 is invalid.
	MinRepeats int
	// MaxLineWords is the longest navigation line, in words (at most 20);
	// 0 turns navigation lines off.
	MaxLineWords int
}

// DefaultOptions returns the options srclint uses without configuration.
func DefaultOptions() Options {
	return Options{DefaultPhrases: true, MinRepeats: 3, MaxLineWords: 12}
}

// Flag is one line of a block and why it is there.
type Flag struct {
	Line Line
	Kind Kind
	// Phrase is the phrase the line matched, or "".
	Phrase string
	// Repeats is, for KindRepeated, the number of articles of the source
	// that contain the line.
	Repeats int
	// Joined is true for a line that is chrome only next to other chrome
	// (a byline, an author bio, a form label) and joined the block.
	Joined bool
}

// Block is a run of consecutive flagged lines (blank lines between them
// allowed): one finding.
type Block struct {
	// Span runs from the first flagged line's first character to the last
	// flagged line's last character.
	Span  article.Span
	Lines []Flag
}

// Kinds returns the distinct kinds of the block's lines in order of first
// appearance.
func (b Block) Kinds() []Kind {
	var out []Kind
	seen := map[Kind]bool{}
	for _, f := range b.Lines {
		if !seen[f.Kind] {
			seen[f.Kind] = true
			out = append(out, f.Kind)
		}
	}
	return out
}

// Detector classifies lines with compiled options. It is immutable and safe
// for concurrent use.
type Detector struct {
	opts     Options
	custom   bool     // phrases other than the defaults are configured
	phrases  []Phrase // the compiled phrases, custom ones first
	exact    map[string]glob
	byFirst  map[string][]glob
	floating []glob // phrases that start with a wildcard or inside a word
}

// NewDetector compiles the options. It fails on an empty phrase or invalid
// numbers.
func NewDetector(o Options) (*Detector, error) {
	if o.MinRepeats < 0 || o.MinRepeats == 1 {
		return nil, fmt.Errorf("min_repeats must be 0 (off) or at least 2, not %d", o.MinRepeats)
	}
	if o.MaxLineWords < 0 || o.MaxLineWords > maxNavWords {
		return nil, fmt.Errorf("max_line_words must be between 0 (off) and %d, not %d", maxNavWords, o.MaxLineWords)
	}
	d := &Detector{opts: o, exact: map[string]glob{}, byFirst: map[string][]glob{}}
	var list []Phrase
	for _, p := range o.Phrases {
		list = append(list, Phrase{Text: p, Kind: KindCustom})
	}
	if o.DefaultPhrases {
		list = append(list, DefaultPhrases()...)
	}
	d.custom, d.phrases = len(o.Phrases) > 0, list
	for i, p := range list {
		g, err := compile(p)
		if err != nil {
			return nil, err
		}
		g.index = i
		switch {
		case g.exactKey != "":
			if _, dup := d.exact[g.exactKey]; !dup {
				d.exact[g.exactKey] = g
			}
		case g.lead || g.firstWordLead == string(g.segs[0]):
			// A leading wildcard, or a first word that the wildcard
			// may continue ("Subscribe*"): no first word to index by.
			d.floating = append(d.floating, g)
		default:
			d.byFirst[g.firstWordLead] = append(d.byFirst[g.firstWordLead], g)
		}
	}
	return d, nil
}

// Match returns the first phrase that the normalised line key fits.
func (d *Detector) Match(key string, words int) (Phrase, bool) {
	i := d.matchIndex([]byte(key), words)
	if i < 0 {
		return Phrase{}, false
	}
	return d.phrases[i], true
}

// matchIndex returns the index in d.phrases of the first phrase that the
// key fits, or -1.
func (d *Detector) matchIndex(key []byte, words int) int {
	if g, ok := d.exact[string(key)]; ok {
		return g.index
	}
	first, _, _ := bytes.Cut(key, []byte{' '})
	byFirst := d.byFirst[string(first)]
	for i := range byFirst {
		if g := &byFirst[i]; g.match(key, words) {
			return g.index
		}
	}
	for i := range d.floating {
		if g := &d.floating[i]; g.match(key, words) {
			return g.index
		}
	}
	return -1
}

// defaults is the detector of the built-in phrases alone: the line facts
// record which of them a line fits (Line.phrase), so that detection under
// the built-in phrases needs no line keys.
var defaults = func() *Detector {
	d, err := NewDetector(Options{DefaultPhrases: true})
	if err != nil {
		return &Detector{} // unreachable: the defaults compile
	}
	return d
}()

// match returns the first phrase that line ln of txt fits; key is a
// scratch buffer for the line's key, returned for reuse.
func (d *Detector) match(txt string, ln Line, key []byte) (Phrase, bool, []byte) {
	if !d.custom {
		// The list is the built-in one, or empty.
		if !d.opts.DefaultPhrases || ln.phrase == 0 {
			return Phrase{}, false, key
		}
		return d.phrases[ln.phrase-1], true, key
	}
	key = appendLineKey(key[:0], txt[ln.Span.Start:ln.Span.End])
	if i := d.matchIndex(key, ln.Words); i >= 0 {
		return d.phrases[i], true, key
	}
	return Phrase{}, false, key
}

// class is a line's standing before blocks are formed.
type class int

const (
	none   class = iota
	weak         // chrome only next to strong chrome
	repeat       // repeated across the source: strong at the body's edges
	strong       // chrome on its own
)

// Detect returns the boilerplate blocks of doc, in text order.
func (d *Detector) Detect(c *corpus.Corpus, doc *corpus.Doc) []Block {
	lines := Lines.Of(doc)
	if len(lines) == 0 {
		return nil
	}
	var reps SourceRepeats // the repeated lines of doc's source
	if d.opts.MinRepeats >= 2 {
		reps = Repeats.Of(c)[doc.Source]
	}
	// The quote extractor runs only for articles with candidate lines.
	var qs []quote.Quote
	quotesRead := false
	inQuote := func(s article.Span) bool {
		if !quotesRead {
			qs, quotesRead = quote.Quotes.Of(doc), true
		}
		return quote.Inside(qs, s)
	}
	sc := detectScratches.Get().(*detectScratch)
	defer detectScratches.Put(sc)
	sc.cls, sc.flags = resize(sc.cls, len(lines)), resize(sc.flags, len(lines))
	cls, flags := sc.cls, sc.flags
	defer clear(flags) // drop the lines' references before pooling
	repeatedWords, totalWords := 0, 0
	txt := doc.Article.Text
	for i, ln := range lines {
		cls[i], flags[i], sc.key = d.classify(txt, ln, reps, sc.key)
		if cls[i] != none && inQuote(ln.Span) {
			cls[i], flags[i] = none, Flag{Line: ln}
		}
		totalWords += ln.Words
		if cls[i] == repeat {
			repeatedWords += ln.Words
		}
	}
	// A name line is a byline only beside an author bio or heading.
	for i, ln := range lines {
		if cls[i] != none || !ln.Name || ln.Quoted {
			continue
		}
		next := i+1 < len(lines) && !lines[i+1].Gap && lines[i+1].Bio
		prev := i > 0 && !ln.Gap && flags[i-1].Kind == KindAuthor && cls[i-1] >= weak
		if (next || prev) && !inQuote(ln.Span) {
			cls[i], flags[i] = weak, Flag{Line: ln, Kind: KindAuthor}
		}
	}
	// Repeated lines are chrome in the runs of flagged lines that start or
	// end the body; elsewhere they only join. An article most of whose
	// words are repeated is a duplicate article, not chrome.
	dup := repeatedWords*2 > totalWords
	for i := range lines {
		if cls[i] == repeat {
			cls[i] = weak
			if !dup && (edgeRun(lines, cls, i, -1) || edgeRun(lines, cls, i, +1)) {
				cls[i] = strong
			}
		}
	}
	join(lines, cls, flags)
	return blocks(lines, cls, flags)
}

// detectScratch is Detect's working memory, recycled between articles:
// every element is set before it is read.
type detectScratch struct {
	cls   []class
	flags []Flag
	key   []byte // a line's key
}

var detectScratches = sync.Pool{New: func() any { return new(detectScratch) }}

// resize returns a slice of n elements, reusing b's array when it can.
// The elements are not cleared.
func resize[T any](b []T, n int) []T {
	if cap(b) < n {
		return make([]T, n)
	}
	return b[:n]
}

// edgeRun reports whether every line from i to the body's start (dir -1)
// or end (dir +1) is flagged, without a gap.
func edgeRun(lines []Line, cls []class, i, dir int) bool {
	for j := i; j >= 0 && j < len(lines); j += dir {
		if cls[j] == none {
			return false
		}
		if dir < 0 && lines[j].Gap && j > 0 || dir > 0 && j+1 < len(lines) && lines[j+1].Gap {
			return false
		}
	}
	return true
}

// maxJoined is the longest run of weak lines that joins a block.
const maxJoined = 3

// join keeps the runs of weak lines that sit between strong lines, or
// between a strong line and the end of the body, and drops the others.
func join(lines []Line, cls []class, flags []Flag) {
	for i := 0; i < len(lines); {
		if cls[i] != weak {
			i++
			continue
		}
		j := i
		for j+1 < len(lines) && cls[j+1] == weak && !lines[j+1].Gap {
			j++
		}
		leftStrong := i > 0 && !lines[i].Gap && cls[i-1] == strong
		rightStrong := j+1 < len(lines) && !lines[j+1].Gap && cls[j+1] == strong
		atEnd := j+1 == len(lines)
		keep := j-i+1 <= maxJoined && leftStrong && (rightStrong || atEnd)
		for k := i; k <= j; k++ {
			if keep {
				cls[k] = strong
				flags[k].Joined = true
			} else {
				cls[k] = none
			}
		}
		i = j + 1
	}
}

func blocks(lines []Line, cls []class, flags []Flag) []Block {
	var out []Block
	var cur *Block
	for i, ln := range lines {
		if cls[i] != strong {
			cur = nil
			continue
		}
		if cur == nil || ln.Gap {
			out = append(out, Block{Span: ln.Span})
			cur = &out[len(out)-1]
		}
		cur.Span.End = ln.Span.End
		cur.Lines = append(cur.Lines, flags[i])
	}
	return out
}

// classify gives line ln of txt its standing and reason.
// reps holds the repeated lines of doc's source, nil when repeats are off;
// key is a scratch buffer, returned for reuse.
func (d *Detector) classify(txt string, ln Line, reps SourceRepeats, key []byte) (class, Flag, []byte) {
	f := Flag{Line: ln}
	if ln.Quoted {
		return none, f, key
	}
	var weakFlag *Flag
	p, ok, key := d.match(txt, ln, key)
	if ok {
		f.Kind, f.Phrase = p.Kind, p.Text
		if !p.Weak {
			return strong, f, key
		}
		wf := f
		weakFlag = &wf
	}
	nav := ln.Nav()
	navOK := d.opts.MaxLineWords > 0 && nav != "" && ln.Words <= d.opts.MaxLineWords
	if navOK && (ln.Words >= 2 || ln.NavSep) {
		return strong, Flag{Line: ln, Kind: nav}, key
	}
	if reps != nil {
		var occ []Occurrence
		occ, key = reps.find(txt, ln, key)
		if n := len(occ); n >= d.opts.MinRepeats {
			return repeat, Flag{Line: ln, Kind: KindRepeated, Repeats: n}, key
		}
	}
	if weakFlag != nil {
		return weak, *weakFlag, key
	}
	if navOK {
		return weak, Flag{Line: ln, Kind: nav}, key
	}
	if ln.Bio {
		return weak, Flag{Line: ln, Kind: KindAuthor}, key
	}
	return none, f, key
}

// Blocks is the per-corpus index of boilerplate blocks under
// DefaultOptions, by document index, for reports that count scraper
// leftovers per source. The rule itself uses the configured options.
var Blocks = &corpus.Index[[][]Block]{Name: "boilerplate-blocks", Run: func(c *corpus.Corpus) [][]Block {
	det, err := NewDetector(DefaultOptions())
	if err != nil {
		return make([][]Block, len(c.Docs)) // unreachable: the defaults compile
	}
	warm(c)
	out := make([][]Block, len(c.Docs))
	// The detector is read-only once built: articles are detected on all
	// processors.
	workers.For(len(c.Docs), 0, func(i int) { out[i] = det.Detect(c, c.Docs[i]) })
	return out
}}
