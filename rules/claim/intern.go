package claim

// interner numbers distinct byte strings without allocating a string for
// each: the bytes go to one arena and an open-addressing table finds them.
// An extraction's scratch interns its keys and names in interners and makes
// strings of them once, at the end.
type interner struct {
	b   []byte  // the strings, one after the other
	off []int32 // off[id] and off[id+1] delimit string id in b
	tab []int32 // id+1 by hash, 0 for an empty slot; a power of two long
}

// reset forgets every string, keeping the buffers.
func (in *interner) reset() {
	in.b = in.b[:0]
	in.off = append(in.off[:0], 0)
	clear(in.tab)
}

// len returns the number of distinct strings.
func (in *interner) len() int { return len(in.off) - 1 }

// bytes returns string id.
func (in *interner) bytes(id int32) []byte { return in.b[in.off[id]:in.off[id+1]] }

// intern returns the id of k, numbering it when it is new.
func intern[S ~string | ~[]byte](in *interner, k S) (id int32, added bool) {
	if 2*in.len() >= len(in.tab) {
		in.grow()
	}
	mask := uint32(len(in.tab) - 1)
	for i := hash(k) & mask; ; i = (i + 1) & mask {
		e := in.tab[i]
		if e == 0 {
			id = int32(in.len())
			in.b = append(in.b, k...)
			in.off = append(in.off, int32(len(in.b)))
			in.tab[i] = id + 1
			return id, true
		}
		if string(in.bytes(e-1)) == string(k) {
			return e - 1, false
		}
	}
}

// grow doubles the table and files every string again.
func (in *interner) grow() {
	if len(in.off) == 0 {
		in.off = append(in.off, 0)
	}
	in.tab = make([]int32, max(64, 2*len(in.tab)))
	mask := uint32(len(in.tab) - 1)
	for id := range int32(in.len()) {
		i := hash(in.bytes(id)) & mask
		for in.tab[i] != 0 {
			i = (i + 1) & mask
		}
		in.tab[i] = id + 1
	}
}

// hash is 32-bit FNV-1a.
func hash[S ~string | ~[]byte](k S) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(k); i++ {
		h ^= uint32(k[i])
		h *= 16777619
	}
	return h
}

// wordTable is a read-only open-addressing table of word classes, faster
// to probe than a map for the few hundred words of classes.
type wordTable struct {
	words   []string
	classes []uint32
	maxLen  int
}

// classTable holds classes.
var classTable = newWordTable(classes)

func newWordTable(m map[string]uint32) *wordTable {
	n := 64
	for n < 4*len(m) {
		n *= 2
	}
	t := &wordTable{words: make([]string, n), classes: make([]uint32, n)}
	for w, c := range m {
		if w == "" || c == 0 {
			continue // "" marks an empty slot; class 0 is the default
		}
		i := hash(w) & uint32(n-1)
		for t.words[i] != "" {
			i = (i + 1) & uint32(n-1)
		}
		t.words[i], t.classes[i] = w, c
		t.maxLen = max(t.maxLen, len(w))
	}
	return t
}

// of returns the class of w, 0 for words without one.
func (t *wordTable) of(w string) uint32 {
	if len(w) > t.maxLen || w == "" {
		return 0
	}
	mask := uint32(len(t.words) - 1)
	for i := hash(w) & mask; ; i = (i + 1) & mask {
		switch t.words[i] {
		case w:
			return t.classes[i]
		case "":
			return 0
		}
	}
}
