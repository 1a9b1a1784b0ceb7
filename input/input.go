package input

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/marsad/marsad"
)

// Formats understood by Stream.
const (
	FormatAuto = "auto" // detect from content
	FormatText = "text" // one article per file, as scrapers deliver it
	FormatTREC = "trec" // TREC-style <DOC> records
)

// MaxFileSize bounds what is read of one input file (after decompression).
const MaxFileSize = 256 << 20

// Options control Stream.
type Options struct {
	Format    string // one of the Format* constants; "" means auto
	Outlet    string // outlet for articles that do not carry one
	Published string // publication date YYYY-MM-DD for articles that do not carry one
}

// Item is one article, or an error about one input.
type Item struct {
	Article *marsad.Article
	Err     error
}

// Stream reads every path (a file, a directory walked recursively in name
// order, or "-" for stdin) and sends its articles on the returned channel,
// which is closed at the end or when ctx is done.
func Stream(ctx context.Context, paths []string, stdin io.Reader, opts Options) <-chan Item {
	out := make(chan Item, 16)
	go func() {
		defer close(out)
		emit := func(it Item) bool {
			select {
			case out <- it:
				return true
			case <-ctx.Done():
				return false
			}
		}
		for _, p := range paths {
			if p == "-" {
				if !readOne(ctx, "<stdin>", stdin, opts, emit) {
					return
				}
				continue
			}
			info, err := os.Stat(p)
			if err != nil {
				if !emit(Item{Err: fmt.Errorf("%s: %w", p, unwrapPathError(err))}) {
					return
				}
				continue
			}
			if !info.IsDir() {
				if !readFile(ctx, p, opts, emit) {
					return
				}
				continue
			}
			var files []string
			werr := filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
				if err != nil {
					files = append(files, "!"+path+"\x00"+unwrapPathError(err).Error())
					return nil
				}
				if d.IsDir() {
					if path != p && strings.HasPrefix(d.Name(), ".") {
						return filepath.SkipDir
					}
					return nil
				}
				if !strings.HasPrefix(d.Name(), ".") && d.Type().IsRegular() {
					files = append(files, path)
				}
				return nil
			})
			if werr != nil {
				if !emit(Item{Err: fmt.Errorf("%s: %w", p, werr)}) {
					return
				}
			}
			sort.Strings(files)
			for _, f := range files {
				if strings.HasPrefix(f, "!") {
					path, msg, _ := strings.Cut(f[1:], "\x00")
					if !emit(Item{Err: fmt.Errorf("%s: %s", path, msg)}) {
						return
					}
					continue
				}
				if !readFile(ctx, f, opts, emit) {
					return
				}
			}
		}
	}()
	return out
}

func unwrapPathError(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

func readFile(ctx context.Context, path string, opts Options, emit func(Item) bool) bool {
	f, err := os.Open(path)
	if err != nil {
		return emit(Item{Err: fmt.Errorf("%s: %w", path, unwrapPathError(err))})
	}
	defer f.Close()
	return readOne(ctx, path, f, opts, emit)
}

// readOne reads one input stream, decompressing gzip, and emits its articles.
func readOne(ctx context.Context, name string, r io.Reader, opts Options, emit func(Item) bool) bool {
	br := bufio.NewReaderSize(r, 64<<10)
	head, _ := br.Peek(512)
	var src io.Reader = br
	if len(head) >= 2 && head[0] == 0x1f && head[1] == 0x8b {
		zr, err := gzip.NewReader(br)
		if err != nil {
			return emit(Item{Err: fmt.Errorf("%s: bad gzip stream: %w", name, err)})
		}
		defer zr.Close()
		zb := bufio.NewReaderSize(zr, 64<<10)
		head, _ = zb.Peek(512)
		src = zb
	}
	format := opts.Format
	if format == "" || format == FormatAuto {
		format = Detect(head)
	}
	switch format {
	case FormatTREC:
		return readTREC(ctx, name, src, opts, emit)
	case FormatText:
		body, err := io.ReadAll(io.LimitReader(src, MaxFileSize+1))
		if err != nil {
			return emit(Item{Err: fmt.Errorf("%s: read: %w", name, err)})
		}
		if len(body) > MaxFileSize {
			return emit(Item{Err: fmt.Errorf("%s: larger than %d MiB; split it or raise the limit", name, MaxFileSize>>20)})
		}
		return emit(Item{Article: &marsad.Article{Source: name, Body: body, Outlet: opts.Outlet, Published: opts.Published}})
	}
	return emit(Item{Err: fmt.Errorf("%s: unknown input format %q", name, format)})
}

// Detect guesses the format of an input from its first bytes.
func Detect(head []byte) string {
	h := bytes.TrimLeft(bytes.TrimPrefix(head, []byte("\xef\xbb\xbf")), " \t\r\n")
	if bytes.HasPrefix(h, []byte("<DOC>")) {
		return FormatTREC
	}
	return FormatText
}
