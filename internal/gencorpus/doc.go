// Package gencorpus generates realistic, deterministic test corpora for
// srclint's benchmarks and scale tests: stories of 3–8 Markdown articles of
// about 5 KB each, written from the paragraphs of the five seed articles,
// with spelling variants, altered quotes and single-source deadline claims
// planted at known rates, and a manifest of every planted item so that a run
// can be scored for recall.
//
// The same Options always produce the same bytes: every story draws from its
// own random stream seeded by (Seed, story number).
package gencorpus
