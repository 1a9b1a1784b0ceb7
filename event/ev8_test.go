package event_test

import (
	"testing"
)

// TestReadingsEv8 checks the readings added after the seed-27 draw on the
// second pool: warnings in the future, brandished sanctions, the forces
// backing a doer, "the former" as a subject, agreement with feminine
// bodies, plurals in the oblique case, crowds counted after the verb, and
// (after the seed-36 draw on the third pool) acts aimed at or supported
// by one with a role; and (after the seed-28 draw on the second pool)
// passive charges, names the linker misses before the verb, flags, and a
// feminine pronoun after a man's words; and (after the seed-37 draw on the
// third pool) bazaars, possibilities, conditions, covers, calls; and
// (seed 30, first pool) attributions, sovereignty, pronoun subjects; and
// (seed 29, second pool) Fatah and opening, separatists.
func TestReadingsEv8(t *testing.T) {
	tests := []reading{
		{"holding responsible in the future is a warning", "وقال بومبيو إن الولايات المتحدة ستحمل إيران مسؤولية أي أضرار يتعرض لها رعايانا.", "USA>IRN:130", ":112"},
		{"sanctions brandished are a threat", "كما أدى التلويح بعقوبات أمريكية جديدة ضد تركيا إلى انخفاض الليرة التركية.", ":1312", ":163"},
		{"the forces backing the doer are not its object", "وفي اليمن، هاجمت قوات الجيش مدعومة بطيران التحالف مواقع ميليشيات الحوثي في صعدة.", "YEMMIL>YEMREBHTH:190", ">SAUMIL"},
		{"backing named with من", "وفي اليمن، هاجمت قوات الجيش بدعم من طيران التحالف مواقع ميليشيات الحوثي في صعدة.", "YEMMIL>YEMREBHTH:190", ">SAUMIL"},
		{"support itself after بدعم", "وقال إن مسؤولين إيرانيين قاموا بدعم جماعة الحوثي في اليمن.", "IRN>YEMREBHTH:05", ""},
		{"the former is named before", "وكان الأول قد التقى الزعيم الكوري الشمالي في بيونغ يانغ تحضيرا للقمة مع ترمب.", "", "PRK>"},
		{"a masculine verb before a feminine body", "وفي مقابلة تلفزيونية في البحرين انتقد فيها السلطات لعدم السماح للصحفيين وجماعات حقوق الإنسان بدخول البلد.", "", ">NGOHRI"},
		{"a plural in -ين after the verb is its object", "وضمت موسكو القرم عام 2014، ودعمت متمردين موالين لروسيا في شرق أوكرانيا.", "", "UKRREB>"},
		{"a crowd counted after the verb", "وبعد ساعات على إعلان السبسي عن إحالة مشروع القانون إلى البرلمان احتشد في وسط العاصمة تونس حوالى ألفي متظاهر.", "TUNCVL>:141", "TUNGOV>"},
		{"a count does not make a subject of one attacked", "وكان شرطي مصري قد فتح نيران بندقيته على سبعة جنود إسرائيليين.", "", "ISRMIL>"},
		{"sanctions proposed are not imposed", "وينتظر أن يناقش الوزراء اقتراحات قدمتها ألمانيا من أجل فرض عقوبات ضد إيران.", "", ":163"},
		{"the one with a role in support is its doer", "أما تحالف \"الفتح\" الذي يضم فصائل الحشد الشعبي التي لعبت دورا حاسما في دعم القوات الأمنية لدحر تنظيم \"الدولة الإسلامية\" فحل ثانيا على مستوى العراق.", "", "IRQMIL>"},
		{"a campaign of sanctions strikes no one", "وقال مسؤول إن العقوبات هي جزء من حملة تستهدف حزب الله بهدف الحد من نفوذ إيران.", "", ":19"},
		{"the victim of a blockade criticised is not criticised", "وانتقد تيلرسون حصار قطر، داعيا إلى فك الحصار.", "", ">QAT"},
		{"a charge right after the accusation is a passive", "وكانت التغريدة مرفقة بصورة لي هارفي أوزوالد، الذي اتهم باغتيال الرئيس الأميركي جون كندي.", "", "USAGOV>"},
		{"a name the linker misses after أن is the subject", "وذكرت صفحة السفارة الروسية أن أنتونوف التقى مبعوث الولايات المتحدة الخاص بسوريا، جيمس جيفري.", "", "USA>"},
		{"flags are no media", "وبث التلفزيون الرسمي مشاهد من بلدة داعل، حيث تجمع عشرات المواطنين رافعين الأعلام السورية وصورا للرئيس.", "", "SYRMED"},
		{"she after a man's saying is not him", "وقال أمين سر منظمة التحرير صائب عريقات إن الإدارة الأمريكية منحازة. واعتبر أنها \"أيدت بالكامل السرد الإسرائيلي\".", "", "PSEGOV>ISR"},
		{"a bazaar of the capital is the city", "وفي وقت مبكر من هذا الأسبوع، خرج آلاف التجار في بازار طهران الكبير، احتجاجا على ارتفاع الأسعار.", "IRN>:141", "IRNGOV>"},
		{"what may lead to sanctions has not", "وقد تؤدي الانتخابات إلى فرض الولايات المتحدة عقوبات جديدة على فنزويلا.", "", ":163"},
		{"what may have been done after قد is past", "ويذكر أن ناقلتي نفط عملاقتان تابعتان للشركة الوطنية السعودية \"البحري\" تحمل كل منهما مليوني برميل من النفط الخام قد تعرضتا لهجوم شنه الحوثيون في البحر الأحمر.", "YEMREBHTH>", ""},
		{"a common past after قد", "وكان مقر القوات السعودية في جازان قد تعرض لقصف صاروخي شنه الحوثيون الأربعاء.", "YEMREBHTH>SAUMIL:19", ""},
		{"a meeting in the answer to a condition", "وفي حال عقدت القمة ستكون المرة الأولى التي يلتقي فيها رئيس أمريكي مع الزعيم الكوري الشمالي.", "", ":04"},
		{"fighters under the cover of protests do not protest", "وقالت إسرائيل إن كثيرا من القتلى كانوا من أعضاء حماس ومسلحين يحاولون شن هجمات تحت ستار الاحتجاجات.", "", ":14"},
		{"the one called on is not rejected", "رفضت سوريا، الأربعاء، الدعوات لسحب إيران وميليشيا حزب الله اللبنانية قواتهما من البلاد.", "", ">IRN"},
		{"the caller of demands is rejected", "ورفضت بيونغ يانغ مطالب واشنطن بنزع السلاح النووي.", "PRKGOV>USAGOV:12", ""},
		{"a named person before a bare verb is its subject", "رجل الأعمال رضا ضراب يتهم اردوغان بالتورط في غسيل أموال إيرانية.", "", "TURGOV>"},
		{"the source of a report is no accuser", "باريس (أ ف ب) - اتهمت امرأة ثالثة المفكر الإسلامي السويسري طارق رمضان بالاغتصاب، بعد شهر من توجيه الاتهام إليه في قضيتين مماثلتين ووضعه في الحجز الاحتياطي بحسب ما أفادت مصادر قضائية .", "", "FRA>"},
		{"an aggression on sovereignty is no blow", "ويعتبر لبنان بناء إسرائيل للجدار الإسمنتي \"اعتداء\" على السيادة اللبنانية.", "", ":18"},
		{"the pronoun before the verb is its subject", "رئيس الوزراء الإسرائيلي بنيامين نتنياهو سيكون في واشنطن لحضور المؤتمر السنوي لمنظمة (إيباك) اليهودية التي تملك نفوذا كبيرا في الولايات المتحدة، وهو سيناقش بالتأكيد القضية الإيرانية مع أعضاء الكونجرس الأمريكي ومع الرئيس دونالد ترامب.", "", "USALEG>"},
		{"soldiers in Gaza are Israel's", "وفي قطاع غزة، ظهر في مقاطع فيديو جنود يطلقون النار بشكل عشوائي على محتجين غير مسلحين.", "ISRMIL>PSECVL:19", "PSEMIL"},
		{"opening ports is no Fatah", "تنتظر السفينة منذ يومين في عرض البحر، بعد أن رفضت روما وفاليتا فتح موانئهما لاستقبالها.", "", "PSEPTY"},
		{"separatists loyal to Russia are rebels of the place", "ضمت روسيا إقليم القرم ودعمت الانفصاليين الموالين لها في شرق أوكرانيا عام 2014.", "RUS>UKRREB:05", ">UKR:"},
		{"a base for launching attacks launches none", "وأضاف \"من غير المقبول أن يجلس الأسد في أمان في قصره ويعيد بناء نظامه، بينما يحول سوريا إلى قاعدة لإطلاق الهجمات على إسرائيل\".", "", ":19"},
		{"refusing to accuse rejects no one", "ولكن البيت الأبيض رفض توجيه أصابع الاتهام لروسيا.", "", ">RUS"},
		{"a march announced is not yet held", "أعلن عدد من المنظمات النسائية في تونس عن تنظيم مسيرة للمطالبة بالمساواة مع الرجال في حقوق الميراث.", "", ":14"},
		{"sanctions to be reimposed are a threat", "وخلال هذا الأسبوع ستعيد واشنطن فرض عقوبات على مشتريات إيران من الدولار الأمريكي.", "USAGOV>IRN:1312", ":163"},
		{"sanctions talked of are not imposed", "من السابق لأوانه الحديث عن عقوبات اقتصادية أمريكية على السعودية، لكن مجرد الحديث عن فرض عقوبات أمريكية على السعودية كان له أثر.", "", ":16"},
		{"easing ordered is not done", "أصدرت محكمة العدل الدولية حكما تأمر فيه الولايات المتحدة بتخفيف العقوبات التي أعادت فرضها على إيران.", "", ":08"},
		{"a name after another verb joined by و is not the object", "بينما دعا الاتحاد الأوروبي ولندن إلى ضبط النفس ونددت باريس \"بأعمال العنف\".", "", "IGOEUREEC>FRAGOV"},
		{"the doer named after a phrase of how and where", "فيما تسببت هجمات بالصواريخ عبر الحدود شنها الحوثيون على السعودية في سقوط مئات القتلى والجرحى.", "YEMREBHTH>SAU:19", "YEMCVL>"},
		{"the doer of a relative clause after two adjectives", "وكانت العقوبات الاقتصادية والسياسية التي فرضتها واشنطن على بيونغ يانغ قد أضرت باقتصادها.", "USAGOV>PRKGOV:163", ""},
		{"arms systems are no arms given", "فإن لدى دول الاتحاد الأوروبي المختلفة من أنظمة التسليح يفوق ما لدى الولايات المتحدة بحوالي 6 أضعاف.", "", ":07"},
		{"a decision called an aggression is no blow", "وقال المتحدث باسم الرئيس الفلسطيني محمود عباس إن القرار الأمريكي \"اعتداء سافر على الشعب الفلسطيني\".", "", ":18"},
		{"the one told is no doer", "من جهته، أكد قصر الإليزيه أن الرئيس ماكرون \"جدد تمسكه بتركيا مستقرة ومزدهرة. وأكد للرئيس أردوغان دعم فرنسا في هذا الاتجاه\".", "", "TURGOV>"},
		{"the owner of statements named with ل is their doer", "غداة تصريحات للرئيس بشار الأسد هدد فيها باستخدام القوة لاستعادة مناطق سيطرة قوات سوريا الديمقراطية.", "SYRGOV>SYRREBSDF:13", ""},
		{"protests in one's birthplace are not in Muscat", "واعتقلت السلطات المغربية الزفزافي في مايو 2017، بعد تنظيم مظاهرات في مسقط رأسه في مدينة الحسيمة.", "", "OMN"},
		{"a first time to come", "وستكون تلك هي المرة الأولى التي يلتقي فيها رئيس أمريكي مع زعيم كوري شمالي.", "", ":04"},
		{"a question with أين", "أين يلتقي ترامب كيم جونغ أون؟", "", ":04"},
		{"أين as where is no question", "وجدد الوزراء التنديد بالتدخل الإيراني، في إشارة إلى سوريا تحديدا، أين تدعم طهران نظام الرئيس بشار الأسد.", "IRNGOV>SYRGOV:05", ""},
		{"protests prepared for are not held", "في وقت يتأهب فيه قطاع غزة لخروج مظاهرات جديدة الجمعة.", "", ":14"},
		{"a killing joined to a noun names its victim", "مصدر يقول إن تركيا لديها دليل يظهر لحظات مواجهة وقتل خاشقجي وقدمته لدول غربية.", "", ":18"},
		{"strikes the day before protests do not protest", "يسود هدوء حذر في قطاع غزة بعد أن شهد السبت تصعيدا في إطلاق القذائف من القطاع المحاصر وغارات إسرائيلية غداة احتجاجات الجمعة.", "", "ISR>:14"},
		{"sanctions the US will start to impose are a threat", "وستبدأ الولايات المتحدة فرض عقوبات جديدة على إيران تشمل منع الشركات والاستثمارات والمعاملات التجارية معها.", "USA>IRN:1312", ":163"},
		{"an attribution taken whole as the speaker is no doer", "جاء ذلك في مؤتمر صحفي للمالكي، مساء الأربعاء، حيث قال وفقا لما نقلته وكالة الأنباء السعودية الرسمية: \"هو (الصماد) مسؤول عن قتل الآف المواطنين اليمنيين بالداخل اليمني\".", "", "SAU>"},
		{"a meeting analysts expect is an intent at most", "وكان محللون رجحوا أن يجتمع زعماء كوريا الشمالية والصين قبل تلك القمة.", "", ":040"},
		{"a plural nationality after a plural people is its adjective", "وعلقت السعودية بشكل مؤقت كل شحنات النفط عبر المضيق بعدما هاجم المسلحون الحوثيون اليمنيون المتحالفون مع إيران ناقلتين سعوديتين في الممر المائي.", "YEMREBHTH>SAU:19", ">YEM:"},
		{"the cabinet with its nationality is the government", "مجلس الوزراء السعودي يرحب بموافقة تركيا على فتح تحقيق مشترك بقضية خاشقجي.", "SAUGOV>TUR:05", "TUR>"},
		{"the genitive of another noun does not own a pronoun", "وأضاف أنه سيقدم خطة سلام، معربا عن ثقته في عودة الفلسطينيين إلى المفاوضات بالرغم من دعمه الثابت لإسرائيل.", "", "PSE>"},
		{"the subject owns the pronoun of its verbal noun", "وأعربت عمان عن دعمها للمملكة العربية السعودية.", "OMN>SAU:05", ""},
		{"the backing forces before the verb are not its subject", "أكد تحالف دعم الشرعية أن الجيش الوطني اليمني مدعوماً بقوات التحالف استهدف عددا من قيادات ميليشيا الحوثي الإيرانية في جبهة رازح بصعدة.", ">YEMREBHTH:19", "SAUMIL>"},
		{"protesters counted are arrested", "وفي باريس، اعتقلت الشرطة 35 متظاهرا.", "FRACOP>FRACVL:173", ""},
	}
	checkReadings(t, tests)
}
