package clean

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/marsad/marsad"
)

// New returns the default cleaner.
func New() (marsad.Cleaner, error) { return &cleaner{}, nil }

type cleaner struct{}

func (c *cleaner) Clean(a *marsad.Article) (*marsad.Document, error) {
	if !utf8.Valid(a.Body) {
		return nil, fmt.Errorf("%s: not valid UTF-8", a.Source)
	}
	lines := strings.Split(strings.ReplaceAll(string(a.Body), "\r\n", "\n"), "\n")
	var title, outlet string
	var paras []string
	for _, l := range lines {
		l = strings.TrimSpace(l)
		if l == "" {
			continue
		}
		if title == "" && !a.Structured {
			title = l
			if i := strings.LastIndex(l, " – "); i > 0 {
				title, outlet = strings.TrimSpace(l[:i]), strings.TrimSpace(l[i+len(" – "):])
			}
			continue
		}
		if l == title || strings.HasPrefix(l, "للتصحيح") {
			continue
		}
		paras = append(paras, l)
	}
	d := marsad.NewDocument(strings.Join(paras, "\n\n"))
	off := 0
	for _, p := range paras {
		n := utf8.RuneCountInString(p)
		d.Paragraphs = append(d.Paragraphs, marsad.Span{Start: off, End: off + n})
		off += n + 2
	}
	d.Title, d.Outlet, d.Source = title, outlet, a.Source
	if a.Title != "" {
		d.Title = a.Title
	}
	if a.Outlet != "" {
		d.Outlet = a.Outlet
	}
	d.Published, d.URL, d.Author, d.Category = a.Published, a.URL, a.Author, a.Category
	return d, nil
}
