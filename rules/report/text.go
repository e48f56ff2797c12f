package report

import (
	"bufio"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	"github.com/srclint/srclint/rules/scorecard"
)

// Text writes the report as aligned plain-text tables: the scorecard,
// findings by rule, the provenance edges and each story's matrix.
type Text struct{}

// Write writes the report.
func (Text) Write(w io.Writer, r *Report) error {
	bw := bufio.NewWriter(w)
	sc := r.Scorecard
	names := shorts(sc)
	tw := tabwriter.NewWriter(bw, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "SOURCE\tARTICLES\tCLAIMS\tCORROBORATED\tQUOTES\tVERBATIM\tFINDINGS\tCOPIED FROM")
	for i := range sc.Sources {
		s := &sc.Sources[i]
		fmt.Fprintf(tw, "%s\t%d\t%d\t%s\t%d\t%s\t%d\t%s\n", s.Short, s.Articles, s.Claims,
			fraction(s.Corroborated, s.Comparable), s.Quotes, fraction(s.Verbatim, s.Matched), s.FindingCount(), copies(names, s.CopiedFrom))
	}
	t := sc.Totals
	fmt.Fprintf(tw, "TOTAL\t%d\t%d\t%s\t%d\t%s\t%d\n", t.Articles, t.Claims, fraction(t.Corroborated, t.Comparable),
		t.Quotes, fraction(t.Verbatim, t.Matched), t.Findings)
	if err := tw.Flush(); err != nil {
		return err
	}

	if len(sc.Rules) > 0 {
		fmt.Fprintln(bw, "\nFindings by rule")
		tw = tabwriter.NewWriter(bw, 0, 4, 2, ' ', 0)
		fmt.Fprintf(tw, "SOURCE\t%s\tTOTAL\n", strings.Join(sc.Rules, "\t"))
		for i := range sc.Sources {
			s := &sc.Sources[i]
			fmt.Fprint(tw, s.Short)
			for _, id := range sc.Rules {
				fmt.Fprintf(tw, "\t%d", s.Findings[id])
			}
			fmt.Fprintf(tw, "\t%d\n", s.FindingCount())
		}
		fmt.Fprint(tw, "TOTAL")
		for _, id := range sc.Rules {
			fmt.Fprintf(tw, "\t%d", t.ByRule[id])
		}
		fmt.Fprintf(tw, "\t%d\n", t.Findings)
		if err := tw.Flush(); err != nil {
			return err
		}
	}

	fmt.Fprintln(bw, "\nProvenance (who copies whom)")
	if len(sc.Edges) == 0 {
		fmt.Fprintln(bw, "No article derives from another.")
	} else {
		tw = tabwriter.NewWriter(bw, 0, 4, 2, ' ', 0)
		fmt.Fprintln(tw, "DERIVED\tCOPIES\tMATCHING SENTENCES")
		for _, e := range sc.Edges {
			fmt.Fprintf(tw, "%s (%s:%d)\t%s (%s:%d)\t%s\n", short(names, e.DerivedSource), e.Derived, e.Line,
				short(names, e.SourceSource), e.Source, e.SourceLine, fraction(e.Matched, e.Sentences))
		}
		if err := tw.Flush(); err != nil {
			return err
		}
	}

	for _, st := range sc.Stories {
		fmt.Fprintf(bw, "\nStory %s: %d sources, %d articles; the %d most specific of %d claim terms\n",
			st.Name, len(st.Sources), len(st.Articles), len(st.Claims), st.Terms)
		if err := textMatrix(bw, names, st); err != nil {
			return err
		}
	}
	if len(sc.Stories) > 0 {
		fmt.Fprintln(bw, "\n● carries the claim  ○ only repeats it from the article it copies  · does not carry it")
	}
	fmt.Fprintf(bw, "\n%d sources, %d articles, %d findings in %d files\n", len(sc.Sources), t.Articles, t.Findings, r.Files)
	return bw.Flush()
}

func textMatrix(w io.Writer, names map[string]string, st scorecard.Story) error {
	if len(st.Claims) == 0 {
		return nil
	}
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprint(tw, "CLAIM\tKIND")
	for _, s := range st.Sources {
		fmt.Fprintf(tw, "\t%s", short(names, s))
	}
	fmt.Fprintln(tw, "\tINDEPENDENT")
	for _, c := range st.Claims {
		fmt.Fprintf(tw, "%s\t%s", c.Text, c.Kind)
		for _, cell := range c.Cells {
			fmt.Fprintf(tw, "\t%s", cellMark(cell))
		}
		fmt.Fprintf(tw, "\t%d\n", c.Independent)
	}
	return tw.Flush()
}
