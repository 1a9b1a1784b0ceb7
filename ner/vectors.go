package ner

import (
	"bufio"
	"fmt"
	"io"
	"iter"
	"math"
	"math/rand/v2"
	"slices"
	"strconv"
	"strings"
	"sync"
)

// Vectors are dense word vectors from unlabelled text: the PPMI context
// rows of the words (as for Clusters) reduced by a truncated SVD, each
// dimension scaled to unit variance over the words.
type Vectors struct {
	Dims  int
	Words []string  // word (stem form), by falling corpus frequency
	Vals  []float32 // len(Words) × Dims
}

// VectorOptions control BuildVectors. Zero values take the defaults.
type VectorOptions struct {
	Dims     int       // dimensions kept (default 50)
	MinCount int       // words seen fewer times get no vector (default 3)
	Contexts int       // as ClusterOptions.Contexts (default 2000)
	Power    int       // power iterations of the randomized SVD (default 4)
	Exponent float64   // singular values are raised to this power (default 0.5)
	Workers  int       // parallel workers (default 2)
	Log      io.Writer // progress; nil for none
}

// BuildVectors learns word vectors from texts, deterministically: the PPMI
// rows of BuildClusters, reduced to o.Dims dimensions by a randomized SVD
// (Gaussian start from a fixed seed, o.Power power iterations), word
// vectors U·Σ^Exponent, each dimension then centred and scaled to unit
// variance.
func BuildVectors(texts iter.Seq[string], o VectorOptions) (*Vectors, error) {
	if o.Dims <= 0 {
		o.Dims = 50
	}
	if o.MinCount <= 0 {
		o.MinCount = 3
	}
	if o.Contexts <= 0 {
		o.Contexts = 2000
	}
	if o.Power <= 0 {
		o.Power = 4
	}
	if o.Exponent == 0 {
		o.Exponent = 0.5
	}
	if o.Workers <= 0 {
		o.Workers = 2
	}
	pm := buildPPMI(texts, ClusterOptions{MinCount: o.MinCount, Contexts: o.Contexts, Workers: o.Workers, Log: o.Log})
	nv, nd := pm.nv, pm.dims
	l := min(o.Dims+10, nd, nv)
	k := min(o.Dims, l)
	// Y = A·Ω, then power iterations Y = A·(Aᵀ·Q).
	rng := rand.New(rand.NewPCG(1, 0x76656374))
	omega := make([]float64, nd*l)
	for i := range omega {
		omega[i] = rng.NormFloat64()
	}
	y := pm.mul(omega, l, o.Workers)
	orthonormalise(y, nv, l)
	for it := range o.Power {
		z := pm.mulT(y, l)
		orthonormalise(z, nd, l)
		y = pm.mul(z, l, o.Workers)
		orthonormalise(y, nv, l)
		if o.Log != nil {
			fmt.Fprintf(o.Log, "vectors: power iteration %d\n", it+1)
		}
	}
	// B = Qᵀ·A (l × nd); B·Bᵀ = V Λ Vᵀ; U = Q·V, σ = √λ.
	bt := pm.mulT(y, l) // nd × l
	c := make([]float64, l*l)
	for d := range nd {
		row := bt[d*l : (d+1)*l]
		for i, a := range row {
			if a == 0 {
				continue
			}
			for j := i; j < l; j++ {
				c[i*l+j] += a * row[j]
			}
		}
	}
	for i := range l {
		for j := range i {
			c[i*l+j] = c[j*l+i]
		}
	}
	lam, vecs := jacobiEigen(c, l)
	idx := make([]int, l)
	for i := range idx {
		idx[i] = i
	}
	slices.SortStableFunc(idx, func(a, b int) int {
		switch {
		case lam[a] > lam[b]:
			return -1
		case lam[a] < lam[b]:
			return 1
		}
		return 0
	})
	out := make([]float64, nv*k)
	for j := range k {
		col := idx[j]
		s := math.Pow(math.Sqrt(max(lam[col], 0)), o.Exponent)
		for r := range nv {
			var u float64
			yr := y[r*l : (r+1)*l]
			for i, v := range yr {
				u += v * vecs[i*l+col]
			}
			out[r*k+j] = u * s
		}
		if o.Log != nil && (j < 5 || j == k-1) {
			fmt.Fprintf(o.Log, "vectors: singular value %d: %.3f\n", j+1, math.Sqrt(max(lam[col], 0)))
		}
	}
	v := &Vectors{Dims: k}
	keep := make([]int, 0, nv)
	for r := range nv {
		if pm.names[pm.order[r]] != "" {
			keep = append(keep, r)
		}
	}
	// Centre and scale each dimension; fix its sign so that the larger
	// tail is positive (SVD signs are arbitrary).
	for j := range k {
		var mean, sq, cube float64
		for _, r := range keep {
			mean += out[r*k+j]
		}
		mean /= float64(len(keep))
		for _, r := range keep {
			d := out[r*k+j] - mean
			sq += d * d
			cube += d * d * d
		}
		sd := math.Sqrt(sq / float64(len(keep)))
		if sd == 0 {
			sd = 1
		}
		if cube < 0 {
			sd = -sd
		}
		for _, r := range keep {
			out[r*k+j] = (out[r*k+j] - mean) / sd
		}
	}
	v.Words = make([]string, 0, len(keep))
	v.Vals = make([]float32, 0, len(keep)*k)
	for _, r := range keep {
		v.Words = append(v.Words, pm.names[pm.order[r]])
		for j := range k {
			v.Vals = append(v.Vals, float32(out[r*k+j]))
		}
	}
	return v, nil
}

// mul returns A·X for X of nd × l (row-major), nv × l.
func (pm *ppmi) mul(x []float64, l, workers int) []float64 {
	y := make([]float64, pm.nv*l)
	var wg sync.WaitGroup
	chunk := (pm.nv + workers - 1) / workers
	for w := range workers {
		lo, hi := w*chunk, min((w+1)*chunk, pm.nv)
		wg.Add(1)
		go func() {
			defer wg.Done()
			for r := lo; r < hi; r++ {
				yr := y[r*l : (r+1)*l]
				for _, c := range pm.cells[pm.rowStart[r]:pm.rowStart[r+1]] {
					if c.n == 0 {
						continue
					}
					xr := x[int(c.dim)*l : int(c.dim+1)*l]
					v := float64(c.n)
					for i := range yr {
						yr[i] += v * xr[i]
					}
				}
			}
		}()
	}
	wg.Wait()
	return y
}

// mulT returns Aᵀ·Y for Y of nv × l, nd × l.
func (pm *ppmi) mulT(y []float64, l int) []float64 {
	z := make([]float64, pm.dims*l)
	for r := range pm.nv {
		yr := y[r*l : (r+1)*l]
		for _, c := range pm.cells[pm.rowStart[r]:pm.rowStart[r+1]] {
			if c.n == 0 {
				continue
			}
			zr := z[int(c.dim)*l : int(c.dim+1)*l]
			v := float64(c.n)
			for i := range zr {
				zr[i] += v * yr[i]
			}
		}
	}
	return z
}

// orthonormalise makes the l columns of the n × l matrix a orthonormal
// (modified Gram-Schmidt, twice).
func orthonormalise(a []float64, n, l int) {
	for range 2 {
		for j := range l {
			for p := range j {
				var dot float64
				for r := range n {
					dot += a[r*l+j] * a[r*l+p]
				}
				for r := range n {
					a[r*l+j] -= dot * a[r*l+p]
				}
			}
			var norm float64
			for r := range n {
				norm += a[r*l+j] * a[r*l+j]
			}
			if norm = math.Sqrt(norm); norm > 0 {
				for r := range n {
					a[r*l+j] /= norm
				}
			}
		}
	}
}

// jacobiEigen returns the eigenvalues and eigenvectors (columns of the
// row-major n × n result) of the symmetric matrix a, by cyclic Jacobi
// rotations.
func jacobiEigen(a []float64, n int) ([]float64, []float64) {
	a = slices.Clone(a)
	v := make([]float64, n*n)
	for i := range n {
		v[i*n+i] = 1
	}
	for sweep := 0; sweep < 100; sweep++ {
		var off float64
		for i := range n {
			for j := i + 1; j < n; j++ {
				off += a[i*n+j] * a[i*n+j]
			}
		}
		if off < 1e-22 {
			break
		}
		for p := range n {
			for q := p + 1; q < n; q++ {
				apq := a[p*n+q]
				if math.Abs(apq) < 1e-300 {
					continue
				}
				theta := (a[q*n+q] - a[p*n+p]) / (2 * apq)
				t := 1 / (math.Abs(theta) + math.Sqrt(theta*theta+1))
				if theta < 0 {
					t = -t
				}
				c := 1 / math.Sqrt(t*t+1)
				s := t * c
				for k := range n {
					akp, akq := a[k*n+p], a[k*n+q]
					a[k*n+p] = c*akp - s*akq
					a[k*n+q] = s*akp + c*akq
				}
				for k := range n {
					apk, aqk := a[p*n+k], a[q*n+k]
					a[p*n+k] = c*apk - s*aqk
					a[q*n+k] = s*apk + c*aqk
				}
				for k := range n {
					vkp, vkq := v[k*n+p], v[k*n+q]
					v[k*n+p] = c*vkp - s*vkq
					v[k*n+q] = s*vkp + c*vkq
				}
			}
		}
	}
	lam := make([]float64, n)
	for i := range n {
		lam[i] = a[i*n+i]
	}
	return lam, v
}

// vecQuant is the step of the stored values: a value v is kept as
// round(v/vecQuant) in an int8, clamped.
const vecQuant = 1.0 / 32

// Write writes the vectors as text: a header of # lines, then one word a
// line as word<TAB>q1 q2 ..., the values quantized to integers in steps
// of 1/32 within ±127.
func (v *Vectors) Write(w io.Writer, header string) error {
	bw := bufio.NewWriter(w)
	for _, l := range strings.Split(strings.TrimSpace(header), "\n") {
		fmt.Fprintf(bw, "# %s\n", l)
	}
	buf := make([]byte, 0, 8*v.Dims)
	for i, word := range v.Words {
		buf = append(buf[:0], word...)
		for j, x := range v.Vals[i*v.Dims : (i+1)*v.Dims] {
			if j == 0 {
				buf = append(buf, '\t')
			} else {
				buf = append(buf, ' ')
			}
			buf = strconv.AppendInt(buf, int64(quantize(x)), 10)
		}
		buf = append(buf, '\n')
		bw.Write(buf)
	}
	return bw.Flush()
}

func quantize(x float32) int8 {
	q := math.Round(float64(x) / vecQuant)
	return int8(max(-127, min(127, q)))
}

// ReadVectors reads vectors written by Write (values as stored, in steps
// of 1/32). Errors give the line number.
func ReadVectors(r io.Reader) (*Vectors, error) {
	v := &Vectors{}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64<<10), 1<<20)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimRight(sc.Text(), "\r")
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		word, rest, ok := strings.Cut(line, "\t")
		f := strings.Fields(rest)
		if !ok || word == "" || len(f) == 0 || (v.Dims > 0 && len(f) != v.Dims) {
			return nil, fmt.Errorf("line %d: want word<TAB>values, %d of them", n, v.Dims)
		}
		v.Dims = len(f)
		for _, s := range f {
			q, err := strconv.Atoi(s)
			if err != nil || q < -127 || q > 127 {
				return nil, fmt.Errorf("line %d: bad value %q", n, s)
			}
			v.Vals = append(v.Vals, float32(q)*vecQuant)
		}
		v.Words = append(v.Words, word)
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	return v, nil
}
