// Package postgres is the PostgreSQL implementation of marsad.Store, for
// archives larger than one SQLite file and for several Marsad processes
// (servers, workers) sharing one database. It talks to PostgreSQL through
// a pgx connection pool (github.com/jackc/pgx/v5/pgxpool; pure Go, no cgo).
//
// It passes the same test suite as package sqlite (storetest) and answers
// the same way, with the same JSON:
//
//   - Search indexes a tsvector of Marsad's own analysed terms
//     (fulltext.Terms: normalised, clitic-split, light-stemmed), built under
//     the 'simple' text search configuration so that PostgreSQL adds no
//     analysis of its own, with a GIN index. Queries are parsed by
//     fulltext.Parse, as in SQLite, into to_tsquery terms, phrases (<->)
//     and prefixes (:*); no syntax of the user's reaches the server. Hits
//     are ranked by ts_rank, and Hit.Score is its negation so that lower is
//     better, as with SQLite's BM25. Snippets come from fulltext.Snippet.
//   - Reprints of one story are linked by SimHash (fulltext.SimHash).
//   - PutDocument is idempotent by document id, also between processes:
//     the article row is inserted with ON CONFLICT DO NOTHING in the
//     transaction that stores its annotations, so of two processes storing
//     one document, exactly one reports it created.
//   - Every query is parameterised.
//
// Open applies the embedded migrations (migration/*.sql) in one
// transaction under an advisory lock, so processes may start together;
// they are recorded in the table migrations. The tables go to the first
// schema of the search_path, which the URL may set
// (postgres://host/db?search_path=marsad). Every table's primary key
// starts with the article id, so the tables can be distributed by article;
// events and quotes are also indexed by date.
//
// Text that a PostgreSQL column cannot hold (NUL, invalid UTF-8) is stored
// with U+FFFD in its place, and filters are read the same way.
package postgres
