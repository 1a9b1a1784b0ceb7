package postgres

import (
	"context"
	"database/sql"
	"embed"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"sort"
	"strconv"
	"strings"
	"sync"

	_ "github.com/jackc/pgx/v5/stdlib" // registers the "pgx" driver

	"github.com/marsad/marsad"
	"github.com/marsad/marsad/fulltext"
)

//go:embed migration/*.sql
var migrations embed.FS

// DB is the PostgreSQL store. It is safe for concurrent use.
type DB struct {
	db  *sql.DB
	url string

	mu     sync.Mutex // guards hashes
	hashes []simEntry // SimHash of the originals, for near-duplicates
}

type simEntry struct {
	id   string
	hash uint64
}

var _ marsad.Store = (*DB)(nil)

// Open connects to the database at url (postgres://...) and applies the
// migrations it lacks.
func Open(ctx context.Context, url string) (*DB, error) {
	db, err := sql.Open("pgx", url)
	if err != nil {
		return nil, fmt.Errorf("postgres: open: %w", err)
	}
	db.SetMaxOpenConns(16)
	if err := db.PingContext(ctx); err != nil {
		db.Close()
		return nil, fmt.Errorf("postgres: connect: %w", err)
	}
	s := &DB{db: db, url: url}
	if err := s.migrate(ctx); err != nil {
		db.Close()
		return nil, err
	}
	rows, err := db.QueryContext(ctx, `SELECT id, simhash FROM articles WHERE dup_of = '' AND simhash != 0`)
	if err != nil {
		db.Close()
		return nil, fmt.Errorf("postgres: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var e simEntry
		var h int64
		if err := rows.Scan(&e.id, &h); err != nil {
			db.Close()
			return nil, fmt.Errorf("postgres: %w", err)
		}
		e.hash = uint64(h)
		s.hashes = append(s.hashes, e)
	}
	return s, rows.Err()
}

// Path names the database, for messages (without the password).
func (s *DB) Path() string {
	u := s.url
	if at := strings.LastIndex(u, "@"); at > 0 {
		if i := strings.Index(u, "://"); i > 0 {
			u = u[:i+3] + u[at+1:]
		}
	}
	return u
}

// migrate applies the embedded migrations in name order, in one
// transaction under an advisory lock so that concurrent Opens agree.
func (s *DB) migrate(ctx context.Context) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("postgres: migrate: %w", err)
	}
	defer tx.Rollback()
	if _, err := tx.ExecContext(ctx, `SELECT pg_advisory_xact_lock(7261736164)`); err != nil { // "marsad"
		return fmt.Errorf("postgres: migrate: %w", err)
	}
	if _, err := tx.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS migrations (name TEXT PRIMARY KEY)`); err != nil {
		return fmt.Errorf("postgres: migrations table: %w", err)
	}
	names, err := fs.Glob(migrations, "migration/*.sql")
	if err != nil {
		return err
	}
	sort.Strings(names)
	for _, name := range names {
		var n int
		if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM migrations WHERE name = $1`, name).Scan(&n); err != nil {
			return fmt.Errorf("postgres: migration %s: %w", name, err)
		}
		if n > 0 {
			continue
		}
		body, err := migrations.ReadFile(name)
		if err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, string(body)); err != nil {
			return fmt.Errorf("postgres: migration %s: %w", name, err)
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO migrations(name) VALUES ($1)`, name); err != nil {
			return fmt.Errorf("postgres: migration %s: %w", name, err)
		}
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("postgres: migrate: %w", err)
	}
	return nil
}

// Close closes the store.
func (s *DB) Close() error { return s.db.Close() }

// PutDocument implements marsad.Store.
func (s *DB) PutDocument(ctx context.Context, d *marsad.Document) (bool, error) {
	n, err := s.PutDocuments(ctx, []*marsad.Document{d})
	return n == 1, err
}

// PutDocuments stores a batch in one transaction and returns how many were
// new. Nothing of a failed batch is stored. Two processes storing the same
// document at once store it once.
func (s *DB) PutDocuments(ctx context.Context, docs []*marsad.Document) (int, error) {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return 0, fmt.Errorf("postgres: %w", err)
	}
	defer tx.Rollback()
	created := 0
	var fresh []simEntry
	for _, d := range docs {
		ok, h, dup, err := s.put(ctx, tx, d, fresh)
		if err != nil {
			return 0, fmt.Errorf("postgres: store %s: %w", d.Source, err)
		}
		if ok {
			created++
			if dup == "" && h != 0 {
				fresh = append(fresh, simEntry{d.ID, h})
			}
		}
	}
	if err := tx.Commit(); err != nil {
		return 0, fmt.Errorf("postgres: commit: %w", err)
	}
	s.mu.Lock()
	s.hashes = append(s.hashes, fresh...)
	s.mu.Unlock()
	return created, nil
}

func (s *DB) put(ctx context.Context, tx *sql.Tx, d *marsad.Document, fresh []simEntry) (bool, uint64, string, error) {
	terms := fulltext.Terms(d)
	h := fulltext.SimHash(terms)
	dup := s.nearDuplicate(h, fresh)
	doc := *d
	doc.Tokens = nil
	js, err := json.Marshal(&doc)
	if err != nil {
		return false, 0, "", err
	}
	res, err := tx.ExecContext(ctx, `INSERT INTO articles(id, title, outlet, published, url, source, doc, simhash, dup_of, terms)
		VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9, to_tsvector('simple', $10)) ON CONFLICT (id) DO NOTHING`,
		d.ID, d.Title, d.Outlet, d.Published, d.URL, d.Source, string(js), int64(h), dup, strings.Join(terms, " "))
	if err != nil {
		return false, 0, "", err
	}
	if n, err := res.RowsAffected(); err != nil || n == 0 {
		return false, 0, "", err // stored already
	}
	for i, e := range d.Entities {
		code, name := "", ""
		if e.Actor != nil {
			code, name = e.Actor.Code, e.Actor.Name
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO entities VALUES ($1,$2,$3,$4,$5,$6,$7,$8)`, d.ID, i, e.Start, e.End, e.Text, e.Type, code, name); err != nil {
			return false, 0, "", err
		}
	}
	for i, q := range d.Quotes {
		sp, code := "", ""
		if q.Speaker != nil {
			sp = q.Speaker.Text
			if q.Speaker.Actor != nil {
				code = q.Speaker.Actor.Code
			}
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO quotes VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9)`, d.ID, i, q.Start, q.End, q.Kind, q.Text, sp, code, d.Published); err != nil {
			return false, 0, "", err
		}
	}
	for i, t := range d.Times {
		if _, err := tx.ExecContext(ctx, `INSERT INTO times VALUES ($1,$2,$3,$4,$5,$6,$7)`, d.ID, i, t.Start, t.End, t.Text, t.Type, t.Value); err != nil {
			return false, 0, "", err
		}
	}
	for i, ev := range d.Events {
		js, err := json.Marshal(ev)
		if err != nil {
			return false, 0, "", err
		}
		date := ev.Date
		if date == "" {
			date = d.Published
		}
		src, tgt := "", ""
		if ev.Source != nil && ev.Source.Actor != nil {
			src = ev.Source.Actor.Code
		}
		if ev.Target != nil && ev.Target.Actor != nil {
			tgt = ev.Target.Actor.Code
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO events VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10)`, d.ID, i, ev.Code, ev.Root, ev.Quad, ev.Goldstein,
			src, tgt, date, string(js)); err != nil {
			return false, 0, "", err
		}
	}
	return true, h, dup, nil
}

// nearDuplicate returns the first original within fulltext.MaxDupBits of h.
func (s *DB) nearDuplicate(h uint64, fresh []simEntry) string {
	for _, e := range fresh {
		if fulltext.Near(e.hash, h) {
			return e.id
		}
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, e := range s.hashes {
		if fulltext.Near(e.hash, h) {
			return e.id
		}
	}
	return ""
}

// Document implements marsad.Store.
func (s *DB) Document(ctx context.Context, id string) (*marsad.Document, error) {
	var js string
	err := s.db.QueryRowContext(ctx, `SELECT doc FROM articles WHERE id = $1`, id).Scan(&js)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, marsad.Errorf(marsad.ENOTFOUND, "no article %q", id)
	}
	if err != nil {
		return nil, fmt.Errorf("postgres: %w", err)
	}
	d := &marsad.Document{}
	if err := json.Unmarshal([]byte(js), d); err != nil {
		return nil, fmt.Errorf("postgres: article %s: %w", id, err)
	}
	return d, nil
}

// args builds a parameter list: add appends a value and returns its $n.
type args []any

func (a *args) add(v any) string {
	*a = append(*a, v)
	return "$" + strconv.Itoa(len(*a))
}

func limitOf(f marsad.Filter) int {
	switch {
	case f.Limit <= 0:
		return 50
	case f.Limit > 500:
		return 500
	}
	return f.Limit
}

func likePrefix(s string) string {
	r := strings.NewReplacer(`\`, `\\`, `%`, `\%`, `_`, `\_`)
	return r.Replace(s) + "%"
}
