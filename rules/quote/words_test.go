package quote

import (
	"reflect"
	"testing"

	"github.com/srclint/srclint/rules/article"
	"github.com/srclint/srclint/rules/corpus"
)

// checkSameQuotes checks that extraction from the body words finds what
// extraction by tokenising finds.
func checkSameQuotes(t *testing.T, c *corpus.Corpus) {
	t.Helper()
	for _, d := range c.Docs {
		got, want := Quotes.Of(d), Extract(d.Text, d.Body)
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("%s: quotes from body words differ:\n%+v\nwant\n%+v", d.Path, got, want)
		}
		plain := &wordSource{txt: d.Text}
		if got, want := unquotedWords(d, docWords(d)), unquotedWords(d, plain); !reflect.DeepEqual(got, want) {
			t.Fatalf("%s: unquoted words from body words differ:\n%+v\nwant\n%+v", d.Path, got, want)
		}
		for _, q := range got {
			if got, want := tokenize(nil, docWords(d), q.Pieces), tokenize(nil, plain, q.Pieces); !reflect.DeepEqual(got, want) {
				t.Fatalf("%s: quote tokens from body words differ:\n%+v\nwant\n%+v", d.Path, got, want)
			}
			gap := article.Span{Start: q.Para.Start, End: q.Open.Start}
			if got, want := docWords(d).count(gap), plain.count(gap); got != want {
				t.Fatalf("%s: %d words before a quote, want %d", d.Path, got, want)
			}
		}
	}
}

func TestQuotesFromBodyWords(t *testing.T) {
	checkSameQuotes(t, genCorpus(t, 200))
	var arts []*article.Article
	for i, s := range wordSamples {
		arts = append(arts, article.New(string(rune('a'+i))+".txt", s, nil))
	}
	checkSameQuotes(t, corpus.New(arts))
}

var wordSamples = []string{
	"“We will not,” he said. Senator Jane Doe-Smith, the U.S. envoy, said: “It's over… [the plan] is dead.”",
	"He said, 'no'. ‘Rock’n’roll’ — “x”y “z” \"a\"b 'em ’90s",
	"Dr. A.B. Jones told reporters: \"The U.S.A. plan is 2.5 times\n\"bigger,\" and U.S.\n\n“Fine,” said Ms. Q.",
	"„Ja“, sagte er. «Oui», dit-il. \xff“bad\xfe” ok",
}

func FuzzQuotesFromBodyWords(f *testing.F) {
	for _, s := range wordSamples {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		checkSameQuotes(t, corpus.New([]*article.Article{article.New("a.txt", s, nil)}))
	})
}

// TestAbbreviationLength keeps maxAbbreviation the longest abbreviation:
// normWord looks up no longer word.
func TestAbbreviationLength(t *testing.T) {
	for k := range abbreviations {
		if len(k) > maxAbbreviation {
			t.Errorf("abbreviation %q is longer than maxAbbreviation (%d)", k, maxAbbreviation)
		}
	}
}
