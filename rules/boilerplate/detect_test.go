package boilerplate

import (
	"fmt"
	"reflect"
	"sort"
	"strings"
	"testing"

	"github.com/srclint/srclint/internal/seedtest"
	"github.com/srclint/srclint/rules/article"
	"github.com/srclint/srclint/rules/corpus"
)

// build makes a corpus of in-memory articles; an article's source is the
// first element of its path ("bugle/1.txt" → "bugle").
func build(files map[string]string) *corpus.Corpus {
	paths := make([]string, 0, len(files))
	for p := range files {
		paths = append(paths, p)
	}
	sort.Strings(paths)
	arts := make([]*article.Article, 0, len(paths))
	for _, p := range paths {
		a := article.New(p, files[p], nil)
		a.Source, _, _ = strings.Cut(p, "/")
		arts = append(arts, a)
	}
	return corpus.New(arts)
}

// detectAll renders every block as "path:line:col-line:col kind,kind"
// (end column exclusive).
func detectAll(t *testing.T, o Options, files map[string]string) []string {
	t.Helper()
	det, err := NewDetector(o)
	if err != nil {
		t.Fatal(err)
	}
	c := build(files)
	var out []string
	for _, d := range c.Docs {
		for _, b := range det.Detect(c, d) {
			s, e := d.Position(b.Span.Start), d.Position(b.Span.End)
			var kinds []string
			for _, k := range b.Kinds() {
				kinds = append(kinds, string(k))
			}
			out = append(out, fmt.Sprintf("%s:%d:%d-%d:%d %s", d.Path, s.Line, s.Column, e.Line, e.Column, strings.Join(kinds, ",")))
		}
	}
	return out
}

const prose = "Witkoff and Kushner began that work in October, officials said.\n\n" +
	"The first draft, later pared down to 19 points, required Ukraine to make tough compromises.\n"

func TestDetect(t *testing.T) {
	tests := []struct {
		name  string
		opts  *Options // nil = DefaultOptions
		files map[string]string
		want  []string
	}{
		{
			name:  "close button alone at the top",
			files: map[string]string{"a/1.txt": "CLOSE\n\nPeace plan was hashed out over dinners in Miami\n\n" + prose},
			want:  []string{"a/1.txt:1:1-1:6 button"},
		},
		{
			name:  "button and section label make one block",
			files: map[string]string{"a/1.txt": "CLOSE\nU.S. News\n\nPeace plan was hashed out over dinners in Miami\n\n" + prose},
			want:  []string{"a/1.txt:1:1-2:10 button,navigation"},
		},
		{
			name:  "navigation bar",
			files: map[string]string{"a/1.txt": "Home | World | Politics | Business\n" + prose},
			want:  []string{"a/1.txt:1:1-1:35 navigation"},
		},
		{
			name: "trailing block with an author box inside",
			files: map[string]string{"a/1.txt": prose + "\nShow More\n\nJane Q. Writer\n\n" +
				"Jane Q. Writer is a reporter and the editor of Example.com, covering politics and… More »\n\n" +
				"Leave a Reply\n\nYour email address will not be published. Required fields are marked *\n\nAdblock Detected\n"},
			want: []string{"a/1.txt:5:1-15:17 button,author,comments,ad-blocker"},
		},
		{
			name: "comment form labels join after the heading",
			files: map[string]string{"a/1.txt": prose + "\nLeave a Reply\nName *\nEmail *\nWebsite\n\n" +
				"Save my name, email, and website in this browser for the next time I comment.\n"},
			want: []string{"a/1.txt:5:1-10:78 comments"},
		},
		{
			name:  "advertisement label in the middle, text around it",
			files: map[string]string{"a/1.txt": "Witkoff met Dmitriev.\n\nADVERTISEMENT\n\nRubio was not told.\n"},
			want:  []string{"a/1.txt:3:1-3:14 advertisement"},
		},
		{
			name:  "prose between two chrome lines splits them",
			files: map[string]string{"a/1.txt": "Share this article\n\n" + prose + "\nRelated Articles\n"},
			want:  []string{"a/1.txt:1:1-1:19 share", "a/1.txt:7:1-7:17 related"},
		},
		{
			name:  "a title-case heading between ads stays out",
			files: map[string]string{"a/1.txt": "Advertisement\n\nKremlin Terms Spark Outrage\n\nAdvertisement\n\n" + prose},
			want:  []string{"a/1.txt:1:1-1:14 advertisement", "a/1.txt:5:1-5:14 advertisement"},
		},
		{
			name:  "read-more teaser and cookie notice",
			files: map[string]string{"a/1.txt": prose + "\nREAD MORE: Trump says the plan is final\n\nWe use cookies to improve your experience. By continuing, you accept them.\n"},
			want:  []string{"a/1.txt:5:1-7:75 related,cookie"},
		},
		{
			name:  "rules and bullets between chrome lines do not split a block",
			files: map[string]string{"a/1.txt": prose + "\nRelated Articles\n* * *\nBack to top button\n"},
			want:  []string{"a/1.txt:5:1-7:19 related,button"},
		},
		{
			name:  "configured phrase",
			opts:  &Options{Phrases: []string{"Follow The Bugle on *"}},
			files: map[string]string{"a/1.txt": prose + "\nFollow The Bugle on Mastodon and Bluesky\n"},
			want:  []string{"a/1.txt:5:1-5:41 custom"},
		},
		{
			name:  "default phrases off",
			opts:  &Options{MaxLineWords: 12},
			files: map[string]string{"a/1.txt": "Leave a Reply\nHome | World\n" + prose},
			want:  []string{"a/1.txt:2:1-2:13 navigation"},
		},
		{
			name: "lines repeated at the edges of one source's articles",
			files: map[string]string{
				"bugle/1.txt": "The Daily Bugle | Morning Edition\n\nThe council met on Monday and voted to close the harbour road for the winter months.\n\nFollow the Bugle for more coverage of Westmarch.\n",
				"bugle/2.txt": "The Daily Bugle | Morning Edition\n\nA fire broke out on Tuesday in a warehouse near the old rail yard, firefighters said.\n\nFollow the Bugle for more coverage of Westmarch.\n",
				"bugle/3.txt": "The Daily Bugle | Morning Edition\n\nThe port strike ended on Wednesday after the union accepted a three-year contract.\n\nFollow the Bugle for more coverage of Westmarch.\n",
				// Another source with the same lines: not counted for bugle.
				"post/1.txt": "The Daily Bugle | Morning Edition\n\nThe council met on Monday and voted to close the harbour road for the winter months.\n\nFollow the Bugle for more coverage of Westmarch.\n",
			},
			want: []string{
				"bugle/1.txt:1:1-1:34 repeated", "bugle/1.txt:5:1-5:49 repeated",
				"bugle/2.txt:1:1-1:34 repeated", "bugle/2.txt:5:1-5:49 repeated",
				"bugle/3.txt:1:1-1:34 repeated", "bugle/3.txt:5:1-5:49 repeated",
			},
		},
		{
			name: "repeated background paragraph in the middle stays silent",
			files: map[string]string{
				"bugle/1.txt": "The council met on Monday.\n\nRussia invaded Ukraine in February 2022.\n\nThe vote is on Friday.\n",
				"bugle/2.txt": "A fire broke out on Tuesday.\n\nRussia invaded Ukraine in February 2022.\n\nNobody was hurt.\n",
				"bugle/3.txt": "The port strike ended.\n\nRussia invaded Ukraine in February 2022.\n\nShips are moving again.\n",
			},
		},
		{
			name: "below min_repeats stays silent",
			files: map[string]string{
				"bugle/1.txt": "The council met on Monday.\n\nFollow the Bugle for more coverage of Westmarch.\n",
				"bugle/2.txt": "A fire broke out on Tuesday.\n\nFollow the Bugle for more coverage of Westmarch.\n",
			},
		},
		{
			name: "the same article saved three times is not chrome",
			files: map[string]string{
				"bugle/1.txt": "The council met on Monday.\n\nThe vote is on Friday.\n",
				"bugle/2.txt": "The council met on Monday.\n\nThe vote is on Friday.\n",
				"bugle/3.txt": "The council met on Monday.\n\nThe vote is on Friday.\n",
			},
		},
		{
			name: "repeated lines off",
			opts: &Options{DefaultPhrases: true, MaxLineWords: 12},
			files: map[string]string{
				"bugle/1.txt": "The council met on Monday.\n\nFollow the Bugle for more coverage of Westmarch.\n",
				"bugle/2.txt": "A fire broke out on Tuesday.\n\nFollow the Bugle for more coverage of Westmarch.\n",
				"bugle/3.txt": "The port strike ended.\n\nFollow the Bugle for more coverage of Westmarch.\n",
			},
		},
		// Silent cases: honest prose that mentions chrome words.
		{name: "quote containing leave a reply", files: map[string]string{"a/1.txt": "“Leave a reply,” she told the commenters.\n\n“Leave a Reply”\n\n" + prose}},
		{name: "multi-line quotation", files: map[string]string{"a/1.txt": "“We told them:\nLeave a Reply\nand they did,” he said.\n"}},
		{name: "multi-line quotation in guillemets", files: map[string]string{"a/1.txt": "He said: «We told them:\nLeave a Reply\nand they did.»\n"}},
		{name: "straight quotes across lines", files: map[string]string{"a/1.txt": "He said: \"We told them:\nShare this article\nand they did.\"\n"}},
		{name: "sentence about a newsletter", files: map[string]string{"a/1.txt": "A newsletter sent to subscribers on Monday said the plan had changed.\n\nShare prices fell 3% after the announcement.\n"}},
		{name: "sentences that start like phrases", files: map[string]string{"a/1.txt": "Comments from the Kremlin were not immediately available.\n\nRead more than 200 pages of documents, the committee said.\n\nClose aides said the president was unaware.\n"}},
		{name: "dateline residue glued to the lede", files: map[string]string{"a/1.txt": " date 2025-11-25 WASHINGTON—It started with an October order from President Trump.\n\n" + prose}},
		{name: "timestamp and short headings", files: map[string]string{"a/1.txt": "It Has Become Known How Trump Had A Plan\n- 25.11.2025, 13:20\nBeginning\n" + prose + "Ukraine's Participation\nDiscussions with Russia\n" + prose}},
		{name: "a name line and a bio sentence alone", files: map[string]string{"a/1.txt": prose + "\nRustem Umerov\n\nKaroline Leavitt is a former reporter who became press secretary, officials said.\n"}},
		{name: "one section word or a heading with other words", files: map[string]string{"a/1.txt": prose + "\nEurope\n\n" + prose + "\nPolitics and the Peace Plan\n\n" + prose}},
		{name: "a lone form label", files: map[string]string{"a/1.txt": prose + "\nEmail\n\n" + prose}},
		{name: "social media inside a sentence", files: map[string]string{"a/1.txt": "He posted Monday on social media. Follow us on social media, the ministry urged residents.\n"}},
		{name: "navigation lines longer than max_line_words", opts: &Options{DefaultPhrases: true, MaxLineWords: 3}, files: map[string]string{"a/1.txt": "Home | World | Politics | Business\n" + prose}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			o := DefaultOptions()
			if tt.opts != nil {
				o = *tt.opts
			}
			got := detectAll(t, o, tt.files)
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got  %q\nwant %q", got, tt.want)
			}
		})
	}
}

func TestDetectBodyOnly(t *testing.T) {
	// Front matter and code blocks are outside the body; a chrome line
	// there is not linted, and a block does not run across them.
	txt := "---\ntitle: Share this article\n---\nLeave a Reply\n```\ncode\n```\nRelated Articles\n"
	a := article.New("a/1.md", txt, []article.Span{{Start: 33, End: 47}, {Start: 60, End: len(txt)}})
	a.Source = "a"
	c := corpus.New([]*article.Article{a})
	det, err := NewDetector(DefaultOptions())
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, b := range det.Detect(c, c.Docs[0]) {
		got = append(got, a.Slice(b.Span))
	}
	want := []string{"Leave a Reply", "Related Articles"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
}

func TestSeeds(t *testing.T) {
	files := map[string]string{}
	seeds := seedtest.Read(t)
	if len(seeds) != 5 {
		t.Fatalf("%d seeds, want 5", len(seeds))
	}
	for _, s := range seeds {
		// One source per seed, as the loader names them.
		files[strings.TrimSuffix(s.Name, ".txt")+"/"+s.Name] = s.Text
	}
	got := detectAll(t, DefaultOptions(), files)
	want := []string{
		"000_a49cee94f6fd4863/000_a49cee94f6fd4863.txt:1:1-2:10 button,navigation",
		"000_a49cee94f6fd4863/000_a49cee94f6fd4863.txt:32:1-50:59 newsletter,button,author,comments,related,ad-blocker",
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got  %q\nwant %q", got, want)
	}
}
