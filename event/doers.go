package event

import (
	"strings"
	"unicode/utf8"

	"github.com/marsad/marsad"
	"github.com/marsad/marsad/actor"
)

// attributions open the source of a report (بحسب المرصد، وفقا لما نقلته
// الوكالة، نقلا عن مسؤولين): who tells, not who acts.
var attributions = wordSet(`بحسب حسب وفقا وفق طبقا نقلا استنادا نقلتها نقلته نقلها اوردتها اوردته اوردها ذكرتها ذكرته نشرتها نشرته`)

// withoutAttribution drops the actors named in an attribution phrase: an
// actor at most three words after بحسب / وفقا لـ / نقلا عن with no
// punctuation or other actor between is neither doer nor target of the
// sentence's events.
func withoutAttribution(s *sent, found []actor.Found) []actor.Found {
	out := found[:0]
	prevEnd := 0
	for _, f := range found {
		drop := false
		for k := f.Start - 1; k >= 0 && k >= f.Start-3 && k >= prevEnd; k-- {
			if s.toks[k].Kind == marsad.TokenPunct {
				break
			}
			if attributions[s.keys[k]] || attributions[strings.TrimLeft(s.toks[k].Norm, "و")] {
				drop = true
				break
			}
		}
		prevEnd = f.End
		if !drop {
			out = append(out, f)
		}
	}
	return out
}

// unlinkedTokens marks the tokens of the sentence's person and
// organisation names that no actor resolves.
func unlinkedTokens(d *marsad.Document, s *sent, surnames map[string]bool) []bool {
	out := make([]bool, len(s.toks))
	for k, t := range s.toks {
		if t.Kind == marsad.TokenWord && surnames[s.keys[k]] && !covered(s, k) {
			out[k] = true // ويتهم نجم: the boy named محمد نجم before
		}
	}
	lo, hi := s.toks[0].Start, s.toks[len(s.toks)-1].End
	for _, e := range d.Entities {
		if e.Actor != nil || e.Type == marsad.LOC || e.End <= lo || e.Start >= hi {
			continue
		}
		for k, t := range s.toks {
			if t.Start < e.End && e.Start < t.End {
				out[k] = true
			}
		}
	}
	return out
}

// givenNames open a person's full name (محمد نجم، رسول خادم).
var givenNames = wordSet(`محمد احمد محمود حسن حسين خالد عمر رسول يوسف ابراهيم مصطفي سامي سليم طارق كريم`)

// unknownSurnames returns the keys of the words that follow a given name
// in d (محمد نجم) where no actor is named: the surnames of people the
// lexicon does not know, which may stand alone later (انتقد نجم الرئيس).
func unknownSurnames(d *marsad.Document) map[string]bool {
	var out map[string]bool
	for j := 1; j < len(d.Tokens); j++ {
		prev, t := d.Tokens[j-1], d.Tokens[j]
		if t.Kind != marsad.TokenWord || t.Prefix != "" || prev.Suffix != "" || !givenNames[strings.TrimLeft(prev.Norm, "و")] {
			continue
		}
		linked := false
		for _, e := range d.Entities {
			if e.Actor != nil && e.Start < t.End && t.Start < e.End {
				linked = true
				break
			}
		}
		if linked || strings.HasPrefix(t.Norm, "ال") || givenNames[t.Norm] {
			continue
		}
		if out == nil {
			out = map[string]bool{}
		}
		out[actor.TokenKey(t.Text)] = true
	}
	return out
}

// unknownAt reports an unresolved name at token k.
func (s *sent) unknownAt(k int) bool { return k < len(s.unlinked) && s.unlinked[k] }

// unknownIn reports an unresolved name among tokens [from, to).
func (s *sent) unknownIn(from, to int) bool {
	for k := from; k < to && k < len(s.unlinked); k++ {
		if s.unlinked[k] {
			return true
		}
	}
	return false
}

// possessors are the nouns of buildings, posts and allies whose following
// name owns them (سفارة فرنسا، مقر القوات المسلحة، حلفاء قطر): that name is
// no doer.
var possessors = wordSet(`سفاره السفاره قنصليه القنصليه مقر مقار مقرات مبني مكتب مكاتب معسكر قاعده سفارات قنصليات مواقع موقع مراكز مركز حلفاء حليف حليفه انصار
	سياسات سياسه مواقف ممارسات اجراءات`)

// proxies act for the actor named after them (وكلاء إيران، أذرع إيران):
// they, not it, do what they are said to do.
var proxies = wordSet(`وكلاء وكيل اذرع ذراع`)

// possessed reports an actor named as the owner of a building or post,
// directly or through a noun in construct between (مقر قيادة الجيش).
func possessed(s *sent, f *actor.Found) bool {
	if f.Start == 0 || s.toks[f.Start].Prefix != "" {
		return false
	}
	if possessors[s.keys[f.Start-1]] || proxies[s.keys[f.Start-1]] {
		return true
	}
	k := f.Start - 1
	return k > 0 && s.toks[k].Kind == marsad.TokenWord && s.toks[k].Prefix == "" && s.toks[k].Suffix == "" &&
		!strings.HasPrefix(s.keys[k], "ال") && possessors[s.keys[k-1]]
}

// causes put an event noun in the background of what the actor before it
// does (قرار الحكومة البريطانية بسبب الهجوم، تضامني مع ماي بعد الهجوم):
// that actor reacts, it did not do it.
var causes = wordSet(`بسبب سبب اثر جراء عقب بعد خلفيه ردا رد اعقاب منذ قبل محاوله محاولات حول بشان ازاء غداه`)

// causeBetween reports a word of cause or time among tokens [from, to).
func causeBetween(s *sent, from, to int) bool {
	for k := max(0, from); k < to && k < len(s.toks); k++ {
		if causes[s.keys[k]] || causes[s.toks[k].Norm] {
			return true
		}
	}
	return false
}

// suppressions are the verbs of putting down a protest: قمعت السلطات
// مظاهرات، فضت الحكومة اعتصاما.
var suppressions = wordSet(`قمع قمعت يقمع تقمع قمعوا فرق فرقت يفرق تفرق فض فضت يفض تفض منع منعت يمنع تمنع حظر حظرت يحظر تحظر
	انهي انهت ينهي تنهي احتوي احتوت يحتوي تحتوي لاحتواء احتواء`)

// suppressed reports a verb of suppression among tokens [from, to).
func suppressed(s *sent, from, to int) bool {
	for k := max(0, from); k < to && k < len(s.toks); k++ {
		if suppressions[s.keys[k]] {
			return true
		}
	}
	return false
}

// undergoes reports a verb of undergoing a few words before the noun at
// i (يتعرضون لضربات، تعرضت المدينة لقصف): its subject is the target. A
// noun after ل elsewhere is an ordinary object (التصدي للهجوم التركي).
func undergoes(s *sent, i int) bool {
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		if s.toks[k].Kind == marsad.TokenPunct {
			return false
		}
		w := strings.TrimLeft(s.keys[k], "و")
		for _, p := range []string{"تعرض", "يتعرض", "تتعرض", "معرض", "خضع", "يخضع", "تخضع"} {
			if strings.HasPrefix(w, p) {
				return true
			}
		}
	}
	return false
}

// appositives name a relation of the actor after them to the one before
// (الولايات المتحدة حليفة أنقرة): a description of the subject, not the
// object.
var appositives = wordSet(`حليفه حليف حليفتها حليفها الحليف الحليفه حلفاء شريكه شريك جاره جارتها عدو خصم غريمتها غريمه`)

// apposition reports an actor that follows an appositive noun.
func apposition(s *sent, f *actor.Found) bool {
	return f.Start > 0 && appositives[s.keys[f.Start-1]]
}

// secondTitles begin a second post joined to the subject's own.
var secondTitles = wordSet(`نايب رييس وزير وزيره مستشار امين قايد`)

// secondTitle reports a person named right after a second post joined by
// و to the subject's (هدد وزير الداخلية الإيطالي ونائب رئيس الوزراء
// ماتيو سالفيني): the subject's own name, not the object.
func secondTitle(s *sent, from int, a *actor.Found) bool {
	if a.Ref == nil || !strings.HasPrefix(a.Ref.ID, "person/") || from >= a.Start || a.Start > from+5 ||
		!strings.HasPrefix(s.toks[from].Prefix, "و") || !secondTitles[s.keys[from]] {
		return false
	}
	for k := from + 1; k < a.Start; k++ {
		if s.toks[k].Kind != marsad.TokenWord || s.toks[k].Prefix != "" {
			return false
		}
	}
	return true
}

// directObject returns an actor standing right after the subject (within
// two words) that no preposition governs: the object of a verb whose
// frame also brings a preposition (حذرت تركيا الحكومة السورية من ...،
// دعا الرئيس روسيا إلى ...).
func (c *coder) directObject(s *sent, from int, subj *actor.Found) *actor.Found {
	from = bothOf(s, from)
	for k := range s.found {
		a := &s.found[k]
		if a.Start < from {
			continue
		}
		if a.Start > from+2 || boundary(s, from, a.Start) || nounBetween(s, from, a.Start) {
			return nil
		}
		if a.Place || a.Adjective || governed(s, a) || subj != nil && a.Ref.Code == subj.Ref.Code || apposition(s, a) {
			continue
		}
		return a
	}
	return nil
}

// seizures are verbs of seizing or finding: صادرت القوات العبوات الناسفة
// is no bombing.
var seizures = wordSet(`صادر صادرت يصادر تصادر صادروا مصادره ضبط ضبطت يضبط تضبط ضبطوا عثر عثرت يعثر تعثر عثروا
	فكك فككت يفكك تفكك فككوا تفكيك ابطال ابطل ابطلت اكتشف اكتشفت اكتشاف ضبطها مخازن مخزن تهريب`)

// seized reports a verb of seizure in the six words before the noun at i.
func seized(s *sent, i int) bool {
	for k := i - 1; k >= 0 && k >= i-6; k-- {
		if s.toks[k].Kind == marsad.TokenPunct && s.toks[k].Text != "،" {
			return false
		}
		if seizures[s.keys[k]] && !issuedBy(s, k) {
			return true
		}
	}
	return false
}

// issuedBy reports صادر at k read as "issued" (في بيان صادر عن وزارة
// الخارجية): the participle takes عن, the verb of seizing an object.
func issuedBy(s *sent, k int) bool {
	return s.keys[k] == "صادر" && k+1 < len(s.toks) && s.toks[k+1].Norm == "عن"
}

// bare reports a subject that is a country or capital alone (تركيا،
// موسكو), or none: a name after it is no name of its own in apposition
// (وزير الخارجية الروسي سيرغي لافروف) but another party.
func bare(subj *actor.Found) bool {
	return subj == nil || subj.Ref != nil && strings.HasPrefix(subj.Ref.ID, "country/") && strings.Count(subj.Ref.ID, "/") == 1
}

// doings are the verbs that carry out an act named by a noun: الضربات
// التي شنتها الدول الغربية، الهجوم الذي نفذه التنظيم.
var doings = []string{"شن", "نفذ", "قاد", "ارتكب", "تبني", "تبنا", "فرض", "وجه", "زرع"}

// relativeDoer returns the subject of a relative clause right after an
// event noun whose verb carries it out (الضربات التي شنتها الدول
// الغربية): the noun's doer.
func relativeDoer(s *sent, from int) *actor.Found {
	if from+1 >= len(s.toks) {
		return nil
	}
	if !relatives[s.toks[from].Norm] {
		// An indefinite noun's clause has no relative pronoun but a pronoun
		// on its verb, perhaps after an adjective: غارات جوية شنتها طائرات
		// التحالف.
		k := from
		if s.toks[k].Suffix == "" {
			k++
		}
		// هجمات بالصواريخ عبر الحدود شنها الحوثيون: or after a short
		// phrase of how and where.
		for j := k; j < len(s.toks) && j <= from+4 && s.toks[k].Suffix == ""; j++ {
			if s.toks[j].Kind != marsad.TokenWord {
				break
			}
			if s.toks[j].Suffix != "" && doing(s, j) {
				k = j
			}
		}
		if k >= len(s.toks) || s.toks[k].Suffix == "" || s.toks[k].Kind != marsad.TokenWord {
			return nil
		}
		from = k - 1
	}
	if strings.Contains(s.toks[from+1].Prefix, "س") {
		return nil // العقوبات التي ستفرضها واشنطن: not done yet
	}
	if !doing(s, from+1) {
		return announcedDoer(s, from)
	}
	for k := range s.found {
		if f := &s.found[k]; f.Start >= from+2 && f.Start <= from+3 && !f.Place && !governed(s, f) {
			return f
		}
	}
	return nil
}

// announcedDoer returns the subject of a verb of announcing or claiming
// right after the relative pronoun at from whose object is the verbal
// noun of doing with the pronoun of the event noun (الضربات التي أعلنت
// إسرائيل شنها): the one who claims the act did it.
func announcedDoer(s *sent, from int) *actor.Found {
	if !announcing[strings.TrimLeft(s.keys[from+1], "و")] {
		return nil
	}
	for k := range s.found {
		f := &s.found[k]
		if f.Start != from+2 || f.Place || governed(s, f) {
			continue
		}
		if f.End < len(s.toks) && s.toks[f.End].Suffix != "" && doing(s, f.End) {
			return f
		}
	}
	return nil
}

// announcing are the verbs by which a party claims an act as its own.
var announcing = wordSet(`اعلن اعلنت اعلنوا يعلن تعلن تبني تبنت تبنوا يتبني تتبني`)

// doing reports a verb of doing at k (شنها، نفذتها، وجهتها), read by its
// key and whole (وجهتها reads as و + جهة to the segmenter).
func doing(s *sent, k int) bool {
	for _, v := range []string{s.keys[k], s.toks[k].Norm} {
		for _, p := range []string{"ت", "ي"} {
			v = strings.TrimPrefix(v, p)
		}
		for _, d := range doings {
			if strings.HasPrefix(v, d) {
				return true
			}
		}
	}
	return false
}

// visited reports an actor after a verb of visiting that is a country or a
// capital alone (زار العاصمة الصينية بكين، يزور مصر): where the visit goes.
func visited(f *actor.Found) bool {
	return f.Ref != nil && !f.Adjective && bare(f)
}

// visitor returns the doer of a visit whose place follows the verb at i:
// the antecedent of its relative pronoun (المسؤول الكوري الشمالي الذي زار)
// or the subject before it.
func visitor(s *sent, i int) *actor.Found {
	if !relative(s, i) {
		return subjectBefore(s, i, 8)
	}
	r := i - 1
	for r > 0 && !relatives[strings.TrimLeft(s.toks[r].Norm, "و")] {
		r--
	}
	var best *actor.Found
	for k := range s.found {
		if f := &s.found[k]; f.End <= r && f.End >= r-3 && !f.Place && !governed(s, f) {
			best = f
		}
	}
	return best
}

// courts tell a verdict: أدانت المحكمة ... بتلقي رشوة، بعد إدانته بتهمة
// التجسس is a conviction, not a condemnation.
var courts = wordSet(`محكمه المحكمه محاكم المحاكم قاضي القاضي القضاه القضاء قضاييا قضاييه المحلفين محلفين
	بتهمه بتهم بالسجن بالاعدام`)

// mannerWords after ب tell how one condemns: بشدة، بأشد العبارات، بقوة.
var mannerWords = wordSet(`شده اشد قوه حزم الشده الحزم`)

// convicted reports a trigger of condemnation (أدان، إدانة) that is a
// verdict: a court or a charge within a few words, or a verbal noun with ب
// after it telling what the convicted did (أدانته روسيا بتسريب معلومات).
func convicted(s *sent, i, n int, t *trigger) bool {
	if t.code != "111" || !strings.Contains(t.words[0], "دان") && !strings.Contains(s.keys[i], "دان") {
		return false
	}
	for k := max(0, i-4); k < len(s.toks) && k < i+n+8; k++ {
		if k >= i && k < i+n {
			continue
		}
		if courts[s.keys[k]] || courts[s.toks[k].Norm] {
			return true
		}
		if k == i+n && s.toks[i+n-1].Suffix != "" && strings.Contains(s.toks[k].Prefix, "ب") && !mannerWords[s.keys[k]] {
			return true // بعد إدانتها بالانتماء إلى تنظيم الدولة
		}
		if k >= i+n && (s.toks[k].Kind == marsad.TokenPunct || strings.HasPrefix(s.toks[k].Prefix, "و")) {
			return false // another clause: أدان عمل الشرطة واتهمها بالتحيز
		}
		if k >= i+n && strings.Contains(s.toks[k].Prefix, "ب") && strings.HasPrefix(strings.TrimPrefix(s.keys[k], "ال"), "ت") {
			return true
		}
	}
	return false
}

// nounBetween reports a word among tokens [from, to) other than a time
// word: the actor after it is its genitive (ناقش موظفو الأمم المتحدة مسألة
// سعي الليبيين), not a direct object.
func nounBetween(s *sent, from, to int) bool {
	for k := from; k < to; k++ {
		if s.toks[k].Kind == marsad.TokenWord && !timeWords[s.keys[k]] && !s.named(k) {
			return true
		}
	}
	return false
}

// named reports a token inside an actor mention or an unresolved name (the
// subject's own name in apposition: حذر الرئيس الأمريكي دونالد ترامب روسيا).
func (s *sent) named(k int) bool {
	if k < len(s.unlinked) && s.unlinked[k] {
		return true
	}
	for _, f := range s.found {
		if f.Start <= k && k < f.End {
			return true
		}
	}
	return false
}

// judgements call something an act: يعتبر لبنان الغارات اعتداء على
// السيادة، وصفت الحادثة بأنها هجوم. The noun after them is a verdict on
// what happened, not a second event.
var judgements = wordSet(`اعتبر اعتبرت اعتبروا يعتبر تعتبر يعتبرون معتبرا معتبره اعتبار وصف وصفت وصفوا يصف تصف واصفا واصفه
	يشكل تشكل شكلت يمثل تمثل مثلت يعد تعد`)

// judged reports an indefinite noun of force (اعتداء، هجوما) with a verb
// of judgement earlier in its clause: the predicate of a verdict.
func judged(s *sent, i int, t *trigger) bool {
	if r := t.code[:2]; r != "18" && r != "19" && r != "20" || strings.HasPrefix(s.keys[i], "ال") {
		return false
	}
	if i+2 < len(s.toks) && s.toks[i+1].Norm == "علي" && strings.TrimPrefix(s.keys[i+2], "ال") == "سياده" {
		return true // حادثة سكريبال اعتداء على سيادة بريطانيا
	}
	for k := i - 1; k >= 0 && k >= i-8; k-- {
		if s.toks[k].Kind == marsad.TokenPunct {
			return false
		}
		if judgements[s.keys[k]] || judgements[s.toks[k].Norm] {
			return true
		}
	}
	return false
}

// pronounSubject reports a verb right after أن with its pronoun (قال إنه
// يدعم، يدعى بأنه ناقش): its subject is that pronoun, not a name after it.
func pronounSubject(s *sent, i int) bool {
	if i == 0 {
		return false
	}
	switch s.toks[i-1].Norm {
	case "انه", "انها", "بانه", "بانها", "لانه", "لانها", "لكنه", "لكنها", "ولكنه", "ولكنها", "فانه", "فانها", "وهو", "وهي", "فهو", "فهي":
		return true
	}
	return false
}

// asked reports a sentence that ends in a question mark.
func asked(s *sent) bool {
	for k := len(s.toks) - 1; k >= 0 && k >= len(s.toks)-3; k-- {
		if strings.Contains(s.toks[k].Text, "؟") || strings.Contains(s.toks[k].Text, "?") {
			return true
		}
	}
	return false
}

// anaphoricSubject reports a verb whose subject, right before it or
// before قد, is "the former" or "the latter" (وكان الأول قد التقى،
// والأخير يتهم): someone named earlier, whom the sentence does not name.
func anaphoricSubject(s *sent, i int) bool {
	k := i - 1
	if k >= 0 && (s.toks[k].Norm == "قد" || s.toks[k].Norm == "لقد") {
		k--
	}
	if k < 0 || !anaphors[strings.TrimPrefix(s.toks[k].Norm, "و")] {
		return false
	}
	if strings.HasPrefix(s.toks[k].Norm, "و") || k == 0 {
		return true
	}
	switch strings.TrimLeft(s.toks[k-1].Norm, "وف") {
	case "كان", "كانت", "فيما", "بينما", "حين", "حيث", "اذ", "لكن", "ان", "بان":
		return true
	}
	return s.toks[k-1].Kind == marsad.TokenPunct
}

// anaphors stand for someone named before: the former, the latter.
var anaphors = wordSet(`الاول الاولي الاخير الاخيره`)

// accusations name a charge: وجهت الاتهام لـ11 من مرافقي أردوغان
// بالاعتداء على متظاهرين tells no assault that happened.
var accusations = wordSet(`اتهام الاتهام اتهامات الاتهامات اتهم اتهمت يتهم تتهم اتهموا متهم متهمين متهما تهمه تهم التهم
	ربط بربط يربط تربط`)

// accused reports an event noun with ب (or after a light verb with ب: بشن
// هجوم) after an accusation in its clause.
func accused(s *sent, i int) bool {
	if strings.HasPrefix(s.toks[i].Prefix, "و") && !strings.Contains(s.toks[i].Prefix, "ب") {
		// وبتسليح حزب الله وحماس، وإطلاق الصواريخ: a noun joined to one
		// with ب before it shares its charge.
		for k := i - 1; k >= 0 && k >= i-10 && (s.toks[k].Kind != marsad.TokenPunct || s.toks[k].Text == "،"); k-- {
			if s.toks[k].Norm == "بسبب" || s.toks[k].Norm == "وبسبب" || s.keys[k] == "سبب" && strings.Contains(s.toks[k].Prefix, "ب") {
				return true // بسبب ضمها القرم، ودعم الانفصاليين: a cause, not an act told
			}
			if strings.TrimLeft(s.toks[k].Prefix, "و") == "ل" && s.toks[k].Kind == marsad.TokenWord && strings.HasPrefix(s.keys[k], "ت") && utf8.RuneCountInString(s.keys[k]) >= 5 && s.toks[i].Suffix == "" && !s.named(k) {
				return true // أداة لتبرير النزعة التوسعية، ودعم المتمردين: a purpose, not an act
			}
			if strings.Contains(strings.TrimLeft(s.toks[k].Prefix, "وف"), "ب") && s.toks[k].Kind == marsad.TokenWord {
				i = k
				break
			}
		}
	}
	if !strings.Contains(strings.TrimLeft(s.toks[i].Prefix, "وف"), "ب") {
		// بشن "هجوم": the ب on the light verb before the noun.
		k := i - 1
		for k >= 0 && quoteMarks[s.toks[k].Text] {
			k--
		}
		if k < 0 || !carriers[s.keys[k]] || !strings.Contains(strings.TrimLeft(s.toks[k].Prefix, "وف"), "ب") {
			return false
		}
		i = k
	}
	for k := i - 1; k >= 0 && k >= i-14; k-- {
		if s.toks[k].Kind == marsad.TokenPunct && !glue(s.toks[k]) && s.toks[k].Text != "،" {
			return false // a comma may set off a day or an apposition: اتهم الجيش، الثلاثاء، الفصائل بشن
		}
		if accusations[s.keys[k]] || accusations[s.toks[k].Norm] {
			return true
		}
	}
	return false
}

// carriers are verbal nouns that carry an event noun after them (بشن
// هجوم، بتنفيذ هجمات، بارتكاب مجزرة).
var carriers = wordSet(`شن تنفيذ ارتكاب القيام تنظيم تدبير`)

// nameHeads head a name or a set phrase whose second word is an event's
// (مؤسسة دعم الديمقراطية، سباق تسلح، صندوق دعم): no event.
var nameHeads = wordSet(`موسسه منظمه صندوق جمعيه هيءه برنامج سباق لجنه شبكه مركز قناه صحيفه جريده موقع اذاعه مجله تلفزيون`)

// named reports a trigger right after a name head in construct.
func named(s *sent, i int) bool {
	return i > 0 && s.toks[i-1].Kind == marsad.TokenWord && s.toks[i-1].Suffix == "" && nameHeads[s.keys[i-1]] && strings.TrimLeft(s.toks[i].Prefix, "وف") == ""
}

// warnedTopic reports an actor inside the matter a warning is about
// (حذر من محاولات تقسيم سوريا): after من, the warning names whom it is about
// right away (حذر من إيران) or after أن (حذر من أن إيران تسعى); a name in
// the genitive of another noun, or a nationality qualifying one after أن,
// is what is at stake, not the target.
func warnedTopic(s *sent, t *trigger, k int, f *actor.Found) bool {
	if t.code[:2] != "13" || !strings.Contains(t.words[0], "حذر") || f.Start <= k+1 {
		return false
	}
	for j := k + 1; j < f.Start; j++ {
		switch s.toks[j].Norm {
		case "ان", "انه", "انها", "انهم":
			// حذروا من أن التدخل الروسي مستمر، حذرت من أن قرار الرئيس
			// الأميركي يهدد: a name after a noun is the matter's; the
			// warning names no one. Nor when what the name after أن
			// does is to undergo (حذرت من أن اليمن قد يشهد مجاعة).
			return f.Start > j+1 || befalls(s, f.End)
		}
	}
	return true
}

// undergoers are the verbs by which a country meets what befalls it
// (يشهد مجاعة، يواجه أزمة، يعاني نقصا), or is said to be in a state (ليست
// مستعدة).
var undergoers = wordSet(`يشهد تشهد يواجه تواجه يعاني تعاني يتعرض تتعرض ينزلق تنزلق ليس ليست`)

// befalls reports such a verb at k, perhaps after قد.
func befalls(s *sent, k int) bool {
	if k < len(s.toks) && s.toks[k].Norm == "قد" {
		k++
	}
	return k < len(s.toks) && undergoers[s.toks[k].Norm]
}

// fateAfter reports, after the one warned at k, من أنها (or أنه، أنهم)
// and a verb of what befalls it (قد تشهد، تواجه): the warning is of its
// fate, not a threat to it.
func fateAfter(s *sent, k int) bool {
	if k+2 >= len(s.toks) || s.toks[k].Norm != "من" {
		return false
	}
	switch s.toks[k+1].Norm {
	case "انها", "انه", "انهم":
		return befalls(s, k+2)
	}
	return false
}

// interviewBefore reports an interview, a talk or a statement to an
// outlet named before the outlet at k (في مقابلة مع شبكة "سي بي إس"،
// في حديث لصحيفة): the outlet is spoken to, not acted on.
func interviewBefore(s *sent, k int) bool {
	for j := k - 1; j >= 0 && j >= k-5; j-- {
		if interviews[strings.TrimLeft(s.keys[j], "وفب")] {
			return true
		}
	}
	return false
}

var interviews = wordSet(`مقابله حديث تصريحات تصريح حوار لقاء مقابلات`)

// witnessAhead reports, within eight words after a warning at from, أن
// (بأن، من أن) and then, perhaps after بلاده or قد, a verb of witnessing
// what befalls (ستشهد، قد يشهد، سيعاني): the warning foretells a fate.
func witnessAhead(s *sent, from int) bool {
	for k := from; k < len(s.toks) && k < from+8; k++ {
		switch strings.TrimLeft(s.toks[k].Norm, "و") {
		case "ان", "انها", "انه", "بان", "بانها", "بانه":
			for j := k + 1; j < len(s.toks) && j <= k+3; j++ {
				if witnessing[s.toks[j].Norm] {
					return true
				}
				if w := s.keys[j]; w != "قد" && w != "بلاد" && w != "بلد" && w != "الدوله" {
					break
				}
			}
			return false
		}
	}
	return false
}

// witnessing are the verbs by which a country is foretold to witness or
// suffer something (ستشهد موجة لاجئين، سيعاني).
var witnessing = wordSet(`يشهد تشهد سيشهد ستشهد يعاني تعاني سيعاني ستعاني`)

// glue reports a punctuation token inside a phrase: the tatweel of لـ and
// quotation marks (لـ"دعم الأهالي").
func glue(t marsad.Token) bool {
	return t.Text == "ـ" || quoteMarks[t.Text]
}

// lamBefore reports a verb form right after a separate ل (لـ"دعم): the
// verbal noun of a purpose.
func lamBefore(s *sent, i int) bool {
	k := i - 1
	for k >= 0 && s.toks[k].Kind == marsad.TokenPunct && glue(s.toks[k]) {
		k--
	}
	return k >= 0 && k < i-1 && s.toks[k].Norm == "ل"
}

// purposeBefore reports من أجل أن or كي earlier in the clause of the
// trigger at i: what it introduces is aimed at, not done (ستضغط من أجل
// أن يوافق الاتحاد على فرض عقوبات). Protests it names go on whatever the
// purpose (كي تخمد احتجاجات).
func purposeBefore(s *sent, i int) bool {
	for k := i - 1; k >= 0 && k >= i-8; k-- {
		if s.toks[k].Kind == marsad.TokenPunct {
			return false
		}
		if s.inActor(k) {
			continue // كيم كي غوان: a name
		}
		switch n := strings.TrimLeft(s.toks[k].Norm, "و"); {
		case n == "كي" || n == "لكي":
			return true
		case n == "ان" && k >= 2 && s.toks[k-1].Norm == "اجل" && strings.TrimLeft(s.toks[k-2].Norm, "و") == "من":
			return true
		}
	}
	return false
}

// hypothetical reports an event noun after أي (any) or before محتمل
// (possible): أي ضربة عسكرية أمريكية محتملة has not happened.
func hypothetical(s *sent, i, n int) bool {
	if i > 0 && s.toks[i-1].Norm == "اي" || i > 1 && strings.TrimLeft(s.toks[i-2].Norm, "وب") == "اي" && s.toks[i-1].Kind == marsad.TokenWord {
		return true // أي هجوم، بأي مبادرة تدعو
	}
	for k := i - 1; k >= 0 && k >= i-5 && s.toks[k].Kind != marsad.TokenPunct; k-- {
		if strings.TrimLeft(s.toks[k].Norm, "و") == "هل" {
			return true // هل ناقش ترامب، هل تخرج وتعيد فرض عقوبات: a question, not a report
		}
	}
	for k := i - 1; k >= 0 && k >= i-2; k-- {
		switch strings.TrimLeft(s.toks[k].Norm, "و") {
		case "اين", "متي":
			if asked(s) {
				return true // أين يلتقي ترامب كيم؟ (not سوريا أين تدعم طهران: where)
			}
		}
	}
	if strings.Contains(s.toks[i].Prefix, "س") || i > 0 && s.toks[i-1].Norm == "سوف" || i > 1 && s.toks[i-1].Norm == "فسوف" {
		// إذا زار البابا بيونغ يانغ فسوف نرحب به: the answer to a condition.
		for k := i - 1; k >= 0 && k >= i-15; k-- {
			if n := strings.TrimLeft(s.toks[k].Norm, "و"); n == "اذا" || n == "لو" || n == "ان" && k == 0 {
				return true
			}
		}
	}
	// ستكون تلك هي المرة الأولى التي يلتقي فيها: a first time to come.
	for k := i - 1; k >= 1 && k >= i-5; k-- {
		if s.keys[k] == "الاولي" && s.keys[k-1] == "المره" {
			for j := k - 2; j >= 0 && j >= k-6; j-- {
				if t := s.toks[j]; t.Kind == marsad.TokenWord && strings.Contains(t.Prefix, "س") {
					return true
				}
			}
		}
	}
	// وإذا قرر ترامب العودة إلى زيادة العقوبات: the act inside a
	// condition has not happened.
	for k := i - 1; k >= 0 && k >= i-8; k-- {
		t := s.toks[k]
		if t.Kind == marsad.TokenPunct {
			break
		}
		if n := strings.TrimLeft(t.Norm, "وف"); n == "اذا" || n == "لو" || n == "حال" && k > 0 && strings.TrimLeft(s.toks[k-1].Norm, "و") == "في" {
			return true
		}
	}
	// في حال عقدت القمة ستكون المرة الأولى التي يلتقي فيها: the act
	// inside the future answer to a condition.
	future := false
	for k := i - 1; k >= 0 && k >= i-15; k-- {
		t := s.toks[k]
		if t.Kind == marsad.TokenWord && (strings.Contains(t.Prefix, "س") || t.Norm == "سوف" || t.Norm == "فسوف") {
			future = true
		}
		if n := strings.TrimLeft(t.Norm, "و"); future && (n == "اذا" || n == "لو" || n == "حال" && k > 0 && strings.TrimLeft(s.toks[k-1].Norm, "و") == "في") {
			return true
		}
	}
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		if n := strings.TrimLeft(s.toks[k].Norm, "و"); n == "الا" && k+1 < len(s.toks) && strings.HasPrefix(s.toks[k+1].Norm, "ف") || n == "والا" {
			return true // وإلا فإنه سيرفض: what follows an ultimatum has not happened
		}
	}
	for k := i + n; k < len(s.toks) && k < i+n+4; k++ {
		if s.toks[k].Kind == marsad.TokenPunct {
			break
		}
		switch s.keys[k] {
		case "محتمل", "محتمله", "المحتمل", "المحتمله", "محتملا", "مرتقب", "مرتقبه", "المرتقب", "المرتقبه", "وشيك", "وشيكه", "الوشيك", "الوشيكه",
			"المتوقع", "المتوقعه", "متوقع", "متوقعه": // إعادة واشنطن فرض العقوبات على طهران والمتوقع يوم الثلاثاء
			return true
		}
	}
	return false
}

// warnings are the verbs of warning of something: what follows من is
// feared, not done (حذر من أي دعم قد تقدمه القوات).
var warnings = wordSet(`حذر حذرت حذروا يحذر تحذر يحذرون تحذير التحذير محذرا محذره`)

// feared reports an event noun in the phrase a warning's من opens.
func feared(s *sent, i int) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if s.toks[k].Norm != "من" {
			continue
		}
		for j := k - 1; j >= 0 && j >= k-6; j-- {
			if s.toks[j].Kind == marsad.TokenPunct {
				break
			}
			if warnings[s.keys[j]] || warnings[s.toks[j].Norm] {
				return true
			}
		}
	}
	return false
}

// seeking are the verbs of looking for something (يبحث عن دعم، يسعى إلى
// دعم): what is sought is not had.
var seeking = wordSet(`يبحث تبحث يبحثون بحث بحثت يسعي تسعي يسعون سعي سعت سعيا يطلب تطلب طلب طلبت`)

// canvassing are nouns of the backing sought for an act after ل (حشد
// التأييد لفرض عقوبات).
var canvassing = wordSet(`التاييد تاييد الدعم المسانده`)

// wishes are nouns of wanting or intending: what they govern is not done.
var wishes = wordSet(`رغبه نيه عزم اعتزام مسعي مساعي تطلع`)

// wished reports an event noun with ب or after في or على that a noun of wishing
// governs, with its owner between (رغبة ترامب باغتيال الأسد، رغبته في
// ضرب): a wish, not the act.
func wished(s *sent, i int) bool {
	if p := s.toks[i-1].Norm; !strings.Contains(s.toks[i].Prefix, "ب") && p != "في" && p != "علي" {
		return false
	}
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		if s.toks[k].Kind == marsad.TokenPunct {
			return false
		}
		if wishes[s.toks[k].Base] || wishes[s.keys[k]] {
			return true
		}
	}
	return false
}

// sought reports an event noun after عن or الى governed by a verb of seeking.
func sought(s *sent, i int) bool {
	if i < 2 {
		return false
	}
	switch s.toks[i-1].Norm {
	case "عن", "الي":
		return seeking[s.keys[i-2]] || seeking[s.toks[i-2].Norm]
	}
	if seeking[s.keys[i-1]] && s.toks[i].Prefix == "" {
		return true
	}
	if orders[s.keys[i-1]] && strings.Contains(s.toks[i].Prefix, "ب") {
		return true // أرسل مع أوامر بتفجير قنبلة: ordered, not done
	}
	if wished(s, i) {
		return true
	}
	if i > 0 && strings.HasPrefix(strings.TrimLeft(s.toks[i].Prefix, "و"), "ل") && canvassing[s.keys[i-1]] {
		return true // حشد التأييد لفرض عقوبات: support sought for an act, not the act
	}
	// طلب من وزير الدفاع ماتيس اغتيال الرئيس السوري: asked of someone, not done.
	for k := i - 1; k >= 1 && k >= i-7; k-- {
		if s.toks[k].Kind == marsad.TokenPunct || s.toks[k].Norm == "ان" {
			break // طلب من ظريف أن تواصل إيران دعمها: the that-clause has its own verb
		}
		if s.toks[k].Norm == "من" && requests[s.keys[k-1]] {
			return true
		}
	}
	return false
}

// orders name an act to be done after ب (أوامر بتفجير، تعليمات بقصف).
var orders = wordSet(`اوامر الاوامر تعليمات التعليمات`)

// requests ask something of the one named after من (طلب من، طالب من).
var requests = wordSet(`طلب طلبت طلبوا يطلب تطلب يطلبون طالب طالبت طالبوا يطالب تطالب يطالبون`)

// expectations announce an act to come (يتوقع أن، من المقرر أن) or one
// that may come (من الممكن أن).
var expectations = wordSet(`يتوقع ويتوقع يرتقب المقرر المنتظر المتوقع المرتقب المرجح يرجح ويرجح رجح رجحت رجحوا ترجح توقع توقعت توقعوا الممكن المحتمل`)

// expected reports an expectation earlier in the clause of i (من المتوقع
// أن يصل الوزير إلى مقديشو في زيارة يبحث خلالها).
func expected(s *sent, i int) bool {
	for k := i - 1; k >= 0 && k >= i-20; k-- {
		if s.toks[k].Kind == marsad.TokenPunct {
			return false
		}
		if expectations[s.keys[k]] || expectations[s.toks[k].Norm] {
			return true
		}
	}
	return false
}

// masculine reports a verb in the third person masculine singular: a past
// form without ت (انتقد) or a present with ي (ينتقد).
func masculine(s *sent, i, n int) bool {
	k := s.keys[i+n-1]
	if s.toks[i+n-1].Suffix != "" {
		return false // the suffix may hide the agreement: انتقدته
	}
	k = strings.TrimLeft(k, "وف")
	if strings.HasPrefix(k, "ي") {
		return true
	}
	if strings.HasPrefix(k, "ت") || strings.HasPrefix(k, "ن") || strings.HasPrefix(k, "ا") && len([]rune(k)) <= 3 {
		return false
	}
	return !strings.HasSuffix(k, "ت") && !strings.HasSuffix(k, "وا") && !strings.HasSuffix(k, "ا")
}

// masculineStates are the country names Arabic treats as masculine (أعلن
// لبنان، قال العراق); every other state or capital takes a feminine verb.
var masculineStates = wordSet(`لبنان العراق الاردن اليمن السودان المغرب البحرين عمان`)

// feminineState reports a country or capital named alone, whose verb is
// feminine: روسيا، واشنطن.
func feminineState(f *actor.Found) bool {
	if f.Adjective || !bare(f) || f.Ref == nil || countryOf(f.Ref.Code) == "" {
		return false // الغرب is masculine
	}
	return !masculineStates[arabicNorm(strings.TrimPrefix(f.Ref.Name, "ال"))] && !masculineStates[arabicNorm(f.Ref.Name)]
}

// feminineBody reports a body named by a definite feminine noun or
// non-human plural (السلطات، الحكومة، الشرطة), whose verb before it is
// feminine: after a masculine verb it is the object (انتقد فيها السلطات).
func feminineBody(s *sent, f *actor.Found) bool {
	if f.Adjective || f.Start >= len(s.toks) || s.toks[f.Start].Prefix != "" {
		return false
	}
	k := s.keys[f.Start]
	return strings.HasPrefix(k, "ال") && utf8.RuneCountInString(k) > 4 && (strings.HasSuffix(k, "ات") || strings.HasSuffix(k, "ه")) && !masculineNouns[k]
}

// masculineNouns end like feminine ones but take a masculine verb.
var masculineNouns = wordSet(`الخليفه العلامه`)

// helper reports an actor named as backing the doer (مسنودة بقوات
// التحالف، بدعم من الطيران الروسي، بمساندة التحالف) or as asking for
// the act (يجتمع مجلس الأمن بطلب من الولايات المتحدة): not the object.
func helper(s *sent, a *actor.Found) bool {
	if a.Start > 0 && strings.HasPrefix(s.toks[a.Start].Prefix, "و") {
		// بدعم من الولايات المتحدة وبريطانيا وفرنسا: joined to a helper.
		for f := range s.found {
			if b := &s.found[f]; b.End == a.Start && b != a {
				if helper(s, b) {
					return true
				}
				break
			}
		}
	}
	for k := a.Start - 1; k >= 0 && k >= a.Start-3; k-- {
		w := strings.TrimPrefix(s.toks[k].Norm, "و")
		if helpers[w] || backing[w] && k+1 < len(s.toks) && s.toks[k+1].Norm == "من" {
			return true // بدعم من: with backing; بدعم الحوثيين is the support itself
		}
		if s.toks[k].Kind != marsad.TokenWord || s.toks[k].Norm != "من" && !forceNouns[s.keys[k]] {
			return false // بقوات، من: the forces of the helper, or من before it
		}
	}
	return false
}

// forceNouns name a force before its owner (قوات التحالف، طيران التحالف).
var forceNouns = wordSet(`قوات طيران طايرات مقاتلات وحدات`)

// helpers introduce those who back the doer.
var helpers = wordSet(`مسنوده مسنودا مسنودين مدعومه مدعوما مدعومين`)

// backing introduces those who back the doer when من follows (بدعم من),
// or who asked for the act (بطلب من، بدعوة من): neither is its object.
var backing = wordSet(`بدعم بمسانده باسناد بغطاء بطلب بدعوه`)

// oblique reports a sound masculine plural in the accusative or genitive
// (متمردين، المسلحين), never a subject, whose nominative ends in ون.
func oblique(k string) bool {
	return strings.HasSuffix(k, "ين") && utf8.RuneCountInString(strings.TrimPrefix(k, "ال")) > 4
}

// clearlyFinite reports a verb form that cannot be read as a verbal noun:
// a present (يدعو), a past with و or ف (وانتقد), or one after a word that
// leads verbs (قد، الذي) or right after its subject (ترامب يدعو).
func clearlyFinite(s *sent, i int, t *trigger) bool {
	if t.present || strings.ContainsAny(s.toks[i].Prefix, "وف") || i+1 < len(s.toks) && resumptives[s.toks[i+1].Norm] {
		return true // اتهم فيها: a verb of a relative clause
	}
	return i > 0 && (verbLead[s.toks[i-1].Norm] || verbLead[s.keys[i-1]] || adjacent(s, i) != nil)
}

// bothOf returns the token after كلا من or كل من at from (اتهمت لندن كلا
// من روسيا وسوريا): the names after it are the object itself.
func bothOf(s *sent, from int) int {
	if from+2 < len(s.toks) && both[s.toks[from].Norm] && s.toks[from+1].Norm == "من" {
		return from + 2
	}
	return from
}

var both = wordSet(`كلا كل كلتا`)

// seizedAfter reports a verb of finding or seizing in the three words
// after a noun of bombing (زرعهم عبوات ناسفة عثر عليها الجيش): the devices
// were found, the army did not bomb nor was bombed.
func seizedAfter(s *sent, from int) bool {
	for k := from; k < len(s.toks) && k < from+3; k++ {
		if s.toks[k].Kind == marsad.TokenPunct {
			return false
		}
		if seizures[s.keys[k]] {
			return true
		}
	}
	return false
}

// bodies held (احتجزت الشرطة جثتي فلسطينيين) are no arrest.
var bodies = strings.Fields("جثه الجثه جثت جثتي جثتين جثث الجثث جثمان الجثمان جثامين الجثامين رفات")
