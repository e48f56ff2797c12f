package quote

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/srclint/srclint/rules/article"
	"github.com/srclint/srclint/rules/corpus"
)

// seedCorpus builds a corpus of the five seed articles, each its own source.
func seedCorpus(t testing.TB) *corpus.Corpus {
	t.Helper()
	files, err := filepath.Glob("../../fixtures/seeds/*.txt")
	if err != nil || len(files) == 0 {
		t.Fatalf("no seeds: %v", err)
	}
	var arts []*article.Article
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		a := article.New("fixtures/seeds/"+filepath.Base(f), string(b), nil)
		a.Source = strings.TrimSuffix(filepath.Base(f), ".txt")
		arts = append(arts, a)
	}
	return corpus.New(arts)
}
