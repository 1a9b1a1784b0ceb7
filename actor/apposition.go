package actor

import (
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/marsad/marsad"
	"github.com/marsad/marsad/arabic"
)

// maxTitle is the most words a title in apposition before a name may have
// (نائب وزير الخارجية الكوري الشمالي).
const maxTitle = 7

// apposedTitle returns the actor of a person the lexicon does not hold,
// read from the title set right before the name at span sp (وزير
// الداخلية البريطاني ساجد جويد → GBRGOV, الرئيس الصربي، ألكسندر فوسيتش →
// SRBGOV, قائد الحرس الثوري، محمد علي جعفري → IRNMIL). The title must
// open with a role word, end on the country, the body or the role it
// names, and name one country before any post (السفير الأمريكي لدى
// إسرائيل). Nil when no such title comes right before the name, when it
// is a former holder's (السابق، الراحل), a relative's or a lawyer's (زوجة
// الرئيس الأمريكي، محامي الرئيس), or when it gives a country alone (the
// player or the writer of a country is no actor). A bare word between a
// title of a state and the name is the first name the tagger left out
// (المتحدث باسم وزارة الخارجية التركية حامي [أقصوي]): entity e is widened
// over it. A minister with a portfolio and no country takes the story's
// home country (ministerAtHome; counts as countryCounts gives them).
// keys are the tokens' keys (tokenKeys).
func (s *stage) apposedTitle(d *marsad.Document, keys []string, e *marsad.Entity, date, home string, counts map[string]int) *marsad.ActorRef {
	toks := d.Tokens
	i := sort.Search(len(toks), func(i int) bool { return toks[i].End > e.Start })
	if i == 0 || i >= len(toks) || len(keys) != len(toks) {
		return nil
	}
	j := skipComma(toks, i-1)
	if j > 0 && ranks[keys[j]] && toks[j].Prefix == "" && !inEntity(d, toks[j].Span) {
		j = skipComma(toks, j-1) // المتحدث باسم الجيش اليمني، العميد فلان: the rank is no title's end
	}
	if toks[i].Start < e.Start {
		return nil // ومكرم: a name joined to the one before, not set after a title
	}
	if ref := s.titleRef(d, keys, j, date); ref != nil {
		return ref
	}
	if j == i-1 && s.cutFirstName(d, keys, j) {
		if ref := s.titleRef(d, keys, j-1, date); ref != nil && strings.HasPrefix(ref.ID, "country/") {
			// حامي [أقصوي] after the title: the tagger left the first name out.
			e.Start = toks[j].Start
			e.Text = d.Slice(e.Span)
			return ref
		}
	}
	if nisba(e.Text) {
		return nil // نائب وزير الخارجية الأبخازي: an adjective, another country's
	}
	if ref := s.spokesmanAtHome(d, keys, j, home, counts); ref != nil {
		return ref
	}
	return s.ministerAtHome(d, keys, j, home, counts)
}

// titleAfter returns the actor of a person the lexicon does not hold,
// read from the title set right after the name at span of e, with or
// without a comma (السفيرة فلانة المندوب الدائم لقطر لدى الأمم المتحدة →
// QATGOV، فلان، رئيس الوزراء الأسترالي → AUSGOV): the shortest run of
// words from a title's head that titleRef would take before a name. Nil
// when the title is a former holder's or one held then (السابق،
// حينها، سابقاً) or followed by years (رئيس هندوراس 1998- 2002), when it
// runs on into another person's name (استقبل فلان وزير
// الخارجية الأمريكي مايك بومبيو: the title is the next man's), or when
// the name follows a verb that takes an object (التقى فلان وزير الخارجية:
// the title is the one met).
func (s *stage) titleAfter(d *marsad.Document, keys []string, e *marsad.Entity, date string) *marsad.ActorRef {
	toks := d.Tokens
	if len(keys) != len(toks) || nisba(e.Text) {
		return nil
	}
	i := sort.Search(len(toks), func(i int) bool { return toks[i].Start >= e.End })
	if i == 0 || i >= len(toks) || toks[i-1].End != e.End {
		return nil
	}
	b := sort.Search(len(toks), func(i int) bool { return toks[i].End > e.Start })
	for k := b - 1; k >= 0 && k >= b-4 && toks[k].Kind == marsad.TokenWord && !clauseWords[keys[k]]; k-- {
		if objectVerbs[keys[k]] {
			return nil // التقى فلان وزير الخارجية، استقبل الملك فلان وزير: the one met
		}
		if formerWords[keys[k]] {
			return nil // الأدميرال السابق فلان، قائد القوات: no longer in office
		}
	}
	if toks[i].Text == "،" || toks[i].Text == "," {
		i++
	}
	if i >= len(toks) || !titleHeads[keys[i]] || toks[i].Prefix != "" || toks[i].Suffix != "" || toks[i].Start-toks[i-1].End > 1 {
		return nil
	}
	last := i - 1
	for k := i; k < len(toks) && k-i < maxTitle; k++ {
		t := toks[k]
		if t.Kind == marsad.TokenNumber {
			return nil // رئيس هندوراس 1998-2002: the years of a past office
		}
		if t.Kind != marsad.TokenWord || k > i && (toks[k].Start-toks[k-1].End > 1 || clauseWords[keys[k]]) {
			break
		}
		if inPerson(d, t.Span) {
			return nil // the title of the name that follows
		}
		if formerWords[keys[k]] || thenHeld(d, k, k) {
			return nil
		}
		last = k
	}
	for j := i; j <= last; j++ {
		if s.cutName(keys, i, j) || j < last && s.adjective(keys[j+1]) {
			continue // في قوات سوريا [الديمقراطية]، الغرفة التجارية البريطانية [الإيرانية]: a name cut short names another
		}
		if j+2 < len(toks) && (toks[j+1].Text == "،" || toks[j+1].Text == ",") && inPerson(d, toks[j+2].Span) {
			return nil // الملك فلان، وزير الخارجية الأمريكي، مايك بومبيو: the next man's title
		}
		if ref := s.titleRef(d, keys, j, date); ref != nil && s.titleStart(d, keys, j) <= i {
			return ref
		}
	}
	return nil
}

// cutName reports a lexicon phrase that opens among keys i to j and runs
// on past j.
func (s *stage) cutName(keys []string, i, j int) bool {
	for p := i; p <= j; p++ {
		if _, n := s.l.longest(keys, p); n > 0 && p+n-1 > j {
			return true
		}
	}
	return false
}

// objectVerbs are verbs of the past whose subject a name after them may
// be and whose object the title after that name then is (التقى فلان وزير
// الخارجية), normalised.
var objectVerbs = setOf(`التقي استقبل قابل هاتف بحث ناقش دعا انتقد اتهم ابلغ زار حث طالب استدعي اقال عين كلف حذر هنا
	شكر رافق خلف وصف اخبر خاطب ناشد هاجم يلتقي يستقبل سيلتقي سيستقبل`)

// skipComma returns j, or the token before it when token j is a comma.
func skipComma(toks []marsad.Token, j int) int {
	if j >= 0 && (toks[j].Text == "،" || toks[j].Text == ",") {
		return j - 1
	}
	return j
}

// ranks are the military and police ranks set between an office's title
// and the holder's name, and the knight's honorific السير (السفير البريطاني
// لدى واشنطن، السير فلان) (normalised, without proclitics).
var ranks = setOf("العميد اللواء العقيد المقدم الرايد النقيب الملازم الفريق المشير العماد الجنرال الاميرال الادميرال السير")

// nisba reports one word with the article and the ending of a nationality
// (الأبخازي، الكورية): an adjective of the title the tagger took for a
// name.
func nisba(text string) bool {
	return !strings.Contains(text, " ") && strings.HasPrefix(text, "ال") && (strings.HasSuffix(text, "ي") || strings.HasSuffix(text, "ية"))
}

// titleRef returns the actor of the title ending at token j (see
// apposedTitle), or nil.
func (s *stage) titleRef(d *marsad.Document, keys []string, j int, date string) *marsad.ActorRef {
	toks := d.Tokens
	if j < 0 {
		return nil
	}
	first := s.titleStart(d, keys, j)
	for k := first; k <= j; k++ {
		if !titleHeads[keys[k]] || k > first && strings.ContainsAny(toks[k].Prefix, "وف") {
			continue // الشخصيات الأمنية والعسكرية: no title opens on an adjective or after و
		}
		if k > 0 && relatives[keys[k-1]] {
			return nil // زوجة الرئيس الأمريكي: his wife, not the president
		}
		end := j
		if p := s.portfolio(toks[k:j+1], keys[k:j+1]); p > 0 {
			end = k + p - 1 // وزير الدولة البريطاني للجامعات والعلوم: the office ends on its country
		}
		if !s.titleEnd(keys[k:end+1], sentTo(toks[k:end+1])) {
			continue
		}
		res := s.l.Resolve(d.Slice(marsad.Span{Start: toks[k].Start, End: toks[end].End}), date)
		if res.Ref != nil && !res.HasRole && spokesFor(keys[k:end+1]) && !strings.HasPrefix(res.Ref.ID, "country/") {
			res.HasRole = true // الناطق باسم وحدات حماية الشعب، المتحدثة باسم حماس: he speaks for the body
		}
		if res.Ref == nil || !res.HasRole || len(res.Ref.Code) <= 3 || strings.HasPrefix(res.Ref.ID, "person/") {
			return nil
		}
		if strings.HasPrefix(res.Ref.ID, "country/") && !countryCodes[res.Ref.Code[:3]] {
			return nil // مدير إدارة الشرق الأوسط، مساعد الوزير للشؤون الأوروبية: a region is no state
		}
		if strings.HasPrefix(res.Ref.ID, "country/") && genericHeads[keys[k]] && s.bareHead(keys[k:end+1]) {
			return nil // رئيس بيت الإعلاميين العرب في تركيا: a head of some body there, no office of the state
		}
		if strings.HasPrefix(res.Ref.ID, "country/") && hasAny(keys[k:j+1], civilBodies) {
			return nil // رئيس حزب العمل الشعبي الكردي، رئيس الجمعية الإسلامية النمساوية: no office of the state
		}
		return res.Ref
	}
	return nil
}

// spokesFor reports a title (its words' keys) opened by a spokesman's
// noun and باسم, keyed اسم (الناطق باسم، المتحدثة باسم): whoever holds
// it speaks for the body named after it, though the lexicon holds no
// role for the noun.
func spokesFor(title []string) bool {
	return len(title) > 2 && spokesmen["ال"+strings.TrimPrefix(title[0], "ال")] && (title[1] == "اسم" || title[1] == "باسم")
}

// adjective reports a word the lexicon holds as a nationality adjective
// (البريطاني، الأممي).
func (s *stage) adjective(w string) bool {
	m, ok := s.l.keys[w]
	return ok && m.kind == kAdj
}

// portfolio returns the index among toks (keys their keys) of the
// portfolio that ends a title after its country (وزير الدولة البريطاني
// للجامعات والعلوم، وزير الدولة البريطاني لشؤون أفريقيا), or -1: a word
// with ل and the article or لشؤون, after which every word bears the
// article, alone or after و, and none opens a title or another's
// office. The portfolio must follow a nationality adjective of the
// lexicon (not الرسمي of المتحدث الرسمي للجيش البلجيكي), so that a
// country named after ل (المبعوث الأمريكي لليمن) is read the same way.
func (s *stage) portfolio(toks []marsad.Token, keys []string) int {
	for p := 2; p < len(toks); p++ {
		t := toks[p]
		if t.Prefix != "ل" || !(strings.HasPrefix(t.Text, "لل") || keys[p] == "شوون") || !nisba(toks[p-1].Text) || !s.adjective(keys[p-1]) {
			continue
		}
		for q := p + 1; q < len(toks); q++ {
			if strings.Trim(toks[q].Prefix, "و") != "" || !strings.HasPrefix(keys[q], "ال") || titleHeads[keys[q]] || s.adjective(keys[q]) {
				return -1 // للجيش العراقي: another country's body
			}
		}
		if titleHeads[keys[p]] {
			return -1 // الأمريكي للرئيس: another's office, not a portfolio
		}
		return p
	}
	return -1
}

// genericHeads open the title of the head of any body (normalised): a
// minister's or an envoy's title names an office of the state by itself.
var genericHeads = setOf("رييس الرييس رييسه الرييسه نايب النايب نايبه النايبه مدير المدير مديره المديره مسوول المسوول مسووله المسووله امين الامين عضو العضو")

// stateBodies are the nouns of a body of the state that the lexicon
// holds no role for: an authority, a directorate, a department
// (normalised).
var stateBodies = setOf("هييه الهييه مديريه المديريه دايره الدايره")

// bareHead reports a title (the words' keys) that names its country only
// after a post word (في، لدى) and holds no role but its head's: the head
// of a body the lexicon does not know, in that country (رئيس غرفة
// الطوارئ في مستشفى صعدة), not an officer of its state (وزير الإعلام في
// بوركينا فاسو، الضابط في شرطة دالاس: a role word names the office).
func (s *stage) bareHead(title []string) bool {
	posted := false
	for i := 0; i < len(title); {
		if posts[title[i]] {
			posted = true
		}
		if i > 0 && stateBodies[title[i]] {
			return false // رئيس هيئة البيئة في النيجر: an authority of the state
		}
		m, n := s.l.longest(title, i)
		if n == 0 {
			i++
			continue
		}
		national := m.kind == kAdj || m.kind == kPlace || m.kind == kActor && m.e.Type == marsad.ActorCountry
		if national && !posted || m.kind == kRole && (i > 0 || n > 1) {
			return false
		}
		i += n
	}
	return true
}

// cutFirstName reports a word at token j that may be a first name the
// tagger left out of the name after it (المتحدث ... التركية حامي
// [أقصوي]): a bare word (no clitic, no article), outside every entity,
// that the lexicon does not know and that is no verb of the present
// (يلتقي، تستقبل) or of the past of three consonants (منح), no pronoun
// or verb of being (هو، كان), no word with the accusative ending (مصافحاً)
// nor a word that ends a title.
func (s *stage) cutFirstName(d *marsad.Document, keys []string, j int) bool {
	t := d.Tokens[j]
	if j < 1 || t.Kind != marsad.TokenWord || t.Prefix != "" || t.Suffix != "" || strings.HasPrefix(keys[j], "ال") || inEntity(d, t.Span) {
		return false
	}
	if s.l.knownWord(keys[j]) || officeQualifiers[keys[j]] || clauseWords[keys[j]] || visitTimes[keys[j]] || copulas[keys[j]] || threeConsonants(keys[j]) || thenHeld(d, j, j) {
		return false
	}
	return !presentVerb(t.Text) && !strings.HasSuffix(t.Text, "ً") && !strings.HasSuffix(t.Text, "اً")
}

// copulas are the pronouns and verbs of being that may stand between a
// title and a name (الرئيس المقبل لزيمبابوي هو فلان), normalised.
var copulas = setOf("هو هي هم هما هن كان كانت اصبح اصبحت صار صارت ليس ليست")

// threeConsonants reports a word of three letters none of which is a long
// vowel (منح، قرر): shaped as a verb of the past rather than a foreign
// first name (يان، جون، علي).
func threeConsonants(k string) bool {
	r := []rune(k)
	return len(r) == 3 && !strings.ContainsAny(k, "اوي")
}

// presentVerb reports a word of four letters or more shaped as a verb of
// the present or future (يلتقي، تستقبل، سيزور).
func presentVerb(w string) bool {
	r := []rune(w)
	return len(r) >= 4 && strings.ContainsRune("يتنس", r[0])
}

// inEntity reports whether span sp overlaps an entity.
func inEntity(d *marsad.Document, sp marsad.Span) bool {
	for _, e := range d.Entities {
		if e.Span.Overlaps(sp) {
			return true
		}
	}
	return false
}

// ministerAtHome returns the government of the story's home country for a
// minister named with a portfolio and no country right before the name
// (وزيرة التعليم بيتسي ديفوس in a story set in the United States), with
// the role of the portfolio where the lexicon gives one (وزير الدفاع →
// MIL), or nil. The title must be a bare وزير or وزيرة (not وزيرها) and one or two
// words of its portfolio written with the article and no proclitic, with
// no country, no body of civil life, no former holder's word and no
// honorific (وزير الدفاع الأستاذ فلان is another man), not after an
// office's noun (مكتب وزير الدفاع); and the story must name the home
// country (counts, as countryCounts gives them).
func (s *stage) ministerAtHome(d *marsad.Document, keys []string, j int, home string, counts map[string]int) *marsad.ActorRef {
	if home == "" || counts[home] == 0 || j < 1 {
		return nil
	}
	for k := j - 1; k >= 0 && k >= j-2; k-- {
		t := d.Tokens[k]
		if !ministerTitles[keys[k]] || t.Suffix != "" || strings.Trim(t.Prefix, "وف") != "" {
			continue
		}
		if k > 0 && (relatives[keys[k-1]] || officeNouns[keys[k-1]]) || s.titleStart(d, keys, j) > k || hasAny(keys[k:j+1], civilBodies) || hasAny(keys[k:j+1], formerWords) || thenHeld(d, k, j) {
			return nil
		}
		for w := k + 1; w <= j; w++ {
			if d.Tokens[w].Prefix != "" || !strings.HasPrefix(keys[w], "ال") || personTitles[keys[w]] || honorifics[keys[w]] || s.l.knownWord(keys[w]) && !s.roleWord(keys[w]) {
				return nil
			}
		}
		role := s.l.Resolve(d.Slice(marsad.Span{Start: d.Tokens[k].Start, End: d.Tokens[j].End}), "").Role
		if role == "" {
			role = "GOV"
		}
		return s.l.compose(home, role) // وزير الدفاع: the army's minister, MIL
	}
	return nil
}

// spokesmanAtHome returns the office of the story's home country for a
// spokesman named with the body he speaks for and no country right before
// the name (المتحدث باسم الجيش فلان in a story set in Israel → ISRMIL,
// المتحدث باسم الرئاسة فلان → GOV), as a speaker named by that title
// alone takes it, or nil. The title must be a spokesman's noun and باسم,
// keyed اسم، then a role of the lexicon written with the article
// (الجيش، الشرطة، الحكومة، الرئاسة) or وزارة and one (وزارة الداخلية),
// with no proclitic, no country, no former holder's word and no relative
// or office before it; and the story must name the home country (counts,
// as countryCounts gives them). Token j is the title's last word.
func (s *stage) spokesmanAtHome(d *marsad.Document, keys []string, j int, home string, counts map[string]int) *marsad.ActorRef {
	if home == "" || counts[home] == 0 || j < 2 || len(keys) != len(d.Tokens) {
		return nil
	}
	for k := j - 2; k >= 0 && k >= j-3; k-- {
		if !spokesFor(keys[k:j+1]) || d.Tokens[k].Suffix != "" || strings.Trim(d.Tokens[k].Prefix, "وف") != "" || d.Tokens[k+1].Suffix != "" {
			continue
		}
		if k > 0 && (relatives[keys[k-1]] || officeNouns[keys[k-1]]) || hasAny(keys[k:j+1], formerWords) || thenHeld(d, k, j) {
			return nil
		}
		body := k + 2
		if j-body == 1 && keys[body] == "وزاره" && d.Tokens[body].Prefix == "" {
			body++ // المتحدث باسم وزارة الداخلية
		}
		if body != j || d.Tokens[j].Prefix != "" || d.Tokens[j].Suffix != "" || !strings.HasPrefix(keys[j], "ال") || !s.roleWord(keys[j]) {
			return nil
		}
		role := s.l.Resolve(d.Tokens[j].Text, "").Role
		if role == "" {
			return nil // a role that names no office (مسؤول)
		}
		return s.l.compose(home, role)
	}
	return nil
}

// thenHeld reports a word of atTheTime among tokens k to j.
func thenHeld(d *marsad.Document, k, j int) bool {
	for ; k <= j; k++ {
		if atTheTime[arabic.Normalize(d.Tokens[k].Text)] {
			return true
		}
	}
	return false
}

// officeNouns name an office or a staff around a holder (مكتب وزير
// الدفاع): a name after the holder's title there is another man's
// (normalised).
var officeNouns = setOf("مكتب المكتب ديوان الديوان سكرتير حرس مرافق")

// honorifics are the titles of courtesy set before a name (الأستاذ فهد)
// beside those of personTitles (normalised).
var honorifics = setOf("الاستاذ الاستاذه المهندس المهندسه المحامي الحاج")

// ministerTitles are the words of one minister's title (normalised,
// without proclitics).
var ministerTitles = setOf("وزير وزيره الوزير الوزيره")

// roleWord reports a word the lexicon holds as a role (الخارجية، الدفاع).
func (s *stage) roleWord(w string) bool {
	m, ok := s.l.keys[w]
	return ok && m.kind == kRole
}

// hasAny reports whether some word of words is in set.
func hasAny(words []string, set map[string]bool) bool {
	for _, w := range words {
		if set[w] {
			return true
		}
	}
	return false
}

// titleStart returns the index of the earliest word a title ending at
// token j may start at: the words before it in the same sentence, up to
// maxTitle, stopping at punctuation, a paragraph break, another person's
// name, a former holder's word and a conjunction that opens a clause (قال
// إن الرئيس ...). It returns j+1 when no word can open a title.
func (s *stage) titleStart(d *marsad.Document, keys []string, j int) int {
	toks := d.Tokens
	first := j + 1
	for k := j; k >= 0 && j-k < maxTitle; k-- {
		t := toks[k]
		if t.Kind != marsad.TokenWord || k+1 < len(toks) && toks[k+1].Start-t.End > 1 || clauseWords[keys[k]] || inPerson(d, t.Span) {
			break
		}
		if formerWords[keys[k]] {
			return j + 1 // الرئيس الأمريكي السابق: no longer in office
		}
		first = k
	}
	return first
}

// titleEnd reports whether title (the words' keys) names one country
// before any post word, and none only after لدى, إلى or, for an envoy,
// ل (the country that hosts him, not his own; الرئيس الجديد لباراغواي is
// Paraguay's), (في، لدى, or the word at index sent after the
// country: لإسرائيل) and ends on a word of a lexicon phrase
// (the country, the nationality, the body or the role) or on a word that
// qualifies the office (الحالي، الدائم): not اتهمت الحكومة السورية المعارض
// فلان, where the last word describes the name.
func (s *stage) titleEnd(title []string, sent int) bool {
	countries, covered := 0, -1
	posted, hosted, hostCountry, owned := false, false, false, false
	// المبعوث الخاص لسوريا: sent there; المندوب الدائم لقطر لدى الأمم
	// المتحدة: Qatar's, posted to the body named after لدى.
	sentHost := sent >= 0 && sentEnvoys[title[0]] && !slices.ContainsFunc(title[sent+1:], func(w string) bool { return w == "لدي" || w == "الي" || w == "في" })
	for i := 0; i < len(title); {
		if posts[title[i]] || i == sent && countries > 0 {
			posted = true
		}
		if title[i] == "لدي" || title[i] == "الي" || title[i] == "في" && sentEnvoys[title[0]] {
			hosted = true // سفير المملكة الجديد في مصر: the country he is sent to
		}
		m, n := s.l.longest(title, i)
		if n == 0 {
			i++
			continue
		}
		if _, ok := s.l.province(title, i+1); ok && m.kind == kRole && n == 1 && governors[title[i]] {
			n++ // محافظ المهرة: the governor and the province named alone after him
			m = match{kind: kPlace}
		}
		national := m.kind == kAdj || m.kind == kPlace || m.kind == kActor && m.e.Type == marsad.ActorCountry
		if !posted && national {
			countries++
		}
		if (hosted || i == sent && sentHost) && (national || m.kind == kActor && !m.weak) {
			hostCountry = true
		} else if !hosted && (national || m.kind == kActor && !m.weak) {
			owned = true // المبعوث الأممي، بعثة مجلس التعاون: whose envoy he is
		}
		covered = i + n - 1
		i += n
	}
	last := len(title) - 1
	if !owned && hostCountry {
		return false // سفير خادم الحرمين لدى المملكة المتحدة، مندوبها لدى الأمم المتحدة: where he is posted, not whose envoy
	}
	return countries <= 1 && (covered == last || officeQualifiers[title[last]])
}

// sentEnvoys are the titles of one sent to a country, which the bare ل names
// (المبعوث الخاص لسوريا: sent there, not Syria's), normalised.
var sentEnvoys = setOf("مبعوث المبعوث مبعوثه المبعوثه سفير السفير سفيره السفيره مندوب المندوب مندوبه المندوبه")

// sentTo returns the index among toks of the first word with the bare
// preposition ل and no article (المبعوث القطري لإسرائيل: the country he is
// sent to), or -1.
func sentTo(toks []marsad.Token) int {
	for i, t := range toks {
		if t.Prefix == "ل" && !strings.HasPrefix(t.Text, "لل") {
			return i
		}
	}
	return -1
}

// inPerson reports whether span sp lies in a person entity.
func inPerson(d *marsad.Document, sp marsad.Span) bool {
	for _, e := range d.Entities {
		if e.Type == marsad.PER && e.Span.Overlaps(sp) {
			return true
		}
	}
	return false
}

// titleHeads are the nouns that open the title of one person (normalised,
// without proclitics): an office, a post or a rank, not a body (السلطات
// المغربية الزفزافي: the authorities arrested him).
var titleHeads = setOf(`وزير وزيره الوزير الوزيره رييس الرييس رييسه الرييسه نايب النايب نايبه النايبه مستشار المستشار
	مستشاره المستشاره سفير السفير سفيره السفيره مبعوث المبعوث مبعوثه المبعوثه مندوب المندوب مندوبه المندوبه المتحدث متحدث المتحدثه متحدثه الناطق ناطق
	الناطقه ناطقه قايد القايد قايده زعيم الزعيم زعيمه الزعيمه وكيل الوكيل مساعد المساعد مساعده مسوول المسوول مسووله المسووله
	ضابط الضابط جندي الجندي عضو العضو عضوه امين الامين الامينه مدير المدير مديره المديره محافظ المحافظ مراسل المراسل مراسله
	المعارض معارض العاهل`)

// civilBodies name a party, a movement, an association, a company, a club,
// a union, a body of sport (اللجنة الأولمبية الإيطالية) or of religion
// (المجلس الإسلامي الأعلى), whose head holds no office of the state
// (normalised, without proclitics).
var civilBodies = setOf(`حزب الحزب حركه الحركه تيار التيار ايتلاف الايتلاف جمعيه الجمعيه اتحاد الاتحاد شركه الشركه
	نادي النادي جامعه الجامعه الاسلامي موسسه الموسسه نقابه النقابه رابطه الرابطه الاولمبيه الاولمبي البارالمبيه البارالمبي`)

// relatives are the nouns of kin and of private services that put a name
// in relation to an office holder rather than in the office (normalised).
var relatives = setOf("زوجه زوج ابنه ابن نجل نجله بنت شقيق شقيقه اخ اخت والد والده ارمله صهر حفيد حفيده عقيله قرينه محامي محاميه طبيب منافس منافسه خصم صديق صديقه")

// formerWords mark a title its holder no longer has (normalised): a
// former, late, deposed, retired or dismissed holder's (السابق، سابقاً،
// المفصول).
var formerWords = setOf("السابق السابقه الاسبق سابقا الراحل الراحله المخلوع المعزول المقال المستقيل المتقاعد المتقاعده المتوفي المفصول المفصوله مفصول مفصوله")

// atTheTime mark a title held then, not now (الرئيس الأمريكي حينذاك),
// normalised as written, pronoun and all: keyed, حينها would be حين (في
// حين).
var atTheTime = setOf("حينذاك حينيذ حينها انذاك وقتها وقتذاك")

// clauseWords open a clause or a prepositional phrase that no title runs
// across (normalised, without proclitics).
var clauseWords = setOf("ان انه انها الذي التي الذين عن مع بعد قبل حيث كما")

// officeQualifiers may end a title after its country (الرئيس الأمريكي
// الحالي، المندوب السعودي الدائم).
var officeQualifiers = setOf("الحالي الحاليه الدايم الدايمه الجديد الجديده المكلف المكلفه المنتخب المنتخبه")

// setOf returns the set of the space-separated words of s.
func setOf(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// historyYears is how many years before the story a year must lie for a
// title in its sentence to be one held then, not now.
const historyYears = 15

// pastSentence reports a year before span sp in its sentence at least
// historyYears before the story's date (في عام 1986، طرد الرئيس الأمريكي
// فلان؛ وفي عام 1923 ... بمبادرة من الدكتور فلان، رئيس شرطة فيينا): the
// title there is the office of that time, not of the day the story was
// written. A year after منذ (في منصبه منذ 1999) is the start of an office
// still held, and one before a word of saying (بين 1962 و1964، بحسب ما
// أعلنت الوزيرة فلانة) is what the holder speaks of now. date is
// YYYY-MM-DD.
func pastSentence(d *marsad.Document, sp marsad.Span, date string) bool {
	now, err := strconv.Atoi(date[:min(4, len(date))])
	if err != nil {
		return false
	}
	toks := d.Tokens
	i := sort.Search(len(toks), func(i int) bool { return toks[i].End > sp.Start })
	for k := i - 1; k >= 0 && !sentenceEnd(d, toks[k], toks[k+1]); k-- {
		if toks[k].Kind == marsad.TokenWord && sayingWords[tokenKey(toks[k].Text)] {
			return false
		}
		if toks[k].Kind != marsad.TokenNumber || k > 0 && tokenKey(toks[k-1].Text) == "منذ" {
			continue
		}
		y, err := strconv.Atoi(arabicDigits(toks[k].Text))
		if err == nil && y >= 1000 && y <= now-historyYears {
			return true
		}
	}
	return false
}

// sayingWords are the verbs and the words of report (قال، أعلنت، بحسب)
// after which the one named speaks now of what he tells, keyed as the
// tokens are.
var sayingWords = keySet("قال قالت أعلن أعلنت أكد أكدت ذكر ذكرت أوضح أوضحت أضاف أضافت صرح صرحت بحسب حسب وفق وفقا")

// sentenceEnd reports a sentence's end between tokens a and b: a full
// stop, a question or an exclamation mark at a, or a line break between.
func sentenceEnd(d *marsad.Document, a, b marsad.Token) bool {
	if a.Text == "." || a.Text == "؟" || a.Text == "?" || a.Text == "!" {
		return true
	}
	return strings.Contains(d.Slice(marsad.Span{Start: a.End, End: b.Start}), "\n")
}

// arabicDigits writes the Arabic-Indic digits of s as ASCII digits.
func arabicDigits(s string) string {
	return strings.Map(func(r rune) rune {
		if r >= '٠' && r <= '٩' {
			return '0' + r - '٠'
		}
		return r
	}, s)
}
