package srclint_test

import (
	"os"
	"strings"
	"testing"

	"github.com/BurntSushi/toml"

	"github.com/srclint/srclint"
	"github.com/srclint/srclint/rules"
)

// TestDefaultRules checks that the embedded rules.toml parses strictly and
// documents every built-in rule with a table of its own.
func TestDefaultRules(t *testing.T) {
	cfg, err := rules.ParseConfig("rules.toml", srclint.DefaultRules())
	if err != nil {
		t.Fatalf("default rules.toml: %v", err)
	}
	var raw struct {
		Rules map[string]toml.Primitive `toml:"rules"`
	}
	if _, err := toml.Decode(string(srclint.DefaultRules()), &raw); err != nil {
		t.Fatal(err)
	}
	for _, r := range rules.All() {
		id := r.Meta().ID
		if _, ok := raw.Rules[id]; !ok {
			t.Errorf("default rules.toml has no [rules.%s] table", id)
		}
		if rc := cfg.Rules[id]; rc == nil || !rc.Enabled {
			t.Errorf("rule %s is not enabled by default", id)
		}
	}
	if len(cfg.Variants) < 400 || len(cfg.Names.Equivalents) < 40 {
		t.Errorf("transliteration pack too small: %d variant groups, %d name rows", len(cfg.Variants), len(cfg.Names.Equivalents))
	}
	for _, g := range cfg.Variants {
		for _, v := range append([]string{g.Preferred}, g.Variants...) {
			if v == "Vladimir" || v == "Volodymyr" {
				t.Errorf("variant group %v holds a given name; given names belong in [names] equivalents", g)
			}
		}
	}
}

// TestDefaultRulesHoldGeneratedPack checks that rules.toml carries the
// generated transliteration pack verbatim (go run
// ./rules/discover/internal/gen -out rules writes the parts).
func TestDefaultRulesHoldGeneratedPack(t *testing.T) {
	for _, part := range []string{"rules/names_equivalents.toml.part", "rules/variants_ukraine.toml.part"} {
		b, err := os.ReadFile(part)
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(string(srclint.DefaultRules()), string(b)) {
			t.Errorf("rules.toml does not hold %s as generated; paste it in again", part)
		}
	}
}
