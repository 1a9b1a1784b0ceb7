package main

import (
	"compress/gzip"
	"context"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/marsad/marsad/input"
	"github.com/marsad/marsad/ner"
)

func init() {
	registerTrain("clusters", "learn word classes for the NER tagger from unlabelled articles (deterministic)", runTrainClusters)
}

func runTrainClusters(ctx context.Context, e *env, args []string) error {
	fs := commands["train"].flags(e)
	out := fs.String("out", "", "output `FILE` (path<TAB>word<TAB>count; gzipped when it ends in .gz)")
	k := fs.Int("k", 1000, "number of leaf classes")
	minCount := fs.Int("min-count", 3, "cluster words seen at least `N` times")
	contexts := fs.Int("contexts", 2000, "`N` most frequent words serve as context")
	iters := fs.Int("iters", 12, "k-means iterations")
	if err := parse(fs, args); err != nil {
		return err
	}
	if *out == "" || fs.NArg() == 0 {
		fmt.Fprintln(e.stderr, "marsad train clusters: --out FILE and at least one corpus PATH are required")
		return errUsage
	}
	var readErr error
	articles := 0
	texts := func(yield func(string) bool) {
		for it := range input.Stream(ctx, fs.Args(), e.stdin, input.Options{}) {
			if it.Err != nil {
				readErr = it.Err
				continue
			}
			if it.Article == nil {
				continue
			}
			articles++
			if !yield(it.Article.Title + "\n" + string(it.Article.Body)) {
				return
			}
		}
	}
	c, err := ner.BuildClusters(texts, ner.ClusterOptions{K: *k, MinCount: *minCount, Contexts: *contexts, Iters: *iters, Log: e.stderr})
	if err != nil {
		return err
	}
	if readErr != nil {
		return readErr
	}
	f, err := os.Create(*out)
	if err != nil {
		return err
	}
	var w io.Writer = f
	var zw *gzip.Writer
	if strings.HasSuffix(*out, ".gz") {
		zw, _ = gzip.NewWriterLevel(f, gzip.BestCompression)
		w = zw
	}
	header := fmt.Sprintf("Marsad word classes for the NER tagger: %d words in %d classes, learned by `marsad train clusters --k %d --min-count %d --contexts %d --iters %d` from %d articles.\nEach line: path of the class in a binary tree (prefixes are coarser classes), word (normalised stem without clitics or article), corpus count.", len(c.Words), len(c.Paths), *k, *minCount, *contexts, *iters, articles)
	if err := c.Write(w, header); err != nil {
		f.Close()
		return err
	}
	if zw != nil {
		if err := zw.Close(); err != nil {
			f.Close()
			return err
		}
	}
	if err := f.Close(); err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "wrote %s (%d words, %d classes)\n", *out, len(c.Words), len(c.Paths))
	return nil
}

// readClusters reads a word-class file, gzipped or not.
func readClusters(path string) (*ner.Clusters, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var r io.Reader = f
	if strings.HasSuffix(path, ".gz") {
		zr, err := gzip.NewReader(f)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
		r = zr
	}
	c, err := ner.ReadClusters(r)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return c, nil
}
