package actor_test

import (
	"testing"

	"github.com/marsad/marsad"
)

// TestEntityRulesEnt4 checks the rules of the fourth entity round: the
// ordinal of a Levantine month is no king's surname, and a country name
// that is the accusative of its adjective after a number is people of
// that country, not the state.
func TestEntityRulesEnt4(t *testing.T) {
	checkEntityCases(t, []entityCase{
		{"the ordinal of kanun is part of a date", "وفي 12 يناير/كانون الثاني، رفعت الحكومة أسعار الوقود.", "2019-03-01",
			[]ent{{"الثاني", marsad.PER}},
			nil},
		{"the ordinal of tishrin is part of a date", "وعاد الوفد إلى بلاده في تشرين الأول الماضي.", "2019-03-01",
			[]ent{{"الأول", marsad.PER}},
			nil},
		{"a king's ordinal stays in his name", "واستقبل الملك عبد الله الثاني الوفد في قصره.", "2019-03-01",
			[]ent{{"عبد الله الثاني", marsad.PER}},
			[]string{"عبد الله الثاني PER JORGOV"}},
		{"a number before a country in a makes people", "ووجهت المحكمة الاتهام إلى 9 روسيا بالتجسس.", "2019-03-01",
			[]ent{{"روسيا", marsad.LOC}},
			nil},
		{"a counted noun before a country in a makes people", "وأنقذ خفر السواحل نحو 40 مهاجرا سوريا قبالة الساحل.", "2019-03-01",
			[]ent{{"سوريا", marsad.LOC}},
			nil},
		{"a counted citizen of Turkey", "وأفرجت السلطات عن 5 مواطنا تركيا بعد التحقيق.", "2019-03-01",
			[]ent{{"تركيا", marsad.LOC}},
			nil},
		{"towards before a country is no count", "وعادت القوافل أدراجها نحو ليبيا بعد يومين.", "2019-03-01",
			[]ent{{"ليبيا", marsad.LOC}},
			[]string{"ليبيا LOC LBY"}},
		{"a year before a country counts nothing", "وشاركت في مونديال 2018 روسيا التي نظمت البطولة.", "2019-03-01",
			[]ent{{"روسيا", marsad.LOC}},
			[]string{"روسيا LOC RUS"}},
		{"a dual in construct keeps the country", "وتبادل رئيسا روسيا وتركيا التهاني في القمة.", "2019-03-01",
			[]ent{{"روسيا", marsad.LOC}, {"تركيا", marsad.LOC}},
			[]string{"روسيا LOC RUS", "تركيا LOC TUR"}},
		{"an adverb before a country keeps it", "وتدعم الخطة أيضا ألمانيا وفرنسا.", "2019-03-01",
			[]ent{{"ألمانيا", marsad.LOC}, {"فرنسا", marsad.LOC}},
			[]string{"ألمانيا LOC DEU", "فرنسا LOC FRA"}},
		{"a country after a number of its own stays", "وصوتت 12 دولة بينها بريطانيا لصالح القرار.", "2019-03-01",
			[]ent{{"بريطانيا", marsad.LOC}},
			[]string{"بريطانيا LOC GBR"}},
	})
}
