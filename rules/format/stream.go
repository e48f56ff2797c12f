package format

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"runtime"
	"strings"

	"github.com/srclint/srclint/internal/workers"
)

// writeStreamed writes doc as indented JSON (two spaces, HTML left
// unescaped) exactly as json.Encoder would, except that the array field
// named field, left empty in doc, is filled with n items encoded one at a
// time. A report with many findings is thus never held in memory twice
// over. The marker `"field": []` cannot occur inside an encoded string
// (its quotes would be escaped), so the field is found by text.
func writeStreamed(w io.Writer, doc any, field string, n int, item func(i int) any) error {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	return writeStreamedWith(w, doc, field, n, 1, func(dst []byte, i int, indent string) ([]byte, error) {
		buf.Reset()
		enc.SetIndent(indent, "  ")
		if err := enc.Encode(item(i)); err != nil {
			return dst, err
		}
		return append(dst, bytes.TrimSuffix(buf.Bytes(), []byte("\n"))...), nil
	})
}

// writeStreamedWith is writeStreamed with items appended by appendItem,
// which must write an item as indented JSON whose first line is not
// indented and whose later lines start with indent. Items are encoded on
// jobs goroutines (GOMAXPROCS when jobs < 1), a window of them at a time,
// and written in order, so appendItem must be safe for concurrent use
// when jobs != 1.
func writeStreamedWith(w io.Writer, doc any, field string, n, jobs int, appendItem func(dst []byte, i int, indent string) ([]byte, error)) error {
	bw := bufio.NewWriterSize(w, 64<<10)
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(doc); err != nil {
		return err
	}
	head := buf.String()
	marker := fmt.Sprintf("%q: []", field)
	at := strings.LastIndex(head, marker)
	if at < 0 {
		return fmt.Errorf("internal error: no empty %q array to stream into", field)
	}
	lineStart := strings.LastIndexByte(head[:at], '\n') + 1
	indent := head[lineStart:at]
	bw.WriteString(head[:at+len(marker)-1])
	itemIndent := indent + "  "
	// A window is split into chunks of streamChunk items; each chunk is
	// encoded into its own buffer, reused from one window to the next.
	if jobs < 1 {
		jobs = runtime.GOMAXPROCS(0)
	}
	chunks := make([][]byte, 2*jobs)
	errs := make([]error, len(chunks))
	window := len(chunks) * streamChunk
	for lo := 0; lo < n; lo += window {
		hi := min(n, lo+window)
		nc := (hi - lo + streamChunk - 1) / streamChunk
		workers.For(nc, jobs, func(c int) {
			b := chunks[c][:0]
			for i := lo + c*streamChunk; i < min(hi, lo+(c+1)*streamChunk); i++ {
				if i > 0 {
					b = append(b, ',')
				}
				b = append(b, '\n')
				b = append(b, itemIndent...)
				var err error
				if b, err = appendItem(b, i, itemIndent); err != nil {
					errs[c] = err
					return
				}
			}
			chunks[c] = b
		})
		for c := range nc {
			if errs[c] != nil {
				return errs[c]
			}
			bw.Write(chunks[c])
		}
	}
	if n > 0 {
		bw.WriteString("\n" + indent)
	}
	bw.WriteString(head[at+len(marker)-1:])
	return bw.Flush()
}

// streamChunk is the number of items one goroutine encodes at a time.
const streamChunk = 256
