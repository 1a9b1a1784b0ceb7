package quote

import (
	"strings"

	"github.com/marsad/marsad"
)

// writtenNouns are the written texts whose words are given after جاء فيه
// (بيان، رسالة، تغريدة), normalised, without the article or the alef of
// the accusative.
var writtenNouns = map[string]bool{"بيان": true, "رساله": true, "تغريده": true, "مقال": true, "تقرير": true, "مذكره": true,
	"وثيقه": true, "برقيه": true, "خطاب": true, "تدوينه": true, "منشور": true}

// writingVerbs issue, publish or send a written text (أصدر بيانا، نشرت
// تغريدة، وجه رسالة), as bases.
var writingVerbs = map[string]bool{"اصدر": true, "اصدرت": true, "نشر": true, "نشرت": true, "وجه": true, "وجهت": true,
	"بعث": true, "بعثت": true, "ارسل": true, "ارسلت": true, "كتب": true, "كتبت": true, "وزع": true, "وزعت": true}

// writerHeads open the name of one who may issue a text when the tagger
// names none (بيان لوزارة الخارجية، أصدرت الخارجية بيانا), normalised
// without the article.
var writerHeads = map[string]bool{"وزاره": true, "خارجيه": true, "داخليه": true, "حكومه": true, "جيش": true, "شرطه": true,
	"رياسه": true, "مكتب": true, "مجلس": true, "حزب": true, "حركه": true, "منظمه": true, "لجنه": true, "سفاره": true,
	"قياده": true, "نيابه": true, "وكاله": true}

// writtenIn returns the token of جاء when the words at open follow جاء
// فيه or جاء فيها and at most punctuation and أن (بيانا جاء فيه: "...",
// رسالة جاء فيها أن "..."): the words are those of the text named before.
// Else -1.
func (p *proc) writtenIn(open, lo int) int {
	k := open - 1
	for k > lo && (p.toks[k].Kind == marsad.TokenPunct || p.toks[k].Base == "ان" && p.toks[k].Suffix == "") {
		k--
	}
	if k-1 < lo {
		return -1
	}
	in, came := p.toks[k], p.toks[k-1]
	if in.Base != "في" || in.Suffix != "ه" && in.Suffix != "ها" || came.Base != "جاء" {
		return -1
	}
	return k - 1
}

// writtenNoun reports a written text at k, one of writtenNouns with no
// pronoun after it (بيان، البيان، بيانا، رسالة).
func (p *proc) writtenNoun(k int) bool {
	t := p.toks[k]
	if t.Kind != marsad.TokenWord || t.Suffix != "" {
		return false
	}
	b := strings.TrimPrefix(t.Base, "ال")
	return writtenNouns[b] || writtenNouns[strings.TrimSuffix(b, "ا")]
}

// writer returns the one who wrote or issued the text that جاء at j
// speaks of (أصدرت وزارة الدفاع بيانا جاء فيه، بيان لوزارة الخارجية جاء
// فيه، مكتب الاتصال الذي أصدر بيانا جاء فيه): the text is the nearest
// written noun before j in its sentence, with no other verb of speech
// between; see writerOf. Else nil.
func (p *proc) writer(j, lo int) *marsad.Mention {
	ss := p.sentenceStart(j, lo)
	for m := j - 1; m >= ss && m >= j-10; m-- {
		t := p.toks[m]
		if t.Kind != marsad.TokenWord && t.Text != "،" && t.Text != "," {
			return nil
		}
		if k := p.kindOf(m); k != "" && k != cueIn {
			return nil
		}
		if p.writtenNoun(m) {
			return p.writerOf(m, j, ss)
		}
	}
	return nil
}

// writerOf returns the one who issued the written text at m, before limit:
// the name after صادر عن (بيان صادر عن الجيش), the name the noun governs
// (بيان وزارة الدفاع، بيان لوزارة الخارجية), the subject of the verb that
// issued it (أصدرت وزارة الخارجية بيانا), or the noun a relative before
// that verb stands for (مكتب الاتصال الذي أصدر بيانا). Else nil.
func (p *proc) writerOf(m, limit, ss int) *marsad.Mention {
	a := m + 1
	if a < limit {
		if n := p.toks[a].Norm; n == "صادر" || n == "الصادر" || n == "صادرا" || n == "صادره" || n == "الصادره" {
			a++
			if a < limit && (p.toks[a].Norm == "عن" || p.toks[a].Norm == "من") {
				a++
			}
			if a < limit {
				return p.np(a, limit)
			}
			return nil
		}
		if t := p.toks[m]; !strings.HasPrefix(t.Base, "ال") && (p.toks[a].Prefix == "" || p.toks[a].Prefix == "ل") {
			if n := p.issuerAt(a, limit); n != nil {
				return n
			}
		}
	}
	for v := m - 1; v >= ss && v >= m-6; v-- {
		t := p.toks[v]
		if t.Kind != marsad.TokenWord {
			return nil
		}
		if !writingVerbs[t.Base] || t.Suffix != "" {
			continue
		}
		if v+1 < m {
			if n := p.issuerAt(v+1, m); n != nil {
				// أصدر مجلس منبج العسكري بيانا: all the words up to the text
				// are its subject, but a time or a comma.
				e := v + 1
				for e < m && p.toks[e].Kind == marsad.TokenWord && !p.inTime(p.toks[e]) {
					e++
				}
				if s := p.mention(v+1, e); s.End > n.End {
					return s
				}
				return n
			}
			return nil
		}
		r := v - 1
		if r-1 < ss || !relatives[p.toks[r].Base] {
			return nil
		}
		b := r - 1
		if p.toks[b].Text == "،" && b-1 >= ss {
			b--
		}
		if a := p.phraseEndingAt(b, ss); a >= 0 {
			if a-1 >= ss && p.toks[a-1].Prefix == "" && !strings.HasPrefix(p.toks[a-1].Base, "ال") && p.issuerAt(a-1, b+1) != nil {
				a-- // مكتب الإعلام الحكومي: the noun that governs the definite words
			}
			return p.mention(a, b+1)
		}
		return nil
	}
	return nil
}

// issuerAt returns the name of a body or person at token a, before
// limit: the entity that starts there, else a noun of writerHeads, bodyNouns
// or titleNouns with the definite words after it (وزارة الخارجية
// الفرنسية), but not a definite one after a proclitic. Else nil.
func (p *proc) issuerAt(a, limit int) *marsad.Mention {
	if e := p.entityAt(a, marsad.PER, marsad.ORG, marsad.LOC); e != nil && e.End <= p.toks[limit-1].End {
		return &marsad.Mention{Span: e.Span, Text: e.Text}
	}
	t := p.toks[a]
	head := strings.TrimPrefix(t.Base, "ال")
	if t.Kind != marsad.TokenWord || t.Suffix != "" || !writerHeads[head] && !bodyNouns[t.Base] && !titleNouns[head] {
		return nil
	}
	if t.Prefix != "" && head != t.Base {
		return nil // بيان للحزب: one named before, not named here
	}
	b := a + 1
	for b < limit && b <= a+3 && p.definite(b) {
		b++
	}
	return p.mention(a, b)
}
