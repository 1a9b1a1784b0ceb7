// Package postgres is the PostgreSQL implementation of marsad.Store, for
// archives larger than one SQLite file and for several Marsad processes
// (servers, workers) sharing one database.
//
// It passes the same test suite as package sqlite (storetest) and searches
// the same way: a tsvector of Marsad's own analysed terms under the
// 'simple' configuration with a GIN index, queries parsed by package
// fulltext, ranking by ts_rank, snippets by Marsad's own highlighter.
// Migrations are embedded and applied on Open under an advisory lock, so
// processes may start together. Every table is keyed by article id first.
package postgres
