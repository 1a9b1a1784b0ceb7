package http

import (
	"embed"
	"fmt"
	"html"
	"html/template"
	"io/fs"
	"math"
	"net/http"
	"net/url"
	"sort"
	"strings"
	"time"

	"github.com/marsad/marsad"
)

//go:embed templates/*.html
var templateFS embed.FS

//go:embed static
var staticFS embed.FS

// ui renders the web pages.
type ui struct {
	pages map[string]*template.Template
}

// rootNames are the Arabic names of the twenty CAMEO root codes.
var rootNames = map[string]string{
	"01": "تصريح علني", "02": "مناشدة", "03": "إعلان نية التعاون", "04": "تشاور ولقاءات",
	"05": "تعاون دبلوماسي", "06": "تعاون مادي", "07": "تقديم مساعدات", "08": "تنازل",
	"09": "تحقيق", "10": "مطالبة", "11": "انتقاد واستنكار", "12": "رفض",
	"13": "تهديد", "14": "احتجاج", "15": "استعراض قوة", "16": "تقليص العلاقات",
	"17": "إكراه", "18": "اعتداء", "19": "قتال", "20": "عنف جماعي واسع",
}

var typeNames = map[string]string{
	marsad.PER: "شخص", marsad.LOC: "مكان", marsad.ORG: "منظمة", marsad.MISC: "أخرى",
}

func newUI() (*ui, error) {
	funcs := template.FuncMap{
		"root":     func(r string) string { return rootNames[r] },
		"typename": func(t string) string { return typeNames[t] },
		"snippet":  safeSnippet,
		"actorURL": func(code string) string { return "/actors/" + url.PathEscape(code) },
		"query":    func(v url.Values) string { return v.Encode() },
		"quad": func(q int) string {
			return [...]string{"", "تعاون لفظي", "تعاون مادي", "صراع لفظي", "صراع مادي"}[max(0, min(q, 4))]
		},
		"signed": func(f float64) string { return fmt.Sprintf("%+.1f", f) },
		"add":    func(a, b int) int { return a + b },
		"who": func(m *marsad.Mention) string {
			switch {
			case m == nil:
				return "—"
			case m.Actor != nil && m.Actor.Name != "":
				return m.Actor.Name
			case m.Actor != nil && m.Text == "":
				return m.Actor.Code
			}
			return m.Text
		},
		"code": func(m *marsad.Mention) string {
			if m == nil || m.Actor == nil {
				return ""
			}
			return m.Actor.Code
		},
	}
	base, err := template.New("layout.html").Funcs(funcs).ParseFS(templateFS, "templates/layout.html")
	if err != nil {
		return nil, fmt.Errorf("http: templates: %w", err)
	}
	names, err := fs.Glob(templateFS, "templates/*.html")
	if err != nil {
		return nil, err
	}
	u := &ui{pages: map[string]*template.Template{}}
	for _, n := range names {
		name := strings.TrimSuffix(strings.TrimPrefix(n, "templates/"), ".html")
		if name == "layout" {
			continue
		}
		t, err := template.Must(base.Clone()).ParseFS(templateFS, n)
		if err != nil {
			return nil, fmt.Errorf("http: template %s: %w", n, err)
		}
		u.pages[name] = t
	}
	return u, nil
}

// render writes page name with data.
func (u *ui) render(w http.ResponseWriter, status int, name string, data any) {
	t := u.pages[name]
	var b strings.Builder
	if err := t.ExecuteTemplate(&b, "layout.html", data); err != nil {
		http.Error(w, "template error: "+err.Error(), http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("Content-Security-Policy", "default-src 'self'; style-src 'self'; img-src 'self' data:; script-src 'self'")
	w.WriteHeader(status)
	w.Write([]byte(b.String()))
}

func (u *ui) errorPage(w http.ResponseWriter, status int, msg string) {
	u.render(w, status, "error", page{Title: "خطأ", Data: map[string]any{"Status": status, "Message": msg}})
}

// safeSnippet renders a store snippet: everything is escaped again except
// the <mark> tags, whatever the store sent.
func safeSnippet(s string) template.HTML {
	e := html.EscapeString(html.UnescapeString(s))
	e = strings.ReplaceAll(e, "&lt;mark&gt;", "<mark>")
	e = strings.ReplaceAll(e, "&lt;/mark&gt;", "</mark>")
	return template.HTML(e)
}

// markup renders the text of d, paragraph by paragraph, with entities,
// quotations, times and event triggers wrapped in elements that carry
// their kind as classes and their analysis as a title.
func markup(d *marsad.Document) template.HTML {
	type ann struct {
		marsad.Span
		class, title, href string
	}
	var anns []ann
	for _, q := range d.Quotes {
		t := "اقتباس"
		if q.Kind == "indirect" {
			t = "كلام منقول"
		}
		if q.Speaker != nil {
			t += " — " + mentionName(q.Speaker)
		}
		anns = append(anns, ann{q.Span, "q q-" + q.Kind, t, ""})
	}
	for _, e := range d.Entities {
		a := ann{e.Span, "ent ent-" + e.Type, typeNames[e.Type], ""}
		if e.Actor != nil && e.Actor.Code != "" {
			a.title += " — " + e.Actor.Name + " (" + e.Actor.Code + ")"
			a.href = "/actors/" + url.PathEscape(e.Actor.Code)
		}
		anns = append(anns, a)
	}
	for _, t := range d.Times {
		anns = append(anns, ann{t.Span, "tx", "تاريخ: " + t.Value, ""})
	}
	for _, ev := range d.Events {
		title := ev.Code + " " + rootNames[ev.Root] + ": " + mentionName(ev.Source) + " ← " + mentionName(ev.Target)
		anns = append(anns, ann{ev.Evidence.Trigger, "ev ev-q" + fmt.Sprint(ev.Quad), title, ""})
	}
	text := []rune(d.Text)
	paras := d.Paragraphs
	if len(paras) == 0 {
		paras = []marsad.Span{{Start: 0, End: len(text)}}
	}
	var b strings.Builder
	for _, p := range paras {
		if p.Start < 0 || p.End > len(text) || p.Start >= p.End {
			continue
		}
		cuts := map[int]bool{p.Start: true, p.End: true}
		for _, a := range anns {
			if a.Overlaps(p) {
				cuts[max(a.Start, p.Start)] = true
				cuts[min(a.End, p.End)] = true
			}
		}
		pos := make([]int, 0, len(cuts))
		for c := range cuts {
			pos = append(pos, c)
		}
		sort.Ints(pos)
		b.WriteString("<p>")
		for i := 0; i+1 < len(pos); i++ {
			seg := marsad.Span{Start: pos[i], End: pos[i+1]}
			var classes, titles []string
			href := ""
			for _, a := range anns {
				if a.Contains(seg) {
					classes = append(classes, a.class)
					if a.title != "" {
						titles = append(titles, a.title)
					}
					if a.href != "" {
						href = a.href
					}
				}
			}
			s := html.EscapeString(string(text[seg.Start:seg.End]))
			if len(classes) == 0 {
				b.WriteString(s)
				continue
			}
			tag := "span"
			attr := ""
			if href != "" {
				tag, attr = "a", ` href="`+html.EscapeString(href)+`"`
			}
			fmt.Fprintf(&b, `<%s class="%s" title="%s"%s>%s</%s>`, tag, html.EscapeString(strings.Join(classes, " ")),
				html.EscapeString(strings.Join(titles, " · ")), attr, s, tag)
		}
		b.WriteString("</p>\n")
	}
	return template.HTML(b.String())
}

func mentionName(m *marsad.Mention) string {
	switch {
	case m == nil:
		return "؟"
	case m.Actor != nil && m.Actor.Name != "":
		return m.Actor.Name
	case m.Text != "":
		return m.Text
	case m.Actor != nil:
		return m.Actor.Code
	}
	return "؟"
}

// Chart is a bar chart drawn as SVG by the templates.
type Chart struct {
	Width, Height int
	Bars          []Bar
	Max           int
	First, Last   string
	Unit          string // "يوم" or "شهر"
}

// Bar is one bar of a Chart.
type Bar struct {
	X, Y, W, H float64
	Label      string
	Value      int
}

// timelineChart draws events per day, or per month when the days are many.
func timelineChart(days []marsad.DayCount) *Chart {
	var pts []marsad.DayCount
	for _, d := range days {
		if len(d.Date) >= 10 && d.Date[0] != 'X' {
			pts = append(pts, d)
		}
	}
	if len(pts) == 0 {
		return nil
	}
	unit := "يوم"
	first, err1 := time.Parse(time.DateOnly, pts[0].Date[:10])
	last, err2 := time.Parse(time.DateOnly, pts[len(pts)-1].Date[:10])
	if span := last.Sub(first).Hours() / 24; err1 == nil && err2 == nil && span < 90 {
		// Few days: draw every day, with the empty ones.
		count := map[string]int{}
		for _, p := range pts {
			count[p.Date[:10]] += p.Events
		}
		pts = pts[:0:0]
		for d := first; !d.After(last); d = d.AddDate(0, 0, 1) {
			k := d.Format(time.DateOnly)
			pts = append(pts, marsad.DayCount{Date: k, Events: count[k]})
		}
	}
	if len(pts) > 90 {
		unit = "شهر"
		var months []marsad.DayCount
		for _, d := range pts {
			m := d.Date[:7]
			if n := len(months); n > 0 && months[n-1].Date == m {
				months[n-1].Events += d.Events
			} else {
				months = append(months, marsad.DayCount{Date: m, Events: d.Events})
			}
		}
		pts = months
	}
	c := &Chart{Width: 720, Height: 180, First: pts[0].Date, Last: pts[len(pts)-1].Date, Unit: unit}
	for _, p := range pts {
		c.Max = max(c.Max, p.Events)
	}
	const top, bottom, side = 16.0, 24.0, 8.0
	slot := math.Min((float64(c.Width)-2*side)/float64(len(pts)), 48)
	left := (float64(c.Width) - slot*float64(len(pts))) / 2 // centre a few bars
	for i, p := range pts {
		h := (float64(c.Height) - top - bottom) * float64(p.Events) / float64(c.Max)
		c.Bars = append(c.Bars, Bar{
			X: left + float64(i)*slot + slot*0.1, W: math.Max(slot*0.8, 1),
			Y: float64(c.Height) - bottom - h, H: h, Label: p.Date, Value: p.Events,
		})
	}
	return c
}

// Graph is a relations graph drawn as SVG by the templates.
type Graph struct {
	Size  int
	Nodes []Node
	Edges []GraphEdge
}

// Node is an actor of a Graph.
type Node struct {
	X, Y   float64
	R      float64
	Code   string
	Name   string
	Events int
	LX, LY float64 // label position
	Anchor string
}

// GraphEdge is a relation of a Graph: a curved arrow from source to target.
type GraphEdge struct {
	Path      string
	Width     float64
	Class     string
	Title     string
	Events    int
	Goldstein float64
}

// relationGraph lays out the actors with most events on a circle and draws
// the edges between them, thicker for more events, coloured by the mean
// Goldstein value (cooperation green, conflict red).
func relationGraph(edges []marsad.Edge, names map[string]string, maxNodes int) *Graph {
	weight := map[string]int{}
	for _, e := range edges {
		if e.Source == "" || e.Target == "" || e.Source == e.Target {
			continue
		}
		weight[e.Source] += e.Events
		weight[e.Target] += e.Events
	}
	codes := make([]string, 0, len(weight))
	for c := range weight {
		codes = append(codes, c)
	}
	sort.Slice(codes, func(i, j int) bool {
		if weight[codes[i]] != weight[codes[j]] {
			return weight[codes[i]] > weight[codes[j]]
		}
		return codes[i] < codes[j]
	})
	if len(codes) > maxNodes {
		codes = codes[:maxNodes]
	}
	if len(codes) == 0 {
		return nil
	}
	g := &Graph{Size: 640}
	c := float64(g.Size) / 2
	radius := c - 110
	at := map[string]int{}
	maxW := weight[codes[0]]
	for i, code := range codes {
		a := 2*math.Pi*float64(i)/float64(len(codes)) - math.Pi/2
		n := Node{X: c + radius*math.Cos(a), Y: c + radius*math.Sin(a), Code: code, Name: names[code], Events: weight[code]}
		n.R = 6 + 14*math.Sqrt(float64(weight[code])/float64(maxW))
		n.LX, n.LY = c+(radius+n.R+8)*math.Cos(a), c+(radius+n.R+8)*math.Sin(a)+4
		switch {
		case math.Cos(a) > 0.2:
			n.Anchor = "start"
		case math.Cos(a) < -0.2:
			n.Anchor = "end"
		default:
			n.Anchor = "middle"
		}
		at[code] = len(g.Nodes)
		g.Nodes = append(g.Nodes, n)
	}
	maxE := 1
	for _, e := range edges {
		maxE = max(maxE, e.Events)
	}
	for _, e := range edges {
		i, ok1 := at[e.Source]
		j, ok2 := at[e.Target]
		if !ok1 || !ok2 || i == j {
			continue
		}
		s, t := g.Nodes[i], g.Nodes[j]
		// Bend each arrow to its right so that A→B and B→A stay apart.
		mx, my := (s.X+t.X)/2, (s.Y+t.Y)/2
		dx, dy := t.X-s.X, t.Y-s.Y
		bend := 0.15
		cx, cy := mx-dy*bend, my+dx*bend
		// Stop short of the target's circle.
		l := math.Hypot(t.X-cx, t.Y-cy)
		ex, ey := t.X-(t.X-cx)/l*(t.R+4), t.Y-(t.Y-cy)/l*(t.R+4)
		class := "neutral"
		switch {
		case e.Goldstein >= 1:
			class = "coop"
		case e.Goldstein <= -1:
			class = "conflict"
		}
		g.Edges = append(g.Edges, GraphEdge{
			Path:  fmt.Sprintf("M%.1f,%.1f Q%.1f,%.1f %.1f,%.1f", s.X, s.Y, cx, cy, ex, ey),
			Width: 1 + 5*float64(e.Events)/float64(maxE), Class: class,
			Title:  fmt.Sprintf("%s ← %s: %d حدث، متوسط غولدشتاين %+.1f", orCode(names, e.Source), orCode(names, e.Target), e.Events, e.Goldstein),
			Events: e.Events, Goldstein: e.Goldstein,
		})
	}
	return g
}

func orCode(names map[string]string, code string) string {
	if n := names[code]; n != "" {
		return n
	}
	return code
}
