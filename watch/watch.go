package watch

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/url"
	"strings"
	"sync"
	"time"

	"github.com/marsad/marsad"
	"github.com/marsad/marsad/fetch"
	"github.com/marsad/marsad/input"
	"github.com/marsad/marsad/pipeline"
)

// Defaults for the zero fields of Options.
const (
	DefaultInterval   = 5 * time.Minute
	DefaultParallel   = 4
	DefaultMaxBackoff = time.Hour
)

// Analyzer turns an article into a document; *pipeline.Pipeline is one.
type Analyzer interface {
	Analyze(a *marsad.Article) (*marsad.Document, error)
}

// Store is the part of marsad.Store a Watcher uses. PutDocument must be
// idempotent by document ID. A store that also has
// PutDocuments(ctx, docs) (stored int, err error), as the SQLite and
// PostgreSQL stores do, gets each feed's new documents in one transaction.
type Store interface {
	PutDocument(ctx context.Context, d *marsad.Document) (created bool, err error)
}

// batchStore is a Store that commits many documents in one transaction.
type batchStore interface {
	PutDocuments(ctx context.Context, docs []*marsad.Document) (int, error)
}

// Options configure a Watcher. Feeds, Analyzer and Store are required;
// zero values of the other fields take the defaults.
type Options struct {
	Feeds    []string      // feed URLs, http or https
	Interval time.Duration // between the starts of two rounds of Run (DefaultInterval)
	Client   *fetch.Client // for feeds and pages; nil means fetch.New with its defaults
	Analyzer Analyzer
	Store    Store
	// FullText fetches the page of each new item's link and analyses its
	// main text instead of the feed's summary (which is kept when the
	// page cannot be fetched or read).
	FullText bool
	// Parallel is how many feeds are polled at once (DefaultParallel).
	Parallel int
	// MaxBackoff bounds how long a feed that keeps failing is left alone
	// (DefaultMaxBackoff, and never less than one Interval).
	MaxBackoff time.Duration
	// Log receives one line per feed problem and per round; nil means
	// slog.Default().
	Log *slog.Logger
}

// Counts are what polling did with the items of one or more feeds.
type Counts struct {
	Items    int // items in the feed when it was fetched (not on 304)
	New      int // items not handled in an earlier round
	Stored   int // documents stored
	Existing int // documents the store already had (same text under another link)
	Skipped  int // items skipped because their text is not mostly Arabic
	Failed   int // items that could not be read or analysed, each logged
}

func (c *Counts) add(o Counts) {
	c.Items += o.Items
	c.New += o.New
	c.Stored += o.Stored
	c.Existing += o.Existing
	c.Skipped += o.Skipped
	c.Failed += o.Failed
}

// FeedResult is the outcome of one poll of one feed.
type FeedResult struct {
	URL         string
	NotModified bool  // the server answered 304: nothing to do
	Deferred    bool  // not polled this round: backing off after failures
	Err         error // the feed could not be polled (a *FeedError), else nil
	Counts
}

// Round is the outcome of one poll of every feed, in the order of
// Options.Feeds.
type Round struct {
	Feeds []FeedResult
}

// Counts sums the counts of every feed of the round.
func (r *Round) Counts() Counts {
	var c Counts
	for _, f := range r.Feeds {
		c.add(f.Counts)
	}
	return c
}

// Failed returns the results of the feeds that could not be polled.
func (r *Round) Failed() []FeedResult {
	var out []FeedResult
	for _, f := range r.Feeds {
		if f.Err != nil {
			out = append(out, f)
		}
	}
	return out
}

// FeedError is the failure of one feed in one round: down, timed out,
// refused, or not a readable feed.
type FeedError struct {
	URL string
	Err error
}

// Error names the feed and the problem.
func (e *FeedError) Error() string {
	msg := strings.TrimPrefix(e.Err.Error(), e.URL+": ")
	switch {
	case isTimeout(e.Err):
		msg = "timed out: " + msg
	case isUnreachable(e.Err):
		msg = "unreachable: " + msg
	}
	return "feed " + e.URL + ": " + msg
}

// Unwrap returns the underlying error.
func (e *FeedError) Unwrap() error { return e.Err }

// isUnreachable reports a server that could not be connected to
// (refused, no route, unknown host).
func isUnreachable(err error) bool {
	var oe *net.OpError
	if errors.As(err, &oe) && oe.Op == "dial" {
		return true
	}
	var de *net.DNSError
	return errors.As(err, &de)
}

// isTimeout reports a request that took too long.
func isTimeout(err error) bool {
	if errors.Is(err, context.DeadlineExceeded) {
		return true
	}
	var ne net.Error
	return errors.As(err, &ne) && ne.Timeout()
}

// Watcher polls a fixed list of feeds. Build it with New; its methods are
// safe for concurrent use, but rounds never overlap.
type Watcher struct {
	opts    Options
	client  *fetch.Client
	log     *slog.Logger
	feeds   []*feedState
	pollMu  sync.Mutex // one round at a time
	storeMu sync.Mutex // one commit at a time
}

// feedState is what the Watcher remembers about one feed between rounds;
// it is touched by one goroutine at a time (its poll in a round).
type feedState struct {
	url      string
	val      fetch.Validators // of the last fetch whose items were all handled
	seen     map[string]bool  // keys of handled items still in the feed
	failures int              // consecutive failed polls
	skip     int              // rounds still to skip (backoff)
}

// New checks o and returns a Watcher.
func New(o Options) (*Watcher, error) {
	if len(o.Feeds) == 0 {
		return nil, errors.New("watch: no feed URL")
	}
	if o.Analyzer == nil || o.Store == nil {
		return nil, errors.New("watch: Analyzer and Store are required")
	}
	if o.Interval <= 0 {
		o.Interval = DefaultInterval
	}
	if o.Parallel <= 0 {
		o.Parallel = DefaultParallel
	}
	if o.MaxBackoff <= 0 {
		o.MaxBackoff = DefaultMaxBackoff
	}
	w := &Watcher{opts: o, client: o.Client, log: o.Log}
	if w.client == nil {
		w.client = fetch.New(fetch.Options{})
	}
	if w.log == nil {
		w.log = slog.Default()
	}
	dup := map[string]bool{}
	for _, raw := range o.Feeds {
		u, err := url.Parse(raw)
		if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
			return nil, fmt.Errorf("watch: %q is not an http(s) feed URL", raw)
		}
		if dup[raw] {
			continue
		}
		dup[raw] = true
		w.feeds = append(w.feeds, &feedState{url: raw, seen: map[string]bool{}})
	}
	return w, nil
}

// Run polls every feed now and then every Interval until ctx is done, and
// then returns nil. A failing feed never stops it. Each round is logged.
func (w *Watcher) Run(ctx context.Context) error {
	tick := time.NewTicker(w.opts.Interval)
	defer tick.Stop()
	for {
		start := time.Now()
		r, _ := w.Poll(ctx)
		if ctx.Err() != nil {
			w.log.Info("watch stopped", "stored", r.Counts().Stored)
			return nil
		}
		c := r.Counts()
		w.log.Info("round done", "feeds", len(r.Feeds), "failed_feeds", len(r.Failed()),
			"new", c.New, "stored", c.Stored, "existing", c.Existing, "skipped", c.Skipped, "failed", c.Failed,
			"took", time.Since(start).Round(time.Millisecond))
		select {
		case <-ctx.Done():
			w.log.Info("watch stopped")
			return nil
		case <-tick.C:
		}
	}
}

// Poll polls every feed once (except those backing off after failures),
// Parallel at a time, and returns what happened to each. The error joins
// the FeedErrors of the feeds that failed, or is ctx's error when the
// round was cancelled; documents analysed before a cancellation are still
// committed.
func (w *Watcher) Poll(ctx context.Context) (*Round, error) {
	w.pollMu.Lock()
	defer w.pollMu.Unlock()
	r := &Round{Feeds: make([]FeedResult, len(w.feeds))}
	sem := make(chan struct{}, w.opts.Parallel)
	var wg sync.WaitGroup
	for i, f := range w.feeds {
		select {
		case sem <- struct{}{}:
		case <-ctx.Done():
		}
		if ctx.Err() != nil {
			for j := i; j < len(w.feeds); j++ {
				r.Feeds[j] = FeedResult{URL: w.feeds[j].url}
			}
			break
		}
		wg.Go(func() {
			defer func() { <-sem }()
			r.Feeds[i] = w.pollFeed(ctx, f)
		})
	}
	wg.Wait()
	if err := ctx.Err(); err != nil {
		return r, err
	}
	var errs []error
	for _, f := range r.Failed() {
		errs = append(errs, f.Err)
	}
	return r, errors.Join(errs...)
}

// pollFeed polls one feed: conditional GET, parse, analyse the new items,
// commit them in one batch.
func (w *Watcher) pollFeed(ctx context.Context, f *feedState) FeedResult {
	res := FeedResult{URL: f.url}
	if f.skip > 0 {
		f.skip--
		res.Deferred = true
		w.log.Debug("feed backing off", "feed", f.url, "failures", f.failures)
		return res
	}
	v := f.val
	resp, err := w.client.Get(ctx, f.url, &v)
	if err != nil {
		return w.fail(ctx, f, res, err)
	}
	if resp.NotModified {
		f.val = resp.Validators
		w.recovered(f)
		res.NotModified = true
		w.log.Debug("feed unchanged", "feed", f.url)
		return res
	}
	arts, itemErrs, err := input.FeedArticles(f.url, bytes.NewReader(resp.Body), input.Options{})
	if err != nil {
		return w.fail(ctx, f, res, err)
	}
	res.Items = len(arts) + len(itemErrs)
	for _, e := range itemErrs {
		w.log.Warn("feed item unreadable", "feed", f.url, "err", e)
		res.Failed++
	}

	// The items not handled yet, each once.
	present := make(map[string]bool, len(arts))
	var fresh []*marsad.Article
	var keys []string
	for _, a := range arts {
		k := itemKey(a)
		if present[k] {
			continue
		}
		present[k] = true
		if !f.seen[k] {
			fresh = append(fresh, a)
			keys = append(keys, k)
		}
	}
	res.New = len(fresh)

	// Analyse them; stop early (keeping what is done) when ctx is done.
	handled := map[string]bool{}
	var docs []*marsad.Document
	var docKeys []string
	for i, a := range fresh {
		if ctx.Err() != nil {
			break
		}
		if w.opts.FullText && a.URL != "" {
			if err := w.fullText(ctx, a); err != nil {
				if ctx.Err() != nil {
					break
				}
				w.log.Warn("page not fetched; keeping the feed's summary", "feed", f.url, "item", a.URL, "err", err)
			}
		}
		d, err := w.opts.Analyzer.Analyze(a)
		switch {
		case d == nil && errors.Is(err, pipeline.ErrNotArabic):
			res.Skipped++
			handled[keys[i]] = true
			w.log.Info("feed item skipped", "feed", f.url, "item", a.Source, "reason", err)
		case d == nil:
			res.Failed++
			handled[keys[i]] = true
			w.log.Warn("feed item not analysed", "feed", f.url, "item", a.Source, "err", err)
		default:
			if err != nil {
				w.log.Warn("feed item analysed with warnings", "feed", f.url, "item", a.Source, "err", err)
			}
			docs = append(docs, d)
			docKeys = append(docKeys, keys[i])
		}
	}

	// Commit even when ctx is done: what was analysed is not thrown away.
	if len(docs) > 0 {
		n, err := w.put(context.WithoutCancel(ctx), docs)
		if err != nil {
			// Nothing of this batch is marked handled and the validators
			// are kept, so the next round fetches and stores it again.
			return w.fail(ctx, f, res, fmt.Errorf("storing %d documents: %w", len(docs), err))
		}
		res.Stored += n
		res.Existing += len(docs) - n
		for _, k := range docKeys {
			handled[k] = true
		}
	}

	// Remember the handled items still in the feed; forget the rest so
	// the set stays as small as the feed.
	seen := make(map[string]bool, len(present))
	for k := range present {
		if f.seen[k] || handled[k] {
			seen[k] = true
		}
	}
	f.seen = seen
	if ctx.Err() != nil {
		// Cancelled midway: keep the old validators so that the next
		// fetch is a full one and the unhandled items are not lost.
		return res
	}
	f.val = resp.Validators
	w.recovered(f)
	if res.New > 0 || res.Failed > 0 {
		w.log.Info("feed polled", "feed", f.url, "items", res.Items, "new", res.New, "stored", res.Stored,
			"existing", res.Existing, "skipped", res.Skipped, "failed", res.Failed)
	}
	return res
}

// fail records a failed poll of f, logs it and sets the backoff. A poll
// cut short by ctx is not a failure of the feed.
func (w *Watcher) fail(ctx context.Context, f *feedState, res FeedResult, err error) FeedResult {
	if ctx.Err() != nil {
		return res
	}
	fe := &FeedError{URL: f.url, Err: err}
	res.Err = fe
	f.failures++
	f.skip = w.backoff(f.failures)
	w.log.Error("feed failed", "feed", f.url, "err", strings.TrimPrefix(fe.Error(), "feed "+f.url+": "),
		"failures", f.failures, "retry_in", time.Duration(f.skip+1)*w.opts.Interval)
	return res
}

// backoff returns how many rounds to skip after n consecutive failures:
// none after the first, then 1, 3, 7 ... up to MaxBackoff.
func (w *Watcher) backoff(n int) int {
	limit := max(int(w.opts.MaxBackoff/w.opts.Interval)-1, 0)
	skip := 0
	for i := 1; i < n && skip < limit; i++ {
		skip = 2*skip + 1
	}
	return min(skip, limit)
}

// recovered clears the failure count of f, logging a feed back up.
func (w *Watcher) recovered(f *feedState) {
	if f.failures > 0 {
		w.log.Info("feed recovered", "feed", f.url, "after_failures", f.failures)
	}
	f.failures, f.skip = 0, 0
}

// put commits docs, in one transaction where the store can.
func (w *Watcher) put(ctx context.Context, docs []*marsad.Document) (int, error) {
	w.storeMu.Lock()
	defer w.storeMu.Unlock()
	if b, ok := w.opts.Store.(batchStore); ok {
		return b.PutDocuments(ctx, docs)
	}
	n := 0
	for _, d := range docs {
		created, err := w.opts.Store.PutDocument(ctx, d)
		if err != nil {
			return n, err
		}
		if created {
			n++
		}
	}
	return n, nil
}

// fullText replaces the feed's text of a with the main text of its page,
// keeping the feed's metadata where the page has none.
func (w *Watcher) fullText(ctx context.Context, a *marsad.Article) error {
	return input.FullText(ctx, a, w.client, input.Options{})
}

// itemKey identifies a feed item across rounds: its link, or for items
// without one a hash of its title and text.
func itemKey(a *marsad.Article) string {
	if a.URL != "" {
		return a.URL
	}
	h := sha256.New()
	h.Write([]byte(a.Title))
	h.Write([]byte{0})
	h.Write(a.Body)
	return "sha256:" + hex.EncodeToString(h.Sum(nil)[:16])
}
