package quote

import (
	"bufio"
	_ "embed"
	"fmt"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/marsad/marsad"
)

//go:embed cues.txt
var cueData string

// Cue kinds of cues.txt.
const (
	cueVerb       = "verb"
	cueParticiple = "participle"
	cueSource     = "source"
)

var cues = sync.OnceValue(func() map[string]string {
	m := map[string]string{}
	sc := bufio.NewScanner(strings.NewReader(cueData))
	for sc.Scan() {
		l := sc.Text()
		if strings.HasPrefix(l, "#") || strings.TrimSpace(l) == "" {
			continue
		}
		if k, w, ok := strings.Cut(l, "\t"); ok {
			m[strings.TrimSpace(w)] = k
		}
	}
	return m
})

// New returns the quotation stage.
func New() (marsad.Stage, error) {
	cues()
	return stage{}, nil
}

type stage struct{}

func (stage) Name() string { return "quote" }
func (stage) Requires() []string {
	return []string{marsad.AnnTokens, marsad.AnnSentences, marsad.AnnEntities}
}
func (stage) Provides() []string { return []string{marsad.AnnQuotes} }

// complementizers introduce a reported clause: إن، أن، بأن، إنه ...
var complementizers = map[string]bool{}

func init() {
	for _, w := range strings.Fields("ان انه انها انهم انهما انهن انني اننا انك انكم بان بانه بانها بانهم بانهما") {
		complementizers[w] = true
	}
}

var relatives = map[string]bool{"الذي": true, "التي": true, "الذين": true, "اللذين": true, "اللتين": true, "اللواتي": true, "اللاتي": true}

// openers and their closing marks. ” and “ close each other, in either
// order, as outlets use both directions.
func closes(open, tok string) bool {
	switch open {
	case "«":
		return tok == "»"
	case "“", "”", "„":
		return tok == "“" || tok == "”"
	case "\"":
		return tok == "\""
	case "‹":
		return tok == "›"
	}
	return false
}

func isOpen(tok string) bool {
	return tok == "«" || tok == "“" || tok == "”" || tok == "\"" || tok == "„" || tok == "‹"
}

// proc holds the state of one document.
type proc struct {
	d        *marsad.Document
	toks     []marsad.Token
	cue      map[string]string
	last     *marsad.Mention // the previous quote's speaker
	inDirect []bool          // token inside a direct quotation
}

// Process finds the quotations of d.
func (stage) Process(d *marsad.Document) error {
	p := &proc{d: d, toks: d.Tokens, cue: cues(), inDirect: make([]bool, len(d.Tokens))}
	d.Quotes = d.Quotes[:0]
	for _, para := range d.Paragraphs {
		lo, hi := p.tokenRange(para)
		p.paragraph(lo, hi)
	}
	return nil
}

// tokenRange returns the tokens [lo, hi) inside span.
func (p *proc) tokenRange(sp marsad.Span) (int, int) {
	lo := 0
	for lo < len(p.toks) && p.toks[lo].Start < sp.Start {
		lo++
	}
	hi := lo
	for hi < len(p.toks) && p.toks[hi].End <= sp.End {
		hi++
	}
	return lo, hi
}

// kindOf returns the cue kind of token i ("" if none).
func (p *proc) kindOf(i int) string {
	t := p.toks[i]
	if t.Kind != marsad.TokenWord {
		return ""
	}
	if k, ok := p.cue[t.Base]; ok {
		return k
	}
	if k, ok := p.cue[t.Norm]; ok {
		return k
	}
	return ""
}

func (p *proc) paragraph(lo, hi int) {
	type dq struct{ open, close int } // token indexes of the marks; close = hi when unclosed
	var quotes []dq
	for i := lo; i < hi; i++ {
		w := p.toks[i].Text
		if !isOpen(w) || p.toks[i].Kind != marsad.TokenPunct {
			continue
		}
		j := i + 1
		for j < hi && !closes(w, p.toks[j].Text) {
			j++
		}
		quotes = append(quotes, dq{i, j})
		i = j
	}
	for _, q := range quotes {
		p.direct(lo, hi, q.open, q.close)
	}
	p.reported(lo, hi)
}

// words counts the word tokens in [a, b).
func (p *proc) words(a, b int) int {
	n := 0
	for i := a; i < b; i++ {
		if k := p.toks[i].Kind; k == marsad.TokenWord || k == marsad.TokenLatin || k == marsad.TokenNumber {
			n++
		}
	}
	return n
}

// sentenceStart returns the first token of the sentence holding token i.
func (p *proc) sentenceStart(i, lo int) int {
	s := p.d.SentenceOf(p.toks[i].Start)
	if s < 0 {
		return lo
	}
	start := p.d.Sentences[s].Start
	k := i
	for k > lo && p.toks[k-1].Start >= start {
		k--
	}
	return k
}

func (p *proc) sentenceEnd(i, hi int) int {
	s := p.d.SentenceOf(p.toks[i].Start)
	if s < 0 {
		return hi
	}
	end := p.d.Sentences[s].End
	k := i
	for k < hi && p.toks[k].End <= end {
		k++
	}
	return k
}

// direct handles a quotation between marks at tokens open and close.
func (p *proc) direct(lo, hi, open, close int) {
	a, b := open+1, close
	if a >= b {
		return
	}
	n := p.words(a, b)
	// The cue: a speech verb or participle before the mark in its sentence,
	// a colon right before it, or a speech verb right after the close.
	cueAt, after := -1, false
	ss := p.sentenceStart(open, lo)
	for k := open - 1; k >= ss && k >= open-12; k-- {
		if kind := p.kindOf(k); kind == cueVerb || kind == cueParticiple {
			if k > lo && masdarBefore[p.toks[k-1].Norm] {
				continue // عدم ذكر اسمه: a verbal noun, not a speech verb
			}
			cueAt = k
			break
		}
		if p.toks[k].Text == "«" || p.toks[k].Text == "»" || p.toks[k].Text == "“" || p.toks[k].Text == "”" {
			break
		}
	}
	colon := open > lo && (p.toks[open-1].Text == ":" || p.toks[open-1].Text == "：")
	if cueAt < 0 && close < hi {
		for k := close + 1; k < hi && k <= close+2; k++ {
			if p.kindOf(k) == cueVerb {
				cueAt, after = k, true
				break
			}
		}
	}
	// Scare quotes and titles: short, with no cue.
	if n < 3 || (cueAt < 0 && !colon && n < 8) {
		return
	}
	for k := a; k < b; k++ {
		p.inDirect[k] = true
	}
	q := marsad.Quote{Kind: marsad.Direct}
	start, end := p.toks[a].Start, p.toks[b-1].End
	q.Span = marsad.Span{Start: start, End: end}
	q.Text = p.d.Slice(q.Span)
	if close >= hi {
		p.d.Warn(fmt.Sprintf("quotation at %d has no closing mark; closed at the paragraph's end", p.toks[open].Start))
	}
	if cueAt >= 0 {
		q.Cue = p.mention(cueAt, cueAt+1)
		switch {
		case p.kindOf(cueAt) == cueParticiple:
			q.Speaker = p.last
		case after:
			q.Speaker = p.np(cueAt+1, hi)
		default:
			q.Speaker = p.np(cueAt+1, open)
			if q.Speaker == nil {
				q.Speaker = p.subjectBefore(cueAt, lo)
			}
		}
	}
	if q.Speaker == nil {
		q.Speaker = p.last
	}
	p.add(q)
}

// reported finds reported speech: cue + (subject) + إن/أن + clause, and
// attribution phrases (بحسب، وفقا لـ، نقلا عن).
func (p *proc) reported(lo, hi int) {
	for i := lo; i < hi; i++ {
		if p.inDirect[i] {
			continue
		}
		switch p.kindOf(i) {
		case cueVerb, cueParticiple:
			j := i + 1
			for j < hi && j <= i+25 && !p.isComp(j) && !p.stopsReport(j) {
				j++
			}
			if j >= hi || !p.isComp(j) || j+1 >= hi {
				continue
			}
			end := p.sentenceEnd(j, hi)
			if p.words(j+1, end) < 2 {
				continue
			}
			q := marsad.Quote{Kind: marsad.Indirect, Cue: p.mention(i, i+1)}
			first := j + 1
			last := end - 1
			for last > first && p.toks[last].Kind == marsad.TokenPunct {
				last--
			}
			q.Span = marsad.Span{Start: p.toks[first].Start, End: p.toks[last].End}
			q.Text = p.d.Slice(q.Span)
			if p.kindOf(i) == cueParticiple {
				q.Speaker = p.last
			} else {
				q.Speaker = p.np(i+1, j)
				if q.Speaker == nil {
					q.Speaker = p.pronounSubject(i, lo)
				}
			}
			p.add(q)
			i = last
		case cueSource:
			p.attribution(i, lo, hi)
		}
	}
}

// attribution reads "بحسب X", "وفقا لـ X", "نقلا عن X": the speaker follows,
// the reported content is the rest of the sentence.
func (p *proc) attribution(i, lo, hi int) {
	j := i + 1
	for j < hi && j <= i+3 && (p.toks[j].Norm == "ل" || p.toks[j].Norm == "لما" || p.toks[j].Norm == "عن" || p.toks[j].Norm == "ما" || p.toks[j].Norm == "ذكر" || p.toks[j].Norm == "ذكرت" || p.toks[j].Norm == "افاد" || p.toks[j].Norm == "افادت" || p.toks[j].Norm == "قال" || p.toks[j].Norm == "قالت") {
		j++
	}
	sp := p.np(j, hi)
	if sp == nil {
		return
	}
	ss, se := p.sentenceStart(i, lo), p.sentenceEnd(i, hi)
	a, b := ss, i // content before the phrase
	if i-ss < 3 {
		k := j
		for k < se && p.toks[k].End <= sp.End {
			k++
		}
		a, b = k, se
	}
	for a < b && p.toks[a].Kind == marsad.TokenPunct {
		a++
	}
	for b > a && p.toks[b-1].Kind == marsad.TokenPunct {
		b--
	}
	if p.words(a, b) < 3 {
		return
	}
	for k := a; k < b; k++ {
		if p.inDirect[k] {
			return
		}
	}
	q := marsad.Quote{Kind: marsad.Indirect, Cue: p.mention(i, i+1), Speaker: sp}
	q.Span = marsad.Span{Start: p.toks[a].Start, End: p.toks[b-1].End}
	q.Text = p.d.Slice(q.Span)
	p.add(q)
}

func (p *proc) isComp(j int) bool {
	t := p.toks[j]
	return t.Kind == marsad.TokenWord && (complementizers[t.Norm] || complementizers[t.Base] && t.Prefix == "ب")
}

// stopsReport: tokens between a cue and its complementizer that mean the
// verb does not introduce this clause.
func (p *proc) stopsReport(j int) bool {
	t := p.toks[j]
	return t.Text == "." || t.Text == "؟" || isOpen(t.Text) || t.Text == "»"
}

func (p *proc) add(q marsad.Quote) {
	p.d.Quotes = append(p.d.Quotes, q)
	if q.Speaker != nil {
		p.last = q.Speaker
	}
}

// np reads the noun phrase that starts at token a (before limit): the
// speaker after a speech verb. It stops at punctuation, a complementizer,
// a participle, a relative pronoun, a time expression or after 8 words.
func (p *proc) np(a, limit int) *marsad.Mention {
	b := a
	for b < limit && b < len(p.toks) && b-a < 8 {
		t := p.toks[b]
		if t.Kind == marsad.TokenPunct || t.Kind == marsad.TokenSymbol || p.isComp(b) || relatives[t.Norm] {
			break
		}
		if k := p.kindOf(b); k != "" && b > a {
			break
		}
		if b > a && npStops[t.Norm] {
			break // على حسابه، عبر تويتر: how, not who
		}
		if b > a && isHal(t) {
			break // مشترطا، مضيفا: a circumstantial participle ends the subject
		}
		if b > a && p.inTime(t) {
			break
		}
		if b > a && (t.Norm == "يوم" || t.Norm == "امس" || t.Norm == "اليوم") {
			break
		}
		b++
	}
	if b == a {
		return nil
	}
	return p.mention(a, b)
}

func (p *proc) inTime(t marsad.Token) bool {
	for _, tm := range p.d.Times {
		if tm.Span.Contains(t.Span) {
			return true
		}
	}
	return false
}

// subjectBefore finds the speaker of a cue with no subject after it: a
// person or organisation named earlier in the sentence (شكك لافروف في ...
// وقال ”...“), else the previous speaker.
func (p *proc) subjectBefore(cue, lo int) *marsad.Mention {
	ss := p.sentenceStart(cue, lo)
	from, to := p.toks[ss].Start, p.toks[cue].Start
	var best *marsad.Entity
	for _, typ := range []string{marsad.PER, marsad.ORG} {
		for k := range p.d.Entities {
			e := &p.d.Entities[k]
			if e.Start >= from && e.End <= to && e.Type == typ {
				best = e // the last one before the cue
			}
		}
		if best != nil {
			break
		}
	}
	if best != nil {
		return &marsad.Mention{Span: best.Span, Text: best.Text}
	}
	return p.last
}

// pronounSubject resolves a speech verb whose subject is a pronoun
// (وقالوا، وتقول إنها): the subject of the sentence's first verb when the
// cue is not the first word, else the previous speaker.
func (p *proc) pronounSubject(cue, lo int) *marsad.Mention {
	ss := p.sentenceStart(cue, lo)
	if cue > ss+1 {
		// The sentence opens with a verb; its subject follows it.
		b := ss + 1
		for b < cue && b-ss <= 3 && p.toks[b].Kind == marsad.TokenWord && !p.entityStartsAt(b, marsad.PER) {
			b++
		}
		if b > ss+1 {
			return p.mention(ss+1, b)
		}
	}
	return p.last
}

func (p *proc) entityStartsAt(i int, typ string) bool {
	t := p.toks[i]
	for _, e := range p.d.Entities {
		if e.Type == typ && e.Start >= t.Start && e.Start < t.End {
			return true
		}
	}
	return false
}

// mention returns the mention of tokens [a, b), without the first token's
// proclitics.
func (p *proc) mention(a, b int) *marsad.Mention {
	first := p.toks[a]
	start := first.Start + utf8.RuneCountInString(first.Prefix)
	sp := marsad.Span{Start: start, End: p.toks[b-1].End}
	if sp.End <= sp.Start {
		sp.Start = first.Start
	}
	return &marsad.Mention{Span: sp, Text: p.d.Slice(sp)}
}

// isHal reports an indefinite accusative participle (مشترطا، معتبرا).
func isHal(t marsad.Token) bool {
	n := t.Norm
	return t.Kind == marsad.TokenWord && strings.HasPrefix(n, "م") && strings.HasSuffix(n, "ا") && utf8.RuneCountInString(n) >= 5
}

var masdarBefore = map[string]bool{"عدم": true, "دون": true, "بعد": true, "قبل": true, "اثر": true}

// npStops are prepositions that begin a circumstance, not an affiliation
// (في and ب are kept: مسؤول في الإدارة، مسؤول بوزارة الخارجية).
var npStops = map[string]bool{"علي": true, "عبر": true, "خلال": true, "امام": true, "لدي": true, "عقب": true, "اثناء": true, "حول": true}
