// Package scorecard computes srclint's per-source scorecard from a linted
// corpus and its findings: for every source the number of articles,
// claims and the share of them another independent source corroborates,
// quotes and the share of them other sources reproduce verbatim, findings
// by rule, and the sources it copies from; for every story a bounded
// story × source corroboration matrix; and the provenance edges (who
// copies whom).
//
// It reads only what the extractors and indexes already computed
// (claim.Claims, story.KeyIndex, story.Stories, story.Provenance, quote.Quotes,
// quote.Counterparts, boilerplate.Blocks): it never parses text again.
// Every list it returns is sorted, so a scorecard is deterministic.
package scorecard
