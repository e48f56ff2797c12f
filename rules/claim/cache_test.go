package claim

import (
	"reflect"
	"testing"

	"github.com/srclint/srclint/internal/gencorpus"
	"github.com/srclint/srclint/rules/corpus"
	"github.com/srclint/srclint/rules/sentence"
)

// TestKeptAcrossArticles checks that what a scratch keeps from article
// to article (keys, names) changes no extraction: each article extracted
// after the others, in reverse order, equals it extracted after a forget.
func TestKeptAcrossArticles(t *testing.T) {
	opts := gencorpus.DefaultOptions()
	opts.Articles = 60
	arts, _, err := gencorpus.Articles(opts, nil)
	if err != nil {
		t.Fatal(err)
	}
	c := corpus.New(arts)
	forget := func() {
		s := scratchPool.Get().(*scratch)
		s.forget()
		scratchPool.Put(s)
	}
	fresh := make([]*extraction, len(c.Docs))
	for i, d := range c.Docs {
		forget()
		s := sentence.Sentences.Of(d)
		fresh[i] = extract(d.Text, s, SentenceWords(d, s))
	}
	for i := len(c.Docs) - 1; i >= 0; i-- {
		d := c.Docs[i]
		s := sentence.Sentences.Of(d)
		if got := extract(d.Text, s, SentenceWords(d, s)); !reflect.DeepEqual(got, fresh[i]) {
			t.Errorf("article %d: extraction after other articles differs", i)
		}
	}
}
