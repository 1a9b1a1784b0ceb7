package event_test

import (
	"testing"
)

// TestReadingsEv6 checks the readings added for military coalitions and
// for owners named with ل: planes of a coalition, strongholds of rebels,
// the counted of a group, words of a name, adjectives of a name.
func TestReadingsEv6(t *testing.T) {
	tests := []reading{
		{"the Arab coalition strikes", "قصفت طائرات التحالف العربي مواقع الحوثيين في صعدة أمس.", "SAUMIL>YEMREBHTH:195", ""},
		{"the US-led coalition strikes", "وشن التحالف الدولي غارات على مواقع تنظيم داعش في الرقة.", "USAMIL>IMGMUSISI:195", ""},
		{"strongholds of the rebels are struck", "قصفت طائرات التحالف العربي معاقل للمتمردين الحوثيين على الحدود.", "SAUMIL>YEMREBHTH:195", ""},
		{"planes of the coalition strike", "وشنت طائرات للتحالف العربي غارات على مناطق الحوثيين.", "SAUMIL>YEMREBHTH:195", ""},
		{"an aid given to someone is no doer", "ووجهت انتقادات لروسيا.", "", "RUS>"},
		{"the counted of a group are killed by the coalition's shelling", "وقتل 32 من ميليشيات الحوثي الإيرانية في قصف مدفعي وجوي للتحالف العربي.", "SAUMIL>YEMREBHTH:19", ">IRN"},
		{"a protest against the government is not the government's", "واندلعت الاحتجاجات المناهضة للحكومة في العاصمة.", "", "GOV>"},
		{"a word of a name is no trigger", "ونشرت مؤسسة تحالف دعم الشرعية في اليمن بيانا.", "", ":051"},
		{"an adjective of a name is no object", "وانتقدت مصر حركة حماس الفلسطينية.", "EGY>PSEREBHMS:111", ">PSE:"},
		{"a people after a capital is the object", "وتتهم أنقرة الأكراد بالإرهاب.", "TURGOV>KUR:112", ""},
		{"a count of a people is killed", "وقتل 16 فلسطينيا في قطاع غزة على يد القوات الإسرائيلية يوم الجمعة.", "ISRMIL>PSE:180", ""},
		{"a people after the subject is the object", "واعتقلت القوات الإسرائيلية 20 فلسطينيا في الضفة الغربية.", "ISRMIL>PSE:173", ""},
		{"backed by Iran is no party", "وقصفت ميليشيات الحوثي المدعومة إيرانيا مواقع الجيش اليمني.", "", ">IRN"},
		{"shot by the navy: the navy killed", "قتل صياد فلسطيني برصاص البحرية الإسرائيلية.", "ISRMIL>PSE:180", "PSE>"},
		{"killed by Palestinians in stabbings", "ويشار إلى أن عشرات الإسرائيليين قتلوا بعمليات طعن ودهس من قبل فلسطينيين.", "PSE>ISR:18", "ISR>PSE"},
		{"a plot to assassinate is no assassination", "بريطانية تكشف مؤامرة لاغتيال مبارك.", "", ":186"},
		{"aiming at harm is no strike", "وقال إن الدبلوماسية الإيرانية بالرباط تستهدف الإساءة إلى المقومات الدينية للمملكة المغربية.", "", ":195"},
		{"the agent of another clause", "وتتهم المنظمة أمريكا بالتورط في قتل مئات المدنيين بالغوطة التي تتعرض لقصف من قبل النظام السوري.", "", "SYRGOV>USA"},
		{"support against a country is not given to it", "وواصل نتانياهو الثلاثاء مساعيه الرامية إلى حشد دعم موحد ضد إيران.", "", ">IRN:05"},
		{"Amman in a story on Jordan", "تواصلت الاحتجاجات الشعبية في الأردن ضد مشروع قانون الضريبة. واندلعت احتجاجات شعبية في العاصمة عمان مساء الثلاثاء.", "JOR>:141", "OMN"},
		{"protesters in the capital are its people, not its government", "وتجمعت حشود غفيرة في شارع بالعاصمة واشنطن رافعين لافتات ضد السلاح.", "USA>:141", "USAGOV>"},
		{"hashtags do not cut a clause", "ورفضت الدوحة قبول مطالب #السعودية و #الإمارات و #مصر والبحرين.", "QATGOV>SAU:12", ""},
		{"a hashtag place is a place", "وقصفت مقاتلات تحالف دعم الشرعية مواقع في #اليمن.", "", ">YEM:"},
		{"diplomats expelled", "وقررت أستراليا طرد دبلوماسيين روسيين اثنين، الثلاثاء.", "AUS>RUS:161", ""},
		{"relations cut", "وقطع المغرب علاقاته مع إيران.", "MAR>IRN:161", ""},
		{"a road cut is no break of relations", "وقطع المسلحون الطريق الدولي.", "", ":161"},
		{"the coalition alone in a story on Yemen", "وقصفت طائرات التحالف مواقع الحوثيين في صعدة باليمن.", "SAUMIL>YEMREBHTH:195", ""},
		{"the coalition alone in a story on Syria", "وقصفت طائرات التحالف مواقع داعش في الرقة السورية.", "USAMIL>IMGMUSISI:195", ""},
		{"an electoral alliance is no coalition", "وفاز التحالف الوطني بأغلبية المقاعد في العراق.", "", "USAMIL"},
		{"killed in strikes of the coalition's planes", "وقتل 12 عنصرا من ميليشيا الحوثي في غارات لطيران التحالف في اليمن.", "SAUMIL>YEMREBHTH:195", "YEMREBHTH>SAUMIL"},
		{"an object after an apposition between commas", "اتهمت منظمة هيومن رايتس ووتش، المعنية بحقوق الإنسان، التحالف بقيادة السعودية بارتكاب جرائم حرب في اليمن.", "NGOHRI>SAUMIL:112", ""},
		{"an object after a day between commas", "وقصف الجيش الروسي، الثلاثاء، مواقع المعارضة السورية.", "RUSMIL>SYROPP:195", ""},
		{"a relative clause between commas is no apposition", "وانتقد الوزير، الذي يزور باريس، روسيا.", "", ""},
		{"holding a country responsible", "وحملت قطر السعودية المسؤولية عن أمنه وسلامته.", "QAT>SAU:112", ""},
		{"two surnames the tagger joined", "واتهم ظريف نتنياهو بالقيام بخدعة للتأثير على قرار ترامب بشأن الاتفاق النووي الإيراني.", "IRNGOV>ISRGOV:112", ""},
		{"sanctions announced after a day between commas", "أعلنت إدارة الرئيس الأميركي، دونالد ترامب، الخميس، عن فرض عقوبات ضد شخصيات روسية.", "USAGOV>RUS:163", ""},
		{"a country name after a counted noun is its adjective", "قررت الحكومة البريطانية، الأربعاء، طرد 23 دبلوماسيا روسيا من الأراضي البريطانية.", "", "RUS>"},
		{"may strike is no strike", "وسط تكهنات بأن بريطانيا قد تشن هجوما إلكترونيا على روسيا.", "", ":19"},
		{"accused of being, with no accuser named", "وتتهم وحدات حماية الشعب الكردية بأنها الذراع السوري لحزب العمال الكردستاني.", "", "SYRREBYPG>"},
		{"accused that it does", "واتهمت تركيا الولايات المتحدة بأنها تدعم الإرهاب.", "TUR>USA:112", ""},
		{"a word of a name in quotation marks", "وقد وصف ائتلاف \"دعم مصر\" منظمة هيومن رايتس ووتش بالكاذبة.", "", ":051"},
		{"a condition across a quoted name", "إذا وجهت روسيا صاروخا مشابها لـ\"الشيطان 2\" الذي اختبرته حديثا، أو استهدفت كوريا الشمالية فجأة مقر الترسانة النووية الأمريكية، سيكون الرد سريعا.", "", ":195"},
		{"people of a country killed in a strike are its victims", "وقتل فلسطينيان على الأقل في غارة جوية إسرائيلية على غزة.", "ISR>PSE:195", "PSE>ISR"},
		{"a militia deploying is no protest", "وفي وقت لاحق نزلت ميليشيات الحشد الشعبي إلى شوارع المدينة.", "", ":141"},
		{"protesters in the streets of a capital are its people", "ونزل آلاف المتظاهرين إلى شوارع بغداد.", "IRQCVL>:141", "IRQGOV"},
		{"a doer annexed to the act is not the speaker", "قال وزير الخارجية الأميركي مايك بومبيو، إن دعم إيران للحوثيين في اليمن يهدد دول الجوار.", "", "USAGOV>IRN"},
		{"support of one side against another is not given to the other", "وتقود السعودية تحالفا عسكريا في اليمن يدعم قوات الحكومة المعترف بها في مواجهة الحوثيين.", "", ">YEMREBHTH:05"},
		{"a protest against a people is not theirs", "وأثار الفيلم موجة غضب واحتجاجات مناهضة للأمريكيين في الشرق الأوسط.", "", "USA>"},
		{"an unknown subject before the object", "بالمقابل دعا التقرير إيران إلى تشجيع جهود العراق.", "", "IRN>"},
		{"a known subject with its adjective", "وقصفت الطائرات الروسية مواقع المعارضة السورية.", "RUS>SYROPP:195", ""},
		{"an attack one is accused of, across commas and quotation marks", "اتهم الجيش الروسي، الثلاثاء، الفصائل المعارضة السورية بشن \"هجوم\" على قوات النظام في الغوطة الشرقية.", "RUSMIL>SYROPP:112", "SYROPP>SYRGOV"},
		{"who leads a coalition did not act", "ورحبت الولايات المتحدة بجهود التحالف العربي بقيادة السعودية.", "USA>SAUMIL:051", ""},
	}
	checkReadings(t, tests)
}
