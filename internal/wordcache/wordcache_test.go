package wordcache

import (
	"fmt"
	"strings"
	"sync"
	"testing"
)

func TestCache(t *testing.T) {
	tests := []struct {
		name string
		word string
		keep bool
	}{
		{"word", "وزير", true},
		{"empty", "", true},
		{"longest kept", strings.Repeat("a", MaxKeyLen), true},
		{"too long", strings.Repeat("a", MaxKeyLen+1), false},
	}
	c := New[int](16)
	for i, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if _, ok := c.Get(tt.word); ok {
				t.Fatalf("Get(%q) found a value before Put", tt.word)
			}
			c.Put(tt.word, i)
			v, ok := c.Get(tt.word)
			if ok != tt.keep || ok && v != i {
				t.Errorf("Get(%q) = %d, %v; want %d, %v", tt.word, v, ok, i, tt.keep)
			}
		})
	}
}

func TestCacheBounded(t *testing.T) {
	const perShard = 8
	c := New[string](perShard)
	var wg sync.WaitGroup
	for g := range 4 {
		wg.Go(func() {
			for i := range 1000 {
				w := fmt.Sprintf("w%d_%d", g, i)
				c.Put(w, w)
				if v, ok := c.Get(w); ok && v != w {
					t.Errorf("Get(%q) = %q", w, v)
					return
				}
			}
		})
	}
	wg.Wait()
	if n := c.Len(); n == 0 || n > perShard*shards {
		t.Errorf("Len() = %d, want between 1 and %d", n, perShard*shards)
	}
}

func ExampleCache() {
	lengths := New[int](1024)
	lengths.Put("وروسيا", 1)
	v, ok := lengths.Get("وروسيا")
	fmt.Println(v, ok)
	_, ok = lengths.Get("موسكو")
	fmt.Println(ok)
	// Output:
	// 1 true
	// false
}
