package claim

import (
	"fmt"
	"reflect"
	"slices"
	"testing"

	"github.com/srclint/srclint/internal/gencorpus"
	"github.com/srclint/srclint/rules/article"
	"github.com/srclint/srclint/rules/corpus"
	"github.com/srclint/srclint/rules/sentence"
)

// generated returns n generated articles, parsed as the loader does.
func generated(tb testing.TB, n int) []*article.Article {
	tb.Helper()
	opts := gencorpus.DefaultOptions()
	opts.Articles = n
	arts, _, err := gencorpus.Articles(opts, nil)
	if err != nil {
		tb.Fatal(err)
	}
	return arts
}

// TestKeptAcrossArticles checks that what a scratch keeps from article
// to article (keys, names) changes no extraction: each article extracted
// after the others, in reverse order, equals it extracted after a forget.
func TestKeptAcrossArticles(t *testing.T) {
	docs := corpus.New(generated(t, 60)).Docs
	forget := func() {
		s := scratchPool.Get().(*scratch)
		s.forget()
		scratchPool.Put(s)
	}
	fresh := make([]*extraction, len(docs))
	for i, d := range docs {
		forget()
		s := sentence.Sentences.Of(d)
		fresh[i] = extract(d.Text, s, SentenceWords(d, s))
	}
	for i := len(docs) - 1; i >= 0; i-- {
		d := docs[i]
		s := sentence.Sentences.Of(d)
		if got := extract(d.Text, s, SentenceWords(d, s)); !reflect.DeepEqual(got, fresh[i]) {
			t.Errorf("article %d: extraction after other articles differs", i)
		}
	}
}

// TestSortDocKeys checks both ways sortDocKeys sorts: by packed prefixes
// (with ties of six bytes) and, past 1<<16 keys, by comparing keys.
func TestSortDocKeys(t *testing.T) {
	for _, n := range []int{300, 1<<16 + 10} {
		s := &scratch{}
		var want []string
		for i := range n {
			k := fmt.Sprintf("t:%c%c%c%d", 'z'-i%7, 'a'+i%3, 'q'-i%5, n-i)
			if i%5 == 0 {
				k = k[:3+i%4]
			}
			id := s.keys.key([]byte(k))
			if int(id) < len(s.used) {
				continue // a repeat
			}
			s.used = append(s.used, i%3 != 1)
			if i%3 != 1 {
				want = append(want, k)
			}
		}
		slices.Sort(want)
		var got []string
		for _, id := range s.sortDocKeys() {
			got = append(got, string(s.keys.bytes(id)))
		}
		if !slices.Equal(got, want) {
			t.Errorf("%d keys: not sorted", n)
		}
	}
}
