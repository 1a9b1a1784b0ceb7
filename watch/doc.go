// Package watch polls RSS and Atom feeds on an interval and stores what is
// new in them.
//
// A Watcher remembers, per feed, the ETag and Last-Modified validators of
// its last successful fetch, so an unchanged feed costs one conditional GET
// answered by 304, and the keys (link, or a hash of the content for items
// without one) of the items it has already handled, so an item is analysed
// once however many rounds it stays in the feed. New items are analysed
// and each feed's new documents are committed in one batch; the store is
// idempotent by document ID anyway, so a restart stores nothing twice.
//
// A feed that is down, slow or malformed is reported with an error naming
// its URL and the problem, and the other feeds are polled as usual; the
// failing feed is retried in the next round, then after exponentially
// more rounds while it keeps failing (per-feed backoff). Cancelling the
// context stops a round after the batches in flight are committed.
//
// The package reads no flags and no environment: cmd/marsad builds the
// Watcher from its command line ("marsad watch").
package watch
