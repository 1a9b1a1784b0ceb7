package sqlite

import (
	"context"
	"encoding/json"
	"fmt"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/marsad/marsad"
	"github.com/marsad/marsad/fulltext"
)

// matchExpr builds an FTS5 MATCH expression from a query parsed by
// fulltext.Parse: every term is quoted, so no FTS syntax of the user's
// reaches SQLite. It also returns the terms, for snippets.
func matchExpr(pq fulltext.Query) (string, map[string]bool) {
	parts := make([]string, 0, len(pq.Parts))
	for _, p := range pq.Parts {
		e := `"` + strings.ReplaceAll(strings.Join(p.Terms, " "), `"`, "") + `"`
		if p.Prefix {
			e += "*"
		}
		parts = append(parts, e)
	}
	return strings.Join(parts, " "), pq.Terms
}

// where builds the filter conditions on articles a; args follow.
func where(f marsad.Filter) (string, []any) {
	var conds []string
	var args []any
	if f.From != "" {
		conds, args = append(conds, "a.published >= ?"), append(args, f.From)
	}
	if f.To != "" {
		conds, args = append(conds, "a.published <= ?"), append(args, f.To)
	}
	if f.Outlet != "" {
		conds, args = append(conds, "a.outlet = ?"), append(args, f.Outlet)
	}
	if f.Actor != "" {
		conds, args = append(conds, "EXISTS (SELECT 1 FROM entities e WHERE e.article = a.id AND e.actor_code LIKE ? ESCAPE '\\')"), append(args, likePrefix(f.Actor))
	}
	if f.Root != "" {
		conds, args = append(conds, "EXISTS (SELECT 1 FROM events v WHERE v.article = a.id AND v.root = ?)"), append(args, f.Root)
	}
	if len(conds) == 0 {
		return "", nil
	}
	return " AND " + strings.Join(conds, " AND "), args
}

func likePrefix(s string) string {
	r := strings.NewReplacer(`\`, `\\`, `%`, `\%`, `_`, `\_`)
	return r.Replace(s) + "%"
}

// Search implements marsad.Store.
func (s *DB) Search(ctx context.Context, q marsad.SearchQuery) (*marsad.SearchResult, error) {
	pq, err := fulltext.Parse(q.Q)
	if err != nil {
		return nil, err
	}
	if s.warm.Load() && fulltext.Answerable(pq) {
		return s.searchIndex(ctx, pq, q)
	}
	match, terms := matchExpr(pq)
	w, wargs := where(q.Filter)
	base := ` FROM article_fts JOIN articles a ON a.rowid = article_fts.rowid WHERE article_fts MATCH ?` + w
	args := append([]any{match}, wargs...)
	res := &marsad.SearchResult{Hits: []marsad.Hit{}, Facets: map[string][]marsad.Facet{}}
	// One scan of the matches counts them and their facets.
	counts := map[string]map[string]int{"outlet": {}, "actor": {}, "root": {}}
	frows, err := s.db.QueryContext(ctx, `SELECT a.outlet, a.actors, a.roots`+base, args...)
	if err != nil {
		return nil, fmt.Errorf("sqlite: search: %w", err)
	}
	for frows.Next() {
		var outlet, actors, roots string
		if err := frows.Scan(&outlet, &actors, &roots); err != nil {
			frows.Close()
			return nil, fmt.Errorf("sqlite: search: %w", err)
		}
		res.Total++
		if outlet != "" {
			counts["outlet"][outlet]++
		}
		for _, c := range strings.Fields(actors) {
			counts["actor"][c]++
		}
		for _, r := range strings.Fields(roots) {
			counts["root"][r]++
		}
	}
	frows.Close()
	if err := frows.Err(); err != nil {
		return nil, fmt.Errorf("sqlite: search: %w", err)
	}
	for name, c := range counts {
		res.Facets[name] = topFacets(c, 10)
	}
	if res.Total == 0 {
		return res, nil
	}
	rows, err := s.db.QueryContext(ctx, `SELECT a.id, a.title, a.outlet, a.published, a.dup_of, bm25(article_fts), a.text`+base+` ORDER BY bm25(article_fts), a.rowid LIMIT ? OFFSET ?`,
		append(args, limitOf(q.Filter), max(q.Offset, 0))...)
	if err != nil {
		return nil, fmt.Errorf("sqlite: search: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var h marsad.Hit
		var text string
		if err := rows.Scan(&h.ID, &h.Title, &h.Outlet, &h.Published, &h.DupOf, &h.Score, &text); err != nil {
			return nil, fmt.Errorf("sqlite: search: %w", err)
		}
		h.Snippet = fulltext.Snippet(text, terms, 14)
		res.Hits = append(res.Hits, h)
	}
	return res, rows.Err()
}

// topFacets returns the n values with the highest counts.
func topFacets(c map[string]int, n int) []marsad.Facet {
	out := make([]marsad.Facet, 0, len(c))
	for v, k := range c {
		out = append(out, marsad.Facet{Value: v, Count: k})
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Count != out[j].Count {
			return out[i].Count > out[j].Count
		}
		return out[i].Value < out[j].Value
	})
	return out[:min(n, len(out))]
}

// Snippet cuts a window of the original text around the first match; see
// fulltext.Snippet.
func Snippet(text string, terms map[string]bool, window int) string {
	return fulltext.Snippet(text, terms, window)
}

// eventWhere builds event filters on table v joined with articles a.
func eventWhere(f marsad.Filter) (string, []any) {
	var conds []string
	var args []any
	add := func(c string, a any) { conds, args = append(conds, c), append(args, a) }
	if f.From != "" {
		add("v.date >= ?", f.From)
	}
	if f.To != "" {
		add("v.date <= ?", f.To)
	}
	if f.Source != "" {
		add(`v.source_code LIKE ? ESCAPE '\'`, likePrefix(f.Source))
	}
	if f.Target != "" {
		add(`v.target_code LIKE ? ESCAPE '\'`, likePrefix(f.Target))
	}
	if f.Actor != "" {
		conds = append(conds, `(v.source_code LIKE ? ESCAPE '\' OR v.target_code LIKE ? ESCAPE '\')`)
		args = append(args, likePrefix(f.Actor), likePrefix(f.Actor))
	}
	if f.Root != "" {
		add("v.root = ?", f.Root)
	}
	if f.Outlet != "" {
		add("a.outlet = ?", f.Outlet)
	}
	if len(conds) == 0 {
		return "", nil
	}
	return " WHERE " + strings.Join(conds, " AND "), args
}

// Events implements marsad.Store.
func (s *DB) Events(ctx context.Context, f marsad.Filter) ([]marsad.EventRecord, error) {
	w, args := eventWhere(f)
	rows, err := s.db.QueryContext(ctx, `SELECT v.article, a.title, v.event FROM events v JOIN articles a ON a.id = v.article`+w+
		` ORDER BY v.date DESC, v.article, v.seq LIMIT ? OFFSET ?`, append(args, limitOf(f), max(f.Offset, 0))...)
	if err != nil {
		return nil, fmt.Errorf("sqlite: events: %w", err)
	}
	defer rows.Close()
	out := []marsad.EventRecord{}
	for rows.Next() {
		var r marsad.EventRecord
		var js string
		if err := rows.Scan(&r.Article, &r.Title, &js); err != nil {
			return nil, err
		}
		if err := json.Unmarshal([]byte(js), &r.Event); err != nil {
			return nil, fmt.Errorf("sqlite: event of %s: %w", r.Article, err)
		}
		out = append(out, r)
	}
	return out, rows.Err()
}

// Quotes implements marsad.Store.
func (s *DB) Quotes(ctx context.Context, f marsad.Filter) ([]marsad.QuoteRecord, error) {
	var conds []string
	var args []any
	if f.Speaker != "" {
		conds = append(conds, `(q.speaker_code LIKE ? ESCAPE '\' OR q.speaker LIKE ? ESCAPE '\')`)
		args = append(args, likePrefix(f.Speaker), "%"+strings.TrimSuffix(likePrefix(f.Speaker), "%")+"%")
	}
	if f.From != "" {
		conds, args = append(conds, "q.published >= ?"), append(args, f.From)
	}
	if f.To != "" {
		conds, args = append(conds, "q.published <= ?"), append(args, f.To)
	}
	w := ""
	if len(conds) > 0 {
		w = " WHERE " + strings.Join(conds, " AND ")
	}
	rows, err := s.db.QueryContext(ctx, `SELECT q.article, a.title, q.published, q.start, q.end, q.kind, q.text, q.speaker, q.speaker_code FROM quotes q JOIN articles a ON a.id = q.article`+w+
		` ORDER BY q.published DESC, q.article, q.start, q.end, q.kind LIMIT ? OFFSET ?`, append(args, limitOf(f), max(f.Offset, 0))...)
	if err != nil {
		return nil, fmt.Errorf("sqlite: quotes: %w", err)
	}
	defer rows.Close()
	out := []marsad.QuoteRecord{}
	for rows.Next() {
		var r marsad.QuoteRecord
		var sp, code string
		if err := rows.Scan(&r.Article, &r.Title, &r.Published, &r.Start, &r.End, &r.Kind, &r.Text, &sp, &code); err != nil {
			return nil, err
		}
		if sp != "" {
			r.Speaker = &marsad.Mention{Text: sp}
			if code != "" {
				r.Speaker.Actor = &marsad.ActorRef{Code: code}
			}
		}
		out = append(out, r)
	}
	return out, rows.Err()
}

// Actors implements marsad.Store.
func (s *DB) Actors(ctx context.Context, f marsad.Filter) ([]marsad.ActorCount, error) {
	cond, args := "", []any{}
	if f.Actor != "" {
		cond, args = ` AND e.actor_code LIKE ? ESCAPE '\'`, append(args, likePrefix(f.Actor))
	}
	rows, err := s.db.QueryContext(ctx, `SELECT e.actor_code, max(e.actor_name), count(*),
		(SELECT count(*) FROM events v WHERE v.source_code = e.actor_code OR v.target_code = e.actor_code)
		FROM entities e WHERE e.actor_code != ''`+cond+` GROUP BY e.actor_code ORDER BY 3 DESC LIMIT ? OFFSET ?`, append(args, limitOf(f), max(f.Offset, 0))...)
	if err != nil {
		return nil, fmt.Errorf("sqlite: actors: %w", err)
	}
	defer rows.Close()
	out := []marsad.ActorCount{}
	for rows.Next() {
		var a marsad.ActorCount
		if err := rows.Scan(&a.Code, &a.Name, &a.Mentions, &a.Events); err != nil {
			return nil, err
		}
		out = append(out, a)
	}
	return out, rows.Err()
}

// Graph implements marsad.Store.
func (s *DB) Graph(ctx context.Context, f marsad.Filter) ([]marsad.Edge, error) {
	w, args := eventWhere(f)
	rows, err := s.db.QueryContext(ctx, `SELECT v.source_code, v.target_code, count(*), avg(v.goldstein) FROM events v JOIN articles a ON a.id = v.article`+w+
		` GROUP BY 1, 2 ORDER BY 3 DESC LIMIT ?`, append(args, limitOf(f))...)
	if err != nil {
		return nil, fmt.Errorf("sqlite: graph: %w", err)
	}
	defer rows.Close()
	out := []marsad.Edge{}
	for rows.Next() {
		var e marsad.Edge
		if err := rows.Scan(&e.Source, &e.Target, &e.Events, &e.Goldstein); err != nil {
			return nil, err
		}
		out = append(out, e)
	}
	return out, rows.Err()
}

// Timeline implements marsad.Store.
func (s *DB) Timeline(ctx context.Context, f marsad.Filter) ([]marsad.DayCount, error) {
	w, args := eventWhere(f)
	rows, err := s.db.QueryContext(ctx, `SELECT v.date, count(*) FROM events v JOIN articles a ON a.id = v.article`+w+` GROUP BY 1 ORDER BY 1`, args...)
	if err != nil {
		return nil, fmt.Errorf("sqlite: timeline: %w", err)
	}
	defer rows.Close()
	out := []marsad.DayCount{}
	for rows.Next() {
		var d marsad.DayCount
		if err := rows.Scan(&d.Date, &d.Events); err != nil {
			return nil, err
		}
		if utf8.ValidString(d.Date) {
			out = append(out, d)
		}
	}
	return out, rows.Err()
}
