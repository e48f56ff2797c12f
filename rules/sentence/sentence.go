package sentence

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/srclint/srclint/rules/article"
	"github.com/srclint/srclint/rules/corpus"
	"github.com/srclint/srclint/rules/text"
)

// Sentence is one sentence of an article.
type Sentence struct {
	// Span is the sentence's exact byte span in the article text, without
	// surrounding white space or a bullet marker.
	Span article.Span
	// Index is the sentence's position in the article, from 0.
	Index int
	// Para is the paragraph the sentence belongs to, from 0. Paragraphs
	// end at blank lines, and at line breaks that also end a sentence
	// (scraped text often puts one paragraph on each line).
	Para int
	// Heading is true for a line without terminal punctuation that stands
	// alone: a headline, a section title, a dateline.
	Heading bool
	// Bullet is true when the sentence starts a bullet or numbered line.
	Bullet bool
}

// Sentences is the per-article extractor of sentences over the linted body.
var Sentences = &corpus.Extractor[[]Sentence]{
	Name: "sentences",
	Run:  func(d *corpus.Doc) []Sentence { return Split(d.Text, d.Body) },
}

// Split splits the linted regions body of txt into sentences. A nil body
// means the whole text. The result has no spare capacity.
func Split(txt string, body []article.Span) []Sentence {
	s := splitters.Get().(*splitter)
	s.txt, s.out, s.para = txt, s.out[:0], 0
	if body == nil {
		s.split(article.Span{Start: 0, End: len(txt)})
	}
	for _, b := range body {
		s.split(b)
	}
	// Renumber paragraphs densely.
	para, last := -1, -1
	for i := range s.out {
		if s.out[i].Para != last {
			last = s.out[i].Para
			para++
		}
		s.out[i].Para = para
		s.out[i].Index = i
	}
	var out []Sentence
	if len(s.out) > 0 {
		out = make([]Sentence, len(s.out))
		copy(out, s.out)
	}
	s.txt = ""
	// Keep the scratch for the next call unless one huge text grew it.
	if cap(s.out) <= 1<<12 && cap(s.cuts) <= 1<<10 {
		splitters.Put(s)
	}
	return out
}

// splitter is Split's state and reusable working memory.
type splitter struct {
	txt  string
	out  []Sentence
	cuts []int // scratch of boundaries
	para int
}

// splitters recycles splitters, so that Split allocates only its result.
var splitters = sync.Pool{New: func() any { return new(splitter) }}

// split splits the region b, if it is a non-empty span of the text.
func (s *splitter) split(b article.Span) {
	if b.Start < 0 || b.End > len(s.txt) || b.Start >= b.End {
		return
	}
	s.region(b)
	s.para++
}

// line is one line of a region, without its line ending.
type line struct {
	start, end int
}

// nextLine returns the line of the region ending at end that starts at i,
// and the start of the line after it (end when there is none).
func (s *splitter) nextLine(i, end int) (line, int) {
	j := strings.IndexAny(s.txt[i:end], "\r\n")
	if j < 0 {
		return line{i, end}, end
	}
	ln := line{i, i + j}
	i += j + 1
	if s.txt[i-1] == '\r' && i < end && s.txt[i] == '\n' {
		i++
	}
	return ln, i
}

func (s *splitter) region(b article.Span) {
	// cur is the start of the sentence being built, or -1.
	cur, bullet := -1, false
	flush := func(end int, heading bool) {
		if cur < 0 {
			return
		}
		st, en := text.Trim(s.txt, cur, end)
		if st < en {
			s.out = append(s.out, Sentence{Span: article.Span{Start: st, End: en}, Para: s.para, Heading: heading, Bullet: bullet})
		}
		cur, bullet = -1, false
	}
	ln, next := s.nextLine(b.Start, b.End)
	for more := true; more; {
		// The line after ln, if any.
		var after line
		if more = next < b.End; more {
			after, next = s.nextLine(next, b.End)
		}
		st, en := text.Trim(s.txt, ln.start, ln.end)
		if st >= en {
			flush(ln.start, false)
			s.para++
			ln = after
			continue
		}
		if n := bulletMarker(s.txt[st:en]); n > 0 {
			flush(ln.start, false)
			s.para++
			st += n
			st, _ = text.Trim(s.txt, st, en)
			bullet = true
		} else if md := headingMarker(s.txt[st:en]); md > 0 {
			flush(ln.start, false)
			s.para++
			st, _ = text.Trim(s.txt, st+md, en)
		}
		if cur < 0 {
			cur = st
		}
		// Sentence ends inside the line.
		s.cuts = s.boundaries(s.cuts[:0], st, en)
		for _, cut := range s.cuts {
			flush(cut, false)
			cur, _ = text.Trim(s.txt, cut, en)
		}
		switch {
		case cur < 0 || cur >= en:
			cur = -1
			s.para++
		case terminated(s.txt[cur:en]) || strings.HasSuffix(s.txt[cur:en], ":"):
			flush(en, false)
			s.para++
		case more && continues(s.txt, ln, after):
			// An unterminated line continues on the next line only
			// when that line obviously continues it (hard-wrapped
			// prose).
		default:
			flush(en, true)
			s.para++
		}
		ln = after
	}
	flush(b.End, false)
}

// bulletMarker returns the byte length of a bullet marker ("- ", "* ",
// "• ", "– ", "1. ", "2) ") at the start of l, or 0.
func bulletMarker(l string) int {
	for _, m := range []string{"- ", "* ", "+ ", "• ", "· ", "– ", "— "} {
		if strings.HasPrefix(l, m) {
			return len(m)
		}
	}
	i := 0
	for i < len(l) && i < 3 && l[i] >= '0' && l[i] <= '9' {
		i++
	}
	if i > 0 && i+1 < len(l) && (l[i] == '.' || l[i] == ')') && l[i+1] == ' ' {
		return i + 2
	}
	return 0
}

// headingMarker returns the length of a Markdown heading marker ("## ").
func headingMarker(l string) int {
	i := 0
	for i < len(l) && i < 6 && l[i] == '#' {
		i++
	}
	if i > 0 && i < len(l) && l[i] == ' ' {
		return i + 1
	}
	return 0
}

// closers may follow terminal punctuation inside the same sentence.
const closers = "\"'”’»)]*_"

// terminated reports whether l ends with terminal punctuation, possibly
// followed by closing quotes or brackets.
func terminated(l string) bool {
	l = strings.TrimRight(l, closers)
	r, _ := utf8.DecodeLastRuneInString(l)
	return r == '.' || r == '?' || r == '!' || r == '…'
}

// continues reports whether the line after ln carries on its sentence.
func continues(txt string, ln, next line) bool {
	st, en := text.Trim(txt, next.start, next.end)
	if st >= en || bulletMarker(txt[st:en]) > 0 {
		return false
	}
	r, _ := utf8.DecodeRuneInString(txt[st:en])
	if unicode.IsLower(r) {
		return true
	}
	_, le := text.Trim(txt, ln.start, ln.end)
	last, _ := utf8.DecodeLastRuneInString(txt[ln.start:le])
	return last == ',' || last == ';' || last == '(' || last == '-'
}

// boundaries appends to dst the offsets inside [st, en) after which a
// sentence ends and another begins (the offset is just past the closing
// punctuation), and returns the extended slice.
func (s *splitter) boundaries(dst []int, st, en int) []int {
	txt := s.txt
	for i := st; i < en; {
		// Only . ? ! and … (which starts with 0xE2) can end a sentence;
		// no other rune holds these bytes.
		if c := txt[i]; c != '.' && c != '?' && c != '!' {
			if c != 0xE2 {
				i++
				continue
			}
			if r, n := utf8.DecodeRuneInString(txt[i:en]); r != '…' {
				i += n
				continue
			}
		}
		punct := i
		j := i
		for j < en {
			r2, n2 := utf8.DecodeRuneInString(txt[j:en])
			if r2 != '.' && r2 != '?' && r2 != '!' && r2 != '…' {
				break
			}
			j += n2
		}
		for j < en {
			r2, n2 := utf8.DecodeRuneInString(txt[j:en])
			if !strings.ContainsRune(closers, r2) {
				break
			}
			j += n2
		}
		end := j
		// White space must follow.
		k := j
		for k < en {
			r2, n2 := utf8.DecodeRuneInString(txt[k:en])
			if !unicode.IsSpace(r2) {
				break
			}
			k += n2
		}
		if k == j || k >= en {
			i = j
			continue
		}
		if startsSentence(txt[k:en]) && !abbreviation(txt, st, punct, txt[k:en]) {
			dst = append(dst, end)
		}
		i = k
	}
	return dst
}

// startsSentence reports whether rest can begin a sentence: an upper-case
// letter, a digit, an opening quote or bracket followed by one of those.
func startsSentence(rest string) bool {
	r, n := utf8.DecodeRuneInString(rest)
	if strings.ContainsRune("\"'“‘«([¿¡", r) {
		r, _ = utf8.DecodeRuneInString(rest[n:])
	}
	return unicode.IsUpper(r) || unicode.IsDigit(r)
}

// maxKey bounds the length of the words in titles, beforeNumber and
// starters.
const maxKey = 8

// titles never end a sentence: they always precede a name.
var titles = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "sen": true, "sens": true, "rep": true, "reps": true,
	"gov": true, "govs": true, "gen": true, "lt": true, "col": true, "capt": true, "cpt": true, "sgt": true,
	"maj": true, "adm": true, "cmdr": true, "prof": true, "rev": true, "hon": true, "pres": true, "st": true,
	"mt": true, "ft": true, "messrs": true, "mme": true, "mlle": true, "supt": true, "insp": true, "det": true,
	"amb": true, "atty": true, "cf": true, "vs": true, "v": true, "e.g": true, "i.e": true, "approx": true,
}

// beforeNumber end a sentence unless a number follows: Nov. 16, No. 2.
var beforeNumber = map[string]bool{
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true, "sep": true,
	"sept": true, "oct": true, "nov": true, "dec": true, "no": true, "nos": true, "art": true, "p": true,
	"pp": true, "vol": true, "fig": true, "ch": true, "sec": true, "para": true,
}

// starters are words that, after an initialism such as U.S., show that a
// new sentence begins ("... in the U.S. The plan ...").
var starters = map[string]bool{
	"the": true, "a": true, "an": true, "he": true, "she": true, "it": true, "they": true, "we": true,
	"i": true, "but": true, "and": true, "this": true, "that": true, "these": true, "those": true,
	"in": true, "on": true, "at": true, "after": true, "when": true, "if": true, "there": true, "his": true,
	"her": true, "their": true, "its": true, "our": true, "as": true, "for": true, "yet": true, "so": true,
}

// abbreviation reports whether the dot at punct ends an abbreviation rather
// than the sentence, given the text that follows.
func abbreviation(txt string, lineStart, punct int, rest string) bool {
	if txt[punct] != '.' {
		return false
	}
	// The word before the dot.
	ws := punct
	for ws > lineStart {
		r, n := utf8.DecodeLastRuneInString(txt[lineStart:ws])
		if !unicode.IsLetter(r) && r != '.' {
			break
		}
		ws -= n
	}
	word := txt[ws:punct]
	if word == "" {
		return false
	}
	var buf [maxKey]byte
	lw := lower(buf[:0], word)
	if titles[string(lw)] {
		return true
	}
	next := firstWord(rest)
	if beforeNumber[string(lw)] {
		r, _ := utf8.DecodeRuneInString(rest)
		return unicode.IsDigit(r)
	}
	// Initialisms and initials: U.S., J.D., D.C., a lone capital "J."
	if isInitialism(word) {
		return !starters[string(lower(buf[:0], next))]
	}
	return false
}

// lower appends the lower-case form of w to dst for a look-up in the word
// maps. An ASCII word longer than dst's spare capacity, which no key is, is
// left out, so that dst on the stack serves without allocating.
func lower(dst []byte, w string) []byte {
	for i := 0; i < len(w); i++ {
		if w[i] >= utf8.RuneSelf {
			return append(dst, strings.ToLower(w)...)
		}
	}
	if len(w) > cap(dst)-len(dst) {
		return dst
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		dst = append(dst, c)
	}
	return dst
}

// isInitialism reports whether w is one upper-case letter or upper-case
// letters joined by dots ("J", "U.S", "J.D").
func isInitialism(w string) bool {
	for i := 0; ; {
		p, rest, dot := strings.Cut(w[i:], ".")
		if utf8.RuneCountInString(p) != 1 {
			// Dots may end the initialism (U.S..).
			return i > 0 && p == ""
		}
		if r, _ := utf8.DecodeRuneInString(p); !unicode.IsUpper(r) {
			return false
		}
		if !dot {
			return true
		}
		i = len(w) - len(rest)
	}
}

// firstWord returns the leading letters of s (after an opening quote).
func firstWord(s string) string {
	s = strings.TrimLeft(s, "\"'“‘«([")
	i := 0
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsLetter(r) {
			break
		}
		i += n
	}
	return s[:i]
}

// Paragraph is a run of sentences of one paragraph.
type Paragraph struct {
	// Span covers the paragraph from its first sentence to its last.
	Span article.Span
	// Sentences are the paragraph's sentences, in order.
	Sentences []Sentence
}

// Paragraphs groups sentences (as returned by Split) into paragraphs. Each
// paragraph's Sentences is a sub-slice of sents, without spare capacity.
func Paragraphs(sents []Sentence) []Paragraph {
	n := 0
	for i := range sents {
		if i == 0 || sents[i].Para != sents[i-1].Para {
			n++
		}
	}
	if n == 0 {
		return nil
	}
	out := make([]Paragraph, 0, n)
	for i := 0; i < len(sents); {
		j := i + 1
		for j < len(sents) && sents[j].Para == sents[i].Para {
			j++
		}
		out = append(out, Paragraph{Span: article.Span{Start: sents[i].Span.Start, End: sents[j-1].Span.End}, Sentences: sents[i:j:j]})
		i = j
	}
	return out
}
