package pipeline_test

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/marsad/marsad"
	"github.com/marsad/marsad/pipeline"
)

type fakeCleaner struct{}

func (fakeCleaner) Clean(a *marsad.Article) (*marsad.Document, error) {
	if len(a.Body) == 0 {
		return nil, fmt.Errorf("%s: empty article", a.Source)
	}
	d := marsad.NewDocument(string(a.Body))
	d.Source = a.Source
	return d, nil
}

type fakeStage struct {
	name       string
	req, prov  []string
	fail, boom bool
}

func (s fakeStage) Name() string       { return s.name }
func (s fakeStage) Requires() []string { return s.req }
func (s fakeStage) Provides() []string { return s.prov }
func (s fakeStage) Process(d *marsad.Document) error {
	if s.boom {
		panic("boom")
	}
	if s.fail {
		return errors.New("failed on purpose")
	}
	d.Warn(s.name)
	return nil
}

func TestNewChecksRequirements(t *testing.T) {
	tests := []struct {
		name    string
		stages  []marsad.Stage
		wantErr string
	}{
		{"ok", []marsad.Stage{fakeStage{name: "a", req: []string{marsad.AnnText}, prov: []string{marsad.AnnTokens}}, fakeStage{name: "b", req: []string{marsad.AnnTokens}}}, ""},
		{"missing", []marsad.Stage{fakeStage{name: "b", req: []string{marsad.AnnTokens}}}, `stage "b" requires "tokens"`},
		{"wrong order", []marsad.Stage{fakeStage{name: "b", req: []string{marsad.AnnTokens}}, fakeStage{name: "a", prov: []string{marsad.AnnTokens}}}, `stage "b"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := pipeline.New(fakeCleaner{}, tt.stages...)
			if tt.wantErr == "" && err != nil || tt.wantErr != "" && (err == nil || !strings.Contains(err.Error(), tt.wantErr)) {
				t.Errorf("err = %v, want %q", err, tt.wantErr)
			}
		})
	}
}

func TestAnalyzeKeepsGoingAfterAFailedStage(t *testing.T) {
	p, err := pipeline.New(fakeCleaner{}, fakeStage{name: "bad", fail: true}, fakeStage{name: "panics", boom: true}, fakeStage{name: "good"})
	if err != nil {
		t.Fatal(err)
	}
	d, err := p.Analyze(&marsad.Article{Source: "x.txt", Body: []byte("نص")})
	if d == nil || err == nil {
		t.Fatalf("want a document and an error, got %v, %v", d, err)
	}
	if !strings.Contains(err.Error(), "x.txt") || !strings.Contains(err.Error(), "bad") || !strings.Contains(err.Error(), "panics") {
		t.Errorf("error %q does not name the source and the stages", err)
	}
	if w := d.Warnings; len(w) != 3 || w[2] != "good" {
		t.Errorf("warnings = %q", w)
	}
}

func TestRunKeepsOrder(t *testing.T) {
	p, err := pipeline.New(fakeCleaner{}, fakeStage{name: "s"})
	if err != nil {
		t.Fatal(err)
	}
	in := make(chan *marsad.Article)
	const n = 200
	go func() {
		defer close(in)
		for i := range n {
			body := fmt.Sprint(i)
			if i%7 == 0 {
				body = ""
			}
			in <- &marsad.Article{Source: fmt.Sprint(i), Body: []byte(body)}
		}
	}()
	i := 0
	for r := range p.Run(context.Background(), in, 4) {
		if r.Seq != i || r.Article.Source != fmt.Sprint(i) {
			t.Fatalf("result %d out of order: seq %d source %s", i, r.Seq, r.Article.Source)
		}
		if (i%7 == 0) != (r.Err != nil && r.Doc == nil) {
			t.Errorf("result %d: doc %v err %v", i, r.Doc != nil, r.Err)
		}
		i++
	}
	if i != n {
		t.Errorf("got %d results, want %d", i, n)
	}
}

func TestRunStopsOnCancel(t *testing.T) {
	p, _ := pipeline.New(fakeCleaner{})
	ctx, cancel := context.WithCancel(context.Background())
	in := make(chan *marsad.Article) // never closed
	out := p.Run(ctx, in, 2)
	in <- &marsad.Article{Source: "a", Body: []byte("x")}
	<-out
	cancel()
	for range out {
	}
}

func TestDefault(t *testing.T) {
	p, err := pipeline.Default()
	if err != nil {
		t.Fatal(err)
	}
	if len(p.Stages()) != len(pipeline.DefaultStages) {
		t.Errorf("got %d stages", len(p.Stages()))
	}
}

func TestAnalyzeSkipsNonArabic(t *testing.T) {
	p, _ := pipeline.New(fakeCleaner{})
	tests := []struct {
		name, body string
		skip       bool
	}{
		{"english", "The minister said on Tuesday that talks would resume.", true},
		{"arabic with latin names", "قال المتحدث باسم شركة Google إن الخدمة عادت للعمل في كل المناطق", false},
		{"digits only", "2024 - 15", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := p.Analyze(&marsad.Article{Source: "x", Body: []byte(tt.body)})
			if got := errors.Is(err, pipeline.ErrNotArabic); got != tt.skip {
				t.Errorf("skipped = %v (err %v), want %v", got, err, tt.skip)
			}
		})
	}
}

// FuzzAnalyze runs the default pipeline over arbitrary text: no stage may
// fail on it with an internal error (a panic the pipeline caught), whatever
// the text's shape: cut short after a title, a name or a number, lines of
// one word, stray marks.
func FuzzAnalyze(f *testing.F) {
	for _, s := range []string{
		"عنوان\n\nوقال الوزير سامي العلي إن المحادثات ستستأنف الأحد.",
		"عنوان\n\nوسقط المهاجم تحت ضغط من سامي العلي قائد نادي الزمالك",
		"عنوان\n\nوقصفت الطائرات مواقع في مدينة حلب شمال سوريا في 12",
		"عنوان\n\n\"قال",
		"عنوان\n\nوزير الخارجية الأمريكي",
		"عنوان\n\nفي\n\nمنذ\n\nالتي",
		"عنوان\n\nواتهمت الحكومة الأردنية إيران بالتدخل، مضيفة",
	} {
		f.Add(s)
	}
	p, err := pipeline.Default()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, text string) {
		_, err := p.Analyze(&marsad.Article{Source: "fuzz", Body: []byte(text), Published: "2018-05-01"})
		if err != nil && strings.Contains(err.Error(), "internal error") {
			t.Fatalf("%q: %v", text, err)
		}
	})
}
