package arabic

import (
	"strings"
	"testing"
)

func TestConjunctionBeforeDerivedVerb(t *testing.T) {
	tests := []struct {
		name string
		word string
		want string // pieces joined by +
	}{
		{"rare form X verb after wa", "واستهجنت", "و+استهجنت"},
		{"form X verb after fa", "فاستقبلها", "ف+استقبل+ها"},
		{"form X verbal noun", "واستحلال", "و+استحلال"},
		{"hamza form IV verb", "وأبرمت", "و+أبرمت"},
		{"hamza verb with plural ending", "وأضافوا", "و+أضافوا"},
		{"hamza verb after fa", "فأرداه", "ف+أردا+ه"},
		{"hamza preposition not governor", "وإلى", "و+إلى"},
		{"hamza numeral", "وأحد", "و+أحد"},
		{"minister stays whole", "وزير", "وزير"},
		{"name stays whole", "وليد", "وليد"},
		{"state stays whole", "ولاية", "ولاية"},
		{"city stays whole", "واشنطن", "واشنطن"},
		{"delegation stays whole", "وفد", "وفد"},
		{"imports stays whole", "واردات", "واردات"},
		{"governor stays whole", "والي", "والي"},
		{"mouse stays whole", "فأرة", "فأرة"},
		{"foreign name with fa", "فانكوفر", "فانكوفر"},
		{"app name", "واتساب", "واتساب"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := strings.Join(Words(tc.word), "+"); got != tc.want {
				t.Errorf("Words(%q) = %q, want %q", tc.word, got, tc.want)
			}
		})
	}
}
