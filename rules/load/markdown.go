package load

import (
	"errors"
	"fmt"
	"sort"
	"strings"

	"github.com/BurntSushi/toml"

	"github.com/srclint/srclint/rules/article"
)

// FrontMatter is the metadata srclint reads from a Markdown header.
type FrontMatter struct {
	Title  string `toml:"title"`
	Source string `toml:"source"`
	Date   string `toml:"date"`
	URL    string `toml:"url"`
	Story  string `toml:"story"`
}

// frontMatterError is a malformed front matter block at a byte offset.
type frontMatterError struct {
	offset int
	msg    string
}

func (e *frontMatterError) Error() string { return e.msg }

// splitFrontMatter finds a YAML (---) or TOML (+++) block at the start of
// text. It returns the metadata and the offset where the body starts (0 if
// there is no block).
func splitFrontMatter(text string) (FrontMatter, int, error) {
	var fm FrontMatter
	delim := ""
	switch {
	case strings.HasPrefix(text, "---\n"), strings.HasPrefix(text, "---\r\n"):
		delim = "---"
	case strings.HasPrefix(text, "+++\n"), strings.HasPrefix(text, "+++\r\n"):
		delim = "+++"
	default:
		return fm, 0, nil
	}
	first := strings.IndexByte(text, '\n') + 1
	pos := first
	for pos < len(text) {
		end := strings.IndexByte(text[pos:], '\n')
		lineEnd := len(text)
		next := len(text)
		if end >= 0 {
			lineEnd = pos + end
			next = lineEnd + 1
		}
		line := strings.TrimRight(text[pos:lineEnd], "\r")
		if line == delim || (delim == "---" && line == "...") {
			block := text[first:pos]
			var err error
			if delim == "+++" {
				err = parseTOMLFrontMatter(block, &fm)
			} else {
				err = parseYAMLFrontMatter(block, &fm)
			}
			return fm, next, err
		}
		pos = next
	}
	return fm, 0, &frontMatterError{0, fmt.Sprintf("unterminated front matter: %q at line 1 is never closed", delim)}
}

func parseTOMLFrontMatter(block string, fm *FrontMatter) error {
	var raw map[string]any
	if _, err := toml.Decode(block, &raw); err != nil {
		var pe toml.ParseError
		line := 0
		if errors.As(err, &pe) {
			line = pe.Position.Line + 1
		}
		msg := err.Error()
		if pe.Message != "" {
			msg = pe.Message
		}
		return &frontMatterError{-1, fmt.Sprintf("invalid TOML front matter at line %d: %s", line, msg)}
	}
	get := func(k string) string {
		if v, ok := raw[k]; ok {
			return fmt.Sprint(v)
		}
		return ""
	}
	fm.Title, fm.Source, fm.Date, fm.URL, fm.Story = get("title"), get("source"), get("date"), get("url"), get("story")
	return nil
}

// parseYAMLFrontMatter reads the flat `key: value` pairs srclint needs.
// Nested values, lists and comments are allowed and ignored; a top-level line
// that is not `key: value` is an error.
func parseYAMLFrontMatter(block string, fm *FrontMatter) error {
	for i, line := range strings.Split(strings.ReplaceAll(block, "\r\n", "\n"), "\n") {
		t := strings.TrimSpace(line)
		if t == "" || strings.HasPrefix(t, "#") || line[0] == ' ' || line[0] == '\t' || strings.HasPrefix(t, "- ") || t == "-" {
			continue
		}
		key, val, ok := strings.Cut(line, ":")
		if !ok || strings.ContainsAny(key, " \t\"'{}[]") {
			return &frontMatterError{-1, fmt.Sprintf("invalid YAML front matter at line %d: expected \"key: value\", got %q", i+2, t)}
		}
		val = unquoteYAML(strings.TrimSpace(val))
		switch key {
		case "title":
			fm.Title = val
		case "source":
			fm.Source = val
		case "date":
			fm.Date = val
		case "url":
			fm.URL = val
		case "story":
			fm.Story = val
		}
	}
	return nil
}

func unquoteYAML(v string) string {
	if i := strings.Index(v, " #"); i >= 0 && !strings.HasPrefix(v, "\"") && !strings.HasPrefix(v, "'") {
		v = strings.TrimSpace(v[:i])
	}
	if len(v) >= 2 && (v[0] == '"' && v[len(v)-1] == '"' || v[0] == '\'' && v[len(v)-1] == '\'') {
		v = v[1 : len(v)-1]
	}
	return v
}

// markdownBody returns the linted regions of a Markdown text starting at
// offset start: everything but fenced and indented code blocks and HTML
// comments; and the HTML comments outside code, in order.
func markdownBody(text string, start int) (body, comments []article.Span) {
	var excluded []article.Span
	pos := start
	fence := ""
	fenceStart := 0
	prevBlank := true
	inIndented := false
	for pos < len(text) {
		nl := strings.IndexByte(text[pos:], '\n')
		next := len(text)
		if nl >= 0 {
			next = pos + nl + 1
		}
		line := strings.TrimRight(text[pos:next], "\r\n")
		trimmed := strings.TrimLeft(line, " ")
		indent := len(line) - len(trimmed)
		switch {
		case fence != "":
			if indent < 4 && strings.HasPrefix(trimmed, fence) && strings.Trim(trimmed, fence[:1]) == "" {
				excluded = append(excluded, article.Span{Start: fenceStart, End: next})
				fence = ""
			}
		case indent < 4 && (strings.HasPrefix(trimmed, "```") || strings.HasPrefix(trimmed, "~~~")):
			c := trimmed[:1]
			n := len(trimmed) - len(strings.TrimLeft(trimmed, c))
			fence = strings.Repeat(c, n)
			fenceStart = pos
		case (strings.HasPrefix(line, "    ") || strings.HasPrefix(line, "\t")) && (prevBlank || inIndented) && strings.TrimSpace(line) != "":
			excluded = append(excluded, article.Span{Start: pos, End: next})
			inIndented = true
		default:
			if strings.TrimSpace(line) != "" {
				inIndented = false
			}
		}
		prevBlank = strings.TrimSpace(line) == ""
		pos = next
	}
	if fence != "" {
		excluded = append(excluded, article.Span{Start: fenceStart, End: len(text)})
	}
	// HTML comments, outside code.
	for i := start; i < len(text); {
		j := strings.Index(text[i:], "<!--")
		if j < 0 {
			break
		}
		open := i + j
		if inSpans(excluded, open) {
			i = open + 4
			continue
		}
		k := strings.Index(text[open+4:], "-->")
		end := len(text)
		if k >= 0 {
			end = open + 4 + k + 3
		}
		excluded = append(excluded, article.Span{Start: open, End: end})
		comments = append(comments, article.Span{Start: open, End: end})
		i = end
	}
	if comments == nil {
		comments = []article.Span{}
	}
	return complement(excluded, start, len(text)), comments
}

func inSpans(spans []article.Span, off int) bool {
	for _, s := range spans {
		if s.Contains(off) {
			return true
		}
	}
	return false
}

// complement returns [start, end) minus the excluded spans, in order.
func complement(excluded []article.Span, start, end int) []article.Span {
	sort.Slice(excluded, func(i, j int) bool { return excluded[i].Start < excluded[j].Start })
	var out []article.Span
	cur := start
	for _, e := range excluded {
		if e.Start > cur {
			out = append(out, article.Span{Start: cur, End: e.Start})
		}
		if e.End > cur {
			cur = e.End
		}
	}
	if cur < end {
		out = append(out, article.Span{Start: cur, End: end})
	}
	if out == nil {
		out = []article.Span{}
	}
	return out
}
