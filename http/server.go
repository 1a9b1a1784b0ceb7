package http

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"runtime/debug"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/marsad/marsad"
)

// Analyzer turns a raw article into an analysed document;
// *pipeline.Pipeline is one.
type Analyzer interface {
	Analyze(a *marsad.Article) (*marsad.Document, error)
}

// Config configures a Server. Store and Analyzer are required.
type Config struct {
	Store    marsad.Store
	Analyzer Analyzer
	// Token, when set, must be sent as "Authorization: Bearer TOKEN" with
	// every write.
	Token string
	// MaxBody bounds request bodies in bytes (default 4 MiB).
	MaxBody int64
	// RequestTimeout bounds the work of one request (default 30s).
	RequestTimeout time.Duration
	// ActorName, when set, names actor codes (USAGOV → a readable Arabic
	// name) in listings, instead of the name most often stored with them.
	ActorName func(code string) string
	// Logger receives one line per failed request (default: discard).
	Logger *slog.Logger
}

// Limits of the API.
const (
	DefaultMaxBody  = 4 << 20
	MaxQueryRunes   = 512 // longest search query
	MaxPageSize     = 500 // largest limit= a listing accepts
	DefaultPageSize = 50
	// DefaultSearchPage is the number of search hits when limit= is not given.
	DefaultSearchPage = 20
)

// Server is the HTTP API and UI. Create it with NewServer.
type Server struct {
	cfg    Config
	mux    *http.ServeMux
	writes sync.WaitGroup // writes in flight, waited for on shutdown
	ui     *ui
}

// NewServer returns a server over cfg.
func NewServer(cfg Config) (*Server, error) {
	if cfg.Store == nil || cfg.Analyzer == nil {
		return nil, errors.New("http: Config needs a Store and an Analyzer")
	}
	if cfg.MaxBody <= 0 {
		cfg.MaxBody = DefaultMaxBody
	}
	if cfg.RequestTimeout <= 0 {
		cfg.RequestTimeout = 30 * time.Second
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.DiscardHandler)
	}
	u, err := newUI()
	if err != nil {
		return nil, err
	}
	s := &Server{cfg: cfg, mux: http.NewServeMux(), ui: u}
	s.routes()
	return s, nil
}

// Handler returns the server's handler, with panic recovery, request
// timeouts and security headers.
func (s *Server) Handler() http.Handler {
	return s.recoverer(s.mux)
}

// ListenAndServe serves on addr until ctx is cancelled, then shuts down
// gracefully: it stops accepting connections and waits (up to 30s) for the
// requests in flight, so that no accepted write is lost. It refuses a
// non-loopback addr when no token is configured.
func (s *Server) ListenAndServe(ctx context.Context, addr string, ready func(net.Addr)) error {
	if s.cfg.Token == "" && !IsLoopback(addr) {
		return marsad.Errorf(marsad.EUNAUTHORIZED, "refusing to listen on %s without a token: set MARSAD_TOKEN or listen on 127.0.0.1", addr)
	}
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return fmt.Errorf("http: %w", err)
	}
	if ready != nil {
		ready(ln.Addr())
	}
	return s.Serve(ctx, ln)
}

// Serve serves on ln until ctx is cancelled; see ListenAndServe.
func (s *Server) Serve(ctx context.Context, ln net.Listener) error {
	srv := &http.Server{
		Handler:           s.Handler(),
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       60 * time.Second,
		WriteTimeout:      s.cfg.RequestTimeout + 15*time.Second,
		IdleTimeout:       120 * time.Second,
		MaxHeaderBytes:    64 << 10,
	}
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		return fmt.Errorf("http: %w", err)
	case <-ctx.Done():
	}
	sctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	err := srv.Shutdown(sctx)
	s.writes.Wait()
	if err != nil {
		return fmt.Errorf("http: shutdown: %w", err)
	}
	return nil
}

// IsLoopback reports whether a listen address binds only the loopback
// interface ("127.0.0.1:8080", "[::1]:80", "localhost:8080").
func IsLoopback(addr string) bool {
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		return false
	}
	if host == "localhost" {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

func (s *Server) recoverer(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		defer func() {
			if v := recover(); v != nil {
				if v == http.ErrAbortHandler {
					panic(v)
				}
				s.cfg.Logger.Error("panic", "path", r.URL.Path, "panic", v, "stack", string(debug.Stack()))
				s.error(w, r, marsad.Errorf(marsad.EINTERNAL, "internal error"))
			}
		}()
		h := w.Header()
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("Referrer-Policy", "same-origin")
		h.Set("X-Frame-Options", "DENY")
		ctx, cancel := context.WithTimeout(r.Context(), s.cfg.RequestTimeout)
		defer cancel()
		next.ServeHTTP(w, r.WithContext(ctx))
	})
}

// authorized reports whether r may write.
func (s *Server) authorized(r *http.Request) bool {
	if s.cfg.Token == "" {
		return true
	}
	auth := r.Header.Get("Authorization")
	tok, ok := strings.CutPrefix(auth, "Bearer ")
	return ok && constantTimeEqual(tok, s.cfg.Token)
}

func constantTimeEqual(a, b string) bool {
	if len(a) != len(b) {
		return false
	}
	var v byte
	for i := 0; i < len(a); i++ {
		v |= a[i] ^ b[i]
	}
	return v == 0
}

// statusOf maps marsad error codes to HTTP status codes.
var statusOf = map[string]int{
	marsad.EINVALID:        http.StatusBadRequest,
	marsad.ENOTFOUND:       http.StatusNotFound,
	marsad.ECONFLICT:       http.StatusConflict,
	marsad.EUNAUTHORIZED:   http.StatusUnauthorized,
	marsad.ETOOLARGE:       http.StatusRequestEntityTooLarge,
	marsad.EINTERNAL:       http.StatusInternalServerError,
	marsad.ENOTIMPLEMENTED: http.StatusNotImplemented,
}

// apiError is the JSON body of every error answer.
type apiError struct {
	Error struct {
		Code    string `json:"code"`
		Message string `json:"message"`
	} `json:"error"`
}

// error answers with err as JSON on /api paths and as a page elsewhere.
func (s *Server) error(w http.ResponseWriter, r *http.Request, err error) {
	code, msg := marsad.ErrorCode(err), marsad.ErrorMessage(err)
	if errors.Is(err, context.DeadlineExceeded) {
		code, msg = marsad.EINTERNAL, "the request took too long"
	}
	status := statusOf[code]
	if status == 0 {
		status = http.StatusInternalServerError
	}
	if code == marsad.EINTERNAL {
		s.cfg.Logger.Error("request failed", "method", r.Method, "path", r.URL.Path, "err", err)
	}
	if !strings.HasPrefix(r.URL.Path, "/api/") {
		s.ui.errorPage(w, status, msg)
		return
	}
	var body apiError
	body.Error.Code, body.Error.Message = code, msg
	writeJSON(w, status, body)
}

// jsonBufs holds buffers for answers, which every request encodes.
var jsonBufs = sync.Pool{New: func() any { return new(bytes.Buffer) }}

// maxPooledJSON is the largest buffer kept for the next answer: a rare
// large one (an article with its analyses) is left to the collector.
const maxPooledJSON = 256 << 10

func writeJSON(w http.ResponseWriter, status int, v any) {
	// Encode first, so that the answer goes out with its length in one
	// write rather than in chunks.
	b := jsonBufs.Get().(*bytes.Buffer)
	defer func() {
		if b.Cap() <= maxPooledJSON {
			b.Reset()
			jsonBufs.Put(b)
		}
	}()
	enc := json.NewEncoder(b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		w.Header().Set("Content-Type", "application/json; charset=utf-8")
		w.WriteHeader(http.StatusInternalServerError)
		fmt.Fprintf(w, `{"error":{"code":%q,"message":"the answer could not be encoded"}}`+"\n", marsad.EINTERNAL)
		return
	}
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("Content-Length", strconv.Itoa(b.Len()))
	w.WriteHeader(status)
	w.Write(b.Bytes())
}
