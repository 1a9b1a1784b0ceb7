package event_test

import "testing"

// TestReadingsEv11 checks the readings added after the draws of stop 17:
// (seed 50, first pool) an attack launched with شن is aerial only when
// its object is a strike or a raid; (seed 48, second pool) protests
// called international are objections of states, not a march; (seed 56,
// third pool) one person of a country named after a killing is its
// victim; (stop 17, relayed speech found) evidence that supports a
// claim is no actor's support; (seed 51, first pool) orders to bomb are
// not a bombing, and support sent as reinforcements is military; (seed 49,
// second pool) the idea of an attack is no attack, and "our support"
// has an owner the sentence does not name; (seed 57, third pool) tweets
// that criticise are the subject of the criticism; (seed 50, second pool)
// a solution backed is no party; declining to comment rejects no one;
// (seed 58, third pool) the one who announced the strikes made them, a
// relative clause's verb that agrees with it has the antecedent as its
// subject, and holding a state responsible for what it did is a charge;
// (seed 53, first pool) a charge with its pronoun right after the verb
// leaves the accused unnamed; (seed 51, second pool) a protest one asks
// to organise is not held; (seed 55, first pool) the surname of someone
// named in full before, whom the lexicon does not know, is the subject;
// (seed 53, second pool) a warning that a country may suffer is no threat
// to it; (seed 61, third pool) the south-west is no Western party, and
// tomorrow's protests have not been held, and the government a court
// speaks of is its own state's.
func TestReadingsEv11(t *testing.T) {
	tests := []reading{
		{"a ground attack launched is no air strike", "شنت القوات التركية هجوما كبيرا على مواقع المسلحين الأكراد.", "TURMIL>", ":195"},
		{"one attack, told by its verb and its noun", "شنت إسرائيل موجة جديدة من الهجمات على سوريا.", "ISR>SYR:190", ":195"},
		{"air strikes launched", "شنت إسرائيل سلسلة من الغارات على سوريا.", "ISR>SYR:195", ":190"},
		// Seed 48, second pool.
		{"international protests are no march", "وسارت اليابان على نهج الصين عندما تصاعدت الاحتجاجات الدولية على خطوتها.", "", ":14"},
		{"formal protests are no march", "وفي اليابان تصاعدت الاحتجاجات الرسمية على الخطوة.", "", ":14"},
		{"protests in a city are a march", "وتصاعدت الاحتجاجات في العاصمة اليابانية طوكيو على قرار الحكومة.", "JPN", ""},
		// Seed 56, third pool.
		{"a Tunisian killed is the victim", "ورفضت المحكمة تسليم رجل مطلوب لضلوعه في قتل تونسي في عام 2016 قالت حركة حماس إنه من أعضائها.", "", "TUN>"},
		{"a Palestinian killed in a strike", "وقتل فلسطيني وأصيب آخر بجروح الثلاثاء في قصف إسرائيلي على شمال قطاع غزة.", "ISR>PSE:19", "PSE>"},
		{"evidence supports, not the speaker", "ونقلت إذاعة محلية عن مكتب المدعي العام التركي قوله إن المحققين عثروا على أدلة تدعم الرواية القائلة بأن خاشقجي قتل عمدا.", "", ":05"},
		// Seed 51, first pool.
		{"orders to bomb are no bombing", "وقالت الحكومة إن الرجل أرسل إلى كينيا من قبل تنظيم القاعدة مع أوامر بتفجير قنبلة في السفارة البريطانية.", "", ":18"},
		{"reinforcements sent in support", "وذكرت مصادر وصول تعزيزات عسكرية من مناطق سيطرة قوات سوريا الديمقراطية إلى عفرين، دعماً لوحدات حماية الشعب في صد تقدم القوات التركية.", "SYRREBSDF>SYRREBYPG:072", ""},
		// Seed 49, second pool.
		{"the idea of an attack", "وقال القائد إن قوة الجيش جعلت الأمريكيين ينسون فكرة الهجوم على إيران.", "", ":19"},
		{"our support after a preposition", "وقال الوزراء في بيانهم: \"نحن متحدون في دعمنا لبلجيكا وهولندا اللتين تطالبان روسيا بكشف دورها\".", "", "NLD>RUS:05"},
		// Seed 57, third pool.
		{"tweets criticise", "وحكم على الناشط بالسجن ثلاث سنوات لنشره تغريدات تنتقد مشاركة الكويت إلى جانب السعودية في الحرب.", "", "KWT>"},
		// Seed 50, second pool.
		{"a solution backed is no party", "وأكدت الوزيرة في مؤتمر صحفي دعم ماليزيا لحل الدولتين في صراع الشرق الأوسط.", "", ">MEA"},
		{"declining to comment", "ورفض البيت الأبيض التعليق على زيارة بومبيو إلى كوريا الشمالية.", "", ":12"},
		// Seed 58, third pool.
		{"strikes a state announced", "وأشاد الوزير بتعليق وزير الخارجية البحريني خالد بن أحمد على الضربات التي أعلنت إسرائيل شنها على مواقع إيرانية في سوريا.", "ISR>IRN:19", "BHR"},
		{"the antecedent accused, not the speaker", "وقال مادورو إن بنس، الذي اتهمه فيما قبل بأنه يدير ديكتاتورية مدمرة، يدلي بتصريحات متوقعة.", "", "VENGOV>"},
		{"held responsible for its role", "وقال مجلس الوزراء الهولندي إنه سيحمل الدولة الروسية المسؤولية عن دورها في إسقاط الطائرة.", ":112", ":130"},
		// Seed 53, first pool.
		{"accused, passive, of his links", "وقال إنه احتجز في الموصل ووفقا لأحد الباحثين في شؤون \"داعش\" اتهم بارتباطه بتنظيم القاعدة، لكن أفرج عنه لاحقا.", "", ":112"},
		// Seed 51, second pool.
		{"a protest asked for", "وطالب بعض مشجعي النادي المغربي عبر موقع \"تويتر\" بتنظيم مظاهرة أمام السفارة الجزائرية في المغرب.", "", ":14"},
		{"a protest organised", "ونظم مشجعو النادي مظاهرة أمام السفارة الجزائرية في المغرب.", ":14", ""},
		// Seed 55, first pool.
		{"a surname named in full before", "وكان البطل الأولمبي رسول خادم رئيسا للاتحاد. وقد انتقد خادم أوائل هذا الشهر السلطات الإيرانية لموقفها من التنافس مع لاعبين إسرائيليين.", "", "IRNGOV>"},
		// Seed 53, second pool.
		{"a warning that a country may suffer", "وحذرت منظمة الأمم المتحدة من أن الصومال قد يشهد قريبا مجاعة واسعة إذا استمر الجفاف.", "", ">SOM"},
		{"a warning that a country is not ready", "وحذرت منظمة هيومن رايتس ووتش من أن ليبيا ليست مستعدة بعد لإجراء انتخابات حرة.", "", ">LBY"},
		{"a warning that a country acts", "وحذر وزير الخارجية التركي من أن إيران تسعى إلى السيطرة على المنطقة.", "TURGOV>IRN:13", ""},
		// Seed 61, third pool.
		{"a compass point is no party", "وأعقب كلمة حفتر تجدد الاشتباكات في المحور الجنوبي الغربي لمدينة درنة بين قوات الجيش الوطني وفصائل مسلحة.", "", ">WST"},
		{"tomorrow's protests", "كما ستتزامن مظاهرات يوم غد في عمّان مع آخر جمعة في شهر رمضان.", "", ":14"},
		{"a court's own government", "ورفضت المحكمة الإسرائيلية العليا الالتماس. وقالت رئيسة المحكمة إن المحكمة أيدت موقف الحكومة القائل إن المحتجين على الحدود مع غزة ليسوا سلميين.", "ISRJUD>ISRGOV", "PSEGOV"},
	}
	checkReadings(t, tests)
}
