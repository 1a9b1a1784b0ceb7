package marsad

import "context"

// Store keeps analysed documents and answers the observatory's queries.
// Implementations: package sqlite (embedded, the default). Every method
// takes a context; errors carry the codes of error.go.
type Store interface {
	// PutDocument stores d and its annotations. It is idempotent by d.ID:
	// storing the same document again changes nothing and reports false.
	PutDocument(ctx context.Context, d *Document) (created bool, err error)
	// Document returns a stored document. ENOTFOUND if there is none.
	Document(ctx context.Context, id string) (*Document, error)
	// Search runs a full-text query with filters. EINVALID for a query
	// with no searchable term.
	Search(ctx context.Context, q SearchQuery) (*SearchResult, error)
	// Actors lists actors by number of mentions.
	Actors(ctx context.Context, f Filter) ([]ActorCount, error)
	// Events lists events, newest first.
	Events(ctx context.Context, f Filter) ([]EventRecord, error)
	// Quotes lists quotations, newest first.
	Quotes(ctx context.Context, f Filter) ([]QuoteRecord, error)
	// Graph returns actor relations: edges weighted by event count and
	// mean Goldstein value.
	Graph(ctx context.Context, f Filter) ([]Edge, error)
	// Timeline counts events per day.
	Timeline(ctx context.Context, f Filter) ([]DayCount, error)
	// Close releases the store.
	Close() error
}

// Filter narrows listings. Empty fields do not filter.
type Filter struct {
	From, To string // dates YYYY-MM-DD, inclusive
	Outlet   string
	Actor    string // actor code prefix (USA matches USAGOV), either side of an event
	Source   string // event source code prefix
	Target   string // event target code prefix
	Root     string // CAMEO root code
	Speaker  string // quote speaker: code prefix or words of the speaker's text
	Limit    int    // page size (default 50, at most 500)
	Offset   int
}

// SearchQuery is a full-text query: words (normalised, clitic-split and
// stemmed as the index is), "quoted phrases" and prefix* terms.
type SearchQuery struct {
	Q string
	Filter
}

// SearchResult is one page of search hits with facet counts over all hits.
type SearchResult struct {
	Total  int                `json:"total"`
	Hits   []Hit              `json:"hits"`
	Facets map[string][]Facet `json:"facets"`
}

// Hit is a matching article.
type Hit struct {
	ID        string  `json:"id"`
	Title     string  `json:"title"`
	Outlet    string  `json:"outlet"`
	Published string  `json:"published"`
	Snippet   string  `json:"snippet"` // original text, matches wrapped in <mark>
	Score     float64 `json:"score"`   // BM25, lower is better
	DupOf     string  `json:"dup_of,omitempty"`
}

// Facet is a value and its count.
type Facet struct {
	Value string `json:"value"`
	Count int    `json:"count"`
}

// ActorCount is an actor and how often the store mentions it.
type ActorCount struct {
	Code     string `json:"code"`
	Name     string `json:"name"`
	Mentions int    `json:"mentions"`
	Events   int    `json:"events"`
}

// EventRecord is a stored event with its article.
type EventRecord struct {
	Article string `json:"article"`
	Title   string `json:"title"`
	Event
}

// QuoteRecord is a stored quotation with its article.
type QuoteRecord struct {
	Article   string `json:"article"`
	Title     string `json:"title"`
	Published string `json:"published"`
	Quote
}

// Edge is a directed actor relation.
type Edge struct {
	Source    string  `json:"source"`
	Target    string  `json:"target"`
	Events    int     `json:"events"`
	Goldstein float64 `json:"goldstein"` // mean
}

// DayCount is the number of events on a day.
type DayCount struct {
	Date   string `json:"date"`
	Events int    `json:"events"`
}
