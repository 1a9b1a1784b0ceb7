package actor_test

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/marsad/marsad"
	"github.com/marsad/marsad/actor"
	"github.com/marsad/marsad/arabic"
)

func lexicon(t testing.TB) *actor.Lexicon {
	t.Helper()
	l, err := actor.DefaultLexicon()
	if err != nil {
		t.Fatal(err)
	}
	return l
}

func TestCheck(t *testing.T) {
	if issues := lexicon(t).Check(); len(issues) > 0 {
		t.Errorf("lexicon problems:\n%v", issues)
	}
}

func TestLink(t *testing.T) {
	l := lexicon(t)
	tests := []struct{ text, date, want string }{
		{"بشار الأسد", "2014-09-28", "SYRGOV"},
		{"الرئيس السوري بشار الأسد", "2014-09-28", "SYRGOV"},
		{"جون كيري", "2014-09-28", "USAGOV"},
		// IRNA, whose نا is no pronoun, with and without the hamza.
		{"إرنا", "2018-10-14", "IRNMED"},
		{"وكالة ارنا", "2018-10-14", "IRNMED"},
		// The ANC; the DR Congo spelt with و, not the Republic of the Congo.
		{"حزب المؤتمر الوطني الإفريقي", "2018-02-14", "ZAFPTY"},
		{"جمهورية الكونغو الديموقراطية", "2018-02-26", "COD"},
		{"جون كيري", "2019-01-01", "USA"},           // out of office
		{"ماتاريللا", "2018-05-28", "ITAGOV"},       // spelt with a double ل
		{"الكنيست", "2018-05-28", "ISRLEG"},         // a parliament, not the government
		{"بارك غيون-هي", "2018-04-06", "KOR"},       // the former president, out of office
		{"الصن", "2018-10-14", "GBRMED"},            // The Sun
		{"تسنيم", "2018-10-14", "IRNMED"},           // the agency by its short name
		{"حركة نداء تونس", "2018-05-30", "TUNPTY"},  // the party, not the country
		{"حركة خمس نجوم", "2018-05-28", "ITAPTY"},   // the Italian movement
		{"أفيخاي أدرعي", "2018-10-12", "ISRMIL"},    // the army's spokesman
		{"غولدا مائير", "2018-05-20", "ISR"},        // a prime minister of the past
		{"كيم يونغ أون", "2018-07-07", "PRKGOV"},    // a spelling of Kim Jong-un
		{"أونغ سان سو تشي", "2018-08-30", "MMRGOV"}, // the state counsellor
		{"أستانا", "2018-05-30", "KAZ"},             // the talks' city, not the Kazakh government
		{"جيمس كومي", "2016-05-01", "USACOP"},       // the FBI's director
		{"ماكيب", "2018-03-17", "USA"},              // fired the day before
		{"توني بلير", "2018-03-07", "GBR"},          // out of office
		{"وزير الخارجية الروسي سيرجي لافروف", "2014-09-28", "RUSGOV"},
		{"وزير الخارجية الروسي", "2014-09-28", "RUSGOV"},
		{"ترنبول", "2018-02-23", "AUSGOV"},                        // Australia's prime minister until August 2018
		{"تحالف النصر", "2018-05-14", "IRQPTY"},                   // al-Abadi's list
		{"آريش تايمز", "", "IRLMED"},                              // the Irish Times, spelt without ي
		{"قناة فوكس", "", "USAMED"},                               // Fox News by its channel
		{"مجلس سوريا الديمقراطية", "", "SYROPP"},                  // the political wing of the SDF
		{"وزيرة الخارجية في حكومة الظل البريطانية", "", "GBROPP"}, // the shadow cabinet is the opposition
		{"هيئة الطيران المدني الإيرانية", "", "IRNGOV"},           // civil aviation, not the air force
		{"رئيس مجلس الشورى السعودي", "", "SAULEG"},
		{"ساجد جويد", "2018-06-17", "GBRGOV"},    // Home Secretary since April 2018
		{"واس", "", "SAUMED"},                    // the Saudi press agency
		{"وكالة الأنباء السعودية", "", "SAUMED"}, // by its full name
		{"نيكول باشينيان", "2018-05-01", "ARMOPP"},
		{"نوري المالكي", "2018-05-10", "IRQGOV"}, // vice president again from 2016
		{"البيرق", "2018-08-11", "TURGOV"},       // finance minister
		{"نوري المالكي", "2016-01-10", "IRQ"},    // between his two terms as vice president
		{"نيكول باشينيان", "2018-06-01", "ARMGOV"},
		{"الأمين العام للمجلس الأعلى للأمن القومي الإيراني", "", "IRNGOV"},
		{"موسكو", "2014-09-28", "RUSGOV"},
		{"بموسكو", "2014-09-28", "RUSGOV"},
		{"واشنطن", "", "USAGOV"},
		{"الولايات المتحدة", "", "USA"},
		{"وروسيا", "", "RUS"},
		{"الجيش السوري", "", "SYRMIL"},
		{"مكتب التحقيقات الفيدرالي", "2018-03-07", "USACOP"}, // the FBI
		{"المارينز", "2018-03-07", "USAMIL"},                 // the US Marines
		{"البيت الأزرق", "2018-03-07", "KORGOV"},             // the South Korean presidency
		{"حزب الليكود", "2018-03-07", "ISRPTY"},
		{"الاتحاد الوطني الكردستاني", "2018-03-07", "IRQPTY"},
		{"ساليسبري", "2018-03-07", "GBR"}, // Salisbury, spelt with ي
		{"كرم أبو سالم", "2018-03-07", "ISR"},
		{"ريو دي جانيرو", "2018-03-07", "BRA"},
		{"نيو ساوث ويلز", "2018-03-07", "AUS"},    // an Australian state, not Wales
		{"بالو ألتو", "2018-03-07", "USA"},        // Palo Alto, not Palu
		{"ميشيل باشيليت", "2018-09-11", "IGOUNO"}, // spelt with ي
		{"عزام الأحمد", "2018-02-25", "PSEPTY"},
		{"كالين", "2018-03-07", "TURGOV"}, // the Turkish presidency's spokesman
		{"بالو", "2018-10-07", "IDN"},
		{"المعارضة السورية", "", "SYROPP"},
		{"قوات المعارضة السورية", "", "SYRREB"},
		{"مسؤول أمريكي", "", "USA"},
		{"مسؤول رفيع المستوى في الإدارة الأمريكية", "", "USAGOV"},
		{"الحكومة العراقية", "", "IRQGOV"},
		{"لو فيغارو", "", "FRAMED"},                    // the paper's name in two words
		{"إسماعيل رضوان", "2018-05-04", "PSEREBHMS"},   // a Hamas leader
		{"مدينة الصدر", "", "IRQ"},                     // a district of Baghdad
		{"أوتار براديش", "", "IND"},                    // an Indian state
		{"المنظمة الدولية للمهاجرين", "", "IGOUNO"},    // the IOM by another name
		{"المخابرات المركزية الأميركية", "", "USASPY"}, // the CIA, spelt أميركية
		{"المخابرات البريطانية", "", "GBRSPY"},         // MI6
		{"الحزب الجمهوري", "", "USAPTY"},               // the US party
		{"الحزب الديمقراطي", "", ""},                   // many countries have one
		{"الحزب الديمقراطي الأمريكي", "", "USAPTY"},    // with its country
		{"هيئة الاستثمار القطرية", "", "QATGOV"},       // Qatar's sovereign fund
		{"مجلس الدولة الصيني", "", "CHNGOV"},           // China's cabinet
		{"قناة الحدث", "", "SAUMED"},                   // the Saudi-owned channel
		{"رئيس الأركان الأفغاني", "", "AFGMIL"},        // the army's chief of staff
		{"ولاية دورانغو", "", "MEX"},                   // a Mexican state
		{"ميناء الصليف", "", "YEM"},                    // a Yemeni port
		{"المؤسسة العامة للحبوب", "", "SAUGOV"},        // the Saudi grain agency
		{"الشرطة المصرية", "", "EGYCOP"},
		{"داعش", "", "IMGMUSISI"},
		{"تنظيم الدولة", "", "IMGMUSISI"},
		{"الدولة الإسلامية", "", "IMGMUSISI"},
		{"مجلس الأمن الدولي", "", "IGOUNO"},
		{"بالأمم المتحدة", "", "IGOUNO"},
		{"الجامعة العربية", "", "IGOMEAARL"},
		{"حزب الله", "", "LBNREBHZB"},
		{"الروس", "", "RUS"},
		{"الضربات الأمريكية", "", "USA"},
		{"جماعات حقوقية", "", "NGOHRI"},
		{"منظمات حقوق الإنسان", "", "NGOHRI"},
		{"الجيش الشعبي لتحرير السودان", "", "SSDMIL"},
		{"الجيش الشعبي لتحرير السودان في المعارضة", "", "SSDREB"},
		{"صدام حسين", "2001-01-01", "IRQGOV"},
		{"صدام", "2001-01-01", ""},                 // a clash: only by coreference
		{"الملك عبد الله", "2010-03-01", "SAUGOV"}, // the Saudi king, in office
		{"الملك عبد الله", "2018-06-09", "JORGOV"}, // his successor in the title: Jordan's
		{"الملك عبدالله", "2018-06-09", "JORGOV"},
		{"جماعات مسلحة", "", ""},
		{"مقتدى الصدر", "2018-05-14", "IRQPTY"},
		{"الصدر", "2018-05-14", ""},              // the chest: only by coreference or in a story on Iraq
		{"تركي المالكي", "2018-05-24", "SAUMIL"}, // the coalition's spokesman, no Turk
		{"إسرائيل كاتس", "2018-05-24", "ISRGOV"}, // a minister, not Israel
		{"إسرائيل كاتس", "2025-03-01", "ISRMIL"}, // defence minister since November 2024
		{"نجيب رزاق", "2018-04-20", "MYSGOV"},
		{"نجيب رزاق", "2018-06-20", "MYS"}, // out of office
		{"ماتاريلا", "2018-05-28", "ITAGOV"},
		{"بيدرو سانشيز", "2018-06-17", "ESPGOV"},
		{"إيفان دوكي", "2018-08-08", "COLGOV"},
		{"جينا هاسبل", "2018-05-22", "USASPY"},
		{"علي أكبر صالحي", "2018-06-05", "IRNGOV"},
		{"كيم يونغ شول", "2018-06-01", "PRKGOV"},
		{"أنور إبراهيم", "2018-05-16", "MYS"},
		{"بومبيو", "2018-04-18", "USASPY"},     // CIA director before State
		{"روبيو", "2018-06-01", "USALEG"},      // a senator before State
		{"عمر الرزاز", "2018-05-01", "JORGOV"}, // education minister before prime minister
		{"كوفي عنان", "2003-03-20", "IGOUNO"},
		{"ميشيل باشليه", "2018-10-01", "IGOUNO"}, // UN rights chief after Chile's president
		{"باشليه", "2016-05-01", "CHLGOV"},
		{"برونو لومير", "2018-05-11", "FRAGOV"},
		{"تيار المستقبل", "", "LBNPTY"},
		{"وكالة سانا", "", "SYRMED"},
		{"رويترز", "", "GBRMED"},
		{"لوكالة فرانس برس", "", "FRAMED"},
		{"بي بي سي", "", "GBRMED"},
		{"سبوتنيك", "", "RUSMED"},
		{"سكاي نيوز عربية", "", "AREMED"},
		{"سي إن إن", "", "USAMED"},
		{"قناة الجزيرة", "", "QATMED"},
		{"وكالة الأناضول", "", "TURMED"},
		{"صالح", "", ""},                                  // a common word: only by coreference
		{"الطقس", "", ""},                                 // nothing
		{"هربرت ماكماستر", "2018-03-01", "USAGOV"},        // national security adviser
		{"ماكماستر", "2018-05-01", "USA"},                 // replaced in April 2018
		{"فوتيل", "2018-03-01", "USAMIL"},                 // Central Command
		{"علي شمخاني", "2018-03-01", "IRNGOV"},            // the security council's secretary
		{"مندلبليت", "2018-03-01", "ISRJUD"},              // the attorney general
		{"مارين لوبان", "2018-03-01", "FRAOPP"},           // the opposition's leader
		{"هايلي مريام ديسالين", "2018-02-16", "ETHGOV"},   // not Nikki Haley
		{"كولن باول", "2003-02-05", "USAGOV"},             // not Gulen, whose alias كولن is
		{"فتح الله غولين", "2018-03-01", "TUROPP"},        // not Fatah
		{"جامعة القاهرة", "2018-03-01", "EGY"},            // a university in the capital, not its government
		{"معهد أوسلو لأبحاث السلام", "2018-03-01", "NOR"}, // an institute in the capital
		{"جاكرتا بوست", "2018-03-01", "IDNMED"},           // a paper named after the capital
		{"دميتري مدفيديف", "2018-03-01", "RUSGOV"},
		{"كوشنير", "2018-03-01", "USAGOV"},
		{"أوكسفام", "", "NGODEV"},
		{"منجستو هايلى ماريام", "2018-03-01", "ETH"},  // the ruler of the 1980s, not Hailemariam
		{"ماريون ماريشال لوبان", "2018-03-01", "FRA"}, // the niece, not the party's leader
		{"هيذر ناورت", "2018-05-10", "USAGOV"},        // the State Department's spokeswoman
		{"بارنييه", "2018-06-02", "IGOEUREEC"},        // the EU's Brexit negotiator
		{"فاتو بنسودا", "2018-05-22", "IGOJUDICC"},    // the ICC's prosecutor
		{"عقيلة صالح", "2018-05-29", "LBYLEG"},        // the speaker of Libya's parliament
		{"عاطف الطراونة", "2018-06-02", "JORLEG"},     // the speaker of Jordan's parliament
		{"سليم الجبوري", "2018-06-10", "IRQLEG"},      // the speaker of Iraq's parliament until September 2018
		{"سليم الجبوري", "2018-10-01", "IRQ"},         // out of office
		{"ميرال أكشينار", "2018-06-24", "TUROPP"},     // the opposition's candidate
		{"مارك لوكوك", "2018-06-07", "IGOUNO"},        // the UN's humanitarian chief
		{"تشوي سون-هوي", "2018-05-24", "PRKGOV"},      // the vice foreign minister
		{"سونغ كيم", "2018-05-27", "USAGOV"},          // the envoy to Pyongyang, not Kim Jong-un
		{"خوان مانويل سانتوس", "2018-06-17", "COLGOV"},
		{"كينيث ماكنزي", "2018-05-31", "USAMIL"},
		{"ضاحي خلفان", "2018-05-09", "ARECOP"},
		{"سعود القحطاني", "2018-06-01", "SAUGOV"},
		{"بوب مينينديز", "2018-06-08", "USALEG"},
		{"جين شاهين", "2018-06-08", "USALEG"},
		{"باولو سافونا", "2018-06-02", "ITAGOV"},
		{"منصور بن زايد آل نهيان", "2018-05-21", "AREGOV"},
		{"سلطان بن أحمد الجابر", "2018-05-21", "AREGOV"},
		{"خالد بن أحمد", "2018-05-02", "BHRGOV"},
		{"كيم جونج أون", "2018-05-24", "PRKGOV"},
		{"تريزا ماي", "2018-06-09", "GBRGOV"},
		{"بوريس جونسن", "2018-08-09", "GBR"}, // resigned in July 2018
		{"أبومازن", "2018-05-01", "PSEGOV"},
		{"بيرلسكوني", "2018-05-12", "ITAOPP"},         // Forza Italia's leader, out of government
		{"ماتيو سالفيني", "2018-03-05", "ITAOPP"},     // the League's leader before the Conte government
		{"سالفيني", "2018-06-20", "ITAGOV"},           // interior minister
		{"لويجي دي مايو", "2018-03-05", "ITAOPP"},     // the Five Star Movement's leader
		{"بيدرو سانشيز", "2018-05-25", "ESPOPP"},      // the Socialists' leader before the censure motion
		{"عمران خان", "2018-07-26", "PAKOPP"},         // before he took office as prime minister
		{"يائير لابيد", "2018-04-10", "ISROPP"},       // Yesh Atid, in opposition
		{"نفتالي بينيت", "2018-04-10", "ISRGOV"},      // education minister
		{"موسى مصطفى موسى", "2018-03-27", "EGYPTY"},   // al-Ghad party's leader, the candidate
		{"إياد علاوي", "2017-05-01", "IRQGOV"},        // vice-president
		{"أنور إبراهيم", "2015-01-10", "MYSOPP"},      // the opposition's leader
		{"كلاوس يوهانيس", "2018-08-11", "ROUGOV"},     // Romania's president
		{"إيمرسون منانغاغوا", "2018-08-01", "ZWEGOV"}, // Zimbabwe's president since November 2017
		{"إيمرسون منانغاغوا", "2017-11-15", "ZWE"},    // between his dismissal and his presidency
		{"شاهد خاقان عباسي", "2018-05-06", "PAKGOV"},
		{"شاهد خاقان عباسي", "2018-07-01", "PAK"}, // his term ended in May 2018
		{"تساي إنغ ون", "2018-05-24", "TWNGOV"},
		{"ميغيل دياز-كانيل", "2018-05-18", "CUBGOV"},
		{"بريت كافانو", "2018-10-02", "USAJUD"},
		{"ديلي تلغراف", "2018-08-30", "GBRMED"},
		{"أسوشيتد برس", "2018-06-27", "USAMED"},
		{"وكالة أنباء الأناضول", "2018-05-11", "TURMED"},
		{"وكالة سبأ", "2018-05-22", "YEMMED"},
		{"CNN", "2018-05-08", "USAMED"},
		{"فيسل كوبي", "2018-05-26", ""},              // a club of Kobe: no actor, not Cuba
		{"اليزابيث ريتشارد", "2018-02-16", "USAGOV"}, // ambassador to Lebanon
		{"أنريك بينا بيتو", "2018-02-26", "MEXGOV"},  // misspelt, in office
		{"إنريكي بينيا نييتو", "2019-06-01", "MEX"},  // out of office
		{"YPG", "2018-02-21", "SYRREBYPG"},           // by its Latin acronym
		{"منظمة قسط", "2018-03-01", "NGOHRI"},        // ALQST
		{"إيسنا", "2018-02-18", "IRNMED"},            // ISNA
		{"فرانس24", "2018-10-10", "FRAMED"},          // France 24, written with its number
		{"فرانس 24", "2018-10-10", "FRAMED"},
		{"وكالة الأنباء الطلابية", "2018-02-18", "IRNMED"},
		{"وكالة الأنباء المركزية الكورية", "2018-03-01", "PRKMED"},
		{"منظمة حظر الأسلحة الكيميائية", "2018-04-08", "IGO"},
		{"قوات الدفاع الإسرائيلية", "2018-02-19", "ISRMIL"},
		{"إقليم كردستان", "2018-04-02", "IRQKUR"},                  // the Iraqi region, not Iraq
		{"اقليم كردستان العراق", "2018-04-02", "IRQKUR"},           // its longer name, hamza left out
		{"حكومة إقليم كردستان", "2018-04-02", "IRQKURGOV"},         // the region's government
		{"قوات البيشمركة", "2018-04-02", "IRQKURMIL"},              // the region's forces
		{"الحزب الديموقراطي الكردستاني", "2018-04-02", "IRQPTY"},   // Barzani's party, spelt with و
		{"حزب العمال الكردستاني", "2018-04-02", "TURREBPKK"},       // the PKK stays
		{"جيش الإسلام", "2018-03-12", "SYRREB"},                    // the Ghouta's rebels
		{"الخوذ البيضاء", "2018-04-08", "SYRNGO"},                  // Syria's civil defence
		{"منظمة الشرطة الجنائية الدولية", "2018-10-08", "IGO"},     // Interpol, by its long name
		{"هيومان رايتس ووتش", "2018-10-08", "NGOHRI"},              // spelt with an alef
		{"حزب الاتحاد الديمقراطي", "2018-02-20", "SYRKURPTY"},      // the PYD
		{"حزب الاتحاد الديمقراطي المسيحي", "2018-02-20", "DEUPTY"}, // the CDU, not the PYD
		{"الإنتربول السعودي", "2018-10-08", "SAUCOP"},              // a country's bureau, its police
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			got := ""
			if r := l.Link(tt.text, tt.date); r != nil {
				got = r.Code
			}
			if got != tt.want {
				t.Errorf("Link(%q, %q) = %q, want %q", tt.text, tt.date, got, tt.want)
			}
		})
	}
}

func TestPlace(t *testing.T) {
	l := lexicon(t)
	for text, want := range map[string]string{"حلب": "SYR", "في باريس": "FRA", "العراق": "IRQ", "شينجيانغ": "CHN", "دارفور": "SDN", "دونيتسك": "UKR",
		"البوكمال": "SYR", "التحيتا": "YEM", "ظفار": "OMN", "الظهران": "SAU", "صيدا": "LBN", "الأنبار": "IRQ", "أم درمان": "SDN",
		"يوتا": "USA", "وايومنغ": "USA", "في ميشيغان": "USA", "كارولينا الشمالية": "USA", "نيو مكسيكو": "USA",
		"بيحان": "YEM", "شبوة": "YEM", "مقبنة": "YEM", "محافظة البيضاء": "YEM", "حماة": "SYR", "حماه": "SYR", "هجين": "SYR",
		"جسر الشغور": "SYR", "سنجار": "IRQ", "ديالى": "IRQ", "تاورغاء": "LBY",
		"القضارف": "SDN", "غروزني": "RUS", "شارلوتسفيل": "USA", "نانغرهار": "AFG", "وندسور": "GBR", "حمورية": "SYR", "أريحا": "PSE",
		"جلال آباد": "AFG", "كورسك": "RUS", "كرم بو سالم": "ISR", "كيريم شالوم": "ISR", "نيو برونزويك": "CAN", "ايكاترينبرغ": "RUS", "في كرج": "IRN", "أم قصر": "IRQ", "يوبي": "NGA",
		"في اللد": "ISR", "عربين": "SYR", "حمام العليل": "IRQ", "مولنبيك": "BEL", "سميرم": "IRN", "زاغروس": "IRN",
		"بايبورت": "TUR", "دار السلام": "TZA", "نورث كارولاينا": "USA", "ساوث كارولاينا": "USA",
		"ويلز": "GBR", "هاتاي": "TUR", "في هطاي": "TUR", "كيليس": "TUR"} {
		r, ok := l.Place(text)
		if !ok || r.Code != want {
			t.Errorf("Place(%q) = %v, want %s", text, r, want)
		}
	}
}

func TestStage(t *testing.T) {
	text := "قال الرئيس السوري بشار الأسد إن الأسد لن يتنحى. وقال مسؤول كبير بوزارة الخارجية ”لا تعليق.“ وهاجم داعش المدينة."
	d := marsad.NewDocument(text)
	d.Dateline = "واشنطن"
	d.Paragraphs = []marsad.Span{{Start: 0, End: len([]rune(text))}}
	st, _ := arabic.NewStage()
	st.Process(d)
	span := func(s string) marsad.Span {
		r := []rune(text)
		for i := range r {
			if string(r[i:min(i+len([]rune(s)), len(r))]) == s {
				return marsad.Span{Start: i, End: i + len([]rune(s))}
			}
		}
		t.Fatalf("%q not in text", s)
		return marsad.Span{}
	}
	sp := span("بشار الأسد")
	d.Entities = []marsad.Entity{{Span: sp, Text: "بشار الأسد", Type: marsad.PER}}
	second := span("الأسد لن")
	second.End = second.Start + 5
	d.Entities = append(d.Entities, marsad.Entity{Span: second, Text: "الأسد", Type: marsad.PER})
	spk := span("مسؤول كبير بوزارة الخارجية")
	d.Quotes = []marsad.Quote{{Kind: marsad.Direct, Text: "لا تعليق.", Speaker: &marsad.Mention{Span: spk, Text: "مسؤول كبير بوزارة الخارجية"}}}
	stage := actor.NewStage(lexicon(t))
	if err := stage.Process(d); err != nil {
		t.Fatal(err)
	}
	codes := map[string]string{}
	for _, e := range d.Entities {
		c := ""
		if e.Actor != nil {
			c = e.Actor.Code
		}
		codes[e.Text] = c
	}
	if codes["بشار الأسد"] != "SYRGOV" || codes["الأسد"] != "SYRGOV" {
		t.Errorf("coreference: %v", codes)
	}
	if codes["داعش"] != "IMGMUSISI" {
		t.Errorf("lexicon entity داعش not added and linked: %v", codes)
	}
	if a := d.Quotes[0].Speaker.Actor; a == nil || a.Code != "USAGOV" {
		t.Errorf("anonymous speaker with the dateline's country: %v", a)
	}
}

func TestInstitutionCountry(t *testing.T) {
	tests := []struct {
		name, outlet, dateline, text, inst, want string
	}{
		{"the dateline's country", "", "القاهرة", "أعلنت وزارة الداخلية اعتقال خلية.", "وزارة الداخلية", "EGYCOP"},
		{"a newsroom dateline is no country", "سكاي نيوز عربية", "أبوظبي", "أعلنت وزارة الداخلية اعتقال خلية في تونس.", "وزارة الداخلية", ""},
		{"a newsroom dateline gives way to the story's country", "سكاي نيوز عربية", "أبوظبي",
			"أعلنت وزارة الداخلية في تونس اعتقال خلية قرب الحدود التونسية مع الجزائر. وقال مسؤول تونسي إن التحقيق جار.", "وزارة الداخلية", "TUNCOP"},
		{"another outlet's city is a dateline", "سكاي نيوز عربية", "دبي", "أعلنت وزارة الداخلية اعتقال خلية.", "وزارة الداخلية", "ARECOP"},
		{"the adjective after the institution", "سكاي نيوز عربية", "أبوظبي", "قالت وزارة الداخلية التونسية إن الخلية فككت.", "وزارة الداخلية", "TUNCOP"},
		{"a Saudi adjective written as the country", "", "", "أعلنت وزارة الدفاع السعودية سقوط طائرة تدريب.", "وزارة الدفاع", "SAUMIL"},
		{"the adjective beats the dateline", "", "واشنطن", "قالت وزارة الخارجية الروسية إن المحادثات انتهت.", "وزارة الخارجية", "RUSGOV"},
		{"no dateline: the story's country", "", "", "أقر البرلمان العراقي القانون في بغداد. وقالت وزارة الداخلية إن الأمن مستتب.", "وزارة الداخلية", "IRQCOP"},
		{"no dateline, no leading country", "", "", "التقى وزير مصري نظيره الأردني. وقالت وزارة الداخلية إن الأمن مستتب.", "وزارة الداخلية", ""},
	}
	st, _ := arabic.NewStage()
	stage := actor.NewStage(lexicon(t))
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := marsad.NewDocument(tt.text)
			d.Outlet, d.Dateline = tt.outlet, tt.dateline
			d.Paragraphs = []marsad.Span{{Start: 0, End: len([]rune(tt.text))}}
			st.Process(d)
			if err := stage.Process(d); err != nil {
				t.Fatal(err)
			}
			found := false
			for _, e := range d.Entities {
				if e.Text != tt.inst {
					continue
				}
				found = true
				got := ""
				if e.Actor != nil {
					got = e.Actor.Code
				}
				if got != tt.want {
					t.Errorf("%s linked to %q, want %q", e.Text, got, tt.want)
				}
			}
			if !found {
				t.Errorf("no entity %s", tt.inst)
			}
		})
	}
}

// TestLinkTraps checks names that look like another actor: a first name
// that is also a nationality adjective, a national security council.
func TestLinkTraps(t *testing.T) {
	l := lexicon(t)
	tests := []struct{ text, want string }{
		{"دوما", "SYR"},           // a town of the Ghouta, linked as a place
		{"مجلس الأمن القومي", ""}, // a country's, not the UN's
		{"مجلس الأمن الدولي", "IGOUNO"},
		{"المتحدث باسم التحالف، تركي المالكي", "SAUMIL"}, // the spokesman, no Turk
		{"المتحدث التركي", "TUR"},
	}
	for _, tt := range tests {
		got := ""
		if r := l.Link(tt.text, "2018-08-13"); r != nil {
			got = r.Code
		}
		if got != tt.want {
			t.Errorf("Link(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

func TestContextualSurname(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"Assad in a story on Syria", "وقالت إن روسيا تحمي نظام الأسد في سوريا.", "SYRGOV"},
		{"Assad with no Syria named", "وقال المدرب إن الأسد كان نجم المباراة.", ""},
		{"Abbas in a story on Palestine", "وطالب عباس بعقد مؤتمر دولي للسلام مع الفلسطينيين.", "PSEGOV"},
		{"Sadr in a story on Iraq", "ودعا الصدر إلى تشكيل حكومة عراقية بعيدا عن المحاصصة.", "IRQPTY"},
	}
	st, _ := arabic.NewStage()
	stage := actor.NewStage(lexicon(t))
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := marsad.NewDocument(tt.text)
			d.Published = "2018-04-13"
			d.Paragraphs = []marsad.Span{{Start: 0, End: len([]rune(tt.text))}}
			st.Process(d)
			r := []rune(tt.text)
			for _, w := range []string{"الأسد", "عباس", "الصدر"} {
				for i := range r {
					if string(r[i:min(i+len([]rune(w)), len(r))]) == w {
						d.Entities = append(d.Entities, marsad.Entity{Span: marsad.Span{Start: i, End: i + len([]rune(w))}, Text: w, Type: marsad.PER})
						break
					}
				}
			}
			if err := stage.Process(d); err != nil {
				t.Fatal(err)
			}
			got := ""
			for _, e := range d.Entities {
				if e.Type == marsad.PER && e.Actor != nil {
					got = e.Actor.Code
				}
			}
			if got != tt.want {
				t.Errorf("linked to %q, want %q", got, tt.want)
			}
		})
	}
}

func BenchmarkLink(b *testing.B) {
	l := lexicon(b)
	for i := 0; i < b.N; i++ {
		l.Link("مسؤول رفيع المستوى في الإدارة الأمريكية", "2014-09-28")
	}
}

func ExampleLexicon_Link() {
	l, _ := actor.DefaultLexicon()
	for _, s := range []string{"وزير الخارجية الروسي", "موسكو", "مسؤول أمريكي", "داعش"} {
		fmt.Println(s, l.Link(s, "2014-09-28").Code)
	}
	// Output:
	// وزير الخارجية الروسي RUSGOV
	// موسكو RUSGOV
	// مسؤول أمريكي USA
	// داعش IMGMUSISI
}

func TestCodeName(t *testing.T) {
	l, err := actor.DefaultLexicon()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ code, want string }{
		{"SYR", "سوريا"},
		{"FRA", "فرنسا"}, // not سان بارتليمي, a territory with France's code
		{"GBR", "المملكة المتحدة"},
		{"SYRGOV", "الحكومة – سوريا"},
		{"RUSMIL", "الجيش – روسيا"},
		{"QATGOV", "الحكومة – قطر"},             // not the investment authority, a body with the code
		{"GBRMED", "الإعلام – المملكة المتحدة"}, // not one newspaper
		{"IGOUNO", "الأمم المتحدة"},
		{"SYRREB", "المتمردون – سوريا"},          // not one group of the code (the Free Syrian Army, Ahrar al-Sham)
		{"IRQKURGOV", "الحكومة – إقليم كردستان"}, // a region's role, by the region's own name
		{"ZZZ", ""},
	} {
		if got := l.CodeName(c.code); got != c.want {
			t.Errorf("CodeName(%s) = %q, want %q", c.code, got, c.want)
		}
	}
}

func TestOmanOrAmman(t *testing.T) {
	for _, c := range []struct{ name, text, word, want string }{
		{"shadda", "وصل الوفد إلى عمّان مساء أمس.", "عمّان", "JOR"}, // the city one arrives at (travelledTo), not the government
		{"jordan context, a place", "قال وزير الخارجية الأردني إن اللقاء في عمان كان مثمرا.", "عمان", "JOR"},
		{"jordan context, the government", "قال وزير الخارجية الأردني إن عمان ترفض القرار.", "عمان", "JORGOV"},
		{"clashes in the capital", "ووقعت اشتباكات بين الشرطة ومتظاهرين في العاصمة عمان مساء أمس في الأردن.", "عمان", "JOR"},
		{"oman context", "أعلنت سلطنة عمان أن السلطان استقبل الوفد في مسقط. وأكدت عمان دعمها.", "عمان", "OMN"},
		{"no context", "وقعت عمان اتفاقا تجاريا جديدا.", "عمان", "OMN"},
		{"called the Jordanian capital", "وصل وفد عماني إلى مسقط ثم توجه إلى العاصمة الأردنية عمان للقاء المسؤولين.", "عمان", "JOR"},
		{"followed by Jordan", "عقد المؤتمر في عمان (الأردن) بمشاركة وفود من السلطنة.", "عمان", "JOR"},
		{"sultanate in an article about Jordan", "قال مسؤول أردني إن سلطنة عمان ستشارك في الاجتماع.", "عمان", "OMN"},
	} {
		t.Run(c.name, func(t *testing.T) {
			d := marsad.NewDocument(c.text)
			d.Paragraphs = []marsad.Span{{Start: 0, End: len([]rune(c.text))}}
			st, _ := arabic.NewStage()
			st.Process(d)
			r := []rune(c.text)
			w := []rune(c.word)
			for i := len(r) - len(w); i >= 0; i-- {
				if string(r[i:i+len(w)]) == c.word {
					d.Entities = []marsad.Entity{{Span: marsad.Span{Start: i, End: i + len(w)}, Text: c.word, Type: marsad.LOC}}
					break
				}
			}
			if err := actor.NewStage(lexicon(t)).Process(d); err != nil {
				t.Fatal(err)
			}
			for _, e := range d.Entities {
				if strings.HasSuffix(e.Text, c.word) { // سلطنة عمان: the whole name
					if e.Actor == nil || e.Actor.Code != c.want {
						t.Errorf("%s linked to %+v, want %s", c.word, e.Actor, c.want)
					}
					return
				}
			}
			t.Errorf("entity %s lost", c.word)
		})
	}
}

func TestMentionsRolesAndPlaces(t *testing.T) {
	l, err := actor.DefaultLexicon()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, text string
		want       string // "role:ROLE", "place", "actor:CODE" or "" for the first mention; "-" for none
	}{
		{"police alone is a role", "اعتقلت الشرطة عشرة", "role:COP"},
		{"gunmen alone is a role", "قتل مسلحون جنديا", "role:REB"},
		{"police with its nationality is an actor", "اعتقلت الشرطة المصرية عشرة", "actor:EGYCOP"},
		{"civil defence is no army", "أعلن الدفاع المدني الجزائري حصيلة", "actor:DZAGOV"},
		{"a national security adviser is the government's, not the police's", "قال مستشار الأمن القومي الياباني", "actor:JPNGOV"},
		{"rebel lawmakers are no insurgents", "هددت نوابا متمردين في حزبها", "-"},
		{"government forces with a filler", "قصفت القوات الحكومية السورية البلدة", "actor:SYRMIL"},
		{"foreign forces are no role of the country", "انسحاب القوات الأجنبية", "-"},
		{"a title alone is no collective role", "قال الرئيس", "-"},
		{"an indefinite police is no actor", "سيارة شرطة", "-"},
		{"adjective of a city is a place", "في مدينة عدن اليمنية", "place"},
		{"a meeting named after a capital is a place", "اجتماع باريس حول ليبيا", "place"},
		{"a capital's announcement is its government", "إعلان أنقرة السيطرة على المدينة", "actor:TURGOV"},
		{"adjective of a state's land is the state", "على الأراضي السورية", "actor:SYR"},
		{"the west coast is a side, not the West", "معارك في الساحل الغربي", "-"},
		{"the west shore is a side, not the West", "قصف على الشاطئ الغربي", "-"},
		{"the western powers are the West", "اتهمت القوى الغربية روسيا", "actor:WST"},
		{"west of a place is a side, not the West", "تقع إلى الغرب من النهر", "-"},
		{"the side of the west is no West", "تقدمت من جهة الغرب", "-"},
		{"the West named after إلى stays", "لجأ إلى الغرب لحل أزمته", "actor:WST"},
		{"a prince's title is no place", "استقبل أمير ويلز الضيوف", "-"},
		{"the land of the title is a place", "تساقطت الثلوج في ويلز", "place"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var keys []string
			for _, w := range strings.Fields(tt.text) {
				keys = append(keys, actor.TokenKey(w))
			}
			found := l.Mentions(keys, "")
			got := "-"
			if len(found) > 0 {
				f := found[0]
				switch {
				case f.Role != "":
					got = "role:" + f.Role
				case f.Place:
					got = "place"
				default:
					got = "actor:" + f.Ref.Code
				}
			}
			if got != tt.want {
				t.Errorf("Mentions(%q) first = %s, want %s", tt.text, got, tt.want)
			}
		})
	}
}

// TestMediaPostsAndCommonWords checks names that hold another name or a
// common word: newspapers named after a city, a national's post at an
// international body, فتح as a verbal noun, كيف (how).
func TestMediaPostsAndCommonWords(t *testing.T) {
	l := lexicon(t)
	links := []struct{ name, text, want string }{
		{"a newspaper named after a capital is media", "صحيفة واشنطن بوست", "USAMED"},
		{"a British newspaper is media", "الغارديان", "GBRMED"},
		{"the capital alone is still its government", "واشنطن", "USAGOV"},
		{"an ambassador at the UN is his country's", "السفير الروسي في الأمم المتحدة", "RUSGOV"},
		{"an envoy to the UN is his country's", "سفير فرنسا لدى الأمم المتحدة", "FRAGOV"},
		{"the UN alone is the UN", "الأمم المتحدة", "IGOUNO"},
		{"Uruguay without the article", "أوروغواي", "URY"},
		{"Asia is a region", "آسيا", "ASA"},
		{"Mozambique is not Myanmar", "موزمبيق", "MOZ"},
		{"Myanmar", "ميانمار", "MMR"},
		{"a club is no actor, neither its country nor the government", "ريال مدريد", ""},
		{"the capital is the government", "مدريد", "ESPGOV"},
		{"Kabul as news spells it", "كابل", "AFGGOV"},
		{"a capital stands for its government", "نيروبي", "KENGOV"},
		{"a city is its country", "بعقوبة", "IRQ"},
		{"South America is not the US", "أمريكا الجنوبية", "SAM"},
		{"Latin America is not the US", "أميركا اللاتينية", "LAM"},
		{"Paraguay spelled with ج", "باراجواي", "PRY"},
		{"a UN envoy with no nationality is the UN", "مبعوث الأمم المتحدة", "IGOUNO"},
	}
	for _, tt := range links {
		t.Run(tt.name, func(t *testing.T) {
			got := ""
			if r := l.Link(tt.text, "2018-03-01"); r != nil {
				got = r.Code
			}
			if got != tt.want {
				t.Errorf("Link(%q) = %q, want %q", tt.text, got, tt.want)
			}
		})
	}
	mentions := []struct{ name, text, want string }{
		{"Fatah named as a party", "وقالت فتح إن الاحتلال مسؤول", "PSEPTY"},
		{"opening a dialogue is no Fatah", "ودعت إلى فتح حوار مباشر", ""},
		{"reopening the crossing is no Fatah", "وطالبت بإعادة فتح المعبر", ""},
		{"how is no Kyiv", "لا أعرف كيف ستنتهي الأزمة", ""},
		{"they study is no Pedersen", "والطلاب يدرسون في الجامعة", ""},
		{"a short word is no Fez", "وقال إن اس المشكلة معروف", ""},
		{"financial is no Mali", "بشبهة فساد مالي وإداري", ""},
		{"financial support is no Mali", "وحصل على دعم مالي كبير", ""},
		{"a financial surplus is no Mali", "وحققت الشركة فائض مالي كبير", ""},
		{"a financial return is no Mali", "ويتوقع عائد مالي مرتفع", ""},
		{"Mali the country", "وقتل جنود في شمال مالي", "MLI"},
		{"a military base is no al-Qaeda", "وقصفت الطائرات القاعدة العسكرية قرب المدينة", ""},
		{"al-Qaeda named", "وأعلن تنظيم القاعدة مسؤوليته", "IMGMUSAQD"},
		{"al-Qaeda alone", "وقالت القاعدة في بيان إن", "IMGMUSAQD"},
		{"Kyiv in full is Kyiv", "وقالت كييف إن", "UKRGOV"},
		{"a weak alias with a hamza is weak too", "وحضر الحفل رئيسي أوغندا", "UGA"},
		{"the main reason is no Raisi", "وهذا سبب رئيسي", ""},
		{"the soldiers of the caliphate are the Islamic State", "هجمات جنود الخلافة", "IMGMUSISI"},
	}
	for _, tt := range mentions {
		t.Run(tt.name, func(t *testing.T) {
			var keys []string
			for _, w := range strings.Fields(tt.text) {
				keys = append(keys, actor.TokenKey(w))
			}
			got := ""
			for _, f := range l.Mentions(keys, "2018-03-01") {
				if f.Ref != nil {
					got = f.Ref.Code
				}
			}
			if got != tt.want {
				t.Errorf("Mentions(%q) = %q, want %q", tt.text, got, tt.want)
			}
		})
	}
}

// TestFatahNeedsPalestine links the one word فتح to the party only in an
// article about Palestinian politics.
func TestFatahNeedsPalestine(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"Fatah beside Hamas", "وقالت فتح إن المصالحة مع حماس ممكنة.", "PSEPTY"},
		{"a court opens an inquiry", "وأذنت النيابة العمومية بفتح بحث ضد المشتبه فيه.", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := marsad.NewDocument(tt.text)
			d.Paragraphs = []marsad.Span{{Start: 0, End: len([]rune(tt.text))}}
			st, _ := arabic.NewStage()
			st.Process(d)
			r := []rune(tt.text)
			for i := range r {
				if string(r[i:min(i+3, len(r))]) == "فتح" {
					d.Entities = []marsad.Entity{{Span: marsad.Span{Start: i, End: i + 3}, Text: "فتح", Type: marsad.ORG}}
					break
				}
			}
			if err := actor.NewStage(lexicon(t)).Process(d); err != nil {
				t.Fatal(err)
			}
			got := ""
			for _, e := range d.Entities {
				if e.Text == "فتح" && e.Actor != nil {
					got = e.Actor.Code
				}
			}
			if got != tt.want {
				t.Errorf("فتح linked to %q, want %q", got, tt.want)
			}
		})
	}
}

// TestClubsAreNotGovernments checks that a city tagged as an
// organisation in a sports story is the club, not the government.
func TestClubsAreNotGovernments(t *testing.T) {
	tests := []struct{ name, category, typ, want string }{
		{"a club in a football story", "sport", marsad.ORG, ""},
		{"the city in a football story", "sport", marsad.LOC, "ITA"},
		{"the government in a politics story", "politics", marsad.ORG, "ITAGOV"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text := "وفاز روما على ضيفه بهدفين."
			d := marsad.NewDocument(text)
			d.Category = tt.category
			d.Paragraphs = []marsad.Span{{Start: 0, End: len([]rune(text))}}
			st, _ := arabic.NewStage()
			st.Process(d)
			d.Entities = []marsad.Entity{{Span: marsad.Span{Start: 4, End: 8}, Text: "روما", Type: tt.typ}}
			if err := actor.NewStage(lexicon(t)).Process(d); err != nil {
				t.Fatal(err)
			}
			got := ""
			if a := d.Entities[0].Actor; a != nil {
				got = a.Code
			}
			if got != tt.want {
				t.Errorf("روما linked to %q, want %q", got, tt.want)
			}
		})
	}
}

func TestNames(t *testing.T) {
	types := map[string]string{}
	for name, typ := range lexicon(t).Names() {
		types[name] = typ
	}
	tests := []struct{ name, want string }{
		{"باراك أوباما", marsad.ActorPerson},
		{"أوباما", marsad.ActorPerson},
		{"روسيا", marsad.ActorCountry},
		{"دمشق", marsad.ActorCity},
		{"الحكومة", ""}, // a role, not a name
		{"سوري", ""},    // an adjective
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := types[tt.name]; got != tt.want {
				t.Errorf("type of %s = %q, want %q", tt.name, got, tt.want)
			}
		})
	}
	var orgs int
	for _, typ := range types {
		if typ == marsad.ActorOrg || typ == marsad.ActorArmed {
			orgs++
		}
	}
	if orgs == 0 {
		t.Error("no organisations among the names")
	}
}

func ExampleLexicon_Desk() {
	l, _ := actor.DefaultLexicon()
	fmt.Println(l.Desk("سكاي نيوز عربية", "أبوظبي"))
	fmt.Println(l.Desk("سكاي نيوز عربية", "دمشق"))
	fmt.Println(l.Desk("إرم نيوز", "واشنطن"))
	// Output:
	// true
	// false
	// false
}

// TestLinkInContext checks links that depend on the words around an
// entity: a title before a bare name, a patronymic that is not the
// person's name, and a part of a city before a capital.
func TestLinkInContext(t *testing.T) {
	tests := []struct {
		name, text string
		ents       []ent
		last       string // the ID the last entity links to, "" for none
	}{
		{"the king by his title, not his son by coreference", "التقى ترامب الأمير محمد بن سلمان. ثم اتصل بالملك سلمان.",
			[]ent{{"محمد بن سلمان", marsad.PER}, {"سلمان", marsad.PER}}, "person/king-salman"},
		{"a father's name is not the son", "التقى ترامب الأمير محمد بن سلمان. وقال سلمان إن الزيارة ناجحة.",
			[]ent{{"محمد بن سلمان", marsad.PER}, {"سلمان", marsad.PER}}, ""},
		{"the son by his patronymic", "التقى ترامب الأمير محمد بن سلمان. وقال بن سلمان إن الزيارة ناجحة.",
			[]ent{{"محمد بن سلمان", marsad.PER}, {"بن سلمان", marsad.PER}}, "person/mohammed-bin-salman"},
		{"a body named for the king is not the king", "التقى ترامب الأمير محمد بن سلمان. وقدم مركز الملك سلمان للإغاثة مساعدات.",
			[]ent{{"محمد بن سلمان", marsad.PER}, {"سلمان", marsad.PER}}, ""},
		{"a tower named for a president is not the president", "وأقام المرشح حفلا في برج ترامب مساء الجمعة.",
			[]ent{{"برج ترامب", marsad.MISC}}, ""},
		{"a firm named for a president is not the president", "وقالت منظمة ترامب إنها لن تبني فنادق جديدة.",
			[]ent{{"منظمة ترامب", marsad.ORG}}, ""},
		{"a president's party is his country's party, not the president", "وخسر حزب ماكرون مقاعد في الانتخابات البلدية.",
			[]ent{{"حزب ماكرون", marsad.ORG}}, "country/FRA/PTY"},
		{"a president's party after ل", "وصوت النواب لحزب ماكرون في الجولة الثانية.",
			[]ent{{"لحزب ماكرون", marsad.ORG}}, "country/FRA/PTY"},
		{"an airport of a capital is the city", "وصل رئيس الوزراء إلى مطار أسمرة.",
			[]ent{{"أسمرة", marsad.LOC}}, "city/أسمرة"},
		{"the centre of a capital is the city", "وانفجرت سيارة مفخخة وسط دمشق.",
			[]ent{{"دمشق", marsad.LOC}}, "city/دمشق"},
		{"a direction of a capital after في is the city", "وسقطت قذائف على حي سكني في جنوب دمشق صباح اليوم.",
			[]ent{{"دمشق", marsad.LOC}}, "city/دمشق"},
		{"a direction of a capital after من is the city", "واعتقلت الشرطة شابين من شرق لندن بعد المداهمة.",
			[]ent{{"لندن", marsad.LOC}}, "city/لندن"},
		{"the centre of a capital after و is the city", "وتجمع المحتجون في ساحة عامة ووسط بيروت.",
			[]ent{{"بيروت", marsad.LOC}}, "city/بيروت"},
		{"a capital after في is the city", "وأصدرت محكمة في موسكو حكما بسجن الناشط.",
			[]ent{{"موسكو", marsad.LOC}}, "city/موسكو"},
		{"a capital after its title and adjective is the city", "وقتل مصور برصاص مجهولين في العاصمة الأوكرانية كييف.",
			[]ent{{"كييف", marsad.LOC}}, "city/كييف"},
		{"a meeting named after a capital is the city", "وتعهد الطرفان بالالتزام بمقررات اجتماع باريس.",
			[]ent{{"باريس", marsad.LOC}}, "city/باريس"},
		{"a capital with ب after an embassy is the city", "وأدلى المغتربون بأصواتهم في مقر السفارة بالرباط.",
			[]ent{{"الرباط", marsad.LOC}}, "city/الرباط"},
		{"a capital with ب after an adjective is the city", "وقال أستاذ في الجامعة الأمريكية بالقاهرة إن الإقبال ضعيف.",
			[]ent{{"القاهرة", marsad.LOC}}, "city/القاهرة"},
		{"a capital with ب after a noun of dealings is its government", "وقال المتحدث إن بلاده ليس لها أي اتصال بدمشق.",
			[]ent{{"دمشق", marsad.LOC}}, "country/SYR"},
		{"a paper's short name after its full name is that paper", "ونشرت صحيفة نيويورك تايمز تقريرا. ورفض السفير التعليق على تقرير التايمز.",
			[]ent{{"نيويورك تايمز", marsad.ORG}, {"التايمز", marsad.ORG}}, "organisation/new-york-times"},
		{"a paper's short name with its country is the other paper", "ونشرت صحيفة نيويورك تايمز تقريرا. وكتبت صحيفة التايمز البريطانية مقالا.",
			[]ent{{"نيويورك تايمز", marsad.ORG}, {"التايمز", marsad.ORG}}, "organisation/the-times"},
		{"a paper's last word alone is not the paper", "ونقلت صحيفة صنداي تايمز الخبر. وكتبت صحيفة كوريا تايمز أن القمة ممكنة.",
			[]ent{{"صنداي تايمز", marsad.ORG}, {"تايمز", marsad.ORG}}, ""},
		{"a channel's short name is not another channel's last word", "وقالت قناة سكاي نيوز عربية إن الوفد وصل. وذكرت العربية أن الاجتماع تأجل.",
			[]ent{{"سكاي نيوز عربية", marsad.ORG}, {"العربية", marsad.ORG}}, ""},
		{"a capital announcing is its government", "وجاء ذلك بعد إعلان أنقرة السيطرة على المدينة.",
			[]ent{{"أنقرة", marsad.LOC}}, "country/TUR"},
		{"a capital after in-it is the subject", "وقدمت شكوى يتهم فيها الدوحة بدعم الإرهاب.",
			[]ent{{"الدوحة", marsad.LOC}}, "country/QAT"},
		{"a capital as subject is still its government", "وقالت مصادر إن موسكو ترفض القرار.",
			[]ent{{"موسكو", marsad.LOC}}, "country/RUS"},
		{"a capital alone is its government", "وأعلنت أسمرة رفضها للقرار.",
			[]ent{{"أسمرة", marsad.LOC}}, "country/ERI"},
		{"a nationality adjective opening a name is a first name", "وقال المتحدث العقيد تركي الحمدان إن الهجوم فشل.",
			[]ent{{"تركي الحمدان", marsad.PER}}, ""},
		{"a wife of the same surname is not the president", "ووصلت ميلانيا ترامب إلى المستشفى صباح الاثنين.",
			[]ent{{"ميلانيا ترامب", marsad.PER}}, ""},
		{"a father of the same surname is not the son named before", "التقى سعد الحريري الوفد ثم زار قبر والده رفيق الحريري.",
			[]ent{{"سعد الحريري", marsad.PER}, {"رفيق الحريري", marsad.PER}}, ""},
		{"another spelling of the given name is the person", "وقالت المستشارة أنغيلا ميركل إن الاتفاق قائم.",
			[]ent{{"أنغيلا ميركل", marsad.PER}}, "person/angela-merkel"},
		{"a nickname the lexicon knows is the person", "وقال وزير الدفاع جيم ماتيس إن القوات باقية.",
			[]ent{{"جيم ماتيس", marsad.PER}}, "person/james-mattis"},
		{"a father's name after the given name is the person", "وقال الرئيس عمر حسن البشير إن الحوار مستمر.",
			[]ent{{"عمر حسن البشير", marsad.PER}}, "person/omar-al-bashir"},
		{"an organisation whose full name holds ل is itself", "وقالت اللجنة الدولية للصليب الأحمر إن المساعدات وصلت.",
			[]ent{{"اللجنة الدولية للصليب الأحمر", marsad.ORG}}, "organisation/red-cross"},
		{"an organisation's name after ل and its own words is itself", "وقال المدير الإقليمي للجنة الدولية للصليب الأحمر إن المساعدات وصلت.",
			[]ent{{"للجنة الدولية للصليب الأحمر", marsad.ORG}}, "organisation/red-cross"},
		{"Kim alone after another Kim is the leader", "والتقى كيم جونغ أون المسؤول كيم يونغ شول. وقال كيم إن القمة ناجحة.",
			[]ent{{"كيم جونغ أون", marsad.PER}, {"كيم يونغ شول", marsad.PER}, {"كيم", marsad.PER}}, "person/kim-jong-un"},
		{"a full name cut short by the tagger is read whole", "وتقود الرياض تحالفا دعما لحكومة عبد ربه منصور هادي.",
			[]ent{{"عبد ربه", marsad.PER}}, "person/abdrabbuh-mansur-hadi"},
		{"a full name the tagger cut in two is read whole", "وأقر زعيم الجماعة عبد الملك الحوثي بالخسائر.",
			[]ent{{"عبد الملك", marsad.PER}, {"الحوثي", marsad.PER}}, "person/abdul-malik-al-houthi"},
		{"a capital after fighters is a misspelt people", "بدأت أنقرة هجومها ضد مقاتلين أكرا الشهر الماضي.",
			[]ent{{"أكرا", marsad.LOC}}, ""},
		{"a city opening a club's name is the club, no actor", "وانتقل الحارس إلى باريس سان جرمان الموسم الماضي.",
			[]ent{{"باريس", marsad.LOC}}, ""},
		{"a club's name without its city is the club, no actor", "ووقع المدافع عقدا مع سان جرمان لثلاثة مواسم.",
			[]ent{{"سان جرمان", marsad.LOC}}, ""},
		{"a country as a surname is a name", "وسجل المهاجم أحمد السويد هدفين في المباراة.",
			[]ent{{"أحمد السويد", marsad.PER}}, ""},
		{"a capital as a first name is a name", "وقال المحامي باريس كوستاس إن موكله بريء.",
			[]ent{{"باريس كوستاس", marsad.PER}}, ""},
		{"a nationality adjective after بن is the father's name", "واستقبل ولي العهد الأمير سلطان بن تركي آل سعود الوفد.",
			[]ent{{"الأمير سلطان بن تركي آل سعود", marsad.PER}}, ""},
		{"a plural nationality read out of a surname is a name", "وسجل اللاعب ماركو كروس هدف الفوز.",
			[]ent{{"ماركو كروس", marsad.PER}}, ""},
		{"a dual nationality is the country's people", "وقال مسؤولان أميركيان إن الاتفاق قريب.",
			[]ent{{"مسؤولان أميركيان", marsad.PER}}, "country/USA/"},
		{"a fighter's kunya tells his country", "وقتل أبو عمار الألماني في غارة جوية.",
			[]ent{{"أبو عمار الألماني", marsad.PER}}, "country/DEU/"},
		{"a place typed a person stays the place", "ووصل اللاجئون إلى مدينة غازي عنتاب أمس.",
			[]ent{{"غازي عنتاب", marsad.PER}}, "country/TUR/"},
		{"a capital one arrives at is the city", "وكان الوزيران قد وصلا إلى المنامة مساء الأحد.",
			[]ent{{"المنامة", marsad.LOC}}, "city/المنامة"},
		{"a capital one visits is the city", "وقال الوزير في بداية زيارته إلى دمشق إن بلاده تدعم الحل السياسي.",
			[]ent{{"دمشق", marsad.LOC}}, "city/دمشق"},
		{"a capital things are moved to is the city", "ونقلت الصناديق التي تم نقلها إلى بغداد بعد الحريق.",
			[]ent{{"بغداد", marsad.LOC}}, "city/بغداد"},
		{"a capital a flight leaves from is the city", "واختفت الطائرة خلال رحلة لها من طهران إلى بلدة جبلية في الجنوب.",
			[]ent{{"طهران", marsad.LOC}}, "city/طهران"},
		{"a capital a plane took off from is the city", "وتحطمت الطائرة بعد دقائق من إقلاعها من بغداد صباح الاثنين.",
			[]ent{{"بغداد", marsad.LOC}}, "city/بغداد"},
		{"a capital something is near is the city", "وسقطت قذائف على بلدة زراعية بالقرب من دمشق.",
			[]ent{{"دمشق", marsad.LOC}}, "city/دمشق"},
		{"a capital at a distance is the city", "وتقع القرية على بعد 300 كلم من بيروت شمالا.",
			[]ent{{"بيروت", marsad.LOC}}, "city/بيروت"},
		{"a capital a place lies off is the city", "وتقع القاعدة في الشمال الغربي من دمشق على بعد عشرين كيلومترا.",
			[]ent{{"دمشق", marsad.LOC}}, "city/دمشق"},
		{"a capital the south of which is named is the city", "وسقطت القذائف على قرى إلى الجنوب من بغداد.",
			[]ent{{"بغداد", marsad.LOC}}, "city/بغداد"},
		{"a capital after the West's stance stays the government", "وتحدث عن موقف الغرب من طهران في الملف النووي.",
			[]ent{{"طهران", marsad.LOC}}, "country/IRN"},
		{"a capital an embassy is moved from is the city", "وشارك السفراء في حفل نقل السفارة البرازيلية من تل أبيب أمس.",
			[]ent{{"تل أبيب", marsad.LOC}}, "city/تل أبيب"},
		{"a capital a visitor goes to with ل is the city", "وبدت الأسعار رخيصة للسائح الزائر لطهران في الربيع.",
			[]ent{{"طهران", marsad.LOC}}, "city/طهران"},
		{"a capital's cafés are the city", "وامتلأت مقاهي طهران بالشباب ليلة المباراة.",
			[]ent{{"طهران", marsad.LOC}}, "city/طهران"},
		{"a capital one asks from is still its government", "وطلب الوفد من طهران وقف دعم الجماعة.",
			[]ent{{"طهران", marsad.LOC}}, "country/IRN"},
		{"a new Houthi leader", "وأعلنت الجماعة تعيين مهدي المشاط رئيسا للمجلس السياسي.",
			[]ent{{"مهدي المشاط", marsad.PER}}, "person/mahdi-al-mashat"},
		{"a Tunisian coastal town", "وانطلق القارب من شاطئ قرب جرجيس ليلا.",
			[]ent{{"جرجيس", marsad.LOC}}, "country/TUN/"},
		{"the Israeli chief justice", "وقالت القاضية إستير حيوت إن الالتماس مرفوض.",
			[]ent{{"إستير حيوت", marsad.PER}}, "person/esther-hayut"},
		{"the US envoy spelt with ج", "وترأس الوفد الدبلوماسي سونج كيم في المحادثات.",
			[]ent{{"سونج كيم", marsad.PER}}, "person/sung-kim"},
		{"the Sadrist movement", "وقال مرشح عن التيار الصدري إن النتائج مبشرة.",
			[]ent{{"التيار الصدري", marsad.ORG}}, "organisation/sadrist-movement"},
		{"a capital that backs a force is still its government", "وتقاتل الجماعة المدعومة من طهران في المدينة.",
			[]ent{{"طهران", marsad.LOC}}, "country/IRN"},
		{"the Palestinian agency by its short name", "وذكرت وفا أن قوات الاحتلال اقتحمت البلدة.",
			[]ent{{"وفا", marsad.ORG}}, "organisation/wafa"},
		{"a capital named again after العاصمة and a comma is the city", "وتقع البلدة على بعد مئة كيلومتر من العاصمة المصرية، القاهرة.",
			[]ent{{"القاهرة", marsad.LOC}}, "city/القاهرة"},
		{"a capital that announces is still its government", "وأعلنت المنامة رفضها للقرار.",
			[]ent{{"المنامة", marsad.LOC}}, "country/BHR"},
		{"a Saudi province", "ونظمت سباقا للنساء في منطقة الأحساء شرق المملكة.",
			[]ent{{"الأحساء", marsad.LOC}}, "country/SAU/"},
		{"a British paper spelt with ي", "ونقلت صحيفة الانديبندنت عن مصادر قولها إن الاتفاق قريب.",
			[]ent{{"الانديبندنت", marsad.ORG}}, "organisation/the-independent"},
		{"the SDF spelt with و", "وقالت قوات سوريا الديموقراطية إنها تقدمت.",
			[]ent{{"قوات سوريا الديموقراطية", marsad.ORG}}, "armed_group/syrian-democratic-forces"},
		{"a French Sunday paper", "ونقلت صحيفة لو جورنال دو ديمانش عن الوزير قوله إن الضربات نجحت.",
			[]ent{{"لو جورنال دو ديمانش", marsad.ORG}}, "organisation/le-journal-du-dimanche"},
		{"a capital visited after a time phrase is the city", "وستزور في الأيام المقبلة مدريد لبحث ملف الهجرة.",
			[]ent{{"مدريد", marsad.LOC}}, "city/مدريد"},
		{"a capital a named visitor visits is the city", "وزار أوباما هافانا قبل عامين.",
			[]ent{{"أوباما", marsad.PER}, {"هافانا", marsad.LOC}}, "city/هافانا"},
		{"a capital after the subject of a visit verb's clause stays its government", "ويزور الوفد المدينة بعد أن رفضت مدريد الطلب.",
			[]ent{{"مدريد", marsad.LOC}}, "country/ESP"},
		{"a name read as ب and a place with its hamza lost is no place", "ووصلت العارضة بابين إلى المطار أمس.",
			[]ent{{"العارضة", marsad.PER}}, ""},
		{"a Yemeni province", "واشتبكت القوات مع المسلحين في مديرية لودر بمحافظة أبين.",
			[]ent{{"أبين", marsad.LOC}}, "country/YEM/"},
		{"the German far-right party", "وتقدم حزب البديل من أجل ألمانيا في استطلاعات الرأي.",
			[]ent{{"ألمانيا", marsad.LOC}}, "organisation/alternative-for-germany-(afd)"},
		{"a capital one comes from, in quotes, is the city", "واحتجزته السلطات لدى وصوله قادما من \"مدريد\" بعد مؤتمر.",
			[]ent{{"مدريد", marsad.LOC}}, "city/مدريد"},
		{"a paper in quotes after صحيفة is the paper, not the region", "وكتبت صحيفة \"الشرق الأوسط\" أن المفاوضات متعثرة.",
			[]ent{{"الشرق الأوسط", marsad.ORG}}, "organisation/asharq-al-awsat"},
		{"a paper in quotes after لـ is the paper", "وقال الوزير في تصريحات لـ\"الشرق الأوسط\" إن المفاوضات متعثرة.",
			[]ent{{"الشرق الأوسط", marsad.ORG}}, "organisation/asharq-al-awsat"},
		{"the region in quotes after another word stays the region", "وقال إن \"الشرق الأوسط\" يمر بمرحلة صعبة.",
			[]ent{{"الشرق الأوسط", marsad.LOC}}, "country/MEA"},
		{"a capital their arrival reaches with no preposition is the city", "واستقبلهم المسؤولون لدى وصولهم بيونغ يانغ مساء الجمعة.",
			[]ent{{"بيونغ يانغ", marsad.LOC}}, "city/بيونغ يانغ"},
		{"a capital reaching an agreement stays its government", "ووصلت موسكو إلى قناعة بأن الحل سياسي.",
			[]ent{{"موسكو", marsad.LOC}}, "country/RUS"},
		{"a capital one arrived from is the city", "ووصل الوزير من باريس صباح اليوم.",
			[]ent{{"باريس", marsad.LOC}}, "city/باريس"},
		{"a capital a delegation from it arrived with stays its government", "ووصل وفد من باريس صباح اليوم.",
			[]ent{{"باريس", marsad.LOC}}, "country/FRA"},
		{"a US state named like a country is the United States", "وتحطمت طائرة شحن عسكرية في ولاية جورجيا صباح اليوم.",
			[]ent{{"جورجيا", marsad.LOC}}, "country/USA/"},
		{"the country Georgia stays the country", "وقالت جورجيا إنها سترد على الخطوة.",
			[]ent{{"جورجيا", marsad.LOC}}, "country/GEO"},
		{"a party named on with another adjective is another party", "واتهم بتفجير مقر الحزب الجمهوري الإسلامي عام 1981.",
			[]ent{{"الحزب الجمهوري", marsad.ORG}}, ""},
		{"a country's Red Crescent is its own society", "ووزعت جمعية الهلال الأحمر التركي مساعدات على النازحين.",
			[]ent{{"الهلال الأحمر", marsad.ORG}}, "country/TUR/NGO"},
		{"the Red Crescent alone is the movement", "وقال متحدث باسم الهلال الأحمر إن القافلة وصلت.",
			[]ent{{"الهلال الأحمر", marsad.ORG}}, "organisation/red-cross"},
		{"a capital a drone is shot down over is the city", "وقالت الدفاعات الجوية إنها أسقطت طائرة مسيرة فوق صنعاء.",
			[]ent{{"صنعاء", marsad.LOC}}, "city/صنعاء"},
		{"a capital in whose skies blasts are heard is the city", "وسمع السكان دوي انفجارات في أجواء بغداد ليلا.",
			[]ent{{"بغداد", marsad.LOC}}, "city/بغداد"},
		{"a capital visited, the visitor named before إلى, is the city", "وجاءت الصفقة أثناء زيارة رئيس الوزراء الهندي إلى باريس.",
			[]ent{{"باريس", marsad.LOC}}, "city/باريس"},
		{"a capital with ب right after a person's name is where he is", "وجاء ذلك لدى استقبال الرئيس السوداني عمر البشير بالخرطوم وزير الخارجية القطري.",
			[]ent{{"عمر البشير", marsad.PER}, {"الخرطوم", marsad.LOC}}, "city/الخرطوم"},
		{"a capital a letter is sent to stays its government", "وبعث الرئيس برسالة خطية إلى باريس أمس.",
			[]ent{{"باريس", marsad.LOC}}, "country/FRA"},
		{"an agency named in quotation marks after وكالة", "وقال الوزير في تصريح نقلته وكالة \"تسنيم\" إن المحادثات ستستمر.",
			[]ent{{"تسنيم", marsad.PER}}, "organisation/tasnim-news-agency"},
		{"the Maghreb is the region, not Morocco", "ويتابع الملايين في المغرب العربي المباراة الليلة.",
			[]ent{{"المغرب", marsad.LOC}}, "country/NAF"},
		{"the states of the Maghreb are the region", "وتبحث دول المغرب العربي ملف الهجرة.",
			[]ent{{"المغرب", marsad.LOC}}, "country/NAF"},
		{"Morocco before another adjective stays Morocco", "ووصل وفد من المغرب الشقيق صباح اليوم.",
			[]ent{{"المغرب", marsad.LOC}}, "country/MAR"},
		{"the Moroccan agency named for the Maghreb is Morocco's", "وذكرت وكالة المغرب العربي للأنباء أن الوفد وصل.",
			[]ent{{"المغرب العربي", marsad.ORG}}, "organisation/maghreb-arab-press"},
		{"a city that names a treaty is no actor", "وقال الوزير إن الهجوم يخالف اتفاقية جنيف الرابعة.",
			[]ent{{"جنيف", marsad.LOC}}, ""},
		{"a city that names an agreement, written with ل", "ودعا الطرفين إلى الالتزام باتفاق سوتشي كاملا.",
			[]ent{{"سوتشي", marsad.LOC}}, ""},
		{"the treaty typed MISC with its city is no actor", "وانسحب الحزب من الحكومة احتجاجا على اتفاق أوسلو قبل عقود.",
			[]ent{{"اتفاق أوسلو", marsad.MISC}}, ""},
		{"a country's deal keeps the country", "وانتقد النائب اتفاق إيران النووي بشدة.",
			[]ent{{"إيران", marsad.LOC}}, "country/IRN"},
		{"the agreement as a subject before a country keeps it", "ويلزم الاتفاق تركيا بسحب السلاح الثقيل.",
			[]ent{{"تركيا", marsad.LOC}}, "country/TUR"},
		{"a Florida town named for Mexico is in the United States", "وضرب الإعصار بلدة مكسيكو بيتش بقوة.",
			[]ent{{"مكسيكو", marsad.LOC}}, "country/USA/"},
		{"a capital after the land around it is the city", "وسقطت قذائف على بلدات غوطة دمشق ليلا.",
			[]ent{{"دمشق", marsad.LOC}}, "city/دمشق"},
		{"a capital after its province is the city", "ونقل الجرحى إلى مستشفيات محافظة بغداد فجرا.",
			[]ent{{"بغداد", marsad.LOC}}, "city/بغداد"},
		{"a capital after the seat of a body is the city", "وقالت المنظمة الحقوقية ومقرها لندن إن المعتقلين أضربوا.",
			[]ent{{"لندن", marsad.LOC}}, "city/لندن"},
		{"a capital named with العاصمة and its adjective is the city", "وتساقطت الثلوج بكثافة على العاصمة الروسية موسكو أمس.",
			[]ent{{"موسكو", marsad.LOC}}, "city/موسكو"},
		{"a capital one travels to is the city", "وقال الوزير إنه سافر إلى القاهرة بعد انتهاء القمة.",
			[]ent{{"القاهرة", marsad.LOC}}, "city/القاهرة"},
		{"a capital that decides is still its government", "وقررت بغداد إغلاق المعابر مع الإقليم.",
			[]ent{{"بغداد", marsad.LOC}}, "country/IRQ"},
		{"the Duma is Russia's legislature, no place", "وأقر مجلس الدوما القانون بالقراءة الأولى.",
			[]ent{{"الدوما", marsad.LOC}}, "organisation/state-duma"},
		{"the activist whose surname is an Iranian city is the woman", "وشاركت توكل كرمان في الوقفة أمام السفارة.",
			[]ent{{"كرمان", marsad.LOC}}, "person/tawakkol-karman"},
		{"a Pakistani group is not the Afghan Taliban", "وتبنت حركة طالبان باكستان الهجوم على المدرسة.",
			[]ent{{"حركة طالبان", marsad.ORG}}, "armed_group/tehrik-i-taliban-pakistan"},
	}
	st, _ := arabic.NewStage()
	stage := actor.NewStage(lexicon(t))
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := ""
			if a := lastActor(t, st, stage, tt.text, "2018-10-13", tt.ents); a != nil {
				got = a.ID
			}
			if got != tt.last {
				t.Errorf("last entity linked to %q, want %q", got, tt.last)
			}
		})
	}
}

// TestWholeNames checks that the person entities the tagger cut out of one
// full name of the lexicon come out as one entity with the whole name.
func TestWholeNames(t *testing.T) {
	tests := []struct {
		name, text string
		parts      []string
		want       string
	}{
		{"cut in two", "وأقر زعيم الجماعة عبد الملك الحوثي بالخسائر.", []string{"عبد الملك", "الحوثي"}, "عبد الملك الحوثي"},
		{"cut in two aliases of two people", "ويقود التحالف هادي العامري رئيس منظمة بدر.", []string{"هادي", "العامري"}, "هادي العامري"},
		{"cut short", "وتقود الرياض تحالفا دعما لحكومة عبد ربه منصور هادي.", []string{"عبد ربه"}, "عبد ربه منصور هادي"},
		{"cut at its start", "وحذر رئيس الهيئة علي أكبر صالحي من العواقب.", []string{"صالحي"}, "علي أكبر صالحي"},
		{"cut at its end, the given name in another spelling", "ويتولى دميتري مدفيديف رئاسة الوزراء.", []string{"دميتري"}, "دميتري مدفيديف"},
		{"cut at its start after an adjective-like first name", "وأعلن العقيد تركي المالكي سقوط الصاروخ.", []string{"المالكي"}, "تركي المالكي"},
		{"another man's name is not widened", "وقال المتحدث أحمد عقيلة صالح عيسى إن الاجتماع انتهى.", []string{"صالح عيسى"}, "صالح عيسى"},
	}
	st, _ := arabic.NewStage()
	stage := actor.NewStage(lexicon(t))
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := tokenized(st, tt.text, "2018-06-13")
			for _, p := range tt.parts {
				tag(d, []ent{{p, marsad.PER}})
			}
			if err := stage.Process(d); err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, e := range d.Entities {
				if e.Type == marsad.PER {
					got = append(got, e.Text)
				}
			}
			if len(got) != 1 || got[0] != tt.want {
				t.Errorf("person entities %q, want [%q]", got, tt.want)
			}
		})
	}
}

// TestSpeakerToldOutlet checks a speaker joined to the outlet he spoke to
// (متحدث باسم الشرطة لبي بي سي): the speaker, not the outlet.
func TestSpeakerToldOutlet(t *testing.T) {
	tests := []struct{ name, speaker, want string }{
		{"a ministry's spokesman who told the BBC", "متحدث باسم وزارة الدفاع الأفغانية لبي بي سي", "AFGMIL"},
		{"an outlet's own correspondent", "مراسل بي بي سي في كابول", "GBRMED"},
	}
	st, _ := arabic.NewStage()
	stage := actor.NewStage(lexicon(t))
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text := "وقال " + tt.speaker + " إن الهجوم صد."
			d := marsad.NewDocument(text)
			d.Published = "2018-06-13"
			d.Paragraphs = []marsad.Span{{Start: 0, End: len([]rune(text))}}
			st.Process(d)
			if got := speakerCode(t, stage, d, tt.speaker, len([]rune("وقال ")), "الهجوم صد"); got != tt.want {
				t.Errorf("speaker linked to %q, want %q", got, tt.want)
			}
		})
	}
}

// TestSpeakerLocatedInCapital checks a speaker that names a capital as
// where it is or speaks from (في باريس، بموسكو): the words before say whose
// it is, else the capital's country speaks, never its government.
func TestSpeakerLocatedInCapital(t *testing.T) {
	tests := []struct{ name, speaker, place, want string }{
		{"an embassy in another's capital", "السفارة الروسية في لندن", "لندن", "RUS"},
		{"a source in an embassy with ب", "مصدر في السفارة السودانية بموسكو", "موسكو", "SDN"},
		{"doctors in a capital", "بيان الأطباء المعالجين في باريس", "باريس", "FRA"},
		{"a prosecutor's office in a capital", "مصدر في مكتب المدعي العام في طرابلس", "طرابلس", "LBYGOV"},
		{"the capital alone speaks for its government", "باريس", "باريس", "FRAGOV"},
	}
	st, _ := arabic.NewStage()
	stage := actor.NewStage(lexicon(t))
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text := "وقال " + tt.speaker + " إن الهجوم صد."
			d := marsad.NewDocument(text)
			d.Published = "2018-06-13"
			d.Paragraphs = []marsad.Span{{Start: 0, End: len([]rune(text))}}
			st.Process(d)
			tag(d, []ent{{tt.place, marsad.LOC}})
			if got := speakerCode(t, stage, d, tt.speaker, len([]rune("وقال ")), "الهجوم صد"); got != tt.want {
				t.Errorf("speaker linked to %q, want %q", got, tt.want)
			}
		})
	}
}

// TestWholeLexiconNames checks that a name of an organisation, a country or
// a place of the lexicon that the tagger found only in pieces becomes one
// entity with its actor, unless the name opens with a person's post or a
// direction after it makes it another place.
func TestWholeLexiconNames(t *testing.T) {
	tests := []struct {
		name, text string
		parts      []string // the tagger's entities, as LOC
		want       string   // the entity text with its code, "text/CODE"
		gone       string   // a piece that must be gone, or ""
	}{
		{"an armed group around a country", "وأرسلت قوات سوريا الديمقراطية تعزيزات إلى الحسكة.", []string{"سوريا"},
			"قوات سوريا الديمقراطية/SYRREBSDF", "سوريا"},
		{"a country around another", "وعاد اللاجئون إلى جنوب السودان بعد الهدنة.", []string{"السودان"}, "جنوب السودان/SSD", "السودان"},
		{"a country by its official name, words swapped", "وقال مسؤولون في جمهورية كوريا الشعبية الديمقراطية إن اللقاء ألغي.", []string{"كوريا"},
			"جمهورية كوريا الشعبية الديمقراطية/PRK", "كوريا"},
		{"an envoy is not his body", "وقال مبعوث الأمم المتحدة إن الحل ممكن.", []string{"الأمم المتحدة"}, "الأمم المتحدة/IGOUNO", ""},
		{"a direction makes another place", "واشتد القتال في منطقة الساحل الغربي لليمن.", []string{"الساحل"}, "الساحل/", ""},
		{"militias like a group are not its name", "وقاتل مسلحون من ميليشيات كحزب الله في حلب.", []string{"حزب الله"}, "حزب الله/LBNREBHZB", ""},
		{"an army by its nationality", "وقال الجيش الأمريكي إن طائراته قصفت المواقع ليلا.", nil, "الجيش الأمريكي/USAMIL", ""},
		{"an army after لل", "وأرسلت فرنسا مدربين للجيش اللبناني هذا العام.", nil, "للجيش اللبناني/LBNMIL", ""}, // لل = ل + ال kept
		{"an army named by the lexicon is not cut", "وتقدم مقاتلو الجيش السوري الحر نحو القرية.", nil, "الجيش السوري الحر/SYRREB", "الجيش السوري"},
		{"a group by its Latin acronym", "وشن مسلحو PKK هجوما على نقطة حدودية.", nil, "PKK/TURREBPKK", ""},
		{"the refugee agency by another name", "وقالت المفوضية العليا للاجئين إن الأعداد ارتفعت.", nil, "المفوضية العليا للاجئين/IGOUNOREFHCR", ""},
		{"the migration body whole, not the UN", "وطلب العالقون العون من المنظمة الدولية للهجرة في النيجر.", []string{"المنظمة الدولية"},
			"المنظمة الدولية للهجرة/IGOUNO", "المنظمة الدولية"},
		{"a European court", "وقضت محكمة العدل الأوروبية بأن الاتفاق لا يشمل المياه.", nil, "محكمة العدل الأوروبية/IGOEUREEC", ""},
		{"a front by its full name", "وتطالب الجبهة الشعبية لتحرير الساقية الحمراء ووادي الذهب بالاستفتاء.", nil,
			"الجبهة الشعبية لتحرير الساقية الحمراء ووادي الذهب/ESHREB", ""},
		{"a club is a name with no actor", "وتعادل بشكتاش مع ضيفه في الدوري التركي.", nil, "بشكتاش/", ""},
		{"the Israeli army by its own name", "وقالت قوات الدفاع الإسرائيلية إن طائراتها قصفت موقعين.", nil,
			"قوات الدفاع الإسرائيلية/ISRMIL", ""},
		{"a dam", "وتخشى القاهرة أن يقلل سد النهضة حصتها من المياه.", nil, "سد النهضة/ETH", ""},
		{"the migration body by another name, whole", "وقالت المنظمة الدولية للمهاجرين إن القارب انقلب.", []string{"المنظمة الدولية"},
			"المنظمة الدولية للمهاجرين/IGOUNO", "المنظمة الدولية"},
		{"an intelligence service by its nationality", "وقال الادعاء إن الضابط باع أسرارا إلى المخابرات البريطانية قبل سنوات.", nil,
			"المخابرات البريطانية/GBRSPY", ""},
		{"the CIA spelt أميركية", "وعمل الرجل سنوات مع المخابرات المركزية الأميركية في آسيا.", nil,
			"المخابرات المركزية الأميركية/USASPY", ""},
		{"an Indian state split by the tagger", "وضربت العواصف ولاية أوتار براديش ليلا.", []string{"أوتار", "براديش"}, "أوتار براديش/IND", "براديش"},
		{"a Syrian group named after the Levant", "وانسحب مقاتلو أحرار الشام من البلدة بعد الاتفاق.", []string{"الشام"}, "أحرار الشام/SYRREB", "الشام"},
		{"the short name of Tahrir al-Sham", "وقال قائد في هيئة \"تحرير الشام\" إن الهجوم صد.", []string{"الشام"}, "تحرير الشام/SYRREBNUS", "الشام"},
		{"a Pakistani group around a country", "وقال المتحدث باسم تحريك طالبان باكستان إن الحركة نفذت الهجوم.", []string{"باكستان"}, "تحريك طالبان باكستان/PAKREB", "باكستان"},
		{"a paper named after a city in quotation marks", "وكتبت صحيفة \"بوسطن ويكلي\" أن المدينة تستعد.", []string{"بوسطن"}, "بوسطن ويكلي/USAMED", "بوسطن"},
		{"a party named after a country in quotation marks", "وفاز حزب رئيسه السابق \"الجزائر الجديدة\" بمقعدين.", []string{"الجزائر"}, "الجزائر الجديدة/DZAPTY", "الجزائر"},
		{"a party whose name ends on a country", "وانشق النائب عن حركة \"شباب الأردن\" أمس.", []string{"الأردن"}, "شباب الأردن/JORPTY", "الأردن"},
		{"a campaign named after a city is no state", "ونظمت حملة \"دبي تقرأ\" معرضا للكتب.", []string{"دبي"}, "دبي تقرأ/", "دبي"},
		{"a radio named after a region is no state", "وقال في حديث لإذاعة \"أوروبا 1\" إن الوضع صعب.", []string{"أوروبا"}, "أوروبا 1/", "أوروبا"},
		{"a saying in quotation marks keeps its country", "وقال رئيس الحزب إن \"روسيا لن ترد\" على ذلك.", []string{"روسيا"}, "روسيا/RUS", ""},
		{"her party and a call are no party", "وفي بريطانيا هددت الزعيمة نواب حزبها بالدعوة إلى انتخابات مبكرة.", []string{"بريطانيا"}, "بريطانيا/GBR", "حزبها بالدعوة"},
	}
	st, _ := arabic.NewStage()
	stage := actor.NewStage(lexicon(t))
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := tokenized(st, tt.text, "2018-03-13")
			for _, p := range tt.parts {
				tag(d, []ent{{p, marsad.LOC}})
			}
			if err := stage.Process(d); err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, e := range d.Entities {
				c := ""
				if e.Actor != nil {
					c = e.Actor.Code
				}
				got = append(got, e.Text+"/"+c)
			}
			found := false
			for _, g := range got {
				found = found || g == tt.want
				if tt.gone != "" && strings.HasPrefix(g, tt.gone+"/") {
					t.Errorf("piece %q left: %q", tt.gone, got)
				}
			}
			if !found {
				t.Errorf("entities %q, want %q", got, tt.want)
			}
		})
	}
}

// TestCourts checks a court named with its nationality adjective inside
// (المحكمة الإسرائيلية العليا) and المحكمة named alone after exactly one
// court of the article.
func TestCourts(t *testing.T) {
	tests := []struct {
		name, text string
		at         int    // which occurrence of المحكمة, from 0
		want       string // "text/CODE" of the entity that starts there; "" for none
	}{
		{"the adjective inside", "ورفضت المحكمة الإسرائيلية العليا طعن السكان.", 0, "المحكمة الإسرائيلية العليا/ISRJUD"},
		{"the adjective after", "ورفضت المحكمة العليا الإسرائيلية طعن السكان.", 0, "المحكمة العليا/ISRJUD"},
		{"alone after the one court named", "ورفضت المحكمة الإسرائيلية العليا طعن السكان. وقالت المحكمة إن قرارها نهائي.", 1, "المحكمة/ISRJUD"},
		{"alone, its object after it", "ورفضت المحكمة العليا الإسرائيلية الطعن. وأمرت المحكمة الحكومة بالرد.", 1, "المحكمة/ISRJUD"},
		{"alone after the international court", "وقالت المحكمة الجنائية الدولية إنها تنظر في الشكوى. وأضافت المحكمة أن التحقيق أولي.", 1, "المحكمة/IGOJUDICC"},
		{"alone after two courts", "ورفضت المحكمة العليا الإسرائيلية الطعن وأعادته إلى محكمة مركزية. وقالت المحكمة إن القرار نهائي.", 1, ""},
		{"alone after another kind of court", "ورفضت المحكمة العليا الإسرائيلية الطعن بعد حكم المحكمة المركزية. وقالت المحكمة إن القرار نهائي.", 2, ""},
		{"alone after في is where, not who", "ونظرت محكمة العدل الدولية في الدعوى. ورفعت الدولة دعواها في المحكمة الشهر الماضي.", 0, ""},
		{"alone with no court before", "وقالت المحكمة إن القرار نهائي.", 0, ""},
		{"named bare after two countries' courts", "وأيدت المحكمة العليا الأمريكية القرار. وبعد يومين رفضت المحكمة العليا الإسرائيلية الطعن. وقالت المحكمة العليا إن القرار نهائي.", 2, ""},
		{"named bare after its name with the country, in a story of two countries", "ورفضت المحكمة الإسرائيلية العليا طعن سكان قرية قرب أريحا في الضفة الغربية. وكانت المحكمة العليا قد أجلت الهدم بعد احتجاج الفلسطينيين في الضفة الغربية والأراضي الفلسطينية.", 1, "المحكمة العليا/ISRJUD"},
	}
	st, _ := arabic.NewStage()
	stage := actor.NewStage(lexicon(t))
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := tokenized(st, tt.text, "2018-03-13")
			if err := stage.Process(d); err != nil {
				t.Fatal(err)
			}
			r, w := []rune(tt.text), []rune("المحكمة")
			start, n := -1, 0
			for i := 0; i+len(w) <= len(r); i++ {
				if string(r[i:i+len(w)]) == "المحكمة" {
					if n == tt.at {
						start = i
						break
					}
					n++
				}
			}
			got := ""
			for _, e := range d.Entities {
				if e.Start == start && e.Actor != nil {
					got = e.Text + "/" + e.Actor.Code
				}
			}
			if got != tt.want {
				t.Errorf("entity at المحكمة #%d = %q, want %q", tt.at, got, tt.want)
			}
		})
	}
}

// ent is an entity the tagger would give: its text and type.
type ent struct {
	text string
	typ  string
}

// tokenized returns a document of text in one paragraph, published on
// date, with the tokens st gives it.
func tokenized(st marsad.Stage, text, date string) *marsad.Document {
	d := marsad.NewDocument(text)
	d.Published = date
	d.Paragraphs = []marsad.Span{{Start: 0, End: len([]rune(text))}}
	st.Process(d)
	return d
}

// tag adds to d the entities ents, each found in its text after the one
// before it.
// speakerCode gives d one reported quotation, said by speaker at rune
// offset at and made of said, links the document, and returns the code
// of the speaker's actor.
func speakerCode(t *testing.T, stage marsad.Stage, d *marsad.Document, speaker string, at int, said string) string {
	t.Helper()
	sp := marsad.Span{Start: at, End: at + len([]rune(speaker))}
	d.Quotes = []marsad.Quote{{Kind: marsad.Indirect, Text: said, Speaker: &marsad.Mention{Span: sp, Text: speaker}}}
	if err := stage.Process(d); err != nil {
		t.Fatal(err)
	}
	return codeOf(d.Quotes[0].Speaker.Actor)
}

// lastActor links the entities ents of text, published on date, and
// returns the actor of the last entity.
func lastActor(t *testing.T, st, stage marsad.Stage, text, date string, ents []ent) *marsad.ActorRef {
	t.Helper()
	d := processed(t, st, stage, text, date, ents...)
	return d.Entities[len(d.Entities)-1].Actor
}

// processed tokenizes text as published on date, tags ents in it and runs
// stage over it.
func processed(t *testing.T, st, stage marsad.Stage, text, date string, ents ...ent) *marsad.Document {
	t.Helper()
	d := tokenized(st, text, date)
	tag(d, ents)
	if err := stage.Process(d); err != nil {
		t.Fatal(err)
	}
	return d
}

// tag marks each of ents, in order, at its first occurrence after the
// one before, as the tagger would.
func tag(d *marsad.Document, ents []ent) {
	r := []rune(d.Text)
	from := 0
	for _, e := range ents {
		w := []rune(e.text)
		for i := from; i+len(w) <= len(r); i++ {
			if string(r[i:i+len(w)]) == e.text {
				d.Entities = append(d.Entities, marsad.Entity{Span: marsad.Span{Start: i, End: i + len(w)}, Text: e.text, Type: e.typ})
				from = i + len(w)
				break
			}
		}
	}
}

// TestSpeakerByHead checks a speaker named by the head noun alone (وأوضحت
// الوزارة) standing for the one body of that kind the article named before.
func TestSpeakerByHead(t *testing.T) {
	tests := []struct {
		name, text string
		ents       []ent
		want       string
		speaker    string // الوزارة unless given
	}{
		{"one ministry named before", "قالت وزارة الخارجية الأمريكية إن العقوبات ستفرض. وأوضحت الوزارة أن القرار نهائي.",
			[]ent{{"وزارة الخارجية الأمريكية", marsad.ORG}}, "USAGOV", ""},
		{"two ministries named before", "قالت وزارة الخارجية الأمريكية إن العقوبات ستفرض وردت وزارة الخارجية الروسية. وأوضحت الوزارة أن القرار نهائي.",
			[]ent{{"وزارة الخارجية الأمريكية", marsad.ORG}, {"وزارة الخارجية الروسية", marsad.ORG}}, "", ""},
		{"no body of that kind named", "قال ترامب إن العقوبات ستفرض. وأوضحت الوزارة أن القرار نهائي.",
			[]ent{{"ترامب", marsad.PER}}, "", ""},
		{"the same ministry", "قالت وزارة الخارجية الأمريكية إن العقوبات ستفرض. وأوضحت الوزارة نفسها أن القرار نهائي.",
			[]ent{{"وزارة الخارجية الأمريكية", marsad.ORG}}, "USAGOV", "الوزارة نفسها"},
		{"an organisation named again by its kind", "قالت منظمة العفو الدولية إن السجناء عذبوا. ودعت المنظمة غير الحكومية إلى التحقيق في الأمر.",
			[]ent{{"منظمة العفو الدولية", marsad.ORG}}, "NGOHRIAMN", "المنظمة غير الحكومية"},
		{"a newspaper named after its head noun", "ونشرت صحيفة \"الغارديان\" تقريرا عن الهجرة. وذكرت الصحيفة أن الأرقام ارتفعت.",
			[]ent{{"الغارديان", marsad.ORG}}, "GBRMED", "الصحيفة"},
		{"the newspaper named last", "ونشرت صحيفة \"الغارديان\" تقريرا عن الهجرة، ثم كتبت صحيفة \"سينار هاريان\" مقالا. وذكرت الصحيفة أن الأرقام ارتفعت.",
			[]ent{{"الغارديان", marsad.ORG}, {"سينار هاريان", marsad.ORG}}, "", "الصحيفة"},
		{"a newspaper named as a city is its country's media", "ونشرت صحيفة الرياض تقريرا عن الهجرة. وذكرت الصحيفة أن الأرقام ارتفعت.",
			[]ent{{"الرياض", marsad.ORG}}, "SAUMED", "الصحيفة"},
		{"a kind that names another body", "قالت منظمة العفو الدولية إن السجناء عذبوا. ودعت المنظمة الدولية إلى التحقيق في الأمر.",
			[]ent{{"منظمة العفو الدولية", marsad.ORG}}, "IGOUNO", "المنظمة الدولية"},
	}
	st, _ := arabic.NewStage()
	stage := actor.NewStage(lexicon(t))
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := tokenized(st, tt.text, "2018-06-13")
			tag(d, tt.ents)
			speaker := tt.speaker
			if speaker == "" {
				speaker = "الوزارة"
			}
			at := len([]rune(tt.text[:strings.LastIndex(tt.text, speaker)]))
			said := string([]rune(tt.text)[at+len([]rune(speaker))+4:])
			if got := speakerCode(t, stage, d, speaker, at, said); got != tt.want {
				t.Errorf("speaker linked to %q, want %q", got, tt.want)
			}
		})
	}
}

// TestSpeakerByStatement checks a speaker البيان standing for the one
// issuer of a statement the article named before it.
func TestSpeakerByStatement(t *testing.T) {
	tests := []struct {
		name, text string
		ents       []ent
		want       string
	}{
		{"issuer before في بيان", "قالت وزارة الخارجية الأمريكية في بيان إن العقوبات ستفرض. وأوضح البيان أن القرار نهائي.",
			[]ent{{"وزارة الخارجية الأمريكية", marsad.ORG}}, "USAGOV"},
		{"a day between issuer and statement", "وأعلن الجيش الإسرائيلي الأحد في بيان أنه قصف موقعين. وأضاف البيان أن الغارة جاءت ردا على الصواريخ.",
			[]ent{{"الجيش الإسرائيلي", marsad.ORG}}, "ISRMIL"},
		{"statement issued by", "وجاء ذلك في بيان صادر عن وزارة الخارجية الأمريكية مساء الجمعة. وأوضح البيان أن القرار نهائي.",
			[]ent{{"وزارة الخارجية الأمريكية", marsad.ORG}}, "USAGOV"},
		{"issuer of an accusative statement", "وأصدرت وزارة الخارجية الأمريكية بيانا حول الاتفاق. وأوضح البيان أن القرار نهائي.",
			[]ent{{"وزارة الخارجية الأمريكية", marsad.ORG}}, "USAGOV"},
		{"two issuers", "قالت وزارة الخارجية الأمريكية في بيان إن العقوبات ستفرض، وأصدر الجيش الإسرائيلي بيانا آخر. وأوضح البيان أن القرار نهائي.",
			[]ent{{"وزارة الخارجية الأمريكية", marsad.ORG}, {"الجيش الإسرائيلي", marsad.ORG}}, ""},
		{"a joint statement of two", "قالت فرنسا وروسيا في بيان إن العقوبات ستفرض. وأوضح البيان أن القرار نهائي.",
			[]ent{{"فرنسا", marsad.LOC}, {"روسيا", marsad.LOC}}, ""},
		{"a place at the end of the issuer's name", "قالت قيادة القوات الأمريكية في أفريقيا في بيان إن الغارة قتلت مسلحين. وأضاف البيان أن أحدا من المدنيين لم يصب.",
			[]ent{{"أفريقيا", marsad.LOC}}, ""},
		{"an issuer not linked before another", "قال المتحدث في بيان إن العقوبات ستفرض، وذكر بيان لوزارة الخارجية الأمريكية أن الأمر قيد الدرس. وأوضح البيان أن القرار نهائي.",
			[]ent{{"وزارة الخارجية الأمريكية", marsad.ORG}}, ""},
		{"a verb before the statement names no issuer", "وقال في بيان إن العقوبات ستفرض، وذكر بيان لوزارة الخارجية الأمريكية أن الأمر قيد الدرس. وأوضح البيان أن القرار نهائي.",
			[]ent{{"وزارة الخارجية الأمريكية", marsad.ORG}}, "USAGOV"},
		{"a country and then its government", "وأصدرت فرنسا بيانا حول الاتفاق. وقال وزير الخارجية الفرنسي في بيان إن القرار نهائي. وأوضح البيان أن العقوبات ستفرض.",
			[]ent{{"فرنسا", marsad.LOC}, {"وزير الخارجية الفرنسي", marsad.PER}}, "FRAGOV"},
		{"a nationality after the issuer's name", "وأصدرت وزارة الخارجية الإسرائيلية الاثنين بيانا حول الهجوم. وأضاف البيان أن الرد سيكون قاسيا.",
			[]ent{{"وزارة الخارجية", marsad.ORG}}, "ISRGOV"},
		{"a statement from an office", "وقال بيان صادر عن مكتب ماكرون إن الزيارة ستتم الشهر المقبل. وأضاف البيان أن الرئيسين سيبحثان الاتفاق.",
			[]ent{{"ماكرون", marsad.PER}}, "FRAGOV"},
		{"the place an embassy is posted to is not its issuer", "وأصدرت السفارة الأمريكية لدى إسرائيل بيانا حول اللوحة. وأوضح البيان أن السياسة لم تتغير.",
			[]ent{{"إسرائيل", marsad.LOC}}, ""},
		{"a statement with no issuer named", "وتحدث ترامب عن العقوبات. وذكر بيان أن القرار نهائي. وأوضح البيان أن العقوبات ستفرض.",
			[]ent{{"ترامب", marsad.PER}}, ""},
	}
	st, _ := arabic.NewStage()
	stage := actor.NewStage(lexicon(t))
	const speaker = "البيان"
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := tokenized(st, tt.text, "2018-06-13")
			tag(d, tt.ents)
			at := len([]rune(tt.text[:strings.LastIndex(tt.text, speaker)]))
			said := string([]rune(tt.text)[at+len([]rune(speaker))+4:])
			if got := speakerCode(t, stage, d, speaker, at, said); got != tt.want {
				t.Errorf("speaker linked to %q, want %q", got, tt.want)
			}
		})
	}
}

// codeOf returns the code of a, "" for none.
func codeOf(a *marsad.ActorRef) string {
	if a == nil {
		return ""
	}
	return a.Code
}

// TestApposedTitle checks a person the lexicon does not hold, named right
// after a title that gives a country and an office (وزير الداخلية
// البلجيكي يان يامبون): the office's actor; and the titles that give none.
func TestApposedTitle(t *testing.T) {
	tests := []struct {
		name, text string
		ents       []ent
		want       string // the code of the last entity, "" for none
	}{
		{"a minister by his title", "وقال وزير الزراعة البلجيكي فيليب موران إن الحصاد تأخر.",
			[]ent{{"فيليب موران", marsad.PER}}, "BELGOV"},
		{"a title with a comma before the name", "وأكد الرئيس الصربي، زوران ميلوفيتش، أن الاتفاق قريب.",
			[]ent{{"زوران ميلوفيتش", marsad.PER}}, "SRBGOV"},
		{"a spokesman of an army", "وقال المتحدث باسم الجيش الإسرائيلي يوسي كوهين إن الطائرة سقطت.",
			[]ent{{"يوسي كوهين", marsad.PER}}, "ISRMIL"},
		{"a spokesman by الناطق of an armed group", "وقال الناطق باسم وحدات حماية الشعب، سالار كوباني، إن المقاتلين انسحبوا.",
			[]ent{{"سالار كوباني", marsad.PER}}, "SYRREBYPG"},
		{"a spokeswoman by المتحدثة of an armed group", "وقالت المتحدثة باسم وحدات حماية الشعب نسرين كوباني إن المقاتلين انسحبوا.",
			[]ent{{"نسرين كوباني", marsad.PER}}, "SYRREBYPG"},
		{"the surname later by coreference", "وقال وزير الزراعة البلجيكي فيليب موران إن الحصاد تأخر. وأضاف موران أن المزارعين غاضبون.",
			[]ent{{"فيليب موران", marsad.PER}, {"موران", marsad.PER}}, "BELGOV"},
		{"a former holder", "وقال رئيس الوزراء البلجيكي السابق فيليب موران إن الحصاد تأخر.",
			[]ent{{"فيليب موران", marsad.PER}}, ""},
		{"a relative of the holder", "وصلت زوجة الرئيس البلجيكي ماري موران إلى المطار.",
			[]ent{{"ماري موران", marsad.PER}}, ""},
		{"the object of a body's act", "واعتقلت السلطات المغربية الناشط سمير بلقاسم أمس.",
			[]ent{{"سمير بلقاسم", marsad.PER}}, ""},
		{"a party's leader", "وقال رئيس حزب العمل البلجيكي فيليب موران إن الحصاد تأخر.",
			[]ent{{"فيليب موران", marsad.PER}}, ""},
		{"the head of an Olympic committee", "وقال رئيس اللجنة الأولمبية البلجيكية فيليب موران إن الألعاب تأجلت.",
			[]ent{{"فيليب موران", marsad.PER}}, ""},
		{"a name joined by و to the one before", "وحضر وزير الزراعة البلجيكي، وفيليب موران الاجتماع.",
			[]ent{{"فيليب موران", marsad.PER}}, ""},
		{"a title that names two countries", "والتقى الرئيس الصربي وزير الخارجية البلجيكي فيليب موران.",
			[]ent{{"فيليب موران", marsad.PER}}, "BELGOV"},
		{"a Rwandan president by his title", "وحضر الرئيس الرواندي جان موغابو افتتاح المعرض.",
			[]ent{{"جان موغابو", marsad.PER}}, "RWAGOV"},
		{"a governor by the province he governs", "وقال محافظ الحديدة صالح الشامي إن الطرق مفتوحة.",
			[]ent{{"الحديدة", marsad.LOC}, {"صالح الشامي", marsad.PER}}, "YEMGOV"},
		{"a governor of a province named alone only after his title", "وأعلن محافظ المهرة سالم العمري أن السيول جرفت الطرق.",
			[]ent{{"سالم العمري", marsad.PER}}, "YEMGOV"},
		{"a governor of Jerusalem is the Palestinian Authority's", "وقال محافظ القدس سامر حمدان إن الاحتلال يضيق على السكان.",
			[]ent{{"القدس", marsad.LOC}, {"سامر حمدان", marsad.PER}}, "PSEGOV"},
		{"a Cuban president by his title, after a comma", "وقال الرئيس الكوبي، خوسيه مارتينيز، إن الطائرة سقطت.",
			[]ent{{"خوسيه مارتينيز", marsad.PER}}, "CUBGOV"},
		{"an Argentine minister by his title", "وأكد وزير الخارجية الأرجنتيني خورخي بيريز أن الزيارة قائمة.",
			[]ent{{"خورخي بيريز", marsad.PER}}, "ARGGOV"},
		{"a first name the tagger left out after the title", "وقال المتحدث باسم وزارة الخارجية البلجيكية كارل موران في بيان إن السفير استدعي.",
			[]ent{{"موران", marsad.PER}}, "BELGOV"},
		{"the surname later after a first name left out", "وقال المتحدث باسم وزارة الخارجية البلجيكية كارل موران إن السفير استدعي. ووصف موران البيان بأنه مؤسف.",
			[]ent{{"موران", marsad.PER}, {"موران", marsad.PER}}, "BELGOV"},
		{"a verb between the title and the name is no first name", "وقال وزير الخارجية البلجيكي يستقبل موران غدا.",
			[]ent{{"موران", marsad.PER}}, ""},
		{"a minister with a portfolio and no country, in a Belgian story", "وأقرت بلجيكا الموازنة، وقالت حكومة بلجيكا إنها متوازنة. وقالت وزيرة التعليم ماري موران إن المدارس ستفتح.",
			[]ent{{"ماري موران", marsad.PER}}, "BELGOV"},
		{"a title after في حين is still a title", "في حين قال الرئيس البلجيكي فيليب موران إن الاتفاق قريب.",
			[]ent{{"فيليب موران", marsad.PER}}, "BELGOV"},
		{"a verb of the past between the title and the name is no first name", "وقال رئيس بلدية مدينة أنتويرب البلجيكية منح موران جائزة.",
			[]ent{{"موران", marsad.PER}}, ""},
		{"a pronoun between the title and the name is no first name", "وقال إن الرئيس البلجيكي المقبل هو موران.",
			[]ent{{"موران", marsad.PER}}, ""},
		{"a holder at the time is a former holder", "ووقع الاتفاق مع الرئيس البلجيكي حينذاك فيليب موران.",
			[]ent{{"فيليب موران", marsad.PER}}, ""},
		{"a nationality typed a name after a minister's title is no home minister", "وأقرت بلجيكا الموازنة، وقالت حكومة بلجيكا إنها متوازنة. وقال نائب وزير الخارجية الأبخازي إن الاتفاق قريب.",
			[]ent{{"الأبخازي", marsad.PER}}, ""},
		{"a minister with no country in a story that names none", "وقالت وزيرة التعليم ماري موران إن المدارس ستفتح.",
			[]ent{{"ماري موران", marsad.PER}}, ""},
		{"an army's spokesman with no country, in a Belgian story", "وأقرت بلجيكا الموازنة، وقالت حكومة بلجيكا إنها متوازنة. وقال المتحدث باسم الجيش فيليب موران إن الطائرة سقطت.",
			[]ent{{"فيليب موران", marsad.PER}}, "BELMIL"},
		{"the presidency's spokesman with no country, in a Belgian story", "وأقرت بلجيكا الموازنة، وقالت حكومة بلجيكا إنها متوازنة. ورد المتحدث باسم الرئاسة، فيليب موران، على الانتقادات.",
			[]ent{{"فيليب موران", marsad.PER}}, "BELGOV"},
		{"a ministry's spokesman with no country, in a Belgian story", "وأقرت بلجيكا الموازنة، وقالت حكومة بلجيكا إنها متوازنة. وقال المتحدث باسم وزارة الداخلية فيليب موران إن الشرطة اعتقلت رجلين.",
			[]ent{{"فيليب موران", marsad.PER}}, "BELCOP"},
		{"a spokesman with no country in a story that names none", "وقال المتحدث باسم الجيش فيليب موران إن الطائرة سقطت.",
			[]ent{{"فيليب موران", marsad.PER}}, ""},
		{"a company's spokesman at home holds no office", "وأقرت بلجيكا الموازنة، وقالت حكومة بلجيكا إنها متوازنة. وقال المتحدث باسم الشركة فيليب موران إن الأرباح تراجعت.",
			[]ent{{"فيليب موران", marsad.PER}}, ""},
		{"a former spokesman at home holds no office", "وأقرت بلجيكا الموازنة، وقالت حكومة بلجيكا إنها متوازنة. وقال المتحدث السابق باسم الجيش فيليب موران إن الطائرة سقطت.",
			[]ent{{"فيليب موران", marsad.PER}}, ""},
		{"a minister's office holder is not the minister", "وأقرت بلجيكا الموازنة، وقالت حكومة بلجيكا إنها متوازنة. وحضر مدير مكتب وزير الدفاع فيليب موران.",
			[]ent{{"فيليب موران", marsad.PER}}, ""},
		{"an army spokesman's title, a comma and a rank before the name", "وكان المتحدث الرسمي للجيش البلجيكي، العميد فيليب موران، قد قال إن الطائرة سقطت.",
			[]ent{{"فيليب موران", marsad.PER}}, "BELMIL"},
		{"an envoy's title with the country he is sent to", "واقترح المبعوث البلجيكي لإسرائيل، فيليب موران، في مقابلة حلا للأزمة.",
			[]ent{{"فيليب موران", marsad.PER}}, "BELGOV"},
		{"a minister's title after a passive verb", "وعُيّن وزير الصحة البلجيكي فيليب موران مساء الاثنين وزيرا للخارجية.",
			[]ent{{"فيليب موران", marsad.PER}}, "BELGOV"},
		{"a title after a name the tagger ran into a lexicon person's", "وعينت رئيسة الوزراء البريطانية تيريزا ماي بيتر كولينز وزيرا للخارجية. وعين وزير الصحة البريطاني بيتر كولينز مساء الاثنين وزيرا للخارجية.",
			[]ent{{"تيريزا ماي بيتر كولينز", marsad.PER}, {"بيتر كولينز", marsad.PER}}, "GBRGOV"},
		{"a rank after a party's title gives no office", "وقال المتحدث باسم حزب العمل البلجيكي، العقيد فيليب موران، إن الحصاد تأخر.",
			[]ent{{"فيليب موران", marsad.PER}}, ""},
		{"a former president of the lexicon after his title is no longer in office", "واعترف الرئيس الأمريكي بيل كلينتون قبل عشرين عاما بالفضيحة.",
			[]ent{{"بيل كلينتون", marsad.PER}}, "USA"},
		{"a defence minister with a rank, in a Belgian story", "وأقرت بلجيكا الموازنة، وقالت حكومة بلجيكا إنها متوازنة. وقال وزير الدفاع الجنرال فيليب موران إن الجيش جاهز.",
			[]ent{{"فيليب موران", marsad.PER}}, "BELMIL"},
		{"a portfolio after the nationality", "وقال وزير الدولة البلجيكي للجامعات والعلوم، فيليب موران، إن الميزانية زادت.",
			[]ent{{"فيليب موران", marsad.PER}}, "BELGOV"},
		{"an admiral after a naval title", "وقال رئيس العمليات البحرية البلجيكية، الأدميرال فيليب موران، إن السفن جاهزة.",
			[]ent{{"فيليب موران", marsad.PER}}, "BELMIL"},
		{"a minister by the defined word الوزير", "وقال الوزير البلجيكي فيليب موران إن الحصاد تأخر.",
			[]ent{{"فيليب موران", marsad.PER}}, "BELGOV"},
		{"an ambassador's host country is not his own", "وقال سفير المملكة لدى بلجيكا فيليب موران إن العلاقات جيدة.",
			[]ent{{"فيليب موران", marsad.PER}}, ""},
		{"a region is no state", "وقال مدير إدارة الشرق الأوسط في اللجنة فيليب موران إن القافلة تأخرت.",
			[]ent{{"فيليب موران", marsad.PER}}, ""},
		{"a shadow minister is the opposition's", "وقالت وزيرة الخارجية في حكومة الظل البلجيكية، ماري موران، إن القرار خاطئ.",
			[]ent{{"ماري موران", marsad.PER}}, "BELOPP"},
		{"a minister's title with a pronoun is another country's", "وأقرت بلجيكا الموازنة، وقالت حكومة بلجيكا إنها متوازنة. واحتجت إيران على لسان وزيرها للخارجية علي موران.",
			[]ent{{"علي موران", marsad.PER}}, ""},
		{"the leader of a party speaks for the party", "وقال زعيم حركة خمس نجوم ماريو فيرا إن الحكومة سقطت.",
			[]ent{{"ماريو فيرا", marsad.PER}}, "ITAPTY"},
		{"the leader of the opposition is the opposition's", "وقال زعيم المعارضة البلجيكية فيليب موران إن الحكومة فشلت.",
			[]ent{{"فيليب موران", marsad.PER}}, "BELOPP"},
		{"a leader with a country alone holds no office", "وأشاد الزعيم الروحي البلجيكي فيليب موران بالسلام.",
			[]ent{{"فيليب موران", marsad.PER}}, ""},
		{"the head of an intelligence service is its", "وقال رئيس الاستخبارات البلجيكية فيليب موران إن الخطر قائم.",
			[]ent{{"فيليب موران", marsad.PER}}, "BELSPY"},
		{"a year long past before the title", "وفي عام 1950 زار رئيس الوزراء البلجيكي فيليب موران المدينة.",
			[]ent{{"فيليب موران", marsad.PER}}, ""},
		{"a year long past told by the holder now", "وقتل ألف شخص بين 1950 و1952، بحسب ما أعلن وزير الخارجية البلجيكي فيليب موران.",
			[]ent{{"فيليب موران", marsad.PER}}, "BELGOV"},
		{"a year after منذ starts an office still held", "ومنذ 1990 يقود رئيس الوزراء البلجيكي فيليب موران البلاد.",
			[]ent{{"فيليب موران", marsad.PER}}, "BELGOV"},
		{"a full name's own title over another's first name", "وقال السفير البلجيكي موران كوهين إن الوضع خطير. وقال مندوب فلسطين لدى الأمم المتحدة علي موران إن المجلس صامت.",
			[]ent{{"موران كوهين", marsad.PER}, {"علي موران", marsad.PER}}, "PSEGOV"},
	}
	st, _ := arabic.NewStage()
	stage := actor.NewStage(lexicon(t))
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := ""
			if a := lastActor(t, st, stage, tt.text, "2018-06-13", tt.ents); a != nil {
				got = a.Code
			}
			if got != tt.want {
				t.Errorf("last entity linked to %q, want %q", got, tt.want)
			}
		})
	}
}

// TestTitleAfterName checks a person the lexicon does not hold, linked by
// the title set right after the name (فلان، وزير الزراعة البلجيكي), and
// the titles that give no office: the one met after a verb, a former
// holder's, another body's. want is the code of the last person entity.
func TestTitleAfterName(t *testing.T) {
	tests := []struct {
		name, text string
		ents       []ent
		want       string
	}{
		{"an envoy with his country after ل, his title after the name", "وقالت السفيرة ماري موران المندوبة الدائمة لبلجيكا لدى الأمم المتحدة إن القرار ظالم.",
			[]ent{{"ماري موران", marsad.PER}}, "BELGOV"},
		{"a title after the name and a comma", "وقال فيليب موران، وزير الزراعة البلجيكي، إن الحصاد تأخر.",
			[]ent{{"فيليب موران", marsad.PER}}, "BELGOV"},
		{"a title right after the name", "وقال فيليب موران رئيس الوزراء البلجيكي إن الحصاد تأخر.",
			[]ent{{"فيليب موران", marsad.PER}}, "BELGOV"},
		{"a title after the name is the one met after a verb with an object", "والتقى فيليب موران وزير الزراعة البلجيكي في المعرض.",
			[]ent{{"فيليب موران", marsad.PER}}, ""},
		{"a former holder's title after the name", "وقال فيليب موران، رئيس الوزراء البلجيكي السابق، إن الحصاد تأخر.",
			[]ent{{"فيليب موران", marsad.PER}}, ""},
		{"a title held before, by the adverb سابقاً", "وقال فيليب موران، السفير البلجيكي سابقاً في باريس، إن العلاقات جيدة.",
			[]ent{{"فيليب موران", marsad.PER}}, ""},
		{"a title with the years of a past office", "وقال فيليب موران الرئيس البلجيكي 1998- 2002 إن الحصاد تأخر.",
			[]ent{{"فيليب موران", marsad.PER}}, ""},
		{"the head of some body in a country holds no office of it", "وقال فيليب موران، رئيس بيت الصحفيين العرب في بلجيكا، إن الأمر خطير.",
			[]ent{{"فيليب موران", marsad.PER}}, ""},
		{"the head of an authority in a country holds an office of it", "وقال فيليب موران، رئيس هيئة البيئة في بلجيكا، إن الأمر خطير.",
			[]ent{{"فيليب موران", marsad.PER}}, "BELGOV"},
		{"a title cut before another nationality names another body", "وقال فيليب موران، رئيس الغرفة التجارية البلجيكية الهولندية، إن التجارة زادت.",
			[]ent{{"فيليب موران", marsad.PER}}, ""},
	}
	st, _ := arabic.NewStage()
	stage := actor.NewStage(lexicon(t))
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := tokenized(st, tt.text, "2018-06-13")
			tag(d, tt.ents)
			if err := stage.Process(d); err != nil {
				t.Fatal(err)
			}
			got := ""
			for _, e := range d.Entities {
				if e.Type == marsad.PER {
					got = ""
					if e.Actor != nil {
						got = e.Actor.Code
					}
				}
			}
			if got != tt.want {
				t.Errorf("person linked to %q, want %q", got, tt.want)
			}
		})
	}
}

// TestSplitPairs checks a person entity that joins the names of two people
// of the lexicon (the subject and the object of one verb): two entities,
// each linked to its own person. One person's full name stays whole.
func TestSplitPairs(t *testing.T) {
	tests := []struct {
		name, text, joined string
		want               []string // the person entities and their codes, "text=CODE"
	}{
		{"two surnames", "وهاجم لافروف تيلرسون في كلمته.", "لافروف تيلرسون",
			[]string{"لافروف=RUSGOV", "تيلرسون=USAGOV"}},
		{"a full name and a surname", "وانتقد جون ماكين ترامب بشدة.", "جون ماكين ترامب",
			[]string{"جون ماكين=USALEG", "ترامب=USAGOV"}},
		{"a surname and a full name", "واتهم ترامب هيلاري كلينتون بالكذب.", "ترامب هيلاري كلينتون",
			[]string{"ترامب=USAGOV", "هيلاري كلينتون=USA"}},
		{"two full names", "وعين دونالد ترامب جينا هاسبل مديرة للوكالة.", "دونالد ترامب جينا هاسبل",
			[]string{"دونالد ترامب=USAGOV", "جينا هاسبل=USASPY"}},
		{"a surname and a full name spelt with ي after د", "وكلف بوتين ديميتري ميدفيديف بتشكيل الحكومة.", "بوتين ديميتري ميدفيديف",
			[]string{"بوتين=RUSGOV", "ديميتري ميدفيديف=RUSGOV"}},
		{"one full name stays whole", "وقال هادي العامري إن الانتخابات ستجري في موعدها.", "هادي العامري",
			[]string{"هادي العامري=IRQREB"}},
		{"a name with its father's stays whole", "واستقبل محمد بن سلمان الوفد.", "محمد بن سلمان",
			[]string{"محمد بن سلمان=SAUGOV"}},
		{"two names joined by و before بن", "وبحث ترامب وبن سلمان الملف الإيراني.", "ترامب وبن سلمان",
			[]string{"ترامب=USAGOV", "بن سلمان=SAUGOV"}},
		{"a surname and a first name opening another's name", "وقال محامي ترامب جون ستيوارت إن موكله لم يخطئ.", "ترامب جون ستيوارت",
			[]string{"ترامب=USAGOV", "جون ستيوارت="}},
		{"a weak alias before a first name stays one name", "وقال اللواء عباس محمد نصار إن الحدود آمنة.", "عباس محمد نصار",
			[]string{"عباس محمد نصار="}},
	}
	st, _ := arabic.NewStage()
	stage := actor.NewStage(lexicon(t))
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := tokenized(st, tt.text, "2018-02-20")
			tag(d, []ent{{tt.joined, marsad.PER}})
			if err := stage.Process(d); err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, e := range d.Entities {
				if e.Type != marsad.PER {
					continue
				}
				code := ""
				if e.Actor != nil {
					code = e.Actor.Code
				}
				got = append(got, e.Text+"="+code)
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("person entities %q, want %q", got, tt.want)
			}
		})
	}
}

// keptAfterStage runs the actor stage over text with the one entity e
// tagged, and reports whether an entity of its text is kept.
func keptAfterStage(t *testing.T, text, date string, e ent) bool {
	t.Helper()
	st, _ := arabic.NewStage()
	d := tokenized(st, text, date)
	tag(d, []ent{e})
	if err := actor.NewStage(lexicon(t)).Process(d); err != nil {
		t.Fatal(err)
	}
	return slices.ContainsFunc(d.Entities, func(x marsad.Entity) bool { return x.Text == e.text })
}

// TestWordsThatAreNoNames checks that a name the tagger finds in a common
// word is dropped where the word is used as that word, and kept where it
// names: فتح the verb or noun "open" (its object after it, a quotation
// mark between, or the fire it opens a few words on) and not the party;
// عُدن "they returned" and not Aden; دوما "always" and not the town of
// the Ghouta; بحماس "with enthusiasm" and not Hamas; بعقوبة "with a
// penalty" and not the city of Baqubah; الغرب the west of a place and
// not the West.
func TestWordsThatAreNoNames(t *testing.T) {
	tests := []struct {
		name, text string
		e          ent
		date       string
		kept       bool
	}{
		{"فتح: fire opened by a gunman", "وفتح مسلح النار على رواد المقهى في وسط المدينة.", ent{"فتح", marsad.ORG}, "2018-06-13", false},
		{"فتح: fire opened, the plural noun", "وفتح الجنود النيران على المتظاهرين قرب الجسر.", ent{"فتح", marsad.ORG}, "2018-06-13", false},
		{"فتح: an inquiry in quotation marks", "وطالب الوزير بفتح \"تحقيق عاجل\" في الحادث.", ent{"فتح", marsad.ORG}, "2018-06-13", false},
		{"فتح: an inquiry into the case", "ودعا المحامي إلى فتح القضية من جديد.", ent{"فتح", marsad.ORG}, "2018-06-13", false},
		{"فتح: a crossing reopened", "وقررت السلطات إعادة فتح المعبر أمام المسافرين.", ent{"فتح", marsad.ORG}, "2018-06-13", false},
		{"فتح: a door opened, باب keyed without its ب", "وأعلنت الوزارة عن فتح باب التسجيل أمام الطلاب.", ent{"فتح", marsad.ORG}, "2018-06-13", false},
		{"فتح: opened it, with a pronoun", "وقالت السلطات إن المعبر أعيد فتحه صباح اليوم.", ent{"فتح", marsad.ORG}, "2018-06-13", false},
		{"فتح: a court opens an inquiry, its subject definite", "وفتح القضاء البلجيكي تحقيقا في الحادث.", ent{"فتح", marsad.ORG}, "2018-06-13", false},
		{"فتح: a driver opens the door", "وتوقفت الحافلة وفتح السائق الباب للركاب.", ent{"فتح", marsad.ORG}, "2018-06-13", false},
		{"فتح: a gunman opens fire with bullets", "وفتح مسلح الرصاص على حشد من المصلين.", ent{"فتح", marsad.ORG}, "2018-06-13", false},
		{"فتح: after a particle of a clause", "وقتل ثلاثة عندما فتح شاب مسلح ببندقية آلية النار قرب المدرسة.", ent{"فتح", marsad.ORG}, "2018-06-13", false},
		{"فتح: reopened after a verb of doing again", "وأعادت السلطات فتح هذا الجسر أمس.", ent{"فتح", marsad.ORG}, "2018-06-13", false},
		{"فتح: opening more fronts", "وقال إن الجيش غير مستعد لفتح مزيد من الجبهات.", ent{"فتح", marsad.ORG}, "2018-06-13", false},
		{"فتح: opening and closing a door", "وتتولى عائلة حسونة بفتح وإغلاق باب المسجد يوميا.", ent{"فتح", marsad.ORG}, "2018-06-13", false},
		{"فتح: the party beside Hamas", "وقالت فتح إن المصالحة مع حماس ممكنة.", ent{"فتح", marsad.ORG}, "2018-06-13", true},
		{"فتح: the party before a definite adjective", "وقالت فتح الفلسطينية إن الحوار مستمر.", ent{"فتح", marsad.ORG}, "2018-06-13", true},
		{"فتح: the party after حركتا, before و", "ووقعت حركتا فتح وحماس اتفاقا جديدا.", ent{"فتح", marsad.ORG}, "2018-06-13", true},
		{"فتح: the front of the Levant", "وبدأت فتح الشام هجومها على الفصائل.", ent{"فتح", marsad.ORG}, "2018-06-13", true},
		{"فتح: the party before a day of the week", "وأعلنت فتح الأحد رفضها للخطة.", ent{"فتح", marsad.ORG}, "2018-06-13", true},
		{"فتح: a procedure opened, an indefinite object", "وكان الاتحاد الإسباني فتح إجراء تأديبيا بحق المدرب.", ent{"فتح", marsad.ORG}, "2018-06-13", false},
		{"فتح: opening lines of contact", "وسعى المبعوث إلى فتح خطوط اتصال مع القادة.", ent{"فتح", marsad.ORG}, "2018-06-13", false},
		{"فتح: opening the largest embassy", "وشملت المشاريع فتح أكبر قنصلية في المدينة.", ent{"فتح", marsad.ORG}, "2018-06-13", false},
		{"فتح: a verbal noun with its subject after عن", "وتحدثت تقارير عن فتح تركيا قنوات مع الفصائل.", ent{"فتح", marsad.ORG}, "2018-06-13", false},
		{"فتح: opening and equipping shelters", "وطلب الجيش من البلديات الاستعداد لفتح وتجهيز المخابئ.", ent{"فتح", marsad.ORG}, "2018-06-13", false},
		{"فتح: the party before a preposition", "ولفتت فتح إلى أن الاجتماع تأجل.", ent{"فتح", marsad.ORG}, "2018-06-13", true},
		{"فتح: a family name after عبد", "ووصف الوزير عبدالكريم فتح بشدة القصف على المدينة.", ent{"فتح", marsad.ORG}, "2018-06-13", true},
		{"فتح: a verb, its subject in ية and a day before its object", "وفي بلجيكا، فتح الرئاسية الثلاثاء تحقيقا في الحادث.", ent{"فتح", marsad.ORG}, "2018-06-13", false},
		{"فتح: a verb, its subject in ي and a time before its object", "وفتح القضاء الفرنسي أمس تحقيقا في الصفقة.", ent{"فتح", marsad.ORG}, "2018-06-13", false},
		{"فتح: the party before its adjective and a day", "وترى فتح الفلسطينية الخميس موعدا مناسبا للحوار.", ent{"فتح", marsad.ORG}, "2018-06-13", true},
		{"فتح: the party after a feminine verb, before its object", "وأكدت فتح ضرورة الإسراع في المصالحة.", ent{"فتح", marsad.ORG}, "2018-06-13", true},
		{"فتح: the party before a day's noun", "وأعلنت فتح يوم السبت رفضها للخطة.", ent{"فتح", marsad.ORG}, "2018-06-13", true},
		{"فتح: the party after بين, before و", "وتعثرت المصالحة بين فتح وحماس مرة أخرى.", ent{"فتح", marsad.ORG}, "2018-06-13", true},
		{"فتح: passive after an inquiry and its adjective", "وصدرت المذكرة في إطار تحقيق جنائي فتح في مدريد العام الماضي.", ent{"فتح", marsad.ORG}, "2018-06-13", false},
		{"فتح: passive after an accusative inquiry", "وقالت النيابة إن تحقيقا فتح لمعرفة ملابسات الحادث.", ent{"فتح", marsad.ORG}, "2018-06-13", false},
		{"فتح: the party after a noun of number and its noun", "واجتمع عدد أعضاء فتح في المقر.", ent{"فتح", marsad.ORG}, "2018-06-13", true},
		{"الغرب: west of a city", "ووقع الانفجار في بلدة تقع إلى الغرب من مدينة حمص.", ent{"الغرب", marsad.LOC}, "2018-06-13", false},
		{"الغرب: from the side of the west", "وتقدمت القوات نحو المدينة من جهة الغرب صباح اليوم.", ent{"الغرب", marsad.LOC}, "2018-06-13", false},
		{"الغرب: beside the north", "وتحيط الجبال بالوادي من الشمال والغرب.", ent{"الغرب", marsad.LOC}, "2018-06-13", false},
		{"الغرب: the West stays", "واتهمت موسكو الغرب بمحاولة عزلها.", ent{"الغرب", marsad.LOC}, "2018-06-13", true},
		{"الغرب: the West after إلى stays", "وقال إن طهران لن تلجأ إلى الغرب لحل أزمتها.", ent{"الغرب", marsad.LOC}, "2018-06-13", true},
		{"حماس: with enthusiasm, in a story of no Palestinian politics", "وقال المدرب إن اللاعبين تدربوا بحماس قبل المباراة.", ent{"حماس", marsad.ORG}, "2018-06-13", false},
		{"حماس: with great enthusiasm in a Palestinian story", "وقال إن أهالي غزة استقبلوا الوفد بحماس كبير.", ent{"حماس", marsad.ORG}, "2018-06-13", false},
		{"حماس: without enthusiasm", "وأدلى الناخبون بأصواتهم بلا حماس هذه المرة.", ent{"حماس", marsad.ORG}, "2018-06-13", false},
		{"حماسة: enthusiasm, never Hamas", "وتحدثت الطالبة بحماسة عن مشروعها.", ent{"حماسة", marsad.ORG}, "2018-06-13", false},
		{"حماس: a member of Hamas in a Palestinian story", "وقالت إسرائيل إن القتيل عضو بحماس وكان يحاول التسلل.", ent{"حماس", marsad.ORG}, "2018-06-13", true},
		{"بعقوبة: the death penalty", "وطالبت النيابة بعقوبة الإعدام بحق المتهمين.", ent{"بعقوبة", marsad.LOC}, "2018-06-13", false},
		{"بعقوبة: a harsh penalty", "وقضت المحكمة بعقوبة مشددة على السائق.", ent{"بعقوبة", marsad.LOC}, "2018-06-13", false},
		{"بعقوبة: a penalty of lashes", "وينص القانون بعقوبة أربعين جلدة على المخالف.", ent{"بعقوبة", marsad.LOC}, "2018-06-13", false},
		{"بعقوبة: threatened with a penalty from a body", "وبات المهاجم مهددا بعقوبة من اللجنة التأديبية.", ent{"بعقوبة", marsad.LOC}, "2018-06-13", false},
		{"بعقوبة: a penalty for a term", "وطالب الادعاء بعقوبة لمدة ثلاث سنوات.", ent{"بعقوبة", marsad.LOC}, "2018-06-13", false},
		{"بعقوبة: a felony's penalty", "ويواجه المتهم حكما بعقوبة الجناية في حال إدانته.", ent{"بعقوبة", marsad.LOC}, "2018-06-13", false},
		{"بعقوبة: the city after مدينة", "وانفجرت عبوة في سوق مدينة بعقوبة صباح اليوم.", ent{"بعقوبة", marsad.LOC}, "2018-06-13", true},
		{"بعقوبة: the city before a direction", "ووقع الهجوم قرب بعقوبة شمال شرق بغداد.", ent{"بعقوبة", marsad.LOC}, "2018-06-13", true},
		{"بعقوبة: the city before a comma", "وتوجهت القوات إلى بعقوبة، مركز محافظة ديالى.", ent{"بعقوبة", marsad.LOC}, "2018-06-13", true},
		{"عدن: after a relative", "وقالت الأمهات إن الطالبات اللواتي عدن إلى القرية بخير.", ent{"عدن", marsad.LOC}, "2018-03-21", false},
		{"عدن: after a conditional", "وتخشى النازحات الانتقام إذا عدن إلى بيوتهن.", ent{"عدن", marsad.LOC}, "2018-03-21", false},
		{"عدن: after a plural subject closed by a definite noun", "وقال الأهالي إن عاملات المصنع عدن في شاحنة مساء أمس.", ent{"عدن", marsad.LOC}, "2018-03-21", false},
		{"عدن: the city after a preposition", "ووصل الوزير إلى عدن في زيارة مفاجئة.", ent{"عدن", marsad.LOC}, "2018-03-21", true},
		{"عدن: the city after its police", "وقالت شرطة عدن في بيان إن الهجوم أحبط.", ent{"عدن", marsad.LOC}, "2018-03-21", true},
		{"عدن: the city after a plural noun", "وانتشرت القوات في مديريات عدن من جديد.", ent{"عدن", marsad.LOC}, "2018-03-21", true},
		{"عدن: the city after the capital", "وعاد الرئيس إلى العاصمة عدن من الرياض.", ent{"عدن", marsad.LOC}, "2018-03-21", true},
		{"دوما: after a verb of being", "وقال إن بلاده كانت دوما إلى جانب الشعب.", ent{"دوما", marsad.LOC}, "2018-04-21", false},
		{"دوما: after a pronoun of the first person", "وقال الوزير: نحن دوما مع الحوار.", ent{"دوما", marsad.LOC}, "2018-04-21", false},
		{"دوما: after a verb and before its preposition", "وكان الرئيس يصر دوما على أنه لم يخطئ.", ent{"دوما", marsad.LOC}, "2018-04-21", false},
		{"دوما: after a verb and before ل", "وقال إن التأخيرات تحدث دوما لأسباب فنية.", ent{"دوما", marsad.LOC}, "2018-04-21", false},
		{"دوما: after a verb and before إن", "وقال الوزير: قلنا دوما إننا لن نتراجع.", ent{"دوما", marsad.LOC}, "2018-04-21", false},
		{"دوما: the town after a preposition", "ووصلت القافلة إلى دوما في الغوطة الشرقية.", ent{"دوما", marsad.LOC}, "2018-04-21", true},
		{"دوما: the town as an object", "وعزل الجيش دوما عن باقي الغوطة.", ent{"دوما", marsad.LOC}, "2018-04-21", true},
		{"دوما: the town as a subject of a feminine verb", "وعادت دوما لسيطرة الحكومة في أبريل.", ent{"دوما", marsad.LOC}, "2018-04-21", true},
		{"دوما: the town after a visit", "وقال المسؤول بعد زيارته دوما مع القافلة إن الوضع صعب.", ent{"دوما", marsad.LOC}, "2018-04-21", true},
		{"دوما: the town in a list after هي", "والغوطة مقسمة إلى ثلاثة جيوب هي دوما شمالا وحرستا غربا.", ent{"دوما", marsad.LOC}, "2018-04-21", true},
		{"دوماً: the adverb with its tanween", "وقال إن الحلول لا تأتي دوماً من الخارج.", ent{"دوماً", marsad.LOC}, "2018-04-21", false},
		{"درعاً: a shield with its tanween, not Daraa", "ووقف الأب درعاً أمام أطفاله خلال العاصفة.", ent{"درعاً", marsad.LOC}, "2018-04-21", false},
		{"an adverb with its tanween is no person", "ورد المتحدث، ساخراً، على سؤال الصحفيين.", ent{"ساخراً", marsad.PER}, "2018-04-21", false},
		{"a nationality adjective with its tanween stays", "وطردت الحكومة أمس عشرين دبلوماسياً روسياً.", ent{"روسياً", marsad.LOC}, "2018-04-21", true},
		{"a city with a stray tanween after في stays", "وعاشت الكاتبة طفولتها في فييناً قبل الحرب.", ent{"فييناً", marsad.LOC}, "2018-04-21", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if kept := keptAfterStage(t, tt.text, tt.date, tt.e); kept != tt.kept {
				t.Errorf("%s kept = %v, want %v", tt.e.text, kept, tt.kept)
			}
		})
	}
}

// TestProcliticCut checks the conjunction و left on a rare name by the
// segmenter, taken out where the story writes the name alone elsewhere,
// and a name cut at a hyphen joined again.
func TestProcliticCut(t *testing.T) {
	tests := []struct {
		name, text string
		ents       []ent
		want, gone string // an entity text that must be there, one that must not
	}{
		{"و before a name the story writes alone", "واتهمت الشرطة فلاديسلاف بيلوف وغريغوري كوزلوف بالسرقة. ونفى غريغوري كوزلوف التهمة.",
			[]ent{{"فلاديسلاف بيلوف", marsad.PER}, {"وغريغوري كوزلوف", marsad.PER}, {"غريغوري كوزلوف", marsad.PER}}, "غريغوري كوزلوف", "وغريغوري كوزلوف"},
		{"a syllable after a hyphen is the name's", "وقال وزير الدفاع الكوري الجنوبي سونغ يونغ-مو إن الجيش مستعد.",
			[]ent{{"سونغ يونغ", marsad.PER}}, "سونغ يونغ-مو", "سونغ يونغ"},
		{"a syllable typed apart is taken in", "وقال المستشار تشونغ يوي-يونغ إن القمة ستعقد.",
			[]ent{{"تشونغ يوي", marsad.PER}, {"يونغ", marsad.ORG}}, "تشونغ يوي-يونغ", "يونغ"},
		{"two leaders joined by a hyphen stay two", "وانتهت قمة ترامب-كيم في سنغافورة.",
			[]ent{{"ترامب", marsad.PER}, {"كيم", marsad.PER}}, "كيم", "ترامب-كيم"},
		{"و of a name the story never writes without it stays", "والتقى وديع حداد الوفد. وقال وديع حداد إن اللقاء مفيد.",
			[]ent{{"وديع حداد", marsad.PER}, {"وديع حداد", marsad.PER}}, "وديع حداد", ""},
	}
	st, _ := arabic.NewStage()
	stage := actor.NewStage(lexicon(t))
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := tokenized(st, tt.text, "2018-09-05")
			tag(d, tt.ents)
			if err := stage.Process(d); err != nil {
				t.Fatal(err)
			}
			if !slices.ContainsFunc(d.Entities, func(e marsad.Entity) bool { return e.Text == tt.want }) {
				t.Errorf("entities %v, want %q", d.Entities, tt.want)
			}
			if tt.gone != "" && slices.ContainsFunc(d.Entities, func(e marsad.Entity) bool { return e.Text == tt.gone }) {
				t.Errorf("entities %v, %q left", d.Entities, tt.gone)
			}
		})
	}
}

// TestNameWidened checks that an entity the tagger cut short is widened
// to the whole name: the first letter of a name that the segmentation
// took for a proclitic (كيلي read ك + يلي) is given back where the whole
// word is a word of the lexicon's names and the rest is none, while a real
// proclitic before a name stays out; and a piece of a person's full name
// that the tagger typed a place or a body, a word the lexicon does not
// know, becomes the whole name, a person.
func TestNameWidened(t *testing.T) {
	tests := []struct {
		name, text string
		cut        ent
		want, date string
	}{
		{"ك of Kelly", "وقالت نائبة كيلي السابقة إنها غادرت.", ent{"يلي", marsad.PER}, "كيلي", "2018-08-14"},
		{"ب of Powell", "وقال المتحدث إن باول سيزور المنطقة.", ent{"اول", marsad.PER}, "باول", "2018-08-14"},
		{"و before Russia stays out", "وتحدث الوزير عن العلاقات بين مصر وروسيا.", ent{"روسيا", marsad.LOC}, "روسيا", "2018-08-14"},
		{"و before a country too rare to split is cut", "وتبث المباريات في نيبال وبوتان والهند.", ent{"وبوتان", marsad.LOC}, "بوتان", "2018-08-14"},
		{"ب before a hamza is cut", "وأقيم العشاء في قصر قديم، بأكسفوردشاير، غرب لندن.", ent{"بأكسفوردشاير", marsad.LOC}, "أكسفوردشاير", "2018-08-14"},
		{"an acronym cut at its dots is read whole", "وقال الوزير لهيئة الإذاعة البريطانية (بي.بي.سي) إن الاتفاق قريب.", ent{"بي.", marsad.ORG}, "بي.بي.سي", "2018-08-14"},
		{"an acronym with spaces after its dots is read whole", "وقالت في برنامج تبثه شبكة إيه. بي. سي إن القرار صائب.", ent{"بي.", marsad.ORG}, "إيه. بي. سي", "2018-08-14"},
		{"a title's dot before a short name is no acronym", "وقال د. علي إن المريض بخير.", ent{"علي", marsad.PER}, "علي", "2018-08-14"},
		{"ك of Kalin taken for the preposition is given back", "وقال كالين في مؤتمر صحفي إن العملية مستمرة.", ent{"الين", marsad.PER}, "كالين", "2018-03-07"},
		{"و of Wallace taken for the conjunction is given back", "وقال والاس إن الحكومة سترد.", ent{"الاس", marsad.PER}, "والاس", "2018-08-14"},
		{"ف of a name taken for the conjunction is given back", "وقالت الوزيرة فلورانس بارلي إن القوات باقية.", ent{"لورانس بارلي", marsad.PER}, "فلورانس بارلي", "2018-08-14"},
		{"ف of a car maker taken for the conjunction is given back", "وأعلنت الشركة أن سيارات فورد الجديدة ستصل.", ent{"ورد", marsad.ORG}, "فورد", "2018-08-14"},
		{"ف before a name the lexicon knows stays out", "أما الرئيس فترامب فلم يعلق على الاتفاق.", ent{"ترامب", marsad.PER}, "ترامب", "2018-08-14"},
		{"ف of a name whose rest is a common word of the lexicon is given back", "وقال المدرب فان ديرسن إن الفريق جاهز.", ent{"ان ديرسن", marsad.PER}, "فان ديرسن", "2018-08-14"},
		{"ب of a name after a title is given back", "وقال المتحدث باسم الوزارة المغربية بشير حمداوي إن الموعد ثابت.", ent{"شير حمداوي", marsad.PER}, "بشير حمداوي", "2018-08-14"},
		{"ب of a name after a verb of saying is given back", "وأضاف بروك أن الاتفاق قريب.", ent{"روك", marsad.PER}, "بروك", "2018-08-14"},
		{"a river after درع is read with it, the operation's name", "وسيطرت فصائل درع الفرات على البلدة.", ent{"الفرات", marsad.LOC}, "درع الفرات", "2018-08-14"},
		{"ل of a city after و is given back, و left out", "وسافر الفريق إلى دبي ولاس فيغاس.", ent{"اس فيغاس", marsad.LOC}, "لاس فيغاس", "2018-08-14"},
		{"ب of a city read as the preposition is given back", "وسقط صاروخ على مدينة بئر السبع فجرا.", ent{"ئر السبع", marsad.LOC}, "بئر السبع", "2018-08-14"},
		{"ب of a name after a comma is given back", "وقالت إحدى المعلمات، بيني كولار، إن المدرسة أغلقت.", ent{"يني كولار", marsad.PER}, "بيني كولار", "2018-08-14"},
		{"ب after a verb that asks for it stays out", "والتقى الوفد بماريا سوندرز أمس.", ent{"ماريا سوندرز", marsad.PER}, "ماريا سوندرز", "2018-08-14"},
		{"ب after a participle in ى stays out", "وكلف شقيقه المكنى بأبو طارق بقيادة الجبهة.", ent{"أبو طارق", marsad.PER}, "أبو طارق", "2018-08-14"},
		{"the particle of فإن is left out of a name", "وبحسب الصحيفة فإن كارلسون سيستقيل قريبا.", ent{"إن كارلسون", marsad.PER}, "كارلسون", "2018-08-14"},
		{"the باسم of a spokesman is left out of a name", "ولم يعلق المتحدث باسم هولمغرين على الاتهامات.", ent{"اسم هولمغرين", marsad.PER}, "هولمغرين", "2018-08-14"},
		{"ف before a name of several words the lexicon knows stays out", "أما المشير فخليفة حفتر فلم يعلق على الاتفاق.", ent{"خليفة حفتر", marsad.PER}, "خليفة حفتر", "2018-08-14"},
		{"و of a name that begins with it stays", "ووصل وليد جنبلاط إلى بيروت مساء.", ent{"وليد جنبلاط", marsad.PER}, "وليد جنبلاط", "2018-08-14"},
		{"و of a word inside a name stays out", "وقاتل الجيش في المحفد ووادي حمارا.", ent{"وادي حمارا", marsad.LOC}, "وادي حمارا", "2018-08-14"},
		{"ك before an unknown name stays out", "وتحدث عن مستشارين كبولسن في الحملة.", ent{"بولسن", marsad.PER}, "بولسن", "2018-08-14"},
		{"و of William taken for the conjunction is given back", "ويزور الأمير وليام الأردن الأسبوع المقبل.", ent{"ليام", marsad.PER}, "وليام", "2018-06-14"},
		{"و of Wael taken for the conjunction is given back", "واعتقلت الشرطة المدون وائل سمير فجر اليوم.", ent{"ائل سمير", marsad.PER}, "وائل سمير", "2018-06-14"},
		{"a piece typed a place", "والتقى آبي رئيس الوزراء الصيني لي كه تشيانغ في طوكيو.", ent{"تشيانغ", marsad.LOC}, "لي كه تشيانغ", "2018-05-09"},
		{"a piece typed a body", "وقال لي كه تشيانغ إن الاقتصاد ينمو.", ent{"كه تشيانغ", marsad.ORG}, "كه تشيانغ", "2018-05-09"},
		{"a name cut before an adverb with its tanween", "وقال المهندس كمال غدًا سيبدأ العمل في الجسر.", ent{"كمال غدًا", marsad.PER}, "كمال", "2018-05-09"},
		{"a name cut after a noun with its tanween", "وعين المجلس رئيسا جديدا للنادي خلفاً لميسي في المنصب.", ent{"خلفاً لميسي", marsad.PER}, "ميسي", "2018-05-09"},
		{"a relative pronoun is cut off a person's name", "وقالت خطيبة الأمير فيليب التي التقته أمس إنها سعيدة.", ent{"فيليب التي", marsad.PER}, "فيليب", "2018-05-09"},
		{"a relative pronoun is cut off a body's name", "وردت منظمة كير التي تنفي الاتهامات على التقرير.", ent{"منظمة كير التي", marsad.ORG}, "منظمة كير", "2018-05-09"},
	}
	st, _ := arabic.NewStage()
	stage := actor.NewStage(lexicon(t))
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := tokenized(st, tt.text, tt.date)
			tag(d, []ent{tt.cut})
			if err := stage.Process(d); err != nil {
				t.Fatal(err)
			}
			if !slices.ContainsFunc(d.Entities, func(e marsad.Entity) bool { return e.Text == tt.want }) {
				t.Errorf("entities %v, want %q", d.Entities, tt.want)
			}
		})
	}
}

// TestFirstNameGivenBack checks that a person's first name the tagger
// left out before the name it found is given back: a first name of the
// list, written whole or after the conjunction, one space before the
// name; several in a row; and that the preposition على, علي written for it
// in a text that writes it so, and a name after و are left out. A first
// name given back may change whom the name links to (ميلانيا ترامب is not
// the president).
func TestFirstNameGivenBack(t *testing.T) {
	tests := []struct {
		name, text string
		cut        ent
		want, id   string // the person entity wanted, and its actor's ID ("" for none)
	}{
		{"a transliterated first name", "وصرحت أنغيلا شولتس، مديرة المعهد، بأن البحث انتهى.",
			ent{"شولتس", marsad.PER}, "أنغيلا شولتس", ""},
		{"a first name after the conjunction", "واستقبل السفير وجمال حداد الوفد في المطار.",
			ent{"حداد", marsad.PER}, "جمال حداد", ""},
		{"two first names in a row", "وقال علي عبدالله الفارس إن القصف وقع على القرية.",
			ent{"الفارس", marsad.PER}, "علي عبدالله الفارس", ""},
		{"the wife is not the president", "وقالت ميلانيا ترامب إنها ستزور المستشفى غدا.",
			ent{"ترامب", marsad.PER}, "ميلانيا ترامب", ""},
		{"a first name given back links the minister", "وقال وزير الخارجية مولود تشاوش أوغلو إن المحادثات مستمرة.",
			ent{"تشاوش أوغلو", marsad.PER}, "مولود تشاوش أوغلو", "person/mevlut-cavusoglu"},
		{"the preposition على is no first name", "وقبضت الشرطة على سامي النجار في منزله.",
			ent{"سامي النجار", marsad.PER}, "سامي النجار", ""},
		{"علي for the preposition in a text that writes it so", "وقبضت الشرطة علي حسام النجار وعثرت علي أوراق في منزله.",
			ent{"حسام النجار", marsad.PER}, "حسام النجار", ""},
		{"a name after و is another's", "ويحتجز التنظيم الرهينتين روني موشيه وداني ليفي منذ عام.",
			ent{"وداني ليفي", marsad.PER}, "وداني ليفي", ""},
		{"a first name before a surname that opens with its particle", "وأقالت الجمعية رولاند فان ليمبرغ من منصبه.",
			ent{"فان ليمبرغ", marsad.PER}, "رولاند فان ليمبرغ", ""},
		{"a first name and the particle before the surname", "وقال السفير كاريل فان دير بيرغ إن المجلس سيجتمع.",
			ent{"دير بيرغ", marsad.PER}, "كاريل فان دير بيرغ", ""},
		{"a first name the segmenter reads with a suffix", "وقال القاضي إريك فان دير هوفن إن الجلسة أرجئت.",
			ent{"دير هوفن", marsad.PER}, "إريك فان دير هوفن", ""},
		{"a particle after no first name stays out", "وكان فان دير هولت قد عمل في الشركة.",
			ent{"دير هولت", marsad.PER}, "دير هولت", ""},
		{"فان for فإن is no particle", "وبحسب المصادر، فان فراس النجار غادر البلاد.",
			ent{"فراس النجار", marsad.PER}, "فراس النجار", ""},
	}
	st, _ := arabic.NewStage()
	stage := actor.NewStage(lexicon(t))
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := tokenized(st, tt.text, "2018-03-14")
			tag(d, []ent{tt.cut})
			if err := stage.Process(d); err != nil {
				t.Fatal(err)
			}
			i := slices.IndexFunc(d.Entities, func(e marsad.Entity) bool { return e.Text == tt.want })
			if i < 0 {
				t.Fatalf("entities %v, want %q", d.Entities, tt.want)
			}
			id := ""
			if a := d.Entities[i].Actor; a != nil {
				id = a.ID
			}
			if id != tt.id {
				t.Errorf("%q linked to %q, want %q", tt.want, id, tt.id)
			}
		})
	}
}

// TestKurdistan checks the Kurdistan region of Iraq: كردستان alone is the
// Iraqi region in a story about Iraq, but not after a point of the compass
// (غرب كردستان: Syria's Kurds) nor in a story about Syria; the Kurdistan
// Democratic Party of Iran is not Barzani's party, and a party's longer
// name that runs on with an adjective of no country keeps its party.
func TestKurdistan(t *testing.T) {
	tests := []struct {
		name, text string
		ents       []ent
		want, code string // the entity and its actor's code ("" for none)
	}{
		{"alone in a story about Iraq", "وقالت بغداد إن الرواتب ستصل إلى الموظفين في كردستان الشهر المقبل.",
			[]ent{{"بغداد", marsad.LOC}, {"كردستان", marsad.LOC}}, "كردستان", "IRQKUR"},
		{"after a point of the compass", "وقالت بغداد إن المقاتلين عبروا الحدود إلى غرب كردستان.",
			[]ent{{"بغداد", marsad.LOC}, {"كردستان", marsad.LOC}}, "كردستان", ""},
		{"in a story about Syria", "وتسيطر الوحدات الكردية على مناطق في شمال سوريا يسميها الأكراد كردستان، وتقول دمشق إنها أرض سورية.",
			[]ent{{"سوريا", marsad.LOC}, {"كردستان", marsad.LOC}, {"دمشق", marsad.LOC}}, "كردستان", ""},
		{"the Iranian party of the same name", "وقتل اثنان من أعضاء الحزب الديمقراطي الكردستاني الإيراني قرب أربيل.",
			nil, "الحزب الديمقراطي الكردستاني", ""},
		{"a party's name run on by another adjective", "وفاز المرشح في انتخابات الحزب الجمهوري الأمريكي الداخلية.",
			[]ent{{"الحزب الجمهوري الأمريكي", marsad.ORG}}, "الحزب الجمهوري الأمريكي", "USAPTY"},
	}
	st, _ := arabic.NewStage()
	stage := actor.NewStage(lexicon(t))
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := tokenized(st, tt.text, "2018-03-14")
			tag(d, tt.ents)
			if err := stage.Process(d); err != nil {
				t.Fatal(err)
			}
			i := slices.IndexFunc(d.Entities, func(e marsad.Entity) bool { return e.Text == tt.want })
			if i < 0 {
				t.Fatalf("entities %v, want %q", d.Entities, tt.want)
			}
			code := ""
			if a := d.Entities[i].Actor; a != nil {
				code = a.Code
			}
			if code != tt.code {
				t.Errorf("%q linked to %q, want %q", tt.want, code, tt.code)
			}
		})
	}
}

// TestNationalBureau checks that Interpol named with a country's
// adjective, after its name or inside it, is that country's bureau, its
// police; alone it is the international body.
func TestNationalBureau(t *testing.T) {
	tests := []struct {
		name, text string
		ent        ent
		want       string
	}{
		{"the adjective after the name", "وأعلن الإنتربول المغربي توقيف رجل مطلوب في قضية تزوير.", ent{"الإنتربول", marsad.ORG}, "MARCOP"},
		{"the adjective inside the entity", "وعمل مديرا لمكتب الإنتربول الأردني قبل تقاعده.", ent{"مكتب الإنتربول الأردني", marsad.ORG}, "JORCOP"},
		{"alone it is the international body", "وأصدر الإنتربول نشرة حمراء بحق رجل أعمال فار.", ent{"الإنتربول", marsad.ORG}, "IGO"},
	}
	st, _ := arabic.NewStage()
	stage := actor.NewStage(lexicon(t))
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := tokenized(st, tt.text, "2018-10-08")
			tag(d, []ent{tt.ent})
			if err := stage.Process(d); err != nil {
				t.Fatal(err)
			}
			i := slices.IndexFunc(d.Entities, func(e marsad.Entity) bool { return e.Text == tt.ent.text })
			if i < 0 {
				t.Fatalf("entities %v, want %q", d.Entities, tt.ent.text)
			}
			code := ""
			if a := d.Entities[i].Actor; a != nil {
				code = a.Code
			}
			if code != tt.want {
				t.Errorf("%q linked to %q, want %q", tt.ent.text, code, tt.want)
			}
		})
	}
}

// TestPrepositionAlaDropped checks a person entity that took the
// preposition على in as the first name علي: on a name head and a person of
// the lexicon the preposition is left out; a name of its own stays.
func TestPrepositionAlaDropped(t *testing.T) {
	tests := []struct {
		name, text, ent, want string
	}{
		{"a kunya of the lexicon after على", "وقبضت الشرطة على أبو الفتوح بعد عودته من الخارج.", "على أبو الفتوح", "أبو الفتوح/person/abdel-moneim-aboul-fotouh"},
		{"علي with its ي stays", "وقال علي أبو الفتوح إن المحل أغلق.", "علي أبو الفتوح", "علي أبو الفتوح/"},
		{"a name the lexicon lacks stays whole", "وقبضت الشرطة على أبو سالم بعد عودته.", "على أبو سالم", "على أبو سالم/"},
	}
	st, _ := arabic.NewStage()
	stage := actor.NewStage(lexicon(t))
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := tokenized(st, tt.text, "2018-02-26")
			tag(d, []ent{{tt.ent, marsad.PER}})
			if err := stage.Process(d); err != nil {
				t.Fatal(err)
			}
			got := ""
			for _, e := range d.Entities {
				if e.Type == marsad.PER {
					got = e.Text + "/"
					if e.Actor != nil {
						got += e.Actor.ID
					}
				}
			}
			if got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

// TestCommonNounsDropped checks that common nouns the tagger took for
// names are dropped (a noun with a pronoun suffix, a common noun of place)
// and that no army is made of a region's adjective, while names stay.
func TestCommonNounsDropped(t *testing.T) {
	tests := []struct {
		name, text string
		ent        ent
		kept       bool
	}{
		{"a plural noun with her", "وقالت المغنية إن أصدقاؤها تخلوا عنها في المحنة.", ent{"أصدقاؤها", marsad.PER}, false},
		{"a declined noun with his", "وقال المحامي إن موكله يلاحقه أعداؤه منذ سنوات.", ent{"أعداؤه", marsad.PER}, false},
		{"a name ending in ه", "وقالت الممثلة ديبوراه إنها ستعود إلى المسرح.", ent{"ديبوراه", marsad.PER}, true},
		{"a name ending in هم", "وقال المدرب براهم إن فريقه جاهز للمباراة.", ent{"براهم", marsad.PER}, true},
		{"the peninsula", "ودعا الوزير إلى نزع السلاح النووي من شبه الجزيرة بالكامل.", ent{"شبه الجزيرة", marsad.LOC}, false},
		{"the city of the story", "وفر آلاف السكان من المدينة بعد القصف.", ent{"المدينة", marsad.LOC}, false},
		{"Medina beside Mecca", "ويزور الحجاج مكة ثم يتوجهون إلى المدينة.", ent{"المدينة", marsad.LOC}, true},
		{"floods are not Seoul", "وتسببت أمطار غزيرة وسيول جارفة في مقتل عشرة أشخاص.", ent{"سيول", marsad.LOC}, false},
		{"Seoul visited stays", "وزار الرئيس سيول الأسبوع الماضي.", ent{"سيول", marsad.LOC}, true},
		{"a dictionary before its name", "وكانت الكلمة الأكثر بحثا في قاموس أكسفورد هذا العام.", ent{"قاموس", marsad.ORG}, false},
		{"a region's army is none", "ويدعو بعض القادة إلى إنشاء الجيش الأوروبي خلال عقد.", ent{}, false},
		{"a demonstrative opens no name", "وتقدمت هاتان الكتلتان على منافسيهما في الانتخابات.", ent{"هاتان الكتلتان", marsad.PER}, false},
		{"the cleric's title is no name", "وخطب آية الله حسن مهدوي في المصلين يوم الجمعة.", ent{"الله", marsad.MISC}, false},
		{"God after another word stays", "وقال إن النصر جاء بفضل من الله وحده.", ent{"الله", marsad.MISC}, true},
		{"warily is no place", "وتعاملت الشركات مع السوق بتوجس شديد.", ent{"بتوجس", marsad.LOC}, false},
		{"a Saudi adjective is no place", "وتجمع الصحفيون أمام القنصلية السعودية في المدينة.", ent{"السعودية", marsad.LOC}, false},
		{"Saudi Arabia after a conjunction stays", "وزار الوزير الإمارات والسعودية الأسبوع الماضي.", ent{"السعودية", marsad.LOC}, true},
		{"financial is no Mali", "ومن حقها الحصول على تعويض مالي بعد سنة من العمل.", ent{"مالي", marsad.LOC}, false},
		{"Mali after a place noun stays", "وقتل عشرة جنود في هجوم في شمال مالي.", ent{"مالي", marsad.LOC}, true},
		{"a financial centre is no Mali", "وتسعى الحكومة إلى تحويل العاصمة إلى مركز مالي إقليمي.", ent{"مالي", marsad.LOC}, false},
		{"a financial inquiry is no Mali", "وأمر الوزير بإجراء تحقيق مالي في الصفقة.", ent{"مالي", marsad.LOC}, false},
		{"my own money is no Mali", "وقال إنه دفع ثمن الرحلة من مالي الخاص.", ent{"مالي", marsad.LOC}, false},
		{"Mali after من stays", "ووصل المهاجر إلى فرنسا قادما من مالي قبل عام.", ent{"مالي", marsad.LOC}, true},
		{"a quota is no place", "ولم يتخل القانون عن الكوتا الطائفية في توزيع المقاعد.", ent{"الكوتا", marsad.LOC}, false},
		{"rap music is no name", "وكتبت الشاعرة أغاني الراب عن حقوق النساء.", ent{"الراب", marsad.MISC}, false},
		{"a ship's captain is no person's name", "وأبلغ قبطان الناقلة السلطات بالعطل.", ent{"قبطان", marsad.PER}, false},
		{"body armour worn is no Daraa", "ودخل المسلح المبنى وهو يرتدي درعا ويحمل بندقية.", ent{"درعا", marsad.LOC}, false},
		{"a human shield is no Daraa", "واتهم الجيش المسلحين باستخدام الأهالي درعا بشرية.", ent{"درعا", marsad.LOC}, false},
		{"Daraa the city stays", "وقصفت الطائرات ريف درعا الشرقي ليلا.", ent{"درعا", marsad.LOC}, true},
		{"a disaster area is no place", "وأعلنت الحكومة الوادي منطقة منكوبة بعد السيول.", ent{"منكوبة", marsad.LOC}, false},
		{"pneumonia's adjective is no name", "وأدخل اللاعب المستشفى لإصابته بالتهاب رئوي حاد.", ent{"رئوي", marsad.MISC}, false},
		{"the brink is no name", "وحذر الوسيط من أن البلدين يقفان على حافة الهاوية.", ent{"الهاوية", marsad.MISC}, false},
		{"a comic actor's adjective is no name", "وسخر الممثل الكوميدي من الوزير في برنامجه.", ent{"الكوميدي", marsad.MISC}, false},
		{"a spiritual role is no Rouhani", "ويرى الإمام أن دوره روحاني قبل كل شيء.", ent{"روحاني", marsad.PER}, false},
		{"a spiritual leader is no Rouhani", "ويعد الشيخ زعيما روحيا للطائفة، وهو زعيم روحاني لأتباعه.", ent{"روحاني", marsad.PER}, false},
		{"spiritual paired with another adjective is no Rouhani", "وسألته: هل الهدف اجتماعي أم روحاني؟", ent{"روحاني", marsad.PER}, false},
		{"Rouhani after his counterpart stays", "واتصل الرئيس الروسي بنظيره روحاني مساء أمس.", ent{"روحاني", marsad.PER}, true},
		{"Rouhani after a conjunction stays", "وبحث الوزير الملف مع ظريف وروحاني في طهران.", ent{"روحاني", marsad.PER}, true},
		{"Raab the family name stays", "ورفض الوزير دومينيك راب القول متى تنشر الخطة.", ent{"راب", marsad.PER}, true},
		{"Saudi Arabia after إلى stays", "وقال إن بلاده بحاجة إلى السعودية في حربها.", ent{"السعودية", marsad.LOC}, true},
		{"Saudi Arabia as a subject stays", "وأعلنت السعودية أمس أنها سترد على القرار.", ent{"السعودية", marsad.LOC}, true},
		{"a verb after a relative pronoun", "وقال سامر الذي زار باريس العام الماضي إنه سيعود.", ent{"زار", marsad.PER}, false},
		{"opened after a relative pronoun", "ومرت الشاحنات عبر البوابة التي فتح حراسها الطريق لها.", ent{"فتح", marsad.ORG}, false},
		{"a rank after ك", "وكان مسجلا كرائد في الجيش منذ سنوات.", ent{"رائد", marsad.PER}, false},
		{"a name after a relative's verb stays", "وهو الذي قابل ترامب العام الماضي.", ent{"ترامب", marsad.PER}, true},
		{"a name after ك stays", "وكان يعمل مع مساعدين كبول منافورت في الحملة.", ent{"بول منافورت", marsad.PER}, true},
		{"a name with an article after a demonstrative stays", "وقال هذا إن ماري لوبان ستترشح.", ent{"ماري لوبان", marsad.PER}, true},
		{"a preposition of place is no person", "وألقى الوزير كلمة أمام النواب صباح اليوم.", ent{"أمام", marsad.PER}, false},
		{"an adverb of time is no person", "وقال المتحدث حينئذ إن الطائرة سقطت في البحر.", ent{"حينئذ", marsad.PER}, false},
		{"a birthplace is no Muscat", "بعد تنظيم مظاهرات في مسقط رأسه.", ent{"مسقط", marsad.LOC}, false},
		{"they wanted is no Jordan", "وقالت المحامية إن موكلاتها أردن الحديث إلى الصحافة.", ent{"أردن", marsad.LOC}, false},
		{"Jordan with its article stays", "ووصل الوزير إلى الأردن في زيارة رسمية.", ent{"الأردن", marsad.LOC}, true},
		{"Muscat the capital stays", "ووصل الوزير إلى مسقط في زيارة رسمية.", ent{"مسقط", marsad.LOC}, true},
		{"a sum in dollars is no name", "ودفعت الشركة غرامة قدرها خمسة آلاف دولار للبلدية.", ent{"دولار", marsad.MISC}, false},
		{"a currency after ل is no name", "وارتفع سعر صرف الجنيه مقابل للدولار في السوق.", ent{"للدولار", marsad.MISC}, false},
		{"a currency with its nationality is no place", "وبلغت قيمة العقد مليوني ريال سعودي هذا العام.", ent{"ريال سعودي", marsad.MISC}, false},
		{"the euro area is the region's name", "وتراجعت أسهم البنوك في منطقة اليورو أمس.", ent{"اليورو", marsad.LOC}, true},
		{"a currency typed ORG is no body", "وفقد الريال الإيراني ثلث قيمته منذ أبريل.", ent{"الريال", marsad.ORG}, false},
		{"a pound sterling is no name", "وبيعت اللوحة بمليون جنيه إسترليني في المزاد.", ent{"جنيه إسترليني", marsad.MISC}, false},
		{"a currency typed ORG after a number word is a sum", "وقدرت النفقات بنحو 640 مليار ريال في الموازنة.", ent{"ريال", marsad.ORG}, false},
		{"a currency typed ORG after a number is a sum", "وبلغ سعر التذكرة 250 ريال للشخص.", ent{"ريال", marsad.ORG}, false},
		{"a club opened by ريال stays", "وفاز ريال مدريد على ضيفه بثلاثة أهداف.", ent{"ريال مدريد", marsad.ORG}, true},
		{"Real Madrid in a football story stays", "وسجل المهاجم هدفين في مرمى الريال خلال المباراة.", ent{"الريال", marsad.ORG}, true},
		{"a nationality adjective after a city is no place", "وسيطرت القوات على مدينة منبج السورية بعد معارك.", ent{"السورية", marsad.LOC}, false},
		{"an indefinite nationality adjective is no place", "وأعلنت الحكومة عن استثمارات كويتية في قطاع الطاقة.", ent{"كويتية", marsad.LOC}, false},
		{"a Soviet adjective is no place", "وصنعت هذه الدبابات في العهد السوفييتي قبل عقود.", ent{"السوفييتي", marsad.LOC}, false},
		{"a country that spells no adjective stays", "وقالت الحكومة إن سورية ترفض القرار.", ent{"سورية", marsad.LOC}, true},
		{"Syrian after a plural noun is no place", "وقاتلت فصائل سورية إلى جانب القوات التركية في الشمال.", ent{"سورية", marsad.LOC}, false},
		{"Syrian after an indefinite adjective is no place", "وقصفت المقاتلات مخازن عسكرية سورية قرب الحدود.", ent{"سورية", marsad.LOC}, false},
		{"Syrian before another adjective is no place", "وقالت صحف سورية رسمية إن الطريق فتح أمس.", ent{"سورية", marsad.LOC}, false},
		{"Syria after a noun in construct stays", "وتحدث الوزير عن مستقبل سورية بعد الحرب.", ent{"سورية", marsad.LOC}, true},
		{"a port with its possessor is no place", "وأغلقت السلطات المدينة ومينائها أمام السفن.", ent{"مينائها", marsad.LOC}, false},
		{"a city that ends like a suffix stays", "ووصلت القافلة إلى مدينة سبها في الجنوب.", ent{"سبها", marsad.LOC}, true},
		{"a nationality after a definite noun is no person", "وقال الرئيس المصري إن المفاوضات مستمرة.", ent{"المصري", marsad.PER}, false},
		{"a nisba after a verb is a person's name", "وتابع السويدي أن القرار غير مبرر.", ent{"السويدي", marsad.PER}, true},
		{"a nisba after a first name stays", "وسافر شاكر المصري مع عائلته إلى الخارج.", ent{"المصري", marsad.PER}, true},
		{"a city spelt like an adjective after في stays", "ووقع الزلزال في كوبي قبل عقود.", ent{"كوبي", marsad.LOC}, true},
	}
	st, _ := arabic.NewStage()
	stage := actor.NewStage(lexicon(t))
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := tokenized(st, tt.text, "2018-03-13")
			if tt.ent.text != "" {
				tag(d, []ent{tt.ent})
			}
			if err := stage.Process(d); err != nil {
				t.Fatal(err)
			}
			want := tt.ent.text
			if want == "" {
				want = "الجيش الأوروبي"
			}
			kept := slices.ContainsFunc(d.Entities, func(e marsad.Entity) bool { return e.Text == want })
			if kept != tt.kept {
				t.Errorf("%s kept = %v, want %v", want, kept, tt.kept)
			}
		})
	}
}

// TestBareNamesake checks a bare family name after a full name of three
// words that opens with it: the bare name is the one named there, not the
// lexicon's person of that name.
func TestBareNamesake(t *testing.T) {
	tests := []struct {
		name, text string
		ents       []string // the tagger's PER entities; the last is the bare name
		want       string   // the bare name's actor name, "" for none
	}{
		{"the brother named before", "وكان كيم جونغ نام بعيدا عن أسرته، واختار الأب أخاه كيم جونغ أون. وأمضى كيم سنوات في الخارج.",
			[]string{"كيم جونغ نام", "كيم جونغ أون", "كيم"}, ""},
		{"a general named before", "واستقبل رئيس كوريا الجنوبية موفد كوريا الشمالية الجنرال كيم يونغ شول في القصر. ثم عقد اجتماعا مع كيم دام ساعة.",
			[]string{"كيم يونغ شول", "كيم"}, "كيم يونغ شول"},
		{"the leader named alone before", "ووعد الزعيم كيم جونغ أون بوقف التجارب. وأكد كيم أن الحوار ممكن.",
			[]string{"كيم جونغ أون", "كيم"}, "كيم جونغ أون"},
	}
	st, _ := arabic.NewStage()
	stage := actor.NewStage(lexicon(t))
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := tokenized(st, tt.text, "2018-03-07")
			var ents []ent
			for _, e := range tt.ents {
				ents = append(ents, ent{e, marsad.PER})
			}
			tag(d, ents)
			if err := stage.Process(d); err != nil {
				t.Fatal(err)
			}
			last := d.Entities[len(d.Entities)-1]
			got := ""
			if last.Actor != nil {
				got = last.Actor.Name
			}
			if last.Text != "كيم" || got != tt.want {
				t.Errorf("%s: actor %q, want %q", last.Text, got, tt.want)
			}
		})
	}
}

// TestPluralPlaceName checks that حماة is added as the Syrian city only
// where no noun it governs follows (حماة الأبقار: "the protectors of").
func TestPluralPlaceName(t *testing.T) {
	tests := []struct {
		name, text string
		want       string // the code of the entity حماة added, "" for none
	}{
		{"the city with a direction after it", "وقصفت الطائرات ريف حماة الجنوبي صباح الأحد.", "SYR"},
		{"the city and another joined by و", "وتقدمت القوات في حماة وحلب خلال الأسبوع.", "SYR"},
		{"the city at the end of a sentence", "وقتل ثلاثة مدنيين في قصف على حماة.", "SYR"},
		{"protectors of cows", "وهاجمت مجموعة من حماة الأبقار الشاحنة على الطريق.", ""},
		{"protectors of a man", "وقال القائد إن معسكر حماة ترامب في المنطقة يتراجع.", ""},
	}
	st, _ := arabic.NewStage()
	stage := actor.NewStage(lexicon(t))
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := tokenized(st, tt.text, "2018-06-13")
			if err := stage.Process(d); err != nil {
				t.Fatal(err)
			}
			got := ""
			for _, e := range d.Entities {
				if e.Text == "حماة" && e.Actor != nil {
					got = e.Actor.Code
				}
			}
			if got != tt.want {
				t.Errorf("حماة linked to %q, want %q", got, tt.want)
			}
		})
	}
}

// TestSpeakerRoleAtHome checks a speaker named by a role alone, which
// takes the country the story leads with, except a former holder's role or
// an envoy's, who may serve another country; and a title that holds no
// office of the state: the head of a private body (an Olympic committee, a
// company) is of his country at most, a former or retired holder has no
// actor, and a title in a body the lexicon names (الاتحاد الأوروبي) still
// holds its office. The head or the council of a union speaks for labour
// (LAB), not for the state, unless a minister is named with it. One
// described as أممي speaks for the United Nations.
func TestSpeakerRoleAtHome(t *testing.T) {
	tests := []struct {
		name, speaker, want string
	}{
		{"a minister's deputy of the story's country", "نائب وزير الخارجية", "YEMGOV"},
		{"a former minister's deputy", "النائب السابق لوزير الخارجية", ""},
		{"an ambassador", "السفير", ""},
		{"local sources of the story's country", "مصادر محلية", "YEM"},
		{"the outlet's own sources", "مصادرنا", ""},
		{"many sources", "مصادر متعددة", ""},
		{"the head of an Olympic committee", "رئيس اللجنة الأولمبية البلجيكية", "BEL"},
		{"a former prime minister", "رئيس الوزراء البلجيكي الأسبق", ""},
		{"a retired admiral", "الأميرال المتقاعد من البحرية البلجيكية", ""},
		{"a company's spokesman at home", "متحدث باسم الشركة", ""},
		{"an ambassador to the EU", "السفير البلجيكي في الاتحاد الأوروبي", "BELGOV"},
		{"a minister at home", "وزير التخطيط", "YEMGOV"},
		{"the head of the unions' council is labour", "رئيس مجلس النقباء", "YEMLAB"},
		{"a union's head with its country is labour", "نقيب المحامين اليمنيين", "YEMLAB"},
		{"a union's body is labour", "النقابات المهنية", "YEMLAB"},
		{"a minister of unions is the state's", "وزير العمل والنقابات", "YEMGOV"},
		{"a club's member in a capital is of the country", "عضو نادي الطلاب في صنعاء", "YEM"},
		{"an official of the United Nations, not of the story's country", "مسؤول أممي", "IGOUNO"},
		{"the woman official of the United Nations", "المسؤولة الأممية", "IGOUNO"},
		{"a former official of the United Nations", "المسؤول الأممي السابق", ""},
		{"a governor at home", "المحافظ", "YEMGOV"},
		{"a conservative deputy is no governor", "النائب المحافظ", ""},
		{"a veteran of the conservative party is no governor", "أحد قدامى الحزب المحافظ", ""},
	}
	st, _ := arabic.NewStage()
	stage := actor.NewStage(lexicon(t))
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := speakerInYemenStory(t, st, stage, tt.speaker); got != tt.want {
				t.Errorf("speaker %q linked to %q, want %q", tt.speaker, got, tt.want)
			}
		})
	}
}

// TestSpeakerRepeat checks a speaker named by a head noun alone (البيان،
// الوكالة) taking the actor of the speaker of the last full mention with
// that head (بيان لوزارة ...، وكالة الأنباء ...، الوزارة في بيان), when
// the article named other bodies or statements before it; an office or
// body of a state named again by its first words (الجيش الأردني ...
// الجيش) takes the actor of that earlier speaker, another body does not.
func TestSpeakerRepeat(t *testing.T) {
	tests := []struct {
		name, text string
		ents       []ent
		first      string // the speaker of the quotation before
		repeat     string // the speaker named by its head alone, last in text
		want       string
	}{
		{"a statement of a ministry after another's", "أصدرت وزارة الخارجية الروسية بيانا حول العقوبات. وقال بيان لوزارة الخزانة الأمريكية إن العقوبات طالت ستة أفراد. وأوضح البيان أن العقوبات تشمل شركات طيران.",
			[]ent{{"وزارة الخارجية الروسية", marsad.ORG}, {"وزارة الخزانة الأمريكية", marsad.ORG}}, "بيان لوزارة الخزانة الأمريكية", "البيان", "USAGOV"},
		{"a statement after its speaker", "أصدرت وزارة الخارجية الروسية بيانا حول الاتفاق. وأفادت وزارة الخارجية الفرنسية في بيان أن الاتفاق ضروري. وتابع البيان أن المعلومات الجديدة تؤكد ذلك.",
			[]ent{{"وزارة الخارجية الروسية", marsad.ORG}, {"وزارة الخارجية الفرنسية", marsad.ORG}}, "وزارة الخارجية الفرنسية", "البيان", "FRAGOV"},
		{"the last statement is no speaker's", "وقال بيان لوزارة الخزانة الأمريكية إن العقوبات طالت ستة أفراد. وأصدرت وزارة الخارجية الروسية بيانا مختلفا. وأوضح البيان أن العقوبات تشمل شركات طيران.",
			[]ent{{"وزارة الخزانة الأمريكية", marsad.ORG}, {"وزارة الخارجية الروسية", marsad.ORG}}, "بيان لوزارة الخزانة الأمريكية", "البيان", ""},
		{"an agency named again", "ونشرت وكالة محلية صورا من القمة. وأوردت وكالة الأنباء الكورية الشمالية الرسمية أن الزعيمين اتفقا على اللقاء. وتابعت الوكالة أن اللقاء سيعقد قريبا.",
			[]ent{{"كوريا الشمالية", marsad.LOC}}, "وكالة الأنباء الكورية الشمالية الرسمية", "الوكالة", "PRKMED"},
		{"an embassy's statement is its country's, not the host's", "أصدرت السفارة الأمريكية لدى إسرائيل بيانا أكدت فيه أن السفير لم يعلم. وأوضح البيان أن السياسة لم تتغير.",
			[]ent{{"إسرائيل", marsad.LOC}}, "السفارة الأمريكية", "البيان", "USA"},
		{"an army named again by its head", "أعلن الجيش الأردني أنه أحبط محاولة تهريب على الحدود. وأوضح الجيش أن المهربين فروا.",
			[]ent{{"الجيش الأردني", marsad.ORG}}, "الجيش الأردني", "الجيش", "JORMIL"},
		{"an army named again by its head in a story of another people", "أعلن الجيش الإسرائيلي أن قواته أوقفت قاربا فلسطينيا قرب غزة. وقال الجيش إن القارب الفلسطيني نقل إلى ميناء غزة بعد تفتيش الفلسطينيين.",
			[]ent{{"الجيش الإسرائيلي", marsad.ORG}, {"غزة", marsad.LOC}, {"غزة", marsad.LOC}}, "الجيش الإسرائيلي", "الجيش", "ISRMIL"},
		{"a prosecution named again by its head", "قالت النيابة العامة في السعودية إن التحقيق انتهى. وذكرت النيابة أن المتهمين اعترفوا.",
			[]ent{{"السعودية", marsad.LOC}}, "النيابة العامة في السعودية", "النيابة", "SAU"},
		{"a head with a name of its own", "التقى الأمير سامي الرئيس محمود عباس. وقال الأمير سامي لعباس إن الزيارة مهمة. وأضاف الأمير سامي أن الحل ممكن.",
			[]ent{{"محمود عباس", marsad.PER}}, "الأمير سامي لعباس", "الأمير سامي", ""},
		{"a head that is no state's body", "قالت الشركة المشغلة للمترو في العاصمة الأوكرانية إن المحطات أغلقت. وذكرت الشركة أن الركاب أخلوا.",
			[]ent{}, "الشركة المشغلة للمترو في العاصمة الأوكرانية", "الشركة", ""},
		{"a minister named again by his bare title", "قال وزير الخارجية الأردني إن الحدود آمنة. وأضاف الوزير أن المعابر ستفتح قريبا.",
			[]ent{}, "وزير الخارجية الأردني", "الوزير", "JORGOV"},
		{"a spokesman named again by his bare title", "قال متحدث باسم وزارة الخارجية الأردنية إن السفير استدعي. وتابع المتحدث أن الرد سيكون حازما.",
			[]ent{{"وزارة الخارجية الأردنية", marsad.ORG}}, "متحدث باسم وزارة الخارجية الأردنية", "المتحدث", "JORGOV"},
		{"a governor named again with his title keeps his office", "قال محافظ عدن سامي الحمادي إن الطرق مغلقة. وأكد المحافظ سامي الحمادي أن الحوار معطل.",
			[]ent{{"عدن", marsad.LOC}, {"سامي الحمادي", marsad.PER}, {"سامي الحمادي", marsad.PER}}, "محافظ عدن سامي الحمادي", "المحافظ سامي الحمادي", "YEMGOV"},
		{"a governor named again by his name keeps his office", "قال محافظ عدن سامي الحمادي إن الطرق مغلقة. وأكد سامي الحمادي أن الحوار معطل.",
			[]ent{{"عدن", marsad.LOC}, {"سامي الحمادي", marsad.PER}, {"سامي الحمادي", marsad.PER}}, "محافظ عدن سامي الحمادي", "سامي الحمادي", "YEMGOV"},
		{"a researcher of a region is not its office", "قال الباحث في شؤون شرق إفريقيا سامي الحمادي إن الطرق مغلقة. وأكد الحمادي أن الحوار معطل.",
			[]ent{{"إفريقيا", marsad.LOC}, {"سامي الحمادي", marsad.PER}, {"الحمادي", marsad.PER}}, "الباحث في شؤون شرق إفريقيا سامي الحمادي", "الحمادي", ""},
		{"a bare title after a body named by another head", "قال رئيس البرلمان الأردني إن الجلسة تأجلت. وأضاف الوزير أن الحوار مستمر.",
			[]ent{}, "رئيس البرلمان الأردني", "الوزير", ""},
	}
	st, _ := arabic.NewStage()
	stage := actor.NewStage(lexicon(t))
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := tokenized(st, tt.text, "2018-06-13")
			tag(d, tt.ents)
			first := len([]rune(tt.text[:strings.Index(tt.text, tt.first)]))
			at := len([]rune(tt.text[:strings.LastIndex(tt.text, tt.repeat)]))
			d.Quotes = []marsad.Quote{
				{Kind: marsad.Indirect, Speaker: &marsad.Mention{Span: marsad.Span{Start: first, End: first + len([]rune(tt.first))}, Text: tt.first}},
				{Kind: marsad.Indirect, Speaker: &marsad.Mention{Span: marsad.Span{Start: at, End: at + len([]rune(tt.repeat))}, Text: tt.repeat}},
			}
			if err := stage.Process(d); err != nil {
				t.Fatal(err)
			}
			if got := codeOf(d.Quotes[1].Speaker.Actor); got != tt.want {
				t.Errorf("speaker linked to %q, want %q (first: %q)", got, tt.want, codeOf(d.Quotes[0].Speaker.Actor))
			}
		})
	}
}

// TestHeadAfterUnlinkedConstruct checks that a body named by its head
// alone (الشرطة) keeps the actor of the body named in full before it
// (الشرطة الأردنية), though a speaker with no actor opened with the head
// in a construct between them (شرطة العاصمة).
func TestHeadAfterUnlinkedConstruct(t *testing.T) {
	text := "قالت الشرطة الأردنية إن الطريق أغلق. وقالت شرطة العاصمة إن السير عاد. وأضافت الشرطة أن التحقيق مستمر."
	st, _ := arabic.NewStage()
	stage := actor.NewStage(lexicon(t))
	d := tokenized(st, text, "2018-06-13")
	for _, sp := range []string{"الشرطة الأردنية", "شرطة العاصمة"} {
		at := len([]rune(text[:strings.Index(text, sp)]))
		d.Quotes = append(d.Quotes, marsad.Quote{Kind: marsad.Indirect, Speaker: &marsad.Mention{Span: marsad.Span{Start: at, End: at + len([]rune(sp))}, Text: sp}})
	}
	at := len([]rune(text[:strings.LastIndex(text, "الشرطة")]))
	d.Quotes = append(d.Quotes, marsad.Quote{Kind: marsad.Indirect, Speaker: &marsad.Mention{Span: marsad.Span{Start: at, End: at + len([]rune("الشرطة"))}, Text: "الشرطة"}})
	if err := stage.Process(d); err != nil {
		t.Fatal(err)
	}
	if got := codeOf(d.Quotes[2].Speaker.Actor); got != "JORCOP" || d.Quotes[1].Speaker.Actor != nil {
		t.Errorf("speaker linked to %q, want JORCOP (first: %q, second: %v)", got, codeOf(d.Quotes[0].Speaker.Actor), d.Quotes[1].Speaker.Actor)
	}
}

// TestHeadAntecedent checks a speaker named by a head alone (الحركة،
// المجلس) that no speaker before names: the last name before it that
// opens with the head without its article stands for it, when it is
// linked and no preposition stands before it.
func TestHeadAntecedent(t *testing.T) {
	tests := []struct{ name, story, ent, speaker, want string }{
		{"a movement named before", "وتبنت حركة حماس الهجوم على الموقع. ", "حركة حماس", "الحركة", "PSEREBHMS"},
		{"a council named before", "ودعا مجلس الأمن الدولي إلى وقف القتال. ", "مجلس الأمن الدولي", "المجلس", "IGOUNO"},
		{"a name after a preposition", "وهو قيادي بارز لحركة حماس في الخارج. ", "حماس", "الحركة", ""},
	}
	st, _ := arabic.NewStage()
	stage := actor.NewStage(lexicon(t))
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text := tt.story + "وقالت " + tt.speaker + " إن الهجوم صد."
			d := tokenized(st, text, "2018-06-13")
			tag(d, []ent{{tt.ent, marsad.ORG}})
			at := len([]rune(tt.story + "وقالت "))
			if got := speakerCode(t, stage, d, tt.speaker, at, "الهجوم صد"); got != tt.want {
				t.Errorf("speaker linked to %q, want %q", got, tt.want)
			}
		})
	}
}

// TestTitledSurname checks a speaker named by his surname alone after a
// first mention linked by his title to an office that no entity linked
// (وزير التخطيط سامي الحمادي → YEMGOV, then الحمادي): the same actor; not
// a country alone (المحامي اليمني) nor another person's surname. A
// spokesman named alone or with his name after one who spoke for a body
// (متحدث باسم الجيش ... وأضاف المتحدث) speaks for that body.
func TestTitledSurname(t *testing.T) {
	story := yemenStory
	tests := []struct {
		name, first, name1, repeat, want string
	}{
		{"a minister at home", "وزير التخطيط سامي الحمادي", "سامي الحمادي", "الحمادي", "YEMGOV"},
		{"a lawyer of the country keeps his country", "المحامي اليمني سامي الحمادي", "سامي الحمادي", "الحمادي", "YEM"},
		{"the full name again keeps the country", "المحامي اليمني سامي الحمادي", "سامي الحمادي", "سامي الحمادي", "YEM"},
		{"the full name again keeps the office", "وزير التخطيط سامي الحمادي", "سامي الحمادي", "سامي الحمادي", "YEMGOV"},
		{"another surname", "وزير التخطيط سامي الحمادي", "سامي الحمادي", "العولقي", ""},
		{"a spokesman named after one who spoke for the army", "متحدث باسم الجيش اليمني", "", "المتحدث", "YEMMIL"},
		{"a spokesman with his name after one who spoke for the army", "متحدث باسم الجيش اليمني", "", "المتحدث سامي الحمادي", "YEMMIL"},
		{"a spokesman's name is his alone", "متحدث باسم الجيش اليمني", "", "المتحدث العسكري", "YEM"},
	}
	st, _ := arabic.NewStage()
	stage := actor.NewStage(lexicon(t))
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text := story + "وقال " + tt.first + " إن الحوار معطل. وأضاف " + tt.repeat + " أن الوضع صعب."
			d := tokenized(st, text, "2018-06-13")
			ents := []ent{{"اليمن", marsad.LOC}, {"اليمن", marsad.LOC}}
			if tt.name1 != "" {
				ents = append(ents, ent{tt.name1, marsad.PER})
			}
			if n := strings.TrimPrefix(tt.repeat, "المتحدث "); n != "المتحدث" && n != "العسكري" {
				ents = append(ents, ent{n, marsad.PER})
			}
			tag(d, ents)
			first := len([]rune(text[:strings.Index(text, tt.first)]))
			at := len([]rune(text[:strings.LastIndex(text, tt.repeat)]))
			d.Quotes = []marsad.Quote{
				{Kind: marsad.Indirect, Speaker: &marsad.Mention{Span: marsad.Span{Start: first, End: first + len([]rune(tt.first))}, Text: tt.first}},
				{Kind: marsad.Indirect, Speaker: &marsad.Mention{Span: marsad.Span{Start: at, End: at + len([]rune(tt.repeat))}, Text: tt.repeat}},
			}
			if err := stage.Process(d); err != nil {
				t.Fatal(err)
			}
			if got := codeOf(d.Quotes[1].Speaker.Actor); got != tt.want {
				t.Errorf("speaker %q linked to %q, want %q (first: %q)", tt.repeat, got, tt.want, codeOf(d.Quotes[0].Speaker.Actor))
			}
		})
	}
}

// yemenStory opens the articles of the speaker tests: a story that leads
// with Yemen.
const yemenStory = "تتواصل الأزمة في اليمن منذ أشهر. ويعاني اليمن من نقص الغذاء. "

// speakerInYemenStory returns the code of the actor linked to a speaker
// who says something after yemenStory, "" for none.
func speakerInYemenStory(t *testing.T, st marsad.Stage, stage marsad.Stage, speaker string) string {
	t.Helper()
	return speakerInStory(t, st, stage, yemenStory, []ent{{"اليمن", marsad.LOC}, {"اليمن", marsad.LOC}}, "وأكد", speaker, "أن الحوار معطل.", "2018-06-13")
}

// speakerInStory returns the code of the actor linked to a speaker who
// says rest after story (tagged with ents), introduced by verb: the
// sentence is verb, speaker, then rest, whose words after its first are
// what was said.
func speakerInStory(t *testing.T, st marsad.Stage, stage marsad.Stage, story string, ents []ent, verb, speaker, rest, date string) string {
	t.Helper()
	d := tokenized(st, story+verb+" "+speaker+" "+rest, date)
	tag(d, ents)
	at := len([]rune(story)) + len([]rune(verb+" "))
	said := strings.TrimSuffix(rest[strings.Index(rest, " ")+1:], ".")
	return speakerCode(t, stage, d, speaker, at, said)
}

// TestTypeFollowsLexicon checks that an entity whose whole text the lexicon
// knows takes the lexicon's kind for its type: a city the tagger typed ORG
// where the words before make it a place, an organisation typed LOC, a
// people typed ORG is MISC; a city typed ORG elsewhere (a club, a paper)
// keeps its type.
func TestTypeFollowsLexicon(t *testing.T) {
	tests := []struct {
		name, text string
		e          ent
		want       string // type, then the actor's ID after a slash
	}{
		{"a city typed ORG after في is a place", "وقالت مراسلة الإذاعة في سول إن الأجواء هادئة.",
			ent{"سول", marsad.ORG}, "LOC/city/سيول"},
		{"an agency typed LOC is an organisation", "ونقلت وكالة إنترفاكس عن مسؤول قوله إن الطائرة سقطت.",
			ent{"إنترفاكس", marsad.LOC}, "ORG/organisation/interfax"},
		{"an armed group of two words typed PER is the group", "واتهم فيلق الرحمن القوات الحكومية بخرق الهدنة.",
			ent{"فيلق الرحمن", marsad.PER}, "ORG/armed_group/faylaq-al-rahman"},
		{"an armed group in quotes typed MISC is the group", "وسيطر فصيل \"فيلق الشام\" على التلال المحيطة.",
			ent{"فيلق الشام", marsad.MISC}, "ORG/armed_group/faylaq-al-sham"},
		{"a city typed ORG as a club stays ORG", "وسجل المهاجم هدف روما الوحيد في المباراة.",
			ent{"روما", marsad.ORG}, "ORG/country/ITA"},
		{"a paper named after a city stays ORG, its country's media", "وكتبت صحيفة الرياض في افتتاحيتها أن الحل قريب.",
			ent{"الرياض", marsad.ORG}, "ORG/country/SAU/MED"},
		{"a paper whose name holds a capital is its country's media", "وقالت صحيفة ذا برلين ديلي نيوز إن الطرد وصل إلى القصر.",
			ent{"ذا برلين ديلي نيوز", marsad.ORG}, "ORG/country/DEU/MED"},
		{"a person of the lexicon typed LOC is a person", "وحصلت هاسبل على جائزة شرف من الرئيس.",
			ent{"هاسبل", marsad.LOC}, "PER/person/gina-haspel"},
		{"a paper in quotes typed LOC is the paper", "وقال الوزير في حديث لـ\"الشرق الأوسط\" إن الحل قريب.",
			ent{"الشرق الأوسط", marsad.LOC}, "ORG/organisation/asharq-al-awsat"},
		{"a UN agency typed MISC is a body", "وحذرت وكالة غوث اللاجئين \"أونروا\" من نفاد الأموال.",
			ent{"أونروا", marsad.MISC}, "ORG/organisation/unrwa"},
		{"a news agency typed MISC is a body", "ونقلت إرنا عن المتحدث قوله إن الوفد وصل.",
			ent{"إرنا", marsad.MISC}, "ORG/organisation/irna"},
		{"a channel of two words typed MISC is a body", "وقال الوزير في مقابلة مع فوكس نيوز إن الحل قريب.",
			ent{"فوكس نيوز", marsad.MISC}, "ORG/organisation/fox-news"},
		{"a people typed ORG is a people", "وقال الأكراد إنهم سيواصلون القتال.",
			ent{"الأكراد", marsad.ORG}, "MISC/country/KUR/"},
		{"a people without the article typed ORG is a people", "وتعهد قادة أكراد بمواصلة القتال في الجبال.",
			ent{"أكراد", marsad.ORG}, "MISC/country/KUR/"},
		{"a city after نادي is the club", "وقاد المدرب نادي بلنسية إلى الفوز بالكأس.",
			ent{"بلنسية", marsad.LOC}, "ORG/"},
		{"a magazine in quotes typed PER is a body", "ونشرت مجلة \"سيتي ريفيو\" تقريرا عن الصفقة.",
			ent{"سيتي ريفيو", marsad.PER}, "ORG/"},
		{"a radio named after إذاعة typed PER is a body", "وقال المذيع لإذاعة نجمة راد إن البرنامج مستمر.",
			ent{"نجمة راد", marsad.PER}, "ORG/"},
		{"a network named for a man is the network, not the man", "وتنشط شبكة حقاني على جانبي الحدود.",
			ent{"حقاني", marsad.PER}, "ORG/"},
		{"a name after the paper with its article stays a person", "وقالت الصحيفة إن سامر حداد غادر البلاد.",
			ent{"سامر حداد", marsad.PER}, "PER/"},
		{"a capital after نادي is the club, no government", "ووقع اللاعب عقدا مع نادي روما لثلاثة مواسم.",
			ent{"روما", marsad.ORG}, "ORG/"},
		{"a quoted list typed PER is an organisation", "وحلت قائمة \"سائرون\" أولا في بغداد.",
			ent{"سائرون", marsad.PER}, "ORG/organisation/saairun"},
		{"an agency in two words typed PER is an organisation", "وقال مسؤول لفرانس برس إن الاتفاق قريب.",
			ent{"فرانس برس", marsad.PER}, "ORG/organisation/agence-france-presse"},
		{"one bare word of an armed group typed PER stays PER", "وقال الحوثي في خطاب إن الحرب مستمرة.",
			ent{"الحوثي", marsad.PER}, "PER/armed_group/houthis"},
		{"one bare word of a rights body typed PER is an organisation", "وتقول ريبريف إن أحكام الإعدام تضاعفت.",
			ent{"ريبريف", marsad.PER}, "ORG/organisation/reprieve"},
		{"one bare word of an aid body typed PER is an organisation", "وقالت أوكسفام إن التحقيق انتهى.",
			ent{"أوكسفام", marsad.PER}, "ORG/organisation/oxfam"},
		{"a city typed PER before في and a place is a place", "وخرجت مسيرات في مدن عدة حتى أنشوراغ في ألاسكا.",
			ent{"أنشوراغ", marsad.PER}, "LOC/country/USA/"},
		{"a city typed PER elsewhere stays PER", "وقال أنشوراغ إن المسيرة سلمية.",
			ent{"أنشوراغ", marsad.PER}, "PER/country/USA/"},
		{"a place of several words typed PER is a place", "وأغلقت السلطات معبر كرم أبو سالم أمام البضائع.",
			ent{"كرم أبو سالم", marsad.PER}, "LOC/country/ISR/"},
		{"an agency in quotes after وكالة أنباء is the agency", "وفق ما ذكرت وكالة أنباء \"الأناضول\" التركية.",
			ent{"الأناضول", marsad.ORG}, "ORG/organisation/anadolu-agency"},
		{"a club by its own name typed LOC is the club", "وانضم اللاعب إلى سان جرمان قادما من برشلونة.",
			ent{"سان جرمان", marsad.LOC}, "ORG/"},
		{"a district named like a club stays a place", "وتظاهرت نساء في منطقة بشكتاش وسط المدينة.",
			ent{"بشكتاش", marsad.LOC}, "LOC/"},
		{"a club of two words typed PER is the club", "وتعادل الفريق مع مضيفه هيلاس فيرونا 1-1 مساء الأحد.",
			ent{"هيلاس فيرونا", marsad.PER}, "ORG/"},
		{"a community of faith typed ORG is MISC", "وقال إن الحكومة لا تحمي الشيعة في المنطقة.",
			ent{"الشيعة", marsad.ORG}, "MISC/"},
		{"a platform typed LOC is a body with no actor", "وكتب الوزير على صفحته بموقع التواصل، تويتر، أن الحل قريب.",
			ent{"تويتر", marsad.LOC}, "ORG/"},
		{"a platform typed PER is a body with no actor", "وقال فيسبوك إنه حذف مئات الحسابات.",
			ent{"فيسبوك", marsad.PER}, "ORG/"},
		{"an app in quotes typed MISC is a body", "وحظرت السلطات تطبيق \"تلغرام\" في البلاد.",
			ent{"تلغرام", marsad.MISC}, "ORG/"},
		{"a company of two words typed PER is a body", "وأعلنت غوغل وفيس بوك حجب الإعلانات.",
			ent{"فيس بوك", marsad.PER}, "ORG/"},
		{"the ابل of بابل is no Apple: the hamza tells them apart", "ووصف الكاتب ما جرى بانهيار برج بابل.",
			ent{"ابل", marsad.LOC}, "LOC/"},
	}
	st, _ := arabic.NewStage()
	stage := actor.NewStage(lexicon(t))
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := processed(t, st, stage, tt.text, "2018-03-06", tt.e)
			got := ""
			for _, e := range d.Entities {
				if e.Text == tt.e.text {
					got = e.Type + "/"
					if e.Actor != nil {
						got += e.Actor.ID
					}
				}
			}
			if got != tt.want {
				t.Errorf("%s: got %q, want %q", tt.e.text, got, tt.want)
			}
		})
	}
}

// TestPlatformCut checks a name that the tagger ran into the platform it
// posts on: the name and the platform become two entities, and a word of
// posting or of users alone before the platform is left out.
func TestPlatformCut(t *testing.T) {
	tests := []struct {
		name, text string
		e          ent
		want       string // the entities after the stage, "text/type" joined by "|"
	}{
		{"a person and the platform", "وجاء في تغريدة عبر حساب الأمير محمد بن سلمان على تويتر أن العمل بدأ.",
			ent{"محمد بن سلمان على تويتر", marsad.PER}, "محمد بن سلمان/PER|تويتر/ORG"},
		{"the preposition and the platform", "وقالت الشرطة البلجيكية على تويتر إن الطريق أغلق.",
			ent{"على تويتر", marsad.PER}, "تويتر/ORG"},
		{"the users and the platform", "وقال مستخدمو فيسبوك إن الصورة مزيفة.",
			ent{"مستخدمو فيسبوك", marsad.PER}, "فيسبوك/ORG"},
		{"a company's head noun", "وأعلنت شركة أبل عن هاتف جديد.",
			ent{"شركة أبل", marsad.LOC}, "شركة أبل/ORG"},
	}
	st, _ := arabic.NewStage()
	stage := actor.NewStage(lexicon(t))
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := processed(t, st, stage, tt.text, "2018-03-06", tt.e)
			var got []string
			for _, e := range d.Entities {
				got = append(got, e.Text+"/"+e.Type)
			}
			if strings.Join(got, "|") != tt.want {
				t.Errorf("got %q, want %q", strings.Join(got, "|"), tt.want)
			}
		})
	}
}

// TestKingdomSpeaker checks the speaker المملكة alone: the story's country
// when that country is a kingdom (a Jordanian story), no actor when it is
// not (a Yemeni story).
func TestKingdomSpeaker(t *testing.T) {
	tests := []struct {
		name, story, place, want string
	}{
		{"a Jordanian story", "يعاني الأردن من أزمة اقتصادية. ويستضيف الأردن لاجئين كثيرين. ", "الأردن", "JOR"},
		{"a Yemeni story", yemenStory, "اليمن", ""},
	}
	st, _ := arabic.NewStage()
	stage := actor.NewStage(lexicon(t))
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ents := []ent{{tt.place, marsad.LOC}, {tt.place, marsad.LOC}}
			if got := speakerInStory(t, st, stage, tt.story, ents, "وتقول", "المملكة", "إنها تحتاج إلى الدعم.", "2018-06-13"); got != tt.want {
				t.Errorf("speaker linked to %q, want %q", got, tt.want)
			}
		})
	}
}

// TestSpeakerNamesake checks that a speaker named by a full name the
// lexicon lacks does not take, by the family name alone, the actor of
// another person of that name named before (شهباز شريف after نواز شريف);
// the family name alone still names the one before.
func TestSpeakerNamesake(t *testing.T) {
	tests := []struct {
		name, speaker, want string
	}{
		{"the brother by his own first name", "شهباز شريف", ""},
		{"the one named before by his family name", "شريف", "PAK"},
		{"a verb in the passive the tagger took into the name", "سُئل شريف", "PAK"},
	}
	st, _ := arabic.NewStage()
	stage := actor.NewStage(lexicon(t))
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			story := "وحكمت المحكمة على نواز شريف بالسجن عشر سنوات. "
			ents := []ent{{"نواز شريف", marsad.PER}, {tt.speaker, marsad.PER}}
			if got := speakerInStory(t, st, stage, story, ents, "وقال", tt.speaker, "إن الحكم ظالم.", "2018-07-06"); got != tt.want {
				t.Errorf("speaker %q linked to %q, want %q", tt.speaker, got, tt.want)
			}
		})
	}
}

// TestStormNames checks that a name after a word for a storm (إعصار
// مايكل) is typed MISC, not a person, and that a person keeps his type.
func TestStormNames(t *testing.T) {
	tests := []struct {
		name, text string
		e          ent
		want       string
	}{
		{"a hurricane's name", "وضرب إعصار مايكل سواحل الولاية فجر الأربعاء.", ent{"مايكل", marsad.PER}, marsad.MISC},
		{"a storm's name", "وتسببت العاصفة فلورنس في فيضانات واسعة.", ent{"فلورنس", marsad.PER}, marsad.MISC},
		{"a person of the same name", "وقال مايكل إن الفريق جاهز.", ent{"مايكل", marsad.PER}, marsad.PER},
	}
	st, _ := arabic.NewStage()
	stage := actor.NewStage(lexicon(t))
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := tokenized(st, tt.text, "2018-10-10")
			tag(d, []ent{tt.e})
			if err := stage.Process(d); err != nil {
				t.Fatal(err)
			}
			for _, e := range d.Entities {
				if e.Text == tt.e.text && e.Type != tt.want {
					t.Errorf("%s typed %s, want %s", e.Text, e.Type, tt.want)
				}
			}
		})
	}
}

// TestTitleAtTheEnd checks a person named with a title that ends the
// text with no stop after it (a feed cut short): no word is read beyond
// the last token.
func TestTitleAtTheEnd(t *testing.T) {
	st, _ := arabic.NewStage()
	stage := actor.NewStage(lexicon(t))
	for _, text := range []string{
		"وطالب النادي بركلة جزاء عندما سقط المهاجم تحت ضغط من سامي العلي قائد نادي الزمالك",
		"وقال سامي العلي وزير الخارجية",
	} {
		d := tokenized(st, text, "2018-05-02")
		tag(d, []ent{{"سامي العلي", marsad.PER}})
		if err := stage.Process(d); err != nil {
			t.Errorf("%s: %v", text, err)
		}
	}
}

// TestVerbalFatahWithVowels checks the verb فتح written with its vowel
// signs (فُتح تحقيق) is still no party.
func TestVerbalFatahWithVowels(t *testing.T) {
	st, _ := arabic.NewStage()
	stage := actor.NewStage(lexicon(t))
	text := "وقد فُتح تحقيق مع المسؤول في المدينة."
	d := tokenized(st, text, "2018-08-15")
	tag(d, []ent{{"فُتح", marsad.ORG}})
	if err := stage.Process(d); err != nil {
		t.Fatal(err)
	}
	for _, e := range d.Entities {
		if e.Text == "فُتح" {
			t.Errorf("فُتح kept as %s", e.Type)
		}
	}
}

// TestNamesakeSpeaker checks a speaker whose person entity the linker
// left unlinked as another bearer of a lexicon person's surname (جيف
// بينيت, not Naftali Bennett): the speaker's words read whole do not reach
// the person by the surname. A verb the tagger took in after its
// conjunction (فداعبه باسيل) is no given name, and a title (القاضي) nor
// another spelling of the person's own given name (أفيشاي for أفيخاي) make
// no namesake.
func TestNamesakeSpeaker(t *testing.T) {
	tests := []struct {
		name, text, speaker, said, date string
		ents                            []ent
		want                            string // the speaker's code, "" for none
	}{
		{"a reporter with a minister's surname", "وقال جيف بينيت، مراسل الشبكة في المدينة، إن الجلسة تأجلت.",
			"جيف بينيت", "الجلسة تأجلت", "2018-03-03", []ent{{"جيف بينيت", marsad.PER}}, ""},
		{"a daughter-in-law with the president's surname", "وقالت لارا ترامب إن الحملة ستستمر حتى النهاية.",
			"لارا ترامب", "الحملة ستستمر حتى النهاية", "2018-08-14", []ent{{"لارا ترامب", marsad.PER}}, ""},
		{"a verb taken in after its conjunction", "فداعبه باسيل قائلا إن الطقس جميل اليوم.",
			"فداعبه باسيل", "الطقس جميل اليوم", "2018-10-18", []ent{{"فداعبه باسيل", marsad.PER}}, "LBNGOV"},
		{"a judge by his title", "وقال القاضي كافانو إن الاتهامات باطلة.",
			"القاضي كافانو", "الاتهامات باطلة", "2018-10-01", []ent{{"القاضي كافانو", marsad.PER}}, "USAJUD"},
		{"another spelling of the given name", "وقال أفيشاي مندلبليت إن التحقيق انتهى.",
			"أفيشاي مندلبليت", "التحقيق انتهى", "2018-06-21", []ent{{"أفيشاي مندلبليت", marsad.PER}}, "ISRJUD"},
	}
	st, _ := arabic.NewStage()
	stage := actor.NewStage(lexicon(t))
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := tokenized(st, tt.text, tt.date)
			tag(d, tt.ents)
			at := len([]rune(tt.text[:strings.Index(tt.text, tt.speaker)]))
			if got := speakerCode(t, stage, d, tt.speaker, at, tt.said); got != tt.want {
				t.Errorf("speaker %q linked to %q, want %q", tt.speaker, got, tt.want)
			}
		})
	}
}

// TestFirstNameJoined checks a person's name the tagger cut in two: a
// first name of the list found as a person of its own right before the
// surname is joined to it (and the wife is then no president); a word the
// document names whole with the surname elsewhere is given back; a
// surname left out after a first name alone is given back when it is a
// word of a name the document gives a person elsewhere. A title after a
// first name (هاري الأمير تشارلز) and a word of two letters (خالد إن) are
// not taken in. A title (القاضي كافانو) and another spelling of the
// person's given name (أفيشاي for أفيخاي) make no namesake.
func TestFirstNameJoined(t *testing.T) {
	tests := []struct {
		name, text string
		ents       []ent
		want, id   string // the person entity wanted, and its actor's ID ("" for none)
		not        string // an entity that must not be found
	}{
		{"a first name tagged apart", "وزارت ميلانيا ترامب مدرسة للأطفال في العاصمة.",
			[]ent{{"ميلانيا", marsad.PER}, {"ترامب", marsad.PER}}, "ميلانيا ترامب", "", "ترامب"},
		{"a given name named whole elsewhere", "وكتبت الروائية أيلين أردوغان مقالا جديدا. وقالت أيلين أردوغان إنها ستعود قريبا.",
			[]ent{{"أيلين أردوغان", marsad.PER}, {"أردوغان", marsad.PER}}, "أيلين أردوغان", "", "أردوغان"},
		{"a surname after a first name alone", "ودافع المحامي جون كارتر عن موكله. وقال جون كارتر إن الحكم جائر.",
			[]ent{{"جون كارتر", marsad.PER}, {"جون", marsad.PER}}, "جون كارتر", "", "جون"},
		{"a title after a first name", "وحضر الحفل والد هاري الأمير تشارلز.",
			[]ent{{"هاري", marsad.PER}, {"الأمير", marsad.PER}}, "هاري", "", "هاري الأمير"},
		{"a word of two letters after a first name", "وقال خالد إن الوضع هادئ. وكان خالد إن صالح قد غادر.",
			[]ent{{"خالد", marsad.PER}, {"خالد إن صالح", marsad.PER}}, "خالد", "", "خالد إن"},
		{"a judge's title is no given name", "ورفض القاضي كافانو الاتهامات أمام اللجنة.",
			[]ent{{"القاضي كافانو", marsad.PER}}, "القاضي كافانو", "person/brett-kavanaugh", ""},
		{"another spelling of the given name", "وأعلن أفيشاي مندلبليت أن التحقيق انتهى.",
			[]ent{{"أفيشاي مندلبليت", marsad.PER}}, "أفيشاي مندلبليت", "person/avichai-mandelblit", ""},
	}
	st, _ := arabic.NewStage()
	stage := actor.NewStage(lexicon(t))
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := processed(t, st, stage, tt.text, "2018-10-06", tt.ents...)
			var last *marsad.Entity
			for i := range d.Entities {
				e := &d.Entities[i]
				if tt.not != "" && e.Text == tt.not {
					t.Errorf("entity %q kept: %v", tt.not, d.Entities)
				}
				if e.Text == tt.want {
					last = e
				}
			}
			if last == nil {
				t.Fatalf("entities %v, want %q", d.Entities, tt.want)
			}
			id := ""
			if last.Actor != nil {
				id = last.Actor.ID
			}
			if id != tt.id {
				t.Errorf("%q linked to %q, want %q", tt.want, id, tt.id)
			}
		})
	}
}

// TestPlacesJoined checks two places the tagger found side by side in one
// name (سانتا لوريتو): joined, unless the second opens with the
// conjunction (two towns) or is the adjective of a city (حي كفرسوسة
// الدمشقي). A castle or a palace named after its place (قلعة ويندسور)
// takes its noun and keeps the place's actor; a town (مدينة ويندسور) does
// not. A country's name the tagger cut (جمهورية #الكونغو الديمقراطية) runs
// on.
func TestPlacesJoined(t *testing.T) {
	tests := []struct {
		name, text string
		ents       []ent
		want, code string // the place entity wanted, and its actor's code ("" for none)
		not        string // an entity that must not be found
	}{
		{"one name in two places", "ووصل الوفد إلى مدينة سانتا لوريتو في الجنوب.",
			[]ent{{"سانتا", marsad.LOC}, {"لوريتو", marsad.LOC}}, "سانتا لوريتو", "", "لوريتو"},
		{"two towns joined by the conjunction", "وانتشرت القوات في بلدتي سيرامو وموكالا شمالا.",
			[]ent{{"سيرامو", marsad.LOC}, {"وموكالا", marsad.LOC}}, "سيرامو", "", "سيرامو وموكالا"},
		{"a district and its city's adjective", "وسقطت القذيفة في حي كفرسوسة الدمشقي فجرا.",
			[]ent{{"كفرسوسة", marsad.LOC}, {"الدمشقي", marsad.LOC}}, "كفرسوسة", "", "كفرسوسة الدمشقي"},
		{"a castle", "واستقبلت الملكة ضيفها في قلعة ويندسور غرب العاصمة.",
			[]ent{{"ويندسور", marsad.LOC}}, "قلعة ويندسور", "GBR", "ويندسور"},
		{"a palace after a preposition", "وأقيم حفل العشاء بقصر وندسور مساء السبت.",
			[]ent{{"وندسور", marsad.LOC}}, "قصر وندسور", "GBR", "بقصر وندسور"},
		{"a town", "وتجمع الآلاف في شوارع مدينة ويندسور صباحا.",
			[]ent{{"ويندسور", marsad.LOC}}, "ويندسور", "GBR", "مدينة ويندسور"},
		{"a town's name whose end was typed a person", "وضرب الإعصار مدينة سان خوان دي لوريا الساحلية.",
			[]ent{{"سان خوان", marsad.LOC}, {"دي لوريا", marsad.PER}}, "سان خوان دي لوريا", "", "دي لوريا"},
		{"after the town's officer the person is his", "وقال محافظ منطقة ميرسيناك أحمد كوتلو إن الطرق أغلقت.",
			[]ent{{"ميرسيناك", marsad.LOC}, {"أحمد كوتلو", marsad.PER}}, "ميرسيناك", "", "ميرسيناك أحمد كوتلو"},
		{"a country's name cut by a hashtag runs on", "وتتواصل المعارك في جمهورية #الكونغو الديمقراطية منذ أشهر.",
			[]ent{{"جمهورية #الكونغو", marsad.LOC}}, "جمهورية #الكونغو الديمقراطية", "COD", "جمهورية #الكونغو"},
		{"a place's next word of no country's name stays out", "وتتواصل المعارك في جمهورية الكونغو الشاسعة منذ أشهر.",
			[]ent{{"جمهورية الكونغو", marsad.LOC}}, "جمهورية الكونغو", "COG", "جمهورية الكونغو الشاسعة"},
	}
	st, _ := arabic.NewStage()
	stage := actor.NewStage(lexicon(t))
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := processed(t, st, stage, tt.text, "2018-05-19", tt.ents...)
			i := slices.IndexFunc(d.Entities, func(e marsad.Entity) bool { return e.Text == tt.want })
			if i < 0 {
				t.Fatalf("entities %v, want %q", d.Entities, tt.want)
			}
			if slices.ContainsFunc(d.Entities, func(e marsad.Entity) bool { return e.Text == tt.not }) {
				t.Errorf("entity %q kept: %v", tt.not, d.Entities)
			}
			if got := codeOf(d.Entities[i].Actor); got != tt.code {
				t.Errorf("%q linked to %q, want %q", tt.want, got, tt.code)
			}
		})
	}
}

// TestQuotedCommonWords checks that a word in quotation marks typed MISC
// is dropped where it is said of someone (بأنه "مخادع"، وكأنه "يوبخ"،
// بـ"الفاشل" و"المتغطرس"، الأوروبيون "منافقون") and kept where it names
// a thing.
func TestQuotedCommonWords(t *testing.T) {
	tests := []struct {
		name, text string
		e          ent
		kept       bool
	}{
		{"a predicate after بأنه", "ووصف النائب منافسه بأنه \"مخادع\" أمام الصحفيين.", ent{"مخادع", marsad.MISC}, false},
		{"a verb after وكأنه", "وبدا المتحدث وكأنه \"يوبخ\" المراسلين في القاعة.", ent{"يوبخ", marsad.MISC}, false},
		{"an epithet after ب and a verb of describing", "ونعتت المعارضة الوزير بـ\"الفاشل\" خلال الجلسة.", ent{"الفاشل", marsad.MISC}, false},
		{"an epithet joined by و to another", "ووصفت الصحيفة الحاكم بـ\"الفاشل\" و\"المتغطرس\" في افتتاحيتها.", ent{"المتغطرس", marsad.MISC}, false},
		{"a plural said of a plural", "الزعيم: الأوروبيون \"منافقون\" ولن نتراجع", ent{"منافقون", marsad.MISC}, false},
		{"a noun after محض", "وقالت المحامية إن التهم محض \"افتراءات\" لا أساس لها.", ent{"افتراءات", marsad.MISC}, false},
		{"a magazine's name stays", "ونشرت مجلة \"لوتان\" تقريرا مطولا عن الصفقة.", ent{"لوتان", marsad.MISC}, true},
		{"a list's name in the plural stays", "وأعلن ائتلاف \"ماضون\" فوزه بالمقعد.", ent{"ماضون", marsad.MISC}, true},
		{"a ship after ب without describing stays", "وصعد الجنود إلى السفينة بـ\"أوريون\" فجرا.", ent{"أوريون", marsad.MISC}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := keptAfterStage(t, tt.text, "2018-05-20", tt.e); got != tt.kept {
				t.Errorf("%q kept = %v, want %v", tt.e.text, got, tt.kept)
			}
		})
	}
}

// TestSurnamesJoined checks that a word the tagger typed a body or MISC
// right after a person's name is the person's surname (كارولين بلازي
// فورد), as is the word alone later (وقالت فورد), but not after شركة.
func TestSurnamesJoined(t *testing.T) {
	tests := []struct {
		name, text string
		ents       []ent
		want, typ  string // an entity wanted and its type
		not        string // an entity that must not be found
	}{
		{"a company's name ends a woman's", "وقالت كارولين بلازي فورد إنها ستشهد أمام اللجنة.",
			[]ent{{"كارولين بلازي", marsad.PER}, {"فورد", marsad.ORG}}, "كارولين بلازي فورد", marsad.PER, ""},
		{"the surname alone later is the woman", "وقالت كارولين بلازي فورد إنها ستشهد. وأكدت فورد أنها خائفة.",
			[]ent{{"كارولين بلازي", marsad.PER}, {"فورد", marsad.ORG}, {"فورد", marsad.ORG}}, "فورد", marsad.PER, ""},
		{"a foreign surname typed ORG", "وقالت مارغريت والاس، مديرة الجمعية، إن الحملة نجحت.",
			[]ent{{"مارغريت", marsad.PER}, {"والاس", marsad.ORG}}, "مارغريت والاس", marsad.PER, "والاس"},
		{"the firm named after the man stays a body", "وقال جون فورد إن شركة فورد ستغلق المصنع.",
			[]ent{{"جون فورد", marsad.PER}, {"فورد", marsad.ORG}}, "فورد", marsad.ORG, ""},
		{"a body of the lexicon after a name stays", "وأبلغ الوزير ألكسندر الكونغرس بقراره.",
			[]ent{{"ألكسندر", marsad.PER}, {"الكونغرس", marsad.ORG}}, "الكونغرس", marsad.ORG, "ألكسندر الكونغرس"},
	}
	st, _ := arabic.NewStage()
	stage := actor.NewStage(lexicon(t))
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := processed(t, st, stage, tt.text, "2018-09-27", tt.ents...)
			i := slices.IndexFunc(d.Entities, func(e marsad.Entity) bool { return e.Text == tt.want && (e.Type == tt.typ || tt.typ == "") })
			if i < 0 {
				t.Fatalf("entities %v, want %q typed %s", d.Entities, tt.want, tt.typ)
			}
			if tt.not != "" && slices.ContainsFunc(d.Entities, func(e marsad.Entity) bool { return e.Text == tt.not }) {
				t.Errorf("entity %q kept: %v", tt.not, d.Entities)
			}
		})
	}
}

// TestGodNames checks that الله typed MISC after a word that opens a
// compound name (عطا الله، حبيب الله، فتح الله) is a person's name, with
// the persons right around it, unless a preposition or a proclitic makes
// the two words a phrase (من فضل الله، بفضل الله).
func TestGodNames(t *testing.T) {
	tests := []struct {
		name, text string
		ents       []ent
		want, typ  string // an entity wanted and its type
		not        string // an entity that must not be found
	}{
		{"a compound name with the surname after it", "وأعلن المتحدث عطا الله نوري أن الهجوم فشل.",
			[]ent{{"الله", marsad.MISC}, {"نوري", marsad.PER}}, "عطا الله نوري", marsad.PER, "الله"},
		{"the head tagged a person alone", "وقتل حبيب الله في غارة ليلية على القرية.",
			[]ent{{"حبيب", marsad.PER}, {"الله", marsad.MISC}}, "حبيب الله", marsad.PER, "حبيب"},
		{"a first name before it", "وحضرت الكاتبة منى سيف الله الندوة أمس.",
			[]ent{{"منى", marsad.PER}, {"الله", marsad.MISC}}, "منى سيف الله", marsad.PER, "منى"},
		{"after the conjunction", "وحضر الاجتماع وزير المالية وخير الله بكري.",
			[]ent{{"الله", marsad.MISC}, {"بكري", marsad.PER}}, "خير الله بكري", marsad.PER, "الله"},
		{"after a preposition it is God", "وقال المزارع إن المطر من فضل الله عليهم.",
			[]ent{{"الله", marsad.MISC}}, "الله", marsad.MISC, "فضل الله"},
		{"with a proclitic it is God", "ونجا الركاب بفضل الله من الحادث.",
			[]ent{{"الله", marsad.MISC}}, "الله", marsad.MISC, "فضل الله"},
		{"the head inside a body's name stays", "واتهم الادعاء أعضاء في حركة فتح الله بالتآمر.",
			[]ent{{"حركة فتح", marsad.ORG}, {"الله", marsad.MISC}}, "حركة فتح", marsad.ORG, "فتح الله"},
	}
	st, _ := arabic.NewStage()
	stage := actor.NewStage(lexicon(t))
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := processed(t, st, stage, tt.text, "2018-06-15", tt.ents...)
			i := slices.IndexFunc(d.Entities, func(e marsad.Entity) bool { return e.Text == tt.want && e.Type == tt.typ })
			if i < 0 {
				t.Fatalf("entities %v, want %q typed %s", d.Entities, tt.want, tt.typ)
			}
			if tt.not != "" && slices.ContainsFunc(d.Entities, func(e marsad.Entity) bool { return e.Text == tt.not }) {
				t.Errorf("entity %q kept: %v", tt.not, d.Entities)
			}
		})
	}
}

// TestGodNameNotFatah checks that a compound name opened by فتح (فتح الله)
// is a man, not Fatah.
func TestGodNameNotFatah(t *testing.T) {
	st, _ := arabic.NewStage()
	stage := actor.NewStage(lexicon(t))
	d := processed(t, st, stage, "واعتقلت الشرطة عشرات من أنصار الداعية فتح الله أوزكان في المدينة.", "2018-06-15",
		ent{"الله", marsad.MISC}, ent{"أوزكان", marsad.PER})
	i := slices.IndexFunc(d.Entities, func(e marsad.Entity) bool { return e.Text == "فتح الله أوزكان" })
	if i < 0 {
		t.Fatalf("entities %v, want فتح الله أوزكان", d.Entities)
	}
	if a := d.Entities[i].Actor; a != nil && a.Code == "PSEPTY" {
		t.Errorf("فتح الله أوزكان linked to Fatah")
	}
}
