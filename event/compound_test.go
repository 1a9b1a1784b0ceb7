package event_test

import (
	"strings"
	"testing"
)

// TestConjoinedActors checks that a compound source or target gives one
// event for each name (stop 26): states listed before their verb or
// after it, nationality adjectives of a nominal attack, targets joined
// by و; and what stays one event: a list after a comma, the two sides
// after بين, the partners of a joint act.
func TestConjoinedActors(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string // events that must all be there
		not        []string // events none of which may be there
	}{
		{"a list of states before the verb",
			"وكانت الأردن والكويت والبحرين قطعت علاقاتها مع إيران العام الماضي.",
			[]string{"JOR>IRN:161", "KWT>IRN:161", "BHR>IRN:161"}, nil},
		{"a list of states after the verb",
			"وفرضت كندا وأستراليا عقوبات على فنزويلا.",
			[]string{"CAN>VEN:163", "AUS>VEN:163"}, nil},
		{"targets joined after the verb",
			"واتهم وزير الخارجية الإيراني بريطانيا وكندا بالتدخل في شؤون بلاده.",
			[]string{"IRNGOV>GBR:112", "IRNGOV>CAN:112"}, nil},
		{"nationality adjectives of a nominal attack",
			"وأدانت موسكو الغارات الألمانية والإيطالية على مواقع الجيش الليبي.",
			[]string{"DEU>LBYMIL:195", "ITA>LBYMIL:195"}, nil},
		{"a name after a comma belongs to the clause, not the list",
			"ويدور الصراع بين ماليزيا التي تدعم الحكومة، وتايلاند التي تساند المتمردين.",
			nil, []string{"MYS>THA", "THA>MYS"}},
		{"the two sides after بين are no two targets",
			"وتجددت المواجهات بين الجيش الباكستاني وطالبان أمس.",
			nil, []string{">PAKMIL"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := " " + codes(t, tt.text) + " "
			for _, w := range tt.want {
				if !strings.Contains(got, " "+w+" ") {
					t.Errorf("events %q lack %q", got, w)
				}
			}
			for _, n := range tt.not {
				if strings.Contains(got, n) {
					t.Errorf("events %q hold %q", got, n)
				}
			}
		})
	}
}
