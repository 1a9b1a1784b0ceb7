package main

import "testing"

func TestGigawordDate(t *testing.T) {
	tests := []struct{ name, id, want string }{
		{"an Asharq Al-Awsat sentence", "AAW_ARB_20080305.0072-11", "2008-03-05"},
		{"a hashed id", "e6874d82b9c4d0106356e6aa282cb0558dc82d2c_53", ""},
		{"no dot after the date", "AAW_ARB_20080305", ""},
		{"empty", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := gigawordDate(tt.id); got != tt.want {
				t.Errorf("gigawordDate(%q) = %q, want %q", tt.id, got, tt.want)
			}
		})
	}
}
