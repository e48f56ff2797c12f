package gencorpus

import (
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"math/rand/v2"
	"regexp"
	"sort"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

//go:embed seeds/*.seed
var seedFS embed.FS

// Kinds of planted items, as written in the manifest.
const (
	// KindVariant is a configured non-preferred spelling (Kiev, Donbass).
	KindVariant = "variant"
	// KindHouseVariant is a house-style spelling (Zelenskyy) written by a
	// few outlets only, so the majority of sources makes it a variant.
	KindHouseVariant = "house-variant"
	// KindAlteredQuote is a quote reworded in one article of a story.
	KindAlteredQuote = "altered-quote"
	// KindDeadlineClaim is a deadline sentence ("by Thanksgiving") that one
	// article of a story carries and no other does.
	KindDeadlineClaim = "deadline-claim"
)

// Options configure a generated corpus. The zero value of a rate disables
// that kind of plant; use DefaultOptions for the documented defaults.
type Options struct {
	// Articles is the number of articles (-n).
	Articles int `json:"articles"`
	// Seed selects the corpus: the same options give the same bytes.
	Seed uint64 `json:"seed"`
	// Stories is the number of stories; 0 picks about Articles/5.5. Each
	// story has 3 to 8 articles (fewer only when Articles < 3).
	Stories int `json:"stories"`
	// VariantRate is the probability that an article carries one planted
	// configured variant (Kiev or Donbass).
	VariantRate float64 `json:"variant_rate"`
	// QuoteRate is the probability that one article of a story rewords
	// one of the story's quotes.
	QuoteRate float64 `json:"quote_rate"`
	// ClaimRate is the probability that one article of a story adds a
	// deadline claim no other article of the story carries.
	ClaimRate float64 `json:"claim_rate"`
	// StoryField writes `story:` into the front matter.
	StoryField bool `json:"story_field"`
}

// DefaultOptions returns the defaults of cmd/gencorpus.
func DefaultOptions() Options {
	return Options{Articles: 1000, Seed: 1, VariantRate: 0.25, QuoteRate: 0.5, ClaimRate: 0.5, StoryField: true}
}

// File is one generated article: a slash path relative to the output folder
// and its bytes.
type File struct {
	Path string
	Data []byte
}

// Plant is one planted item. Offsets are bytes into the file; line and
// columns are 1-based, columns in Unicode code points (as srclint reports).
type Plant struct {
	File      string `json:"file"`
	Line      int    `json:"line"`
	Column    int    `json:"column"`
	EndLine   int    `json:"end_line"`
	EndColumn int    `json:"end_column"`
	Offset    int    `json:"offset"`
	EndOffset int    `json:"end_offset"`
	Text      string `json:"text"`
	Kind      string `json:"kind"`
	// Rule is the srclint rule expected to flag the item.
	Rule string `json:"rule"`
}

// Manifest lists what a generated corpus holds and what was planted in it.
type Manifest struct {
	Version  int     `json:"version"`
	Options  Options `json:"options"`
	Articles int     `json:"articles"`
	Stories  int     `json:"stories"`
	Bytes    int64   `json:"bytes"`
	Plants   []Plant `json:"plants"`
}

// Generate builds the corpus described by opts and passes each article to
// emit, in path order. It returns the manifest.
func Generate(opts Options, emit func(File) error) (*Manifest, error) {
	if opts.Articles < 0 {
		return nil, fmt.Errorf("number of articles must not be negative, not %d", opts.Articles)
	}
	for _, r := range []float64{opts.VariantRate, opts.QuoteRate, opts.ClaimRate} {
		if r < 0 || r > 1 {
			return nil, fmt.Errorf("rates must be between 0 and 1, not %g", r)
		}
	}
	sizes, err := storySizes(opts)
	if err != nil {
		return nil, err
	}
	pool, err := seedPool()
	if err != nil {
		return nil, err
	}
	m := &Manifest{Version: 1, Options: opts, Stories: len(sizes), Plants: []Plant{}}
	for i, n := range sizes {
		files, plants := genStory(opts, pool, i, n)
		for _, f := range files {
			if err := emit(f); err != nil {
				return nil, err
			}
			m.Articles++
			m.Bytes += int64(len(f.Data))
		}
		m.Plants = append(m.Plants, plants...)
	}
	return m, nil
}

// mix is SplitMix64's finaliser: it spreads neighbouring seeds and story
// numbers over unrelated random streams.
func mix(x uint64) uint64 {
	x += 0x9e3779b97f4a7c15
	x = (x ^ x>>30) * 0xbf58476d1ce4e5b9
	x = (x ^ x>>27) * 0x94d049bb133111eb
	return x ^ x>>31
}

// storySizes splits opts.Articles into stories of 3 to 8 articles.
func storySizes(opts Options) ([]int, error) {
	n := opts.Articles
	if n == 0 {
		return nil, nil
	}
	s := opts.Stories
	if s == 0 {
		s = max(1, (n*2+10)/11)
		s = min(max(s, (n+7)/8), max(1, n/3))
	}
	if n >= 3 && (n < 3*s || n > 8*s) {
		return nil, fmt.Errorf("%d articles cannot form %d stories of 3 to 8 articles", n, s)
	}
	if n < 3 {
		return []int{n}, nil
	}
	rng := rand.New(rand.NewPCG(mix(opts.Seed), 0))
	sizes := make([]int, s)
	sum := 0
	for i := range sizes {
		sizes[i] = 3 + rng.IntN(6)
		sum += sizes[i]
	}
	for sum != n {
		i := rng.IntN(s)
		switch {
		case sum < n && sizes[i] < 8:
			sizes[i]++
			sum++
		case sum > n && sizes[i] > 3:
			sizes[i]--
			sum--
		}
	}
	return sizes, nil
}

// pool is the material stories are written from.
type pool struct {
	paragraphs []string
}

var (
	longQuote = regexp.MustCompile(`[“"]([^”"]+)[”"]`)
	// canonical rewrites the seeds' own variants to the preferred or
	// majority forms, so that the only variants in a corpus are planted.
	canonical = strings.NewReplacer(
		"Vladimir Zelensky", "Volodymyr Zelensky",
		"Zelenskyy", "Zelensky",
		"Donbass", "Donbas",
		"Kiev", "Kyiv",
	)
	boilerplateMarks = []string{"Stay informed", "Sheetal", "email address", "ad blocker", "date 2025"}
)

// seedPool reads the embedded seeds and keeps body paragraphs: long enough,
// not scraper boilerplate, without quotations of four words or more (those
// differ between the seeds; the generator writes its own quotes), without
// holidays that claims are planted with.
func seedPool() (*pool, error) {
	names, err := fs.Glob(seedFS, "seeds/*.seed")
	if err != nil {
		return nil, fmt.Errorf("reading embedded seeds: %w", err)
	}
	sort.Strings(names)
	p := &pool{}
	seen := map[string]bool{}
	for _, name := range names {
		b, err := seedFS.ReadFile(name)
		if err != nil {
			return nil, fmt.Errorf("reading embedded seed %s: %w", name, err)
		}
		for _, line := range strings.Split(string(b), "\n") {
			line = canonical.Replace(strings.TrimSpace(line))
			if len(line) < 120 || seen[line] || hasAny(line, boilerplateMarks) || hasAny(line, holidays) {
				continue
			}
			if quoted(line) {
				continue
			}
			seen[line] = true
			p.paragraphs = append(p.paragraphs, line)
		}
	}
	if len(p.paragraphs) < storyParagraphs {
		return nil, errors.New("embedded seeds hold too few paragraphs")
	}
	return p, nil
}

func quoted(line string) bool {
	for _, m := range longQuote.FindAllStringSubmatch(line, -1) {
		if len(strings.Fields(m[1])) >= 4 {
			return true
		}
	}
	return false
}

func hasAny(s string, subs []string) bool {
	for _, x := range subs {
		if strings.Contains(s, x) {
			return true
		}
	}
	return false
}

// storyParagraphs is how many seed paragraphs one story draws on.
const storyParagraphs = 24

// story is the per-story cast and material.
type story struct {
	slug      string
	title     string
	date      time.Time
	paras     []string
	quotes    []storyQuote
	outlets   []int
	rng       *rand.Rand
	numbering [2]int
}

type storyQuote struct {
	text    string
	speaker string // full name
	last    string
	role    string
}

// genStory writes story i with n articles.
func genStory(opts Options, p *pool, i, n int) ([]File, []Plant) {
	rng := rand.New(rand.NewPCG(mix(opts.Seed), mix(uint64(i)+1)))
	st := &story{rng: rng}
	cast := castFor(rng)
	st.numbering = [2]int{12 + rng.IntN(30), 5 + rng.IntN(7)}
	rename := renamer(cast, st.numbering)
	city := cast["Miami"]
	st.slug = fmt.Sprintf("s%05d-%s", i, slugify(city+" "+topics[rng.IntN(len(topics))]))
	st.title = fmt.Sprintf(titles[rng.IntN(len(titles))], cast["Witkoff"], cast["Kushner"], st.numbering[0], city)
	st.date = time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, rng.IntN(700))
	idx := rng.Perm(len(p.paragraphs))[:storyParagraphs]
	for _, k := range idx {
		st.paras = append(st.paras, rename(p.paragraphs[k]))
	}
	qidx := rng.Perm(len(quotePool))[:2]
	speakers := [][2]string{{"Karoline", "Leavitt"}, {"Marco", "Rubio"}}
	roles := []string{"the White House press secretary", "the secretary of state"}
	for j, q := range qidx {
		first, last := cast[speakers[j][0]], cast[speakers[j][1]]
		st.quotes = append(st.quotes, storyQuote{text: quotePool[q], speaker: first + " " + last, last: last, role: roles[j]})
	}
	st.outlets = rng.Perm(len(outlets))[:n]
	alterIn, claimIn, firstIn := -1, -1, -1
	if rng.Float64() < opts.QuoteRate {
		alterIn = rng.IntN(n)
		// Another article of the story is dated first: the rewording is
		// never the story's first report, whose version quote-altered
		// takes for the original.
		firstIn = (alterIn + 1 + rng.IntN(n-1)) % n
	}
	if rng.Float64() < opts.ClaimRate {
		claimIn = rng.IntN(n)
	}
	var files []File
	var plants []Plant
	for k := 0; k < n; k++ {
		when := anyDay
		switch k {
		case firstIn:
			when = firstDay
		case alterIn:
			when = laterDay
		}
		f, ps := st.article(opts, k, k == alterIn, k == claimIn, when)
		files = append(files, f)
		plants = append(plants, ps...)
	}
	sort.Slice(files, func(a, b int) bool { return files[a].Path < files[b].Path })
	sort.SliceStable(plants, func(a, b int) bool {
		if plants[a].File != plants[b].File {
			return plants[a].File < plants[b].File
		}
		return plants[a].Offset < plants[b].Offset
	})
	return files, plants
}

// draft is an article being written: its text and the plants in it, with
// offsets kept up to date as the text is edited.
type draft struct {
	text   string
	plants []Plant
}

// replace substitutes text[start:end] with s and records the result as a
// plant when kind is not empty.
func (d *draft) replace(start, end int, s, kind, rule string) {
	delta := len(s) - (end - start)
	for i := range d.plants {
		p := &d.plants[i]
		switch {
		case p.Offset >= end:
			p.Offset += delta
			p.EndOffset += delta
		case p.EndOffset >= end:
			p.EndOffset += delta
		}
	}
	d.text = d.text[:start] + s + d.text[end:]
	if kind != "" {
		d.plants = append(d.plants, Plant{Offset: start, EndOffset: start + len(s), Kind: kind, Rule: rule})
	}
}

// article writes the k-th article of the story.
// day says when an article is dated, relative to its story's first day.
type day int

const (
	anyDay   day = iota // one of the story's first four days
	firstDay            // the story's first day
	laterDay            // one of the three days after it
)

func (st *story) article(opts Options, k int, alter, claim bool, when day) (File, []Plant) {
	rng := st.rng
	outlet := outlets[st.outlets[k]]
	target := 4400 + rng.IntN(1000)
	order := rng.Perm(len(st.paras))
	var paras []string
	size := 0
	for _, o := range order {
		if size >= target {
			break
		}
		para := mutate(rng, st.paras[o])
		paras = append(paras, para)
		size += len(para) + 2
	}
	type insert struct {
		text       string
		start, end int // plant span within text, or -1
		kind, rule string
	}
	var inserts []insert
	alterQ := -1
	if alter {
		alterQ = rng.IntN(len(st.quotes))
	}
	for qi, q := range st.quotes {
		words := q.text
		if qi == alterQ {
			words = alterQuote(rng, words)
		}
		open, close := "“", "”"
		if rng.IntN(3) == 0 {
			open, close = `"`, `"`
		}
		var t string
		var off int
		switch rng.IntN(3) {
		case 0:
			t = open + words + "," + close + " " + q.speaker + " said on " + weekdays[rng.IntN(len(weekdays))] + "."
			off = len(open)
		case 1:
			t = q.speaker + ", " + q.role + ", told reporters: " + open + words + "." + close
			off = len(q.speaker + ", " + q.role + ", told reporters: " + open)
		default:
			t = open + words + "," + close + " said " + q.last + ", who spoke to reporters after the meeting."
			off = len(open)
		}
		in := insert{text: t, start: -1}
		if qi == alterQ {
			in.start, in.end, in.kind, in.rule = off, off+len(words), KindAlteredQuote, "quote-altered"
		}
		inserts = append(inserts, in)
	}
	if claim {
		t := fmt.Sprintf("The %s expects Ukraine to approve the deal by %s but has warned that %s could be reduced otherwise.",
			claimActors[rng.IntN(len(claimActors))], holidays[rng.IntN(len(holidays))], claimLevers[rng.IntN(len(claimLevers))])
		inserts = append(inserts, insert{text: t, start: 0, end: len(t), kind: KindDeadlineClaim, rule: "claim-unsupported"})
	}
	// Place the inserts after the lead paragraph, at distinct positions.
	type placed struct {
		at int
		in insert
	}
	var ps []placed
	for _, in := range inserts {
		ps = append(ps, placed{1 + rng.IntN(len(paras)), in})
	}
	sort.SliceStable(ps, func(a, b int) bool { return ps[a].at < ps[b].at })
	d := &draft{}
	var b strings.Builder
	next := 0
	for pi, para := range paras {
		for next < len(ps) && ps[next].at == pi {
			in := ps[next].in
			if in.start >= 0 {
				d.plants = append(d.plants, Plant{Offset: b.Len() + in.start, EndOffset: b.Len() + in.end, Kind: in.kind, Rule: in.rule})
			}
			b.WriteString(in.text)
			b.WriteString("\n\n")
			next++
		}
		b.WriteString(para)
		b.WriteString("\n\n")
	}
	for ; next < len(ps); next++ {
		in := ps[next].in
		if in.start >= 0 {
			d.plants = append(d.plants, Plant{Offset: b.Len() + in.start, EndOffset: b.Len() + in.end, Kind: in.kind, Rule: in.rule})
		}
		b.WriteString(in.text)
		b.WriteString("\n\n")
	}
	d.text = strings.TrimSuffix(b.String(), "\n") // one final newline
	// House style: a few outlets write Zelenskyy everywhere.
	if houseStyle(st.outlets[k]) {
		locs := wordIndex(d.text, "Zelensky")
		for j := len(locs) - 1; j >= 0; j-- {
			d.replace(locs[j], locs[j]+len("Zelensky"), "Zelenskyy", KindHouseVariant, "variant")
		}
	}
	if rng.Float64() < opts.VariantRate {
		var cands []int
		for pi, pr := range variantPairs {
			if len(wordIndex(d.text, pr[0])) > 0 {
				cands = append(cands, pi)
			}
		}
		if len(cands) > 0 {
			pr := variantPairs[cands[rng.IntN(len(cands))]]
			locs := wordIndex(d.text, pr[0])
			at := locs[rng.IntN(len(locs))]
			d.replace(at, at+len(pr[0]), pr[1], KindVariant, "variant")
		}
	}
	// Front matter.
	var date time.Time
	switch when {
	case firstDay:
		date = st.date
	case laterDay:
		date = st.date.AddDate(0, 0, 1+rng.IntN(3))
	default:
		date = st.date.AddDate(0, 0, rng.IntN(4))
	}
	var fm strings.Builder
	fm.WriteString("---\n")
	fmt.Fprintf(&fm, "title: %q\n", st.title)
	fmt.Fprintf(&fm, "source: %s\n", outlet)
	fmt.Fprintf(&fm, "date: %s\n", date.Format("2006-01-02"))
	if opts.StoryField {
		fmt.Fprintf(&fm, "story: %s\n", st.slug)
	}
	fm.WriteString("---\n\n")
	d.replace(0, 0, fm.String(), "", "")
	path := st.slug + "/" + slugify(outlet) + ".md"
	for i := range d.plants {
		p := &d.plants[i]
		p.File = path
		p.Text = d.text[p.Offset:p.EndOffset]
		p.Line, p.Column = position(d.text, p.Offset)
		p.EndLine, p.EndColumn = position(d.text, p.EndOffset)
	}
	return File{Path: path, Data: []byte(d.text)}, d.plants
}

// position returns the 1-based line and code-point column of off.
func position(s string, off int) (line, col int) {
	line = 1 + strings.Count(s[:off], "\n")
	start := strings.LastIndexByte(s[:off], '\n') + 1
	return line, 1 + utf8.RuneCountInString(s[start:off])
}

// wordIndex returns the offsets of whole-word occurrences of w in s.
func wordIndex(s, w string) []int {
	var out []int
	for i := 0; ; {
		j := strings.Index(s[i:], w)
		if j < 0 {
			return out
		}
		at := i + j
		end := at + len(w)
		if !wordByteBefore(s, at) && !wordByteAt(s, end) {
			out = append(out, at)
		}
		i = end
	}
}

func wordByteBefore(s string, i int) bool {
	if i == 0 {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return isLetter(r)
}

func wordByteAt(s string, i int) bool {
	if i >= len(s) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return isLetter(r)
}

func isLetter(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// houseStyle reports whether outlet number o writes "Zelenskyy".
func houseStyle(o int) bool { return o%8 == 7 }

// mutate rewrites a paragraph the way outlets rewrite copy: sometimes a
// sentence is dropped, sometimes a verb of attribution changes.
func mutate(rng *rand.Rand, para string) string {
	if rng.IntN(4) == 0 {
		sents := splitSentences(para)
		if len(sents) > 2 {
			drop := 1 + rng.IntN(len(sents)-1)
			sents = append(sents[:drop:drop], sents[drop+1:]...)
			para = strings.Join(sents, " ")
		}
	}
	if rng.IntN(5) == 0 {
		para = strings.Replace(para, " officials said", " officials told reporters", 1)
	}
	return para
}

// splitSentences splits at ". " before an upper-case letter; good enough
// for shuffling copy (the linter has its own splitter).
func splitSentences(p string) []string {
	var out []string
	start := 0
	for i := 0; i+2 < len(p); i++ {
		if p[i] == '.' && p[i+1] == ' ' && p[i+2] >= 'A' && p[i+2] <= 'Z' && !(i >= 2 && p[i-2] == '.') && !(i >= 1 && p[i-1] >= 'A' && p[i-1] <= 'Z') {
			out = append(out, p[start:i+1])
			start = i + 2
		}
	}
	return append(out, p[start:])
}

// alterQuote rewords a quote: one word is replaced by a synonym.
func alterQuote(rng *rand.Rand, q string) string {
	words := strings.Fields(q)
	var cands []int
	for i, w := range words {
		if _, ok := synonyms[strings.Trim(w, ",.")]; ok && i > 0 {
			cands = append(cands, i)
		}
	}
	if len(cands) == 0 {
		// Every pooled quote has synonyms (see TestQuotePoolAlterable); drop a word as a fallback.
		i := 1 + rng.IntN(len(words)-1)
		return strings.Join(append(words[:i:i], words[i+1:]...), " ")
	}
	i := cands[rng.IntN(len(cands))]
	w := strings.Trim(words[i], ",.")
	words[i] = strings.Replace(words[i], w, synonyms[w], 1)
	return strings.Join(words, " ")
}

// castFor draws a story's cast: new names for the seeds' people and places.
func castFor(rng *rand.Rand) map[string]string {
	cast := map[string]string{}
	ln := rng.Perm(len(lastNames))
	for i, k := range seedLast {
		cast[k] = lastNames[ln[i]]
	}
	fn := rng.Perm(len(firstNames))
	for i, k := range seedFirst {
		cast[k] = firstNames[fn[i]]
	}
	cs := rng.Perm(len(cities))
	cast["Miami"], cast["Geneva"] = cities[cs[0]], cities[cs[1]]
	return cast
}

var seedLast = []string{"Witkoff", "Kushner", "Dmitriev", "Umerov", "Rubio", "Kellogg", "Leavitt", "Luna"}
var seedFirst = []string{"Steve", "Jared", "Kirill", "Rustem", "Marco", "Keith", "Karoline", "Anna"}

var entityRe = regexp.MustCompile(`\b(` + strings.Join(append(append(append([]string{}, seedLast...), seedFirst...), "Miami", "Geneva", "28", "19"), "|") + `)\b`)

// renamer returns a function that renames the seeds' cast and plan size.
func renamer(cast map[string]string, numbers [2]int) func(string) string {
	return func(s string) string {
		return entityRe.ReplaceAllStringFunc(s, func(m string) string {
			switch m {
			case "28":
				return fmt.Sprint(numbers[0])
			case "19":
				return fmt.Sprint(numbers[1])
			}
			return cast[m]
		})
	}
}

func slugify(s string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(s) {
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' {
			b.WriteRune(r)
			dash = false
		} else if !dash && b.Len() > 0 {
			b.WriteByte('-')
			dash = true
		}
	}
	return strings.TrimSuffix(b.String(), "-")
}

// variantPairs are (preferred, variant) pairs of the default rules.toml
// with a preferred form.
var variantPairs = [][2]string{{"Kyiv", "Kiev"}, {"Donbas", "Donbass"}}

var outlets = []string{
	"Meridian Wire", "Northfield Post", "Capitol Ledger", "Harbor Tribune", "The Lantern", "Eastern Courier",
	"Granite Herald", "Valley Sentinel", "Atlas Daily", "Crossroads Review", "Pinecrest Gazette", "Bayline News",
	"Summit Observer", "Riverside Chronicle", "Frontier Dispatch", "Lakeshore Times", "Iron Bridge Journal",
	"Coastal Register", "Prairie Monitor", "Old Town Bulletin", "Continental Signal", "Westgate Press",
	"Keystone Record", "Northern Beacon",
}

var lastNames = []string{
	"Harlow", "Brennan", "Okafor", "Lindqvist", "Moreau", "Castellano", "Whitaker", "Nakamura", "Abernathy",
	"Delacroix", "Fairbanks", "Gallagher", "Halvorsen", "Iverson", "Jablonski", "Kowalczyk", "Lombardi",
	"Mbeki", "Northcott", "Oyelaran", "Pemberton", "Quintero", "Rasmussen", "Szabo", "Thistlewood",
	"Underhill", "Vasquez", "Wexford", "Yamamoto", "Zielinski", "Achterberg", "Blackwood", "Carrington",
	"Dunmore", "Ellsworth", "Fitzroy", "Grimaldi", "Hollister", "Ingram", "Jovanovic",
}

var firstNames = []string{
	"Alice", "Bernard", "Carmen", "Dmitri", "Eleanor", "Farid", "Greta", "Hector", "Ingrid", "Julian", "Kamala",
	"Lorenzo", "Miriam", "Nikolai", "Olivia", "Pavel", "Quentin", "Rosa", "Sebastian", "Tamsin", "Ulrich",
	"Vera", "Walter", "Yusuf", "Zora", "Anton", "Beatrix", "Cyrus",
}

var cities = []string{
	"Istanbul", "Riyadh", "Doha", "Vienna", "Oslo", "Helsinki", "Abu Dhabi", "Warsaw", "Budapest", "Bern",
	"Lisbon", "Valletta", "Reykjavik", "Copenhagen", "Tallinn", "Vilnius", "Jeddah", "Muscat",
}

var topics = []string{"talks", "peace plan", "draft", "summit", "framework", "proposal", "negotiations", "envoys"}

var titles = []string{
	"%[1]s and %[2]s drafted %[3]d-point plan in %[4]s, officials say",
	"Inside the %[4]s talks: how a %[3]d-point plan took shape",
	"Envoys %[1]s and %[2]s met Russian insider in %[4]s",
	"Peace plan for Ukraine was hashed out over dinners in %[4]s",
}

var weekdays = []string{"Monday", "Tuesday", "Wednesday", "Thursday", "Friday"}

// holidays are the deadlines of planted claims; no pooled paragraph
// mentions them.
var holidays = []string{"Thanksgiving", "Christmas", "Easter", "Independence Day", "Labor Day", "Memorial Day"}

var claimActors = []string{"Trump administration", "White House"}
var claimLevers = []string{"military aid", "intelligence sharing", "weapons deliveries", "financial support"}

// quotePool are the quotations stories put in their speakers' mouths (the
// first four after the seeds).
var quotePool = []string{
	"The idea that the United States of America isn't engaging with both sides equally in this war to bring it to an end is a complete and total fallacy",
	"We continuously conduct consultations, and we are grateful to the United States for listening to us, supporting us and discussing all aspects with us",
	"It is based on input from the Russian side, but it is also based on previous and ongoing input from Ukraine",
	"Don't believe it until you see it, but something good just may be happening",
	"The peace proposal was authored by the United States and we stand behind every word of it",
	"Nobody should sign a document they have not been allowed to read in full",
	"We will not trade away territory that our soldiers have defended for years",
	"Every day without an agreement costs lives on both sides of the front line",
	"This is a living, breathing document and it has evolved over the past week",
	"Our partners have been briefed and they know exactly where we stand on security guarantees",
	"There is no deal until every point has been agreed by the people who have to live with it",
	"We expect a serious answer from Moscow before the next round of talks begins",
}

// synonyms reword quotes.
var synonyms = map[string]string{
	"idea": "notion", "engaging": "dealing", "equally": "fairly", "complete": "utter", "continuously": "constantly",
	"grateful": "thankful", "supporting": "backing", "discussing": "debating", "based": "built", "previous": "earlier",
	"ongoing": "current", "believe": "trust", "happening": "coming", "authored": "written", "document": "paper",
	"allowed": "permitted", "territory": "land", "soldiers": "troops", "defended": "held", "agreement": "deal",
	"costs": "claims", "evolved": "changed", "partners": "allies", "briefed": "informed", "serious": "real",
	"answer": "reply", "agreed": "accepted", "begins": "starts", "read": "study", "exactly": "precisely",
}
