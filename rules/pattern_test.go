package rules_test

import (
	"testing"

	"github.com/srclint/srclint/rules/ruletest"
)

func TestPatterns(t *testing.T) {
	const cfg = `
[[patterns]]
id = "no-allegedly"
words = ["allegedly", "reportedly said"]
message = "Avoid {match}: say who reports it."
severity = "note"

[[patterns]]
id = "tbd"
pattern = "\\bTBD\\b|\\?{3}"
message = "Placeholder left in copy: {match}"
paths = ["drafts/*"]

[rules.variant]
discover = false
`
	files := map[string]string{
		"drafts/a.txt": "They allegedly met. Officials Reportedly said so. TBD later.",
		"final/b.txt":  "TBD here is out of scope. Allegedly, again.",
		"drafts/c.md":  "---\ntitle: TBD\n---\nText ??? and `allegedlyx`.\n",
	}
	fs := ruletest.Run(t, cfg, files, "no-allegedly", "tbd")
	sameList(t, brief(fs), []string{
		`drafts/a.txt:1:6 no-allegedly "allegedly"`,
		`drafts/a.txt:1:31 no-allegedly "Reportedly said"`,
		`drafts/a.txt:1:51 tbd "TBD"`,
		`drafts/c.md:4:6 tbd "???"`,
		`final/b.txt:1:27 no-allegedly "Allegedly"`,
	})
	for _, f := range fs {
		if f.Rule == "tbd" && f.Message != "Placeholder left in copy: "+f.Text {
			t.Errorf("message = %q", f.Message)
		}
		if f.Rule == "no-allegedly" && f.Severity.String() != "note" {
			t.Errorf("severity = %v", f.Severity)
		}
	}
}
