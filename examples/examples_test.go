package examples

import (
	"io/fs"
	"strings"
	"testing"
	"time"
)

func TestEveryExampleIsIndexed(t *testing.T) {
	arts, err := Articles()
	if err != nil {
		t.Fatal(err)
	}
	indexed := map[string]bool{}
	for _, a := range arts {
		indexed[strings.TrimPrefix(a.Source, "examples/")] = true
		if _, err := time.Parse(time.DateOnly, a.Published); err != nil {
			t.Errorf("%s: published %q: %v", a.Source, a.Published, err)
		}
		if len(a.Body) == 0 {
			t.Errorf("%s: empty", a.Source)
		}
	}
	txt, _ := fs.Glob(files, "*.txt")
	for _, f := range txt {
		if !indexed[f] {
			t.Errorf("%s is not in index.tsv", f)
		}
	}
}
