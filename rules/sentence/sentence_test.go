package sentence

import (
	"strings"
	"testing"

	"github.com/srclint/srclint/rules/article"
)

func texts(txt string, ss []Sentence) []string {
	var out []string
	for _, s := range ss {
		out = append(out, txt[s.Span.Start:s.Span.End])
	}
	return out
}

func TestSplit(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"abbreviations", "On Nov. 16, Sen. Angus King of Maine spoke. Gov. Smith and Dr. Jones agreed.",
			[]string{"On Nov. 16, Sen. Angus King of Maine spoke.", "Gov. Smith and Dr. Jones agreed."}},
		{"initialism before a name", "U.S. officials said the plan reflected a good-faith attempt. Vice President J.D. Vance called.",
			[]string{"U.S. officials said the plan reflected a good-faith attempt.", "Vice President J.D. Vance called."}},
		{"initialism ending a sentence", "The proposal was authored by the U.S. The plan changed.",
			[]string{"The proposal was authored by the U.S.", "The plan changed."}},
		{"initialism then name", "Sanctions hit the U.S. Treasury hard.", []string{"Sanctions hit the U.S. Treasury hard."}},
		{"month abbreviation ends sentence", "They met in Jan. Then they left.", []string{"They met in Jan.", "Then they left."}},
		{"decimals and amounts", "It costs $2.5 billion. Prices rose 3.4 percent.", []string{"It costs $2.5 billion.", "Prices rose 3.4 percent."}},
		{"question in quotation mid-sentence", `“Is it really possible that big progress is being made???," he posted Monday. Next one.`,
			[]string{`“Is it really possible that big progress is being made???," he posted Monday.`, "Next one."}},
		{"quotation ending the sentence", `He said: "We will win." The crowd cheered!`, []string{`He said: "We will win."`, "The crowd cheered!"}},
		{"exclamation inside quote", "“Stop!” she said. He stopped.", []string{"“Stop!” she said.", "He stopped."}},
		{"sentence break inside a quote", `"Is it possible??? Don't believe it."`, []string{`"Is it possible???`, `Don't believe it."`}},
		{"headline without period", "US Drafts Russia-Friendly Ukraine Peace Plan\n\nIn a dramatic development, the plan leaked.",
			[]string{"US Drafts Russia-Friendly Ukraine Peace Plan", "In a dramatic development, the plan leaked."}},
		{"section titles on their own lines", "Beginning\nAccording to the Journal, it began.\nDiscussions with Russia\nThey met.",
			[]string{"Beginning", "According to the Journal, it began.", "Discussions with Russia", "They met."}},
		{"bullet lines", "Headline\n- 25.11.2025, 13:20\n* second point. Another.\n1. numbered item",
			[]string{"Headline", "25.11.2025, 13:20", "second point.", "Another.", "numbered item"}},
		{"hard-wrapped prose", "The plan was drafted\nin Miami over dinners,\nofficials said.", []string{"The plan was drafted\nin Miami over dinners,\nofficials said."}},
		{"line ending with a colon", "He made contributions to the plan:\n\"They met.\"", []string{"He made contributions to the plan:", `"They met."`}},
		{"ellipsis", "publishing news on current… More »", []string{"publishing news on current…", "More »"}},
		{"initial in a name", "Donald J. Trump spoke. He left.", []string{"Donald J. Trump spoke.", "He left."}},
		{"no number after No", "The answer was No. It stood.", []string{"The answer was No.", "It stood."}},
		{"number after No", "Resolution No. 5 passed.", []string{"Resolution No. 5 passed."}},
		{"markdown heading", "## The Genesis\nText here.", []string{"The Genesis", "Text here."}},
		{"crlf", "One.\r\nTwo.\r\n\r\nThree", []string{"One.", "Two.", "Three"}},
		{"empty", "  \n\n ", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := texts(tt.in, Split(tt.in, nil))
			if strings.Join(got, "|") != strings.Join(tt.want, "|") || len(got) != len(tt.want) {
				t.Errorf("Split(%q)\n got %q\nwant %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestSplitFlagsAndParagraphs(t *testing.T) {
	in := "Title Line\n\nFirst one. Second one.\n- bullet\nLast line here.\nNext para."
	got := Split(in, nil)
	type flags struct {
		text             string
		para             int
		heading, bullet  bool
		start, end, indx int
	}
	want := []flags{
		{"Title Line", 0, true, false, 0, 10, 0},
		{"First one.", 1, false, false, 12, 22, 1},
		{"Second one.", 1, false, false, 23, 34, 2},
		{"bullet", 2, true, true, 37, 43, 3},
		{"Last line here.", 3, false, false, 44, 59, 4},
		{"Next para.", 4, false, false, 60, 70, 5},
	}
	if len(got) != len(want) {
		t.Fatalf("got %d sentences %q, want %d", len(got), texts(in, got), len(want))
	}
	for i, w := range want {
		g := got[i]
		f := flags{in[g.Span.Start:g.Span.End], g.Para, g.Heading, g.Bullet, g.Span.Start, g.Span.End, g.Index}
		if f != w {
			t.Errorf("sentence %d = %+v, want %+v", i, f, w)
		}
	}
	ps := Paragraphs(got)
	if len(ps) != 5 || len(ps[1].Sentences) != 2 || ps[1].Span != (article.Span{Start: 12, End: 34}) {
		t.Errorf("Paragraphs = %+v", ps)
	}
}

func TestSplitBodyRegions(t *testing.T) {
	in := "---\ntitle: x\n---\nFirst. Second.\n<!-- hidden. -->\nThird."
	body := []article.Span{{Start: 17, End: strings.Index(in, "<!--")}, {Start: strings.Index(in, "Third"), End: len(in)}}
	got := texts(in, Split(in, body))
	want := []string{"First.", "Second.", "Third."}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("got %q, want %q", got, want)
	}
}

// TestSplitSeeds checks the hard cases of the seed articles at their exact
// offsets.
func TestSplitSeeds(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"Sen. Angus King of Maine, an independent who serves on the intelligence committee, texted Rubio on Saturday morning voicing his concern and confusion about the plan. Rubio also called King and then two other senators at a security conference in Halifax, Canada—Sens. Jeanne Shaheen of New Hampshire, the top Democrat on the Senate Foreign Relations Committee, and Republican Mike Rounds of South Dakota.",
			[]string{"Sen. Angus King of Maine, an independent who serves on the intelligence committee, texted Rubio on Saturday morning voicing his concern and confusion about the plan.",
				"Rubio also called King and then two other senators at a security conference in Halifax, Canada—Sens. Jeanne Shaheen of New Hampshire, the top Democrat on the Senate Foreign Relations Committee, and Republican Mike Rounds of South Dakota."}},
		{"Rubio disputed the lawmakers’ claim. “The peace proposal was authored by the U.S.,\" he said in a statement, adding, “It is based on input from the Russian side. But it is also based on previous and ongoing input from Ukraine.\"",
			[]string{"Rubio disputed the lawmakers’ claim.", "“The peace proposal was authored by the U.S.,\" he said in a statement, adding, “It is based on input from the Russian side.", "But it is also based on previous and ongoing input from Ukraine.\""}},
		{"On Nov. 16, Kushner and Witkoff walked the Ukrainian president through the 28-point plan, people familiar with the matter said. Zelensky thanked them—and Trump—for their efforts.",
			[]string{"On Nov. 16, Kushner and Witkoff walked the Ukrainian president through the 28-point plan, people familiar with the matter said.", "Zelensky thanked them—and Trump—for their efforts."}},
		{"CLOSE\nU.S. News\n\nInitial Ukraine-Russia peace plan was hashed out over dinners in Miami –  Rubio was unaware of ‘full scope’ until the day draft leaked: report \n\nSteve Witkoff drafted the original 28‑point plan.",
			[]string{"CLOSE", "U.S. News", "Initial Ukraine-Russia peace plan was hashed out over dinners in Miami –  Rubio was unaware of ‘full scope’ until the day draft leaked: report", "Steve Witkoff drafted the original 28‑point plan."}},
	}
	for _, tt := range tests {
		got := texts(tt.in, Split(tt.in, nil))
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("Split(%.40q…)\n got %q\nwant %q", tt.in, got, tt.want)
		}
	}
}

func FuzzSplit(f *testing.F) {
	f.Add("U.S. News\n\nOn Nov. 16, he said “Yes!” Then $2.5 billion.\n- bullet")
	f.Add("\r\n\r.\n?!… ”")
	f.Fuzz(func(t *testing.T, in string) {
		prev := 0
		for _, s := range Split(in, nil) {
			if s.Span.Start < prev || s.Span.End <= s.Span.Start || s.Span.End > len(in) {
				t.Fatalf("bad span %+v in %q", s.Span, in)
			}
			prev = s.Span.End
		}
	})
}

// TestKeysFitLower checks that abbreviation's look-ups, which skip ASCII
// words longer than maxKey, miss no key.
func TestKeysFitLower(t *testing.T) {
	for _, m := range []map[string]bool{titles, beforeNumber, starters} {
		for k := range m {
			if len(k) > maxKey || k != strings.ToLower(k) {
				t.Errorf("key %q is longer than %d bytes or not lower case", k, maxKey)
			}
		}
	}
}
