package http

import (
	"html/template"
	"io/fs"
	"net/http"
	"net/url"
	"strings"

	"github.com/marsad/marsad"
)

func (s *Server) uiRoutes() {
	m := s.mux
	static, _ := fs.Sub(staticFS, "static")
	files := http.StripPrefix("/static/", http.FileServer(http.FS(static)))
	m.Handle("GET /static/", http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Cache-Control", "public, max-age=3600")
		files.ServeHTTP(w, r)
	}))
	m.HandleFunc("GET /{$}", s.pageHome)
	m.HandleFunc("GET /search", s.pageSearch)
	m.HandleFunc("GET /articles/{id}", s.pageArticle)
	m.HandleFunc("GET /actors", s.pageActors)
	m.HandleFunc("GET /actors/{code}", s.pageActor)
	m.HandleFunc("GET /quotes", s.pageQuotes)
	m.HandleFunc("GET /graph", s.pageGraph)
	m.HandleFunc("GET /analyze", s.pageAnalyze)
	m.HandleFunc("POST /analyze", s.pageAnalyze)
	m.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		s.error(w, r, marsad.Errorf(marsad.ENOTFOUND, "لا توجد صفحة بهذا العنوان"))
	})
}

// page is what every template gets.
type page struct {
	Title  string
	Nav    string
	Query  string
	Params url.Values
	Data   any
}

func (s *Server) pageHome(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	actors, err := s.cfg.Store.Actors(ctx, marsad.Filter{Limit: 15})
	if err != nil {
		s.error(w, r, err)
		return
	}
	s.nameActors(actors)
	events, err := s.cfg.Store.Events(ctx, marsad.Filter{Limit: 12})
	if err != nil {
		s.error(w, r, err)
		return
	}
	quotes, err := s.cfg.Store.Quotes(ctx, marsad.Filter{Limit: 6})
	if err != nil {
		s.error(w, r, err)
		return
	}
	days, err := s.cfg.Store.Timeline(ctx, marsad.Filter{})
	if err != nil {
		s.error(w, r, err)
		return
	}
	s.ui.render(w, http.StatusOK, "home", page{Title: "مرصد", Nav: "home", Data: map[string]any{
		"Actors": actors, "Events": events, "Quotes": quotes, "Chart": timelineChart(days),
	}})
}

func (s *Server) pageSearch(w http.ResponseWriter, r *http.Request) {
	v := r.URL.Query()
	p := page{Title: "بحث", Nav: "search", Query: v.Get("q"), Params: v}
	if strings.TrimSpace(v.Get("q")) == "" {
		s.ui.render(w, http.StatusOK, "search", p)
		return
	}
	q, err := parseSearch(v)
	if err != nil {
		s.error(w, r, err)
		return
	}
	q.Limit = 20
	res, err := s.cfg.Store.Search(r.Context(), q)
	if err != nil {
		s.error(w, r, err)
		return
	}
	p.Title = q.Q + " — بحث"
	// Facet links keep the query and the other filters.
	type facetLink struct {
		marsad.Facet
		Name   string
		URL    string
		Active bool
	}
	param := map[string]string{"outlet": "outlet", "actor": "actor", "root": "root"}
	facets := map[string][]facetLink{}
	for kind, fs := range res.Facets {
		key := param[kind]
		if key == "" {
			continue
		}
		for _, f := range fs {
			u := url.Values{}
			for k, vs := range v {
				u[k] = vs
			}
			u.Set(key, f.Value)
			u.Del("offset")
			name := f.Value
			if kind == "root" {
				name = rootNames[f.Value]
			}
			facets[kind] = append(facets[kind], facetLink{f, name, "/search?" + u.Encode(), v.Get(key) == f.Value})
		}
	}
	p.Data = map[string]any{"Result": res, "Facets": facets}
	s.ui.render(w, http.StatusOK, "search", p)
}

// articleView is the data of the article and analyze pages.
type articleView struct {
	Doc    *marsad.Document
	Body   template.HTML
	Stored bool
	Input  ArticleInput
	Ents   []entityGroup
}

// entityGroup is one entity text with how often it occurs.
type entityGroup struct {
	marsad.Entity
	Count int
}

func newArticleView(d *marsad.Document) articleView {
	v := articleView{Doc: d, Body: markup(d)}
	at := map[string]int{}
	for _, e := range d.Entities {
		k := e.Type + "\x00" + e.Text
		if i, ok := at[k]; ok {
			v.Ents[i].Count++
			continue
		}
		at[k] = len(v.Ents)
		v.Ents = append(v.Ents, entityGroup{e, 1})
	}
	return v
}

func (s *Server) pageArticle(w http.ResponseWriter, r *http.Request) {
	d, err := s.cfg.Store.Document(r.Context(), r.PathValue("id"))
	if err != nil {
		s.error(w, r, err)
		return
	}
	v := newArticleView(d)
	v.Stored = true
	s.ui.render(w, http.StatusOK, "article", page{Title: d.Title, Nav: "search", Data: v})
}

func (s *Server) pageActors(w http.ResponseWriter, r *http.Request) {
	f, err := parseFilter(r.URL.Query())
	if err != nil {
		s.error(w, r, err)
		return
	}
	f.Limit = 200
	actors, err := s.cfg.Store.Actors(r.Context(), f)
	if err != nil {
		s.error(w, r, err)
		return
	}
	s.nameActors(actors)
	s.ui.render(w, http.StatusOK, "actors", page{Title: "الفاعلون", Nav: "actors", Data: actors})
}

func (s *Server) pageActor(w http.ResponseWriter, r *http.Request) {
	f, err := parseFilter(r.URL.Query())
	if err != nil {
		s.error(w, r, err)
		return
	}
	f.Limit = 30
	d, err := s.actorDetail(r, strings.ToUpper(r.PathValue("code")), f)
	if err != nil {
		s.error(w, r, err)
		return
	}
	names, err := s.actorNames(r)
	if err != nil {
		s.error(w, r, err)
		return
	}
	type counterpart struct {
		Code, Name      string
		Out, In         int
		Goldstein, Mean float64
	}
	byCode := map[string]*counterpart{}
	var order []*counterpart
	for _, e := range d.Counterparts {
		other := e.Target
		if e.Target == d.Actor.Code {
			other = e.Source
		}
		c := byCode[other]
		if c == nil {
			c = &counterpart{Code: other, Name: names[other]}
			byCode[other] = c
			order = append(order, c)
		}
		if e.Source == d.Actor.Code {
			c.Out += e.Events
		} else {
			c.In += e.Events
		}
		c.Goldstein += e.Goldstein * float64(e.Events)
	}
	for _, c := range order {
		c.Mean = c.Goldstein / float64(c.Out+c.In)
	}
	if len(order) > 15 {
		order = order[:15]
	}
	title := d.Actor.Name
	if title == "" {
		title = d.Actor.Code
	}
	s.ui.render(w, http.StatusOK, "actor", page{Title: title, Nav: "actors", Data: map[string]any{
		"Actor": d, "Chart": timelineChart(d.Timeline), "Counterparts": order,
		"Graph": relationGraph(d.Counterparts, names, 16),
	}})
}

// actorNames maps the codes of the most mentioned actors to their names.
func (s *Server) actorNames(r *http.Request) (map[string]string, error) {
	all, err := s.cfg.Store.Actors(r.Context(), marsad.Filter{Limit: MaxPageSize})
	if err != nil {
		return nil, err
	}
	s.nameActors(all)
	names := make(map[string]string, len(all))
	for _, a := range all {
		names[a.Code] = a.Name
	}
	return names, nil
}

func (s *Server) pageQuotes(w http.ResponseWriter, r *http.Request) {
	f, err := parseFilter(r.URL.Query())
	if err != nil {
		s.error(w, r, err)
		return
	}
	quotes, err := s.cfg.Store.Quotes(r.Context(), f)
	if err != nil {
		s.error(w, r, err)
		return
	}
	s.ui.render(w, http.StatusOK, "quotes", page{Title: "الاقتباسات", Nav: "quotes", Params: r.URL.Query(), Data: quotes})
}

func (s *Server) pageGraph(w http.ResponseWriter, r *http.Request) {
	f, err := parseFilter(r.URL.Query())
	if err != nil {
		s.error(w, r, err)
		return
	}
	f.Limit = 300
	edges, err := s.cfg.Store.Graph(r.Context(), f)
	if err != nil {
		s.error(w, r, err)
		return
	}
	names, err := s.actorNames(r)
	if err != nil {
		s.error(w, r, err)
		return
	}
	s.ui.render(w, http.StatusOK, "graph", page{Title: "شبكة العلاقات", Nav: "graph", Params: r.URL.Query(), Data: map[string]any{
		"Graph": relationGraph(edges, names, 20), "Edges": edges, "Names": names,
	}})
}

func (s *Server) pageAnalyze(w http.ResponseWriter, r *http.Request) {
	p := page{Title: "تحليل نص", Nav: "analyze"}
	if r.Method != http.MethodPost {
		s.ui.render(w, http.StatusOK, "analyze", p)
		return
	}
	r.Body = http.MaxBytesReader(w, r.Body, s.cfg.MaxBody)
	if err := r.ParseForm(); err != nil {
		s.error(w, r, marsad.Errorf(marsad.ETOOLARGE, "النص أطول مما يُقبل (%d بايت)", s.cfg.MaxBody))
		return
	}
	in := ArticleInput{Text: r.PostForm.Get("text"), Published: r.PostForm.Get("published")}
	v := articleView{Input: in}
	switch {
	case strings.TrimSpace(in.Text) == "":
		p.Data = map[string]any{"Error": "الصق نص مقال أولا.", "View": v}
	case in.Published != "" && !validDate(in.Published):
		p.Data = map[string]any{"Error": "تاريخ النشر يكتب هكذا: 2024-03-05", "View": v}
	default:
		d, err := s.analyze(in, "analyze")
		if err != nil {
			p.Data = map[string]any{"Error": marsad.ErrorMessage(err), "View": v}
			break
		}
		v = newArticleView(d)
		v.Input = in
		p.Data = map[string]any{"View": v}
	}
	s.ui.render(w, http.StatusOK, "analyze", p)
}
