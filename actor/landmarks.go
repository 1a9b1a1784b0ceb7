package actor

import (
	"slices"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/marsad/marsad"
)

// joinPlaces joins two places the tagger found side by side in one name
// (كوكس بازار، بيلو أوريزونتي، أولان باتور): two entities typed LOC, one
// space between them, neither of which the lexicon links, the second
// opened by no proclitic: neither و (تمبكتو وكيدال: two towns) nor ب
// before a place the lexicon knows (أستانة بقازاخستان), and no nisba
// adjective with the article (حي برزة الدمشقي: the district and its
// city's adjective). After a noun of a town, the second may be typed PER
// (مدينة بورت [دي بيه]، بلدة سانت [إيتيان دي روفريه]): the town's name
// runs on. The first takes the whole name; the second is dropped.
func (s *stage) joinPlaces(d *marsad.Document, date string) {
	var drop []marsad.Span
	for i := 0; i+1 < len(d.Entities); i++ {
		a, b := &d.Entities[i], d.Entities[i+1]
		if a.Type != marsad.LOC || b.Type != marsad.LOC && (b.Type != marsad.PER || !s.townBefore(d, a.Span)) || b.Start != a.End+1 || d.Slice(marsad.Span{Start: a.End, End: b.Start}) != " " {
			continue
		}
		j := sort.Search(len(d.Tokens), func(j int) bool { return d.Tokens[j].End > b.Start })
		if j >= len(d.Tokens) || d.Tokens[j].Start != b.Start || d.Tokens[j].Prefix != "" {
			continue
		}
		if strings.HasPrefix(b.Text, "و") {
			continue // تمبكتو وكيدال: two towns
		}
		if rest, ok := strings.CutPrefix(b.Text, "ب"); ok && s.l.Resolve(rest, date).Ref != nil {
			continue // أستانة بقازاخستان: the town in its country
		}
		k := strings.Join(key(b.Text), " ")
		if strings.HasPrefix(k, "ال") && (strings.HasSuffix(k, "ي") || strings.HasSuffix(k, "يه")) {
			continue // حي برزة الدمشقي: an adjective
		}
		if s.l.Resolve(a.Text, date).Ref != nil || s.l.Resolve(b.Text, date).Ref != nil {
			continue
		}
		a.End = b.End
		a.Text = d.Slice(a.Span)
		drop = append(drop, b.Span)
		i++ // b is a's now
	}
	if len(drop) > 0 {
		d.Entities = slices.DeleteFunc(d.Entities, func(e marsad.Entity) bool {
			return (e.Type == marsad.LOC || e.Type == marsad.PER) && slices.Contains(drop, e.Span)
		})
	}
}

// townBefore reports a noun of a town right before span sp, its
// proclitics aside (مدينة، بمدينة، بلدة، ولاية): the name after it is a
// town's. After a title (محافظ منطقة تكيرداغ محمد جيلان، رئيس وزراء
// ولاية البنجاب) the name after the town's is its officer's.
func (s *stage) townBefore(d *marsad.Document, sp marsad.Span) bool {
	i := sort.Search(len(d.Tokens), func(i int) bool { return d.Tokens[i].Start >= sp.Start })
	if i < 1 || i >= len(d.Tokens) || d.Tokens[i].Start != sp.Start || d.Tokens[i-1].Kind != marsad.TokenWord {
		return false
	}
	k := tokenKey(d.Tokens[i-1].Text)
	if !inSet(townNouns, k, "وفبل") && !states[k] {
		return false
	}
	if i > 1 && d.Tokens[i-2].Kind == marsad.TokenWord {
		if t := tokenKey(d.Tokens[i-2].Text); s.roleWord(t) || genericHeads[t] || officers[t] {
			return false
		}
	}
	return true
}

// officers are the titles of a town's or a province's officers, keyed as
// the tokens are.
var officers = keySet("محافظ رئيس وزراء حاكم عمدة رئيسة نائب قائد مدير مسؤول")

// landmarkWords are the nouns of a building named after its place (قلعة
// ويندسور، قصر باكنغهام), keyed as the tokens are.
var landmarkWords = keySet("قلعة قصر")

// widenLandmarks gives a place that names a castle or a palace the noun
// right before it (في قلعة [ويندسور] gives قلعة ويندسور): the building,
// not the town, keeps the place's actor. A proclitic of the noun stays out
// (بقصر ويندسور gives قصر ويندسور).
func widenLandmarks(d *marsad.Document) {
	for k := range d.Entities {
		e := &d.Entities[k]
		if e.Type != marsad.LOC {
			continue
		}
		i := sort.Search(len(d.Tokens), func(i int) bool { return d.Tokens[i].End > e.Start })
		if i == 0 || i >= len(d.Tokens) || d.Tokens[i].Start != e.Start || d.Tokens[i].Prefix != "" {
			continue
		}
		w := d.Tokens[i-1]
		if w.Kind != marsad.TokenWord || w.Suffix != "" || !landmarkWords[tokenKey(w.Text)] || d.Slice(marsad.Span{Start: w.End, End: e.Start}) != " " {
			continue
		}
		start := w.End - utf8.RuneCountInString(bare(w))
		if inEntity(d, marsad.Span{Start: start, End: w.End}) {
			continue
		}
		e.Start = start
		e.Text = d.Slice(e.Span)
	}
}

// widenCutCountries gives a place the tagger cut short of a country's name
// the word after it (جمهورية #الكونغو [الديموقراطية]: the hashtag cut the
// tagger's name, and the Republic of the Congo is another country than
// the Democratic Republic): the next word, one space after, with no
// clitic and in no entity, makes with the place's words a country's name
// of the lexicon. keys are the tokens' keys.
func (s *stage) widenCutCountries(d *marsad.Document, keys []string) {
	if len(keys) != len(d.Tokens) {
		return
	}
	for k := range d.Entities {
		e := &d.Entities[k]
		if e.Type != marsad.LOC {
			continue
		}
		i := sort.Search(len(d.Tokens), func(i int) bool { return d.Tokens[i].Start >= e.End })
		if i >= len(d.Tokens) {
			continue
		}
		t := d.Tokens[i]
		if t.Kind != marsad.TokenWord || t.Prefix != "" || t.Suffix != "" || d.Slice(marsad.Span{Start: e.End, End: t.Start}) != " " || inEntity(d, t.Span) {
			continue
		}
		m, ok := s.l.keys[strings.Join(append(key(e.Text), keys[i]), " ")]
		if !ok || m.weak || m.kind != kActor || m.e.Type != marsad.ActorCountry {
			continue
		}
		e.End = t.End
		e.Text = d.Slice(e.Span)
	}
}
