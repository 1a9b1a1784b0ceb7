package event_test

import (
	"strings"
	"testing"
)

// TestReadingsEv10 checks the readings added after the seed-43 draw on
// the first pool: support told by its verbal noun with its owner's pronoun
// (دعمها للرئيس) or given (قدمت دعما)، a verb written as a passive, what
// must be done, and stopping told by وقف; and (seed 41, second pool) a
// second post of the subject, the soldiers of the caliphate, a weak alias
// with a hamza, and the effect of sanctions; and (seed 50, third pool)
// backers in a list, reports called false, and a state's proxies.
func TestReadingsEv10(t *testing.T) {
	tests := []reading{
		{"support with its owner's pronoun", "أكدت فرنسا دعمها الكامل للرئيس اللبناني ميشال عون.", "FRA>LBNGOV:051", ""},
		{"support expressed after عن", "وأعربت فرنسا عن دعمها للحكومة اللبنانية.", "FRA>LBNGOV:051", ""},
		{"support owned by someone not named before", "وقال إن عودة الفلسطينيين إلى المفاوضات مستحيلة بالرغم من دعمه الثابت لإسرائيل.", "", "PSE>"},
		{"military support given", "قدمت فرنسا دعما عسكريا للمعارضة السورية.", "FRA>SYROPP:072", ""},
		{"a verb written as a passive has its victim after it", "قُتلت متطوعة بريطانية بوحدة حماية المرأة الكردية المسلحة في سوريا، حسبما قال والدها.", "", "GBR>"},
		{"what must be done is not done", "وقال إن هذا الإجراء يجب أن يواكبه دعم أمريكي قوي للمعارضة الإيرانية بهدف تغيير النظام في طهران.", "", ":05"},
		{"support to be stopped told by وقف", "ودعا الاتحاد الأوروبي إيران إلى وقف دعمها للحوثيين.", "", ">YEMREBHTH:05"},
		{"protests to be stopped", "ودعت الحكومة الفلسطينية إلى التهدئة ووقف الاحتجاجات في غزة.", "", ":14"},
		// Seed 41, second pool.
		{"the soldiers of the caliphate", "ونشر التنظيم بيانات عن الهجمات التي يشنها \"جنود الخلافة\" على \"قوات سوريا الديمقراطية\" في منطقة هجين.", "IMGMUSISI>SYRREBSDF:19", "MIL>"},
		{"the presidents of two states are no Raisi", "ووقع الرجلان الاتفاق أمام حشد ضم رئيسي أوغندا والسودان.", "", "IRN"},
		{"what some would like to see is not done", "وقال إنه يوجد أشخاص في المنطقة يحبون أن يشاهدوا الولايات المتحدة تقصف إيران.", "", ":19"},
		{"what one hopes for is not done", "ويأمل المسؤولون أن يلتقي ترامب بوتين في هلسنكي.", "", ":040"},
		{"a threat carried out is done", "تعهد ترامب بالخروج من الاتفاق وهو التهديد الذي نفذه فعلا وأعاد العمل بالعقوبات الأمريكية على إيران.", "USA>IRN:163", ""},
		{"a threat is not done", "وهدد ترامب بإعادة العمل بالعقوبات الأمريكية على إيران.", "", ":163"},
		// Seed 50, third pool.
		{"the backers of the doer in a list do not strike", "عندما بدأت السعودية وثماني دول أخرى، غالبيتها من العرب السنة بدعم من الولايات المتحدة وبريطانيا وفرنسا في شن غارات جوية ضد الحوثيين.", "", "GBR>"},
		{"forces backed by another army strike", "وشنت القوات الحكومية السورية، مدعومة بالجيش الروسي، عملية عسكرية على المناطق التي تسيطر عليها المعارضة المسلحة.", "SYRMIL>SYRREB:19", "RUS"},
		{"a report called false", "ووصف المومني الأخبار التي تحدثت عن قصف سوريا من الأراضي الأردنية، بـ\"الكاذبة والمفبركة\".", "", ":19"},
		{"a state's proxies are not the state", "وأضافت الرئاسة الأمريكية \"هذا الأسبوع أطلقت قوات الحرس الثوري الإيراني صواريخ على مدنيين إسرائيليين، كما اطلق وكلاء إيران في اليمن صاروخا بالستيا على الرياض\".", "IRNMIL>ISRCVL:19", ">SAUGOV"},
		// Seed 44, first pool.
		{"a warning that an interference goes on names no one", "على الرغم من أن قادة الأجهزة الاستخبارية الأميركية حذروا من أن التدخل الروسي مستمر.", "", ">RUS"},
		// Seed 42, second pool.
		{"an act asked of someone is not done", "ومن بين أبرز الأمثلة على ذلك أن ترامب طلب من وزير الدفاع ماتيس اغتيال الرئيس السوري بشار الأسد بعد الهجوم الكيمياوي.", "", ":186"},
		// Seed 51, third pool.
		{"a charge right after the subject: the subject is accused", "واتهمت إيران بدعم حماس وحزب الله.", "", "IRN>"},
		{"support with missiles is military", "فرضت الخزينة الأمريكية، عقوبات بحق خمسة مسؤولين إيرانيين قاموا بدعم جماعة الحوثي في اليمن بالمعدات والصواريخ.", "IRN>YEMREBHTH:072", ""},
		// Seed 43, second pool.
		{"cyber attacks launched are no strikes", "وأعلن ترمب أن روسيا والصين وبلدانا أخرى تشن هجمات إلكترونية ضد أميركا.", "", ":19"},
		{"attacks a state supports are not its own", "في تحد للإجراءات الأميركية لوقف الدعم الإيراني للهجمات الإرهابية ضد الولايات المتحدة وآخرين.", "", "IRN>USA:19"},
		{"Xinjiang is China's", "وشددت الصين الإجراءات الأمنية في محافظة شينجيانغ، إذ تتهم الصين المسلحين والانفصاليين المسلمين بتنظيم تلك الأحداث.", "CHN>CHNREB:112", ""},
		// GSR protest dev, missed.
		{"gathered in a square", "وتجمع عشرات الفلسطينيين في ميدان المنارة وسط مدينة رام الله بدعوة من التجمع الشبابي الفلسطيني.", "PSE>:141", ""},
		{"gathered in a square to celebrate", "وتجمع آلاف المشجعين في ميدان التحرير احتفالا بفوز المنتخب المصري.", "", ":14"},
		{"a crowd gathered to watch a wedding is no protest", "واحتشد عشرات الآلاف في شوارع لندن لمشاهدة موكب زفاف الأمير.", "", ":14"},
		{"soldiers out in the streets for a wedding do not protest", "وخرج مئات الجنود إلى شوارع لندن أمس استعدادا للمشاركة في مراسم زفاف الأمير.", "", ":14"},
		{"soldiers named before the verb do not protest", "عناصر من القوات المسلحة البريطانية خرجوا إلى شوارع لندن أمس للتدرب على مراسم زفاف الأمير.", "", ":14"},
		{"protesters block roads", "وفي البصرة، أقدم المحتجون على قطع طرق رئيسية بإحراق الإطارات.", "IRQCVL>:144", ""},
		{"forces cutting a supply road do not protest", "وتمكنت القوات من قطع طريق الإمداد الرئيسي للمسلحين في إدلب.", "", ":14"},
		// Seed 46, first pool.
		{"the police gather to stop protesters", "وفي لندن، احتشد أفراد من الشرطة لمنع المتظاهرين من الدخول لرصيف محطة القطار.", "", ":14"},
		{"protesters gather before the police", "وفي لندن، احتشد آلاف المتظاهرين أمام مقر الشرطة.", "GBRCVL>", ""},
		// Seed 44, second pool.
		{"spies target, they do not strike", "وتعتقد السلطات السويسرية، أن جاسوسين روسيين استهدفا منشأة سويسرية لاختبارات الأسلحة الكيميائية.", "", ":19"},
		{"the backer of the forces attacked is no target", "أفادت تقارير من سوريا بأن تنظيم الدولة الإسلامية اختطف المئات في هجوم على قوات تدعمها الولايات المتحدة، شرقي البلاد.", "", ">USA"},
		// Seed 53, third pool.
		{"a promise not to impose sanctions", "الرئيس الأميركي الذي تسلم رسالة من كيم جونغ أون، وعد بألا تفرض الولايات المتحدة عقوبات جديدة على بيونغ يانغ خلال المفاوضات.", "", ":163"},
		{"a warning about a leader's decision names no one", "حذرت تركيا، الثلاثاء، من أن قرار الرئيس الأميركي دونالد ترمب القاضي بالانسحاب من الاتفاق النووي الإيراني يهدد باندلاع نزاعات جديدة.", "", "TUR>USAGOV:13"},
		// Seed 54, third pool.
		{"a host welcomes his guests", "ورحب السفير الأمريكي بالحضور ومنهم رئيس الوزراء الإسرائيلي وزوجته، ومحافظ مدينة القدس.", "", ":051"},
		{"sanctions prepared are not imposed", "وكان البيت الأبيض أعلن أن أميركا تعد لفرض عقوبات إضافية على إيران الأسبوع القادم.", "", ":163"},
		// Seed 48, first pool.
		{"a strike planned is not held", "يعتزم موظفو الأمم المتحدة في جنيف الإضراب عن العمل الثلاثاء المقبل نصف يوم، احتجاجا على الاقتطاعات في الرواتب.", "", ":14"},
		{"a strike under way", "ويواصل موظفو الأمم المتحدة في جنيف الإضراب عن العمل احتجاجا على الاقتطاعات في الرواتب.", ":143", ""},
		// Seed 46, second pool.
		{"that one not visit", "وليس من المفترض أن يكون من الطبيعي ألا يزور رئيس روسي الولايات المتحدة.", "", ":04"},
		{"held responsible, written as a passive", "قال أوزيل إنه تلقى رسائل كراهية وتهديدات، وحُمّل مسؤولية أداء ألمانيا المحبط في مونديال روسيا.", "", ":112"},
		// Seed 55, third pool.
		{"a border's country is not the one shelled", "وشرعت القوات الحكومية السورية في قصف بالمدفعية على المنطقة الواقعة على الحدود الأردنية.", "", ">JOR"},
		// Seed 47, second pool.
		{"protests voiced by officials", "وأثارت تلك الصيغة موجة من الاحتجاجات خصوصا من الرئيس رؤوفين ريفلين والمدعي العام في إسرائيل.", "", ":14"},
		{"protests by the people of a city", "واندلعت الاحتجاجات من جديد في البصرة ضد الحكومة العراقية.", "IRQ>:14", ""},
		{"the effect of sanctions falls on others", "من أجل الحد من تأثير العقوبات الأمريكية على الشركات الأوروبية التي تريد الاستثمار في إيران.", "", ">EUR"},
	}
	checkReadings(t, tests)
}

// TestClauseReach checks that في وقت opens a new clause: the speech of
// the next clause does not make an attack one of words.
func TestClauseReach(t *testing.T) {
	checkReadings(t, []reading{
		{"في وقت ends the clause", "وشنت القوات الإسرائيلية هجوما على مواقع حماس في غزة، في وقت كان فيه الرئيس الفلسطيني يتحدث منتقدا الاحتلال.", "ISRMIL>PSEREBHMS:19", ":111"},
	})
}

// TestSecondTitle checks that a person named after a second post joined
// to the subject's (وزير الداخلية ونائب رئيس الوزراء ماتيو سالفيني) is
// the subject himself, on a day he held both.
func TestSecondTitle(t *testing.T) {
	text := "وبعد بضع ساعات من أول كلمة لباشليه بعد تولي المنصب الجديد، هدد وزير الداخلية الإيطالي ونائب رئيس الوزراء ماتيو سالفيني، الذي يرأس حزب الرابطة المتطرف المناهض للهجرة، بقطع تمويل بلاده عن الأمم المتحدة."
	if got := codesOn(t, text, "2018-09-11"); strings.Contains(got, ">ITAGOV") {
		t.Errorf("events %q: Salvini is the subject, not the one threatened", got)
	}
}
