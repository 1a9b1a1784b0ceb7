package actor_test

import (
	"strings"
	"testing"

	"github.com/marsad/marsad"
	"github.com/marsad/marsad/actor"
	"github.com/marsad/marsad/arabic"
)

// TestEntityRulesEnt3 checks the rules of the third entity round: a
// particle before بن is no first name, a source counted in the dual is no
// name, a capital one makes one's seat or whose police or mayor is named
// is the city, the heads of churches, عمان in a list of states, a body
// of the lexicon typed MISC, كولن alone no Gülen, lexicon gaps of the
// second round, couscous no place and الجزيرة the channel where the
// story names it so, a scale no person and a Mexican state no Lyon.
func TestEntityRulesEnt3(t *testing.T) {
	checkEntityCases(t, []entityCase{
		{"a particle before bin is cut", "ويرى محللون أن بن سلمان يواجه ضغوطا كبيرة.", "2018-10-20",
			[]ent{{"أن بن سلمان", marsad.PER}},
			[]string{"بن سلمان PER SAUGOV"}},
		{"the verb kana before bin is cut", "وتساءل الكاتب عما إذا كان بن سلمان قد أخطأ الحساب.", "2018-10-20",
			[]ent{{"كان بن سلمان", marsad.PER}},
			[]string{"بن سلمان PER SAUGOV"}},
		{"a full name with bin stays whole", "واستقبل الأمير محمد بن سلمان الوفد في الرياض.", "2018-10-20",
			[]ent{{"محمد بن سلمان", marsad.PER}},
			[]string{"محمد بن سلمان PER SAUGOV", "الرياض LOC SAU"}},
		{"two sources are no name", "وقال مصدران مطلعان إن المحادثات ستستأنف.", "2018-10-20",
			[]ent{{"مصدران", marsad.PER}},
			nil},
		{"a capital taken as a seat is the city", "ونقلت الصحيفة التي تتخذ من باريس مقرا لها أن الاتفاق وشيك.", "2018-10-20",
			[]ent{{"باريس", marsad.LOC}},
			[]string{"باريس LOC FRA"}},
		{"the police of a capital names the city", "وأعلنت شرطة لندن توقيف رجل بعد الحادث.", "2018-10-20",
			[]ent{{"لندن", marsad.LOC}},
			[]string{"لندن LOC GBR"}},
		{"the mayor of a capital names the city", "وقالت عمدة مدريد إن الاحتفال سيقام في موعده.", "2018-10-20",
			[]ent{{"مدريد", marsad.LOC}},
			[]string{"مدريد LOC ESP"}},
		{"a capital that accuses stays the government", "واتهمت لندن موسكو بالوقوف وراء الهجوم.", "2018-10-20",
			[]ent{{"لندن", marsad.LOC}},
			[]string{"لندن LOC GBRGOV", "موسكو LOC RUSGOV"}},
		{"the Pope of Rome is the Vatican's", "ودعا البابا فرنسيس إلى وقف القتال.", "2018-10-20",
			[]ent{{"البابا فرنسيس", marsad.PER}},
			[]string{"البابا فرنسيس PER VATREL"}},
		{"the Coptic Pope is Egypt's", "وترأس البابا تواضروس الثاني القداس في الكاتدرائية.", "2018-10-20",
			[]ent{{"البابا تواضروس الثاني", marsad.PER}},
			[]string{"البابا تواضروس الثاني PER EGYREL"}},
		{"UNESCO with a ya", "وطالب الوزير اليونيسكو بإرسال بعثة.", "2018-10-20",
			[]ent{{"اليونيسكو", marsad.MISC}},
			[]string{"اليونيسكو ORG IGOUNOEDU"}},
		{"Oman in a list of states", "وشملت القائمة الكويت والأردن وعمان وباكستان وماليزيا.", "2018-10-20",
			[]ent{{"الكويت", marsad.LOC}, {"الأردن", marsad.LOC}, {"عمان", marsad.LOC}, {"باكستان", marsad.LOC}},
			[]string{"الكويت LOC KWT", "الأردن LOC JOR", "عمان LOC OMN", "باكستان LOC PAK", "ماليزيا LOC MYS"}},
		{"Amman then Jordan after a comma is the city", "وقال الأمين العام في مؤتمر صحفي عقده في عمان، الأردن، إن اللاجئين بحاجة إلى دعم.", "2018-10-20",
			[]ent{{"عمان", marsad.LOC}, {"الأردن", marsad.LOC}},
			[]string{"عمان LOC JOR", "الأردن LOC JOR"}},
		{"the White House typed MISC is a body", "وقال مسؤولون في البيت الأبيض إن الرئيس سيوقع القرار.", "2018-10-20",
			[]ent{{"البيت الأبيض", marsad.MISC}},
			[]string{"البيت الأبيض ORG USAGOV"}},
		{"a city named Koln is no Gulen", "وسمحت السلطات بعقد المؤتمر في مدينة كولن الألمانية.", "2018-10-20",
			[]ent{{"كولن", marsad.LOC}},
			[]string{"كولن LOC -"}},
		{"Gulen in full is still linked", "وتتهم أنقرة الداعية فتح الله كولن بتدبير الانقلاب.", "2018-10-20",
			[]ent{{"فتح الله كولن", marsad.PER}},
			[]string{"أنقرة LOC TURGOV", "فتح الله كولن PER TUROPP"}},
		{"the FBI called federal with another word", "وأقر مكتب التحقيقات الاتحادي بأنه تلقى تحذيرا.", "2018-02-18",
			[]ent{{"مكتب التحقيقات الاتحادي", marsad.ORG}},
			[]string{"مكتب التحقيقات الاتحادي ORG USACOP"}},
		{"a former prime minister out of office", "ودعا إيهود باراك الحكومة إلى الاستقالة.", "2018-02-14",
			[]ent{{"إيهود باراك", marsad.PER}},
			[]string{"إيهود باراك PER ISR"}},
		{"a former prime minister in office", "وقال إيهود باراك إن إسرائيل مستعدة للتفاوض.", "2000-07-14",
			[]ent{{"إيهود باراك", marsad.PER}},
			[]string{"إيهود باراك PER ISRGOV", "إسرائيل LOC ISR"}},
		{"couscous is no place", "ويقدم المطعم الكسكس بالخضار كل جمعة.", "2018-02-14",
			[]ent{{"الكسكس", marsad.LOC}},
			nil},
		{"the channel after its noun in quotes", "وانتقد الوزير ظهور المعارض على قناة \"الجزيرة\" أمس.", "2018-02-14",
			[]ent{{"الجزيرة", marsad.ORG}},
			[]string{"الجزيرة ORG QATMED"}},
		{"the channel alone in a story naming it", "وطالبت الدول بإغلاق قناة الجزيرة، لكن الجزيرة واصلت البث.", "2018-02-14",
			[]ent{{"قناة الجزيرة", marsad.ORG}, {"الجزيرة", marsad.ORG}},
			[]string{"قناة الجزيرة ORG QATMED", "الجزيرة ORG QATMED"}},
		{"an island with an adjective is no channel", "وتحدثت قناة الجزيرة عن السفينة الراسية قبالة الجزيرة الإيطالية منذ أيام.", "2018-02-14",
			[]ent{{"قناة الجزيرة", marsad.ORG}, {"الجزيرة", marsad.ORG}},
			[]string{"قناة الجزيرة ORG QATMED", "الجزيرة ORG -"}},
		{"the islanders are no channel", "وذكرت قناة الجزيرة أن المساعدات وصلت إلى سكان الجزيرة بعد الإعصار.", "2018-02-14",
			[]ent{{"قناة الجزيرة", marsad.ORG}, {"الجزيرة", marsad.ORG}},
			[]string{"قناة الجزيرة ORG QATMED", "الجزيرة ORG -"}},
		{"the Richter scale is no person", "وبلغت قوة الزلزال ست درجات على مقياس ريشتر.", "2018-02-14",
			[]ent{{"ريشتر", marsad.PER}},
			[]string{"ريشتر MISC -"}},
		{"a Mexican state is no Lyon", "وقال حاكم ولاية نويفو ليون إن الأمطار أغرقت الطرق.", "2018-02-14",
			[]ent{{"نويفو ليون", marsad.LOC}},
			[]string{"نويفو ليون LOC MEX"}},
		{"the Times of Israel with its article", "وقالت صحيفة ذي تايمز أوف إسرائيل إن الحكومة ستجتمع.", "2018-02-14",
			[]ent{{"إسرائيل", marsad.LOC}},
			[]string{"ذي تايمز أوف إسرائيل ORG ISRMED"}},
	})
}

// TestRoleSpeakerCountryAfter checks a speaker named by a role alone and
// followed by في and a country: he speaks in that country, not in the
// story's own; of the ruling party and the opposition, for the country.
func TestRoleSpeakerCountryAfter(t *testing.T) {
	tests := []struct {
		name, text, speaker string
		ents                []ent
		want                string
	}{
		{"both sides in a foreign country", "قال مسؤولون في الحزب الحاكم والمعارضة في المغرب إن البرلمان سيصوت على القانون. وتواجه قطر ضغوطا، وتقول قطر إنها لن تتراجع.",
			"مسؤولون في الحزب الحاكم والمعارضة", []ent{{"المغرب", marsad.LOC}, {"قطر", marsad.LOC}, {"قطر", marsad.LOC}}, "MAR"},
		{"the opposition in a foreign country", "قالت المعارضة في فنزويلا إن الانتخابات مزورة. وتراقب كولومبيا الوضع، وتقول كولومبيا إنها مستعدة للحوار.",
			"المعارضة", []ent{{"فنزويلا", marsad.LOC}, {"كولومبيا", marsad.LOC}, {"كولومبيا", marsad.LOC}}, "VENOPP"},
		{"no place after the speaker takes the story's country", "قالت المعارضة إن الانتخابات مزورة. وتراقب كولومبيا الوضع، وتقول كولومبيا إنها مستعدة للحوار.",
			"المعارضة", []ent{{"كولومبيا", marsad.LOC}, {"كولومبيا", marsad.LOC}}, "COLOPP"},
	}
	st, _ := arabic.NewStage()
	stage := actor.NewStage(lexicon(t))
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := tokenized(st, tt.text, "2018-10-20")
			tag(d, tt.ents)
			at := len([]rune(tt.text[:strings.Index(tt.text, tt.speaker)]))
			if got := speakerCode(t, stage, d, tt.speaker, at, "الانتخابات مزورة"); got != tt.want {
				t.Errorf("speaker %q, want %q", got, tt.want)
			}
		})
	}
}
