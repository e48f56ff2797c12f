// Package fuzzcheck holds the invariants srclint's fuzz targets assert about
// spans and positions, computed independently of the article package: a
// span lies inside the text, does not end before it starts, sits on rune
// boundaries, and its line and column agree with a plain scan of the text.
package fuzzcheck

import (
	"fmt"
	"unicode/utf8"
)

// Span checks that [start, end) is a valid span of text on rune boundaries.
func Span(text string, start, end int) error {
	if start < 0 || end > len(text) || start > end {
		return fmt.Errorf("span [%d, %d) outside text of %d bytes or inverted", start, end, len(text))
	}
	if start < len(text) && !utf8.RuneStart(text[start]) {
		return fmt.Errorf("span start %d is inside a rune", start)
	}
	if end < len(text) && !utf8.RuneStart(text[end]) {
		return fmt.Errorf("span end %d is inside a rune", end)
	}
	return nil
}

// Position returns the 1-based line and code-point column of the byte offset
// off, treating "\n", "\r\n" and a lone "\r" as line ends, by scanning text.
func Position(text string, off int) (line, col int) {
	line, col = 1, 1
	for i := 0; i < off && i < len(text); {
		switch text[i] {
		case '\n':
			line, col = line+1, 1
			i++
		case '\r':
			if i+1 < len(text) && text[i+1] == '\n' {
				if i+1 == off {
					// Between \r and \n: still on this line.
					col++
					i++
					continue
				}
				i++
			}
			line, col = line+1, 1
			i++
		default:
			_, size := utf8.DecodeRuneInString(text[i:])
			col++
			i += size
		}
	}
	return line, col
}

// Located checks a resolved location against text: the span is valid, the
// quoted text is the span's, and line and column agree with Position.
func Located(text string, off, end, line, col, endLine, endCol int, quoted string) error {
	if err := Span(text, off, end); err != nil {
		return err
	}
	if text[off:end] != quoted {
		return fmt.Errorf("text %q is not the span's %q", quoted, text[off:end])
	}
	if l, c := Position(text, off); l != line || c != col {
		return fmt.Errorf("start %d at %d:%d, a scan says %d:%d", off, line, col, l, c)
	}
	if l, c := Position(text, end); l != endLine || c != endCol {
		return fmt.Errorf("end %d at %d:%d, a scan says %d:%d", end, endLine, endCol, l, c)
	}
	if endLine < line || (endLine == line && endCol < col) {
		return fmt.Errorf("end %d:%d before start %d:%d", endLine, endCol, line, col)
	}
	return nil
}
