package timex

import "testing"

// TestRound29WorkTitle covers a length that is alone the quoted name of
// a programme, a film or a site (برنامج "60 دقيقة"): no time.
func TestRound29WorkTitle(t *testing.T) {
	checkSpans(t, []spanCase{
		{"programme in quotes", "وقال الوزير في حديث لبرنامج \"60 دقيقة\" إن المفاوضات مستمرة.", "2018-03-05", "60 دقيقة", ""},
		{"programme with adjectives", "وظهرت الممثلة في برنامج تلفزيوني أمريكي \"60 دقيقة\" مساء الأحد.", "2018-03-05", "60 دقيقة", ""},
		{"film in brackets", "وعرض المهرجان فيلم (127 ساعة) في افتتاحه.", "2018-03-05", "127 ساعة", ""},
		{"a site's name", "ونقل موقع \"20 دقيقة\" عن الشرطة أن الحادث وقع ليلا.", "2018-03-05", "20 دقيقة", ""},
		{"an age in quotes stays", "وانضم المهاجم \"25 عاما\" إلى الفريق الموسم الماضي.", "2018-03-05", "25 عاما", "P25Y"},
		{"a length in a quotation stays", "وقال المدرب إن اللاعب سيغيب \"ثلاثة أسابيع\" على الأقل.", "2018-03-05", "ثلاثة أسابيع", "P3W"},
	})
}

// TestRound29EveryYear covers a month or a day after a set of years in
// its clause (كل سنة من حزيران إلى أيلول، سنويا في ديسمبر): of every
// year, not of the publication year.
func TestRound29EveryYear(t *testing.T) {
	checkSpans(t, []spanCase{
		{"range start after every year", "وتنتقل القطعان كل سنة من حزيران إلى أيلول نحو المراعي العالية.", "2018-03-05", "حزيران", "XXXX-06"},
		{"range end after every year", "وتنتقل القطعان كل سنة من حزيران إلى أيلول نحو المراعي العالية.", "2018-03-05", "أيلول", "XXXX-09"},
		{"range far from the set", "وتغمر السيول القرى كل سنة خلال موسم الأمطار (من يونيو/حزيران إلى سبتمبر/أيلول) دون إنذار.", "2018-03-05", "سبتمبر/أيلول", "XXXX-09"},
		{"yearly in a month", "وتقام البطولة سنويا في نوفمبر بمشاركة عشرة أندية.", "2018-03-05", "نوفمبر", "XXXX-11"},
		{"month after شهر", "وينظم المعرض كل عام في شهر أكتوبر في العاصمة.", "2018-03-05", "شهر أكتوبر", "XXXX-10"},
		{"a day of every year", "وتخرج النقابات في مسيرات كل عام في الأول من مايو.", "2018-03-05", "الأول من مايو", "XXXX-05-01"},
		{"a comma closes the set", "ويتقاضى اللاعب مليوني دولار سنويا، وفي يناير طلب زيادة راتبه.", "2018-03-05", "يناير", "2018-01"},
		{"a past act in between", "ويجتمع المجلس كل عام، واجتمع في فبراير لبحث الميزانية.", "2018-03-05", "فبراير", "2018-02"},
		{"a month with its relative word", "وتقام الانتخابات كل سنة في أبريل المقبل.", "2018-03-05", "أبريل المقبل", "2018-04"},
		{"a month with its year", "ويصدر التقرير كل سنة، وصدر آخره في يونيو 2017.", "2018-03-05", "يونيو 2017", "2017-06"},
		{"starting from a month", "وتدفع الشركة الإيجار كل سنة ابتداء من يوليو.", "2018-03-05", "يوليو", "2018-07"},
	})
}

// TestRound29NightBetween covers a night told by its two days joined by
// و (ليلة الاثنين والثلاثاء): one night, the first day's.
func TestRound29NightBetween(t *testing.T) {
	checkSpans(t, []spanCase{
		{"night of two days with و", "وسمعت انفجارات قوية ليلة الخميس والجمعة في أطراف المدينة.", "2018-05-26", "ليلة الخميس والجمعة", "2018-05-24TNI"},
		{"night with و apart", "وسمعت انفجارات قوية ليل السبت و الأحد في أطراف المدينة.", "2018-05-28", "ليل السبت و الأحد", "2018-05-26TNI"},
		{"night with إلى still joined", "وسمعت انفجارات ليل الثلاثاء إلى الأربعاء قرب الحدود.", "2018-05-31", "ليل الثلاثاء إلى الأربعاء", "2018-05-29TNI"},
		{"two days not in a row stay apart", "وسمعت انفجارات ليلة الأحد والأربعاء قرب الحدود.", "2018-05-31", "ليلة الأحد", "2018-05-27TNI"},
		{"two days without a night stay apart", "واجتمع الوزراء الأحد والاثنين في العاصمة.", "2018-05-31", "الأحد", "2018-05-27"},
	})
}

// TestRound29CommaWeekday covers a relative day and its weekday between
// commas (اليوم، الإثنين،): one expression, as without the comma.
func TestRound29CommaWeekday(t *testing.T) {
	checkSpans(t, []spanCase{
		{"today, weekday, between commas", "وأعلنت الوزارة اليوم، الخميس، عن خطة لدعم الفلاحين.", "2018-05-31", "اليوم، الخميس", "2018-05-31"},
		{"yesterday, weekday", "وقال الناطق أمس، الأربعاء، إن المفاوضات توقفت.", "2018-05-31", "أمس، الأربعاء", "2018-05-30"},
		{"tomorrow, weekday", "وتنطلق القافلة غدا، الجمعة، نحو الجنوب.", "2018-05-31", "غدا، الجمعة", "2018-06-01"},
		{"the weekday wins", "وقال الوزير أمس، الثلاثاء، إن الاتفاق قريب.", "2018-05-31", "أمس، الثلاثاء", "2018-05-29"},
		{"no closing comma stays apart", "ويحتفل العالم اليوم، الخميس هو يوم البيئة.", "2018-05-31", "اليوم", "2018-05-31"},
	})
}
