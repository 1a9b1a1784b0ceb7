package ner

import (
	"fmt"
	"io"
	"math/rand/v2"
	"strings"
	"sync"

	"github.com/marsad/marsad/arabic"
)

// TrainOptions control training.
type TrainOptions struct {
	Epochs   int       // at most this many passes (default 15)
	Patience int       // stop after this many epochs without dev gain (default 3)
	Seed     uint64    // shuffling seed
	Log      io.Writer // per-epoch report; nil for none
	// Gazetteer entries by type bit (PER, LOC, ORG, first names), raw text.
	Gazetteer map[string]uint8
	Info      string // provenance note stored in the model
	// Clusters are word classes from unlabelled text (see BuildClusters);
	// nil for none.
	Clusters *Clusters
	// Members is the number of perceptrons trained side by side, each
	// shuffling with its own seed (Seed, Seed+1, ...); the model holds the
	// mean of their averaged weights, one table of the same shape as a
	// single perceptron's (a little larger: the features any member
	// learned). 0 or 1: a single perceptron.
	Members int
	// Vectors are dense word vectors from unlabelled text (see
	// BuildVectors): the values of the vectors of a word and of its two
	// neighbours, times vectorScale, are real-valued features with a
	// weight for each tag; nil for none.
	Vectors *Vectors
	// Update is the training rule: "" or "perceptron" for the
	// perceptron step on the best path; "crf" for a stochastic step on
	// the log-likelihood of the gold path under a linear-chain CRF over
	// the same features (see crfStep), each weight at its own AdaGrad
	// rate. Either way the members' weights are averaged over the steps.
	Update string
	Rate   float64 // base AdaGrad rate of the "crf" rule (default 1)
	// Decay shrinks every weight by this share after each epoch, a
	// crude L2 penalty (0: none). With "crf", 0.1 keeps the CRF from
	// falling back after its first epochs (see crfStep).
	Decay float64
	// Trigrams adds the letter trigrams of each word's stem to its
	// features (see trigramFeatures); the model records it, so that it
	// tags with the features it was trained with.
	Trigrams bool
}

// Gazetteer types for TrainOptions.Gazetteer.
const (
	GazPER   = gPER
	GazLOC   = gLOC
	GazORG   = gORG
	GazFirst = gFirst
)

// trainer holds averaged-perceptron state.
type trainer struct {
	m      *Model
	acc    []float64 // accumulated updates × time, for averaging
	accT   []float64
	wT     []float64 // weights in float64 while training
	transW []float64
	trans  []float32 // transW as used for decoding
	c      float64   // update counter
	rng    *rand.Rand
	order  []int
	scores []float32
	// Dense vector weights ([position][dimension][tag]) and their
	// accumulator; vecW32 is vecW as used for decoding.
	vecW, accV []float64
	vecW32     []float32
	// The "crf" rule (see TrainOptions.Update): its base rate, the sums
	// of squared gradients of each weight, the gradients of the dense
	// weights in one sentence, and forward-backward buffers.
	crf        bool
	rate       float64
	gW, gT, gV []float64
	dT, dV     []float64
	fb, expT   []float64
}

// Train fits a model on train, reporting F1 on dev after each epoch and
// keeping the best epoch's averaged weights (all epochs when dev is empty).
func Train(train, dev []Sentence, o TrainOptions) (*Model, error) {
	o = o.withDefaults()
	switch o.Update {
	case "", "perceptron", "crf":
	default:
		return nil, fmt.Errorf("ner: unknown update rule %q", o.Update)
	}
	m := newModel(train, o)
	tr := m.prep(train)
	dv := m.prep(dev)
	out := m.fit(tr, dv, o)
	out.cache = &wordCache{} // its weights are final
	return out, nil
}

func (o TrainOptions) withDefaults() TrainOptions {
	if o.Epochs <= 0 {
		o.Epochs = 15
	}
	if o.Patience <= 0 {
		o.Patience = 3
	}
	if o.Members <= 0 {
		o.Members = 1
	}
	if o.Rate <= 0 {
		o.Rate = 1
	}
	return o
}

// newModel returns an empty model with the BILOU tags of the entity
// types of train, the gazetteer and the word classes.
func newModel(train []Sentence, o TrainOptions) *Model {
	types := map[string]bool{}
	for _, s := range train {
		for _, c := range Chunks(s.Tags) {
			types[c.Type] = true
		}
	}
	m := &Model{index: newFeatIndex(0), gaz: map[uint64]uint8{}, Info: o.Info, trigrams: o.Trigrams}
	tags := []string{"O"}
	for _, typ := range []string{"PER", "LOC", "ORG", "MISC"} {
		if types[typ] {
			for _, b := range []string{"B-", "I-", "L-", "U-"} {
				tags = append(tags, b+typ)
			}
		}
	}
	m.setTags(tags)
	for entry, bits := range o.Gazetteer {
		k := gazKey(entry)
		if k != "" {
			m.gaz[mix(fnvOffset, k)] |= bits
		}
	}
	if c := o.Clusters; c != nil {
		words := make(map[uint64]int32, len(c.Words))
		for w, leaf := range c.Words {
			words[mix(fnvOffset, w)] = leaf + 1
		}
		m.setClusters(c.Paths, words)
	}
	if v := o.Vectors; v != nil {
		m.vec = make(map[uint64]int32, len(v.Words))
		for i, w := range v.Words {
			m.vec[mix(fnvOffset, w)] = int32(i + 1)
		}
		// Scaled once here rather than at each use; vecProj then holds
		// the scores of the scaled values.
		m.vecDims, m.vecs = v.Dims, make([]float32, len(v.Vals))
		for i, x := range v.Vals {
			m.vecs[i] = x * vectorScale
		}
	}
	return m
}

// example is a sentence prepared for training: its words, the feature
// hashes of each token and the gold (BILOU) tag ids.
type example struct {
	ws    []word
	feats [][]uint64
	gold  []int
}

// prep analyses sentences and computes their features.
func (m *Model) prep(ss []Sentence) []example {
	tagID := map[string]int{}
	for i, t := range m.tags {
		tagID[t] = i
	}
	out := make([]example, len(ss))
	for k, s := range ss {
		ws := make([]word, len(s.Tokens))
		for i, t := range s.Tokens {
			ws[i] = m.analyse(t)
		}
		e := example{ws: ws, feats: make([][]uint64, len(ws)), gold: make([]int, len(ws))}
		gold := toBILOU(s.Tags)
		for i := range ws {
			e.feats[i] = m.features(ws, i, nil)
			e.gold[i] = tagID[gold[i]]
		}
		out[k] = e
	}
	return out
}

// fit trains the weights of m on prepared examples, o.Members perceptrons
// side by side, and returns the pruned model of the best epoch on dev (the
// last epoch when dev is empty).
func (m *Model) fit(tr, dev []example, o TrainOptions) *Model {
	nt := len(m.tags)
	for _, e := range tr {
		for _, fs := range e.feats {
			for _, f := range fs {
				m.index.add(f)
			}
		}
	}
	members := make([]*trainer, o.Members)
	for k := range members {
		tn := &trainer{m: m, transW: make([]float64, (nt+1)*nt), accT: make([]float64, (nt+1)*nt), trans: make([]float32, (nt+1)*nt)}
		tn.wT = make([]float64, m.index.len()*nt)
		tn.acc = make([]float64, m.index.len()*nt)
		tn.rng = rand.New(rand.NewPCG(o.Seed+uint64(k), 0x6d61727361640a))
		tn.order = make([]int, len(tr))
		for i := range tn.order {
			tn.order[i] = i
		}
		if m.vecs != nil {
			n := vecPositions * m.vecDims * nt
			tn.vecW, tn.accV, tn.vecW32 = make([]float64, n), make([]float64, n), make([]float32, n)
		}
		if o.Update == "crf" {
			tn.crf, tn.rate = true, o.Rate
			tn.gW, tn.gT, tn.dT = make([]float64, len(tn.wT)), make([]float64, len(tn.transW)), make([]float64, len(tn.transW))
			if tn.vecW != nil {
				tn.gV, tn.dV = make([]float64, len(tn.vecW)), make([]float64, len(tn.vecW))
			}
		}
		members[k] = tn
	}
	m.weights = make([]float32, m.index.len()*nt)
	m.trans = make([]float32, (nt+1)*nt)

	var best *Model
	bestF, stale := -1.0, 0
	for epoch := 1; epoch <= o.Epochs; epoch++ {
		var wg sync.WaitGroup
		for _, tn := range members {
			wg.Add(1)
			go func() {
				defer wg.Done()
				tn.rng.Shuffle(len(tn.order), func(i, j int) { tn.order[i], tn.order[j] = tn.order[j], tn.order[i] })
				for _, k := range tn.order {
					tn.step(tr[k].feats, tr[k].ws, tr[k].gold)
				}
				if o.Decay > 0 {
					tn.decay(o.Decay)
				}
			}()
		}
		wg.Wait()
		// Averaged weights for evaluation.
		avg := averaged(members)
		if len(dev) == 0 {
			best = avg
			if o.Log != nil {
				fmt.Fprintf(o.Log, "epoch %d done\n", epoch)
			}
			continue
		}
		sc := NewScore()
		for _, e := range dev {
			path := avg.decode(e.feats, e.ws)
			sc.Add(avg.tagNames(e.gold), avg.finish(path, e.ws))
		}
		_, _, f := sc.PRF("")
		if o.Log != nil {
			fmt.Fprintf(o.Log, "epoch %2d  dev F1 %.2f", epoch, 100*f)
			for _, t := range []string{"PER", "LOC", "ORG", "MISC"} {
				_, _, ft := sc.PRF(t)
				fmt.Fprintf(o.Log, "  %s %.2f", t, 100*ft)
			}
			fmt.Fprintln(o.Log)
		}
		if f > bestF {
			bestF, best, stale = f, avg, 0
		} else if stale++; stale >= o.Patience {
			if o.Log != nil {
				fmt.Fprintf(o.Log, "no gain for %d epochs: stopping; best dev F1 %.2f\n", o.Patience, 100*bestF)
			}
			break
		}
	}
	return best.pruned()
}

// step decodes one training sentence with the current weights and
// updates them where the best path differs from the gold one.
func (tn *trainer) step(feats [][]uint64, ws []word, gold []int) {
	m := tn.m
	nt := len(m.tags)
	n := len(gold)
	if cap(tn.scores) < n*nt {
		tn.scores = make([]float32, n*nt)
	}
	scores := tn.scores[:n*nt]
	clear(scores)
	for i := 0; i < n; i++ {
		row := scores[i*nt : (i+1)*nt]
		for _, f := range feats[i] {
			r := m.index.row(f)
			for t := 0; t < nt; t++ {
				row[t] += float32(tn.wT[r*nt+t])
			}
		}
	}
	if tn.vecW != nil {
		for i, v := range tn.vecW {
			tn.vecW32[i] = float32(v)
		}
		for i := 0; i < n; i++ {
			m.vecScoreDense(scores[i*nt:(i+1)*nt], ws, i, tn.vecW32)
		}
	}
	for i := range tn.transW {
		tn.trans[i] = float32(tn.transW[i])
	}
	if tn.crf {
		tn.c++
		tn.crfStep(feats, ws, gold, scores, m.masked(tn.trans))
		return
	}
	pred := viterbi(scores, m.masked(tn.trans), m.final, n, nt, m.preds)
	tn.c++
	for i := 0; i < n; i++ {
		g, p := gold[i], pred[i]
		pg, pp := nt, nt
		if i > 0 {
			pg, pp = gold[i-1], pred[i-1]
		}
		if g != p {
			for _, f := range feats[i] {
				r := m.index.row(f)
				tn.upd(r*nt+g, 1)
				tn.upd(r*nt+p, -1)
			}
			if tn.vecW != nil {
				tn.updV(ws, i, g, p)
			}
		}
		if g != p || pg != pp {
			tn.updT(pg*nt+g, 1)
			tn.updT(pp*nt+p, -1)
		}
	}
}

// decay shrinks every weight by the share d, the averages keeping the
// weights before it for the steps before it.
func (tn *trainer) decay(d float64) {
	for i, v := range tn.wT {
		if v != 0 {
			tn.upd(i, -d*v)
		}
	}
	for i, v := range tn.transW {
		tn.updT(i, -d*v)
	}
	for i, v := range tn.vecW {
		tn.vecW[i] -= d * v
		tn.accV[i] -= tn.c * d * v
	}
}

func (tn *trainer) upd(i int, v float64) {
	tn.wT[i] += v
	tn.acc[i] += tn.c * v
}

// updV moves the dense vector weights of token i toward tag g and away
// from tag p.
func (tn *trainer) updV(ws []word, i, g, p int) {
	nt := len(tn.m.tags)
	tn.neighbourVecs(ws, i, func(base int, x []float32) {
		for j, v := range x {
			v := float64(v)
			tn.vecW[base+j*nt+g] += v
			tn.accV[base+j*nt+g] += tn.c * v
			tn.vecW[base+j*nt+p] -= v
			tn.accV[base+j*nt+p] -= tn.c * v
		}
	})
}

// neighbourVecs calls f with the vector of each word around token i that
// has one (the word before, the word itself, the word after) and the
// offset of that position's block in the dense vector weights.
func (tn *trainer) neighbourVecs(ws []word, i int, f func(base int, x []float32)) {
	m := tn.m
	nt, d := len(m.tags), m.vecDims
	for pos := range vecPositions {
		k := i + 1 - pos
		if k < 0 || k >= len(ws) || ws[k].vec == 0 {
			continue
		}
		f(pos*d*nt, m.vecs[int(ws[k].vec-1)*d:int(ws[k].vec)*d])
	}
}

func (tn *trainer) updT(i int, v float64) {
	tn.transW[i] += v
	tn.accT[i] += tn.c * v
}

// averaged returns a model with the mean over the members of their
// averaged weights w - acc/c.
func averaged(members []*trainer) *Model {
	m := *members[0].m
	k := float64(len(members))
	w := make([]float64, len(members[0].wT))
	tr := make([]float64, len(members[0].transW))
	for _, tn := range members {
		for i, v := range tn.wT {
			w[i] += (v - tn.acc[i]/tn.c) / k
		}
		for i, v := range tn.transW {
			tr[i] += (v - tn.accT[i]/tn.c) / k
		}
	}
	m.weights = make([]float32, len(w))
	for i, v := range w {
		m.weights[i] = float32(v)
	}
	m.trans = make([]float32, len(tr))
	for i, v := range tr {
		m.trans[i] = float32(v)
	}
	m.masked(m.trans)
	if members[0].vecW != nil {
		vw := make([]float64, len(members[0].vecW))
		for _, tn := range members {
			for i, v := range tn.vecW {
				vw[i] += (v - tn.accV[i]/tn.c) / k
			}
		}
		w := make([]float32, len(vw))
		for i, v := range vw {
			w[i] = float32(v)
		}
		m.project(w)
	}
	return &m
}

// pruned drops features whose weights are all negligible.
func (m *Model) pruned() *Model {
	nt := len(m.tags)
	out := &Model{tags: m.tags, bio: m.bio, bioID: m.bioID, mask: m.mask, preds: m.preds, final: m.final, trans: m.trans, gaz: m.gaz, Info: m.Info, index: newFeatIndex(0), clus: m.clus, clusPath: m.clusPath, clusPre: m.clusPre,
		vec: m.vec, vecProj: m.vecProj, trigrams: m.trigrams}
	for r, k := range m.index.keys() { // in row order, so that the file is reproducible
		row := m.weights[r*nt : (r+1)*nt]
		keep := false
		for _, v := range row {
			if v > 0.01 || v < -0.01 {
				keep = true
				break
			}
		}
		if keep {
			out.index.add(k)
			out.weights = append(out.weights, row...)
		}
	}
	return out
}

// gazKey is the matching form of a gazetteer entry: normalised words
// without proclitics, as analyse computes base forms.
func gazKey(entry string) string {
	var parts []string
	for _, f := range strings.Fields(entry) {
		_, base, _ := arabic.Segment(f)
		parts = append(parts, arabic.Normalize(base))
	}
	return strings.Join(parts, " ")
}
