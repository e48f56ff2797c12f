package format

import (
	"fmt"
	"io"
	"path/filepath"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/srclint/srclint/rules"
	"github.com/srclint/srclint/rules/article"
	"github.com/srclint/srclint/rules/finding"
)

// SARIF constants that consumers rely on.
const (
	// SARIFSchema is the OASIS schema the output declares.
	SARIFSchema = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
	// SARIFFingerprintKey names srclint's entry in partialFingerprints.
	SARIFFingerprintKey = "srclintFingerprint/v1"
	// SRCROOT is the uriBaseId every artifact location is relative to.
	SRCROOT = "%SRCROOT%"
	// MaxSARIFResults is GitHub code scanning's limit of results per run.
	MaxSARIFResults = 25000
	// InformationURI is srclint's home page.
	InformationURI = "https://github.com/srclint/srclint"

	// maxSARIFTags and maxSARIFLocations are GitHub's limits of tags per
	// rule and locations per result.
	maxSARIFTags      = 20
	maxSARIFLocations = 1000
	// maxNamedRelated bounds the related locations a message names.
	maxNamedRelated = 10
	// maxContextBytes bounds the lines given as a result's context region.
	maxContextBytes = 2000
	// maxQuoted bounds the length, in runes, of evidence quoted in messages.
	maxQuoted = 80
)

// SARIF writes a SARIF 2.1.0 log with one run, as GitHub code scanning and
// editors' SARIF viewers read it: one rule descriptor per enabled rule with
// its help, UTF-16 columns, snippets, related locations that the message
// also names (GitHub does not show relatedLocations on their own), and
// partialFingerprints that survive unrelated edits.
type SARIF struct {
	// MaxResults caps the results; beyond it the most severe are kept and
	// Warn is told. Zero means no cap.
	MaxResults int
	// Warn receives the note about dropped results; nil discards it.
	Warn func(string)
}

type sarifLog struct {
	Schema  string     `json:"$schema"`
	Version string     `json:"version"`
	Runs    []sarifRun `json:"runs"`
}

type sarifRun struct {
	Tool               sarifTool                     `json:"tool"`
	AutomationDetails  *sarifAutomation              `json:"automationDetails,omitempty"`
	OriginalURIBaseIDs map[string]sarifArtifactPlace `json:"originalUriBaseIds,omitempty"`
	ColumnKind         string                        `json:"columnKind"`
	Results            []sarifResult                 `json:"results"`
}

type sarifTool struct {
	Driver sarifDriver `json:"driver"`
}

type sarifDriver struct {
	Name            string      `json:"name"`
	Version         string      `json:"version,omitempty"`
	SemanticVersion string      `json:"semanticVersion,omitempty"`
	InformationURI  string      `json:"informationUri"`
	Rules           []sarifRule `json:"rules"`
}

type sarifText struct {
	Text string `json:"text"`
}

type sarifHelp struct {
	Text     string `json:"text"`
	Markdown string `json:"markdown,omitempty"`
}

type sarifRule struct {
	ID                   string          `json:"id"`
	Name                 string          `json:"name,omitempty"`
	ShortDescription     sarifText       `json:"shortDescription"`
	FullDescription      *sarifText      `json:"fullDescription,omitempty"`
	Help                 *sarifHelp      `json:"help,omitempty"`
	DefaultConfiguration sarifRuleConfig `json:"defaultConfiguration"`
	Properties           *sarifRuleProps `json:"properties,omitempty"`
}

type sarifRuleConfig struct {
	Level string `json:"level"`
}

type sarifRuleProps struct {
	Tags []string `json:"tags,omitempty"`
}

type sarifAutomation struct {
	ID string `json:"id"`
}

type sarifArtifactPlace struct {
	URI string `json:"uri"`
}

type sarifResult struct {
	RuleID              string            `json:"ruleId"`
	RuleIndex           int               `json:"ruleIndex"`
	Level               string            `json:"level"`
	Message             sarifText         `json:"message"`
	Locations           []sarifLocation   `json:"locations"`
	RelatedLocations    []sarifLocation   `json:"relatedLocations,omitempty"`
	PartialFingerprints map[string]string `json:"partialFingerprints,omitempty"`
}

type sarifLocation struct {
	ID               *int                  `json:"id,omitempty"`
	PhysicalLocation sarifPhysicalLocation `json:"physicalLocation"`
	Message          *sarifText            `json:"message,omitempty"`
}

type sarifPhysicalLocation struct {
	ArtifactLocation sarifArtifactLocation `json:"artifactLocation"`
	Region           sarifRegion           `json:"region"`
	ContextRegion    *sarifRegion          `json:"contextRegion,omitempty"`
}

type sarifArtifactLocation struct {
	URI       string `json:"uri"`
	URIBaseID string `json:"uriBaseId,omitempty"`
}

type sarifRegion struct {
	StartLine   int        `json:"startLine"`
	StartColumn int        `json:"startColumn"`
	EndLine     int        `json:"endLine"`
	EndColumn   int        `json:"endColumn"`
	CharOffset  int        `json:"charOffset"`
	CharLength  int        `json:"charLength"`
	Snippet     *sarifText `json:"snippet,omitempty"`
}

// Format writes the report as a SARIF log.
func (s SARIF) Format(w io.Writer, r *Report) error {
	findings := s.capped(r.Findings)
	driver := sarifDriver{
		Name: "srclint", Version: r.Version, SemanticVersion: r.Version,
		InformationURI: InformationURI, Rules: []sarifRule{},
	}
	index := map[string]int{}
	for _, m := range r.Rules {
		if _, dup := index[m.ID]; dup {
			continue
		}
		index[m.ID] = len(driver.Rules)
		driver.Rules = append(driver.Rules, sarifRuleOf(m))
	}
	// A finding of a rule the report does not describe still needs a
	// descriptor for its ruleIndex.
	for i := range findings {
		id := findings[i].Rule
		if _, ok := index[id]; !ok {
			index[id] = len(driver.Rules)
			driver.Rules = append(driver.Rules, sarifRule{
				ID: id, ShortDescription: sarifText{Text: sentence("Findings of the rule " + id)},
				DefaultConfiguration: sarifRuleConfig{Level: sarifLevel(findings[i].Severity)},
			})
		}
	}
	run := sarifRun{
		Tool:       sarifTool{Driver: driver},
		ColumnKind: "utf16CodeUnits",
		Results:    []sarifResult{},
	}
	if r.Category != "" {
		run.AutomationDetails = &sarifAutomation{ID: automationID(r.Category)}
	}
	if r.Root != "" {
		run.OriginalURIBaseIDs = map[string]sarifArtifactPlace{SRCROOT: {URI: rootURI(r.Root)}}
	}
	short := shortNames(r.Sources)
	log := sarifLog{Schema: SARIFSchema, Version: "2.1.0", Runs: []sarifRun{run}}
	err := writeStreamed(w, log, "results", len(findings), func(i int) any {
		return sarifResultOf(&findings[i], index[findings[i].Rule], r.Root, short)
	})
	if err != nil {
		return fmt.Errorf("writing SARIF: %w", err)
	}
	return nil
}

// capped keeps at most MaxResults findings, the most severe first, in their
// original order, and tells Warn what it dropped.
func (s SARIF) capped(fs []finding.Finding) []finding.Finding {
	if s.MaxResults <= 0 || len(fs) <= s.MaxResults {
		return fs
	}
	order := make([]int, len(fs))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool { return fs[order[a]].Severity > fs[order[b]].Severity })
	keep, drop := order[:s.MaxResults], order[s.MaxResults:]
	sort.Ints(keep)
	out := make([]finding.Finding, len(keep))
	for i, k := range keep {
		out[i] = fs[k]
	}
	if s.Warn != nil {
		dropped := make([]finding.Finding, len(drop))
		for i, d := range drop {
			dropped[i] = fs[d]
		}
		e, w, n := Counts(dropped)
		s.Warn(fmt.Sprintf("SARIF: %d results exceed GitHub's limit of %d per run; kept the %d most severe and left out %d (%d errors, %d warnings, %d notes)",
			len(fs), s.MaxResults, s.MaxResults, len(drop), e, w, n))
	}
	return out
}

func sarifRuleOf(m rules.Meta) sarifRule {
	sr := sarifRule{
		ID:                   m.ID,
		Name:                 m.Name,
		ShortDescription:     sarifText{Text: sentence(m.Short)},
		DefaultConfiguration: sarifRuleConfig{Level: sarifLevel(m.Severity)},
	}
	if sr.ShortDescription.Text == "" {
		sr.ShortDescription.Text = sentence("Findings of the rule " + m.ID)
	}
	if m.Full != "" {
		sr.FullDescription = &sarifText{Text: sentence(m.Full)}
	}
	if m.Help != "" {
		sr.Help = &sarifHelp{Text: m.Help, Markdown: m.Help}
	}
	if len(m.Tags) > 0 {
		tags := append([]string(nil), m.Tags...)
		if len(tags) > maxSARIFTags {
			tags = tags[:maxSARIFTags]
		}
		sr.Properties = &sarifRuleProps{Tags: tags}
	}
	return sr
}

func sarifResultOf(f *finding.Finding, ruleIndex int, root string, short map[string]string) sarifResult {
	res := sarifResult{
		RuleID:    f.Rule,
		RuleIndex: ruleIndex,
		Level:     sarifLevel(f.Severity),
		Locations: []sarifLocation{{PhysicalLocation: physical(&f.Location, root)}},
	}
	res.Locations[0].PhysicalLocation.ContextRegion = contextRegion(f)
	if f.Fingerprint != "" {
		res.PartialFingerprints = map[string]string{SARIFFingerprintKey: f.Fingerprint}
	}
	related := f.Related
	if len(related) > maxSARIFLocations {
		related = related[:maxSARIFLocations]
	}
	for i := range related {
		id := i + 1
		rl := &related[i]
		msg := rl.Message
		if msg == "" {
			msg = fmt.Sprintf("%s writes \"%s\"", shortName(short, rl.Source), quoteText(rl.Text))
		}
		res.RelatedLocations = append(res.RelatedLocations, sarifLocation{
			ID:               &id,
			PhysicalLocation: physical(rl, root),
			Message:          &sarifText{Text: escapeBrackets(sentence(msg))},
		})
	}
	res.Message = sarifText{Text: resultMessage(f.Message, related, short)}
	return res
}

// resultMessage turns a finding's message into SARIF message text: a
// complete sentence whose literal brackets are escaped, where every related
// location the message names (SOURCE:LINE:COLUMN or SOURCE:LINE) becomes an
// embedded link, followed by "See …" naming the related locations it does
// not mention, so that viewers that ignore relatedLocations (GitHub) still
// show the evidence.
func resultMessage(msg string, related []finding.Location, short map[string]string) string {
	text := escapeBrackets(sentence(msg))
	var extra []string
	seen := map[string]bool{}
	for i := range related {
		rl := &related[i]
		src := shortName(short, rl.Source)
		named := false
		for _, ref := range []string{fmt.Sprintf("%s:%d:%d", src, rl.Line, rl.Column), fmt.Sprintf("%s:%d", src, rl.Line)} {
			if j := indexRef(text, ref); j >= 0 {
				text = text[:j] + fmt.Sprintf("[%s](%d)", ref, i+1) + text[j+len(ref):]
				named = true
				break
			}
			if linkedRef(text, ref) {
				named = true // an earlier related location at the same place
				break
			}
		}
		if named {
			continue
		}
		ref := fmt.Sprintf("%s:%d:%d", src, rl.Line, rl.Column)
		item := fmt.Sprintf("%s (\"%s\")", ref, escapeBrackets(quoteText(rl.Text)))
		if seen[item] {
			continue
		}
		seen[item] = true
		extra = append(extra, fmt.Sprintf("[%s](%d)", ref, i+1)+item[len(ref):])
	}
	return withEvidence(text, extra)
}

// withEvidence appends "See a, b and N more." to a message.
func withEvidence(text string, extra []string) string {
	if len(extra) == 0 {
		return text
	}
	more := ""
	if len(extra) > maxNamedRelated {
		more = fmt.Sprintf(" and %d more", len(extra)-maxNamedRelated)
		extra = extra[:maxNamedRelated]
	}
	return text + " See " + strings.Join(extra, ", ") + more + "."
}

// indexRef finds ref (such as 001:49:37 or 001:49) in text as a whole
// reference that is not yet a link: not inside a longer word or reference,
// so 001:49 matches neither 001:490 nor 001:49:37.
func indexRef(text, ref string) int {
	from := 0
	for {
		j := strings.Index(text[from:], ref)
		if j < 0 {
			return -1
		}
		j += from
		end := j + len(ref)
		before := j == 0 || !isWordByte(text[j-1]) && text[j-1] != '['
		after := end == len(text) || !isDigit(text[end]) && text[end] != ']' &&
			!(text[end] == ':' && end+1 < len(text) && isDigit(text[end+1]))
		if before && after {
			return j
		}
		from = j + 1
	}
}

// linkedRef reports whether text already holds ref as a link's text.
func linkedRef(text, ref string) bool { return strings.Contains(text, "["+ref+"](") }

func isDigit(b byte) bool { return b >= '0' && b <= '9' }

func isWordByte(b byte) bool {
	return isDigit(b) || b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b == '_' || b >= 0x80
}

// physical builds a SARIF physical location with a UTF-16 region.
func physical(l *finding.Location, root string) sarifPhysicalLocation {
	region := sarifRegion{
		StartLine: int(l.Line), StartColumn: int(l.Column16),
		EndLine: int(l.EndLine), EndColumn: int(l.EndColumn16),
		CharOffset: int(l.Offset16), CharLength: int(l.EndOffset16 - l.Offset16),
	}
	if l.Text != "" {
		region.Snippet = &sarifText{Text: l.Text}
	}
	return sarifPhysicalLocation{ArtifactLocation: artifactLocation(l, root), Region: region}
}

// contextRegion is the whole line of a one-line finding that covers part
// of it, for viewers that do not have the file. Lines longer than
// maxContextBytes are left out.
func contextRegion(f *finding.Finding) *sarifRegion {
	if f.LineText == "" || f.Line != f.EndLine || len(f.LineText) > maxContextBytes {
		return nil
	}
	n := article.UTF16Len(f.LineText)
	if f.Column16 == 1 && int(f.EndColumn16) == n+1 {
		return nil // the region is the whole line; a context must be larger
	}
	return &sarifRegion{
		StartLine: int(f.Line), StartColumn: 1, EndLine: int(f.Line), EndColumn: n + 1,
		CharOffset: int(f.Offset16 - (f.Column16 - 1)), CharLength: n,
		Snippet: &sarifText{Text: f.LineText},
	}
}

// artifactLocation returns the file's URI relative to %SRCROOT%, or an
// absolute file URI for a file outside the root.
func artifactLocation(l *finding.Location, root string) sarifArtifactLocation {
	if rel, ok := RootRelative(l, root); ok {
		return sarifArtifactLocation{URI: escapeURIPath(rel), URIBaseID: SRCROOT}
	}
	if l.AbsPath != "" {
		return sarifArtifactLocation{URI: fileURI(l.AbsPath)}
	}
	return sarifArtifactLocation{URI: escapeURIPath(filepath.ToSlash(l.Path))}
}

// RootRelative returns the location's slash-separated path relative to
// root, and false when root or the absolute path is unknown or the file
// lies outside root.
func RootRelative(l *finding.Location, root string) (string, bool) {
	if root == "" || l.AbsPath == "" {
		return "", false
	}
	rel, err := filepath.Rel(root, l.AbsPath)
	if err != nil {
		return "", false
	}
	rel = filepath.ToSlash(rel)
	if rel == ".." || strings.HasPrefix(rel, "../") || filepath.IsAbs(rel) {
		return "", false
	}
	return rel, true
}

// rootURI is the absolute file URI of root, ending in "/".
func rootURI(root string) string {
	u := fileURI(root)
	if !strings.HasSuffix(u, "/") {
		u += "/"
	}
	return u
}

// fileURI turns an absolute path into a file:// URI.
func fileURI(p string) string {
	p = filepath.ToSlash(p)
	if !strings.HasPrefix(p, "/") {
		p = "/" + p // C:/x → /C:/x
	}
	return "file://" + escapeURIPath(p)
}

// escapeURIPath percent-encodes a slash-separated path for a URI: every
// byte but unreserved characters, "/" and a few safe sub-delimiters. A colon
// is encoded too (a relative URI's first segment must not contain one),
// except in a Windows drive letter ("/C:").
func escapeURIPath(p string) string {
	const hex = "0123456789ABCDEF"
	var b strings.Builder
	for i := 0; i < len(p); i++ {
		c := p[i]
		switch {
		case c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z', c >= '0' && c <= '9',
			c == '-', c == '.', c == '_', c == '~', c == '/',
			c == '!', c == '$', c == '&', c == '\'', c == '(', c == ')', c == '*', c == '+', c == ',', c == ';', c == '=', c == '@':
			b.WriteByte(c)
		case c == ':' && i == 2 && p[0] == '/' && isLetter(p[1]):
			b.WriteByte(c)
		default:
			b.WriteByte('%')
			b.WriteByte(hex[c>>4])
			b.WriteByte(hex[c&15])
		}
	}
	return b.String()
}

func isLetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

// automationID follows GitHub's convention that automationDetails.id is
// "category/run": a category alone ends in "/".
func automationID(category string) string {
	if strings.Contains(category, "/") {
		return category
	}
	return category + "/"
}

func sarifLevel(s finding.Severity) string {
	switch s {
	case finding.Error:
		return "error"
	case finding.Warning:
		return "warning"
	}
	return "note"
}

// sentence trims s and makes it end like a sentence.
func sentence(s string) string {
	s = strings.TrimSpace(s)
	if s == "" {
		return s
	}
	switch s[len(s)-1] {
	case '.', '!', '?':
		return s
	}
	if strings.HasSuffix(s, ".”") || strings.HasSuffix(s, ".\"") || strings.HasSuffix(s, "…") {
		return s
	}
	return s + "."
}

// escapeBrackets escapes literal square brackets, which SARIF reserves for
// embedded links in message text.
func escapeBrackets(s string) string {
	if !strings.ContainsAny(s, "[]") {
		return s
	}
	return strings.NewReplacer("[", `\[`, "]", `\]`).Replace(s)
}

// quoteText collapses white space in evidence text, strips the quotation
// marks and trailing commas it may carry, and shortens it to maxQuoted
// runes.
func quoteText(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	s = strings.TrimLeft(s, "\"“”„«» ")
	s = strings.TrimRight(s, "\"“”„«», ")
	if utf8.RuneCountInString(s) <= maxQuoted {
		return s
	}
	r := []rune(s)
	return strings.TrimSpace(string(r[:maxQuoted-1])) + "…"
}

// shortNames maps each source to the name messages show: the part before
// the first "_" of a file-name source ("000_a49cee94f6fd4863" → "000") when
// that part is unique among the sources, else the full name. It mirrors
// rules.ShortSource, which needs the corpus.
func shortNames(sources []string) map[string]string {
	prefix := func(n string) string {
		if i := strings.IndexByte(n, '_'); i > 0 && !strings.Contains(n, " ") {
			return n[:i]
		}
		return n
	}
	count := map[string]int{}
	for _, n := range sources {
		count[prefix(n)]++
	}
	out := make(map[string]string, len(sources))
	for _, n := range sources {
		if p := prefix(n); p != n && count[p] == 1 {
			out[n] = p
		} else {
			out[n] = n
		}
	}
	return out
}

func shortName(short map[string]string, source string) string {
	if s, ok := short[source]; ok {
		return s
	}
	if source == "" {
		return "another source"
	}
	return source
}
