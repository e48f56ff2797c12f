package discover

import (
	"slices"
	"testing"
)

// TestFormEncoding checks that forms and spans read back as written,
// including offsets that go backwards and values of several varint bytes.
func TestFormEncoding(t *testing.T) {
	forms := []formOcc{
		{start: 0, end: 4, sent: 0, mid: true},
		{start: 300, end: 70000, sent: 2, fold: 1, given: true},
		{start: 200, end: 205, sent: 1, fold: 1 << 20, mid: true, given: true},
		{start: 1 << 30, end: 1<<30 + 1, sent: 1 << 20},
	}
	var fw formWriter
	var sw spanWriter
	for _, o := range forms {
		fw.add(o)
		sw.add(o.start, o.end)
	}
	f := docForms{enc: append(slices.Clone(fw.b), sw.b...), lowerAt: len(fw.b)}
	var got []formOcc
	r := f.forms()
	for o, ok := r.next(); ok; o, ok = r.next() {
		got = append(got, o)
	}
	if !slices.Equal(got, forms) {
		t.Errorf("forms read back as\n%v\nwant\n%v", got, forms)
	}
	s := f.lower()
	for i := 0; ; i++ {
		start, end, ok := s.next()
		if !ok {
			if i != len(forms) {
				t.Errorf("%d spans read back, want %d", i, len(forms))
			}
			break
		}
		if i >= len(forms) || start != forms[i].start || end != forms[i].end {
			t.Fatalf("span %d read back as %d-%d", i, start, end)
		}
	}
}
