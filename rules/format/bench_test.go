package format

import (
	"fmt"
	"io"
	"testing"

	"github.com/srclint/srclint/rules/finding"
)

// benchReport is n findings with three related locations each, shaped like
// srclint's output on a generated corpus.
func benchReport(n int) *Report {
	r := &Report{Files: n / 4, Sources: []string{"Atlas Daily", "Bayline News"}, Version: "0.0.0", Root: "/repo"}
	for i := range n {
		abs := fmt.Sprintf("/repo/s%05d/atlas-daily.md", i/4)
		f := finding.Finding{
			Rule: "claim-unsupported", Severity: finding.Note,
			Message:  fmt.Sprintf("%q (a place) appears in no other source of this story (0 of 4 other sources).", "Oslo"),
			Location: loc(abs, "Atlas Daily", 12, 40, 12, 44, 300+i, 304+i, "Oslo"),
		}
		for k := range 3 {
			rel := loc(fmt.Sprintf("/repo/s%05d/bayline-news-%d.md", i/4, k), "Bayline News", 20+k, 1, 20+k, 5, 10, 14, "Oslo")
			rel.Message = "Bayline News repeats it from this article"
			f.Related = append(f.Related, rel)
		}
		r.Findings = append(r.Findings, f)
	}
	return r
}

// BenchmarkFormat encodes 10k findings in every format.
func BenchmarkFormat(b *testing.B) {
	r := benchReport(10000)
	for _, name := range []string{"json", "sarif", "text", "github"} {
		b.Run(name, func(b *testing.B) {
			f, err := New(name, Options{Getenv: func(string) string { return "" }})
			if err != nil {
				b.Fatal(err)
			}
			b.ReportAllocs()
			for b.Loop() {
				if err := f.Format(io.Discard, r); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
