package event_test

import "testing"

// TestReadingsEv13 checks the readings added after the draws of stop 20:
// (seed 74, third pool) the one who asked for a meeting (بطلب من، بدعوة
// من) is not met, and support to come (ستدعم) is an intent to cooperate
// diplomatically (032), not to meet (036); (seed 71, first pool) the
// majority of a place's people (ذات الغالبية الكردية) is no party;
// (stop 20, more bodies in the lexicon) an attack a body investigates
// (تحقق في هجوم) is no act; (seed 73, first pool) an adjective inside a
// relative clause set off by commas does not do the act of the main
// clause; (seed 76, third pool) the one who planted a mine (زرعها) or
// left it behind (من مخلفات) did the bombing, and those a casualty verb
// before it names suffered it.
func TestReadingsEv13(t *testing.T) {
	tests := []reading{
		{"the one who asked for a meeting is not met",
			"ويجتمع مجلس الأمن الدولي الجمعة بطلب من بريطانيا لمناقشة الأوضاع في اليمن.",
			"", ">GBR"},
		{"the one who called a meeting is not met",
			"وسيجتمع وزراء الخارجية العرب في القاهرة بدعوة من السعودية لبحث التدخل الإيراني.",
			"", ">SAU"},
		{"a meeting with someone stays one",
			"واجتمع وزير الخارجية الفرنسي مع نظيره الأردني في عمان بدعوة من الملك.",
			"FRAGOV>JOR", ""},
		{"support to come is no meeting",
			"وأكد الوزير أن فرنسا ستدعم الحكومة العراقية.",
			"FRA>IRQGOV:032", ":036"},
		{"the majority of a place is no target",
			"وقتل ثمانية مدنيين في غارة تركية استهدفت سوقا في بلدة جنديرس ذات الغالبية الكردية.",
			"", ">KUR"},
		{"an attack a body investigates is no act of its own",
			"وأكدت منظمة حظر الأسلحة الكيميائية التي كانت تحقق في اعتداء بغاز سام على ضابط روسي أن تقريرها جاهز.",
			"", ":18"},
		{"an adjective inside an aside does not impose",
			"وفرضت كندا، التي انضمت إلى التنديد البريطاني، عقوبات على عدد من المسؤولين الروس.",
			"", "GBR>"},
		{"the one who planted the mine did the bombing",
			"قتل ثلاثة جنود أتراك بانفجار عبوة ناسفة زرعها مسلحو حزب العمال الكردستاني.",
			"TURREBPKK>TURMIL:18", "TURMIL>"},
		{"a mine left behind was laid by those who left it",
			"وأصيب أربعة مدنيين عراقيين بانفجار لغم من مخلفات تنظيم داعش.",
			"IMGMUSISI>IRQ", "IRQ>"},
		{"a people accused stays the object",
			"وتتهم أنقرة الأكراد بالسعي إلى التقسيم.",
			"TURGOV>KUR", ""},
	}
	checkReadings(t, tests)
}

// TestLocation checks the place an event is given: the one nearest its
// trigger, a place qualified by an adjective or a direction rather than
// the adjective, a place something is taken to only when no other is
// named, and for an act done in words none that its words are about.
func TestLocation(t *testing.T) {
	tests := []placed{
		{"the clause's own place", "ونددت تركيا بالمجزرة في غزة، بينما تظاهر الآلاف في إسطنبول تنديدا بها.", "141", "إسطنبول"},
		{"the place before the act", "وفي بغداد، اعتقلت الشرطة عشرة مسلحين.", "173", "بغداد"},
		{"a place qualified by its country", "وقصفت الطائرات التركية مواقع للمقاتلين الأكراد في مدينة منبج السورية.", "195", "منبج"},
		{"a place qualified by a direction", "وقصفت الطائرات التركية مواقع المقاتلين الأكراد في منطقة عفرين شمالي سوريا.", "195", "عفرين"},
		{"a place something goes to is not where one protests", "وخرج المتظاهرون في غزة احتجاجا على نقل السفارة إلى القدس.", "141", "غزة"},
		{"a town one stands with is not where", "وصعد الرئيس التركي رجب طيب أردوغان من حدة هجومه على النائب صلاح الدين دميرتاش بسبب دعوته إلى التظاهر تضامنا مع مدينة حلب السورية.", "111", ""},
		{"a town one stands with, named twice", "وصعد الرئيس التركي رجب طيب أردوغان من حدة هجومه على النائب صلاح الدين دميرتاش بسبب دعوته إلى التظاهر تضامنا مع مدينة عين العرب (كوباني) السورية.", "111", ""},
		{"protests one stands with are where they are", "وتجمع طلاب في جميع أنحاء البلاد، بما في ذلك شيكاغو وإلينوي، وكذلك في بنسلفانيا وأريزونا للتضامن مع احتجاجات فلوريدا.", "141", "فلوريدا"},
		{"the border with a place is where", "وأطلق جنود إسرائيليون النار على شاب فلسطيني قرب الحدود مع قطاع غزة.", "193", "قطاع غزة"},
		{"a place a distance is measured from is not where", "وتظاهر مئات العراقيين في بلدة تقع على بعد 300 كيلومتر جنوب بغداد.", "141", ""},
		{"no place", "واتهمت روسيا الولايات المتحدة بتقويض الاتفاق.", "112", ""},
		{"a charge is not where the act charged was", "واتهمت الحكومة السورية إسرائيل بقصف مواقع عسكرية في ريف دمشق.", "112", ""},
		{"a warning is not where what it warns of is", "وحذرت الخارجية الأمريكية الحكومة السورية من استخدام القوة ضد المدنيين في محافظة إدلب.", "130", ""},
		{"a threat is not where its condition is", "وهدد الرئيس الأمريكي إيران بعقوبات قاسية إذا لم تسحب قواتها من سوريا.", "1312", ""},
		{"a threat is not where the shelling it answers was", "وهدد المسؤول الإيراني إسرائيل برد حاسم، في إشارة إلى القصف الذي تعرض له مطار التيفور في ريف حمص.", "130", ""},
		{"a criticism's own place stays", "وانتقد وزير الخارجية الروسي في موسكو العقوبات الأمريكية على بلاده.", "111", "موسكو"},
		{"a condemnation is where it is made", "وأدان وزير الخارجية الروسي في موسكو الغارات الأمريكية في سوريا.", "111", "موسكو"},
		{"support against someone is where it is given", "وتدعم الولايات المتحدة وحدات حماية الشعب الكردية في الحرب ضد تنظيم داعش في سوريا.", "051", "سوريا"},
		{"an attack in words is where it is made", "وشن رئيس الوزراء الإسرائيلي هجوما حادا على إيران في كلمة ألقاها في ميونخ.", "111", "ميونخ"},
		{"a place something is moved to is no act's place", "وأدانت جامعة الدول العربية إقدام البرازيل على نقل سفارتها من تل أبيب إلى القدس.", "111", ""},
		{"a charge's matter after ب", "واتهم رئيس الوزراء الإسرائيلي طهران بنشر ميليشيات مسلحة في سوريا.", "112", ""},
		{"a place before another clause's reported act", "وقصفت الطائرات الإسرائيلية مواقع للجيش السوري قرب دمشق، فيما أعلنت موسكو أن المقاتلات الإسرائيلية أطلقت 40 صاروخا على سوريا.", "195", ""}, // missiles fired by warplanes: an air strike (the one قرب دمشق is placed there)
		{"a place after a clause of another matter", "وأطلقت القوات الإسرائيلية النار على متظاهرين فلسطينيين، كما قصفت طائراتها مواقع لحزب الله في مدينة صيدا.", "193", ""},
		{"the other clause's act may share the scene", "قتل جندي مصري في هجوم على حاجز أمني بمدينة العريش، فيما قتلت القوات ثلاثة مسلحين.", "180", "العريش"},
		{"a clause telling the scene of the act", "وقتل صياد فلسطيني برصاص البحرية الإسرائيلية بينما كان على متن قارب قبالة سواحل قطاع غزة.", "180", "قطاع غزة"},
		{"a talk's place is where they met", "وبحث وزير الخارجية الروسي الوضع مع نظيره الأردني عندما التقيا في موسكو.", "040", "موسكو"},
	}
	checkLocations(t, tests)
}

// placed is a sentence and the location one of its events of code is
// given: want is the location's text, "" for none.
type placed struct {
	name, text, code, want string
}

// checkLocations runs each case as a subtest.
func checkLocations(t *testing.T, tests []placed) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := analyzed(t, tt.text, "2018-03-01")
			var got []string
			for _, e := range d.Events {
				if e.Code != tt.code {
					continue
				}
				loc := ""
				if e.Location != nil {
					loc = e.Location.Text
				}
				if loc == tt.want {
					return
				}
				got = append(got, loc)
			}
			t.Errorf("locations of the %s events %q, want %q", tt.code, got, tt.want)
		})
	}
}
