package actor

import (
	"slices"
	"sort"

	"github.com/marsad/marsad"
	"github.com/marsad/marsad/arabic"
)

// godNameHeads are the words that open a compound name with الله (فضل
// الله، فتح الله، ذبيح الله، أسد الله، الحمد الله: the praise is written
// الحمد لله), keyed as the tokens are. Words
// that are as often a phrase of faith (نعمة الله، رحمة الله، بيت الله)
// are left out.
var godNameHeads = keySet("فضل فتح خير أسد ذبيح هداية حكيم بهاء نقد روح حمد نصر عطا جار حبيب سيف الحمد")

// godNameBlockers are the prepositions after which the head and الله are
// a phrase, no name (وهذا من فضل الله: from God's grace), keyed as the
// tokens are.
var godNameBlockers = keySet("من عن إلى الى على في")

// joinGodNames makes a person of الله typed MISC right after a word of
// godNameHeads with no proclitic but the conjunction (فضل الله، وفضل
// الله): the two words are a compound name, not God. A person the tagger
// found on the head alone (حكيم) takes الله, and the persons right
// before and after it, one space between, are one name with it (محمد
// حسين فضل الله، فضل الله برمة ناصر، أسد الله أسدي). After a preposition
// (من فضل الله), with another proclitic (بفضل الله) or with the head
// inside a body or a place the tagger found (حركة فتح) it stays.
func joinGodNames(d *marsad.Document) {
	joined := false
	for k := range d.Entities {
		e := &d.Entities[k]
		if e.Type != marsad.MISC || arabic.Normalize(e.Text) != "الله" {
			continue
		}
		i := sort.Search(len(d.Tokens), func(i int) bool { return d.Tokens[i].End > e.Start })
		if i == 0 || i > len(d.Tokens) {
			continue
		}
		h := d.Tokens[i-1]
		if h.Kind != marsad.TokenWord || h.Prefix != "" && h.Prefix != "و" || h.Suffix != "" || !godNameHeads[tokenKey(h.Text)] || d.Slice(marsad.Span{Start: h.End, End: e.Start}) != " " {
			continue
		}
		if i >= 2 && d.Tokens[i-2].Kind == marsad.TokenWord && godNameBlockers[tokenKey(d.Tokens[i-2].Text)] {
			continue
		}
		if slices.ContainsFunc(d.Entities, func(o marsad.Entity) bool { return o.Type != marsad.PER && o.Start < h.End && o.End > h.Start }) {
			continue // حركة فتح الله غولن: the head is another name's
		}
		e.Start = h.Start + len([]rune(h.Prefix))
		e.Type = marsad.PER
		e.Text = d.Slice(e.Span)
		joined = true
	}
	if !joined {
		return
	}
	sortEntities(d.Entities)
	// A person on the head alone, or right before or after, runs on.
	for k := 1; k < len(d.Entities); k++ {
		e, p := d.Entities[k], &d.Entities[k-1]
		if p.Type != marsad.PER || e.Type != marsad.PER || p.Actor != nil || e.Actor != nil {
			continue
		}
		overlap := e.Start < p.End
		if !overlap && d.Slice(marsad.Span{Start: p.End, End: e.Start}) != " " || !godJoined(d, *p) && !godJoined(d, e) {
			continue
		}
		p.End = max(p.End, e.End)
		p.Text = d.Slice(p.Span)
		d.Entities = slices.Delete(d.Entities, k, k+1)
		k--
	}
}

// godJoined reports a person entity that ends on الله after a word of
// godNameHeads: a compound name joinGodNames made or the tagger found.
func godJoined(d *marsad.Document, e marsad.Entity) bool {
	w := wordsBefore(d, marsad.Span{Start: e.End, End: e.End}, 24)
	n := len(w)
	return n >= 2 && arabic.Normalize(w[n-1]) == "الله" && godNameHeads[tokenKey(w[n-2])]
}

// godCompound reports keys that hold a compound name with الله (فتح الله
// غولن): a head of godNameHeads before الله.
func godCompound(toks []string) bool {
	for i := 1; i < len(toks); i++ {
		if toks[i] == "الله" && godNameHeads[toks[i-1]] {
			return true
		}
	}
	return false
}
