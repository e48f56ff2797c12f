package claim

import (
	"slices"
	"strings"
	"sync"

	"github.com/srclint/srclint/rules/article"
	"github.com/srclint/srclint/rules/corpus"
	"github.com/srclint/srclint/rules/text"
)

// Index maps every term key (Term.Keys and Term.Extra) to the sorted
// indexes of the documents carrying it. Outlet names are left out.
var Index = &corpus.Index[map[string][]int]{Name: "claim-index", Run: func(c *corpus.Corpus) map[string][]int {
	idx := map[string][]int{}
	for _, d := range c.Docs {
		for _, k := range DocKeys(d) {
			idx[k] = append(idx[k], d.Index)
		}
	}
	return idx
}}

// DocKeys returns the sorted distinct term keys of d's claims.
func DocKeys(d *corpus.Doc) []string {
	seen := keySets.Get().(map[string]struct{})
	defer func() {
		clear(seen)
		keySets.Put(seen)
	}()
	for _, c := range Claims.Of(d) {
		for _, t := range c.Terms {
			if t.Outlet {
				continue
			}
			for _, k := range t.Keys {
				seen[k] = struct{}{}
			}
			for _, k := range t.Extra {
				seen[k] = struct{}{}
			}
		}
	}
	if len(seen) == 0 {
		return nil
	}
	out := make([]string, 0, len(seen))
	for k := range seen {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}

// keySets are DocKeys's reusable sets.
var keySets = sync.Pool{New: func() any { return map[string]struct{}{} }}

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
func Mentions(d *corpus.Doc, phrase string) []article.Span {
	return findIn(BodyWords.Of(d), phrase)
}

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
	want := strings.Fields(text.Fold(phrase))
	if len(want) == 0 {
		return nil
	}
	for i := range want {
		want[i] = strings.Trim(want[i], ".,;:!?\"'")
	}
	var out []article.Span
next:
	for i := 0; i+len(want) <= len(ws); i++ {
		for k, w := range want {
			got := strings.TrimSuffix(strings.TrimSuffix(ws[i+k].Folded, "'s"), "'")
			if got != w && ws[i+k].Folded != w && strings.ReplaceAll(got, ".", "") != strings.ReplaceAll(w, ".", "") {
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
