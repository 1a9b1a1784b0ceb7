package http_test

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/marsad/marsad"
	mhttp "github.com/marsad/marsad/http"
	"github.com/marsad/marsad/pipeline"
	"github.com/marsad/marsad/sqlite"
)

// Fixtures written for these tests.
var fixtures = []mhttp.ArticleInput{
	{Title: "غارات جوية على مواقع داعش قرب الموصل", Outlet: "صحيفة أ", Published: "2024-03-03",
		Text: "بغداد - شنت الطائرات الأمريكية الضربات الجوية على مواقع تنظيم داعش قرب الموصل يوم الأحد.\nوقال رئيس الوزراء العراقي إن الغارات ستستمر حتى تحرير المدينة."},
	{Title: "موسكو ترفض العقوبات الأمريكية", Outlet: "صحيفة ب", Published: "2024-03-05",
		Text: "موسكو - رفضت روسيا العقوبات التي فرضتها الولايات المتحدة على شركات الطاقة.\nوقال وزير الخارجية الروسي سيرغي لافروف: «هذه العقوبات غير قانونية ولن تغير سياستنا».\nوانتقد لافروف واشنطن بشدة."},
	{Title: "احتجاجات في غزة على نقص الوقود", Outlet: "صحيفة أ", Published: "2024-03-06",
		Text: "غزة - تظاهر الآلاف في غزة احتجاجا على نقص الوقود والكهرباء.\nوقال منظمون إن المسيرة سلمية."},
}

type harness struct {
	t     *testing.T
	srv   *httptest.Server
	store marsad.Store
	token string
}

func newHarness(t *testing.T, token string) *harness {
	t.Helper()
	store, err := sqlite.Open(context.Background(), ":memory:")
	if err != nil {
		t.Fatal(err)
	}
	p, err := pipeline.Default()
	if err != nil {
		t.Fatal(err)
	}
	s, err := mhttp.NewServer(mhttp.Config{Store: store, Analyzer: p, Token: token, MaxBody: 64 << 10})
	if err != nil {
		t.Fatal(err)
	}
	h := &harness{t: t, srv: httptest.NewServer(s.Handler()), store: store, token: token}
	t.Cleanup(func() { h.srv.Close(); store.Close() })
	return h
}

// do sends a request and decodes a JSON answer into out (when not nil).
func (h *harness) do(method, path, ctype, body string, out any) int {
	h.t.Helper()
	req, err := http.NewRequest(method, h.srv.URL+path, strings.NewReader(body))
	if err != nil {
		h.t.Fatal(err)
	}
	if ctype != "" {
		req.Header.Set("Content-Type", ctype)
	}
	if h.token != "" {
		req.Header.Set("Authorization", "Bearer "+h.token)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		h.t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	if out != nil {
		if err := json.Unmarshal(b, out); err != nil {
			h.t.Fatalf("%s %s: answer is not JSON: %v\n%s", method, path, err, b)
		}
	}
	return resp.StatusCode
}

func (h *harness) ingest() []mhttp.IngestResult {
	h.t.Helper()
	body, _ := json.Marshal(fixtures)
	var out struct{ Articles []mhttp.IngestResult }
	if st := h.do("POST", "/api/articles", "application/json", string(body), &out); st != http.StatusCreated {
		h.t.Fatalf("ingest: status %d: %+v", st, out)
	}
	return out.Articles
}

type apiErr struct {
	Error struct{ Code, Message string }
}

func TestIngestAndRead(t *testing.T) {
	h := newHarness(t, "s3cret")
	res := h.ingest()
	if len(res) != len(fixtures) {
		t.Fatalf("%d results for %d articles", len(res), len(fixtures))
	}
	for _, r := range res {
		if !r.Created || r.ID == "" || r.Error != "" {
			t.Errorf("not created: %+v", r)
		}
	}
	// The same articles again: stored once, answered 200.
	body, _ := json.Marshal(fixtures)
	var again struct{ Articles []mhttp.IngestResult }
	if st := h.do("POST", "/api/articles", "application/json", string(body), &again); st != http.StatusOK {
		t.Errorf("second ingest: status %d, want 200", st)
	}
	for _, r := range again.Articles {
		if r.Created {
			t.Errorf("stored twice: %+v", r)
		}
	}
	var d marsad.Document
	if st := h.do("GET", "/api/articles/"+res[1].ID, "", "", &d); st != 200 {
		t.Fatalf("get article: %d", st)
	}
	if d.Title != fixtures[1].Title || len(d.Entities) == 0 || len(d.Quotes) == 0 {
		t.Errorf("stored document incomplete: title %q, %d entities, %d quotes", d.Title, len(d.Entities), len(d.Quotes))
	}
	var e apiErr
	if st := h.do("GET", "/api/articles/nope", "", "", &e); st != 404 || e.Error.Code != marsad.ENOTFOUND {
		t.Errorf("missing article: %d %+v", st, e)
	}
}

func TestWritesNeedTheToken(t *testing.T) {
	h := newHarness(t, "s3cret")
	for _, tc := range []struct{ name, auth string }{{"none", ""}, {"wrong", "Bearer nope"}, {"scheme", "Basic s3cret"}} {
		t.Run(tc.name, func(t *testing.T) {
			req, _ := http.NewRequest("POST", h.srv.URL+"/api/articles", strings.NewReader(`{"text":"نص"}`))
			if tc.auth != "" {
				req.Header.Set("Authorization", tc.auth)
			}
			resp, err := http.DefaultClient.Do(req)
			if err != nil {
				t.Fatal(err)
			}
			resp.Body.Close()
			if resp.StatusCode != http.StatusUnauthorized {
				t.Errorf("status %d, want 401", resp.StatusCode)
			}
		})
	}
	// Reads stay open.
	resp, err := http.Get(h.srv.URL + "/api/actors")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != 200 {
		t.Errorf("read without token: %d", resp.StatusCode)
	}
}

func TestSearch(t *testing.T) {
	h := newHarness(t, "")
	h.ingest()
	var res marsad.SearchResult
	if st := h.do("GET", "/api/search?q="+url.QueryEscape("ضربات جوية"), "", "", &res); st != 200 {
		t.Fatalf("search: %d", st)
	}
	if res.Total != 1 || len(res.Hits) != 1 || !strings.Contains(res.Hits[0].Snippet, "<mark>") {
		t.Fatalf("ضربات جوية should find الضربات الجوية once, highlighted: %+v", res)
	}
	if len(res.Facets["outlet"]) == 0 {
		t.Errorf("no outlet facet: %+v", res.Facets)
	}
	res = marsad.SearchResult{}
	h.do("GET", "/api/search?q="+url.QueryEscape("غزة")+"&outlet="+url.QueryEscape("صحيفة ب"), "", "", &res)
	if res.Total != 0 {
		t.Errorf("outlet filter ignored: %+v", res)
	}
}

func TestBadRequests(t *testing.T) {
	h := newHarness(t, "")
	for _, tc := range []struct {
		name, method, path, ctype, body string
		status                          int
		code                            string
	}{
		{"empty query", "GET", "/api/search?q=", "", "", 400, marsad.EINVALID},
		{"long query", "GET", "/api/search?q=" + strings.Repeat("ب", 600), "", "", 413, marsad.ETOOLARGE},
		{"page too big", "GET", "/api/events?limit=501", "", "", 400, marsad.EINVALID},
		{"bad date", "GET", "/api/events?from=2024-13-01", "", "", 400, marsad.EINVALID},
		{"bad code", "GET", "/api/events?source=" + url.QueryEscape("USA' OR 1=1"), "", "", 400, marsad.EINVALID},
		{"bad root", "GET", "/api/events?root=999", "", "", 400, marsad.EINVALID},
		{"unknown endpoint", "GET", "/api/nothing", "", "", 404, marsad.ENOTFOUND},
		{"unknown actor", "GET", "/api/actors/ZZZGOV", "", "", 404, marsad.ENOTFOUND},
		{"not json", "POST", "/api/analyze", "application/json", "{oops", 400, marsad.EINVALID},
		{"empty text", "POST", "/api/analyze", "application/json", `{"text":"  "}`, 400, marsad.EINVALID},
		{"array to analyze", "POST", "/api/analyze", "application/json", `[{"text":"نص"}]`, 400, marsad.EINVALID},
		{"wrong type", "POST", "/api/analyze", "application/xml", `<a/>`, 400, marsad.EINVALID},
		{"bad published", "POST", "/api/articles", "application/json", `{"text":"نص عربي","published":"yesterday"}`, 400, marsad.EINVALID},
		{"too large", "POST", "/api/analyze", "text/plain", strings.Repeat("كلمة ", 20000), 413, marsad.ETOOLARGE},
		{"not arabic", "POST", "/api/analyze", "text/plain", "An English headline\nThis body is written in English only.", 400, marsad.EINVALID},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var e apiErr
			st := h.do(tc.method, tc.path, tc.ctype, tc.body, &e)
			if st != tc.status || e.Error.Code != tc.code || e.Error.Message == "" {
				t.Errorf("status %d %+v, want %d %s with a message", st, e, tc.status, tc.code)
			}
		})
	}
}

func TestAnalyzeStoresNothing(t *testing.T) {
	h := newHarness(t, "")
	var d marsad.Document
	text := fixtures[1].Title + "\n" + fixtures[1].Text
	if st := h.do("POST", "/api/analyze?tokens=true", "text/plain; charset=utf-8", text, &d); st != 200 {
		t.Fatalf("analyze: %d", st)
	}
	if d.Title != fixtures[1].Title || len(d.Tokens) == 0 || len(d.Entities) == 0 {
		t.Errorf("analysis incomplete: %q, %d tokens, %d entities", d.Title, len(d.Tokens), len(d.Entities))
	}
	var a struct{ Actors []marsad.ActorCount }
	h.do("GET", "/api/actors", "", "", &a)
	if len(a.Actors) != 0 {
		t.Errorf("analyze stored something: %+v", a.Actors)
	}
}

func TestListings(t *testing.T) {
	h := newHarness(t, "")
	h.ingest()
	var ev struct{ Events []marsad.EventRecord }
	if st := h.do("GET", "/api/events?source=RUS", "", "", &ev); st != 200 {
		t.Fatalf("events: %d", st)
	}
	if len(ev.Events) == 0 {
		t.Fatal("no event with a Russian source")
	}
	for _, e := range ev.Events {
		if e.Source == nil || e.Source.Actor == nil || !strings.HasPrefix(e.Source.Actor.Code, "RUS") {
			t.Errorf("source filter let through %+v", e.Source)
		}
	}
	var q struct{ Quotes []marsad.QuoteRecord }
	h.do("GET", "/api/quotes?speaker=RUS", "", "", &q)
	if len(q.Quotes) == 0 || !strings.Contains(q.Quotes[0].Text, "العقوبات") {
		t.Errorf("Lavrov's quote not found by speaker RUS: %+v", q.Quotes)
	}
	var g struct{ Edges []marsad.Edge }
	h.do("GET", "/api/graph", "", "", &g)
	var tl struct{ Days []marsad.DayCount }
	h.do("GET", "/api/timeline", "", "", &tl)
	if len(g.Edges) == 0 || len(tl.Days) == 0 {
		t.Errorf("graph %v, timeline %v", g.Edges, tl.Days)
	}
	var ad mhttp.ActorDetail
	if st := h.do("GET", "/api/actors/rusgov", "", "", &ad); st != 200 || ad.Actor.Code != "RUSGOV" || ad.Actor.Mentions == 0 || ad.Actor.Events == 0 || len(ad.Events) == 0 {
		t.Errorf("actor RUSGOV: %d %+v, %d events", st, ad.Actor, len(ad.Events))
	}
}

func TestOpenAPIDescribesEveryRoute(t *testing.T) {
	h := newHarness(t, "")
	var spec struct {
		OpenAPI string
		Paths   map[string]map[string]any
	}
	if st := h.do("GET", "/api/openapi.json", "", "", &spec); st != 200 || !strings.HasPrefix(spec.OpenAPI, "3.") {
		t.Fatalf("openapi: %d %q", st, spec.OpenAPI)
	}
	for _, route := range []string{"post /api/analyze", "post /api/articles", "get /api/articles/{id}", "get /api/search",
		"get /api/actors", "get /api/actors/{code}", "get /api/quotes", "get /api/events", "get /api/graph", "get /api/timeline"} {
		m, p, _ := strings.Cut(route, " ")
		if _, ok := spec.Paths[p][m]; !ok {
			t.Errorf("openapi.json lacks %s", route)
		}
	}
}

func TestPages(t *testing.T) {
	h := newHarness(t, "")
	res := h.ingest()
	get := func(path string) (int, string) {
		resp, err := http.Get(h.srv.URL + path)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		return resp.StatusCode, string(b)
	}
	for _, tc := range []struct {
		name, path string
		status     int
		want       []string
	}{
		{"home", "/", 200, []string{`dir="rtl"`, "الفاعلون الأكثر ذكرا", "<svg"}},
		{"search", "/search?q=" + url.QueryEscape("الضربات الجوية"), 200, []string{"<mark>", "/articles/" + res[0].ID}},
		{"search form", "/search", 200, []string{`name="q"`}},
		{"article", "/articles/" + res[1].ID, 200, []string{`class="ent ent-PER`, `class="q q-direct`, "/actors/RUSGOV", "ev ev-q"}},
		{"actors", "/actors", 200, []string{"/actors/RUSGOV"}},
		{"actor", "/actors/RUSGOV", 200, []string{"<svg", "الخط الزمني", "انتقاد واستنكار", "غير قانونية"}},
		{"quotes", "/quotes?speaker=RUS", 200, []string{"غير قانونية"}},
		{"graph", "/graph", 200, []string{"<svg", `class="edge`}},
		{"analyze form", "/analyze", 200, []string{"<textarea"}},
		{"not found", "/no/such/page", 404, []string{`dir="rtl"`, "404"}},
		{"missing article", "/articles/nope", 404, []string{"404"}},
		{"bad search", "/search?q=x&from=never", 400, []string{"400"}},
		{"css", "/static/style.css", 200, []string{"direction", ".ent-PER"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			st, body := get(tc.path)
			if st != tc.status {
				t.Errorf("status %d, want %d", st, tc.status)
			}
			for _, w := range tc.want {
				if !strings.Contains(body, w) {
					t.Errorf("page lacks %q", w)
				}
			}
		})
	}
	// Analyze through the form.
	form := url.Values{"text": {fixtures[1].Title + "\n" + fixtures[1].Text}, "published": {"2024-03-05"}}
	resp, err := http.PostForm(h.srv.URL+"/analyze", form)
	if err != nil {
		t.Fatal(err)
	}
	b, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if !strings.Contains(string(b), `class="ent ent-PER`) || !strings.Contains(string(b), "لافروف") {
		t.Errorf("analyze page has no marked entities")
	}
}

func TestPagesEscapeStoredText(t *testing.T) {
	h := newHarness(t, "")
	evil := mhttp.ArticleInput{Title: "عنوان <script>alert(1)</script>", Text: "بيروت - قال الوزير <img src=x onerror=alert(1)> إن الاجتماع انتهى في بيروت."}
	body, _ := json.Marshal(evil)
	var out struct{ Articles []mhttp.IngestResult }
	h.do("POST", "/api/articles", "application/json", string(body), &out)
	for _, path := range []string{"/articles/" + out.Articles[0].ID, "/search?q=" + url.QueryEscape("الاجتماع")} {
		resp, err := http.Get(h.srv.URL + path)
		if err != nil {
			t.Fatal(err)
		}
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if bytes.Contains(b, []byte("<script>alert")) || bytes.Contains(b, []byte("<img src=x")) {
			t.Errorf("%s: stored markup reached the page unescaped", path)
		}
	}
}

// blockingStore holds PutDocument until released, to test shutdown.
type blockingStore struct {
	marsad.Store
	entered chan struct{}
	release chan struct{}
	once    sync.Once
}

func (b *blockingStore) PutDocument(ctx context.Context, d *marsad.Document) (bool, error) {
	b.once.Do(func() { close(b.entered) })
	<-b.release
	return b.Store.PutDocument(context.WithoutCancel(ctx), d)
}

func TestShutdownLosesNoAcceptedWrite(t *testing.T) {
	inner, err := sqlite.Open(context.Background(), ":memory:")
	if err != nil {
		t.Fatal(err)
	}
	defer inner.Close()
	store := &blockingStore{Store: inner, entered: make(chan struct{}), release: make(chan struct{})}
	p, _ := pipeline.Default()
	s, err := mhttp.NewServer(mhttp.Config{Store: store, Analyzer: p})
	if err != nil {
		t.Fatal(err)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	served := make(chan error, 1)
	go func() { served <- s.Serve(ctx, ln) }()
	body, _ := json.Marshal(fixtures[0])
	answered := make(chan int, 1)
	go func() {
		resp, err := http.Post("http://"+ln.Addr().String()+"/api/articles", "application/json", bytes.NewReader(body))
		if err != nil {
			answered <- -1
			return
		}
		resp.Body.Close()
		answered <- resp.StatusCode
	}()
	<-store.entered
	cancel() // shut down while the write is in flight
	time.Sleep(50 * time.Millisecond)
	select {
	case err := <-served:
		t.Fatalf("server stopped before the write finished: %v", err)
	default:
	}
	close(store.release)
	if st := <-answered; st != http.StatusCreated {
		t.Errorf("in-flight write answered %d, want 201", st)
	}
	if err := <-served; err != nil {
		t.Errorf("shutdown: %v", err)
	}
	var d marsad.Document
	res, err := inner.Search(context.Background(), marsad.SearchQuery{Q: "الموصل"})
	if err != nil || res.Total != 1 {
		t.Errorf("write lost: %+v %v %v", res, err, d.ID)
	}
}

func TestRefusesOpenListenerWithoutToken(t *testing.T) {
	store, _ := sqlite.Open(context.Background(), ":memory:")
	defer store.Close()
	p, _ := pipeline.Default()
	s, _ := mhttp.NewServer(mhttp.Config{Store: store, Analyzer: p})
	err := s.ListenAndServe(context.Background(), "0.0.0.0:0", nil)
	if marsad.ErrorCode(err) != marsad.EUNAUTHORIZED {
		t.Errorf("non-loopback without token: %v", err)
	}
	for addr, want := range map[string]bool{"127.0.0.1:80": true, "[::1]:80": true, "localhost:8080": true, "0.0.0.0:80": false, ":8080": false, "10.0.0.1:80": false} {
		if got := mhttp.IsLoopback(addr); got != want {
			t.Errorf("IsLoopback(%q) = %v", addr, got)
		}
	}
}

func TestConcurrentIngestAndSearch(t *testing.T) {
	h := newHarness(t, "")
	var wg sync.WaitGroup
	errs := make(chan string, 100)
	for i := range 4 {
		wg.Go(func() {
			a := fixtures[i%len(fixtures)]
			a.Text += "\nفقرة رقم " + strings.Repeat("أ", i+1)
			body, _ := json.Marshal(a)
			var out struct{ Articles []mhttp.IngestResult }
			if st := h.do("POST", "/api/articles", "application/json", string(body), &out); st != 201 {
				errs <- "ingest status " + http.StatusText(st)
			}
		})
		wg.Go(func() {
			var res marsad.SearchResult
			if st := h.do("GET", "/api/search?q="+url.QueryEscape("غزة"), "", "", &res); st != 200 {
				errs <- "search status " + http.StatusText(st)
			}
		})
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Error(e)
	}
}
