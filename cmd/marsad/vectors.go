package main

import (
	"context"
	"fmt"
	"io"

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
	var corp corpus
	v, err := ner.BuildVectors(corp.texts(ctx, e, fs.Args()), ner.VectorOptions{Dims: *dims, MinCount: *minCount, Contexts: *contexts, Power: *power, Exponent: *exponent, Log: e.stderr})
	if err != nil {
		return err
	}
	if corp.err != nil {
		return corp.err
	}
	header := fmt.Sprintf("Marsad word vectors for the NER tagger: %d words, %d dimensions, learned by `marsad train vectors --dims %d --min-count %d --contexts %d --power %d --exponent %g` from %d articles.\nEach line: word (normalised stem without clitics or article), then its values in steps of 1/32 (each dimension centred, unit variance).", len(v.Words), v.Dims, *dims, *minCount, *contexts, *power, *exponent, corp.articles)
	if err := writeData(*out, func(w io.Writer) error { return v.Write(w, header) }); err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "wrote %s (%d words, %d dimensions)\n", *out, len(v.Words), v.Dims)
	return nil
}

// readVectors reads a word-vector file, gzipped or not.
func readVectors(path string) (*ner.Vectors, error) {
	var x *ner.Vectors
	err := readData(path, func(r io.Reader) error {
		var err error
		x, err = ner.ReadVectors(r)
		return err
	})
	return x, err
}
