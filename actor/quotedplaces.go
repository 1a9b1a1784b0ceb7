package actor

import (
	"sort"

	"github.com/marsad/marsad"
)

// quotedPlaceNouns are the nouns of a place whose name may follow in
// quotation marks (ولاية "جناق قلعة"، منطقة "أيواجيك"، بمطار "هيثرو"،
// نهر "الراين"، جبل "كيلاويا"), keyed as the tokens are.
var quotedPlaceNouns = keySet("ولاية الولاية منطقة المنطقة محافظة المحافظة مدينة المدينة بلدة البلدة قرية القرية مطار المطار ميناء الميناء إقليم الإقليم جزيرة الجزيرة مخيم المخيم حي الحي نهر النهر جبل الجبل بحيرة البحيرة")

// quotedProgrammeNouns are the nouns of a broadcast programme whose name
// may follow in quotation marks (برنامج "بوليتيكا"), keyed as the tokens
// are.
var quotedProgrammeNouns = keySet("برنامج البرنامج")

// retypeQuotedPlaces types LOC an entity the tagger typed otherwise that
// is the whole of a name in quotation marks right after a noun of place
// (ولاية "جناق قلعة"، منطقة "أيواجيك"، بمطار "هيثرو"): the place's name,
// not a body, a person or a thing; and MISC one after a noun of a
// programme (ضيف برنامج "بوليتيكا"): a programme, no body, unless the
// lexicon names it (برنامج «القاعدة»: the group's). keys are the tokens'
// keys (tokenKeys).
func (s *stage) retypeQuotedPlaces(d *marsad.Document, keys []string) {
	if len(keys) != len(d.Tokens) {
		return
	}
	for k := range d.Entities {
		e := &d.Entities[k]
		if e.Type == marsad.LOC {
			continue
		}
		i := sort.Search(len(d.Tokens), func(i int) bool { return d.Tokens[i].Start >= e.Start })
		j := sort.Search(len(d.Tokens), func(j int) bool { return d.Tokens[j].Start >= e.End })
		if i < 2 || i >= len(d.Tokens) || j >= len(d.Tokens) || d.Tokens[i].Start != e.Start {
			continue
		}
		open, close := d.Tokens[i-1], d.Tokens[j]
		if !quoteMarks[open.Text] || open.End != e.Start || !quoteMarks[close.Text] || close.Start != e.End {
			continue
		}
		noun := d.Tokens[i-2]
		if noun.Kind != marsad.TokenWord || noun.End >= open.Start {
			continue
		}
		switch {
		case quotedPlaceNouns[keys[i-2]]:
			e.Type = marsad.LOC
		case quotedProgrammeNouns[keys[i-2]] && e.Type != marsad.MISC && s.l.Link(e.Text, d.Published) == nil:
			e.Type = marsad.MISC
		}
	}
}

// retypeBenSurnames types PER, with no actor, an entity of one word
// typed otherwise after a bare بن when a person of the document is named
// in full with بن and that word (مهدي بن غربية ... مبادرة بن غربية): the
// person's surname, not the adjective "western" nor a place. The spans
// retyped are added to done, to be left unlinked.
func retypeBenSurnames(d *marsad.Document, done map[marsad.Span]bool) map[marsad.Span]bool {
	full := map[string]bool{}
	for _, e := range d.Entities {
		if f := key(e.Text); e.Type == marsad.PER && len(f) > 2 && f[len(f)-2] == "بن" {
			full[f[len(f)-1]] = true
		}
	}
	if len(full) == 0 {
		return done
	}
	for k := range d.Entities {
		e := &d.Entities[k]
		if f := key(e.Text); e.Type != marsad.PER && len(f) == 1 && full[f[0]] && wordBefore(d, e.Span) == "بن" {
			e.Type, e.Actor = marsad.PER, nil
			if done == nil {
				done = map[marsad.Span]bool{}
			}
			done[e.Span] = true
		}
	}
	return done
}

// partyHeads are the nouns that open a party's name (حركة النهضة، حزب
// الدعوة), keyed as key gives them.
var partyHeads = setOf("حركه حزب")

// namesOwnCountry reports a word of keys that is the name of the country
// of code (تونس in آفاق تونس for TUN).
func (s *stage) namesOwnCountry(keys []string, code string) bool {
	for _, k := range keys {
		if m, ok := s.l.keys[k]; ok && m.kind == kActor && m.e.Type == marsad.ActorCountry && m.e.Code == code {
			return true
		}
	}
	return false
}
