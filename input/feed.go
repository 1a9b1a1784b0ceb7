package input

import (
	"context"
	"fmt"
	"html"
	"io"
	"regexp"
	"strings"

	"github.com/mmcdole/gofeed"

	"github.com/marsad/marsad"
)

// FeedArticles parses an RSS or Atom feed and returns one article per item,
// with its link, date, title and summary (or full content when the feed
// carries it). Items without any text are reported as errors. Go's XML
// decoder never expands user-defined entities, so entity bombs are inert.
func FeedArticles(name string, r io.Reader, opts Options) ([]*marsad.Article, []error, error) {
	f, err := parseFeed(io.LimitReader(r, MaxFileSize))
	if err != nil {
		return nil, nil, fmt.Errorf("%s: not a readable RSS or Atom feed: %w", name, err)
	}
	var arts []*marsad.Article
	var errs []error
	for i, it := range f.Items {
		src := it.Link
		if src == "" {
			src = fmt.Sprintf("%s[%d]", name, i)
		}
		text := stripTags(firstNonEmpty(it.Content, it.Description))
		if text == "" {
			errs = append(errs, fmt.Errorf("%s: feed item has no text", src))
			continue
		}
		a := &marsad.Article{
			Source:     src,
			Body:       []byte(text),
			Title:      strings.TrimSpace(html.UnescapeString(it.Title)),
			URL:        it.Link,
			Outlet:     firstNonEmpty(opts.Outlet, f.Title),
			Structured: true,
		}
		if it.PublishedParsed != nil {
			a.Published = it.PublishedParsed.Format("2006-01-02")
		} else if it.UpdatedParsed != nil {
			a.Published = it.UpdatedParsed.Format("2006-01-02")
		}
		if a.Published == "" {
			a.Published = opts.Published
		}
		if len(it.Authors) > 0 && it.Authors[0] != nil {
			a.Author = it.Authors[0].Name
		}
		if len(it.Categories) > 0 {
			a.Category = it.Categories[0]
		}
		arts = append(arts, a)
	}
	return arts, errs, nil
}

var (
	blockTag = regexp.MustCompile(`(?i)</?(p|div|br|li|h[1-6]|blockquote|tr)\b[^>]*>`)
	anyTag   = regexp.MustCompile(`<[^>]*>`)
	blankRun = regexp.MustCompile(`[ \t\r\f\v]+`)
)

// stripTags turns a feed's HTML fragment into plain text, one paragraph per line.
func stripTags(s string) string {
	s = blockTag.ReplaceAllString(s, "\n")
	s = anyTag.ReplaceAllString(s, "")
	s = html.UnescapeString(s)
	var lines []string
	for _, l := range strings.Split(s, "\n") {
		if l = strings.TrimSpace(blankRun.ReplaceAllString(l, " ")); l != "" {
			lines = append(lines, l)
		}
	}
	return strings.Join(lines, "\n")
}

func readFeed(ctx context.Context, name string, r io.Reader, opts Options, emit func(Item) bool) bool {
	arts, errs, err := FeedArticles(name, r, opts)
	if err != nil {
		return emit(Item{Err: err})
	}
	for _, e := range errs {
		if !emit(Item{Err: e}) {
			return false
		}
	}
	for _, a := range arts {
		if opts.Fetch != nil && a.URL != "" {
			if err := FullText(ctx, a, opts.Fetch, opts); err != nil {
				if !emit(Item{Err: fmt.Errorf("%w; keeping the feed's summary", err)}) {
					return false
				}
			}
		}
		if !emit(Item{Article: a}) {
			return false
		}
	}
	return true
}

// FullText replaces the feed's text of a with the main text of the page
// at a.URL, fetched with f, keeping the feed's metadata where the page has
// none.
func FullText(ctx context.Context, a *marsad.Article, f Fetcher, opts Options) error {
	page, ct, err := f.Fetch(ctx, a.URL)
	if err != nil {
		return err
	}
	full, err := HTMLArticle(a.URL, page, HTMLMeta{URL: a.URL, Published: a.Published, ContentType: ct}, opts)
	if err != nil {
		return err
	}
	a.Body = full.Body
	a.Title = firstNonEmpty(a.Title, full.Title)
	a.Author = firstNonEmpty(a.Author, full.Author)
	a.Published = firstNonEmpty(a.Published, full.Published)
	return nil
}

// parseFeed runs gofeed, turning a panic on malformed input into an error.
func parseFeed(r io.Reader) (f *gofeed.Feed, err error) {
	defer func() {
		if p := recover(); p != nil {
			f, err = nil, fmt.Errorf("feed parser failed: %v", p)
		}
	}()
	return gofeed.NewParser().Parse(r)
}
