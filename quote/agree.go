package quote

import (
	"strings"
	"unicode/utf8"

	"github.com/marsad/marsad"
)

// The genders of a verb of speech, as cueGender reads them from its form.
const (
	genderNone     byte = 0
	genderMasc     byte = 'm'
	genderFem      byte = 'f'
	genderPlural   byte = 'p'
	agreeSentences      = 3 // how many sentences back a speaker who agrees may stand
)

// cueGender returns the gender and number of the verb of speech at token
// k, read from its form in the cue lexicon: feminine when the form without
// its -ت is a cue too (قالت beside قال، لفتت beside لفت, but not لفت) or
// its ت- stands for the ي- of another cue (تقول beside يقول, but not
// تابع), or a participle in ة (قائلة، مضيفة); plural in -وا or -ون
// (قالوا، يقولون) or a participle in -ين (مضيفين); masculine when it is
// none of these and a verb of the past, of the present in ي-, or a
// participle in -ا (قال، يضيف، مضيفا). Else genderNone.
func (p *proc) cueGender(k int) byte {
	t := p.toks[k]
	form := t.Base
	if _, ok := p.cue[form]; !ok {
		form = strings.TrimLeft(t.Norm, "وف")
		if _, ok := p.cue[form]; !ok {
			return genderNone
		}
	}
	if utf8.RuneCountInString(form) < 3 {
		return genderNone
	}
	_, cut := p.cue[strings.TrimSuffix(form, "ت")]
	_, present := p.cue["ي"+strings.TrimPrefix(form, "ت")]
	participle := p.cue[form] == cueParticiple
	switch {
	case strings.HasSuffix(form, "وا") || strings.HasSuffix(form, "ون") || participle && strings.HasSuffix(form, "ين"):
		return genderPlural
	case strings.HasSuffix(form, "ت") && cut, strings.HasPrefix(form, "ت") && present, participle && strings.HasSuffix(form, "ه"):
		return genderFem
	case participle && strings.HasSuffix(form, "ا"), strings.HasPrefix(form, "ي"):
		return genderMasc
	}
	if _, past := p.cue[form+"ت"]; past {
		return genderMasc
	}
	return genderNone
}

// noteGender keeps, for a quotation just added, the gender of the verb
// its speaker spoke with, and the speaker as the last who spoke with a
// feminine or a masculine verb.
func (p *proc) noteGender(q marsad.Quote) {
	p.lastGender, p.genderOf = genderNone, q.Speaker
	if q.Cue == nil || q.Speaker == nil {
		return
	}
	for k := range p.toks {
		if p.toks[k].Start <= q.Cue.Start && q.Cue.Start < p.toks[k].End {
			p.lastGender = p.cueGender(k)
			break
		}
	}
	switch p.lastGender {
	case genderFem:
		p.femSpeaker = q.Speaker
	case genderMasc:
		p.mascSpeaker = q.Speaker
	}
}

// agree returns the one a verb of speech at cue with no subject of its own
// continues, given m, the one it would continue otherwise. Only a verb that
// opens its sentence is weighed (وقالت إن، ثم قالت): one inside a clause
// (قواعد قالت إنها، ما تقول إنه) goes with a noun of its own clause. When m is the
// previous speaker and spoke with a verb of the other gender (قال فلان ...
// وقالت إن، قالت الوزارة ... وأضاف أن), the verb goes to the last one of
// its own gender named a few sentences before: for the feminine, a
// speaker of a feminine verb or a body or woman a sentence opened with
// (وأبدت الوزارة تخوفها. وقالت إن); for the masculine, a speaker of a
// masculine verb. Else m.
func (p *proc) agree(cue int, m *marsad.Mention) *marsad.Mention {
	if m == nil || m != p.last || p.genderOf != p.last || cue < 0 || !p.opensSentence(cue) {
		return m
	}
	var c *marsad.Mention
	switch g := p.cueGender(cue); {
	case g == genderFem && p.lastGender == genderMasc && !p.namesBody(m):
		// A body may take either gender (قال الجيش ... وأشارت إلى أن):
		// only a person in the masculine gives way.
		c = p.femSpeaker
		if t := p.femTopic; t != nil && (c == nil || t.Start > c.Start) {
			c = t
		}
	case g == genderMasc && p.lastGender == genderFem:
		c = p.mascSpeaker
	}
	if c == nil || c.Text == m.Text || c.Start >= p.toks[cue].Start {
		return m
	}
	if s, sc := p.d.SentenceOf(p.toks[cue].Start), p.d.SentenceOf(c.Start); s < 0 || sc < 0 || s-sc > agreeSentences {
		return m
	}
	return c
}

// sentenceOpeners may stand before a verb that opens its sentence (ثم
// قالت، لكنها أضافت), as bases.
var sentenceOpeners = map[string]bool{"ثم": true, "لكن": true, "ولكن": true, "كما": true}

// opensSentence reports a verb at k that opens its sentence, after at most
// one of sentenceOpeners.
func (p *proc) opensSentence(k int) bool {
	ss := p.sentenceStart(k, 0)
	return k == ss || k == ss+1 && sentenceOpeners[p.toks[ss].Base]
}

// openingFeminine returns the body or the woman named right after a verb
// in the feminine past that opens the sentence at token i and is no cue
// (وأبدت وزارة الخارجية تخوفها، انتظرت تيريزا): a later feminine verb with
// no subject of its own may be hers. The one named must be feminine
// too: a noun in ة or ات with the definite words after it, or a named
// organisation, place or person. Else nil.
func (p *proc) openingFeminine(i, lo int) *marsad.Mention {
	t := p.toks[i]
	n := strings.TrimLeft(t.Norm, "وف")
	if t.Suffix != "" || utf8.RuneCountInString(n) < 4 || !strings.HasSuffix(n, "ت") || strings.HasSuffix(n, "ات") || !p.openingVerb(i, lo) {
		return nil
	}
	w := p.toks[i+1]
	if w.Kind != marsad.TokenWord || w.Prefix != "" {
		return nil
	}
	if e := p.entityAt(i+1, marsad.PER, marsad.ORG, marsad.LOC); e != nil && e.Start == w.Start {
		return &marsad.Mention{Span: e.Span, Text: e.Text}
	}
	if !strings.HasSuffix(w.Norm, "ه") && !strings.HasSuffix(w.Norm, "ات") || w.Suffix != "" {
		return nil
	}
	j := i + 2
	if !strings.HasPrefix(w.Norm, "ال") {
		// وزارة الخارجية: a noun in construct before a definite noun; an
		// indefinite one alone (وأجرت مقابلة) is the object.
		if j >= len(p.toks) || !p.adjective(j) && !p.definite(j) {
			return nil
		}
		j++
	}
	for j < len(p.toks) && j <= i+4 && p.adjective(j) {
		j++ // الحكومة الفرنسية، وزارة الخارجية الأميركية: its adjectives, not the object after them
	}
	return p.mention(i+1, j)
}

// definite reports a definite word at k with no clitic that is no cue, no
// relative pronoun and no time.
func (p *proc) definite(k int) bool {
	u := p.toks[k]
	return u.Kind == marsad.TokenWord && u.Prefix == "" && u.Suffix == "" && strings.HasPrefix(u.Norm, "ال") && !relatives[u.Norm] && !p.inTime(u) && p.kindOf(k) == ""
}

// adjective reports a definite word in ة at k, an adjective that agrees
// with a feminine noun before it (الفرنسية، الأميركية).
func (p *proc) adjective(k int) bool {
	return p.definite(k) && strings.HasSuffix(p.toks[k].Norm, "ه")
}
