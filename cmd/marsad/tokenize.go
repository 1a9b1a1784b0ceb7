package main

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/marsad/marsad/arabic"
)

func init() {
	register(&command{
		name:    "tokenize",
		summary: "print the tokens (or, with --words, the clitic-split words) of each input line",
		usage:   "marsad tokenize [--words] [FILE|-]",
		run:     runTokenize,
	})
}

func runTokenize(ctx context.Context, e *env, args []string) error {
	fs := commands["tokenize"].flags(e)
	words := fs.Bool("words", false, "split clitics: each word an exact piece of the input")
	if err := parse(fs, args); err != nil {
		return err
	}
	var r io.Reader = e.stdin
	if fs.NArg() > 1 {
		fmt.Fprintln(e.stderr, "marsad tokenize: at most one FILE")
		return errUsage
	}
	if fs.NArg() == 1 && fs.Arg(0) != "-" {
		f, err := os.Open(fs.Arg(0))
		if err != nil {
			return err
		}
		defer f.Close()
		r = f
	}
	br := bufio.NewReaderSize(r, 64<<10)
	w := bufio.NewWriterSize(e.stdout, 64<<10)
	defer w.Flush()
	var parts []string
	for {
		line, err := br.ReadString('\n')
		if len(line) > 0 {
			line = strings.TrimRight(line, "\r\n")
			parts = parts[:0]
			for _, t := range arabic.Tokenize(line) {
				tok := line[t.Start:t.End]
				if !*words {
					parts = append(parts, tok)
					continue
				}
				for _, p := range arabic.Words(tok) {
					parts = append(parts, p)
				}
			}
			w.WriteString(strings.Join(parts, " "))
			w.WriteByte('\n')
		}
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
		if ctx.Err() != nil {
			return ctx.Err()
		}
	}
}
