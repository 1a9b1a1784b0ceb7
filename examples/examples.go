// Package examples holds the sample articles that ship with Marsad: short
// news texts written by the Marsad team for demos and tests (see
// README.md). They are embedded so that "marsad serve --demo" works from
// the binary alone.
package examples

import (
	"bufio"
	"bytes"
	"embed"
	"fmt"
	"strings"

	"github.com/marsad/marsad"
)

//go:embed *.txt index.tsv
var files embed.FS

// Articles returns the sample articles in the order of index.tsv, with the
// publication date the index gives each.
func Articles() ([]*marsad.Article, error) {
	idx, err := files.ReadFile("index.tsv")
	if err != nil {
		return nil, fmt.Errorf("examples: %w", err)
	}
	var out []*marsad.Article
	sc := bufio.NewScanner(bytes.NewReader(idx))
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) < 2 {
			return nil, fmt.Errorf("examples: index.tsv:%d: want FILE<TAB>PUBLISHED", n)
		}
		body, err := files.ReadFile(f[0])
		if err != nil {
			return nil, fmt.Errorf("examples: index.tsv:%d: %w", n, err)
		}
		out = append(out, &marsad.Article{Source: "examples/" + f[0], Body: body, Published: f[1]})
	}
	return out, sc.Err()
}
