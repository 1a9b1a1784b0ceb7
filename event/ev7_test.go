package event_test

import (
	"testing"

	"github.com/marsad/marsad/event"
)

// TestReadingsEv7 checks the readings added after the seed-16 draw:
// adverbials of time and crimes end the object's search, drafts do not
// act, both-of lists, senders of what is rejected, military support,
// support of a protest, and the pronoun taken up after إذ أنه.
func TestReadingsEv7(t *testing.T) {
	tests := []reading{
		{"a name in an adverbial of time is no object", "ورفض نتنياهو، الأربعاء، دعوات إلى استقالته بعد صدور توصية الشرطة باتهامه رسميا.", "", ">ISRCOP"},
		{"a name joined to one after مع is governed too", "استهدفت الضربات التي تنفذها الولايات المتحدة مع فرنسا وبريطانيا في سوريا مركز البحوث العلمية.", "", ">GBR"},
		{"a city naming a treaty is no party", "ووقعت السلطات الفلسطينية على اتفاقية روما المؤسسة للمحكمة الجنائية الدولية.", "", "ITA"},
		{"support told militarily is military aid", "وتدعم طهران عسكريا النظام السوري عبر الميليشيات الموالية لها.", "IRNGOV>SYRGOV:072", ":051"},
		{"supporting protests is no protest", "وكان أبو الفتوح قد أيد الاحتجاجات التي دعت إلى رحيل الرئيس.", "", ":14"},
		{"the victim of a crime one is suspected of is not arrested", "اعتقلت السلطات في سوريا المشتبه به بقتل العاملة الفلبينية في الكويت.", "", ">PHL"},
		{"a weapon with ب is no crime", "وذكر أن طيران التحالف العربي استهدف بغارة جوية تجمعا لميليشيات الحوثي في صعدة.", "SAUMIL>YEMREBHTH:195", ""},
		{"a draft resolution condemns no one yet", "وتسعى بريطانيا لتمرير مشروع قرار يدين إيران لانتهاكها حظر توريد السلاح.", "", ">IRN:111"},
		{"both of two countries accused", "اتهمت لندن كلا من روسيا وسوريا بعرقلة وصول البعثة إلى دوما.", "GBRGOV>RUS:112 GBRGOV>SYR:112", "SYR>"},
		{"both of several countries cut relations", "وقطعت كل من السعودية والإمارات والبحرين ومصر علاقاتها مع قطر.", "SAU>QAT:161", ""},
		{"the sender of the accusations rejected", "رفضت السلطات الروسية، الأربعاء، الاتهامات الموجهة لها من الأمم المتحدة وأمريكا.", "RUSGOV>IGOUNO:12", "USA>"},
		{"the pronoun after إذ أنه is no speaker", "وأكد قائد القيادة المركزية الأميركية أن سياسة إيران تمثل خطرا، إذ أنه يهدد بنقل السيناريو اليمني إلى دول المنطقة.", "", "USA>"},
		{"a purpose is no act", "وأضاف أن القوات الشعبية ستنخرط في مقاومة تنظيم داعش الإرهابي وذلك في إطار دعم الأهالي والدفاع عن وحدة أراضي سوريا.", "", ":051"},
		{"an attack praised is not the praiser's", "ونفذت العملية في يوم غضب دعت إليه حركة حماس، التي أشادت بالهجوم، بعد مرور مئة يوم على اعتراف الرئيس الأمريكي بالقدس.", "", "PSEREBHMS>"},
		{"what attacks reply to is not their target", "ويأتي ذلك وسط تصعيد طالبان هجماتها في البلدات والمدن، ردا على إستراتيجية ترامب العسكرية.", "", ">USAGOV"},
		{"a crowd for condolences is no protest", "وقد احتشد الناس خارج منزل الممثلة في مومباي لتقديم واجب العزاء.", "", ":14"},
		{"a crowd of protesters is", "واحتشد المتظاهرون في ساحة المسرح الوطني في تل أبيب حاملين لافتات.", ":141", ""},
		{"a capital named as its country's is the city", "وسيلتقي تيلرسون في عاصمتها أديس أبابا قادة مفوضية الاتحاد الأفريقي.", "USAGOV>IGOAFRAFU:036", "ETHGOV"},
		{"an unnamed noun subject before the verb", "فهناك العديد من الأصوات داخل البرلمان وخارجه تنتقد الحكومة البريطانية وتتهمها بمهادنة السعودية.", "", "GBRGOV>"},
		{"a crowd before its verb still protests", "الآلاف يتظاهرون في عفرين ضد العملية العسكرية التركية.", ":141", ""},
		{"names after بين are no subject", "وسيبحث الوفد سبل تعزيز الحوار بين بيونغ يانغ وواشنطن حول السلاح النووي.", "", "PRKGOV>"},
		{"a relative after بين still has its antecedent", "ويعد الصراع في اليمن جزءا من تصارع القوة بين السعودية التي تدعم الحكومة، وإيران التي تساند الحوثيين.", "SAU>YEMGOV:051", ""},
		{"bodies held are no arrest", "واحتجزت الشرطة الإسرائيلية في يوليو 2017 جثتي فلسطينيين قتلا جنديين إسرائيليين.", "", ":173"},
		{"devices found are no bombing", "قصفت إسرائيل موقعا لحركة حماس بعد تسلل فلسطينيين وزرعهم عبوات ناسفة عثر عليها الجيش الإسرائيلي.", "", "PSE>ISRMIL"},
		{"the forces of his country are not the place's", "تعهد الرئيس التركي رجب طيب أردوغان بالسيطرة على مدينة تل رفعت شمالي سوريا، وذلك في إطار عملية عسكرية تشنها قوات بلده ضد مسلحين أكراد بالمنطقة.", "", "SYR"},
		{"a direction is not the West", "وقتل جنود أتراك في عفرين شمال غربي سوريا، في عملية عسكرية ضد القوات الكردية.", "", "WST"},
		{"a region before the verb is no subject", "وفي شمال سوريا قصف المسلحون قريتين تابعين للنظام السوري.", "", "SYR>"},
		{"unarmed is no armed group", "ويظهر في مقاطع فيديو جنود يطلقون النار بشكل عشوائي على محتجين غير مسلحين في غزة.", "", "REB"},
		{"an adjective of a named militia is not the doer", "وأشار التقرير إلى إقدام ميليشيات الحوثي الإيرانية على اختطاف اثنين من موظفي الأمم المتحدة في صنعاء.", "YEMREBHTH>IGOUNO:181", "IRN>"},
		{"arming stopped", "الولايات المتحدة \"بصدد التوقف عن تسليح\" وحدات حماية الشعب الكردي", "USA>SYRREBYPG:1622", ":072"},
		{"the doer of an indefinite noun's clause", "قتل عشرات المسلحين من ميليشيات الحوثي الإيرانية في غارات جوية شنتها طائرات التحالف العربي على معاقل للمتمردين في اليمن.", "SAUMIL>YEMREB", "IRN>"},
		{"what follows an ultimatum has not happened", "ووجه ترامب إنذارا للقوى الأوروبية قائلا إنه يتعين عليهم إصلاح الاتفاق النووي الإيراني وإلا فإنه سيرفض مد تعليق العقوبات الأمريكية على إيران.", "", ":12"},
		{"a capital that witnessed a march is the city", "كما شهدت بغداد أمس السبت مظاهرة فرقتها قوات الأمن.", "IRQ>:141", "IRQGOV"},
		{"an attack that might be eased is none", "ورفض ماتيس ما تردد بشأن احتمال أن تسهل الولايات المتحدة شن هجوم كيمياوي، وأنحى بالمسؤولية على روسيا.", "", ":19"},
		{"killed in it: the one named after is the victim", "طلب قائد العملية التي قتل فيها أسامة بن لادن في باكستان الأدميرال الأمريكي ويليام ماكرايفن من الرئيس دونالد ترامب سحب ترخيصه.", "", "IMGMUSAQD>"},
		{"targeted in it: the operation's doer acts", "وشنت قوات سوريا الديمقراطية عملية عسكرية استهدفت فيها مواقع تابعة للجيش التركي.", "SYRREBSDF>TURMIL:19", ""},
		{"Oman with its vowel after Jordan", "وعبّرت كل من مصر والإمارات والبحرين والأردن وعُمان عن دعمها للمملكة العربية السعودية.", "OMN>SAU:051", "JORGOV"},
		{"a reply to protests is no protest", "وردت الصين على تلك الاحتجاجات مؤكدة أن متشددين يتحملون المسؤولية.", "", ":14"},
		{"refusing to keep quiet rejects no one", "أردوغان يقول إن كاميرات القنصلية السعودية \"قادرة على التقاط ذبابة\" ويرفض الصمت على اختفاء خاشقجي", "", ":12"},
		{"a cabinet handling protests does not protest", "وقال رئيس الوزراء العراقي حيدر العبادي إن حكومته ستلبي المطالب. ووافق مجلس الوزراء على عدة مبادرات للتعامل مع الاحتجاجات في البصرة.", "", "IRQGOV>"},
		{"supporting the opponents of a regime is not supporting it", "منذ اندلاع الأزمة السورية، دعمت تركيا بقوة المعارضين لنظام الرئيس بشار الأسد.", "", ">SYRGOV:05"},
		{"sanctions aim, they do not strike", "وقال التقرير إن القطاعات الإيرانية التي تستهدفها العقوبات الأمريكية تشمل النفط.", "", ":19"},
		{"the adjective of a thing does nothing", "وقال تقرير إن الخطة تشمل عدم تمويل مشاريع إعادة الإعمار في المناطق الواقعة تحت السيطرة الإيرانية أو الروسية، إلى جانب فرض عقوبات على الشركات الإيرانية والروسية.", "", "RUS>"},
		{"a crowd celebrating is no protest", "وتدفق الملايين من الجماهير الفرنسية إلى الشوارع فرحين بعد صفارة النهاية فيما تجمع ألوف في الشارع الشهير بوسط العاصمة باريس.", "", ":14"},
		{"who ended the protests did not protest", "وقال رئيس الوزراء الأردني إن تدخل الملك عبد الله أنهى الاحتجاجات وأمر بتشكيل حكومة جديدة.", "", ":14"},
		{"a new subject joined after the verb is no object", "فرنسا تدين والاتحاد الأوروبي يكرر دعوته لحل سياسي", "", ">IGOEUREEC"},
		{"training to attack is no attack", "فالجيش الصيني على الأرجح يتدرب لتنفيذ هجمات ضد الولايات المتحدة وحلفائها.", "", ":19"},
		{"a paper's country is no party", "ودعا الرئيس المصري في حواره مع الصحيفة الكويتية إلى التعاون بين الدول العربية.", "", ">KWT"},
		{"what endangers privacy threatens no one", "وقال بنس إن التطبيق يعزز رقابة الحزب الشيوعي ويهدد خصوصية العملاء الصينيين.", "", ":13"},
		{"thinking of easing is no easing", "وكان ترامب قد فكّر بتخفيف العقوبات ضد روسيا.", "", ":08"},
		{"targeting without force is no strike", "وقالت الولايات المتحدة إن المخابرات الروسية استهدفت وكالة مكافحة المنشطات الأمريكية.", "", ":19"},
		{"targeting with force is", "وقالت المصادر إن طائرات إسرائيلية استهدفت موقعا عسكريا لحركة حماس في غزة.", "ISR>PSEREBHMS:195", ""},
		{"planning an assault is none", "دانت محكمة بريطانية رجلا سبق أن بايع تنظيم داعش بالتخطيط للاعتداء على مقر رئيسة وزراء بريطانيا.", "", ":18"},
		{"a noun joined to a charge shares it", "واتهم إيران بالضلوع في أعمال العنف في العراق وسوريا، وبتسليح حزب الله وحماس في غزة، وإطلاق الصواريخ على السعودية.", "", ">SAU"},
		{"sanctions imposed by the one named in their clause", "وتتواصل العقوبات التي فرضتها الولايات المتحدة على طهران منذ أشهر.", "USA>IRNGOV:163", ""},
		{"sanctions still to be imposed are not", "وتتواصل المخاوف من العقوبات التي ستفرضها واشنطن على السعودية.", "", ":163"},
		{"an attack in words with its participle", "وهاجم أردوغان في أكثر من مناسبة الولايات المتحدة الأميركية، مشددا على أن مصير برانسون بيد القضاء وحده.", "TURGOV>USA:111", ":19"},
		{"the allies of a state are not the state", "واتهم حلفاء قطر الإمارات مجددا بالوقوف أمام هذا التسريب.", "", "QAT>"},
		{"a meeting to discuss is with no one named after", "وجاء البيان في الوقت الذي يجتمع فيه مجلس الأمن الدولي لمناقشة محاولة اغتيال الجاسوس الروسي السابق سكريبال.", "", ">RUS"},
		{"with enthusiasm is not Hamas", "وقال البيت الأزرق في كوريا الجنوبية إن كيم أجاب: \"سوف نرحب به بحماس\".", "", "HMS"},
		{"the answer to a condition has not happened", "وقال البيت الأزرق في كوريا الجنوبية إن كيم أجاب: \"إذا زار البابا بيونج يانج، فسوف نرحب به\".", "", ":0"},
		{"a name after أمام is no subject", "وتظاهر الآلاف أمام البرلمان التونسي احتجاجا على توصيات اللجنة.", "", "TUNLEG>"},
		{"refusing to stop an act is not refusing its party", "ترامب يرفض وقف تسليح السعودية بسبب قضية خاشقجي", "", ">SAU"},
		{"any initiative that calls is none", "ونقل البيان الذي نشرته وكالة الأنباء اليمنية (سبأ) التي يسيطر عليها الحوثيون عن مسؤول بوزارة الدفاع ترحيبه \"بأي مبادرة تدعو إلى حقن الدماء ووقف العدوان على اليمن\".", "", ":02"},
		{"arranging an assassination is none", "قال كتاب جديد إن ترامب أمر وزارة الدفاع الأمريكية بالترتيب لاغتيال الرئيس السوري بشار الأسد.", "", ":18"},
		{"rejecting a party's statements still targets it", "ورفضت موسكو تصريحات رئيسة الوزراء البريطانية.", "RUSGOV>GBRGOV:12", ""},
		{"attacks on someone's work are in words", "ولكن ترامب وأنصاره ضاعفوا هجماتهم على عمل مولر.", "USAGOV>USAJUD:111", ":19"},
		{"one name before the responsibility is the one held responsible", "وقالت وزارة الخارجية السورية في بيان إن القتل دليل على وحشية السلطات الإسرائيلية. وحمّلت الولايات المتحدة مسؤولية دماء الضحايا الفلسطينيين.", "", "USA>"},
		{"two names before it: the subject and the one held", "وحملت روسيا إسرائيل مسؤولية إسقاط الطائرة.", "RUS>ISR:112", ""},
		{"sanctions lifted, imposed by another", "وقضى الاتفاق النووي بالحد من الأنشطة النووية الإيرانية مقابل رفع العقوبات المفروضة عليها من جانب الأمم المتحدة والولايات المتحدة.", "", "IRN>"},
		{"a draft named further back calls on no one", "واستخدمت الولايات المتحدة حق النقض ضد مشروع قرار بمجلس الأمن، طرحته الكويت، يدين استخدام إسرائيل القوة ضد الفلسطينيين ويدعو إلى اتخاذ إجراءات لحماية الفلسطينيين.", "", ":02"},
		{"the matter of a meeting is not done by its caller", "ووزعت الولايات المتحدة مشروع إعلان عشية الاجتماع المقرر لمجلس الأمن بناء على طلب واشنطن، للبحث في إطلاق صواريخ على إسرائيل من قطاع غزة.", "", "USAGOV>"},
		{"a protest led by one named before a comma", "وبرز الصدر كمعارض قوي للحكومة العراقية كما عارض القوى الشيعية المدعومة من إيران وخاصة الحشد الشعبي، وقاد مظاهرات ضدهما.", "", "IRQREB>"},
		{"a purpose ends the search for a partner", "ويجتمع مجلس الأمن الدولي، الأربعاء، لبحث \"الهجمات الفلسطينية بالصواريخ والقذائف على إسرائيل\"، بطلب من الولايات المتحدة.", "", "IGOUNO>ISR:04"},
		{"people protesting protest", "وتتعرض إسرائيل لضغوط دولية بعد أن قتلت قواتها الاثنين نحو 60 فلسطينيا كانوا يحتجون على نقل السفارة الأمريكية إلى القدس.", ":141", ":114"},
		{"most sanctions lifted are eased", "وفي غضون أشهر قليلة، رفعت غالبية العقوبات الأمريكية المفروضة على ليبيا.", "USA>LBY:081", ":163"},
		{"a visit next week is an intent", "جمعت المكالمة وزيري الدفاع الإسرائيلي أفيغدور ليبرمان الذي يزور موسكو الأسبوع المقبل، ونظيره الروسي.", "ISRMIL>RUSGOV:036", ":042"},
		{"a visit last week was made", "وزار ليبرمان موسكو الأسبوع الماضي.", "ISRMIL>RUSGOV:042", ""},
		{"a cause after بسبب is no act", "وتعرضت روسيا لسلسلة عقوبات بسبب ضمها شبه جزيرة القرم الأوكرانية عام 2014، ودعم الانفصاليين في شرق أوكرانيا والتدخل في انتخابات الرئاسة الأميركية.", "", ":05"},
		{"soldiers do not march", "وقتل 62 فلسطينيا برصاص الجيش الإسرائيلي أثناء تظاهرهم على السياج الحدودي احتجاجا على نقل السفارة للقدس خلال مشاركتهم في فعاليات \"مسيرة العودة الكبرى\".", "ISRMIL>PSE:18", "MIL>:14"},
		{"a city named with ل is where things went", "وقتل 62 فلسطينيا برصاص الجيش الإسرائيلي احتجاجا على نقل السفارة للقدس خلال مشاركتهم في فعاليات \"مسيرة العودة الكبرى\".", "", "ISR>:14"},
		{"a condemnation asked for is not the attack's doer", "ويأتي هذا في الوقت الذي سينعقد فيه مجلس الأمن بطلب أمريكي لإدانة \"الهجمات الصاروخية على إسرائيل\".", "", "USA>"},
		{"strikes directed by another", "أعلن البيت الأبيض عن تأييد الولايات المتحدة الأمريكية للضربات التي وجهتها إسرائيل في سوريا.", "", "USA>ISR"},
		{"strikes directed by another, in the corpus's words", "أعلن السكرتير الإعلامي للبيت الأبيض، عن تأييد الولايات المتحدة الأمريكية للضربات التي وجهتها إسرائيل في سوريا، مؤكدا على حق إسرائيل بالدفاع عن نفسها ضد الصواريخ الإيرانية.", "", "USA>ISR"},
		{"violence condemned against a people", "وقال مندوب السويد إن الوقت حان، في انسجام مع عدة بلدان بينها البيرو وبوليفيا أدانت العنف ضد الفلسطينيين.", "", ">PSE"},
		{"violence condemned by its doers", "وندد ماكرون بأعمال العنف التي تقوم بها القوات المسلحة الإسرائيلية.", "FRAGOV>ISRMIL:111", ""},
		{"a name joined to one after بين is no protester", "وقال مسعفون إن شخصا أصيب مع توافد المحتجين على الحدود بين القطاع وإسرائيل في آخر جمعة من الاحتجاجات التي بدأت قبل ستة أسابيع.", "", "ISR>:14"},
		{"a drone is no march", "التقطت الكاميرا لحظة اسقاط فلسطينيين لطائرة إسرائيلية مسيّرة بعد إطلاقها قنابل الغاز على محتجين قرب الحدود.", "", ":14"},
		{"attacks suffered, not by the country named after مع", "وذكر المرصد أن المنطقة كانت في جنوب مدينة البوكمال المحاذية للحدود مع العراق، مشيرا إلى أنها تعرضت مرات عدة لهجمات من قبل تنظيم داعش.", "", ">IRQ"},
		{"suffered by the antecedent after مع", "وهم آخر وهو العلاقة مع تركيا التي برغم تعرضها للعقوبات الأمريكية، فهي واحدة من رئات الاقتصاد الإيراني.", "USA>TUR:163", ""},
		{"a visit since another's act", "ويعتبر كانتي أول مسؤول غربي يزور العاصمة الإيرانية منذ أعلنت الولايات المتحدة انسحابها من الاتفاق.", "", ">USA"},
		{"a short time before the object", "شن الجيش السوري هجوما قبل أسبوعين على مناطق تسيطر عليها المعارضة السورية.", "SYRMIL>SYROPP:19", ""},
		{"since its birth, then the subject", "وحزب الله الذي تدعمه منذ نشوئه إيران يقاتل في سوريا.", "IRN>LBNREBHZB:051", ""},
		{"the partner the frame brings before a conjoined subject", "ويلتقي وزراء خارجية بريطانيا والصين وفرنسا وألمانيا وروسيا بنظيرهم الإيراني في فيينا الجمعة.", "GBR>IRN:04", ">CHN"},
		{"a conjoined subject of an agreement", "ووقعت تونس والاتحاد الأوروبي اتفاقا للتعاون.", "TUN>IGOEUREEC:057", ""},
		{"support told militarily further on", "وهذه العملية هي الأولى بين دولة غربية وروسيا التي تدعم الرئيس السوري بشار الأسد عسكريا منذ 2015.", "RUS>SYRGOV:072", ":051"},
		{"أنصار الله outside Yemen", "وذكرت الوكالة الوطنية للإعلام في لبنان أن حركة فتح شنت هجمات على مراكز أنصار الله في مخيم عين الحلوة.", "", "YEMREBHTH"},
		{"أنصار الله in Yemen", "وقصفت طائرات التحالف مواقع أنصار الله في صعدة اليمنية.", "SAUMIL>YEMREBHTH:195", ""},
		{"sanctions to come are a threat", "ونبه وزير الخزانة الأمريكي إلى أن الولايات المتحدة ستفرض عقوبات إضافية على أنقرة ما لم تفرج سريعا عن القس.", "USA>TURGOV:13", ":163"},
		{"South Korea's president", "وقال الرئيس الكوري الجنوبي إنه دعا الطرفين الأمريكي والكوري الشمالي إلى إزالة سوء التفاهم.", "KORGOV>USA:020", "PRK>"},
		{"rebels in the south of a country are that country's", "أكد المرصد السوري لحقوق الإنسان أن المقاتلات الروسية شنت غارات جوية على مواقع تسيطر عليها المعارضة المسلحة في جنوب سوريا.", "RUSMIL>SYRREB:195", "RUSREB"},
		{"an act denied after its denier's name", "تغريدة الأمير خالد بن سلمان جاءت في تعليق على تصريحات نفى فيها وزير الخارجية الإيراني، جواد ظريف تسليح جماعة الحوثي في اليمن.", "", ":07"},
		{"an act affirmed", "وأكدت إيران تسليح الحوثيين.", "IRN>YEMREBHTH:072", ""},
		{"negligent in an attack is not its doer", "وقال ولايتي إن \"الحكومة البريطانية مقصرة في الاعتداء على سفارة إيران في لندن\".", "", "GBRGOV>"},
		{"an imminent strike has not happened", "وترتسم أكثر فأكثر معالم ضربة عسكرية غربية وشيكة ضد دمشق.", "", ":19"},
		{"sanctions in a draft", "وقال دبلوماسيون إنه من المحتمل تناول الانتهاكات الإيرانية في مشروع قرار يجدد العقوبات المفروضة على اليمن.", "", ":16"},
		{"a link to arming, vetoed", "روسيا تُفشل بالفيتو ربط إيران بتسليح الحوثيين", "", ":07"},
		{"a leader's attack is in words", "وشن الرئيس الفلبيني رودريغو دوتيرتي، هجوماً على الكويت بعد الإعلان عن مقتل العاملة.", "PHLGOV>KWT:111", ":19"},
		{"an army's attack is force", "وشن الجيش الإسرائيلي هجوما على مواقع حماس في غزة.", "ISRMIL>PSEREBHMS:19", ""},
		{"the one accused after a resumptive pronoun", "وأتت مبادرة الحوثي في تصريحات صحفية اتهم فيها #فرنسا بمساعدة #الجيش_اليمني والتحالف عبر بيع أسلحة.", "YEMREBHTH>FRA:112", ">YEMMIL"},
		{"the accuser after a resumptive pronoun", "وفي البيان الذي اتهمت فيه فرنسا إيران بدعم الإرهاب.", "FRA>IRN:112", ""},
		{"an intention to strike", "وأكد أن الجيش الإسرائيلي لم يبلغ الطرف الروسي عبر الخط الساخن بنيته شن غارات جوية على سوريا إلا قبل دقيقة واحدة.", "", "RUS>"},
		{"a purpose joined by و is no act", "وتتهم أوكرانيا الكنيسة الأرثوذكسية الروسية بممارسة نفوذ خبيث، إذ سمحت بأن يستخدمها الكرملين أداة لتبرير النزعة التوسعية الروسية، ودعم المتمردين الانفصاليين في شرق أوكرانيا.", "", ":05"},
		{"a person's attack is in words", "رغم تزايد التوتر بين الولايات المتحدة وإيران، التي هاجمها الرئيس دونالد ترامب، في كلمته أمام الجمعية العامة.", "USAGOV>IRN:111", ":19"},
		{"an occupation does not march", "وقالت وزارة الصحة إن \"الاحتلال الإسرائيلي يستهدف النساء المشاركات في فعاليات مسيرة العودة الكبرى شرق غزة\".", "", "ISR>:14"},
		{"easing asked for is not done", "محكمة العدل الدولية تطالب الولايات المتحدة بتخفيف العقوبات التي أعادت فرضها على إيران لضمان عدم تأثيرها على المساعدات.", "", ":08"},
		{"a plural verb after a possessive ل is still an act", "وينظر الفلسطينيون إلى القدس كعاصمة لدولتهم المستقبلية ويرفضون لقاء مبعوثي ترامب منذ قرار نقل السفارة.", "PSE>USAGOV:12", ""},
		{"stopping fire is not firing", "وبذلك تكون تل أبيب قد رفضت مطالب منظمات حقوقية بإجبار الجيش على التوقف عن إطلاق الرصاص الحي على المتظاهرين.", "", ":19"},
		{"non-Syrians are of no country", "وكان مدير المرصد قد قال إن 3 آليات دمرت وقتلت 12 مسلحا غير سوريين يقاتلون إلى جانب القوات السورية في غارات للتحالف الدولي.", "", ">SYR"},
		{"a masculine verb before a woman's title", "وزار وفد الأمم المتحدة بنغلادش أولا، قبل أن يلتقي رئيسة الحكومة البورمية اونغ سان سو تسي وقائد الجيش.", "", "MMRGOV>"},
		{"an example is no subject", "وشدد بومبيو على ضرورة أن تنسحب إيران من سوريا وتمتنع عن التدخل في شؤون جيرانها، أو أن تهدد الآخرين مثل إسرائيل أو السعودية.", "", "ISR>"},
		{"an example may be the one supported", "وتنتقد القائمة استمرار دعم إيران لمجموعات إرهابية في الشرق الأوسط مثل حزب الله في لبنان.", "IRN>LBNREBHZB:05", ""},
		{"a pronoun subject after لكنه", "ومن الممكن الحصول على موافقة أعضاء مجلس الأمن عليه لأنه لا يتحدث عن فرض عقوبات على إيران، لكنه يدين ممارسات إيران ومشاركتها في حرب اليمن.", "", "IRN>"},
		{"fighters misspelt are no capital", "منذ أن بدأت أنقرة هجومها ضد مقاتلين أكرا شمال غربي سوريا الشهر الماضي.", "", "GHA"},
		{"a question is no report", "وتساءل عدد من المراسلين هل ناقش ترامب قضية حقوق الإنسان مع كيم.", "", ":04"},
	}
	checkReadings(t, tests)
}

// TestAhead checks when a time value lies after the publication date.
func TestAhead(t *testing.T) {
	tests := []struct {
		name, v, pub string
		want         bool
	}{
		{"a later day", "2018-06-01", "2018-05-25", true},
		{"the same day", "2018-05-25", "2018-05-25", false},
		{"next week", "2018-W22", "2018-05-25", true},
		{"this week", "2018-W21", "2018-05-25", false},
		{"a weekend", "2018-WE", "2018-05-25", false},
		{"next month", "2018-06", "2018-05-25", true},
		{"a season", "2018-SU", "2018-05-25", false},
		{"a vague future", "FUTURE_REF", "2018-05-25", false},
		{"the past", "PAST_REF", "2018-05-25", false},
		{"no publication date", "2018-06-01", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := event.Ahead(tt.v, tt.pub); got != tt.want {
				t.Errorf("Ahead(%q, %q) = %v, want %v", tt.v, tt.pub, got, tt.want)
			}
		})
	}
}

// TestEventDates checks the date an event takes from its sentence: a
// thing done does not take a day still to come.
func TestEventDates(t *testing.T) {
	const pub = "2018-05-16" // a Wednesday
	tests := []struct {
		name, text string
		code       string // the event's code
		want       string // its date
	}{
		{"a day to come dates what is set for it", "وتأتي المظاهرات المقررة الجمعة بعد أسبوع قتل خلاله الجيش الإسرائيلي 20 فلسطينيا في غزة.", "141", "2018-05-18"},
		{"a killing told in the past keeps to publication", "وتأتي المظاهرات المقررة الجمعة بعد أسبوع قتل خلاله الجيش الإسرائيلي 20 فلسطينيا في غزة.", "180", pub},
		{"a meeting to come takes its day", "وسيلتقي الرئيس المصري نظيره الأردني الجمعة في عمان.", "036", "2018-05-18"},
		{"an arrest takes its past day", "واعتقلت الشرطة العراقية عشرة مسلحين في بغداد الاثنين.", "173", "2018-05-14"},
		{"an arrest takes the evening it was made", "واعتقلت الشرطة العراقية عشرة مسلحين في بغداد مساء الاثنين.", "173", "2018-05-14"},
		{"an evening long gone times what is told of, not the report", "واتهم الجيش السوري إسرائيل بقصف مطار عسكري قرب حمص مساء الخميس 3 أيار/مايو.", "112", pub},
		{"strikes take the dawn right after their verb, not the sentence's first day", "وخرجت قافلة من المدينة ليل الاثنين، بينما شنت الطائرات الإسرائيلية فجر الأحد غارات على مواقع لحركة حماس في غزة.", "195", "2018-05-13"},
		{"a killing takes the day after its noun and object", "ندد الرئيس التركي الثلاثاء بصمت العالم، إثر قتل الجيش الإسرائيلي لعشرات الفلسطينيين الأحد.", "180", "2018-05-13"},
		{"a day in a relative clause after the object is not the event's", "وقصفت الطائرات الإسرائيلية الثلاثاء مواقع لحركة حماس التي أطلقت صواريخ على إسرائيل الأحد.", "195", "2018-05-15"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := analyzed(t, tt.text, pub)
			var got []string
			for _, e := range d.Events {
				if e.Code == tt.code {
					got = append(got, e.Date)
				}
			}
			if len(got) != 1 || got[0] != tt.want {
				t.Errorf("dates of %s: %q, want %q", tt.code, got, tt.want)
			}
		})
	}
}
