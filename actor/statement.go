package actor

import (
	"strings"

	"github.com/marsad/marsad"
)

// statementNouns are the keys of a statement (بيان، بيانا، ببيان، البيان).
var statementNouns = map[string]bool{"بيان": true, "بيانا": true, "البيان": true}

// issuedLinks stand between a statement and the one who issued it (بيان
// صادر عن، البيان الصادر عن، بيان من، بيان أصدرته، بيان نشره، بيان رسمي
// من، بيان صادر عن مكتب: the office speaks for whom it serves).
var issuedLinks = map[string]bool{"مكتب": true, "رسمي": true, "الرسمي": true, "صحفي": true, "صحافي": true, "صادر": true, "الصادر": true, "صادرا": true, "عن": true, "من": true,
	"اصدر": true, "اصدرت": true, "اصدره": true, "نشر": true, "نشرت": true, "وزع": true, "وزعت": true}

// statementTimes may stand between an issuer and في بيان (قالت الوزارة
// الأحد في بيان، أعلن العبادي اليوم في بيان).
var statementTimes = map[string]bool{"اليوم": true, "امس": true, "السبت": true, "الاحد": true, "الاثنين": true,
	"الثلاثاء": true, "الاربعاء": true, "الخميس": true, "الجمعه": true, "مساء": true, "صباح": true, "ليل": true, "الليله": true}

// statementRepeat returns the actor of the statement a speaker البيان names
// again: the issuer the article named with a statement before it (X في
// بيان، أصدرت X بيانا، بيان صادر عن X، بيان لـX، بيان X), when it named
// exactly one and linked it; nil otherwise. keys are the tokens' keys.
func (s *stage) statementRepeat(d *marsad.Document, sp *marsad.Mention, keys []string) *marsad.ActorRef {
	if k := withoutKind(key(sp.Text)); len(k) != 1 || k[0] != "البيان" {
		return nil
	}
	var found *marsad.ActorRef
	for i, t := range d.Tokens {
		if t.End > sp.Start {
			break
		}
		if !statementNouns[keys[i]] || i+1 < len(keys) && keys[i+1] == "مشترك" {
			continue
		}
		e, ok := s.issuer(d, keys, i)
		if !ok {
			continue
		}
		if e == nil {
			return nil // an issuer not placed
		}
		if found, ok = sameIssuer(found, e); !ok {
			return nil // two issuers
		}
	}
	return found
}

// sameIssuer returns the more exact of two actors of one issuer (a country
// and its government: حكومة موناكو بيانا ... وقالت الحكومة في بيان) and
// whether a and b are one; a may be nil for none yet.
func sameIssuer(a, b *marsad.ActorRef) (*marsad.ActorRef, bool) {
	switch {
	case a == nil || a.ID == b.ID:
		return b, true
	case a.Code != "" && strings.HasPrefix(b.Code, a.Code):
		return b, true
	case b.Code != "" && strings.HasPrefix(a.Code, b.Code):
		return a, true
	}
	return nil, false
}

// issuer returns the actor of who issued the statement at token i, after it
// or before it, and whether the text names one there (its actor may be nil).
func (s *stage) issuer(d *marsad.Document, keys []string, i int) (*marsad.ActorRef, bool) {
	if e := issuerAfter(d, keys, i); e != nil {
		return e.Actor, true
	}
	return s.issuerBefore(d, keys, i)
}

// issuerAfter returns the entity that starts right after the statement at
// token i, or after its issuedLinks (بيان صادر عن الحكومة، بيان للجيش).
func issuerAfter(d *marsad.Document, keys []string, i int) *marsad.Entity {
	j := i + 1
	for j < len(keys) && j < i+5 && issuedLinks[keys[j]] {
		j++
	}
	if j >= len(d.Tokens) || d.Tokens[j].Kind != marsad.TokenWord || (j == i+1 && d.Tokens[i].Suffix != "") {
		return nil // بيانها: the statement is already someone's
	}
	return entityFrom(d, d.Tokens[j])
}

// issuerBefore returns the actor of the speaker or entity that ends right
// before في بيان or before بيانا, with at most a time of day between (قالت
// الوزارة الأحد في بيان، أصدرت الحكومة بيانا), and whether one is named
// there. A name after a preposition (قيادة القوات في أفريقيا في بيان), one
// of two joined by و (فرنسا وألمانيا في بيان) or a noun not linked (قال
// المتحدث في بيان) names an issuer with no actor; a verb (وقال في بيان) none.
func (s *stage) issuerBefore(d *marsad.Document, keys []string, i int) (*marsad.ActorRef, bool) {
	j := i - 1
	if d.Tokens[i].Prefix == "" && j >= 0 && keys[j] == "في" {
		j--
	} else if keys[i] != "بيانا" {
		return nil, false
	}
	for k := j; k >= 0 && k >= j-2; k-- {
		t := d.Tokens[k]
		if sp := speakerTo(d, t); sp != nil {
			return sp.Actor, true
		}
		e := entityTo(d, t)
		if e == nil && k > 0 && s.nationality(keys[k]) {
			e = entityTo(d, d.Tokens[k-1]) // وزارة الخارجية + الإسرائيلية
		}
		if e != nil {
			if conjoinedEntity(d, e) {
				return nil, true
			}
			if afterPreposition(d, keys, e) {
				return postedSpeaker(d, keys, e), true
			}
			return e.Actor, true
		}
		if !statementTimes[keys[k]] {
			return nil, strings.HasPrefix(keys[k], "ال")
		}
	}
	return nil, false
}

// nationality reports the key of a nationality adjective (الإسرائيلية).
func (s *stage) nationality(k string) bool {
	m, ok := s.l.keys[k]
	return ok && m.kind == kAdj
}

// speakerTo returns the speaker of a quotation before that ends with the
// word of t; nil for none.
func speakerTo(d *marsad.Document, t marsad.Token) *marsad.Mention {
	for _, q := range d.Quotes {
		if q.Speaker != nil && q.Speaker.End == t.End {
			return q.Speaker
		}
	}
	return nil
}

// afterPreposition reports an entity right after في، من or ب (a place
// in the name or the words of another).
func afterPreposition(d *marsad.Document, keys []string, e *marsad.Entity) bool {
	for i, t := range d.Tokens {
		if t.Start <= e.Start && e.Start < t.End {
			if strings.HasSuffix(t.Prefix, "ب") {
				return true
			}
			return i > 0 && placePrepositions[keys[i-1]]
		}
	}
	return false
}

// placePrepositions stand before a place in a body's name or title: في،
// من, and لدى of a post abroad (السفارة الأمريكية لدى إسرائيل).
var placePrepositions = map[string]bool{"في": true, "من": true, "لدي": true, "لدى": true}

// postedSpeaker returns the actor of the speaker of a quotation before
// that ends right before the preposition ahead of the place e (السفارة
// الأمريكية | لدى إسرائيل بيانا: the embassy's country, not the one it is
// posted to); nil for none.
func postedSpeaker(d *marsad.Document, keys []string, e *marsad.Entity) *marsad.ActorRef {
	for i, t := range d.Tokens {
		if t.Start <= e.Start && e.Start < t.End {
			if i < 2 || !placePrepositions[keys[i-1]] {
				return nil
			}
			if sp := speakerTo(d, d.Tokens[i-2]); sp != nil {
				return sp.Actor
			}
			return nil
		}
	}
	return nil
}

// entityFrom returns the entity that starts with the word of t, after its
// clitics; nil for none.
func entityFrom(d *marsad.Document, t marsad.Token) *marsad.Entity {
	for k := range d.Entities {
		e := &d.Entities[k]
		if e.Start >= t.Start && e.Start < t.End {
			return e
		}
	}
	return nil
}

// entityTo returns the entity that ends with the word of t; nil for none.
func entityTo(d *marsad.Document, t marsad.Token) *marsad.Entity {
	for k := range d.Entities {
		e := &d.Entities[k]
		if e.End == t.End {
			return e
		}
	}
	return nil
}

// conjoinedEntity reports an entity joined by و to another right before it
// (فرنسا وألمانيا): one of several issuers.
func conjoinedEntity(d *marsad.Document, e *marsad.Entity) bool {
	for i, t := range d.Tokens {
		if t.Start <= e.Start && e.Start < t.End {
			if !strings.HasPrefix(t.Prefix, "و") {
				return false
			}
			return i > 0 && entityTo(d, d.Tokens[i-1]) != nil
		}
	}
	return false
}
