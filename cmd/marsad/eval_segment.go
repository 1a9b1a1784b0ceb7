package main

import (
	"context"
	"fmt"
	"os"
	"strings"

	"github.com/marsad/marsad/arabic"
)

func init() {
	registerEval("segment", "Words F1 of tokenization and clitic segmentation against a CoNLL-U file", runEvalSegment)
}

func runEvalSegment(ctx context.Context, e *env, args []string) error {
	fs := commands["eval"].flags(e)
	conllu := fs.String("conllu", "", "gold CoNLL-U `FILE` (words must be exact pieces of \"# text =\")")
	errs := fs.Int("errors", 0, "print the first `N` sentences with mistakes")
	if err := parse(fs, args); err != nil {
		return err
	}
	if *conllu == "" {
		fmt.Fprintln(e.stderr, "marsad eval segment: --conllu FILE is required")
		return errUsage
	}
	f, err := os.Open(*conllu)
	if err != nil {
		return err
	}
	defer f.Close()
	sents, err := arabic.ReadCoNLLU(f)
	if err != nil {
		return fmt.Errorf("%s: %w", *conllu, err)
	}
	var gold, sys, match, bGold, bSys, bMatch int
	shown := 0
	for _, s := range sents {
		w := arabic.WordSpans(s.Text)
		m := arabic.WordsF1(s.Words, w)
		gold, sys, match = gold+len(s.Words), sys+len(w), match+m
		var base [][2]int // baseline: split on white space
		start := -1
		for i, r := range s.Text + " " {
			if r == ' ' || r == '\t' {
				if start >= 0 {
					base = append(base, [2]int{start, i})
				}
				start = -1
			} else if start < 0 {
				start = i
			}
		}
		bGold, bSys, bMatch = bGold+len(s.Words), bSys+len(base), bMatch+arabic.WordsF1(s.Words, base)
		if shown < *errs && (m != len(s.Words) || m != len(w)) {
			shown++
			fmt.Fprintf(e.stdout, "gold: %s\nsys:  %s\n\n", pieces(s.Text, s.Words), pieces(s.Text, w))
		}
	}
	p, r, f1 := prf(match, sys, gold)
	bp, br, bf := prf(bMatch, bSys, bGold)
	fmt.Fprintf(e.stdout, "sentences %d, gold words %d, system words %d\n", len(sents), gold, sys)
	fmt.Fprintf(e.stdout, "Words   precision %.2f  recall %.2f  F1 %.2f\n", 100*p, 100*r, 100*f1)
	fmt.Fprintf(e.stdout, "baseline (split on spaces): precision %.2f  recall %.2f  F1 %.2f\n", 100*bp, 100*br, 100*bf)
	return nil
}

func pieces(s string, spans [][2]int) string {
	var b strings.Builder
	for i, w := range spans {
		if i > 0 {
			b.WriteString(" | ")
		}
		b.WriteString(s[w[0]:w[1]])
	}
	return b.String()
}

// prf returns precision, recall and F1 from counts.
func prf(match, sys, gold int) (p, r, f float64) {
	if sys > 0 {
		p = float64(match) / float64(sys)
	}
	if gold > 0 {
		r = float64(match) / float64(gold)
	}
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return
}
