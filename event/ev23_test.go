package event_test

import "testing"

// TestPlacesEv23 checks the places added after reading the located
// events of two draws (seeds 2039 and 2040): a capital a state is to have
// (دولة مستقلة عاصمتها القدس) is no scene; an act of words about someone's
// doing (رفضها لقيام واشنطن بـ) takes no place of that doing; nor one
// about a party's body in a place (انتقدت النظام القضائي في مصر); a place
// one arrived from (لدى وصوله من برلين) is not where he was arrested.
func TestPlacesEv23(t *testing.T) {
	tests := []placed{
		{"a capital a state is to have is no place of support",
			"وجددت مصر دعمها لحق الشعب الفلسطيني في إقامة دولته المستقلة وعاصمتها القدس الشرقية.", "051", ""},
		{"a capital after في is no place of support",
			"وأكدت الجزائر دعمها الثابت لحق الفلسطينيين في دولة مستقلة عاصمتها في القدس.", "051", ""},
		{"a march for a state with a capital is where it marched",
			"وتظاهر آلاف الفلسطينيين في رام الله للمطالبة بدولة مستقلة عاصمتها القدس الشرقية.", "141", "رام الله"},
		{"a rejection of another's doing is not where it is done",
			"وأعلنت إيران رفضها لقيام الولايات المتحدة بإقامة قواعد داخل العراق.", "120", ""},
		{"an operation under way is where it is, after على خلفية",
			"وأجرى وزير الخارجية الفرنسي محادثات مع نظيره التركي في أنقرة، على خلفية العملية العسكرية التي تشنها تركيا في شمال سوريا ضد الأكراد.", "190", "سوريا"},
		{"criticism of a party's body in a place",
			"وانتقدت منظمات حقوقية النظام القضائي في مصر.", "111", ""},
		{"the place one arrived from is not where he was arrested",
			"واعتقلت الشرطة التركية الصحفي لدى وصوله من العاصمة الألمانية برلين.", "173", ""},
		{"a capital after a town noun and its adjective is the city",
			"وقصفت الطائرات الإسرائيلية مستودعا للأسلحة قرب العاصمة السورية دمشق.", "195", "دمشق"},
		{"support is not where another clause's control is",
			"وتحدث الوزير مع نظيره الإيراني الذي تدعم بلاده دمشق وتنشر قوات في شرق سوريا.", "051", ""},
		{"strikes on a part of a state are there",
			"وقتل عشرة مقاتلين في غارات روسية على شرق سوريا.", "195", "سوريا"},
		{"an attack in a part of a state after ب",
			"وهاجمت الطائرات التركية مواقع للمسلحين الأكراد بشمال العراق.", "190", "العراق"},
	}
	checkLocations(t, tests)
}
