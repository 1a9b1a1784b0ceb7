package event_test

import "testing"

// TestPlaceEv18 checks the places of stop 26's second round (last pool,
// seed 2037, and the open problems it was given): a place where someone
// is to withdraw from, a place in the matter of a charge before a
// participle, and the place where a speaker was for an act told in a
// quotation are no scene.
func TestPlaceEv18(t *testing.T) {
	checkLocations(t, []placed{
		{"a place to withdraw from is no place of a rejection",
			"وقالت مصادر إن الحوثيين رفضوا مقترحات الأمم المتحدة بالانسحاب من الحديدة ومينائها.", "120", ""},
		{"where a correspondent is posted is no place of an act of words he reports",
			"وأفاد مراسل قناة \"الحدث\" في نيويورك بأن الحوثيين رفضوا مقترحات الأمم المتحدة بالانسحاب من الحديدة ومينائها.", "120", ""},
		{"a place in the charge before a participle is no place of the call",
			"وندد التحالف العربي بقيادة السعودية بهذه الجريمة، واتهم المتمردين الحوثيين بمواصلة نهب المساعدات الإنسانية في الحديدة داعيا الأمم المتحدة إلى إدانة هذه الجرائم.", "020", ""},
		{"a place in the matter condemned before a warning",
			"وندد وزير الخارجية الفرنسي بالهجوم على السفارة في باريس محذرا إيران من مواصلة تجاربها الصاروخية.", "130", ""},
		{"a place of the telling before a participle stays",
			"وقال وزير الخارجية الفرنسي في مؤتمر صحفي في باريس محذرا إيران من مواصلة تجاربها الصاروخية.", "130", "باريس"},
		{"the place a speaker arrived at is not where the quoted attack was",
			"وقالت رئيسة الوزراء البريطانية عند وصولها إلى بروكسل: \"شنت روسيا هجوما على أوكرانيا\".", "190", ""},
		{"the place of a news conference is not where the quoted attack was",
			"وقال وزير الخارجية الفرنسي في مؤتمر صحفي في باريس: \"شنت روسيا هجوما على أوكرانيا\".", "190", ""},
		{"the speaker's own words in a quotation are said where he was",
			"وقال وزير الخارجية الفرنسي في مؤتمر صحفي في باريس: \"ندين الهجوم الروسي على أوكرانيا\".", "111", "باريس"},
		{"a place after للرد على is the act answered",
			"وشنت الولايات المتحدة وبريطانيا ضربات استهدفت مواقع تابعة للنظام السوري في تحرك قالت الدولتان إنه للرد على هجوم كيميائي في دوما.", "195", ""},
		{"a protest at a mission keeps the city",
			"وتظاهر العشرات أمام السفارة الإيرانية في لندن احتجاجا على إعدام ناشطين.", "141", "لندن"},
	})
}

// TestEmbassyProtestEv18 checks that the city where a state's mission
// stands does not give its protesters a country when they are not
// named, and that protesters named keep theirs.
func TestEmbassyProtestEv18(t *testing.T) {
	tests := []struct {
		name, text, src string
	}{
		{"protesters not named at a mission have no source",
			"وتظاهر العشرات أمام السفارة الإيرانية في لندن احتجاجا على إعدام ناشطين.", ""},
		{"protests that targeted a mission have no source",
			"وربطت السلطات بين الداعية والاحتجاجات التي استهدفت السفارة الإيرانية في بريطانيا الأسبوع الماضي.", ""},
		{"protesters named at a mission keep theirs",
			"وتظاهر مئات البريطانيين أمام السفارة الإيرانية في لندن احتجاجا على إعدام ناشطين.", "GBR"},
		{"a city named before the mission is where the protesters are",
			"وتظاهر الآلاف في بيروت أمام السفارة الأمريكية احتجاجا على نقل السفارة إلى القدس.", "LBN"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := analyzed(t, tt.text, "2018-03-01")
			var got []string
			for _, e := range d.Events {
				if e.Code != "141" {
					continue
				}
				if e.Source.ActorCode() == tt.src {
					return
				}
				got = append(got, e.Source.ActorCode()+">"+e.Target.ActorCode())
			}
			t.Errorf("protests %q, want one by %q", got, tt.src)
		})
	}
}

// TestDateEv18 checks the dates of stop 26's second round: an event noun
// dated by its own relative clause, an act a clause puts a day or two
// before its own day, and an act after بعد dated by a later report that
// names its day.
func TestDateEv18(t *testing.T) {
	const pub = "2018-08-21" // a Tuesday
	tests := []dateCase{
		{"a noun's relative clause names its day",
			"وتعهد الرئيس بمحاسبة المسؤولين عن الاحتجاجات التي اندلعت يوم الجمعة الماضي في طهران.", "141", "2018-08-17"},
		{"a noun's relative clause names its day, not the telling's",
			"وقالت الشرطة الأحد إن الاحتجاجات التي اندلعت يوم الجمعة الماضي في طهران استمرت.", "141", "2018-08-17"},
		{"a day after the act",
			"ووصل المحققون الدوليون إلى دمشق الأحد بعد يوم من ضربات عسكرية شنتها الولايات المتحدة ضد مواقع سورية.", "195", "2018-08-18"},
		{"hours after the act is the same day",
			"ووصل المحققون الدوليون إلى دمشق الأحد بعد ساعات من ضربات عسكرية شنتها الولايات المتحدة ضد مواقع سورية.", "195", "2018-08-19"},
		{"a later report names the day of the act after بعد",
			"وطالب رئيس الوزراء الكندي في بيان الاثنين بتحقيق مستقل بعد قتل عشرات الفلسطينيين في قطاع غزة برصاص الجيش الإسرائيلي. وقد قتل نحو 60 فلسطينيا برصاص الجيش الإسرائيلي السبت في غزة.", "180", "2018-08-18"},
	}
	checkDates(t, pub, tests)
}

// TestLinkedDayKeptEv18 checks that a report naming a day more than a
// week before does not date an act a clause bounds (another act of the
// same parties).
func TestLinkedDayKeptEv18(t *testing.T) {
	d := analyzed(t, "وطالب رئيس الوزراء الكندي في بيان الاثنين بتحقيق مستقل بعد قتل عشرات الفلسطينيين في قطاع غزة برصاص الجيش الإسرائيلي. وكان قد قتل فلسطينيون برصاص الجيش الإسرائيلي في 2 تموز في غزة.", "2018-08-21")
	for _, e := range d.Events {
		if e.Code == "180" && e.Date == "2018-07-02" {
			t.Errorf("the act after بعد is dated %s, a month before", e.Date)
		}
	}
}
