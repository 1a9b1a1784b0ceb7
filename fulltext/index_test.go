package fulltext_test

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/marsad/marsad"
	"github.com/marsad/marsad/arabic"
	"github.com/marsad/marsad/fulltext"
)

func testIndex() *fulltext.Index {
	ix := fulltext.NewIndex()
	ix.Add(
		fulltext.Entry{Key: 1, Terms: arabic.Terms("قصف على غزة وقصف على رفح"), Outlet: "أ", Published: "2024-01-01", Actors: []string{"ISR", "PSE"}, Roots: []string{"19"}},
		fulltext.Entry{Key: 2, Terms: arabic.Terms("مظاهرات في غزة احتجاجا على الحصار"), Outlet: "ب", Published: "2024-01-02", Actors: []string{"PSE"}, Roots: []string{"14"}},
		fulltext.Entry{Key: 5, Terms: arabic.Terms("روسيا ترفض العقوبات الأمريكية على غزة والقصف"), Outlet: "أ", Published: "2024-01-03", Actors: []string{"RUSGOV", "USAGOV"}, Roots: []string{"11"}},
		fulltext.Entry{Key: 9, Terms: arabic.Terms("محادثات في موسكو"), Outlet: "", Published: "2024-01-04", Actors: []string{"RUSGOV"}},
	)
	return ix
}

func keys(ms []fulltext.Match) []int64 {
	out := []int64{}
	for _, m := range ms {
		out = append(out, m.Key)
	}
	return out
}

func TestIndexSearch(t *testing.T) {
	ix := testIndex()
	tests := []struct {
		name   string
		q      string
		f      marsad.Filter
		offset int
		limit  int
		total  int
		keys   []int64
	}{
		{"one term, most occurrences first", "قصف", marsad.Filter{}, 0, 10, 2, []int64{1, 5}},
		{"clitics and article", "بغزة", marsad.Filter{}, 0, 10, 3, nil},
		{"every term must match", "غزة الحصار", marsad.Filter{}, 0, 10, 1, []int64{2}},
		{"no such term", "طوكيو", marsad.Filter{}, 0, 10, 0, []int64{}},
		{"prefix", "موس*", marsad.Filter{}, 0, 10, 1, []int64{9}},
		{"from", "غزة", marsad.Filter{From: "2024-01-02"}, 0, 10, 2, nil},
		{"to", "غزة", marsad.Filter{To: "2024-01-01"}, 0, 10, 1, []int64{1}},
		{"outlet", "غزة", marsad.Filter{Outlet: "ب"}, 0, 10, 1, []int64{2}},
		{"unknown outlet", "غزة", marsad.Filter{Outlet: "ج"}, 0, 10, 0, []int64{}},
		{"actor prefix, any case", "غزة", marsad.Filter{Actor: "rus"}, 0, 10, 1, []int64{5}},
		{"root", "غزة", marsad.Filter{Root: "14"}, 0, 10, 1, []int64{2}},
		{"page beyond the end", "غزة", marsad.Filter{}, 5, 10, 3, []int64{}},
		{"count only", "غزة", marsad.Filter{}, 0, 0, 3, []int64{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			q, err := fulltext.Parse(tt.q)
			if err != nil {
				t.Fatal(err)
			}
			if !fulltext.Answerable(q) {
				t.Fatalf("Answerable(%q) = false", tt.q)
			}
			r := ix.Search(q, tt.f, tt.offset, tt.limit)
			if r.Total != tt.total {
				t.Errorf("total %d, want %d", r.Total, tt.total)
			}
			if tt.keys != nil && !slices.Equal(keys(r.Matches), tt.keys) {
				t.Errorf("keys %v, want %v", keys(r.Matches), tt.keys)
			}
			if tt.keys == nil && len(r.Matches) != tt.total {
				t.Errorf("%d matches, want %d", len(r.Matches), tt.total)
			}
			for i := 1; i < len(r.Matches); i++ {
				if r.Matches[i].Score < r.Matches[i-1].Score {
					t.Errorf("matches out of order: %+v", r.Matches)
				}
			}
		})
	}
}

func TestIndexFacets(t *testing.T) {
	ix := testIndex()
	q, _ := fulltext.Parse("على")
	r := ix.Search(q, marsad.Filter{}, 0, 10)
	want := map[string][]marsad.Facet{
		"outlet": {{Value: "أ", Count: 2}, {Value: "ب", Count: 1}},
		"actor":  {{Value: "PSE", Count: 2}, {Value: "ISR", Count: 1}, {Value: "RUSGOV", Count: 1}, {Value: "USAGOV", Count: 1}},
		"root":   {{Value: "11", Count: 1}, {Value: "14", Count: 1}, {Value: "19", Count: 1}},
	}
	for name, w := range want {
		if !slices.Equal(r.Facets[name], w) {
			t.Errorf("facet %s = %v, want %v", name, r.Facets[name], w)
		}
	}
	// The empty outlet is no facet value.
	q, _ = fulltext.Parse("موسكو")
	if r := ix.Search(q, marsad.Filter{}, 0, 10); len(r.Facets["outlet"]) != 0 {
		t.Errorf("empty outlet counted: %v", r.Facets["outlet"])
	}
}

func TestIndexAddInOrder(t *testing.T) {
	ix := testIndex()
	n := ix.Len()
	ix.Add(fulltext.Entry{Key: 5, Terms: []string{"مكرر"}}, fulltext.Entry{Key: 3, Terms: []string{"متأخر"}})
	if ix.Len() != n || ix.MaxKey() != 9 {
		t.Errorf("keys not above the last were added: len %d max %d", ix.Len(), ix.MaxKey())
	}
	ix.Add(fulltext.Entry{Key: 10, Terms: []string{"جديد"}})
	q, _ := fulltext.Parse("جديد")
	if r := ix.Search(q, marsad.Filter{}, 0, 10); r.Total != 1 || ix.MaxKey() != 10 {
		t.Errorf("new key: %+v max %d", r, ix.MaxKey())
	}
}

func TestAnswerable(t *testing.T) {
	tests := []struct {
		q    string
		want bool
	}{
		{"غزة", true},
		{"غزة رفح", true},
		{"غز*", true},
		{`"مجلس الأمن"`, false},
		{"3.5", false}, // one term, but two tokens of the index
	}
	for _, tt := range tests {
		t.Run(tt.q, func(t *testing.T) {
			q, err := fulltext.Parse(tt.q)
			if err != nil {
				t.Fatal(err)
			}
			if got := fulltext.Answerable(q); got != tt.want {
				t.Errorf("Answerable(%q) = %v, want %v", tt.q, got, tt.want)
			}
		})
	}
}

func ExampleIndex() {
	ix := fulltext.NewIndex()
	ix.Add(
		fulltext.Entry{Key: 1, Terms: arabic.Terms("الضربات الجوية على الموصل"), Outlet: "صحيفة أ"},
		fulltext.Entry{Key: 2, Terms: arabic.Terms("مظاهرات في غزة"), Outlet: "صحيفة ب"},
	)
	q, _ := fulltext.Parse("ضربات جوية")
	r := ix.Search(q, marsad.Filter{}, 0, 10)
	fmt.Println(r.Total, r.Matches[0].Key, r.Facets["outlet"])
	// Output: 1 1 [{صحيفة أ 1}]
}

// benchIndex builds an index of n synthetic articles whose words follow a
// Zipf law, as news vocabulary does.
func benchIndex(n int) (*fulltext.Index, []string) {
	rng := rand.New(rand.NewPCG(1, 2))
	zipf := rand.NewZipf(rng, 1.1, 1, 50000)
	letters := []rune("بتثجحخدذرزسشصضطظعغفقكلمنهوي")
	word := func(n uint64) string { // an Arabic-looking word for each number
		var w []rune
		for n++; n > 0; n /= uint64(len(letters)) {
			w = append(w, letters[n%uint64(len(letters))])
		}
		for len(w) < 3 {
			w = append(w, 'ر')
		}
		return string(w)
	}
	ix := fulltext.NewIndex()
	outlets := []string{"أ", "ب", "ج", "د"}
	for k := range n {
		terms := make([]string, 300)
		for i := range terms {
			terms[i] = word(zipf.Uint64())
		}
		ix.Add(fulltext.Entry{Key: int64(k + 1), Terms: terms, Outlet: outlets[k%4], Published: "2024-01-01",
			Actors: []string{fmt.Sprintf("A%d", k%50), fmt.Sprintf("B%d", k%7)}, Roots: []string{fmt.Sprint(k % 20)}})
	}
	queries := []string{word(0), word(1), word(5), word(50), word(500), word(5000), word(3) + " " + word(40)}
	return ix, queries
}

// BenchmarkIndexSearch answers queries from the commonest word (in every
// article) to rare ones over 30,000 articles, with facets and a page of 20.
func BenchmarkIndexSearch(b *testing.B) {
	ix, queries := benchIndex(30000)
	parsed := make([]fulltext.Query, len(queries))
	for i, q := range queries {
		parsed[i], _ = fulltext.Parse(q)
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		if r := ix.Search(parsed[i%len(parsed)], marsad.Filter{}, 0, 20); r.Total == 0 {
			b.Fatalf("%q found nothing", queries[i%len(queries)])
		}
	}
}

// TestCommonTermFacets checks the kept facet counts of a common word
// against counting them afresh (a filter that passes every article forces
// the count), before and after more articles arrive.
func TestCommonTermFacets(t *testing.T) {
	ix := fulltext.NewIndex()
	add := func(from, to int) {
		for k := from; k < to; k++ {
			// Occurrences and lengths vary, so that the ranking is not
			// decided by ties alone.
			terms := []string{fmt.Sprintf("كلمه%d", k%7)}
			for range k%4 + 1 {
				terms = append(terms, "مشترك")
			}
			for range k % 9 {
				terms = append(terms, "حشو")
			}
			ix.Add(fulltext.Entry{Key: int64(k + 1), Terms: terms, Outlet: fmt.Sprintf("صحيفة %d", k%13), Published: "2024-01-01",
				Actors: []string{fmt.Sprintf("A%d", k%17), fmt.Sprintf("B%d", k%5)}, Roots: []string{fmt.Sprint(k % 20)}})
		}
	}
	q, _ := fulltext.Parse("مشترك")
	check := func(stage string) {
		// A filter that passes everything takes the path that keeps nothing.
		for _, pg := range [][2]int{{0, 5}, {0, 5}, {3, 10}, {95, 10}, {0, 100}, {200, 10}} {
			kept := ix.Search(q, marsad.Filter{}, pg[0], pg[1])
			fresh := ix.Search(q, marsad.Filter{From: "0000-00-00"}, pg[0], pg[1])
			if kept.Total != fresh.Total || !slices.Equal(kept.Matches, fresh.Matches) || len(kept.Matches) != pg[1] {
				t.Errorf("%s, page %v: total %d / %d, matches\n%v\n%v", stage, pg, kept.Total, fresh.Total, kept.Matches, fresh.Matches)
			}
		}
		kept := ix.Search(q, marsad.Filter{}, 0, 5)
		fresh := ix.Search(q, marsad.Filter{From: "0000-00-00"}, 0, 5)
		for _, name := range []string{"outlet", "actor", "root"} {
			if !slices.Equal(kept.Facets[name], fresh.Facets[name]) {
				t.Errorf("%s: facet %s kept %v, counted %v", stage, name, kept.Facets[name], fresh.Facets[name])
			}
		}
	}
	add(0, 2500)
	check("first search")
	add(2500, 4000) // new articles and new facet values
	ix.Add(fulltext.Entry{Key: 5000, Terms: []string{"مشترك"}, Outlet: "صحيفة جديدة", Published: "2024-01-02", Actors: []string{"NEW"}, Roots: []string{"14"}})
	check("after more articles")
}
