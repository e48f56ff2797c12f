// Package text holds srclint's shared low-level text handling: word
// tokenisation with exact byte spans, and folding (case, diacritics,
// typographic variants) so that every extractor compares words the same way.
package text
