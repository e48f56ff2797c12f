package claim

import "hash/maphash"

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
func (in *interner) intern(k []byte) (id int32, added bool) {
	if len(in.tab) == 0 || 2*in.len() >= len(in.tab) {
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

// hashSeed seeds hash. The seed only decides where strings sit in an
// interner's table, never their ids, which follow the order they come in.
var hashSeed = maphash.MakeSeed()

// hash hashes k for an interner's table.
func hash(k []byte) uint32 { return uint32(maphash.Bytes(hashSeed, k)) }

// keyTable numbers an article's distinct keys 0, 1, 2... in the order
// they come. The key strings themselves are interned once for all the
// articles a scratch extracts (until forget), so a key that comes again in
// a later article is neither copied nor filed again.
type keyTable struct {
	all   interner
	art   []int32 // art[id] is the id in all of the article's key id
	local []int32 // local[a] is 1 + the article's id of key a of all, or 0
}

// key returns the article's id of key k.
func (t *keyTable) key(k []byte) int32 {
	a, _ := t.all.intern(k)
	return t.id(a)
}

// id returns the article's id of key a of all.
func (t *keyTable) id(a int32) int32 {
	if n := len(t.local); int(a) >= n {
		t.local = append(t.local, make([]int32, t.all.len()-n)...)
	}
	if l := t.local[a]; l > 0 {
		return l - 1
	}
	t.art = append(t.art, a)
	t.local[a] = int32(len(t.art))
	return int32(len(t.art) - 1)
}

// bytes returns the article's key id.
func (t *keyTable) bytes(id int32) []byte { return t.all.bytes(t.art[id]) }

// len returns the number of the article's keys.
func (t *keyTable) len() int { return len(t.art) }

// next forgets the article's numbering, keeping the keys.
func (t *keyTable) next() {
	for _, a := range t.art {
		t.local[a] = 0
	}
	t.art = t.art[:0]
}

// forget forgets every key.
func (t *keyTable) forget() {
	t.next()
	t.all.reset()
}
