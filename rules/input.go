package rules

import "github.com/srclint/srclint/rules/finding"

const inputRuleID = "input"

// inputRule documents the findings the loader reports: files that are
// binary, unreadable, too large, or not valid UTF-8. The engine reports them;
// Run does nothing.
type inputRule struct{}

func (inputRule) Meta() Meta {
	return Meta{
		ID:       inputRuleID,
		Name:     "InputProblem",
		Short:    "A file could not be linted as it is: binary, unreadable, too large, or not valid UTF-8.",
		Full:     "srclint never skips a file silently. A binary file (a NUL byte in its first 8 KiB), an unreadable file or folder, or a file over max_file_bytes is reported as an error and not linted; a file that is not valid UTF-8 is decoded as Windows-1252 and reported as a warning at its first bad byte; malformed front matter is reported as a warning and ignored.",
		Help:     "An `input` finding says why a file was not linted as it is.\n\n```text\nfixtures/bad/photo.txt:1:1: error: fixtures/bad/photo.txt is a binary file (NUL byte in the first 8 KiB); not linted (input)\n```\n\nFix the file, convert it to UTF-8, or exclude it with `exclude = [\"glob\"]` in rules.toml or `--exclude GLOB`. Raise the size limit with `max_file_bytes`.",
		Tags:     []string{"input"},
		Severity: finding.Error,
	}
}

func (inputRule) NewSettings() any     { return nil }
func (inputRule) Run(pass *Pass) error { return nil }
