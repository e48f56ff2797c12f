package quote

import (
	"strings"
	"testing"
)

// TestExtractManyQuotes checks that pathological paragraphs (thousands of
// quotes, unclosed nested marks) are read in about linear time: the test
// times out if they are not.
func TestExtractManyQuotes(t *testing.T) {
	tests := []struct {
		in   string
		want int
	}{
		{strings.Repeat(`"ab cd" `, 5000), 5000},
		{strings.Repeat(`“ab, ’ `, 5000), 1},
		{strings.Repeat("“x\n\n", 5000), 1},
		{strings.Repeat(`he said "a`, 5000), 1},
	}
	for _, tt := range tests {
		if got := len(Extract(tt.in, nil)); got != tt.want {
			t.Errorf("%.20q…: %d quotes, want %d", tt.in, got, tt.want)
		}
	}
}
