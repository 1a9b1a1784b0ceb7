package actor

import (
	"slices"
	"sort"
	"strings"

	"github.com/marsad/marsad"
	"github.com/marsad/marsad/arabic"
)

// predicateWords are the words after which a word in quotation marks is
// said of someone, not named (وصفه بأنه "معتوه"، بدا وكأنه "يؤنب"،
// باعتباره "معاديا"، محض "أوهام"), normalised, the conjunction off.
var predicateWords = setOf(`بانه بانها بانهم بانهن بانهما كانه كانها كانهم كانهن كونه كونها كونهم
	باعتباره باعتبارها باعتبارهم اعتبره اعتبرها اعتبرهم اعتبراه اعتبرته يراه يراها تراه محض`)

// describePreps are the preposition ب as written before a description in
// quotation marks (وصفهم بـ"الكلاب"، بالـ"أشباح"), normalised.
var describePreps = setOf("ب بال")

// describeWords are the stems of the verbs of describing and calling names
// (وصف، واصفا، نعت), which make a word in quotation marks after ب
// an epithet.
var describeWords = []string{"وصف", "نعت"}

// dropQuotedWords removes the MISC entities that are one word of no name
// of the lexicon set alone in quotation marks and used as a common word:
// a predicate after بأنه,
// كأنه, كونه, باعتباره, محض (وصفه بأنه "معتوه"، وكأنه "يؤنب")، an
// epithet after ب in a sentence of describing (وصفهم بـ"الكلاب" و"القتلة")
// or a plural said of a plural (الأمريكيون "كذابون"). Words joined by و
// to such a word in quotation marks are read alike. keys are the tokens'
// keys (tokenKeys).
func (s *stage) dropQuotedWords(d *marsad.Document, keys []string) {
	if len(keys) != len(d.Tokens) {
		return
	}
	d.Entities = slices.DeleteFunc(d.Entities, func(e marsad.Entity) bool {
		if e.Type != marsad.MISC || strings.Contains(e.Text, " ") {
			return false
		}
		i := sort.Search(len(d.Tokens), func(i int) bool { return d.Tokens[i].End > e.Start })
		if i < 1 || i+1 >= len(d.Tokens) || d.Tokens[i].End != e.End || d.Tokens[i].Kind != marsad.TokenWord {
			return false
		}
		open, close := d.Tokens[i-1], d.Tokens[i+1]
		if !quoteMarks[open.Text] || !quoteMarks[close.Text] || open.End != d.Tokens[i].Start || close.Start != d.Tokens[i].End {
			return false
		}
		if _, ok := s.l.keys[strings.Join(key(e.Text), " ")]; ok {
			return false // "أونروا"، "سائرون": names the lexicon knows
		}
		j := quotedChainStart(d.Tokens, i-1) - 1
		if j > 0 && d.Tokens[j].Text == "ـ" {
			j-- // بـ"الكلاب": the tatweel stands alone
		}
		if j < 0 || d.Tokens[j].Kind != marsad.TokenWord {
			return false
		}
		w := arabic.Normalize(d.Tokens[j].Text)
		if r := strings.TrimPrefix(w, "و"); predicateWords[r] || predicateWords[strings.TrimPrefix(r, "ف")] {
			return true
		}
		if describePreps[w] && describedBefore(d, keys, j) {
			return true
		}
		word := arabic.Normalize(e.Text)
		return strings.HasSuffix(word, "ون") && !strings.HasPrefix(word, "ال") && strings.HasSuffix(keys[j], "ون") && strings.HasPrefix(keys[j], "ال")
	})
}

// quotedChainStart returns the token of the opening quotation mark at q,
// or of the first of the words in quotation marks joined to it by و
// before it (بـ"الخنازير البدينة" و"الكلاب"), at most four back.
func quotedChainStart(toks []marsad.Token, q int) int {
	for n := 0; n < 4; n++ {
		// ... "X Y" و "Z": q is the mark before Z.
		k := q - 1
		if k < 1 || toks[k].Text != "و" || !quoteMarks[toks[k-1].Text] {
			return q
		}
		o := k - 2
		for o >= 0 && o > k-6 && !quoteMarks[toks[o].Text] {
			o--
		}
		if o < 0 || !quoteMarks[toks[o].Text] || o == k-1 {
			return q
		}
		q = o
	}
	return q
}

// describedBefore reports a verb or noun of describing (وصف، واصفا،
// نعت) at most six words before token j in its clause.
func describedBefore(d *marsad.Document, keys []string, j int) bool {
	for k := j - 1; k >= 0 && k >= j-6; k-- {
		t := d.Tokens[k]
		if t.Kind == marsad.TokenPunct && !quoteMarks[t.Text] && t.Text != "ـ" {
			return false
		}
		for _, stem := range describeWords {
			if strings.Contains(keys[k], stem) {
				return true
			}
		}
	}
	return false
}
