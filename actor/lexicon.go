package actor

import (
	"bufio"
	"embed"
	"fmt"
	"io/fs"
	"iter"
	"sort"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/marsad/marsad"
	"github.com/marsad/marsad/arabic"
)

//go:embed data/*.tsv data/codes.txt data/firstnames.txt
var data embed.FS

// entry is one actor of the lexicon with its matching data.
type entry struct {
	marsad.Actor
	place   bool   // a city or region (a place, not an actor by itself)
	capital bool   // a capital: stands for its government
	club    bool   // a sports club: a name, no actor of an entity (Code: its country, for events)
	country string // for places: the country code
}

// kind of a matched phrase.
const (
	kActor = iota // a named actor (person, organisation, group, country)
	kPlace        // a city or region
	kAdj          // a nationality adjective
	kRole         // a role word
)

// match is what one alias key resolves to.
type match struct {
	kind int
	e    *entry // kActor, kPlace
	code string // kAdj: country; kRole: role code ("" for anonymous sources)
	weak bool   // a one-word alias that is also a common word: only by coreference
	// alt is a second person known by the same alias in other years (الملك
	// عبد الله: the Saudi king until 2015, the Jordanian one since): on
	// picks the one in office on a date.
	alt *entry
}

// on returns the entry a match names on date: its second person when the
// first was not in office then and the second was.
func (m match) on(date string) *entry {
	if m.alt != nil && date != "" && !m.e.inOffice(date) && m.alt.inOffice(date) {
		return m.alt
	}
	return m.e
}

// inOffice reports whether one of the entry's tenures covers date.
func (e *entry) inOffice(date string) bool {
	for _, t := range e.Roles {
		if (t.From == "" || t.From <= date) && (t.To == "" || date < t.To) {
			return true
		}
	}
	return false
}

// Lexicon is the loaded actor lexicon. It is safe for concurrent use.
type Lexicon struct {
	entries []*entry
	keys    map[string]match  // normalised token key → match
	words   map[string]bool   // the first words of names and aliases and every word of people's, normalised, proclitics kept
	inst    map[string]string // institution phrase key → role
	desks   []desk            // outlets that date stories from their own desk
	firms   map[string]bool   // keys of the names of companies and platforms (Company)
	first   map[string]bool   // first names opening a person's full name (firstnames.txt), normalised
	maxLen  int               // longest key in tokens
	starts  map[string]bool   // the first words of keys longer than them, joined like keys
	valid   map[string]bool   // valid three-letter code parts
	regions map[string]bool   // codes of three letters of regions that are no state (WST, EUR)
	issues  []string          // problems found while loading (see Check)

	namesOnce sync.Once
	names     map[string]string // code → name of a non-person actor (CodeName)
}

// weakAliases are one-word person aliases that are also common words or
// first names: they link only when the full name appeared earlier.
var weakAliases = map[string]bool{}

func init() {
	for _, w := range strings.Fields("عباس صالح سعيد بري هادي عون مبارك المعلم الشاهد رئيسي السوداني الشرع جوده كيم بان شكري السراج ظريف نجاد العربي الجعفري بن معصوم الحريري سليماني الاسد جونسون مرسي المقداد العليمي عطاف فيدان الكاظمي العامري علاوي صدام الصدر") {
		weakAliases[tokenKey(w)] = true // the form key gives (رئيسي is keyed رييسي)
	}
}

var loadDefault = sync.OnceValues(func() (*Lexicon, error) { return Load(data) })

// DefaultLexicon returns the embedded lexicon, loaded once.
func DefaultLexicon() (*Lexicon, error) { return loadDefault() }

// uncutNames are names whose last letters the segmenter takes for a
// pronoun (إرنا: IRNA, not إر + نا), normalised: their key is the word
// whole.
var uncutNames = map[string]bool{"ارنا": true}

// key returns the matching tokens of a phrase: normalised, with one
// proclitic (و ف ب ل ك) removed from each word the segmenter splits.
func key(s string) []string {
	toks := arabic.Tokenize(s)
	out := make([]string, 0, len(toks))
	for _, t := range toks {
		w := s[t.Start:t.End]
		if t.Kind != marsad.TokenWord {
			if t.Kind == marsad.TokenPunct {
				if w == "،" || w == "," {
					out = append(out, "،") // no name runs across a comma
				}
				continue
			}
			if t.Kind == marsad.TokenLatin {
				w = strings.ToLower(w) // as the tokens' Norm: BBC, bbc
			}
			out = append(out, arabic.Normalize(w))
			continue
		}
		out = append(out, tokenKey(w))
	}
	return out
}

// computeTokenKey is the matching form of one word (tokenKey without
// its cache).
func computeTokenKey(w string) string {
	pre, base, suf := arabic.Segment(w)
	if base == "الأعلام" || base == "أعلام" {
		return base // flags, as the hamza says; الإعلام (the media) and الاعلام stay one key
	}
	if suf != "" {
		if whole := arabic.Normalize(base + suf); uncutNames[whole] {
			return whole // إرنا: the name whole, not إر with the pronoun نا
		}
	}
	n := arabic.Normalize(base)
	if pre != "" && strings.HasSuffix(pre, "ل") && strings.HasPrefix(n, "ل") && !strings.HasPrefix(n, "ال") {
		n = "ا" + n // لل = ل + ال
	}
	return n
}

// Load reads a lexicon from a file system holding the data/ files.
func Load(fsys fs.FS) (*Lexicon, error) {
	l := &Lexicon{keys: map[string]match{}, words: map[string]bool{}, valid: map[string]bool{}, inst: map[string]string{}, firms: map[string]bool{}, first: map[string]bool{}}
	read := func(name string, fields int, f func(line int, c []string) error) error {
		file, err := fsys.Open(name)
		if err != nil {
			return fmt.Errorf("actor: %w", err)
		}
		defer file.Close()
		sc := bufio.NewScanner(file)
		for n := 1; sc.Scan(); n++ {
			line := sc.Text()
			if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
				continue
			}
			c := strings.Split(line, "\t")
			if len(c) < fields {
				return fmt.Errorf("actor: %s:%d: want at least %d tab-separated fields", name, n, fields)
			}
			if err := f(n, c); err != nil {
				return fmt.Errorf("actor: %s:%d: %w", name, n, err)
			}
		}
		return sc.Err()
	}
	if err := read("data/codes.txt", 1, func(_ int, c []string) error { l.valid[c[0]] = true; return nil }); err != nil {
		return nil, err
	}
	for _, part := range cameoParts {
		l.valid[part] = true
	}
	actorsFile := func(name string) error {
		return read(name, 3, func(n int, c []string) error {
			for len(c) < 6 {
				c = append(c, "")
			}
			e := &entry{Actor: marsad.Actor{Type: c[0], Code: c[1], Name: c[2], English: c[3]}}
			if e.Type == "region" {
				e.Type = marsad.ActorCountry
				if len(e.Code) == 3 {
					if l.regions == nil {
						l.regions = map[string]bool{}
					}
					l.regions[e.Code] = true // الغرب، أوروبا: no state of its own
				}
			}
			if e.Type == "club" {
				e.Type, e.club = marsad.ActorOrg, true // ريال مدريد: neither Spain nor Madrid
			}
			if c[4] != "" {
				e.Aliases = strings.Split(c[4], "|")
			}
			for _, t := range strings.Split(c[5], ",") {
				f := strings.Fields(t)
				if len(f) == 0 {
					continue
				}
				tn := marsad.Tenure{Code: f[0]}
				if len(f) > 1 {
					tn.From = f[1]
				}
				if len(f) > 2 {
					tn.To = f[2]
				}
				e.Roles = append(e.Roles, tn)
			}
			e.ID = actorID(e)
			l.add(e, kActor)
			return nil
		})
	}
	if err := actorsFile("data/countries.tsv"); err != nil {
		return nil, err
	}
	if err := actorsFile("data/actors.tsv"); err != nil {
		return nil, err
	}
	if err := read("data/places.tsv", 3, func(_ int, c []string) error {
		e := &entry{Actor: marsad.Actor{Type: marsad.ActorCity, Code: c[1], Name: c[0]}, place: true, country: c[1], capital: c[2] == "1"}
		if len(c) > 3 && c[3] != "" {
			e.Aliases = strings.Split(c[3], "|")
		}
		e.ID = "city/" + c[0]
		l.add(e, kPlace)
		return nil
	}); err != nil {
		return nil, err
	}
	if err := read("data/adjectives.tsv", 2, func(_ int, c []string) error {
		for _, form := range adjectiveForms(c[0]) {
			l.addKey(strings.Fields(form), match{kind: kAdj, code: c[1]}, false)
		}
		return nil
	}); err != nil {
		return nil, err
	}
	for form, code := range irregularPlurals {
		l.addKey(key(form), match{kind: kAdj, code: code}, false)
	}
	if err := read("data/roles.tsv", 1, func(_ int, c []string) error {
		role := ""
		if len(c) > 1 {
			role = strings.TrimSpace(c[1])
		}
		l.addKey(key(c[0]), match{kind: kRole, code: role}, false)
		return nil
	}); err != nil {
		return nil, err
	}
	if err := read("data/institutions.tsv", 2, func(_ int, c []string) error {
		l.inst[strings.Join(key(c[0]), " ")] = c[1]
		return nil
	}); err != nil {
		return nil, err
	}
	if err := read("data/desks.tsv", 2, func(_ int, c []string) error {
		dk := desk{outlet: arabic.Normalize(c[0])}
		for _, city := range strings.Split(c[1], "|") {
			dk.cities = append(dk.cities, strings.Join(key(city), " "))
		}
		l.desks = append(l.desks, dk)
		return nil
	}); err != nil {
		return nil, err
	}
	if err := read("data/firstnames.txt", 1, func(_ int, c []string) error {
		l.first[arabic.Normalize(strings.TrimSpace(c[0]))] = true
		return nil
	}); err != nil {
		return nil, err
	}
	if err := read("data/companies.tsv", 1, func(_ int, c []string) error {
		names := []string{c[0]}
		if len(c) > 2 && c[2] != "" {
			names = append(names, strings.Split(c[2], "|")...)
		}
		for _, n := range names {
			l.firms[bareForm(n)] = true
		}
		return nil
	}); err != nil {
		return nil, err
	}
	return l, nil
}

// Company reports a name of a company or an online platform (تويتر،
// فيس بوك، غوغل): a body, no state actor. The name is matched as written,
// short vowels and tatweel aside: its hamza tells أبل (Apple) from the
// ابل of بابل (Babel).
func (l *Lexicon) Company(name string) bool { return l.firms[bareForm(name)] }

// bareForm returns the words of s joined by single spaces, without short
// vowels and tatweel.
func bareForm(s string) string {
	s = strings.Map(func(r rune) rune {
		if r >= '\u064B' && r <= '\u0652' || r == '\u0640' {
			return -1
		}
		return r
	}, s)
	return strings.Join(strings.Fields(s), " ")
}

// desk is an outlet and the cities of its newsrooms.
type desk struct {
	outlet string   // normalised words of the outlet's name
	cities []string // keys of the desk cities
}

// Desk reports a dateline that names the newsroom of the outlet rather
// than the place of the story (أبوظبي on a Sky News Arabia story).
func (l *Lexicon) Desk(outlet, dateline string) bool {
	if outlet == "" || dateline == "" {
		return false
	}
	o, k := arabic.Normalize(outlet), strings.Join(key(dateline), " ")
	for _, dk := range l.desks {
		if !strings.Contains(o, dk.outlet) {
			continue
		}
		for _, c := range dk.cities {
			if c == k {
				return true
			}
		}
	}
	return false
}

// cameoParts are the CAMEO actor-type codes valid as code parts.
var cameoParts = strings.Fields("GOV MIL REB OPP COP JUD SPY UAF INS SEP LEG MED BUS CVL ELI REF HRI NGO IGO IMG INT MNC NGM UNO PKO UIS AGR CRM DEV EDU ENV HLH LAB MOD RAD AMN IRC GRP PTY REL MUS CHR JEW SET KUR")

var irregularPlurals = map[string]string{
	"الروس": "RUS", "روس": "RUS", "الأتراك": "TUR", "أتراك": "TUR", "الأمريكان": "USA", "الأميركان": "USA",
	"الإنجليز": "GBR", "الألمان": "DEU", "الأكراد": "KUR", "أكراد": "KUR", "العراقيون": "IRQ",
}

// adverbial are adjectives whose accusative is mostly an adverb (أوروبيا،
// غربيا): no form in ـا for them.
var adverbial = map[string]bool{"اوروبي": true, "غربي": true, "شمالي": true}

// adjectiveForms derives the forms of a nationality adjective from its
// masculine singular: سوري → السوري السورية سوريون السوريين ...
func adjectiveForms(stem string) []string {
	words := strings.Fields(stem)
	var out []string
	for _, suffix := range []string{"", "ه", "ون", "ين", "ان", "تان", "تين", "ا"} {
		for _, art := range []string{"", "ال"} {
			if suffix == "ا" && (art != "" || adverbial[arabic.Normalize(stem)]) {
				continue // the accusative of a count: قتل 16 فلسطينيا; not أوروبيا (at the European level)
			}
			var parts []string
			for _, w := range words {
				n := arabic.Normalize(w)
				if suffix == "تان" || suffix == "تين" {
					parts = append(parts, art+n+suffix)
				} else {
					parts = append(parts, art+n+suffix)
				}
			}
			out = append(out, strings.Join(parts, " "))
		}
	}
	return out
}

func actorID(e *entry) string {
	switch e.Type {
	case marsad.ActorCountry:
		return "country/" + e.Code
	}
	name := e.English
	if name == "" {
		name = e.Name
	}
	return e.Type + "/" + strings.ToLower(strings.ReplaceAll(name, " ", "-"))
}

// add indexes an entry under its name and aliases.
func (l *Lexicon) add(e *entry, kind int) {
	l.entries = append(l.entries, e)
	for i, name := range append([]string{e.Name}, e.Aliases...) {
		for j, w := range strings.Fields(name) {
			if j == 0 || e.Type == marsad.ActorPerson {
				l.words[arabic.Normalize(w)] = true
			}
		}
		k := key(name)
		weak := kind == kActor && e.Type == marsad.ActorPerson && len(k) == 1 && (weakAliases[k[0]] || utf8.RuneCountInString(k[0]) < 3)
		l.addKey(k, match{kind: kind, e: e, weak: weak}, i == 0)
	}
}

func (l *Lexicon) addKey(k []string, m match, canonical bool) {
	if len(k) == 0 {
		return
	}
	s := strings.Join(k, " ")
	if old, ok := l.keys[s]; ok {
		if old.kind == kActor && m.kind == kActor && old.e != m.e && old.alt == nil && successive(old.e, m.e) {
			old.alt = m.e // one title, two holders in turn
			l.keys[s] = old
			return
		}
		// A named actor beats a role or adjective; the first actor wins otherwise.
		if old.kind == kActor && m.kind == kActor && old.e != m.e && !(old.e.Type == marsad.ActorCountry && m.e.Type == marsad.ActorCountry && old.e.Code == m.e.Code) {
			l.issues = append(l.issues, fmt.Sprintf("alias %q names both %s (%s) and %s (%s)", s, old.e.Name, old.e.Code, m.e.Name, m.e.Code))
		}
		if old.kind <= m.kind {
			return
		}
	}
	l.keys[s] = m
	if len(k) > l.maxLen {
		l.maxLen = len(k)
	}
	if l.starts == nil {
		l.starts = map[string]bool{}
	}
	for n := 1; n < len(k); n++ {
		l.starts[strings.Join(k[:n], " ")] = true
	}
}

// Names yields every name and alias of the lexicon's actors and places
// with the actor's type (marsad.ActorPerson, ActorOrg, ActorArmed,
// ActorCountry or ActorCity), in file order. Roles and nationality
// adjectives are not names and are left out. The NER trainer uses them as
// a gazetteer.
func (l *Lexicon) Names() iter.Seq2[string, string] {
	return func(yield func(string, string) bool) {
		for _, e := range l.entries {
			for _, name := range append([]string{e.Name}, e.Aliases...) {
				if !yield(name, e.Type) {
					return
				}
			}
		}
	}
}

// Lookup returns the actors whose name, alias, English name or code holds
// query (normalised), sorted by name.
func (l *Lexicon) Lookup(query string) []marsad.Actor {
	q := arabic.Normalize(strings.ToLower(strings.TrimSpace(query)))
	var out []marsad.Actor
	for _, e := range l.entries {
		hay := []string{e.Name, strings.ToLower(e.English), strings.ToLower(e.Code), e.ID}
		hay = append(hay, e.Aliases...)
		for _, h := range hay {
			if q == "" || strings.Contains(arabic.Normalize(h), q) {
				out = append(out, e.Actor)
				break
			}
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out
}

// Check validates the lexicon: aliases that name two actors, codes that
// are not CAMEO country and role parts, malformed or overlapping tenures.
func (l *Lexicon) Check() []string {
	issues := append([]string(nil), l.issues...)
	for _, e := range l.entries {
		codes := []string{e.Code}
		for _, t := range e.Roles {
			codes = append(codes, t.Code)
		}
		for _, c := range codes {
			if !l.validCode(c) {
				issues = append(issues, fmt.Sprintf("%s: code %q is not made of CAMEO parts", e.Name, c))
			}
		}
		for i, t := range e.Roles {
			if !validDate(t.From) || !validDate(t.To) || (t.To != "" && t.From > t.To) {
				issues = append(issues, fmt.Sprintf("%s: bad tenure %s %s..%s", e.Name, t.Code, t.From, t.To))
			}
			for _, u := range e.Roles[i+1:] {
				if u.Code == t.Code && overlaps(t, u) {
					issues = append(issues, fmt.Sprintf("%s: tenures of %s overlap (%s..%s and %s..%s)", e.Name, t.Code, t.From, t.To, u.From, u.To))
				}
			}
		}
	}
	return issues
}

func (l *Lexicon) validCode(c string) bool {
	if len(c) == 0 || len(c)%3 != 0 {
		return false
	}
	for i := 0; i < len(c); i += 3 {
		p := c[i : i+3]
		if !l.valid[p] && !countryCodes[p] {
			return false
		}
	}
	return true
}

func validDate(s string) bool {
	if s == "" {
		return true
	}
	if len(s) != 10 || s[4] != '-' || s[7] != '-' {
		return false
	}
	for i, r := range s {
		if i != 4 && i != 7 && (r < '0' || r > '9') {
			return false
		}
	}
	return s[5:7] >= "01" && s[5:7] <= "12" && s[8:] >= "01" && s[8:] <= "31"
}

func overlaps(a, b marsad.Tenure) bool {
	aEnd, bEnd := a.To, b.To
	if aEnd == "" {
		aEnd = "9999"
	}
	if bEnd == "" {
		bEnd = "9999"
	}
	return a.From < bEnd && b.From < aEnd
}

// codeOn returns the actor's code on date (YYYY-MM-DD or "").
func (e *entry) codeOn(date string) string {
	if len(e.Roles) == 0 {
		return e.Code
	}
	if date == "" {
		return e.Roles[len(e.Roles)-1].Code
	}
	for _, t := range e.Roles {
		if (t.From == "" || t.From <= date) && (t.To == "" || date < t.To) {
			return t.Code
		}
	}
	return e.Code
}

func (e *entry) ref(date string) *marsad.ActorRef {
	return &marsad.ActorRef{ID: e.ID, Code: e.codeOn(date), Name: e.Name}
}

// roleNames are the Arabic labels of CAMEO role codes, for CodeName.
var roleNames = map[string]string{
	"GOV": "الحكومة", "MIL": "الجيش", "REB": "المتمردون", "OPP": "المعارضة", "COP": "الشرطة",
	"JUD": "القضاء", "SPY": "الاستخبارات", "LEG": "البرلمان", "MED": "الإعلام", "BUS": "قطاع الأعمال",
	"CVL": "المدنيون", "REF": "اللاجئون", "INS": "المسلحون", "SEP": "الانفصاليون", "HRI": "منظمات حقوق الإنسان",
	"NGO": "منظمات غير حكومية", "PTY": "الأحزاب", "LAB": "العمال", "EDU": "التعليم", "ELI": "النخبة",
	"UAF": "مسلحون", "REL": "رجال الدين", "CRM": "المجرمون",
}

// CodeName returns an Arabic name for a CAMEO actor code: a country with
// its role ("الحكومة – سوريا"), else the lexicon's actor with exactly that
// code (not a person), or "" when the code is unknown.
func (l *Lexicon) CodeName(code string) string {
	l.namesOnce.Do(func() {
		l.names = map[string]string{}
		for _, e := range l.entries {
			if e.place || e.club || e.Type == marsad.ActorPerson {
				continue
			}
			if _, ok := l.names[e.Code]; !ok {
				l.names[e.Code] = e.Name
			}
		}
	})
	if len(code) == 6 {
		// SAUGOV, GBRMED: the state's role itself, not the first body
		// of the lexicon that has the code (a grain agency, a newspaper).
		if r, ok := roleNames[code[3:]]; ok {
			if country, ok := l.names[code[:3]]; ok {
				return r + " – " + country
			}
		}
	}
	if n, ok := l.names[code]; ok {
		return n
	}
	if len(code) == 9 {
		// IRQKURGOV: the role of a region named by its own code.
		if r, ok := roleNames[code[6:]]; ok {
			if region, ok := l.names[code[:6]]; ok {
				return r + " – " + region
			}
		}
	}
	if len(code) > 3 {
		if country := l.CodeName(code[:3]); country != "" {
			role := code[3:]
			if r, ok := roleNames[role[:min(3, len(role))]]; ok {
				return r + " – " + country
			}
			return country + " " + role
		}
	}
	return ""
}

// nameOf is CodeName, falling back to the code itself.
func (l *Lexicon) nameOf(code string) string {
	if n := l.CodeName(code); n != "" {
		return n
	}
	return code
}

// successive reports two people in office at known times, so that an
// alias they share can be told apart by the date (when both held office
// then, the first named keeps it).
func successive(a, b *entry) bool {
	return a.Type == marsad.ActorPerson && b.Type == marsad.ActorPerson && len(a.Roles) > 0 && len(b.Roles) > 0
}
