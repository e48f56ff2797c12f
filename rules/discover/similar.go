package discover

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"

	"github.com/srclint/srclint/rules/mention"
	"github.com/srclint/srclint/rules/text"
)

// formKey identifies one spelling: lower case, NFC, typographic apostrophes
// and hyphens made ASCII, diacritics kept (Kraków and Krakow are two forms).
func formKey(s string) string {
	var b strings.Builder
	for _, r := range norm.NFC.String(s) {
		switch {
		case text.IsApostrophe(r):
			b.WriteByte('\'')
		case text.IsHyphen(r):
			b.WriteByte('-')
		default:
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}

// cheap lists the single-letter substitutions, on transliteration keys (mention.Key), that
// transliteration produces and that are allowed between two forms of at least
// minCheapLen letters: Muammar/Moammar (u/o), Luhansk/Lugansk (h/g),
// Gaddafi/Qaddafi (g/k).
var cheap = [][2]byte{{'o', 'u'}, {'g', 'h'}, {'g', 'k'}}

// minCheapLen is the shortest key a cheap substitution applies to.
const minCheapLen = 5

// cheapClass returns a marker for c's cheap-substitution class, or 0.
func cheapClass(c byte) []byte {
	var out []byte
	for i, p := range cheap {
		if c == p[0] || c == p[1] {
			out = append(out, byte('0'+i))
		}
	}
	return out
}

// bucketKeys returns the keys under which a form with key k is
// filed: k itself, and for long keys one key per position holding a letter
// of a cheap pair, with that letter replaced by the pair's marker. Two forms
// share a bucket exactly when their keys are equal or differ by one cheap
// substitution.
func bucketKeys(k string) []string {
	keys := []string{"=" + k}
	if len(k) < minCheapLen {
		return keys
	}
	for i := 0; i < len(k); i++ {
		for _, m := range cheapClass(k[i]) {
			keys = append(keys, k[:i]+"#"+string(m)+k[i+1:])
		}
	}
	return keys
}

// Similar reports whether two spellings are transliteration variants of
// each other: they differ only in diacritics, or their keys (mention.Key)
// are equal, or (for keys of at least five
// letters) differ by one substitution that romanisation produces (o/u, g/h,
// g/k); and their folded forms are within a small edit distance. It is the
// string test only; Groups also requires proper-noun use, different sources
// and similar contexts.
func Similar(a, b string) bool {
	la, lb := formKey(a), formKey(b)
	if la == lb {
		return false
	}
	fa, fb := text.Fold(a), text.Fold(b)
	if fa == fb {
		return true // diacritics only: Krakow, Kraków
	}
	ka, kb := mention.KeyFolded(fa), mention.KeyFolded(fb)
	if ka != kb && !oneCheap(ka, kb) {
		return false
	}
	return distance(fa, fb) <= maxDistance(fa, fb)
}

// oneCheap reports whether a and b, of equal length of at least
// minCheapLen, differ in exactly one position by a cheap pair.
func oneCheap(a, b string) bool {
	if len(a) != len(b) || len(a) < minCheapLen {
		return false
	}
	diff := -1
	for i := 0; i < len(a); i++ {
		if a[i] != b[i] {
			if diff >= 0 {
				return false
			}
			diff = i
		}
	}
	if diff < 0 {
		return false
	}
	for _, p := range cheap {
		if (a[diff] == p[0] && b[diff] == p[1]) || (a[diff] == p[1] && b[diff] == p[0]) {
			return true
		}
	}
	return false
}

// maxDistance is the largest edit distance between folded forms that still
// counts as one name: 2, or 3 for words of ten letters or more.
func maxDistance(a, b string) int {
	if min(len([]rune(a)), len([]rune(b))) >= 10 {
		return 3
	}
	return 2
}

// distance is the Levenshtein distance between a and b, in runes.
func distance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}
