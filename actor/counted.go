package actor

import (
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/marsad/marsad"
	"github.com/marsad/marsad/arabic"
)

// countWords are the words of a quantity that may stand before a counted
// noun in place of a number (عشرات الجنود، آلاف سوريا), keyed as the
// tokens are. نحو, قرابة and حوالي count only the number after them: نحو
// alone is "towards" (عادت نحو ليبيا).
var countWords = keySet("عشرات مئات آلاف ألف مليون")

// countKey reports a key that counts: a number that is no year (13،
// لـ13، ٢٢) or a word of a quantity. A year before a country (مونديال
// 2018 روسيا) counts nothing.
func countKey(k string) bool {
	if countWords[k] {
		return true
	}
	k = strings.TrimPrefix(k, "ل")
	k = arabicDigits(k)
	n, err := strconv.Atoi(k)
	return err == nil && !(len(k) == 4 && n >= 1900 && n <= 2100)
}

// dropCountedNationalities removes the one-word country entities that are
// the accusative of its nationality adjective, written without tanween
// (روسيا for روسيًّا): after a number (اتهم المحقق 13 روسيا، كان القارب
// يقل 22 سوريا) or after an indefinite noun in ـا that a number counts
// (13 مواطنا روسيا، نحو 70 مهاجرا سوريا). These are people of the
// country, not the state nor the land. A noun in ـا with no number before
// it may be a dual in construct (رئيسا كوريا، سفيرا بريطانيا): the
// country stays. keys are the tokens' keys (tokenKeys).
func (s *stage) dropCountedNationalities(d *marsad.Document, keys []string) {
	if len(keys) != len(d.Tokens) {
		return
	}
	d.Entities = slices.DeleteFunc(d.Entities, func(e marsad.Entity) bool {
		if e.Type != marsad.LOC {
			return false
		}
		i := sort.Search(len(d.Tokens), func(i int) bool { return d.Tokens[i].Start >= e.Start })
		if i >= len(d.Tokens) || i == 0 || d.Tokens[i].Start != e.Start || d.Tokens[i].End != e.End || d.Tokens[i].Prefix != "" {
			return false
		}
		return s.countedNationality(d.Tokens, keys, i)
	})
}

// countedNationality reports the country name at token i that is the
// accusative of its adjective counted by a number (see
// dropCountedNationalities).
func (s *stage) countedNationality(toks []marsad.Token, keys []string, i int) bool {
	k := keys[i]
	if !strings.HasSuffix(k, "ا") || !s.l.countryWord(k) {
		return false
	}
	if m, ok := s.l.keys[arabic.Normalize(strings.TrimSuffix(k, "ا"))]; !ok || m.kind != kAdj {
		return false // كندا: no adjective كند
	}
	if countKey(keys[i-1]) {
		return true
	}
	p := keys[i-1]
	if i < 2 || toks[i-1].Kind != marsad.TokenWord || !strings.HasSuffix(p, "ا") || strings.HasPrefix(p, "ال") || utf8.RuneCountInString(p) <= 3 || s.l.countryWord(p) {
		return false
	}
	return countKey(keys[i-2])
}
