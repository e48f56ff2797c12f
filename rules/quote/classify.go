package quote

import (
	"slices"
	"strings"
	"sync"

	"github.com/srclint/srclint/rules/article"
	"github.com/srclint/srclint/rules/text"
)

// Kind says how a quote relates to its counterpart in another source.
type Kind uint8

// The kinds of relation, from closest to farthest. Only Altered is a
// discrepancy.
const (
	// Unrelated quotes are not counterparts.
	Unrelated Kind = iota
	// Verbatim counterparts have exactly the same quoted text.
	Verbatim
	// Cosmetic counterparts differ only in case, quote marks, apostrophes,
	// dashes, spacing, punctuation or abbreviation style ("U.S."/"US",
	// "Sen."/"Senator").
	Cosmetic
	// Excerpt counterparts: one is a contiguous part of the other, or
	// matches it with elisions ("…", "...", "[…]") and bracketed
	// insertions ("[you]"), or both are overlapping parts of one longer
	// quote.
	Excerpt
	// Split: this quote appears in the other source as several quotes;
	// the counterpart is one of them.
	Split
	// Merged: the other source joins this quote with others into one
	// quote, the counterpart.
	Merged
	// Altered counterparts have words added, dropped, replaced or
	// reordered outside those conventions.
	Altered
)

var kindNames = [...]string{"unrelated", "verbatim", "cosmetic", "excerpt", "split", "merged", "altered"}

// String returns the kind's name.
func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return "unknown"
}

// Diff is the word difference between two altered counterparts.
type Diff struct {
	// A and B render the changed words of each version, with "…" for
	// runs of two or more unchanged words between changes.
	A, B string
	// ASpans and BSpans are the spans of the changed words.
	ASpans, BSpans []article.Span
}

// Relation is the classification of one pair of quotes.
type Relation struct {
	Kind Kind
	// Diff is set for Altered pairs.
	Diff Diff
}

// version is one quote prepared for comparison.
type version struct {
	txt     string
	text    string // the quoted words as written (pieces joined)
	toks    []tok
	words   []tok    // toks without markers
	content []string // stems of the content words, with repeats, sorted
	speaker string
	// direct is true when the speaker is named next to the quote.
	direct bool
}

func newVersion(src *wordSource, q Quote) version {
	txt := src.txt
	var joined string
	if len(q.Pieces) == 1 {
		joined = txt[q.Pieces[0].Start:q.Pieces[0].End]
	} else {
		parts := make([]string, len(q.Pieces))
		for i, p := range q.Pieces {
			parts[i] = txt[p.Start:p.End]
		}
		joined = strings.Join(parts, " ")
	}
	// A quote has about as many tokens as words: the tokens are built in
	// an array of that size, copied to their exact size only when
	// hyphenated words or elisions outgrew it.
	ts := tokenize(make([]tok, 0, max(q.Words, 0)), src, q.Pieces)
	if len(ts) > q.Words {
		ts = slices.Clone(ts)
	}
	n := 0
	for _, t := range ts {
		if t.kind == tokWord {
			n++
		}
	}
	v := version{txt: txt, text: joined, toks: ts, speaker: q.Speaker, direct: !q.SpeakerResolved}
	if n == len(ts) {
		// No elisions or brackets: the words are the tokens (read only).
		v.words = ts[:n:n]
	} else {
		v.words = make([]tok, 0, n)
		for _, t := range ts {
			if t.kind == tokWord {
				v.words = append(v.words, t)
			}
		}
	}
	v.content = content(v.toks)
	return v
}

// Compare classifies quote a of text txtA against quote b of text txtB.
// Counterparts must share enough content words; reworded counterparts
// attributed to different named speakers are Unrelated.
func Compare(txtA string, a Quote, txtB string, b Quote) Relation {
	return compare(newVersion(&wordSource{txt: txtA}, a), newVersion(&wordSource{txt: txtB}, b))
}

func compare(a, b version) Relation {
	if len(a.words) == 0 || len(b.words) == 0 {
		return Relation{}
	}
	if a.text == b.text {
		return Relation{Kind: Verbatim}
	}
	if sameToks(a.toks, b.toks) {
		return Relation{Kind: Cosmetic}
	}
	if excerptOf(a.toks, b.words) || excerptOf(b.toks, a.words) || overlap(a.words, b.words) || overlap(b.words, a.words) {
		return Relation{Kind: Excerpt}
	}
	if !similar(a, b) {
		return Relation{}
	}
	return Relation{Kind: Altered, Diff: diff(a, b)}
}

func sameToks(a, b []tok) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i].kind != b[i].kind || a[i].kind == tokWord && a[i].norm != b[i].norm {
			return false
		}
	}
	return true
}

// bracketGap is how many words of the other version a bracketed insertion
// may stand for.
const bracketGap = 6

// excerptOf reports whether pattern p (words, elisions, bracketed
// insertions) matches a part of the words t: its runs of words appear in t
// in order, contiguous, with any gap at an elision and a gap of at most
// bracketGap words at a bracket.
func excerptOf(p []tok, t []tok) bool {
	var buf [8]excerptSegment
	segs := buf[:0]
	gap := -1
	cur := excerptSegment{gap: -1}
	for i, x := range p {
		switch x.kind {
		case tokWord:
			if cur.words == 0 {
				cur.from, cur.gap = i, gap
			}
			cur.words++
		case tokElision:
			if cur.words > 0 {
				segs = append(segs, cur)
				cur = excerptSegment{}
			}
			gap = -1
		case tokBracket:
			if cur.words > 0 {
				segs = append(segs, cur)
				cur = excerptSegment{}
				gap = bracketGap
			} else if len(segs) > 0 && gap >= 0 {
				gap += bracketGap
			}
		}
	}
	if cur.words > 0 {
		segs = append(segs, cur)
	}
	if len(segs) == 0 {
		return false
	}
	e := excerptMatch{p: p, t: t, segs: segs}
	return e.match(0, 0)
}

// excerptSegment is one run of words of an excerpt pattern.
type excerptSegment struct {
	from, words int // the run is p[from : from+words]
	gap         int // allowed gap before this segment: -1 any, else max
}

// excerptMatch matches the segments of pattern p against the words t.
type excerptMatch struct {
	p, t []tok
	segs []excerptSegment
	// failed memoizes (segment, position) pairs that cannot match, at
	// k*(len(t)+1)+from; allocated on the first failure.
	failed []bool
}

// match reports whether segments k and on match t from position from on.
func (e *excerptMatch) match(k, from int) bool {
	if k == len(e.segs) {
		return true
	}
	memo := k*(len(e.t)+1) + from
	if e.failed != nil && e.failed[memo] {
		return false
	}
	s := e.segs[k]
	last := len(e.t) - s.words
	if k > 0 && s.gap >= 0 && from+s.gap < last {
		last = from + s.gap
	}
	for i := from; i <= last; i++ {
		if e.equalAt(i, s) && e.match(k+1, i+s.words) {
			return true
		}
	}
	if e.failed == nil {
		e.failed = make([]bool, len(e.segs)*(len(e.t)+1))
	}
	e.failed[memo] = true
	return false
}

// equalAt reports whether segment s's words are the words of t from i on.
func (e *excerptMatch) equalAt(i int, s excerptSegment) bool {
	if i+s.words > len(e.t) {
		return false
	}
	for j := 0; j < s.words; j++ {
		if e.t[i+j].norm != e.p[s.from+j].norm {
			return false
		}
	}
	return true
}

// minOverlap is the fewest words two overlapping excerpts must share.
const minOverlap = 4

// overlap reports whether the end of a is the start of b: both are parts of
// one longer quote.
func overlap(a, b []tok) bool {
	for k := min(len(a), len(b)) - 1; k >= minOverlap; k-- {
		ok := true
		for j := 0; j < k; j++ {
			if a[len(a)-k+j].norm != b[j].norm {
				ok = false
				break
			}
		}
		if ok {
			return true
		}
	}
	return false
}

// Counterpart thresholds for reworded quotes.
const (
	minSharedContent = 3   // content words in common
	minContentShare  = 0.5 // of the shorter version's content words
	minAligned       = 0.4 // of the shorter version's words, aligned in order
	minOrdered       = 0.7 // aligned in order, when fewer content words are shared
	minScore         = 1.1 // content share plus aligned share
)

// similar reports whether two quotes that are not excerpts of each other are
// still versions of one quote: same speaker when both are named next to the
// quote, enough
// content words in common, aligned in order within a compact window.
func similar(a, b version) bool {
	if a.direct && b.direct && !sameSpeaker(a.speaker, b.speaker) {
		return false
	}
	short, long := a, b
	if len(long.content) < len(short.content) {
		short, long = long, short
	}
	if len(short.content) == 0 {
		return false
	}
	shared := sharedCount(short.content, long.content)
	if shared < minSharedContent {
		return false
	}
	sw, lw := a.words, b.words
	if len(lw) < len(sw) {
		sw, lw = lw, sw
	}
	al := aligners.Get().(*aligner)
	defer al.release()
	pairs := al.lcs(sw, lw, true)
	aligned := float64(len(pairs)) / float64(len(sw))
	if aligned < minAligned {
		return false
	}
	// Enough content words in common, or most words in the same order;
	// and the two together well above chance.
	share := float64(shared) / float64(len(short.content))
	if share < minContentShare && aligned < minOrdered || share+aligned < minScore {
		return false
	}
	first, last := pairs[0][1], pairs[len(pairs)-1][1]
	return last-first+1 <= 2*len(sw)+5
}

// sharedCount returns the size of the multiset intersection of the sorted
// lists a and b: each word of a counted at most as often as b has it.
func sharedCount(a, b []string) int {
	n, i, j := 0, 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i] == b[j]:
			n++
			i++
			j++
		case a[i] < b[j]:
			i++
		default:
			j++
		}
	}
	return n
}

// sameSpeaker reports whether two attributions can name the same person:
// either is unknown, or their last names agree.
func sameSpeaker(a, b string) bool {
	if a == "" || b == "" {
		return true
	}
	return lastName(a) == lastName(b)
}

func lastName(s string) string {
	f := strings.Fields(text.Fold(s))
	if len(f) == 0 {
		return ""
	}
	return strings.Trim(f[len(f)-1], ".,'")
}

// aligner is the scratch of lcs: its table and the words' stems, reused
// between calls through aligners.
type aligner struct {
	a, b   []tok
	sa, sb []string // stems of a and b, when comparing by stem
	stems  bool
	dp     []int32
	pairs  [][2]int
}

// aligners recycles aligners between comparisons.
var aligners = sync.Pool{New: func() any { return new(aligner) }}

// maxAlign is the most words of each side lcs aligns.
const maxAlign = 600

// lcs aligns a and b by a longest common subsequence of their words
// (compared by stem when stems is set) and returns the aligned index pairs
// in order. The pairs are valid until the aligner's next use.
func (al *aligner) lcs(a, b []tok, stems bool) [][2]int {
	if len(a) > maxAlign {
		a = a[:maxAlign]
	}
	if len(b) > maxAlign {
		b = b[:maxAlign]
	}
	al.a, al.b, al.stems = a, b, stems
	if stems {
		al.sa, al.sb = appendStems(al.sa[:0], a), appendStems(al.sb[:0], b)
	}
	n, m := len(a), len(b)
	// dp[i*(m+1)+j] = LCS of a[i:], b[j:]; row n and column m are 0.
	size := (n + 1) * (m + 1)
	if cap(al.dp) < size {
		al.dp = make([]int32, size)
	}
	dp := al.dp[:size]
	clear(dp[n*(m+1):])
	w := m + 1
	for i := n - 1; i >= 0; i-- {
		row, next := dp[i*w:i*w+w], dp[(i+1)*w:(i+1)*w+w]
		row[m] = 0
		for j := m - 1; j >= 0; j-- {
			switch {
			case al.eq(i, j):
				row[j] = next[j+1] + 1
			case next[j] >= row[j+1]:
				row[j] = next[j]
			default:
				row[j] = row[j+1]
			}
		}
	}
	out := al.pairs[:0]
	for i, j := 0, 0; i < n && j < m; {
		switch {
		case al.eq(i, j) && dp[i*w+j] == dp[(i+1)*w+j+1]+1:
			out = append(out, [2]int{i, j})
			i++
			j++
		case dp[(i+1)*w+j] >= dp[i*w+j+1]:
			i++
		default:
			j++
		}
	}
	al.pairs = out
	return al.contiguous(out)
}

// eq reports whether word i of a and word j of b are equal (by stem when
// comparing stems).
func (al *aligner) eq(i, j int) bool {
	if al.stems {
		return al.sa[i] == al.sb[j]
	}
	return al.a[i].norm == al.b[j].norm
}

// release drops the aligner's references to the compared words and returns
// it to aligners.
func (al *aligner) release() {
	clear(al.sa)
	clear(al.sb)
	al.a, al.b = nil, nil
	aligners.Put(al)
}

// appendStems appends the stems of the words ts to dst.
func appendStems(dst []string, ts []tok) []string {
	for _, t := range ts {
		dst = append(dst, stem(t.norm))
	}
	return dst
}

// contiguous moves an aligned word that stands apart from the next aligned
// pair onto an equal word adjacent to that pair, so that "the peace
// proposal" aligns as one run rather than "the … peace proposal".
func (al *aligner) contiguous(pairs [][2]int) [][2]int {
	for k := len(pairs) - 2; k >= 0; k-- {
		i, j := pairs[k][0], pairs[k][1]
		ni, nj := pairs[k+1][0], pairs[k+1][1]
		switch {
		case ni == i+1 && nj > j+1 && al.eq(i, nj-1):
			pairs[k][1] = nj - 1
		case nj == j+1 && ni > i+1 && al.eq(ni-1, j):
			pairs[k][0] = ni - 1
		}
	}
	return pairs
}

// excerptSlack is how many more words a version must have than the other
// to be taken as the longer statement the other excerpts.
const excerptSlack = 5

// diff computes the changed words of two altered versions.
func diff(a, b version) Diff {
	al := aligners.Get().(*aligner)
	defer al.release()
	pairs := al.lcs(a.words, b.words, false)
	aChanged := make([]bool, len(a.words))
	bChanged := make([]bool, len(b.words))
	for i := range aChanged {
		aChanged[i] = true
	}
	for j := range bChanged {
		bChanged[j] = true
	}
	for _, p := range pairs {
		aChanged[p[0]] = false
		bChanged[p[1]] = false
	}
	// A version much longer than the other quotes more of the statement:
	// its words before the first and after the last aligned word are not
	// changes.
	// Beyond the shorter version's first and last words (aligned or
	// replaced), the longer one's words are not changes.
	if len(pairs) > 0 {
		fa, fb := pairs[0][0], pairs[0][1]
		la, lb := pairs[len(pairs)-1][0], pairs[len(pairs)-1][1]
		switch {
		case len(a.words) >= len(b.words)+excerptSlack:
			clearRange(aChanged, 0, fa-fb)
			clearRange(aChanged, la+1+(len(b.words)-1-lb), len(a.words))
		case len(b.words) >= len(a.words)+excerptSlack:
			clearRange(bChanged, 0, fb-fa)
			clearRange(bChanged, lb+1+(len(a.words)-1-la), len(b.words))
		}
	}
	// A pure insertion or deletion shows its neighbour for context.
	if none(aChanged) != none(bChanged) {
		addContext(aChanged, bChanged, pairs)
	}
	d := Diff{}
	d.A, d.ASpans = render(a.txt, a.words, aChanged)
	d.B, d.BSpans = render(b.txt, b.words, bChanged)
	return d
}

func clearRange(c []bool, from, to int) {
	for i := from; i < to && i < len(c); i++ {
		if i >= 0 {
			c[i] = false
		}
	}
}

func none(c []bool) bool {
	for _, x := range c {
		if x {
			return false
		}
	}
	return true
}

// addContext marks the aligned pair next to the first change as changed on
// both sides, so that an insertion or deletion is shown in its place.
func addContext(ac, bc []bool, pairs [][2]int) {
	changed, other := ac, bc
	side := 0
	if none(ac) {
		changed, other, side = bc, ac, 1
	}
	first := -1
	for i, x := range changed {
		if x {
			first = i
			break
		}
	}
	best := -1
	for k, p := range pairs {
		if p[side] < first {
			best = k
		}
	}
	if best < 0 {
		for k, p := range pairs {
			if p[side] > first {
				best = k
				break
			}
		}
	}
	if best < 0 {
		return
	}
	changed[pairs[best][side]] = true
	other[pairs[best][1-side]] = true
}

// render joins the changed words: runs separated by one unchanged word are
// shown with it, longer unchanged runs as "…".
func render(txt string, ws []tok, changed []bool) (string, []article.Span) {
	var spans []article.Span
	var b strings.Builder
	runStart, lastEnd := -1, -1
	flush := func(end int) {
		if runStart >= 0 {
			b.WriteString(txt[ws[runStart].span.Start:ws[end].span.End])
		}
	}
	for i, c := range changed {
		if !c {
			continue
		}
		spans = append(spans, ws[i].span)
		switch {
		case runStart < 0:
			runStart = i
		case i-lastEnd-1 > 1:
			flush(lastEnd)
			b.WriteString(" … ")
			runStart = i
		}
		lastEnd = i
	}
	if runStart >= 0 {
		flush(lastEnd)
	}
	return b.String(), spans
}

// merge joins the versions of consecutive quotes of one paragraph into one,
// with an elision between them: the parts of a quote split around its
// attribution.
func merge(vs []version) version {
	out := version{txt: vs[0].txt, speaker: vs[0].speaker, direct: true}
	var texts []string
	for i, v := range vs {
		if i > 0 {
			out.toks = append(out.toks, tok{kind: tokElision})
		}
		out.toks = append(out.toks, v.toks...)
		out.words = append(out.words, v.words...)
		out.content = append(out.content, v.content...)
		texts = append(texts, v.text)
		out.direct = out.direct && v.direct
	}
	slices.Sort(out.content)
	out.text = strings.Join(texts, " ")
	return out
}

// Changes counts the changed words of a diff, on both sides.
func (d Diff) Changes() int { return len(d.ASpans) + len(d.BSpans) }
