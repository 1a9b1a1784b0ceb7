package main

import (
	"compress/gzip"
	"context"
	"fmt"
	"io"
	"iter"
	"os"
	"strings"

	"github.com/marsad/marsad/input"
)

// corpus streams the title and body of every article under some paths
// for the unlabelled-text learners (train clusters, train vectors).
type corpus struct {
	articles int   // articles read so far
	err      error // the last read error, reported after the stream
}

// texts returns the articles' texts under paths, counting them.
func (c *corpus) texts(ctx context.Context, e *env, paths []string) iter.Seq[string] {
	return func(yield func(string) bool) {
		for it := range input.Stream(ctx, paths, e.stdin, input.Options{}) {
			if it.Err != nil {
				c.err = it.Err
				continue
			}
			if it.Article == nil {
				continue
			}
			c.articles++
			if !yield(it.Article.Title + "\n" + string(it.Article.Body)) {
				return
			}
		}
	}
}

// writeData creates path and fills it with write, gzipped (best
// compression) when the name ends in .gz.
func writeData(path string, write func(io.Writer) error) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	var w io.Writer = f
	var zw *gzip.Writer
	if strings.HasSuffix(path, ".gz") {
		zw, _ = gzip.NewWriterLevel(f, gzip.BestCompression)
		w = zw
	}
	if err := write(w); err != nil {
		f.Close()
		return err
	}
	if zw != nil {
		if err := zw.Close(); err != nil {
			f.Close()
			return err
		}
	}
	return f.Close()
}

// readData opens path, gunzipping it when the name ends in .gz, and
// reads it with read; errors name the file.
func readData(path string, read func(io.Reader) error) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	var r io.Reader = f
	if strings.HasSuffix(path, ".gz") {
		zr, err := gzip.NewReader(f)
		if err != nil {
			return fmt.Errorf("%s: %w", path, err)
		}
		r = zr
	}
	if err := read(r); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	return nil
}
