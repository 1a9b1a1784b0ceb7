package ner

import (
	"math"
	"math/rand/v2"
	"testing"
)

// TestCRFGradient checks the transition and tag gradients of crfStep
// against the observed minus expected counts found by enumerating every
// tag path.
func TestCRFGradient(t *testing.T) {
	for _, tc := range []struct {
		name string
		n    int
		seed uint64
	}{
		{"one token", 1, 1},
		{"two tokens", 2, 2},
		{"three tokens", 3, 3},
	} {
		t.Run(tc.name, func(t *testing.T) {
			m := &Model{index: newFeatIndex(0)}
			m.setTags([]string{"O", "B-PER", "I-PER", "L-PER", "U-PER", "B-LOC", "I-LOC", "L-LOC", "U-LOC"})
			nt := len(m.tags)
			rng := rand.New(rand.NewPCG(tc.seed, 0))
			scores := make([]float32, tc.n*nt)
			for i := range scores {
				scores[i] = float32(rng.NormFloat64() * 3)
			}
			trans := make([]float32, (nt+1)*nt)
			for i := range trans {
				trans[i] = float32(rng.NormFloat64())
			}
			m.masked(trans)
			gold := make([]int, tc.n)
			gold[0] = 4 // U-PER, then O
			// One feature of its own at each token, to read the tag
			// gradients back.
			feats := make([][]uint64, tc.n)
			for i := range feats {
				feats[i] = []uint64{uint64(100 + i)}
				m.index.add(feats[i][0])
			}
			nw := m.index.len() * nt
			tn := &trainer{m: m, rate: 1, transW: make([]float64, len(trans)), accT: make([]float64, len(trans)),
				dT: make([]float64, len(trans)), gT: make([]float64, len(trans)), c: 1,
				wT: make([]float64, nw), acc: make([]float64, nw), gW: make([]float64, nw)}
			tn.crfStep(feats, make([]word, tc.n), gold, scores, trans)

			// Brute force.
			want := make([]float64, len(trans))
			wantTag := make([]float64, tc.n*nt)
			var z float64
			path := make([]int, tc.n)
			var rec func(i int)
			rec = func(i int) {
				if i == tc.n {
					s := float64(m.final[path[tc.n-1]])
					prev := nt
					for k, y := range path {
						s += float64(trans[prev*nt+y] + scores[k*nt+y])
						prev = y
					}
					if math.IsInf(s, -1) {
						return
					}
					p := math.Exp(s)
					z += p
					prev = nt
					for k, y := range path {
						want[prev*nt+y] -= p
						wantTag[k*nt+y] -= p
						prev = y
					}
					return
				}
				for y := 0; y < nt; y++ {
					path[i] = y
					rec(i + 1)
				}
			}
			rec(0)
			for k := range want {
				want[k] /= z
			}
			for k := range wantTag {
				wantTag[k] /= z
			}
			for i, y := range gold {
				wantTag[i*nt+y]++
			}
			for i := range feats {
				r := m.index.row(feats[i][0])
				for y := 0; y < nt; y++ {
					// The first AdaGrad step of a weight is the sign of
					// its gradient; its squared gradient is stored.
					got := math.Copysign(math.Sqrt(tn.gW[r*nt+y]), tn.wT[r*nt+y])
					if w := wantTag[i*nt+y]; math.Abs(w) >= crfThreshold && math.Abs(got-w) > 1e-6 {
						t.Fatalf("token %d tag %d: gradient %g, want %g", i, y, got, w)
					}
				}
			}
			prev := nt
			for _, y := range gold {
				want[prev*nt+y]++
				prev = y
			}
			for k := range want {
				if math.Abs(want[k]-tn.dT[k]) > 1e-6 {
					t.Fatalf("transition %d: gradient %g, want %g", k, tn.dT[k], want[k])
				}
			}
		})
	}
}
