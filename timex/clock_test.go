package timex

import "testing"

func TestClockParts(t *testing.T) {
	tests := []struct {
		name string
		in   string
		h, m int
	}{
		{"colon", "15:30", 15, 30},
		{"one-digit hour", "9:05", 9, 5},
		{"dot", "04.00", 4, 0},
		{"comma", "13,00", 13, 0},
		{"no hour", ":30", -1, -1},
		{"letters", "ab:cd", -1, -1},
		{"minutes not digits", "15:3x", -1, -1},
		{"too short", "30", -1, -1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if h, m := clockParts(tt.in); h != tt.h || m != tt.m {
				t.Errorf("clockParts(%q) = %d, %d; want %d, %d", tt.in, h, m, tt.h, tt.m)
			}
		})
	}
}
