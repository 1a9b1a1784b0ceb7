package ner

import (
	"bytes"
	"compress/gzip"
	"encoding/binary"
	"errors"
	"io"
	"slices"
	"testing"

	"github.com/marsad/marsad/arabic"
)

// TestTriggersNormalised checks that every trigger word is in the normal
// form of the tokens it is matched with: a word with a hamza or a tā'
// marbūṭa (الرئيس، مدينة) would never fire.
func TestTriggersNormalised(t *testing.T) {
	for w := range triggers {
		if n := arabic.Normalize(w); n != w {
			t.Errorf("trigger %q is matched as %q", w, n)
		}
	}
}

func TestTrigramFeatures(t *testing.T) {
	tests := []struct {
		name, stem string
		want       []string
	}{
		{"foreign name", "فيتنام", []string{"^في", "فيت", "يتن", "تنا", "نام", "ام$"}},
		{"three letters", "كتب", []string{"^كت", "كتب", "تب$"}},
		{"two letters", "من", []string{"^من", "من$"}},
		{"one letter", "ب", []string{"^ب$"}},
		{"latin in an Arabic stem", "بيx", []string{"^بي", "بيx", "يx$"}},
		{"empty", "", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var want []uint64
			for _, tri := range tt.want {
				want = append(want, feat("t3", tri))
			}
			if got := trigramFeatures(nil, tt.stem); !slices.Equal(got, want) {
				t.Errorf("got %x, want %x (%q)", got, want, tt.want)
			}
		})
	}
}

// TestFeaturesHaveTrigrams checks that the stem's trigrams are among a
// word's features in a model trained with them alone, and never for a
// token that is no Arabic word.
func TestFeaturesHaveTrigrams(t *testing.T) {
	tests := []struct {
		name, tok string
		trigrams  bool
		want      []string // trigrams among the features; nil: none
	}{
		{"stem without the conjunction", "وكمبوديا", true, []string{"^كم", "كمب", "يا$"}},
		{"stem without the article", "الكونغرس", true, []string{"^كو", "غرس", "رس$"}},
		{"a model without them", "وكمبوديا", false, nil},
		{"a number", "2026", true, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := &Model{trigrams: tt.trigrams}
			ws := []word{lexical(tt.tok)}
			fs := m.features(ws, 0, nil)
			for _, tri := range tt.want {
				if !slices.Contains(fs, feat("t3", tri)) {
					t.Errorf("%s (stem %s): no trigram %s", tt.tok, ws[0].stem, tri)
				}
			}
			if tt.want == nil {
				for _, h := range trigramFeatures(nil, ws[0].stem) {
					if slices.Contains(fs, h) {
						t.Errorf("%s (stem %s): a trigram among the features", tt.tok, ws[0].stem)
					}
				}
			}
		})
	}
}

// rewriteHeader returns a saved model with another version and without
// (sets < 0) or with another word of feature sets after the provenance
// note.
func rewriteHeader(t *testing.T, file []byte, version uint32, sets int64) []byte {
	t.Helper()
	zr, err := gzip.NewReader(bytes.NewReader(file))
	if err != nil {
		t.Fatal(err)
	}
	raw, err := io.ReadAll(zr)
	if err != nil {
		t.Fatal(err)
	}
	k := len(modelMagic)
	binary.LittleEndian.PutUint32(raw[k:], version)
	k += 8 + int(binary.LittleEndian.Uint32(raw[k+4:])) // version, note length, note
	if sets < 0 {
		raw = append(raw[:k:k], raw[k+4:]...)
	} else {
		binary.LittleEndian.PutUint32(raw[k:], uint32(sets))
	}
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	zw.Write(raw)
	zw.Close()
	return buf.Bytes()
}

// TestModelFeatureSets checks that a model keeps its trigrams through
// Save and Load, that a file of version 4, which has no word of feature
// sets, loads without them and tags as before, and that a set this
// Marsad does not know is an error.
func TestModelFeatureSets(t *testing.T) {
	sents := tinySentences(t)
	tests := []struct {
		name     string
		trigrams bool
		version  uint32
		sets     int64 // -1: none in the file; -2: the file as saved
		wantErr  bool
	}{
		{"trigrams", true, ModelVersion, -2, false},
		{"without trigrams", false, ModelVersion, -2, false},
		{"version 4", false, 4, -1, false},
		{"unknown feature set", false, ModelVersion, 2, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m, err := Train(sents, nil, TrainOptions{Epochs: 4, Seed: 1, Trigrams: tt.trigrams})
			if err != nil {
				t.Fatal(err)
			}
			var buf bytes.Buffer
			if err := m.Save(&buf); err != nil {
				t.Fatal(err)
			}
			file := buf.Bytes()
			if tt.sets != -2 {
				file = rewriteHeader(t, file, tt.version, tt.sets)
			}
			m2, err := Load(bytes.NewReader(file))
			if tt.wantErr {
				if !errors.Is(err, ErrModel) {
					t.Fatalf("err = %v, want ErrModel", err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if m2.trigrams != tt.trigrams {
				t.Errorf("trigrams = %v after loading, want %v", m2.trigrams, tt.trigrams)
			}
			for _, s := range sents {
				a, _ := m.Tag(s.Tokens)
				b, _ := m2.Tag(s.Tokens)
				if !slices.Equal(a, b) {
					t.Errorf("%v: tags %v after loading, want %v", s.Tokens, b, a)
				}
			}
		})
	}
}
