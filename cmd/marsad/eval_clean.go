package main

import (
	"context"
	"fmt"
	"math/rand/v2"
	"path/filepath"
	"sort"
	"strings"

	"github.com/marsad/marsad"
	"github.com/marsad/marsad/clean"
	"github.com/marsad/marsad/input"
)

func init() {
	registerEval("clean", "run the cleaner over a corpus: how often each rule fires, and a sample for review", runEvalClean)
}

func runEvalClean(ctx context.Context, e *env, args []string) error {
	fs := commands["eval"].flags(e)
	fs.Usage = func() {
		fmt.Fprintf(e.stderr, "Usage: marsad eval clean [--sample N] [--seed S] PATH...\n\nCleans every article of PATH (files, directories, corpus files) and prints\nhow often each boilerplate rule fired, per outlet, with dateline and\nheadline statistics; --sample prints N cleaned articles for review.\n\nFlags:\n")
		fs.PrintDefaults()
	}
	sample := fs.Int("sample", 0, "print `N` cleaned articles picked at random for review")
	seed := fs.Uint64("seed", 1, "random `seed` for --sample")
	if err := parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return errUsage
	}
	type outletStats struct {
		articles, failed int
		stats            *clean.Stats
		c                marsad.Cleaner
	}
	per := map[string]*outletStats{}
	rng := rand.New(rand.NewPCG(*seed, 1))
	var picked []*marsad.Document
	seen := 0
	for it := range input.Stream(ctx, fs.Args(), e.stdin, input.Options{}) {
		if it.Article == nil {
			continue
		}
		outlet := it.Article.Outlet
		if outlet == "" {
			outlet = filepath.Base(filepath.Dir(it.Article.Source))
		}
		o := per[outlet]
		if o == nil {
			c, st, err := clean.NewCounting()
			if err != nil {
				return err
			}
			o = &outletStats{stats: st, c: c}
			per[outlet] = o
		}
		o.articles++
		d, err := o.c.Clean(it.Article)
		if err != nil {
			o.failed++
			continue
		}
		if *sample > 0 { // reservoir sampling
			seen++
			if len(picked) < *sample {
				picked = append(picked, d)
			} else if j := rng.IntN(seen); j < *sample {
				picked[j] = d
			}
		}
	}
	names := make([]string, 0, len(per))
	for n := range per {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		o := per[n]
		st := o.stats
		fmt.Fprintf(e.stdout, "== %s: %d articles, %d failed, %d datelines, %d outlet splits, %d repeated headlines\n", n, o.articles, o.failed, st.Datelines, st.Outlets, st.Repeats)
		var rules []string
		for r := range st.Rules {
			rules = append(rules, r)
		}
		sort.Slice(rules, func(i, j int) bool { return st.Rules[rules[i]] > st.Rules[rules[j]] })
		for _, r := range rules {
			fmt.Fprintf(e.stdout, "   %-22s %6d\n", r, st.Rules[r])
		}
		for w, k := range st.Warnings {
			fmt.Fprintf(e.stdout, "   warning %-14s %6d\n", w, k)
		}
	}
	for i, d := range picked {
		first, last := "", ""
		if len(d.Paragraphs) > 0 {
			first = d.Slice(d.Paragraphs[0])
			last = d.Slice(d.Paragraphs[len(d.Paragraphs)-1])
		}
		fmt.Fprintf(e.stdout, "\n-- sample %d: %s\n   title:    %s\n   outlet:   %s\n   dateline: %s\n   first:    %s\n   last:     %s\n   warnings: %s\n",
			i+1, d.Source, d.Title, d.Outlet, d.Dateline, clip(first, 160), clip(last, 160), strings.Join(d.Warnings, "; "))
	}
	return nil
}

// clip shortens s to at most n code points.
func clip(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n]) + "…"
}
