package timex

import (
	"fmt"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/marsad/marsad"
)

// holiday reads a named day (holidays): عيد الفطر المقبل، عيد الأضحى عام
// 2016، رأس السنة 2011، في عيد الميلاد، ذكرى "يوم الأرض". It is a date with
// a year or a relative word after it, or a frame word before it
// (holidayFrames); alone it is the feast, not a day (صلاة العيد، شجرة عيد
// الميلاد). A Hijri feast's value is the Gregorian day it falls on, its
// Hijri day in Hijri; with no year it is the one nearest publication (the
// last or the next one with a relative word), or of the year the sentence
// named before. عيد الميلاد before an ordinal or a name is a birthday
// (عيد الميلاد الثلاثين، عيد الميلاد الأول لـ...), رأس السنة of another
// calendar (رأس السنة الهجرية، الفارسية) is left out, and يوم الأرض is the
// Palestinian Land Day only in a text that speaks of Palestine (Earth Day
// is 22 April).
func (f *finder) holiday(i int) (int, Match) {
	a, b := f.at(i), f.at(i+1)
	if a == nil || b == nil {
		return 0, Match{}
	}
	h, ok := holidays[[2]string{a.bare, b.n}]
	if !ok {
		return 0, Match{}
	}
	n := 2
	switch {
	case a.bare == "عيد" && b.n == "الميلاد":
		if t := f.at(i + 2); t != nil && (t.num >= 0 || t.n == "ال" || ordinals[t.n] > 0 || strings.HasPrefix(t.n, "ل")) {
			return 0, Match{} // a birthday
		}
	case a.bare == "راس":
		if f.is(i+2, "الهجريه", "العبريه", "اليهوديه", "الصينيه", "الامازيغيه", "الفارسيه", "الايرانيه", "الكرديه") {
			return 0, Match{}
		}
		if f.is(i+2, "الميلاديه", "الجديده") {
			n++
		}
	case a.bare == "يوم" && !strings.Contains(f.text, "فلسطين") && !strings.Contains(f.text, "غزة"):
		return 0, Match{}
	}
	if f.is(i+n, "المبارك", "السعيد", "المجيد") {
		n++
	}
	rel, hasRel := f.relWord(i + n)
	if hasRel && f.is(i+n, "هذا", "هذه") {
		hasRel = false
	}
	if hasRel {
		n++
	}
	if k := f.thisYearAfter(i + n); k > 0 {
		n, hasRel, rel = n+k, true, 0
	}
	y, yk, yh := f.yearAfter(i + n)
	if yk == 0 && !hasRel && !f.holidayFrame(i) {
		return 0, Match{}
	}
	n += yk
	res := Match{Type: marsad.Date}
	if !h.hijri {
		switch {
		case yk > 0 && !yh:
		case yk > 0:
			return 0, Match{} // a Gregorian day with a Hijri year
		case hasRel && rel == 0:
			y = f.pub.Year()
		case !hasRel && f.nearYearEarlier(i) > 0:
			y = f.nearYearEarlier(i)
		case !hasRel && (f.pastClause(i) || f.pastVerbAfter(i+n)):
			y = f.yearFor(h.month, h.day, -1) // عشية عيد الميلاد حضرت قداسا: the last one
		default:
			y = f.yearFor(h.month, h.day, rel)
		}
		if y == 0 {
			res.Value = fmt.Sprintf("XXXX-%02d-%02d", h.month, h.day)
			return n, res
		}
		res.Value, res.Warning = f.date(y, h.month, h.day)
		return n, res
	}
	hy := 0
	switch {
	case yk > 0 && yh:
		hy = y
	case yk > 0:
		hy = f.hijriDayIn(y, h.month, h.day) // عيد الأضحى عام 2016: the one of 2016
	case hasRel && rel == 0 && f.hasPub:
		hy = f.hijriDayIn(f.pub.Year(), h.month, h.day)
	case !hasRel && f.nearYearEarlier(i) > 0:
		hy = f.hijriDayIn(f.nearYearEarlier(i), h.month, h.day)
	case f.hasPub:
		hy = f.nearestFeast(h.month, h.day, rel, hasRel)
	}
	if hy == 0 {
		res.Hijri = fmt.Sprintf("XXXX-%02d-%02d", h.month, h.day)
		return n, res
	}
	res.Hijri = fmt.Sprintf("%04d-%02d-%02d", hy, h.month, h.day)
	if g, ok := hijriToGregorian(hy, h.month, h.day); ok {
		res.Value = g.Format("2006-01-02")
	}
	return n, res
}

// nearYearEarlier is the year in digits before i in its sentence
// (yearEarlier) when it is publication's or the one before or after: a
// named day with no year of its own falls in it (في ديسمبر 2017 ... خلال
// فترة عيد الميلاد). A year further off dates another event (منذ نهاية
// 2008، باستخدام الاحتجاجات التي انطلقت في ذكرى يوم الأرض): 0.
func (f *finder) nearYearEarlier(i int) int {
	y := f.yearEarlier(i)
	if y == 0 || !f.hasPub || y < f.pub.Year()-1 || y > f.pub.Year()+1 {
		return 0
	}
	return y
}

// pastVerbAfter reports a past verb (pastVerbAt) among the three words
// from i on, in the clause: عشية عيد الميلاد حضرت قداسا.
func (f *finder) pastVerbAfter(i int) bool {
	for k := i; k < i+3; k++ {
		t := f.at(k)
		if t == nil || t.kind == marsad.TokenPunct {
			return false
		}
		if pastVerbAt(t) {
			return true
		}
	}
	return false
}

// holidayFrame reports a frame word (holidayFrames) before the named day
// at i, past ذكرى and a quote mark (في ذكرى "يوم الأرض"، أول أيام عيد
// الفطر), or a proclitic on its first word that frames it as one does
// (feastProclitic).
func (f *finder) holidayFrame(i int) bool {
	if f.feastProclitic(i) {
		return true
	}
	k := i - 1
	if t := f.at(k); t != nil && isQuoteMark(t.n) {
		k--
	}
	if f.is(k, "ذكري") {
		return true // ذكرى يوم الأرض: the day remembered
	}
	t := f.at(k)
	return t != nil && t.kind == marsad.TokenWord && (holidayFrames[t.n] || holidayFrames[t.bare])
}

// feastProclitic reports a proclitic on the first word of the named day
// at i that frames it as في does: ب or ل (احتفالا بعيد الفطر، استعدادا
// لعيد الأضحى: at, for the feast), or و after a month or a date just
// read (مع نهاية رمضان وعيد الفطر، في عيد الفطر وعيد الأضحى), which it
// is one of. و after another noun joins the feast to it (الفصح وعيد
// الميلاد جزء من ...: the feasts themselves). بُعيد (shortly after) is a
// frame word of its own, before a feast's noun (بعيد عيد الفطر).
func (f *finder) feastProclitic(i int) bool {
	t := f.at(i)
	if t == nil || t.bare == t.n {
		return false
	}
	switch r, _ := utf8.DecodeRuneInString(t.n); r {
	case 'ب', 'ل':
		return true
	case 'و':
		return f.monthAt(i-1) || f.lastDayTok >= 0 && f.lastDayTok == i-1
	}
	return false
}

// hijriDayIn is the Hijri year whose day d of month m falls in the
// Gregorian year y, 0 when none does.
func (f *finder) hijriDayIn(y, m, d int) int {
	hy := f.hijriYearIn(y, m)
	for _, c := range []int{hy, hy - 1, hy + 1} {
		if g, ok := hijriToGregorian(c, m, d); ok && c > 0 && g.Year() == y {
			return c
		}
	}
	return 0
}

// nearestFeast is the Hijri year of the day d of month m nearest
// publication: the last one before it with a past word (rel -1), the next
// one after it with a word of what is to come (rel 1).
func (f *finder) nearestFeast(m, d, rel int, hasRel bool) int {
	now := f.hijriYearNow()
	if now == 0 {
		return 0
	}
	best, bestD := 0, time.Duration(-1)
	for hy := now - 1; hy <= now+1; hy++ {
		g, ok := hijriToGregorian(hy, m, d)
		if !ok {
			continue
		}
		dist := g.Sub(f.pub)
		switch {
		case hasRel && rel < 0 && dist >= 0, hasRel && rel > 0 && dist <= 0:
			continue
		case dist < 0:
			dist = -dist
		}
		if bestD < 0 || dist < bestD {
			best, bestD = hy, dist
		}
	}
	return best
}
