package quote

import "github.com/marsad/marsad"

// New returns the quote stage.
func New() (marsad.Stage, error) { return stage{}, nil }

type stage struct{}

func (stage) Name() string { return "quote" }
func (stage) Requires() []string {
	return []string{marsad.AnnTokens, marsad.AnnSentences, marsad.AnnEntities}
}
func (stage) Provides() []string { return []string{marsad.AnnQuotes} }

// Process is not implemented yet: it adds nothing.
func (stage) Process(d *marsad.Document) error { return nil }
