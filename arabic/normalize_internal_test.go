package arabic

import (
	"testing"
	"unicode"
)

// TestFoldRune checks the table of the Arabic block against fold itself.
func TestFoldRune(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		m1, c1 := fold(r)
		m2, c2 := foldRune(r)
		if m1 != m2 || c1 != c2 {
			t.Fatalf("foldRune(%U) = %U, %v; fold gives %U, %v", r, m2, c2, m1, c1)
		}
	}
}
