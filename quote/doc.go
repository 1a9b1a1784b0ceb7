// Package quote extracts direct quotations in every quote style Arabic
// outlets use, and reported speech introduced by speech verbs and
// attribution phrases, each tied to its speaker and cue.
package quote
