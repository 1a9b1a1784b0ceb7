package postgres

import (
	"context"
	"embed"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"net"
	"net/url"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/marsad/marsad"
	"github.com/marsad/marsad/fulltext"
)

//go:embed migration/*.sql
var migrations embed.FS

// migrationLock is the key of the advisory lock that serialises migrations
// between processes opening the same database ("marsad" in ASCII).
const migrationLock = 0x6d61727361640000

// maxAttempts bounds the attempts at a batch that PostgreSQL aborted for a
// deadlock or a serialisation failure with a concurrent batch.
const maxAttempts = 5

// DB is the PostgreSQL store. It is safe for concurrent use, and several
// processes may share one database.
type DB struct {
	pool *pgxpool.Pool
	name string // the database, without credentials

	reprints fulltext.Reprints // SimHash of the originals, for near-duplicates
}

var _ marsad.Store = (*DB)(nil)

// Open connects to the database at url, a postgres:// URL or a key=value
// connection string as libpq takes them (pool settings such as
// pool_max_conns included), and applies the migrations it lacks. The
// tables are created in the first schema of the search_path.
func Open(ctx context.Context, url string) (*DB, error) {
	cfg, err := pgxpool.ParseConfig(url)
	if err != nil {
		return nil, fmt.Errorf("postgres: open: %w", err)
	}
	pool, err := pgxpool.NewWithConfig(ctx, cfg)
	if err != nil {
		return nil, fmt.Errorf("postgres: open: %w", err)
	}
	s := &DB{pool: pool, name: redacted(cfg.ConnConfig)}
	if err := pool.Ping(ctx); err != nil {
		pool.Close()
		return nil, fmt.Errorf("postgres: connect to %s: %w", s.name, err)
	}
	if err := s.migrate(ctx); err != nil {
		pool.Close()
		return nil, err
	}
	if err := s.loadHashes(ctx); err != nil {
		pool.Close()
		return nil, err
	}
	return s, nil
}

// redacted names the database of c as a URL without password.
func redacted(c *pgx.ConnConfig) string {
	u := url.URL{Scheme: "postgres", Path: "/" + c.Database}
	if c.User != "" {
		u.User = url.User(c.User)
	}
	if strings.HasPrefix(c.Host, "/") { // a Unix socket directory
		u.RawQuery = url.Values{"host": {c.Host}}.Encode()
	} else {
		u.Host = net.JoinHostPort(c.Host, strconv.Itoa(int(c.Port)))
	}
	return u.String()
}

// Path names the database, for messages: its URL without password.
func (s *DB) Path() string { return s.name }

// migrate applies the embedded migrations in name order, all in one
// transaction under an advisory lock, so that processes opening the
// database together wait for the first one and then find nothing to do.
func (s *DB) migrate(ctx context.Context) error {
	names, err := fs.Glob(migrations, "migration/*.sql")
	if err != nil {
		return fmt.Errorf("postgres: migrate: %w", err)
	}
	sort.Strings(names)
	tx, err := s.pool.Begin(ctx)
	if err != nil {
		return fmt.Errorf("postgres: migrate: %w", err)
	}
	defer tx.Rollback(ctx)
	if _, err := tx.Exec(ctx, `SELECT pg_advisory_xact_lock($1)`, int64(migrationLock)); err != nil {
		return fmt.Errorf("postgres: migrate: lock: %w", err)
	}
	if _, err := tx.Exec(ctx, `CREATE TABLE IF NOT EXISTS migrations (
		name       TEXT PRIMARY KEY,
		applied_at TIMESTAMPTZ NOT NULL DEFAULT now()
	)`); err != nil {
		return fmt.Errorf("postgres: migrations table: %w", err)
	}
	for _, name := range names {
		var done bool
		if err := tx.QueryRow(ctx, `SELECT EXISTS (SELECT 1 FROM migrations WHERE name = $1)`, name).Scan(&done); err != nil {
			return fmt.Errorf("postgres: migration %s: %w", name, err)
		}
		if done {
			continue
		}
		body, err := migrations.ReadFile(name)
		if err != nil {
			return fmt.Errorf("postgres: migration %s: %w", name, err)
		}
		// Without arguments pgx sends the file as one simple query, so it
		// may hold several statements.
		if _, err := tx.Exec(ctx, string(body)); err != nil {
			return fmt.Errorf("postgres: migration %s: %w", name, err)
		}
		if _, err := tx.Exec(ctx, `INSERT INTO migrations(name) VALUES ($1)`, name); err != nil {
			return fmt.Errorf("postgres: migration %s: %w", name, err)
		}
	}
	if err := tx.Commit(ctx); err != nil {
		return fmt.Errorf("postgres: migrate: %w", err)
	}
	return nil
}

// loadHashes reads the SimHash of every original article.
func (s *DB) loadHashes(ctx context.Context) error {
	rows, err := s.pool.Query(ctx, `SELECT id, simhash FROM articles WHERE dup_of = '' AND simhash != 0 ORDER BY stored_at, id`)
	if err != nil {
		return fmt.Errorf("postgres: load hashes: %w", err)
	}
	var id string
	var h int64
	_, err = pgx.ForEachRow(rows, []any{&id, &h}, func() error {
		s.reprints.Add(fulltext.Original{ID: id, Hash: uint64(h)})
		return nil
	})
	if err != nil {
		return fmt.Errorf("postgres: load hashes: %w", err)
	}
	return nil
}

// Close closes the connections of the store.
func (s *DB) Close() error {
	s.pool.Close()
	return nil
}

// PutDocument implements marsad.Store.
func (s *DB) PutDocument(ctx context.Context, d *marsad.Document) (bool, error) {
	n, err := s.PutDocuments(ctx, []*marsad.Document{d})
	return n == 1, err
}

// PutDocuments stores a batch in one transaction and returns how many were
// new. Nothing of a failed batch is stored. Processes storing the same
// documents at once store each once: one of them reports it created.
func (s *DB) PutDocuments(ctx context.Context, docs []*marsad.Document) (int, error) {
	if len(docs) == 0 {
		return 0, nil
	}
	rows, fresh, err := s.prepare(docs)
	if err != nil {
		return 0, err
	}
	for attempt := 1; ; attempt++ {
		err = s.store(ctx, rows)
		if err == nil {
			break
		}
		if attempt == maxAttempts || !retryable(err) || ctx.Err() != nil {
			return 0, err
		}
	}
	created := map[string]bool{}
	for _, r := range rows {
		if r.created {
			created[r.doc.ID] = true
		}
	}
	for _, o := range fresh {
		if created[o.ID] {
			s.reprints.Add(o)
		}
	}
	return len(created), nil
}

// retryable reports whether PostgreSQL aborted a transaction only because
// of a concurrent one (a deadlock or a serialisation failure).
func retryable(err error) bool {
	var pe *pgconn.PgError
	return errors.As(err, &pe) && (pe.Code == "40P01" || pe.Code == "40001")
}

// article is a document ready to store.
type article struct {
	doc     *marsad.Document
	js      string   // the document as JSON, without tokens
	terms   string   // its index terms, space-separated
	hash    uint64   // SimHash
	dup     string   // the original it reprints, or ""
	actors  []string // facet values: distinct actor codes
	roots   []string // and event roots
	created bool     // inserted by the last attempt
}

// prepare analyses docs for storage, in order: an article reprints the
// first original within fulltext.MaxDupBits among those before it in the
// batch, else in the store. It also returns the originals of the batch,
// to remember those that get stored.
func (s *DB) prepare(docs []*marsad.Document) ([]article, []fulltext.Original, error) {
	rows := make([]article, len(docs))
	var fresh []fulltext.Original
	for i, d := range docs {
		terms := fulltext.Terms(d)
		h := fulltext.SimHash(terms)
		dup := s.reprints.Of(h, fresh)
		if dup == "" && h != 0 {
			fresh = append(fresh, fulltext.Original{ID: d.ID, Hash: h})
		}
		doc := *d
		doc.Tokens = nil
		js, err := json.Marshal(&doc)
		if err != nil {
			return nil, nil, fmt.Errorf("postgres: store %s: %w", d.Source, err)
		}
		actors, roots := fulltext.FacetValues(d)
		rows[i] = article{doc: d, js: string(js), terms: strings.Join(terms, " "), hash: h, dup: dup, actors: actors, roots: roots}
	}
	return rows, fresh, nil
}

// store makes one attempt at storing rows in a transaction, setting their
// created flags. The article rows go first, with ON CONFLICT DO NOTHING:
// of two transactions inserting one id, the second waits for the first
// and, once that commits, inserts nothing, so it stores no annotations and
// does not report the article created. They are inserted in id order, so
// that two batches holding the same articles do not deadlock. Statements
// are pipelined: a batch costs four round trips, however large.
func (s *DB) store(ctx context.Context, rows []article) error {
	order := make([]int, len(rows))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool { return rows[order[a]].doc.ID < rows[order[b]].doc.ID })

	tx, err := s.pool.Begin(ctx)
	if err != nil {
		return fmt.Errorf("postgres: %w", err)
	}
	defer tx.Rollback(ctx)
	b := &batch{}
	for _, i := range order {
		r := &rows[i]
		r.created = false
		d := r.doc
		b.queue(d, func(tag pgconn.CommandTag) { r.created = tag.RowsAffected() == 1 },
			`INSERT INTO articles (id, title, outlet, published, url, source, doc, simhash, dup_of, terms, text, actors, roots)
			VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, to_tsvector('simple', $10), $11, $12, $13)
			ON CONFLICT (id) DO NOTHING`,
			text(d.ID), text(d.Title), text(d.Outlet), text(d.Published), text(d.URL), text(d.Source),
			r.js, int64(r.hash), r.dup, text(r.terms), text(d.Text), texts(r.actors), texts(r.roots))
	}
	if err := b.send(ctx, tx); err != nil {
		return err
	}
	b = &batch{}
	for _, r := range rows {
		if r.created {
			if err := annotations(b, r.doc); err != nil {
				return fmt.Errorf("postgres: store %s: %w", r.doc.Source, err)
			}
		}
	}
	if err := b.send(ctx, tx); err != nil {
		return err
	}
	if err := tx.Commit(ctx); err != nil {
		return fmt.Errorf("postgres: commit: %w", err)
	}
	return nil
}

// annotations queues the rows of d's entities, quotes, times and events.
func annotations(b *batch, d *marsad.Document) error {
	id := text(d.ID)
	for i, e := range d.Entities {
		code, name := "", ""
		if e.Actor != nil {
			code, name = e.Actor.Code, e.Actor.Name
		}
		b.queue(d, nil, `INSERT INTO entities (article, seq, span_start, span_end, text, type, actor_code, actor_name)
			VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
			id, i, e.Start, e.End, text(e.Text), text(e.Type), text(code), text(name))
	}
	for i, q := range d.Quotes {
		sp, code := "", ""
		if q.Speaker != nil {
			sp, code = q.Speaker.Text, q.Speaker.ActorCode()
		}
		b.queue(d, nil, `INSERT INTO quotes (article, seq, span_start, span_end, kind, text, speaker, speaker_code, published)
			VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
			id, i, q.Start, q.End, text(q.Kind), text(q.Text), text(sp), text(code), text(d.Published))
	}
	for i, t := range d.Times {
		b.queue(d, nil, `INSERT INTO times (article, seq, span_start, span_end, text, type, value)
			VALUES ($1, $2, $3, $4, $5, $6, $7)`,
			id, i, t.Start, t.End, text(t.Text), text(t.Type), text(t.Value))
	}
	for i, ev := range d.Events {
		js, err := json.Marshal(ev)
		if err != nil {
			return err
		}
		date := ev.Date
		if date == "" {
			date = d.Published
		}
		b.queue(d, nil, `INSERT INTO events (article, seq, code, root, quad, goldstein, source_code, target_code, date, event)
			VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
			id, i, text(ev.Code), text(ev.Root), ev.Quad, ev.Goldstein,
			text(ev.Source.ActorCode()), text(ev.Target.ActorCode()), text(date), string(js))
	}
	return nil
}

// batch is a pipelined batch of statements that remembers the document of
// each, so that an error names the document whose statement failed.
type batch struct {
	pgx.Batch
	docs []*marsad.Document // of each statement
	done int                // statements that succeeded
}

// queue adds a statement for d; fn, if not nil, gets its command tag.
func (b *batch) queue(d *marsad.Document, fn func(pgconn.CommandTag), sql string, args ...any) {
	b.docs = append(b.docs, d)
	b.Queue(sql, args...).Exec(func(tag pgconn.CommandTag) error {
		if fn != nil {
			fn(tag)
		}
		b.done++
		return nil
	})
}

// send runs the statements in tx, in one round trip.
func (b *batch) send(ctx context.Context, tx pgx.Tx) error {
	if b.Len() == 0 {
		return nil
	}
	if err := tx.SendBatch(ctx, &b.Batch).Close(); err != nil {
		if b.done < len(b.docs) {
			return fmt.Errorf("postgres: store %s: %w", b.docs[b.done].Source, err)
		}
		return fmt.Errorf("postgres: store: %w", err)
	}
	return nil
}

// text makes s storable in a PostgreSQL TEXT column, which holds neither
// NUL nor invalid UTF-8 (SQLite keeps both): each becomes U+FFFD. Filters
// go through it too, so that they find what was stored.
// texts is text for each of ss; never nil, as the columns are NOT NULL.
func texts(ss []string) []string {
	out := make([]string, len(ss))
	for i, s := range ss {
		out[i] = text(s)
	}
	return out
}

func text(s string) string {
	if utf8.ValidString(s) && !strings.Contains(s, "\x00") {
		return s
	}
	return strings.ToValidUTF8(strings.ReplaceAll(s, "\x00", "\uFFFD"), "\uFFFD")
}

// Document implements marsad.Store.
func (s *DB) Document(ctx context.Context, id string) (*marsad.Document, error) {
	var js string
	err := s.pool.QueryRow(ctx, `SELECT doc FROM articles WHERE id = $1`, text(id)).Scan(&js)
	if errors.Is(err, pgx.ErrNoRows) {
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
