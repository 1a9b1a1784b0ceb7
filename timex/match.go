package timex

import (
	"fmt"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/marsad/marsad"
	"github.com/marsad/marsad/arabic"
)

// dayMonth: 15 سبتمبر/ أيلول [2014] [الجاري], الخامس عشر من رمضان 1445 هـ.
func (f *finder) dayMonth(i int) (int, Match) {
	d, n := f.dayNumber(i)
	if n == 0 {
		return 0, Match{}
	}
	if f.at(i).num < 0 && f.is(i-1, "الاسبوع", "الاسابيع", "الايام", "الشهر", "النصف", "الربع", "الثلث") {
		return 0, Match{} // الأسبوع الثاني من شهر شباط: a week of the month, not its second day
	}
	if f.is(i, "غره") && f.is(i-1, "نهج", "شارع", "ساحه", "ميدان") {
		return 0, Match{} // نهج غرة جوان: a street named for the day
	}
	if f.at(i).num >= 0 && f.is(i+n, "من") && f.monthAt(i+n+1) {
		n++ // 14 من نوفمبر، الـ 20 من شهر آذار: the day of the month named
	}
	if f.is(i+n-1, "من") && f.is(i+n, "شهر") {
		n++ // الأول من شهر آب: the day of the month named
	}
	if k := f.sameMonth(i + n); k > 0 {
		res := Match{Type: marsad.Date}
		res.Value = fmt.Sprintf("%s-%02d", f.lastMonth, d)
		return n + k, res
	}
	if rel, k := f.ofRelMonth(i + n); k > 0 && !f.rangeEndDay(i) {
		// الثالث من الشهر الجاري، 25 من الشهر الماضي: that day of the
		// month named relative to publication.
		t := time.Date(f.pub.Year(), f.pub.Month()+time.Month(rel), 1, 0, 0, 0, 0, time.UTC)
		res := Match{Type: marsad.Date}
		res.Value, res.Warning = f.date(t.Year(), int(t.Month()), d)
		return n + k, res
	}
	m, k, hij := f.month(i + n)
	if k == 0 {
		return f.firstOfTwoDays(i, d)
	}
	if !hij && f.lebaneseCamp(i, d, m) {
		return 0, Match{}
	}
	n += k
	if !hij {
		n += f.altMonth(i+n, m)
	}
	if f.is(i+n, "من") && f.is(i+n+1, "كل") && f.is(i+n+2, "عام", "سنه") && !hij {
		// 14 أكتوبر من كل عام: that day of every year.
		if _, w := f.date(0, m, d); w == "" {
			return n + 3, Match{Type: marsad.Set, Value: fmt.Sprintf("XXXX-%02d-%02d", m, d)}
		}
	}
	if k := f.ofYearNumber(i + n); k > 0 {
		n += k // 7 سبتمبر من عام 1923: the year after من
	} else if k := f.sameYearAfter(i + n); k > 0 && !hij {
		// 27 مايو من نفس العام: that day of the year told before.
		res := Match{Type: marsad.Date}
		res.Value, res.Warning = f.date(f.lastYear, m, d)
		return n + k, res
	} else if r, k := f.yearRelAfter(i + n); k > 0 && !hij && f.hasPub {
		// 3 مارس من العام الماضي، 3 مارس، العام الماضي: that day of the year named.
		res := Match{Type: marsad.Date}
		res.Value, res.Warning = f.date(f.pub.Year()+r, m, d)
		return n + k, res
	} else if k := f.thisYearAfter(i + n); k > 0 && !hij && f.hasPub {
		res := Match{Type: marsad.Date} // 4 يوليو هذا العام
		res.Value, res.Warning = f.date(f.pub.Year(), m, d)
		return n + k, res
	}
	y, k, yh := f.yearAfter(i + n)
	if k > 0 {
		n += k
		hij = hij || yh && hij
	}
	rel, hasRel := 0, false
	if k == 0 && !f.is(i+n, "هذا", "هذه") { // شعبان لهذا العام: the year that follows
		if r, ok := f.relWord(i + n); ok {
			rel, hasRel = r, true
			n++
		}
	}
	res := Match{Type: marsad.Date}
	if hij {
		hy := y
		if hy == 0 {
			hy = f.hijriYearNow()
			if g, ok := hijriToGregorian(hy, m, d); ok && hy > 0 && hasRel {
				// 12 رمضان الماضي said before that day this year: last
				// year's; غرة محرم المقبل said after it: next year's.
				if rel < 0 && g.After(f.pub) {
					hy--
				} else if rel > 0 && g.Before(f.pub) {
					hy++
				}
			}
		}
		if hy == 0 {
			res.Value = fmt.Sprintf("XXXX-XX-XX")
			res.Hijri = fmt.Sprintf("XXXX-%02d-%02d", m, d)
			return n, res
		}
		res.Hijri = fmt.Sprintf("%04d-%02d-%02d", hy, m, d)
		if g, ok := hijriToGregorian(hy, m, d); ok {
			res.Value = g.Format("2006-01-02")
		} else {
			res.Warning = fmt.Sprintf("Hijri date %s does not exist", res.Hijri)
		}
		return n, res
	}
	if y == 0 {
		if ny := f.namedEventYear(i, d, m); ny > 0 && !hasRel {
			y = ny // هجمات 11 سبتمبر، ثورة 25 يناير: the year of the event
		} else if hasRel {
			y = f.yearFor(m, d, rel)
		} else if oy := f.yearsAgoBefore(i); oy > 0 {
			y = oy // قبل 20 عاما، في 4 سبتمبر: the day of that year
		} else if sy, ok := f.sentenceYear(i, m); ok && !f.is(i+n, "هذا", "هذه") {
			y = sy // but 4 يوليو هذا العام is this year's
		} else if f.section > 0 && !f.is(i+n, "هذا", "هذه") {
			y = f.section // under the header "- 2017 -" of a chronology
		} else if f.everyYearBefore(i) {
			// تنظم مظاهرات كل عام في الأول من مايو: that day of every year
			res.Value = fmt.Sprintf("XXXX-%02d-%02d", m, d)
			return n, res
		} else if f.sinceDay(i) {
			y = f.yearFor(m, d, -1) // منذ هجوم 14 أكتوبر، said in February: last October
		} else {
			y = f.yearFor(m, d, 0)
			if f.farAheadInPast(y, m, d, i) || f.farAheadOpening(y, m, d, i, i+n) {
				y-- // أطلقها الحوثيون في 22 تموز، said in February: last July
			}
		}
	}
	res.Value, res.Warning = f.date(y, m, d)
	return n, res
}

// sinceDay reports منذ, عقب, إثر or أعقاب among the five tokens before
// the day at i, in its clause, with no word of an end (حتى، إلى، بحلول)
// between: the day is one gone by (منذ 14 أكتوبر، منذ هجوم 14 أكتوبر
// الشهير، عقب انتخابات 20 مارس).
func (f *finder) sinceDay(i int) bool {
	for k := i - 1; k >= 0 && k >= i-5; k-- {
		t := f.at(k)
		if t.kind == marsad.TokenPunct || f.is(k, "حتي", "الي", "بحلول") {
			return false
		}
		if f.is(k, "منذ", "عقب", "اثر", "اعقاب") {
			return true
		}
	}
	return false
}

// farAheadOpening reports a day and month with no year (d, m, taken in
// year y), from i to e, that opens its sentence after في and is followed,
// but for a comma, by a past verb (في الأول من تشرين الأول، قام
// التونسي ... بقتل), more than three months after publication: a day of
// the past year, as with a past verb before it (farAheadInPast).
func (f *finder) farAheadOpening(y, m, d, i, e int) bool {
	if !f.hasPub || y != f.pub.Year() || !f.is(i-1, "في") {
		return false
	}
	if p := f.at(i - 2); p != nil && !(p.kind == marsad.TokenPunct && (p.n == "." || p.n == "؟" || p.n == "!")) && !strings.Contains(f.text[p.end:f.at(i-1).start], "\n") {
		return false
	}
	if f.is(e, "،", ",") {
		e++
	}
	t := f.at(e)
	if t == nil || t.kind != marsad.TokenWord || !(pastVerbAt(t) || perfectForm(t.bare) || f.is(e, "كان", "كانت", "قام", "شن", "هاجم", "اقتحم")) {
		return false
	}
	day := time.Date(y, time.Month(m), max(d, 1), 0, 0, 0, 0, time.UTC)
	return day.Sub(f.pub) > 90*24*time.Hour
}

// campNouns name a political camp or its members; before 8 آذار or 14
// آذار they make the day the name of a Lebanese coalition.
var campNouns = map[string]bool{"قوي": true, "فريق": true, "فريقي": true, "تحالف": true, "تيار": true,
	"طرفي": true, "معسكر": true, "حركه": true, "كتله": true, "نواب": true, "جمهور": true, "احزاب": true, "معسكري": true}

// lebaneseCamp reports the day d of month m at i that names one of the
// Lebanese coalitions, 8 and 14 March, after a noun of a camp (قوى 14
// آذار، فريقي 8 آذار، طرفي 14 و8 آذار): a name, not a day.
func (f *finder) lebaneseCamp(i, d, m int) bool {
	if t := f.at(i); m != 3 || d != 8 && d != 14 || t == nil || t.num < 0 {
		return false
	}
	j := i - 1
	if f.is(j, "و") {
		if t := f.at(j - 1); t != nil && (t.num == 8 || t.num == 14) {
			j -= 2 // طرفي 14 و8 آذار: the camp noun is before the first
		}
	}
	if t := f.at(j); t != nil && t.kind == marsad.TokenPunct && isQuoteMark(t.n) {
		j-- // قوى "14 آذار"
	}
	t := f.at(j)
	if t != nil && t.kind == marsad.TokenWord && (campNouns[t.n] || campNouns[t.bare]) {
		return true
	}
	if !f.is(j, "و") {
		return false
	}
	// فريقي 8 آذار الذي ...، و14 آذار: a camp joined to one named before.
	for k := j - 2; k >= 0 && k >= j-40; k-- {
		p := f.at(k)
		if p.kind == marsad.TokenPunct && p.n == "." || strings.Contains(f.text[p.end:f.at(k+1).start], "\n") {
			return false
		}
		if (p.num == 8 || p.num == 14) && f.is(k+1, "اذار") && f.lebaneseCamp(k, p.num, 3) {
			return true
		}
	}
	return false
}

// yearsAgoBefore is the year of a count of years ago (قبل 20 عاما،
// منذ ثلاثين عاما) that ends right before the day at i, but for a comma,
// في, يوم or تحديدا between them (قبل 20 عاما، في 4 سبتمبر/أيلول، أسس):
// the day is of that year. It is 0 when there is none.
func (f *finder) yearsAgoBefore(i int) int {
	e := i - 1
	for e >= 0 && f.is(e, "في", "يوم", "تحديدا", "،", ",") {
		e--
	}
	if e == i-1 || !f.is(i-1, "في", "يوم") {
		return 0
	}
	for j := e - 1; j >= 0 && j >= e-5; j-- {
		if !f.is(j, "قبل", "منذ") {
			continue
		}
		if n, m := f.offset(j); n > 0 {
			if j+n-1 != e || m.Type != marsad.Date || len(m.Value) != 4 {
				return 0
			}
			y, err := strconv.Atoi(m.Value)
			if err != nil {
				return 0
			}
			return y
		}
		// منذ عشرين عاما، في: a length to the offset matcher, here ago.
		c, u, _, n := f.amount(j + 1)
		if !f.is(j, "منذ") || !f.hasPub || n == 0 || j+n != e || u.letter != "Y" || u.time || c <= 0 {
			return 0
		}
		if y := f.pub.Year() - c; f.farYear(y) == "" {
			return y
		}
		return 0
	}
	return 0
}

// farAheadInPast reports a day and month with no year (d, m, taken in
// year y) that fall more than three months after publication while a
// past verb leads the clause of the day at i (pastClause): a day of the
// past year. A day nearer ahead may be set by what was said (أعلن أن
// الانتخابات في 7 مارس) and is kept, as is the day of what a call was
// for (دعا إلى انتخابات مبكرة في 26 آب).
func (f *finder) farAheadInPast(y, m, d, i int) bool {
	if !f.hasPub || y != f.pub.Year() {
		return false
	}
	t := time.Date(y, time.Month(m), max(d, 1), 0, 0, 0, 0, time.UTC)
	return t.Sub(f.pub) > 90*24*time.Hour && f.pastClause(i) && !f.calledFor(i)
}

// sameMonth reads من الشهر نفسه (or ذاته) at i after a day (4 من الشهر
// نفسه: the 4th of the same month) when a month of a known year was
// named before (lastMonth); it returns the tokens used.
func (f *finder) sameMonth(i int) int {
	if f.lastMonth == "" || !f.is(i, "من") || !f.is(i+1, "الشهر") || !f.is(i+2, "نفسه", "ذاته") {
		return 0
	}
	return 3
}

// yearAnaphor reads a year told before at i (العام نفسه، العام ذاته،
// نفس العام، ذات العام، ذلك العام، تلك السنة، السنة نفسها، العام
// المذكور): the tokens used, 0 when there is none or no year was found
// before (lastYear).
func (f *finder) yearAnaphor(i int) int {
	if f.lastYear == 0 {
		return 0
	}
	if f.is(i+2, "الذي", "التي") {
		return 0 // نفس العام الذي فاز فيه: the year the clause tells
	}
	if _, ok := f.relWord(i + 2); ok {
		return 0 // أعلن عن ذلك العام الماضي: "it", last year
	}
	year := func(j int, words ...string) bool { // with no proclitic (وذلك للعام الخامس)
		t := f.at(j)
		for _, w := range words {
			if t != nil && t.n == w {
				return true
			}
		}
		return false
	}
	switch {
	case f.is(i, "ذلك", "تلك") && year(i+1, "العام", "السنه") && f.is(i+2, "نفسه", "ذاته", "نفسها", "ذاتها"):
		return 3 // خلال ذلك العام نفسه
	case f.is(i, "نفس", "ذات") && year(i+1, "العام", "السنه"),
		f.is(i, "ذلك") && year(i+1, "العام"), f.is(i, "تلك") && year(i+1, "السنه"),
		year(i, "العام", "السنه") && f.is(i+1, "نفسه", "ذاته", "نفسها", "ذاتها", "المذكور", "المذكوره"):
		return 2
	}
	return 0
}

// sameYearAfter reads من and a year told before (yearAnaphor) at i, after
// a month or a day (في مارس من العام نفسه، 27 مايو من نفس العام): the
// tokens used, 0 when there is none.
func (f *finder) sameYearAfter(i int) int {
	if !f.is(i, "من") {
		return 0
	}
	if k := f.yearAnaphor(i + 1); k > 0 {
		return k + 1
	}
	return 0
}

// sameYear reads a year told before standing alone (وفي العام نفسه،
// في ذلك العام، خلال نفس السنة، نهاية العام ذاته): the year of the last
// date found (lastYear). العام نفسه and العام ذاته only after a
// preposition or a part word: after a noun العام is "general" (الأمين
// العام نفسه).
func (f *finder) sameYear(i int) (int, Match) {
	n, mod := 0, ""
	if md := yearPartMod(f, i); md != "" {
		mod, n = md, 1
	}
	k := f.yearAnaphor(i + n)
	if k == 0 {
		return 0, Match{}
	}
	if f.is(i+n, "العام") && n == 0 && !f.is(i-1, "في", "من", "خلال", "منذ", "حتي", "طوال", "الي", "بحلول") {
		return 0, Match{}
	}
	if f.is(i-1, "من") && n == 0 {
		for j := i - 3; j <= i-2; j++ {
			if _, k, _ := f.month(j); k > 0 && j+k == i-1 {
				return 0, Match{} // أغسطس من العام ذاته with no year before: not a year of its own
			}
		}
	}
	return n + k, Match{Type: marsad.Date, Mod: mod, Value: fmt.Sprintf("%04d", f.lastYear)}
}

// rangeEndDay reports a day at i that ends a range of days (من 12 إلى
// 15 من الشهر الجاري، بين 3 و5 من الشهر الماضي): the month after it is
// both days', and is read alone.
func (f *finder) rangeEndDay(i int) bool {
	if t := f.at(i); t.kind == marsad.TokenWord && t.bare != t.n && strings.HasPrefix(t.n, "و") {
		_, k := f.dayNumber(i - 1) // بين الثاني والخامس من الشهر الجاري
		return k > 0
	}
	if f.is(i-1, "الي", "حتي", "و", "-") {
		_, k := f.dayNumber(i - 2)
		return k > 0
	}
	return false
}

// ofRelMonth reads the month named relative to publication after a day
// at i, with من before it unless the day's ordinal took it (25 من الشهر
// الجاري، الثالث من الشهر الماضي، العاشر من هذا الشهر): the month's
// offset from publication's and the tokens used, 0 when there is none or
// no publication date. A month told from another (الشهر التالي،
// اللاحق، السابق) is left alone.
func (f *finder) ofRelMonth(i int) (int, int) {
	if !f.hasPub {
		return 0, 0
	}
	n := 0
	if f.is(i, "من") {
		n = 1
	} else if !f.is(i-1, "من") {
		return 0, 0
	}
	if f.is(i+n, "هذا") && f.is(i+n+1, "الشهر") {
		return 0, n + 2
	}
	if !f.is(i+n, "الشهر") {
		return 0, 0
	}
	switch {
	case f.is(i+n+1, "الجاري", "الحالي"):
		return 0, n + 2
	case f.is(i+n+1, "الماضي", "المنصرم", "الفائت", "الفايت"):
		return -1, n + 2
	case f.is(i+n+1, "المقبل", "القادم"):
		return 1, n + 2
	}
	return 0, 0
}

// namedEventYear is the year of an event known by its day and month
// (namedEvents) when the day at i follows the event's noun (هجمات 11
// سبتمبر، لثورة 25 يناير); else 0.
func (f *finder) namedEventYear(i, d, m int) int {
	e, ok := namedEvents[[2]int{d, m}]
	if !ok {
		return 0
	}
	j := i - 1
	if t := f.at(j); t != nil && t.kind == marsad.TokenPunct && strings.Trim(f.text[t.start:t.end], "ـ") == "" {
		j-- // the tatweel of الـ11
	}
	if f.is(j, "ال") {
		j-- // حادث الـ11 من سبتمبر: the article written before the digits
	}
	for _, w := range strings.Fields(e.nouns) {
		if f.is(j, w) {
			return e.year
		}
	}
	return 0
}

// numericDate: 29/6/2018، (04 /08 /2016م)، 2018-10-05, 15/9/1439هـ: a
// day, a month and a year in digits, day first as in Arabic use, or the
// year first; the two separators the same (/ - .).
func (f *finder) numericDate(i int) (int, Match) {
	t, sep := f.at(i), f.at(i+1)
	if t == nil || t.kind != marsad.TokenNumber || t.num < 1 || sep == nil || !f.is(i+1, "/", "-", ".") || !f.is(i+3, sep.n) {
		return 0, Match{}
	}
	if p := f.at(i - 1); p != nil && (f.is(i-1, "/", "-", ".") || p.kind == marsad.TokenNumber) {
		return 0, Match{} // 1/2/3/2018 or a number run: no date
	}
	m := f.at(i + 2)
	if m == nil || m.kind != marsad.TokenNumber || m.num < 1 || m.num > 12 || m.digits > 2 {
		return 0, Match{}
	}
	if t.digits == 4 { // 2018-10-05: year, month, day
		d := f.at(i + 4)
		if d == nil || d.kind != marsad.TokenNumber || d.digits > 2 || f.is(i+5, sep.n) {
			return 0, Match{}
		}
		res := Match{Type: marsad.Date}
		res.Value, res.Warning = f.date(t.num, m.num, d.num)
		if res.Warning != "" {
			return 0, Match{}
		}
		return 5, res
	}
	if t.digits > 2 || f.at(i+4) == nil || f.at(i+4).kind != marsad.TokenNumber || f.at(i+4).digits != 4 {
		return 0, Match{}
	}
	y, k, hij := f.yearAfter(i + 4)
	if k == 0 || f.is(i+4+k, sep.n) {
		return 0, Match{}
	}
	res := Match{Type: marsad.Date}
	if hij {
		g, ok := hijriToGregorian(y, m.num, t.num)
		if !ok {
			return 0, Match{}
		}
		res.Value, res.Hijri = g.Format("2006-01-02"), fmt.Sprintf("%04d-%02d-%02d", y, m.num, t.num)
		return 4 + k, res
	}
	res.Value, res.Warning = f.date(y, m.num, t.num)
	if res.Warning != "" {
		return 0, Match{}
	}
	return 4 + k, res
}

// monthAt reports a month name at i, alone or after شهر.
func (f *finder) monthAt(i int) bool {
	if f.is(i, "شهر") {
		i++
	}
	_, k, _ := f.month(i)
	return k > 0
}

// ofYearNumber reports من before a year named by its number at i (من
// عام 1923، من العام 2015): 1, the token of من, for the year to follow.
func (f *finder) ofYearNumber(i int) int {
	if f.is(i, "من") && f.is(i+1, "عام", "العام", "سنه", "السنه") {
		if _, k, _ := f.yearAfter(i + 1); k > 0 {
			return 1
		}
	}
	return 0
}

// firstOfTwoDays reads the first day d of days of one month (11 و12
// تموز، 26، 27 و28 تموز، بين 4 و19 أيار): a day number in digits at i,
// then و, a comma or a dash and a later day with its month. The first day
// alone is the expression; it takes the month and year of the other.
func (f *finder) firstOfTwoDays(i, d int) (int, Match) {
	t := f.at(i)
	if t == nil || t.num < 0 || !f.is(i+1, "و", "،", ",", "-") {
		return 0, Match{}
	}
	k, next := f.dayMonth(i + 2)
	if k == 0 || next.Type != marsad.Date || next.Hijri != "" || len(next.Value) != len("2006-01-02") {
		return 0, Match{}
	}
	var y, m, d2 int
	if _, err := fmt.Sscanf(strings.Replace(next.Value, "XXXX", "0000", 1), "%04d-%02d-%02d", &y, &m, &d2); err != nil || d >= d2 {
		return 0, Match{}
	}
	res := Match{Type: marsad.Date}
	res.Value, res.Warning = f.date(y, m, d)
	return 1, res
}

// monthYear: سبتمبر 2014, أيلول/سبتمبر 2014, (شهر) مارس الماضي, في يونيو.
func (f *finder) monthYear(i int) (int, Match) {
	n := 0
	mod := ""
	if md := modOf(f, i); md != "" {
		mod, n = md, 1
	}
	if f.is(i+n, "شهر") {
		n++
	}
	m, k, hij := f.month(i + n)
	if k == 0 || hij {
		return 0, Match{}
	}
	mi := i + n // the month name
	if p := f.at(i - 1); n == 0 && p != nil && f.lebaneseCamp(i-1, p.num, m) {
		return 0, Match{} // قوى 14 آذار: the month of a coalition's name
	}
	ambiguous := k == 1 && ambiguousMonths[f.at(i+n).bare]
	alt := f.altMonth(i+n+k, m)
	if alt > 0 || f.inMonthList(i+n, k) {
		ambiguous = false // مارس/آذار، جوان/يونيو: named twice; جويلية وأوت: one of a list of months
	}
	if ambiguous && f.at(i+n).bare != f.at(i+n).n && !f.namedAfterAnd(i+n, m) {
		return 0, Match{} // باب is a door, not ب + آب; ومارس نشاطه: and he practised
	}
	n += k + alt
	res := Match{Type: marsad.Date, Mod: mod}
	if f.is(i+n, "من") && f.is(i+n+1, "عام", "العام", "سنه", "السنه") {
		if _, k, _ := f.yearAfter(i + n + 1); k > 0 {
			n++ // أكتوبر من عام 2015
		}
	}
	if k := f.sameYearAfter(i + n); k > 0 {
		// أبريل من العام نفسه: that month of the year told before.
		res.Value = fmt.Sprintf("%04d-%02d", f.lastYear, m)
		return n + k, res
	}
	if r, k := f.yearRelAfter(i + n); k > 0 && f.hasPub && (!ambiguous || mod != "" || f.is(i+n, "من") || f.monthPrep(mi-1)) {
		// but دعت إليها ماي العام الماضي: Theresa May, last year
		// يونيو من العام الماضي، ديسمبر، العام الماضي: that month of the year named.
		res.Value = fmt.Sprintf("%04d-%02d", f.pub.Year()+r, m)
		return n + k, res
	}
	if k := f.thisYearAfter(i + n); k > 0 && f.hasPub {
		// فبراير هذا العام، يونيو من هذا العام: that month of the year of publication.
		res.Value = fmt.Sprintf("%04d-%02d", f.pub.Year(), m)
		return n + k, res
	}
	if y, k, _ := f.yearAfter(i + n); k > 0 {
		n += k
		if w := f.farYear(y); w != "" {
			res.Warning = w
			return n, res
		}
		res.Value = fmt.Sprintf("%04d-%02d", y, m)
		return n, res
	}
	rel, hasRel := f.relWord(i + n)
	if hasRel {
		n++
	}
	if !hasRel && mod == "" && (f.inForeignName(i) || f.is(i-1, "صحيفه", "جريده", "وكاله", "مجله")) {
		// لويجي دي مايو، بلازا دي مايو، ساحة مايو، صحيفة جوان: names
		return 0, Match{}
	}
	// A month name alone counts after a preposition or with a relative word.
	if !hasRel && mod == "" && ambiguous && !f.monthPrep(i-1) && !f.monthPrep(mi-1) {
		return 0, Match{}
	}
	// أب with the hamza, alone, is a father (من أب فرنسي); the month is آب.
	if !hasRel && mod == "" && ambiguous && strings.HasPrefix(f.text[f.at(mi).start:], "أب") {
		return 0, Match{}
	}
	if !f.hasPub {
		res.Value = fmt.Sprintf("XXXX-%02d", m)
		return n, res
	}
	y := f.yearFor(m, 1, rel)
	if !hasRel {
		if sy, ok := f.sentenceYear(i, m); ok && !f.is(i+n, "هذا", "هذه") {
			y = sy // في يناير 2017 أمر ... على أن يطلق سراحها في مايو: 2017
		} else if f.section > 0 && !f.is(i+n, "هذا", "هذه") {
			y = f.section // under the header "- 2014 -" of a chronology
		} else if f.everyYearBefore(i) {
			// يهاجرون كل سنة من حزيران إلى أيلول: June of every year
			res.Value = fmt.Sprintf("XXXX-%02d", m)
			return n, res
		} else if f.since(i) || f.pastClause(i) {
			// منذ أبريل، عقب اعتبار ... في ديسمبر، أعلنت الحكومة في
			// ديسمبر: the last one
			y = f.yearFor(m, 1, -1)
		} else {
			y = f.yearFor(m, 15, 0)
		}
	}
	res.Value = fmt.Sprintf("%04d-%02d", y, m)
	return n, res
}

// hijriMonth reads a Hijri month with no day, named as a month: after
// شهر (شهر رمضان، خلال شهر ذي الحجة، نهاية شهر شعبان), with a relative
// word (رمضان المقبل), a word of praise (رمضان المبارك) or a year after it
// (رمضان 1439 هـ، رمضان عام 2016). A name alone is left out: رمضان، رجب
// and شعبان are as often a man's name, صفر is zero and محرم forbidden.
// The value is the Gregorian month the Hijri month begins in, as a Hijri
// year's is the Gregorian year it begins in; Hijri holds the Hijri year
// and month. With no year the month is the one nearest publication, the
// last one or the next with a relative word.
func (f *finder) hijriMonth(i int) (int, Match) {
	n, mod := 0, ""
	if md := yearPartMod(f, i); md != "" {
		mod, n = md, 1 // not أول: أول شهر رمضان بعد الحرب is the first one
	}
	named := f.is(i+n, "شهر")
	if named {
		n++
	}
	m, k, hij := f.month(i + n)
	if k == 0 || !hij {
		return 0, Match{}
	}
	n += k
	rel, hasRel := f.relWord(i + n)
	if hasRel && f.is(i+n, "هذا", "هذه") {
		hasRel = false // رمضان هذا العام: the year after it, below
	}
	if hasRel {
		n++
	}
	if f.is(i+n, "المبارك", "الكريم", "المعظم", "الفضيل") {
		named, n = true, n+1
	}
	if k := f.thisYearAfter(i + n); k > 0 {
		n, hasRel, rel = n+k, true, 0 // رمضان هذا العام
	}
	y, yk, yh := f.yearAfter(i + n)
	if !named && !hasRel && yk == 0 {
		return 0, Match{}
	}
	res := Match{Type: marsad.Date, Mod: mod}
	hy := 0
	switch {
	case yk > 0 && yh:
		hy, n = y, n+yk
	case yk > 0:
		hy, n = f.hijriYearIn(y, m), n+yk // رمضان عام 2016: the one that began in 2016
	case !hasRel && f.yearEarlier(i) > 0:
		// وفي 2007، شهدت الدول ... هلال شهر ذي الحجة: of that year.
		hy = f.hijriYearIn(f.yearEarlier(i), m)
	case f.hasPub:
		hy = f.nearestHijri(m, rel, hasRel)
	}
	if hy == 0 {
		res.Hijri = fmt.Sprintf("XXXX-%02d", m)
		return n, res
	}
	res.Hijri = fmt.Sprintf("%04d-%02d", hy, m)
	if g, ok := hijriToGregorian(hy, m, 1); ok {
		res.Value = g.Format("2006-01")
	}
	return n, res
}

// yearEarlier is the last year in digits before i in its sentence
// (وفي 2007، ...؛ يونيو/ حزيران 2017 الذي ...), 0 when there is none.
func (f *finder) yearEarlier(i int) int {
	for k := i - 1; k >= 0; k-- {
		t := f.at(k)
		if clauseBreak(t) && t.n != ":" && !isQuoteMark(t.n) {
			return 0
		}
		if t.digits == 4 && t.num >= 1900 && t.num <= 2100 {
			return t.num
		}
	}
	return 0
}

// nearestHijri is the Hijri year of the month m nearest publication: of
// the last one ended before it with a past word (rel -1), of the next one
// begun after it with a word of what is to come (rel 1), else the one
// that holds publication or is nearest to it.
func (f *finder) nearestHijri(m, rel int, hasRel bool) int {
	now := f.hijriYearNow()
	if now == 0 {
		return 0
	}
	best, bestD := 0, time.Duration(-1)
	for hy := now - 1; hy <= now+1; hy++ {
		s, ok := hijriToGregorian(hy, m, 1)
		if !ok {
			continue
		}
		e := s.AddDate(0, 0, 29)
		switch {
		case hasRel && rel < 0:
			if e.Before(f.pub) {
				best = hy // the latest ended
			}
			continue
		case hasRel && rel > 0:
			if s.After(f.pub) && best == 0 {
				best = hy // the first to come
			}
			continue
		}
		var d time.Duration
		switch {
		case f.pub.Before(s):
			d = s.Sub(f.pub)
		case f.pub.After(e):
			d = f.pub.Sub(e)
		}
		if bestD < 0 || d < bestD {
			best, bestD = hy, d
		}
	}
	return best
}

// thisYearAfter reads هذا العام (هذه السنة), or من هذا العام, right after
// a month at i: the tokens used, 0 when there is none.
func (f *finder) thisYearAfter(i int) int {
	n := 0
	if f.is(i, "من") {
		n = 1
	}
	if f.is(i+n, "هذا", "هذه") && f.is(i+n+1, "العام", "السنه") {
		return n + 2
	}
	return 0
}

// monthPrep reports a preposition or a part word at i that a month name
// follows (في مارس، منذ آب، مطلع شهر، شهري ماي وجوان، موفى جوان، عوضا عن
// أوت): it makes an ambiguous name a month.
func (f *finder) monthPrep(i int) bool {
	return f.is(i, "في", "خلال", "منذ", "حتي", "الي", "مطلع", "منتصف", "اواخر", "اوائل", "نهايه", "بدايه", "شهر", "من",
		"شهري", "اشهر", "موفي") || f.is(i, "عن") && f.is(i-1, "عوضا", "بدلا")
}

// inMonthList reports a month name at i, k tokens long, in a list of
// months joined by و or a comma (جويلية وأوت وسبتمبر، مارس وجوان ونوفمبر،
// جوان وجويلية): one month of the list names the others months.
func (f *finder) inMonthList(i, k int) bool {
	j := -1 // the end of the month before
	if t := f.at(i); t != nil && t.bare != t.n && strings.HasPrefix(t.n, "و") {
		j = i - 1 // وأوت
	} else if f.is(i-1, "و", "،", ",") {
		j = i - 2 // و أوت، ، أوت
	}
	if j >= 0 {
		if _, n, hij := f.month(j); n == 1 && !hij {
			return true
		}
		if _, n, hij := f.month(j - 1); n == 2 && !hij {
			return true
		}
	}
	next := i + k // the month after
	if t := f.at(next); t != nil && t.kind == marsad.TokenWord && t.bare != t.n && strings.HasPrefix(t.n, "و") {
		_, n, hij := f.month(next)
		return n > 0 && !hij
	}
	if f.is(next, "و", "،", ",") {
		_, n, hij := f.month(next + 1)
		return n > 0 && !hij
	}
	return false
}

// yearRelAfter reads a year named relative to publication right after a
// month, at i: من العام الماضي، العام المقبل, or set off by a comma
// (في ديسمبر، العام الماضي). It returns the years from publication and
// the tokens used, 0 when there is none.
func (f *finder) yearRelAfter(i int) (int, int) {
	n := 0
	if f.is(i, "من", "،", ",") {
		n = 1
	}
	if !f.is(i+n, "العام", "السنه") || f.is(i+n+1, "هذا", "هذه") {
		return 0, 0
	}
	if r, ok := f.relWord(i + n + 1); ok {
		return r, n + 2
	}
	return 0, 0
}

// everyYearBefore reports a set of years (كل عام، كل سنة، في كل عام،
// سنويا) within the ten tokens before the month or day at i, in its
// clause: the month is of every year (يقام المعرض كل عام في شهر مايو،
// يهاجر الرعاة كل سنة من حزيران إلى أيلول), not of one. A month that
// starts or ends a count (ابتداء من يناير، منذ مايو) is one month.
func (f *finder) everyYearBefore(i int) bool {
	if f.is(i-1, "منذ", "حتي") || f.is(i-1, "من") && f.is(i-2, "ابتداء", "اعتبارا", "بدءا", "بدايه") {
		return false
	}
	for k := i - 1; k >= 0 && k >= i-10; k-- {
		t := f.at(k)
		if clauseBreak(t) || f.is(k, "،", ",") || t.kind == marsad.TokenWord && pastVerbAt(t) {
			return false // يتقاضى مليونا سنويا، ووقع في يناير: a past act of one month
		}
		if f.is(k, "سنويا") || f.is(k, "كل") && f.is(k+1, "عام", "سنه") {
			return true
		}
	}
	return false
}

// inForeignName reports a month name at i, with no day, year or
// relative word of its own, that is part of a Romance name: after or
// before the particle de (لويجي دي مايو، مايو دي بلازا) or after a word
// of a square or a street (ساحة مايو, the Plaza de Mayo), also with the
// first day before it (نهج غرة جوان, a Tunisian street).
func (f *finder) inForeignName(i int) bool {
	p := i - 1
	if f.is(p, "غره") {
		p--
	}
	return f.is(p, "دي", "دو", "دا", "ديل", "ساحه", "ميدان", "شارع", "نهج", "بلازا") || f.is(i+1, "دي", "دو", "دا", "ديل")
}

// sentenceYear is the year of a month named with its year earlier in
// the sentence (يناير 2017، 3 كانون الثاني/يناير من عام 2017), for a
// month m named at i without one: a story that dates one event goes on
// in that year. Only a month not before the one named (يناير 2017 ...
// مايو) takes it; an earlier one may as well be of the next year.
func (f *finder) sentenceYear(i, m int) (int, bool) {
	if weekdayAt(f, i-1) {
		return 0, false // الأربعاء 18 تموز: a day named by its weekday is of the days of the story
	}
	for k := i - 1; k >= 0 && k >= i-40; k-- {
		t := f.at(k)
		if t.kind == marsad.TokenPunct && (t.n == "." || t.n == "؟" || t.n == "!") || strings.Contains(f.text[t.end:f.at(k+1).start], "\n") {
			return 0, false
		}
		if t.num < 1900 || t.digits != 4 {
			continue
		}
		if f.whenAfterYear(k) && f.farYear(t.num) == "" && (!f.hasPub || t.num <= f.pub.Year()) {
			return t.num, true // من 1989 إلى 1992، عندما انتخب في 20 نوفمبر: the day of that year
		}
		if am, ok := f.monthBefore(k); ok {
			if y, _, hij := f.yearAfter(k); !hij && am <= m && f.farYear(y) == "" {
				return y, true
			}
			return 0, false
		}
	}
	return 0, false
}

// whenAfterYear reports عندما، حين or حينما right after the year at k,
// or after a comma there (في 1992، عندما): the clause it opens tells what
// happened in that year, and a day named in it is of that year.
func (f *finder) whenAfterYear(k int) bool {
	if f.is(k+1, "،", ",") {
		k++
	}
	return f.is(k+1, "عندما", "حين", "حينما")
}

// monthBefore reads a Gregorian month named right before the year at k
// (يناير 2017، أيلول/سبتمبر 2017، يناير من عام 2017): the month.
func (f *finder) monthBefore(k int) (int, bool) {
	for j := k - 1; j >= 0 && j >= k-5; j-- {
		m, n, hij := f.month(j)
		if n == 0 || hij {
			continue
		}
		e := j + n
		e += f.altMonth(e, m)
		if f.is(e, "من") {
			e++
		}
		if f.is(e, "عام", "العام", "سنه", "السنه") {
			e++
		}
		if e == k {
			return m, true
		}
	}
	return 0, false
}

// namedAfterAnd reports an ambiguous month name at i joined to و whose
// year or other naming follows it (بين سبتمبر 2010 ومارس 2013، ومارس/آذار):
// a month, not a verb (ومارس نشاطه).
func (f *finder) namedAfterAnd(i, month int) bool {
	if !strings.HasPrefix(f.at(i).n, "و") {
		return false
	}
	if t := f.at(i + 1); t != nil && t.num >= 1900 && t.digits == 4 {
		return true
	}
	return f.altMonth(i+1, month) > 0
}

// since reports a word of what came before (منذ، عقب، إثر، في أعقاب)
// within the five words before i: a month after it is the last one, not
// the next.
// pastClause reports a past verb (pointVerbs, كان, or قد before a perfect
// form: قد حصلت) leading the clause of the month at i, within twelve tokens of its sentence, with no sign of
// what is to come nearer to it: a future verb, قد before a present verb
// (قد يزور), a word of what is set or expected (مقررة، يفترض), بحلول, or
// إلى or تسليم right before it.
func (f *finder) pastClause(i int) bool {
	if f.is(i-1, "الي", "بحلول", "تسليم") {
		return false // تأجيلها إلى مايو؛ برنت تسليم يونيو: the contract month
	}
	for k := i - 1; k >= 0 && k >= i-12; k-- {
		t := f.at(k)
		if clauseBreak(t) {
			return false
		}
		if t.kind != marsad.TokenWord {
			continue
		}
		if t.verbFuture || f.is(k, "سوف", "لن", "بحلول", "يفترض", "المفترض", "المقرر", "مقرر", "مقرره", "مقررا", "المتوقع", "المرتقب", "المنتظر") ||
			f.is(k, "قد") && f.presentVerb(k+1) {
			return false
		}
		if f.is(k, "كان", "كانت", "كانوا") || pastVerbAt(t) {
			return true
		}
		if f.is(k, "قد") && k+1 < i && perfectForm(f.at(k+1).bare) {
			return true // قد حصلت القوات على العلبة خلال عيد الميلاد: done
		}
	}
	return false
}

// nounLike are pointVerbs whose bare form is as often a verbal noun (نقل
// السفارة، قتل المدنيين): without an ending they tell no past.
var nounLike = map[string]bool{"نقل": true, "قتل": true, "وصف": true, "فرض": true, "كتب": true, "ذكر": true, "ظهر": true, "طلق": true}

// pastVerbAt reports a past form of a pointVerbs verb at t.
func pastVerbAt(t *tok) bool {
	return punctualPast(t.n) && !nounLike[t.n] && !nounLike[t.bare]
}

func (f *finder) since(i int) bool {
	for k := i - 1; k >= 0 && k >= i-5; k-- {
		if f.is(k, "منذ", "عقب", "اثر", "اعقاب") {
			return true
		}
	}
	return false
}

func modOf(f *finder, i int) string {
	switch {
	case f.is(i, "مطلع", "بدايه", "بدايات", "اوائل", "اوايل", "مستهل", "اول"):
		return "START"
	case f.is(i, "منتصف", "اواسط"):
		return "MID"
	case f.is(i, "اواخر", "نهايه", "نهايات", "اخر", "ختام"):
		return "END"
	}
	return ""
}

// year: عام 2014, العام 1887, 2002م, في 2004; with a part of it before
// it: نهاية 2008, أواخر عام 2003 (END), منتصف 2017 (MID).
func (f *finder) year(i int) (int, Match) {
	if mod := yearPartMod(f, i); mod != "" {
		n, m := f.yearBare(i + 1)
		if n == 0 {
			return 0, Match{}
		}
		m.Mod = mod
		return n + 1, m
	}
	if k := f.approxBefore(i); k > 0 && f.is(i+k, "عام", "سنه", "العام", "السنه") {
		// في حدود عام 1500، حوالي عام 1990: about that year. A bare
		// number after them is a count (نحو 1500 مقاتل), and حدود alone
		// is a border (حدود عام 1967).
		if n, m := f.yearBare(i + k); n > 0 {
			m.Mod = "APPROX"
			return n + k, m
		}
	}
	return f.yearBare(i)
}

// approxBefore reads a word of "about" at i that a year may follow (في
// حدود، حوالي، نحو، قرابة، زهاء): the tokens used, 0 when there is none.
func (f *finder) approxBefore(i int) int {
	switch {
	case f.is(i, "في") && f.is(i+1, "حدود"):
		return 2
	case f.is(i, "حوالي", "نحو", "قرابه", "زهاء"):
		return 1
	}
	return 0
}

// yearPartMod is the TIMEX3 mod of a word naming a part of a year
// (مطلع، منتصف، نهاية...); أول and آخر are left out: before a number they
// are more often "the first 2000" than a year's start.
func yearPartMod(f *finder, i int) string {
	if f.is(i, "اول", "اخر") {
		return ""
	}
	return modOf(f, i)
}

// yearBare reads a year with no part word before it.
func (f *finder) yearBare(i int) (int, Match) {
	lead := f.is(i, "عام", "سنه", "العام", "السنه")
	y, n, hij := f.yearAfter(i)
	if n == 0 {
		return 0, Match{}
	}
	t := f.at(i)
	if !lead && f.nameYear(i) {
		return 0, Match{}
	}
	if !lead {
		// A bare number is a year only in a plausible range and not as a quantity.
		if t.num < 1500 || t.num > 2100 {
			if !(n > 1) { // 1445 هـ, 1999م
				return 0, Match{}
			}
		}
		if nt := f.at(i + n); nt != nil && nt.kind == marsad.TokenWord && n == 1 && quantityNouns[nt.bare] {
			return 0, Match{} // و1500 دينار، 2000 طن: a quantity, whatever precedes it
		}
		if nt := f.at(i + n); nt != nil && nt.kind == marsad.TokenWord && n == 1 && f.is(i-1, "من") && f.is(i-2, "اكثر", "اقل") {
			if _, isMonth, _ := f.month(i + n); isMonth == 0 {
				return 0, Match{} // أكثر من 1700 فرد: a count compared, not a year
			}
		}
		if nt := f.at(i + n); nt != nil && nt.kind == marsad.TokenWord && n == 1 {
			if _, isMonth, _ := f.month(i + n); isMonth == 0 && !f.is(i+n, "و", "الي", "حتي", "او") {
				if _, isUnit := units[nt.bare]; isUnit || !f.is(i-1, "في", "منذ", "عام", "خلال", "حتي", "بين", "العام", "سنه", "الي", "من", "و", "(", "،", "-", "–", "—") && yearPartMod(f, i-1) == "" && !f.eventNoun(i-1) {
					return 0, Match{}
				}
			}
		}
	}
	res := Match{Type: marsad.Date}
	if hij {
		res.Hijri = fmt.Sprintf("%04d", y)
		if g, ok := hijriToGregorian(y, 1, 1); ok {
			res.Value = g.Format("2006")
		}
		return n, res
	}
	if w := f.farYear(y); w != "" {
		res.Warning = w
		return n, res
	}
	res.Value = fmt.Sprintf("%04d", y)
	return n, res
}

// nameYear reports a year at i glued by a dash to the word before it,
// with no space on either side, part of a name (مناورات "فوستوك-2018"،
// قطر-2022), not a date: the word is no month (يناير-2018), no temporal
// word and no number (2017-2018 is a range). With a space before the
// dash it is rather a work and its year (سان سيمون -1821).
func (f *finder) nameYear(i int) bool {
	d, w := f.at(i-1), f.at(i-2)
	if d == nil || w == nil || d.end != f.at(i).start || w.end != d.start || !f.is(i-1, "-", "–") {
		return false
	}
	if w.kind != marsad.TokenWord || w.isCue() {
		return false
	}
	_, k, _ := f.month(i - 2)
	return k == 0
}

// eventNoun reports a noun of a dated event at i (ثورة 1989، حرب 1967،
// انتخابات 2014): the number after it is the event's year.
func (f *finder) eventNoun(i int) bool {
	t := f.at(i)
	return t != nil && t.kind == marsad.TokenWord && (eventNouns[t.n] || eventNouns[t.bare])
}

// morrow: غداة and a day named by its weekday or date (غداة يوم الأحد،
// غداة 15 مايو): the day after it. غداة before any other word (غداة
// تصريحات الرئيس) names no day; عشية is left to the day after it, the
// eve of the day in most Arabic and its evening in the Maghreb.
func (f *finder) morrow(i int) (int, Match) {
	if !f.is(i, "غداه") {
		return 0, Match{}
	}
	for _, m := range []matcher{(*finder).weekday, (*finder).dayMonth} {
		k, r := m(f, i+1)
		if k == 0 || r.Type != marsad.Date || len(r.Value) != len("2006-01-02") {
			continue
		}
		d, err := time.Parse("2006-01-02", r.Value)
		if err != nil {
			continue
		}
		r.Value = d.AddDate(0, 0, 1).Format("2006-01-02")
		return k + 1, r
	}
	return 0, Match{}
}

// weekday: (يوم) الأربعاء, مساء الجمعة, الثلاثاء المقبل.
func (f *finder) weekday(i int) (int, Match) {
	if f.is(i, "عشيه") {
		return 0, Match{} // عشية السبت: the eve of Saturday in most Arabic, the evening in the Maghreb
	}
	part, n := f.partBefore(i)
	if f.is(i+n, "يوم", "يومي") {
		n++
	}
	wd, ok := f.lookup(i+n, weekdays)
	if !ok {
		return 0, Match{}
	}
	t := f.at(i + n)
	if !strings.HasPrefix(t.bare, "ال") && n == 0 { // "جمعة", "اثنين" (two) alone are other words
		return 0, Match{}
	}
	if f.is(i-1, "كل") {
		return 0, Match{}
	}
	if n == 0 && f.is(i-1, "امهات") {
		return 0, Match{} // أمهات السبت: the Saturday Mothers, a group's name
	}
	if n == 0 && wd == 5 && f.is(i-1, "صلاه", "صلوات", "خطبه") && f.genericPrayer(i) {
		return 0, Match{} // 16 فبراير، خرج المصلون بعد صلاة الجمعة: that day's prayer
	}
	if n == 0 && wd == 1 && f.theTwo(i) {
		return 0, Match{} // بين الاثنين، الزعيمين الاثنين: the two, not Monday
	}
	if nt := f.at(i + n + 1); nt != nil && nt.num > 0 && nt.digits <= 2 {
		// الجمعة 21 ديسمبر: the date that follows says which Friday.
		if k, m := f.namedDate(i+n+1, n+1, part); k > 0 {
			return k, m
		}
	}
	n++
	if part == "NI" {
		n += f.nightEnd(i+n, wd) // ليل الجمعة السبت: one night, Friday's
	}
	if part == "" {
		p, k := f.partAfter(i + n)
		part, n = p, n+k
	}
	dir := -1 // past narrative: the last such day, today included
	explicit := false
	if r, ok := f.relWord(i + n); ok && r != 0 {
		dir, explicit = r, true
		n++
	} else if f.futureContext(i) && !f.is(i-1, "منذ") { // سيعقد ... الأربعاء: today or the days to come
		dir = 1
	}
	res := Match{Type: marsad.Date}
	if !f.hasPub {
		res.Value = fmt.Sprintf("XXXX-WXX-%d", isoWeekday(wd))
		return n, res
	}
	diff := (int(f.pub.Weekday()) - wd + 7) % 7
	off := -diff
	if dir > 0 {
		off = (wd - int(f.pub.Weekday()) + 7) % 7
		if off == 0 && explicit {
			off = 7 // الأربعاء المقبل, said on a Wednesday
		}
	} else if off == 0 && explicit {
		off = -7 // الثلاثاء الماضي, said on a Tuesday: a week before
	} else if explicit {
		// الأربعاء الماضي in a clause of a future verb: the word says which.
	} else if f.is(i-1, "منذ") {
		// تزور واشنطن منذ الاثنين: since the last such day, whatever
		// the tense of the clause.
	} else if diff > 0 && (f.startingFrom(i) && !f.pastVerbBefore(i) || f.approaching(i)) {
		// إغلاق المعبر ابتداء من الأحد، مع اقتراب موعد نقل السفارة
		// الاثنين: the day something starts from or draws near is to come.
		off = 7 - diff
	} else if diff > 0 && f.postponedTo(i) {
		// أرجأت المحكمة الجلسة إلى السبت: the day a thing is put off to
		// is still to come.
		off = 7 - diff
	} else if diff > 0 && f.scheduledFor(i) {
		// الانتخابات المقررة الأحد، جلسة مقررة الخميس: what is set for
		// the day has not yet been, even a day or two ahead.
		off = 7 - diff
	} else if diff > 0 && f.whenPresent(i) {
		// عندما يفتتح المؤتمر جلسته العامة، الاثنين: a present verb
		// after عندما tells of what is to come.
		off = 7 - diff
	} else if diff > 1 && f.decided(i) {
		// أعلنت الوزارة تعليق الدراسة، الأحد: the day of the measure
		// decided, still to come unless it was today or yesterday.
		off = 7 - diff
	} else if diff > 3 && (f.scheduled(i) || f.expected(i) || f.until(i) || f.calledFor(i) || f.futureNext(i+n) || f.quotedFuture(i, i+n) || f.conditional(i)) {
		// Set to happen, or the end of what lasts (أغلقت المدارس حتى
		// الاثنين): the nearest such day, here in the days to come.
		off = 7 - diff
	} else if diff > 2 && f.futureClause(i) {
		// A future verb leads the clause (الحكومة ستؤدي اليمين في الرابعة
		// مساء ... الجمعة): the coming day. A verb this far is a weaker
		// sign than one next to the day: a day or two back stays past (a
		// story written before it was published).
		off = 7 - diff
	}
	res.Value = f.dayValue(off)
	if part != "" {
		res.Value += "T" + part
		res.Type = marsad.TimeOfDay
	}
	return n, res
}

// genericPrayer reports the Friday prayer at i (صلاة الجمعة، خطبة
// الجمعة) that names no Friday of its own: after a date named earlier in
// the sentence, whose prayer it is (16 فبراير، خرج المصلون بعد صلاة
// الجمعة), or of what was done every week, كان before a present verb
// leading its clause (كانوا يرددون الهتافات خلال صلاة الجمعة). A word of
// the day after it (صلاة الجمعة اليوم، الماضية) makes it one.
func (f *finder) genericPrayer(i int) bool {
	if _, ok := f.relWord(i + 1); ok || f.is(i+1, "اليوم", "امس") {
		return false
	}
	for k := i - 2; k >= 0 && k >= i-40; k-- {
		t := f.at(k)
		if t.kind == marsad.TokenPunct && (t.n == "." || t.n == "؟" || t.n == "!") || strings.Contains(f.text[t.end:f.at(k+1).start], "\n") {
			break
		}
		if _, m := f.dayMonth(k); m.Type == marsad.Date && len(m.Value) == len("2006-01-02") {
			return true
		}
	}
	for k := i - 2; k >= 0 && k >= i-13; k-- {
		t := f.at(k)
		if clauseBreak(t) {
			return false
		}
		if f.is(k, "كان", "كانت", "كانوا") {
			return f.presentVerb(k+1) || f.presentVerb(k+2) // كانوا يقومون: every week
		}
	}
	return f.habitualPrayer(i)
}

// habitualPrayer reports the Friday prayer at i in a clause that a
// present verb leads, within twelve tokens, with no past or future verb
// nearer, published on another day than a Friday: what is done every
// week (يقام المسجد على مساحة تتسع لكافة المصلين في صلاة الجمعة). A verb
// of saying (يقول الإمام في خطبة الجمعة) may tell of the last one.
func (f *finder) habitualPrayer(i int) bool {
	if !f.hasPub || f.pub.Weekday() == time.Friday {
		return false
	}
	for k := i - 2; k >= 0 && k >= i-13; k-- {
		t := f.at(k)
		if clauseBreak(t) || t.kind == marsad.TokenPunct && (t.n == "،" || t.n == ",") {
			return false
		}
		if t.kind != marsad.TokenWord {
			continue
		}
		if t.verbFuture || f.is(k, "سوف", "لن", "قد") || pastVerbAt(t) || f.is(k, "يقول", "تقول", "يذكر", "يضيف", "يشير", "تشير", "يوكد", "يري", "يعتبر") {
			return false
		}
		if f.presentVerb(k) {
			return true
		}
	}
	return false
}

// theTwo reports الاثنين at i meaning "the two", not Monday: after بين,
// كلا or a dual or plural pronoun (التقارب بين الاثنين، كلا الاثنين،
// نحن الاثنين، هما الاثنين); after إن, أن (قائلا إن
// الاثنين في "منطقة مجهولة") unless a word or a date that only a day
// takes follows (إن الاثنين المقبل); after a definite dual noun it
// agrees with (الزعيمين الاثنين، البلدين الاثنين، حبس الضابطين الاثنين).
func (f *finder) theTwo(i int) bool {
	if f.is(i-1, "بين", "كلا", "نحن", "نحنا", "هما", "انتما") {
		return true // نحن الاثنين: the two of us
	}
	if t := f.at(i); t != nil && t.bare == "الاثنين" && strings.HasPrefix(t.n, "لل") {
		// الحالة الصحية المتوقعة للاثنين، صورة سيلفي للاثنين: for the
		// two, unless a word or a date only a day takes follows.
		_, rel := f.relWord(i + 1)
		nt := f.at(i + 1)
		return !rel && !(nt != nil && nt.num > 0) && !f.is(i+1, "الموافق")
	}
	if f.is(i-1, "ان", "بان", "لان") {
		_, rel := f.relWord(i + 1)
		nt := f.at(i + 1)
		return !rel && !(nt != nil && nt.num > 0) && !f.is(i+1, "الموافق")
	}
	return f.dualNoun(i - 1)
}

// dualNoun reports a definite noun in -ين at k that الاثنين "the two"
// may follow: a stem of three letters or more (not الصين، اليمين), not a
// nisba plural in -يين (الفلسطينيين الاثنين: the Palestinians on
// Monday), not a name or a number in -ين (notDuals), and no word of
// quantity before it (مئات المهاجرين الاثنين: many, on Monday).
func (f *finder) dualNoun(k int) bool {
	t := f.at(k)
	if t == nil || t.kind != marsad.TokenWord || notDuals[t.bare] {
		return false
	}
	w := t.bare
	if !strings.HasPrefix(w, "ال") || !strings.HasSuffix(w, "ين") || strings.HasSuffix(w, "يين") {
		return false
	}
	stem := strings.TrimSuffix(strings.TrimPrefix(w, "ال"), "ين")
	if utf8.RuneCountInString(stem) < 3 {
		return false
	}
	return !f.is(k-1, "ميات", "عشرات", "الاف", "الوف", "ملايين", "معظم", "اغلب", "بعض", "جميع", "كل")
}

// namedDate reads the date at token j that follows a weekday (صباح يوم
// الأحد 22 أبريل): the weekday, and a part of the day before it, are of
// the date's expression, the n tokens before j; a part of the day makes
// it a time.
func (f *finder) namedDate(j, n int, part string) (int, Match) {
	k, m := f.dayMonth(j)
	if k == 0 {
		return 0, Match{}
	}
	if part != "" && m.Type == marsad.Date && len(m.Value) == len("2006-01-02") && m.Mod == "" {
		m.Value += "T" + part
		m.Type = marsad.TimeOfDay
	}
	return n + k, m
}

// weekdayAt reports a weekday name at token i.
func weekdayAt(f *finder, i int) bool {
	_, ok := f.lookup(i, weekdays)
	return ok
}

func (f *finder) bareAt(i int) string {
	if t := f.at(i); t != nil {
		return t.bare
	}
	return ""
}

func isoWeekday(wd int) int {
	if wd == 0 {
		return 7
	}
	return wd
}

// futureContext looks for a future marker in the few tokens before i.
func (f *finder) futureContext(i int) bool {
	for j := i - 1; j >= 0 && j >= i-5; j-- {
		t := f.at(j)
		// بعد is no marker of its own: بعد انفجار وقع الأحد is past.
		if t.verbFuture || f.is(j, "سوف", "غدا", "غد", "المقبل", "القادم", "ستعقد", "ستجري") {
			return true
		}
		if t.kind == marsad.TokenPunct && (t.n == "." || t.n == "؟") {
			break
		}
	}
	return false
}

// whenPresent reports عندما، حينما or حين before a present verb (عندما
// يفتتح، حين يصل) in the sentence of the weekday at i, within twenty
// tokens, with no past verb or كان between them: the day of a thing to
// come (من المتوقع أن يضمن ولاية ثانية عندما يفتتح المؤتمر جلسته العامة،
// الاثنين). عندما تم الضغط عليه tells of the past.
func (f *finder) whenPresent(i int) bool {
	for j := i - 1; j >= 0 && j >= i-20; j-- {
		t := f.at(j)
		if clauseBreak(t) {
			return false
		}
		if t.kind != marsad.TokenWord {
			continue
		}
		if f.is(j, "عندما", "حينما", "حين") {
			nt := f.at(j + 1)
			return f.presentVerb(j+1) || nt != nil && nt.bare == nt.n && strings.HasPrefix(nt.n, "ت") && utf8.RuneCountInString(nt.n) >= 3 && !tPasts[nt.n] // عندما تصل
		}
		if f.is(j, "كان", "كانت", "كانوا") || pastVerbAt(t) {
			return false
		}
	}
	return false
}

// until reports حتى right before the weekday at i, inside its clause (أغلقت
// المدارس حتى الاثنين): the end of what lasts. وحتى opening a clause
// (وحتى يوم الأربعاء، كانت المدينة ...) tells how long something was.
func (f *finder) until(i int) bool {
	t := f.at(i - 1)
	return t != nil && t.n == "حتي"
}

// clauseOpeners are the words that open another clause between a future
// verb and a weekday (الذي دخل الجمعة، بعد أن عقد الأربعاء، كما أعلنت
// الجمعة، لم يحضر جلسة الثلاثاء): the weekday is no longer the verb's.
var clauseOpeners = map[string]bool{
	"الذي": true, "التي": true, "الذين": true, "اللذين": true, "اللتين": true, "اللواتي": true, "اللاتي": true,
	"بعد": true, "بعدما": true, "قبل": true, "كما": true, "لم": true, "لما": true, "منذ": true,
	"عندما": true, "حين": true, "حينما": true, "اذ": true, "حيث": true,
}

// futureClause reports a future verb (سيعقد، ستؤدي) leading the clause of
// token i, within sixteen tokens before it, with no other clause opened
// in between (clauseOpeners, a comma and a conjunction, a quote mark, a
// colon). A future verb after كان (التي كانت ستعقد) tells of the past.
func (f *finder) futureClause(i int) bool {
	for j := i - 1; j >= 0 && j >= i-16; j-- {
		t := f.at(j)
		if clauseBreak(t) {
			return false
		}
		if (t.n == "،" || t.n == ",") && j+1 < i && f.at(j+1).bare != f.at(j+1).n && strings.HasPrefix(f.at(j+1).n, "و") {
			return false
		}
		if t.kind == marsad.TokenWord && (clauseOpeners[t.n] || clauseOpeners[t.bare]) {
			return false
		}
		if t.verbFuture {
			return !f.is(j-1, "كان", "كانت", "كانوا")
		}
	}
	return false
}

// expected reports من المقرر أن، من المتوقع أن، ويُنتظر أن (set or
// expected to) in the sentence before i, within sixteen tokens: what
// follows is to come (ومن المتوقع أن تبت المحكمة في الالتماس، الخميس).
// وكان من المقرر أن (was set to) tells of the past and is left out.
func (f *finder) expected(i int) bool {
	for k := i - 1; k >= 0 && k >= i-16; k-- {
		t := f.at(k)
		if t.kind == marsad.TokenPunct && (t.n == "." || t.n == "؟" || t.n == "!") || strings.Contains(f.text[t.end:f.at(k+1).start], "\n") {
			return false
		}
		if f.is(k, "المقرر", "المتوقع", "المنتظر", "المرتقب", "المرجح", "المفترض", "يفترض") && f.is(k+1, "ان") {
			return !f.is(k-2, "كان", "كانت")
		}
		if f.is(k, "ينتظر", "يتوقع", "يرتقب", "يرجح") && f.is(k+1, "ان") {
			return !f.is(k-1, "كان", "كانت") // وينتظر أن يشدد الوزراء يوم الاثنين
		}
	}
	return false
}

// callWords are the verb and noun forms of دعا (call for), normalised:
// what is called for on a named day is still to come.
var callWords = map[string]bool{
	"دعا": true, "دعت": true, "دعوا": true, "يدعو": true, "تدعو": true, "يدعون": true,
	"دعوه": true, "الدعوه": true, "دعوات": true, "الدعوات": true,
}

// calledFor reports a call (دعا، دعوة) in the clause before the weekday at
// i with إلى or لـ between them: the weekday is of what is called for
// (دعوة وجهت إلى الموظفين للتوقف عن العمل الثلاثاء). A weekday right
// after the call (دعا الأربعاء إلى) is the day of the call and is left out.
func (f *finder) calledFor(i int) bool {
	prep := false
	for j := i - 1; j >= 0 && j >= i-12; j-- {
		t := f.at(j)
		if clauseBreak(t) {
			return false
		}
		if t.kind != marsad.TokenWord {
			continue
		}
		if callWords[t.n] || callWords[t.bare] {
			return prep
		}
		if t.n == "الي" || t.n == "الى" || strings.HasPrefix(t.n, "ل") && t.bare != t.n {
			prep = true
		}
	}
	return false
}

// startingFrom reports a weekday at i after ابتداء من، اعتبارا من or
// بدءا من (starting from).
func (f *finder) startingFrom(i int) bool {
	return f.is(i-1, "من") && f.is(i-2, "ابتداء", "اعتبارا", "بدءا", "ابتداءا")
}

// pastVerbBefore reports a verb in the past tense (a perfect form with
// the ending of its person: حظرت، دخلت، خيروا، صعدت) leading the clause of
// the weekday at i, within twenty tokens before it: what started on that
// day has started.
func (f *finder) pastVerbBefore(i int) bool {
	for j := i - 1; j >= 0 && j >= i-20; j-- {
		t := f.at(j)
		if clauseBreak(t) {
			return false
		}
		if t.kind == marsad.TokenWord && j < i-2 && perfectForm(t.bare) {
			return true
		}
	}
	return false
}

// perfectForm reports a word with the form of a perfect verb of three or
// four root letters and a person ending (حظرت، صعدت، خيروا، دخلت): a bare
// stem of three or four letters then ت or وا, with no article.
func perfectForm(w string) bool {
	if strings.HasPrefix(w, "ال") {
		return false
	}
	for _, end := range []string{"وا", "ت"} {
		if stem, ok := strings.CutSuffix(w, end); ok {
			if n := utf8.RuneCountInString(stem); n == 3 || n == 4 {
				return !strings.ContainsAny(stem, "ةه") && !tellings[strings.TrimPrefix(stem, "و")]
			}
		}
	}
	return false
}

// tellings are the verbs that announce or order what is to start (أعلنت
// إسرائيل إغلاق المعبر ابتداء من الأحد), as perfect stems.
var tellings = map[string]bool{"اعلن": true, "قرر": true, "امر": true, "طلب": true, "اكد": true, "افاد": true, "قال": true, "ذكر": true, "اوضح": true, "قررت": true}

// approaching reports اقتراب (drawing near) leading the clause of the
// weekday at i, within ten tokens before it (مع اقتراب موعد نقل السفارة
// إلى القدس الاثنين).
func (f *finder) approaching(i int) bool {
	for j := i - 1; j >= 0 && j >= i-10; j-- {
		t := f.at(j)
		if clauseBreak(t) {
			return false
		}
		if f.is(j, "اقتراب") {
			return true
		}
	}
	return false
}

// conditional reports إذا leading the clause of the weekday at i, within
// ten tokens before it (وإذا حصل الإجماع يوم الاثنين فإن ...): a
// condition on a day to come. A comma, a sentence mark, a quote mark or
// another clause opener ends the clause.
func (f *finder) conditional(i int) bool {
	for j := i - 1; j >= 0 && j >= i-10; j-- {
		t := f.at(j)
		if t.kind == marsad.TokenPunct && t.n != "-" {
			return false
		}
		if t.kind != marsad.TokenWord {
			continue
		}
		if t.n == "اذا" || t.bare == "اذا" {
			return true
		}
		if clauseOpeners[t.n] || clauseOpeners[t.bare] {
			return false
		}
	}
	return false
}

// thenToCome reports a future verb, لن, سوف or يمكن at j, or after فقط
// there, right after حينها or وقتها: the then of a time to come.
func (f *finder) thenToCome(j int) bool {
	if f.is(j, "فقط") {
		j++
	}
	t := f.at(j)
	return t != nil && t.kind == marsad.TokenWord && t.verbFuture || f.is(j, "لن", "سوف", "يمكن", "يمكنه", "يمكنها", "يمكننا", "يمكنهم")
}

// futureNext reports a future verb, لن or سوف, or قد and a present (may)
// at token j, right after a weekday (بحلول يوم الأربعاء سيصل الثلج،
// نقاشات الاثنين قد تتأثر): the day is to come.
func (f *finder) futureNext(j int) bool {
	t := f.at(j)
	return t != nil && t.kind == marsad.TokenWord && (t.verbFuture || f.is(j, "لن", "سوف") || t.n == "قد" && f.mayVerb(j+1))
}

// mayVerb reports a present verb at j after قد (قد يتأثر، قد تتأثر):
// one in ي, or one in ت that is no common past (قد تم).
func (f *finder) mayVerb(j int) bool {
	t := f.at(j)
	return f.presentVerb(j) || t != nil && t.bare == t.n && strings.HasPrefix(t.n, "ت") && !tPasts[t.n] && utf8.RuneCountInString(t.n) >= 3
}

// quotedFuture reports a quotation that opens with a future particle or
// verb right after the weekday that ends at token j (إضراب الثلاثاء "لن
// يكون سوى أول يوم"): the day is to come, unless a verb of saying leads
// the weekday's clause (وقال الثلاثاء "لن نسمح"), which makes it the day
// the words were said.
func (f *finder) quotedFuture(i, j int) bool {
	t := f.at(j)
	if t == nil || t.kind != marsad.TokenPunct || !isQuoteMark(t.n) || !f.futureNext(j+1) {
		return false
	}
	return !f.saidBefore(i)
}

// saidBefore reports a verb of saying (sayVerbs) in the clause before
// token i, within sixteen tokens: the clause ends at a sentence mark, a
// colon, a quote mark or a complementiser (أن، إن، بأن) that opens the
// clause of what is said.
func (f *finder) saidBefore(i int) bool {
	for j := i - 1; j >= 0 && j >= i-16; j-- {
		t := f.at(j)
		if clauseBreak(t) {
			return false
		}
		if t.kind != marsad.TokenWord {
			continue
		}
		if f.is(j, "ان", "بان") {
			return false
		}
		if sayVerb(t.n) || sayVerb(t.bare) {
			return true
		}
	}
	return false
}

// postponedTo reports a weekday at i right after إلى or حتى in a clause
// with a word of putting off (postponeWords) within ten tokens before:
// أرجأت المحكمة الجلسة إلى السبت، تأجيل التصويت إلى الثلاثاء. A clause
// led by كان (وكانت المحكمة أرجأت ...) tells of the past and is left out.
func (f *finder) postponedTo(i int) bool {
	if !f.is(i-1, "الي", "الى", "حتي") {
		return false
	}
	for j := i - 2; j >= 0 && j >= i-11; j-- {
		t := f.at(j)
		if clauseBreak(t) {
			return false
		}
		if t.kind != marsad.TokenWord || !(postponeWords[t.n] || postponeWords[t.bare]) {
			continue
		}
		if t.n == "اجل" && f.is(j-1, "من") {
			continue // من أجل: for the sake of
		}
		return !f.is(j-1, "كان", "كانت", "وكان", "وكانت") && !f.is(j-2, "كان", "كانت", "وكان", "وكانت")
	}
	return false
}

// nightEnd reads the day after a night's weekday wd at token j (ليل
// الجمعة السبت، ليل السبت إلى الأحد، ليل الأربعاء - الخميس، ليلة
// الاثنين والثلاثاء): the night between the two days, told by both. It
// returns the tokens used, 0 when the next day is not named there.
func (f *finder) nightEnd(j, wd int) int {
	k := 0
	if f.is(j, "الي", "الى", "حتي", "-", "/", "و") {
		k = 1
	}
	next, ok := f.lookup(j+k, weekdays)
	if !ok || next != (wd+1)%7 {
		return 0
	}
	t := f.at(j + k)
	if !strings.HasPrefix(t.n, "ال") && !(k == 0 && strings.HasPrefix(t.n, "و") && strings.HasPrefix(t.bare, "ال")) {
		return 0
	}
	return k + 1
}

// setParticiples are the participles, normalised, that tell of a thing
// set or awaited for a day (المقررة، المرتقب، مزمعة).
var setParticiples = []string{"المقرر", "المقرره", "مقرر", "مقرره", "المرتقب", "المرتقبه", "مرتقب", "مرتقبه",
	"المزمع", "المزمعه", "مزمع", "مزمعه", "المنتظره"}

// scheduledFor reports a participle of what is set or awaited
// (setParticiples) right before the weekday at i, or before a comma
// before it (الجلسة المقبلة، المقررة الجمعة): the thing is still to
// come. كان in its clause (كانت مقررة الأحد) or a word of putting off or
// calling off (أرجأت المباريات المقررة الأحد، إلغاء القمة المرتقبة
// الخميس) tells of a day that has passed.
func (f *finder) scheduledFor(i int) bool {
	k := i - 1
	if f.is(k, "،", ",") {
		k--
	}
	if !f.is(k, setParticiples...) {
		return false
	}
	for j := k - 1; j >= 0 && j >= k-8; j-- {
		t := f.at(j)
		if clauseBreak(t) {
			break
		}
		if t.kind != marsad.TokenWord {
			continue
		}
		if f.is(j, "كان", "كانت", "كانوا") || postponeWords[t.n] || postponeWords[t.bare] || cancelWords[t.bare] {
			return false
		}
	}
	return true
}

// decided reports a verb of deciding or announcing (decideVerbs: قررت،
// أعلن، أمرت) leading the clause of the weekday at i, within twelve tokens
// before it, with a verbal noun of a measure (measureNouns: تعليق، إغلاق،
// تمديد) between them: the day is the measure's, still to come (أعلنت
// الوزارة تعليق الدراسة، الأحد). A comma may set the day off; another
// mark or a clause opener (رفع الحظر الذي فرضته الجمعة) ends the search,
// and كان within four words before the verb (وكانت الحكومة قررت) tells of
// the past.
func (f *finder) decided(i int) bool {
	measure := false
	for j := i - 1; j >= 0 && j >= i-12; j-- {
		t := f.at(j)
		if j == i-1 && (t.n == "،" || t.n == ",") {
			continue
		}
		if t.kind == marsad.TokenPunct || t.kind == marsad.TokenWord && (clauseOpeners[t.n] || clauseOpeners[t.bare]) {
			return false
		}
		if t.kind != marsad.TokenWord {
			continue
		}
		if measureNouns[t.bare] {
			measure = true
			continue
		}
		if stem := strings.TrimSuffix(t.bare, "ت"); decideVerbs[stem] || decideVerbs[strings.TrimSuffix(t.bare, "وا")] {
			if !measure {
				return false
			}
			for k := j - 1; k >= 0 && k >= j-4; k-- {
				if f.is(k, "كان", "كانت", "كانوا") {
					return false // وكانت الحكومة قررت: done before
				}
			}
			return true
		}
	}
	return false
}

// scheduled reports a verb of what is set to happen on a day
// (scheduleVerbs) among the tokens of the clause before i.
func (f *finder) scheduled(i int) bool {
	for j := i - 1; j >= 0 && j >= i-10; j-- {
		t := f.at(j)
		if j == i-1 && (t.n == "،" || t.n == ",") {
			continue // وتنعقد جلسة المحاكمة، الجمعة: a day set off by a comma
		}
		if t.kind == marsad.TokenPunct && (t.n == "." || t.n == "؟" || t.n == "!" || t.n == "،" || t.n == ",") {
			return false
		}
		if t.kind == marsad.TokenWord && strings.HasPrefix(t.n, "ل") && t.bare != t.n {
			continue // لتقوم روسيا السبت بالمثل: what followed, in a past story
		}
		if t.kind == marsad.TokenWord && (scheduleVerb(t.n) || scheduleVerb(t.bare)) {
			return true
		}
	}
	return false
}

// relativeDay: اليوم, أمس, أول أمس, غدا, بعد غد, الليلة, صباح اليوم, اليوم التالي.
func (f *finder) relativeDay(i int) (int, Match) {
	if part, k := f.thisPart(i); k > 0 {
		return k, Match{Type: marsad.TimeOfDay, Value: f.withPart(f.dayValue(0), part)}
	}
	part, n := f.partBefore(i)
	if n == 0 && f.is(i, "يوم") && f.is(i+1, "امس", "الامس") {
		n = 1 // يوم أمس: the day, yesterday
	}
	off, k := 0, 0
	switch {
	case f.is(i+n, "اول") && f.is(i+n+1, "امس", "الامس"):
		off, k = -2, 2
	case f.is(i+n, "اول", "الاول") && f.is(i+n+1, "من") && f.is(i+n+2, "امس", "الامس"):
		off, k = -2, 3 // (الـ)أول من أمس: the day before yesterday, as أول أمس
	case f.is(i+n, "امس", "الامس", "البارحه"):
		if f.mostNeeded(i + n) {
			return 0, Match{}
		}
		off, k = -1, 1
	case f.is(i+n, "بعد") && f.is(i+n+1, "غد"):
		off, k = 2, 2
	case f.is(i+n, "غدا", "غد") && (n > 0 || f.at(i+n).n != "غد"):
		off, k = 1, 1
	case f.at(i+n) != nil && f.at(i+n).n == "الغد" && (n > 0 || f.is(i-1, "من", "حتي", "في", "الي")):
		// اعتبارا من الغد، صباح الغد; not حزب الغد or صحيفة الغد.
		off, k = 1, 1
	case f.is(i+n, "اليوم") && f.is(i+n+1, "التالي"):
		off, k = f.nextDayOffset(i), 2
	case f.is(i+n, "اليوم"):
		// "اليوم الوطني", "اليوم العالمي", "اليوم الأول", "اليوم الذي":
		// a named or described day, not today. "يغادر اليوم إلى",
		// "تبدأ اليوم المرحلة": today.
		if namesDay(f.at(i + n + 1)) {
			return 0, Match{}
		}
		if n == 0 && f.rate(i) {
			return 0, Match{} // ثلاث مرات في اليوم: per day, a set
		}
		// يوما ونصف اليوم: half a day; لموقع "اليوم 24": a name.
		if n == 0 && (f.is(i-1, "نصف", "ونصف") || f.at(i-1) != nil && isQuoteMark(f.at(i-1).n) && f.mediaNoun(i-2)) {
			return 0, Match{}
		}
		if n == 0 && f.paperName(i) {
			return 0, Match{}
		}
		// ذلك اليوم, ذات اليوم, نفس اليوم: a day named before; هو اليوم
		// الحاسم: a described day.
		if n == 0 && (f.toldBefore(i) || f.is(i-1, "هو", "هي") && f.at(i+1) != nil && strings.HasPrefix(f.at(i+1).n, "ال")) {
			return 0, Match{}
		}
		if f.is(i+n+1, "نفسه", "ذاته") {
			return 0, Match{} // مساء اليوم نفسه: the same day as one told before
		}
		if n == 0 && f.is(i-1, "اما") && !f.is(i+1, "او") && !f.saidToday(i+1) {
			if _, k := f.namedWeekday(i + 1); k == 0 {
				// كانت تصوت له لأجل أبيه، أما اليوم فمن يصوت له يختاره:
				// today set against the past, nowadays (not إما اليوم أو غدا).
				return 1, Match{Type: marsad.Date, Value: "PRESENT_REF"}
			}
		}
		if n == 0 && (f.is(i+1, "هناك", "ثمه") || f.is(i-1, "القايم", "السايد")) {
			// تضيف أن اليوم هناك تغيرا في المجتمع، نظام الحكم القائم
			// اليوم: nowadays, no one day.
			return 1, Match{Type: marsad.Date, Value: "PRESENT_REF"}
		}
		off, k = 0, 1
	case f.is(i+n, "الليله") && n == 0:
		if f.toldBefore(i) || f.is(i+1, "نفسها", "ذاتها") {
			return 0, Match{} // تلك الليلة، الليلة ذاتها: a night told before
		}
		if f.is(i+1, "الماضيه", "المنصرمه", "الفايته") {
			// الليلة الماضية: last night, the night before the day of publication.
			return 2, Match{Type: marsad.TimeOfDay, Value: f.withPart(f.dayValue(-1), "NI")}
		}
		if f.is(i+1, "المقبله", "القادمه") {
			// الليلة المقبلة: the coming night, the one of the day of publication.
			return 2, Match{Type: marsad.TimeOfDay, Value: f.withPart(f.dayValue(0), "NI")}
		}
		return 1, Match{Type: marsad.TimeOfDay, Value: f.withPart(f.dayValue(0), "NI")}
	}
	if k == 0 {
		return 0, Match{}
	}
	n += k
	if part == "" && !f.is(i+n, "ليله") {
		p, k := f.partAfter(i + n)
		part, n = p, n+k
	}
	// "بعد غد الثلاثاء", "أمس الأحد", "صباح اليوم (الخميس)": the weekday
	// names the same day. When it is not the day the publication date
	// gives (a story written the evening before), the weekday wins.
	wd, k := f.namedWeekday(i + n)
	if k == 0 && f.is(i+n, "،", ",") {
		// اليوم، الإثنين، أمس، الأحد،: the weekday in apposition between
		// commas names the same day; one expression.
		if w, kk := f.namedWeekday(i + n + 1); kk > 0 && f.is(i+n+1+kk, "،", ",") {
			wd, k = w, 1+kk
		}
	}
	if k > 0 {
		n += k
		off = f.nearestWeekday(off, wd)
		if nt := f.at(i + n); nt != nil && nt.num > 0 && nt.digits <= 2 {
			// اليوم الاثنين 27 أفريل 2015: the date after the weekday is
			// the same day, one expression; the date says which.
			if k, m := f.namedDate(i+n, n, part); k > 0 {
				return k, m
			}
		}
	}
	res := Match{Type: marsad.Date, Value: f.dayValue(off)}
	if !f.hasPub {
		res.Value = map[int]string{0: "PRESENT_REF", -1: "PAST_REF", -2: "PAST_REF", 1: "FUTURE_REF", 2: "FUTURE_REF"}[off]
	}
	if part != "" && f.hasPub {
		res.Value, res.Type = f.withPart(res.Value, part), marsad.TimeOfDay
	}
	return n, res
}

// saidToday reports a past verb of saying or of a one-time act joined to
// ف at j, or after a comma there, after أما اليوم (أما اليوم، فأكد
// الوزير): what was done on the day, not nowadays.
func (f *finder) saidToday(j int) bool {
	if f.is(j, "،", ",") {
		j++
	}
	t := f.at(j)
	if t == nil || t.kind != marsad.TokenWord || !strings.HasPrefix(t.n, "ف") {
		return false
	}
	w := strings.TrimPrefix(t.n, "ف")
	return sayVerb(w) || punctualPast(w)
}

// nextDayOffset is the offset from publication of اليوم التالي (the
// next day) at i: the day after the last day named in the forty tokens
// before it (أعلن الخميس ... لكنه عاد في اليوم التالي), or in the
// paragraph before when it opens its own (وفي اليوم التالي، ...); with
// none, the day after publication. Unless a future verb leads the
// clause, a day still to come is passed over (أعلن الخميس إلغاء القمة
// المقررة في 12 من الشهر المقبل لكنه عاد في اليوم التالي: the day after
// Thursday).
func (f *finder) nextDayOffset(i int) int {
	day, tok := f.lastDay, f.lastDayTok
	if f.hasPub && day > f.pub.Format("2006-01-02") && !f.futureClause(i) {
		day, tok = f.pastDay, f.pastDayTok
	}
	if day == "" || !f.hasPub {
		return 1
	}
	if tok >= 0 && i-tok > 40 || tok < 0 && i > 3 {
		return 1
	}
	d, err := time.Parse("2006-01-02", day)
	if err != nil {
		return 1
	}
	return int(d.Sub(f.pub).Hours()/24) + 1
}

// thisPart reads هذا and a part of the day at i (هذا المساء، هذا
// الصباح: this evening, this morning), a part of the day of publication:
// its TIMEX3 code and the tokens used. Without a publication date, or
// with نفسه after it (هذا المساء نفسه: of a day told before), none.
func (f *finder) thisPart(i int) (string, int) {
	t := f.at(i + 1)
	if !f.hasPub || !f.is(i, "هذا") || t == nil || !strings.HasPrefix(t.n, "ال") || f.is(i+2, "نفسه", "ذاته") {
		return "", 0
	}
	part, ok := partsOfDay[strings.TrimPrefix(t.n, "ال")]
	if !ok || part != "MO" && part != "EV" {
		// الليل is of no day (هذه الليلة is read as الليلة); هذا العصر is
		// this era, هذا الظهر rare.
		return "", 0
	}
	if f.is(i+2, "او") || f.titled(i, i+1) {
		return "", 0 // هذا الصباح أو ذاك: any morning; (هذا المساء): a title
	}
	return part, 2
}

// titled reports the words i to j alone between brackets or quotation
// marks: a title, not a time.
func (f *finder) titled(i, j int) bool {
	a, b := f.at(i-1), f.at(j+1)
	if a == nil || b == nil || a.kind != marsad.TokenPunct || b.kind != marsad.TokenPunct {
		return false
	}
	return a.n == "(" && b.n == ")" || isQuoteMark(a.n) && isQuoteMark(b.n)
}

// titleNouns name a work or a medium whose name may be a length: a
// programme, a film, a book, a site, a race (برنامج "60 دقيقة"، فيلم
// "127 ساعة"، موقع "20 دقيقة").
var titleNouns = map[string]bool{"برنامج": true, "البرنامج": true, "فيلم": true, "الفيلم": true, "مسلسل": true,
	"المسلسل": true, "كتاب": true, "كتابه": true, "روايه": true, "الروايه": true, "مسرحيه": true, "اغنيه": true,
	"سباق": true, "موقع": true, "صحيفه": true, "مجله": true, "قناه": true, "شريط": true, "وثايقي": true}

// workTitle reports the words i to j alone between quotation marks or
// brackets, with a noun of a work or a medium among the three words
// before (برنامج "60 دقيقة"، برنامج تلفزيوني أسترالي "60 دقيقة"): a
// name, not a time. An age (غوميز "20 عاما") has no such noun.
func (f *finder) workTitle(i, j int) bool {
	if !f.titled(i, j) {
		return false
	}
	for k := i - 2; k >= 0 && k >= i-4; k-- {
		t := f.at(k)
		if t.kind != marsad.TokenWord {
			return false
		}
		if titleNouns[t.n] || titleNouns[t.bare] {
			return true
		}
	}
	return false
}

// mediaNoun reports a noun of a newspaper, a site or a channel at i
// (صحيفة، لموقع): a name follows it.
func (f *finder) mediaNoun(i int) bool {
	return f.is(i, "موقع", "صحيفه", "جريده", "قناه", "لموقع", "لصحيفه", "لجريده", "لقناه")
}

// paperName reports اليوم at i as the last word of a newspaper's name
// (صحيفة "المصري اليوم"، لصحيفة المصري اليوم): المصري after a quotation
// mark or a noun of a newspaper. المصري اليوم in other words may be
// "the Egyptian ... today" (أعلن الجيش المصري اليوم) and is left alone.
func (f *finder) paperName(i int) bool {
	if !f.is(i-1, "المصري") {
		return false
	}
	t := f.at(i - 2)
	return t != nil && (isQuoteMark(t.n) || f.mediaNoun(i-2))
}

// mostNeeded reports أمسّ at i, the elative "most in need" rather than
// أمس "yesterday": written with its shadda, or before الحاجة or ما and a
// form of احتاج (في أمس الحاجة، أمس ما يحتاجه العالم).
func (f *finder) mostNeeded(i int) bool {
	t := f.at(i)
	if strings.ContainsRune(f.text[t.start:t.end], '\u0651') {
		return true
	}
	if f.is(i+1, "الحاجه", "حاجه") {
		return true
	}
	nt := f.at(i + 2)
	return f.is(i+1, "ما") && nt != nil && strings.Contains(nt.n, "حتاج")
}

// toldBefore reports a demonstrative or a word of sameness before the day
// or night at i (ذلك اليوم، تلك الليلة، وبنفس اليوم): one told before,
// not the day of publication.
func (f *finder) toldBefore(i int) bool {
	if f.is(i-1, "ذلك", "تلك", "ذات", "نفس") {
		return true
	}
	t := f.at(i - 1)
	if t == nil || t.bare == t.n {
		return false
	}
	// وبنفس، وفي ذات: a second proclitic.
	r, n := utf8.DecodeRuneInString(t.bare)
	return strings.ContainsRune("بلك", r) && (t.bare[n:] == "نفس" || t.bare[n:] == "ذات")
}

// namedWeekday reads a weekday naming the day before it, bare or in
// brackets (أمس الأحد، اليوم (الخميس)); it returns the weekday and the
// tokens used.
func (f *finder) namedWeekday(i int) (wd, n int) {
	if wd, ok := f.lookup(i, weekdays); ok && strings.HasPrefix(f.at(i).bare, "ال") {
		return wd, 1 // اليوم أحد ... is "one of", not Sunday
	}
	if f.is(i, "(") && f.is(i+2, ")") {
		if wd, ok := f.lookup(i+1, weekdays); ok && strings.HasPrefix(f.at(i+1).n, "ال") {
			return wd, 3
		}
	}
	return 0, 0
}

// nearestWeekday moves the day off days from publication one day back
// when the weekday wd named with it is the day before: the story was
// written the day before its publication date (اليوم الخميس in a story
// dated Friday). Other mismatches keep the publication date's reading.
func (f *finder) nearestWeekday(off, wd int) int {
	if !f.hasPub {
		return off
	}
	if (int(f.pub.AddDate(0, 0, off).Weekday())+6)%7 == wd {
		return off - 1
	}
	return off
}

// namesDay reports whether t, the word after اليوم, makes "اليوم X" a
// described day (a relative pronoun, an ordinal, a nisba or another
// adjective) rather than today followed by the next phrase.
func namesDay(t *tok) bool {
	if t == nil || t.kind != marsad.TokenWord || !strings.HasPrefix(t.n, "ال") {
		return false
	}
	if t.n == "ال" { // اليوم الـ17
		return true
	}
	stem := strings.TrimPrefix(t.n, "ال")
	if _, ok := ordinals[t.n]; ok || dayAdjectives[t.n] {
		return true
	}
	// Nisba adjectives: الوطني, العالمي, الدراسي, الموالي, السعودية.
	if utf8.RuneCountInString(stem) >= 3 && (strings.HasSuffix(stem, "ي") || strings.HasSuffix(stem, "يه")) {
		return true
	}
	return false
}

func (f *finder) withPart(v, part string) string {
	if v == "" {
		return ""
	}
	return v + "T" + part
}

// relativeUnit: الأسبوع الماضي, الشهر المقبل, العام الحالي, هذا العام, مطلع الشهر.
func (f *finder) relativeUnit(i int) (int, Match) {
	n := 0
	mod := modOf(f, i)
	if mod != "" {
		n = 1
	}
	this := false
	if f.is(i+n, "هذا", "هذه") {
		this, n = true, n+1
	}
	var unit string
	switch {
	case f.is(i+n, "الاسبوع"):
		unit = "W"
	case f.is(i+n, "الشهر"):
		unit = "M"
	case f.is(i+n, "العام", "السنه"):
		unit = "Y"
	case this && f.is(i+n, "الاسبوع", "اسبوع"):
		unit = "W"
	default:
		return 0, Match{}
	}
	if n == 0 && unit == "Y" && f.office(i-1) {
		return 0, Match{} // الأمين العام السابق: the former secretary-general
	}
	n++
	if _, k, _ := f.yearAfter(i + n); this && unit == "Y" && k > 0 {
		return 0, Match{} // لهذا العام 1439هـ: the year matcher reads العام 1439هـ
	}
	rel, ok := f.relWord(i + n)
	if r, k := f.twoAway(i + n); !ok && !this && k > 0 {
		rel, ok, n = r, true, n+k-1 // n++ below takes the last word
	}
	if ok {
		n++
	} else if unit == "Y" && !this {
		// نهاية العام 2011: the year named after it, not this one.
		if y, k, hij := f.yearAfter(i + n); k > 0 && !hij {
			return n + k, Match{Type: marsad.Date, Mod: mod, Value: fmt.Sprintf("%04d", y)}
		}
		if mod == "" {
			return 0, Match{}
		}
	} else if !this && mod == "" {
		return 0, Match{}
	}
	if m, k, hij := f.month(i + n - 1 + 1); k > 0 && !hij && unit == "M" && !ok {
		_ = m // "الشهر" followed by a month name is handled by monthYear
		return 0, Match{}
	}
	res := Match{Type: marsad.Date, Mod: mod}
	if !f.hasPub {
		res.Value = map[int]string{-1: "PAST_REF", 0: "PRESENT_REF", 1: "FUTURE_REF"}[rel]
		return n, res
	}
	switch unit {
	case "W":
		if !ok && !this && mod == "END" && f.weekendGone(i) {
			rel = -1 // عثر عليه في عطلة نهاية الأسبوع, said on a Monday: last week's end
		}
		y, w := f.pub.AddDate(0, 0, 7*rel).ISOWeek()
		res.Value = fmt.Sprintf("%04d-W%02d", y, w)
	case "M":
		t := time.Date(f.pub.Year(), f.pub.Month()+time.Month(rel), 1, 0, 0, 0, 0, time.UTC)
		if lm, err := time.Parse("2006-01", f.lastMonth); err == nil && mod == "" && !this && f.is(i+n-1, "التالي", "اللاحق") {
			t = lm.AddDate(0, 1, 0) // وفي مايو ... وفي الشهر التالي: June
		}
		res.Value = t.Format("2006-01")
	case "Y":
		res.Value = fmt.Sprintf("%04d", f.pub.Year()+rel)
		if y := f.yearBefore(i); y > 0 && f.is(i+n-1, "التالي", "التاليه", "اللاحق", "اللاحقه") {
			res.Value = fmt.Sprintf("%04d", y+1) // عام 1956 ... في السنة اللاحقة: 1957
		}
	}
	return n, res
}

// twoAway reads قبل الماضي (ما قبل الماضي) or بعد المقبل (القادم) at i,
// after a week, a month or a year (العام قبل الماضي، الأسبوع بعد المقبل):
// two units back or ahead. It returns the offset and the tokens used, 0
// when there is none.
func (f *finder) twoAway(i int) (int, int) {
	n := 0
	if f.is(i, "ما") {
		n = 1
	}
	switch {
	case f.is(i+n, "قبل") && f.is(i+n+1, "الماضي", "الماضيه"):
		return -2, n + 2
	case f.is(i+n, "بعد") && f.is(i+n+1, "المقبل", "المقبله", "القادم", "القادمه"):
		return 2, n + 2
	}
	return 0, 0
}

// weekendGone reports نهاية الأسبوع at i, with no word of which week,
// in a clause a past verb leads (pastClause), published from Monday to
// Thursday: the weekend just gone, of the week before publication's. A
// deadline (قبل نهاية الأسبوع، بنهاية الأسبوع، بحلول، حتى) is to come.
func (f *finder) weekendGone(i int) bool {
	wd := f.pub.Weekday()
	if wd < time.Monday || wd > time.Thursday || f.is(i-1, "قبل", "حتي") || strings.HasPrefix(f.at(i).n, "ب") {
		return false
	}
	return f.pastClause(i)
}

// yearBefore is the year last written in digits in the forty tokens
// before i (في عام 1956), that "the following year" counts from; 0 when
// none.
func (f *finder) yearBefore(i int) int {
	for k := i - 1; k >= 0 && k >= i-40; k-- {
		if t := f.at(k); t.num >= 1800 && t.digits == 4 && t.num <= f.pub.Year() {
			return t.num
		}
	}
	return 0
}

// amount reads "N unit" with approximations: ما يقرب من أربعة أعوام,
// ما يقارب ثلاثة أشهر, ما لا يقل عن عامين, أكثر من عشر سنوات, يومين, 48
// ساعة. It returns the count, the unit and the tokens used.
func (f *finder) amount(i int) (count int, u unit, mod string, n int) {
	switch {
	case f.is(i, "ما") && f.is(i+1, "يقرب", "يزيد", "يناهز") && f.is(i+2, "من", "علي"):
		mod, n = "APPROX", 3
		if f.is(i+1, "يزيد") {
			mod = "MORE_THAN"
		}
	case f.is(i, "ما") && f.is(i+1, "يقارب", "يناهز"):
		mod, n = "APPROX", 2 // ما يقارب ثلاثة أشهر، ما يناهز عشرة أعوام
	case f.is(i, "ما") && f.is(i+1, "لا") && f.is(i+2, "يقل", "يزيد") && f.is(i+3, "عن", "علي"):
		// ما لا يقل عن خمس سنوات: at least; ما لا يزيد على: at most.
		mod, n = "EQUAL_OR_MORE", 4
		if f.is(i+2, "يزيد") {
			mod = "EQUAL_OR_LESS"
		}
	case f.is(i, "قارب", "قاربت", "يقارب", "تقارب"):
		mod, n = "APPROX", 1 // لمدة قاربت 14 شهرا: nearly
	case f.is(i, "نحو", "حوالي", "قرابه", "زهاء"):
		mod, n = "APPROX", 1
	case f.is(i, "اكثر", "اكثر") && f.is(i+1, "من"):
		mod, n = "MORE_THAN", 2
	case f.is(i, "اقل") && f.is(i+1, "من"):
		mod, n = "LESS_THAN", 2
	}
	uu, ok := units[f.bareAt(i+n)]
	if s, two := seconds[f.bareAt(i+n)]; two && s.count == 2 {
		uu, ok = s, true // ثانيتين: two seconds
	}
	if ok && uu.count == 2 && f.at(i+n).kind == marsad.TokenWord {
		if strings.HasPrefix(f.bareAt(i+n), "عام") && f.officeNoun(i+n-1) {
			return 0, unit{}, "", 0 // مدعين عامين، ومحامين عامين: general, an office
		}
		if nt := f.at(i + n + 1); nt != nil && nt.num >= 0 && isMinute(uu) {
			return 0, unit{}, "", 0 // دقيقتين 13 و39: the minutes of a match, no duration
		}
		return 2, uu, mod, n + 1
	}
	v, k := f.number(i + n)
	if k > 0 && f.is(i+n, "بضع", "بضعه", "عده") {
		v = -1 // بضعة أيام, عدة أشهر: a vague count (PXD, PXM)
	}
	if k == 0 {
		// أكثر من قرن: one unit after a comparison.
		if uu, ok := units[f.bareAt(i+n)]; ok && mod != "" && mod != "APPROX" && uu.count == 0 && f.at(i+n).kind == marsad.TokenWord {
			return 1, uu, mod, n + 1
		}
		if uu, ok := f.oneAfterOffset(i, i+n); ok {
			if f.is(i+n+1, "واحد") {
				n++ // بعد عام واحد
			}
			return 1, uu, mod, n + 1 // قبل عام، بعد نحو عام: one unit
		}
		if uu, k := f.oneAfterApprox(i, i+n, mod); k > 0 {
			return 1, uu, mod, n + k // لنحو عام، قرابة شهر: about one unit
		}
		if c, uu, k := f.countAfter(i + n); k > 0 {
			return c, uu, mod, n + k // سنوات سبع، قرون عدة
		}
		if f.is(i+n, "ربع", "نصف") && f.is(i+n+1, "قرن") {
			// ربع قرن، نصف قرن: 25 and 50 years.
			return map[string]int{"ربع": 25, "نصف": 50}[f.bareAt(i+n)], units["عام"], mod, n + 2
		}
		return 0, unit{}, "", 0
	}
	uu, ok = units[f.bareAt(i+n+k)]
	if !ok && f.at(i+n+k) != nil && f.at(i+n+k).kind == marsad.TokenWord {
		uu, ok = seconds[f.bareAt(i+n+k)] // 45 ثانية، بضع ثوان
	}
	if !ok || uu.count == 2 || f.is(i+n+k+1, "ضوييه", "ضوئيه") { // سنوات ضوئية: a distance
		return 0, unit{}, "", 0
	}
	if f.is(i+n+k, "عام", "سنه") && f.yearNumberAt(i+n+k+1) {
		return 0, unit{}, "", 0 // إلى مئة ألف عام 2016: عام heads the year, the count counts others
	}
	return v, uu, mod, n + k + 1
}

// yearNumberAt reports a year number at i: three or four digits, not
// followed by a word of the thing it would count.
func (f *finder) yearNumberAt(i int) bool {
	t := f.at(i)
	return t != nil && t.kind == marsad.TokenNumber && t.digits >= 3 && t.digits <= 4 && !quantityNouns[f.bareAt(i+1)]
}

// singularUnits are the units in the singular with no case ending; يوم
// is left out (يوما بعد يوم، قبل يوم الاقتراع), and عقد, also the
// holding of a meeting (بعد عقد اجتماعها), counts only before من، كامل
// or a punctuation mark (منذ نحو عقد من الزمن، منذ عقد كامل، قبل عقد.).
var singularUnits = map[string]bool{
	"اسبوع": true, "شهر": true, "عام": true, "سنه": true, "عقد": true, "قرن": true,
}

// oneAfterOffset reads one unit in the singular at j, with no count, for
// an amount that starts at i right after قبل، بعد or منذ (قبل عام، بعد
// نحو عام من الإعلان): a year ago, about a year after. A word after the
// unit that makes it another noun's (قبل يوم الانتخابات، بعد شهر رمضان،
// قبل عام 2011) or half of it more (منذ عام ونصف) leaves it alone.
func (f *finder) oneAfterOffset(i, j int) (unit, bool) {
	t := f.at(j)
	if t == nil || t.kind != marsad.TokenWord || t.bare != t.n || !singularUnits[t.n] || !f.is(i-1, "قبل", "بعد", "منذ") {
		return unit{}, false
	}
	nt := f.at(j + 1)
	if nt != nil && (nt.kind == marsad.TokenNumber || nt.kind == marsad.TokenWord && (strings.HasPrefix(nt.n, "ال") || nt.n == "ونصف" || f.monthAt(j+1) || weekdayAt(f, j+1))) {
		return unit{}, false
	}
	if t.n == "عقد" && nt != nil && nt.kind == marsad.TokenWord && nt.n != "من" && nt.n != "كامل" {
		return unit{}, false
	}
	// عاما بعد عام، سنة بعد سنة: year after year, no length.
	if u, ok := units[f.bareAt(i-2)]; ok && f.is(i-1, "بعد") && u.letter == units[t.n].letter && u.time == units[t.n].time {
		return unit{}, false
	}
	return units[t.n], true
}

// approxUnits are the units in the singular that a word of "about" may
// count one of (نحو عام، قرابة شهر، حوالي ساعة).
var approxUnits = map[string]bool{
	"يوم": true, "اسبوع": true, "شهر": true, "عام": true, "سنه": true, "عقد": true, "قرن": true,
	"ساعه": true, "دقيقه": true,
}

// oneAfterApprox reads one unit in the singular at j, with no count, right
// after the words of "about" (mod APPROX) that start the amount at i, no
// offset's (لنحو عام، قرابة شهر، حوالي ساعة ونصف): about one unit; it
// returns the unit and the tokens used, with واحد or كامل after it. على
// نحو is "in a manner" (على نحو عام: in general); a number, a month, a
// weekday or a definite word after the unit makes it another noun's (حوالي
// عام 1860، نحو عقد القمة), and so does any word after يوم or عقد (قرابة
// يوم قدامى المحاربين), which only a mark, من، كامل or ونصف may follow.
func (f *finder) oneAfterApprox(i, j int, mod string) (unit, int) {
	t := f.at(j)
	if mod != "APPROX" || t == nil || t.kind != marsad.TokenWord || t.bare != t.n || !approxUnits[t.n] || f.is(i-1, "علي") {
		return unit{}, 0
	}
	nt := f.at(j + 1)
	if nt != nil && (nt.kind == marsad.TokenNumber || nt.kind == marsad.TokenWord && (strings.HasPrefix(nt.n, "ال") || f.monthAt(j+1) || weekdayAt(f, j+1))) {
		return unit{}, 0
	}
	if f.is(j+1, "واحد", "واحده", "كامل", "كامله") {
		return units[t.n], 2
	}
	if (t.n == "يوم" || t.n == "عقد") && nt != nil && nt.kind == marsad.TokenWord && nt.n != "ونصف" && !f.is(j+1, "من", "تقريبا") {
		return unit{}, 0
	}
	return units[t.n], 1
}

// pluralUnits are the plural units a count may follow in literary
// Arabic (قبل سنوات سبع، على امتداد قرون عدة).
var pluralUnits = map[string]bool{
	"ايام": true, "اسابيع": true, "اشهر": true, "شهور": true, "سنوات": true, "سنين": true,
	"اعوام": true, "عقود": true, "قرون": true, "ساعات": true,
}

// countAfter reads a plural unit at i followed by its count in words
// (سنوات سبع، أيام ثلاثة، قرون عدة): the count (-1 for a vague one), the
// unit and the tokens used. A count in digits after a unit is more often
// another number (سنوات 2011) and is left alone.
func (f *finder) countAfter(i int) (int, unit, int) {
	t := f.at(i)
	if t == nil || t.kind != marsad.TokenWord || !pluralUnits[t.bare] {
		return 0, unit{}, 0
	}
	nt := f.at(i + 1)
	if nt == nil || nt.kind != marsad.TokenWord || nt.bare != nt.n {
		return 0, unit{}, 0 // سنوات وثلاثة أشهر: another amount
	}
	v, k := f.smallNumber(i + 1) // أيام عدة آلاف: the thousands are of what follows
	if k == 0 || v < 3 {
		return 0, unit{}, 0
	}
	if f.is(i+1, "بضع", "بضعه", "عده") {
		v = -1
	}
	if v > 0 && f.countsNoun(i+1+k) {
		return 0, unit{}, 0 // اعتقلت منذ أيام خمسة سعوديين: the number counts the noun after it
	}
	return v, units[t.bare], k + 1
}

// countsNoun reports at i a noun that a number before it counts: a
// noun of those counted (quantityNouns: أشخاص، آلاف) or an indefinite
// plural in ين (سعوديين، فلسطينيين), not a verb.
func (f *finder) countsNoun(i int) bool {
	t := f.at(i)
	if t == nil || t.kind != marsad.TokenWord {
		return false
	}
	if quantityNouns[t.n] || f.is(i, "الاف", "ميات", "عشرات", "ملايين") {
		return true
	}
	return !strings.HasPrefix(t.n, "ال") && utf8.RuneCountInString(t.n) >= 5 && strings.HasSuffix(t.n, "ين") && !strings.HasPrefix(t.n, "ي") && !strings.HasPrefix(t.n, "ت")
}

// durationValue is the TIMEX3 value of c units; c < 0 is a vague count (X).
func durationValue(c int, u unit) string {
	if c < 0 {
		if u.time {
			return "PTX" + u.letter
		}
		return "PX" + u.letter
	}
	if u.time {
		return fmt.Sprintf("PT%d%s", c, u.letter)
	}
	return fmt.Sprintf("P%d%s", c, u.letter)
}

// offset: قبل يومين, قبل خمسة وتسعين عاما (a date), بعد أسبوعين.
func (f *finder) offset(i int) (int, Match) {
	dir := 0
	switch {
	case f.is(i, "قبل"):
		dir = -1
	case f.is(i, "بعد"):
		dir = 1
	case f.is(i, "منذ"):
		dir = -1
	default:
		return 0, Match{}
	}
	if n, m := f.thatManyUnits(i, dir); n > 0 {
		return n, m
	}
	c, u, mod, n := f.amount(i + 1)
	if n == 0 && dir < 0 && (!f.is(i, "منذ") || f.ago(i, i+2)) {
		return f.someTimeAgo(i) // قبل أيام، أسقطتها منذ أيام
	}
	if n == 0 || u.time {
		return 0, Match{}
	}
	half := false
	if k := f.halfAfter(i+1+n, u); k > 0 && c > 0 {
		if u.letter != "Y" && u.letter != "M" {
			return 0, Match{} // قبل يومين ونصف: the duration matcher reads the length
		}
		half, n = true, n+k // قبل عامين ونصف العام: thirty months ago
	}
	if f.is(i, "منذ") && !f.ago(i, i+1+n) {
		return 0, Match{} // يعيش هناك منذ ثلاث سنوات: a length, read by duration
	}
	if dir > 0 && f.is(i+1+n, "في") || f.anchored(i+1+n) || dir > 0 && !f.fromNow(i, i+1+n) {
		// بعد 28 عاما من الغياب, بعد 20 عاما في الملاعب, بعد ثلاثة أيام
		// على مقتله, قبل يومين من الانتخابات: counted from another
		// event, not from publication; the duration matcher reads the
		// amount.
		return 0, Match{}
	}
	n++
	if dir < 0 && f.goneBy(i+n) {
		n++ // قبل أربع سنوات مضت، منذ ستين سنة خلت: ago
	} else if f.fromToday(i + n) {
		n += 2 // قبل عام من اليوم، بعد أسبوع من الآن: one expression, counted from publication
	}
	res := Match{Type: marsad.Date, Mod: mod}
	if !f.hasPub {
		res.Value = map[int]string{-1: "PAST_REF", 1: "FUTURE_REF"}[dir]
		return n, res
	}
	if u.letter == "Y" && f.farYear(f.pub.Year()+dir*c) != "" {
		return 0, Match{} // قبل 3 آلاف عام: before our era; the duration matcher reads the amount
	}
	if c < 0 { // قبل بضعة أيام
		res.Value = map[int]string{-1: "PAST_REF", 1: "FUTURE_REF"}[dir]
		return n, res
	}
	off := dir * c
	switch {
	case half && u.letter == "Y":
		res.Value = f.pub.AddDate(0, dir*(12*c+6), 0).Format("2006-01")
		return n, res
	case half:
		res.Value = f.pub.AddDate(0, off, dir*15).Format("2006-01")
		return n, res
	}
	switch u.letter {
	case "D":
		res.Value = f.pub.AddDate(0, 0, off).Format("2006-01-02")
	case "W":
		y, w := f.pub.AddDate(0, 0, 7*off).ISOWeek()
		res.Value = fmt.Sprintf("%04d-W%02d", y, w)
	case "M":
		res.Value = f.pub.AddDate(0, off, 0).Format("2006-01")
	case "Y":
		res.Value = fmt.Sprintf("%04d", f.pub.Year()+off)
	case "DE":
		res.Value = fmt.Sprintf("%03d", (f.pub.Year()+10*off)/10)
	case "CE":
		res.Value = fmt.Sprintf("%02d", (f.pub.Year()+100*off)/100)
	}
	return n, res
}

// thatManyUnits reads قبل/بعد ذلك and a count of years or days with ب
// at i (قبل ذلك بتسعة أعوام، وبعد ذلك بيومين): so many years or days
// before or after the year or the day named last, within the forty
// tokens before; it returns the tokens used.
func (f *finder) thatManyUnits(i, dir int) (int, Match) {
	if f.is(i, "منذ") || !f.is(i+1, "ذلك", "هذا") {
		return 0, Match{}
	}
	t := f.at(i + 2)
	if t == nil || t.kind != marsad.TokenWord || !strings.HasPrefix(t.n, "ب") {
		return 0, Match{}
	}
	c, u, mod, n := f.amount(i + 2)
	if n == 0 || u.time || c <= 0 {
		return 0, Match{}
	}
	switch {
	case u.letter == "Y" && f.lastYearTok >= 0 && i-f.lastYearTok <= 40:
		y := f.lastYear + dir*c
		if f.farYear(y) != "" {
			return 0, Match{}
		}
		return 2 + n, Match{Type: marsad.Date, Mod: mod, Value: fmt.Sprintf("%04d", y)}
	case u.letter == "D" && f.lastDay != "" && f.lastDayTok >= 0 && i-f.lastDayTok <= 40:
		d, err := time.Parse("2006-01-02", f.lastDay)
		if err != nil {
			return 0, Match{}
		}
		return 2 + n, Match{Type: marsad.Date, Mod: mod, Value: d.AddDate(0, 0, dir*c).Format("2006-01-02")}
	}
	return 0, Match{}
}

// ago reports an amount after منذ at i, ending before j, that counts
// back to a point ("ago") rather than a length ("for"): a word of time
// gone by after it (منذ ستين سنة خلت), or a punctual past verb right
// before منذ (الذي أعلن منذ عدة أسابيع، التي تحطمت منذ نحو أسبوعين). A
// present, a participle or a noun before it keeps the length (يعيش هناك
// منذ ثلاث سنوات، الحرب المستمرة منذ سبع سنوات).
func (f *finder) ago(i, j int) bool {
	if f.goneBy(j) {
		return true
	}
	if f.thenAfter(j) {
		return false // الذي كان قد تولى البلاد منذ عامين في ذلك الحين: before then
	}
	if f.opensClause(i) && f.pointNext(j) {
		return true // ومنذ عامين، أقرت الحكومة القانون: two years ago
	}
	if f.is(i-1, "ذلك") && f.is(i-2, "كان") {
		return true // وكان ذلك منذ شهر: that was a month ago
	}
	k := f.headBefore(i - 1)
	if f.pluperfect(k) {
		return true // كانت قد تراجعت منذ خمس سنوات: the pluperfect, a point in the past
	}
	if f.pointHead(k) || f.madeBefore(i) {
		return true
	}
	if f.periphrasticPast(k) {
		return true // تم احتجازه منذ يومين، ما جرى توقعه منذ 13 سنة: a passive, done then
	}
	// تطلقت نورة منذ 13 عاما، اختفى خاشقجي منذ أسبوعين: the verb, then
	// its subject or object.
	// A noun in ـة before its adjective in ـة (أول رحلة خارجية له منذ)
	// is no verb with an object suffix (وقعه البلدان منذ).
	t, v := f.at(k), f.at(k-1)
	if t == nil || t.kind != marsad.TokenWord || f.presentVerb(k) || !f.pointHead(k-1) {
		return false
	}
	return !strings.HasSuffix(v.n, "ه") || strings.HasPrefix(t.n, "ال") || !strings.HasSuffix(t.n, "ه")
}

// periphrasticPast reports a verbal noun at k after the perfect تم or
// جرى (تم احتجازهم، جرى توقيعه، تم الاستيلاء عليها): the passive of a
// past act, done at a point. The present يتم and يجري (يتم تجاهله منذ
// سنوات، لم يتم حلها) tell what goes on, and are left to the length.
func (f *finder) periphrasticPast(k int) bool {
	t := f.at(k)
	return t != nil && t.kind == marsad.TokenWord && f.is(k-1, "تم", "جري")
}

// opensClause reports منذ at i at the head of its clause: first in the
// text, after a mark, or joined to و or ف (ومنذ، فمنذ).
func (f *finder) opensClause(i int) bool {
	t, p := f.at(i), f.at(i-1)
	return t != nil && t.bare != t.n || p == nil || p.kind == marsad.TokenPunct && !isQuoteMark(p.n)
}

// pointNext reports a punctual past verb at j, or after a comma there,
// right after an amount that منذ opens its clause with (ومنذ شهرين
// نقلت وسائل الإعلام): the verb tells what was done then.
func (f *finder) pointNext(j int) bool {
	if f.is(j, "،", ",") {
		j++
	}
	t := f.at(j)
	return t != nil && t.kind == marsad.TokenWord && !t.verbFuture && punctualPast(t.n)
}

// pluperfect reports a past verb at k after قد, with كان before قد or a
// subject of one or two words apart (روسيا كانت قد تراجعت، وكانت
// الحكومة قد انسحبت): an act done at a point before another.
func (f *finder) pluperfect(k int) bool {
	if !f.is(k-1, "قد") || f.presentVerb(k) {
		return false
	}
	for j := k - 2; j >= 0 && j >= k-4; j-- {
		t := f.at(j)
		if t.kind != marsad.TokenWord {
			return false
		}
		if f.is(j, "كان", "كانت", "كانوا", "وكان", "وكانت", "وكانوا") {
			return true
		}
	}
	return false
}

// madeBefore reports a participle of a one-time act of making
// (pointParticiples) among the seven tokens before منذ at i, in its
// clause: the thing was made then (الحقيبة المصنوعة من جلد التمساح منذ
// عشر سنوات: made ten years ago). A sentence mark, a comma, a relative
// or another clause opener, or a present verb ends the search.
func (f *finder) madeBefore(i int) bool {
	for k := i - 1; k >= 0 && k >= i-7; k-- {
		t := f.at(k)
		if t.kind == marsad.TokenPunct {
			return false
		}
		if t.kind != marsad.TokenWord || clauseOpeners[t.n] || f.presentVerb(k) {
			return false
		}
		if pointParticiple(t.bare) {
			return true
		}
	}
	return false
}

// pointParticiple reports a passive participle of a one-time act of
// making at w, with or without the article and with the endings of
// gender and number: المصنوعة، مبني، الموقعة، المشيدة.
func pointParticiple(w string) bool {
	def := strings.HasPrefix(w, "ال")
	w = strings.TrimPrefix(w, "ال")
	for _, suf := range []string{"ه", "ين", "ون", "ات", ""} {
		if len(w) > len(suf) && strings.HasSuffix(w, suf) && pointParticiples[strings.TrimSuffix(w, suf)] {
			// الموقع is the site and موقعه its site; الموقعة the signed.
			return w != "موقع" && (def || !strings.HasPrefix(w, "موقع"))
		}
	}
	return false
}

// thenAfter reports a reference to a past time told before at j, after
// an amount (في ذلك الحين، آنذاك، حينها، وقتها): the amount counts back
// from then, not from publication.
func (f *finder) thenAfter(j int) bool {
	if f.is(j, "في") && f.is(j+1, "ذلك") && f.is(j+2, "الحين", "الوقت") {
		return true
	}
	return f.is(j, "انذاك", "حينذاك", "وقتذاك", "حينها", "وقتها", "حينيذ")
}

// pointHead reports a punctual past verb or a verbal noun of a one-time
// act at k.
func (f *finder) pointHead(k int) bool {
	t := f.at(k)
	return t != nil && t.kind == marsad.TokenWord && (punctualPast(t.n) || pointNouns[t.bare])
}

// headBefore steps back from k, the token before منذ, over what may
// stand between a verb or a verbal noun and منذ: an adverb (ظهرت بالفعل
// منذ، الاعتداء عليها جنسيا منذ), a preposition with a pronoun (عليها) or
// with one noun (اندلعت في البلاد منذ); at most two such. It returns the
// token of the head.
func (f *finder) headBefore(k int) int {
	if f.is(k, "بالفعل") || f.nisbaAdverb(k) {
		k--
	}
	for s := 0; s < 2; s++ {
		switch {
		case pronounPPs[f.bareAt(k)]:
			k--
		case f.is(k-1, "في", "علي") && f.at(k) != nil && f.at(k).kind == marsad.TokenWord:
			k -= 2
		default:
			return k
		}
	}
	return k
}

// nisbaAdverb reports an adverb in -يًا at k (جنسيا، رسميا، فعليا): an
// indefinite word of four letters or more ending in يا.
func (f *finder) nisbaAdverb(k int) bool {
	t := f.at(k)
	return t != nil && t.kind == marsad.TokenWord && strings.HasSuffix(t.n, "يا") && !strings.HasPrefix(t.n, "ال") && utf8.RuneCountInString(t.n) >= 4
}

// goneBy reports a verb of time gone by at i, after an amount: مضت،
// خلت (منذ ستين سنة خلت، قبل أربع سنوات مضت).
func (f *finder) goneBy(i int) bool {
	return f.is(i, "مضت", "خلت", "مضي", "مضين", "خلون", "انقضت")
}

// punctualPast reports a perfect form of a verb of a one-time event
// (pointVerbs), with a subject or an object suffix and a conjunction:
// أعلن، وأعلنت، تحطمت، اعتقله، أصدروا.
func punctualPast(n string) bool {
	for _, w := range []string{n, strings.TrimPrefix(strings.TrimPrefix(n, "و"), "ف")} {
		for _, suf := range pastSuffixes {
			if len(w) > len(suf) && strings.HasSuffix(w, suf) && pointVerbs[strings.TrimSuffix(w, suf)] {
				return true
			}
		}
		// A verb in ى drops it before ت and وا: نفت، ألغت، التقوا.
		for _, suf := range []string{"ت", "تا", "وا"} {
			if len(w) > len(suf)+2 && strings.HasSuffix(w, suf) && pointVerbs[strings.TrimSuffix(w, suf)+"ي"] {
				return true
			}
		}
	}
	return false
}

// anchored reports من or على at i naming the event an offset counts
// from (قبل يومين من الانتخابات، بعد عام على الحرب); not من الآن، من
// اليوم، من الزمن (from now) or على الأقل (at least).
// The word stands alone: وعلى متنها after the amount opens another
// clause.
func (f *finder) anchored(i int) bool {
	if f.is(i, "فقط", "تقريبا", "تماما") {
		i++ // بعد يومين فقط من مقتله، بعد ثلاث سنوات تقريبا من الاتفاق
	}
	t := f.at(i)
	switch {
	case t == nil:
		return false
	case t.n == "من":
		// قبل أسبوع من اليوم العالمي للمرأة: a day named, not today.
		return !f.is(i+1, "الان", "اليوم", "الزمن", "الزمان") || f.is(i+1, "اليوم") && namesDay(f.at(i+2))
	case t.n == "علي":
		return !f.is(i+1, "الاقل")
	case t.n == "سابق" || t.n == "سابقه":
		return f.is(i+1, "علي") || strings.HasPrefix(f.bareAt(i+1), "ل") || strings.HasPrefix(f.at(i+1).n, "ل") // بشهر سابق لتاريخ الواقعة
	}
	return false
}

// fromNow reports an offset after بعد at i, ending before j, that counts
// from publication: من الآن after it, or a verb of what is to come or
// goes on near it (سيصبح القرار نافذا بعد 15 يوما، الذي يدخل عامه
// السابع بعد يومين). In a past story بعد counts from the event told
// before (أفرجت عنه بعد ثلاثة أيام، وبعد يومين لقي طياران حتفهما): the
// amount is a length.
func (f *finder) fromNow(i, j int) bool {
	if f.fromToday(j) || f.futureContext(i) {
		return true
	}
	for k := i - 4; k < i; k++ {
		if k >= 0 && f.presentVerb(k) {
			return true
		}
	}
	for k := j; k < j+3; k++ {
		if t := f.at(k); t != nil && (t.verbFuture || f.presentVerb(k)) {
			return true
		}
	}
	return false
}

// fromToday reports من الآن or من اليوم at i, after an amount: counted
// from publication (بعد عامين من الآن، قبل عام من اليوم), not from a day
// described after اليوم (قبل أسبوع من اليوم العالمي للمرأة).
func (f *finder) fromToday(i int) bool {
	return f.is(i, "من") && (f.is(i+1, "الان") || f.is(i+1, "اليوم") && !namesDay(f.at(i+2)))
}

// someTimeAgo reads قبل at i before a plural unit with no count (قبل
// أيام، قبل أشهر قليلة): some time before publication. قبل أيام من
// الانتخابات counts back from another day, and is left alone.
func (f *finder) someTimeAgo(i int) (int, Match) {
	switch f.bareAt(i + 1) {
	case "ايام", "ساعات", "اسابيع", "اشهر", "شهور", "سنوات", "سنين", "اعوام", "عقود":
	default:
		return 0, Match{}
	}
	n := 2
	if f.is(i+n, "قليله") {
		n++
	}
	if f.is(i+n, "من", "علي") && !f.byAgent(i+n) {
		return 0, Match{}
	}
	return n, Match{Type: marsad.Date, Value: "PAST_REF"}
}

// duration: (منذ) ما يقرب من أربعة أعوام (P4Y), ثلاثة أيام, 48 ساعة,
// بضعة أشهر (PXM), العامين الماضيين; with a modifier after it (عامين
// تقريبا، ثلاثة أيام على الأقل) when none came before.
func (f *finder) duration(i int) (int, Match) {
	n, m := f.bareDuration(i)
	if n == 0 {
		n, m = f.oneAndHalf(i)
	}
	if n > 0 && m.Type == marsad.Duration {
		if v, k := f.andHalf(i+n, m.Value); k > 0 {
			m.Value, n = v, n+k // سبع سنوات ونصف السنة: P7.5Y
		}
	}
	if n == 0 || m.Type != marsad.Duration || m.Mod != "" {
		return n, m
	}
	if mod, k := f.postMod(i + n); k > 0 {
		m.Mod = mod
		n += k
	}
	return n, m
}

// oneAndHalf reads one unit in the singular at i with ونصف after it
// (عام ونصف، لسنة ونصف، ساعة ونصف، عقد ونصف): a length of one unit, that
// andHalf makes one and a half; it returns the tokens of the unit alone.
func (f *finder) oneAndHalf(i int) (int, Match) {
	t := f.at(i)
	if t == nil || t.kind != marsad.TokenWord || !f.is(i+1, "ونصف") {
		return 0, Match{}
	}
	switch t.bare {
	case "يوم", "اسبوع", "شهر", "عام", "سنه", "ساعه", "دقيقه":
		return 1, Match{Type: marsad.Duration, Value: durationValue(1, units[t.bare])}
	case "عقد":
		if f.halfAfter(i+1, units[t.bare]) == 1 { // عقد ونصف العام: no length
			return 1, Match{Type: marsad.Duration, Value: durationValue(1, units[t.bare])}
		}
	}
	return 0, Match{}
}

// halfUnits are the units, normalised, that may follow ونصف after a
// length, with or without the article (عامين ونصف العام، شهر ونصف شهر).
var halfUnits = map[string]bool{
	"يوم": true, "اسبوع": true, "شهر": true, "عام": true, "سنه": true, "ساعه": true, "دقيقه": true,
}

// halfAfter reads ونصف at j after an amount of unit u, with the unit
// told again after it (ونصف العام، ونصف شهر): the tokens used, 0 when
// there is none. ونصف before another unit or a number is no half of
// the length.
func (f *finder) halfAfter(j int, u unit) int {
	if !f.is(j, "ونصف") {
		return 0
	}
	t := f.at(j + 1)
	if t == nil || t.kind != marsad.TokenWord {
		return 1
	}
	w := strings.TrimPrefix(t.n, "ال")
	if halfUnits[w] {
		if v := units[w]; v.letter == u.letter && v.time == u.time {
			return 2
		}
		return 0
	}
	if _, ok := units[w]; ok || t.num >= 0 || quantityNouns[w] {
		return 0
	}
	return 1
}

// andHalf reads ونصف after a duration of value v that ends before j
// (سبع سنوات ونصف، عاما ونصف العام، ثلاث ساعات ونصف، عقد ونصف): the
// value with half a unit more (P7.5Y, P1.5Y, PT3.5H; decades in years:
// P15Y) and the tokens used; 0 for a vague count or a sum of units.
func (f *finder) andHalf(j int, v string) (string, int) {
	if c, size, letters := longYears(v); c > 0 {
		// عقد ونصف، عقدين ونصف: decades and a half, in years.
		if f.halfAfter(j, unit{letter: letters}) != 1 {
			return "", 0
		}
		return fmt.Sprintf("P%dY", c*size+size/2), 1
	}
	parts, ok := durationParts(v)
	if !ok || len(parts) != 1 {
		return "", 0
	}
	p := parts[0]
	u := unit{letter: string(p.unit), time: p.time}
	k := f.halfAfter(j, u)
	if k == 0 {
		return "", 0
	}
	if p.time {
		return "PT" + p.count + ".5" + string(p.unit), k
	}
	return "P" + p.count + ".5" + string(p.unit), k
}

// longUnits are the units longer than a year that ونصف may follow, by
// their TIMEX3 letters, with their size in years. The century is left
// out: the TimeML dev gold reads أكثر من قرن ونصف as a century (P1CE).
var longUnits = map[string]int{"DE": 10}

// longYears reads a length of decades (P1DE, P2DE): the count, the size
// of its unit in years and the unit's letters; a count of 0 for any other
// value or a vague count (PXDE).
func longYears(v string) (int, int, string) {
	for letters, size := range longUnits {
		if !strings.HasPrefix(v, "P") || !strings.HasSuffix(v, letters) {
			continue
		}
		c := 0
		for _, r := range v[1 : len(v)-len(letters)] {
			if r < '0' || r > '9' {
				return 0, 0, ""
			}
			c = 10*c + int(r-'0')
		}
		return c, size, letters
	}
	return 0, 0, ""
}

// postMods are the modifiers that follow an amount (عامين تقريبا، ثلاثة
// أيام على الأقل، 40 عاما وأقل), by their normalised words, with their
// TIMEX3 mod.
var postMods = []struct {
	words []string
	mod   string
}{
	{[]string{"تقريبا"}, "APPROX"},
	{[]string{"علي", "الاقل"}, "EQUAL_OR_MORE"},
	{[]string{"او", "اكثر"}, "EQUAL_OR_MORE"},
	{[]string{"فاكثر"}, "EQUAL_OR_MORE"},
	{[]string{"واكثر"}, "EQUAL_OR_MORE"},
	{[]string{"علي", "الاكثر"}, "EQUAL_OR_LESS"},
	{[]string{"او", "اقل"}, "EQUAL_OR_LESS"},
	{[]string{"فاقل"}, "EQUAL_OR_LESS"},
	{[]string{"واقل"}, "EQUAL_OR_LESS"},
}

// postMod reads a modifier after an amount at i (postMods): the TIMEX3
// mod and the tokens used. أو أكثر من ... compares with what follows
// and is left alone.
func (f *finder) postMod(i int) (string, int) {
	for _, p := range postMods {
		if f.words(i, p.words) && !(p.words[0] == "او" && f.is(i+2, "من")) {
			return p.mod, len(p.words)
		}
	}
	return "", 0
}

// words reports the words ws at i, one token each, in their full form.
func (f *finder) words(i int, ws []string) bool {
	for k, w := range ws {
		if t := f.at(i + k); t == nil || t.n != w {
			return false
		}
	}
	return true
}

// bareDuration reads a duration with no modifier after it.
func (f *finder) bareDuration(i int) (int, Match) {
	// منذ, خلال, لمدة, طوال ... are signals: TimeML leaves them out of the
	// extent (منذ [أربعة أعوام], خلال [48 ساعة]), so the duration starts
	// at the amount.
	n := 0
	c, u, mod, k := f.amount(i + n)
	if k == 0 {
		// يوما, عاما, قرنا: one unit, in the accusative of duration.
		if t := f.at(i + n); t != nil && t.kind == marsad.TokenWord {
			switch t.bare {
			case "يوما", "عاما", "شهرا", "اسبوعا", "قرنا", "عقدا":
				u := units[t.bare]
				if t.bare == "قرنا" || t.bare == "عقدا" {
					u = map[string]unit{"قرنا": {"CE", false, 0}, "عقدا": {"DE", false, 0}}[t.bare]
				}
				// كل يوم is a set, يوما ما is "some day".
				if next := f.at(i + n + 1); !f.is(i+n-1, "كل") && (next == nil || next.n != "ما") {
					if t.bare == "يوما" && f.dayNotLength(i+n) {
						return 0, Match{}
					}
					if t.bare == "عقدا" && !f.decadeLength(i+n) {
						return 0, Match{} // وقعت الشركة عقدا مع: a contract
					}
					k := 1
					if f.is(i+n+1, "واحدا", "كاملا", "متواصلا") {
						k = 2 // يوما كاملا: one whole day
					}
					return n + k, Match{Type: marsad.Duration, Value: durationValue(1, u)}
				}
			}
		}
		if k := f.oneUnit(i); k > 0 {
			return k, Match{Type: marsad.Duration, Value: durationValue(1, units[f.bareAt(i)])}
		}
		if k := f.forUnits(i); k > 0 {
			return k, Match{Type: marsad.Duration, Value: durationValue(-1, units[f.bareAt(i)])}
		}
		if k := f.signalUnits(i); k > 0 {
			return k, Match{Type: marsad.Duration, Value: durationValue(-1, units[f.bareAt(i)])}
		}
		if v := f.tensOfYears(i); v != "" {
			return 2, Match{Type: marsad.Duration, Value: v}
		}
		return f.definiteDuration(i)
	}
	n += k
	if v, k := f.perPeriod(i+n, u); k > 0 {
		return n + k, Match{Type: marsad.Set, Value: v} // ستة أيام في الأسبوع: a frequency
	}
	if f.is(i+n, "الماضيه", "الماضيين", "الماضي", "الاخيره", "المقبله", "القادمه") {
		n++
	}
	// A bare count of a day-sized unit after a preposition is fine; keep
	// plain numbers with units (ثلاثة أيام, 24 ساعة).
	return n, Match{Type: marsad.Duration, Value: durationValue(c, u), Mod: mod}
}

// decadeLength reports عقدا at i as a length of ten years: after a word
// of time or of measure (منذ، قبل، لمدة، طوال، نحو، تقارب) or before من
// الزمن or كاملا. Alone, as the object of a verb (وقعت عقدا، أبرم عقدا
// مع), it is a contract.
func (f *finder) decadeLength(i int) bool {
	if f.is(i+1, "كاملا") || f.is(i+1, "من") && f.is(i+2, "الزمن", "الزمان") {
		return true
	}
	if _, k := f.postMod(i + 1); k > 0 {
		return true // عقدا على الأقل، عقدا تقريبا
	}
	if p := f.at(i - 1); p != nil && p.kind == marsad.TokenWord && (strings.Contains(p.n, "تغرق") || strings.Contains(p.n, "ستمر") || strings.HasPrefix(p.bare, "دام")) {
		return true // سيستغرق عقدا، استمرت عقدا: a verb of lasting
	}
	return f.is(i-1, "منذ", "قبل", "بعد", "لمده", "مده", "طوال", "طيله", "خلال", "غضون", "نحو", "قرابه", "حوالي", "زهاء", "تقارب", "يقارب", "من", "اكثر", "اقل")
}

// forUnits reads a plural unit with no count joined to ل at i (لسنوات،
// لأيام، لعقود طويلة): for some years, days or decades. It returns the
// tokens used; a definite noun after the unit (لسنوات الحرب) or a number
// leaves it alone.
func (f *finder) forUnits(i int) int {
	t := f.at(i)
	if t == nil || t.kind != marsad.TokenWord || t.bare == t.n || !strings.HasPrefix(t.n, "ل") || !pluralUnits[t.bare] {
		return 0
	}
	if nt := f.at(i + 1); nt != nil && (nt.kind == marsad.TokenNumber || nt.kind == marsad.TokenWord && strings.HasPrefix(nt.n, "ال")) {
		return 0
	}
	if f.is(i+1, "طويله", "عديده") {
		return 2
	}
	return 1
}

// signalUnits reads a plural unit at i with no count after منذ (منذ
// أشهر، منذ سنوات عديدة: for months, for many years), after بعد or قبل
// with the event it counts from (بعد عقود من التهميش، قبل أيام من
// القمة، بعد ساعات على الإعلان) or after ب with قليلة (بعد التصريحات
// بدقائق قليلة): a vague length; it returns the tokens used.
func (f *finder) signalUnits(i int) int {
	t := f.at(i)
	if t == nil || t.kind != marsad.TokenWord || !pluralUnits[t.bare] && t.bare != "دقايق" {
		return 0
	}
	n := 1
	if f.is(i+1, "طويله", "عديده", "قليله") {
		n = 2
	} else if nt := f.at(i + 1); nt != nil && nt.kind == marsad.TokenWord && strings.HasPrefix(nt.n, "ال") {
		return 0 // منذ أيام الاستعمار: the days of a time named
	}
	switch {
	case t.bare != t.n:
		if !strings.HasPrefix(t.n, "ب") || !f.is(i+1, "قليله") {
			return 0
		}
	case f.is(i-1, "منذ"):
		if f.is(i+1, "طويله") {
			return 0 // منذ سنوات طويلة: left out, as the TimeML gold does
		}
	case f.is(i-1, "بعد", "قبل") && f.is(i+n, "من") && !f.is(i+n+1, "الان", "اليوم") && !f.byAgent(i+n):
		// بعد أيام من الاتفاق، قبل ساعات من الهجوم، بعد أيام قليلة من
		// تعيينه: some days counted from an event.
	case f.is(i-1, "بعد") && f.is(i+n, "علي") && !f.is(i+n+1, "الاقل") && !f.byAgent(i+n):
		// بعد أيام على إعلانه: على names the event as من does.
	case f.lengthSignal(i-1) && !f.ofNoun(i+1): // طوال عقود، في غضون سنوات قليلة
	default:
		return 0
	}
	return n
}

// byAgent reports من قبل or على يد at i (by, at the hands of: بدأت قبل
// سنوات قليلة من قبل الصين، قتل بعد سنوات على يد مسلحين): the agent of
// the act, not the event an amount counts from.
func (f *finder) byAgent(i int) bool {
	return f.is(i, "من") && f.is(i+1, "قبل") || f.is(i, "علي") && f.is(i+1, "يد", "ايدي")
}

// ofNoun reports a noun at i that the unit before it is annexed to: with
// a pronoun (خلال سنوات حكمه، سنوات عملي) or حكم (سنوات حكم الحزب), the
// years of a time named, not a length.
func (f *finder) ofNoun(i int) bool {
	t := f.at(i)
	if t == nil || t.kind != marsad.TokenWord {
		return false
	}
	if f.is(i, "حكم") {
		return true
	}
	_, _, suf := arabic.Segment(f.text[t.start:t.end])
	return suf != ""
}

// tensOfYears reads عشرات or مئات before the years at i (منذ عشرات
// السنين، لمئات السنين): decades or centuries, vague (PXDE, PXCE); "".
func (f *finder) tensOfYears(i int) string {
	if !f.is(i+1, "السنين", "السنوات", "الاعوام") {
		return ""
	}
	switch {
	case f.is(i, "عشرات"):
		return "PXDE"
	case f.is(i, "ميات"): // مئات, normalised
		return "PXCE"
	}
	return ""
}

// rangeFirst reads the first count of a range of lengths whose unit
// comes once, after the second (من أربع إلى ست سنوات، بين 15 و25 عاما):
// the first count is a length of that unit of its own.
func (f *finder) rangeFirst(i int) (int, Match) {
	if !f.is(i-1, "من", "بين") || f.at(i) == nil || f.at(i).bare != f.at(i).n {
		return 0, Match{}
	}
	v, k := f.number(i)
	if k == 0 || v <= 0 {
		return 0, Match{}
	}
	if _, ok := units[f.bareAt(i+k)]; ok {
		return 0, Match{} // من أربع سنوات: the amount is whole
	}
	j := i + k
	switch {
	case f.is(i-1, "من") && f.is(j, "الي", "حتي", "-"), f.is(i-1, "بين") && f.is(j, "و", "-"):
		j++
	case f.is(i-1, "بين") && f.at(j) != nil && strings.HasPrefix(f.at(j).n, "و") && f.at(j).bare != f.at(j).n:
	default:
		return 0, Match{}
	}
	c, u, mod, n := f.amount(j)
	if n == 0 || mod != "" || u.count == 2 || c <= v {
		return 0, Match{}
	}
	return k, Match{Type: marsad.Duration, Value: durationValue(v, u)}
}

// dayNotLength reports a bare يوما at i that names no length of time:
// "ever" after a negation (لم يرتكب يوما، لم تكن يوما أسوأ) or day after
// day (يوما بعد يوم). A day described (يوما آخر، سيصير يوما موضوعا) stays
// a duration, as TimeML marks it.
func (f *finder) dayNotLength(i int) bool {
	if f.is(i+1, "بعد") && f.is(i+2, "يوم") || dayKinds[f.bareAt(i+1)] {
		return true // يوما بعد يوم، يوما عاديا
	}
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		t := f.at(k)
		if t.kind == marsad.TokenPunct {
			break
		}
		if f.is(k, "لم", "لن", "ليس", "ليست", "لست") {
			return true
		}
	}
	return false
}

// perPeriod reads the period of a frequency after an amount of unit u:
// في الأسبوع، في اليوم، يوميا، سنويا (ستة أيام في الأسبوع، ثماني ساعات
// يوميا). It returns the set's value and the tokens used; none when the
// period is a named one (في الأسبوع الماضي، في العام 2015) or no longer
// than the unit.
func (f *finder) perPeriod(i int, u unit) (string, int) {
	periods := map[string]unit{"اليوم": units["يوم"], "الاسبوع": units["اسبوع"], "الشهر": units["شهر"], "العام": units["عام"], "السنه": units["سنه"]}
	adverbs := map[string]string{"يوميا": "اليوم", "اسبوعيا": "الاسبوع", "شهريا": "الشهر", "سنويا": "العام"}
	k, w := 0, ""
	switch {
	case f.is(i, "في") && f.at(i+1) != nil:
		k, w = 2, f.bareAt(i+1)
		if _, rel := f.relWord(i + 2); rel {
			return "", 0
		}
		if _, y, _ := f.yearAfter(i + 1); y > 0 {
			return "", 0
		}
	case f.at(i) != nil && adverbs[f.bareAt(i)] != "":
		k, w = 1, adverbs[f.bareAt(i)]
	default:
		return "", 0
	}
	p, ok := periods[w]
	if !ok || u.time || unitRank(p) <= unitRank(u) {
		if ok && u.time && p.letter == "D" {
			return durationValue(1, p), k // ثماني ساعات في اليوم
		}
		return "", 0
	}
	return durationValue(1, p), k
}

// unitRank orders the date units: day, week, month, year, decade, century.
func unitRank(u unit) int {
	return map[string]int{"D": 1, "W": 2, "M": 3, "Y": 4, "DE": 5, "CE": 6}[u.letter]
}

// oneUnit reads one unit named in the singular after a signal of
// duration (خلال عام، لمدة أسبوع، في غضون شهر واحد), or whole (أهدر عام
// كامل، ساعة كاملة): the tokens used, 0
// when there is none. A unit in construct (خلال شهر رمضان، أسبوع المؤتمر)
// or before a number (خلال عام 2013) names a period, not a length.
func (f *finder) oneUnit(i int) int {
	switch f.bareAt(i) {
	case "يوم", "اسبوع", "شهر", "عام", "سنه", "ساعه", "دقيقه":
	default:
		return 0
	}
	if f.lengthFrom(i) {
		return 1
	}
	if f.oneFrom(i) {
		return 2
	}
	if f.is(i+1, "كامل", "كامله") && !f.is(i-1, "كل") {
		return 2 // بإهدار عام كامل: a whole year, a length with no signal
	}
	if !f.lengthSignal(i - 1) {
		return 0
	}
	next := f.at(i + 1)
	if next == nil {
		return 1
	}
	if f.is(i+1, "واحد", "واحده", "كامل", "كامله") {
		return 2
	}
	if f.is(i, "يوم") && next.kind == marsad.TokenWord {
		return 0 // خلال يوم افتتاح السفارة: a day named by what happened on it
	}
	if next.kind == marsad.TokenNumber || next.num >= 0 || strings.HasPrefix(next.n, "ال") || f.is(i+1, "ونصف", "ونيف") {
		return 0
	}
	if _, k, _ := f.month(i + 1); k > 0 {
		return 0
	}
	if _, ok := f.lookup(i+1, weekdays); ok {
		return 0
	}
	return 1
}

// lengthSignal reports a word at i that a length follows (خلال، غضون،
// مدة، طيلة، طوال: within, for, throughout).
func (f *finder) lengthSignal(i int) bool {
	return f.is(i, "خلال", "غضون", "مده", "طيله", "طوال")
}

// lengthFrom reports one unit at i between بعد or قبل and the event it
// counts from (بعد يوم من فوزه، قبل عام من الانتخابات): a length, as
// بعد يومين من is; من الآن makes it a date, read elsewhere.
func (f *finder) lengthFrom(i int) bool {
	return f.is(i-1, "بعد", "قبل") && f.is(i+1, "من") && !f.is(i+2, "الان", "اليوم")
}

// oneFrom reports one unit at i told as one (واحد، واحدة) between بعد
// or قبل and the event it counts from (بعد يوم واحد من إعلانه، قبل
// ساعة واحدة من الموعد): a length of one unit, as بعد يوم من is.
func (f *finder) oneFrom(i int) bool {
	return f.is(i-1, "بعد", "قبل") && f.is(i+1, "واحد", "واحده") && f.is(i+2, "من") && !f.is(i+3, "الان", "اليوم")
}

// definiteDuration: العامين الماضيين, الأيام الماضية (PAST_REF).
func (f *finder) definiteDuration(i int) (int, Match) {
	t := f.at(i)
	if t == nil || len(t.bare) < 4 || t.bare[:4] != "ال" {
		return 0, Match{}
	}
	u, ok := units[t.bare[4:]]
	if !ok {
		return 0, Match{}
	}
	if u.letter == "Y" && f.office(i-1) {
		return 0, Match{} // المحامين العامين، الأمين العام السابق: offices
	}
	if u.count == 2 { // العامين (الماضيين)
		if nt := f.at(i + 1); nt != nil && nt.num >= 0 && isMinute(u) {
			return 0, Match{} // الدقيقتين 13 و39: the minutes of a match
		}
		n := 1
		if f.is(i+1, "الماضيين", "المقبلين", "الاخيرين", "القادمين", "الماضيتين", "الاخيرتين") {
			n = 2
		}
		return n, Match{Type: marsad.Duration, Value: durationValue(2, u)}
	}
	// الأشهر الـ 12 الماضية: the count after an article written apart.
	if v, k := f.articleCount(i + 1); k > 0 {
		if _, rel := f.relWord(i + 1 + k); rel {
			return 2 + k, Match{Type: marsad.Duration, Value: durationValue(v, u)}
		}
	}
	// الأيام القليلة الماضية: a few, as vague as الأيام الماضية.
	if f.is(i+1, "القليله") {
		if r, ok := f.relWord(i + 2); ok && r != 0 && !f.is(i+2, "هذا", "هذه") {
			return 3, Match{Type: marsad.Date, Value: map[int]string{-1: "PAST_REF", 1: "FUTURE_REF"}[r]}
		}
	}
	// السنوات الخمس الماضية, السنوات الخمس والعشرين الماضية
	if v, k := f.definiteCount(i + 1); k > 0 {
		if _, rel := f.relWord(i + 1 + k); rel {
			return 2 + k, Match{Type: marsad.Duration, Value: durationValue(v, u)}
		}
	}
	if n, m := f.signalledCount(i, u); n > 0 {
		return n, m
	}
	rel, ok := f.relWord(i + 1)
	if !ok && !f.is(i+1, "الماضيين", "المقبلين", "الاخيرين") {
		return 0, Match{}
	}
	if rel == 0 && (u.letter == "DE" || u.time || f.is(i+1, "هذا", "هذه")) {
		// العقد الحالي (the current contract), الساعة الحالية (the
		// current watch), اليوم هذا القرار (today, this decision).
		return 0, Match{}
	}
	v := "PAST_REF"
	if rel > 0 {
		v = "FUTURE_REF"
	} else if rel == 0 && ok {
		v = "PRESENT_REF" // الأيام الحالية
	}
	return 2, Match{Type: marsad.Date, Value: v}
}

// signalledCount reads a definite plural unit at i, of unit u, with its
// count after it and no word of which ones, after a signal of duration
// (خلال الأشهر الثمانية منذ، طوال السنوات الـ8 التي قضاها): a length.
// The first or last ones (الأشهر الخمسة الأولى من العام) name a part of
// a period, and a count with more of it after (الساعات الأربع وعشرين)
// is left alone.
func (f *finder) signalledCount(i int, u unit) (int, Match) {
	if u.count != 0 || !f.lengthSignal(i-1) {
		return 0, Match{}
	}
	v, k := f.articleCount(i + 1)
	if k == 0 {
		v, k = f.definiteCount(i + 1)
	}
	if k == 0 || v < 3 || f.is(i+1+k, "الاولي", "الاول", "الاخيره", "الاخير") {
		return 0, Match{}
	}
	if nt := f.at(i + 1 + k); nt != nil && nt.kind == marsad.TokenWord && strings.HasPrefix(nt.n, "و") {
		if _, ok := cardinals[strings.TrimPrefix(nt.n, "و")]; ok {
			return 0, Match{}
		}
	}
	return 1 + k, Match{Type: marsad.Duration, Value: durationValue(v, u)}
}

// definiteCount reads a number word with the article at i, alone or
// compound (الخمس، الثماني عشرة، الخمس والعشرين): its value and the
// tokens used.
func (f *finder) definiteCount(i int) (int, int) {
	t := f.at(i)
	if t == nil || t.kind != marsad.TokenWord || !strings.HasPrefix(t.bare, "ال") {
		return 0, 0
	}
	v, ok := cardinals[strings.TrimPrefix(t.bare, "ال")]
	if !ok {
		return 0, 0
	}
	if v < 10 && f.is(i+1, "عشر", "عشره") {
		return v + 10, 2
	}
	if nt := f.at(i + 1); nt != nil && v < 10 && strings.HasPrefix(nt.n, "وال") {
		if w, ok := cardinals[strings.TrimPrefix(nt.n, "وال")]; ok && w >= 20 && w < 100 {
			return v + w, 2
		}
	}
	return v, 1
}

// countFirst: الستة أشهر الماضية، الثلاثين شهرا، العشرين عاما المقبلة: a
// number word with the article before its unit is a length.
func (f *finder) countFirst(i int) (int, Match) {
	v, k := f.definiteCount(i)
	if k == 0 || v < 3 {
		return 0, Match{} // الاثنين is Monday, الواحد one
	}
	u, ok := units[f.bareAt(i+k)]
	if !ok || u.count == 2 || f.at(i+k).kind != marsad.TokenWord || strings.HasPrefix(f.bareAt(i+k), "ال") {
		return 0, Match{}
	}
	n := k + 1
	if r, ok := f.relWord(i + n); ok && r != 0 {
		n++
	}
	return n, Match{Type: marsad.Duration, Value: durationValue(v, u)}
}

// articleCount reads a number after the article written apart, with or
// without a tatweel (الـ 12، الـ24): its value and the tokens used.
func (f *finder) articleCount(i int) (int, int) {
	if t := f.at(i); t == nil || t.n != "ال" {
		return 0, 0
	}
	n := 1
	if t := f.at(i + 1); t != nil && f.text[t.start:t.end] == "ـ" {
		n++
	}
	if t := f.at(i + n); t != nil && t.num > 0 {
		return t.num, n + 1
	}
	return 0, 0
}

// clockParts reads the hour and the minutes of an hour written with
// two digits of minutes after a separator (15:30, 04.00, 13,00); -1, -1
// when either part is not a number.
func clockParts(s string) (h, m int) {
	k := len(s) - 3
	if k < 1 {
		return -1, -1
	}
	h, okh := digitsValue(s[:k])
	m, okm := digitsValue(s[k+1:])
	if !okh || !okm {
		return -1, -1
	}
	return h, m
}

// digitsValue is the value of a string of ASCII digits.
func digitsValue(s string) (int, bool) {
	if s == "" || len(s) > 4 {
		return 0, false
	}
	v := 0
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return 0, false
		}
		v = v*10 + int(s[i]-'0')
	}
	return v, true
}

// clock: الساعة الثالثة عصرا, الساعة 15:30 بتوقيت غرينتش, 10 صباحا.
func (f *finder) clock(i int) (int, Match) {
	n, mod := 0, ""
	if f.is(i, "حوالي", "نحو", "قرابه") && f.is(i+1, "الساعه") {
		n, mod = 1, "APPROX" // حوالي الساعة 8:45 مساء: about that hour
	}
	hasWord := f.is(i+n, "الساعه")
	if hasWord {
		n++
	}
	h, m := -1, 0
	t := f.at(i + n)
	if t == nil {
		return 0, Match{}
	}
	switch {
	case t.kind == marsad.TokenNumber && len(t.n) >= 4 && len(t.n) <= 5 && t.n[len(t.n)-3] == ':':
		h, m = clockParts(t.n)
		n++
	case t.kind == marsad.TokenNumber && len(t.n) >= 4 && len(t.n) <= 5 && (t.n[len(t.n)-3] == '.' || t.n[len(t.n)-3] == ',') && (f.is(i+n+1, "بتوقيت") || f.gmtAbbrev(i+n+1) || hasWord && t.n[len(t.n)-3] == ','):
		// 04.00 بتوقيت غرينتش، 13,00 ت غ، الساعة 19,00: an hour with a dot
		// or a comma, told by the zone after it or by الساعة before it
		// (a decimal number else).
		h, m = clockParts(t.n)
		n++
	case t.num >= 0 && t.num <= 24 && t.digits <= 2 && hasWord:
		if quantityNouns[f.bareAt(i+n+1)] {
			return 0, Match{} // إلى حدود الساعة 13 شخصا: as of this hour, 13 people
		}
		h = t.num
		n++
	case hasWord:
		if v, ok := f.lookup(i+n, ordinals); ok {
			h = v
			n++
			if v < 10 && f.is(i+n, "عشره", "عشر") {
				h += 10
				n++
			}
		}
	case t.num >= 1 && t.num <= 12 && t.digits <= 2:
		h = t.num
		n++
		if _, ok := partsOfDay[f.bareAt(i+n)]; !ok {
			return 0, Match{}
		}
	case t.kind == marsad.TokenWord && (strings.HasSuffix(t.bare, "ه") || t.bare == "الاولي"):
		h, n = f.hourWord(i + n)
	}
	if h < 0 || h > 24 || m < 0 || m > 59 {
		return 0, Match{}
	}
	if f.is(i+n, "والنصف") {
		m, n = 30, n+1
	} else if f.is(i+n, "والربع") {
		m, n = 15, n+1
	}
	hasPart := false
	if p, k := f.partAfter(i + n); k > 0 {
		h = afternoonHour(h, p)
		n += k
		hasPart = true
	}
	// The day of the hour: الساعة السابعة من مساء غد, الساعة 10 صباح اليوم,
	// الساعة الثامنة من مساء الأحد المقبل.
	day, p, k := f.clockDay(i+n, hasPart)
	if k > 0 {
		n += k
		if !hasPart {
			h = afternoonHour(h, p)
		}
	} else if f.is(i+n, "،") && !hasPart {
		// في الساعة 6:40، مساء السبت: the part and day set off by a comma
		// are the hour's; they stay out of the span, a time of their own.
		if d, p, k := f.clockDay(i+n+1, false); k > 0 && d != "" && p != "" {
			day, h = d, afternoonHour(h, p)
		}
	} else if b := f.zoneBracket(i + n); b > 0 {
		// حوالي الساعة 21,00 (20,00 ت غ) من الخميس: the day after the hour
		// told again in another zone is the hour's; it stays out of the
		// span.
		if d, p, k := f.clockDay(i+n+b, hasPart); k > 0 {
			day = d
			if !hasPart {
				h = afternoonHour(h, p)
			}
		}
	}
	zoned := false
	if f.gmtAbbrev(i + n) {
		n, zoned = n+2, true // 13,00 ت غ: GMT, abbreviated
	} else if f.is(i+n, "بتوقيت") {
		n, zoned = n+1, true
		for k := 0; k < 3 && f.at(i+n) != nil && f.at(i+n).kind == marsad.TokenWord; k++ {
			n++
			if f.is(i+n-1, "غرينتش", "جرينتش", "غرينيتش", "مكه", "المكرمه", "القدس", "بيروت", "القاهره", "دمشق", "بغداد") {
				break
			}
		}
	}
	if zoned && day == "" {
		// 04,30 ت غ الأحد، (21,00 ت غ الثلاثاء): the day named right
		// after the zone is the hour's; after the closing bracket
		// ((17:00 ت غ) الأربعاء) it is too, and stays out of the span.
		if d, _, k := f.clockDay(i+n, hasPart); k > 0 && d != "" {
			day, n = d, n+k
		} else if f.is(i+n, ")") {
			if d, _, k := f.clockDay(i+n+1, hasPart); k > 0 && d != "" {
				day = d
			}
		}
	}
	v := fmt.Sprintf("T%02d:%02d", h, m)
	switch {
	case day != "":
		v = day + v
	case f.every(i) != "":
		// يوميا بين التاسعة صباحا والثانية بعد الظهر: that hour of every day.
		return n, Match{Type: marsad.Set, Value: f.every(i) + v, Mod: mod}
	default:
		if d := f.dayBefore(i); d != "" {
			v = d + v
		} else if f.hasPub {
			v = f.pub.Format("2006-01-02") + v
		}
	}
	return n, Match{Type: marsad.TimeOfDay, Value: v, Mod: mod}
}

// midnight reads منتصف الليل (midnight) at i, TIMEX3 hour 24:00 of the
// day it ends: of the night named after it (منتصف ليل الخميس الجمعة،
// منتصف ليلة الأربعاء، منتصف الليلة, tonight's, منتصف الليلة الماضية),
// or, alone, of the day named after it, in the hour told again in
// another zone after it (منتصف الليل (20,00 ت غ الخميس)) or before it as
// for an hour (مساء الخميس بين الساعة 23,00 ومنتصف الليل). With no day named, it is
// the midnight that opened the day of publication (بدأ التنفيذ بعد
// منتصف الليل), or the one that ends it in a clause of what is to come
// (سيبدأ الحظر عند منتصف الليل). A night with no day of its own (قداس
// منتصف ليل ساحر) is none.
func (f *finder) midnight(i int) (int, Match) {
	if !f.is(i, "منتصف") {
		return 0, Match{}
	}
	if f.is(i+1, "ليل", "ليله", "الليله") {
		best, bestK := Match{}, 0
		for _, m := range []matcher{(*finder).weekday, (*finder).relativeDay} {
			if k, r := m(f, i+1); k > bestK {
				best, bestK = r, k
			}
		}
		if bestK == 0 || best.Type != marsad.TimeOfDay || !strings.HasSuffix(best.Value, "TNI") || !isDay(best.Value) {
			return 0, Match{}
		}
		return 1 + bestK, Match{Type: marsad.TimeOfDay, Value: best.Value[:10] + "T24:00"}
	}
	if !f.is(i+1, "الليل") {
		return 0, Match{}
	}
	n, day := 2, ""
	if d, _, k := f.clockDay(i+n, false); k > 0 && d != "" && isDay(d) {
		day, n = d, n+k
	} else if k, r := f.clock(i + n + 1); f.is(i+n, "(") && k > 0 && isDay(r.Value) && f.weekdayIn(i+n+1, i+n+1+k) {
		day = r.Value[:10] // قبيل منتصف الليل (20,00 ت غ الخميس): the day the hour in another zone names
	} else if d := f.hourBefore(i); d != "" {
		day = d
	} else if d := f.dayBefore(i); d != "" {
		day = d
	} else if f.hasPub && !f.otherDateBefore(i) {
		day = f.dayValue(-1)
		if f.futureClause(i) || f.expected(i) {
			day = f.dayValue(0)
		}
	}
	return n, Match{Type: marsad.TimeOfDay, Value: day + "T24:00"}
}

// weekdayIn reports a weekday among the tokens from i to j (j not
// included).
func (f *finder) weekdayIn(i, j int) bool {
	for k := i; k < j; k++ {
		if weekdayAt(f, k) {
			return true
		}
	}
	return false
}

// otherDateBefore reports a year other than publication's, or a month
// name, earlier in the sentence of token i (في عام 1998 ... بعد منتصف
// الليل، كتبت يوم 21 فبراير: "... بعد منتصف الليل"): the story is of
// another day than the one before publication, which is not known.
func (f *finder) otherDateBefore(i int) bool {
	for k := i - 1; k >= 0; k-- {
		t := f.at(k)
		if t.kind == marsad.TokenPunct && (t.n == "." || t.n == "؟" || t.n == "!") {
			return false
		}
		if t.num >= 1900 && t.num <= 2100 && t.digits == 4 && t.num != f.pub.Year() {
			return true
		}
		if _, k2, hij := f.month(k); k2 > 0 && !hij && !f.inForeignName(k) {
			return true
		}
	}
	return false
}

// hourBefore reads the day of an hour with one that ends right before
// the word at i, joined to it by و (بين الساعة 23,00 ومنتصف الليل): the
// day, YYYY-MM-DD, or "".
func (f *finder) hourBefore(i int) string {
	e := i
	if f.is(i-1, "و") {
		e = i - 1
	} else if t := f.at(i); t == nil || t.bare == t.n || !strings.HasPrefix(t.n, "و") {
		return ""
	}
	for back := 7; back >= 1; back-- {
		if k, r := f.clock(e - back); k == back && r.Type == marsad.TimeOfDay && isDay(r.Value) {
			return r.Value[:10]
		}
	}
	return ""
}

// clockSignals are the words that may stand between a day and the hour
// after it (الأربعاء عند الساعة 15,00، الخميس في الساعة 17,00، مساء
// الخميس بين الساعة 23,00، صباح السبت اعتبارا من الساعة 6,00), and the
// bracket of an hour told again in another zone (الساعة 15,00 (12,00 ت
// غ)).
var clockSignals = []string{"عند", "في", "حوالي", "نحو", "قرابه", "منذ", "من", "بين", "اعتبارا", "حتي", "الي", "("}

// dayBefore reads the day of a clock time at i that is named right
// before it, a few signal words apart (clockSignals): a weekday, a
// relative day, a date, or another clock time with its day (the same
// hour in another zone, in brackets). It returns the date, YYYY-MM-DD, or
// "" when none is named there.
func (f *finder) dayBefore(i int) string {
	if !f.hasPub {
		return ""
	}
	j, bracket := i, false
	for k := 0; k < 3 && f.is(j-1, clockSignals...); k++ {
		bracket = bracket || f.is(j-1, "(")
		j--
	}
	if bracket {
		// The hour before the bracket, read whole (الساعة 16:00, not 16:00
		// alone), gives its day.
		for back := 7; back >= 1; back-- {
			if k, r := f.clock(j - back); k == back && r.Type == marsad.TimeOfDay && isDay(r.Value) {
				return r.Value[:10]
			}
		}
	}
	for back := 1; back <= 7 && j-back >= 0; back++ {
		s := j - back
		for _, m := range []matcher{(*finder).weekday, (*finder).relativeDay, (*finder).dayMonth} {
			if k, r := m(f, s); k == back && (r.Type == marsad.Date || r.Type == marsad.TimeOfDay) && isDay(r.Value) {
				return r.Value[:10]
			}
		}
	}
	return ""
}

// zoneBracket reads an hour told again in brackets at i, in digits with
// its zone (الساعة 15,00 (12,00 ت غ)، (14,00 بتوقيت غرينيتش)), or with
// no bracket in GMT (04,30 ت غ): the tokens up to the closing bracket or
// the zone, 0 when there is none.
func (f *finder) zoneBracket(i int) int {
	if !f.is(i, "(") {
		// الساعة الثامنة صباحا 04,30 ت غ الأحد: told again with no
		// bracket, in digits and GMT.
		if t := f.at(i); t != nil && t.kind == marsad.TokenNumber && f.gmtAbbrev(i+1) {
			return 3
		}
		return 0
	}
	t := f.at(i + 1)
	if t == nil || t.kind != marsad.TokenNumber {
		return 0
	}
	for k := 2; k <= 6; k++ {
		if f.is(i+k, ")") {
			return k + 1
		}
		if nt := f.at(i + k); nt == nil || nt.kind != marsad.TokenWord {
			return 0
		}
	}
	return 0
}

// isDay reports a TIMEX3 value that names a day of the calendar:
// YYYY-MM-DD, with or without a time after it.
func isDay(v string) bool {
	if len(v) < 10 || len(v) > 10 && v[10] != 'T' {
		return false
	}
	_, err := time.Parse("2006-01-02", v[:10])
	return err == nil
}

// gmtAbbrev reports ت غ (توقيت غرينتش, GMT) at i, the zone agencies
// write after an hour in brackets (الرابعة عصرا (13,00 ت غ)).
func (f *finder) gmtAbbrev(i int) bool {
	return f.is(i, "ت") && f.is(i+1, "غ")
}

// afternoonHour gives the 24-hour clock of hour h told with the part of
// the day p: the afternoon, evening and night add twelve to a morning
// hour; noon (ظهرا) adds them only to the hours just after it (الثالثة
// ظهرا is 15:00, الحادية عشرة ظهرا stays 11:00).
func afternoonHour(h int, p string) int {
	switch {
	case (p == "AF" || p == "EV" || p == "NI") && h < 12:
		return h + 12
	case p == "MI" && h < 7:
		return h + 12
	}
	return h
}

// partAfter reads a part of the day after an hour at i: صباحا، مساء،
// بعد الظهر. It returns the TIMEX3 part and the tokens used.
func (f *finder) partAfter(i int) (string, int) {
	if f.is(i, "بعد") && f.is(i+1, "الظهر", "الظهيره") {
		return "AF", 2
	}
	if p, ok := partsOfDay[f.bareAt(i)]; ok && f.at(i).kind == marsad.TokenWord {
		return p, 1
	}
	return "", 0
}

// partBefore reads a part of the day before a day at i: صباح، مساء،
// ظهر، بعد ظهر (the afternoon, بعد in the span), قبل ظهر (the morning).
// It returns the TIMEX3 part and the tokens used.
func (f *finder) partBefore(i int) (string, int) {
	if f.is(i, "بعد", "قبل") && f.is(i+1, "ظهر") {
		return map[bool]string{true: "AF", false: "MO"}[f.is(i, "بعد")], 2
	}
	if p, ok := partsOfDay[f.bareAt(i)]; ok && f.at(i).kind == marsad.TokenWord {
		return p, 1
	}
	return "", 0
}

// every reads يوميا, كل يوم or كل (يوم) جمعة among the few tokens of the
// clause before the hour at i (تسري يوميا بين التاسعة صباحا والثانية بعد
// الظهر، كل يوم جمعة عند الساعة الثالثة): the hour of every day or of
// every such weekday, not of one. It returns the days of the set
// (XXXX-XX-XX, XXXX-WXX-5), or "".
func (f *finder) every(i int) string {
	for k := i - 1; k >= 0 && k >= i-14; k-- {
		t := f.at(k)
		if t.kind == marsad.TokenPunct && (t.n == "." || t.n == "،" || t.n == "؟" || t.n == "!") {
			return ""
		}
		if f.is(k, "يوميا") {
			return "XXXX-XX-XX"
		}
		if !f.is(k, "كل") {
			continue
		}
		j := k + 1
		if f.is(j, "يوم") && weekdayAt(f, j+1) {
			j++
		}
		if wd, ok := f.lookup(j, weekdays); ok {
			return fmt.Sprintf("XXXX-WXX-%d", isoWeekday(wd))
		}
		if f.is(j, "يوم") {
			return "XXXX-XX-XX"
		}
	}
	return ""
}

// hourWord reads an hour named by a feminine ordinal with no الساعة
// before it, which a part of the day must follow (في الثامنة مساء، حتى
// الحادية عشرة ليلا، من السابعة صباحا): the hour and the tokens used, or
// -1 and 0.
func (f *finder) hourWord(i int) (int, int) {
	h, ok := f.lookup(i, ordinals)
	if !ok {
		return -1, 0
	}
	n := 1
	if h < 10 && f.is(i+n, "عشره") {
		h, n = h+10, n+1
	}
	j := i + n
	if f.is(j, "والنصف", "والربع") {
		j++
	}
	if _, k := f.partAfter(j); k == 0 {
		return -1, 0
	}
	return h, n
}

// clockDay reads the day after a clock time, with an optional من and part
// of the day (من مساء غد, صباح اليوم, من فجر الأربعاء, يوم الخميس). It
// returns the day's value (a date, or a weekday without a publication
// date; "" when the day has no calendar value, as غدا without a
// publication date), the part of the day if one was given, and the tokens
// used.
func (f *finder) clockDay(i int, hasPart bool) (day, part string, n int) {
	if f.is(i, "من") {
		n = 1
	}
	if f.at(i+n) == nil {
		return "", "", 0
	}
	if p, ok := partsOfDay[f.bareAt(i+n)]; ok && f.at(i+n).kind == marsad.TokenWord {
		if hasPart && n == 0 {
			return "", "", 0 // الساعة العاشرة صباحا مساء ...
		}
		part = p
	}
	best, bestK := Match{}, 0
	// A date of the month (الساعة الثانية عشرة مساء 31 يوليو، الساعة
	// العاشرة من صباح 5 مايو) is the hour's day too, its part read here.
	pk := 0
	if part != "" {
		pk = 1
	}
	if k, r := f.dayMonth(i + n + pk); k > 0 && r.Type == marsad.Date && isDay(r.Value) {
		best, bestK = r, pk+k
	}
	for _, m := range []matcher{(*finder).relativeDay, (*finder).weekday} {
		if k, r := m(f, i+n); k > bestK {
			best, bestK = r, k
		}
	}
	if bestK == 0 {
		return "", "", 0
	}
	day = best.Value
	if j := strings.Index(day, "T"); j >= 0 && j >= 10 {
		day = day[:j] // 2015-12-25TEV: the part is read above
	}
	if day == "" || !(day[0] >= '0' && day[0] <= '9' || strings.HasPrefix(day, "XXXX")) {
		day = "" // PAST_REF ...
	}
	return day, part, n + bestK
}

// periodical reports a newspaper or a bulletin named in the few words
// before i (صحيفة دي فيلت اليومية، الجريدة الأسبوعية).
func (f *finder) periodical(i int) bool {
	if f.is(i, "اسبوعيه", "يوميه", "شهريه") && f.at(i+1) != nil && isQuoteMark(f.at(i+1).n) && f.at(i+2) != nil && f.at(i+2).kind == marsad.TokenWord {
		// أسبوعية "لوبوان": the weekly, its name in quotes (not the
		// closing quote of يوم راحة أسبوعي" or بشكل يومي".)
		return true
	}
	for k, words := i-1, 0; k >= 0 && words < 4; k-- {
		if t := f.at(k); t.kind != marsad.TokenWord {
			if isQuoteMark(t.n) {
				continue // مجلة "دير شبيغل" الألمانية الأسبوعية
			}
			return false
		}
		if f.is(k, "صحيفه", "الصحيفه", "جريده", "الجريده", "نشره", "النشره", "مجله", "المجله") {
			return true
		}
		words++
	}
	return false
}

// shehri reports الشهري at i as the family name al-Shehri rather than
// the adjective "monthly": after a title (اللواء الشهري), after عبد
// الله, or after a word with neither the article nor a possessive
// ending, such as a first name (يحيى الشهري، مروان الشهري). The
// adjective follows the noun it qualifies, definite (الراتب الشهري،
// الموظف المصري الشهري) or owned (دخله الشهري، راتبي الشهري).
func (f *finder) shehri(i int) bool {
	p := f.at(i - 1)
	if p == nil || p.kind != marsad.TokenWord {
		return false
	}
	if f.is(i-1, "الله", "اللواء", "العميد", "العقيد", "الفريق", "الشيخ", "الدكتور", "الامير", "المهندس", "الكابتن", "اللاعب") {
		return true
	}
	if strings.HasPrefix(p.bare, "ال") {
		return false
	}
	raw := f.text[p.start:p.end]
	for _, suf := range []string{"ه", "ها", "هم", "هن", "هما", "نا", "كم", "ي"} {
		if strings.HasSuffix(raw, suf) {
			return false
		}
	}
	return true
}

// anniversary reports the yearly of an anniversary at i (الذكرى
// السنوية الخامسة، بمناسبة السنوية الثانية): the day recalled, no
// recurrence.
func (f *finder) anniversary(i int) bool {
	return f.is(i-1, "الذكري", "ذكري", "بمناسبه")
}

// rateUnits are the periods a rate is told by after في (500 دولار في
// الشهر), with the unit of each.
var rateUnits = map[string]string{"اليوم": "يوم", "الاسبوع": "اسبوع", "الشهر": "شهر", "العام": "عام", "السنه": "سنه"}

// rate reports a period at i after في that a count before it is told by
// (1500 مقاتل جديد في الشهر، ثلاث مرات في اليوم، 780 يورو في الشهر):
// "per month", a set. A number, a cardinal, ألف, مليون or مرة stands
// among the four words before في, with no mark between; and what follows
// the period is no word naming it (في الشهر نفسه، في اليوم الأول، في
// العام الماضي، في العام ألفين وستة).
func (f *finder) rate(i int) bool {
	t, nt := f.at(i), f.at(i+1)
	if t == nil || t.kind != marsad.TokenWord || rateUnits[t.n] == "" || !f.is(i-1, "في") || f.at(i-1).n != "في" {
		return false
	}
	if nt != nil && nt.kind == marsad.TokenWord {
		if strings.HasPrefix(nt.bare, "ال") || strings.HasPrefix(nt.n, "ال") || f.is(i+1, "نفسه", "ذاته", "نفسها", "ذاتها") {
			return false
		}
		if _, ok := f.lookup(i+1, cardinals); ok {
			return false
		}
	}
	if nt != nil && (nt.kind == marsad.TokenNumber || nt.num >= 0) {
		return false
	}
	for k := i - 2; k >= 0 && k >= i-5; k-- {
		p := f.at(k)
		if p.kind == marsad.TokenNumber || p.num >= 0 {
			return true
		}
		if p.kind != marsad.TokenWord {
			return false
		}
		if _, ok := f.lookup(k, cardinals); ok || f.is(k, "الف", "الاف", "مليون", "ملايين", "مليار", "مره", "مرات", "مرتين", "واحد", "واحده") {
			return true
		}
	}
	return false
}

// set: كل يوم جمعة, كل عام, سنويا, أسبوعيا.
func (f *finder) set(i int) (int, Match) {
	if f.rate(i) {
		return 1, Match{Type: marsad.Set, Value: durationValue(1, units[rateUnits[f.at(i).n]])}
	}
	switch {
	case f.is(i, "سنويا"):
		return 1, Match{Type: marsad.Set, Value: "P1Y"}
	case f.is(i, "شهريا"):
		return 1, Match{Type: marsad.Set, Value: "P1M"}
	case f.is(i, "اسبوعيا"):
		return 1, Match{Type: marsad.Set, Value: "P1W"}
	case f.is(i, "يومي") && weekdayAt(f, i+1):
		return 0, Match{} // يومي الجمعة والسبت: on the two days (the weekday matcher reads it)
	case f.is(i, "يومي", "يوميه", "اليومي", "اليوميه", "الاسبوعي", "الاسبوعيه", "اسبوعي", "اسبوعيه") && f.periodical(i):
		return 0, Match{} // صحيفة دي فيلت اليومية: what the paper is, no time
	case f.is(i, "يوميا", "يومي", "يوميه", "اليومي", "اليوميه"):
		return 1, Match{Type: marsad.Set, Value: "P1D"}
	case f.is(i, "الاسبوعي", "الاسبوعيه", "اسبوعي", "اسبوعيه"):
		return 1, Match{Type: marsad.Set, Value: "P1W"}
	case f.is(i, "شهري") && f.monthAt(i+1):
		return 0, Match{} // في شهري يناير وفبراير: the two months (the month matcher reads them)
	case f.is(i, "الشهري") && f.shehri(i):
		return 0, Match{} // اللواء أحمد الشهري، وليد عبد الله الشهري: a family name
	case f.is(i, "الشهري", "الشهريه", "شهري", "شهريه"):
		return 1, Match{Type: marsad.Set, Value: "P1M"}
	case f.is(i, "السنوي", "السنويه", "سنوي", "سنويه") && f.anniversary(i):
		return 0, Match{} // الذكرى السنوية الخامسة: an anniversary, no set
	case f.is(i, "السنوي", "السنويه", "سنوي", "سنويه"):
		return 1, Match{Type: marsad.Set, Value: "P1Y"}
	}
	if !f.is(i, "كل") {
		return 0, Match{}
	}
	n := 1
	if f.is(i+n, "يوم") {
		if wd, ok := f.lookup(i+n+1, weekdays); ok {
			return n + 2, Match{Type: marsad.Set, Value: fmt.Sprintf("XXXX-WXX-%d", isoWeekday(wd))}
		}
	}
	if wd, ok := f.lookup(i+n, weekdays); ok {
		return n + 1, Match{Type: marsad.Set, Value: fmt.Sprintf("XXXX-WXX-%d", isoWeekday(wd))}
	}
	if s, ok := seasons[f.bareAt(i+n)]; ok && f.at(i+n).kind == marsad.TokenWord && !strings.HasPrefix(f.bareAt(i+n), "ال") {
		// كل صيف، كل ربيع: the season of every year, a set (not كل
		// الصيف, the whole summer).
		return n + 1, Match{Type: marsad.Set, Value: "XXXX-" + s}
	}
	// كل عامين, كل ثلاثة أشهر, كل 4 سنوات: every N units.
	if c, u, mod, k := f.amount(i + n); k > 0 && mod == "" {
		return n + k, Match{Type: marsad.Set, Value: durationValue(c, u)}
	}
	if u, ok := units[f.bareAt(i+n)]; ok && u.count == 0 && f.at(i+n).kind == marsad.TokenWord {
		return n + 1, Match{Type: marsad.Set, Value: durationValue(1, u)}
	}
	return 0, Match{}
}

// decade and century: الثمانينيات, القرن العشرين, القرن الماضي, العقد
// الماضي, with a modifier: أواخر القرن التاسع عشر (END), مطلع الثمانينيات.
func (f *finder) decade(i int) (int, Match) {
	if f.ageDecade(i) || modOf(f, i-1) != "" && f.ageDecade(i-1) {
		return 0, Match{} // امرأة في الثمانينيات، وهو في أواخر العشرينات: an age
	}
	if mod := modOf(f, i); mod != "" {
		if n, m := f.decadeBare(i + 1); n > 0 {
			m.Mod = mod
			return n + 1, m
		}
		return 0, Match{}
	}
	return f.decadeBare(i)
}

func (f *finder) decadeBare(i int) (int, Match) {
	if d, ok := decades[f.bareAt(i)]; ok && f.at(i).kind == marsad.TokenWord {
		if f.is(i+1, "من") && f.age(i+2) {
			return 0, Match{} // في الخمسينات من عمره: an age, no decade
		}
		n := 1
		century := 19
		of := 0 // الخمسينيات من القرن الماضي: TimeML marks the century apart
		switch {
		case f.is(i+1+of, "القرن") && f.is(i+2+of, "الماضي"):
			n = 3 + of
			if f.hasPub {
				century = f.pub.Year()/100 - 1
			}
		case f.is(i+1+of, "القرن") && f.is(i+2+of, "العشرين"):
			n = 3 + of
		case f.is(i+1+of, "القرن") && f.is(i+2+of, "التاسع") && f.is(i+3+of, "عشر"):
			n, century = 4+of, 18 // ستينات القرن التاسع عشر
		}
		return n, Match{Type: marsad.Date, Value: fmt.Sprintf("%02d%d", century, d)}
	}
	ref := 2025
	if f.hasPub {
		ref = f.pub.Year()
	}
	// العقد الماضي, العقد المقبل (the decade; العقد الحالي is as often
	// "the current contract").
	if f.is(i, "العقد") {
		if rel, ok := f.relWord(i + 1); ok && rel != 0 {
			return 2, Match{Type: marsad.Date, Value: fmt.Sprintf("%03d", ref/10+rel)}
		}
		return 0, Match{}
	}
	if !f.is(i, "القرن") {
		return 0, Match{}
	}
	switch {
	case f.is(i+1, "الماضي"):
		return 2, Match{Type: marsad.Date, Value: fmt.Sprintf("%02d", ref/100-1)}
	case f.is(i+1, "الحالي", "الجاري"):
		return 2, Match{Type: marsad.Date, Value: fmt.Sprintf("%02d", ref/100)}
	}
	c, n := f.centuryNumber(i + 1)
	if n == 0 || c < 1 || c > 21 {
		return 0, Match{}
	}
	switch {
	case f.is(i+1+n, "قبل", "ق", "الهجري"):
		return 0, Match{} // القرن الخامس قبل الميلاد، القرن الرابع الهجري: another era
	case f.is(i+1+n, "الميلادي"):
		n++
	}
	return 1 + n, Match{Type: marsad.Date, Value: fmt.Sprintf("%02d", c-1)}
}

// centuryNumber reads the ordinal of a century at i (الثالث عشر، العشرين،
// الحادي والعشرين، الـ 21، 21): its value and the tokens used.
func (f *finder) centuryNumber(i int) (int, int) {
	if v, k := f.articleCount(i); k > 0 {
		return v, k
	}
	if t := f.at(i); t != nil && t.num > 0 && t.digits <= 2 {
		return t.num, 1
	}
	v, ok := f.lookup(i, ordinals)
	if !ok || f.at(i).bare != f.at(i).n {
		return 0, 0
	}
	switch {
	case v < 10 && f.is(i+1, "عشر"):
		return v + 10, 2
	case v < 10 && f.is(i+1, "والعشرين", "والعشرون"):
		return v + 20, 2
	}
	return v, 1
}

// age reports a word of a person's age at i (عمره، العمر): في الخمسينات
// من عمره is in his fifties.
// ageDecade reports a decade, or a part of one, at i that tells a
// person's age: after في and a person (person), with no century after it.
func (f *finder) ageDecade(i int) bool {
	return f.is(i-1, "في") && f.person(i-2) && !f.is(i+1, "القرن") && !f.is(i+2, "القرن")
}

// office reports a title that العام follows as an adjective, "general"
// or "public" (الأمين العام، النائب العام، المحامين العامين: offices).
func (f *finder) office(i int) bool {
	t := f.at(i)
	return t != nil && t.kind == marsad.TokenWord && (offices[t.n] || offices[t.bare])
}

// officeNoun reports an office at i with or without the article (مدعين
// عامين، المدعين العامين), whose عام is "general".
func (f *finder) officeNoun(i int) bool {
	t := f.at(i)
	return f.office(i) || t != nil && t.kind == marsad.TokenWord && offices["ال"+t.bare]
}

// person reports a word for a person or a personal pronoun at i, whose
// decade after في is an age (شاب في الثلاثينيات، وهي في منتصف الأربعينات).
func (f *finder) person(i int) bool {
	t := f.at(i)
	return t != nil && t.kind == marsad.TokenWord && (persons[t.n] || persons[t.bare])
}

func (f *finder) age(i int) bool {
	t := f.at(i)
	if t == nil {
		return false
	}
	switch t.n {
	case "العمر", "عمر", "عمره", "عمرها", "عمرهم", "عمرهما", "عمرهن", "عمري":
		return true
	}
	return false
}

// season: الصيف, شتاء (of the publication year); النصف الثاني (من العام).
func (f *finder) season(i int) (int, Match) {
	y := "XXXX"
	if f.hasPub {
		y = f.pubYear
	}
	if f.is(i, "ربيع") {
		// ربيع عام 2011، ربيع 2019: the spring of a year named. ربيع alone
		// is also a month (ربيع الأول) and a man's name, and is left alone.
		if yy, k, hij := f.yearAfter(i + 1); k > 0 && !hij && f.farYear(yy) == "" {
			return 1 + k, Match{Type: marsad.Date, Value: fmt.Sprintf("%04d-SP", yy)}
		}
	}
	if f.at(i) != nil && f.at(i).n == "هذا" && strings.HasPrefix(f.bareAt(i+1), "ال") {
		// هذا الصيف، هذا الشتاء: the season of the publication year, with
		// its demonstrative as هذا العام has.
		if s, ok := seasons[f.bareAt(i+1)]; ok && f.at(i+1).kind == marsad.TokenWord && !f.is(i+2, "العربي", "عربي") {
			return 2, Match{Type: marsad.Date, Value: y + "-" + s}
		}
	}
	if s, ok := seasons[f.bareAt(i)]; ok && f.at(i).kind == marsad.TokenWord {
		if f.is(i+1, "العربي", "عربي", "براغ", "دمشق") {
			return 0, Match{} // الربيع العربي: a named movement, not a season
		}
		n := 1
		if f.is(i+1, "من", "في") && f.is(i+2, "كل") && f.is(i+3, "عام", "سنه") {
			// الصيف من كل عام: the season of every year, a set.
			return 4, Match{Type: marsad.Set, Value: "XXXX-" + s}
		}
		if yy, k, _ := f.yearAfter(i + 1); k > 0 {
			y, n = fmt.Sprintf("%04d", yy), n+k
		} else if k := f.yearAnaphor(i + 1); k > 0 {
			y, n = fmt.Sprintf("%04d", f.lastYear), n+k // صيف العام المذكور: of the year told before
		} else if r, ok := f.relWord(i + 1); ok && r != 0 {
			// الربيع المقبل, الصيف الماضي: the next or last such season.
			n++
			if f.hasPub {
				start := map[string]time.Month{"SP": 3, "SU": 6, "FA": 9, "WI": 12}[s]
				yr := f.pub.Year()
				switch {
				case r > 0 && start <= f.pub.Month():
					yr++
				case r < 0 && start >= f.pub.Month():
					yr--
				}
				y = fmt.Sprintf("%04d", yr)
			}
		}
		return n, Match{Type: marsad.Date, Value: y + "-" + s}
	}
	if f.is(i, "النصف") {
		h := ""
		switch {
		case f.is(i+1, "الاول"):
			h = "H1"
		case f.is(i+1, "الثاني"):
			h = "H2"
		}
		if h != "" {
			if !f.is(i+2, "من") {
				return 2, Match{Type: marsad.Date, Value: y + "-" + h}
			}
			// النصف الأول من عام 2017، من العام المقبل: the half of the
			// year named; of anything else (من القرن التاسع عشر، من
			// كلمته) it is no half of this year.
			yy, k := f.yearOf(i + 3)
			if k == 0 {
				return 0, Match{}
			}
			return 3 + k, Match{Type: marsad.Date, Value: yy + "-" + h}
		}
	}
	return 0, Match{}
}

// quarter: الربع الأول من عام 2017، الربع الأخير من هذا العام (2014-Q4).
// A quarter of anything but a year (الربع الأول من السكان) is no time.
func (f *finder) quarter(i int) (int, Match) {
	if !f.is(i, "الربع") || !f.is(i+2, "من") {
		return 0, Match{}
	}
	q := map[string]int{"الاول": 1, "الثاني": 2, "الثالث": 3, "الرابع": 4, "الاخير": 4}[f.bareAt(i+1)]
	if q == 0 {
		return 0, Match{}
	}
	y, k := f.yearOf(i + 3)
	if k == 0 {
		return 0, Match{}
	}
	return 3 + k, Match{Type: marsad.Date, Value: fmt.Sprintf("%s-Q%d", y, q)}
}

// yearOf reads a year at i, by its number or relative to publication
// (عام 2017، هذا العام، العام الماضي، العام): its value (XXXX for a relative
// year without a publication date) and the tokens used.
func (f *finder) yearOf(i int) (string, int) {
	if y, k, hij := f.yearAfter(i); k > 0 && !hij && f.farYear(y) == "" && (y >= 1800 || f.is(i, "عام", "العام", "سنه", "السنه")) {
		return fmt.Sprintf("%04d", y), k // not الربع الأول من 1000 شخص
	}
	rel, k := 0, 0
	switch {
	case f.is(i, "هذا", "هذه") && f.is(i+1, "العام", "السنه"):
		k = 2
	case f.is(i, "العام", "السنه"):
		k = 1
		if r, ok := f.relWord(i + 1); ok && !f.is(i+1, "هذا", "هذه") {
			rel, k = r, 2
		}
	default:
		return "", 0
	}
	if !f.hasPub {
		return "XXXX", k
	}
	return fmt.Sprintf("%04d", f.pub.Year()+rel), k
}

// alan reports text that opens with the name Alan (آلان، ألان، إلان),
// which normalises as الآن does: now is spelt with the article's bare
// alef.
func alan(text string) bool {
	return strings.HasPrefix(text, "آلان") || strings.HasPrefix(text, "ألان") || strings.HasPrefix(text, "إلان")
}

// quotedName reports a word at i that ends a name in quotation marks
// ("السلام الآن"، "المساواة الآن"، "تلفزيون الآن"، "حركة السلام الآن"):
// the marks are written against the words, the word before it is a
// definite word or a broadcaster's noun, not a preposition (حتى الآن) or
// an adjective ("مهددة الآن"), and a body's noun may open the name.
func (f *finder) quotedName(i int) bool {
	w, c := f.at(i-1), f.at(i+1)
	if w == nil || c == nil || w.kind != marsad.TokenWord || c.start != f.at(i).end {
		return false // مبكرا." ولكن الآن "بعد: the marks are written apart from the words
	}
	if !strings.HasPrefix(w.n, "ال") && !f.is(i-1, "تلفزيون", "راديو", "اذاعه", "قناه") {
		return false
	}
	first := i - 1
	if f.is(i-2, "حركه", "منظمه", "جمعيه", "حزب", "مجموعه") {
		first = i - 2
	}
	o := f.at(first - 1)
	if o == nil || o.end != f.at(first).start {
		return false
	}
	open, close := f.text[o.start:o.end], f.text[c.start:c.end]
	return (open == "\"" || open == "«" || open == "“") && (close == "\"" || close == "»" || close == "”")
}

// reference: الآن, حاليا (PRESENT_REF), مؤخرا (PAST_REF).
func (f *finder) reference(i int) (int, Match) {
	switch {
	case f.is(i, "الان") && f.is(i+1, "نفسه", "ذاته"):
		return 0, Match{} // في الآن نفسه: at the same time as what was told, not now
	case f.is(i, "الان") && f.quotedName(i):
		return 0, Match{} // منظمة "السلام الآن": a name, not now
	case f.is(i, "الان", "حاليا") && !alan(f.text[f.at(i).start:]):
		// الآن (now), but not آلان or ألان (Alan).
		return 1, Match{Type: marsad.Date, Value: "PRESENT_REF"}
	case f.is(i, "حينها", "وقتها", "حينيذ") && f.thenToCome(i+1):
		// وحينها يمكن معرفة ...، لكن وقتها سوف نقوم: then, of a time to
		// come or one supposed.
		return 1, Match{Type: marsad.Date, Value: "FUTURE_REF"}
	case f.is(i, "مؤخرا", "موخرا", "سابقا", "انذاك", "حينذاك", "وقتذاك", "حينها", "وقتها", "حينيذ"):
		return 1, Match{Type: marsad.Date, Value: "PAST_REF"}
	case f.is(i, "الماضي") && f.is(i-1, "في"):
		// في الماضي: the past, the preposition left out as before any
		// other expression.
		return 1, Match{Type: marsad.Date, Value: "PAST_REF"}
	case f.is(i, "المستقبل") && f.is(i-1, "في"):
		// في المستقبل (القريب): the future, as في الماضي the past.
		if f.is(i+1, "القريب", "المنظور", "البعيد") {
			return 2, Match{Type: marsad.Date, Value: "FUTURE_REF"}
		}
		return 1, Match{Type: marsad.Date, Value: "FUTURE_REF"}
	case f.is(i, "في") && f.is(i+1, "السابق"):
		// في السابق: previously, one adverb as سابقا (so the TimeML gold).
		return 2, Match{Type: marsad.Date, Value: "PAST_REF"}
	case f.is(i, "وقت") && f.is(i+1, "سابق", "لاحق", "متاخر"), f.is(i, "ساعه") && f.is(i+1, "متاخره"):
		// في وقت سابق من الشهر الجاري، في وقت سابق الخميس: earlier this
		// month, earlier on Thursday; في وقت سابق alone: earlier; في وقت
		// متأخر الخميس، في ساعة متأخرة من مساء السبت: late on the day.
		return f.earlierOf(i)
	case f.is(i, "ليله") && f.is(i+1, "راس") && f.is(i+2, "السنه"):
		return f.newYearsEve(i)
	case f.is(i, "الوقت") && f.is(i+1, "الراهن", "الحالي") && f.is(i-1, "في"):
		return 2, Match{Type: marsad.Date, Value: "PRESENT_REF"} // في الوقت الراهن: at present
	case f.is(i, "يومنا") && f.is(i+1, "هذا", "الحاضر", "الحالي"):
		return 2, Match{Type: marsad.Date, Value: "PRESENT_REF"} // حتى يومنا هذا: to this day
	case f.is(i, "الاونه") && f.is(i+1, "الاخيره"):
		return 2, Match{Type: marsad.Date, Value: "PAST_REF"} // في الآونة الأخيرة: recently
	case f.is(i, "الفتره") && !f.is(i-1, "هذه", "تلك") && !f.is(i+2, "من"):
		return f.recentPeriod(i)
	case f.is(i, "قريبا") && f.is(i+1, "من", "منه", "منها", "منهم", "منهما") && !f.is(i-1, "نتمكن", "يتمكن", "تتمكن", "يتمكنوا", "نتمكن"):
		return 0, Match{} // تبحر قريبا منه: near, not soon (but أن نتمكن قريبا من التوصل)
	case f.is(i, "لاحقا"):
		return 1, Match{Type: marsad.Date, Value: f.laterRef(i, i)}
	case f.is(i, "قريبا", "مستقبلا"):
		return 1, Match{Type: marsad.Date, Value: "FUTURE_REF"}
	case f.is(i, "هذه", "هذي") && f.is(i+1, "الايام"):
		// "هذه الأيام" is nowadays; "هذه الفترة" mostly points back to a
		// period named before (خلال هذه الفترة), not to the present.
		return 2, Match{Type: marsad.Date, Value: "PRESENT_REF"}
	}
	return 0, Match{}
}

// recentPeriod reads الفترة with a word of the time it is in after it
// (في الفترة الأخيرة، خلال الفترة الماضية، في الفترة المقبلة، في
// الفترة الحالية): a reference to the past, the future or the present,
// as في الآونة الأخيرة is. The caller leaves out a period of something
// named after it (الفترة الأخيرة من ولايته) and one told before (تلك
// الفترة).
func (f *finder) recentPeriod(i int) (int, Match) {
	switch {
	case f.is(i+1, "الاخيره", "الماضيه", "المنصرمه"):
		return 2, Match{Type: marsad.Date, Value: "PAST_REF"}
	case f.is(i+1, "المقبله", "القادمه"):
		return 2, Match{Type: marsad.Date, Value: "FUTURE_REF"}
	case f.is(i+1, "الحاليه", "الراهنه"):
		return 2, Match{Type: marsad.Date, Value: "PRESENT_REF"}
	}
	return 0, Match{}
}

// earlierOf reads "earlier" or "later" of a day or a period at i (في
// وقت سابق من الشهر الجاري، في وقت سابق من هذا الشهر، في وقت لاحق من
// الثلاثاء، في وقت سابق من اليوم), with من or without it (في وقت سابق
// الخميس، في وقت سابق يوم السبت، في وقت سابق هذا الشهر، في وقت سابق من
// نهار الأربعاء): one expression from وقت to the anchor's end, with the
// anchor's value, as TimeML gives "earlier this month" the month's.
// Without a dated anchor (من اليوم نفسه، من ذلك) it is the bare
// "earlier" or "later", which only في makes a time. "Late" (في وقت
// متأخر الخميس، في ساعة متأخرة من مساء السبت) is a time only with its
// anchor: alone it is mostly "too late" (وصلت المساعدات في وقت متأخر).
func (f *finder) earlierOf(i int) (int, Match) {
	j := i + 2
	if f.is(j, "من") {
		j++
	}
	if f.is(j, "نهار") && weekdayAt(f, j+1) {
		j++ // من نهار الأربعاء: the daytime of the day named
	}
	if n, m := f.anchorAt(j); n > 0 {
		return j - i + n, m // the anchor says what time is meant, في or not
	}
	if !f.is(i-1, "في") || f.is(i+1, "متاخر", "متاخره") {
		return 0, Match{}
	}
	if f.is(i+1, "لاحق") {
		return 2, Match{Type: marsad.Date, Value: f.laterRef(i-1, i+1)}
	}
	return 2, Match{Type: marsad.Date, Value: "PAST_REF"}
}

// anchorAt reads a date at i that "earlier" or "later" may be of: a
// day, a week, a month or a year with a value of the calendar, not a
// vague reference, a duration or a set.
func (f *finder) anchorAt(i int) (int, Match) {
	best, bestN := Match{}, 0
	for _, m := range []matcher{(*finder).dayMonth, (*finder).monthYear, (*finder).year, (*finder).weekday, (*finder).relativeDay, (*finder).relativeUnit} {
		if n, r := m(f, i); n > bestN {
			best, bestN = r, n
		}
	}
	if bestN == 0 || best.Type != marsad.Date && best.Type != marsad.TimeOfDay || strings.HasSuffix(best.Value, "_REF") || best.Value == "" {
		return 0, Match{}
	}
	return bestN, best
}

// newYearsEve reads ليلة رأس السنة (الميلادية) at i: the night of 31
// December, the last one when it is far ahead. The new year of another
// calendar (رأس السنة الهجرية، العبرية) is left alone.
func (f *finder) newYearsEve(i int) (int, Match) {
	n := 3
	switch {
	case f.is(i+n, "الميلاديه"):
		n++
	case f.is(i+n, "الهجريه", "العبريه", "اليهوديه", "الصينيه", "الامازيغيه", "الفارسيه", "الايرانيه"):
		return 0, Match{}
	}
	if !f.hasPub {
		return n, Match{Type: marsad.TimeOfDay, Value: "XXXX-12-31TNI"}
	}
	return n, Match{Type: marsad.TimeOfDay, Value: fmt.Sprintf("%04d-12-31TNI", f.yearFor(12, 31, 0))}
}

// laterRef is the value of "later" (لاحقا، في وقت لاحق) whose first
// token is i and whose last is j: the future when it is later today, on
// a weekday or this week, month or year (في وقت لاحق اليوم، في وقت لاحق
// من هذا الشهر), or when a future marker leads its clause or a present
// verb is close before it (سيعلن لاحقا، لا يمكنه الترشح لاحقا، التي تخضع
// لاحقا، من المقرر ... في وقت لاحق); else the past: in a news story
// "later" mostly follows a past verb (وقال لاحقا، ثم توفي لاحقا).
func (f *finder) laterRef(i, j int) string {
	if f.laterThisPeriod(j + 1) {
		return "FUTURE_REF"
	}
	for k := i - 1; k >= 0 && k >= i-10; k-- {
		t := f.at(k)
		if t.kind == marsad.TokenPunct {
			break
		}
		if t.verbFuture || f.is(k, "سوف", "لن", "المقرر", "المنتظر", "المتوقع", "المرتقب") {
			return "FUTURE_REF"
		}
		if k < i-4 || !f.presentVerb(k) {
			continue
		}
		// لم يعلن، كان يريد، قبل أن يتوفى: a past.
		if f.is(k-1, "لم", "لما", "كان", "كانت", "كانوا") || f.is(k-1, "ان") && f.is(k-2, "قبل", "بعد") {
			return "PAST_REF"
		}
		return "FUTURE_REF"
	}
	return "PAST_REF"
}

// laterThisPeriod reports a day or period of the present after "later"
// at i: (من) اليوم، (يوم) الاثنين، هذا الأسبوع، الشهر الجاري.
func (f *finder) laterThisPeriod(i int) bool {
	if f.is(i, "من") {
		i++
	}
	if f.is(i, "يوم") {
		i++
	}
	if f.is(i, "اليوم") && f.is(i+1, "نفسه", "ذاته") {
		return false // في وقت لاحق من اليوم نفسه: of a day told before
	}
	if weekdayAt(f, i) || f.is(i, "اليوم", "هذا", "هذه") {
		return true
	}
	return f.is(i, "الاسبوع", "الشهر", "العام", "السنه") && f.is(i+1, "الجاري", "الجاريه", "الحالي", "الحاليه")
}

// presentVerb reports a present-tense verb at j: a word of three letters
// or more in ي (few nouns begin so), bare or after و, or one in ت after
// a word that a present follows (التي تخضع، أن تعلن، لا تزال، ربما تحدث); ت
// alone begins too many nouns and names (تنظيم، ترامب) and pasts (توفي).
// A verb after ل (ليضيف) tells what followed in a past story; فيليب، فيما
// are no ف + verb (yNouns).
func (f *finder) presentVerb(j int) bool {
	t := f.at(j)
	if t == nil || t.kind != marsad.TokenWord || utf8.RuneCountInString(t.bare) < 3 {
		return false
	}
	if t.bare != t.n && !strings.HasPrefix(t.n, "و") && !strings.HasPrefix(t.n, "ف") {
		return false
	}
	if _, isMonth := months[t.bare]; isMonth || yNouns[t.bare] {
		return false
	}
	if _, isUnit := units[t.bare]; isUnit {
		return false
	}
	switch {
	case strings.HasPrefix(t.bare, "ي"):
		return true
	case strings.HasPrefix(t.bare, "ت"):
		// After التي a ت word may be a past (التي تم، التي تقدم); after
		// أن، لا، لن، ربما it is a present (أن تقدم، ربما تحدث).
		return f.is(j-1, "ان", "لا", "لن", "ربما") || f.is(j-1, "التي") && !tPasts[t.bare]
	}
	return false
}

// isQuoteMark reports a quotation mark.
func isQuoteMark(s string) bool {
	switch s {
	case "\"", "«", "»", "“", "”", "'":
		return true
	}
	return false
}

// clauseBreak reports a token that ends the clause the cues before a
// weekday or month are looked for in: a full stop, a question or
// exclamation mark, a colon or a quotation mark.
func clauseBreak(t *tok) bool {
	return t.kind == marsad.TokenPunct && (t.n == "." || t.n == "؟" || t.n == "!" || t.n == ":" || isQuoteMark(t.n))
}
