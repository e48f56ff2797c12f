// Package srclint embeds the default rule set, rules.toml, into the binary.
// The linter itself lives in the rules packages; the CLI in cmd/srclint.
package srclint

import _ "embed"

//go:embed rules.toml
var defaultRules string

// DefaultRules returns the default rules.toml that ships with srclint.
func DefaultRules() []byte { return []byte(defaultRules) }

// Version is srclint's version, reported by `srclint version` and in SARIF.
const Version = "0.1.0"
