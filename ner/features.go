package ner

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/marsad/marsad/arabic"
)

// Feature hashing: FNV-1a over a template name and its values, with no
// allocation.
const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

func mix(h uint64, s string) uint64 {
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= fnvPrime
	}
	return h
}

func feat(tmpl string, vals ...string) uint64 {
	h := mix(fnvOffset, tmpl)
	for _, v := range vals {
		h ^= 0xff
		h *= fnvPrime
		h = mix(h, v)
	}
	return h
}

// word is the per-token information features are built from.
type word struct {
	norm   string // normalised token
	stem   string // normalised base without proclitics, enclitics and ال
	base   string // normalised base without proclitics (keeps ال)
	pre    string // proclitics
	shape  string
	gaz    uint8 // gazetteer membership bits of stem / base
	trig   uint8 // trigger class bits
	clus   int32 // word cluster of stem, 1-based; 0 for none
	vec    int32 // word vector row of stem, 1-based; 0 for none
	hasAl  bool
	isWord bool
}

// Gazetteer and trigger bits.
const (
	gPER uint8 = 1 << iota
	gLOC
	gORG
	gFirst // a first name
)

// The words are in normal form (arabic.Normalize), as the tokens they are
// matched with. The president's titles (رئيس، الرئيس) are not PER
// triggers: رئيس heads bodies as often as names (رئيس الوزراء، رئيس
// المجلس), and as a trigger it cost 0.4 F1 on the held-out split (seed 1:
// 81.81 → 81.36, seed 2: 81.71 → 81.34).
var triggers = map[string]uint8{}

func init() {
	for _, w := range strings.Fields("السيد السيده الشيخ الملك الامير الاميره الدكتور د الوزير وزير الوزيره النايب المتحدث مستشار المستشار الجنرال العقيد اللواء العميد الفريق المشير الرايد المدرب اللاعب الفنان الفنانه الكاتب الشاعر المخرج الممثل الناطق السفير المبعوث الامين الزعيم القايد القاضي المحامي الصحفي البابا الحاخام المطرب ولي") {
		triggers[w] |= gPER
	}
	for _, w := range strings.Fields("مدينه ولايه محافظه عاصمه دوله جمهوريه بلده قريه منطقه اقليم جزيره جزر نهر بحر مخيم حي شمال جنوب شرق غرب وسط العاصمه") {
		triggers[w] |= gLOC
	}
	for _, w := range strings.Fields("شركه جامعه وزاره منظمه حزب حركه مجلس وكاله بنك اتحاد موسسه جمعيه نادي صحيفه قناه تنظيم جماعه ميليشيا مليشيا لجنه محكمه مركز معهد مجموعه منتدي برلمان جيش قوات") {
		triggers[w] |= gORG
	}
}

// analyse computes the word information of one token.
func (m *Model) analyse(tok string) word {
	w := lexical(tok)
	if w.isWord {
		w.gaz = m.gazetteer(w.base) | m.gazetteer(w.stem) | m.gazetteer(w.norm)
		w.trig = triggers[w.base] | triggers[w.stem]
	}
	w.clus = m.cluster(w.stem)
	w.vec = m.vector(w.stem)
	return w
}

// lexical computes the model-independent part of a token's information:
// normalised form, proclitics, base, stem and shape.
func lexical(tok string) word {
	n := arabic.Normalize(tok)
	w := word{norm: n, shape: shape(tok)}
	r, _ := utf8.DecodeRuneInString(tok)
	if !unicode.Is(unicode.Arabic, r) || !unicode.IsLetter(r) {
		w.stem, w.base = n, n
		return w
	}
	w.isWord = true
	pre, base, _ := arabic.Segment(tok)
	w.pre = arabic.Normalize(pre)
	w.base = arabic.Normalize(base)
	if w.pre != "" && strings.HasSuffix(w.pre, "ل") && strings.HasPrefix(w.base, "ل") && !strings.HasPrefix(w.base, "ال") {
		w.base = "ا" + w.base
	}
	w.stem = w.base
	if strings.HasPrefix(w.stem, "ال") && utf8.RuneCountInString(w.stem) > 3 {
		w.stem, w.hasAl = w.stem[len("ال"):], true
	}
	return w
}

func shape(tok string) string {
	var letters, digits, arabicL, other bool
	for _, r := range tok {
		switch {
		case unicode.IsDigit(r):
			digits = true
		case unicode.Is(unicode.Arabic, r) && unicode.IsLetter(r):
			arabicL = true
		case unicode.IsLetter(r):
			letters = true
		default:
			other = true
		}
	}
	switch {
	case digits && !letters && !arabicL:
		return "D"
	case letters && !arabicL:
		if u, _ := utf8.DecodeRuneInString(tok); unicode.IsUpper(u) {
			return "Lu"
		}
		return "L"
	case arabicL && digits:
		return "AD"
	case arabicL:
		return "A"
	case other:
		return "P"
	}
	return "?"
}

func runePrefix(s string, n int) string {
	i := 0
	for k := 0; k < n && i < len(s); k++ {
		_, sz := utf8.DecodeRuneInString(s[i:])
		i += sz
	}
	return s[:i]
}

func runeSuffix(s string, n int) string {
	i := len(s)
	for k := 0; k < n && i > 0; k++ {
		_, sz := utf8.DecodeLastRuneInString(s[:i])
		i -= sz
	}
	return s[i:]
}

var gazNames = [...]string{"P", "L", "O", "F"}

// sentenceStart and sentenceEnd stand for the words before and after a
// sentence; features only reads them.
var (
	sentenceStart = word{norm: "<s>", stem: "<s>", shape: "<s>"}
	sentenceEnd   = word{norm: "</s>", stem: "</s>", shape: "</s>"}
)

// features appends the feature hashes of token i of the sentence: those
// of the word itself, of each neighbour in its place (see wordFeatures)
// and of pairs of neighbouring words.
func (m *Model) features(ws []word, i int, out []uint64) []uint64 {
	for p := range relPositions {
		out = m.wordFeatures(out, at(ws, i+relPositions[p]), p)
	}
	return m.pairFeatures(out, ws, i, nil)
}

// relPositions are the places, relative to the token tagged, whose word
// alone gives features: the word itself, the one before, the one after,
// two before and two after. A word's features at each place depend on
// the word alone, so its scores there can be computed once (wordEntry).
var relPositions = [...]int{0, -1, 1, -2, 2}

// at returns word k of the sentence, or the sentence's start or end.
func at(ws []word, k int) *word {
	if k < 0 {
		return &sentenceStart
	}
	if k >= len(ws) {
		return &sentenceEnd
	}
	return &ws[k]
}

// wordFeatures appends the features word w gives the token at
// the word at
// relPositions[p] from it.
func (m *Model) wordFeatures(out []uint64, w *word, p int) []uint64 {
	switch relPositions[p] {
	case 0:
		out = append(out,
			feat("b"),
			feat("w", w.norm),
			feat("s", w.stem),
			feat("sh", w.shape),
			feat("pre", w.pre),
			feat("p1", runePrefix(w.stem, 1)), feat("p2", runePrefix(w.stem, 2)), feat("p3", runePrefix(w.stem, 3)),
			feat("x1", runeSuffix(w.stem, 1)), feat("x2", runeSuffix(w.stem, 2)), feat("x3", runeSuffix(w.stem, 3)),
		)
		if w.hasAl {
			out = append(out, feat("al"))
		}
		out = m.clusterFeatures(out, &clusterTemplates[0], w.clus)
		if len(w.stem) <= 4 {
			out = append(out, feat("short"))
		}
		if w.isWord {
			out = skeletonFeatures(out, w.stem)
			if m.trigrams {
				out = trigramFeatures(out, w.stem)
			}
		}
		out = gazFeatures(out, w.gaz, "g")
	case -1:
		out = append(out, feat("s-1", w.stem), feat("w-1", w.norm))
		out = m.clusterFeatures(out, &clusterTemplates[1], w.clus)
		out = gazFeatures(out, w.gaz, "g-1")
		out = gazFeatures(out, w.trig, "t-1")
	case 1:
		out = append(out, feat("s+1", w.stem), feat("w+1", w.norm))
		out = m.clusterFeatures(out, &clusterTemplates[2], w.clus)
		out = gazFeatures(out, w.gaz, "g+1")
	case -2:
		out = append(out, feat("s-2", w.stem))
		out = gazFeatures(out, w.trig, "t-2")
	case 2:
		out = append(out, feat("s+2", w.stem))
	}
	return out
}

// gazFeatures appends a feature named tmpl for each gazetteer or trigger
// bit set.
func gazFeatures(out []uint64, bits uint8, tmpl string) []uint64 {
	for b, name := range gazNames {
		if bits&(1<<b) != 0 {
			out = append(out, feat(tmpl, name))
		}
	}
	return out
}

// pairFeatures appends the features of token i that join it with a
// neighbour: stem bigrams, the shapes around it, and multi-word gazetteer
// entries through it. pairs holds the gazetteer classes of each word and
// the next (see gazetteerPairs); nil computes them.
func (m *Model) pairFeatures(out []uint64, ws []word, i int, pairs []uint8) []uint64 {
	w, p1, n1 := &ws[i], at(ws, i-1), at(ws, i+1)
	out = append(out,
		feat("s-1s", p1.stem, w.stem), feat("ss+1", w.stem, n1.stem),
		feat("sh-1", p1.shape, w.shape, n1.shape),
	)
	pair := func(k int) uint8 {
		if pairs != nil {
			return pairs[k]
		}
		return m.gazetteerPair(ws[k].base, ws[k+1].base)
	}
	if i+1 < len(ws) {
		if g := pair(i); g != 0 {
			out = append(out, feat("g2", string(rune('0'+g))))
		}
	}
	if i > 0 {
		if g := pair(i - 1); g != 0 {
			out = append(out, feat("g2-", string(rune('0'+g))))
		}
	}
	return out
}

// gazetteerPairs returns the gazetteer class of each word and the next
// as a two-word entry, 0 for none.
func (m *Model) gazetteerPairs(ws []word) []uint8 {
	pairs := make([]uint8, len(ws))
	for k := 0; k+1 < len(ws); k++ {
		pairs[k] = m.gazetteerPair(ws[k].base, ws[k+1].base)
	}
	return pairs
}

// clusterTemplates name the word-class features of the word, the one
// before and the one after, one name per path prefix length.
var clusterTemplates = [...][len(clusterPrefixes)]string{
	{"c4", "c8", "c12", "c"},
	{"c-1:4", "c-1:8", "c-1:12", "c-1"},
	{"c+1:4", "c+1:8", "c+1:12", "c+1"},
}

// clusterFeatures appends the path-prefix features of a word class.
func (m *Model) clusterFeatures(out []uint64, tmpl *[len(clusterPrefixes)]string, c int32) []uint64 {
	if c == 0 {
		return out
	}
	pre := &m.clusPre[c-1]
	for k := range pre {
		out = append(out, feat(tmpl[k], pre[k]))
	}
	return out
}

// vecScore adds to the tag scores of token i what the vectors of the
// word before, the word and the word after add.
func (m *Model) vecScore(row []float32, ws []word, i int) {
	if m.vecProj == nil {
		return
	}
	nt := len(row)
	for p := range vecPositions {
		k := i + 1 - p
		if k < 0 || k >= len(ws) || ws[k].vec == 0 {
			continue
		}
		base := (int(ws[k].vec-1)*vecPositions + p) * nt
		pr := m.vecProj[base : base+nt]
		for t := range row {
			row[t] += pr[t]
		}
	}
}

// vecScoreDense is vecScore from the vectors and dense weights w, for
// training.
func (m *Model) vecScoreDense(row []float32, ws []word, i int, w []float32) {
	nt, d := len(row), m.vecDims
	for p := range vecPositions {
		k := i + 1 - p
		if k < 0 || k >= len(ws) || ws[k].vec == 0 {
			continue
		}
		x := m.vecs[int(ws[k].vec-1)*d : int(ws[k].vec)*d]
		wp := w[p*d*nt : (p+1)*d*nt]
		for j, v := range x {
			wr := wp[j*nt : (j+1)*nt]
			for t := range row {
				row[t] += v * wr[t]
			}
		}
	}
}

// skeletonFeatures appends the features of the letters of a stem that
// tell a name transliterated from another language from an Arabic word:
// its skeleton, each letter written C, or V for a long vowel (ا و ي ى),
// at most maxSkeleton letters (Arabic words follow a few templates, such
// as CCVC or CVCVC, foreign names rarely do: فيتنام is CVCCVC, غرينتش
// CCVCCC); the share of long vowels in fifths (0–4) with the length in
// letters (at most 9); and a letter Arabic words do not have (پ چ ڤ گ ژ).
// On the held-out split with BILOU tags (ten perceptrons, shuffle seeds 1,
// 2, 11, 21) they raise F1 from 82.29 to 82.61.
func skeletonFeatures(out []uint64, stem string) []uint64 {
	var sk [maxSkeleton]byte
	n, vowels, foreign := 0, 0, false
	for _, r := range stem {
		c := byte('C')
		switch r {
		case 'ا', 'و', 'ي', 'ى':
			c = 'V'
			vowels++
		case 'پ', 'چ', 'ڤ', 'گ', 'ژ', 'ک':
			foreign = true
		}
		if n < maxSkeleton {
			sk[n] = c
		}
		n++
	}
	// feat("cv", string(sk[:k])) without the string.
	h := mix(fnvOffset, "cv")
	h ^= 0xff
	h *= fnvPrime
	for _, c := range sk[:min(n, maxSkeleton)] {
		h ^= uint64(c)
		h *= fnvPrime
	}
	out = append(out, h)
	if k := min(n, maxSkeleton); k > 0 {
		out = append(out, feat("vd", digits[min(4, 5*vowels/k)], digits[min(9, k)]))
	}
	if foreign {
		out = append(out, feat("fl"))
	}
	return out
}

// trigramFeatures appends a feature for each three letters in a row of a
// stem, the stem marked at both ends (^ and $), one for each letter: ^في،
// فيت، يتن، تنا، نام، ام$ for فيتنام. They read the parts of a name that
// prefixes and suffixes miss (the ...يتن... of فيتنام, the ...ينغ... of
// names from Chinese). Models made with TrainOptions.Trigrams only: on the
// held-out split (seed 1; ten perceptrons, shuffle seeds 1, 2, 11, 21)
// they gave 82.12 after 8 epochs (the best mean on split seeds 2 and 3)
// against 82.37 without them after 15, and the shipped model has none.
func trigramFeatures(out []uint64, stem string) []uint64 {
	// feat("t3", tri) without the strings: FNV-1a reads the bytes of the
	// trigram in order, so the marks and the letters are mixed in turn.
	h0 := mix(fnvOffset, "t3")
	h0 ^= 0xff
	h0 *= fnvPrime
	prev := -1 // start of the letter before letter i; -1 for none
	for i := 0; i < len(stem); {
		_, n := utf8.DecodeRuneInString(stem[i:])
		j := i + n // end of letter i
		_, n2 := utf8.DecodeRuneInString(stem[j:])
		h := h0
		if prev < 0 {
			h = mix(h, "^")
			h = mix(h, stem[i:j+n2])
		} else {
			h = mix(h, stem[prev:j+n2])
		}
		if j == len(stem) {
			h = mix(h, "$")
		}
		out = append(out, h)
		prev, i = i, j
	}
	return out
}

// maxSkeleton is the number of letters of a stem's skeleton.
const maxSkeleton = 16

var digits = [...]string{"0", "1", "2", "3", "4", "5", "6", "7", "8", "9"}
