package claim

import (
	"strings"

	"github.com/srclint/srclint/rules/article"
	"github.com/srclint/srclint/rules/corpus"
	"github.com/srclint/srclint/rules/text"
)

// Index maps every term key (Term.Keys and Term.Extra) to the sorted
// indexes of the documents carrying it. Outlet names are left out.
var Index = &corpus.Index[map[string][]int]{Name: "claim-index", Run: func(c *corpus.Corpus) map[string][]int {
	idx := map[string][]int{}
	for _, d := range c.Docs {
		keys := DocKeys(d)
		for i := range keys.Len() {
			k := keys.At(i)
			idx[k] = append(idx[k], d.Index)
		}
	}
	return idx
}}

// DocKeys returns the sorted distinct term keys of d's claims (Term.Keys
// and Term.Extra), outlet names left out. They are computed with the
// claims, once an article.
func DocKeys(d *corpus.Doc) KeySet {
	x := &extracted.Of(d).details
	if x.ndoc == 0 {
		return KeySet{}
	}
	return KeySet{x, x.ndoc}
}

// KeySet is an article's sorted distinct keys (DocKeys), read by
// position. The zero KeySet is empty.
type KeySet struct {
	x *Details // the article's details, whose first n keys are the set
	n int32
}

// Len returns the number of keys.
func (k KeySet) Len() int { return int(k.n) }

// At returns the i-th key: keys sort in the order of i.
func (k KeySet) At(i int) string {
	if i < 0 || i >= int(k.n) {
		panic("claim: KeySet index out of range")
	}
	return k.x.key(int32(i))
}

// IsOutlet reports whether the folded phrase names a well-known news
// organisation ("wsj", "the wall street journal", "axios").
func IsOutlet(folded string) bool {
	return outlets[strings.TrimPrefix(folded, "the ")]
}

// BodyWords is the per-article extractor of the words of the linted body,
// for phrase searches that must not tokenise an article twice. Transient,
// like corpus.Words.
var BodyWords = &corpus.Extractor[[]text.Word]{Name: "body-words", Transient: true, Run: func(d *corpus.Doc) []text.Word {
	regions := corpus.Words.Of(d)
	if len(regions) == 1 {
		return regions[0]
	}
	var out []text.Word
	for _, ws := range regions {
		out = append(out, ws...)
	}
	return out
}}

// Mentions returns the spans where d's body names phrase (see FindPhrase).
// An article whose WordFilter lacks one of the phrase's words is answered
// without tokenising it again.
func Mentions(d *corpus.Doc, phrase string) []article.Span {
	want := phraseWords(phrase)
	if len(want) == 0 {
		return nil
	}
	f := WordFilter.Of(d)
	for _, w := range want {
		if !f.mayHold(w) {
			return nil
		}
	}
	return findWords(BodyWords.Of(d), want)
}

// filterBits is the size of a WordFilter: 8192 bits keep false positives
// near 1% for the few hundred distinct words of a news article.
const filterBits = 8192

// Filter is a Bloom filter of the words of an article's body, in the
// forms phrase matching compares (folded, without a trailing possessive,
// without dots). It answers "certainly absent" or "maybe present".
type Filter struct {
	bits [filterBits / 64]uint64
}

// WordFilter is the per-article extractor of the body's word filter, kept
// for the whole run (1 KiB an article) so that phrase searches after the
// word lists were dropped can skip most articles.
var WordFilter = &corpus.Extractor[*Filter]{Name: "word-filter", Run: func(d *corpus.Doc) *Filter {
	f := &Filter{}
	for _, ws := range corpus.Words.Of(d) {
		for _, w := range ws {
			f.add(w.Folded)
			if t := strings.TrimSuffix(strings.TrimSuffix(w.Folded, "'s"), "'"); len(t) < len(w.Folded) {
				f.add(t)
			}
		}
	}
	return f
}}

// probes returns the filter's three bit positions for s without its dots
// (FNV-1a, split into two hashes for double hashing).
func probes(s string) [3]uint32 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		if s[i] == '.' {
			continue
		}
		h ^= uint64(s[i])
		h *= 1099511628211
	}
	h1, h2 := uint32(h), uint32(h>>32)|1
	return [3]uint32{h1 % filterBits, (h1 + h2) % filterBits, (h1 + 2*h2) % filterBits}
}

// add adds s, without its dots.
func (f *Filter) add(s string) {
	for _, p := range probes(s) {
		f.bits[p/64] |= 1 << (p % 64)
	}
}

// mayHold reports whether s, without its dots, may be among the filter's
// words; false is certain.
func (f *Filter) mayHold(s string) bool {
	for _, p := range probes(s) {
		if f.bits[p/64]&(1<<(p%64)) == 0 {
			return false
		}
	}
	return true
}

// withoutDots removes dots (strings.ReplaceAll returns s itself when
// there are none).
func withoutDots(s string) string { return strings.ReplaceAll(s, ".", "") }

// FindPhrase returns the spans in txt[spans] where phrase occurs as whole
// words, compared folded (case, diacritics, apostrophes, a trailing
// possessive). Empty phrases match nothing.
func FindPhrase(txt string, spans []article.Span, phrase string) []article.Span {
	if spans == nil {
		spans = []article.Span{{Start: 0, End: len(txt)}}
	}
	var out []article.Span
	for _, sp := range spans {
		out = append(out, findIn(text.Words(txt, sp), phrase)...)
	}
	return out
}

// findIn finds phrase in a run of words.
func findIn(ws []text.Word, phrase string) []article.Span {
	return findWords(ws, phraseWords(phrase))
}

// phraseWords are the folded words of phrase, stripped of punctuation.
func phraseWords(phrase string) []string {
	want := strings.Fields(text.Fold(phrase))
	for i := range want {
		want[i] = strings.Trim(want[i], ".,;:!?\"'")
	}
	return want
}

// findWords finds the run of words want in ws: each word matches folded,
// with or without a trailing possessive, with or without dots.
func findWords(ws []text.Word, want []string) []article.Span {
	if len(want) == 0 {
		return nil
	}
	var out []article.Span
next:
	for i := 0; i+len(want) <= len(ws); i++ {
		for k, w := range want {
			got := strings.TrimSuffix(strings.TrimSuffix(ws[i+k].Folded, "'s"), "'")
			if got != w && ws[i+k].Folded != w && withoutDots(got) != withoutDots(w) {
				continue next
			}
		}
		out = append(out, article.Span{Start: ws[i].Span.Start, End: ws[i+len(want)-1].Span.End})
	}
	return out
}

// VariantKeys maps the term key of every single-word spelling in groups to
// the keys of all spellings of its group ("t:kiev" → ["t:kyiv", "t:kiev"]),
// so that support for a term is found under any of its spellings.
func VariantKeys(groups [][]string) map[string][]string {
	out := map[string][]string{}
	for _, g := range groups {
		var keys []string
		for _, v := range g {
			if f := text.Fold(strings.TrimSpace(v)); f != "" && !strings.Contains(f, " ") {
				keys = append(keys, "t:"+Singular(f))
			}
		}
		for _, k := range keys {
			out[k] = append(out[k], keys...)
		}
	}
	return out
}

// AppendTo appends the keys to dst and returns the extended slice. The
// strings share the article's key table: nothing is copied.
func (k KeySet) AppendTo(dst []string) []string {
	for i := range k.Len() {
		dst = append(dst, k.At(i))
	}
	return dst
}
