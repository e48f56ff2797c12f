package quote

import (
	"strings"
	"testing"

	"github.com/srclint/srclint/rules/article"
)

// at returns the span of the n-th (from 0) occurrence of sub in s.
func at(t *testing.T, s, sub string, n int) article.Span {
	t.Helper()
	off := 0
	for k := 0; ; k++ {
		i := strings.Index(s[off:], sub)
		if i < 0 {
			t.Fatalf("%q not found %d times in %q", sub, n+1, s)
		}
		if k == n {
			return article.Span{Start: off + i, End: off + i + len(sub)}
		}
		off += i + len(sub)
	}
}

// wantQuote describes an expected quote by the text it covers: the quoted
// words, the opening and closing marks (with the occurrence of each mark
// in the input), and its attributes.
type wantQuote struct {
	text            string
	open            string
	openN           int
	close           string
	closeN          int
	depth           int
	words           int
	unclosed        bool
	speaker         string
	speakerResolved bool
	reopen          int
}

func TestExtract(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []wantQuote
	}{
		{"straight double", `He said "we will win the war" today.`,
			[]wantQuote{{text: "we will win the war", open: `"`, close: `"`, closeN: 1, words: 5}}},
		{"curly double, X said", `“We are ready to meet at any hour,” Whitlock said.`,
			[]wantQuote{{text: "We are ready to meet at any hour", open: "“", close: "”", words: 8, speaker: "Whitlock"}}},
		{"low-high marks, sagte X", `„Wir schaffen das“, sagte Merkel.`,
			[]wantQuote{{text: "Wir schaffen das", open: "„", close: "“", words: 3}}},
		{"guillemets", `«Nous gagnerons la paix» a dit Macron.`,
			[]wantQuote{{text: "Nous gagnerons la paix", open: "«", close: "»", words: 4}}},
		{"curly single nested in double", `“He told me ‘never give up’ yesterday,” she said.`,
			[]wantQuote{
				{text: "He told me ‘never give up’ yesterday", open: "“", close: "”", words: 7},
				{text: "never give up", open: "‘", close: "’", depth: 1, words: 3},
			}},
		{"straight single nested in double", `"He said 'no way, not now' to me," Smith said.`,
			[]wantQuote{
				{text: "He said 'no way, not now' to me", open: `"`, close: `"`, closeN: 1, words: 8, speaker: "Smith"},
				{text: "no way, not now", open: "'", close: "'", closeN: 1, depth: 1, words: 4},
			}},
		{"continues over paragraphs", "“The first part of the statement.\n\n“And the second part,” Kirchner said.",
			[]wantQuote{{text: "The first part of the statement.\n\n“And the second part", open: "“", close: "”", words: 10, speaker: "Kirchner", reopen: 1}}},
		{"mismatched marks: curly open, straight close", `“It is a complete and total fallacy," White House press secretary Karoline Leavitt told reporters Monday.`,
			[]wantQuote{{text: "It is a complete and total fallacy", open: "“", close: `"`, words: 7, speaker: "Karoline Leavitt"}}},
		{"apostrophes are not quote marks", `It isn’t Witkoff’s plan from the ’90s, O’Brien said of the lawmakers’ claim in '24.`, nil},
		{"scare quote in single marks", `Rubio was unaware of ‘full scope’ until the draft leaked.`,
			[]wantQuote{{text: "full scope", open: "‘", close: "’", words: 2}}},
		{"unclosed quote ends at the paragraph", "“This is never closed, she said.\n\nA plain paragraph.",
			[]wantQuote{{text: "This is never closed, she said.", open: "“", words: 6, unclosed: true}}},
		{"inch mark is not a quote", `They laid a 6" pipe under the road.`, nil},
		{"said X", `“We are ready,” said Graham Whitlock, the director.`,
			[]wantQuote{{text: "We are ready", open: "“", close: "”", words: 3, speaker: "Graham Whitlock"}}},
		{"X told reporters before a colon", `Water minister Faraj al-Obeidi said at the ceremony: “This plant belongs to every Libyan.”`,
			[]wantQuote{{text: "This plant belongs to every Libyan.", open: "“", close: "”", words: 6, speaker: "Faraj al-Obeidi"}}},
		{"name, appositive, told reporters before a colon", `Hector Dunmore, the White House press secretary, told reporters: “There is no deal until every point is agreed.”`,
			[]wantQuote{{text: "There is no deal until every point is agreed.", open: "“", close: "”", words: 9, speaker: "Hector Dunmore"}}},
		{"role words without a name before them name nobody new", `Officials at the White House, the press office, told reporters: “Nothing is agreed yet.”`,
			[]wantQuote{{text: "Nothing is agreed yet.", open: "“", close: "”", words: 4, speaker: "White House"}}},
		{"X posted, pronoun, run-on quote", `Even Trump seems optimistic. “Is peace possible???," he posted Monday on social media. “Don’t believe it until you see it."`,
			[]wantQuote{
				{text: "Is peace possible???", open: "“", close: `"`, words: 3, speaker: "Trump", speakerResolved: true},
				{text: "Don’t believe it until you see it.", open: "“", openN: 1, close: `"`, closeN: 1, words: 7, speaker: "Trump", speakerResolved: true},
			}},
		{"said in a statement, adding", `Rubio disputed the claim. “The proposal was authored by the U.S.," he said in a statement, adding, “It is based on input from both sides."`,
			[]wantQuote{
				{text: "The proposal was authored by the U.S.", open: "“", close: `"`, words: 7, speaker: "Rubio", speakerResolved: true},
				{text: "It is based on input from both sides.", open: "“", openN: 1, close: `"`, closeN: 1, words: 8, speaker: "Rubio", speakerResolved: true},
			}},
		{"pronoun resolved to the subject, not the last capital", `At the reopening, water minister Faraj al-Obeidi addressed tensions that have divided Libya since 2014. "This plant belongs to all Libyans," he said.`,
			[]wantQuote{{text: "This plant belongs to all Libyans", open: `"`, close: `"`, closeN: 1, words: 6, speaker: "Faraj al-Obeidi", speakerResolved: true}}},
		{"according to X", `“We are close to a deal,” according to Witkoff.`,
			[]wantQuote{{text: "We are close to a deal", open: "“", close: "”", words: 6, speaker: "Witkoff"}}},
		{"unattributed", `The memo read “do not share this widely” in bold letters.`,
			[]wantQuote{{text: "do not share this widely", open: "“", close: "”", words: 5}}},
		{"officials are not a named speaker", `Officials, however, argued it was a “good-faith attempt by Witkoff and Kushner” to end the war.`,
			[]wantQuote{{text: "good-faith attempt by Witkoff and Kushner", open: "“", close: "”", words: 6}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Extract(tt.in, nil)
			if len(got) != len(tt.want) {
				for _, q := range got {
					t.Logf("got %q", tt.in[q.Text.Start:q.Text.End])
				}
				t.Fatalf("got %d quotes, want %d", len(got), len(tt.want))
			}
			for i, w := range tt.want {
				q := got[i]
				if ws := at(t, tt.in, w.text, 0); q.Text != ws {
					t.Errorf("quote %d: Text = %v %q, want %v %q", i, q.Text, tt.in[q.Text.Start:q.Text.End], ws, w.text)
				}
				if ws := at(t, tt.in, w.open, w.openN); q.Open != ws {
					t.Errorf("quote %d: Open = %v, want %v", i, q.Open, ws)
				}
				if w.unclosed {
					end := strings.Index(tt.in, "\n")
					if !q.Unclosed || q.Close != (article.Span{Start: end, End: end}) {
						t.Errorf("quote %d: Unclosed = %v, Close = %v, want the empty span at %d", i, q.Unclosed, q.Close, end)
					}
				} else if ws := at(t, tt.in, w.close, w.closeN); q.Unclosed || q.Close != ws {
					t.Errorf("quote %d: Close = %v (unclosed %v), want %v", i, q.Close, q.Unclosed, ws)
				}
				if q.Depth != w.depth || q.Words != w.words || q.Speaker != w.speaker || q.SpeakerResolved != w.speakerResolved || len(q.Reopen) != w.reopen {
					t.Errorf("quote %d: depth %d words %d speaker %q resolved %v reopen %d; want %d %d %q %v %d", i,
						q.Depth, q.Words, q.Speaker, q.SpeakerResolved, len(q.Reopen), w.depth, w.words, w.speaker, w.speakerResolved, w.reopen)
				}
				if w.speaker != "" {
					if sp := at(t, tt.in, w.speaker, 0); q.SpeakerSpan != sp {
						t.Errorf("quote %d: SpeakerSpan = %v, want %v", i, q.SpeakerSpan, sp)
					}
				}
			}
		})
	}
}

func TestExtractContinuationPieces(t *testing.T) {
	in := "“The first part.\n\n“The second part,” she said."
	qs := Extract(in, nil)
	if len(qs) != 1 {
		t.Fatalf("got %d quotes, want 1", len(qs))
	}
	want := []article.Span{at(t, in, "The first part.", 0), at(t, in, "The second part", 0)}
	if len(qs[0].Pieces) != 2 || qs[0].Pieces[0] != want[0] || qs[0].Pieces[1] != want[1] {
		t.Errorf("Pieces = %v, want %v", qs[0].Pieces, want)
	}
	if qs[0].Reopen[0] != at(t, in, "“", 1) {
		t.Errorf("Reopen = %v, want %v", qs[0].Reopen, at(t, in, "“", 1))
	}
}

func TestExtractBody(t *testing.T) {
	// Only the linted regions are read.
	in := "“Outside the body,” he said.\n\n“Inside the body of the text,” Kim said."
	body := []article.Span{{Start: strings.Index(in, "\n\n") + 2, End: len(in)}}
	qs := Extract(in, body)
	if len(qs) != 1 || in[qs[0].Text.Start:qs[0].Text.End] != "Inside the body of the text" {
		t.Fatalf("got %v", qs)
	}
}

func TestInside(t *testing.T) {
	in := `He said "we will win the war" today.`
	qs := Extract(in, nil)
	tests := []struct {
		sub  string
		want bool
	}{
		{"win the", true},
		{"we will win the war", true},
		{`"we`, false},
		{"said", false},
		{"war\" today", false},
	}
	for _, tt := range tests {
		if got := Inside(qs, at(t, in, tt.sub, 0)); got != tt.want {
			t.Errorf("Inside(%q) = %v, want %v", tt.sub, got, tt.want)
		}
	}
}

func TestParagraphs(t *testing.T) {
	in := "Headline\nFirst line of a paragraph that is\nhard-wrapped here.\n\nSecond, on one line.\nThird on its own line."
	want := []string{"Headline", "First line of a paragraph that is\nhard-wrapped here.", "Second, on one line.", "Third on its own line."}
	got := Paragraphs(in, nil)
	if len(got) != len(want) {
		t.Fatalf("got %d paragraphs, want %d", len(got), len(want))
	}
	for i, p := range got {
		if in[p.Start:p.End] != want[i] {
			t.Errorf("paragraph %d = %q, want %q", i, in[p.Start:p.End], want[i])
		}
	}
}

func FuzzExtract(f *testing.F) {
	f.Add(`“It is a “fallacy," she said. ‘x’ '90s isn’t “`)
	f.Add("„a“ «b» ‹c› \"d 'e' f\"\n\n\"g")
	f.Fuzz(func(t *testing.T, s string) {
		for _, q := range Extract(s, nil) {
			if q.Text.Start < 0 || q.Text.End > len(s) || q.Text.Start > q.Text.End || q.Open.End > q.Text.Start+1 && q.Open.Start > q.Text.Start {
				t.Fatalf("bad span %+v in %q", q, s)
			}
			_ = s[q.Text.Start:q.Text.End]
			_ = s[q.Open.Start:q.Open.End]
			_ = s[q.Close.Start:q.Close.End]
		}
	})
}
