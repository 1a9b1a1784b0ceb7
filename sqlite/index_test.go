package sqlite

import (
	"context"
	"fmt"
	"math"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/marsad/marsad"
	"github.com/marsad/marsad/pipeline"
	"github.com/marsad/marsad/storetest"
)

// fixtureDocs analyses the store suite's articles and a few more.
func fixtureDocs(t testing.TB) []*marsad.Document {
	t.Helper()
	p, err := pipeline.Default()
	if err != nil {
		t.Fatal(err)
	}
	var docs []*marsad.Document
	more := []struct{ Title, Body, Outlet, Published string }{
		{"غزة تحت الحصار", "غزة - قال مسؤولون في غزة إن الحصار المفروض على القطاع منذ سنوات يمنع دخول الوقود.\nوطالبوا الأمم المتحدة بالتدخل.", "صحيفة ج", "2024-03-06"},
		{"مجلس الأمن يناقش الحصار", "نيويورك - ناقش مجلس الأمن الدولي الحصار على غزة بطلب من روسيا.\nوقال المندوب الروسي إن العقوبات والحصار يضران بالمدنيين.", "صحيفة ب", "2024-03-07"},
		// A long article whose title words stand only beyond the
		// prefix a search keeps in memory.
		{"افتتاح محطة تحلية", strings.Repeat("وناقش المجلس البلدي خطة النقل العام في المدينة مع السكان.\n", 40) + "وأعلنت الشركة افتتاح محطة تحلية المياه الجديدة في الميناء.", "صحيفة ج", "2024-03-08"},
	}
	all := append(append(more[:0:0], storetest.Articles...), more...)
	for i, a := range all {
		d, err := p.Analyze(&marsad.Article{Source: fmt.Sprintf("fixture-%d", i), Body: []byte(a.Title + "\n" + a.Body), Outlet: a.Outlet, Published: a.Published})
		if err != nil {
			t.Fatal(err)
		}
		docs = append(docs, d)
	}
	return docs
}

// TestIndexMatchesFTS asks a store that searches FTS5 and one that
// searches its in-memory index the same questions: the answers must be
// the same, scores to the last digits.
func TestIndexMatchesFTS(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "m.db")
	cold, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer cold.Close()
	docs := fixtureDocs(t)
	if _, err := cold.PutDocuments(ctx, docs); err != nil {
		t.Fatal(err)
	}
	warm, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer warm.Close()
	if err := warm.Warm(ctx); err != nil {
		t.Fatal(err)
	}
	// Every word of every title, alone, with the next, and as a prefix.
	var queries []string
	for _, d := range docs {
		ws := strings.Fields(d.Title)
		for i, w := range ws {
			queries = append(queries, w)
			if r := []rune(w); len(r) > 3 {
				queries = append(queries, string(r[:3])+"*")
			}
			if i+1 < len(ws) {
				queries = append(queries, w+" "+ws[i+1])
			}
		}
	}
	queries = append(queries, "قال", "الحصار غزة", "روسيا العقوبات", "لا-توجد-كلمة", "الميناء", "المجلس", "السكان")
	filters := map[string]marsad.Filter{
		"none":   {},
		"dates":  {From: "2024-03-05", To: "2024-03-06"},
		"outlet": {Outlet: "صحيفة ب"},
		"actor":  {Actor: "rus"},
		"page":   {Limit: 2, Offset: 1},
	}
	compared := 0
	for _, q := range queries {
		for name, f := range filters {
			sq := marsad.SearchQuery{Q: q, Filter: f}
			a, errA := cold.Search(ctx, sq)
			b, errB := warm.Search(ctx, sq)
			if (errA == nil) != (errB == nil) {
				t.Fatalf("%q %s: errors differ: %v / %v", q, name, errA, errB)
			}
			if errA != nil {
				continue
			}
			compared++
			if a.Total != b.Total || !reflect.DeepEqual(a.Facets, b.Facets) || len(a.Hits) != len(b.Hits) {
				t.Errorf("%q %s:\nFTS5  %d %v %d hits\nindex %d %v %d hits", q, name, a.Total, a.Facets, len(a.Hits), b.Total, b.Facets, len(b.Hits))
				continue
			}
			for i := range a.Hits {
				ha, hb := a.Hits[i], b.Hits[i]
				if math.Abs(ha.Score-hb.Score) > 1e-9 {
					t.Errorf("%q %s hit %d: score FTS5 %g, index %g", q, name, i, ha.Score, hb.Score)
				}
				ha.Score, hb.Score = 0, 0
				if ha != hb {
					t.Errorf("%q %s hit %d:\nFTS5  %s %g %s\nindex %s %g %s", q, name, i, ha.ID, ha.Score, ha.Snippet, hb.ID, hb.Score, hb.Snippet)
				}
			}
		}
	}
	if compared < 100 {
		t.Errorf("only %d searches compared", compared)
	}
}

// TestIndexSeesOtherWriters stores through one handle while another
// searches from memory: the second finds the new article within pollEvery.
func TestIndexSeesOtherWriters(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "m.db")
	docs := fixtureDocs(t)
	reader, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer reader.Close()
	if err := reader.Warm(ctx); err != nil {
		t.Fatal(err)
	}
	// What the reader itself stores is searchable at once.
	if _, err := reader.PutDocuments(ctx, docs[:2]); err != nil {
		t.Fatal(err)
	}
	if res, err := reader.Search(ctx, marsad.SearchQuery{Q: "غزة"}); err != nil || res.Total != 1 {
		t.Fatalf("own write: %+v %v", res, err)
	}
	writer, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer writer.Close()
	if _, err := writer.PutDocuments(ctx, docs[2:]); err != nil {
		t.Fatal(err)
	}
	time.Sleep(pollEvery + 50*time.Millisecond)
	res, err := reader.Search(ctx, marsad.SearchQuery{Q: "غزة"})
	if err != nil || res.Total != 3 {
		t.Fatalf("after another writer: total %+v %v, want 3", res, err)
	}
	// And the reader's next own write, after the other's, is found too.
	extra := *docs[0]
	extra.ID, extra.Title = "extra", "غزة مرة أخرى"
	if _, err := reader.PutDocuments(ctx, []*marsad.Document{&extra}); err != nil {
		t.Fatal(err)
	}
	if res, err := reader.Search(ctx, marsad.SearchQuery{Q: "غزة"}); err != nil || res.Total != 4 {
		t.Fatalf("own write after another's: %+v %v", res, err)
	}
}
