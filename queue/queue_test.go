package queue_test

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/url"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/nats-io/nats-server/v2/server"
	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"

	"github.com/marsad/marsad"
	"github.com/marsad/marsad/queue"
)

// memStore is an idempotent in-memory sink keyed by document ID.
type memStore struct {
	mu    sync.Mutex
	docs  map[string]*marsad.Document
	calls atomic.Int64
	fail  func(d *marsad.Document) error
}

func newMemStore() *memStore { return &memStore{docs: map[string]*marsad.Document{}} }

func (m *memStore) put(ctx context.Context, d *marsad.Document) error {
	m.calls.Add(1)
	if m.fail != nil {
		if err := m.fail(d); err != nil {
			return err
		}
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	m.docs[d.ID] = d
	return nil
}

func (m *memStore) len() int {
	m.mu.Lock()
	defer m.mu.Unlock()
	return len(m.docs)
}

// echo analyses an article into a document whose text is its body.
type echo struct{}

func (echo) Analyze(a *marsad.Article) (*marsad.Document, error) {
	if string(a.Body) == "not arabic" {
		return nil, errNotArabic
	}
	if string(a.Body) == "broken" {
		return nil, errors.New("cannot clean")
	}
	d := marsad.NewDocument(string(a.Body))
	d.Source = a.Source
	return d, nil
}

var errNotArabic = errors.New("not arabic")

func freePort(t *testing.T) int {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port
}

// startNode starts one JetStream server; routes are the other nodes' cluster ports.
func startNode(t *testing.T, name string, port, clusterPort int, routes []int, dir string) *server.Server {
	t.Helper()
	o := &server.Options{ServerName: name, Host: "127.0.0.1", Port: port, JetStream: true, StoreDir: dir, NoLog: true, NoSigs: true, JetStreamMaxMemory: 64 << 20, JetStreamMaxStore: 1 << 30}
	if clusterPort > 0 {
		o.Cluster = server.ClusterOpts{Name: "marsad", Host: "127.0.0.1", Port: clusterPort}
		for _, r := range routes {
			u, _ := url.Parse(fmt.Sprintf("nats://127.0.0.1:%d", r))
			o.Routes = append(o.Routes, u)
		}
	}
	s, err := server.NewServer(o)
	if err != nil {
		t.Fatal(err)
	}
	go s.Start()
	if !s.ReadyForConnections(10 * time.Second) {
		t.Fatalf("%s not ready", name)
	}
	return s
}

func connect(t *testing.T, urls string) (*nats.Conn, jetstream.JetStream) {
	t.Helper()
	nc, err := nats.Connect(urls, nats.MaxReconnects(-1), nats.ReconnectWait(100*time.Millisecond))
	if err != nil {
		t.Fatal(err)
	}
	js, err := jetstream.New(nc)
	if err != nil {
		t.Fatal(err)
	}
	return nc, js
}

func TestWorkerStoresRetriesAndDeadLetters(t *testing.T) {
	s := startNode(t, "solo", freePort(t), 0, nil, t.TempDir())
	defer s.Shutdown()
	nc, js := connect(t, s.ClientURL())
	defer nc.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	cfg := queue.Config{MaxDeliver: 3, AckWait: 5 * time.Second}
	cons, err := queue.Setup(ctx, js, cfg)
	if err != nil {
		t.Fatal(err)
	}
	store := newMemStore()
	var flaky atomic.Int32
	store.fail = func(d *marsad.Document) error {
		switch {
		case d.Text == "flaky" && flaky.Add(1) < 3:
			return errors.New("database busy")
		case d.Text == "always fails":
			return errors.New("disk full")
		}
		return nil
	}
	pub := queue.NewPublisher(js)
	bodies := []string{"أ", "ب", "flaky", "always fails", "broken", "not arabic", "ج"}
	for i, b := range bodies {
		if err := pub.Publish(ctx, &marsad.Article{Source: fmt.Sprint("a", i), Body: []byte(b)}); err != nil {
			t.Fatal(err)
		}
	}
	// A republished article is dropped by the server's deduplication.
	pub.Publish(ctx, &marsad.Article{Source: "a0", Body: []byte("أ")})

	outcomes := map[string]string{}
	var mu sync.Mutex
	wctx, wcancel := context.WithCancel(ctx)
	w := &queue.Worker{Consumer: cons, JS: js, Analyzer: echo{}, Sink: store.put, Config: cfg,
		Skip: func(err error) bool { return errors.Is(err, errNotArabic) },
		OnDone: func(src, outcome string) {
			mu.Lock()
			outcomes[src] = outcome
			mu.Unlock()
		}}
	go w.Run(wctx)
	deadline := time.Now().Add(40 * time.Second)
	for time.Now().Before(deadline) {
		mu.Lock()
		n := 0
		for _, o := range outcomes {
			if o != "retry" {
				n++
			}
		}
		mu.Unlock()
		if n == len(bodies) {
			break
		}
		time.Sleep(100 * time.Millisecond)
	}
	wcancel()
	want := map[string]string{"a0": "stored", "a1": "stored", "a2": "stored", "a3": "dead", "a4": "dead", "a5": "skipped", "a6": "stored"}
	mu.Lock()
	for src, o := range want {
		if outcomes[src] != o {
			t.Errorf("%s: outcome %q, want %q", src, outcomes[src], o)
		}
	}
	mu.Unlock()
	if store.len() != 4 {
		t.Errorf("stored %d documents, want 4", store.len())
	}
	dead, err := js.Stream(ctx, queue.DeadStream)
	if err != nil {
		t.Fatal(err)
	}
	info, _ := dead.Info(ctx)
	if info.State.Msgs != 2 {
		t.Errorf("dead letters: %d, want 2", info.State.Msgs)
	}
	m, err := dead.GetMsg(ctx, 1)
	if err != nil || m.Header.Get(queue.HeaderError) == "" {
		t.Errorf("dead letter does not keep the error: %v %v", m, err)
	}
}

// TestClusterSurvivesNodeAndWorkerLoss runs 5,000 articles through a
// 3-node JetStream cluster with two workers, kills one node and one worker
// midway, and checks that every article is stored exactly once.
func TestClusterSurvivesNodeAndWorkerLoss(t *testing.T) {
	if testing.Short() {
		t.Skip("cluster test skipped in -short mode")
	}
	const n = 5000
	ports := []int{freePort(t), freePort(t), freePort(t)}
	cports := []int{freePort(t), freePort(t), freePort(t)}
	var nodes []*server.Server
	for i := range 3 {
		var routes []int
		for j := range 3 {
			if j != i {
				routes = append(routes, cports[j])
			}
		}
		nodes = append(nodes, startNode(t, fmt.Sprint("n", i), ports[i], cports[i], routes, t.TempDir()))
	}
	defer func() {
		for _, s := range nodes {
			s.Shutdown()
		}
	}()
	var urls []string
	for _, s := range nodes {
		urls = append(urls, s.ClientURL())
	}
	all := strings.Join(urls, ",")
	ctx, cancel := context.WithTimeout(context.Background(), 4*time.Minute)
	defer cancel()

	nc, js := connect(t, all)
	defer nc.Close()
	cfg := queue.Config{Replicas: 3, AckWait: 3 * time.Second}
	// The cluster needs a moment to form and elect a meta leader.
	for start := time.Now(); time.Since(start) < 30*time.Second; time.Sleep(100 * time.Millisecond) {
		if nodes[0].JetStreamIsLeader() || nodes[1].JetStreamIsLeader() || nodes[2].JetStreamIsLeader() {
			break
		}
	}
	var err error
	for range 30 {
		actx, acancel := context.WithTimeout(ctx, 5*time.Second)
		_, err = queue.Setup(actx, js, cfg)
		acancel()
		if err == nil {
			break
		}
		time.Sleep(200 * time.Millisecond)
	}
	if err != nil {
		t.Fatal(err)
	}
	store := newMemStore()
	worker := func(ctx context.Context) {
		wnc, wjs := connect(t, all)
		defer wnc.Close()
		c, err := wjs.Consumer(ctx, queue.Stream, queue.Consumer)
		if err != nil {
			t.Error(err)
			return
		}
		w := &queue.Worker{Consumer: c, JS: wjs, Analyzer: echo{}, Sink: store.put, Config: cfg}
		w.Run(ctx)
	}
	w1ctx, killW1 := context.WithCancel(ctx)
	defer killW1()
	w2ctx, stopW2 := context.WithCancel(ctx)
	defer stopW2()
	go worker(w1ctx)
	go worker(w2ctx)

	pub := queue.NewPublisher(js)
	for i := range n {
		if i == n/3 {
			nodes[2].Shutdown() // kill a node
		}
		if i == n/2 {
			killW1() // kill a worker: its unacknowledged articles are redelivered
		}
		a := &marsad.Article{Source: fmt.Sprint("art-", i), Body: []byte(fmt.Sprint("مقال رقم ", i))}
		if err := pub.Publish(ctx, a); err != nil {
			t.Fatalf("publish %d: %v", i, err)
		}
	}
	deadline := time.Now().Add(3 * time.Minute)
	for store.len() < n && time.Now().Before(deadline) {
		time.Sleep(200 * time.Millisecond)
	}
	stopW2()
	if got := store.len(); got != n {
		t.Fatalf("stored %d distinct articles, want %d", got, n)
	}
	t.Logf("%d articles stored once each; %d sink calls (redeliveries absorbed by idempotency)", n, store.calls.Load())
}
