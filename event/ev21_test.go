package event_test

import "testing"

// TestReadingsEv21 checks the readings added after the draws of seed 95
// (first 250) and seed 96 (Tunisian outlet): a past verb of stating, of
// calling or of the feminine joined by و opens a new clause whose names
// are no object of the verb before; and an arrest told with أوقف or
// إيقاف with a person after it.
func TestReadingsEv21(t *testing.T) {
	tests := []reading{
		{"a feminine past joined by و opens a new clause",
			"واستنكرت قطر العملية وأكدت وقوفها إلى جانب فرنسا.",
			"", "QAT>FRA:111"},
		{"a verb of calling joined by و: its object is not the criticised",
			"وانتقدت قطر القرار وطالبت مصر بالتراجع عنه.",
			"", "QAT>EGY:111"},
		{"a masculine verb of urging joined by و",
			"وكان الرئيس الأمريكي قد انتقد القانون الجديد وحث الكونغرس على تعديله.",
			"", ">USALEG:111"},
		{"a name right after the verb stays its object",
			"وانتقدت قطر مصر وطالبت بالتراجع عن القرار.",
			"QAT>EGY:111", ""},
		{"an arrest told with أوقف and a person after it",
			"وأوقفت الشرطة الفرنسية رجلا تونسيا في باريس.",
			"FRACOP>TUN:173", ""},
		{"أوقف with no person after it is to stop a thing",
			"وأوقفت روسيا صادراتها من القمح إلى مصر.",
			"", ":173"},
		{"the present توقف is to stop, no arrest",
			"وتوقف القتال في الموصل بعد مقتل ثلاثة أشخاص.",
			"", ":173"},
	}
	checkReadings(t, tests)
}
