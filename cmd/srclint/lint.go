package main

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"time"

	"github.com/rs/zerolog"

	"github.com/srclint/srclint"
	"github.com/srclint/srclint/rules"
	"github.com/srclint/srclint/rules/config"
	"github.com/srclint/srclint/rules/corpus"
	"github.com/srclint/srclint/rules/finding"
	"github.com/srclint/srclint/rules/format"
	"github.com/srclint/srclint/rules/load"
)

// stringList is a repeatable string flag.
type stringList []string

func (s *stringList) String() string     { return strings.Join(*s, ",") }
func (s *stringList) Set(v string) error { *s = append(*s, v); return nil }

// lintFlags are the flags shared by commands that lint.
type lintFlags struct {
	config    string
	formats   stringList
	output    string
	failOn    string
	exclude   stringList
	jobs      int
	color     string
	logLevel  string
	logFormat string
	root      string
	category  string
	baseline  string
	newFrom   string
	cpuProf   string
	memProf   string
}

func newLintFlagSet(name string, e *env) (*flag.FlagSet, *lintFlags) {
	lf := &lintFlags{}
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	fs.StringVar(&lf.config, "config", "", "rules file (default: rules.toml or .srclint.toml here or in a parent folder, else the embedded default)")
	fs.Var(&lf.formats, "format", "output format text|json|sarif|github, optionally =FILE; repeatable (default text)")
	fs.StringVar(&lf.output, "output", "", "write the report to `FILE` instead of stdout")
	fs.StringVar(&lf.failOn, "fail-on", "", "exit 1 on findings at or above this severity: error|warning|note (default from rules.toml, else warning)")
	fs.Var(&lf.exclude, "exclude", "skip walked paths matching `GLOB`; repeatable")
	fs.IntVar(&lf.jobs, "j", runtime.GOMAXPROCS(0), "number of parallel workers")
	fs.StringVar(&lf.color, "color", "auto", "colour text output: auto|always|never")
	fs.StringVar(&lf.logLevel, "log-level", "warn", "log level: debug|info|warn|error")
	fs.StringVar(&lf.logFormat, "log-format", "console", "log format: console|json")
	fs.StringVar(&lf.root, "root", "", "repository root SARIF paths are relative to (default: git top level, else the current folder)")
	fs.StringVar(&lf.category, "sarif-category", "srclint", "SARIF automationDetails.id")
	fs.StringVar(&lf.baseline, "baseline", "", "hide findings listed in this baseline `FILE`")
	fs.StringVar(&lf.newFrom, "new-from-rev", "", "report only findings in files changed since git `REV` (and evidence pointing into them)")
	fs.StringVar(&lf.cpuProf, "cpu-profile", "", "write a pprof CPU profile of the run to `FILE`")
	fs.StringVar(&lf.memProf, "mem-profile", "", "write a pprof heap profile (after the rules ran) to `FILE`")
	fs.Usage = func() {
		fmt.Fprint(e.stderr, usage)
		fs.PrintDefaults()
	}
	return fs, lf
}

// parseInterleaved parses flags that may appear before, between or after
// the positional arguments.
func parseInterleaved(fs *flag.FlagSet, args []string) ([]string, error) {
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, err
		}
		rest := fs.Args()
		if len(rest) == 0 {
			return pos, nil
		}
		if rest[0] == "--" {
			return append(pos, rest[1:]...), nil
		}
		pos = append(pos, rest[0])
		args = rest[1:]
	}
}

// usageError is a bad command line, configuration or input: exit 2.
type usageError struct{ err error }

func (u usageError) Error() string { return u.err.Error() }

func newLogger(e *env, level, logFormat string) (zerolog.Logger, error) {
	lvl, err := zerolog.ParseLevel(level)
	if err != nil || level == "" {
		return zerolog.Nop(), fmt.Errorf("invalid --log-level %q (want debug, info, warn or error)", level)
	}
	var w io.Writer = e.stderr
	switch logFormat {
	case "json":
	case "console":
		w = zerolog.ConsoleWriter{Out: e.stderr, NoColor: !e.stderrTTY, PartsExclude: []string{zerolog.TimestampFieldName}}
	default:
		return zerolog.Nop(), fmt.Errorf("invalid --log-format %q (want console or json)", logFormat)
	}
	return zerolog.New(w).Level(lvl).With().Logger(), nil
}

// loadConfig finds and parses the rules file.
func loadConfig(e *env, explicit string) (*config.Config, error) {
	file, data, err := findConfig(e, explicit)
	if err != nil {
		return nil, err
	}
	return rules.ParseConfig(file, data)
}

func findConfig(e *env, explicit string) (string, []byte, error) {
	if explicit != "" {
		data, err := os.ReadFile(explicit)
		if err != nil {
			return "", nil, fmt.Errorf("cannot read config: %w", err)
		}
		return relTo(e.workDir, explicit), data, nil
	}
	dir := e.workDir
	for {
		for _, name := range []string{"rules.toml", ".srclint.toml"} {
			p := filepath.Join(dir, name)
			if data, err := os.ReadFile(p); err == nil {
				return relTo(e.workDir, p), data, nil
			} else if !errors.Is(err, os.ErrNotExist) {
				return "", nil, fmt.Errorf("cannot read config: %w", err)
			}
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			break
		}
		dir = parent
	}
	return "(default rules.toml)", srclint.DefaultRules(), nil
}

func relTo(dir, p string) string {
	abs, err := filepath.Abs(p)
	if err != nil {
		return p
	}
	if rel, err := filepath.Rel(dir, abs); err == nil {
		return filepath.ToSlash(rel)
	}
	return p
}

// analysis is the result of loading and running the rules.
type analysis struct {
	cfg      *config.Config
	findings []finding.Finding
	corpus   *corpus.Corpus
	files    int
	log      zerolog.Logger
}

// analyze parses flags-derived settings, loads the articles and runs the
// rules.
func analyze(e *env, lf *lintFlags, paths []string) (*analysis, error) {
	log, err := newLogger(e, lf.logLevel, lf.logFormat)
	if err != nil {
		return nil, usageError{err}
	}
	cfg, err := loadConfig(e, lf.config)
	if err != nil {
		return nil, usageError{err}
	}
	if lf.failOn != "" {
		sev, err := finding.ParseSeverity(lf.failOn)
		if err != nil {
			return nil, usageError{fmt.Errorf("--fail-on: %w", err)}
		}
		cfg.FailOn = sev
	}
	if lf.jobs < 1 {
		return nil, usageError{fmt.Errorf("-j must be at least 1, not %d", lf.jobs)}
	}
	if len(paths) == 0 {
		paths = []string{"."}
	}
	opts := load.Options{
		Exclude:      append(append([]string{}, cfg.Exclude...), lf.exclude...),
		MaxFileBytes: cfg.MaxFileBytes,
		Sources:      cfg.Sources,
		Jobs:         lf.jobs,
		WorkDir:      e.workDir,
	}
	files, skipped, err := load.Find(absPaths(e, paths), opts)
	if err != nil {
		return nil, usageError{err}
	}
	log.Debug().Int("files", len(files)).Str("config", cfg.File).Msg("linting")
	prog := newProgress(e)
	prog.begin(len(files))
	defer prog.end()
	opts.Progress = prog.fileDone
	loadStart := time.Now()
	res := load.Load(files, opts)
	log.Debug().Int("articles", len(res.Articles)).Dur("took", time.Since(loadStart)).Msg("articles loaded")
	for _, p := range skipped {
		res.Problems = append(res.Problems, load.SkippedProblem(p, opts))
	}
	prog.rulesBegin(len(rules.Enabled(cfg, nil)))
	fs, c, err := rules.Run(res.Articles, res.Problems, rules.Options{Config: cfg, Jobs: lf.jobs, Log: log, Progress: prog.ruleDone})
	if err != nil {
		return nil, err
	}
	return &analysis{cfg: cfg, findings: fs, corpus: c, files: len(files), log: log}, nil
}

// absPaths resolves command-line paths against the working folder.
func absPaths(e *env, paths []string) []string {
	out := make([]string, len(paths))
	for i, p := range paths {
		if filepath.IsAbs(p) {
			out[i] = p
		} else {
			out[i] = filepath.Join(e.workDir, p)
		}
	}
	return out
}

// output is one requested format and where it goes ("" = stdout/--output).
type output struct {
	name, file string
}

func parseOutputs(lf *lintFlags) ([]output, error) {
	if len(lf.formats) == 0 {
		return []output{{name: "text", file: lf.output}}, nil
	}
	var outs []output
	toStdout := 0
	for _, f := range lf.formats {
		name, file, _ := strings.Cut(f, "=")
		if file == "" {
			file = lf.output
			toStdout++
		}
		outs = append(outs, output{name, file})
	}
	if toStdout > 1 {
		return nil, fmt.Errorf("%d formats write to the same place; give all but one a file (--format sarif=out.sarif)", toStdout)
	}
	return outs, nil
}

func cmdLint(e *env, args []string) int {
	fs, lf := newLintFlagSet("srclint", e)
	paths, err := parseInterleaved(fs, args)
	if err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return exitClean
		}
		return exitUsage
	}
	outs, err := parseOutputs(lf)
	if err == nil {
		for _, o := range outs {
			if _, ferr := format.New(o.name, format.Options{}); ferr != nil {
				err = fmt.Errorf("--format: %w", ferr)
				break
			}
		}
	}
	if err == nil && lf.color != "auto" && lf.color != "always" && lf.color != "never" {
		err = fmt.Errorf("invalid --color %q (want auto, always or never)", lf.color)
	}
	if err != nil {
		fmt.Fprintf(e.stderr, "srclint: %v\n", err)
		return exitUsage
	}
	stopProfile, err := startProfile(e, lf)
	if err != nil {
		fmt.Fprintf(e.stderr, "srclint: %v\n", err)
		return exitUsage
	}
	defer stopProfile()
	an, err := analyze(e, lf, paths)
	if err != nil {
		fmt.Fprintf(e.stderr, "srclint: %v\n", err)
		return exitUsage
	}
	if err := writeHeapProfile(e, lf.memProf); err != nil {
		fmt.Fprintf(e.stderr, "srclint: %v\n", err)
		return exitUsage
	}
	// Only the articles are read from here on: let the facts go.
	an.corpus.Release()
	found, hidden, err := postProcess(e, an, chainOptions{baseline: lf.baseline, newFromRev: lf.newFrom})
	if err != nil {
		fmt.Fprintf(e.stderr, "srclint: %v\n", err)
		return exitUsage
	}
	report := &format.Report{
		Findings: found,
		Files:    an.files,
		Sources:  an.corpus.Sources(),
		Rules:    enabledMetas(an.cfg),
		Version:  srclint.Version,
		Category: lf.category,
		Root:     resolveRoot(e, lf.root),
		Hidden:   hidden,
	}
	for _, o := range outs {
		start := time.Now()
		if err := writeOutput(e, lf, o, report); err != nil {
			fmt.Fprintf(e.stderr, "srclint: %v\n", err)
			return exitUsage
		}
		an.log.Debug().Str("format", o.name).Dur("took", time.Since(start)).Msg("output written")
	}
	return exitCode(an.cfg, report.Findings)
}

func enabledMetas(cfg *config.Config) []rules.Meta {
	var out []rules.Meta
	for _, r := range rules.Enabled(cfg, nil) {
		m := r.Meta()
		if rc := cfg.Rules[m.ID]; rc != nil {
			m.Severity = rc.Severity
		}
		out = append(out, m)
	}
	return out
}

func writeOutput(e *env, lf *lintFlags, o output, r *format.Report) error {
	toTTY := o.file == "" && e.stdoutTTY
	color := lf.color == "always" || (lf.color == "auto" && toTTY)
	f, err := format.New(o.name, format.Options{
		Color: color, Context: toTTY || lf.color == "always",
		Getenv: e.getenv,
		Warn:   func(msg string) { fmt.Fprintf(e.stderr, "srclint: %s\n", msg) },
		Jobs:   lf.jobs,
	})
	if err != nil {
		return err
	}
	if o.file == "" {
		return f.Format(e.stdout, r)
	}
	var buf bytes.Buffer
	if err := f.Format(&buf, r); err != nil {
		return err
	}
	path := absPath(e, o.file)
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return fmt.Errorf("cannot write %s report: %w", o.name, err)
	}
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		return fmt.Errorf("cannot write %s report: %w", o.name, err)
	}
	return nil
}

// exitCode: 2 when a file could not be linted (an input error), 1 when a
// finding is at or above the fail level, else 0.
func exitCode(cfg *config.Config, fs []finding.Finding) int {
	code := exitClean
	for _, f := range fs {
		if f.Rule == "input" && f.Severity == finding.Error {
			return exitUsage
		}
		if f.Severity >= cfg.FailOn {
			code = exitFindings
		}
	}
	return code
}
