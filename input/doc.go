// Package input reads articles from the outside world: plain-text files,
// directories of them, standard input, and container formats (the
// TREC-style corpus files, gzipped or not). The format is detected from the
// content and can be forced. Every problem is reported as an Item carrying
// an error that names the file, and reading goes on with the next one.
package input
