package event_test

import "testing"

// TestPlaceEv17 checks the places of stop 26's draws (middle pool, seed
// 2034; first pool, seed 2035; middle pool, seed 3105).
func TestPlaceEv17(t *testing.T) {
	checkLocations(t, []placed{
		{"a matter talked of by telephone is no place of the talk",
			"وقال مكتب رئيس الوزراء الإسرائيلي في بيان إنه بحث مع الرئيس الروسي في اتصال هاتفي \"الوجود الإيراني في سوريا\".", "040", ""},
		{"a place after على خلفية is the cause's",
			"واعترضت الدفاعات السورية الصواريخ الفرنسية التي استهدفت مواقع للجيش السوري، على خلفية اتهام النظام بقصف مدينة دوما بالأسلحة الكيميائية.", "195", ""},
		{"a place in the clause before a comma and فـ",
			"وقالت المندوبة الأمريكية إن العنف ينتشر في المنطقة وليس في غزة فحسب، فالأسبوع الماضي هاجمت إيران أراضي إسرائيلية.", "190", ""},
		{"a presence talked of at a meeting to come is no place of it",
			"وقال رئيس الوزراء الإسرائيلي إنه سيبحث مع الرئيس الروسي الأربعاء الوجود الإيراني في سوريا.", "036", ""},
		{"a presence after a few words is no place of the words",
			"ويقوم الموقف على رفض إسرائيل لوجود قواعد إيرانية ثابتة في سوريا.", "120", ""},
		{"a stay there is the scene of the meeting to come",
			"وكان من المقرر أن يلتقي نائب الرئيس الأمريكي مع مسؤولين من كوريا الشمالية أثناء وجودهم في كوريا الجنوبية.", "036", "كوريا الجنوبية"},
		{"a place before the relative clause of an accusation",
			"وأشار الوزير إلى الهجوم بغاز السارين على بلدة خان شيخون التي تتهم واشنطن النظام السوري بشنه.", "112", ""},
		{"a place well before the antecedent of the supporters stays",
			"ويشتد الصراع في سوريا منذ سنوات بين عدد من القوى الغربية التي دعمت جماعات المعارضة السورية وروسيا.", "051", "سوريا"},
		{"a place before the time link of a threat",
			"وتأتي زيارة الوفد إلى مدينة الحسكة عقب تصريحات للرئيس بشار الأسد هدد فيها باستخدام القوة ضد المقاتلين الأكراد.", "130", ""},
		{"a city whose relative clause says the act was there keeps it",
			"وتوجه الوزير إلى مدينة جنيف التي اتهم فيها وزير الخارجية الإيراني الولايات المتحدة بخرق الاتفاق.", "112", "جنيف"},
		{"the city after the capital's adjective",
			"وخرجت مظاهرة في العاصمة العراقية بغداد للمطالبة بالإفراج عن الشيخ.", "141", "بغداد"},
	})
}

// TestDateEv17 checks the dates of stop 26's draws (last pool, seed 3104;
// middle pool, seed 3105).
func TestDateEv17(t *testing.T) {
	const pub = "2018-08-16"
	tests := []dateCase{
		{"a meeting told of with its month is not of the day told",
			"وصرح وزير المالية الإسرائيلي الثلاثاء بأن رئيس الوزراء الإسرائيلي اجتمع مع الرئيس المصري في مايو/أيار لبحث التهدئة.", "040", pub},
		{"a count after the act is no year of its own",
			"وتأتي الجلسة على خلفية الاحتجاجات التي اندلعت يوم الجمعة الماضي في قطاع غزة والتي قتل فيها 15 فلسطينيا بنيران إسرائيلية وأصيب نحو 1500.", "180", "2018-08-10"},
		{"a year after في is the act's own",
			"وقال المتحدث الجمعة إن الحكومة التركية اعتقلت القس الأمريكي في 2016.", "173", pub},
		{"a name of several words counts as one word before the day",
			"ومن المقرر أن يلتقي الرئيس الكوري الجنوبي بالرئيس الأمريكي الثلاثاء في واشنطن، قبل أن يلتقي زعيم كوريا الشمالية كيم جونغ أون بترامب في سنغافورة يوم 12 سبتمبر.", "036", "2018-09-12"},
		{"an act after غداة is of the day before",
			"وأغلقت المتاجر أبوابها في العاصمة الكينية الخميس غداة احتجاجات على نتائج الانتخابات الرئاسية.", "141", "2018-08-15"},
		{"an act after غداة in an article of the day is of the day before",
			"وعقد مجلس الأمن جلسة طارئة غداة قصف إسرائيلي استهدف مواقع لحركة حماس في قطاع غزة.", "195", "2018-08-15"},
		{"a day in a sentence of the quote before",
			"وقالت المتحدثة: \"تحدثت عنهم بالأمس بوضوح. واعتقلت الحكومة التركية أيضا عالما أمريكيا في أنقرة\".", "173", pub},
	}
	checkDates(t, pub, tests)
}

// TestChargedDayEv17 checks that the day of a charged act named with its
// place after the charge (اتهمت الدول الغربية دمشق بشنه في دوما في 4
// آب) does not date the charge, now that a name counts as one word.
func TestChargedDayEv17(t *testing.T) {
	d := analyzed(t, "وجاء القصف فجر السبت 11 آب/أغسطس ردا على تقارير حول هجوم كيميائي مفترض اتهمت الدول الغربية الثلاث دمشق بشنه في دوما في 4 آب/أغسطس.", "2018-08-16")
	n := 0
	for _, e := range d.Events {
		if e.Code != "112" {
			continue
		}
		n++
		if e.Date == "2018-08-04" {
			t.Errorf("the charge is dated %s, the charged act's day", e.Date)
		}
	}
	if n == 0 {
		t.Errorf("no charge coded")
	}
}
