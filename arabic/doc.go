// Package arabic is Marsad's Arabic text core: normalisation for matching
// and search, tokenization with offsets, sentence splitting, clitic
// segmentation and a light stemmer. It never rewrites the source text:
// functions return offsets into their input and normalised forms beside it.
//
// The package is usable as a library on its own; NewStage wraps it as a
// pipeline stage that fills Document.Sentences and Document.Tokens.
package arabic
