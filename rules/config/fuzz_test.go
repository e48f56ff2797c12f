package config_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/srclint/srclint"
	"github.com/srclint/srclint/rules"
	"github.com/srclint/srclint/rules/config"
)

// FuzzParse decodes arbitrary rules.toml data against the built-in rules.
// Invariants: no panic; exactly one of a configuration and an error; an
// error is a *config.Error naming the file, with a line inside the data; a
// configuration has a rule table for every built-in rule and valid limits.
func FuzzParse(f *testing.F) {
	f.Add(string(srclint.DefaultRules()))
	for _, s := range []string{
		"",
		"fail_on = \"error\"\nmax_file_bytes = 10\n",
		"[rules.variant]\nseverty = \"error\"\n",
		"[[variants]]\npreferred = \"Kyiv\"\nvariants = [\"Kiev\"]\n",
		"[[patterns]]\nid = \"x\"\npattern = \"(a+)+$\"\nmessage = \"m {match}\"\n",
		"[[patterns]]\nid = \"x\"\npattern = \"(\"\nmessage = \"m\"\n",
		"[[sources]]\nname = \"WSJ\"\npaths = [\"[\"]\n",
		"a = {b = {c = {d = 1}}}\n",
		"[rules.nope]\n",
		"max_file_bytes = -1\n",
	} {
		f.Add(s)
	}
	specs := rules.Specs()
	f.Fuzz(func(t *testing.T, data string) {
		cfg, err := config.Parse("rules.toml", []byte(data), specs)
		if (cfg == nil) == (err == nil) {
			t.Fatalf("cfg %v and err %v: want exactly one", cfg, err)
		}
		if err != nil {
			var ce *config.Error
			if !errors.As(err, &ce) {
				t.Fatalf("error %T %v is not a *config.Error", err, err)
			}
			if ce.File != "rules.toml" || !strings.HasPrefix(err.Error(), "rules.toml") {
				t.Fatalf("error %q does not name the file", err)
			}
			if lines := strings.Count(data, "\n") + 1; ce.Line < 0 || ce.Line > lines {
				t.Fatalf("error line %d outside the data's %d lines: %v", ce.Line, lines, err)
			}
			return
		}
		if cfg.MaxFileBytes <= 0 {
			t.Fatalf("max_file_bytes %d accepted", cfg.MaxFileBytes)
		}
		for _, s := range specs {
			if cfg.Rules[s.ID] == nil {
				t.Fatalf("no rule table for %s", s.ID)
			}
		}
	})
}
