// Package storetest is the test suite every marsad.Store implementation
// must pass: idempotent storage, search with Arabic normalisation, filters,
// facets, snippets, listings, and errors.
package storetest

import (
	"context"
	"strings"
	"testing"

	"github.com/marsad/marsad"
	"github.com/marsad/marsad/pipeline"
)

// Articles are the fixtures of the suite, written for it.
var Articles = []struct{ Title, Body, Outlet, Published string }{
	{"غارات جوية على مواقع المسلحين", "واشنطن - شنت الطائرات الأمريكية الضربات الجوية على مواقع تنظيم داعش قرب الموصل يوم الأحد.\nوقال مسؤول أمريكي إن الغارات ستستمر.", "صحيفة أ", "2024-03-03"},
	{"احتجاجات في غزة", "غزة - تظاهر الآلاف في غزة احتجاجا على نقص الوقود والكهرباء.\nوقال منظمون إن المسيرة سلمية.", "صحيفة ب", "2024-03-04"},
	{"موسكو ترفض العقوبات", "موسكو - رفضت روسيا العقوبات التي فرضتها واشنطن على شركات الطاقة.\nوقال وزير الخارجية الروسي سيرجي لافروف ”هذه العقوبات غير قانونية ولن تغير سياستنا.“", "صحيفة أ", "2024-03-05"},
}

// Run runs the suite; open returns a new, empty store.
func Run(t *testing.T, open func(t *testing.T) marsad.Store) {
	ctx := context.Background()
	p, err := pipeline.Default()
	if err != nil {
		t.Fatal(err)
	}
	var docs []*marsad.Document
	for i, a := range Articles {
		d, err := p.Analyze(&marsad.Article{Source: "fixture-" + string(rune('a'+i)), Body: []byte(a.Title + "\n" + a.Body), Outlet: a.Outlet, Published: a.Published})
		if err != nil {
			t.Fatal(err)
		}
		docs = append(docs, d)
	}
	fill := func(t *testing.T) marsad.Store {
		s := open(t)
		for _, d := range docs {
			if created, err := s.PutDocument(ctx, d); err != nil || !created {
				t.Fatalf("PutDocument(%s) = %v, %v", d.ID, created, err)
			}
		}
		return s
	}

	t.Run("Idempotent", func(t *testing.T) {
		s := fill(t)
		created, err := s.PutDocument(ctx, docs[0])
		if err != nil || created {
			t.Errorf("second PutDocument = %v, %v; want false, nil", created, err)
		}
		res, _ := s.Search(ctx, marsad.SearchQuery{Q: "الغارات"})
		if res == nil || res.Total != 1 {
			t.Errorf("article stored twice: %+v", res)
		}
	})
	t.Run("Document", func(t *testing.T) {
		s := fill(t)
		d, err := s.Document(ctx, docs[2].ID)
		if err != nil || d.Title != docs[2].Title || len(d.Quotes) != len(docs[2].Quotes) {
			t.Fatalf("Document = %+v, %v", d, err)
		}
		if _, err := s.Document(ctx, "nope"); marsad.ErrorCode(err) != marsad.ENOTFOUND {
			t.Errorf("missing document: error %v, want ENOTFOUND", err)
		}
	})
	t.Run("SearchNormalises", func(t *testing.T) {
		s := fill(t)
		tests := []struct {
			q    string
			want int
		}{
			{"الضربات الجوية", 1}, // indexed as والضربات / الضربات الجوية
			{"ضربات جوية", 1},
			{"بغزة", 1},
			{"غزة", 1},
			{`"الضربات الجوية"`, 1},
			{"العقوب*", 1},
			{"كهرباء", 1},
			{"زلزال", 0},
		}
		for _, tt := range tests {
			res, err := s.Search(ctx, marsad.SearchQuery{Q: tt.q})
			if err != nil {
				t.Errorf("Search(%q): %v", tt.q, err)
				continue
			}
			if res.Total != tt.want {
				t.Errorf("Search(%q) total %d, want %d", tt.q, res.Total, tt.want)
			}
		}
	})
	t.Run("SearchSnippetAndFacets", func(t *testing.T) {
		s := fill(t)
		res, err := s.Search(ctx, marsad.SearchQuery{Q: "العقوبات"})
		if err != nil || len(res.Hits) != 1 {
			t.Fatalf("Search: %+v %v", res, err)
		}
		if !strings.Contains(res.Hits[0].Snippet, "<mark>العقوبات</mark>") {
			t.Errorf("snippet does not mark the original word: %q", res.Hits[0].Snippet)
		}
		if len(res.Facets["outlet"]) != 1 || res.Facets["outlet"][0].Value != "صحيفة أ" {
			t.Errorf("outlet facet: %+v", res.Facets["outlet"])
		}
	})
	t.Run("SearchFilters", func(t *testing.T) {
		s := fill(t)
		res, _ := s.Search(ctx, marsad.SearchQuery{Q: "قال", Filter: marsad.Filter{Outlet: "صحيفة أ"}})
		if res.Total != 2 {
			t.Errorf("outlet filter: %d hits, want 2", res.Total)
		}
		res, _ = s.Search(ctx, marsad.SearchQuery{Q: "قال", Filter: marsad.Filter{From: "2024-03-04", To: "2024-03-04"}})
		if res.Total != 1 {
			t.Errorf("date filter: %d hits, want 1", res.Total)
		}
		res, _ = s.Search(ctx, marsad.SearchQuery{Q: "قال", Filter: marsad.Filter{Actor: "RUS"}})
		if res.Total != 1 {
			t.Errorf("actor filter: %d hits, want 1", res.Total)
		}
	})
	t.Run("SearchRejectsEmptyQueries", func(t *testing.T) {
		s := fill(t)
		for _, q := range []string{"", "  ...  ", strings.Repeat("ا", 5000)} {
			if _, err := s.Search(ctx, marsad.SearchQuery{Q: q}); marsad.ErrorCode(err) != marsad.EINVALID {
				t.Errorf("Search(%.20q) error %v, want EINVALID", q, err)
			}
		}
		// FTS syntax in a query is searched as words, never executed.
		if _, err := s.Search(ctx, marsad.SearchQuery{Q: `غزة OR NEAR( "x" ) -- ' ; DROP TABLE articles`}); err != nil {
			t.Errorf("query with FTS syntax: %v", err)
		}
	})
	t.Run("Listings", func(t *testing.T) {
		s := fill(t)
		quotes, err := s.Quotes(ctx, marsad.Filter{Speaker: "RUS"})
		if err != nil || len(quotes) == 0 {
			t.Errorf("Quotes(speaker RUS) = %d, %v", len(quotes), err)
		}
		actors, err := s.Actors(ctx, marsad.Filter{})
		if err != nil || len(actors) == 0 {
			t.Errorf("Actors = %v, %v", actors, err)
		}
		events, err := s.Events(ctx, marsad.Filter{})
		if err != nil {
			t.Fatal(err)
		}
		edges, _ := s.Graph(ctx, marsad.Filter{})
		days, _ := s.Timeline(ctx, marsad.Filter{})
		n := 0
		for _, d := range days {
			n += d.Events
		}
		if n != len(events) || len(events) > 0 && len(edges) == 0 {
			t.Errorf("events %d, timeline total %d, edges %d", len(events), n, len(edges))
		}
	})
}
