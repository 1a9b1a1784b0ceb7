package actor

import (
	"sort"
	"strings"

	"github.com/marsad/marsad"
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
// player or the writer of a country is no actor). keys are the tokens'
// keys (tokenKeys).
func (s *stage) apposedTitle(d *marsad.Document, keys []string, sp marsad.Span, date string) *marsad.ActorRef {
	toks := d.Tokens
	i := sort.Search(len(toks), func(i int) bool { return toks[i].End > sp.Start })
	if i == 0 || i >= len(toks) || len(keys) != len(toks) {
		return nil
	}
	j := i - 1
	if toks[j].Text == "،" || toks[j].Text == "," {
		j--
	}
	if toks[i].Start < sp.Start {
		return nil // ومكرم: a name joined to the one before, not set after a title
	}
	first := s.titleStart(d, keys, j)
	for k := first; k <= j; k++ {
		if !titleHeads[keys[k]] || k > first && strings.ContainsAny(toks[k].Prefix, "وف") {
			continue // الشخصيات الأمنية والعسكرية: no title opens on an adjective or after و
		}
		if k > 0 && relatives[keys[k-1]] {
			return nil // زوجة الرئيس الأمريكي: his wife, not the president
		}
		if !s.titleEnd(keys[k : j+1]) {
			continue
		}
		res := s.l.Resolve(d.Slice(marsad.Span{Start: toks[k].Start, End: toks[j].End}), date)
		if res.Ref == nil || !res.HasRole || len(res.Ref.Code) <= 3 || strings.HasPrefix(res.Ref.ID, "person/") {
			return nil
		}
		if strings.HasPrefix(res.Ref.ID, "country/") && hasAny(keys[k:j+1], civilBodies) {
			return nil // رئيس حزب العمل الشعبي الكردي، رئيس الجمعية الإسلامية النمساوية: no office of the state
		}
		return res.Ref
	}
	return nil
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
		if t.Kind != marsad.TokenWord || toks[k+1].Start-t.End > 1 || clauseWords[keys[k]] || inPerson(d, t.Span) {
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
// before any post word (في، لدى) and ends on a word of a lexicon phrase
// (the country, the nationality, the body or the role) or on a word that
// qualifies the office (الحالي، الدائم): not اتهمت الحكومة السورية المعارض
// فلان, where the last word describes the name.
func (s *stage) titleEnd(title []string) bool {
	countries, covered := 0, -1
	posted := false
	for i := 0; i < len(title); {
		if posts[title[i]] {
			posted = true
		}
		m, n := s.l.longest(title, i)
		if n == 0 {
			i++
			continue
		}
		if !posted && (m.kind == kAdj || m.kind == kPlace || m.kind == kActor && m.e.Type == marsad.ActorCountry) {
			countries++
		}
		covered = i + n - 1
		i += n
	}
	last := len(title) - 1
	return countries <= 1 && (covered == last || officeQualifiers[title[last]])
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
	مستشاره المستشاره سفير السفير سفيره السفيره مبعوث المبعوث مبعوثه المبعوثه المتحدث متحدث المتحدثه متحدثه الناطق ناطق
	الناطقه ناطقه قايد القايد قايده زعيم الزعيم زعيمه الزعيمه وكيل الوكيل مساعد المساعد مساعده مسوول المسوول مسووله المسووله
	ضابط الضابط جندي الجندي عضو العضو عضوه امين الامين الامينه مدير المدير مديره المديره محافظ المحافظ مراسل المراسل مراسله
	المعارض معارض العاهل`)

// civilBodies name a party, a movement, an association, a company, a club,
// a union or a body of sport (اللجنة الأولمبية الإيطالية), whose head holds
// no office of the state (normalised, without proclitics).
var civilBodies = setOf(`حزب الحزب حركه الحركه تيار التيار ايتلاف الايتلاف جمعيه الجمعيه اتحاد الاتحاد شركه الشركه
	نادي النادي جامعه الجامعه موسسه الموسسه نقابه النقابه رابطه الرابطه الاولمبيه الاولمبي البارالمبيه البارالمبي`)

// relatives are the nouns of kin and of private services that put a name
// in relation to an office holder rather than in the office (normalised).
var relatives = setOf("زوجه زوج ابنه ابن نجل نجله بنت شقيق شقيقه اخ اخت والد والده ارمله صهر حفيد حفيده عقيله قرينه محامي محاميه طبيب منافس منافسه خصم صديق صديقه")

// formerWords mark a title its holder no longer has (normalised): a
// former, late, deposed or retired holder's.
var formerWords = setOf("السابق السابقه الاسبق الراحل الراحله المخلوع المعزول المقال المستقيل المتقاعد المتقاعده")

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
