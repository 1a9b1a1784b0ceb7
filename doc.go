// Package marsad holds the domain types of Marsad, a system that turns raw
// Arabic news into structured, searchable event data: the Document and its
// annotations (Span, Token, Entity, Quote, Time, Event), canonical actors
// (Actor, ActorRef), the Stage contract that every pipeline stage fulfils,
// and the Error type shared by the adapters.
//
// The package depends on the standard library only. Stages live in their
// own packages (arabic, clean, ner, actor, quote, timex, event), the
// pipeline package composes them, and cmd/marsad wires everything.
//
// # Offsets
//
// The cleaned text of a Document is never rewritten once built. Every span
// (paragraphs, sentences, tokens, entities, quotes, times, events) carries
// Start and End offsets counted in Unicode code points of Document.Text,
// end exclusive, which is what JSON consumers in any language expect.
// Stages that work on bytes convert with Document.Index.
package marsad
