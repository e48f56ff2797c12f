package boilerplate

import (
	"testing"

	"github.com/srclint/srclint/rules/article"
	"github.com/srclint/srclint/rules/corpus"
)

// FuzzDetect checks that any text gives valid, ordered, non-overlapping
// block spans on rune boundaries, and no panic.
func FuzzDetect(f *testing.F) {
	for _, s := range []string{
		"CLOSE\nU.S. News\n\nText.\n",
		"Text.\n\nLeave a Reply\r\nName *\rEmail *\n",
		"“Leave a Reply\n\nRead more: x",
		"\xff\xfe Share this\n—\n* * *\nHome | World",
		"",
	} {
		f.Add(s)
	}
	det, err := NewDetector(DefaultOptions())
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, s string) {
		a := article.New("a/1.txt", s, nil)
		a.Source = "a"
		b := article.New("a/2.txt", s, nil)
		b.Source = "a"
		c := corpus.New([]*article.Article{a, b})
		prev := -1
		for _, blk := range det.Detect(c, c.Docs[0]) {
			sp := blk.Span
			if sp.Start <= prev || sp.End <= sp.Start || sp.End > len(s) || !a.ValidUTF8Span(sp) {
				t.Fatalf("bad span %+v (previous end %d) in %q", sp, prev, s)
			}
			prev = sp.End
			if len(blk.Lines) == 0 {
				t.Fatalf("empty block in %q", s)
			}
		}
	})
}
