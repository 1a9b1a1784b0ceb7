// Package fulltext is the text analysis that every store's search shares,
// so that SQLite and PostgreSQL find exactly the same articles: the terms
// an article is indexed under, the parsing of a user's query into terms,
// phrases and prefixes, highlighted snippets cut from the original text,
// and the SimHash that links reprints of one story.
package fulltext

import (
	"math/bits"
	"strings"
	"sync"

	"github.com/marsad/marsad"
	"github.com/marsad/marsad/arabic"
)

// MaxQueryLength bounds a search query, in bytes.
const MaxQueryLength = 2000

// Terms returns the index terms of a document: normalised, clitic-split,
// light-stemmed words of its title and text, in order.
func Terms(d *marsad.Document) []string { return arabic.Terms(d.Title + "\n" + d.Text) }

// TitleTerms returns how many of d's Terms come from its title.
func TitleTerms(d *marsad.Document) int { return len(arabic.Terms(d.Title)) }

// Part is one element of a query: a term, a phrase of terms, or a prefix.
type Part struct {
	Terms  []string // one term, or several for a phrase
	Prefix bool     // the last term is a prefix
}

// Query is a parsed search query.
type Query struct {
	Parts []Part
	Terms map[string]bool // every term, for highlighting
}

// quoteMarks turns the quotation marks a phrase may come in into ".
var quoteMarks = strings.NewReplacer("«", `"`, "»", `"`, "“", `"`, "”", `"`)

// Parse reads a user query: words (analysed as the index is), "quoted
// phrases" and prefix* words. Nothing of the query's own syntax survives
// but through Parts, so no store sees user syntax. EINVALID when no word
// is searchable.
func Parse(q string) (Query, error) {
	if len(q) > MaxQueryLength {
		return Query{}, marsad.Errorf(marsad.EINVALID, "query longer than %d bytes", MaxQueryLength)
	}
	out := Query{Terms: map[string]bool{}}
	q = quoteMarks.Replace(q)
	for i, chunk := range strings.Split(q, `"`) {
		if i%2 == 1 { // inside a phrase
			if ts := arabic.Terms(chunk); len(ts) > 0 {
				for _, t := range ts {
					out.Terms[t] = true
				}
				out.Parts = append(out.Parts, Part{Terms: ts})
			}
			continue
		}
		for _, w := range strings.Fields(chunk) {
			prefix := strings.HasSuffix(w, "*")
			ts := arabic.Terms(strings.TrimSuffix(w, "*"))
			for k, t := range ts {
				out.Terms[t] = true
				out.Parts = append(out.Parts, Part{Terms: []string{t}, Prefix: prefix && k == len(ts)-1})
			}
		}
	}
	if len(out.Parts) == 0 {
		return Query{}, marsad.Errorf(marsad.EINVALID, "the query %q has no searchable word", q)
	}
	return out, nil
}

// Snippet cuts a window of the original text around the first word whose
// search term is in terms, wrapping matching words in <mark>; the rest is
// HTML-escaped. Only as much of the text is tokenized as the window needs.
func Snippet(text string, terms map[string]bool, window int) string {
	for limit := firstCut; ; limit *= 4 {
		part, whole := cut(text, limit)
		if s, ok := snippet(part, whole, terms, window); ok {
			return s
		}
	}
}

// SnippetOf is Snippet when only a prefix of the text is at hand (whole
// when it is all of it): ok is false when the window may lie beyond the
// prefix, and the caller then gives Snippet the whole text.
func SnippetOf(prefix string, whole bool, terms map[string]bool, window int) (string, bool) {
	if whole {
		return Snippet(prefix, terms, window), true
	}
	part, all := cut(prefix, firstCut)
	if all {
		return "", false
	}
	return snippet(part, false, terms, window)
}

// firstCut is how many bytes of the text a snippet first looks at.
const firstCut = 512

// tokenBufs holds token buffers for snippets, which are cut for every
// hit of every search.
var tokenBufs = sync.Pool{New: func() any { return new([]arabic.Token) }}

// cut returns text up to the last white space before limit bytes, and
// whether that is the whole text.
func cut(text string, limit int) (string, bool) {
	if len(text) <= limit {
		return text, true
	}
	i := strings.LastIndexAny(text[:limit], " \n\t")
	if i <= 0 {
		return text, true
	}
	return text[:i], false
}

// snippet cuts the window from part, a prefix of the text (whole when it
// is all of it); ok is false when the window may lie beyond part.
func snippet(part string, whole bool, terms map[string]bool, window int) (string, bool) {
	buf := tokenBufs.Get().(*[]arabic.Token)
	defer tokenBufs.Put(buf)
	toks := arabic.AppendTokens((*buf)[:0], part)
	*buf = toks
	if len(toks) == 0 {
		return "", whole
	}
	var hitBuf [1024]bool
	hit := flags(hitBuf[:], len(toks))
	first := -1
	// Analyse the words only as far as the window after the first match;
	// a match only in the title shows the text's beginning.
	for i, t := range toks {
		if first >= 0 && i >= first+window {
			break
		}
		if term, ok := wordTerms.term(part[t.Start:t.End], t.Kind); ok && terms[term] {
			hit[i] = true
		}
		if hit[i] && first < 0 {
			first = i
		}
	}
	if !whole && (first < 0 || first+window > len(toks)) {
		return "", false
	}
	return render(part, toks, first, hit, whole, window), true
}

// bytesPerWord bounds the mean length of a word and the space after it,
// in bytes, for a first guess at how much text holds some words.
const bytesPerWord = 16

// SnippetAt is SnippetOf for a text in which the search index placed the
// query (Match.At): at is the position among the text's words of the first
// one that is a query term, or -1. It gives what Snippet gives, but
// tokenizes the text only up to the window and analyses only the window's
// words. ok is false when the window may lie beyond the prefix.
func SnippetAt(prefix string, whole bool, at int, terms map[string]bool, window int) (string, bool) {
	if !whole {
		// The prefix may end inside a word.
		if i := strings.LastIndexAny(prefix, " \n\t"); i > 0 {
			prefix = prefix[:i]
		}
	}
	buf := tokenBufs.Get().(*[]arabic.Token)
	defer tokenBufs.Put(buf)
	// Tokenize only as far as the window needs: words take well under
	// bytesPerWord on average, and the cut doubles when they do not.
	limit := (max(at, 0) + window + 2) * bytesPerWord
	var toks []arabic.Token
	first := -1
	for {
		part, all := cut(prefix, limit)
		toks = arabic.AppendTokens((*buf)[:0], part)
		*buf = toks
		first = -1
		if at >= 0 {
			n := 0
			for i, t := range toks {
				if isWord(t.Kind) {
					if n == at {
						first = i
						break
					}
					n++
				}
			}
		}
		if all {
			break
		}
		// Tokens beyond the window: the rest of the prefix cannot change it.
		if (at < 0 && len(toks) > window) || (first >= 0 && first+window < len(toks)) {
			prefix, whole = part, false
			break
		}
		limit *= 2
	}
	if len(toks) == 0 {
		return "", whole
	}
	if at >= 0 && first < 0 && !whole {
		return "", false
	}
	if !whole && (first >= 0 && first+window > len(toks) || first < 0 && len(toks) < window) {
		return "", false
	}
	var hitBuf [1024]bool
	hit := flags(hitBuf[:], len(toks))
	if first >= 0 {
		for i := first; i < min(len(toks), first+window); i++ {
			t := toks[i]
			if term, ok := wordTerms.term(prefix[t.Start:t.End], t.Kind); ok && terms[term] {
				hit[i] = true
			}
		}
	}
	return render(prefix, toks, first, hit, whole, window), true
}

// isWord reports the token kinds that arabic.Term gives a term: the
// words Match.At counts.
func isWord(kind string) bool {
	return kind == marsad.TokenWord || kind == marsad.TokenNumber || kind == marsad.TokenLatin
}

// WordMarks returns the byte offsets in text of its words number every,
// 2·every, 3·every ... (counted from 0 as Match.At counts them), so that
// a snippet deep in a long text can be cut from a part that begins at a
// mark: when at lies window words or more after the mark, SnippetAt on
// text[mark:] with at less the mark's number gives the same snippet as on
// the whole text.
func WordMarks(text string, every int) []uint32 {
	buf := tokenBufs.Get().(*[]arabic.Token)
	defer tokenBufs.Put(buf)
	toks := arabic.AppendTokens((*buf)[:0], text)
	*buf = toks
	var marks []uint32
	n := 0
	for _, t := range toks {
		if !isWord(t.Kind) {
			continue
		}
		if n > 0 && n%every == 0 {
			marks = append(marks, uint32(t.Start))
		}
		n++
	}
	return marks
}

// flags returns n false flags, in buf when it is long enough.
func flags(buf []bool, n int) []bool {
	if n > len(buf) {
		return make([]bool, n)
	}
	clear(buf[:n])
	return buf[:n]
}

// render writes the window of tokens around first (the beginning when
// first < 0), hits marked.
func render(part string, toks []arabic.Token, first int, hit []bool, whole bool, window int) string {
	if first < 0 {
		first = 0
	}
	lo, hi := max(0, first-window/2), min(len(toks), first+window)
	var b strings.Builder
	b.Grow(toks[hi-1].End - toks[lo].Start + 64)
	if lo > 0 {
		b.WriteString("… ")
	}
	prev := toks[lo].Start
	for i := lo; i < hi; i++ {
		t := toks[i]
		writeEscaped(&b, part[prev:t.Start])
		if hit[i] {
			b.WriteString("<mark>")
			writeEscaped(&b, part[t.Start:t.End])
			b.WriteString("</mark>")
		} else {
			writeEscaped(&b, part[t.Start:t.End])
		}
		prev = t.End
	}
	if hi < len(toks) || !whole {
		b.WriteString(" …")
	}
	return b.String()
}

// writeEscaped writes s escaped as html.EscapeString does, with line
// breaks as spaces.
func writeEscaped(b *strings.Builder, s string) {
	for {
		i := strings.IndexAny(s, "<>&'\"\n")
		if i < 0 {
			b.WriteString(s)
			return
		}
		b.WriteString(s[:i])
		switch s[i] {
		case '<':
			b.WriteString("&lt;")
		case '>':
			b.WriteString("&gt;")
		case '&':
			b.WriteString("&amp;")
		case '\'':
			b.WriteString("&#39;")
		case '"':
			b.WriteString("&#34;")
		case '\n':
			b.WriteByte(' ')
		}
		s = s[i+1:]
	}
}

// FacetValues returns the distinct actor codes of d's entities and the
// distinct CAMEO roots of its events, in order of appearance: the values
// an article counts under in search facets.
func FacetValues(d *marsad.Document) (actors, roots []string) {
	seen := map[string]bool{}
	for _, e := range d.Entities {
		if e.Actor != nil && e.Actor.Code != "" && !seen["a"+e.Actor.Code] {
			seen["a"+e.Actor.Code] = true
			actors = append(actors, e.Actor.Code)
		}
	}
	for _, ev := range d.Events {
		if ev.Root != "" && !seen["r"+ev.Root] {
			seen["r"+ev.Root] = true
			roots = append(roots, ev.Root)
		}
	}
	return actors, roots
}

// MaxDupBits is the SimHash distance under which two articles are one
// story (random pairs of texts differ in about 32 of the 64 bits).
const MaxDupBits = 6

// SimHash is a 64-bit SimHash over 3-term shingles; 0 for texts too short
// to compare.
func SimHash(terms []string) uint64 {
	if len(terms) < 8 {
		return 0
	}
	var v [64]int
	for i := 0; i+3 <= len(terms); i++ {
		h := uint64(14695981039346656037)
		for _, t := range terms[i : i+3] {
			for k := 0; k < len(t); k++ {
				h ^= uint64(t[k])
				h *= 1099511628211
			}
			h ^= ' '
			h *= 1099511628211
		}
		for b := 0; b < 64; b++ {
			if h&(1<<b) != 0 {
				v[b]++
			} else {
				v[b]--
			}
		}
	}
	var out uint64
	for b := 0; b < 64; b++ {
		if v[b] > 0 {
			out |= 1 << b
		}
	}
	return out
}

// Near reports whether two SimHashes are one story.
func Near(a, b uint64) bool { return a != 0 && b != 0 && bits.OnesCount64(a^b) <= MaxDupBits }
