package actor_test

import (
	"fmt"
	"testing"

	"github.com/marsad/marsad"
	"github.com/marsad/marsad/actor"
	"github.com/marsad/marsad/arabic"
)

// TestEntityRulesEnt2 checks the rules of the second entity round: a base
// named with a demonstrative is no al-Qaeda, a name in quotation marks
// after a noun of place is a place, a surname after بن is the person's,
// a region is no story country, and the Tunisian actors of 2011-2019.
func TestEntityRulesEnt2(t *testing.T) {
	tests := []entityCase{
		{"a base after this is no al-Qaeda", "وقال الوزير إن استهداف هذه القاعدة كان ضروريا.", "2017-04-07",
			[]ent{{"القاعدة", marsad.ORG}},
			nil},
		{"a base after that with و is no al-Qaeda", "وقصفت الطائرات مدرج المطار وتلك القاعدة بعشرات الصواريخ.", "2017-04-07",
			[]ent{{"القاعدة", marsad.ORG}},
			nil},
		{"al-Qaeda after a verb stays", "وقال الوزير إن هذه الجماعة بايعت القاعدة قبل عامين.", "2017-04-07",
			[]ent{{"القاعدة", marsad.ORG}},
			[]string{"القاعدة ORG IMGMUSAQD"}},
		{"a quoted airport's name is a place", "وتطبق المطارات إجراءات السلامة المعمول بها بمطار \"هيثرو\" منذ سنوات.", "2017-03-24",
			[]ent{{"هيثرو", marsad.PER}},
			[]string{"هيثرو LOC -"}},
		{"a quoted province's name is a place", "ووقع الزلزال في ولاية \"جناق قلعة\" شمال غرب البلاد.", "2017-02-07",
			[]ent{{"جناق قلعة", marsad.MISC}},
			[]string{"جناق قلعة LOC -"}},
		{"a quoted district's name is a place", "وأجلت السلطات السكان من منطقة \"أيواجيك\" الساحلية.", "2017-02-07",
			[]ent{{"أيواجيك", marsad.ORG}},
			[]string{"أيواجيك LOC -"}},
		{"a quoted programme's name is no body", "وقال الوزير ضيف برنامج \"المنبر\" اليوم إن الحكومة ماضية في الإصلاح.", "2017-02-21",
			[]ent{{"المنبر", marsad.ORG}},
			[]string{"المنبر MISC -"}},
		{"a lexicon group in a programme's quotes stays a body", "وانتقد الكاتب برنامج \"القاعدة\" الذي يجند الشبان.", "2017-02-21",
			[]ent{{"القاعدة", marsad.ORG}},
			[]string{"القاعدة ORG IMGMUSAQD"}},
		{"the Tunisian assembly is the home parliament", "وصادق مجلس نواب الشعب على قانون المالية بعد نقاش طويل.", "2017-02-21",
			[]ent{{"مجلس نواب الشعب", marsad.ORG}},
			[]string{"مجلس نواب الشعب ORG TUNLEG"}},
		{"a Chinese assembly is no Tunisian one", "وصادق مجلس نواب الشعب الصيني على تعديل الدستور.", "2018-03-11",
			[]ent{{"مجلس نواب الشعب", marsad.ORG}},
			[]string{"مجلس نواب الشعب ORG CHNLEG"}},
		{"a party named with its country names the story's country", "وقال القيادي في حركة نداء تونس إن تونس تحتاج إلى إصلاحات، وأعلنت وزارة الخارجية ترحيبها بالاتفاق.", "2017-02-21",
			[]ent{{"حركة نداء تونس", marsad.ORG}, {"وزارة الخارجية", marsad.ORG}},
			[]string{"حركة نداء تونس ORG TUNPTY", "تونس LOC TUN", "وزارة الخارجية ORG TUNGOV"}},
		{"a howitzer is no place", "وقصفت الميليشيا المسجد بقذيفة مدفع هاوتزر صباح الأحد.", "2018-02-26",
			[]ent{{"هاوتزر", marsad.LOC}},
			nil},
		{"a quoted name after a party stays a body", "وأعلن حزب \"الأمل\" مشاركته في الانتخابات.", "2017-02-07",
			[]ent{{"الأمل", marsad.ORG}},
			[]string{"الأمل ORG -"}},
		{"a surname after bin is the person's, no region", "وقدم النائب مهدي بن غربية مبادرة تشريعية، وقال الرحوي إن مبادرة بن غربية ليست بريئة.", "2016-05-17",
			[]ent{{"مهدي بن غربية", marsad.PER}, {"الرحوي", marsad.PER}, {"غربية", marsad.LOC}},
			[]string{"مهدي بن غربية PER -", "الرحوي PER -", "غربية PER -"}},
		{"a region named twice is no story country", "وانتقد نائب مجلس الشعب المبادرة، وقال إن القوى الغربية والعواصم الغربية تضغط.", "2016-05-17",
			[]ent{{"مجلس الشعب", marsad.ORG}},
			[]string{"مجلس الشعب ORG -", "العواصم الغربية LOC WST"}},
		{"Ennahda is a Tunisian party", "وقال رئيس حركة النهضة راشد الغنوشي إن الحركة ستشارك في الحكومة.", "2016-08-21",
			[]ent{{"حركة النهضة", marsad.ORG}, {"راشد الغنوشي", marsad.PER}},
			[]string{"حركة النهضة ORG TUNPTY", "راشد الغنوشي PER TUNPTY"}},
		{"the Free Destourian Party is Tunisian", "وقالت رئيسة الحزب الدستوري الحر عبير موسي إن الحزب سيقاطع الجلسة.", "2018-05-10",
			[]ent{{"الحزب الدستوري الحر", marsad.ORG}, {"عبير موسي", marsad.PER}},
			[]string{"الحزب الدستوري الحر ORG TUNPTY", "عبير موسي PER TUNPTY"}},
		{"Bhiri is in government in 2012", "وقال وزير العدل نور الدين البحيري إن المحاكمات ستكون علنية.", "2012-06-12",
			[]ent{{"نور الدين البحيري", marsad.PER}},
			[]string{"نور الدين البحيري PER TUNGOV"}},
		{"Bhiri is a party man after 2014", "وقال القيادي نور الدين البحيري إن الكتلة ستصوت على القانون.", "2017-06-12",
			[]ent{{"نور الدين البحيري", marsad.PER}},
			[]string{"نور الدين البحيري PER TUNPTY"}},
		{"Natanz spelt with alefs is Iran's", "وتقع منشأة ناتانز النووية وسط البلاد.", "2018-05-10",
			[]ent{{"ناتانز", marsad.LOC}},
			[]string{"ناتانز LOC IRN"}},
		{"a West Bank village is Palestine's", "وتظاهر سكان قرية النبي صالح أمس ضد الاستيطان.", "2018-05-10",
			[]ent{{"النبي صالح", marsad.LOC}},
			[]string{"النبي صالح LOC PSE"}},
		{"the UGTT is Tunisian labour", "وأعلن الاتحاد العام التونسي للشغل إضرابا عاما في القطاع العام.", "2016-11-22",
			[]ent{{"الاتحاد العام التونسي للشغل", marsad.ORG}},
			[]string{"الاتحاد العام التونسي للشغل ORG TUNLAB"}},
		{"Afek Tounes is a party, not the country", "وانعقد مجلس حزب آفاق تونس أمس في العاصمة.", "2016-08-21",
			[]ent{{"حزب آفاق تونس", marsad.ORG}},
			[]string{"حزب آفاق تونس ORG TUNPTY"}},
		{"Habib Essid heads the government in 2015", "واستقبل رئيس الحكومة الحبيب الصيد وفدا من رجال الأعمال.", "2015-09-10",
			[]ent{{"الحبيب الصيد", marsad.PER}},
			[]string{"الحبيب الصيد PER TUNGOV"}},
		{"Marzouki is president in 2013", "وقال الرئيس منصف المرزوقي إن الانتخابات ستجرى في موعدها.", "2013-10-02",
			[]ent{{"منصف المرزوقي", marsad.PER}},
			[]string{"منصف المرزوقي PER TUNGOV"}},
		{"Essebsi leads Nidaa Tounes in 2013", "وقال رئيس حركة نداء تونس الباجي قائد السبسي إن الحوار متعثر.", "2013-10-02",
			[]ent{{"حركة نداء تونس", marsad.ORG}, {"الباجي قائد السبسي", marsad.PER}},
			[]string{"حركة نداء تونس ORG TUNPTY", "الباجي قائد السبسي PER TUNPTY"}},
		{"Taboubi leads the UGTT in 2017", "وقال الأمين العام نور الدين الطبوبي إن المفاوضات متواصلة.", "2017-03-02",
			[]ent{{"نور الدين الطبوبي", marsad.PER}},
			[]string{"نور الدين الطبوبي PER TUNLAB"}},
	}
	checkEntityCases(t, tests)
}

// TestSecondPlaceConjunction checks that the و of a place of one word
// right after another place is cut off (البليدة وبومرداس).
func TestSecondPlaceConjunction(t *testing.T) {
	tests := []struct {
		name, text string
		ents       []ent
		want       []string
	}{
		{"the second of two places", "وفككت قوات الأمن خلية إرهابية في البليدة وبومرداس الأسبوع الماضي.",
			[]ent{{"البليدة", marsad.LOC}, {"وبومرداس", marsad.LOC}},
			[]string{"البليدة LOC DZA", "بومرداس LOC -"}},
		{"the second of two towns after the first", "وشهدت مدن سطيف وبوسعادة احتجاجات على غلاء الأسعار.",
			[]ent{{"سطيف", marsad.LOC}, {"وبوسعادة", marsad.LOC}},
			[]string{"سطيف LOC -", "بوسعادة LOC -"}},
	}
	st, _ := arabic.NewStage()
	stage := actor.NewStage(lexicon(t))
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := processed(t, st, stage, tt.text, "2016-05-11", tt.ents...)
			got := entitiesOf(d)
			if fmt.Sprint(got) != fmt.Sprint(tt.want) {
				t.Errorf("entities %q, want %q", got, tt.want)
			}
		})
	}
}

// TestEnnahdaAlone checks that النهضة alone is Ennahda only where the
// story named the party in full, not a square or an age.
func TestEnnahdaAlone(t *testing.T) {
	tests := []struct {
		name, text string
		ents       []ent
		want       []string
	}{
		{"the party named again alone", "وقال القيادي في حركة النهضة إن النهضة لن تشارك في الحكومة.",
			[]ent{{"حركة النهضة", marsad.ORG}, {"النهضة", marsad.ORG}},
			[]string{"حركة النهضة ORG TUNPTY", "النهضة ORG TUNPTY"}},
		{"a square in Cairo is no party", "وفضت الشرطة اعتصامي رابعة والنهضة قبل خمس سنوات.",
			nil,
			nil},
		{"the Renaissance is no party", "ورسمت اللوحة في عصر النهضة الإيطالي.",
			nil,
			nil},
	}
	st, _ := arabic.NewStage()
	stage := actor.NewStage(lexicon(t))
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := processed(t, st, stage, tt.text, "2018-09-24", tt.ents...)
			got := entitiesOf(d)
			if fmt.Sprint(got) != fmt.Sprint(tt.want) {
				t.Errorf("entities %q, want %q", got, tt.want)
			}
		})
	}
}
