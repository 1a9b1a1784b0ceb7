// Package pipeline composes Marsad's stages: a Cleaner that turns a raw
// Article into a Document, then Stages in order, each checked at build time
// against what earlier stages provide. Run processes a stream of articles
// with a bounded pool of workers and returns results in input order.
package pipeline
