package fulltext

import (
	"container/heap"
	"math"
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode"

	"github.com/marsad/marsad"
)

// Index is an in-memory inverted index of analysed terms with each
// article's facet values. It answers plain queries (terms and prefixes,
// not phrases) entirely in memory: matching, filters, BM25 ranking and
// facet counts over every match, in time proportional to the postings
// read. Scores follow SQLite FTS5's bm25() exactly, so a store can answer
// a query from the index or from FTS5 and give the same ranking.
//
// Articles are added in increasing key order (a store's row id). An Index
// is safe for concurrent use.
type Index struct {
	mu       sync.RWMutex
	dict     map[string]uint32 // term → term number
	terms    []string          // term number → term
	post     [][]uint32        // term number → article numbers, ascending
	freq     [][]uint16        // term number → occurrences, beside post
	first    [][]uint16        // term number → where it first stands in the text, beside post
	docs     []indexDoc        // article number → article
	tokens   int64             // tokens of every article, for the mean length
	sortMu   sync.Mutex        // guards sorted and unsorted between readers
	sorted   []uint32          // term numbers in term order, for prefixes
	unsorted int               // terms added since sorted was built
	outlets  values
	actors   values
	roots    values
	// The facet values of every article, one after another, so that
	// counting them over many matches reads memory in order.
	actorIDs []uint32
	rootIDs  []uint32
	dates    []string // article number → publication date, for filters

	hotMu sync.Mutex
	hot   map[uint32]*facetCounts // term number → its facet counts, for common terms
}

// hotTerm is how many articles a term must be in for the index to keep
// its facet counts between searches.
const hotTerm = 2000

// maxHot bounds the terms whose facet counts are kept.
const maxHot = 4096

// facetCounts are the facet counts over the articles of one common term.
// The index only grows, so the counts over the first upto articles of the
// term's postings stay exact, and each search adds those that came since:
// a search for a word in every article costs its ranking alone.
type facetCounts struct {
	mu                     sync.Mutex
	upto                   int
	outlets, actors, roots []uint32
	// The best hotRanked articles of the term alone, when the index held
	// rankedAt articles: scores depend on the whole index, so they are
	// good until it grows.
	ranked   []Match
	rankedAt int
}

// hotRanked is how many of the best articles of a common term are kept
// between searches.
const hotRanked = 100

type indexDoc struct {
	key    int64
	length uint32
	outlet uint32
	actors span // into actorIDs
	roots  span // into rootIDs
}

// span is a run of a flat slice: [at, at+n).
type span struct{ at, n uint32 }

// values numbers the distinct strings of one facet.
type values struct {
	num  map[string]uint32
	name []string
}

func (v *values) id(s string) uint32 {
	if n, ok := v.num[s]; ok {
		return n
	}
	if v.num == nil {
		v.num = map[string]uint32{}
	}
	n := uint32(len(v.name))
	v.num[s] = n
	v.name = append(v.name, s)
	return n
}

// Entry is one article as the index takes it.
type Entry struct {
	Key   int64    // the store's key of the article; increasing
	Terms []string // its index terms, as Terms returns them
	// TitleTerms is how many of Terms come from the title (TitleTerms);
	// the position of a term in the text counts from there.
	TitleTerms int
	Outlet     string
	Published  string
	Actors     []string // distinct actor codes of its entities
	Roots      []string // distinct CAMEO roots of its events
}

// NewIndex returns an empty index.
func NewIndex() *Index {
	return &Index{dict: map[string]uint32{}}
}

// Len returns the number of articles in the index.
func (ix *Index) Len() int {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	return len(ix.docs)
}

// MaxKey returns the key of the last article added, or 0.
func (ix *Index) MaxKey() int64 {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	if len(ix.docs) == 0 {
		return 0
	}
	return ix.docs[len(ix.docs)-1].key
}

// Add adds articles in increasing key order; an entry whose key is not
// above the last one is ignored, so that adding is idempotent.
func (ix *Index) Add(entries ...Entry) {
	ix.mu.Lock()
	defer ix.mu.Unlock()
	counts := map[string]uint16{}
	at := map[string]uint16{}
	for _, e := range entries {
		if len(ix.docs) > 0 && e.Key <= ix.docs[len(ix.docs)-1].key {
			continue
		}
		n := uint32(len(ix.docs))
		d := indexDoc{key: e.Key, outlet: ix.outlets.id(e.Outlet)}
		ix.dates = append(ix.dates, e.Published)
		d.actors = span{uint32(len(ix.actorIDs)), uint32(len(e.Actors))}
		for _, a := range e.Actors {
			ix.actorIDs = append(ix.actorIDs, ix.actors.id(a))
		}
		d.roots = span{uint32(len(ix.rootIDs)), uint32(len(e.Roots))}
		for _, r := range e.Roots {
			ix.rootIDs = append(ix.rootIDs, ix.roots.id(r))
		}
		clear(counts)
		clear(at)
		var order []string
		for i, t := range e.Terms {
			toks := ftsTokens(t)
			for _, tok := range toks {
				d.length++
				if counts[tok] == 0 {
					order = append(order, tok)
				}
				if counts[tok] < math.MaxUint16 {
					counts[tok]++
				}
			}
			// Only a term that is its own index token is found again by
			// looking at the text's words (see SnippetAt).
			if i >= e.TitleTerms && len(toks) == 1 && toks[0] == t {
				if _, seen := at[t]; !seen {
					at[t] = uint16(min(i-e.TitleTerms, noPosition-1))
				}
			}
		}
		for _, tok := range order {
			id, ok := ix.dict[tok]
			if !ok {
				// A term may be a slice of the whole article's text:
				// a copy keeps the text from staying in memory.
				tok = strings.Clone(tok)
				id = uint32(len(ix.terms))
				ix.dict[tok] = id
				ix.terms = append(ix.terms, tok)
				ix.post = append(ix.post, nil)
				ix.freq = append(ix.freq, nil)
				ix.first = append(ix.first, nil)
				ix.unsorted++
			}
			ix.post[id] = append(ix.post[id], n)
			ix.freq[id] = append(ix.freq[id], counts[tok])
			pos, ok := at[tok]
			if !ok {
				pos = noPosition
			}
			ix.first[id] = append(ix.first[id], pos)
		}
		ix.tokens += int64(d.length)
		ix.docs = append(ix.docs, d)
	}
}

// ftsTokens splits a term as SQLite's unicode61 tokenizer does the
// indexed text: runs of letters, digits and private-use characters, case
// folded. Marsad's terms are nearly always one token already; the result
// then shares the term's memory.
func ftsTokens(t string) []string {
	simple := true
	for _, r := range t {
		if !tokenRune(r) || unicode.ToLower(r) != r {
			simple = false
			break
		}
	}
	if simple {
		if t == "" {
			return nil
		}
		return []string{t}
	}
	return strings.FieldsFunc(strings.ToLower(t), func(r rune) bool { return !tokenRune(r) })
}

func tokenRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsNumber(r) || unicode.Is(unicode.Co, r)
}

// Answerable reports whether the index can answer q: every part is a term
// or a prefix that is one token of the index. Phrases need positions,
// which the index does not keep.
func Answerable(q Query) bool {
	for _, p := range q.Parts {
		if len(p.Terms) != 1 || len(ftsTokens(p.Terms[0])) != 1 {
			return false
		}
	}
	return len(q.Parts) > 0
}

// noPosition marks a term not found among the text's words.
const noPosition = math.MaxUint16

// Match is one ranked article.
type Match struct {
	Key   int64
	Score float64 // FTS5 bm25: lower is better
	// At is the position among the text's words (TitleTerms on) of the
	// first word of the query, -1 when no word of the text is one, and
	// Unknown when the index cannot tell (prefixes, or terms the index
	// splits): what SnippetAt needs.
	At  int
	doc uint32
}

// Unknown is Match.At when the index cannot place the query in the text.
const Unknown = -2

// Result is what Search found.
type Result struct {
	Total   int
	Matches []Match // the requested page, best first
	Facets  map[string][]marsad.Facet
}

// postings is one query part resolved: article numbers and occurrences.
type postings struct {
	docs  []uint32
	freq  []uint16
	first []uint16 // nil for a prefix's union
	at    int
	term  int // the term's number, or -1 for a prefix's union
}

// bm25 parameters, as FTS5 uses them.
const (
	bm25K1 = 1.2
	bm25B  = 0.75
)

// Search answers an Answerable query: the articles holding every part
// that pass the filter (dates, outlet, actor prefix, root), the page
// [offset, offset+limit) of them best first, their total and the ten
// commonest values of each facet (outlet, actor, root) among them.
func (ix *Index) Search(q Query, f marsad.Filter, offset, limit int) Result {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	res := Result{Facets: map[string][]marsad.Facet{"outlet": {}, "actor": {}, "root": {}}}
	parts := make([]*postings, 0, len(q.Parts))
	for _, p := range q.Parts {
		pl := ix.resolve(p)
		if len(pl.docs) == 0 {
			return res
		}
		parts = append(parts, pl)
	}
	if len(parts) == 0 {
		return res
	}
	n := float64(len(ix.docs))
	// bm25's length normalisation, k1·(1 - b + b·length/mean), as a + c·length.
	normA, normC := bm25K1*(1-bm25B), bm25K1*bm25B*n/float64(ix.tokens)
	idf := make([]float64, len(parts))
	for i, p := range parts {
		idf[i] = math.Log((n - float64(len(p.docs)) + 0.5) / (float64(len(p.docs)) + 0.5))
		if idf[i] <= 0 {
			idf[i] = 1e-6
		}
	}
	// Drive the intersection by the shortest list.
	lead := 0
	for i, p := range parts {
		if len(p.docs) < len(parts[lead].docs) {
			lead = i
		}
	}
	match := ix.filter(f)
	// A common word alone, unfiltered: its facets are kept between searches.
	counted := false
	var hot *facetCounts
	keep := max(offset, 0) + max(limit, 0)
	if match == nil && len(parts) == 1 && parts[0].term >= 0 && len(parts[0].docs) >= hotTerm {
		res.Total = len(parts[0].docs)
		hot = ix.hotFacets(uint32(parts[0].term), parts[0].docs, res.Facets)
		counted = true
		if keep <= hotRanked {
			if ms := hot.ranking(len(ix.docs)); ms != nil {
				ix.page(q, parts, ms[:min(keep, len(ms))], offset, &res)
				return res
			}
			keep = hotRanked
		}
	}
	var outlets, actors, roots []uint32
	if !counted {
		outlets = make([]uint32, len(ix.outlets.name))
		actors = make([]uint32, len(ix.actors.name))
		roots = make([]uint32, len(ix.roots.name))
	}
	top := &matchHeap{}
	freq := make([]uint16, len(parts))
next:
	for k, d := range parts[lead].docs {
		freq[lead] = parts[lead].freq[k]
		for i, p := range parts {
			if i == lead {
				continue
			}
			if !p.seek(d) {
				continue next
			}
			freq[i] = p.freq[p.at]
		}
		doc := &ix.docs[d]
		if match != nil && !match(d) {
			continue
		}
		if !counted {
			res.Total++
			ix.count(doc, outlets, actors, roots)
		}
		if keep == 0 {
			continue
		}
		score := 0.0
		norm := normA + normC*float64(doc.length)
		for i := range parts {
			tf := float64(freq[i])
			score += idf[i] * tf * (bm25K1 + 1) / (tf + norm)
		}
		m := Match{Key: doc.key, Score: -score, doc: d}
		if top.Len() < keep {
			heap.Push(top, m)
		} else if better(m, (*top)[0]) {
			(*top)[0] = m
			heap.Fix(top, 0)
		}
	}
	if !counted {
		ix.topFacets(outlets, actors, roots, res.Facets)
	}
	ms := make([]Match, top.Len())
	for i := len(ms) - 1; i >= 0; i-- {
		ms[i] = heap.Pop(top).(Match)
	}
	if hot != nil && keep == hotRanked {
		hot.keepRanking(ms, len(ix.docs))
		ms = ms[:min(max(offset, 0)+max(limit, 0), len(ms))]
	}
	ix.page(q, parts, ms, offset, &res)
	return res
}

// page places the matches from offset on (the best first) and makes
// them the result's page.
func (ix *Index) page(q Query, parts []*postings, ms []Match, offset int, res *Result) {
	if offset >= len(ms) {
		return
	}
	ms = slices.Clone(ms[max(offset, 0):])
	ix.place(q, parts, ms)
	res.Matches = ms
}

// ranking returns the kept best articles, or nil when the index has
// grown since they were ranked.
func (fc *facetCounts) ranking(docs int) []Match {
	fc.mu.Lock()
	defer fc.mu.Unlock()
	if fc.ranked == nil || fc.rankedAt != docs {
		return nil
	}
	return fc.ranked
}

// keepRanking keeps the best articles ranked over docs articles.
func (fc *facetCounts) keepRanking(ms []Match, docs int) {
	fc.mu.Lock()
	defer fc.mu.Unlock()
	fc.ranked, fc.rankedAt = slices.Clone(ms), docs
}

// place sets At of the matches: the first position in the text of any
// of the query's terms, when every part is a term that is its own index
// token (so that looking at the text's words finds it there too).
func (ix *Index) place(q Query, parts []*postings, ms []Match) {
	exact := true
	for i, p := range q.Parts {
		if p.Prefix || parts[i].first == nil || ftsTokens(p.Terms[0])[0] != p.Terms[0] {
			exact = false
		}
	}
	for k := range ms {
		if !exact {
			ms[k].At = Unknown
			continue
		}
		best := uint16(noPosition)
		for _, p := range parts {
			j := sort.Search(len(p.docs), func(x int) bool { return p.docs[x] >= ms[k].doc })
			if j < len(p.docs) && p.docs[j] == ms[k].doc {
				best = min(best, p.first[j])
			}
		}
		ms[k].At = -1
		if best != noPosition {
			ms[k].At = int(best)
		}
	}
}

// count adds the facet values of doc to the counts.
func (ix *Index) count(doc *indexDoc, outlets, actors, roots []uint32) {
	outlets[doc.outlet]++
	for _, a := range ix.actorIDs[doc.actors.at : doc.actors.at+doc.actors.n] {
		actors[a]++
	}
	for _, r := range ix.rootIDs[doc.roots.at : doc.roots.at+doc.roots.n] {
		roots[r]++
	}
}

// topFacets puts the ten commonest values of each facet into facets.
func (ix *Index) topFacets(outlets, actors, roots []uint32, facets map[string][]marsad.Facet) {
	facets["outlet"] = topValues(outlets, ix.outlets.name, true)
	facets["actor"] = topValues(actors, ix.actors.name, false)
	facets["root"] = topValues(roots, ix.roots.name, false)
}

// hotFacets fills facets for all the articles of a common term, from its
// kept counts brought up to date. The caller holds the read lock.
func (ix *Index) hotFacets(term uint32, docs []uint32, facets map[string][]marsad.Facet) *facetCounts {
	ix.hotMu.Lock()
	fc := ix.hot[term]
	if fc == nil {
		if ix.hot == nil || len(ix.hot) >= maxHot {
			ix.hot = map[uint32]*facetCounts{}
		}
		fc = &facetCounts{}
		ix.hot[term] = fc
	}
	ix.hotMu.Unlock()
	fc.mu.Lock()
	defer fc.mu.Unlock()
	grow := func(c []uint32, n int) []uint32 { return append(c, make([]uint32, n-len(c))...) }
	fc.outlets = grow(fc.outlets, len(ix.outlets.name))
	fc.actors = grow(fc.actors, len(ix.actors.name))
	fc.roots = grow(fc.roots, len(ix.roots.name))
	for _, d := range docs[fc.upto:] {
		ix.count(&ix.docs[d], fc.outlets, fc.actors, fc.roots)
	}
	fc.upto = len(docs)
	ix.topFacets(fc.outlets, fc.actors, fc.roots, facets)
	return fc
}

// resolve returns the postings of one part: a term's own, or for a prefix
// the union of every term that begins with it, occurrences summed.
func (ix *Index) resolve(p Part) *postings {
	t := ftsTokens(p.Terms[0])[0]
	if !p.Prefix {
		id, ok := ix.dict[t]
		if !ok {
			return &postings{term: -1}
		}
		return &postings{docs: ix.post[id], freq: ix.freq[id], first: ix.first[id], term: int(id)}
	}
	ids := ix.prefixed(t)
	if len(ids) == 1 {
		return &postings{docs: ix.post[ids[0]], freq: ix.freq[ids[0]], term: int(ids[0])}
	}
	sum := map[uint32]int{}
	for _, id := range ids {
		for k, d := range ix.post[id] {
			sum[d] += int(ix.freq[id][k])
		}
	}
	out := &postings{docs: make([]uint32, 0, len(sum)), freq: make([]uint16, 0, len(sum)), term: -1}
	for d := range sum {
		out.docs = append(out.docs, d)
	}
	slices.Sort(out.docs)
	for _, d := range out.docs {
		out.freq = append(out.freq, uint16(min(sum[d], math.MaxUint16)))
	}
	return out
}

// prefixed returns the numbers of the terms that begin with t. It reads
// the sorted term list, which is brought up to date under the read lock
// only when terms were added since (so at most once per batch of adds).
func (ix *Index) prefixed(t string) []uint32 {
	sorted := ix.sortedTerms()
	i := sort.Search(len(sorted), func(i int) bool { return ix.terms[sorted[i]] >= t })
	var out []uint32
	for ; i < len(sorted) && strings.HasPrefix(ix.terms[sorted[i]], t); i++ {
		out = append(out, sorted[i])
	}
	return out
}

func (ix *Index) sortedTerms() []uint32 {
	ix.sortMu.Lock()
	defer ix.sortMu.Unlock()
	if ix.unsorted > 0 || len(ix.sorted) != len(ix.terms) {
		s := make([]uint32, len(ix.terms))
		for i := range s {
			s[i] = uint32(i)
		}
		slices.SortFunc(s, func(a, b uint32) int { return strings.Compare(ix.terms[a], ix.terms[b]) })
		ix.sorted, ix.unsorted = s, 0
	}
	return ix.sorted
}

// seek advances p to the first article at or after d, galloping, and
// reports whether it is d.
func (p *postings) seek(d uint32) bool {
	if p.at < len(p.docs) && p.docs[p.at] >= d {
		return p.docs[p.at] == d
	}
	step := 1
	lo := p.at
	for lo+step < len(p.docs) && p.docs[lo+step] < d {
		lo += step
		step *= 2
	}
	hi := min(lo+step, len(p.docs))
	p.at = lo + sort.Search(hi-lo, func(i int) bool { return p.docs[lo+i] >= d })
	return p.at < len(p.docs) && p.docs[p.at] == d
}

// filter compiles f into a test of one article; nil when f passes all.
func (ix *Index) filter(f marsad.Filter) func(uint32) bool {
	if f.From == "" && f.To == "" && f.Outlet == "" && f.Actor == "" && f.Root == "" {
		return nil
	}
	outlet := uint32(math.MaxUint32)
	if f.Outlet != "" {
		n, ok := ix.outlets.num[f.Outlet]
		if !ok {
			return func(uint32) bool { return false }
		}
		outlet = n
	}
	var actors map[uint32]bool
	if f.Actor != "" {
		actors = map[uint32]bool{}
		for n, code := range ix.actors.name {
			if len(code) >= len(f.Actor) && strings.EqualFold(code[:len(f.Actor)], f.Actor) {
				actors[uint32(n)] = true
			}
		}
	}
	root, hasRoot := uint32(0), f.Root != ""
	if hasRoot {
		n, ok := ix.roots.num[f.Root]
		if !ok {
			return func(uint32) bool { return false }
		}
		root = n
	}
	return func(n uint32) bool {
		d := &ix.docs[n]
		switch {
		case f.From != "" && ix.dates[n] < f.From,
			f.To != "" && ix.dates[n] > f.To,
			f.Outlet != "" && d.outlet != outlet,
			hasRoot && !slices.Contains(ix.rootIDs[d.roots.at:d.roots.at+d.roots.n], root):
			return false
		}
		if actors != nil {
			for _, a := range ix.actorIDs[d.actors.at : d.actors.at+d.actors.n] {
				if actors[a] {
					return true
				}
			}
			return false
		}
		return true
	}
}

// topValues returns the ten values with the highest counts, ties in
// value order; skipEmpty leaves out the empty value. It keeps the ten in
// one pass rather than sorting every value.
func topValues(counts []uint32, names []string, skipEmpty bool) []marsad.Facet {
	const n = 10
	out := make([]marsad.Facet, 0, n+1)
	before := func(a, b marsad.Facet) bool {
		return a.Count > b.Count || a.Count == b.Count && a.Value < b.Value
	}
	for i, c := range counts {
		if c == 0 || skipEmpty && names[i] == "" {
			continue
		}
		f := marsad.Facet{Value: names[i], Count: int(c)}
		if len(out) == n && !before(f, out[n-1]) {
			continue
		}
		j := len(out)
		out = append(out, f)
		for ; j > 0 && before(f, out[j-1]); j-- {
			out[j] = out[j-1]
		}
		out[j] = f
		out = out[:min(len(out), n)]
	}
	return out
}

// better reports whether a ranks before b: lower score, then lower key.
func better(a, b Match) bool {
	if a.Score != b.Score {
		return a.Score < b.Score
	}
	return a.Key < b.Key
}

// matchHeap keeps the best matches seen, the worst of them on top.
type matchHeap []Match

func (h matchHeap) Len() int           { return len(h) }
func (h matchHeap) Less(i, j int) bool { return better(h[j], h[i]) }
func (h matchHeap) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *matchHeap) Push(x any)        { *h = append(*h, x.(Match)) }
func (h *matchHeap) Pop() any {
	old := *h
	m := old[len(old)-1]
	*h = old[:len(old)-1]
	return m
}
