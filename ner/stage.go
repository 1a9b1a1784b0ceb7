package ner

import (
	"bytes"
	_ "embed"
	"fmt"
	"sort"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/marsad/marsad"
	"github.com/marsad/marsad/arabic"
)

//go:embed model/ner.bin.gz
var embedded []byte

// Default returns the embedded model, decoded once.
var Default = sync.OnceValues(func() (*Model, error) {
	if len(embedded) == 0 {
		return nil, fmt.Errorf("ner: no embedded model")
	}
	m, err := Load(bytes.NewReader(embedded))
	if err != nil {
		return nil, fmt.Errorf("ner: embedded model: %w", err)
	}
	return m, nil
})

// New returns the stage that fills Document.Entities with the embedded model.
func New() (marsad.Stage, error) {
	m, err := Default()
	if err != nil {
		return nil, err
	}
	return NewStage(m), nil
}

// NewStage returns the stage for a given model.
func NewStage(m *Model) marsad.Stage { return &stage{m: m} }

type stage struct{ m *Model }

func (s *stage) Name() string       { return "ner" }
func (s *stage) Requires() []string { return []string{marsad.AnnTokens, marsad.AnnSentences} }
func (s *stage) Provides() []string { return []string{marsad.AnnEntities} }

// Process tags each sentence's tokens and adds the entities, their spans
// without proclitics (وروسيا gives روسيا) and with the article kept.
func (s *stage) Process(d *marsad.Document) error {
	d.Entities = d.Entities[:0]
	ti := 0
	for _, sent := range d.Sentences {
		for ti < len(d.Tokens) && d.Tokens[ti].Start < sent.Start {
			ti++
		}
		first := ti
		for ti < len(d.Tokens) && d.Tokens[ti].End <= sent.End {
			ti++
		}
		toks := d.Tokens[first:ti]
		if len(toks) == 0 {
			continue
		}
		words := make([]string, len(toks))
		for i, t := range toks {
			words[i] = t.Text
		}
		tags, conf := s.m.Tag(words)
		for _, c := range Chunks(tags) {
			start := toks[c.Start]
			end := toks[c.End-1]
			sp := marsad.Span{Start: start.Start + utf8.RuneCountInString(cliticsToDrop(start)), End: end.End}
			if sp.End <= sp.Start {
				continue
			}
			if c.End-c.Start == 1 && c.Type == marsad.LOC && placeNouns[start.Base] {
				continue // في ولايات سليانة والقصرين: the common noun is no place
			}
			if c.End-c.Start == 1 && (commonWords[start.Base] || monthNames[start.Base] && dated(toks, c.Start)) {
				continue // دوي انفجار، منظمة alone, 14 نيسان/أبريل: no names
			}
			cf := 0.0
			for k := c.Start; k < c.End; k++ {
				cf += conf[k]
			}
			typ := c.Type
			if typ == marsad.PER && c.Start > 0 && toks[c.Start-1].Suffix == "" {
				// صحيفة ميل أون صنداي، شركة توماس كوك: the name of a body;
				// مدينة كارل ماركس، منطقة أبو سليم، محافظة صلاح الدين،
				// مطار أتاتورك، مختبر بورتون داون: of a place.
				switch {
				case mediaHeads[toks[c.Start-1].Base]:
					typ = marsad.ORG
				case townHeads[toks[c.Start-1].Base]:
					typ = marsad.LOC
				}
			}
			d.Entities = append(d.Entities, marsad.Entity{Span: sp, Text: d.Slice(sp), Type: typ, Confidence: round2(cf / float64(c.End-c.Start))})
		}
	}
	s.consistency(d)
	return nil
}

// consistency tags later mentions of a name the tagger found once: a
// surname of a person (لافروف after سيرجي لافروف) or a one-word name is
// the same entity wherever it recurs in the document.
func (s *stage) consistency(d *marsad.Document) {
	names := map[string]string{} // base form → type
	for _, e := range d.Entities {
		if e.Type != marsad.PER && e.Type != marsad.LOC && e.Type != marsad.ORG {
			continue
		}
		words := strings.Fields(e.Text)
		if len(words) == 0 {
			continue
		}
		last := words[len(words)-1]
		if e.Type == marsad.PER || len(words) == 1 {
			if k := baseKey(last); utf8.RuneCountInString(k) > 2 {
				names[k] = e.Type
			}
		}
	}
	if len(names) == 0 {
		return
	}
	covered := func(t marsad.Token) bool {
		for _, e := range d.Entities {
			if e.Span.Overlaps(t.Span) {
				return true
			}
		}
		return false
	}
	var added []marsad.Entity
	for _, t := range d.Tokens {
		if t.Kind != marsad.TokenWord {
			continue
		}
		typ, ok := names[t.Base]
		if !ok || typ != marsad.PER || covered(t) || notNames[t.Base] || alefMaqsuraDiffers(t.Text, t.Base, d) {
			continue
		}
		sp := marsad.Span{Start: t.Start + utf8.RuneCountInString(cliticsToDrop(t)), End: t.End}
		added = append(added, marsad.Entity{Span: sp, Text: d.Slice(sp), Type: typ, Confidence: 0.5})
	}
	if len(added) == 0 {
		return
	}
	d.Entities = append(d.Entities, added...)
	sort.SliceStable(d.Entities, func(i, j int) bool { return d.Entities[i].Start < d.Entities[j].Start })
}

// mediaHeads and townHeads are the nouns before a name that make it a
// body's or a place's, whatever the tagger thought of it.
var mediaHeads, townHeads = map[string]bool{}, map[string]bool{}

func init() {
	for _, w := range strings.Fields("صحيفه الصحيفه جريده الجريده موقع الموقع مجله المجله قناه القناه شركه الشركه وكاله الوكاله") {
		mediaHeads[w] = true
	}
	for _, w := range strings.Fields(`مدينه المدينه بلده البلده قريه القريه جزيره الجزيره منطقه المنطقه مقاطعه المقاطعه حي
		محافظه مديريه قضاء ناحيه اقليم معبر مطار مخيم شارع مختبر مختبرات`) {
		townHeads[w] = true
	}
}

// placeNouns are common nouns of places, never a place's name alone.
var placeNouns = map[string]bool{}

func init() {
	for _, w := range strings.Fields("ولايات ولايه مدن مدينه دول دوله مناطق منطقه محافظات محافظه بلدان قري قريه عواصم جهات جهه معتمديه معتمديات") {
		placeNouns[w] = true
	}
}

// commonWords are common nouns the tagger takes for names when alone
// (دوي انفجار: a sound, منظمة: an organisation unnamed).
var commonWords = map[string]bool{}

// monthNames name the months, Levantine and Gregorian: نيسان is April
// before a year or after a day, not the carmaker.
var monthNames = map[string]bool{}

func init() {
	for _, w := range strings.Fields("دوي منظمه ريف الريف جمعيه") {
		commonWords[w] = true
	}
	for _, w := range strings.Fields("كانون شباط اذار نيسان ايار حزيران تموز اب ايلول تشرين يناير فبراير مارس ابريل مايو يونيو يوليو اغسطس سبتمبر اكتوبر نوفمبر ديسمبر") {
		monthNames[w] = true
	}
}

// dated reports token i next to a number or a slash, as a month is in a
// date (14 نيسان/أبريل).
func dated(toks []marsad.Token, i int) bool {
	near := func(k int) bool {
		return k >= 0 && k < len(toks) && (toks[k].Kind == marsad.TokenNumber || toks[k].Text == "/")
	}
	return near(i-1) || near(i+1)
}

// notNames are function words whose normalised form is also a name
// (على and علي, إلى): a person named علي does not make every على a name.
var notNames = map[string]bool{}

func init() {
	for _, w := range strings.Fields("علي الي حتي لدي متي سوي مدي اذا التي الذي بين منذ عند كان قال بعد قبل خلال عبر حول دون غير ذلك هذا هذه تلك انه انها لكن ايضا اليوم امس") {
		notNames[w] = true
	}
}

// alefMaqsuraDiffers reports a token that ends in ى where the written
// name ends in ي, or the other way round: the same normalised form, two
// words (مصطفى the name, but على the preposition).
func alefMaqsuraDiffers(tok, base string, d *marsad.Document) bool {
	last, _ := utf8.DecodeLastRuneInString(tok)
	if last != 'ى' && last != 'ي' {
		return false
	}
	for _, e := range d.Entities {
		if e.Type != marsad.PER {
			continue
		}
		words := strings.Fields(e.Text)
		if len(words) == 0 || baseKey(words[len(words)-1]) != base {
			continue
		}
		r, _ := utf8.DecodeLastRuneInString(words[len(words)-1])
		if r == 'ى' || r == 'ي' {
			return r != last
		}
	}
	return false
}

// baseKey is the normalised base of a written word, as Token.Base.
func baseKey(w string) string {
	pre, base, _ := arabic.Segment(w)
	n := arabic.Normalize(base)
	if strings.HasSuffix(pre, "ل") && strings.HasPrefix(n, "ل") && !strings.HasPrefix(n, "ال") {
		n = "ا" + n
	}
	return n
}

// cliticsToDrop returns the proclitics of an entity's first token that are
// left out of its span; ل before ال written لل stays (the article's alef is gone).
func cliticsToDrop(t marsad.Token) string {
	p := t.Prefix
	if p == "" {
		return ""
	}
	rest := t.Text[len(p):]
	if strings.HasSuffix(p, "ل") && strings.HasPrefix(rest, "ل") && !strings.HasPrefix(rest, "ال") {
		return ""
	}
	return p
}

func round2(f float64) float64 { return float64(int(f*100+0.5)) / 100 }
