package input_test

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/marsad/marsad/input"
)

// fixturePages returns the HTML fixtures' bytes.
func fixturePages(b *testing.B) [][]byte {
	files, _ := filepath.Glob("testdata/html/*.html")
	var pages [][]byte
	for _, f := range files {
		p, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		pages = append(pages, p)
	}
	return pages
}

func BenchmarkHTML(b *testing.B) {
	pages := fixturePages(b)
	var n int64
	for _, p := range pages {
		n += int64(len(p))
	}
	b.SetBytes(n / int64(len(pages)))
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		if _, err := input.HTMLArticle("x", pages[i%len(pages)], input.HTMLMeta{}, input.Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkWARC streams a WARC of HTML responses and non-HTML records.
func BenchmarkWARC(b *testing.B) {
	pages := fixturePages(b)
	var w bytes.Buffer
	for i := range 200 {
		p := pages[i%len(pages)]
		w.WriteString(warcRecord("response", fmt.Sprintf("https://example.com/%d", i), httpResponse("text/html", string(p)), -1))
		w.WriteString(warcRecord("request", fmt.Sprintf("https://example.com/%d", i), "GET / HTTP/1.1\r\n\r\n", -1))
	}
	data := w.Bytes()
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		n := 0
		for it := range input.Stream(context.Background(), []string{"-"}, bytes.NewReader(data), input.Options{}) {
			if it.Err != nil {
				b.Fatal(it.Err)
			}
			if it.Article != nil {
				n++
			}
		}
		if n != 200 {
			b.Fatalf("got %d articles", n)
		}
	}
}
