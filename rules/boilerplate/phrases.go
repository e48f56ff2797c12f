package boilerplate

import (
	"bytes"
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/srclint/srclint/rules/text"
)

// Kind says what a flagged line is.
type Kind string

// The kinds of site chrome.
const (
	KindButton     Kind = "button"
	KindNavigation Kind = "navigation"
	KindShare      Kind = "share"
	KindNewsletter Kind = "newsletter"
	KindComments   Kind = "comments"
	KindCookie     Kind = "cookie"
	KindAdBlock    Kind = "ad-blocker"
	KindAd         Kind = "advertisement"
	KindRelated    Kind = "related"
	KindAuthor     Kind = "author"
	KindFooter     Kind = "footer"
	KindPaywall    Kind = "paywall"
	KindRepeated   Kind = "repeated"
	KindCustom     Kind = "custom"
)

// Describe returns a short noun phrase for messages, e.g. "comment form".
func (k Kind) Describe() string {
	switch k {
	case KindButton:
		return "button label"
	case KindNavigation:
		return "section navigation"
	case KindShare:
		return "share buttons"
	case KindNewsletter:
		return "newsletter promo"
	case KindComments:
		return "comment form"
	case KindCookie:
		return "cookie notice"
	case KindAdBlock:
		return "ad-blocker notice"
	case KindAd:
		return "advertisement label"
	case KindRelated:
		return "related-articles list"
	case KindAuthor:
		return "author bio"
	case KindFooter:
		return "site footer"
	case KindPaywall:
		return "subscription prompt"
	case KindRepeated:
		return "line repeated across the source's articles"
	case KindCustom:
		return "configured phrase"
	}
	return string(k)
}

// Phrase is one entry of the phrase list: a whole line, with "*" as a
// wildcard for any text and "#" for any number.
type Phrase struct {
	Text string
	Kind Kind
	// Weak phrases are words that are chrome next to other chrome but may
	// stand alone in prose ("Name", "Email", "Reply" of a comment form):
	// they only join a block, never start one.
	Weak bool
}

// DefaultPhrases returns the built-in phrase list (English), in a stable
// order. Every entry matches a whole line: a sentence that merely contains
// "leave a reply" or "newsletter" never matches.
func DefaultPhrases() []Phrase {
	out := make([]Phrase, len(defaultPhrases))
	for i, p := range defaultPhrases {
		out[i] = Phrase{Text: p.text, Kind: p.kind, Weak: weakDefaults[p.text]}
	}
	return out
}

// weakDefaults are the default phrases that only join blocks.
var weakDefaults = map[string]bool{
	"Name": true, "Email": true, "Website": true, "Reply": true, "Comment": true,
	"Save": true, "Author": true, "Tags": true, "Topics": true, "Expand": true,
	"Register": true, "Search": true, "Print": true, "Got it": true, "I accept": true,
	"Accept all": true, "Reject all": true, "Ad": true, "Ads": true, "Recommended": true,
	"Loading": true, "Login": true, "Log in": true, "Sign in": true, "Sign up": true,
	"Tweet": true, "Menu": true,
}

type defaultPhrase struct {
	text string
	kind Kind
}

var defaultPhrases = []defaultPhrase{
	// Interface labels and buttons.
	{"Close", KindButton}, {"Close window", KindButton}, {"Menu", KindButton},
	{"Open menu", KindButton}, {"Toggle navigation", KindButton},
	{"Skip to content", KindButton}, {"Skip to main content", KindButton},
	{"Back to top", KindButton}, {"Back to top button", KindButton},
	{"Scroll to top", KindButton}, {"Show more", KindButton}, {"Show less", KindButton},
	{"See more", KindButton}, {"View more", KindButton}, {"Load more", KindButton},
	{"Read more", KindButton}, {"Continue reading", KindButton},
	{"Continue reading the main story", KindButton}, {"Read full article", KindButton},
	{"Read the full article", KindButton}, {"Expand", KindButton}, {"Print", KindButton},
	{"Loading", KindButton}, {"Listen to this article", KindButton},
	{"Listen to article", KindButton}, {"# min read", KindButton},
	{"# minute read", KindButton}, {"Click here to *", KindButton}, {"Tap here to *", KindButton},
	{"Please enable JavaScript*", KindButton}, {"JavaScript is disabled*", KindButton},
	{"You need to enable JavaScript*", KindButton}, {"Sign in", KindButton},
	{"Log in", KindButton}, {"Login", KindButton}, {"Register", KindButton},
	{"Search", KindButton}, {"Search for:", KindButton},

	// Newsletter and follow prompts.
	{"Subscribe", KindNewsletter}, {"Subscribe now", KindNewsletter},
	{"Subscribe to our newsletter*", KindNewsletter}, {"Subscribe to the * newsletter*", KindNewsletter},
	{"Sign up for *", KindNewsletter}, {"Sign up to *newsletter*", KindNewsletter},
	{"Sign up", KindNewsletter}, {"Sign up now", KindNewsletter},
	{"Newsletter", KindNewsletter}, {"Newsletters", KindNewsletter},
	{"Get our newsletter*", KindNewsletter}, {"Join our newsletter*", KindNewsletter},
	{"Our newsletter*", KindNewsletter}, {"Enter your email*", KindNewsletter},
	{"Thank you for signing up*", KindNewsletter}, {"Thanks for signing up*", KindNewsletter},
	{"By signing up, you *", KindNewsletter}, {"By subscribing, you *", KindNewsletter},
	{"Stay informed on all the latest news*", KindNewsletter},
	{"Stay up to date with *", KindNewsletter}, {"Stay updated with *", KindNewsletter},
	{"Follow us", KindNewsletter}, {"Follow us on *", KindNewsletter},
	{"Follow us on social media*", KindNewsletter}, {"Get the app", KindNewsletter},
	{"Download our app*", KindNewsletter}, {"Download the app*", KindNewsletter},
	{"Join our WhatsApp channel*", KindNewsletter}, {"Join our Telegram channel*", KindNewsletter},
	{"Subscribe to our YouTube channel*", KindNewsletter},

	// Share buttons.
	{"Share", KindShare}, {"Share this", KindShare}, {"Share this article", KindShare},
	{"Share this story", KindShare}, {"Share this post", KindShare}, {"Share this page", KindShare},
	{"Share on Facebook", KindShare}, {"Share on Twitter", KindShare}, {"Share on X", KindShare},
	{"Share on LinkedIn", KindShare}, {"Share on WhatsApp", KindShare}, {"Share via email", KindShare},
	{"Click to share on *", KindShare}, {"Copy link", KindShare},
	{"Link copied*", KindShare}, {"Share full article", KindShare}, {"Gift this article", KindShare},
	{"Save article", KindShare}, {"Save", KindShare}, {"Tweet", KindShare},

	// Comment forms.
	{"Leave a reply", KindComments}, {"Leave a reply cancel reply", KindComments},
	{"Leave a comment", KindComments}, {"Cancel reply", KindComments},
	{"Your email address will not be published*", KindComments},
	{"Required fields are marked*", KindComments}, {"Post comment", KindComments},
	{"Submit comment", KindComments}, {"Comments", KindComments}, {"Comment", KindComments},
	{"# comments", KindComments}, {"# comment", KindComments}, {"No comments", KindComments},
	{"No comments yet*", KindComments}, {"View comments", KindComments},
	{"Show comments", KindComments}, {"Join the conversation", KindComments},
	{"Join the discussion", KindComments}, {"Reply", KindComments},
	{"You must be logged in to post a comment*", KindComments},
	{"Log in to comment*", KindComments}, {"Sign in to comment*", KindComments},
	{"Save my name, email, and website in this browser*", KindComments},
	{"Notify me of follow-up comments*", KindComments}, {"Notify me of new posts*", KindComments},
	{"Name", KindComments}, {"Email", KindComments}, {"Website", KindComments},
	{"Comment policy*", KindComments}, {"Comments are closed*", KindComments},

	// Cookie consent.
	{"We use cookies*", KindCookie}, {"This website uses cookies*", KindCookie},
	{"This site uses cookies*", KindCookie}, {"Our website uses cookies*", KindCookie},
	{"By continuing to use this *, you *", KindCookie}, {"By using this *, you agree*", KindCookie},
	{"By clicking *, you agree*", KindCookie}, {"Accept all cookies", KindCookie},
	{"Accept cookies", KindCookie}, {"Accept all", KindCookie}, {"Reject all", KindCookie},
	{"Cookie settings", KindCookie}, {"Cookie preferences", KindCookie}, {"Cookie policy", KindCookie},
	{"Manage cookies", KindCookie}, {"Manage consent*", KindCookie}, {"Manage preferences", KindCookie},
	{"Do not sell my personal information", KindCookie}, {"Do not sell or share my personal information", KindCookie},
	{"I accept", KindCookie}, {"Got it", KindCookie},

	// Ad blockers.
	{"Adblock detected", KindAdBlock}, {"Ad blocker detected*", KindAdBlock},
	{"Ad-blocker detected*", KindAdBlock}, {"AdBlocker detected*", KindAdBlock},
	{"Please consider supporting us by disabling your ad blocker*", KindAdBlock},
	{"Please disable your ad blocker*", KindAdBlock}, {"Please disable your adblocker*", KindAdBlock},
	{"Please whitelist our site*", KindAdBlock}, {"We noticed you're using an ad blocker*", KindAdBlock},
	{"It looks like you're using an ad blocker*", KindAdBlock},
	{"It looks like you are using an ad blocker*", KindAdBlock},

	// Advertisement labels.
	{"Advertisement", KindAd}, {"Advertisement - scroll to continue", KindAd},
	{"Scroll to continue with content", KindAd}, {"Story continues below advertisement", KindAd},
	{"Story continues below", KindAd}, {"Article continues below*", KindAd},
	{"Continue reading below", KindAd}, {"Sponsored", KindAd}, {"Sponsored content", KindAd},
	{"Paid content", KindAd}, {"Promoted content", KindAd}, {"Ad", KindAd}, {"Ads", KindAd},
	{"Remove ads*", KindAd}, {"Advertise with us", KindAd},

	// Related articles.
	{"Related", KindRelated}, {"Related articles", KindRelated}, {"Related stories", KindRelated},
	{"Related posts", KindRelated}, {"Related news", KindRelated}, {"Related coverage", KindRelated},
	{"Related content", KindRelated}, {"Related topics", KindRelated}, {"Related: *", KindRelated},
	{"Read more: *", KindRelated}, {"Read also: *", KindRelated}, {"Also read: *", KindRelated},
	{"See also: *", KindRelated}, {"Read also", KindRelated}, {"Also read", KindRelated},
	{"You may also like", KindRelated}, {"You might also like", KindRelated},
	{"Recommended", KindRelated}, {"Recommended for you", KindRelated},
	{"Recommended stories", KindRelated}, {"Most read", KindRelated}, {"Most popular", KindRelated},
	{"Most viewed", KindRelated}, {"Trending now", KindRelated}, {"Editor's picks", KindRelated},
	{"Top stories", KindRelated}, {"More stories", KindRelated}, {"More news", KindRelated},
	{"Don't miss", KindRelated}, {"Up next", KindRelated}, {"Read next", KindRelated},
	{"What to read next", KindRelated}, {"Keep reading", KindRelated},
	{"Next article", KindRelated}, {"Previous article", KindRelated},
	{"Next post", KindRelated}, {"Previous post", KindRelated},
	{"More on this story", KindRelated}, {"More on this topic", KindRelated},
	{"Tags: *", KindRelated}, {"Tags", KindRelated}, {"Topics", KindRelated},
	{"Filed under: *", KindRelated}, {"Filed under", KindRelated},
	{"Categories: *", KindRelated},

	// Author boxes.
	{"About the author", KindAuthor}, {"About the authors", KindAuthor},
	{"View all posts by *", KindAuthor}, {"All posts by *", KindAuthor},
	{"More articles by *", KindAuthor}, {"More from this author", KindAuthor},
	{"Author", KindAuthor}, {"Latest posts by *", KindAuthor},

	// Footer.
	{"*All rights reserved", KindFooter}, {"© *", KindFooter}, {"Copyright © *", KindFooter},
	{"Copyright # *", KindFooter}, {"Contact us", KindFooter}, {"About us", KindFooter},
	{"Privacy policy", KindFooter}, {"Terms of use", KindFooter}, {"Terms of service", KindFooter},
	{"Terms and conditions", KindFooter},

	// Paywalls.
	{"Already a subscriber?*", KindPaywall}, {"Already have an account?*", KindPaywall},
	{"Subscribe to continue reading*", KindPaywall}, {"Subscribe to read*", KindPaywall},
	{"This article is for subscribers only*", KindPaywall},
	{"This content is for subscribers only*", KindPaywall},
	{"Create a free account*", KindPaywall}, {"Support independent journalism*", KindPaywall},
	{"Support our journalism*", KindPaywall},
}

// maxGlobWords caps the lines a wildcard phrase may match: chrome lines are
// short, a long paragraph that starts like one is prose.
const maxGlobWords = 60

// glob is a compiled phrase.
type glob struct {
	phrase Phrase
	index  int // the phrase's place in the detector's list
	// segs are the literal parts between wildcards; exact phrases have one
	// segment and no wildcard.
	segs          [][]byte
	lead, trail   bool // a wildcard at the start / end
	exactKey      string
	firstWordLead string // first word of segs[0] when !lead, for indexing
}

// compile normalises a phrase the way lines are normalised.
func compile(p Phrase) (glob, error) {
	s := strings.TrimSpace(p.Text)
	if strings.Trim(s, "* \t") == "" {
		return glob{}, fmt.Errorf("phrase %q has no text", p.Text)
	}
	g := glob{phrase: p}
	if !strings.Contains(s, "*") {
		g.exactKey = normalizePhrase(s, true, true)
		if g.exactKey == "" {
			return glob{}, fmt.Errorf("phrase %q has no words", p.Text)
		}
		return g, nil
	}
	g.lead = strings.HasPrefix(s, "*")
	g.trail = strings.HasSuffix(s, "*")
	parts := strings.Split(s, "*")
	for i, part := range parts {
		seg := normalizePhrase(part, i == 0 && !g.lead, i == len(parts)-1 && !g.trail)
		if i == 0 || i == len(parts)-1 || seg != "" {
			g.segs = append(g.segs, []byte(seg))
		}
	}
	if !g.lead {
		g.firstWordLead, _, _ = strings.Cut(string(g.segs[0]), " ")
	}
	return g, nil
}

// match reports whether the normalised line key fits the phrase.
func (g *glob) match(key []byte, words int) bool {
	if g.exactKey != "" {
		return string(key) == g.exactKey
	}
	if words > maxGlobWords {
		return false
	}
	first, last := g.segs[0], g.segs[len(g.segs)-1]
	if !bytes.HasPrefix(key, first) {
		return false
	}
	rest := key[len(first):]
	for _, seg := range g.segs[1 : len(g.segs)-1] {
		i := bytes.Index(rest, seg)
		if i < 0 {
			return false
		}
		rest = rest[i+len(seg):]
	}
	if len(g.segs) == 1 {
		return true
	}
	return len(rest) >= len(last) && bytes.HasSuffix(rest, last)
}

// isDecoration reports whether r may surround a chrome line without
// changing what it says: bullets, arrows, separators, terminal punctuation,
// brackets, the asterisk of required fields. Quotation marks are not
// decoration: a quoted line is never chrome.
func isDecoration(r rune) bool {
	switch r {
	case ' ', '*', ':', ';', ',', '|', '/', '\\', '•', '·', '›', '»', '<', '>', '«', '‹',
		'→', '←', '↑', '↓', '▲', '▼', '►', '▶', '❯', '-', '–', '—', '_', '=', '~', '.',
		'!', '?', '…', '#', '[', ']', '(', ')', '{', '}', '+', '×', '✕', '✖', '⬆':
		return true
	}
	return false
}

// normalizeLine is the key of a line: folded, white space collapsed,
// decoration trimmed from both ends, digit runs replaced by "#".
func normalizeLine(s string) string {
	return string(appendLineKey(nil, s))
}

// appendLineKey appends the key of the line s (see normalizeLine) to b,
// working in place in b's spare room.
func appendLineKey(b []byte, s string) []byte {
	from := len(b)
	b = appendFoldCollapsed(b, s)
	key := b[from:]
	// Trim decoration, then replace digit runs in place.
	for len(key) > 0 {
		r, n := utf8.DecodeRune(key)
		if !isDecoration(r) {
			break
		}
		key = key[n:]
	}
	for len(key) > 0 {
		r, n := utf8.DecodeLastRune(key)
		if !isDecoration(r) {
			break
		}
		key = key[:len(key)-n]
	}
	w := from
	for i := 0; i < len(key); {
		c := key[i]
		if c < '0' || c > '9' {
			b[w] = c
			w++
			i++
			continue
		}
		for i < len(key) && (isDigit(key[i]) || (key[i] == '.' || key[i] == ',') && i+1 < len(key) && isDigit(key[i+1])) {
			i++
		}
		b[w] = '#'
		w++
	}
	return b[:w]
}

// fold is text.Fold done rune by rune, without a transform chain: each
// rune is replaced by its compatibility decomposition, combining marks are
// dropped, typographic apostrophes and hyphens made ASCII, white space a
// plain space, and letters lower-cased.
func fold(s string) string {
	return string(appendFold(make([]byte, 0, len(s)), s))
}

// appendFold appends fold(s) to b.
func appendFold(b []byte, s string) []byte {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			b = append(b, c)
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if d := norm.NFKD.PropertiesString(s[i:]).Decomposition(); d != nil {
			for _, dr := range string(d) {
				b = appendFoldRune(b, dr)
			}
		} else {
			b = appendFoldRune(b, r)
		}
		i += size
	}
	return b
}

func appendFoldRune(b []byte, r rune) []byte {
	switch {
	case unicode.Is(unicode.Mn, r):
	case text.IsApostrophe(r):
		b = append(b, '\'')
	case text.IsHyphen(r) || r == '\u2012':
		b = append(b, '-')
	case unicode.IsSpace(r):
		b = append(b, ' ')
	default:
		b = utf8.AppendRune(b, unicode.ToLower(r))
	}
	return b
}

// appendFoldCollapsed appends collapse(fold(s)) to b.
func appendFoldCollapsed(b []byte, s string) []byte {
	b = slices.Grow(b, len(s)+1)
	space := false // a run of white space is pending
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			switch {
			case c == ' ' || '\t' <= c && c <= '\r':
				space = true
			default:
				if space {
					b = append(b, ' ')
					space = false
				}
				if 'A' <= c && c <= 'Z' {
					c += 'a' - 'A'
				}
				b = append(b, c)
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if d := norm.NFKD.PropertiesString(s[i:]).Decomposition(); d != nil {
			for _, dr := range string(d) {
				b, space = appendFoldRuneCollapsed(b, dr, space)
			}
		} else {
			b, space = appendFoldRuneCollapsed(b, r, space)
		}
		i += size
	}
	if space {
		b = append(b, ' ')
	}
	return b
}

// appendFoldRuneCollapsed appends the fold of r to b, given and returning
// whether a run of white space is pending.
func appendFoldRuneCollapsed(b []byte, r rune, space bool) ([]byte, bool) {
	var out rune
	switch {
	case unicode.Is(unicode.Mn, r):
		return b, space
	case text.IsApostrophe(r):
		out = '\''
	case text.IsHyphen(r) || r == '\u2012':
		out = '-'
	case unicode.IsSpace(r):
		return b, true
	default:
		out = unicode.ToLower(r)
		if unicode.IsSpace(out) || out == '\u200b' || out == '\ufeff' {
			return b, true
		}
	}
	if space {
		b = append(b, ' ')
	}
	return utf8.AppendRune(b, out), false
}

// normalizePhrase normalises one literal part of a phrase; "#" is kept (it
// stands for a number) and only the requested ends are trimmed.
func normalizePhrase(s string, trimLeft, trimRight bool) string {
	return hashDigits(trimDecoration(collapse(fold(s)), trimLeft, trimRight, true))
}

// collapse turns every run of white space into one space, keeping a single
// space at either end if there was white space there.
func collapse(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		if unicode.IsSpace(r) || r == '\u200b' || r == '\ufeff' {
			space = true
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(r)
	}
	if space {
		b.WriteByte(' ')
	}
	return b.String()
}

func trimDecoration(s string, left, right, keepHash bool) string {
	dec := func(r rune) bool { return isDecoration(r) && !(keepHash && r == '#') }
	if left {
		s = strings.TrimLeftFunc(s, dec)
	}
	if right {
		s = strings.TrimRightFunc(s, dec)
	}
	return s
}

// hashDigits replaces each number (digits, with inner "." or ",") by "#".
func hashDigits(s string) string {
	if !strings.ContainsAny(s, "0123456789") {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); {
		c := s[i]
		if c < '0' || c > '9' {
			b.WriteByte(c)
			i++
			continue
		}
		for i < len(s) && (isDigit(s[i]) || (s[i] == '.' || s[i] == ',') && i+1 < len(s) && isDigit(s[i+1])) {
			i++
		}
		b.WriteByte('#')
	}
	return b.String()
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }
