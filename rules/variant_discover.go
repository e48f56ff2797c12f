package rules

import (
	"github.com/srclint/srclint/rules/corpus"
	"github.com/srclint/srclint/rules/discover"
)

// discoveredGroups turns the corpus's discovered variant groups into variant
// groups without a preferred form, leaving out any group with an occurrence
// that a configured group already matched (configuration wins).
func discoveredGroups(pass *Pass, configured []*variantGroup) []*variantGroup {
	covered := map[*corpus.Doc][]variantOcc{}
	for _, g := range configured {
		for _, occ := range g.occ {
			for _, o := range occ {
				covered[o.doc] = append(covered[o.doc], o)
			}
		}
	}
	overlapsConfigured := func(o discover.Occurrence) bool {
		for _, c := range covered[o.Doc] {
			if o.Span.Start < c.span.End && c.span.Start < o.Span.End {
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
			var occ []variantOcc
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

// DiscoveredTOML renders the corpus's discovered variant groups as a
// ready-to-paste [[variants]] block.
func DiscoveredTOML(c *corpus.Corpus) string { return discover.TOML(discover.Groups.Of(c)) }
