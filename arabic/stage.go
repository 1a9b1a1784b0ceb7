package arabic

import (
	"strings"

	"github.com/marsad/marsad"
)

// NewStage returns the stage that fills Document.Sentences and
// Document.Tokens (with normalised forms and clitic segmentation).
func NewStage() (marsad.Stage, error) { return textStage{}, nil }

type textStage struct{}

func (textStage) Name() string       { return "arabic" }
func (textStage) Requires() []string { return []string{marsad.AnnText} }
func (textStage) Provides() []string { return []string{marsad.AnnSentences, marsad.AnnTokens} }

func (textStage) Process(d *marsad.Document) error {
	d.Sentences = d.Sentences[:0]
	d.Tokens = d.Tokens[:0]
	for _, p := range d.Paragraphs {
		x := d.Index()
		b0, b1 := x.Byte(p.Start), x.Byte(p.End)
		start := b0
		text := d.Text[b0:b1]
		for i, r := range text {
			if r == '.' || r == '؟' || r == '!' || r == '?' {
				end := b0 + i + len(string(r))
				if strings.TrimSpace(d.Text[start:end]) != "" {
					d.Sentences = append(d.Sentences, d.SpanOf(start, end))
				}
				start = end
			}
		}
		if strings.TrimSpace(d.Text[start:b1]) != "" {
			d.Sentences = append(d.Sentences, d.SpanOf(start, b1))
		}
	}
	for _, t := range Tokenize(d.Text) {
		w := d.Text[t.Start:t.End]
		tok := marsad.Token{Span: d.SpanOf(t.Start, t.End), Text: w, Kind: t.Kind, Norm: Normalize(w), ByteStart: t.Start, ByteEnd: t.End}
		if t.Kind == marsad.TokenWord {
			pre, base, suf := Segment(w)
			tok.Prefix, tok.Suffix = pre, suf
			tok.Base = Normalize(base)
			tok.Stem = Stem(tok.Base)
		}
		d.Tokens = append(d.Tokens, tok)
	}
	return nil
}
