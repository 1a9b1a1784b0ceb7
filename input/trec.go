package input

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/marsad/marsad"
	"github.com/marsad/marsad/arabic"
)

// maxRecord bounds one <DOC> record.
const maxRecord = 64 << 20

// readTREC reads TREC-style <DOC> records leniently: fields are found by
// their tags line by line, never through an XML parser, because the files
// hold bare ampersands and raw Arabic in URLs.
func readTREC(ctx context.Context, name string, r io.Reader, opts Options, emit func(Item) bool) bool {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64<<10), maxRecord)
	var rec bytes.Buffer
	in := false
	line := 0
	start := 0
	for sc.Scan() {
		line++
		l := sc.Bytes()
		t := bytes.TrimSpace(l)
		switch {
		case bytes.Equal(t, []byte("<DOC>")):
			if in {
				if !emitTREC(name, start, rec.Bytes(), opts, emit) {
					return false
				}
			}
			in, start = true, line
			rec.Reset()
		case bytes.Equal(t, []byte("</DOC>")):
			if in {
				if !emitTREC(name, start, rec.Bytes(), opts, emit) {
					return false
				}
			}
			in = false
			rec.Reset()
		case in:
			if rec.Len()+len(l) > maxRecord {
				if !emit(Item{Err: fmt.Errorf("%s:%d: <DOC> record larger than %d MiB", name, start, maxRecord>>20)}) {
					return false
				}
				in = false
				rec.Reset()
				continue
			}
			rec.Write(l)
			rec.WriteByte('\n')
		}
		if ctx.Err() != nil {
			return false
		}
	}
	if err := sc.Err(); err != nil {
		return emit(Item{Err: fmt.Errorf("%s:%d: %w", name, line, err)})
	}
	if in {
		return emitTREC(name, start, rec.Bytes(), opts, emit)
	}
	return true
}

func emitTREC(name string, line int, rec []byte, opts Options, emit func(Item) bool) bool {
	s := string(rec)
	docno := strings.TrimSpace(field(s, "DOCNO"))
	src := name
	if docno != "" {
		src = name + "#" + docno
	} else {
		src = fmt.Sprintf("%s:%d", name, line)
	}
	body := strings.TrimSpace(field(s, "TEXT"))
	// Some records keep the article in ABSTRACT and only a disclaimer in
	// TEXT: take the abstract when TEXT has less to say.
	if n := arabic.CountWords(body, 25); n < 25 {
		if abs := strings.TrimSpace(field(s, "ABSTRACT")); arabic.CountWords(abs, n+1) > n {
			body = abs + "\n" + body
		}
	}
	a := &marsad.Article{
		Source:     src,
		Body:       []byte(body),
		Title:      strings.TrimSpace(field(s, "TITLE")),
		Author:     strings.TrimSpace(field(s, "AUTHOR")),
		URL:        strings.TrimSpace(field(s, "URL")),
		Category:   strings.TrimSpace(field(s, "CAT")),
		Outlet:     outletName(strings.TrimSpace(field(s, "SRC"))),
		Published:  ParseDate(strings.TrimSpace(field(s, "TIME"))),
		Structured: true,
	}
	if a.Outlet == "" {
		a.Outlet = opts.Outlet
	}
	if a.Published == "" {
		a.Published = opts.Published
	}
	return emit(Item{Article: a})
}

// field returns the content of the first <TAG>...</TAG> in s.
func field(s, tag string) string {
	open, close := "<"+tag+">", "</"+tag+">"
	i := strings.Index(s, open)
	if i < 0 {
		return ""
	}
	s = s[i+len(open):]
	if j := strings.Index(s, close); j >= 0 {
		return s[:j]
	}
	return s
}

// outlets maps the corpus SRC codes to the outlets' Arabic names.
var outlets = map[string]string{
	"skynews":   "سكاي نيوز عربية",
	"bbc":       "بي بي سي عربي",
	"cnn":       "سي إن إن بالعربية",
	"france24":  "فرانس 24",
	"alarabiya": "العربية",
	"alarabia":  "العربية",
	"jawharafm": "جوهرة أف أم",
}

func outletName(src string) string {
	if n, ok := outlets[strings.ToLower(strings.ReplaceAll(src, " ", ""))]; ok {
		return n
	}
	return src
}

// ParseDate reads a date in the forms news containers use (RFC 1123, RFC
// 3339 / ISO 8601, plain YYYY-MM-DD, and day/month/year as Arab and
// European sites write it: 20/01/2017) and returns it as YYYY-MM-DD, or
// "" when it cannot be read.
func ParseDate(s string) string {
	if s == "" {
		return ""
	}
	for _, layout := range []string{time.RFC1123, time.RFC1123Z, time.RFC3339, "2006-01-02T15:04:05", "2006-01-02 15:04:05", "2006-01-02", time.RFC822, time.RFC822Z, "Mon, 2 Jan 2006 15:04:05 MST", "Mon, 2 Jan 2006 15:04:05 -0700",
		"02/01/2006", "2/1/2006", "02/01/2006 15:04", "02/01/2006 15:04:05", "02-01-2006", "02.01.2006"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t.Format("2006-01-02")
		}
	}
	return ""
}
