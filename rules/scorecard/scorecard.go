package scorecard

import (
	"sort"

	"github.com/srclint/srclint/rules"
	"github.com/srclint/srclint/rules/config"
	"github.com/srclint/srclint/rules/corpus"
	"github.com/srclint/srclint/rules/finding"
	"github.com/srclint/srclint/rules/story"
)

// DefaultTopClaims is the default number of claim rows of each story's
// corroboration matrix.
const DefaultTopClaims = 12

// Options tune a scorecard.
type Options struct {
	// Config supplies the variant groups and name equivalents that count
	// as the same term, and the configured source names, which are
	// attributions rather than claims. Nil means none.
	Config *config.Config
	// TopClaims bounds the rows of each story's matrix; 0 means
	// DefaultTopClaims, a negative value no rows.
	TopClaims int
}

// Scorecard is the per-source summary of one lint run.
type Scorecard struct {
	// Sources are sorted by name. A source with findings but no article in
	// the corpus (a file that could not be read) has Articles 0.
	Sources []Source
	// Rules are the ids of the rules with findings, sorted.
	Rules []string
	// Stories are the stories told by two or more sources, in the order of
	// story.Stories (by first article path).
	Stories []Story
	// Edges are the article-level derivation edges, by derived path.
	Edges []Edge
	// Links aggregate Edges by source: From copies To. Sorted by From, To.
	Links []Link
	// Totals sums the sources' counts.
	Totals Totals
}

// Totals are corpus-wide counts.
type Totals struct {
	Articles, Claims, Comparable, Corroborated int
	Quotes, Matched, Verbatim, Altered         int
	Findings                                   int
	Errors, Warnings, Notes                    int
	// ByRule counts findings per rule id.
	ByRule map[string]int
}

// Source is one outlet's row of the scorecard.
type Source struct {
	// Name is the source's name; Short the form srclint shows in messages
	// ("000" for "000_a49cee94f6fd4863" when unique).
	Name, Short string
	// Articles is the number of the source's articles in the corpus.
	Articles int
	// Claims is the number of claim sentences: body sentences (not
	// headings, not site chrome) with at least one specific term (a name,
	// place, number, amount, date, weekday, holiday or deadline; not a
	// news organisation's name).
	Claims int
	// Comparable is the number of those claims in articles whose story
	// holds an article of another source that does not derive from the
	// same original: only they can be corroborated.
	Comparable int
	// Corroborated is the number of comparable claims all of whose
	// specific terms another independent source of the story carries
	// (one that neither copies this article nor is copied by it).
	Corroborated int
	// Quotes is the number of quotations checked across sources: top-level
	// quotes of at least quote.DefaultMinWords words.
	Quotes int
	// Matched is the number of those quotes with a counterpart in another
	// source.
	Matched int
	// Verbatim is the number of matched quotes no counterpart alters:
	// identical up to punctuation and typography, or an excerpt, split or
	// merge of the same words.
	Verbatim int
	// Altered is the number of matched quotes with an altered counterpart.
	Altered int
	// Findings counts the source's findings per rule id.
	Findings map[string]int
	// Errors, Warnings and Notes count its findings per severity.
	Errors, Warnings, Notes int
	// CopiedFrom lists the sources this source's articles derive from.
	CopiedFrom []Copy
	// CopiedBy lists the sources whose articles derive from this one's.
	CopiedBy []Copy
}

// CorroboratedShare returns Corroborated/Comparable; ok is false when no
// claim is comparable.
func (s *Source) CorroboratedShare() (share float64, ok bool) {
	return ratio(s.Corroborated, s.Comparable)
}

// VerbatimShare returns Verbatim/Matched; ok is false when no quote has a
// counterpart.
func (s *Source) VerbatimShare() (share float64, ok bool) { return ratio(s.Verbatim, s.Matched) }

// FindingCount returns the number of the source's findings.
func (s *Source) FindingCount() int { return s.Errors + s.Warnings + s.Notes }

func ratio(n, d int) (float64, bool) {
	if d == 0 {
		return 0, false
	}
	return float64(n) / float64(d), true
}

// Copy is one source another copies from (or is copied by).
type Copy struct {
	// Source is the other source's name.
	Source string
	// Articles is the number of derived articles.
	Articles int
	// Sentences is the number of matching sentences over those articles.
	Sentences int
}

// Edge says that the article at Derived derives from the article at
// Source.
type Edge struct {
	Derived, DerivedSource string
	Source, SourceSource   string
	// Matched of the derived article's Sentences match the source.
	Matched, Sentences int
	// Line is the derived article's first matching line, SourceLine the
	// line it matches in the source.
	Line, SourceLine int
}

// Share is Matched/Sentences.
func (e Edge) Share() float64 {
	s, _ := ratio(e.Matched, e.Sentences)
	return s
}

// Link aggregates the edges between two sources: From copies To.
type Link struct {
	From, To string
	// Articles is the number of From's articles deriving from To's.
	Articles int
	// Sentences is the number of matching sentences over those articles.
	Sentences int
}

// Build computes the scorecard of corpus c and its findings.
func Build(c *corpus.Corpus, fs []finding.Finding, opts Options) *Scorecard {
	if opts.TopClaims == 0 {
		opts.TopClaims = DefaultTopClaims
	}
	sc := &Scorecard{Totals: Totals{ByRule: map[string]int{}}}
	bySource := map[string]*Source{}
	get := func(name string) *Source {
		s := bySource[name]
		if s == nil {
			s = &Source{Name: name, Short: rules.ShortSource(c, name), Findings: map[string]int{}}
			bySource[name] = s
		}
		return s
	}
	for _, d := range c.Docs {
		get(d.Source).Articles++
	}
	sup := newSupport(c, opts.Config)
	// Story by story, dropping each story's facts once it is scored.
	for gi, members := range sup.stories.Groups {
		countClaims(sup, members, get)
		if st, ok := storyMatrix(sup, gi, members, opts.TopClaims); ok {
			sc.Stories = append(sc.Stories, st)
		}
		sup.reset()
	}
	countQuotes(c, get)
	countFindings(fs, get, &sc.Totals)
	sc.Edges, sc.Links = provenance(c, get)

	for _, s := range bySource {
		sc.Sources = append(sc.Sources, *s)
	}
	sort.Slice(sc.Sources, func(i, j int) bool { return sc.Sources[i].Name < sc.Sources[j].Name })
	for i := range sc.Sources {
		s := &sc.Sources[i]
		t := &sc.Totals
		t.Articles += s.Articles
		t.Claims += s.Claims
		t.Comparable += s.Comparable
		t.Corroborated += s.Corroborated
		t.Quotes += s.Quotes
		t.Matched += s.Matched
		t.Verbatim += s.Verbatim
		t.Altered += s.Altered
	}
	for id := range sc.Totals.ByRule {
		sc.Rules = append(sc.Rules, id)
	}
	sort.Strings(sc.Rules)
	return sc
}

// countFindings adds each finding to its source's row and to the totals.
func countFindings(fs []finding.Finding, get func(string) *Source, t *Totals) {
	for _, f := range fs {
		s := get(f.Source)
		s.Findings[f.Rule]++
		t.ByRule[f.Rule]++
		t.Findings++
		switch f.Severity {
		case finding.Error:
			s.Errors++
			t.Errors++
		case finding.Warning:
			s.Warnings++
			t.Warnings++
		default:
			s.Notes++
			t.Notes++
		}
	}
}

// provenance lists the derivation edges and aggregates them by source.
func provenance(c *corpus.Corpus, get func(string) *Source) ([]Edge, []Link) {
	var edges []Edge
	links := map[[2]string]*Link{}
	for _, e := range story.Provenance.Of(c).Edges() {
		out := Edge{
			Derived: e.Derived.Path, DerivedSource: e.Derived.Source,
			Source: e.Source.Path, SourceSource: e.Source.Source,
			Matched: len(e.Pairs), Sentences: e.Sentences,
		}
		if len(e.Pairs) > 0 {
			out.Line = e.Derived.Position(e.DerivedSentence(e.Pairs[0]).Span.Start).Line
			out.SourceLine = e.Source.Position(e.SourceSentence(e.Pairs[0]).Span.Start).Line
		}
		edges = append(edges, out)
		k := [2]string{out.DerivedSource, out.SourceSource}
		l := links[k]
		if l == nil {
			l = &Link{From: k[0], To: k[1]}
			links[k] = l
		}
		l.Articles++
		l.Sentences += out.Matched
	}
	sort.Slice(edges, func(i, j int) bool {
		if edges[i].Derived != edges[j].Derived {
			return edges[i].Derived < edges[j].Derived
		}
		return edges[i].Source < edges[j].Source
	})
	var out []Link
	for _, l := range links {
		out = append(out, *l)
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].From != out[j].From {
			return out[i].From < out[j].From
		}
		return out[i].To < out[j].To
	})
	for _, l := range out {
		from, to := get(l.From), get(l.To)
		from.CopiedFrom = append(from.CopiedFrom, Copy{Source: l.To, Articles: l.Articles, Sentences: l.Sentences})
		to.CopiedBy = append(to.CopiedBy, Copy{Source: l.From, Articles: l.Articles, Sentences: l.Sentences})
	}
	return edges, out
}
