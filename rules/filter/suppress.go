package filter

import (
	"fmt"
	"path"
	"regexp"
	"sort"
	"strings"

	"github.com/srclint/srclint/rules"
	"github.com/srclint/srclint/rules/article"
	"github.com/srclint/srclint/rules/finding"
)

// Suppress hides the findings that inline directives suppress and reports
// the directives that suppress nothing as unused-suppression findings.
//
// In Markdown a directive is an HTML comment that hides the findings of the
// named rules on the next line:
//
//	<!-- srclint-disable-next-line variant, quote-altered -- reason -->
//
// In plain text it hides the findings of the named rules on its own line:
//
//	… "the people of Kiev". srclint:ignore variant -- reason
type Suppress struct {
	// Articles are the linted articles, where the directives are read.
	Articles []*article.Article
	// Known reports whether a rule id exists (built-in or a pattern).
	Known func(id string) bool
	// Enabled reports whether a rule ran; a directive for a disabled rule
	// is not reported as unused.
	Enabled func(id string) bool
	// ReportUnused turns on unused-suppression findings, at Severity.
	ReportUnused bool
	Severity     finding.Severity
}

// Name implements Processor.
func (*Suppress) Name() string { return "suppress" }

// directive is one suppression comment.
type directive struct {
	art *article.Article
	// line is the line the directive suppresses.
	line  int
	span  article.Span
	rules []ruleRef
	// markdown tells the two syntaxes apart in messages.
	markdown bool
}

type ruleRef struct {
	id   string
	span article.Span
	used bool
}

var (
	mdDirective  = regexp.MustCompile(`<!--[ \t]*srclint-disable-next-line\b([^\r\n]*?)-->`)
	txtDirective = regexp.MustCompile(`srclint:ignore\b([^\r\n]*)`)
)

// isMarkdown reports whether the loader reads p as Markdown.
func isMarkdown(p string) bool {
	switch strings.ToLower(path.Ext(p)) {
	case ".md", ".markdown":
		return true
	}
	return false
}

// directives finds the suppression directives of one article.
func directives(a *article.Article) []*directive {
	md := isMarkdown(a.Path)
	re := txtDirective
	if md {
		re = mdDirective
	}
	var out []*directive
	for _, m := range re.FindAllStringSubmatchIndex(a.Text, -1) {
		if md && a.Comments != nil && !commentAt(a.Comments, m[0]) {
			continue // inside a code block: an example, not a directive
		}
		d := &directive{art: a, span: article.Span{Start: m[0], End: m[1]}, markdown: md}
		if md {
			d.line = a.Position(m[1]).Line + 1
		} else {
			d.line = a.Position(m[0]).Line
		}
		d.rules = parseRuleList(a.Text, m[2], m[3])
		out = append(out, d)
	}
	return out
}

// commentAt reports whether one of the comments (in order) starts at off.
func commentAt(comments []article.Span, off int) bool {
	i := sort.Search(len(comments), func(i int) bool { return comments[i].Start >= off })
	return i < len(comments) && comments[i].Start == off
}

// parseRuleList reads the rule ids in text[start:end]: separated by commas
// or blanks, up to a token that starts with "--" (the reason).
func parseRuleList(text string, start, end int) []ruleRef {
	var out []ruleRef
	i := start
	for i < end {
		c := text[i]
		if c == ',' || c == ' ' || c == '\t' {
			i++
			continue
		}
		j := i
		for j < end && text[j] != ',' && text[j] != ' ' && text[j] != '\t' {
			j++
		}
		tok := text[i:j]
		if strings.HasPrefix(tok, "--") {
			break
		}
		out = append(out, ruleRef{id: tok, span: article.Span{Start: i, End: j}})
		i = j
	}
	return out
}

// Process implements Processor.
func (s *Suppress) Process(fs []finding.Finding) ([]finding.Finding, error) {
	type key struct {
		path string
		line int
	}
	byLine := map[key][]*directive{}
	var all []*directive
	for _, a := range s.Articles {
		for _, d := range directives(a) {
			byLine[key{a.Path, d.line}] = append(byLine[key{a.Path, d.line}], d)
			all = append(all, d)
		}
	}
	if len(all) == 0 {
		return fs, nil
	}
	out := make([]finding.Finding, 0, len(fs))
	for _, f := range fs {
		if !suppressed(byLine[key{f.Path, int(f.Line)}], f.Rule) {
			out = append(out, f)
		}
	}
	if !s.ReportUnused {
		return out, nil
	}
	var notes []finding.Finding
	for _, d := range all {
		notes = append(notes, s.unused(d)...)
	}
	if len(notes) == 0 {
		return out, nil
	}
	sort.SliceStable(notes, func(i, j int) bool { return finding.Less(&notes[i], &notes[j]) })
	rules.SetFingerprints(notes)
	out = append(out, notes...)
	sort.SliceStable(out, func(i, j int) bool { return finding.Less(&out[i], &out[j]) })
	return out, nil
}

// suppressed marks and reports whether a directive on the line names rule.
func suppressed(ds []*directive, rule string) bool {
	hit := false
	for _, d := range ds {
		for i := range d.rules {
			if d.rules[i].id == rule {
				d.rules[i].used = true
				hit = true
			}
		}
	}
	return hit
}

// unused returns the findings for a directive's unused or unknown rules.
func (s *Suppress) unused(d *directive) []finding.Finding {
	note := func(span article.Span, msg string) finding.Finding {
		loc := finding.Locate(d.art, span, "")
		return finding.Finding{
			Rule: rules.UnusedSuppressionID, Severity: s.Severity, Message: msg,
			Location: loc, LineText: d.art.Line(int(loc.Line)),
		}
	}
	if len(d.rules) == 0 {
		syntax := "srclint:ignore RULE -- reason"
		if d.markdown {
			syntax = "<!-- srclint-disable-next-line RULE -- reason -->"
		}
		return []finding.Finding{note(d.span, fmt.Sprintf("The suppression names no rule, so it suppresses nothing; write %s.", syntax))}
	}
	var out []finding.Finding
	for _, r := range d.rules {
		switch {
		case s.Known != nil && !s.Known(r.id):
			out = append(out, note(r.span, fmt.Sprintf("The suppression names an unknown rule %q, so it suppresses nothing.", r.id)))
		case r.used || (s.Enabled != nil && !s.Enabled(r.id)):
		default:
			out = append(out, note(r.span, fmt.Sprintf("The suppression of %q is unused: no %s finding on line %d.", r.id, r.id, d.line)))
		}
	}
	return out
}
