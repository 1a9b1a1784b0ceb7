package arabic

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/marsad/marsad"
)

// Token is a token of a string, with byte offsets into it.
type Token struct {
	Start, End int    // byte offsets, end exclusive
	Kind       string // marsad.Token* kind
}

// Tokenize splits s into tokens: Arabic words (with their clitics; see
// Words for the split), Latin words, numbers in either digit set with
// decimal and thousands separators, URLs and e-mail addresses kept whole,
// runs of dots as one mark, and every other punctuation mark on its own.
// White space separates tokens and is never part of one.
func Tokenize(s string) []Token {
	return AppendTokens(make([]Token, 0, len(s)/6+1), s)
}

// AppendTokens appends the tokens of s, as Tokenize finds them, to out and
// returns the extended slice, so that a caller can reuse one buffer.
func AppendTokens(out []Token, s string) []Token {
	i := 0
	for i < len(s) {
		c := s[i]
		// ASCII fast path for space.
		if c == ' ' || c == '\n' || c == '\t' || c == '\r' {
			i++
			continue
		}
		r, n := decodeRune(s, i)
		switch {
		// Arabic letters first, the commonest case; no other case takes them.
		case isArabicLetter(r):
			j := i + n
			for j < len(s) {
				if basicLetterAt(s, j) { // the common case
					j += 2
					continue
				}
				if s[j] < utf8.RuneSelf { // space or punctuation, the end of most words
					break
				}
				r2, n2 := decodeRune(s, j)
				if !isArabicLetter(r2) && !unicode.Is(unicode.Mn, r2) && r2 != 0x0640 && r2 != 0x200C {
					break
				}
				j += n2
			}
			// A tatweel that ends a word is a dash, not part of it.
			k := j
			for k-2 >= i && s[k-2:k] == "ـ" {
				k -= 2
			}
			if k > i {
				out = append(out, Token{i, k, marsad.TokenWord})
			}
			if k < j {
				out = append(out, Token{k, j, marsad.TokenPunct})
			}
			i = j
		case unicode.IsSpace(r) || isInvisible(r):
			i += n
		case (r == '#' || r == '_') && hashtagMark(s, i):
			i += n // #السعودية، #نيكي_هايلي: the words, not the marks
		case (r == 'h' || r == 'w' || r == 'H' || r == 'W') && urlAt(s[i:]) > 0:
			j := i + urlAt(s[i:])
			out = append(out, Token{i, j, marsad.TokenURL})
			i = j
		case isLatinLetter(r) || (r < utf8.RuneSelf && isDigit(r)) || isDigit(r):
			if e := emailAt(s[i:]); e > 0 {
				out = append(out, Token{i, i + e, marsad.TokenEmail})
				i += e
				continue
			}
			if isDigit(r) {
				j := scanNumber(s, i)
				out = append(out, Token{i, j, marsad.TokenNumber})
				i = j
				continue
			}
			j := i + n
			for j < len(s) {
				r2, n2 := utf8.DecodeRuneInString(s[j:])
				if !isLatinLetter(r2) && !(r2 < utf8.RuneSelf && isDigit(r2)) && !(r2 == '\'' && j+1 < len(s) && isLatinLetter(rune(s[j+1]))) {
					break
				}
				j += n2
			}
			out = append(out, Token{i, j, marsad.TokenLatin})
			i = j
		case r == '.' || r == '…':
			j := i + n
			for j < len(s) && (s[j] == '.' || strings.HasPrefix(s[j:], "…")) {
				if s[j] == '.' {
					j++
				} else {
					j += len("…")
				}
			}
			out = append(out, Token{i, j, marsad.TokenPunct})
			i = j
		default:
			kind := marsad.TokenSymbol
			if unicode.IsPunct(r) || r == 0x0640 {
				kind = marsad.TokenPunct
			}
			j := i + n + markLen(s[i+n:])
			out = append(out, Token{i, j, kind})
			i = j
		}
	}
	return out
}

// basicLetterAt reports whether s[i:] starts with one of U+0621..U+064A,
// the letters of the basic Arabic block (tatweel among them).
func basicLetterAt(s string, i int) bool {
	if i+1 >= len(s) {
		return false
	}
	c, d := s[i], s[i+1]
	return c == 0xD8 && d >= 0xA1 && d <= 0xBF || c == 0xD9 && d >= 0x80 && d <= 0x8A
}

// decodeRune is utf8.DecodeRuneInString(s[i:]) with the two-byte
// sequences of Arabic letters decoded inline.
func decodeRune(s string, i int) (rune, int) {
	c := s[i]
	if c < utf8.RuneSelf {
		return rune(c), 1
	}
	if c >= 0xC2 && c < 0xE0 && i+1 < len(s) && s[i+1]&0xC0 == 0x80 {
		return rune(c&0x1F)<<6 | rune(s[i+1]&0x3F), 2
	}
	return decodeSlow(s, i)
}

func decodeSlow(s string, i int) (rune, int) {
	return utf8.DecodeRuneInString(s[i:])
}

func isDigit(r rune) bool {
	return r >= '0' && r <= '9' || r >= '٠' && r <= '٩' || r >= '۰' && r <= '۹'
}

func isLatinLetter(r rune) bool {
	if r < utf8.RuneSelf {
		return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z'
	}
	return unicode.IsLetter(r) && !isArabic(r)
}

func isArabic(r rune) bool {
	return r >= 0x0600 && r <= 0x06FF || r >= 0x0750 && r <= 0x077F || r >= 0x08A0 && r <= 0x08FF || r >= 0xFB50 && r <= 0xFDFF || r >= 0xFE70 && r <= 0xFEFF
}

func isArabicLetter(r rune) bool {
	if r >= 0x0621 && r <= 0x064A { // the letters of the basic block, tatweel among them
		return true
	}
	return isArabic(r) && unicode.IsLetter(r)
}

// isInvisible reports bidi and zero-width marks that separate nothing.
func isInvisible(r rune) bool {
	return r == 0x200B || r == 0x200D || r == 0x200E || r == 0x200F || r == 0xFEFF || r == 0x061C ||
		r >= 0x202A && r <= 0x202E || r >= 0x2066 && r <= 0x2069
}

// scanNumber reads digits with inner separators (1,5  3.25  ٣٫٥  10,000)
// from s[i:], returning the end.
func scanNumber(s string, i int) int {
	j := i
	for j < len(s) {
		r, n := utf8.DecodeRuneInString(s[j:])
		if isDigit(r) {
			j += n
			continue
		}
		if r == '.' || r == ',' || r == '٫' || r == '٬' || r == ':' {
			if k := j + n; k < len(s) {
				if r2, _ := utf8.DecodeRuneInString(s[k:]); isDigit(r2) {
					j = k
					continue
				}
			}
		}
		break
	}
	return j
}

// urlAt returns the length of a URL at the start of s, or 0.
func urlAt(s string) int {
	lower := s
	if len(lower) > 8 {
		lower = strings.ToLower(s[:8])
	} else {
		lower = strings.ToLower(s)
	}
	if !strings.HasPrefix(lower, "http://") && !strings.HasPrefix(lower, "https://") && !strings.HasPrefix(lower, "www.") {
		return 0
	}
	j := 0
	for j < len(s) {
		r, n := utf8.DecodeRuneInString(s[j:])
		if unicode.IsSpace(r) || r == '"' || r == '<' || r == '>' || r == '«' || r == '»' || r == '”' || r == '“' || r == '،' {
			break
		}
		j += n
	}
	// Trailing sentence punctuation is not part of the URL.
	for j > 0 && strings.ContainsRune(".,;:!?)]'", rune(s[j-1])) {
		j--
	}
	return j
}

// emailAt returns the length of an e-mail address at the start of s, or 0.
func emailAt(s string) int {
	at := -1
	j := 0
	for j < len(s) {
		c := s[j]
		switch {
		case c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '.' || c == '_' || c == '-' || c == '+':
		case c == '@' && at < 0 && j > 0:
			at = j
		default:
			goto done
		}
		j++
	}
done:
	for j > 0 && (s[j-1] == '.' || s[j-1] == '-') {
		j--
	}
	if at < 0 || !strings.Contains(s[at:j], ".") || at == j-1 {
		return 0
	}
	return j
}

// hashtagMark reports a # before an Arabic letter or an _ between two: the
// marks of a hashtag, which join or flag words but are no tokens of their
// own, so that #الضفة_الغربية reads as الضفة الغربية.
func hashtagMark(s string, i int) bool {
	if i+1 >= len(s) {
		return false
	}
	next, _ := utf8.DecodeRuneInString(s[i+1:])
	if !isArabicLetter(next) {
		return false
	}
	if s[i] == '#' {
		return true
	}
	prev, _ := utf8.DecodeLastRuneInString(s[:i])
	return isArabicLetter(prev)
}
