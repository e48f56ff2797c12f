package claim

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/srclint/srclint/rules/article"
	"github.com/srclint/srclint/rules/corpus"
	"github.com/srclint/srclint/rules/sentence"
	"github.com/srclint/srclint/rules/text"
)

// Kind classifies a salient term.
type Kind int

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

// Term is one salient term of a sentence.
type Term struct {
	Kind Kind
	// Span is the term's exact byte span; Text is the text it covers.
	Span article.Span
	Text string
	// Keys are the normalised keys that match the same content in other
	// sources: "v:28" for 28, 28-point and 28 points; "d:11-16" for Nov. 16
	// and November 16; "t:dnieper" and "k:dnpr" (a consonant skeleton that
	// tolerates transliteration) for Dnieper. Any one key matching is
	// support.
	Keys []string
	// Extra are further keys the term provides to the index without
	// needing them for its own support (the month of a full date).
	Extra []string
	// Quantity is set for numbers and amounts.
	Quantity Quantity
	// Context is the word that follows a number's unit ("plan" in
	// "28-point plan"), folded and singular, or "".
	Context string
	// Before is the preposition before a number ("by" in "won by 3,870
	// votes"), folded, or "".
	Before string
	// Deadline is true for a time term introduced as a deadline: "by
	// Thanksgiving", "no later than Friday", "until Nov. 27".
	Deadline bool
	// Outlet is true for names of news organisations ("WSJ", "The Post"):
	// attributions, not checkable content.
	Outlet bool
	// Spelled is true for numbers written as words ("three days").
	Spelled bool
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

// Claim is a sentence with checkable content.
type Claim struct {
	Sentence sentence.Sentence
	Terms    []Term
	// Commitment is the cue ("expects", "must", "pledged", "deadline")
	// that makes the sentence a commitment or expectation, or "".
	Commitment string
	// Prediction is the cue ("will", "warned", "threatened", "could be")
	// that makes it a prediction or threat, or "".
	Prediction string
	// Threat is the phrase that makes the sentence a threat ("warned",
	// "will be let go", "will be replaced"), or "".
	Threat string
}

// modals mark a sentence about the future or an obligation.
var modals = map[string]bool{"will": true, "would": true, "must": true, "should": true, "shall": true, "expects": true,
	"expected": true, "expect": true, "deadline": true, "need": true, "needs": true, "promised": true, "pledged": true,
	"vowed": true, "plans": true, "aims": true, "due": true, "has": false, "until": true, "won't": true, "wouldn't": true}

func modal(ws []text.Word) bool {
	for _, w := range ws {
		if modals[w.Folded] {
			return true
		}
	}
	return false
}

// undeadline turns a deadline term back into a plain time term.
func undeadline(t *Term) {
	if !t.Deadline {
		return
	}
	t.Deadline = false
	t.Keys = nil
	var extra []string
	for _, k := range t.Extra {
		if strings.HasPrefix(k, "mo:") && t.Kind == Date || strings.HasPrefix(k, "y:") {
			extra = append(extra, k)
			continue
		}
		t.Keys = append(t.Keys, k)
	}
	t.Extra = extra
}

// threatVerbs follow "will be" or "could be" in a threat: "will be let go".
var threatVerbs = map[string]bool{"let": true, "fired": true, "replaced": true, "cut": true, "reduced": true, "dismissed": true,
	"laid": true, "closed": true, "shut": true, "suspended": true, "removed": true, "expelled": true, "banned": true,
	"evicted": true, "arrested": true, "prosecuted": true, "sanctioned": true, "punished": true, "terminated": true,
	"withdrawn": true, "halted": true, "revoked": true, "stripped": true, "jailed": true, "deported": true}

// threat finds a threat: "warned", "threatened", or "will/could/would be"
// followed by a verb of loss ("will be let go", "could be reduced").
func threat(ws []text.Word) string {
	for i, w := range ws {
		switch w.Folded {
		case "warned", "warns", "threatened", "threatens", "ultimatum":
			return w.Text
		case "will", "could", "would", "may", "might":
			if i+2 < len(ws) && ws[i+1].Folded == "be" && threatVerbs[ws[i+2].Folded] {
				p := w.Text + " be " + ws[i+2].Text
				if (ws[i+2].Folded == "let" || ws[i+2].Folded == "laid") && i+3 < len(ws) {
					p += " " + ws[i+3].Text
				}
				return p
			}
		}
	}
	return ""
}

// Claims is the per-article extractor: one Claim for each sentence that
// carries at least one term. Headings are included (their terms support
// other articles' claims); check Sentence.Heading before reporting one.
var Claims = &corpus.Extractor[[]Claim]{
	Name: "claims",
	Run: func(d *corpus.Doc) []Claim {
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

// Extract finds the claims of the sentences of txt.
func Extract(txt string, sents []sentence.Sentence) []Claim {
	words := make([][]text.Word, len(sents))
	for i, s := range sents {
		words[i] = text.Words(txt, s.Span)
	}
	return extract(txt, sents, words)
}

func extract(txt string, sents []sentence.Sentence, words [][]text.Word) []Claim {
	// Words seen in lower case anywhere: a capitalised sentence-initial
	// word that also appears in lower case is an ordinary word.
	lower := map[string]bool{}
	midCap := map[string]bool{}
	for i, s := range sents {
		for k, w := range words[i] {
			if !w.Capital {
				lower[w.Folded] = true
			} else if !s.Heading && !initial(txt, s.Span, words[i], k) {
				midCap[w.Folded] = true
			}
		}
	}
	var out []Claim
	var buf []Term // reused: each claim keeps an exact-size copy
	for i, s := range sents {
		buf = sentenceTerms(buf[:0], txt, s, words[i], lower, midCap)
		if len(buf) == 0 {
			continue
		}
		c := Claim{Sentence: s, Terms: slices.Clone(buf)}
		c.Commitment, c.Prediction = cues(txt, s.Span, words[i])
		c.Threat = threat(words[i])
		if c.Commitment == "" && c.Prediction == "" && !modal(words[i]) {
			// "by Monday afternoon" in a past-tense account is a time,
			// not a deadline.
			for k := range c.Terms {
				undeadline(&c.Terms[k])
			}
		}
		out = append(out, c)
	}
	return out
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

// sentenceTerms appends the terms of sentence s (words ws) to out.
func sentenceTerms(out []Term, txt string, s sentence.Sentence, ws []text.Word, lower, midCap map[string]bool) []Term {
	used := make([]bool, len(ws))
	prev := func(i int) string {
		if i > 0 {
			return ws[i-1].Folded
		}
		return ""
	}
	deadline := func(i int) bool {
		p := prev(i)
		if p == "the" && i > 1 {
			p = ws[i-2].Folded
		}
		if deadlineWords[p] {
			return true
		}
		return i > 2 && ws[i-3].Folded == "no" && ws[i-2].Folded == "later" && p == "than"
	}
	add := func(t Term, from, to int) {
		t.Span = article.Span{Start: ws[from].Span.Start, End: ws[to].Span.End}
		t.Text = txt[t.Span.Start:t.Span.End]
		for k := from; k <= to; k++ {
			used[k] = true
		}
		out = append(out, t)
	}
	// Pass 1: dates, numbers, amounts, weekdays, holidays.
	for i := 0; i < len(ws); i++ {
		w := ws[i]
		f := strings.TrimSuffix(w.Folded, ".")
		if m, ok := months[f]; ok && (w.Capital) && !(f == "may" && !monthContext(ws, i)) {
			// Month Day, Day Month, Month Year.
			if i+1 < len(ws) && isDay(ws[i+1].Folded) && !timeAfter(txt, ws[i+1]) {
				d := dayOf(ws[i+1].Folded)
				add(Term{Kind: Date, Keys: []string{"d:" + pad(m) + "-" + pad(d)}, Extra: []string{"mo:" + pad(m)}, Deadline: deadline(i)}, i, i+1)
				i++
				continue
			}
			if i > 0 && isDay(ws[i-1].Folded) && !used[i-1] {
				out = out[:len(out)-countAt(out, ws[i-1].Span)]
				d := dayOf(ws[i-1].Folded)
				add(Term{Kind: Date, Keys: []string{"d:" + pad(m) + "-" + pad(d)}, Extra: []string{"mo:" + pad(m)}, Deadline: deadline(i - 1)}, i-1, i)
				continue
			}
			if len(f) >= 3 && (len(w.Text) > 3 || strings.HasSuffix(w.Text, ".")) || f == "may" {
				add(Term{Kind: Month, Keys: []string{"mo:" + pad(m)}, Deadline: deadline(i)}, i, i)
			}
			continue
		}
		if weekdays[f] && w.Capital {
			add(Term{Kind: Weekday, Keys: []string{"w:" + f}, Deadline: deadline(i)}, i, i)
			continue
		}
		if w.Capital && i+2 < len(ws) && holidays[f+" "+ws[i+1].Folded+" "+ws[i+2].Folded] {
			key := strings.ReplaceAll(f+" "+ws[i+1].Folded+" "+ws[i+2].Folded, " ", "-")
			add(Term{Kind: Holiday, Keys: []string{"h:" + key}, Deadline: deadline(i)}, i, i+2)
			i += 2
			continue
		}
		// "Midsummer Day", "Election Day": a capitalised word and Day.
		if i+1 < len(ws) && w.Capital && (holidays[f+" "+ws[i+1].Folded] || ws[i+1].Text == "Day" && !generic[f] && hasLetter(f)) {
			key := strings.ReplaceAll(strings.TrimSuffix(f+" "+ws[i+1].Folded, "'s"), " ", "-")
			add(Term{Kind: Holiday, Keys: []string{"h:" + key}, Deadline: deadline(i)}, i, i+1)
			i++
			continue
		}
		if holidays[f] && w.Capital {
			add(Term{Kind: Holiday, Keys: []string{"h:" + f}, Deadline: deadline(i)}, i, i)
			continue
		}
		if i+1 < len(ws) && isDay(f) && ws[i+1].Capital {
			if _, ok := months[strings.TrimSuffix(ws[i+1].Folded, ".")]; ok {
				continue // "18 November": the month takes the day
			}
		}
		if t, n, ok := numberTerm(txt, ws, i); ok {
			add(t, i, i+n-1)
			i += n - 1
			continue
		}
	}
	// Pass 2: names, runs of capitalised words.
	for i := 0; i < len(ws); i++ {
		if used[i] || !ws[i].Capital || !hasLetter(ws[i].Text) {
			continue
		}
		j := i
		for j+1 < len(ws) && !used[j+1] && adjacent(txt, ws[j], ws[j+1]) &&
			(ws[j+1].Capital && hasLetter(ws[j+1].Text) || connectors[ws[j+1].Folded] && j+2 < len(ws) && ws[j+2].Capital && !used[j+2] && adjacent(txt, ws[j+1], ws[j+2])) {
			j++
		}
		start := i
		// A sentence-initial ordinary word is not part of a name.
		if initial(txt, s.Span, ws, i) && (starters[ws[i].Folded] || lower[ws[i].Folded] || j == i && !midCap[ws[i].Folded] && (i > 0 || commonShape(ws[i].Folded))) {
			start = i + 1
			for start <= j && connectors[ws[start].Folded] {
				start++
			}
		}
		if start > j {
			i = j
			continue
		}
		t, ok := nameTerm(ws[start:j+1], placeBefore(ws, start))
		if ok {
			add(t, start, j)
		}
		i = j
	}
	for k := range out {
		if out[k].Deadline {
			// A deadline is supported only by the same deadline; the
			// plain date still supports other articles' mentions.
			out[k].Extra = append(out[k].Extra, out[k].Keys...)
			keys := make([]string, len(out[k].Keys))
			for j, key := range out[k].Keys {
				keys[j] = "dl:" + key
			}
			out[k].Keys = keys
		}
	}
	sort.Slice(out, func(a, b int) bool { return out[a].Span.Start < out[b].Span.Start })
	return out
}

// commonShape reports whether a capitalised sentence-initial word looks
// like an ordinary word rather than a name: a number word, or a plural,
// past or -ing form ("Crews", "Published", "Following").
func commonShape(f string) bool {
	if _, ok := spelled[f]; ok {
		return true
	}
	for _, suf := range []string{"s", "ed", "ing", "ly"} {
		if strings.HasSuffix(f, suf) {
			return true
		}
	}
	return false
}

// initial reports whether ws[i] starts the sentence or a clause that takes
// a capital: after a colon, a dash or an opening quotation mark.
func initial(txt string, span article.Span, ws []text.Word, i int) bool {
	if i == 0 {
		return true
	}
	gap := strings.TrimSpace(txt[ws[i-1].Span.End:ws[i].Span.Start])
	r, _ := utf8.DecodeLastRuneInString(gap)
	return gap != "" && strings.ContainsRune(":—–“\"‘(", r)
}

// placeBefore reports whether the words before ws[i] introduce a place:
// "in", "near", "east of (the)".
func placeBefore(ws []text.Word, i int) bool {
	k := i - 1
	if k >= 0 && ws[k].Folded == "the" {
		k--
	}
	if k < 0 {
		return false
	}
	if locatives[ws[k].Folded] {
		return true
	}
	return ws[k].Folded == "of" && k > 0 && directions[ws[k-1].Folded]
}

func countAt(ts []Term, sp article.Span) int {
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

func pad(n int) string {
	if n < 10 {
		return "0" + string(rune('0'+n))
	}
	return FormatValue(float64(n))
}

// timeAfter reports whether a clock time follows the word: "13:20".
func timeAfter(txt string, w text.Word) bool {
	return w.Span.End+1 < len(txt) && txt[w.Span.End] == ':' && txt[w.Span.End+1] >= '0' && txt[w.Span.End+1] <= '9'
}

// adjacent reports whether b follows a with only spaces (or a hyphen
// joining parts) between them: names do not run across punctuation.
func adjacent(txt string, a, b text.Word) bool {
	gap := txt[a.Span.End:b.Span.Start]
	return strings.TrimSpace(gap) == "" && !strings.ContainsAny(gap, "\n\r")
}

func hasLetter(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) {
			return true
		}
	}
	return false
}

// numberTerm parses the number at ws[i] with its currency, multiplier and
// unit. n is the number of words the number itself covers.
func numberTerm(txt string, ws []text.Word, i int) (t Term, n int, ok bool) {
	w := ws[i]
	f := w.Folded
	first, _ := utf8.DecodeRuneInString(f)
	isSpelled := !unicode.IsDigit(first)
	if isSpelled {
		base := f
		if k := strings.IndexByte(f, '-'); k > 0 {
			base = f[:k]
		}
		if _, ok := spelled[base]; !ok {
			return t, 0, false
		}
	}
	// Dates written as numbers: 2025-11-25, 25.11.2025.
	if d, ok := numericDate(f); ok {
		return Term{Kind: Date, Keys: []string{"d:" + d[5:]}, Extra: []string{"y:" + d[:4], "mo:" + d[5:7]}}, 1, true
	}
	if timeAfter(txt, w) || w.Span.Start > 0 && txt[w.Span.Start-1] == ':' {
		return t, 0, false
	}
	if isYear(f) && !strings.ContainsAny(f, ".,") {
		return Term{Kind: Year, Keys: []string{"y:" + f}}, 1, true
	}
	tok := f
	n = 1
	// Thousands separators: 900,000.
	for i+n < len(ws) && txt[ws[i+n-1].Span.End:ws[i+n].Span.Start] == "," && len(ws[i+n].Folded) >= 3 &&
		allDigits(ws[i+n].Folded[:3]) && (len(ws[i+n].Folded) == 3 || !isDigit(ws[i+n].Folded[3])) && !isSpelled {
		tok += "," + ws[i+n].Folded
		n++
	}
	v, unit, ok := ParseNumber(tok)
	if !ok {
		return t, 0, false
	}
	cur := ""
	if w.Span.Start > 0 {
		r, _ := utf8.DecodeLastRuneInString(txt[:w.Span.Start])
		cur = currencies[string(r)]
		if cur == "" && w.Span.Start >= 3 && strings.EqualFold(txt[w.Span.Start-3:w.Span.Start], "US$") {
			cur = "usd"
		}
	}
	next := i + n
	if unit == "" && next < len(ws) && adjacent(txt, ws[next-1], ws[next]) {
		if m, ok := multipliers[ws[next].Folded]; ok && len(ws[next].Folded) > 2 {
			v *= m
			n++
			next++
		}
	}
	if unit == "" && next < len(ws) && adjacent(txt, ws[next-1], ws[next]) && currencies[ws[next].Folded] != "" {
		cur = currencies[ws[next].Folded]
		unit = "" // the currency is the unit
	} else if unit == "" {
		// The unit is the next ordinary word.
		for k := next; k < len(ws) && k < next+3; k++ {
			fw := ws[k].Folded
			if unitSkip[fw] {
				continue
			}
			if !ws[k].Capital && hasLetter(fw) && !stop[fw] && adjacentish(txt, ws[k-1], ws[k]) {
				unit = Singular(fw)
				next = k + 1
				n = k - i + 1
			}
			break
		}
	} else if unit != "" {
		next = i + n
	}
	if isSpelled && unit == "" {
		return t, 0, false
	}
	t = Term{Kind: Number, Keys: []string{"v:" + FormatValue(v)}, Quantity: Quantity{Value: v, Unit: unit, Currency: cur}, Spelled: isSpelled}
	if cur != "" || v >= 1e6 && !isSpelled && n > 1 {
		t.Kind = Money
	}
	if unit != "" {
		for k := next; k < len(ws) && k < next+4; k++ {
			fw := ws[k].Folded
			if contextSkip[fw] {
				continue
			}
			if !ws[k].Capital && hasLetter(fw) && !stop[fw] && adjacentish(txt, ws[k-1], ws[k]) {
				t.Context = contextWord(fw)
			}
			break
		}
		if i > 0 && prepositions[ws[i-1].Folded] {
			t.Before = ws[i-1].Folded
		}
		// "killing 11 people": the verb before the number is the context.
		if t.Context == "" && i > 0 {
			if c, ok := contextVerbs[ws[i-1].Folded]; ok {
				t.Context = c
			}
		}
	}
	return t, n, true
}

// prepositions before a number distinguish facts: a margin "by 3,870
// votes" from a total "of 212,000 votes".
var prepositions = map[string]bool{"by": true, "of": true, "to": true, "from": true, "than": true, "at": true, "with": true}

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

// numericDate parses 2025-11-25, 25.11.2025 and 25/11/2025 into
// "2025-11-25".
func numericDate(f string) (string, bool) {
	for _, sep := range []string{"-", ".", "/"} {
		p := strings.Split(f, sep)
		if len(p) != 3 || !allDigits(p[0]) || !allDigits(p[1]) || !allDigits(p[2]) {
			continue
		}
		y, m, d := p[0], p[1], p[2]
		if len(p[2]) == 4 {
			y, m, d = p[2], p[1], p[0]
		}
		if len(y) != 4 || len(m) > 2 || len(d) > 2 {
			continue
		}
		mi, di := dayOf(m), dayOf(d)
		if mi < 1 || mi > 12 || di < 1 || di > 31 {
			continue
		}
		return y + "-" + pad(mi) + "-" + pad(di), true
	}
	return "", false
}

// nameTerm builds a name term from a run of capitalised words.
func nameTerm(run []text.Word, place bool) (Term, bool) {
	var toks []string
	var all []string
	for _, w := range run {
		for _, part := range strings.FieldsFunc(w.Folded, func(r rune) bool { return r == '-' }) {
			p := strings.TrimSuffix(strings.TrimSuffix(part, "'s"), "'")
			p = strings.ReplaceAll(p, ".", "")
			if p == "" {
				continue
			}
			all = append(all, p)
			if !generic[p] && !generic[Singular(p)] && hasLetter(p) {
				toks = append(toks, p)
			}
		}
	}
	if len(toks) == 0 {
		return Term{}, false
	}
	t := Term{Kind: Name}
	joined := strings.Join(all, " ")
	if outlets[joined] || outlets[strings.TrimPrefix(joined, "the ")] || len(toks) == 1 && outlets[toks[0]] {
		t.Outlet = true
	}
	if place {
		t.Kind = Place
	}
	t.Keys = make([]string, 0, 3*len(toks))
	for _, p := range toks {
		for _, k := range [3]string{"t:" + Singular(p), skeletonKey(p), stemKey(p)} {
			if k != "" && !slices.Contains(t.Keys, k) {
				t.Keys = append(t.Keys, k)
			}
		}
	}
	return t, true
}

// nameSuffixes are stripped by stemKey, longest first.
var nameSuffixes = []string{"ional", "ian", "ean", "ern", "ish", "ia", "an", "al", "i", "e", "a"}

// stemKey returns "s:" and the name without an adjectival or demonym
// ending, so that Congressional matches Congress, Western West, Russian
// Russia and Ukrainian Ukraine. Short stems get none.
func stemKey(p string) string {
	for _, suf := range nameSuffixes {
		if st := strings.TrimSuffix(p, suf); st != p && utf8.RuneCountInString(st) >= 4 {
			return "s:" + st
		}
	}
	if utf8.RuneCountInString(p) >= 4 {
		return "s:" + p
	}
	return ""
}

// skeletonKey returns "k:" and the consonant skeleton of a name (first
// letter kept, then consonants without y, doubles collapsed): Zelensky and
// Zelenskyy, Kyiv and Kiev, Dnieper and Dnipro share one. Short names get
// none.
func skeletonKey(p string) string {
	if utf8.RuneCountInString(p) < 4 {
		return ""
	}
	var b strings.Builder
	var last rune
	for i, r := range p {
		if i > 0 && strings.ContainsRune("aeiouy'", r) || !unicode.IsLetter(r) {
			continue
		}
		if r != last {
			b.WriteRune(r)
		}
		last = r
	}
	if b.Len() < 2 {
		return ""
	}
	return "k:" + b.String()
}

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

// cues finds commitment and prediction cues outside quotation marks.
func cues(txt string, span article.Span, ws []text.Word) (commitment, prediction string) {
	var quoted []article.Span
	scanned := false
	inQuote := func(w text.Word) bool {
		if !scanned {
			quoted, scanned = quotedRanges(txt, span), true
		}
		for _, q := range quoted {
			if w.Span.Start >= q.Start && w.Span.End <= q.End {
				return true
			}
		}
		return false
	}
	match := func(cues map[string][][]string) string {
		for i := range ws {
			list := cues[ws[i].Folded]
			if len(list) == 0 || inQuote(ws[i]) {
				continue
			}
			for _, parts := range list {
				if i+len(parts) > len(ws) {
					continue
				}
				ok := true
				for k, p := range parts[1:] {
					if ws[i+1+k].Folded != p {
						ok = false
						break
					}
				}
				if ok {
					return txt[ws[i].Span.Start:ws[i+len(parts)-1].Span.End]
				}
			}
		}
		return ""
	}
	return match(commitmentWords), match(predictionWords)
}

// quotedRanges returns the spans inside quotation marks in span.
func quotedRanges(txt string, span article.Span) []article.Span {
	var out []article.Span
	open := -1
	var closeWith rune
	for i, r := range txt[span.Start:span.End] {
		off := span.Start + i
		switch {
		case open < 0 && (r == '“' || r == '"' || r == '«'):
			open = off
			closeWith = map[rune]rune{'“': '”', '"': '"', '«': '»'}[r]
		case open >= 0 && (r == closeWith || closeWith == '”' && r == '"' || closeWith == '"' && r == '”'):
			out = append(out, article.Span{Start: open, End: off})
			open = -1
		}
	}
	if open >= 0 {
		out = append(out, article.Span{Start: open, End: span.End})
	}
	return out
}
