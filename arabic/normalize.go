package arabic

import (
	"strings"
	"unicode/utf8"

	"github.com/marsad/marsad"
)

func init() { marsad.SetIDNormalizer(Normalize) }

// Normalize returns the matching form of s: diacritics and tatweel removed,
// alef and hamza forms folded, alef maqsura to yeh, teh marbuta to heh,
// Persian look-alikes folded, digits to ASCII, bidi and zero-width marks
// removed, NBSP to space. It returns s itself when nothing changes.
func Normalize(s string) string {
	i := 0
	for i < len(s) {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if _, change := foldRune(r); change {
			break
		}
		i += n
	}
	if i == len(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	b.WriteString(s[:i])
	for _, r := range s[i:] {
		if m, change := foldRune(r); change {
			if m >= 0 {
				b.WriteRune(m)
			}
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

// foldRune is fold, looked up in a table for the Arabic block, where
// nearly every rune of the text is: fold's switch costs a dozen
// comparisons a rune.
func foldRune(r rune) (m rune, change bool) {
	if r >= arabicBlock && r < arabicBlock+rune(len(arabicFold)) {
		f := arabicFold[r-arabicBlock]
		return f.m, f.change
	}
	return fold(r)
}

const arabicBlock = 0x0600

// arabicFold is fold over U+0600..U+06FF.
var arabicFold = func() (t [0x100]struct {
	m      rune
	change bool
}) {
	for i := range t {
		t[i].m, t[i].change = fold(arabicBlock + rune(i))
	}
	return t
}()

// fold maps one rune; m < 0 deletes it.
func fold(r rune) (m rune, change bool) {
	switch {
	case r >= 0x064B && r <= 0x065F, r == 0x0670, r == 0x0640: // harakat, superscript alef, tatweel
		return -1, true
	case r == 0x200B, r == 0x200C, r == 0x200D, r == 0x200E, r == 0x200F, r == 0xFEFF,
		r >= 0x202A && r <= 0x202E, r >= 0x2066 && r <= 0x2069, r == 0x061C:
		return -1, true
	case r == 0x00A0:
		return ' ', true
	case r == 'أ', r == 'إ', r == 'آ', r == 'ٱ':
		return 'ا', true
	case r == 'ى', r == 'ی', r == 'ئ':
		return 'ي', true
	case r == 'ؤ':
		return 'و', true
	case r == 'ة':
		return 'ه', true
	case r == 'ک':
		return 'ك', true
	case r >= '٠' && r <= '٩':
		return '0' + (r - '٠'), true
	case r >= '۰' && r <= '۹':
		return '0' + (r - '۰'), true
	}
	return r, false
}
