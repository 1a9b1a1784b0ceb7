package postgres

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"strings"

	"github.com/jackc/pgx/v5"

	"github.com/marsad/marsad"
	"github.com/marsad/marsad/fulltext"
)

// args collects the parameters of a query: add appends a value and
// returns its placeholder. Strings go through text, as stored ones did.
type args []any

func (a *args) add(v any) string {
	if s, ok := v.(string); ok {
		v = text(s)
	}
	*a = append(*a, v)
	return "$" + strconv.Itoa(len(*a))
}

// limitOf is the page size of f: 50 by default, at most 500.
func limitOf(f marsad.Filter) int {
	switch {
	case f.Limit <= 0:
		return 50
	case f.Limit > 500:
		return 500
	}
	return f.Limit
}

// likePrefix is a LIKE pattern for values starting with s.
func likePrefix(s string) string {
	r := strings.NewReplacer(`\`, `\\`, `%`, `\%`, `_`, `\_`)
	return r.Replace(s) + "%"
}

// codePrefix is a LIKE pattern for actor codes starting with s. Codes are
// upper case, and SQLite's LIKE ignores ASCII case, so s is upper-cased.
func codePrefix(s string) string {
	b := []byte(s)
	for i, c := range b {
		if 'a' <= c && c <= 'z' {
			b[i] = c - 'a' + 'A'
		}
	}
	return likePrefix(string(b))
}

// tsQuery turns a user query, parsed by fulltext.Parse as the SQLite store
// parses it, into to_tsquery syntax over the 'simple' configuration: parts
// joined by &, the terms of a phrase by <->, a prefix marked :*. Every term
// is a quoted lexeme with its quotes and backslashes escaped, so nothing of
// the user's reaches PostgreSQL as syntax. It also returns the terms, for
// snippets.
func tsQuery(q string) (string, map[string]bool, error) {
	pq, err := fulltext.Parse(q)
	if err != nil {
		return "", nil, err
	}
	esc := strings.NewReplacer(`'`, `''`, `\`, `\\`)
	parts := make([]string, 0, len(pq.Parts))
	for _, p := range pq.Parts {
		ts := make([]string, len(p.Terms))
		for i, t := range p.Terms {
			ts[i] = "'" + esc.Replace(t) + "'"
		}
		if p.Prefix {
			ts[len(ts)-1] += ":*"
		}
		parts = append(parts, strings.Join(ts, " <-> "))
	}
	return strings.Join(parts, " & "), pq.Terms, nil
}

// articleWhere builds the filter conditions on articles a.
func articleWhere(f marsad.Filter, a *args) string {
	var conds []string
	if f.From != "" {
		conds = append(conds, "a.published >= "+a.add(f.From))
	}
	if f.To != "" {
		conds = append(conds, "a.published <= "+a.add(f.To))
	}
	if f.Outlet != "" {
		conds = append(conds, "a.outlet = "+a.add(f.Outlet))
	}
	if f.Actor != "" {
		conds = append(conds, "EXISTS (SELECT 1 FROM unnest(a.actors) x WHERE x LIKE "+a.add(codePrefix(f.Actor))+")")
	}
	if f.Root != "" {
		conds = append(conds, a.add(f.Root)+" = ANY(a.roots)")
	}
	if len(conds) == 0 {
		return ""
	}
	return " AND " + strings.Join(conds, " AND ")
}

// Search implements marsad.Store. Hits are ranked by ts_rank, normalised
// by document length; Score is its negation, so that lower is better as
// with SQLite's BM25. The matches are found once, with their rank and
// facet values, and the count, the facets and the page are all computed
// from them in one statement: a common word costs one pass over its
// articles, not one per answer.
func (s *DB) Search(ctx context.Context, q marsad.SearchQuery) (*marsad.SearchResult, error) {
	tsq, terms, err := tsQuery(q.Q)
	if err != nil {
		return nil, err
	}
	var a args
	match := `SELECT a.id, a.title, a.outlet, a.published, a.dup_of, a.actors, a.roots, ts_rank(a.terms, q, 1)::float8 AS r
		FROM articles a, to_tsquery('simple', ` + a.add(tsq) + `) q WHERE a.terms @@ q` + articleWhere(q.Filter, &a)
	lim, off := a.add(limitOf(q.Filter)), a.add(max(q.Offset, 0))
	facet := func(from string) string {
		return `coalesce((SELECT json_agg(json_build_array(v, n) ORDER BY n DESC, v) FROM (SELECT v, count(*) AS n FROM ` + from +
			` GROUP BY v ORDER BY n DESC, v LIMIT 10) t), '[]')`
	}
	sql := `WITH m AS MATERIALIZED (` + match + `)
		SELECT (SELECT count(*) FROM m), ` +
		facet(`(SELECT outlet AS v FROM m WHERE outlet != '') f`) + `, ` +
		facet(`(SELECT unnest(actors) AS v FROM m) f`) + `, ` +
		facet(`(SELECT unnest(roots) AS v FROM m) f`) + `,
		coalesce((SELECT json_agg(json_build_array(t.id, t.title, t.outlet, t.published, t.dup_of, -t.r, x.text) ORDER BY t.r DESC, t.published DESC, t.id)
			FROM (SELECT * FROM m ORDER BY r DESC, published DESC, id LIMIT ` + lim + ` OFFSET ` + off + `) t JOIN articles x ON x.id = t.id), '[]')`
	var total int
	var facets [3][]byte
	var hits []byte
	if err := s.pool.QueryRow(ctx, sql, a...).Scan(&total, &facets[0], &facets[1], &facets[2], &hits); err != nil {
		return nil, fmt.Errorf("postgres: search: %w", err)
	}
	res := &marsad.SearchResult{Total: total, Hits: []marsad.Hit{}, Facets: map[string][]marsad.Facet{}}
	for i, name := range []string{"outlet", "actor", "root"} {
		var pairs [][2]json.RawMessage
		if err := json.Unmarshal(facets[i], &pairs); err != nil {
			return nil, fmt.Errorf("postgres: search: facet %s: %w", name, err)
		}
		res.Facets[name] = make([]marsad.Facet, len(pairs))
		for k, p := range pairs {
			f := &res.Facets[name][k]
			if err := errors.Join(json.Unmarshal(p[0], &f.Value), json.Unmarshal(p[1], &f.Count)); err != nil {
				return nil, fmt.Errorf("postgres: search: facet %s: %w", name, err)
			}
		}
	}
	var rows [][7]json.RawMessage
	if err := json.Unmarshal(hits, &rows); err != nil {
		return nil, fmt.Errorf("postgres: search: hits: %w", err)
	}
	for _, r := range rows {
		var h marsad.Hit
		var body string
		if err := errors.Join(json.Unmarshal(r[0], &h.ID), json.Unmarshal(r[1], &h.Title), json.Unmarshal(r[2], &h.Outlet),
			json.Unmarshal(r[3], &h.Published), json.Unmarshal(r[4], &h.DupOf), json.Unmarshal(r[5], &h.Score), json.Unmarshal(r[6], &body)); err != nil {
			return nil, fmt.Errorf("postgres: search: hits: %w", err)
		}
		h.Snippet = fulltext.Snippet(body, terms, 14)
		res.Hits = append(res.Hits, h)
	}
	return res, nil
}

// eventWhere builds event filters on events v joined with articles a.
func eventWhere(f marsad.Filter, a *args) string {
	var conds []string
	if f.From != "" {
		conds = append(conds, "v.date >= "+a.add(f.From))
	}
	if f.To != "" {
		conds = append(conds, "v.date <= "+a.add(f.To))
	}
	if f.Source != "" {
		conds = append(conds, "v.source_code LIKE "+a.add(codePrefix(f.Source)))
	}
	if f.Target != "" {
		conds = append(conds, "v.target_code LIKE "+a.add(codePrefix(f.Target)))
	}
	if f.Actor != "" {
		p := a.add(codePrefix(f.Actor))
		conds = append(conds, "(v.source_code LIKE "+p+" OR v.target_code LIKE "+p+")")
	}
	if f.Root != "" {
		conds = append(conds, "v.root = "+a.add(f.Root))
	}
	if f.Outlet != "" {
		conds = append(conds, "a.outlet = "+a.add(f.Outlet))
	}
	if len(conds) == 0 {
		return ""
	}
	return " WHERE " + strings.Join(conds, " AND ")
}

// Events implements marsad.Store.
func (s *DB) Events(ctx context.Context, f marsad.Filter) ([]marsad.EventRecord, error) {
	var a args
	w := eventWhere(f, &a)
	rows, err := s.pool.Query(ctx, `SELECT v.article, a.title, v.event FROM events v JOIN articles a ON a.id = v.article`+w+
		` ORDER BY v.date DESC, v.article, v.seq LIMIT `+a.add(limitOf(f))+` OFFSET `+a.add(max(f.Offset, 0)), a...)
	if err != nil {
		return nil, fmt.Errorf("postgres: events: %w", err)
	}
	out := []marsad.EventRecord{}
	var r marsad.EventRecord
	var js string
	_, err = pgx.ForEachRow(rows, []any{&r.Article, &r.Title, &js}, func() error {
		rec := marsad.EventRecord{Article: r.Article, Title: r.Title}
		if err := json.Unmarshal([]byte(js), &rec.Event); err != nil {
			return fmt.Errorf("event of %s: %w", r.Article, err)
		}
		out = append(out, rec)
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("postgres: events: %w", err)
	}
	return out, nil
}

// Quotes implements marsad.Store.
func (s *DB) Quotes(ctx context.Context, f marsad.Filter) ([]marsad.QuoteRecord, error) {
	var a args
	var conds []string
	if f.Speaker != "" {
		words := "%" + strings.TrimSuffix(likePrefix(f.Speaker), "%") + "%"
		conds = append(conds, "(q.speaker_code LIKE "+a.add(codePrefix(f.Speaker))+" OR q.speaker ILIKE "+a.add(words)+")")
	}
	if f.From != "" {
		conds = append(conds, "q.published >= "+a.add(f.From))
	}
	if f.To != "" {
		conds = append(conds, "q.published <= "+a.add(f.To))
	}
	w := ""
	if len(conds) > 0 {
		w = " WHERE " + strings.Join(conds, " AND ")
	}
	rows, err := s.pool.Query(ctx, `SELECT q.article, a.title, q.published, q.span_start, q.span_end, q.kind, q.text, q.speaker, q.speaker_code
		FROM quotes q JOIN articles a ON a.id = q.article`+w+
		` ORDER BY q.published DESC, q.article, q.span_start, q.span_end, q.kind LIMIT `+a.add(limitOf(f))+` OFFSET `+a.add(max(f.Offset, 0)), a...)
	if err != nil {
		return nil, fmt.Errorf("postgres: quotes: %w", err)
	}
	out := []marsad.QuoteRecord{}
	var r marsad.QuoteRecord
	var sp, code string
	_, err = pgx.ForEachRow(rows, []any{&r.Article, &r.Title, &r.Published, &r.Start, &r.End, &r.Kind, &r.Text, &sp, &code}, func() error {
		rec := r
		if sp != "" {
			rec.Speaker = &marsad.Mention{Text: sp}
			if code != "" {
				rec.Speaker.Actor = &marsad.ActorRef{Code: code}
			}
		}
		out = append(out, rec)
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("postgres: quotes: %w", err)
	}
	return out, nil
}

// Actors implements marsad.Store.
func (s *DB) Actors(ctx context.Context, f marsad.Filter) ([]marsad.ActorCount, error) {
	var a args
	cond := ""
	if f.Actor != "" {
		cond = " AND e.actor_code LIKE " + a.add(codePrefix(f.Actor))
	}
	rows, err := s.pool.Query(ctx, `SELECT e.actor_code, max(e.actor_name COLLATE "C"), count(*),
		(SELECT count(*) FROM events v WHERE v.source_code = e.actor_code OR v.target_code = e.actor_code)
		FROM entities e WHERE e.actor_code != ''`+cond+` GROUP BY e.actor_code ORDER BY 3 DESC, 1 LIMIT `+a.add(limitOf(f))+` OFFSET `+a.add(max(f.Offset, 0)), a...)
	if err != nil {
		return nil, fmt.Errorf("postgres: actors: %w", err)
	}
	out, err := pgx.CollectRows(rows, pgx.RowToStructByPos[marsad.ActorCount])
	if err != nil {
		return nil, fmt.Errorf("postgres: actors: %w", err)
	}
	return out, nil
}

// Graph implements marsad.Store.
func (s *DB) Graph(ctx context.Context, f marsad.Filter) ([]marsad.Edge, error) {
	var a args
	w := eventWhere(f, &a)
	rows, err := s.pool.Query(ctx, `SELECT v.source_code, v.target_code, count(*), avg(v.goldstein) FROM events v JOIN articles a ON a.id = v.article`+w+
		` GROUP BY 1, 2 ORDER BY 3 DESC, 1, 2 LIMIT `+a.add(limitOf(f)), a...)
	if err != nil {
		return nil, fmt.Errorf("postgres: graph: %w", err)
	}
	out, err := pgx.CollectRows(rows, pgx.RowToStructByPos[marsad.Edge])
	if err != nil {
		return nil, fmt.Errorf("postgres: graph: %w", err)
	}
	return out, nil
}

// Timeline implements marsad.Store.
func (s *DB) Timeline(ctx context.Context, f marsad.Filter) ([]marsad.DayCount, error) {
	var a args
	w := eventWhere(f, &a)
	rows, err := s.pool.Query(ctx, `SELECT v.date, count(*) FROM events v JOIN articles a ON a.id = v.article`+w+` GROUP BY 1 ORDER BY 1`, a...)
	if err != nil {
		return nil, fmt.Errorf("postgres: timeline: %w", err)
	}
	out, err := pgx.CollectRows(rows, pgx.RowToStructByPos[marsad.DayCount])
	if err != nil {
		return nil, fmt.Errorf("postgres: timeline: %w", err)
	}
	return out, nil
}
