// Package boilerplate finds site chrome and scraper leftovers in article
// bodies: interface labels ("CLOSE", "Show More"), comment forms ("Leave a
// Reply"), newsletter, share, cookie and ad-blocker notices, related-article
// headings, author bios, navigation lines ("Home | World | Politics") and
// lines that one source repeats verbatim across its articles.
//
// Detection is line based. Lines is the per-article extractor of line facts
// (normalised text, navigation words, author-bio shape, quotation); Repeats
// is the per-corpus index of lines repeated within a source. A Detector,
// built from Options, classifies each line and groups consecutive flagged
// lines (blank lines between them allowed) into Blocks. Blocks is the
// per-corpus index of blocks under the default options, for reports.
//
// Phrases match whole lines, never words inside a sentence: a line matches
// a phrase when its normalised text equals the phrase, or fits it when the
// phrase uses "*" as a wildcard ("Read more: *", "*All rights reserved").
package boilerplate
