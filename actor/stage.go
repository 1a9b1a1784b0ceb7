package actor

import (
	"slices"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/marsad/marsad"
	"github.com/marsad/marsad/arabic"
)

// New returns the stage that links entities and quote speakers to actors
// and adds the entities that the lexicon knows but the tagger missed.
func New() (marsad.Stage, error) {
	l, err := DefaultLexicon()
	if err != nil {
		return nil, err
	}
	return &stage{l: l}, nil
}

// NewStage returns the stage over a given lexicon.
func NewStage(l *Lexicon) marsad.Stage { return &stage{l: l} }

type stage struct{ l *Lexicon }

func (s *stage) Name() string { return "actor" }
func (s *stage) Requires() []string {
	return []string{marsad.AnnTokens, marsad.AnnEntities, marsad.AnnQuotes}
}
func (s *stage) Provides() []string { return []string{marsad.AnnActors} }

// Process links every entity and speaker.
func (s *stage) Process(d *marsad.Document) error {
	date := d.Published
	keys := tokenKeys(d.Tokens)
	s.cutProclitics(d, keys)
	s.restoreFa(d, keys)
	s.joinHyphenated(d, keys)
	joinDotted(d)
	s.addLexiconEntities(d, keys)
	s.addArmies(d, keys)
	quotedDone := s.quotedNames(d, keys, date)
	s.dropQuotedWords(d, keys)
	s.retypeQuotedPlaces(d, keys)
	dropVerbalFatah(d, keys)
	dropEnthusiasm(d, keys)
	dropVerbalAden(d, keys)
	dropPenaltyBaqubah(d, keys)
	dropWestSide(d, keys)
	dropMonthOrdinals(d, keys)
	s.dropCountedNationalities(d, keys)
	dropAdverbDouma(d, keys)
	s.dropAccusatives(d, keys)
	dropClauseVerbs(d, keys)
	cutRelatives(d, keys)
	cutLeadingParticles(d, keys)
	s.dropPrepositionAla(d, keys, date)
	dropCommonNouns(d)
	quotedDone = retypeBenSurnames(d, quotedDone)
	joinGodNames(d)
	s.dropCurrencies(d, keys)
	s.dropAdjectives(d, keys)
	s.dropSuffixedNouns(d)
	s.widenCutNames(d)
	s.widenFirstNames(d)
	s.joinPlaces(d, date)
	s.widenCutCountries(d, keys)
	s.cutPlatforms(d, keys)
	s.splitToldOutlets(d, keys)
	banks := s.bankNames(d, keys)
	surnames := s.joinSurnames(d, keys)
	// Names seen in the document, for coreference: last word → actor.
	names := map[string]*marsad.ActorRef{}
	// Outlets named in full, for their short name: last word → actor.
	outlets := map[string]*marsad.ActorRef{}
	// Institutions named with their country, for their bare name: the
	// institution's key → actor.
	namedInst := map[string]*marsad.ActorRef{}
	// Parties named in full with حركة or حزب, for their name alone: the
	// name's word → actor.
	var parties map[string]*marsad.ActorRef
	s.splitPairs(d)
	counts, order := s.countryCounts(d, keys)
	home := s.home(d, counts, order)
	s.addCoalitions(d, counts)
	for i := range d.Entities {
		e := &d.Entities[i]
		if e.Actor != nil || quotedDone[e.Span] || banks[e.Span] {
			continue // linked when added (addCoalitions, quotedNames)
		}
		if s.l.Company(e.Text) && !surnames[e.Span] {
			e.Type = marsad.ORG // كتب على تويتر، أعلنت غوغل: a body, no state actor
			continue
		}
		if s.treatyNamed(d, keys, e) {
			continue // اتفاق أوسلو، معاهدة لشبونة: the treaty, no state actor
		}
		outlet := e.Type == marsad.PER && afterOutletNoun(d, keys, e.Span)
		if outlet {
			e.Type = marsad.ORG // مجلة "فورين بوليسي"، تلفزيون راين: the outlet, no person
		}
		typ := e.Type // as tagged: a name retyped ORG still names a person for coreference
		s.retype(d, keys, e)
		club := clubNamed(d, keys, e)
		res := s.l.Resolve(e.Text, date)
		ref := res.Ref
		if outlet && ref != nil && strings.HasPrefix(ref.ID, "person/") {
			ref = nil // شبكة حقاني: the network, not the man
		}
		if club {
			ref = nil // نادي إشبيلية: the club, no state actor
		}
		if ref != nil && len(ref.Code) == 6 && strings.HasSuffix(ref.Code, "GOV") && ref.ID == "country/"+ref.Code[:3] && e.Type != marsad.LOC && afterOutletNoun(d, keys, e.Span) {
			ref = s.l.compose(ref.Code[:3], "MED") // صحيفة ذا لندن إيفنينغ ستاندرد: a paper of the capital, not its government
		}
		if ref != nil && strings.HasPrefix(ref.ID, "person/") && bodyForTitled(d, e.Span) {
			ref = nil // مركز الملك عبد الله بن عبد العزيز للحوار: the centre, not the king
		}
		if ref != nil && strings.HasPrefix(ref.ID, "person/") && namedForPerson(e.Text) {
			if c := ref.Code; len(c) >= 3 && countryCodes[c[:3]] && arabic.Normalize(strings.TrimLeft(strings.Fields(e.Text)[0], "وفبل")) == "حزب" {
				ref = s.l.compose(c[:3], "PTY") // حزب ماكرون: a party of his country
			} else {
				ref = nil // برج ترامب، منظمة ترامب: his tower or firm, not the man
			}
		}
		if ref != nil && ref.Code == "IGOUNO" && strings.Join(key(e.Text), " ") == "مجلس الامن" {
			if next, after := s.securityCouncil(d, e.Span); next {
				// مجلس الأمن القومي البريطاني: a country's council, not the UN's.
				ref = nil
				if c := after; c != "" {
					ref = s.l.compose(c, "GOV")
				} else if home != "" {
					ref = s.l.compose(home, "GOV")
				}
			}
		}
		if e.Type == marsad.PER && s.countryInName(e.Text, res) {
			ref = nil // محمد السويد، فهد بن تركي: a name, not Sweden or Turkey
		}
		if ref != nil && e.Type == marsad.PER && !strings.HasPrefix(ref.ID, "person/") && s.adjectiveFirstName(e.Text) {
			ref = nil // تركي المالكي: a first name, not a Turk
		}
		if ref == nil && e.Type == marsad.PER {
			if t := titleBefore(d, e.Span); t != "" && givenName(key(e.Text)) {
				ref = s.titledHolder(d, e.Span, t, date) // الملك سلمان، الملك عبد الله: the king, by his title
			}
		}
		if ref != nil && e.Type == marsad.ORG && len(ref.Code) == 6 && strings.HasSuffix(ref.Code, "LEG") && strings.HasPrefix(ref.ID, "organisation/") {
			if c := s.adjectiveAfter(d, e.Span); c != "" && c != ref.Code[:3] {
				ref = s.l.compose(c, "LEG") // مجلس نواب الشعب الصيني: China's, not Tunisia's
			}
		}
		if role, ok := s.l.inst[strings.Join(key(e.Text), " ")]; ok && ref == nil {
			if c := s.adjectiveAfter(d, e.Span); c != "" {
				ref = s.l.compose(c, role) // وزارة الداخلية التونسية
			} else if r := namedInst[strings.Join(key(e.Text), " ")]; r != nil && r.Code != "" && !nameGoesOn(d, keys, e.Span) {
				ref = r // المحكمة العليا after المحكمة الإسرائيلية العليا
			} else if home != "" {
				ref = s.l.compose(home, role)
			}
		}
		toks := key(e.Text)
		if ref == nil && e.Type == marsad.PER && len(toks) > 1 && patronymic[toks[len(toks)-2]] {
			ref = names[strings.Join(toks[len(toks)-2:], " ")] // بن سلمان → محمد بن سلمان
		}
		if ref == nil && e.Type == marsad.PER && len(toks) > 1 && !pastSentence(d, e.Span, date) {
			// مندوب فلسطين رياض منصور after منصور العتيبي: a full name's
			// own title tells more than a word it shares with another's.
			ref = s.apposedTitle(d, keys, e, date, home, counts)
			toks = key(e.Text)
			if ref == nil {
				ref = s.titleAfter(d, keys, e, date)
			}
		}
		if ref == nil && e.Type == marsad.PER && len(toks) > 0 {
			ref = names[toks[len(toks)-1]] // الأسد → بشار الأسد
			if ref == nil && len(toks) == 1 {
				if m, ok := s.l.keys[toks[0]]; ok && m.kind == kActor && m.weak {
					ref = nil // a common word: only by coreference
				}
			}
		}
		if ref == nil && e.Type == marsad.PER && len(toks) == 1 {
			// A weak alias whose full name appeared earlier.
			if m, ok := s.l.keys[toks[0]]; ok && m.kind == kActor && m.e.Type == marsad.ActorPerson {
				for _, r := range names {
					if r.ID == m.e.ID {
						ref = r
					}
				}
			}
		}
		if ref == nil && e.Type == marsad.LOC && len(toks) == 1 && toks[0] == "كوريا" {
			ref = s.korea(d, keys, e.Span) // كوريا alone: the one of the two the story names
		}
		if ref == nil && e.Type == marsad.ORG && len(toks) == 1 && toks[0] == "الجزيره" && jazeera(d, e.Span) {
			ref = s.l.Resolve("قناة الجزيرة", date).Ref // بعد ظهوره على قناة "الجزيرة"، غلق الجزيرة: the channel, not an island
		}
		if ref == nil && e.Type == marsad.PER && len(toks) == 1 && contextual[toks[0]] {
			// الأسد in a story that names Syria: Bashar al-Assad.
			if m, ok := s.l.keys[toks[0]]; ok && m.kind == kActor && m.e.Type == marsad.ActorPerson {
				if r := m.on(date).ref(date); r != nil && len(r.Code) >= 3 && counts[r.Code[:3]] > 0 {
					ref = r
				}
			}
		}
		if ref == nil && e.Type == marsad.PER && !pastSentence(d, e.Span, date) {
			ref = s.apposedTitle(d, keys, e, date, home, counts) // وزير الداخلية البريطاني ساجد جويد
			// حامي أقصوي: the title may bring back the first name the tagger left out.
			toks = key(e.Text)
			if ref == nil {
				ref = s.titleAfter(d, keys, e, date) // فلان، رئيس الوزراء الأسترالي
			}
		}
		if ref != nil && len(toks) == 1 && strings.HasSuffix(ref.Code, "GOV") && strings.Count(ref.ID, "/") == 1 && afterFighters(d, e.Span) {
			ref = nil // مقاتلين أكرا: a misspelt people, not Accra
		}
		if ref != nil && birthplace(d, e) {
			ref = nil // مسقط رأسه: a birthplace, not Muscat
		}
		if ref != nil && strings.HasPrefix(ref.ID, "organisation/") && s.otherParty(d, e.Span, ref.Code) {
			ref = nil // الحزب الجمهوري الإسلامي: Iran's party, not the US one
		}
		if ref != nil && e.Type == marsad.LOC && stateNamesakes[ref.Code] != "" && afterState(d, keys, e.Span) {
			ref = s.l.compose(stateNamesakes[ref.Code], "") // ولاية جورجيا: the US state, not the country
		}
		if ref != nil && len(toks) <= 2 && strings.HasSuffix(ref.Code, "GOV") && strings.Count(ref.ID, "/") == 1 && e.Type == marsad.LOC && (partOfCity(d, e.Span) || placeBefore(d, keys, e.Span) || inCapital(d, keys, e.Span) || atPerson(d, e.Span)) {
			if p, ok := s.l.Place(e.Text); ok {
				ref = p // مطار أسمرة، شوارع بغداد: the city, not its government
			}
		}
		if ref != nil && ref.Code == "OMN" && len(toks) == 1 && toks[0] == "عمان" && amman(d, e) && !s.listedWithCountry(d, e.Span, date) {
			ref = &marsad.ActorRef{ID: "city/عمان", Code: "JORGOV", Name: "عمّان"}
			if e.Type == marsad.LOC && (partOfCity(d, e.Span) || placeBefore(d, keys, e.Span) || inCapital(d, keys, e.Span)) {
				ref.Code = "JOR" // اشتباكات في العاصمة عمان: the city, not the government
			}
		}
		if ref != nil && len(toks) == 1 && verbalEntity(d, e, toks[0]) {
			ref = nil // فتح حوار: the verbal noun, not Fatah
		}
		if ref != nil && len(toks) == 1 && sporting(d) {
			if m, ok := s.l.keys[toks[0]]; ok && m.kind == kPlace {
				// روما، باريس in a football story: the club or the city,
				// never the government.
				ref = nil
				if e.Type == marsad.LOC {
					ref, _ = s.l.Place(e.Text)
				}
			}
		}
		if ref != nil && e.Type == marsad.PER && strings.HasPrefix(ref.ID, "organisation/") && godCompound(toks) {
			ref = nil // فتح الله غولن: a man's compound name, not Fatah
		}
		if ref != nil && len(toks) == 1 && toks[0] == "فتح" && !palestinian(d) {
			ref = nil // بفتح بحث in a Tunisian court story: no Fatah without Palestine
		}
		if ref != nil && e.Type == marsad.PER && strings.HasPrefix(ref.ID, "person/") && len(ref.Code) >= 3 && sonAfter(d, e.Span) {
			ref = s.l.compose(ref.Code[:3], "") // ترامب الابن: the son, not the president
		}
		if ref != nil && strings.HasPrefix(ref.ID, "organisation/") && s.toldTo(e.Text, ref.ID) {
			ref = nil // الصياد لبي بي سي: the one who told the BBC
		}
		if ref != nil && e.Type == marsad.PER && strings.HasPrefix(ref.ID, "person/") && s.l.namesake(toks, ref.ID) {
			ref = nil // ميلانيا ترامب: his wife, not the president
			if e.Type == marsad.PER {
				// وزير الصحة البريطاني جيريمي هانت after a name that ran into his.
				ref = s.apposedTitle(d, keys, e, date, home, counts)
				toks = key(e.Text)
			}
		}
		if ref != nil && e.Type == marsad.PER && strings.HasPrefix(ref.ID, "person/") {
			if other, ok := bareNamesake(d, e, ref.ID); ok {
				ref = other // كيم after كيم جونغ-نام: the brother, not the leader
			}
		}
		if ref != nil && ref.Code == "NGOHLHIRC" && len(toks) <= 2 {
			if c := s.adjectiveAfter(d, e.Span); countryCodes[c] {
				ref = s.l.compose(c, "NGO") // الهلال الأحمر التركي: the country's society, not the ICRC
			}
		}
		if ref != nil && ref.ID == interpolID {
			ref = s.nationalBureau(d, e, ref) // الإنتربول السعودي: the country's police
		}
		if r, ok := s.quotedPaper(d, keys, e, date); ok {
			ref, e.Type = r, marsad.ORG // صحيفة "الشرق الأوسط": the paper, not the region
		}
		if ref == nil {
			ref = s.iraqiKurdistan(d, keys, e, counts, date) // الحكومة المحلية في كردستان وبغداد
		}
		if ref == nil && e.Type == marsad.ORG && len(toks) == 1 {
			ref = parties[toks[0]] // النهضة after حركة النهضة: the party named again
		}
		ref = s.outlet(d, e, toks, ref, outlets)
		e.Actor = ref
		if ref != nil && e.Type == marsad.ORG && len(toks) == 2 && partyHeads[toks[0]] && strings.HasSuffix(ref.Code, "PTY") {
			if parties == nil {
				parties = map[string]*marsad.ActorRef{}
			}
			parties[toks[1]] = ref
		}
		if k := s.instWithout(toks); k != "" && ref != nil && len(ref.Code) > 3 {
			if r := namedInst[k]; r != nil && r.Code != ref.Code {
				namedInst[k] = &marsad.ActorRef{} // two countries' courts: the bare name is either
			} else {
				namedInst[k] = ref
			}
		}
		if typ == marsad.PER && len(toks) > 1 {
			if ref != nil {
				for j, t := range toks {
					if j > 0 && patronymic[toks[j-1]] {
						names[toks[j-1]+" "+t] = ref // بن سلمان is the son
						continue                     // سلمان alone is his father
					}
					if utf8.RuneCountInString(t) > 2 && !givenNames[t] {
						names[t] = ref
					}
				}
			}
		}
	}
	widenLandmarks(d)
	s.addCourtRepeats(d, keys)
	// Speakers: the linked entity inside the speaker's span, else the
	// speaker's own words, else the dateline's country for a role alone.
	titled := map[string]*marsad.ActorRef{}
	for i := range d.Quotes {
		sp := d.Quotes[i].Speaker
		if sp == nil || sp.Actor != nil {
			continue
		}
		if len(key(sp.Text)) == 1 {
			// الجيش الإسرائيلي ... وقال الجيش: the head alone names again
			// the earlier speaker, before the story's country is guessed.
			sp.Actor = shortRepeat(d.Quotes[:i], sp)
		}
		if sp.Actor == nil {
			sp.Actor = s.speaker(d, sp, names, home, date, keys)
		}
		if sp.Actor == nil {
			sp.Actor = titledSurname(d, sp, titled)
		}
		if sp.Actor == nil {
			sp.Actor = shortRepeat(d.Quotes[:i], sp)
		}
		if sp.Actor == nil {
			sp.Actor = headAntecedent(d, sp, keys)
		}
		rememberTitled(d, sp, titled)
	}
	return nil
}

// retype gives entity e the type of what the lexicon knows its whole text
// to be: a city typed ORG where the words before make it a place
// (مراسلة بي بي سي في سول) is a place, an organisation or armed group
// typed LOC is an organisation (لوكالة إنترفاكس), a club by its own name
// typed LOC a club (سان جرمان) unless a place noun or a locative comes
// before it (منطقة بشكتاش: the district), and so is a club named in two
// words or more typed PER (كييفو فيرونا) and an
// armed group typed PER or MISC when named in two words or more (فيلق
// الرحمن) and an
// organisation typed PER when named in two words or more or in quotes
// (ل بي بي سي، قائمة "سائرون"); one bare word typed PER may be a person
// (قال فتح، قال الحوثي). A place of the lexicon named in several words
// and typed PER is a place (كرم أبو سالم). A people named by a plural
// of the lexicon (الأكراد) and typed ORG is MISC: a people, linked as
// such, no body. A city typed ORG elsewhere may be a club or a paper
// (خطف روما بطاقته، صحيفة الرياض) and stays; so do a country, a person,
// and MISC (البيت الأبيض, the house and the office), but for an
// international or non-governmental organisation or a news agency, paper
// or channel typed MISC, a body (أونروا، أوكسفام، إرنا، سانا، فوكس نيوز).
// keys are the tokens' keys.
func (s *stage) retype(d *marsad.Document, keys []string, e *marsad.Entity) {
	m, ok := s.l.keys[strings.Join(key(e.Text), " ")]
	if !ok || m.weak {
		return
	}
	switch {
	case m.kind == kPlace && e.Type == marsad.ORG && !sporting(d) && (partOfCity(d, e.Span) || placeBefore(d, keys, e.Span) || inCapital(d, keys, e.Span)):
		e.Type = marsad.LOC
	case m.kind == kActor && (m.e.Type == marsad.ActorOrg || m.e.Type == marsad.ActorArmed) && !m.e.club && e.Type == marsad.LOC:
		e.Type = marsad.ORG
	case m.kind == kActor && m.e.club && e.Type == marsad.LOC && !after(d, e.Span, placeNouns) && !placeBefore(d, keys, e.Span):
		e.Type = marsad.ORG // انضم إلى سان جرمان: the club by its own name; منطقة بشكتاش is the district
	case m.kind == kActor && m.e.club && e.Type == marsad.PER && strings.Contains(e.Text, " "):
		e.Type = marsad.ORG // على مضيفه كييفو فيرونا: the club, no person
	case m.kind == kActor && m.e.Type == marsad.ActorOrg && !m.e.club && e.Type == marsad.PER && (strings.Contains(e.Text, " ") || quoted(d, e.Span) || parenthesized(d, e.Span) || nonState(m.e)):
		e.Type = marsad.ORG // ومقر وزارة الدفاع الأمريكية (بنتاغون): the body's short name
	case m.kind == kActor && m.e.Type == marsad.ActorOrg && !m.e.club && e.Type == marsad.MISC && (nonState(m.e) || media(m.e) || strings.Contains(e.Text, " ")):
		e.Type = marsad.ORG // وكالة "أونروا"، منظمة "أوكسفام"، وكالة "إرنا": an international, non-governmental or news body; البيت الأبيض: a body named in several words
	case m.kind == kActor && m.e.Type == marsad.ActorArmed && (e.Type == marsad.PER || e.Type == marsad.MISC) && strings.Contains(e.Text, " "):
		e.Type = marsad.ORG // واتهم فيلق الرحمن روسيا، فصيل "فيلق الرحمن": the group
	case m.kind == kPlace && e.Type == marsad.PER && !sporting(d) && !strings.Contains(e.Text, " ") && placeIn(d, keys, e.Span):
		e.Type = marsad.LOC
	case m.kind == kActor && m.e.Type == marsad.ActorPerson && e.Type == marsad.LOC && !after(d, e.Span, placeNouns) && !placeBefore(d, keys, e.Span):
		e.Type = marsad.PER // وحصلت هاسبل: a person the lexicon knows is no place, but مدينة غريفيث is
	case m.kind == kPlace && e.Type == marsad.PER && !sporting(d) && strings.Contains(e.Text, " "):
		e.Type = marsad.LOC // معبر كرم أبو سالم: a place named in several words is no person
	case m.kind == kAdj && e.Type == marsad.ORG && peoplePlural(strings.Join(key(e.Text), " ")):
		e.Type = marsad.MISC // قال الأكراد: a people, no body
	}
}

// peoplePlural reports the key of a nationality's plural, which names a
// people (الأكراد، أتراك، السوريون، الفلسطينيين): an irregular plural of
// the lexicon or a regular one of a nisba adjective.
func peoplePlural(k string) bool {
	for form := range irregularPlurals {
		if strings.Join(key(form), " ") == k {
			return true
		}
	}
	return strings.HasSuffix(k, "يون") || strings.HasSuffix(k, "يين")
}

// nonState reports a body of the lexicon that is an international or a
// non-governmental organisation (ريبريف، أوكسفام): its name is no
// person's, so one bare word typed PER is the body.
func nonState(e *entry) bool {
	return strings.HasPrefix(e.Code, "NGO") || strings.HasPrefix(e.Code, "IGO")
}

// media reports a body of the lexicon that is a news agency, paper or
// channel (إرنا، سانا، فرانس 24): its code ends in MED, so the bare name
// typed MISC is the body.
func media(e *entry) bool {
	return strings.HasSuffix(e.Code, "MED")
}

// placeIn reports a span followed by في and a place entity (أنشوراغ في
// ألاسكا): a place set in a larger one, not a person.
func placeIn(d *marsad.Document, keys []string, sp marsad.Span) bool {
	i := sort.Search(len(d.Tokens), func(i int) bool { return d.Tokens[i].Start >= sp.End })
	if i+1 >= len(d.Tokens) || len(keys) != len(d.Tokens) || keys[i] != "في" {
		return false
	}
	for _, e := range d.Entities {
		if e.Start == d.Tokens[i+1].Start && e.Type == marsad.LOC {
			return true
		}
	}
	return false
}

// clubWords are the nouns of a sports club, keyed as the tokens are.
var clubWords = keySet("نادي النادي")

// clubNamed reports a place name right after نادي (وقاد المدرب نادي
// إشبيلية، لاعب نادي روما): the club named after the city, not the city
// or its government. Entity e is retyped ORG.
func clubNamed(d *marsad.Document, keys []string, e *marsad.Entity) bool {
	if e.Type != marsad.LOC && e.Type != marsad.ORG {
		return false
	}
	i := sort.Search(len(d.Tokens), func(i int) bool { return d.Tokens[i].End > e.Start })
	if i == 0 || i >= len(d.Tokens) || d.Tokens[i].Start != e.Start || d.Tokens[i].Prefix != "" || len(keys) != len(d.Tokens) || !inSet(clubWords, keys[i-1], "وفبل") {
		return false
	}
	e.Type = marsad.ORG
	return true
}

// paperWords are the nouns of a newspaper and the preposition ل (لـ)
// that may stand right before a paper's name in quotation marks, keyed as
// the tokens are.
var paperWords = keySet("صحيفة الصحيفة جريدة الجريدة ل")

// agencyWords name a news agency before its name in quotation marks
// (وكالة "فارس").
var agencyWords = keySet("وكالة الوكالة")

// newsWords stand between وكالة and the agency's name (وكالة أنباء
// "الأناضول").
var newsWords = keySet("أنباء الأنباء")

// quotedPaper returns the newspaper named by entity e set in quotation
// marks right after صحيفة, جريدة or لـ (صحيفة "الشرق الأوسط"، لـ"الشرق
// الأوسط") when the lexicon holds صحيفة and the name as an outlet, or the
// news agency after وكالة or وكالة أنباء when it holds وكالة and the name
// (وكالة "فارس"، وكالة أنباء "الأناضول"), with ok; else ok is false.
// keys are the tokens' keys.
func (s *stage) quotedPaper(d *marsad.Document, keys []string, e *marsad.Entity, date string) (*marsad.ActorRef, bool) {
	if !quoted(d, e.Span) || len(keys) != len(d.Tokens) {
		return nil, false
	}
	i := sort.Search(len(d.Tokens), func(i int) bool { return d.Tokens[i].Start >= e.Start }) - 1
	for i >= 0 && (quoteMarks[d.Tokens[i].Text] || d.Tokens[i].Text == "ـ") {
		i-- // the quotation mark, and the tatweel of لـ
	}
	if i < 0 || d.Tokens[i].Kind != marsad.TokenWord {
		return nil, false
	}
	head := "صحيفة "
	switch {
	case inSet(agencyWords, keys[i], "وفبل"):
		head = "وكالة " // وكالة "فارس": the agency
	case newsWords[keys[i]] && d.Tokens[i].Prefix == "" && i > 0 && inSet(agencyWords, keys[i-1], "وفبل"):
		head = "وكالة " // وكالة أنباء "الأناضول": the agency
	case !inSet(paperWords, keys[i], "وفب"):
		return nil, false
	}
	ref := s.l.Link(head+e.Text, date)
	if ref == nil || !strings.HasPrefix(ref.ID, "organisation/") || !strings.HasSuffix(ref.Code, "MED") {
		return nil, false
	}
	return ref, true
}

// outletNouns are the nouns of a newspaper, a magazine, a broadcaster or
// a network that head the name of one (صحيفة "صباح"، مجلة "فورين بوليسي"،
// تلفزيون راين، شبكة حقاني), keyed as the tokens are; with the article
// (الصحيفة، الشبكة) the noun is no head of the name after it.
var outletNouns = keySet("صحيفة جريدة مجلة إذاعة تلفزيون قناة شبكة")

// afterOutletNoun reports a span right after a noun of outletNouns with no
// article, a quotation mark between them or not: the name of the outlet
// or the network, a body, though the tagger took it for a person. keys
// are the tokens' keys.
func afterOutletNoun(d *marsad.Document, keys []string, sp marsad.Span) bool {
	if len(keys) != len(d.Tokens) {
		return false
	}
	i := sort.Search(len(d.Tokens), func(i int) bool { return d.Tokens[i].Start >= sp.Start }) - 1
	if i >= 0 && quoteMarks[d.Tokens[i].Text] {
		i--
	}
	if i < 0 || d.Tokens[i].Kind != marsad.TokenWord || !outletNouns[keys[i]] {
		return false
	}
	return !strings.Contains(d.Slice(marsad.Span{Start: d.Tokens[i].End, End: sp.Start}), "\n")
}

// parenthesized reports a span with an opening parenthesis right before
// it: a short name after the full one (وزارة الدفاع الأمريكية (بنتاغون)).
func parenthesized(d *marsad.Document, sp marsad.Span) bool {
	return sp.Start > 0 && d.Slice(marsad.Span{Start: sp.Start - 1, End: sp.Start}) == "("
}

// quoted reports a span with a quotation mark right before it (قائمة
// "سائرون"، «النصر»).
func quoted(d *marsad.Document, sp marsad.Span) bool {
	if sp.Start <= 0 || sp.Start > d.Index().Runes() {
		return false
	}
	b := []rune(d.Slice(marsad.Span{Start: sp.Start - 1, End: sp.Start}))
	return len(b) == 1 && strings.ContainsRune("\"«“", b[0])
}

// rememberTitled records, for a speaker linked by his own title to an
// office or a country (وزير التخطيط سلمان الجميلي → IRQGOV، مسؤول التبادل
// البريدي الفلسطيني رمضان غزاوي → PSE) whose name no entity links, that
// name and its words after the first against the speaker's actor. Not when an entity in the speaker has
// an actor of its own (محامي ترامب، فلان: Trump's, not the lawyer's),
// unless it is a place that a title governs (محافظ الحديدة فلان، سفير
// الكويت فلان: the office is the place's), not one he is in or deals with
// (باحث في شؤون شرق إفريقيا، متحدثة باسم المكتب في دمشق).
func rememberTitled(d *marsad.Document, sp *marsad.Mention, titled map[string]*marsad.ActorRef) {
	if sp.Actor == nil {
		return
	}
	var name *marsad.Entity
	for i, e := range d.Entities {
		if !sp.Span.Contains(e.Span) {
			continue
		}
		if e.Actor != nil && (e.Type != marsad.LOC || !placeTitles[wordBefore(d, e.Span)]) {
			return
		}
		if e.Type == marsad.PER {
			name = &d.Entities[i]
		}
	}
	if name == nil {
		return
	}
	toks := key(name.Text)
	if len(toks) < 2 {
		return
	}
	titled[strings.Join(toks, " ")] = sp.Actor // رمضان غزاوي again, with no title
	for _, t := range toks[1:] {
		if utf8.RuneCountInString(t) > 2 && !givenNames[t] && !patronymic[t] {
			titled[t] = sp.Actor
		}
	}
}

// placeTitles are the titles of an office of a place, and the nouns of
// its offices and bodies, that govern its name (محافظ الحديدة، سفير
// الكويت، مدعي طهران، رئيس وزراء أستراليا، قائد شرطة لندن، حاكم ولاية
// كيرالا), as key gives them.
var placeTitles = setOf("محافظ محافظه حاكم حاكمه مدعي مدعيه سفير سفيره قنصل قنصله عمده رييس رييسه وزير وزيره وزراء مندوب مندوبه ممثل ممثله قايد " +
	"خارجيه داخليه دفاع جيش شرطه ولايه بلديه مدينه")

// wordBefore returns the key of the word right before span sp, past a
// hashtag's mark (محافظ #صعدة), "" when none stands right before it.
func wordBefore(d *marsad.Document, sp marsad.Span) string {
	for i, t := range d.Tokens {
		if t.Start >= sp.Start {
			j := i - 1
			if j >= 0 && d.Tokens[j].Text == "#" {
				j--
			}
			if j < 0 || d.Tokens[j].Kind != marsad.TokenWord {
				return ""
			}
			return tokenKey(d.Tokens[j].Text)
		}
	}
	return ""
}

// titledSurname returns the actor of the titled speaker named before whose
// name is speaker sp or holds its one word (وأضاف الجميلي after وزير
// التخطيط سلمان الجميلي; وقال رمضان غزاوي after his title), or whose name
// is the one name sp holds, with no actor, after a title of its own
// (وأكد المحافظ رمضان غزاوي); nil for none.
func titledSurname(d *marsad.Document, sp *marsad.Mention, titled map[string]*marsad.ActorRef) *marsad.ActorRef {
	if r := titled[strings.Join(key(sp.Text), " ")]; r != nil {
		return r
	}
	var name *marsad.Entity
	for i, e := range d.Entities {
		if !sp.Span.Contains(e.Span) || e.Span == sp.Span {
			continue
		}
		if e.Actor != nil || e.Type != marsad.PER || name != nil {
			return nil
		}
		name = &d.Entities[i]
	}
	if name == nil || name.End != sp.End {
		return nil
	}
	return titled[strings.Join(key(name.Text), " ")]
}

// adjectiveFirstName reports a person's name of more than one word that
// opens with a nationality adjective without the article (تركي الفيصل،
// تركي المالكي): there the adjective is a first name.
func (s *stage) adjectiveFirstName(name string) bool {
	toks := key(name)
	if len(toks) < 2 || strings.HasPrefix(toks[0], "ال") {
		return false
	}
	m, ok := s.l.keys[toks[0]]
	return ok && m.kind == kAdj
}

// toldTo reports an entity that names the organisation id only after its
// first word, with the preposition ل on it and after a word not of its
// name (الصياد لبي بي سي، الشرطة لرويترز): the tagger joined a source and
// the outlet it spoke to.
func (s *stage) toldTo(text, id string) bool {
	return s.toldAt(text, id) > 0
}

// toldAt returns the index of the word of text where the outlet id it was
// told to begins (toldTo), or -1.
func (s *stage) toldAt(text, id string) int {
	words := strings.Fields(text)
	toks := key(text)
	if len(words) != len(toks) {
		return -1
	}
	for i := 0; i < len(toks); {
		m, n := s.l.longest(toks, i)
		if n > 0 && m.kind == kActor && m.e.ID == id {
			if i > 0 && strings.HasPrefix(words[i], "ل") && !strings.HasPrefix(toks[i], "ل") && !inName(m.e, toks[i-1]) {
				return i
			}
			return -1
		}
		i += max(n, 1)
	}
	return -1
}

// inName reports a word of the actor's name or aliases (الدولية of
// اللجنة الدولية للصليب الأحمر), as key gives it.
func inName(e *entry, k string) bool {
	for _, name := range append([]string{e.Name}, e.Aliases...) {
		if slices.Contains(key(name), k) {
			return true
		}
	}
	return false
}

// patronymic words put the father's name after them (بن، ابن، بنت).
var patronymic = map[string]bool{"بن": true, "ابن": true, "بنت": true}

// titleBefore returns the title right before span sp (الملك، الأمير،
// الشيخ، السلطان), normalised, or "".
func titleBefore(d *marsad.Document, sp marsad.Span) string {
	before := wordsBefore(d, sp, 12)
	if len(before) == 0 {
		return ""
	}
	w := arabic.Normalize(before[len(before)-1])
	if strings.HasPrefix(w, "لل") {
		w = "ا" + w[len("ل"):] // للملك: ل + الملك
	}
	w = strings.TrimLeft(w, "وفبلك")
	switch w {
	case "الملك", "الامير", "الشيخ", "السلطان", "العاهل":
		if len(before) > 1 && inSet(namedFor, arabic.Normalize(before[len(before)-2]), "وفبل") {
			return "" // مركز الملك سلمان للإغاثة: a body named for him
		}
		return w
	}
	return ""
}

// givenName reports the keys of one given name: one word, or two that
// make one name, عبد and the name after it or a word and الله (عبد الله،
// عبد العزيز، نصر الله).
func givenName(toks []string) bool {
	return len(toks) == 1 || len(toks) == 2 && (toks[0] == "عبد" || toks[1] == "الله")
}

// lateWords mark the holder of a title as one who held it before (العاهل
// الراحل، الملك السابق), normalised.
var lateWords = setOf("الراحل السابق الاسبق")

// titledHolder returns the actor the title t and the given name at sp name
// together (الملك سلمان). Where two holders share them in turn (الملك عبد
// الله: the Saudi king until 2015, the Jordanian since), a country named
// by the words right before the title (العاهل السعودي الملك عبد الله، عاهل
// الأردن الملك عبد الله) picks the holder of that country, and a word of
// one who held it before (الراحل، السابق) the one not in office on date.
func (s *stage) titledHolder(d *marsad.Document, sp marsad.Span, t, date string) *marsad.ActorRef {
	ref := s.l.Resolve(t+" "+d.Slice(sp), date).Ref
	m, ok := s.l.keys[strings.Join(key(t+" "+d.Slice(sp)), " ")]
	if ref == nil || !ok || m.kind != kActor || m.alt == nil {
		return ref
	}
	before := wordsBefore(d, sp, 48)
	if len(before) < 2 {
		return ref
	}
	before = before[max(0, len(before)-4) : len(before)-1] // the words before the title
	late := false
	for _, w := range before {
		w = strings.Trim(w, "،,.\"«»()")
		k := tokenKey(w)
		if lateWords[arabic.Normalize(w)] {
			late = true
		}
		c := ""
		if n, ok := s.l.keys[k]; ok && n.kind == kAdj {
			c = n.code
		} else if ok && n.kind == kActor && n.e.Type == marsad.ActorCountry {
			c = n.e.Code
		}
		for _, h := range []*entry{m.e, m.alt} {
			if c != "" && h.Code == c {
				return h.ref(date)
			}
		}
	}
	if late {
		for _, h := range []*entry{m.e, m.alt} {
			if !h.inOffice(date) {
				return h.ref(date)
			}
		}
	}
	return ref
}

// bodyForTitled reports a name right after a title that a noun of namedFor
// governs (مركز الملك عبد الله بن عبد العزيز، جامعة الملك سعود): a body or
// a place named for the holder.
func bodyForTitled(d *marsad.Document, sp marsad.Span) bool {
	before := wordsBefore(d, sp, 24)
	n := len(before)
	if n < 2 {
		return false
	}
	w := arabic.Normalize(before[n-1])
	if strings.HasPrefix(w, "لل") {
		w = "ا" + w[len("ل"):] // لمركز الملك، للملك: ل + الملك
	}
	switch strings.TrimLeft(w, "وفبلك") {
	case "الملك", "الامير", "الشيخ", "السلطان":
		h := arabic.Normalize(before[n-2])
		return inSet(namedFor, h, "وفبل") || inSet(namedFor, strings.TrimPrefix(strings.TrimLeft(h, "وفب"), "ال"), "") // المركز الملك
	}
	return false
}

// wordsBefore returns the words of the n code points right before span sp,
// the first of them possibly cut; none at the start of the text.
func wordsBefore(d *marsad.Document, sp marsad.Span, n int) []string {
	if sp.Start <= 0 || sp.Start > d.Index().Runes() {
		return nil
	}
	return strings.Fields(d.Slice(marsad.Span{Start: max(0, sp.Start-n), End: sp.Start}))
}

// namedFor are the nouns of bodies and places named for a person (مركز
// الملك سلمان، جامعة الملك سعود، مطار الملك خالد).
var namedFor = map[string]bool{"مركز": true, "جامعه": true, "مطار": true, "مدينه": true, "شارع": true, "جايزه": true,
	"مستشفي": true, "مسجد": true, "قاعده": true, "ميناء": true, "موسسه": true, "برنامج": true, "جسر": true}

// namedForPerson reports a name of several words opened by a noun of a
// body, a building or a place named for a person (برج ترامب، منظمة ترامب،
// نادي ترامب للغولف، حزب ماكرون): the thing named, not the person.
func namedForPerson(text string) bool {
	w := strings.Fields(text)
	if len(w) < 2 {
		return false
	}
	k := arabic.Normalize(w[0])
	return inSet(namedFor, k, "وفبل") || inSet(personsThings, k, "وفبل")
}

// personsThings are the nouns, beside namedFor, of what a person's name
// after them may name as his (برج ترامب، منظمة ترامب، حزب ماكرون),
// normalised.
var personsThings = setOf("برج منظمه نادي فندق شركه منتجع ملعب حزب")

// afterFighters reports a plural noun of people right before span sp
// (مقاتلين، مسلحين، جنود).
func afterFighters(d *marsad.Document, sp marsad.Span) bool {
	before := wordsBefore(d, sp, 16)
	return len(before) > 0 && fighters[arabic.Normalize(before[len(before)-1])]
}

// birthplace reports مسقط followed by رأس (مسقط رأسه، مسقط الرأس): the
// place one was born, not Muscat.
func birthplace(d *marsad.Document, e *marsad.Entity) bool {
	if arabic.Normalize(e.Text) != "مسقط" {
		return false
	}
	after := strings.Fields(arabic.Normalize(d.Slice(marsad.Span{Start: e.End, End: min(d.Index().Runes(), e.End+12)})))
	return len(after) > 0 && strings.HasPrefix(strings.TrimPrefix(after[0], "ال"), "راس")
}

// partOfCity reports a word before span sp that makes a capital named
// there the city (مطار أسمرة، شوارع بغداد، في دمشق) rather than its
// government; so does a direction, after a preposition too (في شرق دمشق،
// من جنوب لندن): a part of a city is a place, though a part of a country
// may stand for its state.
func partOfCity(d *marsad.Document, sp marsad.Span) bool {
	before := wordsBefore(d, sp, 16)
	if len(before) == 0 {
		return false
	}
	w := arabic.Normalize(before[len(before)-1])
	return inSet(cityParts, w, "وفب") || inSet(directions, w, "وفب") || inSet(map[string]bool{"مدينه": true, "العاصمه": true}, w, "وفب")
}

// atPerson reports a span written with the preposition ب right after a
// person's name (استقبال الرئيس عمر البشير بالخرطوم موفدا، وصل المبعوث
// مارتن غريفيث بصنعاء): where that person is, a place.
func atPerson(d *marsad.Document, sp marsad.Span) bool {
	i := sort.Search(len(d.Tokens), func(i int) bool { return d.Tokens[i].End > sp.Start })
	if i == 0 || i >= len(d.Tokens) || d.Tokens[i].Prefix != "ب" || d.Tokens[i].Start+1 != sp.Start {
		return false
	}
	prev := d.Tokens[i-1]
	for _, e := range d.Entities {
		if e.Type == marsad.PER && e.End == prev.End && prev.End+1 == d.Tokens[i].Start {
			return true
		}
	}
	return false
}

// inCapital reports a capital written with the preposition ب right after a
// definite adjective or an embassy (الجامعة الأمريكية بالقاهرة، المحكمة
// العليا بلندن، السفارة بالرباط): where the thing before it is, not the
// government. After a verb or a noun of dealings (اتصال بدمشق، علاقات
// أنقرة بواشنطن) it stays the government. keys are the tokens' keys.
func inCapital(d *marsad.Document, keys []string, sp marsad.Span) bool {
	i := sort.Search(len(d.Tokens), func(i int) bool { return d.Tokens[i].End > sp.Start })
	if i == 0 || i >= len(d.Tokens) || len(keys) != len(d.Tokens) || d.Tokens[i].Prefix != "ب" || d.Tokens[i-1].Kind != marsad.TokenWord {
		return false
	}
	k := keys[i-1]
	return k == "السفاره" || k == "مقر" || strings.HasPrefix(k, "ال") && (strings.HasSuffix(k, "ي") || strings.HasSuffix(k, "يه")) && !concerning[k]
}

// concerning are the adjectives that take ب as "about" (الخاص بالرياض).
var concerning = map[string]bool{"الخاص": true, "الخاصه": true, "المعني": true, "المعنيه": true}

// placeBefore reports the words before span sp that make a capital named
// there a place, as Mentions reads them for events: a locative (في موسكو،
// في العاصمة الأوكرانية كييف، قرب تل أبيب) or a meeting or treaty named
// after the city (اجتماع باريس، اتفاق باريس). keys are the tokens' keys.
func placeBefore(d *marsad.Document, keys []string, sp marsad.Span) bool {
	i := sort.Search(len(d.Tokens), func(i int) bool { return d.Tokens[i].End > sp.Start })
	if i >= len(d.Tokens) || d.Tokens[i].Start > sp.Start || len(keys) != len(d.Tokens) {
		return false
	}
	if i > 0 && keys[i-1] == "في" && d.Tokens[i-1].Suffix != "" {
		return false // يتهم فيها الدوحة: "in it", then the subject
	}
	return locative(keys, i) || i > 0 && (namedAfter[keys[i-1]] || states[keys[i-1]] || outskirts[keys[i-1]]) || arrivedAt(keys, i) || departedFrom(keys, i) || movedFrom(keys, i) ||
		visitedTo(d.Tokens, keys, i) || capitalApposed(keys, i) || capitalNamed(d, keys, i) || visitedDirect(d, keys, i) || i > 0 && inSet(arrivalsOf, keys[i-1], "وبل") ||
		travelledTo(d, keys, i) || shelledAt(d, keys, i) || distantFrom(d, keys, i)
}

// outskirts are the nouns before a capital's name of the land around it,
// the province named after it, the road to it or the seat in it (ريف
// دمشق، غوطة دمشق، محافظة بغداد، خارج بغداد، طريق بغداد، نحو بغداد،
// ومقرها لندن): a place, not the government. Keyed as the tokens are.
var outskirts = keySet("ريف غوطة محافظة خارج طريق نحو مقرها مقره")

// capitalNamed reports a capital at token i named after العاصمة and the
// country's adjective (قرب العاصمة السورية دمشق، سكان العاصمة البريطانية
// لندن): the city, whatever comes before. keys are the tokens' keys.
func capitalNamed(d *marsad.Document, keys []string, i int) bool {
	return i > 1 && keys[i-2] == "العاصمه" && d.Tokens[i-2].Suffix == "" && nisba(bare(d.Tokens[i-1])) && !recognized(d, keys, i-2)
}

// recognized reports the word at keys[i], with the preposition ب, as the
// object of a verb or noun of recognition a few words before it (تعترف 17
// دولة بالعاصمة التايوانية تايبيه، الاعتراف بالعاصمة الصينية بكين): the
// state recognised, not the city.
func recognized(d *marsad.Document, keys []string, i int) bool {
	if !strings.HasSuffix(d.Tokens[i].Prefix, "ب") {
		return false
	}
	for j := i - 1; j >= 0 && j >= i-5; j-- {
		if d.Tokens[j].Kind != marsad.TokenWord {
			if keys[j] == "." || keys[j] == "،" {
				return false
			}
			continue
		}
		if strings.Contains(keys[j], "عترف") {
			return true
		}
	}
	return false
}

// arrivalsOf are the nouns of arriving with the pronoun of who arrives,
// whose object is the city reached (لدى وصولهم بيونغ يانغ); with the
// pronoun the city cannot be the one arriving (وصلت موسكو إلى قناعة).
var arrivalsOf = keySet("وصوله وصولها وصولهم وصولهما وصولنا")

// visitVerbs are the verbs of visiting whose object is the city visited
// (ستزور باريس، زار الرئيس دمشق), keyed as the tokens are.
var visitVerbs = keySet("زار زارت زارا زاروا يزور تزور يزوران تزوران يزورون سيزور ستزور سيزوران ستزوران سيزورون")

// visitTimes are the words of a time phrase that may stand between a verb
// of visiting and the city (وستزور في الأيام المقبلة باريس، يزور غدا
// موسكو), keyed as the tokens are.
var visitTimes = keySet("في خلال الأيام الأسبوع الشهر المقبل المقبلة القادم القادمة غدا اليوم أمس قريبا الأحد الاثنين الثلاثاء الأربعاء الخميس الجمعة السبت")

// visitedDirect reports a capital at token i that is the object of a verb
// of visiting, right after it or after a time phrase or the visitor's name
// (ستزور في الأيام المقبلة باريس، زار بوتين دمشق), with his title and its
// adjective or country, set off by commas or not (زار الرئيس الفرنسي
// موسكو، زار رئيس إريتريا، إسياس أفورقي، أديس أبابا), at most eight words
// before it with no other word or punctuation between: the city visited,
// a place. A comma right before the city needs its pair before it.
func visitedDirect(d *marsad.Document, keys []string, i int) bool {
	commas := 0
	for j := i - 1; j >= 0 && j >= i-9; j-- {
		if inSet(visitVerbs, keys[j], "وفس") {
			return commas != 1 || keys[i-1] != "،"
		}
		if keys[j] == "،" {
			commas++
			continue
		}
		t := d.Tokens[j]
		if t.Kind != marsad.TokenWord || !visitTimes[keys[j]] && !inPerson(d, t.Span) && !travelTitles[keys[j]] && !nisba(bare(t)) && !inEntity(d, t.Span) {
			return false
		}
	}
	return false
}

// moves are the verbs and nouns of moving a thing from one place to
// another (نقل السفارة من تل أبيب، انتقال المقر من بغداد), keyed as the
// tokens are.
var moves = keySet("نقل نقلت ينقل تنقل سينقل نقلها نقله نقلهم انتقال انتقل انتقلت")

// movedFrom reports a capital at token i after من and, at most three words
// before it with no punctuation between, a verb or noun of moving (نقل
// السفارة الأمريكية من تل أبيب إلى القدس): where the thing is moved from,
// a place.
func movedFrom(keys []string, i int) bool {
	if i < 2 || keys[i-1] != "من" {
		return false
	}
	for j := i - 2; j >= 0 && j >= i-4; j-- {
		if moves[keys[j]] {
			return true
		}
		if strings.ContainsAny(keys[j], ".،,:؛;()\"«»") {
			return false // another clause
		}
	}
	return false
}

// visitors are the nouns of visiting and visitors that take the city they
// go to with ل (الزائر لطهران، زيارته لدمشق).
var visitors = keySet("الزائر زائر زوار الزوار زيارة زيارته زيارتها زيارتهم")

// keySet returns the set of the keys of the space-separated words of s,
// as the tokens are keyed.
func keySet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[tokenKey(w)] = true
	}
	return m
}

// visitedTo reports a capital at token i written with ل right after a noun
// of visiting (للأجنبي الزائر لطهران): the city visited, a place.
func visitedTo(toks []marsad.Token, keys []string, i int) bool {
	return i > 0 && i < len(toks) && toks[i].Prefix == "ل" && inSet(visitors, keys[i-1], "وفبل")
}

// arrivals are verbs of arriving: the city after them and إلى is where
// one arrives (وصلا إلى المنامة), not its government.
var arrivals = map[string]bool{"وصل": true, "وصلت": true, "وصلا": true, "وصلوا": true, "يصل": true, "تصل": true, "يصلون": true, "سيصل": true, "ستصل": true,
	"وصوله": true, "وصولها": true, "وصول": true, "زياره": true, "زيارت": true, "زيارته": true, "زيارتها": true, "زيارتهم": true, "نقل": true, "نقلها": true, "نقله": true, "نقلهم": true, "انتقل": true, "انتقلت": true}

func init() {
	// سافر إلى لندن، عاد إلى موسكو، عائدا إلى الرياض، رحلته إلى دبلن: one
	// travels to the city, not to its government.
	for _, w := range strings.Fields("سافر سافرت سافروا يسافر تسافر سيسافر ستسافر السفر عاد عادت عادوا عائدا عائدة عائدين عودته عودتها رحلته رحلتها المجيء حضرنا") {
		arrivals[tokenKey(w)] = true
	}
}

// arrivedAt reports a capital at token i after إلى and a verb or noun of
// arriving, visiting or moving (وصلا إلى المنامة، زيارته إلى دمشق، تم
// نقلها إلى بغداد), or a noun of a visit with the visitor named between
// it and إلى, at most three words and no punctuation (زيارة الرئيس
// الفرنسي إلى موسكو): the city one goes to.
func arrivedAt(keys []string, i int) bool {
	if i < 2 || keys[i-1] != "الي" {
		return false
	}
	if arrivals[keys[i-2]] || arrivals[strings.TrimPrefix(keys[i-2], "و")] {
		return true
	}
	// زيارة الرئيس الفرنسي إلى موسكو: the visitor named between.
	for j := i - 2; j >= 0 && j >= i-5; j-- {
		if strings.ContainsAny(keys[j], ".،,:؛;()\"«»") {
			return false // another clause
		}
		if visits[keys[j]] {
			return true
		}
	}
	return false
}

// visits are the nouns of a visit, whose visitor may be named before
// إلى and the city visited (زيارة الرئيس إلى لندن), keyed as the tokens
// are.
var visits = keySet("زيارة زيارته زيارتها زيارتهم زيارتهما")

// otherParty reports a party named by الحزب and its adjectives (الحزب
// الجمهوري، الحزب الديمقراطي الكردستاني) that run on with one more
// adjective with the article (nisba; not the relative الذي) not of the
// party's country code: the name of another party (الحزب الجمهوري
// الإسلامي، الحزب الجمهوري الأرميني). A name of three words or more runs
// on into another party's only with a country's adjective (الحزب
// الديمقراطي الكردستاني الإيراني), not with any other (الحزب الجمهوري
// الأمريكي الداخلية: its primaries).
func (s *stage) otherParty(d *marsad.Document, sp marsad.Span, code string) bool {
	k := key(d.Slice(sp))
	if len(k) < 2 || k[0] != "الحزب" {
		return false
	}
	i := sort.Search(len(d.Tokens), func(i int) bool { return d.Tokens[i].Start >= sp.End })
	if i >= len(d.Tokens) || d.Tokens[i].Start-sp.End != 1 || d.Tokens[i].Kind != marsad.TokenWord || !nisba(d.Tokens[i].Text) || d.Tokens[i].Text == "الذي" {
		return false
	}
	c := s.adjectiveAfter(d, sp)
	if len(k) > 2 {
		// الحزب الجمهوري الأمريكي الداخلية: a longer name runs on with
		// another party's only by a country's adjective.
		return c != "" && !strings.HasPrefix(code, c)
	}
	return c == "" || !strings.HasPrefix(code, c)
}

// states are the nouns of a federal state before its name (ولاية
// واشنطن، بولاية جورجيا): the state, a place, not the capital's
// government nor the country of the same name; keyed as the tokens are.
var states = keySet("ولاية الولاية")

// stateNamesakes are the countries whose name is also a state's of
// another country, and that country: after ولاية, جورجيا is the US state.
var stateNamesakes = map[string]string{"GEO": "USA"}

// afterState reports a span right after a noun of states (states).
func afterState(d *marsad.Document, keys []string, sp marsad.Span) bool {
	i := sort.Search(len(d.Tokens), func(i int) bool { return d.Tokens[i].Start >= sp.Start })
	return i > 0 && i < len(d.Tokens) && d.Tokens[i].Start == sp.Start && len(keys) == len(d.Tokens) && states[keys[i-1]]
}

// departures are the verbs and nouns of leaving, flights and nearness: the
// city after them and من is where one leaves from or what is near (أقلعت
// من طهران، رحلة من بغداد، بالقرب من دمشق، 500 كلم من طهران), not its
// government; nor is the seat one makes of it (الذي يتخذ من لندن مقرا له).
// Verbs of asking, backing or expelling (طلبت من القاهرة، المدعومة من
// طهران، طرد من موسكو) are not among them.
var departures = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`أقلعت أقلع تقلع إقلاع إقلاعها إقلاعه متجهة متجها متجهين متوجها متوجهة متوجهين
		رحلة رحلتها رحلته رحلات غادر غادرت يغادر تغادر مغادرته مغادرتها مغادرة انطلقت انطلق انطلاقها
		قادما قادمة قادمين قادمون عائدا عائدة عائدين القرب القريبة القريب مقربة كلم كم كيلومتر كيلومترا كيلومترات ميلا ميل أميال
		يتخذ تتخذ اتخذ اتخذت يتخذون تتخذان يتخذان متخذا متخذة`) {
		departures[tokenKey(w)] = true // as the tokens are keyed: كلم is keyed لم
	}
	for _, w := range []string{"لها", "له"} {
		flightPronouns[tokenKey(w)] = true
	}
}

// flightPronouns are the keys of لها and له, which may stand between a
// flight and من (رحلة لها من طهران).
var flightPronouns = map[string]bool{}

// departedFrom reports a capital at token i after من and a word of
// leaving, coming, arriving, a flight or nearness (رحلة لها من طهران إلى
// ياسوج، بالقرب من دمشق، قادما من برلين، وصل من باريس): a place. A
// pronoun of the flight (رحلة لها) or the definite subject of a verb of
// arriving (وصل الوزير من باريس) may stand between, and a quotation mark
// before the city (قادما من "برلين").
func departedFrom(keys []string, i int) bool {
	if i > 2 && quoteMarks[keys[i-1]] {
		i-- // قادما من "برلين"
	}
	if i < 2 || keys[i-1] != "من" {
		return false
	}
	j := i - 2
	if j > 0 && flightPronouns[keys[j]] {
		j--
	}
	return departures[keys[j]] || arrived(keys[j]) || j > 0 && strings.HasPrefix(keys[j], "ال") && arrived(keys[j-1])
}

// arrived reports a verb or noun of arriving (arrivals) but a visit: one
// who arrived from a city (وصل من باريس، وصل الوزير من باريس) came from
// the place; the subject, definite, may stand between.
func arrived(k string) bool {
	return (arrivals[k] || arrivals[strings.TrimPrefix(k, "و")]) && !strings.Contains(k, "زيار")
}

// capitalApposed reports a capital set after a comma beside العاصمة and
// its adjective (كيلومتر من العاصمة المصرية، القاهرة): the city named
// again, a place.
func capitalApposed(keys []string, i int) bool {
	return i > 2 && keys[i-1] == "،" && (keys[i-3] == "العاصمه" || strings.HasSuffix(keys[i-3], "العاصمه"))
}

// inSet reports whether set holds w, or w with proclitics from clitics
// taken off its front one at a time (وبشوارع → بشوارع → شوارع). A word
// that itself begins with one of those letters (وسط، بلدية، برنامج) is
// found before its first letter is taken for a clitic.
func inSet(set map[string]bool, w, clitics string) bool {
	for w != "" {
		if set[w] {
			return true
		}
		r, n := utf8.DecodeRuneInString(w)
		if !strings.ContainsRune(clitics, r) {
			return false
		}
		w = w[n:]
	}
	return false
}

// adjectiveAfter returns the country of a nationality adjective right
// after sp (وزارة الداخلية التونسية), or "".
func (s *stage) adjectiveAfter(d *marsad.Document, sp marsad.Span) string {
	i := sort.Search(len(d.Tokens), func(i int) bool { return d.Tokens[i].Start >= sp.End })
	for _, t := range d.Tokens[i:] {
		if t.Kind != marsad.TokenWord {
			return ""
		}
		if m, ok := s.l.keys[tokenKey(t.Text)]; ok && m.kind == kAdj {
			return m.code
		} else if ok && m.kind == kActor && m.e.Type == marsad.ActorCountry && strings.HasPrefix(tokenKey(t.Text), "ال") {
			return m.e.Code // وزارة الداخلية السعودية: the adjective is written as the country
		}
		return ""
	}
	return ""
}

// outlet returns the actor of entity e, whose words are toks and whose
// link so far is ref: an outlet's short name with the article (التايمز)
// is the outlet named in full before it (نيويورك تايمز), unless a
// nationality follows it (التايمز البريطانية). An outlet named in full is
// recorded in outlets by its last word, unless that is an adjective
// (عربية of سكاي نيوز عربية: العربية is another channel).
func (s *stage) outlet(d *marsad.Document, e *marsad.Entity, toks []string, ref *marsad.ActorRef, outlets map[string]*marsad.ActorRef) *marsad.ActorRef {
	if len(toks) == 0 {
		return ref
	}
	if r := outlets[strings.TrimPrefix(toks[0], "ال")]; len(toks) == 1 && strings.HasPrefix(toks[0], "ال") && r != nil && !s.adjectiveNext(d, e.Span) {
		return r
	}
	if last := toks[len(toks)-1]; ref != nil && len(toks) > 1 && strings.HasSuffix(ref.Code, "MED") && strings.HasPrefix(ref.ID, "organisation/") &&
		!strings.HasSuffix(last, "ي") && !strings.HasSuffix(last, "يه") {
		outlets[last] = ref
	}
	return ref
}

// adjectiveNext reports a nationality adjective right after span sp
// (التايمز البريطانية).
func (s *stage) adjectiveNext(d *marsad.Document, sp marsad.Span) bool {
	i := sort.Search(len(d.Tokens), func(i int) bool { return d.Tokens[i].Start >= sp.End })
	if i >= len(d.Tokens) || d.Tokens[i].Kind != marsad.TokenWord {
		return false
	}
	m, ok := s.l.keys[tokenKey(d.Tokens[i].Text)]
	return ok && m.kind == kAdj
}

// securityCouncil reports whether the council of span sp is followed by
// القومي or الوطني (a national security council) and, if so, the country
// of the adjective after that, if any.
func (s *stage) securityCouncil(d *marsad.Document, sp marsad.Span) (bool, string) {
	i := sort.Search(len(d.Tokens), func(i int) bool { return d.Tokens[i].Start >= sp.End })
	if i >= len(d.Tokens) || d.Tokens[i].Kind != marsad.TokenWord {
		return false, ""
	}
	if w := tokenKey(d.Tokens[i].Text); w != "القومي" && w != "الوطني" {
		return false, ""
	}
	return true, s.adjectiveAfter(d, d.Tokens[i].Span)
}

// home returns the country of institutions and roles named alone
// (وزارة الداخلية، المتحدث باسم الحكومة): the dateline's, unless the
// dateline is the outlet's own newsroom (أبوظبي on Sky News Arabia) or
// missing; then the country the story names most, if it clearly leads.
func (s *stage) home(d *marsad.Document, counts map[string]int, order []string) string {
	if p, ok := s.l.Place(d.Dateline); ok && !s.l.Desk(d.Outlet, d.Dateline) {
		return p.Code
	}
	return storyCountry(counts, order, s.l.regions)
}

// splitPairs splits a person entity that is the names of two different
// people of the lexicon, one after the other, which the tagger joined:
// two surnames (واتهم ظريف نتنياهو), or a full name and a surname or
// another full name (وانتقد جون ماكين ترامب، ترامب هيلاري كلينتون), the
// subject and the object of one verb, or two names joined by و (ترامب
// وبن سلمان). A person of the lexicon followed by a first name of the
// list (firstnames.txt) and at least one more word is also two people
// (لمحامي ترامب جون داود: Trump's lawyer, John Dowd), unless the first
// is a weak alias, also a first name (عباس مصطفى كامل: one man). A full
// name of the lexicon (هادي العامري) is one person, and no name is cut at
// a bare بن.
func (s *stage) splitPairs(d *marsad.Document) {
	var out []marsad.Entity
	changed := false
	for _, e := range d.Entities {
		if e.Type == marsad.PER {
			if a, b, ok := s.pairSplit(d, e); ok {
				out = append(out, a, b)
				changed = true
				continue
			}
		}
		out = append(out, e)
	}
	if changed {
		d.Entities = out
	}
}

// pairSplit returns the two person entities e splits into (splitPairs).
func (s *stage) pairSplit(d *marsad.Document, e marsad.Entity) (marsad.Entity, marsad.Entity, bool) {
	words := strings.Fields(e.Text)
	keys := make([]string, len(words))
	for i, w := range words {
		keys[i] = tokenKey(w)
	}
	if len(words) < 2 || len(words) > 5 {
		return e, e, false
	}
	if _, whole := s.l.keys[strings.Join(keys, " ")]; whole {
		return e, e, false
	}
	for k := 1; k < len(words); k++ {
		second := slices.Clone(keys[k:])
		joined := false
		if w := strings.TrimPrefix(words[k], "و"); w != words[k] && patronymic[tokenKey(w)] {
			second[0], joined = tokenKey(w), true // ترامب وبن سلمان: two men joined by و
		}
		if (patronymic[keys[k]] && !joined) || patronymic[keys[k-1]] {
			continue // محمد بن سلمان: one man's name and his father's
		}
		p1 := s.personKey(strings.Join(keys[:k], " "))
		p2 := s.personKey(strings.Join(second, " "))
		if p2 == nil && len(second) > 1 && !joined && s.l.first[arabic.Normalize(words[k])] && !s.l.keys[strings.Join(keys[:k], " ")].weak {
			// ترامب جون داود: a first name opens another's full name,
			// after a name that is no first name itself (عباس مصطفى كامل).
			p2 = &entry{}
		}
		if p1 == nil || p2 == nil || p1 == p2 {
			continue
		}
		off := 0 // runes of e.Text before words[k]
		rest := e.Text
		for j := 0; j < k; j++ {
			i := strings.Index(rest, words[j]) + len(words[j])
			off += utf8.RuneCountInString(rest[:i])
			rest = rest[i:]
		}
		lead := len(rest) - len(strings.TrimLeft(rest, " \u00a0\t\n"))
		if joined {
			lead += len("و") // the conjunction is no part of the name
		}
		a := marsad.Span{Start: e.Start, End: e.Start + off}
		b := marsad.Span{Start: e.Start + off + utf8.RuneCountInString(rest[:lead]), End: e.End}
		return marsad.Entity{Span: a, Text: d.Slice(a), Type: e.Type, Confidence: e.Confidence},
			marsad.Entity{Span: b, Text: d.Slice(b), Type: e.Type, Confidence: e.Confidence}, true
	}
	return e, e, false
}

// personKey returns the person of the lexicon that the key phrase k names
// (a full name or an alias), or nil.
func (s *stage) personKey(k string) *entry {
	m, ok := s.l.keys[k]
	if !ok || m.kind != kActor || m.e.Type != marsad.ActorPerson {
		return nil
	}
	return m.e
}

// coalitionHeads name the forces or the voice of a coalition named
// alone: طائرات التحالف، قوات التحالف، المتحدث باسم التحالف.
var coalitionHeads = map[string]bool{}

func init() {
	for _, w := range strings.Fields("طايرات طايره طيران مقاتلات مقاتله قوات غارات غاره ضربات قصف مروحيات بوارج قياده باسم") {
		coalitionHeads[w] = true
	}
}

// addCoalitions links التحالف named alone after one of its forces or its
// spokesman to the coalition of the story: the Saudi-led one in a story
// that names Yemen, the US-led one in a story on Syria or Iraq that does
// not. Elsewhere (an electoral alliance) it stays unlinked.
func (s *stage) addCoalitions(d *marsad.Document, counts map[string]int) {
	var name string
	switch {
	case counts["YEM"] > 0:
		name = "التحالف العربي بقيادة السعودية"
	case counts["SYR"] > 0 || counts["IRQ"] > 0:
		name = "التحالف الدولي بقيادة الولايات المتحدة"
	default:
		return
	}
	ref := s.l.Link(name, d.Published)
	if ref == nil {
		return
	}
	toks := d.Tokens
	for i := 1; i < len(toks); i++ {
		t := toks[i]
		if t.Kind != marsad.TokenWord || tokenKey(t.Text) != "التحالف" || !coalitionHeads[tokenKey(toks[i-1].Text)] {
			continue
		}
		if i+1 < len(toks) && toks[i+1].Kind == marsad.TokenWord {
			if _, ok := s.l.keys["التحالف "+tokenKey(toks[i+1].Text)]; ok || strings.HasPrefix(tokenKey(toks[i+1].Text), "ال") {
				continue // التحالف العربي، التحالف الوطني: named, or another alliance
			}
		}
		sp := marsad.Span{Start: t.Start + utf8.RuneCountInString(dropClitics(t)), End: t.End}
		taken := false
		for _, e := range d.Entities {
			if e.Span.Overlaps(sp) {
				taken = true
				break
			}
		}
		if !taken {
			d.Entities = append(d.Entities, marsad.Entity{Span: sp, Text: d.Slice(sp), Type: marsad.ORG, Confidence: 0.6, Actor: ref})
		}
	}
	sort.SliceStable(d.Entities, func(a, b int) bool { return d.Entities[a].Start < d.Entities[b].Start })
}

// contextual are one-word surnames that are also common words or other
// people's names (weakAliases) but name the lexicon's person in a story
// that names that person's country: الأسد in a story on Syria, عباس in one
// on Palestine.
var contextual = map[string]bool{}

func init() {
	for _, w := range strings.Fields("الاسد عباس الحريري جونسون ظريف نجاد السراج الكاظمي سليماني مرسي المقداد فيدان عطاف العليمي كيم العامري علاوي الصدر") {
		contextual[w] = true
	}
}

// countryCounts counts the countries the document names (countries, their
// cities and capitals, nationality adjectives), with their order of first
// mention, and a body whose name holds its own country's (آفاق تونس).
// keys are the tokens' keys (tokenKeys).
func (s *stage) countryCounts(d *marsad.Document, keys []string) (map[string]int, []string) {
	counts := map[string]int{}
	var order []string
	for _, f := range s.l.Mentions(keys, d.Published) {
		if f.Ref != nil && len(f.Ref.Code) >= 6 && strings.HasPrefix(f.Ref.ID, "organisation/") && s.namesOwnCountry(keys[f.Start:f.End], f.Ref.Code[:3]) {
			c := f.Ref.Code[:3] // آفاق تونس، نداء تونس: a party named with its country names the country
			if counts[c] == 0 {
				order = append(order, c)
			}
			counts[c]++
			continue
		}
		if f.Ref == nil || len(f.Ref.Code) < 3 || !(strings.HasPrefix(f.Ref.ID, "country/") || strings.HasPrefix(f.Ref.ID, "city/")) {
			continue
		}
		c := f.Ref.Code[:3]
		if counts[c] == 0 {
			order = append(order, c)
		}
		counts[c]++
	}
	return counts, order
}

// tokenKeys returns the matching form of each token: tokenKey for words,
// the normalised text for the others, as Lexicon.Mentions takes them.
func tokenKeys(toks []marsad.Token) []string {
	keys := make([]string, len(toks))
	for i, t := range toks {
		if t.Kind == marsad.TokenWord {
			keys[i] = tokenKey(t.Text)
		} else {
			keys[i] = t.Norm
		}
	}
	return keys
}

// appendJoined appends words separated by spaces, as strings.Join makes
// them, to b.
func appendJoined(b []byte, words []string) []byte {
	for i, w := range words {
		if i > 0 {
			b = append(b, ' ')
		}
		b = append(b, w...)
	}
	return b
}

// storyCountry returns the country named most in the document when it is
// named at least twice and at least twice as often as any other; ""
// otherwise. A region that is no state (regions: الغرب، أوروبا) is never
// the story's country (غربية twice in a Tunisian story names no Western
// parliament), but counts as another place it must outnumber.
func storyCountry(counts map[string]int, order []string, regions map[string]bool) string {
	best, second := "", 0
	for _, c := range order {
		switch n := counts[c]; {
		case regions[c]:
			second = max(second, n)
		case best == "" || n > counts[best]:
			if best != "" {
				second = max(second, counts[best])
			}
			best = c
		case n > second:
			second = n
		}
	}
	if best == "" || counts[best] < 2 || counts[best] < 2*second {
		return ""
	}
	return best
}

func (s *stage) speaker(d *marsad.Document, sp *marsad.Mention, names map[string]*marsad.ActorRef, home, date string, keys []string) *marsad.ActorRef {
	for _, e := range d.Entities {
		if e.Actor != nil && sp.Span.Contains(e.Span) && e.Type == marsad.PER {
			return e.Actor
		}
	}
	for _, e := range d.Entities {
		if sp.Span.Contains(e.Span) && s.capitalLocated(d, sp, e) >= 0 {
			return s.locatedSpeaker(d, sp, e, date) // السفارة الروسية في لندن: Russia's, not London's
		}
	}
	res := s.l.Resolve(sp.Text, date)
	toks := key(sp.Text)
	if res.Ref != nil && strings.HasPrefix(res.Ref.ID, "person/") && s.namesakeIn(d, sp, res.Ref.ID) {
		res = Resolution{} // وقال جيف بينيت: another Bennett, as the entity says
	}
	if res.HasRole && hasAny(toks, formerWords) {
		res = Resolution{} // رئيس الوزراء المغربي الأسبق: no longer in office
	}
	labour := hasUnion(toks)
	private := s.headsPrivateBody(toks) || labour
	if res.Ref != nil && private && (res.Role == "" || stateRoles[res.Role]) && strings.HasPrefix(res.Ref.ID, "country/") && len(res.Ref.Code) >= 3 {
		res.Ref = s.l.compose(res.Ref.Code[:3], unionRole(labour)) // رئيس اللجنة الأولمبية الإيطالية: of the country, not its government
	}
	if res.Ref != nil && strings.HasPrefix(res.Ref.ID, "organisation/") {
		if i := s.toldAt(sp.Text, res.Ref.ID); i > 0 {
			// متحدث باسم الشرطة لبي بي سي: the police, who told the BBC.
			res = s.l.Resolve(strings.Join(strings.Fields(sp.Text)[:i], " "), date)
		}
	}
	if res.Ref != nil {
		return res.Ref
	}
	if hasAny(toks, unAdjectives) && !hasAny(toks, formerWords) {
		if r := s.l.Resolve("الأمم المتحدة", date).Ref; r != nil {
			return r // المسؤول الأممي، المنظمة الأممية: one who speaks for the United Nations
		}
	}
	for _, t := range toks {
		if r, ok := names[t]; ok && !unlinkedFullName(d, sp, t, names) {
			return r
		}
	}
	for _, e := range d.Entities {
		if e.Actor != nil && sp.Span.Contains(e.Span) && !(strings.HasSuffix(e.Actor.Code, "MED") && toldOutlet(d, sp.Span, e.Span)) {
			return e.Actor
		}
	}
	if r := headRepeat(d, sp, keys); r != nil {
		return r
	}
	if r := s.statementRepeat(d, sp, keys); r != nil {
		return r
	}
	if r := speakerRepeat(d, sp, keys); r != nil {
		return r
	}
	if r := spokesmanRepeat(d, sp); r != nil {
		return r
	}
	if r := s.kingdom(sp, home); r != nil {
		return r
	}
	if labour && home != "" && !hasAny(toks, formerWords) {
		return s.l.compose(home, "LAB") // رئيس مجلس النقباء، نقيب الأطباء: labour, not the government
	}
	if res.HasRole && home != "" && !(private && (res.Role == "" || stateRoles[res.Role])) && !hasAny(toks, envoys) && !hasAny(toks, unplacedSources) && !hasAny(normalWords(sp.Text), unplacedSources) {
		// Not a former holder (النائب السابق لوزير الخارجية), nor an envoy,
		// who may as well be the story's country's guest (السفير آل جابر).
		if c := s.countryAfter(d, keys, sp.Span, date); c != "" {
			home = c // مسؤولون في الحزب الحاكم والمعارضة في تركيا: Turkey's, whatever the story's country
		}
		if res.Role == "OPP" && hasAny(toks, rulingWords) {
			// في الحزب الحاكم والمعارضة: both sides, the country alone.
			return &marsad.ActorRef{ID: "country/" + home, Code: home, Name: s.l.nameOf(home)}
		}
		return s.l.compose(home, res.Role)
	}
	return nil
}

// rulingWords name the party in power (الحزب الحاكم), normalised: a
// speaker of it and of the opposition speaks for both sides.
var rulingWords = setOf("الحاكم الحاكمه")

// countryAfter returns the code of a country named with في right after
// the span sp (قال مسؤولون في المعارضة في تركيا: Turkey), the country a
// speaker named by a role alone speaks in; "" for none. keys are the
// tokens' keys.
func (s *stage) countryAfter(d *marsad.Document, keys []string, sp marsad.Span, date string) string {
	i := sort.Search(len(d.Tokens), func(i int) bool { return d.Tokens[i].Start >= sp.End })
	if i+1 >= len(d.Tokens) || len(keys) != len(d.Tokens) || keys[i] != "في" || d.Tokens[i].Prefix != "" || d.Tokens[i].Suffix != "" {
		return ""
	}
	next := d.Tokens[i+1].Start
	for _, e := range d.Entities {
		if e.Start != next || e.Type != marsad.LOC {
			continue
		}
		if r := s.l.Resolve(e.Text, date).Ref; r != nil && r.ID == "country/"+r.Code && len(r.Code) == 3 {
			return r.Code
		}
	}
	return ""
}

// namesakeIn reports a person's entity inside the speaker sp, left with
// no actor, whose name is another bearer's of the surname of the person
// id (namesake): a speaker's text read whole (وقال جيف بينيت) may reach
// the person by the surname the entity was kept from. An entity that
// opens with و or ف (فمازحه باسيل، واتهت زاخاروفا) most often holds a
// verb after its conjunction that the tagger took in, not a given name:
// it keeps the speaker's link.
func (s *stage) namesakeIn(d *marsad.Document, sp *marsad.Mention, id string) bool {
	for _, e := range d.Entities {
		if e.Type != marsad.PER || e.Actor != nil || !sp.Span.Contains(e.Span) || strings.HasPrefix(e.Text, "و") || strings.HasPrefix(e.Text, "ف") {
			continue
		}
		if s.l.namesake(key(e.Text), id) {
			return true
		}
	}
	return false
}

// capitalLocated returns the token of في or of the ب joined to it before
// a capital e that a speaker sp names as where it is or speaks from, after
// words of its own (بيان الأطباء في باريس، السفارة الروسية في لندن، مصدر
// في السفارة بموسكو), when the lexicon links e alone to the capital's
// government; -1 otherwise.
func (s *stage) capitalLocated(d *marsad.Document, sp *marsad.Mention, e marsad.Entity) int {
	if e.Type != marsad.LOC || e.Start <= sp.Start {
		return -1
	}
	if r := s.l.Resolve(e.Text, d.Published).Ref; r == nil || !strings.HasSuffix(r.Code, "GOV") {
		return -1
	}
	if _, ok := s.l.Place(e.Text); !ok {
		return -1
	}
	for i, t := range d.Tokens {
		if t.End <= e.Start {
			continue
		}
		if t.Start < e.Start && strings.HasSuffix(t.Prefix, "ب") && t.Start > sp.Start {
			return i // بموسكو
		}
		if t.Start == e.Start && i > 0 && arabic.Normalize(d.Tokens[i-1].Text) == "في" && d.Tokens[i-1].Start > sp.Start {
			return i - 1
		}
		return -1
	}
	return -1
}

// locatedSpeaker returns the actor of a speaker sp that names the capital
// e as where it is: what its words before في say (السفارة الروسية في لندن
// → RUS), the role of the office they name, or name after a في of their
// own, placed in the capital's country (وزارة الداخلية في بغداد →
// IRQCOP), the capital's government for an office of the state or city
// there (النيابة العامة في طهران), else the capital's country, never its
// government (بيان الأطباء في باريس → FRA).
func (s *stage) locatedSpeaker(d *marsad.Document, sp *marsad.Mention, e marsad.Entity, date string) *marsad.ActorRef {
	place, _ := s.l.Place(e.Text)
	k := s.capitalLocated(d, sp, e)
	before := d.Slice(marsad.Span{Start: sp.Start, End: d.Tokens[k].Start})
	res := s.l.Resolve(before, date)
	if res.Ref != nil {
		return res.Ref
	}
	if len(place.Code) < 3 {
		return place
	}
	// The office may be named after a في of its own (مصدر في مكتب المدعي
	// العام في طرابلس → LBYJUD).
	inner := strings.TrimSpace(before)
	if i := strings.LastIndex(inner, " في "); i >= 0 {
		inner = inner[i+len(" في "):]
	}
	for _, w := range []string{before, inner} {
		if role, ok := s.l.inst[strings.Join(key(w), " ")]; ok {
			return s.l.compose(place.Code[:3], role)
		}
		if r := s.l.Resolve(w, date); r.Role != "" {
			return s.l.compose(place.Code[:3], r.Role)
		}
	}
	if hasAny(key(before), cityOffices) {
		return s.l.Resolve(e.Text, date).Ref // النيابة العامة في طهران، المجلس البلدي في مدريد: the state's
	}
	return place
}

// cityOffices are the words of an office of the state or the city that
// serves in a capital (النيابة العامة، مكتب المدعي العام، المجلس البلدي)
// and speaks for the government there, as key gives them.
var cityOffices = setOf("النيابه نيابه المدعي مدعي النايب المحكمه محكمه القضاء البلدي البلديه بلديه الاطفاء اطفاء الحكومه حكومه")

// unlinkedFullName reports a person's name of two words or more in
// speaker sp that ends in the family name t and that the linker left with
// no actor, its first name not one named before (شهباز شريف after نواز
// شريف, another bearer of the family name): t must not take the actor of
// the one named before by it.
func unlinkedFullName(d *marsad.Document, sp *marsad.Mention, t string, names map[string]*marsad.ActorRef) bool {
	for _, e := range d.Entities {
		if e.Type != marsad.PER || e.Actor != nil || !sp.Span.Contains(e.Span) {
			continue
		}
		toks := key(e.Text)
		if len(toks) < 2 || toks[len(toks)-1] != t {
			continue
		}
		if _, known := names[toks[0]]; !known && !passiveVerb(e.Text) {
			return true
		}
	}
	return false
}

// passiveVerb reports a name whose first word is a verb of the past in the
// passive, its first letter with a damma (سُئلت ساندرز): the tagger took
// the verb into the name, which is no other person's full name.
func passiveVerb(name string) bool {
	r := []rune(name)
	return len(r) > 2 && r[1] == '\u064f'
}

// privateBodies are the bodies whose head a speaker's title may name that
// hold no office of the state: civilBodies, an organisation and a
// conference (رئيس منظمة "الخوذ البيضاء"، رئيس المؤتمر), normalised.
var privateBodies = func() map[string]bool {
	m := setOf("منظمه المنظمه موتمر الموتمر")
	for w := range civilBodies {
		m[w] = true
	}
	return m
}()

// unionWords name a trade or professional union, its head or its
// council (normalised, without proclitics): نقابة الأطباء، نقيب
// المهندسين، مجلس النقباء.
var unionWords = setOf("نقابه النقابه نقابات النقابات نقيب النقيب نقيبه النقيبه نقباء النقباء")

// hasUnion reports a speaker's words toks that name a union or its head:
// he speaks for labour (CAMEO LAB), not for the state; a minister or a
// ministry named with it (وزير العمل والنقابات) is the state's.
func hasUnion(toks []string) bool {
	if hasAny(toks, ministries) {
		return false
	}
	for _, t := range toks {
		if unionWords[t] || unionWords[strings.TrimPrefix(t, "ل")] {
			return true
		}
	}
	return false
}

// ministries name a minister, a ministry or a government (normalised).
var ministries = setOf("وزير الوزير وزيره الوزيره وزاره الوزاره حكومه الحكومه")

// unionRole is the role of a speaker for a union (LAB), else none.
func unionRole(labour bool) string {
	if labour {
		return "LAB"
	}
	return ""
}

// stateRoles are the role codes of an office of the state.
var stateRoles = setOf("GOV MIL COP SPY JUD LEG")

// headsPrivateBody reports a title in the speaker's words toks that heads
// or speaks for a private body: one of privateBodies at most three words
// after a title word (رئيس اللجنة الأولمبية، متحدث باسم الشركة، الرئيس
// التنفيذي للرابطة), not in a name the lexicon holds (الاتحاد الأوروبي)
// nor a party named after the holder's office (وزير التعليم فلان المنتمي
// لحزب).
func (s *stage) headsPrivateBody(toks []string) bool {
	for i, t := range toks {
		if !titleHeads[t] {
			continue
		}
		for j := i + 1; j < len(toks) && j <= i+3; j++ {
			if privateBodies[toks[j]] || privateBodies[strings.TrimPrefix(toks[j], "ل")] || privateBodies[strings.TrimPrefix(toks[j], "ب")] {
				if m, n := s.l.longest(toks, j); n > 1 && m.kind == kActor {
					continue // السفير الروسي في الاتحاد الأوروبي
				}
				return true
			}
		}
	}
	return false
}

// unplacedSources are unnamed sources that say nothing of where they are
// (normalised): the writer's own (مصادرنا) or many (مصادر متعددة، عدة
// مصادر); the story's country is not theirs.
var unplacedSources = setOf("مصادرنا مصدرنا متعدده عده مختلفه")

// normalWords returns the words of s normalised, clitics kept (مصادرنا).
func normalWords(s string) []string {
	var out []string
	for _, w := range strings.Fields(s) {
		out = append(out, arabic.Normalize(w))
	}
	return out
}

// unAdjectives are the forms of أممي, "of the United Nations", keyed: a
// speaker so described speaks for it (المسؤول الأممي، مسؤولة أممية).
// They name the United Nations for speakers only: a thing so described
// (الطائرة الأممية) is no actor.
var unAdjectives = setOf("اممي امميه الاممي الامميه امميون الامميون امميين الامميين")

// envoys are the words of a post held in another country (normalised):
// the story's country is as likely the host as the sender.
var envoys = setOf("سفير السفير سفيره السفيره مبعوث المبعوث مبعوثه المبعوثه مندوب المندوب مندوبه المندوبه")

// repeatHeads are the head nouns by which an article names again a body it
// named in full before (المرصد السوري لحقوق الإنسان ... وقال المرصد،
// والمرصد ذاته، والمنظمة غير الحكومية).
var repeatHeads = map[string]bool{"الوزاره": true, "المرصد": true, "الوكاله": true, "المنظمه": true, "الهييه": true, "اللجنه": true,
	"الصحيفه": true, "الجريده": true}

// repeatKinds say again of a body named by its head noun what kind of
// body it is, or that it is the same (المنظمة غير الحكومية، الوكالة
// الرسمية، المنظمة الحقوقية، المرصد ذاته), as key gives them.
var repeatKinds = [][]string{{"غير", "الحكوميه"}, {"الرسميه"}, {"الحقوقيه"}, {"نفس"}, {"ذات"}}

// withoutKind returns the keys toks of a speaker without a repeatKinds
// tail after its first word (نفسها and ذاته have lost their pronouns).
func withoutKind(toks []string) []string {
	for _, k := range repeatKinds {
		if len(toks) == 1+len(k) && slices.Equal(toks[1:], k) {
			return toks[:1]
		}
	}
	return toks
}

// headRepeat returns the actor of the body a speaker named by its head noun
// alone (وقالت الوزارة، وذكرت الصحيفة) stands for: the one linked body the
// article named before it with that head in its name (وزارة الخارجية
// الأمريكية), when it named exactly one. When the article also named a
// body with the head right before its name (صحيفة "الغارديان"، منظمة
// "هيومن رايتس ووتش"), the body named last stands for it, if it is linked
// to an outlet or a non-state body (not صحيفة الرياض, the city). nil
// otherwise. keys are the tokens' keys.
func headRepeat(d *marsad.Document, sp *marsad.Mention, keys []string) *marsad.ActorRef {
	toks := withoutKind(key(sp.Text))
	if len(toks) != 1 || !repeatHeads[toks[0]] {
		return nil
	}
	head := strings.TrimPrefix(toks[0], "ال")
	var found, last *marsad.ActorRef
	one, before := true, false
	for _, e := range d.Entities {
		if e.End > sp.Start {
			break
		}
		k := key(e.Text)
		switch {
		case len(k) >= 2 && strings.TrimPrefix(k[0], "ال") == head:
			if e.Actor == nil || found != nil && found.ID != e.Actor.ID {
				one = false // two bodies of that kind, or one not placed
			}
			found, last = e.Actor, e.Actor
		case headBefore(d, keys, e.Span) == head:
			before = true
			last = nil
			if bodyActor(e.Actor) {
				last = e.Actor
			}
		}
	}
	if before {
		return last
	}
	if !one {
		return nil
	}
	return found
}

// bodyActor reports an actor that is an outlet (…MED) or a non-state or
// intergovernmental body (NGO…, IGO…), not a place or a government.
func bodyActor(a *marsad.ActorRef) bool {
	return a != nil && (strings.HasSuffix(a.Code, "MED") || strings.HasPrefix(a.Code, "NGO") || strings.HasPrefix(a.Code, "IGO"))
}

// headBefore returns the key of the word right before the entity at sp,
// past an opening quotation mark (صحيفة "الغارديان"); "" when the entity
// does not start a word.
func headBefore(d *marsad.Document, keys []string, sp marsad.Span) string {
	for i, t := range d.Tokens {
		if t.Start > sp.Start {
			return ""
		}
		if t.Start != sp.Start {
			continue
		}
		j := i - 1
		if j >= 0 && d.Tokens[j].Kind == marsad.TokenPunct && d.Tokens[j].End == t.Start {
			j--
		}
		if j < 0 || d.Tokens[j].Kind != marsad.TokenWord {
			return ""
		}
		return keys[j]
	}
	return ""
}

// addLexiconEntities adds entities for lexicon names (organisations, armed
// groups, countries, capitals, persons by full name) that the tagger did
// not find, so that داعش or الدولة الإسلامية are never missed. keys are
// the tokens' keys (tokenKeys).
func (s *stage) addLexiconEntities(d *marsad.Document, keys []string) {
	toks := d.Tokens
	taken := func(sp marsad.Span) bool {
		for _, e := range d.Entities {
			if e.Span.Overlaps(sp) {
				return true
			}
		}
		return false
	}
	var added []marsad.Entity
	var phrase []byte
	for i := 0; i+1 < len(toks); i++ {
		for n := 3; n >= 2; n-- {
			if i+n > len(toks) {
				continue
			}
			phrase = appendJoined(phrase[:0], keys[i:i+n])
			if _, ok := s.l.inst[string(phrase)]; ok && !brokenName(toks[i:i+n]) { // no string made for the lookup
				sp := marsad.Span{Start: toks[i].Start + utf8.RuneCountInString(dropClitics(toks[i])), End: toks[i+n-1].End}
				if !taken(sp) {
					added = append(added, marsad.Entity{Span: sp, Text: d.Slice(sp), Type: marsad.ORG, Confidence: 0.6})
				}
				break
			}
		}
		if s.instAroundAdjective(keys, i) {
			sp := marsad.Span{Start: toks[i].Start + utf8.RuneCountInString(dropClitics(toks[i])), End: toks[i+2].End}
			if !taken(sp) {
				added = append(added, marsad.Entity{Span: sp, Text: d.Slice(sp), Type: marsad.ORG, Confidence: 0.6})
			}
		}
	}
	d.Entities = append(d.Entities, added...)
	added = added[:0]
	for i := 0; i < len(toks); {
		m, n := s.l.longest(keys, i)
		if n == 0 || !nameToken(toks[i]) || (m.kind != kActor && m.kind != kPlace) || m.weak {
			i++
			continue
		}
		// Stay inside one sentence and one paragraph: tokens must be adjacent.
		ok := !brokenName(toks[i : i+n])
		for k := i + 1; k < i+n; k++ {
			if toks[k].Start-toks[k-1].End > 1 {
				ok = false
			}
		}
		first := toks[i]
		start := first.Start + utf8.RuneCountInString(dropClitics(first))
		sp := marsad.Span{Start: start, End: toks[i+n-1].End}
		if ok && n > 1 && m.e.Type == marsad.ActorPerson {
			widenName(d, sp, !personTitles[keys[i]], s.l.unknownOrPlace)
		}
		if ok && n > 1 && m.e.Type != marsad.ActorPerson && !postHeads[keys[i]] && !(i+n < len(keys) && directionAdjectives[keys[i+n]]) && !conjoined(toks[i+1:i+n], m.e) {
			// Not مبعوث الأمم المتحدة (a person, by his post), منطقة
			// الساحل الغربي (another place, by its direction) nor
			// ميليشيات كحزب الله (militias like Hezbollah).
			coverName(d, sp, nameType(m))
		}
		if !ok || taken(sp) {
			i += n
			continue
		}
		typ := nameType(m)
		if n == 1 && m.kind == kPlace && pluralInConstruct(toks, keys, i) {
			i++
			continue // حماة الأبقار: the protectors of, not Hama
		}
		if n == 1 && m.kind == kPlace && hamzaLost(toks[i], m.e.Name) {
			i++
			continue // بابين: the name Pabin, not ب + أبين
		}
		if typ == marsad.PER && n == 1 {
			i++
			continue // one-word person names come from the tagger
		}
		added = append(added, marsad.Entity{Span: sp, Text: d.Slice(sp), Type: typ, Confidence: 0.6})
		i += n
	}
	d.Entities = append(d.Entities, added...)
	sortEntities(d.Entities)
}

// brokenName reports words that cannot be one name although their keys
// are: a word with a pronoun on it followed by one with a preposition
// (حزبها بالدعوة is "her party" and "by the call", not حزب الدعوة). A
// pronoun alone proves nothing: the segmenter finds one in foreign names
// (بينا نيتو).
func brokenName(toks []marsad.Token) bool {
	for k := 1; k < len(toks); k++ {
		switch toks[k-1].Suffix {
		case "ها", "هم", "هما", "هن", "نا", "كم", "كما", "ه":
			if strings.ContainsAny(toks[k].Prefix, "بلك") {
				return true
			}
		}
	}
	return false
}

// addArmies adds an ORG entity for an army named by its nationality
// (الجيش الأمريكي، للجيش التركي) where no entity covers it: the name of a
// state's army, linked like the lexicon's (USAMIL). The words must be
// adjacent and the adjective definite and a country's (not الجيش الأوروبي,
// an army planned for a region); a longer name the lexicon holds
// (الجيش السوري الحر) was added before and is left alone.
func (s *stage) addArmies(d *marsad.Document, keys []string) {
	toks := d.Tokens
	var added []marsad.Entity
	for i := 0; i+1 < len(toks); i++ {
		if keys[i] != "الجيش" || toks[i].Kind != marsad.TokenWord || toks[i+1].Start-toks[i].End != 1 || toks[i+1].Prefix != "" {
			continue
		}
		if m, ok := s.l.keys[keys[i+1]]; !ok || m.kind != kAdj || !countryCodes[m.code] || !strings.HasPrefix(keys[i+1], "ال") {
			continue
		}
		sp := marsad.Span{Start: toks[i].Start + utf8.RuneCountInString(dropClitics(toks[i])), End: toks[i+1].End}
		if !overlapsEntity(d.Entities, sp) {
			added = append(added, marsad.Entity{Span: sp, Text: d.Slice(sp), Type: marsad.ORG, Confidence: 0.6})
		}
	}
	d.Entities = append(d.Entities, added...)
	sortEntities(d.Entities)
}

// overlapsEntity reports an entity of es that overlaps sp.
func overlapsEntity(es []marsad.Entity, sp marsad.Span) bool {
	for _, e := range es {
		if e.Span.Overlaps(sp) {
			return true
		}
	}
	return false
}

// commonOrgs are the keys of common nouns the tagger takes for
// organisations, which name none on their own (في قاموس ميريام ويبستر:
// the dictionary, before the name).
var commonOrgs = setOf("قاموس القاموس معجم المعجم")

// suffixed reports a span that is one token carrying a pronoun suffix
// (فتحه، فتحها).
func suffixed(d *marsad.Document, sp marsad.Span) bool {
	i := sort.Search(len(d.Tokens), func(i int) bool { return d.Tokens[i].End >= sp.End })
	return i < len(d.Tokens) && d.Tokens[i].Start <= sp.Start && d.Tokens[i].Suffix != ""
}

// functionWords are prepositions of place and adverbs of time that the
// tagger took for a name on their own (خطابه أمام الحضور، وقال حينئذ):
// a closed class of words, none of them a name. خلف and بين, which are
// also names (Khalaf, Ben), are left out.
var functionWords = keySet("أمام وراء فوق تحت حول دون ضد نحو منذ لدى عند إزاء تجاه حيال حينئذ عندئذ وقتئذ آنذاك حينها")

// commonPlaces are common nouns of place that name no place on their own
// (شبه الجزيرة، المدينة: the peninsula, the city the story spoke of).
// توجس ("wariness", بتوجس: warily) is a verbal noun the tagger took for a place;
// أردن without the article is the verb "they (women) wanted" (نساء أردن
// الكشف عن), Jordan being always الأردن.
var commonPlaces = map[string]bool{"شبه الجزيره": true, "شبه القاره": true, "المدينه": true, "توجس": true, "بتوجس": true, "اردن": true}

// demonstratives open a noun phrase (هاتان القائمتان، هذه المنظمة) that
// is no name.
var demonstratives = setOf("هذا هذه هذان هذين هاتان هاتين هولاء ذلك تلك اوليك")

// baseAdjectives are the adjectives of a base or a rule (القاعدة العسكرية،
// القاعدة الشعبية), normalised.
var baseAdjectives = setOf("العسكريه الجويه البحريه الحربيه الشعبيه الاساسيه الذهبيه الانتخابيه")

// militaryBase reports a span followed right after, in the same sentence,
// by an adjective of baseAdjectives or a feminine nationality adjective with
// the article (القاعدة العسكرية، القاعدة الروسية): القاعدة there is a base
// or a rule, not al-Qaeda, whose adjectives agree with تنظيم.
func militaryBase(d *marsad.Document, sp marsad.Span) bool {
	i := sort.Search(len(d.Tokens), func(i int) bool { return d.Tokens[i].Start >= sp.End })
	if i >= len(d.Tokens) || d.Tokens[i].Kind != marsad.TokenWord || d.Tokens[i].Prefix != "" || d.Tokens[i].Start != sp.End+1 {
		return false
	}
	w := arabic.Normalize(d.Tokens[i].Text)
	return baseAdjectives[w] || nisba(w) && strings.HasSuffix(w, "يه") && w != "الارهابيه"
}

// dropCommonNouns drops the entities that are common nouns, not names: a
// place that is a common noun of place (commonPlaces; المدينة stays in a
// story that names مكة, where it is Medina), an organisation of one word
// that is a common noun (commonOrgs) or فتح with a pronoun (أعيد فتحه:
// opened it, never Fatah), a person of one word that carries a pronoun
// suffix (pronounNoun), any entity of one word that is a preposition or
// an adverb of time (functionWords), any entity of two words or more
// opened by a demonstrative (هاتان القائمتان), مسقط of مسقط رأسه (a
// birthplace), القاعدة before an adjective of a base (militaryBase) or
// after a demonstrative (هذه القاعدة: this base), الله
// typed MISC after آية (the title آية الله) and سورية
// typed LOC as the adjective "Syrian" (syrianAdjective: فصائل سورية
// موالية). A community of faith typed ORG (الشيعة) becomes MISC.
func dropCommonNouns(d *marsad.Document) {
	mecca := strings.Contains(arabic.Normalize(d.Text), "مكه")
	for i := range d.Entities {
		if e := &d.Entities[i]; e.Type == marsad.PER && after(d, e.Span, stormWords) {
			e.Type = marsad.MISC // إعصار مايكل: a storm, no person
		}
		if e := &d.Entities[i]; e.Type == marsad.PER && after(d, e.Span, scaleWords) {
			e.Type = marsad.MISC // على مقياس ريشتر: a scale, no person
		}
		if e := &d.Entities[i]; e.Type == marsad.ORG && communities[strings.Join(key(e.Text), " ")] {
			e.Type = marsad.MISC // الشيعة: a community of faith, no body
		}
	}
	d.Entities = slices.DeleteFunc(d.Entities, func(e marsad.Entity) bool {
		k := strings.Join(key(e.Text), " ")
		if k == "السعوديه" && e.Type == marsad.LOC && adjectival(d, e.Span) {
			return true // القنصلية السعودية: the adjective of a noun, no place
		}
		if k == "سوريه" && e.Type == marsad.LOC && syrianAdjective(d, e.Span) {
			return true // فصائل سورية موالية، مواقع عسكرية سورية: the adjective "Syrian", no place
		}
		if f := strings.Fields(e.Text); len(f) > 1 && demonstratives[arabic.Normalize(f[0])] {
			return true // هاتان القائمتان: "these two lists", no name
		}
		if e.Type == marsad.LOC && commonPlaces[k] {
			return k != "المدينه" || !mecca
		}
		if e.Type == marsad.LOC && birthplace(d, &e) {
			return true // مسقط رأسه: a birthplace, no place's name
		}
		if k == "سيول" && floods(d, e.Span) {
			return true // أمطار غزيرة وسيول جارفة: floods, not Seoul
		}
		if commonWords[k] {
			return true // الكوتا، الراب، قبطان: a quota, a kind of music, a captain
		}
		if k == "القاعده" && e.Type != marsad.PER && militaryBase(d, e.Span) {
			return true // القاعدة العسكرية التركية، القاعدة الجوية: a base, not al-Qaeda
		}
		if k == "القاعده" && e.Type != marsad.PER && demonstratives[arabic.Normalize(wordBefore(d, e.Span))] {
			return true // هذه القاعدة، تلك القاعدة: "this base" or "that rule", not al-Qaeda
		}
		if k == "الله" && e.Type == marsad.MISC && after(d, e.Span, ayatWords) {
			return true // آية الله علي خامنئي: the cleric's title, no name
		}
		if k == "مالي" && e.Type == marsad.LOC && (after(d, e.Span, financeNouns) || after(d, e.Span, financialHeads) || before(d, e.Span, ownWords)) {
			return true // تعويض مالي، مركز مالي: the adjective "financial"; من مالي الخاص: my money; not Mali
		}
		if k == "درعا" && e.Type == marsad.LOC && (after(d, e.Span, wearing) || before(d, e.Span, shields)) {
			return true // يرتدي درعا، درعا واقية: a shield or body armour, not Daraa
		}
		if k == "روحاني" && e.Type == marsad.PER && (after(d, e.Span, spiritualNouns) || pairedAdjective(d, e.Span)) {
			return true // دوره روحاني، سياسي أم روحاني: the adjective "spiritual", not Rouhani
		}
		if e.Type == marsad.ORG && !strings.Contains(e.Text, " ") && (commonOrgs[k] || k == "فتح" && suffixed(d, e.Span)) {
			return true
		}
		if e.Type != marsad.MISC && functionWords[k] {
			return true // خطابه أمام الحضور، وقال لافروف حينئذ: a preposition or an adverb
		}
		if e.Type != marsad.PER || strings.Contains(e.Text, " ") {
			return false
		}
		i := sort.Search(len(d.Tokens), func(i int) bool { return d.Tokens[i].End >= e.End })
		return i < len(d.Tokens) && d.Tokens[i].End == e.End && d.Tokens[i].Start <= e.Start && pronounNoun(d.Tokens[i])
	})
}

// commonWords are common nouns and adjectives of one word the tagger took
// for a name of any kind (الكوتا: a quota; الراب: rap music, not راب,
// also a family name; قبطان: a ship's captain; التهاب رئوي: pneumonia;
// حافة الهاوية: the brink; الممثل الكوميدي: the comic actor; مسرحية
// الكيماوي: the chemical play; منطقة منكوبة: a disaster area; مدفع
// هاوتزر: a howitzer; قال مصدران: two sources; الكسكس: couscous), keyed as
// the tokens are.
var commonWords = keySet("الكوتا كوتا الراب قبطان القبطان رئوي الرئوي الهاوية هاوية الكوميدي كوميدي الكيماوي مأساوي منكوبة هاوتزر الهاوتزر مصدران مصدرين مصادر الكسكس كسكس")

// financeNouns are the nouns that مالي follows as the adjective
// "financial" (دعم مالي، تعويض مالي، فساد مالي), keyed as the tokens are;
// nouns of a place or a body before it (شمال مالي، جيش مالي) make it Mali.
var financeNouns = keySet("دعم تعويض فساد تمويل عجز اعتماد تحويل ضمان ظرف ربح بدل دخل مبلغ جرد غلاف تعاقد عائد قرض إنفاق حافز مكسب وضع استقرار إصلاح")

// wearing are the verbs of wearing after which درعا is a shield or body
// armour (يرتدي درعا), keyed as the tokens are.
var wearing = keySet("يرتدي يرتدى ترتدي ارتدى ارتدت يرتدون يلبس تلبس لبس لبست مرتديا")

// shields are the adjectives after which درعا is a shield (درعا واقية،
// درعا بشرية، درعا صاروخية), keyed as the tokens are.
var shields = keySet("واقية واقيا واق بشرية بشريا صاروخية صاروخيا حصينة حصينا")

// spiritualNouns are the nouns that روحاني follows as the adjective
// "spiritual" (دوره روحاني، زعيم روحاني، مرشد روحاني، بعد روحاني),
// keyed as the tokens are: a role or a dimension, no name.
var spiritualNouns = keySet("دور دوره دورها دورهم زعيم زعيما مرشد مرشدا أب أبا بعد بعدا طابع طابعا جانب جانبا غذاء")

// pairedAdjective reports a word at sp after أم or أو that joins it to an
// indefinite adjective in ي that is no name (سياسي أم روحاني): the second
// adjective of the pair, no name (but خامنئي أو روحاني, two men).
func pairedAdjective(d *marsad.Document, sp marsad.Span) bool {
	w := wordsBefore(d, sp, 24)
	if len(w) < 2 || w[len(w)-1] != "أم" && w[len(w)-1] != "أو" {
		return false
	}
	adj := w[len(w)-2]
	if strings.HasPrefix(adj, "ال") || !strings.HasSuffix(adj, "ي") || utf8.RuneCountInString(adj) <= 3 {
		return false
	}
	from := sp.Start - utf8.RuneCountInString(w[len(w)-1]) - utf8.RuneCountInString(adj) - 2
	return !slices.ContainsFunc(d.Entities, func(e marsad.Entity) bool { return e.End > from && e.Start < sp.Start })
}

// ownWords are the adjectives "own" that may follow مالي "my money" (من
// مالي الخاص), keyed as the tokens are.
var ownWords = keySet("الخاص الشخصي")

// before reports a token whose key is in words right after span sp, in
// the same paragraph.
func before(d *marsad.Document, sp marsad.Span, words map[string]bool) bool {
	i := sort.Search(len(d.Tokens), func(i int) bool { return d.Tokens[i].Start >= sp.End })
	if i >= len(d.Tokens) || d.Tokens[i].Kind != marsad.TokenWord || !words[tokenKey(d.Tokens[i].Text)] {
		return false
	}
	return !strings.Contains(d.Slice(marsad.Span{Start: sp.End, End: d.Tokens[i].Start}), "\n")
}

// communities are the communities of faith the tagger takes for
// organisations (الشيعة، السنة): a people, MISC, no body.
var communities = setOf("الشيعه السنه")

// ayatWords are the first word of the title آية الله, keyed as the
// tokens are.
var ayatWords = keySet("آية آيه")

// scaleWords name the scales whose names follow them (مقياس ريشتر),
// normalised.
var scaleWords = setOf("مقياس المقياس")

// stormWords name the storms whose names follow them (إعصار مايكل).
var stormWords = setOf("اعصار الاعصار العاصفه عاصفه")

// after reports a token whose key is in words right before span sp.
func after(d *marsad.Document, sp marsad.Span, words map[string]bool) bool {
	i := sort.Search(len(d.Tokens), func(i int) bool { return d.Tokens[i].End > sp.Start })
	if i == 0 || i > len(d.Tokens) || d.Tokens[i-1].Kind != marsad.TokenWord || !words[tokenKey(d.Tokens[i-1].Text)] {
		return false
	}
	return !strings.Contains(d.Slice(marsad.Span{Start: d.Tokens[i-1].End, End: sp.Start}), "\n") // a headline's last word is not before the body's first
}

// adjectival reports a word at sp that follows a definite noun with no
// proclitic of its own (القنصلية السعودية، الحدود السعودية): the
// nationality adjective that السعودية also spells, not the country
// (but المملكة العربية السعودية، الإمارات والسعودية، زيارة السعودية).
func adjectival(d *marsad.Document, sp marsad.Span) bool {
	i := sort.Search(len(d.Tokens), func(i int) bool { return d.Tokens[i].End > sp.Start })
	if i == 0 || i >= len(d.Tokens) || d.Tokens[i].Prefix != "" || d.Tokens[i-1].Kind != marsad.TokenWord {
		return false
	}
	prev := tokenKey(d.Tokens[i-1].Text)
	return strings.HasPrefix(prev, "ال") && d.Tokens[i-1].Prefix == "" && !notNouns[prev]
}

// syrianNouns are the indefinite plural nouns that سورية follows as the
// adjective "Syrian" (فصائل سورية، وسائل إعلام سورية، طائرات سورية), keyed
// as the tokens are; قوات is left out for قوات سورية الديمقراطية.
var syrianNouns = keySet("فصائل إعلام مواقع أهداف طائرات مروحيات غارات جنسيات عائلات")

// syrianAfter are the indefinite adjectives that follow سورية as another
// adjective of the same noun (فصائل سورية موالية، وسائل إعلام سورية
// رسمية، فصائل سورية معارضة), keyed as the tokens are.
var syrianAfter = keySet("موالية رسمية معارضة مسلحة")

// syrianAdjective reports سورية at sp, with no proclitic, after a noun of
// syrianNouns or an indefinite adjective in ية (مواقع عسكرية سورية، طائرات
// حربية سورية), or before an adjective of syrianAfter: the adjective
// "Syrian", not the country (but في سورية، مستقبل سورية).
func syrianAdjective(d *marsad.Document, sp marsad.Span) bool {
	i := sort.Search(len(d.Tokens), func(i int) bool { return d.Tokens[i].End > sp.Start })
	if i == 0 || i >= len(d.Tokens) || d.Tokens[i].Prefix != "" || d.Tokens[i].Start != sp.Start {
		return false
	}
	if p := d.Tokens[i-1]; p.Kind == marsad.TokenWord && p.End+1 == sp.Start {
		k := tokenKey(p.Text)
		if syrianNouns[k] || p.Prefix == "" && p.Suffix == "" && !strings.HasPrefix(k, "ال") && strings.HasSuffix(k, "يه") && utf8.RuneCountInString(k) > 4 {
			return true
		}
	}
	return before(d, sp, syrianAfter)
}

// notNouns begin with ال but are no noun a nationality adjective follows:
// the preposition إلى (بحاجة إلى السعودية), relatives, and العربية of
// المملكة العربية السعودية.
var notNouns = setOf("الي الى الذي التي الذين العربيه")

// floodWords are the words of rain and floods around سيول (floods) that
// tell it from سيول (Seoul).
var floodWords = map[string]bool{}

func init() {
	for _, w := range strings.Fields("قويه غزيره جارفه عارمه الامطار امطار الفيضانات فيضانات والفيضانات وفيضانات والامطار وامطار") {
		floodWords[w] = true
	}
}

// floods reports سيول at sp with a word of rain or floods right before or
// after it.
func floods(d *marsad.Document, sp marsad.Span) bool {
	i := sort.Search(len(d.Tokens), func(i int) bool { return d.Tokens[i].End > sp.Start })
	if i >= len(d.Tokens) {
		return false
	}
	for _, k := range []int{i - 1, i + 1} {
		if k >= 0 && k < len(d.Tokens) && d.Tokens[k].Kind == marsad.TokenWord && floodWords[arabic.Normalize(d.Tokens[k].Text)] {
			return true
		}
	}
	return false
}

// pronounNoun reports a word that is a noun with a pronoun suffix, never
// a name: the suffix ها, هما or هن (مالكيها، أمانيها: her owners, her
// wishes), or ه and هم after a hamza on و or ي, the case ending of a noun
// (أعداؤه، جرائهم). ه alone ends names (كافانوه، ديبوراه، عبده) and هم
// some (براهم), so they count only after the hamza.
func pronounNoun(t marsad.Token) bool {
	switch t.Suffix {
	case "ها", "هما", "هن":
		return true
	case "ه", "هم":
		stem := strings.TrimSuffix(t.Text, t.Suffix)
		return strings.HasSuffix(stem, "ؤ") || strings.HasSuffix(stem, "ئ")
	}
	return false
}

// nameToken reports a token that can open a lexicon name found in the
// text: an Arabic word, or a Latin acronym written in capitals (PKK, BBC).
func nameToken(t marsad.Token) bool {
	if t.Kind == marsad.TokenWord {
		return true
	}
	return t.Kind == marsad.TokenLatin && utf8.RuneCountInString(t.Text) > 1 && strings.ToUpper(t.Text) == t.Text && strings.ToLower(t.Text) != t.Text
}

// widenName widens to sp, the full name of a person of the lexicon, the
// person entities the tagger cut it into or cut short at either end (عبد
// ربه + منصور هادي, عبد الملك of عبد الملك الحوثي, صالحي of علي أكبر
// صالحي, only when atStart allows it): the name is read whole, as written.
// A title before a name (الملك سلمان) is left to titleBefore: the caller
// does not allow a name that opens on a title to widen at its start. A
// piece of one word the tagger typed otherwise, a place or a body that
// unknown reports the lexicon does not know (تشيانغ of لي كه تشيانغ), is
// the name's too; the entity becomes a person's.
func widenName(d *marsad.Document, sp marsad.Span, atStart bool, unknown func(string) bool) {
	var in []int
	for j, e := range d.Entities {
		if !e.Span.Overlaps(sp) {
			continue
		}
		if e.Start < sp.Start || e.End > sp.End || e.Type != marsad.PER && (strings.Contains(e.Text, " ") || !unknown(e.Text)) {
			return
		}
		in = append(in, j)
	}
	if len(in) == 0 || !atStart && d.Entities[in[0]].Start != sp.Start || len(in) == 1 && d.Entities[in[0]].Span == sp {
		return
	}
	d.Entities[in[0]].Span = sp
	d.Entities[in[0]].Text = d.Slice(sp)
	d.Entities[in[0]].Type = marsad.PER
	for k := len(in) - 1; k > 0; k-- {
		d.Entities = slices.Delete(d.Entities, in[k], in[k]+1)
	}
}

// instAroundAdjective reports an institution of two words with a
// nationality adjective between them at keys[i] (المحكمة الإسرائيلية
// العليا): Resolve reads the role and the country from the three words.
func (s *stage) instAroundAdjective(keys []string, i int) bool {
	if i+2 >= len(keys) || !strings.HasPrefix(keys[i+1], "ال") {
		return false
	}
	if m, ok := s.l.keys[keys[i+1]]; !ok || m.kind != kAdj {
		return false
	}
	_, ok := s.l.inst[keys[i]+" "+keys[i+2]]
	return ok
}

// conjoined reports a word of toks, the words of a lexicon name after its
// first, that carries the proclitic و, ف or ك where no written form of the
// actor e has that word (ميليشيات كحزب الله, قوات وحزب الله): two things
// or a comparison, not the name. هيومن رايتس ووتش has its و.
func conjoined(toks []marsad.Token, e *entry) bool {
	for _, t := range toks {
		if !strings.ContainsAny(t.Prefix, "وفك") {
			continue
		}
		w := arabic.Normalize(t.Text)
		written := false
		for _, name := range append([]string{e.Name}, e.Aliases...) {
			written = written || slices.Contains(strings.Fields(arabic.Normalize(strings.ReplaceAll(name, "_", " "))), w)
		}
		if !written {
			return true
		}
	}
	return false
}

// postHeads are the nouns of a person's post that open some names of the
// lexicon (مبعوث الأمم المتحدة): the entity inside is the body, not the
// envoy.
var postHeads = map[string]bool{}

// directionAdjectives after a place name make it another place (الساحل
// الغربي of Yemen, not the Sahel).
var directionAdjectives = map[string]bool{}

func init() {
	for _, w := range strings.Fields("مبعوث المبعوث مبعوثه المبعوثه ممثل الممثل مندوب المندوب سفير السفير متحدث المتحدث امين الامين") {
		postHeads[w] = true
	}
	for _, w := range strings.Fields("الغربي الشرقي الشمالي الجنوبي الغربيه الشرقيه الشماليه الجنوبيه") {
		directionAdjectives[w] = true
	}
}

// nameType returns the entity type of a lexicon name: LOC for a place or
// a country, PER for a person, ORG for the rest.
func nameType(m match) string {
	switch {
	case m.kind == kPlace || m.e.Type == marsad.ActorCountry:
		return marsad.LOC
	case m.e.Type == marsad.ActorPerson:
		return marsad.PER
	}
	return marsad.ORG
}

// treatyHeads are the nouns of treaties and agreements named for the place
// they were made (اتفاق أوسلو، اتفاقية جنيف، معاهدة لشبونة، تفاهمات
// القاهرة) and the noun of a military operation named for a place (درع
// الفرات), keyed as the tokens are; with the article (الاتفاق تركيا) the
// noun is a subject, not the head of a name.
var treatyHeads = keySet("اتفاق اتفاقية اتفاقات اتفاقيات معاهدة معاهدات تفاهمات درع")

// treatyNamed reports a place that names a treaty: a place entity right
// after a noun of treatyHeads, a quotation mark between them or not
// (اتفاق أوسلو، لاتفاقية جنيف، اتفاق "الصخيرات"), or an entity that opens
// with that noun (اتفاق أوسلو typed MISC). The entity becomes the treaty,
// MISC, taking in the noun when nothing stands between them. A place
// joined by و to another name after it is a party of the agreement
// (اتفاق موسكو وواشنطن، اتفاقات درعا ودوما) and stays, and so does a
// country that is no city of the lexicon (اتفاق إيران النووي).
func (s *stage) treatyNamed(d *marsad.Document, keys []string, e *marsad.Entity) bool {
	if len(keys) != len(d.Tokens) || e.Type != marsad.LOC && e.Type != marsad.MISC {
		return false
	}
	i := sort.Search(len(d.Tokens), func(i int) bool { return d.Tokens[i].Start >= e.Start })
	if i >= len(d.Tokens) || d.Tokens[i].Start != e.Start {
		return false
	}
	if e.Type == marsad.MISC {
		if !treatyHeads[keys[i]] || d.Tokens[i].End >= e.End {
			return false
		}
		_, ok := s.l.Place(d.Slice(marsad.Span{Start: d.Tokens[i+1].Start, End: e.End}))
		return ok || s.l.Link(d.Slice(marsad.Span{Start: d.Tokens[i+1].Start, End: e.End}), d.Published) != nil
	}
	h := i - 1
	if h >= 0 && quoteMarks[d.Tokens[h].Text] {
		h--
	}
	if h < 0 || d.Tokens[h].Kind != marsad.TokenWord || !treatyHeads[keys[h]] || strings.Contains(d.Slice(marsad.Span{Start: d.Tokens[h].End, End: e.Start}), "\n") {
		return false
	}
	j := sort.Search(len(d.Tokens), func(j int) bool { return d.Tokens[j].Start >= e.End })
	if j < len(d.Tokens) && d.Tokens[j].Prefix == "و" && inEntity(d, d.Tokens[j].Span) {
		return false // اتفاق موسكو وواشنطن: the parties
	}
	if m, ok := s.l.keys[strings.Join(key(e.Text), " ")]; ok && m.kind == kActor && m.e.Type == marsad.ActorCountry {
		return false // اتفاق إيران النووي: a country's deal, its party
	}
	e.Type = marsad.MISC
	if h == i-1 {
		e.Span = marsad.Span{Start: d.Tokens[h].Start + utf8.RuneCountInString(d.Tokens[h].Prefix), End: e.End}
		e.Text = d.Slice(e.Span)
	}
	return true
}

// coverName makes one entity of type typ with span sp, the name of an
// organisation, group, country or place of the lexicon, of the entities
// the tagger found inside it (سوريا of قوات سوريا الديمقراطية, كوريا of
// كوريا الشمالية): the name is read whole. An entity that reaches out of
// sp leaves all as they are.
func coverName(d *marsad.Document, sp marsad.Span, typ string) {
	var in []int
	for j, e := range d.Entities {
		if !e.Span.Overlaps(sp) {
			continue
		}
		if e.Start < sp.Start || e.End > sp.End {
			return
		}
		in = append(in, j)
	}
	if len(in) == 0 || len(in) == 1 && d.Entities[in[0]].Span == sp {
		return
	}
	first := &d.Entities[in[0]]
	first.Span, first.Text, first.Type = sp, d.Slice(sp), typ
	for k := len(in) - 1; k > 0; k-- {
		d.Entities = slices.Delete(d.Entities, in[k], in[k]+1)
	}
}

func dropClitics(t marsad.Token) string {
	p := t.Prefix
	if p == "" {
		return ""
	}
	if strings.HasSuffix(p, "ل") && strings.HasPrefix(t.Text[len(p):], "ل") && !strings.HasPrefix(t.Text[len(p):], "ال") {
		return ""
	}
	return p
}

func sortEntities(es []marsad.Entity) {
	for i := 1; i < len(es); i++ {
		for j := i; j > 0 && es[j].Start < es[j-1].Start; j-- {
			es[j], es[j-1] = es[j-1], es[j]
		}
	}
}

// amman reports whether the word عمان of entity e (Oman or Amman, the
// same letters without vowels) names Amman here: written with a shadda
// (عمّان), called the Jordanian capital around it (العاصمة الأردنية عمان،
// عمان الأردنية), or in an article about Jordan that says nothing of the
// Sultanate. سلطنة عمان is always Oman.
func amman(d *marsad.Document, e *marsad.Entity) bool {
	if strings.ContainsRune(e.Text, 'ّ') {
		return true
	}
	if n := d.Index().Runes(); e.Start >= 0 && e.End <= n && e.Start < e.End {
		before := arabic.Normalize(d.Slice(marsad.Span{Start: max(0, e.Start-30), End: e.Start}))
		after := arabic.Normalize(d.Slice(marsad.Span{Start: e.End, End: min(n, e.End+20)}))
		if strings.HasPrefix(d.Slice(e.Span), "عُ") {
			return false // عُمان: Oman, as its vowel says
		}
		switch {
		case strings.HasSuffix(strings.TrimSpace(before), "سلطنه"):
			return false
		case strings.HasSuffix(strings.TrimSuffix(strings.TrimSpace(before), "و"), "الاردن"):
			return false // والأردن وعمان: the other one is Oman
		case strings.Contains(before, "الاردنيه") || strings.HasPrefix(strings.TrimLeft(after, " ("), "الاردن"):
			return true
		}
	}
	text := arabic.Normalize(d.Title + " " + d.Text)
	jordan := strings.Contains(text, "الاردن") || strings.Contains(text, "اردني")
	oman := strings.Contains(text, "سلطنه") || strings.Contains(text, "عماني") || strings.Contains(strings.ReplaceAll(text, "مسقط راس", ""), "مسقط") || strings.Contains(text, "السلطان")
	return jordan && !oman
}

// listedWithCountry reports an entity at sp joined by و or a comma to a
// country named right before or after it (واليابان والكويت وعمان
// وباكستان، قطر وعمان): one of a list of states, so عمان is Oman, not
// Amman; but عمان، الأردن is the city and its country.
func (s *stage) listedWithCountry(d *marsad.Document, sp marsad.Span, date string) bool {
	n := d.Index().Runes()
	for _, o := range d.Entities {
		if o.Type != marsad.LOC || o.Span == sp {
			continue
		}
		var gap marsad.Span
		switch {
		case o.End <= sp.Start && sp.Start-o.End <= 3:
			gap = marsad.Span{Start: o.End, End: sp.Start}
		case o.Start >= sp.End && o.Start-sp.End <= 3:
			gap = marsad.Span{Start: sp.End, End: o.Start}
		default:
			continue
		}
		if gap.End > n {
			continue
		}
		g := strings.TrimSpace(d.Slice(gap))
		if g != "و" && g != "،" && g != "," {
			continue
		}
		if r := s.l.Resolve(o.Text, date).Ref; r != nil && len(r.Code) == 3 && r.ID == "country/"+r.Code {
			if r.Code == "JOR" && o.Start >= sp.End && g != "و" {
				continue // عمان، الأردن: the city and its country
			}
			return true
		}
	}
	return false
}

// channelNouns name a broadcaster before its name (قناة الجزيرة، شبكة
// الجزيرة), normalised.
var channelNouns = setOf("قناه شبكه فضاييه تلفزيون")

// islandWords are the nouns before الجزيرة of those who live on an island
// or of a peninsula (سكان الجزيرة، أهالي الجزيرة، شبه الجزيرة), normalised.
var islandWords = setOf("سكان اهالي شبه ابناء جزر")

// jazeera reports الجزيرة at sp, typed ORG, as the channel: after a noun
// of a broadcaster, past a quotation mark (على قناة "الجزيرة"), or in a
// story that names the channel so, where no definite adjective follows
// (الجزيرة الإيطالية: an island) and no noun of islanders comes before.
func jazeera(d *marsad.Document, sp marsad.Span) bool {
	before := wordsBefore(d, sp, 16)
	var prev string
	if len(before) > 0 {
		prev = arabic.Normalize(strings.Trim(before[len(before)-1], "\"“”«»'"))
		if prev == "" && len(before) > 1 {
			prev = arabic.Normalize(before[len(before)-2])
		}
	}
	if inSet(channelNouns, prev, "وفبل") {
		return true
	}
	if inSet(islandWords, prev, "وفبل") {
		return false
	}
	n := d.Index().Runes()
	if after := strings.Fields(d.Slice(marsad.Span{Start: sp.End, End: min(n, sp.End+16)})); len(after) > 0 && strings.HasPrefix(strings.Trim(after[0], "\"“”«»'"), "ال") {
		return false
	}
	text := arabic.Normalize(d.Text)
	return strings.Contains(text, "قناه الجزيره") || strings.Contains(text, "شبكه الجزيره") || strings.Contains(text, "قناه \"الجزيره")
}

// sporting reports an article filed under sport by its source.
func sporting(d *marsad.Document) bool {
	c := strings.ToLower(d.Category)
	return strings.Contains(c, "sport") || strings.Contains(c, "رياض")
}

// palestinianMarkers are words of which an article that names Fatah
// holds at least one.
var palestinianMarkers = []string{"فلسطين", "الفلسطيني", "حماس", "غزه", "الضفه", "عباس", "اسراييل", "الاسراييلي", "الاحتلال", "القدس"}

// palestinian reports an article with a word of Palestinian politics:
// only there is the one word فتح the name of the party.
func palestinian(d *marsad.Document) bool { return markedBy(d, palestinianMarkers) }

// markedBy reports an article with a word that opens with one of markers.
func markedBy(d *marsad.Document, markers []string) bool {
	for _, t := range d.Tokens {
		if t.Kind != marsad.TokenWord {
			continue
		}
		for _, m := range markers {
			if strings.HasPrefix(t.Base, m) || strings.HasPrefix(t.Norm, m) {
				return true
			}
		}
	}
	return false
}

// hamasMarkers are the palestinianMarkers other than حماس itself.
var hamasMarkers = slices.DeleteFunc(slices.Clone(palestinianMarkers), func(m string) bool { return m == "حماس" })

// enthusiasm are the keys of the nouns and adjective of enthusiasm that
// the tagger takes for Hamas (بحماسة، بحماسه، خطاب حماسي، بنفس الحماس).
var enthusiasm = setOf("حماسه حماسي حماسيه الحماس")

// enthusiasmBefore are the words after which a bare حماس is enthusiasm
// (بلا حماس، بكل حماس، أقل حماسا), keyed as the tokens are.
var enthusiasmBefore = keySet("بلا بكل دون بدون أقل أكثر نفس بنفس")

// intensity are the adjectives that qualify enthusiasm (بحماس شديد،
// بحماس كبير), keyed as the tokens are.
var intensity = keySet("شديد كبير بالغ منقطع زائد واضح هائل رائع كامل")

// dropEnthusiasm removes the entities of one word that are enthusiasm, not
// Hamas: حماسة, حماسه and حماسي always; حماس after a word of enthusiasm
// (بلا حماس، بكل حماس), and بحماس ("with enthusiasm") before an adjective
// of intensity (رحب بحماس شديد) or in a story with no word of Palestinian
// politics besides حماس (يدافع بحماس عن الأدلة). بحماس stays in a
// Palestinian story (عضو بحماس، ارتباطه بحماس). keys are the tokens'
// keys (tokenKeys).
func dropEnthusiasm(d *marsad.Document, keys []string) {
	if len(keys) != len(d.Tokens) {
		return
	}
	d.Entities = slices.DeleteFunc(d.Entities, func(e marsad.Entity) bool {
		if e.Type == marsad.LOC || !strings.Contains(arabic.Normalize(e.Text), "حماس") {
			return false // (every form of enthusiasm and of the name has these letters)
		}
		k := strings.Join(key(e.Text), " ")
		if strings.Contains(k, " ") {
			return false
		}
		if enthusiasm[k] {
			return true
		}
		i := sort.Search(len(d.Tokens), func(i int) bool { return d.Tokens[i].End >= e.End })
		if k != "حماس" || i >= len(d.Tokens) || d.Tokens[i].End != e.End {
			return false
		}
		if i > 0 && d.Tokens[i].Prefix == "" && d.Tokens[i-1].Kind == marsad.TokenWord && enthusiasmBefore[keys[i-1]] {
			return true
		}
		if !strings.HasSuffix(d.Tokens[i].Prefix, "ب") {
			return false
		}
		return i+1 < len(d.Tokens) && d.Tokens[i+1].Kind == marsad.TokenWord && intensity[keys[i+1]] || !markedBy(d, hamasMarkers)
	})
}

// verbalEntity reports a one-word entity that is a verbal noun in its
// context (فتح حوار).
func verbalEntity(d *marsad.Document, e *marsad.Entity, k string) bool {
	if _, ok := verbals[k]; !ok && k != "مالي" && k != "القاعده" {
		return false
	}
	for i, t := range d.Tokens {
		if t.End < e.End {
			continue
		}
		keys := []string{"", k, ""}
		if i > 0 {
			keys[0] = tokenKey(d.Tokens[i-1].Text)
		}
		if i+1 < len(d.Tokens) && d.Tokens[i+1].Kind == marsad.TokenWord {
			keys[2] = tokenKey(d.Tokens[i+1].Text)
		}
		return verbalUse(keys, 1, 1)
	}
	return false
}

// pluralNames are the keys of places whose name is also a plural noun
// (حماة, Hama, and حماة "protectors").
var pluralNames = setOf("حماه")

// pluralInConstruct reports the place at token i whose name is also a
// plural noun, set before a noun it governs (حماة الأبقار، معسكر حماة
// ترامب): a word follows that is neither a nationality or other adjective
// (حماة السورية، ريف حماة الجنوبي) nor joined by و (حماة وحلب). toks and
// keys are the document's tokens and their keys.
func pluralInConstruct(toks []marsad.Token, keys []string, i int) bool {
	if !pluralNames[keys[i]] || i+1 >= len(toks) || toks[i+1].Kind != marsad.TokenWord {
		return false
	}
	next := keys[i+1]
	adjective := strings.HasPrefix(next, "ال") && (strings.HasSuffix(next, "ي") || strings.HasSuffix(next, "يه"))
	return !adjective && !strings.Contains(toks[i+1].Prefix, "و")
}

// dropVerbalFatah removes the organisations of the one word فتح that are
// the verb or the verbal noun "open" (فتح النار، فتح شخص النار، فتح "تحقيق"،
// إعادة فتح المعبر): no name at all, neither Fatah nor another. keys are
// the tokens' keys (tokenKeys).
func dropVerbalFatah(d *marsad.Document, keys []string) {
	if len(keys) != len(d.Tokens) {
		return
	}
	d.Entities = slices.DeleteFunc(d.Entities, func(e marsad.Entity) bool {
		if e.Type != marsad.ORG || !strings.Contains(arabic.Normalize(e.Text), "فتح") || strings.Join(key(e.Text), " ") != "فتح" {
			return false
		}
		i := sort.Search(len(d.Tokens), func(i int) bool { return d.Tokens[i].End >= e.End })
		return i < len(d.Tokens) && (verbalFatah(d.Tokens, keys, i) || indefiniteObject(d, keys, i))
	})
}

// fatahStops are the bare indefinite words that may follow the party's
// name and are no object of the verb: prepositions, particles, pronouns,
// adverbs and nouns of time (قالت فتح إن، ولفتت فتح إلى، قالت فتح أمس،
// أعلنت فتح يوم الأحد), keyed as the tokens are.
var fatahStops = keySet(`إلى الى على في من عن مع منذ حتى إن أن إنه أنه إنها أنها إنهم أنهم قد لن لم لا ما كما أو ثم أم بل لكن
	بعد قبل خلال عبر حول ضد دون غير عند لدى بين أمام وراء أيضا كذلك أمس غدا حاليا مجددا هي هو هم إذ إذا حين حيث عندما
	يوم مساء صباح ليل ليلة نفسها نفسه ذاتها وحدها`)

// verbalNounBefore are the prepositions after which فتح is the verbal
// noun with its subject after it, even when that subject is a name (عن
// فتح روسيا قنوات، بعد فتح إسرائيل المعبر), keyed as the tokens are.
var verbalNounBefore = keySet("عن بعد قبل إثر عقب")

// indefiniteObject reports the word فتح at token i followed by a bare
// indefinite word, its object or subject (فتح تحقيقا، فتح باب، فتح
// معبر، بفتح خطوط، فتح أكبر سفارة، فتح مدع تحقيقا), or written with ب
// or ل and followed by و and a bare indefinite word that is no name (لفتح
// وتجهيز الملاجئ): the verb or the verbal noun, not the party. Not after
// a head of the party (حركة فتح) or a verb of the past with a feminine
// subject, which the party is (وأكدت فتح ضرورة المصالحة), nor after a
// first name opened by عبد (عبدالرقيب فتح: a family name), nor before a
// word of fatahStops (قالت فتح إن); a name right after it
// is an apposition (القيادي في فتح عزام الأحمد) unless فتح is written
// with ب or ل or comes after a preposition of verbalNounBefore (بفتح
// ترامب الصندوق، عن فتح روسيا قنوات).
func indefiniteObject(d *marsad.Document, keys []string, i int) bool {
	toks := d.Tokens
	if i+1 >= len(toks) || toks[i+1].Kind != marsad.TokenWord || i > 0 && fatahHeads[keys[i-1]] {
		return false
	}
	next, rest := toks[i+1], bare(toks[i+1])
	if strings.HasPrefix(rest, "ال") || fatahStops[keys[i+1]] {
		return false
	}
	verbal := strings.ContainsAny(toks[i].Prefix, "بل") || i > 0 && verbalNounBefore[keys[i-1]]
	if !verbal && i > 0 && toks[i-1].Kind == marsad.TokenWord && toks[i-1].Suffix == "" && strings.HasSuffix(bare(toks[i-1]), "ت") {
		return false // وأكدت فتح ضرورة المصالحة: the party, subject of a feminine verb
	}
	if i > 0 && toks[i-1].Kind == marsad.TokenWord && strings.HasPrefix(keys[i-1], "عبد") {
		return false // عبدالرقيب فتح: a man's family name
	}
	named := inEntity(d, next.Span)
	if next.Prefix == "و" {
		return verbal && !named // لفتح وتجهيز الملاجئ; بين فتح وحماس is the party
	}
	return next.Prefix == "" && (!named || verbal)
}

// verbalFatah reports the word فتح at token i used as the verb or the
// verbal noun: its object follows (a quotation mark may come between) or
// إعادة comes before it (verbalUse), or the fire it opens is named within
// the next three words (فتح مسلح النار).
func verbalFatah(toks []marsad.Token, keys []string, i int) bool {
	window := []string{"", keys[i], ""}
	if i > 0 {
		window[0] = keys[i-1]
	}
	var next []string
	for k := i + 1; k < len(toks) && len(next) < 3; k++ {
		if toks[k].Kind == marsad.TokenWord {
			next = append(next, keys[k])
		} else if !quoteMarks[toks[k].Text] {
			break
		}
	}
	if len(next) > 0 {
		window[2] = next[0]
	}
	if verbalUse(window, 1, 1) || verbBefore[window[0]] || definiteObject(toks, keys, i) || passiveFatah(toks, keys, i) {
		return true
	}
	if i+1 < len(toks) && toks[i+1].Prefix == "و" && closing[keys[i+1]] {
		return true // فتح وغلق باب الكنيسة: opening and closing
	}
	return slices.ContainsFunc(next, func(k string) bool { return k == "النار" || k == "النيران" || k == "الرصاص" })
}

// passiveFatah reports the word فتح at token i as the passive verb "was
// opened" after the indefinite thing opened, closed by an adjective or
// written in the accusative (تحقيق قضائي فتح في باريس، خط ساخن فتح
// لنزع التوتر، أن تحقيقا فتح): a noun so closed governs no genitive, so
// فتح is not the party's name after it (مكتب فتح is).
func passiveFatah(toks []marsad.Token, keys []string, i int) bool {
	objs := verbals["فتح"] // تحقيقا، حوارا، طريقا
	bare := func(k int) bool {
		return k >= 0 && toks[k].Kind == marsad.TokenWord && toks[k].Prefix == "" && !strings.HasPrefix(keys[k], "ال")
	}
	if !bare(i - 1) {
		return false
	}
	if strings.HasSuffix(keys[i-1], "ا") && objs[keys[i-1]] {
		return true // أن تحقيقا فتح
	}
	return bare(i-2) && opened[keys[i-2]] && !objs[keys[i-1]] && !fatahHeads[keys[i-1]] && toks[i-1].Suffix == ""
}

// opened are the nouns of things opened that an adjective may follow
// before the passive فتح (تحقيق قضائي فتح، خط ساخن فتح), keyed as the
// tokens are; nouns of a part or a number (بعض قادة فتح، عدد أعضاء فتح)
// are none of them.
var opened = keySet("تحقيق خط ممر طريق حوار")

// verbBefore are the words after which فتح is a verb: the verbs of doing
// again (أعادت إسرائيل فتح المعبر، متى سيعاد فتح المعلم) and the particles
// that open a verb's clause (عندما فتح طالب النار، قد فتح بشأن القصف).
var verbBefore = keySet("أعاد أعادت يعاد سيعاد يعيد تعيد عندما حينما قد لقد بعدما")

// closing are the verbal nouns of closing that pair with فتح, opening
// (فتح وإغلاق المعابر), normalised.
var closing = setOf("غلق اغلاق قفل اقفال")

// fatahHeads are the nouns that make the فتح after them the party (حركة
// فتح، حركتا فتح وحماس، تنظيم فتح الإسلام).
var fatahHeads = keySet("حركة حركتي حركتا تنظيم")

// fatahAfter are definite words that may follow the party's name: the
// names of other groups it opens (فتح الإسلام، فتح الانتفاضة، جبهة فتح
// الشام), relative
// pronouns and the days of the week (قالت فتح الأحد).
var fatahAfter = keySet(`الإسلام الانتفاضة الشام الذي التي الذين اليوم الأحد الاثنين الثلاثاء الأربعاء الخميس الجمعة السبت`)

// definiteObject reports the word فتح at token i followed right after by
// a definite noun, its subject or object (فتح القضاء تحقيقا، فتح السائق
// الباب، فتح الموقع), with no head of the party before it: no adjective
// of the party (فتح الفلسطينية) nor a word of fatahAfter.
func definiteObject(toks []marsad.Token, keys []string, i int) bool {
	if i+1 >= len(toks) || toks[i+1].Kind != marsad.TokenWord || toks[i+1].Prefix != "" || i > 0 && fatahHeads[keys[i-1]] {
		return false
	}
	next := keys[i+1]
	if !strings.HasPrefix(next, "ال") || fatahAfter[next] {
		return false
	}
	if strings.HasSuffix(next, "ي") || strings.HasSuffix(next, "يه") {
		return objectAfterSubject(toks, keys, i+2) // فتح الإليزيه الاثنين تحقيقا
	}
	return true
}

// objectAfterSubject reports an object of the verb فتح at token k, after
// its subject, the day or time word between them left aside (فتح الإليزيه
// الاثنين تحقيقا، فتح القضاء أمس تحقيقا): a word in the accusative, with
// its alif, that the verb opens (تحقيقا، حوارا، طريقا). An adjective of
// the party (فتح الفلسطينية) has none after it.
func objectAfterSubject(toks []marsad.Token, keys []string, k int) bool {
	if k < len(toks) && toks[k].Kind == marsad.TokenWord && (fatahAfter[keys[k]] || fatahStops[keys[k]]) {
		k++ // the day or the time: الاثنين، أمس
	}
	return k < len(toks) && toks[k].Kind == marsad.TokenWord && toks[k].Prefix == "" && strings.HasSuffix(keys[k], "ا") && verbals["فتح"][keys[k]]
}

// quoteMarks may stand between a verbal noun and its object (فتح "تحقيق
// فوري") and before a city one comes from (قادما من "برلين").
var quoteMarks = setOf(`" “ ” « » '`)

// hamzaLost reports a word read as a proclitic and a place whose name
// opens on a hamza (أبين) where the word, once the proclitic is off, opens
// on a bare alif (بابين): the proclitic is more likely a letter of
// another name than a preposition before a name written without its
// hamza.
func hamzaLost(t marsad.Token, name string) bool {
	base := strings.TrimPrefix(t.Text, t.Prefix)
	return t.Prefix != "" && strings.HasPrefix(base, "ا") && (strings.HasPrefix(name, "أ") || strings.HasPrefix(name, "إ"))
}

// givenNames are common first names, also fathers' names inside a full
// name (صدام حسين، عبد الله): alone they name someone else. كيم is the
// family name Korean names open with (كيم يونغ شول): alone it is the leader,
// by his own alias.
var givenNames = map[string]bool{}

func init() {
	for _, w := range strings.Fields("محمد احمد علي حسن حسين الله عبد خالد عمر سعد ابراهيم يوسف مصطفي محمود عثمان كيم") {
		givenNames[w] = true
	}
}

// sonAfter reports الابن or الأب right after span sp (ترامب الابن، بوش
// الأب): the son or the father of the one the name alone would name.
func sonAfter(d *marsad.Document, sp marsad.Span) bool {
	i := sort.Search(len(d.Tokens), func(i int) bool { return d.Tokens[i].Start >= sp.End })
	if i >= len(d.Tokens) || d.Tokens[i].Kind != marsad.TokenWord {
		return false
	}
	w := tokenKey(d.Tokens[i].Text)
	return w == "الابن" || w == "الاب" || w == "جونيور"
}

// courtWords are the keys of the word court, with and without the article.
var courtWords = map[string]bool{"المحكمه": true, "محكمه": true}

// courtAdjective reports the key of a feminine adjective with the article
// (الابتدائية، العليا، الإسرائيلية) that names a court by its kind or its
// country after المحكمة; anything else after it (اتهمت المحكمة المنظمات،
// قالت المحكمة الأحد) leaves the court named alone.
func courtAdjective(k string) bool {
	return strings.HasPrefix(k, "ال") && (strings.HasSuffix(k, "يه") || k == "العليا") && !weekdays[k]
}

// weekdays are the keys of the days of the week with the article.
var weekdays = map[string]bool{}

func init() {
	for _, w := range strings.Fields("الاحد الاثنين الثلاثاء الاربعاء الخميس الجمعه السبت") {
		weekdays[w] = true
	}
}

// addCourtRepeats links المحكمة named alone to the court the article named
// before it (المحكمة الإسرائيلية العليا ... وقالت المحكمة), when it named
// exactly one: a second court, or one the linker could not place, leaves
// the later ones unlinked. keys are the tokens' keys.
func (s *stage) addCourtRepeats(d *marsad.Document, keys []string) {
	var court *marsad.ActorRef
	ambiguous := false
	var added []marsad.Entity
	for i, t := range d.Tokens {
		if !courtWords[keys[i]] || len(keys) != len(d.Tokens) {
			continue
		}
		j := slices.IndexFunc(d.Entities, func(e marsad.Entity) bool { return e.Span.Overlaps(t.Span) })
		bare := keys[i] == "المحكمه" && (i+1 == len(keys) || d.Tokens[i+1].Kind != marsad.TokenWord || !courtAdjective(keys[i+1]))
		switch {
		case j >= 0 && len(key(d.Entities[j].Text)) > 1:
			e := d.Entities[j]
			if e.Actor == nil || !courtWords[key(e.Text)[0]] || court != nil && court.ID != e.Actor.ID {
				ambiguous = true // محكمة جنايات القاهرة: another court
			} else if court == nil {
				court = e.Actor
			}
		case !bare:
			ambiguous = true // محكمة أمريكية، المحكمة الابتدائية
		case court == nil || ambiguous || i > 0 && keys[i-1] == "في":
			// في المحكمة: where a case is heard, not the court acting.
		case j >= 0:
			if d.Entities[j].Actor == nil {
				d.Entities[j].Actor = court
			}
		default:
			sp := marsad.Span{Start: t.Start + utf8.RuneCountInString(dropClitics(t)), End: t.End}
			added = append(added, marsad.Entity{Span: sp, Text: d.Slice(sp), Type: marsad.ORG, Confidence: 0.6, Actor: court})
		}
	}
	if len(added) > 0 {
		d.Entities = append(d.Entities, added...)
		sortEntities(d.Entities)
	}
}

// spokesmen are the nouns of a spokesman (normalised, with the article).
var spokesmen = setOf("المتحدث المتحدثه الناطق الناطقه")

// spokesmanRepeat returns, for a speaker named as the spokesman alone or
// with his name (وقال المتحدث رمضان شريف), the office of the last speaker
// before it who spoke for a body (متحدث باسم الحرس الثوري → IRNMIL), when
// the lexicon gave it one; nil otherwise.
func spokesmanRepeat(d *marsad.Document, sp *marsad.Mention) *marsad.ActorRef {
	words := normalWords(sp.Text)
	if len(words) == 0 || !spokesmen[words[0]] || len(words) > 1 && !nameAfterHead(d, sp, len(words)-1) {
		return nil
	}
	var ref *marsad.ActorRef
	for _, q := range d.Quotes {
		o := q.Speaker
		if o == nil || o.End > sp.Start || o.Actor == nil || len(o.Actor.Code) <= 3 {
			continue
		}
		ws := normalWords(o.Text)
		if len(ws) > 1 && spokesmen["ال"+strings.TrimPrefix(ws[0], "ال")] && ws[1] == "باسم" {
			ref = o.Actor
		}
	}
	return ref
}

// nameAfterHead reports a person entity that ends the speaker sp and
// holds its last n words: the head noun before it is his title alone.
func nameAfterHead(d *marsad.Document, sp *marsad.Mention, n int) bool {
	for _, e := range d.Entities {
		if e.Type == marsad.PER && e.End == sp.End && e.Start > sp.Start && len(strings.Fields(e.Text)) == n {
			return true
		}
	}
	return false
}

// instWithout returns the key of the institution a name holds once its
// nationality adjective is taken out (المحكمة الإسرائيلية العليا، وزارة
// الداخلية التونسية: المحكمه العليا، وزاره الداخليه), or "" when the name
// holds no adjective or is no institution the lexicon knows. toks are the
// name's keys.
func (s *stage) instWithout(toks []string) string {
	if len(toks) < 3 {
		return ""
	}
	rest := make([]string, 0, len(toks))
	for _, t := range toks {
		if m, ok := s.l.keys[t]; ok && strings.HasPrefix(t, "ال") && (m.kind == kAdj || m.kind == kActor && m.e.Type == marsad.ActorCountry) {
			continue
		}
		rest = append(rest, t)
	}
	k := strings.Join(rest, " ")
	if _, ok := s.l.inst[k]; !ok || len(rest) == len(toks) {
		return ""
	}
	return k
}

// nameGoesOn reports a span followed by a definite word joined by و, which
// makes it the start of a longer name (وزارة الدفاع والأمن القومي
// الصينية). keys are the tokens' keys.
func nameGoesOn(d *marsad.Document, keys []string, sp marsad.Span) bool {
	i := sort.Search(len(d.Tokens), func(i int) bool { return d.Tokens[i].Start >= sp.End })
	return i < len(d.Tokens) && len(keys) == len(d.Tokens) && d.Tokens[i].Kind == marsad.TokenWord &&
		strings.HasPrefix(d.Tokens[i].Prefix, "و") && strings.HasPrefix(keys[i], "ال")
}

// postedOn are the words between a name and the platform it posts on or
// a noun of its users that the tagger ran into one entity (مريم على
// تويتر، مستخدمو تويتر), keyed as the tokens are.
var postedOn = keySet("على عبر في مستخدمو مستخدمي حساب حسابه حسابها صفحة صفحته صفحتها")

// firmHeads are the nouns that open the name of a company or a platform
// (شركة أبل، موقع فيسبوك، تطبيق تيليغرام), keyed as the tokens are.
var firmHeads = keySet("شركة الشركة موقع تطبيق منصة خدمة عملاق")

// cutPlatforms mends the entities that run into the name of a platform or
// a company (Lexicon.Company): a name and the platform it posts on become
// two entities, the name and the platform, typed ORG (حساب الشيخ محمد بن
// راشد على تويتر → محمد بن راشد، تويتر); a word of posting or of users
// alone before the platform is left out (قالت الشرطة على تويتر، مستخدمو
// تويتر → تويتر); and a head noun with the platform's name is the
// platform's, typed ORG (شركة أبل). keys are the tokens' keys (tokenKeys).
func (s *stage) cutPlatforms(d *marsad.Document, keys []string) {
	if len(keys) != len(d.Tokens) {
		return
	}
	var added []marsad.Entity
	for k := range d.Entities {
		e := &d.Entities[k]
		first := sort.Search(len(d.Tokens), func(i int) bool { return d.Tokens[i].End > e.Start })
	words:
		for j := first + 1; j < len(d.Tokens) && d.Tokens[j].End <= e.End; j++ {
			tail := marsad.Span{Start: d.Tokens[j].Start + utf8.RuneCountInString(dropClitics(d.Tokens[j])), End: e.End}
			if d.Tokens[j].Kind != marsad.TokenWord || !s.l.Company(d.Slice(tail)) {
				continue
			}
			switch {
			case firmHeads[keys[j-1]] && j-1 == first:
				e.Type = marsad.ORG // شركة أبل
			case !postedOn[keys[j-1]]:
				continue
			case j-1 == first:
				e.Span, e.Type = tail, marsad.ORG // على تويتر، مستخدمو تويتر
				e.Text, e.Actor = d.Slice(tail), nil
			default:
				e.End = d.Tokens[j-2].End // محمد بن راشد على تويتر
				e.Text = d.Slice(e.Span)
				added = append(added, marsad.Entity{Span: tail, Text: d.Slice(tail), Type: marsad.ORG, Confidence: e.Confidence})
			}
			break words
		}
	}
	if len(added) == 0 {
		return
	}
	d.Entities = append(d.Entities, added...)
	sort.SliceStable(d.Entities, func(i, j int) bool { return d.Entities[i].Start < d.Entities[j].Start })
}
