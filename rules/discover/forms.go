package discover

import (
	"encoding/binary"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/srclint/srclint/rules/corpus"
	"github.com/srclint/srclint/rules/mention"
)

// docForms is what discovery reads of one article: its capitalised forms
// in text order and the distinct words it writes in lower case, encoded in
// one array of varints (see formWriter and spanWriter): a few bytes a word,
// not a struct. It holds no pointers but for the rare words whose folded
// form is not their text: the text of the article spells the others.
type docForms struct {
	// enc holds the forms, then (from lowerAt) the spans of the distinct
	// lower-case words written as they fold; lowerOther lists the folded
	// form of the others.
	enc        []byte
	lowerAt    int
	lowerOther []string
	// folds holds the key and folded form of each form not in printable
	// ASCII (formOcc.fold indexes it).
	folds []formFold
}

// formFold is the key and folded form of a form not in printable ASCII.
type formFold struct{ key, folded string }

// formOcc is one capitalised word of an article: its span and sentence,
// whether it is in running text (see occurrence) and whether it is the
// given name of a confidently identified person. Its key and folded form
// are its text in lower case, or docForms.folds[fold-1] when fold > 0.
type formOcc struct {
	start, end, sent, fold int32
	mid, given             bool
}

// forms returns a reader of f's forms.
func (f *docForms) forms() formReader { return formReader{b: f.enc[:f.lowerAt]} }

// lower returns a reader of the spans of f's lower-case words written as
// they fold.
func (f *docForms) lower() spanReader { return spanReader{b: f.enc[f.lowerAt:]} }

// formWriter appends forms to an encoding, each as four varints: its start
// less the previous form's, its length, its sentence less the previous
// form's, and fold<<2 | given<<1 | mid.
type formWriter struct {
	b           []byte
	start, sent int32
}

func (w *formWriter) add(o formOcc) {
	flags := uint64(o.fold) << 2
	if o.given {
		flags |= 2
	}
	if o.mid {
		flags |= 1
	}
	w.b = binary.AppendVarint(w.b, int64(o.start-w.start))
	w.b = binary.AppendUvarint(w.b, uint64(o.end-o.start))
	w.b = binary.AppendVarint(w.b, int64(o.sent-w.sent))
	w.b = binary.AppendUvarint(w.b, flags)
	w.start, w.sent = o.start, o.sent
}

// formReader reads the forms a formWriter wrote, in order.
type formReader struct {
	b           []byte
	start, sent int32
}

// next returns the next form, or false at the end.
func (r *formReader) next() (formOcc, bool) {
	if len(r.b) == 0 {
		return formOcc{}, false
	}
	var v [4]uint64
	r.b = readVarints(r.b, v[:])
	r.start += int32(unzigzag(v[0]))
	r.sent += int32(unzigzag(v[2]))
	return formOcc{start: r.start, end: r.start + int32(v[1]), sent: r.sent,
		fold: int32(v[3] >> 2), given: v[3]&2 != 0, mid: v[3]&1 != 0}, true
}

// readVarints decodes len(v) unsigned varints, which a writer wrote, from
// the start of b into v, and returns the rest of b.
func readVarints(b []byte, v []uint64) []byte {
	i := 0
	for k := range v {
		if c := b[i]; c < 0x80 {
			v[k] = uint64(c)
			i++
		} else {
			x, n := binary.Uvarint(b[i:])
			v[k] = x
			i += n
		}
	}
	return b[i:]
}

// unzigzag decodes a signed varint's value.
func unzigzag(v uint64) int64 { return int64(v>>1) ^ -int64(v&1) }

// spanWriter appends byte spans to an encoding, each as two varints: its
// start less the previous span's, and its length.
type spanWriter struct {
	b     []byte
	start int32
}

func (w *spanWriter) add(start, end int32) {
	w.b = binary.AppendVarint(w.b, int64(start-w.start))
	w.b = binary.AppendUvarint(w.b, uint64(end-start))
	w.start = start
}

// spanReader reads the spans a spanWriter wrote, in order.
type spanReader struct {
	b     []byte
	start int32
}

// next returns the next span, or false at the end.
func (r *spanReader) next() (start, end int32, ok bool) {
	if len(r.b) == 0 {
		return 0, 0, false
	}
	var v [2]uint64
	r.b = readVarints(r.b, v[:])
	r.start += int32(unzigzag(v[0]))
	return r.start, r.start + int32(v[1]), true
}

// Fact is the per-article fact discovery reads. Extract it with the
// article's other facts, while the article's words are at hand.
var Fact corpus.Fact = formsOf

// formScratch is the working memory of one article's scan, recycled
// between articles: the tokens are read once, then only the encoded forms
// are kept.
type formScratch struct {
	lower      map[string]struct{}
	forms      formWriter
	lowers     spanWriter
	lowerOther []string
	folds      []formFold
}

var scratchPool = sync.Pool{New: func() any { return &formScratch{lower: map[string]struct{}{}} }}

// formsOf is Fact's extractor.
var formsOf = &corpus.Extractor[docForms]{Name: "discover-forms", Run: func(d *corpus.Doc) docForms {
	var given []int // token offsets of given names
	people := mention.People.Of(d)
	for i := range people.Len() {
		p := people.At(i)
		if !p.Confident() {
			continue
		}
		for _, n := range p.Full() {
			given = append(given, n.Given().Start)
		}
	}
	sc := scratchPool.Get().(*formScratch)
	defer scratchPool.Put(sc)
	clear(sc.lower)
	sc.forms = formWriter{b: sc.forms.b[:0]}
	sc.lowers = spanWriter{b: sc.lowers.b[:0]}
	sc.lowerOther, sc.folds = sc.lowerOther[:0], sc.folds[:0]
	mention.ReadTokens(d, func(toks []mention.Token) { sc.add(d, toks, given) })
	// Exact-size copies: the scratch goes back to the pool.
	enc := make([]byte, len(sc.forms.b)+len(sc.lowers.b))
	copy(enc[copy(enc, sc.forms.b):], sc.lowers.b)
	out := docForms{enc: enc, lowerAt: len(sc.forms.b), lowerOther: slices.Clone(sc.lowerOther), folds: slices.Clone(sc.folds)}
	out.detach()
	return out
}}

// detach copies the folded words of f, which point into the article's
// word lists, into one string of their own, so that f does not keep the
// word lists' folded text alive.
func (f *docForms) detach() {
	n := 0
	for _, w := range f.lowerOther {
		n += len(w)
	}
	for _, ff := range f.folds {
		n += len(ff.folded)
	}
	if n == 0 {
		return
	}
	var b strings.Builder
	b.Grow(n)
	for _, w := range f.lowerOther {
		b.WriteString(w)
	}
	for _, ff := range f.folds {
		b.WriteString(ff.folded)
	}
	all, at := b.String(), 0
	next := func(w string) string {
		at += len(w)
		return all[at-len(w) : at]
	}
	for i, w := range f.lowerOther {
		f.lowerOther[i] = next(w)
	}
	for i := range f.folds {
		f.folds[i].folded = next(f.folds[i].folded)
	}
}

// add encodes the forms and distinct lower-case words of the tokens of d;
// given lists the offsets of given names.
func (sc *formScratch) add(d *corpus.Doc, toks []mention.Token, given []int) {
	for i := range toks {
		t := &toks[i]
		word := d.Text[t.Span.Start:t.Span.End]
		if word == "" {
			continue
		}
		if c := word[0]; c < utf8.RuneSelf {
			if !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z') {
				continue
			}
		} else if r, _ := utf8.DecodeRuneInString(word); !unicode.IsLetter(r) {
			continue
		}
		if !t.Capital {
			// Only a word that could be a form's folded text matters:
			// minLetters or more, not a function word.
			if len(t.Folded) < minLetters || utf8.RuneCountInString(t.Folded) < minLetters || mention.FunctionWord(t.Folded) {
				continue
			}
			// One map operation: the set grows when the word is new.
			n := len(sc.lower)
			sc.lower[t.Folded] = struct{}{}
			if len(sc.lower) > n {
				if t.Folded == word {
					sc.lowers.add(int32(t.Span.Start), int32(t.Span.End))
				} else {
					sc.lowerOther = append(sc.lowerOther, t.Folded)
				}
			}
			continue
		}
		if t.AllCaps || utf8.RuneCountInString(t.Folded) < minLetters || mention.FunctionWord(t.Folded) {
			continue
		}
		var fold int32
		if !ascii(word) {
			sc.folds = append(sc.folds, formFold{key: formKey(word), folded: t.Folded})
			fold = int32(len(sc.folds))
		}
		mid := !t.Initial && !t.Heading
		sc.forms.add(formOcc{start: int32(t.Span.Start), end: int32(t.Span.End), sent: int32(t.Sentence),
			fold: fold, mid: mid, given: slices.Contains(given, t.Span.Start)})
	}
}
