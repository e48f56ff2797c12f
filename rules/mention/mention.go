package mention

import (
	"strings"
	"sync"
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
	// Span is the word's exact byte span, without a possessive ’s: the
	// article's text there is the word as written.
	Span article.Span
	// Folded is text.Fold of the word as written.
	Folded string
	// Capital is true when the word starts with an upper-case letter;
	// AllCaps when it has two or more letters, all upper case (NATO, WSJ).
	Capital, AllCaps bool
	// letter is true when the word starts with a letter.
	letter bool
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
	// Span covers the role's words as written: the article's text there
	// is the role as written.
	Span article.Span
	// Key is the role folded, without determiners, possessives and dots,
	// abbreviations expanded: "ukrainian president", "senator".
	Key string
	// head is the index of Head in headNames.
	head uint8
}

// Head returns the role's head noun, singular and expanded: "president";
// "" for none.
func (r *Role) Head() string { return headNames[r.head] }

// Mention is one proper-noun mention: a name, possibly with a role.
type Mention struct {
	// Span covers the name's words (not the role, not a possessive ’s):
	// the article's text there is the name as written.
	Span article.Span
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
	if _, ok := m.givenSurname(); !ok {
		return Token{}, false
	}
	return m.Words[0], true
}

// givenSurname returns the index of the surname's first word and whether
// the name has a given name (see Given); -1 when it has none.
func (m *Mention) givenSurname() (int, bool) {
	s := m.surnameStart()
	if s == 0 || connectors.has(m.Words[0].Folded) {
		return -1, false
	}
	return s, true
}

// Surname returns the last name word with the connectors before it ("bin
// Salman"), as written in txt, the mention's article, and its span.
func (m Mention) Surname(txt string) (string, article.Span) {
	s := m.surnameStart()
	first, last := m.Words[s], m.Words[len(m.Words)-1]
	return txt[first.Span.Start:last.Span.End], article.Span{Start: first.Span.Start, End: last.Span.End}
}

// SurnameKey returns the transliteration key of the surname (see Key).
func (m Mention) SurnameKey() string { return string(appendWordsKey(nil, m.Words[m.surnameStart():])) }

// appendWordsKey appends the key of the words ws, written together, to
// dst.
func appendWordsKey(dst []byte, ws []Token) []byte {
	if len(ws) == 1 {
		return appendKey(dst, ws[0].Folded)
	}
	var b strings.Builder
	for _, w := range ws {
		b.WriteString(w.Folded)
	}
	return appendKey(dst, b.String())
}

// surnameStart is the index of the surname's first word.
func (m Mention) surnameStart() int {
	s := len(m.Words) - 1
	for s > 0 && connectors.has(m.Words[s-1].Folded) {
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

// Mentions is the per-article extractor of proper-noun mentions. It is
// transient: the mentions (and the article's tokens) live in the buffers
// of one extraction until the article is sealed, then the buffers serve
// the next article. What rules keep of them is in People.
var Mentions = &corpus.Extractor[[]Mention]{
	Name:      "mentions",
	Transient: true,
	Run:       func(d *corpus.Doc) []Mention { return analysisOf(d).ms },
}

// analyses is the transient per-article extraction behind Mentions and
// ReadTokens, recycled when the article is sealed.
var analyses = &corpus.Extractor[*scratch]{
	Name:      "mention-analysis",
	Transient: true,
	Run: func(d *corpus.Doc) *scratch {
		s := scratchPool.Get().(*scratch)
		s.analyze(d.Text, sentence.Sentences.Of(d), docWords(d))
		return s
	},
	Recycle: func(s *scratch) { s.release() },
}

// analysisOf returns the analysis of d: the recycled one until d is
// sealed, afterwards one of its own, not recycled.
func analysisOf(d *corpus.Doc) *scratch {
	if s, ok := analyses.Kept(d); ok {
		return s
	}
	s := &scratch{}
	s.analyze(d.Text, sentence.Sentences.Of(d), docWords(d))
	return s
}

// ReadTokens calls f with the tokens of d (see Tokens), shared with the
// mention extraction: f must not change them or keep them after it
// returns.
func ReadTokens(d *corpus.Doc, f func([]Token)) { f(analysisOf(d).tokens) }

// Analyze tokenises the sentences of txt and extracts the mentions. It is
// not cached: use Mentions for per-article results.
func Analyze(txt string, sents []sentence.Sentence) Analysis {
	s := &scratch{}
	s.analyze(txt, sents, func(_ int, s sentence.Sentence) []text.Word { return text.Words(txt, s.Span) })
	return Analysis{Tokens: s.tokens, Mentions: s.ms}
}

// wordsFunc returns the words of sentence i.
type wordsFunc func(i int, s sentence.Sentence) []text.Word

// scratch holds the buffers of one extraction. Extractions reuse them
// through scratchPool once their article is sealed.
type scratch struct {
	// ms are the mentions found, their words pointing into words.
	ms    []Mention
	words []Token
	// tokens are every token of the article, in order.
	tokens []Token
	// roles holds the roles of ms, until mentions copies them.
	roles []Role
	// lower maps the words of sentence-initial and heading mentions to
	// whether the article also writes them in lower case.
	lower map[string]bool
}

// scratchPool holds the buffers of finished extractions.
var scratchPool = sync.Pool{New: func() any { return &scratch{lower: map[string]bool{}} }}

// maxRecycledTokens bounds the token buffers kept for reuse, so that one
// huge article does not pin its buffers for the rest of the run.
const maxRecycledTokens = 1 << 15

// release returns s to scratchPool, keeping no reference to its article
// (strings of the text stay in the buffers until overwritten, but the
// buffers' lengths are zero).
func (s *scratch) release() {
	if cap(s.tokens) > maxRecycledTokens || cap(s.words) > maxRecycledTokens {
		return
	}
	s.ms, s.words, s.tokens, s.roles = s.ms[:0], s.words[:0], s.tokens[:0], s.roles[:0]
	scratchPool.Put(s)
}

// analyze finds the mentions of the sentences, into s.ms, one sentence at a
// time, and lists every token in s.tokens.
func (s *scratch) analyze(txt string, sents []sentence.Sentence, words wordsFunc) {
	s.ms, s.words, s.tokens, s.roles = s.ms[:0], s.words[:0], s.tokens[:0], s.roles[:0]
	// The tokens of one sentence at a time, on the stack for most
	// sentences: writing them there needs no write barrier while the
	// garbage collector runs.
	var buf [128]Token
	for si, sent := range sents {
		toks := appendTokens(buf[:0], txt, words(si, sent), sent, si)
		s.tokens = append(s.tokens, toks...)
		s.ms = appendMentions(s.ms, &s.words, &s.roles, txt, toks)
	}
	// Drop sentence-initial words that the article uses in lower case
	// ("Sources say ..." where "sources" also appears). Only the words of
	// sentence-initial and heading mentions are looked up.
	if s.lower == nil {
		s.lower = map[string]bool{}
	}
	lower := s.lower
	clear(lower)
	var filter wordFilter
	for _, m := range s.ms {
		if m.Initial || m.Heading {
			for _, w := range m.Words {
				lower[w.Folded] = false
				filter.add(w.Folded)
			}
		}
	}
	if len(lower) == 0 {
		return
	}
	for i := range s.tokens {
		if t := &s.tokens[i]; !t.Capital && filter.may(t.Folded) {
			if _, ok := lower[t.Folded]; ok {
				lower[t.Folded] = true
			}
		}
	}
	out := s.ms[:0]
	for _, m := range s.ms {
		for len(m.Words) > 0 && (m.Initial || m.Heading) && lower[m.Words[0].Folded] {
			m = dropFirst(m)
		}
		if len(m.Words) > 0 && !connectors.has(m.Words[0].Folded) {
			out = append(out, m)
		}
	}
	clear(s.ms[len(out):])
	s.ms = out
	clear(lower)
}

// wordFilter is a small Bloom filter of words: may is false for every word
// never added, and seldom true for the others, so that most map look-ups
// are skipped.
type wordFilter [2]uint64

// bit returns the filter bit of w.
func (wordFilter) bit(w string) uint {
	if w == "" {
		return 0
	}
	return (uint(len(w))*31 + uint(w[0])*7 + uint(w[len(w)-1])) & 127
}

func (f *wordFilter) add(w string) {
	b := f.bit(w)
	f[b>>6] |= 1 << (b & 63)
}

func (f *wordFilter) may(w string) bool {
	b := f.bit(w)
	return f[b>>6]&(1<<(b&63)) != 0
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
		in, next, ok := text.Within(regions[r], s.Span, k)
		if !ok {
			return text.Words(d.Text, s.Span)
		}
		k = next
		return in
	}
}

// Tokens returns the tokens of d's sentences, as Mentions reads them, in a
// slice of its own.
func Tokens(d *corpus.Doc) []Token { return AppendTokens(nil, d) }

// AppendTokens appends the tokens of d (see Tokens) to dst and returns the
// extended slice, so that a caller can reuse one buffer for many articles.
func AppendTokens(dst []Token, d *corpus.Doc) []Token {
	ReadTokens(d, func(toks []Token) { dst = append(dst, toks...) })
	return dst
}

// dropFirst removes the first word of m.
func dropFirst(m Mention) Mention {
	m.Words = m.Words[1:]
	m.Initial = false
	for len(m.Words) > 0 && connectors.has(m.Words[0].Folded) {
		m.Words = m.Words[1:]
	}
	if len(m.Words) == 0 {
		return m
	}
	m.Span.Start = m.Words[0].Span.Start
	return m
}

// appendTokens turns the words of sentence s (index si) into tokens and
// appends them.
func appendTokens(out []Token, txt string, words []text.Word, s sentence.Sentence, si int) []Token {
	var buf [8]part
	for wi, w := range words {
		initial := wi == 0 || opensClause(txt[words[wi-1].Span.End:w.Span.Start])
		if strings.IndexByte(w.Folded, '-') < 0 {
			out = append(out, Token{})
			setToken(&out[len(out)-1], part{w.Span, w.Text, w.Folded}, s.Heading, si, initial, false)
			continue
		}
		for pi, p := range appendParts(buf[:0], w) {
			out = append(out, Token{})
			setToken(&out[len(out)-1], p, s.Heading, si, initial && pi == 0, pi > 0)
		}
	}
	return out
}

// setToken sets every field of *t to the token of one word part.
func setToken(t *Token, p part, heading bool, si int, initial, joined bool) {
	text, folded, span, possessive := stripPossessive(p.Text, p.Folded, p.Span)
	// Field by field: a struct assignment would copy through a temporary.
	t.Span, t.Folded = span, folded
	t.Heading, t.Sentence, t.Joined, t.Initial, t.Possessive = heading, si, joined, initial, possessive
	t.AllCaps = allCaps(text)
	if text != "" && text[0] < utf8.RuneSelf {
		c := text[0]
		upper := 'A' <= c && c <= 'Z'
		t.Capital, t.letter = upper, upper || 'a' <= c && c <= 'z'
		return
	}
	r, _ := utf8.DecodeRuneInString(text)
	t.Capital, t.letter = unicode.IsUpper(r), unicode.IsLetter(r)
}

// opensClause reports whether the gap before a word starts a new clause for
// capitalisation: the start of the sentence, an opening quote, a colon.
func opensClause(gap string) bool {
	if gap == " " {
		return false // the common case
	}
	// Trim trailing spaces, tabs and no-break spaces (U+00A0 is C2 A0).
	i := len(gap)
	for i > 0 {
		switch c := gap[i-1]; {
		case c == ' ' || c == '\t':
			i--
			continue
		case c == 0xA0 && i >= 2 && gap[i-2] == 0xC2:
			i -= 2
			continue
		}
		break
	}
	g := gap[:i]
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

// appendParts appends the parts of a hyphenated word to out.
func appendParts(out []part, w text.Word) []part {
	k := len(out)
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
	parts := out[k:]
	if strings.Count(w.Folded, "-")+1 == len(parts) {
		f := w.Folded
		for i := range parts {
			j := strings.IndexByte(f, '-')
			if j < 0 {
				parts[i].Folded = f
				continue
			}
			parts[i].Folded, f = f[:j], f[j+1:]
		}
	} else {
		for i := range parts {
			parts[i].Folded = text.Fold(parts[i].Text)
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
	for i := 0; i < len(w); i++ {
		c := w[i]
		switch {
		case c >= utf8.RuneSelf:
			return allCapsRunes(w)
		case 'a' <= c && c <= 'z':
			return false
		case 'A' <= c && c <= 'Z':
			n++
		}
	}
	return n >= 2
}

// allCapsRunes is allCaps for any text.
func allCapsRunes(w string) bool {
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
