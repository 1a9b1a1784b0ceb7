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
// word left without the letter is none (كيلي of جون كيلي, not يلي). After
// the conjunction و or ف the letter is given back alone (و[ل]اس فيغاس:
// and Las Vegas). A real proclitic before a name stays out (وروسيا:
// روسيا is a name).
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
		e.Start--
		e.Text = d.Slice(e.Span)
	}
}

// letterOfName reports a token whose proclitic was left out of an entity
// starting at start, the proclitic's last letter one of letterClitics
// (after و or ف, the conjunction, when it has two), and that letter opens
// a word of the lexicon's names, or for و a first name that opens with it
// (waNames), which the rest of the token is not.
func (s *stage) letterOfName(t marsad.Token, start int) bool {
	n := utf8.RuneCountInString(t.Prefix)
	if t.Kind != marsad.TokenWord || n < 1 || n > 2 || t.Start+n != start {
		return false
	}
	text, letter := t.Text, t.Prefix
	if n == 2 {
		conj, size := utf8.DecodeRuneInString(t.Prefix)
		if conj != 'و' && conj != 'ف' {
			return false
		}
		text, letter = t.Text[size:], t.Prefix[size:]
	}
	if !strings.Contains(letterClitics, letter) {
		return false
	}
	whole := arabic.Normalize(strings.TrimSuffix(text, t.Suffix))
	rest := arabic.Normalize(strings.TrimSuffix(bare(t), t.Suffix))
	return (s.l.words[whole] || letter == "و" && waNames[whole]) && !s.l.words[rest]
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
