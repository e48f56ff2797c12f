package story

import (
	"fmt"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/srclint/srclint/internal/seedtest"
	"github.com/srclint/srclint/rules/article"
	"github.com/srclint/srclint/rules/claim"
	"github.com/srclint/srclint/rules/corpus"
	"github.com/srclint/srclint/rules/sentence"
)

// build makes a corpus from path → text; a "story:" first line sets the
// front matter story.
func build(files map[string]string) *corpus.Corpus {
	paths := make([]string, 0, len(files))
	for p := range files {
		paths = append(paths, p)
	}
	sort.Strings(paths)
	var arts []*article.Article
	for _, p := range paths {
		txt := files[p]
		a := article.New(p, txt, nil)
		if rest, ok := strings.CutPrefix(txt, "story: "); ok {
			name, _, _ := strings.Cut(rest, "\n")
			a.Story = name
		}
		a.Source = strings.TrimSuffix(filepath.Base(p), filepath.Ext(p))
		arts = append(arts, a)
	}
	return corpus.New(arts)
}

func groups(c *corpus.Corpus) []string {
	var out []string
	for _, g := range Stories.Of(c).Groups {
		var names []string
		for _, d := range g {
			names = append(names, d.Path)
		}
		out = append(out, strings.Join(names, "+"))
	}
	return out
}

var (
	strikeA = "Dockworkers of Local 14 walked out at the Calderport terminal run by Saltmarsh Container Terminals. Teresa Okafor said the cranes at Berth 7 threaten jobs. Saltmarsh said talks would resume."
	strikeB = "The Calderport strike by Local 14 entered its second day. Saltmarsh Container Terminals wants automated cranes at Berth 7, and Teresa Okafor, the union president, refused."
	strikeC = "Teresa Okafor led Local 14 pickets at the Calderport gates as Saltmarsh Container Terminals kept Berth 7 closed."
	voteA   = "Jordan Ellery won the Westmarch governor's race, defeating Ruth Calloway after Kilmarrow County counted postal ballots in Ashby."
	voteB   = "In Ashby, Ruth Calloway conceded to Jordan Ellery once Kilmarrow County finished its count of postal ballots for Westmarch."
	voteC   = "Westmarch's new governor Jordan Ellery thanked Kilmarrow County voters; Ruth Calloway said she would not contest the Ashby count."
)

func TestStoriesTwoUnrelated(t *testing.T) {
	c := build(map[string]string{"x/a.txt": strikeA, "x/b.txt": voteA, "x/c.txt": strikeB, "x/d.txt": voteB, "x/e.txt": strikeC, "x/f.txt": voteC})
	got := groups(c)
	want := []string{"x/a.txt+x/c.txt+x/e.txt", "x/b.txt+x/d.txt+x/f.txt"}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("stories = %v, want %v", got, want)
	}
	g := Stories.Of(c)
	if g.Same(c.Docs[0], c.Docs[1]) || !g.Same(c.Docs[0], c.Docs[2]) {
		t.Errorf("Same is wrong")
	}
}

func TestStoriesFrontMatterOverrides(t *testing.T) {
	c := build(map[string]string{
		"a.txt": "story: strike\n" + strikeA,
		"b.txt": "story: strike\n" + voteA, // forced into the strike story
		"c.txt": strikeB,                   // left alone: named stories are closed
		"d.txt": strikeC,
	})
	got := groups(c)
	want := []string{"a.txt+b.txt", "c.txt+d.txt"}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("stories = %v, want %v", got, want)
	}
	if n := Stories.Of(c).Names; n[0] != "strike" || n[1] != "c.txt" {
		t.Errorf("names = %v", n)
	}
}

// TestStoriesCapped: a hundred retellings of one strike (no front matter)
// do not make one story: links are taken closest first and a story stops
// growing at MaxStory articles, so the per-story comparisons stay small.
func TestStoriesCapped(t *testing.T) {
	files := map[string]string{}
	texts := []string{strikeA, strikeB, strikeC}
	for i := range 100 {
		files[fmt.Sprintf("s/%03d.txt", i)] = texts[i%3]
	}
	c := build(files)
	var sizes []int
	for _, g := range Stories.Of(c).Groups {
		sizes = append(sizes, len(g))
	}
	// The three texts link one another: without the cap they are one story.
	if len(sizes) > 3 || slices.Max(sizes) != MaxStory {
		t.Errorf("story sizes = %v, want at most three stories, the largest of %d", sizes, MaxStory)
	}
}

func TestStoriesAlone(t *testing.T) {
	c := build(map[string]string{"a.txt": strikeA, "b.txt": voteA})
	if got := groups(c); len(got) != 2 {
		t.Errorf("stories = %v, want two singletons", got)
	}
	if len(Stories.Of(c).Members(c.Docs[0])) != 1 {
		t.Errorf("a is not alone")
	}
}

func seedCorpus(t testing.TB) *corpus.Corpus {
	seeds := seedtest.Read(t)
	if len(seeds) != 5 {
		t.Fatalf("%d seeds, want 5", len(seeds))
	}
	m := map[string]string{}
	for _, s := range seeds {
		m["seeds/"+s.Name[:3]+".txt"] = s.Text
	}
	return build(m)
}

func TestProvenanceSeeds(t *testing.T) {
	c := seedCorpus(t)
	if got := groups(c); len(got) != 1 {
		t.Fatalf("seeds in %d stories: %v", len(got), got)
	}
	g := Provenance.Of(c)
	var got []string
	for _, e := range g.Edges() {
		got = append(got, e.Derived.Path+">"+e.Source.Path)
		if len(e.Pairs) < MinMatched || e.Share() <= 0 || e.Share() > 1 {
			t.Errorf("edge %s: %d pairs, share %.2f", e.Derived.Path, len(e.Pairs), e.Share())
		}
	}
	want := "seeds/000.txt>seeds/001.txt seeds/002.txt>seeds/001.txt seeds/003.txt>seeds/001.txt"
	if strings.Join(got, " ") != want {
		t.Errorf("edges %v, want %s", got, want)
	}
	if g.Source(c.Docs[4]) != nil || g.Source(c.Docs[1]) != nil {
		t.Errorf("004 and 001 must be original")
	}
	if g.Root(c.Docs[2]) != c.Docs[1] || g.Root(c.Docs[4]) != c.Docs[4] {
		t.Errorf("roots wrong")
	}
	// 002's first matched sentence rewords 001's opening.
	e := g.Source(c.Docs[2])
	first, firstSource := e.DerivedSentence(e.Pairs[0]), e.SourceSentence(e.Pairs[0])
	if !strings.HasPrefix(c.Docs[2].Slice(first.Span), "The initiative began in October") ||
		!strings.Contains(c.Docs[1].Slice(firstSource.Span), "October order from President Trump") {
		t.Errorf("first pair %q ~ %q", c.Docs[2].Slice(first.Span), c.Docs[1].Slice(firstSource.Span))
	}
}

func TestProvenanceDatesDecideDirection(t *testing.T) {
	c := seedCorpus(t)
	c.Docs[1].Date = "2025-11-26" // 001 later than its copy 003
	c.Docs[3].Date = "2025-11-25"
	g := Provenance.Of(c)
	if e := g.Source(c.Docs[1]); e == nil || e.Source != c.Docs[3] {
		t.Errorf("with dates, 001 should derive from the earlier 003; got %+v", e)
	}
}

func TestProvenanceIndependentSilent(t *testing.T) {
	c := build(map[string]string{"x/a.txt": strikeA, "x/c.txt": strikeB, "x/e.txt": strikeC})
	if es := Provenance.Of(c).Edges(); len(es) != 0 {
		t.Errorf("independent reports derive: %v", es[0].Derived.Path)
	}
}

func TestStem(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"drafting", "draft"}, {"drafted", "draft"}, {"agencies", "agenc"}, {"buses", "buse"},
		{"talks", "talk"}, {"quickly", "quick"}, {"sing", "sing"}, {"bring", "bring"}, {"bed", "bed"},
		{"freed", "freed"}, {"cities", "citi"}, {"dies", "dies"}, {"bases", "base"}, {"gases", "gase"},
		{"yes", "yes"}, {"cats", "cats"}, {"ally", "ally"}, {"holly", "holly"}, {"kingly", "king"},
		{"", ""}, {"s", "s"}, {"ring", "ring"}, {"thing", "thing"}, {"things", "thing"},
	} {
		if got := stem(tc.in); got != tc.want || got != suffixStem(tc.in) {
			t.Errorf("stem(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
	// Every word of the seeds stems as the plain suffix list does.
	c := seedCorpus(t)
	for _, d := range c.Docs {
		for _, ws := range corpus.Words.Of(d) {
			for _, w := range ws {
				if got, want := stem(w.Folded), suffixStem(w.Folded); got != want {
					t.Errorf("stem(%q) = %q, want %q", w.Folded, got, want)
				}
			}
		}
	}
}

// suffixStem is stem written as its definition: the first suffix that
// ends w and leaves more than three letters is cut.
func suffixStem(w string) string {
	for _, suf := range []string{"ing", "ed", "ies", "es", "s", "ly"} {
		if len(w) > len(suf)+3 && strings.HasSuffix(w, suf) {
			return w[:len(w)-len(suf)]
		}
	}
	return w
}

func TestContentWords(t *testing.T) {
	txt := "The officials said Okafor's union won't accept the cranes, the union's drafting of rules' terms."
	c := build(map[string]string{"a.txt": txt})
	s := c.Docs[0]
	got := strings.Join(ContentWords(txt, sentenceOf(t, s)), " ")
	want := "okafor union won't accept cran draft rule term"
	if got != want {
		t.Errorf("ContentWords = %q, want %q", got, want)
	}
	var ids []Word
	for _, w := range strings.Fields(want) {
		ids = append(ids, WordOf(w))
	}
	if sw := SentenceWords.Of(s).Sentence(0); !slices.Equal(sw, ids) {
		t.Errorf("SentenceWords = %v, want the identities of %q: %v", sw, want, ids)
	}
	if sw := SentenceWords.Of(s); sw.Len() != 1 || sw.Sentence(-1) != nil || sw.Sentence(1) != nil {
		t.Errorf("SentenceWords: %d sentences, %v before the first, %v after the last; want 1 and none", sw.Len(), sw.Sentence(-1), sw.Sentence(1))
	}
	if WordOf("union") == WordOf("unions") || WordOf("") == WordOf("a") {
		t.Error("WordOf gives distinct words one identity")
	}
	for _, w := range []string{"the", "according", "officials", "to", "matter"} {
		if !stopwords.has(w) {
			t.Errorf("%q is not a stopword", w)
		}
	}
	for _, w := range []string{"th", "accord", "union", "Ün", "twentyletterslongword", "x"} {
		if stopwords.has(w) {
			t.Errorf("%q is a stopword", w)
		}
	}
}

func sentenceOf(t *testing.T, d *corpus.Doc) sentence.Sentence {
	ss := sentence.Sentences.Of(d)
	if len(ss) != 1 {
		t.Fatalf("%d sentences", len(ss))
	}
	return ss[0]
}

// TestKeyIndex checks the merged index (KeyIndex and Keys) against one
// built key by key, on the stories of generated articles and on a story of
// all of them.
func TestKeyIndex(t *testing.T) {
	c := generate(t, 300)
	groups := append(slices.Clone(Stories.Of(c).Groups), c.Docs)
	for _, members := range groups {
		want := map[string][]*corpus.Doc{}
		for _, d := range members {
			for _, k := range claim.DocKeys(d).AppendTo(nil) {
				want[k] = append(want[k], d)
			}
		}
		got := KeyIndex(members)
		if len(got) != len(want) {
			t.Fatalf("%d keys, want %d", len(got), len(want))
		}
		keys := KeysOf(members)
		for k, ds := range want {
			if !slices.Equal(got[k], ds) {
				t.Fatalf("key %q: %d carriers, want %d", k, len(got[k]), len(ds))
			}
			if c := keys.Carriers(k); !slices.Equal(c, ds) {
				t.Fatalf("Keys: key %q: %d carriers, want %d", k, len(c), len(ds))
			}
		}
		for _, k := range []string{"", "t:", "zzz", "t:nosuchkey"} {
			if c := keys.Carriers(k); c != nil {
				t.Fatalf("Keys: key %q: %d carriers, want none", k, len(c))
			}
		}
	}
}

// TestWordsPacked checks the packed sentence words of generated articles
// against ContentWords, sentence by sentence, in both number widths.
func TestWordsPacked(t *testing.T) {
	c := generate(t, 20)
	for _, d := range c.Docs {
		w := SentenceWords.Of(d)
		var dict []Word
		var ends, pos []int32
		for k := range int(w.nd) {
			dict = append(dict, w.word(k))
		}
		for i := range w.Len() {
			lo, hi := w.span(i)
			for p := lo; p < hi; p++ {
				pos = append(pos, int32(w.pos(p)))
			}
			ends = append(ends, int32(hi))
		}
		wide := pack(dict, ends, pos, true)
		sents := sentence.Sentences.Of(d)
		if w.Len() != len(sents) || wide.Len() != len(sents) {
			t.Fatalf("%s: %d and %d sentences, want %d", d.Path, w.Len(), wide.Len(), len(sents))
		}
		var buf []Word
		for i, s := range sents {
			var want []Word
			for _, f := range ContentWords(d.Text, s) {
				want = append(want, WordOf(f))
			}
			buf = w.AppendSentence(buf[:0], i)
			if got := w.Sentence(i); !slices.Equal(got, want) || !slices.Equal(buf, want) || !slices.Equal(wide.Sentence(i), want) {
				t.Fatalf("%s: sentence %d: %v, %v (wide), want %v", d.Path, i, got, wide.Sentence(i), want)
			}
		}
	}
}

// TestKeepClosest checks the row heap against sorting: it keeps a row's
// maxLinks closest links (higher similarity, then the earlier article),
// and every link of a row that has no more than that.
func TestKeepClosest(t *testing.T) {
	for _, n := range []int{0, 1, maxLinks - 1, maxLinks, maxLinks + 1, 5 * maxLinks} {
		var all, row []link
		for j := range n {
			// Few distinct similarities, so that ties on it are common.
			l := link{i: 0, j: int32(j + 1), sim: 0.3 + float64((j*7919)%13)/20}
			all = append(all, l)
			row = keepClosest(row, l)
		}
		order := func(a, b link) int {
			switch {
			case closer(a, b):
				return -1
			case closer(b, a):
				return 1
			}
			return 0
		}
		slices.SortFunc(all, order)
		slices.SortFunc(row, order)
		want := all[:min(n, maxLinks)]
		if !slices.Equal(row, want) {
			t.Errorf("n=%d: kept %d links, want the %d closest:\n got %v\nwant %v", n, len(row), len(want), row, want)
		}
	}
}
