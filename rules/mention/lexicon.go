package mention

import (
	"cmp"
	"slices"
	"strings"
)

// The word lists below are folded (lower case, no diacritics, ASCII
// apostrophes). They are data, read-only after package initialisation.

// functionWords are words that are capitalised only at the start of a
// sentence or in a headline: articles, pronouns, prepositions,
// conjunctions, auxiliaries, common adverbs and sentence openers. They are
// never names and never variants of one another (Well/Will, These/Those).
var functionWords = set(
	// articles, determiners, quantifiers
	"a", "an", "the", "this", "that", "these", "those", "some", "any", "each", "every", "all", "both",
	"either", "neither", "no", "none", "other", "another", "such", "same", "many", "much", "more", "most",
	"few", "fewer", "less", "least", "several", "own", "what", "which", "whose", "whatever", "whichever",
	// pronouns
	"i", "me", "my", "mine", "we", "us", "our", "ours", "you", "your", "yours", "he", "him", "his", "she",
	"her", "hers", "it", "its", "they", "them", "their", "theirs", "who", "whom", "one", "ones", "myself",
	"himself", "herself", "itself", "themselves", "ourselves", "yourself", "someone", "something", "anyone",
	"anything", "everyone", "everything", "nobody", "nothing", "somebody", "everybody",
	// prepositions
	"about", "above", "across", "after", "against", "along", "amid", "amidst", "among", "amongst", "around",
	"as", "at", "before", "behind", "below", "beneath", "beside", "besides", "between", "beyond", "by",
	"despite", "down", "during", "except", "for", "from", "in", "inside", "into", "like", "near", "of",
	"off", "on", "onto", "out", "outside", "over", "past", "per", "since", "than", "through", "throughout",
	"till", "to", "toward", "towards", "under", "underneath", "unlike", "until", "up", "upon", "via",
	"with", "within", "without", "according", "regarding", "following", "including", "concerning",
	// conjunctions
	"and", "but", "or", "nor", "so", "yet", "because", "although", "though", "while", "whilst", "whereas",
	"if", "unless", "whether", "once", "when", "whenever", "where", "wherever", "why", "how", "however",
	"therefore", "thus", "hence", "meanwhile", "moreover", "furthermore", "nevertheless", "nonetheless",
	"otherwise", "instead", "then", "also", "still", "even", "just", "only", "indeed", "rather",
	// auxiliaries and common verbs
	"is", "are", "was", "were", "be", "been", "being", "am", "has", "have", "had", "having", "do", "does",
	"did", "done", "doing", "will", "would", "shall", "should", "can", "could", "may", "might", "must",
	"ought", "need", "let", "get", "got", "go", "goes", "went", "make", "made", "say", "says", "said",
	"see", "seen", "take", "took", "come", "came", "know", "known", "think", "want", "tell", "told",
	// adverbs and openers
	"not", "now", "here", "there", "today", "tomorrow", "yesterday", "tonight", "well", "very", "too",
	"again", "already", "always", "never", "often", "sometimes", "soon", "later", "earlier", "first",
	"second", "third", "last", "next", "yes", "oh", "ok", "okay", "please", "thanks",
	"thank", "perhaps", "maybe", "actually", "really", "certainly", "clearly", "finally", "still", "almost",
	"about", "ago", "away", "back", "else", "ever", "far", "further", "long", "together", "whose",
	"mr", "mrs", "ms", "dr", "sir", "madam", "dear", "hi", "hello",
	// common sentence and headline openers in news prose
	"breaking", "exclusive", "update", "updated", "watch", "read", "more", "related", "live", "opinion",
	"analysis", "editorial", "comment", "photo", "video", "sources", "officials", "critics", "experts",
	"speaking", "asked", "citing", "echoing", "appealing", "beginning", "ending", "given", "overall",
	"yesterday's", "today's", "it's", "that's", "there's", "here's", "what's", "who's", "he's", "she's",
	"i'm", "we're", "they're", "you're", "don't", "didn't", "doesn't", "isn't", "wasn't", "won't", "can't",
	// days and months (proper nouns, but never variants of names)
	"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
	"march", "april", "june", "july", "august", "september", "october", "november", "december",
	"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
)

// FunctionWord reports whether folded is a function word or common sentence
// opener that is never a name (The, Despite, Well, These).
func FunctionWord(folded string) bool { return functionWords.has(folded) }

// roleHeads are the nouns that head a title or role, each mapped to the
// index in headNames of its singular (abbreviations to the full word).
var roleHeads, headNames = headIndex(map[string]string{
	"president": "president", "presidents": "president", "pres": "president",
	"minister": "minister", "ministers": "minister", "premier": "premier",
	"secretary": "secretary", "secretaries": "secretary",
	"envoy": "envoy", "envoys": "envoy", "ambassador": "ambassador", "ambassadors": "ambassador",
	"senator": "senator", "senators": "senator", "sen": "senator", "sens": "senator",
	"representative": "representative", "rep": "representative", "reps": "representative",
	"congressman": "congressman", "congresswoman": "congresswoman", "lawmaker": "lawmaker", "lawmakers": "lawmaker",
	"governor": "governor", "gov": "governor", "mayor": "mayor", "chancellor": "chancellor",
	"king": "king", "queen": "queen", "prince": "prince", "princess": "princess", "emir": "emir",
	"sheikh": "sheikh", "sultan": "sultan", "pope": "pope", "patriarch": "patriarch",
	"general": "general", "gen": "general", "admiral": "admiral", "adm": "admiral", "colonel": "colonel",
	"col": "colonel", "lieutenant": "lieutenant", "lt": "lieutenant", "major": "major", "maj": "major",
	"captain": "captain", "capt": "captain", "sergeant": "sergeant", "sgt": "sergeant",
	"commander": "commander", "marshal": "marshal", "chief": "chief",
	"adviser": "adviser", "advisers": "adviser", "advisor": "adviser", "advisors": "adviser",
	"aide": "aide", "aides": "aide", "spokesman": "spokesperson", "spokeswoman": "spokesperson",
	"spokesperson": "spokesperson", "spokespeople": "spokesperson",
	"director": "director", "chairman": "chair", "chairwoman": "chair", "chair": "chair",
	"ceo": "ceo", "founder": "founder", "head": "head", "leader": "leader", "speaker": "speaker",
	"judge": "judge", "justice": "justice", "prosecutor": "prosecutor", "attorney": "attorney",
	"deputy": "deputy", "official": "official", "officer": "officer", "diplomat": "diplomat",
	"negotiator": "negotiator", "mediator": "mediator", "analyst": "analyst", "economist": "economist",
	"journalist": "journalist", "reporter": "reporter", "correspondent": "correspondent", "editor": "editor",
	"farmer": "farmer", "soldier": "soldier", "resident": "resident", "professor": "professor",
	"prof": "professor", "dr": "doctor", "doctor": "doctor", "researcher": "researcher",
	"clerk": "clerk", "manager": "manager", "scientist": "scientist", "engineer": "engineer",
	"paramedic": "paramedic", "nurse": "nurse", "volunteer": "volunteer", "candidate": "candidate",
	"mr": "mr", "mrs": "mrs", "ms": "ms", "republican": "republican", "democrat": "democrat", "commissioner": "commissioner", "inspector": "inspector",
})

// headIndex returns the lexicon of heads' words, each mapped to the index
// of its head in the sorted list of heads, and that list (index 0 is "": no
// head).
func headIndex(m map[string]string) (*lexicon[uint8], []string) {
	names := []string{""}
	for _, h := range m {
		names = append(names, h)
	}
	slices.Sort(names)
	names = slices.Compact(names)
	idx := make(map[string]uint8, len(m))
	for w, h := range m {
		i, _ := slices.BinarySearch(names, h)
		idx[w] = uint8(i)
	}
	return newLexicon(idx), names
}

// honorifics are role heads that say nothing about who a person is: the same
// honorific is no evidence that two mentions are one person.
var honorifics = set("mr", "mrs", "ms", "doctor", "official", "resident", "head", "leader", "chief", "deputy")

// titleAbbrevs are abbreviated titles written with a dot: Sen. Angus King.
var titleAbbrevs = set("sen", "sens", "rep", "reps", "gen", "gov", "lt", "col", "capt", "sgt", "maj",
	"adm", "dr", "mr", "mrs", "ms", "prof", "pres", "st", "amb", "atty", "supt", "insp", "det", "cmdr", "hon")

// departments follow "of" inside a title: Secretary of State, Minister of
// Foreign Affairs.
var departments = set("state", "defense", "defence", "foreign", "affairs", "justice", "health", "energy",
	"interior", "treasury", "commerce", "homeland", "security", "agriculture", "education", "transportation",
	"transport", "labor", "labour", "war", "finance", "economy", "infrastructure", "culture", "the",
	"internal", "home", "trade", "industry", "staff", "navy", "army", "veterans", "housing")

// connectors are lower-case particles inside names: Mohammed bin Salman,
// Ursula von der Leyen, Charles de Gaulle.
var connectors = set("bin", "ibn", "bint", "al", "el", "de", "da", "di", "du", "dos", "das", "del",
	"della", "van", "von", "der", "den", "ter", "la", "le", "abu", "y")

// verbs are common verbs of news prose that end a role read backwards from
// its head: "met defence minister Oleksandr Kovalenko".
var verbs = set("met", "meets", "meet", "said", "says", "told", "tells", "called", "calls", "asked", "urged",
	"thanked", "named", "appointed", "visited", "replaced", "became", "joined", "fired", "sacked", "dismissed",
	"accused", "criticised", "criticized", "praised", "invited", "warned", "hosted", "blamed", "quoted", "cited",
	"interviewed", "phoned", "briefed", "added", "wrote", "reported", "spoke", "speaks", "saw", "sees", "thanks",
	"welcomed", "received", "nominated", "elected", "defeated", "succeeded", "succeeds", "including", "with", "by")

// determiners open an appositive role: "Steve Witkoff, the US special envoy".
var determiners = set("the", "a", "an", "his", "her", "its", "their", "our")

// set returns the lexicon of words.
func set(words ...string) *lexicon[bool] {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return newLexicon(m)
}

// lexicon is a read-only word list, its words in buckets by length and
// first and last byte: a look-up compares the word with the few listed
// words of its bucket (usually none or one) instead of hashing it.
type lexicon[V any] struct {
	// start[b] and start[b+1] bound the words of bucket b in words and
	// vals.
	start [lexiconBuckets + 1]uint16
	words []string
	vals  []V
}

// lexiconBuckets is the number of buckets of a lexicon.
const lexiconBuckets = 512

// newLexicon returns the lexicon of m's keys.
func newLexicon[V any](m map[string]V) *lexicon[V] {
	words := make([]string, 0, len(m))
	for w := range m {
		words = append(words, w)
	}
	slices.SortFunc(words, func(a, b string) int {
		return cmp.Or(cmp.Compare(lexiconBucket(a), lexiconBucket(b)), strings.Compare(a, b))
	})
	l := &lexicon[V]{words: words, vals: make([]V, len(words))}
	for i, w := range words {
		l.vals[i] = m[w]
		l.start[lexiconBucket(w)+1] = uint16(i + 1)
	}
	for b := 1; b <= lexiconBuckets; b++ {
		l.start[b] = max(l.start[b], l.start[b-1])
	}
	return l
}

// lexiconBucket is the bucket of w, from its length and first and last
// bytes.
func lexiconBucket(w string) int {
	if w == "" {
		return 0
	}
	return int((uint(len(w))*131 + uint(w[0])*31 + uint(w[len(w)-1])) % lexiconBuckets)
}

// get returns the value of w and whether w is listed.
func (l *lexicon[V]) get(w string) (V, bool) {
	b := lexiconBucket(w)
	for i := l.start[b]; i < l.start[b+1]; i++ {
		if l.words[i] == w {
			return l.vals[i], true
		}
	}
	var zero V
	return zero, false
}

// has reports whether w is listed.
func (l *lexicon[V]) has(w string) bool {
	_, ok := l.get(w)
	return ok
}

// Honorific reports whether a role head says nothing about who a person is
// (Mr, Dr, "official"), so that sharing it is no evidence of identity.
func Honorific(head string) bool { return honorifics.has(head) }

// placeNouns end the names of places and organisations, never of people:
// Kilmarrow County, Calypso Water, Faena Hotel.
var placeNouns = set("county", "city", "town", "village", "district", "region", "oblast", "province", "state",
	"states", "river", "street", "avenue", "road", "square", "bridge", "port", "airport", "station", "island",
	"islands", "lake", "mountain", "mountains", "valley", "sea", "ocean", "bay", "gulf", "strait", "peninsula",
	"republic", "kingdom", "union", "federation", "house", "hall", "palace", "party", "council", "committee",
	"commission", "department", "ministry", "agency", "office", "university", "college", "school", "hospital",
	"clinic", "bank", "group", "company", "corp", "corporation", "inc", "ltd", "llc", "fund", "court", "hotel",
	"industries", "water", "plant", "times", "post", "journal", "news", "herald", "tribune", "wire", "ledger",
	"press", "review", "center", "centre", "institute", "foundation", "association", "army", "navy", "force",
	"forces", "guard", "police", "service", "services", "network", "media", "channel", "club", "church",
	"cathedral", "park", "field", "stadium", "market", "exchange", "energy", "power", "oil", "gas", "motors",
	"east", "west", "north", "south", "war", "day", "week", "year", "act", "bill", "law", "treaty", "plan",
	"accord", "agreement", "summit", "talks", "conference", "forum", "festival", "awards", "prize", "cup",
	"league", "committee", "assembly", "parliament", "senate", "congress", "administration", "government",
	"ministries", "authority", "board", "team", "project", "program", "programme", "initiative", "strip",
	"bank", "coast", "desert", "forest", "highway", "canal", "dam", "base", "camp", "prison", "oblast", "krai")

// PlaceNoun reports whether folded ends place and organisation names
// (County, Hotel, Ministry), so that a name ending in it is no person.
func PlaceNoun(folded string) bool { return placeNouns.has(folded) }
