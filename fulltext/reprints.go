package fulltext

import "sync"

// Original is an article that reprints are linked to, by its SimHash.
type Original struct {
	ID   string
	Hash uint64
}

// Reprints holds the SimHash of every original article of a store, to
// find which earlier article a new one reprints. It is safe for
// concurrent use.
type Reprints struct {
	mu        sync.Mutex
	originals []Original
}

// Add records originals after their batch is stored.
func (r *Reprints) Add(o ...Original) {
	r.mu.Lock()
	r.originals = append(r.originals, o...)
	r.mu.Unlock()
}

// Of returns the ID of the first original within MaxDupBits of h, looking
// first at pending (originals of the batch being stored, not yet added),
// or "" when h is no reprint.
func (r *Reprints) Of(h uint64, pending []Original) string {
	for _, o := range pending {
		if Near(o.Hash, h) {
			return o.ID
		}
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	for _, o := range r.originals {
		if Near(o.Hash, h) {
			return o.ID
		}
	}
	return ""
}
