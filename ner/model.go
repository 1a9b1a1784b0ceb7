package ner

import (
	"bufio"
	"compress/gzip"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"slices"
	"strings"
)

// ModelVersion is the format version of model files. Version 5 models
// record the optional feature sets they were trained with (modelTrigrams);
// version 4 ones (BILOU tags, no optional features) and version 3 ones
// (BIO tags alone) still load, and files of other versions are refused.
const ModelVersion = 5

// Optional feature sets, bits of the word a model file of version 5
// stores after its provenance note.
const (
	modelTrigrams uint32 = 1 << iota // the stem's letter trigrams (trigramFeatures)
)

// minModelVersion is the oldest format Load reads.
const minModelVersion = 3

const modelMagic = "MARSAD-NER"

// Model is a trained tagger: feature weights per tag, tag transitions and
// the gazetteer it was trained with. It is safe for concurrent use.
type Model struct {
	tags    []string   // BILOU tags (BIO in models of format 3); set by setTags
	bio     []string   // BIO form of each tag
	bioID   []int      // index of the BIO form of each tag, for margin
	mask    []float32  // forbidden transitions as -Inf (see bilouMask); nil for BIO
	preds   [][]int    // allowedPreds of mask, the tags that may come before each; nil for BIO
	final   []float32  // tags a sentence may not end with, as -Inf; nil for BIO
	index   *featIndex // feature hash → row
	weights []float32  // rows of len(tags)
	trans   []float32  // (len(tags)+1) × len(tags): previous tag (or start) → tag
	gaz     map[uint64]uint8
	// Word classes: stem hash → leaf+1, and the path prefixes of each leaf
	// used as feature values.
	clus     map[uint64]int32
	clusPath []string
	clusPre  [][len(clusterPrefixes)]string
	// Word vectors: stem hash → row+1, and for each row the scores its
	// vector adds to each tag ([row][position][tag], the vector times the
	// dense weights of vecPositions). While training, vecs holds the
	// vectors themselves (rows of vecDims values, times vectorScale).
	vec     map[uint64]int32
	vecProj []float32
	vecs    []float32
	vecDims int
	Info    string // provenance, printed by marsad ner --info
	// trigrams adds the letter trigrams of the stem to a word's
	// features (TrainOptions.Trigrams).
	trigrams bool
	// cache holds the entries of tokens tagged; nil for models still
	// being trained, whose weights change.
	cache *wordCache
}

// vecPositions is the number of positions at which a word's vector
// scores tags: position 0 scores the tags of the word before it, 1 its own
// and 2 those of the word after, so that token i takes position p from
// the vector of token i+1-p.
const vecPositions = 3

// vectorScale multiplies the values of the word vectors (unit variance in
// each dimension) before training, setting how fast their dense weights
// move against the binary features'. With ten perceptrons on the ANERcorp
// dev split, 0.15 gave 0.57 points of F1 and 0.3 only 0.2.
const vectorScale = 0.15

// vector returns the vector row+1 of a stem, 0 for none.
func (m *Model) vector(stem string) int32 {
	if m.vec == nil || stem == "" {
		return 0
	}
	return m.vec[mix(fnvOffset, stem)]
}

// project computes vecProj from the vectors and dense weights w
// ([position][dimension][tag]).
func (m *Model) project(w []float32) {
	nt, d := len(m.tags), m.vecDims
	rows := len(m.vecs) / max(d, 1)
	m.vecProj = make([]float32, rows*vecPositions*nt)
	for r := range rows {
		x := m.vecs[r*d : (r+1)*d]
		for p := range vecPositions {
			out := m.vecProj[(r*vecPositions+p)*nt : (r*vecPositions+p+1)*nt]
			wp := w[p*d*nt : (p+1)*d*nt]
			for j, v := range x {
				wr := wp[j*nt : (j+1)*nt]
				for t := range out {
					out[t] += v * wr[t]
				}
			}
		}
	}
}

// clusterPrefixes are the path lengths used as features (0: the whole path).
var clusterPrefixes = [...]int{4, 8, 12, 0}

func (m *Model) cluster(stem string) int32 {
	if m.clus == nil || stem == "" {
		return 0
	}
	return m.clus[mix(fnvOffset, stem)]
}

// setClusters installs word classes: words as hashes, paths and their prefixes.
func (m *Model) setClusters(paths []string, words map[uint64]int32) {
	m.clusPath, m.clus = paths, words
	m.clusPre = make([][len(clusterPrefixes)]string, len(paths))
	for i, p := range paths {
		for k, n := range clusterPrefixes {
			if n > 0 && n < len(p) {
				m.clusPre[i][k] = p[:n]
			} else {
				m.clusPre[i][k] = p
			}
		}
	}
}

// Tags returns the model's BIO tag set.
func (m *Model) Tags() []string {
	var out []string
	for i, b := range m.bio {
		if m.bioID[i] == len(out) {
			out = append(out, b)
		}
	}
	return out
}

func (m *Model) gazetteer(s string) uint8 {
	if m.gaz == nil || s == "" {
		return 0
	}
	return m.gaz[mix(fnvOffset, s)]
}

// gazetteerPair is gazetteer(a + " " + b), without building the string.
func (m *Model) gazetteerPair(a, b string) uint8 {
	if m.gaz == nil {
		return 0
	}
	return m.gaz[mix(mix(mix(fnvOffset, a), " "), b)]
}

// Tag returns the BIO tags of a tokenized sentence and, for each token, the
// margin of its tag over the runner-up, squashed to 0..1.
func (m *Model) Tag(tokens []string) ([]string, []float64) {
	es := make([]*wordEntry, len(tokens))
	ws := make([]word, len(tokens))
	for i, t := range tokens {
		es[i] = m.entry(m.cache, t)
		ws[i] = es[i].w
	}
	tags, conf := m.tagEntries(es, ws)
	joinHeads(tags, ws)
	return tags, conf
}

// nameHeads begin names of two words that the tagger may cut in two
// (سيدي بوزيد، بن عروس، عين العرب، أبو ظبي، سان فرانسيسكو).
var nameHeads = map[string]bool{}

func init() {
	for _, w := range strings.Fields("سيدي بن ابن ابو عين حمام سان سانت راس بير جبل وادي منزل ام عبد بني بنو دار تل بيت دير خان قصر برج كفر مار") {
		nameHeads[w] = true
	}
}

// joinHeads continues a name that a name head alone began: B-LOC B-LOC
// over سيدي بوزيد becomes B-LOC I-LOC.
func joinHeads(tags []string, ws []word) {
	for i := 1; i < len(tags); i++ {
		if tags[i-1] == tags[i] && strings.HasPrefix(tags[i], "B-") && nameHeads[ws[i-1].base] {
			tags[i] = "I" + tags[i][1:]
		}
	}
}

// tagEntries tags a sentence of words ws with entries es. Each token's
// scores are the rows its own word and its neighbours add at their
// places (see wordEntry), its pair features, and the transitions.
func (m *Model) tagEntries(es []*wordEntry, ws []word) ([]string, []float64) {
	nt := len(m.tags)
	scores := m.entryScores(es, ws)
	path := viterbi(scores, m.trans, m.final, len(ws), nt, m.preds)
	tags := make([]string, len(ws))
	conf := make([]float64, len(ws))
	for i, t := range path {
		tags[i] = m.bio[t]
		conf[i] = margin(scores[i*nt:(i+1)*nt], t, m.bioID)
	}
	return tags, conf
}

// entryScores returns the tag scores of each token, len(ws) rows of
// len(m.tags).
func (m *Model) entryScores(es []*wordEntry, ws []word) []float32 {
	nt := len(m.tags)
	start, end := m.cache.boundaries(m)
	scores := make([]float32, len(ws)*nt)
	var buf [8]uint64
	pairs := m.gazetteerPairs(ws)
	for i := range ws {
		row := scores[i*nt : (i+1)*nt]
		for p, rel := range relPositions {
			e := start
			switch k := i + rel; {
			case k >= len(es):
				e = end
			case k >= 0:
				e = es[k]
			}
			w := e.row(p, nt)
			for t := range row {
				row[t] += w[t]
			}
		}
		m.score(row, m.pairFeatures(buf[:0], ws, i, pairs))
	}
	return scores
}

// score adds the weights of features fs to the tag scores of one token.
func (m *Model) score(row []float32, fs []uint64) {
	nt := len(m.tags)
	for _, f := range fs {
		if r, ok := m.index.get(f); ok {
			w := m.weights[int(r)*nt : int(r+1)*nt]
			for t := range row {
				row[t] += w[t]
			}
		}
	}
}

// margin is the lead of tag t over the runner-up of another BIO form
// (bio: the BIO form of each tag), squashed to 0..1.
func margin(row []float32, t int, bio []int) float64 {
	second := float32(math.Inf(-1))
	for k, v := range row {
		if bio[k] != bio[t] && v > second {
			second = v
		}
	}
	return 1 / (1 + math.Exp(-float64(row[t]-second)))
}

// decode returns the best tag ids of a sentence given its features.
func (m *Model) decode(feats [][]uint64, ws []word) []int {
	nt := len(m.tags)
	scores := make([]float32, len(feats)*nt)
	for i, fs := range feats {
		m.score(scores[i*nt:(i+1)*nt], fs)
		m.vecScore(scores[i*nt:(i+1)*nt], ws, i)
	}
	return viterbi(scores, m.trans, m.final, len(feats), nt, m.preds)
}

// finish turns tag ids into names and joins names cut after a head.
func (m *Model) finish(path []int, ws []word) []string {
	tags := m.tagNames(path)
	joinHeads(tags, ws)
	return tags
}

// tagNames returns the BIO tags of tag ids.
func (m *Model) tagNames(ids []int) []string {
	out := make([]string, len(ids))
	for i, t := range ids {
		out[i] = m.bio[t]
	}
	return out
}

// viterbi returns the best tag sequence under emission scores and
// transition weights (row nt is the start state); final, unless nil, is
// added to the scores of the last tag. preds lists the tags that may come
// before each tag (allowedPreds); nil computes them from trans.
func viterbi(scores, trans, final []float32, n, nt int, preds [][]int) []int {
	if n == 0 {
		return nil
	}
	delta := make([]float32, n*nt)
	back := make([]int32, n*nt)
	for t := 0; t < nt; t++ {
		delta[t] = scores[t] + trans[nt*nt+t]
	}
	if preds == nil {
		preds = allowedPreds(trans, nt)
	}
	for i := 1; i < n; i++ {
		prev := delta[(i-1)*nt : i*nt]
		for t := 0; t < nt; t++ {
			best, arg := float32(math.Inf(-1)), 0
			for _, p := range preds[t] {
				if v := prev[p] + trans[p*nt+t]; v > best {
					best, arg = v, p
				}
			}
			delta[i*nt+t] = best + scores[i*nt+t]
			back[i*nt+t] = int32(arg)
		}
	}
	path := make([]int, n)
	best := float32(math.Inf(-1))
	for t := 0; t < nt; t++ {
		v := delta[(n-1)*nt+t]
		if final != nil {
			v += final[t]
		}
		if v > best {
			best, path[n-1] = v, t
		}
	}
	for i := n - 1; i > 0; i-- {
		path[i-1] = int(back[i*nt+path[i]])
	}
	return path
}

// allowedPreds lists, for each tag, in order, the tags that may come
// before it: those whose transition is not forbidden (-Inf). BILOU's
// rules leave about a third of them, and Viterbi need not try the rest.
func allowedPreds(trans []float32, nt int) [][]int {
	preds := make([][]int, nt)
	all := make([]int, 0, nt*nt)
	for t := 0; t < nt; t++ {
		k := len(all)
		for p := 0; p < nt; p++ {
			if !math.IsInf(float64(trans[p*nt+t]), -1) {
				all = append(all, p)
			}
		}
		preds[t] = all[k:len(all):len(all)]
	}
	return preds
}

// Save writes the model in its gzipped binary format.
func (m *Model) Save(w io.Writer) error {
	zw, _ := gzip.NewWriterLevel(w, gzip.BestCompression)
	bw := bufio.NewWriter(zw)
	put := func(v any) { binary.Write(bw, binary.LittleEndian, v) }
	bw.WriteString(modelMagic)
	put(uint32(ModelVersion))
	put(uint32(len(m.Info)))
	bw.WriteString(m.Info)
	var sets uint32
	if m.trigrams {
		sets |= modelTrigrams
	}
	put(sets)
	put(uint32(len(m.tags)))
	for _, t := range m.tags {
		put(uint8(len(t)))
		bw.WriteString(t)
	}
	put(m.trans)
	put(uint32(m.index.len()))
	keys := m.index.keys()
	for r, k := range keys {
		put(k)
		put(m.weights[r*len(m.tags) : (r+1)*len(m.tags)])
	}
	put(uint32(len(m.gaz)))
	for _, k := range sortedKeys(m.gaz) {
		put(k)
		put(m.gaz[k])
	}
	put(uint32(len(m.clusPath)))
	for _, p := range m.clusPath {
		put(uint8(len(p)))
		bw.WriteString(p)
	}
	put(uint32(len(m.clus)))
	for _, k := range sortedKeys(m.clus) {
		put(k)
		put(uint16(m.clus[k]))
	}
	// Word vectors as their tag scores, int16 in steps of scale: the
	// hashes in order, then the rows in the same order.
	var scale float32
	for _, v := range m.vecProj {
		scale = max(scale, v, -v)
	}
	if scale /= 32767; scale == 0 {
		scale = 1
	}
	keys = sortedKeys(m.vec)
	put(uint32(len(keys)))
	put(scale)
	put(keys)
	nt := len(m.tags)
	q := make([]int16, 0, len(keys)*vecPositions*nt)
	for _, k := range keys {
		r := int(m.vec[k] - 1)
		for _, v := range m.vecProj[r*vecPositions*nt : (r+1)*vecPositions*nt] {
			q = append(q, int16(math.Round(float64(v/scale))))
		}
	}
	put(q)
	if err := bw.Flush(); err != nil {
		return err
	}
	return zw.Close()
}

// ErrModel reports a model file that is corrupt or of another version.
var ErrModel = errors.New("bad NER model file")

// Load reads a model written by Save.
func Load(r io.Reader) (m *Model, err error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrModel, err)
	}
	br := bufio.NewReaderSize(zr, 1<<16)
	get := func(v any) {
		if err == nil {
			err = binary.Read(br, binary.LittleEndian, v)
		}
	}
	magic := make([]byte, len(modelMagic))
	if _, err := io.ReadFull(br, magic); err != nil || string(magic) != modelMagic {
		return nil, fmt.Errorf("%w: not a Marsad NER model", ErrModel)
	}
	var version, n uint32
	get(&version)
	if err == nil && (version < minModelVersion || version > ModelVersion) {
		return nil, fmt.Errorf("%w: version %d, this Marsad reads versions %d to %d", ErrModel, version, minModelVersion, ModelVersion)
	}
	m = &Model{}
	get(&n)
	if err != nil || n > 1<<20 {
		return nil, fmt.Errorf("%w: bad header", ErrModel)
	}
	info := make([]byte, n)
	if _, err := io.ReadFull(br, info); err != nil {
		return nil, fmt.Errorf("%w: %v", ErrModel, err)
	}
	m.Info = string(info)
	if version >= 5 {
		var sets uint32
		get(&sets)
		if err == nil && sets&^modelTrigrams != 0 {
			return nil, fmt.Errorf("%w: unknown feature sets %#x", ErrModel, sets)
		}
		m.trigrams = sets&modelTrigrams != 0
	}
	get(&n)
	if err != nil || n == 0 || n > 64 {
		return nil, fmt.Errorf("%w: bad tag count", ErrModel)
	}
	var tags []string
	for range n {
		var l uint8
		get(&l)
		b := make([]byte, l)
		if err == nil {
			_, err = io.ReadFull(br, b)
		}
		tags = append(tags, string(b))
	}
	m.setTags(tags)
	nt := len(m.tags)
	m.trans = make([]float32, (nt+1)*nt)
	get(m.trans)
	m.masked(m.trans)
	get(&n)
	if err != nil || n > 1<<24 {
		return nil, fmt.Errorf("%w: bad feature count", ErrModel)
	}
	m.index = newFeatIndex(int(n))
	m.weights = make([]float32, int(n)*nt)
	for r := range int(n) {
		var k uint64
		get(&k)
		get(m.weights[r*nt : (r+1)*nt])
		m.index.add(k)
	}
	get(&n)
	if err != nil || n > 1<<24 {
		return nil, fmt.Errorf("%w: bad gazetteer", ErrModel)
	}
	m.gaz = make(map[uint64]uint8, n)
	for range n {
		var k uint64
		var v uint8
		get(&k)
		get(&v)
		m.gaz[k] = v
	}
	get(&n)
	if err != nil || n > 1<<16 {
		return nil, fmt.Errorf("%w: bad word classes", ErrModel)
	}
	paths := make([]string, n)
	for i := range paths {
		var l uint8
		get(&l)
		b := make([]byte, l)
		if err == nil {
			_, err = io.ReadFull(br, b)
		}
		paths[i] = string(b)
	}
	get(&n)
	if err != nil || n > 1<<24 {
		return nil, fmt.Errorf("%w: bad word classes", ErrModel)
	}
	words := make(map[uint64]int32, n)
	for range n {
		var k uint64
		var v uint16
		get(&k)
		get(&v)
		if err == nil && (v == 0 || int(v) > len(paths)) {
			return nil, fmt.Errorf("%w: word class %d out of range", ErrModel, v)
		}
		words[k] = int32(v)
	}
	m.setClusters(paths, words)
	var scale float32
	get(&n)
	get(&scale)
	if err != nil || n > 1<<24 {
		return nil, fmt.Errorf("%w: bad word vectors", ErrModel)
	}
	if n > 0 {
		keys := make([]uint64, n)
		q := make([]int16, int(n)*vecPositions*nt)
		get(keys)
		get(q)
		m.vec = make(map[uint64]int32, n)
		for r, k := range keys {
			m.vec[k] = int32(r + 1)
		}
		m.vecProj = make([]float32, len(q))
		for i, v := range q {
			m.vecProj[i] = float32(v) * scale
		}
	}
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrModel, err)
	}
	m.cache = &wordCache{}
	return m, nil
}

// sortedKeys returns the keys of a hashed table in order, so that a model
// file does not depend on map iteration.
func sortedKeys[V any](t map[uint64]V) []uint64 {
	keys := make([]uint64, 0, len(t))
	for k := range t {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}
