// Package claim extracts the checkable content of sentences: the salient
// terms (names, places, numbers, amounts, dates, weekdays, holidays and
// deadlines) normalised so that different sources writing the same fact
// match ("Nov. 16" = "November 16", "28-point" = "28 points", "$2 billion"
// = "2bn"), and the cues that make a claim a commitment or a prediction.
// It also indexes every term of the corpus so support is found by lookup.
package claim
