package marsad

// Token kinds.
const (
	TokenWord   = "word"   // Arabic word
	TokenLatin  = "latin"  // word in Latin (or another non-Arabic) script
	TokenNumber = "number" // number in either digit set, with decimals or percent
	TokenPunct  = "punct"  // punctuation mark, Arabic or Latin
	TokenURL    = "url"    // URL, kept whole
	TokenEmail  = "email"  // e-mail address, kept whole
	TokenSymbol = "symbol" // anything else
)

// Token is one token of Document.Text with its clitic segmentation.
type Token struct {
	Span
	Text string `json:"text"`           // the token exactly as written
	Kind string `json:"kind"`           // one of the Token* kinds
	Norm string `json:"norm,omitempty"` // normalised form of Text (see arabic.Normalize)

	// Clitic segmentation of Arabic words. Text == Prefix + base + Suffix,
	// where base is the written stem; Base is its normalised form with the
	// article restored where ل + ال was written لل.
	Prefix string `json:"prefix,omitempty"` // proclitics as written (و ف ب ل ك س, combined)
	Suffix string `json:"suffix,omitempty"` // pronoun enclitic as written (ه ها هم ...)
	Base   string `json:"base,omitempty"`   // normalised base word without clitics
	Stem   string `json:"stem,omitempty"`   // light stem of Base, for search

	// Byte offsets into Document.Text, for stages that work on bytes.
	ByteStart int `json:"-"`
	ByteEnd   int `json:"-"`
}

// Entity types.
const (
	PER  = "PER"
	LOC  = "LOC"
	ORG  = "ORG"
	MISC = "MISC"
)

// Entity is a named entity mention. The span excludes proclitics (وروسيا
// gives روسيا) and keeps the article ال.
type Entity struct {
	Span
	Text       string    `json:"text"`
	Type       string    `json:"type"`            // PER, LOC, ORG or MISC
	Confidence float64   `json:"confidence"`      // 0..1
	Actor      *ActorRef `json:"actor,omitempty"` // canonical actor, when linked
}

// ActorRef links a mention to a canonical actor.
type ActorRef struct {
	ID   string `json:"id"`   // stable lexicon identifier
	Code string `json:"code"` // CAMEO code: ISO3 country + role codes, e.g. USAGOV, SYRREB, IGOUNO
	Name string `json:"name"` // canonical Arabic name
}

// Mention is a piece of text that names an actor, a place or a speaker.
type Mention struct {
	Span
	Text  string    `json:"text"`
	Actor *ActorRef `json:"actor,omitempty"`
}

// Quote kinds.
const (
	Direct   = "direct"
	Indirect = "indirect"
)

// Quote is a direct quotation or reported speech. Its Span covers the quoted
// words (without the quote marks) or the reported clause.
type Quote struct {
	Span
	Text    string   `json:"text"`
	Kind    string   `json:"kind"`              // direct or indirect
	Speaker *Mention `json:"speaker,omitempty"` // who said it
	Cue     *Mention `json:"cue,omitempty"`     // the speech verb or phrase (قال، أضاف، بحسب)
}

// Time types (TIMEX3).
const (
	Date      = "DATE"
	TimeOfDay = "TIME"
	Duration  = "DURATION"
	Set       = "SET"
)

// Time is a normalised temporal expression.
type Time struct {
	Span
	Text  string `json:"text"`
	Type  string `json:"type"`            // DATE, TIME, DURATION or SET
	Value string `json:"value,omitempty"` // ISO 8601 / TIMEX3 value, e.g. 2014-09-15, P4Y, XXXX-09-15
	Hijri string `json:"hijri,omitempty"` // Hijri value as written (1445-09-15) for Hijri dates
	Mod   string `json:"mod,omitempty"`   // TIMEX3 mod: START, END, APPROX ...
}

// Event is one political event coded in the CAMEO ontology.
type Event struct {
	Code       string   `json:"code"`      // CAMEO code, 2 to 4 digits
	Root       string   `json:"root"`      // two-digit root code
	Name       string   `json:"name"`      // CAMEO name of Code
	Quad       int      `json:"quad"`      // quad class 1..4
	Goldstein  float64  `json:"goldstein"` // Goldstein scale value of Code
	Source     *Mention `json:"source,omitempty"`
	Target     *Mention `json:"target,omitempty"`
	Date       string   `json:"date,omitempty"`     // the sentence's date, else the publication date
	Location   *Mention `json:"location,omitempty"` // where, linked to the gazetteer
	Sentence   int      `json:"sentence"`           // index into Document.Sentences
	Evidence   Evidence `json:"evidence"`
	Mentions   int      `json:"mentions"`   // how many times the article reports it
	Confidence float64  `json:"confidence"` // 0..1
}

// Evidence locates the words an event was read from.
type Evidence struct {
	Trigger Span   `json:"trigger"` // the verb or noun that carries the event
	Clause  Span   `json:"clause"`  // the clause with source and target
	Text    string `json:"text"`    // the clause's text
}

// Actor types.
const (
	ActorPerson  = "person"
	ActorCountry = "country"
	ActorCity    = "city"
	ActorOrg     = "organisation"
	ActorArmed   = "armed_group"
	ActorRole    = "role"
)

// Actor is a canonical actor of the lexicon.
type Actor struct {
	ID      string   `json:"id"`
	Code    string   `json:"code"`              // CAMEO code
	Name    string   `json:"name"`              // canonical Arabic name
	English string   `json:"english,omitempty"` // English name
	Type    string   `json:"type"`              // one of the Actor* types
	Aliases []string `json:"aliases,omitempty"`
	Roles   []Tenure `json:"roles,omitempty"` // dated codes for office holders
}

// Tenure is a code an actor holds over a date range (YYYY-MM-DD, empty for open).
type Tenure struct {
	Code string `json:"code"`
	From string `json:"from,omitempty"`
	To   string `json:"to,omitempty"`
}

// ActorCode returns the code of the mention's actor, or "" when the
// mention is nil or not linked.
func (m *Mention) ActorCode() string {
	if m == nil || m.Actor == nil {
		return ""
	}
	return m.Actor.Code
}
