package marsad

import (
	"crypto/sha256"
	"encoding/hex"
	"unicode/utf8"
)

// Annotation names used by stages to declare what they require and provide.
const (
	AnnText      = "text"      // Text, Title, Outlet, Dateline, Paragraphs
	AnnSentences = "sentences" // Sentences
	AnnTokens    = "tokens"    // Tokens, with clitic segmentation
	AnnEntities  = "entities"  // Entities (types and spans)
	AnnActors    = "actors"    // Entity.Actor, Quote.Speaker.Actor links
	AnnQuotes    = "quotes"    // Quotes
	AnnTimes     = "times"     // Times
	AnnEvents    = "events"    // Events
)

// Span is a half-open range [Start, End) of code points in Document.Text.
type Span struct {
	Start int `json:"start"` // first code point
	End   int `json:"end"`   // one past the last code point
}

// Len reports the number of code points in the span.
func (s Span) Len() int { return s.End - s.Start }

// Contains reports whether o lies inside s.
func (s Span) Contains(o Span) bool { return s.Start <= o.Start && o.End <= s.End }

// Overlaps reports whether s and o share at least one code point.
func (s Span) Overlaps(o Span) bool { return s.Start < o.End && o.Start < s.End }

// Document is one analysed article. Stages fill it in place; the fields
// that later stages own are present (as empty lists) from the start so that
// consumers can rely on the shape.
type Document struct {
	// Identity and metadata.
	ID        string `json:"id"`                 // stable hash of the normalised text
	Source    string `json:"source,omitempty"`   // where it came from: a file path, a DOCNO, a URL
	URL       string `json:"url,omitempty"`      // canonical URL when the input carried one
	Title     string `json:"title"`              // headline alone, without the outlet's name
	Outlet    string `json:"outlet"`             // publishing outlet, when known
	Dateline  string `json:"dateline"`           // place (and agency) of the dateline, e.g. واشنطن
	Author    string `json:"author,omitempty"`   // byline when the input carried one
	Published string `json:"published"`          // publication date YYYY-MM-DD, or "" when unknown
	Lang      string `json:"lang"`               // ISO 639-1 language of the text, "ar" for Arabic
	Category  string `json:"category,omitempty"` // section or category given by the input

	// The cleaned body and its structure.
	Text       string  `json:"text"`             // cleaned body; paragraphs separated by "\n\n"
	Paragraphs []Span  `json:"paragraphs"`       // body paragraphs
	Sentences  []Span  `json:"sentences"`        // sentences, in order
	Tokens     []Token `json:"tokens,omitempty"` // tokens; printed only on request

	// Annotations.
	Entities []Entity `json:"entities"`
	Quotes   []Quote  `json:"quotes"`
	Times    []Time   `json:"times"`
	Events   []Event  `json:"events"`

	// Warnings lists what a stage was unsure of, in words a user can act on.
	Warnings []string `json:"warnings"`

	index *Index // lazily built byte/code point map of Text
}

// NewDocument returns a Document over the cleaned text with every list
// present and empty, and its ID computed.
func NewDocument(text string) *Document {
	d := &Document{
		Text:       text,
		Lang:       "ar",
		Paragraphs: []Span{},
		Sentences:  []Span{},
		Entities:   []Entity{},
		Quotes:     []Quote{},
		Times:      []Time{},
		Events:     []Event{},
		Warnings:   []string{},
	}
	d.ID = DocumentID(text)
	return d
}

// Normalizer maps text to its matching form. The arabic package provides
// the implementation; the root package only needs the shape.
var idNormalizer func(string) string

// SetIDNormalizer installs the normaliser used by DocumentID. The arabic
// package calls it from init so that IDs are stable under spelling variants
// (hamza forms, diacritics, tatweel); without it the raw text is hashed.
func SetIDNormalizer(f func(string) string) { idNormalizer = f }

// DocumentID returns a stable identifier for a text: the first 16 hex digits
// of the SHA-256 of its normalised form.
func DocumentID(text string) string {
	if idNormalizer != nil {
		text = idNormalizer(text)
	}
	sum := sha256.Sum256([]byte(text))
	return hex.EncodeToString(sum[:8])
}

// Index returns the byte/code point offset map of d.Text, built on first use.
// The map is invalid once Text changes; stages never change Text.
func (d *Document) Index() *Index {
	if d.index == nil || d.index.text != d.Text {
		d.index = NewIndex(d.Text)
	}
	return d.index
}

// Slice returns the text of s, clamped to the document.
func (d *Document) Slice(s Span) string {
	x := d.Index()
	start, end := x.Byte(s.Start), x.Byte(s.End)
	if start > end {
		return ""
	}
	return d.Text[start:end]
}

// SpanOf converts a byte range of d.Text into a code point Span.
func (d *Document) SpanOf(byteStart, byteEnd int) Span {
	x := d.Index()
	return Span{Start: x.Rune(byteStart), End: x.Rune(byteEnd)}
}

// Warn appends a warning.
func (d *Document) Warn(msg string) { d.Warnings = append(d.Warnings, msg) }

// SentenceOf returns the index of the sentence holding code point off, or -1.
func (d *Document) SentenceOf(off int) int {
	lo, hi := 0, len(d.Sentences)
	for lo < hi {
		m := (lo + hi) / 2
		switch s := d.Sentences[m]; {
		case off < s.Start:
			hi = m
		case off >= s.End:
			lo = m + 1
		default:
			return m
		}
	}
	return -1
}

// Index maps between byte offsets and code point offsets of one string.
// The zero value is not usable; build one with NewIndex.
type Index struct {
	text  string
	ascii bool    // every byte is one code point
	runes []int32 // byte offset of code point i; len = code points + 1
}

// NewIndex builds the offset map of text.
func NewIndex(text string) *Index {
	x := &Index{text: text, ascii: true}
	for i := 0; i < len(text); i++ {
		if text[i] >= utf8.RuneSelf {
			x.ascii = false
			break
		}
	}
	if x.ascii {
		return x
	}
	x.runes = make([]int32, 0, utf8.RuneCountInString(text)+1)
	for i := range text {
		x.runes = append(x.runes, int32(i))
	}
	x.runes = append(x.runes, int32(len(text)))
	return x
}

// Runes reports the number of code points in the text.
func (x *Index) Runes() int {
	if x.ascii {
		return len(x.text)
	}
	return len(x.runes) - 1
}

// Byte returns the byte offset of code point r, clamped to [0, len(text)].
func (x *Index) Byte(r int) int {
	if r <= 0 {
		return 0
	}
	if x.ascii {
		return min(r, len(x.text))
	}
	if r >= len(x.runes) {
		return len(x.text)
	}
	return int(x.runes[r])
}

// Rune returns the code point offset of byte b. A byte inside a multi-byte
// sequence maps to the code point that holds it.
func (x *Index) Rune(b int) int {
	if b <= 0 {
		return 0
	}
	if x.ascii {
		return min(b, len(x.text))
	}
	if b >= len(x.text) {
		return len(x.runes) - 1
	}
	lo, hi := 0, len(x.runes)-1
	for lo < hi { // first i with runes[i] > b, minus one
		m := (lo + hi) / 2
		if int(x.runes[m]) <= b {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo - 1
}
