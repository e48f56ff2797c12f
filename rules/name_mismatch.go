package rules

import (
	"fmt"
	"slices"
	"sort"
	"strings"

	"github.com/srclint/srclint/rules/article"
	"github.com/srclint/srclint/rules/corpus"
	"github.com/srclint/srclint/rules/discover"
	"github.com/srclint/srclint/rules/finding"
	"github.com/srclint/srclint/rules/mention"
	"github.com/srclint/srclint/rules/text"
)

// nameMismatchRule flags a person whose given name is written differently
// by different sources: "Vladimir Zelensky" where most sources write
// "Volodymyr Zelensky".
type nameMismatchRule struct{}

// NameMismatchSettings are the [rules.name-mismatch] settings.
type NameMismatchSettings struct {
	// Transliteration counts two given names as one when they are close
	// transliterations of each other (Volodymyr/Vladimir, Andriy/Andrii),
	// in addition to [names] equivalents.
	Transliteration bool `toml:"transliteration"`
	// SameRole counts two given names as one person's when both mentions
	// carry the same role ("Ukrainian President").
	SameRole bool `toml:"same_role"`
}

func (nameMismatchRule) Meta() Meta {
	return Meta{
		ID:    "name-mismatch",
		Name:  "GivenNameMismatch",
		Short: "The same person is given a different first name by different sources.",
		Full: "Groups the people named in each story by surname (transliterations of a surname count as one) and compares " +
			"their given names; stories are compared apart, since unrelated stories name different people. Two given names are taken to name one person when they are listed together under " +
			"[names] equivalents, when they are close transliterations of each other (Volodymyr/Vladimir), or when both " +
			"mentions carry the same role (\"Ukrainian President\"); roles that contradict each other (a farmer, a " +
			"minister) keep two people apart. The given name that fewer sources use is flagged; a tie is silent.",
		Help: "Flags a given name that differs from the one other sources use for the same person.\n\n" +
			"```toml\n[names]\nequivalents = [[\"Volodymyr\", \"Vladimir\"], [\"Oleksandr\", \"Alexander\", \"Aleksandr\"]]\n\n" +
			"[rules.name-mismatch]\ntransliteration = true  # close transliterations count as the same name\n" +
			"same_role = true        # the same role (\"Ukrainian President\") links two given names\n```\n\n" +
			"Example finding:\n\n```text\n003.txt:7:72: warning: \"Vladimir Zelensky\": other sources name this person \"Volodymyr Zelensky\" " +
			"(000, 001, 002, 004); \"Vladimir\" and \"Volodymyr\" are close transliterations of one name (name-mismatch)\n```\n\n" +
			"Different people who share a surname stay silent: \"Andriy Kovalenko, a farmer\" and \"defence minister " +
			"Oleksandr Kovalenko\" have unrelated given names and different roles.",
		Tags:     []string{"names"},
		Severity: finding.Warning,
	}
}

func (nameMismatchRule) NewSettings() any {
	return &NameMismatchSettings{Transliteration: true, SameRole: true}
}

// givenForm is one given name used with a surname across the corpus.
type givenForm struct {
	folded  string
	occ     []givenOcc
	sources map[string]bool
	roles   []formRole
}

// formRole is a role of a person with a given name, and its article's text.
type formRole struct {
	*mention.Role
	txt string
}

// text returns the role as written.
func (r formRole) text() string { return r.txt[r.Span.Start:r.Span.End] }

// givenOcc is one full-name mention carrying the given name.
type givenOcc struct {
	doc  *corpus.Doc
	full article.Span // the full name
	span article.Span // the given name
}

// name returns the full name as written.
func (o givenOcc) name() string { return o.doc.Text[o.full.Start:o.full.End] }

func (nameMismatchRule) Run(pass *Pass) error {
	st, _ := pass.Settings.(*NameMismatchSettings)
	if st == nil {
		st = nameMismatchRule{}.NewSettings().(*NameMismatchSettings)
	}
	equiv := equivalents(pass.Config.Names.Equivalents)
	for _, e := range mention.Entities.Of(pass.Corpus) {
		forms := givenForms(e)
		if len(forms) < 2 {
			continue
		}
		// Union the given names that name one person.
		parent := make([]int, len(forms))
		for i := range parent {
			parent[i] = i
		}
		find := func(i int) int {
			for parent[i] != i {
				parent[i] = parent[parent[i]]
				i = parent[i]
			}
			return i
		}
		why := map[[2]int]string{}
		for i := range forms {
			for j := i + 1; j < len(forms); j++ {
				if reason := sameGiven(forms[i], forms[j], equiv, st); reason != "" {
					why[[2]int{i, j}] = reason
					if a, b := find(i), find(j); a != b {
						parent[max(a, b)] = min(a, b)
					}
				}
			}
		}
		sets := map[int][]int{}
		for i := range forms {
			sets[find(i)] = append(sets[find(i)], i)
		}
		roots := make([]int, 0, len(sets))
		for r := range sets {
			roots = append(roots, r)
		}
		sort.Ints(roots)
		for _, r := range roots {
			reportGiven(pass, forms, sets[r], why)
		}
	}
	return nil
}

// givenForms collects the given names used with one surname, sorted by
// folded form.
func givenForms(e mention.Entity) []*givenForm {
	if !twoGiven(e) {
		return nil
	}
	by := map[string]*givenForm{}
	for _, p := range e.People {
		if !p.HasGiven() {
			continue
		}
		// Every full-name mention of a person has its folded given name.
		folded := p.GivenFolded()
		for _, n := range p.Full() {
			if !n.Capital || n.AllCaps {
				continue
			}
			f := by[folded]
			if f == nil {
				f = &givenForm{folded: folded, sources: map[string]bool{}}
				by[folded] = f
			}
			f.occ = append(f.occ, givenOcc{doc: p.Doc, full: n.Span(), span: n.Given()})
			f.sources[p.Doc.Source] = true
		}
		if f := by[folded]; f != nil {
			roles := p.Roles()
			for i := range roles {
				f.roles = append(f.roles, formRole{&roles[i], p.Doc.Text})
			}
		}
	}
	out := make([]*givenForm, 0, len(by))
	for _, f := range by {
		sort.Slice(f.occ, func(i, j int) bool {
			if f.occ[i].doc.Index != f.occ[j].doc.Index {
				return f.occ[i].doc.Index < f.occ[j].doc.Index
			}
			return f.occ[i].span.Start < f.occ[j].span.Start
		})
		out = append(out, f)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].folded < out[j].folded })
	return out
}

// twoGiven reports whether e's people use two different folded given names
// or more in full-name mentions givenForms counts (capitalised, not all
// capitals), so that most entities are passed over without building their
// forms.
func twoGiven(e mention.Entity) bool {
	first, seen := "", false
	for i := range e.People {
		p := e.People[i].Person
		if !p.HasGiven() || !slices.ContainsFunc(p.Full(), func(n mention.Name) bool { return n.Capital && !n.AllCaps }) {
			continue
		}
		switch f := p.GivenFolded(); {
		case !seen:
			first, seen = f, true
		case f != first:
			return true
		}
	}
	return false
}

// equivalents maps each folded given name to the ids of the [names]
// equivalents rows that list it.
func equivalents(rows [][]string) map[string][]int {
	out := map[string][]int{}
	for i, row := range rows {
		for _, n := range row {
			f := text.Fold(strings.TrimSpace(n))
			out[f] = append(out[f], i)
		}
	}
	return out
}

// sameGiven returns why two given names of one surname name one person, or
// "" when they do not.
func sameGiven(a, b *givenForm, equiv map[string][]int, st *NameMismatchSettings) string {
	// Roles that contradict each other are two people: a farmer and a
	// minister.
	ra, rb := informative(a.roles), informative(b.roles)
	shared := sharedRole(ra, rb)
	if len(ra) > 0 && len(rb) > 0 && shared == "" {
		return ""
	}
	for _, i := range equiv[a.folded] {
		for _, j := range equiv[b.folded] {
			if i == j {
				return "equivalent names under [names] equivalents"
			}
		}
	}
	if st.Transliteration && closeGiven(a.folded, b.folded) {
		return "close transliterations of one name"
	}
	if st.SameRole && shared != "" {
		return fmt.Sprintf("both are called %q", shared)
	}
	return ""
}

// closeGiven reports whether two folded given names are transliterations of
// each other: the same transliteration key (Andriy/Andrii), a variant that
// discovery would accept (Muammar/Moammar, see discover.Similar), or the same
// consonant skeleton of at least three consonants (Volodymyr/Vladimir,
// Oleksandr/Alexander), unless one is the feminine form of the other
// (Alexandra/Alexander).
func closeGiven(a, b string) bool {
	if mention.KeyFolded(a) == mention.KeyFolded(b) || discover.Similar(a, b) {
		return true
	}
	sa, sb := mention.Skeleton(a), mention.Skeleton(b)
	if sa != sb || len(sa) < 3 {
		return false
	}
	return strings.HasSuffix(a, "a") == strings.HasSuffix(b, "a")
}

// informative drops roles that say nothing about who a person is.
func informative(rs []formRole) []formRole {
	var out []formRole
	for _, r := range rs {
		if h := r.Head(); h != "" && !mention.Honorific(h) {
			out = append(out, r)
		}
	}
	return out
}

// sharedRole returns the role text of a pair of compatible roles, one from
// each list: same head, and the words of one contained in the other's
// ("president" and "ukrainian president"; not "defence minister" and
// "infrastructure minister").
func sharedRole(a, b []formRole) string {
	for _, x := range a {
		for _, y := range b {
			if x.Head() != y.Head() {
				continue
			}
			if subset(x.Key, y.Key) || subset(y.Key, x.Key) {
				if len(x.Key) >= len(y.Key) {
					return x.text()
				}
				return y.text()
			}
		}
	}
	return ""
}

// subset reports whether every word of a is a word of b.
func subset(a, b string) bool {
	have := map[string]bool{}
	for _, w := range strings.Fields(b) {
		have[w] = true
	}
	for _, w := range strings.Fields(a) {
		if !have[w] {
			return false
		}
	}
	return true
}

// reportGiven flags the minority given names of one person.
func reportGiven(pass *Pass, forms []*givenForm, set []int, why map[[2]int]string) {
	if len(set) < 2 {
		return
	}
	best, tie := -1, false
	for _, i := range set {
		switch {
		case best < 0 || len(forms[i].sources) > len(forms[best].sources):
			best, tie = i, false
		case len(forms[i].sources) == len(forms[best].sources):
			tie = true
		}
	}
	if tie {
		pass.Log.Debug().Str("given", forms[best].folded).Msg("given names tied between sources; no finding")
		return
	}
	c := pass.Corpus
	pref := forms[best]
	prefSources := sortedKeys(pref.sources)
	prefName := spaced(pref.occ[0].name())
	prefGiven := pref.occ[0].doc.Text[pref.occ[0].span.Start:pref.occ[0].span.End]
	for _, i := range set {
		if i == best {
			continue
		}
		reason := why[[2]int{min(i, best), max(i, best)}]
		if reason == "" {
			reason = "linked through another spelling of the same person"
		}
		for _, o := range forms[i].occ {
			given := o.doc.Text[o.span.Start:o.span.End]
			name := spaced(o.name())
			msg := fmt.Sprintf("%q: other sources name this person %q (%s); %q and %q are %s",
				name, prefName, ShortSources(c, prefSources), given, prefGiven, reason)
			if strings.HasPrefix(reason, "both") {
				msg = fmt.Sprintf("%q: other sources name this person %q (%s); %s",
					name, prefName, ShortSources(c, prefSources), reason)
			}
			var related []Related
			seen := map[string]bool{o.doc.Source: true}
			for _, po := range pref.occ {
				if seen[po.doc.Source] {
					continue
				}
				seen[po.doc.Source] = true
				related = append(related, Related{Doc: po.doc, Span: po.full,
					Message: fmt.Sprintf("%s writes %q", ShortSource(c, po.doc.Source), spaced(po.name()))})
			}
			pass.Report(Diagnostic{Doc: o.doc, Span: o.span, Message: msg, Related: related})
		}
	}
}

// sortedKeys returns the keys of m, sorted.
func sortedKeys(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// spaced writes every run of white space in s (a narrow no-break space
// included) as one plain space.
func spaced(s string) string { return strings.Join(strings.Fields(s), " ") }
