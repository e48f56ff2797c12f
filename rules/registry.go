package rules

// All returns every built-in rule, in the order `srclint rules` lists them.
// Add a new rule here: one line, one file named after the rule.
func All() []Rule {
	return []Rule{
		inputRule{},
		variantRule{},
		nameMismatchRule{},
		boilerplateRule{},
		claimUnsupportedRule{},
		numberMismatchRule{},
		unattributedCopyRule{},
		quoteAlteredRule{},
		quoteUnverifiedRule{},
		quoteUnbalancedRule{},
		unusedSuppressionRule{},
	}
}

// ByID returns the built-in rule with the given id, or nil.
func ByID(id string) Rule {
	for _, r := range All() {
		if r.Meta().ID == id {
			return r
		}
	}
	return nil
}
