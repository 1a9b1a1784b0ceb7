package event_test

import "testing"

// TestReadingsEv15 checks the readings added after the draws of stop 24:
// (seed 84, first pool) فإن opens the main clause after رغم, so a name
// before it is no subject of the verb after it; (seed 81, last pool) a
// meeting takes its partner as a direct object, and ب after الخاص or
// المعني brings the matter of a role, not the one met; (seed 85, first
// pool) crimes of bribery or fraud are no human rights abuse; (the sport
// pool) teams meet, attack a goal and snatch wins in matches, and a
// country joined by و to a place is where, not whom; (seed 88, middle
// pool) the dead during a bombardment (خلال القصف) fell to it.
func TestReadingsEv15(t *testing.T) {
	tests := []reading{
		{"a name before فإن is not the subject after it",
			"ورغم انضمام 20 دولة إلى حملة معاقبة الدبلوماسيين الإيرانيين فإن هناك دولا رفضت منها دول في الاتحاد الأوروبي.",
			"", "IRN>"},
		{"the subject right before the verb still acts",
			"ورغم الضغوط فإن الحكومة الأردنية رفضت مقترحات الاتحاد الأوروبي.",
			"JORGOV>IGOEUREEC:12", ""},
		{"an envoy special to a country is the one met",
			"وذكرت الخارجية الصينية أن وزير الخارجية الصيني وانغ يي التقى مبعوث الولايات المتحدة الخاص باليمن أمس.",
			">USA", ">YEM"},
		{"a meeting with a direct object",
			"وكان رئيس الوزراء العراقي قد التقى الأسبوع الماضي الرئيس الإيراني حسن روحاني في طهران.",
			"IRQGOV>IRNGOV:04", ""},
		{"a future meeting with a direct object",
			"وأعلنت الرئاسة أن الرئيس التونسي سيلتقي العاهل المغربي الملك محمد السادس الشهر المقبل.",
			"TUNGOV>MARGOV:036", ""},
		{"a partner the frame brings that is no actor is no direct object",
			"والسبت، زار مسؤولون من إدارة العمل والتوظيف الإندونيسية، الكويت، واجتمعوا مع وفود من العاملين الإندونيسيين في مقر السفارة الإندونيسية.",
			"", "KWT>"},
		{"a charge of bribery accuses of no abuse of rights",
			"وكانت الشرطة الماليزية قد اتهمت رئيس الوزراء الماليزي بارتكاب جرائم رشوة وغسل أموال.",
			":112", ":1122"},
		{"a charge of breaking the law accuses of no abuse of rights",
			"واتهمت السلطات المصرية الإخوان بمخالفة القانون وارتكاب جرائم.",
			":112", ":1122"},
		{"a charge of war crimes accuses of abuses",
			"واتهمت منظمة العفو الدولية الجيش البورمي بارتكاب جرائم ضد الإنسانية.",
			":1122", ""},
		{"a state named after خاصة is one of the doers",
			"وفي إشارة إلى رفض دول أوروبا الشرقية خاصة بولندا التعاون مع الشركاء في ملف الهجرة، قال الوزير إن الحل أوروبي.",
			"", ">POL"},
		{"national teams meet in a match",
			"ويلتقي المنتخب التونسي نظيره البلجيكي السبت في مباراة حاسمة بالمجموعة السابعة.",
			"", ":04"},
		{"two teams meet before qualifying",
			"وتلتقي السنغال مع كولومبيا الخميس وتحتاج للفوز من أجل التأهل.",
			"", ":04"},
		{"attacks on a goal are no attack",
			"واستمرت سيطرة المكسيك وتوالت الهجمات على مرمى ألمانيا بسرعة كبيرة.",
			"", ":19"},
		{"a team snatching a win abducts no one",
			"خطف المنتخب الإسباني فوزا ثمينا من المنتخب الإيراني في كازان.",
			"", ":18"},
		{"a team snatching a place abducts no one",
			"خطف منتخب البرتغال المركز الثاني في مونديال روسيا إثر فوزه على إسبانيا.",
			"", ":18"},
		{"two countries meet in a story of the game",
			"وفاز منتخب الأرجنتين في مباراته الأولى بالمونديال. وتلتقي البرازيل مع سويسرا الأحد.",
			"", ":04"},
		{"a leader's visit in a story of the game stays",
			"وفاز منتخب تركيا في مباراته الأولى بالمونديال. ويزور الرئيس التركي ألمانيا الأسبوع المقبل.",
			"TURGOV>DEU:0", ""},
		{"a president-elect still meets",
			"والتقى الرئيس الأمريكي المنتخب دونالد ترامب رئيس الوزراء الياباني شينزو آبي في نيويورك.",
			":04", ""},
		{"a protest by a team's camp is a protest",
			"وتظاهر عشرات الفلسطينيين أمام فندق المنتخب الأرجنتيني في برشلونة.",
			":14", ""},
		{"within range of fire is no match",
			"وقصفت المدفعية الإسرائيلية مواقع لحماس باتت في مرمى النيران قرب خان يونس.",
			":19", ""},
		{"a country joined to a place is a place",
			"وكانت باكو قد اتخذت موقفا مماثلا مع أنقرة في دعمها لعملياتها العسكرية في ليبيا والسودان.",
			"", ">SDN"},
		{"killed during an attack named before fell to it",
			"وشن مسلحو تنظيم داعش هجوما على مدينة البوكمال في شرق سوريا قتل خلاله 15 جنديا من قوات النظام السوري.",
			"IMGMUSISI>SYRGOV:19", ":18"},
		{"killed during an air bombardment fell to it",
			"وقال مسؤول طبي إن 12 جنديا سوريا قتلوا خلال القصف الجوي الإسرائيلي على مطار المزة.",
			"ISR>SYR:19", ":18"},
		{"a noun before كانت is the subject of the verb after it",
			"ويظهر التسجيل شرطيا تركيا يدفع امرأة كانت تحتج على القانون في شارع مكتظ.",
			"", "TUR:14"},
		{"the one before كانت التي still acts",
			"وفرضت الدول المصدرة للنفط حظرا على بيع النفط لكندا والدول الغربية التي كانت تؤيد إسرائيل.",
			"WST>ISR:05", ""},
		{"the matter discussed comes before its genitive",
			"وقالت مصادر إنه يتوقع أن يبحث وساطة الجزائر لحل خلاف المغرب مع موريتانيا.",
			"", "DZA>MRT:0"},
		{"a killing condemned is not the condemner's",
			"وأدان السفير القطري قتل المتظاهرين في قطاع غزة.",
			"", "QATGOV>PSECVL:18"},
		{"diplomats to be expelled are a threat to reduce relations",
			"وقال رئيس المجلس إن ست دول أوروبية ستقوم بطرد دبلوماسيين روس خلال أيام.",
			"EUR>RUS:1313", ":161"},
		{"sanctions to come are a threat of sanctions",
			"وسيفرض الاتحاد الأوروبي عقوبات جديدة على كوريا الشمالية.",
			">PRK:1312", ":163"},
		{"a verb joined after a VSO clause has its subject, not its object",
			"واستقبل العاهل الأردني وزير الخارجية الأمريكي وانتقد السياسة الإيرانية في المنطقة.",
			"JORGOV>IRN:111", "USAGOV>IRN"},
		{"a verb joined after a counterpart has the clause's subject",
			"والتقى وزير الخارجية الألماني نظيره التركي واتهم موسكو بدعم الانفصاليين.",
			"DEUGOV>RUSGOV:112", "TUR>RUSGOV"},
		{"a meeting's frame does not reach into the next clause",
			"والتقى وزير الخارجية الألماني نظيره التركي واتهم موسكو بدعم الانفصاليين.",
			"DEUGOV>TUR:040", ">RUSREB:040"},
		{"the genitive of a noun after a preposition is no subject",
			"وأعلنت بريطانيا خطة جديدة، فأسرعت بسحب القوات البريطانية من العراق ورفضت التدخل في الصراع الليبي.",
			"", "GBRMIL>"},
	}
	checkReadings(t, tests)
}

// TestLocationEv15 checks the places of acts of words read after the
// location draws of stop 24: a place before a comma or a new clause, in
// the clause of the telling before أن, after بعد or a relative pronoun, a
// clause away, or where someone lives is not where the words were said;
// حيث or عندما, a speech or a meeting keep the place the scene.
func TestLocationEv15(t *testing.T) {
	checkLocations(t, []placed{
		{"a visit is where it went",
			"وكان رئيس الوزراء الإيطالي زار القاهرة الثلاثاء حيث بحث مع السيسي الوضع في ليبيا.", "042", "القاهرة"},
		{"a place in a phrase of another time before a comma",
			"وبعد لقاءات في الرياض مع قادة المعارضة، التقى المبعوث الأممي الرئيس اليمني في مدينة عدن.", "040", "عدن"},
		{"a place of the telling yields to the clause told",
			"وأكد مراسل القناة في العراق أن المئات يواصلون اعتصامهم قرب الحقل النفطي في البصرة.", "141", "البصرة"},
		{"the place of the matter discussed is not the talks'",
			"وبحث الرئيس الفرنسي في اتصال هاتفي مع نظيره الروسي التطورات الأخيرة في ليبيا.", "040", ""},
		{"a fronted place does not reach past a comma and a new clause",
			"في فرنسا إضراب لعمال السكك الحديدية، وألمانيا تتهم روسيا بشن هجمات إلكترونية.", "112", ""},
		{"a place of the act answered is not the answer's",
			"وشنت الولايات المتحدة ضربات على مواقع للنظام السوري ردا على هجوم كيميائي في مدينة حرستا.", "195", ""},
		{"a meeting to come is not where it was announced",
			"وأكد المستشار خلال مؤتمر صحفي عقده في باريس أن ماكرون سيلتقي بوتين الشهر المقبل.", "036", ""},
		{"the Quds Force is no place",
			"وقال إن المقاتلات الإسرائيلية استهدفت مواقع تابعة لقوات القدس الإيرانية.", "195", ""},
		{"a place describing the teller is not the act's",
			"وأعلن التحالف الذي تقوده السعودية في اليمن أن الحوثيين هاجموا سفينة إماراتية.", "190", ""},
		{"a place past a relative aside is the main clause's",
			"وبدأت القوات الحكومية حملة لطرد المتمردين الحوثيين، الذين تدعمهم إيران، من مدينة الحديدة.", "051", ""},
		{"a place in a body's quoted name is no scene",
			"ونظمت رابطة \"الصحفيين العرب في ألمانيا\" وقفة احتجاجية أمام السفارة الإيرانية في برلين.", "141", "برلين"},
		{"a place in a name is no scene",
			"وقتل ثلاثة فلسطينيين برصاص الجيش الإسرائيلي أثناء مشاركتهم في تظاهرة تحمل اسم \"جمعة القدس\".", "180", ""},
		{"a place in the clause before a comma",
			"وكان القيادي في حزب الله قد قتل عام 2010 إثر انفجار عبوة في بيروت، واتهم حزب الله إسرائيل بالوقوف وراء اغتياله.", "112", ""},
		{"a place before a new clause's comma",
			"وعقد وزراء الخارجية الأوروبيون اجتماعا في بروكسل، وانتقد وزير الخارجية الفرنسي الحكومة الروسية.", "111", ""},
		{"a place of a fronted time phrase",
			"ومنذ بداية الحرب في اليمن، تتهم الرياض طهران بتهريب الأسلحة إلى الحوثيين.", "112", ""},
		{"a place right before a new coordinated clause",
			"وخفضت واشنطن عدد قواتها في العراق ورفضت التدخل العسكري في النزاع الليبي.", "120", ""},
		{"a place in the clause of the telling",
			"وقال سفير الصين في القاهرة إن بكين تدعم الحكومة المصرية.", "051", ""},
		{"a place after بعد",
			"وأكد وزير الخارجية الألماني أنه اجتمع بالسفير الإيراني لدى ألمانيا للحصول على أجوبة حول اعتقال الصحفي بعد دخوله إلى السجن في طهران الأسبوع الماضي.", "040", ""},
		{"a place in a relative clause",
			"وانتقدت الولايات المتحدة الحكومة السودانية التي يقودها الجيش في الخرطوم.", "111", ""},
		{"where someone lives",
			"وتتهم أنقرة الداعية فتح الله غولن المقيم في الولايات المتحدة بتدبير الانقلاب.", "112", ""},
		{"a place a clause away from the words",
			"وأيدت الحكومة الأردنية بقوة مقترحا روسيا بإقرار هدنة إنسانية يومية لساعات تمكن أغلب العائلات المحاصرة في الغوطة الشرقية من الخروج.", "051", ""},
		{"a place with حيث is the scene",
			"وعقد وزراء الخارجية الأوروبيون اجتماعا في بروكسل، حيث انتقد وزير الخارجية الفرنسي الحكومة الروسية.", "111", "بروكسل"},
		{"a place with عندما is the scene",
			"وكانت المحادثات قد تعثرت في قمة في النمسا الأسبوع الماضي، عندما رفض زعماء الاتحاد الأوروبي خطة لندن.", "120", "النمسا"},
		{"a speech's place is where the words were said",
			"وشن رئيس الوزراء الإسرائيلي هجوما حادا على إيران، واصفا إياها في كلمة ألقاها أمام مؤتمر الأمن الدولي في ميونخ بأنها تهديد.", "111", "ميونخ"},
		{"what is moved is no place of the words",
			"ورحبت إسرائيل باعتزام غواتيمالا نقل سفارتها في تل أبيب إلى القدس.", "051", ""},
		{"what a call is for is no place of the call",
			"ودعا وزير الخارجية البريطاني روسيا إلى استخدام نفوذها لدى الفصائل في سوريا.", "020", ""},
		{"a place before a comma and إثر is another act's",
			"وأثناء مأدبة عشاء في طهران، ندد الرئيس الإيراني بالصمت الدولي، وذلك إثر قتل الجيش الإسرائيلي لعشرات الفلسطينيين.", "180", ""},
		{"a place of the cause is not the act's",
			"وأمرت الحكومة الكندية بطرد أربعة دبلوماسيين روس على خلفية تسميم العميل السابق في بريطانيا.", "161", ""},
		{"a place where the accused are is not the accusation's",
			"وتتهم أنقرة المقاتلين الأكراد في العراق بالسعي إلى إقامة قواعد للمتمردين.", "112", ""},
		{"a place the ones backed head to is not the backing's",
			"وأعلنت واشنطن الخميس أن عددا من المقاتلين الأكراد الذين تدعمهم قد غادروا مواقعهم متجهين إلى منبج للمؤازرة.", "051", ""},
		{"an ambassador expelled in the capital keeps the place",
			"وأعلنت تركيا طرد السفير الإسرائيلي في أنقرة.", "161", "أنقرة"},
		{"a fronted place stays",
			"وفي بغداد، اتهم رئيس الوزراء العراقي تنظيم داعش بتدبير التفجير.", "112", "بغداد"},
	})
}

// TestDateEv15 checks the date an event takes when the sentence names its
// only day in another clause after the trigger (ردا على هجوم استهدف السبت،
// منذ بدء الاحتجاجات في 30 آذار): the publication date, not that day; a
// day after خلال or right after منذ stays the act's.
func TestDateEv15(t *testing.T) {
	const pub = "2018-04-11"
	tests := []struct {
		name, text, code, want string
	}{
		{"a day of the act answered",
			"وكان الرئيس الفرنسي قد هدد بتوجيه ضربة عسكرية للنظام السوري ردا على هجوم كيميائي استهدف السبت مدينة حرستا.", "130", pub},
		{"a day since the start of something else",
			"وقتل 80 فلسطينيا برصاص الجيش الإسرائيلي منذ بدء الاحتجاجات في 30 آذار/مارس.", "180", pub},
		{"a day after خلال is the act's",
			"وقتل خمسة فلسطينيين برصاص الجيش الإسرائيلي خلال مواجهات اندلعت الجمعة قرب الحدود.", "180", "2018-04-06"},
		{"a day right after منذ is the act's first",
			"وتظاهر الفلسطينيون في غزة منذ 30 آذار/مارس للمطالبة بحق العودة.", "141", "2018-03-30"},
		{"a day of the charged act",
			"وتتهم دمشق المعارضة السورية بتدبير تفجير دام في 15 تموز/يوليو 2016.", "112", pub},
		{"a day right after the charge is the charge's",
			"واتهم نواب إسرائيليون الرئيس البولندي بمعاداة السامية الأحد.", "112", "2018-04-08"},
		{"a day after على الرغم من is the other act's",
			"وأكدت الولايات المتحدة تمسكها بعقوباتها على كوبا، على الرغم من إفراج هافانا، الأحد، عن معتقل أمريكي.", "163", pub},
		{"a day of the cause of a reaction",
			"ورفضت فرنسا طلب الجزائر بسبب أحداث 17 أكتوبر 1961.", "120", pub},
		{"a day to come that is not the noun's own",
			"وحددت واشنطن العشرين من أيار/مايو المقبل موعدا نهائيا، وبعده يعد شراء النفط خرقا للعقوبات الأمريكية على إيران.", "163", pub},
		{"the dead counted since a day are not of that day",
			"وقتل 120 فلسطينيا على الأقل بنيران إسرائيلية منذ 30 آذار/مارس.", "180", pub},
		{"a day the tour lasts until is not the visit's",
			"وخلال جولته التي تستمر حتى 20 نيسان/أبريل، سيزور وزير الخارجية الفرنسي الأردن.", "036", pub},
		{"the day before since that date",
			"وانطلقت المسيرات في 30 آذار/مارس، ومنذ ذلك التاريخ قتل 30 فلسطينيا برصاص الجيش الإسرائيلي.", "180", pub},
		{"a day since another act began, before the trigger",
			"ومنذ بدء مسيرات العودة في 30 آذار/مارس، قتل 70 فلسطينيا برصاص الجيش الإسرائيلي.", "180", pub},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := analyzed(t, tt.text, pub)
			var got []string
			for _, e := range d.Events {
				if e.Code == tt.code && e.Date == tt.want {
					return
				}
				got = append(got, e.Code+"@"+e.Date)
			}
			t.Errorf("events %q, want %s on %s", got, tt.code, tt.want)
		})
	}
}
