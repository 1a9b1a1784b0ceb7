package arabic

import (
	"bufio"
	"compress/gzip"
	"embed"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/marsad/marsad/internal/wordcache"
)

//go:embed data/freq.txt.gz data/whole.txt
var segData embed.FS

// segModel is what drives segmentation: corpus frequencies of normalised
// word forms, and words never to be split.
type segModel struct {
	freq  map[string]int32
	whole map[string]bool
}

var model = sync.OnceValue(func() *segModel {
	m := &segModel{freq: map[string]int32{}, whole: map[string]bool{}}
	if f, err := segData.Open("data/freq.txt.gz"); err == nil {
		if zr, err := gzip.NewReader(f); err == nil {
			sc := bufio.NewScanner(zr)
			for sc.Scan() {
				w, n, ok := strings.Cut(sc.Text(), "\t")
				if !ok || strings.HasPrefix(w, "#") {
					continue
				}
				if c, err := strconv.Atoi(n); err == nil {
					m.freq[w] = int32(c)
				}
			}
		}
		f.Close()
	}
	if f, err := segData.Open("data/whole.txt"); err == nil {
		sc := bufio.NewScanner(f)
		for sc.Scan() {
			l := strings.TrimSpace(sc.Text())
			if l != "" && !strings.HasPrefix(l, "#") {
				m.whole[Normalize(l)] = true
			}
		}
		f.Close()
	}
	return m
})

func (m *segModel) f(norm string) int { return int(m.freq[norm]) }

// Segmentation thresholds: a clitic is split off when its base is a word
// seen at least minBase times and at least ratio times as often as the
// whole form.
const minBase = 10

var prefixRatio = map[rune]float64{'و': 0.05, 'ف': 0.5, 'ب': 0.15, 'ل': 0.05, 'ك': 1.0, 'س': 1.0}

// closed holds prepositions and particles that take pronoun enclitics.
var closed = map[string]bool{
	"ل": true, "ب": true, "ك": true, "في": true, "من": true, "عن": true, "علي": true, "الي": true,
	"لدي": true, "مع": true, "عند": true, "ان": true, "لكن": true, "بين": true, "حول": true,
	"منذ": true, "دون": true, "مثل": true, "نفس": true, "بعض": true, "كل": true, "لعل": true, "ليت": true,
	"عليه": false,
}

// enclitics, longest first.
var enclitics = []string{"هما", "كما", "هم", "هن", "ها", "نا", "كم", "كن", "ه", "ك", "ي"}

// Segment splits an Arabic word into its proclitics, base and pronoun
// enclitic, each as written: word == prefix + base + suffix. Proclitics are
// و ف (conjunctions), then ب ل ك (prepositions) or س (future, before an
// imperfect verb); لل is ل + ال. Decisions come from corpus statistics and a
// list of words that are never split (names, stems that begin or end like
// a clitic: والي، بلال، فلسطين، كتاب).
func Segment(word string) (prefix, base, suffix string) {
	if v, ok := segCache.Get(word); ok {
		p, q := int(v[0]), int(v[1])
		return word[:p], word[p : len(word)-q], word[len(word)-q:]
	}
	prefix, base, suffix = segment(word)
	if len(prefix) <= 255 && len(suffix) <= 255 {
		segCache.Put(word, [2]uint8{uint8(len(prefix)), uint8(len(suffix))})
	}
	return prefix, base, suffix
}

// segCache remembers recent decisions (the lengths of the prefix and
// the suffix): news vocabulary is Zipfian, so most words are seen again
// soon.
var segCache = wordcache.New[[2]uint8](4096)

func segment(word string) (prefix, base, suffix string) {
	m := model()
	base = word
	nw := Normalize(word)
	if m.whole[nw] && !conjHamza(word) {
		return "", word, ""
	}
	if utf8.RuneCountInString(nw) < 3 {
		if p, s, ok := closedSplit(word, nw); ok {
			return p, word[len(p) : len(word)-len(s)], s
		}
		return "", word, ""
	}
	// Proclitics: at most a conjunction then a preposition or س.
	for step := 0; step < 2; step++ {
		r, n := utf8.DecodeRuneInString(base)
		ratio, ok := prefixRatio[r]
		if !ok || (step == 0 && prefix != "") {
			break
		}
		if step == 1 && (r == 'و' || r == 'ف') {
			break
		}
		if step == 0 && r != 'و' && r != 'ف' {
			step = 1
		}
		n += markLen(base[n:])
		rest := base[n:]
		nr := Normalize(rest)
		if utf8.RuneCountInString(nr) < 2 {
			break
		}
		nb := Normalize(base)
		conj := step == 0 && conjunction(r, rest, nr)
		if m.whole[nb] && !conj {
			break
		}
		lookup := nr
		if r == 'ل' && strings.HasPrefix(nr, "ل") && !strings.HasPrefix(nr, "لل") {
			lookup = "ا" + nr // لل = ل + ال
		}
		if r == 'س' && !strings.ContainsRune("يتن", firstRune(nr)) {
			break
		}
		fb, fw := m.f(lookup), m.f(nb)
		if r == 'ل' && lookup != nr {
			fb = max(fb, m.f(nr))
		}
		// A clitic before the article (والـ بالـ كالـ فالـ لل) is certain;
		// so is و before an unknown imperfect verb.
		article := strings.HasPrefix(lookup, "ال") && utf8.RuneCountInString(lookup) >= 4 && r != 'س'
		verb := r == 'و' && fw < minBase && utf8.RuneCountInString(nr) >= 3 && strings.ContainsRune("يتن", firstRune(nr))
		if !article && !verb && !conj && (fb < minBase || float64(fb) < ratio*float64(fw)) {
			if pre, s, ok := closedSplit(base, nb); ok && step == 1 {
				return prefix + pre, base[len(pre) : len(base)-len(s)], s
			}
			break
		}
		prefix += base[:n]
		base = rest
	}
	// Pronoun enclitic.
	nb := Normalize(base)
	if m.whole[nb] {
		return prefix, base, ""
	}
	if p, s, ok := closedSplit(base, nb); ok {
		return prefix + p, base[len(p) : len(base)-len(s)], s
	}
	if strings.HasPrefix(nb, "ال") {
		return prefix, base, ""
	}
	for _, e := range enclitics {
		if !strings.HasSuffix(base, e) {
			continue
		}
		stem := base[:len(base)-len(e)]
		ns := Normalize(stem)
		if utf8.RuneCountInString(ns) < 2 {
			continue
		}
		if closed[ns] {
			return prefix, stem, base[len(stem):]
		}
		if last, _ := utf8.DecodeLastRuneInString(ns); last == firstRune(e) {
			break // شكك، ردد: a doubled letter of the stem, not a pronoun
		}
		fb := bestVariant(m, ns)
		ratio := 0.5
		switch e {
		case "ي":
			if !strings.HasSuffix(ns, "ت") {
				continue
			}
			ratio = 3
		case "ك", "كما", "كم", "كن":
			ratio = 2
		case "ه":
			ratio = 1
		case "نا":
			ratio = 1
		}
		if fb >= minBase && float64(fb) >= ratio*float64(m.f(nb)) {
			return prefix, stem, base[len(stem):]
		}
		break
	}
	return prefix, base, ""
}

// conjHamza reports whether word is و or ف followed by a written hamza
// on alef (وإلى، وأحد), which no word of its own begins with: the
// normalised form (والي، واحد) may be a listed whole word, the written
// one is not.
func conjHamza(word string) bool {
	r, n := utf8.DecodeRuneInString(word)
	if r != 'و' && r != 'ف' {
		return false
	}
	rest := word[n+markLen(word[n:]):]
	return isHamzaAlef(firstRune(rest)) && conjunction(r, rest, Normalize(rest))
}

func isHamzaAlef(r rune) bool { return r == 'أ' || r == 'إ' || r == 'آ' }

// conjunction reports whether a word made of the conjunction r (و or ف)
// and rest (nr normalised) is to be split whatever the corpus counts say,
// which fail for rare verbs and for forms more often seen with و than
// without it (واستهجنت، وأضافوا): rest begins with a written hamza on
// alef (وأبرمت، فأرداه), or has the shape of a verb of form X or its
// verbal noun (واستنكرت، فاستقبلها، واستحلال). Nouns and names that begin
// with و or ف (وزير، واشنطن، واردات، فانكوفر) do not have these shapes.
func conjunction(r rune, rest, nr string) bool {
	if r != 'و' && r != 'ف' {
		return false
	}
	n := utf8.RuneCountInString(nr)
	if isHamzaAlef(firstRune(rest)) {
		// ف before a short rest is often a root letter: فأرة، فأس.
		return n >= 3 && (r == 'و' || n >= 4)
	}
	return n >= 5 && strings.HasPrefix(nr, "است")
}

// closedSplit splits particles with a pronoun: له = ل + ه, بها = ب + ها,
// فيه = في + ه, عليهم = علي + هم (as written).
func closedSplit(word, nw string) (pre, suf string, ok bool) {
	for _, e := range enclitics {
		if !strings.HasSuffix(nw, e) || len(nw) == len(e) {
			continue
		}
		stem := nw[:len(nw)-len(e)]
		if closed[stem] && strings.HasSuffix(word, e) {
			if stem == "ل" || stem == "ب" || stem == "ك" {
				_, n := utf8.DecodeRuneInString(word)
				return word[:n], e, true
			}
			return "", e, true
		}
	}
	return "", "", false
}

// bestVariant returns the frequency of a stem cut before an enclitic under
// its dictionary spellings: final ت for ة, ي for ى, و or ي for ء.
func bestVariant(m *segModel, ns string) int {
	best := m.f(ns)
	r, n := utf8.DecodeLastRuneInString(ns)
	stem := ns[:len(ns)-n]
	switch r {
	case 'ت':
		best = max(best, m.f(stem+"ه"))
	case 'و', 'ي':
		best = max(best, m.f(stem+"ء"))
	}
	return best
}

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

// markLen returns the length of the combining marks at the start of s.
func markLen(s string) int {
	n := 0
	for n < len(s) {
		r, k := utf8.DecodeRuneInString(s[n:])
		if !unicode.Is(unicode.Mn, r) && r != 0x0640 {
			break
		}
		n += k
	}
	return n
}

// Words returns the pieces of one token after clitic segmentation, each an
// exact substring of tok, in order; empty pieces are left out. A prefix of
// several clitics (وب، وس، فل) gives one piece per clitic.
func Words(tok string) []string {
	if !isArabicWord(tok) {
		return []string{tok}
	}
	pre, base, suf := Segment(tok)
	out := make([]string, 0, 4)
	for pre != "" {
		_, n := utf8.DecodeRuneInString(pre)
		n += markLen(pre[n:])
		out = append(out, pre[:n])
		pre = pre[n:]
	}
	if base != "" {
		out = append(out, base)
	}
	if suf != "" {
		out = append(out, suf)
	}
	return out
}

func isArabicWord(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return isArabic(r) && unicode.IsLetter(r)
}

// Stem returns the light stem of a normalised word, for search: the article
// and common suffixes of number and gender are removed when enough remains.
func Stem(norm string) string {
	s := norm
	for _, p := range []string{"وال", "بال", "كال", "فال", "لل", "ال"} {
		if strings.HasPrefix(s, p) && utf8.RuneCountInString(s)-utf8.RuneCountInString(p) >= 2 {
			s = s[len(p):]
			break
		}
	}
	for _, suf := range []string{"ات", "ون", "ين", "ان", "يه", "ه", "ي"} {
		if strings.HasSuffix(s, suf) && utf8.RuneCountInString(s)-utf8.RuneCountInString(suf) >= 3 {
			s = s[:len(s)-len(suf)]
			break
		}
	}
	return s
}
