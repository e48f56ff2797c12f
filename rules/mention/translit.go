package mention

import (
	"strings"
	"unicode"

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
	b := make([]byte, 0, len(f))
	for _, r := range f {
		if r < 0x80 && unicode.IsLetter(r) {
			b = append(b, byte(r))
		} else if unicode.IsLetter(r) {
			// A letter outside ASCII after folding (ł, ø, ß): keep a
			// stable ASCII stand-in where there is one.
			switch r {
			case 'ł':
				b = append(b, 'l')
			case 'ø':
				b = append(b, 'o')
			case 'ß':
				b = append(b, 's', 's')
			case 'æ':
				b = append(b, 'a', 'e')
			default:
				b = append(b, []byte(string(r))...)
			}
		}
	}
	s := string(b)
	s = digraphs.Replace(s)
	// j after a vowel is a semivowel: Andrij, Serhij, Zelenskij.
	out := []byte(s)
	for i := 1; i < len(out); i++ {
		if out[i] == 'j' && isVowel(out[i-1]) {
			out[i] = 'i'
		}
	}
	for i := range out {
		if out[i] == 'y' {
			out[i] = 'i'
		}
	}
	s = string(out)
	s = strings.ReplaceAll(s, "ie", "i")
	s = strings.ReplaceAll(s, "ei", "i")
	if len(s) > 4 && (strings.HasSuffix(s, "ov") || strings.HasSuffix(s, "ev")) {
		s = s[:len(s)-2] + "iv"
	}
	return collapse(s)
}

var digraphs = strings.NewReplacer(
	"tch", "ch", "kh", "h", "gh", "g", "dh", "d", "th", "t", "ph", "f",
	"ck", "k", "q", "k", "x", "ks", "w", "v",
)

func isVowel(c byte) bool {
	switch c {
	case 'a', 'e', 'i', 'o', 'u', 'y':
		return true
	}
	return false
}

// collapse removes doubled letters: donbass → donbas, kiiv → kiv.
func collapse(s string) string {
	b := make([]byte, 0, len(s))
	for i := 0; i < len(s); i++ {
		if i > 0 && s[i] == s[i-1] {
			continue
		}
		b = append(b, s[i])
	}
	return string(b)
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
