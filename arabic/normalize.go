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
		if _, change := fold(r); change {
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
		if m, change := fold(r); change {
			if m >= 0 {
				b.WriteRune(m)
			}
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

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
