package load

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"sync"

	"github.com/srclint/srclint/rules/article"
	"github.com/srclint/srclint/rules/config"
	"github.com/srclint/srclint/rules/finding"
)

// Extensions lists the file extensions srclint lints when walking folders.
var extensions = map[string]bool{".txt": true, ".md": true, ".markdown": true}

// Problem is a file srclint could not lint as it is: binary, unreadable,
// too large, or decoded with a fallback. It becomes an `input` finding.
type Problem struct {
	// Article is the file, with as much text as could be read (possibly
	// empty). Offset is a byte offset into its text, -1 for the whole file.
	Article  *article.Article
	Offset   int
	Severity finding.Severity
	Message  string
}

// Options configure loading.
type Options struct {
	// Exclude globs (from --exclude and rules.toml) skip walked files.
	Exclude []string
	// MaxFileBytes is the largest file linted.
	MaxFileBytes int64
	// Sources maps paths to outlets.
	Sources []config.Source
	// Jobs is the number of files read in parallel (>= 1).
	Jobs int
	// Progress, when set, is called after each file is read (from the
	// worker goroutines: it must be safe for concurrent use).
	Progress func()
	// WorkDir is the folder reported paths are relative to.
	WorkDir string
}

// Result is what Load found.
type Result struct {
	// Articles holds every file that could be read, sorted by path.
	Articles []*article.Article
	// Problems lists input problems, sorted by path.
	Problems []Problem
}

// Find expands paths (files and folders) into the list of files to lint,
// sorted and without duplicates. A file named explicitly is always linted; a
// path that does not exist is an error.
func Find(paths []string, opts Options) (files, skipped []string, err error) {
	seen := map[string]bool{}
	add := func(p string) {
		if !seen[p] {
			seen[p] = true
			files = append(files, p)
		}
	}
	for _, root := range paths {
		info, err := os.Stat(root)
		if err != nil {
			if li, lerr := os.Lstat(root); lerr == nil && li.Mode()&fs.ModeSymlink != 0 {
				// A dangling symlink named explicitly exists but cannot
				// be read: the loader reports it as an input error.
				add(filepath.Clean(root))
				continue
			}
			return nil, nil, fmt.Errorf("%s: %w", relSlash(opts.WorkDir, root), unwrapPathError(err))
		}
		if !info.IsDir() {
			add(filepath.Clean(root))
			continue
		}
		err = filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				if p == root {
					return err
				}
				// An unreadable folder inside the tree: report it as a file
				// problem rather than dropping it.
				add(p)
				return fs.SkipDir
			}
			name := d.Name()
			if d.IsDir() {
				if p != root && (strings.HasPrefix(name, ".") || name == "node_modules") {
					return fs.SkipDir
				}
				if p != root && excluded(relSlash(opts.WorkDir, p), opts.Exclude) {
					return fs.SkipDir
				}
				return nil
			}
			if !extensions[strings.ToLower(filepath.Ext(name))] || strings.HasPrefix(name, ".") {
				return nil
			}
			if excluded(relSlash(opts.WorkDir, p), opts.Exclude) {
				return nil
			}
			if d.Type()&fs.ModeSymlink != 0 && !symlinkInside(root, p) {
				skipped = append(skipped, p)
				return nil
			}
			add(p)
			return nil
		})
		if err != nil {
			return nil, nil, fmt.Errorf("%s: %w", relSlash(opts.WorkDir, root), unwrapPathError(err))
		}
	}
	keys := make(map[string]string, len(files))
	for _, f := range files {
		keys[f] = relSlash(opts.WorkDir, f)
	}
	sort.Slice(files, func(i, j int) bool { return keys[files[i]] < keys[files[j]] })
	sort.Strings(skipped)
	return files, skipped, nil
}

// symlinkInside reports whether the symlink p resolves to a file inside the
// walked folder root, or dangles (so that reading it reports the problem).
// Links to folders and to files outside root are not followed.
func symlinkInside(root, p string) bool {
	target, err := filepath.EvalSymlinks(p)
	if err != nil {
		return true
	}
	info, err := os.Stat(target)
	if err != nil || info.IsDir() {
		return false
	}
	rootReal, err := filepath.EvalSymlinks(root)
	if err != nil {
		return false
	}
	rel, err := filepath.Rel(rootReal, target)
	return err == nil && !strings.HasPrefix(rel, "..")
}

// SkippedProblem reports a symlink that a folder walk did not follow.
func SkippedProblem(p string, opts Options) Problem {
	rel := relSlash(opts.WorkDir, p)
	a := article.New(rel, "", nil)
	a.AbsPath, _ = filepath.Abs(p)
	a.Source = sourceFor(rel, "", opts.Sources)
	return Problem{Article: a, Offset: -1, Severity: finding.Note,
		Message: fmt.Sprintf("%s is a symlink to a folder or to a file outside the linted folder; not followed (name it to lint it)", rel)}
}

func unwrapPathError(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// excluded reports whether the slash path p matches one of the globs, as a
// whole, by any trailing part, or by its base name.
func excluded(p string, globs []string) bool {
	for _, g := range globs {
		if MatchGlob(g, p) {
			return true
		}
	}
	return false
}

// MatchGlob matches a path.Match glob against the slash path p, its trailing
// parts ("seeds/001.txt" for "a/seeds/001.txt") and any leading folder
// ("fixtures" matches "fixtures/a.txt").
func MatchGlob(glob, p string) bool {
	glob = strings.TrimSuffix(glob, "/")
	parts := strings.Split(p, "/")
	for i := range parts {
		if ok, _ := path.Match(glob, strings.Join(parts[i:], "/")); ok {
			return true
		}
		if ok, _ := path.Match(glob, strings.Join(parts[:i+1], "/")); ok && i < len(parts)-1 {
			return true
		}
	}
	return false
}

// relSlash returns p relative to dir with forward slashes, or p cleaned when
// it is not below dir.
func relSlash(dir, p string) string {
	if dir != "" {
		if abs, err := filepath.Abs(p); err == nil {
			if rel, err := filepath.Rel(dir, abs); err == nil && !strings.HasPrefix(rel, "..") {
				return filepath.ToSlash(rel)
			}
		}
	}
	return filepath.ToSlash(filepath.Clean(p))
}

// Load reads and decodes files in parallel.
func Load(files []string, opts Options) Result {
	if opts.Jobs < 1 {
		opts.Jobs = 1
	}
	if opts.MaxFileBytes <= 0 {
		opts.MaxFileBytes = config.DefaultMaxFileBytes
	}
	type out struct {
		art  *article.Article
		prob []Problem
	}
	results := make([]out, len(files))
	var wg sync.WaitGroup
	next := make(chan int)
	for w := 0; w < opts.Jobs; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				a, probs := loadFile(files[i], opts)
				results[i] = out{a, probs}
				if opts.Progress != nil {
					opts.Progress()
				}
			}
		}()
	}
	for i := range files {
		next <- i
	}
	close(next)
	wg.Wait()
	var res Result
	for _, r := range results {
		if r.art != nil {
			res.Articles = append(res.Articles, r.art)
		}
		res.Problems = append(res.Problems, r.prob...)
	}
	return res
}

// loadFile reads one file. It returns the article (nil when nothing can be
// linted) and its problems.
func loadFile(file string, opts Options) (*article.Article, []Problem) {
	rel := relSlash(opts.WorkDir, file)
	abs, _ := filepath.Abs(file)
	stub := func(sev finding.Severity, msg string) []Problem {
		a := article.New(rel, "", nil)
		a.AbsPath = abs
		a.Source = sourceFor(rel, "", opts.Sources)
		return []Problem{{Article: a, Offset: -1, Severity: sev, Message: msg}}
	}
	// Stat before opening: opening a FIFO or a device would block or read
	// forever.
	if info, err := os.Stat(file); err != nil {
		return nil, stub(finding.Error, fmt.Sprintf("cannot read %s: %v", rel, unwrapPathError(err)))
	} else if !info.Mode().IsRegular() && !info.IsDir() {
		return nil, stub(finding.Error, fmt.Sprintf("cannot read %s: not a regular file", rel))
	}
	f, err := os.Open(file)
	if err != nil {
		return nil, stub(finding.Error, fmt.Sprintf("cannot read %s: %v", rel, unwrapPathError(err)))
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return nil, stub(finding.Error, fmt.Sprintf("cannot read %s: %v", rel, unwrapPathError(err)))
	}
	if info.IsDir() {
		return nil, stub(finding.Error, fmt.Sprintf("cannot read %s: it is a folder that could not be walked", rel))
	}
	if info.Size() > opts.MaxFileBytes {
		return nil, stub(finding.Error, fmt.Sprintf("%s is %d bytes, over max_file_bytes (%d); not linted", rel, info.Size(), opts.MaxFileBytes))
	}
	buf := readBuffers.Get().(*[]byte)
	defer func() {
		if cap(*buf) <= maxRecycledRead {
			readBuffers.Put(buf)
		}
	}()
	b, err := readAtMost((*buf)[:0], f, info.Size(), opts.MaxFileBytes+1)
	*buf = b[:0]
	if err != nil {
		return nil, stub(finding.Error, fmt.Sprintf("cannot read %s: %v", rel, unwrapPathError(err)))
	}
	if int64(len(b)) > opts.MaxFileBytes {
		return nil, stub(finding.Error, fmt.Sprintf("%s is over max_file_bytes (%d); not linted", rel, opts.MaxFileBytes))
	}
	a, probs := Parse(rel, b, opts.Sources)
	if a != nil {
		a.AbsPath = abs
	}
	for i := range probs {
		probs[i].Article.AbsPath = abs
	}
	return a, probs
}

// Parse decodes the bytes of the file at the slash path rel and builds its
// article: front matter for Markdown, linted regions, source.
func Parse(rel string, b []byte, sources []config.Source) (*article.Article, []Problem) {
	d, ok := decode(b)
	if !ok {
		a := article.New(rel, "", nil)
		a.Source = sourceFor(rel, "", sources)
		return nil, []Problem{{Article: a, Offset: -1, Severity: finding.Error, Message: fmt.Sprintf("%s is a binary file (NUL byte in the first 8 KiB); not linted", rel)}}
	}
	var probs []Problem
	var fm FrontMatter
	var body, comments []article.Span
	ext := strings.ToLower(path.Ext(rel))
	if ext == ".md" || ext == ".markdown" {
		var start int
		var err error
		fm, start, err = splitFrontMatter(d.text)
		var fe *frontMatterError
		if errors.As(err, &fe) {
			probs = append(probs, Problem{Offset: max(fe.offset, 0), Severity: finding.Warning, Message: fmt.Sprintf("%s: %s; front matter ignored", rel, fe.msg)})
			if fe.offset >= 0 {
				start = 0
			}
		}
		body, comments = markdownBody(d.text, start)
	}
	a := article.New(rel, d.text, body)
	a.Comments = comments
	a.Title, a.Date, a.URL, a.Story = fm.Title, fm.Date, fm.URL, fm.Story
	a.Source = sourceFor(rel, fm.Source, sources)
	for _, s := range sources {
		if s.Primary && s.Name == a.Source {
			a.Primary = true
		}
	}
	if d.badOffset >= 0 {
		p := a.Position(d.badOffset)
		probs = append(probs, Problem{Offset: d.badOffset, Severity: finding.Warning,
			Message: fmt.Sprintf("%s is not valid UTF-8 (first bad byte at line %d, column %d); decoded as Windows-1252", rel, p.Line, p.Column)})
	}
	for i := range probs {
		probs[i].Article = a
	}
	return a, probs
}

// sourceFor decides an article's outlet: front matter, else the first
// [[sources]] entry whose glob matches, else the file name without extension.
func sourceFor(rel, fmSource string, sources []config.Source) string {
	if fmSource != "" {
		return fmSource
	}
	for _, s := range sources {
		for _, g := range s.Paths {
			if MatchGlob(g, rel) {
				return s.Name
			}
		}
	}
	base := path.Base(rel)
	return strings.TrimSuffix(base, path.Ext(base))
}

// readBuffers holds the read buffers of files already parsed, each as a
// *[]byte: Parse copies what it keeps (the decoded text), so one buffer per
// worker serves every file.
var readBuffers = sync.Pool{New: func() any { return new([]byte) }}

// maxRecycledRead bounds the read buffers kept for reuse.
const maxRecycledRead = 1 << 20

// readAtMost reads r to its end or to limit bytes, whichever comes first,
// appending to b, grown first for the expected size (a file's size at Stat;
// the file may have grown or shrunk since).
func readAtMost(b []byte, r io.Reader, size, limit int64) ([]byte, error) {
	b = slices.Grow(b, int(min(size, limit-1)+1))
	lr := io.LimitReader(r, limit)
	for {
		n, err := lr.Read(b[len(b):cap(b)])
		b = b[:len(b)+n]
		if err == io.EOF {
			return b, nil
		}
		if err != nil {
			return b, err
		}
		if len(b) == cap(b) {
			b = append(b, 0)[:len(b)]
		}
	}
}
