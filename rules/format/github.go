package format

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"

	"github.com/srclint/srclint/rules/finding"
)

// GitHub writes GitHub Actions workflow commands, one annotation per
// finding, most severe first (the runner shows only the first 10 of each
// level in a step), then a summary line:
//
//	::warning file=a.txt,line=3,col=5,endLine=3,endColumn=9,title=srclint variant::"Kiev" is …
//
// When GITHUB_STEP_SUMMARY names a file, a Markdown summary (counts per
// rule and per source, the first findings as a table) is appended to it.
type GitHub struct {
	// Getenv looks up GITHUB_STEP_SUMMARY; nil means it is not set.
	Getenv func(string) string
}

// StepSummaryEnv is the variable naming the job summary file.
const StepSummaryEnv = "GITHUB_STEP_SUMMARY"

// annotationLimit is how many annotations of one level GitHub shows per step.
const annotationLimit = 10

// summaryRows is how many findings the Markdown summary lists.
const summaryRows = 50

// Format writes the workflow commands and, when asked for, the job summary.
func (g GitHub) Format(w io.Writer, r *Report) error {
	bw := bufio.NewWriter(w)
	order := mostSevereFirst(r.Findings)
	short := shortNames(r.Sources)
	for _, i := range order {
		f := &r.Findings[i]
		path := f.Path
		if rel, ok := RootRelative(&f.Location, r.Root); ok {
			path = rel
		}
		props := []string{
			"file=" + escapeProperty(path),
			fmt.Sprintf("line=%d", f.Line),
			fmt.Sprintf("col=%d", f.Column16),
			fmt.Sprintf("endLine=%d", f.EndLine),
			fmt.Sprintf("endColumn=%d", f.EndColumn16),
			"title=" + escapeProperty("srclint "+f.Rule),
		}
		fmt.Fprintf(bw, "::%s %s::%s\n", annotationLevel(f.Severity), strings.Join(props, ","), escapeData(plainMessage(f, short)))
	}
	fmt.Fprintln(bw, summaryLine(r))
	if e, wn, n := Counts(r.Findings); e > annotationLimit || wn > annotationLimit || n > annotationLimit {
		fmt.Fprintf(bw, "GitHub shows at most %d annotations of each level per step; the job summary and code scanning list them all.\n", annotationLimit)
	}
	if err := bw.Flush(); err != nil {
		return err
	}
	if g.Getenv == nil {
		return nil
	}
	path := g.Getenv(StepSummaryEnv)
	if path == "" {
		return nil
	}
	var buf bytes.Buffer
	if err := WriteStepSummary(&buf, r); err != nil {
		return err
	}
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_APPEND|os.O_CREATE, 0o644)
	if err != nil {
		return fmt.Errorf("cannot open the job summary: %w", err)
	}
	if _, err := f.Write(buf.Bytes()); err != nil {
		f.Close()
		return fmt.Errorf("cannot write the job summary: %w", err)
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("cannot write the job summary: %w", err)
	}
	return nil
}

// WriteStepSummary writes the Markdown job summary: totals, counts per rule
// and per source, and the first findings, most severe first.
func WriteStepSummary(w io.Writer, r *Report) error {
	bw := bufio.NewWriter(w)
	fmt.Fprintf(bw, "## srclint\n\n%s\n", mdEscape(summaryLine(r)))
	if len(r.Findings) > 0 {
		writeCountTable(bw, "Rule", r.Findings, func(f *finding.Finding) string { return f.Rule })
		writeCountTable(bw, "Source", r.Findings, func(f *finding.Finding) string { return f.Source })
		order := mostSevereFirst(r.Findings)
		title := "Findings"
		if len(order) > summaryRows {
			title = fmt.Sprintf("Findings (the first %d of %d, most severe first)", summaryRows, len(order))
			order = order[:summaryRows]
		}
		short := shortNames(r.Sources)
		fmt.Fprintf(bw, "\n### %s\n\n| Severity | Location | Rule | Message |\n|---|---|---|---|\n", title)
		for _, i := range order {
			f := &r.Findings[i]
			path := f.Path
			if rel, ok := RootRelative(&f.Location, r.Root); ok {
				path = rel
			}
			fmt.Fprintf(bw, "| %s | %s | %s | %s |\n", f.Severity, mdEscape(fmt.Sprintf("%s:%d:%d", path, f.Line, f.Column)),
				mdEscape(f.Rule), mdEscape(plainMessage(f, short)))
		}
	}
	fmt.Fprintln(bw)
	return bw.Flush()
}

// writeCountTable writes a table of finding counts per key (rule or
// source), the most frequent first.
func writeCountTable(w io.Writer, heading string, fs []finding.Finding, key func(*finding.Finding) string) {
	type row struct {
		key     string
		e, w, n int
	}
	rows := map[string]*row{}
	for i := range fs {
		k := key(&fs[i])
		rw := rows[k]
		if rw == nil {
			rw = &row{key: k}
			rows[k] = rw
		}
		switch fs[i].Severity {
		case finding.Error:
			rw.e++
		case finding.Warning:
			rw.w++
		default:
			rw.n++
		}
	}
	list := make([]*row, 0, len(rows))
	for _, rw := range rows {
		list = append(list, rw)
	}
	sort.Slice(list, func(i, j int) bool {
		ti, tj := list[i].e+list[i].w+list[i].n, list[j].e+list[j].w+list[j].n
		if ti != tj {
			return ti > tj
		}
		return list[i].key < list[j].key
	})
	fmt.Fprintf(w, "\n| %s | Errors | Warnings | Notes | Total |\n|---|---:|---:|---:|---:|\n", heading)
	for _, rw := range list {
		fmt.Fprintf(w, "| %s | %d | %d | %d | %d |\n", mdEscape(rw.key), rw.e, rw.w, rw.n, rw.e+rw.w+rw.n)
	}
}

// mostSevereFirst returns the indexes of fs, most severe first, report
// order within a severity.
func mostSevereFirst(fs []finding.Finding) []int {
	order := make([]int, len(fs))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool { return fs[order[a]].Severity > fs[order[b]].Severity })
	return order
}

// summaryLine is the text format's summary as one sentence.
func summaryLine(r *Report) string {
	e, w, n := Counts(r.Findings)
	s := fmt.Sprintf("srclint: %d %s (%d %s, %d %s, %d %s) in %d %s.",
		len(r.Findings), plural(len(r.Findings), "finding"), e, plural(e, "error"), w, plural(w, "warning"), n, plural(n, "note"),
		r.Files, plural(r.Files, "file"))
	if r.Hidden > 0 {
		s += fmt.Sprintf(" %d %s hidden by the baseline.", r.Hidden, plural(r.Hidden, "finding"))
	}
	return s
}

// plainMessage is the finding's message followed by the related locations
// it does not name, as SOURCE:LINE:COLUMN ("text").
func plainMessage(f *finding.Finding, short map[string]string) string {
	text := sentence(f.Message)
	var extra []string
	seen := map[string]bool{}
	for i := range f.Related {
		rl := &f.Related[i]
		src := shortName(short, rl.Source)
		ref := fmt.Sprintf("%s:%d:%d", src, rl.Line, rl.Column)
		if indexRef(text, ref) >= 0 || indexRef(text, fmt.Sprintf("%s:%d", src, rl.Line)) >= 0 {
			continue
		}
		item := fmt.Sprintf("%s (\"%s\")", ref, quoteText(rl.Text))
		if !seen[item] {
			seen[item] = true
			extra = append(extra, item)
		}
	}
	return withEvidence(text, extra)
}

func annotationLevel(s finding.Severity) string {
	switch s {
	case finding.Error:
		return "error"
	case finding.Warning:
		return "warning"
	}
	return "notice"
}

// escapeData escapes a workflow command's message as the runner expects.
func escapeData(s string) string { return dataEscaper.Replace(s) }

// The escapers are built once; a strings.Replacer is safe for concurrent
// use.
var (
	dataEscaper     = strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A")
	propertyEscaper = strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A", ":", "%3A", ",", "%2C")
)

// escapeProperty escapes a workflow command property value.
func escapeProperty(s string) string {
	return propertyEscaper.Replace(s)
}

// mdEscape makes s safe as inline Markdown in a table cell: Markdown and
// HTML punctuation is backslash-escaped and line breaks become spaces.
func mdEscape(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch r {
		case '\\', '`', '*', '_', '[', ']', '<', '>', '|', '~', '&', '#', '!':
			b.WriteByte('\\')
			b.WriteRune(r)
		case '\r', '\n':
			b.WriteByte(' ')
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}
