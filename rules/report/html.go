package report

import (
	"bufio"
	_ "embed"
	"fmt"
	"html/template"
	"io"
	"net/url"
	"strings"

	"github.com/srclint/srclint/rules/finding"
	"github.com/srclint/srclint/rules/scorecard"
)

// HTML writes the report as one self-contained HTML page: inline CSS, the
// provenance graph as inline SVG, no script and no external resource. It
// holds the scorecard (table#scorecard), findings by rule
// (table#findings-by-rule), the provenance graph (svg#provenance-graph) and
// edges (table#provenance), one corroboration matrix per story
// (table.matrix, id matrix-N, data-story), and every finding
// (table#findings) linked to its line as LinkBase + path + "#L" + line.
// Rows carry data-source / data-rule / data-field attributes and count
// cells data-n (and data-of) attributes, so tests and scripts can read the
// numbers without parsing the text. Everything is escaped by html/template.
type HTML struct {
	// LinkBase is put before finding paths in links (see Options).
	LinkBase string
}

//go:embed html.tmpl
var htmlText string

// htmlTemplate is parsed once; Write clones it to bind href to its
// LinkBase.
var htmlTemplate = template.Must(template.New("report").Funcs(template.FuncMap{
	"mark":     cellMark,
	"fraction": fraction,
	"href":     HTML{}.href,
}).Parse(htmlText))

type htmlRow struct {
	*scorecard.Source
	ByRule     []int
	CopiedText string
}

type htmlFinding struct {
	finding.Finding
	Short string
	Href  string
}

type htmlStory struct {
	scorecard.Story
	ID     string
	Shorts []string
}

type htmlPage struct {
	Version  string
	Files    int
	Totals   scorecard.Totals
	Rules    []string
	RuleSums []int
	Sources  []htmlRow
	Edges    []scorecard.Edge
	Shorts   map[string]string
	Graph    graph
	Stories  []htmlStory
	Findings []htmlFinding
}

// Write writes the report.
func (h HTML) Write(w io.Writer, r *Report) error {
	sc := r.Scorecard
	names := shorts(sc)
	p := htmlPage{Version: r.Version, Files: r.Files, Totals: sc.Totals, Rules: sc.Rules, Edges: sc.Edges,
		Shorts: names, Graph: layout(sc)}
	for _, id := range sc.Rules {
		p.RuleSums = append(p.RuleSums, sc.Totals.ByRule[id])
	}
	for i := range sc.Sources {
		s := &sc.Sources[i]
		hs := htmlRow{Source: s, CopiedText: copies(names, s.CopiedFrom)}
		for _, id := range sc.Rules {
			hs.ByRule = append(hs.ByRule, s.Findings[id])
		}
		p.Sources = append(p.Sources, hs)
	}
	for i, st := range sc.Stories {
		hs := htmlStory{Story: st, ID: fmt.Sprintf("matrix-%d", i+1)}
		for _, s := range st.Sources {
			hs.Shorts = append(hs.Shorts, short(names, s))
		}
		p.Stories = append(p.Stories, hs)
	}
	for _, f := range r.Findings {
		p.Findings = append(p.Findings, htmlFinding{Finding: f, Short: short(names, f.Source), Href: h.href(f.Path, int(f.Line))})
	}
	t, err := htmlTemplate.Clone()
	if err != nil {
		return fmt.Errorf("html report: %w", err)
	}
	t.Funcs(template.FuncMap{"href": h.href})
	bw := bufio.NewWriter(w)
	if err := t.Execute(bw, p); err != nil {
		return fmt.Errorf("html report: %w", err)
	}
	return bw.Flush()
}

// href links to a line of a file: LinkBase + path + "#Lline", each path
// segment escaped.
func (h HTML) href(path string, line int) string {
	segs := strings.Split(path, "/")
	for i, s := range segs {
		segs[i] = url.PathEscape(s)
	}
	p := strings.Join(segs, "/")
	if !strings.HasPrefix(path, "/") {
		p = h.LinkBase + p // an absolute path needs no base
	}
	if i := strings.IndexByte(p, ':'); i >= 0 && !strings.Contains(p[:i], "/") {
		p = "./" + p // "c:..." must not read as a scheme
	}
	return fmt.Sprintf("%s#L%d", p, line)
}
