package ner

import (
	"math"
	"strings"
)

// The tagger learns and decodes BILOU tags (B- first, I- inside, L- last
// and U- single-token, O outside): the last word of a name and a name of
// one word have tags of their own. Its input and output are BIO: the
// training tags are turned into BILOU (toBILOU) and the decoded ones back
// into BIO (Model.bio). Models of format 3 hold BIO tags, which decode as
// before.

// toBILOU returns the BILOU tags of a BIO sequence, its chunks read as
// Chunks reads them (an I- after O or after another type begins one).
func toBILOU(tags []string) []string {
	out := make([]string, len(tags))
	for i := range out {
		out[i] = "O"
	}
	for _, c := range Chunks(tags) {
		if c.End-c.Start == 1 {
			out[c.Start] = "U-" + c.Type
			continue
		}
		out[c.Start] = "B-" + c.Type
		for i := c.Start + 1; i < c.End-1; i++ {
			out[i] = "I-" + c.Type
		}
		out[c.End-1] = "L-" + c.Type
	}
	return out
}

// bioTag returns the BIO form of a BILOU tag: U- is B-, L- is I-.
func bioTag(tag string) string {
	switch {
	case strings.HasPrefix(tag, "U-"):
		return "B-" + tag[2:]
	case strings.HasPrefix(tag, "L-"):
		return "I-" + tag[2:]
	}
	return tag
}

// setTags installs the tag set: the BIO form of each tag and, when the
// set is BILOU, the transitions it forbids.
func (m *Model) setTags(tags []string) {
	m.tags = tags
	m.bio = make([]string, len(tags))
	m.bioID = make([]int, len(tags))
	ids := map[string]int{}
	bilou := false
	for i, t := range tags {
		b := bioTag(t)
		bilou = bilou || b != t
		if _, ok := ids[b]; !ok {
			ids[b] = len(ids)
		}
		m.bio[i], m.bioID[i] = b, ids[b]
	}
	m.mask, m.final, m.preds = nil, nil, nil
	if bilou {
		m.mask, m.final = bilouMask(tags)
		m.preds = allowedPreds(m.mask, len(tags)) // once, not for each sentence
	}
}

// bilouMask returns the transition mask ((len(tags)+1) × len(tags),
// previous tag or start → tag) and the end mask of a BILOU tag set: 0 for
// a legal step, -Inf for one that breaks a name (O→I-, B-→O, U-→L-,
// B-PER→I-LOC, a name left open at the end).
func bilouMask(tags []string) (mask, final []float32) {
	nt := len(tags)
	inf := float32(math.Inf(-1))
	// open: a tag after which the name goes on (B-, I-).
	open := func(t string) bool { return strings.HasPrefix(t, "B-") || strings.HasPrefix(t, "I-") }
	mask = make([]float32, (nt+1)*nt)
	for p := 0; p <= nt; p++ {
		for t, cur := range tags {
			inside := strings.HasPrefix(cur, "I-") || strings.HasPrefix(cur, "L-")
			ok := !inside // after start, O, L- and U-: O, B-, U-
			if p < nt && open(tags[p]) {
				ok = inside && tags[p][2:] == cur[2:]
			}
			if !ok {
				mask[p*nt+t] = inf
			}
		}
	}
	final = make([]float32, nt)
	for t, cur := range tags {
		if open(cur) {
			final[t] = inf
		}
	}
	return mask, final
}

// masked adds the transition mask to trans, in place.
func (m *Model) masked(trans []float32) []float32 {
	for i, v := range m.mask {
		trans[i] += v
	}
	return trans
}
