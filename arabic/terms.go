package arabic

import "github.com/marsad/marsad"

// Terms returns the search terms of s: for each word token its normalised
// base without clitics, light-stemmed; numbers and Latin words normalised
// and lower-cased. Punctuation is dropped. Index and query text go through
// the same function, so that الضربات الجوية finds ضربات جوية and غزة finds بغزة.
func Terms(s string) []string {
	var out []string
	for _, t := range Tokenize(s) {
		w := s[t.Start:t.End]
		switch t.Kind {
		case marsad.TokenWord:
			_, base, _ := Segment(w)
			out = append(out, Stem(Normalize(base)))
		case marsad.TokenNumber, marsad.TokenLatin:
			out = append(out, Normalize(w))
		}
	}
	return out
}
