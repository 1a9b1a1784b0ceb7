package fulltext

import (
	"hash/maphash"
	"strings"
	"sync"

	"github.com/marsad/marsad/arabic"
)

// termCache remembers the search term of words that snippets analyse:
// news vocabulary repeats, and looking a word up costs less than
// segmenting, normalising and stemming it again.
type termCache struct {
	seed   maphash.Seed
	shards [64]struct {
		sync.RWMutex
		m map[string]string
	}
}

// termCacheShardMax bounds each shard; a full shard starts again empty.
const termCacheShardMax = 4096

var wordTerms = &termCache{seed: maphash.MakeSeed()}

// term is arabic.Term through the cache.
func (c *termCache) term(w, kind string) (string, bool) {
	if len(w) > 64 {
		return arabic.Term(w, kind)
	}
	sh := &c.shards[maphash.String(c.seed, w)%uint64(len(c.shards))]
	sh.RLock()
	t, ok := sh.m[w]
	sh.RUnlock()
	if ok {
		return t, t != ""
	}
	t, ok = arabic.Term(w, kind)
	sh.Lock()
	if sh.m == nil || len(sh.m) >= termCacheShardMax {
		sh.m = make(map[string]string, 256)
	}
	sh.m[strings.Clone(w)] = t // a clone: w may pin a whole article
	sh.Unlock()
	return t, ok
}
