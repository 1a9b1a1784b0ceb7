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
	FormatAuto  = "auto"  // detect from content
	FormatText  = "text"  // one article per file, as scrapers deliver it
	FormatTREC  = "trec"  // TREC-style <DOC> records
	FormatHTML  = "html"  // one web page per file
	FormatFeed  = "feed"  // RSS or Atom feed: one article per item
	FormatWARC  = "warc"  // WARC crawl: one article per HTML response
	FormatJSONL = "jsonl" // JSON Lines: one article object per line
	FormatJSON  = "json"  // a JSON array of article objects
	FormatZip   = "zip"   // a zip archive of files in any of these formats
)

// Formats lists the formats accepted by Options.Format.
var Formats = []string{FormatAuto, FormatText, FormatTREC, FormatHTML, FormatFeed, FormatWARC, FormatJSONL, FormatJSON, FormatZip}

// MaxFileSize bounds what is read of one input file (after decompression).
const MaxFileSize = 256 << 20

// Options control Stream.
type Options struct {
	Format    string  // one of the Format* constants; "" means auto
	Outlet    string  // outlet for articles that do not carry one
	Published string  // publication date YYYY-MM-DD for articles that do not carry one
	Fields    *Fields // JSON field names; nil means DefaultFields
	// Fetch, when set, fetches the full page of each feed item's link;
	// without it feed items carry the feed's own summary or content.
	Fetch Fetcher
}

// Fetcher fetches a web page (see package fetch for the polite client).
type Fetcher interface {
	Fetch(ctx context.Context, url string) (page []byte, contentType string, err error)
}

// Item is one article, or an error about one input.
type Item struct {
	Article *marsad.Article
	Err     error  // a problem with one input or record, naming it
	Skipped string // a notice of records skipped on purpose, with the reason

	lead string // a TREC record's lead, to find it as another record's teaser
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

// readOne reads one input stream and emits its articles.
func readOne(ctx context.Context, name string, r io.Reader, opts Options, emit func(Item) bool) bool {
	return readStream(ctx, name, r, opts, func(it Item) bool { return ctx.Err() == nil && emit(it) }, 0)
}

// readStream decompresses gzip, detects the format and dispatches. depth
// counts nested containers (a zip member is depth 1; deeper is refused).
func readStream(ctx context.Context, name string, r io.Reader, opts Options, emit func(Item) bool, depth int) bool {
	br := bufio.NewReaderSize(r, 64<<10)
	head, _ := br.Peek(512)
	var src io.Reader = br
	if len(head) >= 2 && head[0] == 0x1f && head[1] == 0x8b {
		zr, err := gzip.NewReader(br)
		if err != nil {
			return emit(Item{Err: fmt.Errorf("%s: bad gzip stream: %w", name, err)})
		}
		defer zr.Close()
		zb := bufio.NewReaderSize(&gzipErrReader{zr, name}, 64<<10)
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
	case FormatWARC:
		return readWARC(name, src, opts, emit)
	case FormatJSONL:
		return readJSONL(name, src, opts, emit)
	case FormatJSON:
		return readJSONArray(name, src, opts, emit)
	case FormatFeed:
		return readFeed(ctx, name, src, opts, emit)
	case FormatText, FormatHTML, FormatZip:
		limit := int64(MaxFileSize)
		if format == FormatHTML {
			limit = MaxHTMLSize
		}
		body, err := io.ReadAll(io.LimitReader(src, limit+1))
		if err != nil {
			return emit(Item{Err: fmt.Errorf("%s: read: %w", name, err)})
		}
		if int64(len(body)) > limit {
			return emit(Item{Err: fmt.Errorf("%s: larger than the %d MiB limit for %s input", name, limit>>20, format)})
		}
		switch format {
		case FormatHTML:
			a, err := HTMLArticle(name, body, HTMLMeta{URL: name}, opts)
			if err != nil {
				return emit(Item{Err: err})
			}
			return emit(Item{Article: a})
		case FormatZip:
			if depth > 0 {
				return emit(Item{Err: fmt.Errorf("%s: nested archive refused", name)})
			}
			return readZip(ctx, name, body, opts, emit)
		}
		return emit(Item{Article: &marsad.Article{Source: name, Body: body, Outlet: opts.Outlet, Published: opts.Published}})
	}
	return emit(Item{Err: fmt.Errorf("%s: unknown input format %q (want one of %s)", name, format, strings.Join(Formats, ", "))})
}

// gzipErrReader names the file in decompression errors (truncated gzip).
type gzipErrReader struct {
	r    io.Reader
	name string
}

func (g *gzipErrReader) Read(p []byte) (int, error) {
	n, err := g.r.Read(p)
	if err != nil && err != io.EOF {
		err = fmt.Errorf("corrupt or truncated gzip: %w", err)
	}
	return n, err
}

// Detect guesses the format of an input from its first bytes.
func Detect(head []byte) string {
	if bytes.HasPrefix(head, []byte("PK\x03\x04")) {
		return FormatZip
	}
	h := bytes.TrimLeft(bytes.TrimPrefix(head, []byte("\xef\xbb\xbf")), " \t\r\n")
	lower := bytes.ToLower(h)
	switch {
	case bytes.HasPrefix(h, []byte("WARC/")):
		return FormatWARC
	case bytes.HasPrefix(h, []byte("<DOC>")):
		return FormatTREC
	case bytes.HasPrefix(h, []byte("{")):
		// One object per line, or one (pretty-printed) object.
		if nl := bytes.IndexByte(h, '\n'); nl >= 0 && !bytes.HasSuffix(bytes.TrimSpace(h[:nl]), []byte("}")) {
			return FormatJSON
		}
		return FormatJSONL
	case bytes.HasPrefix(h, []byte("[")):
		return FormatJSON
	case bytes.HasPrefix(lower, []byte("<!doctype html")), bytes.HasPrefix(lower, []byte("<html")):
		return FormatHTML
	case bytes.HasPrefix(lower, []byte("<?xml")), bytes.HasPrefix(lower, []byte("<rss")), bytes.HasPrefix(lower, []byte("<feed")):
		if bytes.Contains(lower, []byte("<rss")) || bytes.Contains(lower, []byte("<feed")) || bytes.Contains(lower, []byte("<rdf:rdf")) {
			return FormatFeed
		}
		if bytes.Contains(lower, []byte("<html")) {
			return FormatHTML
		}
	case bytes.HasPrefix(lower, []byte("<head")), bytes.HasPrefix(lower, []byte("<!--")) && bytes.Contains(lower, []byte("<html")):
		return FormatHTML
	}
	return FormatText
}
