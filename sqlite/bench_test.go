package sqlite_test

import (
	"context"
	"fmt"
	"math/rand/v2"
	"path/filepath"
	"strings"
	"testing"

	"github.com/marsad/marsad"
	"github.com/marsad/marsad/sqlite"
)

// BenchmarkSearch compares the two ways the store answers a plain query,
// FTS5 and the in-memory index, on 5,000 synthetic articles whose words
// follow a Zipf law; each search counts facets and cuts 20 snippets.
func BenchmarkSearch(b *testing.B) {
	ctx := context.Background()
	path := filepath.Join(b.TempDir(), "bench.db")
	s, err := sqlite.Open(ctx, path)
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	rng := rand.New(rand.NewPCG(3, 4))
	zipf := rand.NewZipf(rng, 1.1, 1, 20000)
	// Arabic-looking words: a stem of letters from the number.
	letters := []rune("بتثجحخدذرزسشصضطظعغفقكلمنهوي")
	word := func(n uint64) string {
		var w []rune
		for n++; n > 0; n /= uint64(len(letters)) {
			w = append(w, letters[n%uint64(len(letters))])
		}
		for len(w) < 3 {
			w = append(w, 'ر')
		}
		return string(w)
	}
	var docs []*marsad.Document
	for i := range 5000 {
		ws := make([]string, 250)
		for k := range ws {
			ws[k] = word(zipf.Uint64())
		}
		d := marsad.NewDocument(strings.Join(ws, " "))
		d.Title, d.Outlet, d.Published = ws[0]+" "+ws[1], fmt.Sprintf("صحيفة %d", i%5), "2024-01-01"
		docs = append(docs, d)
	}
	for i := 0; i < len(docs); i += 500 {
		if _, err := s.PutDocuments(ctx, docs[i:i+500]); err != nil {
			b.Fatal(err)
		}
	}
	queries := []string{word(0), word(2), word(20), word(200), word(2000), word(1) + " " + word(30)}
	run := func(b *testing.B, s *sqlite.DB) {
		b.ReportAllocs()
		for i := 0; b.Loop(); i++ {
			if _, err := s.Search(ctx, marsad.SearchQuery{Q: queries[i%len(queries)], Filter: marsad.Filter{Limit: 20}}); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.Run("fts5", func(b *testing.B) { run(b, s) })
	warm, err := sqlite.Open(ctx, path)
	if err != nil {
		b.Fatal(err)
	}
	defer warm.Close()
	if err := warm.Warm(ctx); err != nil {
		b.Fatal(err)
	}
	b.Run("index", func(b *testing.B) { run(b, warm) })
}
