package http

import (
	"bytes"
	_ "embed"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/marsad/marsad"
)

//go:embed openapi.json
var openAPI []byte

func (s *Server) routes() {
	m := s.mux
	m.HandleFunc("GET /api/openapi.json", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json; charset=utf-8")
		w.Write(openAPI)
	})
	m.HandleFunc("POST /api/analyze", s.handleAnalyze)
	m.HandleFunc("POST /api/articles", s.handleIngest)
	m.HandleFunc("GET /api/articles/{id}", s.handleArticle)
	m.HandleFunc("GET /api/search", s.handleSearch)
	m.HandleFunc("GET /api/actors", s.handleActors)
	m.HandleFunc("GET /api/actors/{code}", s.handleActor)
	m.HandleFunc("GET /api/quotes", s.handleQuotes)
	m.HandleFunc("GET /api/events", s.handleEvents)
	m.HandleFunc("GET /api/graph", s.handleGraph)
	m.HandleFunc("GET /api/timeline", s.handleTimeline)
	m.HandleFunc("/api/", func(w http.ResponseWriter, r *http.Request) {
		s.error(w, r, marsad.Errorf(marsad.ENOTFOUND, "no API endpoint %s %s; see /api/openapi.json", r.Method, r.URL.Path))
	})
	s.uiRoutes()
}

// ArticleInput is the JSON body of POST /api/analyze and /api/articles.
// A body sent as text/plain is the Text alone, headline on its first line.
type ArticleInput struct {
	Text      string `json:"text"`
	Title     string `json:"title,omitempty"`
	Outlet    string `json:"outlet,omitempty"`
	Published string `json:"published,omitempty"`
	URL       string `json:"url,omitempty"`
}

// IngestResult is one article's outcome in the answer of POST /api/articles.
type IngestResult struct {
	ID      string `json:"id,omitempty"`
	Title   string `json:"title,omitempty"`
	Created bool   `json:"created"`
	Error   string `json:"error,omitempty"`
}

// MaxBatch is the largest number of articles one POST /api/articles takes.
const MaxBatch = 100

var dateRE = regexp.MustCompile(`^\d{4}-\d{2}-\d{2}$`)

// readInputs reads the body of an analyze or ingest request: one JSON
// object, a JSON array of them, or plain text.
func (s *Server) readInputs(w http.ResponseWriter, r *http.Request, many bool) ([]ArticleInput, error) {
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, s.cfg.MaxBody))
	if err != nil {
		var tooBig *http.MaxBytesError
		if errors.As(err, &tooBig) {
			return nil, marsad.Errorf(marsad.ETOOLARGE, "request body larger than %d bytes", s.cfg.MaxBody)
		}
		return nil, marsad.Errorf(marsad.EINVALID, "reading the body: %v", err)
	}
	ct, _, _ := mime.ParseMediaType(r.Header.Get("Content-Type"))
	var in []ArticleInput
	trimmed := bytes.TrimSpace(body)
	switch {
	case ct == "text/plain":
		in = []ArticleInput{{Text: string(body)}}
	case ct != "" && ct != "application/json":
		return nil, marsad.Errorf(marsad.EINVALID, "unsupported Content-Type %q: send application/json or text/plain", ct)
	case len(trimmed) > 0 && trimmed[0] == '[':
		if !many {
			return nil, marsad.Errorf(marsad.EINVALID, "send one article, not an array")
		}
		if err := json.Unmarshal(trimmed, &in); err != nil {
			return nil, marsad.Errorf(marsad.EINVALID, "body is not a JSON array of articles: %v", err)
		}
	default:
		var one ArticleInput
		if err := json.Unmarshal(trimmed, &one); err != nil {
			return nil, marsad.Errorf(marsad.EINVALID, "body is not a JSON article object: %v", err)
		}
		in = []ArticleInput{one}
	}
	if len(in) == 0 {
		return nil, marsad.Errorf(marsad.EINVALID, "no article in the body")
	}
	if len(in) > MaxBatch {
		return nil, marsad.Errorf(marsad.ETOOLARGE, "%d articles in one request; send at most %d", len(in), MaxBatch)
	}
	for i, a := range in {
		switch {
		case strings.TrimSpace(a.Text) == "":
			return nil, marsad.Errorf(marsad.EINVALID, "article %d: text is empty", i)
		case !utf8.ValidString(a.Text) || !utf8.ValidString(a.Title) || !utf8.ValidString(a.Outlet):
			return nil, marsad.Errorf(marsad.EINVALID, "article %d: not valid UTF-8", i)
		case a.Published != "" && !validDate(a.Published):
			return nil, marsad.Errorf(marsad.EINVALID, "article %d: published %q is not a date YYYY-MM-DD", i, a.Published)
		}
	}
	return in, nil
}

func validDate(s string) bool {
	if !dateRE.MatchString(s) {
		return false
	}
	_, err := time.Parse(time.DateOnly, s)
	return err == nil
}

// analyze runs the analyzer over one input.
func (s *Server) analyze(in ArticleInput, source string) (*marsad.Document, error) {
	a := &marsad.Article{Source: source, Body: []byte(in.Text), Outlet: in.Outlet, Published: in.Published, URL: in.URL}
	if in.Title != "" {
		a.Title, a.Structured = in.Title, true
	}
	d, err := s.cfg.Analyzer.Analyze(a)
	if d == nil {
		if err == nil {
			err = errors.New("no document")
		}
		return nil, marsad.Errorf(marsad.EINVALID, "%v", err)
	}
	return d, nil // a stage's failure is already a warning on d
}

func (s *Server) handleAnalyze(w http.ResponseWriter, r *http.Request) {
	in, err := s.readInputs(w, r, false)
	if err != nil {
		s.error(w, r, err)
		return
	}
	d, err := s.analyze(in[0], "request")
	if err != nil {
		s.error(w, r, err)
		return
	}
	if r.URL.Query().Get("tokens") != "true" {
		d.Tokens = nil
	}
	writeJSON(w, http.StatusOK, d)
}

func (s *Server) handleIngest(w http.ResponseWriter, r *http.Request) {
	if !s.authorized(r) {
		w.Header().Set("WWW-Authenticate", `Bearer realm="marsad"`)
		s.error(w, r, marsad.Errorf(marsad.EUNAUTHORIZED, "writes need the header Authorization: Bearer <MARSAD_TOKEN>"))
		return
	}
	s.writes.Add(1)
	defer s.writes.Done()
	in, err := s.readInputs(w, r, true)
	if err != nil {
		s.error(w, r, err)
		return
	}
	out := make([]IngestResult, len(in))
	created, failed := 0, 0
	for i, a := range in {
		src := a.URL
		if src == "" {
			src = fmt.Sprintf("api:%d", i)
		}
		d, err := s.analyze(a, src)
		if err == nil {
			out[i].ID, out[i].Title = d.ID, d.Title
			out[i].Created, err = s.cfg.Store.PutDocument(r.Context(), d)
		}
		if err != nil {
			if marsad.ErrorCode(err) == marsad.EINTERNAL {
				s.error(w, r, err) // the store failed: say so rather than half-report
				return
			}
			out[i].Error = marsad.ErrorMessage(err)
			failed++
		}
		if out[i].Created {
			created++
		}
	}
	status := http.StatusOK
	switch {
	case created > 0:
		status = http.StatusCreated
	case failed == len(in):
		status = http.StatusUnprocessableEntity
	}
	writeJSON(w, status, map[string]any{"articles": out})
}

func (s *Server) handleArticle(w http.ResponseWriter, r *http.Request) {
	d, err := s.cfg.Store.Document(r.Context(), r.PathValue("id"))
	if err != nil {
		s.error(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, d)
}

var (
	codeRE = regexp.MustCompile(`^[A-Z0-9]{1,32}$`)
	rootRE = regexp.MustCompile(`^[0-9]{2}$`)
)

// parseFilter reads the common listing parameters and checks them.
func parseFilter(v url.Values) (marsad.Filter, error) {
	f := marsad.Filter{
		From: v.Get("from"), To: v.Get("to"), Outlet: v.Get("outlet"),
		Actor: strings.ToUpper(v.Get("actor")), Source: strings.ToUpper(v.Get("source")), Target: strings.ToUpper(v.Get("target")),
		Root: v.Get("root"), Speaker: v.Get("speaker"), Limit: DefaultPageSize,
	}
	for _, d := range []struct{ name, v string }{{"from", f.From}, {"to", f.To}} {
		if d.v != "" && !validDate(d.v) {
			return f, marsad.Errorf(marsad.EINVALID, "%s=%q is not a date YYYY-MM-DD", d.name, d.v)
		}
	}
	for _, c := range []struct{ name, v string }{{"actor", f.Actor}, {"source", f.Source}, {"target", f.Target}} {
		if c.v != "" && !codeRE.MatchString(c.v) {
			return f, marsad.Errorf(marsad.EINVALID, "%s=%q is not an actor code (letters and digits, e.g. USAGOV)", c.name, c.v)
		}
	}
	if f.Root != "" && !rootRE.MatchString(f.Root) {
		return f, marsad.Errorf(marsad.EINVALID, "root=%q is not a two-digit CAMEO root", f.Root)
	}
	if utf8.RuneCountInString(f.Speaker) > 100 || utf8.RuneCountInString(f.Outlet) > 200 {
		return f, marsad.Errorf(marsad.EINVALID, "speaker or outlet too long")
	}
	if l := v.Get("limit"); l != "" {
		n, err := strconv.Atoi(l)
		if err != nil || n < 1 || n > MaxPageSize {
			return f, marsad.Errorf(marsad.EINVALID, "limit=%q: give a number from 1 to %d", l, MaxPageSize)
		}
		f.Limit = n
	}
	if o := v.Get("offset"); o != "" {
		n, err := strconv.Atoi(o)
		if err != nil || n < 0 || n > 100000 {
			return f, marsad.Errorf(marsad.EINVALID, "offset=%q: give a number from 0 to 100000", o)
		}
		f.Offset = n
	}
	return f, nil
}

// parseSearch reads a search request.
func parseSearch(v url.Values) (marsad.SearchQuery, error) {
	f, err := parseFilter(v)
	if err != nil {
		return marsad.SearchQuery{}, err
	}
	q := strings.TrimSpace(v.Get("q"))
	switch {
	case q == "":
		return marsad.SearchQuery{}, marsad.Errorf(marsad.EINVALID, "q is empty: give words to search for")
	case !utf8.ValidString(q):
		return marsad.SearchQuery{}, marsad.Errorf(marsad.EINVALID, "q is not valid UTF-8")
	case utf8.RuneCountInString(q) > MaxQueryRunes:
		return marsad.SearchQuery{}, marsad.Errorf(marsad.ETOOLARGE, "q is longer than %d characters", MaxQueryRunes)
	}
	if v.Get("limit") == "" {
		f.Limit = DefaultSearchPage
	}
	return marsad.SearchQuery{Q: q, Filter: f}, nil
}

func (s *Server) handleSearch(w http.ResponseWriter, r *http.Request) {
	q, err := parseSearch(r.URL.Query())
	if err != nil {
		s.error(w, r, err)
		return
	}
	res, err := s.cfg.Store.Search(r.Context(), q)
	if err != nil {
		s.error(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, res)
}

// list answers a listing endpoint: it parses the filter and calls get.
func list[T any](s *Server, get func(*http.Request, marsad.Filter) (T, error)) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		f, err := parseFilter(r.URL.Query())
		if err != nil {
			s.error(w, r, err)
			return
		}
		v, err := get(r, f)
		if err != nil {
			s.error(w, r, err)
			return
		}
		writeJSON(w, http.StatusOK, v)
	}
}

func (s *Server) handleActors(w http.ResponseWriter, r *http.Request) {
	list(s, func(r *http.Request, f marsad.Filter) (any, error) {
		a, err := s.cfg.Store.Actors(r.Context(), f)
		s.nameActors(a)
		return map[string]any{"actors": a}, err
	})(w, r)
}

// ActorDetail is the answer of GET /api/actors/{code}.
type ActorDetail struct {
	Actor        marsad.ActorCount    `json:"actor"`
	Events       []marsad.EventRecord `json:"events"`
	Timeline     []marsad.DayCount    `json:"timeline"`
	Counterparts []marsad.Edge        `json:"counterparts"`
	Quotes       []marsad.QuoteRecord `json:"quotes"`
}

// actorDetail gathers what the store knows of one actor code.
func (s *Server) actorDetail(r *http.Request, code string, f marsad.Filter) (*ActorDetail, error) {
	if !codeRE.MatchString(code) {
		return nil, marsad.Errorf(marsad.EINVALID, "%q is not an actor code (letters and digits, e.g. USAGOV)", code)
	}
	ctx := r.Context()
	f.Actor = code
	counts, err := s.cfg.Store.Actors(ctx, marsad.Filter{Actor: code, Limit: MaxPageSize})
	if err != nil {
		return nil, err
	}
	s.nameActors(counts)
	d := &ActorDetail{Actor: marsad.ActorCount{Code: code}}
	for _, c := range counts {
		if c.Code == code {
			d.Actor = c
		}
	}
	if d.Events, err = s.cfg.Store.Events(ctx, f); err != nil {
		return nil, err
	}
	tf := f
	tf.Limit, tf.Offset = 0, 0
	if d.Timeline, err = s.cfg.Store.Timeline(ctx, tf); err != nil {
		return nil, err
	}
	gf := tf
	gf.Limit = 200
	edges, err := s.cfg.Store.Graph(ctx, gf)
	if err != nil {
		return nil, err
	}
	d.Counterparts = []marsad.Edge{}
	for _, e := range edges {
		if e.Source != e.Target && (e.Source == code || e.Target == code) {
			d.Counterparts = append(d.Counterparts, e)
		}
	}
	if d.Quotes, err = s.cfg.Store.Quotes(ctx, marsad.Filter{Speaker: code, Limit: 20}); err != nil {
		return nil, err
	}
	if d.Actor.Mentions == 0 && len(d.Events) == 0 && len(d.Quotes) == 0 {
		return nil, marsad.Errorf(marsad.ENOTFOUND, "no stored article mentions actor %s", code)
	}
	return d, nil
}

// nameActors replaces stored names by Config.ActorName's where it has one.
func (s *Server) nameActors(as []marsad.ActorCount) {
	if s.cfg.ActorName == nil {
		return
	}
	for i := range as {
		if n := s.cfg.ActorName(as[i].Code); n != "" {
			as[i].Name = n
		}
	}
}

func (s *Server) handleActor(w http.ResponseWriter, r *http.Request) {
	f, err := parseFilter(r.URL.Query())
	if err == nil {
		var d *ActorDetail
		if d, err = s.actorDetail(r, strings.ToUpper(r.PathValue("code")), f); err == nil {
			writeJSON(w, http.StatusOK, d)
			return
		}
	}
	s.error(w, r, err)
}

func (s *Server) handleQuotes(w http.ResponseWriter, r *http.Request) {
	list(s, func(r *http.Request, f marsad.Filter) (any, error) {
		q, err := s.cfg.Store.Quotes(r.Context(), f)
		return map[string]any{"quotes": q}, err
	})(w, r)
}

func (s *Server) handleEvents(w http.ResponseWriter, r *http.Request) {
	list(s, func(r *http.Request, f marsad.Filter) (any, error) {
		e, err := s.cfg.Store.Events(r.Context(), f)
		return map[string]any{"events": e}, err
	})(w, r)
}

func (s *Server) handleGraph(w http.ResponseWriter, r *http.Request) {
	list(s, func(r *http.Request, f marsad.Filter) (any, error) {
		e, err := s.cfg.Store.Graph(r.Context(), f)
		return map[string]any{"edges": e}, err
	})(w, r)
}

func (s *Server) handleTimeline(w http.ResponseWriter, r *http.Request) {
	list(s, func(r *http.Request, f marsad.Filter) (any, error) {
		f.Limit = 0
		d, err := s.cfg.Store.Timeline(r.Context(), f)
		return map[string]any{"days": d}, err
	})(w, r)
}
