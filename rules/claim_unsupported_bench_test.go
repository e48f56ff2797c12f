package rules

import (
	"testing"

	"github.com/rs/zerolog"

	"github.com/srclint/srclint/rules/boilerplate"
	"github.com/srclint/srclint/rules/claim"
	"github.com/srclint/srclint/rules/finding"
	"github.com/srclint/srclint/rules/story"
)

// BenchmarkClaimUnsupported runs claim-unsupported's Run alone, on one
// worker, over 1,000 generated articles whose facts (claims, stories,
// provenance, boilerplate) are extracted beforehand; diagnostics are
// positioned as the engine positions them.
func BenchmarkClaimUnsupported(b *testing.B) {
	c, cfg := generatedCorpus(b, 1000)
	for _, d := range c.Docs {
		claim.Claims.Of(d)
		claim.WordFilter.Of(d)
		story.SentenceWords.Of(d)
	}
	story.Stories.Of(c)
	story.Provenance.Of(c)
	boilerplate.Blocks.Of(c)
	var settings any
	if rc, ok := cfg.Rules[claimUnsupportedID]; ok {
		settings = rc.Settings
	}
	n := 0
	pass := &Pass{Corpus: c, Config: cfg, Settings: settings, Log: zerolog.Nop(), jobs: 1}
	pass.resolve = func(d Diagnostic) (finding.Finding, bool) {
		f := finding.Finding{Message: d.Message, Location: finding.Locate(d.Doc.Article, d.Span, "")}
		for _, rel := range d.Related {
			f.Related = append(f.Related, finding.Locate(rel.Doc.Article, rel.Span, rel.Message))
		}
		return f, true
	}
	pass.emit = func(finding.Finding) { n++ }
	pass.emitAll = func(fs []finding.Finding) { n += len(fs) }
	b.ReportAllocs()
	for b.Loop() {
		n = 0
		if err := (claimUnsupportedRule{}).Run(pass); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(n), "findings")
}
