package quote

import (
	"fmt"
	"sort"
	"strings"
	"testing"

	"github.com/srclint/srclint/rules/article"
	"github.com/srclint/srclint/rules/corpus"
)

// loc renders a quote's opening mark as "src:line:col".
func loc(d *corpus.Doc, off int) string {
	p := d.Position(off)
	return fmt.Sprintf("%s:%d:%d", d.Source[:3], p.Line, p.Column)
}

func TestMatchSeeds(t *testing.T) {
	c := seedCorpus(t)
	m := Counterparts.Of(c)
	var got []string
	for _, d := range c.Docs {
		for i, q := range Quotes.Of(d) {
			for _, p := range m.Pairs(d, i) {
				got = append(got, fmt.Sprintf("%s %s %s", loc(d, q.Open.Start), p.Kind, loc(p.Other.Doc, p.Other.Quote().Open.Start)))
			}
			for _, e := range m.Echoes(d, i) {
				got = append(got, fmt.Sprintf("%s echo %s %d/%d", loc(d, q.Open.Start), loc(e.Doc, e.Span.Start), e.Shared, q.Words))
			}
		}
	}
	want := []string{
		"000:18:190 echo 001:9:42 11/10", // hyphenated good‑faith counts as two words
		"000:24:223 echo 001:1:129 6/10", // "a plan to end the Ukraine war": below the rule's thresholds
		"001:11:1 cosmetic 002:28:197",
		"001:49:38 altered 003:21:1",
		"001:49:117 altered 003:21:90",
		"001:53:30 merged 002:30:100",
		"001:53:166 merged 002:30:100",
		"002:28:197 cosmetic 001:11:1",
		"002:30:100 split 001:53:30",
		"002:30:100 split 001:53:166",
		"003:10:1 echo 001:13:159 24/42",
		"003:10:1 echo 000:12:30 6/42",
		"003:16:1 echo 001:33:12 15/22",
		"003:21:1 altered 001:49:38",
		"003:21:90 altered 001:49:117",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// docs builds a corpus of (path, source, text) triples.
func docs(files ...string) *corpus.Corpus {
	var arts []*article.Article
	for i := 0; i+2 < len(files); i += 3 {
		a := article.New(files[i], files[i+2], nil)
		a.Source = files[i+1]
		arts = append(arts, a)
	}
	sort.Slice(arts, func(i, j int) bool { return arts[i].Path < arts[j].Path })
	return corpus.New(arts)
}

func TestMatchSplitAndSameSource(t *testing.T) {
	c := docs(
		"a.txt", "A", `“We are not against machines. We are against a contract that treats us as a line item,” Okafor said.`,
		"b.txt", "B", `“We are not against machines,” Okafor said. “We are against a contract that treats us as a line item.”`,
		"c.txt", "A", `“We are not against machines. We are against a contract that treats us as a line item,” Okafor said.`,
		"d.txt", "D", `Story about something else. “The river rose two feet overnight and the bridge closed,” the mayor said.`,
	)
	m := Counterparts.Of(c)
	var got []string
	for _, d := range c.Docs {
		for i, q := range Quotes.Of(d) {
			for _, p := range m.Pairs(d, i) {
				got = append(got, fmt.Sprintf("%s:%d %s %s:%d", d.Path, q.Open.Start, p.Kind, p.Other.Doc.Path, p.Other.Quote().Open.Start))
			}
		}
	}
	// a and c are the same source: never paired. d is unrelated.
	want := []string{
		"a.txt:0 split b.txt:0",
		"a.txt:0 split b.txt:48",
		"b.txt:0 merged a.txt:0",
		"b.txt:0 merged c.txt:0",
		"b.txt:48 merged a.txt:0",
		"b.txt:48 merged c.txt:0",
		"c.txt:0 split b.txt:0",
		"c.txt:0 split b.txt:48",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func TestMatchSplitAltered(t *testing.T) {
	// One source splits the quote around the attribution; the other
	// rewords its second half. The altered pair carries the diff against
	// the joined parts.
	c := docs(
		"a.txt", "A", `“If a deputy knocks on your door, that is not a suggestion,” Sheriff Wade Brannigan said. “Pack the medicine, grab the pets and go.”`,
		"b.txt", "B", `Sheriff Wade Brannigan urged residents to leave. “If a deputy knocks on your door, that is not a suggestion. Take your medicine, get the pets and leave,” he said.`,
	)
	m := Counterparts.Of(c)
	b := c.Docs[1]
	ps := m.Pairs(b, 0)
	// The second part shares too few words with b to be a candidate on
	// its own; the first part carries the comparison.
	if len(ps) != 1 || ps[0].Other.Index != 0 {
		t.Fatalf("got pairs %+v, want one with a's first quote", ps)
	}
	for _, p := range ps {
		if p.Kind != Altered || p.Diff.A != "Take your medicine, get … leave" || p.Diff.B != "Pack the medicine, grab … go" {
			t.Errorf("pair with %d: %v %q → %q", p.Other.Index, p.Kind, p.Diff.B, p.Diff.A)
		}
	}
}

func TestMatchStory(t *testing.T) {
	// Documents of different stories are never paired.
	c := docs(
		"a.txt", "A", `“The plant will reopen before the end of the summer,” she said.`,
		"b.txt", "B", `“The plant will reopen before the end of the summer,” she said.`,
	)
	c.Docs[0].Story, c.Docs[1].Story = "one", "two"
	if ps := Counterparts.Of(c).Pairs(c.Docs[0], 0); len(ps) != 0 {
		t.Errorf("got pairs across stories: %+v", ps)
	}
}
