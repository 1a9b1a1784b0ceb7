package event

import "github.com/marsad/marsad"

// New returns the event stage.
func New() (marsad.Stage, error) { return stage{}, nil }

type stage struct{}

func (stage) Name() string { return "event" }
func (stage) Requires() []string {
	return []string{marsad.AnnTokens, marsad.AnnSentences, marsad.AnnEntities, marsad.AnnActors, marsad.AnnQuotes, marsad.AnnTimes}
}
func (stage) Provides() []string { return []string{marsad.AnnEvents} }

// Process is not implemented yet: it adds nothing.
func (stage) Process(d *marsad.Document) error { return nil }
