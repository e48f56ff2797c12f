package claim

import (
	"strings"
	"testing"

	"github.com/srclint/srclint/internal/seedtest"
	"github.com/srclint/srclint/rules/article"
	"github.com/srclint/srclint/rules/corpus"
	"github.com/srclint/srclint/rules/text"
)

// TestMentionsFilterIsSound checks that the word filter never hides a
// match: on the seeds, every one- to three-word phrase of every article
// (and a few that occur nowhere) is found by Mentions exactly where a
// plain scan of the article's words finds it.
func TestMentionsFilterIsSound(t *testing.T) {
	var arts []*article.Article
	for _, s := range seedtest.Read(t) {
		arts = append(arts, article.New(s.Name, s.Text, []article.Span{{Start: 0, End: len(s.Text)}}))
	}
	c := corpus.New(arts)
	phrases := []string{"Zelenskÿ", "U.S", "Trump’s", "the Wall Street Journal", "Odessa Texas", "Kyiv."}
	for _, d := range c.Docs {
		ws := text.Words(d.Text, d.Body[0])
		for i := range ws {
			for n := 1; n <= 3 && i+n <= len(ws); n++ {
				parts := make([]string, n)
				for k := range n {
					parts[k] = ws[i+k].Text
				}
				phrases = append(phrases, strings.Join(parts, " "))
			}
		}
	}
	hits := 0
	for _, d := range c.Docs {
		ws := text.Words(d.Text, d.Body[0])
		for _, p := range phrases {
			got, want := Mentions(d, p), findIn(ws, p)
			if len(got) != len(want) {
				t.Fatalf("%s: Mentions(%q) = %v, a scan finds %v", d.Path, p, got, want)
			}
			for k := range got {
				if got[k] != want[k] {
					t.Fatalf("%s: Mentions(%q) = %v, a scan finds %v", d.Path, p, got, want)
				}
			}
			hits += len(got)
		}
	}
	if hits == 0 {
		t.Fatal("no phrase was found anywhere: the test checks nothing")
	}
}
