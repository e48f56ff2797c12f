package claim

import "testing"

func TestParseNumber(t *testing.T) {
	tests := []struct {
		in    string
		value float64
		unit  string
		ok    bool
	}{
		{"28", 28, "", true},
		{"28-point", 28, "point", true},
		{"28‑point", 28, "point", true}, // non-breaking hyphen
		{"900,000-strong", 900000, "strong", true},
		{"2.5", 2.5, "", true},
		{"2bn", 2e9, "", true},
		{"$2bn", 2e9, "", true},
		{"5m", 5e6, "", true},
		{"three-day", 3, "day", true},
		{"four-year", 4, "year", true},
		{"twelve", 12, "", true},
		{"45%", 45, "percent", true},
		{"one", 0, "", false},
		{"abc", 0, "", false},
		{"12x", 0, "", false},
	}
	for _, tt := range tests {
		v, u, ok := ParseNumber(tt.in)
		if v != tt.value || u != tt.unit || ok != tt.ok {
			t.Errorf("ParseNumber(%q) = %v, %q, %v; want %v, %q, %v", tt.in, v, u, ok, tt.value, tt.unit, tt.ok)
		}
	}
}

func TestSingular(t *testing.T) {
	for in, want := range map[string]string{
		"points": "point", "forces": "force", "countries": "country", "talks": "talk", "crisis": "crisis",
		"press": "press", "boxes": "box", "days": "day", "bus": "bus", "gas": "gas", "witkoff's": "witkoff's",
	} {
		if got := Singular(in); got != want {
			t.Errorf("Singular(%q) = %q, want %q", in, got, want)
		}
	}
}
