package timex_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/marsad/marsad"
	"github.com/marsad/marsad/timex"
)

func TestFind(t *testing.T) {
	const pub = "2014-09-28" // a Sunday
	tests := []struct {
		name, text, published string
		want                  string // text=TYPE:value[:mod], first expression found
	}{
		{"double month form", "التقيا يوم 15 سبتمبر/ أيلول الجاري في باريس", pub, "15 سبتمبر/ أيلول الجاري=DATE:2014-09-15"},
		{"levantine month", "في 3 كانون الثاني 2015 وقع الاتفاق", pub, "3 كانون الثاني 2015=DATE:2015-01-03"},
		{"maghrebi month", "يوم 12 جوان 2017 انطلقت الدورة", pub, "12 جوان 2017=DATE:2017-06-12"},
		{"moroccan month", "في 5 غشت 2016", pub, "5 غشت 2016=DATE:2016-08-05"},
		{"arabic-indic digits", "في ١٥ مايو ٢٠١٤ تظاهر الآلاف", pub, "١٥ مايو ٢٠١٤=DATE:2014-05-15"},
		{"ordinal day", "في الخامس عشر من أغسطس 2013", pub, "الخامس عشر من أغسطس 2013=DATE:2013-08-15"},
		{"hijri date", "بدأ الصيام في 1 رمضان 1445 هـ", pub, "1 رمضان 1445 هـ=DATE:2024-03-11"},
		// Published on 3 Dhu al-Hijja 1435.
		{"hijri day of the next year", "وتقام الذكرى في 10 محرم المقبل", pub, "10 محرم المقبل=DATE:2014-11-03"},
		{"hijri day of the last year", "ووقعت المجزرة في 15 ذي الحجة الماضي", pub, "15 ذي الحجة الماضي=DATE:2013-10-20"},
		{"hijri day with no year is this year's", "وتقام الذكرى في 10 محرم", pub, "10 محرم=DATE:2013-11-13"},
		{"month and year", "منذ سبتمبر 2014", pub, "سبتمبر 2014=DATE:2014-09"},
		// Published in September: a later month alone is last year's in a past clause.
		{"month after a past verb", "أعلنت الحكومة في نوفمبر خطتها الجديدة", pub, "نوفمبر=DATE:2013-11"},
		{"month after كان", "وكان البرلمان قد صادق على الاتفاق في أكتوبر", pub, "أكتوبر=DATE:2013-10"},
		{"month after a future verb", "ستعقد القمة في نوفمبر", pub, "نوفمبر=DATE:2014-11"},
		{"month after قد and a present verb", "أعلن أنه قد يزور القاهرة في نوفمبر", pub, "نوفمبر=DATE:2014-11"},
		{"month postponed to", "وكانت الحكومة أعلنت تأجيل الاجتماع إلى نوفمبر", pub, "نوفمبر=DATE:2014-11"},
		{"delivery month", "وأغلق سعر برميل برنت تسليم نوفمبر على ارتفاع", pub, "نوفمبر=DATE:2014-11"},
		{"year with عام", "في عام 2011 اندلعت الاحتجاجات", pub, "عام 2011=DATE:2011"},
		{"past weekday", "وناقش الاثنان يوم الأربعاء المسألة", pub, "يوم الأربعاء=DATE:2014-09-24"},
		{"weekday with part of day", "قتل شخصان مساء الجمعة", pub, "مساء الجمعة=TIME:2014-09-26TEV"},
		{"future weekday", "ستعقد القمة الثلاثاء المقبل", pub, "الثلاثاء المقبل=DATE:2014-09-30"},
		// Published on a Sunday: a day set to come is the nearest one.
		{"scheduled visit", "يزور الرئيس القاهرة الثلاثاء", pub, "الثلاثاء=DATE:2014-09-30"},
		{"scheduled, coordinated verb", "وتلتقي الوزيرة نظيرها الفرنسي في باريس الاثنين", pub, "الاثنين=DATE:2014-09-29"},
		{"scheduled, dual", "ويلتقيان الأربعاء", pub, "الأربعاء=DATE:2014-10-01"},
		{"scheduled but nearer past", "يصوت الناخبون الجمعة", pub, "الجمعة=DATE:2014-09-26"},
		{"past verb keeps the past", "التقى الرئيس نظيره الثلاثاء", pub, "الثلاثاء=DATE:2014-09-23"},
		{"verb in another clause", "يزور الرئيس القاهرة، وكان قد وصل الثلاثاء", pub, "الثلاثاء=DATE:2014-09-23"},
		{"since a weekday in a present clause is the last one", "ويزور الرئيس القاهرة منذ الثلاثاء", pub, "الثلاثاء=DATE:2014-09-23"},
		{"since a weekday after a future verb is the last one", "وستبقى البعثة في عمان منذ يوم الخميس", pub, "يوم الخميس=DATE:2014-09-25"},
		// Published on a Sunday: the day a thing is put off to is to come.
		{"postponed to a weekday", "وأرجأت المحكمة النطق بالحكم إلى الخميس", pub, "الخميس=DATE:2014-10-02"},
		{"postponement, verbal noun", "وأعلن البرلمان تأجيل التصويت على القانون إلى يوم الجمعة", pub, "يوم الجمعة=DATE:2014-10-03"},
		{"postponed in a past clause of كان", "وكانت المحكمة أرجأت الجلسة إلى الخميس ثم أصدرت حكمها", pub, "الخميس=DATE:2014-09-25"},
		{"من أجل is no postponement", "وتظاهر الآلاف من أجل العودة إلى الخميس", pub, "الخميس=DATE:2014-09-25"},
		{"a quotation of what is to come after the day", "وأكدت النقابة أن اعتصام الأربعاء \"لن يكون الأخير\"", pub, "الأربعاء=DATE:2014-10-01"},
		{"a quotation after the day of saying", "وقال الوزير الأربعاء \"لن نتراجع عن القرار\"", pub, "الأربعاء=DATE:2014-09-24"},
		{"a quotation of the past after the day", "وأكدت النقابة أن اعتصام الأربعاء \"كان ناجحا\"", pub, "الأربعاء=DATE:2014-09-24"},
		// A night named by the two days it falls between is one night, the first day's.
		{"night between two days", "قتل ثلاثة مدنيين ليل الجمعة السبت في غارة", pub, "ليل الجمعة السبت=TIME:2014-09-26TNI"},
		{"night from one day to the next", "وأعلن الجيش ليل السبت إلى الأحد أنه قصف مواقع", pub, "ليل السبت إلى الأحد=TIME:2014-09-27TNI"},
		{"night of two days with a dash", "وقصفت الطائرات ليل الأربعاء - الخميس المدينة", pub, "ليل الأربعاء - الخميس=TIME:2014-09-24TNI"},
		// Midnight is the hour 24:00 of the day whose night it ends (pub: Sunday 28).
		{"midnight of a night between two days", "وتبدأ الهدنة منتصف ليل الخميس الجمعة في المدينة", pub, "منتصف ليل الخميس الجمعة=TIME:2014-09-25T24:00"},
		{"midnight of a night with ليلة", "وانفجرت العبوة قبيل منتصف ليلة الثلاثاء قرب الجسر", pub, "منتصف ليلة الثلاثاء=TIME:2014-09-23T24:00"},
		{"midnight tonight", "وسيتنحى الوزير اعتبارا من منتصف الليلة", pub, "منتصف الليلة=TIME:2014-09-28T24:00"},
		{"midnight alone in a past story opens the day", "وسمع دوي الانفجارات بعد منتصف الليل في الضاحية", pub, "منتصف الليل=TIME:2014-09-27T24:00"},
		{"midnight alone in a clause to come ends the day", "وسيبدأ حظر التجول عند منتصف الليل في العاصمة", pub, "منتصف الليل=TIME:2014-09-28T24:00"},
		{"midnight of a night with no day is none", "وحضر الرئيس قداس منتصف ليل هادئ في الكنيسة", pub, ""},
		{"midnight of the coming night", "وتنتهي المهلة في منتصف الليلة المقبلة", pub, "منتصف الليلة المقبلة=TIME:2014-09-28T24:00"},
		{"the coming night", "ويلقي المدرب كلمة أمام اللاعبين الليلة المقبلة", pub, "الليلة المقبلة=TIME:2014-09-28TNI"},
		{"midnight before a zone with no day keeps its own", "وبقي إطلاق النار مسموعا قبيل منتصف الليل (19:00 ت غ)، الجمعة", pub, "منتصف الليل=TIME:2014-09-27T24:00"},
		{"ليلة between two days", "ووقع انفجار ليلة الخميس الجمعة قرب السفارة", pub, "ليلة الخميس الجمعة=TIME:2014-09-25TNI"},
		{"night and a day not the next", "وأعلن الجيش ليل السبت الاثنين موعدا للانسحاب", pub, "ليل السبت=TIME:2014-09-27TNI"},
		{"called for, the day to come", "دعت النقابات العمال إلى الإضراب الثلاثاء", pub, "الثلاثاء=DATE:2014-09-30"},
		{"day of the call stays past", "دعا الأمين العام الثلاثاء إلى وقف القتال", pub, "الثلاثاء=DATE:2014-09-23"},
		{"likely to", "ومن المرجح أن يعلن الوزير قراره الثلاثاء", pub, "الثلاثاء=DATE:2014-09-30"},
		{"supposed to", "ومن المفترض أن تدخل القافلة المدينة الاثنين", pub, "الاثنين=DATE:2014-09-29"},
		{"future verb right after the day", "وبحلول الأربعاء ستنخفض درجات الحرارة", pub, "الأربعاء=DATE:2014-10-01"},
		{"future verb in reported speech stays past", "وقال الأربعاء إن الحكومة ستعلن قرارها", pub, "الأربعاء=DATE:2014-09-24"},
		{"two is not Monday", "إذ يواجه اثنين من المرشحين", pub, ""},
		{"the two after إن", "وقال المتحدث إن الاثنين في وضع صعب", pub, ""},
		{"the two after بين", "وتحسنت العلاقة بين الاثنين بعد اللقاء", pub, ""},
		{"the two after a dual noun", "وأمرت النيابة بحبس الضابطين الاثنين أربعة أيام", pub, "أربعة أيام=DURATION:P4D"},
		{"Monday after إن with the next", "وقالت الحكومة إن الاثنين المقبل عطلة رسمية", pub, "الاثنين المقبل=DATE:2014-09-29"},
		{"Monday after a nisba plural", "وقتل الجنود الفلسطينيين الاثنين", pub, "الاثنين=DATE:2014-09-22"},
		{"Monday after a name in -ين", "ونفى الكرملين الاثنين الاتهامات", pub, "الاثنين=DATE:2014-09-22"},
		{"Monday after a plural of quantity", "وانتظر مئات المهاجرين الاثنين قبالة الساحل", pub, "الاثنين=DATE:2014-09-22"},
		{"expected, impersonal", "وينتظر أن يشدد الوزراء على الملف يوم الاثنين", pub, "يوم الاثنين=DATE:2014-09-29"},
		{"was expected stays past", "وكان ينتظر أن يحسم المجلس الأمر الاثنين", pub, "الاثنين=DATE:2014-09-22"},
		{"may, after the day", "إلا أن محادثات الاثنين قد تتأثر بالأحداث", pub, "الاثنين=DATE:2014-09-29"},
		{"a condition on a day", "وإذا اتفق الوزراء يوم الاثنين فإن العقوبات ستفرض", pub, "يوم الاثنين=DATE:2014-09-29"},
		{"a newspaper named for a month", "ونقلت صحيفة جوان الإيرانية عن مسؤول", pub, ""},
		{"a month after a newspaper's article", "ونشرت الصحيفة في جوان تقريرا", pub, "جوان=DATE:2014-06"},
		{"made years ago", "الساعة المصنوعة من الذهب الخالص منذ عشرين عاما", pub, "منذ عشرين عاما=DATE:1994"},
		{"made, a relative past", "الساعة التي صنعت منذ عشرين عاما", pub, "منذ عشرين عاما=DATE:1994"},
		{"a state since stays a length", "الساعة المعروضة في المتحف منذ عشرين عاما", pub, "عشرين عاما=DURATION:P20Y"},
		{"the site is no participle", "ويعمل الموقع منذ عشرين عاما", pub, "عشرين عاما=DURATION:P20Y"},
		{"a hundred written with hamza", "تقع القرية القائمة منذ مئتي عام", pub, "مئتي عام=DURATION:P200Y"},
		{"a hundred years ago", "الاعتراف بإبادة الأرمن قبل نحو مئة عام", pub, "قبل نحو مئة عام=DATE:1914:APPROX"},
		{"future on the same weekday is today", "سيعقد الاتحاد مؤتمرا صحافيا ظهر الأحد", pub, "ظهر الأحد=TIME:2014-09-28TMI"},
		{"next on the same weekday is next week", "يعقد الاتحاد مؤتمره الأحد المقبل", pub, "الأحد المقبل=DATE:2014-10-05"},
		{"on the two days is no set", "تقام البطولة يومي الجمعة والسبت", pub, "يومي الجمعة=DATE:2014-09-26"},
		{"a future verb far before the weekday", "سيلتقي وزراء الخارجية من عشر دول أوروبية في العاصمة البلجيكية الخميس", pub, "الخميس=DATE:2014-10-02"},
		{"a future verb, then a clause of the past", "سيسلم المبعوث رسالة للرئيس بعد أن التقى وزير الخارجية الخميس", pub, "الخميس=DATE:2014-09-25"},
		{"a future in the past far before the weekday", "ألغى الرئيس القمة التي كانت ستعقد في سنغافورة في رسالة بعثها إلى نظيره، الخميس", pub, "الخميس=DATE:2014-09-25"},
		{"a clause opened by وحتى", "وحتى يوم الأربعاء، كانت المدينة مسرحا للاحتجاجات", pub, "يوم الأربعاء=DATE:2014-09-24"},
		{"a weekday before a date with من شهر", "سيسمح للنساء بالقيادة بدءا من يوم الأربعاء 24 من شهر سبتمبر", pub, "يوم الأربعاء 24 من شهر سبتمبر=DATE:2014-09-24"},
		{"until a weekday to come", "وأغلقت السلطات المدارس حتى الأربعاء", pub, "الأربعاء=DATE:2014-10-01"},
		{"until yesterday evening", "ولم يعلن الجيش حصيلة القتلى حتى مساء السبت", pub, "مساء السبت=TIME:2014-09-27TEV"},
		{"a weekday and part of day before a date", "قتل العشرات صباح يوم الأحد 21 سبتمبر في هجوم", pub, "صباح يوم الأحد 21 سبتمبر=TIME:2014-09-21TMO"},
		{"scheduled, the day set off by a comma", "وتنعقد جلسة المحاكمة، الثلاثاء، في إسطنبول", pub, "الثلاثاء=DATE:2014-09-30"},
		{"the end of a year named", "منذ توليه السلطة في نهاية العام 2011", pub, "نهاية العام 2011=DATE:2011:END"},
		{"the end of this year", "ينتهي المشروع في نهاية العام", pub, "نهاية العام=DATE:2014:END"},
		{"a former secretary-general is no last year", "نعت المنظمة أمينها العام وقالت إن الأمين العام السابق كان رجل سلام", pub, ""},
		{"public prosecutors are no two years", "وأمر المحامين العامين بمتابعة القضايا", pub, ""},
		{"a country last year", "وزار الوزير الرياض العام الماضي", pub, "العام الماضي=DATE:2013"},
		{"the end of a bare year", "تخوض الحركة ثلاث حروب منذ نهاية 2009 مع جيرانها", pub, "نهاية 2009=DATE:2009:END"},
		{"the middle of a year with عام", "انضم إلى الحزب في منتصف عام 2012 ثم عاد", pub, "منتصف عام 2012=DATE:2012:MID"},
		{"late in a year with سنة", "غادر البلاد أواخر سنة 2005 إلى المنفى", pub, "أواخر سنة 2005=DATE:2005:END"},
		{"the last two thousand is no year", "وصل آخر 2000 جندي إلى القاعدة", pub, ""},
		{"near is not soon", "رأى الناقلة تبحر قريبا منه", pub, ""},
		{"soon", "سيعود الوفد قريبا", pub, "قريبا=DATE:FUTURE_REF"},
		{"later after a past verb", "وأعلن الجيش لاحقا مقتل جنديين", pub, "لاحقا=DATE:PAST_REF"},
		{"later after a past verb in ت", "نقل الجندي الذي توفي لاحقا إلى بلدته", pub, "لاحقا=DATE:PAST_REF"},
		{"later after before-that", "قبل أن يتراجع لاحقا عن تصريحه", pub, "لاحقا=DATE:PAST_REF"},
		{"later after a present verb", "لا يمكنه العودة لاحقا إلى منصبه", pub, "لاحقا=DATE:FUTURE_REF"},
		{"later after a future verb", "وستعلن النتائج لاحقا", pub, "لاحقا=DATE:FUTURE_REF"},
		{"later on in a past story", "وعثرت الشرطة على السيارة في وقت لاحق", pub, "وقت لاحق=DATE:PAST_REF"},
		{"later on after a present verb with ف", "أما الحكم فيصدر في وقت لاحق", pub, "وقت لاحق=DATE:FUTURE_REF"},
		{"later on after a present that looks like a past", "على أن تقدم الوزارة تفاصيل في وقت لاحق", pub, "وقت لاحق=DATE:FUTURE_REF"},
		{"later on after a past that looks like a present", "ونشرت الصور التي تم التقاطها في وقت لاحق", pub, "وقت لاحق=DATE:PAST_REF"},
		{"later today", "وتستأنف الجلسة في وقت لاحق اليوم", pub, "وقت لاحق اليوم=DATE:2014-09-28"},
		{"later on the same day", "وعاد إلى بيته في وقت لاحق من اليوم نفسه", pub, "وقت لاحق=DATE:PAST_REF"},
		{"soon, able to", "أملنا أن نتمكن قريبا من التوصل إلى اتفاق", pub, "قريبا=DATE:FUTURE_REF"},
		{"half a day is not today", "استمرت المحادثات يوما ونصف اليوم", pub, "يوما ونصف اليوم=DURATION:P1.5D"},
		{"a site's name is not today", "قال لموقع \"اليوم 24\" إن", pub, ""},
		{"morning of today, named", "وقع الزلزال صباح اليوم الأحد قبالة الساحل", pub, "صباح اليوم الأحد=TIME:2014-09-28TMO"},
		{"evening of yesterday, named", "أصدرت المحكمة مساء أمس السبت حكمها", pub, "مساء أمس السبت=TIME:2014-09-27TEV"},
		{"maghrebi afternoon", "انفجر لغم عشية اليوم بالجبل", pub, "عشية اليوم=TIME:2014-09-28TEV"},
		{"the eve of a weekday is no part of it", "وصل المنتخب عشية السبت إلى موسكو", pub, "السبت=DATE:2014-09-27"},
		{"minutes of a match", "سجل هدفين في الدقيقتين 13 و39", pub, ""},
		{"two minutes", "توقفت المباراة دقيقتين", pub, "دقيقتين=DURATION:PT2M"},
		{"six days a week", "يعمل في المزرعة ستة أيام في الأسبوع", pub, "ستة أيام في الأسبوع=SET:P1W"},
		{"hours a day", "تنقطع الكهرباء عشر ساعات يوميا", pub, "عشر ساعات يوميا=SET:P1D"},
		{"days of a named week stay a duration", "أمضى ثلاثة أيام في الأسبوع الماضي في المستشفى", pub, "ثلاثة أيام=DURATION:P3D"},
		{"million dinars is no year", "بمردود حوالي 900 م د", pub, ""},
		{"year with م", "ولد سنة 1950 م في القرية", pub, "سنة 1950 م=DATE:1950"},
		{"after years of absence is no future date", "عاد المنتخب إلى كأس العالم بعد 28 عاما من الغياب", pub, "28 عاما=DURATION:P28Y"},
		{"in two years", "سيكتمل المشروع بعد عامين", pub, "بعد عامين=DATE:2016"},
		{"the Arab Spring is no season", "منذ بداية الربيع العربي تغيرت المنطقة", pub, ""},
		{"next spring", "تبدأ المفاوضات في الربيع المقبل", pub, "الربيع المقبل=DATE:2015-SP"},
		{"last summer", "وقعت الحادثة الصيف الماضي", pub, "الصيف الماضي=DATE:2014-SU"},
		{"last autumn", "وقعت الحادثة الخريف الماضي", pub, "الخريف الماضي=DATE:2013-FA"},
		{"some day is no duration", "سيعود يوما ما إلى بلاده", pub, ""},
		{"now", "أصبحت الشركة قادرة الآن على التوسع", pub, "الآن=DATE:PRESENT_REF"},
		{"Alan is not now", "وقال الرئيس التنفيذي آلان بجاني إن", pub, ""},
		{"general prosecutors are no two years", "وطرد بموجب المرسوم قضاة ومدعين عامين وأطباء", pub, ""},
		{"an hour with its date after the part", "وبدأ الحظر عند الساعة العاشرة مساء 20 سبتمبر في العاصمة", pub, "الساعة العاشرة مساء 20 سبتمبر=TIME:2014-09-20T22:00"},
		{"an hour of the morning of a date", "وأعلن الوزير عند الساعة العاشرة من صباح 5 سبتمبر انسحاب القوات", pub, "الساعة العاشرة من صباح 5 سبتمبر=TIME:2014-09-05T10:00"},
		{"an hour with its day after a comma", "وشهد المعبد حريقا في الساعة 6:40، مساء السبت، ثم أخمد", pub, "الساعة 6:40=TIME:2014-09-27T18:40"},
		{"Alan with hamza is not now", "وقال المحامي ألان ديرشوفيتز إن القضية انتهت", pub, ""},
		{"earlier on a weekday without من", "وأعلن الجيش في وقت سابق يوم السبت أنه سيطر على البلدة", pub, "وقت سابق يوم السبت=DATE:2014-09-27"},
		{"earlier in the daytime of a weekday", "وفي وقت سابق من نهار الأحد، أرسل الجيش تعزيزات", pub, "وقت سابق من نهار الأحد=DATE:2014-09-28"},
		{"earlier this month without من", "وقالت الوزارة في وقت سابق هذا الشهر إنها ستفتح المعبر", pub, "وقت سابق هذا الشهر=DATE:2014-09"},
		{"later on a weekday to come", "ومن المقرر أن يجتمع المجلس في وقت لاحق الاثنين", pub, "وقت لاحق الاثنين=DATE:2014-09-29"},
		{"earlier with no anchor after it", "وكانت الشرطة قد أعلنت في وقت سابق أنها اعتقلته", pub, "وقت سابق=DATE:PAST_REF"},
		{"this winter with its demonstrative", "وكانت الليالي الأشد برودة هذا الشتاء في المدينة", pub, "هذا الشتاء=DATE:2014-WI"},
		{"seconds after a count", "ووصل الشرطي بعد نحو 90 ثانية من إطلاق النار", pub, "نحو 90 ثانية=DURATION:PT90S:APPROX"},
		{"seconds a length", "واستغرق الهجوم 45 ثانية فقط", pub, "45 ثانية=DURATION:PT45S"},
		{"seconds in the plural", "وأطلق الصاروخين بفارق لا يتجاوز ثلاث ثوان", pub, "ثلاث ثوان=DURATION:PT3S"},
		{"two seconds", "وسجل الهدف بعد ثانيتين من بداية المباراة", pub, "ثانيتين=DURATION:PT2S"},
		{"a second time is no length", "وفاز الفريق مرة ثانية على منافسه", pub, ""},
		{"one unit before كما", "وبقي عاما كما وعد", pub, "عاما=DURATION:P1Y"},
		{"after a noun is no future", "ويأتي بعد انفجار وقع الثلاثاء", pub, "الثلاثاء=DATE:2014-09-23"},
		{"yesterday", "أعلنت الحكومة أمس أن", pub, "أمس=DATE:2014-09-27"},
		{"with proclitic", "وقال بالأمس إن", pub, "الأمس=DATE:2014-09-27"},
		{"with the preposition ل", "وتستمر المحادثات لثلاثة أيام", pub, "ثلاثة أيام=DURATION:P3D"},
		{"لل (ل + ال): the preposition outside the span, the article's ل in", "وقال إن الميزانية للعام المقبل جاهزة", pub, "لعام المقبل=DATE:2015"},
		{"لل before a year: the article's ل in", "وطعن الحزب في قانون الانتخابات للعام 2009 أمام المحكمة", pub, "لعام 2009=DATE:2009"},
		{"ل alone outside the span", "وقدم الوزير خطته لعام 2016", pub, "عام 2016=DATE:2016"},
		{"tomorrow", "يصل الوفد غدا", pub, "غدا=DATE:2014-09-29"},
		{"from tomorrow with the article", "ستنتشر الوحدة اعتبارا من الغد في المدينة", pub, "الغد=DATE:2014-09-29"},
		{"a daily paper is no time", "وقال لصحيفة دي فيلت اليومية إنه يرفض", pub, ""},
		{"daily meetings are a set", "وتعقد اللجنة اجتماعات يومية", pub, "يومية=SET:P1D"},
		{"a count per month is a rate", "ويتقاضى العامل نحو 300 دولار في الشهر، بينما يعمل", pub, "الشهر=SET:P1M"},
		{"times per day is a rate, not today", "ويتناول المريض الدواء ثلاث مرات في اليوم.", pub, "اليوم=SET:P1D"},
		{"a count per year is a rate", "وتسجل البلاد 200 ألف حالة طلاق في السنة", pub, "السنة=SET:P1Y"},
		{"once a week is a rate", "ويسمح له بزيارة أسرته مرة في الأسبوع", pub, "الأسبوع=SET:P1W"},
		{"the same day after a count is no rate", "وقتل عشرة أشخاص في اليوم نفسه", pub, ""},
		{"a year told in words after a count is no rate", "وعاد 300 لاجئ في العام ألفين وعشرة", pub, ""},
		{"a monthly salary is a set", "ولا يتعدى دخله الشهري 500 دولار", pub, "الشهري=SET:P1M"},
		{"al-Shehri after a first name is a family name", "ومرر الكرة إلى يحيى الشهري الذي سجل", pub, ""},
		{"al-Shehri after a title is a family name", "وترأس الوفد اللواء الشهري", pub, ""},
		{"al-Shehri after عبد الله is a family name", "وصل فيصل عبد الله الشهري إلى المدينة", pub, ""},
		{"a dual future verb before a weekday", "موعد اللقاء اللذين سيعلنان الخميس", pub, "الخميس=DATE:2014-10-02"},
		{"a name is no future verb", "ورئيس الوزراء ستيفان لوفن الجمعة", pub, "الجمعة=DATE:2014-09-26"},
		{"a month of a year after من عام", "منذ اختطافه في أكتوبر من عام 2015", pub, "أكتوبر من عام 2015=DATE:2015-10"},
		{"a month of last year", "الخلاف الذي بدأ في يونيو/ حزيران من العام الماضي", pub, "يونيو/ حزيران من العام الماضي=DATE:2013-06"},
		{"a weekday before a date is the date's", "احتفلت باكستان بالعيد الجمعة 21 ديسمبر", pub, "الجمعة 21 ديسمبر=DATE:2014-12-21"},
		{"a politician is no future verb", "والتقى سياسيين الخميس", pub, "الخميس=DATE:2014-09-25"},
		{"a month after عقب is the last one", "عقب اعتبار الإدارة في ديسمبر القدس عاصمة", pub, "ديسمبر=DATE:2013-12"},
		{"a month alone ahead is this year's", "وتجرى الانتخابات في ديسمبر", pub, "ديسمبر=DATE:2014-12"},
		{"the party of tomorrow is no date", "وقال حزب الغد إنه يرفض القرار", pub, ""},
		{"a bracket closed after a double month name stays out", "الحملة (من 8 إلى 14 نيسان/أبريل).", pub, "14 نيسان/أبريل=DATE:2014-04-14"},
		{"a bracket opened before the second name is taken", "في 14 نيسان (أبريل) الماضي", pub, "14 نيسان (أبريل) الماضي=DATE:2014-04-14"},
		{"a count of women is no year", "شملت عينة من 2008 نساء", pub, ""},
		{"last week", "في الأسبوع الماضي", pub, "الأسبوع الماضي=DATE:2014-W38"},
		{"next month", "الشهر المقبل", pub, "الشهر المقبل=DATE:2014-10"},
		{"last year", "العام الماضي", pub, "العام الماضي=DATE:2013"},
		{"start of month", "مطلع الشهر المقبل", pub, "مطلع الشهر المقبل=DATE:2014-10:START"},
		{"two days ago", "قبل يومين", pub, "قبل يومين=DATE:2014-09-26"},
		{"duration approx", "منذ ما يقرب من أربعة أعوام", pub, "ما يقرب من أربعة أعوام=DURATION:P4Y:APPROX"},
		{"duration approx with يقارب", "استمرت المفاوضات ما يقارب ستة أشهر", pub, "ما يقارب ستة أشهر=DURATION:P6M:APPROX"},
		{"duration approx with يناهز and no من", "حكم المدينة ما يناهز عشرين عاما", pub, "ما يناهز عشرين عاما=DURATION:P20Y:APPROX"},
		{"duration approx after a verb of nearing", "انقطع البث لمدة قاربت 9 أشهر", pub, "قاربت 9 أشهر=DURATION:P9M:APPROX"},
		{"duration at least", "ويواجه المتهم السجن ما لا يقل عن سبع سنوات", pub, "ما لا يقل عن سبع سنوات=DURATION:P7Y:EQUAL_OR_MORE"},
		{"duration at most", "وتستمر المرحلة ما لا يزيد على ثلاثة أيام", pub, "ما لا يزيد على ثلاثة أيام=DURATION:P3D:EQUAL_OR_LESS"},
		{"duration days", "استمرت المعارك ثلاثة أيام", pub, "ثلاثة أيام=DURATION:P3D"},
		{"duration hours", "خلال 48 ساعة", pub, "48 ساعة=DURATION:PT48H"},
		{"signal outside the duration", "ظل المعبر مغلقا لمدة ثلاثة أسابيع", pub, "ثلاثة أسابيع=DURATION:P3W"},
		{"vague duration", "بقي الوفد هناك بضعة أيام", pub, "بضعة أيام=DURATION:PXD"},
		{"vague offset", "غادر السفير قبل عدة أسابيع", pub, "قبل عدة أسابيع=DATE:PAST_REF"},
		{"light years are no time", "تبعد المجرة عنا عشر سنوات ضوئية", pub, ""},
		{"dual", "بعد عامين من الحرب", pub, "عامين=DURATION:P2Y"},
		{"clock", "عند الساعة الثالثة عصرا", pub, "الساعة الثالثة عصرا=TIME:2014-09-28T15:00"},
		{"clock digits", "الساعة 15:30 بتوقيت غرينتش", pub, "الساعة 15:30 بتوقيت غرينتش=TIME:2014-09-28T15:30"},
		{"clock of a relative day", "تبدأ الجلسة الساعة التاسعة من مساء غد", pub, "الساعة التاسعة من مساء غد=TIME:2014-09-29T21:00"},
		{"clock of a weekday", "وقع الانفجار الساعة 10 صباح الخميس", pub, "الساعة 10 صباح الخميس=TIME:2014-09-25T10:00"},
		{"clock of a day without publication date", "الساعة الثامنة من مساء الثلاثاء", "", "الساعة الثامنة من مساء الثلاثاء=TIME:XXXX-WXX-2T20:00"},
		{"set weekday", "يتظاهرون كل يوم جمعة", pub, "كل يوم جمعة=SET:XXXX-WXX-5"},
		{"set yearly", "يقام المهرجان سنويا", pub, "سنويا=SET:P1Y"},
		{"set every two years", "تنظم الانتخابات البلدية كل عامين", pub, "كل عامين=SET:P2Y"},
		{"set every n months", "يجتمع المجلس كل ثلاثة أشهر", pub, "كل ثلاثة أشهر=SET:P3M"},
		{"decade", "في الثمانينيات", pub, "الثمانينيات=DATE:198"},
		{"century", "في القرن العشرين", pub, "القرن العشرين=DATE:19"},
		{"century with modifier", "هاجر أجداده في أواخر القرن التاسع عشر", pub, "أواخر القرن التاسع عشر=DATE:18:END"},
		{"current century", "بني الجسر في منتصف القرن الجاري", pub, "منتصف القرن الجاري=DATE:20:MID"},
		{"last decade", "تضاعف الإنتاج خلال العقد الماضي", pub, "العقد الماضي=DATE:200"},
		{"current contract is not a decade", "وقع اللاعب على تمديد العقد الحالي", pub, ""},
		{"unknown publication date", "التقيا يوم 15 سبتمبر", "", "15 سبتمبر=DATE:XXXX-09-15"},
		{"unknown publication weekday", "يوم الأربعاء", "", "يوم الأربعاء=DATE:XXXX-WXX-3"},
		{"impossible date keeps no value", "في 31 فبراير 2014", pub, "31 فبراير 2014=DATE:"},
		{"month 13 is no date", "الفقرة 13 من القانون", pub, ""},
		{"far year keeps no value", "في عام 2500", pub, "عام 2500=DATE:"},
		{"door is not August", "فتح الباب أمام الحوار", pub, ""},
		{"quantity is not a year", "نشر 2000 جندي", pub, ""},
		{"money after و is not a year", "تراوحت بين 1001 دينار و1500 دينار", pub, ""},
		{"a Gregorian year of the fifteenth century", "سقطت غرناطة عام 1492", pub, "عام 1492=DATE:1492"},
		{"a Hijri year of today", "في عام 1435 بدأ المشروع", pub, "عام 1435=DATE:2013"},
		{"a year after و", "بين عامي 2010 و2014 تضاعف العدد", pub, "2010=DATE:2010"},
		{"named day is not today", "احتفل باليوم الوطني", pub, ""},
		{"at the same time is not now", "أفرجت عنه ووعدت في الآن نفسه بمتابعته", pub, ""},
		{"the same moment in ذاته", "وهو في الآن ذاته رئيس الحزب", pub, ""},
		{"the deadliest day is not today", "واجهت القوات اليوم الأشد دموية منذ بدء العملية", pub, ""},
		{"the most violent day is not today", "وشهدت المدينة اليوم الأكثر عنفا في تاريخها", pub, ""},
		{"today before a subject stays today", "يغادر الوفد اليوم إلى القاهرة", pub, "اليوم=DATE:2014-09-28"},
		{"today before a preposition", "يغادر الوفد اليوم إلى جنيف", pub, "اليوم=DATE:2014-09-28"},
		{"today before a subject", "تبدأ اليوم المرحلة الثانية من الحملة", pub, "اليوم=DATE:2014-09-28"},
		{"today before a demonstrative", "ووصف الوزير اليوم هذا القرار بالخطير", pub, "اليوم=DATE:2014-09-28"},
		{"ordinal day is not today", "افتتح اليوم الثاني من المعرض", pub, ""},
		{"day described by a relative clause", "تذكر اليوم الذي غادر فيه القرية", pub, ""},
		{"that day is not today", "وفي صباح ذلك اليوم غادر القرية", pub, ""},
		{"described day after a pronoun", "وهو اليوم الحاسم في السباق", pub, ""},
		{"this period is not the present", "ارتفعت الصادرات خلال هذه الفترة", pub, ""},
		{"decade with the short plural", "هاجرت العائلة في السبعينات إلى الخليج", pub, "السبعينات=DATE:197"},
		{"levantine month without the article", "في تشرين أول عام 2013 وقع الاتفاق", pub, "تشرين أول عام 2013=DATE:2013-10"},
		{"second naming without the article", "ألغت الولاية العقوبة في أكتوبر/تشرين أول عام 2013", pub, "أكتوبر/تشرين أول عام 2013=DATE:2013-10"},
		{"last night", "اندلع حريق في المستودع الليلة الماضية", pub, "الليلة الماضية=TIME:2014-09-27TNI"},
		{"tonight", "يلقي الرئيس خطابا الليلة", pub, "الليلة=TIME:2014-09-28TNI"},
		{"today with its weekday in brackets", "وقال في بيان أصدره اليوم (الأحد) إن", pub, "اليوم (الأحد)=DATE:2014-09-28"},
		{"today named a day before publication", "وقال في بيان أصدره اليوم (السبت) إن", pub, "اليوم (السبت)=DATE:2014-09-27"},
		{"yesterday named a day before publication", "وقع الانفجار مساء أمس الجمعة", pub, "مساء أمس الجمعة=TIME:2014-09-26TEV"},
		{"tomorrow named two days off keeps the publication date", "تعقد الجلسة غدا الأربعاء", pub, "غدا الأربعاء=DATE:2014-09-29"},
		{"the first of two days of a month", "عقدت القمة في 11 و12 تموز/يوليو في بروكسل", pub, "11=DATE:2014-07-11"},
		{"the first of two days of a month after بين", "بين 4 و19 أيار 2013", pub, "4=DATE:2013-05-04"},
		{"a count before و is no day", "قتل ما بين 15 و20 شخصا", pub, ""},
		{"a day of every year", "يحتفل الجيش بعيده في 14 أكتوبر من كل عام", pub, "14 أكتوبر من كل عام=SET:XXXX-10-14"},
		{"scheduled, a visit made", "يقوم الرئيس المصري الاثنين بزيارة إلى موسكو", pub, "الاثنين=DATE:2014-09-29"},
		{"a decade of a life is an age", "توفي رجل في الثمانينيات من عمره", pub, ""},
		{"a decade after a person is an age", "وأصيبت امرأة في السبعينيات بجروح طفيفة", pub, ""},
		{"a decade part after a pronoun is an age", "اعتقلت الشرطة السائق، وهو في أواخر الأربعينات، قرب المحطة", pub, ""},
		{"a decade after a country is a decade", "كانت البلاد في الستينيات تعيش ازدهارا", pub, "الستينيات=DATE:196"},
		{"a decade of the last century", "هاجر والداه في الخمسينات من القرن الماضي", pub, "الخمسينات=DATE:195"},
		{"one unit after a signal", "وتعهد بتسليم السلطة خلال عام واحد", pub, "عام واحد=DURATION:P1Y"},
		{"one week after a signal", "علقت الغارات لمدة أسبوع", pub, "أسبوع=DURATION:P1W"},
		{"the month of Ramadan is a date, no duration", "وقع الهجوم خلال شهر رمضان", pub, "شهر رمضان=DATE:2014-06"},
		{"the week of a conference is no duration", "جدول أعماله خلال أسبوع المؤتمر", pub, ""},
		{"a day of a month named with شهر", "حتى الأول من شهر آب/أغسطس", pub, "الأول من شهر آب/أغسطس=DATE:2014-08-01"},
		{"earlier", "وفي وقت سابق، أعلن الجيش مقتل ثلاثة", pub, "وقت سابق=DATE:PAST_REF"},
		{"earlier this month", "ونفت الحركة في وقت سابق من الشهر الجاري أي محادثات", pub, "وقت سابق من الشهر الجاري=DATE:2014-09"},
		{"earlier this month with هذا", "واستأنفت الدولة في وقت سابق من هذا الشهر علاقاتها", pub, "وقت سابق من هذا الشهر=DATE:2014-09"},
		{"earlier on a weekday", "وصرح الوزير في وقت سابق من الخميس أن الهجمات دليل ضعف", pub, "وقت سابق من الخميس=DATE:2014-09-25"},
		{"late on a weekday", "وأعلن الجيش في وقت متأخر الخميس مقتل ثلاثة", pub, "وقت متأخر الخميس=DATE:2014-09-25"},
		{"late in the evening of a weekday", "وغادر الوفد في ساعة متأخرة من مساء السبت", pub, "ساعة متأخرة من مساء السبت=TIME:2014-09-27TEV"},
		{"late with no day is no time", "ووصلت المساعدات في وقت متأخر إلى البلدة", pub, ""},
		{"the two of us is no Monday", "نحن الاثنين نعرف الطريق جيدا", pub, ""},
		{"earlier this week without في", "وجرت الانتخابات وقت سابق من الأسبوع الجاري", pub, "وقت سابق من الأسبوع الجاري=DATE:2014-W39"},
		{"later today after من", "ويلقي الرئيس كلمة في وقت لاحق من اليوم", pub, "وقت لاحق من اليوم=DATE:2014-09-28"},
		{"later on a day told before stays bare", "وعاد الوفد في وقت لاحق من اليوم نفسه", pub, "وقت لاحق=DATE:PAST_REF"},
		{"in the past without the preposition", "تلقى الوفد تهديدات عديدة في الماضي", pub, "الماضي=DATE:PAST_REF"},
		{"the afternoon of a weekday", "وبدأ المهرجان بعد ظهر السبت في الساحة", pub, "بعد ظهر السبت=TIME:2014-09-27TAF"},
		{"this afternoon", "واستقبل الرئيس الوفد بعد ظهر اليوم", pub, "بعد ظهر اليوم=TIME:2014-09-28TAF"},
		{"noon today is mid-day", "وجرى تشييع الجثمان ظهر اليوم في البلدة", pub, "ظهر اليوم=TIME:2014-09-28TMI"},
		{"noon of a weekday in ظهيرة", "وصل الوفد ظهيرة السبت إلى العاصمة", pub, "ظهيرة السبت=TIME:2014-09-27TMI"},
		{"before noon on a weekday is the morning", "واكتفى المصدر قبل ظهر الاثنين بتأكيد الخبر", pub, "قبل ظهر الاثنين=TIME:2014-09-22TMO"},
		{"a weekday in the afternoon", "واندلع الحريق الجمعة بعد الظهر في المخزن", pub, "الجمعة بعد الظهر=TIME:2014-09-26TAF"},
		{"an anniversary is no set", "تظاهر المئات في الذكرى السنوية الثالثة للانتفاضة", pub, ""},
		{"an anniversary after بمناسبة is no set", "وقال في كلمة بمناسبة السنوية الأولى لرحيله", pub, ""},
		{"a weekly named in quotes is no set", "وانتقدت أسبوعية \"لوموند\" الحكومة", pub, ""},
		{"a weekly after its quoted name is no set", "وقال لمجلة \"دير تاغ\" الألمانية الأسبوعية إن", pub, ""},
		{"a weekly rest before a closing quote is a set", "وقالت \"لهن يوم راحة أسبوعي\"، لكن العمل طويل", pub, "أسبوعي=SET:P1W"},
		{"a weekly meeting is a set", "وقالت الحكومة بعد اجتماعها الأسبوعي إن", pub, "الأسبوعي=SET:P1W"},
		{"recently", "تصاعدت الهجمات في الآونة الأخيرة", pub, "الآونة الأخيرة=DATE:PAST_REF"},
		{"the conjunction before a weekday is not in the span", "وصل الوفد ويوم الأربعاء الماضي التقى الوزير", pub, "يوم الأربعاء الماضي=DATE:2014-09-24"},
		{"the conjunction before tomorrow is not in the span", "وغدا يسافر الوفد إلى جنيف", pub, "غدا=DATE:2014-09-29"},
		{"the day of yesterday", "أعلن الجيش يوم أمس مقتل ثلاثة", pub, "يوم أمس=DATE:2014-09-27"},
		{"the year before last", "وتراجعت الصادرات العام قبل الماضي", pub, "العام قبل الماضي=DATE:2012"},
		{"the year before last with ما", "وافتتح المصنع في السنة ما قبل الماضية", pub, "السنة ما قبل الماضية=DATE:2012"},
		{"the week after next", "وتبدأ المحاكمة الأسبوع بعد المقبل", pub, "الأسبوع بعد المقبل=DATE:2014-W41"},
		{"the day before yesterday with من", "وصل المبعوث إلى عمان أول من أمس", pub, "أول من أمس=DATE:2014-09-26"},
		{"the day before yesterday with من, its part and its weekday", "وتعرضت القافلة لهجوم مساء الأول من أمس الجمعة", pub, "مساء الأول من أمس الجمعة=TIME:2014-09-26TEV"},
		{"last year in the feminine", "زار الوفد المدينة مرتين السنة الفائتة", pub, "السنة الفائتة=DATE:2013"},
		{"the conjunction of a word that begins with و stays", "وفي وقت سابق، أعلن الجيش مقتل ثلاثة", pub, "وقت سابق=DATE:PAST_REF"},
		{"days ago", "وصل الوفد إلى المدينة قبل أيام", pub, "قبل أيام=DATE:PAST_REF"},
		{"a few months ago", "أعلنت الحكومة قبل أشهر قليلة خطتها", pub, "قبل أشهر قليلة=DATE:PAST_REF"},
		{"one of is no weekday after today", "فقدت البلاد اليوم أحد أبرز مفكريها", pub, "اليوم=DATE:2014-09-28"},
		{"a day named by an event is no duration", "قتل عشرات خلال يوم افتتاح السفارة", pub, ""},
		{"a week of a month is no day", "تصاعد القصف في الأسبوع الثاني من شهر شباط/فبراير", pub, "شهر شباط/فبراير=DATE:2014-02"},
		{"the first week of a month is no day", "بدأت الحملة في الأسبوع الأول من فبراير", pub, "فبراير=DATE:2014-02"},
		{"a Hijri day before this year", "مساء التاسع والعشرين من شعبان لهذا العام", pub, "التاسع والعشرين من شعبان=DATE:2014-06-27"},
		{"this year named by its number", "لهذا العام 1435 هـ", pub, "العام 1435 هـ=DATE:2013"},
		{"a decade of the nineteenth century", "مع بداية ستينات القرن التاسع عشر", pub, "بداية ستينات القرن التاسع عشر=DATE:186:START"},
		{"a day of a month of a year after من عام", "في 5 أيار/مايو من عام 1948 أعلن قيام الدولة", pub, "5 أيار/مايو من عام 1948=DATE:1948-05-05"},
		{"about, after the amount", "وبقي المعبر مغلقا أربع سنوات تقريبا قبل فتحه", pub, "أربع سنوات تقريبا=DURATION:P4Y:APPROX"},
		{"about, after one unit", "قضى في السجن مدة عام تقريباً، ثم أفرج عنه", pub, "عام تقريباً=DURATION:P1Y:APPROX"},
		{"at least, after a dual", "يحتاج المشروع سنتين على الأقل لإنجازه", pub, "سنتين على الأقل=DURATION:P2Y:EQUAL_OR_MORE"},
		{"or more", "تمكث البعثات مدة شهر أو أكثر في الموقع", pub, "شهر أو أكثر=DURATION:P1M:EQUAL_OR_MORE"},
		{"and under", "فتحت المسابقة لمن هم في سن 30 عاما وأقل", pub, "30 عاما وأقل=DURATION:P30Y:EQUAL_OR_LESS"},
		{"or more than, compared with what follows", "ظل هناك عاما أو أكثر من ذلك بقليل", pub, "عاما=DURATION:P1Y"},
		{"a modifier before keeps its own", "استمر الحصار نحو عامين تقريبا", pub, "نحو عامين=DURATION:P2Y:APPROX"},
		{"ago after a verbal noun of an assault", "وقال إنه شهد الاعتداء عليها منذ 36 عاما في حفلة", pub, "منذ 36 عاما=DATE:1978"},
		{"ago after a verb and a place", "الحرب التي اندلعت في البلاد منذ سبع سنوات", pub, "منذ سبع سنوات=DATE:2007"},
		{"ago after a verb, an object and an adverb", "اتهمته بأنه اعتدى عليها جنسيا منذ 30 عاما", pub, "منذ 30 عاما=DATE:1984"},
		{"for, after a present and a place", "وهو يعيش في تركيا منذ 36 عاما", pub, "36 عاما=DURATION:P36Y"},
		{"for, after a participle and a place", "الحرب المستمرة في البلاد منذ سبع سنوات", pub, "سبع سنوات=DURATION:P7Y"},
		{"a month, then last year after a comma", "وكان قد زار المدينة في ديسمبر، العام الماضي، مع وفد", pub, "ديسمبر، العام الماضي=DATE:2013-12"},
		{"a month, then next year", "ويعقد المؤتمر في فبراير/ شباط العام المقبل في روما", pub, "فبراير/ شباط العام المقبل=DATE:2015-02"},
		{"May the prime minister, then last year", "ثم انتخابات مبكرة دعت إليها ماي العام الماضي", pub, "العام الماضي=DATE:2013"},
		{"an ambiguous month after في, then last year", "وزار الوفد المدينة في مارس العام الماضي", pub, "مارس العام الماضي=DATE:2013-03"},
		{"the morning of a weekday, literary", "واعتقل الشاب صبيحة الثلاثاء في منزله", pub, "صبيحة الثلاثاء=TIME:2014-09-23TMO"},
		{"the end of an ambiguous month of next year", "ويستمر العمل حتى نهاية شهر مارس من العام القادم", pub, "نهاية شهر مارس من العام القادم=DATE:2015-03:END"},
		{"a day and month, then last year after a comma", "وقع الحادث في 3 مارس، العام الماضي", pub, "3 مارس، العام الماضي=DATE:2013-03-03"},
		{"a day of a month of the year before", "وقع الحادث في 3 مارس من العام الماضي", pub, "3 مارس من العام الماضي=DATE:2013-03-03"},
		{"a day of a month before a share of a year stays alone", "زاد الإنتاج في 12 مايو من العام بنسبة كبيرة", pub, "12 مايو=DATE:2014-05-12"},
		{"the last few days", "تصاعدت المواجهات في الأيام القليلة الماضية", pub, "الأيام القليلة الماضية=DATE:PAST_REF"},
		{"the next few months", "ستحسم المفاوضات خلال الأشهر القليلة المقبلة", pub, "الأشهر القليلة المقبلة=DATE:FUTURE_REF"},
		{"the last twelve months with الـ", "تراجعت الأسعار في الأشهر الـ 12 الماضية", pub, "الأشهر الـ 12 الماضية=DURATION:P12M"},
		{"the last 24 hours with الـ glued", "سقطت الأمطار خلال الساعات الـ24 الأخيرة", pub, "الساعات الـ24 الأخيرة=DURATION:PT24H"},
		{"that night is no tonight", "وغادر الرجلان المدينة في تلك الليلة", pub, ""},
		{"the same night is no tonight", "ووقع انفجار ثان في الليلة ذاتها، وفي نفس الليلة غادر", pub, ""},
		{"the same day after two proclitics is no today", "وبنفس اليوم من العام الماضي غادر", pub, "العام الماضي=DATE:2013"},
		{"the beginnings of a year", "سيطرت الفصائل على المدينة في بدايات عام 2017", pub, "بدايات عام 2017=DATE:2017:START"},
		{"the ends of a century", "هاجروا منذ نهايات القرن التاسع عشر", pub, "نهايات القرن التاسع عشر=DATE:18:END"},
		{"ever after a negation is no day", "وقال إنه لم يرتكب يوما مثل هذه الأفعال", pub, ""},
		{"ever after a negated copula is no day", "لم تكن العلاقات يوماً أسوأ مما هي عليه", pub, ""},
		{"day after day is no duration", "تتزايد الضغوط على الحكومة يوما بعد يوم", pub, ""},
		{"another day stays a duration, as TimeML marks it", "وواجه رجال الإطفاء يوما آخر من الحر الشديد", pub, "يوما=DURATION:P1D"},
		{"a quarter of a thousand people is no time", "يعيش الربع الأول من 1000 شخص في المدن", pub, ""},
		{"one whole day stays a duration", "استمرت الزيارة يوما كاملا", pub, "يوما كاملا=DURATION:P1D"},
		{"one day stays a duration", "تستغرق الزيارة يوما واحدا", pub, "يوما واحدا=DURATION:P1D"},
		{"a day and a half stays a duration", "استمرت المحادثات يوما ونصف", pub, "يوما ونصف=DURATION:P1.5D"},
		{"as of this hour, a count of people", "قتلت الفيضانات إلى حدود الساعة 13 شخصا", pub, ""},
		{"an hour with its digits before a part of day stays", "وقع الانفجار الساعة 10 صباحا", pub, "الساعة 10 صباحا=TIME:2014-09-28T10:00"},
		{"March after و before a year", "بين سبتمبر 2010 ومارس 2013 طلبت", pub, "سبتمبر 2010=DATE:2010-09"},
		{"March after و before a year, alone", "ومارس 2013 كان شهرا صعبا", pub, "مارس 2013=DATE:2013-03"},
		{"March after و before its other name", "ومارس/آذار 2018 كان شهرا صعبا", pub, "مارس/آذار 2018=DATE:2018-03"},
		{"the same day is no today", "وفي اليوم نفسه أعلنت الشرطة اعتقاله", pub, ""},
		{"the evening of the same day is no today", "وغادر مساء اليوم ذاته إلى باريس", pub, ""},
		{"practised after و is no March", "ومارس نشاطه داخل البلاد", pub, ""},
		{"the last quarter of this year", "يتوقع الإعلان في الربع الأخير من هذا العام", pub, "الربع الأخير من هذا العام=DATE:2014-Q4"},
		{"the second quarter of a year named", "نما الاقتصاد في الربع الثاني من عام 2017", pub, "الربع الثاني من عام 2017=DATE:2017-Q2"},
		{"a quarter of the population is no time", "يعيش الربع الأول من السكان في المدن", pub, ""},
		{"last Sunday said on a Sunday is a week before", "وكان الوزير قد زار المدينة الأحد الماضي", pub, "الأحد الماضي=DATE:2014-09-21"},
		{"a day in digits with من before its month", "وقعت الهجمات في 14 من نوفمبر الماضي", pub, "14 من نوفمبر الماضي=DATE:2013-11-14"},
		{"a day in digits with من and شهر", "بدأت العملية في الـ 20 من شهر آذار عام 1867", pub, "20 من شهر آذار عام 1867=DATE:1867-03-20"},
		{"days after another event are a length", "دخل الخبراء البلدة بعد ثلاثة أيام على وصولهم", pub, "ثلاثة أيام=DURATION:P3D"},
		{"days before another event are a length", "تأتي الزيارة قبل يومين من الانتخابات", pub, "يومين=DURATION:P2D"},
		{"years from now stay a date", "سيبدأ العمل بعد عامين من الآن", pub, "بعد عامين=DATE:2016"},
		{"decades of time stay a date", "غزت القوات البلاد قبل نحو عقدين من الزمن", pub, "قبل نحو عقدين=DATE:199:APPROX"},
		{"at least is no event", "لن تعرف النتيجة قبل ستة أسابيع على الأقل", pub, "قبل ستة أسابيع=DATE:2014-W33"},
		{"a clause after the amount is no event", "سقطت الطائرة قبل يومين وعلى متنها 60 راكبا", pub, "قبل يومين=DATE:2014-09-26"},
		{"the conjunction before قبل is left out", "وقبل يومين أعلنت الشرطة اعتقاله", pub, "قبل يومين=DATE:2014-09-26"},
		{"the conjunction before كل is left out", "وكل عام تتكرر الأزمة", pub, "كل عام=SET:P1Y"},
		{"a definite count before its unit", "طوال الثلاثين شهرا التي قضاها في المنصب", pub, "الثلاثين شهرا=DURATION:P30M"},
		{"a definite count before its unit and the past", "تضاعفت الإعدامات خلال الستة أشهر الماضية", pub, "الستة أشهر الماضية=DURATION:P6M"},
		{"a compound count after its unit", "حكم البلاد على مدى السنوات الثماني عشرة الماضية", pub, "السنوات الثماني عشرة الماضية=DURATION:P18Y"},
		{"a count of units and tens after its unit", "تغير النظام منذ السنوات الخمس والعشرين الماضية", pub, "السنوات الخمس والعشرين الماضية=DURATION:P25Y"},
		{"Monday before hours is no count", "أعلنت الشرطة الاثنين ساعات الحظر", pub, "الاثنين=DATE:2014-09-22"},
		{"an hour word with no الساعة before the evening", "وصل الوفد إلى الفندق في الثامنة مساء", pub, "الثامنة مساء=TIME:2014-09-28T20:00"},
		{"an hour word past ten with no الساعة", "تستمر العملية حتى الحادية عشرة ليلا", pub, "الحادية عشرة ليلا=TIME:2014-09-28T23:00"},
		{"a feminine ordinal with no part of day is no hour", "وفازت بالمرتبة الثامنة في السباق", pub, ""},
		{"days after in a past story are a length", "وأفرجت السلطات عنه بعد ثلاثة أيام", pub, "ثلاثة أيام=DURATION:P3D"},
		{"only after, then the event", "ويأتي القرار بعد يومين فقط من مقتله", pub, "يومين=DURATION:P2D"},
		{"days after with a verb to come stay a date", "قال إن القرار سيصبح نافذا بعد 15 يوما", pub, "بعد 15 يوما=DATE:2014-10-13"},
		{"days after with a present verb stay a date", "النزاع الذي يدخل عامه الرابع بعد يومين", pub, "بعد يومين=DATE:2014-09-30"},
		{"a verb with عن after the amount is no event", "وعبر القاضي قبل عامين عن أسفه", pub, "قبل عامين=DATE:2012"},
		{"a verb of what followed is no schedule", "طردت لندن الدبلوماسيين، لتقوم موسكو الاثنين بالمثل", pub, "الاثنين=DATE:2014-09-22"},
		{"since after a punctual past is ago", "وقال النائب الذي أعلن منذ عدة أسابيع استقالته إنه", pub, "منذ عدة أسابيع=DATE:PAST_REF"},
		{"since a count after a punctual past is ago", "وكان الشاب قد انضم منذ ثلاث سنوات إلى الحزب", pub, "منذ ثلاث سنوات=DATE:2011"},
		{"since after a feminine past is ago", "الحرب التي اندلعت منذ نحو أربعة أعوام في البلاد", pub, "منذ نحو أربعة أعوام=DATE:2010:APPROX"},
		{"since after a present stays a length", "يقيم الرجل في المدينة منذ ثلاث سنوات", pub, "ثلاث سنوات=DURATION:P3Y"},
		{"since after a participle stays a length", "النزاع المستمر منذ ثلاث سنوات", pub, "ثلاث سنوات=DURATION:P3Y"},
		{"since after a passive of killing is ago", "القيادي في التنظيم الذي قتل منذ ثلاثة أعوام في غارة", pub, "منذ ثلاثة أعوام=DATE:2011"},
		{"since after a one-time verb and its subject is ago", "تطلقت سعاد منذ تسع سنوات وتعيش مع أمها", pub, "منذ تسع سنوات=DATE:2005"},
		{"since after an arrest and its object is ago", "قرر القاضي الإفراج عن الرجل الذي أوقف منذ أربعة أشهر", pub, "منذ أربعة أشهر=DATE:2014-05"},
		{"that was some time ago", "واتفقا على بيع الأرض وكان ذلك منذ شهرين", pub, "منذ شهرين=DATE:2014-07"},
		{"since after a present and its subject stays a length", "يحكم الرئيس منذ عشر سنوات", pub, "عشر سنوات=DURATION:P10Y"},
		{"since after a participle of prison stays a length", "الرجل مسجون منذ خمس سنوات", pub, "خمس سنوات=DURATION:P5Y"},
		{"since opening the clause before a punctual past is ago", "ومنذ عامين، أقر البرلمان قانونا يحد من الهجرة", pub, "منذ عامين=DATE:2012"},
		{"since opening the clause before a denial is ago", "ومنذ نحو أسبوع نفت الوزارة وجود خلاف", pub, "منذ نحو أسبوع=DATE:2014-W38:APPROX"},
		{"since opening the clause before a present stays a length", "ومنذ ثلاث سنوات تعيش الأسرة في مخيم للنازحين", pub, "ثلاث سنوات=DURATION:P3Y"},
		{"a month after a past verb of approving", "وأقر البرلمان القانون في نوفمبر بعد جدل طويل", pub, "نوفمبر=DATE:2013-11"},
		{"a contract signed is no decade", "ووقعت الوزارة عقدا مع شركة ألمانية لبناء المحطة", pub, ""},
		{"a contract with its value is no decade", "وأبرم النادي عقدا بقيمة مليون دولار مع المدرب", pub, ""},
		{"a decade with a verb of lasting", "وسيستغرق إعمار المدينة عقدا على الأقل", pub, "عقدا على الأقل=DURATION:P1DE:EQUAL_OR_MORE"},
		{"a decade of time after a verb of nearing", "لم يسجل البلد أي إصابة منذ مدة تقارب عقدا من الزمن", pub, "عقدا=DURATION:P1DE"},
		{"then before a future verb is to come", "وإذا انتهى التحقيق فحينها سيعرف الجميع الحقيقة", pub, "حينها=DATE:FUTURE_REF"},
		{"then before يمكن is to come", "ويجب جمع الأدلة وحينها يمكن محاسبة المسؤولين", pub, "حينها=DATE:FUTURE_REF"},
		{"then before قد and a past stays past", "إذ كانت الأسر حينها قد تخلت عن منازلها", pub, "حينها=DATE:PAST_REF"},
		{"first in some years stays a length", "في أول رحلة خارجية له منذ سبع سنوات", pub, "سبع سنوات=DURATION:P7Y"},
		{"ago counted from then is no date of publication", "الذي كان قد تولى الحكم منذ عامين في ذلك الحين", pub, "عامين=DURATION:P2Y"},
		{"ago counted from another day is no date of publication", "اتفقا على بيعها وكان ذلك منذ شهر سابق لتاريخ البيع", pub, "شهر=DURATION:P1M"},
		{"since months with no count is a vague length", "المدينة التي باتت منذ أشهر تحت سيطرة الجيش", pub, "أشهر=DURATION:PXM"},
		{"since many years is a vague length", "يعيش اللاجئون في المخيم منذ سنوات عديدة", pub, "سنوات عديدة=DURATION:PXY"},
		{"since days after a one-time act is some time ago", "عرض قطعة من طائرة أسقطها الجيش منذ أيام", pub, "منذ أيام=DATE:PAST_REF"},
		{"since the days of a time named is no length", "تعيش الأسرة هنا منذ أيام الاستعمار", pub, ""},
		{"decades after with the event counted from", "جاء الاعتراف بعد عقود من الإقصاء", pub, "عقود=DURATION:PXDE"},
		{"a few minutes after", "وبعد البيان بدقائق قليلة دوى انفجار", pub, "دقائق قليلة=DURATION:PTXM"},
		{"in the future", "لا خطط لبناء جسر في المستقبل", pub, "المستقبل=DATE:FUTURE_REF"},
		{"at that time, with the old demonstrative", "وأثار القرار غضبا واسعا حينئذ", pub, "حينئذ=DATE:PAST_REF"},
		{"an ordinary day is no length", "كان يوم الأحد يوما عاديا في المدينة", pub, "يوم الأحد=DATE:2014-09-28"},
		{"an ordinary day alone is no length", "بدا يوما معتادا للسكان", pub, ""},
		{"since after a verb with an object suffix and its subject is ago", "اتفاق تعاون وقعه البلدان منذ عقود", pub, "منذ عقود=DATE:PAST_REF"},
		{"in the near future", "لا انتخابات في المستقبل القريب", pub, "المستقبل القريب=DATE:FUTURE_REF"},
		{"the day of the attacks of 2001", "وشارك الرجل في التخطيط لهجمات 11 سبتمبر/أيلول", pub, "11 سبتمبر/أيلول=DATE:2001-09-11"},
		{"the day of a revolution", "السنوات التي أعقبت ثورة 25 يناير كانت صعبة", pub, "25 يناير=DATE:2011-01-25"},
		{"a day of a known event with another noun is this year's", "تبدأ المعارض يوم 11 سبتمبر", pub, "11 سبتمبر=DATE:2014-09-11"},
		{"the following year with no year named before is next year", "سيزور الوفد البلاد في العام التالي", pub, "العام التالي=DATE:2015"},
		{"a day expected far after its cue is to come", "وقال المركز إن من المتوقع أن تشتد العاصفة سريعا في طريقها لاجتياح الساحل الجنوبي من الجزيرة، الأربعاء", pub, "الأربعاء=DATE:2014-10-01"},
		{"since with time gone by is ago", "كانت القرية عامرة منذ خمسين سنة خلت", pub, "منذ خمسين سنة خلت=DATE:1964"},
		{"ago with time gone by keeps it", "هاجرت العائلة قبل عشر سنوات مضت", pub, "قبل عشر سنوات مضت=DATE:2004"},
		{"a count after its plural unit", "غادر أهله القرية قبل سنوات خمس", pub, "قبل سنوات خمس=DATE:2009"},
		{"a vague count after its plural unit", "حكمت الأسرة البلاد على مدى قرون عدة", pub, "قرون عدة=DURATION:PXCE"},
		{"the preposition before more than is left out", "ظل رمزا للأناقة لأكثر من نصف قرن", pub, "أكثر من نصف قرن=DURATION:P50Y:MORE_THAN"},
		{"the preposition before about is left out", "بقي الوفد هناك لنحو عامين", pub, "نحو عامين=DURATION:P2Y:APPROX"},
		{"a quarter of a century", "حكم البلاد أكثر من ربع قرن", pub, "أكثر من ربع قرن=DURATION:P25Y:MORE_THAN"},
		{"half a century ago", "خطف الطفل من أمه قبل نصف قرن", pub, "قبل نصف قرن=DATE:1964"},
		{"a century by its ordinal", "بنيت القلعة في القرن الثالث عشر", pub, "القرن الثالث عشر=DATE:12"},
		{"a century by its number after الـ", "منذ بداية القرن الـ 21 تغير العالم", pub, "بداية القرن الـ 21=DATE:20:START"},
		{"a century in the nominative", "تحديات يشهدها القرن الحادي والعشرون", pub, "القرن الحادي والعشرون=DATE:20"},
		{"a century before Christ is no date of ours", "بني المعبد في القرن الخامس قبل الميلاد", pub, ""},
		{"a year glued by a dash to a name is part of it", "وشارك الأسطول في مناورات \"زاباد-2017\" الروسية", pub, ""},
		{"a year after a spaced dash is a work's year", "وقرأ الطالب رسالة (فولتير -1763) عن التسامح", pub, "1763=DATE:1763"},
		{"two years joined by a dash are a range", "وتراجعت الأرباح في الموسم 2012-2013", pub, "2012=DATE:2012"},
		{"the half of a century is no half of this year", "تفككت الإمبراطورية في النصف الثاني من القرن التاسع عشر", pub, "القرن التاسع عشر=DATE:18"},
		{"the half of a year named", "بلغت الصادرات مليارا في النصف الأول من 2012", pub, "النصف الأول من 2012=DATE:2012-H1"},
		{"the half of a speech is no time", "وخلال النصف الأول من كلمته تحدث عن الفقر", pub, ""},
		{"the first count of a range of years", "يعاقب القانون بالسجن من أربع إلى ست سنوات", pub, "أربع=DURATION:P4Y"},
		{"the first count of a range of ages", "تتراوح أعمارهم بين 12 و16 عاما", pub, "12=DURATION:P12Y"},
		{"at present", "لا يمكن في الوقت الراهن تحديد الأسباب", pub, "الوقت الراهن=DATE:PRESENT_REF"},
		{"new year's eve", "احتفل الآلاف ليلة رأس السنة في الساحة", "2015-02-10", "ليلة رأس السنة=TIME:2014-12-31TNI"},
		{"the new year of another calendar is left alone", "احتفل الآلاف ليلة رأس السنة الهجرية", "2015-02-10", ""},
		{"a year after the event it names", "اندلعت ثورة 1979 في إيران", pub, "1979=DATE:1979"},
		{"a year after a dash in a citation", "وقرأ كتاب (برودون - 1840 ما الملكية؟)", pub, "1840=DATE:1840"},
		{"a count after a dash stays a count", "وبلغ عدد الزوار - 1840 زائرا فقط", pub, ""},
		{"an hour in the afternoon in two words", "وقع الانفجار الساعة الثالثة بعد الظهر", pub, "الساعة الثالثة بعد الظهر=TIME:2014-09-28T15:00"},
		{"an hour after noon", "وقع الانفجار الساعة الثانية ظهرا", pub, "الساعة الثانية ظهرا=TIME:2014-09-28T14:00"},
		{"noon itself", "تبدأ الجلسة الساعة الثانية عشرة ظهرا", pub, "الساعة الثانية عشرة ظهرا=TIME:2014-09-28T12:00"},
		{"an hour before noon", "انطلق الموكب الساعة الحادية عشرة ظهرا", pub, "الساعة الحادية عشرة ظهرا=TIME:2014-09-28T11:00"},
		{"a month in an Italian name", "وقال الوزير لويجي دي مايو إن الحكومة لن تتراجع", pub, ""},
		{"a month in a Spanish name", "استلهمت الحركة فكرتها من مايو دي بلازا في الأرجنتين", pub, ""},
		{"a month naming a square", "تجمعت الأمهات في ساحة مايو بالعاصمة", pub, ""},
		{"a group named by its weekday", "نظمت أمهات السبت وقفتهن في الساحة", pub, ""},
		{"a paper named with today", "ونقلت صحيفة \"المصري اليوم\" عن مصدر أمني", pub, ""},
		{"most needed with its shadda is no yesterday", "والمنطقة أمسّ ما تكون إلى الهدوء", pub, ""},
		{"most in need is no yesterday", "والبلاد في أمس الحاجة إلى الاستقرار", pub, ""},
		{"what is most needed is no yesterday", "وقال إن أمس ما يحتاجه الشباب هو العمل", pub, ""},
		{"yesterday before what", "وأعلن الوزير أمس ما وصفه بخطة إنقاذ", pub, "أمس=DATE:2014-09-27"},
		{"victims counted are no year", "خلفت الكارثة أكثر من 1800 ضحية في البلدات", pub, ""},
		{"a count compared is no year", "ونشرت الولاية أكثر من 1600 عنصر إنقاذ", pub, ""},
		{"thousands of hours", "وقامت الطيارة بأكثر من 12 ألف ساعة طيران", pub, "أكثر من 12 ألف ساعة=DURATION:PT12000H:MORE_THAN"},
		{"a hundred thousand before a year is no length", "وصل عدد العمال إلى مئة ألف عام 2013", pub, "عام 2013=DATE:2013"},
		{"the spring of a year", "اندلعت الاحتجاجات في ربيع عام 2011 في المدن", pub, "ربيع عام 2011=DATE:2011-SP"},
		{"the spring of a bare year", "ينتظر الزوجان مولودهما في ربيع 2015", pub, "ربيع 2015=DATE:2015-SP"},
		{"a man named ربيع", "وقال ربيع إن الوضع صعب", pub, ""},
		{"a numeric date in brackets", "صدر التقرير بتاريخ (04 /08 /2013م) في جنيف", pub, "04 /08 /2013م=DATE:2013-08-04"},
		{"a numeric date", "وفي كلمة له بتاريخ 17/5/2012، هاجم خصومه", pub, "17/5/2012=DATE:2012-05-17"},
		{"a numeric date year first", "نشر البيان في 2013-11-02 على موقع الوزارة", pub, "2013-11-02=DATE:2013-11-02"},
		{"a school year is no date", "في العام الدراسي 2012/2013 تغير المنهج", pub, "2012=DATE:2012"},
		{"about an hour of the clock", "هبطت الطائرة حوالي الساعة 9:30 مساء في المطار", pub, "حوالي الساعة 9:30 مساء=TIME:2014-09-28T21:30:APPROX"},
		{"a year ago", "وكتب مقاله الأخير قبل عام في الصحيفة", pub, "قبل عام=DATE:2013"},
		{"about a year after an event", "انسحب الجيش بعد نحو عام من توقيع الاتفاق", pub, "نحو عام=DURATION:P1Y:APPROX"},
		{"before a year named", "وكانت البلدة هادئة قبل عام 2011 حين اندلعت الحرب", pub, "عام 2011=DATE:2011"},
		{"before a month named", "ستعلن النتائج بعد شهر أكتوبر", pub, "شهر أكتوبر=DATE:2014-10"},
		{"year after year is no length", "يتراجع الاقتصاد سنة بعد سنة", pub, ""},
		{"one year after an event", "استقال الوزير بعد عام واحد من تعيينه", pub, "عام واحد=DURATION:P1Y"},
		{"the holding of a meeting is no decade", "لم تصدر الحكومة بيانا بعد عقد اجتماعها", pub, ""},
		{"thousands of years ago are no date of ours", "بدأ الاحتفال قبل 3 آلاف عام في فارس", pub, "3 آلاف عام=DURATION:P3000Y"},
		{"a weekday after expected to is to come", "ومن المتوقع أن تنظر المحكمة في الطعن، الاثنين", pub, "الاثنين=DATE:2014-09-29"},
		{"a weekday after was expected to stays past", "وكان من المتوقع أن تنظر المحكمة في الطعن، الاثنين", pub, "الاثنين=DATE:2014-09-22"},
		{"yesterday after expected to stays past", "ومن المتوقع أن يرتفع عدد النازحين، السبت", pub, "السبت=DATE:2014-09-27"},
		{"thousands after a vague count after its unit", "احتشد على مدار أيام عدة آلاف من المحتجين", pub, "أيام عدة=DURATION:PXD"},
		{"tens of years", "ما زال المعتقلون في السجون منذ عشرات السنين", pub, "عشرات السنين=DURATION:PXDE"},
		{"hundreds of years", "تعود هذه الكنائس إلى مئات السنين", pub, "مئات السنين=DURATION:PXCE"},
		{"for tens of years, the preposition left out", "احتلال لا يفترض أن يستمر لعشرات السنين", pub, "عشرات السنين=DURATION:PXDE"},
		{"for years", "ظلت القبيلتان تتقاتلان لسنوات في الوادي", pub, "سنوات=DURATION:PXY"},
		{"for the years of a war is left alone", "عاش لسنوات الحرب في المخيم", pub, ""},
		{"throughout decades", "ظل الحي ساكنا طوال عقود من الزمن", pub, "عقود=DURATION:PXDE"},
		{"within a few years", "وتعهد بترك المنصب في غضون سنوات قليلة", pub, "سنوات قليلة=DURATION:PXY"},
		{"throughout the years of a war is left alone", "عاشت الأسرة في المخيم طوال سنوات الحرب", pub, ""},
		{"one day after an event", "استقال الوزير بعد يوم من إعلان النتائج", pub, "يوم=DURATION:P1D"},
		{"one year before an event", "انسحب المرشح قبل عام من الاقتراع", pub, "عام=DURATION:P1Y"},
		{"this evening", "وقصفت المدفعية هذا المساء أطراف البلدة", pub, "هذا المساء=TIME:2014-09-28TEV"},
		{"this morning", "وصل الوفد هذا الصباح إلى المطار", pub, "هذا الصباح=TIME:2014-09-28TMO"},
		{"this or that morning is any", "يخرج الصيادون في هذا الصباح أو ذاك", pub, ""},
		{"this evening as a title", "ومن قصائد الديوان (هذا المساء) و(الرحيل)", pub, ""},
		{"an hour with a dot before its zone", "تبدأ الجلسة عند 09.30 بتوقيت غرينتش", pub, "09.30 بتوقيت غرينتش=TIME:2014-09-28T09:30"},
		{"a decimal is no hour", "ارتفع المؤشر 04.50 نقطة", pub, ""},
		{"future verb after a conjunction", "وستعرض المخطوطة في مزاد علني يوم الثلاثاء", pub, "يوم الثلاثاء=DATE:2014-09-30"},
		{"rare future verb after a conjunction", "وستفتتح القاعة أمام الزوار يوم الثلاثاء", pub, "يوم الثلاثاء=DATE:2014-09-30"},
		{"last weekday in a clause of a future verb", "وستتزامن المسيرات مع ذكرى الهجوم الأربعاء الماضي", pub, "الأربعاء الماضي=DATE:2014-09-24"},
		{"this era is no afternoon", "وفي قلب هذا العصر المريع", pub, ""},
		{"within the years of a rule is left alone", "تغير البلد كثيرا خلال سنوات حكمه", pub, ""},
		{"rare future verb after فـ", "فستدشن البلدية المحطة يوم الثلاثاء", pub, "يوم الثلاثاء=DATE:2014-09-30"},
		{"the recent period", "وتصاعدت الخلافات بين الحزبين في الفترة الأخيرة", pub, "الفترة الأخيرة=DATE:PAST_REF"},
		{"the coming period", "وستتوسع الشركة خلال الفترة المقبلة", pub, "الفترة المقبلة=DATE:FUTURE_REF"},
		{"the last period of a term is no reference", "وقعت الحادثة في الفترة الأخيرة من ولايته", pub, ""},
		{"a period told before is no reference", "وخلال تلك الفترة الماضية تغير الكثير", pub, ""},
		{"one day, told as one, after an event", "استقال الوزير بعد يوم واحد من الفضيحة", pub, "يوم واحد=DURATION:P1D"},
		{"some hours before an event", "وصلت التعزيزات قبل ساعات من الجلسة", pub, "ساعات=DURATION:PTXH"},
		{"a few days after an event, with على", "وجاء القرار بعد أيام قليلة على الاحتجاجات", pub, "أيام قليلة=DURATION:PXD"},
		{"من قبل names the agent, not the event", "لم تبدأ التجارب سوى قبل سنوات قليلة من قبل الشركات", pub, "قبل سنوات قليلة=DATE:PAST_REF"},
		{"على يد names the agent, not the event", "اغتيل بعد سنوات على يد مسلحين", pub, ""},
		{"an hour with a comma after الساعة", "وأغلقت مكاتب التصويت عند الساعة 19,00 في العاصمة", pub, "الساعة 19,00=TIME:2014-09-28T19:00"},
		{"a decimal with a comma is no hour", "ارتفع المؤشر 12,50 نقطة", pub, ""},
		// Published on a Sunday: what is set for Friday is still to come.
		{"a day set by a participle", "وهو مرشح الحزب في الانتخابات المقررة الجمعة", pub, "الجمعة=DATE:2014-10-03"},
		{"a day set by a participle, after a comma", "وتنظر المحكمة في القضية في الجلسة المقبلة، المقررة الجمعة", pub, "الجمعة=DATE:2014-10-03"},
		{"a day set, then put off", "وأرجأ الاتحاد المباريات المقررة الجمعة", pub, "الجمعة=DATE:2014-09-26"},
		{"a day that was set", "وألغيت جلسة كانت مقررة الجمعة", pub, "الجمعة=DATE:2014-09-26"},
		{"a pluperfect act counts back from publication", "وكانت الحكومة قد تراجعت منذ 4 سنوات عن الخطة", pub, "منذ 4 سنوات=DATE:2010"},
		{"the two months, no monthly", "وقعت الهجمات في شهري يناير وفبراير", pub, "يناير=DATE:2014-01"},
		{"a month of this year", "وصادق البرلمان في شباط/فبراير من هذا العام على القانون", pub, "شباط/فبراير من هذا العام=DATE:2014-02"},
		{"a month and this year", "وتراجعت الصادرات في مارس هذا العام", pub, "مارس هذا العام=DATE:2014-03"},
		{"a father is no month", "وولد الكاتب من أب مغربي وأم إسبانية", pub, ""},
		{"to this day", "وما زالت الشجرة قائمة حتى يومنا هذا", pub, "يومنا هذا=DATE:PRESENT_REF"},
		// Published on a Thursday: voters choose on the Sunday to come.
		{"a vote on a weekday", "ينتخب التونسيون الأحد أعضاء المجالس البلدية", "2014-09-25", "الأحد=DATE:2014-09-28"},
		{"two lengths told as one", "وحكم عليه بالسجن خمس سنوات وثلاثة أشهر", pub, "خمس سنوات وثلاثة أشهر=DURATION:P5Y3M"},
		{"hours and minutes told as one", "واستمرت الرحلة ست ساعات و20 دقيقة", pub, "ست ساعات و20 دقيقة=DURATION:PT6H20M"},
		{"lengths that skip a unit stay apart", "ويكفي المخزون عامين و10 أيام من الماء", pub, "عامين=DURATION:P2Y"},
		// Published on 1 March: a day far ahead in a past clause is last year's.
		{"a day far ahead after a past verb", "وأطلق المسلحون الصواريخ على المدينة في 22 تموز/يوليو", "2014-03-01", "22 تموز/يوليو=DATE:2013-07-22"},
		{"a day far ahead after a call", "ودعا الحزب إلى انتخابات مبكرة في 26 آب/أغسطس", "2014-03-01", "26 آب/أغسطس=DATE:2014-08-26"},
		{"a day far ahead after a future verb", "وأعلن الرئيس أن الانتخابات ستجري في 22 تموز/يوليو", "2014-03-01", "22 تموز/يوليو=DATE:2014-07-22"},
		// Published on a Monday: the weekend told in the past is the one gone.
		{"the weekend just gone", "وعثرت الشرطة على الجثة في عطلة نهاية الأسبوع", "2014-09-29", "نهاية الأسبوع=DATE:2014-W39:END"},
		{"a deadline at the end of the week", "وطلبت الوزارة من الشركة أن تقدم تقريرها قبل نهاية الأسبوع", "2014-09-29", "نهاية الأسبوع=DATE:2014-W40:END"},
		{"a day of this month", "وافتتح المعرض في الخامس من الشهر الجاري في الدوحة", pub, "الخامس من الشهر الجاري=DATE:2014-09-05"},
		{"a day in digits of last month", "وتقاتل القوات في البلدة منذ 18 من الشهر الماضي", pub, "18 من الشهر الماضي=DATE:2014-08-18"},
		{"a day of next month", "وتبدأ المحادثات في العاشر من الشهر المقبل في جنيف", pub, "العاشر من الشهر المقبل=DATE:2014-10-10"},
		// Published on a Sunday: a truce that comes into force on Monday is the coming one's.
		{"a present verb of coming into force", "تدخل هدنة جديدة بين الجيش والمتمردين حيز التنفيذ الاثنين", pub, "الاثنين=DATE:2014-09-29"},
		{"a past verb of coming into force", "دخلت الهدنة بين الجيش والمتمردين حيز التنفيذ الاثنين", pub, "الاثنين=DATE:2014-09-22"},
		{"a whole year with no signal", "واتهم المعارضة بإضاعة عام كامل من عمر البرلمان", pub, "عام كامل=DURATION:P1Y"},
		{"the months counted after a signal", "وتغير الكثير خلال الأشهر الستة منذ تعيينه", pub, "الأشهر الستة=DURATION:P6M"},
		{"the first months after a signal are a part of a year", "وارتفعت الصادرات خلال الأشهر الستة الأولى من عام 2013", pub, "عام 2013=DATE:2013"},
		{"a count with more of it after is left alone", "وسجلت الشرطة الحوادث خلال الساعات الخمس وعشرين", pub, ""},
		{"midnight takes the day of the hour in another zone after it", "وسمع دوي الانفجارات قبيل منتصف الليل (20,00 ت غ الخميس)", pub, "منتصف الليل=TIME:2014-09-25T24:00"},
		{"the day after a zone is the first hour's too", "أقلعت الطائرة حوالي الساعة السابعة صباحا 03,30 ت غ الجمعة", pub, "حوالي الساعة السابعة صباحا=TIME:2014-09-26T07:00:APPROX"},
		{"the day after a zone's bracket", "وتجمع المحتجون عند (14,00 ت غ) الخميس أمام السفارة", pub, "14,00 ت غ=TIME:2014-09-25T14:00"},
		{"years and a half", "وقضت المحكمة بسجنه سبع سنوات ونصف السنة", pub, "سبع سنوات ونصف السنة=DURATION:P7.5Y"},
		{"a year and a half, in brackets", "ونجا الرضيع سامر (عام ونصف) من القصف", pub, "عام ونصف=DURATION:P1.5Y"},
		{"an hour and a half, the preposition left out", "وانتظر المسافرون لساعة ونصف في المطار", pub, "ساعة ونصف=DURATION:PT1.5H"},
		{"two months and a half, more than", "وغاب اللاعب أكثر من شهرين ونصف", pub, "أكثر من شهرين ونصف=DURATION:P2.5M:MORE_THAN"},
		{"two years and a half ago", "قبل عامين ونصف العام انتقلت الأسرة إلى المدينة", pub, "قبل عامين ونصف العام=DATE:2012-03"},
		{"a half of another noun is no half of the length", "ونقلت السفينة خلال ثلاثة أيام ونصف طن من القمح", pub, "ثلاثة أيام=DURATION:P3D"},
		{"today set against the past is nowadays", "كان الحي يعج بالمقاهي، أما اليوم فإن أغلب المحلات مغلقة", pub, "اليوم=DATE:PRESENT_REF"},
		{"either today or tomorrow is today", "ستصل الشحنة إما اليوم أو غدا", pub, "اليوم=DATE:2014-09-28"},
		{"the end of a range of days leaves the month alone", "ويقام المهرجان في الفترة من 12 إلى 15 من الشهر الجاري", pub, "الشهر الجاري=DATE:2014-09"},
		{"a day of this month, with هذا", "وأُطلق سراحه في العاشر من هذا الشهر", pub, "العاشر من هذا الشهر=DATE:2014-09-10"},
		// جوان and أوت are a given name and "out" in foreign names as often as months.
		{"جوان as a given name is no month", "وقال المدرب جوان فيرنانديز إن فريقه جاهز", pub, ""},
		{"جوان after و is a name", "ولها أخوان هما بيتر وجوان", pub, ""},
		{"أوت in a foreign name is no month", "وتبث شبكة \"بي أوت\" المباريات دون ترخيص", pub, ""},
		{"آوت in a foreign name is no month", "وعرضت دار نيو آوت تصاميمها في باريس", pub, ""},
		{"أوت after منذ is a month", "وتتواصل الاحتجاجات منذ أوت", pub, "أوت=DATE:2014-08"},
		{"جوان with its year is a month", "وانتخب رئيسا للمجلس جوان 2011", pub, "جوان 2011=DATE:2011-06"},
		{"أوت after a day is a month", "وانطلقت الحملة يوم 17 أوت", pub, "17 أوت=DATE:2014-08-17"},
		{"جوان named twice is a month", "وزار الوفد العاصمة جوان/يونيو الماضي", pub, "جوان/يونيو الماضي=DATE:2014-06"},
		{"جوان after شهري is a month", "وتجرى الامتحانات خلال شهري جوان وجويلية", pub, "جوان=DATE:2014-06"},
		{"شهر before جوان after another word is of the span", "وارتفعت الأسعار مقارنة بشهر جوان", pub, "شهر جوان=DATE:2014-06"},
		{"جوان at the end of a month", "وتكون البرامج جاهزة موفى جوان", pub, "جوان=DATE:2014-06"},
		{"أوت instead of another month", "وتقام البطولة في سبتمبر عوضا عن أوت", pub, "سبتمبر=DATE:2014-09"},
		{"the first of the month", "وتدخل الزيادة حيز التنفيذ بداية من غرة أوت 2015", pub, "غرة أوت 2015=DATE:2015-08-01"},
		{"the first of the month every year", "ويحتفل العمال بعيدهم غرة ماي من كل سنة", pub, "غرة ماي من كل سنة=SET:XXXX-05-01"},
		{"a street named for the first of a month", "وانقطع التيار في نهج غرة جوان بالمدينة", pub, ""},
		// A month named twice, joined by a slash, is one expression.
		{"an ambiguous month named twice with no preposition", "وانقضت مهلة مارس/ آذار دون اتفاق", pub, "مارس/ آذار=DATE:2014-03"},
		{"two namings spaced, with a day and a year", "ووقعت الاتفاقية في 14 تموز / يوليو 2015 في فيينا", pub, "14 تموز / يوليو 2015=DATE:2015-07-14"},
		{"a slip in the second naming keeps the first's month", "واعتقل في يوليو/ حزيران 2012 قرب الحدود", pub, "يوليو/ حزيران 2012=DATE:2012-07"},
		{"a slip of كانون after a day", "وتوفي الشاعر في 14 يناير/كانون الأول عام 1975", pub, "14 يناير/كانون الأول عام 1975=DATE:1975-01-14"},
		{"a slip with every year", "وتقدم الترشيحات بحلول 15 يناير/كانون الأول من كل عام", pub, "15 يناير/كانون الأول من كل عام=SET:XXXX-01-15"},
		{"a Levantine name cut short", "ووعدت الحكومة بالخطة أكتوبر/ تشرين الماضي", pub, "أكتوبر/ تشرين الماضي=DATE:2013-10"},
		{"تشرين ثان without its ي", "وتجرى الانتخابات في نوفمبر / تشرين ثان", pub, "نوفمبر / تشرين ثان=DATE:2014-11"},
		// A Hijri month with no day is the Gregorian month it begins in
		// (pub: 3 Dhu al-Hijja 1435; Ramadan 1435 began on 28 June 2014).
		{"a Hijri month after شهر, the nearest", "وارتفعت أسعار الخضار خلال شهر رمضان", pub, "شهر رمضان=DATE:2014-06"},
		{"a Hijri month to come", "ويعرض المسلسل في رمضان المقبل على القناة", pub, "رمضان المقبل=DATE:2015-06"},
		{"a Hijri month with a word of praise", "وتوزع الجمعية الطرود في رمضان الكريم", pub, "رمضان الكريم=DATE:2014-06"},
		{"a Hijri month of a Gregorian year", "وزار المخيم في رمضان عام 2012", pub, "رمضان عام 2012=DATE:2012-07"},
		{"a part of a Hijri month", "وعاد الحجاج نهاية شهر ذي الحجة", pub, "نهاية شهر ذي الحجة=DATE:2014-09:END"},
		{"the first Hijri month after an event is no start", "وصام السكان أول شهر رمضان بعد الحرب", pub, "شهر رمضان=DATE:2014-06"},
		{"the general secretary himself is no year", "وقال الأمين العام نفسه إن الخطة فشلت", pub, ""},
		{"a Hijri month name alone is a man's name", "والتقى الوزير رمضان عبد الله في مكتبه", pub, ""},
		{"صفر alone is zero", "وبلغ النمو صفر في المئة", pub, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ms := timex.Find(tt.text, tt.published)
			got := ""
			if len(ms) > 0 {
				m := ms[0]
				got = fmt.Sprintf("%s=%s:%s", tt.text[m.Start:m.End], m.Type, m.Value)
				if m.Mod != "" {
					got += ":" + m.Mod
				}
			}
			if got != tt.want {
				t.Errorf("Find(%q)\n got %q\nwant %q", tt.text, got, tt.want)
			}
		})
	}
}

func TestFindInContext(t *testing.T) {
	const pub = "2014-09-28"
	tests := []struct {
		name, text string
		nth        int    // which expression of the text
		want       string // text=TYPE:value
	}{
		{"a month after a month of a year named", "في يناير 2011 قررت المحكمة أن يطلق سراحه في مايو", 1, "مايو=DATE:2011-05"},
		{"today set against a day to come, with a past verb", "وسيغلق أنصاره الطرق الأربعاء، أما اليوم، فأكد زعيمهم أنه لن يستسلم", 1, "اليوم=DATE:2014-09-28"},
		{"the next day after a day to come in a past story", "وكان الوزير قد ألغى الخميس الزيارة المقررة في العاشر من الشهر المقبل ثم تراجع في اليوم التالي", 2, "اليوم التالي=DATE:2014-09-26"},
		{"the next day after a day to come in a future clause", "وتبدأ المفاوضات في 12 أكتوبر وستنتهي في اليوم التالي", 1, "اليوم التالي=DATE:2014-10-13"},
		{"a day of a month after a date of a year named", "بين الغارات الأولى في 20 آذار/مارس 2003 وسقوط المدينة في التاسع من نيسان/أبريل", 1, "التاسع من نيسان/أبريل=DATE:2003-04-09"},
		{"an earlier month keeps its own year", "في ديسمبر 2011 زار البلاد ثم عاد في مارس", 1, "مارس=DATE:2014-03"},
		{"a month of another sentence keeps its own year", "في يناير 2011 وقع الاتفاق. وفي مايو عاد", 1, "مايو=DATE:2014-05"},
		{"a day named with this year keeps this year", "زار العيادة بين مايو/أيار 2011 والرابع من يوليو/تموز هذا العام", 1, "الرابع من يوليو/تموز هذا العام=DATE:2014-07-04"},
		{"a day named with its weekday keeps the story's days", "فرضت الحالة في أيلول/سبتمبر 2011 وترفع الخميس 25 أيلول/سبتمبر", 1, "الخميس 25 أيلول/سبتمبر=DATE:2014-09-25"},
		{"an hour of a daily window", "تسري الهدنة يوميا بين التاسعة صباحا والثانية بعد الظهر", 1, "التاسعة صباحا=SET:XXXX-XX-XXT09:00"},
		{"the second hour of a daily window", "تسري الهدنة يوميا بين التاسعة صباحا والثانية بعد الظهر", 2, "الثانية بعد الظهر=SET:XXXX-XX-XXT14:00"},
		{"an hour of every Friday", "ينظمون كل يوم جمعة عند الساعة الثالثة ظهرا وقفة", 1, "الساعة الثالثة ظهرا=SET:XXXX-WXX-5T15:00"},
		{"the end of a range of weekdays follows its start", "أغلقت الجامعة أبوابها اعتبارا من الخميس حتى يوم الاثنين", 1, "يوم الاثنين=DATE:2014-09-29"},
		{"the end of a range of weekdays after its start keeps its day", "أغلقت الجامعة أبوابها من الاثنين حتى الخميس", 1, "الخميس=DATE:2014-09-25"},
		{"the following year after a year named", "انتخب رئيسا للحزب عام 1988 وفي السنة اللاحقة غادر البلاد", 1, "السنة اللاحقة=DATE:1989"},
		{"the second count of a range", "يعاقب القانون بالسجن من أربع إلى ست سنوات", 1, "ست سنوات=DURATION:P6Y"},
		{"a day of the same month", "في 2 آذار/مارس 2012 قصفت الطائرات الجسر، وفي 9 من الشهر نفسه عادت", 1, "9 من الشهر نفسه=DATE:2012-03-09"},
		{"the same month with no month before", "وفي 9 من الشهر نفسه عادت الطائرات", 0, ""},
		{"an hour after its weekday", "وأغلقت الشرطة الساحة الجمعة عند الساعة 15:30", 1, "الساعة 15:30=TIME:2014-09-26T15:30"},
		{"an hour in GMT, abbreviated, after the local hour", "فتحت المكاتب في الثامنة صباحا (06,00 ت غ)", 1, "06,00 ت غ=TIME:2014-09-28T06:00"},
		{"the hour in another zone keeps the day", "سيعقد الاجتماع الثلاثاء في الساعة 11,00 (09,00 ت غ)", 2, "09,00 ت غ=TIME:2014-09-30T09:00"},
		{"the day after an hour told again in brackets", "هاجم المسلحون القرية حوالي الساعة 22,00 (21,00 ت غ) من الخميس", 0, "حوالي الساعة 22,00=TIME:2014-09-25T22:00"},
		{"the next day after a day named", "وأعلن الوزير الخميس استقالته ثم تراجع عنها في اليوم التالي", 1, "اليوم التالي=DATE:2014-09-26"},
		{"the next day with no day named before", "وقد وصل الوفد في اليوم التالي", 0, "اليوم التالي=DATE:2014-09-29"},
		{"أوت after و in a list of months", "وتراجع النمو خلال جويلية وأوت وسبتمبر", 1, "أوت=DATE:2014-08"},
		{"جوان after و in a list of months", "وتكررت الهجمات خلال مارس وجوان ونوفمبر", 1, "جوان=DATE:2014-06"},
		{"أوت after a separate و in a list", "وتقام الدورة خلال شهري جويلية و أوت المقبلين", 1, "أوت=DATE:2014-08"},
		{"أوت instead of another month, the second", "وتقام البطولة في سبتمبر عوضا عن أوت", 1, "أوت=DATE:2014-08"},
		{"the slip of a second naming is no month of its own", "وقتل ثلاثة في 26 تموز/يونيو قرب الحدود", 1, ""},
		{"a slip of كانون is no month of its own", "وفي كانون الثاني/ديسمبر الماضي زار السجن", 1, ""},
		{"a month further off is a month of its own", "ويتوقع أن يحسم الأمر في أواخر مايو/ آذار المقبل", 1, "آذار المقبل=DATE:2015-03"},
		{"a month in the first's own naming is a month of its own", "ووصل الوفد في يوليو/أغسطس", 1, "أغسطس=DATE:2014-08"},
		{"the day after a zone", "وسمع دوي الانفجارات قبيل منتصف الليل (20,00 ت غ الخميس)", 1, "20,00 ت غ الخميس=TIME:2014-09-25T20:00"},
		{"a Hijri month in the year named before it", "وفي 2009، تأخر إعلان هلال شهر شوال", 1, "شهر شوال=DATE:2009-09"},
		// A year told before: العام نفسه، نفس العام، ذلك العام، العام المذكور.
		{"a month of the year told before", "وفي عام 2009 زار الوفد القاهرة، وفي مارس من العام نفسه عاد إليها", 1, "مارس من العام نفسه=DATE:2009-03"},
		{"a day of the year told before", "وبدأت المحادثات في 15 يناير 2011 ثم استؤنفت في 3 يونيو من نفس العام", 1, "3 يونيو من نفس العام=DATE:2011-06-03"},
		{"the same year alone", "وافتتح الجسر عام 2005، وفي العام نفسه انهار السد", 1, "العام نفسه=DATE:2005"},
		{"the season of the year told before", "وأقيمت البطولة عام 2012، وفي صيف العام المذكور ارتفعت الأسعار", 1, "صيف العام المذكور=DATE:2012-SU"},
		{"the year of a count is no year told before", "وتراجعت الصادرات عام 2016، وذلك للعام الثالث على التوالي", 1, ""},
		{"that, last year", "وافتتح المعرض عام 2011، وأعلن الوزير عن ذلك العام الماضي", 1, "العام الماضي=DATE:2013"},
		{"a weekday tells no year to go back to", "وفي عام 2009 اعتقل، وقال محاميه الجمعة إنه أفرج عنه في العام نفسه", 2, "العام نفسه=DATE:2009"},
		{"the same year a clause tells is not the one before", "وخسر الفريق عام 2010، وفي نفس العام الذي تزوج فيه اللاعب", 1, ""},
		{"midnight in a story of another year has no day", "ففي عام 2009 عاد إلى البيت بعد منتصف الليل بقليل", 1, "منتصف الليل=TIME:T24:00"},
		{"midnight after an hour of a day named", "واستمر القصف مساء الجمعة بين الساعة 22,00 ومنتصف الليل", 2, "منتصف الليل=TIME:2014-09-26T24:00"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ms := timex.Find(tt.text, pub)
			got := ""
			if tt.nth < len(ms) {
				m := ms[tt.nth]
				got = fmt.Sprintf("%s=%s:%s", tt.text[m.Start:m.End], m.Type, m.Value)
			}
			if got != tt.want {
				t.Errorf("Find(%q)[%d]\n got %q\nwant %q", tt.text, tt.nth, got, tt.want)
			}
		})
	}
}

func TestStageWarnsOnImpossibleDates(t *testing.T) {
	d := marsad.NewDocument("وقع الحادث في 31 فبراير 2014 حسب البيان.")
	d.Published = "2014-09-28"
	st, _ := timex.New()
	if err := st.Process(d); err != nil {
		t.Fatal(err)
	}
	if len(d.Times) != 1 || d.Times[0].Value != "" || len(d.Warnings) != 1 || !strings.Contains(d.Warnings[0], "فبراير") {
		t.Errorf("times %+v warnings %q", d.Times, d.Warnings)
	}
	if d.Slice(d.Times[0].Span) != d.Times[0].Text {
		t.Errorf("span does not match text")
	}
}

func TestStageChronologyYears(t *testing.T) {
	const pub = "2018-05-10"
	tests := []struct {
		name  string
		paras []string // the document's paragraphs
		nth   int      // which expression of the document
		want  string   // text=value
	}{
		{"a day under a year header", []string{"أبرز الغارات منذ سنوات:", "- 2017 -", "12 آب/أغسطس: قصف مخزن للسلاح."}, 2, "12 آب/أغسطس=2017-08-12"},
		{"a month under a bare year header", []string{"حوادث سابقة", "2014", "تشرين الأول/أكتوبر: سقوط طائرة."}, 1, "تشرين الأول/أكتوبر=2014-10"},
		{"the next header ends the section", []string{"- 2016 -", "9 آذار/مارس: غارة.", "- 2017 -", "3 كانون الأول/ديسمبر: غارة."}, 3, "3 كانون الأول/ديسمبر=2017-12-03"},
		{"a header of several years is of no one year", []string{"- 2016 -", "9 آذار/مارس: غارة.", "- 2014 إلى 2016 -", "12 آب/أغسطس: غارة."}, 4, "12 آب/أغسطس=2018-08-12"},
		{"a relative word keeps publication", []string{"- 2016 -", "في 9 آذار/مارس الماضي وقعت غارة."}, 1, "9 آذار/مارس الماضي=2018-03-09"},
		{"no header, the publication year", []string{"الحادث", "12 آب/أغسطس: قصف مخزن للسلاح."}, 0, "12 آب/أغسطس=2018-08-12"},
		{"the same month as the paragraph before", []string{"- 2017 -", "2 كانون الأول/ديسمبر: غارة.", "وفي 4 من الشهر ذاته: غارة ثانية."}, 2, "4 من الشهر ذاته=2017-12-04"},
		{"the next day opening a paragraph", []string{"وصل الوفد إلى المدينة في 3 أيار/مايو.", "وفي اليوم التالي التقى المحافظ."}, 1, "اليوم التالي=2018-05-04"},
		{"the next day after a paragraph with no day", []string{"ووصل الوفد إلى المدينة.", "وفي اليوم التالي التقى المحافظ."}, 0, "اليوم التالي=2018-05-11"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := marsad.NewDocument(strings.Join(tt.paras, "\n\n"))
			d.Published = pub
			start := 0
			for _, p := range tt.paras {
				n := len([]rune(p))
				d.Paragraphs = append(d.Paragraphs, marsad.Span{Start: start, End: start + n})
				start += n + 2
			}
			st, _ := timex.New()
			if err := st.Process(d); err != nil {
				t.Fatal(err)
			}
			got := ""
			if tt.nth < len(d.Times) {
				got = d.Times[tt.nth].Text + "=" + d.Times[tt.nth].Value
			}
			if got != tt.want {
				t.Errorf("times %+v\n got %q\nwant %q", d.Times, got, tt.want)
			}
		})
	}
}

func TestReadTimeML(t *testing.T) {
	doc := `<?xml version="1.0"?><TimeML>افتتح <EVENT eid="e1">المعرض</EVENT> <TIMEX3 tid="t1" type="DATE" value="2015-12-22">الثلاثاء</TIMEX3> و<TIMEX3 tid="t2" type="DATE" value="2015-12-24">اليوم</TIMEX3></TimeML>`
	text, gold, err := timex.ReadTimeML(doc)
	if err != nil {
		t.Fatal(err)
	}
	if text != "افتتح المعرض الثلاثاء واليوم" || len(gold) != 2 || text[gold[0].Start:gold[0].End] != "الثلاثاء" {
		t.Errorf("text %q gold %+v", text, gold)
	}
	if a, ok := timex.AnchorFromGold(gold); !ok || a != "2015-12-24" {
		t.Errorf("anchor %q %v", a, ok)
	}
}

func FuzzFind(f *testing.F) {
	f.Add("في 15 سبتمبر/ أيلول 2014 و١ رمضان ١٤٤٥ هـ الساعة 15:30", "2014-09-28")
	f.Add("\xff\xfe كل يوم جمعة قبل 99999999999999999999 يوما", "")
	f.Fuzz(func(t *testing.T, text, pub string) {
		last := 0
		for _, m := range timex.Find(text, pub) {
			if m.Start < last || m.End > len(text) || m.Start >= m.End {
				t.Fatalf("bad span %d-%d", m.Start, m.End)
			}
			last = m.End
		}
	})
}

func ExampleFind() {
	text := "التقى كيري لافروف في باريس يوم 15 سبتمبر/ أيلول الجاري ثم يوم الأربعاء"
	for _, m := range timex.Find(text, "2014-09-28") {
		fmt.Println(text[m.Start:m.End], m.Value)
	}
	// Output:
	// 15 سبتمبر/ أيلول الجاري 2014-09-15
	// يوم الأربعاء 2014-09-24
}
