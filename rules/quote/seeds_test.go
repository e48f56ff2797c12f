package quote

import (
	"strings"
	"testing"

	"github.com/srclint/srclint/internal/seedtest"
	"github.com/srclint/srclint/rules/article"
	"github.com/srclint/srclint/rules/corpus"
)

// seedCorpus builds a corpus of the five seed articles, each its own source.
func seedCorpus(t testing.TB) *corpus.Corpus {
	t.Helper()
	var arts []*article.Article
	for _, s := range seedtest.Read(t) {
		a := article.New("fixtures/seeds/"+s.Name, s.Text, nil)
		a.Source = strings.TrimSuffix(s.Name, ".txt")
		arts = append(arts, a)
	}
	return corpus.New(arts)
}
