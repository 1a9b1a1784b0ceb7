package main

import (
	"context"
	"fmt"
	"io"

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
	var corp corpus
	c, err := ner.BuildClusters(corp.texts(ctx, e, fs.Args()), ner.ClusterOptions{K: *k, MinCount: *minCount, Contexts: *contexts, Iters: *iters, Log: e.stderr})
	if err != nil {
		return err
	}
	if corp.err != nil {
		return corp.err
	}
	header := fmt.Sprintf("Marsad word classes for the NER tagger: %d words in %d classes, learned by `marsad train clusters --k %d --min-count %d --contexts %d --iters %d` from %d articles.\nEach line: path of the class in a binary tree (prefixes are coarser classes), word (normalised stem without clitics or article), corpus count.", len(c.Words), len(c.Paths), *k, *minCount, *contexts, *iters, corp.articles)
	if err := writeData(*out, func(w io.Writer) error { return c.Write(w, header) }); err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "wrote %s (%d words, %d classes)\n", *out, len(c.Words), len(c.Paths))
	return nil
}

// readClusters reads a word-class file, gzipped or not.
func readClusters(path string) (*ner.Clusters, error) {
	var x *ner.Clusters
	err := readData(path, func(r io.Reader) error {
		var err error
		x, err = ner.ReadClusters(r)
		return err
	})
	return x, err
}
