package input

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"io"
	"strings"
	"time"
	"unicode"

	"github.com/marsad/marsad"
	"github.com/marsad/marsad/arabic"
)

// maxRecord bounds one <DOC> record.
const maxRecord = 64 << 20

// readTREC reads TREC-style <DOC> records leniently: fields are found by
// their tags line by line, never through an XML parser, because the files
// hold bare ampersands and raw Arabic in URLs.
func readTREC(ctx context.Context, name string, r io.Reader, opts Options, emit func(Item) bool) bool {
	w := &teaserWindow{emit: emit, counts: map[string]int{}}
	if !scanTREC(ctx, name, r, opts, w.add) {
		return false
	}
	return w.flush()
}

// scanTREC reads the records of a TREC stream and passes them to emit.
func scanTREC(ctx context.Context, name string, r io.Reader, opts Options, emit func(Item) bool) bool {
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
	return emit(Item{Article: a, lead: leadKey(field(s, "ABSTRACT"))})
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

// Teasers: some outlets' pages (CNN Arabic) end with the leads of other
// stories, which the corpus keeps in the record's TEXT. A paragraph of a
// record that is the lead (ABSTRACT) of another record near it in the
// same file is such a teaser; when teasers make up at least half of what
// follows the first of them, that is the block of teasers that ends the
// page, and it goes. Records are held back in a window so that
// leads of records that come later count as well.

// teaserReach is how many records before and after a record are looked
// at: on the ANT corpus 90% of teasers are within 18 records of the story
// they lead, half within 5.
const teaserReach = 64

// leadRunes is how much of a lead and of a paragraph must agree.
const leadRunes = 40

// leadKey returns the matching form of a lead: its first leadRunes runes
// with spaces collapsed; "" for a lead too short to tell.
func leadKey(s string) string {
	var b strings.Builder
	n, space := 0, false
	for _, r := range s {
		if unicode.IsSpace(r) {
			space = n > 0
			continue
		}
		if space {
			if n++; n == leadRunes {
				break
			}
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(r)
		if n++; n == leadRunes {
			break
		}
	}
	if n < leadRunes {
		return ""
	}
	return b.String()
}

type held struct {
	it   Item
	lead string // the record's own lead key
}

// teaserWindow holds records back until the leads around them are known.
type teaserWindow struct {
	emit   func(Item) bool
	queue  []held         // records not yet emitted, oldest first
	done   []string       // lead keys of emitted records still in reach, oldest first
	counts map[string]int // lead key → records in queue and done holding it
}

func (w *teaserWindow) remember(k string, d int) {
	if k == "" {
		return
	}
	if w.counts[k] += d; w.counts[k] <= 0 {
		delete(w.counts, k)
	}
}

// add takes the next record; it emits the oldest once it has enough
// records after it.
func (w *teaserWindow) add(it Item) bool {
	h := held{it: it}
	if it.Article != nil {
		h.lead = it.lead
	}
	w.queue = append(w.queue, h)
	w.remember(h.lead, 1)
	if len(w.queue) > teaserReach {
		return w.pop()
	}
	return true
}

func (w *teaserWindow) pop() bool {
	h := w.queue[0]
	w.queue = w.queue[1:]
	if h.it.Article != nil {
		w.counts[h.lead]-- // not its own teaser
		h.it.Article.Body = dropTeasers(h.it.Article.Body, w.counts)
		w.counts[h.lead]++
	}
	w.done = append(w.done, h.lead)
	if len(w.done) > teaserReach {
		w.remember(w.done[0], -1)
		w.done = w.done[1:]
	}
	h.it.lead = ""
	return w.emit(h.it)
}

// flush emits the records still held.
func (w *teaserWindow) flush() bool {
	for len(w.queue) > 0 {
		if !w.pop() {
			return false
		}
	}
	return true
}

// dropTeasers removes the block of teasers that ends a body: from the
// first paragraph (line) after the first that is the lead of another
// record, when such leads are at least half of the paragraphs from there
// on. A lead quoted as background in a story that goes on stays.
func dropTeasers(body []byte, leads map[string]int) []byte {
	lines := strings.Split(string(body), "\n")
	teaser := func(l string) bool {
		k := leadKey(l)
		return k != "" && leads[k] > 0
	}
	first := -1
	for i := 1; i < len(lines); i++ {
		if teaser(lines[i]) {
			first = i
			break
		}
	}
	if first < 0 {
		return body
	}
	n, t := 0, 0
	for _, l := range lines[first:] {
		if strings.TrimSpace(l) == "" {
			continue
		}
		n++
		if teaser(l) {
			t++
		}
	}
	if 2*t < n {
		return body // a lead quoted as background in a story that goes on
	}
	return []byte(strings.Join(lines[:first], "\n"))
}
