package ner

import "github.com/marsad/marsad"

// New returns the ner stage.
func New() (marsad.Stage, error) { return stage{}, nil }

type stage struct{}

func (stage) Name() string       { return "ner" }
func (stage) Requires() []string { return []string{marsad.AnnTokens, marsad.AnnSentences} }
func (stage) Provides() []string { return []string{marsad.AnnEntities} }

// Process is not implemented yet: it adds nothing.
func (stage) Process(d *marsad.Document) error { return nil }
