package actor

import (
	"strings"
	"testing"
)

func TestTokenKeyCached(t *testing.T) {
	words := []string{"وروسيا", "بالأمم", "للجيش", "إرنا", "الأعلام", "وزير", "Reuters", strings.Repeat("ب", 40)}
	for _, w := range words {
		want := computeTokenKey(w)
		for i := range 2 { // a miss, then a hit
			if got := tokenKey(w); got != want {
				t.Errorf("tokenKey(%q) #%d = %q, want %q", w, i, got, want)
			}
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
