package event_test

import "testing"

// TestReadingsEv13 checks the readings added after the draws of stop 20:
// (seed 74, third pool) the one who asked for a meeting (بطلب من، بدعوة
// من) is not met, and support to come (ستدعم) is an intent to cooperate
// diplomatically (032), not to meet (036); (seed 71, first pool) the
// majority of a place's people (ذات الغالبية الكردية) is no party.
func TestReadingsEv13(t *testing.T) {
	tests := []reading{
		{"the one who asked for a meeting is not met",
			"ويجتمع مجلس الأمن الدولي الجمعة بطلب من بريطانيا لمناقشة الأوضاع في اليمن.",
			"", ">GBR"},
		{"the one who called a meeting is not met",
			"وسيجتمع وزراء الخارجية العرب في القاهرة بدعوة من السعودية لبحث التدخل الإيراني.",
			"", ">SAU"},
		{"a meeting with someone stays one",
			"واجتمع وزير الخارجية الفرنسي مع نظيره الأردني في عمان بدعوة من الملك.",
			"FRAGOV>JOR", ""},
		{"support to come is no meeting",
			"وأكد الوزير أن فرنسا ستدعم الحكومة العراقية.",
			"FRA>IRQGOV:032", ":036"},
		{"the majority of a place is no target",
			"وقتل ثمانية مدنيين في غارة تركية استهدفت سوقا في بلدة جنديرس ذات الغالبية الكردية.",
			"", ">KUR"},
		{"a people accused stays the object",
			"وتتهم أنقرة الأكراد بالسعي إلى التقسيم.",
			"TURGOV>KUR", ""},
	}
	checkReadings(t, tests)
}
