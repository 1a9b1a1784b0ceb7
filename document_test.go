package marsad_test

import (
	"testing"

	"github.com/marsad/marsad"
)

func TestIndex(t *testing.T) {
	tests := []struct {
		name string
		text string
		// pairs of (code point, byte)
		pairs [][2]int
	}{
		{"empty", "", [][2]int{{0, 0}}},
		{"ascii", "abc", [][2]int{{0, 0}, {2, 2}, {3, 3}}},
		{"arabic", "سلام", [][2]int{{0, 0}, {1, 2}, {4, 8}}},
		{"mixed", "a سb", [][2]int{{0, 0}, {2, 2}, {3, 4}, {4, 5}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := marsad.NewIndex(tt.text)
			for _, p := range tt.pairs {
				if got := x.Byte(p[0]); got != p[1] {
					t.Errorf("Byte(%d) = %d, want %d", p[0], got, p[1])
				}
				if got := x.Rune(p[1]); got != p[0] {
					t.Errorf("Rune(%d) = %d, want %d", p[1], got, p[0])
				}
			}
		})
	}
}

func TestDocumentSlice(t *testing.T) {
	d := marsad.NewDocument("قال لافروف إن")
	if got := d.Slice(marsad.Span{Start: 4, End: 10}); got != "لافروف" {
		t.Errorf("Slice = %q, want لافروف", got)
	}
	if sp := d.SpanOf(7, 19); sp != (marsad.Span{Start: 4, End: 10}) {
		t.Errorf("SpanOf(7,19) = %v", sp)
	}
	if d.Entities == nil || d.Quotes == nil || d.Times == nil || d.Events == nil || d.Warnings == nil {
		t.Error("NewDocument must create empty, non-nil lists")
	}
}

func TestErrorCode(t *testing.T) {
	err := marsad.Errorf(marsad.ENOTFOUND, "no article %s", "x")
	if marsad.ErrorCode(err) != marsad.ENOTFOUND || marsad.ErrorMessage(err) != "no article x" {
		t.Errorf("got %q %q", marsad.ErrorCode(err), marsad.ErrorMessage(err))
	}
	if marsad.ErrorCode(nil) != "" {
		t.Error("nil error has a code")
	}
}
