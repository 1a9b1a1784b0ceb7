package sqlite

import (
	"context"
	"database/sql"
	"embed"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"runtime"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	_ "modernc.org/sqlite" // registers the "sqlite" driver

	"github.com/marsad/marsad"
	"github.com/marsad/marsad/fulltext"
)

//go:embed migration/*.sql
var migrations embed.FS

// DB is the SQLite store. It is safe for concurrent use.
type DB struct {
	db   *sql.DB
	path string

	reprints fulltext.Reprints // SimHash of the originals, for near-duplicates

	index  *fulltext.Index // in memory, once Warm has loaded it
	heads  heads           // what hits show of the indexed articles
	warm   atomic.Bool
	loadMu sync.Mutex   // serialises loading into index
	polled atomic.Int64 // when searchIndex last looked for other writers' articles, in Unix ns
}

var _ marsad.Store = (*DB)(nil)

// Open opens (creating if needed) the store at path and applies the
// migrations it lacks. ":memory:" gives a private in-memory store.
func Open(ctx context.Context, path string) (*DB, error) {
	dsn := "file:" + path + "?_pragma=busy_timeout(10000)&_pragma=journal_mode(WAL)&_pragma=synchronous(NORMAL)&_pragma=foreign_keys(ON)&_pragma=cache_size(-65536)&_pragma=mmap_size(2147483648)"
	if path == ":memory:" {
		dsn = "file::memory:?_pragma=foreign_keys(ON)"
	}
	db, err := sql.Open("sqlite", dsn)
	if err != nil {
		return nil, fmt.Errorf("sqlite: open %s: %w", path, err)
	}
	if path == ":memory:" {
		db.SetMaxOpenConns(1)
	} else {
		// Opening a connection costs more than most queries (schema, pragmas,
		// a cold page cache): keep a bounded pool of them open.
		n := max(8, 4*runtime.GOMAXPROCS(0))
		db.SetMaxOpenConns(n)
		db.SetMaxIdleConns(n)
	}
	s := &DB{db: db, path: path, index: fulltext.NewIndex()}
	if err := s.migrateRetrying(ctx); err != nil {
		db.Close()
		return nil, err
	}
	rows, err := db.QueryContext(ctx, `SELECT id, simhash FROM articles WHERE dup_of = ''`)
	if err != nil {
		db.Close()
		return nil, fmt.Errorf("sqlite: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var o fulltext.Original
		var h int64
		if err := rows.Scan(&o.ID, &h); err != nil {
			db.Close()
			return nil, fmt.Errorf("sqlite: %w", err)
		}
		o.Hash = uint64(h)
		s.reprints.Add(o)
	}
	return s, rows.Err()
}

// migrateRetrying runs migrate again while another process holds a
// lock SQLite will not wait for (two openers of a new file: one turning
// on the write-ahead log while the other begins), for up to ten seconds.
// migrate is safe to repeat.
func (s *DB) migrateRetrying(ctx context.Context) error {
	deadline := time.Now().Add(10 * time.Second)
	for wait := 5 * time.Millisecond; ; wait = min(2*wait, 200*time.Millisecond) {
		err := s.migrate(ctx)
		if err == nil || !busy(err) || time.Now().After(deadline) {
			return err
		}
		select {
		case <-ctx.Done():
			return err
		case <-time.After(wait):
		}
	}
}

// busy reports SQLite's "database is locked".
func busy(err error) bool {
	return strings.Contains(err.Error(), "SQLITE_BUSY") || strings.Contains(err.Error(), "database is locked")
}

// migrate applies the embedded migrations in name order, each in its own
// transaction, recording them in the migrations table.
func (s *DB) migrate(ctx context.Context) error {
	if _, err := s.db.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS migrations (name TEXT PRIMARY KEY)`); err != nil {
		return fmt.Errorf("sqlite: migrations table: %w", err)
	}
	names, err := fs.Glob(migrations, "migration/*.sql")
	if err != nil {
		return err
	}
	sort.Strings(names)
	for _, name := range names {
		var n int
		if err := s.db.QueryRowContext(ctx, `SELECT count(*) FROM migrations WHERE name = ?`, name).Scan(&n); err != nil {
			return fmt.Errorf("sqlite: migration %s: %w", name, err)
		}
		if n > 0 {
			continue
		}
		body, err := migrations.ReadFile(name)
		if err != nil {
			return err
		}
		tx, err := s.db.BeginTx(ctx, nil)
		if err != nil {
			return err
		}
		// Record the migration first: the write takes the database's write
		// lock, so a process opening the same file at the same moment waits
		// here, then finds the migration recorded and skips it.
		res, err := tx.ExecContext(ctx, `INSERT OR IGNORE INTO migrations(name) VALUES (?)`, name)
		if err != nil {
			tx.Rollback()
			return fmt.Errorf("sqlite: migration %s: %w", name, err)
		}
		if added, err := res.RowsAffected(); err != nil || added == 0 {
			tx.Rollback() // applied meanwhile by another opener
			continue
		}
		if _, err := tx.ExecContext(ctx, string(body)); err != nil {
			tx.Rollback()
			return fmt.Errorf("sqlite: migration %s: %w", name, err)
		}
		if err := tx.Commit(); err != nil {
			return fmt.Errorf("sqlite: migration %s: %w", name, err)
		}
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
// new. Nothing of a failed batch is stored.
func (s *DB) PutDocuments(ctx context.Context, docs []*marsad.Document) (int, error) {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return 0, fmt.Errorf("sqlite: %w", err)
	}
	defer tx.Rollback()
	created := 0
	var fresh []fulltext.Original
	var entries []fulltext.Entry
	var heads []head
	warm := s.warm.Load() // a store that does not search from memory keeps no heads
	for _, d := range docs {
		e, h, dup, err := s.put(ctx, tx, d, fresh)
		if err != nil {
			return 0, fmt.Errorf("sqlite: store %s: %w", d.Source, err)
		}
		if e != nil {
			created++
			entries = append(entries, *e)
			if warm {
				heads = append(heads, newHead(d.ID, d.Title, d.Outlet, d.Published, dup, d.Text))
			}
			if dup == "" {
				fresh = append(fresh, fulltext.Original{ID: d.ID, Hash: h})
			}
		}
	}
	if err := tx.Commit(); err != nil {
		return 0, fmt.Errorf("sqlite: commit: %w", err)
	}
	s.reprints.Add(fresh...)
	if warm && len(entries) > 0 {
		// What this process stores is searchable when the call returns.
		s.loadMu.Lock()
		next := entries[0].Key == s.index.MaxKey()+1
		if next {
			s.index.Add(entries...)
			s.addHeads(entries, heads)
		}
		s.loadMu.Unlock()
		if !next {
			if err := s.catchUp(ctx); err != nil {
				return created, err
			}
		}
	}
	return created, nil
}

// put stores one document in tx and returns its index entry, or nil when
// it was stored already.
func (s *DB) put(ctx context.Context, tx *sql.Tx, d *marsad.Document, fresh []fulltext.Original) (*fulltext.Entry, uint64, string, error) {
	var exists int
	if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM articles WHERE id = ?`, d.ID).Scan(&exists); err != nil {
		return nil, 0, "", err
	}
	if exists > 0 {
		return nil, 0, "", nil
	}
	terms := fulltext.Terms(d)
	h := fulltext.SimHash(terms)
	dup := s.reprints.Of(h, fresh)
	doc := *d
	doc.Tokens = nil
	js, err := json.Marshal(&doc)
	if err != nil {
		return nil, 0, "", err
	}
	actors, roots := fulltext.FacetValues(d)
	res, err := tx.ExecContext(ctx, `INSERT INTO articles(id, title, outlet, published, url, source, doc, simhash, dup_of, text, actors, roots) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)`,
		d.ID, d.Title, d.Outlet, d.Published, d.URL, d.Source, string(js), int64(h), dup, d.Text, strings.Join(actors, " "), strings.Join(roots, " "))
	if err != nil {
		return nil, 0, "", err
	}
	rowid, err := res.LastInsertId()
	if err != nil {
		return nil, 0, "", err
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO article_fts(rowid, terms) VALUES (?, ?)`, rowid, strings.Join(terms, " ")); err != nil {
		return nil, 0, "", err
	}
	for _, e := range d.Entities {
		code, name := "", ""
		if e.Actor != nil {
			code, name = e.Actor.Code, e.Actor.Name
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO entities VALUES (?,?,?,?,?,?,?)`, d.ID, e.Start, e.End, e.Text, e.Type, code, name); err != nil {
			return nil, 0, "", err
		}
	}
	for _, q := range d.Quotes {
		sp, code := "", ""
		if q.Speaker != nil {
			sp = q.Speaker.Text
			if q.Speaker.Actor != nil {
				code = q.Speaker.Actor.Code
			}
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO quotes VALUES (?,?,?,?,?,?,?,?)`, d.ID, q.Start, q.End, q.Kind, q.Text, sp, code, d.Published); err != nil {
			return nil, 0, "", err
		}
	}
	for _, t := range d.Times {
		if _, err := tx.ExecContext(ctx, `INSERT INTO times VALUES (?,?,?,?,?,?)`, d.ID, t.Start, t.End, t.Text, t.Type, t.Value); err != nil {
			return nil, 0, "", err
		}
	}
	for i, ev := range d.Events {
		js, err := json.Marshal(ev)
		if err != nil {
			return nil, 0, "", err
		}
		date := ev.Date
		if date == "" {
			date = d.Published
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO events VALUES (?,?,?,?,?,?,?,?,?,?)`, d.ID, i, ev.Code, ev.Root, ev.Quad, ev.Goldstein,
			ev.Source.ActorCode(), ev.Target.ActorCode(), date, string(js)); err != nil {
			return nil, 0, "", err
		}
	}
	return &fulltext.Entry{Key: rowid, Terms: terms, TitleTerms: fulltext.TitleTerms(d), Outlet: d.Outlet, Published: d.Published,
		Actors: actors, Roots: roots}, h, dup, nil
}

// Document implements marsad.Store.
func (s *DB) Document(ctx context.Context, id string) (*marsad.Document, error) {
	var js string
	err := s.db.QueryRowContext(ctx, `SELECT doc FROM articles WHERE id = ?`, id).Scan(&js)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, marsad.Errorf(marsad.ENOTFOUND, "no article %q", id)
	}
	if err != nil {
		return nil, fmt.Errorf("sqlite: %w", err)
	}
	d := &marsad.Document{}
	if err := json.Unmarshal([]byte(js), d); err != nil {
		return nil, fmt.Errorf("sqlite: article %s: %w", id, err)
	}
	return d, nil
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

// Path returns the file the store was opened on.
func (s *DB) Path() string { return s.path }
