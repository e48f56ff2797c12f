package discover

import (
	"fmt"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/srclint/srclint/internal/seedtest"
	"github.com/srclint/srclint/rules/article"
	"github.com/srclint/srclint/rules/corpus"
)

func TestSimilar(t *testing.T) {
	positive := [][2]string{
		{"Donbas", "Donbass"}, {"Kyiv", "Kiev"}, {"Zelensky", "Zelenskyy"}, {"Zelensky", "Zelenskiy"},
		{"Zaluzhnyi", "Zaluzhny"}, {"Gaddafi", "Qaddafi"}, {"Gaddafi", "Gadhafi"}, {"Sergei", "Sergey"},
		{"Priebus", "Preibus"}, {"Muammar", "Moammar"}, {"Kharkiv", "Kharkov"}, {"Luhansk", "Lugansk"},
		{"Völkermarkt", "Volkermarkt"}, {"Kilmarrow", "Kilmarow"},
	}
	for _, p := range positive {
		if !Similar(p[0], p[1]) || !Similar(p[1], p[0]) {
			t.Errorf("Similar(%q, %q) = false, want true", p[0], p[1])
		}
	}
	negative := [][2]string{
		{"Austria", "Australia"}, {"Austrian", "Australian"}, {"Jordan", "Jordon"}, {"Kushner", "Kirchner"},
		{"Rubio", "Rubin"}, {"Mike", "Mika"}, {"George", "Georgia"}, {"John", "Johnny"}, {"Well", "Will"},
		{"White", "With"}, {"These", "Those"}, {"What", "White"}, {"Alexander", "Alexandra"},
		{"Vladimir", "Volodymyr"}, {"Maria", "Mario"}, {"Kyiv", "Kyiv"}, {"Kyiv", "KYIV"},
	}
	for _, p := range negative {
		if Similar(p[0], p[1]) || Similar(p[1], p[0]) {
			t.Errorf("Similar(%q, %q) = true, want false", p[0], p[1])
		}
	}
}

// build makes a corpus of in-memory articles on one story; the source is
// the path's folder.
func build(files map[string]string) *corpus.Corpus {
	return buildStories(files, func(string) string { return "story" })
}

// buildStories is build with the story of each path given by storyOf.
func buildStories(files map[string]string, storyOf func(path string) string) *corpus.Corpus {
	paths := make([]string, 0, len(files))
	for p := range files {
		paths = append(paths, p)
	}
	sort.Strings(paths)
	var arts []*article.Article
	for _, p := range paths {
		a := article.New(p, files[p], nil)
		a.Source = filepath.Dir(p)
		a.Story = storyOf(p)
		arts = append(arts, a)
	}
	return corpus.New(arts)
}

// TestGroupsWithinStories checks that two spellings are a variant only when
// different sources of one story write them.
func TestGroupsWithinStories(t *testing.T) {
	files := map[string]string{
		"a/1.txt": "Officials in Kyiv said the plan was acceptable to the allies.",
		"b/1.txt": "Officials in Kyiv said the plan was acceptable.",
		"c/2.txt": "Officials in Kiev said the grain deal was acceptable.",
		"d/2.txt": "Officials in Kiev said the grain deal was acceptable to traders.",
	}
	byFile := func(p string) string { return strings.TrimSuffix(filepath.Base(p), ".txt") }
	if got := describe(Groups.Of(buildStories(files, byFile))); len(got) != 0 {
		t.Errorf("spellings of two unrelated stories grouped: %q", got)
	}
	files["e/2.txt"] = "Officials in Kyiv said the grain deal was acceptable to farmers."
	want := []string{"Kiev@c/2.txt:13-17,d/2.txt:13-17 | Kyiv@a/1.txt:13-17,b/1.txt:13-17,e/2.txt:13-17"}
	if got := describe(Groups.Of(buildStories(files, byFile))); strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("groups:\n got %q\nwant %q", got, want)
	}
}

// describe renders groups as "form@path:start-end ... | form@..." lines.
func describe(gs []Group) []string {
	var out []string
	for _, g := range gs {
		var forms []string
		for _, f := range g.Forms {
			var occ []string
			for _, o := range f.Occurrences {
				occ = append(occ, fmt.Sprintf("%s:%d-%d", o.Doc.Path, o.Span.Start, o.Span.End))
			}
			forms = append(forms, f.Text+"@"+strings.Join(occ, ","))
		}
		out = append(out, strings.Join(forms, " | "))
	}
	return out
}

func TestGroups(t *testing.T) {
	tests := []struct {
		name  string
		files map[string]string
		want  []string
	}{
		{"doubled letter", map[string]string{
			"a/1.txt": "Russia wants Ukraine to withdraw from the Donbas region entirely.",
			"b/1.txt": "Russia wants Ukraine to withdraw from the Donbas region now.",
			"c/1.txt": "Russia demands that Ukraine withdraw from Donbass and other territories.",
		}, []string{"Donbas@a/1.txt:42-48,b/1.txt:42-48 | Donbass@c/1.txt:42-49"}},
		{"possessive occurrence", map[string]string{
			"a/1.txt": "Officials in Kyiv said the plan was more acceptable to Kyiv’s allies.",
			"b/1.txt": "Officials in Kiev said the plan was acceptable.",
		}, []string{"Kiev@b/1.txt:13-17 | Kyiv@a/1.txt:13-17,a/1.txt:55-59"}},
		{"one source only", map[string]string{
			"a/1.txt": "Officials in Kyiv said the plan was acceptable.",
			"a/2.txt": "Officials in Kiev said the plan was acceptable.",
		}, nil},
		{"contexts differ", map[string]string{
			"a/1.txt": "Rain fell over Donbas overnight.",
			"b/1.txt": "A football club named Donbass won its match.",
		}, nil},
		{"same sentence: two names", map[string]string{
			"a/1.txt": "Donors from Austria and Australia sent transformers to the city.",
			"b/1.txt": "Donors from Austrian firms sent transformers to the city, an Australian paramedic said.",
		}, nil},
		{"Jordan and Jordon are two people", map[string]string{
			"a/1.txt": "The candidate Jordan Ellery won the count, said county clerk Jordon Pryce.",
			"b/1.txt": "The candidate Jordan Ellery won; county clerk Jordon Pryce certified the count.",
			"c/1.txt": "Ellery won, said county clerk Jordan Pryce, who certified the count.",
		}, nil},
		{"Mike and Mika", map[string]string{
			"a/1.txt": "Campaign manager Mike Ferraro said the count was fair.",
			"b/1.txt": "Political scientist Mika Sorensen said the count was fair.",
		}, nil},
		{"George and Georgia", map[string]string{
			"a/1.txt": "The nurse, George Whitfield, said the hospital was calm.",
			"b/1.txt": "A travel nurse from Georgia said the hospital was calm.",
		}, nil},
		{"Kushner and Kirchner", map[string]string{
			"a/1.txt": "The chief executive Sarah Kushner backed the takeover bid.",
			"b/1.txt": "The chief executive Markus Kirchner backed the takeover bid.",
		}, nil},
		{"Rubio and Rubin", map[string]string{
			"a/1.txt": "Analysts told Rubio the takeover bid was generous.",
			"b/1.txt": "Analysts told Rubin the takeover bid was generous.",
		}, nil},
		{"John and Johnny", map[string]string{
			"a/1.txt": "Reporters asked John about the takeover bid.",
			"b/1.txt": "Reporters asked Johnny about the takeover bid.",
		}, nil},
		{"sentence-initial common words", map[string]string{
			"a/1.txt": "Well, the plan failed. These officials said the plan failed. White smoke rose as the plan failed.",
			"b/1.txt": "Will the plan fail? Those officials said the plan failed. With that the plan failed.",
		}, nil},
		{"word used in lower case", map[string]string{
			"a/1.txt": "He met the Whites near the river bank at noon. The whites of the flag were torn.",
			"b/1.txt": "He met the Whytes near the river bank at noon.",
		}, nil},
		{"headline-only capitals", map[string]string{
			"a/1.txt": "Peace Plan Stalls As Talks Continue\n\nThe peace plan stalled.",
			"b/1.txt": "Peace Plann Stalls\n\nThe peace plan stalled.",
		}, nil},
		{"given names are left to name-mismatch", map[string]string{
			"a/1.txt": "Ukrainian official Andriy Yermak joined the talks in Geneva.",
			"b/1.txt": "Russian official Andrei Belousov joined the talks in Geneva.",
		}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := describe(Groups.Of(build(tt.files)))
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("groups:\n got %q\nwant %q", got, tt.want)
			}
		})
	}
}

// seeds reads the five seed articles; the source is the file name stem.
func seeds(t testing.TB) *corpus.Corpus {
	t.Helper()
	seeds := seedtest.Read(t)
	if len(seeds) != 5 {
		t.Fatalf("%d seeds, want 5", len(seeds))
	}
	var arts []*article.Article
	for _, s := range seeds {
		a := article.New(s.Name, s.Text, nil)
		a.Source = strings.TrimSuffix(s.Name, ".txt")
		arts = append(arts, a)
	}
	return corpus.New(arts)
}

func TestGroupsSeeds(t *testing.T) {
	c := seeds(t)
	var got []string
	for _, g := range Groups.Of(c) {
		var forms []string
		for _, f := range g.Forms {
			var occ []string
			for _, o := range f.Occurrences {
				p := o.Doc.Position(o.Span.Start)
				occ = append(occ, fmt.Sprintf("%s:%d:%d", o.Doc.Path[:3], p.Line, p.Column))
			}
			forms = append(forms, fmt.Sprintf("%s[%s]", f.Text, strings.Join(f.Sources(), ",")[:3]+"…"+fmt.Sprint(len(f.Sources()))+" "+strings.Join(occ, " ")))
		}
		got = append(got, strings.Join(forms, " | "))
	}
	want := []string{
		"Donbas[000…4 000:26:128 001:21:127 002:14:238 004:3:157] | Donbass[003…1 003:12:97]",
		"Kiev[003…1 003:22:168] | Kyiv[000…4 000:20:254 000:26:72 001:7:119 001:9:247 001:39:70 001:41:188 001:51:168 002:24:122 002:26:223 004:5:163]",
		"Zelensky[000…4 000:20:48 001:5:305 001:27:245 001:29:129 001:29:277 001:39:340 002:18:326 003:7:193 003:14:246 003:15:94 003:15:274] | Zelenskyy[004…1 004:4:31 004:11:145]",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("seed groups:\n got %q\nwant %q", got, want)
	}
}

func TestTOML(t *testing.T) {
	c := build(map[string]string{
		"a/1.txt": "Russia wants Ukraine to withdraw from the Donbas region entirely.",
		"b/1.txt": "Russia demands that Ukraine withdraw from Donbass and the region.",
	})
	want := `# Spelling variants discovered by srclint (1 group). Add preferred = "..." to
# impose a house form; without it the form most sources use is preferred.

# Donbas: 1 occurrence, 1 source (a)
# Donbass: 1 occurrence, 1 source (b)
[[variants]]
variants = ["Donbas", "Donbass"]
`
	if got := TOML(Groups.Of(c)); got != want {
		t.Errorf("TOML:\n%s\nwant:\n%s", got, want)
	}
	if got, want := TOML(nil), "# srclint found no spelling variants.\n"; got != want {
		t.Errorf("TOML(nil) = %q, want %q", got, want)
	}
	if got, want := Quote("a\"b\\c\u0001"), `"a\"b\\c\u0001"`; got != want {
		t.Errorf("Quote = %s, want %s", got, want)
	}
}

// TestGroupsEmpty checks discovery on a corpus without documents.
func TestGroupsEmpty(t *testing.T) {
	if got := Groups.Of(corpus.New(nil)); len(got) != 0 {
		t.Errorf("Groups of an empty corpus = %v, want none", got)
	}
}
