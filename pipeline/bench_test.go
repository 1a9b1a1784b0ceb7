package pipeline_test

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/marsad/marsad"
	"github.com/marsad/marsad/input"
	"github.com/marsad/marsad/pipeline"
)

// corpusSample reads up to n articles of the shared corpus, or skips.
func corpusSample(tb testing.TB, n int) []*marsad.Article {
	tb.Helper()
	files, _ := filepath.Glob("../../shared/data/corpus/ant-multisource/*middleEast*.trec.gz")
	more, _ := filepath.Glob("../../shared/data/corpus/ant-multisource/*internationalNews*.trec.gz")
	files = append(files, more...)
	if len(files) == 0 {
		tb.Skip("../shared/data/corpus not present")
	}
	var out []*marsad.Article
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	per := n/len(files) + 1
	for _, f := range files {
		k := 0
		for it := range input.Stream(ctx, []string{f}, nil, input.Options{}) {
			if it.Article != nil && k < per {
				out = append(out, it.Article)
				k++
			}
		}
	}
	return out
}

// BenchmarkPipeline measures the whole analysis, cleaning to events, on
// real articles; bytes/s is body text analysed per second on one core.
func BenchmarkPipeline(b *testing.B) {
	arts := corpusSample(b, 400)
	p, err := pipeline.Default()
	if err != nil {
		b.Fatal(err)
	}
	var bytes int64
	for _, a := range arts {
		bytes += int64(len(a.Body))
	}
	b.SetBytes(bytes / int64(len(arts)))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := p.Analyze(arts[i%len(arts)]); err != nil {
			b.Logf("%v", err)
		}
	}
}
