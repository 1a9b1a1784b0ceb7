package ner

// featIndex maps feature hashes to weight rows, numbered 0, 1, 2... in the
// order the features were added. It is an open-addressing table with
// linear probing, at most three quarters full: scoring looks up some thirty features
// per token, most of them absent from the model, and a probe here reads
// one cache line where a Go map reads two or three.
//
// It is not safe for concurrent writes; lookups may run concurrently.
type featIndex struct {
	slots []featSlot // a power of two, or none
	n     int
}

// featSlot is one entry; row is the weight row plus one, 0 when empty.
type featSlot struct {
	key uint64
	row int32
}

// newFeatIndex returns an index with room for n features without growing.
func newFeatIndex(n int) *featIndex {
	size := 16
	for 3*size < 4*n {
		size *= 2
	}
	return &featIndex{slots: make([]featSlot, size)}
}

// home is the first slot to probe for k. Feature hashes are FNV-1a, whose
// low bits are poorly mixed; the Fibonacci multiplier spreads them.
func (x *featIndex) home(k uint64) int {
	return int((k * 0x9E3779B97F4A7C15) >> 32 & uint64(len(x.slots)-1))
}

// get returns the row of feature k.
func (x *featIndex) get(k uint64) (int32, bool) {
	if x.n == 0 {
		return 0, false
	}
	mask := len(x.slots) - 1
	for i := x.home(k); ; i = (i + 1) & mask {
		s := &x.slots[i]
		if s.row == 0 {
			return 0, false
		}
		if s.key == k {
			return s.row - 1, true
		}
	}
}

// row returns the row of feature k, which must be in the index.
func (x *featIndex) row(k uint64) int {
	r, _ := x.get(k)
	return int(r)
}

// add gives feature k the next row unless it has one, and returns its row.
func (x *featIndex) add(k uint64) int32 {
	if r, ok := x.get(k); ok {
		return r
	}
	if 4*(x.n+1) > 3*len(x.slots) {
		x.grow()
	}
	r := int32(x.n)
	x.insert(k, r)
	x.n++
	return r
}

// insert puts k with row r in its first free slot.
func (x *featIndex) insert(k uint64, r int32) {
	mask := len(x.slots) - 1
	i := x.home(k)
	for x.slots[i].row != 0 {
		i = (i + 1) & mask
	}
	x.slots[i] = featSlot{key: k, row: r + 1}
}

// grow doubles the table.
func (x *featIndex) grow() {
	old := x.slots
	x.slots = make([]featSlot, max(16, 2*len(old)))
	for _, s := range old {
		if s.row != 0 {
			x.insert(s.key, s.row-1)
		}
	}
}

// len returns the number of features.
func (x *featIndex) len() int { return x.n }

// keys returns the features in row order.
func (x *featIndex) keys() []uint64 {
	keys := make([]uint64, x.n)
	for _, s := range x.slots {
		if s.row != 0 {
			keys[s.row-1] = s.key
		}
	}
	return keys
}
