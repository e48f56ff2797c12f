// Package story groups a corpus's articles into stories (articles about the
// same event) and builds the derivation graph: which article copies, or
// lightly rewords, which. Cross-source checks compare articles of one story
// only, and count derived articles as part of their source, not as
// independent corroboration.
package story
