package event_test

import "testing"

// TestReadingsEv9 checks the readings added after the seed-36 draw on the
// first pool: a country's national security council, and the antecedent
// of a relative pronoun after a region of a country.
func TestReadingsEv9(t *testing.T) {
	tests := []reading{
		{"a national security council is no UN body", "من المقرر أن يجتمع مجلس الأمن القومي البريطاني، الاثنين، لمناقشة محاولة اغتيال العميل الروسي السابق.", "", "IGOUNO"},
		{"a national security council meets another", "واجتمع مجلس الأمن القومي الأمريكي مع وزير الخارجية البريطاني.", "USAGOV>GBRGOV:04", "IGOUNO"},
		{"the factions of a region, not its country", "وتشهد العلاقات توترا على خلفية دعم واشنطن للفصائل الكردية في شمال سوريا، التي تتهمها أنقرة بالإرهاب.", "TURGOV>KUR:112", ">SYR:"},
		{"a country named alone stays the antecedent", "وقال المسؤول إن إيران، التي تتهمها واشنطن بدعم الإرهاب، ترفض الاتهامات.", "USAGOV>IRN:112", ""},
	}
	checkReadings(t, tests)
}
