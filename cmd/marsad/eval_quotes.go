package main

import (
	"bufio"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/marsad/marsad"
	"github.com/marsad/marsad/input"
	"github.com/marsad/marsad/pipeline"
)

func init() {
	registerEval("quotes", "precision and recall of direct quotes and reported speech, and speaker accuracy, on hand-annotated corpus articles", runEvalQuotes)
}

// quoteGoldDoc is one line of the gold file: an article of the shared
// corpus named by its file and DOCNO, the SHA-256 of its cleaned text (to
// detect drift of the cleaner), and its quotations as offsets only (code
// points of the cleaned text), so that no corpus text is kept.
type quoteGoldDoc struct {
	File   string      `json:"file"`
	DocNo  string      `json:"docno"`
	SHA256 string      `json:"sha256"`
	Quotes []goldQuote `json:"quotes"`
}

// goldQuote is one hand-annotated quotation: its kind (direct or
// indirect), its span, and its speaker's span (speaker_end <= speaker_start,
// or both absent, when the quotation has no speaker).
type goldQuote struct {
	Kind         string `json:"kind"`
	Start        int    `json:"start"`
	End          int    `json:"end"`
	SpeakerStart int    `json:"speaker_start,omitempty"`
	SpeakerEnd   int    `json:"speaker_end,omitempty"`
}

// scoredQuote is a quotation reduced to what is scored: kind, span and
// speaker span (zero when there is none).
type scoredQuote struct {
	kind    string
	span    marsad.Span
	speaker marsad.Span
}

func (q scoredQuote) hasSpeaker() bool { return q.speaker.End > q.speaker.Start }

// quoteScore holds the counts of one kind of quotation.
type quoteScore struct {
	gold, sys, matched int
	speakerGold        int // matched quotes whose gold has a speaker
	speakerOK          int // ... whose system speaker overlaps it
}

// overlap returns the number of code points a and b share.
func overlap(a, b marsad.Span) int {
	lo, hi := max(a.Start, b.Start), min(a.End, b.End)
	return max(hi-lo, 0)
}

// quotesMatch is the matching rule: same kind, and the spans share at
// least half of the longer one.
func quotesMatch(g, s scoredQuote) bool {
	if g.kind != s.kind {
		return false
	}
	o := overlap(g.span, s.span)
	longest := max(g.span.End-g.span.Start, s.span.End-s.span.Start)
	return o > 0 && 2*o >= longest
}

// matchQuotes pairs gold and system quotations one to one by the rule of
// quotesMatch, the pairs with the largest overlap first. It returns, for
// each gold quotation, the index of its system quotation or -1.
func matchQuotes(gold, sys []scoredQuote) []int {
	type pair struct{ g, s, o int }
	var cands []pair
	for i, g := range gold {
		for j, s := range sys {
			if quotesMatch(g, s) {
				cands = append(cands, pair{i, j, overlap(g.span, s.span)})
			}
		}
	}
	sort.SliceStable(cands, func(a, b int) bool { return cands[a].o > cands[b].o })
	match := make([]int, len(gold))
	for i := range match {
		match[i] = -1
	}
	used := make([]bool, len(sys))
	for _, c := range cands {
		if match[c.g] < 0 && !used[c.s] {
			match[c.g], used[c.s] = c.s, true
		}
	}
	return match
}

// scoreQuotes adds the counts of one document to per (by kind) and
// returns the gold-to-system matching.
func scoreQuotes(gold, sys []scoredQuote, per map[string]*quoteScore) []int {
	get := func(k string) *quoteScore {
		if per[k] == nil {
			per[k] = &quoteScore{}
		}
		return per[k]
	}
	for _, s := range sys {
		get(s.kind).sys++
	}
	match := matchQuotes(gold, sys)
	for i, g := range gold {
		c := get(g.kind)
		c.gold++
		if match[i] < 0 {
			continue
		}
		c.matched++
		if g.hasSpeaker() {
			c.speakerGold++
			if s := sys[match[i]]; s.hasSpeaker() && overlap(g.speaker, s.speaker) > 0 {
				c.speakerOK++
			}
		}
	}
	return match
}

// readQuoteGold reads a gold file of JSON lines.
func readQuoteGold(path string) ([]quoteGoldDoc, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var docs []quoteGoldDoc
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	for line := 1; sc.Scan(); line++ {
		l := strings.TrimSpace(sc.Text())
		if l == "" || strings.HasPrefix(l, "#") {
			continue
		}
		var d quoteGoldDoc
		if err := json.Unmarshal([]byte(l), &d); err != nil {
			return nil, fmt.Errorf("%s:%d: %w", path, line, err)
		}
		if d.File == "" || d.DocNo == "" {
			return nil, fmt.Errorf("%s:%d: file and docno are required", path, line)
		}
		for _, q := range d.Quotes {
			if q.Kind != marsad.Direct && q.Kind != marsad.Indirect || q.Start < 0 || q.End <= q.Start {
				return nil, fmt.Errorf("%s:%d: bad quote %+v", path, line, q)
			}
		}
		docs = append(docs, d)
	}
	return docs, sc.Err()
}

// textHash is the hex SHA-256 of a cleaned text, as the gold file keeps it.
func textHash(text string) string {
	h := sha256.Sum256([]byte(text))
	return hex.EncodeToString(h[:])
}

// readCorpusDocs returns the articles of one corpus file whose DOCNO is
// in want, by DOCNO.
func readCorpusDocs(ctx context.Context, path string, want map[string]bool) (map[string]*marsad.Article, error) {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	found := map[string]*marsad.Article{}
	var firstErr error
	for it := range input.Stream(ctx, []string{path}, nil, input.Options{}) {
		if it.Err != nil && firstErr == nil {
			firstErr = it.Err
		}
		if it.Article == nil {
			continue
		}
		src := it.Article.Source
		no := src[strings.LastIndex(src, "#")+1:]
		if want[no] && found[no] == nil {
			found[no] = it.Article
			if len(found) == len(want) {
				cancel() // the rest of the file is not needed; drain
			}
		}
	}
	if len(found) == 0 && firstErr != nil {
		return nil, firstErr
	}
	return found, nil
}

func runEvalQuotes(ctx context.Context, e *env, args []string) error {
	fs := commands["eval"].flags(e)
	fs.Usage = func() {
		fmt.Fprintf(e.stderr, `Usage: marsad eval quotes --gold FILE [--corpus DIR] [-v]

Re-reads each article of the gold file (one JSON line per article: corpus
file, DOCNO, SHA-256 of the cleaned text, quotes as offsets) from the
corpus, analyses it, and prints precision, recall and F1 of direct quotes
and of reported speech, and speaker accuracy.

A system quote matches a gold quote of the same kind when their spans
overlap by at least half of the longer span (one to one, largest overlaps
first). Speaker accuracy: of the matched quotes whose gold has a speaker,
the share whose system speaker overlaps the gold speaker span. An article
whose cleaned text no longer has the gold hash is reported and skipped.
Offsets count Unicode code points of the cleaned text. When the corpus
directory is missing, nothing is measured and the exit status is 0.

Flags:
`)
		fs.PrintDefaults()
	}
	goldPath := fs.String("gold", "", "gold `FILE` (JSON lines)")
	corpus := fs.String("corpus", filepath.Join("..", "shared", "data", "corpus", "ant-multisource"), "`DIR` of the corpus files the gold names")
	verbose := fs.Bool("v", false, "list misses, extras and wrong speakers with their text")
	if err := parse(fs, args); err != nil {
		return err
	}
	if *goldPath == "" || fs.NArg() > 0 {
		fs.Usage()
		return errUsage
	}
	gold, err := readQuoteGold(*goldPath)
	if err != nil {
		return err
	}
	if st, err := os.Stat(*corpus); err != nil || !st.IsDir() {
		fmt.Fprintf(e.stderr, "marsad eval quotes: corpus directory %s not found; skipped (pass --corpus DIR)\n", *corpus)
		return nil
	}
	p, err := pipeline.Default()
	if err != nil {
		return err
	}
	// Read each corpus file once, in the order the gold first names it.
	var files []string
	want := map[string]map[string]bool{}
	for _, g := range gold {
		if want[g.File] == nil {
			want[g.File] = map[string]bool{}
			files = append(files, g.File)
		}
		want[g.File][g.DocNo] = true
	}
	arts := map[string]map[string]*marsad.Article{}
	for _, f := range files {
		path := filepath.Join(*corpus, f)
		if _, err := os.Stat(path); errors.Is(err, os.ErrNotExist) {
			fmt.Fprintf(e.stderr, "marsad eval quotes: %s not in %s; its articles are skipped\n", f, *corpus)
			continue
		}
		m, err := readCorpusDocs(ctx, path, want[f])
		if err != nil {
			fmt.Fprintf(e.stderr, "marsad eval quotes: %v; its articles are skipped\n", err)
			continue
		}
		arts[f] = m
		if err := ctx.Err(); err != nil {
			return err
		}
	}
	per := map[string]*quoteScore{}
	measured, skipped := 0, 0
	for _, g := range gold {
		a := arts[g.File][g.DocNo]
		if a == nil {
			if arts[g.File] != nil {
				fmt.Fprintf(e.stderr, "marsad eval quotes: %s %s: not found in the corpus; skipped\n", g.File, g.DocNo)
			}
			skipped++
			continue
		}
		d, err := p.Analyze(a)
		if d == nil {
			fmt.Fprintf(e.stderr, "marsad eval quotes: %s %s: %v; skipped\n", g.File, g.DocNo, err)
			skipped++
			continue
		}
		if h := textHash(d.Text); g.SHA256 != "" && h != g.SHA256 {
			fmt.Fprintf(e.stderr, "marsad eval quotes: %s %s: cleaned text changed (sha256 %.12s, gold %.12s); skipped, annotate it again\n", g.File, g.DocNo, h, g.SHA256)
			skipped++
			continue
		}
		n := len([]rune(d.Text))
		gq := make([]scoredQuote, 0, len(g.Quotes))
		bad := false
		for _, q := range g.Quotes {
			if q.End > n || q.SpeakerEnd > n {
				bad = true
			}
			gq = append(gq, scoredQuote{q.Kind, marsad.Span{Start: q.Start, End: q.End}, marsad.Span{Start: q.SpeakerStart, End: q.SpeakerEnd}})
		}
		if bad {
			fmt.Fprintf(e.stderr, "marsad eval quotes: %s %s: gold offsets beyond the text; skipped\n", g.File, g.DocNo)
			skipped++
			continue
		}
		sq := make([]scoredQuote, 0, len(d.Quotes))
		for _, q := range d.Quotes {
			s := scoredQuote{kind: q.Kind, span: q.Span}
			if q.Speaker != nil {
				s.speaker = q.Speaker.Span
			}
			sq = append(sq, s)
		}
		measured++
		match := scoreQuotes(gq, sq, per)
		if *verbose {
			printQuoteDiffs(e, g.DocNo, d, gq, sq, match)
		}
	}
	fmt.Fprintf(e.stdout, "%d articles measured, %d skipped\n", measured, skipped)
	all := &quoteScore{}
	for _, k := range []string{marsad.Direct, marsad.Indirect} {
		c := per[k]
		if c == nil {
			c = &quoteScore{}
		}
		all.speakerGold += c.speakerGold
		all.speakerOK += c.speakerOK
		pr, rc, f1 := prf(c.matched, c.sys, c.gold)
		name := map[string]string{marsad.Direct: "direct", marsad.Indirect: "reported"}[k]
		fmt.Fprintf(e.stdout, "%-9s gold %4d  system %4d  matched %4d  P %.3f  R %.3f  F1 %.3f  speaker %.3f (%d/%d)\n",
			name, c.gold, c.sys, c.matched, pr, rc, f1, ratio(c.speakerOK, c.speakerGold), c.speakerOK, c.speakerGold)
	}
	fmt.Fprintf(e.stdout, "speaker accuracy %.3f (%d/%d matched quotes with a gold speaker)\n", ratio(all.speakerOK, all.speakerGold), all.speakerOK, all.speakerGold)
	return nil
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// printQuoteDiffs lists the misses, extras and wrong speakers of one
// document.
func printQuoteDiffs(e *env, docno string, d *marsad.Document, gold, sys []scoredQuote, match []int) {
	slice := func(sp marsad.Span) string {
		if sp.End <= sp.Start {
			return "-"
		}
		return clip(d.Slice(sp), 100)
	}
	used := make([]bool, len(sys))
	for i, g := range gold {
		if match[i] < 0 {
			fmt.Fprintf(e.stdout, "MISS    %s %-8s %q speaker %q\n", docno, g.kind, slice(g.span), slice(g.speaker))
			continue
		}
		s := sys[match[i]]
		used[match[i]] = true
		if g.hasSpeaker() && !(s.hasSpeaker() && overlap(g.speaker, s.speaker) > 0) {
			fmt.Fprintf(e.stdout, "SPEAKER %s %-8s %q gold %q, got %q\n", docno, g.kind, slice(g.span), slice(g.speaker), slice(s.speaker))
		}
	}
	for j, s := range sys {
		if !used[j] {
			fmt.Fprintf(e.stdout, "EXTRA   %s %-8s %q speaker %q\n", docno, s.kind, slice(s.span), slice(s.speaker))
		}
	}
}
