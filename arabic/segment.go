package arabic

import "strings"

// Segment splits an Arabic word into its proclitics, base and pronoun
// enclitic, each as written: word == prefix + base + suffix.
func Segment(word string) (prefix, base, suffix string) {
	base = word
	for _, p := range []string{"و", "ف"} {
		if strings.HasPrefix(base, p) && len([]rune(base)) > 3 {
			prefix += p
			base = base[len(p):]
			break
		}
	}
	return prefix, base, ""
}

// Stem returns the light stem of a normalised word, for search.
func Stem(norm string) string {
	s := strings.TrimPrefix(norm, "ال")
	if len([]rune(s)) < 2 {
		return norm
	}
	return s
}

// Words returns the pieces of one token after clitic segmentation, each an
// exact substring of tok, in order; empty pieces are left out.
func Words(tok string) []string {
	pre, base, suf := Segment(tok)
	var out []string
	for _, p := range []string{pre, base, suf} {
		if p != "" {
			out = append(out, p)
		}
	}
	return out
}
