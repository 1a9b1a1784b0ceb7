package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/marsad/marsad"
	"github.com/marsad/marsad/input"
	"github.com/marsad/marsad/pipeline"
)

func init() {
	register(&command{
		name:    "events",
		summary: "print the CAMEO events of articles, one JSON line per event (or a table)",
		usage:   "marsad events [--published YYYY-MM-DD] [--table] PATH...",
		run:     runEvents,
	})
	register(&command{
		name:    "export",
		summary: "write the events of articles as GDELT 2.0 event records (tab-separated)",
		usage:   "marsad export --format gdelt [--published YYYY-MM-DD] PATH...",
		run:     runExport,
	})
}

// eachDoc analyses the inputs and calls f for each document, reporting
// failed inputs; it returns errFailed when any failed.
func eachDoc(ctx context.Context, e *env, cmd string, paths []string, published string, f func(*marsad.Document) error) error {
	p, err := pipeline.Default()
	if err != nil {
		return err
	}
	items := input.Stream(ctx, paths, e.stdin, input.Options{Published: published})
	arts := make(chan *marsad.Article)
	failed := 0
	go func() {
		defer close(arts)
		for it := range items {
			if it.Err != nil {
				fmt.Fprintf(e.stderr, "marsad %s: %v\n", cmd, it.Err)
				failed++
				continue
			}
			if it.Article != nil {
				arts <- it.Article
			}
		}
	}()
	for r := range p.Run(ctx, arts, 0) {
		if r.Err != nil {
			fmt.Fprintf(e.stderr, "marsad %s: %v\n", cmd, r.Err)
			failed++
		}
		if r.Doc != nil {
			if err := f(r.Doc); err != nil {
				return err
			}
		}
	}
	if failed > 0 {
		return errFailed
	}
	return nil
}

func runEvents(ctx context.Context, e *env, args []string) error {
	fs := commands["events"].flags(e)
	published := fs.String("published", "", "publication date `YYYY-MM-DD` for articles that carry none")
	table := fs.Bool("table", false, "print a readable table instead of JSON lines")
	if err := parse(fs, args); err != nil {
		return err
	}
	paths := fs.Args()
	if len(paths) == 0 {
		paths = []string{"-"}
	}
	w := bufio.NewWriter(e.stdout)
	defer w.Flush()
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	return eachDoc(ctx, e, "events", paths, *published, func(d *marsad.Document) error {
		for _, ev := range d.Events {
			if *table {
				fmt.Fprintf(w, "%s\t%s\t%s\t%s\t%s\t%s\t%s\n", d.ID, ev.Date, ev.Source.ActorCode(), ev.Code, ev.Target.ActorCode(), ev.Name, ev.Evidence.Text)
				continue
			}
			if err := enc.Encode(struct {
				Doc    string `json:"doc"`
				Source string `json:"source_file,omitempty"`
				marsad.Event
			}{d.ID, d.Source, ev}); err != nil {
				return err
			}
		}
		return nil
	})
}

func runExport(ctx context.Context, e *env, args []string) error {
	fs := commands["export"].flags(e)
	format := fs.String("format", "gdelt", "output `format`: gdelt (GDELT 2.0 event table)")
	published := fs.String("published", "", "publication date `YYYY-MM-DD` for articles that carry none")
	if err := parse(fs, args); err != nil {
		return err
	}
	if *format != "gdelt" {
		fmt.Fprintf(e.stderr, "marsad export: --format %q: only gdelt is supported\n", *format)
		return errUsage
	}
	paths := fs.Args()
	if len(paths) == 0 {
		paths = []string{"-"}
	}
	w := bufio.NewWriter(e.stdout)
	defer w.Flush()
	id := 0
	added := time.Now().UTC().Format("20060102150405")
	return eachDoc(ctx, e, "export", paths, *published, func(d *marsad.Document) error {
		for _, ev := range d.Events {
			id++
			w.WriteString(strings.Join(gdeltRow(id, d, ev, added), "\t"))
			w.WriteByte('\n')
		}
		return nil
	})
}

// gdeltRow fills the 61 columns of a GDELT 2.0 event record; columns Marsad
// has no value for stay blank.
func gdeltRow(id int, d *marsad.Document, ev marsad.Event, added string) []string {
	row := make([]string, 61)
	row[0] = strconv.Itoa(id)
	date := strings.ReplaceAll(ev.Date, "-", "")
	if len(date) == 8 {
		row[1], row[2], row[3] = date, date[:6], date[:4]
		if t, err := time.Parse("20060102", date); err == nil {
			row[4] = fmt.Sprintf("%.4f", float64(t.Year())+float64(t.YearDay()-1)/365)
		}
	}
	actorCols := func(base int, m *marsad.Mention) {
		if m == nil || m.Actor == nil {
			return
		}
		c := m.Actor.Code
		row[base] = c
		row[base+1] = m.Actor.Name
		if len(c) >= 3 {
			row[base+2] = c[:3]
		}
		if len(c) >= 6 {
			row[base+8] = c[3:6] // Type1Code
		}
	}
	actorCols(5, ev.Source)
	actorCols(15, ev.Target)
	row[25] = "1" // IsRootEvent
	row[26] = ev.Code
	row[27] = ev.Code[:min(3, len(ev.Code))]
	row[28] = ev.Root
	row[29] = strconv.Itoa(ev.Quad)
	row[30] = strconv.FormatFloat(ev.Goldstein, 'f', 1, 64)
	row[31] = strconv.Itoa(ev.Mentions)
	row[32] = "1"
	row[33] = "1"
	if ev.Location != nil && ev.Location.Actor != nil {
		row[51] = "3"
		row[52] = ev.Location.Text
		if len(ev.Location.Actor.Code) >= 3 {
			row[53] = ev.Location.Actor.Code[:3]
		}
	}
	row[59] = added
	row[60] = d.URL
	if row[60] == "" {
		row[60] = d.Source
	}
	return row
}
