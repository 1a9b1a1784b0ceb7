package actor

import "github.com/marsad/marsad"

// New returns the actor stage.
func New() (marsad.Stage, error) { return stage{}, nil }

type stage struct{}

func (stage) Name() string       { return "actor" }
func (stage) Requires() []string { return []string{marsad.AnnEntities, marsad.AnnQuotes} }
func (stage) Provides() []string { return []string{marsad.AnnActors} }

// Process is not implemented yet: it adds nothing.
func (stage) Process(d *marsad.Document) error { return nil }
