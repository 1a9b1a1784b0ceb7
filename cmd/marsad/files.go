package main

import (
	"fmt"
	"html"
	"os"
	"strings"

	"github.com/marsad/marsad/input"
)

// isFile reports whether path names a regular file.
func isFile(path string) bool {
	info, err := os.Stat(path)
	return err == nil && info.Mode().IsRegular()
}

// parseFields reads "text=body,date=when" into input.Fields; a field may be
// named several times to give fallbacks in order.
func parseFields(spec string) (*input.Fields, error) {
	f := &input.Fields{}
	for _, kv := range strings.Split(spec, ",") {
		k, v, ok := strings.Cut(strings.TrimSpace(kv), "=")
		v = strings.TrimSpace(v)
		if !ok || v == "" {
			return nil, fmt.Errorf("%q: want FIELD=NAME", kv)
		}
		var dst *[]string
		switch strings.TrimSpace(k) {
		case "text":
			dst = &f.Text
		case "title":
			dst = &f.Title
		case "date":
			dst = &f.Date
		case "url":
			dst = &f.URL
		case "outlet":
			dst = &f.Outlet
		case "author":
			dst = &f.Author
		default:
			return nil, fmt.Errorf("unknown field %q (want text, title, date, url, outlet or author)", k)
		}
		*dst = append(*dst, v)
	}
	return f, nil
}

// htmlUnescape undoes the escaping of snippets for the terminal.
func htmlUnescape(s string) string { return html.UnescapeString(s) }
