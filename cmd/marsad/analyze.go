package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"
	"time"

	"github.com/marsad/marsad"
	"github.com/marsad/marsad/fetch"
	"github.com/marsad/marsad/input"
	"github.com/marsad/marsad/pipeline"
)

func init() {
	register(&command{
		name:    "analyze",
		summary: "analyse articles and print one JSON document per article",
		usage:   "marsad analyze [--published YYYY-MM-DD] [--outlet NAME] [--format json|jsonl] [--tokens] [PATH|-]...",
		run:     runAnalyze,
	})
}

func runAnalyze(ctx context.Context, e *env, args []string) error {
	fs := commands["analyze"].flags(e)
	published := fs.String("published", "", "publication date `YYYY-MM-DD` for articles that carry none (resolves relative dates)")
	outlet := fs.String("outlet", "", "outlet `NAME` for articles that carry none")
	format := fs.String("format", "", "output `format`: json (pretty, the default for one input) or jsonl (one line per article, the default for several)")
	inFormat := fs.String("input-format", "auto", "input `format`: "+strings.Join(input.Formats, ", "))
	fields := fs.String("fields", "", "JSON field names for jsonl/json/zip input, e.g. `text=body,date=when,title=headline`")
	tokens := fs.Bool("tokens", false, "include tokens with their clitic segmentation")
	workers := fs.Int("workers", 0, "analysis workers (default: number of CPUs)")
	fetchFull := fs.Bool("fetch", false, "fetch the full page of each feed item's link (polite client: robots.txt, timeouts, retries)")
	if err := parse(fs, args); err != nil {
		return err
	}
	if *published != "" {
		if _, err := time.Parse("2006-01-02", *published); err != nil {
			fmt.Fprintf(e.stderr, "marsad analyze: --published %q: want YYYY-MM-DD\n", *published)
			return errUsage
		}
	}
	paths := fs.Args()
	if len(paths) == 0 {
		paths = []string{"-"}
	}
	switch *format {
	case "":
		*format = "jsonl"
		if len(paths) == 1 && paths[0] != "-" && isFile(paths[0]) || len(paths) == 1 && paths[0] == "-" {
			*format = "json"
		}
	case "json", "jsonl":
	default:
		fmt.Fprintf(e.stderr, "marsad analyze: --format %q: want json or jsonl\n", *format)
		return errUsage
	}
	opts := input.Options{Format: *inFormat, Outlet: *outlet, Published: *published}
	if !slices.Contains(input.Formats, *inFormat) {
		fmt.Fprintf(e.stderr, "marsad analyze: --input-format %q: want one of %s\n", *inFormat, strings.Join(input.Formats, ", "))
		return errUsage
	}
	if *fields != "" {
		f, err := parseFields(*fields)
		if err != nil {
			fmt.Fprintf(e.stderr, "marsad analyze: --fields: %v\n", err)
			return errUsage
		}
		opts.Fields = f
	}
	if *fetchFull {
		opts.Fetch = fetch.New(fetch.Options{})
	}
	p, err := pipeline.Default()
	if err != nil {
		return err
	}
	items := input.Stream(ctx, paths, e.stdin, opts)
	arts := make(chan *marsad.Article)
	failed := 0
	go func() {
		defer close(arts)
		for it := range items {
			if it.Skipped != "" {
				fmt.Fprintf(e.stderr, "marsad analyze: %s\n", it.Skipped)
				continue
			}
			if it.Err != nil {
				fmt.Fprintf(e.stderr, "marsad analyze: %v\n", it.Err)
				failed++
				continue
			}
			arts <- it.Article
		}
	}()
	w := bufio.NewWriterSize(e.stdout, 64<<10)
	defer w.Flush()
	for r := range p.Run(ctx, arts, *workers) {
		if r.Err != nil {
			fmt.Fprintf(e.stderr, "marsad analyze: %v\n", r.Err)
			if !errors.Is(r.Err, pipeline.ErrNotArabic) {
				failed++
			}
		}
		if r.Doc == nil {
			continue
		}
		if !*tokens {
			r.Doc.Tokens = nil
		}
		if err := writeDoc(w, r.Doc, *format == "json"); err != nil {
			return err
		}
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	if failed > 0 {
		w.Flush()
		fmt.Fprintf(e.stderr, "marsad analyze: %d input(s) failed\n", failed)
		return errFailed
	}
	return nil
}

func writeDoc(w io.Writer, d *marsad.Document, pretty bool) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	if pretty {
		enc.SetIndent("", "  ")
	}
	return enc.Encode(d)
}
