package event_test

import "testing"

// TestPlaceEv17 checks the places of stop 26's first draw (middle pool,
// seed 2034).
func TestPlaceEv17(t *testing.T) {
	checkLocations(t, []placed{
		{"a matter talked of by telephone is no place of the talk",
			"وقال مكتب رئيس الوزراء الإسرائيلي في بيان إنه بحث مع الرئيس الروسي في اتصال هاتفي \"الوجود الإيراني في سوريا\".", "040", ""},
		{"a place after على خلفية is the cause's",
			"واعترضت الدفاعات السورية الصواريخ الفرنسية التي استهدفت مواقع للجيش السوري، على خلفية اتهام النظام بقصف مدينة دوما بالأسلحة الكيميائية.", "195", ""},
		{"a place in the clause before a comma and فـ",
			"وقالت المندوبة الأمريكية إن العنف ينتشر في المنطقة وليس في غزة فحسب، فالأسبوع الماضي هاجمت إيران أراضي إسرائيلية.", "190", ""},
		{"the city after the capital's adjective",
			"وخرجت مظاهرة في العاصمة العراقية بغداد للمطالبة بالإفراج عن الشيخ.", "141", "بغداد"},
	})
}

// TestDateEv17 checks the dates of stop 26's first draw (last pool, seed
// 3104).
func TestDateEv17(t *testing.T) {
	const pub = "2018-08-16"
	tests := []struct {
		name, text, code, want string
	}{
		{"a meeting told of with its month is not of the day told",
			"وصرح وزير المالية الإسرائيلي الثلاثاء بأن رئيس الوزراء الإسرائيلي اجتمع مع الرئيس المصري في مايو/أيار لبحث التهدئة.", "040", pub},
		{"a count after the act is no year of its own",
			"وتأتي الجلسة على خلفية الاحتجاجات التي اندلعت يوم الجمعة الماضي في قطاع غزة والتي قتل فيها 15 فلسطينيا بنيران إسرائيلية وأصيب نحو 1500.", "180", "2018-08-10"},
		{"a year after في is the act's own",
			"وقال المتحدث الجمعة إن الحكومة التركية اعتقلت القس الأمريكي في 2016.", "173", pub},
		{"a day in a sentence of the quote before",
			"وقالت المتحدثة: \"تحدثت عنهم بالأمس بوضوح. واعتقلت الحكومة التركية أيضا عالما أمريكيا في أنقرة\".", "173", pub},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := analyzed(t, tt.text, pub)
			var got []string
			for _, e := range d.Events {
				if e.Code == tt.code && e.Date == tt.want {
					return
				}
				got = append(got, e.Code+"@"+e.Date)
			}
			t.Errorf("events %q, want %s on %s", got, tt.code, tt.want)
		})
	}
}
