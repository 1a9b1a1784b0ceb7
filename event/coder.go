package event

import (
	"fmt"
	"sort"
	"strings"

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
var negators = map[string]bool{"لن": true, "لا": true, "لم": true, "ليس": true, "ليست": true, "غير": true, "لما": true, "عدم": true, "دون": true, "نفي": true, "نفت": true, "ينفي": true, "تنفي": true, "نفوا": true, "ينفون": true, "نافيا": true, "نافيه": true}

// conditionals block an event: it may not happen.
var conditionals = map[string]bool{"اذا": true, "لو": true, "ان": false}

// intents announce an event without it happening.
var intents = map[string]bool{"سوف": true, "تعتزم": true, "يعتزم": true, "تنوي": true, "ينوي": true, "ستقوم": true, "سيقوم": true}

// eventNouns refer back to an earlier military campaign.
var eventNouns = map[string]bool{"الحمله": true, "الضربات": true, "الغارات": true, "العمليه": true, "العمليات": true, "التحالف": true, "حمله": true}

// sent is one sentence under coding.
type sent struct {
	index  int
	toks   []marsad.Token
	keys   []string
	found  []actor.Found
	date   string
	quotes []*marsad.Quote
}

// Process codes the events of d.
func (c *coder) Process(d *marsad.Document) error {
	d.Events = d.Events[:0]
	var lastAttacker *marsad.Mention
	ti := 0
	for si, sp := range d.Sentences {
		for ti < len(d.Tokens) && d.Tokens[ti].Start < sp.Start {
			ti++
		}
		first := ti
		for ti < len(d.Tokens) && d.Tokens[ti].End <= sp.End {
			ti++
		}
		s := &sent{index: si, toks: d.Tokens[first:ti], date: d.Published}
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
		for _, tm := range d.Times {
			if sp.Contains(tm.Span) && tm.Type == marsad.Date && len(tm.Value) >= 10 && tm.Value[4] == '-' {
				s.date = tm.Value[:10]
				break
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
				continue
			}
			ev, ok := c.code(d, s, i, n, t, lastAttacker)
			if ok {
				if ev.Root == "18" || ev.Root == "19" || ev.Root == "20" {
					lastAttacker = ev.Source
				}
				add(d, ev)
			}
			i += n - 1
		}
	}
	return nil
}

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
		if i+len(t.words) > len(s.keys) || best != nil && len(t.words) <= len(best.words) {
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
		if len(t.needs) > 0 && !near(s, i+len(t.words), 9, t.needs) && !(t.needsBefore && near(s, max(0, i-3), i-max(0, i-3), t.needs)) {
			continue
		}
		best = t
	}
	if best == nil {
		return nil, 0
	}
	return best, len(best.words)
}

func near(s *sent, from, n int, words []string) bool {
	for k := from; k < len(s.keys) && k < from+n; k++ {
		for _, w := range words {
			if s.keys[k] == w || s.toks[k].Norm == w || strings.TrimPrefix(s.keys[k], "ال") == strings.TrimPrefix(w, "ال") {
				return true
			}
		}
	}
	return false
}

// code builds the event of trigger t at tokens [i, i+n).
func (c *coder) code(d *marsad.Document, s *sent, i, n int, t *trigger, lastAttacker *marsad.Mention) (marsad.Event, bool) {
	// Negation and conditions in the few words before the trigger.
	future := strings.HasSuffix(s.toks[i].Prefix, "س")
	// A negation governs the clause: لن تطلب الإذن من حكومة الأسد لشن ضربات.
	// So do the readings Detect rules out: a possibility or a call (خيار شن
	// ضربات), تظاهر بـ (pretend), فجر أمس (dawn), an attack in words (هجوم
	// إعلامي), the matter of a case or inquiry (قضية اغتيال).
	if negated(s, i) || verbalNoun(s, i, t) || t.noun && drone(s, i) || modal(s, i) || pretend(s, i, n, t) ||
		dawn(s, i, n) || figurative(s, i, n, t) || t.noun && (background(s, i) || t.code[:2] == "14" && setting(s, i, true)) {
		return marsad.Event{}, false
	}
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if intents[s.toks[k].Norm] {
			future = true
		}
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
				best = f
			}
		}
		return best
	}
	after := actorsAfter(i + n)
	byFrame := func(from int) *actor.Found {
		if len(t.frame) == 0 {
			for _, f := range actorsAfter(from) {
				return f
			}
			return nil
		}
		for k := from; k < len(s.toks) && k < from+8; k++ {
			if c.isPrep(s, k, t.frame) {
				for _, f := range actorsAfter(k) {
					if f.Start <= k+3 {
						return f
					}
					break
				}
			}
		}
		return nil
	}
	if t.noun {
		// The doer: an adjective or "بقيادة X" after the noun, else the
		// actor named just before it (أعلن أوباما بدء الضربات).
		for _, f := range after {
			if f.Start <= i+n+1 && f.Adjective {
				src = f
			}
			break
		}
		if src == nil {
			for k := i + n; k < len(s.toks) && k < i+n+6; k++ {
				if s.keys[k] == "قياده" || s.keys[k] == "بقياده" {
					for _, f := range actorsAfter(k + 1) {
						if f.Start <= k+2 {
							src = f
						}
						break
					}
				}
			}
		}
		passive := i > 0 && (s.toks[i].Prefix == "ل") && i >= 1
		if src == nil && !passive {
			if b := before(5); b != nil && !governed(s, b) && !clauseBetween(s, b.End, i) {
				src = b
			}
		}
		tgt = byFrame(i + n)
		if tgt == nil && passive {
			// يتعرضون لضربات: the subject is the target; a named actor
			// rather than a nationality adjective on the way.
			for k := len(s.found) - 1; k >= 0; k-- {
				if f := &s.found[k]; f.End <= i && f.End >= i-14 && !f.Place && !f.Adjective {
					tgt = f
					break
				}
			}
		}
		if tgt == nil && len(t.frame) > 0 && t.frame[0] == "ل" {
			tgt = byFrame(i + n)
		}
	} else {
		// VSO: a subject soon after the verb (its title and name may come
		// first: التقى المبعوث الأممي إلى اليمن مارتن غريفيث), not the
		// object of a preposition; else SVO: the actor before it.
		var subj *actor.Found
		for _, f := range after {
			if f.Start > i+n+6 {
				break
			}
			if f.Adjective && f.Start > i+n+1 {
				continue // an adjective further on qualifies the object: انتقد البيان التدخلات الإيرانية
			}
			if !governed(s, f) {
				subj = f
				break
			}
		}
		if subj != nil && !lightVerb(s, i) && (subj.Start <= i+n+2 || before(8) == nil) {
			src = subj
			// A conjoined subject of a joint act: وقعت تونس والاتحاد الأوروبي اتفاقا.
			if joint[t.code[:2]] {
				for _, f := range after {
					if f.Start == src.End && strings.HasPrefix(s.toks[f.Start].Prefix, "و") && f.Ref.Code != src.Ref.Code {
						tgt = f
					}
				}
			}
			if tgt == nil {
				tgt = byFrame(src.End)
			}
			if tgt != nil && tgt.Ref.Code == src.Ref.Code {
				tgt = nil // the subject's own name in apposition
			}
			if tgt == nil && (len(t.frame) == 0 || joint[t.code[:2]]) {
				// The direct object, skipping the subject's own name in
				// apposition (وزير الخارجية الروسي سيرغي لافروف).
				for _, f := range after {
					if f.Start >= src.End && f.Ref.Code != src.Ref.Code && !governed(s, f) {
						tgt = f
						break
					}
				}
			}
		} else {
			src = before(8)
			tgt = byFrame(i + n)
		}
	}
	if code == "141" && !t.noun && src != nil && src.Ref != nil && stateCode(src.Ref.Code) {
		code = "114" // احتجت السلطات السورية على ...: a government complains, it does not march
	}
	if tgt == nil && code[:2] == "14" {
		// A protest needs no target; protesters with no named actor are
		// the people of the place: تظاهر الآلاف في غزة.
		if src == nil {
			for k := range s.found {
				if f := &s.found[k]; f.Place && f.Ref != nil {
					src = f
					break
				}
			}
		}
		if src != nil {
			srcM := mentionOf(d, s, src)
			return c.finish(d, s, i, n, t, code, srcM, nil), true
		}
		return marsad.Event{}, false
	}
	var srcM, tgtM *marsad.Mention
	if src != nil {
		srcM = mentionOf(d, s, src)
	} else if q := speakerQuote(s, i); q != nil && q.Speaker != nil && q.Speaker.Actor != nil && !t.noun {
		srcM = q.Speaker // a verbal event inside a quotation: its speaker
	}
	if tgt != nil {
		tgtM = mentionOf(d, s, tgt)
	} else if lastAttacker != nil && near(s, i+n, 4, keysOf(eventNouns)) {
		tgtM = lastAttacker // شكك في شرعية الحملة الجوية: the campaign's leader
	}
	if srcM == nil || tgtM == nil || srcM.Actor == nil || tgtM.Actor == nil || srcM.Actor.Code == tgtM.Actor.Code || sameState(srcM.Actor.Code, tgtM.Actor.Code) {
		return marsad.Event{}, false
	}
	if code == "112" && near(s, i+n, 8, []string{"انتهاكات", "حقوق", "جرايم", "مجازر"}) {
		code = "1122"
	}
	if future {
		if ic := intent(code); ic != "" {
			code = ic
		}
	}
	return c.finish(d, s, i, n, t, code, srcM, tgtM), true
}

// joint are the CAMEO roots of acts two parties do together, whose second
// party may be a conjoined subject.
var joint = map[string]bool{"03": true, "04": true, "05": true, "06": true}

// finish builds the event with its evidence and location.
func (c *coder) finish(d *marsad.Document, s *sent, i, n int, t *trigger, code string, srcM, tgtM *marsad.Mention) marsad.Event {
	cc, _ := Lookup(code)
	ev := marsad.Event{Code: code, Root: cc.Root, Name: cc.Name, Quad: cc.Quad, Goldstein: cc.Goldstein,
		Source: srcM, Target: tgtM, Date: s.date, Sentence: s.index, Mentions: 1, Confidence: 0.7}
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
	for _, f := range s.found {
		if f.Place && f.Ref != nil {
			ev.Location = mentionOf(d, s, &f)
			break
		}
	}
	return ev
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
			if strings.HasSuffix(t.Prefix, p) || t.Norm == p {
				return true
			}
		default:
			if t.Norm == p || s.keys[k] == p {
				return true
			}
		}
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

// mentionOf turns a found actor into a mention of the document.
func mentionOf(d *marsad.Document, s *sent, f *actor.Found) *marsad.Mention {
	first := s.toks[f.Start]
	start := first.Start + len([]rune(first.Prefix))
	sp := marsad.Span{Start: start, End: s.toks[f.End-1].End}
	return &marsad.Mention{Span: sp, Text: d.Slice(sp), Actor: f.Ref}
}

// add appends an event, merging it with an earlier report of the same
// event (same source, target and code).
func add(d *marsad.Document, ev marsad.Event) {
	for k := range d.Events {
		e := &d.Events[k]
		if e.Code == ev.Code && e.Source.ActorCode() == ev.Source.ActorCode() && e.Target.ActorCode() == ev.Target.ActorCode() {
			e.Mentions++
			return
		}
	}
	d.Events = append(d.Events, ev)
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
		switch s.toks[f.Start-1].Norm {
		case "علي", "ضد", "الي", "في", "من", "عن", "مع":
			return true
		}
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
		for _, f := range found {
			if f.Start < b && a < f.End {
				overlap = true
				break
			}
		}
		if !overlap {
			found = append(found, actor.Found{Start: a, End: b, Ref: e.Actor, Place: e.Type == marsad.LOC && a > 0 && s.toks[a-1].Norm == "في"})
		}
	}
	sort.Slice(found, func(i, j int) bool { return found[i].Start < found[j].Start })
	return found
}

func arabicNorm(s string) string { return arabic.Normalize(s) }

// stateCode reports a country or its government (SYR, SYRGOV).
func stateCode(c string) bool { return len(c) == 3 || len(c) == 6 && c[3:] == "GOV" }

// sameState reports a country and its own government (السعودية ... وزير
// خارجيتها): the speaker in apposition, not a second party.
func sameState(a, b string) bool {
	state := func(c string) bool { return len(c) == 3 || len(c) == 6 && c[3:] == "GOV" }
	return len(a) >= 3 && len(b) >= 3 && a[:3] == b[:3] && state(a) && state(b)
}
