package sqlite

import (
	"sort"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/marsad/marsad"
	"github.com/marsad/marsad/fulltext"
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
	size                                int    // of the whole text, in bytes
	// Where every markEvery-th word of a longer text begins
	// (fulltext.WordMarks): a snippet beyond the prefix is cut from a
	// part of the text that begins at the mark before it.
	marks []uint32
}

// markEvery is how many words apart the marks of a long text are.
const markEvery = 32

// deepPart is how many bytes of the text a snippet beyond the prefix
// reads from its mark: enough for markEvery words and a window after
// them (about 50 words of 13 bytes) in all but texts of very long words,
// which are then read whole.
const deepPart = 1536

// newHead returns the head of an article; it copies the prefix so that
// the whole text is not kept alive.
func newHead(id, title, outlet, published, dupOf, text string) head {
	cut, n := 0, 0
	for cut < len(text) && n < snippetPrefix {
		_, sz := utf8.DecodeRuneInString(text[cut:])
		cut += sz
		n++
	}
	h := head{
		id: id, title: title, outlet: outlet, published: published, dupOf: dupOf,
		text: strings.Clone(text[:cut]), whole: cut == len(text), size: len(text),
	}
	if !h.whole {
		h.marks = fulltext.WordMarks(text, markEvery)
	}
	return h
}

// deep returns where in the text to read a snippet whose first query
// word is word number at, and that word's number from there; ok is false
// when the snippet is best cut from the whole text.
func (r head) deep(at, window int) (offset, from int, ok bool) {
	m := (at-window)/markEvery - 1 // the last mark window words or more before at
	if at < 0 || m < 0 || len(r.marks) == 0 {
		return 0, 0, false
	}
	m = min(m, len(r.marks)-1)
	return int(r.marks[m]), at - (m+1)*markEvery, true
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
