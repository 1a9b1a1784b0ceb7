package main

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/nats-io/nats-server/v2/server"

	"github.com/marsad/marsad"
	"github.com/marsad/marsad/sqlite"
)

// TestIngestQueueAndWorker publishes articles with ingest --queue and lets
// a worker store them: every article once, the broken one reported.
func TestIngestQueueAndWorker(t *testing.T) {
	ns, err := server.NewServer(&server.Options{Host: "127.0.0.1", Port: -1, JetStream: true, StoreDir: t.TempDir(), NoLog: true, NoSigs: true})
	if err != nil {
		t.Fatal(err)
	}
	go ns.Start()
	defer ns.Shutdown()
	if !ns.ReadyForConnections(10 * time.Second) {
		t.Fatal("nats not ready")
	}
	dir := t.TempDir()
	for i := range 5 {
		body := fmt.Sprintf("خبر رقم %d عن لقاء الوزير\n\nبيروت - التقى وزير الخارجية اللبناني نظيره الفرنسي في بيروت لبحث الأزمة رقم %d.", i, i)
		os.WriteFile(filepath.Join(dir, fmt.Sprintf("a%d.txt", i)), []byte(body), 0o644)
	}
	os.WriteFile(filepath.Join(dir, "empty.txt"), nil, 0o644)
	db := filepath.Join(t.TempDir(), "m.db")
	out, errs, code := runCmd(t, "", "ingest", "--queue", ns.ClientURL(), dir)
	// The empty file is queued too: its error comes from analysis, in the worker.
	if code != 0 || !strings.Contains(out, "6 articles queued") {
		t.Fatalf("ingest --queue: status %d\n%s\n%s", code, out, errs)
	}
	// Publishing again is deduplicated by the queue and the store.
	runCmd(t, "", "ingest", "--queue", ns.ClientURL(), dir)

	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan int)
	var werr bytes.Buffer
	go func() {
		e := &env{stdin: strings.NewReader(""), stdout: &bytes.Buffer{}, stderr: &werr, getenv: func(string) string { return "" }}
		done <- run(ctx, e, []string{"worker", "--queue", ns.ClientURL(), "--db", db})
	}()
	deadline := time.Now().Add(30 * time.Second)
	n := 0
	for time.Now().Before(deadline) {
		time.Sleep(200 * time.Millisecond)
		s, err := sqlite.Open(context.Background(), db)
		if err != nil {
			continue
		}
		res, err := s.Search(context.Background(), marsad.SearchQuery{Q: "الأزمة", Filter: marsad.Filter{Limit: 100}})
		s.Close()
		if err == nil {
			n = res.Total
		}
		if n >= 5 {
			break
		}
	}
	time.Sleep(500 * time.Millisecond) // let a duplicate, if any, arrive
	cancel()
	if code := <-done; code != 0 {
		t.Errorf("worker exit %d: %s", code, werr.String())
	}
	s, err := sqlite.Open(context.Background(), db)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	res, err := s.Search(context.Background(), marsad.SearchQuery{Q: "الأزمة", Filter: marsad.Filter{Limit: 100}})
	if err != nil || res.Total != 5 {
		t.Errorf("stored %d articles, want 5 (%v)\n%s", res.Total, err, werr.String())
	}
}
