package event_test

import "testing"

// TestReadingsEv13 checks the readings added after the draws of stop 20:
// (seed 74, third pool) the one who asked for a meeting (بطلب من، بدعوة
// من) is not met.
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
	}
	checkReadings(t, tests)
}
