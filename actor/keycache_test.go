package actor

import (
	"fmt"
	"strings"
	"sync"
	"testing"
)

func TestKeyCache(t *testing.T) {
	words := []string{"وروسيا", "بالأمم", "للجيش", "إرنا", "الأعلام", "وزير", "Reuters", strings.Repeat("ب", 40)}
	c := newKeyCache()
	for _, w := range words {
		want := computeTokenKey(w)
		for i := range 2 { // a miss, then a hit
			if got := c.get(w, computeTokenKey); got != want {
				t.Errorf("get(%q) #%d = %q, want %q", w, i, got, want)
			}
		}
	}
	// More distinct words than the cache holds: every answer stays right.
	var wg sync.WaitGroup
	for g := range 4 {
		wg.Go(func() {
			for i := range keyShards * keyShardMax * 2 / 4 {
				w := fmt.Sprintf("وكتاب%d_%d", g, i)
				if got, want := c.get(w, computeTokenKey), computeTokenKey(w); got != want {
					t.Errorf("get(%q) = %q, want %q", w, got, want)
					return
				}
			}
		})
	}
	wg.Wait()
	for i := range c {
		if n := len(c[i].m); n > keyShardMax {
			t.Errorf("shard %d holds %d keys, more than %d", i, n, keyShardMax)
		}
	}
}

func BenchmarkTokenKey(b *testing.B) {
	words := strings.Fields("وقال وزير الخارجية الروسي سيرغي لافروف في مؤتمر صحفي بموسكو إن بلاده لن تسمح بالاعتداء على سوريا والأمم المتحدة")
	b.Run("cached", func(b *testing.B) {
		b.ReportAllocs()
		for i := 0; b.Loop(); i++ {
			tokenKey(words[i%len(words)])
		}
	})
	b.Run("uncached", func(b *testing.B) {
		b.ReportAllocs()
		for i := 0; b.Loop(); i++ {
			computeTokenKey(words[i%len(words)])
		}
	})
}
