package ner_test

import (
	"bytes"
	"compress/gzip"
	"encoding/binary"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/marsad/marsad/ner"
)

// clusterCorpus is a small synthetic corpus in which person names and city
// names each share their contexts.
func clusterCorpus() []string {
	var texts []string
	people := []string{"لافروف", "جونسون", "ميركل", "اردوغان"}
	cities := []string{"موسكو", "باريس", "بغداد", "عمان"}
	for i := range 30 {
		p, c := people[i%len(people)], cities[(i*3)%len(cities)]
		texts = append(texts,
			fmt.Sprintf("قال الوزير %s إن الحكومة ستعمل", p),
			fmt.Sprintf("وصل الوفد إلى مدينة %s يوم الأحد", c),
			fmt.Sprintf("وأضاف %s أن الاجتماع في %s كان مفيدا", p, c))
	}
	return texts
}

func buildClusters(t *testing.T) *ner.Clusters {
	t.Helper()
	c, err := ner.BuildClusters(slices.Values(clusterCorpus()), ner.ClusterOptions{K: 16, MinCount: 2, Contexts: 20, Iters: 10})
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func TestBuildClusters(t *testing.T) {
	c := buildClusters(t)
	path := func(w string) string {
		if leaf, ok := c.Words[w]; ok {
			return c.Paths[leaf]
		}
		return "none"
	}
	tests := []struct {
		name string
		a, b string
		same bool
	}{
		{"two people", "لافروف", "ميركل", true},
		{"two cities", "موسكو", "بغداد", true},
		{"a name and a verb", "جونسون", "وصل", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if path(tt.a) == "none" || path(tt.b) == "none" {
				t.Fatalf("%s or %s not clustered", tt.a, tt.b)
			}
			if got := path(tt.a) == path(tt.b); got != tt.same {
				t.Errorf("%s (%s) and %s (%s): same class %v, want %v", tt.a, path(tt.a), tt.b, path(tt.b), got, tt.same)
			}
		})
	}
	// The paths are leaves of one binary tree: none is a prefix of another.
	for i, p := range c.Paths {
		for j, q := range c.Paths {
			if i != j && strings.HasPrefix(q, p) {
				t.Errorf("path %s is a prefix of path %s", p, q)
			}
		}
	}
	// Deterministic: a second run writes the same file.
	var x, y bytes.Buffer
	if err := c.Write(&x, "test"); err != nil {
		t.Fatal(err)
	}
	if err := buildClusters(t).Write(&y, "test"); err != nil {
		t.Fatal(err)
	}
	if x.String() != y.String() {
		t.Error("two runs on the same corpus gave different clusters")
	}
}

func TestClustersWriteRead(t *testing.T) {
	c := buildClusters(t)
	var buf bytes.Buffer
	if err := c.Write(&buf, "provenance\nsecond line"); err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(buf.String(), "# provenance\n# second line\n") {
		t.Errorf("header not written: %q", buf.String()[:40])
	}
	r, err := ner.ReadClusters(&buf)
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Words) != len(c.Words) {
		t.Fatalf("read %d words, wrote %d", len(r.Words), len(c.Words))
	}
	for w, leaf := range c.Words {
		if got := r.Paths[r.Words[w]]; got != c.Paths[leaf] || r.Counts[w] != c.Counts[w] {
			t.Errorf("%s: read path %s count %d, wrote %s %d", w, got, r.Counts[w], c.Paths[leaf], c.Counts[w])
		}
	}
}

func TestReadClustersErrors(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"two columns", "# h\n0101\tكلمة\n", "line 2: want path"},
		{"bad path", "01x\tكلمة\t3\n", "line 1: want path"},
		{"empty word", "01\t\t3\n", "line 1: want path"},
		{"bad count", "01\tكلمة\tثلاثة\n", "line 1: bad count"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ner.ReadClusters(strings.NewReader(tt.in))
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("err = %v, want %q", err, tt.want)
			}
		})
	}
}

func TestTrainWithClusters(t *testing.T) {
	sents := readTiny(t)
	c := buildClusters(t)
	m, err := ner.Train(sents, nil, ner.TrainOptions{Epochs: 8, Seed: 1, Clusters: c})
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := m.Save(&buf); err != nil {
		t.Fatal(err)
	}
	m2, err := ner.Load(bytes.NewReader(buf.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range sents {
		a, _ := m.Tag(s.Tokens)
		b, _ := m2.Tag(s.Tokens)
		if !slices.Equal(a, b) {
			t.Errorf("reloaded model with word classes tags differently: %v vs %v", a, b)
		}
	}
}

func TestLoadOtherVersion(t *testing.T) {
	for _, v := range []uint32{2, ner.ModelVersion + 1} {
		var buf bytes.Buffer
		zw := gzip.NewWriter(&buf)
		zw.Write([]byte("MARSAD-NER"))
		binary.Write(zw, binary.LittleEndian, v)
		zw.Close()
		_, err := ner.Load(&buf)
		if err == nil || !strings.Contains(err.Error(), fmt.Sprintf("version %d", v)) {
			t.Errorf("version %d: err = %v, want a version mismatch", v, err)
		}
	}
}

func TestAQMARTag(t *testing.T) {
	tests := []struct{ in, want string }{
		{"O", "O"},
		{"B-PER", "B-PER"},
		{"I-LOC", "I-LOC"},
		{"B-ORG", "B-ORG"},
		{"B-MIS0", "B-MISC"},
		{"I-MIS3", "I-MISC"},
		{"B-MIS-2", "B-MISC"},
		{"B-MIS1`", "B-MISC"},
		{"I--ORG", "I-ORG"},
		{"OO", "O"},
		{"IO", "O"},
		{"B-ENGLISH", "O"},
	}
	for _, tt := range tests {
		if got := ner.AQMARTag(tt.in); got != tt.want {
			t.Errorf("AQMARTag(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
