package text

import (
	"strings"
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

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// Words splits text[span] into words. A word is a run of letters and digits,
// joined across single inner apostrophes (isn't, O'Brien, Witkoff’s) and
// hyphens (son‑in‑law, 28-point), and across dots in abbreviations of single
// letters (U.S., J.D.) and decimal numbers (2.5).
//
// Text and, where folding changes nothing, Folded are substrings of txt;
// the other folded forms share one allocation.
func Words(txt string, span article.Span) []Word {
	// About one word per six bytes of English prose.
	out := make([]Word, 0, (span.End-span.Start)/6+1)
	var folds []byte    // folded forms that differ from the text, end to end
	var pending []int32 // per such word: index in out, end offset in folds
	i := span.Start
	for i < span.End {
		r, size := decodeRune(txt, i)
		if !isWordRune(r) {
			i += size
			continue
		}
		start := i
		i += size
		// plain: ASCII without apostrophes; upper: an ASCII capital. The
		// word needs folding unless it is plain without capitals.
		plain, upper := r < utf8.RuneSelf, 'A' <= r && r <= 'Z'
		for i < span.End {
			if c := txt[i]; c < utf8.RuneSelf {
				if 'a' <= c && c <= 'z' || '0' <= c && c <= '9' {
					i++
					continue
				}
				if 'A' <= c && c <= 'Z' {
					upper = true
					i++
					continue
				}
				r, size = rune(c), 1
			} else {
				r, size = utf8.DecodeRuneInString(txt[i:])
				if isWordRune(r) {
					plain = false
					i += size
					continue
				}
			}
			if IsApostrophe(r) || IsHyphen(r) || r == '.' {
				var nr rune
				if i+size < len(txt) {
					nr, _ = decodeRune(txt, i+size)
				}
				if i+size < span.End && isWordRune(nr) && (r != '.' || dotJoins(txt, start, i)) {
					plain = plain && r < utf8.RuneSelf && r != '\''
					i += size
					continue
				}
				// A trailing dot of a single-letter abbreviation: U.S.
				if r == '.' && abbrevTail(txt[start:i]) {
					i += size
				}
			}
			break
		}
		w := txt[start:i]
		word := Word{Span: article.Span{Start: start, End: i}, Text: w, Folded: w, Capital: isUpper(decodeFirst(w))}
		if !plain || upper {
			if folds == nil {
				// Capitalised and non-ASCII words are a small part of prose.
				folds = make([]byte, 0, (span.End-start)/4+len(w))
				pending = make([]int32, 0, (span.End-start)/16+2)
			}
			folds = appendStrip(folds, w, true)
			pending = append(pending, int32(len(out)), int32(len(folds)))
		}
		out = append(out, word)
	}
	if len(pending) > 0 {
		all := string(folds)
		from := 0
		for k := 0; k < len(pending); k += 2 {
			to := int(pending[k+1])
			out[pending[k]].Folded = all[from:to]
			from = to
		}
	}
	return out
}

// decodeRune decodes the rune at txt[i:], with a fast path for ASCII.
func decodeRune(txt string, i int) (rune, int) {
	if c := txt[i]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRuneInString(txt[i:])
}

// decodeFirst returns the first rune of w.
func decodeFirst(w string) rune {
	r, _ := decodeRune(w, 0)
	return r
}

// isUpper is unicode.IsUpper with a fast path for ASCII.
func isUpper(r rune) bool {
	if r < utf8.RuneSelf {
		return 'A' <= r && r <= 'Z'
	}
	return unicode.IsUpper(r)
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
	parts := strings.Split(w, ".")
	for _, p := range parts {
		if utf8.RuneCountInString(p) != 1 {
			return false
		}
		r, _ := utf8.DecodeRuneInString(p)
		if !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// Fold normalises s for comparison: NFKD, combining marks removed, lower
// case, typographic apostrophes to ', hyphen variants to -, non-breaking and
// other spaces to a plain space. Zelenskÿ folds to zelensky; Zelenskyy and
// Zelenskyi stay different.
func Fold(s string) string { return strip(s, true) }

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
