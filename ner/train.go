package ner

import (
	"fmt"
	"io"
	"math/rand/v2"
	"strings"

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
	c      float64 // update counter
}

// Train fits a model on train, reporting F1 on dev after each epoch and
// keeping the best epoch's averaged weights (all epochs when dev is empty).
func Train(train, dev []Sentence, o TrainOptions) (*Model, error) {
	if o.Epochs <= 0 {
		o.Epochs = 15
	}
	if o.Patience <= 0 {
		o.Patience = 3
	}
	tagSet := map[string]bool{"O": true}
	for _, s := range train {
		for _, t := range s.Tags {
			tagSet[t] = true
		}
	}
	m := &Model{index: map[uint64]int32{}, gaz: map[uint64]uint8{}, Info: o.Info}
	m.tags = append(m.tags, "O")
	for _, typ := range []string{"PER", "LOC", "ORG", "MISC"} {
		for _, b := range []string{"B-", "I-"} {
			if tagSet[b+typ] {
				m.tags = append(m.tags, b+typ)
			}
		}
	}
	tagID := map[string]int{}
	for i, t := range m.tags {
		tagID[t] = i
	}
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
	nt := len(m.tags)
	// Precompute features and gold tag ids.
	type ex struct {
		feats [][]uint64
		gold  []int
	}
	prep := func(ss []Sentence) []ex {
		out := make([]ex, len(ss))
		for k, s := range ss {
			ws := make([]word, len(s.Tokens))
			for i, t := range s.Tokens {
				ws[i] = m.analyse(t)
			}
			e := ex{feats: make([][]uint64, len(ws)), gold: make([]int, len(ws))}
			for i := range ws {
				e.feats[i] = m.features(ws, i, nil)
				e.gold[i] = tagID[s.Tags[i]]
			}
			out[k] = e
		}
		return out
	}
	tr := prep(train)
	tn := &trainer{m: m, transW: make([]float64, (nt+1)*nt), accT: make([]float64, (nt+1)*nt)}
	for _, e := range tr {
		for _, fs := range e.feats {
			for _, f := range fs {
				if _, ok := m.index[f]; !ok {
					m.index[f] = int32(len(m.index))
				}
			}
		}
	}
	tn.wT = make([]float64, len(m.index)*nt)
	tn.acc = make([]float64, len(m.index)*nt)
	m.weights = make([]float32, len(m.index)*nt)
	m.trans = make([]float32, (nt+1)*nt)

	rng := rand.New(rand.NewPCG(o.Seed, 0x6d61727361640a))
	order := make([]int, len(tr))
	for i := range order {
		order[i] = i
	}
	var best *Model
	bestF, stale := -1.0, 0
	scores := []float32{}
	for epoch := 1; epoch <= o.Epochs; epoch++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for _, k := range order {
			e := tr[k]
			n := len(e.gold)
			scores = scores[:0]
			for i := 0; i < n; i++ {
				row := make([]float32, nt)
				for _, f := range e.feats[i] {
					r := m.index[f]
					for t := 0; t < nt; t++ {
						row[t] += float32(tn.wT[int(r)*nt+t])
					}
				}
				scores = append(scores, row...)
			}
			for i := range tn.transW {
				m.trans[i] = float32(tn.transW[i])
			}
			pred := viterbi(scores, m.trans, n, nt)
			tn.c++
			for i := 0; i < n; i++ {
				g, p := e.gold[i], pred[i]
				pg, pp := nt, nt
				if i > 0 {
					pg, pp = e.gold[i-1], pred[i-1]
				}
				if g != p {
					for _, f := range e.feats[i] {
						r := int(m.index[f])
						tn.upd(r*nt+g, 1)
						tn.upd(r*nt+p, -1)
					}
				}
				if g != p || pg != pp {
					tn.updT(pg*nt+g, 1)
					tn.updT(pp*nt+p, -1)
				}
			}
		}
		// Averaged weights for evaluation.
		avg := tn.averaged()
		if len(dev) == 0 {
			best = avg
			if o.Log != nil {
				fmt.Fprintf(o.Log, "epoch %d done\n", epoch)
			}
			continue
		}
		sc := NewScore()
		for _, s := range dev {
			pred, _ := avg.Tag(s.Tokens)
			sc.Add(s.Tags, pred)
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
	return best.pruned(), nil
}

func (tn *trainer) upd(i int, v float64) {
	tn.wT[i] += v
	tn.acc[i] += tn.c * v
}

func (tn *trainer) updT(i int, v float64) {
	tn.transW[i] += v
	tn.accT[i] += tn.c * v
}

// averaged returns a model with the averaged weights w - acc/c.
func (tn *trainer) averaged() *Model {
	m := *tn.m
	m.weights = make([]float32, len(tn.wT))
	for i, w := range tn.wT {
		m.weights[i] = float32(w - tn.acc[i]/tn.c)
	}
	m.trans = make([]float32, len(tn.transW))
	for i, w := range tn.transW {
		m.trans[i] = float32(w - tn.accT[i]/tn.c)
	}
	return &m
}

// pruned drops features whose weights are all negligible.
func (m *Model) pruned() *Model {
	nt := len(m.tags)
	out := &Model{tags: m.tags, trans: m.trans, gaz: m.gaz, Info: m.Info, index: map[uint64]int32{}}
	out.setClusters(m.clusPath, m.clus)
	keys := make([]uint64, len(m.index))
	for k, r := range m.index {
		keys[r] = k
	}
	for r, k := range keys { // in row order, so that the file is reproducible
		row := m.weights[r*nt : (r+1)*nt]
		keep := false
		for _, v := range row {
			if v > 0.01 || v < -0.01 {
				keep = true
				break
			}
		}
		if keep {
			out.index[k] = int32(len(out.weights) / nt)
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
