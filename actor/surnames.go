package actor

import (
	"slices"
	"sort"
	"strings"
	"unicode"

	"github.com/marsad/marsad"
	"github.com/marsad/marsad/arabic"
)

// joinSurnames joins to a person's name the one word right after it, one
// space between, that the tagger typed a body or MISC, where the word is
// a company's name (كريستين بلازي فورد: her surname, not the carmaker) or
// a foreign-looking word of no name the lexicon knows: no article, no
// proclitic left out, no feminine ending, letters only (مارجوري والاس، كيم
// كارداشيان ويست). The word alone elsewhere, typed a body or a company,
// is then the person named again (وأكدت فورد) and retyped PER, but after
// a noun of a firm or a club or before بنك (شركة واينستين، سوفت بنك).
// The spans of those mentions are returned: no company. keys are the
// tokens' keys.
func (s *stage) joinSurnames(d *marsad.Document, keys []string) map[marsad.Span]bool {
	var drop []marsad.Span
	for k := 1; k < len(d.Entities); k++ {
		e, p := d.Entities[k], &d.Entities[k-1]
		if p.Type != marsad.PER || e.Start != p.End+1 || d.Slice(marsad.Span{Start: p.End, End: e.Start}) != " " || !s.surnameWord(d, e) {
			continue
		}
		p.End = e.End
		p.Text = d.Slice(p.Span)
		drop = append(drop, e.Span)
	}
	if len(drop) > 0 {
		d.Entities = slices.DeleteFunc(d.Entities, func(e marsad.Entity) bool { return slices.Contains(drop, e.Span) })
	}
	var again map[marsad.Span]bool
	for k := range d.Entities {
		e := &d.Entities[k]
		if e.Type == marsad.PER || e.Type == marsad.LOC || !s.surnameWord(d, *e) || !endsPerson(d, e.Text) || bodyNamed(d, keys, e.Span) {
			continue
		}
		e.Type = marsad.PER
		if again == nil {
			again = map[marsad.Span]bool{}
		}
		again[e.Span] = true
	}
	return again
}

// surnameWord reports an entity of one word, a company's name, or typed
// ORG or MISC and written like a foreign surname (see joinSurnames).
func (s *stage) surnameWord(d *marsad.Document, e marsad.Entity) bool {
	if strings.Contains(e.Text, " ") {
		return false
	}
	if s.l.Company(e.Text) {
		return true
	}
	if e.Type != marsad.ORG && e.Type != marsad.MISC {
		return false
	}
	n := arabic.Normalize(e.Text)
	if strings.HasPrefix(n, "ال") || strings.HasSuffix(n, "ه") || strings.HasSuffix(e.Text, "ة") || strings.IndexFunc(e.Text, func(r rune) bool { return !unicode.Is(unicode.Arabic, r) }) >= 0 {
		return false
	}
	if _, ok := s.l.keys[strings.Join(key(e.Text), " ")]; ok {
		return false // للكونغرس، رويترز، فتح: names of the lexicon
	}
	for _, t := range d.Tokens {
		if t.Start == e.Start {
			return t.End == e.End // the word as written: no proclitic left out (restoreFa gives فورد back)
		}
	}
	return false
}

// endsPerson reports a person entity of two words or more in the
// document whose last word is w.
func endsPerson(d *marsad.Document, w string) bool {
	for _, p := range d.Entities {
		if p.Type == marsad.PER && strings.HasSuffix(p.Text, " "+w) {
			return true
		}
	}
	return false
}

// firmNouns are the nouns of a firm or a club before its name (شركة
// واينستين، نادي فيرونا), and firmAfter the words after it (سوفت بنك),
// keyed as the tokens are.
var firmNouns, firmAfter = keySet("شركة الشركة مجموعة بنك مصرف نادي"), keySet("بنك")

// bodyNamed reports span sp right after a noun of a firm or a club, or
// right before بنك: the body named after a person.
func bodyNamed(d *marsad.Document, keys []string, sp marsad.Span) bool {
	i := sort.Search(len(d.Tokens), func(i int) bool { return d.Tokens[i].Start >= sp.Start })
	j := sort.Search(len(d.Tokens), func(j int) bool { return d.Tokens[j].Start >= sp.End })
	if len(keys) != len(d.Tokens) || i >= len(d.Tokens) {
		return false
	}
	return i > 0 && firmNouns[keys[i-1]] || j < len(d.Tokens) && firmAfter[keys[j]]
}
