package ner

import (
	"bufio"
	"cmp"
	"fmt"
	"io"
	"iter"
	"math"
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/marsad/marsad/arabic"
)

// Clusters is a hierarchy of word classes learned from unlabelled text.
// Each clustered word, in the stem form the tagger's features use (no
// clitics, no article), belongs to one leaf class, and each leaf has a path
// of 0s and 1s from the root of a binary tree over the leaves, so that a
// prefix of a path names a coarser class, as with Brown clusters.
type Clusters struct {
	Paths  []string         // path of each leaf, indexed by leaf
	Words  map[string]int32 // word → leaf
	Counts map[string]int   // corpus frequency of each clustered word
}

// ClusterOptions control BuildClusters. Zero values take the defaults.
type ClusterOptions struct {
	K        int       // number of leaf classes (default 1000)
	MinCount int       // words seen fewer times get no class (default 3)
	Contexts int       // most frequent words used as context at distance 1 (default 2000); a quarter of them at distance 2
	Iters    int       // k-means iterations (default 12)
	Workers  int       // parallel workers (default 2)
	Log      io.Writer // progress; nil for none
}

// BuildClusters learns word classes from texts, deterministically: each
// word is described by the words found one and two places to its left and
// right (positive pointwise mutual information with the most frequent
// words), the descriptions are grouped by spherical k-means started from
// the most frequent words, and the resulting classes are joined bottom-up
// by Ward's criterion into a binary tree that gives each class its path.
func BuildClusters(texts iter.Seq[string], o ClusterOptions) (*Clusters, error) {
	if o.K <= 0 {
		o.K = 1000
	}
	if o.MinCount <= 0 {
		o.MinCount = 3
	}
	if o.Contexts <= 0 {
		o.Contexts = 2000
	}
	if o.Iters <= 0 {
		o.Iters = 12
	}
	if o.Workers <= 0 {
		o.Workers = 2
	}
	logf := func(format string, a ...any) {
		if o.Log != nil {
			fmt.Fprintf(o.Log, format, a...)
		}
	}

	pm := buildPPMI(texts, o)
	nv, dims, order, names, freq := pm.nv, pm.dims, pm.order, pm.names, pm.freq
	rowStart, cells := pm.rowStart, pm.cells

	// 4. Spherical k-means, started from the K most frequent words.
	k := min(o.K, nv)
	cent := make([]float32, dims*k) // [dim][k]
	for c := range k {
		for _, x := range cells[rowStart[c]:rowStart[c+1]] {
			cent[int(x.dim)*k+c] = x.n
		}
	}
	assign := make([]int32, nv)
	for it := 1; it <= o.Iters; it++ {
		var moved int64
		var mu sync.Mutex
		var wg sync.WaitGroup
		chunk := (nv + o.Workers - 1) / o.Workers
		for w := range o.Workers {
			lo, hi := w*chunk, min((w+1)*chunk, nv)
			wg.Add(1)
			go func() {
				defer wg.Done()
				scores := make([]float32, k)
				var mv int64
				for r := lo; r < hi; r++ {
					clear(scores)
					for _, x := range cells[rowStart[r]:rowStart[r+1]] {
						if x.n == 0 {
							continue
						}
						cr := cent[int(x.dim)*k : int(x.dim+1)*k]
						for c, v := range cr {
							scores[c] += x.n * v
						}
					}
					best := int32(0)
					for c := 1; c < k; c++ {
						if scores[c] > scores[best] {
							best = int32(c)
						}
					}
					if it == 1 || assign[r] != best {
						mv++
					}
					assign[r] = best
				}
				mu.Lock()
				moved += mv
				mu.Unlock()
			}()
		}
		wg.Wait()
		// New centroids: normalised sums of members.
		sums := make([]float64, dims*k)
		for r := range nv {
			c := int(assign[r])
			for _, x := range cells[rowStart[r]:rowStart[r+1]] {
				sums[int(x.dim)*k+c] += float64(x.n)
			}
		}
		norms := make([]float64, k)
		for i, v := range sums {
			norms[i%k] += v * v
		}
		for i, v := range sums {
			if n := norms[i%k]; n > 0 {
				cent[i] = float32(v / math.Sqrt(n))
			}
		}
		logf("clusters: k-means iteration %d, %d words moved\n", it, moved)
		if moved == 0 {
			break
		}
	}

	// 5. Ward's agglomeration of the non-empty classes into a binary tree.
	size := make([]float64, k)
	for _, c := range assign {
		size[c]++
	}
	var live []int
	for c := range k {
		if size[c] > 0 {
			live = append(live, c)
		}
	}
	nl := len(live)
	means := make([][]float64, nl)
	for i := range means {
		means[i] = make([]float64, dims)
	}
	leafOf := make([]int, k)
	for i, c := range live {
		leafOf[c] = i
	}
	for r := range nv {
		m := means[leafOf[assign[r]]]
		for _, x := range cells[rowStart[r]:rowStart[r+1]] {
			m[x.dim] += float64(x.n)
		}
	}
	for i, c := range live {
		for d := range means[i] {
			means[i][d] /= size[c]
		}
	}
	paths := wardPaths(means, func(i int) float64 { return size[live[i]] })

	cl := &Clusters{Paths: paths, Words: make(map[string]int32, nv), Counts: make(map[string]int, nv)}
	for r := range nv {
		id := order[r]
		if names[id] == "" {
			continue
		}
		cl.Words[names[id]] = int32(leafOf[assign[r]])
		cl.Counts[names[id]] = freq[id]
	}
	return cl, nil
}

// ppmi holds the context description of each word of a corpus: rows of
// positive PMI with the most frequent words at distances 1 and 2,
// L2-normalised, for the words seen at least MinCount times, in order of
// falling frequency.
type ppmi struct {
	nv, dims int
	order    []int32  // rank → word id
	names    []string // word id → stem
	freq     []int    // word id → count
	rowStart []int    // row r holds cells[rowStart[r]:rowStart[r+1]]
	cells    []ppmiCell
}

type ppmiCell struct {
	dim int32
	n   float32
}

// buildPPMI reads the texts and computes their PPMI rows (o has its
// defaults set).
func buildPPMI(texts iter.Seq[string], o ClusterOptions) *ppmi {
	logf := func(format string, a ...any) {
		if o.Log != nil {
			fmt.Fprintf(o.Log, format, a...)
		}
	}
	// 1. Stems of every token, interned; -1 separates texts.
	vocab := map[string]int32{}
	var names []string
	var freq []int
	var stream []int32
	in := make(chan string, 64)
	out := make(chan []string, 64)
	var wg sync.WaitGroup
	for range o.Workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var toks []arabic.Token
			for text := range in {
				toks = arabic.AppendTokens(toks[:0], text)
				stems := make([]string, len(toks))
				for i, t := range toks {
					stems[i] = lexical(text[t.Start:t.End]).stem
				}
				out <- stems
			}
		}()
	}
	go func() {
		for t := range texts {
			in <- t
		}
		close(in)
		wg.Wait()
		close(out)
	}()
	// Texts may arrive in any order from the workers; the ids are then
	// renumbered by frequency and name, so the result does not depend on it.
	var docs [][]int32
	for stems := range out {
		ids := make([]int32, len(stems))
		for i, s := range stems {
			id, ok := vocab[s]
			if !ok {
				id = int32(len(names))
				vocab[strings.Clone(s)] = id
				names = append(names, strings.Clone(s))
				freq = append(freq, 0)
			}
			freq[id]++
			ids[i] = id
		}
		docs = append(docs, ids)
	}
	tokens := 0
	for _, d := range docs {
		tokens += len(d)
	}
	logf("clusters: %d texts, %d tokens, %d word types\n", len(docs), tokens, len(names))

	// 2. Rank words by frequency (ties by name).
	order := make([]int32, len(names))
	for i := range order {
		order[i] = int32(i)
	}
	slices.SortFunc(order, func(a, b int32) int {
		if c := cmp.Compare(freq[b], freq[a]); c != 0 {
			return c
		}
		return strings.Compare(names[a], names[b])
	})
	rank := make([]int32, len(names))
	for r, id := range order {
		rank[id] = int32(r)
	}
	nv := 0
	for nv < len(order) && freq[order[nv]] >= o.MinCount {
		nv++
	}
	d1 := min(o.Contexts, nv)
	d2 := min(o.Contexts/4, nv)
	dims := 2*d1 + 2*d2
	stream = make([]int32, 0, tokens+len(docs))
	for _, d := range docs {
		for _, id := range d {
			stream = append(stream, rank[id])
		}
		stream = append(stream, -1)
	}
	docs = nil

	// 3. Co-occurrence counts as sorted (word, dimension) keys.
	keys := make([]uint64, 0, 4*len(stream))
	ctx := func(r int32, d, off int) int {
		if r < 0 || int(r) >= d {
			return -1
		}
		return off + int(r)
	}
	at := func(i int) int32 {
		if i < 0 || i >= len(stream) {
			return -1
		}
		return stream[i]
	}
	for i, r := range stream {
		if r < 0 || int(r) >= nv {
			continue
		}
		l1, r1 := at(i-1), at(i+1)
		l2, r2 := int32(-1), int32(-1)
		if l1 >= 0 {
			l2 = at(i - 2)
		}
		if r1 >= 0 {
			r2 = at(i + 2)
		}
		for _, c := range [4]int{ctx(l2, d2, 0), ctx(l1, d1, d2), ctx(r1, d1, d2+d1), ctx(r2, d2, d2+2*d1)} {
			if c >= 0 {
				keys = append(keys, uint64(r)<<32|uint64(c))
			}
		}
	}
	slices.Sort(keys)
	rowStart := make([]int, nv+1)
	var cells []ppmiCell
	rowN := make([]float64, nv)
	colN := make([]float64, dims)
	for i := 0; i < len(keys); {
		j := i
		for j < len(keys) && keys[j] == keys[i] {
			j++
		}
		r, c := int(keys[i]>>32), int32(keys[i]&0xffffffff)
		cells = append(cells, ppmiCell{c, float32(j - i)})
		rowStart[r+1] = len(cells)
		rowN[r] += float64(j - i)
		colN[c] += float64(j - i)
		i = j
	}
	for r := 1; r <= nv; r++ {
		rowStart[r] = max(rowStart[r], rowStart[r-1])
	}
	keys = nil
	// Positive PMI with context-distribution smoothing (0.75), L2-normalised.
	var colSum float64
	for c := range colN {
		colN[c] = math.Pow(colN[c], 0.75)
		colSum += colN[c]
	}
	nnz := 0
	for r := range nv {
		row := cells[rowStart[r]:rowStart[r+1]]
		var norm float64
		for k := range row {
			pmi := math.Log(float64(row[k].n) / rowN[r] / (colN[row[k].dim] / colSum))
			if pmi < 0 {
				pmi = 0
			}
			row[k].n = float32(pmi)
			norm += pmi * pmi
		}
		if norm > 0 {
			norm = 1 / math.Sqrt(norm)
		}
		for k := range row {
			row[k].n *= float32(norm)
			if row[k].n != 0 {
				nnz++
			}
		}
	}
	logf("clusters: %d words with at least %d occurrences, %d context dimensions, %d non-zero cells\n", nv, o.MinCount, dims, nnz)

	return &ppmi{nv: nv, dims: dims, order: order, names: names, freq: freq, rowStart: rowStart, cells: cells}
}

// wardPaths joins the points bottom-up, each time the pair whose union
// least increases the within-group sum of squares (Ward), and returns the
// path of each point from the root: 0 for the larger side, 1 for the other.
func wardPaths(means [][]float64, size func(int) float64) []string {
	n := len(means)
	if n == 0 {
		return nil
	}
	if n == 1 {
		return []string{"0"}
	}
	dist := make([]float64, n*n)
	sq := make([]float64, n)
	for i, m := range means {
		for _, v := range m {
			sq[i] += v * v
		}
	}
	var wg sync.WaitGroup
	for w := range 2 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := w; i < n; i += 2 {
				for j := i + 1; j < n; j++ {
					var dot float64
					a, b := means[i], means[j]
					for d := range a {
						dot += a[d] * b[d]
					}
					ni, nj := size(i), size(j)
					e := ni * nj / (ni + nj) * (sq[i] + sq[j] - 2*dot)
					dist[i*n+j], dist[j*n+i] = e, e
				}
			}
		}()
	}
	wg.Wait()
	sz := make([]float64, n)
	for i := range sz {
		sz[i] = size(i)
	}
	// Tree nodes: 0..n-1 are leaves; each merge adds a node.
	left := make([]int, 0, n-1)
	right := make([]int, 0, n-1)
	nodeSize := slices.Clone(sz)
	node := make([]int, n) // active slot → tree node
	for i := range node {
		node[i] = i
	}
	active := make([]bool, n)
	for i := range active {
		active[i] = true
	}
	for step := 0; step < n-1; step++ {
		bi, bj, best := -1, -1, math.Inf(1)
		for i := 0; i < n; i++ {
			if !active[i] {
				continue
			}
			row := dist[i*n : (i+1)*n]
			for j := i + 1; j < n; j++ {
				if active[j] && row[j] < best {
					bi, bj, best = i, j, row[j]
				}
			}
		}
		ni, nj := sz[bi], sz[bj]
		for k := 0; k < n; k++ {
			if !active[k] || k == bi || k == bj {
				continue
			}
			nk := sz[k]
			d := ((ni+nk)*dist[bi*n+k] + (nj+nk)*dist[bj*n+k] - nk*best) / (ni + nj + nk)
			dist[bi*n+k], dist[k*n+bi] = d, d
		}
		a, b := node[bi], node[bj]
		if nodeSize[b] > nodeSize[a] {
			a, b = b, a
		}
		left = append(left, a)
		right = append(right, b)
		nodeSize = append(nodeSize, ni+nj)
		node[bi] = n + step
		sz[bi] = ni + nj
		active[bj] = false
	}
	paths := make([]string, n)
	var walk func(nd int, p string)
	walk = func(nd int, p string) {
		if nd < n {
			paths[nd] = p
			return
		}
		walk(left[nd-n], p+"0")
		walk(right[nd-n], p+"1")
	}
	walk(2*n-2, "")
	return paths
}

// Write writes the clusters as text: a header of # lines, then one word a
// line as path<TAB>word<TAB>count, by path and then by falling count.
func (c *Clusters) Write(w io.Writer, header string) error {
	bw := bufio.NewWriter(w)
	for _, l := range strings.Split(strings.TrimSpace(header), "\n") {
		fmt.Fprintf(bw, "# %s\n", l)
	}
	words := make([]string, 0, len(c.Words))
	for w := range c.Words {
		words = append(words, w)
	}
	slices.SortFunc(words, func(a, b string) int {
		if x := strings.Compare(c.Paths[c.Words[a]], c.Paths[c.Words[b]]); x != 0 {
			return x
		}
		if x := cmp.Compare(c.Counts[b], c.Counts[a]); x != 0 {
			return x
		}
		return strings.Compare(a, b)
	})
	for _, w := range words {
		fmt.Fprintf(bw, "%s\t%s\t%d\n", c.Paths[c.Words[w]], w, c.Counts[w])
	}
	return bw.Flush()
}

// ReadClusters reads clusters written by Write. Errors give the line number.
func ReadClusters(r io.Reader) (*Clusters, error) {
	c := &Clusters{Words: map[string]int32{}, Counts: map[string]int{}}
	leaf := map[string]int32{}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64<<10), 1<<20)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimRight(sc.Text(), "\r")
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 3 || f[0] == "" || strings.Trim(f[0], "01") != "" || f[1] == "" {
			return nil, fmt.Errorf("line %d: want path<TAB>word<TAB>count with a path of 0s and 1s", n)
		}
		cnt, err := strconv.Atoi(f[2])
		if err != nil {
			return nil, fmt.Errorf("line %d: bad count %q", n, f[2])
		}
		id, ok := leaf[f[0]]
		if !ok {
			id = int32(len(c.Paths))
			leaf[f[0]] = id
			c.Paths = append(c.Paths, f[0])
		}
		c.Words[f[1]] = id
		c.Counts[f[1]] = cnt
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	return c, nil
}
