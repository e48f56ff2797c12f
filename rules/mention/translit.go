package mention

import (
	"slices"
	"unicode"
	"unicode/utf8"

	"github.com/srclint/srclint/rules/text"
)

// Key returns the transliteration key of a word: folded (lower case,
// without diacritics), letters only, with the alternations of common
// romanisation systems merged. Two spellings with the same key are
// candidate variants of one name:
//
//	Kyiv, Kiev → kiv             Donbas, Donbass → donbas
//	Zelensky, Zelenskyy, Zelenskiy, Zelenskyi → zelenski
//	Gaddafi, Gadhafi → gadafi    Sergei, Sergey, Sergiy → sergi
//
// The merged alternations: doubled letters; y, and j after a vowel, as i;
// ie and ei as i; kh as h; gh, dh, th, ph as g, d, t, f; ck and q as k; x as
// ks; w as v; a final -ov or -ev as -iv (Kharkov/Kharkiv).
func Key(word string) string { return KeyFolded(text.Fold(word)) }

// KeyFolded is Key for a word already folded with text.Fold.
func KeyFolded(f string) string {
	var buf [32]byte
	return string(appendKey(buf[:0], f))
}

// appendKey appends KeyFolded(f) to dst. Each step below rewrites a buffer
// in place, in the order of the alternations listed on Key.
func appendKey(dst []byte, f string) []byte {
	// Letters only.
	var lbuf [32]byte
	l := lbuf[:0]
	for i := 0; i < len(f); {
		c := f[i]
		if c < 0x80 {
			if 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' {
				l = append(l, c)
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(f[i:])
		i += n
		if unicode.IsLetter(r) {
			l = appendLetter(l, r)
		}
	}
	// Digraphs, left to right, the longest alternation first (tch before
	// th).
	start := len(dst)
	dst = slices.Grow(dst, len(l)+4)
	b := dst[start:start]
	for i := 0; i < len(l); {
		c := l[i]
		if c == 't' && i+2 < len(l) && l[i+1] == 'c' && l[i+2] == 'h' {
			b = append(b, 'c', 'h')
			i += 3
			continue
		}
		if i+1 < len(l) && l[i+1] == 'h' {
			if d, ok := hDigraph(c); ok {
				b = append(b, d)
				i += 2
				continue
			}
		}
		switch {
		case c == 'c' && i+1 < len(l) && l[i+1] == 'k':
			b = append(b, 'k')
			i += 2
			continue
		case c == 'q':
			c = 'k'
		case c == 'x':
			b = append(b, 'k')
			c = 's'
		case c == 'w':
			c = 'v'
		}
		b = append(b, c)
		i++
	}
	// j after a vowel is a semivowel: Andrij, Serhij, Zelenskij.
	for i := 1; i < len(b); i++ {
		if b[i] == 'j' && isVowel(b[i-1]) {
			b[i] = 'i'
		}
	}
	for i := range b {
		if b[i] == 'y' {
			b[i] = 'i'
		}
	}
	b = mergePair(b, 'i', 'e')
	b = mergePair(b, 'e', 'i')
	if n := len(b); n > 4 && (b[n-2] == 'o' || b[n-2] == 'e') && b[n-1] == 'v' {
		b[n-2] = 'i'
	}
	// Doubled letters: donbass → donbas, kiiv → kiv.
	out := b[:0]
	for i, c := range b {
		if i > 0 && c == b[i-1] {
			continue
		}
		out = append(out, c)
	}
	return append(dst[:start], out...)
}

// appendLetter appends a letter outside ASCII (after folding: ł, ø, ß),
// as a stable ASCII stand-in where there is one.
func appendLetter(b []byte, r rune) []byte {
	switch r {
	case 'ł':
		return append(b, 'l')
	case 'ø':
		return append(b, 'o')
	case 'ß':
		return append(b, 's', 's')
	case 'æ':
		return append(b, 'a', 'e')
	}
	return utf8.AppendRune(b, r)
}

// hDigraph returns the letter that c followed by h is read as: kh as h,
// gh as g, dh as d, th as t, ph as f.
func hDigraph(c byte) (byte, bool) {
	switch c {
	case 'k':
		return 'h', true
	case 'g', 'd', 't':
		return c, true
	case 'p':
		return 'f', true
	}
	return 0, false
}

// mergePair replaces every non-overlapping a,b pair with i, left to right
// (as strings.ReplaceAll(s, "ab", "i")).
func mergePair(s []byte, a, b byte) []byte {
	out := s[:0]
	for i := 0; i < len(s); i++ {
		if s[i] == a && i+1 < len(s) && s[i+1] == b {
			out = append(out, 'i')
			i++
			continue
		}
		out = append(out, s[i])
	}
	return out
}

func isVowel(c byte) bool {
	switch c {
	case 'a', 'e', 'i', 'o', 'u', 'y':
		return true
	}
	return false
}

// Skeleton returns the consonants of a word's Key, in order, with h
// read as g (Ukrainian h for Russian g: Serhiy/Sergei, Luhansk/Lugansk) and
// repeats collapsed: Volodymyr and Vladimir → vldmr, Oleksandr and
// Alexander → lksndr. It is a loose key, used for given names of one
// person, never alone for discovery.
func Skeleton(word string) string {
	c := Key(word)
	b := make([]byte, 0, len(c))
	for i := 0; i < len(c); i++ {
		ch := c[i]
		if isVowel(ch) {
			continue
		}
		if ch == 'h' {
			ch = 'g'
		}
		if n := len(b); n > 0 && b[n-1] == ch {
			continue
		}
		b = append(b, ch)
	}
	return string(b)
}
