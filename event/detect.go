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
			if !negated(s, i) && (!t.noun || supported(s, i, n)) {
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
