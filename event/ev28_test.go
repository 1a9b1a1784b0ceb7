package event_test

import "testing"

// TestPrecisionEv28 checks the readings mended after judging two draws of
// events (seeds 99 and 100): a king named by his title and his country's
// adjective (العاهل السعودي) is its government, not the country; a
// participle of words after a clause (واصفا، معتبرا، متهما) opens an act of
// its own, so a name after it is no object of the verb before it; a
// country's judiciary named as a body (النظام القضائي، السلطات القضائية)
// is its judiciary, not its government.
func TestPrecisionEv28(t *testing.T) {
	tests := []reading{
		{"a king by his title met after ب",
			"والتقى وزير الخارجية الفرنسي بالعاهل البحريني في المنامة.",
			"FRAGOV>BHRGOV:040", ""},
		{"a king by his title talks with مع",
			"وزير الخارجية الإيطالي يبحث مع العاهل الأردني أزمة اللاجئين",
			"ITAGOV>JORGOV:040", ""},
		{"a king by his title as the subject",
			"واستقبل العاهل البحريني وزير الخارجية المصري في قصره.",
			"BHRGOV>EGYGOV:043", ""},
		{"the object of support is not after a participle of describing",
			"وقال الوزير إن الرئيس الروسي \"يساند رجلا خطيرا\" واصفا الرئيس السوري بالمجرم.",
			"", "RUSGOV>SYRGOV:051"},
		{"the object of support is not after a participle of judging",
			"ويدعم الرئيس الروسي حليفا قديما معتبرا الحكومة العراقية شريكا.",
			"", "RUSGOV>IRQGOV:051"},
		{"a direct object before the participle stays",
			"واتهم الوزير الإيراني الولايات المتحدة بدعم الإرهاب معتبرا الحكومة السعودية تابعة لها.",
			"IRNGOV>USA:112", ""},
		{"the participle's own object is its target",
			"وانتقد الرئيس التركي القرار الأمريكي متهما الحكومة الألمانية بالتواطؤ.",
			"TURGOV>DEUGOV:112", ""},
		{"the judicial system with the country's adjective",
			"وانتقد البرلمان الأوروبي النظام القضائي التركي.",
			"IGOEUREEC>TURJUD:111", ""},
		{"the judicial authorities with the country's adjective",
			"وانتقدت منظمة هيومن رايتس ووتش السلطات القضائية المصرية.",
			"NGOHRI>EGYJUD:111", ""},
		{"the judicial system is not the government",
			"وانتقد البرلمان الأوروبي النظام القضائي التركي.",
			"", ">TURGOV:111"},
	}
	checkReadings(t, tests)
}
