package ner_test

import (
	"bytes"
	"math"
	"slices"
	"strings"
	"testing"

	"github.com/marsad/marsad/ner"
)

func buildVectors(t *testing.T) *ner.Vectors {
	t.Helper()
	v, err := ner.BuildVectors(slices.Values(clusterCorpus()), ner.VectorOptions{Dims: 4, MinCount: 2, Contexts: 20})
	if err != nil {
		t.Fatal(err)
	}
	return v
}

// vectorOf returns the vector of word w, nil if it has none.
func vectorOf(v *ner.Vectors, w string) []float32 {
	i := slices.Index(v.Words, w)
	if i < 0 {
		return nil
	}
	return v.Vals[i*v.Dims : (i+1)*v.Dims]
}

func cosine(a, b []float32) float64 {
	var ab, aa, bb float64
	for i := range a {
		ab += float64(a[i]) * float64(b[i])
		aa += float64(a[i]) * float64(a[i])
		bb += float64(b[i]) * float64(b[i])
	}
	return ab / math.Sqrt(aa*bb)
}

func TestBuildVectors(t *testing.T) {
	v := buildVectors(t)
	if v.Dims != 4 || len(v.Vals) != len(v.Words)*v.Dims {
		t.Fatalf("%d dimensions, %d values for %d words", v.Dims, len(v.Vals), len(v.Words))
	}
	tests := []struct {
		name    string
		a, b, c string // a is nearer b than c
	}{
		{"people", "لافروف", "ميركل", "وصل"},
		{"cities", "موسكو", "بغداد", "لافروف"},
		{"a person is no city", "جونسون", "اردوغان", "باريس"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, b, c := vectorOf(v, tt.a), vectorOf(v, tt.b), vectorOf(v, tt.c)
			if a == nil || b == nil || c == nil {
				t.Fatalf("no vector for %s, %s or %s", tt.a, tt.b, tt.c)
			}
			if ab, ac := cosine(a, b), cosine(a, c); ab <= ac {
				t.Errorf("cos(%s, %s) = %.3f, not above cos(%s, %s) = %.3f", tt.a, tt.b, ab, tt.a, tt.c, ac)
			}
		})
	}
	// Each dimension is centred and of unit variance.
	for j := range v.Dims {
		var s, sq float64
		for i := range v.Words {
			x := float64(v.Vals[i*v.Dims+j])
			s += x
			sq += x * x
		}
		n := float64(len(v.Words))
		if mean, sd := s/n, math.Sqrt(sq/n); math.Abs(mean) > 1e-4 || math.Abs(sd-1) > 1e-4 {
			t.Errorf("dimension %d: mean %.5f, sd %.5f, want 0 and 1", j, mean, sd)
		}
	}
	// Deterministic: a second run writes the same file.
	var x, y bytes.Buffer
	if err := v.Write(&x, "test"); err != nil {
		t.Fatal(err)
	}
	if err := buildVectors(t).Write(&y, "test"); err != nil {
		t.Fatal(err)
	}
	if x.String() != y.String() {
		t.Error("two runs on the same corpus gave different vectors")
	}
}

func TestVectorsWriteRead(t *testing.T) {
	v := &ner.Vectors{Dims: 3, Words: []string{"موسكو", "لافروف"}, Vals: []float32{0.5, -1.01, 9, -0.015, 0, -4.2}}
	want := []float32{0.5, -1, 127.0 / 32, 0, 0, -127.0 / 32} // steps of 1/32, within ±127 steps
	var buf bytes.Buffer
	if err := v.Write(&buf, "provenance\nsecond line"); err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(buf.String(), "# provenance\n# second line\nموسكو\t16 -32 127\n") {
		t.Errorf("written: %q", buf.String())
	}
	r, err := ner.ReadVectors(&buf)
	if err != nil {
		t.Fatal(err)
	}
	if r.Dims != 3 || !slices.Equal(r.Words, v.Words) || !slices.Equal(r.Vals, want) {
		t.Errorf("read %d dimensions, %v, %v; want 3, %v, %v", r.Dims, r.Words, r.Vals, v.Words, want)
	}
}

func TestReadVectorsErrors(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"no values", "# h\nكلمة\n", "line 2: want word<TAB>values"},
		{"empty word", "\t1 2\n", "line 1: want word<TAB>values"},
		{"dimensions differ", "كلمة\t1 2\nاخرى\t1 2 3\n", "line 2: want word<TAB>values, 2 of them"},
		{"not a number", "كلمة\t1 x\n", "line 1: bad value"},
		{"out of range", "كلمة\t1 128\n", "line 1: bad value"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ner.ReadVectors(strings.NewReader(tt.in))
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("err = %v, want %q", err, tt.want)
			}
		})
	}
}

// TestTrainWithVectors trains on people and cities seen in the same
// contexts and tags a person and a city never seen in training, told
// apart only by their vectors: their letters begin and end no word of
// the training sentences, and they have the same skeleton (CVCVC, see
// skeletonFeatures), which no word of the training sentences has.
func TestTrainWithVectors(t *testing.T) {
	people := []string{"زيد", "عمر", "جميل", "منذر", "حمدان", "نعيم", "خالد", "مروان"}
	cities := []string{"دمشق", "حمص", "تدمر", "قنا", "ينبع", "درعا", "عدن", "نجران"}
	contexts := [][2]string{{"زار", "امس"}, {"غادر", "اليوم"}, {"وصل", "مساء"}}
	var train []ner.Sentence
	for i := range people {
		for _, ctx := range []([2]string){contexts[i%3], contexts[(i+1)%3]} {
			train = append(train,
				ner.Sentence{Tokens: []string{ctx[0], people[i], ctx[1]}, Tags: []string{"O", "B-PER", "O"}},
				ner.Sentence{Tokens: []string{ctx[0], cities[i], ctx[1]}, Tags: []string{"O", "B-LOC", "O"}})
		}
	}
	// People point one way, cities the other, a little spread.
	vec := &ner.Vectors{Dims: 2}
	for i, w := range append([]string{"شوكاب"}, people...) {
		vec.Words = append(vec.Words, w)
		vec.Vals = append(vec.Vals, 3, -3+float32(i)/8)
	}
	for i, w := range append([]string{"طوباس"}, cities...) {
		vec.Words = append(vec.Words, w)
		vec.Vals = append(vec.Vals, -3+float32(i)/8, 3)
	}
	plain, err := ner.Train(train, nil, ner.TrainOptions{Epochs: 10, Seed: 1})
	if err != nil {
		t.Fatal(err)
	}
	withVec, err := ner.Train(train, nil, ner.TrainOptions{Epochs: 10, Seed: 1, Vectors: vec})
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := withVec.Save(&buf); err != nil {
		t.Fatal(err)
	}
	reloaded, err := ner.Load(&buf)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, sentence, want string
	}{
		{"an unseen person", "زار شوكاب امس", "O B-PER O"},
		{"an unseen city", "زار طوباس امس", "O B-LOC O"},
		{"an unseen person, other context", "غادر شوكاب اليوم", "O B-PER O"},
		{"an unseen city, other context", "غادر طوباس اليوم", "O B-LOC O"},
		{"an unseen person, third context", "وصل شوكاب مساء", "O B-PER O"},
		{"an unseen city, third context", "وصل طوباس مساء", "O B-LOC O"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			toks := strings.Fields(tt.sentence)
			for name, m := range map[string]*ner.Model{"trained": withVec, "reloaded": reloaded} {
				if got, _ := m.Tag(toks); strings.Join(got, " ") != tt.want {
					t.Errorf("%s model: %s: %v, want %s", name, tt.sentence, got, tt.want)
				}
			}
		})
	}
	// Without the vectors, nothing tells the two apart.
	a, _ := plain.Tag(strings.Fields("زار شوكاب امس"))
	b, _ := plain.Tag(strings.Fields("زار طوباس امس"))
	if !slices.Equal(a, b) {
		t.Errorf("without vectors the unseen person and city were told apart (%v, %v): the test does not isolate the vectors", a, b)
	}
}
