package actor

import (
	"strings"
	"unicode/utf8"

	"github.com/marsad/marsad"
)

// namesake reports whether toks, the keys of a person's entity that the
// linker tied to the lexicon's person id by a surname (an alias, or an
// earlier full name of the story), name another bearer of that surname:
// a word before the surname is neither one of the person's own names, in
// any of the usual spellings (أنغيلا for أنجيلا، جيم for جيمس، أفيشاي for
// أفيخاي), nor a
// title or another word the lexicon knows. ميلانيا ترامب is his wife,
// رفيق الحريري the father, بيل كلينتون the husband: not the office holder.
// Only the first word after the titles is read, as a given name: a common
// word the tagger took into a name (منزل بن لادن) is read as one too.
func (l *Lexicon) namesake(toks []string, id string) bool {
	e := l.entryByID(id)
	if e == nil || len(toks) < 2 {
		return false
	}
	start := l.personAt(toks, e)
	if start <= 0 {
		return false
	}
	// The first word after any titles is the given name; the words after
	// it may be a father's (عمر حسن البشير).
	for _, t := range toks[:start] {
		if personTitles[t] {
			continue
		}
		return !l.knownWord(t) && !ownNames(e).has(skeleton(t)) && !ownSpelling(e, t)
	}
	return false
}

// ownSpelling reports a word of five letters or more one letter apart
// from a word of the person's name or aliases: another transcription of
// his given name (أفيشاي for أفيخاي، لويدجي for لويجي) whose skeleton is
// too short to compare.
func ownSpelling(e *entry, k string) bool {
	if utf8.RuneCountInString(k) < 5 {
		return false
	}
	for _, name := range append([]string{e.Name}, e.Aliases...) {
		for _, w := range key(name) {
			if utf8.RuneCountInString(w) >= 5 && editDistance(k, w) <= 1 {
				return true
			}
		}
	}
	return false
}

// entryByID returns the lexicon entry of an actor ID, or nil.
func (l *Lexicon) entryByID(id string) *entry {
	for _, e := range l.entries {
		if e.ID == id {
			return e
		}
	}
	return nil
}

// personAt returns the index of the first token of the phrase of toks
// that names e; when none does (linked by an earlier full name), the
// surname at the end: the last token, or the last two after بن.
func (l *Lexicon) personAt(toks []string, e *entry) int {
	for i := 0; i < len(toks); {
		m, n := l.longest(toks, i)
		if n > 0 && m.kind == kActor && (m.e == e || m.alt == e) {
			return i
		}
		i += max(n, 1)
	}
	if len(toks) > 2 && patronymic[toks[len(toks)-2]] {
		return len(toks) - 2
	}
	return len(toks) - 1
}

// personTitles are words before a name that are no name of their own.
var personTitles = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`الملك الامير الاميره الشيخ الشيخه السلطان العاهل السيد السيده الجنرال العقيد العميد اللواء
		الفريق المشير الدكتور الدكتوره المستشار الرييس الرييسه الوزير الوزيره النايب الزعيم القايد المرشد
		الشهيد الراحل الراحله الحاج الامام القاضي القاضيه`) {
		personTitles[w] = true
	}
}

// knownWord reports a key the lexicon knows (a role, a nationality, a
// place, another actor) or a title.
func (l *Lexicon) knownWord(k string) bool {
	if personTitles[k] {
		return true
	}
	_, ok := l.keys[k]
	return ok
}

// skeletons is a set of name skeletons (skeleton).
type skeletons map[string]bool

// has reports a skeleton equal to s, or, for skeletons of three letters
// or more, one letter apart (جيم and جيمس).
func (set skeletons) has(s string) bool {
	if set[s] {
		return true
	}
	if len([]rune(s)) < 3 {
		return false
	}
	for o := range set {
		if len([]rune(o)) >= 3 && editDistance(s, o) <= 1 {
			return true
		}
	}
	return false
}

// ownNames returns the skeletons of the words of a person's name and
// aliases, and of each two neighbouring words joined (عبدالفتاح).
func ownNames(e *entry) skeletons {
	set := skeletons{}
	for _, name := range append([]string{e.Name}, e.Aliases...) {
		words := key(name)
		for i, w := range words {
			set[skeleton(w)] = true
			if i > 0 {
				set[skeleton(words[i-1]+w)] = true
			}
		}
	}
	return set
}

// skeletonMap folds the letters that transcriptions of one foreign name
// swap (غ/ج for g, ز/س for s, ك/ق for k) and drops the long vowels and
// hamza seats, which they add or leave out.
var skeletonMap = strings.NewReplacer("ا", "", "و", "", "ي", "", "ى", "", "ء", "", "ئ", "", "ؤ", "", "آ", "", "أ", "", "إ", "",
	"غ", "ج", "ز", "س", "ك", "ق", "ط", "ت", "ث", "س", "ذ", "د", "ظ", "ض", "ة", "ه")

// skeleton returns the consonants of a normalised word without its
// article, folded by skeletonMap.
func skeleton(k string) string {
	return skeletonMap.Replace(strings.TrimPrefix(k, "ال"))
}

// editDistance returns the Levenshtein distance of two strings, in runes.
func editDistance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}

// bareNamesake reports a person's entity e of one word, tied to the
// lexicon's person id, whose sentence up to it or the sentence before
// names first, of the full names that bear that word, another person: a
// name of three words or more that opens with it, a family name written
// first (كيم جونغ-نام، then كيم). The bare name is that person, and ref
// is that person's actor, if any. Where the person of id is named first
// (كيم جونغ أون and then كيم يونغ شول), the bare name stays his; a given
// name before a surname (ميلانيا ترامب) is namesake's.
func bareNamesake(d *marsad.Document, e *marsad.Entity, id string) (ref *marsad.ActorRef, ok bool) {
	w := key(e.Text)
	if len(w) != 1 {
		return nil, false
	}
	from := sentenceBefore(d, e.Start)
	for _, o := range d.Entities {
		if o.Type != marsad.PER || o.Start < from || o.End > e.Start {
			continue
		}
		if o.Actor != nil && o.Actor.ID == id {
			return nil, false
		}
		if k := key(o.Text); len(k) > 2 && k[0] == w[0] {
			return o.Actor, true
		}
	}
	return nil, false
}

// sentenceBefore returns the start of the sentence before the one that
// holds the offset at, or of that one when it is the first.
func sentenceBefore(d *marsad.Document, at int) int {
	from := 0
	for i, s := range d.Sentences {
		if s.Start > at {
			break
		}
		from = s.Start
		if i > 0 {
			from = d.Sentences[i-1].Start
		}
	}
	return from
}
