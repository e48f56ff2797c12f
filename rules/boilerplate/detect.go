package boilerplate

import (
	"fmt"
	"strings"
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
	for _, p := range list {
		g, err := compile(p)
		if err != nil {
			return nil, err
		}
		switch {
		case g.exactKey != "":
			if _, dup := d.exact[g.exactKey]; !dup {
				d.exact[g.exactKey] = g
			}
		case g.lead || g.firstWordLead == g.segs[0]:
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
	if g, ok := d.exact[key]; ok {
		return g.phrase, true
	}
	first, _, _ := strings.Cut(key, " ")
	for _, g := range d.byFirst[first] {
		if g.match(key, words) {
			return g.phrase, true
		}
	}
	for _, g := range d.floating {
		if g.match(key, words) {
			return g.phrase, true
		}
	}
	return Phrase{}, false
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
	var reps map[string][]Occurrence // the repeated lines of doc's source
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
	for i, ln := range lines {
		cls[i], flags[i] = d.classify(ln, reps)
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

// classify gives one line its standing and reason.
// reps holds the repeated lines of doc's source, nil when repeats are off.
func (d *Detector) classify(ln Line, reps map[string][]Occurrence) (class, Flag) {
	f := Flag{Line: ln}
	if ln.Quoted {
		return none, f
	}
	var weakFlag *Flag
	if p, ok := d.Match(ln.Key, ln.Words); ok {
		f.Kind, f.Phrase = p.Kind, p.Text
		if !p.Weak {
			return strong, f
		}
		wf := f
		weakFlag = &wf
	}
	navOK := d.opts.MaxLineWords > 0 && ln.Nav != "" && ln.Words <= d.opts.MaxLineWords
	if navOK && (ln.Words >= 2 || ln.NavSep) {
		return strong, Flag{Line: ln, Kind: ln.Nav}
	}
	if reps != nil {
		if n := len(reps[ln.Key]); n >= d.opts.MinRepeats {
			return repeat, Flag{Line: ln, Kind: KindRepeated, Repeats: n}
		}
	}
	if weakFlag != nil {
		return weak, *weakFlag
	}
	if navOK {
		return weak, Flag{Line: ln, Kind: ln.Nav}
	}
	if ln.Bio {
		return weak, Flag{Line: ln, Kind: KindAuthor}
	}
	return none, f
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
