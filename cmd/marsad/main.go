// Command marsad turns raw Arabic news into structured, searchable event
// data. Run "marsad help" for the list of subcommands; every subcommand
// takes --help.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"sort"
	"strings"
	"syscall"
)

// version is set at build time with -ldflags "-X main.version=...".
var version = "0.1.0-dev"

// env is what a subcommand may touch of the outside world; tests swap it.
type env struct {
	stdin  io.Reader
	stdout io.Writer
	stderr io.Writer
	getenv func(string) string
}

// command is one subcommand. Each lives in its own file and registers
// itself from init.
type command struct {
	name    string
	summary string // one line for "marsad help"
	usage   string // "marsad NAME [flags] ARGS", shown by --help
	run     func(ctx context.Context, e *env, args []string) error
}

var commands = map[string]*command{}

func register(c *command) {
	if _, dup := commands[c.name]; dup {
		panic("marsad: duplicate command " + c.name)
	}
	commands[c.name] = c
}

// errFailed reports that some inputs failed; each was already reported.
var errFailed = errors.New("some inputs failed")

// exitCode is an error carrying an exit status without a message.
type exitCode int

func (e exitCode) Error() string { return fmt.Sprintf("exit status %d", int(e)) }

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := run(ctx, &env{stdin: os.Stdin, stdout: os.Stdout, stderr: os.Stderr, getenv: os.Getenv}, os.Args[1:])
	stop()
	os.Exit(code)
}

// run executes one command line and returns the exit status.
func run(ctx context.Context, e *env, args []string) int {
	if len(args) == 0 || args[0] == "help" || args[0] == "-h" || args[0] == "--help" || args[0] == "-help" {
		if len(args) > 1 {
			if c, ok := commands[args[1]]; ok {
				return run(ctx, e, []string{c.name, "--help"})
			}
		}
		usage(e.stderr)
		if len(args) == 0 {
			return 2
		}
		return 0
	}
	c, ok := commands[args[0]]
	if !ok {
		fmt.Fprintf(e.stderr, "marsad: unknown command %q\n\n", args[0])
		usage(e.stderr)
		return 2
	}
	err := c.run(ctx, e, args[1:])
	var ec exitCode
	switch {
	case err == nil:
		return 0
	case errors.Is(err, flag.ErrHelp):
		return 0
	case errors.As(err, &ec):
		return int(ec)
	case errors.Is(err, errFailed):
		return 1
	case errors.Is(err, errUsage):
		return 2
	}
	fmt.Fprintf(e.stderr, "marsad %s: %v\n", c.name, err)
	return 1
}

func usage(w io.Writer) {
	fmt.Fprintf(w, "marsad %s: Arabic news to structured event data\n\nUsage: marsad COMMAND [flags] [args]\n\nCommands:\n", version)
	names := make([]string, 0, len(commands))
	for n := range commands {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Fprintf(w, "  %-10s %s\n", n, commands[n].summary)
	}
	fmt.Fprintf(w, "\nRun \"marsad COMMAND --help\" for a command's flags.\n")
}

// errUsage marks a usage error already printed.
var errUsage = errors.New("usage error")

// flags returns a FlagSet for c that prints c's usage to e.stderr.
func (c *command) flags(e *env) *flag.FlagSet {
	fs := flag.NewFlagSet(c.name, flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	fs.Usage = func() {
		fmt.Fprintf(e.stderr, "Usage: %s\n\n%s\n", c.usage, c.summary)
		var b strings.Builder
		fs.SetOutput(&b)
		fs.PrintDefaults()
		fs.SetOutput(e.stderr)
		if b.Len() > 0 {
			fmt.Fprintf(e.stderr, "\nFlags:\n%s", b.String())
		}
	}
	return fs
}

// parse parses args into fs, mapping errors to errUsage.
func parse(fs *flag.FlagSet, args []string) error {
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return err
		}
		return errUsage
	}
	return nil
}
