package quote

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/srclint/srclint/rules/article"
	"github.com/srclint/srclint/rules/text"
)

// tokKind is the kind of a comparison token.
type tokKind uint8

const (
	tokWord    tokKind = iota
	tokElision         // …, ..., [...], […]
	tokBracket         // [you], [the plan]: an editorial insertion
)

// tok is one comparison token of a quote or of unquoted text.
type tok struct {
	kind tokKind
	// norm is the cosmetic-insensitive form: folded, dots removed,
	// abbreviations expanded ("Sen." → "senator", "U.S." → "us").
	norm string
	span article.Span
}

// abbreviations maps abbreviated forms (folded, without dots) to the form
// they are compared as.
var abbreviations = map[string]string{
	"sen": "senator", "sens": "senators", "rep": "representative", "reps": "representatives", "gov": "governor",
	"gen": "general", "lt": "lieutenant", "col": "colonel", "sgt": "sergeant", "capt": "captain", "adm": "admiral",
	"dr": "doctor", "prof": "professor", "st": "saint", "mt": "mount", "ft": "fort", "jan": "january", "feb": "february",
	"mar": "march", "apr": "april", "jun": "june", "jul": "july", "aug": "august", "sep": "september",
	"sept": "september", "oct": "october", "nov": "november", "dec": "december", "govt": "government",
	"dept": "department", "usa": "us",
}

// maxAbbreviation is the length of the longest key of abbreviations: a
// longer word is not looked up.
const maxAbbreviation = 4

// normWord returns the comparison form of one folded word part.
func normWord(f string) string {
	if strings.IndexByte(f, '.') >= 0 {
		f = strings.ReplaceAll(f, ".", "")
	}
	if strings.IndexByte(f, '\'') >= 0 {
		f = strings.ReplaceAll(f, "'", "")
	}
	if len(f) <= maxAbbreviation {
		if a, ok := abbreviations[f]; ok {
			return a
		}
	}
	return f
}

// tokenize appends the comparison tokens of the pieces of src's text to out. Elision
// marks and bracketed insertions become their own tokens; words are split at
// hyphens so that "good-faith" and "good faith" compare equal.
func tokenize(out []tok, src *wordSource, pieces []article.Span) []tok {
	txt := src.txt
	for _, p := range pieces {
		i := p.Start
		seg := p.Start
		for i < p.End {
			kind, n := marker(txt[i:p.End])
			if n == 0 {
				i++
				continue
			}
			out = appendWords(out, src, article.Span{Start: seg, End: i})
			t := tok{kind: kind, span: article.Span{Start: i, End: i + n}}
			if kind == tokBracket {
				t.norm = text.Fold(txt[i+1 : i+n-1])
			}
			out = append(out, t)
			i += n
			seg = i
		}
		out = appendWords(out, src, article.Span{Start: seg, End: p.End})
	}
	return out
}

// marker returns the elision or bracket that s starts with and its length.
func marker(s string) (tokKind, int) {
	switch {
	case strings.HasPrefix(s, "…"):
		return tokElision, len("…")
	case strings.HasPrefix(s, "..."):
		n := 3
		for n < len(s) && s[n] == '.' {
			n++
		}
		return tokElision, n
	case strings.HasPrefix(s, ". . ."):
		return tokElision, 5
	case strings.HasPrefix(s, "["):
		end := strings.IndexByte(s, ']')
		if end < 0 || end > 80 {
			return 0, 0
		}
		inner := strings.TrimSpace(s[1:end])
		if inner == "…" || inner == "..." || inner == ". . ." || inner == "" {
			return tokElision, end + 1
		}
		return tokBracket, end + 1
	}
	return 0, 0
}

// appendWords appends the words of span s, split at hyphens.
func appendWords(out []tok, src *wordSource, s article.Span) []tok {
	if s.Start >= s.End {
		return out
	}
	txt := src.txt
	ws := src.in(s)
	out = slices.Grow(out, len(ws))
	for _, w := range ws {
		if strings.IndexByte(w.Folded, '-') < 0 {
			if n := normWord(w.Folded); n != "" {
				out = append(out, tok{kind: tokWord, norm: n, span: w.Span})
			}
			continue
		}
		start := w.Span.Start
		for i := w.Span.Start; ; {
			var r rune
			n := 0
			if i < w.Span.End {
				r, n = utf8.DecodeRuneInString(txt[i:])
			}
			if i == w.Span.End || text.IsHyphen(r) || r == '\u2012' {
				if i > start {
					if nw := normWord(text.Fold(txt[start:i])); nw != "" {
						out = append(out, tok{kind: tokWord, norm: nw, span: article.Span{Start: start, End: i}})
					}
				}
				if i == w.Span.End {
					break
				}
				start = i + n
			}
			i += n
		}
	}
	return out
}

// stopwords are left out of the content words that find counterparts.
var stopwords = set("a", "an", "the", "and", "or", "but", "of", "to", "in", "on", "at", "for", "with", "by", "from",
	"as", "is", "are", "was", "were", "be", "been", "being", "it", "its", "this", "that", "these", "those", "he", "she",
	"they", "we", "you", "i", "his", "her", "their", "our", "your", "my", "me", "us", "him", "them", "not", "no", "do",
	"does", "did", "have", "has", "had", "will", "would", "can", "could", "should", "may", "might", "must", "so", "if",
	"than", "then", "there", "here", "what", "which", "who", "whom", "whose", "when", "where", "why", "how", "all",
	"any", "some", "more", "most", "very", "just", "also", "about", "into", "over", "up", "out", "said", "says", "s")

// stem reduces a normalized word for the content-word comparison that
// finds reworded counterparts ("authored" ~ "author", "proposals" ~
// "proposal"). It is never used to decide that two quotes are the same.
func stem(w string) string {
	switch {
	case len(w) > 5 && strings.HasSuffix(w, "ing"):
		return w[:len(w)-3]
	case len(w) > 4 && strings.HasSuffix(w, "ed"):
		return w[:len(w)-2]
	case len(w) > 4 && strings.HasSuffix(w, "ly"):
		return w[:len(w)-2]
	case len(w) > 4 && strings.HasSuffix(w, "ies"):
		return w[:len(w)-3] + "y"
	case len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss"):
		return w[:len(w)-1]
	}
	return w
}

// content returns the stems of the content words of ts, with repeats,
// sorted.
func content(ts []tok) []string {
	n := 0
	for _, t := range ts {
		if t.kind == tokWord && len(t.norm) > 1 && !stopwords[t.norm] {
			n++
		}
	}
	if n == 0 {
		return nil
	}
	out := make([]string, 0, n)
	for _, t := range ts {
		if t.kind == tokWord && len(t.norm) > 1 && !stopwords[t.norm] {
			out = append(out, stem(t.norm))
		}
	}
	slices.Sort(out)
	return out
}
