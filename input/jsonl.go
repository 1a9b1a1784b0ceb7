package input

import (
	"archive/zip"
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/marsad/marsad"
)

// Fields names the JSON fields of an article record. Each entry lists the
// names tried in order; the first present, non-empty one wins.
type Fields struct {
	Text, Title, Date, URL, Outlet, Author []string
}

// DefaultFields covers the field names common in news dumps.
var DefaultFields = Fields{
	Text:   []string{"text", "content", "body", "article", "maintext"},
	Title:  []string{"title", "headline"},
	Date:   []string{"date", "published", "date_published", "pubDate", "publish_date", "date_publish", "time"},
	URL:    []string{"url", "link", "source_url"},
	Outlet: []string{"outlet", "source", "site", "sitename", "publisher"},
	Author: []string{"author", "byline", "dateline"},
}

// record turns one decoded JSON object into an Article.
func record(name string, obj map[string]any, f Fields, opts Options) (*marsad.Article, error) {
	get := func(keys []string) string {
		for _, k := range keys {
			if v, ok := obj[k]; ok {
				switch x := v.(type) {
				case string:
					if s := strings.TrimSpace(x); s != "" {
						return s
					}
				case []any: // list of paragraphs
					var parts []string
					for _, p := range x {
						if s, ok := p.(string); ok && strings.TrimSpace(s) != "" {
							parts = append(parts, strings.TrimSpace(s))
						}
					}
					if len(parts) > 0 {
						return strings.Join(parts, "\n")
					}
				}
			}
		}
		return ""
	}
	text := get(f.Text)
	if text == "" {
		return nil, fmt.Errorf("%s: no text field (tried %s)", name, strings.Join(f.Text, ", "))
	}
	a := &marsad.Article{
		Source:     name,
		Body:       []byte(text),
		Title:      get(f.Title),
		URL:        get(f.URL),
		Outlet:     firstNonEmpty(get(f.Outlet), opts.Outlet),
		Author:     get(f.Author),
		Published:  firstNonEmpty(ParseDate(get(f.Date)), opts.Published),
		Structured: true,
	}
	return a, nil
}

// readJSONL reads one JSON object per line; a bad line is reported with its
// number and reading goes on.
func readJSONL(name string, r io.Reader, opts Options, emit func(Item) bool) bool {
	br := bufio.NewReaderSize(r, 64<<10)
	for line := 1; ; line++ {
		b, long, err := readLine(br, maxRecord)
		if long {
			if !emit(Item{Err: fmt.Errorf("%s:%d: line longer than %d MiB", name, line, maxRecord>>20)}) {
				return false
			}
		}
		if len(bytes.TrimSpace(b)) > 0 {
			src := fmt.Sprintf("%s:%d", name, line)
			var obj map[string]any
			if jerr := json.Unmarshal(b, &obj); jerr != nil {
				if !emit(Item{Err: fmt.Errorf("%s: not a JSON object: %w", src, jerr)}) {
					return false
				}
			} else if a, rerr := record(src, obj, fieldsOf(opts), opts); rerr != nil {
				if !emit(Item{Err: rerr}) {
					return false
				}
			} else if !emit(Item{Article: a}) {
				return false
			}
		}
		if err == io.EOF {
			return true
		}
		if err != nil {
			return emit(Item{Err: fmt.Errorf("%s:%d: %w", name, line, err)})
		}
	}
}

// readLine reads one line. A line longer than max bytes is consumed and
// reported with long = true and no bytes.
func readLine(br *bufio.Reader, max int) (line []byte, long bool, err error) {
	for {
		chunk, err := br.ReadSlice('\n')
		if !long && len(line)+len(chunk) <= max {
			line = append(line, chunk...)
		} else {
			long, line = true, nil
		}
		if err == bufio.ErrBufferFull {
			continue
		}
		return line, long, err
	}
}

// readJSONArray reads a JSON array of article objects, streaming element by element.
func readJSONArray(name string, r io.Reader, opts Options, emit func(Item) bool) bool {
	dec := json.NewDecoder(r)
	tok, err := dec.Token()
	if err == nil && tok == json.Delim('{') {
		// A single article object: read the rest of it.
		obj := map[string]any{}
		for dec.More() {
			k, err := dec.Token()
			if err != nil {
				return emit(Item{Err: fmt.Errorf("%s: bad JSON object: %w", name, err)})
			}
			var v any
			if err := dec.Decode(&v); err != nil {
				return emit(Item{Err: fmt.Errorf("%s: bad JSON object: %w", name, err)})
			}
			if ks, ok := k.(string); ok {
				obj[ks] = v
			}
		}
		a, err := record(name, obj, fieldsOf(opts), opts)
		if err != nil {
			return emit(Item{Err: err})
		}
		return emit(Item{Article: a})
	}
	if err != nil || tok != json.Delim('[') {
		return emit(Item{Err: fmt.Errorf("%s: not a JSON array of articles", name)})
	}
	for i := 0; dec.More(); i++ {
		src := fmt.Sprintf("%s[%d]", name, i)
		var obj map[string]any
		if err := dec.Decode(&obj); err != nil {
			return emit(Item{Err: fmt.Errorf("%s: %w", src, err)})
		}
		a, err := record(src, obj, fieldsOf(opts), opts)
		if err != nil {
			if !emit(Item{Err: err}) {
				return false
			}
			continue
		}
		if !emit(Item{Article: a}) {
			return false
		}
	}
	return true
}

// readZip reads every member of a zip archive: JSON arrays, JSON Lines,
// TREC files and plain articles, each by its own format.
func readZip(ctx context.Context, name string, data []byte, opts Options, emit func(Item) bool) bool {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return emit(Item{Err: fmt.Errorf("%s: bad zip archive: %w", name, err)})
	}
	for _, f := range zr.File {
		if f.FileInfo().IsDir() {
			continue
		}
		member := name + "!" + f.Name
		if f.UncompressedSize64 > MaxFileSize {
			if !emit(Item{Err: fmt.Errorf("%s: larger than %d MiB", member, MaxFileSize>>20)}) {
				return false
			}
			continue
		}
		rc, err := f.Open()
		if err != nil {
			if !emit(Item{Err: fmt.Errorf("%s: %w", member, err)}) {
				return false
			}
			continue
		}
		o := opts
		if o.Format == FormatZip {
			o.Format = FormatAuto
		}
		ok := readStream(ctx, member, io.LimitReader(rc, MaxFileSize), o, emit, 1)
		rc.Close()
		if !ok {
			return false
		}
	}
	return true
}

func fieldsOf(o Options) Fields {
	if o.Fields == nil {
		return DefaultFields
	}
	f := *o.Fields
	def := DefaultFields
	for _, p := range []struct {
		dst *[]string
		def []string
	}{{&f.Text, def.Text}, {&f.Title, def.Title}, {&f.Date, def.Date}, {&f.URL, def.URL}, {&f.Outlet, def.Outlet}, {&f.Author, def.Author}} {
		if len(*p.dst) == 0 {
			*p.dst = p.def
		}
	}
	return f
}
