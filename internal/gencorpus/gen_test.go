package gencorpus

import (
	"bytes"
	"crypto/sha256"
	"encoding/json"
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"
)

// generate returns the corpus of opts as path → text, and its manifest.
func generate(t *testing.T, opts Options) (map[string]string, []string, *Manifest) {
	t.Helper()
	files := map[string]string{}
	var order []string
	m, err := Generate(opts, func(f File) error {
		if _, dup := files[f.Path]; dup {
			return fmt.Errorf("duplicate path %s", f.Path)
		}
		files[f.Path] = string(f.Data)
		order = append(order, f.Path)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return files, order, m
}

// digest hashes every emitted file and the manifest.
func digest(t *testing.T, opts Options) string {
	t.Helper()
	h := sha256.New()
	m, err := Generate(opts, func(f File) error {
		fmt.Fprintf(h, "%s\x00%d\x00", f.Path, len(f.Data))
		h.Write(f.Data)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	b, err := json.Marshal(m)
	if err != nil {
		t.Fatal(err)
	}
	h.Write(b)
	return fmt.Sprintf("%x", h.Sum(nil))
}

func TestGenerateIsDeterministic(t *testing.T) {
	opts := DefaultOptions()
	opts.Articles = 300
	a, b := digest(t, opts), digest(t, opts)
	if a != b {
		t.Fatalf("same options, different bytes: %s vs %s", a, b)
	}
	opts.Seed = 2
	if c := digest(t, opts); c == a {
		t.Errorf("seeds 1 and 2 gave the same corpus")
	}
}

func TestStoriesAreIndependentOfCorpusSize(t *testing.T) {
	// Story i is drawn from its own stream: the first story is the same
	// whether or not more stories follow, once sizes are fixed.
	small := DefaultOptions()
	small.Articles, small.Stories = 6, 1
	big := small
	big.Articles, big.Stories = 12, 2
	fs, order, _ := generate(t, small)
	fb, _, _ := generate(t, big)
	for _, p := range order {
		if !strings.HasPrefix(p, "s00000-") {
			t.Fatalf("unexpected path %s", p)
		}
		if fb[p] != "" && fb[p] != fs[p] {
			t.Errorf("%s differs between a 1-story and a 2-story corpus", p)
		}
	}
}

func TestShape(t *testing.T) {
	opts := DefaultOptions()
	opts.Articles = 2000
	files, order, m := generate(t, opts)
	if m.Articles != 2000 || len(files) != 2000 {
		t.Fatalf("articles = %d (%d files), want 2000", m.Articles, len(files))
	}
	for i := 1; i < len(order); i++ {
		if order[i-1] >= order[i] {
			t.Fatalf("files not emitted in path order: %s then %s", order[i-1], order[i])
		}
	}
	perStory := map[string]int{}
	sources := map[string]map[string]bool{}
	var total int
	for p, txt := range files {
		story, _, _ := strings.Cut(p, "/")
		perStory[story]++
		total += len(txt)
		if !strings.HasPrefix(txt, "---\ntitle: \"") || !strings.Contains(txt, "\nstory: "+story+"\n") {
			t.Fatalf("%s: front matter missing title or story:\n%.200s", p, txt)
		}
		if !utf8.ValidString(txt) {
			t.Fatalf("%s is not valid UTF-8", p)
		}
		src := txt[strings.Index(txt, "\nsource: ")+9:]
		src = src[:strings.IndexByte(src, '\n')]
		if sources[story] == nil {
			sources[story] = map[string]bool{}
		}
		if sources[story][src] {
			t.Errorf("%s: source %s twice in one story", p, src)
		}
		sources[story][src] = true
	}
	if len(perStory) != m.Stories {
		t.Errorf("stories = %d, manifest says %d", len(perStory), m.Stories)
	}
	hist := map[int]int{}
	for s, n := range perStory {
		if n < 3 || n > 8 {
			t.Errorf("story %s has %d articles, want 3 to 8", s, n)
		}
		hist[n]++
	}
	for n := 3; n <= 8; n++ {
		if hist[n] == 0 {
			t.Errorf("no story of %d articles in %v", n, hist)
		}
	}
	if avg := total / len(files); avg < 5000 || avg > 6500 {
		t.Errorf("average article size %d bytes, want about 5.8 KB", avg)
	}
	if int64(total) != m.Bytes {
		t.Errorf("manifest bytes %d, files hold %d", m.Bytes, total)
	}
}

// TestPlants checks every manifest entry against the text, and that the
// corpus holds no variant, altered quote or deadline the manifest misses.
func TestPlants(t *testing.T) {
	opts := DefaultOptions()
	opts.Articles = 1500
	files, _, m := generate(t, opts)
	kinds := map[string]int{}
	planted := map[string]int{} // file+text → count
	for _, p := range m.Plants {
		kinds[p.Kind]++
		txt, ok := files[p.File]
		if !ok {
			t.Fatalf("plant in unknown file %s", p.File)
		}
		if p.Offset < 0 || p.EndOffset > len(txt) || p.Offset >= p.EndOffset {
			t.Fatalf("bad span %+v", p)
		}
		if txt[p.Offset:p.EndOffset] != p.Text {
			t.Fatalf("%s: text at %d:%d is %q, manifest says %q", p.File, p.Offset, p.EndOffset, txt[p.Offset:p.EndOffset], p.Text)
		}
		line := strings.Split(txt, "\n")[p.Line-1]
		prefix := []rune(line)[:p.Column-1]
		if !strings.HasPrefix(line[len(string(prefix)):], firstLine(p.Text)) {
			t.Fatalf("%s:%d:%d does not start %q", p.File, p.Line, p.Column, p.Text)
		}
		switch p.Kind {
		case KindVariant:
			if p.Text != "Kiev" && p.Text != "Donbass" {
				t.Errorf("variant plant %q", p.Text)
			}
		case KindHouseVariant:
			if p.Text != "Zelenskyy" {
				t.Errorf("house variant plant %q", p.Text)
			}
		case KindDeadlineClaim:
			if !strings.Contains(p.Text, " expects Ukraine to approve the deal by ") {
				t.Errorf("claim plant %q", p.Text)
			}
		case KindAlteredQuote:
			if inPool(p.Text) {
				t.Errorf("altered quote %q is verbatim", p.Text)
			}
		default:
			t.Errorf("unknown kind %q", p.Kind)
		}
		if p.Kind == KindVariant || p.Kind == KindHouseVariant {
			planted[p.File+"\x00"+p.Text]++
		}
	}
	// Rates: about 25% of articles carry a variant, half the stories an
	// altered quote and half a deadline claim.
	want := map[string][2]int{
		KindVariant:       {int(0.18 * 1500), int(0.30 * 1500)},
		KindAlteredQuote:  {int(0.40 * float64(m.Stories)), int(0.60 * float64(m.Stories))},
		KindDeadlineClaim: {int(0.40 * float64(m.Stories)), int(0.60 * float64(m.Stories))},
		KindHouseVariant:  {100, 5000},
	}
	for k, r := range want {
		if kinds[k] < r[0] || kinds[k] > r[1] {
			t.Errorf("%d %s plants, want %d to %d", kinds[k], k, r[0], r[1])
		}
	}
	// No unplanted variant anywhere.
	for p, txt := range files {
		for _, v := range []string{"Kiev", "Donbass", "Zelenskyy", "Zelenskiy", "Vladimir Zelensky"} {
			n := len(wordIndex(txt, v))
			if v == "Vladimir Zelensky" || v == "Zelenskiy" {
				if n > 0 {
					t.Errorf("%s holds unplanted %q", p, v)
				}
				continue
			}
			if n != planted[p+"\x00"+v] {
				t.Errorf("%s holds %d %q, %d planted", p, n, v, planted[p+"\x00"+v])
			}
		}
	}
	// A deadline's holiday appears in no other article of its story.
	for _, pl := range m.Plants {
		if pl.Kind != KindDeadlineClaim {
			continue
		}
		var holiday string
		for _, h := range holidays {
			if strings.Contains(pl.Text, " by "+h+" ") {
				holiday = h
			}
		}
		story, _, _ := strings.Cut(pl.File, "/")
		for p, txt := range files {
			if p != pl.File && strings.HasPrefix(p, story+"/") && len(wordIndex(txt, holiday)) > 0 {
				t.Errorf("%s also mentions %s", p, holiday)
			}
		}
	}
}

func firstLine(s string) string {
	l, _, _ := strings.Cut(s, "\n")
	return l
}

func inPool(q string) bool {
	for _, p := range quotePool {
		if p == q {
			return true
		}
	}
	return false
}

func TestQuotePoolAlterable(t *testing.T) {
	for _, q := range quotePool {
		n := 0
		for i, w := range strings.Fields(q) {
			if _, ok := synonyms[strings.Trim(w, ",.")]; ok && i > 0 {
				n++
			}
		}
		if n == 0 {
			t.Errorf("quote %q has no word with a synonym", q)
		}
	}
}

func TestStorySizesErrors(t *testing.T) {
	tests := []struct {
		n, stories int
		want       string
	}{
		{10, 4, "10 articles cannot form 4 stories of 3 to 8 articles"},
		{100, 5, "100 articles cannot form 5 stories of 3 to 8 articles"},
	}
	for _, tt := range tests {
		opts := DefaultOptions()
		opts.Articles, opts.Stories = tt.n, tt.stories
		_, err := Generate(opts, func(File) error { return nil })
		if err == nil || err.Error() != tt.want {
			t.Errorf("n=%d stories=%d: err = %v, want %q", tt.n, tt.stories, err, tt.want)
		}
	}
	for _, n := range []int{0, 1, 2, 3, 7, 8, 9, 17} {
		opts := DefaultOptions()
		opts.Articles = n
		var got int
		if _, err := Generate(opts, func(File) error { got++; return nil }); err != nil || got != n {
			t.Errorf("n=%d: %d articles, err %v", n, got, err)
		}
	}
}

func TestScoreReport(t *testing.T) {
	m := &Manifest{Plants: []Plant{
		{File: "s1/a.md", Offset: 10, EndOffset: 14, Kind: KindVariant, Rule: "variant"},
		{File: "s1/b.md", Offset: 10, EndOffset: 14, Kind: KindVariant, Rule: "variant"},
		{File: "s1/c.md", Offset: 50, EndOffset: 90, Kind: KindDeadlineClaim, Rule: "claim-unsupported"},
	}}
	rep, err := ReadReport(bytes.NewReader([]byte(`{"findings":[
		{"rule":"variant","path":"corpus/s1/a.md","offset":10,"end_offset":14},
		{"rule":"variant","path":"corpus/s1/b.md","offset":14,"end_offset":18},
		{"rule":"quote-altered","path":"corpus/s1/c.md","offset":60,"end_offset":70}]}`)))
	if err != nil {
		t.Fatal(err)
	}
	s := ScoreReport(m, rep)
	if s.Planted != 3 || s.Found != 1 || s.Findings != 3 {
		t.Fatalf("score = %+v", s)
	}
	var b bytes.Buffer
	if err := s.WriteText(&b); err != nil {
		t.Fatal(err)
	}
	want := `KIND             RULE                PLANTED    FOUND  RECALL
deadline-claim   claim-unsupported         1        0    0.0%  (no findings of this rule at all)
variant          variant                   2        1   50.0%
all                                        3        1   33.3%
findings: 3 quote-altered=1 variant=2
`
	if b.String() != want {
		t.Errorf("text =\n%s\nwant\n%s", b.String(), want)
	}
}
