// Package config reads rules.toml strictly: every key must be known, every
// value well typed, every regex and glob valid; a mistake is reported with the
// file, line and key.
package config

import (
	"bytes"
	"errors"
	"fmt"
	"path"
	"reflect"
	"regexp"
	"sort"
	"strings"

	"github.com/BurntSushi/toml"

	"github.com/srclint/srclint/rules/finding"
)

// DefaultMaxFileBytes is the default limit above which a file is not linted.
const DefaultMaxFileBytes = 10 << 20

// Config is a decoded rules.toml.
type Config struct {
	// File is the path the configuration was read from, or "(default)".
	File string
	// FailOn is the lowest severity that makes srclint exit 1.
	FailOn finding.Severity
	// MaxFileBytes is the size above which a file is reported, not linted.
	MaxFileBytes int64
	// Exclude lists path globs that are not linted when walking folders.
	Exclude []string
	// Sources maps paths to outlets.
	Sources []Source
	// Variants lists configured spelling-variant groups.
	Variants []VariantGroup
	// Names holds given-name equivalents.
	Names Names
	// Patterns are the user's own rules.
	Patterns []Pattern
	// Claims is the watchlist of claims always checked.
	Claims []ClaimWatch
	// Rules holds each rule's decoded table, by rule id.
	Rules map[string]*RuleConfig
}

// Source names an outlet and the article paths it published.
type Source struct {
	Name    string   `toml:"name"`
	Paths   []string `toml:"paths"`
	Aliases []string `toml:"aliases"`
	// Primary marks original reporting: its version of a quote is taken as
	// the original, and its single-source claims are expected.
	Primary bool `toml:"primary"`
}

// VariantGroup is one set of spellings of the same word or name.
type VariantGroup struct {
	// Preferred is the house form; empty means the majority of sources decides.
	Preferred string   `toml:"preferred"`
	Variants  []string `toml:"variants"`
}

// Names configures name comparison.
type Names struct {
	// Equivalents lists sets of given names that are the same name in
	// different transliterations or languages.
	Equivalents [][]string `toml:"equivalents"`
}

// Pattern is a user-defined rule.
type Pattern struct {
	ID       string           `toml:"id"`
	Pattern  *Regexp          `toml:"pattern"`
	Words    []string         `toml:"words"`
	Message  string           `toml:"message"`
	Severity finding.Severity `toml:"severity"`
	Paths    []string         `toml:"paths"`
	// Scope is "", "quotes" or "outside-quotes".
	Scope string `toml:"scope"`
}

// ClaimWatch is a watchlist entry: claims carrying these terms are always
// checked for support in other sources.
type ClaimWatch struct {
	Terms      []string         `toml:"terms"`
	MinSources int              `toml:"min_sources"`
	Severity   finding.Severity `toml:"severity"`
	Message    string           `toml:"message"`
}

// SpellingGroups returns every set of spellings the configuration says are
// one name: each [[variants]] group (preferred first, when set) and each
// [names] equivalents row.
func (c *Config) SpellingGroups() [][]string {
	var groups [][]string
	for _, g := range c.Variants {
		var forms []string
		if g.Preferred != "" {
			forms = append(forms, g.Preferred)
		}
		groups = append(groups, append(forms, g.Variants...))
	}
	return append(groups, c.Names.Equivalents...)
}

// OutletNames returns the names and aliases of every [[sources]] entry.
func (c *Config) OutletNames() []string {
	var names []string
	for _, src := range c.Sources {
		names = append(names, src.Name)
		names = append(names, src.Aliases...)
	}
	return names
}

// RuleConfig is one [rules.<id>] table.
type RuleConfig struct {
	Enabled  bool
	Severity finding.Severity
	// Settings is the rule's typed settings (the pointer its NewSettings
	// returned, decoded), or nil.
	Settings any
}

// RuleSpec describes a rule to the decoder.
type RuleSpec struct {
	ID          string
	Severity    finding.Severity
	NewSettings func() any
}

// Regexp is a compiled RE2 regular expression decoded from TOML.
type Regexp struct{ *regexp.Regexp }

// UnmarshalText compiles the expression.
func (r *Regexp) UnmarshalText(b []byte) error {
	re, err := regexp.Compile(string(b))
	if err != nil {
		return fmt.Errorf("invalid regex %q: %s", string(b), strings.TrimPrefix(err.Error(), "error parsing regexp: "))
	}
	r.Regexp = re
	return nil
}

// Error is a configuration mistake at a line of a file.
type Error struct {
	File string
	Line int
	Msg  string
}

func (e *Error) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("%s:%d: %s", e.File, e.Line, e.Msg)
	}
	return fmt.Sprintf("%s: %s", e.File, e.Msg)
}

type rawFile struct {
	FailOn       *finding.Severity         `toml:"fail_on"`
	MaxFileBytes *int64                    `toml:"max_file_bytes"`
	Exclude      []string                  `toml:"exclude"`
	Sources      []Source                  `toml:"sources"`
	Variants     []VariantGroup            `toml:"variants"`
	Names        Names                     `toml:"names"`
	Patterns     []Pattern                 `toml:"patterns"`
	Claims       []ClaimWatch              `toml:"claims"`
	Rules        map[string]toml.Primitive `toml:"rules"`
}

type ruleCommon struct {
	Enabled  *bool             `toml:"enabled"`
	Severity *finding.Severity `toml:"severity"`
}

var lineInMsg = regexp.MustCompile(`^toml: line (\d+) \(last key "([^"]*)"\): (.*)$`)

// Parse decodes data (read from file) against the given rules. Unknown keys,
// wrong types, invalid regexes and globs, unknown rules and severities are
// errors of type *Error naming the line.
func Parse(file string, data []byte, specs []RuleSpec) (*Config, error) {
	if line, ok := tooDeep(data); ok {
		return nil, &Error{file, line, fmt.Sprintf("nesting deeper than %d levels", maxDepth)}
	}
	var raw rawFile
	md, err := toml.NewDecoder(bytes.NewReader(data)).Decode(&raw)
	if err != nil {
		return nil, nameRuleInRegexError(decodeError(file, data, err), data)
	}
	cfg := &Config{
		File:         file,
		FailOn:       finding.Warning,
		MaxFileBytes: DefaultMaxFileBytes,
		Exclude:      raw.Exclude,
		Sources:      raw.Sources,
		Variants:     raw.Variants,
		Names:        raw.Names,
		Patterns:     raw.Patterns,
		Claims:       raw.Claims,
		Rules:        map[string]*RuleConfig{},
	}
	if raw.FailOn != nil {
		cfg.FailOn = *raw.FailOn
	}
	if raw.MaxFileBytes != nil {
		if *raw.MaxFileBytes <= 0 {
			return nil, &Error{file, keyLine(md, data, toml.Key{"max_file_bytes"}), "max_file_bytes must be positive"}
		}
		cfg.MaxFileBytes = *raw.MaxFileBytes
	}
	known := map[string]bool{}
	for _, s := range specs {
		known[s.ID] = true
		rc := &RuleConfig{Enabled: true, Severity: s.Severity}
		if s.NewSettings != nil {
			rc.Settings = s.NewSettings()
		}
		if prim, ok := raw.Rules[s.ID]; ok {
			var common ruleCommon
			if err := md.PrimitiveDecode(prim, &common); err != nil {
				return nil, decodeError(file, data, err)
			}
			if common.Enabled != nil {
				rc.Enabled = *common.Enabled
			}
			if common.Severity != nil {
				rc.Severity = *common.Severity
			}
			if rc.Settings != nil {
				if err := md.PrimitiveDecode(prim, rc.Settings); err != nil {
					return nil, decodeError(file, data, err)
				}
			}
		}
		cfg.Rules[s.ID] = rc
	}
	var unknownRules []string
	for id := range raw.Rules {
		if !known[id] {
			unknownRules = append(unknownRules, id)
		}
	}
	if len(unknownRules) > 0 {
		sort.Strings(unknownRules)
		id := unknownRules[0]
		return nil, &Error{file, keyLine(md, data, toml.Key{"rules", id}), fmt.Sprintf("unknown rule %q in [rules.%s]", id, id)}
	}
	if und := md.Undecoded(); len(und) > 0 {
		k := und[0]
		return nil, &Error{file, keyLine(md, data, k), fmt.Sprintf("unknown key %q in %s", k[len(k)-1], tableName(md, k[:len(k)-1]))}
	}
	if err := validate(cfg, md, data, known); err != nil {
		return nil, err
	}
	return cfg, nil
}

// nameRuleInRegexError rewrites an invalid-regex error of a [[patterns]]
// entry to name the rule: `invalid regex in rule "x": ...`.
func nameRuleInRegexError(err error, data []byte) error {
	var ce *Error
	if !errors.As(err, &ce) || !strings.HasPrefix(ce.Msg, "invalid regex") {
		return err
	}
	var shadow struct {
		Patterns []struct {
			ID      string `toml:"id"`
			Pattern string `toml:"pattern"`
		} `toml:"patterns"`
	}
	if _, derr := toml.Decode(string(data), &shadow); derr != nil {
		return err
	}
	for _, p := range shadow.Patterns {
		if _, rerr := regexp.Compile(p.Pattern); rerr != nil {
			ce.Msg = fmt.Sprintf("invalid regex in rule %q: %s", p.ID, strings.TrimPrefix(rerr.Error(), "error parsing regexp: "))
			return ce
		}
	}
	return err
}

// decodeError turns the toml package's errors into one-line *Error values.
func decodeError(file string, data []byte, err error) error {
	var pe toml.ParseError
	if errors.As(err, &pe) {
		msg := pe.Message
		if pe.LastKey != "" && !strings.Contains(msg, pe.LastKey) {
			msg = fmt.Sprintf("%s (key %q)", msg, pe.LastKey)
		}
		return &Error{file, pe.Position.Line, msg}
	}
	if m := lineInMsg.FindStringSubmatch(err.Error()); m != nil {
		line := 0
		fmt.Sscanf(m[1], "%d", &line)
		return &Error{file, line, fmt.Sprintf("key %q: %s", m[2], m[3])}
	}
	return &Error{file, 0, strings.TrimPrefix(err.Error(), "toml: ")}
}

func tableName(md toml.MetaData, k toml.Key) string {
	if len(k) == 0 {
		return "the top level"
	}
	if md.Type(k...) == "ArrayHash" {
		return "[[" + k.String() + "]]"
	}
	return "[" + k.String() + "]"
}

// failer always refuses to decode; decoding a probe type whose only leaf is a
// failer at key k makes the toml package report k's position.
type failer struct{}

func (failer) UnmarshalTOML(any) error { return errors.New("probe") }

// keyLine finds the line of key k through the toml package's own metadata: it
// decodes data again into a probe type that fails exactly at k.
func keyLine(md toml.MetaData, data []byte, k toml.Key) int {
	t := reflect.TypeOf(failer{})
	for i := len(k) - 1; i >= 0; i-- {
		if i < len(k)-1 && md.Type(k[:i+1]...) == "ArrayHash" {
			t = reflect.SliceOf(t)
		}
		t = reflect.StructOf([]reflect.StructField{{
			Name: "F",
			Type: t,
			Tag:  reflect.StructTag(fmt.Sprintf(`toml:%q`, k[i])),
		}})
	}
	v := reflect.New(t)
	_, err := toml.NewDecoder(bytes.NewReader(data)).Decode(v.Interface())
	var pe toml.ParseError
	if errors.As(err, &pe) {
		return pe.Position.Line
	}
	return 0
}

var ruleID = regexp.MustCompile(`^[a-z][a-z0-9-]*$`)

func validate(cfg *Config, md toml.MetaData, data []byte, builtin map[string]bool) error {
	bad := func(k toml.Key, format string, args ...any) error {
		return &Error{cfg.File, keyLine(md, data, k), fmt.Sprintf(format, args...)}
	}
	for _, g := range cfg.Exclude {
		if _, err := path.Match(g, ""); err != nil {
			return bad(toml.Key{"exclude"}, "invalid glob %q in exclude", g)
		}
	}
	for _, s := range cfg.Sources {
		if s.Name == "" {
			return bad(toml.Key{"sources"}, "[[sources]] entry without name")
		}
		for _, g := range s.Paths {
			if _, err := path.Match(g, ""); err != nil {
				return bad(toml.Key{"sources", "paths"}, "invalid glob %q in [[sources]] %q", g, s.Name)
			}
		}
	}
	for i, v := range cfg.Variants {
		if len(v.Variants) == 0 {
			return bad(toml.Key{"variants"}, "[[variants]] entry %d has no variants", i+1)
		}
	}
	seen := map[string]bool{}
	for _, p := range cfg.Patterns {
		switch {
		case !ruleID.MatchString(p.ID):
			return bad(toml.Key{"patterns", "id"}, "[[patterns]] id %q must be lower-case letters, digits and dashes", p.ID)
		case builtin[p.ID]:
			return bad(toml.Key{"patterns", "id"}, "[[patterns]] id %q clashes with a built-in rule", p.ID)
		case seen[p.ID]:
			return bad(toml.Key{"patterns", "id"}, "[[patterns]] id %q is used twice", p.ID)
		case (p.Pattern == nil) == (len(p.Words) == 0):
			return bad(toml.Key{"patterns", "id"}, "rule %q needs exactly one of pattern or words", p.ID)
		case p.Message == "":
			return bad(toml.Key{"patterns", "id"}, "rule %q has no message", p.ID)
		case p.Scope != "" && p.Scope != "quotes" && p.Scope != "outside-quotes":
			return bad(toml.Key{"patterns", "scope"}, "rule %q: scope must be \"quotes\" or \"outside-quotes\", not %q", p.ID, p.Scope)
		}
		seen[p.ID] = true
		for _, g := range p.Paths {
			if _, err := path.Match(g, ""); err != nil {
				return bad(toml.Key{"patterns", "paths"}, "invalid glob %q in rule %q", g, p.ID)
			}
		}
	}
	for _, c := range cfg.Claims {
		if len(c.Terms) == 0 {
			return bad(toml.Key{"claims"}, "[[claims]] entry without terms")
		}
	}
	return nil
}

// maxDepth bounds the nesting of arrays, inline tables and dotted keys; the
// toml package's cost grows with the square of the depth.
const maxDepth = 64

// tooDeep scans TOML text for nesting deeper than maxDepth (brackets and
// braces, or dots in a key) outside strings and comments, and returns the
// line where it happens.
func tooDeep(data []byte) (int, bool) {
	line, depth, dots := 1, 0, 0
	for i := 0; i < len(data); i++ {
		switch c := data[i]; c {
		case '\n':
			line++
			dots = 0
		case '#':
			for i < len(data) && data[i] != '\n' {
				i++
			}
			i--
		case '"', '\'':
			triple := i+2 < len(data) && data[i+1] == c && data[i+2] == c
			if triple {
				i += 3
				for i+2 < len(data) && !(data[i] == c && data[i+1] == c && data[i+2] == c) {
					if data[i] == '\n' {
						line++
					}
					i++
				}
				i += 2
				continue
			}
			for i++; i < len(data) && data[i] != c && data[i] != '\n'; i++ {
				if c == '"' && data[i] == '\\' {
					i++
				}
			}
		case '[', '{':
			if depth++; depth > maxDepth {
				return line, true
			}
		case ']', '}':
			depth--
		case '.':
			if dots++; dots > maxDepth {
				return line, true
			}
		}
	}
	return 0, false
}
