package event_test

import (
	"testing"
)

// TestReadings checks the readings added after the seed-4 and seed-5
// samples: protest places, complaints, attacks in words, calls, charges,
// referenced events, attacks as subjects, passives with an agent phrase.
func TestReadings(t *testing.T) {
	tests := []reading{
		// Protest places.
		{"protesters counted before their nationality", "تظاهر خمسة آلاف كردي أمس في باريس للمطالبة بالإفراج عن معتقلين في تركيا.", "KUR>:141", "TUR>"},
		{"the place of the march, not of what it asks for", "تظاهر الآلاف في باريس للمطالبة بالإفراج عن معتقلين في تركيا.", "FRA>:141", "TUR>"},
		{"a capital named after its country's adjective is a place", "تظاهرت حشود في العاصمة الفرنسية باريس ضد الرئيس الروسي.", "FRA>RUSGOV:141", "FRAGOV"},
		{"a place in what they protest against is not theirs", "وسط احتجاجات على دور السعودية في الحرب في اليمن.", "", "YEM>"},
		{"a place in the conjunct before is not the protest's", "وقعت حرب في أفغانستان وتظاهرات في عدة دول.", "", "AFG>"},
		{"a protest noun's own relative clause tells its place", "ويأتي الاجتماع على خلفية الاحتجاجات التي اندلعت الجمعة في قطاع غزة.", "PSE>:141", ""},
		{"a people without a state protests, it does not complain", "ويتظاهر الأكراد ضد تركيا في باريس.", "KUR>TUR:141", ":114"},
		// Complaints.
		{"protesting a decision is a complaint", "واحتجت مصر على تصريحات وزير الخارجية التركي.", "EGY>TURGOV:114", ":141"},
		{"protesting with street words stays a protest", "واحتج آلاف الفرنسيين في شوارع باريس على الحكومة الفرنسية.", "FRA>FRAGOV:141", ":114"},
		// Attacks in words.
		{"an attack with a participle far after is in words", "وهاجم الرئيس الروسي وزير الخارجية الأمريكي الذي زار المنطقة في الأسبوع الماضي ضمن جولة طويلة، واصفا إياه بالكاذب.", "RUSGOV>USAGOV:111", ":190"},
		{"launching an attack with an accusation is in words", "وشنت الرياض هجوما على إيران، متهمة إياها بالتدخل.", "SAUGOV>IRN:111", ":195"},
		{"a participle in another clause does not make it words", "وشن الجيش الروسي هجوما على المسلحين، في وقت كانت واشنطن تنتقد موسكو قائلة إنها تكذب.", "", ">SYRREB:111"},
		// Sanctions.
		{"easing sanctions", "ومدد الرئيس الأمريكي قرار تخفيف العقوبات على إيران.", "USAGOV>IRN:081", ":163"},
		{"threatened sanctions are a threat", "وحذر المسؤول من تهديدات الولايات المتحدة بإعادة فرض عقوبات على إيران.", "USA>IRN:1312", ":163"},
		// Calls and charges.
		{"a call to refuse is no refusal", "ودعت منظمة حقوقية الجنود الإسرائيليين إلى رفض إطلاق النار على الفلسطينيين.", "", ":120"},
		{"what one is charged with did not happen", "وحكمت محكمة عراقية على امرأة ألمانية بتهمة دعم تنظيم الدولة الإسلامية.", "", ":051"},
		// Reporters and references.
		{"a newspaper that relays a statement is no doer", `وقال ولي العهد السعودي في تصريحات نقلتها صحيفة فايننشال تايمز: "العقوبات ستضغط على النظام".`, "", "GBRMED>"},
		{"who condemns an attack with others named between did not attack", "أدان قادة فرنسا وألمانيا الهجوم على الجاسوس الروسي في بريطانيا.", "", ">RUSSPY"},
		{"condemning an attack whose doer follows it", "وأدانت فرنسا الهجوم الإيراني.", "FRA>IRN:111", ""},
		// Attacks as subjects.
		{"an attack that targets the army: the army is no doer", "وقتل ثمانية في اعتداء استهدف مقر الجيش الفرنسي.", "", "FRAMIL>"},
		{"an adjective of the attack names its doer", "وقتل عشرة في غارة تركية استهدفت مواقع الجيش السوري.", "TUR>SYRMIL:195", ""},
		// Passives.
		{"a passive with an agent phrase after a second verb", `وعادت رفات عشرين عامل بناء هندي خطفوا وقتلوا بأيدي عناصر تنظيم "الدولة الإسلامية".`, "IMGMUSISI>IND:181", "IND>IMGMUSISI"},
		// Adjectives of nationality.
		{"Czech authorities", "واعتقلت السلطات التشيكية الزعيم الكردي.", "CZEGOV>", "TURGOV>"},
		// Course, not march.
		{"the course of peace is no march", "ويبحث الوزراء وقف تدهور مسيرة السلام في الشرق الأوسط.", "", ""},
	}
	checkReadings(t, tests)
}
