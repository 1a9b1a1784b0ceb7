package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"time"

	"github.com/marsad/marsad/fetch"
	"github.com/marsad/marsad/pipeline"
	"github.com/marsad/marsad/watch"
)

func init() {
	register(&command{
		name:    "watch",
		summary: "poll RSS/Atom feeds on an interval and store what is new in them",
		usage: "marsad watch [--db PATH|postgres://...] [--interval 5m] [--fetch] [--once] [--timeout 20s] FEED-URL...\n\n" +
			"Each round sends a conditional GET to every feed (an unchanged feed costs a 304), analyses\n" +
			"the items not seen before and stores them, one transaction per feed. A feed that is down,\n" +
			"slow or malformed is logged with its URL and retried in the next round, then less often\n" +
			"while it keeps failing; the other feeds are polled as usual. Ctrl-C stops after the\n" +
			"batches in flight are committed. With --once, every feed is polled once and the exit\n" +
			"status is 1 if any failed.",
		run: runWatch,
	})
}

func runWatch(ctx context.Context, e *env, args []string) error {
	fs := commands["watch"].flags(e)
	db := fs.String("db", "", "database `PATH` or postgres:// URL (default $MARSAD_DB or ./marsad.db)")
	interval := fs.Duration("interval", watch.DefaultInterval, "time between two rounds of polling")
	full := fs.Bool("fetch", false, "fetch the page of each new item and analyse its main text instead of the feed's summary")
	once := fs.Bool("once", false, "poll every feed once and exit (status 1 if a feed failed)")
	timeout := fs.Duration("timeout", 20*time.Second, "time allowed for one HTTP request")
	if err := parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		fmt.Fprintln(e.stderr, "marsad watch: give at least one FEED-URL")
		return errUsage
	}
	if *interval < time.Second {
		fmt.Fprintln(e.stderr, "marsad watch: --interval must be at least 1s")
		return errUsage
	}
	store, err := openStore(ctx, e, *db)
	if err != nil {
		return err
	}
	defer store.Close()
	p, err := pipeline.Default()
	if err != nil {
		return err
	}
	log := slog.New(slog.NewTextHandler(e.stderr, nil))
	w, err := watch.New(watch.Options{
		Feeds:    fs.Args(),
		Interval: *interval,
		Client:   fetch.New(fetch.Options{Timeout: *timeout}),
		Analyzer: p,
		Store:    store,
		FullText: *full,
		Log:      log,
	})
	if err != nil {
		fmt.Fprintf(e.stderr, "marsad watch: %v\n", err)
		return errUsage
	}
	if !*once {
		log.Info("watching", "feeds", fs.NArg(), "interval", *interval, "db", storeName(store))
		return w.Run(ctx)
	}
	start := time.Now()
	r, err := w.Poll(ctx)
	c := r.Counts()
	fmt.Fprintf(e.stdout, "%s: %d feeds polled, %d failed; %d new items, %d stored, %d already stored, %d skipped, %d failed in %s\n",
		storeName(store), len(r.Feeds), len(r.Failed()), c.New, c.Stored, c.Existing, c.Skipped, c.Failed, time.Since(start).Round(time.Millisecond))
	switch {
	case errors.Is(err, context.Canceled):
		return exitCode(130)
	case err != nil:
		return errFailed // each failed feed was logged
	}
	return nil
}
