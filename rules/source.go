package rules

import (
	"strings"

	"github.com/srclint/srclint/rules/corpus"
)

// shortSources maps each source name to its short form: the part before the
// first "_" of a file-name source ("000_a49cee94f6fd4863" → "000") when that
// part is unique in the corpus, else the full name.
var shortSources = &corpus.Index[map[string]string]{Name: "short-sources", Run: func(c *corpus.Corpus) map[string]string {
	names := c.Sources()
	prefixCount := map[string]int{}
	for _, n := range names {
		prefixCount[prefix(n)]++
	}
	out := make(map[string]string, len(names))
	for _, n := range names {
		if p := prefix(n); p != n && prefixCount[p] == 1 {
			out[n] = p
		} else {
			out[n] = n
		}
	}
	return out
}}

func prefix(name string) string {
	if i := strings.IndexByte(name, '_'); i > 0 && !strings.Contains(name, " ") {
		return name[:i]
	}
	return name
}

// ShortSource returns the name to show for a source in messages.
func ShortSource(c *corpus.Corpus, name string) string {
	if s, ok := shortSources.Of(c)[name]; ok {
		return s
	}
	return name
}

// ShortNames maps names with ShortSource.
func ShortNames(c *corpus.Corpus, names []string) []string {
	out := make([]string, len(names))
	for i, n := range names {
		out[i] = ShortSource(c, n)
	}
	return out
}

// ShortSources maps names with ShortSource and joins them with ", ".
func ShortSources(c *corpus.Corpus, names []string) string {
	return strings.Join(ShortNames(c, names), ", ")
}
