package rules

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/rs/zerolog"

	"github.com/srclint/srclint/internal/workers"
	"github.com/srclint/srclint/rules/article"
	"github.com/srclint/srclint/rules/config"
	"github.com/srclint/srclint/rules/corpus"
	"github.com/srclint/srclint/rules/finding"
	"github.com/srclint/srclint/rules/load"
)

// Specs describes the built-in rules to the configuration decoder.
func Specs() []config.RuleSpec {
	var specs []config.RuleSpec
	for _, r := range All() {
		m := r.Meta()
		specs = append(specs, config.RuleSpec{ID: m.ID, Severity: m.Severity, NewSettings: r.NewSettings})
	}
	return specs
}

// ParseConfig decodes rules.toml data against the built-in rules.
func ParseConfig(file string, data []byte) (*config.Config, error) {
	return config.Parse(file, data, Specs())
}

// Options configure one engine run.
type Options struct {
	Config *config.Config
	// Jobs bounds the articles extracted and the rules run at once (>= 1).
	Jobs int
	// Progress, when set, is called after each rule finishes (from the
	// rules' goroutines: it must be safe for concurrent use).
	Progress func(rule string)
	// Only, when set, restricts the run to these rule ids.
	Only []string
	Log  zerolog.Logger
}

// Enabled returns the rules a configuration enables, built-in rules first,
// then the user's [[patterns]], each sorted by id.
func Enabled(cfg *config.Config, only []string) []Rule {
	keep := func(id string) bool {
		if len(only) == 0 {
			return true
		}
		for _, o := range only {
			if o == id {
				return true
			}
		}
		return false
	}
	var out []Rule
	for _, r := range All() {
		id := r.Meta().ID
		if rc := cfg.Rules[id]; rc != nil && rc.Enabled && keep(id) {
			out = append(out, r)
		}
	}
	for _, p := range cfg.Patterns {
		if keep(p.ID) {
			out = append(out, patternRule{p})
		}
	}
	return out
}

// MaxRelated is the most related locations a finding carries: the first
// ones a rule gives, which rules order by relevance. Messages name every
// other source; the locations are evidence to click through, and code
// scanning views list them all under the finding.
const MaxRelated = 10

// Run lints the articles: it builds the corpus, runs every enabled rule,
// turns input problems and diagnostics into positioned findings, sorts them
// and gives each a fingerprint. The result does not depend on Jobs.
func Run(arts []*article.Article, problems []load.Problem, opts Options) ([]finding.Finding, *corpus.Corpus, error) {
	c := corpus.New(arts)
	if opts.Jobs < 1 {
		opts.Jobs = 1
	}
	enabled := Enabled(opts.Config, opts.Only)
	start := time.Now()
	if err := extract(c, opts.Config, enabled, opts.Jobs); err != nil {
		return nil, nil, err
	}
	opts.Log.Debug().Int("articles", len(c.Docs)).Dur("took", time.Since(start)).Msg("facts extracted")
	results := make([][][]finding.Finding, len(enabled))
	errs := make([]error, len(enabled))
	var wg sync.WaitGroup
	rulesStart := time.Now()
	sem := make(chan struct{}, opts.Jobs)
	for i, r := range enabled {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sem <- struct{}{}
			defer func() { <-sem }()
			t0 := time.Now()
			results[i], errs[i] = runRule(r, c, opts)
			opts.Log.Debug().Str("rule", r.Meta().ID).Int("findings", count(results[i])).Dur("took", time.Since(t0)).Msg("rule done")
			if opts.Progress != nil {
				opts.Progress(r.Meta().ID)
			}
		}()
	}
	wg.Wait()
	opts.Log.Debug().Dur("took", time.Since(rulesStart)).Msg("rules done")
	opts.Log.Debug().Int("recomputed", c.Recomputed()).Msg("word lists tokenised again after extraction")
	n := len(problems)
	for i, err := range errs {
		if err != nil {
			return nil, nil, fmt.Errorf("rule %s: %w", enabled[i].Meta().ID, err)
		}
		n += count(results[i])
	}
	all := make([]finding.Finding, 0, n)
	for i := range results {
		for _, chunk := range results[i] {
			all = append(all, chunk...)
		}
		results[i] = nil
	}
	if rc := opts.Config.Rules[inputRuleID]; rc != nil && rc.Enabled {
		for _, p := range problems {
			all = append(all, problemFinding(p))
		}
	}
	finishStart := time.Now()
	all = finish(all, opts.Jobs)
	opts.Log.Debug().Int("findings", len(all)).Dur("took", time.Since(finishStart)).Msg("findings sorted and fingerprinted")
	return all, c, nil
}

// runRule runs one rule and resolves its diagnostics.
func runRule(r Rule, c *corpus.Corpus, opts Options) (out [][]finding.Finding, err error) {
	m := r.Meta()
	sev := m.Severity
	var settings any
	if rc := opts.Config.Rules[m.ID]; rc != nil {
		sev, settings = rc.Severity, rc.Settings
	}
	if pr, ok := r.(patternRule); ok {
		sev = pr.severity()
	}
	defer func() {
		if v := recover(); v != nil {
			err = fmt.Errorf("internal error (please report): %v", v)
		}
	}()
	pass := &Pass{Corpus: c, Config: opts.Config, Settings: settings, Log: opts.Log.With().Str("rule", m.ID).Logger(), jobs: opts.Jobs}
	pass.resolve = func(d Diagnostic) (finding.Finding, bool) {
		if d.Doc == nil || !d.Doc.ValidUTF8Span(d.Span) {
			pass.Log.Error().Msgf("dropping diagnostic with an invalid span: %+v", d.Span)
			return finding.Finding{}, false
		}
		s := sev
		if d.Severity != 0 {
			s = d.Severity
		}
		f := finding.Finding{Rule: m.ID, Severity: s, Message: d.Message, Location: finding.Locate(d.Doc.Article, d.Span, "")}
		f.LineText = d.Doc.Line(int(f.Line))
		if len(d.Related) > 0 {
			f.Related = make([]finding.Location, 0, min(len(d.Related), MaxRelated))
		}
		for _, rel := range d.Related {
			if len(f.Related) == MaxRelated {
				break
			}
			if rel.Doc == nil || !rel.Doc.ValidUTF8Span(rel.Span) {
				continue
			}
			f.Related = append(f.Related, finding.Locate(rel.Doc.Article, rel.Span, rel.Message))
		}
		return f, true
	}
	var fs findings
	pass.emit, pass.emitAll = fs.add, fs.addAll
	if err := r.Run(pass); err != nil {
		return nil, err
	}
	return fs.chunks(), nil
}

// count returns the number of findings in chunks.
func count(chunks [][]finding.Finding) int {
	n := 0
	for _, c := range chunks {
		n += len(c)
	}
	return n
}

// findings collects a rule's findings in order as a list of chunks, so
// that they are copied once, into the run's result, rather than each time
// a growing slice outgrows its array.
type findings struct {
	done [][]finding.Finding
	cur  []finding.Finding
}

// findingsChunk is the capacity of a chunk add fills.
const findingsChunk = 256

func (fs *findings) add(f finding.Finding) {
	if len(fs.cur) == cap(fs.cur) {
		fs.flush()
		fs.cur = make([]finding.Finding, 0, findingsChunk)
	}
	fs.cur = append(fs.cur, f)
}

// addAll appends a run of findings, keeping the slice.
func (fs *findings) addAll(run []finding.Finding) {
	fs.flush()
	fs.done = append(fs.done, run)
}

func (fs *findings) flush() {
	if len(fs.cur) > 0 {
		fs.done = append(fs.done, fs.cur)
		fs.cur = nil
	}
}

// chunks returns the findings in order.
func (fs *findings) chunks() [][]finding.Finding {
	fs.flush()
	return fs.done
}

func problemFinding(p load.Problem) finding.Finding {
	a := p.Article
	var loc finding.Location
	if p.Offset >= 0 {
		end := p.Offset
		if end < len(a.Text) {
			_, size := utf8.DecodeRuneInString(a.Text[end:])
			end += size
		}
		loc = finding.Locate(a, article.Span{Start: p.Offset, End: end}, "")
	} else {
		loc = finding.Location{Path: a.Path, AbsPath: a.AbsPath, Source: a.Source, Line: 1, Column: 1, Column16: 1, EndLine: 1, EndColumn: 1, EndColumn16: 1}
	}
	f := finding.Finding{Rule: inputRuleID, Severity: p.Severity, Message: p.Message, Location: loc}
	f.LineText = a.Line(int(f.Line))
	return f
}

// finish sorts findings, removes exact duplicates and sets fingerprints,
// hashing on jobs goroutines.
func finish(fs []finding.Finding, jobs int) []finding.Finding {
	// Sort indexes rather than the findings themselves, which are large,
	// then copy each finding once into its place.
	order := make([]int32, len(fs))
	for i := range order {
		order[i] = int32(i)
	}
	slices.SortStableFunc(order, func(a, b int32) int { return finding.Compare(&fs[a], &fs[b]) })
	out := make([]finding.Finding, 0, len(fs))
	for _, i := range order {
		f := &fs[i]
		if len(out) > 0 {
			prev := &out[len(out)-1]
			if prev.Rule == f.Rule && prev.Path == f.Path && prev.Offset == f.Offset && prev.EndOffset == f.EndOffset && prev.Message == f.Message {
				continue
			}
		}
		out = append(out, *f)
	}
	setFingerprints(out, jobs)
	return out
}

// SetFingerprints gives each finding a fingerprint from its rule, path,
// flagged text and the occurrence index of that triple in the file, so it
// survives edits elsewhere in the file. Findings must be sorted.
func SetFingerprints(fs []finding.Finding) { setFingerprints(fs, 1) }

// setFingerprints is SetFingerprints hashing on jobs goroutines.
func setFingerprints(fs []finding.Finding, jobs int) {
	// The occurrence index needs the findings in order; the hashes do not.
	keys := make([]string, len(fs))
	seen := map[string]int{}
	for i := range fs {
		f := &fs[i]
		key := f.Rule + "\x00" + f.Path + "\x00" + normSpace(f.Text)
		n := seen[key]
		seen[key] = n + 1
		keys[i] = key + "\x00" + strconv.Itoa(n)
	}
	workers.For(len(fs), jobs, func(i int) {
		sum := sha256.Sum256([]byte(keys[i]))
		fs[i].Fingerprint = hex.EncodeToString(sum[:16])
	})
}

// normSpace collapses runs of white space in s to one space and trims it.
func normSpace(s string) string {
	if !needsNormSpace(s) {
		return s
	}
	return strings.Join(strings.Fields(s), " ")
}

// needsNormSpace reports whether normSpace would change s: it holds white
// space other than single spaces between other characters.
func needsNormSpace(s string) bool {
	prevSpace := true // a leading space needs trimming
	for _, r := range s {
		switch {
		case r == ' ':
			if prevSpace {
				return true
			}
			prevSpace = true
		case unicode.IsSpace(r):
			return true
		default:
			prevSpace = false
		}
	}
	return prevSpace && s != ""
}
