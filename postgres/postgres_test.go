package postgres_test

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/jackc/pgx/v5"

	"github.com/marsad/marsad"
	"github.com/marsad/marsad/pipeline"
	"github.com/marsad/marsad/postgres"
	"github.com/marsad/marsad/storetest"
)

// server returns the URL of the test server, $MARSAD_TEST_POSTGRES, and
// skips the test without it.
func server(t testing.TB) string {
	t.Helper()
	u := os.Getenv("MARSAD_TEST_POSTGRES")
	if u == "" {
		t.Skip("MARSAD_TEST_POSTGRES not set (source .ci/postgres.sh to start a server)")
	}
	return u
}

// admin connects to the test server for checks of the tables themselves.
func admin(t testing.TB, u string) *pgx.Conn {
	t.Helper()
	c, err := pgx.Connect(context.Background(), u)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { c.Close(context.Background()) })
	return c
}

// schemaURL creates a fresh schema in the test server, dropped after the
// test, and returns a URL whose search_path is that schema.
func schemaURL(t testing.TB) string {
	t.Helper()
	base := server(t)
	schema := "t_" + rand.Text()[:12]
	schema = strings.ToLower(schema)
	ctx := context.Background()
	c, err := pgx.Connect(ctx, base)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close(ctx)
	if _, err := c.Exec(ctx, `CREATE SCHEMA `+pgx.Identifier{schema}.Sanitize()); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		c, err := pgx.Connect(ctx, base)
		if err != nil {
			t.Error(err)
			return
		}
		defer c.Close(ctx)
		if _, err := c.Exec(ctx, `DROP SCHEMA `+pgx.Identifier{schema}.Sanitize()+` CASCADE`); err != nil {
			t.Error(err)
		}
	})
	u, err := url.Parse(base)
	if err != nil {
		t.Fatal(err)
	}
	q := u.Query()
	q.Set("search_path", schema)
	u.RawQuery = q.Encode()
	return u.String()
}

// open opens the store at u, closed after the test.
func open(t testing.TB, u string) *postgres.DB {
	t.Helper()
	s, err := postgres.Open(context.Background(), u)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// fixtures analyses the articles of the shared suite.
func fixtures(t testing.TB) []*marsad.Document {
	t.Helper()
	p, err := pipeline.Default()
	if err != nil {
		t.Fatal(err)
	}
	var docs []*marsad.Document
	for i, a := range storetest.Articles {
		d, err := p.Analyze(&marsad.Article{Source: fmt.Sprintf("fixture-%d", i), Body: []byte(a.Title + "\n" + a.Body), Outlet: a.Outlet, Published: a.Published})
		if err != nil {
			t.Fatal(err)
		}
		docs = append(docs, d)
	}
	return docs
}

func TestStore(t *testing.T) {
	storetest.Run(t, func(t *testing.T) marsad.Store { return open(t, schemaURL(t)) })
}

// TestConcurrentOpens opens one new database from several goroutines at
// once, as processes starting together do: every Open must succeed and the
// migrations run once.
func TestConcurrentOpens(t *testing.T) {
	u := schemaURL(t)
	const n = 8
	var wg sync.WaitGroup
	start := make(chan struct{})
	errs := make([]error, n)
	stores := make([]*postgres.DB, n)
	for i := range n {
		wg.Go(func() {
			<-start
			stores[i], errs[i] = postgres.Open(context.Background(), u)
		})
	}
	close(start)
	wg.Wait()
	for i, err := range errs {
		if err != nil {
			t.Errorf("Open %d: %v", i, err)
			continue
		}
		defer stores[i].Close()
		if _, err := stores[i].Events(context.Background(), marsad.Filter{}); err != nil {
			t.Errorf("store %d: %v", i, err)
		}
	}
	files, err := filepath.Glob("migration/*.sql")
	if err != nil || len(files) == 0 {
		t.Fatal(files, err)
	}
	var applied int
	if err := admin(t, u).QueryRow(context.Background(), `SELECT count(*) FROM migrations`).Scan(&applied); err != nil {
		t.Fatal(err)
	}
	if applied != len(files) {
		t.Errorf("%d migrations recorded, want %d", applied, len(files))
	}
}

// TestConcurrentPutStoresOnce stores each document from two processes at
// once: exactly one reports it created, and it is stored once.
func TestConcurrentPutStoresOnce(t *testing.T) {
	u := schemaURL(t)
	a, b := open(t, u), open(t, u) // two pools: two processes, in effect
	ctx := context.Background()
	docs := fixtures(t)
	for _, d := range docs {
		var wg sync.WaitGroup
		start := make(chan struct{})
		var created [2]bool
		var errs [2]error
		for i, s := range []*postgres.DB{a, b} {
			wg.Go(func() {
				<-start
				created[i], errs[i] = s.PutDocument(ctx, d)
			})
		}
		close(start)
		wg.Wait()
		if errs[0] != nil || errs[1] != nil {
			t.Fatalf("PutDocument(%s): %v, %v", d.ID, errs[0], errs[1])
		}
		if created[0] == created[1] {
			t.Errorf("PutDocument(%s) created = %v; want exactly one true", d.ID, created)
		}
	}
	db := admin(t, u)
	for table, want := range map[string]int{
		"articles": len(docs),
		"entities": count(docs, func(d *marsad.Document) int { return len(d.Entities) }),
		"quotes":   count(docs, func(d *marsad.Document) int { return len(d.Quotes) }),
		"times":    count(docs, func(d *marsad.Document) int { return len(d.Times) }),
		"events":   count(docs, func(d *marsad.Document) int { return len(d.Events) }),
	} {
		var n int
		if err := db.QueryRow(ctx, `SELECT count(*) FROM `+pgx.Identifier{table}.Sanitize()).Scan(&n); err != nil {
			t.Fatal(err)
		}
		if n != want {
			t.Errorf("%d rows in %s, want %d", n, table, want)
		}
	}
}

func count(docs []*marsad.Document, f func(*marsad.Document) int) int {
	n := 0
	for _, d := range docs {
		n += f(d)
	}
	return n
}

// TestOppositeBatches stores one batch in opposite orders from two
// processes at once, which deadlocks in PostgreSQL; the store retries, so
// both succeed and every document is created once.
func TestOppositeBatches(t *testing.T) {
	u := schemaURL(t)
	a, b := open(t, u), open(t, u)
	ctx := context.Background()
	base := fixtures(t)
	for round := range 10 {
		var fwd, rev []*marsad.Document
		for _, d := range base {
			c := *d
			c.ID = fmt.Sprintf("%s-%d", d.ID, round)
			fwd = append(fwd, &c)
		}
		for i := range fwd {
			rev = append(rev, fwd[len(fwd)-1-i])
		}
		var wg sync.WaitGroup
		start := make(chan struct{})
		var n [2]int
		var errs [2]error
		for i, s := range []*postgres.DB{a, b} {
			wg.Go(func() {
				<-start
				batch := fwd
				if i == 1 {
					batch = rev
				}
				n[i], errs[i] = s.PutDocuments(ctx, batch)
			})
		}
		close(start)
		wg.Wait()
		if errs[0] != nil || errs[1] != nil {
			t.Fatalf("round %d: %v, %v", round, errs[0], errs[1])
		}
		if n[0]+n[1] != len(fwd) {
			t.Errorf("round %d: created %d + %d, want %d in all", round, n[0], n[1], len(fwd))
		}
	}
}

// TestReopenKeepsData reopens a store and links a reprint stored then to
// the original stored before.
func TestReopenKeepsData(t *testing.T) {
	ctx := context.Background()
	u := schemaURL(t)
	s, err := postgres.Open(ctx, u)
	if err != nil {
		t.Fatal(err)
	}
	body := "جرت الانتخابات البرلمانية في الأردن يوم الثلاثاء وقد شارك فيها آلاف الناخبين من كل المحافظات. " +
		"وقالت الهيئة المستقلة للانتخاب إن نسبة المشاركة بلغت ثلاثين في المئة وهي أعلى من الدورة السابقة. " +
		"وتنافس على المقاعد أكثر من ألف مرشح يمثلون أحزابا وقوائم عشائرية ومستقلين من مختلف التيارات. " +
		"ومن المنتظر أن تعلن النتائج النهائية خلال يومين بعد انتهاء عمليات الفرز في مراكز الاقتراع. " +
		"وأشاد مراقبون محليون ودوليون بسير العملية الانتخابية وقالوا إنها جرت في أجواء هادئة ومنظمة."
	d := marsad.NewDocument(body)
	d.Title = "الانتخابات"
	if _, err := s.PutDocument(ctx, d); err != nil {
		t.Fatal(err)
	}
	s.Close()
	s = open(t, u)
	res, err := s.Search(ctx, marsad.SearchQuery{Q: "الانتخابات"})
	if err != nil || res.Total != 1 {
		t.Fatalf("after reopening: %+v %v", res, err)
	}
	if created, err := s.PutDocument(ctx, d); err != nil || created {
		t.Errorf("PutDocument after reopening = %v, %v; want false, nil", created, err)
	}
	r := marsad.NewDocument(d.Text + " المصدر: وكالات")
	if created, err := s.PutDocument(ctx, r); err != nil || !created {
		t.Fatalf("PutDocument(reprint) = %v, %v", created, err)
	}
	res, err = s.Search(ctx, marsad.SearchQuery{Q: "الناخبين"})
	if err != nil || res.Total != 2 {
		t.Fatalf("Search: %+v %v", res, err)
	}
	for _, h := range res.Hits {
		want := ""
		if h.ID == r.ID {
			want = d.ID
		}
		if h.DupOf != want {
			t.Errorf("hit %s dup_of %q, want %q", h.ID, h.DupOf, want)
		}
	}
}

// TestOddText stores text that PostgreSQL columns cannot hold and runs
// queries full of tsquery and SQL syntax.
func TestOddText(t *testing.T) {
	ctx := context.Background()
	s := open(t, schemaURL(t))
	d := marsad.NewDocument("قال O'Neil إن back\\slash و 3.14 في\x00النص \xff\xfe هنا.")
	d.Title = "عنوان\x00غريب \xc3"
	d.Outlet = "منفذ\x00"
	if created, err := s.PutDocument(ctx, d); err != nil || !created {
		t.Fatalf("PutDocument = %v, %v", created, err)
	}
	got, err := s.Document(ctx, d.ID)
	if err != nil || !strings.Contains(got.Text, "O'Neil") {
		t.Fatalf("Document = %+v, %v", got, err)
	}
	for q, want := range map[string]int{
		"O'Neil":              1,
		"o'neil":              1,
		"O'Ne*":               1,
		`"O'Neil"`:            1,
		"3.14":                1,
		`back\slash`:          1,
		"النص":                1,
		`'`:                   -1,
		`غزة' | !x & (y:*)`:   0,
		`x' <-> 'y`:           0,
		`a:* & b) || '\'; --`: 0,
		"\x00":                -1,
		"\xff النص":           1,
	} {
		res, err := s.Search(ctx, marsad.SearchQuery{Q: q, Filter: marsad.Filter{Outlet: "منفذ\x00"}})
		switch {
		case want < 0:
			if marsad.ErrorCode(err) != marsad.EINVALID {
				t.Errorf("Search(%q) error %v, want EINVALID", q, err)
			}
		case err != nil:
			t.Errorf("Search(%q): %v", q, err)
		case res.Total != want:
			t.Errorf("Search(%q) total %d, want %d", q, res.Total, want)
		}
	}
	for _, f := range []marsad.Filter{
		{Actor: "\x00%_\\"}, {Speaker: "\xff'"}, {Root: "'; DROP TABLE events; --"}, {From: "\x00", To: "\xff"}, {Outlet: "x", Limit: 100000, Offset: -5},
	} {
		if _, err := s.Events(ctx, f); err != nil {
			t.Errorf("Events(%+v): %v", f, err)
		}
		if _, err := s.Quotes(ctx, f); err != nil {
			t.Errorf("Quotes(%+v): %v", f, err)
		}
		if _, err := s.Actors(ctx, f); err != nil {
			t.Errorf("Actors(%+v): %v", f, err)
		}
		if _, err := s.Graph(ctx, f); err != nil {
			t.Errorf("Graph(%+v): %v", f, err)
		}
		if _, err := s.Timeline(ctx, f); err != nil {
			t.Errorf("Timeline(%+v): %v", f, err)
		}
		if _, err := s.Search(ctx, marsad.SearchQuery{Q: "النص", Filter: f}); err != nil {
			t.Errorf("Search(%+v): %v", f, err)
		}
	}
	if _, err := s.Document(ctx, "\x00\xff"); marsad.ErrorCode(err) != marsad.ENOTFOUND {
		t.Errorf("Document(odd id) error %v, want ENOTFOUND", err)
	}
}

// TestEmptyListings checks that empty results are empty lists, not nil,
// so that they print as [] in JSON as SQLite's do.
func TestEmptyListings(t *testing.T) {
	ctx := context.Background()
	s := open(t, schemaURL(t))
	res, err := s.Search(ctx, marsad.SearchQuery{Q: "زلزال"})
	if err != nil || res.Hits == nil || res.Facets["outlet"] == nil || res.Facets["actor"] == nil || res.Facets["root"] == nil {
		t.Errorf("Search = %+v, %v", res, err)
	}
	ev, _ := s.Events(ctx, marsad.Filter{})
	qs, _ := s.Quotes(ctx, marsad.Filter{})
	as, _ := s.Actors(ctx, marsad.Filter{})
	es, _ := s.Graph(ctx, marsad.Filter{})
	ds, err := s.Timeline(ctx, marsad.Filter{})
	if ev == nil || qs == nil || as == nil || es == nil || ds == nil || err != nil {
		t.Errorf("nil listing: %v %v %v %v %v %v", ev, qs, as, es, ds, err)
	}
}

// TestPath checks that the store's name hides the password.
func TestPath(t *testing.T) {
	u, err := url.Parse(schemaURL(t))
	if err != nil {
		t.Fatal(err)
	}
	u.User = url.UserPassword(u.User.Username(), "s3cret") // the test server trusts anyone
	s := open(t, u.String())
	if p := s.Path(); !strings.HasPrefix(p, "postgres://") || strings.Contains(p, "s3cret") {
		t.Errorf("Path() = %q", p)
	}
}

// TestOpenError needs no server: a failed connection is an error that
// does not show the password.
func TestOpenError(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err := postgres.Open(ctx, "postgres://u:s3cret@127.0.0.1:1/db?connect_timeout=1")
	if err == nil || strings.Contains(err.Error(), "s3cret") {
		t.Errorf("Open error %v", err)
	}
	if _, err := postgres.Open(context.Background(), "postgres://u:s3cret@%zz"); err == nil || strings.Contains(err.Error(), "s3cret") {
		t.Errorf("Open(bad URL) error %v", err)
	}
}

func BenchmarkPutDocument(b *testing.B) {
	s := open(b, schemaURL(b))
	docs := fixtures(b)
	ctx := context.Background()
	for i := 0; b.Loop(); i++ {
		d := *docs[i%len(docs)]
		d.ID = d.ID + "-" + hex.EncodeToString([]byte{byte(i >> 24), byte(i >> 16), byte(i >> 8), byte(i)})
		if created, err := s.PutDocument(ctx, &d); err != nil || !created {
			b.Fatal(created, err)
		}
	}
}
