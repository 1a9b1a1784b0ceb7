package event_test

import "testing"

// TestExpelledEnvoyEv19 checks the reading added after the draw of seed 94
// (middle 250): the envoy named right after طرد is the one expelled, not
// the one who expels (وطرد السفير الإيراني في الرباط).
func TestExpelledEnvoyEv19(t *testing.T) {
	tests := []reading{
		{"an envoy after the verbal noun is expelled",
			"وكان وزير الخارجية المغربي قد أعلن، الثلاثاء الماضي، عن قطع علاقات المغرب مع إيران وطرد السفير الإيراني في الرباط وإغلاق سفارة المغرب في طهران.",
			"", "IRNGOV>MAR"},
		{"a state that expels an envoy keeps its act",
			"وطرد المغرب السفير الإيراني بعد اتهام طهران بدعم جبهة البوليساريو.",
			"MAR>IRNGOV:161", ""},
	}
	checkReadings(t, tests)
}
