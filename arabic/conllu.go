package arabic

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

// GoldSentence is one sentence of a CoNLL-U file: its text and its words
// (syntactic words, each an exact piece of the text) as byte spans.
type GoldSentence struct {
	Text  string
	Words [][2]int
}

// ReadCoNLLU reads the sentences of a CoNLL-U file, locating each word in
// the sentence's "# text =" line. Multiword token ranges and empty nodes
// are skipped (their parts carry the words). Errors give the line number.
func ReadCoNLLU(r io.Reader) ([]GoldSentence, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64<<10), 16<<20)
	var out []GoldSentence
	var cur *GoldSentence
	pos := 0
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimRight(sc.Text(), "\r")
		switch {
		case strings.HasPrefix(line, "# text = "):
			out = append(out, GoldSentence{Text: line[len("# text = "):]})
			cur, pos = &out[len(out)-1], 0
		case line == "" || strings.HasPrefix(line, "#"):
		default:
			f := strings.Split(line, "\t")
			if len(f) < 2 {
				return nil, fmt.Errorf("line %d: want tab-separated CoNLL-U fields", n)
			}
			if strings.ContainsAny(f[0], "-.") {
				continue
			}
			if cur == nil {
				return nil, fmt.Errorf("line %d: word before any \"# text =\" line", n)
			}
			i := strings.Index(cur.Text[pos:], f[1])
			if i < 0 {
				return nil, fmt.Errorf("line %d: word %q not found in the sentence text", n, f[1])
			}
			start := pos + i
			pos = start + len(f[1])
			cur.Words = append(cur.Words, [2]int{start, pos})
		}
	}
	return out, sc.Err()
}

// WordSpans returns the byte spans of the words of s after tokenization and
// clitic segmentation, as `marsad tokenize --words` prints them.
func WordSpans(s string) [][2]int {
	var out [][2]int
	for _, t := range Tokenize(s) {
		off := t.Start
		for _, w := range Words(s[t.Start:t.End]) {
			out = append(out, [2]int{off, off + len(w)})
			off += len(w)
		}
	}
	return out
}

// WordsF1 scores system words against gold words by their character spans,
// as the CoNLL 2018 shared task scores Words: a system word counts when a
// gold word has exactly its span.
func WordsF1(gold, system [][2]int) (matched int) {
	g := make(map[[2]int]bool, len(gold))
	for _, w := range gold {
		g[w] = true
	}
	for _, w := range system {
		if g[w] {
			matched++
		}
	}
	return matched
}
