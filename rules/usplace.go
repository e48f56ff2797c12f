package rules

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// usStateAfter reports whether the text after a place name, rest, names a
// U.S. state the way American style qualifies a town: ", Texas", ", Tex.",
// ", TX" or " (Texas)". Odessa, Texas is not a spelling of Odesa.
//
// State names that are as often something else in a list of places
// (Washington, Georgia, New York: "talks in Kiev, Washington and Moscow")
// do not count; their abbreviations do. Neither do the postal codes that
// are also English words (IN, OR, ME, OK, HI, OH).
func usStateAfter(rest string) bool {
	var name string
	switch {
	case strings.HasPrefix(rest, ", "):
		name = rest[2:]
	case strings.HasPrefix(rest, " ("):
		name = rest[2:]
	default:
		return false
	}
	// The longest state name, "South Carolina", is 14 bytes; "W.Va." fits too.
	for n := 2; n <= min(len(name), 14); n++ {
		if !usState(name[:n]) {
			continue
		}
		after := name[n:]
		if after == "" {
			return true
		}
		r, _ := utf8.DecodeRuneInString(after)
		// A whole word: "Texas", not "Texasville".
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			return true
		}
	}
	return false
}

// usState reports whether s is a U.S. state's name, its AP abbreviation, or
// its postal code, leaving out those usStateAfter explains.
func usState(s string) bool {
	switch s {
	case "Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut", "Delaware",
		"Florida", "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa", "Kansas", "Kentucky", "Louisiana",
		"Maine", "Maryland", "Massachusetts", "Michigan", "Minnesota", "Mississippi", "Missouri", "Montana",
		"Nebraska", "Nevada", "New Hampshire", "New Jersey", "New Mexico", "North Carolina", "North Dakota",
		"Ohio", "Oklahoma", "Oregon", "Pennsylvania", "Rhode Island", "South Carolina", "South Dakota",
		"Tennessee", "Texas", "Utah", "Vermont", "Virginia", "West Virginia", "Wisconsin", "Wyoming":
		return true
	case "Ala.", "Ariz.", "Ark.", "Calif.", "Colo.", "Conn.", "Del.", "Fla.", "Ga.", "Ill.", "Ind.",
		"Kan.", "Ky.", "La.", "Md.", "Mass.", "Mich.", "Minn.", "Miss.", "Mo.", "Mont.", "Neb.", "Nev.",
		"N.H.", "N.J.", "N.M.", "N.Y.", "N.C.", "N.D.", "Okla.", "Ore.", "Pa.", "R.I.", "S.C.", "S.D.",
		"Tenn.", "Tex.", "Vt.", "Va.", "Wash.", "W.Va.", "Wis.", "Wyo.":
		return true
	case "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "FL", "GA", "ID", "IL", "IA", "KS", "KY",
		"LA", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY", "NC", "ND",
		"PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY":
		return true
	}
	return false
}
