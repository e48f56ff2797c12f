package gencorpus

import (
	"fmt"

	"github.com/srclint/srclint/rules/article"
	"github.com/srclint/srclint/rules/config"
	"github.com/srclint/srclint/rules/load"
)

// Articles generates a corpus in memory and parses every file as the
// loader does (front matter, Markdown masking, sources from [[sources]];
// nil for none), for benchmarks and scale tests. A generated file that does
// not parse cleanly is an error.
func Articles(opts Options, sources []config.Source) ([]*article.Article, *Manifest, error) {
	var arts []*article.Article
	m, err := Generate(opts, func(f File) error {
		a, probs := load.Parse(f.Path, f.Data, sources)
		if a == nil || len(probs) > 0 {
			return fmt.Errorf("%s: not parsed cleanly: %v", f.Path, probs)
		}
		arts = append(arts, a)
		return nil
	})
	return arts, m, err
}
