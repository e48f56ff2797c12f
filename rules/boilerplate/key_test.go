package boilerplate

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/srclint/srclint/internal/seedtest"
	"github.com/srclint/srclint/rules/article"
	"github.com/srclint/srclint/rules/text"
)

// The fast line analysis is checked against plain rune-by-rune versions of
// the same definitions.

func refFold(s string) string {
	var b strings.Builder
	one := func(r rune) {
		switch {
		case unicode.Is(unicode.Mn, r):
		case text.IsApostrophe(r):
			b.WriteByte('\'')
		case text.IsHyphen(r) || r == '\u2012':
			b.WriteByte('-')
		case unicode.IsSpace(r):
			b.WriteByte(' ')
		default:
			b.WriteRune(unicode.ToLower(r))
		}
	}
	for i, r := range s {
		if r < utf8.RuneSelf {
			if 'A' <= r && r <= 'Z' {
				r += 'a' - 'A'
			}
			b.WriteByte(byte(r))
			continue
		}
		if d := norm.NFKD.PropertiesString(s[i:]).Decomposition(); d != nil {
			for _, dr := range string(d) {
				one(dr)
			}
			continue
		}
		one(r)
	}
	return b.String()
}

func refKey(s string) string {
	return hashDigits(trimDecoration(collapse(refFold(s)), true, true, false))
}

// refBioLine is bioLine as first written: all of the first five fields,
// and the whole tail folded.
func refBioLine(raw string, key []byte, words int) bool {
	if words < 4 {
		return false
	}
	if words <= 120 {
		fields := strings.FieldsFunc(raw, isSpace)
		for i := 1; i <= 4 && i < len(fields); i++ {
			first, _ := utf8.DecodeRuneInString(fields[i-1])
			if !unicode.IsUpper(first) {
				break
			}
			if bioVerbs[strings.ToLower(fields[i])] {
				for _, f := range strings.Fields(string(key)) {
					if bioRoles[strings.TrimFunc(f, func(r rune) bool { return !unicode.IsLetter(r) })] {
						return true
					}
				}
				break
			}
		}
	}
	if words < 6 {
		return false
	}
	tail := strings.TrimRightFunc(collapse(refFold(raw)), isSpace)
	for _, t := range teaserEnds {
		if strings.HasSuffix(tail, t) {
			return true
		}
	}
	return false
}

func refQuoteState(s string, open bool) bool {
	for _, r := range s {
		switch r {
		case '“', '„', '«':
			open = true
		case '”', '»':
			open = false
		case '"':
			open = !open
		}
	}
	return open
}

func checkLine(t *testing.T, s string) {
	t.Helper()
	if got, want := fold(s), refFold(s); got != want {
		t.Errorf("fold(%q) = %q, want %q", s, got, want)
	}
	if got, want := normalizeLine(s), refKey(s); got != want {
		t.Errorf("normalizeLine(%q) = %q, want %q", s, got, want)
	}
	if got, want := string(appendLineKey([]byte("prefix"), s)), "prefix"+refKey(s); got != want {
		t.Errorf("appendLineKey(prefix, %q) = %q, want %q", s, got, want)
	}
	raw := strings.TrimFunc(s, isSpace)
	key := appendLineKey(nil, raw)
	for _, words := range []int{len(text.Words(raw, article.Span{End: len(raw)})), 4, 6, 121} {
		if got, want := bioLine(raw, key, words), refBioLine(raw, key, words); got != want {
			t.Errorf("bioLine(%q, %d words) = %v, want %v", raw, words, got, want)
		}
	}
	for _, open := range []bool{false, true} {
		if got, want := quoteState(s, open), refQuoteState(s, open); got != want {
			t.Errorf("quoteState(%q, %v) = %v, want %v", s, open, got, want)
		}
	}
}

var keySamples = []string{
	"", " ", "Leave a Reply", "  — Share this —  ", "© 2025 Latest NewsX. All rights reserved.",
	"Zelenskÿ’s son‑in‑law", "current… More »", "CAFÉ déjà vu", "Ⅻ ﬁne ½", "Kyiv\u00a0Post\u200b",
	"İstanbul", "\xff\xfe Share this", "1,000.5 people, 3.", "Page 2 of 10 »", "“Quoted” and \"straight",
	"x\ufeff\ty\n", "• Home | World", "it's a 'test'-case.", "e\u0301te\u0301", "ΑΘΗΝΑ Σ",
	"Jane Doe is a Writer and the editor of X.", "Jane\u00a0Q. Doe\u200bwrites for the Post as a reporter",
	"The war goes on… MORE »", "Read more", "and so on [\u2026]", "and on … more", "then more >>",
	"then more \uff1e\uff1e", "see more\u0301", "\u00c9 Jane was a freelancer", "ÉLAN Joined as Intern",
}

func TestLineKeyAgrees(t *testing.T) {
	for _, s := range keySamples {
		checkLine(t, s)
	}
	for _, txt := range seedtest.Texts(t) {
		for _, line := range strings.Split(txt, "\n") {
			checkLine(t, line)
		}
	}
}

func FuzzLineKey(f *testing.F) {
	for _, s := range keySamples {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) { checkLine(t, s) })
}
