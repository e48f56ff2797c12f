package boilerplate

import "fmt"

// PhraseText is a phrase as written in rules.toml. Decoding checks that it
// compiles, so a bad phrase is reported at its line of the configuration.
type PhraseText string

// UnmarshalText validates the phrase.
func (p *PhraseText) UnmarshalText(b []byte) error {
	if _, err := compile(Phrase{Text: string(b), Kind: KindCustom}); err != nil {
		return err
	}
	*p = PhraseText(b)
	return nil
}

// RepeatCount is the min_repeats setting: 0 (off) or at least 2.
type RepeatCount int

// UnmarshalTOML validates the count.
func (n *RepeatCount) UnmarshalTOML(v any) error {
	i, ok := v.(int64)
	if !ok {
		return fmt.Errorf("min_repeats must be an integer, not %T", v)
	}
	if i < 0 || i == 1 {
		return fmt.Errorf("min_repeats must be 0 (off) or at least 2, not %d", i)
	}
	*n = RepeatCount(i)
	return nil
}

// WordCount is the max_line_words setting: 0 (off) up to 20.
type WordCount int

// UnmarshalTOML validates the count.
func (n *WordCount) UnmarshalTOML(v any) error {
	i, ok := v.(int64)
	if !ok {
		return fmt.Errorf("max_line_words must be an integer, not %T", v)
	}
	if i < 0 || i > maxNavWords {
		return fmt.Errorf("max_line_words must be between 0 (off) and %d, not %d", maxNavWords, i)
	}
	*n = WordCount(i)
	return nil
}
