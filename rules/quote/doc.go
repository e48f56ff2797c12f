// Package quote finds quotations in an article's linted body and matches
// them across sources.
//
// Extraction (Quotes) reads every quotation style ("…", “…”, „…“, «…», ‘…’
// and '…' nested inside double quotes), follows a quote that continues over
// paragraphs, accepts mismatched marks (“… fallacy,"), never mistakes an
// apostrophe (isn’t, Witkoff’s, ’90s) for a quote mark, ends an unclosed
// quote at the paragraph end, and attributes each quote to its speaker.
//
// Matching (Counterparts) indexes every quote by its rare content words and
// the unquoted text of every article by word shingles, so that each quote's
// counterparts in other sources are found without comparing all pairs, and
// classifies each pair: verbatim, cosmetic, excerpt, split/merged or altered.
package quote
