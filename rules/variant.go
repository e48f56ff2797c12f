package rules

import (
	"cmp"
	"fmt"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/srclint/srclint/rules/article"
	"github.com/srclint/srclint/rules/config"
	"github.com/srclint/srclint/rules/corpus"
	"github.com/srclint/srclint/rules/finding"
	"github.com/srclint/srclint/rules/mention"
	"github.com/srclint/srclint/rules/story"
	"github.com/srclint/srclint/rules/text"
)

// variantRule flags spellings that differ from the preferred or majority
// form of a variant group: configured [[variants]] and, with discover on,
// groups found in the corpus itself.
type variantRule struct{}

// VariantSettings are the [rules.variant] settings.
type VariantSettings struct {
	// Discover adds variant groups found in the corpus without
	// configuration (transliterations, doubled letters, diacritics).
	Discover bool `toml:"discover"`
	// DiscoveredSeverity is the severity of findings from discovered
	// groups.
	DiscoveredSeverity finding.Severity `toml:"discovered_severity"`
}

func (variantRule) Meta() Meta {
	return Meta{
		ID:    "variant",
		Name:  "SpellingVariant",
		Short: "A name or place is spelled differently from the preferred or majority form.",
		Full: "Finds every spelling in a variant group (configured under [[variants]] in rules.toml, or discovered in the corpus) " +
			"and flags the forms that are not preferred. A group with `preferred` uses that form; a group without it takes the form " +
			"that most sources use, and stays silent on a tie. Matching is whole-word, ignores diacritics and typographic apostrophes " +
			"and hyphens, and tolerates a capital at the start of a sentence. Multi-word entries win over single words they overlap. " +
			"A form that an article qualifies with a U.S. state at least once (\"Odessa, Texas\", \"Odessa, Tex.\", \"Odessa (TX)\") names " +
			"another place, and is left alone in that article.",
		Help: "Flags spellings that differ from the preferred or majority form of the same name or place.\n\n" +
			"```toml\n[[variants]]\npreferred = \"Kyiv\"\nvariants = [\"Kiev\"]\n\n[[variants]]  # no preferred: the majority of sources decides\nvariants = [\"Zelensky\", \"Zelenskyy\", \"Zelenskiy\"]\n\n[rules.variant]\ndiscover = true              # also find variants nobody configured\ndiscovered_severity = \"warning\"\n```\n\n" +
			"Example finding:\n\n```text\n003.txt:12:48: warning: \"Donbass\" is a variant of \"Donbas\" (preferred; used by 000, 001, 002, 004) (variant)\n```\n\n" +
			"Each finding carries related locations: one occurrence of the preferred form in each other source that uses it.",
		Tags:     []string{"names", "spelling"},
		Severity: finding.Warning,
	}
}

func (variantRule) NewSettings() any {
	return &VariantSettings{Discover: true, DiscoveredSeverity: finding.Warning}
}

// evidence is what a variant finding shows of its story: the sources that
// write the preferred form, and one occurrence per source.
type evidence struct {
	sources string
	related []Related
}

// variantOcc is one occurrence of one form of a group.
type variantOcc struct {
	doc  *corpus.Doc
	span article.Span
}

// variantGroup is a set of spellings with their occurrences.
type variantGroup struct {
	preferred string   // configured preferred form, or ""
	forms     []string // all forms; preferred first when set
	occ       [][]variantOcc
	// usedBy lists, per form, the sources that write it, counting
	// occurrences inside longer entries too (majority is decided on them).
	usedBy     []map[string]bool
	discovered bool
}

// formEntry is one form of one group, tokenised for matching.
type formEntry struct {
	group, form int
	words       []string // StripMarks form of each word
}

// variantSettings returns the decoded settings, or the defaults.
func variantSettings(settings any) *VariantSettings {
	if st, ok := settings.(*VariantSettings); ok && st != nil {
		return st
	}
	return variantRule{}.NewSettings().(*VariantSettings)
}

func (variantRule) Run(pass *Pass) error {
	st := variantSettings(pass.Settings)
	groups := configuredGroups(pass)
	for _, g := range groups {
		reportGroup(pass, g, 0)
	}
	if st.Discover {
		for _, g := range discoveredGroups(pass, groups) {
			reportGroup(pass, g, st.DiscoveredSeverity)
		}
	}
	return nil
}

// variantForms returns a configured group's forms, the preferred first.
func variantForms(v config.VariantGroup) []string {
	var forms []string
	if v.Preferred != "" {
		forms = append(forms, v.Preferred)
	}
	for _, f := range v.Variants {
		if f != v.Preferred {
			forms = append(forms, f)
		}
	}
	return forms
}

// variantTable is the configured forms, tokenised and filed by their first
// word.
type variantTable struct {
	byFirst map[string][]formEntry
	// first has the keyBit of every byFirst key: most words of an article
	// are no configured form's first word, and need no map look-up.
	first [1 << 10]uint64
}

// keyBit returns the bit of a first-word key in variantTable.first: 16
// bits of a hash of its length and its first two and last bytes, which
// reads four bytes of the word, not all of them.
func keyBit(k string) uint {
	n := len(k)
	if n == 0 {
		return 0
	}
	h := uint64(n)<<24 | uint64(k[0])<<16 | uint64(k[min(1, n-1)])<<8 | uint64(k[n-1])
	return uint(h * 0x9E3779B97F4A7C15 >> 48)
}

// mayStart reports whether k may be the key of a configured form's first
// word.
func (t *variantTable) mayStart(k string) bool {
	b := keyBit(k)
	return t.first[b>>6]&(1<<(b&63)) != 0
}

// variantTables builds the variant table of a configuration once a run.
var variantTables = &corpus.KeyedIndex[*config.Config, *variantTable]{Name: "variant-table", Run: func(_ *corpus.Corpus, cfg *config.Config) *variantTable {
	t := &variantTable{byFirst: map[string][]formEntry{}}
	for gi, v := range cfg.Variants {
		for fi, f := range variantForms(v) {
			ws := text.Words(f, article.Span{Start: 0, End: len(f)})
			if len(ws) == 0 {
				continue
			}
			e := formEntry{group: gi, form: fi}
			for _, w := range ws {
				e.words = append(e.words, text.StripMarks(w.Text))
			}
			key := strings.ToLower(e.words[0])
			t.byFirst[key] = append(t.byFirst[key], e)
			b := keyBit(key)
			t.first[b>>6] |= 1 << (b & 63)
		}
	}
	return t
}}

// variantMatches is the per-article fact of the configured forms it
// writes; the engine extracts it with the other facts, while the
// article's words are at hand.
var variantMatches = &corpus.Keyed[*variantTable, []variantMatch]{Name: "variant-matches", Run: func(d *corpus.Doc, t *variantTable) []variantMatch {
	return matchForms(d, t)
}}

// configuredGroups finds every occurrence of the configured forms.
func configuredGroups(pass *Pass) []*variantGroup {
	var groups []*variantGroup
	for _, v := range pass.Config.Variants {
		g := &variantGroup{preferred: v.Preferred, forms: variantForms(v)}
		g.occ = make([][]variantOcc, len(g.forms))
		g.usedBy = make([]map[string]bool, len(g.forms))
		for i := range g.usedBy {
			g.usedBy[i] = map[string]bool{}
		}
		groups = append(groups, g)
	}
	if len(groups) == 0 {
		return nil
	}
	// Documents are matched in parallel and merged in corpus order.
	table := variantTables.Of(pass.Corpus, pass.Config)
	per := make([][]variantMatch, len(pass.Corpus.Docs))
	mention.Each(pass.Corpus, func(i int, d *corpus.Doc) { per[i] = variantMatches.Of(d, table) })
	// The occurrences kept (overlaps left out), counted per form so that
	// each form's list is allocated once, at its size.
	type kept struct {
		group, form int32
		occ         variantOcc
	}
	total := 0
	for _, ms := range per {
		total += len(ms)
	}
	all := make([]kept, 0, total)
	var taken []article.Span
	for i, d := range pass.Corpus.Docs {
		taken = taken[:0]
		for _, m := range per[i] {
			groups[m.group].usedBy[m.form][d.Source] = true
			overlap := false
			for _, t := range taken {
				if int(m.start) < t.End && t.Start < int(m.end) {
					overlap = true
					break
				}
			}
			if overlap {
				continue
			}
			span := article.Span{Start: int(m.start), End: int(m.end)}
			taken = append(taken, span)
			all = append(all, kept{m.group, m.form, variantOcc{d, span}})
		}
		per[i] = nil
	}
	counts := make([][]int, len(groups))
	for gi, g := range groups {
		counts[gi] = make([]int, len(g.forms))
	}
	for _, k := range all {
		counts[k.group][k.form]++
	}
	for gi, g := range groups {
		for fi, n := range counts[gi] {
			if n > 0 {
				g.occ[fi] = make([]variantOcc, 0, n)
			}
		}
	}
	for _, k := range all {
		g := groups[k.group]
		g.occ[k.form] = append(g.occ[k.form], k.occ)
	}
	for _, g := range groups {
		for _, o := range g.occ {
			// No two occurrences of a form share a document and a start.
			slices.SortFunc(o, func(a, b variantOcc) int {
				if a.doc.Index != b.doc.Index {
					return cmp.Compare(a.doc.Index, b.doc.Index)
				}
				return cmp.Compare(a.span.Start, b.span.Start)
			})
		}
	}
	return groups
}

// variantMatch is one match of a configured form (form of group) in a
// document, covering n words from start to end: 20 bytes.
type variantMatch struct {
	group, form int32
	n           int32
	start, end  int32
}

// matchForms finds the configured forms written in d, longer entries
// first, then in text order.
func matchForms(d *corpus.Doc, t *variantTable) []variantMatch {
	buf := matchPool.Get().(*[]variantMatch)
	defer matchPool.Put(buf)
	matches := (*buf)[:0]
	defer func() { *buf = matches }()
	for _, ws := range corpus.Words.Of(d) {
		for i := range ws {
			w := &ws[i]
			k := firstKey(w)
			if !t.mayStart(k) {
				continue
			}
			for _, e := range t.byFirst[k] {
				if i+len(e.words) > len(ws) {
					continue
				}
				if end, ok := wordsMatch(d.Text, ws[i:i+len(e.words)], e.words); ok {
					matches = append(matches, variantMatch{int32(e.group), int32(e.form), int32(len(e.words)), int32(w.Span.Start), int32(end)})
				}
			}
		}
	}
	matches = dropUSPlaces(d.Text, matches)
	// Longer entries win over the shorter ones they overlap.
	slices.SortStableFunc(matches, func(a, b variantMatch) int {
		if a.n != b.n {
			return cmp.Compare(b.n, a.n)
		}
		return cmp.Compare(a.start, b.start)
	})
	// An exact-size copy: the buffer goes back to the pool.
	return slices.Clone(matches)
}

// dropUSPlaces removes the matches of every form that the document, at
// least once, qualifies with a U.S. state: an article that writes "Odessa,
// Texas" means the Texas city each time it writes "Odessa", so that form is
// neither flagged nor counted as a spelling of Odesa there.
func dropUSPlaces(txt string, matches []variantMatch) []variantMatch {
	type form struct{ group, form int32 }
	var us []form
	for _, m := range matches {
		if usStateAfter(txt[m.end:]) {
			us = append(us, form{m.group, m.form})
		}
	}
	if len(us) == 0 {
		return matches
	}
	return slices.DeleteFunc(matches, func(m variantMatch) bool {
		return slices.Contains(us, form{m.group, m.form})
	})
}

// matchPool holds matchForms's buffers.
var matchPool = sync.Pool{New: func() any { return new([]variantMatch) }}

// wordsMatch compares words of the text with an entry's words: equal after
// removing diacritics and typographic variants, case-sensitive except for the
// first letter of a word at the start of a sentence or line. The last word
// may carry a possessive ("Kiev’s" matches "Kiev"). It returns where the
// match ends: before the possessive, so the finding sits on the name.
func wordsMatch(txt string, ws []text.Word, want []string) (end int, ok bool) {
	// Printable ASCII is its own StripMarks: a later word whose first
	// byte differs cannot match ("the" begins an entry).
	for k := 1; k < len(ws); k++ {
		if c := ws[k].Text[0]; 0x20 <= c && c < utf8.RuneSelf && (want[k] == "" || c != want[k][0]) {
			return 0, false
		}
	}
	last := len(ws) - 1
	for k, w := range ws {
		got := text.StripMarks(w.Text)
		end = w.Span.End
		if k == last && got != want[k] {
			if stem, ok := strings.CutSuffix(got, "'s"); ok {
				got = stem
				end = w.Span.End - len(w.Text) + len(possessiveStem(w.Text))
			}
		}
		if got == want[k] {
			continue
		}
		if k == 0 && sentenceStart(txt, w.Span.Start) && sameButFirstCase(got, want[k]) {
			continue
		}
		return 0, false
	}
	return end, true
}

// possessiveStem returns w without its trailing apostrophe-s.
func possessiveStem(w string) string {
	r, size := utf8.DecodeLastRuneInString(w)
	if r != 's' && r != 'S' {
		return w
	}
	w = w[:len(w)-size]
	if r, size := utf8.DecodeLastRuneInString(w); text.IsApostrophe(r) {
		return w[:len(w)-size]
	}
	return w + "s"
}

// firstKey is the index key of a word: folded, without a possessive (a
// one-word entry may match "Kiev’s").
func firstKey(w *text.Word) string { return strings.TrimSuffix(w.Folded, "'s") }

func sameButFirstCase(a, b string) bool {
	ra, na := utf8.DecodeRuneInString(a)
	rb, nb := utf8.DecodeRuneInString(b)
	return a[na:] == b[nb:] && unicode.ToLower(ra) == unicode.ToLower(rb)
}

// sentenceStart reports whether the word at off begins a sentence or line.
func sentenceStart(txt string, off int) bool {
	i := off
	for i > 0 {
		r, size := utf8.DecodeLastRuneInString(txt[:i])
		switch {
		case r == '\n' || r == '\r':
			return true
		case unicode.IsSpace(r) || strings.ContainsRune("\"“‘'«(", r):
			i -= size
		default:
			return r == '.' || r == '!' || r == '?' || r == ':'
		}
	}
	return true
}

// reportGroup flags the non-preferred forms of one group.
func reportGroup(pass *Pass, g *variantGroup, sev finding.Severity) {
	c := pass.Corpus
	sources := make([][]string, len(g.forms))
	for fi := range g.forms {
		for s := range g.usedBy[fi] {
			sources[fi] = append(sources[fi], s)
		}
		sort.Strings(sources[fi])
	}
	used := 0
	for _, s := range sources {
		if len(s) > 0 {
			used++
		}
	}
	pref := -1
	if g.preferred != "" {
		pref = 0
	} else {
		if used < 2 {
			return // a form no other source contradicts is never flagged
		}
		best, tie := -1, false
		for fi, s := range sources {
			switch {
			case best < 0 || len(s) > len(sources[best]):
				best, tie = fi, false
			case len(s) == len(sources[best]):
				tie = true
			}
		}
		if tie {
			pass.Log.Debug().Strs("forms", g.forms).Msg("variant group tied between sources; no finding")
			return
		}
		pref = best
	}
	prefForm := g.forms[pref]
	prefWords := text.Words(prefForm, article.Span{Start: 0, End: len(prefForm)})
	// The first occurrence of the preferred form in each document, found
	// once per group; evidence comes from the finding's own story.
	firstPref := map[*corpus.Doc]variantOcc{}
	for _, po := range g.occ[pref] {
		if _, ok := firstPref[po.doc]; !ok {
			firstPref[po.doc] = po
		}
	}
	stories := story.Stories.Of(c)
	kind := "the majority form"
	if g.preferred != "" {
		kind = "preferred"
	}
	prefQuoted := strconv.Quote(prefForm)
	var msg []byte // a finding's message, built in place
	byStory := map[int]*evidence{}
	var corpusWide *evidence // the same for every story without the preferred form
	for fi, occ := range g.occ {
		if fi == pref {
			continue
		}
		for _, o := range occ {
			ev := byStory[stories.Of(o.doc)]
			if ev == nil {
				ev = storyEvidence(c, stories.Members(o.doc), firstPref)
				if ev.sources == "" {
					// No source of this story writes the preferred
					// form: show where the corpus does.
					if corpusWide == nil {
						corpusWide = storyEvidence(c, c.Docs, firstPref)
					}
					ev = corpusWide
				}
				byStory[stories.Of(o.doc)] = ev
			}
			msg = strconv.AppendQuote(msg[:0], o.doc.Text[o.span.Start:o.span.End])
			msg = append(msg, " is a variant of "...)
			msg = append(msg, prefQuoted...)
			switch {
			case ev.sources != "" && len(sources[pref]) > len(ev.related) && !strings.Contains(ev.sources, " more"):
				msg = append(append(append(append(append(msg, " ("...), kind...), "; used in this story by "...), ev.sources...), ", and by "...)
				msg = append(strconv.AppendInt(msg, int64(len(sources[pref])), 10), " sources in all)"...)
			case ev.sources != "":
				msg = append(append(append(append(append(msg, " ("...), kind...), "; used by "...), ev.sources...), ')')
			default:
				msg = append(msg, " (preferred)"...)
			}
			if g.discovered {
				msg = append(msg, "; discovered, add it to [[variants]] to make it explicit"...)
			}
			n := 0
			for _, r := range ev.related {
				if r.Doc.Source != o.doc.Source {
					n++
				}
			}
			var related []Related
			if n > 0 {
				related = make([]Related, 0, n)
				for _, r := range ev.related {
					if r.Doc.Source != o.doc.Source {
						related = append(related, r)
					}
				}
			}
			pass.Report(Diagnostic{Doc: o.doc, Span: narrow(o.doc.Text, o.span, prefWords), Message: string(msg), Severity: sev, Related: related})
		}
	}
}

// storyEvidence lists, for the documents of one story, the sources that
// write the preferred form and one occurrence of it per source.
func storyEvidence(c *corpus.Corpus, members []*corpus.Doc, firstPref map[*corpus.Doc]variantOcc) *evidence {
	ev := &evidence{}
	var names []string
	seen := map[string]bool{}
	for _, d := range members {
		po, ok := firstPref[d]
		if !ok || seen[d.Source] {
			continue
		}
		seen[d.Source] = true
		names = append(names, d.Source)
		if len(ev.related) == maxVariantEvidence {
			continue
		}
		ev.related = append(ev.related, Related{Doc: po.doc, Span: po.span, Message: ShortSource(c, d.Source) + " writes " + strconv.Quote(d.Text[po.span.Start:po.span.End])})
	}
	sort.Strings(names)
	sort.Slice(ev.related, func(i, j int) bool { return ev.related[i].Doc.Source < ev.related[j].Doc.Source })
	if len(names) > maxVariantEvidence {
		ev.sources = fmt.Sprintf("%s and %d more", ShortSources(c, names[:maxVariantEvidence]), len(names)-maxVariantEvidence)
	} else {
		ev.sources = ShortSources(c, names)
	}
	return ev
}

// maxVariantEvidence bounds the sources a variant finding names and points
// at, so that a spelling used across a whole archive stays readable.
const maxVariantEvidence = 10

// narrow shrinks a multi-word match to the words that differ from the
// preferred form's words want when both have the same number of words.
func narrow(txt string, s article.Span, want []text.Word) article.Span {
	if len(want) < 2 {
		return s
	}
	got := text.Words(txt, s)
	if len(got) != len(want) || len(got) < 2 {
		return s
	}
	first, last := -1, -1
	for i := range got {
		if got[i].Folded != want[i].Folded {
			if first < 0 {
				first = i
			}
			last = i
		}
	}
	if first < 0 {
		return s
	}
	return article.Span{Start: got[first].Span.Start, End: got[last].Span.End}
}
