package format

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"strings"
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
	return writeStreamedWith(w, doc, field, n, func(dst []byte, i int, indent string) ([]byte, error) {
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
// indented and whose later lines start with indent.
func writeStreamedWith(w io.Writer, doc any, field string, n int, appendItem func(dst []byte, i int, indent string) ([]byte, error)) error {
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
	var item []byte
	for i := range n {
		var err error
		if item, err = appendItem(item[:0], i, itemIndent); err != nil {
			return err
		}
		if i > 0 {
			bw.WriteByte(',')
		}
		bw.WriteString("\n" + itemIndent)
		bw.Write(item)
	}
	if n > 0 {
		bw.WriteString("\n" + indent)
	}
	bw.WriteString(head[at+len(marker)-1:])
	return bw.Flush()
}
