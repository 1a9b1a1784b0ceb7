package watch_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"html"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/marsad/marsad"
	"github.com/marsad/marsad/fetch"
	"github.com/marsad/marsad/pipeline"
	"github.com/marsad/marsad/sqlite"
	"github.com/marsad/marsad/watch"
)

// item is one news item of a test feed. The texts are written for these
// tests.
type item struct {
	title, link, guid, date, body string
}

var (
	bookFair = item{
		title: "افتتاح معرض الكتاب في عمّان بمشاركة ثلاثمئة دار نشر",
		link:  "/news/book-fair", guid: "book-fair", date: "Tue, 14 Jan 2025 08:00:00 GMT",
		body: "عمّان - افتتح وزير الثقافة الأردني يوم الثلاثاء الدورة الجديدة من معرض الكتاب بمشاركة ثلاثمئة دار نشر من اثنتي عشرة دولة عربية. وقال الوزير إن المعرض سيستمر عشرة أيام وسيضم ندوات عن القراءة والترجمة.",
	}
	farmers = item{
		title: "الحكومة المغربية تعلن خطة لدعم المزارعين المتضررين من الجفاف",
		link:  "/news/farmers", guid: "farmers", date: "Wed, 15 Jan 2025 09:30:00 GMT",
		body: "الرباط - أعلنت الحكومة المغربية يوم الأربعاء خطة لدعم المزارعين المتضررين من الجفاف، تشمل قروضا ميسرة وتوزيع البذور مجانا في عدد من الأقاليم. وقال المتحدث باسم الحكومة إن الخطة ستنفذ على مرحلتين.",
	}
	// delegation has a guid but no link: it is recognised by its content.
	delegation = item{
		title: "وفد تونسي يزور الجزائر لبحث التعاون الاقتصادي",
		guid:  "urn:news:delegation", date: "Thu, 16 Jan 2025 11:00:00 GMT",
		body: "الجزائر - وصل وفد حكومي تونسي إلى العاصمة الجزائرية اليوم الخميس في زيارة تستمر يومين لبحث تعزيز التبادل التجاري بين البلدين وفتح معابر حدودية جديدة أمام الشاحنات.",
	}
	budget = item{
		title: "مجلس النواب العراقي يقر الموازنة العامة بعد جلسة طويلة",
		link:  "/atom/budget", guid: "urn:news:budget", date: "2025-01-12T19:00:00Z",
		body: "بغداد - صوّت مجلس النواب العراقي مساء الأحد على مشروع قانون الموازنة العامة بعد جلسة استمرت ساعات، وقال رئيس المجلس إن الإقرار سيسمح بصرف رواتب الموظفين في موعدها.",
	}
	rain = item{
		title: "أمطار غزيرة تغلق طرقا في شمال لبنان",
		link:  "/atom/rain", guid: "urn:news:rain", date: "2025-01-13T06:15:00Z",
		body: "طرابلس - أغلقت الأمطار الغزيرة التي هطلت الليلة الماضية عددا من الطرق في شمال لبنان، ودعا الدفاع المدني السائقين إلى الحذر وتجنب المناطق المنخفضة حتى تحسن الطقس.",
	}
	waterSummit = item{
		title: "الرياض تستضيف قمة دولية حول ندرة المياه",
		link:  "/news/water-summit", guid: "water-summit", date: "Fri, 17 Jan 2025 07:45:00 GMT",
		body: "الرياض - تستضيف المملكة العربية السعودية الأسبوع المقبل قمة دولية حول ندرة المياه يشارك فيها وزراء من أكثر من عشرين دولة، بحسب بيان رسمي صدر اليوم الجمعة.",
	}
)

// rss renders items as an RSS 2.0 feed whose links are on base.
func rss(base string, items ...item) string {
	var b strings.Builder
	b.WriteString(`<?xml version="1.0" encoding="UTF-8"?>` + "\n<rss version=\"2.0\"><channel><title>وكالة الأنباء التجريبية</title><link>" + base + "/</link><description>آخر الأخبار</description>\n")
	for _, it := range items {
		b.WriteString("<item><title>" + html.EscapeString(it.title) + "</title>")
		if it.link != "" {
			b.WriteString("<link>" + base + it.link + "</link>")
		}
		b.WriteString(`<guid isPermaLink="false">` + it.guid + "</guid><pubDate>" + it.date + "</pubDate>")
		b.WriteString("<description>" + html.EscapeString("<p>"+it.body+"</p>") + "</description></item>\n")
	}
	b.WriteString("</channel></rss>\n")
	return b.String()
}

// atom renders items as an Atom feed whose links are on base.
func atom(base string, items ...item) string {
	var b strings.Builder
	b.WriteString(`<?xml version="1.0" encoding="utf-8"?>` + "\n" + `<feed xmlns="http://www.w3.org/2005/Atom"><title>صحيفة المساء التجريبية</title><id>urn:feed:test</id><updated>2025-01-13T07:00:00Z</updated>` + "\n")
	for _, it := range items {
		b.WriteString("<entry><title>" + html.EscapeString(it.title) + `</title><link rel="alternate" href="` + base + it.link + `"/>`)
		b.WriteString("<id>" + it.guid + "</id><updated>" + it.date + "</updated>")
		b.WriteString(`<summary type="text">` + html.EscapeString(it.body) + "</summary></entry>\n")
	}
	b.WriteString("</feed>\n")
	return b.String()
}

// xmlBomb is a feed declaring nested entities ("billion laughs"); Go's
// decoder never expands them.
const xmlBomb = `<?xml version="1.0"?>
<!DOCTYPE rss [
<!ENTITY a "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa">
<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">
<!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">
<!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;">
<!ENTITY f "&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;">
]>
<rss version="2.0"><channel><title>&f;</title>
<item><title>&f;</title><link>http://127.0.0.1/bomb</link><description>&f;&f;&f;&f;</description></item>
</channel></rss>`

// feedServer is a loopback feed whose content can change between polls.
// It answers conditional GETs unless ignoreValidators is set, and records
// the validators each request carried.
type feedServer struct {
	URL              string
	ignoreValidators bool

	mu       sync.Mutex
	body     string
	etag     string
	modified time.Time
	version  int
	requests []http.Header
}

func newFeedServer(t *testing.T, contentType string, render func(base string) string) *feedServer {
	t.Helper()
	fs := &feedServer{}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/robots.txt" {
			http.NotFound(w, r)
			return
		}
		fs.mu.Lock()
		defer fs.mu.Unlock()
		fs.requests = append(fs.requests, r.Header.Clone())
		w.Header().Set("ETag", fs.etag)
		w.Header().Set("Last-Modified", fs.modified.Format(http.TimeFormat))
		if !fs.ignoreValidators && r.Header.Get("If-None-Match") == fs.etag {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Header().Set("Content-Type", contentType)
		fmt.Fprint(w, fs.body)
	}))
	t.Cleanup(srv.Close)
	fs.URL = srv.URL + "/feed"
	fs.set(render(srv.URL))
	return fs
}

// set replaces the feed's content and its validators.
func (fs *feedServer) set(body string) {
	fs.mu.Lock()
	defer fs.mu.Unlock()
	fs.version++
	fs.body = body
	fs.etag = fmt.Sprintf(`"v%d"`, fs.version)
	fs.modified = time.Date(2025, 1, 10+fs.version, 12, 0, 0, 0, time.UTC)
}

// last returns the headers of the latest request and the request count.
func (fs *feedServer) last() (http.Header, int) {
	fs.mu.Lock()
	defer fs.mu.Unlock()
	if len(fs.requests) == 0 {
		return nil, 0
	}
	return fs.requests[len(fs.requests)-1], len(fs.requests)
}

// serve starts a loopback server with h (robots.txt is not found) and
// returns the URL of its feed.
func serve(t *testing.T, h http.HandlerFunc) string {
	t.Helper()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/robots.txt" {
			http.NotFound(w, r)
			return
		}
		h(w, r)
	}))
	t.Cleanup(srv.Close)
	return srv.URL + "/feed"
}

// hangingFeed returns the URL of a feed that never answers (until the
// test ends).
func hangingFeed(t *testing.T) string {
	release := make(chan struct{})
	u := serve(t, func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-r.Context().Done():
		case <-release:
		}
	})
	t.Cleanup(func() { close(release) }) // runs before the server closes
	return u
}

// downFeed returns the URL of a port nothing listens on.
func downFeed(t *testing.T) string {
	srv := httptest.NewServer(http.NotFoundHandler())
	u := srv.URL + "/feed"
	srv.Close()
	return u
}

var defaultPipeline = sync.OnceValues(pipeline.Default)

// countingAnalyzer is the real pipeline, counting its calls; after is
// called after each analysis when set.
type countingAnalyzer struct {
	calls atomic.Int32
	after func(n int32)
}

func (a *countingAnalyzer) Analyze(art *marsad.Article) (*marsad.Document, error) {
	p, err := defaultPipeline()
	if err != nil {
		return nil, err
	}
	d, err := p.Analyze(art)
	n := a.calls.Add(1)
	if a.after != nil {
		a.after(n)
	}
	return d, err
}

// recordingStore is a temp-dir SQLite store that remembers every batch
// committed.
type recordingStore struct {
	*sqlite.DB
	mu      sync.Mutex
	batches [][]*marsad.Document
}

func (s *recordingStore) PutDocuments(ctx context.Context, docs []*marsad.Document) (int, error) {
	n, err := s.DB.PutDocuments(ctx, docs)
	if err == nil {
		s.mu.Lock()
		s.batches = append(s.batches, slices.Clone(docs))
		s.mu.Unlock()
	}
	return n, err
}

// titles returns the titles of every committed document, sorted.
func (s *recordingStore) titles() []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	var out []string
	for _, b := range s.batches {
		for _, d := range b {
			out = append(out, d.Title)
		}
	}
	slices.Sort(out)
	return out
}

func newStore(t *testing.T) *recordingStore {
	t.Helper()
	db, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "watch.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return &recordingStore{DB: db}
}

// setup returns a Watcher over feeds with a short timeout and no retries,
// and the buffer its log goes to.
func setup(t *testing.T, store watch.Store, an watch.Analyzer, feeds ...string) (*watch.Watcher, *syncBuffer) {
	t.Helper()
	if an == nil {
		an = &countingAnalyzer{}
	}
	logs := &syncBuffer{}
	w, err := watch.New(watch.Options{
		Feeds:    feeds,
		Interval: time.Minute,
		Client:   fetch.New(fetch.Options{Timeout: 400 * time.Millisecond, Retries: -1}),
		Analyzer: an,
		Store:    store,
		Log:      slog.New(slog.NewTextHandler(logs, nil)),
	})
	if err != nil {
		t.Fatal(err)
	}
	return w, logs
}

type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

func sorted(s ...string) []string {
	s = slices.Clone(s)
	slices.Sort(s)
	return s
}

// TestPoll polls good feeds alone and beside broken ones: every good item
// is stored once, and each broken feed gives an error naming its URL and
// the problem, in the returned error and in the log.
func TestPoll(t *testing.T) {
	rssTitles := sorted(bookFair.title, farmers.title, delegation.title)
	cases := []struct {
		name   string
		broken func(t *testing.T) string // a failing feed beside the good ones, or nil
		atom   bool                      // the good feed is Atom, not RSS
		want   []string                  // titles stored
		errs   []string                  // in the error, beside the broken feed's URL
	}{
		{name: "rss", want: rssTitles},
		{name: "atom", atom: true, want: sorted(budget.title, rain.title)},
		{name: "server error", want: rssTitles, errs: []string{"HTTP 500"},
			broken: func(t *testing.T) string {
				return serve(t, func(w http.ResponseWriter, r *http.Request) {
					http.Error(w, "خطأ داخلي", http.StatusInternalServerError)
				})
			}},
		{name: "connection refused", want: rssTitles, errs: []string{"unreachable", "refused"}, broken: downFeed},
		{name: "garbage", want: rssTitles, errs: []string{"not a readable RSS or Atom feed"},
			broken: func(t *testing.T) string {
				return serve(t, func(w http.ResponseWriter, r *http.Request) {
					w.Header().Set("Content-Type", "application/rss+xml")
					fmt.Fprint(w, "\x00\x01 هذا ليس ملف تغذية <<< {not: xml")
				})
			}},
		{name: "truncated xml", want: rssTitles, errs: []string{"not a readable RSS or Atom feed"},
			broken: func(t *testing.T) string {
				return serve(t, func(w http.ResponseWriter, r *http.Request) {
					fmt.Fprint(w, rss("http://127.0.0.1", bookFair)[:300])
				})
			}},
		{name: "hangs past the timeout", want: rssTitles, errs: []string{"timed out"}, broken: hangingFeed},
		// The bomb's entities stay unexpanded: no error, nothing stored
		// from it (its text is not Arabic), and the round ends promptly.
		{name: "xml bomb", want: rssTitles,
			broken: func(t *testing.T) string {
				return serve(t, func(w http.ResponseWriter, r *http.Request) { fmt.Fprint(w, xmlBomb) })
			}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			good := newFeedServer(t, "application/rss+xml", func(base string) string {
				return rss(base, bookFair, farmers, delegation)
			})
			if tc.atom {
				good = newFeedServer(t, "application/atom+xml", func(base string) string { return atom(base, budget, rain) })
			}
			feeds := []string{good.URL}
			var broken string
			if tc.broken != nil {
				broken = tc.broken(t)
				feeds = []string{broken, good.URL} // the broken one first
			}
			store := newStore(t)
			w, logs := setup(t, store, nil, feeds...)
			start := time.Now()
			r, err := w.Poll(context.Background())
			if d := time.Since(start); d > 10*time.Second {
				t.Errorf("round took %s", d)
			}
			if got := store.titles(); !slices.Equal(got, tc.want) {
				t.Errorf("stored %q, want %q", got, tc.want)
			}
			if c := r.Counts(); c.Stored != len(tc.want) {
				t.Errorf("counts %+v, want %d stored", c, len(tc.want))
			}
			if len(tc.errs) == 0 {
				if err != nil {
					t.Fatalf("unexpected error: %v", err)
				}
				return
			}
			if err == nil {
				t.Fatal("no error for the broken feed")
			}
			var fe *watch.FeedError
			if !errors.As(err, &fe) || fe.URL != broken {
				t.Errorf("error %v is not a FeedError for %s", err, broken)
			}
			for _, where := range []string{err.Error(), logs.String()} {
				if !strings.Contains(where, broken) {
					t.Errorf("%q does not name the feed %s", where, broken)
				}
				for _, want := range tc.errs {
					if !strings.Contains(where, want) {
						t.Errorf("%q does not say %q", where, want)
					}
				}
			}
			if f := r.Failed(); len(f) != 1 || f[0].URL != broken {
				t.Errorf("failed feeds %+v, want only %s", f, broken)
			}
		})
	}
}

// TestSecondPoll polls an unchanged feed again: the validators of the
// first answer are sent back, and nothing is analysed or stored twice,
// whether the server answers 304 or sends the same feed again.
func TestSecondPoll(t *testing.T) {
	cases := []struct {
		name             string
		ignoreValidators bool
	}{
		{name: "server answers 304"},
		{name: "server sends the feed again", ignoreValidators: true},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			feed := newFeedServer(t, "application/rss+xml", func(base string) string {
				return rss(base, bookFair, farmers, delegation)
			})
			feed.ignoreValidators = tc.ignoreValidators
			store := newStore(t)
			an := &countingAnalyzer{}
			w, _ := setup(t, store, an, feed.URL)
			ctx := context.Background()
			if _, err := w.Poll(ctx); err != nil {
				t.Fatal(err)
			}
			first, _ := feed.last()
			if first.Get("If-None-Match") != "" {
				t.Errorf("first poll sent If-None-Match %q", first.Get("If-None-Match"))
			}
			r, err := w.Poll(ctx)
			if err != nil {
				t.Fatal(err)
			}
			h, n := feed.last()
			if n != 2 {
				t.Fatalf("%d requests, want 2", n)
			}
			if h.Get("If-None-Match") != `"v1"` || h.Get("If-Modified-Since") != "Sat, 11 Jan 2025 12:00:00 GMT" {
				t.Errorf("second poll sent If-None-Match %q, If-Modified-Since %q", h.Get("If-None-Match"), h.Get("If-Modified-Since"))
			}
			if got := r.Feeds[0].NotModified; got != !tc.ignoreValidators {
				t.Errorf("NotModified = %v", got)
			}
			if c := r.Counts(); c.New != 0 || c.Stored != 0 {
				t.Errorf("second poll counts %+v, want nothing new", c)
			}
			if got := an.calls.Load(); got != 3 {
				t.Errorf("%d analyses, want 3 (one per item)", got)
			}
			if len(store.batches) != 1 || len(store.titles()) != 3 {
				t.Errorf("%d batches, titles %q; want one batch of 3", len(store.batches), store.titles())
			}
		})
	}
}

// TestNewItem adds an item to a feed between two polls: the next poll
// picks up that item alone.
func TestNewItem(t *testing.T) {
	cases := []struct {
		name   string
		render func(base string, items ...item) string
		before []item
		added  item
	}{
		{name: "rss", render: rss, before: []item{bookFair, farmers}, added: waterSummit},
		{name: "rss item without link", render: rss, before: []item{bookFair}, added: delegation},
		{name: "atom", render: atom, before: []item{budget}, added: rain},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			var base string
			feed := newFeedServer(t, "application/xml", func(b string) string { base = b; return tc.render(b, tc.before...) })
			store := newStore(t)
			an := &countingAnalyzer{}
			w, _ := setup(t, store, an, feed.URL)
			ctx := context.Background()
			if _, err := w.Poll(ctx); err != nil {
				t.Fatal(err)
			}
			feed.set(tc.render(base, append([]item{tc.added}, tc.before...)...)) // newest first
			r, err := w.Poll(ctx)
			if err != nil {
				t.Fatal(err)
			}
			if c := r.Counts(); c.New != 1 || c.Stored != 1 || c.Items != len(tc.before)+1 {
				t.Errorf("counts %+v, want 1 new of %d, 1 stored", c, len(tc.before)+1)
			}
			if got := int(an.calls.Load()); got != len(tc.before)+1 {
				t.Errorf("%d analyses, want %d", got, len(tc.before)+1)
			}
			last := store.batches[len(store.batches)-1]
			if len(last) != 1 || last[0].Title != tc.added.title {
				t.Errorf("last batch %d documents, want only %q", len(last), tc.added.title)
			}
		})
	}
}

// TestBackoff polls a feed that keeps failing: it is retried in the next
// round, then skipped for 1, 3 ... rounds, and polled every round again
// once it is back.
func TestBackoff(t *testing.T) {
	var fail atomic.Bool
	fail.Store(true)
	var hits atomic.Int32
	var base string
	u := serve(t, func(w http.ResponseWriter, r *http.Request) {
		hits.Add(1)
		if fail.Load() {
			w.WriteHeader(http.StatusServiceUnavailable)
			return
		}
		fmt.Fprint(w, rss(base, farmers))
	})
	base = strings.TrimSuffix(u, "/feed")
	store := newStore(t)
	w, logs := setup(t, store, nil, u)
	ctx := context.Background()
	var polled []bool
	for range 8 {
		r, _ := w.Poll(ctx)
		polled = append(polled, !r.Feeds[0].Deferred)
	}
	// failures 1, 2 (skip 1), 3 (skip 3), 4 ...
	want := []bool{true, true, false, true, false, false, false, true}
	if !slices.Equal(polled, want) {
		t.Errorf("polled %v, want %v", polled, want)
	}
	if int(hits.Load()) != 4 {
		t.Errorf("%d requests, want 4", hits.Load())
	}
	fail.Store(false)
	for i := range 7 { // the backoff after 4 failures is 7 rounds
		if r, _ := w.Poll(ctx); !r.Feeds[0].Deferred {
			t.Fatalf("round %d after the 4th failure polled the feed", i+1)
		}
	}
	for i := range 2 { // back, and then polled every round
		r, err := w.Poll(ctx)
		if err != nil || r.Feeds[0].Deferred {
			t.Fatalf("round %d after recovery: deferred %v, err %v", i+1, r.Feeds[0].Deferred, err)
		}
	}
	if got := store.titles(); !slices.Equal(got, []string{farmers.title}) {
		t.Errorf("stored %q after recovery", got)
	}
	if !strings.Contains(logs.String(), "feed recovered") {
		t.Error("recovery not logged")
	}
}

// TestCancelKeepsBatch cancels a round while items are being analysed:
// what was analysed is committed, and the next round stores the rest.
func TestCancelKeepsBatch(t *testing.T) {
	feed := newFeedServer(t, "application/rss+xml", func(base string) string {
		return rss(base, bookFair, farmers, delegation)
	})
	store := newStore(t)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	an := &countingAnalyzer{after: func(n int32) {
		if n == 1 {
			cancel()
		}
	}}
	w, _ := setup(t, store, an, feed.URL)
	r, err := w.Poll(ctx)
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("err %v, want context.Canceled", err)
	}
	if got := store.titles(); !slices.Equal(got, []string{bookFair.title}) {
		t.Fatalf("stored %q before the cancellation took effect, want the first item", got)
	}
	if r.Feeds[0].Err != nil {
		t.Errorf("a cancelled poll is not a feed failure: %v", r.Feeds[0].Err)
	}
	r, err = w.Poll(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if r.Feeds[0].NotModified || r.Counts().Stored != 2 {
		t.Errorf("next round: %+v, want the 2 remaining items stored", r.Feeds[0])
	}
	if got := store.titles(); !slices.Equal(got, sorted(bookFair.title, farmers.title, delegation.title)) {
		t.Errorf("stored %q", got)
	}
}

// TestFullText fetches the page of each new item when FullText is set,
// and keeps the feed's summary for a page that cannot be fetched.
func TestFullText(t *testing.T) {
	const extra = "وأضاف الوزير في مؤتمر صحفي عقده في ختام الجولة أن الدورة المقبلة ستخصص جناحا كاملا لكتب الأطفال والناشئة."
	page := "<!doctype html><html lang=\"ar\" dir=\"rtl\"><head><meta charset=\"utf-8\"><title>" + bookFair.title + "</title></head><body>" +
		"<nav><a href=\"/\">الرئيسية</a> | <a href=\"/sport\">رياضة</a></nav><article><h1>" + bookFair.title + "</h1>" +
		"<p>" + bookFair.body + "</p><p>" + extra + "</p>" +
		"<p>وتشهد الدورة الحالية مشاركة واسعة من دور النشر العربية والأجنبية، إلى جانب برنامج ثقافي يومي يتضمن أمسيات شعرية ولقاءات مع كتّاب من الأردن وفلسطين ومصر.</p>" +
		"</article><footer>جميع الحقوق محفوظة</footer></body></html>"
	var base string
	u := serve(t, func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/feed":
			fmt.Fprint(w, rss(base, bookFair, farmers))
		case bookFair.link:
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			fmt.Fprint(w, page)
		default:
			http.NotFound(w, r)
		}
	})
	base = strings.TrimSuffix(u, "/feed")
	store := newStore(t)
	logs := &syncBuffer{}
	w, err := watch.New(watch.Options{
		Feeds: []string{u}, FullText: true,
		Client:   fetch.New(fetch.Options{Timeout: time.Second, Retries: -1}),
		Analyzer: &countingAnalyzer{}, Store: store,
		Log: slog.New(slog.NewTextHandler(logs, nil)),
	})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := w.Poll(context.Background()); err != nil {
		t.Fatal(err)
	}
	texts := map[string]string{}
	for _, b := range store.batches {
		for _, d := range b {
			texts[d.Title] = d.Text
		}
	}
	if !strings.Contains(texts[bookFair.title], "جناحا كاملا لكتب الأطفال") {
		t.Errorf("page text not used: %q", texts[bookFair.title])
	}
	if !strings.Contains(texts[farmers.title], "توزيع البذور") {
		t.Errorf("summary not kept for the missing page: %q", texts[farmers.title])
	}
	if !strings.Contains(logs.String(), base+farmers.link) {
		t.Errorf("the page that failed is not named in the log:\n%s", logs)
	}
}

// TestNew refuses options it cannot work with.
func TestNew(t *testing.T) {
	store := newStore(t)
	cases := []struct {
		name string
		o    watch.Options
	}{
		{"no feeds", watch.Options{Analyzer: &countingAnalyzer{}, Store: store}},
		{"not http", watch.Options{Feeds: []string{"ftp://example.org/feed"}, Analyzer: &countingAnalyzer{}, Store: store}},
		{"relative", watch.Options{Feeds: []string{"/feed.xml"}, Analyzer: &countingAnalyzer{}, Store: store}},
		{"no analyzer", watch.Options{Feeds: []string{"http://127.0.0.1/feed"}, Store: store}},
		{"no store", watch.Options{Feeds: []string{"http://127.0.0.1/feed"}, Analyzer: &countingAnalyzer{}}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if _, err := watch.New(tc.o); err == nil {
				t.Error("no error")
			}
		})
	}
}
