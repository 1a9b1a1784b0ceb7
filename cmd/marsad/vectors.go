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
	registerTrain("vectors", "learn dense word vectors for the NER tagger from unlabelled articles (deterministic)", runTrainVectors)
}

func runTrainVectors(ctx context.Context, e *env, args []string) error {
	fs := commands["train"].flags(e)
	out := fs.String("out", "", "output `FILE` (word<TAB>values; gzipped when it ends in .gz)")
	dims := fs.Int("dims", 50, "dimensions kept")
	minCount := fs.Int("min-count", 3, "vectors for words seen at least `N` times")
	contexts := fs.Int("contexts", 2000, "`N` most frequent words serve as context")
	power := fs.Int("power", 4, "power iterations of the randomized SVD")
	exponent := fs.Float64("exponent", 0.5, "singular values raised to this power")
	if err := parse(fs, args); err != nil {
		return err
	}
	if *out == "" || fs.NArg() == 0 {
		fmt.Fprintln(e.stderr, "marsad train vectors: --out FILE and at least one corpus PATH are required")
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
	v, err := ner.BuildVectors(texts, ner.VectorOptions{Dims: *dims, MinCount: *minCount, Contexts: *contexts, Power: *power, Exponent: *exponent, Log: e.stderr})
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
	header := fmt.Sprintf("Marsad word vectors for the NER tagger: %d words, %d dimensions, learned by `marsad train vectors --dims %d --min-count %d --contexts %d --power %d --exponent %g` from %d articles.\nEach line: word (normalised stem without clitics or article), then its values in steps of 1/32 (each dimension centred, unit variance).", len(v.Words), v.Dims, *dims, *minCount, *contexts, *power, *exponent, articles)
	if err := v.Write(w, header); err != nil {
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
	fmt.Fprintf(e.stdout, "wrote %s (%d words, %d dimensions)\n", *out, len(v.Words), v.Dims)
	return nil
}

// readVectors reads a word-vector file, gzipped or not.
func readVectors(path string) (*ner.Vectors, error) {
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
	v, err := ner.ReadVectors(r)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return v, nil
}
