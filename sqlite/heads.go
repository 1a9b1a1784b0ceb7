package sqlite

import (
	"sort"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/marsad/marsad"
)

// heads keeps, beside the in-memory index, what a search hit shows of
// each indexed article: its id, title, outlet, date, duplicate link and
// the first snippetPrefix characters of its text. A page of hits then
// needs the database only for a snippet that lies beyond the prefix.
// Articles are added in increasing key order, as to the index; the
// memory is about one kilobyte per article.
type heads struct {
	mu   sync.RWMutex
	keys []int64 // ascending
	rows []head  // beside keys
}

type head struct {
	id, title, outlet, published, dupOf string
	text                                string // the first snippetPrefix characters
	whole                               bool   // text is all of it
}

// newHead returns the head of an article; it copies the prefix so that
// the whole text is not kept alive.
func newHead(id, title, outlet, published, dupOf, text string) head {
	cut, n := 0, 0
	for cut < len(text) && n < snippetPrefix {
		_, sz := utf8.DecodeRuneInString(text[cut:])
		cut += sz
		n++
	}
	return head{
		id: id, title: title, outlet: outlet, published: published, dupOf: dupOf,
		text: strings.Clone(text[:cut]), whole: cut == len(text),
	}
}

// add appends the heads of articles with keys above the last one held.
func (h *heads) add(keys []int64, rows []head) {
	h.mu.Lock()
	defer h.mu.Unlock()
	for i, k := range keys {
		if n := len(h.keys); n > 0 && k <= h.keys[n-1] {
			continue
		}
		h.keys = append(h.keys, k)
		h.rows = append(h.rows, rows[i])
	}
}

// get returns the head of the article with the key.
func (h *heads) get(key int64) (head, bool) {
	h.mu.RLock()
	defer h.mu.RUnlock()
	i := sort.Search(len(h.keys), func(i int) bool { return h.keys[i] >= key })
	if i == len(h.keys) || h.keys[i] != key {
		return head{}, false
	}
	return h.rows[i], true
}

// hit returns the hit the head shows, without its score and snippet.
func (r head) hit() marsad.Hit {
	return marsad.Hit{ID: r.id, Title: r.title, Outlet: r.outlet, Published: r.published, DupOf: r.dupOf}
}
