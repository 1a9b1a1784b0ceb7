package quote

import (
	_ "embed"
	"strings"
	"sync"
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
	form := p.cueForm(k)
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

// cueForm returns the form of the verb of speech at token k as the cue
// lexicon has it: its base, or its word without a conjunction the
// segmenter left on it (وأضافوا). Else "".
func (p *proc) cueForm(k int) string {
	t := p.toks[k]
	if _, ok := p.cue[t.Base]; ok {
		return t.Base
	}
	if form := strings.TrimLeft(t.Norm, "وف"); p.cue[form] != "" {
		return form
	}
	return ""
}

// cueToken returns the token of the cue of q, or -1.
func (p *proc) cueToken(q marsad.Quote) int {
	if q.Cue == nil {
		return -1
	}
	for k := range p.toks {
		if p.toks[k].Start <= q.Cue.Start && q.Cue.Start < p.toks[k].End {
			return k
		}
	}
	return -1
}

// noteGender keeps, for a quotation just added, the gender of the verb
// its speaker spoke with, and the speaker as the last who spoke with a
// feminine or a masculine verb.
func (p *proc) noteGender(q marsad.Quote) {
	p.lastGender, p.genderOf = genderNone, q.Speaker
	if q.Speaker == nil {
		return
	}
	if k := p.cueToken(q); k >= 0 {
		p.lastGender = p.cueGender(k)
	}
	if p.manyMention(q.Speaker) {
		return // وقال المتظاهرون: no one a later verb in the singular continues
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

//go:embed people.txt
var peopleData string

// Kinds of people.txt.
const (
	peopleMany = "many"
	peopleSome = "some"
	peopleNot  = "not"
)

// people maps the nouns of people.txt to their kind.
var people = sync.OnceValue(func() map[string]string { return readLexicon(peopleData) })

// The numbers of a verb of speech, as cueNumber reads them from its form.
const (
	numberNone byte = 0
	numberOne  byte = '1'
	numberMany byte = 'n' // plural or dual
)

// cueNumber returns the number of the verb of speech at token k: many for
// a plural (قالوا، يقولون، مضيفين, see cueGender) or a dual, a cue in ا or
// ان whose form without it is a verb of speech too (قالا، قالتا، أكدا،
// يقولان); one for a verb cueGender gives a gender. Else numberNone.
func (p *proc) cueNumber(k int) byte {
	switch p.cueGender(k) {
	case genderPlural:
		return numberMany
	case genderMasc, genderFem:
		return numberOne
	}
	form := p.cueForm(k)
	if form == "" || p.cue[form] != cueVerb {
		return numberNone
	}
	for _, end := range []string{"ا", "ان"} {
		if s, ok := strings.CutSuffix(form, end); ok && utf8.RuneCountInString(s) >= 3 && p.cue[s] == cueVerb {
			return numberMany
		}
	}
	return numberNone
}

// manyWord reports a word at k that names more than one person: a noun
// of people.txt (شهود، امرأتان، ممثلو), with the words of quantity too
// when some is set (بعض، أربعة), or a sound masculine plural of people
// (المسؤولون، السوريين). Inside a name the tagger found a plural of a
// participle in م is one (مراسلون), one of a nisba only in the name of a
// body (الحوثيون; not جيسيون), one of the pattern فاعل, which names share
// (واطسون), never.
func (p *proc) manyWord(k int, some bool) bool {
	t := p.toks[k]
	if t.Kind != marsad.TokenWord {
		return false
	}
	w := strings.TrimPrefix(t.Base, "ال")
	switch people()[w] {
	case peopleMany:
		return true
	case peopleSome:
		return some && !p.inAnyName(k)
	case peopleNot:
		return false
	}
	switch soundPlural(w, strings.HasPrefix(strings.TrimPrefix(strings.TrimPrefix(t.Text, t.Prefix), "ال"), "مؤ")) {
	case pluralOfParticiple:
		return true
	case pluralOfNisba:
		return !p.inPerson(k) // الحوثيون, not جيسيون
	case pluralOfPattern:
		return !p.inAnyName(k)
	}
	return false
}

// How soundPlural reads a word: no plural, the plural of a participle in
// م, of a nisba, or of the pattern فاعل.
const (
	pluralNone = iota
	pluralOfParticiple
	pluralOfNisba
	pluralOfPattern
)

// soundPlural reads a word without the article as the sound masculine
// plural (-ون، -ين) of a noun of people: of a nisba (سوريون، دبلوماسيين),
// of a participle in م of four letters or more with no long vowel after
// its م (مسؤولون، محللين، متظاهرون; not مضامين، ماكرون), or of the
// pattern فاعل (ناشطون، لاجئين). A verb of the
// present (يقولون، يأبهون) or a word of three letters before its ending
// (قانون، البحرين، مليون) is none. The و after م is no long vowel when it
// was written ؤ (hamza, المؤيدون).
func soundPlural(w string, hamza bool) int {
	stem, ok := strings.CutSuffix(w, "ون")
	if !ok {
		if stem, ok = strings.CutSuffix(w, "ين"); !ok {
			return pluralNone
		}
	}
	r := []rune(stem)
	n := len(r)
	if n < 4 {
		return pluralNone
	}
	switch {
	case r[n-1] == 'ي':
		return pluralOfNisba // سوري، دبلوماسي
	case r[0] == 'م' && r[1] != 'ا' && (r[1] != 'و' || hamza) && r[1] != 'ي' && (n > 4 || r[2] != 'ا'):
		return pluralOfParticiple // مسؤول، محلل; مضامين is a broken plural
	case n == 4 && r[1] == 'ا' && r[0] != 'ي' && r[0] != 'ت':
		return pluralOfPattern // ناشط، لاجي
	}
	return pluralNone
}

// manyMention reports a mention of more than one: its head names many
// people (المسؤولون الأميركيون، شهود عيان), or a word of quantity before
// such a head (بعض المحللين; not بعض الجمعيات). The genitive of a title
// the mention was cut from (رئيس | الوزراء القطري) is none, nor is a name
// in quotation marks ("أطباء بلا حدود": a body).
func (p *proc) manyMention(m *marsad.Mention) bool {
	a, b := p.mentionTokens(m)
	if a >= b || a > 0 && (p.constructTitle(a-1) || isOpen(p.toks[a-1].Text)) {
		return false
	}
	if people()[strings.TrimPrefix(p.toks[a].Base, "ال")] == peopleSome {
		return a+1 < b && p.manyWord(a+1, false)
	}
	return p.manyWord(a, false)
}

// constructTitle reports a bare title or head of a body at k (رئيس،
// مجلس): the plural after it is its genitive (رئيس الوزراء، مجلس النواب),
// not many who speak.
func (p *proc) constructTitle(k int) bool {
	t := p.toks[k]
	return t.Kind == marsad.TokenWord && t.Suffix == "" && (titleNouns[t.Base] || subjectHeads[t.Base])
}

// joinedMention reports a mention with a second name or noun joined to its
// first by و (كوشنر وغرينبلات، الوزير ومساعده), not inside a name the
// tagger found (هيومن رايتس ووتش). A title may join two offices of one
// man (وزير الخارجية والمغتربين): only a plural verb makes them two.
func (p *proc) joinedMention(m *marsad.Mention) bool {
	a, b := p.mentionTokens(m)
	for k := a + 1; k < b; k++ {
		if t := p.toks[k]; t.Kind == marsad.TokenWord && t.Prefix == "و" && !p.inName(k) {
			return true
		}
	}
	return false
}

// mentionTokens returns the tokens [a, b) a mention covers, the first
// one perhaps with a proclitic the mention leaves out (وأعضاء: أعضاء).
func (p *proc) mentionTokens(m *marsad.Mention) (int, int) {
	a := 0
	for a < len(p.toks) && p.toks[a].End <= m.Start {
		a++
	}
	b := a
	for b < len(p.toks) && p.toks[b].Start < m.End {
		b++
	}
	return a, b
}

// inAnyName reports a word at k inside a name the tagger found.
func (p *proc) inAnyName(k int) bool {
	t := p.toks[k]
	for _, e := range p.ents {
		if e.Start < t.End && t.Start < e.End {
			return true
		}
	}
	return false
}

// agreeNumber returns the speaker of q once it agrees in number with its
// cue. Only a speaker named before the cue is weighed: a subject after its
// verb (VSO) leaves the verb in the singular (وقال المتظاهرون), but one
// before it (SVO) or one a verb with a pronoun subject continues agrees
// with it. A plural or dual verb (وقالوا، قالتا، مضيفين) that would go to
// one person goes instead to him and the one joined to him by و before
// the verb (كان الوزير ومساعده أكدا), else to the nearest many named
// before it in its sentence as its subject (وردد المحتجون شعارات ضد
// الرئيس ... وقالوا، لكن بعض مسؤولي الإدارة قالوا، امرأتان قالتا), else
// to the last many who spoke a few sentences before. A singular verb
// (وأضاف، وقالت) that opens its sentence and would go to many before it
// (المحتجون) goes to the last one who spoke with a verb of its gender a
// few sentences before, or, for the masculine, to the last man named in
// its sentence or the one before (وتحدثت بي بي سي إلى شهود، من بينهم
// فلان. وقال). Else the speaker stays.
func (p *proc) agreeNumber(q marsad.Quote) *marsad.Mention {
	m, cue := q.Speaker, p.cueToken(q)
	if m == nil || cue < 0 || m.Start >= p.toks[cue].Start {
		return m
	}
	var c *marsad.Mention
	switch p.cueNumber(cue) {
	case numberMany:
		if !p.namesPerson(m) || p.manyMention(m) || p.joinedMention(m) {
			return m
		}
		if c = p.joined(m, cue); c == nil {
			if c = p.manySubject(cue); c == nil {
				c = p.manySpeaker
			}
		}
	case numberOne:
		if !p.manyMention(m) && (p.cueGender(cue) != genderMasc || !p.manyThings(m)) || p.kindOf(cue) != cueVerb || !p.opensSentence(cue) {
			return m // a verb inside a clause or a participle goes with a noun of its own clause
		}
		c = p.mascSpeaker
		if p.cueGender(cue) == genderFem {
			c = p.femSpeaker
		} else if c == nil || !p.nearBefore(c, cue) {
			c = p.personBefore(cue) // وتحدثت بي بي سي إلى شهود، من بينهم سامر. وقال: he
		}
	}
	if c == nil || c.Start >= p.toks[cue].Start || !p.nearBefore(c, cue) {
		return m
	}
	return c
}

// manyThingsWords are plurals of things that speak (مصادر، تقارير),
// normalised, with no article: a verb in the feminine singular goes with
// them (وقالت المصادر، وأضافت), one in the masculine singular never
// (وفق المصادر ذاتها ... وأوضح أن: he is someone else).
var manyThingsWords = map[string]bool{"مصادر": true, "تقارير": true, "وسايل": true, "معلومات": true, "بيانات": true, "وثايق": true}

// manyThings reports a mention that opens with one of manyThingsWords.
func (p *proc) manyThings(m *marsad.Mention) bool {
	a, b := p.mentionTokens(m)
	return a < b && manyThingsWords[strings.TrimPrefix(p.toks[a].Norm, "ال")]
}

// personBefore returns the last person named before the cue at token cue
// in its sentence or the one before it, outside what a quotation says.
// Else nil.
func (p *proc) personBefore(cue int) *marsad.Mention {
	s := p.d.SentenceOf(p.toks[cue].Start)
	if s < 0 {
		return nil
	}
	from := p.d.Sentences[max(s-1, 0)].Start
	var best *marsad.Entity
	for i := range p.ents {
		e := &p.ents[i]
		if e.Type == marsad.PER && e.Start >= from && e.End <= p.toks[cue].Start && !p.reportedIn(e.Span) && !p.inQuotation(e.Span) {
			best = e
		}
	}
	if best == nil {
		return nil
	}
	return &marsad.Mention{Span: best.Span, Text: best.Text}
}

// inQuotation reports a span inside a direct quotation's marks.
func (p *proc) inQuotation(sp marsad.Span) bool {
	a, b := p.mentionTokens(&marsad.Mention{Span: sp})
	for k := a; k < b; k++ {
		if p.inDirect[k] {
			return true
		}
	}
	return false
}

// nearBefore reports a mention named at most agreeSentences sentences
// before the one of the cue at token cue.
func (p *proc) nearBefore(c *marsad.Mention, cue int) bool {
	s, sc := p.d.SentenceOf(p.toks[cue].Start), p.d.SentenceOf(c.Start)
	return s >= 0 && sc >= 0 && s-sc <= agreeSentences
}

// noteNumber keeps the speaker of a quotation just added as the last many
// who spoke when he is many, or speaks with a plural or dual verb and is
// no one person (وقال الحوثيون، وقالوا).
func (p *proc) noteNumber(q marsad.Quote) {
	m := q.Speaker
	if m == nil {
		return
	}
	if k := p.cueToken(q); p.manyMention(m) || k >= 0 && p.cueNumber(k) == numberMany && (p.joinedMention(m) || !p.namesPerson(m)) {
		p.manySpeaker = m
	}
}

// joined returns the person m with the ones joined to him by و before
// the verb at cue: the words after him up to the verb, with no
// punctuation between, in at most six words (فورت ومساعده فانسان تلفاز
// أكدا، الوزير وقادة عسكريون حذروا), or a person named right before the
// word with و that opens or precedes him (جيرمي كوربن ونائبه، توم واتسون،
// أشارا). Not ones after a preposition (ضد الرئيس وأعضاء الكونغرس). Else
// nil.
func (p *proc) joined(m *marsad.Mention, cue int) *marsad.Mention {
	a, b := p.mentionTokens(m)
	if b > cue {
		return nil
	}
	start, end := a, b
	if b < cue && cue-b <= 6 && p.toks[b].Prefix == "و" && p.toks[b].Kind == marsad.TokenWord {
		end = cue
		for k := b; k < cue; k++ {
			if t := p.toks[k]; t.Kind != marsad.TokenWord || p.kindOf(k) != "" || p.isComp(k) || relatives[t.Norm] || p.notSubject(t) {
				end = b
				break
			}
		}
	}
	w := a - 1
	if w >= 0 && p.toks[w].Text == "،" {
		w--
	}
	if !(w > 0 && p.toks[w].Prefix == "و" && p.toks[w].Kind == marsad.TokenWord && !p.notSubject(p.toks[w])) {
		w = a // ونادر العلي: the word with و opens him
	}
	if w > 0 && p.toks[w].Prefix == "و" {
		for _, x := range p.ents {
			if x.Type == marsad.PER && x.End == p.toks[w-1].End {
				start = p.personStart(x.Start)
			}
		}
	}
	if start == a && end == b {
		return nil
	}
	for k := start; k >= start-3 && k >= p.sentenceStart(start, 0); k-- {
		if t := p.toks[k]; p.preposition(k) || k == start && p.notSubject(t) || t.Prefix != "" && p.notSubject(t) {
			return nil // ضد الرئيس دونالد ترامب وأعضاء الكونغرس: the ones spoken against
		}
	}
	return p.mention(start, end)
}

// personStart returns the token a name that starts at offset at opens.
func (p *proc) personStart(at int) int {
	k := 0
	for k < len(p.toks) && p.toks[k].End <= at {
		k++
	}
	return k
}

// manySubject returns the nearest many named before the plural verb at
// cue in its sentence who may be its subject, with the words of its
// phrase (see manyPhrase): two names joined by و (بينما وقفت قطر وتركيا
// ضده، وقالتا), or a noun of many people (see manyWord) not inside a
// report, after a preposition, nor joined by و after another (ضد الرئيس
// وأعضاء الكونغرس), unless it has no article and the verb follows it
// right away (بدفعه أموالا لامرأتين، قالتا: the two women). A plural in ين
// comes only after a conjunction, a complementizer, punctuation or a word
// of quantity, or opening the sentence (لكن سياسيين متحالفين أشاروا; not
// تعرض المتظاهرين). Else nil.
func (p *proc) manySubject(cue int) *marsad.Mention {
	ss := p.sentenceStart(cue, 0)
	for k := cue - 1; k >= ss; k-- {
		t := p.toks[k]
		if p.inDirect[k] || p.reportedApart(t.Span, cue) {
			continue
		}
		if m := p.pairedNames(k, ss); m != nil {
			return m
		}
		if !p.manyWord(k, true) {
			continue
		}
		if p.notSubject(t) {
			if !strings.HasPrefix(t.Base, "ال") && (k == cue-1 || k == cue-2 && p.toks[cue-1].Text == "،") {
				return p.manyPhrase(k, cue) // لامرأتين، قالتا
			}
			continue
		}
		for k > ss && p.toks[k-1].Prefix == "" && p.manyWord(k-1, true) && !p.notSubject(p.toks[k-1]) {
			k-- // مسؤولون أمنيون، بعض المحللين: the head of the phrase
		}
		t = p.toks[k]
		if k > ss {
			prev := p.toks[k-1]
			if p.preposition(k-1) || p.constructTitle(k-1) {
				continue // رئيس الوزراء: a genitive
			}
			if t.Prefix != "" && prev.Kind == marsad.TokenWord {
				continue // ضد الرئيس وأعضاء الكونغرس: one of a list after a preposition
			}
			if strings.HasSuffix(t.Base, "ين") && people()[strings.TrimPrefix(t.Base, "ال")] == "" && prev.Kind == marsad.TokenWord &&
				!p.isComp(k-1) && !clauseLinks[prev.Norm] && !quantifiers[prev.Base] && !strings.HasPrefix(prev.Norm, "لكن") {
				continue // تعرض المتظاهرين: an object or a genitive
			}
		}
		return p.manyPhrase(k, cue)
	}
	return nil
}

// preposition reports a preposition at k (في، من، ضد، بين), but not من
// after كل or كلا (كلا من الوزير ونائبه: both).
func (p *proc) preposition(k int) bool {
	t := p.toks[k]
	if t.Kind != marsad.TokenWord || !notSubjectWords[t.Norm] && t.Norm != "ضد" && t.Norm != "بين" {
		return false
	}
	return !(t.Norm == "من" && k > 0 && (p.toks[k-1].Norm == "كلا" || p.toks[k-1].Norm == "كل"))
}

// pairedNames returns two names joined by و whose second opens at token k
// (قطر وتركيا، ترامب وماكرون), when the first is in the sentence that
// opens at ss and no preposition stands before it, and no third is joined
// to them (سيزور تشاد وجيبوتي وكينيا). Else nil.
func (p *proc) pairedNames(k, ss int) *marsad.Mention {
	if p.toks[k].Prefix != "و" || k == 0 {
		return nil
	}
	var first, second *marsad.Entity
	for i := range p.ents {
		e := &p.ents[i]
		if e.Type != marsad.PER && e.Type != marsad.ORG && e.Type != marsad.LOC {
			continue
		}
		if e.End == p.toks[k-1].End {
			first = e
		}
		if e.Start >= p.toks[k].Start && e.Start < p.toks[k].End {
			second = e
		}
	}
	if first == nil || second == nil {
		return nil
	}
	a, _ := p.mentionTokens(&marsad.Mention{Span: first.Span})
	_, b := p.mentionTokens(&marsad.Mention{Span: second.Span})
	if a < ss || p.notSubject(p.toks[a]) || a > ss && p.preposition(a-1) || p.toks[a].Prefix != "" {
		return nil
	}
	if b < len(p.toks) && p.toks[b].Prefix == "و" && p.nameBetween(b, b+1) {
		return nil // تشاد وجيبوتي وكينيا: a list of more, what is spoken of
	}
	return p.mention(a, b)
}

// reportedApart reports a span inside what a quotation already found says
// that does not hold the cue at token cue too: a report the cue speaks in
// (أن المسؤولين الإيرانيين كانوا يكذبون عندما قالوا) is its own sentence.
func (p *proc) reportedApart(sp marsad.Span, cue int) bool {
	for _, q := range p.d.Quotes {
		if q.Span.Contains(sp) && !q.Span.Contains(p.toks[cue].Span) {
			return true
		}
	}
	return false
}

// manyPhrase returns the phrase of the many whose head is at k, before
// the verb at cue: the head, the plurals after it that agree with it
// (مسؤولون أمنيون أفغان، اللاجئون السودانيون) and, after a head with no
// article, no ending in ن and no pronoun after it, the words in construct with it (بعض مسؤولي
// إدارة ترامب، شهود عيان فلسطينيون، قادة الأجهزة), up to a preposition,
// a relative, a particle (لا، قد), a conjunction or punctuation, in four
// words at most.
func (p *proc) manyPhrase(k, cue int) *marsad.Mention {
	b := k + 1
	construct := !strings.HasPrefix(p.toks[k].Base, "ال") && !strings.HasSuffix(p.toks[k].Base, "ن") && p.toks[k].Suffix == "" // محاموها: her lawyers, no genitive after them
	for b < cue && b-k < 4 {
		t := p.toks[b]
		if t.Kind != marsad.TokenWord || t.Prefix != "" || p.notSubject(t) || relatives[t.Norm] || particles[t.Norm] || t.Norm == "ممن" || p.isComp(b) || p.kindOf(b) != "" || p.inTime(t) {
			break
		}
		switch {
		case p.manyWord(b, false):
		case construct:
			construct = !strings.HasPrefix(t.Base, "ال") && t.Suffix == "" && !p.inAnyName(b) // كبار معاونيه: his pronoun ends it
		default:
			return p.mention(k, b)
		}
		b++
	}
	return p.mention(k, b)
}
