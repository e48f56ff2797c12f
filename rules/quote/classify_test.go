package quote

import (
	"testing"

	"github.com/srclint/srclint/rules/article"
)

// first returns the first top-level quote of txt.
func first(t *testing.T, txt string) Quote {
	t.Helper()
	for _, q := range Extract(txt, nil) {
		if q.Depth == 0 {
			return q
		}
	}
	t.Fatalf("no quote in %q", txt)
	return Quote{}
}

func TestCompare(t *testing.T) {
	tests := []struct {
		name string
		a, b string
		want Kind
		// For Altered: the rendered diff and the changed words of a and b
		// (each a substring of its text, in order, first occurrence after
		// the previous one).
		diffA, diffB   string
		spansA, spansB []string
	}{
		{"verbatim", `“We will rebuild the plant,” she said.`, `"We will rebuild the plant," Kim said.`, Verbatim, "", "", nil, nil},
		{"cosmetic: apostrophes, marks, trailing punctuation", `“It isn’t over yet,” he said.`, `"It isn't over yet." he said.`, Cosmetic, "", "", nil, nil},
		{"cosmetic: case, dashes, spacing", `“A good‑faith  attempt to end the war”`, `"a good-faith attempt to end the WAR"`, Cosmetic, "", "", nil, nil},
		{"cosmetic: U.S./US and Sen./Senator", `“The U.S. stands with Sen. King on this”`, `"The US stands with Senator King on this"`, Cosmetic, "", "", nil, nil},
		{"excerpt: contiguous part", `“ready to meet at any hour”`, `“We remain ready to meet at any hour.”`, Excerpt, "", "", nil, nil},
		{"excerpt: elision …", `“Westmarch voted for change … I will govern for the people”`, `“Westmarch voted for change, and tonight I make you one promise: I will govern for the people”`, Excerpt, "", "", nil, nil},
		{"excerpt: elision ... without spaces", `"position, compensation...appointment of the new chief"`, `"position, compensation, benefits and appointment of the new chief"`, Excerpt, "", "", nil, nil},
		{"excerpt: bracketed elision […]", `“They waited for the coldest night of the month […] This was not a military target”`, `“They waited for the coldest night of the month and aimed at the heat. This was not a military target.”`, Excerpt, "", "", nil, nil},
		{"excerpt: bracketed insertion [you]", `“We will give [you] everything we have”`, `“We will give everything we have”`, Excerpt, "", "", nil, nil},
		{"excerpt: bracketed insertion replacing words", `“[The plan] is based on input from the Russian side”`, `“It is based on input from the Russian side”`, Excerpt, "", "", nil, nil},
		{"excerpt: overlapping parts of one statement", `“the coldest night of the month and aimed at the one thing”`, `“aimed at the one thing that keeps families warm”`, Excerpt, "", "", nil, nil},
		{"altered: reworded", `“The peace proposal was authored by the U.S.,” he said.`, `“The author of the peace proposal is the United States,” he said.`, Altered,
			"was authored by the U.S.", "The author of … is the United States",
			[]string{"was", "authored", "by", "U.S."}, []string{"The", "author", "of", "is", "United", "States"}},
		{"altered: words dropped without an elision", `“It is based on input from the Russian side and from Ukraine”`, `“It is based on input from Ukraine”`, Altered,
			"input from the Russian side and", "input",
			[]string{"input", "from", "the", "Russian", "side", "and"}, []string{"input"}},
		{"unrelated: different statements", `“We will rebuild the plant before winter”`, `“The strike hit the plant before dawn”`, Unrelated, "", "", nil, nil},
		{"unrelated: different named speakers", `“We will never trade our land for peace with Russia,” Zelensky said.`, `“We will never trade our land for peace with Ukraine,” Putin said.`, Unrelated, "", "", nil, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			qa, qb := first(t, tt.a), first(t, tt.b)
			got := Compare(tt.a, qa, tt.b, qb)
			if got.Kind != tt.want {
				t.Fatalf("Compare = %v, want %v", got.Kind, tt.want)
			}
			back := Compare(tt.b, qb, tt.a, qa)
			if back.Kind != tt.want {
				t.Errorf("reverse Compare = %v, want %v", back.Kind, tt.want)
			}
			if tt.want != Altered {
				return
			}
			if got.Diff.A != tt.diffA || got.Diff.B != tt.diffB {
				t.Errorf("diff = %q → %q, want %q → %q", got.Diff.A, got.Diff.B, tt.diffA, tt.diffB)
			}
			checkSpans(t, "A", tt.a, qa.Text.Start, got.Diff.ASpans, tt.spansA)
			checkSpans(t, "B", tt.b, qb.Text.Start, got.Diff.BSpans, tt.spansB)
		})
	}
}

// checkSpans compares spans with the successive occurrences of words in txt
// from offset from.
func checkSpans(t *testing.T, side, txt string, from int, got []article.Span, words []string) {
	t.Helper()
	var want []article.Span
	off := from
	for _, w := range words {
		s := at(t, txt[off:], w, 0)
		s.Start += off
		s.End += off
		want = append(want, s)
		off = s.End
	}
	if len(got) != len(want) {
		t.Fatalf("%s spans = %v, want %v", side, got, want)
	}
	for i := range got {
		if got[i] != want[i] {
			t.Errorf("%s span %d = %v %q, want %v %q", side, i, got[i], txt[got[i].Start:got[i].End], want[i], words[i])
		}
	}
}
