package config

import (
	"strings"
	"testing"

	"github.com/srclint/srclint/rules/finding"
)

type testSettings struct {
	Discover bool `toml:"discover"`
}

var testSpecs = []RuleSpec{
	{ID: "variant", Severity: finding.Warning, NewSettings: func() any { return &testSettings{} }},
	{ID: "input", Severity: finding.Error},
}

func TestParseErrors(t *testing.T) {
	tests := []struct {
		name, toml, want string
	}{
		{"unknown key in rule table", "fail_on = \"warning\"\n\n[rules.variant]\nseverty = \"error\"\n",
			`rules.toml:4: unknown key "severty" in [rules.variant]`},
		{"unknown top-level key", "fail_on = \"note\"\nfial_on = 1\n", `rules.toml:2: unknown key "fial_on" in the top level`},
		{"unknown key in array of tables", "[[variants]]\npreferred = \"Kyiv\"\nvariants = [\"Kiev\"]\nprefered = \"x\"\n",
			`rules.toml:4: unknown key "prefered" in [[variants]]`},
		{"unknown rule", "\n[rules.variantt]\nenabled = false\n", `rules.toml:2: unknown rule "variantt" in [rules.variantt]`},
		{"unknown severity", "[rules.variant]\nseverity = \"fatal\"\n",
			`rules.toml:2: unknown severity "fatal" (want error, warning or note) (key "rules.variant.severity")`},
		{"wrong type", "[rules.variant]\ndiscover = \"yes\"\n",
			`rules.toml:2: key "rules.variant.discover": incompatible types: TOML value has type string; destination has type boolean`},
		{"invalid regex names the rule", "[[patterns]]\nid = \"ok\"\npattern = \"a\"\nmessage = \"m\"\n\n[[patterns]]\nid = \"bad\"\npattern = \"a(b\"\nmessage = \"m\"\n",
			"rules.toml:8: invalid regex in rule \"bad\": missing closing ): `a(b`"},
		{"invalid glob", "exclude = [\"ok/*\", \"[a\"]\n", `rules.toml:1: invalid glob "[a" in exclude`},
		{"pattern id clashes", "[[patterns]]\nid = \"variant\"\nwords = [\"a\"]\nmessage = \"m\"\n",
			`rules.toml:2: [[patterns]] id "variant" clashes with a built-in rule`},
		{"pattern needs pattern or words", "[[patterns]]\nid = \"p\"\nmessage = \"m\"\n",
			`rules.toml:2: rule "p" needs exactly one of pattern or words`},
		{"bad scope", "[[patterns]]\nid = \"p\"\nwords = [\"a\"]\nmessage = \"m\"\nscope = \"inside\"\n",
			`rules.toml:5: rule "p": scope must be "quotes" or "outside-quotes", not "inside"`},
		{"syntax error", "fail_on = = 1\n", `rules.toml:1: expected value but found '=' instead (key "fail_on")`},
		{"max_file_bytes", "max_file_bytes = 0\n", `rules.toml:1: max_file_bytes must be positive`},
		{"nesting too deep", "fail_on = \"note\"\n# [[[[\nexclude = [\"[[[\", " + strings.Repeat("[", 70) + strings.Repeat("]", 70) + "]\n",
			`rules.toml:3: nesting deeper than 64 levels`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Parse("rules.toml", []byte(tt.toml), testSpecs)
			if err == nil {
				t.Fatalf("Parse succeeded, want error %q", tt.want)
			}
			if err.Error() != tt.want {
				t.Errorf("error\n got: %s\nwant: %s", err, tt.want)
			}
		})
	}
}

func TestParseDefaults(t *testing.T) {
	cfg, err := Parse("rules.toml", nil, testSpecs)
	if err != nil {
		t.Fatal(err)
	}
	if cfg.FailOn != finding.Warning || cfg.MaxFileBytes != DefaultMaxFileBytes {
		t.Errorf("defaults: fail_on %v, max_file_bytes %d", cfg.FailOn, cfg.MaxFileBytes)
	}
	for _, id := range []string{"variant", "input"} {
		if rc := cfg.Rules[id]; rc == nil || !rc.Enabled {
			t.Errorf("rule %s not enabled by an empty config", id)
		}
	}
	if len(cfg.Variants) != 0 || len(cfg.Patterns) != 0 {
		t.Errorf("empty config has variants or patterns")
	}
}

func TestParseRuleTable(t *testing.T) {
	cfg, err := Parse("rules.toml", []byte("fail_on = \"error\"\n[rules.variant]\nenabled = false\nseverity = \"note\"\ndiscover = true\n"), testSpecs)
	if err != nil {
		t.Fatal(err)
	}
	rc := cfg.Rules["variant"]
	if rc.Enabled || rc.Severity != finding.Note || !rc.Settings.(*testSettings).Discover || cfg.FailOn != finding.Error {
		t.Errorf("rule table not applied: %+v, settings %+v", rc, rc.Settings)
	}
}
