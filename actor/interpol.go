package actor

import "github.com/marsad/marsad"

// interpolID is the actor of Interpol in the lexicon.
const interpolID = "organisation/interpol"

// nationalBureau returns the police of the country whose adjective
// follows an entity naming Interpol (الإنتربول السعودي with the adjective
// left out of the entity): a country's bureau, part of its police, not
// the international body; ref otherwise. Resolve reads the adjective
// inside the entity (مدير الإنتربول الصيني, see bureauOf).
func (s *stage) nationalBureau(d *marsad.Document, e *marsad.Entity, ref *marsad.ActorRef) *marsad.ActorRef {
	if c := s.adjectiveAfter(d, e.Span); countryCodes[c] {
		return s.l.compose(c, "COP")
	}
	return ref
}

// bureauOf returns the country of the adjective at toks[j], right after
// Interpol's name (e), whose bureau the phrase names (الإنتربول السعودي);
// "" for another actor or no country's adjective there.
func (l *Lexicon) bureauOf(e *entry, toks []string, j int) string {
	if e.ID != interpolID || j >= len(toks) {
		return ""
	}
	if m, ok := l.keys[toks[j]]; ok && m.kind == kAdj && countryCodes[m.code] {
		return m.code
	}
	return ""
}
