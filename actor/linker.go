package actor

import (
	"strings"

	"github.com/marsad/marsad"
)

// Linker resolves the text of a mention to a canonical actor.
type Linker interface {
	// Link returns the actor that text names on date (YYYY-MM-DD, or ""
	// when unknown), or nil. text may be a name, an alias, a capital, a
	// composed role (وزير الخارجية الروسي) or a description of an
	// anonymous source (مسؤول رفيع المستوى في الإدارة الأمريكية).
	Link(text, date string) *marsad.ActorRef
}

// Default returns the linker over the embedded lexicon, loaded once.
func Default() (Linker, error) { return DefaultLexicon() }

// Resolution is what Resolve reads from a mention: the named actor, or a
// country with a role, or a role alone (an anonymous source whose country
// the context must give).
type Resolution struct {
	Ref     *marsad.ActorRef // the actor, when the mention names one
	Country string           // country or bloc code found (adjective, name, capital)
	Role    string           // CAMEO role code found (GOV, MIL ...)
	HasRole bool             // a role or source word was found, even one with no code
}

// Link implements Linker.
func (l *Lexicon) Link(text, date string) *marsad.ActorRef {
	return l.Resolve(text, date).Ref
}

// Resolve reads a mention: the longest lexicon phrases it holds, in order.
// A named actor (person, organisation, armed group) wins; otherwise a
// country, nationality adjective or capital gives the country and role
// words give the role: وزير الخارجية الروسي → RUSGOV, الحكومة السورية →
// SYRGOV, مسؤول أمريكي → USA, موسكو → RUSGOV (a capital for its government).
func (l *Lexicon) Resolve(text, date string) Resolution {
	toks := key(text)
	var res Resolution
	var country *entry
	var capital, club, headRole, media, governor bool
	for i := 0; i < len(toks); {
		m, n := l.longest(toks, i)
		if n == 0 {
			i++
			continue
		}
		switch m.kind {
		case kActor:
			if m.weak {
				break
			}
			if m.e.club {
				club = true // a club's name holds no actor, nor its city's
			} else if m.e.Type == marsad.ActorCountry {
				if country == nil {
					country = m.e
				}
			} else if res.Ref == nil && !(res.HasRole && (country != nil || res.Country != "") && i > 0 && posts[toks[i-1]]) {
				// السفير الروسي في الأمم المتحدة: the post of a Russian, not the UN.
				res.Ref = m.on(date).ref(date)
				if c := l.bureauOf(m.e, toks, i+n); c != "" {
					res.Ref = l.compose(c, "COP") // الإنتربول السعودي: the country's police
				}
			}
		case kPlace:
			if country == nil && m.e.capital {
				country, capital = m.e, true
				switch {
				case i+n < len(toks) && mediaTails[toks[i+n]]:
					capital, media = false, true // موسكو تايمز: a paper, not the Kremlin
				case i > 0 && bodyHeads[toks[i-1]]:
					capital = false // جامعة القاهرة، معهد ستوكهولم: a body in the city
				}
			} else if country == nil && res.Country == "" {
				res.Country = m.e.country
			}
		case kAdj:
			if i > 0 && toks[i-1] == "،" && !strings.HasPrefix(toks[i], "ال") {
				break // ، تركي المالكي: a first name
			}
			if res.Country == "" && country == nil {
				res.Country = m.code
			}
		case kRole:
			if conservative(toks, i) {
				break // الحزب المحافظ، النائب المحافظ: the Conservative, no governor
			}
			res.HasRole = true
			if n == 1 && governors[toks[i]] {
				governor = true
				if p, ok := l.province(toks, i+1); ok && country == nil && res.Country == "" {
					res.Country = p // محافظ المهرة: a province named alone only after its governor's title
				}
			}
			if res.Role == "" || (m.code != "" && (n > 1 || headRole && branches[m.code])) {
				if m.code != "" {
					res.Role = m.code
				}
			}
			// رئيس، زعيم: the head of the branch the next role names
			// (زعيم المعارضة → OPP, رئيس الاستخبارات → SPY).
			headRole = n == 1 && leaderWords[toks[i]]
		}
		i += n
	}
	if country != nil && res.Country == "" {
		res.Country = country.Code
	}
	if governor && res.Country == "ISR" {
		res.Country = "PSE" // محافظ القدس: Israel has no governors; the Palestinian Authority has
	}
	if res.Ref != nil {
		return res
	}
	if club {
		return Resolution{}
	}
	if country != nil && media && res.Role == "" {
		res.Ref = l.compose(country.country, "MED")
		return res
	}
	if country != nil && res.Role == "" {
		ref := country.ref(date)
		if capital {
			ref = &marsad.ActorRef{ID: "country/" + country.country, Code: country.country + "GOV", Name: country.Name}
		}
		res.Ref = ref
		return res
	}
	if res.Country != "" {
		res.Ref = l.compose(res.Country, res.Role)
	}
	return res
}

// governors are the titles of the governor of a province (محافظ), an
// office Israel does not have: the governor of a city linked to Israel
// (نائب محافظ مدينة القدس) is the Palestinian Authority's; keyed as the
// tokens are.
var governors = keySet("محافظ المحافظ")

// conservative reports المحافظ at toks[i] right after a word with the
// article (الحزب المحافظ، النائب المحافظ): the adjective, conservative,
// not the governor.
func conservative(toks []string, i int) bool {
	return toks[i] == tokenKey("المحافظ") && i > 0 && strings.HasPrefix(toks[i-1], "ال")
}

// province returns the country of the province whose name is toks[i]
// when the lexicon holds it only with محافظة before it (محافظة المهرة,
// while المهرة alone is a common word); ok is false otherwise.
func (l *Lexicon) province(toks []string, i int) (string, bool) {
	if i >= len(toks) {
		return "", false
	}
	m, ok := l.keys[provinceKey+" "+toks[i]]
	if !ok || m.kind != kPlace {
		return "", false
	}
	return m.e.country, true
}

// provinceKey is the key of محافظة, the noun of a province.
var provinceKey = tokenKey("محافظة")

// bodyHeads are the nouns of a body or a building that a capital's name
// after them names the city of (جامعة القاهرة، معهد ستوكهولم، مطار لندن
// سيتي), not its government; keyed as the tokens are.
var bodyHeads = keySet("جامعة الجامعة معهد مطار ميناء متحف بورصة مستشفى ملعب فندق حديقة")

// mediaTails are the words that end the names of newspapers named after a
// capital (موسكو تايمز، مانيلا تايمز، بانكوك بوست): the country's media,
// not its government; keyed as the tokens are.
var mediaTails = keySet("تايمز بوست تريبيون هيرالد تلغراف إكسبريس جورنال")

// leaderWords are the heads of a title whose role is that of the body
// or office they lead (normalised).
var leaderWords = map[string]bool{"رييس": true, "الرييس": true, "رييسه": true, "الرييسه": true, "زعيم": true, "الزعيم": true, "زعيمه": true, "الزعيمه": true}

// branches are the roles of a state's branches and of its opposition that
// a leader's title takes from the body he heads (رئيس الاستخبارات → SPY);
// a media regulator's head (رئيس المجلس الأعلى لتنظيم الإعلام) stays GOV.
var branches = map[string]bool{"MIL": true, "SPY": true, "COP": true, "LEG": true, "JUD": true, "OPP": true, "REB": true}

// Compose builds the actor of a country with a role: SYR and MIL give
// SYRMIL, the Syrian army.
func (l *Lexicon) Compose(country, role string) *marsad.ActorRef { return l.compose(country, role) }

// compose builds the actor of a country with a role. A region's code of
// six letters takes the role too (IRQKUR and GOV give IRQKURGOV, the
// government of Iraqi Kurdistan).
func (l *Lexicon) compose(country, role string) *marsad.ActorRef {
	code := country
	if (len(country) == 3 || len(country) == 6) && role != "" && !strings.HasSuffix(country, role) {
		code += role
	}
	name := l.CodeName(code)
	if name == "" {
		name = code
	}
	return &marsad.ActorRef{ID: "country/" + country + "/" + role, Code: code, Name: name}
}

// longest returns the longest lexicon phrase starting at toks[i].
func (l *Lexicon) longest(toks []string, i int) (match, int) {
	var buf [256]byte
	phrase := buf[:0]
	var best match
	bestN := 0
	// Grow the phrase a word at a time while it begins some longer key.
	for n := 1; n <= min(l.maxLen, len(toks)-i); n++ {
		if n > 1 {
			phrase = append(phrase, ' ')
		}
		phrase = append(phrase, toks[i+n-1]...)
		if m, ok := l.keys[string(phrase)]; ok && !national(phrase, toks, i+n) {
			best, bestN = m, n
		}
		if !l.starts[string(phrase)] {
			break
		}
	}
	return best, bestN
}

// national reports مجلس الأمن followed by القومي or الوطني: a country's
// national security council, not the UN Security Council.
func national(phrase []byte, toks []string, next int) bool {
	return next < len(toks) && (toks[next] == "القومي" || toks[next] == "الوطني") && string(phrase) == "مجلس الامن"
}

// Place returns the country of a place name (a city, a capital or a
// country), for event locations: Place("حلب") gives SYR.
func (l *Lexicon) Place(text string) (*marsad.ActorRef, bool) {
	toks := key(text)
	for len(toks) > 1 && placePreps[toks[0]] {
		toks = toks[1:]
	}
	m, ok := l.keys[strings.Join(toks, " ")]
	if !ok {
		return nil, false
	}
	switch {
	case m.kind == kPlace:
		return &marsad.ActorRef{ID: m.e.ID, Code: m.e.country, Name: m.e.Name}, true
	case m.kind == kActor && m.e.Type == marsad.ActorCountry:
		return &marsad.ActorRef{ID: m.e.ID, Code: m.e.Code, Name: m.e.Name}, true
	}
	return nil, false
}

var placePreps = map[string]bool{"في": true, "من": true, "الي": true, "علي": true, "داخل": true, "قرب": true, "شمال": true, "جنوب": true, "شرق": true, "غرب": true}

// posts are the words between a national's title and the body where he
// serves (سفير روسيا لدى الأمم المتحدة، المندوب السوري في مجلس الأمن).
var posts = map[string]bool{"في": true, "لدي": true, "الي": true}

// unknownOrPlace reports a name of one word that the lexicon does not
// know or knows as a city or region only (ويلز of أليس ويلز): inside a
// person's full name of the lexicon it is the person's.
func (l *Lexicon) unknownOrPlace(text string) bool {
	if l.unknown(text) {
		return true
	}
	k := key(text)
	m, ok := l.keys[strings.Join(k, " ")]
	return len(k) == 1 && ok && m.kind == kPlace
}

// unknown reports a name of which the lexicon knows no word: no actor,
// place, role or adjective has it as a key.
func (l *Lexicon) unknown(text string) bool {
	for _, k := range key(text) {
		if _, ok := l.keys[k]; ok {
			return false
		}
	}
	return true
}
