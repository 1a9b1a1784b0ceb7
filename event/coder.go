package event

import (
	"fmt"
	"slices"
	"sort"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/marsad/marsad"
	"github.com/marsad/marsad/actor"
	"github.com/marsad/marsad/arabic"
)

// Mentioner finds actor mentions in a sentence's token keys; the actor
// lexicon provides it.
type Mentioner interface {
	Mentions(keys []string, date string) []actor.Found
}

// New returns the event coder over the embedded lexicons.
func New() (marsad.Stage, error) {
	lex, err := actor.DefaultLexicon()
	if err != nil {
		return nil, err
	}
	return NewCoder(lex)
}

// NewCoder returns the event coder with a given actor mention finder.
func NewCoder(m Mentioner) (marsad.Stage, error) {
	l, err := load()
	if err != nil {
		return nil, err
	}
	return &coder{lex: l, actors: m}, nil
}

type coder struct {
	lex    *lexicon
	actors Mentioner
}

func (c *coder) Name() string { return "event" }
func (c *coder) Requires() []string {
	return []string{marsad.AnnTokens, marsad.AnnSentences, marsad.AnnEntities, marsad.AnnActors, marsad.AnnQuotes, marsad.AnnTimes}
}
func (c *coder) Provides() []string { return []string{marsad.AnnEvents} }

// negators block an event: لن تستهدف الأسد is not an attack.
var negators = map[string]bool{"لن": true, "لا": true, "لم": true, "ليس": true, "ليست": true, "غير": true, "لما": true, "عدم": true, "دون": true, "نفي": true, "نفت": true, "ينفي": true, "تنفي": true, "نفوا": true, "ينفون": true, "نافيا": true, "نافيه": true, "بالا": true, "وبالا": true}

// conditionals block an event: it may not happen.
var conditionals = map[string]bool{"اذا": true, "لو": true, "ان": false}

// intents announce an event without it happening.
var intents = map[string]bool{"سوف": true, "تعتزم": true, "يعتزم": true, "تنوي": true, "ينوي": true, "ستقوم": true, "سيقوم": true,
	"ستعيد": true, "سيعيد": true, "ستبدا": true, "سيبدا": true} // ستعيد واشنطن فرض عقوبات، ستبدأ الولايات المتحدة فرض

// eventNouns refer back to an earlier military campaign.
var eventNouns = map[string]bool{"الحمله": true, "الضربات": true, "الغارات": true, "العمليه": true, "العمليات": true, "التحالف": true, "حمله": true}

// sent is one sentence under coding.
type sent struct {
	index int
	toks  []marsad.Token
	keys  []string
	found []actor.Found
	date  string
	// dates are the days (YYYY-MM-DD) the sentence's dates name, in order.
	dates []string
	// dateSpans are the spans of the time expressions that give dates.
	dateSpans []marsad.Span
	quotes    []*marsad.Quote
	// ahead is set when the sentence names a time after publication.
	ahead bool
	// aheadSpans are the spans of those times.
	aheadSpans []marsad.Span
	// unlinked marks the tokens of names the actor linker left unresolved
	// (فاركاس): an unknown party stands there.
	unlinked []bool
	// sporty is set in an article about sport (sportyDocument).
	sporty bool
}

// Process codes the events of d.
func (c *coder) Process(d *marsad.Document) error {
	d.Events = d.Events[:0]
	var lastAttacker *marsad.Mention
	where := "" // the country of the last place the article named
	ti := 0
	yemen := mentionsYemen(d)
	surnames := unknownSurnames(d)
	sporty := sportyDocument(d)
	bounded := map[int]bool{} // events dated by a clause they came before
	sents := make([]*sent, len(d.Sentences))
	for si, sp := range d.Sentences {
		for ti < len(d.Tokens) && d.Tokens[ti].Start < sp.Start {
			ti++
		}
		first := ti
		for ti < len(d.Tokens) && d.Tokens[ti].End <= sp.End {
			ti++
		}
		s := &sent{index: si, toks: d.Tokens[first:ti], date: d.Published, sporty: sporty}
		if len(s.toks) == 0 {
			continue
		}
		s.keys = make([]string, len(s.toks))
		for i, t := range s.toks {
			if t.Kind == marsad.TokenWord {
				s.keys[i] = actor.TokenKey(t.Text)
			} else {
				s.keys[i] = t.Norm
			}
		}
		s.found = c.actors.Mentions(s.keys, d.Published)
		s.found = withEntities(d, s, s.found)
		sents[si] = s
	}
	story := storyCountry(sents)
	for si, sp := range d.Sentences {
		s := sents[si]
		if s == nil {
			continue
		}
		s.found, where = c.roles(s, s.found, where, story)
		s.found = withoutAttribution(s, s.found)
		s.found = withoutAdverbs(s, s.found)
		s.found = notInIt(s, s.found)
		s.found = withoutNegatedNationality(s, s.found)
		s.found = withoutStrangers(s, s.found, yemen)
		s.unlinked = unlinkedTokens(d, s, surnames)
		for _, tm := range d.Times {
			// A day, or an hour or part of a day with its day (مساء
			// الجمعة: 2018-02-16TEV), dates the sentence.
			if sp.Contains(tm.Span) && datedTime(tm, d.Published) && len(tm.Value) >= 10 && tm.Value[4] == '-' {
				s.dates = append(s.dates, tm.Value[:10])
				s.dateSpans = append(s.dateSpans, tm.Span)
			}
		}
		if len(s.dates) > 0 {
			s.date = s.dates[0]
		}
		for _, tm := range d.Times {
			if sp.Contains(tm.Span) && datedTime(tm, d.Published) && ahead(tm.Value, d.Published) {
				s.ahead = true
				s.aheadSpans = append(s.aheadSpans, tm.Span)
			}
		}
		for qi := range d.Quotes {
			if d.Quotes[qi].Span.Overlaps(sp) {
				s.quotes = append(s.quotes, &d.Quotes[qi])
			}
		}
		for i := 0; i < len(s.toks); i++ {
			t, n := c.match(s, i)
			if t == nil {
				if ev, ok := c.circumstantialParticiple(d, s, i); ok {
					add(d, ev, bounded, boundByLink(s, i, ev))
				}
				continue
			}
			if insideName(s, i) || quotedName(s, i) {
				i += n - 1
				continue // رحبت بجهود تحالف دعم الشرعية، ائتلاف "دعم مصر": a word of a name
			}
			ev, ok := c.code(d, s, i, n, t, lastAttacker)
			if ok {
				if ev.Root == "18" || ev.Root == "19" || ev.Root == "20" {
					lastAttacker = ev.Source
				}
				add(d, ev, bounded, boundByLink(s, i, ev))
				for _, e := range conjoined(d, s, i, ev) {
					add(d, e, bounded, boundByLink(s, i, e))
				}
			}
			i += n - 1
		}
	}
	return nil
}

// roles gives the collective roles named alone (الشرطة، قوات الأمن،
// مسلحون) the country of the sentence's place, else of the last place the
// article named (where), and drops those with none. It returns the
// country of the sentence's last place for the next sentences.
func (c *coder) roles(s *sent, found []actor.Found, where, story string) ([]actor.Found, string) {
	here, last, region := "", where, false
	for _, f := range found {
		if (f.Place || regionOf(s, &f)) && f.Ref != nil && countryOf(f.Ref.Code) != "" {
			// في جنوب سوريا names where too: المعارضة المسلحة there is Syria's.
			if here == "" {
				here = countryOf(f.Ref.Code)
			}
			last = countryOf(f.Ref.Code)
		} else if f.Place && f.Ref != nil {
			region = true // في دول الساحل: a region, not the article's country
		}
	}
	if here == "" && !region {
		here = where
		if story != "" && where != "" {
			// وقالت السلطة القضائية في إيران ... مقرها في نيويورك ... انتقد
			// تعامل السلطات: the article's country, not its last place.
			// (With no place named yet, a role stays unknown: the story's
			// country alone gave as many wrong parties as right.)
			here = story
		}
	}
	comp, ok := c.actors.(interface {
		Compose(country, role string) *marsad.ActorRef
	})
	out := found[:0]
	skip := -1
	for k, f := range found {
		if k == skip {
			continue
		}
		if f.Ref == nil && f.Role != "" {
			if g := ranksOf(s, found[k+1:], f.End); g >= 0 {
				// المسلحون في وحدات حماية الشعب: one mention, the group's
				skip = k + 1 + g
				f.Ref, f.End, f.Role = found[skip].Ref, found[skip].End, ""
			}
		}
		if f.Ref == nil {
			country := here
			backed := f.End < len(s.toks) && relatives[s.toks[f.End].Norm]
			for _, g := range out {
				// الجيش الإسرائيلي أكد أن الجنود: the same force named before
				// (not one that backs the doer: بمساندة قوات إماراتية; nor for
				// forces a relative clause describes: قالت وزارة الدفاع
				// الروسية إن القوات التي تدعمها الحكومة السورية).
				if !backed && g.Ref != nil && len(g.Ref.Code) == 6 && g.Ref.Code[3:] == f.Role && countryOf(g.Ref.Code) != "" && !helper(s, &g) && !(g.Start > 0 && backing[strings.TrimPrefix(s.toks[g.Start-1].Norm, "و")]) {
					country = g.Ref.Code[:3]
				}
			}
			for _, g := range out {
				// المحكمة [الإسرائيلية] أيدت موقف الحكومة: a court or a
				// parliament speaks of its own state's government.
				if g.Ref != nil && len(g.Ref.Code) == 6 && (g.Ref.Code[3:] == "JUD" || g.Ref.Code[3:] == "LEG") && f.Role == "GOV" && countryOf(g.Ref.Code) != "" {
					country = g.Ref.Code[:3]
				}
			}
			if country == "" {
				// No place yet: a state named before it in the sentence
				// (مجلس النواب العراقي ... الحكومة).
				for _, g := range out {
					if g.Ref != nil && countryOf(g.Ref.Code) != "" && !nonState[g.Ref.Code[:3]] && !helper(s, &g) {
						country = g.Ref.Code[:3] // (not one backing them: مدعومة بالجيش الروسي)
					}
				}
			}
			if f.Role == "" || country == "" || !ok || s.toks[f.End-1].Suffix != "" || f.End < len(s.toks) && (joint[s.keys[f.End]] || homeland(s, f.End)) {
				continue // جنودها، قوات بلده: the soldiers of a state named before
			}
			if country == "PSE" && f.Role == "MIL" {
				country = "ISR" // جنود يطلقون النار على محتجين في غزة: the army in Palestine is Israel's
			}
			f.Ref = comp.Compose(country, f.Role)
		}
		out = append(out, f)
	}
	return out, last
}

// ranksOf returns the index among later of the armed group whose ranks
// a role ending at token end is said to be in (المسلحون في وحدات حماية
// الشعب، مقاتلون في صفوف تنظيم الدولة), or -1.
func ranksOf(s *sent, later []actor.Found, end int) int {
	if end >= len(s.toks) || strings.TrimLeft(s.toks[end].Norm, "و") != "في" {
		return -1
	}
	at := end + 1
	if at < len(s.toks) && s.keys[at] == "صفوف" {
		at++
	}
	for k := range later {
		if g := &later[k]; g.Start == at && g.Ref != nil && armed(g.Ref.Code) && !g.Place {
			return k
		}
	}
	return -1
}

// storyCountry returns the country an article is about: named (as a
// country, a city or a nationality) at least three times and at least
// twice as often as any other; "" when none stands out so.
func storyCountry(sents []*sent) string {
	counts := map[string]int{}
	for _, s := range sents {
		if s == nil {
			continue
		}
		for _, f := range s.found {
			if f.Ref == nil || !(f.Adjective || strings.HasPrefix(f.Ref.ID, "country/") || strings.HasPrefix(f.Ref.ID, "city/")) {
				continue
			}
			if c := countryOf(f.Ref.Code); c != "" {
				counts[c]++
			}
		}
	}
	best, first, second := "", 0, 0
	for c, n := range counts {
		switch {
		case n > first:
			best, first, second = c, n, first
		case n > second:
			second = n
		}
	}
	if first < 3 || first < 2*second {
		return "" // a tie for the most fails here too
	}
	return best
}

// joint qualifies forces of several states (القوات المشتركة، القوة
// الدولية): no one country's.
var joint = wordSet(`المشتركه مشتركه الدوليه دوليه المتعدده متعدده`)

// countryOf returns the country of a place's code, "" for a region (the
// Middle East, Europe).
func countryOf(code string) string {
	if len(code) < 3 || regions[code[:3]] {
		return ""
	}
	return code[:3]
}

// state reports the code of a state or its government, not of a people
// or a group without one (KUR) or of a region.
func state(code string) bool {
	return stateCode(code) && countryOf(code) != "" && !nonState[code[:3]]
}

// quantities count the people before their nationality: تظاهر عشرة آلاف
// كردي، خرج مئات الأكراد.
var quantities = wordSet(`الاف الالاف الف الفا ميات الميات عشرات العشرات ملايين الملايين مليون نحو قرابه حوالي اكثر من
	عشره عشرين ثلاثين اربعين خمسين سته سبعه ثمانيه تسعه خمسه اربعه ثلاثه الفي الفين الفان ميتي ميتين`)

// genitiveDoer returns the actor right after a violent verbal noun at
// from, in the genitive, when a counted object follows it (اختطاف
// الحوثيين نحو 17800 شخص، قتل داعش 30 مدنيا): the noun's doer, not its
// victim. Else nil.
func genitiveDoer(s *sent, t *trigger, from int, after []*actor.Found) *actor.Found {
	if r := t.code[:2]; r != "18" && r != "19" && r != "20" || len(after) == 0 || from >= len(s.toks) || s.toks[from].Prefix != "" {
		return nil
	}
	g := after[0]
	if g.Start != from || g.Adjective || g.Place || g.End >= len(s.toks) {
		return nil
	}
	if k := s.toks[g.End]; k.Prefix == "" && (k.Kind == marsad.TokenNumber || quantities[s.keys[g.End]]) {
		return g
	}
	return nil
}

// counted reports an actor right after a number or a quantity (ألفي
// متظاهر، 300 محتج).
func counted(s *sent, f *actor.Found) bool {
	return f.Start > 0 && (s.toks[f.Start-1].Kind == marsad.TokenNumber || quantities[s.keys[f.Start-1]])
}

// quantityBetween reports tokens [from, to) that only count: numbers and
// quantity words.
func quantityBetween(s *sent, from, to int) bool {
	for k := from; k < to && k < len(s.toks); k++ {
		if s.toks[k].Kind != marsad.TokenNumber && !quantities[s.keys[k]] && !timeWords[s.keys[k]] {
			return false
		}
	}
	return true
}

// directions before a country name a place in it: شرق فرنسا، شمال سوريا.
var directions = wordSet(`شرق غرب شمال جنوب وسط شرقي غربي شمالي جنوبي`)

// protestStops end the stretch after a protest trigger where its place is
// told: what the protesters march for or against, another clause, or what
// happens at the same time (بالتزامن مع افتتاح السفارة في القدس).
var protestStops = wordSet(`علي ضد عن حول بشان ازاء ضد احتجاجا تنديدا رفضا دعما تضامنا للمطالبه مطالبين منددين المسجون المعتقل
	بالتزامن تزامنا متزامنه`)

// protestPlace returns the place of a protest at [i, i+n): a place named
// after it before what they protest for (تظاهر الآلاف في ستراسبورغ شرق
// فرنسا للمطالبة بالإفراج عن زعيمهم المسجون في تركيا → France; a noun's
// own relative clause: الاحتجاجات التي اندلعت في غزة), else one
// right before it in the same clause (في غزة، تظاهر الآلاف).
func protestPlace(s *sent, i, n int, noun bool) *actor.Found {
	stop := len(s.toks)
	for k := i + n; k < len(s.toks); k++ {
		relativeOK := noun && (s.toks[k].Norm == "التي" || s.toks[k].Norm == "الذي" || s.toks[k].Norm == "حيث")
		if k > i+n+14 || s.toks[k].Kind == marsad.TokenPunct || clauseOpeners[s.toks[k].Norm] && !relativeOK || protestStops[s.keys[k]] || protestStops[s.toks[k].Norm] ||
			strings.HasSuffix(strings.TrimLeft(s.toks[k].Prefix, "وف"), "ل") {
			stop = k
			break
		}
	}
	for k := range s.found {
		f := &s.found[k]
		if f.Ref == nil || f.Start < i+n || f.Start >= stop || countryOf(f.Ref.Code) == "" {
			continue
		}
		if f.Start > 0 && s.toks[f.Start-1].Norm == "الي" {
			continue // احتجاجات نقل السفارة إلى القدس، مسيرة إلى القدس: where something goes, not where they protest
		}
		if embassyAt(s, f.Start) {
			continue // الاحتجاجات التي استهدفت السفارة الإيرانية في بريطانيا: who protests there is not told
		}
		if f.Place || f.Start > 0 && directions[s.keys[f.Start-1]] {
			return f
		}
	}
	for k := len(s.found) - 1; k >= 0; k-- {
		f := &s.found[k]
		if f.End > i || f.End < i-6 {
			continue
		}
		if f.Place && f.Ref != nil && countryOf(f.Ref.Code) != "" && !boundary(s, f.End, i) && !coordinated(s, f.End, i+1) &&
			!strings.HasSuffix(strings.TrimLeft(s.toks[f.Start].Prefix, "وف"), "ل") {
			return f // not a place named with ل: نقل السفارة للقدس is where the embassy went
		}
		break
	}
	return nil
}

// embassyAt reports a place at token k after في that says where an
// embassy or a consulate named a few words before it stands (أمام السفارة
// الأمريكية في عمان): the protesters there may be of either country or
// of neither, and the place is not their source.
func embassyAt(s *sent, k int) bool { return nounBeforePrep(s, k, "في", missions) }

// nounBeforePrep reports a place at token k right after the preposition
// prep with, at most three words before the preposition and no mark
// between, one of nouns (as bareNoun gives it).
func nounBeforePrep(s *sent, k int, prep string, nouns map[string]bool) bool {
	if k < 2 || strings.TrimLeft(s.toks[k-1].Norm, "و") != prep {
		return false
	}
	for j := k - 2; j >= 0 && j >= k-4; j-- {
		if s.toks[j].Kind == marsad.TokenPunct {
			return false
		}
		if nouns[bareNoun(s.keys[j])] {
			return true
		}
	}
	return false
}

// missionOf reports a target named right after an embassy or a consulate
// (السفارة الإيرانية، القنصلية الأمريكية) a few words after the protest
// ending before token j, with no mark between.
func missionOf(s *sent, j int, tgt *actor.Found) bool {
	if tgt.Start < 1 || tgt.Start < j || tgt.Start > j+8 || !missions[bareNoun(s.keys[tgt.Start-1])] {
		return false
	}
	for k := j; k < tgt.Start; k++ {
		if s.toks[k].Kind == marsad.TokenPunct {
			return false
		}
	}
	return true
}

// missionTarget returns the state whose embassy or consulate is named a
// few words after the protest ending before token j (تظاهروا أمام السفارة
// الإيرانية), with no mark between; nil when there is none.
func missionTarget(s *sent, j int) *actor.Found {
	for k := range s.found {
		f := &s.found[k]
		if f.Ref != nil && !f.Place && stateCode(f.Ref.Code) && missionOf(s, j, f) {
			return f
		}
	}
	return nil
}

// missions are the nouns of a state's mission abroad, as bareNoun gives
// them.
var missions = wordSet(`سفاره سفارات قنصليه قنصليات بعثه سفارتها سفارته قنصليتها`)

// coordinated reports a new conjunct among tokens [from, to): a word
// with و that opens another phrase (حرب في أفغانستان وتظاهرات).
func coordinated(s *sent, from, to int) bool {
	for k := from; k < to && k < len(s.toks); k++ {
		if strings.HasPrefix(s.toks[k].Prefix, "و") {
			return true
		}
	}
	return false
}

// nonState are the code prefixes of actors that belong to no country.
var nonState = map[string]bool{"IGO": true, "IMG": true, "NGO": true, "NGM": true, "MNC": true, "KUR": true, "UIS": true, "INT": true}

var regions = map[string]bool{"MEA": true, "EUR": true, "AFR": true, "WST": true, "ASA": true, "PGS": true, "ARB": true, "MOS": true, "SAM": true, "NAF": true, "WAF": true, "EAF": true, "CAS": true, "SAS": true, "SEA": true}

// match finds a trigger at token i and returns it with its length: the
// longest form that matches (هجوم انتحاري before هجوم).
func (c *coder) match(s *sent, i int) (*trigger, int) {
	k := s.keys[i]
	cands := c.lex.triggers[k]
	if full := strings.TrimPrefix(s.toks[i].Norm, arabicNorm(s.toks[i].Prefix)); full != k {
		cands = append(cands, c.lex.triggers[full]...)
	}
	// A stem that begins with ف is read as the conjunction ف and the rest
	// (فجرت → ف + جرت): try the word whole after its و.
	if p := s.toks[i].Prefix; strings.HasSuffix(p, "ف") {
		whole := strings.TrimPrefix(s.toks[i].Norm, "و")
		if p == "ف" || p == "وف" {
			cands = append(cands, c.lex.triggers[whole]...)
		}
	}
	if strings.HasPrefix(k, "ال") {
		for _, t := range c.lex.triggers[k[len("ال"):]] {
			if t.noun { // a verb never takes the article
				cands = append(cands, t)
			}
		}
	}
	var best *trigger
	for _, t := range cands {
		if i+len(t.words) > len(s.keys) || best != nil && len(t.words) <= len(best.words) && !(t.stance && !best.stance) && !refines(t, best) && !(t.stance && best.stance && len(t.words) == len(best.words)) {
			continue
		}
		ok := true
		for j := 1; j < len(t.words); j++ {
			if s.keys[i+j] != t.words[j] && strings.TrimPrefix(s.keys[i+j], "ال") != strings.TrimPrefix(t.words[j], "ال") {
				ok = false
				break
			}
		}
		if !ok {
			continue
		}
		if t.stance {
			if !statedBefore(s, i, t.needs) {
				continue
			}
		} else if len(t.needs) > 0 && !near(s, i+len(t.words), 9, t.needs) && !(t.needsBefore && near(s, max(0, i-3), i-max(0, i-3), t.needs)) {
			continue
		}
		if best != nil && refines(t, best) && !c.frameFits(s, t, i+len(t.words)) {
			continue
		}
		if best != nil && t.stance && best.stance && len(t.words) == len(best.words) && (c.frameFits(s, best, i+len(t.words)) || !c.frameFits(s, t, i+len(t.words))) {
			continue // دعمه لمصر, else دعمه المرشح: a later stance line only where the first's frame is not met
		}
		best = t
	}
	if best == nil {
		return nil, 0
	}
	return best, len(best.words)
}

// refines reports a trigger t of the same words as best that narrows it:
// t needs words and best needs none (هدد with عقوبات near, against هدد
// alone). Where its needs and its frame fit, t is the reading, whatever
// the order of their lines; the general line keeps every other use.
func refines(t, best *trigger) bool {
	return len(t.words) == len(best.words) && len(t.needs) > 0 && len(best.needs) == 0 && !t.stance && !best.stance
}

// frameFits reports a trigger's frame met after token from: a direct
// object always is; a preposition of the frame must follow within its
// reach in the clause, with an actor at most three words after it (هدد
// بفرض عقوبات على إيران).
func (c *coder) frameFits(s *sent, t *trigger, from int) bool {
	if len(t.frame) == 0 {
		return true
	}
	for k := from; k < len(s.toks) && k < from+frameReach(t); k++ {
		if c.frameStops(s, from, k) {
			return false
		}
		if c.isPrep(s, k, t.frame) && actorWithin(s, k, k+3) {
			return true // (not على أعلى مستوى: no one after it)
		}
	}
	return false
}

// frameReach is how many words after a trigger its frame's preposition
// may stand: more for a protest (تظاهرت حشود في العاصمة الألمانية برلين
// السبت، وذلك ضد) and for a threat of a kind, whose threatened act comes
// first (توعد بفرض عقوبات "غير مسبوقة" على إيران).
func frameReach(t *trigger) int {
	if t.code[:2] == "14" || t.code[:2] == "13" && len(t.needs) > 0 {
		return 11
	}
	return 8
}

// actorWithin reports an actor of the sentence that begins among tokens
// [from, to].
func actorWithin(s *sent, from, to int) bool {
	for f := range s.found {
		if a := &s.found[f]; a.Ref != nil && a.Start >= from && a.Start <= to {
			return true
		}
	}
	return false
}

// elsewhere reports a name after the frame's preposition at k that is
// one side of a relation (أشاد بالمباراة بين فرنسا وكرواتيا) or, for an
// arrest, that its own ل or ب governs (القبض على سيدة تحدثت لبي بي سي):
// not the one the act is done to.
func elsewhere(s *sent, t *trigger, k int, a *actor.Found) bool {
	if a.Start <= k {
		return false
	}
	p := s.toks[a.Start].Prefix
	return t.code == "173" && (strings.HasSuffix(p, "ل") || strings.HasSuffix(p, "ب")) || betweenWord(s, k+1, a.Start)
}

// resumptiveWith are the pronouns joined to ب that take up a noun named
// before (تحرك نددت به جماعات حقوقية): the subject may follow them.
var resumptiveWith = wordSet(`به بها بهم بهما بهن`)

// framedWith reports a word among tokens [from, to) that the preposition
// p opens as its prefix, other than a pronoun alone.
func framedWith(s *sent, from, to int, p string) bool {
	for k := from; k < to; k++ {
		if s.toks[k].Kind == marsad.TokenWord && strings.HasSuffix(s.toks[k].Prefix, p) && !resumptiveWith[strings.TrimLeft(s.toks[k].Norm, "و")] {
			return true // not the pronoun of a relative clause: نددت به جماعات حقوقية
		}
	}
	return false
}

// envoyHeads are the words of a diplomat sent abroad: one named so right
// after طرد is the one expelled.
var envoyHeads = wordSet(`سفير سفيره سفراء دبلوماسي دبلوماسيين دبلوماسيا دبلوماسيون قنصل القايم`)

// betweenWord reports بين among tokens [from, to): a name after it is
// one side of a relation (المباراة بين فرنسا وكرواتيا), not the one an act
// is done to.
func betweenWord(s *sent, from, to int) bool {
	for k := from; k < to; k++ {
		if strings.TrimLeft(s.toks[k].Norm, "و") == "بين" {
			return true
		}
	}
	return false
}

// statedBefore reports a verb of stating among the eight words before
// token i of its clause (no punctuation between): the stance noun after
// it (أكدت وزارة الخارجية السعودية دعمها التام لمصر، عبرت قطر عن تضامنها
// مع تركيا) is the subject's act, not a topic (في إطار دعمها لمصر).
func statedBefore(s *sent, i int, verbs []string) bool {
	return stating(s, i, verbs) >= 0
}

// stating returns the index of the verb of stating for a stance noun at
// i, or -1.
func stating(s *sent, i int, verbs []string) int {
	if p := s.toks[i].Prefix; p != "" && p != "و" {
		return -1 // المعروفة بمساندتها: a stance one is known for, not one stated
	}
	lo := i - 8
	for k := i - 1; k >= 0 && k >= lo; k-- {
		if s.toks[k].Kind == marsad.TokenPunct {
			o := asideStart(s, k)
			if o < 0 {
				return -1
			}
			lo -= k - o + 1 // أكدت تونس، في بيان صادر عن الخارجية، تضامنها: the aside is passed over
			k = o
			continue
		}
		if slices.Contains(verbs, strings.TrimLeft(s.toks[k].Norm, "وف")) {
			return k
		}
	}
	return -1
}

// asides open a parenthesis between commas that tells where or how words
// were said (، في بيان صادر عن الخارجية،), not what.
var asides = wordSet(`في خلال عبر`)

// asideStart returns the index of the comma that opens an aside closed by
// the comma at k (، في بيان صادر عن وزارة الخارجية،), or -1.
func asideStart(s *sent, k int) int {
	if !isComma(s.toks[k].Text) {
		return -1
	}
	for j := k - 1; j >= 0 && j >= k-10; j-- {
		if s.toks[j].Kind != marsad.TokenPunct {
			continue
		}
		if isComma(s.toks[j].Text) && j+1 < k-1 && asides[s.toks[j+1].Norm] {
			return j
		}
		return -1
	}
	return -1
}

// isComma reports an Arabic or a Latin comma.
func isComma(t string) bool { return t == "،" || t == "," }

// stanceOwner is the subject of the verb of stating before a stance noun
// at i: the first actor between them (جددت الحكومة الأردنية إدانتها),
// else the one just before the verb (السعودية تؤكد دعمها), else nil.
func stanceOwner(s *sent, i int, verbs []string) *actor.Found {
	v := stating(s, i, verbs)
	if v < 0 {
		return nil
	}
	var before *actor.Found
	for k := range s.found {
		f := &s.found[k]
		if f.Ref == nil || f.Place && !state(f.Ref.Code) {
			continue
		}
		if f.Start > v && f.End <= i {
			if governed(s, f) || regional(s, f, v) {
				return nil // أكد وزير خارجية مصر: the title's holder is one actor; a name after a preposition is no subject
			}
			return f
		}
		if f.End <= v && f.End >= v-1 && !governed(s, f) {
			before = f
		}
	}
	return before
}

// regional reports an actor right after a direction word that is no part
// of it, later than the word after the verb at v (عبرت فصائل مسلحة غربي
// ليبيا عن رفضها): the region of the noun before it, not the subject.
func regional(s *sent, f *actor.Found, v int) bool {
	return f.Start > v+2 && directions[s.keys[f.Start-1]] && !s.inActor(f.Start-1)
}

func near(s *sent, from, n int, words []string) bool {
	// Brackets and numbers do not use up the window (نزل آلاف الأشخاص (25
	// ألفا حسب المنظمين) إلى الشوارع).
	for k, seen := from, 0; k < len(s.keys) && seen < n; k++ {
		if s.toks[k].Kind != marsad.TokenNumber && !strings.ContainsAny(s.toks[k].Text, "()[]") {
			seen++
		}
		for _, w := range words {
			if s.keys[k] == w || s.toks[k].Norm == w || strings.TrimPrefix(s.keys[k], "ال") == strings.TrimPrefix(w, "ال") {
				return true
			}
		}
	}
	return false
}

// civilians are the nouns of people with no arms of a state or a group
// (مستوطنون، شبان، سكان): what they attack with is an assault (18).
var civilians = wordSet(`مستوطنون مستوطنين المستوطنون المستوطنين مستوطن المستوطن شبان الشبان سكان السكان مواطنون مواطنين المواطنون المواطنين
	محتجون محتجين المحتجون المحتجين متظاهرون متظاهرين المتظاهرون المتظاهرين`)

// chargeBetween reports an accused that is no actor among tokens [from,
// to): a word right before the charge with ب (الشخصين بالتعاون), so that
// what follows is the charge's matter. A participle that takes ب (المعني
// باليمن) is no accused, and a charge named first (بالإرهاب وحدات) has
// its accused after it.
func chargeBetween(s *sent, from, to int) bool {
	for k := from; k+1 < to; k++ {
		w, c := s.toks[k], s.toks[k+1]
		if w.Kind == marsad.TokenWord && w.Prefix == "" && !concerned[s.keys[k]] && c.Kind == marsad.TokenWord && strings.HasSuffix(c.Prefix, "ب") {
			return true
		}
	}
	return false
}

// concerned are participles and adjectives that take ب (المعني بحقوق
// الإنسان، المبعوث الخاص بسوريا): what ب brings is their matter.
var concerned = wordSet(`المعني المعنيه المعنيين المعنيون معني معنيه المختص المختصه المكلف المكلفه الخاص الخاصه`)

// ordinaryCrimes are the crimes of money and office (رشوة، احتيال،
// فساد): a charge of them accuses of no human rights abuse.
var ordinaryCrimes = []string{"مخالفه", "رشوه", "رشا", "الرشوه", "رشاوي", "احتيال", "الاحتيال", "فساد", "الفساد", "اختلاس", "الاختلاس", "تزوير", "التزوير", "غسل", "غسيل", "تهرب", "ماليه", "اقتصاديه", "سرقه", "السرقه", "نصب"}

// backRefs are the words after a casualty verb that point back to the
// act it happened in (قتل خلاله، أصيب فيها).
var backRefs = wordSet(`خلاله خلالها فيه فيها اثناءه اثناءها`)

// means returns the code of a military attack named a few words after a
// casualty verb as its means (في قصف مدفعي، بغارة جوية، جراء ضربات): the
// dead fell to fighting (root 19), not to an assault; "" if none is.
func (c *coder) means(s *sent, from int) string {
	if from < len(s.toks) && backRefs[strings.TrimLeft(s.toks[from].Norm, "و")] {
		// هجوما على دير الزور قتل خلاله 26 مقاتلا: the attack named
		// before, in the few words before the casualty verb.
		for k := from - 2; k >= 0 && k >= from-14; k-- {
			if s.toks[k].Kind == marsad.TokenPunct && s.toks[k].Text != "،" {
				break
			}
			if t, _ := c.match(s, k); t != nil && t.code[:2] == "19" {
				return t.code
			}
		}
	}
	for k := from; k < len(s.toks) && k < from+8; k++ {
		if s.toks[k].Kind == marsad.TokenPunct {
			break
		}
		at := -1
		switch {
		case s.toks[k].Norm == "في" || s.toks[k].Norm == "جراء" || s.toks[k].Norm == "اثر" || s.toks[k].Norm == "خلال" || s.toks[k].Norm == "اثناء":
			at = k + 1
		case strings.HasSuffix(s.toks[k].Prefix, "ب"):
			at = k
		}
		if at < 0 || at >= len(s.toks) {
			continue
		}
		if t, _ := c.match(s, at); t != nil && t.code[:2] == "19" {
			return t.code
		}
	}
	return ""
}

// code builds the event of trigger t at tokens [i, i+n).
func (c *coder) code(d *marsad.Document, s *sent, i, n int, t *trigger, lastAttacker *marsad.Mention) (marsad.Event, bool) {
	if m := supportNoun(s, i, n, t); m != nil {
		t = m // أكدت فرنسا دعمها للرئيس: the verbal noun, not the verb
	}
	// Negation and conditions in the few words before the trigger.
	future := strings.HasSuffix(s.toks[i].Prefix, "س")
	// A negation governs the clause: لن تطلب الإذن من حكومة الأسد لشن ضربات.
	// So do the readings Detect rules out: a possibility or a call (خيار شن
	// ضربات), تظاهر بـ (pretend), فجر أمس (dawn), an attack in words (هجوم
	// إعلامي), the matter of a case or inquiry (قضية اغتيال).
	if negated(s, i) || verbalNoun(s, i, t) || t.noun && drone(s, i) || modal(s, i) || pretend(s, i, n, t) ||
		dawn(s, i, n) || figurative(s, i, n, t) || sporting(s, i, n, t) || disaster(s, i, n, t) || called(s, i) || charged(s, i) || accused(s, i) || named(s, i) || hypothetical(s, i, n) || t.code[:2] != "14" && purposeBefore(s, i) || feared(s, i) || sought(s, i) || convicted(s, i, n, t) || (t.noun || t.present) && drafted(s, i) || t.noun && judged(s, i, t) || t.noun && (seized(s, i) || seizedAfter(s, i+n)) || t.code == "173" && near(s, i+n, 6, bodies) || t.noun && (background(s, i) || t.code[:2] == "14" && setting(s, i, true)) {
		return marsad.Event{}, false
	}
	if !t.noun && t.present && t.code[:2] != "14" && s.toks[i].Prefix == "" && nounSubject(s, i) {
		// أصوات داخل البرلمان وخارجه تنتقد الحكومة البريطانية: a noun
		// no actor names stands before the verb as its subject; the actor
		// after it is the object.
		return marsad.Event{}, false
	}
	if i > 1 && !t.noun && t.present && wasForms[strings.TrimLeft(s.toks[i-1].Norm, "و")] && s.toks[i-2].Kind == marsad.TokenWord && s.toks[i-2].Prefix == "" && !s.inActor(i-2) && !relatives[s.toks[i-2].Norm] {
		// شرطيا يدفع امرأة كانت تحتج: the noun before كانت is the
		// subject, which no actor names.
		return marsad.Event{}, false
	}
	if i > 0 && !t.noun && t.present && strings.TrimLeft(s.toks[i-1].Norm, "و") == "قد" {
		return marsad.Event{}, false // قد تشن هجوما: may, not did
	}
	if t.noun && i > 1 && (easingWords[s.keys[i-1]] || easingWords[s.toks[i-1].Norm]) && (called(s, i-1) || modal(s, i-1) || sought(s, i-1) || near(s, max(0, i-6), i-1-max(0, i-6), []string{"تامر", "يامر", "امرت", "امر"})) {
		return marsad.Event{}, false // تطالب الولايات المتحدة بتخفيف العقوبات: easing asked for, not done
	}
	if t.code[:2] != "07" && (t.noun || i > 0 && (stops[s.keys[i-1]] || stops[strings.TrimLeft(s.keys[i-1], "-و")])) && stopped(s, i) {
		return marsad.Event{}, false // بإجبار الجيش على التوقف عن إطلاق الرصاص: stopping is not doing
	}
	if t.code[:2] == "12" && !t.noun && near(s, i+n, 4, declined) {
		return marsad.Event{}, false // رفض البيت الأبيض التعليق على الزيارة: no comment, no rejection
	}
	if deniedReport(s, i) {
		return marsad.Event{}, false // نفى الأنباء التي تحدثت عن قصف مناطق سورية: a report denied
	}
	if t.noun && deniedNoun(s, i) {
		return marsad.Event{}, false // نفى فيها وزير الخارجية الإيراني، جواد ظريف تسليح الحوثيين
	}
	if i > 1 && t.noun && bearers[strings.TrimLeft(s.keys[i-1], "و")] && (modal(s, i-1) || hypothetical(s, i-1, 1) || strings.TrimLeft(s.toks[i-1].Prefix, "و") == "ل") {
		// احتمال أن تسهل شن هجوم، يتدرب لتنفيذ هجمات: doubted or aimed at, not done.
		return marsad.Event{}, false
	}
	if t.code == "112" && !t.noun && i+n < len(s.toks) && chargeNext(s, i+n) {
		// الذي اتهم باغتيال الرئيس الأميركي، اليمن أين تتهم بدعم الحوثيين:
		// a charge right after the verb leaves the accused unnamed after
		// it (a passive); a name after the charge is its victim.
		return marsad.Event{}, false
	}
	if t.code[:2] == "14" && t.noun && i > 1 && s.keys[i-1] == "تنظيم" && s.toks[i-2].Norm == "عن" {
		return marsad.Event{}, false // أعلنت منظمات عن تنظيم مسيرة: announced, not yet held
	}
	if t.code[:2] == "14" && t.noun && i > 0 && (s.keys[i-1] == "ستار" || s.keys[i-1] == "غطاء") {
		return marsad.Event{}, false // يحاولون شن هجمات تحت ستار الاحتجاجات: a cover, not a protest
	}
	if i > 1 && s.toks[i-1].Norm == "عن" && strings.TrimLeft(s.toks[i-2].Norm, "و") == "قيل" {
		return marsad.Event{}, false // سمعت قيل عن اغتيال الرئيس الأسد: hearsay, no act
	}
	if t.code[:2] == "16" && talkedOf(s, i) {
		return marsad.Event{}, false // من السابق لأوانه الحديث عن عقوبات: talked of, not imposed
	}
	if t.code[:2] == "07" && i > 0 && armsCompounds[strings.TrimLeft(s.keys[i-1], "و")] {
		return marsad.Event{}, false // أنظمة التسليح، سباق التسلح: a kind of thing, not arms given
	}
	if t.code[:2] == "18" && !t.noun && i > 0 && strings.HasPrefix(s.toks[i].Prefix, "و") && violentNouns[s.keys[i-1]] {
		return marsad.Event{}, false // لحظات مواجهة وقتل خاشقجي: a noun of the act, its victim named after it
	}
	if purposed(s, i) {
		return marsad.Event{}, false // من أجل فرض عقوبات ضد إيران: the aim of a proposal
	}
	if i > 2 && s.toks[i-1].Norm == "في" && near(s, max(0, i-4), i-1-max(0, i-4), []string{"دور", "دورا", "الدور", "بدور"}) {
		// لعبت دورا حاسما في دعم القوات الأمنية: the one with the role
		// acts; the name after the verbal noun is its object, not its doer.
		return marsad.Event{}, false
	}
	if t.code[:2] == "19" && !t.noun && near(s, max(0, i-6), i-max(0, i-6)+n+2, sanctionWords) {
		return marsad.Event{}, false // القطاعات التي تستهدفها العقوبات: sanctions aim, they do not strike
	}
	if t.code[:2] == "14" && near(s, max(0, i-8), n+16, celebrations) {
		return marsad.Event{}, false // تجمع ألوف في الشارع فرحين بالفوز: a celebration, not a protest
	}
	if t.code[:2] == "13" && !t.noun && i+n < len(s.toks) && endangered[s.keys[i+n]] {
		return marsad.Event{}, false // يهدد خصوصية العملاء، تهدد الأمن: endangers, no one threatens
	}
	if !t.noun && t.present && i > 0 && s.toks[i-1].Norm == "الا" {
		return marsad.Event{}, false // ألا يزور رئيس روسي الولايات المتحدة: that he not visit
	}
	if !t.noun && !forceRoots[t.code[:2]] && voweledPassive(s.toks[i]) {
		return marsad.Event{}, false // وحُمّل مسؤولية أداء ألمانيا: held responsible, by no one named
	}
	if t.code == "051" && !t.noun && strings.Contains(t.words[0], "رحب") && welcomesGuests(s, i+n) {
		return marsad.Event{}, false // رحب فريدمان بالحضور: a host greets his guests, he endorses no one
	}
	if t.noun && i > 1 && strings.TrimLeft(s.toks[i-1].Prefix, "و") == "ل" && preparing[s.keys[i-2]] {
		return marsad.Event{}, false // أميركا تعد لفرض عقوبات: prepared, not done
	}
	if t.code[:2] == "12" && !t.noun && i+n < len(s.toks) && silences[s.keys[i+n]] {
		return marsad.Event{}, false // يرفض الصمت على اختفاء خاشقجي: refuses to keep quiet, rejects no one
	}
	if i > 0 && t.noun {
		// فرض عقوبات: the verb of the same act before the noun carries
		// its negation, call or plan (دعا إلى فرض عقوبات).
		if v, _ := c.match(s, i-1); v != nil && !v.noun && v.code == t.code && (negated(s, i-1) || modal(s, i-1) || called(s, i-1) || hypothetical(s, i-1, 1) || feared(s, i-1) || sought(s, i-1) || expected(s, i-1)) {
			return marsad.Event{}, false
		}
	}
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		if intents[s.toks[k].Norm] || intents[strings.TrimPrefix(s.toks[k].Norm, "و")] {
			future = true
		}
	}
	if i > 0 && t.noun {
		// ستفرض عقوبات: the verb of the same act before the noun, in the
		// future, makes it an intent.
		if v, _ := c.match(s, i-1); v != nil && !v.noun && v.code == t.code && strings.Contains(s.toks[i-1].Prefix, "س") {
			future = true
		}
	}
	if threatened(s, i) {
		future = true // توعد ترامب بشن ضربات: a threat of force, not force
	}
	if t.code[:2] == "04" && i > 1 && s.toks[i-1].Norm == "الي" {
		// ويسعى دي ميستورا إلى عقد اجتماع مع إيران: a meeting sought,
		// its seeker named between, is an intent to meet.
		for k := i - 2; k >= 0 && k >= i-5 && s.toks[k].Kind == marsad.TokenWord; k-- {
			if seeking[s.keys[k]] || seeking[strings.TrimPrefix(s.toks[k].Norm, "و")] {
				future = true
			}
		}
	}
	if t.code[:2] == "04" && coincides(s, i, n) {
		return marsad.Event{}, false // وهو ما يلتقي مع الموقف الأمريكي: agrees with, meets no one
	}
	if expected(s, i) {
		// ويتوقع أن يبحث ولي العهد مع الرئيس المصري: a meeting to come is
		// an intent to meet; any other act expected has not happened.
		if t.code[:2] != "04" {
			return marsad.Event{}, false
		}
		future = true
	}
	if !future && t.code[:2] == "14" && t.noun {
		// يعتزم موظفو الأمم المتحدة في جنيف الإضراب: the intent opens the
		// clause, further back than for other acts.
		for k := i - 1; k >= 0 && k >= i-8 && s.toks[k].Kind != marsad.TokenPunct; k-- {
			if intents[s.toks[k].Norm] || intents[strings.TrimPrefix(s.toks[k].Norm, "و")] {
				future = true
			}
		}
	}
	if t.code[:2] == "14" && t.noun && (objectedBy(s, i+n) || i+n < len(s.toks) && formalProtest[s.keys[i+n]]) {
		return marsad.Event{}, false // موجة من الاحتجاجات خصوصا من الرئيس: objections by officials, not a march
	}
	if t.code[:2] == "14" && t.noun && near(s, i+n, 2, []string{"غد", "الغد", "غدا"}) {
		return marsad.Event{}, false // مظاهرات يوم غد: a protest to come has not been held
	}
	if t.code[:2] == "14" && t.noun && organiseAsked(s, i) {
		return marsad.Event{}, false // طالب بعض المشجعين بتنظيم مظاهرة: asked for, not held
	}
	if future && t.code[:2] == "14" {
		return marsad.Event{}, false // يعتزم الموظفون الإضراب: a protest planned has not been held
	}
	code := sense(s, i, n, t)
	var src, tgt *actor.Found
	actorsAfter := func(from int) []*actor.Found {
		var out []*actor.Found
		for k := range s.found {
			if f := &s.found[k]; f.Start >= from && !f.Place {
				out = append(out, f)
			}
		}
		return out
	}
	before := func(limit int) *actor.Found {
		var best *actor.Found
		for k := range s.found {
			if f := &s.found[k]; f.End <= i && f.End >= i-limit && !f.Place {
				if f.Adjective && best != nil && best.End == f.Start {
					continue // ميليشيات الحوثي الإيرانية: the adjective qualifies the name before
				}
				if f.Adjective && thingAdjective(s, f) && !(best != nil && best.End == f.Start) {
					continue // تحت السيطرة الإيرانية أو الروسية، فرض عقوبات: the adjective of a thing does nothing
				}
				if helper(s, f) {
					continue // بدعم من الولايات المتحدة وبريطانيا في شن غارات: they back the doer
				}
				if closedRelative(s, f, i) {
					continue // الولايات المتحدة، التي ساندت التنديد البريطاني، عقوبات: inside an aside
				}
				best = f
			}
		}
		return best
	}
	after := actorsAfter(i + n)
	byFrame := func(from int) *actor.Found {
		if len(t.frame) == 0 {
			// The noun's object in the same clause, a few words on: not a
			// name in the next clause (قصف المعارضة ... إذا تقدمت القوات).
			for _, f := range actorsAfter(from) {
				if f.Start > from+4 || boundary(s, from, f.Start) {
					return nil
				}
				if strings.HasSuffix(s.toks[f.Start].Prefix, "ل") || t.code[:2] != "19" && f.Start > 0 && s.toks[f.Start-1].Norm == "مع" {
					// تزامن التفجير مع هجوم مسلح لطالبان: the owner of
					// another noun; with مع only clashes take a party.
					return nil
				}
				return f
			}
			return nil
		}
		reach := frameReach(t)
		for k := from; k < len(s.toks) && k < from+reach; k++ {
			if c.frameStops(s, from, k) || agreedOn(s, t, k) {
				break
			}
			if c.isPrep(s, k, t.frame) && !replying(s, k) && !(k > 0 && concerned[s.keys[k-1]]) && !resumedPrep(s, from, k) {
				for _, f := range actorsAfter(k) {
					if elsewhere(s, t, k, f) {
						break
					}
					if f.Start <= k+3 && !warnedTopic(s, t, k, f) && !(onGround(s, f)) && !helper(s, f) {
						if c.qualifyingVerb(s, k+1, f.Start) {
							return nil // هجوم على قوات تدعمها الولايات المتحدة: the backer is no target
						}
						return f
					}
					break
				}
				if fromOnly(t) {
					return nil // the first من brings the one asked, as in object
				}
			}
		}
		return nil
	}
	elided := false // the subject is someone named before, not the speaker
	if t.noun {
		// The doer: an adjective or "بقيادة X" after the noun, else the
		// actor named just before it (أعلن أوباما بدء الضربات).
		if t.stance {
			// أكدت مصر دعمها للسعودية: the owner of the stance is the
			// subject of the verb of stating, not an adjective after it.
			if src = stanceOwner(s, i, t.needs); src == nil {
				return marsad.Event{}, false
			}
		}
		for _, f := range after {
			if src == nil && f.Start <= i+n+1 && f.Adjective {
				src = f
			}
			break
		}
		if violent := t.code[:2] == "18" || t.code[:2] == "19" || t.code[:2] == "20"; src == nil && violent && !slices.Contains(t.frame, "ل") {
			// قصف مدفعي وجوي للتحالف العربي: the owner of the act, named
			// with ل after the noun and its adjectives, did it; so did the
			// owner of the planes named so (غارات لطيران التحالف).
			for _, f := range after {
				owner := f.Start <= i+n+2 && strings.TrimLeft(s.toks[f.Start].Prefix, "و") == "ل" ||
					f.Start == i+n+1 && strings.TrimLeft(s.toks[i+n].Prefix, "و") == "ل" && agentHeads[s.keys[i+n]]
				if owner && !f.Adjective && !f.Place {
					src = f
				}
				break
			}
		}
		if src == nil {
			for k := i + n; k < len(s.toks) && k < i+n+6; k++ {
				if (s.keys[k] == "قياده" || s.keys[k] == "بقياده") && !leads(s, k) {
					for _, f := range actorsAfter(k + 1) {
						if f.Start <= k+2 {
							src = f
						}
						break
					}
				}
			}
		}
		planted := false // لغم زرعته ميليشيات الحوثي: the doer follows
		if src == nil {
			src = relativeDoer(s, i+n) // الضربات التي شنتها الدول الغربية
			planted = src != nil && src.Start > i
		}
		if src == nil && violentRoot(t.code) {
			src = leftBy(s, i+n) // لغم من مخلفات تنظيم داعش
			planted = src != nil
		}
		if src == nil {
			src = agentAfter(s, i+n) // عمليات طعن وقتل من قبل فلسطينيين
		}
		objectFrom := i + n
		if g := genitiveDoer(s, t, i+n, after); src == nil && g != nil {
			// اختطاف الحوثيين نحو 17800 شخص: the genitive of a violent
			// noun with its own object counted after it did the act.
			src, objectFrom = g, g.End
		}

		passive := s.toks[i].Prefix == "ل" && undergoes(s, i)
		// دعمها لجماعات ... خاصة حزب الله وتسليحها لميليشيات الحوثي: a
		// noun joined by و with a possessive pronoun has its doer in the
		// pronoun, not in the name before it (which a support verb would
		// govern: شنت تركيا هجومها).
		owned := s.toks[i+n-1].Suffix != "" && strings.HasPrefix(s.toks[i].Prefix, "و")
		if src == nil && !passive && !owned {
			// فرقت الشرطة تظاهرة: the police do not march.
			if b := before(5); b != nil && !(t.code[:2] == "14" && (force(b) || occupier(s, b) || authority(b) || suppressed(s, b.Start-3, i) || commaBetween(s, b.End, i) || joinedToGoverned(s, b) || relativeBetween(s, b.End, i))) && !governed(s, b) && !possessed(s, b) && !clauseBetween(s, b.End, i) && !c.reacts(s, b.Start-3, b.Start) && !c.reacts(s, b.End, i) && !causeBetween(s, b.End, i) && !c.reactsInClause(s, b.Start) {
				src = b
			}
		}
		tgt = byFrame(objectFrom)
		if tgt == nil && passive {
			// يتعرضون لضربات: the subject is the target; a named actor
			// rather than a nationality adjective on the way.
			for k := len(s.found) - 1; k >= 0; k-- {
				if f := &s.found[k]; f.End <= i && f.End >= i-14 && !f.Place && !f.Adjective && (!governed(s, f) || antecedentOf(s, f) || loyalTo(s, f)) {
					tgt = f // not a name after a preposition: المحاذية للحدود مع العراق; but العلاقة مع تركيا التي تعرضت
					break
				}
			}
		}
		if tgt == nil && len(t.frame) > 0 && t.frame[0] == "ل" {
			tgt = byFrame(i + n)
		}
		if planted && (tgt == nil || tgt == src) && violentRoot(t.code) {
			// قتلت أم يمنية بانفجار لغم زرعته ميليشيات الحوثي: those the
			// casualty verb before the noun names are the victims.
			tgt = casualtyBefore(s, i)
		}
		if tgt != nil && tgt.Start > i+n && i > 0 && effectNouns[s.keys[i-1]] {
			// تأثير العقوبات الأمريكية على الشركات الأوروبية: what
			// follows على is where the effect falls, not the target.
			tgt = nil
		}
	} else {
		// VSO: a subject soon after the verb (its title and name may come
		// first: التقى المبعوث الأممي إلى اليمن مارتن غريفيث), not the
		// object of a preposition; else SVO: the actor before it.
		var subj *actor.Found
		for _, f := range after {
			if f.Start > i+n+6 || adverbialBetween(s, i+n, f.Start) {
				break // يزور العاصمة الإيرانية منذ أعلنت الولايات المتحدة
			}
			if auxiliaryBetween(s, i+n, f.Start) {
				break // يناقش الوزراء اقتراحات كانت قدمتها فرنسا: the subject of another clause
			}
			if relativeAmong(s, i+n, f.Start) {
				break // طلب قائد العملية التي قتل فيها بن لادن: a name of the relative clause
			}
			if slices.Contains(t.frame, "ب") && f.Start > i+n && framedWith(s, i+n, f.Start, "ب") {
				break // وأشادت بتغيير باراغواي موقفها: a name in the object after ب is no subject
			}
			if f.Adjective && f.Start == i+n+1 && stanceNouns[strings.TrimPrefix(s.keys[i+n], "ال")] {
				continue // تدعم الموقف الأمريكي: the position is backed; it backs nothing
			}
			if f.Adjective && f.Start > i+n+1 && !(t.code[:2] == "14" && quantityBetween(s, i+n, f.Start)) {
				continue // an adjective further on qualifies the object: انتقد البيان التدخلات الإيرانية
			}
			if !governed(s, f) && !possessed(s, f) && !example(s, f) || ofHead(s, f, agentHeads) && f.Start <= i+n+2 {
				subj = f // شنت طائرات للتحالف غارات: the planes of the coalition
				break
			}
		}
		if subj != nil && subj.Start == i+n && subj.Role != "" && oblique(s.keys[subj.Start]) {
			// ودعمت متمردين موالين لروسيا: a sound plural in -ين is not
			// in the subject's case; the rebels are supported.
			subj = nil
		}
		if subj != nil && subj.Start <= i+n+1 && !t.plural && !t.first && clearlyFinite(s, i, t) && masculine(s, i, n) && i+n < len(s.toks) && womenTitles[strings.TrimPrefix(s.keys[i+n], "ال")] {
			// قبل أن يلتقي رئيسة الحكومة البورمية: a masculine verb and a
			// woman's title after it; she is met, the subject is elided.
			subj = nil
		}
		if subj != nil && (subj.Start == i+n || subj.Start == i+n+1 && resumptives[s.toks[i+n].Norm]) && !t.plural && !t.first && !masdar(s, i, t) && clearlyFinite(s, i, t) && masculine(s, i, n) && (feminineState(subj) || feminineBody(s, subj)) {
			// ، وانتقد روسيا لدعمها دمشق، ترامب يدعو كوريا الشمالية: a
			// masculine verb does not agree with a state named after it;
			// its subject is someone named before, and the state is its
			// object.
			subj = nil
		}
		if subj != nil && subj.Start == i+n && !t.plural && !t.first && t.present && feminineVerb(s, i, n) && masculineHead(s, subj) {
			// وتدعم حزب الله في سورية: a feminine verb does not agree
			// with a masculine body named after it; its subject was named
			// before, and the body is its object. Nor is a speaker the
			// subject of a verb in the third person.
			subj, elided = nil, true
			if i > 0 && s.toks[i-1].Kind == marsad.TokenWord && !s.inActor(i-1) && !relatives[s.toks[i-1].Norm] {
				return marsad.Event{}, false // وثائق تدين النظام: a noun before it is its subject
			}
		}
		if anaphoricSubject(s, i) {
			// وكان الأول قد التقى الزعيم الكوري الشمالي: the subject is
			// someone named in an earlier sentence; the name after the
			// verb is its object.
			return marsad.Event{}, false
		}
		if pronounSubject(s, i) && !t.plural {
			// ويدعى بأنه ناقش سياسات الشرق الأوسط مع ...، قال إنه يدعم:
			// the pronoun of أن is the subject; what follows is the object.
			subj = nil
		}
		if code == "112" && strings.HasPrefix(t.words[0], "حمل") && subj != nil && subj.Start == i+n && subj.End < len(s.toks) && responsibility[s.keys[subj.End]] {
			// وحمّلت الولايات المتحدة مسؤولية دماء الضحايا: one name
			// before the responsibility is the one held responsible; the
			// subject was named before.
			tgt, subj = subj, nil
			if src = subjectBefore(s, i, 8); src == nil {
				if q := speakerQuote(s, i); q == nil || q.Speaker == nil {
					return marsad.Event{}, false
				}
			}
		}
		if (code == "042" || code == "043") && subj != nil && visited(subj) {
			// زار العاصمة الصينية بكين، سيزور إسرائيل: a country or
			// capital after the verb is the place visited; the visitor
			// stands before the verb or is unknown.
			tgt, subj = subj, nil
			if src = visitor(s, i); src == nil {
				return marsad.Event{}, false
			}
		}
		if attackSubject(s, i) {
			// اعتداء استهدف مقر قيادة الجيش، غارة تركية استهدفت مستشفى:
			// the attack is the subject; its adjective names the doer, and
			// the actor after the verb is the target.
			src, subj = nil, nil
			if f := before(1); f != nil && f.Adjective {
				src = f
			}
			tgt = c.object(s, nil, i+n, src, false)
			if src == nil || tgt == nil {
				return marsad.Event{}, false
			}
		}
		switch {
		case src != nil:
		case t.first:
			// ندعم، نرفض: the speaker of the quotation does it; what
			// follows is the object.
			tgt = c.object(s, t, i+n, nil, false)
		case c.passive(s, i, n, t):
			// قتل خمسة جنود، روس قتلوا في اشتباك: the victim is the
			// target, the doer comes from على يد / برصاص ... or is unknown.
			src, tgt = c.passiveActors(s, i, n)
			if src == nil {
				return marsad.Event{}, false
			}
		case relative(s, i) && antecedent(s, i) == nil && t.code[:2] != "14" && !objectPronoun(s, i+n-1) && !pronounLater(s, i+n):
			// التقرير الذي اتهم إسرائيل، صدام (حسين) الذي قتل آلاف
			// الإيرانيين: no pronoun in the clause refers back, so the
			// subject is the antecedent, which names no actor here; the
			// name after the verb is its object.
			return marsad.Event{}, false
		case relative(s, i) && antecedent(s, i) != nil && !(antecedent(s, i).Adjective && subj != nil && subj.Start == i+n && !objectPronoun(s, i+n-1)) &&
			!(subj != nil && subj.Start == i+n+1 && resumptives[s.toks[i+n].Norm]):
			// (البيان الذي أدانت فيه حماس الضربة: the pronoun of فيه
			// is the antecedent; the name after it is the subject.)
			// An adjective antecedent with a name right after the verb
			// qualifies a place or a thing (خان شيخون السورية التي تتهم
			// واشنطن النظام): the name is the subject.
			// إسرائيل التي تتهم الاتحاد الأوروبي: the antecedent does it;
			// الحكومة التي تدعمها روسيا: the antecedent undergoes it.
			a := antecedent(s, i)
			if !objectPronoun(s, i+n-1) && i+n < len(s.toks) && s.toks[i+n].Kind == marsad.TokenWord && strings.HasPrefix(s.toks[i+n].Prefix, "و") {
				// أسر الجنود الأمريكيين الذين قتلوا وأعضاء الكونغرس: the
				// verb ends its clause; what و joins next is another item
				// of the list, not its object.
				return marsad.Event{}, false
			}
			if objectPronoun(s, i+n-1) && t.plural && a.Adjective && !singularAdjective(s, a) {
				// الليبيين الذين يتهمونه: a plural verb agrees with its
				// people; the pronoun is someone named elsewhere.
				return marsad.Event{}, false
			} else if objectPronoun(s, i+n-1) || len(t.frame) > 0 && i+n < len(s.toks) && s.toks[i+n].Suffix != "" && c.isPrep(s, i+n, t.frame) && subj != nil && subj.Start > i+n {
				// الجماعة التي طلبت منها قطر المغادرة: the pronoun after the
				// frame's preposition is the antecedent; the name after it
				// is the subject.
				src, tgt = subj, a
			} else {
				src, tgt = a, c.target(s, t, i+n, a)
			}
		case !t.plural && len(t.frame) > 0 && i+n < len(s.toks) && (s.toks[i+n].Suffix != "" || pronounPreps[s.toks[i+n].Norm]) && c.isPrep(s, i+n, t.frame) && subjectAfterPronoun(s, i+n, subj) && adjacent(s, i) != nil:
			// 13 روسيا وجه لهم المحقق مولر اتهامات، الوزير التركي اتصل
			// به نظيره الروسي: the pronoun on the frame's preposition
			// takes up the name before the verb, which is the object; the
			// name right after is the subject.
			src, tgt = subj, adjacent(s, i)
		case t.plural || adjacent(s, i) != nil:
			// هاجموا، سوريا تدين: the subject stands before the verb (a
			// verb before its subject is singular); what follows is the
			// object.
			src = adjacent(s, i)
			if src == nil {
				src = subjectBefore(s, i, 8)
			}
			if !objectPronoun(s, i+n-1) {
				tgt = c.target(s, t, i+n, src)
			}
		case subj != nil && unknownSubject(s, i+n, subj):
			// دعا التقرير إيران إلى، اتهم البيان واشنطن: a subject the
			// lexicon does not know; the actor after it is the object.
			return marsad.Event{}, false
		case subj != nil && !t.noun && unlinkedBefore(d, s, i):
			// أن أنتونوف التقى مبعوث الولايات المتحدة: the subject is a
			// name before the verb that the linker misses; the actor after
			// it is the object.
			return marsad.Event{}, false
		case subj != nil && unlinkedSubject(d, s, i+n, subj.Start):
			// ويتهم مادورو الولايات المتحدة: the subject is a name the
			// linker misses and the actor after it is the object.
			return marsad.Event{}, false
		case subj != nil && topical(t) && subj.Start == i+n+1 && !subj.Adjective && s.toks[i+n].Kind == marsad.TokenWord && s.toks[i+n].Prefix == "" && !s.inActor(i+n):
			// بأن يبحث وساطة الكويت لحل خلاف المملكة مع قطر: the matter
			// discussed comes first, its genitive is no subject.
			return marsad.Event{}, false
		case subj != nil && !lightVerb(s, i) && (subj.Start <= i+n+2 || before(8) == nil || t.code[:2] == "14" && counted(s, subj)):
			// احتشد في وسط العاصمة حوالى ألفي متظاهر: a crowd counted
			// after the verb is its subject, however far.
			src = subj
			// A conjoined subject of a joint act: وقعت تونس والاتحاد الأوروبي اتفاقا.
			if isJoint(code) && (len(t.frame) == 0 || c.object(s, t, conjuncts(s, after, src), src, false) == nil) {
				// ويلتقي وزراء خارجية بريطانيا والصين ... بنظيرهم الإيراني:
				// the partner the frame brings comes first.
				e := src.End
				for _, f := range after {
					if f.Start == e && f.Ref != nil && f.Ref.Code == src.Ref.Code && !strings.HasPrefix(s.toks[f.Start].Prefix, "و") {
						e = f.End // المستشارة الألمانية أنغيلا ميركل والرئيس الروسي: her name, then the partner
					}
					if f.Start == e && strings.HasPrefix(s.toks[f.Start].Prefix, "و") && f.Ref.Code != src.Ref.Code {
						tgt = f
					}
				}
			}
			end := src.End
			if tgt == nil {
				// Any other act: the conjoined names are all doers
				// (اتهمت موسكو وطهران واشنطن).
				end = conjuncts(s, after, src)
			}
			if tgt == nil && len(t.frame) > 0 {
				// حذرت تركيا الحكومة السورية من: a direct object before
				// the frame's preposition is the target.
				if o := c.directObject(s, end, src); o != nil {
					tgt = o
				} else if !(s.unknownAt(end) && bare(src)) {
					tgt = byFrame(end)
				}
			}
			if tgt != nil && tgt.Ref.Code == src.Ref.Code {
				tgt = nil // the subject's own name in apposition
			}
			if tgt == nil && (len(t.frame) == 0 || isJoint(code) && !topical(t)) && !objectPronoun(s, i+n-1) {
				// The direct object, skipping the subject's own name in
				// apposition (وزير الخارجية الروسي سيرغي لافروف).
				tgt = c.object(s, nil, end, src, false)
			}
		default:
			if !participlePronoun(s, i) {
				src = subjectBefore(s, i, 8)
			}
			if src != nil && (causeBetween(s, src.End, i) || c.reacts(s, src.End, i)) {
				src = nil // تعبر الدول الغربية عن قلقها بشأن قتل الشرطة: they react
			}
			if src != nil && s.toks[i+n-1].Suffix != "" && i > 0 && preps[strings.TrimPrefix(s.toks[i-1].Norm, "و")] && nounGenitive(s, src) {
				// عودة الفلسطينيين إلى المفاوضات بالرغم من دعمه لإسرائيل: the
				// genitive of another noun does not own the pronoun of دعمه.
				src = nil
			}
			switch {
			case len(t.frame) > 0:
				tgt = byFrame(i + n)
			case !objectPronoun(s, i+n-1):
				tgt = c.object(s, nil, i+n, src, true)
			}
		}
	}
	if code == "043" && crowdReceived(s, i+n) {
		return marsad.Event{}, false // استقبلت تركيا 3.5 مليون لاجئ: refugees or tourists taken in, no visit hosted
	}
	if tgt != nil && code[:2] == "10" && demandedThing(s, i+n, src, tgt) {
		tgt = nil // طالبت بريطانيا بإجراء تحقيق في اختفاء خاشقجي: what is demanded, not of whom
	}
	if tgt == nil && src != nil && placeTargets(code) && !governedList(s, src) {
		from := i + n
		if src.Start >= from {
			from = src.End
		}
		tgt = c.placeObject(s, t, from)
	}
	if v := receiving(s, i); v >= 0 {
		if g := giver(s, i+n); g != nil {
			// تلقت أنقرة جرعة دعم من قطر: the one named after من gives,
			// the one who receives is the target (the trigger is a noun
			// whatever its form).
			src, tgt = g, receiver(s, v, i)
		}
	}
	if code[:2] == "14" && src != nil && src.Ref != nil && force(src) {
		return marsad.Event{}, false // برصاص الجيش الإسرائيلي أثناء تظاهرهم: soldiers do not march
	}
	if code == "161" && src != nil && src.Start >= i+n && envoyHeads[strings.TrimPrefix(s.keys[src.Start], "ال")] {
		return marsad.Event{}, false // وطرد السفير الإيراني في الرباط: the envoy is expelled, he expels no one
	}
	if code[:2] == "14" && !t.noun && (forceGathers(s, i+n) || forceBefore(s, i)) {
		return marsad.Event{}, false // واحتشد أفراد من الشرطة لمنع المتظاهرين: the police gather, they do not march
	}
	if code[:2] == "14" && !t.noun && movement(t.words[0]) && src != nil && src.Ref != nil && armed(src.Ref.Code) {
		return marsad.Event{}, false // نزلت ميليشيات الحشد الشعبي إلى الشوارع: deployed, not protesting
	}
	if code == "141" && t.noun && src != nil && src.Ref != nil && strings.HasPrefix(src.Ref.ID, "person/") && (strings.HasSuffix(src.Ref.Code, "GOV") || strings.HasSuffix(src.Ref.Code, "JUD")) {
		code = "114" // موجة من الاحتجاجات من قبل الرئيس ريفلين: a president objects, he does not march
	}
	if code == "141" && !t.noun && strings.Contains(t.words[0], "حتج") && src != nil && src.Ref != nil && state(src.Ref.Code) && strings.HasSuffix(src.Ref.Code, "GOV") {
		code = "114" // احتجت السلطات السورية على ...: a government complains, it does not march
	}
	if code[:2] == "14" && src == nil {
		// Protesters with no named actor are the people of the place
		// where they march (تظاهر الآلاف في غزة), not of a place named
		// in what they march for or in another clause.
		src = protestPlace(s, i, n, t.noun)
		if src == nil && tgt == nil {
			tgt = missionTarget(s, i+n) // الاحتجاجات التي استهدفت السفارة الإيرانية في بريطانيا: at Iran's mission
		}
	}
	if src != nil && src.Place && tgt != nil && tgt.Ref != nil && src.Ref != nil && tgt.Ref.Code[:3] == src.Ref.Code[:3] {
		tgt = nil // تظاهر الآلاف في برلين ضد الحكومة الألمانية: their own government; the place stays the source
	}
	if code[:2] == "14" && src != nil && src.Start > 0 && opposed[s.keys[src.Start-1]] {
		return marsad.Event{}, false // احتجاجات مناهضة للأمريكيين: what they protest against, not who
	}
	if tgt == nil && code[:2] == "14" {
		// A protest needs no target.
		if src != nil {
			srcM := mentionOf(d, s, src)
			return c.finish(d, s, i, n, t, code, srcM, nil), true
		}
		return marsad.Event{}, false
	}
	if tgt != nil && !t.noun && (t.code[:2] == "11" || t.code[:2] == "12") && tgt.Start >= i+n && referenced(s, i+n, tgt) {
		// أدان الهجوم على عميل المخابرات الروسية: the victim of the attack
		// condemned is not the one condemned.
		return marsad.Event{}, false
	}
	if tgt != nil && !t.noun && (code[:2] == "11" || code[:2] == "12") && tgt.Start > i+n+1 && s.toks[tgt.Start-1].Norm == "ضد" && near(s, i+n, tgt.Start-i-n, keysOf(violenceNouns)) {
		return marsad.Event{}, false // أدانت العنف ضد الفلسطينيين: the victims are not condemned
	}
	if code[:2] == "02" && !t.noun && tgt != nil && tgt.Start > i+n && callFor(s, i+n, tgt.Start) {
		return marsad.Event{}, false // يدعو إلى إعطاء مساحة للسعوديين: a call for an act names no one called on
	}
	if code[:2] == "12" && tgt != nil && tgt.Start > i+n && calledOn(s, i+n, tgt.Start) {
		return marsad.Event{}, false // رفضت سوريا الدعوات لسحب إيران قواتها: the one called on is not rejected
	}
	if code[:2] == "12" && tgt != nil && tgt.Start > i+n && !tgt.Adjective && handingBetween(s, i+n, tgt.Start) {
		// ترفض تسليم فتح الله غولن: the one to be handed over is not the
		// one refused (but تسليم القس الأمريكي: his country asked).
		return marsad.Event{}, false
	}
	if code[:2] == "12" && tgt != nil && tgt.Start > i+n && c.actNounBetween(s, i+n, tgt.Start) {
		return marsad.Event{}, false // يرفض وقف تسليح السعودية: the act refused is the object, its party is not
	}
	if code[:3] == "112" && !t.noun && tgt != nil && tgt.Start > i+n && chargeBefore(s, i+n, tgt, src) {
		return marsad.Event{}, false // واتهمت تركيا فاركاس بدعم العمال الكردستاني: the party of the charge is not the accused
	}
	if code[:3] == "112" && src != nil && tgt != nil && tgt.Start > src.End && accusedOf(s, src.End, tgt.Start) {
		return marsad.Event{}, false // وتتهم وحدات حماية الشعب بأنها الذراع السوري: the one accused, no accuser
	}
	if tgt != nil && tgt.Start > i+n+1 && s.toks[tgt.Start-1].Norm == "علي" && (code[:2] == "03" || code[:2] == "05" || code[:2] == "07") && (c.actNounBetween(s, i+n, tgt.Start-1) || anyIn(s.keys[i+n:tgt.Start-1], coupWords)) {
		// تتراجع واشنطن عن دعم الانقلاب على مادورو: support for an act
		// against him (but تدعم هجوم قوات الحكومة: the doer is supported).
		return marsad.Event{}, false
	}
	if tgt != nil && tgt.Start > 0 && (s.toks[tgt.Start-1].Norm == "ضد" || opposedBefore(s, tgt.Start)) && (code[:2] == "03" || code[:2] == "05" || code[:2] == "07") {
		return marsad.Event{}, false // حشد دعم موحد ضد إيران: support against Iran is not given to it
	}
	if code[:2] == "18" && !t.noun && t.plural && src != nil && src.End == i && counted(s, src) && strings.HasPrefix(strings.TrimLeft(s.keys[i], "وف"), "قتل") {
		return marsad.Event{}, false // أربعة مسلحين قتلوا أمام السفارة: counted and then قتلوا, they were killed
	}
	if src != nil && tgt != nil && src.End > i+n && src.End < len(s.toks) && strings.HasPrefix(s.toks[src.End].Prefix, "و") && !isJoint(code) &&
		(tgt.Start == src.End || tgt.Start <= src.End+3 && officeWords[strings.TrimPrefix(strings.TrimPrefix(s.keys[src.End], "و"), "ال")]) {
		return marsad.Event{}, false // وندد قادة بينهم الرئيس الفلسطيني وأمير الكويت: a second subject, not the target
	}
	if tgt != nil && tgt.Ref != nil && strings.HasSuffix(tgt.Ref.Code, "MED") && interviewBefore(s, tgt.Start) {
		return marsad.Event{}, false // هدد ولي العهد في مقابلة مع شبكة "سي بي إس": the outlet he spoke to
	}
	if code[:2] == "13" && strings.Contains(t.words[0], "حذر") && witnessAhead(s, i+n) {
		return marsad.Event{}, false // حذر ميركل بأن بلادها ستشهد موجة من اللاجئين: a fate foretold, no threat
	}
	if code[:2] == "13" && tgt != nil && strings.Contains(t.words[0], "حذر") && fateAfter(s, tgt.End) {
		return marsad.Event{}, false // حذر ألمانيا من أنها قد تشهد موجة لاجئين: a warning of what may befall it, no threat
	}
	if code[:2] <= "13" && src != nil && ascribed(s, src.Start) {
		return marsad.Event{}, false // معلومات نسبت للأمير القطري ينتقد فيها: words ascribed to him, perhaps never said
	}
	if !t.noun && (t.present || t.plural) && i > 0 && strings.TrimLeft(s.toks[i-1].Norm, "و") == "من" && s.toks[i-1].Kind == marsad.TokenWord {
		// ومن يدعمون احتفاظه بالسلاح: those who back it, unnamed, do it
		// (but من فرض الولايات المتحدة عقوبات: a verbal noun after from).
		return marsad.Event{}, false
	}
	if t.code == "112" && tgt != nil && tgt.Start > i+n {
		from := i + n
		if src != nil && src.Start >= from && src.End <= tgt.Start {
			from = src.End
		}
		if chargeBetween(s, from, tgt.Start) {
			tgt = nil // اتهمت النيابة الشخصين بالتعاون "مع جهاز الموساد": the charge names no one accused
		}
	}
	var srcM, tgtM *marsad.Mention
	if src != nil {
		srcM = mentionOf(d, s, src)
	} else if q := speakerQuote(s, i); !elided && q != nil && q.Speaker != nil && q.Speaker.Actor != nil && !t.noun && (code[:2] <= "13" || q.Kind == "direct") && !media(q.Speaker) && !(code[:2] >= "15" && unarmed(q.Speaker)) && (!t.plural || t.first) && !afterBareThat(s, i) && !thatNoun(s, i) && !resumed(s, i) && !otherReferent(s, i) && !reportedWithin(s, i) && !attributed(d, q.Speaker) && !relativeSubject(s, i) && !ownedAct(s, i, n) &&
		!(i+n < len(s.toks) && proxies[s.keys[i+n]]) && !othersNoun(s, q, i, t) {
		// A verbal event inside a quotation, or any act in the speaker's
		// own words ("أعلن اليوم فرض عقوبات"): its speaker. The speaker of
		// a report (غارات استهدفت قوات النظام، بحسب المرصد) did not strike,
		// nor does the speaker of a relative clause, whose subject is its
		// antecedent (إن بنس، الذي اتهمه).
		srcM = q.Speaker
	}
	if tgt != nil {
		tgtM = mentionOf(d, s, tgt)
	} else if lastAttacker != nil && code[:2] < "14" && near(s, i+n, 4, keysOf(eventNouns)) {
		tgtM = lastAttacker // شكك في شرعية الحملة الجوية: the campaign's leader
	}
	if srcM == nil && src == nil && code[:2] == "14" && tgt != nil && tgtM != nil && tgtM.Actor != nil && missionOf(s, i+n, tgt) {
		// تظاهر العشرات أمام السفارة الإيرانية في لندن: a protest at a
		// state's mission whose protesters are not told keeps no source.
		return c.finish(d, s, i, n, t, code, nil, tgtM), true
	}
	if srcM == nil || tgtM == nil || srcM.Actor == nil || tgtM.Actor == nil || srcM.Actor.Code == tgtM.Actor.Code || sameState(srcM.Actor.Code, tgtM.Actor.Code) && !(code[:2] == "14" && len(srcM.Actor.Code) == 3) {
		return marsad.Event{}, false
	}
	if code[:2] == "13" && ownOrgans(srcM.Actor.Code, tgtM.Actor.Code) {
		return marsad.Event{}, false // حذر نتانياهو من أن الجيش مستعد: his own army is no one he threatens
	}
	if code[:2] == "19" && (!t.noun || slices.Contains(attackWords, strings.TrimPrefix(s.keys[i], "ال")) && i+n < len(s.toks) && relatives[s.toks[i+n].Norm]) && (t.noun || attackWord(s, i, n, t) || near(s, i+n, 7, attackWords)) && (person(srcM) || leader(srcM) || srcM != nil && srcM.Actor != nil && strings.HasPrefix(srcM.Actor.ID, "person/")) && !near(s, max(0, i-4), n+14, forceWords) &&
		!(i > 0 && ownStates[s.toks[i-1].Norm]) {
		// وشن الرئيس الفلبيني هجوما على الكويت: a leader's attack is in
		// words (but قال ماكرون إن بلاده هاجمت: his country attacked).
		code = "111"
	}
	if code[:2] == "19" && attackWord(s, i, n, t) && personal(d, srcM) && personal(d, tgtM) && !near(s, max(0, i-4), n+14, forceWords) {
		code = "111" // وهاجم أوربان المعارضة، هجومه على دميرتاش: one politician attacks another in words
	}
	if code == "194" && src != nil && src.Start < i && warplaneIn(s, src.Start, i) {
		code = "195" // المقاتلات الإسرائيلية أطلقت 60 صاروخا، استخدم 28 طائرة وأطلق 70 صاروخا: missiles from the air
	}
	if code == "195" && srcM.Actor != nil && strings.HasPrefix(srcM.Actor.Code, "IMG") && !near(s, max(0, i-6), n+12, aircraft) {
		code = "190" // داعش تستهدف كل إعلامي سوري: a militant group has no air force
	}
	if code == "190" && tgtM != nil && (person(tgtM) || tgt != nil && tgt.Adjective && tgt.Start > 0 && personTitles[strings.TrimPrefix(s.keys[tgt.Start-1], "ال")]) {
		code = "180" // فلسطينيون هاجموا المسؤول القطري: an assault on a person, not a military attack
	}
	if code == "190" && src != nil && (civilians[s.keys[src.Start]] || src.Start > 0 && civilians[s.keys[src.Start-1]]) {
		code = "180" // هاجم مستوطنون إسرائيليون بالحجارة سيارة: civilians assault, they wage no war
	}
	if code == "112" && (near(s, i+n, 8, []string{"انتهاكات", "حقوق", "مجازر"}) || near(s, i+n, 8, []string{"جرايم"}) && !near(s, i+n, 10, ordinaryCrimes)) {
		code = "1122" // but اتهمت الشرطة نتنياهو بارتكاب جرائم رشوة: no abuse of rights
	}
	if code[:2] == "18" && casualties[strings.TrimLeft(s.keys[i], "و")] {
		if m := c.means(s, i+n); m != "" {
			code = m // قتل 30 مسلحا في غارات للتحالف: a killing by air strikes is the strikes' act
		}
	}
	if !t.noun && t.present && s.ahead && code[:2] == "04" && aheadOfAct(s, i) {
		future = true // يزور ليبرمان موسكو الأسبوع المقبل: a meeting on a day to come
	}
	if s.sporty && (code[:2] == "03" || code[:2] == "04") && bareCountry(srcM) && bareCountry(tgtM) {
		return marsad.Event{}, false // تلتقي إسبانيا بالمغرب in a story of the World Cup: a match
	}
	if s.sporty && code[:2] == "04" && !official(srcM) && !official(tgtM) {
		return marsad.Event{}, false // مانشستر يونايتد أجرى اتصالات مع مدريد: clubs dealing over a player
	}
	if code == "100" && t.words[0] != "مطالبا" && askingNoun(s, i+n) {
		return marsad.Event{}, false // طالب لجوء عراقي، طالب سوري: a seeker or a student, no demand
	}
	if future {
		if ic := intent(code); ic != "" {
			code = ic
		} else if code == "112" && near(s, i+n, 6, []string{"مسووليه", "المسووليه"}) && near(s, i+n, 9, []string{"اي", "ايه"}) {
			// ستحمل إيران مسؤولية أي أضرار: a warning, not yet a charge (but
			// سيحمل الدولة الروسية المسؤولية عن دورها: a charge announced).
			code = "130"
		}
	}
	return c.finish(d, s, i, n, t, code, srcM, tgtM), true
}

// placeTargets reports a code whose target may be a place: an attack,
// a blockade or an occupation falls on the land and the people there
// (قصفت القوات التركية مدينة عفرين: Syria), as the country dictionaries
// of CAMEO coders have cities stand for their country.
func placeTargets(code string) bool {
	switch code[:2] {
	case "18", "19", "20":
		return true
	}
	return false
}

// placeHeads are the nouns a place's name may follow as the object of
// an attack (مدينة عفرين، ريف إدلب، مخيم اليرموك).
var placeHeads = wordSet(`مدينه المدينه مدن بلده البلده بلدات قريه القريه قري منطقه المنطقه مناطق محافظه المحافظه
	حي احياء مخيم المخيم ريف ولايه الولايه اقليم الاقليم جزيره الجزيره ضواحي اطراف وسط مطار ميناء`)

// governedList reports an actor governed by a preposition, itself or as
// a later item of a list joined by و (المدعومة من السعودية والإمارات).
func governedList(s *sent, f *actor.Found) bool {
	for {
		if governed(s, f) {
			return true
		}
		if !strings.HasPrefix(s.toks[f.Start].Prefix, "و") {
			return false
		}
		var prev *actor.Found
		for k := range s.found {
			if s.found[k].End == f.Start {
				prev = &s.found[k]
			}
		}
		if prev == nil {
			return false
		}
		f = prev
	}
}

// placeObject returns the place an act falls on right after token from,
// as its direct object or after the preposition of its frame, behind a
// noun of place at most: قصف مدينة عفرين، شنت غارات على ريف إدلب. Not a
// place after another word (استهدف مواقع في إدلب: where, not whom).
func (c *coder) placeObject(s *sent, t *trigger, from int) *actor.Found {
	p := from
	if len(t.frame) > 0 {
		p = -1
		for k := from; k < len(s.toks) && k < from+8; k++ {
			if c.frameStops(s, from, k) {
				break
			}
			if c.isPrep(s, k, t.frame) {
				p = k + 1
				break
			}
		}
		if p < 0 {
			return nil
		}
	}
	if p < len(s.toks) && s.toks[p].Kind == marsad.TokenWord && placeHeads[s.keys[p]] {
		p++
	}
	for f := range s.found {
		if a := &s.found[f]; a.Start == p && a.Place && a.Ref != nil && len(a.Ref.Code) == 3 {
			return a
		}
	}
	return nil
}

// official reports a mention of a state's organ or an international
// body (USAGOV, RUSMIL, IGOUNO): in a sports story a meeting or a call
// needs one on either side.
func official(m *marsad.Mention) bool {
	if m == nil || m.Actor == nil || len(m.Actor.Code) < 6 {
		return false
	}
	c := m.Actor.Code
	if strings.HasPrefix(c, "IGO") {
		return true
	}
	switch c[3:6] {
	case "GOV", "MIL", "LEG", "JUD", "COP":
		return true
	}
	return false
}

// seekers follow طالب as a noun: a seeker of asylum or a student.
var seekers = wordSet(`لجوء اللجوء جامعي جامعه ماجستير دكتوراه دكتوراة طب`)

// askingNoun reports طالب at the token before from read as a noun: a
// seeker of asylum (طالب لجوء) or a student with his nationality after
// him (طالب سوري, not طالب الأردنيون بـ nor طالب سوريا بـ).
func askingNoun(s *sent, from int) bool {
	if from >= len(s.toks) {
		return false
	}
	if seekers[s.keys[from]] {
		return true
	}
	for f := range s.found {
		if a := &s.found[f]; a.Start == from && a.Adjective && !strings.HasPrefix(s.keys[from], "ال") {
			return true
		}
	}
	return false
}

// crowdWords are the many a country takes in rather than a visitor it
// receives (لاجئين، مهاجرين، رحلات، الجماهير).
var crowdWords = wordSet(`لاجي لاجيا لاجيين اللاجيين لاجيون مهاجر مهاجرا مهاجرين المهاجرين نازح نازحين النازحين رحلات رحله
	سياح السياح سايح زوار الزوار الاف الالاف مليون ملايين ميات مئات الجماهير جماهير`)

// crowdReceived reports a crowd or a count of thousands among the six
// words after a verb of receiving at from: people taken in, not a guest
// hosted (a bare number may be a day: استقبل ترامب في 20 مايو).
func crowdReceived(s *sent, from int) bool {
	for k := from; k < len(s.toks) && k < from+6; k++ {
		if crowdWords[s.keys[k]] || crowdWords[s.toks[k].Norm] {
			return true
		}
	}
	return false
}

// removals are the demands that fall on a person or a government named
// right after them (طالب بعزل الرئيس، بإقالة رئيس الوزراء، برحيل الحكومة).
var removals = wordSet(`عزل اقاله استقاله رحيل تنحي اسقاط محاكمه طرد معاقبه محاسبه`)

// demandedThing reports a target of a demand inside the matter demanded,
// after ب, past the verb or its subject after it (from, src): a name in
// the thing asked for is not the one asked (طالبت بريطانيا بإجراء تحقيق
// في اختفاء خاشقجي), but the one to be removed is (طالب بعزل الرئيس).
func demandedThing(s *sent, from int, src, tgt *actor.Found) bool {
	if src != nil && src.Start >= from {
		from = src.End
	}
	for k := from; k < tgt.Start && k < len(s.toks); k++ {
		if s.toks[k].Kind != marsad.TokenWord || !strings.HasSuffix(s.toks[k].Prefix, "ب") {
			continue
		}
		return !(removals[strings.TrimPrefix(s.keys[k], "ال")] && tgt.Start-k <= 3)
	}
	return false
}

// topicWords open the matter of talks (تجري محادثات بشأن عقد القمة يوم
// 12 يونيو): a day named after them is the matter's, not the talks'.
var topicWords = wordSet(`بشان حول بخصوص لبحث لمناقشه لعقد`)

// aheadOfAct reports a time after publication in sentence s that the act
// at token i may take: one before it, or after it with no word opening
// a matter between them.
func aheadOfAct(s *sent, i int) bool {
	for _, sp := range s.aheadSpans {
		free := true
		for k := i + 1; k < len(s.toks) && s.toks[k].Span.Start < sp.Start; k++ {
			if topicWords[s.toks[k].Norm] || topicWords[s.keys[k]] {
				free = false
				break
			}
		}
		if free {
			return true
		}
	}
	return false
}

// target returns the target of a verb after token from: the actor its
// frame brings, else its direct object.
func (c *coder) target(s *sent, t *trigger, from int, subj *actor.Found) *actor.Found {
	if from < len(s.toks) && resumptives[s.toks[from].Norm] {
		from++ // اتهم فيها #فرنسا بمساعدة: the pronoun of the clause's noun, then the object
	}
	if len(t.frame) > 0 {
		if o := c.directObject(s, from, subj); o != nil && t.code[:2] == "11" {
			return o // the one accused or criticised, before the charge with ب
		}
		if o := c.object(s, t, from, subj, false); o != nil || !isJoint(t.code) || topical(t) || from < len(s.toks) && c.isPrep(s, from, t.frame) {
			return o
		}
		// التقى مبعوث الولايات المتحدة الخاص بسوريا: a meeting takes its
		// partner as a direct object too (but اجتمعوا مع وفود من العاملين
		// الفلبينيين: the partner the frame brings is no actor).
		return c.object(s, nil, from, subj, false)
	}
	return c.object(s, nil, from, subj, true)
}

// subjectBefore returns the last actor ending within limit words before
// token i that no preposition governs: the subject of an SVO clause.
func subjectBefore(s *sent, i, limit int) *actor.Found {
	var best *actor.Found
	for k := range s.found {
		if f := &s.found[k]; f.End <= i && f.End >= i-limit && !f.Place && (!governed(s, f) || bodyOfMembers(s, f)) && !regionOf(s, f) && !possessed(s, f) && (!boundary(s, f.End, i) || appositionBefore(s, f, i)) && !helper(s, f) && !(joinedVerb(s, i) && (headGoverned(s, f) || nounGoverned(s, f))) && !outsideQuote(s, f, i) {
			best = f
		}
	}
	if best != nil && best.Adjective {
		for k := range s.found {
			if g := &s.found[k]; g.End == best.Start && bodyOfMembers(s, g) {
				return g // أعضاء في الكونغرس الأمريكي: the body the adjective qualifies
			}
		}
	}
	if best != nil && joinedVerb(s, i) {
		if g := vsoSubject(s, best); g != nil {
			return g
		}
	}
	return best
}

// bodyOfMembers reports an actor after في and a noun of its members
// (أعضاء في الكونغرس، نواب في البرلمان): the body whose members act.
// States that are members (دول أعضاء في الاتحاد الأوروبي) act each for
// itself, not for the body.
func bodyOfMembers(s *sent, f *actor.Found) bool {
	if f.Start < 2 || s.toks[f.Start-1].Norm != "في" || !members[bareNoun(s.keys[f.Start-2])] {
		return false
	}
	return f.Start < 3 || !memberStates[bareNoun(s.keys[f.Start-3])]
}

// memberStates are the nouns of states, as bareNoun gives them.
var memberStates = wordSet(`دول دولا دوله بلدان`)

// members are the nouns of the members of a body, as bareNoun gives them.
var members = wordSet(`اعضاء عضو نواب نائب`)

// nounGoverned reports an actor that is the genitive of a noun a
// preposition governs (فأسرعت بسحب القوات الأمريكية من العراق ورفضت): it
// belongs to that phrase, and a verb joined after it has the clause's
// subject, not it.
func nounGoverned(s *sent, f *actor.Found) bool {
	if f.Start < 1 || s.toks[f.Start-1].Kind != marsad.TokenWord || s.inActor(f.Start-1) {
		return false
	}
	switch strings.TrimLeft(s.toks[f.Start-1].Prefix, "وف") {
	case "ب", "ل", "بال", "لل":
		return true
	}
	return false
}

// vsoSubject returns the subject of a verb-subject-object clause whose
// object is f (واستقبل الرئيس المصري وزير الخارجية الأمريكي وانتقد): a
// verb joined after the clause shares its subject, not its object. The
// subject is the actor right before f, itself right after the clause's
// first word; f is no other item of a list (no و) and no apposition of
// it (another code).
func vsoSubject(s *sent, f *actor.Found) *actor.Found {
	start := f.Start
	if f.Adjective && start > 0 && s.toks[start-1].Kind == marsad.TokenWord && !s.inActor(start-1) {
		start-- // نظيره التركي: the noun the nationality qualifies
	}
	if strings.ContainsAny(s.toks[start].Prefix, "وف") {
		return nil
	}
	for k := range s.found {
		g := &s.found[k]
		if g.End != start || g.Place || g.Ref.Code == f.Ref.Code || g.Start < 1 || governed(s, g) {
			continue
		}
		v := g.Start - 1
		if s.toks[v].Kind != marsad.TokenWord || s.inActor(v) || preps[strings.TrimLeft(s.toks[v].Norm, "وف")] {
			return nil
		}
		if v == 0 || s.toks[v-1].Kind == marsad.TokenPunct || strings.ContainsAny(s.toks[v].Prefix, "وف") {
			return g
		}
		return nil
	}
	return nil
}

// appositionBefore reports a name set off by commas right after a title
// and right before the verb at i (الرئيس الروسي، فلاديمير بوتين، بحث):
// the commas close an apposition, not a clause.
func appositionBefore(s *sent, f *actor.Found, i int) bool {
	if f.End+1 != i || f.Start < 2 || !comma(s.toks[f.End]) || !comma(s.toks[f.Start-1]) {
		return false
	}
	for k := range s.found {
		if g := &s.found[k]; g.End == f.Start-1 && !governed(s, g) && (g.Start == 0 || !preps[strings.TrimPrefix(s.toks[g.Start-1].Norm, "و")]) {
			return true // (not ينبغي على الرئيس الروسي، فلاديمير بوتين، تحمل)
		}
	}
	return false
}

// ownedAct reports a verbal noun after a word of time with a pronoun on
// it (بعد رفضها الاقتراح): the pronoun's referent did it, before or after
// something else, not the speaker of the quotation it stands in.
func ownedAct(s *sent, i, n int) bool {
	if i == 0 || s.toks[i+n-1].Suffix == "" {
		return false
	}
	switch strings.TrimLeft(s.toks[i-1].Norm, "و") {
	case "بعد", "قبل", "عقب", "منذ", "اثر", "خلال", "اثناء":
		return true
	}
	return false
}

// stanceNouns are the nouns of a position or a policy (الموقف، السياسة):
// a nationality adjective after them tells whose it is; they do not act.
var stanceNouns = wordSet(`موقف مواقف سياسه سياسات قرار قرارات خطه مقترح اقتراح مبادره`)

// memberOf reports an actor named as one of a group before it (ومنها
// فرنسا، ومن بينها مصر، بينهم بريطانيا، خاصة المجر، ولا سيما الأردن).
func memberOf(s *sent, a *actor.Found) bool {
	k := a.Start - 1
	if k < 0 {
		return false
	}
	switch strings.TrimLeft(s.toks[k].Norm, "و") {
	case "منها", "منهم", "بينها", "بينهم", "خاصه", "خصوصا", "سيما", "لاسيما":
		return true // (رفض دول أوروبا الشرقية خاصة المجر: one of the doers)
	}
	return false
}

// comma reports a comma token, Arabic or Latin.
func comma(t marsad.Token) bool { return t.Text == "،" || t.Text == "," }

// outsideQuote reports a verb at token i inside a direct quotation and an
// actor f outside it that is the quotation's speaker (وقال مدير المرصد
// رامي عبد الرحمن "يستهدف قصف ..."): the speaker is no subject of what the
// quotation says (but الفصائل المسلحة "أطلقت قذائف": a quoted predicate
// of the name before it).
func outsideQuote(s *sent, f *actor.Found, i int) bool {
	v := marsad.Span{Start: s.toks[i].Start, End: s.toks[i].End}
	a := marsad.Span{Start: s.toks[f.Start].Start, End: s.toks[f.End-1].End}
	for _, q := range s.quotes {
		if q.Kind == marsad.Direct && q.Span.Contains(v) && !q.Span.Contains(a) && q.Speaker != nil && q.Speaker.Span.Overlaps(a) {
			return true
		}
	}
	return false
}

// adjacent returns the actor right before the verb at i (سوريا تدين،
// وموسكو ترفض), not governed by a preposition: its SVO subject.
func adjacent(s *sent, i int) *actor.Found {
	if strings.ContainsAny(s.toks[i].Prefix, "وف") {
		return nil // تأسفت له باريس ونددت به الصين: a new clause, VSO
	}
	k := i
	for k > 0 && timeWords[s.keys[k-1]] {
		k--
	}
	for f := range s.found {
		if a := &s.found[f]; a.End == k && !a.Place && !governed(s, a) && !regionOf(s, a) && !possessed(s, a) && !a.Adjective && !helper(s, a) {
			return a
		}
	}
	return nil
}

// subjectAfterPronoun reports the subject subj named right after the
// preposition and its pronoun at k, or after at most three bare words of
// its title (وجه لهم المحقق الأمريكي روبرت مولر اتهامات).
func subjectAfterPronoun(s *sent, k int, subj *actor.Found) bool {
	if subj == nil || subj.Start <= k || subj.Start > k+4 {
		return false
	}
	for j := k + 1; j < subj.Start; j++ {
		if s.toks[j].Kind != marsad.TokenWord || s.toks[j].Prefix != "" || s.toks[j].Suffix != "" || preps[s.toks[j].Norm] {
			return false
		}
	}
	return true
}

// regionOf reports a country named after a direction and a preposition
// (وفي شمال سوريا قصف المسلحون): where the act happened, not its doer.
func regionOf(s *sent, f *actor.Found) bool {
	return f.Start > 1 && regionWords[s.keys[f.Start-1]] && preps[strings.TrimLeft(s.toks[f.Start-2].Norm, "و")]
}

var regionWords = wordSet(`شمال شمالي جنوب جنوبي شرق شرقي غرب غربي وسط`)

// antecedent returns the actor a relative pronoun before the verb at i
// refers to (إسرائيل التي تتهم، وزارة الدفاع الروسية، التي تدعم، بين
// السعودية التي تدعم الحكومة).
func antecedent(s *sent, i int) *actor.Found {
	k := i - 1
	for k > 0 && s.toks[k].Kind == marsad.TokenWord && !relatives[strings.TrimLeft(s.toks[k].Norm, "و")] {
		k--
	}
	if k > 0 && s.toks[k-1].Kind == marsad.TokenPunct {
		k--
	}
	for f := range s.found {
		a := &s.found[f]
		if a.End != k {
			continue
		}
		if regionOf(s, a) && a.Start > 2 {
			// الفصائل الكردية في شمال سوريا، التي تتهمها أنقرة: the
			// factions, not the country of their region.
			k = a.Start - 2
			for g := range s.found {
				if b := &s.found[g]; b.End == k && !b.Place && !governed(s, b) && (!b.Adjective || singularAdjective(s, b)) {
					return b
				}
			}
			return nil
		}
		if a.Adjective && singularAdjective(s, a) {
			// جماعة الإخوان المسلمين المصرية التي طلبت منها قطر: the
			// adjective qualifies the name right before it, which the
			// clause speaks of.
			for g := range s.found {
				if b := &s.found[g]; b.End == a.Start && !b.Place && !b.Adjective {
					return b
				}
			}
		}
		// مع نظيره الإيراني الذي تدعم بلاده: a counterpart after a
		// preposition is still the one the clause speaks of.
		if !a.Place && (!governed(s, a) || s.toks[a.Start-1].Norm == "بين" || strings.HasPrefix(s.keys[a.Start], "نظير")) && (!a.Adjective || singularAdjective(s, a) || objectPronoun(s, i)) {
			return a
		}
	}
	return nil
}

// closingQuote reports a quotation mark that may close a name (صحيفة
// "لوموند" الفرنسية).
func closingQuote(t marsad.Token) bool {
	return t.Kind == marsad.TokenPunct && (t.Text == "\"" || t.Text == "»" || t.Text == "”")
}

// singularAdjective reports a nationality adjective that qualifies a noun
// before it (المجلس البريطاني، البرنامج النووي الإيراني), not a people
// named by its plural (البريطانيين الذين قتلوا).
func singularAdjective(s *sent, a *actor.Found) bool {
	k := s.keys[a.End-1]
	return strings.HasSuffix(k, "ي") || strings.HasSuffix(k, "يه")
}

// leftBy returns the actor who left behind the device named at from or
// the word after it (لغم من مخلفات تنظيم داعش، عبوة من مخلفات الحرب):
// the one who laid it. Nil when no such phrase follows.
func leftBy(s *sent, from int) *actor.Found {
	for k := from; k+1 < len(s.toks) && k <= from+2; k++ {
		if s.toks[k].Norm != "من" || s.keys[k+1] != "مخلفات" {
			continue
		}
		for f := range s.found {
			if a := &s.found[f]; a.Start >= k+2 && a.Start <= k+3 && !a.Place {
				return a
			}
		}
		return nil
	}
	return nil
}

// violentRoot reports a code of roots 18, 19 or 20.
func violentRoot(code string) bool {
	r := code[:2]
	return r == "18" || r == "19" || r == "20"
}

// casualtyBefore returns the actor a casualty verb before token i names
// (قتلت أم يمنية مع طفلها بانفجار، قتل ثلاثة جنود أتراك بانفجار): the
// victims of the act at i. Nil when no such verb stands in the clause.
func casualtyBefore(s *sent, i int) *actor.Found {
	v := -1
	for k := i - 1; k >= 0 && k >= i-10; k-- {
		if w := strings.TrimLeft(s.keys[k], "و"); s.toks[k].Kind == marsad.TokenWord && (casualties[w] || casualties[strings.TrimLeft(s.toks[k].Norm, "و")]) {
			v = k
			break
		}
	}
	if v < 0 {
		return nil
	}
	for k := range s.found {
		if f := &s.found[k]; f.Start > v && f.End <= i && f.Start <= v+4 && !f.Place {
			return f
		}
	}
	return nil
}

// closedRelative reports an actor inside a relative clause that closes
// with a mark before token i (فرضت الولايات المتحدة، التي ساندت
// التنديد البريطاني، عقوبات): it describes an antecedent, it does not act
// in the main clause.
func closedRelative(s *sent, f *actor.Found, i int) bool {
	open := false
	for k := f.Start - 1; k >= 0 && k >= f.Start-8; k-- {
		if s.toks[k].Kind == marsad.TokenPunct {
			break
		}
		if relatives[strings.TrimLeft(s.toks[k].Norm, "و")] {
			open = true
			break
		}
	}
	if !open {
		return false
	}
	for k := f.End; k < i && k < len(s.toks); k++ {
		if s.toks[k].Kind == marsad.TokenPunct && s.toks[k].Text != "\"" {
			return true
		}
	}
	return false
}

var relatives = wordSet(`الذي التي الذين اللذين اللتين اللواتي اللاتي`)

// object returns the direct object (or, for a trigger with a frame, the
// target its preposition brings) after token from: the first actor not
// governed by a preposition (unless governedOK: رفض بحث اتفاق مع واشنطن),
// in the same clause and within six words, skipping the subject's own
// name in apposition.
func (c *coder) object(s *sent, t *trigger, from int, subj *actor.Found, governedOK bool) *actor.Found {
	from = pastApposition(s, from)
	if t != nil && len(t.frame) > 0 {
		reach := frameReach(t)
		for k := from; k < len(s.toks) && k < from+reach; k++ {
			if c.frameStops(s, from, k) || agreedOn(s, t, k) {
				break
			}
			if c.isPrep(s, k, t.frame) && !replying(s, k) && !(k > 0 && concerned[s.keys[k-1]]) && !resumedPrep(s, from, k) {
				for f := range s.found {
					if a := &s.found[f]; a.Start >= k && !a.Place {
						if elsewhere(s, t, k, a) {
							break // القبض على سيدة تحدثت لبي بي سي، أشاد بالمباراة بين فرنسا وكرواتيا: another's
						}
						if a.Start <= k+3 && !warnedTopic(s, t, k, a) && !(onGround(s, a)) && !helper(s, a) {
							return a
						}
						break
					}
				}
				if fromOnly(t) {
					// طلبت الحكومة من شركات خاصة إجلاء رعاياها من الكويت:
					// the first من brings the one asked; a later one is
					// another phrase's.
					return nil
				}
			}
		}
		return nil
	}
	if from < len(s.toks) && strings.Contains(s.toks[from].Prefix, "ل") && solutions[strings.TrimPrefix(s.keys[from], "ال")] {
		// دعم إندونيسيا لحل الدولتين في صراع الشرق الأوسط: a solution
		// is what is backed; only the one it belongs to may be the target.
		for f := range s.found {
			if a := &s.found[f]; a.Start == from+1 && !a.Place {
				return a
			}
		}
		return nil
	}
	skipped := -1 // the end of a name passed over as governed
	for f := range s.found {
		a := &s.found[f]
		if a.Start < from || a.Place {
			continue
		}
		if a.Start > from+6 || boundary(s, from, a.Start) || adverbialBetween(s, from, a.Start) || c.actBetween(s, from, a.Start) || purposeBetween(s, from, a.Start) || c.verbBetween(s, from, a.Start) {
			return nil
		}
		if participleBetween(s, from, a.Start) {
			return nil // يدعم رجلا خطيرا، واصفا الرئيس السوري بالمجرم: the participle's object
		}
		if clauseWithPronoun(s, from, a.Start) {
			return nil // رفضت البوليساريو الاقتراح وتضامنت معها الجزائر: the subject of the next clause
		}
		if a.Start-1 > from && imperfect(s, a.Start-1) {
			return nil // اختطف الظواهري أبناء السنة ... يستغل نصر الله: the subject of the next verb
		}
		if a.Start == skipped && strings.HasPrefix(s.toks[a.Start].Prefix, "و") {
			skipped = a.End // مع فرنسا وبريطانيا: joined to a name governed, governed too
			continue
		}
		if !governedOK && (governed(s, a) && !ofHead(s, a, targetHeads) && !sender(s, a) || circumstance(s, a)) || helper(s, a) {
			skipped = a.End
			continue
		}
		if a.Start == from && strings.HasPrefix(s.toks[a.Start].Prefix, "و") {
			return nil // فرنسا تدين والاتحاد الأوروبي يكرر: a new subject, not the object
		}
		if memberOf(s, a) {
			return nil // الدول التي تدعم الموقف الأمريكي ومنها فرنسا: one of the doers, not the object
		}
		if cameFrom(s, a) || placeJoined(s, a) {
			continue // لدى وصوله قادما من برلين، في سوريا والعراق: where, no party
		}
		if subj != nil && (a.Start == subj.End || a.Start == subj.End+1 && closingQuote(s.toks[subj.End])) && a.Adjective && singularAdjective(s, a) {
			continue // الزعيم القبرصي التركي، أسبوعية "لوبوان" الفرنسية: a second adjective of the subject
		}
		if subj != nil && a.Ref.Code == subj.Ref.Code || apposition(s, a) || secondTitle(s, from, a) || qualifies(s, a) || onGround(s, a) || a.Adjective && a.Start > 0 && mediaNouns[s.keys[a.Start-1]] && spokenThrough(s, a.Start-1) {
			continue // مع الصحيفة الكويتية: the paper's country is no party
		}
		if s.unknownIn(from, a.Start) && bare(subj) {
			return nil // واتهمت تركيا فاركاس بدعم العمال الكردستاني: the object is a name the linker misses
		}
		return a
	}
	return nil
}

// speakingParticiples are the participles of stating, judging or charging that
// open an act of words of their own after a clause (واصفا، معتبرا، متهما).
var speakingParticiples = wordSet(strings.Join(speechParticiples, " "))

// participleBetween reports such a participle among tokens [from, to): a
// name after it is its object (يدعم رجلا خطيرا واصفا الرئيس السوري
// بالمجرم), not the object of the verb before it.
func participleBetween(s *sent, from, to int) bool {
	for k := from; k < to && k < len(s.toks); k++ {
		if w := s.toks[k].Norm; speakingParticiples[w] || strings.HasPrefix(s.toks[k].Prefix, "و") && speakingParticiples[strings.TrimPrefix(w, "و")] {
			return true
		}
	}
	return false
}

// relativeAmong reports a relative pronoun among tokens [from, to): a
// name after it is of the relative clause that qualifies the subject.
func relativeAmong(s *sent, from, to int) bool {
	for k := from; k < to; k++ {
		if relatives[strings.TrimLeft(s.toks[k].Norm, "و")] {
			return true
		}
	}
	return false
}

// fromOnly reports a verb whose frame is من alone (طلب من، حذر من).
func fromOnly(t *trigger) bool {
	return !t.noun && len(t.frame) == 1 && t.frame[0] == "من"
}

// declined are what a party declines to give (رفض التعليق، رفضت الإدلاء
// بتفاصيل): declining to comment rejects no one.
var declined = strings.Fields("التعليق الادلاء الافصاح الرد")

// solutions are what a party may back or reject after ل (دعمها لحل
// الدولتين): things, not parties.
var solutions = wordSet(`حل حلول`)

// insideName reports token i inside a name of several words that the
// actor linker found (تحالف دعم الشرعية، جبهة فتح الشام): not a trigger.
func insideName(s *sent, i int) bool {
	for _, f := range s.found {
		if f.Start < i && i < f.End && !f.Adjective {
			return true
		}
	}
	return false
}

// nameNouns take a name in quotation marks after them (ائتلاف "دعم مصر"،
// عملية "غصن الزيتون").
var nameNouns = wordSet(`ايتلاف الايتلاف تحالف التحالف حزب الحزب حركه الحركه عمليه العمليه حمله الحمله مبادره المبادره
	جمعيه الجمعيه منظمه المنظمه موسسه الموسسه قايمه القايمه كتله الكتله جبهه الجبهه مشروع المشروع برنامج البرنامج`)

// quotedName reports token i inside quotation marks opened within four
// tokens before it right after a noun that takes a name.
func quotedName(s *sent, i int) bool {
	for k := i - 1; k >= 1 && k >= i-4; k-- {
		t := s.toks[k].Text
		if t == "\"" || t == "«" || t == "“" {
			return nameNouns[s.keys[k-1]]
		}
		if s.toks[k].Kind == marsad.TokenPunct {
			return false
		}
	}
	return false
}

// qualifies reports a nationality adjective right after another actor
// (ميليشيا الحوثي الإيرانية) or after a majority (ذات الغالبية الكردية):
// it describes that actor or place, it is no party of its own.
func qualifies(s *sent, a *actor.Found) bool {
	if !a.Adjective {
		return false
	}
	if a.Start > 0 && majorities[s.keys[a.Start-1]] {
		return true // مدينة عفرين ذات الغالبية الكردية: the people of a place, no party
	}
	for _, f := range s.found {
		if f.End == a.Start && !f.Adjective {
			if singularAdjective(s, a) || pluralAgreement(s.keys[f.End-1], s.keys[a.Start]) {
				return true // المسلحون الحوثيون اليمنيون: the Houthis' adjective
			}
		}
	}
	return false // وتتهم أنقرة الأكراد: a people, the object
}

// majorities name the people most of a place belongs to.
var majorities = wordSet(`الغالبيه غالبيه الاغلبيه اغلبيه الاكثريه اكثريه`)

// nounGenitive reports an actor right after a bare noun in ة (عودة
// الفلسطينيين): that noun's genitive, not a doer.
func nounGenitive(s *sent, f *actor.Found) bool {
	if f.Start == 0 {
		return false
	}
	p := s.toks[f.Start-1]
	return p.Kind == marsad.TokenWord && p.Prefix == "" && p.Suffix == "" && strings.HasSuffix(p.Norm, "ه") && !strings.HasPrefix(p.Norm, "ال")
}

// pluralAgreement reports two sound masculine plurals in the same case
// (الحوثيون اليمنيون، المتمردين الحوثيين): a noun and its adjective.
func pluralAgreement(noun, adj string) bool {
	for _, end := range []string{"ون", "ين"} {
		if strings.HasSuffix(noun, end) && strings.HasSuffix(adj, end) && utf8.RuneCountInString(adj) > 4 {
			return true
		}
	}
	return false
}

// agentAfter returns the doer an agent phrase names within a few words
// after an event noun: من قبل X، على يد X، بأيدي X.
func agentAfter(s *sent, from int) *actor.Found {
	for k := from; k < len(s.toks) && k < from+6; k++ {
		if s.toks[k].Kind == marsad.TokenPunct || clauseOpeners[s.toks[k].Norm] {
			return nil
		}
		agent := s.toks[k].Norm == "بايدي" || s.toks[k].Norm == "بيد" ||
			k > from && ((s.keys[k] == "قبل" || s.keys[k] == "جانب") && s.toks[k-1].Norm == "من" || (s.keys[k] == "يد" || s.keys[k] == "ايدي") && s.toks[k-1].Norm == "علي")
		if !agent {
			continue
		}
		for f := range s.found {
			if a := &s.found[f]; a.Start > k && a.Start <= k+3 && !a.Place {
				return a
			}
		}
		return nil
	}
	return nil
}

// accusedOf reports the ب of an accusation (بأنه، بأنها) among tokens
// [from, to): what follows is the charge, not the one charged.
func accusedOf(s *sent, from, to int) bool {
	for k := from; k < to && k < len(s.toks); k++ {
		switch s.toks[k].Norm {
		case "بان", "بانه", "بانها", "بانهم", "بانهما":
			return true
		}
	}
	return false
}

// movement reports a form of a protest verb of going out or gathering
// (نزل، خرج، توجه، تدفق، تجمع، احتشد), which forces and armed groups do
// when they deploy.
func movement(form string) bool {
	for _, stem := range []string{"نزل", "خرج", "توجه", "تدفق", "تجمع", "حتشد"} {
		if strings.Contains(form, stem) {
			return true
		}
	}
	return false
}

// armed reports the code of a force or an armed group (ISRMIL, IRQREB,
// IMGMUSISI).
func armed(code string) bool {
	if strings.HasPrefix(code, "IMG") {
		return true
	}
	return len(code) >= 6 && (forces[code[3:6]] || code[3:6] == "REB" || code[3:6] == "INS" || code[3:6] == "UAF")
}

// afterBareThat reports a trigger right after إن or أن with no pronoun:
// إنّ takes a noun, so the trigger is a verbal noun with its own doer (إن
// دعم إيران للحوثيين), not the speaker's act (أنه زار إسرائيل).
func afterBareThat(s *sent, i int) bool {
	if i == 0 {
		return false
	}
	n := strings.TrimLeft(s.toks[i-1].Norm, "و")
	return n == "ان" || n == "بان" || n == "لان"
}

// opposed are the words after which an actor is what is fought or
// protested against (في مواجهة الحوثيين، لدحر تنظيم الدولة، مناهضة
// للأمريكيين).
var opposed = wordSet(`مواجهه دحر محاربه مكافحه قتال ضد مناهضه المناهضه مناهضين المناهضين مناويه المناويه تنديدا منددين
	المعارضين معارضين المعارضون معارضون`)

// unknownSubject reports a definite noun right after the verb at k that
// no actor covers, followed at once by the actor subj that does not
// qualify it (دعا التقرير إيران): the noun is the subject.
func unknownSubject(s *sent, k int, subj *actor.Found) bool {
	if subj.Start != k+1 || subj.Adjective || k >= len(s.toks) || s.toks[k].Kind != marsad.TokenWord || timeWords[s.keys[k]] || quantities[s.keys[k]] {
		return false
	}
	if !strings.HasPrefix(s.keys[k], "ال") || s.toks[k].Prefix != "" {
		return false
	}
	for _, f := range s.found {
		if f.Start <= k && k < f.End {
			return false
		}
	}
	return !governed(s, subj)
}

// partitive reports an actor after a number and من (قتل 32 من ميليشيات
// الحوثي): those counted belong to it.
func partitive(s *sent, a *actor.Found) bool {
	if a.Start < 2 || a.Adjective || s.toks[a.Start-1].Norm != "من" {
		return false
	}
	count := func(t marsad.Token) bool {
		return t.Kind == marsad.TokenNumber || quantities[t.Norm] || t.Norm == "عدد" || t.Norm == "بعض"
	}
	p := s.toks[a.Start-2]
	if count(p) {
		return true
	}
	// قتل 12 عنصرا من ميليشيا الحوثي: the counted noun between.
	return a.Start >= 3 && p.Kind == marsad.TokenWord && !strings.HasPrefix(s.keys[a.Start-2], "ال") && count(s.toks[a.Start-3])
}

// leads reports a بقيادة at k that qualifies the actor just before it
// (دعم الولايات المتحدة للتحالف العربي بقيادة السعودية): who leads that
// actor, not who did the act.
func leads(s *sent, k int) bool {
	for _, f := range s.found {
		if f.End == k {
			return true
		}
	}
	return false
}

// agentHeads are the nouns whose owner, named with ل after them, acts
// through them (طائرات للتحالف، قوات للنظام); targetHeads those whose owner
// undergoes what is done to them (قصفت معاقل للمتمردين).
var (
	agentHeads  = wordSet(`طايرات طايره مقاتلات مقاتله مروحيات مروحيه قوات قوه وحدات عناصر طيران سفن بوارج`)
	targetHeads = wordSet(`معاقل معقل مواقع موقع مقرات مقر مخازن مخزن تجمعات مراكز منازل اهداف تحصينات ثكنات ثكنه قواعد دوريات دوريه آليات اليات`)
)

// ofHead reports an actor named with ل right after an indefinite noun of
// heads: the owner of that noun (طائرات للتحالف العربي), not an indirect
// object.
func ofHead(s *sent, f *actor.Found, heads map[string]bool) bool {
	if f.Start == 0 || strings.TrimLeft(s.toks[f.Start].Prefix, "و") != "ل" {
		return false
	}
	h := s.toks[f.Start-1]
	return h.Kind == marsad.TokenWord && h.Suffix == "" && strings.Trim(h.Prefix, "وف") == "" && heads[s.keys[f.Start-1]]
}

// pastApposition returns the token after a short phrase between commas at
// from that describes what came before (هيومن رايتس ووتش، المعنية بحقوق
// الإنسان، التحالف; قصف الجيش، الثلاثاء، مواقع): the object follows it.
// Otherwise it returns from.
func pastApposition(s *sent, from int) int {
	if from+2 >= len(s.toks) || s.toks[from].Text != "،" || !strings.HasPrefix(s.keys[from+1], "ال") || clauseOpeners[s.toks[from+1].Norm] {
		return from
	}
	for k := from + 2; k < len(s.toks) && k <= from+7; k++ {
		if s.toks[k].Text == "،" {
			return k + 1
		}
		if s.toks[k].Kind == marsad.TokenPunct || clauseOpeners[s.toks[k].Norm] {
			return from
		}
	}
	return from
}

// boundary reports a clause boundary among tokens [from, to): punctuation
// or a word that opens a new clause (أن، الذي، قائلا).
func boundary(s *sent, from, to int) bool {
	for k := from; k < to && k < len(s.toks); k++ {
		if s.toks[k].Kind == marsad.TokenPunct && s.toks[k].Text != "\"" && s.toks[k].Text != "#" || clauseOpeners[s.toks[k].Norm] {
			return true // a hashtag's mark is no boundary (اتهم فيها #فرنسا)
		}
	}
	return false
}

// authority reports an executive, a judiciary or a capital standing for
// its government (وافق مجلس الوزراء على مبادرات للتعامل مع الاحتجاجات):
// it handles a protest, it does not march.
func authority(f *actor.Found) bool {
	if f.Ref == nil || len(f.Ref.Code) != 6 {
		return false
	}
	switch f.Ref.Code[3:] {
	case "GOV", "JUD", "SPY":
		return true
	}
	return false
}

// opposedBefore reports a word of opposition in the three words before
// token k (المعارضين لنظام الرئيس بشار الأسد).
func opposedBefore(s *sent, k int) bool {
	for j := k - 1; j >= 0 && j >= k-3 && s.toks[j].Kind == marsad.TokenWord; j-- {
		if opposed[s.keys[j]] || opposed[s.toks[j].Norm] {
			return true
		}
	}
	return false
}

// thingAdjective reports a nationality adjective whose head noun, before
// it or before the adjectives joined to it by و or أو, is a thing that
// does nothing (السيطرة الإيرانية أو الروسية).
func thingAdjective(s *sent, f *actor.Found) bool {
	k := f.Start - 1
	if k > 0 && (s.toks[k].Norm == "او" || s.toks[k].Norm == "و") {
		for _, g := range s.found {
			if g.End == k && g.Adjective {
				k = g.Start - 1
			}
		}
	}
	if k < 0 || s.toks[k].Kind != marsad.TokenWord {
		return false
	}
	return things[s.keys[k]]
}

// things are nouns that act on nothing: a nationality adjective after
// them names whose they are (السيطرة الإيرانية، الشركات الروسية، الأراضي
// السورية), not a doer.
var things = wordSet(`الدعم التمويل التسليح السيطره الشركات الشركه البضايع المنتجات الاسواق الحدود الاجواء المياه الاراضي الشعب العلم السفاره القنصليه العمله الصادرات الواردات`)

// spokenThrough reports the medium at k named as the one spoken to or
// through (في حواره مع الصحيفة، لقناة، عبر الإذاعة), not one acted on
// (هاجم مسلحون مقر صحيفة فرنسية).
func spokenThrough(s *sent, k int) bool {
	if p := strings.TrimLeft(s.toks[k].Prefix, "و"); p == "ل" || p == "ب" {
		return true
	}
	return k > 0 && (s.toks[k-1].Norm == "مع" || s.toks[k-1].Norm == "عبر" || s.toks[k-1].Norm == "في")
}

// mediaNouns before a nationality adjective make it the medium's.
var mediaNouns = wordSet(`الصحيفه صحيفه الجريده جريده القناه قناه الوكاله وكاله التلفزيون الاذاعه اذاعه المجله مجله الموقع`)

// sanctionWords near a verb of targeting make it the aim of sanctions.
var sanctionWords = strings.Fields("العقوبات عقوبات العقوبه عقوبه")

// celebrations near a gathering make it a feast, not a protest; so does
// a show the crowd came to watch or follow (لمشاهدة موكب الزفاف).
var celebrations = strings.Fields("فرح فرحه فرحتهم فرحهم فرحين فرحا احتفالا احتفالات الاحتفالات للاحتفال احتفال ابتهاجا مبتهجين المونديال مونديال العالم كاس بالفوز الفوز بالتاهل لمشاهده لمتابعه")

// datedTime reports a time expression that may date the sentence it is
// in, of a text published on pub: a date, or a time of day whose value
// begins with its day, in the five days before publication or later
// (وقتل جندي مساء السبت). A part of a day further back more often times a
// thing told of inside the sentence (حمل إسرائيل المسؤولية عن إسقاط
// الطائرة مساء الاثنين الماضي) than the act reported.
func datedTime(tm marsad.Time, pub string) bool {
	if tm.Type == marsad.Date {
		return true
	}
	if tm.Type != marsad.TimeOfDay || len(tm.Value) < 10 {
		return false
	}
	if len(pub) > 10 {
		pub = pub[:10]
	}
	day, err := time.Parse("2006-01-02", tm.Value[:10])
	p, err2 := time.Parse("2006-01-02", pub)
	return err == nil && err2 == nil && !day.Before(p.AddDate(0, 0, -5))
}

// ahead reports a date value after the publication date pub: a day, a
// month or an ISO week to come (not a vague FUTURE_REF: تؤيد واشنطن
// المعارضة ... مستقبلا is support now).
func ahead(v, pub string) bool {
	if len(pub) < 10 || len(v) < 7 || v[4] != '-' {
		return false
	}
	switch {
	case len(v) >= 10 && v[7] == '-':
		return v[:10] > pub[:10]
	case v[5] == 'W':
		if len(v) < 8 || v[6] < '0' || v[6] > '9' {
			return false // 2018-WE: a weekend, a week not named by number
		}
		t, err := time.Parse("2006-01-02", pub[:10])
		if err != nil {
			return false
		}
		y, w := t.ISOWeek()
		return v[:8] > fmt.Sprintf("%04d-W%02d", y, w)
	case v[5] >= '0' && v[5] <= '9' && v[6] >= '0' && v[6] <= '9':
		return v[:7] > pub[:7]
	}
	return false // a season or a part of a year
}

// joinedToGoverned reports a name joined by و to one after a preposition
// (بين القطاع وإسرائيل): governed too.
func joinedToGoverned(s *sent, f *actor.Found) bool {
	k := f.Start
	for k > 1 && strings.HasPrefix(s.toks[k].Prefix, "و") {
		k-- // back over the word joined before
		for k > 0 && s.toks[k].Kind == marsad.TokenWord && strings.HasPrefix(s.keys[k], "ال") && !strings.HasPrefix(s.toks[k].Prefix, "و") && s.toks[k-1].Kind == marsad.TokenWord && strings.HasPrefix(s.keys[k-1], "ال") {
			k-- // an adjective: القطاع المحاصر
		}
		if k > 0 && (preps[strings.TrimLeft(s.toks[k-1].Norm, "و")] || placePreps[s.toks[k-1].Norm]) || strings.HasSuffix(strings.TrimLeft(s.toks[k].Prefix, "و"), "ل") || strings.HasSuffix(strings.TrimLeft(s.toks[k].Prefix, "و"), "ب") {
			return true
		}
	}
	return false
}

// antecedentOf reports a name a relative pronoun follows (تركيا التي).
func antecedentOf(s *sent, f *actor.Found) bool {
	return f.End < len(s.toks) && relatives[s.toks[f.End].Norm]
}

// loyalTo reports a name after ل that something is loyal to or part of
// (القوات الموالية للنظام السوري، التابعة للحوثيين): it stands for them.
func loyalTo(s *sent, f *actor.Found) bool {
	if f.Start == 0 || strings.TrimLeft(s.toks[f.Start].Prefix, "و") != "ل" {
		return false
	}
	switch s.keys[f.Start-1] {
	case "الموالي", "المواليه", "الموالين", "موالي", "مواليه", "التابع", "التابعه", "تابع", "تابعه", "التابعين":
		return true
	}
	return false
}

// placePreps govern the names after them as where, not who.
var placePreps = wordSet(`بين امام قرب خارج داخل لدي`)

// commaBetween reports a comma among tokens [from, to): وخاصة الحشد
// الشعبي، وقاد مظاهرات ضدهما: a new clause, whose doer was named before.
func commaBetween(s *sent, from, to int) bool {
	for k := from; k < to; k++ {
		if s.toks[k].Text == "،" || s.toks[k].Text == "," {
			return true
		}
	}
	return false
}

// responsibility right after the one name after حمّل makes it the one
// held responsible.
var responsibility = wordSet(`مسووليه المسووليه مسووليات المسووليات`)

// deniedNoun reports a verb of denial before the verbal noun at i, with
// only its subject between them (commas around a name allowed): what is
// denied is the noun's act.
func deniedNoun(s *sent, i int) bool {
	for k := i - 1; k >= 0 && k >= i-10; k-- {
		t := s.toks[k]
		if t.Kind == marsad.TokenPunct && t.Text != "،" || clauseOpeners[t.Norm] {
			return false
		}
		if denials[s.keys[k]] || denials[t.Norm] {
			return true
		}
		if k < i-1 && t.Kind == marsad.TokenWord && !s.named(k) && !titleWords[s.keys[k]] && t.Norm != "فيها" && t.Norm != "فيه" {
			return false // a word that is neither the subject's name nor its title
		}
	}
	return false
}

// titleWords may stand in a subject between a verb and its object.
var titleWords = wordSet(`وزير الوزير الخارجيه الدفاع الداخليه الرييس رييس المتحدث باسم الناطق مسوول المسوول الامين العام الملك الامير الشيخ رييسه`)

// attackWords name an attack that may be made in words.
var attackWords = strings.Fields("هجوما هجوم الهجوم هجمات")

// leader reports a mention that names a person by a leader's title
// (الرئيس الفلبيني، وزير الخارجية).
func leader(m *marsad.Mention) bool {
	if m == nil {
		return false
	}
	w := strings.Fields(arabic.Normalize(m.Text))
	if len(w) == 0 {
		return false
	}
	switch strings.TrimPrefix(w[0], "ال") {
	case "رييس", "ملك", "امير", "وزير", "زعيم", "مرشد", "مستشار", "سفير", "متحدث", "نايب":
		return true
	}
	return false
}

// easingWords before sanctions ease or lift them.
var easingWords = wordSet(`تخفيف بتخفيف رفع برفع تعليق بتعليق الغاء بالغاء`)

// resumptives refer back to the noun a relative clause qualifies (تصريحات
// اتهم فيها): they are neither subject nor object.
var resumptives = wordSet(`فيها فيه فيهم خلالها خلاله`)

// bearers are verbs and verbal nouns that bear an event noun after them
// (شن هجوم، تشن هجمات، تنفيذ هجمات).
var bearers = wordSet(`شن تشن يشن تنفيذ القيام اطلاق`)

// endangered are what a threat to something endangers rather than whom
// someone threatens.
var endangered = wordSet(`خصوصيه الخصوصيه امن الامن استقرار الاستقرار حياه حياة سلامه السلامه مستقبل المستقبل صحه الصحه وحده الوحده السلم الاقتصاد اقتصاد مصالح المصالح بقاء وجود`)

// silences after a verb of refusal make it a refusal to keep quiet.
var silences = wordSet(`الصمت السكوت صمت سكوت`)

// frameStops reports token k ending the search for a frame's preposition
// that began at from: frameEnds, or a verb of an event joined by و, which
// opens a clause of its own.
func (c *coder) frameStops(s *sent, from, k int) bool {
	if frameEnds(s, k) {
		return true
	}
	if k > from && strings.HasPrefix(s.toks[k].Prefix, "و") {
		if v, _ := c.match(s, k); v != nil && !v.noun {
			return true // التقى نظيره التركي واتهم موسكو بدعم: the next clause's frame
		}
	}
	return false
}

// frameEnds reports token k ending the search for a frame's preposition:
// an adverbial of time (أشادت بالهجوم، بعد مرور مئة يوم على اعتراف
// الرئيس) or a purpose (يجتمع المجلس لبحث الهجمات بالصواريخ).
func frameEnds(s *sent, k int) bool {
	return adverbials[strings.TrimLeft(s.toks[k].Norm, "وف")] && !shortTime(s, k+1) || strings.TrimLeft(s.toks[k].Prefix, "و") == "ل" && purposes[s.keys[k]]
}

// replying reports the preposition of a reply (ردا على إستراتيجية ترامب):
// what it brings caused the act, it did not undergo it.
func replying(s *sent, k int) bool {
	if k == 0 {
		return false
	}
	switch strings.TrimLeft(s.toks[k-1].Norm, "و") {
	case "ردا", "رد", "ردا،", "تعقيبا", "جوابا":
		return true
	}
	return false
}

// nounSubject reports a definite or possessed noun right before the verb
// at i that no actor mention ends at: the verb's SVO subject, unnamed.
// An indefinite noun after a preposition that a present verb describes
// (على أدلة تدعم الادعاء), or a plural in ات anywhere (بنشر تغريدات
// تنتقد), is its subject too, when the verb carries no pronoun of it as
// its object (من قوات تدعمها واشنطن).
func nounSubject(s *sent, i int) bool {
	if i == 0 || s.toks[i-1].Kind != marsad.TokenWord {
		return false
	}
	for _, f := range s.found {
		if f.End == i {
			return false
		}
	}
	p := s.toks[i-1]
	k := s.keys[i-1]
	if timeWords[k] || relatives[strings.TrimLeft(p.Norm, "و")] || clauseOpeners[strings.TrimLeft(p.Norm, "و")] || s.unknownAt(i-1) {
		return false
	}
	return strings.HasPrefix(k, "ال") && len([]rune(k)) > 4 || p.Suffix != "" && !particles[strings.TrimLeft(p.Norm, "و")] ||
		p.Prefix == "" && s.toks[i].Suffix == "" && (strings.HasSuffix(k, "ه") || strings.HasSuffix(k, "ات")) && len([]rune(k)) > 3 &&
			(i > 1 && governing[s.toks[i-2].Norm] || strings.HasSuffix(k, "ات") && len([]rune(k)) > 4)
}

// governing are the prepositions whose indefinite noun a present verb
// after it may describe (عثر على أدلة تدعم الادعاء).
var governing = wordSet(`علي في عن من الي مع`)

// particles take a pronoun suffix without being nouns (إنه، لكنها، عليه).
var particles = wordSet(`انه انها انهم انهما لانه لانها بانه بانها لكنه لكنها لكنهم كانه كانها عليه عليها عليهم لديه لديها لديهم منه منها منهم فيه فيها فيهم عنه عنها له لها لهم معه معها بينهم حيث`)

// withoutStrangers drops the Houthis named أنصار الله in an article that
// never speaks of Yemen: Lebanon's Palestinian camps have a group of that
// name (حركة فتح شنت هجمات على مراكز أنصار الله).
func withoutStrangers(s *sent, found []actor.Found, yemen bool) []actor.Found {
	if yemen {
		return found
	}
	out := found[:0]
	for _, f := range found {
		if f.Ref != nil && f.Ref.Code == "YEMREBHTH" && f.End-f.Start == 2 && s.keys[f.Start] == "انصار" {
			continue
		}
		out = append(out, f)
	}
	return out
}

// mentionsYemen reports an article that names Yemen, its cities or the
// Houthis by name.
func mentionsYemen(d *marsad.Document) bool {
	for _, t := range d.Tokens {
		if t.Kind != marsad.TokenWord {
			continue
		}
		for _, m := range yemenMarkers {
			if strings.HasPrefix(t.Base, m) {
				return true
			}
		}
	}
	return false
}

var yemenMarkers = []string{"اليمن", "يمني", "اليمني", "الحوثي", "حوثي", "صنعاء", "عدن", "الحديده", "صعده", "تعز", "مارب"}

// example reports a name given as an example (تهدد الآخرين مثل إسرائيل):
// not the verb's subject.
func example(s *sent, f *actor.Found) bool {
	return f.Start > 0 && strings.TrimLeft(s.toks[f.Start-1].Norm, "و") == "مثل"
}

// withoutNegatedNationality drops a nationality after غير (12 مسلحا غير
// سوريين): they are of no named country; and an actor after ليس (وليس
// الجنود): it is denied a part.
func withoutNegatedNationality(s *sent, found []actor.Found) []actor.Found {
	out := found[:0]
	for _, f := range found {
		if f.Adjective && f.Start > 0 && s.keys[f.Start-1] == "غير" {
			continue
		}
		if f.Start > 0 && !f.Place && (strings.TrimLeft(s.toks[f.Start-1].Norm, "و") == "ليس" || strings.TrimLeft(s.toks[f.Start-1].Norm, "و") == "ليست") {
			continue // المتعاقدون الروس، وليس الجنود، ضالعون: those denied take no part
		}
		out = append(out, f)
	}
	return out
}

// womenTitles name a woman by her post (رئيسة الحكومة، وزيرة الخارجية):
// a masculine verb before one does not have her as its subject.
var womenTitles = wordSet(`رييسه وزيره مستشاره ملكه سفيره مندوبه نايبه زعيمه`)

// notInIt takes back the place the lexicon made of a country after فيها
// (اتهم فيها فرنسا): "in it" refers back, and the name after it is an actor.
func notInIt(s *sent, found []actor.Found) []actor.Found {
	for k := range found {
		f := &found[k]
		if f.Place && f.Start > 0 && s.toks[f.Start-1].Suffix != "" && resumptives[s.toks[f.Start-1].Norm] && f.Ref != nil && len(f.Ref.Code) == 3 {
			f.Place = false
		}
	}
	return found
}

// withoutAdverbs drops a name that is a common word with ب here:
// بحماس (with enthusiasm) at the end of a clause or before كبير، شديد;
// and an adjective that is a compass point after another (الجنوبي الغربي).
func withoutAdverbs(s *sent, found []actor.Found) []actor.Found {
	out := found[:0]
	for _, f := range found {
		if f.End-f.Start == 1 && s.keys[f.Start] == "حماس" && strings.TrimLeft(s.toks[f.Start].Prefix, "و") == "ب" &&
			(f.End == len(s.toks) || s.toks[f.End].Kind == marsad.TokenPunct || zeal[s.keys[f.End]]) {
			continue
		}
		if f.Adjective && f.Start > 0 && compass[s.keys[f.Start-1]] {
			continue // المحور الجنوبي الغربي: a direction, not the West
		}
		if f.Start > 0 && companions[s.keys[f.Start-1]] {
			continue // يزور غزة برفقة رئيس المخابرات: one who goes along, no party
		}
		out = append(out, f)
	}
	return out
}

var zeal = wordSet(`كبير شديد بالغ منقطع واضح`)

// companions before a name make it one who goes along with the subject
// (برفقة، بصحبة، يرافقه), not a party to the act.
var companions = wordSet(`برفقه رفقه بصحبه صحبه يرافقه ترافقه يرافقها ترافقها يرافقهم ويرافقه ورافقه رافقه`)

// compass are the directions before another that make it a compass point
// (الجنوبي الغربي، شمال غربي).
var compass = wordSet(`الجنوبي الشمالي جنوبي شمالي الجنوبيه الشماليه جنوبيه شماليه جنوب شمال`)

// purposeBetween reports a verbal noun of purpose with ل among tokens
// [from, to) (يجتمع مجلس الأمن لمناقشة محاولة اغتيال الجاسوس الروسي): a
// purpose clause, whose names are not the object.
func purposeBetween(s *sent, from, to int) bool {
	for k := from; k < to; k++ {
		if strings.TrimLeft(s.toks[k].Prefix, "و") == "ل" && purposes[s.keys[k]] {
			return true
		}
	}
	return false
}

// purposes are the verbal nouns that open a purpose clause after ل.
var purposes = wordSet(`مناقشه بحث تباحث متابعه دراسه النظر تنسيق اجراء استعراض تقييم`)

// actNounBetween reports the verbal noun of an act not done in words, or
// a word of stopping, among tokens [from, to).
func (c *coder) actNounBetween(s *sent, from, to int) bool {
	for k := from; k < to; k++ {
		if stops[s.keys[k]] || stops[strings.TrimLeft(s.keys[k], "و")] || s.keys[k] == "توجيه" {
			return true // رفض توجيه أصابع الاتهام لروسيا: refuses to accuse, rejects no one
		}

		if t, _ := c.match(s, k); t != nil && !verbalRoots[t.code[:2]] {
			return true
		}
	}
	return false
}

// coupWords name an act against the one after them (الانقلاب على مادورو).
var coupWords = wordSet(`الانقلاب انقلاب الانقلابات التمرد تمرد الاطاحه اطاحه`)

// relativeBetween reports a relative pronoun among tokens [from, to)
// whose verb carries the antecedent as its object pronoun (حسني مبارك
// الذي أطاحته الاحتجاجات): the name before it is the one the protests
// ousted, not their doer.
func relativeBetween(s *sent, from, to int) bool {
	for k := from; k < to && k < len(s.toks); k++ {
		if relatives[strings.TrimLeft(s.toks[k].Norm, "و")] && k+1 < to && s.toks[k+1].Suffix != "" {
			return true // (but المدن التي شهدت احتجاجات: the clause's subject, where they were held)
		}
	}
	return false
}

// resumedPrep reports ل with a pronoun at k in a relative clause opened
// among tokens [from, k) (رفض بلاده للحملة التي تتعرض لها السعودية): it
// points back to the antecedent, and the name after it is the clause's
// subject, not the frame's target. (The areas held by a side, المناطق
// التي تسيطر عليها الفصائل, name the side attacked.)
func resumedPrep(s *sent, from, k int) bool {
	if s.toks[k].Suffix == "" || !strings.HasPrefix(s.toks[k].Norm, "ل") {
		return false
	}
	for j := from; j < k; j++ {
		if relatives[strings.TrimLeft(s.toks[j].Norm, "و")] {
			return true
		}
	}
	return false
}

// anyIn reports whether some word of words is in set.
func anyIn(words []string, set map[string]bool) bool {
	for _, w := range words {
		if set[w] {
			return true
		}
	}
	return false
}

// verbalRoots are the roots of acts done in words (رفضت الاتهامات
// الموجهة لها من الأمم المتحدة: the accusations are what is refused).
var verbalRoots = map[string]bool{"01": true, "02": true, "04": true, "05": true, "10": true, "11": true, "12": true, "13": true}

// homeland reports "his country" at token k (قوات بلده، جيش بلادها): the
// force belongs to the country of someone named before, not to the place.
func homeland(s *sent, k int) bool {
	return s.toks[k].Suffix != "" && (s.keys[k] == "بلد" || s.keys[k] == "بلاد" || s.keys[k] == "دولت")
}

// sender reports a name after من that sent what the verb acts on
// (رفضت الاتهامات الموجهة لها من الأمم المتحدة): the object's author,
// whom the rejection answers.
func sender(s *sent, a *actor.Found) bool {
	if a.Start < 2 || s.toks[a.Start-1].Norm != "من" {
		return false
	}
	for k := a.Start - 2; k >= 0 && k >= a.Start-3; k-- {
		switch s.keys[k] {
		case "الموجهه", "موجهه", "الصادره", "صادره":
			return true
		}
	}
	return false
}

// actBetween reports the verbal noun of a crime among tokens [from, to),
// governed by ب (اعتقلت السلطات المشتبه به بقتل العاملة الفلبينية): a
// name after it is the victim of that crime, not the object. An
// instrument (استهدف بغارة جوية تجمعا للحوثيين) is no crime.
func (c *coder) actBetween(s *sent, from, to int) bool {
	for k := from; k < to; k++ {
		if strings.TrimLeft(s.toks[k].Prefix, "و") != "ب" {
			continue
		}
		if t, _ := c.match(s, k); t != nil && t.code[:2] == "18" {
			return true
		}
	}
	return false
}

// verbBetween reports a verb of an event joined by و among tokens (from,
// to): a new clause (دعا الاتحاد الأوروبي إلى ضبط النفس ونددت باريس), whose
// names are not the first verb's object.
func (c *coder) verbBetween(s *sent, from, to int) bool {
	for k := from + 1; k < to; k++ {
		if !strings.HasPrefix(s.toks[k].Prefix, "و") {
			continue
		}
		if t, _ := c.match(s, k); t != nil && !t.noun || joinedPast(s, k) {
			return true
		}
	}
	return false
}

// joinedPast reports a past verb of stating, calling or of the third
// person feminine joined by و at k, with no pronoun after it (واستنكرت
// قطر العملية وأكدت وقوفها إلى جانب فرنسا، انتقدت قطر القرار وطالبت
// مصر بالتراجع): a new clause, whose names are no object of the verb
// before. A word ending in ت inside a name (وبيروت) is none.
func joinedPast(s *sent, k int) bool {
	t := s.toks[k]
	if t.Prefix != "و" || t.Suffix != "" || strings.HasPrefix(t.Base, "ال") || s.inActor(k) {
		return false
	}
	if sayingVerbs[t.Base] || tellings[t.Base] || calls[t.Base] {
		return true
	}
	return utf8.RuneCountInString(t.Base) >= 4 && strings.HasSuffix(t.Base, "ت") && !strings.HasSuffix(t.Base, "ات")
}

// resumed reports a verb whose subject is the pronoun of أن after إذ,
// كما or حيث (كما أنه يمثل خطرا، إذ أنه يهدد بنقل السيناريو): it takes up
// the matter spoken of, not the speaker.
func resumed(s *sent, i int) bool {
	if i < 2 || !pronounSubject(s, i) {
		return false
	}
	switch strings.TrimLeft(s.toks[i-2].Norm, "و") {
	case "اذ", "كما", "حيث":
		return true
	}
	return false
}

// drafted reports a verb whose subject is a draft a few words before it
// (مشروع قرار يدين إيران، مسودة قرار على مجلس الأمن يدين): what the
// draft would do has not been done.
func drafted(s *sent, i int) bool {
	for k := i - 1; k >= 0 && k >= i-14 && s.toks[k].Text != "." && s.toks[k].Text != "؟"; k-- {
		switch s.keys[k] {
		case "مشروع", "مسوده", "مشاريع":
			return true
		}
	}
	return false
}

// adverbialBetween reports a word among tokens [from, to) that opens an
// adverbial of time (ورفض نتنياهو دعوات إلى استقالته بعد صدور توصية
// الشرطة): a name after it belongs to that adverbial, not to the object.
func adverbialBetween(s *sent, from, to int) bool {
	for k := from; k < to && k < len(s.toks); k++ {
		if adverbials[strings.TrimLeft(s.toks[k].Norm, "وف")] && !shortTime(s, k+1) {
			return true
		}
	}
	return false
}

// sayingParticiples are circumstantial participles of speech (قائلا،
// مضيفا): the pronoun of the أن after them is their own subject's.
var sayingParticiples = wordSet(`قايلا قايله مضيفا مضيفه موكدا موكده مشيرا مشيره معتبرا معتبره موضحا موضحه مشددا مشدده لافتا لافته`)

// participlePronoun reports a verb at i right after إنه or أنه that
// follows a participle of speech (حيا آبي ترامب قائلا إنه دعم،
// مشيرا إلى أنه): its subject is the one who speaks, which the
// quotation's speaker gives, not the nearest name (the praised one).
func participlePronoun(s *sent, i int) bool {
	if i < 2 || !pronounSubject(s, i) {
		return false
	}
	k := i - 2
	if k > 0 && s.toks[k].Norm == "الي" {
		k--
	}
	return sayingParticiples[s.keys[k]] || sayingParticiples[s.toks[k].Norm]
}

// comings are participles of coming or returning (قادما من، عائدا من).
var comings = wordSet(`قادما قادمه قادمين قادمون قادمة عايدا عايده عايدين اتيا اتيه`)

// cameFrom reports an actor after من and a participle of coming: the
// place one came from.
func cameFrom(s *sent, a *actor.Found) bool {
	k := a.Start - 1
	for k > 0 && strings.ContainsAny(s.toks[k].Text, "\"«»") && s.toks[k].Kind == marsad.TokenPunct {
		k-- // قادما من "برلين"
	}
	return k >= 1 && s.toks[k].Norm == "من" && comings[s.keys[k-1]]
}

// pronounPreps are prepositions with a pronoun that follow a verb before
// its subject (وتضامنت معها الجزائر، وردت عليه موسكو).
var pronounPreps = wordSet(`معها معه معهم عليها عليه عليهم لها له لهم منها منه منهم`)

// clauseWithPronoun reports, among tokens (from, to), a word joined by و
// and followed by a preposition with a pronoun: a new clause, verb first,
// whose subject comes after it.
func clauseWithPronoun(s *sent, from, to int) bool {
	for k := from + 1; k+1 < to; k++ {
		if s.toks[k].Kind == marsad.TokenWord && strings.HasPrefix(s.toks[k].Prefix, "و") && !strings.HasPrefix(s.keys[k], "ال") && pronounPreps[s.toks[k+1].Norm] {
			return true
		}
	}
	return false
}

// imperfect reports a verb of the third person masculine imperfect at
// k (يستغل، ويتهم): a word of four letters or more that begins with ي
// and has no article, other than the nouns that look so.
func imperfect(s *sent, k int) bool {
	if s.toks[k].Kind != marsad.TokenWord || strings.Trim(s.toks[k].Prefix, "وف") != "" {
		return false
	}
	w := s.keys[k]
	return strings.HasPrefix(w, "ي") && utf8.RuneCountInString(w) >= 4 && !imperfectLookalikes[w]
}

// imperfectLookalikes begin with ي but are nouns or names.
var imperfectLookalikes = wordSet(`يوم يوما يومي يومين يونيو يوليو يناير يمين يهود يهودي يهوديه يونيسيف يونسكو يوروفايتر يوسف يونس يحيي يزيد يعقوب ياسر يوغوسلافيا يونان`)

// inActor reports a token inside an actor mention.
func (s *sent) inActor(k int) bool {
	for _, f := range s.found {
		if f.Start <= k && k < f.End {
			return true
		}
	}
	return false
}

// feminineVerb reports an imperfect verb of the third person feminine
// singular, or of the second person (تدعم), with no pronoun after it.
func feminineVerb(s *sent, i, n int) bool {
	k := s.toks[i+n-1]
	return k.Suffix == "" && strings.HasPrefix(strings.TrimLeft(s.keys[i+n-1], "وفس"), "ت")
}

// masculineHeads begin the names of bodies and offices that take a
// masculine verb (حزب الله، الجيش السوري، مجلس الأمن).
var masculineHeads = wordSet(`حزب الحزب جيش الجيش نظام النظام مجلس المجلس تحالف التحالف حرس الحرس تنظيم التنظيم رييس الرييس وزير الوزير ملك الملك امير الامير المرشد الشيخ الامين`)

// masculineHead reports an actor whose first word is a masculine head.
func masculineHead(s *sent, f *actor.Found) bool {
	return !f.Adjective && masculineHeads[s.keys[f.Start]]
}

// auxiliaryBetween reports a form of كان among tokens [from, to): it
// opens a clause of its own (اقتراحات كانت قدمتها فرنسا، الذي كان
// يزور), whose subject is not that of the verb before it.
func auxiliaryBetween(s *sent, from, to int) bool {
	for k := from; k < to && k < len(s.toks); k++ {
		switch strings.TrimLeft(s.toks[k].Norm, "وف") {
		case "كان", "كانت", "كانوا", "يكون", "تكون":
			return true
		}
	}
	return false
}

// shortTime reports a span of time at k (قبل أسبوعين، منذ شهر، منذ أواخر
// مارس): the adverbial it ends is short, and the clause goes on after it.
func shortTime(s *sent, k int) bool {
	if k >= len(s.toks) {
		return false
	}
	return s.toks[k].Kind == marsad.TokenNumber || timeSpans[strings.TrimPrefix(s.keys[k], "ال")] || timeSpans[s.keys[k]] ||
		s.toks[k].Suffix != "" && s.toks[k].Kind == marsad.TokenWord // منذ نشوئه، منذ تأسيسها
}

var timeSpans = wordSet(`شهر اشهر شهرين اسبوع اسبوعين اسابيع يوم يومين ايام عام عامين اعوام سنه سنتين سنوات ساعه ساعات
	دقايق لحظات نحو قرابه حوالي اواخر اوايل مطلع بدايه منتصف نهايه فتره وقت ثلاثه اربعه خمسه سته عشره`)

var adverbials = wordSet(`بعد قبل اثر عقب غداه عشيه اثناء منذ`)

var preps = wordSet(`في علي عن من الي مع ضد حول بعد قبل خلال منذ عبر`)

var clauseOpeners = wordSet(`ان فان انه انها انهم الذي التي الذين حيث بينما فيما قايلا قايله مضيفا مشيرا بعدما عندما اذا لو لكن ولكن لكنه لكنها حين حينما`)

// conjuncts returns the end of a subject with the names conjoined to it
// (موسكو وبكين، قوات النظام وحلفاؤها الروس): what follows them is the object.
func conjuncts(s *sent, after []*actor.Found, subj *actor.Found) int {
	end := subj.End
	for _, f := range after {
		if f.Start < end {
			continue
		}
		if f.Start > end+1 || f.Place {
			break
		}
		if strings.HasPrefix(s.toks[f.Start].Prefix, "و") || f.Start == end+1 && s.toks[end].Kind == marsad.TokenWord && (strings.HasPrefix(s.toks[end].Prefix, "و") || allies(s.toks[end].Norm)) {
			end = f.End
			continue
		}
		break
	}
	return end
}

// objectPronoun reports a verb carrying its object as a pronoun (أدانته،
// رفضها): the actor after it is its subject, not its object.
func objectPronoun(s *sent, k int) bool {
	if k > 0 && preps[s.toks[k-1].Norm] || strings.ContainsAny(strings.TrimLeft(s.toks[k].Prefix, "وف"), "بل") {
		return false // عن رفضها، بدعمها: a verbal noun whose pronoun is its doer
	}
	switch s.toks[k].Suffix {
	case "ه", "ها", "هم", "هما", "هن":
		return true
	}
	return false
}

// unlinkedSubject reports a name right after a verb that the actor linker
// did not resolve (ويتهم مادورو الولايات المتحدة): the unknown subject,
// so the actor at subj is the object.
func unlinkedSubject(d *marsad.Document, s *sent, from, subj int) bool {
	if subj <= from {
		return false
	}
	if s.unknownIn(from, subj) {
		return true // ويتهم نجم الأسد: a surname of someone named in full before
	}
	lo, hi := s.toks[from].Start, s.toks[subj-1].End
	for _, e := range d.Entities {
		if e.Actor == nil && e.Type != marsad.LOC && e.Start >= lo && e.Start < hi {
			return true
		}
	}
	return false
}

// chargeNext reports a verbal noun with ب at k, the charge of an
// accusation (باغتيال، بدعم), not a name (بوتين) nor a pronoun (به).
func chargeNext(s *sent, k int) bool {
	t := s.toks[k]
	return t.Kind == marsad.TokenWord && strings.HasSuffix(strings.TrimLeft(t.Prefix, "وف"), "ب") && (t.Suffix == "" || s.toks[k-1].Suffix == "") &&
		utf8.RuneCountInString(t.Norm) >= 4 && !covered(s, k)
}

// unlinkedBefore reports a person's name right before the verb at i that
// the actor linker did not resolve, after أن or at the start of a clause
// (أن أنتونوف التقى): the verb's unknown subject.
func unlinkedBefore(d *marsad.Document, s *sent, i int) bool {
	if i == 0 || s.toks[i].Prefix != "" {
		return false
	}
	for _, f := range s.found {
		if f.End == i {
			return false
		}
	}
	// أن أنتونوف التقى: the words between أن and the verb are its subject.
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		t := s.toks[k]
		if thatWords[strings.TrimLeft(t.Norm, "و")] && t.Suffix == "" {
			return k < i-1
		}
		if t.Kind != marsad.TokenWord || t.Suffix != "" || ownStates[t.Norm] || timeWords[s.keys[k]] || covered(s, k) {
			break // إن بلاده انتقدت: his country, named before
		}
	}
	lo, hi := s.toks[i-1].Start, s.toks[i-1].End
	for _, e := range d.Entities {
		if e.Actor == nil && e.Type == marsad.PER && e.End > lo && e.End <= hi {
			k := i - 1
			for k > 0 && s.toks[k-1].End > e.Start {
				k--
			}
			return true // رجل الأعمال رضا ضراب يتهم اردوغان: the name before the verb is its subject
		}
	}
	return false
}

// otherReferent reports a feminine pronoun subject (أنها أيدت) after a
// masculine verb of saying (واعتبر): it stands for someone other than the
// speaker, so the speaker is not the doer.
func otherReferent(s *sent, i int) bool {
	k := i - 1
	if k > 0 && s.toks[k].Kind == marsad.TokenPunct && strings.ContainsAny(s.toks[k].Text, "\"«»“”") {
		k-- // أنها "أيدت
	}
	if k < 1 {
		return false
	}
	switch strings.TrimLeft(s.toks[k].Norm, "و") {
	case "انها", "بانها", "لانها", "لكنها":
	default:
		return false
	}
	return sayingVerbs[strings.TrimLeft(s.toks[k-1].Norm, "وف")]
}

// reportedWithin reports a verb after "قال إنه" inside the words of a
// direct quotation (وأضاف: "أعرب الرئيس عن تقديره، وقال إنه سيجتمع"):
// the one quoted tells what someone else said; he is not its subject.
func reportedWithin(s *sent, i int) bool {
	k := i - 1
	if k < 1 {
		return false
	}
	switch strings.TrimLeft(s.toks[k].Norm, "و") {
	case "انه", "بانه", "لانه":
	default:
		return false
	}
	if !sayingVerbs[strings.TrimLeft(s.toks[k-1].Norm, "وف")] {
		return false
	}
	for _, q := range s.quotes {
		if q.Kind == marsad.Direct && q.Span.Contains(s.toks[k-1].Span) && q.Span.Contains(s.toks[i].Span) {
			return true
		}
	}
	return false
}

// relativeSubject reports a verb right after a relative pronoun that
// agrees with it (بنس، الذي اتهمه; not الأكراد الذين تدعمهم): the
// antecedent is its subject, the pronoun on it its object.
func relativeSubject(s *sent, i int) bool {
	r := i - 1
	if r > 0 && s.toks[r].Kind == marsad.TokenPunct && strings.ContainsAny(s.toks[r].Text, "\"«“") {
		r-- // الدول التي "تدعم: a quotation opening on the verb
	}
	if r < 0 || !relatives[s.toks[r].Norm] {
		return false
	}
	w := strings.TrimSuffix(s.toks[i].Norm, arabicNorm(s.toks[i].Suffix))
	switch s.toks[r].Norm {
	case "الذي":
		return strings.HasPrefix(w, "ي") || !strings.HasPrefix(w, "ت") && !strings.HasSuffix(w, "ت") && !strings.HasSuffix(w, "وا")
	case "التي":
		return strings.HasPrefix(w, "ت") || strings.HasSuffix(w, "ت")
	case "الذين":
		return strings.HasSuffix(w, "ون") || strings.HasSuffix(w, "وا")
	}
	return false
}

// sayingVerbs are masculine verbs of saying and thinking before أن.
var sayingVerbs = wordSet(`قال اعتبر اكد اضاف اوضح راي ذكر اعلن شدد اشار زعم يري يعتبر يقول يوكد اعرب لفت`)

// calledOn reports a call or demand among tokens [from, to) whose act,
// brought by ل، ب or إلى, comes before to (الدعوات لسحب إيران): the actor
// at to is called on, not the caller (مطالب واشنطن names the caller).
func calledOn(s *sent, from, to int) bool {
	for k := max(from, to-4); k < to; k++ {
		if !demands[s.keys[k]] {
			continue
		}
		for j := k + 1; j < to; j++ {
			if p := strings.TrimLeft(s.toks[j].Prefix, "وف"); strings.HasSuffix(p, "ل") || strings.HasSuffix(p, "ب") || s.toks[j].Norm == "الي" {
				return true
			}
		}
	}
	return false
}

// demands are nouns of calls and requests.
var demands = wordSet(`الدعوات دعوات الدعوه دعوه المطالب مطالب المطالبات مطالبات الطلب طلب الطلبات طلبات`)

// attributed reports a speaker named in an attribution (بحسب ما أفادت
// مصادر قضائية، وفقا لوكالة): who tells of the act, not who did it.
func attributed(d *marsad.Document, m *marsad.Mention) bool {
	if own := strings.Fields(arabic.Normalize(m.Text)); len(own) > 0 && (attributions[own[0]] || attributions[strings.TrimPrefix(own[0], "و")]) {
		return true // "وفقا لما نقلته وكالة الأنباء السعودية" taken whole as the speaker
	}
	before := strings.Fields(arabic.Normalize(d.Slice(marsad.Span{Start: max(0, m.Start-24), End: m.Start})))
	for k := len(before) - 1; k >= 0 && k >= len(before)-3; k-- {
		w := before[k]
		if attributions[w] || attributions[strings.TrimPrefix(w, "و")] || attributions[strings.TrimPrefix(w, "ب")] || attributions[strings.TrimPrefix(w, "وب")] {
			return true
		}
	}
	return false
}

// ascribing are the forms of نسب: words ascribed to someone.
var ascribing = wordSet(`نسبت نسب تنسب ينسب نسبتها نسبها منسوبه المنسوبه منسوبا`)

// ascribed reports an actor at start a word of ascribing governs (نسبت
// للأمير القطري، المنسوبة إلى الوزير): what he is said to say is
// hearsay, which a verbal event should not assert.
func ascribed(s *sent, start int) bool {
	for k := start - 1; k >= 0 && k >= start-3; k-- {
		if ascribing[s.keys[k]] {
			return true
		}
		if s.toks[k].Kind == marsad.TokenPunct {
			return false
		}
	}
	return false
}

// violentNouns are verbal nouns an act of violence may be joined to by و
// (مواجهة وقتل خاشقجي، تعذيب وقتل): the act is a noun too.
var violentNouns = wordSet(`مواجهه اعتقال تعذيب خطف اختطاف احتجاز تصفيه استجواب ضرب`)

// armsCompounds head a noun of arming that names a kind of thing.
var armsCompounds = wordSet(`انظمه نظام منظومات منظومه سباق صناعه صناعات`)

// talkedOf reports sanctions only talked of (الحديث عن عقوبات، مجرد
// الحديث عن فرض عقوبات).
func talkedOf(s *sent, i int) bool {
	k := i - 1
	if k > 0 && s.keys[k] == "فرض" {
		k--
	}
	return k > 0 && s.toks[k].Norm == "عن" && (s.keys[k-1] == "الحديث" || s.keys[k-1] == "حديث")
}

// covered reports token k inside an actor mention.
func covered(s *sent, k int) bool {
	for _, f := range s.found {
		if f.Start <= k && k < f.End {
			return true
		}
	}
	return false
}

// ownStates are the state of someone named before (بلاده، حكومتها),
// written whole.
var ownStates = wordSet(`بلاده بلادها بلادهم بلادنا دولته دولتها حكومته حكومتها حكومتنا جيشه جيشها قواته قواتها`)

// thatWords open a clause whose subject comes first: أن، إن، بأن.
var thatWords = wordSet(`ان بان لان`)

// calls ask for an act: دعت المنظمة الجنود إلى رفض إطلاق النار، طالب
// بوقف الغارات.
var calls = wordSet(`دعا دعت دعوا يدعو تدعو يدعون ندعو ادعو دعوه دعوته دعوتها الدعوه دعوات طالب طالبت طالبوا يطالب تطالب يطالبون مطالبا مطالبه مطالبين حث حثت يحث تحث ناشد ناشدت يناشد تناشد
	داعيا داعيه داعين حاثا حاثه مناشدا مناشده`)

// called reports a trigger right after إلى (or a ب of a demand) whose
// clause opens with a call: what is called for has not happened.
func called(s *sent, i int) bool {
	if i == 0 || s.toks[i-1].Norm != "الي" && !strings.HasSuffix(strings.TrimLeft(s.toks[i].Prefix, "وف"), "ب") {
		return false
	}
	for k := i - 1; k >= 0 && k >= i-20; k-- {
		if s.toks[k].Kind == marsad.TokenPunct && s.toks[k].Text != "\"" {
			return false
		}
		if calls[s.keys[k]] || calls[s.toks[k].Norm] {
			return true
		}
	}
	return false
}

// charges name what one is accused of: حكم عليها بتهمة توفير دعم لتنظيم
// الدولة، اعتقل بتهم التخطيط لهجوم.
var charges = wordSet(`تهمه بتهمه التهمه تهم بتهم التهم تهمتي بتهمتي اشتباه الاشتباه شبهه الشبهه`)

// charged reports a charge or a suspicion (للاشتباه في دعمه) in the three
// words before i.
func charged(s *sent, i int) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if charges[s.keys[k]] || charges[s.toks[k].Norm] {
			return true
		}
	}
	return false
}

// attackNouns may be the subject of the verb of force after them.
var attackNouns = wordSet(`هجوم هجوما الهجوم اعتداء اعتداءات الاعتداء غاره الغاره غارات ضربه الضربه قصف القصف تفجير التفجير انفجار الانفجار هجمات الهجمات
	حصار الحصار مقاطعه المقاطعه`)

// violenceNouns name what is done to someone after ضد (أدانت العنف ضد
// الفلسطينيين): the one after ضد suffers it, and is not condemned.
var violenceNouns = wordSet(`العنف عنف القمع قمع الانتهاكات انتهاكات الاعتداءات الجرايم جرايم التمييز الحمله`)

// referenced reports a target inside an attack named as the object of a
// verb of reaction (دان الهجوم على السفارة الفرنسية), other than its doer
// told by the adjective right after it (دان الهجوم الإيراني).
func referenced(s *sent, from int, tgt *actor.Found) bool {
	for k := from; k < tgt.Start && k < len(s.toks); k++ {
		if attackNouns[s.keys[k]] {
			return !(tgt.Adjective && tgt.Start == k+1)
		}
	}
	return false
}

// attackSubject reports an attack noun right before the verb at i, or
// before its nationality adjective: اعتداء استهدف، غارة تركية استهدفت.
func attackSubject(s *sent, i int) bool {
	for k := i - 1; k >= 0 && k >= i-2; k-- {
		if attackNouns[s.keys[k]] {
			return s.toks[k].Suffix == ""
		}
		if k == i-1 {
			continue // the adjective
		}
	}
	return false
}

// forceRoots are the roots whose verbs may be read as passives.
var forceRoots = map[string]bool{"17": true, "18": true, "19": true, "20": true}

// victims begin the subject of a passive verb of force: قتل خمسة أشخاص،
// اعتقل عشرات المتظاهرين، قتل مدنيون.
var victims = wordSet(`شخص شخصا اشخاص شخصان شخصين مدني مدنيا مدنيان مدنيين مدنيون طفل طفلا طفلان اطفال
	امراه نساء مواطن مواطنا مواطنين مواطنون شاب شابا شبان جندي جنديا جنديان جنديين شرطي شرطيا شرطيان
	عنصر عنصرا عنصران نحو قرابه اكثر حوالي زهاء عشرات العشرات ميات الميات عدد اثنان اثنين
	ثلاثه اربعه خمسه سته سبعه ثمانيه تسعه عشره واحد احد صحفي صحفيا ناشط ناشطا معتقل لاجي لاجيا
	القيادي قيادي القايد قايد زعيم الزعيم`)

// agentWords bring the doer of a passive: على يد، بيد، من قبل، برصاص،
// بنيران، في غارة.
var agentWords = wordSet(`يد ايدي قبل رصاص نيران غاره غارات قصف برصاص بنيران بيد بايدي`)

// passive reports a verb of force read as a passive or told without its
// doer: a victim or a number right after it (قتل خمسة جنود), or no
// object at all (روس قتلوا في اشتباك، انفجرت سيارة).
func (c *coder) passive(s *sent, i, n int, t *trigger) bool {
	if t.noun || !forceRoots[t.code[:2]] || len(t.frame) > 0 {
		return false
	}
	if strings.Contains(t.words[0], "نفجر") {
		return true // انفجرت سيارة مفخخة: the bomb is no doer
	}
	if voweledPassive(s.toks[i]) {
		return true // قُتلت متطوعة بريطانية: written as a passive
	}
	if len(t.needs) > 0 {
		return false // فجر انتحاري نفسه
	}
	k := i + n
	for k < len(s.toks) && timeWords[s.keys[k]] {
		k++
	}
	if k >= len(s.toks) || s.toks[k].Kind == marsad.TokenPunct || s.toks[k].Kind == marsad.TokenNumber {
		return true
	}
	if victims[s.keys[k]] || victims[s.toks[k].Norm] {
		return true
	}
	for _, f := range s.found {
		if f.Start == k && f.Adjective && !strings.HasPrefix(s.keys[k], "ال") && (!singularAdjective(s, &f) || t.code[:2] == "18") {
			// قتل فلسطينيان في غارة: people of a country, the victims (not
			// قصف تركي); one person killed too (قتل تونسي في 2016).
			return true
		}
	}
	switch s.toks[k].Norm {
	case "في", "خلال", "اثناء", "جراء", "اثر", "بعد", "علي", "برصاص", "بنيران", "بيد", "من":
		return true
	case "فيها", "فيه", "فيهم":
		// العملية التي قتل فيها أسامة بن لادن: killed in it, the one
		// named after is the victim (but عملية استهدفت فيها مواقع).
		return t.code[:2] == "18"
	}
	// An agent phrase in the clause: خطفوا وقتلوا بأيدي عناصر التنظيم،
	// قتلوا بعمليات طعن ودهس من قبل فلسطينيين.
	for j := k; j < len(s.toks) && j < k+10; j++ {
		if s.toks[j].Kind == marsad.TokenPunct || clauseOpeners[s.toks[j].Norm] {
			break
		}
		switch s.toks[j].Norm {
		case "بايدي", "بيد", "برصاص", "بنيران":
			return true
		}
		if j > 0 && (s.keys[j] == "يد" || s.keys[j] == "ايدي") && s.toks[j-1].Norm == "علي" || s.keys[j] == "قبل" && j > 0 && s.toks[j-1].Norm == "من" {
			return true
		}
	}
	return false
}

// passiveActors returns the doer and the victim of a passive at [i, i+n):
// the victim after it (قتل خمسة جنود سوريين) or, SVO, before it; the doer
// after an agent word (على يد، برصاص، من قبل).
func (c *coder) passiveActors(s *sent, i, n int) (src, tgt *actor.Found) {
	for k := i + n; k < len(s.toks) && k < i+n+14; k++ {
		if s.toks[k].Kind == marsad.TokenPunct && k > i+n || clauseOpeners[s.toks[k].Norm] {
			break // الغوطة التي تتعرض لقصف من قبل النظام: another clause's agent
		}
		if src == nil && (agentWords[s.keys[k]] || agentWords[strings.TrimPrefix(s.keys[k], "ال")]) {
			for f := range s.found {
				if a := &s.found[f]; a.Start > k && a.Start <= k+4 && !a.Place {
					src = a
					break
				}
			}
			continue
		}
	}
	for f := range s.found {
		a := &s.found[f]
		if a.Start >= i+n && a.Start <= i+n+4 && !a.Place && a != src && (!governed(s, a) || partitive(s, a)) {
			tgt = a
			break
		}
	}
	if tgt == nil {
		for f := len(s.found) - 1; f >= 0; f-- {
			if a := &s.found[f]; a.End <= i && a.End >= i-6 && !a.Place && !governed(s, a) {
				if !boundary(s, a.End, i) {
					tgt = a
				}
				break
			}
		}
	}
	return src, tgt
}

// timeWords may stand between a verb and its subject: أمس، اليوم، الأحد.
var timeWords = wordSet(`امس اليوم الليله صباح مساء فجر الاحد الاثنين الثلاثاء الاربعاء الخميس الجمعه السبت ايضا قد كذلك`)

// forces are the roles that put down protests rather than hold them.
var forces = map[string]bool{"COP": true, "MIL": true, "SPY": true}

func force(f *actor.Found) bool { return len(f.Ref.Code) >= 6 && forces[f.Ref.Code[3:6]] }

// occupier reports a nationality named as an occupation (الاحتلال
// الإسرائيلي): its forces, who do not march.
func occupier(s *sent, f *actor.Found) bool {
	return f.Adjective && f.Start > 0 && (s.keys[f.Start-1] == "الاحتلال" || s.keys[f.Start-1] == "احتلال")
}

// stances are what views meet in (يلتقي مع الموقف الأمريكي).
var stances = wordSet(`الموقف موقف مواقف المواقف الرويه رويه المصالح مصالح التوجهات توجهات الراي راي الطرح`)

// coincides reports a verb of meeting at [i, i+n) whose subject is ما (وهو
// ما يلتقي مع) or whose partner after مع is a stance (تلتقي مع مواقف
// الرياض): views that agree, not people meeting.
func coincides(s *sent, i, n int) bool {
	if i > 0 && strings.TrimLeft(s.toks[i-1].Norm, "وب") == "ما" {
		return true
	}
	k := i + n
	return k+1 < len(s.toks) && s.toks[k].Norm == "مع" && stances[s.keys[k+1]]
}

// threatened reports a threat verb earlier in the clause: توعد الرئيس
// الأمريكي الأربعاء بشن ضربات، تهدد واشنطن بإعادة العقوبات.
func threatened(s *sent, i int) bool {
	for k := i - 1; k >= 0 && k >= i-9; k-- {
		if s.toks[k].Kind == marsad.TokenPunct {
			return false
		}
		if threats[s.keys[k]] {
			// وهو التهديد الذي نفذه فعلا وأعاد العمل بالعقوبات: a threat
			// carried out is an act done.
			return !(k+2 < i && relatives[s.toks[k+1].Norm] && strings.HasPrefix(s.keys[k+2], "نفذ"))
		}
	}
	return false
}

var threats = wordSet(`تهديدات التهديدات تهديد التهديد تهديده تهديدها تهديداتها تهديداته توعد توعدت يتوعد تتوعد هدد هددت هددوا يهدد تهدد يهددون لوح لوحت يلوح تلوح التلويح تلويح بالتلويح`)

// reacts reports a verb of reaction among tokens [from, to) (دانت حماس
// الانفجار، اتهم X بالهجوم): the actor it governs reacts to the event
// noun after it, it did not do it.
func (c *coder) reacts(s *sent, from, to int) bool {
	for k := max(0, from); k < to && k < len(s.toks); k++ {
		if reactions[s.keys[k]] || reactions[s.toks[k].Norm] {
			return true
		}
		if t, n := c.match(s, k); t != nil && !t.noun && reactionRoots[t.code[:2]] {
			if k+n == to {
				if u, _ := c.match(s, to); u != nil && u.code == t.code {
					continue // فرض عقوبات: the verb of the same act, not a reaction to it
				}
			}
			return true
		}
	}
	return false
}

// reactsInClause reports a verb of reaction that opens the clause of the
// actor at k, the names conjoined or annexed to it between (أدان قادة
// فرنسا وألمانيا والولايات المتحدة الهجوم على ...): they react to the event
// noun after them.
func (c *coder) reactsInClause(s *sent, k int) bool {
	for j := k - 1; j >= 0 && j >= k-10; j-- {
		if s.toks[j].Kind == marsad.TokenPunct || clauseOpeners[s.toks[j].Norm] {
			return false
		}
		if reactions[s.keys[j]] || reactions[s.toks[j].Norm] {
			return true
		}
	}
	return false
}

var reactions = wordSet(`دان دانت ادان ادانت يدين تدين ندد نددت يندد تندد استنكر استنكرت يستنكر تستنكر شجب شجبت
	بحث البحث للبحث لبحث مناقشه لمناقشه ادانه لادانه بادانه الادانه
	مقصر مقصره مقصرين تقصير تقاعس تقاعست
	ردت يرد ترد ردوا يردون
	اشاد اشادت يشيد تشيد اشادوا
	نفي نفت ينفي تنفي حمل حملت يحمل تحمل اتهم اتهمت يتهم تتهم انتقد انتقدت رحب رحبت يرحب ترحب
	رد ردا الرد ردود`)

var reactionRoots = map[string]bool{"01": true, "02": true, "05": true, "10": true, "11": true, "12": true, "13": true, "16": true}

// isJoint reports a CAMEO code of an act two parties do together, whose
// second party may be a conjoined subject (وقعت تونس والاتحاد الأوروبي
// اتفاقا، التقى X وY): consultations, agreements, cooperation. Support and
// praise are not (تدعم أمريكا وتركيا المتمردين: both support them).
// topical reports a verb of discussion (ناقش، بحث) whose direct object is
// the matter discussed: its partner comes with مع only (ناقش موظفو الأمم
// المتحدة مسألة سعي الليبيين is no meeting with the Libyans).
func topical(t *trigger) bool {
	return strings.Contains(t.words[0], "ناقش") || strings.Contains(t.words[0], "بحث") || agreement(t)
}

// agreement reports the verb of agreeing on something (اتفق، اتفقت):
// its partner is named with مع or joined to its subject by و, and what
// comes after its على is the matter agreed on.
func agreement(t *trigger) bool {
	return !t.noun && strings.HasPrefix(t.words[0], "اتفق")
}

// agreedOn reports the على at token k of the matter agreed on: a name
// after it (اتفقت روسيا والولايات المتحدة على خطة مع سوريا) is no
// partner.
func agreedOn(s *sent, t *trigger, k int) bool {
	return t != nil && agreement(t) && strings.TrimLeft(s.toks[k].Norm, "و") == "علي"
}

func isJoint(code string) bool {
	return strings.HasPrefix(code, "03") || strings.HasPrefix(code, "04") || code == "057" || strings.HasPrefix(code, "06")
}

// pastVerb reports a trigger that is a verb in the past (قتل، اعتقلت),
// with no future prefix and no future verb or particle right before it
// (ستعيد فرض العقوبات: the bare stem is the verbal noun there): a thing
// done.
func pastVerb(s *sent, i int, t *trigger) bool {
	if t.noun || t.present || future(s, i, t) {
		return false
	}
	for k := i - 1; k >= 0 && k >= i-2; k-- {
		if strings.Contains(s.toks[k].Prefix, "س") || strings.TrimLeft(s.toks[k].Norm, "و") == "لن" {
			return false
		}
	}
	return true
}

// pastDate is the date of a thing done in a sentence whose first date
// is still to come (وتأتي المظاهرات المرتقبة الجمعة بعد أسبوع قتل خلاله
// 20 فلسطينيا): the first of its days not after publication, or the
// publication date.
func pastDate(s *sent, pub string) string {
	for _, v := range s.dates {
		if !ahead(v, pub) {
			return v
		}
	}
	return pub
}

// clauseLinks are the words that open another clause or tie a time to
// another anchor between a trigger and a time expression after it (التي
// بدأت في 30 آذار، منذ، بحلول، بعد): the time is not the trigger's.
var clauseLinks = wordSet(`الذي التي الذين اللذين اللتين اللواتي اللاتي منذ بحلول حتي حتى بعد قبل اثر إثر عقب خلال`)

// laterClauseDate reports a sentence whose days are all named after the
// trigger ending before token j, the first of them in another clause: one
// opened by a clause link, ردا على or على خلفية (هدد بتوجيه ضربة ردا على
// هجوم استهدف السبت دوما، قتل 171 فلسطينيا منذ بدء المسيرات في 30 آذار):
// that day is the other act's, and the trigger's is not told. Not خلال
// or أثناء, which tell the act's own time, nor منذ right before the day,
// which tells when the act began. For a reaction (roots 01, 02, 05,
// 10–13, 16) بسبب opens the cause's clause too, for a charge (112) so
// does the charge brought with ب, and for violence (18–20) so does منذ
// right before the day: the dead counted since then.
func laterClauseDate(s *sent, j int, reaction, charge, violent bool) bool {
	if len(s.dateSpans) == 0 || j <= 0 || j > len(s.toks) || s.dateSpans[0].Start < s.toks[j-1].End {
		return false
	}
	for m := j; m < len(s.toks) && s.toks[m].Start < s.dateSpans[0].Start; m++ {
		tk := s.toks[m]
		b := tk.Base
		if b == "" {
			b = tk.Norm
		}
		switch {
		case b == "خلال" || b == "اثناء":
			continue // قتل سبعة خلال صدامات اندلعت الجمعة: the time of the act
		case b == "منذ" && m+1 < len(s.toks) && s.toks[m+1].Start >= s.dateSpans[0].Start:
			if violent {
				return true // وقتل 149 فلسطينيا منذ 30 آذار: a count since that day, not of it
			}
			continue // خرج المتظاهرون منذ 30 آذار: since that day, the act's first
		case linksClause(tk) || b == "ردا" || b == "خلفيه" || b == "رغم" || tk.Norm == "الرغم":
			return true // على الرغم من إفراج كراكاس، السبت: the other act's day
		case (b == "سبب" || tk.Norm == "بسبب") && reaction:
			return true // يرفض إسقاط دعوى بسبب هجمات 11 سبتمبر: the cause's day
		case charge && chargedAct(s, j, m, s.dateSpans[0].Start):
			// تتهم أنقرة غولن بتدبير الانقلاب في 15 يوليو 2016: the charged
			// act's day (but اتهموه بمعاداة السامية السبت: the day of the
			// charge, right after it).
			return true
		}
	}
	return false
}

// chargedAct reports token m, after the charge ending before token j,
// as the act charged with ب or بال, not an actor, three words or more
// before a day at offset day (تتهم أنقرة غولن بتدبير الانقلاب في 15
// يوليو 2016): the day is that act's.
func chargedAct(s *sent, j, m, day int) bool {
	tk := s.toks[m]
	p := strings.TrimLeft(tk.Prefix, "و")
	return m > j && tk.Kind == marsad.TokenWord && (p == "ب" || p == "بال") && !s.inActor(m) && m+3 < len(s.toks) && s.toks[m+3].Start < day
}

// sinceDate reports a sentence whose first day is named before the
// trigger at i after منذ and the act it began (ومنذ بدء التظاهرات في 30
// آذار، قتل 49 فلسطينيا), before منذ ذلك التاريخ, or after حتى or بحلول
// (جولته التي تستمر حتى 13 آذار، سيزور): the acts counted since that day are not all of it, and the
// event takes the publication date. Not when عندما or حين ties the
// trigger to that day (منذ 30 آذار عندما بدأ الفلسطينيون تنظيم المسيرات).
func sinceDate(s *sent, i int) bool {
	if len(s.dateSpans) == 0 || i >= len(s.toks) || s.dateSpans[0].End > s.toks[i].Start {
		return false
	}
	since := false
	for m := 0; m < i; m++ {
		tk := s.toks[m]
		if tk.End <= s.dateSpans[0].Start && tk.End+2 >= s.dateSpans[0].Start {
			switch strings.TrimLeft(tk.Norm, "و") {
			case "حتي", "حتى", "بحلول", "لغايه":
				return true // جولته التي تستمر حتى 13 آذار، سيزور: the end of something else
			}
		}
		if tk.Start >= s.dateSpans[0].End && strings.TrimLeft(tk.Norm, "و") == "منذ" && m+2 < i && s.keys[m+1] == "ذلك" {
			return true // انطلقت الحركة في 30 آذار، ومنذ ذلك التاريخ قتل 33
		}
		switch {
		case tk.Start < s.dateSpans[0].Start && strings.TrimLeft(tk.Norm, "و") == "منذ":
			// منذ بدء مسيرات العودة في: the day another act began (not
			// منذ 30 آذار right before it, which tells when this one did).
			since = m+2 < len(s.toks) && s.toks[m+2].Start < s.dateSpans[0].Start && s.dateSpans[0].Start-tk.End < 40
		case tk.Start >= s.dateSpans[0].End && since:
			switch strings.TrimLeft(tk.Norm, "و") {
			case "عندما", "حين", "حينما", "يوم", "لما":
				return false
			}
		}
	}
	return since
}

// leavesClause reports a token between a trigger and a time that is not
// of the trigger's clause: a mark, or a word linking another clause.
func leavesClause(tk marsad.Token) bool {
	return tk.Kind != marsad.TokenWord && tk.Kind != marsad.TokenNumber || linksClause(tk)
}

// linksClause reports a word of clauseLinks, by its base or its whole
// normalised form.
func linksClause(tk marsad.Token) bool {
	b := tk.Base
	if b == "" {
		b = tk.Norm
	}
	return clauseLinks[b] || clauseLinks[tk.Norm]
}

// ownDate is the day of the time expression that follows the trigger
// ending before token j in its own clause, in a sentence that names more
// than one day (شنت الولايات المتحدة وبريطانيا وفرنسا فجر السبت ضربات،
// تشييع مقاتلين قتلوا الأربعاء): at most eight words between a verb and
// the time, one after a noun, and no mark or clauseLinks word among
// them. It is "" when there is none, and the event keeps the sentence's
// first day.
func ownDate(s *sent, j int, noun, charge bool) string {
	if j <= 0 || j > len(s.toks) || len(s.dates) < 2 {
		return ""
	}
	distinct := false
	for _, v := range s.dates[1:] {
		if v != s.dates[0] {
			distinct = true
		}
	}
	if !distinct {
		return ""
	}
	limit := 8
	if noun {
		limit = 1
	}
	end := s.toks[j-1].End
	for k, sp := range s.dateSpans {
		if sp.Start < end {
			continue
		}
		words := 0
		for m := j; m < len(s.toks) && s.toks[m].Start < sp.Start; m++ {
			if leavesClause(s.toks[m]) {
				return ""
			}
			if charge && chargedAct(s, j, m, sp.Start) {
				return "" // اتهمت الدول الثلاث دمشق بشنه في دوما في 7 نيسان: the charged act's day
			}
			if !nameGoesOn(s, m) {
				words++ // a name of several words counts as one (زعيم كوريا الشمالية كيم جونغ أون)
			}
		}
		if words > limit {
			return ""
		}
		return s.dates[k]
	}
	return ""
}

// morrowOf reports a trigger at token i in a phrase that غداة opens a
// few words before it, in the same clause, with no day named between
// (بدأ وفد الجمعة زيارة إلى القامشلي، غداة تصريحات للأسد هدد فيها): the
// act was the day before the day the sentence gives the clause.
func morrowOf(s *sent, i int) bool {
	for k := i - 1; k >= 0 && k >= i-15; k-- {
		tk := s.toks[k]
		if tk.Kind == marsad.TokenPunct {
			return false
		}
		if strings.TrimLeft(tk.Norm, "و") == "غداه" {
			for _, sp := range s.dateSpans {
				if sp.Start >= tk.End && sp.Start < s.toks[i].Start {
					return false // غداة اجتماع الأحد ... الذي: a day of its own
				}
			}
			return true
		}
	}
	return false
}

// relativeDay is the day a relative clause right after the noun
// ending before token j names for it (الاحتجاجات التي اندلعت يوم الجمعة،
// المظاهرات الحاشدة التي شهدتها طهران السبت): at most two words between
// the noun and الذي or التي, a verb of happening or doing right after
// it, and at most one word more before the day, with no mark or clause
// link among them. "" for a verb, or when there is none.
func relativeDay(s *sent, j int, noun bool) string {
	if !noun || j <= 0 || len(s.dates) == 0 {
		return ""
	}
	rel := -1
	for k := j; k < len(s.toks) && k <= j+2; k++ {
		tk := s.toks[k]
		if tk.Kind != marsad.TokenWord || strings.HasPrefix(tk.Prefix, "و") {
			return ""
		}
		if tk.Norm == "التي" || tk.Norm == "الذي" {
			rel = k
			break
		}
	}
	if rel < 0 || rel+1 >= len(s.toks) || !occurrings[strings.TrimLeft(s.toks[rel+1].Norm, "و")] {
		return ""
	}
	for k, sp := range s.dateSpans {
		if sp.Start < s.toks[rel+1].End {
			continue
		}
		words := 0
		for m := rel + 2; m < len(s.toks) && s.toks[m].Start < sp.Start; m++ {
			tk := s.toks[m]
			if tk.Kind != marsad.TokenWord || clauseLinks[tk.Norm] || tellings[tk.Norm] {
				return ""
			}
			if !nameGoesOn(s, m) {
				words++
			}
		}
		if words > 1 {
			return ""
		}
		return s.dates[k]
	}
	return ""
}

// occurrings are the verbs of a relative clause that tell when the noun
// before it happened (اندلعت، جرت، شهدتها، نفذها).
var occurrings = wordSet(`اندلعت اندلع بدات بدا انطلقت انطلق جرت جرى وقعت وقع حدثت حدث شهدتها شهدها شهدت شهد خرجت خرج نظمت نظمها نظمتها نفذت نفذها نفذتها شنت شنها شنتها ارتكبت ارتكبها استهدفت استهدف عمت اجتاحت تفجرت اشتعلت`)

// tellings are verbs of telling: a day after one is the telling's.
var tellings = wordSet(`اعلن اعلنت قال قالت ذكر ذكرت افاد افادت اكد اكدت كشف كشفت`)

// timeOpeners open a phrase that puts an act before the day of its clause
// (بعد قتل عشرات الفلسطينيين، إثر احتجاجات، عقب هجوم).
var timeOpeners = wordSet(`بعد بعدما اثر عقب`)

// linkedDay returns the token of بعد، إثر or عقب that opens, a few words
// before the trigger at i in its clause, a phrase with no day of its own
// when the clause's day is named before it (طالب ترودو الأربعاء بتحقيق
// بعد قتل عشرات الفلسطينيين): the act was before that day, which only
// bounds it. back is 1 or 2 when the phrase counts the days (بعد يوم من
// مقتل، بعد يومين على), else 0. It returns -1 when there is no such
// phrase, or when it counts hours (بعد ساعات من ضربات شنتها: that day).
func linkedDay(s *sent, i int) (link, back int) {
	if len(s.dateSpans) == 0 || i >= len(s.toks) {
		return -1, 0
	}
	for k := i - 1; k >= 0 && k >= i-8; k-- {
		tk := s.toks[k]
		if tk.Kind == marsad.TokenPunct {
			return -1, 0
		}
		if !timeOpeners[strings.TrimLeft(tk.Norm, "و")] || tk.Prefix != "" && tk.Prefix != "و" {
			continue
		}
		if s.dateSpans[0].End > tk.Start {
			return -1, 0 // no day before the link
		}
		for _, sp := range s.dateSpans {
			if sp.Start >= tk.End && sp.Start < s.toks[i].End {
				return -1, 0 // بعد هجوم الأحد: a day of its own
			}
		}
		if k+1 < i {
			switch strings.TrimLeft(s.toks[k+1].Norm, "و") {
			case "ساعات", "ساعه", "ساعتين", "دقايق", "لحظات", "وقت", "قليل":
				return -1, 0
			case "يوم":
				return k, 1
			case "يومين":
				return k, 2
			}
		}
		return k, 0
	}
	return -1, 0
}

// dayBefore is the day before day v (YYYY-MM-DD), or v when it is no day.
func dayBefore(v string) string {
	if len(v) < 10 {
		return v
	}
	t, err := time.Parse("2006-01-02", v[:10])
	if err != nil {
		return v
	}
	return t.AddDate(0, 0, -1).Format("2006-01-02")
}

// segmentDate is the first day of the sentence that no full stop parts
// from the trigger at token i (a quote of several sentences: "تحدثت
// عنهم بالأمس. واعتقلت الحكومة التركية عالما"), else the publication date
// pub; the sentence's first day when it has no stop inside.
func segmentDate(s *sent, i int, pub string) string {
	if len(s.dates) == 0 || i >= len(s.toks) {
		return s.date
	}
	for k, sp := range s.dateSpans {
		lo, hi := sp.End, s.toks[i].Start
		if sp.Start > hi {
			lo, hi = s.toks[i].End, sp.Start
		}
		parted := false
		for _, tk := range s.toks {
			if tk.Start >= lo && tk.End <= hi && fullStop(tk) {
				parted = true
				break
			}
		}
		if !parted {
			return s.dates[k]
		}
	}
	return pub
}

// fullStop reports a mark that ends a sentence inside a quote.
func fullStop(tk marsad.Token) bool {
	if tk.Kind != marsad.TokenPunct {
		return false
	}
	switch tk.Text {
	case ".", "!", "?", "؟":
		return true
	}
	return false
}

// ownPeriod is the value of a time coarser than a day (a month, a week,
// a year: 2018-05, 2018-W20, 2017) not after publication that follows
// the trigger ending before token j in its own clause, as near as
// ownDate asks of a day (اجتمع مع السيسي في مايو/أيار); "" when there is
// none or a day comes first.
func ownPeriod(d *marsad.Document, s *sent, j int, noun bool) string {
	if j <= 0 || j > len(s.toks) || s.index >= len(d.Sentences) {
		return ""
	}
	sp := d.Sentences[s.index]
	end := s.toks[j-1].End
	limit := 8
	if noun {
		limit = 1
	}
	var best *marsad.Time
	for k := range d.Times {
		tm := &d.Times[k]
		if !sp.Contains(tm.Span) || tm.Start < end || tm.Type != marsad.Date || len(tm.Value) < 4 || len(tm.Value) >= 10 {
			continue
		}
		if best == nil || tm.Start < best.Start {
			best = tm
		}
	}
	if best == nil || !digits(best.Value[:4]) || ahead(best.Value, d.Published) {
		return ""
	}
	if digits(best.Text) && !yearAfterFi(s, best.Start) {
		return "" // وأصيب نحو 1500: a count, not a year (but في 2016)
	}
	for _, ds := range s.dateSpans {
		if ds.Start >= end && ds.Start < best.Start {
			return "" // a day comes first
		}
	}
	words := 0
	for m := j; m < len(s.toks) && s.toks[m].Start < best.Start; m++ {
		if leavesClause(s.toks[m]) {
			return ""
		}
		words++
	}
	if words > limit {
		return ""
	}
	return best.Value
}

// yearAfterFi reports a bare number at offset start right after في (في
// 2016): a year.
func yearAfterFi(s *sent, start int) bool {
	for k := 1; k < len(s.toks); k++ {
		if s.toks[k].Start == start {
			return strings.TrimLeft(s.toks[k-1].Norm, "و") == "في"
		}
	}
	return false
}

// digits reports a string of ASCII digits.
func digits(v string) bool {
	for _, r := range v {
		if r < '0' || r > '9' {
			return false
		}
	}
	return v != ""
}

// nameGoesOn reports token m inside an actor's name with the name's next
// word after it.
func nameGoesOn(s *sent, m int) bool {
	for _, f := range s.found {
		if f.Start <= m && m+1 < f.End {
			return true
		}
	}
	return false
}

// dayAfter reports a day named right after the noun ending before token
// j, at most two words on (المظاهرات المقررة الجمعة، زيارة الأحد): the
// noun's own day.
func dayAfter(s *sent, j int) bool {
	for _, sp := range s.dateSpans {
		if j <= 0 || j > len(s.toks) || sp.Start < s.toks[j-1].End {
			continue
		}
		words := 0
		for m := j; m < len(s.toks) && s.toks[m].Start < sp.Start; m++ {
			if s.toks[m].Kind != marsad.TokenWord {
				return false
			}
			words++
		}
		return words <= 2
	}
	return false
}

// bareCountry reports a mention that names a country and nothing in it
// (إسبانيا، المنتخب المغربي's المغربي), not its government or a person.
func bareCountry(m *marsad.Mention) bool {
	return m != nil && m.Actor != nil && strings.HasPrefix(m.Actor.ID, "country/") && strings.Count(m.Actor.ID, "/") == 1 && len(m.Actor.Code) == 3
}

// finish builds the event with its evidence and location.
func (c *coder) finish(d *marsad.Document, s *sent, i, n int, t *trigger, code string, srcM, tgtM *marsad.Mention) marsad.Event {
	cc, _ := Lookup(code)
	ev := marsad.Event{Code: code, Root: cc.Root, Name: cc.Name, Quad: cc.Quad, Goldstein: cc.Goldstein,
		Source: srcM, Target: tgtM, Date: segmentDate(s, i, d.Published), Sentence: s.index, Mentions: 1, Confidence: 0.7}
	if v := ownDate(s, i+n, t.noun, strings.HasPrefix(code, "112")); v != "" {
		ev.Date = v
	} else if v := relativeDay(s, i+n, t.noun); v != "" {
		// أدان الاحتجاجات التي اندلعت يوم الجمعة: the noun's own
		// relative clause tells its day.
		ev.Date = v
	} else if morrowOf(s, i) {
		// أغلقت متاجر الخميس غداة احتجاجات: the protests were the day
		// before the day of the clause.
		ev.Date = dayBefore(ev.Date)
	} else if k, back := linkedDay(s, i); k >= 0 && back > 0 {
		// أغلقت المتاجر الخميس بعد يوم من مقتل ثلاثة: a day, or two,
		// before the clause's.
		for ; back > 0; back-- {
			ev.Date = dayBefore(ev.Date)
		}
	} else if v := ownPeriod(d, s, i+n, t.noun); v != "" && !strings.HasPrefix(ev.Date, v) && cc.Root != "03" && cc.Root != "13" {
		// صرح الثلاثاء بأن نتانياهو اجتمع مع السيسي في مايو: the act has
		// a month of its own, not the day of its telling.
		ev.Date = d.Published
	} else if laterClauseDate(s, i+n, reactionRoots[code[:2]], strings.HasPrefix(code, "112"), violentRoot(code)) || sinceDate(s, i) && len(s.dates) == 1 {
		ev.Date = d.Published
	}
	if pastVerb(s, i, t) && ahead(ev.Date, d.Published) {
		ev.Date = pastDate(s, d.Published)
	}
	if t.noun && ahead(ev.Date, d.Published) && cc.Root != "03" && cc.Root != "13" && !dayAfter(s, i+n) {
		// وكانت واشنطن حددت الرابع من نوفمبر موعدا ... خرقا للعقوبات، مجلس
		// الأمن سيجتمع الأربعاء لبحث الهجمات: a day to come that is not
		// the noun's own dates the plan, not the act named.
		ev.Date = pastDate(s, d.Published)
	}
	if t.noun {
		ev.Confidence = 0.6
	}
	trig := marsad.Span{Start: s.toks[i].Start, End: s.toks[i+n-1].End}
	lo, hi := trig.Start, trig.End
	for _, m := range []*marsad.Mention{srcM, tgtM} {
		if m != nil && d.SentenceOf(m.Start) == s.index {
			lo, hi = min(lo, m.Start), max(hi, m.End)
		}
	}
	ev.Evidence = marsad.Evidence{Trigger: trig, Clause: marsad.Span{Start: lo, End: hi}}
	ev.Evidence.Text = d.Slice(ev.Evidence.Clause)
	if m := visitedPlace(t, tgtM); m != nil {
		ev.Location = m // زار نتانياهو موسكو حيث بحث الوضع في سوريا: he was in Moscow
	} else if f := c.nearestPlace(s, i, n, cc.Root); f != nil {
		ev.Location = mentionOf(d, s, f)
	}
	return ev
}

// visitedPlace returns the place a visit goes to when its target names
// it (زار نتانياهو موسكو، سيزور ظريف بكين): a city or a country, not a
// body (البيت الأبيض) or a nationality (نظيره الروسي). Nil otherwise.
func visitedPlace(t *trigger, tgt *marsad.Mention) *marsad.Mention {
	if tgt == nil || !strings.HasPrefix(t.code, "042") {
		return nil
	}
	lex, err := actor.DefaultLexicon()
	if err != nil {
		return nil
	}
	ref, ok := lex.Place(tgt.Text)
	if !ok {
		return nil
	}
	return &marsad.Mention{Span: tgt.Span, Text: tgt.Text, Actor: ref}
}

// nearestPlace returns the place of the sentence nearest the trigger at
// [i, i+n), in tokens, the later one on a tie, and a place something goes
// to (نقل السفارة إلى القدس) only when there is no other: where the act
// was done, not a place another clause names (نددت تركيا بالمجزرة في
// غزة، بينما تظاهر الآلاف في إسطنبول: the march was in Istanbul). Nil
// when the sentence names no place. An act done in words (verbal) takes
// no place its words are about: none after the act they name or the
// condition they set (اتهمت إسرائيل إيران بقصف مواقع في سوريا: the
// shelling was in Syria, the charge was not).
func (c *coder) nearestPlace(s *sent, i, n int, root string) *actor.Found {
	verbal := verbalRoots[root] || root == "16"
	if root == "04" && phoned(s, i, n) {
		return nil // بحث مع بوتين في اتصال هاتفي الوجود الإيراني في سوريا: a call has no one place
	}
	var best *actor.Found
	bestGap := 0
	for k := range s.found {
		f := &s.found[k]
		if !f.Place && (verbal || !statePart(s, f)) || f.Ref == nil || capitalNamed(s, f.Start) || arrivedFrom(s, f.Start) || withPartner(s, placeQualified(s, f).Start, i+n) || referencePoint(s, f.Start) || inName(s, f.Start) || negatedPlace(s, f.Start) {
			continue
		}
		if (verbal || root == "03") && f.Start >= i+n && topicPlace(s, f.Start) || verbal && f.End <= i && (relativeAct(s, f.End, i) || linkedAct(s, f, i)) {
			continue // سيبحث مع بوتين الوجود الإيراني في سوريا، خان شيخون التي تتهم واشنطن النظام بشنه، زيارة إلى القامشلي عقب تصريحات هدد فيها
		}
		if !verbal && f.End <= i && quotedAway(s, f, i) {
			continue // قالت ماي عند وصولها إلى بروكسل: "شنت روسيا هجوما": where she spoke, not where the attack was
		}
		if verbal && f.End <= i && reporterAt(s, f.Start) {
			continue // أفاد مراسل قناة "العربية" في نيويورك بأن الحوثيين رفضوا: where the reporter is
		}
		if verbal && (withdrawnFrom(s, f.Start) || f.End <= i && isParticiple(s, i) && matterBefore(s, f.Start)) {
			continue // رفضت مقترحات بالانسحاب من الحديدة، اتهم المتمردين بنهب المساعدات في الحديدة داعيا الأمم المتحدة
		}
		if verbal && f.Start >= i+n && c.spokenAbout(s, i+n, f.Start, root) || f.Start >= i+n && answerBetween(s, i+n, f.Start) || moved(s, f.Start) || otherClause(s, i, n, f, verbal, root == "04") || resident(s, f.Start) ||
			(root == "11" || root == "02") && actorsPlace(s, f, i, n) {
			continue
		}
		gap := f.Start - (i + n) // after the trigger
		if f.End <= i {
			gap = i - f.End // before it
		}
		if gap < 0 {
			gap = 0
		}
		if verbal && root != "04" && gap > 12 && !occasion(s, f.Start) {
			continue // an act of words names its place near it, not a clause away (but في كلمة ألقاها في ميونخ)
		}
		if f.Start > 0 && s.toks[f.Start-1].Norm == "الي" {
			gap += len(s.toks) // نقل السفارة إلى القدس: where something goes, if nothing else
		}
		if f.End <= i && tellingBetween(s, f.End, i) && relativeBefore(s, f.Start) {
			continue // أعلن التحالف الذي تقوده السعودية في اليمن أن الحوثيين هاجموا: the teller's description
		}
		if f.End <= i && tellingBetween(s, f.End, i) && (root == "03" || root == "13") {
			continue // أكد في مؤتمر صحفي في موسكو أن ترامب سيلتقي بوتين: the meeting to come is not there
		}
		if f.End <= i && answerBetween(s, f.End, i) {
			// محادثات في أنقرة على خلفية العملية التي تشنها تركيا في شمال
			// سوريا: the place of the act the cause names, if it names one.
			gap += len(s.toks)
		}
		if f.End <= i && tellingBetween(s, f.End, i) {
			// قال مراسل في العراق إن المئات يعتصمون في البصرة: the place of
			// the telling, if the clause told names none.
			gap += len(s.toks)
		}
		if best == nil || gap <= bestGap {
			best, bestGap = placeQualified(s, f), gap
		}
	}
	return best
}

// statePart reports a country at f named as a part of it after في، على
// or ب and a direction (في شمال سوريا، غارات على شرق سوريا، بجنوب
// لبنان): the actor stage reads the state after a preposition and a
// direction, but the part of the land is where an act not done in words
// is.
func statePart(s *sent, f *actor.Found) bool {
	if f.Adjective || f.Ref == nil || len(f.Ref.Code) != 3 || f.Start < 2 || !directions[s.keys[f.Start-1]] {
		return false
	}
	if strings.Contains(strings.TrimLeft(s.toks[f.Start-1].Prefix, "و"), "ب") {
		return true
	}
	switch strings.TrimLeft(s.toks[f.Start-2].Norm, "و") {
	case "في", "علي":
		return true
	}
	return false
}

// capitalNamed reports a place at token k named as the capital of a state
// talked of (دولة فلسطينية مستقلة وعاصمتها القدس الشرقية، عاصمتها في
// القدس): what the state is to have, not where anything is done. Not the
// capital after a preposition (سيلتقي في عاصمتها أديس أبابا: there).
func capitalNamed(s *sent, k int) bool {
	j := k - 1
	if j >= 0 && s.toks[j].Norm == "في" {
		j--
	}
	if j < 0 || s.keys[j] != "عاصمت" || s.toks[j].Suffix == "" || strings.ContainsAny(strings.TrimLeft(s.toks[j].Prefix, "و"), "بل") {
		return false
	}
	if j == 0 {
		return true
	}
	switch strings.TrimLeft(s.toks[j-1].Norm, "و") {
	case "في", "الي", "من", "نحو", "داخل", "قرب":
		return false
	}
	return true
}

// arrivedFrom reports a place at token k after من that an arrival or a
// return names right before (لدى وصوله من العاصمة البريطانية لندن، عائدا
// من باريس): where someone came from, not where the act was done.
func arrivedFrom(s *sent, k int) bool {
	j := k - 1
	for j >= 0 && s.toks[j].Kind == marsad.TokenWord && townNouns[strings.TrimPrefix(s.keys[j], "ال")] {
		j-- // من العاصمة البريطانية، من مدينة حلب
	}
	if j < 1 || s.toks[j].Norm != "من" {
		return false
	}
	return comings[s.keys[j-1]] || arrivalNouns[s.keys[j-1]]
}

// arrivalNouns are the verbal nouns of arriving or coming back, as keyed
// (وصوله، عودتها).
var arrivalNouns = wordSet(`وصول عوده عودت`)

// answerBetween reports ردا or انتقاما among tokens [from, to) (ضربات
// استهدفت مواقع للنظام ردا على هجوم كيميائي في دوما): a place after it
// is where the act answered happened.
func answerBetween(s *sent, from, to int) bool {
	for k := from; k < to; k++ {
		switch strings.TrimLeft(s.toks[k].Norm, "و") {
		case "ردا", "رد", "انتقاما", "ثارا", "للرد", "لرد":
			return true // (للرد على هجوم دوما: in answer to it too)
		case "خلفيه":
			// ضربات استهدفت مواقع للجيش، على خلفية اتهام النظام بقصف
			// مدينة دوما: the act the strikes answer.
			return k > from && strings.TrimLeft(s.toks[k-1].Norm, "و") == "علي"
		}
	}
	return false
}

// bareNoun is a token key without و، a preposition ب or ل and the article
// (بالعاصمة → عاصمه، لوجود → وجود), for matching words of a list.
func bareNoun(key string) string {
	key = strings.TrimPrefix(key, "و")
	if k := strings.TrimPrefix(strings.TrimPrefix(key, "ب"), "ل"); len(k) >= 6 {
		key = k
	}
	return strings.TrimPrefix(key, "ال")
}

// phoned reports a telephone call named with the trigger at [i, i+n), a
// few words around it in its clause (بحث مع الرئيس الروسي في اتصال
// هاتفي، أجرى اتصالا هاتفيا): the two talked from their own places, and
// a place the sentence names is what they talked of.
func phoned(s *sent, i, n int) bool {
	for k := i - 1; k >= 0 && k >= i-4 && s.toks[k].Kind != marsad.TokenPunct; k-- {
		if phoneWord(s.keys[k]) {
			return true
		}
	}
	for k := i; k < len(s.toks) && k < i+n+10; k++ {
		if k >= i+n && s.toks[k].Kind == marsad.TokenPunct && !strings.ContainsAny(s.toks[k].Text, "\"«“") {
			return false
		}
		if phoneWord(s.keys[k]) {
			return true
		}
	}
	return false
}

// phoneWord reports a token key naming a telephone (هاتفي، بالهاتف،
// هاتفيا).
func phoneWord(key string) bool {
	return strings.Contains(key, "هاتف") && !strings.Contains(key, "هواتف")
}

// negatedPlace reports a place at token k whose في a negation opens
// (وليس في غزة فحسب، لا في سوريا وحدها): the clause says the matter is
// not there alone, and what it names next happened elsewhere.
func negatedPlace(s *sent, k int) bool {
	j := k - 1
	if j < 0 || strings.TrimLeft(s.toks[j].Norm, "و") != "في" {
		return false
	}
	j--
	if j >= 0 && s.toks[j].Norm == "فقط" {
		j--
	}
	if j < 0 {
		return false
	}
	switch strings.TrimLeft(s.toks[j].Norm, "و") {
	case "ليس", "ليست", "لا":
		return true
	}
	return false
}

// topicPlace reports a place at token k that qualifies the matter talked
// of (بحث مع نظيره الأمريكي الأزمة في سوريا، التطورات الأخيرة في
// سوريا، ضم مستوطنات الضفة الغربية): where the matter is, not where the
// words were said.
func topicPlace(s *sent, k int) bool {
	j := k - 1
	if j >= 0 && s.toks[j].Norm == "في" {
		j--
	}
	for j >= 0 && s.toks[j].Kind == marsad.TokenWord && (qualifiers[s.keys[j]] || strings.HasPrefix(s.keys[j], "ال") && strings.HasSuffix(s.keys[j], "يه") && j > 0 && topics[s.keys[j-1]]) {
		j-- // التطورات الأخيرة في، الأزمة السياسية في
	}
	if j >= 0 && topics[s.keys[j]] {
		return true
	}
	// الوجود الإيراني في سوريا، لوجود قواعد إيرانية ثابتة في سوريا: a
	// presence a few words before.
	for j := k - 2; j >= 0 && j >= k-5; j-- {
		if s.toks[j].Kind != marsad.TokenWord {
			return false
		}
		if strings.HasSuffix(s.keys[j], "وجود") {
			// Not أثناء وجودهم في كوريا الجنوبية: where they were then.
			return j == 0 || !duringWords[bareNoun(s.keys[j-1])]
		}
	}
	return false
}

// relativeAct reports a relative pronoun among the last three words
// before the trigger at i, after token from, with no mark between and no
// resumptive فيها or حيث right after the trigger (بلدة خان شيخون التي
// تتهم واشنطن النظام بشنه): the act of words is told of the antecedent,
// and the antecedent's place is not where it was done. The pronoun
// stands at most three words after the place, in its antecedent's phrase
// (not الصراع في سوريا عدد من القوى الغربية التي دعمت المعارضة).
func relativeAct(s *sent, from, i int) bool {
	for k := i - 1; k >= from && k >= i-3; k-- {
		if s.toks[k].Kind == marsad.TokenPunct {
			return false
		}
		if relatives[strings.TrimLeft(s.toks[k].Norm, "و")] && k <= from+3 {
			for j := i + 1; j < len(s.toks) && j <= i+3; j++ {
				switch s.toks[j].Norm {
				case "فيها", "فيه", "بها", "حيث":
					return false // المدينة التي ندد فيها
				}
			}
			return true
		}
	}
	return false
}

// linkedAct reports a time link (بعد، قبل، عقب، إثر) between place f
// and the trigger at i when the place does not open the sentence (زيارة
// إلى مدينة القامشلي تأتي عقب تصريحات للأسد هدد فيها): the act of words
// is the one the link times the first act by, and the place is the first
// act's.
func linkedAct(s *sent, f *actor.Found, i int) bool {
	if frontedAt(s, f.Start) {
		return false
	}
	for k := f.End; k < i; k++ {
		if n := strings.TrimLeft(s.toks[k].Norm, "و"); timeLinks[n] && n != "منذ" {
			return true // (not منذ سنوات, a span of time)
		}
	}
	return false
}

// duringWords time a thing by someone's stay (أثناء وجودهم، خلال وجوده).
var duringWords = wordSet(`اثناء خلال عند لدي فتره مده طوال بعد قبل`)

// topics are the nouns of a matter talked of (الأزمة، الوضع، التطورات).
var topics = wordSet(`الازمة ازمة الوضع وضع الاوضاع اوضاع التطورات تطورات المستجدات مستجدات الاحداث احداث النزاع نزاع الصراع صراع الملف ملف القضية قضية الحل حل التسوية تسوية السلام الاستقرار مستوطنات المستوطنات التدخل تدخل تدخلها تدخله دور دورها دوره نفوذ نفوذها نفوذه الحرب حرب`)

// qualifiers stand between a topic noun and its place (التطورات الأخيرة في).
var qualifiers = wordSet(`الاخيرة الاخيره الراهنة الراهن الجارية الجاري الحالية الحالي المتدهورة المتفاقمة`)

// inName reports a place at token k inside a name given after اسم،
// عنوان or شعار (تظاهرة تحمل اسم "انتفاضة القدس"): a name, not a scene.
func inName(s *sent, k int) bool {
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		if nameWords[strings.TrimLeft(s.keys[j], "و")] {
			return true
		}
		if s.toks[j].Kind == marsad.TokenPunct && !strings.ContainsAny(s.toks[j].Text, "\"«“") {
			return false
		}
	}
	// جمعية "بيت الإعلاميين العرب في تركيا": the name of a body in quotes.
	for j := k - 1; j >= 1 && j >= k-6; j-- {
		if s.toks[j].Kind != marsad.TokenPunct {
			continue
		}
		if !strings.ContainsAny(s.toks[j].Text, "\"«“") {
			return false
		}
		return bodyNouns[strings.TrimLeft(s.keys[j-1], "و")]
	}
	return false
}

// bodyNouns head the name of a body (جمعية، منظمة، حركة).
var bodyNouns = wordSet(`جمعية منظمة حركة مركز مؤسسة هيئة اتحاد رابطة حزب تحالف ائتلاف مجموعة شركة جماعة تجمع مبادرة حملة`)

// nameWords introduce a name (تحمل اسم، بعنوان، تحت شعار).
var nameWords = wordSet(`اسم عنوان شعار تسميه مسمي`)

// relativeBefore reports a relative pronoun a few words before token k
// in the same clause (التحالف الذي تقوده السعودية في اليمن): a place in
// a relative clause describes the one it follows.
func relativeBefore(s *sent, k int) bool {
	for j := k - 1; j >= 0 && j >= k-5; j-- {
		if s.toks[j].Kind == marsad.TokenPunct {
			return false
		}
		if relatives[s.toks[j].Norm] {
			return true
		}
	}
	return false
}

// tellingBetween reports the أن of reported words among tokens [from,
// to): what follows is the clause told.
func tellingBetween(s *sent, from, to int) bool {
	for k := from; k < to; k++ {
		switch strings.TrimLeft(s.toks[k].Norm, "و") {
		case "ان", "بان", "انه", "انها", "انهم":
			return true
		}
	}
	return false
}

// spokenAbout reports, among tokens [from, to) after a verbal act, the
// trigger of another act (بقصف، بشن غارات), a condition (إذا لم تغير
// سلوكها), the أن of reported words (قال إن الغارات في سوريا) or an act
// against someone (من استخدام القوة ضد المدنيين في إدلب): what comes
// after it is what the words are about. A meeting is no such act: where
// they met is where they talked (بحث شويغو الوضع مع ليبرمان عندما التقيا
// في موسكو); nor is the one whom support is against (تدعم الولايات
// المتحدة المقاتلين في الحرب ضد داعش في سوريا), nor an attack that is the
// words themselves (شن هجوما حادا على إيران في كلمة ألقاها في ميونخ).
func (c *coder) spokenAbout(s *sent, from, to int, root string) bool {
	for k := from; k < to; k++ {
		switch n := strings.TrimLeft(s.toks[k].Norm, "و"); {
		case conditionals[n], n == "بان", n == "ضد" && root != "05":
			return true
		case n == "ان" && (k == 0 || !mediaWords[strings.TrimPrefix(s.keys[k-1], "ال")]): // not شبكة إن تي في
			return true
		case (attackNouns[s.keys[k]] || s.keys[k] == "شن") && prepositioned(s, k):
			return true // (an attack named is one, whatever frame it lacks)
		case (root == "11" || root == "13") && strings.Contains(strings.TrimLeft(s.toks[k].Prefix, "و"), "ب"):
			return true // اتهم نتانياهو طهران بنشر ميليشيات في سوريا: the charge
		case timeLinks[n] || causeLinks[strings.TrimPrefix(s.keys[k], "ال")]:
			return true // اجتمع بالسفير بعد دخوله للقنصلية في إسطنبول، طرد دبلوماسيين على خلفية تسميم الجاسوس في بريطانيا: another act's place
		case s.keys[k] == "قيام":
			return true // رفضت إيران قيام واشنطن بإقامة قواعد داخل العراق: the doing the words are about
		case moves[s.keys[k]]:
			return true // رحبت إسرائيل باعتزام باراغواي نقل سفارتها في تل أبيب: what is moved
		case root == "02" && n == "الي":
			return true // دعا جونسون روسيا إلى استخدام نفوذها في سوريا: what is called for
		case relatives[n] && root != "04":
			return true // انتقد الانتهاكات التي ارتكبها الجنود في غزة: the place of what was done
		}
		if t, _ := c.match(s, k); t != nil && t.code[:2] != "04" {
			return true
		}
	}
	return false
}

// occasion reports a place at token k named a few words after the noun
// of an occasion for words (كلمة ألقاها في ميونخ، خلال احتفال في أنقرة،
// خلال لقاء في بروكسل): where the words were said.
func occasion(s *sent, k int) bool {
	for j := k - 1; j >= 0 && j >= k-4; j-- {
		if occasions[strings.TrimPrefix(strings.TrimLeft(s.keys[j], "و"), "ال")] {
			return true
		}
	}
	return false
}

// quotedAway reports a place f named before the quotation that holds the
// trigger at token i, a few words after an occasion for words or an
// arrival (في مؤتمر صحفي في باريس، عند وصولها إلى بروكسل): where the
// speaker was, not where the act told happened.
func quotedAway(s *sent, f *actor.Found, i int) bool {
	in := false
	for _, q := range s.quotes {
		if q.Span.Contains(s.toks[i].Span) && s.toks[f.End-1].End <= q.Span.Start {
			in = true
		}
	}
	if !in {
		return false
	}
	if occasion(s, f.Start) {
		return true
	}
	for j := f.Start - 1; j >= 0 && j >= f.Start-4; j-- {
		if strings.Contains(s.keys[j], "وصول") {
			return true
		}
	}
	return false
}

// occasions are the nouns of an occasion for words, without the article.
var occasions = wordSet(`كلمه خطاب مؤتمر موتمر لقاء اجتماع احتفال قمه زياره مقابله منتدي جلسه ندوه تجمع مهرجان`)

// actorsPlace reports a place right after في that follows the name of
// the party an act of words is about, its object (تتهم تركيا الأكراد في
// سوريا، النظام الحاكم في مصر): where that party is, not where the words
// were said. A name right after the trigger with no subject before the
// trigger is the subject, and its place the scene (وانتقد وزير الخارجية
// الروسي في موسكو العقوبات).
func actorsPlace(s *sent, f *actor.Found, i, n int) bool {
	if f.Start < 2 || s.toks[f.Start-1].Norm != "في" {
		return false
	}
	if s.keys[f.Start-2] == "الحاكم" {
		return true // النظام الحاكم في مصر
	}
	end := f.Start - 1
	for end > 0 && end >= f.Start-3 && nisba(s, end-1) {
		end-- // النظام القضائي في إيران: the party's adjectives between
	}
	var g *actor.Found
	for k := range s.found {
		if h := &s.found[k]; (h.End == f.Start-1 || h.End == end) && !h.Place {
			g = h
		}
	}
	if g == nil || g.Start < i+n {
		return false
	}
	for k := range s.found {
		if h := &s.found[k]; !h.Place && h.Start >= i+n && h.End <= g.Start || !h.Place && h.End <= i && h.End >= i-2 {
			return true // a subject after the trigger before it, or one right before the trigger
		}
	}
	return false
}

// resident reports a place at token k where someone lives or stays
// (غولن المقيم في الولايات المتحدة، المتواجدين في سوريا): his home, not
// the place of the act.
func resident(s *sent, k int) bool {
	return k > 1 && s.toks[k-1].Norm == "في" && residents[strings.TrimLeft(s.keys[k-2], "و")]
}

// residents are the participles of living or staying somewhere.
var residents = wordSet(`المقيم المقيمه المقيمين المقيمون مقيم مقيمه مقيمين مقيمون المتواجد المتواجده المتواجدين المتواجدون الموجود الموجوده الموجودين الموجودون المنفي`)

// causeLinks name the cause of an act (على خلفية، بسبب، ردا على), as
// keyed without the article: a place after them is the cause's.
var causeLinks = wordSet(`خلفيه سبب ردا`)

// timeLinks tie another act to a verbal act by its time (بعد دخوله
// للقنصلية، عقب الهجوم): a place after them is that act's.
var timeLinks = wordSet(`بعد قبل عقب اثر منذ`)

// moved reports a place at token k that something is moved to or from
// (نقل سفارتها من تل أبيب إلى القدس): where it goes, not where the act
// that names the move was done.
func moved(s *sent, k int) bool {
	if k == 0 || s.toks[k-1].Norm != "الي" && s.toks[k-1].Norm != "من" {
		return false
	}
	for j := k - 2; j >= 0 && j >= k-6; j-- {
		if moves[s.keys[j]] {
			return true
		}
	}
	return false
}

// reporterAt reports a place at token k a few words after a reporter or
// a correspondent (مراسل قناة "العربية" في نيويورك): where the one who
// tells is posted, not where another's act of words was done.
func reporterAt(s *sent, k int) bool {
	for j := k - 1; j >= 0 && j >= k-7; j-- { // (the quotation marks of a channel's name count)
		if strings.Contains(s.keys[j], "مراسل") {
			return true
		}
	}
	return false
}

// withdrawnFrom reports a place at token k after من and, a few words
// before, a withdrawal (مقترحات بالانسحاب من الحديدة، طالب بسحب القوات
// من سوريا): where someone is to leave, not where an act of words about
// it was done.
func withdrawnFrom(s *sent, k int) bool { return nounBeforePrep(s, k, "من", withdrawals) }

// withdrawals are the verbal nouns of leaving or pulling out, as bareNoun
// gives them.
var withdrawals = wordSet(`انسحاب سحب خروج اخراج اجلاء انسحابها انسحابه انسحابهم`)

// isParticiple reports a circumstantial participle at token i (داعيا،
// متهما).
func isParticiple(s *sent, i int) bool {
	_, ok := participles[s.keys[i]]
	return ok
}

// matterBefore reports a place at token k that a charge or a matter
// named with ب opens a few words before it in the same stretch (واتهم
// المتمردين بمواصلة نهب المساعدات في الحديدة، ندد بالهجوم في كابول): a
// participle after it (داعيا الأمم المتحدة) is not done there.
func matterBefore(s *sent, k int) bool {
	for j := k - 1; j >= 0 && j >= k-6; j-- {
		tk := s.toks[j]
		if tk.Kind == marsad.TokenPunct {
			return false
		}
		if tk.Kind == marsad.TokenWord && strings.HasPrefix(strings.TrimLeft(tk.Prefix, "و"), "ب") && !s.inActor(j) && utf8.RuneCountInString(tk.Text) >= 5 {
			return true
		}
	}
	return false
}

// moves are the words of moving something or someone, as keyed (نقل
// السفارة، متجهين إلى عفرين).
var moves = wordSet(`نقل النقل ترحيل الترحيل متجهين متجها متجهه متوجهين متوجها متوجهه`)

// otherClause reports a place f set off from the trigger at [i, i+n) by
// a word that opens a clause of another matter (فيما، بينما، في حين،
// كما، لكن): the place is that clause's. A place after the trigger is
// the other clause's unless that clause tells the scene of the act
// (قتل صياد بينما كان على قارب قبالة سواحل غزة); one before it only when
// the act is told in words of its own after the word (متهما إيران بإطلاق
// صواريخ على الجولان، فيما ذكرت موسكو أن المقاتلات أطلقت 60 صاروخا على
// سوريا), or is itself an act of words: the act opening the other clause
// may be one scene with the first (هجوم على نقطة في العريش، فيما قتلت
// القوات 4 مسلحين). Before an act of words, a comma or the و of a new
// verb also parts the place from it, and so does the أن of a telling; not
// before a meeting, which the arrival before it sets (زار سقطرى والتقى
// برئيس الوزراء، وصل إلى القاهرة، والتقى الرئيس).
func otherClause(s *sent, i, n int, f *actor.Found, verbal, meeting bool) bool {
	if f.Start >= i+n {
		for k := i + n; k < f.Start; k++ {
			if clauseWord(s, k) && (k+1 >= len(s.toks) || !sceneWords[s.keys[k+1]]) {
				return true
			}
			if comma(s.toks[k]) && asideRelative(s, i) {
				return true // لإخراج الحوثيين، الذين تدعمهم إيران، من الحديدة: past the aside
			}
		}
		return false
	}
	if verbal && !meeting && frontedAt(s, f.Start) {
		// في إيطاليا صحفيون يعيشون تحت التهديد، وبريطانيا تتهم روسيا: a
		// fronted place sets the scene of its own clause, not of one
		// that و opens after a comma further on.
		for k := f.End + 1; k+1 < i; k++ {
			if comma(s.toks[k]) && strings.HasPrefix(s.toks[k+1].Prefix, "و") {
				return true
			}
		}
	}
	if verbal && !meeting && !frontedAt(s, f.Start) {
		// إثر تفجير سيارة في دمشق، واتهم حزب الله؛ تخفيض عددهم في
		// أفغانستان ورفضت التدخل: a place before a comma or before the
		// verb of a new clause is that clause's (not وفي دمشق، اتهم).
		// But حيث، عندما after the comma make the place the scene
		// (بوسط لندن، حيث يجتمع بن سلمان مع ماي).
		scene := false
		for k := f.End; k < i; k++ {
			if sceneLinks[strings.TrimLeft(s.toks[k].Norm, "و")] {
				scene = true
			}
		}
		for k := f.End; k < i && !scene; k++ {
			if comma(s.toks[k]) {
				return true
			}
		}
		if !scene && f.End <= i && strings.HasPrefix(s.toks[i].Prefix, "و") {
			return true
		}
		for k := f.End; k < i; k++ {
			if n := strings.TrimLeft(s.toks[k].Norm, "و"); n == "ان" || n == "بان" || n == "انه" || n == "انها" {
				return true // قالت الممثلة في ماليزيا إن اليونيسف تدعو: the place of the telling
			}
		}
	}
	for k := f.End; k < i; k++ {
		if timeLinks[strings.TrimLeft(s.toks[k].Norm, "و")] && (k > f.End && comma(s.toks[k-1]) || k > f.End+1 && comma(s.toks[k-2]) && s.keys[k-1] == "ذلك") {
			return true // أثناء مأدبة في أنقرة، ندد أردوغان ...، إثر قتل الجيش: the killing was elsewhere
		}
	}
	if timePhrase(s, f.Start) {
		for k := f.End; k < i; k++ {
			if comma(s.toks[k]) {
				return true // وبعد لقاءات في صنعاء مع قادة الحوثيين، التقى غريفيث هادي في عدن
			}
		}
	}
	for k := f.End; k < i; k++ {
		if !clauseWord(s, k) {
			continue
		}
		if verbal {
			return true
		}
		for j := k + 1; j < i; j++ {
			if n := strings.TrimLeft(s.toks[j].Norm, "و"); n == "ان" || n == "بان" {
				return true
			}
		}
	}
	return false
}

// timePhrase reports a place at token k inside a phrase that a time link
// opens a few words before it (بعد لقاءات في صنعاء، قبل زيارته إلى
// موسكو): the place of the other act that phrase names.
func timePhrase(s *sent, k int) bool {
	for j := k - 1; j >= 0 && j >= k-4; j-- {
		if s.toks[j].Kind == marsad.TokenPunct {
			return false
		}
		if timeLinks[strings.TrimLeft(s.toks[j].Norm, "و")] {
			// Not بعد "yet" after a negation (ولم يتضح بعد الجهة وراء هجوم الأهواز).
			return !(j >= 2 && notYet[strings.TrimLeft(s.toks[j-2].Norm, "و")] || j >= 1 && notYet[strings.TrimLeft(s.toks[j-1].Norm, "و")])
		}
	}
	return false
}

// notYet are the negations that make a following بعد mean "yet".
var notYet = wordSet(`لم لما لا ليس`)

// asideRelative reports a trigger at i inside a relative clause set off
// by a comma (الحوثيين، الذين تدعمهم إيران،): the comma after it closes
// the aside.
func asideRelative(s *sent, i int) bool {
	for k := i - 1; k >= 1 && k >= i-3; k-- {
		if relatives[s.toks[k].Norm] {
			return comma(s.toks[k-1])
		}
		if s.toks[k].Kind == marsad.TokenPunct {
			return false
		}
	}
	return false
}

// frontedAt reports a place at token k in a phrase of place opening the
// sentence or following a comma (وفي دمشق، اتهم): the scene of what follows.
func frontedAt(s *sent, k int) bool {
	j := k - 1
	for j >= 0 && s.toks[j].Kind == marsad.TokenWord && townNouns[strings.TrimPrefix(s.keys[j], "ال")] {
		j-- // في العاصمة دمشق، في مدينة حلب
	}
	if j < 0 || strings.TrimLeft(s.toks[j].Norm, "و") != "في" {
		return false
	}
	return j == 0 || s.toks[j-1].Kind == marsad.TokenPunct
}

// sceneLinks tie a clause to the place before them (حيث، عندما).
var sceneLinks = wordSet(`حيث عندما حين حينما لدي`)

// townNouns name a kind of place before its name (مدينة حلب).
var townNouns = wordSet(`مدينه عاصمه محافظه ولايه اقليم منطقه بلده قريه`)

// clauseWord reports a word at token k that opens a clause of another
// matter: فيما، بينما، كما، لكن، في حين.
func clauseWord(s *sent, k int) bool {
	switch strings.TrimLeft(s.toks[k].Norm, "و") {
	case "فيما", "بينما", "كما", "لكن":
		return true
	case "حين":
		return k > 0 && s.toks[k-1].Norm == "في"
	}
	return false
}

// sceneWords after بينما tell the scene of the act before it (بينما كان).
var sceneWords = wordSet(`كان كانت كانوا كانا هو هي هم هما`)

// prepositioned reports a noun at token k after a preposition, its own (بقصف،
// للهجوم) or one before it (إلى القصف، من الهجوم).
func prepositioned(s *sent, k int) bool {
	if p := strings.TrimLeft(s.toks[k].Prefix, "و"); strings.Contains(p, "ب") || strings.Contains(p, "ل") {
		return true
	}
	if k == 0 {
		return false
	}
	switch strings.TrimLeft(s.toks[k-1].Norm, "و") {
	case "الي", "علي", "من", "عن", "بعد", "اثر", "عقب", "جراء", "حول", "بشان":
		return true
	}
	return false
}

// referencePoint reports a place at token k that a distance is measured
// from (في المدينة الواقعة على بعد 900 كيلومتر جنوب طهران، على بعد 30
// كلم من دمشق): the event is elsewhere.
func referencePoint(s *sent, k int) bool {
	j := k - 1
	if j >= 0 && (directions[s.keys[j]] || s.toks[j].Norm == "من") {
		j--
	}
	return j >= 0 && distanceUnits[s.keys[j]]
}

// distanceUnits are the units of a distance, as keyed.
var distanceUnits = wordSet(`كيلومتر كيلومترا كيلومترات كلم كم ميل ميلا اميال متر مترا امتار`)

// withPartner reports a place at token k that one stands with
// (تضامنا مع مدينة عين العرب (كوباني)): what a protest or a call is for,
// not where the event is. The place may follow the noun of a town or
// another name in brackets. Not when the event's trigger, ending at
// token from, stands between (للتضامن مع احتجاجات فلوريدا: the protests
// are Florida's).
func withPartner(s *sent, k, from int) bool {
	for j := k - 1; j >= 0 && j >= k-6 && j >= from; j-- {
		if s.toks[j].Norm == "مع" {
			return j > 0 && solidarity[s.keys[j-1]]
		}
		if s.toks[j].Kind != marsad.TokenWord && s.toks[j].Text != "(" && s.toks[j].Text != ")" {
			return false
		}
	}
	return false
}

// solidarity are the words of standing with someone, as keyed.
var solidarity = wordSet(`تضامنا تضامن التضامن متضامنا متضامنين متضامنون`)

// cityAt returns the city a one-word capital at g names, as a place,
// or nil when the lexicon has it as no place.
func cityAt(s *sent, g *actor.Found) *actor.Found {
	lex, err := actor.DefaultLexicon()
	if err != nil {
		return nil
	}
	ref, ok := lex.Place(s.toks[g.Start].Text)
	if !ok {
		return nil
	}
	return &actor.Found{Start: g.Start, End: g.End, Ref: ref, Place: true}
}

// nisba reports a word at token k that reads as an adjective of relation
// with the article (القضائي، السياسية), found as no actor.
func nisba(s *sent, k int) bool {
	key := s.keys[k]
	return s.toks[k].Kind == marsad.TokenWord && strings.HasPrefix(key, "ال") && (strings.HasSuffix(key, "ي") || strings.HasSuffix(key, "يه")) && !s.inActor(k)
}

// placeQualified returns the place that place f qualifies, when f is a
// nationality adjective right after it (منبج السورية) or a country after
// a direction word right after it (عفرين شمالي سوريا); else f.
func placeQualified(s *sent, f *actor.Found) *actor.Found {
	if f.Adjective && f.Start > 0 && townNouns[bareNoun(s.keys[f.Start-1])] {
		// في العاصمة العراقية بغداد: the city the adjective and its
		// noun name.
		for k := range s.found {
			if g := &s.found[k]; g.Place && g.Ref != nil && g.Start == f.End && !g.Adjective {
				return g
			}
		}
		for k := range s.found {
			if g := &s.found[k]; !g.Place && g.Start == f.End && g.End == g.Start+1 {
				if city := cityAt(s, g); city != nil {
					return city // قرب العاصمة السورية دمشق: read as its government, named as the city
				}
			}
		}
	}
	end := f.Start
	if !f.Adjective && end > 0 && directions[s.keys[end-1]] {
		end--
	} else if !f.Adjective {
		return f
	}
	for k := range s.found {
		if g := &s.found[k]; g.Place && g.Ref != nil && g.End == end && !g.Adjective {
			return g
		}
	}
	return f
}

func keysOf(m map[string]bool) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	return out
}

// isPrep reports whether token k is (or begins with) one of the frame's
// prepositions: على، ضد، مع، في، من، إلى, or the proclitics ب and ل.
func (c *coder) isPrep(s *sent, k int, frame []string) bool {
	t := s.toks[k]
	for _, p := range frame {
		switch p {
		case "ب", "ل":
			if strings.HasSuffix(t.Prefix, p) || t.Norm == p || strings.HasPrefix(strings.TrimLeft(t.Norm, "و"), p+"نظير") {
				return true // بنظيره، بنظيرهم: the counterpart, whole to the segmenter
			}
		default:
			if t.Norm == p || s.keys[k] == p {
				return true
			}
		}
	}
	return false
}

// othersNoun reports a past stem at i read as the verbal noun after a
// preposition, owned by a pronoun of the third person that cannot be the
// speaker of q (شددا على دعمهما، "أكد على دعمه" in his own quoted words):
// a dual or plural owner is never one speaker, and in a direct quotation
// the speaker would say دعمنا or دعمي.
func othersNoun(s *sent, q *marsad.Quote, i int, t *trigger) bool {
	if t.noun || !t.past || i == 0 || !nounPreps[strings.TrimLeft(s.toks[i-1].Norm, "و")] {
		return false
	}
	switch s.toks[i].Suffix {
	case "هما", "هم", "هن":
		return true
	case "ه", "ها":
		return q.Kind == marsad.Direct
	}
	return false
}

func speakerQuote(s *sent, i int) *marsad.Quote {
	for _, q := range s.quotes {
		if q.Span.Contains(s.toks[i].Span) {
			return q
		}
	}
	return nil
}

// mediaWords begin the name of a medium: a newspaper or an agency that
// relays a report (وفقا لما نقلته وكالة الأنباء السورية، نيويورك تايمز)
// does not do what it reports.
var mediaWords = wordSet(`وكاله صحيفه قناه موقع شبكه تلفزيون اذاعه مجله`)

// media reports a speaker that is a medium.
// unarmed reports a speaker that takes no material action itself: a
// monitor, a rights group or an international body whose director
// describes strikes ("يستهدف قصف التحالف الغربي ...", قال مدير المرصد).
func unarmed(m *marsad.Mention) bool {
	if m.Actor == nil {
		return false
	}
	c := m.Actor.Code
	return strings.Contains(c, "NGO") || strings.HasPrefix(c, "IGO") || strings.HasSuffix(c, "HRI")
}

func media(m *marsad.Mention) bool {
	if m.Actor != nil && strings.HasSuffix(m.Actor.Code, "MED") {
		return true
	}
	f := strings.Fields(arabicNorm(m.Text))
	return len(f) > 0 && mediaWords[strings.TrimPrefix(f[0], "ال")]
}

// personTitles begin the mention of one person by his post: an attack on
// him is an assault.
// leaderTitles stand before a leader's name (للرئيس أردوغان، بالملك سلمان).
var leaderTitles = wordSet(`رييس ملك امير شيخ سلطان وزير مستشار مستشاره رييسه`)

var personTitles = wordSet(`مسوول سفير وزير صحفي صحفيين اعلامي اعلاميين ناشط ناشطين قنصل دبلوماسي دبلوماسيين نايب`)

// person reports a mention of a person named by his post (المسؤول القطري).
func person(m *marsad.Mention) bool {
	f := strings.Fields(arabicNorm(m.Text))
	return len(f) > 0 && personTitles[strings.TrimPrefix(f[0], "ال")]
}

// aircraft make an attack by any party aerial (طائرة مسيرة، درون).
// warplanes name the aircraft that fire missiles (المقاتلات، الطائرات
// الحربية): the doer fires from the air.
var warplanes = wordSet(`طايره طايرات الطايرات الطايره مقاتلات المقاتلات مقاتله المقاتله مروحيات المروحيات مروحيه المروحيه`)

// warplaneIn reports a warplane among tokens [from, to): in the doer's
// name or in what it used before firing.
func warplaneIn(s *sent, from, to int) bool {
	for k := from; k < to && k < len(s.keys); k++ {
		if warplanes[strings.TrimLeft(s.keys[k], "و")] {
			return true
		}
	}
	return false
}

var aircraft = strings.Fields("طايره طايرات بطايره بطايرات الطايرات مسيره مسيرات درون الدرون")

// personal reports a mention of one person or of a political party or
// opposition: by a title (person), a person of the lexicon, or a name the
// tagger found as a person.
func personal(d *marsad.Document, m *marsad.Mention) bool {
	if m == nil || m.Actor == nil {
		return false
	}
	if person(m) || strings.HasPrefix(m.Actor.ID, "person/") || strings.HasSuffix(m.Actor.Code, "OPP") || strings.HasSuffix(m.Actor.Code, "PTY") {
		return true
	}
	for _, e := range d.Entities {
		if e.Type == marsad.PER && e.Span.Overlaps(m.Span) {
			return true
		}
	}
	return false
}

// mentionOf turns a found actor into a mention of the document.
func mentionOf(d *marsad.Document, s *sent, f *actor.Found) *marsad.Mention {
	first := s.toks[f.Start]
	start := first.Start + len([]rune(first.Prefix))
	sp := marsad.Span{Start: start, End: s.toks[f.End-1].End}
	return &marsad.Mention{Span: sp, Text: d.Slice(sp), Actor: f.Ref}
}

// add appends an event, merging it with an earlier report of the same
// event (same source, target and code). bounded holds the events dated
// only by the day of a clause that puts them before it (طالب ترودو
// الأربعاء بتحقيق بعد قتل عشرات الفلسطينيين); bound says the new report is
// so dated. A later report that names an earlier day for the act, within
// a week before (قتل نحو 60 فلسطينيا برصاص الجيش الإسرائيلي الاثنين),
// dates the event.
func add(d *marsad.Document, ev marsad.Event, bounded map[int]bool, bound bool) {
	for k := range d.Events {
		e := &d.Events[k]
		if e.Code == ev.Code && e.Source.ActorCode() == ev.Source.ActorCode() && e.Target.ActorCode() == ev.Target.ActorCode() {
			e.Mentions++
			if bounded[k] && !bound && ev.Date < e.Date && ev.Date >= weekBefore(e.Date) {
				e.Date = ev.Date
				delete(bounded, k)
			}
			return
		}
	}
	if bound {
		bounded[len(d.Events)] = true
	}
	d.Events = append(d.Events, ev)
}

// weekBefore is the day seven days before day v (YYYY-MM-DD), or v when
// it is no day.
func weekBefore(v string) string {
	if len(v) < 10 {
		return v
	}
	t, err := time.Parse("2006-01-02", v[:10])
	if err != nil {
		return v
	}
	return t.AddDate(0, 0, -7).Format("2006-01-02")
}

// boundByLink reports an event coded at trigger i whose date is the day
// of a clause that puts the act before it (see linkedDay).
func boundByLink(s *sent, i int, ev marsad.Event) bool {
	k, back := linkedDay(s, i)
	return k >= 0 && back == 0 && len(s.dates) > 0 && ev.Date == s.dates[0]
}

// String describes an event in one line, for logs and tables.
func String(e marsad.Event) string {
	return fmt.Sprintf("%s -> %s %s (%s)", e.Source.ActorCode(), e.Target.ActorCode(), e.Code, e.Name)
}

// governed reports a mention that is the object of a preposition (على
// دمشق، لسوريا): not the doer of what follows.
func governed(s *sent, f *actor.Found) bool {
	t := s.toks[f.Start]
	if strings.HasSuffix(t.Prefix, "ل") || strings.HasSuffix(t.Prefix, "ب") {
		return true
	}
	if f.Start > 0 {
		// وأكد للرئيس أردوغان: the one told, named after a title with ل
		// right after a verb of saying.
		if p := s.toks[f.Start-1]; f.Start > 1 && strings.HasSuffix(p.Prefix, "ل") && leaderTitles[strings.TrimPrefix(s.keys[f.Start-1], "ال")] && !covered(s, f.Start-1) && sayingVerbs[strings.TrimLeft(s.toks[f.Start-2].Norm, "وف")] {
			return true
		}
	}
	if f.Start > 0 {
		switch s.toks[f.Start-1].Norm {
		case "علي", "ضد", "الي", "في", "عن", "مع", "لدي", "بين", "امام", "قرب", "خارج", "داخل":
			return true
		case "من":
			// كلا من روسيا وسوريا: both of them, the object itself.
			return !(f.Start > 1 && both[s.toks[f.Start-2].Norm])
		}
	}
	return false
}

// joinedVerb reports a verb joined by و or ف to the clause before it
// (وانتقد), whose subject is that clause's.
func joinedVerb(s *sent, i int) bool {
	return i < len(s.toks) && strings.ContainsAny(s.toks[i].Prefix, "وف")
}

// headGoverned reports a nationality adjective whose noun a preposition
// governs (تمسكه بالقضية الفلسطينية، عن الأراضي السورية): it qualifies the
// matter of a phrase, and a verb joined to the clause after it
// (وانتقد) has that clause's subject, not it. (A verb right after an
// indefinite noun describes it: تصديها لصواريخ إسرائيلية استهدفت.)
func headGoverned(s *sent, f *actor.Found) bool {
	if !f.Adjective || f.Start < 1 || s.toks[f.Start-1].Kind != marsad.TokenWord {
		return false
	}
	head := f.Start - 1
	if p := strings.TrimLeft(s.toks[head].Prefix, "وف"); p == "ب" || p == "ل" || p == "بال" || p == "لل" || p == "ك" {
		return true
	}
	return head > 0 && governed(s, &actor.Found{Start: head, End: f.Start})
}

// circumstance reports a nationality adjective of a noun after في, حول,
// بشأن or عن (تدعم السعودية في النزاع السوري جماعات معارضة): the setting or
// the matter of the act, not its object. Not after من, على, ل: the people
// of a place (طلاب من الجامعات الإيرانية) may still undergo it.
func circumstance(s *sent, f *actor.Found) bool {
	if !f.Adjective || f.Start < 2 || s.toks[f.Start-1].Kind != marsad.TokenWord {
		return false
	}
	switch s.toks[f.Start-2].Norm {
	case "في", "حول", "بشان", "عن":
		return true
	}
	return false
}

// withEntities adds the linked entities of the sentence that the lexicon
// scan did not find (a surname resolved by coreference: الأسد).
func withEntities(d *marsad.Document, s *sent, found []actor.Found) []actor.Found {
	for _, e := range d.Entities {
		if e.Actor == nil || e.Start < s.toks[0].Start || e.End > s.toks[len(s.toks)-1].End {
			continue
		}
		a, b := -1, -1
		for k, t := range s.toks {
			if a < 0 && t.End > e.Start {
				a = k
			}
			if t.Start < e.End {
				b = k + 1
			}
		}
		if a < 0 || b <= a {
			continue
		}
		overlap := false
		for k := range found {
			f := &found[k]
			if f.Start < b && a < f.End {
				overlap = true
				if f.Start == a && f.End == b && f.Ref != nil && len(e.Actor.Code) >= 3 && len(f.Ref.Code) >= 3 && f.Ref.Code[:3] != e.Actor.Code[:3] {
					// عمان in a story on Jordan, فتح outside Palestine: the
					// entity linker read the whole document; its country wins.
					ref := *e.Actor
					if f.Place {
						ref.Code = ref.Code[:3]
					}
					f.Ref = &ref
				}
				break
			}
		}
		if !overlap && e.Type == marsad.PER {
			if k, head := titleOf(s, found, a, e.Actor); k >= 0 {
				// وزير الداخلية النمساوي هربرت كيكل، السيناتور الأمريكي
				// المحافظ جون ماكين: the title and the name are one party.
				found[k].Start, found[k].End, found[k].Ref, found[k].Adjective = head, b, e.Actor, false
				continue
			}
		}
		if !overlap {
			found = append(found, actor.Found{Start: a, End: b, Ref: e.Actor, Place: e.Type == marsad.LOC && a > 0 && s.toks[a-1].Norm == "في"})
		}
	}
	sort.Slice(found, func(i, j int) bool { return found[i].Start < found[j].Start })
	return joinTitles(d, s, found)
}

// placeJoined reports a country joined by و right after a place (في
// سوريا والعراق): where, like the one before it, not a party.
func placeJoined(s *sent, a *actor.Found) bool {
	if a.Adjective || a.Ref == nil || !strings.HasPrefix(a.Ref.ID, "country/") || !strings.HasPrefix(s.toks[a.Start].Prefix, "و") {
		return false
	}
	for k := range s.found {
		if p := &s.found[k]; p.End == a.Start && p.Place {
			return true
		}
	}
	return false
}

// joinTitles joins a title to the person of the lexicon named right after
// it (السيناتور الأمريكي المحافظ جون ماكين): one party, the person's.
func joinTitles(d *marsad.Document, s *sent, found []actor.Found) []actor.Found {
	for g := 0; g < len(found); g++ {
		p := &found[g]
		if p.Ref == nil || !strings.HasPrefix(p.Ref.ID, "person/") {
			continue
		}
		if k, head := titleOf(s, found[:g], p.Start, p.Ref); k >= 0 {
			p.Start = head
			found = append(found[:k], found[k+1:]...)
			g--
		}
	}
	return found
}

// titleOf returns the index of the found actor that is the title of a
// person named at token a with actor ref: a role or a nationality after a
// word of office (وزير الداخلية النمساوي، السيناتور الأمريكي) ending right
// before the name, or one adjective before it (المحافظ، السابق), that
// names the same country and no preposition governs; -1 when there is
// none, and the token the title begins at (its word of office). A
// country, a capital or another person before a name is a party of its
// own (وتتهم تركيا فتح الله غولن، التقى الصادق المهدي الرئيس عمر البشير).
func titleOf(s *sent, found []actor.Found, a int, ref *marsad.ActorRef) (int, int) {
	for k := range found {
		f := &found[k]
		if f.Ref == nil || f.Place || len(f.Ref.Code) < 3 || len(ref.Code) < 3 || f.Ref.Code[:3] != ref.Code[:3] || strings.HasPrefix(f.Ref.ID, "person/") || governed(s, f) {
			continue
		}
		head := f.Start
		if f.Adjective {
			head = f.Start - 1
		}
		if head < 0 || !officeWords[strings.TrimPrefix(s.keys[head], "ال")] || governed(s, &actor.Found{Start: head, End: f.End}) {
			continue // (مع المستشارة الألمانية أنجيلا ميركل، التي تزور: the name alone is the antecedent)
		}
		if f.End == a || f.End == a-1 && s.toks[a-1].Kind == marsad.TokenWord && s.toks[a-1].Prefix == "" && nameAdjective(s.keys[a-1]) {
			return k, head
		}
	}
	return -1, -1
}

// officeWords open the title of one person's office.
var officeWords = wordSet(`رييس وزير وزيره سفير سفيره متحدث متحدثه ناطق ناطقه مبعوث امين مستشار مستشاره قايد زعيم ملك امير نايب مدير مديره سيناتور عضو وكيل مساعد مندوب مفوض حاكم رييسه ولي مرشد`)

// nameAdjective reports an adjective that may stand between a title and
// the name (المحافظ، السابق، الجمهوري).
func nameAdjective(k string) bool {
	if !strings.HasPrefix(k, "ال") {
		return false
	}
	return strings.HasSuffix(k, "ي") || nameAdjectives[k]
}

var nameAdjectives = wordSet(`المحافظ السابق الجديد الحالي المستقيل المنتخب المكلف المخضرم البارز`)

func arabicNorm(s string) string { return arabic.Normalize(s) }

// stateCode reports a country or its government (SYR, SYRGOV).
func stateCode(c string) bool { return len(c) == 3 || len(c) == 6 && c[3:] == "GOV" }

// sameState reports a country and its own government (السعودية ... وزير
// خارجيتها): the speaker in apposition, not a second party.
func sameState(a, b string) bool {
	state := func(c string) bool { return len(c) == 3 || len(c) == 6 && c[3:] == "GOV" }
	if len(a) < 3 || len(b) < 3 || a[:3] != b[:3] {
		return false
	}
	// دعم تركي ... القوات التركية: a country and its own forces are one
	// party too.
	organ := func(c string) bool { return len(c) == 6 && stateOrgans[c[3:]] }
	return state(a) && state(b) || len(a) == 3 && organ(b) || len(b) == 3 && organ(a)
}

// ownOrgans reports two organs of one state (ISRGOV, ISRMIL): a threat
// or a warning between them is a statement about the one, not a threat.
func ownOrgans(a, b string) bool {
	return len(a) == 6 && len(b) == 6 && a[:3] == b[:3] && stateOrgans[a[3:]] && stateOrgans[b[3:]]
}

// stateOrgans are the roles of a state's own bodies.
var stateOrgans = map[string]bool{"GOV": true, "MIL": true, "COP": true, "SPY": true}

// receiving returns the index of a verb of receiving in the five words
// before the noun at i (تلقت أنقرة الأربعاء جرعة دعم), or -1.
func receiving(s *sent, i int) int {
	for k := i - 1; k >= 0 && k >= i-5; k-- {
		if s.toks[k].Kind != marsad.TokenWord {
			return -1
		}
		w := s.keys[k]
		if receivingVerbs[w] || receivingVerbs[strings.TrimPrefix(w, "و")] {
			return k
		}
	}
	return -1
}

var receivingVerbs = wordSet(`تلقي تلقت يتلقي تتلقي تلقوا تلقيا يتلقون تسلم تسلمت يتسلم تتسلم استلم استلمت يستلم تستلم حصل حصلت يحصل تحصل حصلوا`)

// giver returns the actor named after من within four words after the
// noun ending at from (جرعة دعم من قطر), if any.
func giver(s *sent, from int) *actor.Found {
	for k := from; k < len(s.toks) && k < from+4; k++ {
		if s.toks[k].Kind != marsad.TokenWord {
			return nil
		}
		if s.toks[k].Norm != "من" {
			continue
		}
		for f := range s.found {
			// (دعم من 12 عميلا للمخابرات الروسية: a count and its noun may
			// come first)
			if a := &s.found[f]; a.Start > k && a.Start <= k+3 && !a.Place && (a.Start == k+1 || quantityBetween(s, k+1, a.Start-1) && s.toks[a.Start-1].Kind == marsad.TokenWord) {
				return a
			}
		}
		return nil
	}
	return nil
}

// receiver returns the one who receives: the actor between the verb of
// receiving at v and the noun at i, else the actor before the verb.
func receiver(s *sent, v, i int) *actor.Found {
	for f := range s.found {
		if a := &s.found[f]; a.Start > v && a.End <= i && !a.Place && !governed(s, a) {
			return a
		}
	}
	return subjectBefore(s, v, 8)
}

// reportNouns name news and claims that may be denied.
var reportNouns = wordSet(`الانباء انباء الاخبار اخبار التقارير تقارير المعلومات معلومات الشايعات شايعات الادعاءات ادعاءات المزاعم مزاعم`)

// reportVerbs tell what a report says (الأنباء التي تحدثت عن).
var reportVerbs = wordSet(`تحدثت تتحدث افادت تفيد اشارت تشير زعمت تزعم ذكرت تذكر قالت تقول`)

// deniedReport reports an event noun told of by a report (الأنباء عن
// قصف، الأنباء التي تحدثت عن قصف) that a verb of denial earlier in the
// sentence denies.
func deniedReport(s *sent, i int) bool {
	if i < 2 || s.toks[i-1].Norm != "عن" {
		return false
	}
	k := i - 2
	if k >= 2 && reportVerbs[s.keys[k]] && relatives[s.toks[k-1].Norm] {
		k -= 2
	}
	if !reportNouns[s.keys[k]] {
		return false
	}
	for j := k - 1; j >= 0 && j >= k-20; j-- {
		if denials[s.keys[j]] || denials[strings.TrimLeft(s.toks[j].Norm, "وف")] {
			return true
		}
	}
	// ووصف المومني الأخبار التي تحدثت عن قصف سوريا ... بالكاذبة: the
	// report called false after it.
	for j := i + 1; j < len(s.toks) && j <= i+20; j++ {
		if falsities[s.keys[j]] {
			return true
		}
	}
	return false
}

// falsities call a report false (كاذبة، مفبركة، عارية عن الصحة).
var falsities = wordSet(`كاذبه الكاذبه مفبركه المفبركه عاريه ملفقه الملفقه مختلقه المختلقه`)

// callFor reports إلى followed by something other than the actor at to
// among tokens [from, to): the call is for an act (دعا إلى تدمير إسرائيل),
// and the actor is that act's party, not the one called on.
func callFor(s *sent, from, to int) bool {
	for k := max(0, from); k < to-1 && k < len(s.toks); k++ {
		if strings.TrimLeft(s.toks[k].Norm, "و") == "الي" {
			return true
		}
	}
	return false
}

// chargeBefore reports the charge of an accusation (بدعم، بالسعي) that
// opens the phrase holding tgt, after a word that is neither the subject
// nor a mark: the accused is that word (اتهمت تركيا فاركاس بدعم العمال
// الكردستاني), and tgt is only the party of the charge.
func chargeBefore(s *sent, from int, tgt, src *actor.Found) bool {
	for k := max(1, from); k < tgt.Start && k < len(s.toks); k++ {
		if !chargeNext(s, k) || tgt.Start > k+4 {
			continue
		}
		if src != nil && k-1 >= src.Start && k-1 < src.End {
			// واتهمت إيران بدعم حماس: the charge right after the subject
			// reads as a passive; the subject is the accused, tgt the
			// party of the charge.
			return true
		}
		if s.toks[k-1].Kind != marsad.TokenWord {
			return false
		}
		for j := k + 1; j < tgt.Start; j++ {
			if s.toks[j].Kind == marsad.TokenPunct && !quoteMarks[s.toks[j].Text] {
				return false
			}
		}
		return true
	}
	return false
}

// pronounLater reports a pronoun suffix in the clause from token from on
// (الهجوم الذي تتهم المعارضة النظام بشنه، الاتفاق الذي هدد ترامب
// بالانسحاب منه): the pronoun of a relative clause whose subject follows
// its verb.
func pronounLater(s *sent, from int) bool {
	for k := from; k < len(s.toks) && k < from+10; k++ {
		t := s.toks[k]
		if t.Kind == marsad.TokenPunct && !quoteMarks[t.Text] {
			return false
		}
		switch t.Suffix {
		case "ه", "ها", "هم", "هما", "هن":
			return true
		}
		if resumptives[t.Norm] {
			return true
		}
	}
	return false
}

// allies reports a word of allies joined by و, which the segmenter may
// leave whole (وحلفاؤها، وحليفتها): the allies named after it share the
// subject.
func allies(norm string) bool {
	return strings.HasPrefix(norm, "وحلفا") || strings.HasPrefix(norm, "وحليف")
}

// handings are the verbal nouns of handing someone over: the one named
// after them is not the one refused (ترفض تسليم رجل الدين فتح الله غولن).
var handings = wordSet(`تسليم ترحيل اعاده طرد الافراج اطلاق`)

// handingBetween reports a verbal noun of handing over among tokens
// [from, to).
func handingBetween(s *sent, from, to int) bool {
	for k := max(0, from); k < to && k < len(s.toks); k++ {
		if handings[strings.TrimLeft(s.keys[k], "و")] {
			return true
		}
	}
	return false
}

// thatNoun reports إن or أن earlier in the clause of i followed by the
// noun of a happening (وتقول الأمم المتحدة إن وقوع هجوم كبير في إدلب ...
// يهدد بإجبار): that noun is the subject of the verb, not the speaker.
func thatNoun(s *sent, i int) bool {
	for k := i - 2; k >= 0 && k >= i-15; k-- {
		t := s.toks[k]
		if t.Kind == marsad.TokenPunct && t.Text != "،" {
			return false
		}
		if n := strings.TrimLeft(t.Norm, "و"); n == "ان" || n == "بان" || n == "لان" {
			return k+1 < i && (happenings[s.keys[k+1]] || attackNouns[s.keys[k+1]])
		}
	}
	return false
}

// happenings are nouns of what happens, which may be the subject of a
// verb of threat or harm (وقوع هجوم يهدد، استمرار الحرب يهدد).
var happenings = wordSet(`وقوع استمرار تصاعد تصعيد اندلاع تفاقم انهيار غياب`)

// effectNouns name the effect of an act: a name after the act's
// preposition is what it affects (تأثير العقوبات على الشركات).
var effectNouns = wordSet(`تاثير تاثيرات انعكاسات`)

// voweledPassive reports a past verb written with the vowel of the
// passive: a damma on its first letter (قُتل، أُصيب), or on the ت of the
// forms that open with ا (اختُطف، اعتُقل). A damma on ي، ت or ن opens a
// present tense, which may be active (يُسلّح), so those do not count.
func voweledPassive(t marsad.Token) bool {
	w := []rune(strings.TrimPrefix(t.Text, t.Prefix))
	if len(w) < 3 {
		return false
	}
	if w[1] == '\u064F' {
		return !strings.ContainsRune("يتن", w[0])
	}
	return len(w) > 4 && (w[0] == 'ا' || w[0] == 'إ') && w[2] == 'ت' && w[3] == '\u064F'
}

// supportAdjectives may stand between a verbal noun of support and the
// one supported: دعمها الكامل للرئيس، دعما عسكريا للمعارضة.
var supportAdjectives = wordSet(`الكامل كاملا المطلق مطلقا القوي قويا الثابت الدايم المستمر مستمرا اللامحدود
	العسكري عسكريا السياسي سياسيا المالي ماليا الاقتصادي اقتصاديا اللوجستي لوجستيا الاميركي الامريكي اميركيا امريكيا`)

// supportNoun returns the trigger of support at i read as its verbal
// noun when it is written with its owner's pronoun (أكدت فرنسا دعمها
// للرئيس، أعلن دعمه الكامل لـ) and the one supported follows with ل: the
// owner does it, the one after ل undergoes it. Else nil. As a verb,
// دعمها للرئيس would have its object in the pronoun and nothing after ل.
func supportNoun(s *sent, i, n int, t *trigger) *trigger {
	if t.noun || n != 1 || t.code != "051" && t.code[:2] != "07" || strings.TrimLeft(s.toks[i].Prefix, "وف") != "" {
		return nil
	}
	if s.toks[i].Suffix == "" || !t.past {
		return nil
	}
	if i > 0 {
		if p := strings.TrimPrefix(s.toks[i-1].Norm, "و"); preps[p] && p != "عن" {
			return nil // بالرغم من دعمه لإسرائيل: the owner is not the name before (but أعرب عن دعمه)
		}
	}
	for k := i + 1; k < len(s.toks) && k <= i+3; k++ {
		if s.toks[k].Kind != marsad.TokenWord {
			return nil
		}
		if s.toks[k].Prefix == "ل" {
			m := *t
			m.noun, m.past, m.present, m.frame = true, false, false, []string{"ل"}
			return &m
		}
		if s.toks[k].Prefix != "" || !supportAdjectives[s.keys[k]] {
			return nil
		}
	}
	return nil
}

// forceGathers reports a force as the subject right after a verb of
// protest at k, or counted out of it (أفراد من الشرطة، عناصر من الجيش).
func forceGathers(s *sent, k int) bool {
	for _, f := range s.found {
		if f.Ref == nil || !force(&f) {
			continue
		}
		if f.Start == k || f.Start == k+2 && s.toks[k+1].Norm == "من" && s.toks[k].Kind == marsad.TokenWord {
			return true
		}
	}
	return false
}

// forceBefore reports a force named right before a verb of protest at i,
// opening the sentence or counted out of it there (عناصر من القوات
// المسلحة البريطانية خرجوا إلى الشوارع): its subject, who deploy and do
// not march.
func forceBefore(s *sent, i int) bool {
	for _, f := range s.found {
		if f.Ref == nil || !force(&f) || f.End != i {
			continue
		}
		if f.Start == 0 || f.Start == 2 && s.toks[1].Norm == "من" && s.toks[0].Kind == marsad.TokenWord {
			return true
		}
	}
	return false
}

// qualifyingVerb reports a verb with an object pronoun among tokens
// [from, to) (قوات تدعمها الولايات المتحدة): it qualifies the noun before
// it, and the actor after it is that verb's subject.
func (c *coder) qualifyingVerb(s *sent, from, to int) bool {
	for k := from; k < to && k < len(s.toks); k++ {
		if s.toks[k].Suffix == "" {
			continue
		}
		if t, _ := c.match(s, k); t != nil && !t.noun {
			return true
		}
	}
	return false
}

// guests are those a host welcomes (رحب بالحضور): no endorsement.
var guests = wordSet(`الحضور الحاضرين الضيوف ضيوفه ضيوفها الزوار`)

// welcomesGuests reports guests after ب within the three words from k
// (رحب فريدمان بالحضور).
func welcomesGuests(s *sent, k int) bool {
	for j := k; j < len(s.toks) && j < k+3; j++ {
		if guests[s.keys[j]] && strings.HasSuffix(s.toks[j].Prefix, "ب") {
			return true
		}
	}
	return false
}

// preparing verbs take the act they prepare with ل (تعد لفرض عقوبات).
var preparing = wordSet(`تعد يعد يعدون تعدان تستعد يستعد يستعدون تتهيا يتهيا تتجه يتجه`)

// grounds are the land, sea and air a nationality adjective after them
// owns: what is struck on them is not that state (قصف على المنطقة الواقعة
// على الحدود الأردنية).
var grounds = wordSet(`الحدود الاراضي الاجواء المياه`)

// onGround reports a nationality adjective of ground named after a
// preposition (على الحدود الأردنية، في الأجواء السورية), not ground
// visited (يزور الأراضي الأمريكية), and a country across a border (على
// الحدود مع تركيا).
func onGround(s *sent, a *actor.Found) bool {
	if a.Start >= 2 && s.toks[a.Start-1].Norm == "مع" && borders[s.keys[a.Start-2]] {
		return true // على الحدود مع تركيا: the border is a place, its neighbour no party
	}
	if offShore(s, a.Start) {
		return true // قبالة سواحل ليبيا، قبالة بحر السودانية: where, no party
	}
	if !a.Adjective || a.Start < 2 || !grounds[s.keys[a.Start-1]] {
		return false
	}
	switch strings.TrimLeft(s.toks[a.Start-2].Norm, "و") {
	case "علي", "في", "عند", "قرب", "داخل", "عبر":
		return true
	}
	return s.toks[a.Start-1].Prefix != ""
}

// offShore reports a name right after قبالة, or after قبالة and one noun
// of what lies off (قبالة غزة، قبالة السواحل الليبية، قبالة بحر
// السودانية): it says where an act took place, it names no party.
func offShore(s *sent, start int) bool {
	for k := start - 1; k >= 0 && k >= start-2; k-- {
		if s.toks[k].Kind != marsad.TokenWord || k < start-1 && s.inActor(k+1) {
			return false
		}
		if strings.TrimLeft(s.toks[k].Norm, "و") == "قباله" {
			return true
		}
	}
	return false
}

// borders are nouns of a border that مع joins to the country beyond it.
var borders = wordSet(`الحدود حدود الحدوديه الحد الشريط`)

// officials head the objectors named after a protest noun and من
// (الاحتجاجات خصوصا من الرئيس رؤوفين ريفلين والمدعي العام).
var officials = wordSet(`الرييس رييس الوزير وزير المدعي النايب نايب الحكومه وفد الوفد البرلمان السفير`)

// organiseAsked reports a protest noun after تنظيم that a demand or a
// call before it asks for (طالب المشجعون عبر "تويتر" بتنظيم مظاهرة، دعا
// إلى تنظيم اعتصام): not yet held.
func organiseAsked(s *sent, i int) bool {
	if i < 2 || strings.TrimPrefix(s.keys[i-1], "ال") != "تنظيم" {
		return false
	}
	for k := i - 2; k >= 0 && k >= i-12; k-- {
		w := strings.TrimLeft(s.toks[k].Norm, "و")
		if requests[w] || callVerbs[w] {
			return true
		}
	}
	return false
}

// callVerbs call for something to be done (دعا إلى تنظيم).
var callVerbs = wordSet(`دعا دعت دعوا يدعو تدعو يدعون ناشد ناشدت حث حثت`)

// formalProtest are the adjectives that make a protest a state's formal
// objection (الاحتجاجات الدولية على هذه الخطوة، احتجاجا رسميا), not a
// march.
var formalProtest = wordSet(`الدوليه دوليه دولي الدولي رسمي رسميا رسميه الرسمي الرسميه دبلوماسي دبلوماسيا دبلوماسيه الدبلوماسي الدبلوماسيه`)

// objectedBy reports من and an official within the four tokens from k:
// the protests are objections voiced by those officials.
func objectedBy(s *sent, k int) bool {
	for j := k; j+1 < len(s.toks) && j < k+4; j++ {
		if s.toks[j].Kind == marsad.TokenPunct {
			return false
		}
		if s.toks[j].Norm == "من" && officials[s.keys[j+1]] {
			return true
		}
	}
	return false
}

// wasForms are the forms of كان that carry a present verb after them
// (كانت تحتج).
var wasForms = wordSet(`كان كانت كانوا كانا كانتا`)

// participle is an active participle that follows a clause as its
// circumstance and tells an act of that clause's subject (قال الكرملين إن
// الوضع مقلق، متهما الفصائل باحتجاز المدنيين): its code and the word that
// must open what follows the one it is done to ("": none); by is the
// preposition that brings the one it is done to ("": a direct object).
type participle struct{ code, then, by string }

// participles are the participles so coded, normalised (متهمة → متهمه).
var participles = map[string]participle{
	"متهما": {"112", "ب", ""}, "متهمه": {"112", "ب", ""}, "متهمين": {"112", "ب", ""},
	"منتقدا": {"111", "", ""}, "منتقده": {"111", "", ""}, "منتقدين": {"111", "", ""},
	"محذرا": {"130", "من", ""}, "محذره": {"130", "من", ""}, "محذرين": {"130", "من", ""},
	"داعيا": {"020", "الي", ""}, "داعيه": {"020", "الي", ""}, "داعين": {"020", "الي", ""},
	"مطالبا": {"100", "ب", ""}, "مطالبين": {"100", "ب", ""}, // not مطالبة, the verbal noun too
	"منددا": {"111", "", "ب"}, "مندده": {"111", "", "ب"}, "منددين": {"111", "", "ب"},
	"مشيدا": {"051", "", "ب"}, "مشيده": {"051", "", "ب"}, "مشيدين": {"051", "", "ب"},
}

// circumstantialParticiple codes such a participle at i: the one it is
// done to is the actor right after it, followed by the charge after ب,
// the danger after من or the call after إلى (متهمة إسرائيل بالعنصرية,
// not شركات متهمة بالقيام, ثلاثة متهمين في القضية); the doer is the
// speaker of a quotation the sentence closes before it, else the first
// actor that opens the sentence as its subject.
func (c *coder) circumstantialParticiple(d *marsad.Document, s *sent, i int) (marsad.Event, bool) {
	if i == 0 || s.toks[i].Kind != marsad.TokenWord || s.toks[i].Prefix != "" {
		return marsad.Event{}, false
	}
	p, ok := participles[s.keys[i]]
	if !ok || negated(s, i) {
		return marsad.Event{}, false
	}
	var tgt *actor.Found
	if p.by != "" {
		tgt = participleObject(s, i, p.by)
	} else {
		for k := range s.found {
			if f := &s.found[k]; f.Start == i+1 && !f.Place && f.Ref != nil {
				tgt = f
				break
			}
		}
	}
	if tgt == nil || p.then != "" && !openedBy(s, tgt.End, p.then) || p.by == "" && strings.Contains(s.toks[tgt.Start].Prefix, "ل") || wasForms[strings.TrimLeft(s.toks[i-1].Norm, "و")] {
		// كان منتقدا للنظام: what one was, a critic of someone, no act.
		return marsad.Event{}, false
	}
	var srcM *marsad.Mention
	for _, q := range s.quotes {
		if q.Speaker != nil && q.Speaker.Actor != nil && q.Span.End <= s.toks[i].Start && d.SentenceOf(q.Speaker.Start) == s.index && !q.Span.Contains(s.toks[i].Span) {
			srcM = q.Speaker
		}
	}
	if srcM == nil {
		for k := range s.found {
			f := &s.found[k]
			if f.Start > 3 || f.End > i {
				break
			}
			if f.Ref != nil && !f.Place && !governed(s, f) && !possessed(s, f) && speakerQuote(s, f.Start) == nil {
				srcM = mentionOf(d, s, f)
				break
			}
		}
	}
	tgtM := mentionOf(d, s, tgt)
	if srcM == nil || tgtM == nil || srcM.Actor == nil || tgtM.Actor == nil || srcM.Actor.Code == tgtM.Actor.Code || sameState(srcM.Actor.Code, tgtM.Actor.Code) || ownOrgans(srcM.Actor.Code, tgtM.Actor.Code) {
		return marsad.Event{}, false
	}
	code := p.code
	if code == "112" && (near(s, tgt.End, 8, []string{"انتهاكات", "حقوق", "مجازر"}) || near(s, tgt.End, 8, []string{"جرايم"}) && !near(s, tgt.End, 10, ordinaryCrimes)) {
		code = "1122"
	}
	t := &trigger{code: code, words: []string{s.keys[i]}}
	return c.finish(d, s, i, 1, t, code, srcM, tgtM), true
}

// participleObject is the one a participle at i does its act to through
// the preposition by: a name right after it with by (منددا بإسرائيل), or
// the adjective or the genitive of the noun it governs (منددا بالهجوم
// الإسرائيلي، مشيدا بجهود مصر), not a place (مشيدا بالأمن في مصر).
func participleObject(s *sent, i int, by string) *actor.Found {
	if i+1 >= len(s.toks) || !strings.HasSuffix(s.toks[i+1].Prefix, by) {
		return nil
	}
	for k := range s.found {
		f := &s.found[k]
		if f.Start < i+1 {
			continue
		}
		if f.Start > i+2 || f.Place || f.Ref == nil {
			return nil
		}
		if f.Start == i+2 && s.toks[i+1].Kind != marsad.TokenWord {
			return nil
		}
		return f
	}
	return nil
}

// openedBy reports what follows an accusation, a warning or a call
// opening within two words after k: with ب (بالعنصرية، بـ"القضاء"،
// بأنها), or with the preposition prep (من، إلى).
func openedBy(s *sent, k int, prep string) bool {
	for j := k; j < len(s.toks) && j <= k+2; j++ {
		t := s.toks[j]
		if t.Kind != marsad.TokenWord {
			continue
		}
		if prep != "ب" {
			if strings.TrimLeft(t.Norm, "و") == prep {
				return true
			}
			continue
		}
		if strings.HasPrefix(strings.TrimLeft(t.Prefix, "و"), "ب") || t.Norm == "ب" || t.Norm == "بان" || t.Norm == "بانها" || t.Norm == "بانه" || t.Norm == "بانهم" {
			return true
		}
	}
	return false
}
