package arabic

import (
	"github.com/marsad/marsad"
)

// NewStage returns the stage that fills Document.Sentences and
// Document.Tokens (with normalised forms and clitic segmentation).
func NewStage() (marsad.Stage, error) {
	model() // load the segmentation model now, not on the first document
	return textStage{}, nil
}

type textStage struct{}

func (textStage) Name() string       { return "arabic" }
func (textStage) Requires() []string { return []string{marsad.AnnText} }
func (textStage) Provides() []string { return []string{marsad.AnnSentences, marsad.AnnTokens} }

// Process tokenizes each paragraph, segments its words and splits it into
// sentences; a sentence never crosses a paragraph.
func (textStage) Process(d *marsad.Document) error {
	x := d.Index()
	d.Sentences = d.Sentences[:0]
	d.Tokens = d.Tokens[:0]
	if cap(d.Tokens) == 0 {
		// About one token in every seven bytes of news text: one
		// allocation instead of a dozen growing ones.
		d.Tokens = make([]marsad.Token, 0, len(d.Text)/7+16)
	}
	paras := d.Paragraphs
	if len(paras) == 0 && d.Text != "" {
		paras = []marsad.Span{{Start: 0, End: x.Runes()}}
	}
	for _, p := range paras {
		b0, b1 := x.Byte(p.Start), x.Byte(p.End)
		text := d.Text[b0:b1]
		toks := Tokenize(text)
		for _, sp := range sentencesOf(text, toks) {
			d.Sentences = append(d.Sentences, d.SpanOf(b0+sp[0], b0+sp[1]))
		}
		for _, t := range toks {
			w := text[t.Start:t.End]
			tok := marsad.Token{Span: d.SpanOf(b0+t.Start, b0+t.End), Text: w, Kind: t.Kind, Norm: Normalize(w),
				ByteStart: b0 + t.Start, ByteEnd: b0 + t.End}
			if t.Kind == marsad.TokenWord {
				pre, base, suf := Segment(w)
				tok.Prefix, tok.Suffix = pre, suf
				nb := Normalize(base)
				if pre != "" && pre[len(pre)-len("ل"):] == "ل" && len(nb) > 2 && nb[:len("ل")] == "ل" && nb[:len("لل")] != "لل" {
					nb = "ا" + nb // لل = ل + ال: restore the article
				}
				tok.Base = nb
				tok.Stem = Stem(nb)
			} else if t.Kind == marsad.TokenLatin {
				tok.Norm = lower(tok.Norm)
			}
			d.Tokens = append(d.Tokens, tok)
		}
	}
	return nil
}

func lower(s string) string {
	for i := 0; i < len(s); i++ {
		if s[i] >= 'A' && s[i] <= 'Z' {
			b := []byte(s)
			for j := i; j < len(b); j++ {
				if b[j] >= 'A' && b[j] <= 'Z' {
					b[j] += 'a' - 'A'
				}
			}
			return string(b)
		}
	}
	return s
}
