package arabic_test

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/analysis/lang/ar"
	"github.com/blevesearch/bleve/v2/registry"

	"github.com/marsad/marsad"
	"github.com/marsad/marsad/arabic"
	"github.com/marsad/marsad/input"
)

// corpusText returns the bodies of some shared-corpus articles, or skips.
func corpusText(b *testing.B) []string {
	b.Helper()
	files, _ := filepath.Glob("../../shared/data/corpus/ant-multisource/*-middleEast.trec.gz")
	if len(files) == 0 {
		b.Skip("../shared/data/corpus not present")
	}
	var out []string
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	for it := range input.Stream(ctx, files[:2], nil, input.Options{}) {
		if it.Article != nil {
			out = append(out, string(it.Article.Body))
		}
		if len(out) == 500 {
			break
		}
	}
	return out
}

func totalBytes(texts []string) int64 {
	var n int64
	for _, t := range texts {
		n += int64(len(t))
	}
	return n
}

// BenchmarkMarsad runs normalise + tokenize + clitic segmentation over
// real articles, as the pipeline's text stage does.
func BenchmarkMarsad(b *testing.B) {
	texts := corpusText(b)
	b.SetBytes(totalBytes(texts) / int64(len(texts)))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		s := texts[i%len(texts)]
		for _, t := range arabic.Tokenize(s) {
			w := s[t.Start:t.End]
			arabic.Normalize(w)
			if t.Kind == marsad.TokenWord {
				_, base, _ := arabic.Segment(w)
				arabic.Stem(arabic.Normalize(base))
			}
		}
	}
}

// BenchmarkBleveArabic runs bleve's Arabic analyser (unicode tokenizer,
// lower case, NFKC, stop words, normalisation, light stemmer) on the same
// articles, for comparison in the same run.
func BenchmarkBleveArabic(b *testing.B) {
	texts := corpusText(b)
	an, err := registry.NewCache().AnalyzerNamed(ar.AnalyzerName)
	if err != nil {
		b.Fatal(err)
	}
	var _ analysis.Analyzer = an
	b.SetBytes(totalBytes(texts) / int64(len(texts)))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		an.Analyze([]byte(texts[i%len(texts)]))
	}
}

func BenchmarkNormalizeNormal(b *testing.B) {
	s := "قال الوزير في بيان اليوم ان المحادثات انتهت دون اتفاق"
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		arabic.Normalize(s)
	}
}

// BenchmarkTokenize runs the tokenizer alone over real articles, reusing
// one buffer as the search snippets do.
func BenchmarkTokenize(b *testing.B) {
	texts := corpusText(b)
	b.SetBytes(totalBytes(texts) / int64(len(texts)))
	b.ReportAllocs()
	var buf []arabic.Token
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		buf = arabic.AppendTokens(buf[:0], texts[i%len(texts)])
	}
}

// BenchmarkNormalizeWords normalises every token of real articles, as the
// stages do, most words with a letter to fold (ة، أ، ى).
func BenchmarkNormalizeWords(b *testing.B) {
	texts := corpusText(b)
	var words []string
	var n int64
	for _, s := range texts {
		for _, t := range arabic.Tokenize(s) {
			words = append(words, s[t.Start:t.End])
			n += int64(t.End - t.Start)
		}
	}
	b.SetBytes(n / int64(len(texts)))
	b.ReportAllocs()
	per := len(words) / len(texts)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		k := (i % len(texts)) * per
		for _, w := range words[k : k+per] {
			arabic.Normalize(w)
		}
	}
}
