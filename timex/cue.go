package timex

import (
	"strings"
	"unicode"

	"github.com/marsad/marsad"
)

// Most tokens of a text are far from any time expression. Every match
// holds a cue, a number or a temporal word, among its first cueWindow
// tokens, so the matchers run only where one is that near.

// cueWindow bounds how far into a time expression its first cue may lie
// (في مطلع شهر: the cue شهر is the third token).
const cueWindow = 8

// cueWords are the temporal words the matchers name outside the lexicons
// (units, months, weekdays, parts of day...). TestCuesCoverMatchers checks
// that every word the matchers name is either here, in a lexicon, or a
// word that never makes a time on its own (في، منذ، هذا).
const cueWords = `الامس امس البارحه الان حاليا الغد غد غدا اليوم الليله الايام
	الاسبوع اسبوعي اسبوعيا اسبوعيه الاسبوعي الاسبوعيه الشهر شهري شهريا شهريه الشهري الشهريه
	العام السنه سنوي سنويا سنويه السنوي السنويه العقد القرن الساعه يومي يوميا يوميه اليومي اليوميه
	انذاك حينذاك وقتذاك حينها وقتها حينيذ المستقبل سابقا لاحقا لاحق مستقبلا قريبا موخرا مؤخرا
	الماضي الماضيه الماضيين الماضيتين المقبل المقبله المقبلين القادم القادمه القادمين
	الجاري الجاريه الحالي الحاليه الاخير الاخيره الاخيرين الاخيرتين السابق السابقه التالي التاليه
	المنصرم المنصرمه الفايت الفايته اللاحق اللاحقه سابق سابقه الاونه الراهن الراهنه الفتره
	مطلع بدايه بدايات اوائل اوايل مستهل اواخر نهايه نهايات ختام منتصف اواسط النصف
	عقدا قرنا يومنا ميلادي ميلاديه هجري هجريه كانون تشرين غره
	عيد الفطر الاضحي الميلاد راس ذكري النكبه الارض`

// cues holds cueWords and every word of the lexicons a match is built on.
var cues = map[string]bool{}

func init() {
	add := func(s string) {
		for _, w := range strings.Fields(s) {
			cues[w] = true
		}
	}
	add(cueWords)
	for _, m := range []map[string]int{months, hijriMonths, weekdays, cardinals, ordinals, decades, centuries} {
		for w := range m {
			add(w)
		}
	}
	for _, m := range []map[string]map[string]int{months2, hijri2} {
		for w := range m {
			add(w)
		}
	}
	for w := range units {
		add(w)
	}
	for w := range seconds {
		add(w)
	}
	for w := range partsOfDay {
		add(w)
	}
	for w := range seasons {
		add(w)
	}
}

// isCue reports whether t may hold up a time expression: a number, a
// word with a digit, or a cue word, whole or without its proclitic or
// article.
func (t *tok) isCue() bool {
	if t.kind == marsad.TokenNumber || t.num >= 0 || cues[t.n] || t.bare != t.n && cues[t.bare] {
		return true
	}
	if b, ok := strings.CutPrefix(t.bare, "ال"); ok && cues[b] {
		return true
	}
	return strings.IndexFunc(t.n, unicode.IsDigit) >= 0
}

// cueAhead returns, for each token, whether a cue lies among it and the
// cueWindow-1 tokens after it.
func cueAhead(toks []tok) []bool {
	out := make([]bool, len(toks))
	next := len(toks) + cueWindow // the nearest cue at or after i; far when none
	for i := len(toks) - 1; i >= 0; i-- {
		if toks[i].isCue() {
			next = i
		}
		out[i] = next-i < cueWindow
	}
	return out
}
