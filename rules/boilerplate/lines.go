package boilerplate

import (
	"bytes"
	"hash/maphash"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/srclint/srclint/rules/article"
	"github.com/srclint/srclint/rules/corpus"
	"github.com/srclint/srclint/rules/quote"
	"github.com/srclint/srclint/rules/text"
)

// Line is one non-blank line of an article body with the facts the
// detector needs. The facts do not depend on settings. A Line holds no
// pointers: its text is at Span in the article.
type Line struct {
	// Num is the 1-based line number.
	Num int
	// Span is the line without its ending and surrounding white space.
	Span article.Span
	// Hash is the hash of the line's key (see Key): lines with equal keys
	// count as repeats of each other, and have equal hashes.
	Hash uint64
	// Words is the number of words.
	Words int
	// phrase is 1 + the index of the first built-in phrase the key fits
	// (see defaults), or 0.
	phrase int16
	// nav is navNavigation or navShare when every word is a menu or
	// share word and nothing but separators stands between them.
	nav navKind
	// NavSep is true when a navigation line has a separator such as "|".
	NavSep bool
	// Name is true for a short line that looks like a person's name (a
	// byline): two to four capitalised words and nothing else.
	Name bool
	// Bio is true for a line shaped like an author bio ("X is a writer
	// and the editor of …") or a teaser cut off with "More »".
	Bio bool
	// Quoted is true when the line opens with a quotation mark or
	// continues a quotation opened on an earlier line of its paragraph.
	// (The detector also asks the quote extractor about candidate lines.)
	Quoted bool
	// Gap is true when text outside the linted body (a code block, front
	// matter) comes between this line and the previous one.
	Gap bool
}

// Key returns the line's normalised text, given its article's text:
// folded, white space collapsed, decoration trimmed from both ends,
// numbers replaced by "#".
func (ln Line) Key(txt string) string { return normalizeLine(txt[ln.Span.Start:ln.Span.End]) }

// Nav returns KindNavigation or KindShare when every word of the line is a
// menu or share word and nothing but separators stands between them; ""
// else.
func (ln Line) Nav() Kind {
	switch ln.nav {
	case navNavigation:
		return KindNavigation
	case navShare:
		return KindShare
	}
	return ""
}

// navKind is a Line's navigation kind, without a string's pointer.
type navKind uint8

const (
	navNone navKind = iota
	navNavigation
	navShare
)

// keySeed seeds the line key hashes; it is set once, at start-up.
var keySeed = maphash.MakeSeed()

// Facts returns the per-article facts detection reads: extract them with
// the article's other facts, while its words are at hand.
func Facts() []corpus.Fact { return []corpus.Fact{Lines, quote.Quotes} }

// Lines is the per-article extractor of body lines, in text order. It
// reads the article's words from corpus.Words while they are kept, so that
// the body is not tokenised again.
var Lines = &corpus.Extractor[[]Line]{Name: "boilerplate-lines", Run: func(d *corpus.Doc) []Line {
	regions, _ := corpus.Words.Kept(d)
	return analyzeLines(d.Article, regions)
}}

// AnalyzeLines splits the article's body into non-blank lines and computes
// their facts.
func AnalyzeLines(a *article.Article) []Line { return analyzeLines(a, nil) }

// analyzeLines is AnalyzeLines given the words of each Body region, as
// corpus.Words finds them; with regions nil (or not one list per region)
// it tokenises the regions itself.
func analyzeLines(a *article.Article, regions [][]text.Word) []Line {
	sc := scratches.Get().(*scratch)
	defer scratches.Put(sc)
	out, key := sc.lines[:0], sc.key
	own := len(regions) != len(a.Body)
	open := false // inside a curly or straight quotation carried across lines
	prevEnd := -1
	for bi, b := range a.Body {
		if b.Len() <= 0 {
			continue
		}
		var ws []text.Word
		if own {
			sc.words = text.AppendWords(sc.words[:0], a.Text, b)
			ws = sc.words
		} else {
			ws = regions[bi]
		}
		k := 0 // the first word of ws not before the current line
		first, last := a.Position(b.Start).Line, a.Position(b.End).Line
		gap := prevEnd >= 0 && b.Start > prevEnd
		for n := first; n <= last && n <= a.LineCount(); n++ {
			ls := a.LineSpan(n)
			s := article.Span{Start: max(ls.Start, b.Start), End: min(ls.End, b.End)}
			s = trimSpace(a.Text, s)
			if s.Len() <= 0 {
				open = false // a blank line ends a paragraph and its quotes
				continue
			}
			var lw []text.Word
			lw, k = lineWords(a.Text, s, ws, k)
			raw := a.Text[s.Start:s.End]
			key = appendLineKey(key[:0], raw)
			nw := len(lw)
			if len(key) == 0 && nw == 0 {
				// A rule or bullets alone ("* * *", "———"): neutral like a
				// blank line, but inside a paragraph's quotation state.
				open = quoteState(raw, open)
				continue
			}
			ln := Line{Num: n, Span: s, Gap: gap, Words: nw, Hash: maphash.Bytes(keySeed, key)}
			gap = false
			ln.Quoted = open || startsWithQuote(raw)
			open = quoteState(raw, open)
			if i := defaults.matchIndex(key, nw); i >= 0 {
				ln.phrase = int16(i + 1)
			}
			if nw <= 4 || nw <= maxNavWords && navStart(key) {
				// Only the short lines can be menus or names.
				ln.nav, ln.NavSep = navLine(a.Text, s, lw)
				ln.Name = nameLine(a.Text, s, lw)
			}
			ln.Bio = bioLine(raw, key, nw)
			out = append(out, ln)
		}
		prevEnd = b.End
	}
	lines := slices.Clone(out)
	sc.lines, sc.key = out, key
	// Keep no article's text alive through the scratch's words.
	if clear(sc.words[:cap(sc.words)]); cap(sc.words) > maxScratchWords {
		sc.words = nil
	}
	return lines
}

// lineWords returns the words of txt[s], as text.Words finds them, read
// from ws, the words of the region holding s, from index k on; and the
// index to go on from for the next line. Lines end at white space, which
// no word holds, so a line's words are the region's words inside it; were
// a word to straddle an end of s, s is tokenised on its own.
func lineWords(txt string, s article.Span, ws []text.Word, k int) ([]text.Word, int) {
	in, next, ok := text.Within(ws, s, k)
	if !ok {
		return text.Words(txt, s), next
	}
	return in, next
}

// maxScratchWords bounds the word buffer a scratch keeps, so that one huge
// article does not pin its words.
const maxScratchWords = 1 << 14

// scratch is AnalyzeLines's working memory, recycled between articles.
type scratch struct {
	lines []Line
	key   []byte
	words []text.Word // the words of a region, when not given
}

var scratches = sync.Pool{New: func() any { return new(scratch) }}

func trimSpace(txt string, s article.Span) article.Span {
	for s.Start < s.End {
		r, n := utf8.DecodeRuneInString(txt[s.Start:s.End])
		if !isSpace(r) {
			break
		}
		s.Start += n
	}
	for s.End > s.Start {
		r, n := utf8.DecodeLastRuneInString(txt[s.Start:s.End])
		if !isSpace(r) {
			break
		}
		s.End -= n
	}
	return s
}

func isSpace(r rune) bool { return unicode.IsSpace(r) || r == '\u200b' || r == '\ufeff' }

// startsWithQuote reports whether a line opens with a quotation mark.
func startsWithQuote(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	switch r {
	case '"', '“', '„', '‘', '«', '‚', '「', '『':
		return true
	}
	return false
}

// quoteState returns whether a quotation is still open at the end of the
// line, given whether one was open at its start: curly marks and guillemets
// open and close, straight double quotes toggle. Single quotes are left out
// (they double as apostrophes). A German „…“ stays open to the end of the
// paragraph, which errs on the side of silence.
func quoteState(s string, open bool) bool {
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == '"':
			open = !open
		case c >= utf8.RuneSelf && utf8.RuneStart(c):
			r, _ := utf8.DecodeRuneInString(s[i:])
			switch r {
			case '“', '„', '«':
				open = true
			case '”', '»':
				open = false
			}
		}
	}
	return open
}

// navLine reports whether the line is made only of menu words.
func navLine(txt string, s article.Span, ws []text.Word) (navKind, bool) {
	if len(ws) == 0 {
		return navNone, false
	}
	kind := navNavigation
	for _, w := range ws {
		k, ok := navWords[w.Folded]
		if !ok {
			return navNone, false
		}
		if k == KindShare {
			kind = navShare
		}
	}
	sep := false
	ok := residue(txt, s, ws, func(r rune) bool {
		if !isNavSeparator(r) {
			return false
		}
		if r != ' ' {
			sep = true
		}
		return true
	})
	if !ok {
		return navNone, false
	}
	return kind, sep
}

// residue reports whether every character of s outside the words satisfies
// allowed.
func residue(txt string, s article.Span, ws []text.Word, allowed func(rune) bool) bool {
	pos := s.Start
	check := func(from, to int) bool {
		for _, r := range txt[from:to] {
			if !allowed(r) {
				return false
			}
		}
		return true
	}
	for _, w := range ws {
		if !check(pos, w.Span.Start) {
			return false
		}
		pos = w.Span.End
	}
	return check(pos, s.End)
}

var nameParticles = map[string]bool{
	"bin": true, "ibn": true, "al": true, "de": true, "da": true, "del": true, "der": true,
	"di": true, "van": true, "von": true, "la": true, "le": true, "du": true, "dos": true,
}

// nameLine reports whether the line is a short run of capitalised words
// with nothing else, like a byline "Sheetal Kumar Nehra".
func nameLine(txt string, s article.Span, ws []text.Word) bool {
	if len(ws) < 2 || len(ws) > 4 || s.Len() > 60 {
		return false
	}
	for i, w := range ws {
		if strings.ContainsAny(w.Text, "0123456789") {
			return false
		}
		if !w.Capital && (i == 0 || !nameParticles[w.Folded]) {
			return false
		}
	}
	return residue(txt, s, ws, func(r rune) bool { return r == ' ' || r == '.' })
}

var bioVerbs = map[string]bool{"is": true, "was": true, "writes": true, "covers": true, "has": true, "joined": true}

var bioRoles = map[string]bool{
	"writer": true, "reporter": true, "journalist": true, "editor": true, "correspondent": true,
	"contributor": true, "columnist": true, "author": true, "producer": true, "developer": true,
	"blogger": true, "freelance": true, "freelancer": true, "intern": true,
}

// bioLine reports whether the line is shaped like an author bio: a name of
// up to four capitalised words, a verb such as "is", and a newsroom role;
// or a teaser cut off with "More »", "Read more" or "[…]". raw is the
// line, key its normalised form, words its word count.
func bioLine(raw string, key []byte, words int) bool {
	if words < 4 {
		return false
	}
	if words <= 120 {
		prev, rest := nextField(raw)
		for i := 1; i <= 4; i++ {
			if first, _ := utf8.DecodeRuneInString(prev); !unicode.IsUpper(first) {
				break
			}
			var f string
			if f, rest = nextField(rest); f == "" {
				break
			}
			if bioVerbs[strings.ToLower(f)] {
				for f := range bytes.FieldsSeq(key) {
					if bioRoles[string(bytes.TrimFunc(f, func(r rune) bool { return !unicode.IsLetter(r) }))] {
						return true
					}
				}
				break
			}
			prev = f
		}
	}
	if words < 6 {
		return false
	}
	if raw == "" || raw[len(raw)-1] < utf8.RuneSelf && !teaserLast[raw[len(raw)-1]] {
		// raw is trimmed, and folding keeps an ASCII character but for
		// its case: the tail cannot end as a teaser does.
		return false
	}
	// Only the end of the line matters: fold the last few characters.
	from := max(len(raw)-32, 0)
	for from > 0 && !utf8.RuneStart(raw[from]) {
		from--
	}
	var tbuf [128]byte
	tail := appendFoldCollapsed(tbuf[:0], raw[from:])
	for len(tail) > 0 {
		r, n := utf8.DecodeLastRune(tail)
		if !isSpace(r) {
			break
		}
		tail = tail[:len(tail)-n]
	}
	for _, t := range teaserEnds {
		if len(tail) >= len(t) && string(tail[len(tail)-len(t):]) == t {
			return true
		}
	}
	return false
}

// nextField returns the first space-separated field of s and the text after
// it.
func nextField(s string) (field, rest string) {
	i := fieldEdge(s, 0, true)
	j := fieldEdge(s, i, false)
	return s[i:j], s[j:]
}

// fieldEdge returns the index of the first rune of s from i on that is not
// (space true) or is (space false) white space, or len(s).
func fieldEdge(s string, i int, space bool) int {
	for i < len(s) {
		c := s[i]
		if c < utf8.RuneSelf {
			if (c == ' ' || '\t' <= c && c <= '\r') != space {
				return i
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if isSpace(r) != space {
			return i
		}
		i += n
	}
	return i
}

// teaserEnds end a teaser cut off by the site (folded; "…" folds to "...").
var teaserEnds = []string{"more »", "more ›", "more >>", "... more", "read more", "[...]", "read more »"}

// teaserLast tells the ASCII characters a line may end with to be a teaser:
// the last characters of teaserEnds, in either case.
var teaserLast = func() (t [utf8.RuneSelf]bool) {
	for _, e := range teaserEnds {
		if c := e[len(e)-1]; c < utf8.RuneSelf {
			t[unicode.ToLower(rune(c))], t[unicode.ToUpper(rune(c))] = true, true
		}
	}
	return t
}()

// navStart reports whether the first word of a line key is a menu word, a
// cheap test before tokenising.
func navStart(key []byte) bool {
	end := bytes.IndexFunc(key, func(r rune) bool { return r != '.' && isNavSeparator(r) })
	if end < 0 {
		end = len(key)
	}
	_, ok := navWords[string(key[:end])]
	return ok
}

// maxNavWords bounds the lines tokenised for menu and name checks; longer
// lines are prose. It caps max_line_words.
const maxNavWords = 20
