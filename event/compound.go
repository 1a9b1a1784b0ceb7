package event

import (
	"strings"

	"github.com/marsad/marsad"
	"github.com/marsad/marsad/actor"
)

// conjoined returns a copy of ev for each name conjoined to its source
// or to its target, as CAMEO coders split a compound actor: وكانت
// السعودية والإمارات والبحرين ومصر قطعت العلاقات مع قطر is four events,
// فرضت واشنطن عقوبات على روسيا وإيران two, and الضربات الأمريكية
// والبريطانية على سوريا two. Joint acts (meetings, agreements, the
// acts of 03 and 06) are left whole: there the second name is often the
// partner. i is the trigger's first token.
func conjoined(d *marsad.Document, s *sent, i int, ev marsad.Event) []marsad.Event {
	if isJoint(ev.Code) || ev.Source == nil {
		return nil
	}
	var out []marsad.Event
	distinct := func(g *actor.Found) bool {
		return g.Ref.Code != ev.Source.ActorCode() && (ev.Target == nil || g.Ref.Code != ev.Target.ActorCode())
	}
	if k := foundOf(d, s, ev.Source); k >= 0 {
		before, limit := s.found[k].Start < i, len(s.toks)
		if before {
			limit = i // a subject before its verb: the names up to the verb
		} else if tk := foundOf(d, s, ev.Target); tk > k {
			limit = s.found[tk].Start // after it: the names up to the object
		}
		for _, g := range conjunctsOf(s, k, before, limit) {
			if distinct(g) {
				e := ev
				e.Source = mentionOf(d, s, g)
				out = append(out, widened(d, e, e.Source.Span))
			}
		}
	}
	if k := foundOf(d, s, ev.Target); k >= 0 && s.found[k].Start > i && !(s.found[k].Start > 0 && s.toks[s.found[k].Start-1].Norm == "بين") {
		// (الاشتباكات بين طالبان والقوات الأفغانية: the two sides, not
		// two targets.)
		for _, g := range conjunctsOf(s, k, false, len(s.toks)) {
			if distinct(g) {
				e := ev
				e.Target = mentionOf(d, s, g)
				out = append(out, widened(d, e, e.Target.Span))
			}
		}
	}
	return out
}

// foundOf returns the index in s.found of the actor mention m was made
// from, or -1.
func foundOf(d *marsad.Document, s *sent, m *marsad.Mention) int {
	if m == nil {
		return -1
	}
	for k := range s.found {
		if f := &s.found[k]; f.Ref != nil && f.Ref.Code == m.ActorCode() && mentionOf(d, s, f).Span == m.Span {
			return k
		}
	}
	return -1
}

// conjunctsOf returns the names joined by و to the mention at k: those
// before it when back is set (a subject before its verb: the nearest is
// the one the coder took), and those after it up to token limit. A list
// that a preposition governs (بين السعودية والإمارات) is no subject.
func conjunctsOf(s *sent, k int, back bool, limit int) []*actor.Found {
	var out []*actor.Found
	first := k
	if back {
		for j := k; j > 0 && joined(s, &s.found[j-1], &s.found[j]); j-- {
			out = append(out, &s.found[j-1])
			first = j - 1
		}
		if first != k && (governed(s, &s.found[first]) || s.found[first].Start > 0 && s.toks[s.found[first].Start-1].Norm == "بين") {
			return nil
		}
	}
	for j := k; j+1 < len(s.found) && s.found[j+1].End <= limit && joined(s, &s.found[j], &s.found[j+1]); j++ {
		out = append(out, &s.found[j+1])
	}
	return out
}

// joined reports b conjoined to a right after it: و on b's first word,
// nothing between them, both named actors of one kind (names or
// nationality adjectives), neither a place.
func joined(s *sent, a, b *actor.Found) bool {
	if a.Ref == nil || b.Ref == nil || a.Place || b.Place || a.Adjective != b.Adjective {
		return false
	}
	if b.Start != a.End {
		return false // ، وإيران: after a comma, a conjunct of the clause, not of the name (السعودية التي تدعم الحكومة، وإيران)
	}
	return strings.HasPrefix(s.toks[b.Start].Prefix, "و")
}

// widened returns e with its evidence clause stretched to cover sp.
func widened(d *marsad.Document, e marsad.Event, sp marsad.Span) marsad.Event {
	c := &e.Evidence.Clause
	c.Start, c.End = min(c.Start, sp.Start), max(c.End, sp.End)
	e.Evidence.Text = d.Slice(*c)
	return e
}
