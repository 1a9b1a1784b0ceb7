package queue

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"runtime"
	"strconv"
	"sync"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"

	"github.com/marsad/marsad"
)

// Names of the streams, subjects and consumer Marsad uses.
const (
	Stream         = "MARSAD_ARTICLES"
	Subject        = "marsad.articles"
	DeadStream     = "MARSAD_DEAD"
	DeadSubject    = "marsad.dead"
	Consumer       = "marsad-workers"
	HeaderError    = "Marsad-Error"
	HeaderSource   = "Marsad-Source"
	HeaderAttempts = "Marsad-Attempts"
)

// Config sets up the streams and the consumer. Zero fields take defaults.
type Config struct {
	Replicas   int           // stream replicas (1; 3 on a 3-node cluster)
	MaxPending int64         // articles the stream holds before publishers get backpressure (100,000)
	MaxDeliver int           // deliveries before an article goes to the dead-letter stream (5)
	AckWait    time.Duration // time a worker has per article before redelivery (2 min)
	Dedup      time.Duration // window in which a republished article is dropped (24 h)
}

func (c *Config) defaults() {
	if c.Replicas <= 0 {
		c.Replicas = 1
	}
	if c.MaxPending <= 0 {
		c.MaxPending = 100_000
	}
	if c.MaxDeliver <= 0 {
		c.MaxDeliver = 5
	}
	if c.AckWait <= 0 {
		c.AckWait = 2 * time.Minute
	}
	if c.Dedup <= 0 {
		c.Dedup = 24 * time.Hour
	}
}

// Setup creates or updates the work-queue stream, the dead-letter stream
// and the durable pull consumer.
func Setup(ctx context.Context, js jetstream.JetStream, c Config) (jetstream.Consumer, error) {
	c.defaults()
	_, err := js.CreateOrUpdateStream(ctx, jetstream.StreamConfig{
		Name:       Stream,
		Subjects:   []string{Subject},
		Retention:  jetstream.WorkQueuePolicy,
		MaxMsgs:    c.MaxPending,
		Discard:    jetstream.DiscardNew,
		Storage:    jetstream.FileStorage,
		Replicas:   c.Replicas,
		Duplicates: c.Dedup,
	})
	if err != nil {
		return nil, fmt.Errorf("queue: stream %s: %w", Stream, err)
	}
	_, err = js.CreateOrUpdateStream(ctx, jetstream.StreamConfig{
		Name:     DeadStream,
		Subjects: []string{DeadSubject},
		Storage:  jetstream.FileStorage,
		Replicas: c.Replicas,
	})
	if err != nil {
		return nil, fmt.Errorf("queue: stream %s: %w", DeadStream, err)
	}
	cons, err := js.CreateOrUpdateConsumer(ctx, Stream, jetstream.ConsumerConfig{
		Durable:       Consumer,
		AckPolicy:     jetstream.AckExplicitPolicy,
		AckWait:       c.AckWait,
		MaxDeliver:    c.MaxDeliver + 1, // the last delivery moves it to the dead letters
		MaxAckPending: 1000,
	})
	if err != nil {
		return nil, fmt.Errorf("queue: consumer %s: %w", Consumer, err)
	}
	return cons, nil
}

// MsgID is the deduplication ID of an article: a hash of its source and body.
func MsgID(a *marsad.Article) string {
	h := sha256.New()
	h.Write([]byte(a.Source))
	h.Write([]byte{0})
	h.Write(a.Body)
	return hex.EncodeToString(h.Sum(nil)[:16])
}

// Publisher puts articles on the work queue.
type Publisher struct {
	js jetstream.JetStream
	// Retry is how long Publish keeps retrying while the stream is full
	// (backpressure) or the cluster has no leader, default 2 minutes.
	Retry time.Duration
}

// NewPublisher returns a Publisher over js.
func NewPublisher(js jetstream.JetStream) *Publisher {
	return &Publisher{js: js, Retry: 2 * time.Minute}
}

// Publish sends one article; it waits and retries, with backoff, while the
// stream is full or unavailable. A duplicate within the window is accepted
// and dropped by the server.
func (p *Publisher) Publish(ctx context.Context, a *marsad.Article) error {
	data, err := json.Marshal(a)
	if err != nil {
		return fmt.Errorf("queue: %s: %w", a.Source, err)
	}
	msg := &nats.Msg{Subject: Subject, Data: data, Header: nats.Header{}}
	msg.Header.Set(HeaderSource, a.Source)
	deadline := time.Now().Add(p.Retry)
	delay := 50 * time.Millisecond
	for {
		actx, cancel := context.WithTimeout(ctx, 5*time.Second) // a lost ack must not block for ever
		_, err = p.js.PublishMsg(actx, msg, jetstream.WithMsgID(MsgID(a)))
		cancel()
		if err == nil || ctx.Err() != nil || time.Now().After(deadline) {
			break
		}
		select {
		case <-time.After(delay):
		case <-ctx.Done():
		}
		delay = min(2*delay, 5*time.Second)
	}
	if err != nil {
		return fmt.Errorf("queue: publish %s: %w", a.Source, err)
	}
	return nil
}

// Analyzer turns an article into a document (pipeline.Pipeline does).
type Analyzer interface {
	Analyze(a *marsad.Article) (*marsad.Document, error)
}

// Sink stores one document and returns only once it is committed. It must
// be idempotent by document ID: a redelivered article is stored once.
type Sink func(ctx context.Context, d *marsad.Document) error

// Worker pulls articles, analyses them and stores them.
type Worker struct {
	Consumer jetstream.Consumer
	JS       jetstream.JetStream
	Analyzer Analyzer
	Sink     Sink
	Config   Config
	Batch    int          // articles pulled at once (default 16, at least 2×Parallel)
	Parallel int          // articles analysed at once (default GOMAXPROCS)
	Log      *slog.Logger // nil means slog.Default()

	// Skip reports analysis errors that mean "never store this" (an
	// article that is not Arabic): such articles are acknowledged and
	// dropped rather than dead-lettered.
	Skip func(error) bool

	// OnDone, when set, is called after each message is settled, with
	// the outcome: "stored", "skipped", "retry" or "dead". Messages are
	// handled concurrently: OnDone must be safe for concurrent use.
	OnDone func(source, outcome string)
}

// Run works until ctx is done. Errors of single articles never stop it.
func (w *Worker) Run(ctx context.Context) error {
	w.Config.defaults()
	if w.Parallel <= 0 {
		w.Parallel = runtime.GOMAXPROCS(0)
	}
	if w.Batch <= 0 {
		w.Batch = 16
	}
	w.Batch = max(w.Batch, 2*w.Parallel)
	log := w.Log
	if log == nil {
		log = slog.Default()
	}
	for ctx.Err() == nil {
		batch, err := w.Consumer.Fetch(w.Batch, jetstream.FetchMaxWait(2*time.Second))
		if err != nil {
			if ctx.Err() != nil {
				break
			}
			log.Warn("queue: fetch failed; retrying", "err", err)
			select {
			case <-time.After(time.Second):
			case <-ctx.Done():
			}
			continue
		}
		// Each article is analysed, stored and acknowledged on its own, by
		// up to Parallel goroutines: analysis is what takes the time.
		var wg sync.WaitGroup
		sem := make(chan struct{}, w.Parallel)
		for msg := range batch.Messages() {
			sem <- struct{}{}
			wg.Go(func() {
				defer func() { <-sem }()
				w.handle(ctx, msg, log)
			})
		}
		wg.Wait()
		if err := batch.Error(); err != nil && !errors.Is(err, nats.ErrTimeout) && ctx.Err() == nil {
			log.Warn("queue: batch ended with an error", "err", err)
		}
	}
	return ctx.Err()
}

func (w *Worker) handle(ctx context.Context, msg jetstream.Msg, log *slog.Logger) {
	src := msg.Headers().Get(HeaderSource)
	done := func(outcome string) {
		if w.OnDone != nil {
			w.OnDone(src, outcome)
		}
	}
	attempts := uint64(1)
	if meta, err := msg.Metadata(); err == nil {
		attempts = meta.NumDelivered
	}
	var (
		err       error
		permanent bool // retrying cannot help: analysis is deterministic
	)
	var a marsad.Article
	switch {
	case attempts > uint64(w.Config.MaxDeliver):
		err, permanent = errors.New("delivery limit reached"), true
	case json.Unmarshal(msg.Data(), &a) != nil:
		err, permanent = errors.New("message is not a JSON article"), true
	default:
		d, aerr := w.Analyzer.Analyze(&a)
		switch {
		case d == nil && w.Skip != nil && w.Skip(aerr):
			msg.Ack()
			done("skipped")
			return
		case d == nil:
			err, permanent = fmt.Errorf("analysis: %w", aerr), true
		default:
			// A document whose stages partly failed is stored with its warnings.
			err = w.Sink(ctx, d)
		}
	}
	if err == nil {
		actx, cancel := context.WithTimeout(ctx, 5*time.Second)
		aerr := msg.DoubleAck(actx)
		cancel()
		if aerr != nil {
			log.Warn("queue: ack failed; the article will be redelivered and stored once", "source", src, "err", aerr)
		}
		done("stored")
		return
	}
	if ctx.Err() != nil {
		msg.Nak()
		return
	}
	if !permanent && attempts < uint64(w.Config.MaxDeliver) {
		log.Warn("queue: article failed; will retry", "source", src, "attempt", attempts, "err", err)
		msg.NakWithDelay(time.Duration(attempts) * 500 * time.Millisecond)
		done("retry")
		return
	}
	dead := &nats.Msg{Subject: DeadSubject, Data: msg.Data(), Header: nats.Header{}}
	dead.Header.Set(HeaderSource, src)
	dead.Header.Set(HeaderError, err.Error())
	dead.Header.Set(HeaderAttempts, strconv.FormatUint(attempts, 10))
	if _, perr := w.JS.PublishMsg(ctx, dead); perr != nil {
		log.Error("queue: dead-letter publish failed; leaving the article for redelivery", "source", src, "err", perr)
		msg.NakWithDelay(5 * time.Second)
		return
	}
	msg.Term()
	log.Error("queue: article moved to the dead letters", "source", src, "attempts", attempts, "err", err)
	done("dead")
}
