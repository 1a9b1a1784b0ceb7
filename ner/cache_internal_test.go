package ner

import (
	"context"
	"path/filepath"

	"github.com/marsad/marsad/arabic"
	"github.com/marsad/marsad/input"
	"math"
	"strings"
	"sync"
	"testing"
)

// referenceScores scores each token from its full feature list, as
// training does.
func referenceScores(m *Model, ws []word) []float32 {
	nt := len(m.tags)
	scores := make([]float32, len(ws)*nt)
	for i := range ws {
		row := scores[i*nt : (i+1)*nt]
		m.score(row, m.features(ws, i, nil))
		m.vecScore(row, ws, i)
	}
	return scores
}

// TestEntryScoresMatchFeatures checks that the scores tagging sums from
// cached word entries are those of the full feature lists, at the edges
// of sentences too, with and without a cache.
func TestEntryScoresMatchFeatures(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct{ name, text string }{
		{"one word", "واشنطن"},
		{"two words", "قال لافروف"},
		{"name and clitics", "وقال وزير الخارجية الروسي سيرغي لافروف للصحفيين في موسكو إن بلاده سترد"},
		{"digits and latin", "أعلنت شركة Apple في 12 أيار عن أرباح بلغت 5 مليارات"},
		{"punctuation", "« لن نسمح بذلك » ، قال المتحدث ."},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			toks := strings.Fields(tc.text)
			for _, c := range []*wordCache{nil, {}} {
				for pass := range 2 { // the second pass reads the cache
					es := make([]*wordEntry, len(toks))
					ws := make([]word, len(toks))
					for i, tok := range toks {
						es[i] = m.entry(c, tok)
						ws[i] = es[i].w
					}
					got, want := m.entryScores(es, ws), referenceScores(m, ws)
					for k := range want {
						if d := math.Abs(float64(got[k] - want[k])); d > 1e-3*(1+math.Abs(float64(want[k]))) {
							t.Fatalf("cache %v pass %d: token %d tag %s: score %v, want %v", c != nil, pass, k/len(m.tags), m.tags[k%len(m.tags)], got[k], want[k])
						}
					}
				}
			}
		})
	}
}

// TestWordCacheConcurrent tags from many goroutines at once with one
// cache; run with -race.
func TestWordCacheConcurrent(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	m = &Model{tags: m.tags, bio: m.bio, bioID: m.bioID, mask: m.mask, final: m.final, index: m.index, weights: m.weights, trans: m.trans,
		gaz: m.gaz, clus: m.clus, clusPath: m.clusPath, clusPre: m.clusPre, vec: m.vec, vecProj: m.vecProj, cache: &wordCache{}}
	toks := strings.Fields("التقى الرئيس الفرنسي إيمانويل ماكرون نظيره الأمريكي في باريس")
	want, _ := m.Tag(toks)
	var wg sync.WaitGroup
	for range 8 {
		wg.Go(func() {
			for range 20 {
				got, _ := m.Tag(toks)
				if strings.Join(got, " ") != strings.Join(want, " ") {
					t.Errorf("tags %v, want %v", got, want)
					return
				}
			}
		})
	}
	wg.Wait()
	if n := m.cache.n.Load(); n != int64(len(toks)) {
		t.Errorf("cache holds %d entries, want %d", n, len(toks))
	}
}

// bruteForcePath returns the best path by trying every tag sequence.
func bruteForcePath(scores, trans, final []float32, n, nt int) []int {
	var best []int
	bestV := math.Inf(-1)
	path := make([]int, n)
	var walk func(i int, v float64)
	walk = func(i int, v float64) {
		if i == n {
			if final != nil {
				v += float64(final[path[n-1]])
			}
			if v > bestV {
				bestV, best = v, append([]int(nil), path...)
			}
			return
		}
		for t := range nt {
			prev := nt // the start row
			if i > 0 {
				prev = path[i-1]
			}
			path[i] = t
			walk(i+1, v+float64(trans[prev*nt+t])+float64(scores[i*nt+t]))
		}
	}
	walk(0, 0)
	return best
}

// TestViterbiBILOU checks the decoder, which tries only the tags allowed
// before each tag, against every path, under BILOU's rules.
func TestViterbiBILOU(t *testing.T) {
	tags := []string{"O", "B-PER", "I-PER", "L-PER", "U-PER", "B-LOC", "I-LOC", "L-LOC", "U-LOC"}
	nt := len(tags)
	mask, final := bilouMask(tags)
	rnd := uint64(7)
	next := func() float32 { // a small fixed generator, for repeatable cases
		rnd = rnd*6364136223846793005 + 1442695040888963407
		return float32(rnd>>40)/float32(1<<24)*4 - 2
	}
	for _, n := range []int{1, 2, 3, 4, 5} {
		for trial := range 20 {
			trans := make([]float32, (nt+1)*nt)
			for k := range trans {
				trans[k] = next() + mask[k]
			}
			scores := make([]float32, n*nt)
			for k := range scores {
				scores[k] = next()
			}
			want := bruteForcePath(scores, trans, final, n, nt)
			for _, pc := range []struct {
				name  string
				preds [][]int
			}{
				{"from the transitions", nil},
				{"from the mask, as a model keeps them", allowedPreds(mask, nt)},
			} {
				got := viterbi(scores, trans, final, n, nt, pc.preds)
				for i := range want {
					if got[i] != want[i] {
						t.Fatalf("n=%d trial %d, allowed tags %s: path %v, want %v", n, trial, pc.name, got, want)
					}
				}
			}
		}
	}
}

// corpusSentences returns the token strings of the sentences of up to n
// articles of the shared corpus, or skips.
func corpusSentences(b *testing.B, n int) [][]string {
	files, _ := filepath.Glob("../../shared/data/corpus/ant-multisource/*middleEast*.trec.gz")
	if len(files) == 0 {
		b.Skip("../shared/data/corpus not present")
	}
	var out [][]string
	k := 0
	for it := range input.Stream(context.Background(), files[:1], nil, input.Options{}) {
		if it.Article == nil || k >= n {
			continue
		}
		k++
		body := string(it.Article.Body)
		for _, sp := range arabic.Sentences(body) {
			var toks []string
			for _, tk := range arabic.Tokenize(body[sp[0]:sp[1]]) {
				toks = append(toks, body[sp[0]+tk.Start:sp[0]+tk.End])
			}
			out = append(out, toks)
		}
	}
	return out
}

// BenchmarkTagArticles tags the sentences of real articles, in turn, with
// the embedded model: from a cold cache of word entries (as a process
// starts), and with no cache (each token's features looked up each
// time).
func BenchmarkTagArticles(b *testing.B) {
	sents := corpusSentences(b, 200)
	def, err := Default()
	if err != nil {
		b.Fatal(err)
	}
	tokens := 0
	for _, s := range sents {
		tokens += len(s)
	}
	for _, withCache := range []bool{true, false} {
		name := map[bool]string{true: "cache", false: "nocache"}[withCache]
		b.Run(name, func(b *testing.B) {
			m := *def
			m.cache = nil
			if withCache {
				m.cache = &wordCache{}
			}
			b.ReportAllocs()
			for i := 0; b.Loop(); i++ {
				m.Tag(sents[i%len(sents)])
			}
			b.ReportMetric(float64(tokens)/float64(len(sents))*float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
		})
	}
}
