package event

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/marsad/marsad"
	"github.com/marsad/marsad/actor"
	"github.com/marsad/marsad/arabic"
)

// Detection is an event trigger found in a sentence, whether or not its
// source and target could be read: what event detection is scored on.
type Detection struct {
	Code     string
	Root     string
	Sentence int
	Trigger  marsad.Span
}

// Detect returns the event triggers of an analysed document (sentences
// and tokens filled), skipping negated and conditional ones.
func Detect(d *marsad.Document) ([]Detection, error) {
	l, err := load()
	if err != nil {
		return nil, err
	}
	c := &coder{lex: l}
	var out []Detection
	ti := 0
	for si, sp := range d.Sentences {
		for ti < len(d.Tokens) && d.Tokens[ti].Start < sp.Start {
			ti++
		}
		first := ti
		for ti < len(d.Tokens) && d.Tokens[ti].End <= sp.End {
			ti++
		}
		s := &sent{index: si, toks: d.Tokens[first:ti]}
		s.keys = make([]string, len(s.toks))
		for i, t := range s.toks {
			if t.Kind == marsad.TokenWord {
				s.keys[i] = actor.TokenKey(t.Text)
			} else {
				s.keys[i] = t.Norm
			}
		}
		old := historical(d, sp)
		for i := 0; i < len(s.toks); i++ {
			t, n := c.match(s, i)
			if t == nil {
				continue
			}
			if !old && happened(s, i, n, t) {
				code := sense(s, i, n, t)
				cc, _ := Lookup(code)
				out = append(out, Detection{Code: code, Root: cc.Root, Sentence: si, Trigger: marsad.Span{Start: s.toks[i].Start, End: s.toks[i+n-1].End}})
			}
			i += n - 1
		}
	}
	return out, nil
}

// historical reports a sentence that dates what it tells to a year
// before the document's publication (عندما اغتال الإسلامبولي السادات عام
// 1981، في ديسمبر 2001 هاجم مسلحون البرلمان): a past event recalled as
// background, not one the news reports. It needs Document.Published and
// Document.Times; without them nothing is historical.
func historical(d *marsad.Document, sp marsad.Span) bool {
	pub := months(d.Published)
	if pub < 0 {
		return false
	}
	for _, tm := range d.Times {
		if !sp.Contains(tm.Span) || tm.Type != marsad.Date {
			continue
		}
		if m := months(tm.Value); m >= 0 && pub-m > historyMonths {
			return true
		}
		if len(tm.Value) == 4 {
			if y, err := strconv.Atoi(tm.Value); err == nil && pub/12-y > historyMonths/12 {
				return true // عام 2001
			}
		}
	}
	return false
}

// historyMonths is how many months before publication a date must fall
// for its sentence to recall the past rather than report the news: a
// year, so that last December is still news in January.
const historyMonths = 12

// months returns the months since year 0 of a value that begins with a
// year and a month (2008-03, 2008-03-05), or -1.
func months(v string) int {
	if len(v) < 7 || v[4] != '-' {
		return -1
	}
	y, err1 := strconv.Atoi(v[:4])
	m, err2 := strconv.Atoi(v[5:7])
	if err1 != nil || err2 != nil {
		return -1
	}
	return y*12 + m - 1
}

// happened reports a trigger that tells of an event that took place: not
// negated, announced, feared or called for, not the background of a case
// or an inquiry, and for an event noun (or a verb written as its verbal
// noun) with a verb or a casualty count that makes it an occurrence.
func happened(s *sent, i, n int, t *trigger) bool {
	if negated(s, i) || modal(s, i) || t.noun && drone(s, i) || pretend(s, i, n, t) || figurative(s, i, n, t) || dawn(s, i, n) || disaster(s, i, n, t) {
		return false
	}
	if !t.noun && future(s, i, t) {
		return false
	}
	if hypothetical(s, i, n) || sporting(s, i, n, t) {
		return false // وإذا كانت فرق الموت نجحت في اغتياله، الهجمات على مرمى الفريق
	}
	if t.code[:2] == "14" && near(s, max(0, i-8), n+16, celebrations) {
		return false // تظاهر المئات للتعبير عن فرحهم بالقرار: a celebration, not a protest
	}
	if t.noun || verbalNoun(s, i, t) || masdar(s, i, t) {
		protest := t.code[:2] == "14"
		return !background(s, i) && (!setting(s, i, protest) || protest && spread(s, i)) && supported(s, i, n, t)
	}
	return !relative(s, i) && !t.present
}

// disasters kill without an attacker: قتل 16 ألف شخص في كارثة تسونامي،
// لقي خمسة حتفهم في حادث سير.
var disasters = wordSet(`كارثه الكارثه زلزال الزلزال تسونامي فيضان فيضانات الفيضانات اعصار الاعصار سيول السيول
	تصادم انهيار حريق الحريق عاصفه العاصفه انفلونزا وباء الوباء غرق`)

// accidents are the words after حادث that make it an accident, not an
// incident of violence (حادث سير، but حوادث عنف).
var accidents = wordSet(`سير السير مروري مرور تحطم سقوط انقلاب غرق`)

// disaster reports a killing (root 18) whose cause, after في، جراء or
// بسبب in the next few words, is a disaster or an accident.
func disaster(s *sent, i, n int, t *trigger) bool {
	if t.code[:2] != "18" {
		return false
	}
	for k := i + n; k+1 < len(s.toks) && k < i+n+8; k++ {
		if s.toks[k].Kind == marsad.TokenPunct {
			return false
		}
		cause := func(j int) bool {
			if disasters[s.keys[j]] {
				return true
			}
			switch strings.TrimPrefix(s.keys[j], "ال") {
			case "حادث", "حوادث":
				return j+1 < len(s.toks) && accidents[s.keys[j+1]]
			}
			return false
		}
		switch s.toks[k].Norm {
		case "في", "جراء", "بسبب", "اثر":
			if cause(k + 1) {
				return true
			}
		}
		if strings.HasPrefix(s.toks[k].Prefix, "ب") && cause(k) {
			return true // بحادث سير
		}
	}
	return false
}

// verbLead are the words a bare past verb may follow; after any other word
// without the article (عملية خطف، بسبب خطف، حوادث قتل) or after a
// preposition (على خطف، في قتل) the stem is the verbal noun in construct.
var verbLead = wordSet(`قد لقد ان انه انها انهم عندما حين حينما حيث بعدما ثم كما الذي التي الذين
	امس اليوم اول وقد فقد كذلك ايضا بينما فيما اذ عندها`)

// masdar reports a bare past stem (قتل، خطف) read as its verbal noun.
func masdar(s *sent, i int, t *trigger) bool {
	if t.noun || !t.past || i == 0 || strings.TrimLeft(s.toks[i].Prefix, "وف") != "" || i+1 < len(s.toks) && resumptives[s.toks[i+1].Norm] {
		return false
	}
	p := s.toks[i-1]
	if p.Kind != marsad.TokenWord || p.Suffix != "" || verbLead[p.Norm] || verbLead[s.keys[i-1]] {
		return false
	}
	if i+1 < len(s.keys) && nominativePlural(s.keys[i+1]) {
		return false // وفي لندن توجه المتظاهرون: a noun would take المتظاهرين
	}
	if i+1 < len(s.toks) && reflexives[s.toks[i+1].Norm] {
		return false // مهاجما انتحاريا فجر نفسه: a verb with its object
	}
	if frontedPlace(s, i-1) {
		return false // وفي غواتيمالا نزل آلاف الأشخاص
	}
	switch p.Norm {
	case "في", "علي", "عن", "من", "الي", "حول", "ضد":
		return true
	}
	return !strings.HasPrefix(s.keys[i-1], "ال")
}

// reflexives are the objects of a verb done to oneself (فجر نفسه).
var reflexives = wordSet(`نفسه نفسها نفسيهما انفسهم انفسهن`)

// frontedPlace reports a place named after في at the opening of a clause
// (وفي بغداد، في لندن), the scene set before the verb that follows it.
func frontedPlace(s *sent, k int) bool {
	if k < 1 || strings.TrimLeft(s.toks[k-1].Norm, "و") != "في" {
		return false
	}
	if k >= 2 && s.toks[k-2].Kind != marsad.TokenPunct {
		return false
	}
	lex, err := actor.DefaultLexicon()
	if err != nil {
		return false
	}
	_, ok := lex.Place(s.toks[k].Text)
	return ok
}

// nominativePlural reports a definite sound masculine plural in the
// nominative (المتظاهرون، المحتجون، الفلسطينيون): the subject of a verb,
// never the complement of a verbal noun, which would be genitive (ـين).
func nominativePlural(k string) bool {
	stem, ok := strings.CutPrefix(k, "ال")
	if !ok || !strings.HasSuffix(stem, "ون") || utf8.RuneCountInString(stem) < 5 {
		return false
	}
	return strings.HasPrefix(stem, "م") || strings.HasSuffix(stem, "يون")
}

// relative reports a verb that opens a relative clause (المتظاهرون الذين
// تجمعوا، الجندي الذي خطف): it qualifies a noun with what is already known
// rather than telling what happened.
func relative(s *sent, i int) bool {
	for k := i - 1; k >= 0 && k >= i-2; k-- {
		switch strings.TrimLeft(s.toks[k].Norm, "و") {
		case "الذي", "التي", "الذين", "اللذين", "اللتين", "اللواتي", "اللاتي":
			return true
		case "قد", "كان", "كانت", "كانوا":
			continue
		}
		return false
	}
	return false
}

// spread reports an indefinite protest noun after في that a verb of its
// own follows (في احتجاجات عمت العراق، في مظاهرة خرجت في تل أبيب): the
// clause tells that the protest took place, it is no mere scene. The
// coder leaves it to the sentence's own verb, whose subject protested.
func spread(s *sent, i int) bool {
	k := i + 1
	return k < len(s.toks) && s.toks[i-1].Norm == "في" && !strings.HasPrefix(s.keys[i], "ال") &&
		(supportVerbs[s.keys[k]] || supportVerbs[s.toks[k].Norm])
}

// setting reports an event noun after a preposition of time (بعد هجوم
// انتحاري الشهر الماضي، خلال التظاهرة، منذ المظاهرات): the time of another
// event, told as known. A protest noun after في or ب is the scene of
// another event too (قتل في مظاهرة); an attack after في is where the
// casualties fell (قتل خمسة في هجوم انتحاري) and stays.
func setting(s *sent, i int, protest bool) bool {
	if i == 0 {
		return false
	}
	switch s.toks[i-1].Norm {
	case "خلال", "اثناء", "عقب", "بعد", "قبل", "منذ", "اعقاب", "لدي":
		return true
	case "في", "اثر":
		return protest
	}
	return protest && strings.Contains(strings.TrimLeft(s.toks[i].Prefix, "و"), "ب")
}

// negated reports a negation or condition governing the trigger at i.
func negated(s *sent, i int) bool {
	for k := i - 1; k >= 0 && k >= i-7; k-- {
		w := s.toks[k].Norm
		if s.toks[k].Kind == marsad.TokenPunct {
			break
		}
		if negators[w] || negators[s.keys[k]] {
			if s.keys[k] == "دون" && k+1 < len(s.keys) && s.keys[k+1] == "طيار" {
				continue // طائرة بدون طيار: a drone, no negation
			}
			if k+1 < i && stillWords[s.toks[k+1].Norm] && strings.TrimLeft(w, "و") == "لا" {
				continue // لا تزال أنقرة تطالب، لا سيما: "still", "especially"
			}
			return true // ولم تتعرض لأي هجوم: the negation opens the clause
		}
		if k < i-3 && strings.HasPrefix(s.toks[k].Prefix, "و") {
			break
		}
	}
	for k := i - 1; k >= 0 && k >= i-6; k-- {
		if conditionals[s.toks[k].Norm] {
			return true
		}
	}
	return denied(s, i) || conditioned(s, i)
}

// stillWords after لا make no negation: لا يزال and its kin mean "still"
// (لا تزال أنقرة تطالب واشنطن بتسليمه), لا سيما "especially".
var stillWords = wordSet(`يزال تزال زال زالت يزالون يزالان تزالان سيما`)

// denials are the verbs of denying: what is denied after them with أن did
// not happen (نفى البيت الأبيض أن تكون الإدارة قد ناقشت).
var denials = wordSet(`نفي نفت ينفي تنفي نفوا ينفون نافيا نافيه`)

// quoteMarks open or close a quoted phrase inside a clause.
var quoteMarks = map[string]bool{"\"": true, "«": true, "»": true, "“": true, "”": true, "'": true}

// denied reports a verb of denial followed by أن before i in the same
// clause, however long its subject.
func denied(s *sent, i int) bool {
	that := false
	for k := i - 1; k >= 0 && k >= i-14; k-- {
		if s.toks[k].Kind == marsad.TokenPunct && !quoteMarks[s.toks[k].Text] {
			return false
		}
		switch s.toks[k].Norm {
		case "ان", "انه", "انها", "انهم":
			that = true
			continue
		}
		if that && (denials[s.keys[k]] || denials[s.toks[k].Norm]) {
			return true
		}
	}
	return false
}

// conditioned reports a verb conjoined by أو to the verb of a condition
// (إذا وجهت روسيا صاروخا، أو استهدفت كوريا الشمالية ...): the condition
// governs both. A comma ends the condition unless أو follows it; the ف of
// the answer ends it too.
func conditioned(s *sent, i int) bool {
	for k := i - 1; k >= 0 && k >= i-20; k-- {
		t := s.toks[k]
		if t.Kind == marsad.TokenPunct {
			if (t.Norm == "،" || t.Norm == ",") && k+1 < i && (s.toks[k+1].Norm == "او" || s.toks[k+1].Norm == "ام") || quoteMarks[t.Text] || t.Text == "ـ" {
				continue // إذا وجهت روسيا صاروخا مشابها لـ"الشيطان 2"، أو استهدفت
			}
			return false
		}
		if strings.HasPrefix(t.Prefix, "ف") {
			return false
		}
		if t.Norm == "اذا" || t.Norm == "لو" {
			return true
		}
	}
	return false
}

// supportVerbs report that a noun names an event that happened (شن هجوما،
// اندلعت مظاهرات، خرج في مسيرة، تعرض لقصف) rather than one only talked
// about. Past forms only: the present tells what is habitual (منطقة تتعرض
// للهجوم).
var supportVerbs = wordSet(`شن شنت شنوا نفذ نفذت نفذوا وقع وقعت
	اندلع اندلعت خرج خرجت خرجوا نظم نظمت نظموا شارك شاركت شاركوا
	تعرض تعرضت تعرضوا اسفر اسفرت ادي ادت تجمع تجمعوا احتشد احتشدوا شهدت شهد
	استهدف استهدفت تواصل تواصلت تصاعد تصاعدت عم عمت امتد امتدت انفجرت انطلق انطلقت
	جاب جابت اقام اقاموا اقامت هز هزت ضرب ضربت اوقع اوقعت نزل نزلوا بدا بدات بدوا
	ارتفعت تجدد تجددت نجح نجحت نجحوا قام قامت قاموا`)

// casualties (for attacks only) report the dead and wounded of an attack: مقتل ثلاثة في انفجار،
// قتل وجرح سبعة في هجوم انتحاري، هجوم أسفر عن مقتل.
var casualties = wordSet(`مقتل قتل قتلوا قتلا قتلت قتلي قتيلا قتيل مصرع مصرعهم مصرعه لقي لقوا
	اصابه اصيب اصيبوا اصيبا اصيبت جرح جرحي جريحا جريح جرحوا استشهاد استشهد استشهدوا سقوط
	اسفر اسفرت اوقع اوقعت جراء اثر يقتل تقتل`)

func wordSet(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[arabic.Normalize(w)] = true // tokens are matched normalised: مؤكدا is موكدا
	}
	return m
}

// supported reports a support verb near the event noun at i, or a casualty
// word in its clause. A support verb written as a verbal noun (لشن هجوم،
// خيار يتمثل في شن ضربات) supports nothing: it is itself only talked about.
func supported(s *sent, i, n int, t *trigger) bool {
	violent := t.code[:2] == "18" || t.code[:2] == "19" || t.code[:2] == "20"
	for k := max(0, i-4); k < len(s.toks) && k <= i+n+3; k++ {
		if k >= i && k < i+n {
			continue
		}
		if (supportVerbs[s.keys[k]] || supportVerbs[s.toks[k].Norm]) && finite(s, k) && !relative(s, k) {
			return true
		}
	}
	for k := max(0, i-10); k < len(s.toks) && k <= i+n+6; k++ {
		if k >= i && k < i+n {
			continue
		}
		if s.toks[k].Kind == marsad.TokenPunct && (s.toks[k].Norm == "." || s.toks[k].Norm == "؛" || s.toks[k].Norm == ":") {
			if k < i {
				continue
			}
			break
		}
		if violent && (casualties[s.keys[k]] || casualties[s.toks[k].Norm]) && !relative(s, k) && (k == 0 || !negators[s.toks[k-1].Norm]) {
			return true
		}
	}
	return false
}

// finite reports a verb at k used as a verb, not as a verbal noun after a
// preposition or with ل or ب.
func finite(s *sent, k int) bool {
	if strings.ContainsAny(strings.TrimLeft(s.toks[k].Prefix, "وف"), "لب") {
		return false
	}
	if k > 0 {
		switch s.toks[k-1].Norm {
		case "في", "من", "علي", "الي", "عن", "قبل", "بعد":
			return false
		}
	}
	return true
}

// modals before a trigger make it a possibility, a plan, a fear or a call
// rather than an event: يمكن أن، خيار شن، خطط لاغتيال، يريدون خطف، دعا إلى
// التظاهر، هدد بقصف، لمنع التظاهر; or call it off: تأجيل الإضراب، إلغاء
// المسيرة، تعليق الاعتصام، فك الاعتصام.
var modals = wordSet(`فكره الفكره يمكن يمكنه يمكنها يمكنهم امكانيه احتمال احتمالات خيار خيارات خطه خطط تخطيط التخطيط فكر يفكر تفكر يفكرون
	نيته نيتها نيتهم بنيته بنيتها بنيتهم
	ترتيب الترتيب تحضير التحضير اعداد الاعداد
	يخطط تخطط يخططون خططوا مخطط اراد ارادوا ارادت يريد تريد يريدون نيه ينوي تنوي ينوون
	ندعو دعا دعت دعوا يدعو تدعو يدعون دعوه الدعوه دعوات تهديد التهديد هدد هددت يهدد تهدد
	يهددون منع لمنع يمنع تمنع حظر يحظر خشيه مخاوف تخوفا تحسبا يستعد تستعد يستعدون يتاهب تتاهب يتاهبون
	استعداد الاستعداد تعتزم يعتزم اعتزام تستطيع يستطيع قادره قادر
	تدرس يدرس يدرسون تدرسان دراسه سيرفض سترفض سيرفضون
	تاجيل التاجيل الغاء الالغاء الغاء الغت الغي الغوا تعليق التعليق علق علقت فك تجميد
	موامره الموامره موامرات مخططا تكهنات ربما
	اقتراح اقتراحات مقترح مقترحات حريه
	يجب ينبغي يتعين
	يحب يحبون تحب يود يودون تود نود اود يتمنى يتمنون تتمنى نتمنى يرغب ترغب يرغبون نرغب يامل تامل ياملون نامل`)

// purposed reports a purpose right before the act at i, or before the
// verbal noun that carries it (من أجل فرض عقوبات، بهدف شن هجوم): aimed
// at, not done.
func purposed(s *sent, i int) bool {
	for k := i - 1; k >= 0 && k >= i-2; k-- {
		if s.toks[k].Kind != marsad.TokenWord {
			return false
		}
		switch strings.TrimLeft(s.toks[k].Norm, "و") {
		case "اجل", "بهدف", "بغيه", "سعيا":
			return true
		}
	}
	return false
}

// present reports a verb form that reads as a present after قد (تؤدي،
// يصل), not a past (تعرضتا، تم).
func present(w string) bool {
	if strings.HasPrefix(w, "ي") {
		return true
	}
	if !strings.HasPrefix(w, "ت") || pastForms[w] {
		return false
	}
	for _, end := range []string{"ت", "تا", "وا", "ا"} {
		if strings.HasSuffix(w, end) {
			return false
		}
	}
	return true
}

// pastForms are common pasts that begin like a present (قد تعرض لقصف: it
// had been shelled).
var pastForms = wordSet(`تم تعرض تمكن توصل تسلم تلقي تقدم توجه تحدث تبني تجاوز توقف تراجع تولي تكبد تدخل تضرر تعهد تسبب تحول تمت`)

// modal reports a modal word in the few words before i, within the clause.
func modal(s *sent, i int) bool {
	for k := i - 1; k >= 0 && k >= i-5; k-- {
		if s.toks[k].Kind == marsad.TokenPunct {
			break
		}
		if modals[s.keys[k]] || modals[s.toks[k].Norm] {
			return true
		}
		if w := strings.TrimLeft(s.toks[k].Norm, "و"); w == "قد" && k+1 < i && s.toks[k+1].Kind == marsad.TokenWord && s.toks[k+1].Prefix == "" && present(s.toks[k+1].Norm) {
			return true // وقد تؤدي الانتخابات إلى فرض عقوبات: may lead to
		}
	}
	return false
}

// future reports a verb in the future (سيقصف، سوف) or after قد in the
// present (قد يخطف: it may): announced, not done.
func future(s *sent, i int, t *trigger) bool {
	if strings.Contains(s.toks[i].Prefix, "س") {
		return true
	}
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if w := s.toks[k].Norm; w == "سوف" || intents[w] {
			return true
		}
	}
	return t.present && i > 0 && strings.TrimLeft(s.toks[i-1].Norm, "وف") == "قد"
}

// backgrounds head an event noun named as the matter of a case, an inquiry,
// a charge or a claim (قضية اغتيال، التحقيق في التفجير، بتهمة القتل،
// مسؤوليتهم عن تفجيرات، موقع الانفجار، ذكرى الاغتيال): no new event.
var backgrounds = wordSet(`قضيه القضيه قضايا جريمه الجريمه جرايم الجرايم تحقيق التحقيق تحقيقات
	التحقيقات موقع مكان ملف ذكري الذكري ضلوع الضلوع تورط التورط مسووليه المسووليه تهمه بتهمه
	تهم التهم اتهام اتهامات منفذ منفذي مدبري منفذو مرتكبي ادانه محاكمه المحاكمه ضحايا
	حصيله ذكري تحقق يحقق تحققت حققت يحققون تحققان`)

// background reports a background noun in the two words before i, or
// before a preposition there (التحقيق في التفجير، مسؤوليته عن خطف).
func background(s *sent, i int) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if s.toks[k].Kind == marsad.TokenPunct {
			return false
		}
		key := s.keys[k]
		if strings.HasSuffix(key, "ت") && s.toks[k].Suffix != "" {
			key = key[:len(key)-len("ت")] + "ه" // مسؤوليتهم
		}
		if backgrounds[key] {
			return true
		}
		switch s.toks[k].Norm {
		case "في", "عن", "من":
			continue
		}
		if k < i-1 {
			return false
		}
	}
	return false
}

// pretend reports تظاهر بـ, "pretend to": تظاهر بالمرض، تظاهر بأنه.
func pretend(s *sent, i, n int, t *trigger) bool {
	if t.noun || !strings.HasPrefix(t.words[0], "تظاهر") && !strings.HasPrefix(t.words[0], "يتظاهر") && !strings.HasPrefix(t.words[0], "تتظاهر") {
		return false
	}
	if i+n < len(s.toks) && strings.Contains(s.toks[i+n].Prefix, "ب") {
		return true
	}
	return near(s, i+n, 3, []string{"بان", "بانه", "بانها", "بانهم"})
}

// figuratives qualify an attack noun as one of words (هجوم إعلامي، حملة
// سياسية), not of force.
var figuratives = wordSet(`اعلامي الاعلامي اعلاميه الاعلاميه سياسي السياسي سياسيه السياسيه كلامي
	الكلامي لفظي اللفظي دبلوماسي الدبلوماسي الكتروني الالكتروني الكترونيه الالكترونيه
	اعلاميا سياسيا`)

func figurative(s *sent, i, n int, t *trigger) bool {
	if i+n >= len(s.toks) {
		return false
	}
	if !t.noun && strings.Contains(t.words[0], "ستهدف") && aims[s.keys[i+n]] {
		return true // تستهدف الإساءة إلى المقومات الدينية: aims at, no strike
	}
	if !t.noun && strings.Contains(t.words[0], "ستهدف") && near(s, max(0, i-3), i-max(0, i-3), spies) {
		return true // جاسوسين روسيين استهدفا منشأة: spies or hackers aim, they do not strike
	}
	if t.noun && (t.code[:2] == "18" || t.code[:2] == "19") {
		// القرار الأمريكي "اعتداء سافر على الشعب": a decision or a word
		// called an aggression.
		for k := i - 1; k >= 0 && k >= i-4; k-- {
			if w := strings.TrimPrefix(s.keys[k], "ال"); w == "قرار" || w == "خطوه" || w == "تصريحات" || w == "تصريح" || w == "اعلان" {
				return true
			}
		}
		// اعتداء على السيادة اللبنانية: a breach, not a blow.
		for k := i + n; k < len(s.toks) && k < i+n+4; k++ {
			if w := strings.TrimPrefix(s.keys[k], "ال"); w == "سياده" || w == "حرمه" || w == "كرامه" {
				return true
			}
		}
	}
	if !t.noun && len(t.needs) > 0 && i+n+1 < len(s.toks) && strings.HasPrefix(s.keys[i+n], "هجم") && figuratives[s.keys[i+n+1]] {
		return true // تشن هجمات إلكترونية: the attack the verb needs is one of words or code
	}
	return t.noun && figuratives[s.keys[i+n]]
}

// sporting reports a trigger among the words of a match (يلتقي المنتخبان
// الفرنسي والأرجنتيني، توالت الهجمات على مرمى نيجيريا، خطف المنتخب فوزا
// صعبا): teams meet, attack a goal and snatch wins; states do not. Only
// meetings, attacks and abductions are read so: protests, arrests, words
// and sanctions near a team stay (تظاهر فلسطينيون أمام معسكر المنتخب).
func sporting(s *sent, i, n int, t *trigger) bool {
	switch t.code[:2] {
	case "03", "04", "18", "19":
	default:
		return false
	}
	if sense(s, i, n, t) != t.code {
		return false // هاجمت الوزارة نادي ريال مدريد بسبب المباراة: words against a club
	}
	from, to := max(0, i-8), min(len(s.keys), i+n+10)
	for k := from; k < to; k++ {
		w := strings.TrimLeft(s.keys[k], "و")
		switch {
		case teamWords[w]:
			if k == 0 || !strings.HasPrefix(s.keys[k-1], "ال") || s.toks[k-1].Kind != marsad.TokenWord {
				return true // (not الرئيس المنتخب: the president-elect)
			}
		case matchWords[w]:
			return true
		case w == "مرمي" || w == "المرمي":
			if k+1 >= len(s.keys) || !fireWords[s.keys[k+1]] {
				return true // (not في مرمى النيران: within range of fire)
			}
		}
	}
	if t.code[:2] == "18" && i+n < len(s.keys) && wins[s.keys[i+n]] {
		return true // خطف المنتخب الكرواتي فوزا: snatched a win
	}
	for k := i + n; k < to && k <= i+n+4; k++ {
		if t.code[:2] == "18" && wins[s.keys[k]] {
			return true // خطف منتخب بلجيكا المركز الثالث
		}
	}
	return false
}

// sportyDocument reports an article about sport: one that names at least
// three different words of the game (مباراة، منتخب، لاعب، مدرب، الدوري،
// ملعب، الشوط، ركلة ...). Its meetings are matches.
func sportyDocument(d *marsad.Document) bool {
	seen := map[string]bool{}
	for _, t := range d.Tokens {
		if t.Kind != marsad.TokenWord {
			continue
		}
		b := t.Base
		if b == "" {
			b = t.Text
		}
		if w := strings.TrimPrefix(arabic.Normalize(b), "ال"); gameWords[w] || gameStems[t.Stem] {
			seen[t.Stem] = true
			if len(seen) >= 3 {
				return true
			}
		}
	}
	return false
}

// gameWords are the stems of the words of a game, without the article.
var gameWords = wordSet(`مباراه مباريات منتخب منتخبات لاعب لاعبين لاعبو لاعبي مدرب مدربين دوري ملعب ملاعب شوط ركله ركلات هداف مونديال مرمي تشكيله حارس`)

// gameStems are the same words as the stemmer leaves them (مباراته).
var gameStems = wordSet(`منتخب مونديال مدرب لاعب مبار مبارا مباري ملعب شوط ركل هداف`)

// teamWords name a national team; matchWords a match and its moments.
var (
	teamWords  = wordSet(`منتخب المنتخب منتخبا المنتخبان منتخبي المنتخبين منتخبات المنتخبات`)
	matchWords = wordSet(`مباراه المباراه مباريات المباريات مباراته مباراتها مبارياته مبارياتها الترجيحيه المونديال مونديال التاهل للتاهل بطوله البطوله`)
	fireWords  = wordSet(`نيران النيران النار الصواريخ صواريخ المدفعيه القصف`)
	wins       = wordSet(`فوزا الفوز المركز لقب اللقب التعادل تعادلا نقطه النقاط بطاقه البطاقه`)
)

// spies name those whose targeting is spying or hacking.
var spies = strings.Fields("جاسوس جاسوسين جاسوسان جواسيس الجواسيس قراصنه القراصنه قرصان هاكرز متسللين")

// aims are verbal nouns that استهدف takes when it means "aim at" (يستهدف
// تحقيق الاستقرار، تستهدف الإساءة): a purpose, not a target struck.
var aims = wordSet(`الاساءه اساءه زعزعه تقويض النيل اضعاف تشويه تحقيق ضمان تعزيز خفض رفع زياده تطوير جذب
	تغيير منع وقف انهاء الحد تحسين توفير حمايه دعم تشجيع ايجاد بناء اعاده اصلاح مكافحه محاربه القضاء تقليص تقليل`)

// dawn reports فجر as the dawn of a day (فجر أمس، فجر الاثنين), not the
// verb "blew up".
func dawn(s *sent, i, n int) bool {
	if s.keys[i] != "فجر" && strings.TrimLeft(s.toks[i].Norm, "و") != "فجر" || i+n >= len(s.toks) {
		return false
	}
	switch next := s.keys[i+n]; next {
	case "امس", "اليوم", "يوم", "السبت", "الاحد", "الاثنين", "الثلاثاء", "الاربعاء", "الخميس", "الجمعه", "الغد", "غد":
		return true
	}
	return false
}

// wordTargets are what only words can attack: statements, decisions,
// newspapers, clubs.
var wordTargets = strings.Fields("تعليقات تعليق تصريحات تصريح قرار قرارات سياسه سياسات موقف مواقف خطاب بيان تقرير مقال مقالات تغريده تغريدات كلمه اتفاق الاتفاق صحيفه صحف وسايل الاعلام نادي فريق منتخب عمل تحقيق التحقيق")

// forceWords make an attack on a newspaper or a club physical: armed men,
// weapons, a building (هاجم مسلحون مقر الصحيفة).
var forceWords = strings.Fields("مسلحون مسلحين مسلح جنود الجنود قوات القوات مقاتلون مقاتلين انتحاري مستوطنون محتجون متظاهرون مهاجمون مجهولون بالحجاره بالسكاكين سكين النار الرصاص عبوه قنبله مقر مبني مكاتب")

// mediaAfter reports a news outlet named within n tokens from i: attacked
// in words.
func mediaAfter(s *sent, i, n int) bool {
	for k := range s.found {
		f := &s.found[k]
		if f.Start >= i && f.Start < i+n && f.Ref != nil && strings.HasSuffix(f.Ref.Code, "MED") {
			return true
		}
	}
	return false
}

// sense recodes a trigger whose frame changes its meaning: احتج لدى is a
// state's formal complaint (114), not a demonstration.
func sense(s *sent, i, n int, t *trigger) string {
	if t.code == "141" && !t.noun && near(s, i+n, 4, []string{"لدي"}) {
		return "114"
	}
	if t.code[:2] == "19" && attackWord(s, i, n, t) && (near(s, i+n, 10, speech) || near(s, i+n, clauseReach(s, i+n, 30), speechParticiples)) && !(i > 0 && ownStates[s.toks[i-1].Norm]) {
		return "111" // هاجمت الوزيرة المعارضة قائلة، شنت الرياض هجوما على إيران متهمة إياها: an attack in words
	}
	if t.code[:2] == "19" && attackWord(s, i, n, t) && (near(s, i+n, 6, wordTargets) || mediaAfter(s, i+n, 6)) && !near(s, max(0, i-4), n+14, forceWords) {
		return "111" // هاجمت الصين تعليقات ترامب، هاجمت الوزارة نادي ريال مدريد، ترامب يهاجم نيويورك تايمز
	}
	if t.code == "141" && !t.noun && strings.Contains(t.words[0], "حتج") && !t.plural && !near(s, max(0, i-6), n+16, streetWords) {
		return "114" // احتجت المعارضة على نتائج الانتخابات: a complaint, not a march
	}
	if t.code == "051" && strings.Contains(t.words[0], "دعم") && (near(s, i+n, 6, militarily) || t.noun && i+n < len(s.keys) && militaryAdj[s.keys[i+n]] ||
		t.noun && near(s, max(0, i-15), i-max(0, i-15), reinforcements)) {
		// وصول تعزيزات عسكرية إلى عفرين دعما لوحدات حماية الشعب: troops sent
		return "072" // وتدعم طهران عسكريا النظام السوري، دعمها العسكري للحوثيين: military aid
	}
	if t.code == "051" && strings.Contains(t.words[0], "دعم") && (near(s, max(0, i-4), n+8, money) || t.noun && i+n < len(s.keys) && financialAdj[s.keys[i+n]]) {
		return "071" // دفعت 100 ألف دولار كدعم، دعمها المالي للحكومة: economic aid
	}
	if t.code[:2] == "07" && stopped(s, i) {
		if t.code == "072" {
			return "1622" // التوقف عن تسليح وحدات حماية الشعب: military aid stopped
		}
		return "162"
	}
	if t.code[:2] == "16" && t.noun && (i > 0 && easings[s.keys[i-1]] || i > 1 && easings[s.keys[i-2]] && quantifiers[s.keys[i-1]]) {
		return "081" // تخفيف العقوبات، رفع العقوبات: sanctions eased
	}
	return t.code
}

// reinforcements sent before a support noun make the support military.
var reinforcements = strings.Fields("تعزيزات التعزيزات")

// attackWord reports a trigger of force told with هاجم or هجوم (هاجم،
// الهجوم، شن هجوما): the words that may name an attack in words.
func attackWord(s *sent, i, n int, t *trigger) bool {
	if strings.Contains(t.words[0], "هاجم") || strings.Contains(t.words[0], "هجوم") || strings.Contains(t.words[0], "هجمات") {
		return true
	}
	for k := i + n; k < len(s.toks) && k < i+n+3; k++ {
		if strings.HasPrefix(s.keys[k], "هجوم") {
			return true
		}
	}
	return false
}

// clauseReach returns how many tokens from from stay in its clause, at
// most n: a new clause opens at بينما، فيما، في وقت، عندما (relative
// clauses stay).
func clauseReach(s *sent, from, n int) int {
	for k := from; k < len(s.toks) && k < from+n; k++ {
		w := s.toks[k].Norm
		if w != "وقت" {
			w = strings.TrimLeft(w, "و") // وبينما; but the و of وقت is its own
		}
		switch w {
		case "بينما", "فيما", "وقت", "عندما", "حين", "بعدما", "لكن", "اذا":
			return k - from
		}
	}
	return n
}

// speechParticiples tell, anywhere later in the sentence, that the attack
// before them was made in words: واصفا إياه بأنه، معتبرا أنها، متهمة إياها.
var speechParticiples = strings.Fields("قايلا قايله معتبرا معتبره واصفا واصفه منتقدا منتقده متهما متهمه مطالبا مطالبه مشددا مشدده مؤكدا مؤكده موكدا موكده نافيا نافيه")

// streetWords tell a protest in the street from a complaint in words
// (تحتج المعارضة على الانتخابات).
var streetWords = strings.Fields("تظاهر تظاهروا تظاهرات تظاهره مظاهره مظاهرات مسيره مسيرات الشارع الشوارع شوارع ساحه الساحه ميدان متظاهرين المتظاهرين متظاهرون المتظاهرون محتجين المحتجين محتجون المحتجون اعتصام اعتصموا لافتات الالاف الاف ميات الميات عشرات حشود")

// militarily, within a few words of a verb of support, makes it military
// aid; so does a military adjective right after its noun.
var militarily = strings.Fields("عسكريا بالسلاح بالاسلحه بالعتاد بالصواريخ الصواريخ بالذخيره بالذخاير بالمعدات")

var militaryAdj = wordSet(`العسكري عسكري عسكريا`)

// money near a word of support makes it economic aid; so does a financial
// adjective right after its noun.
var money = strings.Fields("دولار دولارا دولارات الدولارات يورو ماليا بالمال بالاموال اموالا الاموال مليار مليون ملايين مليارات")

var financialAdj = wordSet(`المالي مالي ماليا الاقتصادي اقتصادي`)

// stopped reports a word of stopping in the two words before token i
// (التوقف عن تسليح، وقف تسليح، تعليق المساعدات).
func stopped(s *sent, i int) bool {
	for k := i - 1; k >= 0 && k >= i-2; k-- {
		if stops[s.keys[k]] || stops[strings.TrimPrefix(s.keys[k], "و")] || stops[strings.TrimPrefix(s.toks[k].Norm, "و")] {
			return true
		}
	}
	return false
}

var stops = wordSet(`التوقف توقف وقف ايقاف تعليق قطع خفض تقليص بوقف بايقاف بتعليق بقطع`)

// quantifiers may stand between an easing and the sanctions (رفعت
// غالبية العقوبات).
var quantifiers = wordSet(`غالبيه معظم بعض كل جميع اغلب كافه`)

// easings before sanctions lift or ease them.
var easings = wordSet(`تخفيف رفع تعليق الغاء ازاله رفعت يرفع ترفع خفف خففت يخفف تخفف علقت الغت`)

// speech marks an attack made in words: هاجمت رايس حماس قائلة، شن هجوما
// لاذعا على ... في تصريحات.
var speech = strings.Fields("المهين مهين مهينا قايلا قايله قايلين معتبرا معتبره واصفا واصفه منتقدا منتقده متهما متهمه تصريحات تصريح كلمه مقابله انتقادات لاذعا لاذع حادا اللهجه بشده")

// constructNouns head a verbal noun in a construct (تحالف دعم الشرعية،
// محاولة قتل، تهم خطف، في إطار دعم الأهالي، بهدف دعم): the word after
// them is a noun, not a verb, and names a group, an attempt, a charge, a
// plan or a purpose rather than an act that happened.
var constructNouns = map[string]bool{}

// lightVerbs carry a verbal noun with ب as their act: قامت القوات بقصف.
var lightVerbs = map[string]bool{}

func init() {
	for _, w := range strings.Fields("قام قامت قاموا يقوم تقوم يقومون امر امرت يامر تامر") {
		lightVerbs[w] = true
	}
	for _, w := range strings.Fields("تحالف محاوله محاولات تهم تهمه اطار سياق اجل هدف سبيل خطه برنامج مساله") {
		constructNouns[w] = true
	}
}

// verbalNoun reports a verb trigger written as its verbal noun: a verb
// never takes the proclitic ب (بدعم من إيران، اتهمها بقصف), and the bare
// past stem after ل or a construct noun is the noun of a purpose or a
// name (لدعم، تحالف دعم). A verbal noun after another preposition (بعد
// رفض الدوحة) keeps its event: its doer follows it like a subject.
func verbalNoun(s *sent, i int, t *trigger) bool {
	if t.noun {
		return false
	}
	pre := strings.TrimLeft(s.toks[i].Prefix, "وف")
	if strings.Contains(pre, "ب") {
		return !lightVerb(s, i)
	}
	if !t.past {
		return false
	}
	if strings.HasPrefix(pre, "ل") || lamBefore(s, i) {
		return true
	}
	if i > 0 && nounPreps[strings.TrimLeft(s.toks[i-1].Norm, "و")] && speakerSuffixes[s.toks[i].Suffix] {
		return true // موحدون في دعمنا لأستراليا: our support, told by a speaker the sentence does not name
	}
	if informed(s, i) || reactedTo(s, i) {
		return true
	}
	if i > 0 && s.toks[i].Prefix == "" && appearing[strings.TrimLeft(s.keys[i-1], "وف")] {
		return true // لقد ظهر دعم الحزب للحوثيين: the support is what appeared, a noun
	}
	return i > 0 && s.toks[i-1].Kind == marsad.TokenWord && s.toks[i-1].Suffix == "" && constructNouns[s.keys[i-1]]
}

// appearing are intransitive verbs whose subject, right after them, is
// often a verbal noun (ظهر دعم، تصاعد قصف، استمر رفض).
var appearing = wordSet(`ظهر يظهر برز يبرز بدا يبدو تزايد يتزايد تصاعد يتصاعد استمر يستمر ازداد يزداد تواصل يتواصل تجدد يتجدد`)

// informing verbs take the one told and then what he is told, a noun
// (أبلغ المبعوث مجلس الأمن رفض الحوثيين).
var informing = wordSet(`ابلغ ابلغت يبلغ تبلغ ابلغوا سيبلغ ستبلغ`)

// judging are the verbs of judging an act, whose object is the act's
// verbal noun (أدان السفير قتل الفلسطينيين، رحب الوزير اغتيال).
var judging = wordSet(`دان دانت ادان ادانت يدين تدين ندد نددت يندد تندد استنكر استنكرت يستنكر تستنكر شجب شجبت يشجب تشجب
	انتقد انتقدت ينتقد تنتقد اشاد اشادت يشيد تشيد رحب رحبت يرحب ترحب نفي نفت ينفي تنفي`)

// reactedTo reports a past form at i after a verb of judging and its
// subject, in the same clause (وأدان السفير الكويتي قتل الفلسطينيين): the
// verbal noun of the act judged, whose doer is not the judge.
func reactedTo(s *sent, i int) bool {
	for k := i - 1; k >= 0 && k >= i-7; k-- {
		if s.toks[k].Kind == marsad.TokenPunct {
			return false
		}
		if k > 0 && s.keys[k] == "لسان" && strings.TrimLeft(s.toks[k-1].Norm, "و") == "علي" && k < i-1 {
			return judgedThrough(s, k-1)
		}
		if judging[s.keys[k]] {
			// The judge, an actor, stands between (not تدين قرار الإدارة
			// الأمريكية بإعادة فرض: the act's own doer comes first).
			for m := k + 1; m < i; m++ {
				if !s.inActor(m) {
					return false
				}
			}
			return k < i-1
		}
	}
	return false
}

// judgedThrough reports a verb of judging before على لسان at k, in the
// same clause though an apposition between commas may come between
// (وأدانت الكويت، العضو غير الدائم في مجلس الأمن، على لسان سفيرها منصور
// العتيبي قتل الفلسطينيين): the state judges through its envoy, and the
// past form after the envoy's name is the act judged, not his.
func judgedThrough(s *sent, k int) bool {
	for j := k - 1; j >= 0 && j >= k-12; j-- {
		if judging[s.keys[j]] || judging[strings.TrimLeft(s.keys[j], "وف")] {
			return true
		}
		if t := s.toks[j]; t.Kind == marsad.TokenPunct && !comma(t) || clauseOpeners[t.Norm] {
			return false
		}
	}
	return false
}

// informed reports a past form at i after a verb of informing and the
// one it tells, in the same clause: the verbal noun of what is told.
func informed(s *sent, i int) bool {
	for k := i - 1; k >= 0 && k >= i-7; k-- {
		if s.toks[k].Kind == marsad.TokenPunct {
			return false
		}
		if informing[s.keys[k]] {
			return k < i-1 // the one told stands between
		}
	}
	return false
}

// nounPreps stand before a noun, never before a verb: a past form
// after one is its verbal noun (في دعمنا).
var nounPreps = wordSet(`في علي عن الي حول بشان منذ خلال`)

// speakerSuffixes are the pronouns of the one speaking or spoken to
// (دعمنا، دعمكم، دعمي).
var speakerSuffixes = map[string]bool{"نا": true, "كم": true, "ي": true}

// drone reports مسيرة as the drone of طائرة مسيرة, or as the course of
// something in a construct (مسيرة السلام، مسيرة القتلى الروس، مسيرة
// الإصلاح), not a march.
func drone(s *sent, i int) bool {
	if !strings.HasPrefix(strings.TrimPrefix(s.keys[i], "ال"), "مسير") {
		return false
	}
	if i+1 < len(s.toks) && s.toks[i].Suffix == "" && courses[s.keys[i+1]] {
		return true
	}
	for k := i - 1; k >= 0 && k >= i-2; k-- {
		if strings.HasPrefix(strings.TrimPrefix(s.keys[k], "ال"), "طاير") {
			return true // طائرة مسيّرة، طائرة إسرائيلية مسيّرة: a drone
		}
	}
	return false
}

// courses follow مسيرة as the thing whose course it is.
var courses = wordSet(`السلام التسويه المفاوضات الحياه التنميه الاصلاح الاصلاحات البناء القتلي التعاون النضال الكفاح
	المهنيه الفنيه الرياضيه الحافله التحول الانتقال الاعمار التطور العمليه الشراكه التكامل الوحده العمل
	الديمقراطيه التقدم النهضه التطبيع الحوار المصالحه الدوله الثوره الانجازات التحديث`)

// nounBarriers open a clause or an adverbial between an actor and an
// event noun after it: حذر بوتين من أن ضربات، برصاص الجيش خلال مسيرة.
var nounBarriers = map[string]bool{}

func init() {
	for _, w := range strings.Fields("ان انه انها انهم انهما خلال منذ اثناء عقب") {
		nounBarriers[w] = true
	}
}

// clauseBetween reports a barrier among tokens [from, to): the actor
// before them is not the doer of the event noun at to.
func clauseBetween(s *sent, from, to int) bool {
	for k := from; k < to; k++ {
		if nounBarriers[s.toks[k].Norm] || nounBarriers[s.keys[k]] {
			return true
		}
	}
	return false
}

// lightVerb reports a verbal noun with ب carried by a light verb before
// it, whose subject may come between (قامت القوات بقصف، أمر بشن ضربات):
// the act happened, done by that subject.
func lightVerb(s *sent, i int) bool {
	if !strings.Contains(strings.TrimLeft(s.toks[i].Prefix, "وف"), "ب") {
		return false
	}
	for k := i - 1; k >= 0 && k >= i-6 && s.toks[k].Kind != marsad.TokenPunct; k-- {
		if lightVerbs[s.keys[k]] {
			// القصف الذي تقوم به قوات النظام بدعم جوي روسي: the light
			// verb's act is already its pronoun after به.
			return !(k+1 < i && strings.HasPrefix(s.toks[k+1].Norm, "به"))
		}
	}
	return false
}
