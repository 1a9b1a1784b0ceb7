package event_test

import "testing"

// TestReadingsEv12 checks the readings added after the draws of stop 18:
// (seed 57, first pool) a role named alone takes the country the article
// is about rather than the last place it named, when one country
// stands out; (stop 18, people linked by their title) a title and the
// name right after it are one party, one who goes along with the subject
// is no party, a politician's attack on another is in words, and the
// director of a monitor who describes strikes made none; (seed 55,
// second pool) a nationality adjective of a noun in a phrase with a
// preposition is not the subject of a verb joined to the clause after it;
// (seed 56, second pool) support given in money is economic aid; (seed
// 59, first pool) a title with an adjective before a person of the
// lexicon is one party with him, and a warning of what may befall a
// country is no threat to it; (seed 60, first pool) a militant group
// strikes from no aircraft, and men counted before قتلوا were killed;
// (seed 57, second pool) support for an act against someone is not given
// to him, and support received from agents of a state is not given by
// the one who reports it; (seed 65, third pool) a warning that a country
// will witness a wave of refugees threatens no one; (stop 18, more media
// in the lexicon) the outlet one speaks to in an interview is no target,
// and protests by a president are objections, not a march; (seed 61,
// first pool) a second subject joined by و, named by a title, is no
// target; (seed 66, third pool) the one protests ousted did not protest;
// (seed 62, first pool) the speaker of a quotation is not the subject of
// a verb inside it; (seed 67, third pool) the genitive of a violent
// noun with a counted object after it did the act, and a clause opened
// by كان has a subject of its own; (seed 63, first pool) a second
// nationality adjective belongs to the subject, and a name right after
// an imperfect verb is that verb's subject; (seed 60, second pool) a
// wish or an intent to strike is no strike; (seed 68, third pool) forces
// named again are not the foreign forces that backed them, and a
// feminine verb does not agree with a masculine body after it; (seed 64,
// first pool) an actor after ليس takes no part; (seed 61, second pool)
// the country across a border is no target, and a past form after a
// verb of informing and the one told is a verbal noun; (seed 68 and 70,
// third pool) words ascribed to a leader are no act of his; (seed 63,
// second pool) a warning that one's own army is ready threatens no one;
// (seed 71, third pool) views that meet are no meeting; (stop 19, new
// names in the lexicon) the subject of a clause after و and a pronoun is
// no target, and declining to reply rejects no one; (seed 64, second
// pool) support that appeared is a noun whose doer is unnamed, and
// sanctions pressed for are not imposed; (seed 72, third pool) where
// one came from is no party; (seed 67 and 68, first pool) forces a
// relative clause describes do not take the country of the ministry that
// reports on them; (seed 73, third pool) backing sought for sanctions
// imposes none.
func TestReadingsEv12(t *testing.T) {
	tests := []reading{
		{"backing sought for sanctions imposes none",
			"وتسعى واشنطن حاليا إلى حشد التأييد لفرض عقوبات جديدة على طهران.",
			"", ":163"},
		{"forces a relative clause describes are not the reporter's",
			"وقالت وزارة الدفاع الروسية إن القوات التي تدعمها الحكومة السورية تعرضت لقصف في دير الزور.",
			"", ">RUSMIL"},
		{"where one came from is no party",
			"منعت السلطات المصرية زعيم حزب الأمة السوداني الصادق المهدي من دخول البلاد.\nوذكر بيان لحزب الأمة أن سلطات مطار القاهرة احتجزت المهدي لدى وصوله قادما من \"برلين\" بألمانيا، بعد اجتماعات مع الحكومة الألمانية.",
			"", ">DEU"},
		{"sanctions pressed for are not imposed",
			"وقالت رئيسة الوزراء إن حكومتها ستعمل من أجل أن يوافق الاتحاد الأوروبي على فرض عقوبات ضد روسيا.",
			"", ":16"},
		{"support that appeared is a noun, its doer unnamed",
			"وقال وزير الخارجية اليمني خالد اليماني إن طهران تسلح المتمردين.\nوأضاف: \"لقد ظهر دعم الحزب لميليشيا الحوثي في الخطاب الأخير\".",
			"", "YEMGOV>YEMREBHTH:05"},
		{"the subject of a clause after و and a pronoun is no target",
			"فرفضت جبهة البوليساريو الاقتراح وتضامنت معها الجزائر في موقفها.",
			"", ">DZA"},
		{"declining to reply to a channel rejects no one",
			"ورفض حزب الله الرد على أسئلة شبكة CNN.",
			"", ":12"},
		{"views that meet are no meeting",
			"ويرى نتانياهو أن الاتفاق يساعد إيران على تمويل حروبها، وهو ما يلتقي مع الموقف الأمريكي.",
			"", ":04"},
		{"a warning that one's own army is ready threatens no one",
			"وحذر رئيس الوزراء الإسرائيلي بنيامين نتانياهو من أن الجيش الإسرائيلي مستعد لضرب قطاع غزة بقوة أكبر.",
			"", "ISRGOV>ISRMIL"},
		{"words ascribed to a leader are no act of his",
			"ونشر قراصنة تصريحات نسبت للأمير القطري الشيخ تميم بن حمد ينتقد فيها السعودية.",
			"", "QAT"},
		{"what one is informed of is a noun",
			"وأبلغ المبعوث الأممي مجلس الأمن رفض الحوثيين الانسحاب من الميناء.",
			"", "IGOUNO>YEMREBHTH:12"},
		{"the country across a border is no target",
			"ومع شن الجيش السوري هجوما في ريف إدلب الواقع على الحدود مع تركيا، فر آلاف المدنيين.",
			"", ">TUR"},
		{"the pronoun after a participle of speech is the speaker's",
			"وامتدح رئيس الوزراء الياباني شينزو آبي جهود الرئيس ترامب قائلا إنه يؤيد تعهد كوريا الشمالية بالتخلي عن سلاحها النووي.",
			"JPNGOV>PRK:05", "USAGOV>PRK"},
		{"an actor after ليس takes no part",
			"وقال الوزير الأمريكي إن مرتزقة روسا، وليس الجنود الأمريكيين، شاركوا في الهجوم على قوات سوريا الديمقراطية.",
			"", "USAMIL>"},
		{"forces named again are not those that backed them",
			"قال الجيش اليمني إن المعارك تتواصل في اليمن. وأعلنت الحكومة اليمنية تقدم قواتها غرب اليمن.\nوكانت القوات الحكومية قد بدأت الثلاثاء بمساندة قوات سعودية هجوما على ميناء المخا، في أوسع عملية عسكرية تشنها هذه القوات ضد الحوثيين.",
			"YEMMIL>YEMREBHTH:190", "SAUMIL>YEMREBHTH:190"},
		{"a feminine verb does not take a masculine body as subject",
			"وقال المسؤول الإسرائيلي: \"إيران تبني قواعد في سوريا، ونحن نراها تنقل الأسلحة، وتدعم حزب الله في سوريا ولبنان\".",
			"", "LBNREBHZB>LBN"},
		{"a wish to assassinate is no assassination",
			"وكشف الكتاب عن رغبة ترامب باغتيال الرئيس السوري بشار الأسد.",
			"", ":186"},
		{"an intent to bomb is no bombing",
			"وأعلنت روسيا عزمها على قصف مواقع داعش.",
			"", ":195"},
		{"a second adjective of the subject is not the target",
			"واتهم الزعيم القبرصي التركي الحكومة اليونانية بعرقلة المفاوضات.",
			"CYP>GRCGOV:112", ">TUR"},
		{"a name after the next verb is its subject, not the object",
			"وكما خطف الظواهري شباب القبائل لخدمة أهدافه يستعمل نصر الله أبناء الطائفة.",
			"", "IMGMUSAQD>LBNREBHZB"},
		{"the subject of a clause opened by كان is not the meeting's",
			"ويبحث الوزراء خلال اجتماعهم مقترحات كانت طرحتها ألمانيا وإيطاليا بشأن الهجرة.",
			"", "DEU>ITA"},
		{"the genitive of a violent noun with a counted object did it",
			"وأشار الوزير اليمني إلى اختطاف الحوثيين عشرين صحفيا يمنيا.",
			"YEMREBHTH>YEM:181", ">YEMREBHTH"},
		{"the genitive of a violent noun alone is its victim",
			"وندد البيان باختطاف الحوثيين عشرين صحفيا يمنيا في صنعاء وأدان اختطاف الحوثيين في عدن.",
			"YEMREBHTH>YEM:181", "YEM>YEMREBHTH"},
		{"the authorities of the story's country, not of its last place",
			"قالت السلطة القضائية في إيران إن قوات الأمن الإيرانية احتجزت ناشطين. وقال مسؤولون إيرانيون إن النشطاء جمعوا معلومات. وقال مركز حقوقي مقره في نيويورك إن موظفين اعتقلوا. وانتقد وزير الاستخبارات الإيراني السابق تعامل السلطات مع القضية.",
			"IRNSPY>IRNGOV:111", ">USAGOV"},
		{"the last place when no country stands out",
			"تظاهر آلاف الأشخاص في باريس احتجاجا على الضرائب. واعتقلت الشرطة عشرات المحتجين.",
			"FRACOP>FRACVL:173", ""},
		{"the police of the story's country after a place abroad",
			"قالت السلطات التونسية إن الاحتجاجات تتواصل في تونس. وقال مسؤول تونسي إن الحكومة ستستمع للمحتجين. وكان رئيس الحكومة التونسية في زيارة إلى روما الأسبوع الماضي. واعتقلت الشرطة عشرات المحتجين.",
			"TUNCOP>", "ITACOP"},
		{"a title and its name are one party",
			"وحذر وزير الداخلية النمساوي هربرت كيكل وهو من حزب يميني مما أسماه \"تهديد المهاجرين للثقافة في أوروبا\".",
			"", "AUTCOP>AUTGOV"},
		{"one who goes along is no party",
			"وقال شهود إن انفجارا وقع لدى مرور موكب رئيس الوزراء الفلسطيني رامي الحمد الله الذي يزور قطاع غزة برفقة رئيس المخابرات الفلسطينية ماجد فرج، ما أسفر عن إصابة سبعة أشخاص.",
			"", ">PSESPY"},
		{"a politician attacks the opposition in words",
			"حذر رئيس الوزراء المجري فيكتور أوربان من الهجرة. وهاجم أوربان المعارضة ووصفها بأنها \"خارج الزمن\".",
			"HUNGOV>HUNOPP:111", ":190"},
		{"the monitor's director struck no one",
			"وقال مدير المرصد رامي عبد الرحمن \"بعد الغارات، استهدف مقاتلون موالون للنظام السوري السبت القافلة التي تقل مدنيين\".",
			"", "NGOHRI>"},
		{"the adjective of a phrase is no subject of the joined verb",
			"وتحدث الكاتب عن الأراضي السورية وانتقد سياسة إسرائيل في الجولان.",
			"", "SYR>ISR"},
		{"missiles of a state that struck",
			"وأعلنت دمشق تصديها لصواريخ إسرائيلية استهدفت مناطق عدة من سوريا.",
			"ISR>SYR:195", ""},
		{"support paid in dollars is economic aid",
			"وكشفت صحيفة أن دولة قطر دفعت مئتي ألف دولار كدعم لصالح مجموعة أميركية تعمل داخل الولايات المتحدة.",
			"QAT>USA:071", ":051"},
		{"support worth billions",
			"وأعلن أمير قطر خلال زيارته إلى أنقرة عن دعم بقيمة 15 مليار دولار للاقتصاد التركي.",
			">TUR:071", ":051"},
		{"political support stays support",
			"وأعلنت قطر دعمها الكامل لتركيا في مواجهة الضغوط.",
			"QAT>TUR:05", ":071"},
		{"a senator with his title criticises",
			"وانتقد السيناتور الأمريكي المحافظ جون ماكين ترامب بسبب تهنئته لبوتين.",
			"USALEG>USAGOV:111", "USA>USALEG"},
		{"a country before a name is a party of its own",
			"وتتهم تركيا فتح الله غولن بتدبير محاولة الانقلاب.",
			"TUR>TUROPP:112", ""},
		{"a title governed by a preposition stays apart",
			"وقال نتنياهو في مؤتمر صحفي مع المستشارة الألمانية أنجيلا ميركل، التي تزور إسرائيل حاليا، إن الخطر قائم.",
			"DEUGOV>ISR:042", ""},
		{"a warning of what may befall a country",
			"حذر رئيس الوزراء الإسرائيلي بنيامين نتانياهو الاثنين ألمانيا من أنها قد تشهد موجة جديدة من اللاجئين.",
			"", ":13"},
		{"a militant group's attack is not aerial",
			"وقال المرصد إن تنظيم داعش استهدف تجمعا لقوات النظام السوري في البادية.",
			"IMGMUSISI>SYRGOV:190", ":195"},
		{"a militant group's drone is aerial",
			"وقال المرصد إن تنظيم داعش استهدف بطائرة مسيرة تجمعا لقوات النظام السوري في البادية.",
			"IMGMUSISI>SYRGOV:195", ""},
		{"men counted before قتلوا were killed",
			"وقالت الحكومة البوركينية إن أربعة مسلحين قتلوا أمام السفارة واثنين أمام مقر الجيش.",
			"", ":18"},
		{"support for a coup against a leader",
			"وقالت المصادر إن واشنطن تراجعت عن دعم الانقلاب على مادورو بعد اجتماعات عدة.",
			"", ">VENGOV:05"},
		{"support for the offensive of a government",
			"وتدعم السعودية هجوم قوات الحكومة اليمنية على الحديدة.",
			"SAU>YEMGOV:05", ""},
		{"support received from agents",
			"وأفادت لائحة اتهامات أميركية أن فوزه حصل على دعم فعلي من 12 عميلا للمخابرات العسكرية الروسية.",
			"", "USA>RUSMIL"},
		{"a warning that a country will witness refugees",
			"وبدأ نتانياهو جولته أمس في برلين إذ حذر المستشارة أنغيلا ميركل بأن بلادها ستشهد موجة كبيرة من اللاجئين السوريين.",
			"", ":13"},
		{"a warning that a state will face a response stays a threat",
			"وحذر رئيس الوزراء الإسرائيلي بنيامين نتانياهو حركة حماس من أنها ستواجه ردا قاسيا.",
			":13", ""},
		{"the outlet of an interview is no target",
			"هدد ولي العهد السعودي في مقابلة مع شبكة \"سي بي إس\" الأمريكية بأن بلاده سترد على أي تهديد.",
			"", ">USAMED"},
		{"a president's protests do not march",
			"وأثار القانون موجة من الاحتجاجات لا سيما من قبل الرئيس الإسرائيلي رؤوفين ريفلين.",
			"", ":14"},
		{"a second subject with its title is no target",
			"وندد قادة عرب بينهم الرئيس الفلسطيني محمود عباس وأمير الكويت الشيخ صباح الأحمد بالقرار الأمريكي.",
			"", "PSEGOV>KWTGOV"},
		{"two subjects then the accused",
			"وتتهم دمشق وموسكو مقاتلي المعارضة بإطلاق النار على المدنيين.",
			"SYRGOV>", ""},
		{"the one the protests ousted",
			"وكان الرئيس الأسبق حسني مبارك الذي أطاحته الاحتجاجات في عام 2011 قد أدى اليمين أمام المجلس.",
			"", "EGY>:14"},
		{"cities that saw protests",
			"وكانت الأهواز من المدن الإيرانية التي شهدت احتجاجات على الغلاء العام الماضي.",
			"IRN", ""},
		{"the speaker is no subject inside the quotation",
			"وأضاف مدير المرصد رامي عبد الرحمن للصحفيين \"يستهدف قصف التحالف الغربي مواقع عسكرية قرب العاصمة\".",
			"", "NGOHRI>"},
		{"a quoted predicate keeps its subject",
			"وذكرت مصادر محلية أن الفصائل المسلحة \"أطلقت صواريخ على معسكر للنظام\" في ريف إدلب.",
			"SYRREB>SYRGOV:19", ""},
	}
	checkReadings(t, tests)
}
