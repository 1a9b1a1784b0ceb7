package sqlite_test

import (
	"context"
	"fmt"
	"path/filepath"
	"testing"

	"github.com/marsad/marsad"
	"github.com/marsad/marsad/sqlite"
	"github.com/marsad/marsad/storetest"
)

func TestStore(t *testing.T) {
	storetest.Run(t, func(t *testing.T) marsad.Store {
		s, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "marsad.db"))
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { s.Close() })
		return s
	})
}

func TestReopenKeepsData(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "m.db")
	s, err := sqlite.Open(ctx, path)
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
	s, err = sqlite.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	res, err := s.Search(ctx, marsad.SearchQuery{Q: "الانتخابات"})
	if err != nil || res.Total != 1 {
		t.Errorf("after reopening: %+v %v", res, err)
	}
	// A reprint of the same story is linked to the first one.
	r := marsad.NewDocument(d.Text + " المصدر: وكالات")
	created, err := s.PutDocument(ctx, r)
	if err != nil || !created {
		t.Fatal(err)
	}
	res, _ = s.Search(ctx, marsad.SearchQuery{Q: "الناخبين"})
	dup := 0
	for _, h := range res.Hits {
		if h.DupOf == d.ID {
			dup++
		}
	}
	if dup != 1 {
		t.Errorf("reprint not linked: %+v", res.Hits)
	}
}

// TestStoreWarm runs the suite against a store that searches from its
// in-memory index, filled as documents are stored.
func TestStoreWarm(t *testing.T) {
	storetest.Run(t, func(t *testing.T) marsad.Store {
		s, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "marsad.db"))
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { s.Close() })
		if err := s.Warm(context.Background()); err != nil {
			t.Fatal(err)
		}
		return s
	})
}

// TestConcurrentOpen opens one new database from several goroutines at
// once, as a worker and a reader of the same file do: each applies or
// finds the migrations, and none fails on one another's.
func TestConcurrentOpen(t *testing.T) {
	for round := range 5 {
		path := filepath.Join(t.TempDir(), fmt.Sprintf("m%d.db", round))
		errs := make(chan error, 6)
		for range 6 {
			go func() {
				s, err := sqlite.Open(context.Background(), path)
				if err == nil {
					err = s.Close()
				}
				errs <- err
			}()
		}
		for range 6 {
			if err := <-errs; err != nil {
				t.Fatalf("round %d: %v", round, err)
			}
		}
	}
}
