package actor

import (
	"strings"
	"sync"
)

// keyCache remembers tokenKey's answer for the words of recent articles:
// the same few thousand words come back in every article, and tokenKey
// segments and normalises each of them. It is safe for concurrent use;
// a shard that fills is emptied, so its memory stays bounded.
type keyCache [keyShards]keyShard

const (
	keyShards   = 32
	keyShardMax = 2048
	keyMaxLen   = 64 // longer words are not kept
)

type keyShard struct {
	mu sync.RWMutex
	m  map[string]string
}

var keyCacheOfWords = newKeyCache()

func newKeyCache() *keyCache {
	c := new(keyCache)
	for i := range c {
		c[i].m = make(map[string]string, 128)
	}
	return c
}

func keyShardOf(w string) int {
	h := uint32(2166136261)
	for i := 0; i < len(w); i++ {
		h = (h ^ uint32(w[i])) * 16777619
	}
	return int(h % keyShards)
}

// get returns the cached key of w, computing it with f when absent.
func (c *keyCache) get(w string, f func(string) string) string {
	if len(w) > keyMaxLen {
		return f(w)
	}
	sh := &c[keyShardOf(w)]
	sh.mu.RLock()
	k, ok := sh.m[w]
	sh.mu.RUnlock()
	if ok {
		return k
	}
	k = f(w)
	sh.mu.Lock()
	if len(sh.m) >= keyShardMax {
		clear(sh.m)
	}
	sh.m[strings.Clone(w)] = k // a clone: w may pin a whole article
	sh.mu.Unlock()
	return k
}
