package postgres_test

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"net/url"
	"os"
	"sync"
	"testing"

	_ "github.com/jackc/pgx/v5/stdlib"

	"github.com/marsad/marsad"
	"github.com/marsad/marsad/pipeline"
	"github.com/marsad/marsad/postgres"
	"github.com/marsad/marsad/storetest"
)

// schemaURL returns the URL of a fresh schema in the test server named by
// $MARSAD_TEST_POSTGRES (skipping without it), dropped after the test.
func schemaURL(t testing.TB) string {
	t.Helper()
	base := os.Getenv("MARSAD_TEST_POSTGRES")
	if base == "" {
		t.Skip("MARSAD_TEST_POSTGRES not set (.ci/postgres.sh starts a server)")
	}
	b := make([]byte, 6)
	rand.Read(b)
	schema := "t_" + hex.EncodeToString(b)
	admin, err := sql.Open("pgx", base)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := admin.Exec(`CREATE SCHEMA ` + schema); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		admin.Exec(`DROP SCHEMA ` + schema + ` CASCADE`)
		admin.Close()
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

func open(t testing.TB, u string) *postgres.DB {
	t.Helper()
	s, err := postgres.Open(context.Background(), u)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func TestStore(t *testing.T) {
	storetest.Run(t, func(t *testing.T) marsad.Store { return open(t, schemaURL(t)) })
}

func TestConcurrentOpens(t *testing.T) {
	u := schemaURL(t)
	var wg sync.WaitGroup
	errs := make(chan error, 4)
	for range 4 {
		wg.Go(func() {
			s, err := postgres.Open(context.Background(), u)
			if err != nil {
				errs <- err
				return
			}
			s.Close()
		})
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Errorf("concurrent open: %v", err)
	}
}

func TestConcurrentPutStoresOnce(t *testing.T) {
	u := schemaURL(t)
	a, b := open(t, u), open(t, u) // two processes, in effect
	p, err := pipeline.Default()
	if err != nil {
		t.Fatal(err)
	}
	a0 := storetest.Articles[0]
	d, err := p.Analyze(&marsad.Article{Source: "t", Body: []byte(a0.Title + "\n" + a0.Body), Published: a0.Published})
	if err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	created := make(chan bool, 8)
	for i := range 8 {
		s := a
		if i%2 == 1 {
			s = b
		}
		wg.Go(func() {
			ok, err := s.PutDocument(context.Background(), d)
			if err != nil {
				t.Error(err)
			}
			created <- ok
		})
	}
	wg.Wait()
	close(created)
	n := 0
	for ok := range created {
		if ok {
			n++
		}
	}
	if n != 1 {
		t.Errorf("%d puts reported created, want exactly 1", n)
	}
	ev, err := a.Events(context.Background(), marsad.Filter{})
	if err != nil {
		t.Fatal(err)
	}
	if len(ev) != len(d.Events) {
		t.Errorf("%d events stored, want %d", len(ev), len(d.Events))
	}
}

func TestPathHidesPassword(t *testing.T) {
	u := schemaURL(t)
	s := open(t, u)
	if p := s.Path(); p == "" {
		t.Error("empty path")
	}
}

func BenchmarkPutDocument(b *testing.B) {
	s := open(b, schemaURL(b))
	p, err := pipeline.Default()
	if err != nil {
		b.Fatal(err)
	}
	var docs []*marsad.Document
	for i, a := range storetest.Articles {
		d, err := p.Analyze(&marsad.Article{Source: "b", Body: []byte(a.Title + "\n" + a.Body), Published: a.Published})
		if err != nil {
			b.Fatal(err, i)
		}
		docs = append(docs, d)
	}
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		d := *docs[i%len(docs)]
		d.ID = d.ID + "-" + string(rune('a'+i%26)) + hex.EncodeToString([]byte{byte(i >> 16), byte(i >> 8), byte(i)})
		if _, err := s.PutDocument(context.Background(), &d); err != nil {
			b.Fatal(err)
		}
	}
}
