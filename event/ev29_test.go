package event_test

import "testing"

// TestRecallEv29 checks the trigger lines that narrow a general one: the
// line whose needed words and frame fit is taken, whatever the order of
// the lines (هدد with عقوبات near is a threat of sanctions, with a
// military word a threat of force); to vow retribution to someone (توعد)
// with a direct object; to agree on something with a partner (اتفق); a
// stance noun with its object direct (أعلن تأييده الرئيس).
func TestRecallEv29(t *testing.T) {
	tests := []reading{
		{"a threat of sanctions on the one after على",
			"وهددت الحكومة البريطانية بفرض عقوبات جديدة على روسيا.",
			"GBRGOV>RUS:1312", ""},
		{"a threat of sanctions to the direct object",
			"وهدد الرئيس الأمريكي كوبا بعقوبات أشد.",
			"USAGOV>CUB:1312", ""},
		{"a threat of force against the one after ضد",
			"وهددت الحكومة التركية بشن عملية عسكرية ضد العراق.",
			"TURGOV>IRQ:138", ""},
		{"a threat of force to the direct object",
			"وهدد وزير الدفاع الإسرائيلي لبنان بحرب مدمرة.",
			"ISRMIL>LBN:138", ""},
		{"a threat of no kind stays general",
			"وهدد الرئيس الفنزويلي كولومبيا برد حازم.",
			"VENGOV>COL:130", ""},
		{"a vow of retribution to the direct object",
			"وتوعدت الحكومة الإيرانية السعودية بعواقب وخيمة.",
			"IRNGOV>SAU:130", ""},
		{"a vow of sanctions far from its target",
			"وتوعد الرئيس الأمريكي بفرض عقوبات \"غير مسبوقة أبدا\" على كوريا الشمالية.",
			"USAGOV>PRK:1312", ""},
		{"an agreement between two joined by و",
			"واتفقت مصر والسودان على تشكيل لجنة مشتركة للمياه.",
			"EGY>SDN:030", ""},
		{"an agreement with a partner after مع",
			"واتفق وزير الخارجية الأردني مع نظيره الألماني على تعزيز التنسيق.",
			"JORGOV>DEUGOV:030", ""},
		{"an agreement to meet",
			"واتفقت اليابان والصين على عقد قمة في الربيع.",
			"JPN>CHN:036", ""},
		{"a name after the على of the matter is no partner",
			"واتفقت فرنسا وألمانيا على خطة عمل مع تونس.",
			"FRA>DEU:030", "FRA>TUN"},
		{"an agreement among one side has no partner",
			"وقال مسؤول إن النواب العراقيين اتفقوا على إبلاغ الرئيس الإيراني رسالة.",
			"", ":030"},
		{"a stance with its object direct",
			"وأعلنت الحكومة البرتغالية تأييدها الرئيس الأوكراني.",
			"PRTGOV>UKRGOV:051", ""},
		{"a stance of the speaker's country with its object direct",
			"وأكد وزير الخارجية الهولندي دعم بلاده الحكومة العراقية.",
			"NLDGOV>IRQGOV:051", ""},
		{"a stance whose ل brings the object keeps it",
			"وجددت الكويت دعمها الثابت للشعب الفلسطيني.",
			"KWT>PSE", ""},
		{"an agreement of views is no act",
			"واتفق المحللون على أن الأزمة ستطول.",
			"", ":030"},
	}
	checkReadings(t, tests)
}
