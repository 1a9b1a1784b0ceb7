package actor

import (
	"strings"

	"github.com/marsad/marsad"
	"github.com/marsad/marsad/arabic"
)

// countryInName reports a person's name of more than one word that the
// linker read as a country only through a word inside it: a country, a
// capital, a city or a nationality adjective that is part of the name
// (محمد السويد، سمير أحمد بيرو، باريس ياركاداس، ستيفان برن). Such a word
// after بن or ابن is the father's name, even after a role word (فهد بن
// تركي آل سعود). Otherwise the link stands when the mention has a role
// word, when the whole mention is one lexicon phrase (غازي عنتاب typed a
// person), when it is a people named by a plural or a dual nationality
// (مسؤولان أميركيان، ناشطون سعوديون) or when it is a fighter's kunya with
// his nisba (أبو حمزة البلجيكي). res is what Resolve read from text.
func (s *stage) countryInName(text string, res Resolution) bool {
	if res.Ref == nil || !strings.HasPrefix(res.Ref.ID, "country/") {
		return false
	}
	toks := key(text)
	if len(toks) < 2 {
		return false
	}
	if s.countryAfterPatronymic(toks) {
		return true
	}
	if res.HasRole || s.onePhrase(toks) || kunya(toks) {
		return false
	}
	for _, w := range strings.Fields(text) {
		if s.pluralNationality(w) {
			return false
		}
	}
	return true
}

// countryAfterPatronymic reports a country word or a nationality adjective
// right after بن، ابن or بنت in toks: a father's name (بن تركي).
func (s *stage) countryAfterPatronymic(toks []string) bool {
	for i := 1; i < len(toks); i++ {
		if !patronymic[toks[i-1]] {
			continue
		}
		m, n := s.l.longest(toks, i)
		if n > 0 && (m.kind == kAdj || m.kind == kPlace || m.kind == kActor && m.e.Type == marsad.ActorCountry) {
			return true
		}
	}
	return false
}

// onePhrase reports toks that are one lexicon phrase from first to last.
func (s *stage) onePhrase(toks []string) bool {
	_, n := s.l.longest(toks, 0)
	return n == len(toks)
}

// kunya reports a name that opens with أبو or أم and ends on a nisba with
// the article (أبو حمزة البلجيكي): a fighter's name of war, which tells
// where he comes from.
func kunya(toks []string) bool {
	last := toks[len(toks)-1]
	return (toks[0] == "ابو" || toks[0] == "ام") && strings.HasPrefix(last, "ال")
}

// pluralSuffixes are the endings of the plural and the dual of a
// nationality adjective (سعوديون، سعوديين، سعوديان، سعوديتان).
var pluralSuffixes = []string{"ون", "ين", "ان", "تان", "تين"}

// pluralNationality reports a word, as written, that is the plural or the
// dual of a nationality adjective (أميركيان، فلسطينيون، الروس), not a
// word from which a proclitic had to be cut to find one (كروس).
func (s *stage) pluralNationality(word string) bool {
	k := tokenKey(word)
	if k != arabic.Normalize(word) {
		return false
	}
	if _, ok := irregularPlurals[word]; ok {
		return true
	}
	for _, suf := range pluralSuffixes {
		stem, ok := strings.CutSuffix(k, suf)
		if m, found := s.l.keys[stem]; ok && found && m.kind == kAdj {
			return true
		}
	}
	return false
}
