// Package queue distributes Marsad's work over NATS JetStream. Publish puts
// raw articles on a work-queue stream, deduplicated by a message ID derived
// from the article; Worker pulls them with a durable consumer, analyses,
// hands each document to a Sink (the store), and acknowledges only after the
// Sink has committed, so a worker killed midway loses nothing and, with an
// idempotent Sink, stores nothing twice. Articles that fail MaxDeliver times
// go to a dead-letter stream with the error kept in a header.
package queue
