package main

import (
	"context"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	_ "net/http/pprof" // profiles for --debug-addr
	"strings"
	"time"

	"github.com/marsad/marsad"
	"github.com/marsad/marsad/actor"
	"github.com/marsad/marsad/examples"
	mhttp "github.com/marsad/marsad/http"
	"github.com/marsad/marsad/input"
	"github.com/marsad/marsad/pipeline"
)

func init() {
	register(&command{
		name:    "serve",
		summary: "serve the JSON API and the Arabic web UI over the database",
		usage: "marsad serve [--addr HOST:PORT] [--db PATH|postgres://...] [--demo] [--debug-addr HOST:PORT]\n\n" +
			"Writes (POST /api/articles) need the token in $MARSAD_TOKEN when it is set;\n" +
			"a non-loopback --addr is refused without one.",
		run: runServe,
	})
}

func runServe(ctx context.Context, e *env, args []string) error {
	fs := commands["serve"].flags(e)
	addr := fs.String("addr", "127.0.0.1:8080", "listen `address`")
	db := fs.String("db", "", "database `PATH` or postgres:// URL (default $MARSAD_DB or ./marsad.db)")
	demo := fs.Bool("demo", false, "first ingest the sample articles that ship with Marsad")
	maxBody := fs.Int64("max-body", mhttp.DefaultMaxBody, "largest request body in `bytes`")
	debugAddr := fs.String("debug-addr", "", "also serve Go's profiles (/debug/pprof/) on this loopback `address`")
	if err := parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(e.stderr, "marsad serve: unexpected argument %q\n", fs.Arg(0))
		return errUsage
	}
	token := e.getenv("MARSAD_TOKEN")
	if token == "" && !mhttp.IsLoopback(*addr) {
		return fmt.Errorf("refusing to listen on %s without a token: set MARSAD_TOKEN, or listen on 127.0.0.1", *addr)
	}
	if *debugAddr != "" {
		if !mhttp.IsLoopback(*debugAddr) {
			return fmt.Errorf("--debug-addr %s: profiles are served on a loopback address only", *debugAddr)
		}
		ln, err := net.Listen("tcp", *debugAddr)
		if err != nil {
			return fmt.Errorf("--debug-addr: %w", err)
		}
		dbg := &http.Server{Handler: http.DefaultServeMux, ReadHeaderTimeout: 10 * time.Second}
		go dbg.Serve(ln)
		defer dbg.Close()
		fmt.Fprintf(e.stderr, "marsad serve: profiles on http://%s/debug/pprof/\n", ln.Addr())
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
	if *demo {
		arts, err := examples.Articles()
		if err != nil {
			return err
		}
		items := make(chan input.Item, len(arts))
		for _, a := range arts {
			items <- input.Item{Article: a}
		}
		close(items)
		st, err := ingest(ctx, store, items, 0, func(msg string) { fmt.Fprintf(e.stderr, "marsad serve: %s\n", msg) }, func(ingestStats) {})
		if err != nil {
			return err
		}
		fmt.Fprintf(e.stderr, "demo: %d sample articles (%d new)\n", len(arts), st.Stored)
	}
	if w, ok := store.(interface{ Warm(context.Context) error }); ok {
		// Plain queries are answered from memory once the index is
		// loaded; until then, and for phrases, from the database.
		go func() {
			start := time.Now()
			if err := w.Warm(ctx); err != nil {
				fmt.Fprintf(e.stderr, "marsad serve: search index: %v (searching the database instead)\n", err)
				return
			}
			fmt.Fprintf(e.stderr, "marsad serve: search index loaded in %s\n", time.Since(start).Round(time.Millisecond))
		}()
	}
	lex, err := actor.DefaultLexicon()
	if err != nil {
		return err
	}
	srv, err := mhttp.NewServer(mhttp.Config{
		Store: store, Analyzer: p, Token: token, MaxBody: *maxBody, ActorName: lex.CodeName,
		Logger: slog.New(slog.NewTextHandler(e.stderr, nil)),
	})
	if err != nil {
		return err
	}
	return srv.ListenAndServe(ctx, *addr, func(a net.Addr) {
		host := a.String()
		if strings.HasPrefix(host, "[::]") || strings.HasPrefix(host, "0.0.0.0") {
			host = "localhost" + host[strings.LastIndex(host, ":"):]
		}
		fmt.Fprintf(e.stderr, "marsad: serving %s on http://%s/ (Ctrl-C stops)\n", storeName(store), host)
	})
}

func storeName(s marsad.Store) string {
	if n, ok := s.(interface{ Path() string }); ok {
		return n.Path()
	}
	return "the database"
}
