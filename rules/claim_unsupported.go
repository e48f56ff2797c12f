package rules

import (
	"bytes"
	"cmp"
	"fmt"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/srclint/srclint/rules/article"
	"github.com/srclint/srclint/rules/boilerplate"
	"github.com/srclint/srclint/rules/claim"
	"github.com/srclint/srclint/rules/config"
	"github.com/srclint/srclint/rules/corpus"
	"github.com/srclint/srclint/rules/finding"
	"github.com/srclint/srclint/rules/sentence"
	"github.com/srclint/srclint/rules/story"
	"github.com/srclint/srclint/rules/text"
)

// claimUnsupportedRule flags claims whose checkable content no other
// independent source of the same story carries, graded by signal.
type claimUnsupportedRule struct{}

// ClaimUnsupportedSettings are the [rules.claim-unsupported] settings.
type ClaimUnsupportedSettings struct {
	// MinSources is the number of independent sources, the article's own
	// included, that must carry a claim's content for it to be supported.
	MinSources int `toml:"min_sources"`
	// IgnoreTerms are terms never reported (case and diacritics folded).
	IgnoreTerms []string `toml:"ignore_terms"`
	// ExemptPrimary exempts primary sources ([[sources]] primary = true, or
	// listed in Primary): original reporting is expected to come first.
	ExemptPrimary bool `toml:"exempt_primary"`
	// Primary lists further source names exempted like primary sources.
	Primary []string `toml:"primary"`
	// WarningSeverity is the severity of high-signal findings: deadlines,
	// dates set as expectations, predictions and threats, embellishments.
	WarningSeverity finding.Severity `toml:"warning_severity"`
	// NoteSeverity is the severity of other single-source details.
	NoteSeverity finding.Severity `toml:"note_severity"`
}

const claimUnsupportedID = "claim-unsupported"

func (claimUnsupportedRule) Meta() Meta {
	return Meta{
		ID:    claimUnsupportedID,
		Name:  "UnsupportedClaim",
		Short: "A claim's names, numbers or dates appear in no other independent source of the story.",
		Full: "Splits every article into sentences and extracts their checkable content (names, places, numbers, amounts, dates, " +
			"weekdays, holidays, deadlines), normalised so that \"Nov. 16\" matches \"November 16\" and \"28-point\" matches \"28 points\". " +
			"Articles are grouped into stories, and a derived article (one that copies or lightly rewords another) is counted as part of " +
			"its source, not as corroboration. Content that fewer than min_sources independent sources carry is reported once, where it " +
			"originates: as a warning when it is a deadline or date set as a commitment or expectation, a prediction or threat about a " +
			"date or number, or an embellishment a derived article adds to its source; as a note otherwise. Sentences that share nothing " +
			"with the rest of the story (site chrome, unrelated asides) and attributions to news organisations are not claims.",
		Help: "Flags sentences whose specific content no other independent source of the same story carries.\n\n" +
			"```toml\n[rules.claim-unsupported]\nmin_sources = 2                 # independent sources, the article's own included\n" +
			"ignore_terms = [\"Trump\"]         # never reported\nexempt_primary = true           # primary sources are not checked\n" +
			"primary = [\"The Wall Street Journal\"]\nwarning_severity = \"warning\"    # deadlines, predictions, embellishments\n" +
			"note_severity = \"note\"          # other single-source details\n\n" +
			"[[claims]]                      # a watchlist, always checked\nterms = [\"Thanksgiving\", \"deadline\"]\nmin_sources = 2\n" +
			"severity = \"error\"\nmessage = \"Deadlines need two sources.\"\n```\n\n" +
			"Example findings:\n\n```text\n004.txt:11:57: warning: \"Thanksgiving\" (a deadline) appears in no other source of this story " +
			"(0 of 4 other sources; 000, 002 and 003 derive from 001); the sentence sets it as an expectation (\"expects\") (claim-unsupported)\n" +
			"004.txt:3:144: note: \"Crimea\" (a name) appears in no other source of this story (0 of 4 other sources; 000, 002 and 003 " +
			"derive from 001) (claim-unsupported)\n```\n\nAn article alone in its story gets no findings.",
		Tags:     []string{"claims", "sources"},
		Severity: finding.Warning,
	}
}

func (claimUnsupportedRule) NewSettings() any {
	return &ClaimUnsupportedSettings{MinSources: 2, ExemptPrimary: true, WarningSeverity: finding.Warning, NoteSeverity: finding.Note}
}

// cuTerm is one term occurrence with its corroboration.
type cuTerm struct {
	t       claim.Term    // the term, of Kind 0 for a threat
	span    article.Span  // the term's span, the sentence's for a threat
	keys    claim.KeyList // the term's keys (claim.Details.Keys), none for a threat
	text    string        // the term as written, or the threat phrase
	origins int           // independent carriers other than the article
	copies  []*corpus.Doc // carriers that repeat it from the article
	why     string        // warning reason, "" for a note
}

func (claimUnsupportedRule) Run(pass *Pass) error {
	st, _ := pass.Settings.(*ClaimUnsupportedSettings)
	if st == nil {
		st = claimUnsupportedRule{}.NewSettings().(*ClaimUnsupportedSettings)
	}
	if st.MinSources < 1 {
		st.MinSources = 2
	}
	c := pass.Corpus
	stories := story.Stories.Of(c)
	prov := story.Provenance.Of(c)
	sup := newCorroboration(c, pass.Config, stories, prov)
	ignore := map[string]bool{}
	for _, t := range st.IgnoreTerms {
		ignore[text.Fold(t)] = true
	}
	primary := map[string]bool{}
	for _, p := range st.Primary {
		primary[p] = true
	}
	// Story by story, on all workers: the support index covers one story
	// at a time, so a lookup costs the story's size and memory holds the
	// indexes of the stories being checked.
	pass.Parallel(len(stories.Groups), func(i int, pass *Pass) {
		members := stories.Groups[i]
		if len(members) < 2 {
			return
		}
		sup := sup.forStory(members)
		watch := newClaimWatch(pass, members)
		for _, d := range members {
			claimUnsupportedIn(pass, st, sup, watch, d, members, ignore, primary)
		}
	})
	return nil
}

// claimUnsupportedIn reports the unsupported claims of d, a member of a
// story of two or more articles.
func claimUnsupportedIn(pass *Pass, st *ClaimUnsupportedSettings, sup *corroboration, watch *claimWatcher, d *corpus.Doc, members []*corpus.Doc,
	ignore, primary map[string]bool) {
	c, prov := pass.Corpus, sup.prov
	watched := watch.check(pass, sup, d, st)
	if st.ExemptPrimary && (d.Primary || primary[d.Source]) {
		return
	}
	det := claim.DetailsOf(d)
	sup.startDoc(det)
	open := sup.open[:0] // reused claim after claim
	chrome := boilerplate.Blocks.Of(c)[d.Index]
	for cl := range claim.Claims.Of(d).All() {
		if watched[cl.Sentence.Index] || cl.Sentence.Heading || cuInBlocks(chrome, cl.Sentence.Span) {
			continue
		}
		open = open[:0]
		sup.copyBuf = sup.copyBuf[:0] // the open terms' copies
		anchored := false
		for _, t := range cl.Terms {
			span := t.Span()
			written := d.Text[span.Start:span.End]
			if t.Outlet || sup.outlet(written) {
				continue
			}
			own := det.Keys(t)
			carriers := sup.carriers(own)
			if anyOther(d, carriers) {
				anchored = true
			}
			if len(ignore) > 0 && (ignore[text.Fold(written)] || ignoredKey(ignore, sup.keys(own))) {
				continue
			}
			origins, copies, first := sup.origins(d, carriers, st.MinSources-1)
			if !first || origins+1 >= st.MinSources || sup.anyReported(own) {
				continue
			}
			open = append(open, cuTerm{t: t, span: span, keys: own, text: written, origins: origins, copies: copies, why: cuWhy(cl, t, prov.Source(d) != nil)})
		}
		if cl.Threat() != "" && !cuHasWarning(open) && !cuThreatSupported(c, d, members, prov, cl) {
			open = append(open, cuTerm{span: cl.Sentence.Span, text: cl.Threat(), why: "threat"})
		}
		if !cuHasWarning(open) && (!anchored || !cuWorthReporting(open)) {
			continue
		}
		for _, o := range open {
			for i := range o.keys.Len() {
				sup.reported[o.keys.ID(i)] = true
			}
		}
		pass.Report(cuDiagnostic(pass, st, sup, d, members, prov, cl, open))
	}
	sup.open = open
}

// cuInBlocks reports whether s overlaps a boilerplate block: site chrome
// is not a claim.
func cuInBlocks(blocks []boilerplate.Block, s article.Span) bool {
	for _, b := range blocks {
		if s.Start < b.Span.End && b.Span.Start < s.End {
			return true
		}
	}
	return false
}

// cuWorthReporting reports whether the unsupported terms include one that
// is specific enough: a warning-grade term, or one above a month, a year or
// a number written in words.
func cuWorthReporting(open []cuTerm) bool {
	for _, o := range open {
		if o.why != "" || o.t.Specificity() >= 3 {
			return true
		}
	}
	return false
}

func cuHasWarning(open []cuTerm) bool {
	for _, o := range open {
		if o.why != "" {
			return true
		}
	}
	return false
}

// cuThreatSupported reports whether another source of the story, other than
// copies of d, has a sentence matching the threat sentence cl.
func cuThreatSupported(c *corpus.Corpus, d *corpus.Doc, members []*corpus.Doc, prov *story.Graph, cl claim.Claim) bool {
	mine := story.SentenceWords.Of(d).Sentence(cl.Sentence.Index)
	if len(mine) == 0 {
		return true
	}
	set := map[story.Word]bool{}
	for _, w := range mine {
		set[w] = true
	}
	for _, m := range members {
		if m == d || prov.Root(m) == prov.Root(d) && prov.Source(m) != nil && prov.Source(d) == nil {
			continue
		}
		words := story.SentenceWords.Of(m)
		for i := range words.Len() {
			ws := words.Sentence(i)
			n := 0
			for _, w := range ws {
				if set[w] {
					n++
				}
			}
			if len(ws) > 0 && float64(n) >= 0.5*float64(min(len(ws), len(mine))) {
				return true
			}
		}
	}
	return false
}

func ignoredKey(ignore map[string]bool, keys []string) bool {
	for _, k := range keys {
		if strings.HasPrefix(k, "t:") && ignore[k[2:]] {
			return true
		}
	}
	return false
}

// cuWhy returns why an unsupported term is a warning, or "".
func cuWhy(cl claim.Claim, t claim.Term, derived bool) string {
	switch {
	case t.Deadline:
		return "deadline"
	case t.Kind.Time() && cl.Commitment() != "":
		return "expectation"
	case cl.Prediction() != "" && t.Specificity() >= 3:
		return "prediction"
	case derived && t.Specificity() >= 4:
		return "embellishment"
	}
	return ""
}

// cuAppendDescribe appends the name of a term and its kind:
// "Thanksgiving" (a deadline).
func cuAppendDescribe(dst []byte, o cuTerm) []byte {
	t := o.t
	if t.Kind == 0 {
		dst = append(dst, "This threat ("...)
		dst = strconv.AppendQuote(dst, o.text)
		return append(dst, ')')
	}
	kind := t.Kind.String()
	if t.Deadline {
		kind = "a deadline"
	}
	dst = strconv.AppendQuote(dst, cuSpaced(o.text))
	dst = append(dst, " ("...)
	dst = append(dst, kind...)
	return append(dst, ')')
}

// cuSpaced returns s with its white space collapsed to single spaces and
// trimmed, as strings.Join(strings.Fields(s), " ") does, without
// allocating when s is ASCII spaced so already.
func cuSpaced(s string) string {
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= 0x80, c == '\t', c == '\n', c == '\v', c == '\f', c == '\r',
			c == ' ' && (i == 0 || i == len(s)-1 || s[i+1] == ' '):
			return strings.Join(strings.Fields(s), " ")
		}
	}
	return s
}

// appendSep appends the separator joinAnd puts before the i-th of n
// items: none, ", " or " and ".
func appendSep(dst []byte, i, n int) []byte {
	switch {
	case i == 0:
		return dst
	case i == n-1:
		return append(dst, " and "...)
	}
	return append(dst, ", "...)
}

func cuDiagnostic(pass *Pass, st *ClaimUnsupportedSettings, sup *corroboration, d *corpus.Doc, members []*corpus.Doc, prov *story.Graph, cl claim.Claim, open []cuTerm) Diagnostic {
	c := pass.Corpus
	slices.SortStableFunc(open, func(a, b cuTerm) int {
		if wa, wb := a.why != "", b.why != ""; wa != wb {
			if wa {
				return -1
			}
			return 1
		}
		if sa, sb := a.t.Specificity(), b.t.Specificity(); sa != sb {
			return sb - sa
		}
		return a.span.Start - b.span.Start
	})
	// The message is built in one buffer, reused diagnostic after
	// diagnostic: m(parts...) appends.
	msg := sup.msg[:0]
	m := func(parts ...string) {
		for _, p := range parts {
			msg = append(msg, p...)
		}
	}
	// The subject: the first three terms, and how many more.
	shown := open[:min(len(open), 3)]
	for i, o := range shown {
		msg = appendSep(msg, i, len(shown))
		msg = cuAppendDescribe(msg, o)
	}
	if len(open) > len(shown) {
		m(" and ")
		msg = strconv.AppendInt(msg, int64(len(open)-len(shown)), 10)
		m(" more")
	}
	verb := "appears"
	if len(open) > 1 {
		verb = "appear"
	}
	found := 0
	for _, o := range open {
		found = max(found, o.origins)
	}
	top := open[0]
	where := "in no other source of this story"
	if found > 0 {
		where = "in too few independent sources of this story"
	}
	switch e := prov.Source(d); {
	case top.why == "embellishment" && e != nil:
		m(" ", verb, " in this article but not in ", ShortSource(c, e.Source.Source),
			", the source it derives from, nor in any other source of this story (")
	default:
		m(" ", verb, " ", where, " (")
	}
	msg = strconv.AppendInt(msg, int64(found), 10)
	m(" of ")
	msg = strconv.AppendInt(msg, int64(len(members)-1), 10)
	m(" other sources")
	if st.MinSources > 2 {
		m("; ")
		msg = strconv.AppendInt(msg, int64(st.MinSources), 10)
		m(" independent sources needed")
	}
	if deriv := sup.derivations(members); deriv != "" {
		m("; ", deriv)
	}
	m(")")
	copies := sup.srcBuf[:0]
	for _, o := range open {
		for _, cp := range o.copies {
			copies = append(copies, cp.Source)
		}
	}
	copies = uniqSorted(copies)
	sup.srcBuf = copies
	if len(copies) > 0 {
		it := "it"
		if len(open) > 1 {
			it = "them"
		}
		m("; only ")
		for i, cp := range copies {
			msg = appendSep(msg, i, len(copies))
			m(ShortSource(c, cp))
		}
		m(" repeat", plural1(len(copies)), " ", it, ", copying this article")
	}
	sev := st.NoteSeverity
	switch top.why {
	case "deadline":
		m("; the sentence sets it as a deadline (")
		msg = strconv.AppendQuote(msg, cuDeadlinePhrase(d.Text, top.t))
		if cl.Commitment() != "" {
			m(", ")
			msg = strconv.AppendQuote(msg, cl.Commitment())
		}
		m(")")
		sev = st.WarningSeverity
	case "expectation":
		m("; the sentence sets it as a commitment or expectation (")
		msg = strconv.AppendQuote(msg, cl.Commitment())
		m(")")
		sev = st.WarningSeverity
	case "threat":
		sev = st.WarningSeverity
	case "prediction":
		m("; the sentence makes a prediction or threat (")
		msg = strconv.AppendQuote(msg, cl.Prediction())
		m(")")
		sev = st.WarningSeverity
	case "embellishment":
		m("; a derived article should not add unsourced detail")
		sev = st.WarningSeverity
	}
	m(".")
	sup.msg = msg
	diag := Diagnostic{Doc: d, Span: cl.Sentence.Span, Message: string(msg), Severity: sev}
	if len(copies) > 0 || top.why == "embellishment" {
		// Room for the closest sentence and a location in each copy
		// (the copies of different terms are often the same articles).
		related := 1
		for _, o := range open {
			related += len(o.copies)
		}
		diag.Related = make([]Related, 0, min(related, MaxRelated))
	}
	if e := prov.Source(d); e != nil && top.why == "embellishment" {
		if sp, ok := cuClosest(d, cl, e); ok {
			diag.Related = append(diag.Related, Related{Doc: e.Source, Span: sp,
				Message: fmt.Sprintf("the closest sentence of %s, the source this article derives from, lacks it", ShortSource(c, e.Source.Source))})
		}
	}
	for _, o := range open {
		if len(o.copies) == 0 {
			continue
		}
		keys := o.keys.AppendTo(sup.keyBuf[:0])
		sup.keyBuf = keys
		for _, cp := range o.copies {
			if len(diag.Related) == MaxRelated {
				break // the engine keeps no more
			}
			if sp := cuFirstKey(cp, keys); sp.End > 0 {
				diag.Related = append(diag.Related, Related{Doc: cp, Span: sp, Message: sup.repeats(cp)})
			}
		}
	}
	return diag
}

// repeats returns the message of a related location in cp, an article
// that repeats a term from the one reported, made once a story.
func (s *corroboration) repeats(cp *corpus.Doc) string {
	msg, ok := s.repeatMsg[cp]
	if !ok {
		if s.repeatMsg == nil {
			s.repeatMsg = map[*corpus.Doc]string{}
		}
		msg = ShortSource(s.c, cp.Source) + " repeats it from this article"
		s.repeatMsg[cp] = msg
	}
	return msg
}

// cuClosest returns the sentence of e's source that matches cl: the
// aligned pair when there is one, else the sentence sharing the most
// content words (at least two).
func cuClosest(d *corpus.Doc, cl claim.Claim, e *story.Edge) (article.Span, bool) {
	for _, p := range e.Pairs {
		if int(p.Derived) == cl.Sentence.Index {
			return e.SourceSentence(p).Span, true
		}
	}
	mine := map[story.Word]bool{}
	for _, w := range story.SentenceWords.Of(d).Sentence(cl.Sentence.Index) {
		mine[w] = true
	}
	best, bestN := article.Span{}, 1
	words := story.SentenceWords.Of(e.Source)
	for _, s := range sentence.Sentences.Of(e.Source) {
		n := 0
		for _, w := range words.Sentence(s.Index) {
			if mine[w] {
				n++
			}
		}
		if n > bestN {
			best, bestN = s.Span, n
		}
	}
	return best, bestN > 1
}

// cuDeadlinePhrase returns the deadline as written with the word that
// introduces it: "by Thanksgiving".
func cuDeadlinePhrase(txt string, t claim.Term) string {
	span := t.Span()
	before := strings.TrimRight(txt[:span.Start], " \u00a0")
	for _, w := range []string{"no later than", "by the", "until the", "by", "until", "till", "deadline of", "deadline"} {
		if len(before) >= len(w) && strings.EqualFold(before[len(before)-len(w):], w) {
			return before[len(before)-len(w):] + txt[len(before):span.End]
		}
	}
	return txt[span.Start:span.End]
}

// cuFirstKey finds the first occurrence in d of a term with any of keys.
func cuFirstKey(d *corpus.Doc, keys []string) article.Span {
	if t, ok := claim.DetailsOf(d).First(claim.Claims.Of(d), keys); ok {
		return t.Span()
	}
	return article.Span{}
}

// cuDerivations describes the derivations of a story: "000, 002 and 003
// derive from 001".
func cuDerivations(c *corpus.Corpus, members []*corpus.Doc, prov *story.Graph) string {
	by := map[string][]string{}
	var roots []string
	for _, m := range members {
		if e := prov.Source(m); e != nil {
			r := prov.Root(m).Source
			if by[r] == nil {
				roots = append(roots, r)
			}
			by[r] = append(by[r], m.Source)
		}
	}
	sort.Strings(roots)
	var parts []string
	for _, r := range roots {
		ds := uniqSorted(by[r])
		short := ShortNames(c, ds)
		verb := "derives"
		if len(ds) > 1 {
			verb = "derive"
		}
		parts = append(parts, fmt.Sprintf("%s %s from %s", joinAnd(short), verb, ShortSource(c, r)))
	}
	return strings.Join(parts, ", ")
}

func joinAnd(xs []string) string {
	switch len(xs) {
	case 0:
		return ""
	case 1:
		return xs[0]
	}
	return strings.Join(xs[:len(xs)-1], ", ") + " and " + xs[len(xs)-1]
}

func plural1(n int) string {
	if n == 1 {
		return "s"
	}
	return ""
}

func uniqSorted(xs []string) []string {
	sort.Strings(xs)
	out := xs[:0]
	for i, x := range xs {
		if i == 0 || x != xs[i-1] {
			out = append(out, x)
		}
	}
	return out
}

// corroboration answers which articles of a story carry a term, through
// the story's term index, with configured variants and source names.
type corroboration struct {
	stories   *story.Grouping
	prov      *story.Graph
	carried   func(key string) []*corpus.Doc // the current story's key index (story.Keys.Carriers)
	c         *corpus.Corpus
	variants  map[string][]string // "t:kiev" → ["t:kyiv", ...]
	names     map[string]bool     // folded source names and aliases
	pos       []int               // origins' merge positions
	fold      []byte              // outlet's folded name
	keyBuf    []string            // keys' result
	lists     [][]*corpus.Doc     // carriers' lists to merge
	memo      []cuCarried         // the current article's key lookups, by key id
	gen       uint32              // numbers the articles checked, for memo
	reported  []bool              // claimUnsupportedIn's reported keys of the current article, by key id
	open      []cuTerm            // claimUnsupportedIn's terms of a claim
	copyBuf   []*corpus.Doc       // the copies of open's terms
	originBuf []*corpus.Doc
	srcBuf    []string               // cuDiagnostic's copies' sources
	msg       []byte                 // cuDiagnostic's message
	repeatMsg map[*corpus.Doc]string // repeats' messages, made once a story   // origins' distinct origins
	deriv     string                 // the story's derivations, once derivSet
	derivSet  bool
}

func newCorroboration(c *corpus.Corpus, cfg *config.Config, stories *story.Grouping, prov *story.Graph) *corroboration {
	s := &corroboration{c: c, stories: stories, prov: prov, variants: map[string][]string{}, names: map[string]bool{}}
	for _, n := range c.Sources() {
		f := strings.TrimPrefix(text.Fold(n), "the ")
		s.names[f] = true
		// "the Ledger" for the Capitol Ledger.
		if ws := strings.Fields(f); len(ws) > 1 {
			s.names[ws[len(ws)-1]] = true
		}
	}
	if cfg == nil {
		return s
	}
	s.variants = claim.VariantKeys(cfg.SpellingGroups())
	for _, n := range cfg.OutletNames() {
		s.names[strings.TrimPrefix(text.Fold(n), "the ")] = true
	}
	return s
}

// forStory returns a copy of s for checking one story: its own key index
// and buffers, the shared read-only tables.
func (s *corroboration) forStory(members []*corpus.Doc) *corroboration {
	return s.forStoryIndex(story.KeysOf(members).Carriers)
}

// forStoryIndex is forStory with the story's key index given: carried
// returns the members carrying a key, in the members' order.
func (s *corroboration) forStoryIndex(carried func(key string) []*corpus.Doc) *corroboration {
	cp := *s
	cp.carried = carried
	cp.pos, cp.fold, cp.keyBuf, cp.lists = nil, nil, nil, nil
	cp.memo, cp.gen, cp.reported, cp.open, cp.copyBuf, cp.originBuf = nil, 0, nil, nil, nil, nil
	cp.srcBuf, cp.msg, cp.repeatMsg = nil, nil, nil
	cp.deriv, cp.derivSet = "", false
	return &cp
}

// derivations describes who derives from whom in the story (see
// cuDerivations), computed once a story.
func (s *corroboration) derivations(members []*corpus.Doc) string {
	if !s.derivSet {
		s.deriv, s.derivSet = cuDerivations(s.c, members, s.prov), true
	}
	return s.deriv
}

// outlet reports whether a term, as written, names a configured source.
func (s *corroboration) outlet(written string) bool {
	name := strings.TrimSuffix(strings.TrimSuffix(written, "’s"), "'s")
	// Folded into s.fold rather than allocated.
	s.fold = text.AppendFold(s.fold[:0], name)
	return s.names[string(bytes.TrimPrefix(s.fold, []byte("the ")))]
}

// keys returns a term's keys with configured variants added. The slice
// is valid until the next call.
func (s *corroboration) keys(own claim.KeyList) []string {
	out := own.AppendTo(s.keyBuf[:0])
	if len(s.variants) > 0 {
		for _, k := range out[:len(out):len(out)] {
			if strings.HasPrefix(k, "t:") { // the only keys VariantKeys maps
				out = append(out, s.variants[k]...)
			}
		}
	}
	s.keyBuf = out
	return out
}

// cuCarried is a key's carriers, looked up for the article numbered gen
// (corroboration.gen).
type cuCarried struct {
	docs []*corpus.Doc
	gen  uint32
	vars bool // the key has configured variants
}

// startDoc prepares the tables kept article by article for an article
// with details det: its key lookups and its reported keys.
func (s *corroboration) startDoc(det *claim.Details) {
	// The lookups of earlier articles are told apart by their gen, not
	// cleared.
	n := det.KeyCount()
	if len(s.memo) < n {
		s.memo = make([]cuCarried, n+n/4)
	}
	s.gen++
	s.reported = slices.Grow(s.reported[:0], n)[:n]
	clear(s.reported)
}

// anyReported reports whether any of keys, keys of the current article,
// is reported already.
func (s *corroboration) anyReported(keys claim.KeyList) bool {
	for i := range keys.Len() {
		if s.reported[keys.ID(i)] {
			return true
		}
	}
	return false
}

// carriers returns, for each of own (keys of the current article, see
// startDoc) and their configured variants, the articles of the story that
// carry it: lists in index order, which may hold the current article. The
// slice is valid until the next call.
func (s *corroboration) carriers(own claim.KeyList) [][]*corpus.Doc {
	// An article repeats its keys: each is looked up once.
	lists := s.lists[:0]
	for i := range own.Len() {
		m := &s.memo[own.ID(i)]
		if m.gen != s.gen {
			k := own.At(i)
			m.docs, m.gen = s.carried(k), s.gen
			// "t:" keys are the only keys VariantKeys maps.
			m.vars = len(s.variants) > 0 && strings.HasPrefix(k, "t:") && len(s.variants[k]) > 0
		}
		if len(m.docs) > 0 {
			lists = append(lists, m.docs)
		}
		if m.vars { // rare: looked up again
			for _, v := range s.variants[own.At(i)] {
				if l := s.carried(v); len(l) > 0 {
					lists = append(lists, l)
				}
			}
		}
	}
	s.lists = lists
	return lists
}

// anyOther reports whether lists hold an article other than d.
func anyOther(d *corpus.Doc, lists [][]*corpus.Doc) bool {
	for _, l := range lists {
		if len(l) > 1 || len(l) == 1 && l[0] != d {
			return true
		}
	}
	return false
}

// inLists reports whether any of lists, each in index order, holds the
// article with corpus index i.
func inLists(lists [][]*corpus.Doc, i int) bool {
	for _, l := range lists {
		if _, ok := slices.BinarySearchFunc(l, i, func(m *corpus.Doc, i int) int { return cmp.Compare(m.Index, i) }); ok {
			return true
		}
	}
	return false
}

// carrierMerge walks the union of lists, each in index order, in index
// order: each article once, and never skip. Terms carried widely in a story
// of thousands of articles are walked only as far as origins needs.
type carrierMerge struct {
	lists [][]*corpus.Doc
	pos   []int
	skip  *corpus.Doc
	last  int
}

func newCarrierMerge(lists [][]*corpus.Doc, skip *corpus.Doc, pos []int) carrierMerge {
	pos = slices.Grow(pos[:0], len(lists))[:len(lists)]
	clear(pos)
	return carrierMerge{lists: lists, pos: pos, skip: skip, last: -1}
}

// next returns the next article, or false when the lists are done.
func (m *carrierMerge) next() (*corpus.Doc, bool) {
	for {
		best := -1
		for k, l := range m.lists {
			if m.pos[k] < len(l) && (best < 0 || l[m.pos[k]].Index < m.lists[best][m.pos[best]].Index) {
				best = k
			}
		}
		if best < 0 {
			return nil, false
		}
		x := m.lists[best][m.pos[best]]
		for k, l := range m.lists {
			for m.pos[k] < len(l) && l[m.pos[k]].Index == x.Index {
				m.pos[k]++
			}
		}
		if x == m.skip || x.Index == m.last {
			continue
		}
		m.last = x.Index
		return x, true
	}
}

// origins splits the articles of lists (see carriers) other than d into
// independent origins and articles that repeat the term from d; own is
// false when d itself repeats it from its source (the finding then belongs
// to the source). It stops counting at need origins: found is exact below
// need, and copies complete only then, which is all its callers read.
func (s *corroboration) origins(d *corpus.Doc, lists [][]*corpus.Doc, need int) (found int, copies []*corpus.Doc, own bool) {
	carries := func(i int) bool { return i == d.Index || inLists(lists, i) }
	limit := len(s.stories.Members(d)) + 1
	origin := func(x *corpus.Doc) *corpus.Doc {
		// Walk up while the source also carries the term.
		for i := 0; i < limit; i++ {
			e := s.prov.Source(x)
			if e == nil || !carries(e.Source.Index) {
				return x
			}
			x = e.Source
		}
		return x
	}
	if origin(d) != d {
		return 0, nil, false
	}
	// Distinct origins: a linear search while there are few, a set when a
	// term is carried widely (a story of thousands of articles). The
	// copies go to s.copyBuf, capped so that later appends leave them be.
	var seen map[*corpus.Doc]bool
	origins, start := s.originBuf[:0], len(s.copyBuf)
	merge := newCarrierMerge(lists, d, s.pos)
	for len(origins) < need {
		x, ok := merge.next()
		if !ok {
			break
		}
		o := origin(x)
		if o == d {
			s.copyBuf = append(s.copyBuf, x)
			continue
		}
		switch {
		case seen != nil:
			if seen[o] {
				continue
			}
			seen[o] = true
		case slices.Contains(origins, o):
			continue
		case len(origins) == 16:
			seen = make(map[*corpus.Doc]bool)
			for _, p := range origins {
				seen[p] = true
			}
			seen[o] = true
		}
		origins = append(origins, o)
	}
	s.originBuf, s.pos = origins, merge.pos
	if end := len(s.copyBuf); end > start {
		copies = s.copyBuf[start:end:end]
	}
	return len(origins), copies, true
}

// claimWatcher checks the [[claims]] watchlist in one story: which members
// mention each watched term is found once per story, not once per article.
type claimWatcher struct {
	members []*corpus.Doc
	// mentions[w][t][i] says whether members[i] mentions term t of entry w.
	mentions [][][]bool
}

func newClaimWatch(pass *Pass, members []*corpus.Doc) *claimWatcher {
	cw := &claimWatcher{members: members}
	if pass.Config == nil {
		return cw
	}
	for _, w := range pass.Config.Claims {
		byTerm := make([][]bool, len(w.Terms))
		for ti, term := range w.Terms {
			byTerm[ti] = make([]bool, len(members))
			for i, m := range members {
				byTerm[ti][i] = len(claim.Mentions(m, term)) > 0
			}
		}
		cw.mentions = append(cw.mentions, byTerm)
	}
	return cw
}

// check checks the watchlist in d and returns the indexes of the
// sentences it reported.
func (cw *claimWatcher) check(pass *Pass, sup *corroboration, d *corpus.Doc, st *ClaimUnsupportedSettings) map[int]bool {
	var out map[int]bool // allocated on the first report
	if pass.Config == nil {
		return out
	}
	members := cw.members
	for wi, w := range pass.Config.Claims {
		min := w.MinSources
		if min < 1 {
			min = st.MinSources
		}
		for ti, term := range w.Terms {
			var carriers []*corpus.Doc
			for i, m := range members {
				if m != d && cw.mentions[wi][ti][i] {
					carriers = append(carriers, m)
				}
			}
			origins, _, own := sup.origins(d, [][]*corpus.Doc{carriers}, min-1)
			if !own || origins+1 >= min {
				continue
			}
			for _, s := range sentence.Sentences.Of(d) {
				if out[s.Index] || len(claim.FindPhrase(d.Text, []article.Span{s.Span}, term)) == 0 {
					continue
				}
				if out == nil {
					out = map[int]bool{}
				}
				out[s.Index] = true
				msg := fmt.Sprintf("%q (a watched claim) appears in %s (%d of %d other sources carry it; %d independent sources needed)",
					term, map[bool]string{true: "no other source of this story", false: "too few independent sources of this story"}[origins == 0],
					origins, len(members)-1, min)
				if w.Message != "" {
					msg = strings.TrimSuffix(w.Message, ".") + ": " + msg
				}
				sev := w.Severity
				if sev == 0 {
					sev = st.WarningSeverity
				}
				pass.Report(Diagnostic{Doc: d, Span: s.Span, Message: msg + ".", Severity: sev})
			}
		}
	}
	return out
}
