package input

import (
	"bytes"
	"fmt"
	"io"
	"net/url"
	"strings"

	trafilatura "github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"
	"golang.org/x/net/html/charset"
	"golang.org/x/text/transform"

	"github.com/marsad/marsad"
)

// MaxHTMLSize bounds one HTML page; larger pages are refused with a reason
// rather than parsed (a 100 MB page is not an article).
const MaxHTMLSize = 16 << 20

// HTMLMeta is what the container of an HTML page knows about it.
type HTMLMeta struct {
	URL         string // the page's URL (WARC target URI, feed link, file path)
	Published   string // date known from outside the page (crawl date), YYYY-MM-DD
	ContentType string // HTTP Content-Type header, if any, for the charset
}

// HTMLArticle extracts the main text and metadata of one HTML page with
// go-trafilatura, after decoding the charset the page declares (meta tags or
// Content-Type: windows-1256 and iso-8859-6 are common on Arabic sites).
func HTMLArticle(name string, page []byte, meta HTMLMeta, opts Options) (*marsad.Article, error) {
	if len(page) > MaxHTMLSize {
		return nil, fmt.Errorf("%s: HTML page of %d MiB exceeds the %d MiB limit", name, len(page)>>20, MaxHTMLSize>>20)
	}
	text, err := decodeHTML(page, meta.ContentType)
	if err != nil {
		return nil, fmt.Errorf("%s: decode HTML: %w", name, err)
	}
	o := trafilatura.Options{IncludeLinks: false, EnableFallback: true, ExcludeComments: true}
	if meta.URL != "" {
		if u, err := url.Parse(meta.URL); err == nil && u.Host != "" {
			o.OriginalURL = u
		}
	}
	res, err := extract(text, o)
	if err != nil {
		return nil, fmt.Errorf("%s: no main text found in the HTML: %w", name, err)
	}
	body := paragraphs(res.ContentNode, res.Metadata.Title)
	if body == "" {
		body = strings.TrimSpace(res.ContentText)
	}
	if body == "" {
		return nil, fmt.Errorf("%s: no main text found in the HTML", name)
	}
	a := &marsad.Article{
		Source:     name,
		Body:       []byte(body),
		Title:      strings.TrimSpace(res.Metadata.Title),
		Author:     strings.TrimSpace(res.Metadata.Author),
		Outlet:     strings.TrimSpace(res.Metadata.Sitename),
		URL:        firstNonEmpty(res.Metadata.URL, meta.URL),
		Structured: true,
	}
	if !res.Metadata.Date.IsZero() {
		a.Published = res.Metadata.Date.Format("2006-01-02")
	}
	if a.Published == "" {
		a.Published = meta.Published
	}
	if a.Published == "" {
		a.Published = opts.Published
	}
	if a.Outlet == "" {
		a.Outlet = opts.Outlet
	}
	if len(res.Metadata.Categories) > 0 {
		a.Category = res.Metadata.Categories[0]
	}
	return a, nil
}

// decodeHTML returns the page as UTF-8, following its declared charset.
func decodeHTML(page []byte, contentType string) (string, error) {
	enc, name, _ := charset.DetermineEncoding(page, contentType)
	if name == "utf-8" || enc == nil {
		return string(bytes.ToValidUTF8(page, []byte("\uFFFD"))), nil
	}
	out, err := io.ReadAll(transform.NewReader(bytes.NewReader(page), enc.NewDecoder()))
	if err != nil {
		return "", fmt.Errorf("charset %s: %w", name, err)
	}
	return string(out), nil
}

func firstNonEmpty(s ...string) string {
	for _, x := range s {
		if x = strings.TrimSpace(x); x != "" {
			return x
		}
	}
	return ""
}

// blocks are the elements that end a paragraph line.
var blocks = map[string]bool{
	"p": true, "div": true, "br": true, "li": true, "blockquote": true, "section": true, "article": true,
	"h1": true, "h2": true, "h3": true, "h4": true, "h5": true, "h6": true, "tr": true, "td": true,
	"table": true, "ul": true, "ol": true, "figure": true, "figcaption": true, "pre": true, "head": true,
	"header": true, "footer": true, "main": true, "aside": true, "dd": true, "dt": true, "hr": true,
}

// paragraphs returns the text of the extracted content, one block element
// per line, leaving out a first line that repeats the headline.
func paragraphs(n *html.Node, title string) string {
	if n == nil {
		return ""
	}
	var lines []string
	var cur strings.Builder
	flush := func() {
		if l := strings.Join(strings.Fields(cur.String()), " "); l != "" {
			lines = append(lines, l)
		}
		cur.Reset()
	}
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		switch n.Type {
		case html.TextNode:
			cur.WriteString(n.Data)
			return
		case html.ElementNode:
			switch n.Data {
			case "script", "style", "noscript", "template":
				return
			}
		}
		block := n.Type == html.ElementNode && blocks[n.Data]
		if block {
			flush()
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
		if block {
			flush()
		}
	}
	walk(n)
	flush()
	// Lines before the headline (navigation that the extractor kept, as
	// in table layouts) are not the article; nor is the headline itself.
	t := strings.Join(strings.Fields(title), " ")
	for i := 0; i < len(lines) && i < 6 && t != ""; i++ {
		if lines[i] == t || strings.HasPrefix(t, lines[i]) && len(lines[i]) > len(t)/2 {
			lines = lines[i+1:]
			break
		}
	}
	return strings.Join(lines, "\n")
}

// extract runs go-trafilatura, turning a panic on malformed markup into an error.
func extract(page string, o trafilatura.Options) (res *trafilatura.ExtractResult, err error) {
	defer func() {
		if r := recover(); r != nil {
			res, err = nil, fmt.Errorf("HTML extractor failed: %v", r)
		}
	}()
	return trafilatura.Extract(strings.NewReader(page), o)
}
