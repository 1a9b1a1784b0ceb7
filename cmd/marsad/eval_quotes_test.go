package main

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/marsad/marsad"
	"github.com/marsad/marsad/input"
	"github.com/marsad/marsad/pipeline"
)

func sq(kind string, start, end, spStart, spEnd int) scoredQuote {
	return scoredQuote{kind, marsad.Span{Start: start, End: end}, marsad.Span{Start: spStart, End: spEnd}}
}

func TestScoreQuotes(t *testing.T) {
	tests := []struct {
		name      string
		gold, sys []scoredQuote
		want      map[string]quoteScore
	}{
		{"exact match with the right speaker",
			[]scoredQuote{sq("direct", 10, 20, 0, 5)}, []scoredQuote{sq("direct", 10, 20, 2, 4)},
			map[string]quoteScore{"direct": {gold: 1, sys: 1, matched: 1, speakerGold: 1, speakerOK: 1}}},
		{"half of the longer span is enough",
			[]scoredQuote{sq("indirect", 10, 30, 0, 5)}, []scoredQuote{sq("indirect", 20, 30, 6, 8)},
			map[string]quoteScore{"indirect": {gold: 1, sys: 1, matched: 1, speakerGold: 1}}},
		{"less than half is a miss and an extra",
			[]scoredQuote{sq("indirect", 10, 31, 0, 5)}, []scoredQuote{sq("indirect", 21, 31, 0, 5)},
			map[string]quoteScore{"indirect": {gold: 1, sys: 1}}},
		{"kinds must agree",
			[]scoredQuote{sq("direct", 10, 20, 0, 0)}, []scoredQuote{sq("indirect", 10, 20, 0, 0)},
			map[string]quoteScore{"direct": {gold: 1}, "indirect": {sys: 1}}},
		{"one to one, largest overlap first",
			[]scoredQuote{sq("direct", 0, 10, 0, 0), sq("direct", 2, 12, 0, 0)}, []scoredQuote{sq("direct", 2, 12, 0, 0)},
			map[string]quoteScore{"direct": {gold: 2, sys: 1, matched: 1}}},
		{"no gold speaker: not counted for speakers",
			[]scoredQuote{sq("direct", 10, 20, 0, 0)}, []scoredQuote{sq("direct", 10, 20, 1, 3)},
			map[string]quoteScore{"direct": {gold: 1, sys: 1, matched: 1}}},
		{"missing system speaker is wrong",
			[]scoredQuote{sq("direct", 10, 20, 0, 5)}, []scoredQuote{sq("direct", 10, 20, 0, 0)},
			map[string]quoteScore{"direct": {gold: 1, sys: 1, matched: 1, speakerGold: 1}}},
		{"nothing found", []scoredQuote{sq("direct", 10, 20, 0, 5)}, nil,
			map[string]quoteScore{"direct": {gold: 1}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			per := map[string]*quoteScore{}
			scoreQuotes(tt.gold, tt.sys, per)
			if len(per) != len(tt.want) {
				t.Fatalf("kinds %v, want %v", per, tt.want)
			}
			for k, w := range tt.want {
				if per[k] == nil || *per[k] != w {
					t.Errorf("%s: got %+v, want %+v", k, per[k], w)
				}
			}
		})
	}
}

// runeIndex returns the code point offsets of the first sub in s after
// from (a code point offset).
func runeIndex(t *testing.T, s, sub string, from int) (int, int) {
	t.Helper()
	r := []rune(s)
	i := strings.Index(string(r[from:]), sub)
	if i < 0 {
		t.Fatalf("%q not in the cleaned text %q", sub, s)
	}
	start := from + len([]rune(string(r[from:])[:i]))
	return start, start + len([]rune(sub))
}

func TestEvalQuotesCommand(t *testing.T) {
	dir := t.TempDir()
	corpus := filepath.Join(dir, "corpus")
	os.Mkdir(corpus, 0o755)
	trec := `<DOC>
<DOCNO>TEST-1</DOCNO>
<TITLE>القطار السريع يربط المدن الثلاث</TITLE>
<TEXT>
قال وزير النقل إن القطار الجديد سيبدأ العمل في الصيف المقبل بعد اكتمال الاختبارات.
وأضاف الوزير: "سنربط المدن الثلاث بخط سريع واحد قبل نهاية العام."
</TEXT>
</DOC>
<DOC>
<DOCNO>TEST-2</DOCNO>
<TITLE>خبر آخر</TITLE>
<TEXT>
قالت البلدية إن الحديقة العامة ستفتح أبوابها للزوار يوم الجمعة المقبل.
</TEXT>
</DOC>
`
	file := filepath.Join(corpus, "Test-news.trec")
	if err := os.WriteFile(file, []byte(trec), 0o644); err != nil {
		t.Fatal(err)
	}
	// The cleaned text, as the command will see it.
	p, err := pipeline.Default()
	if err != nil {
		t.Fatal(err)
	}
	var text string
	for it := range input.Stream(context.Background(), []string{file}, nil, input.Options{}) {
		if it.Article != nil && strings.HasSuffix(it.Article.Source, "#TEST-1") {
			d, err := p.Analyze(it.Article)
			if err != nil {
				t.Fatal(err)
			}
			text = d.Text
		}
	}
	is, ie := runeIndex(t, text, "القطار الجديد سيبدأ العمل في الصيف المقبل بعد اكتمال الاختبارات", 0)
	ss, se := runeIndex(t, text, "وزير النقل", 0)
	ds, de := runeIndex(t, text, "سنربط المدن الثلاث بخط سريع واحد قبل نهاية العام.", 0)
	ws, we := runeIndex(t, text, "الوزير", ie)
	ms, me := runeIndex(t, text, "بعد اكتمال الاختبارات", 0) // a direct quote the system cannot find
	docs := []quoteGoldDoc{
		{File: "Test-news.trec", DocNo: "TEST-1", SHA256: textHash(text), Quotes: []goldQuote{
			{Kind: "indirect", Start: is, End: ie, SpeakerStart: ss, SpeakerEnd: se},
			{Kind: "direct", Start: ds, End: de, SpeakerStart: ws, SpeakerEnd: we},
			{Kind: "direct", Start: ms, End: me},
		}},
		{File: "Test-news.trec", DocNo: "TEST-2", SHA256: "0000", Quotes: []goldQuote{{Kind: "indirect", Start: 5, End: 20}}},
		{File: "Missing.trec", DocNo: "TEST-3", Quotes: []goldQuote{{Kind: "direct", Start: 0, End: 5}}},
	}
	var b strings.Builder
	for _, d := range docs {
		line, _ := json.Marshal(d)
		b.Write(line)
		b.WriteByte('\n')
	}
	gold := filepath.Join(dir, "gold.jsonl")
	os.WriteFile(gold, []byte(b.String()), 0o644)

	out, errs, code := runCmd(t, "", "eval", "quotes", "--gold", gold, "--corpus", corpus, "-v")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	for _, want := range []string{
		"1 articles measured, 2 skipped",
		"direct    gold    2  system    1  matched    1  P 1.000  R 0.500  F1 0.667",
		"reported  gold    1  system    1  matched    1  P 1.000  R 1.000  F1 1.000",
		"speaker accuracy 1.000 (2/2",
		"MISS    TEST-1 direct   \"بعد اكتمال الاختبارات\"",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	if !strings.Contains(errs, "TEST-2: cleaned text changed") || !strings.Contains(errs, "Missing.trec not in") {
		t.Errorf("stderr does not report the changed and the missing article: %q", errs)
	}

	// No corpus: a clear message and exit status 0.
	_, errs, code = runCmd(t, "", "eval", "quotes", "--gold", gold, "--corpus", filepath.Join(dir, "nowhere"))
	if code != 0 || !strings.Contains(errs, "not found; skipped") {
		t.Errorf("missing corpus: exit %d, stderr %q", code, errs)
	}
	// No --gold: a usage error.
	if _, _, code = runCmd(t, "", "eval", "quotes"); code != 2 {
		t.Errorf("without --gold: exit %d, want 2", code)
	}
	// The help states the matching rule.
	_, errs, code = runCmd(t, "", "eval", "quotes", "--help")
	if code != 0 || !strings.Contains(errs, "at least half of the longer span") {
		t.Errorf("help: exit %d, %q", code, errs)
	}
}

func TestQuotesGoldFile(t *testing.T) {
	docs, err := readQuoteGold("testdata/quotes-gold.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) != 20 {
		t.Errorf("%d articles, want 20", len(docs))
	}
	for _, d := range docs {
		if len(d.SHA256) != 64 || len(d.Quotes) == 0 {
			t.Errorf("%s: hash %q, %d quotes", d.DocNo, d.SHA256, len(d.Quotes))
		}
	}
}
