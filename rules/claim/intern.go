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
