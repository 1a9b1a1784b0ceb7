package timex

import (
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/marsad/marsad"
)

// New returns the stage that fills Document.Times, resolving relative
// expressions against Document.Published.
func New() (marsad.Stage, error) { return stage{}, nil }

type stage struct{}

func (stage) Name() string       { return "timex" }
func (stage) Requires() []string { return []string{marsad.AnnText} }
func (stage) Provides() []string { return []string{marsad.AnnTimes} }

// Process finds the temporal expressions of each paragraph.
func (stage) Process(d *marsad.Document) error {
	d.Times = d.Times[:0]
	x := d.Index()
	paras := d.Paragraphs
	if len(paras) == 0 {
		paras = []marsad.Span{{Start: 0, End: x.Runes()}}
	}
	section, lastMonth, lastDay, lastYear := 0, "", "", 0
	for _, p := range paras {
		b0, b1 := x.Byte(p.Start), x.Byte(p.End)
		if y, ok := yearHeader(d.Text[b0:b1], d.Published); ok {
			section = y
		}
		day := ""
		for _, m := range find(d.Text[b0:b1], d.Published, section, lastMonth, lastDay, lastYear) {
			if monthValue.MatchString(m.Value) {
				lastMonth = m.Value[:7]
			}
			if y := yearOfValue(m, d.Text[b0+m.Start:b0+m.End]); y > 0 {
				lastYear = y
			}
			if (m.Type == marsad.Date || m.Type == marsad.TimeOfDay) && dayValueRe.MatchString(m.Value) {
				day = m.Value[:10]
			}
			t := marsad.Time{Span: d.SpanOf(b0+m.Start, b0+m.End), Text: d.Text[b0+m.Start : b0+m.End],
				Type: m.Type, Value: m.Value, Hijri: m.Hijri, Mod: m.Mod}
			if m.Warning != "" {
				d.Warn(fmt.Sprintf("time %q at %d: %s; no value given", t.Text, t.Start, m.Warning))
			}
			d.Times = append(d.Times, t)
		}
		lastDay = day // only the paragraph right before counts
	}
	return nil
}

// yearHeader reads a paragraph that is only a year, bare or between
// dashes ("- 2017 -", "2014"): the header of a chronology's section,
// whose year the days under it take. A header of several years ("- 2014
// إلى 2016 -") starts a section of no one year (0). A year after
// publication is no header.
func yearHeader(p, published string) (int, bool) {
	s := strings.Trim(p, " \t\n-–—:*•")
	if s == "" || utf8.RuneCountInString(s) > 24 {
		return 0, false
	}
	fields := strings.Fields(s)
	if len(fields) == 1 {
		y, err := strconv.Atoi(s)
		if err != nil || len(s) != 4 || y < 1900 || len(published) >= 4 && s > published[:4] {
			return 0, false
		}
		return y, true
	}
	if len(fields) == 3 && (fields[1] == "إلى" || fields[1] == "الى" || fields[1] == "-" || fields[1] == "و") {
		if isYear(fields[0]) && isYear(strings.TrimPrefix(fields[2], "و")) {
			return 0, true
		}
	}
	return 0, false
}

// isYear reports a year of four digits, 1900 or later.
func isYear(s string) bool {
	y, err := strconv.Atoi(s)
	return err == nil && len(s) == 4 && y >= 1900
}
