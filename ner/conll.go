package ner

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

// Sentence is a sequence of tokens with their BIO tags (tags may be nil
// for unlabelled input).
type Sentence struct {
	Tokens []string
	Tags   []string
	Lines  []int // input line of each token
}

// validTypes are the entity types of the tag set; PERS is read as PER.
var validTypes = map[string]string{"PER": "PER", "PERS": "PER", "LOC": "LOC", "ORG": "ORG", "MISC": "MISC"}

// NormTag checks a BIO tag and maps PERS to PER. I- without a preceding
// tag of the same type is kept as written; Chunks reads it as a start, as
// conlleval does.
func NormTag(tag string) (string, error) {
	if tag == "O" {
		return tag, nil
	}
	bio, typ, ok := strings.Cut(tag, "-")
	if !ok || (bio != "B" && bio != "I") {
		return "", fmt.Errorf("unknown tag %q (want O, B-TYPE or I-TYPE)", tag)
	}
	t, ok := validTypes[typ]
	if !ok {
		return "", fmt.Errorf("unknown entity type %q in tag %q (want PER, LOC, ORG or MISC)", typ, tag)
	}
	return bio + "-" + t, nil
}

// ReadCoNLL reads tokens in the first column and, when labelled, tags in
// the last; blank lines separate sentences. Errors give the line number.
func ReadCoNLL(r io.Reader, labelled bool) ([]Sentence, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64<<10), 1<<20)
	var out []Sentence
	var cur Sentence
	flush := func() {
		if len(cur.Tokens) > 0 {
			out = append(out, cur)
		}
		cur = Sentence{}
	}
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(line) == "" {
			flush()
			continue
		}
		if strings.HasPrefix(line, "-DOCSTART-") {
			continue
		}
		f := strings.Fields(line)
		cur.Tokens = append(cur.Tokens, f[0])
		cur.Lines = append(cur.Lines, n)
		if labelled {
			if len(f) < 2 {
				return nil, fmt.Errorf("line %d: missing tag column", n)
			}
			tag, err := NormTag(f[len(f)-1])
			if err != nil {
				return nil, fmt.Errorf("line %d: %w", n, err)
			}
			cur.Tags = append(cur.Tags, tag)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	flush()
	return out, nil
}

// Chunk is an entity in a tag sequence: tokens [Start, End) of Type.
type Chunk struct {
	Start, End int
	Type       string
}

// Chunks reads the entities of a BIO sequence with conlleval's rules: a
// chunk starts at B-, or at I- after O or after a tag of another type.
func Chunks(tags []string) []Chunk {
	var out []Chunk
	cur := -1
	typ := ""
	for i, t := range tags {
		bio, ty, _ := strings.Cut(t, "-")
		switch {
		case t == "O":
			if cur >= 0 {
				out = append(out, Chunk{cur, i, typ})
				cur = -1
			}
		case bio == "B" || ty != typ || cur < 0:
			if cur >= 0 {
				out = append(out, Chunk{cur, i, typ})
			}
			cur, typ = i, ty
		}
	}
	if cur >= 0 {
		out = append(out, Chunk{cur, len(tags), typ})
	}
	return out
}

// Score counts chunk matches for precision, recall and F1 per type.
type Score struct {
	Gold, Pred, Correct map[string]int
}

// NewScore returns an empty Score.
func NewScore() *Score {
	return &Score{Gold: map[string]int{}, Pred: map[string]int{}, Correct: map[string]int{}}
}

// Add scores one sentence: exact span and type, as conlleval.
func (s *Score) Add(gold, pred []string) {
	g := map[Chunk]bool{}
	for _, c := range Chunks(gold) {
		g[c] = true
		s.Gold[c.Type]++
		s.Gold[""]++
	}
	for _, c := range Chunks(pred) {
		s.Pred[c.Type]++
		s.Pred[""]++
		if g[c] {
			s.Correct[c.Type]++
			s.Correct[""]++
		}
	}
}

// PRF returns precision, recall and F1 for a type ("" for all types).
func (s *Score) PRF(typ string) (p, r, f float64) {
	if s.Pred[typ] > 0 {
		p = float64(s.Correct[typ]) / float64(s.Pred[typ])
	}
	if s.Gold[typ] > 0 {
		r = float64(s.Correct[typ]) / float64(s.Gold[typ])
	}
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return
}

// AQMARTag maps a tag of the AQMAR Wikipedia corpus (Mohit et al. 2012) to
// this tag set: its extra categories MIS0 to MIS3 (and the stray spellings
// MIS, MIS-1, MIS1`) are MISC, I--ORG is I-ORG, and OO, IO and the
// language tags (B-ENGLISH, B-SPANISH) are O.
func AQMARTag(tag string) string {
	bio, typ, ok := strings.Cut(tag, "-")
	if !ok || (bio != "B" && bio != "I") {
		return "O"
	}
	typ = strings.TrimLeft(typ, "-")
	switch {
	case strings.HasPrefix(typ, "MIS"):
		return bio + "-MISC"
	case typ == "PER" || typ == "PERS" || typ == "LOC" || typ == "ORG":
		return bio + "-" + validTypes[typ]
	}
	return "O"
}
