package rules

import "github.com/srclint/srclint/rules/corpus"

// discovered adapts the discover package's groups; wired when it lands.
func discovered(pass *Pass, configured []*variantGroup) []*variantGroup {
	return nil
}

// DiscoveredTOML renders the corpus's discovered variant groups as a
// ready-to-paste [[variants]] block.
func DiscoveredTOML(c *corpus.Corpus) string { return "" }
