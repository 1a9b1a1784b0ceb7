package actor

import (
	"slices"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/marsad/marsad"
	"github.com/marsad/marsad/arabic"
)

// cutProclitics takes out of an entity's span the proclitic the segmenter
// left on its first word, rare names being too rare for its statistics:
//   - و ب ل ف ك before a hamza on alif (بأكسفوردشاير، وإنريكو ليتا): no
//     name is written so, the hamza opens the word after the clitic;
//   - و before a country or place of the lexicon whose whole word the
//     lexicon does not know (وبوتان، وبروناي);
//   - و before a word the story writes elsewhere alone, as a name's word
//     (وروسلان بوشيروف after روسلان بوشيروف);
//   - و before a place of one word right after another place (البليدة
//     وبومرداس): the second of two places joined.
//
// The token's key in keys is set to the word without the clitic, for the
// lexicon matches that follow.
func (s *stage) cutProclitics(d *marsad.Document, keys []string) {
	if len(keys) != len(d.Tokens) {
		return
	}
	var alone map[string]int // keys of the entities' words written with no proclitic
	for k := range d.Entities {
		e := &d.Entities[k]
		i := sort.Search(len(d.Tokens), func(i int) bool { return d.Tokens[i].Start >= e.Start })
		if i >= len(d.Tokens) || d.Tokens[i].Start != e.Start || d.Tokens[i].Prefix != "" || d.Tokens[i].Kind != marsad.TokenWord {
			continue
		}
		w := d.Tokens[i].Text
		r, n := utf8.DecodeRuneInString(w)
		if !strings.ContainsRune("وبلفك", r) || utf8.RuneCountInString(w) < 4 {
			continue
		}
		rest := w[n:]
		h, _ := utf8.DecodeRuneInString(rest)
		cut := (h == 'أ' || h == 'إ') && utf8.RuneCountInString(rest) >= 4
		if !cut && r == 'و' {
			if _, ok := s.l.keys[keys[i]]; ok {
				continue // the whole word is a name the lexicon knows
			}
			rk := tokenKey(rest)
			if m, ok := s.l.keys[rk]; ok && !m.weak && (m.kind == kPlace || m.kind == kActor && m.e.Type == marsad.ActorCountry) {
				cut = true
			} else if utf8.RuneCountInString(rk) >= 4 {
				if alone == nil {
					alone = bareWords(d)
				}
				cut = alone[rk] > 0 && alone[keys[i]] == 1
			}
			if !cut && e.Type == marsad.LOC && len(strings.Fields(e.Text)) == 1 && utf8.RuneCountInString(rk) >= 4 {
				cut = placeJustBefore(d, e.Start) // البليدة وبومرداس: the second of two places
			}
		}
		if !cut {
			continue
		}
		sp := marsad.Span{Start: e.Start + 1, End: e.End}
		if sp.End <= sp.Start {
			continue
		}
		e.Span, e.Text = sp, d.Slice(sp)
		keys[i] = tokenKey(rest)
	}
}

// restoreFa gives back to a name the ف the segmenter took for the
// conjunction where what is left is a common word or a piece (فورد cut to
// ورد, فلورانس بارلي to لورانس بارلي, فان هورميرن to ان هورميرن): the rest
// has no article, the lexicon does not know it (or knows it only as a
// common word, ان of بان كي مون), and the story writes it in no name
// without a proclitic (فترامب، فإيران stay cut). The ب of a person's
// name is given back so too (بسام راضي cut to سام راضي, بيني لورانس to
// يني لورانس, برهان غليون to رهان غليون) where no word before it asks for
// the preposition: the name opens its sentence or clause, or follows a
// title (الوزيرة، المتحدث باسم الرئاسة المصرية) or a verb of saying (وقال
// بشير); after التقى، الإطاحة، علاقته the ب is the preposition. keys are
// the tokens' keys; the token's key becomes the whole word's.
func (s *stage) restoreFa(d *marsad.Document, keys []string) {
	if len(keys) != len(d.Tokens) {
		return
	}
	var alone map[string]int
	for k := range d.Entities {
		e := &d.Entities[k]
		i := sort.Search(len(d.Tokens), func(i int) bool { return d.Tokens[i].End > e.Start })
		if i >= len(d.Tokens) {
			continue
		}
		t := d.Tokens[i]
		if t.Prefix != "ف" && (t.Prefix != "ب" || e.Type != marsad.PER) || t.Kind != marsad.TokenWord || e.Start != t.Start+1 || strings.HasPrefix(keys[i], "ال") || utf8.RuneCountInString(keys[i]) < 2 {
			continue
		}
		if t.Prefix == "ب" && !s.nameAfterBa(d, keys, i) {
			continue
		}
		if particleBefore(d, keys, e, i) {
			continue
		}
		if m, ok := s.l.keys[keys[i]]; ok && !m.weak || s.l.Link(e.Text, d.Published) != nil {
			continue // فخليفة حفتر، فمجلس الأمن: a name the lexicon holds
		}
		if alone == nil {
			alone = bareWords(d)
		}
		if alone[keys[i]] > 0 {
			continue
		}
		e.Span = marsad.Span{Start: t.Start, End: e.End}
		e.Text = d.Slice(e.Span)
		keys[i] = arabic.Normalize(t.Text)
	}
}

// particleBefore takes out of a person's name the word before it that the
// tagger took in: the particle of فإن (فإن مون وكيم: then Moon and Kim)
// and the باسم of a spokesman (المتحدث باسمها غلام حسين: her spokesman
// Gholam Hossein). It reports whether it did; the entity then begins at
// the next word.
func particleBefore(d *marsad.Document, keys []string, e *marsad.Entity, i int) bool {
	t := d.Tokens[i]
	cut := t.Prefix == "ف" && (strings.HasPrefix(t.Text, "فإن") || strings.HasPrefix(t.Text, "فأن")) && utf8.RuneCountInString(t.Text) == 3
	if t.Prefix == "ب" && (keys[i] == "اسم" || strings.HasPrefix(keys[i], "اسم") && possessives[strings.TrimPrefix(keys[i], "اسم")]) {
		cut = i > 0 && (spokesmen[keys[i-1]] || spokesmen["ال"+keys[i-1]])
	}
	if !cut || i+1 >= len(d.Tokens) || d.Tokens[i+1].Start >= e.End || d.Tokens[i+1].Kind != marsad.TokenWord {
		return false
	}
	e.Span = marsad.Span{Start: d.Tokens[i+1].Start, End: e.End}
	e.Text = d.Slice(e.Span)
	return true
}

// sayingVerbs are the keys of the verbs of saying a speaker's name
// follows (وقال، وأضافت، ويقول).
var sayingVerbs = setOf("قال قالت يقول تقول اضاف اضافت يضيف اوضح اوضحت صرح صرحت اكد اكدت يؤكد تابع تابعت شدد شددت وصف وصفت كتب كتبت")

// nameAfterBa reports a word at token i, written with ب, where nothing
// before asks for the preposition: the sentence or clause opens there
// (after a punctuation mark), or a title ends there (a role word, or a
// definite nisba: الأمريكي، المصرية) or a verb of saying (وقال).
func (s *stage) nameAfterBa(d *marsad.Document, keys []string, i int) bool {
	if i == 0 || d.Tokens[i-1].Kind == marsad.TokenPunct {
		return true
	}
	if d.Tokens[i-1].Kind != marsad.TokenWord {
		return false
	}
	k, w := keys[i-1], d.Tokens[i-1].Text
	nisba := strings.HasPrefix(k, "ال") && !notNouns[k] && (strings.HasSuffix(w, "ي") || strings.HasSuffix(w, "ية"))
	return sayingVerbs[k] || s.roleWord(k) || nisba // not التقى, المكنى: verbs and participles in ى
}

// bareWords counts the keys of the words inside the document's entities
// that carry no proclitic.
func bareWords(d *marsad.Document) map[string]int {
	out := map[string]int{}
	for _, e := range d.Entities {
		for i := sort.Search(len(d.Tokens), func(i int) bool { return d.Tokens[i].Start >= e.Start }); i < len(d.Tokens) && d.Tokens[i].Start < e.End; i++ {
			if t := d.Tokens[i]; t.Prefix == "" && t.Kind == marsad.TokenWord {
				out[tokenKey(t.Text)]++
			}
		}
	}
	return out
}

// joinHyphenated takes into a person's name the syllable written after it
// with a hyphen (مون جاي-إن، تشونغ يوي-يونغ، تساي إنغ-وين): East Asian
// given names are written so, and the tokenizer cuts them at the hyphen.
// The syllable is a word of four letters at most that the lexicon does
// not know alone (not ترامب-كيم, two leaders) or knows only in the joined
// name; an entity that begins with it is taken in whole. keys are the
// tokens' keys.
func (s *stage) joinHyphenated(d *marsad.Document, keys []string) {
	if len(keys) != len(d.Tokens) {
		return
	}
	var drop []marsad.Span
	for k := range d.Entities {
		e := &d.Entities[k]
		if e.Type != marsad.PER {
			continue
		}
		j := sort.Search(len(d.Tokens), func(j int) bool { return d.Tokens[j].Start >= e.End })
		if j+1 >= len(d.Tokens) || d.Tokens[j].Text != "-" || d.Tokens[j].Start != e.End || d.Tokens[j+1].Start != d.Tokens[j].End {
			continue
		}
		w := d.Tokens[j+1]
		if w.Kind != marsad.TokenWord || utf8.RuneCountInString(w.Text) > 4 {
			continue
		}
		if _, ok := s.l.keys[keys[j+1]]; ok {
			if m, whole := s.l.keys[strings.Join(key(e.Text+" "+w.Text), " ")]; !whole || m.kind != kActor || m.e.Type != marsad.ActorPerson {
				continue // a name of its own, unless the lexicon holds the joined one (مون جاي إن)
			}
		}
		sp := marsad.Span{Start: e.Start, End: w.End}
		for _, o := range d.Entities {
			if o.Start == w.Start && o.End > sp.End {
				sp.End = o.End // جان-كلود غايسو: the rest of the name
			}
		}
		inner, ok := within(d.Entities, k, sp)
		if !ok {
			continue
		}
		e.Span, e.Text = sp, d.Slice(sp)
		drop = append(drop, inner...)
	}
	if len(drop) > 0 {
		d.Entities = slices.DeleteFunc(d.Entities, func(e marsad.Entity) bool { return slices.Contains(drop, e.Span) })
	}
}

// joinDotted reads whole an acronym spelt in Arabic letters with dots
// (بي.بي.سي، إف. بي. آي، أ.ف.ب), which the tokenizer cuts at each dot:
// a run of three pieces or more of three letters at most, each after a
// dot and at most one space. The first entity the tagger found in the run
// (بي.، سي) takes the whole run; the others in it are dropped. An entity
// that runs beyond the run is left alone.
func joinDotted(d *marsad.Document) {
	toks := d.Tokens
	piece := func(t marsad.Token) bool { return t.Kind == marsad.TokenWord && utf8.RuneCountInString(t.Text) <= 3 }
	for i := 0; i < len(toks); i++ {
		if !piece(toks[i]) {
			continue
		}
		j, n := i, 1
		for j+2 < len(toks) && toks[j+1].Text == "." && toks[j+1].Start == toks[j].End && piece(toks[j+2]) && toks[j+2].Start-toks[j+1].End <= 1 {
			j, n = j+2, n+1
		}
		if n < 3 {
			i = j
			continue
		}
		sp := marsad.Span{Start: toks[i].Start, End: toks[j].End}
		around := marsad.Span{Start: sp.Start, End: sp.End + 1} // a dot after the last piece
		first, fits := -1, true
		for k, e := range d.Entities {
			if !e.Span.Overlaps(sp) {
				continue
			}
			if e.Start < around.Start || e.End > around.End {
				fits = false
				break
			}
			if first < 0 {
				first = k
			}
		}
		if first >= 0 && fits {
			d.Entities[first].Span, d.Entities[first].Text = sp, d.Slice(sp)
			d.Entities = slices.DeleteFunc(d.Entities, func(e marsad.Entity) bool {
				return e.Span != sp && e.Span.Overlaps(sp)
			})
		}
		i = j
	}
}

// placeJustBefore reports a place entity that ends one space before start
// (البليدة وبومرداس: the place before the conjunction).
func placeJustBefore(d *marsad.Document, start int) bool {
	for _, e := range d.Entities {
		if e.Type == marsad.LOC && e.End+1 == start && d.Slice(marsad.Span{Start: e.End, End: start}) == " " {
			return true
		}
	}
	return false
}
