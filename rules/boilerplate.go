package rules

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/srclint/srclint/rules/boilerplate"
	"github.com/srclint/srclint/rules/corpus"
	"github.com/srclint/srclint/rules/finding"
)

// boilerplateRule flags site chrome and scraper leftovers in article bodies.
type boilerplateRule struct{}

// BoilerplateSettings are the [rules.boilerplate] settings.
type BoilerplateSettings struct {
	// Phrases are extra whole-line phrases ("*" any text, "#" any number).
	Phrases []boilerplate.PhraseText `toml:"phrases"`
	// DefaultPhrases turns the built-in English phrase list on.
	DefaultPhrases bool `toml:"default_phrases"`
	// MinRepeats is how many articles of one source must share a line for
	// it to be that source's boilerplate; 0 turns the check off.
	MinRepeats boilerplate.RepeatCount `toml:"min_repeats"`
	// MaxLineWords is the longest navigation line ("Home | World |
	// Politics"), in words; 0 turns navigation lines off.
	MaxLineWords boilerplate.WordCount `toml:"max_line_words"`
}

func (boilerplateRule) Meta() Meta {
	return Meta{
		ID:    "boilerplate",
		Name:  "SiteBoilerplate",
		Short: "Site chrome or scraper leftovers (buttons, comment forms, newsletter and ad-blocker notices) in an article body.",
		Full: "Finds lines of an article body that belong to the page around the article, not to the article: interface labels " +
			"(\"CLOSE\", \"Show More\", \"Back to top button\"), comment forms (\"Leave a Reply\", \"Your email address will not be " +
			"published\"), newsletter, share, cookie and ad-blocker notices, related-article headings, author boxes, navigation lines " +
			"made of section names (\"Home | World | Politics\", \"U.S. News\"), and lines a source repeats verbatim at the top or " +
			"bottom of several of its articles. Phrases match whole lines only, never words inside a sentence, and quoted lines are " +
			"never flagged. Consecutive flagged lines (blank lines between them allowed) make one finding; a byline or author bio " +
			"between chrome lines joins the block.",
		Help: "Flags site chrome that a scraper left in the article text.\n\n" +
			"```text\n000.txt:32:1: note: Site chrome in the article body: 10 lines from \"Stay informed on all the latest news, real-time…\" " +
			"to \"Please consider supporting us by disabling your…\" (newsletter promo, button label, author bio, comment form, " +
			"related-articles list, ad-blocker notice); remove them or fix the scraper. (boilerplate)\n```\n\n" +
			"A phrase matches a whole line, compared without case, diacritics and surrounding decoration (`*`, `:`, `»`, `|`, " +
			"bullets, arrows). `*` stands for any text and `#` for any number: `\"Read more: *\"`, `\"*All rights reserved\"`, " +
			"`\"# Comments\"`. A line longer than 60 words never matches a phrase with `*`. Lines that open with a quotation mark " +
			"or lie inside a quotation are never flagged.\n\n" +
			"```toml\n[rules.boilerplate]\nseverity = \"note\"\n" +
			"phrases = [\"Follow The Daily Bugle on *\"]  # extra whole-line phrases\n" +
			"default_phrases = true  # the built-in English list (comments, newsletter, share, cookie, ad blocker, related, author box)\n" +
			"min_repeats = 3         # a line in this many articles of one source, at the top or bottom, is that source's chrome; 0 = off\n" +
			"max_line_words = 12     # longest navigation line (\"Home | World | Politics\"), at most 20; 0 = off\n```\n",
		Tags:     []string{"sources"},
		Severity: finding.Note,
	}
}

func (boilerplateRule) NewSettings() any {
	o := boilerplate.DefaultOptions()
	return &BoilerplateSettings{
		DefaultPhrases: o.DefaultPhrases,
		MinRepeats:     boilerplate.RepeatCount(o.MinRepeats),
		MaxLineWords:   boilerplate.WordCount(o.MaxLineWords),
	}
}

func (boilerplateRule) Run(pass *Pass) error {
	st, _ := pass.Settings.(*BoilerplateSettings)
	if st == nil {
		st = boilerplateRule{}.NewSettings().(*BoilerplateSettings)
	}
	o := boilerplate.Options{
		DefaultPhrases: st.DefaultPhrases,
		MinRepeats:     int(st.MinRepeats),
		MaxLineWords:   int(st.MaxLineWords),
	}
	for _, p := range st.Phrases {
		o.Phrases = append(o.Phrases, string(p))
	}
	det, err := boilerplate.NewDetector(o)
	if err != nil {
		return fmt.Errorf("boilerplate settings: %w", err)
	}
	var reps boilerplate.RepeatIndex
	if o.MinRepeats > 0 {
		reps = boilerplate.Repeats.Of(pass.Corpus)
	}
	pass.Parallel(len(pass.Corpus.Docs), func(i int, pass *Pass) {
		d := pass.Corpus.Docs[i]
		for _, b := range det.Detect(pass.Corpus, d) {
			pass.Report(Diagnostic{
				Doc:     d,
				Span:    b.Span,
				Message: boilerplateMessage(pass.Corpus, d, b),
				Related: boilerplateRelated(pass.Corpus, d, b, reps),
			})
		}
	})
	return nil
}

// boilerplateMessage describes a block: its lines and their kinds.
func boilerplateMessage(c *corpus.Corpus, d *corpus.Doc, b boilerplate.Block) string {
	var kinds []string
	for _, k := range b.Kinds() {
		if k == boilerplate.KindRepeated {
			n := 0
			for _, f := range b.Lines {
				n = max(n, f.Repeats)
			}
			kinds = append(kinds, fmt.Sprintf("repeated in %d articles of %s", n, ShortSource(c, d.Source)))
			continue
		}
		kinds = append(kinds, k.Describe())
	}
	first := boilerplateExcerpt(d.Slice(b.Lines[0].Line.Span))
	if len(b.Lines) == 1 {
		return fmt.Sprintf("Site chrome in the article body: %q (%s); remove it or fix the scraper.", first, strings.Join(kinds, ", "))
	}
	last := boilerplateExcerpt(d.Slice(b.Lines[len(b.Lines)-1].Line.Span))
	return fmt.Sprintf("Site chrome in the article body: %d lines from %q to %q (%s); remove them or fix the scraper.",
		len(b.Lines), first, last, strings.Join(kinds, ", "))
}

// maxBoilerplateRelated bounds the other copies shown for a repeated line.
const maxBoilerplateRelated = 3

// boilerplateRelated points at other articles of the source that carry the
// block's repeated lines.
func boilerplateRelated(c *corpus.Corpus, d *corpus.Doc, b boilerplate.Block, reps boilerplate.RepeatIndex) []Related {
	var out []Related
	for _, f := range b.Lines {
		if f.Kind != boilerplate.KindRepeated {
			continue
		}
		for _, o := range reps.Occurrences(d, f.Line) {
			if o.Doc == d {
				continue
			}
			out = append(out, Related{Doc: o.Doc, Span: o.Line.Span,
				Message: fmt.Sprintf("the same line in another article of %s", ShortSource(c, d.Source))})
			if len(out) == maxBoilerplateRelated {
				return out
			}
		}
		break // the first repeated line is evidence enough
	}
	return out
}

// boilerplateExcerpt shortens a line for a message, at a word boundary
// when there is one.
func boilerplateExcerpt(s string) string {
	const limit = 48
	if utf8.RuneCountInString(s) <= limit {
		return s
	}
	cut, n := 0, 0
	for i, r := range s {
		if n == limit {
			if cut == 0 {
				cut = i
			}
			break
		}
		if r == ' ' {
			cut = i
		}
		n++
	}
	return strings.TrimRight(s[:cut], " ,;:") + "…"
}
