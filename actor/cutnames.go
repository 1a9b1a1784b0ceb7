package actor

import (
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/marsad/marsad"
	"github.com/marsad/marsad/arabic"
)

// letterClitics are the one-letter proclitics that may be the first
// letter of a name instead (كيلي, لوكاس, باول, وليام).
const letterClitics = "كلبو"

// widenCutNames gives back to an entity the first letter of its first
// token that the segmentation took for a proclitic (نائبة [ك]يلي): where
// the token written whole is a word of a name of the lexicon and the
// word left without the letter is none (كيلي of جون كيلي, not يلي). A
// real proclitic before a name stays out (وروسيا: روسيا is a name).
func (s *stage) widenCutNames(d *marsad.Document) {
	for k := range d.Entities {
		e := &d.Entities[k]
		if e.Type != marsad.PER && e.Type != marsad.ORG && e.Type != marsad.LOC {
			continue
		}
		i := sort.Search(len(d.Tokens), func(i int) bool { return d.Tokens[i].End > e.Start })
		if i >= len(d.Tokens) || !s.letterOfName(d.Tokens[i], e.Start) {
			continue
		}
		e.Start = d.Tokens[i].Start
		e.Text = d.Slice(e.Span)
	}
}

// letterOfName reports a token whose one-letter proclitic was left out
// of an entity starting at start, and that letter opens a word of the
// lexicon's names, or for و a first name that opens with it (waNames),
// which the rest of the token is not.
func (s *stage) letterOfName(t marsad.Token, start int) bool {
	if t.Kind != marsad.TokenWord || utf8.RuneCountInString(t.Prefix) != 1 || !strings.Contains(letterClitics, t.Prefix) || t.Start+1 != start {
		return false
	}
	whole := arabic.Normalize(strings.TrimSuffix(t.Text, t.Suffix))
	rest := arabic.Normalize(strings.TrimSuffix(bare(t), t.Suffix))
	return (s.l.words[whole] || t.Prefix == "و" && waNames[whole]) && !s.l.words[rest]
}

// waNames are common names that open with و, which the segmentation
// takes for the conjunction (الأمير [و]ليام، المدون [و]ائل عباس، قال
// [و]الاس), normalised. وسام is left out: سام after و is also "and Sam".
var waNames = map[string]bool{}

func init() {
	for _, w := range strings.Fields("وليام ويليام وائل وليد وجدي وديع وحيد وضاح والاس") {
		waNames[arabic.Normalize(w)] = true
	}
}
