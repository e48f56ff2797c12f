package mention

import "github.com/srclint/srclint/rules/corpus"

// ExtractAndRecycle runs the extraction behind Mentions on d, uncached,
// and recycles its buffers, as the engine does for each article.
func ExtractAndRecycle(d *corpus.Doc) {
	analyses.Recycle(analyses.Run(d))
}
