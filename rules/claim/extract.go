package claim

import (
	"bytes"
	"cmp"
	"encoding/binary"
	"math"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/srclint/srclint/rules/article"
	"github.com/srclint/srclint/rules/sentence"
	"github.com/srclint/srclint/rules/text"
)

// Word classes: what the word lists say about one folded word, looked up
// once per word instead of once per list.
const (
	wMonth uint32 = 1 << iota
	wWeekday
	wHoliday      // a one-word holiday
	wHolidayFirst // the first word of a longer holiday
	wGeneric
	wStarter
	wConnector
	wLocative
	wDirection
	wDeadline
	wModal
	wCommitment // the first word of a commitment cue
	wPrediction // the first word of a prediction cue
	wSpelled
	wThreat // "warned", "will", ...: threat looks further

	// monthShift is where a month's number sits in the class.
	monthShift = 24
)

// classes has the word classes of the folded words.
var classes = newClassTable(classMap())

// classMap maps folded words to their word classes.
func classMap() map[string]uint32 {
	m := map[string]uint32{}
	set := func(bit uint32, words map[string]bool) {
		for w, ok := range words {
			if ok {
				m[w] |= bit
			}
		}
	}
	for w, n := range months {
		m[w] |= wMonth | uint32(n)<<monthShift
	}
	set(wWeekday, weekdays)
	for h, ok := range holidays {
		if !ok {
			continue
		}
		if first, _, multi := strings.Cut(h, " "); multi {
			m[first] |= wHolidayFirst
		} else {
			m[h] |= wHoliday
		}
	}
	set(wGeneric, generic)
	set(wStarter, starters)
	set(wConnector, connectors)
	set(wLocative, locatives)
	set(wDirection, directions)
	set(wDeadline, deadlineWords)
	set(wModal, modals)
	for w := range commitmentWords {
		m[w] |= wCommitment
	}
	for w := range predictionWords {
		m[w] |= wPrediction
	}
	for w := range spelled {
		m[w] |= wSpelled
	}
	for _, w := range []string{"warned", "warns", "threatened", "threatens", "ultimatum", "will", "could", "would", "may", "might"} {
		m[w] |= wThreat
	}
	return m
}

// classTable is an exact hash table of the few hundred words of the word
// classes, filed by classSig: most words of an article have a signature
// no word of a class has, and the others are compared with the one or two
// words of their signature.
type classTable struct {
	// The words of signature b are words[start[b]:start[b+1]].
	start [classSigBits + 1]uint16
	words []string
	class []uint32
}

// newClassTable files the words of m and their classes.
func newClassTable(m map[string]uint32) *classTable {
	t := &classTable{}
	words := make([]string, 0, len(m))
	for w := range m {
		words = append(words, w)
	}
	slices.SortFunc(words, func(a, b string) int {
		return cmp.Or(cmp.Compare(classSig(a), classSig(b)), strings.Compare(a, b))
	})
	t.words = words
	t.class = make([]uint32, len(words))
	for i, w := range words {
		t.class[i] = m[w]
		t.start[classSig(w)+1]++
	}
	for b := range classSigBits {
		t.start[b+1] += t.start[b]
	}
	return t
}

// classSigBits is the number of signatures: the few hundred words of the
// classes take about a tenth of them.
const classSigBits = 4096

// classSig is a signature of a word below classSigBits, from its length
// and its first, second and last bytes: equal words have equal
// signatures.
func classSig(f string) uint {
	if len(f) < 2 {
		return uint(len(f))
	}
	return (uint(len(f)) + 7*uint(f[0]) + 131*uint(f[1]) + 31*uint(f[len(f)-1])) % classSigBits
}

// classOf returns the word classes of the folded word f.
func classOf(f string) uint32 {
	b := classSig(f)
	for i := classes.start[b]; i < classes.start[b+1]; i++ {
		if classes.words[i] == f {
			return classes.class[i]
		}
	}
	return 0
}

// monthKeys[m] is "mo:" and the two-digit month; dateKeys[m][d] is "d:",
// the month and the day ("d:11-16").
var monthKeys, dateKeys = func() (mo [13]string, d [13][32]string) {
	for m := 1; m <= 12; m++ {
		mo[m] = "mo:" + pad(m)
		for day := 1; day <= 31; day++ {
			d[m][day] = "d:" + pad(m) + "-" + pad(day)
		}
	}
	return mo, d
}()

// Candidate bits: what a capitalised sentence-initial word is seen as
// elsewhere in the article.
const (
	seenLower  uint8 = 1 << iota // in lower case
	seenMidCap                   // capitalised inside a sentence
)

// scratch holds one extraction's buffers, reused through scratchPool.
type scratch struct {
	txt string
	// class and trimmed are the word classes of every word of the
	// article (sentence by sentence), of Folded and of Folded without a
	// final period; initial marks capitalised clause-initial words.
	class, trimmed []uint32
	initial        []bool
	// cands maps the folded capitalised initial words to seen* bits.
	cands map[string]uint8
	// keys numbers the article's term keys; ids holds the key lists of
	// the drafts, lists[l] delimiting list l in ids.
	keys  keyTable
	ids   []int32
	lists [][2]int32
	// names caches newName's results by the run's folded words, for the
	// articles the scratch extracts until forget: nameVals by name id,
	// with their keys (ids in keys.all) in nameKeys. nameList[name] is 1 +
	// the article's list id of the name's keys, or 0; named lists the
	// names that have one.
	names    interner
	nameVals []nameVal
	nameKeys []int32
	nameList []int32
	named    []int32
	kbuf     []byte
	terms    []draft // the article's terms, claim after claim
	nums     []Numeric
	recs     []claimRec // the claims, their terms' ends in terms
	cued     []cued     // the claims of recs with cues
	used     []bool
	buf      []byte
	all      []string
	toks     []string
	quote    []article.Span
	// result's buffers: each list's place in the key table, each key's
	// first place among the Keys of the table (then its number in the
	// result), the table's key ids, whether each place holds Keys (not
	// Extra keys), and the key ids in the order of their numbers (packed:
	// sortDocKeys's buffer).
	at     []int32
	first  []int32
	tab    []int32
	inKeys []bool
	sorted []int32
	packed []uint64
}

// draft is a term being extracted: its keys are lists of interned ids
// until result places them in the key table, and its num is 1 + the index
// of its Numeric in scratch.nums, or 0.
type draft struct {
	Term // without keys and span
	// Span is the term's byte span: result packs it into the Term.
	Span               article.Span
	keyList, extraList int32 // lists, or noList
	num                int32
}

// noList is the list id of no keys.
const noList = -1

// nameVal is a cached newName result: its keys are nameKeys[from:to].
type nameVal struct {
	from, to int32
	outlet   bool
	ok       bool
}

// maxCached bounds the keys and names a scratch keeps from article to
// article.
const maxCached = 1 << 16

var scratchPool = sync.Pool{New: func() any {
	return &scratch{cands: map[string]uint8{}}
}}

// key returns the id of key k.
func (s *scratch) key(k []byte) int32 {
	return s.keys.key(k)
}

// constKey returns the id of key k.
func (s *scratch) constKey(k string) int32 {
	s.kbuf = append(s.kbuf[:0], k...)
	return s.keys.key(s.kbuf)
}

// list returns the list id of the keys ids.
func (s *scratch) list(ids ...int32) int32 {
	n := len(s.ids)
	s.ids = append(s.ids, ids...)
	return s.listFrom(n)
}

// listFrom returns the list id of the key ids from s.ids[n] on.
func (s *scratch) listFrom(n int) int32 {
	if len(s.ids) == n {
		return noList
	}
	s.lists = append(s.lists, [2]int32{int32(n), int32(len(s.ids))})
	return int32(len(s.lists) - 1)
}

// listIDs returns the key ids of list l.
func (s *scratch) listIDs(l int32) []int32 {
	if l == noList {
		return nil
	}
	r := s.lists[l]
	return s.ids[r[0]:r[1]]
}

// keyHas reports whether key id starts with prefix.
func (s *scratch) keyHas(id int32, prefix string) bool {
	b := s.keys.bytes(id)
	return len(b) >= len(prefix) && string(b[:len(prefix)]) == prefix
}

// newDraft returns a draft of the given kind and key lists.
func newDraft(kind Kind, deadline bool, keys, extra int32) draft {
	return draft{Term: Term{Kind: kind, Deadline: deadline}, keyList: keys, extraList: extra}
}

// extract returns the claims of the sentences of txt (their words given),
// the details of their terms and the sorted distinct keys of their terms
// (see DocKeys). A text over 4 GiB has no claims: a Term's span is two
// 32-bit offsets.
func extract(txt string, sents []sentence.Sentence, words [][]text.Word) *extraction {
	if uint64(len(txt)) > math.MaxUint32 {
		return &extraction{} // a Term's span would not fit
	}
	s := scratchPool.Get().(*scratch)
	defer s.release()
	s.txt = txt
	if s.keys.all.len() > maxCached || s.names.len() > maxCached {
		s.forget()
	}
	s.classify(sents, words)
	off := 0
	for i, sent := range sents {
		ws := words[i]
		class, trimmed := s.class[off:off+len(ws)], s.trimmed[off:off+len(ws)]
		off += len(ws)
		start := len(s.terms)
		s.sentenceTerms(start, sent, ws, class, trimmed)
		if len(s.terms) == start {
			continue
		}
		var cs cueSet
		cs.commitment, cs.prediction = s.cues(sent.Span, ws, class)
		cs.threat = threat(ws, class)
		if cs != (cueSet{}) {
			s.cued = append(s.cued, cued{int32(len(s.recs)), cs})
		}
		if cs.commitment == "" && cs.prediction == "" && !modal(class) {
			// "by Monday afternoon" in a past-tense account is a time,
			// not a deadline.
			for k := start; k < len(s.terms); k++ {
				s.undeadline(&s.terms[k])
			}
		}
		s.recs = append(s.recs, claimRec{int32(i), int32(len(s.terms))})
	}
	return s.result(sents)
}

// classify looks up the word classes of every word and finds which
// capitalised sentence-initial words the article also writes in lower case
// or capitalised mid-sentence (but for starters, which ordinary tells
// without).
func (s *scratch) classify(sents []sentence.Sentence, words [][]text.Word) {
	n := 0
	for _, ws := range words {
		n += len(ws)
	}
	s.class = slices.Grow(s.class[:0], n)[:n]
	s.trimmed = slices.Grow(s.trimmed[:0], n)[:n]
	s.initial = slices.Grow(s.initial[:0], n)[:n]
	var sigs [candSigs / 64]uint64 // the candidates' signatures (candSig), as bits
	off := 0
	for i, sent := range sents {
		ws := words[i]
		for k, w := range ws {
			c := classOf(w.Folded)
			s.class[off+k] = c
			if f := w.Folded; len(f) > 0 && f[len(f)-1] == '.' {
				c = classOf(f[:len(f)-1])
			}
			s.trimmed[off+k] = c
			ini := w.Capital && initial(s.txt, sent.Span, ws, k)
			s.initial[off+k] = ini
			if ini && s.class[off+k]&wStarter == 0 {
				s.cands[w.Folded] = 0
				b := candSig(w.Folded)
				sigs[b>>6] |= 1 << (b & 63)
			}
		}
		off += len(ws)
	}
	if len(s.cands) == 0 {
		return
	}
	off = 0
	for i, sent := range sents {
		for k, w := range words[i] {
			var bit uint8
			switch {
			case !w.Capital:
				bit = seenLower
			case !sent.Heading && !s.initial[off+k]:
				bit = seenMidCap
			default:
				continue
			}
			if b := candSig(w.Folded); sigs[b>>6]&(1<<(b&63)) == 0 {
				continue
			}
			if c, ok := s.cands[w.Folded]; ok && c&bit == 0 {
				s.cands[w.Folded] = c | bit
			}
		}
		off += len(words[i])
	}
}

// candSigs is the number of candSig's signatures.
const candSigs = 1024

// candSig is a signature of a folded word below candSigs, from its length
// and its first and last bytes: equal words have equal signatures.
func candSig(f string) uint {
	if f == "" {
		return 0
	}
	return (uint(len(f)) + 7*uint(f[0]) + 31*uint(f[len(f)-1])) % candSigs
}

// result copies the claims out of the scratch buffers, into exact-size
// allocations: the claims, their terms (pointer-free), the key strings
// (one string), the numbers, and one []int32 holding the keys' offsets in
// the string and the terms' key lists (see Details).
func (s *scratch) result(sents []sentence.Sentence) *extraction {
	x := &extraction{}
	if len(s.recs) == 0 {
		return x
	}
	terms, tab, refs, nn := s.place()
	nd := s.markDocKeys()
	// Number the keys: the DocKeys first, sorted, then the other keys of
	// the table (outlets') in the order the table takes them.
	order := s.sortDocKeys()
	renum := s.first // free once the terms are placed
	for i := range renum {
		renum[i] = -1
	}
	for i, id := range order {
		renum[id] = int32(i)
	}
	for _, id := range tab {
		if renum[id] < 0 {
			renum[id] = int32(len(order))
			order = append(order, id)
		}
	}
	s.sorted = order
	size := 0
	for _, id := range order {
		size += len(s.keys.bytes(id))
	}
	var text strings.Builder
	text.Grow(size)
	n := len(order)
	x.details.nkeys = int32(n)
	if size <= math.MaxUint16 && n <= math.MaxUint16 {
		x.details.off16, x.details.tab16 = keyInts[uint16](s, &text, order, tab, renum)
	} else {
		x.details.off32, x.details.tab32 = keyInts[int32](s, &text, order, tab, renum)
	}
	var nums []Numeric
	if nn > 0 {
		nums = make([]Numeric, 0, nn)
		for i := range s.terms {
			if d := &s.terms[i]; d.num > 0 {
				nums = append(nums, s.nums[d.num-1])
			}
		}
	}
	x.claims = Set{sents: sents, recs: slices.Clone(s.recs), terms: terms}
	if len(s.cued) > 0 {
		x.claims.cued = slices.Clone(s.cued)
	}
	x.details.text, x.details.refs, x.details.nums, x.details.ndoc = text.String(), refs, nums, int32(nd)
	return x
}

// keyInts writes the keys of order to text and returns, in one exact-size
// allocation, their offsets in text and the key table tab with the keys
// renumbered by renum (see Details).
func keyInts[T uint16 | int32](s *scratch, text *strings.Builder, order, tab, renum []int32) (off, ktab []T) {
	n := len(order)
	ints := make([]T, n+1+len(tab))
	off, ktab = ints[:n+1:n+1], ints[n+1:]
	for i, id := range order {
		text.Write(s.keys.bytes(id))
		off[i+1] = T(text.Len())
	}
	for i, id := range tab {
		ktab[i] = T(renum[id])
	}
	return off, ktab
}

// sortDocKeys returns the ids of the keys s.used marks, sorted by the
// keys. Each id goes below the key's first six bytes in one uint64, and
// those sort as integers; only keys with equal first six bytes are then
// compared whole.
func (s *scratch) sortDocKeys() []int32 {
	order := s.sorted[:0]
	byKey := func(a, b int32) int { return bytes.Compare(s.keys.bytes(a), s.keys.bytes(b)) }
	if s.keys.len() > 1<<16 {
		for id, u := range s.used {
			if u {
				order = append(order, int32(id))
			}
		}
		slices.SortFunc(order, byKey)
		return order
	}
	p := s.packed[:0]
	for id, u := range s.used {
		if u {
			p = append(p, prefix(s.keys.bytes(int32(id)))&^0xffff|uint64(id))
		}
	}
	slices.Sort(p)
	for _, v := range p {
		order = append(order, int32(v&0xffff))
	}
	for i := 0; i < len(p); {
		j := i + 1
		for j < len(p) && p[j]>>16 == p[i]>>16 {
			j++
		}
		if j-i > 1 {
			slices.SortFunc(order[i:j], byKey)
		}
		i = j
	}
	s.packed = p
	return order
}

// prefix returns the first eight bytes of k, big-endian, zero-padded:
// keys with different prefixes are in the order of their prefixes.
func prefix(k []byte) uint64 {
	if len(k) >= 8 {
		return binary.BigEndian.Uint64(k)
	}
	var p uint64
	for i := range 8 {
		p <<= 8
		if i < len(k) {
			p |= uint64(k[i])
		}
	}
	return p
}

// place returns the terms, with their key lists placed in the key table,
// the table's key ids and the number of numbers. Only the lists in use
// are placed (terms dropped or rewritten left others). A term's Extra keys
// follow its Keys, so a term with both gets its own copy of them; a list
// of Keys alone that the Keys placed so far hold (another term's list, a
// name within a longer name) is shared. Lists are placed in the order of the
// terms that first take them, which Details.First relies on.
func (s *scratch) place() (terms []Term, tab []int32, refs []termRef, nn int32) {
	at := slices.Grow(s.at[:0], len(s.lists))[:len(s.lists)]
	for i := range at {
		at[i] = -1
	}
	s.at = at
	// first[id] is the first place of key id among the Keys placed so
	// far (not their Extra keys), or -1; inKeys marks those places.
	first := slices.Grow(s.first[:0], s.keys.len())[:s.keys.len()]
	for i := range first {
		first[i] = -1
	}
	s.first = first
	tab, inKeys := s.tab[:0], s.inKeys[:0]
	put := func(ids []int32, keys bool) {
		for _, id := range ids {
			if keys && first[id] < 0 {
				first[id] = int32(len(tab))
			}
			tab = append(tab, id)
			inKeys = append(inKeys, keys)
		}
	}
	for i := range s.terms {
		if s.terms[i].num > 0 {
			nn++
		}
	}
	if nn > 0 {
		refs = make([]termRef, 0, nn) // a number's ref is never packed
	}
	nn = 0
	terms = make([]Term, len(s.terms))
	for i := range s.terms {
		d := &s.terms[i]
		t := &terms[i]
		*t = d.Term
		t.start, t.end = uint32(d.Span.Start), uint32(d.Span.End)
		var r termRef
		switch {
		case d.extraList != noList:
			ids, extra := s.listIDs(d.keyList), s.listIDs(d.extraList)
			r = termRef{keys: int32(len(tab)), end: int32(len(tab) + len(ids)), aux: int32(len(extra))}
			put(ids, true)
			put(extra, false)
		case d.keyList != noList:
			if at[d.keyList] < 0 {
				ids := s.listIDs(d.keyList)
				at[d.keyList] = placed(tab, inKeys, first[ids[0]], ids)
				if at[d.keyList] < 0 {
					at[d.keyList] = int32(len(tab))
					put(ids, true)
				}
			}
			r.keys = at[d.keyList]
			r.end = r.keys + s.listLen(d.keyList)
		}
		if d.num > 0 {
			nn++
			r.aux = nn
		}
		t.ref, refs = packRef(refs, t.Kind, r)
	}
	s.tab, s.inKeys = tab, inKeys
	return terms, tab, refs, nn
}

// placed returns p, where the Keys in tab (inKeys) hold the key ids, or -1.
func placed(tab []int32, inKeys []bool, p int32, ids []int32) int32 {
	if p < 0 || int(p)+len(ids) > len(tab) {
		return -1
	}
	for i, id := range ids {
		if tab[int(p)+i] != id || !inKeys[int(p)+i] {
			return -1
		}
	}
	return p
}

// listLen returns the number of keys of list l.
func (s *scratch) listLen(l int32) int32 {
	if l == noList {
		return 0
	}
	r := s.lists[l]
	return r[1] - r[0]
}

// markDocKeys marks in s.used the ids of the keys of the terms other
// than outlets, and returns their number.
func (s *scratch) markDocKeys() int {
	used := slices.Grow(s.used[:0], s.keys.len())[:s.keys.len()]
	clear(used)
	s.used = used
	n := 0
	for i := range s.terms {
		t := &s.terms[i]
		if t.Outlet {
			continue
		}
		for _, l := range [2]int32{t.keyList, t.extraList} {
			for _, id := range s.listIDs(l) {
				if !used[id] {
					used[id] = true
					n++
				}
			}
		}
	}
	return n
}

// forget forgets the keys and names kept from earlier articles.
func (s *scratch) forget() {
	s.keys.forget()
	s.names.reset()
	s.nameVals = s.nameVals[:0]
	s.nameKeys = s.nameKeys[:0]
	s.nameList = s.nameList[:0]
}

// release clears the buffers (they must not keep an article alive) and
// returns s to the pool.
func (s *scratch) release() {
	s.txt = ""
	clear(s.cands)
	s.keys.next()
	for _, n := range s.named {
		s.nameList[n] = 0
	}
	s.named = s.named[:0]
	s.ids = s.ids[:0]
	s.lists = s.lists[:0]
	clear(s.terms)
	s.terms = s.terms[:0]
	clear(s.nums)
	s.nums = s.nums[:0]
	s.recs = s.recs[:0]
	clear(s.cued)
	s.cued = s.cued[:0]
	clear(s.all)
	clear(s.toks)
	scratchPool.Put(s)
}

// modal reports whether a sentence (the classes of its words) speaks of
// the future or an obligation.
func modal(class []uint32) bool {
	for _, c := range class {
		if c&wModal != 0 {
			return true
		}
	}
	return false
}

// undeadline turns a deadline term back into a plain time term.
func (s *scratch) undeadline(t *draft) {
	if !t.Deadline {
		return
	}
	t.Deadline = false
	var keys, extra []int32
	for _, k := range s.listIDs(t.extraList) {
		if s.keyHas(k, "mo:") && t.Kind == Date || s.keyHas(k, "y:") {
			extra = append(extra, k)
			continue
		}
		keys = append(keys, k)
	}
	t.keyList, t.extraList = s.list(keys...), s.list(extra...)
}

// threat finds a threat: "warned", "threatened", or "will/could/would be"
// followed by a verb of loss ("will be let go", "could be reduced").
func threat(ws []text.Word, class []uint32) string {
	for i, w := range ws {
		if class[i]&wThreat == 0 {
			continue
		}
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

// sentenceTerms appends the terms of sentence sent (words ws, their
// classes, and the classes of the words without a final period) to
// s.terms, whose terms from index base on are this sentence's.
func (s *scratch) sentenceTerms(base int, sent sentence.Sentence, ws []text.Word, class, trimmed []uint32) {
	txt := s.txt
	used := slices.Grow(s.used[:0], len(ws))[:len(ws)]
	clear(used)
	s.used = used
	deadline := func(i int) bool {
		if i == 0 {
			return false
		}
		k := i - 1
		if ws[k].Folded == "the" && i > 1 {
			k = i - 2
		}
		if class[k]&wDeadline != 0 {
			return true
		}
		return i > 2 && ws[i-3].Folded == "no" && ws[i-2].Folded == "later" && ws[k].Folded == "than"
	}
	add := func(t draft, from, to int) {
		t.Span = article.Span{Start: ws[from].Span.Start, End: ws[to].Span.End}
		for k := from; k <= to; k++ {
			used[k] = true
		}
		s.terms = append(s.terms, t)
	}
	// Pass 1: dates, numbers, amounts, weekdays, holidays.
	for i := 0; i < len(ws); i++ {
		w := ws[i]
		plain := class[i]&wSpelled == 0 && plainWord(w.Folded)
		if plain && !w.Capital {
			continue // most words: no time, no day, no number
		}
		f := strings.TrimSuffix(w.Folded, ".")
		c := trimmed[i]
		if w.Capital {
			if c&wMonth != 0 && !(f == "may" && !monthContext(ws, i)) {
				m := int(c >> monthShift & 15)
				// Month Day, Day Month, Month Year.
				if i+1 < len(ws) && isDay(ws[i+1].Folded) && !timeAfter(txt, ws[i+1]) {
					d := dayOf(ws[i+1].Folded)
					add(newDraft(Date, deadline(i), s.list(s.constKey(dateKeys[m][d])), s.list(s.constKey(monthKeys[m]))), i, i+1)
					i++
					continue
				}
				if i > 0 && isDay(ws[i-1].Folded) && !used[i-1] {
					s.terms = s.terms[:len(s.terms)-countAt(s.terms[base:], ws[i-1].Span)]
					d := dayOf(ws[i-1].Folded)
					add(newDraft(Date, deadline(i-1), s.list(s.constKey(dateKeys[m][d])), s.list(s.constKey(monthKeys[m]))), i-1, i)
					continue
				}
				if len(f) >= 3 && (len(w.Text) > 3 || strings.HasSuffix(w.Text, ".")) || f == "may" {
					add(newDraft(Month, deadline(i), s.list(s.constKey(monthKeys[m])), noList), i, i)
				}
				continue
			}
			if c&wWeekday != 0 {
				s.buf = append(append(s.buf[:0], "w:"...), f...)
				add(newDraft(Weekday, deadline(i), s.list(s.key(s.buf)), noList), i, i)
				continue
			}
			if c&wHolidayFirst != 0 && i+2 < len(ws) && s.holiday(f, ws[i+1].Folded, ws[i+2].Folded) {
				add(newDraft(Holiday, deadline(i), s.list(s.holidayKey()), noList), i, i+2)
				i += 2
				continue
			}
			// "Midsummer Day", "Election Day": a capitalised word and Day.
			if i+1 < len(ws) && (c&wHolidayFirst != 0 && s.holiday(f, ws[i+1].Folded, "") || ws[i+1].Text == "Day" && c&wGeneric == 0 && hasLetter(f)) {
				s.buf = append(append(append(s.buf[:0], f...), ' '), ws[i+1].Folded...)
				if n := len(s.buf); n >= 2 && s.buf[n-2] == '\'' && s.buf[n-1] == 's' {
					s.buf = s.buf[:n-2]
				}
				add(newDraft(Holiday, deadline(i), s.list(s.holidayKey()), noList), i, i+1)
				i++
				continue
			}
			if c&wHoliday != 0 {
				s.buf = append(s.buf[:0], f...)
				add(newDraft(Holiday, deadline(i), s.list(s.holidayKey()), noList), i, i)
				continue
			}
		}
		if plain {
			continue
		}
		if i+1 < len(ws) && trimmed[i+1]&wMonth != 0 && ws[i+1].Capital && isDay(f) {
			continue // "18 November": the month takes the day
		}
		if t, n, ok := s.numberTerm(ws, class, i); ok {
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
			(ws[j+1].Capital && hasLetter(ws[j+1].Text) || class[j+1]&wConnector != 0 && j+2 < len(ws) && ws[j+2].Capital && !used[j+2] && adjacent(txt, ws[j+1], ws[j+2])) {
			j++
		}
		start := i
		// A sentence-initial ordinary word is not part of a name.
		if initial(txt, sent.Span, ws, i) && s.ordinary(ws[i].Folded, class[i], i, j) {
			start = i + 1
			for start <= j && class[start]&wConnector != 0 {
				start++
			}
		}
		if start > j {
			i = j
			continue
		}
		place := placeBefore(ws, class, start) && !institution(ws[start:j+1])
		if t, ok := s.nameTerm(ws[start:j+1], class[start:j+1], place); ok {
			add(t, start, j)
		}
		i = j
	}
	terms := s.terms[base:]
	for k := range terms {
		if t := &terms[k]; t.Deadline {
			// A deadline is supported only by the same deadline; the
			// plain date still supports other articles' mentions.
			n := len(s.ids)
			s.ids = append(append(s.ids, s.listIDs(t.extraList)...), s.listIDs(t.keyList)...)
			extra := s.listFrom(n)
			n = len(s.ids)
			for _, key := range s.listIDs(t.keyList) {
				s.buf = append(append(s.buf[:0], "dl:"...), s.keys.bytes(key)...)
				s.ids = append(s.ids, s.key(s.buf))
			}
			t.keyList, t.extraList = s.listFrom(n), extra
		}
	}
	if !slices.IsSortedFunc(terms, byStart) {
		slices.SortFunc(terms, byStart)
	}
}

// plainWord reports whether f starts with an ASCII letter and has no
// hyphen: unless a number word, it is no day and no number (and in lower
// case, no term of pass 1).
func plainWord(f string) bool {
	if f == "" || !('a' <= f[0]|0x20 && f[0]|0x20 <= 'z') {
		return false
	}
	for i := 1; i < len(f); i++ {
		if f[i] == '-' {
			return false
		}
	}
	return true
}

func byStart(a, b draft) int { return a.Span.Start - b.Span.Start }

// holiday reports whether f, a and b (when not "") name a holiday, and
// leaves the words joined by spaces in s.buf.
func (s *scratch) holiday(f, a, b string) bool {
	s.buf = append(append(append(s.buf[:0], f...), ' '), a...)
	if b != "" {
		s.buf = append(append(s.buf, ' '), b...)
	}
	return holidays[string(s.buf)]
}

// holidayKey returns the key of the holiday named in s.buf: "h:" and the
// words joined by hyphens.
func (s *scratch) holidayKey() int32 {
	n := len(s.buf)
	s.buf = append(s.buf, "h:"...)
	s.buf = append(s.buf, s.buf[:n]...)
	for i := n + 2; i < len(s.buf); i++ {
		if s.buf[i] == ' ' {
			s.buf[i] = '-'
		}
	}
	return s.key(s.buf[n:])
}

// ordinary reports whether the capitalised clause-initial word f (its
// class; i, its index; j, the end of its run) is an ordinary word rather
// than the start of a name.
func (s *scratch) ordinary(f string, class uint32, i, j int) bool {
	if class&wStarter != 0 {
		return true
	}
	seen := s.cands[f]
	return seen&seenLower != 0 || j == i && seen&seenMidCap == 0 && (i > 0 || commonShape(f, class))
}

// commonShape reports whether a capitalised sentence-initial word looks
// like an ordinary word rather than a name: a number word, or a plural,
// past or -ing form ("Crews", "Published", "Following").
func commonShape(f string, class uint32) bool {
	if class&wSpelled != 0 {
		return true
	}
	for _, suf := range []string{"s", "ed", "ing", "ly"} {
		if strings.HasSuffix(f, suf) {
			return true
		}
	}
	return false
}

// institution reports whether a capitalised run names a body or an event
// rather than a place, though a locative may precede it ("membership in
// NATO", "a vote in Congress", "at the Peace Talks"): an acronym other than
// a country's, or a run ending in a word such as "Congress" or "Talks".
func institution(run []text.Word) bool {
	last := run[len(run)-1]
	switch last.Folded {
	case "congress", "senate", "parliament", "duma", "rada", "knesset", "bundestag", "assembly",
		"council", "commission", "committee", "court", "ministry", "department", "agency",
		"administration", "government", "cabinet", "party", "alliance",
		"talks", "summit", "conference", "forum", "negotiations", "meeting", "convention":
		return true
	}
	if len(run) > 1 || len(last.Text) < 2 {
		return false
	}
	for i := 0; i < len(last.Text); i++ {
		if c := last.Text[i]; c < 'A' || c > 'Z' {
			return false
		}
	}
	switch last.Text {
	case "US", "USA", "UK", "UAE", "DRC", "DPRK", "PRC", "ROK", "USSR", "DC", "NYC", "LA":
		return false
	}
	return true
}

// placeBefore reports whether the words before ws[i] introduce a place:
// "in", "near", "east of (the)".
func placeBefore(ws []text.Word, class []uint32, i int) bool {
	k := i - 1
	if k >= 0 && ws[k].Folded == "the" {
		k--
	}
	if k < 0 {
		return false
	}
	if class[k]&wLocative != 0 {
		return true
	}
	return ws[k].Folded == "of" && k > 0 && class[k-1]&wDirection != 0
}

func pad(n int) string {
	if n < 10 {
		return "0" + string(rune('0'+n))
	}
	return FormatValue(float64(n))
}

func hasLetter(s string) bool {
	for i := 0; i < len(s); i++ {
		b := s[i]
		if b < utf8.RuneSelf {
			if 'a' <= b|0x20 && b|0x20 <= 'z' {
				return true
			}
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if unicode.IsLetter(r) {
			return true
		}
		i += n - 1
	}
	return false
}

// numberTerm parses the number at ws[i] with its currency, multiplier and
// unit. n is the number of words the number itself covers.
func (s *scratch) numberTerm(ws []text.Word, class []uint32, i int) (t draft, n int, ok bool) {
	txt := s.txt
	w := ws[i]
	f := w.Folded
	first, _ := utf8.DecodeRuneInString(f)
	isSpelled := !unicode.IsDigit(first)
	if isSpelled {
		if k := strings.IndexByte(f, '-'); k > 0 {
			if _, ok := spelled[f[:k]]; !ok {
				return t, 0, false
			}
		} else if class[i]&wSpelled == 0 {
			return t, 0, false
		}
	}
	// Dates written as numbers: 2025-11-25, 25.11.2025.
	if y, m, d, ok := numericDate(f); ok {
		s.buf = append(append(s.buf[:0], "y:"...), y...)
		return newDraft(Date, false, s.list(s.constKey(dateKeys[m][d])), s.list(s.key(s.buf), s.constKey(monthKeys[m]))), 1, true
	}
	if timeAfter(txt, w) || w.Span.Start > 0 && txt[w.Span.Start-1] == ':' {
		return t, 0, false
	}
	if isYear(f) && !strings.ContainsAny(f, ".,") {
		s.buf = append(append(s.buf[:0], "y:"...), f...)
		return newDraft(Year, false, s.list(s.key(s.buf)), noList), 1, true
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
				unit = owned(ws[k], Singular(fw))
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
	s.buf = strconv.AppendFloat(append(s.buf[:0], "v:"...), v, 'f', -1, 64)
	num := Numeric{Quantity: Quantity{Value: v, Unit: unit, Currency: cur}}
	t = newDraft(Number, false, s.list(s.key(s.buf)), noList)
	t.Spelled = isSpelled
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
				num.Context = owned(ws[k], contextWord(fw))
			}
			break
		}
		if i > 0 {
			num.Before = prepositions[ws[i-1].Folded]
		}
		// "killing 11 people": the verb before the number is the context.
		if num.Context == "" && i > 0 {
			if c, ok := contextVerbs[ws[i-1].Folded]; ok {
				num.Context = c
			}
		}
	}
	s.nums = append(s.nums, num)
	t.num = int32(len(s.nums))
	return t, n, true
}

// numericDate parses 2025-11-25, 25.11.2025 and 25/11/2025 into the year,
// month and day.
func numericDate(f string) (y string, m, d int, ok bool) {
	if len(f) < 6 || !isDigit(f[0]) {
		return "", 0, 0, false
	}
	for _, sep := range []byte{'-', '.', '/'} {
		a := strings.IndexByte(f, sep)
		if a < 0 {
			continue
		}
		b := a + 1 + strings.IndexByte(f[a+1:], sep)
		if b == a || strings.IndexByte(f[b+1:], sep) >= 0 {
			continue
		}
		p0, p1, p2 := f[:a], f[a+1:b], f[b+1:]
		if !allDigits(p0) || !allDigits(p1) || !allDigits(p2) {
			continue
		}
		ys, ms, ds := p0, p1, p2
		if len(p2) == 4 {
			ys, ms, ds = p2, p1, p0
		}
		if len(ys) != 4 || len(ms) > 2 || len(ds) > 2 {
			continue
		}
		mi, di := dayOf(ms), dayOf(ds)
		if mi < 1 || mi > 12 || di < 1 || di > 31 {
			continue
		}
		return ys, mi, di, true
	}
	return "", 0, 0, false
}

// nameTerm builds a name term from a run of capitalised words (and their
// classes). The term depends only on the words' folded forms, so it is
// built once an article for each run of words.
func (s *scratch) nameTerm(run []text.Word, class []uint32, place bool) (draft, bool) {
	b := s.buf[:0]
	for i, w := range run {
		if i > 0 {
			b = append(b, 0)
		}
		b = append(b, w.Folded...)
	}
	s.buf = b
	id, added := s.names.intern(b)
	if added {
		s.nameVals = append(s.nameVals, s.newName(run, class))
		s.nameList = append(s.nameList, 0)
	}
	v := s.nameVals[id]
	if !v.ok {
		return draft{}, false
	}
	if s.nameList[id] == 0 {
		n := len(s.ids)
		for _, a := range s.nameKeys[v.from:v.to] {
			s.ids = append(s.ids, s.keys.id(a))
		}
		s.nameList[id] = s.listFrom(n) + 1
		s.named = append(s.named, id)
	}
	t := newDraft(Name, false, s.nameList[id]-1, noList)
	t.Outlet = v.outlet
	if place {
		t.Kind = Place
	}
	return t, true
}

// newName builds the keys of a name (see nameTerm).
func (s *scratch) newName(run []text.Word, class []uint32) nameVal {
	all, toks := s.all[:0], s.toks[:0]
	defer func() { s.all, s.toks = all, toks }()
	for wi, w := range run {
		rest := w.Folded
		for rest != "" {
			part, tail, _ := strings.Cut(rest, "-")
			rest = tail
			if part == "" {
				continue
			}
			p := strings.TrimSuffix(strings.TrimSuffix(part, "'s"), "'")
			if strings.IndexByte(p, '.') >= 0 {
				p = strings.ReplaceAll(p, ".", "")
			}
			if p == "" {
				continue
			}
			all = append(all, p)
			gen := generic[p]
			if p == w.Folded {
				gen = class[wi]&wGeneric != 0
			}
			if !gen {
				if sg := Singular(p); sg != p {
					gen = generic[sg]
				}
			}
			if !gen && hasLetter(p) {
				toks = append(toks, p)
			}
		}
	}
	if len(toks) == 0 {
		return nameVal{}
	}
	v := nameVal{ok: true}
	b := s.buf[:0]
	for i, p := range all {
		if i > 0 {
			b = append(b, ' ')
		}
		b = append(b, p...)
	}
	s.buf = b
	v.outlet = outlets[string(b)] || len(b) >= 4 && string(b[:4]) == "the " && outlets[string(b[4:])] || len(toks) == 1 && outlets[toks[0]]
	start := len(s.nameKeys)
	add := func(b []byte) {
		if len(b) == 0 {
			return
		}
		k, _ := s.keys.all.intern(b)
		if !slices.Contains(s.nameKeys[start:], k) {
			s.nameKeys = append(s.nameKeys, k)
		}
	}
	for _, p := range toks {
		s.buf = append(append(s.buf[:0], "t:"...), Singular(p)...)
		add(s.buf)
		s.buf = skeletonKey(s.buf[:0], p)
		add(s.buf)
		s.buf = stemKey(s.buf[:0], p)
		add(s.buf)
	}
	v.from, v.to = int32(start), int32(len(s.nameKeys))
	return v
}

// nameSuffixes are stripped by stemKey, longest first.
var nameSuffixes = []string{"ional", "ian", "ean", "ern", "ish", "ia", "an", "al", "i", "e", "a"}

// nameSuffixEnds are the last bytes of nameSuffixes.
const nameSuffixEnds = "lnhiea"

// stemKey appends to b "s:" and the name without an adjectival or demonym
// ending, so that Congressional matches Congress, Western West, Russian
// Russia and Ukrainian Ukraine. Short stems get none.
func stemKey(b []byte, p string) []byte {
	n := utf8.RuneCountInString(p)
	if p == "" || strings.IndexByte(nameSuffixEnds, p[len(p)-1]) < 0 {
		if n >= 4 {
			return append(append(b, "s:"...), p...)
		}
		return b
	}
	for _, suf := range nameSuffixes {
		// The suffixes are ASCII: the stem has n-len(suf) runes.
		if strings.HasSuffix(p, suf) && n-len(suf) >= 4 {
			return append(append(b, "s:"...), p[:len(p)-len(suf)]...)
		}
	}
	if n >= 4 {
		return append(append(b, "s:"...), p...)
	}
	return b
}

// skeletonKey appends to b "k:" and the consonant skeleton of a name
// (first letter kept, then consonants without y, doubles collapsed):
// Zelensky and Zelenskyy, Kyiv and Kiev, Dnieper and Dnipro share one.
// Short names get none.
func skeletonKey(b []byte, p string) []byte {
	ascii := isASCII(p)
	if ascii && len(p) < 4 || !ascii && utf8.RuneCountInString(p) < 4 {
		return b
	}
	n := len(b)
	b = append(b, "k:"...)
	if ascii {
		var last byte
		for i := 0; i < len(p); i++ {
			c := p[i]
			if i > 0 && skelSkip(c) || !('a' <= c|0x20 && c|0x20 <= 'z') {
				continue
			}
			if c != last {
				b = append(b, c)
			}
			last = c
		}
	} else {
		var last rune
		for i, r := range p {
			if i > 0 && strings.ContainsRune("aeiouy'", r) || !unicode.IsLetter(r) {
				continue
			}
			if r != last {
				b = utf8.AppendRune(b, r)
			}
			last = r
		}
	}
	if len(b)-n-2 < 2 {
		return b[:n]
	}
	return b
}

// skelSkip reports whether skeletonKey drops the ASCII byte c after the
// first letter: a vowel, y or an apostrophe.
func skelSkip(c byte) bool {
	switch c {
	case 'a', 'e', 'i', 'o', 'u', 'y', '\'':
		return true
	}
	return false
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// cues finds commitment and prediction cues outside quotation marks.
func (s *scratch) cues(span article.Span, ws []text.Word, class []uint32) (commitment, prediction string) {
	txt := s.txt
	scanned := false
	inQuote := func(w text.Word) bool {
		if !scanned {
			s.quote, scanned = quotedRanges(s.quote[:0], txt, span), true
		}
		for _, q := range s.quote {
			if w.Span.Start >= q.Start && w.Span.End <= q.End {
				return true
			}
		}
		return false
	}
	match := func(bit uint32, cues map[string][][]string) string {
		for i := range ws {
			if class[i]&bit == 0 {
				continue
			}
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
	return match(wCommitment, commitmentWords), match(wPrediction, predictionWords)
}

// quotedRanges appends to out the spans inside quotation marks in span.
func quotedRanges(out []article.Span, txt string, span article.Span) []article.Span {
	open := -1
	var closeWith rune
	for i, r := range txt[span.Start:span.End] {
		off := span.Start + i
		switch {
		case open < 0 && (r == '“' || r == '"' || r == '«'):
			open = off
			switch r {
			case '“':
				closeWith = '”'
			case '"':
				closeWith = '"'
			default:
				closeWith = '»'
			}
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
