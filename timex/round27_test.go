package timex

import "testing"

// TestRound27 covers a number after a plural unit that counts the noun
// after it, and a month told from the one named before (الشهر التالي).
func TestRound27(t *testing.T) {
	cases := []spanCase{
		{"number counts the noun after it", "وكانت الشرطة قد اعتقلت منذ أيام خمسة مواطنين بتهمة التهريب.", "2017-09-17", "منذ أيام", "PAST_REF"},
		{"number counts a nisba plural", "وقالت السلطات إنها أوقفت منذ أسابيع ثلاثة فلسطينيين قرب الحدود.", "2017-09-17", "منذ أسابيع", "PAST_REF"},
		{"number after the unit still counts it", "وعاد الجيش بعد ساعات ثماني، إلى المدينة.", "2017-09-17", "ساعات ثماني", "PT8H"},
		{"next month after a month named", "وفي مايو، قالت الحكومة إنها خفضت الأسعار. وفي الشهر التالي، رفعتها مجددا.", "2017-09-17", "الشهر التالي", "2017-06"},
		{"next month of a year named", "وانطلقت البطولة في 12 يونيو 2015، وانتهت في الشهر التالي.", "2017-09-17", "الشهر التالي", "2015-07"},
		{"weekday after عندما and a present verb", "ومن المتوقع أن يفوز الرئيس بولاية ثانية عندما يفتتح البرلمان جلسته العامة، الاثنين.", "2018-02-27", "الاثنين", "2018-03-05"},
		{"weekday after عندما and a present verb in ت", "وقال خبراء الأرصاد إن قوة الإعصار تتراجع عندما تبلغ اليابسة، يوم الجمعة.", "2018-02-27", "يوم الجمعة", "2018-03-02"},
		{"weekday after عندما and a past verb", "وتحدث الرئيس للصحفيين عندما وصل إلى المطار، الاثنين.", "2018-02-27", "الاثنين", "2018-02-26"},
		{"weekday after عندما تم", "وقال الوزير إن الحكومة استقالت عندما تم الضغط عليها، الاثنين.", "2018-02-27", "الاثنين", "2018-02-26"},
		{"prayer of a sermon told", "وانتقد الإمام في خطبة الجمعة الحكومة.", "2018-02-27", "الجمعة", "2018-02-23"},
		{"prayer a verb of saying leads", "ويقول الإمام في خطبة الجمعة إن الفساد خطر على البلاد.", "2018-02-27", "الجمعة", "2018-02-23"},
		{"today set before هناك is nowadays", "وتقول الناشطة إن اليوم هناك تغيرا في نظرة المجتمع إلى المرأة.", "2018-05-29", "اليوم", "PRESENT_REF"},
		{"the order standing today", "واعتبر الحزب أن نظام الحكم القائم اليوم في البلاد عاجز عن الإصلاح.", "2018-05-29", "اليوم", "PRESENT_REF"},
		{"today of a saying stays a day", "وقال الوزير اليوم إن هناك تغيرا في المجتمع.", "2018-05-29", "اليوم", "2018-05-29"},
		{"coming month stays from publication", "وفي مايو، خفضت الحكومة الأسعار، وستلتقي اللجنة في الشهر المقبل.", "2017-09-17", "الشهر المقبل", "2017-10"},
	}
	checkSpans(t, cases)
}

// TestRound27Habitual covers the Friday prayer of every week, in a clause
// a present verb leads: no Friday of its own.
func TestRound27Habitual(t *testing.T) {
	cases := []struct{ name, text, pub string }{
		{"a mosque's capacity", "ويتسع المسجد الجديد لآلاف المصلين في صلاة الجمعة.", "2018-02-27"},
		{"a present verb further back", "ويقام المسجد على مساحة واسعة تتسع لكافة المصلين بالمدينة في صلاة الجمعة.", "2018-08-15"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			for _, m := range Find(c.text, c.pub) {
				if c.text[m.Start:m.End] == "الجمعة" {
					t.Errorf("الجمعة read as %q", m.Value)
				}
			}
		})
	}
}

// TestRound27TheTwo covers للاثنين "for the two", no Monday, unless a
// word only a day takes follows.
func TestRound27TheTwo(t *testing.T) {
	cases := []struct {
		name, text string
		monday     bool
	}{
		{"the health of the two", "وقال الأطباء إنهم لا يعرفون الحالة الصحية المتوقعة للاثنين على المدى البعيد.", false},
		{"a photo of the two", "ونشرت الصحيفة صورة للاثنين في حفل الاستقبال.", false},
		{"put off to next Monday", "وأرجأت المحكمة الجلسة للاثنين المقبل.", true},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := false
			for _, m := range Find(c.text, "2018-05-29") {
				if m.Value == "2018-05-28" || m.Value == "2018-06-04" {
					got = true
				}
			}
			if got != c.monday {
				t.Errorf("Monday read: %v, want %v", got, c.monday)
			}
		})
	}
}
