package ner

import (
	"strings"
	"sync"
	"sync/atomic"
)

// wordEntry is what tagging needs of one token, computed once: its
// analysis, and the scores its own features add to each tag of a token
// at each of relPositions from it (the word vectors included), so that
// tagging a token sums five rows and looks up its pair features only.
type wordEntry struct {
	w      word
	scores []float32 // len(relPositions) rows of len(tags)
}

// row returns the scores the word adds to the token at relPositions[p]
// from it.
func (e *wordEntry) row(p, nt int) []float32 { return e.scores[p*nt : (p+1)*nt] }

// wordCacheSize bounds the entries a model keeps, about 790 bytes each
// with 17 tags (24 MB in all). News vocabulary is Zipfian: over 4,500
// articles of the corpus (1.5 million tokens, 83,601 distinct), the first
// 30,000 distinct tokens seen make 89% of the tokens hits (50,000: 93%;
// 100,000: 94%).
const wordCacheSize = 30_000

// wordCache maps tokens to their entries, safe for concurrent use. It
// only grows, up to wordCacheSize entries; later tokens are computed
// each time they are tagged.
type wordCache struct {
	m sync.Map // string → *wordEntry
	n atomic.Int64

	once       sync.Once
	start, end *wordEntry
}

// entry returns the entry of token tok, from the cache when c holds it.
func (m *Model) entry(c *wordCache, tok string) *wordEntry {
	if c != nil {
		if e, ok := c.m.Load(tok); ok {
			return e.(*wordEntry)
		}
	}
	keep := c != nil && c.n.Load() < wordCacheSize
	if keep {
		// A token is often a substring of its article, which the cache
		// must not keep alive; the word's forms are substrings of it.
		tok = strings.Clone(tok)
	}
	w := m.analyse(tok)
	e := m.newEntry(&w)
	if keep {
		if _, loaded := c.m.LoadOrStore(tok, e); !loaded {
			c.n.Add(1)
		}
	}
	return e
}

// newEntry computes the scores of word w at each relative position.
func (m *Model) newEntry(w *word) *wordEntry {
	nt := len(m.tags)
	e := &wordEntry{w: *w, scores: make([]float32, len(relPositions)*nt)}
	var fs [64]uint64
	for p := range relPositions {
		row := e.row(p, nt)
		m.score(row, m.wordFeatures(fs[:0], w, p))
		m.wordVecScore(row, w, p)
	}
	return e
}

// wordVecScore adds what the vector of word w adds to the token at
// relPositions[p] from it; see vecScore.
func (m *Model) wordVecScore(row []float32, w *word, p int) {
	if m.vecProj == nil || w.vec == 0 {
		return
	}
	var vp int // vecScore's position: 0 scores the word before, 1 its own, 2 the word after
	switch relPositions[p] {
	case 0:
		vp = 1
	case -1:
		vp = 2
	case 1:
		vp = 0
	default:
		return
	}
	nt := len(row)
	base := (int(w.vec-1)*vecPositions + vp) * nt
	pr := m.vecProj[base : base+nt]
	for t := range row {
		row[t] += pr[t]
	}
}

// boundaries returns the entries of the sentence's start and end, which
// have no token of their own; computed once when c is not nil.
func (c *wordCache) boundaries(m *Model) (start, end *wordEntry) {
	if c == nil {
		return m.newEntry(&sentenceStart), m.newEntry(&sentenceEnd)
	}
	c.once.Do(func() {
		c.start, c.end = m.newEntry(&sentenceStart), m.newEntry(&sentenceEnd)
	})
	return c.start, c.end
}
