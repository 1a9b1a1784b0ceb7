package actor

import (
	"sort"
	"strings"

	"github.com/marsad/marsad"
)

// kurdistanKey is the key of كردستان alone; kurdistanRegion the key of
// the Iraqi region's name in the lexicon.
var kurdistanKey, kurdistanRegion = tokenKey("كردستان"), strings.Join(key("إقليم كردستان"), " ")

// kurdistanSides are the points of the compass before كردستان that name
// another country's Kurdish lands (غرب كردستان: Syria's, شمال كردستان:
// Turkey's, شرق كردستان: Iran's), keyed as the tokens are.
var kurdistanSides = keySet("غرب شمال شرق")

// iraqiKurdistan returns the Kurdistan region of Iraq for a place entity
// that is the word كردستان alone (الحكومة المحلية في كردستان وبغداد)
// in a story that names Iraq at least as often as Syria and Turkey
// (counts, as countryCounts gives them); nil otherwise, and nil for
// another country's Kurdish lands: after a point of the compass (غرب
// كردستان) or before the adjective of a country other than Iraq
// (كردستان السورية). keys are the tokens' keys (tokenKeys).
func (s *stage) iraqiKurdistan(d *marsad.Document, keys []string, e *marsad.Entity, counts map[string]int, date string) *marsad.ActorRef {
	if e.Type != marsad.LOC || strings.Join(key(e.Text), " ") != kurdistanKey || len(keys) != len(d.Tokens) {
		return nil
	}
	if counts["IRQ"] == 0 || counts["IRQ"] < counts["SYR"] || counts["IRQ"] < counts["TUR"] {
		return nil
	}
	i := sort.Search(len(d.Tokens), func(i int) bool { return d.Tokens[i].End > e.Start })
	if i >= len(d.Tokens) || i > 0 && kurdistanSides[keys[i-1]] {
		return nil
	}
	if i+1 < len(keys) {
		if m, ok := s.l.keys[keys[i+1]]; ok && m.kind == kAdj && m.code != "IRQ" {
			return nil
		}
	}
	m, ok := s.l.keys[kurdistanRegion]
	if !ok || m.kind != kActor {
		return nil
	}
	return m.e.ref(date)
}
