package corpus

import (
	"sync"

	"github.com/srclint/srclint/rules/text"
)

// Words is every document's words, one list per linted region (Body span),
// tokenised once for the extractors built from them. It is transient: the
// lists are dropped once a document's facts are extracted, and their memory
// tokenises the next document (no kept fact refers into a word list; facts
// copy what they keep).
var Words = &Extractor[[][]text.Word]{Name: "words", Transient: true, Run: words, Recycle: recycleWords}

// maxRecycledWords bounds the word buffers kept for reuse, so that one huge
// article does not pin its buffer for the rest of the run.
const maxRecycledWords = 1 << 16

// wordBuffers holds word buffers of sealed documents, each as a *[]text.Word
// of length 0.
var wordBuffers = sync.Pool{New: func() any { return new([]text.Word) }}

// words tokenises d's regions into one buffer from wordBuffers. The result
// has one hidden element past its length, the whole buffer, for
// recycleWords to find.
func words(d *Doc) [][]text.Word {
	buf := (*wordBuffers.Get().(*[]text.Word))[:0]
	out := make([][]text.Word, len(d.Body), len(d.Body)+1)
	for i, b := range d.Body {
		from := len(buf)
		buf = text.AppendWords(buf, d.Text, b)
		out[i] = buf[from:len(buf):len(buf)]
	}
	return append(out, buf[:0])[:len(d.Body)]
}

// recycleWords returns the buffer words stored past the end of regions.
func recycleWords(regions [][]text.Word) {
	all := regions[:cap(regions)]
	if len(all) != len(regions)+1 {
		return
	}
	buf := all[len(regions)]
	if cap(buf) == 0 || cap(buf) > maxRecycledWords {
		return
	}
	bp := new([]text.Word)
	*bp = buf
	wordBuffers.Put(bp)
}
