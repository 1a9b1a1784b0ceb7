// Package wordcache is a bounded map from words to what a stage computed
// of them, safe for concurrent use. News vocabulary is Zipfian: most words
// of an article were seen in the articles just before, so remembering a
// few thousand answers spares most of the work.
//
// The map is split into shards, each under its own lock; a shard that
// fills is emptied, so memory stays bounded without bookkeeping of age.
// Keys are copied in, since a word is often a slice of a whole article.
package wordcache
