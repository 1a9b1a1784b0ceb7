package timex

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	hijri "github.com/hablullah/go-hijri"

	"github.com/marsad/marsad"
	"github.com/marsad/marsad/arabic"
)

// Match is a temporal expression found in a text, with byte offsets.
type Match struct {
	Start, End int    // byte offsets into the text
	Type       string // marsad.Date, TimeOfDay, Duration or Set
	Value      string // TIMEX3 value; "" when it could not be resolved
	Hijri      string // Hijri date of Hijri dates: YYYY-MM-DD, YYYY-MM or YYYY
	Mod        string // TIMEX3 mod: START, MID, END, APPROX, MORE_THAN, LESS_THAN, EQUAL_OR_MORE, EQUAL_OR_LESS
	Warning    string // why no value was given (impossible date, far year)
}

// tok is a token with its matching forms.
type tok struct {
	start, end int
	n          string // normalised
	bare       string // normalised without one proclitic (و ف ب ل ك), or n
	num        int    // value of a number token, -1 otherwise
	digits     int    // digit count of a number token
	kind       string
	verbFuture bool // a verb with the future prefix س
}

// finder holds the state of one Find call.
type finder struct {
	text    string
	toks    []tok
	pub     time.Time
	hasPub  bool
	pubYear string // the publication year, four digits, when hasPub
	section int    // the year of the chronology's header the text is under, or 0
	// lastMonth is the year and month (YYYY-MM) of the last date found
	// with both, or "".
	lastMonth string
	// lastDay is the day (YYYY-MM-DD) of the last date found with one,
	// "" when none; lastDayTok is the token it ended at, -1 when it was
	// found in the paragraph before.
	lastDay    string
	lastDayTok int
	// pastDay and pastDayTok are lastDay and lastDayTok of the last day
	// found that is not after publication.
	pastDay    string
	pastDayTok int
	// lastYear is the year of the last date or time found with one, 0
	// when none: العام نفسه، من نفس العام name it. lastYearTok is the
	// last token of that date in this text, -1 when it was before.
	lastYear    int
	lastYearTok int
}

// dayValueRe matches a TIMEX3 value that names a day.
var dayValueRe = regexp.MustCompile(`^\d{4}-\d{2}-\d{2}`)

// monthValue matches a TIMEX3 value that names a year and a month.
var monthValue = regexp.MustCompile(`^\d{4}-\d{2}($|-)`)

// Find returns the temporal expressions of text, resolved against the
// publication date published (YYYY-MM-DD; "" when unknown, in which case
// relative values stay relative, e.g. XXXX-09-15).
func Find(text, published string) []Match {
	return FindUnder(text, published, 0)
}

// FindUnder is Find for a text under a year header of a chronology
// ("- 2017 -" on a line of its own, then "22 أيلول/سبتمبر: ..."): a day
// and month, or a month, with no year of their own and no word relative
// to publication take the header's year. A year of 0 is no header.
func FindUnder(text, published string, year int) []Match {
	return find(text, published, year, "", "", 0)
}

// find is FindUnder after a text whose last month named, of a known
// year, is lastMonth (YYYY-MM, or ""): من الشهر نفسه names it. lastDay
// is the last day (YYYY-MM-DD, or "") named in the paragraph before,
// that اليوم التالي opening this one counts from. lastYear is the year of
// the last date found before, or 0 (العام نفسه).
func find(text, published string, year int, lastMonth, lastDay string, lastYear int) []Match {
	f := &finder{text: text, section: year, lastMonth: lastMonth, lastDay: lastDay, lastDayTok: -1, pastDayTok: -1, lastYear: lastYear, lastYearTok: -1}
	if t, err := time.Parse("2006-01-02", published); err == nil {
		f.pub, f.hasPub = t, true
		f.pubYear = fmt.Sprintf("%04d", t.Year())
	}
	if lastDay != "" && lastDay <= published {
		f.pastDay = lastDay
	}
	tokens := arabic.Tokenize(text)
	f.toks = make([]tok, 0, len(tokens))
	for _, t := range tokens {
		w := text[t.Start:t.End]
		k := tok{start: t.Start, end: t.End, kind: t.Kind, num: -1}
		k.n = arabic.Normalize(w)
		k.bare = k.n
		if t.Kind == marsad.TokenNumber {
			if v, err := strconv.Atoi(k.n); err == nil {
				k.num, k.digits = v, len(k.n)
			}
		}
		if t.Kind == marsad.TokenWord {
			if r, n := utf8.DecodeRuneInString(k.n); strings.ContainsRune("وفبلك", r) && utf8.RuneCountInString(k.n) > 2 && !known(k.n) {
				k.bare = k.n[n:]
				if r == 'ل' && strings.HasPrefix(k.bare, "ل") { // لل = ل + ال
					k.bare = "ا" + k.bare
				}
			}
			k.verbFuture = (futureVerb(w) || futureForm(k.n)) && !notFuture[k.n]
		}
		f.toks = append(f.toks, k)
	}
	var out []Match
	lastI, lastN := -1, 0 // the tokens of the last match
	near := cueAhead(f.toks)
	for i := 0; i < len(f.toks); {
		if !near[i] {
			i++
			continue
		}
		best, bestN := Match{}, 0
		for _, m := range matchers {
			if n, r := m(f, i); n > bestN {
				best, bestN = r, n
			}
		}
		if bestN == 0 {
			i++
			continue
		}
		if best.Type == marsad.Duration && f.workTitle(i, i+bestN-1) {
			i += bestN // برنامج "60 دقيقة": the name of a programme
			continue
		}
		best.Start, best.End = f.toks[i].start, f.toks[i+bestN-1].end
		if t := f.toks[i]; t.kind == marsad.TokenWord && t.bare != t.n && (cues[t.bare] || cues[strings.TrimPrefix(t.bare, "ال")] || signals[t.bare]) {
			// ويوم الأربعاء، فالشهر المقبل، بالأمس، لثلاثة أيام: the
			// conjunction or the preposition is not part of the expression.
			best.Start += f.proclitic(t)
		}
		if len(out) > 0 && f.andAfter(lastI+lastN, i) && best.Type == marsad.Duration && best.Mod == "" && out[len(out)-1].Type == marsad.Duration {
			// خمس سنوات وعشرة أشهر، ساعتين و30 دقيقة: one length.
			if v, ok := joinDurations(out[len(out)-1].Value, best.Value); ok {
				out[len(out)-1].Value, out[len(out)-1].End = v, best.End
				lastN = i + bestN - lastI
				i += bestN
				continue
			}
		}
		if len(out) > 0 && lastI+lastN == i-1 {
			best.Value = f.rangeEnd(lastI, i, out[len(out)-1].Value, best.Value)
			best.Value = everyYearEnd(f.text[best.Start:best.End], out[len(out)-1].Value, best.Value)
		}
		out = append(out, best)
		if monthValue.MatchString(best.Value) {
			f.lastMonth = best.Value[:7]
		}
		if y := yearOfValue(best, f.text[best.Start:best.End]); y > 0 {
			f.lastYear, f.lastYearTok = y, i+bestN-1
		}
		if (best.Type == marsad.Date || best.Type == marsad.TimeOfDay) && dayValueRe.MatchString(best.Value) {
			f.lastDay, f.lastDayTok = best.Value[:10], i+bestN-1
			if f.hasPub && f.lastDay <= published {
				f.pastDay, f.pastDayTok = f.lastDay, f.lastDayTok
			}
		}
		lastI, lastN = i, bestN
		i += bestN
	}
	return out
}

// yearOfValue is the year a date told, whose text is text, names for
// العام نفسه after it: of a year in digits (2014، 3 مايو 2015), or of a
// date no finer than a month (العام الماضي، الشهر المقبل، صيف 2012). A
// day or an hour told by its weekday or relative to publication (الجمعة،
// أمس، مساء السبت) names none: the year a story goes back to lies
// before them. 0 for other matches.
func yearOfValue(m Match, text string) int {
	if m.Type != marsad.Date && m.Type != marsad.TimeOfDay || len(m.Value) < 4 {
		return 0
	}
	if len(m.Value) > 4 && m.Value[4] != '-' {
		return 0 // 198, a decade; 2014-... only
	}
	if len(m.Value) >= 10 && !fourDigits(text) {
		return 0
	}
	if len(m.Value) > 5 && m.Value[5] == 'W' && !fourDigits(text) {
		return 0 // 2018-W20: a week told relative to publication
	}
	y, err := strconv.Atoi(m.Value[:4])
	if err != nil {
		return 0
	}
	return y
}

// fourDigits reports a run of four digits in s (a year written out).
func fourDigits(s string) bool {
	run := 0
	for _, r := range s {
		if unicode.IsDigit(r) {
			run++
			if run == 4 {
				return true
			}
		} else {
			run = 0
		}
	}
	return false
}

// andAfter reports that the match at token i follows the one that ended
// before token e with only و between them: glued to the first word of
// the match (وعشرة أشهر) or a token of its own (و 30 دقيقة).
func (f *finder) andAfter(e, i int) bool {
	if e == i {
		t := f.at(i)
		return t != nil && t.kind == marsad.TokenWord && t.bare != t.n && strings.HasPrefix(t.n, "و")
	}
	return e == i-1 && f.is(e, "و")
}

// durationPart is one count and unit of a TIMEX3 duration (5Y, 30M of
// the time part).
type durationPart struct {
	count string
	unit  byte
	time  bool
}

// durationRank orders the units of a duration, the largest first.
var durationRank = map[byte]int{'Y': 0, 'M': 1, 'D': 3}

// durationTimeRank orders the units of a duration's time part.
var durationTimeRank = map[byte]int{'H': 4, 'M': 5, 'S': 6}

// nextRank is the rank of the unit that follows one in a sum of two
// lengths: years and months, months and days, days and hours, hours and
// minutes, minutes and seconds. A sum that skips one (10 أعوام و5 أيام
// من الماء) is rather two lengths.
var nextRank = map[int]int{0: 1, 1: 3, 3: 4, 4: 5, 5: 6}

// durationParts reads a TIMEX3 duration of counts in digits (P5Y10M,
// PT2H30M); false for other values (PXY, P1.5Y, P2W, P1DE).
func durationParts(v string) ([]durationPart, bool) {
	if !strings.HasPrefix(v, "P") || len(v) < 3 {
		return nil, false
	}
	var out []durationPart
	inTime, num := false, ""
	for k := 1; k < len(v); k++ {
		c := v[k]
		switch {
		case c == 'T' && num == "" && !inTime:
			inTime = true
		case c >= '0' && c <= '9':
			num += string(c)
		case num != "":
			ranks := durationRank
			if inTime {
				ranks = durationTimeRank
			}
			if _, ok := ranks[c]; !ok {
				return nil, false
			}
			out = append(out, durationPart{count: num, unit: c, time: inTime})
			num = ""
		default:
			return nil, false
		}
	}
	return out, num == "" && len(out) > 0
}

// joinDurations is the one duration of two told in a row (خمس سنوات
// وعشرة أشهر: P5Y and P10M, P5Y10M) when every unit of the second is
// the next smaller after the last of the first (nextRank); false
// otherwise (عامين وثلاثة أعوام is no sum, nor a value with no count in
// digits).
func joinDurations(a, b string) (string, bool) {
	pa, ok1 := durationParts(a)
	pb, ok2 := durationParts(b)
	if !ok1 || !ok2 {
		return "", false
	}
	rank := func(p durationPart) int {
		if p.time {
			return durationTimeRank[p.unit]
		}
		return durationRank[p.unit]
	}
	if next, ok := nextRank[rank(pa[len(pa)-1])]; !ok || rank(pb[0]) != next {
		return "", false
	}
	var date, clock strings.Builder
	for _, p := range append(pa, pb...) {
		w := &date
		if p.time {
			w = &clock
		}
		w.WriteString(p.count)
		w.WriteByte(p.unit)
	}
	v := "P" + date.String()
	if clock.Len() > 0 {
		v += "T" + clock.String()
	}
	return v, true
}

// proclitic is the length in bytes of the conjunction or preposition
// that opens the raw word of t: و ف ب ل ك. Of لل (ل + ال: للعام 2017,
// لليوم, the article's alif dropped) only the preposition's ل stays out:
// the second is the article's (لعام 2017), which a span without it
// (عام 2017) would lose.
func (f *finder) proclitic(t tok) int {
	r, n := utf8.DecodeRuneInString(f.text[t.start:])
	r2, _ := utf8.DecodeRuneInString(f.text[t.start+n:])
	if r == 'و' || r == 'ف' || r == 'ل' || (r == 'ب' || r == 'ك') && r2 != 'ل' {
		return n
	}
	return 0
}

// everyYearEnd is the value of a month or a day, of text, that ends a
// range whose start, of value from, is of every year (كل سنة من حزيران
// إلى أيلول: XXXX-06 to XXXX-09): of every year too, unless it names a
// year of its own. Other values are kept.
func everyYearEnd(text, from, value string) string {
	if !strings.HasPrefix(from, "XXXX-") || len(from) != len(value) || !monthValue.MatchString(value) || fourDigits(text) {
		return value
	}
	return "XXXX" + value[4:]
}

// rangeEnd is the value of a weekday at i that ends a range whose start,
// of value from, begins at token s (من الثلاثاء حتى يوم الجمعة، اعتبارا
// من الاثنين إلى الخميس): the first such day on or after the start, not
// the one before publication. Other values are kept.
func (f *finder) rangeEnd(s, i int, from, value string) string {
	if !f.is(s-1, "من") || !f.is(i-1, "حتي", "الي") || !weekdayAt(f, i) && !(f.is(i, "يوم") && weekdayAt(f, i+1)) {
		return value
	}
	if len(from) < 10 || len(value) < 10 {
		return value
	}
	start, err1 := time.Parse("2006-01-02", from[:10])
	end, err2 := time.Parse("2006-01-02", value[:10])
	if err1 != nil || err2 != nil || !end.Before(start) {
		return value
	}
	for end.Before(start) {
		end = end.AddDate(0, 0, 7)
	}
	return end.Format("2006-01-02") + value[10:]
}

// signals are the words that open an expression without being a cue
// (وقبل يومين، فبعد ثلاثة أيام، وكل عام، ومنذ عامين، لربع قرن، لأكثر من
// عامين، لنحو شهر).
var signals = map[string]bool{
	"قبل": true, "بعد": true, "كل": true, "منذ": true, "ربع": true, "نصف": true,
	"اكثر": true, "اقل": true, "نحو": true, "حوالي": true, "قرابه": true, "زهاء": true,
	"عشرات": true, "ميات": true, // لعشرات السنين، لمئات السنين
}

// known reports words that begin with a proclitic letter but are temporal words themselves.
func known(n string) bool {
	_, m := months[n]
	_, u := units[n]
	_, c := cardinals[n]
	return m || u || c || n == "فجرا" || n == "فجر" || n == "ليلا" || n == "ليل" || n == "ليله" || n == "كانون" || n == "بعد"
}

func (f *finder) at(i int) *tok {
	if i < 0 || i >= len(f.toks) {
		return nil
	}
	return &f.toks[i]
}

// is reports whether token i (bare form) is one of words.
func (f *finder) is(i int, words ...string) bool {
	t := f.at(i)
	if t == nil {
		return false
	}
	for _, w := range words {
		if t.bare == w || t.n == w {
			return true
		}
	}
	return false
}

// lookup finds token i in a lexicon by its bare or full form.
func (f *finder) lookup(i int, m map[string]int) (int, bool) {
	t := f.at(i)
	if t == nil || t.kind != marsad.TokenWord {
		return 0, false
	}
	if v, ok := m[t.n]; ok {
		return v, true
	}
	v, ok := m[t.bare]
	return v, ok
}

type matcher func(f *finder, i int) (int, Match)

var matchers = []matcher{
	(*finder).dayMonth,
	(*finder).numericDate,
	(*finder).monthYear,
	(*finder).hijriMonth,
	(*finder).year,
	(*finder).weekday,
	(*finder).morrow,
	(*finder).relativeDay,
	(*finder).relativeUnit,
	(*finder).sameYear,
	(*finder).decade,
	(*finder).offset,
	(*finder).duration,
	(*finder).rangeFirst,
	(*finder).countFirst,
	(*finder).clock,
	(*finder).midnight,
	(*finder).set,
	(*finder).season,
	(*finder).quarter,
	(*finder).reference,
	(*finder).holiday,
}

// Number reading.

// number reads a number at i: digits, a cardinal word, or compound words
// (خمسة وتسعين). It returns the value and the tokens used.
func (f *finder) number(i int) (int, int) {
	v, n := f.smallNumber(i)
	if n > 0 && v > 1 && v < 1000 && f.is(i+n, "الف", "الاف") {
		return v * 1000, n + 1 // 14 ألف، مئة ألف، عشرة آلاف: thousands
	}
	return v, n
}

// smallNumber reads a number at i without the thousands that may follow
// it: digits, a cardinal word or compound words.
func (f *finder) smallNumber(i int) (int, int) {
	t := f.at(i)
	if t == nil {
		return 0, 0
	}
	if t.num >= 0 {
		return t.num, 1
	}
	v, ok := f.lookup(i, cardinals)
	if !ok {
		return 0, 0
	}
	n := 1
	// خمسة عشر, خمسة وتسعين / وتسعون
	if f.is(i+1, "عشر", "عشره") && v < 10 {
		return v + 10, 2
	}
	if nt := f.at(i + 1); nt != nil && v < 10 && strings.HasPrefix(nt.n, "و") {
		if w, ok := cardinals[nt.n[len("و"):]]; ok && w >= 20 && w < 100 {
			return v + w, 2
		}
	}
	return v, n
}

// dayNumber reads a day of the month: 15, ١٥, الخامس عشر (من), غرة.
func (f *finder) dayNumber(i int) (int, int) {
	t := f.at(i)
	if t == nil {
		return 0, 0
	}
	if t.num >= 1 && t.num <= 31 && t.digits <= 2 {
		return t.num, 1
	}
	if f.is(i, "غره") {
		return 1, 1 // غرة ماي، غرة رمضان: the first day of the month
	}
	v, ok := f.lookup(i, ordinals)
	if !ok {
		return 0, 0
	}
	n := 1
	if v < 10 && f.is(i+1, "عشر") {
		v, n = v+10, 2
	} else if v < 10 && f.at(i+1) != nil && (f.at(i+1).n == "والعشرين" || f.at(i+1).n == "والثلاثين") {
		v += map[string]int{"والعشرين": 20, "والثلاثين": 30}[f.at(i+1).n]
		n = 2
	}
	if f.is(i+n, "من") {
		n++
	}
	return v, n
}

// month reads a month name at i: Gregorian (one or two words) or Hijri.
func (f *finder) month(i int) (m, n int, hij bool) {
	t := f.at(i)
	if t == nil || t.kind != marsad.TokenWord {
		return 0, 0, false
	}
	if second, ok := months2[t.bare]; ok {
		if nt := f.at(i + 1); nt != nil {
			if v, ok := second[nt.n]; ok {
				return v, 2, false
			}
		}
	}
	if second, ok := hijri2[t.bare]; ok {
		if nt := f.at(i + 1); nt != nil {
			if v, ok := second[nt.n]; ok {
				return v, 2, true
			}
		}
	}
	if v, ok := f.lookup(i, months); ok {
		return v, 1, false
	}
	if v, ok := f.lookup(i, hijriMonths); ok {
		return v, 1, true
	}
	return 0, 0, false
}

// altMonth reads the second naming of a double form: "/ أيلول", "(سبتمبر)",
// after the first naming of month, which ends at i-1. After a slash or a
// bracket the second naming may also be the writer's slip, the other
// naming of a month next to it (يوليو/حزيران، كانون الثاني/ديسمبر), or a
// two-word name cut short (أكتوبر/ تشرين): it is read with the first,
// whose month stands. A month further off, or one named in the first's
// own naming (يوليو/أغسطس), is a month of its own and is left out.
func (f *finder) altMonth(i, month int) int {
	n := 0
	paren := f.is(i, "(")
	slash := paren || f.is(i, "/")
	if slash || f.is(i, "-", "،", "او") {
		n = 1
	}
	m, k, hij := f.month(i + n)
	if k == 0 && slash && f.cutLevantine(i+n, month) {
		k, m = 1, month
	}
	if k == 0 || hij || m != month && !(slash && f.monthSlip(i-1, i+n, k, month, m)) {
		return 0
	}
	n += k
	if paren && f.is(i+n, ")") {
		n++ // only the bracket it opened: (من 8 إلى 14 نيسان/أبريل) keeps its own
	}
	return n
}

// cutLevantine reports the first word of a two-word Levantine month name
// alone at i (تشرين، كانون) where it may name month: تشرين October or
// November, كانون December or January.
func (f *finder) cutLevantine(i, month int) bool {
	switch {
	case f.is(i, "تشرين"):
		return month == 10 || month == 11
	case f.is(i, "كانون"):
		return month == 12 || month == 1
	}
	return false
}

// monthSlip reports a second naming at j, k tokens long, of month m that
// is the writer's slip for the first naming, of month first, which ends
// at e: one of the two is Levantine and the other not, and their months
// are next to each other (تموز/يونيو، نوفمبر/تشرين الأول).
func (f *finder) monthSlip(e, j, k, first, m int) bool {
	if d := (m - first + 12) % 12; d != 1 && d != 11 {
		return false
	}
	return f.levantineEnd(e) != f.levantineEnd(j+k-1)
}

// levantineEnd reports a Levantine month name (levantineMonths, months2)
// that ends at i.
func (f *finder) levantineEnd(i int) bool {
	t := f.at(i)
	if t == nil || t.kind != marsad.TokenWord {
		return false
	}
	if levantineMonths[t.bare] || levantineMonths[t.n] {
		return true
	}
	p := f.at(i - 1)
	return p != nil && p.kind == marsad.TokenWord && months2[p.bare][t.n] > 0
}

// yearAfter reads a year at i: 2014, 1445 هـ, 2014م, "عام 2014".
func (f *finder) yearAfter(i int) (y, n int, hij bool) {
	if f.is(i, "عام", "سنه", "العام", "السنه") {
		if y, k, h := f.yearAfter(i + 1); k > 0 {
			return y, k + 1, h
		}
		return 0, 0, false
	}
	t := f.at(i)
	if t == nil || t.num < 0 || t.digits < 3 || t.digits > 4 {
		return 0, 0, false
	}
	y, n = t.num, 1
	// 2014م / 1445هـ (glued) or a following هـ / م token.
	if nt := f.at(i + 1); nt != nil && nt.start == t.end || nt != nil {
		switch {
		case f.is(i+1, "ه", "هـ") || (nt != nil && (nt.n == "ه" || nt.n == "هجري" || nt.n == "هجريه")):
			if tt := f.at(i + 2); tt != nil && f.text[tt.start:tt.end] == "ـ" && tt.start == f.at(i+1).end {
				return y, n + 2, true // هـ: the tatweel is part of the abbreviation
			}
			return y, n + 1, true
		case f.is(i+1, "م") && f.is(i+2, "د", "دينار", "دولار", "دج", "دم", "ج", "جنيه", "ريال", "درهم", "ل"):
			// 900 م د: million dinars, not the year 900.
		case f.is(i+1, "م", "ميلادي", "ميلاديه"):
			return y, n + 1, false
		}
	}
	// A year with no era mark is Hijri only in the range of the last
	// century: 1492 is Granada's fall, not 2068.
	return y, n, y >= 1350 && y <= 1460
}

// relWord reads a relative modifier: الماضي (-1), المقبل (+1), الجاري (0).
func (f *finder) relWord(i int) (int, bool) {
	switch {
	case f.is(i, "الماضي", "الماضيه", "المنصرم", "المنصرمه", "الفائت", "الفايت", "الفايته", "السابق", "السابقه", "الاخير", "الاخيره"):
		return -1, true
	case f.is(i, "المقبل", "المقبله", "القادم", "القادمه", "التالي", "التاليه", "اللاحق", "اللاحقه"):
		return 1, true
	case f.is(i, "الجاري", "الجاريه", "الحالي", "الحاليه", "هذا", "هذه"):
		return 0, true
	}
	return 0, false
}

// Date arithmetic and values.

func (f *finder) date(y, m, d int) (string, string) {
	if m < 1 || m > 12 {
		return "", fmt.Sprintf("month %d does not exist", m)
	}
	if d < 1 || d > daysIn(y, m) {
		return "", fmt.Sprintf("day %d of month %d does not exist", d, m)
	}
	if y == 0 {
		return fmt.Sprintf("XXXX-%02d-%02d", m, d), ""
	}
	if w := f.farYear(y); w != "" {
		return "", w
	}
	return fmt.Sprintf("%04d-%02d-%02d", y, m, d), ""
}

func daysIn(y, m int) int {
	if y == 0 {
		y = 2000 // leap: 29 فبراير is possible
	}
	return time.Date(y, time.Month(m)+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

// farYear warns about years too far from the publication date to be right.
func (f *finder) farYear(y int) string {
	ref := 2025
	if f.hasPub {
		ref = f.pub.Year()
	}
	if y < 600 || y > ref+60 {
		return fmt.Sprintf("year %d is too far from the publication year", y)
	}
	return ""
}

// yearFor picks the year of a day and month with no year: the publication
// year, or the year before when the date would be far in the future of a
// past narrative.
func (f *finder) yearFor(m, d, rel int) int {
	if !f.hasPub {
		return 0
	}
	y := f.pub.Year()
	switch rel {
	case -1:
		if m > int(f.pub.Month()) || m == int(f.pub.Month()) && d > f.pub.Day() {
			y--
		}
	case 1:
		if m < int(f.pub.Month()) || m == int(f.pub.Month()) && d < f.pub.Day() {
			y++
		}
	default:
		// Unmarked: a date more than ~8 months ahead is last year's.
		if t := time.Date(y, time.Month(m), max(d, 1), 0, 0, 0, 0, time.UTC); t.Sub(f.pub) > 240*24*time.Hour {
			y--
		} else if f.pub.Sub(t) > 300*24*time.Hour {
			y++
		}
	}
	return y
}

func (f *finder) dayValue(off int) string {
	if !f.hasPub {
		return ""
	}
	return f.pub.AddDate(0, 0, off).Format("2006-01-02")
}

// hijriToGregorian converts an Umm al-Qura date, or the arithmetic
// calendar outside the Umm al-Qura table (1356-1500 AH).
func hijriToGregorian(y, m, d int) (time.Time, bool) {
	if m < 1 || m > 12 || d < 1 || d > 30 || y < 1 {
		return time.Time{}, false
	}
	if y >= 1356 && y <= 1500 {
		g := hijri.UmmAlQuraDate{Year: int64(y), Month: int64(m), Day: int64(d)}.ToGregorian()
		// Reject day 30 of a 29-day month: it lands on the next month's first day.
		if back, err := hijri.CreateUmmAlQuraDate(g); err == nil && int(back.Month) == m {
			return g, true
		}
		return time.Time{}, false
	}
	return hijri.HijriDate{Year: int64(y), Month: int64(m), Day: int64(d)}.ToGregorian(), true
}

// hijriYearNow is the Umm al-Qura year of the publication date.
func (f *finder) hijriYearNow() int {
	if !f.hasPub {
		return 0
	}
	if h, err := hijri.CreateUmmAlQuraDate(f.pub); err == nil {
		return int(h.Year)
	}
	return 0
}

// hijriYearIn is the Hijri year whose month m begins in the Gregorian
// year y, 0 when there is none.
func (f *finder) hijriYearIn(y, m int) int {
	h, err := hijri.CreateUmmAlQuraDate(time.Date(y, 7, 1, 0, 0, 0, 0, time.UTC))
	if err != nil {
		return 0
	}
	for hy := int(h.Year) - 1; hy <= int(h.Year)+1; hy++ {
		if g, ok := hijriToGregorian(hy, m, 1); ok && g.Year() == y {
			return hy
		}
	}
	return 0
}

func normalizeWord(s string) string { return arabic.Normalize(s) }

// maxProcliticBytes bounds where the future prefix س can sit in a raw
// word: after at most و or ف and their short vowels, well within 12 bytes.
const maxProcliticBytes = 12

// futureVerb reports a raw word w with the future prefix س: as the
// segmenter splits it, or, when it leaves و or ف and the rest whole
// (وستباع, of a verb too rare to split), as it splits the rest. Fewer
// than three letters after س make no verb (سين، سيد: a name, a title).
func futureVerb(w string) bool {
	if i := strings.IndexRune(w, 'س'); i < 0 || i > maxProcliticBytes {
		return false // no س among the proclitics: most words, no segmenting
	}
	pre, _, _ := arabic.Segment(w)
	if strings.HasSuffix(pre, "س") {
		return utf8.RuneCountInString(w[len(pre):]) >= 3
	}
	r, n := utf8.DecodeRuneInString(w)
	if pre != "" || (r != 'و' && r != 'ف') || !strings.HasPrefix(w[n:], "س") {
		return false
	}
	pre, _, _ = arabic.Segment(w[n:])
	return pre == "س" && utf8.RuneCountInString(w[n+len(pre):]) >= 3
}

// futureForm reports a future verb in the dual or the plural that the
// segmenter leaves whole (سيعلنان، ستجريان، سيلتقون): س, a present prefix,
// no long vowel after it (سياسيين، ستيفان are no verbs), six letters at
// least and a dual or plural ending. The ending ين, of the second person
// feminine, is left out: in the news it ends names (سيغولين، سيتروين).
func futureForm(n string) bool {
	r0, n0 := utf8.DecodeRuneInString(n)
	if r0 != 'س' {
		return false
	}
	r1, n1 := utf8.DecodeRuneInString(n[n0:])
	r2, _ := utf8.DecodeRuneInString(n[n0+n1:])
	if !strings.ContainsRune("يتن", r1) || r2 == 'ا' || r2 == 'ي' || utf8.RuneCountInString(n) < 6 {
		return false // سياسيين، ستيفان، سيمون: nouns and names
	}
	return strings.HasSuffix(n, "ان") || strings.HasSuffix(n, "ون")
}
