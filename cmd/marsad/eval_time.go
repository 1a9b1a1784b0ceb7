package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"

	"github.com/marsad/marsad/input"
	"github.com/marsad/marsad/timex"
)

func init() {
	registerEval("time", "extent F1 (strict and overlap) and value accuracy of temporal tagging on TimeML files", runEvalTime)
}

func runEvalTime(ctx context.Context, e *env, args []string) error {
	fs := commands["eval"].flags(e)
	dir := fs.String("timeml", "", "`DIR` of TimeML files (TIMEX3 tags inline)")
	dct := fs.String("dct", "", "document date `YYYY-MM-DD` for documents whose gold does not give one")
	verbose := fs.Bool("v", false, "print every mismatch")
	if err := parse(fs, args); err != nil {
		return err
	}
	if *dir == "" {
		fmt.Fprintln(e.stderr, "marsad eval time: --timeml DIR is required")
		return errUsage
	}
	files, _ := filepath.Glob(filepath.Join(*dir, "*.tml"))
	more, _ := filepath.Glob(filepath.Join(*dir, "*.xml"))
	files = append(files, more...)
	sort.Strings(files)
	if len(files) == 0 {
		return fmt.Errorf("%s: no .tml files", *dir)
	}
	// overlap counts gold expressions found, by gold type; found counts
	// system expressions that found one, by system type.
	type counts struct{ gold, sys, strict, overlap, found, valueOK, valued int }
	per := map[string]*counts{}
	get := func(t string) *counts {
		if per[t] == nil {
			per[t] = &counts{}
		}
		return per[t]
	}
	all := &counts{}
	for _, file := range files {
		b, err := os.ReadFile(file)
		if err != nil {
			return err
		}
		text, gold, err := timex.ReadTimeML(string(b))
		if err != nil {
			return fmt.Errorf("%s: %w", file, err)
		}
		anchor, ok := timex.AnchorFromGold(gold)
		if !ok {
			anchor = *dct
		}
		sys := timex.Find(text, anchor)
		usedSys := make([]bool, len(sys))
		for _, g := range gold {
			c := get(g.Type)
			c.gold++
			all.gold++
			match := -1
			for j, s := range sys {
				if s.Start < g.End && g.Start < s.End && !usedSys[j] {
					match = j
					break
				}
			}
			if match < 0 {
				if *verbose {
					fmt.Fprintf(e.stdout, "MISS %s %s %q = %s\n", filepath.Base(file), g.Type, g.Text, g.Value)
				}
				continue
			}
			usedSys[match] = true
			s := sys[match]
			c.overlap++
			all.overlap++
			if s.Start == g.Start && s.End == g.End {
				c.strict++
				all.strict++
			}
			c.valued++
			all.valued++
			if s.Value == g.Value {
				c.valueOK++
				all.valueOK++
			} else if *verbose {
				fmt.Fprintf(e.stdout, "VALUE %s %q gold %s %s, got %q %s %s\n", filepath.Base(file), g.Text, g.Type, g.Value, text[s.Start:s.End], s.Type, s.Value)
			}
		}
		for j, s := range sys {
			get(s.Type).sys++
			all.sys++
			if usedSys[j] {
				get(s.Type).found++
				all.found++
			}
			if !usedSys[j] && *verbose {
				fmt.Fprintf(e.stdout, "EXTRA %s %s %q = %s\n", filepath.Base(file), s.Type, text[s.Start:s.End], s.Value)
			}
		}
	}
	report := func(name string, c *counts) {
		_, _, fs := prf(c.strict, c.sys, c.gold)
		op, _, _ := prf(c.found, c.sys, c.gold)
		_, or, _ := prf(c.overlap, c.sys, c.gold)
		fo := 0.0
		if op+or > 0 {
			fo = 2 * op * or / (op + or)
		}
		acc := 0.0
		if c.valued > 0 {
			acc = float64(c.valueOK) / float64(c.valued)
		}
		fmt.Fprintf(e.stdout, "%-9s gold %4d  system %4d  strict F1 %.3f  overlap P %.3f R %.3f F1 %.3f  value accuracy %.3f (%d/%d)\n",
			name, c.gold, c.sys, fs, op, or, fo, acc, c.valueOK, c.valued)
	}
	fmt.Fprintf(e.stdout, "%d documents\n", len(files))
	var types []string
	for t := range per {
		types = append(types, t)
	}
	sort.Strings(types)
	for _, t := range types {
		report(t, per[t])
	}
	report(strings.ToUpper("overall"), all)
	return nil
}

func init() {
	registerEval("months", "count dates with Maghrebi month names found by the tagger against a plain search", runEvalMonths)
}

// maghrebiMonth matches a Maghrebi or Moroccan month name next to a day
// number or a year: the plain search the tagger is checked against.
var maghrebiMonth = regexp.MustCompile(`(?:\b|^|[^\p{L}])(\d{1,2}|[٠-٩]{1,2})\s+(جانفي|فيفري|أفريل|افريل|ماي|جوان|جويلية|جويليه|أوت|اوت|يوليوز|غشت|شتنبر|نونبر|دجنبر)(?:[^\p{L}]|$)|(?:^|[^\p{L}])(جانفي|فيفري|أفريل|افريل|ماي|جوان|جويلية|جويليه|أوت|اوت|يوليوز|غشت|شتنبر|نونبر|دجنبر)\s+(\d{4})`)

func runEvalMonths(ctx context.Context, e *env, args []string) error {
	fs := commands["eval"].flags(e)
	if err := parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		fmt.Fprintln(e.stderr, "Usage: marsad eval months PATH...")
		return errUsage
	}
	var plain, found, docs int
	var missed []string
	for it := range input.Stream(ctx, fs.Args(), e.stdin, input.Options{}) {
		if it.Article == nil {
			continue
		}
		docs++
		text := string(it.Article.Body)
		hits := maghrebiMonth.FindAllStringIndex(text, -1)
		plain += len(hits)
		times := timex.Find(text, it.Article.Published)
		for _, h := range hits {
			ok := false
			for _, t := range times {
				if t.Start < h[1] && h[0] < t.End && t.Value != "" {
					ok = true
					break
				}
			}
			if ok {
				found++
			} else if len(missed) < 10 {
				missed = append(missed, text[h[0]:h[1]])
			}
		}
	}
	fmt.Fprintf(e.stdout, "%d articles: %d Maghrebi month names next to a day or year (plain search), %d recognised with a value by the tagger (%.1f%%)\n",
		docs, plain, found, 100*float64(found)/float64(max(plain, 1)))
	for _, m := range missed {
		fmt.Fprintf(e.stdout, "  missed: %q\n", m)
	}
	return nil
}
