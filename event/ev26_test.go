package event_test

import "testing"

// TestRecallEv26 checks the readings added for recall in stop 28: لا
// before يزال or سيما is no negation (لا تزال أنقرة تطالب: "still"); an
// agreement concluded with someone (أبرم اتفاقا مع), a call made to
// someone (اتصل بـ), a prisoner set free (أطلق سراح) and charges brought
// against someone (وجه إليه تهما). A stance stated past an aside between
// commas (أكدت تونس، في بيان صادر عن الخارجية، تضامنها مع) is the
// speaker's, and صادر عن (issued by) is no seizure.
func TestRecallEv26(t *testing.T) {
	tests := []reading{
		{"لا تزال is still, not a negation",
			"ولا تزال طهران تطالب لندن بإعادة الناقلة المحتجزة.",
			"IRNGOV>GBRGOV:100", ""},
		{"لا before a verb still negates it",
			"ولا تطالب طهران لندن بإعادة الناقلة المحتجزة.",
			"", ":100"},
		{"an agreement concluded with someone",
			"وأبرمت الحكومة الإيطالية اتفاقا مع ليبيا لمكافحة الهجرة.",
			"ITAGOV>LBY:057", ""},
		{"أبرم without an agreement is none",
			"وأبرمت الحكومة الإيطالية أمرها مع ليبيا.",
			"", ":057"},
		{"a call made to someone",
			"واتصل الرئيس المصري بالعاهل الأردني بعد الهجوم.",
			"EGYGOV>JORGOV:041", ""},
		{"a prisoner set free",
			"وأطلقت السلطات الإيرانية سراح صحفي بريطاني أمس.",
			"IRNGOV>GBR:0841", ""},
		{"أطلق without سراح is no release",
			"وأطلقت الحكومة الإيرانية حملة لتشجيع السياحة.",
			"", ":0841"},
		{"charges brought against someone",
			"ووجهت السلطات الفرنسية تهما لمواطن جزائري بالتخطيط لهجوم.",
			"FRAGOV>DZA:112", ""},
		{"a stance stated past an aside of where it was said",
			"وأكدت الجزائر، في بيان صادر عن وزارة الخارجية، تضامنها الكامل مع الشعب اللبناني.",
			"DZA>LBN:051", ""},
		{"a condemnation stated past an aside",
			"وأعربت الأردن، خلال اجتماع طارئ، عن إدانتها للعدوان الإسرائيلي.",
			"JOR>ISR:111", ""},
		{"an aside that is no place or channel still parts the clause",
			"وأكدت الجزائر، وهي جارة ليبيا، تضامنها الكامل مع الشعب اللبناني.",
			"", ":051"},
	}
	checkReadings(t, tests)
}
