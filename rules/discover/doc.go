// Package discover finds spelling variants of proper nouns in a corpus
// without configuration: the same person or place written differently by
// different sources (Donbas/Donbass, Kyiv/Kiev, Zelensky/Zelenskyy).
//
// Discovery considers proper nouns only (words seen capitalised in
// mid-sentence, never in lower case, not function words, not capitalised
// only in headlines), buckets them by a transliteration-aware key (mention.Key)
// and compares candidates inside a bucket only: forms must be used by
// different sources and appear in similar contexts.
package discover
