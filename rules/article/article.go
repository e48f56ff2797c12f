// Package article holds srclint's model of one news article: its decoded text,
// the regions of that text that are linted, its metadata, and the arithmetic
// that turns byte offsets into line and column positions.
package article

import (
	"sort"
	"unicode/utf8"
)

// Span is a half-open byte range [Start, End) into an article's Text.
type Span struct {
	Start int
	End   int
}

// Len returns the number of bytes the span covers.
func (s Span) Len() int { return s.End - s.Start }

// Contains reports whether the byte offset off lies inside the span.
func (s Span) Contains(off int) bool { return off >= s.Start && off < s.End }

// Article is one loaded, decoded article.
type Article struct {
	// Path is the file's path as srclint reports it: slash-separated and
	// relative to the working folder where possible.
	Path string
	// AbsPath is the absolute file path.
	AbsPath string
	// Source is the outlet that published the article (front matter
	// `source`, a [[sources]] entry, or the file name).
	Source string
	// Title, Date, URL and Story come from front matter when present.
	Title, Date, URL, Story string
	// Primary is true when the source is marked primary in rules.toml.
	Primary bool
	// Text is the whole file decoded to UTF-8 (a BOM removed). Every span
	// and offset in srclint refers to this text.
	Text string
	// Body lists the linted regions of Text in order: everything except
	// front matter, code blocks and HTML comments.
	Body []Span
	// Comments lists, in a Markdown article, the HTML comments outside
	// code blocks: where suppression directives are read. Nil when the
	// article is not Markdown or was not read by the loader.
	Comments []Span

	lineStarts []int
	// lineStarts16 is the UTF-16 offset at which every line begins.
	lineStarts16 []int
}

// New builds an Article over text with the given linted regions. A nil body
// means the whole text is linted.
func New(path, text string, body []Span) *Article {
	if body == nil {
		body = []Span{{0, len(text)}}
	}
	a := &Article{Path: path, Text: text, Body: body}
	a.lineStarts = lineStarts(text)
	a.lineStarts16 = make([]int, len(a.lineStarts))
	for i := 1; i < len(a.lineStarts); i++ {
		a.lineStarts16[i] = a.lineStarts16[i-1] + UTF16Len(text[a.lineStarts[i-1]:a.lineStarts[i]])
	}
	return a
}

// UTF16Len returns the number of UTF-16 code units that encode s: one per
// rune, two for runes outside the Basic Multilingual Plane.
func UTF16Len(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if b := s[i]; b&0xC0 != 0x80 {
			n++
			if b >= 0xF0 {
				n++
			}
		}
	}
	return n
}

// lineStarts returns the byte offset at which every line begins. A line ends
// at "\n", "\r\n" or a lone "\r".
func lineStarts(text string) []int {
	starts := []int{0}
	for i := 0; i < len(text); i++ {
		switch text[i] {
		case '\n':
			starts = append(starts, i+1)
		case '\r':
			if i+1 < len(text) && text[i+1] == '\n' {
				i++
			}
			starts = append(starts, i+1)
		}
	}
	return starts
}

// Position is a resolved place in an article. Line and the columns are
// 1-based. Column counts Unicode code points; Column16 counts UTF-16 code
// units (what SARIF and many editors use). Offset is a byte offset into
// Text, Offset16 the same place counted in UTF-16 code units.
type Position struct {
	Offset   int
	Offset16 int
	Line     int
	Column   int
	Column16 int
}

// Position resolves a byte offset. Offsets outside the text are clamped.
func (a *Article) Position(off int) Position {
	if off < 0 {
		off = 0
	}
	if off > len(a.Text) {
		off = len(a.Text)
	}
	line := sort.Search(len(a.lineStarts), func(i int) bool { return a.lineStarts[i] > off }) - 1
	start := a.lineStarts[line]
	runes, units := columns(a.Text[start:off])
	return Position{Offset: off, Offset16: a.lineStarts16[line] + units, Line: line + 1, Column: runes + 1, Column16: units + 1}
}

// columns returns the number of runes in s and of UTF-16 code units they
// take, counting each byte of invalid UTF-8 as one rune, as ranging over s
// does. An ASCII prefix is counted without decoding.
func columns(s string) (runes, units int) {
	i := 0
	for i < len(s) && s[i] < utf8.RuneSelf {
		i++
	}
	runes, units = i, i
	for _, r := range s[i:] {
		runes++
		units++
		if r >= 0x10000 {
			units++
		}
	}
	return runes, units
}

// Line returns the text of the 1-based line n without its line ending.
func (a *Article) Line(n int) string {
	if n < 1 || n > len(a.lineStarts) {
		return ""
	}
	start := a.lineStarts[n-1]
	end := len(a.Text)
	if n < len(a.lineStarts) {
		end = a.lineStarts[n]
	}
	s := a.Text[start:end]
	for len(s) > 0 && (s[len(s)-1] == '\n' || s[len(s)-1] == '\r') {
		s = s[:len(s)-1]
	}
	return s
}

// LineCount returns the number of lines in the article.
func (a *Article) LineCount() int { return len(a.lineStarts) }

// LineSpan returns the byte span of the 1-based line n, without its ending.
func (a *Article) LineSpan(n int) Span {
	start := a.lineStarts[n-1]
	return Span{start, start + len(a.Line(n))}
}

// Slice returns the text covered by s.
func (a *Article) Slice(s Span) string { return a.Text[s.Start:s.End] }

// InBody reports whether the span lies entirely inside one linted region.
func (a *Article) InBody(s Span) bool {
	for _, b := range a.Body {
		if s.Start >= b.Start && s.End <= b.End {
			return true
		}
	}
	return false
}

// ValidUTF8Span reports whether s is a valid span of the text: inside it,
// non-inverted, and on rune boundaries.
func (a *Article) ValidUTF8Span(s Span) bool {
	if s.Start < 0 || s.End > len(a.Text) || s.Start > s.End {
		return false
	}
	return (s.Start == len(a.Text) || utf8.RuneStart(a.Text[s.Start])) &&
		(s.End == len(a.Text) || utf8.RuneStart(a.Text[s.End]))
}
