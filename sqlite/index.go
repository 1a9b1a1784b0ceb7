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

// snippetPrefix is how many characters of a hit's text the heads keep
// in memory; a search reads the rest only when the snippet's window lies
// beyond them. A snippet
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
		entries, heads, err := s.loadEntries(ctx, from)
		if err != nil {
			return err
		}
		if len(entries) == 0 {
			break
		}
		s.index.Add(entries...)
		s.addHeads(entries, heads)
	}
	return nil
}

// loadEntries reads the next batch of articles after row from and
// analyses their terms on every core.
func (s *DB) loadEntries(ctx context.Context, from int64) ([]fulltext.Entry, []head, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT rowid, id, title, text, outlet, published, dup_of, actors, roots FROM articles WHERE rowid > ? ORDER BY rowid LIMIT ?`, from, loadBatch)
	if err != nil {
		return nil, nil, fmt.Errorf("sqlite: index: %w", err)
	}
	defer rows.Close()
	var entries []fulltext.Entry
	var heads []head
	var texts []*marsad.Document
	for rows.Next() {
		var e fulltext.Entry
		var d marsad.Document
		var id, dupOf, actors, roots string
		if err := rows.Scan(&e.Key, &id, &d.Title, &d.Text, &e.Outlet, &e.Published, &dupOf, &actors, &roots); err != nil {
			return nil, nil, fmt.Errorf("sqlite: index: %w", err)
		}
		e.Actors, e.Roots = strings.Fields(actors), strings.Fields(roots)
		entries = append(entries, e)
		heads = append(heads, newHead(id, d.Title, e.Outlet, e.Published, dupOf, d.Text))
		texts = append(texts, &d)
	}
	if err := rows.Err(); err != nil {
		return nil, nil, fmt.Errorf("sqlite: index: %w", err)
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
	return entries, heads, nil
}

// addHeads keeps the heads of entries just added to the index.
func (s *DB) addHeads(entries []fulltext.Entry, rows []head) {
	keys := make([]int64, len(entries))
	for i, e := range entries {
		keys[i] = e.Key
	}
	s.heads.add(keys, rows)
}

// snippet cuts a hit's snippet from its text or a prefix of it (whole
// when it is all of it), where the index placed the query when it could.
func snippet(text string, whole bool, at int, terms map[string]bool) (string, bool) {
	if at == fulltext.Unknown {
		return fulltext.SnippetOf(text, whole, terms, snippetWindow)
	}
	return fulltext.SnippetAt(text, whole, at, terms, snippetWindow)
}

// snippetWindow is how many tokens a snippet shows.
const snippetWindow = 14

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
	// Most hits are shown from the heads in memory; the others, and
	// snippets beyond a head, are read from the table.
	hits := make([]marsad.Hit, len(r.Matches))
	var missing []int
	for i, m := range r.Matches {
		h, ok := s.heads.get(m.Key)
		if !ok {
			missing = append(missing, i)
			continue
		}
		hits[i] = h.hit()
		hits[i].Score = m.Score
		if hits[i].Snippet, ok = snippet(h.text, h.whole, m.At, pq.Terms); !ok {
			missing = append(missing, i)
		}
	}
	// A snippet deep in a long text is cut from a part of it that
	// begins at a word mark before the window.
	type deepHit struct{ i, off, at, size int }
	var deep []deepHit
	rest := missing[:0]
	for _, i := range missing {
		m := r.Matches[i]
		if h, ok := s.heads.get(m.Key); ok {
			if off, at, ok := h.deep(m.At, snippetWindow); ok {
				deep = append(deep, deepHit{i, off, at, h.size})
				continue
			}
		}
		rest = append(rest, i)
	}
	if len(deep) > 0 {
		// One statement reads every part, each from its own offset.
		var when, in strings.Builder
		args := make([]any, 0, 3*len(deep)+1)
		for k, d := range deep {
			when.WriteString(" WHEN ? THEN ?")
			args = append(args, r.Matches[d.i].Key, d.off+1)
			if k > 0 {
				in.WriteString(",")
			}
			in.WriteString("?")
		}
		args = append(args, deepPart)
		for _, d := range deep {
			args = append(args, r.Matches[d.i].Key)
		}
		rows, err := s.db.QueryContext(ctx, `SELECT rowid, substr(CAST(text AS BLOB), CASE rowid`+when.String()+` END, ?) FROM articles WHERE rowid IN (`+in.String()+`)`, args...)
		if err != nil {
			return nil, fmt.Errorf("sqlite: search: %w", err)
		}
		got := make(map[int64]string, len(deep))
		for rows.Next() {
			var key int64
			var part string
			if err := rows.Scan(&key, &part); err != nil {
				rows.Close()
				return nil, fmt.Errorf("sqlite: search: %w", err)
			}
			got[key] = part
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return nil, fmt.Errorf("sqlite: search: %w", err)
		}
		for _, d := range deep {
			part, ok := got[r.Matches[d.i].Key]
			if ok {
				hits[d.i].Snippet, ok = fulltext.SnippetAt(part, d.off+len(part) >= d.size, d.at, pq.Terms, snippetWindow)
			}
			if !ok {
				rest = append(rest, d.i)
			}
		}
	}
	missing = rest
	if len(missing) == 0 {
		res.Hits = hits
		return res, nil
	}
	marks := make([]string, len(missing))
	args := make([]any, len(missing))
	at := make(map[int64]int, len(missing))
	for j, i := range missing {
		marks[j], args[j], at[r.Matches[i].Key] = "?", r.Matches[i].Key, i
	}
	rows, err := s.db.QueryContext(ctx, `SELECT rowid, id, title, outlet, published, dup_of, text FROM articles WHERE rowid IN (`+strings.Join(marks, ",")+`)`, args...)
	if err != nil {
		return nil, fmt.Errorf("sqlite: search: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var key int64
		var h marsad.Hit
		var text string
		if err := rows.Scan(&key, &h.ID, &h.Title, &h.Outlet, &h.Published, &h.DupOf, &text); err != nil {
			return nil, fmt.Errorf("sqlite: search: %w", err)
		}
		i, ok := at[key]
		if !ok {
			continue
		}
		h.Score = r.Matches[i].Score
		h.Snippet, _ = snippet(text, true, r.Matches[i].At, pq.Terms)
		hits[i] = h
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("sqlite: search: %w", err)
	}
	res.Hits = hits
	return res, nil
}
