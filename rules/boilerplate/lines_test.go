package boilerplate

import (
	"strings"
	"testing"

	"github.com/srclint/srclint/internal/seedtest"
	"github.com/srclint/srclint/rules/article"
	"github.com/srclint/srclint/rules/corpus"
	"github.com/srclint/srclint/rules/text"
)

// wordSamples are lines whose words are easy to miscount: dots between
// letters, initialisms, decimals, apostrophes, hyphens, non-ASCII letters,
// combining marks, emoji and invalid UTF-8.
var wordSamples = []string{
	"The war will end.Next week it resumes.", "U.S. News", "U.S.A. and the E.U.", "J.D. Vance",
	"e.g. a.m. p.m. i.e.", "2.5 per cent, 1,000.5 people, 3.", "v1.2.3 and 10.0.0.1",
	"www.example.com/news", "it's O'Brien's 'test'-case", "Witkoff’s son‑in‑law ʼ′ ‘x’",
	"28-point -- a - b -c d-", "Zelenskÿ déjà vu İstanbul ΑΘΗΝΑ", "e\u0301te\u0301 \u0301x",
	"🇺🇦 Ukraine 👍🏽 ok 😀x😀", "x\ufeff y\u200bz", "\xff\xfe Share this \xc3", "Ⅻ ﬁne ½ ²3",
	"Home | World | U.S. | Politics", "By Jane Q. Public", "A.B", "A.B.c", "U.S.-based", "3.a", "a.3",
	"Jane Doe is a writer at example.com and the editor of X.", "current… More »",
}

// wordTexts joins the samples into articles: one line each, all in one
// paragraph, and with blank lines and CRLF endings between them.
func wordTexts(t testing.TB) []string {
	out := []string{
		strings.Join(wordSamples, "\n"),
		strings.Join(wordSamples, "\r\n\r\n") + "\r\n",
	}
	out = append(out, wordSamples...)
	return append(out, seedtest.Texts(t)...)
}

// checkLineWords checks that every line's word count is the number of
// words text.Words finds in its span, and that the menu and name checks
// saw those words, both with the body words at hand and without.
func checkLineWords(t *testing.T, s string) {
	t.Helper()
	a := article.New("a/1.txt", s, nil)
	c := corpus.New([]*article.Article{a})
	withWords := Lines.Of(c.Docs[0])
	if len(corpus.Words.Of(c.Docs[0])) != len(a.Body) {
		t.Fatal("no body words")
	}
	alone := AnalyzeLines(a)
	if len(withWords) != len(alone) {
		t.Fatalf("%q: %d lines from the body words, %d from the text", s, len(withWords), len(alone))
	}
	for i, ln := range alone {
		if ln != withWords[i] {
			t.Errorf("%q line %d: %+v from the body words, %+v from the text", s, ln.Num, withWords[i], ln)
		}
		ws := text.Words(s, ln.Span)
		if ln.Words != len(ws) {
			t.Errorf("line %q: %d words, text.Words finds %d", a.Slice(ln.Span), ln.Words, len(ws))
		}
		if ln.Words > 4 && (ln.Words > maxNavWords || !navStart(appendLineKey(nil, a.Slice(ln.Span)))) {
			continue
		}
		nav, sep := navLine(s, ln.Span, ws)
		if ln.nav != nav || ln.NavSep != sep || ln.Name != nameLine(s, ln.Span, ws) {
			t.Errorf("line %q: nav %v %v name %v, want %v %v %v", a.Slice(ln.Span), ln.nav, ln.NavSep, ln.Name, nav, sep, nameLine(s, ln.Span, ws))
		}
	}
}

func TestLineWords(t *testing.T) {
	for _, s := range wordTexts(t) {
		checkLineWords(t, s)
	}
	// The counts that the old dot rule got wrong.
	for s, want := range map[string]int{"end.Next": 2, "e.g.": 2, "U.S.": 1, "2.5": 1, "www.example.com": 3} {
		lines := AnalyzeLines(article.New("a.txt", s, nil))
		if len(lines) != 1 || lines[0].Words != want {
			t.Errorf("%q: lines %+v, want one of %d words", s, lines, want)
		}
	}
}

func FuzzLineWords(f *testing.F) {
	for _, s := range wordSamples {
		f.Add(s)
	}
	f.Add(strings.Join(wordSamples, "\n\n"))
	f.Fuzz(checkLineWords)
}
