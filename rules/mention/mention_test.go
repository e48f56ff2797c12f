package mention

import (
	"fmt"
	"strings"
	"testing"

	"github.com/srclint/srclint/rules/sentence"
)

// render shows a mention as `name [role] flags`, the name located by byte
// offsets.
func render(txt string, m Mention) string {
	s := fmt.Sprintf("%d-%d %s", m.Span.Start, m.Span.End, txt[m.Span.Start:m.Span.End])
	if m.Role != nil {
		s += fmt.Sprintf(" [%s|%s|%s]", txt[m.Role.Span.Start:m.Role.Span.End], m.Role.Key, m.Role.Head())
	}
	if m.Initial {
		s += " initial"
	}
	if m.Heading {
		s += " heading"
	}
	if m.Possessive {
		s += " possessive"
	}
	return s
}

func mentions(txt string) []string {
	var out []string
	for _, m := range Analyze(txt, sentence.Split(txt, nil)).Mentions {
		out = append(out, render(txt, m))
	}
	return out
}

func TestMentions(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"title before name", "He called Ukrainian President Volodymyr Zelensky twice.",
			[]string{"30-48 Volodymyr Zelensky [Ukrainian President|ukrainian president|president]"}},
		{"abbreviated title", "Sen. Angus King of Maine texted Rubio.",
			[]string{"5-15 Angus King [Sen|senator|senator]", "19-24 Maine", "32-37 Rubio"}},
		{"secretary of state", "Later, Secretary of State Marco Rubio spoke.",
			[]string{"26-37 Marco Rubio [Secretary of State|secretary of state|secretary]"}},
		{"lower-case role before", "It was drafted by special envoy Steve Witkoff and others.",
			[]string{"32-45 Steve Witkoff [special envoy|special envoy|envoy]"}},
		{"lower-case role with modifiers", "The infrastructure minister Oleksandr Kubrakov resigned.",
			[]string{"28-46 Oleksandr Kubrakov [infrastructure minister|infrastructure minister|minister]"}},
		{"appositive role", "Steve Witkoff, the US special envoy, met him.",
			[]string{"0-13 Steve Witkoff [US special envoy|us special envoy|envoy] initial", "19-21 US"}},
		{"appositive farmer", "We met Andriy Kovalenko, a farmer from the north.",
			[]string{"7-23 Andriy Kovalenko [farmer|farmer|farmer]"}},
		{"possessive curly", "They met at Witkoff’s home.",
			[]string{"12-19 Witkoff possessive"}},
		{"possessive straight", "They met at Witkoff's home.",
			[]string{"12-19 Witkoff possessive"}},
		{"particle", "He met Crown Prince Mohammed bin Salman on Tuesday.",
			[]string{"20-39 Mohammed bin Salman [Crown Prince|crown prince|prince]"}},
		{"apostrophe name", "Officials said Conor O'Brien agreed.",
			[]string{"15-28 Conor O'Brien"}},
		{"hyphenated particle", "The director, Mohammed al-Werfalli, said so.",
			[]string{"14-34 Mohammed al-Werfalli"}},
		{"sentence-initial function words", "The White House said no. Despite that, When Witkoff called, nothing changed.",
			[]string{"4-15 White House", "44-51 Witkoff"}},
		{"sentence-initial word used in lower case", "Sources say the sources were wrong. Kushner agreed.",
			[]string{"36-43 Kushner initial"}},
		{"title before next name is not an appositive", "Sent by the White House, U.S. Army Secretary Dan Driscoll arrived.",
			[]string{"0-4 Sent initial", "12-23 White House", "45-57 Dan Driscoll [U.S. Army Secretary|us army secretary|secretary]"}},
		{"hyphenated compound splits", "The Witkoff-Kushner initiative.",
			[]string{"4-11 Witkoff", "12-19 Kushner"}},
		{"heading", "Zelensky Meets Envoys\n\nThe talks went on.",
			[]string{"0-21 Zelensky Meets Envoys initial heading"}},
		{"narrow no-break space", "President Volodymyr\u202fZelensky spoke.",
			[]string{"10-30 Volodymyr\u202fZelensky [President|president|president]"}},
		{"nothing", "no names here at all.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := mentions(tt.text)
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("mentions(%q):\n got %q\nwant %q", tt.text, got, tt.want)
			}
		})
	}
}

func TestGivenAndSurname(t *testing.T) {
	tests := []struct {
		text, given, surname string
	}{
		{"He met Mohammed bin Salman today.", "Mohammed", "bin Salman"},
		{"He met Volodymyr Zelensky today.", "Volodymyr", "Zelensky"},
		{"He met Zelensky today.", "", "Zelensky"},
		{"He met Ursula von der Leyen today.", "Ursula", "von der Leyen"},
	}
	for _, tt := range tests {
		ms := Analyze(tt.text, sentence.Split(tt.text, nil)).Mentions
		if len(ms) != 1 {
			t.Fatalf("%q: %d mentions, want 1", tt.text, len(ms))
		}
		gt := ""
		if g, ok := ms[0].Given(); ok {
			gt = tt.text[g.Span.Start:g.Span.End]
		}
		sur, _ := ms[0].Surname(tt.text)
		if gt != tt.given || sur != tt.surname {
			t.Errorf("%q: given %q surname %q, want %q %q", tt.text, gt, sur, tt.given, tt.surname)
		}
	}
}

func people(txt string) []string {
	var out []string
	ps := Group(txt, Analyze(txt, sentence.Split(txt, nil)).Mentions)
	for i := range ps.Len() {
		p := ps.At(i)
		var roles []string
		for _, r := range p.Roles() {
			roles = append(roles, r.Key)
		}
		out = append(out, fmt.Sprintf("%s|%s|%s full=%d short=%d roles=%s confident=%v", p.Key(), p.Given(), p.Surname(), len(p.Full()), p.Shorts(), strings.Join(roles, ","), p.Confident()))
	}
	return out
}

func TestGroup(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"full then surname", "Steve Witkoff flew in. Later Witkoff said the talks went well. Witkoff’s aide agreed.",
			[]string{"vitkof|Steve|Witkoff full=1 short=2 roles= confident=true"}},
		{"surname before full name", "Zelensky spoke. Ukrainian President Volodymyr Zelensky said more.",
			[]string{"zelenski|Volodymyr|Zelensky full=1 short=1 roles=ukrainian president confident=true"}},
		{"two people share a surname", "Andriy Kovalenko, a farmer, met defence minister Oleksandr Kovalenko. Kovalenko said nothing.",
			[]string{"kovalenko|Andriy|Kovalenko full=1 short=0 roles=farmer confident=true",
				"kovalenko|Oleksandr|Kovalenko full=1 short=0 roles=defence minister confident=true"}},
		{"place noun is no surname", "Ballots in Kilmarrow County were late. County officials agreed.",
			[]string{}},
		{"surname only", "They said Putin agreed and Putin left.",
			[]string{"putin||Putin full=0 short=2 roles= confident=false"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := people(tt.text)
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("people(%q):\n got %q\nwant %q", tt.text, got, tt.want)
			}
		})
	}
}

func TestKey(t *testing.T) {
	same := [][]string{
		{"Kyiv", "Kiev"},
		{"Donbas", "Donbass"},
		{"Zelensky", "Zelenskyy", "Zelenskiy", "Zelenskyi", "Zelenskij", "Zelenskÿ"},
		{"Kharkiv", "Kharkov"},
		{"Gaddafi", "Gadhafi"},
		{"Sergei", "Sergey", "Sergiy"},
		{"Priebus", "Preibus"},
		{"Zaluzhnyi", "Zaluzhny"},
		{"Yuriy", "Yuri", "Iurii"},
		{"Andriy", "Andrii", "Andrei", "Andrey"},
		{"Kilmarow", "Kilmarrow"},
		{"Völkermarkt", "Volkermarkt"},
	}
	for _, s := range same {
		for _, w := range s[1:] {
			if Key(w) != Key(s[0]) {
				t.Errorf("Key(%q) = %q, Key(%q) = %q; want equal", w, Key(w), s[0], Key(s[0]))
			}
		}
	}
	differ := [][2]string{
		{"Austria", "Australia"}, {"Jordan", "Jordon"}, {"Kushner", "Kirchner"}, {"Rubio", "Rubin"},
		{"Mike", "Mika"}, {"George", "Georgia"}, {"John", "Johnny"}, {"Well", "Will"}, {"White", "With"},
		{"These", "Those"}, {"What", "White"}, {"Alexander", "Alexandra"}, {"Vladimir", "Volodymyr"},
	}
	for _, p := range differ {
		if Key(p[0]) == Key(p[1]) {
			t.Errorf("Key(%q) = Key(%q) = %q; want different", p[0], p[1], Key(p[0]))
		}
	}
}

func TestSkeleton(t *testing.T) {
	tests := []struct{ a, b, want string }{
		{"Volodymyr", "Vladimir", "vldmr"},
		{"Oleksandr", "Alexander", "lksndr"},
		{"Serhiy", "Sergei", "srg"},
		{"Muhammad", "Mohammed", "mgmd"},
	}
	for _, tt := range tests {
		if a, b := Skeleton(tt.a), Skeleton(tt.b); a != tt.want || b != tt.want {
			t.Errorf("Skeleton(%q), Skeleton(%q) = %q, %q; want %q", tt.a, tt.b, a, b, tt.want)
		}
	}
}

func TestLexicon(t *testing.T) {
	m := map[string]string{"president": "president", "pres": "president", "sen": "senator", "a": "a"}
	l := newLexicon(m)
	for w, v := range m {
		if got, ok := l.get(w); !ok || got != v {
			t.Errorf("get(%q) = %q, %v; want %q", w, got, ok, v)
		}
	}
	for _, w := range []string{"", "b", "presiden", "presidents", "se", "sena"} {
		if l.has(w) {
			t.Errorf("has(%q) = true", w)
		}
	}
	for _, w := range []string{"the", "of", "bin", "von", "secretary"} {
		if !functionWords.has(w) && !connectors.has(w) && !roleHeads.has(w) {
			t.Errorf("%q not listed", w)
		}
	}
}

// BenchmarkLexicon measures the look-ups of extraction: mostly words in no
// list, some function words and connectors.
func BenchmarkLexicon(b *testing.B) {
	words := strings.Fields("the minister of defence said on tuesday that talks with volodymyr zelensky " +
		"and mohammed bin salman would resume in kyiv after officials from the european union met " +
		"special envoy steve witkoff whose plan was criticised by critics across ukraine")
	for b.Loop() {
		for _, w := range words {
			connectors.has(w)
			functionWords.has(w)
			roleHeads.has(w)
		}
	}
}
