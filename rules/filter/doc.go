// Package filter is srclint's post-processing chain: the stages that run
// after the rules and before the formatters, each in one file with one job,
// in the manner of golangci-lint's processors. Inline suppression
// directives (suppress.go), a baseline of known findings (baseline.go) and
// the new-only view of a change (newfromrev.go) each take the sorted
// findings and return the ones to report.
package filter
