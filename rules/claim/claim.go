package claim

import (
	"iter"
	"slices"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/srclint/srclint/rules/article"
	"github.com/srclint/srclint/rules/corpus"
	"github.com/srclint/srclint/rules/sentence"
	"github.com/srclint/srclint/rules/text"
)

// Kind classifies a salient term.
type Kind uint8

// The kinds of salient term.
const (
	Name Kind = iota + 1
	Place
	Number
	Money
	Date
	Month
	Year
	Weekday
	Holiday
)

// String names the kind for messages: "a name", "a place", ...
func (k Kind) String() string {
	switch k {
	case Name:
		return "a name"
	case Place:
		return "a place"
	case Number:
		return "a number"
	case Money:
		return "an amount"
	case Date:
		return "a date"
	case Month:
		return "a month"
	case Year:
		return "a year"
	case Weekday:
		return "a weekday"
	case Holiday:
		return "a holiday"
	}
	return "a term"
}

// Time reports whether the kind places something in time.
func (k Kind) Time() bool {
	return k == Date || k == Month || k == Year || k == Weekday || k == Holiday
}

// Term is one salient term of a sentence. It holds no pointers: its keys
// and numbers are in its article's Details, read through Details.Keys,
// Details.Extra and Details.Numeric.
type Term struct {
	// start and end are the term's byte span in the article's text (Span).
	start, end uint32
	// ref locates the term's keys in Details.tab (see termRef): packed
	// in place when they fit, else the index of a termRef in
	// Details.refs.
	ref  uint32
	Kind Kind
	// Deadline is true for a time term introduced as a deadline: "by
	// Thanksgiving", "no later than Friday", "until Nov. 27".
	Deadline bool
	// Outlet is true for names of news organisations ("WSJ", "The Post"):
	// attributions, not checkable content.
	Outlet bool
	// Spelled is true for numbers written as words ("three days").
	Spelled bool
}

// Span returns the term's exact byte span in the article's text.
func (t Term) Span() article.Span { return article.Span{Start: int(t.start), End: int(t.end)} }

// A Term's ref packs its termRef when the ref has no aux and fits: the
// first key's place in Details.tab in the low refKeyBits bits, the
// number of keys in the next refLenBits and the number of Extra keys in
// the next refExtraBits. With refIndirect set, the rest of the ref is the
// index of the termRef in Details.refs (numbers, and terms that do not
// fit). The zero ref has no keys.
const (
	refKeyBits   = 20
	refLenBits   = 7
	refExtraBits = 4
	refIndirect  = 1 << 31
)

// termRef is where a term's keys are in Details.tab: its keys are
// tab[keys:end], its Extra keys follow them; aux is, for a Number or
// Money term, 1 + the index of its Numeric in Details.nums, for any other
// the number of its Extra keys (a number has none).
type termRef struct {
	keys, end, aux int32
}

// packRef returns the ref of r for a term of kind k, adding r to refs
// when it cannot be packed.
func packRef(refs []termRef, k Kind, r termRef) (uint32, []termRef) {
	n := r.end - r.keys
	if k != Number && k != Money && r.keys < 1<<refKeyBits && n < 1<<refLenBits && r.aux < 1<<refExtraBits {
		return uint32(r.keys) | uint32(n)<<refKeyBits | uint32(r.aux)<<(refKeyBits+refLenBits), refs
	}
	return refIndirect | uint32(len(refs)), append(refs, r)
}

// refOf returns t's termRef.
func (x *Details) refOf(t *Term) termRef {
	if t.ref&refIndirect != 0 {
		return x.refs[t.ref&^refIndirect]
	}
	keys := int32(t.ref & (1<<refKeyBits - 1))
	n := int32(t.ref >> refKeyBits & (1<<refLenBits - 1))
	return termRef{keys: keys, end: keys + n, aux: int32(t.ref >> (refKeyBits + refLenBits))}
}

// numeric reports whether t is a number or an amount, whose aux is its
// Numeric.
func (t *Term) numeric() bool { return t.Kind == Number || t.Kind == Money }

// extra returns the number of Extra keys of r, the ref of t.
func (t *Term) extra(r termRef) int32 {
	if t.numeric() {
		return 0
	}
	return r.aux
}

// Details are what an article's terms say beyond their kinds and spans:
// their keys and numbers, one table an article that its Terms index.
// The article's distinct keys are numbered, the keys of its DocKeys first
// and in sorted order, and written one after the other in one string;
// the terms' key lists are lists of those numbers.
type Details struct {
	text string // the distinct keys, one after the other
	// Key id is text[off(id):off(id+1)]; the terms' key lists are key
	// ids in tab. Both are in off16 and tab16 when every offset and id
	// fits in 16 bits (nearly every article), else in off32 and tab32.
	off16, tab16 []uint16
	off32, tab32 []int32
	nkeys        int32     // the number of distinct keys
	refs         []termRef // the terms' refs that Term.ref does not pack
	nums         []Numeric
	ndoc         int32 // keys 0 to ndoc-1 are DocKeys
}

// DetailsOf returns the details of d's claims' terms (see Claims).
func DetailsOf(d *corpus.Doc) *Details {
	return &extracted.Of(d).details
}

// KeyCount returns the number of distinct keys of the details' article,
// the bound of KeyList.ID.
func (x *Details) KeyCount() int { return int(x.nkeys) }

// off returns the offset in x.text of key id.
func (x *Details) off(id int32) int32 {
	if x.off16 != nil {
		return int32(x.off16[id])
	}
	return x.off32[id]
}

// tabAt returns the key id at place p of the terms' key lists.
func (x *Details) tabAt(p int32) int32 {
	if x.tab16 != nil {
		return int32(x.tab16[p])
	}
	return x.tab32[p]
}

// key returns key id.
func (x *Details) key(id int32) string { return x.text[x.off(id):x.off(id+1)] }

// KeyList is a list of an article's keys (Details.Keys, Details.Extra),
// read by position. The zero KeyList is empty.
type KeyList struct {
	x        *Details
	from, to int32 // the keys' places in x's key lists
}

// Len returns the number of keys.
func (l KeyList) Len() int { return int(l.to - l.from) }

// At returns the i-th key.
func (l KeyList) At(i int) string { return l.x.key(l.ID(i)) }

// ID returns the i-th key's number among its article's distinct keys,
// from 0 to Details.KeyCount()-1: equal keys of one article have equal
// numbers.
func (l KeyList) ID(i int) int32 {
	if i < 0 || i >= l.Len() {
		panic("claim: KeyList index out of range")
	}
	return l.x.tabAt(l.from + int32(i))
}

// AppendTo appends the keys to dst and returns the extended slice. The
// strings share the article's key table: nothing is copied.
func (l KeyList) AppendTo(dst []string) []string {
	for p := l.from; p < l.to; p++ {
		dst = append(dst, l.x.key(l.x.tabAt(p)))
	}
	return dst
}

// Keys returns the normalised keys of t, a term of the details' article,
// that match the same content in other sources: "v:28" for 28, 28-point
// and 28 points; "d:11-16" for Nov. 16 and November 16; "t:dnieper" and
// "k:dnpr" (a consonant skeleton that tolerates transliteration) for
// Dnieper. Any one key matching is support.
func (x *Details) Keys(t Term) KeyList {
	r := x.refOf(&t)
	return KeyList{x, r.keys, r.end}
}

// Extra returns the further keys t provides to the index without needing
// them for its own support (the month of a full date).
func (x *Details) Extra(t Term) KeyList {
	r := x.refOf(&t)
	n := t.extra(r)
	if n == 0 {
		return KeyList{}
	}
	e := r.end + n
	return KeyList{x, r.end, e}
}

// Numeric returns what t says as a number or an amount (Kind Number or
// Money), or nil for every other kind.
func (x *Details) Numeric(t Term) *Numeric {
	if !t.numeric() {
		return nil
	}
	r := x.refOf(&t)
	if r.aux == 0 {
		return nil
	}
	return &x.nums[r.aux-1]
}

// First returns the first term of cls, the claims of the details'
// article, that has any of keys among its Keys, and whether there is one.
func (x *Details) First(cls *Set, keys []string) (Term, bool) {
	// A key can equal one of keys only if its signature bit is set.
	var sigs uint64
	for _, k := range keys {
		sigs |= keySig(k)
	}
	// The key lists are placed in the table in the order of the terms
	// that first take them (see scratch.place), and a list is shared only
	// among Keys placed before it: a term whose keys end before the Keys
	// compared so far repeats keys compared already.
	var next int32
	for j := range cls.terms {
		t := &cls.terms[j]
		r := x.refOf(t)
		if r.end <= next {
			continue
		}
		for p := r.keys; p < r.end; p++ {
			if k := x.key(x.tabAt(p)); sigs&keySig(k) != 0 && slices.Contains(keys, k) {
				return *t, true
			}
		}
		next = r.end
	}
	return Term{}, false
}

// keySig is a one-bit signature of a key, from its length and its first
// and last bytes: equal keys have equal signatures.
func keySig(k string) uint64 {
	if k == "" {
		return 1
	}
	return 1 << ((uint(len(k)) + 5*uint(k[0]) + 3*uint(k[len(k)-1])) & 63)
}

// Numeric is what a number or an amount says beyond its keys.
type Numeric struct {
	Quantity Quantity
	// Context is the word that follows a number's unit ("plan" in
	// "28-point plan"), folded and singular, or "".
	Context string
	// Before is the preposition before a number ("by" in "won by 3,870
	// votes"), folded, or "".
	Before string
}

// Specificity ranks terms: the more specific, the more an unsupported
// occurrence matters.
func (t Term) Specificity() int {
	switch {
	case t.Deadline:
		return 9
	case t.Kind == Holiday, t.Kind == Money:
		return 8
	case t.Kind == Date:
		return 7
	case t.Kind == Number && !t.Spelled:
		return 6
	case t.Kind == Place:
		return 5
	case t.Kind == Name:
		return 4
	case t.Kind == Weekday:
		return 3
	case t.Kind == Month, t.Kind == Year:
		return 2
	}
	return 1
}

// Claim is a sentence with checkable content. It is a view of one of its
// article's claims (Set.All, Set.At), made when read: the article keeps
// each claim in a few bytes of its Set.
type Claim struct {
	Sentence sentence.Sentence
	// Terms are the claim's terms, in text order; they share the
	// article's one block of terms.
	Terms []Term
	// cues are the claim's cues, nil when it has none (most claims).
	cues *cueSet
}

// cueSet is what makes a claim a commitment, a prediction or a threat.
type cueSet struct {
	commitment, prediction, threat string
}

// Commitment returns the cue ("expects", "must", "pledged", "deadline")
// that makes the sentence a commitment or expectation, or "".
func (c *Claim) Commitment() string {
	if c.cues == nil {
		return ""
	}
	return c.cues.commitment
}

// Prediction returns the cue ("will", "warned", "threatened", "could
// be") that makes the sentence a prediction or threat, or "".
func (c *Claim) Prediction() string {
	if c.cues == nil {
		return ""
	}
	return c.cues.prediction
}

// Threat returns the phrase that makes the sentence a threat ("warned",
// "will be let go", "will be replaced"), or "".
func (c *Claim) Threat() string {
	if c.cues == nil {
		return ""
	}
	return c.cues.threat
}

// Set is an article's claims (Claims), in sentence order. It keeps each
// claim as its sentence's index and the end of its terms in one block of
// the article's terms; Claim values are made when read.
type Set struct {
	sents []sentence.Sentence // the article's sentences
	recs  []claimRec
	terms []Term // the claims' terms, claim after claim
	cued  []cued // the claims with cues, in claim order
}

// claimRec is one kept claim: its sentence's index in Set.sents, and the
// end of its terms in Set.terms (they start where the previous claim's
// end).
type claimRec struct {
	sent, end int32
}

// cued is the cues of the claim at index claim.
type cued struct {
	claim int32
	cues  cueSet
}

// Len returns the number of claims.
func (s *Set) Len() int { return len(s.recs) }

// At returns the i-th claim.
func (s *Set) At(i int) Claim {
	c := s.claim(i)
	if k, ok := slices.BinarySearchFunc(s.cued, int32(i), func(c cued, i int32) int { return int(c.claim - i) }); ok {
		c.cues = &s.cued[k].cues
	}
	return c
}

// claim returns the i-th claim without its cues.
func (s *Set) claim(i int) Claim {
	r := s.recs[i]
	var from int32
	if i > 0 {
		from = s.recs[i-1].end
	}
	return Claim{Sentence: s.sents[r.sent], Terms: s.terms[from:r.end:r.end]}
}

// Terms returns the terms of all the claims, claim after claim: the
// article's one block of terms, to read, not to modify.
func (s *Set) Terms() []Term { return s.terms }

// All yields the claims in order.
func (s *Set) All() iter.Seq[Claim] {
	return func(yield func(Claim) bool) {
		k := 0 // the next claim with cues in s.cued
		for i := range s.recs {
			c := s.claim(i)
			if k < len(s.cued) && int(s.cued[k].claim) == i {
				c.cues = &s.cued[k].cues
				k++
			}
			if !yield(c) {
				return
			}
		}
	}
}

// modals mark a sentence about the future or an obligation.
var modals = map[string]bool{"will": true, "would": true, "must": true, "should": true, "shall": true, "expects": true,
	"expected": true, "expect": true, "deadline": true, "need": true, "needs": true, "promised": true, "pledged": true,
	"vowed": true, "plans": true, "aims": true, "due": true, "has": false, "until": true, "won't": true, "wouldn't": true}

// threatVerbs follow "will be" or "could be" in a threat: "will be let go".
var threatVerbs = map[string]bool{"let": true, "fired": true, "replaced": true, "cut": true, "reduced": true, "dismissed": true,
	"laid": true, "closed": true, "shut": true, "suspended": true, "removed": true, "expelled": true, "banned": true,
	"evicted": true, "arrested": true, "prosecuted": true, "sanctioned": true, "punished": true, "terminated": true,
	"withdrawn": true, "halted": true, "revoked": true, "stripped": true, "jailed": true, "deported": true}

// Claims is the per-article extractor: one Claim for each sentence that
// carries at least one term. Headings are included (their terms support
// other articles' claims); check Sentence.Heading before reporting one.
var Claims = &corpus.Extractor[*Set]{
	Name: "claims",
	Run:  func(d *corpus.Doc) *Set { return &extracted.Of(d).claims },
}

// extraction is what one extraction finds in an article: its claims and
// the details of their terms, which hold DocKeys.
type extraction struct {
	claims  Set
	details Details
}

// extracted is the per-article extractor behind Claims, DetailsOf and
// DocKeys, which one pass over the article computes together.
var extracted = &corpus.Extractor[*extraction]{
	Name: "claim-extraction",
	Run: func(d *corpus.Doc) *extraction {
		sents := sentence.Sentences.Of(d)
		return extract(d.Text, sents, SentenceWords(d, sents))
	},
}

// SentenceWords returns the words of each sentence, cut from the article's
// body words (BodyWords) so that the text is tokenised once.
func SentenceWords(d *corpus.Doc, sents []sentence.Sentence) [][]text.Word {
	all := BodyWords.Of(d)
	out := make([][]text.Word, len(sents))
	for i, s := range sents {
		lo := sort.Search(len(all), func(k int) bool { return all[k].Span.Start >= s.Span.Start })
		hi := lo
		for hi < len(all) && all[hi].Span.End <= s.Span.End {
			hi++
		}
		out[i] = all[lo:hi:hi]
	}
	return out
}

// Extract finds the claims of the sentences of txt, and the details of
// their terms.
func Extract(txt string, sents []sentence.Sentence) (*Set, *Details) {
	words := make([][]text.Word, len(sents))
	for i, s := range sents {
		words[i] = text.Words(txt, s.Span)
	}
	x := extract(txt, sents, words)
	return &x.claims, &x.details
}

var months = map[string]int{
	"january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4, "may": 5,
	"june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9,
	"october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}

var weekdays = map[string]bool{
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true,
}

// holidays are single- and two-word holiday names, folded.
var holidays = map[string]bool{
	"thanksgiving": true, "halloween": true, "christmas": true, "easter": true, "hanukkah": true, "ramadan": true,
	"passover": true, "diwali": true, "eid": true, "new year": true, "new year's": true, "independence day": true,
	"memorial day": true, "labor day": true, "veterans day": true, "election day": true, "inauguration day": true,
	"valentine's day": true, "christmas eve": true, "new year's eve": true, "yom kippur": true, "rosh hashanah": true,
	"mother's day": true, "father's day": true, "boxing day": true, "victory day": true, "orthodox christmas": true,
	"midsummer": true, "mawlid": true, "juneteenth": true, "hogmanay": true, "good friday": true, "easter sunday": true,
	"fourth of july": true, "lunar new year": true, "chinese new year": true, "eid al-fitr": true, "eid al-adha": true,
	"black friday": true, "may day": true, "nowruz": true, "vesak": true, "purim": true, "epiphany": true, "pentecost": true,
}

// outlets are news organisations: naming them attributes, it is not a
// claim. Keys are folded single tokens or token sequences.
var outlets = map[string]bool{
	"wsj": true, "wall street journal": true, "journal": true, "post": true, "washington post": true,
	"new york times": true, "times": true, "nyt": true, "axios": true, "reuters": true, "ap": true,
	"associated press": true, "afp": true, "bloomberg": true, "cnn": true, "bbc": true, "politico": true,
	"guardian": true, "fox news": true, "nbc": true, "cbs": true, "abc": true, "npr": true, "financial times": true,
	"ft": true, "economist": true, "tass": true, "ria novosti": true, "interfax": true, "al jazeera": true,
	"kyiv independent": true, "kyiv post": true, "ukrainska pravda": true, "the hill": true, "newsweek": true,
	"telegraph": true, "independent": false, "msnbc": true, "cnbc": true, "latestnewsx": true,
}

// generic are capitalised words that do not identify anything on their own:
// titles, offices, function words.
var generic = map[string]bool{
	"the": true, "a": true, "an": true, "of": true, "and": true, "for": true, "in": true, "on": true, "at": true,
	"to": true, "de": true, "bin": true, "al": true, "von": true, "van": true, "la": true, "le": true, "du": true,
	"president": true, "presidential": true, "secretary": true, "state": true, "senator": true, "sen": true,
	"sens": true, "rep": true, "representative": true, "gov": true, "governor": true, "minister": true,
	"prime": true, "crown": true, "prince": true, "vice": true, "special": true, "envoy": true, "army": true,
	"department": true, "committee": true, "ministry": true, "mr": true, "mrs": true, "ms": true, "dr": true,
	"general": true, "gen": true, "chief": true, "director": true, "spokesman": true, "spokeswoman": true,
	"press": true, "adviser": true, "advisor": true, "national": true, "security": true, "foreign": true,
	"affairs": true, "office": true, "deputy": true, "official": true, "officials": true, "senate": true,
	"council": true, "chairman": true, "speaker": true, "leader": true, "commander": true, "ambassador": true,
	"i": true, "mp": true, "ceo": true, "new": true, "news": true, "latest": true, "breaking": true,
}

// function words that may start a sentence capitalised without being names.
var starters = map[string]bool{
	"the": true, "a": true, "an": true, "in": true, "on": true, "at": true, "but": true, "and": true, "he": true,
	"she": true, "it": true, "they": true, "we": true, "i": true, "this": true, "that": true, "these": true,
	"those": true, "when": true, "after": true, "before": true, "during": true, "despite": true, "even": true,
	"with": true, "as": true, "if": true, "while": true, "meanwhile": true, "however": true, "according": true,
	"for": true, "of": true, "to": true, "from": true, "sources": true, "officials": true, "his": true, "her": true,
	"their": true, "its": true, "our": true, "there": true, "what": true, "who": true, "why": true, "how": true,
	"neither": true, "nor": true, "both": true, "each": true, "every": true, "all": true, "some": true, "many": true,
	"most": true, "no": true, "not": true, "yet": true, "so": true, "then": true, "still": true, "also": true,
	"lawmakers": true, "attending": true, "echoing": true, "appealing": true, "sent": true, "stay": true,
	"follow": true, "please": true, "your": true, "you": true, "my": true, "is": true, "was": true, "do": true,
	"don't": true, "did": true, "would": true, "could": true, "should": true, "will": true, "can": true,
}

// locatives introduce places.
var locatives = map[string]bool{"in": true, "near": true, "into": true, "across": true}

// directions make "of" a locative: east of the Dnieper.
var directions = map[string]bool{"east": true, "west": true, "north": true, "south": true, "northeast": true, "northwest": true,
	"southeast": true, "southwest": true, "outskirts": true, "bank": true, "banks": true}

// connectors may appear inside a multi-word name: Secretary of State, bin Salman.
var connectors = map[string]bool{"of": true, "bin": true, "al": true, "de": true, "von": true, "van": true, "la": true, "du": true, "da": true}

// deadlineWords introduce a deadline when a time term follows.
var deadlineWords = map[string]bool{"by": true, "until": true, "till": true, "deadline": true}

// unitSkip are words between a number and its unit noun.
var unitSkip = map[string]bool{"other": true, "more": true, "new": true, "additional": true, "separate": true, "of": true, "the": true, "different": true, "extra": true}

// contextSkip are words between a unit and its context word.
var contextSkip = map[string]bool{"were": true, "was": true, "had": true, "have": true, "has": true, "been": true, "are": true, "is": true, "of": true, "the": true}

// stop ends a context: these carry no fact of their own.
var stop = map[string]bool{"them": true, "us": true, "it": true, "those": true, "these": true, "whom": true, "had": true, "have": true, "has": true, "were": true, "was": true, "are": true, "is": true, "said": true, "did": true, "of": true, "and": true, "or": true, "but": true, "to": true, "in": true, "on": true, "at": true, "for": true, "with": true, "by": true, "a": true, "an": true, "that": true, "which": true, "who": true, "as": true, "than": true, "from": true, "ago": true, "later": true, "earlier": true, "before": true, "after": true}

// initial reports whether ws[i] starts the sentence or a clause that takes
// a capital: after a colon, a dash or an opening quotation mark.
func initial(txt string, span article.Span, ws []text.Word, i int) bool {
	if i == 0 {
		return true
	}
	gap := txt[ws[i-1].Span.End:ws[i].Span.Start]
	if gap == " " {
		return false
	}
	gap = strings.TrimSpace(gap)
	r, _ := utf8.DecodeLastRuneInString(gap)
	return gap != "" && strings.ContainsRune(":—–“\"‘(", r)
}

func countAt(ts []draft, sp article.Span) int {
	if n := len(ts); n > 0 && ts[n-1].Span == sp {
		return 1
	}
	return 0
}

// monthContext reports whether "May" at i is the month: a day or year is
// next to it, or "in"/"on"/"by" precedes it.
func monthContext(ws []text.Word, i int) bool {
	if i+1 < len(ws) && (isDay(ws[i+1].Folded) || isYear(ws[i+1].Folded)) {
		return true
	}
	return i > 0 && (ws[i-1].Folded == "in" || ws[i-1].Folded == "by" || ws[i-1].Folded == "since" || ws[i-1].Folded == "until")
}

func isDay(f string) bool {
	d := dayOf(f)
	return d >= 1 && d <= 31
}

func dayOf(f string) int {
	f = strings.TrimSuffix(strings.TrimSuffix(strings.TrimSuffix(strings.TrimSuffix(f, "th"), "st"), "nd"), "rd")
	if len(f) == 0 || len(f) > 2 {
		return 0
	}
	n := 0
	for _, r := range f {
		if r < '0' || r > '9' {
			return 0
		}
		n = n*10 + int(r-'0')
	}
	return n
}

func isYear(f string) bool {
	if len(f) != 4 {
		return false
	}
	for _, r := range f {
		if r < '0' || r > '9' {
			return false
		}
	}
	return f >= "1800" && f <= "2199"
}

// timeAfter reports whether a clock time follows the word: "13:20".
func timeAfter(txt string, w text.Word) bool {
	return w.Span.End+1 < len(txt) && txt[w.Span.End] == ':' && txt[w.Span.End+1] >= '0' && txt[w.Span.End+1] <= '9'
}

// adjacent reports whether b follows a with only spaces (or a hyphen
// joining parts) between them: names do not run across punctuation.
func adjacent(txt string, a, b text.Word) bool {
	gap := txt[a.Span.End:b.Span.Start]
	if gap == " " {
		return true
	}
	return strings.TrimSpace(gap) == "" && !strings.ContainsAny(gap, "\n\r")
}

// prepositions before a number distinguish facts: a margin "by 3,870
// votes" from a total "of 212,000 votes". Each maps to itself, so that a
// Numeric keeps the constant and not the folded word ("By" folds into a
// string that the article's other folded words share).
var prepositions = map[string]string{"by": "by", "of": "of", "to": "to", "from": "from", "than": "than", "at": "at", "with": "with"}

// contextVerbs normalise the verbs of casualty and similar counts, so
// that "killing 11 people" and "14 people were killed" state one fact.
var contextVerbs = map[string]string{
	"killed": "killed", "killing": "killed", "kill": "killed", "kills": "killed", "dead": "killed", "died": "killed",
	"death": "killed", "deaths": "killed", "injured": "injured", "injuring": "injured", "wounded": "injured",
	"wounding": "injured", "hurt": "injured", "injuries": "injured", "evacuated": "evacuated", "evacuating": "evacuated",
	"displaced": "displaced", "displacing": "displaced", "arrested": "arrested", "arresting": "arrested",
}

// contextWord folds a context word: verbs of casualty counts to one form,
// plurals to singular.
func contextWord(w string) string {
	if c, ok := contextVerbs[w]; ok {
		return c
	}
	return Singular(w)
}

// owned returns s, cut from w's folded form, in memory of its own when
// that form is not the text: folded forms that differ from the text share
// one allocation for a whole region, which a kept Numeric must not hold.
func owned(w text.Word, s string) string {
	if w.Folded != w.Text {
		return strings.Clone(s)
	}
	return s
}

// adjacentish allows spaces and hyphens between words of a phrase.
func adjacentish(txt string, a, b text.Word) bool {
	gap := strings.TrimSpace(txt[a.Span.End:b.Span.Start])
	return gap == "" || gap == "-" || gap == "\u2011"
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			return false
		}
	}
	return s != ""
}

func isDigit(b byte) bool { return b >= '0' && b <= '9' }

// commitments make a sentence a commitment or an expectation.
var commitments = []string{"expects", "expected to", "expect", "must", "pledged", "pledges", "pledge", "promised", "promises", "promise",
	"vowed", "vows", "committed to", "deadline", "agreed to", "is set to", "are set to", "plans to", "intends to", "aims to", "ultimatum"}

// predictions make a sentence a prediction or a threat.
var predictions = []string{"will", "warned", "warns", "warning", "threatened", "threatens", "threat", "could be", "predicted",
	"predicts", "forecast", "is likely", "are likely", "likely to", "could lose", "could face", "may be"}

var commitmentWords, predictionWords = splitCues(commitments), splitCues(predictions)

// splitCues splits each cue into words and files it under its first word,
// in list order.
func splitCues(list []string) map[string][][]string {
	out := map[string][][]string{}
	for _, c := range list {
		parts := strings.Fields(c)
		out[parts[0]] = append(out[parts[0]], parts)
	}
	return out
}
