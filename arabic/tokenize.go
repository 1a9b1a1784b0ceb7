package arabic

import (
	"unicode"
	"unicode/utf8"

	"github.com/marsad/marsad"
)

// Token is a token of a string, with byte offsets into it.
type Token struct {
	Start, End int    // byte offsets, end exclusive
	Kind       string // marsad.Token* kind
}

// Tokenize splits s into tokens: words, numbers and punctuation marks.
func Tokenize(s string) []Token {
	var out []Token
	i := 0
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case unicode.IsSpace(r):
			i += n
		case isWordRune(r):
			j := i + n
			for j < len(s) {
				r2, n2 := utf8.DecodeRuneInString(s[j:])
				if !isWordRune(r2) {
					break
				}
				j += n2
			}
			kind := marsad.TokenLatin
			if isArabic(r) {
				kind = marsad.TokenWord
			} else if unicode.IsDigit(r) {
				kind = marsad.TokenNumber
			}
			out = append(out, Token{i, j, kind})
			i = j
		default:
			kind := marsad.TokenSymbol
			if unicode.IsPunct(r) {
				kind = marsad.TokenPunct
			}
			out = append(out, Token{i, i + n, kind})
			i += n
		}
	}
	return out
}

func isArabic(r rune) bool { return r >= 0x0600 && r <= 0x06FF || r >= 0x0750 && r <= 0x077F }

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) || r == 0x0640
}
