package claim

import (
	"fmt"
	"reflect"
	"slices"
	"strings"
	"testing"
	"unsafe"

	"github.com/srclint/srclint/rules/sentence"
)

// terms renders the terms of txt as "text=keys" (deadlines marked "!").
func terms(txt string) []string {
	var out []string
	cls, det := Extract(txt, sentence.Split(txt, nil))
	for c := range cls.All() {
		for _, t := range c.Terms {
			s := fmt.Sprintf("%s=%s", txt[t.Span().Start:t.Span().End], strings.Join(det.Keys(t).AppendTo(nil), ","))
			if t.Outlet {
				s += " outlet"
			}
			out = append(out, s)
		}
	}
	return out
}

func TestTermsNormalisation(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"They spoke on Nov. 16 in Kyiv.", []string{"Nov. 16=d:11-16", "Kyiv=t:kyiv,k:kv,s:kyiv"}},
		{"They spoke on November 16 and on 18 November.", []string{"November 16=d:11-16", "18 November=d:11-18"}},
		{"It is a 28-point plan.", []string{"28-point=v:28"}},
		{"The plan has 28 points.", []string{"28 points=v:28"}},
		{"It costs $2 billion.", []string{"2 billion=v:2000000000"}},
		{"It costs 2bn.", []string{"2bn=v:2000000000"}},
		{"A 900,000-strong force.", []string{"900,000-strong=v:900000"}},
		{"Published 25.11.2025, then 2025-11-25.", []string{"25.11.2025=d:11-25", "2025-11-25=d:11-25"}},
		{"It happened in February 2022 on a Monday.", []string{"February=mo:02", "2022=y:2022", "Monday=w:monday"}},
		{"It was agreed before Halloween.", []string{"Halloween=h:halloween"}},
		{"Ukraine must approve the deal by Thanksgiving.", []string{"Ukraine=t:ukraine,k:ukrn,s:ukrain", "Thanksgiving=dl:h:thanksgiving"}},
		{"Crews had asked for berths by Monday afternoon.", []string{"Monday=w:monday"}},
		{"Results are due by Midsummer Day.", []string{"Midsummer Day=dl:h:midsummer-day"}},
		{"Crowds gather on the Fourth of July.", []string{"Fourth of July=h:fourth-of-july"}},
		{"Sen. Angus King of Maine texted Rubio.", []string{"Angus King of Maine=t:angus,k:angs,s:angus,t:king,k:kng,s:king,t:maine,k:mn,s:main", "Rubio=t:rubio,k:rb,s:rubio"}},
		{"Zelenskyy met the Western allies.", []string{"Zelenskyy=t:zelenskyy,k:zlnsk,s:zelenskyy", "Western=t:western,k:wstrn,s:west"}},
		{"According to the Wall Street Journal, it leaked.", []string{"Wall Street Journal=t:wall,k:wl,s:wall,t:street,k:strt,s:street,t:journal,k:jrnl,s:journ outlet"}},
		{"Three of them left at 13:20.", nil},
		{"Two dozen people were there and one left.", []string{"Two dozen people=v:24"}},
		{"The 3,200-member local voted.", []string{"3,200-member=v:3200"}},
	}
	for _, tt := range tests {
		got := terms(tt.in)
		if strings.Join(got, " | ") != strings.Join(tt.want, " | ") {
			t.Errorf("terms(%q)\n got %q\nwant %q", tt.in, got, tt.want)
		}
	}
}

func TestQuantities(t *testing.T) {
	tests := []struct {
		in            string
		value         float64
		unit, context string
		before        string
	}{
		{"It is a 28-point plan.", 28, "point", "plan", ""},
		{"It now has 19 points.", 19, "point", "", ""},
		{"A 900,000-strong force.", 900000, "strong", "force", ""},
		{"Officials said 14 people were killed.", 14, "people", "killed", ""},
		{"The strike hit, killing 11 people.", 11, "people", "killed", ""},
		{"He won by 3,780 votes, ending it.", 3780, "vote", "", "by"},
		{"They held three days of intensive talks.", 3, "day", "intensive", ""},
	}
	for _, tt := range tests {
		var got *Numeric
		cls, det := Extract(tt.in, sentence.Split(tt.in, nil))
		for c := range cls.All() {
			for _, tm := range c.Terms {
				if tm.Kind == Number || tm.Kind == Money {
					got = det.Numeric(tm)
				}
			}
		}
		if got == nil {
			t.Errorf("%q: no number", tt.in)
			continue
		}
		if got.Quantity.Value != tt.value || got.Quantity.Unit != tt.unit || got.Context != tt.context || got.Before != tt.before {
			t.Errorf("%q: %v %q ctx %q before %q; want %v %q ctx %q before %q", tt.in, got.Quantity.Value, got.Quantity.Unit,
				got.Context, got.Before, tt.value, tt.unit, tt.context, tt.before)
		}
	}
}

func TestCues(t *testing.T) {
	tests := []struct {
		in                             string
		commitment, prediction, threat string
	}{
		{"The Trump administration expects Ukraine to approve the deal by Thanksgiving but has warned military aid could be reduced otherwise.", "expects", "warned", "warned"},
		{"Alpenlith staff who decline to move will be let go once the deal closes.", "", "will", "will be let go"},
		{`He said: "We will win."`, "", "", ""},
		{"The meeting took place in Miami.", "", "", ""},
	}
	for _, tt := range tests {
		cs, _ := Extract(tt.in, sentence.Split(tt.in, nil))
		var c Claim
		if cs.Len() > 0 {
			c = cs.At(0)
		}
		if c.Commitment() != tt.commitment || c.Prediction() != tt.prediction || c.Threat() != tt.threat {
			t.Errorf("%q: cues %q %q %q, want %q %q %q", tt.in, c.Commitment(), c.Prediction(), c.Threat(), tt.commitment, tt.prediction, tt.threat)
		}
	}
}

// TestSetViews checks that Set.At, Set.All and Set.Terms agree: each claim
// its sentence, terms and cues, the terms one block in claim order.
func TestSetViews(t *testing.T) {
	txt := "Ukraine must approve the deal by Thanksgiving. The talks were in Miami. " +
		"Staff in Kyiv will be let go in May. Nothing here. Witkoff met Umerov in Geneva on Nov. 23."
	sents := sentence.Split(txt, nil)
	cls, _ := Extract(txt, sents)
	if cls.Len() != 4 {
		t.Fatalf("got %d claims, want 4", cls.Len())
	}
	var all []Claim
	for c := range cls.All() {
		all = append(all, c)
	}
	var terms []Term
	cued := 0
	for i, c := range all {
		at := cls.At(i)
		if !reflect.DeepEqual(at, c) {
			t.Errorf("claim %d: At %+v, All %+v", i, at, c)
		}
		if c.Sentence != sents[c.Sentence.Index] || len(c.Terms) == 0 {
			t.Errorf("claim %d: sentence %+v, %d terms", i, c.Sentence, len(c.Terms))
		}
		if c.Commitment() != "" || c.Prediction() != "" {
			cued++
		}
		terms = append(terms, c.Terms...)
	}
	if cued != 2 {
		t.Errorf("%d claims with cues, want 2", cued)
	}
	if !slices.Equal(terms, cls.Terms()) {
		t.Errorf("Terms %v, want the claims' %v", cls.Terms(), terms)
	}
	if got := all[3].Sentence.Index; got != 4 {
		t.Errorf("last claim in sentence %d, want 4", got)
	}
}

// TestKeptSizes guards the size of what an article keeps a claim and a
// term: hundreds of thousands of each stay live on a large corpus.
func TestKeptSizes(t *testing.T) {
	if n := unsafe.Sizeof(claimRec{}); n != 8 {
		t.Errorf("claimRec is %d bytes, want 8", n)
	}
	if n := unsafe.Sizeof(Term{}); n != 16 {
		t.Errorf("Term is %d bytes, want 16", n)
	}
}

func TestFindPhrase(t *testing.T) {
	txt := "According to the Journal’s sources, the WSJ wrote it. Not journalism."
	for phrase, want := range map[string]int{"the Journal": 1, "Journal": 1, "WSJ": 1, "wall street journal": 0, "": 0} {
		if got := len(FindPhrase(txt, nil, phrase)); got != want && !(phrase == "" && got == 0) {
			t.Errorf("FindPhrase(%q) = %d matches, want %d", phrase, got, want)
		}
	}
}

func FuzzExtract(f *testing.F) {
	f.Add("On Nov. 16, Sen. King said $2.5bn by Thanksgiving, killing 11 people. 25.11.2025 13:20")
	f.Fuzz(func(t *testing.T, in string) {
		cls, det := Extract(in, sentence.Split(in, nil))
		for c := range cls.All() {
			for _, tm := range c.Terms {
				if (tm.Kind == Number || tm.Kind == Money) != (det.Numeric(tm) != nil) {
					t.Fatalf("term %+v of kind %v has numeric %v in %q", tm.Span(), tm.Kind, det.Numeric(tm), in)
				}
				det.Keys(tm)
				det.Extra(tm)
				if tm.Span().Start < c.Sentence.Span.Start || tm.Span().End > c.Sentence.Span.End || tm.Span().Start >= tm.Span().End {
					t.Fatalf("term %+v outside sentence %+v in %q", tm.Span(), c.Sentence.Span, in)
				}
			}
		}
	})
}

// TestLongNameKeys checks a name with more keys than a Term packs: its
// keys are kept whole, and the terms after it keep theirs.
func TestLongNameKeys(t *testing.T) {
	var b strings.Builder
	b.WriteString("They met")
	for i := range 60 {
		fmt.Fprintf(&b, " Zorbex%c%c", 'a'+rune(i/26), 'a'+rune(i%26))
	}
	b.WriteString(" on Nov. 16 in Kyiv.")
	got := terms(b.String())
	if len(got) != 3 {
		t.Fatalf("got %d terms, want 3: %q", len(got), got)
	}
	if n := strings.Count(got[0], ","); n != 157 {
		t.Errorf("long name: %d keys, want 158", n+1)
	}
	if got[1] != "Nov. 16=d:11-16" || got[2] != "Kyiv=t:kyiv,k:kv,s:kyiv" {
		t.Errorf("after the long name: %q", got[1:])
	}
}

// TestManyKeys checks an article whose keys overflow 16-bit offsets.
func TestManyKeys(t *testing.T) {
	var b strings.Builder
	const n = 4000
	for i := range n {
		fmt.Fprintf(&b, "They met Qorbexin%c%c%c today. ", 'a'+rune(i/676), 'a'+rune(i/26%26), 'a'+rune(i%26))
	}
	txt := b.String()
	cls, det := Extract(txt, sentence.Split(txt, nil))
	if cls.Len() != n {
		t.Fatalf("got %d claims, want %d", cls.Len(), n)
	}
	if det.off32 == nil {
		t.Fatal("want the 32-bit key table")
	}
	for i := range cls.Len() {
		tm := cls.At(i).Terms[0]
		want := "t:" + Singular(strings.ToLower(txt[tm.Span().Start:tm.Span().End]))
		if k := det.Keys(tm); k.Len() == 0 || k.At(0) != want {
			t.Fatalf("claim %d: keys %q, want %s first", i, k.AppendTo(nil), want)
		}
	}
	if tm, ok := det.First(cls, []string{"t:qorbexinfaa"}); !ok || txt[tm.Span().Start:tm.Span().End] != "Qorbexinfaa" {
		t.Errorf("First: %v %v", tm, ok)
	}
}

func TestPlaceKind(t *testing.T) {
	tests := []struct {
		in   string
		want string // each name term as "text:kind", kind as Kind.String
	}{
		{"Talks resumed in Geneva.", "Geneva:a place"},
		{"Drones struck near Odesa.", "Odesa:a place"},
		{"Troops moved east of the Dnieper.", "Dnieper:a place"},
		{"They met in the US.", "US:a place"},
		{"Envoys landed in DC.", "DC:a place"},
		{"He grew up in the Soviet Union.", "Soviet Union:a place"},
		{"It barred membership in NATO.", "NATO:a name"},
		{"The bill stalled in Congress.", "Congress:a name"},
		{"Envoys spoke at the Peace Talks.", "Peace Talks:a name"},
		{"A vote in the Verkhovna Rada failed.", "Verkhovna Rada:a name"},
		{"Rubio praised NATO.", "Rubio:a name | NATO:a name"},
	}
	for _, tt := range tests {
		cls, _ := Extract(tt.in, sentence.Split(tt.in, nil))
		var got []string
		for c := range cls.All() {
			for _, term := range c.Terms {
				if term.Kind == Name || term.Kind == Place {
					got = append(got, tt.in[term.Span().Start:term.Span().End]+":"+term.Kind.String())
				}
			}
		}
		if g := strings.Join(got, " | "); g != tt.want {
			t.Errorf("%q: got %q, want %q", tt.in, g, tt.want)
		}
	}
}
