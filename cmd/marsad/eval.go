package main

import (
	"context"
	"fmt"
	"sort"
)

// subcommand is one verb of a command with verbs (eval, train).
type subcommand struct {
	summary string
	run     func(ctx context.Context, e *env, args []string) error
}

var evals = map[string]subcommand{}

// registerEval adds "marsad eval NAME"; each evaluation lives in its own
// file (eval_NAME.go) and registers itself from init.
func registerEval(name, summary string, run func(ctx context.Context, e *env, args []string) error) {
	evals[name] = subcommand{summary, run}
}

func init() {
	register(&command{
		name:    "eval",
		summary: "measure accuracy on gold data (segment, ner, time, quotes, gsr ...)",
		usage:   "marsad eval KIND [flags]",
		run: func(ctx context.Context, e *env, args []string) error {
			return dispatch(ctx, e, "eval", evals, args)
		},
	})
}

// dispatch runs the verb named by args[0] from table.
func dispatch(ctx context.Context, e *env, cmd string, table map[string]subcommand, args []string) error {
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "-help" || args[0] == "help" {
		fmt.Fprintf(e.stderr, "Usage: marsad %s KIND [flags]\n\n%s\n\nKinds:\n", cmd, commands[cmd].summary)
		names := make([]string, 0, len(table))
		for n := range table {
			names = append(names, n)
		}
		sort.Strings(names)
		for _, n := range names {
			fmt.Fprintf(e.stderr, "  %-10s %s\n", n, table[n].summary)
		}
		if len(args) == 0 {
			return errUsage
		}
		return nil
	}
	s, ok := table[args[0]]
	if !ok {
		fmt.Fprintf(e.stderr, "marsad %s: unknown kind %q (see marsad %s --help)\n", cmd, args[0], cmd)
		return errUsage
	}
	return s.run(ctx, e, args[1:])
}
