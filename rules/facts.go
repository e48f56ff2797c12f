package rules

import (
	"fmt"

	"github.com/srclint/srclint/internal/workers"
	"github.com/srclint/srclint/rules/boilerplate"
	"github.com/srclint/srclint/rules/claim"
	"github.com/srclint/srclint/rules/config"
	"github.com/srclint/srclint/rules/corpus"
	"github.com/srclint/srclint/rules/discover"
	"github.com/srclint/srclint/rules/mention"
	"github.com/srclint/srclint/rules/quote"
	"github.com/srclint/srclint/rules/story"
)

// factReader is implemented by rules that read per-article facts. The
// engine extracts them for every article on all workers before any rule
// runs, then seals the article (drops its transient word lists), so that
// rules and the corpus-wide indexes they build find the facts ready.
type factReader interface {
	Facts(c *corpus.Corpus, cfg *config.Config) []corpus.Fact
}

// Stories and provenance read the claims and content words of every
// article, and whether it names another's outlet; most cross-article rules
// build on them.
func storyFacts() []corpus.Fact {
	return []corpus.Fact{claim.Claims, claim.WordFilter, story.SentenceWords}
}

func (variantRule) Facts(c *corpus.Corpus, cfg *config.Config) []corpus.Fact {
	facts := []corpus.Fact{mention.People}
	var settings any
	if rc := cfg.Rules[variantRule{}.Meta().ID]; rc != nil {
		settings = rc.Settings
	}
	if variantSettings(settings).Discover {
		facts = append(facts, discover.Fact)
	}
	if len(cfg.Variants) > 0 {
		facts = append(facts, variantMatches.For(variantTables.Of(c, cfg)))
	}
	return facts
}
func (nameMismatchRule) Facts(*corpus.Corpus, *config.Config) []corpus.Fact {
	return []corpus.Fact{mention.People}
}
func (boilerplateRule) Facts(*corpus.Corpus, *config.Config) []corpus.Fact {
	return boilerplate.Facts()
}
func (claimUnsupportedRule) Facts(*corpus.Corpus, *config.Config) []corpus.Fact {
	return append(boilerplate.Facts(), storyFacts()...)
}
func (numberMismatchRule) Facts(*corpus.Corpus, *config.Config) []corpus.Fact   { return storyFacts() }
func (unattributedCopyRule) Facts(*corpus.Corpus, *config.Config) []corpus.Fact { return storyFacts() }
func (quoteAlteredRule) Facts(*corpus.Corpus, *config.Config) []corpus.Fact {
	return append([]corpus.Fact{quote.MatchFact}, storyFacts()...)
}
func (quoteUnverifiedRule) Facts(*corpus.Corpus, *config.Config) []corpus.Fact {
	return []corpus.Fact{quote.MatchFact}
}
func (quoteUnbalancedRule) Facts(*corpus.Corpus, *config.Config) []corpus.Fact {
	return []corpus.Fact{quote.Quotes}
}

// extract computes the facts the rules read for every document, jobs
// documents at a time, and seals each document when its facts are in. An
// extractor that panics fails the run with an internal error naming the
// first such document.
func extract(c *corpus.Corpus, cfg *config.Config, enabled []Rule, jobs int) error {
	var facts []corpus.Fact
	seen := map[corpus.Fact]bool{}
	for _, r := range enabled {
		fr, ok := r.(factReader)
		if !ok {
			continue
		}
		for _, f := range fr.Facts(c, cfg) {
			if !seen[f] {
				seen[f] = true
				facts = append(facts, f)
			}
		}
	}
	failed := make([]any, len(c.Docs))
	warm := func(d *corpus.Doc) {
		defer func() {
			if v := recover(); v != nil {
				failed[d.Index] = v
			}
		}()
		for _, f := range facts {
			f.Warm(d)
		}
		d.Seal()
	}
	workers.For(len(c.Docs), jobs, func(i int) { warm(c.Docs[i]) })
	for i, v := range failed {
		if v != nil {
			return fmt.Errorf("internal error (please report) extracting facts of %s: %v", c.Docs[i].Path, v)
		}
	}
	return nil
}
