package event_test

import "testing"

// TestReadingsEv9 checks the readings added after the seed-36 draw on the
// first pool: a country's national security council, and the antecedent
// of a relative pronoun after a region of a country; and (seed 34, second
// pool) a noun with the article before a country, and the owner of a
// policy; and (seed 43, third pool) conditions, suspicions and reports
// denied; and (seed 37, first pool) ministers of information and the
// accused named by a name the linker misses; and (seed 35, second pool)
// acts that may come or are expected; and (seed 44, third pool) a
// relative clause with its own subject; and (seed 38, first pool) allies
// joined to the subject, relative clauses with no pronoun back, and
// Saddam Hussein; and (seed 36, second pool) refusals to hand someone
// over, and a happening as the subject of a threat; and (seed 37, second
// pool) protests one is accused of organising; and (seed 46, third pool)
// a president's son and Binali Yildirim's spellings; and (seed 40, first
// pool) a relative verb that ends its clause; and (seed 38, second pool)
// attacks a leader launched by name; and (seed 47, third pool) East
// Jerusalem and the freedom to strike; and (seed 39, second pool) military
// intelligence and hearsay; and (seed 48, third pool) support to be
// stopped; and (seed 49, third pool) west of a city.
func TestReadingsEv9(t *testing.T) {
	tests := []reading{
		{"a national security council is no UN body", "من المقرر أن يجتمع مجلس الأمن القومي البريطاني، الاثنين، لمناقشة محاولة اغتيال العميل الروسي السابق.", "", "IGOUNO"},
		{"a national security council meets another", "واجتمع مجلس الأمن القومي الأمريكي مع وزير الخارجية البريطاني.", "USAGOV>GBRGOV:04", "IGOUNO"},
		{"the factions of a region, not its country", "وتشهد العلاقات توترا على خلفية دعم واشنطن للفصائل الكردية في شمال سوريا، التي تتهمها أنقرة بالإرهاب.", "TURGOV>KUR:112", ">SYR:"},
		{"a definite noun takes no country as its genitive", "بعد أن أمرت المحكمة الولايات المتحدة بضمان ألا تؤثر العقوبات المفروضة على إيران على المساعدات الإنسانية.", "", "USAJUD"},
		{"a definite plural before a country is the subject", "وفي غزة، اتهم المحتجون قطر بدعم الإرهاب.", ">QAT:112", ""},
		{"a country after a definite body is its adjective", "واتهم المسؤولون اللبنانيون السلطات السعودية باحتجاز الحريري.", "LBN>SAUGOV:112", ""},
		{"the owner of a policy is no subject", "وانتقد الكاتب سياسات السعودية في مقالات رأي لصحيفة \"واشنطن بوست\" الأمريكية.", "", "SAU>"},
		{"the owner of a policy is the object", "وانتقدت فرنسا سياسات إيران في المنطقة.", "FRA>IRN:111", ""},
		{"an act inside a condition has not happened", "وإذا قرر ترامب العودة إلى زيادة العقوبات على طهران، فإن ذلك سيؤدي إلى تبعات واسعة.", "", ":16"},
		{"an act after in case of has not happened", "وفي حال فرضت واشنطن عقوبات على أنقرة سترد تركيا بالمثل.", "", "USAGOV>TURGOV:163"},
		{"a condition in an earlier clause does not reach", "وإذا كان الاتفاق قد فشل، فقد فرضت واشنطن عقوبات على طهران.", "USAGOV>IRNGOV:163", ""},
		{"were it not for is no condition on the act", "ولولا الصحف التي غطت المظاهرات في غزة لما عرفنا بها.", "PSE>:141", ""},
		{"an act suspected is not done", "وجرى اعتقاله من قبل القوات اليمنية للاشتباه في دعمه للحوثيين.", "", ">YEMREBHTH:05"},
		{"a report denied", "نفى المتحدث باسم الحكومة الأردنية، الإثنين، الأنباء التي تحدثت عن قصف مناطق سورية من الأراضي الأردنية.", "", ":19"},
		{"a report not denied stands", "وأكد المرصد الأنباء التي تحدثت عن قصف القوات التركية مواقع الأكراد.", "TURMIL>KUR:19", ""},
		{"a call for an act names no one called on", "وزير الخارجية الأمريكي يدعو إلى إعطاء مساحة للسعوديين والأتراك لاستكمال تحقيقاتهم.", "", ">SAU"},
		{"a call for respect of a government", "دعا رئيس المفوضية الأوروبية جان كلود يونكر إلى احترام حكومة كونتي الجديدة.", "", ":02"},
		{"the one called on before إلى", "ودعا وزير الخارجية الروسي الولايات المتحدة إلى وقف دعم المسلحين.", "RUSGOV>USA:02", ""},
		{"a minister of information is the government", "وانتقد وزير الإعلام السوري الولايات المتحدة.", "SYRGOV>USA:111", "SYRMED"},
		{"ministers of industry and information", "أعلن الاتحاد الأوروبي، الاثنين، فرض عقوبات على وزيري الصناعة والإعلام السوريين.", "IGOEUREEC>SYRGOV:163", "SYRMED"},
		{"the media stay the media", "وانتقدت وسائل الإعلام السورية الولايات المتحدة.", "SYRMED>USA:111", ""},
		{"the party of a charge is not the accused", "واتهمت تركيا فاركاس بدعم العمال الكردستاني.", "", ">TURREBPKK"},
		{"the accused before the charge", "واتهمت تركيا الولايات المتحدة بدعم الأكراد.", "TUR>USA:112", ""},
		{"a charge in quotes before the accused", "وتتهم أنقرة \"بالإرهاب\" وحدات حماية الشعب الكردية.", "TURGOV>SYRREBYPG:112", ""},
		{"what may be refused is not", "وقال إنه من الممكن أن يرفض ترمب التوقيع على بيان قمة حلف شمال الأطلسي.", "", ":12"},
		{"sanctions expected after the noun", "بسبب المخاوف من تداعيات إعادة واشنطن فرض العقوبات على طهران والمتوقع يوم الثلاثاء المقبل.", "", ":163"},
		{"a meeting that may come is an intent", "ومن المحتمل أن يلتقي بوتين مع ترامب في هلسنكي.", "RUSGOV>USAGOV:036", ""},
		{"a relative clause with its own subject after فيه", "علق العفاسي على الضربة التي وجهتها واشنطن ضد أهداف تتبع النظام السوري، والذي أدانت فيه حماس الضربة.", "", "SYRGOV>PSEREBHMS"},
		{"allies joined to the subject are no object", "وهاجمت قوات النظام السوري وحلفاؤها الروس الغوطة الشرقية.", "", ">RUS"},
		{"no pronoun back: the antecedent is the subject", "وأشار التقرير الذي اتهم إسرائيل بارتكاب جرائم حرب إلى مقتل المئات.", "", "ISR>"},
		{"a pronoun back: the subject follows the verb", "وتحدث عن الهجوم الكيميائي الذي تتهم المعارضة السورية نظام الرئيس بشار الأسد بشنه.", "SYROPP>SYRGOV:112", ""},
		{"a father's name alone is someone else", "واعتقل الأمريكيون صدام حسين عام 2003. وقال طبيب سوري إنه التقى بحسين في دير الزور.", "USA>IRQ:173", ">IRQ:04"},
		{"the one to be handed over is not refused", "فالولايات المتحدة ما زالت ترفض تسليم رجل الدين فتح الله غولن الذي يقيم على أراضيها.", "", ">TUROPP"},
		{"the country of the one kept asked for him", "وفاقم الأزمة رفض أنقرة تسليم القس الأمريكي أندرو برونسون.", "TURGOV>USA:12", ""},
		{"a happening threatens, not the speaker", "وتقول الأمم المتحدة إن وقوع هجوم كبير في إدلب، التي يشكل النازحون بالفعل نصف سكانها، يهدد بإجبار 700 ألف سوري آخرين على النزوح.", "", "IGOUNO>"},
		{"protests one is accused of organising", "وتتهم إسرائيل حركة المقاومة الإسلامية \"حماس\" بتنظيم الاحتجاجات لتوفير ستار لشن هجمات.", "ISR>PSEREBHMS:112", "PSEREBHMS>:14"},
		{"a president's son is not the government", "التقى ترامب الابن مبعوثا نيابة عن وليي عهد السعودية والإمارات قبل انتخابات 2016.", "USA>SAU:04", "USAGOV>"},
		{"Binali Yildirim is no Ben Ali", "من جهته، اتهم رئيس الوزراء التركي بن علي يلديريم خلال التظاهرة إسرائيل بالتصرف مثل هتلر.", "TURGOV>ISR:112", ">TUN"},
		{"a relative verb that ends its clause takes no object", "وستخرج النتائج على أسر الجنود الأمريكيين الذين قتلوا وأعضاء الكونغرس والجمهور.", "", ">USALEG"},
		{"the attacks a leader launched are words", "وهي تستمد قوتها من الهجمات التي شنها الرئيس الأمريكي دونالد ترامب على كندا بسبب خلافات تجارية.", "USAGOV>CAN:111", ":19"},
		{"the attacks a state launched are force", "وهي تستمد قوتها من الهجمات التي شنتها الولايات المتحدة على العراق.", "USA>IRQ:19", ""},
		{"a strike in East Jerusalem is Palestinian", "وأضاف: اليوم هناك إضراب شامل في القدس الشرقية وفي حي سلوان.", "PSE>:143", "ISR>"},
		{"the freedom to strike is no strike", "وتمهد التفاهمات لترتيبات تضمن حرية توجيه ضربات إسرائيلية ضد القواعد الايرانية في سوريا.", "", ":19"},
		{"military intelligence keeps its country", "واتهمت لندن المخابرات الحربية الروسية بتنفيذ الهجوم، وهو ما نفته موسكو.", "GBRGOV>RUSSPY:112", ">GBRSPY"},
		{"hearsay is no act", "ووصف ترامب ما جاء بالكتاب بأنه \"خيال\"، مضيفا: \"سمعت في مكان ما قيل عن اغتيال الرئيس السوري بشار الأسد من قبل الولايات المتحدة\".", "", ":18"},
		{"support to be stopped is not given", "- إيقاف دعم طالبان وجميع العناصر الإرهابية وإيواء عناصر القاعدة.", "", ":05"},
		{"west of a city is no West", "أفاد مراسل سكاي نيوز عربية بأن غارات اسرائيلية استهدفت موقعاً داخل مرفأ الصيادين غربي مدينة غزة.", "", ">WST"},
		{"a Western diplomat is Western", "وقال دبلوماسي غربي إن الدول الغربية انتقدت روسيا.", "WST>RUS:111", ""},
		{"a country named alone stays the antecedent", "وقال المسؤول إن إيران، التي تتهمها واشنطن بدعم الإرهاب، ترفض الاتهامات.", "USAGOV>IRN:112", ""},
	}
	checkReadings(t, tests)
}

// TestReceived checks acts received from someone: the one named after من
// gives, the one who receives is the target.
func TestReceived(t *testing.T) {
	tests := []reading{
		{"support received from a state", "وسط هذه الأزمة، تلقت أنقرة الأربعاء جرعة دعم من قطر.", "QAT>TURGOV:051", "TURGOV>QAT"},
		{"a receiver named by its body", "وتلقت الحكومة اليمنية دعم من السعودية.", "SAU>YEMGOV:051", "YEMGOV>SAU"},
		{"support given is not received", "وأعلنت قطر دعم تركيا في أزمتها.", "QAT>TUR", ""},
	}
	checkReadings(t, tests)
}
