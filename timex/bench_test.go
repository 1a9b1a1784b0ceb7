package timex_test

import (
	"testing"

	"github.com/marsad/marsad/examples"
	"github.com/marsad/marsad/timex"
)

// BenchmarkFind measures the time finder over the team's sample articles;
// bytes/s is article body per second.
func BenchmarkFind(b *testing.B) {
	arts, err := examples.Articles()
	if err != nil {
		b.Fatal(err)
	}
	var n int64
	for _, a := range arts {
		n += int64(len(a.Body))
	}
	b.SetBytes(n)
	b.ReportAllocs()
	for b.Loop() {
		for _, a := range arts {
			timex.Find(string(a.Body), a.Published)
		}
	}
}
