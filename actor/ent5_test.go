package actor_test

import (
	"strings"
	"testing"

	"github.com/marsad/marsad"
	"github.com/marsad/marsad/actor"
)

// TestMentionsAct checks the role phrases of the actor round on events:
// a minister or ministry named with a portfolio before the nationality is
// the state's (its ministry's role if it has one), a ruler's state body
// is named by his name (نظام الأسد), a chargé d'affaires is his state's
// envoy and a definite envoy after a definite role is another party,
// and human rights bodies named in full are linked.
func TestMentionsAct(t *testing.T) {
	l := lexicon(t)
	tests := []struct{ name, text, want string }{
		{"an energy minister with a nationality", "وحذر وزير الطاقة الإسرائيلي من الخطوة", "وزير الطاقه الاسراييلي=ISRGOV"},
		{"a woman health minister with a nationality", "وأعلنت وزيرة الصحة البريطانية خطة جديدة", "وزيره الصحه البريطانيه=GBRGOV"},
		{"a portfolio of two words", "واستقبل وزير التعليم العالي المغربي الوفد", "وزير التعليم العالي المغربي=MARGOV"},
		{"two portfolios joined", "والتقى وزير الثقافة والسياحة الأردني نظيره", "وزير الثقافه السياحه الاردني=JORGOV"},
		{"a minister of state", "وزار وزير الدولة الإماراتي للشؤون الخارجية المنطقة", "وزير الدوله الاماراتي=AREGOV"},
		{"a ministry keeps its own role", "واتهمت وزارة العدل الفرنسية رجلا بالتجسس", "وزاره العدل الفرنسيه=FRAJUD"},
		{"a youth minister is no militia", "وافتتح وزير الشباب التونسي الملعب", "وزير الشباب التونسي=TUNGOV"},
		{"a portfolio without nationality links nothing", "وقال وزير الصحة في مؤتمر صحفي", ""},
		{"the regime named by its ruler", "وطالبوا بوقف دعم نظام الأسد", "نظام الاسد=SYRGOV"},
		{"the forces named by their ruler", "وقصفت قوات الأسد الحي ليلا", "قوات الاسد=SYRMIL"},
		{"an administration named by its president", "وانتقدت إدارة ترامب القرار", "اداره ترامب=USAGOV"},
		{"a ruler out of office makes no state body", "وتحدث عن سنوات نظام صدام الطويلة", ""},
		{"a charge d'affaires with a nationality", "وقال القائم بالأعمال الأمريكي إن بلاده قلقة", "القايم الاعمال الامريكي=USAGOV"},
		{"the charge d'affaires of an embassy", "والتقى القائم بأعمال السفارة الكندية بالمسؤولين", "القايم اعمال السفاره الكنديه=CANGOV"},
		{"a summoned charge d'affaires is another party", "واستدعت الخارجية القائم بالأعمال الروسي", "القايم الاعمال الروسي=RUSGOV"},
		{"a summoned ambassador is another party", "واستدعت الخارجية السفير الإيراني", "السفير الايراني=IRNGOV"},
		{"an Arab rights federation", "وانتقدت الفيدرالية العربية لحقوق الإنسان الحكم", "الفيدراليه العربيه حقوق الانسان=NGOHRI"},
		{"a national rights network", "ووثقت الشبكة السورية لحقوق الإنسان الهجمات", "الشبكه السوريه حقوق الانسان=SYRNGOHRI"},
		{"the UN rights council", "وصوت مجلس حقوق الإنسان على القرار", "مجلس حقوق الانسان=IGOUNO"},
		{"the UN rights office", "ودعت المفوضية السامية لحقوق الإنسان إلى التحقيق", "المفوضيه الساميه حقوق الانسان=IGOUNO"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var keys []string
			for _, w := range strings.Fields(tt.text) {
				keys = append(keys, actor.TokenKey(w))
			}
			var got []string
			for _, f := range l.Mentions(keys, "2019-03-01") {
				if f.Ref != nil && !f.Adjective && !f.Place {
					got = append(got, strings.Join(keys[f.Start:f.End], " ")+"="+f.Ref.Code)
				}
			}
			if strings.Join(got, "; ") != tt.want {
				t.Errorf("Mentions(%q) = %q, want %q", tt.text, got, tt.want)
			}
		})
	}
}

// TestEntityRulesAct checks that human rights bodies named in full are
// linked as entities: an Arab federation is a rights NGO, the UN's
// council and its high commissioner are the UN.
func TestEntityRulesAct(t *testing.T) {
	checkEntityCases(t, []entityCase{
		{"an Arab rights federation", "ودانت الفيدرالية العربية لحقوق الإنسان اعتقال الصحفيين.", "2019-03-01",
			[]ent{{"الفيدرالية العربية لحقوق الإنسان", marsad.ORG}},
			[]string{"الفيدرالية العربية لحقوق الإنسان ORG NGOHRI"}},
		{"the UN rights council", "وناقش مجلس حقوق الإنسان التقرير في جنيف.", "2019-03-01",
			[]ent{{"مجلس حقوق الإنسان", marsad.ORG}, {"جنيف", marsad.LOC}},
			[]string{"مجلس حقوق الإنسان ORG IGOUNO", "جنيف LOC CHE"}},
		{"the UN high commissioner", "وطالب المفوض السامي لحقوق الإنسان بالإفراج عنهم.", "2019-03-01",
			[]ent{{"المفوض السامي لحقوق الإنسان", marsad.ORG}},
			[]string{"المفوض السامي لحقوق الإنسان ORG IGOUNO"}},
	})
}
