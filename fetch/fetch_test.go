package fetch

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"
	"time"
)

func noSleep(ctx context.Context, d time.Duration) error { return ctx.Err() }

func TestGet(t *testing.T) {
	var flaky atomic.Int32
	mux := http.NewServeMux()
	mux.HandleFunc("/robots.txt", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, "User-agent: *\nDisallow: /private\nAllow: /private/ok\n")
	})
	mux.HandleFunc("/feed", func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("If-None-Match") == `"v1"` {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Header().Set("ETag", `"v1"`)
		fmt.Fprint(w, "<rss/>")
	})
	mux.HandleFunc("/flaky", func(w http.ResponseWriter, r *http.Request) {
		if flaky.Add(1) < 3 {
			w.Header().Set("Retry-After", "1")
			w.WriteHeader(http.StatusServiceUnavailable)
			return
		}
		fmt.Fprint(w, "ok")
	})
	mux.HandleFunc("/big", func(w http.ResponseWriter, r *http.Request) { fmt.Fprint(w, strings.Repeat("x", 2000)) })
	mux.HandleFunc("/gone", func(w http.ResponseWriter, r *http.Request) { http.Error(w, "no", http.StatusNotFound) })
	mux.HandleFunc("/private/ok", func(w http.ResponseWriter, r *http.Request) { fmt.Fprint(w, "fine") })
	srv := httptest.NewServer(mux)
	defer srv.Close()

	c := New(Options{MaxBytes: 1000, Retries: 3})
	c.sleep = noSleep
	ctx := context.Background()

	r, err := c.Get(ctx, srv.URL+"/feed", nil)
	if err != nil || string(r.Body) != "<rss/>" || r.Validators.ETag != `"v1"` {
		t.Fatalf("first GET: %+v %v", r, err)
	}
	r, err = c.Get(ctx, srv.URL+"/feed", &r.Validators)
	if err != nil || !r.NotModified || r.Validators.ETag != `"v1"` {
		t.Errorf("conditional GET: %+v %v", r, err)
	}
	if r, err := c.Get(ctx, srv.URL+"/flaky", nil); err != nil || string(r.Body) != "ok" {
		t.Errorf("retries: %v %v", r, err)
	}
	tests := []struct {
		name, path string
		want       error
		contains   string
	}{
		{"too large", "/big", ErrTooLarge, "/big"},
		{"robots", "/private/x", ErrDisallowed, "/private/x"},
		{"not found", "/gone", nil, "HTTP 404"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := c.Get(ctx, srv.URL+tt.path, nil)
			if err == nil || tt.want != nil && !errors.Is(err, tt.want) || !strings.Contains(err.Error(), tt.contains) {
				t.Errorf("err = %v", err)
			}
		})
	}
	if _, err := c.Get(ctx, srv.URL+"/private/ok", nil); err != nil {
		t.Errorf("Allow rule ignored: %v", err)
	}
	if _, err := c.Get(ctx, "ftp://example.com/x", nil); err == nil {
		t.Error("non-http URL accepted")
	}
}

func TestSlowServerTimesOut(t *testing.T) {
	block := make(chan struct{})
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-block:
		case <-r.Context().Done():
		}
	}))
	defer srv.Close()
	defer close(block)
	c := New(Options{Timeout: 50 * time.Millisecond, Retries: -1, IgnoreRobots: true})
	if _, err := c.Get(context.Background(), srv.URL, nil); err == nil {
		t.Error("no timeout error from a server that never answers")
	}
}

func TestParseRobots(t *testing.T) {
	txt := "User-agent: badbot\nDisallow: /\n\nUser-agent: marsad\nUser-agent: other\nDisallow: /a\n\nUser-agent: *\nDisallow: /b\n"
	tests := []struct {
		agent, path string
		want        bool
	}{
		{"marsad/1", "/a/x", false},
		{"marsad/1", "/b/x", true},
		{"someone", "/b/x", false},
		{"someone", "/a/x", true},
		{"badbot", "/", false},
	}
	for _, tt := range tests {
		if got := parseRobots(strings.NewReader(txt), tt.agent).allows(tt.path); got != tt.want {
			t.Errorf("%s %s: allowed = %v, want %v", tt.agent, tt.path, got, tt.want)
		}
	}
}
