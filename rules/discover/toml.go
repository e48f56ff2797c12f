package discover

import (
	"fmt"
	"strings"
)

// TOML renders groups as a ready-to-paste rules.toml block: one
// [[variants]] table per group, without preferred (the majority of sources
// decides), each preceded by a comment giving every form's sources.
func TOML(groups []Group) string {
	var b strings.Builder
	if len(groups) == 0 {
		b.WriteString("# srclint found no spelling variants.\n")
		return b.String()
	}
	fmt.Fprintf(&b, "# Spelling variants discovered by srclint (%d %s). Add preferred = \"...\" to\n", len(groups), plural(len(groups), "group", "groups"))
	b.WriteString("# impose a house form; without it the form most sources use is preferred.\n")
	for _, g := range groups {
		b.WriteString("\n")
		for _, f := range g.Forms {
			src := f.Sources()
			fmt.Fprintf(&b, "# %s: %d %s, %d %s (%s)\n", f.Text, len(f.Occurrences), plural(len(f.Occurrences), "occurrence", "occurrences"),
				len(src), plural(len(src), "source", "sources"), strings.Join(src, ", "))
		}
		forms := make([]string, len(g.Forms))
		for i, f := range g.Forms {
			forms[i] = f.Text
		}
		fmt.Fprintf(&b, "[[variants]]\nvariants = [%s]\n", QuoteList(forms))
	}
	return b.String()
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// QuoteList returns ss as the inside of a TOML array of basic strings:
// "a", "b".
func QuoteList(ss []string) string {
	quoted := make([]string, len(ss))
	for i, s := range ss {
		quoted[i] = Quote(s)
	}
	return strings.Join(quoted, ", ")
}

// Quote returns s as a TOML basic string.
func Quote(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for _, r := range s {
		switch {
		case r == '"':
			b.WriteString(`\"`)
		case r == '\\':
			b.WriteString(`\\`)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\t':
			b.WriteString(`\t`)
		case r < 0x20 || r == 0x7f:
			fmt.Fprintf(&b, `\u%04X`, r)
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte('"')
	return b.String()
}
