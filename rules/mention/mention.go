package mention

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/srclint/srclint/rules/article"
	"github.com/srclint/srclint/rules/corpus"
	"github.com/srclint/srclint/rules/sentence"
	"github.com/srclint/srclint/rules/text"
)

// Token is one word of an article as name extraction sees it: a word of
// text.Words, split at hyphens (Witkoff-Kushner is two tokens), with a
// possessive ending removed, and its place in the sentence.
type Token struct {
	// Span is the word's exact byte span, without a possessive ’s.
	Span article.Span
	// Text is the word as written; Folded is text.Fold(Text).
	Text, Folded string
	// Capital is true when the word starts with an upper-case letter;
	// AllCaps when it has two or more letters, all upper case (NATO, WSJ).
	Capital, AllCaps bool
	// Initial is true for the first word of a sentence, and for a word
	// after an opening quote or a colon: its capital says nothing.
	Initial bool
	// Heading is true for a word of a headline, section title or byline.
	Heading bool
	// Possessive is true when ’s or 's followed the word.
	Possessive bool
	// Joined is true when a hyphen joins the word to the previous one.
	Joined bool
	// Sentence is the index of the word's sentence (sentence.Sentences).
	Sentence int
}

// Role is a title or role attached to a name: "Ukrainian President",
// "Sen.", "special envoy", "Secretary of State", "a farmer".
type Role struct {
	// Span covers the role's words as written.
	Span article.Span
	// Text is the role as written.
	Text string
	// Key is the role folded, without determiners, possessives and dots,
	// abbreviations expanded: "ukrainian president", "senator".
	Key string
	// Head is the role's head noun, singular and expanded: "president".
	Head string
}

// Mention is one proper-noun mention: a name, possibly with a role.
type Mention struct {
	// Span covers the name's words (not the role, not a possessive ’s).
	Span article.Span
	// Text is the name as written.
	Text string
	// Words are the name's words, connectors (bin, von) included.
	Words []Token
	// Role is the title or role around the name, if any.
	Role *Role
	// Initial is true when the name's first word starts a sentence.
	Initial bool
	// Heading is true when the mention is in a headline or title line.
	Heading bool
	// Possessive is true when the name is followed by ’s.
	Possessive bool
}

// Given returns the first word of a name of two or more words (Volodymyr in
// "Volodymyr Zelensky"), or false.
func (m Mention) Given() (Token, bool) {
	s := m.surnameStart()
	if s == 0 || connectors[m.Words[0].Folded] {
		return Token{}, false
	}
	return m.Words[0], true
}

// Surname returns the last name word with the connectors before it ("bin
// Salman"), as written, and its span.
func (m Mention) Surname() (string, article.Span) {
	s := m.surnameStart()
	first, last := m.Words[s], m.Words[len(m.Words)-1]
	return m.Text[first.Span.Start-m.Span.Start : last.Span.End-m.Span.Start], article.Span{Start: first.Span.Start, End: last.Span.End}
}

// SurnameKey returns the transliteration key of the surname (see Key).
func (m Mention) SurnameKey() string {
	var b strings.Builder
	for _, w := range m.Words[m.surnameStart():] {
		b.WriteString(w.Folded)
	}
	return KeyFolded(b.String())
}

// surnameStart is the index of the surname's first word.
func (m Mention) surnameStart() int {
	s := len(m.Words) - 1
	for s > 0 && connectors[m.Words[s-1].Folded] {
		s--
	}
	return s
}

// Analysis is everything extraction finds in one article.
type Analysis struct {
	// Tokens are the article's words in order.
	Tokens []Token
	// Mentions are the proper-noun mentions in order.
	Mentions []Mention
}

// Mentions is the per-article extractor of proper-noun mentions.
var Mentions = &corpus.Extractor[[]Mention]{
	Name: "mentions",
	Run:  func(d *corpus.Doc) []Mention { return Analyze(d.Text, sentence.Sentences.Of(d)).Mentions },
}

// Analyze tokenises the sentences of txt and extracts the mentions. It is
// not cached: use Mentions for per-article results; variant discovery calls
// it directly so that the token list is not kept for every article.
func Analyze(txt string, sents []sentence.Sentence) Analysis {
	var a Analysis
	for si, s := range sents {
		first := len(a.Tokens)
		a.Tokens = appendTokens(a.Tokens, txt, s, si)
		toks := a.Tokens[first:]
		a.Mentions = appendMentions(a.Mentions, txt, toks)
	}
	// Drop sentence-initial words that the article uses in lower case
	// ("Sources say ..." where "sources" also appears).
	lower := map[string]bool{}
	for _, t := range a.Tokens {
		if !t.Capital {
			lower[t.Folded] = true
		}
	}
	out := a.Mentions[:0]
	for _, m := range a.Mentions {
		for len(m.Words) > 0 && (m.Initial || m.Heading) && lower[m.Words[0].Folded] {
			m = dropFirst(txt, m)
		}
		if len(m.Words) > 0 && !connectors[m.Words[0].Folded] {
			out = append(out, m)
		}
	}
	a.Mentions = out
	return a
}

// dropFirst removes the first word of m.
func dropFirst(txt string, m Mention) Mention {
	m.Words = m.Words[1:]
	m.Initial = false
	for len(m.Words) > 0 && connectors[m.Words[0].Folded] {
		m.Words = m.Words[1:]
	}
	if len(m.Words) == 0 {
		return m
	}
	m.Span.Start = m.Words[0].Span.Start
	m.Text = txt[m.Span.Start:m.Span.End]
	return m
}

// appendTokens tokenises sentence s (index si) and appends its tokens.
func appendTokens(out []Token, txt string, s sentence.Sentence, si int) []Token {
	words := text.Words(txt, s.Span)
	for wi, w := range words {
		initial := wi == 0 || opensClause(txt[words[wi-1].Span.End:w.Span.Start])
		parts := splitHyphens(w)
		for pi, p := range parts {
			t := Token{Span: p.Span, Text: p.Text, Folded: p.Folded, Heading: s.Heading, Sentence: si, Joined: pi > 0}
			t.Initial = initial && pi == 0
			t.Text, t.Folded, t.Span, t.Possessive = stripPossessive(t.Text, t.Folded, t.Span)
			r, _ := utf8.DecodeRuneInString(t.Text)
			t.Capital = unicode.IsUpper(r)
			t.AllCaps = allCaps(t.Text)
			out = append(out, t)
		}
	}
	return out
}

// opensClause reports whether the gap before a word starts a new clause for
// capitalisation: the start of the sentence, an opening quote, a colon.
func opensClause(gap string) bool {
	g := strings.TrimRight(gap, " \t\u00a0")
	if g == "" {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(g)
	switch r {
	case '"', '“', '‘', '«', '(', '[', ':', '—', '–', '\n', '\r':
		return true
	case '\'':
		// A straight quote opens a quotation after white space.
		return strings.HasSuffix(g, " '")
	}
	return false
}

type part struct {
	Span         article.Span
	Text, Folded string
}

// splitHyphens splits a hyphenated word into its parts.
func splitHyphens(w text.Word) []part {
	if !strings.ContainsAny(w.Folded, "-") {
		return []part{{w.Span, w.Text, w.Folded}}
	}
	var out []part
	start := 0
	for i, r := range w.Text {
		if text.IsHyphen(r) {
			if i > start {
				out = append(out, part{Span: article.Span{Start: w.Span.Start + start, End: w.Span.Start + i}, Text: w.Text[start:i]})
			}
			start = i + utf8.RuneLen(r)
		}
	}
	if start < len(w.Text) {
		out = append(out, part{Span: article.Span{Start: w.Span.Start + start, End: w.Span.End}, Text: w.Text[start:]})
	}
	folded := strings.Split(w.Folded, "-")
	if len(folded) == len(out) {
		for i := range out {
			out[i].Folded = folded[i]
		}
	} else {
		for i := range out {
			out[i].Folded = text.Fold(out[i].Text)
		}
	}
	return out
}

// stripPossessive removes a trailing ’s or 's.
func stripPossessive(t, f string, sp article.Span) (string, string, article.Span, bool) {
	if len(f) < 3 || !strings.HasSuffix(f, "'s") {
		return t, f, sp, false
	}
	r, n := utf8.DecodeLastRuneInString(t)
	if r != 's' && r != 'S' {
		return t, f, sp, false
	}
	a, m := utf8.DecodeLastRuneInString(t[:len(t)-n])
	if !text.IsApostrophe(a) {
		return t, f, sp, false
	}
	cut := n + m
	return t[:len(t)-cut], f[:len(f)-2], article.Span{Start: sp.Start, End: sp.End - cut}, true
}

// allCaps reports whether w has at least two letters, all upper case.
func allCaps(w string) bool {
	n := 0
	for _, r := range w {
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return false
			}
			n++
		}
	}
	return n >= 2
}
