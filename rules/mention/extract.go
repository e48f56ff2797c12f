package mention

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/srclint/srclint/rules/article"
)

// maxNameWords is the longest name kept; longer capitalised runs are titles
// of works or headline text, not names.
const maxNameWords = 5

// appendMentions finds the mentions in the tokens of one sentence and
// appends them to out, their words copied to the end of *words: the
// mentions keep no reference to toks.
func appendMentions(out []Mention, words *[]Token, roles *[]Role, txt string, toks []Token) []Mention {
	for i := 0; i < len(toks); {
		if !startsRun(toks[i]) {
			i++
			continue
		}
		j := runEnd(txt, toks, i)
		if m, name, ok := buildMention(txt, toks, i, j, roles); ok {
			k := len(*words)
			*words = append(*words, toks[name.Start:name.End]...)
			m.Words = (*words)[k:len(*words):len(*words)]
			out = append(out, m)
		}
		i = j
	}
	return out
}

// tokenRange is a range of token indexes.
type tokenRange struct{ Start, End int }

// startsRun reports whether t can open a capitalised run.
func startsRun(t Token) bool {
	return t.Capital && t.letter
}

// runEnd returns the index just past the capitalised run starting at i.
func runEnd(txt string, toks []Token, i int) int {
	j := i + 1
	for j < len(toks) {
		prev := toks[j-1]
		if prev.Possessive || !spaceGap(txt, prev, toks[j]) {
			break
		}
		t := toks[j]
		switch {
		case startsRun(t):
			j++
		case connectors.has(t.Folded) && !roleWord(prev):
			// Particles: bin Salman, von der Leyen.
			k := j
			for k < len(toks) && connectors.has(toks[k].Folded) && (k == j || spaceGap(txt, toks[k-1], toks[k])) {
				k++
			}
			if k == len(toks) || !startsRun(toks[k]) || !spaceGap(txt, toks[k-1], toks[k]) {
				return j
			}
			j = k + 1
		case t.Folded == "of" && roleWord(prev) && j+1 < len(toks) && departments.has(toks[j+1].Folded) && toks[j+1].Capital:
			j += 2
			for j < len(toks) && toks[j].Capital && departments.has(toks[j].Folded) && spaceGap(txt, toks[j-1], toks[j]) {
				j++
			}
		default:
			return j
		}
	}
	return j
}

// spaceGap reports whether only white space (or the dot of an abbreviated
// title: "Sen. Angus") separates a and b.
func spaceGap(txt string, a, b Token) bool {
	if b.Joined {
		// Only a particle joins a name with a hyphen: al-Werfalli.
		return connectors.has(a.Folded) && b.Capital
	}
	g := txt[a.Span.End:b.Span.Start]
	if a.Possessive {
		// Skip the ’s that was cut from a.
		_, n := utf8.DecodeRuneInString(g)
		g = g[min(len(g), n+1):]
	}
	if strings.HasPrefix(g, ".") && titleAbbrevs.has(a.Folded) && a.Capital {
		g = g[1:]
	}
	if g == "" {
		return false
	}
	for _, r := range g {
		if !unicode.IsSpace(r) {
			return false
		}
	}
	return true
}

// roleWord reports whether t is a role head (President, envoy, Sen).
func roleWord(t Token) bool {
	_, ok := roleHeads.get(strings.TrimSuffix(t.Folded, "."))
	return ok
}

// buildMention splits the run toks[i:j] into role and name and attaches a
// role written before it in lower case or after it as an appositive. It
// returns the mention without its words, and the range of toks they are.
// Roles are appended to *roles.
func buildMention(txt string, toks []Token, i, j int, roles *[]Role) (Mention, tokenRange, bool) {
	run := toks[i:j]
	// Sentence-initial function words are not names: "The White House",
	// "Despite ...", "When Witkoff ...".
	initial := run[0].Initial
	heading := run[0].Heading
	for len(run) > 0 && function(run[0]) {
		run = run[1:]
		i++
		initial = false
	}
	// The name starts after the last role word that leaves a name.
	nameAt := 0
	for k := len(run) - 2; k >= 0; k-- {
		if roleWord(run[k]) && !run[k].AllCaps {
			nameAt = k + 1
			// Secretary of State: skip "of" and the department words.
			if nameAt < len(run) && run[nameAt].Folded == "of" {
				nameAt++
				for nameAt < len(run)-1 && departments.has(run[nameAt].Folded) {
					nameAt++
				}
			}
			break
		}
	}
	name := run[nameAt:]
	for len(name) > 0 && (function(name[0]) || connectors.has(name[0].Folded)) {
		name = name[1:]
		nameAt++
	}
	if len(name) == 0 || len(name) > maxNameWords {
		return Mention{}, tokenRange{}, false
	}
	if nameAt > 0 {
		initial = false
	}
	last := name[len(name)-1]
	m := Mention{
		Span:       article.Span{Start: name[0].Span.Start, End: last.Span.End},
		Initial:    initial && nameAt == 0,
		Heading:    heading,
		Possessive: last.Possessive,
	}
	switch {
	case nameAt > 0:
		m.Role = makeRole(run[:nameAt], roles)
	default:
		if r := roleBefore(txt, toks, i, roles); r != nil {
			m.Role = r
		} else if r := roleAfter(txt, toks, i+len(run), roles); r != nil {
			m.Role = r
		}
	}
	return m, tokenRange{i + nameAt, i + nameAt + len(name)}, true
}

// maxRoleModifiers is how many words before a role head belong to the role:
// "White House press secretary".
const maxRoleModifiers = 3

// roleBefore finds a role written in lower case just before the name that
// starts at toks[i]: "special envoy Steve Witkoff".
func roleBefore(txt string, toks []Token, i int, roles *[]Role) *Role {
	h := i - 1
	if h < 0 || toks[h].Capital || !roleWord(toks[h]) || !spaceGap(txt, toks[h], toks[i]) {
		return nil
	}
	s := h
	for s > 0 && h-s < maxRoleModifiers && spaceGap(txt, toks[s-1], toks[s]) && modifier(toks[s-1]) && !verbs.has(toks[s-1].Folded) {
		s--
	}
	return makeRole(toks[s:h+1], roles)
}

// maxAppositive is how many words an appositive role may have before its
// head: "Steve Witkoff, the US special envoy".
const maxAppositive = 5

// roleAfter finds an appositive role after a name that ends before toks[j]:
// ", the US special envoy", ", a farmer".
func roleAfter(txt string, toks []Token, j int, roles *[]Role) *Role {
	if j <= 0 || j >= len(toks) || strings.TrimSpace(txt[toks[j-1].Span.End:toks[j].Span.Start]) != "," {
		return nil
	}
	s := j
	if determiners.has(toks[s].Folded) {
		s++
	}
	for k := s; k < len(toks) && k-s <= maxAppositive; k++ {
		if k > s && !spaceGap(txt, toks[k-1], toks[k]) {
			return nil
		}
		if roleWord(toks[k]) {
			// A title before the next name is not an appositive:
			// "Sent by the White House, U.S. Army Secretary Dan Driscoll".
			if k+1 < len(toks) && startsRun(toks[k+1]) && spaceGap(txt, toks[k], toks[k+1]) {
				return nil
			}
			return makeRole(toks[s:k+1], roles)
		}
		if !modifier(toks[k]) {
			return nil
		}
	}
	return nil
}

// modifier reports whether t can qualify a role: an adjective or noun, not a
// function word ("national", "security", "Ukraine's", "US").
func modifier(t Token) bool {
	if function(t) || determiners.has(t.Folded) {
		return false
	}
	return t.letter
}

// makeRole builds a Role from its tokens, appended to *roles: the pointer
// stays valid (on the array it was appended to) when *roles grows.
func makeRole(toks []Token, roles *[]Role) *Role {
	if len(toks) == 0 {
		return nil
	}
	*roles = append(*roles, Role{Span: article.Span{Start: toks[0].Span.Start, End: toks[len(toks)-1].Span.End}})
	r := &(*roles)[len(*roles)-1]
	// The key is built only when it has two words or more.
	var b strings.Builder
	n := 0
	for _, t := range toks {
		f := strings.TrimSuffix(t.Folded, ".")
		if strings.IndexByte(f, '.') >= 0 {
			f = strings.ReplaceAll(f, ".", "")
		}
		if determiners.has(f) {
			continue
		}
		if h, ok := roleHeads.get(f); ok {
			r.head = h
			f = headNames[h]
		}
		switch n {
		case 0:
			r.Key = f
		case 1:
			b.Grow(len(r.Key) + len(f) + 16)
			b.WriteString(r.Key)
			fallthrough
		default:
			b.WriteByte(' ')
			b.WriteString(f)
		}
		n++
	}
	if n > 1 {
		r.Key = b.String()
	}
	return r
}

// function reports whether t is a function word. An acronym in running text
// is not: "US" is the United States, "IT" information technology.
func function(t Token) bool {
	return FunctionWord(t.Folded) && !(t.AllCaps && !t.Heading)
}
