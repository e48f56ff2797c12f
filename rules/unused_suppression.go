package rules

import "github.com/srclint/srclint/rules/finding"

// UnusedSuppressionID is the id of the findings that report suppression
// directives which suppress nothing. The post-processing chain (package
// filter) reports them; the rule exists so that they are documented and
// configurable like any other rule.
const UnusedSuppressionID = "unused-suppression"

// unusedSuppressionRule documents the findings of the suppression stage.
// Run does nothing.
type unusedSuppressionRule struct{}

func (unusedSuppressionRule) Meta() Meta {
	return Meta{
		ID:    UnusedSuppressionID,
		Name:  "UnusedSuppression",
		Short: "An inline suppression directive suppresses no finding.",
		Full: "A suppression directive (`<!-- srclint-disable-next-line RULE -- reason -->` in Markdown, `srclint:ignore RULE` in plain text) " +
			"hides the findings of the named rules on one line. A directive that hides nothing, because the finding was fixed, moved or never " +
			"existed, or that names an unknown rule, is reported so that stale directives do not pile up. Directives naming a rule that is " +
			"disabled in this run are not reported.",
		Help: "Reports a suppression directive that hides no finding.\n\n" +
			"Markdown: the directive hides findings of the named rules (comma-separated) on the next line.\n\n" +
			"```markdown\n<!-- srclint-disable-next-line variant -- the quoted letter spells it so -->\nThe letter, dated 1990, was addressed to \"the people of Kiev\".\n```\n\n" +
			"Plain text: the directive hides findings on its own line.\n\n" +
			"```text\nThe letter was addressed to \"the people of Kiev\". srclint:ignore variant -- quoted spelling\n```\n\n" +
			"Example finding:\n\n" +
			"```text\nletter.md:12:32: note: The suppression of \"variant\" is unused: no variant finding on line 13. (unused-suppression)\n```\n\n" +
			"Remove the directive, or fix the rule name. Turn the check off with `[rules.unused-suppression] enabled = false`.",
		Tags:     []string{"suppressions"},
		Severity: finding.Note,
	}
}

func (unusedSuppressionRule) NewSettings() any     { return nil }
func (unusedSuppressionRule) Run(pass *Pass) error { return nil }
