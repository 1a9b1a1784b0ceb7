package actor

import (
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/marsad/marsad"
	"github.com/marsad/marsad/arabic"
)

// orgHeads are nouns that open the name of a body (جامعة ستانفورد، شركة
// فورد), keyed as the tokens are: a name they open that the lexicon does
// not know is an organisation's.
var orgHeads = keySet("جامعة شركة منظمة مؤسسة وزارة هيئة مجموعة مركز معهد مجلس حزب حركة جمعية لجنة بنك مصرف وكالة صحيفة قناة")

// toldNouns are the nouns, without the article, of a source or a work
// that may stand before the outlet (مصدر لرويترز، وثائقي لبي بي سي), keyed
// as the tokens are.
var toldNouns = keySet("مصدر مسؤول متحدث متحدثة شاهد مواطن وثائقي تقرير برنامج فيلم")

// bodyBefore reports a noun of a body right before sp (مؤسسة غالوب،
// مستشفى ويكسام بارك): the name after it is the body's.
func bodyBefore(d *marsad.Document, sp marsad.Span) bool {
	w := wordsBefore(d, sp, 16)
	if len(w) == 0 {
		return false
	}
	last := w[len(w)-1]
	return orgHeads[tokenKey(last)] || bodyHeads[tokenKey(last)] || inSet(namedFor, arabic.Normalize(last), "وفبل")
}

// splitToldOutlets cuts an entity that runs on into the news outlet its
// source spoke to, written with the preposition ل (قال خاطر لبي بي سي،
// وقالت الشرطة لرويترز): the tagger joined the two. The outlet, a body of
// the lexicon whose code ends in MED, becomes an entity of its own, typed
// ORG, without the preposition; the words before it stay a name of their
// own where they are one: a person where the tagger said so or the
// lexicon knows one, a body where the lexicon, a company or a noun of a
// body in it or right before it (جامعة، شركة، مؤسسة غالوب) says so; a
// noun of a source or a work alone (مصدر، وثائقي) is dropped; else a person (a source named by his
// surname); words with the article that the lexicon does not know
// (الشرطة، المصدر، سيارات الأجرة) are a common noun and are dropped.
func (s *stage) splitToldOutlets(d *marsad.Document, keys []string) {
	var out []marsad.Entity
	changed := false
	for _, e := range d.Entities {
		i := sort.Search(len(d.Tokens), func(i int) bool { return d.Tokens[i].End > e.Start })
		j := i + 1
		for ; j < len(d.Tokens) && d.Tokens[j].Start < e.End; j++ {
			t := d.Tokens[j]
			if t.Kind != marsad.TokenWord || !strings.HasSuffix(t.Prefix, "ل") || strings.HasPrefix(keys[j], "ل") {
				continue
			}
			m, n := s.l.longest(keys, j)
			if n == 0 || m.kind != kActor || !media(m.e) || inName(m.e, keys[j-1]) {
				continue
			}
			break
		}
		if i >= len(d.Tokens) || j >= len(d.Tokens) || d.Tokens[j].Start >= e.End {
			out = append(out, e)
			continue
		}
		changed = true
		_, n := s.l.longest(keys, j)
		osp := marsad.Span{Start: d.Tokens[j].Start + utf8.RuneCountInString(d.Tokens[j].Prefix), End: d.Tokens[j+n-1].End}
		lsp := marsad.Span{Start: e.Start, End: d.Tokens[j-1].End}
		if typ, ok := s.toldSourceType(d, keys[i:j], lsp, e.Type); ok {
			out = append(out, marsad.Entity{Span: lsp, Text: d.Slice(lsp), Type: typ, Confidence: e.Confidence})
		}
		out = append(out, marsad.Entity{Span: osp, Text: d.Slice(osp), Type: marsad.ORG, Confidence: e.Confidence})
	}
	if changed {
		d.Entities = out
		sortEntities(d.Entities)
	}
}

// toldSourceType returns the type of the words at sp, keyed ks, that the
// tagger typed typ with the outlet after them (splitToldOutlets), and
// false where they are a common noun.
func (s *stage) toldSourceType(d *marsad.Document, ks []string, sp marsad.Span, typ string) (string, bool) {
	if m, n := s.l.longest(ks, 0); n == len(ks) && (m.kind == kActor || m.kind == kPlace) && !m.weak {
		return nameType(m), true
	}
	if typ == marsad.PER {
		return typ, true
	}
	if s.l.Company(d.Slice(sp)) || orgHeads[ks[0]] || bodyBefore(d, sp) {
		return marsad.ORG, true
	}
	if len(ks) == 1 && toldNouns[ks[0]] {
		return "", false // وقال مصدر لبي بي سي، في فيلم وثائقي لبي بي سي: no name
	}
	for _, k := range ks {
		if strings.HasPrefix(k, "ال") {
			return "", false // الشرطة لرويترز، سائقو سيارات الأجرة لبي بي سي: no name
		}
	}
	return marsad.PER, true
}

// toldOutlet reports an entity at e inside a speaker's span sp that is
// written with the preposition ل on its first word, after other words of
// the span (ولغرينز بيانا لبي بي سي): where it is an outlet, the one the
// speaker spoke to, not the speaker (المدير العام لمنظمة الصحة العالمية
// speaks for the body).
func toldOutlet(d *marsad.Document, sp, e marsad.Span) bool {
	if e.Start < sp.Start+2 || d.Slice(marsad.Span{Start: e.Start - 1, End: e.Start}) != "ل" {
		return false
	}
	before := d.Slice(marsad.Span{Start: e.Start - 2, End: e.Start - 1})
	return before == " " || before == "و" && e.Start >= sp.Start+3 && d.Slice(marsad.Span{Start: e.Start - 3, End: e.Start - 2}) == " "
}
