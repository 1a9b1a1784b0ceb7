package event

import (
	"strings"

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
func unlinkedTokens(d *marsad.Document, s *sent) []bool {
	out := make([]bool, len(s.toks))
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

// possessors are the nouns of buildings and posts whose following name
// owns them (سفارة فرنسا، مقر القوات المسلحة): that name is no doer.
var possessors = wordSet(`سفاره السفاره قنصليه القنصليه مقر مقار مقرات مبني مكتب مكاتب معسكر قاعده سفارات قنصليات مواقع موقع مراكز مركز`)

// possessed reports an actor named as the owner of a building or post.
func possessed(s *sent, f *actor.Found) bool {
	return f.Start > 0 && possessors[s.keys[f.Start-1]] && s.toks[f.Start].Prefix == ""
}

// causes put an event noun in the background of what the actor before it
// does (قرار الحكومة البريطانية بسبب الهجوم، تضامني مع ماي بعد الهجوم):
// that actor reacts, it did not do it.
var causes = wordSet(`بسبب سبب اثر جراء عقب بعد خلفيه ردا رد اعقاب منذ قبل محاوله محاولات حول بشان ازاء`)

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
var suppressions = wordSet(`قمع قمعت يقمع تقمع قمعوا فرق فرقت يفرق تفرق فض فضت يفض تفض منع منعت يمنع تمنع حظر حظرت يحظر تحظر`)

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

// directObject returns an actor standing right after the subject (within
// two words) that no preposition governs: the object of a verb whose
// frame also brings a preposition (حذرت تركيا الحكومة السورية من ...،
// دعا الرئيس روسيا إلى ...).
func (c *coder) directObject(s *sent, from int, subj *actor.Found) *actor.Found {
	for k := range s.found {
		a := &s.found[k]
		if a.Start < from {
			continue
		}
		if a.Start > from+2 || boundary(s, from, a.Start) {
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
		if seizures[s.keys[k]] {
			return true
		}
	}
	return false
}

// bare reports a subject that is a country or capital alone (تركيا،
// موسكو), or none: a name after it is no name of its own in apposition
// (وزير الخارجية الروسي سيرغي لافروف) but another party.
func bare(subj *actor.Found) bool {
	return subj == nil || subj.Ref != nil && strings.HasPrefix(subj.Ref.ID, "country/") && strings.Count(subj.Ref.ID, "/") == 1
}

// doings are the verbs that carry out an act named by a noun: الضربات
// التي شنتها الدول الغربية، الهجوم الذي نفذه التنظيم.
var doings = []string{"شن", "نفذ", "قاد", "ارتكب", "تبني", "تبنا"}

// relativeDoer returns the subject of a relative clause right after an
// event noun whose verb carries it out (الضربات التي شنتها الدول
// الغربية): the noun's doer.
func relativeDoer(s *sent, from int) *actor.Found {
	if from+1 >= len(s.toks) || !relatives[s.toks[from].Norm] {
		return nil
	}
	v := s.keys[from+1]
	for _, p := range []string{"ت", "ي"} {
		v = strings.TrimPrefix(v, p)
	}
	ok := false
	for _, d := range doings {
		if strings.HasPrefix(v, d) {
			ok = true
		}
	}
	if !ok {
		return nil
	}
	for k := range s.found {
		if f := &s.found[k]; f.Start >= from+2 && f.Start <= from+3 && !f.Place && !governed(s, f) {
			return f
		}
	}
	return nil
}
