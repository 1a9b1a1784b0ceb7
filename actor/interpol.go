package actor

import "github.com/marsad/marsad"

// interpolID is the actor of Interpol in the lexicon.
const interpolID = "organisation/interpol"

// nationalBureau returns the police of the country whose adjective
// follows Interpol's name, inside the entity or right after it (الإنتربول
// السعودي، مدير الإنتربول الصيني): a country's bureau, part of its police,
// not the international body; ref otherwise. toks are the entity's keys.
func (s *stage) nationalBureau(d *marsad.Document, e *marsad.Entity, toks []string, ref *marsad.ActorRef) *marsad.ActorRef {
	c := s.adjectiveAfter(d, e.Span)
	if n := len(toks); c == "" && n > 1 {
		if m, ok := s.l.keys[toks[n-1]]; ok && m.kind == kAdj {
			c = m.code
		}
	}
	if !countryCodes[c] {
		return ref
	}
	return s.l.compose(c, "COP")
}
