package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/marsad/marsad"
	"github.com/marsad/marsad/input"
	"github.com/marsad/marsad/pipeline"
	"github.com/marsad/marsad/sqlite"
)

func init() {
	register(&command{
		name:    "ingest",
		summary: "analyse articles and store them in the database (idempotent; reprints linked)",
		usage:   "marsad ingest [--db PATH|postgres://...] [--queue nats://...] [--published YYYY-MM-DD] [--input-format F] PATH...",
		run:     runIngest,
	})
	register(&command{
		name:    "search",
		summary: "search the stored articles in Arabic (normalised, clitic-split, stemmed)",
		usage:   "marsad search [--db PATH] [--from D] [--to D] [--outlet O] [--actor CODE] [--root R] [--limit N] QUERY",
		run:     runSearch,
	})
}

// dbPath returns the database path: the flag, $MARSAD_DB, or ./marsad.db.
func dbPath(e *env, flag string) string {
	if flag != "" {
		return flag
	}
	if p := e.getenv("MARSAD_DB"); p != "" {
		return p
	}
	return "marsad.db"
}

// ingestStats reports what an ingest did.
type ingestStats struct {
	Read, Stored, Existing, Failed, Skipped int
}

// ingest analyses the articles of items and stores them in batches; each
// batch is one transaction, so a crash loses at most the batch in flight
// and a re-run stores the rest exactly once.
func ingest(ctx context.Context, db marsad.Store, items <-chan input.Item, workers int, report func(string), progress func(ingestStats)) (ingestStats, error) {
	var st ingestStats
	p, err := pipeline.Default()
	if err != nil {
		return st, err
	}
	arts := make(chan *marsad.Article)
	go func() {
		defer close(arts)
		for it := range items {
			switch {
			case it.Skipped != "":
				report(it.Skipped)
			case it.Err != nil:
				report(it.Err.Error())
				st.Failed++
			default:
				select {
				case arts <- it.Article:
				case <-ctx.Done():
					return
				}
			}
		}
	}()
	var batch []*marsad.Document
	flush := func() error {
		if len(batch) == 0 {
			return nil
		}
		n, err := putDocuments(ctx, db, batch)
		if err != nil {
			return err
		}
		st.Stored += n
		st.Existing += len(batch) - n
		batch = batch[:0]
		return nil
	}
	tick := time.Now()
	for r := range p.Run(ctx, arts, workers) {
		st.Read++
		if r.Err != nil {
			report(r.Err.Error())
			if errors.Is(r.Err, pipeline.ErrNotArabic) {
				st.Skipped++
			} else if r.Doc == nil {
				st.Failed++
			}
		}
		if r.Doc != nil {
			batch = append(batch, r.Doc)
		}
		if len(batch) >= 200 || time.Since(tick) > 2*time.Second {
			if err := flush(); err != nil {
				return st, err
			}
			tick = time.Now()
			progress(st)
		}
	}
	if err := flush(); err != nil {
		return st, err
	}
	progress(st)
	return st, ctx.Err()
}

// batchStore is a store that can commit many documents in one transaction.
type batchStore interface {
	PutDocuments(ctx context.Context, docs []*marsad.Document) (int, error)
}

// putDocuments stores docs, in one transaction where the store can.
func putDocuments(ctx context.Context, db marsad.Store, docs []*marsad.Document) (int, error) {
	if b, ok := db.(batchStore); ok {
		return b.PutDocuments(ctx, docs)
	}
	n := 0
	for _, d := range docs {
		created, err := db.PutDocument(ctx, d)
		if err != nil {
			return n, err
		}
		if created {
			n++
		}
	}
	return n, nil
}

// openStore opens the database named by the --db flag, $MARSAD_DB or the
// default ./marsad.db.
func openStore(ctx context.Context, e *env, flag string) (marsad.Store, error) {
	path := dbPath(e, flag)
	if strings.HasPrefix(path, "postgres://") || strings.HasPrefix(path, "postgresql://") {
		return openPostgres(ctx, path)
	}
	return sqlite.Open(ctx, path)
}

func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	info, err := f.Stat()
	return err == nil && info.Mode()&os.ModeCharDevice != 0
}

func runIngest(ctx context.Context, e *env, args []string) error {
	fs := commands["ingest"].flags(e)
	db := fs.String("db", "", "database `PATH` (default $MARSAD_DB or ./marsad.db)")
	published := fs.String("published", "", "publication date `YYYY-MM-DD` for articles that carry none")
	inFormat := fs.String("input-format", "auto", "input `format`: "+strings.Join(input.Formats, ", "))
	workers := fs.Int("workers", 0, "analysis workers (default: number of CPUs)")
	queueURLs := fs.String("queue", "", "publish the articles to this NATS JetStream `URL` for marsad worker, instead of analysing them here")
	if err := parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		fmt.Fprintln(e.stderr, "marsad ingest: give at least one PATH (file, directory or -)")
		return errUsage
	}
	if *queueURLs != "" {
		return publish(ctx, e, *queueURLs, input.Stream(ctx, fs.Args(), e.stdin, input.Options{Format: *inFormat, Published: *published}))
	}
	path := dbPath(e, *db)
	store, err := openStore(ctx, e, path)
	if err != nil {
		return err
	}
	defer store.Close()
	start := time.Now()
	tty := isTerminal(e.stderr)
	items := input.Stream(ctx, fs.Args(), e.stdin, input.Options{Format: *inFormat, Published: *published})
	st, err := ingest(ctx, store, items, *workers,
		func(msg string) { fmt.Fprintf(e.stderr, "marsad ingest: %s\n", msg) },
		func(st ingestStats) {
			rate := float64(st.Read) / time.Since(start).Seconds()
			line := fmt.Sprintf("%d articles read, %d stored, %d already there, %d failed, %.0f articles/s", st.Read, st.Stored, st.Existing, st.Failed, rate)
			if tty {
				fmt.Fprintf(e.stderr, "\r\033[K%s", line)
			} else {
				fmt.Fprintln(e.stderr, line)
			}
		})
	if tty {
		fmt.Fprintln(e.stderr)
	}
	if err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "%s: %d stored, %d already stored, %d skipped, %d failed in %s\n", storeName(store), st.Stored, st.Existing, st.Skipped, st.Failed, time.Since(start).Round(time.Millisecond))
	if st.Failed > 0 {
		return errFailed
	}
	return nil
}

func runSearch(ctx context.Context, e *env, args []string) error {
	fs := commands["search"].flags(e)
	db := fs.String("db", "", "database `PATH` (default $MARSAD_DB or ./marsad.db)")
	var q marsad.SearchQuery
	fs.StringVar(&q.From, "from", "", "published on or after `YYYY-MM-DD`")
	fs.StringVar(&q.To, "to", "", "published on or before `YYYY-MM-DD`")
	fs.StringVar(&q.Outlet, "outlet", "", "only this `outlet`")
	fs.StringVar(&q.Actor, "actor", "", "articles mentioning this actor `code` (prefix: USA matches USAGOV)")
	fs.StringVar(&q.Root, "root", "", "articles with an event of this CAMEO `root`")
	fs.IntVar(&q.Limit, "limit", 10, "at most `N` hits")
	if err := parse(fs, args); err != nil {
		return err
	}
	q.Q = strings.Join(fs.Args(), " ")
	path := dbPath(e, *db)
	if _, err := os.Stat(path); err != nil && !strings.Contains(path, "://") {
		return fmt.Errorf("%s: no database here; run marsad ingest first (%w)", path, err)
	}
	store, err := openStore(ctx, e, path)
	if err != nil {
		return err
	}
	defer store.Close()
	res, err := store.Search(ctx, q)
	if err != nil {
		if marsad.ErrorCode(err) == marsad.EINVALID {
			fmt.Fprintf(e.stderr, "marsad search: %s\n", marsad.ErrorMessage(err))
			return errUsage
		}
		return err
	}
	fmt.Fprintf(e.stdout, "%d hits\n", res.Total)
	for i, h := range res.Hits {
		snip := strings.NewReplacer("<mark>", "[", "</mark>", "]").Replace(h.Snippet)
		fmt.Fprintf(e.stdout, "%2d. %s  %s  %s  (%s)\n    %s\n", i+1, h.Published, h.Outlet, h.Title, h.ID, htmlUnescape(snip))
	}
	return nil
}
