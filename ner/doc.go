// Package ner finds people, places, organisations and other names in Arabic
// text with a structured averaged perceptron over normalised, clitic-aware
// features, decoded with Viterbi. It learns BILOU tags (begin, inside,
// last, unit, outside), decodes under their rules and returns BIO tags.
// Among the features is each word's letter skeleton (consonants, long
// vowels and letters Arabic words lack), a cue to transliterated names. Among the features are word classes
// learned from unlabelled news (BuildClusters): each word's class has a
// path in a binary tree, and prefixes of the paths of the word and its
// neighbours are features. So are dense word vectors learned from the same
// news (BuildVectors): the real values of the vectors of the word and its
// neighbours, weighted per tag. The trained model, word classes and
// vectors included, is embedded (model/ner.bin.gz; see model/README.md for
// its data and licences).
package ner
