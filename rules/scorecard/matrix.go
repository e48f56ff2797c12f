package scorecard

import (
	"sort"
	"strings"

	"github.com/srclint/srclint/rules/claim"
	"github.com/srclint/srclint/rules/corpus"
)

// Cell says how a source carries one claim of a story.
type Cell uint8

// The cells of the corroboration matrix.
const (
	// Absent: none of the source's articles of the story carries the claim.
	Absent Cell = iota
	// Original: the source carries the claim, and not merely because it
	// repeats the article it derives from.
	Original
	// Copied: the source carries the claim only in articles that repeat
	// it from their own source.
	Copied
)

// String returns "", "original" or "copied".
func (c Cell) String() string {
	switch c {
	case Original:
		return "original"
	case Copied:
		return "copied"
	}
	return ""
}

// Story is one story's corroboration matrix.
type Story struct {
	// Name is the story's name (front matter `story`, else the path of its
	// first article).
	Name string
	// Articles are the story's article paths, sorted.
	Articles []string
	// Sources are the names of the sources telling it, sorted; the matrix
	// columns.
	Sources []string
	// Claims are the matrix rows: the story's most specific claim terms,
	// at most Options.TopClaims.
	Claims []Claim
	// Terms is the number of distinct claim terms in the story, of which
	// Claims shows the top.
	Terms int
}

// Claim is one row of a story's matrix: one checkable term (a date, a
// number, a name...) and which sources carry it.
type Claim struct {
	// Text is the term as first written at its highest specificity.
	Text string
	// Kind is "deadline", "holiday", "amount", "date", "number", "place",
	// "name" or "weekday".
	Kind string
	// Specificity is claim.Term.Specificity (9 for a deadline down to 3
	// for a weekday).
	Specificity int
	// Path and Line locate Text.
	Path string
	Line int
	// Cells are aligned with Story.Sources.
	Cells []Cell
	// Independent is the number of sources carrying the term as Original.
	Independent int
}

// candidate is one distinct term of a story while ranking.
type candidate struct {
	Claim
	keys  []string
	first [2]int // doc index, offset of the first occurrence
}

// storyMatrix builds the corroboration matrix of story gi (members); ok
// is false when fewer than two sources tell it.
func storyMatrix(sup *support, gi int, members []*corpus.Doc, top int) (st Story, ok bool) {
	st = Story{Name: sup.stories.Names[gi]}
	seen := map[string]bool{}
	for _, d := range members {
		st.Articles = append(st.Articles, d.Path)
		if !seen[d.Source] {
			seen[d.Source] = true
			st.Sources = append(st.Sources, d.Source)
		}
	}
	if len(st.Sources) < 2 {
		return Story{}, false
	}
	sort.Strings(st.Articles)
	sort.Strings(st.Sources)
	cands := storyTerms(sup, members)
	st.Terms = len(cands)
	if top > 0 {
		st.Claims = rank(sup, sup.story(members), st.Sources, cands, top)
	}
	return st, true
}

// storyTerms returns the distinct salient terms of a story's claims, a
// term being identified by its keys.
func storyTerms(sup *support, members []*corpus.Doc) []*candidate {
	byID := map[string]*candidate{}
	var out []*candidate
	for _, d := range members {
		for _, cl := range sup.claims(d) {
			for _, t := range cl.terms {
				keys := cl.det.Keys(t).AppendTo(nil)
				ks := append([]string(nil), keys...)
				sort.Strings(ks)
				id := strings.Join(ks, " ")
				spec := t.Specificity()
				span := t.Span()
				cd := byID[id]
				if cd == nil {
					cd = &candidate{keys: keys, first: [2]int{d.Index, span.Start}}
					byID[id] = cd
					out = append(out, cd)
				} else if spec <= cd.Specificity {
					continue
				}
				cd.Text = strings.Join(strings.Fields(d.Text[span.Start:span.End]), " ")
				cd.Kind = kindName(t)
				cd.Specificity = spec
				cd.Path = d.Path
				cd.Line = d.Position(span.Start).Line
			}
		}
	}
	return out
}

// rank fills in the cells of the candidates, most specific first, and
// returns the top ones: by specificity, then by the number of independent
// sources, then by first occurrence. A term sharing a key with a term
// already shown (Zelensky after Volodymyr Zelensky) is left out. Cells
// are computed a specificity level at a time, so that a large story only
// pays for the levels it shows.
func rank(sup *support, f *storyFacts, sources []string, cands []*candidate, top int) []Claim {
	sort.SliceStable(cands, func(i, j int) bool { return cands[i].Specificity > cands[j].Specificity })
	col := map[string]int{}
	for i, s := range sources {
		col[s] = i
	}
	used := map[string]bool{}
	var out []Claim
	for lo := 0; lo < len(cands) && len(out) < top; {
		hi := lo
		for hi < len(cands) && cands[hi].Specificity == cands[lo].Specificity {
			hi++
		}
		level := cands[lo:hi]
		for _, cd := range level {
			fillCells(sup, f, col, cd)
		}
		sort.SliceStable(level, func(i, j int) bool {
			a, b := level[i], level[j]
			if a.Independent != b.Independent {
				return a.Independent > b.Independent
			}
			if a.first[0] != b.first[0] {
				return a.first[0] < b.first[0]
			}
			return a.first[1] < b.first[1]
		})
		for _, cd := range level {
			if len(out) == top {
				break
			}
			dup := false
			for _, k := range cd.keys {
				dup = dup || used[k]
			}
			if dup {
				continue
			}
			for _, k := range cd.keys {
				used[k] = true
			}
			out = append(out, cd.Claim)
		}
		lo = hi
	}
	return out
}

// fillCells sets which sources carry cd, and how.
func fillCells(sup *support, f *storyFacts, col map[string]int, cd *candidate) {
	cd.Cells = make([]Cell, len(col))
	ti := sup.term(f, cd.keys)
	for _, x := range ti.carriers {
		i, ok := col[x.Source]
		if !ok {
			continue
		}
		if ti.origin[x.Index] == x {
			cd.Cells[i] = Original
		} else if cd.Cells[i] == Absent {
			cd.Cells[i] = Copied
		}
	}
	cd.Independent = 0
	for _, cl := range cd.Cells {
		if cl == Original {
			cd.Independent++
		}
	}
}

// kindName names a term's kind without its article: "deadline", "date".
func kindName(t claim.Term) string {
	if t.Deadline {
		return "deadline"
	}
	k := t.Kind.String()
	if i := strings.IndexByte(k, ' '); i >= 0 {
		k = k[i+1:]
	}
	return k
}
