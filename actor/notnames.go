package actor

import (
	"slices"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/marsad/marsad"
	"github.com/marsad/marsad/arabic"
)

// returnedSubjects are the words right before a bare عدن that make it the
// verb "they (women) returned" (اللواتي عدن، إذا عدن، أنهن عدن), keyed as
// the tokens are.
var returnedSubjects = keySet("اللواتي اللاتي اللائي إذا أنهن إنهن حين عندما قد لقد لم")

// returnPreps are the prepositions that follow the verb عدن (عدن إلى
// ديارهن، عدن في حافلة، عدن من الأسر), keyed as the tokens are.
var returnPreps = keySet("إلى الى في من")

// dropVerbalAden removes the place entities عدن that are the verb عُدن
// ("they returned"): after a relative or a particle that opens a verb
// (الفتيات اللواتي عدن إلى مدينة، إذا عدن إلى ديارهن), or after a plural
// subject closed by a definite noun and before a preposition (تلميذات
// المدرسة عدن في حافلة: a definite noun takes no genitive, so عدن is no
// city of the school). keys are the tokens' keys (tokenKeys).
func dropVerbalAden(d *marsad.Document, keys []string) {
	dropPlaceWord(d, keys, "عدن", verbalAden)
}

// dropPlaceWord removes the place entities that are the bare word w, with
// no proclitic, where notPlace says the word at that token is used as
// another word (a verb, an adverb). keys are the tokens' keys.
func dropPlaceWord(d *marsad.Document, keys []string, w string, notPlace func(toks []marsad.Token, keys []string, i int) bool) {
	if len(keys) != len(d.Tokens) {
		return
	}
	d.Entities = slices.DeleteFunc(d.Entities, func(e marsad.Entity) bool {
		if e.Type != marsad.LOC || e.Text != w {
			return false
		}
		i := sort.Search(len(d.Tokens), func(i int) bool { return d.Tokens[i].Start >= e.Start })
		return i < len(d.Tokens) && d.Tokens[i].Start == e.Start && d.Tokens[i].Prefix == "" && notPlace(d.Tokens, keys, i)
	})
}

// verbalAden reports the bare word عدن at token i used as the verb.
func verbalAden(toks []marsad.Token, keys []string, i int) bool {
	if i == 0 || toks[i-1].Kind != marsad.TokenWord {
		return false
	}
	if returnedSubjects[keys[i-1]] {
		return true
	}
	if i < 2 || i+1 >= len(toks) || !returnPreps[keys[i+1]] || toks[i-2].Kind != marsad.TokenWord {
		return false
	}
	before, subject := bare(toks[i-1]), bare(toks[i-2])
	return strings.HasPrefix(before, "ال") && strings.HasSuffix(subject, "ات") && !strings.HasPrefix(subject, "ال")
}

// bare returns token t as written without its proclitics.
func bare(t marsad.Token) string {
	return strings.TrimPrefix(t.Text, t.Prefix)
}

// cityWords are the bare words that may follow the city of Baqubah in
// its description (بعقوبة مركز محافظة ديالى، بعقوبة شمال شرق بغداد),
// keyed as the tokens are: no adjective of a penalty.
var cityWords = keySet("مركز عاصمة شمال جنوب شرق غرب وسط شمالي جنوبي شرقي غربي قرب قرابة نحو حوالي يوم")

// dropPenaltyBaqubah removes the place entities بعقوبة that are the
// preposition ب and the noun عقوبة, a penalty (حكم عليه بعقوبة السجن،
// تطالب بعقوبة الإعدام، يحكم بعقوبة قصوى، بعقوبة ثمانين جلدة، مهدد
// بعقوبة من الاتحاد، طالبت بعقوبة لمدة عام): not after a preposition of
// place or a noun of a town (في بعقوبة، مدينة بعقوبة), and before a word
// or a number, the noun's complement, unless the word describes the city
// or tells a time (بعقوبة شمال شرق بغداد، بعقوبة مركز محافظة ديالى،
// بعقوبة الأحد); before a comma or a bracket it is the city. keys are the
// tokens' keys (tokenKeys).
func dropPenaltyBaqubah(d *marsad.Document, keys []string) {
	dropPlaceWord(d, keys, "بعقوبة", penaltyBaqubah)
}

// penaltyBaqubah reports the bare word بعقوبة at token i used as "with
// a penalty".
func penaltyBaqubah(toks []marsad.Token, keys []string, i int) bool {
	if i > 0 && toks[i-1].Kind == marsad.TokenWord && (placePreps[keys[i-1]] || townNouns[keys[i-1]] || returnPreps[keys[i-1]]) {
		return false
	}
	if i+1 >= len(toks) {
		return false
	}
	switch next := toks[i+1]; {
	case next.Kind == marsad.TokenNumber:
		return true
	case next.Kind != marsad.TokenWord:
		return false
	}
	return !cityWords[keys[i+1]] && !visitTimes[keys[i+1]]
}

// townNouns are the nouns of a town before its name (مدينة بعقوبة،
// قضاء بعقوبة), keyed as the tokens are.
var townNouns = keySet("مدينة المدينة مدينتي قضاء محافظة بلدة منطقة مركز أهالي سكان")

// dropWestSide removes the entities الغرب that name the west of a place
// (الواقعة إلى الغرب من كركوك، من جهة الغرب، من الشمال والغرب): a
// direction, not the West. keys are the tokens' keys (tokenKeys).
func dropWestSide(d *marsad.Document, keys []string) {
	if len(keys) != len(d.Tokens) {
		return
	}
	d.Entities = slices.DeleteFunc(d.Entities, func(e marsad.Entity) bool {
		if e.Text != "الغرب" {
			return false
		}
		i := sort.Search(len(d.Tokens), func(i int) bool { return d.Tokens[i].End >= e.End })
		return i < len(d.Tokens) && d.Tokens[i].End == e.End && westSide(keys, i)
	})
}

// nameHeads are the words that open a name after the preposition على
// (على أبو الفتوح، على ابن سلمان، على عبد المهدي), keyed as the tokens
// are.
var nameHeads = keySet("أبو أبي ابن بن عبد")

// dropPrepositionAla takes the preposition على, written with ى, off the
// front of a person entity when a name head follows it and the rest is a
// person of the lexicon (ألقت القبض على أبو الفتوح: Aboul Fotouh, not a
// man called علي): the tagger read على as the first name علي.
func (s *stage) dropPrepositionAla(d *marsad.Document, keys []string, date string) {
	if len(keys) != len(d.Tokens) {
		return
	}
	for k := range d.Entities {
		e := &d.Entities[k]
		i := sort.Search(len(d.Tokens), func(i int) bool { return d.Tokens[i].Start >= e.Start })
		if e.Type != marsad.PER || i+2 >= len(d.Tokens) || d.Tokens[i].Start != e.Start || d.Tokens[i].Text != "على" || !nameHeads[keys[i+1]] || d.Tokens[i+1].End >= e.End {
			continue
		}
		rest := d.Slice(marsad.Span{Start: d.Tokens[i+1].Start, End: e.End})
		r := s.l.Resolve(rest, date).Ref
		if r == nil || !strings.HasPrefix(r.ID, "person/") {
			continue
		}
		e.Start, e.Text = d.Tokens[i+1].Start, rest
	}
}

// alwaysBefore are the verbs of being and the pronouns of the first and
// second person after which a bare دوما is the adverb "always" (كان
// دوما، ظل دوما، نحن دوما على), not the town of the Ghouta; keyed as the
// tokens are. هي and هو are left out: they name the town in a list (ثلاثة
// جيوب، هي دوما شمالا).
var alwaysBefore = keySet(`كان كانت كانوا كنا كنت يكون تكون يكونون نكون أكون ظل ظلت ظلوا يظل تظل
	بقي بقيت يبقى تبقى يبقون زال مازال يزال تزال لايزال لاتزال نحن أنا أنت أنتم`)

// alwaysAfter are the words after which a bare دوما, set right after a
// verb, is the adverb: the prepositions of the verb's complement and the
// particles of its clause (يصر دوما على، يقف دوما مع، تذكر دوما أنه).
var alwaysAfter = keySet("على مع أن أنه أنها أنهم بأن")

// nonVerbs are the words before a bare دوما that make it the town after a
// preposition or a noun (إلى دوما للتحقيق، سكان دوما أن), keyed as the
// tokens are.
var nonVerbs = keySet(`في من إلى الى على عن حول نحو قرب داخل خارج تجاه باتجاه صوب محيط ضواحي أطراف أرياف
	مدينة مدينتي بلدة بلدتي منطقة منطقتي سكان أهالي أهل مقاتلي مجلس شمال جنوب شرق غرب وسط هجوم`)

// dropAdverbDouma removes the place entities دوما that are the adverb
// "always" (دوماً written without its tanween): after a verb of being or
// a pronoun of the first or second person (كان دوما، نحن دوما), or after another word that is
// no preposition nor noun and before a preposition of a verb's
// complement, the preposition ل or a particle of a clause (يصر دوما على
// أنه، تحدث دوما لأسباب). The town after في, إلى, مدينة or a verb with
// its object (عزل دوما، تدخل دوما في الغوطة) stays. keys are the tokens'
// keys (tokenKeys).
func dropAdverbDouma(d *marsad.Document, keys []string) {
	dropPlaceWord(d, keys, "دوما", adverbDouma)
}

// adverbDouma reports the bare word دوما at token i used as the adverb.
func adverbDouma(toks []marsad.Token, keys []string, i int) bool {
	if i == 0 || toks[i-1].Kind != marsad.TokenWord {
		return false
	}
	if alwaysBefore[keys[i-1]] {
		return true
	}
	if i+1 >= len(toks) || toks[i+1].Kind != marsad.TokenWord || !afterVerb(toks[i-1], keys[i-1]) {
		return false
	}
	return alwaysAfter[keys[i+1]] || strings.HasSuffix(toks[i+1].Prefix, "ل") && !strings.HasPrefix(bare(toks[i+1]), "ل")
}

// afterVerb reports a word before دوما that may be a verb of which the
// adverb tells: no preposition, place noun or other noun of nonVerbs, no
// definite word, no word carrying a preposition (بالغوطة، للتحقيق), no
// verb of the past with a feminine subject, which the town may be (وعادت
// دوما لسيطرة الحكومة), and no word of visiting or arriving (بعد زيارته
// دوما مع القافلة).
func afterVerb(t marsad.Token, k string) bool {
	if nonVerbs[k] || strings.HasPrefix(k, "ال") || strings.HasSuffix(k, "ت") || visiting(k) {
		return false
	}
	return !strings.ContainsAny(t.Prefix, "بلك")
}

// visiting reports a verb or noun of visiting or arriving (visitVerbs,
// visitors, arrivals).
func visiting(k string) bool {
	return visitVerbs[k] || visitors[k] || arrivals[k] || arrivals[strings.TrimPrefix(k, "و")]
}

// relatives opening a clause: the word right after them is its verb
// (طارق الذي زار فرنسا، الهجوم الذي فتح فيه مسلحون النار), keyed as the
// tokens are.
var relativePronouns = keySet("الذي التي الذين اللذين اللتين اللواتي اللاتي")

// militaryRanks are the ranks that, written with ك (كرائد في الاستخبارات,
// "as a major in intelligence"), tell what one serves as, keyed as the
// tokens are.
var militaryRanks = keySet("رائد عقيد مقدم نقيب عميد لواء ملازم ضابط جندي")

// dropClauseVerbs removes the one-word person and organisation entities
// that are no name: a bare word right after a relative pronoun, the verb
// of its clause (الذي زار، الذي فتح), and a rank after the preposition ك
// (كرائد). keys are the tokens' keys (tokenKeys).
func dropClauseVerbs(d *marsad.Document, keys []string) {
	if len(keys) != len(d.Tokens) {
		return
	}
	d.Entities = slices.DeleteFunc(d.Entities, func(e marsad.Entity) bool {
		if e.Type != marsad.PER && e.Type != marsad.ORG || strings.Contains(e.Text, " ") {
			return false
		}
		i := sort.Search(len(d.Tokens), func(i int) bool { return d.Tokens[i].End >= e.End })
		if i >= len(d.Tokens) || d.Tokens[i].End != e.End {
			return false
		}
		return clauseVerb(d.Tokens, keys, i) || d.Tokens[i].Prefix == "ك" && militaryRanks[keys[i]]
	})
}

// cutRelatives cuts a relative pronoun the tagger took into the end of a
// name of several words (الأمير هاري التي وصفته، منظمة أوكسفام التي
// تنفي): the name ends before it (هاري، منظمة أوكسفام). keys are the
// tokens' keys (tokenKeys).
func cutRelatives(d *marsad.Document, keys []string) {
	if len(keys) != len(d.Tokens) {
		return
	}
	for k := range d.Entities {
		e := &d.Entities[k]
		i := sort.Search(len(d.Tokens), func(i int) bool { return d.Tokens[i].End >= e.End })
		if i == 0 || i >= len(d.Tokens) || d.Tokens[i].End != e.End || d.Tokens[i].Start <= e.Start {
			continue
		}
		if t := d.Tokens[i]; t.Kind != marsad.TokenWord || t.Prefix != "" || !relativePronouns[keys[i]] || d.Tokens[i-1].End <= e.Start {
			continue
		}
		e.End = d.Tokens[i-1].End
		e.Text = d.Slice(e.Span)
	}
}

// clauseVerb reports the bare word at token i, without the article, right
// after a relative pronoun.
func clauseVerb(toks []marsad.Token, keys []string, i int) bool {
	t := toks[i]
	return i > 0 && t.Prefix == "" && !strings.HasPrefix(t.Text, "ال") && toks[i-1].Kind == marsad.TokenWord && relativePronouns[keys[i-1]]
}

// fathatan is the tanween of the accusative (ً), written on a word or
// before its final alif (دوماً، غدًا، جنوباً).
const fathatan = '\u064B'

// accusative reports a word written with the tanween of the accusative
// at its end (دوماً، دومًا، ساخراً، درعاً): an indefinite adverb, noun or
// adjective, which a name, always written bare in the news, never is.
func accusative(w string) bool {
	w = strings.TrimSuffix(w, "ا")
	return strings.HasSuffix(w, string(fathatan))
}

// accusativeStem returns word w without its tanween of the accusative and
// the alif that carries it (روسياً → روسي).
func accusativeStem(w string) string {
	w = strings.TrimSuffix(w, "ا")
	w = strings.TrimSuffix(w, string(fathatan))
	return strings.TrimSuffix(w, "ا")
}

// dropAccusatives removes the words with the tanween of the accusative
// that the tagger took for names or into them. A person, place or
// organisation of one such word is dropped (لا تسفر دوماً عن، جعلت نفسها
// درعاً، ودعا سلامي، ساخراً), except a nationality adjective, which still
// tells its country (طرد 23 دبلوماسياً روسياً), and a word after a
// preposition of place (في فييناً), where the place is meant. A name of
// several words is cut before the first such word (حسن غدًا → حسن،
// مطلق سالم نائباً → مطلق سالم), or after it when it opens the name
// (خلفاً لجونسون → جونسون). MISC (دولاراً, a sum) is left alone.
// keys are the tokens' keys (tokenKeys).
func (s *stage) dropAccusatives(d *marsad.Document, keys []string) {
	if len(keys) != len(d.Tokens) {
		return
	}
	drop := make([]bool, len(d.Entities))
	for k := range d.Entities {
		e := &d.Entities[k]
		if e.Type == marsad.MISC || !strings.ContainsRune(e.Text, fathatan) {
			continue
		}
		first := sort.Search(len(d.Tokens), func(i int) bool { return d.Tokens[i].End > e.Start })
		last := first
		for last+1 < len(d.Tokens) && d.Tokens[last+1].Start < e.End {
			last++
		}
		if first >= len(d.Tokens) || d.Tokens[last].End != e.End {
			continue
		}
		if first == last {
			drop[k] = s.accusativeWord(d.Tokens, keys, first)
			continue
		}
		cut := -1
		for i := first; i <= last; i++ {
			if d.Tokens[i].Kind == marsad.TokenWord && accusative(d.Tokens[i].Text) {
				cut = i
				break
			}
		}
		switch {
		case cut < 0:
			continue
		case cut > first:
			e.End = d.Tokens[cut-1].End
		case cut < last && d.Tokens[cut+1].Kind == marsad.TokenWord:
			e.Start = d.Tokens[cut+1].Start + utf8.RuneCountInString(dropClitics(d.Tokens[cut+1]))
		default:
			drop[k] = true
			continue
		}
		drop[k] = e.Start >= e.End
		e.Text = d.Slice(e.Span)
	}
	kept := d.Entities[:0]
	for k, e := range d.Entities {
		if !drop[k] {
			kept = append(kept, e)
		}
	}
	d.Entities = kept
}

// accusativeWord reports the one word at token i written with the tanween
// of the accusative that names nothing: no nationality adjective (روسياً,
// Russian) and not after a preposition of place.
func (s *stage) accusativeWord(toks []marsad.Token, keys []string, i int) bool {
	t := toks[i]
	if t.Kind != marsad.TokenWord || !accusative(t.Text) {
		return false
	}
	if m, ok := s.l.keys[arabic.Normalize(accusativeStem(bare(t)))]; ok && m.kind == kAdj {
		return false // دبلوماسياً روسياً: a Russian
	}
	if t.Prefix == "" && i > 0 && toks[i-1].Kind == marsad.TokenWord && placePreps[keys[i-1]] {
		return false // في فييناً: the city, misspelt
	}
	return true
}

// currencies are the names of currencies, keyed as the tokens are: a sum
// of money (خمسة آلاف دولار، 400 ريال سعودي، انهيار الريال الإيراني)
// names no place, body or person. ين and راند, also pieces of names (Rand
// Paul), are left out.
var currencies = keySet(`دولار الدولار دولارا دولارات يورو اليورو اليوروات جنيه الجنيه جنيهات ريال الريال ريالا ريالات
	شيكل الشيكل درهم الدرهم دراهم دينار الدينار دنانير تومان التومان روبل الروبل روبية الروبية ليرة الليرة ليرات
	فرنك الفرنك رينغيت بيزو البيزو اليوان`)

// amountWords are the words of a number that may stand before a currency
// (978 مليار ريال، ثلاثة آلاف ريال), keyed as the tokens are.
var amountWords = keySet("ألف آلاف الاف ألفي مليون ملايين مليوني مليار مليارات ملياري")

// currencyWords are the words other than a nationality that may follow a
// currency in its name (جنيه إسترليني), keyed as the tokens are.
var currencyWords = keySet("إسترليني الإسترليني استرليني الاسترليني")

// dropCurrencies removes the entities that are a currency, alone or with
// its nationality (دولار، للدولار، ريال سعودي، الريال الإيراني): a sum or
// a currency, no name; the euro area (منطقة اليورو) is a region's. An
// organisation الريال is Real Madrid (تجاوز الريال) unless its
// nationality follows it (انهيار الريال الإيراني) or a number comes
// before it (978 مليار ريال), and always in a sports story otherwise. keys are the tokens' keys (tokenKeys).
func (s *stage) dropCurrencies(d *marsad.Document, keys []string) {
	if len(keys) != len(d.Tokens) {
		return
	}
	d.Entities = slices.DeleteFunc(d.Entities, func(e marsad.Entity) bool {
		first := sort.Search(len(d.Tokens), func(i int) bool { return d.Tokens[i].End > e.Start })
		if first >= len(d.Tokens) || d.Tokens[first].Kind != marsad.TokenWord || !currencies[keys[first]] {
			return false
		}
		if first > 0 && keys[first-1] == "منطقه" {
			return false // منطقة اليورو: the euro area, a region's name
		}
		last := first
		for ; last+1 < len(d.Tokens) && d.Tokens[last+1].Start < e.End; last++ {
			if !s.currencyWord(keys[last+1]) {
				return false // ريال مدريد: a club
			}
		}
		if e.Type == marsad.ORG {
			if first > 0 && (d.Tokens[first-1].Kind == marsad.TokenNumber || amountWords[keys[first-1]]) {
				return true // 978 مليار ريال: a sum, not Real Madrid
			}
			return !sporting(d) && last+1 < len(d.Tokens) && s.currencyWord(keys[last+1]) // الريال الإيراني
		}
		return true
	})
}

// currencyWord reports a key that may follow a currency in its name: a
// nationality adjective or a word of currencyWords.
func (s *stage) currencyWord(k string) bool {
	m, ok := s.l.keys[k]
	return currencyWords[k] || ok && m.kind == kAdj
}

// historicAdjectives are adjectives of states gone (السوفيتي), keyed as
// the tokens are: like a nationality they name no place on their own
// (بالعهد السوفييتي، الحزب الشيوعي السوفيتي).
var historicAdjectives = keySet("السوفيتي السوفييتي السوفياتي السوفيتية السوفييتية السوفياتية سوفيتي سوفييتي سوفياتي")

// dropAdjectives removes the entities of one word that is a singular
// nationality adjective (مدينة عفرين السورية، فتاة سعودية، بالعهد
// السوفييتي): the adjective of a noun, no name; a plural (الأكراد) is a
// people and stays, and so does a word after a preposition of place (في
// كوبي, Kobe). A person's is dropped only after a definite noun
// (nounBefore). A word that is also a country's name
// (السعودية، سورية) is the lexicon's country and is left to
// dropCommonNouns; an adjective with the tanween of the accusative
// (دبلوماسياً روسياً) is left to dropAccusatives, which keeps it. keys
// are the tokens' keys (tokenKeys).
func (s *stage) dropAdjectives(d *marsad.Document, keys []string) {
	if len(keys) != len(d.Tokens) {
		return
	}
	d.Entities = slices.DeleteFunc(d.Entities, func(e marsad.Entity) bool {
		if e.Type == marsad.MISC {
			return false
		}
		i := sort.Search(len(d.Tokens), func(i int) bool { return d.Tokens[i].End > e.Start })
		if i >= len(d.Tokens) || d.Tokens[i].End != e.End || d.Tokens[i].Kind != marsad.TokenWord || d.Tokens[i].Suffix != "" || accusative(d.Tokens[i].Text) {
			return false
		}
		if m, ok := s.l.keys[keys[i]]; !historicAdjectives[keys[i]] && (!ok || m.kind != kAdj || !singular(keys[i])) {
			return false
		}
		if i > 0 && d.Tokens[i].Prefix == "" && d.Tokens[i-1].Kind == marsad.TokenWord && placePreps[keys[i-1]] {
			return false // في كوبي: the city Kobe, not the Cuban
		}
		return e.Type != marsad.PER || nounBefore(d, i)
	})
}

// nounBefore reports an adjective at token i right after a definite noun
// with no proclitic that ends no person's name (الرئيس المصري، الجهادي
// البلجيكي، الزعيم السوفيتي). After a verb (وتابع السويدي) or a name
// (شاكر المصري، أبو الحسن المصري) the word is a person's name or the nisba
// that ends it.
func nounBefore(d *marsad.Document, i int) bool {
	if i == 0 || d.Tokens[i].Prefix != "" || d.Tokens[i-1].Kind != marsad.TokenWord || d.Tokens[i-1].Prefix != "" || d.Tokens[i-1].End+1 != d.Tokens[i].Start {
		return false
	}
	prev := tokenKey(d.Tokens[i-1].Text)
	if !strings.HasPrefix(prev, "ال") || notNouns[prev] {
		return false
	}
	return !slices.ContainsFunc(d.Entities, func(e marsad.Entity) bool {
		return e.Type == marsad.PER && e.Start < d.Tokens[i-1].End && e.End >= d.Tokens[i-1].End
	})
}

// singular reports the key of a singular nationality adjective, ending in
// ي or ية (السوري، سعودية); a plural names a people (الأكراد، الروس،
// الأمريكيين), an actor.
func singular(k string) bool {
	return strings.HasSuffix(k, "ي") || strings.HasSuffix(k, "يه")
}

// possessives are the pronoun suffixes of a noun that no name of a place,
// body or thing carries (مينائها، بكاملها، باستضافتهم).
var possessives = setOf("ها هما هم هن")

// dropSuffixedNouns removes the place, organisation and MISC entities of
// one word that carries a pronoun suffix (مينائها: its port; بكاملها: in
// its entirety): a noun with its possessor, no name. A word the lexicon
// holds whole (سبها, the Libyan city) stays, and so does one whose stem
// the lexicon holds (لبنانهم: their Lebanon, still Lebanon).
//
// So is a thing (MISC) of two words whose first carries the suffix and
// whose second is a definite adjective (حربها الباردة: its cold war;
// حجرها الأسود): the noun with its possessor and its adjective.
func (s *stage) dropSuffixedNouns(d *marsad.Document) {
	d.Entities = slices.DeleteFunc(d.Entities, func(e marsad.Entity) bool {
		if e.Type == marsad.MISC && strings.Count(e.Text, " ") == 1 {
			return s.possessedThing(d, e)
		}
		if e.Type == marsad.PER || strings.Contains(e.Text, " ") {
			return false // a person's is pronounNoun's
		}
		i := sort.Search(len(d.Tokens), func(i int) bool { return d.Tokens[i].End >= e.End })
		if i >= len(d.Tokens) || d.Tokens[i].End != e.End || d.Tokens[i].Start > e.Start || d.Tokens[i].Kind != marsad.TokenWord || !possessives[d.Tokens[i].Suffix] {
			return false
		}
		t := d.Tokens[i]
		if _, ok := s.l.keys[arabic.Normalize(bare(t))]; ok {
			return false
		}
		_, ok := s.l.keys[arabic.Normalize(strings.TrimSuffix(bare(t), t.Suffix))]
		return !ok
	})
}

// possessedThing reports an entity of two words whose first carries a
// possessive suffix and is no word of the lexicon, and whose second has
// the article (حربها الباردة).
func (s *stage) possessedThing(d *marsad.Document, e marsad.Entity) bool {
	i := sort.Search(len(d.Tokens), func(i int) bool { return d.Tokens[i].End > e.Start })
	if i+1 >= len(d.Tokens) || d.Tokens[i+1].End != e.End {
		return false
	}
	t, n := d.Tokens[i], d.Tokens[i+1]
	if t.Kind != marsad.TokenWord || n.Kind != marsad.TokenWord || !possessives[t.Suffix] || n.Prefix != "" || !strings.HasPrefix(arabic.Normalize(n.Text), "ال") {
		return false
	}
	_, whole := s.l.keys[arabic.Normalize(bare(t))]
	_, stem := s.l.keys[arabic.Normalize(strings.TrimSuffix(bare(t), t.Suffix))]
	return !whole && !stem
}

// leadingParticles are particles and the verb كان that the tagger took
// in as the first name before بن and a family name (أن بن سلمان، إن بن
// سلمان، كان بن سلمان): no name opens with them. Keyed as the tokens are.
var leadingParticles = keySet("أن إن لأن بأن وأن وإن فإن كان وكان لكن ولكن قد لقد")

// cutLeadingParticles cuts such a particle from the start of a person of
// several words whose second word is بن (يرى مراقبون أن بن سلمان تجاوز
// الحدود: بن سلمان). keys are the tokens' keys (tokenKeys).
func cutLeadingParticles(d *marsad.Document, keys []string) {
	if len(keys) != len(d.Tokens) {
		return
	}
	for k := range d.Entities {
		e := &d.Entities[k]
		if e.Type != marsad.PER {
			continue
		}
		i := sort.Search(len(d.Tokens), func(i int) bool { return d.Tokens[i].End > e.Start })
		if i+1 >= len(d.Tokens) || d.Tokens[i].Start != e.Start || d.Tokens[i+1].End >= e.End {
			continue
		}
		if d.Tokens[i].Kind != marsad.TokenWord || !leadingParticles[keys[i]] || keys[i+1] != "بن" {
			continue
		}
		e.Start = d.Tokens[i+1].Start
		e.Text = d.Slice(e.Span)
	}
}

// twoMonths are the Levantine names shared by two months, told apart by an
// ordinal after them (كانون الثاني، تشرين الأول), keyed as the tokens are.
var twoMonths = keySet("كانون تشرين")

// monthOrdinals are the ordinals after one of twoMonths, keyed as the
// tokens are.
var monthOrdinals = keySet("الأول الثاني")

// dropMonthOrdinals removes the one-word entities that are the ordinal of
// a month (15 يناير/كانون الثاني، في تشرين الأول): part of a date, not
// the surname of a king named before (عبد الله الثاني). keys are the
// tokens' keys (tokenKeys).
func dropMonthOrdinals(d *marsad.Document, keys []string) {
	if len(keys) != len(d.Tokens) {
		return
	}
	d.Entities = slices.DeleteFunc(d.Entities, func(e marsad.Entity) bool {
		i := sort.Search(len(d.Tokens), func(i int) bool { return d.Tokens[i].End > e.Start })
		return i > 0 && i < len(d.Tokens) && d.Tokens[i].End == e.End && monthOrdinals[keys[i]] && twoMonths[keys[i-1]]
	})
}
