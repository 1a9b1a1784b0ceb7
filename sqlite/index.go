package sqlite

import (
	"context"
	"fmt"
	"runtime"
	"strings"
	"sync"
	"time"

	"github.com/marsad/marsad"
	"github.com/marsad/marsad/fulltext"
)

// loadBatch is how many articles one step of loading the index reads.
const loadBatch = 1000

// pollEvery is how often a search looks for articles that other processes
// stored; what this process stores is in the index when PutDocuments
// returns.
const pollEvery = time.Second

// snippetPrefix is how many characters of a hit's text a search reads
// first; more only when the snippet's window lies beyond them. A snippet
// first looks at 512 bytes (fulltext.SnippetOf), which 600 characters
// always hold.
const snippetPrefix = 600

// Warm loads every stored article into an in-memory search index, after
// which plain queries (words and prefixes) are answered from memory and
// phrases still from FTS5, with the same results. Articles stored later,
// by this process or another, are added before each search. A server
// calls Warm once at start; a one-off command need not.
func (s *DB) Warm(ctx context.Context) error {
	if err := s.catchUp(ctx); err != nil {
		return err
	}
	s.warm.Store(true)
	return nil
}

// catchUp adds to the index the articles stored after the last one it
// holds: rows are numbered in commit order and never deleted.
func (s *DB) catchUp(ctx context.Context) error {
	var last int64
	if err := s.db.QueryRowContext(ctx, `SELECT coalesce(max(rowid), 0) FROM articles`).Scan(&last); err != nil {
		return fmt.Errorf("sqlite: index: %w", err)
	}
	if last <= s.index.MaxKey() {
		return nil
	}
	s.loadMu.Lock()
	defer s.loadMu.Unlock()
	for from := s.index.MaxKey(); from < last; from = s.index.MaxKey() {
		entries, err := s.loadEntries(ctx, from)
		if err != nil {
			return err
		}
		if len(entries) == 0 {
			break
		}
		s.index.Add(entries...)
	}
	return nil
}

// loadEntries reads the next batch of articles after row from and
// analyses their terms on every core.
func (s *DB) loadEntries(ctx context.Context, from int64) ([]fulltext.Entry, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT rowid, title, text, outlet, published, actors, roots FROM articles WHERE rowid > ? ORDER BY rowid LIMIT ?`, from, loadBatch)
	if err != nil {
		return nil, fmt.Errorf("sqlite: index: %w", err)
	}
	defer rows.Close()
	var entries []fulltext.Entry
	var texts []*marsad.Document
	for rows.Next() {
		var e fulltext.Entry
		var d marsad.Document
		var actors, roots string
		if err := rows.Scan(&e.Key, &d.Title, &d.Text, &e.Outlet, &e.Published, &actors, &roots); err != nil {
			return nil, fmt.Errorf("sqlite: index: %w", err)
		}
		e.Actors, e.Roots = strings.Fields(actors), strings.Fields(roots)
		entries = append(entries, e)
		texts = append(texts, &d)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("sqlite: index: %w", err)
	}
	var wg sync.WaitGroup
	workers := runtime.GOMAXPROCS(0)
	for w := range workers {
		wg.Go(func() {
			for i := w; i < len(entries); i += workers {
				entries[i].Terms = fulltext.Terms(texts[i])
				entries[i].TitleTerms = fulltext.TitleTerms(texts[i])
			}
		})
	}
	wg.Wait()
	return entries, nil
}

// snippet cuts a hit's snippet from its text or a prefix of it (whole
// when it is all of it), where the index placed the query when it could.
func snippet(text string, whole bool, at int, terms map[string]bool) (string, bool) {
	if at == fulltext.Unknown {
		return fulltext.SnippetOf(text, whole, terms, 14)
	}
	return fulltext.SnippetAt(text, whole, at, terms, 14)
}

// searchIndex answers a plain query from the in-memory index and reads
// the page of hits from the table.
func (s *DB) searchIndex(ctx context.Context, pq fulltext.Query, q marsad.SearchQuery) (*marsad.SearchResult, error) {
	if now, last := time.Now().UnixNano(), s.polled.Load(); now-last > int64(pollEvery) && s.polled.CompareAndSwap(last, now) {
		if err := s.catchUp(ctx); err != nil {
			return nil, err
		}
	}
	r := s.index.Search(pq, q.Filter, max(q.Offset, 0), limitOf(q.Filter))
	res := &marsad.SearchResult{Total: r.Total, Hits: []marsad.Hit{}, Facets: r.Facets}
	if len(r.Matches) == 0 {
		return res, nil
	}
	marks := make([]string, len(r.Matches))
	args := make([]any, len(r.Matches))
	at := make(map[int64]int, len(r.Matches))
	for i, m := range r.Matches {
		marks[i], args[i], at[m.Key] = "?", m.Key, i
	}
	// A prefix of each text is enough for most snippets, and spares
	// copying whole articles out of the database.
	rows, err := s.db.QueryContext(ctx, `SELECT rowid, id, title, outlet, published, dup_of, substr(text, 1, ?), octet_length(text) FROM articles WHERE rowid IN (`+strings.Join(marks, ",")+`)`,
		append([]any{snippetPrefix}, args...)...)
	if err != nil {
		return nil, fmt.Errorf("sqlite: search: %w", err)
	}
	defer rows.Close()
	hits := make([]marsad.Hit, len(r.Matches))
	var whole []int
	for rows.Next() {
		var key int64
		var h marsad.Hit
		var text string
		var size int // of the whole text, in bytes
		if err := rows.Scan(&key, &h.ID, &h.Title, &h.Outlet, &h.Published, &h.DupOf, &text, &size); err != nil {
			return nil, fmt.Errorf("sqlite: search: %w", err)
		}
		i, ok := at[key]
		if !ok {
			continue
		}
		h.Score = r.Matches[i].Score
		if h.Snippet, ok = snippet(text, size <= len(text), r.Matches[i].At, pq.Terms); !ok {
			whole = append(whole, i)
		}
		hits[i] = h
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("sqlite: search: %w", err)
	}
	for _, i := range whole {
		var text string
		if err := s.db.QueryRowContext(ctx, `SELECT text FROM articles WHERE rowid = ?`, r.Matches[i].Key).Scan(&text); err != nil {
			return nil, fmt.Errorf("sqlite: search: %w", err)
		}
		hits[i].Snippet, _ = snippet(text, true, r.Matches[i].At, pq.Terms)
	}
	res.Hits = hits
	return res, nil
}
