package marsad

// Stage is one step of the analysis pipeline. It adds its own annotations
// to the Document in place and never rewrites Text or another stage's work.
type Stage interface {
	// Name identifies the stage in errors and in pipeline listings.
	Name() string
	// Requires lists the annotations (Ann* names) the stage reads.
	Requires() []string
	// Provides lists the annotations the stage adds.
	Provides() []string
	// Process annotates d. An error means the document could not be
	// annotated by this stage; what is already there stays valid.
	Process(d *Document) error
}

// Article is one raw input article, before cleaning: the bytes of a file or
// a record of a structured input, with any metadata the container carried.
type Article struct {
	Source    string // where it came from: path, path#DOCNO, URL
	Body      []byte // raw body (any encoding the cleaner can detect)
	Title     string // headline given by the container, if any
	Outlet    string // outlet given by the container or the user
	Author    string // byline or dateline field given by the container
	Published string // publication date YYYY-MM-DD given by the container or the user
	URL       string // URL given by the container
	Category  string // category given by the container
	// Structured is true when Body holds only the article's body (one
	// paragraph per line) because the container already separated the
	// headline and metadata; the cleaner then does not look for a headline.
	Structured bool
}

// Cleaner turns a raw Article into a Document holding the cleaned body
// (Text, Paragraphs) and the metadata read from it (Title, Outlet,
// Dateline), with every annotation list present and empty.
type Cleaner interface {
	Clean(a *Article) (*Document, error)
}
