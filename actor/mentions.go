package actor

import (
	"strings"
	"unicode/utf8"

	"github.com/marsad/marsad"
	"github.com/marsad/marsad/arabic"
)

// Found is an actor mention in a token sequence: tokens [Start, End).
type Found struct {
	Start, End int
	Ref        *marsad.ActorRef
	Place      bool // a place or region named after a locative preposition or alone: where, not who
	Adjective  bool // a nationality adjective (الأمريكية)
	// Role is set on a collective role named alone (الشرطة، قوات الأمن،
	// مسلحون): Ref is nil and the context (the place of the sentence or
	// of the article) gives its country.
	Role string
}

// TokenKey returns the matching form of one written word, as Mentions
// expects its keys: normalised, without proclitics (لل = ل + ال).
func TokenKey(w string) string { return tokenKey(w) }

// Mentions finds the actor mentions in a sentence given as token keys
// (TokenKey for words, the normalised text for others): named actors,
// capitals (their governments), nationality adjectives, and role words
// composed with the nationality or country that follows them (قوات
// المعارضة السورية → SYRREB, الحكومة الأمريكية → USAGOV).
func (l *Lexicon) Mentions(keys []string, date string) []Found {
	var out []Found
	for i := 0; i < len(keys); {
		m, n := l.longest(keys, i)
		if n == 0 {
			i++
			continue
		}
		switch m.kind {
		case kActor:
			if m.weak || verbalUse(keys, i, n) || n == 1 && westSide(keys, i) {
				i += n
				continue
			}
			// طرد 23 دبلوماسيا روسيا: after an indefinite accusative noun a
			// country name in ـا is its adjective (Russian), no party.
			adj := m.e.Type == marsad.ActorCountry && n == 1 && i > 0 && strings.HasSuffix(keys[i], "ا") &&
				strings.HasSuffix(keys[i-1], "ا") && !strings.HasPrefix(keys[i-1], "ال") && utf8.RuneCountInString(keys[i-1]) > 3 &&
				!l.countryWord(keys[i-1]) // كندا وأستراليا: a list of countries, not an adjective
			ref := m.on(date).ref(date)
			if m.e.Type == marsad.ActorPerson && i+n < len(keys) && (keys[i+n] == "الابن" || keys[i+n] == "الاب" || keys[i+n] == "جونيور") && len(ref.Code) >= 3 {
				ref = l.compose(ref.Code[:3], "") // ترامب الابن: the son, not the president
			}
			out = append(out, Found{Start: i, End: i + n, Ref: ref, Place: m.e.Type == marsad.ActorCountry && locative(keys, i), Adjective: adj})
		case kPlace:
			if m.e.capital && i > 0 && fighters[keys[i-1]] {
				i += n
				continue // مقاتلين أكرا: a people (misspelt), not Accra
			}
			if i > 0 && peerages[keys[i-1]] {
				i += n
				continue // أمير ويلز، دوقة كامبريدج: a title, no place of the story
			}
			if keys[i] == "مسقط" && i+n < len(keys) && strings.HasPrefix(strings.TrimPrefix(keys[i+n], "ال"), "راس") {
				i += n
				continue // مسقط رأسه: a birthplace, not Muscat
			}
			f := Found{Start: i, End: i + n, Place: true}
			if m.e.capital && !locative(keys, i) && !(i > 0 && (cityParts[keys[i-1]] || directions[keys[i-1]] || namedAfter[keys[i-1]])) {
				f.Ref = &marsad.ActorRef{ID: "country/" + m.e.country, Code: m.e.country + "GOV", Name: m.e.Name}
				f.Place = false
			} else {
				f.Ref = &marsad.ActorRef{ID: m.e.ID, Code: m.e.country, Name: m.e.Name}
			}
			out = append(out, f)
		case kAdj:
			if i > 0 && directions[keys[i-1]] || directions[keys[i]] && i+n < len(keys) && (placeNouns[keys[i+n]] || l.placeAt(keys, i+n)) {
				i += n
				continue // شمال غربي سوريا، غربي مدينة غزة: a direction, not the West
			}
			if m.code == "WST" && i > 0 && (placeNouns[keys[i-1]] || landParts[keys[i-1]]) {
				i += n
				continue // الساحل الغربي لليمن، المنطقة الغربية: the west of a land, not the West
			}
			if !strings.HasPrefix(keys[i], "ال") && (i == 0 || punctKey(keys[i-1])) {
				i += n
				continue // ، تركي المالكي،: a bare adjective opening a phrase is a first name
			}
			if strings.HasSuffix(keys[i+n-1], "ا") && !counted(keys, i) && !(len(out) > 0 && out[len(out)-1].End == i) {
				i += n
				continue // المدعومة إيرانيا: an adverb, by Iran
			}
			// An adjective of a place is where, not who: مدينة عدن
			// اليمنية، الأراضي الإسرائيلية، محافظة دير الزور السورية.
			place := i > 0 && placeNouns[keys[i-1]] || len(out) > 0 && out[len(out)-1].End == i && out[len(out)-1].Place
			out = append(out, Found{Start: i, End: i + n, Ref: &marsad.ActorRef{ID: "country/" + m.code, Code: m.code, Name: l.nameOf(m.code)}, Adjective: true, Place: place})
		case kRole:
			if m.code == "MED" && ministerBefore(keys, i) {
				m.code = "GOV" // وزير الإعلام، وزيري الصناعة والإعلام: a minister, not the media
			}
			// A role with a nationality or country within the next two words.
			end := i + n
			for k := end; k < len(keys) && k <= end+2; k++ {
				if ministers[keys[i]] && portfolios[keys[k]] {
					// وزيرة الصحة البريطانية: the portfolio, then the
					// nationality; the ministry's own role if it has one
					// (وزارة العدل الأمريكية: JUD).
					if role, ok := l.inst["وزاره "+keys[k]]; ok && k == i+n {
						m.code = role
					}
					end = k + 1
					continue
				}
				m2, n2 := l.longest(keys, k)
				if n2 == 0 {
					if isFiller(keys[k]) {
						continue
					}
					break
				}
				if m2.kind == kRole && strings.HasPrefix(keys[i], "ال") && strings.HasPrefix(keys[k], "ال") && (envoys[keys[k]] || keys[k] == "القايم") {
					// استدعت الخارجية السفير الأمريكي، القائم بالأعمال: a
					// definite envoy after a definite role is another party.
					break
				}
				if m2.kind == kRole {
					if m2.code != "" && !(m2.code == "MED" && ministers[keys[i]]) {
						m.code = m2.code // قوات المعارضة: the more specific role
					}
					k += n2 - 1
					end = k + 1
					continue
				}
				country := ""
				switch {
				case m2.kind == kAdj:
					country = m2.code
				case (m2.kind == kActor && m2.e.Type == marsad.ActorCountry || m2.kind == kPlace && m2.e.capital) && k == end && strings.HasPrefix(keys[end-1], "ال") && (n2 > 1 || !strings.HasPrefix(keys[k], "ال")):
					// أمرت المحكمة الولايات المتحدة، واتهم المحتجون قطر: a
					// noun with the article takes no genitive; the country
					// is another party. One word with the article is an
					// adjective, as written or misspelt (السلطات السعودية،
					// الرئيس السودان).
				case m2.kind == kActor && m2.e.Type == marsad.ActorCountry:
					country = m2.e.Code
				case m2.kind == kPlace && m2.e.capital:
					country = m2.e.country
				case m2.kind == kActor && m2.e.Type == marsad.ActorPerson && k == i+n && rulers[keys[i]]:
					// نظام الأسد، حكومة نتنياهو: the state body of a ruler in
					// office then; no role word of one out of office.
					if r := m2.on(date).ref(date); r != nil && len(r.Code) == 6 && strings.HasSuffix(r.Code, "GOV") && countryCodes[r.Code[:3]] {
						country = r.Code[:3]
					}
				case m2.kind == kActor && m2.e.Type == marsad.ActorArmed:
					out = append(out, Found{Start: i, End: k + n2, Ref: m2.on(date).ref(date)})
					i = k + n2
					goto next
				}
				if country != "" {
					out = append(out, Found{Start: i, End: k + n2, Ref: l.compose(country, m.code)})
					i = k + n2
					goto next
				}
				break
			}
			if m.code != "" && collective[keys[i]] && (end >= len(keys) || !foreign[keys[end]] || m.code == "REB" && strings.HasPrefix(keys[end], "الموا")) && !(i > 0 && keys[i-1] == "غير") && !(m.code == "REB" && i > 0 && dissenters[keys[i-1]]) {
				out = append(out, Found{Start: i, End: end, Role: m.code})
				i = end
				continue
			}
			i += n
			continue
		}
		i += n
	next:
	}
	return out
}

// locative reports a name after في / ب-less locative words: a place, not an actor.
func locative(keys []string, i int) bool {
	if i > 1 && placeNouns[keys[i-1]] && keys[i-2] == "في" {
		return true // في العاصمة دمشق
	}
	if i > 0 && (keys[i-1] == "العاصمه" || keys[i-1] == "عاصمت") {
		return true // تجمعت في شارع بالعاصمة واشنطن، سيلتقي في عاصمتها أديس أبابا: the city
	}
	if i > 2 && placeNouns[keys[i-2]] && keys[i-3] == "في" {
		return true // في العاصمة الألمانية برلين
	}
	if i > 0 && directions[keys[i-1]] {
		return i < 2 || !preps[keys[i-2]]
	}
	if i > 1 && keys[i-1] == "من" && sides[keys[i-2]] {
		return true // في الشمال الغربي من دمشق، إلى الجنوب من بغداد: the city
	}
	return i > 0 && (keys[i-1] == "في" || keys[i-1] == "داخل" || keys[i-1] == "قرب" || witnessed[keys[i-1]] || skies[keys[i-1]])
}

// skies are the words of the air above a place (فوق الرياض، أجواء
// دمشق، سماء بغداد): what flies or is shot down there is over the place,
// not its government. keyed as the tokens are.
var skies = keySet("فوق أجواء سماء")

// witnessed are the verbs whose subject is where things happen (شهدت
// بغداد مظاهرة): a place, not its government.
var witnessed = map[string]bool{"شهدت": true, "شهد": true, "تشهد": true, "يشهد": true, "وشهدت": true, "وشهد": true}

// directions before a country name a part of it (عفرين شمالي سوريا،
// شمال غرب سوريا): a place, not the state; but after a preposition the
// part stands for the state (غارات على شرق سوريا، هاجمت القوات مدينة
// عفرين في شمال سوريا).
var directions = map[string]bool{}

// sides are the definite directions that take the place they lie off with
// من (في الشمال الغربي من دمشق، إلى الجنوب من بغداد): the place is
// where, not its government; keyed as the tokens are. الغرب and الشرق
// are left out: they are also the West and the East (موقف الغرب من
// طهران).
var sides = keySet("الشمال الجنوب الشمالي الجنوبي الشرقي الغربي")

// preps before a direction make its country the state (في شمال سوريا).
var preps = map[string]bool{"في": true, "علي": true, "ضد": true, "الي": true, "من": true}

func init() {
	for _, w := range strings.Fields(`شمال شمالي جنوب جنوبي شرق شرقي غرب غربي وسط شمالا جنوبا شرقا غربا`) {
		directions[w] = true
	}
}

// isFiller words may stand between a role and its nationality.
func isFiller(k string) bool {
	return k == "الحكوميه" || k == "النظاميه" || k == "الرفيع" || k == "رفيع" || k == "المستوي" || k == "كبير" || k == "الكبير" || k == "المعتدله" || k == "كبار" ||
		k == "الحربيه" || k == "العسكريه" // المخابرات الحربية الروسية
}

// sideOf are the words before الغرب that make it the side of a place (من
// جهة الغرب، إلى الغرب من كركوك), keyed as the tokens are; after إلى the
// side also needs من after it (إلى الغرب من منبج, but عاد إلى الغرب).
var sideOf = keySet("جهة جهتي ناحية الجهة")

// compassNouns are the definite directions that الغرب is joined to as a
// direction (من الشمال والغرب), keyed as the tokens are; الشرق is left
// out: الشرق والغرب are also the East and the West.
var compassNouns = keySet("الشمال الجنوب")

// westSide reports the word الغرب at keys[i] naming the west of a place,
// not the West (WST): after a noun of a side (من جهة الغرب), after إلى
// and before من (الواقعة إلى الغرب من نهر الفرات), or after another
// direction (من الشمال والغرب).
func westSide(keys []string, i int) bool {
	if keys[i] != "الغرب" || i == 0 {
		return false
	}
	prev := keys[i-1]
	return sideOf[prev] || compassNouns[prev] || prev == "الي" && i+1 < len(keys) && keys[i+1] == "من"
}

// landParts are the nouns of a part of a land or a front, besides
// placeNouns, that the adjective of the west after them tells the side of
// (الشاطئ الغربي، الشريط الغربي، الجبهة الغربية), keyed as the tokens are.
var landParts = keySet("الشاطئ الشريط الجبهة القطاع الجزء الطرف الحي الريف الضفة الجناح المحور الخط")

// placeNouns are the common nouns of places whose nationality adjective
// tells where (مدينة، محافظة، العاصمة); the land, sea and sky of a state
// (الأراضي السورية) stand for the state as a target.
var placeNouns = map[string]bool{}

// fighters are plural nouns of people; a capital's name right after one
// is a misspelt nationality, not the city.
var fighters = map[string]bool{"مقاتلين": true, "مقاتلون": true, "مسلحين": true, "مسلحون": true, "عناصر": true, "جنود": true}

// cityParts name parts of a city before its name (شوارع بغداد، وسط دمشق),
// or a body of the city's own (شرطة لندن، هيئة مواصلات لندن، عمدة باريس):
// a capital after them is the city, not its government; so is one after a
// direction (في شرق دمشق).
var cityParts = map[string]bool{"شوارع": true, "شارع": true, "ساحات": true, "ساحه": true, "ميادين": true, "ميدان": true,
	"احياء": true, "ضواحي": true, "وسط": true, "اطراف": true, "مطار": true, "ميناء": true, "جامعه": true, "بلديه": true,
	"بازار": true, "سوق": true, "اسواق": true, "مقاهي": true, "مقهي": true,
	"شرطه": true, "مواصلات": true, "عمده": true, "مترو": true}

// namedAfter are the nouns of treaties, talks and meetings that take a
// city's name as their own (اتفاقية روما، محادثات جنيف، مسار أستانا، قمة
// الرياض): the city is where they were made or held, not its government.
// إعلان is not one: إعلان أنقرة is mostly Ankara's announcement.
var namedAfter = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`اتفاقيه الاتفاقيه اتفاقيات اتفاق الاتفاق اتفاقات معاهده المعاهده ميثاق الميثاق
		بروتوكول مسار محادثات مفاوضات مباحثات موتمر قمه منتدي عمليه جوله اجتماع الاجتماع اجتماعات تفاهمات مجموعه`) {
		namedAfter[w] = true
	}
}

// collective are the role words that name a force or an authority of the
// country in question when said alone (الجيش، الشرطة، السلطات، مسلحون),
// unlike a person's title (الرئيس، وزير).
var collective = map[string]bool{}

// foreign words after a role make it no force of the country in question:
// القوات الأجنبية، قوات التحالف، قوات حفظ السلام.
var foreign = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`الاجنبيه الاجنبي الاجانب اجنبيه الدوليه الدولي التحالف حفظ الامميه الغربيه الموالي الموالين
		الموااليه المواليه الرديفه الحليفه المتعدده الخاصه الكرديه الشعبيه الشعبي الحر`) {
		foreign[w] = true
	}
	for _, w := range strings.Fields(`مدينه المدينه محافظه المحافظه بلده البلده منطقه المنطقه قريه القريه ريف
		العاصمه الساحل ولايه الولايه مخيم المخيم اقليم الاقليم جزيره الجزيره`) {
		placeNouns[w] = true
	}
	for _, w := range strings.Fields(`الجيش القوات الشرطه السلطات الحكومه النظام الطيران
		المسلحين مسلحين المسلحون مسلحون المتمردين المتمردون متمردين متمردون الانفصاليين الانفصاليون انفصاليين انفصاليون جنود الجنود عناصر رجال مقاتلي مقاتلو
		فصايل الفصايل المخابرات الاستخبارات المحتجين المتظاهرين متظاهرين المتظاهرون متظاهرون المعارضه
		متظاهر متظاهرا محتج محتجا محتجين محتجون المحتجون`) {
		collective[w] = true
	}
}

// dissenters are the members of a body that متمردين after them calls
// rebels in a vote (نوابا متمردين في حزبها): dissenting lawmakers, not
// insurgents. keyed as the tokens are.
var dissenters = keySet("نواب نوابا النواب اعضاء الاعضاء نائبا نواب")

// verbals are one-word names that are also verbal nouns, with the objects
// that make them the verbal noun: فتح حوار، فتح تحقيق، إعادة فتح المعبر
// (opening), not the movement Fatah.
var verbals = map[string]map[string]bool{"فتح": {}}

func init() {
	for _, w := range strings.Fields(`حوار الحوار حوارا تحقيق تحقيقا التحقيق تحقيقات باب الباب ابواب الابواب
		معبر المعبر معابر المعابر طريق الطريق طرق الطرق ممر الممر ممرات الممرات صفحه ملف الملف ملفات الملفات
		النار نيران الحدود حدود مكتب المكتب مكاتب سفاره السفاره سفارات قنصليه القنصليه المجال مجال الاجواء
		اجواء قنوات القنوات مطار المطار ميناء الميناء الموانئ موانئ السوق الاسواق اسواق المدارس مدارس
		المساجد الجامعات افاق جبهه جبهات بلاغ قضيه باب النيران الملاجي ملاجي الموضوع موضوع القضيه مراكز مركز جسر
		صناديق شركه مكتبا مطابخ ابوابها ابوابه حساب حسابات مصنع بوابه البوابه سبل ممرا بعض عدد التحقيقات طريقا
		هذا هذه مزيد أول مفاوضات محطة خط قناة قناتين متاجر معبرين السفارات مدينة`) {
		verbals["فتح"][arabic.Normalize(w)] = true // الموانئ is keyed المواني
		verbals["فتح"][tokenKey(w)] = true         // as the tokens are keyed: باب is keyed اب
	}
}

// verbalUse reports a one-word name used as a common word: a verbal noun
// whose object follows (فتح حوار) or after إعادة (إعادة فتح), or the
// adjective مالي (financial) after a noun it qualifies (دعم مالي) or
// before وإداري.
func verbalUse(keys []string, i, n int) bool {
	if n == 1 && keys[i] == "مالي" {
		return i > 0 && financialHeads[keys[i-1]] || i+1 < len(keys) && (keys[i+1] == "اداري" || keys[i+1] == "اقتصادي")
	}
	if n == 1 && keys[i] == "القاعده" && i+1 < len(keys) {
		// القاعدة العسكرية، القاعدة الجوية الروسية: a base, not al-Qaeda.
		next := keys[i+1]
		return strings.HasPrefix(next, "ال") && strings.HasSuffix(next, "يه") && next != "الاسلاميه"
	}
	objs, ok := verbals[keys[i]]
	if !ok || n != 1 {
		return false
	}
	return i+1 < len(keys) && objs[keys[i+1]] || i > 0 && (keys[i-1] == "اعاده" || keys[i-1] == "واعاده")
}

// financialHeads are nouns that مالي after them qualifies as
// "financial" (دعم مالي، فساد مالي، محلل مالي) rather than name Mali.
var financialHeads = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`دعم مبلغ فساد محلل تعويض مقابل مرتب دخل وعاء عجز مستشار وضع قطاع فائض وعي
		تامين تحفيز صندوق استقرار ربح مشروع عام نظام سوق خبير مدير تمويل حساب عائد تقييم مورد احتيال عبء تدقيق
		ضمان التزام حافز نمو اصلاح اداء ملف مكسب تلاعب غش خطا خساره مصدر تخطيط ضغط انهيار اغراء تهرب
		مركز تحقيق دور`) {
		financialHeads[arabic.Normalize(w)] = true // فائض is keyed فايض
	}
}

// VerbalUse reports whether the one-word name at keys[i] is used there
// as a verbal noun (فتح حوار): no actor.
func VerbalUse(keys []string, i int) bool { return verbalUse(keys, i, 1) }

// counted reports the accusative of a nationality adjective after a
// number (قتل 16 فلسطينيا), or after the indefinite noun it qualifies
// (جنديا إسرائيليا): people of that country; so it is right after an
// actor, as the object (قتلت الشرطة الإسرائيلية فلسطينيا). After anything
// else (المدعومة إيرانيا) it is an adverb.
func counted(keys []string, i int) bool {
	if i == 0 {
		return false
	}
	p := keys[i-1]
	if p == "" || p[0] >= '0' && p[0] <= '9' || strings.ContainsAny(p[:1], "٠١٢٣٤٥٦٧٨٩") {
		return true
	}
	switch p {
	case "نحو", "قرابه", "حوالي", "عشرات", "ميات", "الاف", "الف", "مليون":
		return true
	}
	return strings.HasSuffix(p, "ا") && !strings.HasPrefix(p, "ال")
}

// punctKey reports the key of a comma: a bare adjective after it opens an
// apposition (، تركي المالكي،), where it is a first name; after a bracket
// it is a predicate (سعودي الجنسية) and stays.
func punctKey(k string) bool {
	return k == "،" || k == ","

}

// ministers name a minister or a ministry; a field named after them
// (وزير الإعلام) is their portfolio.
var ministers = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`وزير الوزير وزيره الوزيره وزيري وزيرا وزراء الوزراء وزاره الوزاره وزارتي`) {
		ministers[w] = true
	}
}

// portfolios are the fields of a minister or ministry named between the
// head and its nationality (وزير الطاقة الإسرائيلي، وزيرة التعليم العالي
// الفرنسية، وزراء إعلام): they change nothing of the state's role. keyed
// as the tokens are.
var portfolios = keySet(`الطاقة طاقة الصحة صحة العدل عدل المالية مالية التجارة تجارة الاقتصاد اقتصاد
	النقل نقل التعليم تعليم العالي التربية تربية الزراعة زراعة الثقافة ثقافة السياحة سياحة البيئة بيئة
	العمل الصناعة صناعة الصناعات الاتصالات اتصالات النفط نفط الهجرة هجرة الشؤون شؤون الاجتماعية الدينية
	الدولة الشباب الرياضة الإسكان الأشغال العامة المياه الري الموارد المائية الكهرباء الخزانة المواصلات
	إعلام التخطيط التنمية الاستثمار المناجم التموين الأوقاف البحث العلمي المرأة الأسرة الطفولة
	الاقتصادية المحلية الإعلام الاتصال العدالة الفلاحة البترول الغاز الثروة المعدنية التكنولوجيا`)

// rulers are the role words without the article that take the name of
// the ruler whose state body they are (نظام الأسد، حكومة نتنياهو، إدارة
// ترامب), keyed as the tokens are.
var rulers = keySet("نظام حكومة إدارة قوات جيش سلطات")

// ministerBefore reports a minister or ministry in the three words before
// i (وزيري الصناعة والإعلام).
func ministerBefore(keys []string, i int) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if ministers[keys[k]] {
			return true
		}
	}
	return false
}

// peerages are the titles of nobility that take a place's name (أمير
// ويلز، دوق كامبريدج), keyed as the tokens are.
var peerages = keySet("أمير أميرة الأمير الأميرة دوق دوقة الدوق الدوقة")

// placeAt reports a place or country named at keys[i] (غربي غزة).
func (l *Lexicon) placeAt(keys []string, i int) bool {
	m, n := l.longest(keys, i)
	return n > 0 && (m.kind == kPlace || m.kind == kActor && m.e.Type == marsad.ActorCountry)
}

// countryWord reports a key that is a country's name by itself.
func (l *Lexicon) countryWord(k string) bool {
	m, ok := l.keys[k]
	return ok && m.kind == kActor && m.e != nil && m.e.Type == marsad.ActorCountry
}
