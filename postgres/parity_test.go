package postgres_test

import (
	"context"
	"encoding/json"
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/marsad/marsad"
	"github.com/marsad/marsad/examples"
	"github.com/marsad/marsad/pipeline"
	"github.com/marsad/marsad/sqlite"
	"github.com/marsad/marsad/storetest"
)

// TestMatchesSQLite stores the same articles in both stores and compares
// their answers to many searches and listings: the same hits (ranked
// differently, so compared as sets), snippets, facets and listings.
func TestMatchesSQLite(t *testing.T) {
	ctx := context.Background()
	pg := open(t, schemaURL(t))
	lite, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "m.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer lite.Close()

	p, err := pipeline.Default()
	if err != nil {
		t.Fatal(err)
	}
	arts, err := examples.Articles()
	if err != nil {
		t.Fatal(err)
	}
	outlets := []string{"صحيفة أ", "صحيفة ب", "وكالة ج"}
	for i, a := range arts {
		a.Outlet = outlets[i%len(outlets)]
	}
	for i, a := range storetest.Articles {
		arts = append(arts, &marsad.Article{Source: fmt.Sprintf("fixture-%d", i), Body: []byte(a.Title + "\n" + a.Body), Outlet: a.Outlet, Published: a.Published})
	}
	// A reprint, and a repeat within the batch.
	arts = append(arts, &marsad.Article{Source: "reprint", Body: append(append([]byte{}, arts[1].Body...), "\nوأضاف المصدر أن المحادثات ستستمر."...), Outlet: "وكالة ج", Published: arts[1].Published}, arts[2])
	var docs []*marsad.Document
	for _, a := range arts {
		d, err := p.Analyze(a)
		if err != nil {
			t.Fatal(err)
		}
		docs = append(docs, d)
	}
	n1, err1 := pg.PutDocuments(ctx, docs[:4])
	n2, err2 := pg.PutDocuments(ctx, docs[2:])
	m1, err3 := lite.PutDocuments(ctx, docs[:4])
	m2, err4 := lite.PutDocuments(ctx, docs[2:])
	if err := cmpErr(err1, err2, err3, err4); err != nil || n1 != m1 || n2 != m2 {
		t.Fatalf("PutDocuments: postgres %d, %d; sqlite %d, %d; %v", n1, n2, m1, m2, err)
	}

	queries := []string{`"الضربات الجوية"`, `"الجوية الضربات"`, "العقوب*", "قال", "زلزال"}
	for _, d := range docs {
		words := strings.Fields(d.Text)
		for i, w := range words {
			switch {
			case i%7 == 0:
				queries = append(queries, w)
			case i%11 == 0 && i+1 < len(words):
				queries = append(queries, `"`+w+" "+words[i+1]+`"`)
			case i%13 == 0 && utf8.RuneCountInString(w) > 3:
				queries = append(queries, string([]rune(w)[:3])+"*")
			}
		}
	}
	filters := []marsad.Filter{
		{},
		{Outlet: "صحيفة أ"},
		{From: "2018-01-01", To: "2024-03-04"},
		{Actor: "usa"},
		{Actor: "IRQ"},
		{Root: "19"},
		{Limit: 2, Offset: 1},
	}
	compared, found, dups := 0, 0, 0
	for _, q := range queries {
		for _, f := range filters {
			sq := marsad.SearchQuery{Q: q, Filter: f}
			a, errA := pg.Search(ctx, sq)
			b, errB := lite.Search(ctx, sq)
			if err := cmpErr(errA, errB); err != nil {
				t.Errorf("Search(%q, %+v): %v", q, f, err)
				continue
			}
			if errA != nil {
				continue
			}
			compared++
			if a.Total > 0 {
				found++
			}
			for _, h := range a.Hits {
				if h.DupOf != "" {
					dups++
				}
			}
			if msg := cmpSearch(a, b, f.Limit == 0); msg != "" {
				t.Errorf("Search(%q, %+v): %s", q, f, msg)
			}
			for i := 1; i < len(a.Hits); i++ {
				if a.Hits[i].Score < a.Hits[i-1].Score || a.Hits[i].Score >= 0 {
					t.Errorf("Search(%q): hits not ranked by score: %+v", q, a.Hits)
					break
				}
			}
		}
	}
	t.Logf("%d searches compared, %d with hits, %d hits of reprints", compared, found, dups)
	if compared < 100 || found < compared/2 || dups == 0 {
		t.Errorf("%d searches compared, %d with hits, %d hits of reprints: too few", compared, found, dups)
	}

	listFilters := append(filters,
		marsad.Filter{Source: "RUS"}, marsad.Filter{Target: "us"}, marsad.Filter{Speaker: "RUS"}, marsad.Filter{Speaker: "rus"},
		marsad.Filter{Speaker: "لافروف"}, marsad.Filter{Actor: "USA", Root: "19", From: "2017-01-01"}, marsad.Filter{Limit: 1})
	for _, f := range listFilters {
		same(t, "Events", f, pg.Events, lite.Events, nil)
		same(t, "Quotes", f, pg.Quotes, lite.Quotes, nil)
		same(t, "Timeline", f, pg.Timeline, lite.Timeline, nil)
		if f.Limit == 0 { // ties are ordered differently, so compare whole lists
			same(t, "Actors", f, pg.Actors, lite.Actors, func(a, b marsad.ActorCount) int { return strings.Compare(a.Code, b.Code) })
			same(t, "Graph", f, pg.Graph, lite.Graph, func(a, b marsad.Edge) int {
				return strings.Compare(a.Source+"\x00"+a.Target, b.Source+"\x00"+b.Target)
			})
		}
	}
	for _, d := range docs {
		a, errA := pg.Document(ctx, d.ID)
		b, errB := lite.Document(ctx, d.ID)
		if err := cmpErr(errA, errB); err != nil || jsonOf(a) != jsonOf(b) {
			t.Errorf("Document(%s) differs: %v", d.ID, err)
		}
	}
}

// cmpErr reports whether errors of the two stores (postgres first, then
// sqlite, in pairs) differ in code.
func cmpErr(errs ...error) error {
	for i := 0; i+1 < len(errs); i += 2 {
		if marsad.ErrorCode(errs[i]) != marsad.ErrorCode(errs[i+1]) {
			return fmt.Errorf("postgres error %v, sqlite %v", errs[i], errs[i+1])
		}
	}
	for _, err := range errs {
		if err != nil && marsad.ErrorCode(err) == marsad.EINTERNAL {
			return err
		}
	}
	return nil
}

// cmpSearch compares two results; whole tells whether every hit is on the
// page, so that hits compare as sets.
func cmpSearch(a, b *marsad.SearchResult, whole bool) string {
	if a.Total != b.Total || len(a.Hits) != len(b.Hits) {
		return fmt.Sprintf("total %d (%d hits), sqlite %d (%d hits)", a.Total, len(a.Hits), b.Total, len(b.Hits))
	}
	if jsonOf(a.Facets) != jsonOf(b.Facets) {
		return fmt.Sprintf("facets %s, sqlite %s", jsonOf(a.Facets), jsonOf(b.Facets))
	}
	if !whole {
		return ""
	}
	key := func(h marsad.Hit) string {
		h.Score = 0
		return jsonOf(h)
	}
	var ka, kb []string
	for i := range a.Hits {
		ka, kb = append(ka, key(a.Hits[i])), append(kb, key(b.Hits[i]))
	}
	slices.Sort(ka)
	slices.Sort(kb)
	if !slices.Equal(ka, kb) {
		return fmt.Sprintf("hits %v, sqlite %v", ka, kb)
	}
	return ""
}

// same compares a listing of both stores, after sorting both by cmp if
// not nil.
func same[T any](t *testing.T, name string, f marsad.Filter, pg, lite func(context.Context, marsad.Filter) ([]T, error), cmp func(a, b T) int) {
	t.Helper()
	a, errA := pg(context.Background(), f)
	b, errB := lite(context.Background(), f)
	if err := cmpErr(errA, errB); err != nil {
		t.Errorf("%s(%+v): %v", name, f, err)
		return
	}
	if cmp != nil {
		slices.SortFunc(a, cmp)
		slices.SortFunc(b, cmp)
	}
	if ja, jb := jsonOf(a), jsonOf(b); ja != jb {
		t.Errorf("%s(%+v):\npostgres %s\nsqlite   %s", name, f, ja, jb)
	}
}

func jsonOf(v any) string {
	b, err := json.Marshal(v)
	if err != nil {
		return err.Error()
	}
	return string(b)
}
