// Package sqlite is Marsad's embedded store: one SQLite file through
// modernc.org/sqlite (pure Go, no cgo), WAL mode, schema migrations
// embedded and applied in order on open, and full-text search with FTS5
// over Marsad's own Arabic analysis (arabic.Terms: normalised,
// clitic-split, light-stemmed), ranked by BM25, with snippets cut from the
// original text. Reprints of one story are linked by SimHash.
package sqlite
