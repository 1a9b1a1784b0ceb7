package wordcache

import (
	"strings"
	"sync"
)

const shards = 64

// MaxKeyLen is the length in bytes of the longest word a Cache keeps;
// Put ignores longer ones.
const MaxKeyLen = 64

// Cache maps words to values of type V. The zero Cache is not usable;
// make one with New.
type Cache[V any] struct {
	max    int
	shards [shards]shard[V]
}

type shard[V any] struct {
	mu sync.RWMutex
	m  map[string]V
}

// New returns a Cache holding at most perShard words in each of its 64
// shards.
func New[V any](perShard int) *Cache[V] {
	c := &Cache[V]{max: max(perShard, 1)}
	for i := range c.shards {
		c.shards[i].m = make(map[string]V, min(c.max, 256))
	}
	return c
}

func shardOf(w string) int {
	h := uint32(2166136261) // FNV-1a
	for i := 0; i < len(w); i++ {
		h = (h ^ uint32(w[i])) * 16777619
	}
	return int(h % shards)
}

// Get returns the value stored for w and whether there was one.
func (c *Cache[V]) Get(w string) (V, bool) {
	sh := &c.shards[shardOf(w)]
	sh.mu.RLock()
	v, ok := sh.m[w]
	sh.mu.RUnlock()
	return v, ok
}

// Put stores v for w, unless w is longer than MaxKeyLen.
func (c *Cache[V]) Put(w string, v V) {
	if len(w) > MaxKeyLen {
		return
	}
	sh := &c.shards[shardOf(w)]
	sh.mu.Lock()
	if len(sh.m) >= c.max {
		clear(sh.m)
	}
	sh.m[strings.Clone(w)] = v
	sh.mu.Unlock()
}

// Len returns the number of words held.
func (c *Cache[V]) Len() int {
	n := 0
	for i := range c.shards {
		sh := &c.shards[i]
		sh.mu.RLock()
		n += len(sh.m)
		sh.mu.RUnlock()
	}
	return n
}
