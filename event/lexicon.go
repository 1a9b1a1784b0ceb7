package event

import (
	"bufio"
	"embed"
	"fmt"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"
)

//go:embed data/cameo.tsv data/triggers.tsv
var data embed.FS

// Code is one CAMEO code of the codebook.
type Code struct {
	Code, Root, Name string
	Quad             int
	Goldstein        float64
}

// trigger is one entry of triggers.tsv, expanded.
type trigger struct {
	code  string
	noun  bool
	words []string // the form's keys (one or more words)
	frame []string // target prepositions; empty: direct object
	needs []string
	// needsBefore: a needed word may also stand in the three words before
	// (سيارة مفخخة انفجرت); the needs column marks it with a leading <.
	needsBefore bool
	// stance: a noun of a stance owned by a pronoun (دعمها، إدانتها) whose
	// needed verb of stating must stand before it in its clause, with the
	// owner as that verb's subject (أكدت وزارة الخارجية السعودية دعمها
	// التام لمصر); the needs column marks it with a leading ^.
	stance  bool
	past    bool
	present bool // an imperfect form (يقصف، تقصف) // the bare past stem (قتل، دعم), written like the verbal noun
	first   bool // the first person plural (ندعم، نرفض): the speaker is the doer
	plural  bool // a plural or dual form (هاجموا، يدعمون): its subject stands before it
}

type lexicon struct {
	codes    map[string]Code
	triggers map[string][]*trigger // first word → triggers
}

var load = sync.OnceValues(func() (*lexicon, error) {
	l := &lexicon{codes: map[string]Code{}, triggers: map[string][]*trigger{}}
	if err := readTSV("data/cameo.tsv", 5, func(c []string) error {
		q, _ := strconv.Atoi(c[2])
		g, err := strconv.ParseFloat(c[3], 64)
		if err != nil {
			return fmt.Errorf("goldstein %q: %w", c[3], err)
		}
		l.codes[c[0]] = Code{Code: c[0], Root: c[1], Quad: q, Goldstein: g, Name: c[4]}
		return nil
	}); err != nil {
		return nil, err
	}
	if err := readTSV("data/triggers.tsv", 4, func(c []string) error {
		if _, ok := l.codes[c[0]]; !ok {
			return fmt.Errorf("unknown CAMEO code %q", c[0])
		}
		var frame, needs []string
		if c[3] != "-" {
			frame = strings.Split(c[3], ",")
		}
		before, stance := false, false
		if len(c) > 4 {
			if strings.HasPrefix(c[4], "^") {
				stance = true
				c[4] = c[4][1:]
			}
			if strings.HasPrefix(c[4], "<") {
				before = true
				c[4] = c[4][1:]
			}
			needs = strings.Fields(c[4])
		}
		var forms []string
		switch c[1] {
		case "verb":
			past, present, ok := strings.Cut(c[2], "|")
			if !ok {
				return fmt.Errorf("verb forms %q: want past|present", c[2])
			}
			forms = conjugate(past, present)
		case "noun":
			for _, f := range strings.Split(c[2], "|") {
				if strings.Contains(f, " ") && !strings.Contains(c[2], "|") {
					forms = append(forms, strings.Fields(f)...)
				} else {
					forms = append(forms, f)
				}
			}
		default:
			return fmt.Errorf("unknown kind %q", c[1])
		}
		for fi, f := range forms {
			t := &trigger{code: c[0], noun: c[1] == "noun", words: strings.Fields(f), frame: frame, needs: needs, needsBefore: before, stance: stance}
			t.past = c[1] == "verb" && f == forms[0]
			t.present = c[1] == "verb" && fi >= 4
			t.first = c[1] == "verb" && fi >= 12
			t.plural = c[1] == "verb" && (fi == 2 || fi == 3 || fi >= 4 && fi < 12 && fi%4 != 0)
			l.triggers[t.words[0]] = append(l.triggers[t.words[0]], t)
		}
		if c[1] == "verb" {
			past, present, _ := strings.Cut(c[2], "|")
			for _, w := range weakForms(past, present) {
				t := &trigger{code: c[0], words: []string{w.form}, frame: frame, needs: needs, needsBefore: before, stance: stance,
					present: w.present, plural: w.plural, first: w.first}
				l.triggers[w.form] = append(l.triggers[w.form], t)
			}
		}
		if c[1] == "verb" && utf8.RuneCountInString(forms[0]) >= 4 {
			// The dual past of a longer stem (اختطفا، اغتالا) is no
			// verbal noun, as قصفا or دعما would be.
			dual := forms[0] + "ا"
			l.triggers[dual] = append(l.triggers[dual], &trigger{code: c[0], words: []string{dual}, frame: frame, needs: needs, needsBefore: before, plural: true})
		}
		return nil
	}); err != nil {
		return nil, err
	}
	return l, nil
})

// conjugate derives the common news forms of a verb from its past and
// present stems: قصف, قصفت, قصفوا, يقصف, تقصف, يقصفون ...; with no
// present stem, the past forms only.
func conjugate(past, present string) []string {
	// The dual past (قصفا) is left out: it is written like the accusative
	// verbal noun (دعما، ضربا), far more common in news.
	out := []string{past, past + "ت", past + "وا", past + "ن"}
	if present == "" {
		return out // a verb whose present reads as another (يوقف، توقف)
	}
	for _, p := range []string{"ي", "ت", "ن"} {
		out = append(out, p+present, p+present+"ون", p+present+"ان", p+present+"ين")
	}
	return out
}

// weakForm is a form of a verb with a weak last letter that conjugate
// does not derive.
type weakForm struct {
	form                   string
	present, plural, first bool
}

// weakForms derives the forms a verb ending in a long vowel changes: the
// vowel falls before ت and وا in the past (التقت، التقوا، دعت، أجروا)
// and before ون in the present (يلتقون، يجرون).
func weakForms(past, present string) []weakForm {
	var out []weakForm
	if stem, ok := strings.CutSuffix(past, "ي"); ok || strings.HasSuffix(present, "و") {
		if !ok {
			stem, ok = strings.CutSuffix(past, "ا") // دعا، دعو
		}
		if ok {
			out = append(out, weakForm{form: stem + "ت"}, weakForm{form: stem + "وا", plural: true})
		}
	}
	if stem, ok := strings.CutSuffix(present, "ي"); ok {
		for _, p := range []string{"ي", "ت", "ن"} {
			out = append(out, weakForm{form: p + stem + "ون", present: true, plural: true, first: p == "ن"})
		}
	}
	return out
}

func readTSV(name string, fields int, f func([]string) error) error {
	file, err := data.Open(name)
	if err != nil {
		return fmt.Errorf("event: %w", err)
	}
	defer file.Close()
	sc := bufio.NewScanner(file)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		c := strings.Split(line, "\t")
		if len(c) < fields {
			return fmt.Errorf("event: %s:%d: want %d tab-separated fields", name, n, fields)
		}
		if err := f(c); err != nil {
			return fmt.Errorf("event: %s:%d: %w", name, n, err)
		}
	}
	return sc.Err()
}

// Lookup returns the CAMEO code's entry.
func Lookup(code string) (Code, bool) {
	l, err := load()
	if err != nil {
		return Code{}, false
	}
	c, ok := l.codes[code]
	return c, ok
}

// intent maps a root to the CAMEO "express intent" code used when the
// event is only announced (سوف، تعتزم): cooperation → 03x, force → 138.
func intent(code string) string {
	switch code[:2] {
	case "04":
		return "036"
	case "05":
		return "032" // سندعم: an intent of diplomatic cooperation, not to meet
	case "06":
		return "031"
	case "07":
		return "033"
	case "18", "19", "20":
		return "138"
	case "16", "17":
		switch code {
		case "161":
			return "1313" // ستطرد دبلوماسيين: a threat to reduce relations
		case "162":
			return "1311"
		case "163":
			return "1312" // ستفرض عقوبات: a threat of sanctions
		case "172":
			return "132"
		}
		return "130"
	}
	return ""
}
