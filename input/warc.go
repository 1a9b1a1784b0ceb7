package input

import (
	"errors"
	"fmt"
	"io"
	"mime"
	"strings"

	"github.com/nlnwa/gowarc/v2"
)

// readWARC reads a WARC file (already decompressed when it was gzipped):
// HTTP responses with an HTML payload become articles with the target URI
// and the crawl date; other records are skipped, counted and reported once.
func readWARC(name string, r io.Reader, opts Options, emit func(Item) bool) bool {
	wr, err := gowarc.NewWarcFileReaderFromStream(r, 0,
		gowarc.WithSpecViolationPolicy(gowarc.ErrWarn), // ErrIgnore cuts payloads at the first 4 KiB (gowarc v2.2.4)
		gowarc.WithSyntaxErrorPolicy(gowarc.ErrIgnore),
		gowarc.WithBlockErrorPolicy(gowarc.ErrIgnore),
		gowarc.WithUnknownRecordTypePolicy(gowarc.ErrIgnore),
		gowarc.WithBufferMaxMemBytes(4<<20))
	if err != nil {
		return emit(Item{Err: fmt.Errorf("%s: not a readable WARC file: %w", name, err)})
	}
	defer wr.Close()
	skipped := map[string]int{}
	defer func() {
		if len(skipped) > 0 {
			var parts []string
			for k, n := range skipped {
				parts = append(parts, fmt.Sprintf("%d %s", n, k))
			}
			emit(Item{Skipped: fmt.Sprintf("%s: skipped WARC records: %s", name, strings.Join(parts, ", "))})
		}
	}()
	for n := 0; ; n++ {
		rec, err := nextRecord(wr)
		if errors.Is(err, io.EOF) {
			return true
		}
		if err != nil {
			return emit(Item{Err: fmt.Errorf("%s: WARC record %d: %w (reading stops here)", name, n+1, err)})
		}
		ok := warcRecord(name, rec, opts, emit, skipped)
		rec.Close()
		if !ok {
			return false
		}
	}
}

func warcRecord(name string, rec gowarc.WarcRecord, opts Options, emit func(Item) bool, skipped map[string]int) bool {
	if rec.Type() != gowarc.Response {
		skipped["non-response"]++
		return true
	}
	blk, ok := rec.Block().(gowarc.HttpResponseBlock)
	if !ok {
		skipped["non-HTTP"]++
		return true
	}
	if c := blk.HttpStatusCode(); c < 200 || c >= 300 {
		skipped["non-2xx"]++
		return true
	}
	ct := ""
	if h := blk.HttpHeader(); h != nil {
		ct = h.Get("Content-Type")
	}
	if mt, _, _ := mime.ParseMediaType(ct); ct != "" && mt != "text/html" && mt != "application/xhtml+xml" {
		skipped["non-HTML"]++
		return true
	}
	uri := strings.Trim(rec.WarcHeader().Get("WARC-Target-URI"), "<>")
	src := name + "#" + uri
	pr, err := blk.PayloadBytes()
	if err != nil {
		return emit(Item{Err: fmt.Errorf("%s: payload: %w", src, err)})
	}
	page, err := io.ReadAll(io.LimitReader(pr, MaxHTMLSize+1))
	if err != nil {
		return emit(Item{Err: fmt.Errorf("%s: payload: %w", src, err)})
	}
	if len(page) > MaxHTMLSize {
		return emit(Item{Err: fmt.Errorf("%s: HTML page larger than %d MiB", src, MaxHTMLSize>>20)})
	}
	meta := HTMLMeta{URL: uri, ContentType: ct}
	if t, err := rec.Date(); err == nil {
		meta.Published = t.Format("2006-01-02")
	}
	a, err := HTMLArticle(src, page, meta, opts)
	if err != nil {
		return emit(Item{Err: err})
	}
	return emit(Item{Article: a})
}

// nextRecord reads the next record, turning a panic of the WARC parser on
// malformed input into an error.
func nextRecord(wr *gowarc.WarcFileReader) (rec gowarc.WarcRecord, err error) {
	defer func() {
		if r := recover(); r != nil {
			rec, err = nil, fmt.Errorf("malformed WARC record (parser failed: %v)", r)
		}
	}()
	rec, _, _, err = wr.Next()
	return rec, err
}
