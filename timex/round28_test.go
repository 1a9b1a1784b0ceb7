package timex

import "testing"

// TestRound28 covers a relative day and its weekday followed by the date
// of the same day (اليوم الأربعاء 14 مارس 2018): one expression.
func TestRound28(t *testing.T) {
	cases := []spanCase{
		{"today, weekday and full date", "وصل الوزير اليوم الأربعاء 14 مارس 2018 إلى العاصمة في زيارة رسمية.", "2018-03-14", "اليوم الأربعاء 14 مارس 2018", "2018-03-14"},
		{"today, weekday and Maghrebi month", "انطلقت اليوم الخميس 8 فيفري أشغال المؤتمر الوطني للحزب.", "2018-02-08", "اليوم الخميس 8 فيفري", "2018-02-08"},
		{"yesterday, weekday and date", "وأعلنت الهيئة أمس الثلاثاء 6 جوان 2017 عن قائمة المترشحين.", "2017-06-07", "أمس الثلاثاء 6 جوان 2017", "2017-06-06"},
		{"morning of today, weekday and date", "وانطلقت صباح اليوم السبت 3 مارس الاحتجاجات أمام مقر الولاية.", "2018-03-03", "صباح اليوم السبت 3 مارس", "2018-03-03TMO"},
		{"the date wins over publication", "وأكد الناطق الرسمي اليوم الجمعة 2 مارس أن الاجتماع تأجل.", "2018-03-03", "اليوم الجمعة 2 مارس", "2018-03-02"},
		{"a count after the weekday stays apart", "وقالت الوزارة اليوم الاثنين 12 بطاقة إيداع صدرت.", "2018-03-05", "اليوم الاثنين", "2018-03-05"},
	}
	checkSpans(t, cases)
}

// TestRound28Season covers a season of every year (كل صيف، الربيع من كل
// عام): a set, not the season of the publication year.
func TestRound28Season(t *testing.T) {
	cases := []spanCase{
		{"every summer", "ويزور آلاف السياح الجزيرة كل صيف هربا من الحر.", "2018-03-05", "كل صيف", "XXXX-SU"},
		{"every winter after في", "وتنقطع الطرق الجبلية في كل شتاء بسبب الثلوج.", "2018-03-05", "كل شتاء", "XXXX-WI"},
		{"spring of every year", "ويقام المهرجان في الربيع من كل عام في ساحة المدينة.", "2018-03-05", "الربيع من كل عام", "XXXX-SP"},
		{"autumn of every year", "وتهاجر الطيور نحو الجنوب في الخريف من كل سنة.", "2018-03-05", "الخريف من كل سنة", "XXXX-FA"},
		{"a season named stays a date", "وتعود البعثة إلى البلاد في الصيف المقبل.", "2018-03-05", "الصيف المقبل", "2018-SU"},
	}
	checkSpans(t, cases)
}

// TestRound28ThatManyUnits covers قبل/بعد ذلك and a count of years with ب:
// counted from the year named just before, not from publication.
func TestRound28ThatManyUnits(t *testing.T) {
	cases := []spanCase{
		{"years before the year named", "وأدين الوزير في 2012، بسبب صفقة أبرمها قبل ذلك بستة أعوام مع شركة أجنبية.", "2018-03-05", "قبل ذلك بستة أعوام", "2006"},
		{"two years after", "وفاز الحزب بالانتخابات عام 2009، وبعد ذلك بعامين خسر الأغلبية.", "2018-03-05", "بعد ذلك بعامين", "2011"},
		{"about so many years", "وافتتح الجسر عام 1998، وكان قد صمم قبل ذلك بنحو عشر سنوات.", "2018-03-05", "قبل ذلك بنحو عشر سنوات", "1988"},
		{"two days after the day named", "واندلعت الاحتجاجات في 12 أكتوبر، وبعد ذلك بيومين استقال رئيس الوزراء.", "2018-03-05", "بعد ذلك بيومين", "2017-10-14"},
		{"days before the day named", "وأعلن الحزب فوزه في 20 يناير، وكان قد نشر برنامجه قبل ذلك بخمسة أيام.", "2018-03-05", "قبل ذلك بخمسة أيام", "2018-01-15"},
	}
	checkSpans(t, cases)
}

// TestRound28ThatManyUnitsNone covers the same words with no year named
// before: a length, no date.
func TestRound28ThatManyUnitsNone(t *testing.T) {
	text := "وتخرج الطبيب من الجامعة، وبعد ذلك بعامين افتتح عيادته."
	for _, m := range Find(text, "2018-03-05") {
		if m.Type == "DATE" {
			t.Errorf("%q read as a date %q", text[m.Start:m.End], m.Value)
		}
	}
}
