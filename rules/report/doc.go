// Package report writes srclint's source report (`srclint report`): the
// per-source scorecard, the story × source corroboration matrices, the
// provenance edges and the findings, in four formats, one file each:
//
//   - text: aligned tables for a terminal (text/tabwriter);
//   - json: one versioned JSON document for programs (see JSON);
//   - markdown: GitHub-flavoured tables for pull-request comments and job
//     summaries;
//   - html: one self-contained page (inline CSS and SVG, no script, no
//     network) with every finding linked to its line.
//
// The numbers come from package scorecard; this package only lays them out.
package report
