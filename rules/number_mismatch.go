package rules

import (
	"fmt"
	"slices"
	"sort"
	"strings"

	"github.com/srclint/srclint/rules/article"
	"github.com/srclint/srclint/rules/claim"
	"github.com/srclint/srclint/rules/corpus"
	"github.com/srclint/srclint/rules/finding"
	"github.com/srclint/srclint/rules/story"
	"github.com/srclint/srclint/rules/text"
)

// numberMismatchRule flags a number that other sources of the same story
// give differently for the same fact.
type numberMismatchRule struct{}

// NumberMismatchSettings are the [rules.number-mismatch] settings.
type NumberMismatchSettings struct {
	// GenericUnits are units too common to identify a fact on their own
	// ("year", "people"): their numbers are compared only when the word
	// after the unit matches too ("people killed").
	GenericUnits []string `toml:"generic_units"`
}

func (numberMismatchRule) Meta() Meta {
	return Meta{
		ID:    "number-mismatch",
		Name:  "NumberMismatch",
		Short: "Sources of one story give different numbers for the same fact.",
		Full: "Collects every number with its unit and the word after it (\"28-point plan\", \"900,000-strong force\", \"12 people killed\") " +
			"in each story, normalised (\"28-point\" = \"28 points\", \"$2 billion\" = \"2bn\"). When independent sources give different " +
			"values for the same unit and context, the value held by fewer sources is flagged, listing every value and its sources. " +
			"Derived copies count with their source. A source that gives both values, or a sentence that tells of a change (\"later pared " +
			"down to 19 points\", \"raised\", \"revised\"), states two facts and stays silent; so does a tie.",
		Help: "Flags a number that differs from the one other sources give for the same fact.\n\n" +
			"```toml\n[rules.number-mismatch]\ngeneric_units = [\"year\", \"day\", \"people\", \"time\"]  # need a matching context word\n```\n\n" +
			"Example finding:\n\n```text\nb.txt:3:12: warning: \"20-point plan\" differs from what other sources of this story give for " +
			"the same fact: 28 (a, c), 20 (b) (number-mismatch)\n```",
		Tags:     []string{"claims", "numbers"},
		Severity: finding.Warning,
	}
}

func (numberMismatchRule) NewSettings() any {
	return &NumberMismatchSettings{GenericUnits: []string{"year", "day", "week", "month", "hour", "minute", "time", "people", "person",
		"percent", "member", "other", "more", "men", "man", "woman", "women", "child", "children", "one", "thing", "way", "part", "side",
		"resident", "worker", "employee", "student", "patient", "civilian", "voter", "home", "house", "family", "household", "official"}}
}

// nmFact is one number of one article.
type nmFact struct {
	doc  *corpus.Doc
	term claim.Term
	num  *claim.Numeric // the term's (claim.Details.Numeric)
	sent article.Span   // the span of the term's sentence
}

// unit is the fact's unit and currency, "unit|currency" in parts.
func (f *nmFact) unit() nmJoined {
	return nmJoined{f.num.Quantity.Unit, "|", f.num.Quantity.Currency}
}

// context is what tells the fact apart beyond its unit, in parts: the
// word after the unit ("plan", "killed"), else "@" and the preposition
// before the number ("by" for a margin), else "".
func (f *nmFact) context() nmJoined {
	switch {
	case f.num.Context != "":
		return nmJoined{f.num.Context}
	case f.num.Before != "":
		return nmJoined{"@", f.num.Before}
	}
	return nmJoined{}
}

// nmJoined is a string given as the parts it joins, compared without
// joining them.
type nmJoined [3]string

// compare compares the joined strings, as strings.Compare does.
func (a nmJoined) compare(b nmJoined) int {
	ai, ap, bi, bp := 0, 0, 0, 0
	for {
		for ai < len(a) && ap == len(a[ai]) {
			ai, ap = ai+1, 0
		}
		for bi < len(b) && bp == len(b[bi]) {
			bi, bp = bi+1, 0
		}
		switch {
		case ai == len(a) && bi == len(b):
			return 0
		case ai == len(a):
			return -1
		case bi == len(b):
			return 1
		}
		if x, y := a[ai][ap], b[bi][bp]; x != y {
			if x < y {
				return -1
			}
			return 1
		}
		ap, bp = ap+1, bp+1
	}
}

// nmChange words tell of a number that changed: two facts, not a conflict.
var nmChange = map[string]bool{"later": true, "pared": true, "reduced": true, "revised": true, "updated": true, "now": true,
	"raised": true, "increased": true, "cut": true, "originally": true, "initially": true, "lowered": true, "down": true,
	"previously": true, "earlier": true, "changed": true, "grew": true, "fell": true, "rose": true, "dropped": true, "from": true}

func (numberMismatchRule) Run(pass *Pass) error {
	st, _ := pass.Settings.(*NumberMismatchSettings)
	if st == nil {
		st = numberMismatchRule{}.NewSettings().(*NumberMismatchSettings)
	}
	generic := map[string]bool{}
	for _, u := range st.GenericUnits {
		generic[claim.Singular(text.Fold(u))] = true
	}
	c := pass.Corpus
	stories := story.Stories.Of(c)
	prov := story.Provenance.Of(c)
	// Stories are independent: checked in parallel, reported in order.
	pass.Parallel(len(stories.Groups), func(i int, pass *Pass) {
		if members := stories.Groups[i]; len(members) >= 2 {
			nmStory(pass, prov, generic, members)
		}
	})
	return nil
}

// nmStory checks the numbers of one story's members. Facts are grouped by
// unit (with currency), in the order of "unit|currency", then by context
// in its order: one stable sort of the story's facts, in place of maps.
func nmStory(pass *Pass, prov *story.Graph, generic map[string]bool, members []*corpus.Doc) {
	var idx *story.Keys
	keys := func() *story.Keys {
		if idx == nil {
			idx = story.KeysOf(members)
		}
		return idx
	}
	var facts []nmFact
	for _, d := range members {
		det := claim.DetailsOf(d)
		for cl := range claim.Claims.Of(d).All() {
			for _, t := range cl.Terms {
				if t.Kind != claim.Number && t.Kind != claim.Money {
					continue
				}
				num := det.Numeric(t)
				if num.Quantity.Unit == "" && num.Quantity.Currency == "" {
					continue
				}
				facts = append(facts, nmFact{doc: d, term: t, num: num, sent: cl.Sentence.Span})
			}
		}
	}
	slices.SortStableFunc(facts, func(a, b nmFact) int {
		if c := a.unit().compare(b.unit()); c != 0 {
			return c
		}
		return a.context().compare(b.context())
	})
	for lo := 0; lo < len(facts); {
		u := facts[lo].unit()
		hi := lo + 1
		for hi < len(facts) && facts[hi].unit().compare(u) == 0 {
			hi++
		}
		nmUnit(pass, prov, keys, generic, facts[lo:hi])
		lo = hi
	}
}

// nmUnit checks the facts of one unit, ordered by context: facts without
// a context (first) join the context group when the unit is specific and
// there is only one.
func nmUnit(pass *Pass, prov *story.Graph, keys func() *story.Keys, generic map[string]bool, facts []nmFact) {
	unit := facts[0].num.Quantity.Unit
	if i := strings.IndexByte(unit, '|'); i >= 0 {
		unit = unit[:i] // the unit as "unit|currency" tells it
	}
	bare := 0
	for bare < len(facts) && facts[bare].context().compare(nmJoined{}) == 0 {
		bare++
	}
	var groups [][]nmFact // by context, in order
	for lo := bare; lo < len(facts); {
		ctx := facts[lo].context()
		hi := lo + 1
		for hi < len(facts) && facts[hi].context().compare(ctx) == 0 {
			hi++
		}
		groups = append(groups, facts[lo:hi])
		lo = hi
	}
	if !generic[unit] && len(groups) <= 1 {
		nmCheck(pass, prov, keys, facts) // the bare facts, then the context group
		return
	}
	for _, g := range groups {
		nmCheck(pass, prov, keys, g)
	}
}

// nmCheck compares the values of facts that state the same fact.
//
// keys returns the story's key index (story.KeysOf), built on first use.
func nmCheck(pass *Pass, prov *story.Graph, keys func() *story.Keys, facts []nmFact) {
	c := pass.Corpus
	if len(facts) < 2 {
		return
	}
	// Most facts agree: see so before building the maps.
	agree := true
	for _, f := range facts[1:] {
		if f.num.Quantity.Value != facts[0].num.Quantity.Value {
			agree = false
			break
		}
	}
	if agree {
		return
	}
	type holder struct {
		origins map[int]*corpus.Doc
		docs    map[int]bool
		facts   []nmFact
	}
	byVal := map[float64]*holder{}
	docVals := map[int]map[float64]bool{}
	for _, f := range facts {
		v := f.num.Quantity.Value
		if byVal[v] == nil {
			byVal[v] = &holder{origins: map[int]*corpus.Doc{}, docs: map[int]bool{}}
		}
		h := byVal[v]
		h.facts = append(h.facts, f)
		h.docs[f.doc.Index] = true
		if docVals[f.doc.Index] == nil {
			docVals[f.doc.Index] = map[float64]bool{}
		}
		docVals[f.doc.Index][v] = true
	}
	if len(byVal) < 2 {
		return
	}
	// A derived article's value counts for its source when the source
	// gives the same value.
	for v, h := range byVal {
		for i := range h.docs {
			d := c.Docs[i]
			for e := prov.Source(d); e != nil && docVals[e.Source.Index][v]; e = prov.Source(d) {
				d = e.Source
			}
			h.origins[d.Index] = d
		}
	}
	// The majority value: most independent sources, then most articles,
	// then most sources giving the value anywhere in the story. A tie
	// leaves nothing to say which value is right.
	idx := keys()
	rank := func(v float64) [3]int {
		h := byVal[v]
		return [3]int{len(h.origins), len(h.docs), len(idx.Carriers("v:" + claim.FormatValue(v)))}
	}
	vals := make([]float64, 0, len(byVal))
	for v := range byVal {
		vals = append(vals, v)
	}
	sort.Float64s(vals)
	var top [3]int
	for _, v := range vals {
		if r := rank(v); nmLess(top, r) {
			top = r
		}
	}
	tops := 0
	for _, v := range vals {
		if rank(v) == top {
			tops++
		}
	}
	if tops > 1 {
		return
	}
	var summary []string
	for _, v := range vals {
		var names []string
		for i := range byVal[v].docs {
			names = append(names, c.Docs[i].Source)
		}
		summary = append(summary, fmt.Sprintf("%s (%s)", claim.FormatValue(v), ShortSources(c, uniqSorted(names))))
	}
	for _, v := range vals {
		h := byVal[v]
		if rank(v) == top {
			continue
		}
		for _, f := range h.facts {
			if nmTwoFacts(f, docVals[f.doc.Index]) {
				continue
			}
			if e := prov.Source(f.doc); e != nil && docVals[e.Source.Index][v] {
				continue // reported on the source
			}
			span := nmSpan(f)
			d := Diagnostic{Doc: f.doc, Span: span, Message: fmt.Sprintf("%q differs from what other sources of this story give for the same fact: %s.",
				strings.Join(strings.Fields(f.doc.Text[span.Start:span.End]), " "), strings.Join(summary, ", "))}
			for _, w := range vals {
				if w == v {
					continue
				}
				g := byVal[w].facts[0]
				d.Related = append(d.Related, Related{Doc: g.doc, Span: g.term.Span(), Message: fmt.Sprintf("%s gives %s", ShortSource(c, g.doc.Source), claim.FormatValue(w))})
			}
			pass.Report(d)
		}
	}
}

// nmLess orders ranks lexicographically.
func nmLess(a, b [3]int) bool {
	for i := range a {
		if a[i] != b[i] {
			return a[i] < b[i]
		}
	}
	return false
}

// nmTwoFacts reports whether the article states two facts: it also gives
// another value for the same unit, or the sentence tells of a change.
func nmTwoFacts(f nmFact, vals map[float64]bool) bool {
	if len(vals) > 1 {
		return true
	}
	for _, w := range text.Words(f.doc.Text, f.sent) {
		if nmChange[w.Folded] {
			return true
		}
	}
	return false
}

// nmSpan is the number's span, from the preposition that tells its fact
// ("by 3,780 votes") when there is one.
func nmSpan(f nmFact) article.Span {
	sp := f.term.Span()
	if f.num.Context == "" && f.num.Before != "" {
		before := strings.TrimRight(f.doc.Text[:sp.Start], " ")
		if strings.HasSuffix(strings.ToLower(before), f.num.Before) {
			sp.Start = len(before) - len(f.num.Before)
		}
	}
	return sp
}
