package event_test

import "testing"

// TestPrecisionEv30 checks the readings mended after judging two draws of
// events (seeds 101 and 102).
func TestPrecisionEv30(t *testing.T) {
	tests := []reading{
		{"a relative after a group and its country's adjective refers to the group",
			"واستضافت أنقرة قادة جماعة الإخوان المسلمين المصرية التي طلبت منها الدوحة مغادرة البلاد.",
			">EGYPTY:", ""},
		{"a relative after a group and its adjective is not the country",
			"واستضافت أنقرة قادة جماعة الإخوان المسلمين المصرية التي طلبت منها الدوحة مغادرة البلاد.",
			"", ">EGY:"},
		{"a place off whose shore an attack happens is no target",
			"وهاجم زورق حربي إسرائيلي قوارب الصيادين قبالة شاطئ السودانية شمال غزة.",
			"", ">SDN:"},
		{"a state off whose coast boats are attacked is no target",
			"وقالت الوكالة إن زورقا حربيا إسرائيليا هاجم عددا من قوارب الصيد قبالة بحر السودانية شمال القطاع.",
			"", ">SDN:"},
		{"a coast named by its country's adjective after قبالة is no target",
			"وأكدت المصادر أن سفينة تركية اعترضت قاربا للمهاجرين قبالة السواحل الليبية أمس.",
			"", ">LBY:"},
		{"an attack on a country's coast still falls on the country",
			"وقصفت البوارج الروسية السواحل السورية أمس.",
			"RUS", ""},
		{"a pronoun on ل after the verb takes up the name before it",
			"وكان بين المتهمين 13 روسيا وجه لهم المحقق الأمريكي روبرت مولر اتهامات بالتآمر.",
			"USAJUD>RUS:112", "RUS>USAJUD"},
		{"a pronoun on ب after a call takes up the name before it",
			"وقالت الصحيفة إن الوزير التركي اتصل به نظيره الروسي أمس.",
			"RUSGOV>TURGOV:041", "TURGOV>RUSGOV"},
		{"a pronoun on من after a request takes up the name before it",
			"وأكدت أنقرة أن إيران طلبت منها السعودية وقف الحملة.",
			"SAU>IRN:020", "IRN>SAU"},
		{"no name after the pronoun leaves the name before as the subject",
			"وأكد الوزير أن الرئيس التركي اتصل به أمس.",
			"", "RUSGOV"},
	}
	checkReadings(t, tests)
}
