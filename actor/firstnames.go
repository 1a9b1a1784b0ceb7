package actor

import (
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/marsad/marsad"
	"github.com/marsad/marsad/arabic"
)

// widenFirstNames gives back to a person the first name the tagger left
// out before it (مولود [تشاويش أوغلو]، إدوار [فيليب]، ميلانيا [ترامب]):
// the word right before the entity, one space between them, is a first
// name of the lexicon's list (firstnames.txt), with no suffix (but where
// the list has the word whole: إريك, no إري with ك) and in no other
// entity. A proclitic of that word stays out (وجمال [خاشقجي] gives
// جمال خاشقجي). The name grows as long as first names come before it
// (علي عبدالله [صالح]). A first name of the list before a particle of a
// foreign surname (فان، فون، دا، دير) is given back with the particle
// (رولاند فان [هورميرن]، إريك فان [دير زوان]); the particle alone is not
// (فان ترامب, فإن written without its hamza). A name that opens with a proclitic (أورن شاؤول
// [وهدار غولدين]) is another's after a name: it is not widened. The first
// name علي counts only where it is written with ي in a text that writes
// the preposition على with its ى at least as often as علي: an Egyptian
// text that writes القبض علي means the preposition. A first name the
// tagger found as a person of its own, one word right before the surname
// (ميلانيا، ترامب as two names), is joined to it; so is a word of no list
// that the same document names whole with that surname elsewhere (أسلي
// أردوغان).
func (s *stage) widenFirstNames(d *marsad.Document) {
	ala := alaWritten(d)
	full := map[string]bool{} // the persons' names of several words
	for _, e := range d.Entities {
		if e.Type == marsad.PER && strings.Contains(e.Text, " ") {
			full[strings.Join(key(e.Text), " ")] = true
		}
	}
	joined := map[int]bool{} // the first names joined to the surname after them
	for k := range d.Entities {
		e := &d.Entities[k]
		if ks := key(e.Text); e.Type != marsad.PER || len(ks) == 0 || personTitles[ks[0]] {
			continue // هاري [الأمير] تشارلز: a title opens no surname
		}
		for range 3 {
			i := sort.Search(len(d.Tokens), func(i int) bool { return d.Tokens[i].Start >= e.Start })
			if i == 0 || i >= len(d.Tokens) || d.Tokens[i].Start != e.Start || d.Tokens[i].Prefix != "" && !particle(d.Tokens[i]) {
				break
			}
			w := d.Tokens[i-1]
			if w.Kind != marsad.TokenWord || w.Suffix != "" && !s.l.first[arabic.Normalize(w.Text)] || d.Slice(marsad.Span{Start: w.End, End: e.Start}) != " " {
				break
			}
			start, ok := s.firstName(w, ala)
			if !ok && w.Prefix == "" && s.givenWord(tokenKey(w.Text)) && full[tokenKey(w.Text)+" "+strings.Join(key(e.Text), " ")] {
				start, ok = w.Start, true // أسلي أردوغان, named whole elsewhere
			}
			if !ok && i >= 2 && particle(w) {
				v := d.Tokens[i-2] // إريك فان [دير زوان]: the particle with the first name before it
				if v.Kind == marsad.TokenWord && (v.Suffix == "" || s.l.first[arabic.Normalize(v.Text)]) && d.Slice(marsad.Span{Start: v.End, End: w.Start}) == " " {
					start, ok = s.firstName(v, ala)
				}
			}
			if !ok {
				break
			}
			sp := marsad.Span{Start: start, End: w.End}
			if j := loneName(d, sp); j >= 0 && j != k && !joined[j] {
				joined[j] = true // [ميلانيا] [ترامب]: one name, tagged as two
			} else if inEntity(d, sp) {
				break
			}
			e.Start = start
			e.Text = d.Slice(e.Span)
		}
	}
	if len(joined) > 0 {
		out := d.Entities[:0]
		for j, e := range d.Entities {
			if !joined[j] {
				out = append(out, e)
			}
		}
		d.Entities = out
	}
	s.widenSurnames(d, ala)
}

// nameParticles are the particles that open a foreign surname (فان دير
// زوان، فون تروثا، دا سيلفا), normalized whole: the segmenter reads
// the ف of فان as a proclitic.
var nameParticles = map[string]bool{"فان": true, "فون": true, "دا": true, "دير": true}

// particle reports a token that is a particle of a foreign surname.
func particle(t marsad.Token) bool {
	return t.Kind == marsad.TokenWord && nameParticles[arabic.Normalize(t.Text)]
}

// givenWord reports a key that may be a given name the list lacks: a word
// of three letters or more, without the article (القاضي كافانو, the title
// the tagger took in elsewhere), that is no patronymic, no علي (the
// preposition على) and no other word the lexicon knows.
func (s *stage) givenWord(k string) bool {
	return utf8.RuneCountInString(k) > 2 && !strings.HasPrefix(k, "ال") && !patronymic[k] && k != "علي" && !s.l.knownWord(k)
}

// loneName returns the index of the person's entity whose span is sp, a
// name of one word, or -1.
func loneName(d *marsad.Document, sp marsad.Span) int {
	for j, e := range d.Entities {
		if e.Span == sp && e.Type == marsad.PER && !strings.Contains(e.Text, " ") {
			return j
		}
	}
	return -1
}

// widenSurnames gives back to a person named by a first name of the list
// alone the surname the tagger left out after it (خالد [علي]، كينيث
// [باي]): the next word, one space after, with no clitic and in no
// entity, is a person of the lexicon by that name or a word of a name of
// several words the document gives a person elsewhere, and no other word
// the lexicon knows (a place, a role). A word of two letters (قال محمد
// إن) is none of these. The name grows by two words at most (محمد باقر
// الحكيم). ala tells whether the text writes the preposition على.
func (s *stage) widenSurnames(d *marsad.Document, ala bool) {
	words := map[string]bool{} // the words of the persons' names of several words
	for _, e := range d.Entities {
		if e.Type == marsad.PER && strings.Contains(e.Text, " ") {
			for _, k := range key(e.Text) {
				words[k] = true
			}
		}
	}
	for k := range d.Entities {
		e := &d.Entities[k]
		if e.Type != marsad.PER || strings.Contains(e.Text, " ") {
			continue
		}
		i := sort.Search(len(d.Tokens), func(i int) bool { return d.Tokens[i].Start >= e.Start })
		if i >= len(d.Tokens) || d.Tokens[i].Start != e.Start || d.Tokens[i].End != e.End {
			continue
		}
		if _, ok := s.firstName(d.Tokens[i], ala); !ok {
			continue
		}
		for j := i + 1; j < len(d.Tokens) && j <= i+2; j++ {
			t := d.Tokens[j]
			if t.Kind != marsad.TokenWord || t.Prefix != "" || t.Suffix != "" || d.Slice(marsad.Span{Start: e.End, End: t.Start}) != " " || inEntity(d, t.Span) {
				break
			}
			k := tokenKey(t.Text)
			if k == "علي" && (t.Text != "علي" || !ala) {
				break // على, the preposition, or علي written for it
			}
			if utf8.RuneCountInString(k) < 3 || s.personKey(k) == nil && (!words[k] || s.l.knownWord(k)) {
				break
			}
			e.End = t.End
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
