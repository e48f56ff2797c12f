package boilerplate

import "testing"

func TestPhraseMatch(t *testing.T) {
	det, err := NewDetector(Options{DefaultPhrases: true, Phrases: []string{"Follow The Bugle on *", "*brought to you by *"}})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		line   string
		phrase string // "" = no match
	}{
		{"CLOSE", "Close"},
		{"Close ×", "Close"},
		{"Show More", "Show more"},
		{"Leave a Reply", "Leave a reply"},
		{"## Related Articles", "Related articles"},
		{"» Read more", "Read more"},
		{"Share this:", "Share this"},
		{"12 Comments", "# comments"},
		{"1,024 comments", "# comments"},
		{"5 min read", "# min read"},
		{"Your email address will not be published. Required fields are marked *", "Your email address will not be published*"},
		{"READ MORE: Trump says the plan is final", "Read more: *"},
		{"© 2025 Latest NewsX. All rights reserved.", "© *"},
		{"Latest NewsX 2025. All Rights Reserved.", "*All rights reserved"},
		{"We use cookies to give you the best experience on our website.", "We use cookies*"},
		{"By continuing to use this site, you agree to our use of cookies.", "By continuing to use this *, you *"},
		{"Follow The Bugle on Mastodon", "Follow The Bugle on *"},
		{"This page is brought to you by Acme", "*brought to you by *"},
		{"Adblock Detected", "Adblock detected"},
		{"Sign up for our daily briefing", "Sign up for *"},
		// Silent: sentences that contain or start like a phrase.
		{"“Leave a Reply”", ""},
		{"Leave a reply, she told the commenters.", ""},
		{"Read more than 200 pages of documents, the committee said.", ""},
		{"Share prices fell 3% after the announcement.", ""},
		{"Comments from the Kremlin were not immediately available.", ""},
		{"Related articles in the Journal described the dinners.", ""},
		{"Close aides said the president was unaware.", ""},
		{"Advertisement revenue fell sharply last year.", ""},
		{"Sign-up for the program closed on Friday.", ""},
		{"The ministry asked people to follow us on social media.", ""},
		{"Subscribers of the newsletter were told to sign up for updates.", ""},
	}
	for _, tt := range tests {
		key := normalizeLine(tt.line)
		p, ok := det.Match(key, 10)
		got := ""
		if ok {
			got = p.Text
		}
		if got != tt.phrase {
			t.Errorf("Match(%q) [key %q] = %q, want %q", tt.line, key, got, tt.phrase)
		}
	}
}

func TestGlobLongLine(t *testing.T) {
	det, err := NewDetector(Options{DefaultPhrases: true})
	if err != nil {
		t.Fatal(err)
	}
	if _, ok := det.Match("read more: x", maxGlobWords+1); ok {
		t.Errorf("a wildcard phrase matched a line of %d words", maxGlobWords+1)
	}
	if _, ok := det.Match("read more", maxGlobWords+1); !ok {
		t.Errorf("an exact phrase must match whatever the word count says")
	}
}

func TestNewDetectorErrors(t *testing.T) {
	for _, o := range []Options{
		{Phrases: []string{"  "}},
		{Phrases: []string{"*"}},
		{Phrases: []string{"»"}},
		{MinRepeats: 1},
		{MinRepeats: -2},
		{MaxLineWords: -1},
		{MaxLineWords: 21},
	} {
		if _, err := NewDetector(o); err == nil {
			t.Errorf("NewDetector(%+v) = nil error, want an error", o)
		}
	}
}

func TestDefaultPhrasesCompile(t *testing.T) {
	seen := map[string]string{}
	for _, p := range DefaultPhrases() {
		g, err := compile(p)
		if err != nil {
			t.Errorf("default phrase %q: %v", p.Text, err)
			continue
		}
		key := g.exactKey
		if key == "" {
			continue
		}
		if prev, dup := seen[key]; dup {
			t.Errorf("default phrases %q and %q normalise to the same line %q", prev, p.Text, key)
		}
		seen[key] = p.Text
	}
	for w := range weakDefaults {
		found := false
		for _, p := range defaultPhrases {
			found = found || p.text == w
		}
		if !found {
			t.Errorf("weak phrase %q is not in the default list", w)
		}
	}
}
