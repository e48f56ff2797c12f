package rules

import (
	"github.com/srclint/srclint/rules/article"
	"github.com/srclint/srclint/rules/corpus"
	"github.com/srclint/srclint/rules/discover"
)

// discoveredGroups turns the corpus's discovered variant groups into variant
// groups without a preferred form, leaving out any group with an occurrence
// that a configured group already matched (configuration wins).
func discoveredGroups(pass *Pass, configured []*variantGroup) []*variantGroup {
	covered := coveredSpans(pass.Corpus, configured)
	overlapsConfigured := func(o discover.Occurrence) bool {
		for _, c := range covered[o.Doc.Index] {
			if o.Span.Start < c.End && c.Start < o.Span.End {
				return true
			}
		}
		return false
	}
	var out []*variantGroup
groups:
	for _, dg := range discover.Groups.Of(pass.Corpus) {
		g := &variantGroup{discovered: true}
		for _, f := range dg.Forms {
			occ := make([]variantOcc, 0, len(f.Occurrences))
			used := map[string]bool{}
			for _, o := range f.Occurrences {
				if overlapsConfigured(o) {
					continue groups
				}
				occ = append(occ, variantOcc{o.Doc, o.Span})
				used[o.Doc.Source] = true
			}
			g.forms = append(g.forms, f.Text)
			g.occ = append(g.occ, occ)
			g.usedBy = append(g.usedBy, used)
		}
		out = append(out, g)
	}
	return out
}

// coveredSpans returns the spans of the configured groups' occurrences by
// document index, in one array.
func coveredSpans(c *corpus.Corpus, configured []*variantGroup) [][]article.Span {
	counts := make([]int, len(c.Docs))
	total := 0
	for _, g := range configured {
		for _, occ := range g.occ {
			for _, o := range occ {
				counts[o.doc.Index]++
			}
			total += len(occ)
		}
	}
	out := make([][]article.Span, len(c.Docs))
	if total == 0 {
		return out
	}
	flat := make([]article.Span, total)
	at := 0
	for i, n := range counts {
		out[i] = flat[at : at : at+n]
		at += n
	}
	for _, g := range configured {
		for _, occ := range g.occ {
			for _, o := range occ {
				out[o.doc.Index] = append(out[o.doc.Index], o.span)
			}
		}
	}
	return out
}

// DiscoveredTOML renders the corpus's discovered variant groups as a
// ready-to-paste [[variants]] block.
func DiscoveredTOML(c *corpus.Corpus) string { return discover.TOML(discover.Groups.Of(c)) }
