package actor

import (
	"sort"
	"unicode/utf8"

	"github.com/marsad/marsad"
	"github.com/marsad/marsad/arabic"
)

// widenFirstNames gives back to a person the first name the tagger left
// out before it (مولود [تشاويش أوغلو]، إدوار [فيليب]، ميلانيا [ترامب]):
// the word right before the entity, one space between them, is a first
// name of the lexicon's list (firstnames.txt), with no suffix and in no
// other entity. A proclitic of that word stays out (وجمال [خاشقجي] gives
// جمال خاشقجي). The name grows as long as first names come before it
// (علي عبدالله [صالح]). A name that opens with a proclitic (أورن شاؤول
// [وهدار غولدين]) is another's after a name: it is not widened. The first
// name علي counts only where it is written with ي in a text that writes
// the preposition على with its ى at least as often as علي: an Egyptian
// text that writes القبض علي means the preposition.
func (s *stage) widenFirstNames(d *marsad.Document) {
	ala := alaWritten(d)
	for k := range d.Entities {
		e := &d.Entities[k]
		if e.Type != marsad.PER {
			continue
		}
		for range 3 {
			i := sort.Search(len(d.Tokens), func(i int) bool { return d.Tokens[i].Start >= e.Start })
			if i == 0 || i >= len(d.Tokens) || d.Tokens[i].Start != e.Start || d.Tokens[i].Prefix != "" {
				break
			}
			w := d.Tokens[i-1]
			if w.Kind != marsad.TokenWord || w.Suffix != "" || d.Slice(marsad.Span{Start: w.End, End: e.Start}) != " " {
				break
			}
			start, ok := s.firstName(w, ala)
			if !ok || inEntity(d, marsad.Span{Start: start, End: w.End}) {
				break
			}
			e.Start = start
			e.Text = d.Slice(e.Span)
		}
	}
}

// firstName reports a token that is a first name of the list, written
// whole (بول) or after a proclitic (وجمال), and returns where the name
// starts. ala tells whether the text writes the preposition على.
func (s *stage) firstName(t marsad.Token, ala bool) (int, bool) {
	written := t.Text
	if !s.l.first[arabic.Normalize(written)] {
		written = bare(t)
		if t.Prefix == "" || !s.l.first[arabic.Normalize(written)] {
			return 0, false
		}
	}
	if arabic.Normalize(written) == "علي" && (written != "علي" || !ala) {
		return 0, false // على, the preposition, or علي written for it
	}
	return t.End - utf8.RuneCountInString(written), true
}

// alaWritten reports a text that writes the preposition على with its ى at
// least as often as it writes the word علي.
func alaWritten(d *marsad.Document) bool {
	n := 0
	for _, t := range d.Tokens {
		switch t.Text {
		case "على":
			n++
		case "علي":
			n--
		}
	}
	return n >= 0
}
