//go:build ignore

// gen_freq counts the normalised Arabic word forms of a news corpus and
// writes the frequent ones, with their counts, to data/freq.txt.gz: the
// statistics that drive clitic segmentation. Run from the repository root:
//
//	go run arabic/gen_freq.go -min 3 -out arabic/data/freq.txt.gz ../shared/data/corpus
package main

import (
	"compress/gzip"
	"context"
	"flag"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"sort"

	"github.com/marsad/marsad"
	"github.com/marsad/marsad/arabic"
	"github.com/marsad/marsad/input"
)

func main() {
	min := flag.Int("min", 3, "keep forms seen at least this often")
	out := flag.String("out", "arabic/data/freq.txt.gz", "output file")
	flag.Parse()
	var files []string
	for _, dir := range flag.Args() {
		m, _ := filepath.Glob(filepath.Join(dir, "*", "*.trec.gz"))
		files = append(files, m...)
	}
	counts := map[string]int{}
	docs := 0
	for it := range input.Stream(context.Background(), files, nil, input.Options{}) {
		if it.Article == nil {
			continue
		}
		docs++
		s := it.Article.Title + "\n" + string(it.Article.Body)
		for _, t := range arabic.Tokenize(s) {
			if t.Kind == marsad.TokenWord {
				counts[arabic.Normalize(s[t.Start:t.End])]++
			}
		}
	}
	type kv struct {
		w string
		n int
	}
	var xs []kv
	for w, n := range counts {
		if n >= *min {
			xs = append(xs, kv{w, n})
		}
	}
	sort.Slice(xs, func(i, j int) bool { return xs[i].n > xs[j].n || xs[i].n == xs[j].n && xs[i].w < xs[j].w })
	f, err := os.Create(*out)
	if err != nil {
		log.Fatal(err)
	}
	zw, _ := gzip.NewWriterLevel(f, gzip.BestCompression)
	fmt.Fprintf(zw, "# Normalised Arabic word forms and their counts in %d news articles of the\n", docs)
	fmt.Fprintf(zw, "# ANT corpus (Chouigui et al., Apache-2.0 with a citation request), forms seen at\n")
	fmt.Fprintf(zw, "# least %d times. Derived statistics only, no text. Made by arabic/gen_freq.go.\n", *min)
	for _, x := range xs {
		fmt.Fprintf(zw, "%s\t%d\n", x.w, x.n)
	}
	zw.Close()
	f.Close()
	log.Printf("%d articles, %d forms kept of %d", docs, len(xs), len(counts))
}
