package rules

import "testing"

func TestUSStateAfter(t *testing.T) {
	tests := []struct {
		rest string
		want bool
	}{
		{", Texas", true},
		{", Texas, said", true},
		{", Texas's mayor", true},
		{", Tex., and", true},
		{", N.Y.", true},
		{", W.Va. officials", true},
		{", TX 79761", true},
		{" (Fla.)", true},
		{", Kansas City", true},
		{", West Virginia.", true},
		{", Texasville", false},
		{", Washington and Moscow", false},
		{", Georgia and Moldova", false},
		{", New York and London", false},
		{", IN the south", false},
		{", OR", false},
		{", Ukraine", false},
		{" Texas", false},
		{",Texas", false},
		{", Tex", false},
		{", T", false},
		{"", false},
	}
	for _, tt := range tests {
		if got := usStateAfter(tt.rest); got != tt.want {
			t.Errorf("usStateAfter(%q) = %v, want %v", tt.rest, got, tt.want)
		}
	}
}
