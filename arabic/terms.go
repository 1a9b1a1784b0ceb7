package arabic

import "unicode"

import "github.com/marsad/marsad"

// Terms returns the search terms of s: for each word token its normalised
// base without clitics, light-stemmed; numbers and Latin words normalised
// and lower-cased. Punctuation is dropped. Index and query text go through
// the same function, so that الضربات الجوية finds ضربات جوية and غزة finds بغزة.
func Terms(s string) []string {
	var out []string
	for _, t := range Tokenize(s) {
		if term, ok := Term(s[t.Start:t.End], t.Kind); ok {
			out = append(out, term)
		}
	}
	return out
}

// Term returns the search term of one token w of the given kind, as Terms
// makes it; false for punctuation and other kinds that have none.
func Term(w, kind string) (string, bool) {
	switch kind {
	case marsad.TokenWord:
		_, base, _ := Segment(w)
		return Stem(Normalize(base)), true
	case marsad.TokenNumber, marsad.TokenLatin:
		return Normalize(w), true
	}
	return "", false
}

// CountWords returns how many white-space separated words s holds (as
// strings.Fields splits it), counting no further than max.
func CountWords(s string, max int) int {
	n, in := 0, false
	for _, r := range s {
		if unicode.IsSpace(r) {
			in = false
			continue
		}
		if !in {
			if n == max {
				return n
			}
			n++
			in = true
		}
	}
	return n
}
