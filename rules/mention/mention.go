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
	Run: func(d *corpus.Doc) []Mention {
		return analyze(d.Text, sentence.Sentences.Of(d), docWords(d)).Mentions
	},
}

// Analyze tokenises the sentences of txt and extracts the mentions. It is
// not cached: use Mentions for per-article results.
func Analyze(txt string, sents []sentence.Sentence) Analysis {
	return analyze(txt, sents, func(_ int, s sentence.Sentence) []text.Word { return text.Words(txt, s.Span) })
}

// wordsFunc returns the words of sentence i.
type wordsFunc func(i int, s sentence.Sentence) []text.Word

func analyze(txt string, sents []sentence.Sentence, words wordsFunc) Analysis {
	ws, n := sentenceWords(sents, words)
	a := Analysis{Tokens: make([]Token, 0, n)}
	for si, s := range sents {
		first := len(a.Tokens)
		a.Tokens = appendTokens(a.Tokens, txt, ws[si], s, si)
		toks := a.Tokens[first:]
		a.Mentions = appendMentions(a.Mentions, txt, toks)
	}
	// Drop sentence-initial words that the article uses in lower case
	// ("Sources say ..." where "sources" also appears). Only the words of
	// sentence-initial and heading mentions are looked up.
	var lower map[string]bool
	for _, m := range a.Mentions {
		if m.Initial || m.Heading {
			if lower == nil {
				lower = map[string]bool{}
			}
			for _, w := range m.Words {
				lower[w.Folded] = false
			}
		}
	}
	if lower == nil {
		return a
	}
	for _, t := range a.Tokens {
		if _, ok := lower[t.Folded]; ok && !t.Capital {
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

// docWords returns the words of each sentence of d, read from the shared
// corpus.Words where tokenising the sentence alone gives the same words
// (no word of the linted region straddles the sentence's ends), else
// tokenised afresh. Sentences must be asked for in order.
func docWords(d *corpus.Doc) wordsFunc {
	regions := corpus.Words.Of(d)
	r, k := 0, 0
	return func(_ int, s sentence.Sentence) []text.Word {
		for r < len(d.Body) && r < len(regions) && d.Body[r].End <= s.Span.Start {
			r, k = r+1, 0
		}
		if r >= len(d.Body) || r >= len(regions) || s.Span.Start < d.Body[r].Start || s.Span.End > d.Body[r].End {
			return text.Words(d.Text, s.Span)
		}
		ws := regions[r]
		for k < len(ws) && ws[k].Span.End <= s.Span.Start {
			k++
		}
		j := k
		for j < len(ws) && ws[j].Span.End <= s.Span.End {
			j++
		}
		straddles := k < len(ws) && ws[k].Span.Start < s.Span.Start || j < len(ws) && ws[j].Span.Start < s.Span.End
		if straddles {
			return text.Words(d.Text, s.Span)
		}
		out := ws[k:j:j]
		k = j
		return out
	}
}

// Tokens tokenises the sentences of d as Mentions does, without looking
// for mentions.
func Tokens(d *corpus.Doc) []Token {
	sents := sentence.Sentences.Of(d)
	ws, n := sentenceWords(sents, docWords(d))
	out := make([]Token, 0, n)
	for si, s := range sents {
		out = appendTokens(out, d.Text, ws[si], s, si)
	}
	return out
}

// sentenceWords returns the words of every sentence and an upper bound of
// the number of tokens they make (hyphenated words make one per part), so
// that the token list is allocated once.
func sentenceWords(sents []sentence.Sentence, words wordsFunc) ([][]text.Word, int) {
	ws := make([][]text.Word, len(sents))
	n := 0
	for si, s := range sents {
		ws[si] = words(si, s)
		for _, w := range ws[si] {
			n += 1 + strings.Count(w.Folded, "-")
		}
	}
	return ws, n
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

// appendTokens turns the words of sentence s (index si) into tokens and
// appends them.
func appendTokens(out []Token, txt string, words []text.Word, s sentence.Sentence, si int) []Token {
	for wi, w := range words {
		initial := wi == 0 || opensClause(txt[words[wi-1].Span.End:w.Span.Start])
		if !strings.Contains(w.Folded, "-") {
			out = append(out, token(part{w.Span, w.Text, w.Folded}, s.Heading, si, initial, false))
			continue
		}
		for pi, p := range splitHyphens(w) {
			out = append(out, token(p, s.Heading, si, initial && pi == 0, pi > 0))
		}
	}
	return out
}

// token builds the token of one word part.
func token(p part, heading bool, si int, initial, joined bool) Token {
	t := Token{Span: p.Span, Text: p.Text, Folded: p.Folded, Heading: heading, Sentence: si, Joined: joined, Initial: initial}
	t.Text, t.Folded, t.Span, t.Possessive = stripPossessive(t.Text, t.Folded, t.Span)
	r, _ := utf8.DecodeRuneInString(t.Text)
	t.Capital = unicode.IsUpper(r)
	t.AllCaps = allCaps(t.Text)
	return t
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
