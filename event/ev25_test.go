package event_test

import "testing"

// TestRecallEv25 checks the readings added for recall in stop 27: the
// feminine and plural past of verbs ending in a long vowel (التقت، دعت،
// التقوا), meetings, talks and calls held with someone (عقد اجتماعا مع،
// أجرى محادثات مع، أجرى اتصالا هاتفيا بـ), a visitor received (استقبل),
// a negotiation, an arrival on a visit, a release, an apology, condolences,
// an appeal (ناشد) and a demand (طالب); a counterpart (نظيره) with his
// country's adjective is its government; an attack or an occupation whose
// object is a place falls on the place's country.
func TestRecallEv25(t *testing.T) {
	tests := []reading{
		{"a feminine past of a verb in ى",
			"التقت رئيسة الوزراء البريطانية الرئيس الفرنسي في لندن.",
			"GBRGOV>FRAGOV:040", ""},
		{"a feminine past of دعا",
			"ودعت الأمم المتحدة الحكومة العراقية إلى حماية المتظاهرين.",
			"IGOUNO>IRQGOV:020", ""},
		{"a plural past of a verb in ى",
			"والتقوا الرئيس اللبناني في بيروت.",
			"", ":043"},
		{"a meeting held with someone",
			"وعقد وزير الخارجية الكويتي اجتماعا مطولا مع نظيره العماني في الكويت.",
			"KWTGOV>OMNGOV:040", ""},
		{"عقد without a meeting is no meeting",
			"وعقد البرلمان المصري جلسته الأولى بحضور رئيس الحكومة.",
			"", ":040"},
		{"talks held with أجرى",
			"وأجرى وزير الخارجية الروسي محادثات مع نظيره الإيراني في موسكو.",
			"RUSGOV>IRNGOV:040", ""},
		{"a telephone call with ب",
			"وأجرى الرئيس التونسي اتصالا هاتفيا بالرئيس الجزائري.",
			"TUNGOV>DZAGOV:041", ""},
		{"a visitor received",
			"واستقبل العاهل المغربي وزير الخارجية الإسباني في الرباط.",
			"MARGOV>ESPGOV:043", ""},
		{"an arrival on a visit",
			"ووصل الرئيس الإيراني إلى أنقرة في زيارة رسمية تستمر يومين.",
			"IRNGOV>TURGOV:042", ""},
		{"an arrival that is no visit",
			"ووصل الرئيس الإيراني إلى أنقرة بعد ظهر اليوم.",
			"", ":042"},
		{"prisoners released",
			"وأفرجت السلطات الإيرانية عن صحفي أمريكي بعد عامين من احتجازه.",
			"IRNGOV>USA:0841", ""},
		{"an appeal",
			"وناشد الرئيس اللبناني المجتمع الدولي والأمم المتحدة مساعدة بلاده.",
			"LBNGOV>IGOUNO:020", ""},
		{"a demand of a government",
			"وطالبت منظمة العفو الدولية السلطات البحرينية بالإفراج عن الناشط.",
			"NGOHRIAMN>BHRGOV:100", ""},
		{"a name inside the thing demanded is not the one asked",
			"وطالبت فرنسا بإجراء تحقيق مستقل في مقتل الصحفي السعودي.",
			"", "FRA>SAU:100"},
		{"the one whose dismissal is demanded",
			"وطالب المتظاهرون الأردنيون بإقالة رئيس الوزراء الأردني.",
			"JORCVL>JORGOV:100", ""},
		{"a meeting sought, its seeker named between, is an intent",
			"ويسعى المبعوث الأممي إلى عقد اجتماع مع إيران وتركيا الشهر المقبل.",
			"IGOUNO>IRN:036", ":040"},
		{"talks now about a summit to come are talks",
			"وقال المتحدث إن واشنطن تجري محادثات مع بيونغيانغ بشأن عقد القمة يوم 12 يونيو.",
			"USAGOV>PRKGOV:040", ":036"},
		{"a counterpart is his country's government",
			"والتقى وزير الدفاع الأمريكي نظيره التركي في بروكسل.",
			"USAMIL>TURGOV:040", ""},
		{"a city bombarded falls on its country",
			"وقصفت الطائرات الروسية مدينة إدلب السورية.",
			"RUS>SYR:195", ""},
		{"air strikes on a territory",
			"وشن الطيران الإسرائيلي غارات على قطاع غزة ردا على إطلاق الصواريخ.",
			"ISRMIL>PSE:195", ""},
		{"a blockade is not coded: its verbal noun reads as the verb",
			"وتفرض إسرائيل حصارا بريا وبحريا على قطاع غزة.",
			"", ":191"},
		{"a land occupied",
			"واحتلت القوات التركية مدينة عفرين السورية.",
			"TURMIL>SYR:192", ""},
		{"a place after another word is where, not whom",
			"واستهدفت الغارات مواقع في مدينة إدلب.",
			"", ">SYR:195"},
		{"a place struck by a backer in a list is not struck by the backer",
			"وكانت القوات الحكومية المدعومة من السعودية والإمارات أعلنت عملية عسكرية على مدينة الحديدة.",
			"", "ARE>YEM:190"},
	}
	checkReadings(t, tests)
}

// TestReceivedEv25 checks that a crowd taken in is no visit hosted, and
// that condolences (عزى) are not coded: its feminine is the name عزت.
func TestReceivedEv25(t *testing.T) {
	checkReadings(t, []reading{
		{"refugees taken in are no guests",
			"واستقبلت ألمانيا مئات الآلاف من اللاجئين السوريين منذ عام 2015.",
			"", ":043"},
		{"tourists taken in are no guests",
			"وتستقبل تونس آلاف السياح الجزائريين كل صيف.",
			"", ":043"},
		{"a guest received on a day",
			"واستقبل الرئيس التونسي في 20 مايو وزير الخارجية الفرنسي.",
			"TUNGOV>FRAGOV:043", ""},
		{"the name عزت is no condolence",
			"وقال عزت الرشق عضو المكتب السياسي لحماس إن الحركة ترفض الاتهامات المصرية.",
			"", ":018"},
	})
}

// TestSeekersEv25 checks that طالب read as a noun (a seeker of asylum, a
// student) demands nothing, and that clubs dealing over a player in a
// sports story hold no meeting.
func TestSeekersEv25(t *testing.T) {
	checkReadings(t, []reading{
		{"an asylum seeker",
			"وأوقفت الشرطة الألمانية طالب لجوء عراقيا بعد الهجوم على الشرطة الألمانية.",
			"", ":100"},
		{"a student and his nationality",
			"وقال طالب سوري للشرطة الألمانية إنه لم ير شيئا.",
			"", ":100"},
		{"a demand of one state on another",
			"وطالبت لندن موسكو بتقديم تفسير لما حدث.",
			"GBRGOV>RUSGOV:100", ""},
		{"clubs' talks in a football story are no meeting",
			"وأجرى نادي مانشستر يونايتد الإنجليزي اتصالات مع ريال مدريد الإسباني لضم اللاعب بعد المباراة الأخيرة، وقال المدرب إن الملعب جاهز.",
			"", ":04"},
	})
}

// TestVerbEndingParagraph checks that a verb with a frame closing a
// paragraph with no full stop after it is read without error (a pronoun
// preposition was once looked for past the last token).
func TestVerbEndingParagraph(t *testing.T) {
	checkReadings(t, []reading{
		{"a framed verb is the last token",
			"وأكد الوزير أن نظيره التركي اتصل",
			"", ":041"},
	})
}
