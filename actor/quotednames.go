package actor

import (
	"slices"
	"sort"
	"strings"

	"github.com/marsad/marsad"
)

// quotedMedia and quotedParties are the nouns that name an outlet or a
// party set in quotation marks after them (صحيفة "سان فرانسيسكو ويكلي"،
// حزب "مصر القوية"); quotedBodies name other bodies (حملة "بيروت برايد").
// Keyed as the tokens are.
var (
	quotedMedia   = keySet("صحيفة الصحيفة جريدة الجريدة مجلة المجلة قناة القناة شبكة الشبكة تلفزيون التلفزيون إذاعة الإذاعة موقع الموقع")
	quotedParties = keySet("حزب الحزب حركة الحركة تحالف التحالف ائتلاف الائتلاف قائمة القائمة تيار التيار كتلة الكتلة")
	quotedBodies  = keySet("حملة الحملة مؤسسة المؤسسة منظمة المنظمة جمعية الجمعية شركة الشركة مجموعة المجموعة")
)

// quotedNames widens an entity in a name in quotation marks after
// a noun of an outlet, a party or a body, where the name has more words
// (صحيفة "سان فرانسيسكو ويكلي"، حزب والده الحاكم "نداء تونس"، قناة "روسيا
// اليوم"): the whole name is the body's, typed ORG, not the place it
// holds. The actor is the lexicon's for the whole name, else the place's
// country as an outlet (USAMED) or a party (TUNPTY), else none (حملة
// "بيروت برايد"، إذاعة "أوروبا 1": a body, a region's name). The spans
// of the widened entities are returned, linked once and for all.
func (s *stage) quotedNames(d *marsad.Document, keys []string, date string) map[marsad.Span]bool {
	if len(keys) != len(d.Tokens) {
		return nil
	}
	var done map[marsad.Span]bool
	var drop []marsad.Span // entities inside a widened one
	for k := range d.Entities {
		e := &d.Entities[k]
		i := sort.Search(len(d.Tokens), func(i int) bool { return d.Tokens[i].Start >= e.Start })
		if i >= len(d.Tokens) || d.Tokens[i].Start != e.Start {
			continue
		}
		// The name opens at most two words before the entity (نداء تونس).
		q := i - 1
		for q >= 0 && q > i-3 && d.Tokens[q].Kind == marsad.TokenWord && d.Tokens[q].End+1 == d.Tokens[q+1].Start {
			q--
		}
		if q < 1 || !quoteMarks[d.Tokens[q].Text] || d.Tokens[q].End != d.Tokens[q+1].Start {
			continue
		}
		head := quotedHead(d.Tokens, keys, q-1)
		if head == "" {
			continue
		}
		// The name closes within three words after the entity.
		j := sort.Search(len(d.Tokens), func(j int) bool { return d.Tokens[j].Start >= e.End })
		end := j
		for end < len(d.Tokens) && end < j+3 && (d.Tokens[end].Kind == marsad.TokenWord || d.Tokens[end].Kind == marsad.TokenNumber) {
			end++
		}
		if end == j && q+1 == i || end >= len(d.Tokens) || !quoteMarks[d.Tokens[end].Text] || d.Tokens[end].Start != d.Tokens[end-1].End {
			continue
		}
		place, ok := s.l.Place(e.Text)
		if !ok {
			continue // a person or a body the name begins with
		}
		sp := marsad.Span{Start: d.Tokens[q+1].Start, End: d.Tokens[end-1].End}
		if inner, ok := within(d.Entities, k, sp); !ok {
			continue
		} else {
			drop = append(drop, inner...)
		}
		e.Span, e.Text, e.Type = sp, d.Slice(sp), marsad.ORG
		ref := s.l.Link(e.Text, date)
		if ref == nil || !strings.HasPrefix(ref.ID, "organisation/") {
			ref = nil
			if c := place.Code; len(c) >= 3 && countryCodes[c[:3]] {
				switch head {
				case "media":
					ref = s.l.compose(c[:3], "MED")
				case "party":
					ref = s.l.compose(c[:3], "PTY")
				}
			}
		}
		e.Actor = ref
		if done == nil {
			done = map[marsad.Span]bool{}
		}
		done[sp] = true
	}
	if len(drop) > 0 {
		d.Entities = slices.DeleteFunc(d.Entities, func(e marsad.Entity) bool { return slices.Contains(drop, e.Span) && !done[e.Span] })
	}
	return done
}

// quotedHead returns "media", "party" or "body" for the noun of a name in
// quotation marks at token i or up to two words before it, with only
// definite or suffixed words between (حزب والده الحاكم "نداء تونس"); else "".
func quotedHead(toks []marsad.Token, keys []string, i int) string {
	for n := 0; n < 3 && i-n >= 0; n++ {
		t := toks[i-n]
		if t.Kind != marsad.TokenWord {
			return ""
		}
		switch k := keys[i-n]; {
		case inSet(quotedMedia, k, "وفبل"):
			return "media"
		case inSet(quotedParties, k, "وفبل"):
			return "party"
		case inSet(quotedBodies, k, "وفبل"):
			return "body"
		case !strings.HasPrefix(k, "ال") && t.Suffix == "":
			return "" // إن، قال: the quotation is a saying
		}
	}
	return ""
}

// within returns the spans of the entities other than the k-th that
// overlap sp, with ok when all of them lie inside it.
func within(es []marsad.Entity, k int, sp marsad.Span) (inner []marsad.Span, ok bool) {
	for j, e := range es {
		if j == k || !e.Span.Overlaps(sp) {
			continue
		}
		if e.Start < sp.Start || e.End > sp.End {
			return nil, false
		}
		inner = append(inner, e.Span)
	}
	return inner, true
}
