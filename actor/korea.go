package actor

import (
	"sort"
	"strings"

	"github.com/marsad/marsad"
	"github.com/marsad/marsad/arabic"
)

// koreaWhole are the words before كوريا alone that make it the peninsula
// or the nation whole (إعادة توحيد كوريا، تقسيم كوريا), keyed as the
// tokens are: neither state.
var koreaWhole = keySet("توحيد وتوحيد تقسيم وتقسيم شطري حرب")

// korea returns the state that كوريا alone at sp stands for: the one of
// the two the story names in full when it names only that one (كوريا
// الشمالية ... الاستراتيجية الأمريكية تجاه كوريا: the North; القوات
// الأمريكية في كوريا in a story of كوريا الجنوبية alone: the South).
// nil when the story names both or neither, or when the word before
// makes it the whole peninsula (إعادة توحيد كوريا).
func (s *stage) korea(d *marsad.Document, keys []string, sp marsad.Span) *marsad.ActorRef {
	i := sort.Search(len(d.Tokens), func(i int) bool { return d.Tokens[i].End > sp.Start })
	if i > 0 && i < len(keys) && koreaWhole[keys[i-1]] {
		return nil
	}
	text := arabic.Normalize(d.Title + " " + d.Text)
	north := strings.Contains(text, "كوريا الشماليه")
	south := strings.Contains(text, "كوريا الجنوبيه")
	switch {
	case north && !south:
		return s.l.compose("PRK", "")
	case south && !north:
		return s.l.compose("KOR", "")
	}
	return nil
}
