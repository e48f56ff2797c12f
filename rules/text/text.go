package text

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/srclint/srclint/rules/article"
)

// Word is one token of running text.
type Word struct {
	// Span is the word's exact byte span in the article text.
	Span article.Span
	// Text is the word as written.
	Text string
	// Folded is the word lower-cased, without diacritics, with typographic
	// apostrophes and hyphens made ASCII (see Fold).
	Folded string
	// Capital is true when the word starts with an upper-case letter.
	Capital bool
}

// IsApostrophe reports whether r is an apostrophe-like mark: ' ’ ‘ ʼ ′.
func IsApostrophe(r rune) bool {
	switch r {
	case '\'', '\u2019', '\u2018', '\u02BC', '\u2032':
		return true
	}
	return false
}

// IsHyphen reports whether r is a hyphen-like mark inside a word: - ‐ ‑.
func IsHyphen(r rune) bool {
	switch r {
	case '-', '\u2010', '\u2011':
		return true
	}
	return false
}

// isWordRune reports whether r belongs in a word: a letter, a digit or a
// combining mark.
func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return byteClass[r]&wordByte != 0
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// Classes of ASCII bytes for the tokeniser's byte loop.
const (
	wordByte  = 1 << iota // a letter or digit
	upperByte             // a capital letter
)

// byteClass classifies the ASCII bytes; bytes of multi-byte runes are 0.
var byteClass = func() (t [256]uint8) {
	for c := '0'; c <= '9'; c++ {
		t[c] = wordByte
	}
	for c := 'a'; c <= 'z'; c++ {
		t[c] = wordByte
		t[c-'a'+'A'] = wordByte | upperByte
	}
	return t
}()

// token is a word found by Words' scanning pass.
type token struct {
	start, end int
	// fold is the end of the word's folded form in the scratch folds, or
	// -1 when the folded form is the text itself.
	fold    int
	capital bool
}

// scratch is Words' reusable working memory.
type scratch struct {
	toks  []token
	folds []byte
}

// scratches recycles Words' working memory, so that only the result is
// allocated.
var scratches = sync.Pool{New: func() any { return new(scratch) }}

// Words splits text[span] into words. A word is a run of letters and digits,
// joined across single inner apostrophes (isn't, O'Brien, Witkoff’s) and
// hyphens (son‑in‑law, 28-point), and across dots in abbreviations of single
// letters (U.S., J.D.) and decimal numbers (2.5).
//
// Text and, where folding changes nothing, Folded are substrings of txt;
// the other folded forms share one allocation. The result has no spare
// capacity.
func Words(txt string, span article.Span) []Word { return AppendWords(nil, txt, span) }

// Within returns the words of ws (a region's words, in text order) that lie
// inside span, searching from index k on, for a caller walking forward
// through ws: next is the index after them. ok is false when a word
// straddles an end of span, so that the words inside it are not whole
// words of ws; the caller then tokenises span on its own.
func Within(ws []Word, span article.Span, k int) (in []Word, next int, ok bool) {
	for k < len(ws) && ws[k].Span.End <= span.Start {
		k++
	}
	j := k
	for j < len(ws) && ws[j].Span.End <= span.End {
		j++
	}
	if k < len(ws) && ws[k].Span.Start < span.Start || j < len(ws) && ws[j].Span.Start < span.End {
		return nil, j, false
	}
	return ws[k:j:j], j, true
}

// AppendWords appends the words of txt[span], as Words finds them, to dst
// and returns the extended slice. When dst lacks room, the new array has
// exactly the room needed; a caller tokenising into a reused buffer with
// room allocates only the folded forms that differ from the text.
func AppendWords(dst []Word, txt string, span article.Span) []Word {
	sc := scratches.Get().(*scratch)
	toks, folds := sc.toks[:0], sc.folds[:0]
	for i := span.Start; i < span.End; {
		var (
			start                 = i
			capital, plain, upper bool
		)
		if c := txt[i]; c < utf8.RuneSelf {
			k := byteClass[c]
			if k&wordByte == 0 {
				i++
				continue
			}
			i++
			capital = k&upperByte != 0
			plain, upper = true, capital
		} else {
			// Bounded by the span: a rune it cuts is not a word rune.
			r, size := utf8.DecodeRuneInString(txt[i:span.End])
			if !isWordRune(r) {
				i += size
				continue
			}
			i += size
			capital = unicode.IsUpper(r)
		}
		i, plain, upper = wordEnd(txt, span.End, start, i, plain, upper)
		t := token{start: start, end: i, fold: -1, capital: capital}
		if !plain || upper {
			// Only capitalised words and words with apostrophes or
			// non-ASCII letters need a folded copy, and not all of those.
			n := len(folds)
			folds = appendStrip(folds, txt[start:i], true)
			if string(folds[n:]) == txt[start:i] {
				folds = folds[:n]
			} else {
				t.fold = len(folds)
			}
		}
		toks = append(toks, t)
	}
	n := len(dst)
	if cap(dst)-n < len(toks) {
		grown := make([]Word, n, n+len(toks))
		copy(grown, dst)
		dst = grown
	}
	dst = dst[:n+len(toks)]
	out := dst[n:]
	var all string
	if len(folds) > 0 {
		all = string(folds)
	}
	from := 0
	for k := range toks {
		t := &toks[k]
		w := &out[k]
		w.Span = article.Span{Start: t.start, End: t.end}
		w.Text = txt[t.start:t.end]
		if t.fold >= 0 {
			w.Folded = all[from:t.fold]
			from = t.fold
		} else {
			w.Folded = w.Text
		}
		w.Capital = t.capital
	}
	// Keep the scratch for the next call unless one huge text grew it.
	if cap(toks) <= 1<<14 && cap(folds) <= 1<<16 {
		sc.toks, sc.folds = toks, folds
		scratches.Put(sc)
	}
	return dst
}

// wordEnd scans on from i, just past the first rune of a word begun at start,
// to the end of the word (at most end, the end of the span), and returns it.
// plain (ASCII without apostrophes) and upper (holds an ASCII capital) come
// in for the first rune and go out for the whole word.
func wordEnd(txt string, end, start, i int, plain, upper bool) (int, bool, bool) {
	for i < end {
		var (
			r    rune
			size int
		)
		if c := txt[i]; c < utf8.RuneSelf {
			if k := byteClass[c]; k&wordByte != 0 {
				upper = upper || k&upperByte != 0
				i++
				continue
			}
			if c != '\'' && c != '-' && c != '.' {
				return i, plain, upper
			}
			r, size = rune(c), 1
		} else {
			r, size = utf8.DecodeRuneInString(txt[i:end])
			if isWordRune(r) {
				plain = false
				i += size
				continue
			}
			if !IsApostrophe(r) && !IsHyphen(r) {
				return i, plain, upper
			}
		}
		// An apostrophe, hyphen or dot: inside the word when a word rune
		// follows it.
		var nr rune
		if i+size < end {
			nr, _ = decodeRune(txt[:end], i+size)
		}
		if i+size < end && isWordRune(nr) && (r != '.' || dotJoins(txt, start, i)) {
			plain = plain && r < utf8.RuneSelf && r != '\''
			i += size
			continue
		}
		// A trailing dot of a single-letter abbreviation: U.S.
		if r == '.' && abbrevTail(txt[start:i]) {
			i += size
		}
		return i, plain, upper
	}
	return i, plain, upper
}

// decodeRune decodes the rune at txt[i:], with a fast path for ASCII.
func decodeRune(txt string, i int) (rune, int) {
	if c := txt[i]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRuneInString(txt[i:])
}

// dotJoins reports whether a dot at i continues the word begun at start:
// between digits (2.5) or in an initialism (U.S, J.D).
func dotJoins(txt string, start, i int) bool {
	prev, _ := utf8.DecodeLastRuneInString(txt[start:i])
	next, _ := utf8.DecodeRuneInString(txt[i+1:])
	if unicode.IsDigit(prev) && unicode.IsDigit(next) {
		return true
	}
	return initialism(txt[start:i]) && unicode.IsUpper(next) && (i+2 >= len(txt) || txt[i+2] == '.')
}

// abbrevTail reports whether w looks like an initialism so far: single
// upper-case letters separated by dots ("U", "U.S", "J.D").
func abbrevTail(w string) bool {
	return initialism(w) && strings.Contains(w, ".")
}

// initialism reports whether w is single upper-case letters joined by dots.
func initialism(w string) bool {
	for i := 0; ; {
		if i == len(w) {
			// Empty, or a dot at the end.
			return false
		}
		if c := w[i]; c < utf8.RuneSelf {
			if byteClass[c]&upperByte == 0 {
				return false
			}
			i++
		} else {
			r, n := utf8.DecodeRuneInString(w[i:])
			if !unicode.IsUpper(r) {
				return false
			}
			i += n
		}
		if i == len(w) {
			return true
		}
		if w[i] != '.' {
			return false
		}
		i++
	}
}

// Fold normalises s for comparison: NFKD, combining marks removed, lower
// case, typographic apostrophes to ', hyphen variants to -, non-breaking and
// other spaces to a plain space. Zelenskÿ folds to zelensky; Zelenskyy and
// Zelenskyi stay different.
func Fold(s string) string { return strip(s, true) }

// AppendFold appends Fold(s) to dst and returns the extended buffer, for
// callers that look folded forms up without keeping them.
func AppendFold(dst []byte, s string) []byte {
	if !needsFold(s, true) {
		return append(dst, s...)
	}
	return appendStrip(dst, s, true)
}

// StripMarks is Fold without lower-casing: diacritics removed (each rune's
// NFKD decomposition without its combining marks), typographic apostrophes
// and hyphens made ASCII, spaces made plain; case is kept.
func StripMarks(s string) string { return strip(s, false) }

// strip implements StripMarks, and Fold when lower is set, in one pass.
func strip(s string, lower bool) string {
	if !needsFold(s, lower) {
		return s
	}
	return string(appendStrip(make([]byte, 0, len(s)), s, lower))
}

// needsFold reports whether strip would change s.
func needsFold(s string, lower bool) bool {
	return !isPlainASCII(s) || lower && hasUpperASCII(s)
}

// appendStrip appends the stripped (and, when lower is set, lower-cased)
// form of s to dst.
func appendStrip(dst []byte, s string, lower bool) []byte {
	var buf [utf8.UTFMax]byte
	for _, r := range s {
		switch {
		case r < 0x80 && r >= 0x20:
			if lower && 'A' <= r && r <= 'Z' {
				r += 'a' - 'A'
			}
			dst = append(dst, byte(r))
		case IsApostrophe(r):
			dst = append(dst, '\'')
		case IsHyphen(r) || r == '\u2012':
			dst = append(dst, '-')
		case unicode.IsSpace(r):
			dst = append(dst, ' ')
		case unicode.Is(unicode.Mn, r):
			// A combining mark in text that was already decomposed.
		default:
			n := utf8.EncodeRune(buf[:], r)
			dec := norm.NFKD.Properties(buf[:n]).Decomposition()
			if len(dec) == 0 {
				dst = utf8.AppendRune(dst, caseOf(r, lower))
				continue
			}
			for _, d := range string(dec) {
				if !unicode.Is(unicode.Mn, d) {
					dst = utf8.AppendRune(dst, caseOf(d, lower))
				}
			}
		}
	}
	return dst
}

// caseOf lower-cases r when lower is set.
func caseOf(r rune, lower bool) rune {
	if lower {
		return unicode.ToLower(r)
	}
	return r
}

// hasUpperASCII reports whether s holds an ASCII capital letter.
func hasUpperASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if 'A' <= s[i] && s[i] <= 'Z' {
			return true
		}
	}
	return false
}

// isPlainASCII reports whether s is printable ASCII without apostrophes,
// which StripMarks leaves unchanged. It spares the transform on most words.
func isPlainASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 0x80 || c < 0x20 || c == '\'' {
			return false
		}
	}
	return true
}

// Trim narrows [st, en) of txt to exclude white space (and a leading BOM).
func Trim(txt string, st, en int) (int, int) {
	for st < en {
		r, n := utf8.DecodeRuneInString(txt[st:en])
		if !unicode.IsSpace(r) && r != '\uFEFF' {
			break
		}
		st += n
	}
	for en > st {
		r, n := utf8.DecodeLastRuneInString(txt[st:en])
		if !unicode.IsSpace(r) {
			break
		}
		en -= n
	}
	return st, en
}
