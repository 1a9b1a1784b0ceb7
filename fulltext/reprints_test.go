package fulltext_test

import (
	"testing"

	"github.com/marsad/marsad/fulltext"
)

func TestReprints(t *testing.T) {
	var r fulltext.Reprints
	const a = 0x0f0f_0f0f_0f0f_0f0f
	r.Add(fulltext.Original{ID: "a", Hash: a})
	pending := []fulltext.Original{{ID: "p", Hash: 0xffff_0000_ffff_0000}}
	tests := []struct {
		name string
		h    uint64
		want string
	}{
		{"same hash", a, "a"},
		{"a few bits apart", a ^ 0b10101, "a"},
		{"at the limit", a ^ (1<<fulltext.MaxDupBits - 1), "a"},
		{"one bit beyond", a ^ (1<<(fulltext.MaxDupBits+1) - 1), ""},
		{"pending first", 0xffff_0000_ffff_0001, "p"},
		{"no hash", 0, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := r.Of(tt.h, pending); got != tt.want {
				t.Errorf("Of(%x) = %q, want %q", tt.h, got, tt.want)
			}
		})
	}
}
