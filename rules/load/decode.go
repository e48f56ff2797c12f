package load

import (
	"bytes"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
)

// binarySniffBytes is how much of a file is checked for NUL bytes.
const binarySniffBytes = 8 << 10

// decoded is the result of decoding a file's bytes.
type decoded struct {
	text string
	// badOffset is the byte offset (in text) of the first byte that was
	// not valid UTF-8, or -1; when set the text was decoded as Windows-1252.
	badOffset int
	// encoding names what was detected, for logs.
	encoding string
}

// decode turns raw bytes into UTF-8 text. It reports binary content (a NUL
// byte in the first 8 KiB of a file without a UTF-16 BOM) as ok == false.
func decode(b []byte) (d decoded, ok bool) {
	switch {
	case bytes.HasPrefix(b, []byte{0xEF, 0xBB, 0xBF}):
		b = b[3:]
	case bytes.HasPrefix(b, []byte{0xFF, 0xFE}), bytes.HasPrefix(b, []byte{0xFE, 0xFF}):
		enc := unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM)
		name := "UTF-16LE"
		if b[0] == 0xFE {
			enc = unicode.UTF16(unicode.BigEndian, unicode.ExpectBOM)
			name = "UTF-16BE"
		}
		out, err := enc.NewDecoder().Bytes(b)
		if err != nil {
			return decoded{}, false
		}
		return decoded{text: string(out), badOffset: -1, encoding: name}, true
	}
	sniff := b
	if len(sniff) > binarySniffBytes {
		sniff = sniff[:binarySniffBytes]
	}
	if bytes.IndexByte(sniff, 0) >= 0 {
		return decoded{}, false
	}
	if utf8.Valid(b) {
		return decoded{text: string(b), badOffset: -1, encoding: "UTF-8"}, true
	}
	bad := firstInvalid(b)
	out, err := charmap.Windows1252.NewDecoder().Bytes(b)
	if err != nil {
		return decoded{}, false
	}
	// The valid prefix decodes to the same bytes only if it is ASCII; find
	// the offset of the bad byte in the decoded text instead.
	prefix, _ := charmap.Windows1252.NewDecoder().Bytes(b[:bad])
	return decoded{text: string(out), badOffset: len(prefix), encoding: "Windows-1252"}, true
}

func firstInvalid(b []byte) int {
	for i := 0; i < len(b); {
		r, size := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && size <= 1 {
			return i
		}
		i += size
	}
	return len(b)
}
