package quote

import (
	"bufio"
	_ "embed"
	"fmt"
	"slices"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/marsad/marsad"
)

//go:embed cues.txt
var cueData string

// Cue kinds of cues.txt.
const (
	cueVerb       = "verb"
	cueParticiple = "participle"
	cueSource     = "source"
	cueDescribe   = "describe"
	cueIn         = "in"
	cueInsist     = "insist"
)

var cues = sync.OnceValue(func() map[string]string { return readLexicon(cueData) })

// readLexicon reads the lines "kind<TAB>word" of a lexicon into a map from
// word to kind, passing over comments (#) and blank lines.
func readLexicon(data string) map[string]string {
	m := map[string]string{}
	sc := bufio.NewScanner(strings.NewReader(data))
	for sc.Scan() {
		l := sc.Text()
		if strings.HasPrefix(l, "#") || strings.TrimSpace(l) == "" {
			continue
		}
		if k, w, ok := strings.Cut(l, "\t"); ok {
			m[strings.TrimSpace(w)] = k
		}
	}
	return m
}

// New returns the quotation stage.
func New() (marsad.Stage, error) {
	cues()
	people()
	return stage{}, nil
}

type stage struct{}

func (stage) Name() string { return "quote" }
func (stage) Requires() []string {
	return []string{marsad.AnnTokens, marsad.AnnSentences, marsad.AnnEntities}
}
func (stage) Provides() []string { return []string{marsad.AnnQuotes} }

// complementizers introduce a reported clause: إن، أن، بأن، إنه ...
var complementizers = map[string]bool{}

func init() {
	for _, w := range strings.Fields("ان انه انها انهم انهما انهن انني اننا انك انكم بان بانه بانها بانهم بانهما") {
		complementizers[w] = true
	}
}

var relatives = map[string]bool{"الذي": true, "التي": true, "الذين": true, "اللذين": true, "اللتين": true, "اللواتي": true, "اللاتي": true}

// openers and their closing marks. ” and “ close each other, in either
// order, as outlets use both directions.
func closes(open, tok string) bool {
	switch open {
	case "«":
		return tok == "»"
	case "“", "”", "„":
		return tok == "“" || tok == "”"
	case "\"":
		return tok == "\""
	case "‹":
		return tok == "›"
	}
	return false
}

func isOpen(tok string) bool {
	return tok == "«" || tok == "“" || tok == "”" || tok == "\"" || tok == "„" || tok == "‹"
}

// proc holds the state of one document.
type proc struct {
	d           *marsad.Document
	toks        []marsad.Token
	cue         map[string]string
	last        *marsad.Mention // the previous quote's speaker
	lastPer     *marsad.Mention // the last speaker who is a person
	topic       *marsad.Mention // the person a later sentence opened with (ودعا سامر ...)
	femTopic    *marsad.Mention // the body or woman a later sentence opened with after a feminine verb (وأبدت الوزارة ...)
	lastGender  byte            // the gender of the verb the previous speaker spoke with (see cueGender)
	genderOf    *marsad.Mention // the speaker lastGender is of
	femSpeaker  *marsad.Mention // the last speaker of a feminine verb
	mascSpeaker *marsad.Mention // the last speaker of a masculine verb
	manySpeaker *marsad.Mention // the last speaker who is many (see agreeNumber)
	inDirect    []bool          // token inside a direct quotation
	ents        []marsad.Entity // the entities, storms' names no persons
	storms      map[string]bool // the names of storms (الإعصار مايكل)
}

// pending is a direct quotation found in a paragraph whose speaker is
// resolved when the scan of the paragraph reaches it, so that quotations
// and reported speech take their speakers in text order.
type pending struct {
	q            marsad.Quote
	open, cueAt  int
	after, colon bool
}

// Process finds the quotations of d.
func (stage) Process(d *marsad.Document) error {
	p := &proc{d: d, toks: d.Tokens, cue: cues(), inDirect: make([]bool, len(d.Tokens))}
	p.ents = p.withoutStorms()
	d.Quotes = d.Quotes[:0]
	for _, para := range d.Paragraphs {
		lo, hi := p.tokenRange(para)
		p.paragraph(lo, hi)
	}
	return nil
}

// withoutStorms returns a copy of the document's entities where a person
// named right after a word for a storm (الإعصار مايكل), and every
// mention of that name in the article, is MISC: a storm is no speaker.
func (p *proc) withoutStorms() []marsad.Entity {
	ents := slices.Clone(p.d.Entities)
	p.storms = map[string]bool{}
	for _, e := range ents {
		if e.Type == marsad.PER && p.afterStormWord(e.Span) {
			p.storms[e.Text] = true
		}
	}
	for i := range ents {
		if ents[i].Type == marsad.PER && p.storms[ents[i].Text] {
			ents[i].Type = marsad.MISC
		}
	}
	return ents
}

// stormWords name the storms whose names follow them (إعصار مايكل), normalised.
var stormWords = map[string]bool{"اعصار": true, "الاعصار": true, "العاصفه": true, "عاصفه": true}

// afterStormWord reports a span right after a word for a storm in the
// same paragraph.
func (p *proc) afterStormWord(sp marsad.Span) bool {
	for k := 1; k < len(p.toks); k++ {
		if p.toks[k].Start <= sp.Start && sp.Start < p.toks[k].End {
			t := p.toks[k-1]
			gap := p.d.Slice(marsad.Span{Start: t.End, End: p.toks[k].Start})
			return t.Kind == marsad.TokenWord && t.Suffix == "" && stormWords[t.Base] && !strings.Contains(gap, "\n") // إيران في عين العاصفة¶بهروز: a heading's last word
		}
	}
	return false
}

// tokenRange returns the tokens [lo, hi) inside span.
func (p *proc) tokenRange(sp marsad.Span) (int, int) {
	lo := 0
	for lo < len(p.toks) && p.toks[lo].Start < sp.Start {
		lo++
	}
	hi := lo
	for hi < len(p.toks) && p.toks[hi].End <= sp.End {
		hi++
	}
	return lo, hi
}

// kindOf returns the cue kind of token i ("" if none).
func (p *proc) kindOf(i int) string {
	t := p.toks[i]
	if t.Kind != marsad.TokenWord {
		return ""
	}
	if (narrateWords[t.Base] || narrateWords[t.Norm]) && (t.Suffix != "" || !narrateForms[strings.TrimPrefix(t.Text, t.Prefix)]) {
		return "" // روي مور، مارك روته، رؤى، التي يرويها: a name, or what he tells, not روى (he told)
	}
	if (subjectFirst[t.Base] || subjectFirst[t.Norm]) && !p.subjectAfter(i) {
		return "" // تقارير تفيد بأن، التي تفيد المتطرفين: a relative clause of the noun, not a speaker's verb
	}
	if p.recognised(i) {
		return "" // دولة معترف بها، حكومة معترفا بها دوليا: recognised, not admitting
	}
	if k, ok := p.cue[t.Base]; ok {
		if k == cueParticiple && (p.participleAdjective(i) || p.seatNoun(i)) {
			return "" // وسط إجراءات أمنية مشددة، تقارير غير مؤكدة: an adjective; تتخذ من لندن مقرا لها: a seat
		}
		if k == cueVerb && p.verbalNoun(i) {
			return "" // عدم كشف هويته، رافضة كشف هويتها: a verbal noun
		}
		return k
	}
	if k, ok := p.cue[t.Norm]; ok {
		if k == cueParticiple && i > 0 && prepositions[p.toks[i-1].Norm] {
			return "" // من مقره: a noun after a preposition, not مقرة (admitting)
		}
		if k == cueParticiple && (p.participleAdjective(i) || p.seatNoun(i)) {
			return "" // وسط إجراءات أمنية مشددة، تقارير غير مؤكدة: an adjective; تتخذ من لندن مقرا لها: a seat
		}
		if k == cueVerb && p.verbalNoun(i) {
			return "" // عدم كشف هويته، رافضة كشف هويتها: a verbal noun
		}
		return k
	}
	if t.Prefix == "" && strings.HasPrefix(t.Norm, "و") {
		if k, ok := p.cue[strings.TrimPrefix(t.Norm, "و")]; ok && k == cueVerb {
			return k // وأردفت, the conjunction left on by the segmenter
		}
	}
	if p.expresses(i) {
		return cueVerb // وعبر الحزب عن استغرابه من "...", like أعرب
	}
	return ""
}

// narrateWords are the verbs of telling a story in the cues, normalised;
// narrateForms are the only ways they are written as verbs of speech
// (وروى شاهد، وتروي ريما أن), with no pronoun after them. Normalised, روى
// is also the name Roy (روي), روت the base of Rutte (روته) and رؤى a
// woman's name.
var (
	narrateWords = map[string]bool{"روي": true, "روت": true, "رووا": true, "يروي": true, "تروي": true}
	narrateForms = map[string]bool{"روى": true, "روت": true, "رووا": true, "يروي": true, "تروي": true}
)

// subjectFirst are verbs of speech in the present, normalised, that as
// often describe the noun before them (تقارير تفيد بأن: reports saying
// that): they speak only with their subject after them (وتفيد تقارير بأن).
var subjectFirst = map[string]bool{"يفيد": true, "تفيد": true}

// subjectAfter reports that the verb at i is followed by its subject, a
// word that is no complementizer or preposition (تفيد الأنباء، ويفيد
// مستشارو), and then by a complementizer or a colon before the sentence
// ends, and does not follow a relative (التي تفيد).
func (p *proc) subjectAfter(i int) bool {
	if i > 0 && relatives[p.toks[i-1].Norm] || i+1 >= len(p.toks) {
		return false
	}
	n := p.toks[i+1]
	if n.Kind != marsad.TokenWord || p.isComp(i+1) || prepositions[n.Norm] || strings.HasPrefix(n.Prefix, "ب") {
		return false // تفيد بأن، تفيد إلى أن، تفيد باعتقادها
	}
	for k := i + 2; k < len(p.toks) && k <= i+15; k++ {
		if p.isComp(k) || p.toks[k].Text == ":" {
			return true
		}
		if p.toks[k].Kind == marsad.TokenPunct && strings.ContainsAny(p.toks[k].Text, ".!?؟") {
			break
		}
	}
	return false // وتفيد القضية الثانية بارتكاب: a charge, no clause said
}

// participleAdjective reports a participle in the feminine at i that
// follows غير (تقارير غير مؤكدة), or that describes the indefinite noun in
// ة right before it, with no comma between, when no words of its own
// follow it: a comma or a word that opens no complement (وسط إجراءات
// أمنية مشددة، على أن ينتقل; إجراءات أمنية مشددة هاتفين). It is an
// adjective, not one who speaks. One that goes on to a preposition, أن, a
// colon or a quotation (ما زالت قائمة قائلة: "...") still speaks.
func (p *proc) participleAdjective(i int) bool {
	t := p.toks[i]
	if i == 0 || t.Prefix != "" || !strings.HasSuffix(t.Norm, "ه") {
		return false
	}
	prev := p.toks[i-1]
	if prev.Kind != marsad.TokenWord || prev.Prefix != "" || prev.Suffix != "" {
		return false
	}
	if prev.Norm == "غير" {
		return true
	}
	if !strings.HasSuffix(prev.Norm, "ه") || strings.HasPrefix(prev.Norm, "ال") || p.cue[prev.Norm] != "" || p.cue[prev.Base] != "" {
		return false
	}
	if i+1 >= len(p.toks) {
		return true
	}
	next := p.toks[i+1]
	if next.Kind != marsad.TokenWord {
		return next.Text == "،" || next.Text == ","
	}
	return next.Prefix == "" && !prepositions[next.Norm] && !strings.HasPrefix(next.Norm, "ان")
}

// recognised reports معترفا or معترفة at i before ب with a pronoun
// (معترفا بها، معترف بهم): the passive participle recognised, an
// adjective, not admitting.
func (p *proc) recognised(i int) bool {
	t := p.toks[i]
	if !strings.HasPrefix(t.Norm, "معترف") || i+1 >= len(p.toks) {
		return false
	}
	next := p.toks[i+1]
	return next.Norm != "" && (next.Base == "ب" || strings.HasPrefix(next.Norm, "ب")) && next.Suffix != "" && !strings.HasPrefix(next.Norm, "بان")
}

// seatNoun reports مقرا or مقره at i that is neither set off by a comma
// before it nor followed by what is admitted after ب (مقرا بأن، مقرة
// بوجود; ، مقرا في ذات الوقت بالانتقادات): the noun seat (التي تتخذ من
// لندن مقرا لها، طبيب مقره تركيا), not the participle of admitting.
func (p *proc) seatNoun(i int) bool {
	t := p.toks[i]
	if !strings.HasPrefix(t.Base, "مقر") && !strings.HasPrefix(t.Norm, "مقر") {
		return false
	}
	if i > 0 && (p.toks[i-1].Text == "،" || p.toks[i-1].Text == ",") {
		return false
	}
	return i+1 >= len(p.toks) || !strings.HasPrefix(p.toks[i+1].Prefix, "ب")
}

// verbalNoun reports a verb of speech written bare after a word that
// takes a verbal noun (عدم كشف هويته، دون ذكر اسمه، رافضة كشف هويتها،
// طلب عدم ذكر اسمه): it is the noun, not the verb.
func (p *proc) verbalNoun(i int) bool {
	if i == 0 || p.toks[i].Prefix != "" {
		return false
	}
	prev := p.toks[i-1]
	return prev.Prefix == "" && masdarTakers[prev.Norm]
}

// mannerVerb reports a verb of speech in the present with no prefix right
// after another (وكتب يقول، وعلق يقول): it tells how the first spoke, and
// the two make one report whose subject is the first verb's.
func (p *proc) mannerVerb(i int) bool {
	t := p.toks[i]
	if i == 0 || t.Prefix != "" || p.kindOf(i) != cueVerb || p.kindOf(i-1) != cueVerb {
		return false
	}
	return strings.HasPrefix(t.Norm, "ي") || strings.HasPrefix(t.Norm, "ت") && !strings.HasPrefix(t.Norm, "تابع")
}

// masdarTakers are the words that take a verbal noun after them and no
// verb: عدم and دون, and the participles of refusing and asking (رافضا
// كشف، طالبة ذكر). بعد and قبل do not count: فيما بعد قال is a verb, and
// بعد كشف السلطات أن reports what they revealed.
var masdarTakers = map[string]bool{"عدم": true, "دون": true, "رافضا": true, "رافضه": true, "رافضين": true, "طالبا": true, "طالبه": true, "طالبين": true}

// prepositions before a word make it a noun: من مقره في لندن is his seat,
// not the participle مقرة.
var prepositions = map[string]bool{"من": true, "في": true, "الي": true, "علي": true, "عن": true, "مع": true}

func (p *proc) paragraph(lo, hi int) {
	var directs []pending
	for i := lo; i < hi; i++ {
		w := p.toks[i].Text
		if !isOpen(w) || p.toks[i].Kind != marsad.TokenPunct {
			continue
		}
		j := i + 1
		for j < hi && !closes(w, p.toks[j].Text) {
			j++
		}
		if w == "\"" {
			j = p.outerClose(i, j, hi)
		}
		if w == "\"" && j >= hi && p.innerCloser(i) && (i+1 >= hi || p.toks[i+1].Kind == marsad.TokenPunct) {
			continue // تحت الأنقاض"، مشيرا: a stray closing mark with none after it opens nothing
		}
		if pd, ok := p.direct(lo, hi, i, j); ok {
			directs = append(directs, pd)
		}
		i = j
	}
	p.reported(lo, hi, directs)
}

// outerClose returns the mark that closes the straight quotation mark at
// open, given j, the next straight mark after it: when j opens a name
// quoted inside the quotation (a space before it, a word right after it:
// "الخروج من "خطة العمل" يعني ..."), and a mark closes that name within
// a few words (a word right before it, no word right after it), the next
// mark after that closes the quotation, when it is joined to the word
// before it and to none after; more names may be quoted inside before it.
// Else j.
func (p *proc) outerClose(open, j, hi int) int {
	first := j
	for j < hi && p.innerOpener(j) {
		k := j + 1
		for k < hi && k <= j+8 && p.toks[k].Text != "\"" {
			k++
		}
		if k >= hi || k > j+8 || !p.innerCloser(k) {
			return first
		}
		m := k + 1
		for m < hi && p.toks[m].Text != "\"" {
			m++
		}
		if m >= hi || !p.innerCloser(m) && !p.innerOpener(m) {
			return first // "... مبيعات "تايفون". وأضاف أن "...": the name ends the quotation
		}
		j = m // another name quoted inside (عنصريون" وحكومتهم "فاشية), or the close
	}
	return j
}

// innerOpener reports a straight quotation mark at k with a space and a
// word before it and a word joined to it after.
func (p *proc) innerOpener(k int) bool {
	if k < 1 || k+1 >= len(p.toks) {
		return false
	}
	b, a := p.toks[k-1], p.toks[k+1]
	return b.Kind == marsad.TokenWord && b.End < p.toks[k].Start && a.Kind == marsad.TokenWord && a.Start == p.toks[k].End
}

// innerCloser reports a straight quotation mark at k joined to the word
// before it and not to a word after it.
func (p *proc) innerCloser(k int) bool {
	if k < 1 {
		return false
	}
	b := p.toks[k-1]
	if b.Kind != marsad.TokenWord || b.End != p.toks[k].Start {
		return false
	}
	return k+1 >= len(p.toks) || p.toks[k+1].Kind != marsad.TokenWord || p.toks[k+1].Start > p.toks[k].End
}

// words counts the word tokens in [a, b).
func (p *proc) words(a, b int) int {
	n := 0
	for i := a; i < b; i++ {
		if k := p.toks[i].Kind; k == marsad.TokenWord || k == marsad.TokenLatin || k == marsad.TokenNumber {
			n++
		}
	}
	return n
}

// sentenceStart returns the first token of the sentence holding token i.
func (p *proc) sentenceStart(i, lo int) int {
	s := p.d.SentenceOf(p.toks[i].Start)
	if s < 0 {
		return lo
	}
	start := p.d.Sentences[s].Start
	k := i
	for k > lo && p.toks[k-1].Start >= start {
		k--
	}
	return k
}

func (p *proc) sentenceEnd(i, hi int) int {
	s := p.d.SentenceOf(p.toks[i].Start)
	if s < 0 {
		return hi
	}
	end := p.d.Sentences[s].End
	k := i
	for k < hi && p.toks[k].End <= end {
		k++
	}
	return k
}

// direct decides whether the marks at tokens open and close hold a
// quotation, and marks its tokens; its speaker is resolved later by
// resolveDirect, in text order.
func (p *proc) direct(lo, hi, open, close int) (pending, bool) {
	a, b := open+1, close
	if a >= b {
		return pending{}, false
	}
	n := p.words(a, b)
	// The cue: a speech verb or participle before the mark in its sentence,
	// a colon right before it, or a speech verb right after the close.
	cueAt, after := -1, false
	ss := p.sentenceStart(open, lo)
	for k := open - 1; k >= ss && k >= open-maxCueDistance; k-- {
		if kind := p.kindOf(k); kind == cueVerb || kind == cueParticiple || kind == cueDescribe || p.relayTarget(k, open) >= 0 || p.citing(k) && !p.notSubject(p.toks[k+1]) {
			if k > lo && masdarBefore[p.toks[k-1].Norm] {
				continue // بعد وصفهم شكريلي بـ"...": a verbal noun, not a speech verb
			}
			cueAt = k
			break
		}
		if p.toks[k].Text == "«" || p.toks[k].Text == "»" || p.toks[k].Text == "“" || p.toks[k].Text == "”" {
			break
		}
	}
	colon := open > lo && (p.toks[open-1].Text == ":" || p.toks[open-1].Text == "：")
	if cueAt < 0 && close < hi {
		for k := close + 1; k < hi && k <= close+2; k++ {
			if p.kindOf(k) == cueVerb || k == close+1 && p.explainsBefore(k, lo, open) {
				cueAt, after = k, true
				break
			}
		}
	}
	// Scare quotes and titles: short, with no cue. Two words are a
	// quotation when they are the whole complement of the cue: after a
	// colon (قائلا: "لا تختبروا")، after بأن (وصفها بأنها "خارج الزمن") or
	// near a verb of describing (وصف خطابه "بالسيرك الهزلي").
	short := n == 2 && cueAt >= 0 && !after &&
		(colon || p.kindOf(cueAt) == cueDescribe && open-cueAt <= 8 || open > lo && p.isComp(open-1) && p.toks[open-1].Prefix == "ب")
	if n < 2 || n == 2 && !short || (cueAt < 0 && !colon && n < 8) {
		return pending{}, false
	}
	if cueAt >= 0 && p.kindOf(cueAt) == cueDescribe && n < 3 && !short {
		return pending{}, false
	}
	// A name in quotation marks: a few words right after an outlet noun
	// (صحيفة "وول ستريت جورنال") or standing before a complementizer as
	// the subject of a speech verb (وذكرت "نيويورك تايمز" أن).
	if n <= 4 && !colon && (open > lo && (outletNouns[p.toks[open-1].Base] || schoolNouns[p.toks[open-1].Base] || listWords[p.toks[open-1].Norm] || foundingNouns[p.toks[open-1].Base]) || close+1 < hi && p.isComp(close+1)) {
		return pending{}, false
	}
	if n <= 4 && !colon && open > lo && p.kindOf(open-1) == "" && p.quotedPerson(a, b) {
		return pending{}, false // وقال الرئيس التركي "رجب طيب أردوغان" للصحفيين: his name, not his words
	}
	if !colon && open > lo && p.titled(open-1) || colon && open-1 > lo && p.titled(open-2) {
		return pending{}, false // جدولا بعنوان "..."، دراسة بعنوان: "...": a title, whatever its length
	}
	if !colon && cueAt < 0 && p.toks[a].Prefix == "" && chargeNouns[p.toks[a].Base] {
		return pending{}, false // ووجهت النيابة إليه "تهم الإساءة ...": the wording of the charges
	}
	if !colon && n <= 10 && open > lo && p.means(open-1) {
		return pending{}, false // عبر "لجنة التحقيق المشتركة": the name of a means
	}
	if !colon && p.chargeLabel(lo, open) {
		return pending{}, false // يحاكم متهما بـ"التجسس"، بتهمة "...": the wording of a charge
	}
	if n <= 6 && open > lo && (p.kindOf(open-1) == cueVerb || p.bareDescribe(open-1)) && p.complement(open-1, hi) > close {
		return pending{}, false // وأفاد "المرصد السوري لحقوق الإنسان" المعارض بأن، ووصفت "الحملة" تعيينه بأنه: the subject
	}
	if n <= 4 && !colon && p.lettersIn(a, b) {
		return pending{}, false // لـ«بى إن سبورت»، قناة “إن بي سي”: a name spelt in letters
	}
	if !colon && !(open > lo && (p.isComp(open-1) || p.kindOf(open-1) == cueParticiple)) && p.latinOnly(a, b) {
		return pending{}, false // نجمة المسلسل "How to Get Away with Murder": a title in Latin letters
	}
	if n <= 6 && !colon && open > lo && p.namedBy(open-1) {
		return pending{}, false // الناطق باسم "غرفة العمليات المركزية في الجنوب": the name of a body
	}
	if n <= 4 && !colon && p.namePair(lo, hi, open, close) {
		return pending{}, false // تلفزيونا "إيه آر دي" و"زد دي إف"، وهما "أطباء بلا حدود" و"...": names
	}
	if cueAt < 0 {
		// Long enough to stand alone, the words may name their speaker
		// after them: "..."، كما أفادت الشرطة.
		cueAt = p.linkedCue(close, hi, colon || open > lo && p.isComp(open-1))
		after = cueAt >= 0
	}
	for k := a; k < b; k++ {
		p.inDirect[k] = true
	}
	q := marsad.Quote{Kind: marsad.Direct}
	start, end := p.toks[a].Start, p.toks[b-1].End
	q.Span = marsad.Span{Start: start, End: end}
	q.Text = p.d.Slice(q.Span)
	if close >= hi {
		p.d.Warn(fmt.Sprintf("quotation at %d has no closing mark; closed at the paragraph's end", p.toks[open].Start))
	}
	return pending{q: q, open: open, cueAt: cueAt, after: after, colon: colon}, true
}

// explainVerbs explain, normalised: after a closing mark, with their
// subject after them ("..." يشرح علي), they say the words before; alone
// they take an object (وشرحت سبب انخراطها) and are no cue.
var explainVerbs = map[string]bool{"يشرح": true, "تشرح": true, "شرح": true, "شرحت": true}

// explainsBefore reports a verb of explaining at k, right after a closing
// mark, with no clitic and a subject after it that no preposition opens
// ("..." يشرح علي: the name, in a text that writes the preposition على), when no complementizer stands before the opening mark
// at open (إلا أن "دائرة المعارف" تشرح في موقعها: a quoted subject).
func (p *proc) explainsBefore(k, lo, open int) bool {
	t := p.toks[k]
	if !explainVerbs[t.Norm] || t.Prefix != "" || t.Suffix != "" || k+1 >= len(p.toks) || open > lo && p.isComp(open-1) {
		return false
	}
	next := p.toks[k+1]
	return next.Kind == marsad.TokenWord && (!p.notSubject(next) || next.Text == "علي" && strings.Contains(p.d.Text, "على"))
}

// endBetween reports a mark that ends a sentence after offset end and
// before token k.
func (p *proc) endBetween(end, k int) bool {
	for j := k - 1; j >= 0 && p.toks[j].Start >= end; j-- {
		if sentenceEnds[p.toks[j].Text] {
			return true
		}
	}
	return false
}

// sentenceEnds are the marks that end a sentence.
var sentenceEnds = map[string]bool{".": true, "!": true, "?": true, "؟": true}

// namedBy reports باسم at k (المتحدث باسم "..."): the quoted words after
// it name the body one speaks for.
func (p *proc) namedBy(k int) bool {
	t := p.toks[k]
	return t.Kind == marsad.TokenWord && t.Prefix == "ب" && t.Base == "اسم" && t.Suffix == ""
}

// bareDescribe reports a finite verb of describing at k with no object
// pronoun (ووصفت، وتصف): a name quoted right after it is its subject
// (وتصف "جونز داي" نفسها بأنها), not the words of one described (ما
// تصفه "..."، واصفة "..."، بوصفها "...").
func (p *proc) bareDescribe(k int) bool {
	t := p.toks[k]
	return p.kindOf(k) == cueDescribe && t.Suffix == "" && !strings.Contains(t.Prefix, "ب") && !describingParticiple(t) && !isFaaalan(t)
}

// namedThings name what the pair of quoted names after them are (تلفزيونا
// "..." و"..."، كتاب "..." و"..."، شركتي، وهما), as bases or forms.
var namedThings = map[string]bool{"تلفزيوني": true, "تلفزيونا": true, "محطتي": true, "محطتا": true, "قناتي": true, "قناتا": true,
	"صحيفتي": true, "صحيفتا": true, "شركتي": true, "شركتا": true, "منظمتي": true, "منظمتا": true, "حزبي": true, "حزبا": true,
	"كتاب": true, "كتابي": true, "كتابا": true, "كتب": true, "كتبه": true, "وهما": true, "هما": true, "طراز": true, "طرازات": true}

// namePair reports a short quotation at [open, close] joined by و to
// another short one, the first of them after a noun of named things
// (تلفزيونا "إيه آر دي" و"زد دي إف"، كتابا "..." و"..."، وهما "..." و"..."):
// a pair of names or titles. After other words (شعارات "..." و"..."، كانت
// "..." و"...") they are words said.
func (p *proc) namePair(lo, hi, open, close int) bool {
	if k := close + 1; k+1 < hi && p.toks[k].Norm == "و" && isOpen(p.toks[k+1].Text) {
		m := k + 2
		for m < hi && m <= k+8 && !closes(p.toks[k+1].Text, p.toks[m].Text) {
			m++
		}
		if m < hi && m <= k+8 && p.words(k+2, m) <= 4 {
			return p.namedBefore(lo, open)
		}
	}
	if k := open - 1; k-1 > lo && p.toks[k].Norm == "و" && closesAny(p.toks[k-1].Text) {
		m := k - 2
		for m > lo && m >= k-8 && !isOpen(p.toks[m].Text) {
			m--
		}
		if m > lo && isOpen(p.toks[m].Text) && p.words(m+1, k-1) <= 4 {
			return p.namedBefore(lo, m)
		}
	}
	return false
}

// namedBefore reports one of namedThings before the mark at open.
func (p *proc) namedBefore(lo, open int) bool {
	if open <= lo {
		return false
	}
	t := p.toks[open-1]
	return t.Kind == marsad.TokenWord && (namedThings[t.Norm] || namedThings[t.Base] || namedThings[strings.TrimPrefix(t.Norm, "و")])
}

// linkedCue returns a verb of speech joined to the closing mark at close
// by an attribution word (، كما أفادت الشرطة، حسبما ذكرت الوكالة، وفق ما
// قال المدير), or the attribution word itself when the source follows it
// (، بحسب المتحدث باسم البحرية), or -1. After a colon or a complementizer
// (introduced) the words were brought in by the sentence before them (جاء
// في الرسالة التي وجهها الوالدان: "..."، حسب وثائق المحكمة; وجاء في
// البيان أن "..."، بحسب الصحيفة): a source after them tells only where
// they were found.
func (p *proc) linkedCue(close, hi int, introduced bool) int {
	k := close + 1
	if k < hi && (p.toks[k].Text == "،" || p.toks[k].Text == ",") {
		k++
	}
	if k >= hi || !afterLinks[p.toks[k].Norm] {
		return -1
	}
	k++
	if k < hi && (p.toks[k].Norm == "ما" || p.toks[k].Norm == "لما") {
		k++
	}
	if k < hi && p.kindOf(k) == cueVerb {
		return k
	}
	if l := k - 1; !introduced && p.kindOf(l) == cueSource && p.toks[k].Norm != "ما" && p.toks[k].Norm != "لما" {
		if sp, _ := p.source(l, hi); sp != nil {
			return l // "..."، بحسب المتحدث باسم البحرية: the source named after the words
		}
	}
	return -1
}

// afterLinks join a quotation to the verb of speech after it: "..."، كما
// أفادت الشرطة، حسبما ذكرت، وفق ما قال، بحسب ما أعلن.
var afterLinks = map[string]bool{"كما": true, "حسبما": true, "بحسب": true, "حسب": true, "وفق": true, "وفقا": true}

// statementIssuer returns the one who issued a statement named at k
// (بيان صادر عن النائب العام، تقرير صادر المنظمة): the name after صادر
// and its عن. Else nil.
func (p *proc) statementIssuer(k, hi int) *marsad.Mention {
	if k+1 >= hi || !p.statementNoun(k) && p.toks[k].Norm != "تقرير" && p.toks[k].Norm != "بيانا" {
		return nil
	}
	j := k + 1
	if n := p.toks[j].Norm; n == "صادر" || n == "الصادر" || n == "صادرا" {
		j++
		if j < hi && p.toks[j].Norm == "عن" {
			j++
		}
	}
	if j == k+1 || j >= hi {
		return nil
	}
	return p.np(j, hi)
}

// anaphors are the definite nouns that name again a source named before
// (المصدر، الصحيفة، الوكالة): the previous speaker, most often.
var anaphors = map[string]bool{"المصدر": true, "المصادر": true, "الصحيفة": true, "الوكالة": true, "الموقع": true,
	"القناة": true, "الشبكة": true, "الوثيقة": true, "الرسالة": true}

// bareStatement reports a mention that is only a statement or report
// (بيان، البيان ذاته، التقرير نفسه) or one of anaphors: it names no one, and
// the words are those of the one who issued it.
func bareStatement(m *marsad.Mention) bool {
	if m == nil {
		return false
	}
	w := strings.Fields(m.Text)
	if len(w) == 0 || len(w) > 2 || len(w) == 2 && w[1] != "ذاته" && w[1] != "نفسه" {
		return false
	}
	switch strings.TrimPrefix(w[0], "ال") {
	case "بيان", "تقرير", "تصريح":
		return true
	}
	return anaphors[w[0]]
}

// partOfLast reports a mention m that is a word or more of the previous
// speaker's name and no entity of its own: the same person named shorter.
func (p *proc) partOfLast(m *marsad.Mention) bool {
	if m == nil || p.last == nil || m.Text == p.last.Text || !strings.Contains(" "+p.last.Text+" ", " "+m.Text+" ") {
		return false
	}
	for _, e := range p.ents {
		if e.Start == m.Start && e.End == m.End {
			return false
		}
	}
	return true
}

// listWords introduce names in a list (تقارير صحافية، بينها "..."، منها):
// a few quoted words after them are a name, not a quotation.
var listWords = map[string]bool{"بينها": true, "بينهم": true, "ومنها": true, "ومنهم": true, "مثل": true, "ابرزها": true}

// outletNouns name what an outlet, a party, an alliance or an operation
// is: its name may follow in quotation marks (تحالف "دعم الشرعية في اليمن"، محطة "إن-تي في"،
// عملية "عاصفة الحزم"، عمليات "غصن الزيتون").
var outletNouns = map[string]bool{"صحيفه": true, "الصحيفه": true, "جريده": true, "وكاله": true, "موقع": true, "قناه": true,
	"مجله": true, "شبكه": true, "اذاعه": true, "تلفزيون": true, "برنامج": true, "حركه": true, "حزب": true, "منظمه": true, "جمعيه": true,
	"تحالف": true, "التحالف": true, "ايتلاف": true, "الايتلاف": true, "عمليه": true, "عمليات": true, "حمله": true, "مبادره": true, "جماعه": true,
	"تنظيم": true, "كتله": true, "جبهه": true, "مجموعه": true, "موسسه": true, "شركه": true, "مركز": true, "هيءه": true, "هييه": true, "محطه": true}

// schoolNouns name a place of study whose name may follow in quotation
// marks (المحلل في معهد "..."، من جامعة "..."): a few quoted words after
// them are the name, not words said.
var schoolNouns = map[string]bool{"معهد": true, "جامعه": true}

// foundingNouns are the verbal nouns of founding and launching (تأسيس
// "الهيئة الرئاسية للمدن"، إطلاق "..."): a few quoted words after them are
// the name of what is founded, and nobody says them.
var foundingNouns = map[string]bool{"تاسيس": true, "انشاء": true, "تشكيل": true, "اطلاق": true, "تدشين": true}

// titled reports the noun عنوان at k (بعنوان، تحت عنوان، وعنوانه): the
// quotation after it is the title of a text, a table or a talk.
func (p *proc) titled(k int) bool {
	t := p.toks[k]
	return t.Kind == marsad.TokenWord && t.Base == "عنوان"
}

// means reports عبر at token k (through) before a quotation whose first
// word opens the name of a body or channel: the words quoted name the
// means (عبر "لجنة التحقيق المشتركة وغيرها من القنوات الرسمية"), and
// nobody says them. After من خلال the words are often the speaker's own
// (ساعدها من خلال "الوقوف كحاجز").
func (p *proc) means(k int) bool {
	t := p.toks[k]
	if t.Kind != marsad.TokenWord || t.Suffix != "" {
		return false
	}
	return t.Base == "عبر" && strings.Trim(t.Prefix, "و") == "" && k+2 < len(p.toks) && channelNouns[p.toks[k+2].Base]
}

// channelNouns open the name of a body or channel (لجنة، هيئة، قناة),
// normalised.
var channelNouns = map[string]bool{"لجنه": true, "هيئه": true, "مجلس": true, "قناه": true, "قنوات": true, "منصه": true,
	"وزاره": true, "مكتب": true, "جهاز": true, "مركز": true, "موقع": true, "حساب": true, "صفحه": true, "برنامج": true, "تطبيق": true}

// quotedPerson reports words [a, b) in quotation marks that are all of
// one person's name the tagger found, the first with no proclitic: a
// name set in marks, no quotation.
func (p *proc) quotedPerson(a, b int) bool {
	if b <= a || p.toks[a].Prefix != "" {
		return false
	}
	e := p.entityAt(a, marsad.PER)
	return e != nil && e.Start == p.toks[a].Start && e.End == p.toks[b-1].End
}

// chargeNouns name a charge (بتهمة "..."، بتهم "...").
var chargeNouns = map[string]bool{"تهمه": true, "تهم": true}

// maxChargeWords is how many tokens back the first of two charges joined
// by و may open (بتهمتي "..." و"...").
const maxChargeWords = 16

// accusedForms are the participle of accusing (متهما، متهمة): with بـ
// right after it and no object between, the one it describes is accused
// (يحاكم متهما بـ"التجسس"), and the words are no one's.
var accusedForms = map[string]bool{"متهما": true, "متهمه": true}

// chargeLabel reports a quotation at open right after a noun of charge
// (بتهمة "...")، after a bare noun of charge when the quoted words open
// with ب (يواجه اتهامات "بالتجسس ...": but الاتهامات "سخيفة" is said), or
// after بـ right after a participle of accusing with no object (متهما
// بـ"..."): the wording of a charge, not the words of the one who reports
// it.
func (p *proc) chargeLabel(lo, open int) bool {
	k := open - 1
	for k > lo && p.toks[k].Text == "ـ" {
		k--
	}
	if k < lo {
		return false
	}
	if t := p.toks[k]; t.Norm == "ب" || t.Norm == "بـ" {
		return k > lo && accusedForms[p.toks[k-1].Base]
	}
	if t := p.toks[k]; t.Norm == "بتهمتي" || t.Norm == "بتهمتين" {
		return true // بتهمتي "الإرهاب" و"التجسس": the wording of two charges
	}
	if p.toks[k].Norm == "و" && k-1 > lo && p.toks[k-1].Kind == marsad.TokenPunct {
		// بتهمتي "..." و"...": the second charge of the two
		for j := k - 2; j >= lo && j >= k-maxChargeWords; j-- {
			if closes(p.toks[j].Text, p.toks[k-1].Text) {
				return p.chargeLabel(lo, j)
			}
		}
	}
	if t := p.toks[k]; t.Prefix == "" && (chargeNouns[strings.TrimPrefix(t.Base, "ال")] || strings.TrimPrefix(t.Base, "ال") == "اتهامات") && open+1 < len(p.toks) {
		return strings.HasPrefix(p.toks[open+1].Prefix, "ب") // يواجه اتهامات "بالتجسس ...": what he is charged with
	}
	return strings.Contains(p.toks[k].Prefix, "ب") && chargeNouns[p.toks[k].Base]
}

// maxCueDistance is how many tokens before a quotation its cue may be
// (long subjects: وقال رئيس هيئة الإسعاف الإيرانية في المنطقة ... لـ"إيسنا").
const maxCueDistance = 30

// resolveDirect gives a pending direct quotation its cue and speaker and
// adds it.
func (p *proc) resolveDirect(lo, hi int, pd pending) {
	q, cueAt := pd.q, pd.cueAt
	if pd.after && p.endBetween(q.End, cueAt) {
		// "...". وأعربت المتحدثة: the verb of the next sentence; the one
		// the quotation's own sentence opens with speaks first (دعت قطر
		// القوى الدولية إلى "...").
		if m := p.openingBody(lo, pd.open); m != nil {
			q.Speaker = m
		} else if m := p.openingTitle(lo, pd.open); m != nil {
			q.Speaker = m
		}
		if q.Speaker != nil {
			p.add(q)
			return
		}
	}
	if j := p.writtenIn(pd.open, lo); !pd.after && j >= 0 {
		if m := p.writer(j, lo); m != nil {
			// أصدرت الوزارة بيانا جاء فيه: "...": the words of the one who
			// issued it, not of one named elsewhere.
			if cueAt >= 0 {
				q.Cue = p.cueMention(cueAt)
			}
			q.Speaker = m
			p.add(q)
			return
		}
	}
	if cueAt >= 0 {
		q.Cue = p.cueMention(cueAt)
		switch {
		case cueAt+2 < pd.open && p.relays(cueAt):
			q.Speaker = p.np(cueAt+2, pd.open) // ناقلا عن الطبيب "...": the one relayed
		case p.relayTarget(cueAt, pd.open) >= 0:
			q.Speaker = p.np(p.relayTarget(cueAt, pd.open), pd.open) // نقلت الوكالة عن الوزير قوله: "..."
		case p.passive(cueAt):
			// كُتب عليه "...": no one is named, and no one before speaks.
			p.add(q)
			return
		case p.kindOf(cueAt) == cueParticiple || p.kindOf(cueAt) == cueDescribe && describingParticiple(p.toks[cueAt]):
			q.Speaker = p.participleSubject(cueAt, lo) // متهما طهران بـ"...": the one before accuses
		case pd.after && p.kindOf(cueAt) == cueSource:
			var at int
			q.Speaker, at = p.source(cueAt, hi)
			if m := p.statementIssuer(at, hi); m != nil {
				q.Speaker = m // بحسب بيان صادر عن النائب العام: the prosecutor
			}
			if p.partOfLast(q.Speaker) || p.last != nil && bareStatement(q.Speaker) {
				q.Speaker = p.last // "..."، بحسب تشونغ، بحسب البيان: the one named in full before, the one whose statement it is
			}
		case pd.after:
			q.Speaker = p.np(cueAt+1, hi)
		case p.ammaSubject(cueAt, lo) != nil:
			q.Speaker = p.ammaSubject(cueAt, lo) // أما الرئيس فاتهم إيران بنشر "...": the subject after أما, not the one accused
		case p.kindOf(cueAt) == cueDescribe && p.clauseSubject(cueAt, lo) != nil:
			q.Speaker = p.clauseSubject(cueAt, lo) // قالت الوكالة إن رئيس البرلمان سامي العلي وصف ...: he describes
		case p.kindOf(cueAt) == cueDescribe && p.accusedOnly(cueAt, pd.open):
			if q.Speaker = p.subjectOpening(cueAt, lo); q.Speaker != nil {
				break // رجل الأعمال سامر يتهم كريم بالتورط في "...": the subject before
			}
			if accusing(p.toks[cueAt]) && !feminine(p.toks[cueAt]) {
				// واتهم منصور في حينه بنشر "...": he was accused (اتُّهم),
				// or accused by one not named; he does not speak.
				p.add(q)
				return
			}
			// حيث وصف سليماني بأنه "...": one named before in the sentence
			// or the previous speaker describes, not the one described.
			if q.Speaker = p.entityBefore(p.sentenceStart(cueAt, lo), cueAt); q.Speaker == nil {
				q.Speaker = p.last
			}
		case p.kindOf(cueAt) == cueDescribe && p.oneOfBeforeObject(cueAt+1, pd.open) != nil:
			q.Speaker = p.oneOfBeforeObject(cueAt+1, pd.open) // ووصف أحد المصدرين النقاش بأنه "...": the source, not what he describes
		case p.kindOf(cueAt) == cueDescribe && p.describer(cueAt+1, pd.open) != nil:
			q.Speaker = p.describer(cueAt+1, pd.open) // وصف ترامب الصحفيين بـ"أعداء الشعب"
		case p.kindOf(cueAt) == cueDescribe && p.describedOnly(cueAt+1, pd.open):
			// إذ وصف المسؤولين الأمريكيين بـ"الوقحين": the one described,
			// not the describer, stands after the verb.
			q.Speaker = p.subjectBefore(cueAt, lo)
		case p.kindOf(cueAt) == cueDescribe && p.describedThing(cueAt+1, pd.open):
			q.Speaker = p.describerBefore(cueAt, lo) // ووصفت ما حدث بأنه "...": what is described does not speak
		default:
			q.Speaker = p.subjectBeforeQad(cueAt, lo)
			if q.Speaker == nil {
				q.Speaker = p.tellerBefore(cueAt, lo) // أن الرئيس الفرنسي أبلغ أردوغان بأنه "...": the president
			}
			if q.Speaker == nil && accusing(p.toks[cueAt]) && p.toks[cueAt].Prefix == "" && p.toks[cueAt].Suffix == "" {
				q.Speaker = p.subjectOpening(cueAt, lo) // الحوثي يتهم فرنسا بـ"...": the subject before, not the one accused
			}
			if q.Speaker == nil && !p.pronounLink(cueAt) {
				q.Speaker = p.withName(p.np(cueAt+1, pd.open), pd.open)
			}
			if q.Speaker == nil && cueAt-2 >= lo && p.toks[cueAt-1].Text == "،" && p.personEndsAt(cueAt-2) {
				q.Speaker = p.subjectOpening(cueAt, lo) // أن وزير الدفاع، سيرغي شويغو، قال إن ... "...": the name before the comma
			}
			if q.Speaker == nil && p.kindOf(cueAt) == cueDescribe && ownPronouns[p.toks[cueAt].Suffix] {
				q.Speaker = p.openingSubject(cueAt, lo) // استنكرت روسيا القرار، ووصفته بـ"...": not the one described
			}
			if q.Speaker == nil {
				q.Speaker = p.describedAntecedent(cueAt, lo) // حليمة، وهي ربة منزل، والتي قالت "..."
			}
			if q.Speaker == nil {
				q.Speaker = p.speakerInSentence(cueAt, lo)
			}
			if q.Speaker == nil {
				q.Speaker = p.subjectBefore(cueAt, lo)
			}
			if q.Speaker != nil && p.pronounLink(cueAt) && p.afterComp(q.Speaker, cueAt, lo) {
				q.Speaker = p.previous(cueAt, cueAt) // لكنه رأى أن "...": not the one named in the clause before
			}
		}
	}
	if q.Speaker == nil && cueAt < 0 && pd.colon {
		q.Speaker = p.labelSpeaker(lo, pd.open)
	}
	if q.Speaker == nil && cueAt < 0 && !pd.colon {
		if at, sp := p.openingSource(lo, hi, pd.open); sp != nil {
			q.Cue, q.Speaker = p.mention(at, at+1), sp
		}
	}
	if q.Speaker == nil && cueAt < 0 && !pd.colon {
		q.Speaker = p.openingBody(lo, pd.open)
	}
	if q.Speaker == nil && cueAt < 0 && !pd.colon {
		q.Speaker = p.openingTitle(lo, pd.open) // فقد أرجع آمر الحرس الخاص مقتله إلى "...": the guard's commander
	}
	if q.Speaker == nil && cueAt < 0 {
		q.Speaker = p.chanters(lo, pd.open) // وأطلق المتظاهرون هتافات مثل "...": they chant
	}
	if q.Speaker == nil && !p.pluralParticiple(pd.cueAt) {
		q.Speaker = p.previous(pd.cueAt, pd.open) // but many who are not named are no one who spoke before
	}
	if q.Speaker != nil && q.Speaker == p.last && p.lastPer != nil && p.namesBody(q.Speaker) && q.Speaker.End <= p.toks[p.sentenceStart(pd.open, lo)].Start &&
		p.speaksOfHimself(q.Span) && (pd.cueAt < 0 || !feminine(p.toks[pd.cueAt])) {
		q.Speaker = p.lastPer // وأضاف: "لا أعتقد ..." after a body's words: the last person who spoke
	}
	p.add(q)
}

// chantNouns are chants, slogans and banners whose words are quoted after
// them (هتافات مثل "..."، لافتات كتب عليها), as key forms.
var chantNouns = map[string]bool{"هتافات": true, "هتاف": true, "شعارات": true, "شعار": true, "لافتات": true, "لافته": true, "اهازيج": true}

// chanters returns the subject of the verb that opens the sentence of a
// quotation at open with no verb of speech, when a noun of chants or
// slogans stands at most two words before it (وأطلق المتظاهرون هتافات مثل
// "...", ورفع المحتجون لافتات: "..."): the subject up to that noun. Else
// nil.
func (p *proc) chanters(lo, open int) *marsad.Mention {
	ss := p.sentenceStart(open, lo)
	c := -1
	for k := open - 1; k > ss && k >= open-3; k-- {
		if t := p.toks[k]; t.Kind == marsad.TokenWord && chantNouns[t.Base] {
			c = k
			break
		}
	}
	if c < 0 {
		return nil
	}
	v := p.toks[ss]
	if c <= ss+1 || v.Kind != marsad.TokenWord || p.notSubject(v) || notSubjectWords[v.Base] || particles[v.Base] || p.kindOf(ss) != "" || p.inTime(v) || strings.HasPrefix(v.Base, "ال") {
		return nil
	}
	return p.np(ss+1, c)
}

// labelSpeaker returns the name that opens a short label before the colon
// of a quotation with no verb of speech, at the start of its paragraph (a
// subheading: أردوغان لميركل: "..."), or nil.
func (p *proc) labelSpeaker(lo, open int) *marsad.Mention {
	if open-1 <= lo || p.words(lo, open-1) > 6 {
		return nil
	}
	if e := p.entityAt(lo, marsad.PER, marsad.ORG, marsad.LOC); e != nil && e.End <= p.toks[open-1].Start {
		return &marsad.Mention{Span: e.Span, Text: e.Text}
	}
	return nil
}

// passive reports a verb of the past written in the passive voice, its
// first letter with a damma (زُعم، قِيل، أُعلن، كُتب): it names no speaker.
// A damma after the prefix of the present (يُضيف) or of a participle
// (مُضيفا) is the active voice.
func (p *proc) passive(k int) bool {
	t := p.toks[k]
	r := []rune(strings.TrimPrefix(t.Text, t.Prefix))
	if len(r) < 2 || strings.ContainsRune("يتنم", r[0]) {
		return false
	}
	return r[1] == '\u064f' || r[1] == '\u0650' && r[0] == 'ق' // زُعم، قِيل
}

// openingPerson returns the person named right after the first word of
// the sentence that token i opens, when that word is a verb that is no
// cue (ودعا سامر الحسن، رئيس البعثة، إلى ...؛ يخبرنا الحضيري أن), or
// named with his title there (ودان رئيس الوزراء فلان): the subject a later
// verb with none of its own continues. Else nil.
func (p *proc) openingPerson(i, lo int) *marsad.Mention {
	if m := p.openingName(i, lo, marsad.PER); m != nil || !p.openingVerb(i, lo) {
		return m
	}
	t := p.toks[i]
	if fem := strings.HasSuffix(p.toks[i+1].Norm, "ه"); strings.HasSuffix(t.Norm, "ت") && !fem || !feminine(t) && fem {
		return nil // ودعت رئيس البلاد إلى: the one called on, not who calls (تعهد، تابع may be in the masculine)
	}
	return p.titledName(i + 1)
}

// openingVerb reports a token i that opens its sentence and is a verb that
// is no cue, with a word after it that is not quoted.
func (p *proc) openingVerb(i, lo int) bool {
	t := p.toks[i]
	return i+1 < len(p.toks) && p.sentenceStart(i, lo) == i && t.Kind == marsad.TokenWord && p.kindOf(i) == "" &&
		!p.notSubject(t) && !notSubjectWords[t.Base] && !particles[t.Base] && !p.isComp(i) && !p.inTime(t) && !p.inDirect[i+1]
}

// expresses reports عبر at i as the verb of expressing (وعبر الحزب
// الدستوري عن استغرابه، وقد عبر الوزير عن أمله): at the head of a clause,
// a definite word or a name after it and عن a few words on, not the
// preposition "via" (وعبر وسائل التواصل، عبر الحدود عن طريق).
func (p *proc) expresses(i int) bool {
	t := p.toks[i]
	if t.Base != "عبر" || t.Suffix != "" || strings.Trim(t.Prefix, "وف") != "" || i+2 >= len(p.toks) {
		return false
	}
	if i > 0 {
		b := p.toks[i-1]
		if b.Kind == marsad.TokenWord && !(t.Prefix == "" && (b.Base == "قد" || b.Base == "لقد" || b.Base == "كما")) {
			return false
		}
	}
	n := p.toks[i+1]
	if n.Kind != marsad.TokenWord || n.Prefix != "" || !strings.HasPrefix(n.Norm, "ال") && p.entityAt(i+1, marsad.PER, marsad.ORG) == nil || platforms[n.Base] {
		return false
	}
	for k := i + 2; k < len(p.toks) && k <= i+7; k++ {
		w := p.toks[k]
		if w.Kind != marsad.TokenWord {
			return false
		}
		if w.Norm == "عن" {
			return k+1 < len(p.toks) && p.toks[k+1].Norm != "طريق"
		}
	}
	return false
}

// openingName returns the name of one of types right after the first word
// of the sentence that token i opens, when that word is a verb that is no
// cue; else nil.
func (p *proc) openingName(i, lo int, types ...string) *marsad.Mention {
	if !p.openingVerb(i, lo) {
		return nil
	}
	e := p.entityAt(i+1, types...)
	if e == nil || p.toks[i+1].Prefix != "" {
		return nil
	}
	return &marsad.Mention{Span: e.Span, Text: e.Text}
}

// titledName returns a title at a with no clitic, up to two definite words
// of its office after it and a person's name right after them (ودان رئيس
// الوزراء فلان، واستقبل الرئيس المصري فلان): the title and the name. Else
// nil.
func (p *proc) titledName(a int) *marsad.Mention {
	t := p.toks[a]
	if t.Kind != marsad.TokenWord || t.Prefix != "" || t.Suffix != "" || !titleNouns[strings.TrimPrefix(t.Norm, "ال")] {
		return nil
	}
	for b := a + 1; b <= a+3 && b < len(p.toks); b++ {
		u := p.toks[b]
		if e := p.entityAt(b, marsad.PER); e != nil && u.Prefix == "" {
			if e.Start != u.Start {
				return nil
			}
			k := b
			for k < len(p.toks) && p.toks[k].End <= e.End {
				k++
			}
			return p.mention(a, k)
		}
		if u.Kind != marsad.TokenWord || u.Prefix != "" || !strings.HasPrefix(u.Norm, "ال") || p.kindOf(b) != "" || p.inTime(u) {
			return nil
		}
	}
	return nil
}

// openingBody returns the organisation a sentence opens with after a verb
// that is no cue, or the state after one of urgingVerbs (بدأت الجامعة
// العربية اجتماعا ... "لمواجهة ..."، دعت قطر القوى الدولية إلى "..."), for a
// quotation at open in it with no cue, when no person is named between
// and no speaker was found after it: the words are its own, not the last
// speaker's of paragraphs before. Else nil.
func (p *proc) openingBody(lo, open int) *marsad.Mention {
	ss := p.sentenceStart(open, lo)
	m := p.openingName(ss, lo, marsad.ORG)
	if m == nil && urgingVerbs[strings.TrimLeft(p.toks[ss].Norm, "وف")] {
		m = p.openingName(ss, lo, marsad.LOC) // ودعت قطر القوى الدولية إلى "...", not وأمهلت قطر (the one given time)
	}
	if m == nil || m.End > p.toks[open].Start || p.personBetween(m.End, p.toks[open].Start) {
		return nil
	}
	if p.last != nil && p.last.Start >= m.Start {
		return nil
	}
	return m
}

// clauseSubject returns the person named right before a verb at cue as
// the subject of a clause after a complementizer, his title at most
// between (قالت الوكالة إن رئيس البرلمان سامي العلي وصف): the one who
// speaks or describes, though named inside another's report. Else nil.
func (p *proc) clauseSubject(cue, lo int) *marsad.Mention {
	if cue-1 <= lo {
		return nil
	}
	for _, e := range p.ents {
		if e.Type != marsad.PER || e.End != p.toks[cue-1].End {
			continue
		}
		a, _ := p.tokenRange(e.Span)
		if p.toks[a].Prefix != "" {
			return nil
		}
		if a-1 > lo && p.toks[a-1].Text == "علي" && strings.Contains(p.d.Text, "على") {
			a-- // علي لاريجاني: the first name, not the preposition, in a text that writes على
		}
		t := a
		for t-1 > lo && a-t < 4 && p.toks[t-1].Kind == marsad.TokenWord && p.toks[t-1].Prefix == "" && !p.isComp(t-1) && p.kindOf(t-1) == "" && !p.notSubject(p.toks[t-1]) && !particles[p.toks[t-1].Norm] && !relatives[p.toks[t-1].Norm] {
			t-- // رئيس البرلمان
		}
		if t-1 < lo || !p.isComp(t-1) {
			return nil
		}
		return p.mention(t, cue)
	}
	return nil
}

// urgingVerbs are the verbs of calling on, urging and condemning whose
// subject a state is when named right after them (دعت قطر، طالبت
// مصر، أدانت الأردن), normalised.
var urgingVerbs = map[string]bool{"دعت": true, "دعا": true, "طالبت": true, "طالب": true, "حثت": true, "حث": true,
	"ناشدت": true, "ناشد": true, "ادانت": true, "ادان": true, "نددت": true, "ندد": true, "رحبت": true, "رحب": true,
	"تدعو": true, "يدعو": true, "تطالب": true, "يطالب": true, "تحث": true, "يحث": true, "تناشد": true, "يناشد": true}

// titleNouns are the titles of one who holds an office or command, with
// no article, normalised (آمر الحرس، قائد الشرطة، وزير الخارجية).
var titleNouns = map[string]bool{"امر": true, "قايد": true, "رييس": true, "وزير": true, "مدير": true, "زعيم": true,
	"سفير": true, "مندوب": true, "امين": true, "نايب": true, "ممثل": true, "محافظ": true, "حاكم": true, "قاضي": true,
	"رييسه": true, "وزيره": true, "مديره": true, "سفيره": true, "مندوبه": true, "نايبه": true, "ممثله": true}

// openingTitle returns the one a sentence names by his title right after
// the verb it opens with (فقد أرجع آمر الحرس الخاص مقتله إلى "..."), for a
// quotation at open in it with no cue, when the verb is no cue and no
// person is named between the title and the quotation: the title and the
// definite words after it, with the name after them if one follows. Else
// nil.
func (p *proc) openingTitle(lo, open int) *marsad.Mention {
	ss := p.sentenceStart(open, lo)
	v := ss
	if n := p.toks[v].Norm; n == "قد" || n == "فقد" || n == "وقد" || n == "لقد" {
		v++ // فقد أرجع
	}
	if v+2 >= open {
		return nil
	}
	t, h := p.toks[v], p.toks[v+1]
	if t.Kind != marsad.TokenWord || p.kindOf(v) != "" || p.notSubject(t) || notSubjectWords[t.Base] || particles[t.Base] || p.isComp(v) || p.inTime(t) || strings.HasPrefix(t.Norm, "ال") {
		return nil
	}
	if h.Kind != marsad.TokenWord || h.Prefix != "" || h.Suffix != "" || !titleNouns[h.Norm] {
		return nil
	}
	b := v + 2
	if b >= open || p.toks[b].Kind != marsad.TokenWord || p.toks[b].Prefix != "" || !strings.HasPrefix(p.toks[b].Norm, "ال") || p.inTime(p.toks[b]) {
		return nil // ودعا رئيس بلدية ...: not a title this reads
	}
	b++ // آمر الحرس، وزير الدولة
	for b < open && b < v+5 && p.toks[b].Kind == marsad.TokenWord && p.toks[b].Prefix == "" && (p.relationAdjective(b) || titleAdjectives[p.toks[b].Norm]) {
		b++ // الإماراتي، الخاص: not the object after them (التأكيد)
	}
	if b+1 < open && p.toks[b].Prefix == "ل" && strings.HasPrefix(p.toks[b].Base, "ال") {
		b++ // مديرة الشرق الأوسط للمنظمة الحقوقية: the body whose the title is
		for b < open && p.relationAdjective(b) {
			b++
		}
	}
	if e := p.entityAt(b, marsad.PER); e != nil && p.toks[b].Prefix == "" && e.End <= p.toks[open].Start {
		for b < open && p.toks[b].End <= e.End {
			b++ // وزير الخارجية سامي العلي: the name after the title
		}
	}
	m := p.withName(p.mention(v+1, b), open)
	if m == nil || p.personBetween(m.End, p.toks[open].Start) {
		return nil
	}
	if p.last != nil && strings.HasPrefix(p.last.Text, m.Text) {
		return p.last // ويكمل مدير العمليات الأمنية في سرت: the one named so before
	}
	return m
}

// titleAdjectives follow a title and the word it governs (آمر الحرس
// الخاص، مديرة الشرق الأوسط), normalised.
var titleAdjectives = map[string]bool{"الخاص": true, "العام": true, "الاعلي": true, "السابق": true, "الاسبق": true, "الاول": true,
	"الاوسط": true}

// previous returns the one a verb at cue with no subject of its own (or a
// quotation at open with no cue, cue < 0) continues: the previous speaker,
// or the person the sentence opened with, after the last quotation and
// with no other person named between (ودعا سامر الحسن إلى ضرورة "..."),
// for a verb not in the feminine. A
// later verb (. وشدد على أن) then continues him as the previous speaker.
// The verb's gender is then weighed against the one found (see agree).
func (p *proc) previous(cue, open int) *marsad.Mention {
	if m := p.agree(cue, p.continued(cue, open)); m != nil {
		return m
	}
	return p.priorOpening(cue)
}

// priorOpening returns, for a verb of speech at cue that opens its
// sentence with no subject of its own and no one spoke before it, the
// subject of the verb the sentence before opens with, when the two agree
// in gender and the subject names a person or a body or opens with a
// title (أعلنت النائبة بالبرلمان، سلمى الحداد، عن استقالتها. وأكدت أنها:
// she, though her first verb reported nothing). Else nil.
func (p *proc) priorOpening(cue int) *marsad.Mention {
	if cue < 0 || p.last != nil || !p.opensSentence(cue) {
		return nil
	}
	s := p.d.SentenceOf(p.toks[cue].Start)
	if s < 1 {
		return nil
	}
	prev := p.d.Sentences[s-1]
	v, end := p.tokenRange(prev)
	if v >= end || p.toks[v].Kind != marsad.TokenWord {
		return nil
	}
	if n := p.toks[v].Norm; n == "قد" || n == "وقد" || n == "فقد" || n == "كما" {
		v++
	}
	if v+1 >= end || p.toks[v+1].Prefix != "" || p.toks[v].Suffix != "" || !p.openingVerb(v, 0) && p.kindOf(v) != cueVerb {
		return nil
	}
	n := strings.TrimLeft(p.toks[v].Norm, "وف")
	past := utf8.RuneCountInString(n) >= 3 && strings.HasSuffix(n, "ت") && !strings.HasSuffix(n, "ات")
	switch p.cueGender(cue) {
	case genderFem:
		if !past {
			return nil
		}
	case genderMasc:
		if past || strings.HasPrefix(n, "ت") || strings.HasSuffix(n, "وا") {
			return nil
		}
	default:
		return nil
	}
	m := p.np(v+1, end)
	if m == nil {
		return nil
	}
	return p.namedSubject(m, end)
}

// continued returns the one previous continues, before agreement.
func (p *proc) continued(cue, open int) *marsad.Mention {
	t := p.topic
	if t == nil || cue >= 0 && feminine(p.toks[cue]) {
		return p.last
	}
	if n := len(p.d.Quotes); n > 0 && p.d.Quotes[n-1].End > t.Start || p.last != nil && p.last.Start > t.Start {
		return p.last
	}
	at := open
	if cue >= 0 {
		at = cue
	}
	if s := p.d.SentenceOf(t.Start); s < 0 || p.d.SentenceOf(p.toks[at].Start) != s && !p.nextOpening(s, cue) || p.personBetween(t.End, p.toks[at].Start) {
		return p.last
	}
	return t
}

// continuing are the verbs of speech that go on with the words of the
// last one who spoke (وأضاف، وتابع، واستطرد), as bases.
var continuing = map[string]bool{"اضاف": true, "تابع": true, "استطرد": true, "اردف": true, "استدرك": true, "مضي": true, "واصل": true}

// nextOpening reports a verb of speech at cue that opens the sentence
// right after sentence s and goes on with no words before it (ودان رئيس
// الوزراء فلان الهجوم. وقال إن): its subject is the one sentence s
// opened with. Not a verb that continues another's words (وأضاف).
func (p *proc) nextOpening(s, cue int) bool {
	if cue < 0 || continuing[p.toks[cue].Base] || p.d.SentenceOf(p.toks[cue].Start) != s+1 {
		return false
	}
	return p.sentenceStart(cue, 0) == cue
}

// personInClause reports a person named in the clause that opens at token
// k, before a comma or limit (والتي تطرق لها عبدالملك الحوثي، زعيم).
func (p *proc) personInClause(k, limit int) bool {
	e := k + 1
	for e < limit && e < len(p.toks) && p.toks[e].Text != "،" && p.toks[e].Text != "." {
		e++
	}
	return p.personBetween(p.toks[k].End, p.toks[e-1].End)
}

// personBetween reports a person named in [from, to): the nearer name
// (مزاعم حسن بأنه "...") may be the one whose words these are.
func (p *proc) personBetween(from, to int) bool {
	for _, e := range p.ents {
		if e.Type == marsad.PER && e.Start >= from && e.End <= to {
			return true
		}
	}
	return false
}

// participleSubject is the speaker of a circumstantial participle
// (مضيفا، قائلا): the previous speaker when it was named in this sentence,
// else a person or organisation named earlier in the sentence (ورد
// مورافيتسكي قائلا), else the previous speaker.
func (p *proc) participleSubject(cue, lo int) *marsad.Mention {
	if p.cueGender(cue) == genderPlural {
		return p.pluralParticipleSubject(cue)
	}
	m := p.singularParticipleSubject(cue, lo)
	if t := p.tellerOf(m, cue, lo); t != nil {
		return t // أن الرئيس الفرنسي أبلغ أردوغان ...، مضيفا: the president, not the one told
	}
	return m
}

// singularParticipleSubject is the speaker of a participle in the
// singular (see participleSubject).
func (p *proc) singularParticipleSubject(cue, lo int) *marsad.Mention {
	ss := p.sentenceStart(cue, lo)
	e := p.entityBefore(ss, cue)
	if p.last != nil && p.last.Start >= p.toks[ss].Start && p.last.End <= p.toks[cue].Start {
		if e != nil && e.Start >= p.last.End && p.relativeSubject(e) && p.rightBefore(e, cue) {
			return e // ترامب قال "..."، وهو الأمر الذي رد عليه الرئيس روحاني قائلا: Rouhani
		}
		return p.last
	}
	if m, k := p.feminineClauseSubject(ss, cue, e); m != nil && k > ss {
		return m // أثار اختفاء الناشط فلان ضجة، بينما نفت السلطات احتجازه قائلة: the authorities
	}
	if m := p.openingVerbSubject(ss, cue); m != nil && !p.subjectOfOwnVerb(e) {
		return m // وحيا رئيس الوزراء الياباني شينزو آبي جهود الرئيس ترامب قائلا: Abe speaks
	}
	m, agrees := p.agreeingOpening(ss, cue, e)
	if m != nil {
		return m // دعت الجزائر ... مجلس الأمن ...، محذرة: Algeria warns
	}
	if agrees && e != nil && !strings.HasPrefix(p.toks[ss+1].Norm, "ال") && !personTitles[p.toks[ss+1].Norm] {
		if h := p.headedOpening(ss, cue); h != nil && h.End <= e.Start && !p.personBetween(h.End, e.Start) && p.objectHeadAfter(h, cue) {
			return h // ورفض حزب النهضة مطلب إقالة الشاهد قائلا: the party, not the one in its object
		}
	}
	if m := p.titledOpening(ss, cue); m != nil && (e == nil || m.End <= e.Start && p.prepositionAfter(m)) {
		return m // وأثنت رئيسة الوزراء على النائبة فلانة، قائلة: the one who praises
	}
	if m, _ := p.feminineClauseSubject(ss, cue, e); m != nil {
		return m // أعلنت وكالة الأنباء ... اختطاف ...، لافتة: the agency no tagger named
	}
	if e != nil {
		return e
	}
	if _, ok := p.agreeingOpening(ss, cue, nil); ok {
		if h := p.headedOpening(ss, cue); h != nil && !p.personBetween(h.End, p.toks[cue].Start) {
			return h // أصدر تحالف دعم الشرعية 4 تصاريح، مضيفا: the body no tagger named
		}
	}
	if cue > ss+2 && !p.notSubject(p.toks[ss]) {
		if m := p.oneOf(ss+1, cue); m != nil {
			return m // وأدلى أحد السائقين بشهادته قائلا
		}
	}
	if _, ok := p.agreeingOpening(ss, cue, nil); ok && p.bodyOpening(ss, cue) {
		return p.bodyName(ss+1, cue) // أصدرت وزارة الخارجية الروسية بيانا، قائلة: no name tagged
	}
	if m := p.unnamedOpening(ss, cue); m != nil {
		return m // وأكد مصدر طبي حصيلة القتلى، قائلا: the source, not the last speaker
	}
	return p.last
}

// clauseOpeners open a clause of their own inside a sentence (بينما نفت
// السلطات، فيما أعلنت الوزارة), normalised.
var clauseOpeners = map[string]bool{"بينما": true, "فيما": true}

// feminineClauseSubject returns the subject of the nearest verb in the
// feminine past before a participle in the feminine at cue that opens the
// sentence at ss or a clause of its own (أعلنت وكالة الأنباء ...، لافتة;
// بينما نفت السلطات المصرية احتجازه قائلة): a name tagged right after the
// verb, or a definite plural or noun in ة or a bare noun in ة with its
// definite words (السلطات المصرية، الشرطة، وكالة الأنباء الرسمية). A man named in its object is
// not the one the participle agrees with; a title in ة (رئيسة) heads the
// name of the woman who holds it, left to titledOpening. Nil when the participle is no
// feminine singular, when no such verb stands in the sentence or when the
// name e before cue is the subject of a verb of speech of its own. k is
// where the verb stands.
func (p *proc) feminineClauseSubject(ss, cue int, e *marsad.Mention) (*marsad.Mention, int) {
	if p.cueGender(cue) != genderFem {
		return nil, -1
	}
	for k := cue - 2; k >= ss; k-- {
		v := p.toks[k]
		if v.Kind != marsad.TokenWord || v.Suffix != "" || strings.Trim(v.Prefix, "و") != "" || !strings.HasSuffix(v.Norm, "ت") ||
			utf8.RuneCountInString(v.Norm) < 3 || p.kindOf(k) == cueParticiple || p.inTime(v) || p.notSubject(v) {
			continue
		}
		if k != ss && !clauseOpeners[p.toks[k-1].Norm] {
			continue
		}
		var m *marsad.Mention
		if n := p.entityAt(k+1, marsad.ORG, marsad.LOC); n != nil && n.Start == p.toks[k+1].Start && n.End <= p.toks[cue].Start {
			m = &marsad.Mention{Span: n.Span, Text: n.Text}
		} else if p.headInTa(k+1) && !personTitles[p.toks[k+1].Norm] && k+2 < cue && p.definiteBare(k+2) {
			m = p.bodyName(k+1, cue)
		} else if p.definiteBare(k+1) && (strings.HasSuffix(p.toks[k+1].Norm, "ات") || strings.HasSuffix(p.toks[k+1].Norm, "ه")) && p.kindOf(k+1) == "" && !p.inTime(p.toks[k+1]) {
			b := k + 2
			for b < cue && b < k+4 && p.definiteBare(b) && strings.HasSuffix(p.toks[b].Norm, "يه") {
				b++
			}
			m = p.mention(k+1, b)
		}
		if m == nil || e != nil && e.Start >= m.End && p.subjectOfOwnVerb(e) || p.ownClauseBetween(k+1, cue) {
			return nil, -1
		}
		return m, k
	}
	return nil, -1
}

// titledOpening returns the subject of a sentence at ss that opens, past
// an opening phrase and its comma (في الوقت ذاته،), with a verb that is
// no cue of speech and a title right after it with one to three definite
// words of its office (انتقد الرئيس الروسي ...، قائلا), when the verb,
// the title and the participle at cue agree in gender. Else nil.
func (p *proc) titledOpening(ss, cue int) *marsad.Mention {
	s := p.afterOpeningPhrase(ss, cue)
	if s+2 >= cue {
		return nil
	}
	v, h := p.toks[s], p.toks[s+1]
	if v.Kind != marsad.TokenWord || v.Suffix != "" || strings.Trim(v.Prefix, "وف") != "" || p.kindOf(s) != "" || p.notSubject(v) || p.inTime(v) ||
		h.Kind != marsad.TokenWord || h.Prefix != "" || !titleNouns[strings.TrimPrefix(h.Norm, "ال")] {
		return nil
	}
	fem := strings.HasSuffix(h.Norm, "ه")
	if feminine(v) != fem || (p.cueGender(cue) == genderFem) != fem {
		return nil
	}
	b := s + 2
	for b < cue && b < s+5 && p.definiteBare(b) && !p.inTime(p.toks[b]) {
		b++
	}
	if b == s+2 {
		return nil
	}
	return p.mention(s+1, b)
}

// prepositionAfter reports a preposition written apart right after the
// mention m (رئيسة الوزراء على النائبة فلانة): what follows is the verb's
// object, not the name of the one m titles.
func (p *proc) prepositionAfter(m *marsad.Mention) bool {
	_, b := p.tokenRange(m.Span)
	return b < len(p.toks) && p.toks[b].Prefix == "" && prepositions[p.toks[b].Norm]
}

// anonymousHeads are the nouns of one unnamed who speaks (مصدر طبي، مسؤول
// أمني، شاهد عيان), normalised: the subject of a verb of speech that opens
// its sentence.
var anonymousHeads = map[string]bool{"مصدر": true, "مسوول": true, "شاهد": true, "طبيب": true, "مسعف": true}

// unnamedOpening returns the subject of a sentence at ss that opens with a
// verb of speech in the masculine and one of anonymousHeads after it with a
// word of relation or عيان (وأكد مصدر طبي الحصيلة، ...، قائلا), when the
// participle at cue is in the masculine too. Else nil.
func (p *proc) unnamedOpening(ss, cue int) *marsad.Mention {
	if ss+2 >= cue || p.kindOf(ss) != cueVerb || feminine(p.toks[ss]) || p.cueGender(cue) != genderMasc {
		return nil
	}
	h := p.toks[ss+1]
	if h.Kind != marsad.TokenWord || h.Prefix != "" || h.Suffix != "" || !anonymousHeads[h.Norm] {
		return nil
	}
	b := ss + 2
	for b < cue && b < ss+4 {
		t := p.toks[b]
		if t.Kind != marsad.TokenWord || t.Prefix != "" || strings.HasPrefix(t.Norm, "ال") || !strings.HasSuffix(t.Norm, "ي") && t.Norm != "عيان" || p.kindOf(b) != "" {
			break
		}
		b++
	}
	if b == ss+2 {
		return nil
	}
	return p.mention(ss+1, b)
}

// tellerOf returns, for a name e right after a verb of telling (أبلغ،
// أخبر) in the sentence of the participle at cue, the subject before that verb when it opens
// its clause (أن الرئيس الفرنسي أبلغ أردوغان): the one who tells, not e,
// the one told. Else nil.
func (p *proc) tellerOf(e *marsad.Mention, cue, lo int) *marsad.Mention {
	if e == nil || e.End > p.toks[cue].Start {
		return nil
	}
	ss := p.sentenceStart(cue, lo)
	a, _ := p.tokenRange(e.Span)
	if a-1 <= ss || a-1 < lo || !addressees[p.toks[a-1].Norm] {
		return nil
	}
	return p.subjectOpening(a-1, lo)
}

// pluralParticipleSubject returns the subject of a plural participle at
// cue (مضيفين، مؤكدين، قائلين): the many named before it in its sentence
// as the subject of its clause (وتظاهر مئات الطلاب أمام الوزارة، مؤكدين
// أن: the students), never one person nor one before a preposition (see
// manySubject); a bare plural in ين right after a comma or و is another
// participle (، مطالبين بالإفراج عنهم، ومؤكدين), not a subject: the
// subject is the one before it. Else nil: no one is guessed.
func (p *proc) pluralParticipleSubject(cue int) *marsad.Mention {
	m := p.manySubject(cue)
	if m == nil {
		return p.lastMany(cue)
	}
	a, _ := p.mentionTokens(m)
	t := p.toks[a]
	if a > 0 {
		if prev := p.toks[a-1]; prev.Kind == marsad.TokenWord && (strings.ContainsAny(prev.Prefix, "لب") || p.kindOf(a-1) == cueSource) {
			return nil // لعدة أشخاص، بحسب المصادر: told of or cited, not the subject
		}
	}
	if !strings.HasPrefix(t.Base, "ال") && strings.HasSuffix(t.Base, "ين") && (t.Prefix != "" || a > 0 && p.toks[a-1].Kind == marsad.TokenPunct) {
		return p.pluralParticipleSubject(a) // the subject of both participles
	}
	return m
}

// lastMany returns the last speaker when he spoke in the sentence of the
// plural participle at cue, before it, and is more than one: many, two
// joined by و, or a dual (ويوضح الباحثان فلان وفلان الأمر قائلين). Else nil.
func (p *proc) lastMany(cue int) *marsad.Mention {
	m := p.last
	if m == nil || m.End > p.toks[cue].Start || m.Start < p.toks[p.sentenceStart(cue, 0)].Start {
		return nil
	}
	a, _ := p.mentionTokens(m)
	if p.manyMention(m) || p.joinedMention(m) || strings.HasPrefix(p.toks[a].Base, "ال") && strings.HasSuffix(p.toks[a].Base, "ان") {
		return m
	}
	return nil
}

// pluralParticiple reports a plural participle of speech at k (مضيفين،
// قائلين). Its quotation goes to the many who are its subject or to no
// one, and a singular verb after it goes on with the one who spoke before.
func (p *proc) pluralParticiple(k int) bool {
	return k >= 0 && p.kindOf(k) == cueParticiple && p.cueGender(k) == genderPlural
}

// agreeingOpening returns the subject of the verb that opens the sentence
// at ss when a participle at cue agrees with that verb in gender (دعت
// الجزائر المجتمع الدولي ومجلس الأمن ...، محذرة): the name right after
// the verb, or nil when none is tagged there: then the verb's first words
// (أصدرت وزارة الخارجية بيانا، قائلة) may be. ok reports the agreement. A
// name tagged before the participle as the subject of its own verb keeps
// it.
func (p *proc) agreeingOpening(ss, cue int, e *marsad.Mention) (m *marsad.Mention, ok bool) {
	v, c := p.toks[ss], p.toks[cue]
	if cue <= ss+1 || v.Kind != marsad.TokenWord || p.notSubject(v) || notSubjectWords[v.Base] || particles[v.Base] || p.isComp(ss) || p.inTime(v) || p.kindOf(ss) == cueParticiple || p.toks[ss+1].Prefix != "" {
		return nil, false
	}
	fem := strings.HasSuffix(c.Norm, "ه")
	if !fem && !strings.HasSuffix(c.Norm, "ا") || feminine(v) != fem {
		return nil, false
	}
	if p.ownClauseBetween(ss+1, cue) {
		return nil, false
	}
	if n := p.entityAt(ss+1, marsad.PER, marsad.ORG, marsad.LOC); n != nil {
		if n.End > c.Start || e != nil && e.Start > n.Start && p.subjectOfOwnVerb(e) {
			return nil, false
		}
		return &marsad.Mention{Span: n.Span, Text: n.Text}, true
	}
	return nil, true
}

// ownClauseBetween reports, in tokens [a, cue), a clause with a subject
// of its own that a participle at cue may continue: كان or كانت (وكانت
// الدوحة قد أودعت ... متهمة) or a name that is the subject of a relative
// clause right before it (الأمر الذي تنفيه الرياض، قائلة).
func (p *proc) ownClauseBetween(a, cue int) bool {
	for k := a; k < cue; k++ {
		if b := p.toks[k].Base; b == "كان" || b == "كانت" {
			return true
		}
	}
	for _, e := range p.ents {
		if (e.Type == marsad.PER || e.Type == marsad.ORG || e.Type == marsad.LOC) && e.Start >= p.toks[a].Start && e.End <= p.toks[cue].Start {
			m := &marsad.Mention{Span: e.Span, Text: e.Text}
			if p.rightBefore(m, cue) && p.relativeSubject(m) {
				return true
			}
		}
	}
	return false
}

// bodyOpening reports a sentence at ss that opens with a verb in the
// feminine that is no cue and a body named by a bare noun in ة and a
// definite word (أصدرت وزارة الخارجية الروسية بيانا): the subject, though
// the tagger named none, of a participle in the feminine at cue.
func (p *proc) bodyOpening(ss, cue int) bool {
	return ss+2 < cue && p.kindOf(ss) == "" && feminine(p.toks[ss]) && p.headInTa(ss+1) && strings.HasPrefix(p.toks[ss+2].Text, "ال")
}

// subjectHeads are the bare nouns in the masculine that head the name of
// a body, the subject of a sentence's first verb, before the definite word
// they govern (ورفض حزب النهضة، وانتقد مجلس النواب), normalised. A title
// (وزير الصحة) is left out: the name of the one who holds it often comes
// after it, words later.
var subjectHeads = map[string]bool{"حزب": true, "مجلس": true, "مكتب": true, "جهاز": true, "اتحاد": true, "تحالف": true,
	"ايتلاف": true, "وفد": true}

// personTitles are titles in ة of one person (رئيسة، وزيرة، المتحدثة),
// normalised: her name comes after them, not a body's.
var personTitles = map[string]bool{"رييسه": true, "وزيره": true, "مديره": true, "سفيره": true, "نايبه": true, "مندوبه": true,
	"ممثله": true, "امينه": true, "ناطقه": true, "متحدثه": true, "زعيمه": true, "قايده": true, "مستشاره": true}

// objectHeadAfter reports a bare word, with no clitic and no article,
// right after the name of a body m, before cue: the head of the object of
// the verb (ورفض حزب النهضة مطلب ...), not more of the body's name
// (للنساء، الوطني).
func (p *proc) objectHeadAfter(m *marsad.Mention, cue int) bool {
	_, b := p.tokenRange(m.Span)
	if b >= cue {
		return false
	}
	t := p.toks[b]
	return t.Kind == marsad.TokenWord && t.Prefix == "" && t.Suffix == "" && !strings.HasPrefix(t.Norm, "ال") && p.kindOf(b) == "" && !p.inTime(t)
}

// headedOpening returns the subject of a sentence at ss that opens with a
// verb that is no cue and a body no tagger named, its head a bare noun
// (in ة for a verb in the feminine, one of subjectHeads for one in the
// masculine) before a definite word or a place's name: the name of the
// body (حزب النهضة الإسلامي، وفد قطر), up to cue. Else nil.
func (p *proc) headedOpening(ss, cue int) *marsad.Mention {
	if p.bodyOpening(ss, cue) {
		return p.bodyName(ss+1, cue)
	}
	if ss+2 >= cue || p.kindOf(ss) != "" || feminine(p.toks[ss]) {
		return nil
	}
	h, n := p.toks[ss+1], p.toks[ss+2]
	if h.Kind != marsad.TokenWord || h.Prefix != "" || h.Suffix != "" || !subjectHeads[h.Norm] || n.Prefix != "" || !strings.HasPrefix(n.Norm, "ال") && !p.entityStartsAt(ss+2, marsad.LOC) && !p.constructName(ss+2, cue) {
		return nil
	}
	if p.constructName(ss+2, cue) {
		return p.mention(ss+1, ss+4) // تحالف دعم الشرعية: a bare noun of its name before the definite one
	}
	return p.bodyName(ss+1, cue)
}

// constructName reports a bare word at k, with no clitic, that is no cue,
// number or time, before a definite word with no clitic, before cue: the
// middle of a body's name in construct (تحالف دعم الشرعية).
func (p *proc) constructName(k, cue int) bool {
	if k+2 >= cue {
		return false
	}
	t, n := p.toks[k], p.toks[k+1]
	return t.Kind == marsad.TokenWord && t.Prefix == "" && t.Suffix == "" && !strings.HasPrefix(t.Norm, "ال") && p.kindOf(k) == "" && !p.inTime(t) &&
		!p.notSubject(t) && n.Kind == marsad.TokenWord && n.Prefix == "" && strings.HasPrefix(n.Norm, "ال") && !p.inTime(n)
}

// bodyName returns the name of a body from its head in ة at a: the
// definite word after it and the adjectives of relation after that
// (وزارة الخارجية الروسية)، not a definite object (دعت وزارة الداخلية
// السائقين), up to limit.
func (p *proc) bodyName(a, limit int) *marsad.Mention {
	b := a + 2
	for b < limit && b < a+4 && p.toks[b].Kind == marsad.TokenWord && p.toks[b].Prefix == "" && strings.HasPrefix(p.toks[b].Norm, "ال") &&
		(strings.HasSuffix(p.toks[b].Norm, "يه") || strings.HasSuffix(p.toks[b].Norm, "ي")) {
		b++
	}
	return p.mention(a, b)
}

// subjectBeforeQad returns the subject between a كان that opens the
// sentence and قد (or a time between commas) right before the cue (وكان وزير الدفاع، سيرغي شويغو،
// قد أبلغ الرئيس ... أن): the one who speaks, not the one told after the
// verb. Else nil.
func (p *proc) subjectBeforeQad(cue, lo int) *marsad.Mention {
	end := cue - 1
	if end > lo && p.toks[end].Norm != "قد" {
		end = p.timeBetweenCommas(end, lo)
	}
	if end <= lo || end == cue-1 && p.toks[end].Norm != "قد" {
		return nil
	}
	ss := p.sentenceStart(cue, lo)
	if p.toks[ss].Base != "كان" && p.toks[ss].Base != "كانت" || ss+1 >= end {
		return nil
	}
	return p.withName(p.np(ss+1, end), end)
}

// timeBetweenCommas returns the comma that opens a time between commas
// ending with the comma at k (وكان المكتب، الاثنين، قال), or k when there is
// none.
func (p *proc) timeBetweenCommas(k, lo int) int {
	if p.toks[k].Text != "،" && p.toks[k].Text != "," {
		return k
	}
	j := k - 1
	for j > lo && j >= k-4 && p.toks[j].Kind == marsad.TokenWord && (p.inTime(p.toks[j]) || weekdays[p.toks[j].Base]) {
		j--
	}
	if j < k-1 && j > lo && (p.toks[j].Text == "،" || p.toks[j].Text == ",") {
		return j
	}
	return k
}

// rightBefore reports a mention m that ends right before token cue, or
// before a comma right before it.
func (p *proc) rightBefore(m *marsad.Mention, cue int) bool {
	k := cue - 1
	if k > 0 && p.toks[k].Text == "،" {
		k--
	}
	return k >= 0 && p.toks[k].End == m.End
}

// relativeSubject reports a person named as the subject of the verb of a
// relative clause (الذي رد عليه الرئيس الإيراني، حسن روحاني): the
// relative stands at most six words before him, the word after it has no
// article (the verb), and no mark but a comma stands between.
func (p *proc) relativeSubject(m *marsad.Mention) bool {
	a, _ := p.tokenRange(m.Span)
	for k := a - 1; k > 0 && a-k <= 6; k-- {
		t := p.toks[k]
		if relatives[t.Norm] {
			v := p.toks[k+1]
			return k+1 < a && v.Kind == marsad.TokenWord && v.Prefix == "" && !strings.HasPrefix(v.Norm, "ال") && p.kindOf(k+1) == ""
		}
		if t.Kind != marsad.TokenWord && t.Text != "،" || p.isComp(k) || p.kindOf(k) != "" {
			return false
		}
	}
	return false
}

// subjectOfOwnVerb reports a person named right after a verb of speech or
// after في with a pronoun (في الوقت الذي شدد فيه ماكرون): the subject of a
// clause of his own, whom a participle after it continues.
func (p *proc) subjectOfOwnVerb(m *marsad.Mention) bool {
	if m == nil {
		return false
	}
	a, _ := p.tokenRange(m.Span)
	if a == 0 {
		return false
	}
	prev := p.toks[a-1]
	return p.kindOf(a-1) == cueVerb || prev.Base == "في" && ownPronouns[prev.Suffix]
}

// openingVerbSubject returns the person named as the subject of the verb
// that opens the sentence at ss, after his title at most (وحيا رئيس
// الوزراء الياباني شينزو آبي): a participle later in the sentence is his
// circumstance, not that of a person named in the object. A word written
// with a shadda is no preposition (عبّر the verb, not عبر "through"). Else
// nil.
func (p *proc) openingVerbSubject(ss, cue int) *marsad.Mention {
	t := p.toks[ss]
	if t.Kind != marsad.TokenWord || (p.notSubject(t) || notSubjectWords[t.Base]) && !strings.ContainsRune(t.Text, '\u0651') || particles[t.Base] || p.isComp(ss) || p.inTime(t) || p.kindOf(ss) == cueParticiple {
		return nil
	}
	for b := ss + 1; b < cue && b <= ss+5; b++ {
		if e := p.entityAt(b, marsad.PER); e != nil {
			if p.toks[b].Prefix != "" || e.End > p.toks[cue].Start {
				return nil
			}
			return &marsad.Mention{Span: e.Span, Text: e.Text}
		}
		if b > ss+1 && p.toks[b].Text == "،" {
			return p.appositionName(b, cue) // وعبر وزير الخارجية البحريني، الشيخ خالد بن أحمد، عن
		}
		if b > ss+1 && p.namedBy(b) {
			continue // برر المتحدث باسم الحكومة، فلان: the body he speaks for
		}
		if u := p.toks[b]; u.Kind != marsad.TokenWord || p.notSubject(u) || p.isComp(b) || p.kindOf(b) != "" || relatives[u.Norm] || p.inTime(u) {
			return nil
		}
	}
	return nil
}

// appositionName returns the person named between the comma at c after
// a title and a comma closing the apposition (وزير الخارجية البحريني،
// الشيخ خالد بن أحمد، عن), one word of title at most before the name,
// before cue. Else nil.
func (p *proc) appositionName(c, cue int) *marsad.Mention {
	for b := c + 1; b < cue && b <= c+2; b++ {
		t := p.toks[b]
		if t.Kind != marsad.TokenWord || t.Prefix != "" {
			return nil
		}
		e := p.entityAt(b, marsad.PER)
		if e == nil {
			continue
		}
		k := b
		for k < cue && p.toks[k].End <= e.End {
			k++
		}
		if k >= cue || p.toks[k].Text != "،" && !p.inTime(p.toks[k]) && p.toks[k].Norm != "اليوم" && p.toks[k].Norm != "امس" {
			return nil // but فلان اليوم: the day he spoke closes the apposition
		}
		return &marsad.Mention{Span: e.Span, Text: e.Text}
	}
	return nil
}

// oneOf returns "one of the ..." (أحد الناجين، إحدى الراكبات) at token k,
// before limit: a subject that names no one yet speaks. Else nil.
func (p *proc) oneOf(k, limit int) *marsad.Mention {
	if k+1 >= limit || p.toks[k].Prefix != "" || p.toks[k].Norm != "احد" && p.toks[k].Norm != "احدي" {
		return nil
	}
	if n := p.toks[k+1]; n.Kind != marsad.TokenWord || !strings.HasPrefix(n.Norm, "ال") || p.inTime(n) {
		return nil
	}
	return p.mention(k, k+2)
}

// oneOfBeforeObject returns "one of the ..." at k (أحد المصدرين) when a
// definite word that is no plural or relation adjective follows it before
// open (ووصف أحد المصدرين النقاش بأنه): the thing described, not more of
// the subject. Else nil.
func (p *proc) oneOfBeforeObject(k, open int) *marsad.Mention {
	m := p.oneOf(k, open)
	if m == nil || k+2 >= open {
		return nil
	}
	n := p.toks[k+2]
	if n.Kind != marsad.TokenWord || n.Prefix != "" || !strings.HasPrefix(n.Norm, "ال") {
		return nil
	}
	for _, end := range []string{"ين", "ون", "يه", "ي"} {
		if strings.HasSuffix(n.Norm, end) {
			return nil // أحد المسؤولين الأمريكيين: an adjective of the subject
		}
	}
	return m
}

// reported finds reported speech: cue + (subject) + إن/أن + clause, and
// attribution phrases (بحسب، وفقا لـ، نقلا عن). The pending direct
// quotations of the paragraph are resolved as the scan reaches them.
func (p *proc) reported(lo, hi int, directs []pending) {
	clauseEnd := -1 // inside a reported clause, only nested speech verbs count
	for i := lo; i < hi; i++ {
		for len(directs) > 0 && directs[0].open <= i {
			p.resolveDirect(lo, hi, directs[0])
			directs = directs[1:]
		}
		if p.inDirect[i] {
			continue
		}
		if m := p.openingPerson(i, lo); m != nil {
			p.topic = m
		}
		if m := p.openingFeminine(i, lo); m != nil {
			p.femTopic = m
		}
		if m := p.issuer(i, lo); m != nil {
			p.last = m // ودفعت الانتقادات اللاعب سامر، إلى إصدار بيان. وقال إن: he speaks next
		}
		kind := p.kindOf(i)
		in := kind == cueIn && i+1 < hi && p.toks[i+1].Norm == "في"
		relay := -1
		if kind == "" {
			if relay = p.relayTarget(i, hi); relay >= 0 || p.citing(i) {
				kind = cueVerb // نقلت الوكالة عن الوزير قوله إن، أوردت الوكالة أن
			}
		}
		if kind == cueInsist {
			if j := p.complement(i, hi); j > 0 && p.toks[j-1].Norm == "علي" {
				kind = cueVerb // أصر على أن ...
			}
		}
		if kind == cueParticiple && i > lo && p.kindOf(i-1) == cueVerb && !p.relays(i) {
			continue // وأضاف قائلا إن: one report, of the verb
		}
		if p.mannerVerb(i) {
			continue // وكتب يقول إنه: one report, of the verb before
		}
		if kind == cueVerb && p.conditional(i, lo) {
			continue // إذا رأت أن ذلك سيفيد: a condition, nothing said
		}
		switch {
		case kind == cueVerb || kind == cueParticiple || in:
			j := p.complement(i, hi)
			if j < 0 {
				if kind == cueVerb {
					// وأكد البحسني محاصرة ...: no clause, but the speaker is
					// the one a following وأضاف continues.
					// كما أعلن المركز الوطني للأعاصير، ...، واصفا: the source of
					// an aside speaks next, named or not.
					if sp := p.np(i+1, hi); sp != nil && (p.hasEntity(sp.Span) || p.asideSource(i, lo, hi)) && !p.relativeVerb(i) {
						p.last = sp
					} else if sp == nil && i+1 < hi && p.toks[i+1].Suffix != "" && p.notSubject(p.toks[i+1]) {
						// أصدر ماكيب بيانا نفى فيه الاتهامات: the subject of
						// the sentence's first verb speaks in it, and speaks next.
						if ss := p.sentenceStart(i, lo); ss+1 < i && p.toks[ss+1].Prefix == "" && p.kindOf(ss) == "" {
							if e := p.entityAt(ss+1, marsad.PER); e != nil {
								p.last = &marsad.Mention{Span: e.Span, Text: e.Text}
							}
						}
					}
				}
				continue
			}
			if j+1 >= hi {
				continue
			}
			first, end := j+1, p.clauseEnd(j+1, hi)
			for first < end && p.toks[first].Kind == marsad.TokenPunct && !isOpen(p.toks[first].Text) {
				first++
			}
			if p.words(first, end) < 2 {
				continue
			}
			q := marsad.Quote{Kind: marsad.Indirect, Cue: p.cueMention(i)}
			last := end - 1
			for last > first && p.toks[last].Kind == marsad.TokenPunct && !p.closesBracket(first, last) {
				last--
			}
			first, last = p.balance(first, last, end)
			q.Span = marsad.Span{Start: p.toks[first].Start, End: p.toks[last].End}
			q.Text = p.d.Slice(q.Span)
			switch {
			case relay >= 0 && relay < j:
				q.Speaker = p.np(relay, j)
			case i+2 < j && p.relays(i):
				q.Speaker = p.np(i+2, j) // نقل عن مسؤول أن ...: the one relayed
			case p.passive(i):
				// وزُعم أن ...: it was claimed, by no one named.
			case kind == cueParticiple:
				q.Speaker = p.participleSubject(i, lo)
			case in:
				q.Speaker = p.np(i+2, j)
			case p.toldInReport(i, lo):
				// وتفيد التقارير بأنها أخبرت زملاءها أن: she, not the reports; unnamed here.
			default:
				if sp := p.subjectBeforeQad(i, lo); sp != nil {
					q.Speaker = sp
					break
				}
				if addressees[p.toks[i].Norm] {
					// السلطات أخبرت واشنطن أن: the subject before the verb
					// speaks, the noun after it is told.
					if sp := p.subjectOpening(i, lo); sp != nil {
						q.Speaker = sp
						break
					}
				}
				if sp := p.tellerBefore(i, lo); sp != nil {
					q.Speaker = sp // أنه أبلغ السياسيين أن، إن مسؤولا في الوزارة أبلغ البيت الأبيض أن
					break
				}
				if sp := p.messageSubject(i, lo); sp != nil {
					q.Speaker = sp // تلقت الشركة رسالة من اللجنة تقول إن: the letter
					break
				}
				if sp := p.resumedSubject(i, j); sp != nil {
					q.Speaker = sp // في الوقت الذي أشار فيه إمام الجمعة إلى أن
					break
				}
				if !p.pronounLink(i) {
					q.Speaker = p.withName(p.np(i+1, j), j)
				}
				if q.Speaker == nil {
					q.Speaker = p.secondVerbSubject(i, lo) // وزير العدل يشدد على ... ويؤكد أن: the subject of both verbs
				}
				if q.Speaker == nil {
					q.Speaker = p.describedAntecedent(i, lo)
				}
				if q.Speaker == nil {
					q.Speaker = p.antecedent(i, lo)
					if sp := p.speakerOverThing(i, lo, q.Speaker); sp != nil {
						q.Speaker = sp // وأطلقت أنقرة عملية "غصن الزيتون" التي تقول إنها: Ankara, not the operation
					} else if q.Speaker != nil && p.withinLastReport(i, q.Speaker) {
						q.Speaker = p.last // أعلنت المجموعة أنها ... نتائج الانتخابات التي قالت إنها: the group
					}
				}
				if q.Speaker == nil {
					q.Speaker = p.pronounSubject(i, lo)
					if q.Speaker != nil && p.pronounLink(i) && p.afterComp(q.Speaker, i, lo) {
						q.Speaker = p.previous(i, i) // لم يصل إلى حد القول إن الأمير أمر بذلك، لكنه رأى: he, not the one in the clause
					}
				}
			}
			p.add(q)
			clauseEnd = max(clauseEnd, last)
		case kind == cueSource && i > clauseEnd:
			p.attribution(i, lo, hi)
		case kind == cueDescribe && i > clauseEnd:
			// ووصف كاتس المقترح بأنه ...: no quotation of its own, but the
			// one who describes speaks next (وقال "...").
			if m := p.oneOf(i+1, hi); m != nil && !strings.ContainsAny(p.toks[i].Prefix, "بل") {
				p.last = m // ووصف أحد الناجين ما شهده
			} else if m := p.describerOf(i, lo, hi); m != nil && !strings.ContainsAny(p.toks[i].Prefix, "بل") {
				p.last = m // وكان السفير ... وصف التقارير ... قائلا، وصف رئيس الوزراء نتانياهو ما حصل
			} else if i+1 < hi && !p.accusedOnly(i, hi) { // not the one described (وصف سامر بأنه)
				for _, e := range p.ents {
					if (e.Type == marsad.PER || e.Type == marsad.ORG) && e.Start >= p.toks[i+1].Start && e.Start < p.toks[i+1].End {
						p.last = &marsad.Mention{Span: e.Span, Text: e.Text} // its subject, the name right after it
						break
					}
				}
			}
		}
	}
	for _, pd := range directs {
		p.resolveDirect(lo, hi, pd)
	}
}

// conditional reports a verb of speech at i right after إذا or لو (إذا
// ما): what it would say or hold is a condition, not a report (ستدرس
// المشاركة إذا رأت أن ذلك سيفيد).
func (p *proc) conditional(i, lo int) bool {
	k := i - 1
	if k > lo && p.toks[k].Norm == "ما" {
		k--
	}
	if k < lo {
		return false
	}
	t := p.toks[k]
	return t.Kind == marsad.TokenWord && strings.Trim(t.Prefix, "وف") == "" && (t.Base == "اذا" || t.Base == "لو")
}

// describerOf returns the subject of a verb of describing at i that is not
// the name right after it: the subject between كان, which opens the
// sentence, and the verb (وكان السفير السعودي في واشنطن الأمير خالد وصف
// التقارير بـ"..." قائلا), or a person's name after his title, with the
// thing described after the name (وصف رئيس الوزراء سامي العلي ما حصل
// بأنه: a name right before بأن is the one described). Nil otherwise.
func (p *proc) describerOf(i, lo, hi int) *marsad.Mention {
	ss := p.sentenceStart(i, lo)
	if isKana(p.toks[ss]) && i > ss+1 && !p.qadWithin(ss+1, i) {
		if m := p.np(ss+1, i); m != nil && m.End == p.toks[i-1].End && p.hasEntity(m.Span) {
			return m
		}
		return nil
	}
	for k := i + 1; k < hi && k <= i+4; k++ {
		t := p.toks[k]
		if e := p.entityAt(k, marsad.PER); e != nil {
			_, b := p.tokenRange(e.Span)
			if k == i+1 || b >= hi || p.toks[b].Kind != marsad.TokenWord || p.toks[b].Prefix != "" || p.isComp(b) || relatives[p.toks[b].Norm] {
				return nil
			}
			return p.mention(i+1, b)
		}
		if t.Kind != marsad.TokenWord || t.Prefix != "" || p.isComp(k) || p.entityStartsAt(k, marsad.ORG) || strings.HasSuffix(t.Norm, "ون") {
			return nil // ويتهم المنتقدون بوتن: a plural subject, and the name is the one accused
		}
	}
	return nil
}

// afterComp reports a mention m that stands after a complementizer in the
// sentence of the cue: one named inside a clause (القول إن الأمير أمر
// بذلك)، not the subject a pronoun of لكنه stands for.
func (p *proc) afterComp(m *marsad.Mention, cue, lo int) bool {
	a, _ := p.tokenRange(m.Span)
	for k := p.sentenceStart(cue, lo); k < a && k < cue; k++ {
		if p.isComp(k) {
			return true
		}
	}
	return false
}

// asideSource reports a verb of speech at i after كما inside its
// sentence, with a participle of speech later in it (...، كما أعلن المركز
// الوطني للأعاصير، صباح الأربعاء، واصفا): the source of the aside speaks
// the participle. كما that opens a sentence (كما نفت الإمارات) is "also".
func (p *proc) asideSource(i, lo, hi int) bool {
	if i-1 <= lo || p.toks[i-1].Norm != "كما" || i-1 <= p.sentenceStart(i, lo) {
		return false
	}
	for k := i + 1; k < p.sentenceEnd(i, hi); k++ {
		if kind := p.kindOf(k); kind == cueParticiple || kind == cueDescribe && describingParticiple(p.toks[k]) {
			return true
		}
	}
	return false
}

// brackets pair an opening bracket with its closing one.
var brackets = map[string]string{")": "(", "]": "["}

// closesBracket reports a closing bracket at last whose opening bracket
// stands in the clause from first (أبو ريالة (18 عاما).): it stays with
// the words it closes.
func (p *proc) closesBracket(first, last int) bool {
	open, ok := brackets[p.toks[last].Text]
	if !ok {
		return false
	}
	depth := 0
	for k := last - 1; k >= first; k-- {
		switch p.toks[k].Text {
		case p.toks[last].Text:
			depth++
		case open:
			if depth == 0 {
				return true
			}
			depth--
		}
	}
	return false
}

// balance keeps the quotation marks of a reported clause [first, last]
// (trimmed of punctuation before end) in pairs: an opening mark at first
// whose closing mark was trimmed goes too (قال إن "..."., the words
// themselves), and a closing mark trimmed after a quoted last word comes
// back (أن قراره "غير شرعي" و"خطأ".).
func (p *proc) balance(first, last, end int) (int, int) {
	var open []int // unclosed opening marks
	for k := first; k <= last; k++ {
		t := p.toks[k].Text
		if n := len(open); n > 0 && closes(p.toks[open[n-1]].Text, t) {
			open = open[:n-1]
		} else if isOpen(t) && p.toks[k].Kind == marsad.TokenPunct {
			open = append(open, k)
		}
	}
	if len(open) != 1 {
		return first, last
	}
	if open[0] == first {
		return first + 1, last
	}
	for k := last + 1; k < end && p.toks[k].Kind == marsad.TokenPunct; k++ {
		if closes(p.toks[open[0]].Text, p.toks[k].Text) {
			return first, k
		}
	}
	return first, last
}

// complement returns the complementizer introduced by the cue at token i,
// or -1. Between them may stand the subject, a short quoted name (لـ"العربية
// نت") and a relative clause between commas (، التي تقول إنها ...،); an
// opening quote mark right before the complementizer is passed over.
func (p *proc) complement(i, hi int) int {
	for j := i + 1; j < hi && j <= i+30; j++ {
		t := p.toks[j]
		switch {
		case p.isComp(j) && adversatives[p.toks[j-1].Norm]:
			return -1 // وتؤكد بيونغيانغ عزمها ...، غير أن ترامب شكك: the writer turns
		case t.Norm == "حين" && p.toks[j-1].Norm == "في" && j-1 > i:
			return -1 // نادرا ما تؤكد غاراتها، في حين أن رئيس الوزراء قال: the writer turns
		case p.isComp(j) && !p.masdarAn(j) && !p.impersonalAn(j):
			return j
		case isOpen(t.Text) && j+1 < hi && p.isComp(j+1) && p.toks[j-1].Text != ":":
			continue // أعلن في بيان "أنه ...", but not قال: "إنهم ..." (direct speech)
		case isOpen(t.Text):
			k := j + 1
			for k < hi && k <= j+8 && !closes(t.Text, p.toks[k].Text) {
				k++
			}
			maxName := 3
			if outletNouns[p.toks[j-1].Base] || j == i+1 {
				maxName = 6 // باسم تحالف "دعم الشرعية في اليمن"، وأفاد "المرصد السوري لحقوق الإنسان" بأن
			}
			if k >= hi || k > j+maxName+2 || p.words(j+1, k) > maxName {
				return -1
			}
			j = k // a quoted name
		case relatives[t.Norm] && j > i+1 && p.toks[j-1].Text == "،":
			k := j + 1
			for k < hi && k <= j+20 && p.toks[k].Text != "،" && !p.stopsReport(k) {
				k++
			}
			if k >= hi || p.toks[k].Text != "،" {
				return -1
			}
			j = k
		case p.stopsReport(j):
			return -1
		case t.Text == ":" && !(j+1 < hi && p.isComp(j+1)):
			return -1 // ويجيب: ليس بسيطا أن ...: what follows a colon is said, not reported
		case j > i+1 && (p.kindOf(j) == cueVerb || p.kindOf(j) == cueParticiple || p.kindOf(j) == cueDescribe && p.relayTarget(i, j) < 0):
			// The next speech verb owns the clause (أورد الوزير وقائع وصفها
			// بأنها); after a relay, وصفها is the relayed one's words (نقلت
			// الوكالة عن اللجنة وصفها له بأنه).
			return -1
		}
	}
	return -1
}

// adversatives turn the sentence before أن (غير أن، إلا أن، بيد أن): the
// clause after them is the writer's, not the complement of a verb before.
var adversatives = map[string]bool{"غير": true, "الا": true, "بيد": true}

// clauseEnd returns the end (exclusive) of the reported clause that starts
// at token a: the end of the sentence, or a comma before a participle cue
// (، مؤكدا أنه)، a complementizer (the clause of an outer verb: ، التي تقول
// إنها ...، أن)، an attribution phrase (، بحسب) or the writer's comment
// (، في إشارة إلى، على حد تعبيره، وذلك).
func (p *proc) clauseEnd(a, hi int) int {
	end := p.sentenceEnd(a, hi)
	for k := a + 1; k+1 < end; k++ {
		if p.withholds(k) || p.leftUnsaid(k, end) {
			return k // ، ورفض التعليق، وقدم اعتذارا، لكنها لم تذكر: the writer again
		}
		if p.conjoinedReport(k, end) {
			return k // والنزاهة وقال السيسي إنه: another speaker's report
		}
		if p.asHeSaid(k, end) {
			return k // كان "يدفعنا نحو كارثة" على حد تعبيره: the writer's note
		}
		if p.bareParticiple(k, end) {
			return k // إن الوضع حساس مشيرا إلى أن: the writer turns to the next report, comma or none
		}
		if k+2 < end && p.toks[k].Norm == "في" && p.toks[k+1].Norm == "اشاره" && p.toks[k+2].Norm == "الي" {
			return k // إن "مجموعة من الرعاع" تبنت الهجوم في إشارة إلى: the writer's note, comma or none
		}
		if p.closingMark(k) && p.kindOf(k+1) == cueParticiple {
			return k + 1 // "..." مضيفا أن، "...،" مشيرة إلى: a report of its own
		}
		if p.toks[k].Text != "،" && p.toks[k].Text != "," {
			continue
		}
		next := p.toks[k+1]
		kind := p.kindOf(k + 1)
		if kind == cueVerb && next.Prefix == "" && p.namedSubjectOnly(a, k) {
			continue // أن وزير الدفاع، سيرغي شويغو، قال إن: the clause's own verb after its subject
		}
		if kind == cueVerb && next.Prefix == "" && p.reportsNothing(k+1, end) {
			continue // أن مديرها السابق رولاند فان هورميرن، اعترف بجلب: the clause's own verb, with no words of its own
		}
		if p.narratorTurn(k, end) {
			return k
		}
		if timeLinks[next.Norm] && k+3 < end && p.toks[k+2].Norm == "ان" && p.kindOf(k+3) == cueVerb && p.complement(k+3, end) >= 0 {
			return k // ، بعد أن قال الرئيس إن: the writer dates the report by another one
		}
		// A speech verb of its own, alone or after فيما / بينما (، فيما
		// تؤكد أن): another report begins.
		if kind == cueVerb || k+2 < end && (next.Norm == "فيما" || next.Norm == "بينما" || next.Norm == "و" || next.Norm == "اذ" || next.Norm == "حيث" || next.Norm == "كما" || next.Base == "لكن") && (p.kindOf(k+2) == cueVerb || p.kindOf(k+2) == cueDescribe) {
			return k // ، وأضاف أن، و أضاف أن (the conjunction written apart)، إذ وصف، لكنها استدركت، كما أوضحت أنها
		}
		if kind == cueParticiple || kind == cueSource || next.Norm == "وذلك" || p.isComp(k+1) && !p.insideQuoted(a, k, end) ||
			k+2 < end && (next.Norm == "في" && p.toks[k+2].Norm == "اشاره" || next.Norm == "علي" && p.toks[k+2].Norm == "حد") {
			return k
		}
	}
	return end
}

// timeLinks date one event by another after a comma (، بعد أن، قبل أن،
// عقب أن), normalised: before a verb of speech with a clause of its own
// they open another's report, not more of the words before.
var timeLinks = map[string]bool{"بعد": true, "قبل": true, "عقب": true}

// bareParticiple reports at k a participle of speech with no comma before
// it and its own complementizer after it, or after إلى or على, or بالقول
// (الوضع حساس مشيرا إلى أن، المبدأ هو التعايش موضحا بالقول): a report of
// its own that ends the one before; not right after a verb of speech (غرد
// قائلا إن: one report).
func (p *proc) bareParticiple(k, end int) bool {
	if k+1 >= end || p.kindOf(k) != cueParticiple || p.toks[k-1].Kind != marsad.TokenWord || p.kindOf(k-1) == cueVerb {
		return false
	}
	n := p.toks[k+1]
	if p.isComp(k+1) || n.Norm == "بالقول" {
		return true
	}
	return (n.Norm == "الي" || n.Norm == "علي") && k+2 < end && p.isComp(k+2)
}

// namedSubjectOnly reports a reported clause from a to the comma at k that
// is only its subject, ending in a person's name: titles, definite words,
// words with a pronoun, prepositions and names before the name, with a
// comma of apposition at most (أن مديرها السابق في كينيا سامي العلي، أكد؛
// أن وزير الدفاع، سيرغي شويغو، قال إن). A verb of speech after the comma
// is the clause's own, not another report. A bare word that is no title
// or head of a body may be a verb (أن الجيش قتل القائد أبو محمد، قال),
// and a clause that opens with a preposition (إنه بالاشتراك مع الدرويش،
// أشار، إنها لزعيمه أبو بكر، أعلن) is no subject: both are left as they are.
func (p *proc) namedSubjectOnly(a, k int) bool {
	if c := p.seatAside(a, k); c > 0 && p.phraseEndingAt(c-1, a) == a {
		return true // أن المرصد السوري لحقوق الإنسان، ومقره بريطانيا، قال: the body and its seat
	}
	if k-a > 9 || !p.entityEndsAt(k-1) || p.toks[a].Prefix != "" || prepositions[p.toks[a].Base] {
		return false
	}
	start := k - 1
	for start > a && p.inPerson(start-1) {
		start--
	}
	for j := a; j < start; j++ {
		t := p.toks[j]
		if t.Text == "،" || t.Text == "," {
			continue
		}
		if t.Kind != marsad.TokenWord || p.kindOf(j) != "" {
			return false
		}
		if strings.HasPrefix(t.Base, "ال") || ownPronouns[t.Suffix] || prepositions[t.Base] || p.inAnyName(j) ||
			titleNouns[t.Base] || personTitles[t.Norm] || subjectHeads[t.Norm] || outletNouns[t.Base] || p.headInTa(j) {
			continue
		}
		return false
	}
	return true
}

// seatAside returns the comma that opens an aside on a body's seat which
// the comma at k closes (، ومقره بريطانيا،), after a; else -1.
func (p *proc) seatAside(a, k int) int {
	for c := k - 2; c > a && c >= k-5; c-- {
		if p.toks[c].Text != "،" && p.toks[c].Text != "," {
			continue
		}
		t := p.toks[c+1]
		if t.Prefix == "و" && t.Base == "مقر" && ownPronouns[t.Suffix] {
			return c
		}
		return -1
	}
	return -1
}

// deniers are the verbs of denial, as bases: after a comma they answer the
// report before them (، نفت ذلك), they do not go on with it.
var deniers = map[string]bool{"نفي": true, "نفت": true, "نفوا": true}

// reportsNothing reports a verb of speech at v, in a sentence that ends
// at end, with no clause of its own (اعترف بجلب، أقر بالخطأ) and no words
// in quotation marks or after a colon to come, and no subject right after
// it: the verb of the clause before it, not another report.
func (p *proc) reportsNothing(v, end int) bool {
	if v+1 >= end || p.complement(v, end) >= 0 || p.toks[v+1].Kind != marsad.TokenWord || deniers[p.toks[v].Base] {
		return false
	}
	if s := p.toks[v+1]; s.Prefix == "" && (strings.HasPrefix(s.Base, "ال") || titleNouns[s.Base] || unnamedHeads[s.Base]) || p.entityStartsAt(v+1, marsad.PER) || p.entityStartsAt(v+1, marsad.ORG) {
		return false // ، أعلنت الشركة ...، أكد الرئيس الأميركي: a subject of its own, the writer's sentence goes on
	}
	for j := v + 1; j < end; j++ {
		if t := p.toks[j].Text; t == ":" || isOpen(t) {
			return false
		}
	}
	return true
}

// insideQuoted reports a comma at k inside quoted words that opened in the
// clause from a and close before end (أن الزيارة رسالة: "إنها رسالة
// للجيران، بأن البلاد لن تتراجع"): a complementizer after it is the
// speaker's own word, not the clause of an outer verb.
func (p *proc) insideQuoted(a, k, end int) bool {
	open := -1
	for j := a; j < k; j++ {
		t := p.toks[j]
		if t.Kind != marsad.TokenPunct {
			continue
		}
		switch {
		case open >= 0 && closes(p.toks[open].Text, t.Text):
			open = -1
		case open < 0 && isOpen(t.Text) && !p.closingMark(j):
			open = j // a mark written against the word before closes, it opens nothing
		}
	}
	if open < 0 {
		return false
	}
	for j := k + 1; j < end; j++ {
		if p.toks[j].Kind == marsad.TokenPunct && closes(p.toks[open].Text, p.toks[j].Text) {
			return true
		}
	}
	return false
}

// askedWords open the narrator's frame of a reply after a comma: when or
// on being asked (، عندما سئل عما إذا، ، لدى سؤاله عن), as key forms.
var askedWords = map[string]bool{"عندما": true, "حينما": true, "حين": true, "لدي": true, "بعدما": true}

// narratorTurn reports a comma at k after which the narrator speaks again
// before end: في حين with a speech verb of its own (، في حين أعلن التحالف
// أن: another party's statement), or when the speaker was asked (، عندما
// سئل عما إذا). The reported clause ends at the comma.
func (p *proc) narratorTurn(k, end int) bool {
	if k+3 >= end {
		return false
	}
	a, b := p.toks[k+1], p.toks[k+2]
	if a.Norm == "في" && b.Norm == "حين" {
		return p.kindOf(k+3) == cueVerb
	}
	return askedWords[a.Norm] && (b.Norm == "سيل" || b.Norm == "سيلت" || strings.HasPrefix(b.Base, "سوال"))
}

// asHeSaid reports the writer's note "in his words" at k, before end,
// with no comma before it (على حد تعبيره، على حد قولها، على حد وصفه):
// the reported words end before it. على حد سواء is no such note.
func (p *proc) asHeSaid(k, end int) bool {
	if k+2 >= end || p.toks[k].Norm != "علي" || p.toks[k+1].Norm != "حد" {
		return false
	}
	if k+3 < end && p.toks[k+3].Kind == marsad.TokenWord {
		return false // منظمة فدائية على حد تعبيره إلى جيش قوي: the words go on past it
	}
	w := p.toks[k+2].Norm
	for _, stem := range [...]string{"تعبير", "قول", "وصف"} {
		if strings.HasPrefix(w, stem) && ownPronouns[w[len(stem):]] {
			return true
		}
	}
	return false
}

// conjoinedReport reports a speech verb at k joined by و with no comma
// before it, whose subject of a few words (a name or a definite noun, not
// a preposition: وأشارت إلى أن may be said by a subject inside the clause)
// is followed by a complementizer before end (والنزاهة وقال السيسي إنه،
// وقالت الشرطة إنه): a report of its own begins.
func (p *proc) conjoinedReport(k, end int) bool {
	t := p.toks[k]
	if !strings.HasPrefix(t.Prefix, "و") || p.kindOf(k) != cueVerb || k+2 >= end {
		return false
	}
	for j := k + 2; j < end && j <= k+5; j++ {
		if p.toks[j].Kind != marsad.TokenWord {
			return false
		}
		if p.isComp(j) {
			w := p.toks[k+1]
			return p.entityStartsAt(k+1, marsad.PER) || p.entityStartsAt(k+1, marsad.ORG) || strings.HasPrefix(w.Base, "ال") && !p.notSubject(w)
		}
	}
	return false
}

// closingMark reports a quotation mark at k written against the word or
// comma before it: it closes the quoted words.
func (p *proc) closingMark(k int) bool {
	t := p.toks[k]
	return k > 0 && t.Kind == marsad.TokenPunct && closesAny(t.Text) && p.toks[k-1].End == t.Start
}

// refusals are the verbs, after و, of one who declines to say more or
// apologises (ورفض، ورفضت، وقدم، وقدمت), as key forms.
var refusals = map[string]bool{"رفض": true, "رفضت": true, "رفضوا": true, "رفضا": true, "قدم": true, "قدمت": true, "قدموا": true}

// withheld are the objects of a refusal to say more or of an apology
// (التعليق، الكشف عن، الإفصاح، توفير التفاصيل، اعتذارا).
var withheld = map[string]bool{"التعليق": true, "الكشف": true, "الافصاح": true, "الادلاء": true, "الخوض": true,
	"الرد": true, "الاجابه": true, "توفير": true, "اعطاء": true, "ذكر": true, "تحديد": true, "تاكيد": true,
	"اعتذارا": true, "اعتذاره": true, "اعتذارها": true, "اعتذارهم": true}

// withholds reports a verb at k joined by و that declines to say more or
// apologises, with or without its subject (، ورفض التعليق، ورفض المسؤول
// الإفصاح، وقدم اعتذارا): the writer tells what the speaker did; the words
// reported before it end there.
func (p *proc) withholds(k int) bool {
	t := p.toks[k]
	if k+1 >= len(p.toks) || !strings.HasPrefix(t.Prefix, "و") || !refusals[t.Base] {
		return false
	}
	obj := p.toks[k+1]
	if strings.HasPrefix(obj.Base, "ال") && !withheld[obj.Base] && k+2 < len(p.toks) {
		obj = p.toks[k+2] // ورفض المسؤول الإفصاح: its subject between
	}
	return withheld[obj.Base] || withheld[obj.Norm]
}

// unsaidVerbs are verbs in the present of naming or giving details (لم
// يذكر، لم تحدد، دون أن يكشف), as key forms.
var unsaidVerbs = map[string]bool{"يذكر": true, "تذكر": true, "يحدد": true, "تحدد": true, "يوضح": true, "توضح": true,
	"يكشف": true, "تكشف": true, "يفصح": true, "تفصح": true, "يسم": true, "تسم": true, "يعط": true, "تعط": true}

// leftUnsaid reports at k the writer's note of what the speaker did not
// say: لكنه (لكنها، لكنهم) لم before a verb of naming or giving details
// (لكنها لم تذكر اسم الشخص), or (من) دون أن before one (دون أن يحدد
// موعدا).
// The reported words end before it.
func (p *proc) leftUnsaid(k, end int) bool {
	if k+2 >= end {
		return false
	}
	t, n, v := p.toks[k], p.toks[k+1], p.toks[k+2]
	if p.unsaidNoun(k) {
		return true
	}
	if n.Norm == "دون" && k+3 < end {
		v = p.toks[k+3] // من دون أن يحدد
	} else if n.Norm == "من" && k+4 < end {
		v = p.toks[k+4] // ولكن من دون أن يحدد
	}
	if v.Kind != marsad.TokenWord || v.Prefix != "" || !unsaidVerbs[v.Base] {
		return false
	}
	switch {
	case t.Base == "لكن" && ownPronouns[t.Suffix]:
		return n.Norm == "لم"
	case t.Base == "دون" && strings.Trim(t.Prefix, "و") == "":
		return n.Norm == "ان" && !(k > 0 && p.toks[k-1].Norm == "من")
	case t.Norm == "من" || t.Norm == "ومن":
		return n.Norm == "دون" && k+3 < end && p.toks[k+2].Norm == "ان" && !(k > 0 && p.toks[k-1].Base == "لكن" && p.toks[k-1].Suffix == "")
	case t.Base == "لكن" && t.Suffix == "" && n.Norm == "من" && k+4 < end:
		return p.toks[k+2].Norm == "دون" && p.toks[k+3].Norm == "ان" && unsaidVerbs[p.toks[k+4].Base] // ولكن من دون أن يحدد
	}
	return false
}

// unsaidNouns are verbal nouns of naming or giving details after دون
// (دون ذكر، دون الكشف عن), normalised.
var unsaidNouns = map[string]bool{"ذكر": true, "الكشف": true, "كشف": true, "تحديد": true, "توضيح": true, "الافصاح": true, "الاعلان": true}

// unsaidNoun reports at k, after a comma, دون or من دون before a verbal
// noun of naming (، دون الإعلان عن فترة تطبيقها؛ ، من دون ذكر اسمه): the
// writer's note of what was left unsaid.
func (p *proc) unsaidNoun(k int) bool {
	if k < 1 || p.toks[k-1].Text != "،" {
		return false
	}
	if p.toks[k].Norm == "من" {
		k++
	}
	if k+1 >= len(p.toks) || p.toks[k].Base != "دون" || strings.Trim(p.toks[k].Prefix, "و") != "" {
		return false
	}
	n := p.toks[k+1]
	return n.Kind == marsad.TokenWord && n.Prefix == "" && unsaidNouns[n.Norm]
}

// pronounLink reports a conjunction with a pronoun right before the cue
// (لكنها استدركت، ولكنه قال): the pronoun is the subject, and a word after
// the verb (استدركت مخاطبة الفلسطينيين) is not, unless it begins a name
// (لكنها أوضحت ماي أنه).
func (p *proc) pronounLink(cue int) bool {
	if cue < 1 || cue+1 >= len(p.toks) {
		return false
	}
	t := p.toks[cue-1]
	if t.Base != "لكن" || !ownPronouns[t.Suffix] {
		return false
	}
	return !p.entityStartsAt(cue+1, marsad.PER) && !p.entityStartsAt(cue+1, marsad.ORG)
}

// resumedSubject returns the subject of a verb of speech in a relative
// clause that stands after the preposition with the pronoun of the
// relative (في الوقت الذي أشار فيه إمام الجمعة إلى أن، البيان الذي قال فيه
// الوزير إن): the one named there speaks, not the noun before الذي. Nil
// when no subject follows (التي قال فيها إنه).
func (p *proc) resumedSubject(cue, limit int) *marsad.Mention {
	if cue < 1 || cue+2 >= limit || !relatives[p.toks[cue-1].Norm] {
		return nil
	}
	t := p.toks[cue+1]
	if t.Kind != marsad.TokenWord || !prepositions[t.Base] || !ownPronouns[t.Suffix] {
		return nil
	}
	return p.withName(p.np(cue+2, limit), limit)
}

// relativeVerb reports a verb in a relative clause (ما أعلنه المرشد،
// الذي ذكره الوزير): its subject does not speak next.
func (p *proc) relativeVerb(i int) bool {
	if i == 0 {
		return false
	}
	prev := p.toks[i-1].Norm
	return relatives[prev] || prev == "ما" || prev == "مما" || prev == "لما"
}

// hasEntity reports whether a person or organisation lies inside sp.
func (p *proc) hasEntity(sp marsad.Span) bool {
	for _, e := range p.ents {
		if (e.Type == marsad.PER || e.Type == marsad.ORG) && sp.Contains(e.Span) {
			return true
		}
	}
	return false
}

// attributionLinks stand between an attribution word and its source:
// وفقا لما ذكرته الشرطة، بحسب ما أفادت به الوكالة، وفق ما أظهرت الدراسة، بحسب ما
// جاء في البيان، بحسب ما أدلى به (no source after it: he stated).
var attributionLinks = map[string]bool{"ل": true, "لما": true, "عن": true, "ما": true, "به": true,
	"ذكر": true, "ذكرت": true, "افاد": true, "افادت": true, "قال": true, "قالت": true, "نشر": true, "نشرت": true,
	"اورد": true, "اوردت": true, "اعلن": true, "اعلنت": true, "اكد": true, "اكدت": true, "نقل": true, "نقلت": true,
	"اظهر": true, "اظهرت": true, "كشف": true, "كشفت": true, "اوضح": true, "اوضحت": true, "بين": true, "بينت": true,
	"جاء": true, "في": true, "ادلي": true, "ادلت": true}

// attribution reads "بحسب X", "وفقا لـ X", "نقلا عن X": the speaker follows,
// the reported content is the rest of the sentence.
func (p *proc) attribution(i, lo, hi int) {
	sp, j := p.source(i, hi)
	if sp == nil {
		return
	}
	ss, se := p.sentenceStart(i, lo), p.sentenceEnd(i, hi)
	a, b := ss, i // content before the phrase
	k := j
	for k < se && p.toks[k].End <= sp.End {
		k++
	}
	if i-ss < 3 || p.faInnaAfter(k, se) {
		a, b = k, se // ...، وبحسب الدراسة فإن قيادات ...: the words after فإن
		if b = p.participleEnd(a, b); b < se && p.kindOf(a+1) == cueSource {
			return // بحسب ما ذكرته الوكالة، نقلا عن المصدر، لافتة: a relay before the participle, no words
		}
	} else if p.dashAside(i, k, se) {
		b = se // وقد أمضت الفرق - بحسب ما ذكرته الوكالة - 9 ساعات داخل المبنى: the sentence goes on past the aside
	}
	inside := b == i && p.inClause(ss, i, k, se)
	if inside {
		b = se // ويدعو البيان الختامي حسب مسودة حصلت عليها الصحيفة إلى إرسال "...": the sentence goes on past the source
	}
	for a < b && (p.toks[a].Kind == marsad.TokenPunct || a > i && p.faInnaAt(a)) {
		a++ // ، فإن الاتفاق يعني: the words begin after فإن
	}
	for b > a && p.toks[b-1].Kind == marsad.TokenPunct {
		b--
	}
	if b == i && b > a && p.toks[b-1].Norm == "وذلك" {
		b-- // ... على ذمة التحقيق وذلك حسبما ذكرت مصادر: the writer's link, not the words
		for b > a && p.toks[b-1].Kind == marsad.TokenPunct {
			b--
		}
	}
	if p.words(a, b) < 3 {
		return
	}
	a, last := p.balance(a, b-1, se)
	b = last + 1
	for k := a; k < b && !inside; k++ {
		if p.inDirect[k] {
			return
		}
	}
	if p.cueWithin(p.toks[a].Start, p.toks[b-1].End) {
		return // وأكد الدويد أن ...، بحسب ما جرى رصده: the words have their speaker
	}
	if b == i && strings.TrimLeft(p.toks[i].Norm, "وف") == "نقلا" {
		for k := a; k < b && k < a+3; k++ {
			if p.kindOf(k) == cueVerb {
				p.last = sp // the one relayed, named in full, is the one a later المصدر goes back to
				return      // من جانبها ذكرت القناة نقلا عن الوزير قوله "...": who relays, not what
			}
		}
	}
	if b <= i && p.wordsAfterSource(a, b, k, se) {
		return // وقال بوتين في الفيلم، بحسب تقرير الوكالة: "...": the verb's words come after the source
	}
	if p.ownWords(j, sp) {
		sp = p.ownerOfWords(ss, i, lo) // رجح الأمين العام ... وجود محاولات، بحسب تصريحاته: his, not his statements
	}
	q := marsad.Quote{Kind: marsad.Indirect, Cue: p.mention(i, i+1), Speaker: sp}
	q.Span = marsad.Span{Start: p.toks[a].Start, End: p.toks[b-1].End}
	q.Text = p.d.Slice(q.Span)
	p.add(q)
}

// ownWordsNouns are the nouns of one's own words or statement that an
// attribution names with his pronoun (بحسب تصريحاته، وفق تقديره، حسب
// بيان له), normalised, with no article.
var ownWordsNouns = map[string]bool{"قول": true, "تعبير": true, "كلام": true, "زعم": true, "راي": true, "تاكيد": true,
	"تصريح": true, "تصريحات": true, "تقدير": true, "بيان": true, "بلاغ": true, "خطاب": true, "كلمه": true,
	"روايه": true, "تغريده": true, "تدوينه": true, "حساب": true, "شهاده": true, "اعتراف": true, "تصور": true}

// ownWords reports a source at token j, named by sp, that is the words of
// one the pronoun goes back to: a noun of ownWordsNouns with his pronoun
// (تصريحاته، تقديرها) or with له، لها، لهم after it (بيان له).
func (p *proc) ownWords(j int, sp *marsad.Mention) bool {
	if sp == nil || j >= len(p.toks) || p.toks[j].Start != sp.Start {
		return false
	}
	t := p.toks[j]
	if t.End == sp.End {
		if t.Suffix != "" {
			return ownWordsNouns[t.Base]
		}
		for _, suf := range []string{"ه", "ها", "هم", "هما"} {
			if strings.HasSuffix(t.Norm, suf) && ownWordsNouns[strings.TrimSuffix(t.Norm, suf)] {
				return true
			}
		}
		return false
	}
	if j+1 >= len(p.toks) || p.toks[j+1].End != sp.End || t.Suffix != "" {
		return false
	}
	n := p.toks[j+1].Norm
	return ownWordsNouns[t.Norm] && (n == "له" || n == "لها" || n == "لهم" || n == "لهما")
}

// ownerOfWords returns the one whose own words an attribution at i names
// (بحسب تصريحاته): the one named as the subject of the verb its sentence,
// from ss, opens with, after an adverbial phrase and its comma at most (رجح
// الأمين العام للحركة فلان ... ، بحسب تصريحاته; في المقابل، انتقدت الحكومة
// ...، وفق تقديرها), else the last speaker when the verb has no subject
// after it (ودعا إلى ...، بحسب تعبيره). Nil when neither is found.
func (p *proc) ownerOfWords(ss, i, lo int) *marsad.Mention {
	v := p.afterOpeningPhrase(ss, i)
	if n := p.toks[v].Norm; (n == "قد" || n == "وقد" || n == "فقد" || n == "كما") && v+1 < i {
		v++
	}
	if t := p.toks[v]; v+1 >= i || t.Kind != marsad.TokenWord || p.toks[v].Prefix != "" && strings.Trim(p.toks[v].Prefix, "وف") != "" {
		return nil
	}
	if p.kindOf(v) == cueSource || p.kindOf(v) == cueParticiple || p.kindOf(v) == "" && (p.notSubject(p.toks[v]) || particles[p.toks[v].Base] || p.isComp(v) || p.inTime(p.toks[v]) || v == ss && !p.openingVerb(v, lo)) {
		return nil
	}
	if w := p.toks[v+1]; p.notSubject(w) || w.Kind != marsad.TokenWord || !strings.HasPrefix(w.Norm, "ال") && (w.Suffix != "" || strings.HasSuffix(w.Text, "ه") || strings.HasSuffix(w.Text, "ها")) && p.entityAt(v+1) == nil {
		return p.last // ودعا إلى ...، وبرر اختياره ...: no subject after the verb, it goes on with the last one
	}
	if m := p.np(v+1, i); m != nil && p.toks[v+1].Prefix == "" {
		return p.namedSubject(m, i)
	}
	return nil
}

// afterOpeningPhrase returns the token after a phrase of a preposition and
// at most three words and its comma that open the sentence at ss (في
// المقابل، من جهته،), before i; else ss.
func (p *proc) afterOpeningPhrase(ss, i int) int {
	t := p.toks[ss]
	if t.Kind != marsad.TokenWord || !notSubjectWords[t.Norm] && !strings.ContainsAny(strings.TrimLeft(t.Prefix, "وف"), "لب") {
		return ss
	}
	for k := ss + 1; k < i && k <= ss+4; k++ {
		if p.toks[k].Text == "،" || p.toks[k].Text == "," {
			return k + 1
		}
		if p.toks[k].Kind != marsad.TokenWord {
			return ss
		}
	}
	return ss
}

// namedSubject returns the subject in the noun phrase m after a verb that
// is no verb of speech, before limit, cut after the name it holds, so that
// the verb's object is no part of it (أعلنت تقارير إخبارية خبرا عاجلا;
// فرضت وزارة الخزانة الأمريكية عقوبات): a person's name with the title
// before it and the name between commas after a title (النائبة، فلانة،); a
// body or a state that m opens with; else a title with up to two definite
// words of its office after it. Nil when m names no one.
func (p *proc) namedSubject(m *marsad.Mention, limit int) *marsad.Mention {
	a, b := p.tokenRange(m.Span)
	for k := a; k < b; k++ {
		if e := p.entityAt(k, marsad.PER); e != nil && e.End <= m.End {
			e1 := k
			for e1 < b && p.toks[e1].End <= e.End {
				e1++
			}
			return p.mention(a, e1)
		}
	}
	if w := p.withName(p.mention(a, b), limit); w.End > m.End {
		return w
	}
	if e := p.entityAt(a, marsad.ORG, marsad.LOC); e != nil && e.Start == p.toks[a].Start && e.End <= m.End {
		e1 := a
		for e1 < b && p.toks[e1].End <= e.End {
			e1++
		}
		return p.mention(a, e1)
	}
	if bodyNouns[p.toks[a].Norm] || titleNouns[strings.TrimPrefix(p.toks[a].Norm, "ال")] || titleNouns[strings.TrimPrefix(p.toks[a].Norm, "ال")+"ه"] {
		e1 := a + 1
		for e1 < b && e1 <= a+2 && (p.definite(e1) || p.adjective(e1)) {
			e1++
		}
		if e1 < b && p.toks[e1].Text == "،" {
			return p.withName(p.mention(a, e1), limit)
		}
		if b < len(p.toks) && (p.toks[b].Text == "،" || p.toks[b].Text == ",") {
			return p.withName(m, limit) // رئيس كتلة الحركة بمجلس النواب، فلان: the phrase ends at its comma
		}
		return p.mention(a, e1)
	}
	return nil
}

// wordsAfterSource reports words [a, b) before an attribution that open
// with a verb of speech, among their first three words, and have no
// complementizer or colon of their own, when the source ending at k is
// followed, past the source's quoted name ("واس") and a comma, by a
// colon, an opening mark or a complementizer before se (وقال بوتين في الفيلم، بحسب تقرير الوكالة: "..."، وقال
// الوزير، بحسب ما نقلت عنه الوكالة، "..."): the verb and its subject
// only, whose words come after the source.
func (p *proc) wordsAfterSource(a, b, k, se int) bool {
	verb := false
	for j := a; j < b && j < a+3; j++ {
		if p.kindOf(j) == cueVerb {
			verb = true
			break
		}
	}
	if !verb {
		return false
	}
	for j := a; j < b; j++ {
		if p.isComp(j) || p.toks[j].Text == ":" || isOpen(p.toks[j].Text) {
			return false
		}
	}
	if k < se && isOpen(p.toks[k].Text) {
		c := k + 1
		for c < se && c <= k+5 && !closes(p.toks[k].Text, p.toks[c].Text) {
			c++
		}
		if c < se && c <= k+5 {
			k = c + 1 // وكالة الأنباء السعودية "واس"، مراسل "سكاي نيوز عربية": the source's name
		}
	}
	for k < se && (p.toks[k].Text == "،" || p.toks[k].Text == ",") {
		k++
	}
	if k < se && isOpen(p.toks[k].Text) && p.toks[k].Start == p.toks[k-1].End {
		return false // وفق ما نقلت "فرانس برس".: the mark that closes the source's name
	}
	return k < se && (p.toks[k].Text == ":" || isOpen(p.toks[k].Text) || p.isComp(k))
}

// participleEnd returns the end of the words of an attribution that run
// from a to b: a comma before a participle cue (وبحسب التقرير، فإن ...،
// مشيرا إلى أن), or a closing mark before one, opens a report of its own.
// A plural participle (فإن الوكلاء أبلغوا ...، موضحين) is of the many
// named in the words, and stays in them.
func (p *proc) participleEnd(a, b int) int {
	for k := a + 1; k+1 < b; k++ {
		if (p.toks[k].Text == "،" || p.toks[k].Text == "," || p.closingMark(k)) && p.kindOf(k+1) == cueParticiple && !p.pluralParticiple(k+1) {
			return k
		}
	}
	return b
}

// inClause reports an attribution word at i set inside its clause, with
// no punctuation before it, after a verb and its subject of at most five
// words that open the sentence, and words of the clause after its source
// at k, no punctuation between (ويدعو البيان الختامي حسب مسودة حصلت
// عليها الصحيفة إلى إرسال قوة): the sentence goes on past it, and the
// words before it are no report alone.
func (p *proc) inClause(ss, i, k, se int) bool {
	if i-ss > 5 || i-ss < 2 || k >= se || p.toks[k].Kind != marsad.TokenWord || p.words(k, se) < 3 || !p.verbLike(ss) {
		return false
	}
	for j := ss; j < i; j++ {
		if p.toks[j].Kind != marsad.TokenWord {
			return false // a comma or a mark before: the words are a clause of their own
		}
	}
	return true
}

// verbLike reports a word at k that opens a verbal sentence: a verb of
// the present (ي، ت after و at most) or a word the cues know as a verb.
func (p *proc) verbLike(k int) bool {
	t := p.toks[k]
	w := strings.TrimPrefix(strings.TrimPrefix(t.Text, t.Prefix), "و")
	return p.kindOf(k) == cueVerb || t.Suffix == "" && (strings.HasPrefix(w, "ي") || strings.HasPrefix(w, "ت")) && !p.inName(k)
}

// dashAside reports an attribution word at i set between dashes in the
// middle of a sentence (أمضت الفرق - بحسب ما ذكرته الوكالة - 9 ساعات):
// a dash right before it and another at k, where its source ends, or a
// word or two after, before se.
func (p *proc) dashAside(i, k, se int) bool {
	if i < 1 || !isDash(p.toks[i-1].Text) {
		return false
	}
	for d := k; d < se && d <= k+2; d++ {
		if isDash(p.toks[d].Text) {
			return d+1 < se
		}
	}
	return false
}

// isDash reports a dash that sets off an aside.
func isDash(tok string) bool {
	return tok == "-" || tok == "–" || tok == "—"
}

// faInnaAfter reports فإن (or فإنه ...) at k, after a comma or not,
// before se: the words after the source of an attribution in the middle
// of a sentence are its content (ونشر المعهد دراسة، وبحسب الدراسة فإن
// ...), not the clause before it.
func (p *proc) faInnaAfter(k, se int) bool {
	if k < se && p.toks[k].Kind == marsad.TokenPunct && p.toks[k].Text == "،" {
		k++
	}
	return k < se && p.faInnaAt(k)
}

// source returns the source an attribution word at i names and the token
// it starts at: nil for a measure (حسب التوقيت المحلي، حسب المحاصصة
// الطائفية) or a source of a figure only (البالغ عددهم، بحسب لوائح
// الشطب 3,7 مليون شخص).
func (p *proc) source(i, hi int) (*marsad.Mention, int) {
	j := i + 1
	for j < hi && j <= i+3 && (attributionLinks[p.toks[j].Norm] || attributionLinks[p.toks[j].Base]) {
		j++
	}
	if j < hi && p.presentVerb(j) {
		// حسبما يقول مسؤولون، حسب ما تفيد به التقارير: the subject after
		// the verb; حسبما يرون: the subject in the verb, no one named; حسب
		// ما ينص عليه الدستور: no one speaks.
		if strings.HasSuffix(p.toks[j].Text, "ون") || p.kindOf(j) == "" && !presentReports[p.toks[j].Base] {
			return nil, j
		}
		j++
		for j < hi && j <= i+5 && attributionLinks[p.toks[j].Norm] {
			j++
		}
	}
	if j < hi && onlyAfter[p.toks[j].Norm] {
		return nil, j // لم تفرض العقوبات وحسب بل شددتها: "only", no source
	}
	sp := p.np(j, hi)
	if sp == nil || p.ruleNoun(j) || p.figureAfterSource(j, sp) {
		return nil, j
	}
	if e := p.relativeAfterSource(j, sp); e > j {
		sp = p.mention(j, e) // وفق مسودة اطلعت عليها فرانس برس: the draft, not the agency that saw it
	}
	return sp, j
}

// relativeAfterSource returns the end of a source starting at token j
// before a relative clause with no relative pronoun that its mention sp
// runs into: a verb after an indefinite word, followed by a preposition
// with the pronoun of the word (مسودة حصلت عليها الصحيفة، وثيقة اطلعت
// عليها رويترز); a word of ال or م, or of a sound plural, is no verb
// (نشطاء مقربون منه، محامي الدفاع عنها). Else -1.
func (p *proc) relativeAfterSource(j int, sp *marsad.Mention) int {
	for k := j + 1; k+1 < len(p.toks) && p.toks[k+1].End <= sp.End; k++ {
		prev, next, v := p.toks[k-1], p.toks[k+1], p.toks[k]
		if prev.Kind != marsad.TokenWord || strings.HasPrefix(prev.Norm, "ال") || prev.Suffix != "" || v.Prefix != "" || p.inName(k) {
			continue
		}
		if strings.HasPrefix(v.Norm, "ال") || strings.HasPrefix(v.Norm, "م") || strings.HasSuffix(v.Norm, "ين") || strings.HasSuffix(v.Norm, "ون") {
			continue // نشطاء مقربون منه، محامي الدفاع عنها: an adjective or a noun, no verb
		}
		if next.Suffix != "" && (next.Base == "علي" || next.Base == "الي" || next.Base == "من" || next.Base == "عن") {
			return k
		}
	}
	return -1
}

// presentVerb reports a verb of the present at token k after the ما of an
// attribution (حسبما يرى، كما يقولون، وفق ما تقول): a word of ي or ت with no
// clitic that is no name and no noun of the pattern of the present.
func (p *proc) presentVerb(k int) bool {
	t := p.toks[k]
	if t.Kind != marsad.TokenWord || t.Prefix != "" || !strings.HasPrefix(t.Text, "ي") && !strings.HasPrefix(t.Text, "ت") || p.inName(k) || p.entityStartsAt(k, marsad.PER) || p.entityStartsAt(k, marsad.ORG) {
		return false
	}
	if approximators[t.Base] {
		return false // وفقا لما يقرب من 12 شخصا: about twelve people
	}
	prev := p.toks[k-1]
	return strings.HasSuffix(prev.Norm, "ما") || p.kindOf(k) != "" && !strings.HasPrefix(t.Base, "ال")
}

// presentReports are verbs of the present that report a source after ما
// (حسب ما تفيد به التقارير، حسبما تشير مصادر), normalised, though no cue of
// their own.
var presentReports = map[string]bool{"يفيد": true, "تفيد": true, "يشير": true, "تشير": true, "يذكر": true, "تذكر": true,
	"يورد": true, "تورد": true, "ينقل": true, "تنقل": true, "يظهر": true, "تظهر": true, "يبين": true, "تبين": true}

// approximators read ما before them as "about" (ما يقرب من، ما يناهز).
var approximators = map[string]bool{"يقرب": true, "يناهز": true, "يزيد": true, "يربو": true}

// issuingWords issue a statement (أصدر بيانا، إصدار بيان), normalised.
var issuingWords = map[string]bool{"اصدر": true, "اصدرت": true, "اصدار": true}

// issuer returns the person who issues a statement at token i (the verb
// or its verbal noun before بيان): the name right after the verb (أصدر
// سامر بيانا), or the one right before the verbal noun, at most a comma
// and إلى between (ودفعت الانتقادات اللاعب سامر، إلى إصدار بيان). He
// speaks the next verb with no subject of its own; so does the one who
// gives his words after أدلى (see giver). Else nil.
func (p *proc) issuer(i, lo int) *marsad.Mention {
	t := p.toks[i]
	if t.Kind == marsad.TokenWord && t.Base == "ادلي" && t.Suffix == "" && i+1 < len(p.toks) {
		return p.giver(i)
	}
	if t.Kind != marsad.TokenWord || !issuingWords[t.Base] || i+1 >= len(p.toks) {
		return nil
	}
	if (t.Base == "اصدر" || t.Base == "اصدرت") && t.Suffix == "" {
		e := p.entityAt(i+1, marsad.PER, marsad.ORG, marsad.LOC) // أصدر سامر، أصدرت إسرائيل بيانا
		if e == nil || p.toks[i+1].Prefix != "" {
			return nil
		}
		k := i + 1
		for k < len(p.toks) && p.toks[k].End <= e.End {
			k++
		}
		if k < len(p.toks) && p.statementNoun(k) {
			return &marsad.Mention{Span: e.Span, Text: e.Text}
		}
		return nil
	}
	if t.Base != "اصدار" || t.Suffix != "" || !p.statementNoun(i+1) {
		return nil
	}
	k := i - 1
	for k > lo && (p.toks[k].Text == "،" || p.toks[k].Norm == "الي") {
		k--
	}
	if k < lo || k < p.sentenceStart(i, lo) {
		return nil
	}
	for _, e := range p.ents {
		if e.Type == marsad.PER && e.End == p.toks[k].End {
			return &marsad.Mention{Span: e.Span, Text: e.Text}
		}
	}
	return nil
}

// givenWords are what one gives after أدلى بـ (بتعليقاته، بتصريحات، بشهادته,
// not بصوته: he voted), as key forms.
var givenWords = map[string]bool{"تعليق": true, "تعليقات": true, "تصريح": true, "تصريحات": true, "شهاده": true, "شهادت": true, "افاده": true, "افادت": true, "حديث": true}

// giver returns the subject of أدلى at i when what he gave after ب is
// words (وأدلى البابا بتعليقاته، أدلى الوزير بتصريحات): he speaks the next
// verb with no subject of its own. Else nil.
func (p *proc) giver(i int) *marsad.Mention {
	end := p.sentenceEnd(i, len(p.toks))
	for k := i + 2; k < end && k <= i+8; k++ {
		t := p.toks[k]
		if t.Kind != marsad.TokenWord {
			return nil
		}
		if t.Prefix == "ب" {
			if !givenWords[t.Base] {
				return nil
			}
			return p.np(i+1, k)
		}
	}
	return nil
}

// messageNouns are written messages that speak a verb of the present
// right after them (رسالة تقول، بيان يؤكد), normalised. The accusative
// (أصدر بيانا يوضح) is the object of one who issues it, who speaks.
var messageNouns = map[string]bool{"رساله": true, "بيان": true, "تقرير": true, "مذكره": true, "وثيقه": true, "برقيه": true, "تغريده": true}

// messageSubject returns a written message, an indefinite noun, with at most
// a phrase of من or عن after it, right before a verb of the present at cue
// that agrees with it (تلقت الشركة رسالة من لجنة المساواة تقول إن): the
// verb describes the message, which is its subject. Else nil.
func (p *proc) messageSubject(cue, lo int) *marsad.Mention {
	t := p.toks[cue]
	if t.Prefix != "" || !strings.HasPrefix(t.Text, "ي") && !strings.HasPrefix(t.Text, "ت") {
		return nil
	}
	for a := cue - 1; a >= lo && a >= cue-5; a-- {
		w := p.toks[a]
		if w.Kind != marsad.TokenWord || p.kindOf(a) != "" || p.isComp(a) || relatives[w.Norm] {
			return nil
		}
		if w.Prefix != "" || w.Suffix != "" || !messageNouns[w.Norm] {
			continue
		}
		if a-1 >= lo && issuingWords[p.toks[a-1].Base] {
			return nil // أصدر بيان يقول: the one who issues it speaks
		}
		if feminine(t) != strings.HasSuffix(w.Norm, "ه") {
			return nil
		}
		if a+1 < cue && p.toks[a+1].Norm != "من" && p.toks[a+1].Norm != "عن" {
			return nil
		}
		return p.mention(a, cue)
	}
	return nil
}

// statementNoun reports a statement at k, indefinite and with no clitic
// (بيان، بيانا، تصريحا).
func (p *proc) statementNoun(k int) bool {
	t := p.toks[k]
	b := strings.TrimSuffix(t.Norm, "ا")
	return t.Kind == marsad.TokenWord && t.Prefix == "" && t.Suffix == "" && (b == "بيان" || b == "تصريح")
}

// openingSource returns the attribution word and the source of a sentence
// that opens with one before a comma (وبحسب منظمة هيومن رايتس ووتش، تعرض
// منصور "...")، for a quotation at open in it with no cue: the words are
// the source's, not the last speaker's. Else -1 and nil.
func (p *proc) openingSource(lo, hi, open int) (int, *marsad.Mention) {
	ss := p.sentenceStart(open, lo)
	for i := ss; i < open && i <= ss+1; i++ {
		if p.kindOf(i) != cueSource {
			continue
		}
		sp, _ := p.source(i, hi)
		if sp == nil || sp.End > p.toks[open].Start {
			return -1, nil
		}
		k := i + 1
		for k < open && (p.toks[k].End <= sp.End || p.relationAdjective(k)) {
			k++ // صحيفة "هآرتس" الإسرائيلية،
		}
		if k >= open || p.toks[k].Text != "،" && p.toks[k].Text != "," || p.personSpeaksBefore(k, open) {
			return -1, nil // بحسب الوكالة "واس" جاء في بيان من النيابة؛ فإن نصرالله يعتبر "...": another's words
		}
		return i, sp
	}
	return -1, nil
}

// relationAdjective reports a definite adjective of relation at k with no
// clitic (الإسرائيلية، الرسمي); إلى, normalised الي, is none.
func (p *proc) relationAdjective(k int) bool {
	t := p.toks[k]
	return t.Kind == marsad.TokenWord && t.Prefix == "" && t.Norm != "الي" && strings.HasPrefix(t.Norm, "ال") && (strings.HasSuffix(t.Norm, "ي") || strings.HasSuffix(t.Norm, "يه"))
}

// personSpeaksBefore reports a person named in tokens (from, open) right
// before a verb of the present (فإن نصرالله يعتبر "..."): the subject of
// a verb of his own, whose words the quotation at open is, though the
// verb is no cue.
func (p *proc) personSpeaksBefore(from, open int) bool {
	for k := from + 1; k+1 < open; k++ {
		v := p.toks[k+1]
		if !p.personEndsAt(k) || v.Kind != marsad.TokenWord || v.Prefix != "" || strings.HasPrefix(v.Norm, "ال") {
			continue
		}
		if strings.HasPrefix(v.Norm, "ي") || strings.HasPrefix(v.Norm, "ت") {
			return true
		}
	}
	return false
}

// ruleNouns name a measure or a system things are done by, not one who
// speaks: حسب التوقيت المحلي، حسب المحاصصة الطائفية، وفق الترتيب الأبجدي، وفقا لتسلسلهم،
// and the rules things accord with (وفق مبادئ الدين، وفقا لأحكام القانون).
var ruleNouns = map[string]bool{"توقيت": true, "محاصصه": true, "ترتيب": true, "تسلسل": true, "تقسيم": true, "تقويم": true,
	"حاجه": true, "اصول": true, "اولويه": true, "ظروف": true, "مواعيد": true,
	"مبادي": true, "مبدا": true, "احكام": true, "قواعد": true, "معايير": true, "شروط": true, "قانون": true, "قوانين": true,
	"دستور": true, "تعاليم": true, "شريعه": true, "اعراف": true, "تقاليد": true, "مقتضيات": true}

// needNouns are the nouns of need and weight a verb of speech takes
// before أن as its object (أكد ضرورة أن، شدد على أهمية أن), normalised:
// never its subject.
var needNouns = map[string]bool{"ضروره": true, "اهميه": true, "وجوب": true, "حتميه": true, "لزوم": true}

// onlyAfter are the words that follow حسب when it means "only" (لم تفرض
// العقوبات وحسب بل شددتها، ليس هذا فحسب وإنما), normalised.
var onlyAfter = map[string]bool{"بل": true, "وانما": true, "انما": true, "ولكن": true, "لكن": true}

// ruleNoun reports one of ruleNouns at token j, with or without its
// article, or with the ل and the pronoun the clitic splitter left on it
// (لتسلسلهم).
func (p *proc) ruleNoun(j int) bool {
	b := p.toks[j].Base
	if ruleNouns[strings.TrimPrefix(b, "ال")] {
		return true
	}
	if !strings.HasPrefix(b, "ل") {
		return false
	}
	b = strings.TrimPrefix(b, "ل")
	for _, suf := range []string{"هم", "ها", "ه", "هما"} {
		if strings.HasSuffix(b, suf) && ruleNouns[strings.TrimSuffix(b, suf)] {
			return true
		}
	}
	return false
}

// figureAfterSource reports a figure (a number before a word of scale:
// 3,7 مليون، 40 ألف) right after the first word of the source sp that
// starts at token j: the attribution gives that figure, standing in the
// sentence it interrupts, and the words before it are the writer's.
func (p *proc) figureAfterSource(j int, sp *marsad.Mention) bool {
	for k := j + 1; k+1 < len(p.toks) && p.toks[k].Start < sp.End; k++ {
		if p.toks[k].Kind == marsad.TokenNumber {
			return scaleWords[p.toks[k+1].Norm]
		}
	}
	return false
}

// scaleWords follow a number that counts (مليون، ألف، بالمئة).
var scaleWords = map[string]bool{"مليون": true, "ملايين": true, "مليار": true, "مليارات": true, "الف": true, "الاف": true,
	"بالمئه": true, "بالمائه": true, "%": true}

// cueWithin reports a quotation already found whose cue lies in [start,
// end): words that report a speaker's words (وقالت الوزارة إن ...) are not
// themselves the words of the source an attribution names after them.
func (p *proc) cueWithin(start, end int) bool {
	for _, q := range p.d.Quotes {
		if q.Cue != nil && q.Cue.Start >= start && q.Cue.End <= end {
			return true
		}
	}
	return false
}

func (p *proc) isComp(j int) bool {
	t := p.toks[j]
	if strings.HasPrefix(t.Text, "آ") {
		return false // آن (Anne), not أن
	}
	if p.hyphenJoined(j) {
		return false // "إن-تي في": the first part of a name, not إن
	}
	if p.afterHyphen(j) {
		return false // مون جاي-إن: the last part of a name, not إن
	}
	if t.Norm == "ان" && j > 0 && j+1 < len(p.toks) && letterNames[p.toks[j+1].Norm] {
		prev := p.toks[j-1]
		if isOpen(prev.Text) || outletNouns[prev.Base] || letterNames[prev.Norm] || prev.Norm == "ار" {
			return false // قناة “إن بي سي”، شركة آر إن سي: the letters of a name, not إن (but وقالت إن سي إن إن)
		}
	}
	return t.Kind == marsad.TokenWord && (complementizers[t.Norm] || complementizers[t.Base] && t.Prefix == "ب")
}

// letterNames are the names of Latin letters that spell the names of
// channels and firms (إن بي سي، بي إن سبورت، سي إن إن), normalised.
var letterNames = map[string]bool{"بي": true, "تي": true, "سي": true}

// lettersIn reports a name of a Latin letter among tokens [a, b).
func (p *proc) lettersIn(a, b int) bool {
	for k := a; k < b; k++ {
		if letterNames[p.toks[k].Norm] {
			return true
		}
	}
	return false
}

// quotedLetters reports a name spelt in letters inside quotation marks
// after the noun it names (كاميرات مراقبة "سي سي تي في"): a thing named,
// not one who speaks (but لكن "بي إس إيه" أكدت: the subject).
func (p *proc) quotedLetters(sp marsad.Span) bool {
	a := 0
	for a < len(p.toks) && p.toks[a].End <= sp.Start {
		a++ // the token that holds the entity's start
	}
	b := a
	for b < len(p.toks) && p.toks[b].Start < sp.End {
		b++
	}
	if a < 2 || a >= b || !isOpen(p.toks[a-1].Text) || !p.lettersIn(a, b) {
		return false
	}
	n := p.toks[a-2]
	return n.Kind == marsad.TokenWord && !clauseLinks[n.Norm] && !adversatives[n.Norm] && !p.isComp(a-2) && p.kindOf(a-2) == ""
}

// latinOnly reports words in Latin letters only among tokens [a, b), with
// no Arabic word: a title or a name quoted as written in its own language
// (but قائلا "I love you" says them).
func (p *proc) latinOnly(a, b int) bool {
	latin := false
	for k := a; k < b; k++ {
		switch p.toks[k].Kind {
		case marsad.TokenLatin:
			latin = true
		case marsad.TokenWord:
			return false
		}
	}
	return latin
}

// hyphenJoined reports a word at j written against a hyphen that is
// written against the next word (إن-تي في): a part of one name.
func (p *proc) hyphenJoined(j int) bool {
	if j+2 >= len(p.toks) {
		return false
	}
	h, next := p.toks[j+1], p.toks[j+2]
	return h.Text == "-" && h.Start == p.toks[j].End && next.Start == h.End && next.Kind == marsad.TokenWord
}

// afterHyphen reports a word at j written against a hyphen that is
// written against the word before it (مون جاي-إن): the last part of a
// name.
func (p *proc) afterHyphen(j int) bool {
	if j < 2 {
		return false
	}
	h, prev := p.toks[j-1], p.toks[j-2]
	return h.Text == "-" && h.End == p.toks[j].Start && prev.End == h.Start && prev.Kind == marsad.TokenWord
}

// stopsReport: tokens between a cue and its complementizer that mean the
// verb does not introduce this clause.
func (p *proc) stopsReport(j int) bool {
	t := p.toks[j]
	return t.Text == "." || t.Text == "؟" || isOpen(t.Text) || t.Text == "»"
}

func (p *proc) add(q marsad.Quote) {
	q.Speaker = p.agreeNumber(q)
	c := p.cueToken(q)
	if p.unnamedWho(c) {
		q.Speaker = nil // وهناك من يرى أن: those who hold it are not named
	}
	denied := p.negated(c) && (q.Kind == marsad.Indirect || p.kindOf(c) == cueDescribe)
	if !denied {
		if !p.nestedReport(q) {
			p.d.Quotes = append(p.d.Quotes, q)
		}
		p.noteGender(q)
		p.noteNumber(q)
	}
	if q.Speaker != nil && !p.pluralParticiple(p.cueToken(q)) {
		p.last = q.Speaker
		if p.namesPerson(q.Speaker) {
			p.lastPer = q.Speaker
		}
	}
}

// nestedReport reports reported words q that open with a verb of speech
// with no subject of its own and its complementizer a word or two after
// it (يُنقل عن فلان أنه قال يوما إن ...): the words are those of that
// verb's report, told by the same speaker; the outer report says nothing
// more, and only the speaker is kept for the verb to continue.
func (p *proc) nestedReport(q marsad.Quote) bool {
	if q.Kind != marsad.Indirect {
		return false
	}
	a, b := p.tokenRange(q.Span)
	if a >= len(p.toks) || b-a < 4 || p.kindOf(a) != cueVerb || p.toks[a].Prefix != "" {
		return false
	}
	for k := a + 1; k < b && k <= a+3; k++ {
		if p.isComp(k) {
			return true
		}
		if p.adverbAt(k, b) == 0 {
			return false
		}
	}
	return false
}

// unnamedWho reports a verb of speech at cue whose subject is من, the
// ones who say it, not named: after هناك or بين (وهناك من يقول إن، بين من
// يرى أن), after كثير or كثر (وكثر من يقول)، or joined by و after a comma
// (بين اليمين الذين دافعوا عنه، ومن قال إنه ...). One with an object
// pronoun or a verb of describing (ضد من وصفهم بـ) is the one spoken of.
func (p *proc) unnamedWho(cue int) bool {
	if cue < 2 || p.kindOf(cue) == cueDescribe || p.kindOf(cue) == cueParticiple || p.toks[cue].Suffix != "" {
		return false
	}
	t, before := p.toks[cue-1], p.toks[cue-2]
	if t.Kind != marsad.TokenWord || t.Base != "من" || t.Suffix != "" {
		return false
	}
	switch t.Prefix {
	case "":
		return before.Kind == marsad.TokenWord && before.Suffix == "" && unnamedHosts[before.Base]
	case "و":
		return before.Text == "،" || before.Text == ","
	}
	return false
}

// unnamedHosts are the words before من that make it the unnamed ones who
// say (هناك من يقول، بين من يرى، كثر من يقول).
var unnamedHosts = map[string]bool{"هناك": true, "هنالك": true, "بين": true, "كثير": true, "كثر": true}

// baVerbs are the verbs of speech that take their matter after ب
// (اعترف بحدوث، طالب بإجراء، أفاد بوجود، تعهد بعدم، نادى بضرورة).
var baVerbs = map[string]bool{"اعترف": true, "اعترفت": true, "يعترف": true, "تعترف": true,
	"افاد": true, "افادت": true, "يفيد": true, "تفيد": true, "طالب": true, "طالبت": true, "يطالب": true, "تطالب": true,
	"تعهد": true, "تعهدت": true, "يتعهد": true, "تتعهد": true, "نادي": true, "نادت": true, "ينادي": true, "تنادي": true,
	"اتهم": true, "اتهمت": true, "يتهم": true, "تتهم": true, "اقر": true, "اقرت": true, "يقر": true, "تقر": true,
	"ندد": true, "نددت": true, "يندد": true, "تندد": true, "رحب": true, "رحبت": true, "يرحب": true, "ترحب": true,
	"اشاد": true, "اشادت": true, "يشيد": true, "تشيد": true, "وعد": true, "وعدت": true, "هدد": true, "هددت": true, "يهدد": true, "تهدد": true}

// baComplement reports a word at b after ب, bare and named by no one (بحدوث،
// بوجود، بإجراء; not باسم)، right after a subject at a of one definite
// word or one name (الحوثي، المصادر، روسيا، الولايات المتحدة) after a verb
// at verb that takes its matter after ب: what is owned up to or asked
// for, not part of who speaks (واعترف الحوثي بحدوث "...": الحوثي).
func (p *proc) baComplement(verb, a, b int) bool {
	if verb < 0 || b <= a || !baVerbs[p.toks[verb].Base] {
		return false
	}
	t := p.toks[b]
	if t.Kind != marsad.TokenWord || t.Prefix != "ب" || t.Suffix != "" || strings.HasPrefix(t.Base, "ال") || p.namedBy(b) || p.inName(b) ||
		p.entityStartsAt(b, marsad.PER) || p.entityStartsAt(b, marsad.ORG) || p.entityStartsAt(b, marsad.LOC) {
		return false
	}
	if b == a+1 && p.toks[a].Prefix == "" && strings.HasPrefix(p.toks[a].Base, "ال") {
		return true
	}
	e := p.entityAt(a, marsad.PER, marsad.ORG, marsad.LOC)
	return e != nil && e.End == p.toks[b-1].End
}

// negators are the particles that deny the verb right after them (لم
// يؤكد، لا ترى، لن يقول), as bases.
var negators = map[string]bool{"لم": true, "لا": true, "لن": true}

// negated reports a verb of speech at cue that a negator right before it
// denies (ولم تؤكد الوكالة أن الملك وافق، لا ترى واشنطن أنه من الضروري، لم
// يصف كيم بأنه "قصير"): what follows is what the speaker did not say or
// hold, not the speaker's words. Its subject still speaks next.
func (p *proc) negated(cue int) bool {
	if cue < 1 || p.kindOf(cue) == cueParticiple {
		return false
	}
	t := p.toks[cue-1]
	return t.Kind == marsad.TokenWord && negators[t.Base] && t.Suffix == "" && strings.Trim(t.Prefix, "وف") == ""
}

// namesPerson reports a mention that holds a person's name.
func (p *proc) namesPerson(m *marsad.Mention) bool {
	for _, e := range p.ents {
		if e.Type == marsad.PER && m.Span.Contains(e.Span) {
			return true
		}
	}
	return false
}

// namesBody reports a mention that opens with the name of an organisation
// or a state, or with a noun of reports and media (تقارير، وسائل إعلام):
// a body, not a person, whoever holds a title in it.
func (p *proc) namesBody(m *marsad.Mention) bool {
	for _, e := range p.ents {
		if (e.Type == marsad.ORG || e.Type == marsad.LOC) && e.Start == m.Start && m.Span.Contains(e.Span) {
			return true
		}
	}
	a, b := p.tokenRange(m.Span)
	return a < b && bodyNouns[p.toks[a].Norm]
}

// bodyNouns open the mention of a body or of reports, normalised.
var bodyNouns = map[string]bool{"تقارير": true, "التقارير": true, "مصادر": true, "المصادر": true, "وسايل": true,
	"الحكومه": true, "الجيش": true, "الشرطه": true, "الوزاره": true, "وزاره": true, "الوكاله": true, "وكاله": true}

// firstPersonWords are the words of one who speaks of himself (أنا،
// إنني، شخصيا), normalised: no body says them. لديّ is left out: لدى
// normalises to it.
var firstPersonWords = map[string]bool{"انا": true, "انني": true, "شخصيا": true}

// speaksOfHimself reports a quotation at [a, b) in which one speaks of
// himself: a word of firstPersonWords, or أعتقد or أظن written with its
// hamza.
func (p *proc) speaksOfHimself(sp marsad.Span) bool {
	a, b := p.tokenRange(sp)
	for k := a; k < b; k++ {
		t := p.toks[k]
		if t.Kind != marsad.TokenWord {
			continue
		}
		w := strings.TrimPrefix(t.Text, "و")
		if firstPersonWords[t.Norm] || w == "أعتقد" || w == "أظن" || w == "لا أعتقد" {
			return true
		}
	}
	return false
}

// np reads the noun phrase that starts at token a (before limit): the
// speaker after a speech verb. It stops at punctuation, a complementizer,
// a participle, a relative pronoun, a time expression or after 8 words.
// Adverbs of time before it are passed over (وقال حينها المتحدث); a
// prepositional phrase or demonstrative where the subject would be (قال
// فيها، وقال في بيان، وأضاف خلال كلمة) means the subject is a pronoun,
// and np returns nil.
func (p *proc) np(a, limit int) *marsad.Mention {
	verb := a - 1
	for a < limit && a < len(p.toks) {
		if n := p.adverbAt(a, limit); n > 0 {
			a += n
			continue
		}
		break
	}
	if a < limit && a < len(p.toks) && p.notSubject(p.toks[a]) && !p.aliAfterVerb(a) {
		return nil
	}
	if a < limit && a < len(p.toks) && p.mannerVerb(a) {
		return nil // وكتب يقول إنه: the verb's manner, not its subject
	}
	if a < limit && a < len(p.toks) && p.halAfterVerb(verb, a) {
		return nil // وقال مخاطبا الوزير: how he spoke, not who
	}
	if a < limit && a < len(p.toks) && p.sayingNoun(p.toks[a]) {
		return nil // وأضاف قوله، وفق تعبيره: his words, not a speaker
	}
	if a < limit && a < len(p.toks) && p.kindOf(a) == cueSource {
		return nil // وتابع قائلا وفقا لما نشرته البعثة: the source comes after
	}
	if a < limit && a < len(p.toks) && needNouns[p.toks[a].Norm] {
		return nil // التي رأت ضرورة أن: what is urged, not who
	}
	// A name in quotation marks: the subject itself (وذكرت "نيويورك
	// تايمز" أن) or the name of the outlet before it (صحيفة "الشرق").
	if c := p.quotedName(a, limit); c > 0 {
		return p.mention(a+1, c)
	}
	b := a
	for b < limit && b < len(p.toks) && b-a < 8 {
		t := p.toks[b]
		if b > a && outletNouns[p.toks[b-1].Base] {
			if c := p.quotedName(b, limit); c > 0 {
				b = c + 1
				break
			}
		}
		if b > a && p.namedBy(b-1) {
			if c := p.quotedName(b, limit); c > 0 {
				b = p.nameAfterTitle(c+1, limit) // الناطق باسم "غرفة العمليات" سامر الخطيب
				break
			}
		}
		if b > a && p.nameHyphen(b, limit) {
			b += 2 // تشونغ اوي-يونغ، #كوريا-الشمالية: one name
			continue
		}
		if t.Kind == marsad.TokenPunct || t.Kind == marsad.TokenSymbol || p.isComp(b) || relatives[t.Norm] || b > a && t.Prefix == "و" && relatives[t.Base] && !p.personInClause(b, limit) {
			break // رئيس لجنة العلاقات الخارجية والتي تتمتع بنفوذ: the relative describes the body (one that names a person may name who speaks, and stays)
		}
		if k := p.kindOf(b); k != "" && b > a {
			break
		}
		if b > a && (npStops[t.Norm] && !p.nameAli(b, limit) || t.Norm == "ل" || t.Norm == "الي") {
			break // على حسابه، عبر تويتر، لـ"الشرق": how or to whom, not who
		}
		if b > a && p.endsSpeaker(b, limit) {
			break // ترامب أيضا، نتنياهو قبيل مغادرته، بوتين بالقول: not who
		}
		if b > a && strings.Contains(strings.TrimLeft(t.Prefix, "و"), "ل") && ownPronouns[t.Suffix] && p.personEndsAt(b-1) {
			break // نتانياهو لكتلته بالبرلمان: his own he spoke to, not who
		}
		if b > a && strings.Contains(strings.TrimLeft(t.Prefix, "و"), "ل") && p.placeSpeaker(a, b) {
			break // طهران للسفير: the state speaks, the one after ل is told
		}
		if b > a && strings.Contains(strings.TrimLeft(t.Prefix, "و"), "ل") && (toldNouns[t.Base] && !p.inName(b) || p.toldOutlet(b, limit)) {
			break // لوكالة فرانس برس، للصحفيين، لبي بي سي، لبرنامج "نيوزنايت": to whom, not who
		}
		if b > a && t.Prefix == "ب" && p.speechNoun(b) {
			break // بمقابلة هاتفية، ببيان: how, not who
		}
		if p.baComplement(verb, a, b) {
			break // واعترف الحوثي بحدوث، وطالبت روسيا بإجراء تحقيق: what the verb takes, not who
		}
		if b > a && needNouns[t.Norm] {
			break // وأكد الوزير ضرورة أن، أهمية أن: what is urged, not who
		}
		if b > a && p.objectNoun(b) {
			break // ونشرت شرطة المدينة تغريدة: what was published, not who
		}
		if b > a && p.consideredAfterName(a, b, limit) {
			break // واعتبرت الحكومة القرار "خطوة": the thing considered, not who
		}
		if b > a && p.describedAfterBody(a, b, limit) {
			break // ووصفت السلطة الفلسطينية الحادثة بأنها: the thing described, not who
		}
		if b > a && p.accusedAfterBody(a, b) {
			break // واتهمت الحكومة الفلسطينية إسرائيل بارتكاب: the one accused, not who
		}
		if b > a && (p.toldAfterName(a, b) || p.toldAfterBody(a, b) || p.toldAfterSubject(a, b, limit)) {
			break // حذر بولتون السفير من أن، قال بومبيو للأمير: the one told, not who
		}
		if b > a && t.Norm == "في" && b+1 < limit && (p.speechNoun(b+1) || b+2 < limit && (p.toks[b+1].Norm == "ذات" || p.toks[b+1].Norm == "نفس") && p.speechNoun(b+2)) {
			break // في بيان، في البيان، في تقريرها، في ذات البلاغ: how, not who
		}
		if b > a && p.occasion(b, limit) {
			break // فى ختام اجتماعه، ضمن خطابه، خلال كلمته: when or how, not who
		}
		if b > a && t.Prefix == "ب" && t.Suffix == "" && (t.Base == "رياسه" || t.Base == "رءاسه") {
			break // مجلس الوزراء برئاسة الأمير ...: the body speaks, not the one who heads it
		}
		if b > a && t.Norm == "من" && b+1 < limit && (warnedOf[p.toks[b+1].Base] || sideNouns[p.toks[b+1].Base] && ownPronouns[p.toks[b+1].Suffix]) {
			break // حذر التقرير من احتمال، ذكر شهود من جهتهم: of what, or on whose part, not who
		}
		if b > a && t.Norm == "في" && b+1 < limit && (p.toks[b+1].Norm == "وقت" || p.toks[b+1].Norm == "حين") {
			break // في وقت سابق، في وقت لاحق: when, not who
		}
		if b > a && (t.Norm == "في" && p.personEndsAt(b-1) || b+1 < limit && ownPronouns[p.toks[b+1].Suffix] && (t.Norm == "في" || t.Norm == "من" && p.toks[b+1].Base == "مقر")) {
			break // ترامب في المكتب البيضاوي، الصحيفة في افتتاحيتها، المرصد من مقره: where or how, not who
		}
		if b > a && (t.Norm == "في" || t.Norm == "بهذا" || t.Norm == "بخصوص" || t.Norm == "بشان") && b+1 < limit && matterWords[p.toks[b+1].Norm] ||
			b > a && (t.Norm == "بهذا" || t.Norm == "بذلك") {
			break // هولاند في هذا الشأن، بهذا الخصوص: about what, not who
		}
		if b > a && (isHal(t) || isFaaalan(t) && b+1 < limit && anonymity[p.toks[b+1].Norm]) && !p.inName(b) && !p.entityStartsAt(b, marsad.PER) && !p.entityStartsAt(b, marsad.LOC) {
			break // مشترطا، مضيفا: a circumstantial participle ends the subject; مالطا، ماليزيا are places
		}
		if b > a && p.endsAtClause(a, b) {
			break // بيان للتحالف نشرته الوكالة، المنظمة ومقرها في لندن، حداد خصمه: not who
		}
		if b > a && p.inTime(t) {
			break
		}
		if b > a && (t.Norm == "يوم" || t.Norm == "امس" || t.Norm == "اليوم") {
			break
		}
		b++
	}
	// A preposition whose object the loop did not take (مكتب التحقيقات
	// في "سان أنتونيو") is not part of the speaker.
	for b > a+1 && notSubjectWords[p.toks[b-1].Norm] {
		b--
	}
	if b-a == 8 && p.titleOnly(a, b) {
		b = p.nameAfterTitle(b, limit) // المتحدث باسم التحالف العربي لدعم الشرعية في اليمن تركي المالكي
	}
	if b-a == 8 && b < limit && p.inPerson(b-1) {
		for b < limit && b < len(p.toks) && (p.inPerson(b) && !strings.ContainsAny(p.toks[b].Prefix, "لب") || p.nameHyphen(b, limit)) {
			if p.nameHyphen(b, limit) {
				b += 2 // وزير ... في كوريا الجنوبية شو ميونغ-غيون: the name goes on past eight words
				continue
			}
			b++
		}
	}
	if b == a || p.firstPersonIn(a, b) {
		return nil // وتضيف الكثير يشجعونني: her own words, not who speaks
	}
	if m := p.mention(a, b); !p.storms[m.Text] {
		return m
	}
	return nil // وقالت مايكل: the storm, no one who speaks
}

// occasionLinks are the prepositions of the occasion of speech (في ختام
// بيانه، ضمن خطابه، خلال كلمته), normalised (فى is في).
var occasionLinks = map[string]bool{"في": true, "ضمن": true, "خلال": true}

// occasionParts are the nouns of a part of an occasion (ختام البيان،
// مستهل كلمته), normalised.
var occasionParts = map[string]bool{"ختام": true, "مستهل": true, "نهايه": true, "بدايه": true, "مطلع": true, "سياق": true, "معرض": true}

// occasion reports, at b, one of occasionLinks before a speech noun with
// the speaker's pronoun (ضمن خطابه، خلال كلمته) or a part of an occasion
// before a speech noun or a noun with his pronoun (فى ختام اجتماعه، في
// مستهل كلمته): when or how he spoke, not part of who speaks.
func (p *proc) occasion(b, limit int) bool {
	if !occasionLinks[p.toks[b].Norm] || b+1 >= limit {
		return false
	}
	n := p.toks[b+1]
	if n.Kind != marsad.TokenWord || n.Prefix != "" {
		return false
	}
	if ownPronouns[n.Suffix] && (p.speechNoun(b+1) || speechNouns[strings.TrimSuffix(n.Base, "ت")+"ه"]) {
		return true // كلمته: the stem keeps the ت of its ة before the pronoun
	}
	if !occasionParts[n.Norm] || b+2 >= limit {
		return false
	}
	o := p.toks[b+2]
	return o.Kind == marsad.TokenWord && o.Prefix == "" && (p.speechNoun(b+2) || ownPronouns[o.Suffix])
}

// inPerson reports a token k inside a person's name the tagger found.
func (p *proc) inPerson(k int) bool {
	t := p.toks[k]
	for _, e := range p.ents {
		if e.Type == marsad.PER && e.Start <= t.Start && t.End <= e.End {
			return true
		}
	}
	return false
}

// warnedOf are nouns of what one warns of after من (حذر من احتمال، من
// مغبة، من خطر), normalised.
var warnedOf = map[string]bool{"احتمال": true, "مغبه": true, "خطر": true, "مخاطر": true, "تداعيات": true, "عواقب": true, "مخاطره": true}

// firstPersonIn reports a word of the first person in tokens [a, b): the
// pronoun نحن or a verb of the present with an object pronoun of the
// first person (يشجعونني، يدعموننا). A speaker's noun phrase has none: such
// words after a verb of speech are the words said.
func (p *proc) firstPersonIn(a, b int) bool {
	for k := a; k < b; k++ {
		t := p.toks[k]
		if t.Kind != marsad.TokenWord {
			continue
		}
		n := t.Norm
		if n == "نحن" { // not انا, the name Anna as written
			return true
		}
		if r := []rune(strings.TrimPrefix(n, "و")); len(r) >= 6 && (r[0] == 'ي' || r[0] == 'ت') &&
			(strings.HasSuffix(n, "ونني") || strings.HasSuffix(n, "وننا")) {
			return true
		}
	}
	return false
}

// placeSpeaker reports a place the tagger named in tokens [a, b) and
// nothing else: a state or capital that speaks (قالت طهران للسفير), which
// a noun after ل does not qualify.
func (p *proc) placeSpeaker(a, b int) bool {
	e := p.entityAt(a, marsad.LOC)
	return e != nil && e.Start == p.toks[a].Start && e.End == p.toks[b-1].End
}

// titleOnly reports words [a, b) that name no person yet and join no
// second one by و (ورئيس الوزراء): a title whose name may follow.
func (p *proc) titleOnly(a, b int) bool {
	for k := a; k < b; k++ {
		t := p.toks[k]
		if p.entityStartsAt(k, marsad.PER) || strings.HasPrefix(t.Prefix, "و") && !strings.HasPrefix(t.Base, "ال") {
			return false
		}
	}
	return true
}

// nameAfterTitle returns the end of a person's name that starts at token b,
// where a long title ended the speaker's eight words: the name belongs to
// the title. b when no name starts there.
func (p *proc) nameAfterTitle(b, limit int) int {
	if b >= limit || p.toks[b].Prefix != "" {
		return b
	}
	for _, e := range p.ents {
		if e.Type == marsad.PER && e.Start == p.toks[b].Start {
			k := b
			for k < limit && p.toks[k].End <= e.End {
				k++
			}
			return k
		}
	}
	return b
}

// endsAtClause reports a word at b that opens what is said of the speaker
// before it, not more of his name: a verb of publishing with its object
// pronoun after a statement with its owner (بيان للتحالف نشرته وكالة
// الأنباء: the agency only published it; but in بيان نشره المركز the
// publisher is the owner), his seat (المنظمة ومقرها في نيويورك) or a
// noun with his pronoun after a person's name (حداد خصمه بولسونارو: the
// one he accuses; but ترامب نفسه is still he).
func (p *proc) endsAtClause(a, b int) bool {
	t := p.toks[b]
	if !ownPronouns[t.Suffix] {
		return false
	}
	switch {
	case t.Prefix == "" && publishVerbs[t.Base]:
		return b > a+1 && p.speechNoun(a) && strings.Contains(p.toks[a+1].Prefix, "ل")
	case t.Base == "مقر" && strings.Trim(t.Prefix, "و") == "":
		return true
	}
	if t.Prefix != "" || selfWords[t.Base] || nameParts[t.Norm] || utf8.RuneCountInString(t.Base) < 3 && !notSubjectWords[t.Base] {
		return false
	}
	return p.personEndsAt(b-1) && !p.inName(b)
}

// nameParts end names though they read as a noun with a pronoun (حسين
// زاده); so do short words (فاتيماتا بنتا داه), but not a preposition
// with the pronoun (السيسي عنها).
var nameParts = map[string]bool{"زاده": true}

// publishVerbs publish what another said (نشرته، أصدرتها، بثته), as bases.
var publishVerbs = map[string]bool{"نشر": true, "نشرت": true, "اصدر": true, "اصدرت": true, "بث": true, "بثت": true,
	"وزع": true, "وزعت": true, "اذاع": true, "اذاعت": true, "اورد": true, "اوردت": true, "نقل": true, "نقلت": true}

// selfWords with a pronoun stand after a name as the same person (ترامب
// نفسه، الوزير ذاته).
var selfWords = map[string]bool{"نفس": true, "ذات": true, "عين": true}

// nameHyphen reports a hyphen at b written against the word before it and
// followed by a word (اوي-يونغ، جان-ماري، #كوريا-الشمالية، دونغ- هون): it
// joins the parts of one name, it does not end the phrase.
func (p *proc) nameHyphen(b, limit int) bool {
	t := p.toks[b]
	if t.Text != "-" || b+1 >= limit || b+1 >= len(p.toks) {
		return false
	}
	next := p.toks[b+1]
	return p.toks[b-1].End == t.Start && next.Kind == marsad.TokenWord && next.Start-t.End <= 1 && !p.isComp(b+1)
}

// adverbAt returns the number of tokens of an adverb at a that may stand
// between a speech verb and its subject: one of npAdverbs, a word of a
// time expression, يوم before أمس or a weekday the time tagger left
// (أعلن يوم أمس أن)، or مرة with its quantifier (قال ذات مرة). 0 if none.
func (p *proc) adverbAt(a, limit int) int {
	t := p.toks[a]
	switch {
	case npAdverbs[t.Norm] || t.Kind == marsad.TokenWord && p.inTime(t):
		return 1
	case a > 0 && p.kindOf(a) == cueParticiple && p.kindOf(a-1) == cueVerb && !p.relays(a):
		return 1 // وأضاف قائلا إن، وتابع مشددا على أن: the manner of the verb, not its subject
	case t.Norm == "يوم" && a+1 < limit && (p.toks[a+1].Norm == "امس" || weekdays[p.toks[a+1].Norm]):
		return 2
	case t.Norm == "مره":
		return 1
	case t.Norm == "طوال" && a+1 < limit && p.toks[a+1].Kind == marsad.TokenWord:
		return 2 // وأكدت طوال الأسبوع أنها: how long, not who
	case (t.Norm == "لي" || t.Norm == "لنا") && a > 0 && (narrateWords[p.toks[a-1].Base] || narrateWords[p.toks[a-1].Norm]) && p.kindOf(a-1) == cueVerb:
		return 1 // روت لي امرأة، وتروي لنا فضيلة: to whom she told, not who (لي after other verbs may be the name Li)
	case (t.Norm == "لي" || t.Norm == "لنا") && a > 0 && p.kindOf(a-1) == cueVerb && a+1 < limit && p.toks[a+1].Prefix == "" && titleNouns[p.toks[a+1].Base]:
		return 1 // وقال لي وزير الخارجية: to me, before the title of who speaks
	case (mannerNouns[t.Base] && t.Prefix == "ب" || mannerNouns[strings.TrimPrefix(t.Norm, "ب")] && t.Prefix == "") && t.Suffix == "" && a+1 < limit && p.toks[a+1].Kind == marsad.TokenWord && p.toks[a+1].Prefix == "" && !strings.HasPrefix(p.toks[a+1].Norm, "ال"):
		return 2 // شدد بشكل واضح، نفى بشكل متكرر: how, not who
	case t.Norm == "ردا" && a+1 < limit && t.Prefix == "" && p.toks[a+1].Norm == "علي":
		return 1 // وأضاف ردا على سؤال: the manner of the verb, not its subject
	case onceWords[t.Norm] && a+1 < limit && p.toks[a+1].Norm == "مره":
		return 2
	case t.Norm == "من" && a+1 < limit && sideNouns[p.toks[a+1].Base] && ownPronouns[p.toks[a+1].Suffix]:
		return 2 // ورأى من جهته فلان، وقال من جانبه
	}
	return 0
}

// mannerNouns with ب and an indefinite adjective after them make an
// adverb of manner (بشكل واضح، بصورة متكررة), as bases.
var mannerNouns = map[string]bool{"شكل": true, "صوره": true, "طريقه": true}

// sideNouns with من and the speaker's pronoun make an adverb: من جهته،
// من جانبها، من ناحيته (for his part).
var sideNouns = map[string]bool{"جهت": true, "جهه": true, "جانب": true, "ناحيت": true, "ناحيه": true}

// weekdays after يوم make an adverb of time.
var weekdays = map[string]bool{"السبت": true, "الاحد": true, "الاثنين": true, "الثلاثاء": true, "الاربعاء": true, "الخميس": true, "الجمعه": true}

// speakerEnds are words that never continue a speaker's noun phrase:
// adverbs (ترامب أيضا، قال فلان يوما، مؤخرا)، prepositions of time (نتنياهو قبيل مغادرته،
// ماكرون بعد اللقاء)، the counterpart spoken to (أبلغ ماكرون نظيره
// الأمريكي)، منذ (هارون منذ تسليمه) and فإن, which opens what is reported
// (بحسب الوزارة فإن), a reply (الوزير ردا على سؤال), and كيف, which opens
// what is told (وتروي فضيلة كيف أنها).
var speakerEnds = map[string]bool{"كيف": true, "ايضا": true, "كذلك": true, "بدوره": true, "بدورها": true, "قبل": true, "قبيل": true, "بعد": true, "اثر": true,
	"نظيره": true, "نظيرها": true, "نظيرته": true, "نظيرتها": true, "نظيريه": true, "منذ": true, "ردا": true,
	"يوما": true, "موخرا": true, "لاحقا": true}

// isFaInna reports فإن (فإنه، فإنها ...), which opens what a source
// reports (بحسب الوزارة فإن). Written without its hamza, فان is also the
// Dutch particle of names (إريك فان دير), and only the forms with a
// pronoun are taken.
func isFaInna(t marsad.Token) bool {
	switch t.Norm {
	case "فانه", "فانها", "فانهم":
		return true
	case "فان":
		return strings.HasPrefix(t.Text, "فإ")
	}
	return false
}

// faInnaAt reports فإن at token k, and فان without its hamza before a
// definite word (وحسب المعلومات المتوفرة فان المقاتلين): the Dutch particle
// of names comes before a name, never before a word with ال.
func (p *proc) faInnaAt(k int) bool {
	t := p.toks[k]
	if isFaInna(t) {
		return true
	}
	if t.Norm != "فان" || k+1 >= len(p.toks) {
		return false
	}
	n := p.toks[k+1]
	return n.Kind == marsad.TokenWord && strings.HasPrefix(n.Norm, "ال") && len(n.Norm) > len("ال")+2
}

// demonstratives end a speaker after a definite noun or a name (عبد
// العظيم صحة هذه المزاعم has the noun bare before it, and is left alone).
var demonstratives = map[string]bool{"هذا": true, "هذه": true, "ذلك": true, "تلك": true}

// entityEndsAt reports a person or organisation whose name ends at token k.
func (p *proc) entityEndsAt(k int) bool {
	for _, e := range p.ents {
		if (e.Type == marsad.PER || e.Type == marsad.ORG) && e.End == p.toks[k].End {
			return true
		}
	}
	return false
}

// objectVerbs are verbs of speech whose object, the one told or warned,
// follows the subject (أبلغ، أخبر، حذر، نبه), as key forms.
var objectVerbs = map[string]bool{"ابلغ": true, "ابلغت": true, "اخبر": true, "اخبرت": true, "حذر": true, "حذرت": true,
	"نبه": true, "نبهت": true, "ناشد": true, "ناشدت": true}

// nameEnds are definite words that end a person's name (ترامب الابن،
// بوش الأب), normalised.
var nameEnds = map[string]bool{"الابن": true, "الاب": true, "الاصغر": true, "الاكبر": true, "الاول": true, "الثاني": true, "الثالث": true}

// toldAfterName reports a word at b, after a person's name that ends right
// before it, that begins the one spoken to: a word with the preposition ل
// when the name alone is the speaker (قال بومبيو للأمير) or, after a verb that takes its object so (a verb at
// a-1), a definite noun (حذر بولتون السفير من أن).
func (p *proc) toldAfterName(a, b int) bool {
	if !p.personEndsAt(b-1) || p.inName(b) || p.entityStartsAt(b, marsad.PER) {
		return false
	}
	t := p.toks[b]
	if t.Kind != marsad.TokenWord {
		return false
	}
	if strings.HasPrefix(strings.TrimLeft(t.Prefix, "و"), "ل") {
		// The name alone is the speaker: after a title (مستشار ترمب للأمن
		// القومي) the phrase of ل may complete the title; a stem of two
		// letters may be a name's part (سارة ليا ويتسن).
		// A stem in ي is a verb of purpose or a name's part (موريس ليفي).
		return p.entityStartsAt(a, marsad.PER) && utf8.RuneCountInString(t.Base) >= 3 && !strings.HasPrefix(t.Base, "ي")
	}
	if t.Prefix != "" || a == 0 || !objectVerbs[p.toks[a-1].Base] {
		return false
	}
	if strings.HasPrefix(t.Base, "ال") {
		return !nameEnds[t.Base]
	}
	// أخبر جونستون زوجته، أخبر ترامب صحيفة "واشنطن بوست"، أخبرت سلمى
	// باريس: a noun with a pronoun that is no title of the name's, an outlet
	// or a named body or place.
	return ownPronouns[t.Suffix] && !personTitles[t.Norm] && !titleNouns[t.Base] || outletNouns[t.Base] ||
		p.entityStartsAt(b, marsad.ORG) || p.entityStartsAt(b, marsad.LOC)
}

// toldAfterBody reports a named body or place starting at b, after the
// subject of a verb of telling (objectVerbs) that runs from a, right after
// the verb, and ends at b-1 in a definite word or a name: the one told
// (وأبلغ ضباط بالجيش الروسي الولايات المتحدة أن، حذر وزير الدفاع
// الكونغرس من). A name after a noun with no article is of its construct
// (مندوب سوريا، وزير خارجية قطر) and stays.
func (p *proc) toldAfterBody(a, b int) bool {
	if b < a+2 || a == 0 || !objectVerbs[p.toks[a-1].Base] || p.toks[b].Prefix != "" || p.inName(b) {
		return false
	}
	if !p.entityStartsAt(b, marsad.ORG) && !p.entityStartsAt(b, marsad.LOC) {
		return false
	}
	return p.relationAdjective(b-1) || p.entityEndsAt(b-1)
}

// toldBodies are the bodies, in the definite, a verb of telling may have
// as its object (أبلغ الادعاء المحكمة، أبلغت الوزيرة البرلمان), besides
// toldNouns and bodyNouns; normalised.
var toldBodies = map[string]bool{"المحكمه": true, "البرلمان": true, "الكونغرس": true, "المجلس": true, "اللجنه": true, "المحققين": true}

// subjectAdjectives are adjectives with no ending of relation that close
// an indefinite subject (مسؤول كبير، مسؤول عسكري ثان), normalised.
var subjectAdjectives = map[string]bool{"ثان": true, "ثاني": true, "اخر": true, "كبير": true, "رفيع": true, "بارز": true, "سابق": true, "مطلع": true}

// toldAfterSubject reports a word at b that begins a second noun phrase
// after the subject of a verb of telling (objectVerbs) right before a,
// when the subject [a, b) could not go on with it: the one told. After a
// definite word, a name or a phrase of a preposition, a bare noun that
// heads a construct, names an outlet or a body or is a plural in ين (أبلغ
// نتنياهو قادة العالم، أبلغت الشرطة وكالة الأنباء، أبلغ مسؤول بالوزارة
// محطة إذاعة، أبلغ الكرملين مسؤولين إسرائيليين); after a name, another
// person's (أبلغ بوتين نتنياهو);
// after a definite word or a name, a definite body (أبلغ الادعاء
// المحكمة، وزيرة الخارجية الهندية البرلمان); after an indefinite noun
// and its adjective, an outlet or a named body (أبلغت مصادر دبلوماسية
// رويترز، مسؤول عسكري ثان شبكة CNN). A title after a name is its
// apposition (سواراج وزيرة الخارجية), and a word in the accusative (هاتفيا،
// أيضا) no noun.
func (p *proc) toldAfterSubject(a, b, limit int) bool {
	if b < a+1 || a == 0 || !objectVerbs[p.toks[a-1].Base] || b >= limit {
		return false
	}
	t, prev := p.toks[b], p.toks[b-1]
	if t.Kind != marsad.TokenWord || prev.Kind != marsad.TokenWord || t.Prefix != "" || t.Suffix != "" || p.kindOf(b) != "" ||
		p.notSubject(t) || prepositions[t.Base] || npStops[t.Norm] || p.inTime(t) || titleNouns[t.Base] || personTitles[t.Norm] ||
		strings.HasSuffix(t.Norm, "ا") || p.inName(b) && !p.entityStartsAt(b, marsad.ORG) && !p.entityStartsAt(b, marsad.PER) {
		return false
	}
	prevName := p.entityEndsAt(b-1) || p.personEndsAt(b-1) || p.placeEndsAt(b-1)
	prevDefinite := prevName || p.definiteBare(b-1) || prev.Suffix == "" && strings.ContainsAny(prev.Prefix, "بل") && strings.HasPrefix(prev.Base, "ال")
	body := toldNouns[t.Base] || outletNouns[t.Base] || bodyNouns[t.Base] || toldBodies[t.Norm]
	if p.personEndsAt(b-1) && p.entityStartsAt(b, marsad.PER) {
		return true // أبلغ بوتين نتنياهو: two names, two persons
	}
	// A plural in ين after the subject is in the accusative (أبلغ الكرملين
	// مسؤولين إسرائيليين).
	plural := strings.HasSuffix(t.Norm, "ين") && utf8.RuneCountInString(t.Norm) >= 6
	if !strings.HasPrefix(t.Base, "ال") {
		if p.inName(b) || p.entityStartsAt(b, marsad.PER) {
			// بشار الأسد، عبد الفتاح السيسي: a name after the title, no construct.
			return (p.entityStartsAt(b, marsad.ORG) || toldNouns[t.Base]) && b-2 >= a && prev.Prefix == "" && !strings.HasPrefix(prev.Base, "ال") &&
				(p.relationAdjectiveBare(b-1) || subjectAdjectives[prev.Norm])
		}
		if prevDefinite && (body || plural || b+1 < limit && (p.definiteBare(b+1) || p.entityStartsAt(b+1, marsad.LOC) || p.entityStartsAt(b+1, marsad.ORG))) {
			return true
		}
		if b-2 >= a && prev.Prefix == "" && !strings.HasPrefix(prev.Base, "ال") && (p.relationAdjectiveBare(b-1) || subjectAdjectives[prev.Norm]) &&
			(toldNouns[t.Base] || outletNouns[t.Base] || p.entityStartsAt(b, marsad.ORG)) {
			return true
		}
		return false
	}
	return (prevDefinite || p.relationAdjective(b-1)) && (toldNouns[t.Base] || bodyNouns[t.Base] || toldBodies[t.Norm]) && !p.relationAdjective(b)
}

// relationAdjectiveBare reports an adjective of relation with no article
// at token k (دبلوماسية، أمريكي، غربيين), after an indefinite noun.
func (p *proc) relationAdjectiveBare(k int) bool {
	t := p.toks[k]
	if t.Kind != marsad.TokenWord || t.Prefix != "" || t.Suffix != "" || strings.HasPrefix(t.Norm, "ال") || outletNouns[t.Base] || k == 0 {
		return false
	}
	h := p.toks[k-1]
	if h.Kind != marsad.TokenWord || strings.HasPrefix(h.Base, "ال") {
		return false
	}
	for _, e := range []string{"ي", "يه", "يين", "يون"} {
		if strings.HasSuffix(t.Norm, e) && utf8.RuneCountInString(t.Norm) > len([]rune(e))+2 {
			return true
		}
	}
	return false
}

// describedAfterBody reports a definite word at b, after the subject of a
// verb of describing that runs from a, right after the verb, to b-1, that
// opens the one described, a word or two before بأن or بـ (ووصفت السلطة
// الفلسطينية الحادثة بأنها "..."، وصف الرئيس السفارة الجديدة بأنها)، not
// part of who describes it. The subject ends in a definite word or a name;
// before a charge with ب (اتهمت النيابة العامة السعودية الشخصين بالتعاون)
// in an adjective of relation or a name. An adjective of relation at b
// (وصفت الصحيفة الأمريكية بأنه) is still the subject's.
func (p *proc) describedAfterBody(a, b, limit int) bool {
	if a == 0 || b+1 >= limit || p.kindOf(a-1) != cueDescribe || p.inName(b) || !p.definiteBare(b) || p.relationAdjective(b) {
		return false
	}
	c := b + 1
	if c+1 < limit && p.definiteBare(c) {
		c++ // السفارة الجديدة بأنها
	}
	n := p.toks[c]
	if n.Kind != marsad.TokenWord || !strings.HasPrefix(n.Prefix, "ب") && n.Norm != "ب" && !(p.isComp(c) && strings.HasPrefix(n.Norm, "ب")) {
		return false
	}
	named := p.personEndsAt(b-1) || p.entityEndsAt(b-1)
	if n.Norm == "ب" || p.isComp(c) {
		return named || p.definiteBare(b-1)
	}
	return named || b-1 > a && p.relationAdjective(b-1) // not المدعي العام باستخدام
}

// accusedAfterBody reports a state or a body named at b, with no clitic,
// after the subject of a verb of accusing that runs from a, right after the
// verb, to b-1 and ends in a definite word (واتهمت الحكومة الفلسطينية
// إسرائيل بارتكاب، ويتهم المسلحون الجيش السوري باستخدام): the one accused,
// not part of who accuses. A name after an indefinite head is the head's
// (اتهمت إدارة ترامب بكين، اتهم محامو قطر الإمارات), and a person after a
// title is the subject's own name.
func (p *proc) accusedAfterBody(a, b int) bool {
	if a == 0 || b <= a || p.kindOf(a-1) != cueDescribe || !accusing(p.toks[a-1]) || p.toks[b].Prefix != "" || p.inName(b) || p.relationAdjective(b) {
		return false // النيابة العامة السعودية: the adjective of the body, though it names a state
	}
	if !p.entityStartsAt(b, marsad.LOC) && !p.entityStartsAt(b, marsad.ORG) {
		return false
	}
	prev := p.toks[b-1]
	return prev.Kind == marsad.TokenWord && prev.Prefix == "" && prev.Suffix == "" && strings.HasPrefix(prev.Base, "ال")
}

// considerVerbs are the verbs of considering that take two objects
// (اعتبرت الحكومة القرار "خطوة")، by base.
var considerVerbs = map[string]bool{"اعتبر": true, "اعتبرت": true, "اعتبروا": true}

// consideredAfterName reports a definite word at b, not a name nor an
// adjective of relation, after a subject of a verb of considering right
// before a that ends at b-1 in a name, when a quotation mark or an
// indefinite word follows it (واعتبرت اليابان الخطوة "مقلقة"، اعتبر
// بوتين العقوبات خطأ): the first object, the thing considered, not part
// of who considers it.
func (p *proc) consideredAfterName(a, b, limit int) bool {
	if a == 0 || b+1 > limit || b+1 >= len(p.toks) || !considerVerbs[p.toks[a-1].Base] || !p.definiteBare(b) || p.inName(b) || p.relationAdjective(b) || p.inTime(p.toks[b]) ||
		titleNouns[p.toks[b].Base] || personTitles[p.toks[b].Norm] || p.inName(b+1) || p.entityStartsAt(b+1, marsad.PER) {
		return false // وزير خارجية البحرين الشيخ خالد: a title before a name
	}
	if !p.entityEndsAt(b-1) && !p.personEndsAt(b-1) && !p.placeEndsAt(b-1) {
		return false
	}
	n := p.toks[b+1]
	return isOpen(n.Text) || b+1 < limit && n.Kind == marsad.TokenWord && n.Prefix == "" && !strings.HasPrefix(n.Base, "ال") && !p.isComp(b+1) && p.kindOf(b+1) == "" && !notSubjectWords[n.Norm]
}

// definiteBare reports a word at k with the article and no clitic
// (الحادثة، الجديدة).
func (p *proc) definiteBare(k int) bool {
	t := p.toks[k]
	return t.Kind == marsad.TokenWord && t.Prefix == "" && t.Suffix == "" && strings.HasPrefix(t.Base, "ال")
}

// personEndsAt reports a person's name that ends at token k.
func (p *proc) personEndsAt(k int) bool {
	for _, e := range p.ents {
		if e.Type == marsad.PER && e.End == p.toks[k].End {
			return true
		}
	}
	return false
}

// ownPronouns are the pronouns of a noun after في that point back to the
// speaker (في افتتاحيتها، في كلمته): the occasion of speech, not part of who
// speaks.
var ownPronouns = map[string]bool{"ه": true, "ها": true, "هم": true, "هما": true}

// endsSpeaker reports a word at b that ends the speaker's noun phrase
// before it: one of speakerEnds, a count of times (مرة، أكثر من مرة، غير
// مرة، 14 مرة)، or the saying noun after ب (علق بالقول إن).
func (p *proc) endsSpeaker(b, limit int) bool {
	t := p.toks[b]
	if demonstratives[t.Norm] {
		// رأي هذا الخبير: a bare noun before it takes the demonstrative.
		prev := p.toks[b-1]
		return prev.Kind != marsad.TokenWord || strings.HasPrefix(prev.Base, "ال") || p.entityEndsAt(b-1)
	}
	if p.whileDoing(b, limit) {
		return true // ترامب وهو يستعد لمغادرة القمة: what he was doing, not who he is
	}
	if (speakerEnds[t.Norm] || p.faInnaAt(b)) && !p.inName(b) || p.sayingNoun(t) || t.Norm == "القول" || t.Prefix == "ب" && sayingNouns[strings.TrimPrefix(t.Base, "ال")] {
		return true
	}
	for k := b; k < limit && k <= b+2; k++ {
		if p.toks[k].Norm == "مره" {
			return k == b || k == b+1 && (p.toks[b].Kind == marsad.TokenNumber || onceWords[t.Norm]) || k == b+2 && t.Norm == "اكثر"
		}
	}
	return false
}

// whileDoing reports a circumstantial clause at b, before limit: وهو،
// وهي or وهم and a verb of the present (وهو يستعد، وهي تغادر). A name or
// a title after وهو (كاتب معروف وهو فلان) is who the speaker is, not a
// clause.
func (p *proc) whileDoing(b, limit int) bool {
	if b+1 >= limit {
		return false
	}
	switch p.toks[b].Norm {
	case "وهو", "وهي", "وهم":
	default:
		return false
	}
	n := p.toks[b+1]
	return n.Kind == marsad.TokenWord && n.Prefix == "" && (strings.HasPrefix(n.Norm, "ي") || strings.HasPrefix(n.Norm, "ت")) && !p.inAnyName(b+1)
}

// detachedClitics are prepositions the tokenizer leaves apart from their
// word, before a tatweel or a quotation mark (بـ"..."، لـ«...»).
var detachedClitics = map[string]bool{"ب": true, "ل": true, "وب": true, "ول": true, "لل": true}

// onceWords stand before مرة in an adverb of times (غير مرة، ذات مرة).
var onceWords = map[string]bool{"غير": true, "ذات": true, "اكثر": true}

// nameAli reports the name علي (written with ي, not the preposition على)
// opening a name of at most three words that a comma, a complementizer, a
// colon, a quotation mark or a time ends (رئيس المجلس علي العبوس إن).
// Outlets that write على as علي do so throughout: in a text with no على
// (تعليقا علي القبض علي محمدي) علي is never read as the name.
func (p *proc) nameAli(b, limit int) bool {
	if p.toks[b].Text != "علي" || !strings.Contains(p.d.Text, "على") {
		return false // a text with no على may write it علي
	}
	if p.entityStartsAt(b, marsad.PER) {
		return true
	}
	for k := b + 1; k <= limit && k < len(p.toks) && k <= b+3; k++ {
		t := p.toks[k]
		if k == limit || t.Kind == marsad.TokenPunct || p.isComp(k) || p.inTime(t) {
			return k > b+1
		}
		if t.Kind != marsad.TokenWord || p.kindOf(k) != "" || notSubjectWords[t.Norm] {
			return false
		}
	}
	return false
}

// aliAfterVerb reports the name علي (written with ي in a text that writes
// the preposition على) right after a verb of speech, where a subject
// stands: وقال علي أكبر ولايتي مستشار المرشد إن ...
func (p *proc) aliAfterVerb(a int) bool {
	return a > 0 && p.toks[a].Text == "علي" && (p.kindOf(a-1) == cueVerb || explainVerbs[p.toks[a-1].Norm]) && strings.Contains(p.d.Text, "على")
}

// matterWords after في name the matter spoken of (في هذا الشأن، في هذا
// الصدد، في هذا الخصوص).
var matterWords = map[string]bool{"هذا": true, "ذلك": true, "هذه": true, "الشان": true, "الصدد": true, "الخصوص": true, "السياق": true, "الموضوع": true, "القضيه": true, "المساله": true}

// ammaSubject returns the subject of a verb at cue with the ف of أما in a
// sentence that opens with أما (أما الرئيس ترامب فاتهم إيران بـ): the
// words between them, a few, and no phrase opened by a preposition or a
// time (أما بخصوص الولاية، فأشار الوفد؛ أما اليوم، فأكد), never a name
// after the verb. Else nil.
func (p *proc) ammaSubject(cue, lo int) *marsad.Mention {
	ss := p.sentenceStart(cue, lo)
	if cue <= ss+1 || !strings.HasPrefix(p.toks[cue].Prefix, "ف") || p.toks[ss].Norm != "اما" && p.toks[ss].Norm != "واما" {
		return nil
	}
	a, b := ss+1, cue
	for b > a && p.toks[b-1].Text == "،" {
		b--
	}
	if b <= a || b-a > 8 || p.notSubject(p.toks[a]) || strings.Trim(p.toks[a].Prefix, "و") != "" || p.adverbAt(a, b) > 0 || ammaAdverbs[p.toks[a].Base] {
		return nil
	}
	for k := a; k < b; k++ {
		if t := p.toks[k]; t.Kind != marsad.TokenWord || p.kindOf(k) != "" {
			return nil
		}
	}
	return p.mention(a, b)
}

// ammaAdverbs are the words of time, place and matter that follow أما as
// its topic (أما اليوم فأكد، أما هنا فيقول، أما بخصوص الولاية فأشار), as
// bases.
var ammaAdverbs = map[string]bool{"اليوم": true, "الان": true, "حاليا": true, "هنا": true, "هناك": true, "بعد": true, "قبل": true, "داخليا": true, "خارجيا": true,
	"بخصوص": true, "بشان": true, "بالنسبه": true, "فيما": true, "حول": true, "عن": true, "علي": true, "في": true, "من": true, "مع": true}

// clauseLinks open a clause whose subject may stand before its verb (لكن
// الشرطة قالت إن، بينما الحكومة تؤكد أن، أما زعيم الحزب فقال).
var clauseLinks = map[string]bool{"لكن": true, "ولكن": true, "بينما": true, "فيما": true, "حيث": true, "اذ": true, "لان": true,
	"اما": true, "واما": true}

// describer returns the person or group named right after a verb of
// describing (perhaps after a title) when another phrase, the one
// described, follows it before the quotation (وصف ترامب الصحفيين بـ"أعداء
// الشعب"، وصف الرئيس الأمريكي دونالد ترامب الاتفاق بأنه).
func (p *proc) describer(a, open int) *marsad.Mention {
	if a >= open {
		return nil
	}
	lim := min(open, a+4) // a title may come first: الرئيس الأمريكي دونالد ترامب
	for _, e := range p.ents {
		// A state named right after the verb describes too (اتهمت قطر
		// السعودية بـ"...").
		place := e.Type == marsad.LOC && e.Start >= p.toks[a].Start && e.Start < p.toks[a].End && p.placeDescribes(a-1, e.Span)
		if (e.Type == marsad.PER || e.Type == marsad.ORG || place) && e.Start >= p.toks[a].Start && e.Start < p.toks[lim-1].End {
			b := a
			for b < open && p.toks[b].End <= e.End {
				b++
			}
			if b < open && p.toks[b].Kind == marsad.TokenWord && p.toks[b].Norm != "ب" && !p.isComp(b) {
				return p.mention(a, b)
			}
			return nil
		}
	}
	return nil
}

// placeDescribes reports that the place at token a after the verb of
// describing at cue may be its subject: a state takes a feminine verb
// (اتهمت قطر), and a list of places is the object (اتهم السعودية
// والإمارات).
func (p *proc) placeDescribes(cue int, place marsad.Span) bool {
	if !feminine(p.toks[cue]) {
		return false
	}
	for k := cue + 1; k < len(p.toks); k++ {
		if p.toks[k].Start >= place.End {
			return !strings.HasPrefix(p.toks[k].Prefix, "و")
		}
	}
	return true
}

// accusedOnly reports a name right after a verb of describing at cue
// and, after an adverb at most (في حينه، سابقا), a word with ب before the
// quotation at open (بأن after a verb of describing; وصف سامر بـ"..."
// leaves its object out): the one accused or described, the verb's
// object or its passive subject (اتُّهم منصور باستخدام ...), never the one
// who speaks. A verb with an object pronoun has its subject there
// (ووصفه ترامب بـ).
func (p *proc) accusedOnly(cue, open int) bool {
	a := cue + 1
	if a >= open || p.toks[cue].Suffix != "" || p.toks[a].Prefix != "" || describingParticiple(p.toks[cue]) {
		return false // واصفا كوشنر بأنه: the participle's subject stands before
	}
	e := p.entityAt(a, marsad.PER, marsad.ORG)
	if e == nil {
		return false
	}
	b := a
	for b < open && p.toks[b].End <= e.End {
		b++
	}
	for b < open {
		if n := p.adverbAt(b, open); n > 0 {
			b += n
		} else if p.toks[b].Norm == "في" && b+1 < open && (p.toks[b+1].Base == "حين" || p.toks[b+1].Base == "وقت") {
			b += 2 // في حينه، في وقت سابق
		} else {
			break
		}
	}
	if b >= open || p.toks[b].Prefix != "ب" && p.toks[b].Norm != "ب" {
		return false
	}
	return accusing(p.toks[cue]) || p.isComp(b)
}

// accusing reports a verb of accusing (اتهم، يتهم، اتهمت).
func accusing(t marsad.Token) bool {
	return strings.Contains(t.Base, "تهم")
}

// describedOnly reports that tokens [a, open) after a verb of describing
// hold only its object: a phrase with no name of a person or group (the
// describer's own name would come first: وصف ترامب الصحفيين بـ)
// ending in the ب that takes the quotation.
func (p *proc) describedOnly(a, open int) bool {
	e := open
	for e > a && p.toks[e-1].Text == "ـ" {
		e-- // بـ"...": the letter, then a tatweel
	}
	if e == a || p.toks[e-1].Norm != "ب" {
		return false
	}
	e--
	if e-a < 1 || e-a > 4 {
		return false
	}
	for k := a; k < e; k++ {
		if p.entityStartsAt(k, marsad.PER) || p.entityStartsAt(k, marsad.ORG) {
			return false
		}
	}
	return true
}

// describedThing reports that tokens [a, open) after a verb of describing
// with no subject after it begin with the thing described: ما or من, what
// or who (ووصفت ما حدث بأنه، التي وصفت من يقفون وراءه بأنهم), or one
// definite word that names no one who could speak (no person, group,
// outlet or title) before بأن (ووصف الاتفاق بأنه "..."; but ووصفت
// الصحيفة بأنه).
func (p *proc) describedThing(a, open int) bool {
	if a >= open {
		return false
	}
	t := p.toks[a]
	if t.Kind != marsad.TokenWord || t.Prefix != "" {
		return false
	}
	if t.Norm == "ما" || t.Norm == "من" {
		return true
	}
	if a+1 >= open || !p.definiteBare(a) || !p.isComp(a+1) || !strings.HasPrefix(p.toks[a+1].Norm, "ب") {
		return false
	}
	if p.entityStartsAt(a, marsad.PER) || p.entityStartsAt(a, marsad.ORG) || p.entityStartsAt(a, marsad.LOC) || p.inName(a) {
		return false
	}
	base := strings.TrimPrefix(t.Base, "ال")
	return !anaphors[t.Text] && !outletNouns[base] && !outletNouns[t.Base] && !bodyNouns[t.Base] && !titleNouns[base] && !unnamedHeads[base] && !personTitles[base]
}

// describerBefore returns who describes with a verb of describing at cue
// whose object stands right after it (describedThing): the noun a
// relative before the verb stands for (دانا وايت التي وصفت ما حدث), the
// subject that opens its clause (إن الوزير وصف ما جرى), the speaker
// named before in the sentence, else a name before it or the previous
// speaker (subjectBefore).
func (p *proc) describerBefore(cue, lo int) *marsad.Mention {
	if cue > lo && relatives[p.toks[cue-1].Norm] {
		if m := p.antecedent(cue, lo); m != nil {
			return m
		}
	}
	if m := p.subjectOpening(cue, lo); m != nil {
		return m
	}
	if m := p.speakerInSentence(cue, lo); m != nil {
		return m
	}
	return p.subjectBefore(cue, lo)
}

// withName extends a speaker named by a title to the person's name (of at
// most four words, a name the tagger found) that follows it between
// commas, or after a comma up to the complementizer, colon or quotation
// at limit (قال المتحدث باسم التحالف، تركي المالكي، إنه ...؛ وقال السفير،
// أولوف سكوغ، الذي ...: "...").
func (p *proc) withName(sp *marsad.Mention, limit int) *marsad.Mention {
	if sp == nil {
		return nil
	}
	a, b := p.tokenRange(sp.Span)
	if b < limit && p.toks[b].Norm == "عن" && deputyHeads[strings.TrimPrefix(p.toks[a].Norm, "ال")] && b-a <= 2 {
		// النائب عن الجبهة الشعبية، عمار عمروسية: the party he sits for, then his name
		for k := b + 1; k < limit && k <= b+5; k++ {
			if p.toks[k].Text == "،" || p.toks[k].Text == "," {
				if k > b+1 {
					b = k
				}
				break
			}
			if p.toks[k].Kind != marsad.TokenWord || p.isComp(k) || p.kindOf(k) != "" {
				break
			}
		}
	}
	if b+1 >= limit || p.toks[b].Text != "،" && p.toks[b].Text != "," || p.personEndsAt(b-1) || unnamedHeads[p.toks[a].Base] {
		return sp // مايكل كوين، المحامي الشخصي لترامب: named already
	}
	for k := b + 2; k <= limit && k <= b+5; k++ {
		if p.toks[k-1].Kind != marsad.TokenWord || p.isComp(k-1) {
			return sp
		}
		if p.nameEndsAt(b+1, k-1) && (k == limit || p.toks[k].Text == "،" || p.toks[k].Text == "," || p.isComp(k)) {
			a0 := a
			for a0 > 0 && p.toks[a0].Start > sp.Start {
				a0--
			}
			return p.mention(a0, k)
		}
	}
	return sp
}

// deputyHeads head a speaker who sits or stands for a party or a seat
// named after عن before his name (النائب عن الجبهة، فلان), normalised,
// with no article.
var deputyHeads = map[string]bool{"نايب": true, "نايبه": true, "ممثل": true, "ممثله": true, "مرشح": true, "مرشحه": true}

// unnamedHeads head a speaker whose name, if any, would come with it: the
// name after a comma belongs to someone else (متحدث باسم مكتب رئيس
// الوزراء، حيدر العبادي، مكتب الرئيس الفرنسي، إيمانويل ماكرون).
var unnamedHeads = map[string]bool{"مكتب": true, "متحدث": true, "متحدثه": true, "ناطق": true, "ناطقه": true, "مصدر": true, "مصادر": true}

// nameEndsAt reports a person's name inside tokens [from, k] that ends at
// token k.
func (p *proc) nameEndsAt(from, k int) bool {
	for _, e := range p.ents {
		if e.Type == marsad.PER && e.Start >= p.toks[from].Start && e.End == p.toks[k].End {
			return true
		}
	}
	return false
}

// relays reports a verb of relaying followed by عن (نقل عن، ناقلا عن):
// the speaker is the one relayed. أعرب عن، تحدث عن are not relays.
func (p *proc) relays(cue int) bool {
	if cue+1 >= len(p.toks) || p.toks[cue+1].Norm != "عن" {
		return false
	}
	switch strings.TrimLeft(p.toks[cue].Norm, "وف") {
	case "نقل", "نقلت", "نقلوا", "ينقل", "تنقل", "ناقلا", "ناقله", "نقلا":
		return true
	}
	return false
}

// relayVerbs relay what another said: نقلت الوكالة عن الوزير قوله،
// أوردت الصحيفة على لسان المتحدث.
var relayVerbs = map[string]bool{"نقل": true, "نقلت": true, "نقلوا": true, "ينقل": true, "تنقل": true, "ينقلون": true,
	"اورد": true, "اوردت": true, "اوردوا": true, "يورد": true, "تورد": true}

// citing reports أورد (cited) at k, a verb of speech of its own when it
// relays no one (وأوردت الوكالة أن ...).
func (p *proc) citing(k int) bool {
	switch strings.TrimLeft(p.toks[k].Norm, "وف") {
	case "اورد", "اوردت", "اوردوا", "يورد", "تورد":
		return true
	}
	return false
}

// relayTarget returns the first token of the one relayed by a verb of
// relaying at k: the words after عن or على لسان, which come after the
// subject of the verb (نقلت وكالة الأنباء الرسمية عن الوزير) within ten
// tokens and before limit, with no quotation mark, complementizer or end
// of sentence between. عن طريق (by way of) relays no one. -1 if none.
func (p *proc) relayTarget(k, limit int) int {
	if !relayVerbs[strings.TrimLeft(p.toks[k].Norm, "وف")] {
		return -1
	}
	for j := k + 1; j < limit && j <= k+10; j++ {
		t := p.toks[j]
		if c := p.quotedName(j, limit); c > 0 {
			j = c // نقلت وكالة "رويترز" عن
			continue
		}
		if isOpen(t.Text) || p.isComp(j) || t.Text == "." || t.Text == ":" || p.kindOf(j) != "" {
			return -1
		}
		if t.Norm == "عن" && j+1 < limit && p.toks[j+1].Norm != "طريق" {
			if j+2 < limit && (p.toks[j+1].Text == "،" || p.toks[j+1].Text == ",") {
				return j + 2 // نقلت الوكالة عن، سامر الخطيب، قوله: a comma set astray
			}
			return j + 1
		}
		if t.Norm == "علي" && j+2 < limit && p.toks[j+1].Norm == "لسان" {
			return j + 2
		}
	}
	return -1
}

// toldNouns are the media and people a statement is made to (قال
// لوكالة فرانس برس، للصحفيين، لرويترز); after ل they end a speaker.
var toldNouns = map[string]bool{}

func init() {
	for _, w := range strings.Fields("وكاله صحيفه الصحيفه جريده قناه القناه موقع شبكه اذاعه الاذاعه تلفزيون التلفزيون مجله " +
		"الصحفيين الصحافيين صحفيين صحافيين الصحافه الصحف وسايل مراسل مراسلي مراسله رويترز فرانس اسوشيتد سي بي سكاي " +
		"الجزيره العربيه الاناضول نوفوستي تاس انترفاكس وات الشرق الحياه النهار الاهرام " +
		"اعضاء نواب الحضور المشاركين انصار مويدي انصاره مناصري الطلاب المحتجين المتظاهرين الجمهور الشعب المواطنين") {
		toldNouns[w] = true
	}
}

// toldAcronyms are outlets spelt letter by letter, which the tagger may
// take into the speaker's name before them (الشرطة لبي بي سي).
var toldAcronyms = map[string]bool{"بي بي سي": true, "سي ان ان": true, "سي بي اس": true, "ان بي سي": true, "اي بي سي": true}

// toldOutlet reports the outlet a speaker talks to at token b, after its
// ل, even inside a name the tagger found: an outlet spelt letter by letter
// (لبي بي سي) or a programme with its name (لبرنامج "نيوزنايت"، لبرنامج
// أندرو مار).
func (p *proc) toldOutlet(b, limit int) bool {
	t := p.toks[b]
	if t.Base == "برنامج" {
		return b+1 < limit && (isOpen(p.toks[b+1].Text) || p.entityStartsAt(b+1, marsad.PER) || p.entityStartsAt(b+1, marsad.ORG))
	}
	if b+2 >= limit {
		return false
	}
	return toldAcronyms[t.Base+" "+p.toks[b+1].Norm+" "+p.toks[b+2].Norm]
}

// sayingNouns with a pronoun are someone's words (قوله، تعبيره), never
// the one who speaks.
var sayingNouns = map[string]bool{"قول": true, "تعبير": true, "وصف": true, "كلام": true, "زعم": true, "راي": true, "تاكيد": true}

// sayingNoun reports a saying noun with a pronoun, whether or not the
// segmenter split the pronoun off.
func (p *proc) sayingNoun(t marsad.Token) bool {
	if t.Suffix != "" && sayingNouns[t.Base] {
		return true
	}
	for _, suf := range []string{"ه", "ها", "هم", "هما"} {
		if strings.HasSuffix(t.Norm, suf) && sayingNouns[strings.TrimSuffix(t.Norm, suf)] {
			return true
		}
	}
	return false
}

// inName reports a token inside a person's or organisation's name that
// began before it (دي ميستورا، الوكالة الأمريكية للتنمية).
func (p *proc) inName(i int) bool {
	t := p.toks[i]
	for _, e := range p.ents {
		if (e.Type == marsad.PER || e.Type == marsad.ORG) && e.Start < t.Start && e.End >= t.End {
			return true
		}
	}
	return false
}

// quotedName returns the closing mark of a name in quotation marks
// opening at token i, or -1: one to four words, or up to six when its
// first word names what it is (حملة وقف الإنسان الآلي القاتل).
func (p *proc) quotedName(i, limit int) int {
	if i >= limit || i >= len(p.toks) || !isOpen(p.toks[i].Text) {
		return -1
	}
	most := i + 5
	if i+1 < limit && outletNouns[p.toks[i+1].Base] || i > 0 && p.namedBy(i-1) {
		most = i + 7 // صحيفة "..."، باسم "غرفة العمليات المركزية في الجنوب"
	}
	for c := i + 1; c < limit && c <= most; c++ {
		if closes(p.toks[i].Text, p.toks[c].Text) {
			if c == i+1 {
				return -1
			}
			return c
		}
		if p.toks[c].Kind != marsad.TokenWord && p.toks[c].Kind != marsad.TokenLatin && p.toks[c].Kind != marsad.TokenNumber {
			return -1
		}
	}
	return -1
}

// speechNoun reports a speech noun at token i, with or without the
// article and an attached pronoun (بيان، البيان، تقريرها).
func (p *proc) speechNoun(i int) bool {
	b := p.toks[i].Base
	return speechNouns[b] || strings.HasPrefix(b, "ال") && speechNouns[b[len("ال"):]]
}

// objectNoun reports an indefinite speech noun or one of claimNouns at b
// with no clitic after a definite word or a name (شرطة المدينة تغريدة،
// الوزارة بيانا، المنظمة شهادات): no genitive of the word before, it is
// the verb's object.
func (p *proc) objectNoun(b int) bool {
	t, prev := p.toks[b], p.toks[b-1]
	if t.Prefix != "" || t.Suffix != "" || strings.HasPrefix(t.Base, "ال") || !speechNouns[strings.TrimSuffix(t.Base, "ا")] && !claimNouns[t.Norm] {
		return false
	}
	return prev.Kind == marsad.TokenWord && strings.HasPrefix(prev.Base, "ال") || p.entityEndsAt(b-1)
}

// claimNouns are plural nouns of what is said or claimed that a verb
// takes as its object (نفت الوزارة اتهامات، نقلت المنظمة شهادات),
// normalised: after a definite word or a name they are no genitive of
// it, and no part of who speaks.
var claimNouns = map[string]bool{"اتهامات": true, "مزاعم": true, "ادعاءات": true, "شهادات": true, "انباء": true, "روايات": true}

// speechNouns are the occasions of speech: في بيان، في كلمة ... end a
// speaker's noun phrase.
var speechNouns = map[string]bool{"بيان": true, "كلمه": true, "مؤتمر": true, "موتمر": true, "تصريح": true, "تصريحات": true,
	"مقابله": true, "حديث": true, "تغريده": true, "خطاب": true, "رساله": true, "مقال": true,
	"تقرير": true, "بلاغ": true, "منشور": true, "تدوينه": true, "حوار": true, "لقاء": true, "اتصال": true}

// npAdverbs are adverbs that may stand between a speech verb and its
// subject.
var npAdverbs = map[string]bool{"حينها": true, "ايضا": true, "كذلك": true, "بدوره": true, "بدورها": true, "امس": true, "اليوم": true,
	"دايما": true, "دوما": true, "مرارا": true, "تكرارا": true, "مجددا": true, "تماما": true, "صراحه": true, "علنا": true, "ضمنا": true,
	"يوما": true, "موخرا": true, "لاحقا": true}

// notSubjectWords begin a prepositional phrase or are demonstratives: what
// follows a speech verb in their place is not its subject.
var notSubjectWords = map[string]bool{
	"في": true, "الي": true, "علي": true, "عن": true, "من": true, "مع": true, "خلال": true, "عبر": true,
	"امام": true, "لدي": true, "عند": true, "منذ": true, "حول": true, "بعد": true, "قبل": true, "عقب": true,
	"اثناء": true, "ل": true, "ب": true, "ذلك": true, "هذا": true, "هذه": true, "حيث": true, "انه": true, "تحت": true, "فوق": true,
}

// notSubject reports whether token t cannot begin the subject of a speech
// verb: a preposition (alone or with a pronoun: فيها، عنه)، a
// demonstrative, or a noun with a preposition clitic (لوكالة، للصحفيين).
func (p *proc) notSubject(t marsad.Token) bool {
	if t.Kind != marsad.TokenWord {
		return false
	}
	if notSubjectWords[t.Norm] || t.Suffix != "" && notSubjectWords[t.Base] {
		return true
	}
	pre := strings.TrimLeft(t.Prefix, "وف")
	return strings.ContainsAny(pre, "لبك")
}

func (p *proc) inTime(t marsad.Token) bool {
	for _, tm := range p.d.Times {
		// والسبت: the time leaves out the conjunction on its first word.
		if tm.Span.Contains(t.Span) || t.Start < tm.Start && tm.Start < t.End && t.End <= tm.End {
			return true
		}
	}
	return false
}

// speakerInSentence returns the previous speaker when it was named in the
// sentence of the cue, before it: a verb with no subject after it
// continues him (وأكد شومان، الذي ألقى كلمة في مؤتمر نظمه مركز الملك عبد
// الله، أن ...، وقال: "..."), not the last name of a clause about
// something else. Else nil.
func (p *proc) speakerInSentence(cue, lo int) *marsad.Mention {
	n := len(p.d.Quotes)
	if p.last == nil || n == 0 || p.d.Quotes[n-1].Speaker != p.last || p.reportedIn(p.last.Span) || p.describedBy(p.d.Quotes[n-1]) {
		return nil // a speaker read from a verb with no words of its own, or one spoken of
	}
	ss := p.sentenceStart(cue, lo)
	if p.last.Start >= p.toks[ss].Start && p.last.End <= p.toks[cue].Start {
		return p.last
	}
	return nil
}

// describedBy reports a quotation whose cue is a verb of describing, whose
// speaker is often the one described (وصف المرأة الغربية بأنها).
func (p *proc) describedBy(q marsad.Quote) bool {
	if q.Cue == nil {
		return false
	}
	for k := range p.toks {
		if p.toks[k].Start <= q.Cue.Start && q.Cue.Start < p.toks[k].End {
			return p.kindOf(k) == cueDescribe
		}
	}
	return false
}

// subjectBefore finds the speaker of a cue with no subject after it: a
// person or organisation named earlier in the sentence (شكك لافروف في ...
// وقال ”...“), else the previous speaker.
func (p *proc) subjectBefore(cue, lo int) *marsad.Mention {
	if e := p.entityBefore(p.sentenceStart(cue, lo), cue); e != nil {
		return e
	}
	return p.previous(cue, cue)
}

// entityBefore returns the last entity of the first of types (person,
// then organisation, by default) named in tokens [from, cue), or nil.
func (p *proc) entityBefore(from, cue int, types ...string) *marsad.Mention {
	lo, hi := p.toks[from].Start, p.toks[cue].Start
	if len(types) == 0 {
		types = []string{marsad.PER, marsad.ORG}
	}
	for _, typ := range types {
		var best *marsad.Entity
		for k := range p.ents {
			e := &p.ents[k]
			if e.Start >= lo && e.End <= hi && e.Type == typ && !p.reportedIn(e.Span) && !p.interviewer(e.Span) && !p.addressee(e.Span) && !p.quotedLetters(e.Span) && !p.replyFrame(e.Span, from, cue) && !p.medium(e.Span) {
				best = e // the last one before the cue
			}
		}
		if best != nil {
			return &marsad.Mention{Span: best.Span, Text: best.Text}
		}
	}
	return nil
}

// platforms are the social sites and apps news names as where words were
// posted, normalised.
var platforms = map[string]bool{"فيسبوك": true, "فيس": true, "تويتر": true, "يوتيوب": true, "انستغرام": true, "انستجرام": true,
	"تلغرام": true, "تيليغرام": true, "تليغرام": true, "واتساب": true, "سناب": true, "تيك": true}

// platformNouns name a site, page or account a platform is named after
// (بموقع فيسبوك، موقع التواصل الاجتماعي، فيسبوك), as bases.
var platformNouns = map[string]bool{"موقع": true, "مواقع": true, "منصه": true, "صفحه": true, "حساب": true, "الاجتماعي": true, "شبكه": true, "تطبيق": true}

// medium reports a platform at sp named where words were posted, not one
// who speaks: after a preposition (على فيسبوك، عبر "تويتر"، بتويتر), after
// a noun of a site or page (بموقع فيسبوك) or in apposition to it after a
// comma (بموقع التواصل الاجتماعي، فيسبوك، حيث قال), or joined by و to
// another platform. As the subject after a verb (وقال فيسبوك إنه) it
// speaks, and is not looked for here.
func (p *proc) medium(sp marsad.Span) bool {
	k := 0
	for k < len(p.toks) && p.toks[k].End <= sp.Start {
		k++
	}
	if k >= len(p.toks) || !platforms[p.toks[k].Base] && !platforms[p.toks[k].Norm] {
		return false
	}
	if pre := strings.TrimLeft(p.toks[k].Prefix, "و"); strings.ContainsAny(pre, "لب") {
		return true // بتويتر، لفيسبوك
	}
	j := k - 1
	if j >= 0 && isOpen(p.toks[j].Text) {
		j-- // عبر "تويتر"
	}
	if j >= 0 && (p.toks[j].Text == "،" || p.toks[j].Text == ",") {
		j-- // الاجتماعي، فيسبوك
	}
	if j < 0 {
		return false
	}
	t := p.toks[j]
	return prepositions[t.Norm] || t.Norm == "عبر" || platformNouns[t.Base] || platformNouns[t.Norm] ||
		strings.HasPrefix(p.toks[k].Prefix, "و") && (platforms[t.Base] || platforms[t.Norm])
}

// replyWords open a phrase of replying or commenting that may front a
// sentence (وردا على سؤال، وتعليقا على، وجوابا عن), as bases.
var replyWords = map[string]bool{"ردا": true, "جوابا": true, "تعليقا": true, "تعقيبا": true}

// replyFrame reports a name at sp in a phrase that opens the sentence at
// from with one of replyWords and ends at the first comma, before cue
// (وردا على سؤال حول شعورها وهي تنتظر سامي في الخارج، قالت): what the
// reply is about, not the one who replies.
func (p *proc) replyFrame(sp marsad.Span, from, cue int) bool {
	if !replyWords[p.toks[from].Base] || strings.Trim(p.toks[from].Prefix, "و") != "" {
		return false
	}
	for k := from + 1; k < cue; k++ {
		if p.toks[k].Text == "،" || p.toks[k].Text == "," {
			return p.toks[k].Start >= sp.End
		}
	}
	return false
}

// sendingVerbs write or send to someone (كتب، بعث، وجه، أرسل); letterNouns
// name what is sent (رسالة، خطاب، برقية).
var (
	sendingVerbs = map[string]bool{"كتب": true, "بعث": true, "وجه": true, "ارسل": true}
	letterNouns  = map[string]bool{"رساله": true, "خطاب": true, "برقيه": true, "مذكره": true}
)

// addressee reports a name written to: after إلى or a word with ل, with at
// most three words of his title and no other name between, where a verb
// of writing or sending or the letter stands before (كتب الوزير
// إلى نظيره كريم الحسن، في خطاب لنظيره السوري، كريم الحسن، قائلا). He is
// the object, not the subject a later participle or verb continues.
func (p *proc) addressee(sp marsad.Span) bool {
	k := 0
	for k < len(p.toks) && p.toks[k].End <= sp.Start {
		k++
	}
	if k < len(p.toks) && p.toldTo(k) {
		return p.letterTo(k) // رسالة لسامي
	}
	for j := k - 1; j >= 0 && j >= k-4; j-- {
		t := p.toks[j]
		if t.Norm == "الي" && t.Prefix == "" {
			return p.sentTo(j) && !p.nameBetween(j, k)
		}
		if t.Prefix != "" && p.toldTo(j) {
			return p.letterTo(j) && !p.nameBetween(j, k) // خطاب لنظيره
		}
		if t.Kind != marsad.TokenWord && t.Text != "،" || t.Prefix != "" || p.kindOf(j) != "" || p.isComp(j) {
			return false
		}
	}
	return false
}

// nameBetween reports a name that starts in tokens [j, k): the one after
// the preposition is then another (كتب مستخدم لموقع تويتر، يدعى سامي).
func (p *proc) nameBetween(j, k int) bool {
	for i := j; i < k; i++ {
		if p.entityStartsAt(i, marsad.PER) || p.entityStartsAt(i, marsad.ORG) || p.entityStartsAt(i, marsad.LOC) {
			return true
		}
	}
	return false
}

// toldTo reports a word at k whose proclitics end in ل (لنظيره، وللوزير).
func (p *proc) toldTo(k int) bool {
	return strings.HasSuffix(p.toks[k].Prefix, "ل")
}

// sentTo reports a verb of writing or sending or a letter in the eight
// words before إلى at k, within its sentence.
func (p *proc) sentTo(k int) bool {
	for j := k - 1; j >= 0 && j >= k-8; j-- {
		t := p.toks[j]
		if t.Kind == marsad.TokenPunct && t.Text != "،" && t.Text != "," {
			return false
		}
		if p.sending(j) || letterNouns[t.Base] {
			return true
		}
	}
	return false
}

// letterTo reports a word with ل at k right after a verb of writing or
// sending or a letter, or after a letter and the word of its kind (رسالة
// تهنئة لبوتين): after any other noun ل makes a genitive (مستخدم لموقع).
func (p *proc) letterTo(k int) bool {
	if k > 0 && (p.sending(k-1) || letterNouns[p.toks[k-1].Base]) {
		return true
	}
	return k > 1 && p.toks[k-1].Kind == marsad.TokenWord && p.toks[k-1].Prefix == "" && letterNouns[p.toks[k-2].Base]
}

// sending reports a verb of writing or sending at k.
func (p *proc) sending(k int) bool {
	t := p.toks[k]
	return sendingVerbs[t.Base] || sendingVerbs[strings.TrimLeft(t.Norm, "وف")]
}

// interviewNouns name a talk one gives to another (مقابلة له مع ...).
var interviewNouns = map[string]bool{"مقابله": true, "حوار": true, "لقاء": true, "حديث": true}

// interviewer reports a name after مع, with one title word between at
// most, in an interview named just before it (في مقابلة لروبين مع الزميل
// وولف بليتزر، في حوار له مع الإعلامي ...): the one who asks, not the
// one whose interview it is and who speaks.
func (p *proc) interviewer(sp marsad.Span) bool {
	k := 0
	for k < len(p.toks) && p.toks[k].End <= sp.Start {
		k++
	}
	m := k - 1
	if m >= 0 && p.toks[m].Norm != "مع" {
		m-- // الزميل، الإعلامي
	}
	if m < 0 || p.toks[m].Norm != "مع" {
		return false
	}
	for j := m - 1; j >= 0 && j >= m-3; j-- {
		if interviewNouns[p.toks[j].Base] {
			return true
		}
	}
	return false
}

// reportedIn reports a span inside what a quotation already found says:
// قال مصدر إن دركيا طعن، وأضاف أن ...: the one spoken of is not the
// subject of the next verb of speech.
func (p *proc) reportedIn(sp marsad.Span) bool {
	for _, q := range p.d.Quotes {
		if q.Span.Contains(sp) {
			return true
		}
	}
	return false
}

// feminine reports a verb in the third person feminine singular: تقول،
// وتؤكد (present, ت- after a conjunction) or قالت، أكدت (past, -ت).
func feminine(t marsad.Token) bool {
	n := strings.TrimPrefix(strings.TrimPrefix(t.Norm, "و"), "ف")
	return utf8.RuneCountInString(n) >= 3 && (strings.HasPrefix(n, "ت") || strings.HasSuffix(n, "ت"))
}

// pronounSubject resolves a speech verb whose subject is a pronoun
// (وقالوا، وتقول إنها، وقال في بيان إن): a person or organisation named
// earlier in the sentence (ونعى الرئيس ... المخرج، وقال إن; نتانياهو يؤكد
// أن), else the subject of the sentence's first verb when the cue is not
// the first word and the sentence does not open with a preposition, else
// the previous speaker. A cue in the feminine (وتقول، قالت) agrees with an
// organisation or a state (الحكومة، الوزارة) far more often than with a
// person: an organisation, then the first verb's subject, come before a
// person (وتتهم الحكومة الأمريكية الأسد ... وتقول إنها).
func (p *proc) pronounSubject(cue, lo int) *marsad.Mention {
	// SVO: a definite noun phrase that opens the clause right before the
	// verb (الحراك الحاصل يؤكد أن، وآخر الإحصائيات تقول إن).
	if m := p.subjectOpening(cue, lo); m != nil {
		return m
	}
	if m := p.speakerInSentence(cue, lo); m != nil {
		return m
	}
	ss := p.sentenceStart(cue, lo)
	if m := p.faSubject(ss, cue, lo); m != nil {
		return m
	}
	if feminine(p.toks[cue]) {
		if e := p.entityBefore(ss, cue, marsad.ORG); e != nil {
			return e
		}
		if m := p.verbSubject(ss, cue); m != nil {
			return m
		}
		if e := p.entityBefore(ss, cue, marsad.PER); e != nil {
			return e
		}
		return p.previous(cue, cue)
	}
	if e := p.entityBefore(ss, cue); e != nil {
		return e
	}
	if m := p.verbSubject(ss, cue); m != nil {
		return m
	}
	return p.previous(cue, cue)
}

// secondVerbSubject returns the subject that opens a sentence in the
// order of a headline, a noun phrase before a verb in the present (وزير
// العدل التركي يشدد على ... ويؤكد أن), when the verb of speech at cue is
// joined to it by و, in the present and of the same person and gender:
// both verbs are his, not the last name between them. Else nil.
func (p *proc) secondVerbSubject(cue, lo int) *marsad.Mention {
	c := p.toks[cue]
	if c.Prefix != "و" || c.Suffix != "" {
		return nil
	}
	person := presentPerson(c.Base)
	if person == 0 {
		return nil
	}
	ss := p.sentenceStart(cue, lo)
	for ss+1 < cue && (p.isComp(ss) || adversatives[p.toks[ss].Norm] || p.toks[ss].Norm == "الا" || clauseLinks[p.toks[ss].Norm]) {
		ss++ // إلا أن السلطات تنفي ... وتؤكد: the subject after the link
	}
	for k := ss + 1; k < cue && k <= ss+5; k++ {
		t := p.toks[k]
		if t.Kind != marsad.TokenWord {
			return nil
		}
		if t.Prefix != "" || t.Suffix != "" || presentPerson(t.Base) != person || p.inAnyName(k) {
			continue
		}
		for j := ss; j < k; j++ {
			if w := p.toks[j]; w.Prefix != "" || p.kindOf(j) != "" || p.inTime(w) || p.notSubject(w) {
				return nil
			}
		}
		if h := p.toks[ss]; titleNouns[h.Base] || strings.HasPrefix(h.Base, "ال") || p.entityStartsAt(ss, marsad.PER) || p.entityStartsAt(ss, marsad.ORG) || p.entityStartsAt(ss, marsad.LOC) {
			return p.mention(ss, k)
		}
		return nil
	}
	return nil
}

// presentPerson returns the first letter of a verb in the present of the
// third person singular (يؤكد، تقول) with at least four letters, ي or ت;
// 0 for any other word.
func presentPerson(base string) rune {
	r, _ := utf8.DecodeRuneInString(base)
	if (r == 'ي' || r == 'ت') && utf8.RuneCountInString(base) >= 4 && !strings.HasSuffix(base, "ه") && !strings.HasSuffix(base, "ات") {
		return r
	}
	return 0
}

// faSubject returns the person named after the verb that opens the
// sentence at ss when the verb of speech at cue follows it with ف and
// agrees with it in gender (ويشرح سامر، دوافع البرنامج لفلان فيقول إن;
// وسئل الوزير عن ... فقال): the one who goes on to speak, not the last
// name before the cue. Else nil.
func (p *proc) faSubject(ss, cue, lo int) *marsad.Mention {
	t := p.toks[cue]
	if t.Prefix != "ف" || cue <= ss+2 || feminine(t) != feminine(p.toks[ss]) {
		return nil
	}
	return p.openingPerson(ss, lo)
}

// consequenceWords open a sentence before its verb (لذا، لذلك، بالتالي):
// no verb and no subject, normalised, with no و or ف.
var consequenceWords = map[string]bool{"لذا": true, "لذلك": true, "بالتالي": true}

// verbSubject returns the subject of a sentence that opens with a verb
// (the words after it, up to a person's name), when the cue at cue is not
// that verb and the sentence does not open with a preposition; else nil.
func (p *proc) verbSubject(ss, cue int) *marsad.Mention {
	ss = p.afterFrontedTime(ss, cue)
	if consequenceWords[strings.TrimLeft(p.toks[ss].Norm, "وف")] && cue > ss+2 {
		ss++ // لذا كان عليها اتخاذ قرار ...، وتقول: the sentence opens after "so"
	}
	if n := strings.TrimLeft(p.toks[ss].Norm, "وف"); (n == "قد" || n == "لقد") && cue > ss+2 {
		ss++ // وقد انتقده رئيس البرلمان ...، وقال: the verb after قد opens the sentence
	}
	if cue > ss+1 && isKana(p.toks[ss]) {
		// وفي وقت سابق كان المرصد السوري لحقوق الإنسان قال إن: the subject
		// of كان is the whole phrase up to the verb of speech.
		if m := p.np(ss+1, cue); m != nil && m.End == p.toks[cue-1].End && !p.qadWithin(ss+1, cue) {
			return m
		}
	}
	if t := p.toks[ss]; cue > ss && t.Kind == marsad.TokenWord && t.Prefix == "" && strings.HasPrefix(t.Norm, "ال") && p.kindOf(ss) == "" && !relatives[t.Norm] && !notSubjectWords[t.Norm] && !particles[t.Norm] && t.Norm != "الا" && t.Norm != "الي" {
		// السفير الروسي من جانبه أكد: no verb opens the sentence but its
		// subject, the definite words before the verb of speech.
		b := ss + 1
		for b < cue && b-ss < 5 && p.toks[b].Kind == marsad.TokenWord && (p.toks[b].Prefix == "" && strings.HasPrefix(p.toks[b].Norm, "ال") || p.namedBy(b)) && p.kindOf(b) == "" && !p.inTime(p.toks[b]) && !relatives[p.toks[b].Norm] {
			b++ // المتحدثة باسم البيت الأبيض
		}
		if b < cue && relatives[p.toks[b].Norm] {
			return nil // التقرير الذي ...، تعيد نشره صحيفة ليبراسيون، وتقول: another verb's subject may come between
		}
		return p.mention(ss, b)
	}
	if cue > ss+1 && !p.notSubject(p.toks[ss]) && !notSubjectWords[p.toks[ss].Base] && !p.notSubject(p.toks[ss+1]) {
		b := ss + 1 // not after وفي (وفي نص رسالتهم أشار المحامون)
		for b < cue && b-ss <= 3 && p.toks[b].Kind == marsad.TokenWord && !p.entityStartsAt(b, marsad.PER) && p.kindOf(b) == "" && !npStops[p.toks[b].Norm] && !p.isComp(b) && !verbSubjectEnds[p.toks[b].Norm] && !(b > ss+1 && p.objectNoun(b)) && !p.baComplement(ss, ss+1, b) && !detachedClitics[p.toks[b].Text] {
			b++ // but not ونددت الرسالة بـ"...": the ب written apart opens what is condemned
		}
		if b > ss+1 {
			return p.mention(ss+1, b)
		}
	}
	return nil
}

// afterFrontedTime returns the token after the comma of a time that opens
// the sentence at ss (ويوم الأحد، تحدثت صحيفة محلية: the verb and its
// subject come after it), or ss when the sentence opens otherwise.
func (p *proc) afterFrontedTime(ss, cue int) int {
	t := p.toks[ss]
	if k := p.kanaAfterTime(ss, cue); k > ss {
		return k
	}
	if t.Kind != marsad.TokenWord || !(t.Base == "يوم" || weekdays[t.Base] || p.inTime(t)) {
		return ss
	}
	for k := ss + 1; k < cue && k <= ss+4; k++ {
		if p.toks[k].Text == "،" || p.toks[k].Text == "," {
			return k + 1
		}
	}
	return ss
}

// qadWithin reports the particle قد in tokens [a, b): the verb of كان
// comes after it (وكانت القاهرة قد صعدت حملة ضد وسائل إعلام تقول), and
// the cue is not that verb.
func (p *proc) qadWithin(a, b int) bool {
	for k := a; k < b; k++ {
		if p.toks[k].Norm == "قد" || p.toks[k].Norm == "لقد" {
			return true
		}
	}
	return false
}

// kanaAfterTime returns the token of كان that follows a time after في
// opening the sentence at ss with no comma (وفي وقت سابق كان المرصد قال،
// وفي الأثناء كانت الوزارة أعلنت), or ss when there is none.
func (p *proc) kanaAfterTime(ss, cue int) int {
	t := p.toks[ss]
	if t.Base != "في" || strings.Trim(t.Prefix, "وف") != "" || ss+1 >= cue || !p.timeWord(p.toks[ss+1]) {
		return ss
	}
	for k := ss + 2; k < cue && k <= ss+4; k++ {
		if isKana(p.toks[k]) {
			return k
		}
		if p.toks[k].Kind != marsad.TokenWord {
			break
		}
	}
	return ss
}

// timeWord reports a word of a time expression, or a noun of time that
// the time tagger may leave alone (وقت، حين، الأثناء).
func (p *proc) timeWord(t marsad.Token) bool {
	return p.inTime(t) || timeNouns[t.Norm]
}

// timeNouns are nouns of time that open a fronted adverbial after في.
var timeNouns = map[string]bool{"وقت": true, "حين": true, "الاثناء": true, "اثناء": true, "غضون": true}

// isKana reports the auxiliary كان or كانت, with or without و/ف.
func isKana(t marsad.Token) bool {
	return t.Kind == marsad.TokenWord && t.Suffix == "" && strings.Trim(t.Prefix, "وف") == "" && (t.Base == "كان" || t.Base == "كانت")
}

// openingSubject returns the name (of a person, group or place) right
// after the verb that opens the sentence of the cue at cue, when the cue
// is not that verb (استنكرت روسيا ... ووصفته). Else nil.
func (p *proc) openingSubject(cue, lo int) *marsad.Mention {
	ss := p.sentenceStart(cue, lo)
	if cue <= ss+1 || p.notSubject(p.toks[ss]) || p.kindOf(ss) != "" {
		return nil
	}
	if e := p.entityAt(ss+1, marsad.PER, marsad.ORG, marsad.LOC); e != nil {
		return &marsad.Mention{Span: e.Span, Text: e.Text}
	}
	return nil
}

// entityAt returns the entity of one of types that starts at token k
// (after its proclitics), or nil.
func (p *proc) entityAt(k int, types ...string) *marsad.Entity {
	t := p.toks[k]
	for i := range p.ents {
		e := &p.ents[i]
		if e.Start >= t.Start && e.Start < t.End {
			for _, typ := range types {
				if e.Type == typ {
					return e
				}
			}
		}
	}
	return nil
}

// verbSubjectEnds end the subject of a sentence's first verb: في, the
// particle قد before the next verb (وكانت الممثلة قد أشارت)، a relative
// pronoun (ولكن محطة العربية التي تمتلكها) or a demonstrative, which
// opens the object (ووضعت الصحيفة هذه الصورة).
var verbSubjectEnds = map[string]bool{"في": true, "قد": true, "لقد": true, "الذي": true, "التي": true, "الذين": true,
	"هذا": true, "هذه": true, "ذلك": true, "تلك": true}

// addressees are speech verbs whose object is the one told (أخبر، أبلغ).
var addressees = map[string]bool{"اخبر": true, "اخبرت": true, "اخبروا": true, "ابلغ": true, "ابلغت": true, "ابلغوا": true,
	"يخبر": true, "تخبر": true, "يبلغ": true, "تبلغ": true}

// telling reports a verb of telling (addressees: أبلغ، أخبر) at k, with or
// without an object pronoun (أبلغته، أخبرها) and with no conjunction
// before it.
func (p *proc) telling(k int) bool {
	t := p.toks[k]
	return t.Kind == marsad.TokenWord && !strings.ContainsAny(t.Prefix, "وف") && (addressees[t.Norm] || addressees[t.Base])
}

// tellerBefore returns who tells with a verb of telling at cue whose
// subject stands before it, so that the noun after it is the one told:
// the pronoun of a complementizer (وأكد ترودو أنه أبلغ السياسيين) stands
// for the speaker of the report the verb is in, else for the subject a
// pronoun has (pronounSubject); a noun phrase between a complementizer,
// كان, a clause link or the sentence's start and the verb (إن مسؤولا
// كبيرا في الوزارة أبلغ البيت الأبيض، وكان عباس أبلغ بوتين) is the
// subject. Nil when the verb opens its clause (VSO) or follows a relative
// (التي أبلغهم مسؤولون) or قد.
func (p *proc) tellerBefore(cue, lo int) *marsad.Mention {
	if cue-1 < lo || !p.telling(cue) {
		return nil
	}
	prev := p.toks[cue-1]
	if prev.Kind != marsad.TokenWord {
		return nil
	}
	if ownPronouns[prev.Suffix] && (clauseLinks[prev.Base] || strings.HasPrefix(prev.Norm, "لان") || strings.HasPrefix(prev.Norm, "لكن")) {
		return p.pronounSubject(cue, lo) // لأنه أبلغ جنوده: not the one who reports it
	}
	if ownPronouns[prev.Suffix] && (p.isComp(cue-1) || complementizers[prev.Base]) {
		if sp := p.enclosingSpeaker(cue-1, cue, lo); sp != nil {
			return sp // قال إنه أبلغ ...: he who says so
		}
		return p.pronounSubject(cue, lo)
	}
	// The subject ends in a name or a definite word (عباس، وزارة العدل،
	// الانتربول), not in a particle or a verb (بعدما أخبرت، وقد أبلغها).
	if prev.Prefix != "" || !p.entityEndsAt(cue-1) && !p.personEndsAt(cue-1) && !p.placeEndsAt(cue-1) && !p.definiteBare(cue-1) {
		return nil
	}
	ss := p.sentenceStart(cue, lo)
	for k := cue - 2; k >= ss && k >= cue-10; k-- {
		t := p.toks[k]
		opens := p.compOrFa(k) && t.Suffix == "" || isKana(t) || clauseLinks[t.Norm] && t.Suffix == "" || t.Kind == marsad.TokenPunct && t.Text != "،" && t.Text != ","
		if !opens && t.Kind == marsad.TokenWord && (p.kindOf(k) != "" || relatives[t.Norm] || relatives[t.Base]) {
			return nil
		}
		if !opens {
			continue
		}
		a := k + 1
		if a >= cue || p.notSubject(p.toks[a]) || prepositions[p.toks[a].Base] {
			return nil
		}
		if m := p.np(a, cue); m != nil && m.End == p.toks[cue-1].End {
			return m
		}
		return nil
	}
	return nil
}

// enclosingSpeaker returns the speaker of the report found before that
// holds the tokens from at to cue (قال إنه أبلغ: he who says so), or nil.
func (p *proc) enclosingSpeaker(at, cue, lo int) *marsad.Mention {
	for n := len(p.d.Quotes) - 1; n >= 0; n-- {
		q := p.d.Quotes[n]
		if q.Span.Start <= p.toks[at].Start && q.Span.End >= p.toks[cue].End {
			return q.Speaker
		}
		if q.Span.End < p.toks[p.sentenceStart(cue, lo)].Start {
			return nil
		}
	}
	return nil
}

// reportHeads are the words of reports and papers, normalised with no
// article: they say, but tell no one (وتفيد التقارير بأنها أخبرت).
var reportHeads = map[string]bool{"تقارير": true, "تقرير": true, "انباء": true, "معلومات": true, "وثايق": true, "وثيقه": true, "دراسه": true}

// toldInReport reports a verb of telling at cue after the pronoun of a
// complementizer in what a report says (وتفيد التقارير بأنها أخبرت
// زملاءها أن): the pronoun stands for one the report is about, not for
// the report, so the report does not tell.
func (p *proc) toldInReport(cue, lo int) bool {
	if cue-1 < lo || !p.telling(cue) {
		return false
	}
	prev := p.toks[cue-1]
	if prev.Kind != marsad.TokenWord || !ownPronouns[prev.Suffix] || !p.isComp(cue-1) && !complementizers[prev.Base] {
		return false
	}
	sp := p.enclosingSpeaker(cue, cue, lo)
	if sp == nil {
		return false
	}
	a, _ := p.tokenRange(sp.Span)
	return a >= 0 && a < len(p.toks) && reportHeads[strings.TrimPrefix(p.toks[a].Base, "ال")]
}

// placeEndsAt reports a place's name that ends at token k (إن بلجيكا
// أبلغت).
func (p *proc) placeEndsAt(k int) bool {
	for _, e := range p.ents {
		if e.Type == marsad.LOC && e.End == p.toks[k].End {
			return true
		}
	}
	return false
}

// quantifiers may open a subject before its definite noun (آخر
// الإحصائيات، معظم السكان).
var quantifiers = map[string]bool{"اخر": true, "كل": true, "بعض": true, "معظم": true, "اغلب": true, "جميع": true, "احد": true, "غالبيه": true, "اغلبيه": true}

// subjectOpening returns the definite noun phrase ending right before the
// cue when it opens its clause (SVO: السلطات أخبرت واشنطن أن): at the
// sentence start, after punctuation or a complementizer, with a
// quantifier before it or not; فإن counts as a complementizer. Else nil.
func (p *proc) subjectOpening(cue, lo int) *marsad.Mention {
	if cue-1 < lo {
		return nil
	}
	if cue-2 >= lo && p.toks[cue-1].Norm == "قد" && p.toks[cue].Prefix == "" && cue-1 > p.sentenceStart(cue, lo) {
		return p.subjectOpening(cue-1, lo) // بأن ترامب قد قال: the subject before قد
	}
	end := cue
	if cue-2 >= lo && (p.toks[cue-1].Text == "،" || p.toks[cue-1].Text == ",") && p.personEndsAt(cue-2) && !strings.ContainsAny(p.toks[cue].Prefix, "وف") {
		end = cue - 1 // أن السيسي، أكد: the name before the comma; ، وأوضحت goes on with the sentence's subject
	} else if c := p.seatAside(lo, cue-1); c > 0 && p.toks[cue].Prefix == "" {
		end = c // أن المرصد السوري لحقوق الإنسان، ومقره بريطانيا، قال: the body before its seat
	}
	a := p.phraseEndingAt(end-1, lo)
	if a > lo && p.headInTa(a-1) && (a-1 == p.sentenceStart(cue, lo) || a-2 >= lo && (p.compOrFa(a-2) || p.toks[a-2].Kind == marsad.TokenPunct || clauseLinks[p.toks[a-2].Norm])) {
		a-- // إن وزارة الداخلية اليمنية قالت: the head of the phrase opens the clause
	} else if h := p.constructHeads(a, lo); h < a && h-1 >= lo && (p.compOrFa(h-1) || clauseLinks[p.toks[h-1].Norm]) {
		a = h // غير أن رئيس دائرة الشرطة المحلية قال: the heads of the phrase after أن
	}
	if a < 0 && end < cue {
		return nil
	}
	if a < 0 {
		a = p.bareAfterLink(cue, lo)
	}
	if a < 0 {
		a = p.outletBefore(cue, lo)
	}
	if a < 0 {
		return nil
	}
	if a-1 >= lo && quantifiers[p.toks[a-1].Base] {
		a--
	}
	if p.notSubject(p.toks[a]) && !cutName(p.toks[a]) {
		return nil // للشرب والري وتقول: not the subject
	}
	ss := p.sentenceStart(cue, lo)
	if a > ss && !p.compOrFa(a-1) && p.toks[a-1].Kind != marsad.TokenPunct && !clauseLinks[p.toks[a-1].Norm] {
		return nil
	}
	if a > ss && closesAny(p.toks[a-1].Text) {
		return nil // صحيفة "النهار" الجزائرية ذكرت: the name is in the quotation marks before
	}
	if end < cue && a > ss && (p.toks[a-1].Text == "،" || p.toks[a-1].Text == ",") && !p.titleOpensClause(a-1, lo) {
		return nil // اسم "شيف" الرئيس الروسي، فلاديمير بوتين، قال فيها: the name is a genitive's, not the subject
	}
	return p.mention(a, end)
}

// titleOpensClause reports the words before the comma at c, of a title
// whose name follows it in apposition, that open a clause: right after a
// complementizer, a clause link or the sentence's start, with no mark, cue
// or relative between (أن وزير الدفاع، سيرغي شويغو، قال؛ لكن المستشارة
// الألمانية، أنغيلا ميركل، قالت).
func (p *proc) titleOpensClause(c, lo int) bool {
	ss := p.sentenceStart(c, lo)
	for k := c - 1; k >= ss && k >= c-8; k-- {
		t := p.toks[k]
		if k < c-1 && (p.compOrFa(k) && t.Suffix == "" || clauseLinks[t.Norm]) {
			return p.titleHead(k + 1)
		}
		if t.Kind != marsad.TokenWord || p.kindOf(k) != "" || relatives[t.Norm] || relatives[t.Base] {
			return false
		}
		if k == ss {
			return p.titleHead(k)
		}
	}
	return false
}

// titleHead reports a word at k that may head a subject: no preposition,
// alone or joined (وفي اتصال مع وزير الخارجية، وحول زيارة الوزير), and
// no time.
func (p *proc) titleHead(k int) bool {
	t := p.toks[k]
	return !prepositions[t.Base] && !npStops[t.Base] && !strings.ContainsAny(strings.TrimLeft(t.Prefix, "و"), "بلك") && !p.inTime(t)
}

// compOrFa reports a complementizer at k, or فإن that opens the main
// clause after an attribution (وفقا لما نقلته الوكالة، فإن المحامي قال).
func (p *proc) compOrFa(k int) bool {
	return p.isComp(k) || p.faInnaAt(k)
}

// headInTa reports a bare noun in ة at token k, the head of the definite
// phrase after it (وزارة الداخلية، هيئة الإذاعة): no verb ends in ة.
func (p *proc) headInTa(k int) bool {
	t := p.toks[k]
	return t.Kind == marsad.TokenWord && t.Prefix == "" && t.Suffix == "" && strings.HasSuffix(t.Text, "ة") && p.kindOf(k) == "" && !p.inTime(t)
}

// cutName reports a word the clitic splitter cut into two proclitics and
// the suffix ي with no stem left (فكي as ف، ك، ي): no preposition with a
// pronoun (لي، بي) is so cut, so it is a word of its own, a name.
func cutName(t marsad.Token) bool {
	return t.Base == "" && t.Suffix == "ي" && len([]rune(t.Prefix)) >= 2
}

// constructHeads returns where the heads of a construct without the article
// begin before the definite phrase at a (رئيس دائرة | الشرطة المحلية): at
// most two bare nouns that are no verb of speech, particle or time; a if
// none (or a < 0).
func (p *proc) constructHeads(a, lo int) int {
	h := a
	for h > lo && a-h < 2 {
		t := p.toks[h-1]
		if t.Kind != marsad.TokenWord || t.Prefix != "" || t.Suffix != "" || strings.HasPrefix(t.Norm, "ال") || p.kindOf(h-1) != "" ||
			p.notSubject(t) || particles[t.Norm] || relatives[t.Norm] || p.isComp(h-1) || clauseLinks[t.Norm] || adversatives[t.Norm] || p.inTime(t) {
			break
		}
		h--
	}
	return h
}

// bareAfterLink returns the first token of an indefinite subject of one
// to three words between لكن (بينما، فيما، إلا أن ...) and the cue (ولكن مسؤولين
// أكدوا أن، لكن مصادر مطلعة قالت), or -1.
func (p *proc) bareAfterLink(cue, lo int) int {
	if p.toks[cue].Prefix != "" {
		return -1 // لكن عاد وأكد: the cue joined to a verb before it
	}
	for a := cue - 1; a >= lo && a >= cue-3; a-- {
		t := p.toks[a]
		if t.Kind != marsad.TokenWord || strings.HasPrefix(t.Norm, "ال") || p.kindOf(a) != "" || p.notSubject(t) && !cutName(t) || p.isComp(a) || relatives[t.Norm] || particles[t.Norm] || p.inTime(t) {
			return -1
		}
		if a-1 >= lo && (clauseLinks[p.toks[a-1].Norm] || p.isComp(a-1)) {
			if a == cue-3 && !p.bareNounPhrase(a, cue) {
				return -1 // هناك عوامل عديدة، زوجها باباديمتريو فقد: no subject of three words
			}
			return a
		}
	}
	return -1
}

// bareNounPhrase reports tokens [a, cue) as an indefinite noun phrase of
// bare words ending in a relation adjective (وسائل إعلام أميركية، صحف
// محلية كبرى is not taken): no clitic, adverb or particle among them.
func (p *proc) bareNounPhrase(a, cue int) bool {
	for k := a; k < cue; k++ {
		t := p.toks[k]
		if t.Prefix != "" || t.Suffix != "" || npAdverbs[t.Norm] || t.Norm == "هناك" || t.Norm == "هنالك" {
			return false
		}
	}
	last := p.toks[cue-1].Norm
	return strings.HasSuffix(last, "يه") || strings.HasSuffix(last, "يين") || strings.HasSuffix(last, "يون")
}

// outletBefore returns the outlet noun of a name in quotation marks that
// ends right before the cue (لكن موقع "شهود العيان" أورد أن), or -1.
func (p *proc) outletBefore(cue, lo int) int {
	if cue-1 < lo || !closesAny(p.toks[cue-1].Text) {
		return -1
	}
	for k := cue - 2; k > lo && k >= cue-6; k-- {
		if isOpen(p.toks[k].Text) && closes(p.toks[k].Text, p.toks[cue-1].Text) {
			if outletNouns[p.toks[k-1].Base] && p.toks[k-1].Prefix == "" {
				return k - 1
			}
			return -1
		}
	}
	return -1
}

// particles are no subject: ترامب لا يقول، ما صرح به.
var particles = map[string]bool{"لا": true, "لم": true, "لن": true, "ما": true, "قد": true, "كان": true, "كانت": true, "هو": true, "هي": true, "هم": true, "من": true}

// closesAny reports a closing quotation mark.
func closesAny(tok string) bool {
	return tok == "»" || tok == "”" || tok == "\"" || tok == "›"
}

// agrees reports a relative pronoun at rel whose gender the verb at cue
// shares: الوزارة التي قالت، الوزير الذي قال. In الرياض التي قال إنه the
// verb has a subject of its own, and the noun before التي is not it.
func (p *proc) agrees(rel, cue int) bool {
	switch p.toks[rel].Norm {
	case "التي":
		return feminine(p.toks[cue])
	case "الذي":
		return !feminine(p.toks[cue])
	}
	return true
}

// antecedent returns the noun a relative pronoun right before the cue
// stands for (السلطات السعودية، التي تؤكد أنه ...), or nil.
func (p *proc) antecedent(cue, lo int) *marsad.Mention {
	k := cue - 1
	if k < lo || !relatives[p.toks[k].Norm] || !p.agrees(k, cue) {
		return nil
	}
	k--
	if k >= lo && p.toks[k].Text == "،" || k >= lo && p.toks[k].Text == "," {
		k--
	}
	if k < lo {
		return nil
	}
	a := p.phraseEndingAt(k, lo)
	if a < 0 {
		return nil
	}
	return p.mention(a, k+1)
}

// speakerOverThing returns the subject of the verb that opens the
// sentence when a relative verb of speech at cue has for antecedent ant a
// thing the verb acts on, no name (وأطلقت أنقرة عملية "غصن الزيتون" التي
// تقول إنها، وهاجمت الطالبة ترامب بسبب ملايين الدولارات التي قالت إن): the
// one who acted says it of the thing, which says nothing. The opening verb
// is no verb of speech, agrees with the cue in gender and has its subject
// right after it, before ant; ant is no source (وفق الوكالة التي أشارت).
// Else nil.
func (p *proc) speakerOverThing(cue, lo int, ant *marsad.Mention) *marsad.Mention {
	if ant == nil || p.hasEntity(ant.Span) && !p.namedThing(ant) || p.speakingThing(ant) {
		return nil
	}
	c := p.toks[cue].Norm
	if strings.HasSuffix(c, "وا") || strings.HasSuffix(c, "ون") || p.toks[cue-1].Norm != "التي" && p.toks[cue-1].Norm != "الذي" {
		return nil // النواب الذين يقولون: the many named speak
	}
	a, _ := p.tokenRange(ant.Span)
	if a < 1 || p.kindOf(a-1) != "" || p.toks[a-1].Kind != marsad.TokenWord && p.toks[a-1].Kind != marsad.TokenPunct {
		return nil
	}
	v := p.sentenceStart(cue, lo)
	for n := 0; n < 3 && v+1 < a && p.inTime(p.toks[v]); n++ {
		v++ // والأسبوع الماضي رفعت طهران
	}
	if v+1 < a && p.toks[v].Base == "قد" {
		v++ // وقد هاجمت الطالبة
	}
	t := p.toks[v]
	kana := isKana(t) // وكانت إسرائيل ضربت عشرات الأهداف التي قالت إنها
	if v+2 >= a || t.Kind != marsad.TokenWord || p.kindOf(v) != "" || p.notSubject(t) || notSubjectWords[t.Base] || particles[t.Base] && !kana ||
		p.isComp(v) || p.inTime(t) || relatives[t.Norm] || clauseLinks[t.Base] || onlyAfter[t.Base] || strings.HasPrefix(t.Base, "ال") ||
		feminine(t) != feminine(p.toks[cue]) || p.toks[v+1].Prefix != "" {
		return nil
	}
	for k := v + 1; k < a; k++ {
		if p.kindOf(k) != "" || afterLinks[p.toks[k].Base] {
			return nil // وفقا للمذكرة التي أشارت: the source speaks
		}
	}
	var sp *marsad.Mention
	if e := p.entityAt(v+1, marsad.PER, marsad.ORG, marsad.LOC); e != nil {
		sp = &marsad.Mention{Span: e.Span, Text: e.Text}
	} else if b := p.phraseEndingAt(v+1, v+1); b == v+1 && strings.HasPrefix(p.toks[v+1].Norm, "ال") {
		e := v + 2
		if e < a && p.toks[e].Prefix == "" && strings.HasPrefix(p.toks[e].Norm, "ال") && (strings.HasSuffix(p.toks[e].Norm, "ي") || strings.HasSuffix(p.toks[e].Norm, "يه") || numberWords[p.toks[e].Norm]) {
			e++ // الدول الثلاث، المنظمة الدولية
		}
		sp = p.mention(v+1, e)
	}
	if sp == nil || sp.End > ant.Start || sp.Start >= ant.Start {
		return nil
	}
	for _, e := range p.ents {
		if e.Type == marsad.PER && e.Start >= sp.End && e.End <= ant.Start && p.toks[p.tokenAfter(e.End)].Text == "،" {
			return nil // صدرت عن الجنرال جون هايتن، قائد القوة ...، الذي قال: the one described between
		}
	}
	return sp
}

// tokenAfter returns the index of the first token that starts at or after
// offset off, the last token when none does.
func (p *proc) tokenAfter(off int) int {
	for k := range p.toks {
		if p.toks[k].Start >= off {
			return k
		}
	}
	return len(p.toks) - 1
}

// namedThingHeads are the nouns of a thing done or set down before its
// name in quotation marks (عملية "غصن الزيتون"، خطة "صفقة القرن"),
// normalised.
var namedThingHeads = map[string]bool{"عمليه": true, "حمله": true, "خطه": true, "مبادره": true, "مشروع": true, "قانون": true,
	"اتفاق": true, "اتفاقيه": true, "صفقه": true, "مناورات": true}

// namedThing reports a name in quotation marks after a noun of a thing
// (عملية "غصن الزيتون"): the name of the thing, though a tagger took it
// for a body.
func (p *proc) namedThing(m *marsad.Mention) bool {
	a, _ := p.tokenRange(m.Span)
	return a >= 2 && isOpen(p.toks[a-1].Text) && namedThingHeads[p.toks[a-2].Base]
}

// speakingThing reports a mention headed by a noun of words or of what
// carries them (الرد السعودي الذي أكد، المذكرة التي أشارت، التقرير الذي
// ذكر): a thing that speaks for its author.
func (p *proc) speakingThing(m *marsad.Mention) bool {
	a, _ := p.tokenRange(m.Span)
	b := strings.TrimPrefix(p.toks[a].Base, "ال")
	return b == "رد" || messageNouns[b] || reportHeads[b] || speechNouns[b] || writtenNouns[b] || outletNouns[b] || anaphors[p.toks[a].Base]
}

// numberWords are the definite numbers that follow a plural subject as
// its adjective (الدول الثلاث), normalised.
var numberWords = map[string]bool{"الثلاث": true, "الثلاثه": true, "الاربع": true, "الاربعه": true, "الخمس": true, "الخمسه": true}

// describedAntecedent returns the one a relative joined by و right before
// the cue (والتي قالت، والذي أكد) stands for when a clause of the pronoun
// that agrees with it describes him first (حليمة، وهي ربة منزل ...، والتي
// قالت): the noun before the comma of that clause, a name the tagger may
// have missed. Else nil.
func (p *proc) describedAntecedent(cue, lo int) *marsad.Mention {
	k := cue - 1
	if k <= lo || p.toks[k].Prefix != "و" || !relatives[p.toks[k].Base] || !p.agrees(k, cue) || p.toks[k-1].Text != "،" {
		return nil
	}
	pron := "هو"
	if p.toks[k].Base == "التي" {
		pron = "هي"
	}
	ss := p.sentenceStart(cue, lo)
	for j := k - 2; j > ss && j >= k-16; j-- {
		t := p.toks[j]
		if t.Prefix == "و" && t.Base == pron && p.toks[j-1].Text == "،" {
			return p.describedNoun(j-2, ss)
		}
		if t.Kind != marsad.TokenWord && t.Kind != marsad.TokenNumber && t.Text != "،" || p.kindOf(j) != "" {
			return nil
		}
	}
	return nil
}

// describedNoun returns the noun phrase that ends at token k (from ss):
// the definite phrase or name there, else the one word with no clitic that
// is no particle (حليمة). Else nil.
func (p *proc) describedNoun(k, ss int) *marsad.Mention {
	if k < ss {
		return nil
	}
	if a := p.phraseEndingAt(k, ss); a >= 0 {
		return p.mention(a, k+1)
	}
	t := p.toks[k]
	if t.Kind != marsad.TokenWord || t.Prefix != "" || t.Suffix != "" || p.notSubject(t) || notSubjectWords[t.Base] || particles[t.Base] || p.kindOf(k) != "" {
		return nil
	}
	return p.mention(k, k+1)
}

// withinLastReport reports a relative verb of speech at cue whose
// antecedent ant names no person or organisation and stands inside the
// words of the report before it, in the same sentence, whose speaker agrees
// with the verb (أعلنت المجموعة أنها استدعت سفراءها احتجاجا على نتائج
// الانتخابات التي قالت إنها "غير شرعية"): the verb goes back to that
// speaker, as a thing spoken of does not speak.
func (p *proc) withinLastReport(cue int, ant *marsad.Mention) bool {
	n := len(p.d.Quotes)
	if p.last == nil || n == 0 || p.hasEntity(ant.Span) {
		return false
	}
	prev := p.d.Quotes[n-1]
	if prev.Speaker != p.last || prev.Kind != marsad.Indirect || !prev.Span.Contains(ant.Span) {
		return false
	}
	if p.d.SentenceOf(prev.Start) != p.d.SentenceOf(p.toks[cue].Start) {
		return false
	}
	return p.mentionFeminine(p.last) == feminine(p.toks[cue])
}

// mentionFeminine reports a speaker mention whose head is feminine: a
// noun in ة or ات (مجموعة ليما، الحكومة، السلطات), or a named
// organisation or place (states and bodies take the feminine).
func (p *proc) mentionFeminine(m *marsad.Mention) bool {
	head, _, _ := strings.Cut(m.Text, " ")
	if strings.HasSuffix(head, "ة") || strings.HasSuffix(head, "ات") {
		return true
	}
	for _, e := range p.ents {
		if e.Start == m.Start && (e.Type == marsad.ORG || e.Type == marsad.LOC) {
			return true
		}
	}
	return false
}

// phraseEndingAt returns the first token of the definite noun phrase that
// ends at token k: the entity that ends there, else the run of words with
// the article before it (السلطات السعودية); -1 when there is none.
func (p *proc) phraseEndingAt(k, lo int) int {
	t := p.toks[k]
	if t.Kind != marsad.TokenWord || p.kindOf(k) != "" {
		return -1
	}
	for _, e := range p.ents {
		if (e.Type == marsad.PER || e.Type == marsad.ORG) && e.End == t.End {
			for a := k; a >= lo; a-- {
				if p.toks[a].Start <= e.Start {
					return p.nameBefore(a, lo)
				}
			}
		}
	}
	a, span := k+1, 3
	for a-1 >= lo && k-a < span {
		w := p.toks[a-1]
		if a-2 >= lo && a <= k && p.ofBody(a-1) && p.definiteBare(a-2) && p.kindOf(a-2) == "" {
			a, span = a-1, span+1 // المرصد السوري لحقوق الإنسان: the body's name goes on past ل
			continue
		}
		if w.Kind != marsad.TokenWord || !strings.HasPrefix(w.Base, "ال") || p.kindOf(a-1) != "" || relatives[w.Norm] || relatives[w.Base] || p.inTime(w) {
			break
		}
		a--
		if p.notSubject(w) {
			break // بالدولة الخليجية: the preposition opens the phrase
		}
	}
	if a > k {
		return -1
	}
	return p.nameBefore(a, lo)
}

// ofBody reports a bare noun with ل at token k, no pronoun on it, before
// a definite word, in the name of a body (المرصد السوري لحقوق الإنسان،
// المفوضية السامية لشؤون اللاجئين).
func (p *proc) ofBody(k int) bool {
	t := p.toks[k]
	return t.Kind == marsad.TokenWord && t.Prefix == "ل" && t.Suffix == "" && !strings.HasPrefix(t.Base, "ال") && k+1 < len(p.toks) && p.definiteBare(k+1)
}

// nameBefore extends a phrase starting at token a to a name the tagger
// found that runs into it (وزارة الداخلية اليمنية: وزارة الداخلية) or to
// a name joined to it by و (كوشنر وغرينبلات), and returns its first token.
func (p *proc) nameBefore(a, lo int) int {
	if a-1 < lo {
		return a
	}
	prev := p.toks[a-1]
	for _, e := range p.ents {
		if e.Type != marsad.PER && e.Type != marsad.ORG {
			continue
		}
		runsIn := e.Start < p.toks[a].Start && e.End > p.toks[a].Start && e.Start >= prev.Start
		joined := strings.HasPrefix(p.toks[a].Prefix, "و") && e.End == prev.End && prev.Kind == marsad.TokenWord
		if !runsIn && !joined {
			continue
		}
		b := a - 1
		for b > lo && p.toks[b].Start > e.Start {
			b--
		}
		return b
	}
	return a
}

func (p *proc) entityStartsAt(i int, typ string) bool {
	t := p.toks[i]
	for _, e := range p.ents {
		if e.Type == typ && e.Start >= t.Start && e.Start < t.End {
			return true
		}
	}
	return false
}

// cueMention returns the mention of the cue at token i, without a
// conjunction the segmenter left on it (وأردفت: أردفت).
func (p *proc) cueMention(i int) *marsad.Mention {
	m := p.mention(i, i+1)
	t := p.toks[i]
	_, byBase := p.cue[t.Base]
	_, byNorm := p.cue[t.Norm]
	if _, bare := p.cue[strings.TrimPrefix(t.Norm, "و")]; t.Prefix == "" && !byBase && !byNorm && bare && strings.HasPrefix(t.Norm, "و") && m.End-m.Start > 1 {
		m.Span.Start++
		m.Text = p.d.Slice(m.Span)
	}
	return m
}

// mention returns the mention of tokens [a, b), without the first token's
// proclitics.
func (p *proc) mention(a, b int) *marsad.Mention {
	first := p.toks[a]
	start := first.Start + utf8.RuneCountInString(first.Prefix)
	if cutName(first) || parentWords[first.Norm] {
		start = first.Start // فكي، والدة: the whole word
	}
	sp := marsad.Span{Start: start, End: p.toks[b-1].End}
	if sp.End <= sp.Start {
		sp.Start = first.Start
	}
	return &marsad.Mention{Span: sp, Text: p.d.Slice(sp)}
}

// parentWords are the forms of والد and والدة, whose و is of the root, not
// the conjunction the segmenter cuts off (وقالت والدة الطالب: والدة, not الدة).
var parentWords = map[string]bool{"والد": true, "والده": true, "والدا": true, "والدي": true, "والدان": true,
	"والداه": true, "والديه": true, "والدها": true, "والدهم": true, "والدهما": true, "والدته": true, "والدتها": true,
	"والدتي": true, "والدتهم": true, "والدتهما": true}

// halAfterVerb reports a participle at a right after a verb of speech
// at verb (وقال مخاطبا أنصاره، وأضاف متحدثا للصحفيين، وكتب معرفا نفسه):
// the verb's subject is a pronoun, and the participle says how he spoke.
// A name of the pattern (ماريا، ميلانيا، موناليزا) or a noun with a
// pronoun (مراسلنا، محاميها) is its subject.
func (p *proc) halAfterVerb(verb, a int) bool {
	t := p.toks[a]
	if verb < 0 || p.kindOf(verb) != cueVerb || !isHal(t) || t.Prefix != "" || t.Suffix != "" || p.inName(a) ||
		p.entityStartsAt(a, marsad.PER) || p.entityStartsAt(a, marsad.ORG) || p.entityStartsAt(a, marsad.LOC) {
		return false
	}
	if strings.HasSuffix(t.Norm, "يا") || strings.HasSuffix(t.Norm, "تا") || strings.HasSuffix(t.Norm, "نا") {
		return false // ميلانيا، منظمتا، مراسلنا: a name, two of a kind, ours
	}
	r := []rune(t.Norm)
	return r[1] != 'ا' && r[1] != 'ي' && (len(r) <= 6 || strings.HasPrefix(t.Norm, "مست"))
}

// describingParticiple reports a participle of describing or accusing
// (متهما، واصفة): its subject is the one before it, not the noun after.
func describingParticiple(t marsad.Token) bool {
	return isHal(t) || t.Norm == "واصفا" || t.Norm == "واصفه" || t.Norm == "متهمه" ||
		t.Prefix == "و" && (t.Base == "واصفا" || t.Base == "واصفه") // وواصفة إياهم: joined to the participle before
}

// isHal reports an indefinite accusative participle (مشترطا، معتبرا).
func isHal(t marsad.Token) bool {
	n := t.Norm
	return t.Kind == marsad.TokenWord && strings.HasPrefix(n, "م") && strings.HasSuffix(n, "ا") && utf8.RuneCountInString(n) >= 5
}

// isFaaalan reports an accusative participle of the pattern فاعلا
// (طالبا، رافضا) that may follow a subject as a circumstance. As names
// take the pattern too (رانيا، ماريا), it ends a speaker only before the
// words of a source's anonymity (طالبا عدم نشر اسمه، رافضا الكشف عن هويته).
func isFaaalan(t marsad.Token) bool {
	r := []rune(t.Norm)
	return t.Kind == marsad.TokenWord && t.Prefix == "" && len(r) == 5 && r[1] == 'ا' && r[4] == 'ا'
}

// anonymity are the words after طالبا، رافضا of a source who is not named.
var anonymity = map[string]bool{"عدم": true, "الكشف": true, "ذكر": true, "نشر": true, "الافصاح": true, "الاعلان": true}

// masdarParticle are the prepositions before which أن makes a verbal
// noun, not a reported clause: قبل أن تعلن، بعد أن التقى، رغم أن.
var masdarParticle = map[string]bool{"قبل": true, "بعد": true, "دون": true, "منذ": true, "رغم": true, "برغم": true, "حتي": true, "بمجرد": true}

// masdarAn reports أن at j after one of masdarParticle (قبل أن تعلن),
// not in an adverb (أشارت من قبل أنها، قالت فيما بعد إنهم) nor written
// إن, which no preposition takes.
func (p *proc) masdarAn(j int) bool {
	if j < 1 || strings.HasPrefix(p.toks[j].Text, "إ") || !masdarParticle[p.toks[j-1].Norm] {
		return false
	}
	if j >= 2 {
		switch p.toks[j-2].Norm {
		case "من", "فيما", "ما":
			return false
		}
	}
	return true
}

// impersonals take أن in من المقرر أن، من المتوقع أن: what is planned or
// expected, not what the cue's subject said.
var impersonals = map[string]bool{"المقرر": true, "المتوقع": true, "المفترض": true, "المنتظر": true, "المرجح": true,
	"المحتمل": true, "الممكن": true, "المستبعد": true, "الضروري": true, "المعروف": true}

// impersonalAn reports أن at j after من المقرر and its like.
func (p *proc) impersonalAn(j int) bool {
	return j >= 2 && impersonals[p.toks[j-1].Norm] && p.toks[j-2].Norm == "من"
}

var masdarBefore = map[string]bool{"عدم": true, "دون": true, "بعد": true, "قبل": true, "اثر": true}

// npStops are prepositions that begin a circumstance (دون ذكر أسمائهم), not an affiliation
// (في and ب are kept: مسؤول في الإدارة، مسؤول بوزارة الخارجية).
var npStops = map[string]bool{"علي": true, "عن": true, "عبر": true, "خلال": true, "امام": true, "لدي": true, "عقب": true, "اثناء": true, "حول": true, "دون": true}
