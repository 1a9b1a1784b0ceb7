package actor

import (
	"slices"
	"strings"

	"github.com/marsad/marsad"
)

// speakerRepeat returns the actor of the speaker a speaker named by a head
// noun alone (البيان، الوكالة، المنظمة) names again: the last word with
// that head without the article before it (the last full mention) (بيان لوزارة الخزانة ... وأوضح البيان، وكالة
// الأنباء الرسمية ... وتابعت الوكالة), when it stands in the speaker of a
// quotation before, or for a statement in في بيان right after one (أفادت
// الوزارة في بيان ... وتابع البيان). nil when that word is no speaker's or
// its speaker has no actor. keys are the tokens' keys.
func speakerRepeat(d *marsad.Document, sp *marsad.Mention, keys []string) *marsad.ActorRef {
	toks := withoutKind(key(sp.Text))
	if len(toks) != 1 || !repeatHeads[toks[0]] && toks[0] != "البيان" {
		return nil
	}
	head := strings.TrimPrefix(toks[0], "ال")
	k := -1
	for i, t := range d.Tokens {
		if t.End > sp.Start {
			break
		}
		if keys[i] == head || head == "بيان" && statementNouns[keys[i]] && keys[i] != "البيان" {
			k = i // the head without the article: a full mention, not one more البيان
		}
	}
	if k < 0 {
		return nil
	}
	if m := speakerAround(d, d.Tokens[k]); m != nil {
		return m.Actor
	}
	if head != "بيان" || k < 2 || keys[k-1] != "في" {
		return nil
	}
	for j := k - 2; j >= 0 && j >= k-4; j-- {
		if m := speakerTo(d, d.Tokens[j]); m != nil {
			return m.Actor // قالت الوزارة (الأحد) في بيان
		}
		if !statementTimes[keys[j]] {
			break
		}
	}
	return nil
}

// speakerAround returns the speaker of a quotation whose mention holds the
// word t; nil for none.
func speakerAround(d *marsad.Document, t marsad.Token) *marsad.Mention {
	for _, q := range d.Quotes {
		if q.Speaker != nil && q.Speaker.Start <= t.Start && t.End <= q.Speaker.End {
			return q.Speaker
		}
	}
	return nil
}

// stateHeads are the heads by which an article names again an office or
// body of a state it named in full (الجيش، النيابة، الملك، الرئيس السوداني),
// as key gives them.
var stateHeads = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range key("الجيش الشرطة النيابة المفوضية الحكومة الملك الأمير الرئيس الوزير الوزيرة المسؤول " +
		"المتحدث المتحدثة الناطق الناطقة السفير المحافظ المبعوث الحزب المجلس الحركة") {
		m[w] = true
	}
	return m
}()

// shortRepeat returns the actor of the speakers before, in quotes, whose
// words begin with all the words of sp, an office or a body of a state
// named again by its first words, the head and its adjectives alone
// (الجيش الأردني ... وأوضح الجيش، النيابة العامة في السعودية
// ... وذكرت النيابة). A head alone also names again a speaker who opens
// with it without the article, before the words it governs (جيش الاحتلال
// الإسرائيلي ... وقال الجيش، وزير الخارجية الفرنسي ... وأضاف الوزير،
// متحدث باسم الشرطة ... وتابع المتحدث), unless no actor is linked to
// that speaker. nil when sp opens with none of stateHeads, when no such
// speaker has an actor, or when two of them have different actors (الجيش
// السوري ... الجيش الإسرائيلي).
func shortRepeat(quotes []marsad.Quote, sp *marsad.Mention) *marsad.ActorRef {
	words := key(sp.Text)
	if len(words) == 0 || !stateHeads[words[0]] {
		return nil
	}
	for _, w := range words[1:] {
		if !strings.HasPrefix(w, "ال") {
			return nil // الأمير وليام: a name of his own, not the head again
		}
	}
	var found *marsad.ActorRef
	for _, q := range quotes {
		prev := q.Speaker
		if prev == nil {
			continue
		}
		pw := key(prev.Text)
		construct := len(words) == 1 && len(pw) > 1 && pw[0] == strings.TrimPrefix(words[0], "ال")
		if !construct && (len(pw) <= len(words) || !slices.Equal(pw[:len(words)], words)) {
			continue
		}
		if construct && prev.Actor == nil {
			continue // شرطة العاصمة, linked to none: no other body, nor this one
		}
		if prev.Actor == nil || found != nil && found.ID != prev.Actor.ID {
			return nil
		}
		found = prev.Actor
	}
	return found
}

// headAntecedent returns the actor of the name a speaker sp named by one
// of stateHeads alone (وقالت الحركة، وأضاف المجلس) stands for: the last
// name before it that opens with the head without its article (حركة
// طالبان، مجلس الأمن الدولي), when an entity with an actor opens there
// and no preposition stands before it. nil when the last such name has
// none or there is none. keys are the tokens' keys.
func headAntecedent(d *marsad.Document, sp *marsad.Mention, keys []string) *marsad.ActorRef {
	words := key(sp.Text)
	if len(words) != 1 || !stateHeads[words[0]] {
		return nil
	}
	head := strings.TrimPrefix(words[0], "ال")
	for i := len(d.Tokens) - 1; i >= 0; i-- {
		t := d.Tokens[i]
		if t.End > sp.Start || keys[i] != head {
			continue
		}
		if e := entityFrom(d, t); e != nil && strings.Trim(t.Prefix, "و") == "" {
			return e.Actor
		}
		return nil // لحركة طالبان الإسلامية في باكستان: a name in a description, or none
	}
	return nil
}

// kingdom returns the actor of the story's country home when sp names it
// by the word المملكة alone and the lexicon holds for it a name that
// begins with that word (المملكة الأردنية الهاشمية، المملكة المغربية): a
// Jordanian story's تقول المملكة إنها is Jordan's. nil otherwise.
func (s *stage) kingdom(sp *marsad.Mention, home string) *marsad.ActorRef {
	if home == "" || !slices.Equal(withoutKind(key(sp.Text)), key("المملكة")) {
		return nil
	}
	for _, e := range s.l.entries {
		if e.Type != marsad.ActorCountry || e.Code != home {
			continue
		}
		for _, a := range e.Aliases {
			if w := key(a); len(w) > 1 && w[0] == key("المملكة")[0] {
				return s.l.compose(home, "")
			}
		}
	}
	return nil
}
