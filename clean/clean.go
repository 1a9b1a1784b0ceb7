package clean

import (
	"bufio"
	"embed"
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/marsad/marsad"
	"github.com/marsad/marsad/arabic"
)

//go:embed rules.txt agencies.txt places.txt
var data embed.FS

// Rule kinds of rules.txt.
const (
	kindDrop  = "drop"
	kindList  = "list"
	kindStrip = "strip"
	kindTail  = "tail"
)

// rule is one line of rules.txt.
type rule struct {
	kind     string
	maxWords int
	re       *regexp.Regexp
	name     string
}

// Stats counts what the cleaner did, for `marsad eval clean`. It is safe
// for concurrent use.
type Stats struct {
	mu        sync.Mutex
	Articles  int            // articles cleaned
	Rules     map[string]int // boilerplate lines removed, by rule name
	Datelines int            // datelines recognised (body or byline)
	Outlets   int            // outlet names split from headlines
	Repeats   int            // repeated headline lines dropped
	Warnings  map[string]int // warnings, by kind
}

func (s *Stats) add(f func(*Stats)) {
	if s == nil {
		return
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.Rules == nil {
		s.Rules, s.Warnings = map[string]int{}, map[string]int{}
	}
	f(s)
}

// cleaner is the Cleaner over the embedded rules.
type cleaner struct {
	rules    []rule
	maxWords int             // the largest maxWords of the rules
	agencies map[string]bool // normalised names
	places   map[string]bool // normalised names
	stats    *Stats
}

var loadRules = sync.OnceValues(func() (*cleaner, error) {
	c := &cleaner{agencies: map[string]bool{}, places: map[string]bool{}}
	if err := c.readRules(); err != nil {
		return nil, err
	}
	for _, f := range []struct {
		name string
		set  map[string]bool
	}{{"agencies.txt", c.agencies}, {"places.txt", c.places}} {
		if err := readList(f.name, f.set); err != nil {
			return nil, err
		}
	}
	return c, nil
})

// New returns the default cleaner.
func New() (marsad.Cleaner, error) {
	c, err := loadRules()
	if err != nil {
		return nil, err
	}
	return c, nil
}

// NewCounting returns a cleaner that also counts what it does in the
// returned Stats.
func NewCounting() (marsad.Cleaner, *Stats, error) {
	c, err := loadRules()
	if err != nil {
		return nil, nil, err
	}
	cc := *c
	cc.stats = &Stats{Rules: map[string]int{}, Warnings: map[string]int{}}
	return &cc, cc.stats, nil
}

func (c *cleaner) readRules() error {
	f, err := data.Open("rules.txt")
	if err != nil {
		return fmt.Errorf("clean: %w", err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		p := strings.Split(line, "\t")
		if len(p) != 4 {
			return fmt.Errorf("clean: rules.txt:%d: want 4 tab-separated fields, got %d", n, len(p))
		}
		switch p[0] {
		case kindDrop, kindList, kindStrip, kindTail:
		default:
			return fmt.Errorf("clean: rules.txt:%d: unknown kind %q", n, p[0])
		}
		mw, err := strconv.Atoi(p[1])
		if err != nil || mw < 0 {
			return fmt.Errorf("clean: rules.txt:%d: bad maxwords %q", n, p[1])
		}
		re, err := regexp.Compile(p[2])
		if err != nil {
			return fmt.Errorf("clean: rules.txt:%d: %w", n, err)
		}
		c.rules = append(c.rules, rule{p[0], mw, re, p[3]})
		c.maxWords = max(c.maxWords, mw)
	}
	return sc.Err()
}

func readList(name string, set map[string]bool) error {
	f, err := data.Open(name)
	if err != nil {
		return fmt.Errorf("clean: %w", err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		l := strings.TrimSpace(sc.Text())
		if l == "" || strings.HasPrefix(l, "#") {
			continue
		}
		set[key(l)] = true
	}
	return sc.Err()
}

// key is the matching form of a name: normalised, spaces collapsed.
func key(s string) string {
	return strings.Join(strings.Fields(arabic.Normalize(s)), " ")
}

// Clean implements marsad.Cleaner.
func (c *cleaner) Clean(a *marsad.Article) (*marsad.Document, error) {
	text, note, err := Decode(a.Body)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", a.Source, err)
	}
	var warnings []string
	if note != "" {
		warnings = append(warnings, note)
	}
	lines := strings.Split(text, "\n")
	for i, l := range lines {
		lines[i] = strings.TrimSpace(l)
	}
	lines = nonEmpty(lines)

	title, outlet := strings.TrimSpace(a.Title), ""
	var firstLine string
	if !a.Structured && headlineFirst(lines) {
		firstLine = lines[0]
		title, outlet = c.splitHeadline(firstLine)
		lines = lines[1:]
		if outlet != "" {
			c.stats.add(func(s *Stats) { s.Outlets++ })
		}
	} else if a.Structured && title != "" {
		title, outlet = c.splitHeadline(title)
	}
	// Headline lines repeated below it.
	if title != "" {
		tk, fk := key(title), key(firstLine)
		kept := lines[:0]
		for _, l := range lines {
			if k := key(l); k == tk || (fk != "" && k == fk) {
				c.stats.add(func(s *Stats) { s.Repeats++ })
				continue
			}
			kept = append(kept, l)
		}
		lines = kept
	}

	lines, ws := c.dropBoilerplate(lines)
	warnings = append(warnings, ws...)

	// Dateline: from the byline field of structured inputs, then from the
	// opening of the first paragraph.
	var dateline string
	if a.Author != "" {
		if dl, ok := c.dateline(a.Author, true); ok && dl.place != "" {
			dateline = dl.place
		}
	}
	if len(lines) > 0 {
		if dl, ok := c.dateline(lines[0], false); ok {
			if dl.place != "" {
				dateline = dl.place
			}
			lines[0] = strings.TrimSpace(lines[0][dl.end:])
			if lines[0] == "" {
				lines = lines[1:]
			}
		} else if w := c.suspectDateline(lines[0]); w != "" {
			warnings = append(warnings, w)
			c.stats.add(func(s *Stats) { s.Warnings["possible-dateline"]++ })
		}
	}
	if dateline == "" {
		// Some outlets put the place before the headline instead:
		// "سوسة : حجز 30 كلغ من ...".
		if i := strings.IndexAny(title, ":："); i > 0 && c.isPlace(strings.TrimSpace(title[:i])) {
			dateline = strings.TrimSpace(title[:i])
		}
	}
	if dateline != "" {
		c.stats.add(func(s *Stats) { s.Datelines++ })
	}
	if len(lines) == 0 {
		return nil, fmt.Errorf("%s: %w: no body text after cleaning", a.Source, ErrEmpty)
	}

	d := marsad.NewDocument(strings.Join(lines, "\n\n"))
	off := 0
	for _, p := range lines {
		n := utf8.RuneCountInString(p)
		d.Paragraphs = append(d.Paragraphs, marsad.Span{Start: off, End: off + n})
		off += n + 2
	}
	d.Source, d.URL, d.Category = a.Source, a.URL, a.Category
	d.Title, d.Dateline = title, dateline
	d.Outlet = a.Outlet
	if d.Outlet == "" {
		d.Outlet = outlet
	}
	d.Author = a.Author
	d.Published = a.Published
	d.Warnings = append(d.Warnings, warnings...)
	c.stats.add(func(s *Stats) { s.Articles++ })
	return d, nil
}

func nonEmpty(lines []string) []string {
	out := lines[:0]
	for _, l := range lines {
		if l != "" {
			out = append(out, l)
		}
	}
	return out
}

// maxHeadlineWords is the longest first line read as a headline; a longer
// one is the opening paragraph of a text that has none.
const maxHeadlineWords = 40

// headlineFirst reports whether the first line of plain text is its
// headline: it is not when it is the only line (a text of one paragraph,
// or one sentence, is all body) or when it is longer than any headline.
func headlineFirst(lines []string) bool {
	return len(lines) > 1 && arabic.CountWords(lines[0], maxHeadlineWords+1) <= maxHeadlineWords
}

// headlineSeps separate a headline from the outlet's name, strongest first.
var headlineSeps = []string{" | ", " – ", " — ", " - ", " :: ", " ـ "}

// splitHeadline splits "headline – outlet" when the right part names an
// outlet: a known one, or a short name that is not a place.
func (c *cleaner) splitHeadline(line string) (title, outlet string) {
	for _, sep := range headlineSeps {
		i := strings.LastIndex(line, sep)
		if i <= 0 {
			continue
		}
		left, right := strings.TrimSpace(line[:i]), strings.TrimSpace(line[i+len(sep):])
		if right == "" || left == "" {
			continue
		}
		rw, lw := len(strings.Fields(right)), len(strings.Fields(left))
		known := c.agencies[key(right)]
		if known || (rw <= 4 && utf8.RuneCountInString(right) <= 40 && lw >= 3 && !c.places[key(right)] && (sep == " | " || rw <= 3)) {
			return left, right
		}
	}
	return line, ""
}

// boilerplate helpers.

func hasLetter(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) {
			return true
		}
	}
	return false
}

// headlineLike reports whether a line looks like an item of a related
// articles list: short and without a closing full stop.
func headlineLike(l string) bool {
	if arabic.CountWords(l, 26) > 22 {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(l)
	return !strings.ContainsRune(".؟?!", r)
}

func (c *cleaner) dropBoilerplate(lines []string) ([]string, []string) {
	var warnings []string
	out := make([]string, 0, len(lines))
	for i := 0; i < len(lines); i++ {
		l := lines[i]
		drop := false
		n := -1 // words in l, counted up to one more than the longest rule's limit
		for _, r := range c.rules {
			if r.kind == kindTail && i < len(lines)-3 {
				continue
			}
			if r.kind == kindStrip {
				if r.re.MatchString(l) {
					l = strings.TrimSpace(r.re.ReplaceAllString(l, ""))
					n = -1
					c.count(r.name)
					if !hasLetter(l) {
						drop = true
						break
					}
				}
				continue
			}
			if r.maxWords > 0 {
				if n < 0 {
					n = arabic.CountWords(l, c.maxWords+1)
				}
				if n > r.maxWords {
					continue
				}
			}
			if !r.re.MatchString(l) {
				continue
			}
			c.count(r.name)
			drop = true
			if r.kind == kindList {
				for i+1 < len(lines) && headlineLike(lines[i+1]) {
					i++
					c.count(r.name + "-item")
				}
			}
			break
		}
		if !drop {
			out = append(out, l)
		}
	}
	return out, warnings
}

func (c *cleaner) count(name string) {
	c.stats.add(func(s *Stats) { s.Rules[name]++ })
}

// Datelines.

// datelineRe reads "PLACE[، COUNTRY] [(AGENCY)] SEP [AGENCY SEP]" at the
// start of a paragraph; SEP is a dash, an em or en dash, a spaced tatweel
// or (after an agency) a colon.
var datelineRe = regexp.MustCompile(`^([^\n(:\-–—]{0,60}?)\s*(?:\(([^()\n]{1,40})\))?\s*((?:[-–—]{1,3}|\sـ{1,3}|:)\s*)`)

type dateline struct {
	place  string // the city, or "" when only an agency opened the text
	agency string
	end    int // byte offset where the body starts
}

// dateline recognises a dateline at the start of s. In a byline field
// (whole) the text after the separator may be an agency or a reporter's
// name and the separator may end the string.
func (c *cleaner) dateline(s string, whole bool) (dateline, bool) {
	m := datelineRe.FindStringSubmatchIndex(s)
	if m == nil {
		if whole && c.isPlace(s) {
			return dateline{place: strings.TrimSpace(s), end: len(s)}, true
		}
		return dateline{}, false
	}
	placePart := strings.TrimSpace(s[m[2]:m[3]])
	agency := ""
	if m[4] >= 0 {
		agency = strings.TrimSpace(s[m[4]:m[5]])
	}
	sep := strings.TrimSpace(s[m[6]:m[7]])
	end := m[1]
	// An agency may follow the separator: "بيروت – أ ف ب:", "أبوظبي - سكاي نيوز عربية".
	rest := s[end:]
	if ag, n := c.leadingAgency(rest, whole); n > 0 {
		if agency == "" {
			agency = ag
		}
		end += n
	}
	city := placePart
	if i := strings.IndexAny(city, "،,"); i >= 0 {
		city = strings.TrimSpace(city[:i])
	}
	switch {
	case placePart == "" && agency != "" && c.isAgency(agency):
		return dateline{agency: agency, end: end}, true // "(CNN)-- "
	case placePart == "":
		return dateline{}, false
	case sep == ":" && agency == "":
		return dateline{}, false // "مصر: ..." opens a sentence, not a dateline
	case arabic.CountWords(city, 5) > 3:
		return dateline{}, false
	case c.isPlace(city) || (agency != "" && c.isAgency(agency) && arabic.CountWords(city, 4) <= 2):
		return dateline{place: city, agency: agency, end: end}, true
	}
	return dateline{}, false
}

// leadingAgency matches a known agency at the start of s followed by a
// separator (or the end of s when whole), and returns it and its length.
func (c *cleaner) leadingAgency(s string, whole bool) (string, int) {
	best, bestEnd := "", 0
	for i, r := range s {
		if i > 60 {
			break
		}
		if r == ':' || r == '-' || r == '–' || r == '—' || r == '\n' {
			cand := strings.TrimSpace(s[:i])
			if cand != "" && c.isAgency(cand) {
				best, bestEnd = cand, i+utf8.RuneLen(r)
			}
			break
		}
	}
	if best == "" && whole && c.isAgency(s) {
		return strings.TrimSpace(s), len(s)
	}
	if best != "" {
		for bestEnd < len(s) && (s[bestEnd] == ' ' || s[bestEnd] == '\t') {
			bestEnd++
		}
	}
	return best, bestEnd
}

func (c *cleaner) isPlace(s string) bool  { return c.places[key(s)] }
func (c *cleaner) isAgency(s string) bool { return c.agencies[key(strings.Trim(s, " ()"))] }

// suspectDateline returns a warning when a paragraph opens like a dateline
// that the cleaner could not confirm (an unknown place name).
func (c *cleaner) suspectDateline(s string) string {
	m := datelineRe.FindStringSubmatch(s)
	if m == nil || m[1] == "" || strings.TrimSpace(m[3]) == ":" {
		return ""
	}
	if w := arabic.CountWords(m[1], 4); w >= 1 && w <= 2 && m[2] != "" {
		return fmt.Sprintf("possible dateline not recognised: %q", strings.TrimSpace(m[0]))
	}
	return ""
}
