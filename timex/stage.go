package timex

import (
	"fmt"

	"github.com/marsad/marsad"
)

// New returns the stage that fills Document.Times, resolving relative
// expressions against Document.Published.
func New() (marsad.Stage, error) { return stage{}, nil }

type stage struct{}

func (stage) Name() string       { return "timex" }
func (stage) Requires() []string { return []string{marsad.AnnText} }
func (stage) Provides() []string { return []string{marsad.AnnTimes} }

// Process finds the temporal expressions of each paragraph.
func (stage) Process(d *marsad.Document) error {
	d.Times = d.Times[:0]
	x := d.Index()
	paras := d.Paragraphs
	if len(paras) == 0 {
		paras = []marsad.Span{{Start: 0, End: x.Runes()}}
	}
	for _, p := range paras {
		b0, b1 := x.Byte(p.Start), x.Byte(p.End)
		for _, m := range Find(d.Text[b0:b1], d.Published) {
			t := marsad.Time{Span: d.SpanOf(b0+m.Start, b0+m.End), Text: d.Text[b0+m.Start : b0+m.End],
				Type: m.Type, Value: m.Value, Hijri: m.Hijri, Mod: m.Mod}
			if m.Warning != "" {
				d.Warn(fmt.Sprintf("time %q at %d: %s; no value given", t.Text, t.Start, m.Warning))
			}
			d.Times = append(d.Times, t)
		}
	}
	return nil
}
