package quote

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/srclint/srclint/rules/article"
	"github.com/srclint/srclint/rules/text"
)

// speechVerbs introduce or follow a quotation.
var speechVerbs = set("said", "says", "say", "told", "tells", "posted", "posting", "posts", "wrote", "writes", "writing",
	"added", "adding", "adds", "noted", "notes", "stated", "states", "tweeted", "tweeting", "declared", "asked", "asks",
	"explained", "insisted", "argued", "warned", "replied", "continued", "claimed", "announced", "remarked", "testified",
	"acknowledged", "recalled", "urged", "vowed", "according", "saying", "telling", "wrote", "reported", "reports")

// pronouns are resolved to the last named person.
var pronouns = set("he", "she")

// titleWords are dropped from the start of a name run.
var titleWords = set("president", "vice", "secretary", "sen", "senator", "sens", "rep", "representative", "gov", "governor",
	"mr", "mrs", "ms", "dr", "prof", "professor", "gen", "general", "minister", "prime", "chancellor", "ambassador",
	"envoy", "special", "press", "spokesman", "spokeswoman", "spokesperson", "adviser", "advisor", "chief", "deputy",
	"leader", "state", "army", "crown", "prince", "king", "queen", "pope", "judge", "justice", "mayor", "lt", "col", "sgt",
	"capt", "adm", "admiral", "commander", "director", "ceo", "chairman", "chairwoman", "chair", "speaker", "senior")

// starters are capitalized only because they start a sentence or clause.
var starters = set("the", "a", "an", "but", "and", "even", "when", "after", "before", "while", "as", "in", "on", "at",
	"for", "with", "if", "so", "then", "yet", "also", "meanwhile", "however", "still", "despite", "during", "since",
	"though", "although", "because", "this", "that", "these", "those", "it", "its", "his", "her", "their", "our", "we",
	"they", "he", "she", "i", "you", "what", "where", "who", "how", "why", "according", "sources", "officials", "there",
	"here", "now", "later", "earlier", "asked", "speaking", "writing", "to", "of", "by", "from", "not", "no", "my")

// calendar words are capitalized but never speakers.
var calendar = set("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
	"march", "april", "may", "june", "july", "august", "september", "october", "november", "december", "jan", "feb",
	"mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec")

// connectors may join the capitalized words of one name.
var connectors = set("bin", "al", "de", "van", "von", "der", "da", "dos", "du", "la", "le", "el", "ibn")

// roleWords describe a speaker between a quote and its verb.
var roleWords = set("house", "white", "press", "secretary", "spokesman", "spokeswoman", "spokesperson", "official",
	"adviser", "advisor", "envoy", "special", "senior", "national", "security", "foreign", "defense", "minister", "the",
	"former", "top", "aide", "ukrainian", "russian", "american", "u.s", "us", "european", "chief", "of", "staff")

// adverbs may stand between a speaker and the speech verb.
var adverbs = set("also", "later", "then", "previously", "reportedly", "again", "once", "further", "himself", "herself",
	"had", "has", "have", "would", "will", "was", "is", "did")

func set(ws ...string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[w] = true
	}
	return m
}

// folded returns the word's comparison form without dots.
func folded(w text.Word) string { return strings.ReplaceAll(w.Folded, ".", "") }

// attribute finds the speaker of every quote. top and quoted are scratch
// buffers, returned for reuse.
func attribute(txt string, paras []article.Span, qs []Quote, src *wordSource, top []int, quoted []article.Span) ([]int, []article.Span) {
	// Top-level quotes, in text order: their paragraphs ascend.
	for i, q := range qs {
		if q.Depth == 0 {
			top = append(top, i)
			quoted = append(quoted, q.Text)
		}
	}
	a := attributor{txt: txt, paras: paras, quoted: quoted, src: src}
	next := 0
	for pi := range paras {
		first := next
		for next < len(top) && qs[top[next]].ParaIndex == pi {
			next++
		}
		idx := top[first:next]
		for k, i := range idx {
			q := &qs[i]
			// The text after the quote runs to the next quote or the end
			// of the paragraph the quote closes in.
			end := a.paraEnd(q.Close.End)
			if k+1 < len(idx) && qs[idx[k+1]].Open.Start < end {
				end = qs[idx[k+1]].Open.Start
			}
			start := paras[pi].Start
			if k > 0 {
				start = qs[idx[k-1]].Close.End
			}
			name, span, ok := "", article.Span{}, false
			a.resolved = false
			if !q.Unclosed {
				name, span, ok = a.after(pi, q.Open.Start, article.Span{Start: q.Close.End, End: end})
			}
			if !ok {
				name, span, ok = a.before(pi, q.Open.Start, article.Span{Start: start, End: q.Open.Start})
			}
			if !ok && k > 0 && qs[idx[k-1]].Speaker != "" {
				// A quote that runs on after an attributed one in the
				// same paragraph keeps its speaker.
				name, span, ok = qs[idx[k-1]].Speaker, qs[idx[k-1]].SpeakerSpan, true
				a.resolved = true
			}
			if ok {
				q.Speaker, q.SpeakerSpan, q.SpeakerResolved = name, span, a.resolved
			}
		}
	}
	// Nested quotes keep an empty speaker: they quote someone inside
	// another person's words.
	return top, quoted
}

type attributor struct {
	txt    string
	paras  []article.Span
	quoted []article.Span
	src    *wordSource
	// resolved is set when the last speaker found came from a pronoun.
	resolved bool
}

// paraEnd returns the end of the paragraph containing off.
func (a *attributor) paraEnd(off int) int {
	for _, p := range a.paras {
		if off >= p.Start && off <= p.End {
			return p.End
		}
	}
	return off
}

// words returns the words of s that are not inside a quote.
func (a *attributor) words(s article.Span) []text.Word {
	ws := a.src.in(s)
	// Most words are outside quotes: copy only from the first that is not.
	for i, w := range ws {
		if a.inQuote(w.Span) {
			out := append(make([]text.Word, 0, len(ws)-1), ws[:i]...)
			for _, w := range ws[i+1:] {
				if !a.inQuote(w.Span) {
					out = append(out, w)
				}
			}
			return out
		}
	}
	return ws
}

// inQuote reports whether s lies inside a top-level quote (a.quoted is
// sorted and non-overlapping).
func (a *attributor) inQuote(s article.Span) bool {
	i := sort.Search(len(a.quoted), func(i int) bool { return a.quoted[i].End >= s.End })
	return i < len(a.quoted) && s.Start >= a.quoted[i].Start
}

// window bounds the text attribution looks at around one quote, so that a
// paragraph of thousands of quotes is read in linear time.
const window = 300

// clip narrows s to at most window bytes at its start (fromEnd false) or
// end, on rune boundaries.
func (a *attributor) clip(s article.Span, fromEnd bool) article.Span {
	if s.End-s.Start <= window {
		return s
	}
	if fromEnd {
		st := s.End - window
		for st < s.End && !utf8.RuneStart(a.txt[st]) {
			st++
		}
		return article.Span{Start: st, End: s.End}
	}
	en := s.Start + window
	for en > s.Start && !utf8.RuneStart(a.txt[en]) {
		en--
	}
	return article.Span{Start: s.Start, End: en}
}

// sentenceBreak reports whether the gap between two words ends a sentence.
func sentenceBreak(gap string) bool {
	return strings.ContainsAny(gap, ".!?")
}

// after looks for "…," X said / said X / X told reporters after a quote.
func (a *attributor) after(pi, qstart int, s article.Span) (string, article.Span, bool) {
	ws := a.words(a.clip(s, false))
	// Stop at the end of the first sentence after the quote.
	for i := 1; i < len(ws); i++ {
		if sentenceBreak(a.txt[ws[i-1].Span.End:ws[i].Span.Start]) {
			ws = ws[:i]
			break
		}
	}
	if len(ws) > 12 {
		ws = ws[:12]
	}
	for v, w := range ws {
		if !speechVerbs[folded(w)] {
			continue
		}
		if v == 0 {
			// said X / said he
			rest := ws[1:]
			for i := 1; i < len(rest); i++ {
				if strings.ContainsAny(a.txt[rest[i-1].Span.End:rest[i].Span.Start], ",;:—–") {
					rest = rest[:i]
					break
				}
			}
			if len(rest) > 0 && pronouns[folded(rest[0])] {
				return a.resolve(pi, qstart)
			}
			if name, span, ok := lastRun(a.txt, rest); ok {
				return name, span, true
			}
			return "", article.Span{}, false
		}
		if folded(w) == "according" && v+1 < len(ws) && folded(ws[v+1]) == "to" {
			return lastRun(a.txt, ws[v+2:])
		}
		// The words between the quote and the verb must be a speaker:
		// "White House press secretary Karoline Leavitt told".
		for _, x := range ws[:v] {
			f := folded(x)
			if !nameWord(x) && !titleWords[f] && !adverbs[f] && !pronouns[f] && !connectors[f] && !roleWords[f] {
				return "", article.Span{}, false
			}
		}
		return a.subject(pi, qstart, ws[:v], true)
	}
	return "", article.Span{}, false
}

// subject finds the speaker in the words just before a speech verb: a
// pronoun or a capitalized run, possibly followed by adverbs. When strict,
// the run must end right before the verb (after adverbs).
func (a *attributor) subject(pi, qstart int, ws []text.Word, strict bool) (string, article.Span, bool) {
	j := len(ws) - 1
	for j >= 0 && adverbs[folded(ws[j])] {
		j--
	}
	if j < 0 {
		return "", article.Span{}, false
	}
	if pronouns[folded(ws[j])] {
		return a.resolve(pi, qstart)
	}
	if nameWord(ws[j]) {
		return lastRun(a.txt, ws[:j+1])
	}
	if strict {
		return "", article.Span{}, false
	}
	return lastRun(a.txt, ws[:j+1])
}

// before looks for X said: / X told reporters, / according to X, before a
// quote.
func (a *attributor) before(pi, qstart int, s article.Span) (string, article.Span, bool) {
	st, en := text.Trim(a.txt, s.Start, s.End)
	if st >= en || !strings.ContainsAny(a.txt[en-1:en], ":,") {
		return "", article.Span{}, false
	}
	ws := a.words(a.clip(article.Span{Start: st, End: en}, true))
	// Keep the last sentence.
	for i := len(ws) - 1; i > 0; i-- {
		if sentenceBreak(a.txt[ws[i-1].Span.End:ws[i].Span.Start]) {
			ws = ws[i:]
			break
		}
	}
	for v := len(ws) - 1; v >= 0; v-- {
		f := folded(ws[v])
		if !speechVerbs[f] {
			continue
		}
		if f == "according" && v+1 < len(ws) && folded(ws[v+1]) == "to" {
			return lastRun(a.txt, ws[v+2:])
		}
		if v+1 < len(ws) && ws[v+1].Capital && !starters[folded(ws[v+1])] {
			// said Rubio: "…"
			if name, span, ok := lastRun(a.txt, ws[v+1:]); ok {
				return name, span, true
			}
		}
		if v+1 < len(ws) && pronouns[folded(ws[v+1])] {
			return a.resolve(pi, qstart)
		}
		// "Hector Dunmore, the White House press secretary, told": the
		// speaker is the name before the appositive.
		if name, span, ok := a.appositive(ws[:v], ws[v]); ok {
			return name, span, true
		}
		// The nearest pronoun or name before the verb in the sentence.
		for j := v - 1; j >= 0; j-- {
			if pronouns[folded(ws[j])] {
				return a.resolve(pi, qstart)
			}
			if nameWord(ws[j]) {
				if name, span, ok := lastRun(a.txt, ws[:j+1]); ok {
					return name, span, true
				}
			}
		}
		return "", article.Span{}, false
	}
	return "", article.Span{}, false
}

// appositive returns the name before an appositive that stands between
// commas just before verb: "Name, the|a|an role words, verb".
func (a *attributor) appositive(ws []text.Word, verb text.Word) (string, article.Span, bool) {
	n := len(ws)
	if n < 3 || !strings.Contains(a.txt[ws[n-1].Span.End:verb.Span.Start], ",") {
		return "", article.Span{}, false
	}
	for k := n - 1; k >= 1; k-- {
		f := folded(ws[k])
		if !roleWords[f] && !titleWords[f] && f != "a" && f != "an" {
			return "", article.Span{}, false
		}
		if f != "the" && f != "a" && f != "an" || ws[k].Capital {
			continue
		}
		// The appositive opens with a lower-case article after a comma
		// that follows a name.
		if !strings.Contains(a.txt[ws[k-1].Span.End:ws[k].Span.Start], ",") || !nameWord(ws[k-1]) {
			return "", article.Span{}, false
		}
		return lastRun(a.txt, ws[:k])
	}
	return "", article.Span{}, false
}

// resolve finds the person a pronoun refers to: the subject (first name)
// of the last sentence before off in paragraph pi that names someone, else
// of the paragraph before it.
func (a *attributor) resolve(pi, off int) (string, article.Span, bool) {
	a.resolved = true
	for p := pi; p >= 0 && p >= pi-1; p-- {
		end := a.paras[p].End
		if p == pi {
			end = off
		}
		ws := a.words(a.clip(article.Span{Start: a.paras[p].Start, End: end}, true))
		// Split into sentences, then try them from the last.
		var starts []int
		for i := range ws {
			if i == 0 || sentenceBreak(a.txt[ws[i-1].Span.End:ws[i].Span.Start]) {
				starts = append(starts, i)
			}
		}
		for k := len(starts) - 1; k >= 0; k-- {
			sEnd := len(ws)
			if k+1 < len(starts) {
				sEnd = starts[k+1]
			}
			if name, span, ok := firstRun(a.txt, ws[starts[k]:sEnd]); ok {
				return name, span, true
			}
		}
	}
	return "", article.Span{}, false
}

// firstRun returns the first name in ws.
func firstRun(txt string, ws []text.Word) (string, article.Span, bool) {
	for j := range ws {
		if !nameWord(ws[j]) || titleWords[folded(ws[j])] {
			continue
		}
		end := j
		for end+1 < len(ws) && (nameWord(ws[end+1]) || connectors[folded(ws[end+1])] && end+2 < len(ws) && nameWord(ws[end+2])) &&
			strings.TrimSpace(txt[ws[end].Span.End:ws[end+1].Span.Start]) == "" {
			end++
		}
		if j == 0 && end == 0 && end+1 < len(ws) && !ws[1].Capital {
			// A lone capital starting the sentence ("Regional governor
			// Oleksandr Havryliuk") is a name only if nothing follows.
			if name, span, ok := firstRun(txt, ws[1:]); ok {
				return name, span, true
			}
		}
		if name, span, ok := lastRun(txt, ws[j:end+1]); ok {
			return name, span, true
		}
	}
	return "", article.Span{}, false
}

// lastRun returns the last name in ws: a run of capitalized words (joined by
// connectors such as "bin") without leading titles and sentence starters.
func lastRun(txt string, ws []text.Word) (string, article.Span, bool) {
	end := len(ws) - 1
	for end >= 0 && !nameWord(ws[end]) {
		end--
	}
	if end < 0 {
		return "", article.Span{}, false
	}
	start := end
	for start > 0 {
		prev := ws[start-1]
		if nameWord(prev) || connectors[folded(prev)] && start >= 2 && nameWord(ws[start-2]) {
			// A comma or other punctuation between words splits names.
			if strings.TrimSpace(txt[prev.Span.End:ws[start].Span.Start]) != "" {
				break
			}
			start--
			continue
		}
		break
	}
	for start <= end && (titleWords[folded(ws[start])] || starters[folded(ws[start])] || connectors[folded(ws[start])]) {
		start++
	}
	if start > end {
		return "", article.Span{}, false
	}
	allCal := true
	for _, w := range ws[start : end+1] {
		if !calendar[folded(w)] {
			allCal = false
		}
	}
	if allCal {
		return "", article.Span{}, false
	}
	span := article.Span{Start: ws[start].Span.Start, End: ws[end].Span.End}
	return txt[span.Start:span.End], span, true
}

// nameWord reports whether w can be part of a name: capitalized, or a
// particle joined to a capitalized name (al-Obeidi, bin-Salman).
func nameWord(w text.Word) bool {
	if !w.Capital {
		i := strings.IndexAny(w.Text, "-‑")
		if i <= 0 || i > 3 {
			return false
		}
		r, _ := utf8.DecodeRuneInString(w.Text[i+len(string([]rune(w.Text[i:])[0])):])
		return unicode.IsUpper(r)
	}
	f := folded(w)
	return f != "i" && !starters[f] || titleWords[f]
}
