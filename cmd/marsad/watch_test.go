package main

import (
	"bytes"
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"
)

// watchFeed serves an RSS feed of two items (written for this test) on
// loopback, answering conditional GETs, and a garbage "feed" beside it.
func watchFeed(t *testing.T) (feed, garbage string) {
	t.Helper()
	var base string
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/feed.xml":
			w.Header().Set("ETag", `"1"`)
			if r.Header.Get("If-None-Match") == `"1"` {
				w.WriteHeader(http.StatusNotModified)
				return
			}
			w.Header().Set("Content-Type", "application/rss+xml; charset=utf-8")
			fmt.Fprintf(w, `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>نشرة الأخبار المحلية</title><link>%[1]s/</link>
<item><title>بلدية صيدا تفتتح حديقة عامة جديدة</title><link>%[1]s/news/1</link><pubDate>Mon, 20 Jan 2025 10:00:00 GMT</pubDate>
<description>صيدا - افتتح رئيس بلدية صيدا صباح الاثنين حديقة عامة جديدة على الواجهة البحرية للمدينة، وقال إن الحديقة ستفتح أبوابها مجانا أمام العائلات طوال أيام الأسبوع.</description></item>
<item><title>جامعة الخرطوم تستأنف الدراسة</title><link>%[1]s/news/2</link><pubDate>Tue, 21 Jan 2025 08:00:00 GMT</pubDate>
<description>الخرطوم - أعلنت إدارة جامعة الخرطوم يوم الثلاثاء استئناف الدراسة في كليات الطب والهندسة بعد توقف دام أشهرا، وأكد مدير الجامعة أن الامتحانات ستجري في مواعيدها الجديدة.</description></item>
</channel></rss>`, base)
		case "/broken.xml":
			fmt.Fprint(w, "<html><body>الصفحة غير موجودة")
		default:
			http.NotFound(w, r)
		}
	}))
	t.Cleanup(srv.Close)
	base = srv.URL
	return srv.URL + "/feed.xml", srv.URL + "/broken.xml"
}

// TestWatchOnce runs watch --once against loopback feeds, several times on
// one database: items are stored once, a broken feed is named and makes
// the exit status 1 while the good feed is still ingested.
func TestWatchOnce(t *testing.T) {
	feed, broken := watchFeed(t)
	db := filepath.Join(t.TempDir(), "watch.db")
	cases := []struct {
		name     string
		args     []string
		code     int
		stdout   []string
		stderr   []string
		noStderr []string
	}{
		{name: "first poll stores the items", args: []string{feed}, code: 0,
			stdout: []string{"1 feeds polled, 0 failed", "2 new items, 2 stored"}, noStderr: []string{"level=ERROR"}},
		{name: "second run stores nothing twice", args: []string{feed}, code: 0,
			stdout: []string{"0 stored, 2 already stored"}},
		{name: "broken feed beside the good one", args: []string{broken, feed}, code: 1,
			stdout: []string{"2 feeds polled, 1 failed", "0 stored, 2 already stored"},
			stderr: []string{"feed failed", broken, "not a readable RSS or Atom feed"}},
		{name: "not a URL", args: []string{"feeds.txt"}, code: 2, stderr: []string{"not an http(s) feed URL"}},
		{name: "no feed", args: nil, code: 2, stderr: []string{"give at least one FEED-URL"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			out, errs, code := runCmd(t, "", append([]string{"watch", "--once", "--db", db, "--timeout", "5s"}, tc.args...)...)
			if code != tc.code {
				t.Fatalf("exit %d, want %d\nstdout: %s\nstderr: %s", code, tc.code, out, errs)
			}
			for _, s := range tc.stdout {
				if !strings.Contains(out, s) {
					t.Errorf("stdout %q lacks %q", out, s)
				}
			}
			for _, s := range tc.stderr {
				if !strings.Contains(errs, s) {
					t.Errorf("stderr %q lacks %q", errs, s)
				}
			}
			for _, s := range tc.noStderr {
				if strings.Contains(errs, s) {
					t.Errorf("stderr %q has %q", errs, s)
				}
			}
		})
	}
}

// lockedBuffer is a bytes.Buffer safe for a running command and a test.
type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

// TestWatchStopsOnCancel runs watch without --once until its first round
// is done, then cancels it as SIGINT does: it exits 0.
func TestWatchStopsOnCancel(t *testing.T) {
	feed, _ := watchFeed(t)
	db := filepath.Join(t.TempDir(), "watch.db")
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var stderr lockedBuffer
	done := make(chan int, 1)
	go func() {
		e := &env{stdin: strings.NewReader(""), stdout: &bytes.Buffer{}, stderr: &stderr, getenv: func(string) string { return "" }}
		done <- run(ctx, e, []string{"watch", "--db", db, "--interval", "1h", feed})
	}()
	deadline := time.Now().Add(30 * time.Second)
	for !strings.Contains(stderr.String(), "round done") {
		if time.Now().After(deadline) {
			t.Fatalf("no round done in 30 s:\n%s", stderr.String())
		}
		time.Sleep(50 * time.Millisecond)
	}
	cancel()
	select {
	case code := <-done:
		if code != 0 {
			t.Errorf("exit %d after cancel:\n%s", code, stderr.String())
		}
	case <-time.After(10 * time.Second):
		t.Fatal("watch did not stop after cancel")
	}
	if s := stderr.String(); !strings.Contains(s, "stored=2") || !strings.Contains(s, "watch stopped") {
		t.Errorf("log lacks the round or the stop:\n%s", s)
	}
}
