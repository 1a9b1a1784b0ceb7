// Package ner finds people, places, organisations and other names in Arabic
// text with a structured averaged perceptron over normalised, clitic-aware
// features, decoded with Viterbi. The trained model is embedded.
package ner
