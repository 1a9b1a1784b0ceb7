package main

import (
	"context"
	"fmt"
	"strings"

	"github.com/marsad/marsad/actor"
)

func init() {
	register(&command{
		name:    "actors",
		summary: "list or look up the actor lexicon; --check validates it",
		usage:   "marsad actors [--check] [QUERY]",
		run:     runActors,
	})
}

func runActors(ctx context.Context, e *env, args []string) error {
	fs := commands["actors"].flags(e)
	check := fs.Bool("check", false, "validate the lexicon (duplicate aliases, bad codes, overlapping tenures) and exit non-zero on problems")
	if err := parse(fs, args); err != nil {
		return err
	}
	l, err := actor.DefaultLexicon()
	if err != nil {
		return err
	}
	if *check {
		issues := l.Check()
		for _, is := range issues {
			fmt.Fprintln(e.stdout, is)
		}
		if len(issues) > 0 {
			fmt.Fprintf(e.stderr, "marsad actors: %d problem(s) in the lexicon\n", len(issues))
			return exitCode(1)
		}
		fmt.Fprintln(e.stdout, "lexicon ok")
		return nil
	}
	for _, a := range l.Lookup(strings.Join(fs.Args(), " ")) {
		fmt.Fprintf(e.stdout, "%-14s %-12s %s", a.Code, a.Type, a.Name)
		if a.English != "" {
			fmt.Fprintf(e.stdout, " (%s)", a.English)
		}
		if len(a.Aliases) > 0 {
			fmt.Fprintf(e.stdout, "  aliases: %s", strings.Join(a.Aliases, "، "))
		}
		for _, t := range a.Roles {
			fmt.Fprintf(e.stdout, "  [%s %s..%s]", t.Code, t.From, t.To)
		}
		fmt.Fprintln(e.stdout)
	}
	return nil
}
