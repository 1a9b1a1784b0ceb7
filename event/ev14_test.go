package event_test

import "testing"

// TestReadingsEv14 checks the readings added after the draws of stop 22:
// (seed 76, first pool) the dead of an air strike or a shelling (قتل ...
// في غارات، بقصف) fell to fighting, root 19, not to an assault.
func TestReadingsEv14(t *testing.T) {
	tests := []reading{
		{"killed in air strikes is an air attack",
			"قتل 20 مسلحا من الحوثيين في غارات جوية للتحالف العربي شمال اليمن.",
			"SAUMIL>YEMREBHTH:19", ":18"},
		{"killed by shelling is a shelling",
			"قتل 7 من الحوثيين بقصف مدفعي للتحالف العربي في محافظة صعدة.",
			"SAUMIL>YEMREBHTH:19", ":18"},
		{"killed and wounded in a bombardment",
			"وقتل لبناني وأصيب اثنان بجروح في قصف إسرائيلي على جنوب لبنان.",
			"ISR>LBN:19", ":18"},
		{"killed in a raid the army led stays an assault",
			"قتل ثلاثة مدنيين سوريين في هجوم انتحاري نفذه تنظيم داعش في دير الزور.",
			"", ":19"},
		{"one quoted telling what another said is not the one who said it",
			"وقال المستشار الكوري الجنوبي تشونغ: \"أبدى الرئيس الأمريكي ارتياحه للإحاطة، وقال إنه سيجتمع مع كيم جونغ أون قريبا\".",
			"", "KORGOV>"},
		{"one who says he will meet is the one who meets",
			"وقال الرئيس الأمريكي دونالد ترامب إنه سيجتمع مع كيم جونغ أون قريبا.",
			"USAGOV>PRKGOV:03", ""},
		{"settlers who attack assault",
			"وهاجم مستوطنون إسرائيليون بالحجارة حافلة فلسطينية قرب مدينة الخليل.",
			"ISR>PSE:18", ":19"},
		{"soldiers who attack fight",
			"وهاجم جنود إسرائيليون بالرصاص حافلة فلسطينية قرب مدينة الخليل.",
			"ISRMIL>PSE:19", ""},
		{"the matter of a charge is not accused",
			"واتهمت النيابة العامة السعودية الرجلين بالتخابر \"مع جهاز الموساد الإسرائيلي\".",
			"", ">ISR"},
		{"the one accused before the charge stays",
			"واتهمت الحكومة الأردنية إيران بالتدخل في شؤون المنطقة.",
			"JORGOV>IRN:112", ""},
		{"a body concerned with a matter accuses the one after it",
			"واتهم فريق خبراء الأمم المتحدة المعني باليمن الحوثيين بعرقلة توزيع المساعدات.",
			"IGOUNO>YEMREBHTH:112", ""},
		{"a group that targets activists assaults them",
			"وقال التقرير إن داعش تستهدف كل ناشط عراقي يعارض التنظيم في الموصل.",
			"IMGMUSISI>IRQ:18", ":19"},
		{"a name in apposition before the verb is its subject",
			"وأعلن المتحدث أن وزير الخارجية الفرنسي، جان إيف لودريان، التقى في القاهرة بالرئيس المصري.",
			"FRAGOV>EGYGOV:04", ""},
		{"a name in apposition after a preposition is no subject",
			"وقال الوزير البريطاني إنه ينبغي على الرئيس السوري، بشار الأسد، تحمل المسؤولية عن الهجوم.",
			"", "SYRGOV>"},
		{"one of a group is not the object, a position's owner not the doer",
			"وأضاف أن هناك بعض الدول التي \"تدعم الموقف الأمريكي بالبقاء ومنها بريطانيا\".",
			"", "USA>GBR"},
		{"those who back it are unnamed",
			"وقد تؤدي نتائج حزب الله ومن يدعمون احتفاظه بالسلاح إلى تعقيد السياسة الأمريكية تجاه لبنان.",
			"", "LBNREBHZB>"},
		{"an act asked about is no act",
			"وقال الوزير البريطاني: \"هل تخرج أمريكا وتعيد فرض عقوبات على إيران كما كانت في السابق؟\".",
			"", ":16"},
	}
	checkReadings(t, tests)
}
