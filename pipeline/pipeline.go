package pipeline

import (
	"context"
	"errors"
	"fmt"
	"runtime"
	"sync"
	"unicode"

	"github.com/marsad/marsad"
	"github.com/marsad/marsad/actor"
	"github.com/marsad/marsad/arabic"
	"github.com/marsad/marsad/clean"
	"github.com/marsad/marsad/event"
	"github.com/marsad/marsad/ner"
	"github.com/marsad/marsad/quote"
	"github.com/marsad/marsad/timex"
)

// Pipeline is a cleaner followed by stages. It is safe for concurrent use
// when its stages are, which Marsad's stages are.
type Pipeline struct {
	cleaner marsad.Cleaner
	stages  []marsad.Stage
}

// New builds a pipeline and checks that every stage's requirements are
// provided by the cleaner (text) or an earlier stage.
func New(c marsad.Cleaner, stages ...marsad.Stage) (*Pipeline, error) {
	have := map[string]bool{marsad.AnnText: true}
	for _, s := range stages {
		for _, r := range s.Requires() {
			if !have[r] {
				return nil, fmt.Errorf("pipeline: stage %q requires %q, which no earlier stage provides", s.Name(), r)
			}
		}
		for _, p := range s.Provides() {
			have[p] = true
		}
	}
	return &Pipeline{cleaner: c, stages: stages}, nil
}

// Constructor builds one stage.
type Constructor func() (marsad.Stage, error)

// DefaultStages lists Marsad's stages in order, by name.
var DefaultStages = []struct {
	Name string
	New  Constructor
}{
	{"arabic", arabic.NewStage},
	{"ner", ner.New},
	{"timex", timex.New},
	{"quote", quote.New},
	{"actor", actor.New},
	{"event", event.New},
}

// Default returns the full pipeline: cleaning, text core, entities, times,
// quotes, actor linking and events.
func Default() (*Pipeline, error) {
	c, err := clean.New()
	if err != nil {
		return nil, fmt.Errorf("pipeline: cleaner: %w", err)
	}
	var stages []marsad.Stage
	for _, s := range DefaultStages {
		st, err := s.New()
		if err != nil {
			return nil, fmt.Errorf("pipeline: stage %s: %w", s.Name, err)
		}
		stages = append(stages, st)
	}
	return New(c, stages...)
}

// Stages returns the pipeline's stages in order.
func (p *Pipeline) Stages() []marsad.Stage { return p.stages }

// ErrNotArabic marks an article skipped because its text is not mostly
// Arabic; callers report it as a skip, not a failure.
var ErrNotArabic = errors.New("not mostly Arabic")

// MinArabicShare is the share of Arabic letters among all letters below
// which an article is skipped.
const MinArabicShare = 0.5

// Analyze cleans and annotates one article. A stage that fails leaves a
// warning on the document and the other stages still run; the error then
// names every failed stage. A document is returned whenever cleaning worked.
func (p *Pipeline) Analyze(a *marsad.Article) (*marsad.Document, error) {
	d, err := p.cleaner.Clean(a)
	if err != nil {
		return nil, err
	}
	if share, letters := arabicShare(d.Title + "\n" + d.Text); letters > 0 && share < MinArabicShare {
		return nil, fmt.Errorf("%s: skipped: %w (%.0f%% of its letters are Arabic)", a.Source, ErrNotArabic, 100*share)
	}
	return d, p.Annotate(d)
}

// Annotate runs the stages over a document that is already clean.
func (p *Pipeline) Annotate(d *marsad.Document) error {
	var errs []error
	for _, s := range p.stages {
		if err := safeProcess(s, d); err != nil {
			d.Warn(fmt.Sprintf("stage %s failed: %v", s.Name(), err))
			errs = append(errs, fmt.Errorf("%s: stage %s: %w", d.Source, s.Name(), err))
		}
	}
	return errors.Join(errs...)
}

// safeProcess turns a panic in a stage into an error, so that one bad
// document never takes a batch down.
func safeProcess(s marsad.Stage, d *marsad.Document) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("internal error: %v", r)
		}
	}()
	return s.Process(d)
}

// Result is the outcome of one article of a Run.
type Result struct {
	Seq     int              // position in the input stream
	Article *marsad.Article  // the input
	Doc     *marsad.Document // nil when the article could not be cleaned
	Err     error            // what went wrong, naming the source
}

// Run analyses the articles from in with workers goroutines (the number of
// CPUs when workers <= 0) and sends the results, in input order, on the
// returned channel, which is closed when in is drained or ctx is done. At
// most a few results per worker are held in memory at once.
func (p *Pipeline) Run(ctx context.Context, in <-chan *marsad.Article, workers int) <-chan Result {
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	type job struct {
		seq int
		a   *marsad.Article
		out chan Result
	}
	jobs := make(chan job, workers)
	order := make(chan chan Result, 2*workers)
	out := make(chan Result, workers)
	go func() {
		defer close(jobs)
		defer close(order)
		seq := 0
		for {
			select {
			case <-ctx.Done():
				return
			case a, ok := <-in:
				if !ok {
					return
				}
				c := make(chan Result, 1)
				select {
				case order <- c:
				case <-ctx.Done():
					return
				}
				jobs <- job{seq, a, c}
				seq++
			}
		}
	}()
	var wg sync.WaitGroup
	for range workers {
		wg.Go(func() {
			for j := range jobs {
				d, err := p.Analyze(j.a)
				j.out <- Result{Seq: j.seq, Article: j.a, Doc: d, Err: err}
			}
		})
	}
	go func() {
		defer close(out)
		for c := range order {
			select {
			case r := <-c:
				select {
				case out <- r:
				case <-ctx.Done():
				}
			case <-ctx.Done():
			}
		}
		wg.Wait()
	}()
	return out
}

// arabicShare returns the share of Arabic letters among the letters of s.
func arabicShare(s string) (share float64, letters int) {
	ar := 0
	for _, r := range s {
		if !unicode.IsLetter(r) {
			continue
		}
		letters++
		if unicode.Is(unicode.Arabic, r) {
			ar++
		}
	}
	if letters == 0 {
		return 0, 0
	}
	return float64(ar) / float64(letters), letters
}
