package event

import (
	"strings"

	"github.com/marsad/marsad"
	"github.com/marsad/marsad/actor"
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
		for i := 0; i < len(s.toks); i++ {
			t, n := c.match(s, i)
			if t == nil {
				continue
			}
			if !negated(s, i) && !verbalNoun(s, i, t) && !(t.noun && drone(s, i)) && (!t.noun || supported(s, i, n)) {
				cc, _ := Lookup(t.code)
				out = append(out, Detection{Code: t.code, Root: cc.Root, Sentence: si, Trigger: marsad.Span{Start: s.toks[i].Start, End: s.toks[i+n-1].End}})
			}
			i += n - 1
		}
	}
	return out, nil
}

// negated reports a negation or condition governing the trigger at i.
func negated(s *sent, i int) bool {
	for k := i - 1; k >= 0 && k >= i-7; k-- {
		w := s.toks[k].Norm
		if s.toks[k].Kind == marsad.TokenPunct || (k < i-3 && strings.HasPrefix(s.toks[k].Prefix, "و")) {
			break
		}
		if negators[w] || negators[s.keys[k]] {
			return true
		}
	}
	for k := i - 1; k >= 0 && k >= i-6; k-- {
		if conditionals[s.toks[k].Norm] {
			return true
		}
	}
	return false
}

// supportVerbs report that a noun names an event that happened (شن هجوما،
// اندلعت مظاهرات، خرج في مسيرة) rather than one only talked about.
var supportVerbs = map[string]bool{}

func init() {
	for _, w := range strings.Fields("شن يشن تشن شنت شنوا نفذ نفذت ينفذ تنفذ نفذوا وقع وقعت يقع تقع اندلع اندلعت تندلع خرج خرجت خرجوا يخرج نظم نظمت نظموا ينظم شارك شاركت شاركوا يشارك تعرض تعرضت تعرضوا يتعرض اسفر اسفرت ادي ادت تجمع تجمعوا احتشد احتشدوا شهدت شهد استهدف استهدفت") {
		supportVerbs[w] = true
	}
}

func supported(s *sent, i, n int) bool {
	for k := max(0, i-4); k < len(s.toks) && k <= i+n+3; k++ {
		if k >= i && k < i+n {
			continue
		}
		if supportVerbs[s.keys[k]] || supportVerbs[s.toks[k].Norm] {
			return true
		}
	}
	return false
}

// constructNouns head a verbal noun in a construct (تحالف دعم الشرعية،
// محاولة قتل، تهم خطف): the word after them is a noun, not a verb, and
// names a group, an attempt or a charge rather than an act that happened.
var constructNouns = map[string]bool{}

// lightVerbs carry a verbal noun with ب as their act: قامت القوات بقصف.
var lightVerbs = map[string]bool{}

func init() {
	for _, w := range strings.Fields("قام قامت قاموا يقوم تقوم يقومون امر امرت يامر تامر") {
		lightVerbs[w] = true
	}
	for _, w := range strings.Fields("تحالف محاوله محاولات تهم تهمه") {
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
	if strings.HasPrefix(pre, "ل") {
		return true
	}
	return i > 0 && s.toks[i-1].Kind == marsad.TokenWord && s.toks[i-1].Suffix == "" && constructNouns[s.keys[i-1]]
}

// drone reports مسيرة as the drone of طائرة مسيرة, not a march.
func drone(s *sent, i int) bool {
	if i == 0 || !strings.HasPrefix(strings.TrimPrefix(s.keys[i], "ال"), "مسير") {
		return false
	}
	return strings.HasPrefix(strings.TrimPrefix(s.keys[i-1], "ال"), "طاير")
}

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
			return true
		}
	}
	return false
}
