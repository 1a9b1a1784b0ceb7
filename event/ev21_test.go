package event_test

import "testing"

// TestReadingsEv21 checks the readings added after the draws of seed 95
// (first 250) and seed 96 (Tunisian outlet): a past verb of stating, of
// calling or of the feminine joined by و opens a new clause whose names
// are no object of the verb before; an arrest told with أوقف or إيقاف
// with a person after it; a stance of the speaker's country (دعم بلاده
// لـ، إدانة بلاده لـ); and ل with a pronoun in a relative clause points
// back, not to the frame's target.
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
		{"a condemnation of the speaker's country",
			"وأكد الوزير المصري إدانة بلاده للهجوم الإسرائيلي على غزة.",
			"EGYGOV>ISR:111", ""},
		{"support of the speaker's country after أعلن",
			"وأعلن الرئيس الجزائري دعم بلاده للمغرب في سباق استضافة البطولة.",
			"DZAGOV>MAR:051", ""},
		{"solidarity of the speaker's country with مع",
			"وأعرب رئيس الوزراء العراقي عن تضامن بلاده مع تركيا بعد التفجير.",
			"IRQGOV>TUR:051", ""},
		{"supporting one's country with no verb of stating is no act",
			"وضحى الرجل بماله من أجل مساندة بلاده في الحرب ضد فرنسا.",
			"", ":051"},
		{"ل with a pronoun in a relative clause is no target",
			"وأعرب الوزير الأردني عن رفض بلاده للحملة التي تتعرض لها قطر.",
			"", ">QAT:120"},
		{"the side that holds the areas attacked stays the target",
			"وتشن القوات الحكومية السورية هجمات على المناطق التي تسيطر عليها الفصائل المسلحة.",
			"SYRMIL>SYRREB:190", ""},
	}
	checkReadings(t, tests)
}
