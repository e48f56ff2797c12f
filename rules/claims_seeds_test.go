package rules_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/srclint/srclint/rules/finding"
	"github.com/srclint/srclint/rules/ruletest"
	"github.com/srclint/srclint/rules/story"
)

// seedsWSJ tells srclint which seed is the Wall Street Journal's.
const seedsWSJ = `
[[sources]]
name = "The Wall Street Journal"
paths = ["fixtures/seeds/001_*"]
aliases = ["WSJ", "the Journal"]
`

func claimLines(fs []finding.Finding) []string {
	var out []string
	for _, f := range fs {
		out = append(out, fmt.Sprintf("%s:%d:%d %s %s", strings.TrimPrefix(f.Path, "fixtures/seeds/")[:3], f.Line, f.Column, f.Severity, f.Rule))
	}
	return out
}

// TestClaimUnsupportedSeeds holds every claim-unsupported finding on the
// seeds. Each was read and judged: see the comments.
func TestClaimUnsupportedSeeds(t *testing.T) {
	fs := ruletest.Run(t, "", ruletest.Seeds(t), "claim-unsupported")
	want := []string{
		"000:8:1 warning claim-unsupported",  // "east of the Dnieper", "19 points": added to the WSJ story, in no source
		"000:10:1 warning claim-unsupported", // "hardest conflict since World War II": added, unsourced
		"000:28:1 note claim-unsupported",    // "press briefing on Sunday": from The Post, no source here
		"001:1:2 note claim-unsupported",     // dateline and Gaza: the original's own detail, 004 lacks it
		"001:3:1 note claim-unsupported",     // Middle East, Israel, Hamas
		"001:5:1 note claim-unsupported",     // Kremlin insider
		"001:7:1 note claim-unsupported",     // Congress, European governments
		"001:11:1 note claim-unsupported",    // Leavitt quote on Monday
		"001:13:1 note claim-unsupported",    // close ties to Putin
		"001:13:142 note claim-unsupported",  // Halloween, three days
		"001:19:185 note claim-unsupported",  // Moscow
		"001:21:179 note claim-unsupported",  // 900,000-strong force
		"001:29:1 note claim-unsupported",    // Nov. 16 call
		"001:35:1 note claim-unsupported",    // Nov. 18, bin Salman visit
		"001:39:1 note claim-unsupported",    // Nov. 19, Driscoll in Kyiv
		"001:39:155 note claim-unsupported",  // JD Vance
		"001:45:1 note claim-unsupported",    // Sen. Angus King, Saturday
		"001:45:167 note claim-unsupported",  // Halifax, Shaheen, Rounds
		"001:51:1 note claim-unsupported",    // Geneva meeting
		"001:53:30 note claim-unsupported",   // Trump's post on Monday
		"004:3:1 note claim-unsupported",     // Crimea recognised as Russian
		"004:5:1 note claim-unsupported",     // Turkish intermediaries
		"004:7:112 note claim-unsupported",   // Keith Kellogg excluded
		"004:9:114 note claim-unsupported",   // Faena Hotel, Access Industries
		"004:11:1 warning claim-unsupported", // approve the deal by Thanksgiving
	}
	got := claimLines(fs)
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("findings:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	msgs := map[string]string{}
	for _, f := range fs {
		msgs[fmt.Sprintf("%s:%d", f.Path[15:18], f.Line)] = f.Message
	}
	for loc, want := range map[string]string{
		"004:11": `"Thanksgiving" (a deadline) appears in no other source of this story (0 of 4 other sources; 000, 002 and 003 derive from 001); the sentence sets it as a deadline ("by Thanksgiving", "expects").`,
		"004:3":  `"Crimea" (a name) appears in no other source of this story (0 of 4 other sources; 000, 002 and 003 derive from 001).`,
		"000:8":  `"19 points" (a number) and "Dnieper" (a place) appear in this article but not in 001, the source it derives from, nor in any other source of this story (0 of 4 other sources; 000, 002 and 003 derive from 001); a derived article should not add unsourced detail.`,
	} {
		if msgs[loc] != want {
			t.Errorf("%s message:\n got %s\nwant %s", loc, msgs[loc], want)
		}
	}
	// The embellishment points at the matching sentence of the source.
	for _, f := range fs {
		if f.Line == 8 && strings.HasPrefix(f.Path, "fixtures/seeds/000") && len(f.Related) != 1 {
			t.Errorf("000:8 related = %+v, want the matching sentence of 001", f.Related)
		}
	}
	// Derived copies repeat 001's details: the finding sits on 001 only.
	for _, f := range fs {
		if strings.Contains(f.Path, "/002_") || strings.Contains(f.Path, "/003_") {
			t.Errorf("finding on a faithful copy: %s:%d %s", f.Path, f.Line, f.Message)
		}
	}
}

func TestClaimUnsupportedSettings(t *testing.T) {
	seeds := ruletest.Seeds(t)
	// 004's Thanksgiving: ignored term, or severities changed.
	fs := ruletest.Run(t, "[rules.claim-unsupported]\nignore_terms = [\"Thanksgiving\", \"Crimea\"]\n", seeds, "claim-unsupported")
	for _, f := range fs {
		if strings.Contains(f.Message, "Thanksgiving") || strings.Contains(f.Message, "Crimea") {
			t.Errorf("ignored term reported: %s", f.Message)
		}
	}
	fs = ruletest.Run(t, "[rules.claim-unsupported]\nwarning_severity = \"error\"\nnote_severity = \"warning\"\n", seeds, "claim-unsupported")
	sev := map[string]finding.Severity{}
	for _, f := range fs {
		sev[fmt.Sprintf("%s:%d", f.Path[15:18], f.Line)] = f.Severity
	}
	if sev["004:11"] != finding.Error || sev["004:3"] != finding.Warning {
		t.Errorf("severities = %v", sev)
	}
	// A primary source is exempt.
	fs = ruletest.Run(t, seedsWSJ+"primary = true\n", seeds, "claim-unsupported")
	for _, f := range fs {
		if strings.Contains(f.Path, "/001_") {
			t.Errorf("primary source reported: %s:%d", f.Path, f.Line)
		}
	}
	// min_sources = 1: everything is supported by the article itself.
	if fs := ruletest.Run(t, "[rules.claim-unsupported]\nmin_sources = 1\n", seeds, "claim-unsupported"); len(fs) != 0 {
		t.Errorf("min_sources = 1: %d findings, want none", len(fs))
	}
}

func TestClaimWatchlist(t *testing.T) {
	cfg := `
[[claims]]
terms = ["Crimea"]
severity = "error"
message = "Crimea claims need two sources."
`
	fs := ruletest.Run(t, cfg, ruletest.Seeds(t), "claim-unsupported")
	n := 0
	for _, f := range fs {
		if strings.Contains(f.Message, "Crimea") {
			n++
			want := `Crimea claims need two sources: "Crimea" (a watched claim) appears in no other source of this story (0 of 4 other sources carry it; 2 independent sources needed).`
			if f.Severity != finding.Error || f.Line != 3 || f.Message != want {
				t.Errorf("watchlist finding %s:%d %s %q", f.Path, f.Line, f.Severity, f.Message)
			}
		}
	}
	if n != 1 {
		t.Errorf("watchlist findings = %d, want 1", n)
	}
}

func TestClaimsAloneInStory(t *testing.T) {
	files := map[string]string{
		"a.txt": "The Trump administration expects Ukraine to approve the deal by Thanksgiving, officials said.",
		"b.txt": "Wildfire crews in Pinecrest County contained 15 percent of the blaze on Monday, with 450 firefighters on the line.",
	}
	if fs := ruletest.Run(t, "", files, "claim-unsupported", "number-mismatch", "unattributed-copy"); len(fs) != 0 {
		t.Errorf("articles alone in their stories got findings: %v", claimLines(fs))
	}
}

func TestProvenanceSeeds(t *testing.T) {
	_, c := ruletest.RunCorpus(t, "", ruletest.Seeds(t), "claim-unsupported")
	var got []string
	for _, e := range story.Provenance.Of(c).Edges() {
		got = append(got, e.Derived.Path[15:18]+"->"+e.Source.Path[15:18])
	}
	if strings.Join(got, " ") != "000->001 002->001 003->001" {
		t.Errorf("derivation graph = %v, want 000->001 002->001 003->001", got)
	}
}

func TestUnattributedCopySeeds(t *testing.T) {
	for _, cfg := range []string{"", seedsWSJ} {
		fs := ruletest.Run(t, cfg, ruletest.Seeds(t), "unattributed-copy")
		if got := strings.Join(claimLines(fs), "\n"); got != "002:8:1 warning unattributed-copy" {
			t.Errorf("config %q: findings %q, want 002:8:1 only", cfg, got)
			continue
		}
		f := fs[0]
		if !strings.Contains(f.Message, "19 of its 26 sentences match") || len(f.Related) != 5 || !strings.HasPrefix(f.Related[0].Path, "fixtures/seeds/001_") {
			t.Errorf("message %q related %d", f.Message, len(f.Related))
		}
		if cfg != "" && !strings.Contains(f.Message, `"The Wall Street Journal", "WSJ", "the Journal"`) {
			t.Errorf("message %q does not list the names looked for", f.Message)
		}
	}
	// A source whose names are unknown: "skip" stays silent, "report"
	// reports 000 and 003 too.
	if fs := ruletest.Run(t, "[rules.unattributed-copy]\nunknown_names = \"skip\"\n", ruletest.Seeds(t), "unattributed-copy"); len(fs) != 0 {
		t.Errorf("skip: %v", claimLines(fs))
	}
	if fs := ruletest.Run(t, "[rules.unattributed-copy]\nunknown_names = \"report\"\n", ruletest.Seeds(t), "unattributed-copy"); len(fs) != 3 {
		t.Errorf("report: %v, want 000, 002 and 003", claimLines(fs))
	}
}

func TestNumberMismatch(t *testing.T) {
	files := map[string]string{
		"s/a.txt": "Kharkiv was hit overnight by Russian missiles, killing 11 people at the Saltivka substation, Ukrainian officials said on Wednesday.",
		"s/b.txt": "Russian missiles struck the Saltivka substation in Kharkiv overnight. Ukrainian officials said 11 people were killed on Wednesday.",
		"s/c.txt": "In Kharkiv, the Saltivka substation was hit by Russian missiles on Wednesday. Ukrainian officials said 14 people were killed.",
		"s/d.txt": "A Russian strike on the Saltivka substation in Kharkiv on Wednesday killed 11 people, Ukrainian officials said. Temperatures fell to minus 14 degrees.",
	}
	fs := ruletest.Run(t, "", files, "number-mismatch")
	if len(fs) != 1 || fs[0].Path != "s/c.txt" || fs[0].Text != "14 people" ||
		fs[0].Message != `"14 people" differs from what other sources of this story give for the same fact: 11 (a, b, d), 14 (c).` {
		for _, f := range fs {
			t.Logf("%s:%d:%d %q %s", f.Path, f.Line, f.Column, f.Text, f.Message)
		}
		t.Fatalf("want one finding on c's 14 people")
	}
	// A change told in one sentence is two facts; so is a tie.
	silent := map[string]string{
		"s/a.txt": "Steve Witkoff and Jared Kushner drafted the original 28-point plan for Ukraine in Miami with Kirill Dmitriev.",
		"s/b.txt": "Witkoff and Kushner wrote a 28-point plan for Ukraine with Dmitriev in Miami, officials said.",
		"s/c.txt": "The Ukraine plan by Witkoff and Kushner, drafted in Miami with Dmitriev, was later pared down to a 19-point plan.",
	}
	if fs := ruletest.Run(t, "", silent, "number-mismatch"); len(fs) != 0 {
		t.Errorf("silent cases flagged: %v", claimLines(fs))
	}
}
