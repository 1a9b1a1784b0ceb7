package ner

import (
	"math"
	"os"
	"slices"
	"strings"
	"testing"
)

func TestToBILOU(t *testing.T) {
	tests := []struct{ bio, want string }{
		{"B-PER I-PER O B-LOC", "B-PER L-PER O U-LOC"},
		{"B-ORG I-ORG I-ORG", "B-ORG I-ORG L-ORG"},
		{"I-PER O", "U-PER O"},         // I- after O begins a name
		{"B-PER I-LOC", "U-PER U-LOC"}, // so does I- of another type
		{"B-PER B-PER I-PER", "U-PER B-PER L-PER"},
		{"O O", "O O"},
	}
	for _, tt := range tests {
		t.Run(tt.bio, func(t *testing.T) {
			got := toBILOU(strings.Fields(tt.bio))
			if strings.Join(got, " ") != tt.want {
				t.Errorf("toBILOU = %v, want %s", got, tt.want)
			}
			back := make([]string, len(got))
			for i, g := range got {
				back[i] = bioTag(g)
			}
			// Back in BIO, the chunks are those of the input.
			if a, b := Chunks(strings.Fields(tt.bio)), Chunks(back); !slices.Equal(a, b) {
				t.Errorf("chunks %v back as %v", a, b)
			}
		})
	}
}

func TestBILOUMask(t *testing.T) {
	tags := []string{"O", "B-PER", "I-PER", "L-PER", "U-PER", "B-LOC", "I-LOC", "L-LOC", "U-LOC"}
	mask, final := bilouMask(tags)
	id := func(s string) int {
		if s == "<s>" {
			return len(tags)
		}
		return slices.Index(tags, s)
	}
	tests := []struct {
		prev, cur string
		legal     bool
	}{
		{"<s>", "B-PER", true},
		{"<s>", "I-PER", false},
		{"<s>", "L-PER", false},
		{"O", "U-LOC", true},
		{"O", "I-PER", false},
		{"B-PER", "I-PER", true},
		{"B-PER", "L-PER", true},
		{"B-PER", "O", false},
		{"B-PER", "L-LOC", false},
		{"I-PER", "U-PER", false},
		{"L-PER", "B-LOC", true},
		{"L-PER", "I-PER", false},
		{"U-PER", "L-PER", false},
		{"U-PER", "U-PER", true},
	}
	for _, tt := range tests {
		got := !math.IsInf(float64(mask[id(tt.prev)*len(tags)+id(tt.cur)]), -1)
		if got != tt.legal {
			t.Errorf("%s → %s legal = %v, want %v", tt.prev, tt.cur, got, tt.legal)
		}
	}
	for i, tag := range tags {
		open := strings.HasPrefix(tag, "B-") || strings.HasPrefix(tag, "I-")
		if math.IsInf(float64(final[i]), -1) != open {
			t.Errorf("a sentence ending in %s: final %v", tag, final[i])
		}
	}
}

// TestTagIsBIO checks that a model that learns BILOU tags reads and
// writes BIO: its tag set, and each tag sequence it returns.
func TestTagIsBIO(t *testing.T) {
	sents := tinySentences(t)
	m, err := Train(sents, nil, TrainOptions{Epochs: 4, Seed: 1})
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Contains(m.tags, "U-PER") || !slices.Contains(m.tags, "L-PER") {
		t.Errorf("internal tags %v, want BILOU", m.tags)
	}
	for _, tag := range m.Tags() {
		if strings.HasPrefix(tag, "L-") || strings.HasPrefix(tag, "U-") {
			t.Errorf("Tags() has %s", tag)
		}
	}
	for _, s := range sents {
		tags, _ := m.Tag(s.Tokens)
		for i, tag := range tags {
			if tag != "O" && !strings.HasPrefix(tag, "B-") && !strings.HasPrefix(tag, "I-") {
				t.Fatalf("%v: tag %s", s.Tokens, tag)
			}
			// Decoding under the mask never opens a name with I-.
			if strings.HasPrefix(tag, "I-") && (i == 0 || tags[i-1][2:] != tag[2:] || tags[i-1] == "O") {
				t.Fatalf("%v: %v opens a name with I-", s.Tokens, tags)
			}
		}
	}
}

func TestSkeletonFeatures(t *testing.T) {
	tests := []struct {
		stem, skeleton, share, length string
		foreign                       bool
	}{
		{"فيتنام", "CVCCVC", "1", "6", false},
		{"غرينتش", "CCVCCC", "0", "6", false},
		{"كتب", "CCC", "0", "3", false},
		{"موسكو", "CVCCV", "2", "5", false},
		{"پاريس", "CVCVC", "2", "5", true},
		{"ابابابابابابابابابا", "VCVCVCVCVCVCVCVC", "3", "9", false}, // 10 vowels of 19 letters, in 16,
	}
	for _, tt := range tests {
		t.Run(tt.stem, func(t *testing.T) {
			want := []uint64{feat("cv", tt.skeleton), feat("vd", tt.share, tt.length)}
			if tt.foreign {
				want = append(want, feat("fl"))
			}
			if got := skeletonFeatures(nil, tt.stem); !slices.Equal(got, want) {
				t.Errorf("got %x, want %x", got, want)
			}
		})
	}
	if got := skeletonFeatures(nil, ""); len(got) != 1 {
		t.Errorf("empty stem: %d features, want the empty skeleton alone", len(got))
	}
}

// TestFeaturesHaveSkeleton checks that a word's features include its
// skeleton, and that a token that is no Arabic word has none.
func TestFeaturesHaveSkeleton(t *testing.T) {
	m := &Model{}
	tests := []struct {
		tok, skeleton string
	}{
		{"وفيتنام", "CVCCVC"}, // the stem, without the conjunction
		{"الكونغرس", "CVCCCC"},
		{"2024", ""},
	}
	for _, tt := range tests {
		ws := []word{lexical(tt.tok)}
		fs := m.features(ws, 0, nil)
		has := tt.skeleton != "" && slices.Contains(fs, feat("cv", tt.skeleton))
		if has != (tt.skeleton != "") {
			t.Errorf("%s (stem %s): skeleton %q among the features = %v", tt.tok, ws[0].stem, tt.skeleton, has)
		}
		if tt.skeleton == "" && slices.ContainsFunc(fs, func(h uint64) bool { return h == feat("cv", "CCCC") || h == feat("cv", "") }) {
			t.Errorf("%s: a skeleton feature for a number", tt.tok)
		}
	}
}

// tinySentences reads the small training file of testdata.
func tinySentences(t *testing.T) []Sentence {
	t.Helper()
	f, err := os.Open("testdata/tiny.conll")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sents, err := ReadCoNLL(f, true)
	if err != nil {
		t.Fatal(err)
	}
	return sents
}
