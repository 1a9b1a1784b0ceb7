// Package event codes political events in the CAMEO ontology natively in
// Arabic: verb and noun triggers from a pattern lexicon, source and target
// from word order, prepositional frames and quote speakers, with negation,
// modality, dates, places and in-article merging of duplicates.
package event
