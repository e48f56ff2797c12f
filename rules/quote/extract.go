package quote

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/srclint/srclint/rules/article"
	"github.com/srclint/srclint/rules/text"
)

// Paragraphs splits the linted regions body of txt (nil: the whole text)
// into paragraphs, trimmed of white space. A paragraph ends at a blank line
// and at a line break, unless the line is hard-wrapped prose: it does not
// end with terminal punctuation and the next line starts in lower case, or
// it ends with a comma or a dash.
func Paragraphs(txt string, body []article.Span) []article.Span {
	return appendParagraphs(nil, txt, body)
}

// appendParagraphs appends the paragraphs of Paragraphs(txt, body) to out.
func appendParagraphs(out []article.Span, txt string, body []article.Span) []article.Span {
	if body == nil {
		body = []article.Span{{Start: 0, End: len(txt)}}
	}
	for _, b := range body {
		if b.Start < 0 || b.End > len(txt) || b.Start >= b.End {
			continue
		}
		cur := article.Span{Start: -1}
		for i := b.Start; i < b.End; {
			j := strings.IndexAny(txt[i:b.End], "\r\n")
			end := b.End
			next := b.End
			if j >= 0 {
				end = i + j
				next = end + 1
				if txt[end] == '\r' && next < b.End && txt[next] == '\n' {
					next++
				}
			}
			st, en := text.Trim(txt, i, end)
			switch {
			case st >= en:
				if cur.Start >= 0 {
					out = append(out, cur)
				}
				cur = article.Span{Start: -1}
			case cur.Start >= 0 && wrapped(txt[cur.Start:cur.End], txt[st:en]):
				cur.End = en
			default:
				if cur.Start >= 0 {
					out = append(out, cur)
				}
				cur = article.Span{Start: st, End: en}
			}
			i = next
		}
		if cur.Start >= 0 {
			out = append(out, cur)
		}
	}
	return out
}

// wrapped reports whether line next continues the paragraph prev.
func wrapped(prev, next string) bool {
	last, _ := utf8.DecodeLastRuneInString(prev)
	first, _ := utf8.DecodeRuneInString(next)
	switch last {
	case ',', '—', '–', '-':
		return true
	case '.', '!', '?', ':', ';', '"', '”', '’', '»', ')', '…', '\'':
		return false
	}
	return unicode.IsLower(first)
}

// openMark is a quote opened and not yet closed.
type openMark struct {
	q      int  // index of the partial quote in scanner.out
	double bool // double-quote family (" “ ” „ « »), else single (' ‘ ’ ‚ ‹ ›)
	style  rune // the opening rune
}

type scanner struct {
	txt   string
	out   []Quote
	drop  []bool // out[i] turned out to be an apostrophe
	stack []openMark
	// piece is the start of the current piece of each quote in out; it
	// is read only while the quote is open.
	piece   []int
	doubles []openMark // endParagraph's scratch
	// pieces are the pieces of the quotes of out as they end, and
	// npieces each quote's number of them: the kept quotes' pieces are
	// copied into one array an article at the end.
	pieces  []quotePiece
	npieces []int32
	// first is the start of each quote's first piece.
	first []int
	// paras, top and quoted are extract's and attribute's scratch.
	paras  []article.Span
	top    []int
	quoted []article.Span
}

// quotePiece is one piece of quote q of scanner.out.
type quotePiece struct {
	q    int
	span article.Span
}

// scanners recycles scanners between articles.
var scanners = sync.Pool{New: func() any { return new(scanner) }}

// scan finds the quote marks of every paragraph and pairs them.
func (s *scanner) scan(txt string, paras []article.Span) []Quote {
	s.txt = txt
	s.out, s.drop, s.stack, s.piece = s.out[:0], s.drop[:0], s.stack[:0], s.piece[:0]
	s.pieces, s.npieces, s.first = s.pieces[:0], s.npieces[:0], s.first[:0]
	for pi, p := range paras {
		i := p.Start
		if len(s.stack) > 0 {
			// A continuation paragraph: consume its opening mark.
			_, n := utf8.DecodeRuneInString(txt[i:])
			q := s.stack[0].q
			s.out[q].Reopen = append(s.out[q].Reopen, article.Span{Start: i, End: i + n})
			i += n
			s.piece[q] = i
		}
		s.paragraph(pi, p, i)
		s.endParagraph(pi, paras)
	}
	n, np := 0, 0
	for i, d := range s.drop {
		if !d {
			n++
			np += int(s.npieces[i])
		}
	}
	var out []Quote
	if n > 0 {
		// The kept quotes' pieces, in one array: each quote's pieces
		// are in the order they ended.
		all := make([]article.Span, np)
		off := s.first[:0] // the quotes' first pieces are no longer needed
		next := 0
		for i, d := range s.drop {
			off = append(off, next)
			if !d {
				next += int(s.npieces[i])
			}
		}
		out = make([]Quote, 0, n)
		for _, p := range s.pieces {
			if !s.drop[p.q] {
				all[off[p.q]] = p.span
				off[p.q]++
			}
		}
		for i, q := range s.out {
			if s.drop[i] {
				continue
			}
			if k := int(s.npieces[i]); k > 0 {
				q.Pieces = all[off[i]-k : off[i] : off[i]]
			}
			out = append(out, q)
		}
	}
	clear(s.out) // drop the continuation marks before pooling
	s.txt = ""
	return out
}

// isWordRune reports whether r is part of a word.
func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// openPos reports whether a mark between prev and next (0 at the paragraph
// edge) is placed like an opening mark: after space or an opening bracket
// or dash, before a non-space.
func openPos(prev, next rune) bool {
	if next == 0 || unicode.IsSpace(next) {
		return false
	}
	return prev == 0 || unicode.IsSpace(prev) || strings.ContainsRune("([{—–-/\"“„«‘‚‹'", prev)
}

// closePos reports whether a mark between prev and next is placed like a
// closing mark: after a non-space, before space, punctuation or the end.
func closePos(prev, next rune) bool {
	if prev == 0 || unicode.IsSpace(prev) {
		return false
	}
	return next == 0 || !isWordRune(next)
}

// elided reports whether s (the text after an apostrophe-like mark) starts
// with an elided word: ’90s, '24, 'em, 'til, 'tis, 'twas, 'cause, 'n'.
func elided(s string) bool {
	j := 0
	for j < len(s) && s[j] >= '0' && s[j] <= '9' {
		j++
	}
	if j >= 2 {
		return true
	}
	low := strings.ToLower(s)
	for _, w := range []string{"em", "til", "tis", "twas", "cause", "n"} {
		if strings.HasPrefix(low, w) {
			r, _ := utf8.DecodeRuneInString(low[len(w):])
			if len(low) == len(w) || !isWordRune(r) {
				return true
			}
		}
	}
	return false
}

// paragraph scans paragraph p from offset from.
func (s *scanner) paragraph(pi int, p article.Span, from int) {
	txt := s.txt
	for i := from; i < p.End; {
		// Every quote mark is '"', '\'' or starts with byte 0xC2 (« »)
		// or 0xE2 (“ ” „ ‘ ’ ‚ ‹ ›); other bytes are skipped unread.
		if b := txt[i]; b != '"' && b != '\'' && b != 0xC2 && b != 0xE2 {
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(txt[i:])
		if !isMark(r) {
			i += n
			continue
		}
		var prev, next rune
		if i > p.Start {
			prev, _ = utf8.DecodeLastRuneInString(txt[p.Start:i])
		}
		if i+n < p.End {
			next, _ = utf8.DecodeRuneInString(txt[i+n : p.End])
		}
		mark := article.Span{Start: i, End: i + n}
		switch r {
		case '"':
			if k := s.innermost(true); k >= 0 {
				if closePos(prev, next) {
					s.close(k, mark)
				} else if openPos(prev, next) {
					s.push(pi, p, mark, true, r)
				}
			} else if openPos(prev, next) || !closePos(prev, next) && next != 0 {
				s.push(pi, p, mark, true, r)
			}
		case '“':
			k := s.innermost(true)
			if k >= 0 && (s.stack[k].style == '„' || !openPos(prev, next) && closePos(prev, next)) {
				s.close(k, mark)
			} else if next != 0 {
				s.push(pi, p, mark, true, r)
			}
		case '”', '»':
			if k := s.innermost(true); k >= 0 {
				s.close(k, mark)
			} else if openPos(prev, next) && r == '”' {
				s.push(pi, p, mark, true, r)
			}
		case '„', '«':
			if next != 0 {
				s.push(pi, p, mark, true, r)
			}
		case '‘', '‚', '‹':
			if isWordRune(prev) && isWordRune(next) {
				break // apostrophe inside a word
			}
			if openPos(prev, next) && !elided(txt[i+n:p.End]) {
				s.push(pi, p, mark, false, r)
			}
		case '’', '›':
			if isWordRune(prev) && isWordRune(next) {
				break
			}
			if k := len(s.stack) - 1; k >= 0 && !s.stack[k].double && closePos(prev, next) {
				s.close(k, mark)
			}
		case '\'':
			if isWordRune(prev) && isWordRune(next) {
				break
			}
			if k := len(s.stack) - 1; k >= 0 && !s.stack[k].double && closePos(prev, next) {
				s.close(k, mark)
			} else if openPos(prev, next) && !elided(txt[i+n:p.End]) {
				s.push(pi, p, mark, false, r)
			}
		}
		i += n
	}
}

// isMark reports whether r is one of the quote marks paragraph handles.
func isMark(r rune) bool {
	switch r {
	case '"', '“', '”', '»', '„', '«', '‘', '‚', '‹', '’', '›', '\'':
		return true
	}
	return false
}

// innermost returns the stack index of the innermost open quote of the
// given family, or -1.
func (s *scanner) innermost(double bool) int {
	for k := len(s.stack) - 1; k >= 0; k-- {
		if s.stack[k].double == double {
			return k
		}
	}
	return -1
}

// maxDepth bounds quote nesting; deeper opening marks are ignored.
const maxDepth = 4

func (s *scanner) push(pi int, p article.Span, mark article.Span, double bool, style rune) {
	if len(s.stack) >= maxDepth {
		return
	}
	s.out = append(s.out, Quote{Open: mark, Para: p, ParaIndex: pi, Depth: len(s.stack)})
	s.drop = append(s.drop, false)
	s.piece = append(s.piece, mark.End)
	s.npieces = append(s.npieces, 0)
	s.first = append(s.first, 0)
	q := len(s.out) - 1
	s.stack = append(s.stack, openMark{q: q, double: double, style: style})
}

// endPiece records the piece of quote q that ends at end.
func (s *scanner) endPiece(q, end int) {
	st, en := text.Trim(s.txt, s.piece[q], end)
	// A comma before the closing mark belongs to the sentence, not to the
	// quoted words ("… fallacy," she said).
	for en > st && s.txt[en-1] == ',' {
		st, en = text.Trim(s.txt, st, en-1)
	}
	if en < st {
		en = st
	}
	if s.npieces[q] == 0 {
		s.first[q] = st
	}
	s.npieces[q]++
	s.pieces = append(s.pieces, quotePiece{q: q, span: article.Span{Start: st, End: en}})
}

// finish completes quote q with its pieces.
func (s *scanner) finish(q int, closeMark article.Span, unclosed bool) {
	s.endPiece(q, closeMark.Start)
	qq := &s.out[q]
	qq.Close = closeMark
	qq.Unclosed = unclosed
	qq.Text = article.Span{Start: s.first[q], End: s.pieces[len(s.pieces)-1].span.End}
	if qq.Text.End < qq.Text.Start {
		qq.Text.End = qq.Text.Start
	}
}

// close closes the quote at stack index k with mark; quotes opened inside it
// and still open were apostrophes (single) or stray marks (double).
func (s *scanner) close(k int, mark article.Span) {
	for j := len(s.stack) - 1; j > k; j-- {
		s.drop[s.stack[j].q] = true
	}
	s.finish(s.stack[k].q, mark, false)
	s.stack = s.stack[:k]
}

// endParagraph handles quotes still open at the end of paragraph pi: single
// quotes were apostrophes; the outermost double quote continues when the next
// paragraph opens with a double mark, else it ends here, unclosed.
func (s *scanner) endParagraph(pi int, paras []article.Span) {
	p := paras[pi]
	doubles := s.doubles[:0]
	for _, o := range s.stack {
		if o.double {
			doubles = append(doubles, o)
		} else {
			s.drop[o.q] = true
		}
	}
	s.doubles = doubles
	s.stack = s.stack[:0]
	if len(doubles) == 0 {
		return
	}
	if pi+1 < len(paras) && startsWithOpener(s.txt[paras[pi+1].Start:paras[pi+1].End]) {
		outer := doubles[0]
		s.endPiece(outer.q, p.End)
		for _, o := range doubles[1:] {
			s.drop[o.q] = true
		}
		s.stack = append(s.stack, outer)
		return
	}
	// The outermost quote ends with the paragraph; marks opened inside it
	// and never closed are stray.
	s.finish(doubles[0].q, article.Span{Start: p.End, End: p.End}, true)
	for _, o := range doubles[1:] {
		s.drop[o.q] = true
	}
}

// startsWithOpener reports whether a paragraph starts with an opening double
// quote mark followed by text.
func startsWithOpener(para string) bool {
	r, n := utf8.DecodeRuneInString(para)
	if !strings.ContainsRune("\"“„«", r) || n >= len(para) {
		return false
	}
	next, _ := utf8.DecodeRuneInString(para[n:])
	return !unicode.IsSpace(next)
}
