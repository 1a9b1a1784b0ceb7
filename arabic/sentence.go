package arabic

import (
	"strings"
	"unicode/utf8"

	"github.com/marsad/marsad"
)

// abbreviations end with a full stop that does not end a sentence.
var abbreviations = map[string]bool{
	"د": true, "أ": true, "م": true, "ق": true, "هـ": true, "ص": true, "ج": true, "ت": true, "س": true, "ع": true,
	"Dr": true, "Mr": true, "Mrs": true, "Ms": true, "St": true, "Jr": true, "No": true, "vs": true,
}

// Sentences splits s into sentences and returns their byte spans, trimmed
// of surrounding space. A sentence ends at . ! ? ؟ … or a line break; a mark
// inside a quotation does not end the sentence (the quotation's closing
// mark then belongs to it), nor does the full stop of an abbreviation
// (د. محمد) or of a number (3.5).
func Sentences(s string) [][2]int {
	return sentencesOf(s, Tokenize(s))
}

func sentencesOf(s string, toks []Token) [][2]int {
	var out [][2]int
	start := -1
	depth := 0     // « » nesting
	inDq := false  // inside " ” “ quotes, which open and close alike
	endAfter := -1 // a terminator was seen inside a quote: end at its closing mark
	flush := func(end int) {
		if start >= 0 && end > start {
			out = append(out, [2]int{start, end})
		}
		start, endAfter = -1, -1
	}
	for i, t := range toks {
		// A line break between tokens ends the sentence and any open quote.
		if start >= 0 && i > 0 && strings.ContainsRune(s[toks[i-1].End:t.Start], '\n') {
			flush(toks[i-1].End)
			depth, inDq = 0, false
		}
		if start < 0 {
			start = t.Start
		}
		w := s[t.Start:t.End]
		if t.Kind != marsad.TokenPunct {
			if endAfter >= 0 && depth == 0 && !inDq {
				flush(toks[i-1].End)
				start = t.Start
			}
			endAfter = -1 // words after a stop inside a quote: the quote goes on
			continue
		}
		switch w {
		case "«":
			depth++
			continue
		case "»":
			if depth > 0 {
				depth--
			}
			if endAfter >= 0 && depth == 0 && !inDq {
				flush(t.End)
			}
			continue
		case "\"", "”", "“":
			inDq = !inDq
			if endAfter >= 0 && depth == 0 && !inDq {
				flush(t.End)
			}
			continue
		}
		if !isTerminator(w) {
			continue
		}
		if w == "." && i > 0 && toks[i-1].End == t.Start && abbreviations[s[toks[i-1].Start:toks[i-1].End]] {
			continue
		}
		if depth > 0 || inDq {
			endAfter = t.End
			continue
		}
		// Keep runs like "?!" and a following closing bracket together.
		j := i + 1
		if j < len(toks) && toks[j].Start == t.End && (isTerminator(s[toks[j].Start:toks[j].End]) || s[toks[j].Start:toks[j].End] == ")") {
			continue
		}
		flush(t.End)
	}
	if start >= 0 && len(toks) > 0 {
		flush(toks[len(toks)-1].End)
	}
	return out
}

func isTerminator(w string) bool {
	if w == "" {
		return false
	}
	r, _ := utf8.DecodeRuneInString(w)
	return r == '.' || r == '!' || r == '?' || r == '؟' || r == '…'
}
