package claim

import (
	"strconv"
	"strings"
)

// spelled maps number words to values. "one" is left out: it is a pronoun
// far more often than a count in news text.
var spelled = map[string]float64{
	"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
	"eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
	"seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
	"sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "dozen": 12,
}

// multipliers scale the number before them.
var multipliers = map[string]float64{
	"thousand": 1e3, "k": 1e3, "million": 1e6, "m": 1e6, "mn": 1e6, "mln": 1e6,
	"dozen": 12, "billion": 1e9, "bn": 1e9, "b": 1e9, "bln": 1e9, "trillion": 1e12, "tn": 1e12, "trn": 1e12,
}

// currencies maps currency words and symbols to a code.
var currencies = map[string]string{
	"$": "usd", "us$": "usd", "dollar": "usd", "dollars": "usd", "usd": "usd",
	"€": "eur", "euro": "eur", "euros": "eur", "eur": "eur",
	"£": "gbp", "pound": "gbp", "pounds": "gbp", "gbp": "gbp",
	"¥": "jpy", "yen": "jpy", "rouble": "rub", "roubles": "rub", "ruble": "rub", "rubles": "rub",
	"hryvnia": "uah", "hryvnias": "uah",
}

// dashes makes typographic hyphens ASCII and drops no-break spaces.
var dashes = strings.NewReplacer("\u2011", "-", "\u2010", "-", "\u2012", "-", "\u00a0", "")

// Quantity is a parsed number with its unit.
type Quantity struct {
	// Value is the number, scaled by any multiplier ("2.5 billion" is 2.5e9).
	Value float64
	// Unit is the folded, singular unit word ("point" for "28-point" and
	// "28 points"), or "" when none follows.
	Unit string
	// Currency is a currency code ("usd") for amounts of money, else "".
	Currency string
}

// ParseNumber parses a numeric token such as "28", "2.5", "900,000",
// "2bn", "$2", "28-point" or "three". It returns the value, the unit word
// glued to it by a hyphen ("point" for "28-point"), the multiplier-bearing
// suffix already applied, and ok.
func ParseNumber(tok string) (value float64, unit string, ok bool) {
	t := strings.ToLower(strings.TrimSpace(tok))
	if strings.ContainsAny(t, "\u2011\u2010\u2012\u00a0") {
		t = dashes.Replace(t)
	}
	for _, sym := range []string{"us$", "$", "€", "£", "¥"} {
		t = strings.TrimPrefix(t, sym)
	}
	if i := strings.IndexByte(t, '-'); i > 0 {
		unit = t[i+1:]
		t = t[:i]
		if j := strings.LastIndexByte(unit, '-'); j >= 0 { // "three-day-long"
			unit = unit[:j]
		}
		unit = Singular(unit)
	}
	if v, ok := spelled[t]; ok {
		return v, unit, true
	}
	t = strings.ReplaceAll(t, ",", "")
	// Split off a letter suffix: "2bn", "5m", "10k".
	i := 0
	for i < len(t) && (t[i] >= '0' && t[i] <= '9' || t[i] == '.') {
		i++
	}
	if i == 0 {
		return 0, "", false
	}
	num, suffix := t[:i], t[i:]
	v, err := strconv.ParseFloat(num, 64)
	if err != nil {
		return 0, "", false
	}
	if suffix != "" {
		m, ok := multipliers[suffix]
		if !ok {
			if suffix == "%" {
				return v, "percent", true
			}
			return 0, "", false
		}
		v *= m
	}
	return v, unit, true
}

// FormatValue renders a value canonically for keys: 2e9 → "2000000000",
// 2.5 → "2.5".
func FormatValue(v float64) string {
	return strconv.FormatFloat(v, 'f', -1, 64)
}

// Singular folds simple English plurals: points → point, forces → force,
// countries → country, talks → talk. Words ending in "ss", "us", "is" and
// short words are kept.
func Singular(w string) string {
	switch {
	case len(w) <= 3:
		return w
	case strings.HasSuffix(w, "ies") && len(w) > 4:
		return w[:len(w)-3] + "y"
	case strings.HasSuffix(w, "sses"), strings.HasSuffix(w, "shes"), strings.HasSuffix(w, "ches"), strings.HasSuffix(w, "xes"):
		return w[:len(w)-2]
	case strings.HasSuffix(w, "ss"), strings.HasSuffix(w, "us"), strings.HasSuffix(w, "is"), strings.HasSuffix(w, "'s"):
		return w
	case strings.HasSuffix(w, "s"):
		return w[:len(w)-1]
	}
	return w
}
