package report

import (
	"bufio"
	"fmt"
	"html"
	"io"
	"strings"

	"github.com/srclint/srclint/rules/scorecard"
)

// Markdown writes the report as GitHub-flavoured Markdown, for a
// pull-request comment or a job summary ($GITHUB_STEP_SUMMARY): the
// scorecard and provenance tables in the open, findings by rule and the
// story matrices folded in <details>.
type Markdown struct{}

// mdEscaper escapes the characters that would end a table cell or start
// Markdown or HTML markup inside one.
var mdEscaper = strings.NewReplacer(
	`\`, `\\`, "|", `\|`, "*", `\*`, "_", `\_`, "`", "\\`", "[", `\[`, "]", `\]`,
	"<", "&lt;", ">", "&gt;", "&", "&amp;", "#", `\#`, "~", `\~`,
	"\r\n", " ", "\n", " ", "\r", " ",
)

// md escapes s for a Markdown table cell.
func md(s string) string { return mdEscaper.Replace(s) }

// Write writes the report.
func (Markdown) Write(w io.Writer, r *Report) error {
	bw := bufio.NewWriter(w)
	sc := r.Scorecard
	names := shorts(sc)
	t := sc.Totals
	fmt.Fprintf(bw, "## srclint source report\n\n%d sources, %d articles, %d findings (%d errors, %d warnings, %d notes) in %d files.\n\n",
		len(sc.Sources), t.Articles, t.Findings, t.Errors, t.Warnings, t.Notes, r.Files)

	fmt.Fprintln(bw, "| Source | Articles | Claims | Corroborated | Quotes | Verbatim | Findings | Copied from |")
	fmt.Fprintln(bw, "|---|--:|--:|--:|--:|--:|--:|---|")
	for i := range sc.Sources {
		s := &sc.Sources[i]
		fmt.Fprintf(bw, "| %s | %d | %d | %s | %d | %s | %d | %s |\n", md(s.Short), s.Articles, s.Claims,
			fraction(s.Corroborated, s.Comparable), s.Quotes, fraction(s.Verbatim, s.Matched), s.FindingCount(), md(copies(names, s.CopiedFrom)))
	}
	fmt.Fprintf(bw, "| **Total** | %d | %d | %s | %d | %s | %d | |\n\n", t.Articles, t.Claims,
		fraction(t.Corroborated, t.Comparable), t.Quotes, fraction(t.Verbatim, t.Matched), t.Findings)
	fmt.Fprintln(bw, "Corroborated: claims whose every specific term another independent source of the story carries, of the claims that have one to compare with. Verbatim: quotes no other source alters, of the quotes found elsewhere.")

	fmt.Fprintln(bw, "\n### Provenance (who copies whom)")
	fmt.Fprintln(bw)
	if len(sc.Edges) == 0 {
		fmt.Fprintln(bw, "No article derives from another.")
	} else {
		fmt.Fprintln(bw, "| Derived article | Copies | Matching sentences |")
		fmt.Fprintln(bw, "|---|---|--:|")
		for _, e := range sc.Edges {
			fmt.Fprintf(bw, "| %s (`%s:%d`) | %s (`%s:%d`) | %s |\n", md(short(names, e.DerivedSource)), code(e.Derived), e.Line,
				md(short(names, e.SourceSource)), code(e.Source), e.SourceLine, fraction(e.Matched, e.Sentences))
		}
	}

	if len(sc.Rules) > 0 {
		fmt.Fprintf(bw, "\n<details><summary>Findings by rule</summary>\n\n")
		fmt.Fprint(bw, "| Source |")
		for _, id := range sc.Rules {
			fmt.Fprintf(bw, " %s |", md(id))
		}
		fmt.Fprintln(bw, " Total |")
		fmt.Fprint(bw, "|---|")
		fmt.Fprint(bw, strings.Repeat("--:|", len(sc.Rules)+1))
		fmt.Fprintln(bw)
		for i := range sc.Sources {
			s := &sc.Sources[i]
			fmt.Fprintf(bw, "| %s |", md(s.Short))
			for _, id := range sc.Rules {
				fmt.Fprintf(bw, " %d |", s.Findings[id])
			}
			fmt.Fprintf(bw, " %d |\n", s.FindingCount())
		}
		fmt.Fprint(bw, "| **Total** |")
		for _, id := range sc.Rules {
			fmt.Fprintf(bw, " %d |", t.ByRule[id])
		}
		fmt.Fprintf(bw, " %d |\n\n</details>\n", t.Findings)
	}

	for _, st := range sc.Stories {
		if len(st.Claims) == 0 {
			continue
		}
		// A <summary> line is raw HTML to GitHub: escape for HTML, not Markdown.
		fmt.Fprintf(bw, "\n<details><summary>Story %s: which source carries which claim (%d of %d claim terms)</summary>\n\n",
			html.EscapeString(st.Name), len(st.Claims), st.Terms)
		mdMatrix(bw, names, st)
		fmt.Fprintln(bw, "\n● carries the claim · ○ only repeats it from the article it copies\n\n</details>")
	}
	return bw.Flush()
}

// code makes s safe inside a Markdown code span.
func code(s string) string { return strings.ReplaceAll(strings.ReplaceAll(s, "`", "'"), "|", `\|`) }

func mdMatrix(w io.Writer, names map[string]string, st scorecard.Story) {
	fmt.Fprint(w, "| Claim | Kind |")
	for _, s := range st.Sources {
		fmt.Fprintf(w, " %s |", md(short(names, s)))
	}
	fmt.Fprintln(w, " Independent |")
	fmt.Fprint(w, "|---|---|")
	fmt.Fprint(w, strings.Repeat(":-:|", len(st.Sources)))
	fmt.Fprintln(w, "--:|")
	for _, c := range st.Claims {
		fmt.Fprintf(w, "| %s | %s |", md(c.Text), c.Kind)
		for _, cell := range c.Cells {
			m := cellMark(cell)
			if cell == scorecard.Absent {
				m = ""
			}
			fmt.Fprintf(w, " %s |", m)
		}
		fmt.Fprintf(w, " %d |\n", c.Independent)
	}
}
