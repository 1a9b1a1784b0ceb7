package postgres

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/marsad/marsad"
	"github.com/marsad/marsad/fulltext"
)

// tsQuery turns a user query into to_tsquery syntax over the 'simple'
// configuration: terms and phrases (<->) joined by &, prefixes with :*.
// Terms are quoted; quotes and backslashes are dropped from them, so no
// syntax of the user's reaches PostgreSQL.
func tsQuery(q string) (string, map[string]bool, error) {
	pq, err := fulltext.Parse(q)
	if err != nil {
		return "", nil, err
	}
	clean := strings.NewReplacer(`'`, "", `\`, "")
	var parts []string
	for _, p := range pq.Parts {
		ts := make([]string, len(p.Terms))
		for i, t := range p.Terms {
			ts[i] = "'" + clean.Replace(t) + "'"
		}
		if p.Prefix {
			ts[len(ts)-1] += ":*"
		}
		parts = append(parts, strings.Join(ts, " <-> "))
	}
	return strings.Join(parts, " & "), pq.Terms, nil
}

// articleWhere adds the filter conditions on articles a.
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
		conds = append(conds, `EXISTS (SELECT 1 FROM entities e WHERE e.article = a.id AND e.actor_code LIKE `+a.add(likePrefix(f.Actor))+`)`)
	}
	if f.Root != "" {
		conds = append(conds, "EXISTS (SELECT 1 FROM events v WHERE v.article = a.id AND v.root = "+a.add(f.Root)+")")
	}
	if len(conds) == 0 {
		return ""
	}
	return " AND " + strings.Join(conds, " AND ")
}

// Search implements marsad.Store.
func (s *DB) Search(ctx context.Context, q marsad.SearchQuery) (*marsad.SearchResult, error) {
	tsq, terms, err := tsQuery(q.Q)
	if err != nil {
		return nil, err
	}
	var a args
	base := ` FROM articles a, to_tsquery('simple', ` + a.add(tsq) + `) q WHERE a.terms @@ q` + articleWhere(q.Filter, &a)
	res := &marsad.SearchResult{Hits: []marsad.Hit{}, Facets: map[string][]marsad.Facet{}}
	if err := s.db.QueryRowContext(ctx, `SELECT count(*)`+base, a...).Scan(&res.Total); err != nil {
		return nil, fmt.Errorf("postgres: search: %w", err)
	}
	page := append(args{}, a...)
	lim, off := page.add(limitOf(q.Filter)), page.add(max(q.Offset, 0))
	rows, err := s.db.QueryContext(ctx, `SELECT a.id, a.title, a.outlet, a.published, a.dup_of, -ts_rank(a.terms, q), a.text`+base+
		` ORDER BY 6, a.published DESC, a.id LIMIT `+lim+` OFFSET `+off, page...)
	if err != nil {
		return nil, fmt.Errorf("postgres: search: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var h marsad.Hit
		var text string
		if err := rows.Scan(&h.ID, &h.Title, &h.Outlet, &h.Published, &h.DupOf, &h.Score, &text); err != nil {
			return nil, fmt.Errorf("postgres: search: %w", err)
		}
		h.Snippet = fulltext.Snippet(text, terms, 14)
		res.Hits = append(res.Hits, h)
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	ids := `SELECT a.id` + base
	for name, query := range map[string]string{
		"outlet": `SELECT a.outlet, count(*)` + base + ` AND a.outlet != '' GROUP BY a.outlet ORDER BY 2 DESC, 1 LIMIT 10`,
		"actor":  `SELECT e.actor_code, count(DISTINCT e.article) FROM entities e WHERE e.actor_code != '' AND e.article IN (` + ids + `) GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 10`,
		"root":   `SELECT v.root, count(DISTINCT v.article) FROM events v WHERE v.article IN (` + ids + `) GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 10`,
	} {
		f, err := s.facets(ctx, query, a)
		if err != nil {
			return nil, err
		}
		res.Facets[name] = f
	}
	return res, nil
}

func (s *DB) facets(ctx context.Context, q string, a args) ([]marsad.Facet, error) {
	rows, err := s.db.QueryContext(ctx, q, a...)
	if err != nil {
		return nil, fmt.Errorf("postgres: facets: %w", err)
	}
	defer rows.Close()
	out := []marsad.Facet{}
	for rows.Next() {
		var f marsad.Facet
		if err := rows.Scan(&f.Value, &f.Count); err != nil {
			return nil, err
		}
		out = append(out, f)
	}
	return out, rows.Err()
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
		conds = append(conds, "v.source_code LIKE "+a.add(likePrefix(f.Source)))
	}
	if f.Target != "" {
		conds = append(conds, "v.target_code LIKE "+a.add(likePrefix(f.Target)))
	}
	if f.Actor != "" {
		p := a.add(likePrefix(f.Actor))
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
	rows, err := s.db.QueryContext(ctx, `SELECT v.article, a.title, v.event FROM events v JOIN articles a ON a.id = v.article`+w+
		` ORDER BY v.date DESC, v.article, v.seq LIMIT `+a.add(limitOf(f))+` OFFSET `+a.add(max(f.Offset, 0)), a...)
	if err != nil {
		return nil, fmt.Errorf("postgres: events: %w", err)
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
			return nil, fmt.Errorf("postgres: event of %s: %w", r.Article, err)
		}
		out = append(out, r)
	}
	return out, rows.Err()
}

// Quotes implements marsad.Store.
func (s *DB) Quotes(ctx context.Context, f marsad.Filter) ([]marsad.QuoteRecord, error) {
	var a args
	var conds []string
	if f.Speaker != "" {
		conds = append(conds, "(q.speaker_code LIKE "+a.add(likePrefix(f.Speaker))+" OR q.speaker LIKE "+a.add("%"+strings.TrimSuffix(likePrefix(f.Speaker), "%")+"%")+")")
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
	rows, err := s.db.QueryContext(ctx, `SELECT q.article, a.title, q.published, q.span_start, q.span_end, q.kind, q.text, q.speaker, q.speaker_code FROM quotes q JOIN articles a ON a.id = q.article`+w+
		` ORDER BY q.published DESC, q.article, q.span_start LIMIT `+a.add(limitOf(f))+` OFFSET `+a.add(max(f.Offset, 0)), a...)
	if err != nil {
		return nil, fmt.Errorf("postgres: quotes: %w", err)
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
	var a args
	cond := ""
	if f.Actor != "" {
		cond = ` AND e.actor_code LIKE ` + a.add(likePrefix(f.Actor))
	}
	rows, err := s.db.QueryContext(ctx, `SELECT e.actor_code, max(e.actor_name), count(*),
		(SELECT count(*) FROM events v WHERE v.source_code = e.actor_code OR v.target_code = e.actor_code)
		FROM entities e WHERE e.actor_code != ''`+cond+` GROUP BY e.actor_code ORDER BY 3 DESC, 1 LIMIT `+a.add(limitOf(f))+` OFFSET `+a.add(max(f.Offset, 0)), a...)
	if err != nil {
		return nil, fmt.Errorf("postgres: actors: %w", err)
	}
	defer rows.Close()
	out := []marsad.ActorCount{}
	for rows.Next() {
		var c marsad.ActorCount
		if err := rows.Scan(&c.Code, &c.Name, &c.Mentions, &c.Events); err != nil {
			return nil, err
		}
		out = append(out, c)
	}
	return out, rows.Err()
}

// Graph implements marsad.Store.
func (s *DB) Graph(ctx context.Context, f marsad.Filter) ([]marsad.Edge, error) {
	var a args
	w := eventWhere(f, &a)
	rows, err := s.db.QueryContext(ctx, `SELECT v.source_code, v.target_code, count(*), avg(v.goldstein) FROM events v JOIN articles a ON a.id = v.article`+w+
		` GROUP BY 1, 2 ORDER BY 3 DESC, 1, 2 LIMIT `+a.add(limitOf(f)), a...)
	if err != nil {
		return nil, fmt.Errorf("postgres: graph: %w", err)
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
	var a args
	w := eventWhere(f, &a)
	rows, err := s.db.QueryContext(ctx, `SELECT v.date, count(*) FROM events v JOIN articles a ON a.id = v.article`+w+` GROUP BY 1 ORDER BY 1`, a...)
	if err != nil {
		return nil, fmt.Errorf("postgres: timeline: %w", err)
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
