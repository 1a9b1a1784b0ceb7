package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"strings"
	"sync"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"

	"github.com/marsad/marsad"
	"github.com/marsad/marsad/input"
	"github.com/marsad/marsad/pipeline"
	"github.com/marsad/marsad/queue"
)

func init() {
	register(&command{
		name:    "worker",
		summary: "pull articles from a NATS JetStream queue, analyse and store them",
		usage: "marsad worker --queue nats://HOST:4222[,nats://...] [--db PATH|postgres://...] [--replicas N]\n\n" +
			"Acknowledges an article only after its commit; articles that fail repeatedly go to the\n" +
			"dead-letter stream " + queue.DeadStream + " with their error.",
		run: runWorker,
	})
}

// connectQueue connects to NATS and sets up the streams.
func connectQueue(ctx context.Context, urls string, replicas int) (*nats.Conn, jetstream.JetStream, jetstream.Consumer, error) {
	nc, err := nats.Connect(urls, nats.Name("marsad"), nats.MaxReconnects(-1), nats.ReconnectWait(500*time.Millisecond))
	if err != nil {
		return nil, nil, nil, fmt.Errorf("queue %s: %w", urls, err)
	}
	js, err := jetstream.New(nc)
	if err != nil {
		nc.Close()
		return nil, nil, nil, fmt.Errorf("queue %s: %w", urls, err)
	}
	cons, err := queue.Setup(ctx, js, queue.Config{Replicas: replicas})
	if err != nil {
		nc.Close()
		return nil, nil, nil, err
	}
	return nc, js, cons, nil
}

func runWorker(ctx context.Context, e *env, args []string) error {
	fs := commands["worker"].flags(e)
	urls := fs.String("queue", "", "NATS `URLs`, comma-separated")
	db := fs.String("db", "", "database `PATH` or postgres:// URL (default $MARSAD_DB or ./marsad.db)")
	replicas := fs.Int("replicas", 1, "stream `replicas` when creating the streams (3 on a 3-node cluster)")
	parallel := fs.Int("parallel", 0, "articles analysed at once (default: number of CPUs)")
	if err := parse(fs, args); err != nil {
		return err
	}
	if *urls == "" {
		fmt.Fprintln(e.stderr, "marsad worker: --queue is required")
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
	nc, js, cons, err := connectQueue(ctx, *urls, *replicas)
	if err != nil {
		return err
	}
	defer nc.Close()
	log := slog.New(slog.NewTextHandler(e.stderr, nil))
	counts := map[string]int{}
	var mu sync.Mutex // guards counts: articles are handled concurrently
	w := &queue.Worker{
		Consumer: cons, JS: js, Analyzer: p, Log: log, Parallel: *parallel,
		Sink: func(ctx context.Context, d *marsad.Document) error {
			_, err := store.PutDocument(ctx, d)
			return err
		},
		Skip: func(err error) bool { return errors.Is(err, pipeline.ErrNotArabic) },
		OnDone: func(_, outcome string) {
			mu.Lock()
			counts[outcome]++
			mu.Unlock()
		},
	}
	log.Info("worker started", "queue", *urls, "db", storeName(store))
	err = w.Run(ctx)
	log.Info("worker stopped", "stored", counts["stored"], "skipped", counts["skipped"], "retried", counts["retry"], "dead", counts["dead"])
	if errors.Is(err, context.Canceled) {
		return nil
	}
	return err
}

// publish sends the articles of items to the queue instead of analysing
// them here (marsad ingest --queue).
func publish(ctx context.Context, e *env, urls string, items <-chan input.Item) error {
	nc, js, _, err := connectQueue(ctx, urls, 1)
	if err != nil {
		return err
	}
	defer nc.Close()
	pub := queue.NewPublisher(js)
	sent, failed := 0, 0
	start := time.Now()
	for it := range items {
		switch {
		case it.Skipped != "":
			fmt.Fprintf(e.stderr, "marsad ingest: %s\n", it.Skipped)
		case it.Err != nil:
			fmt.Fprintf(e.stderr, "marsad ingest: %v\n", it.Err)
			failed++
		default:
			if err := pub.Publish(ctx, it.Article); err != nil {
				return err
			}
			sent++
		}
	}
	fmt.Fprintf(e.stdout, "%s: %d articles queued, %d failed in %s\n", strings.Split(urls, ",")[0], sent, failed, time.Since(start).Round(time.Millisecond))
	if failed > 0 {
		return errFailed
	}
	return nil
}
