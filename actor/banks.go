package actor

import (
	"slices"
	"sort"
	"strings"

	"github.com/marsad/marsad"
)

// bankHeads are the nouns of a bank, keyed as the tokens are, without the
// article: بنك إنجلترا، مصرف لبنان name a bank, البنك الأمريكي does not.
var bankHeads = keySet("بنك مصرف")

// bankTails are the words that close a bank's name after the country
// (بنك السودان المركزي، بنك الكويت الوطني), keyed as the tokens are.
var bankTails = keySet("المركزي الوطني الأهلي التجاري الإسلامي العربي الدولي الأول المتحد")

// centralTail is the key of المركزي: the bank of a state.
var centralTail = tokenKey("المركزي")

// commercialBanks are the countries and cities whose bank named alone is a
// commercial one, not the state's (بنك مصر، بنك القاهرة), keyed as the
// tokens are.
var commercialBanks = keySet("مصر القاهرة الاسكندرية بيروت دبي")

// bankNames finds the banks named after a country or a city that the
// tagger took for the place: a country or place entity right after بنك
// or مصرف (بنك إنجلترا، مصرف لبنان المركزي، بنك الإمارات دبي الوطني),
// or one that opens with that noun, or that opens with أوف (بنك أوف
// أمريكا). The entity becomes the bank, typed ORG, from the noun to the
// words that close its name (المركزي، الوطني; a city before them, دبي
// الوطني, too; or a second name after و, بنك اليمن والخليج), taking in the
// entities inside. A bank named by a country
// alone or with المركزي is the state's (بنك إنجلترا → GBRGOV), but for
// the banks of commercialBanks (بنك مصر); any other is a firm, with no
// actor. A quotation mark between the noun and the name leaves the span
// as it is. It returns the spans of the banks, linked already.
func (s *stage) bankNames(d *marsad.Document, keys []string) map[marsad.Span]bool {
	var done map[marsad.Span]bool
	for k := 0; k < len(d.Entities); k++ {
		e := &d.Entities[k]
		i := sort.Search(len(d.Tokens), func(i int) bool { return d.Tokens[i].End > e.Start })
		if i >= len(d.Tokens) || done[e.Span] {
			continue
		}
		head, first := -1, i // the bank's noun and the place's first token
		switch {
		case bankHeads[keys[i]] && d.Tokens[i].Kind == marsad.TokenWord:
			head, first = i, i+1
		case i > 0 && bankHeads[keys[i-1]] && d.Tokens[i-1].Kind == marsad.TokenWord && d.Tokens[i].Start == d.Tokens[i-1].End+1:
			head = i - 1
		case i > 1 && bankHeads[keys[i-2]] && d.Tokens[i-2].Kind == marsad.TokenWord && d.Tokens[i-1].Kind == marsad.TokenPunct && strings.ContainsAny(d.Tokens[i-1].Text, "\"«“"):
			head = -2 // بنك "أوف أمريكا": the span stays
		}
		if head == -1 || first >= len(d.Tokens) || d.Tokens[first].Start >= e.End && head >= 0 {
			continue
		}
		end := first // the place: one token, or the lexicon's name
		m, n := s.l.longest(keys, first)
		of := keys[first] == "اوف"
		switch {
		case of:
			end = first
		case n > 0 && (m.kind == kPlace || m.kind == kActor && m.e.Type == marsad.ActorCountry):
			end = first + n - 1
		default:
			continue
		}
		place := m
		tail, last := "", end
		for j := end + 1; j < len(d.Tokens) && j <= end+2 && d.Tokens[j].Kind == marsad.TokenWord && d.Tokens[j].Start == d.Tokens[j-1].End+1; j++ {
			if t := d.Tokens[j]; t.Prefix == "و" && j == end+1 {
				last, tail = j, keys[j] // بنك اليمن والخليج: a firm's name of two
				break
			}
			if bankTails[keys[j]] {
				last, tail = j, keys[j]
				break
			}
			if m, n := s.l.longest(keys, j); n != 1 || m.kind != kPlace {
				break // بنك الإمارات دبي الوطني: a city may stand before the tail
			}
		}
		if of {
			last = sort.Search(len(d.Tokens), func(i int) bool { return d.Tokens[i].End >= e.End })
		} else if e.End > d.Tokens[last].End {
			continue // مصرف ليبيا وتونس: the entity is more than the bank's name
		}
		var ref *marsad.ActorRef
		if !of && (tail == "" || tail == centralTail) && !commercialBanks[keys[first]] && !commercialBanks[keys[end]] {
			c := ""
			if place.kind == kPlace {
				if place.e.capital {
					c = place.e.country
				}
			} else {
				c = place.e.Code
			}
			if c != "" && countryCodes[c] {
				ref = s.l.compose(c, "GOV") // بنك إنجلترا: the state's bank
			}
		}
		sp := e.Span
		if head >= 0 {
			sp = marsad.Span{Start: d.Tokens[head].Start + len([]rune(d.Tokens[head].Prefix)), End: d.Tokens[last].End}
		}
		sp.End = max(sp.End, e.End)
		e.Span, e.Text, e.Type, e.Actor = sp, d.Slice(sp), marsad.ORG, ref
		if done == nil {
			done = map[marsad.Span]bool{}
		}
		done[sp] = true
		// The entities the bank's name now covers are its.
		for o := len(d.Entities) - 1; o >= 0; o-- {
			if o != k && d.Entities[o].Span.Overlaps(sp) {
				d.Entities = slices.Delete(d.Entities, o, o+1)
				if o < k {
					k--
				}
			}
		}
	}
	return done
}
