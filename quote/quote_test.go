package quote_test

import (
	"fmt"
	"sort"
	"strings"
	"testing"

	"github.com/marsad/marsad"
	"github.com/marsad/marsad/arabic"
	"github.com/marsad/marsad/quote"
)

// analyse runs the text stage and the quote stage over paragraphs.
func analyse(t testing.TB, paras ...string) *marsad.Document {
	t.Helper()
	d := marsad.NewDocument(strings.Join(paras, "\n\n"))
	off := 0
	for _, p := range paras {
		n := len([]rune(p))
		d.Paragraphs = append(d.Paragraphs, marsad.Span{Start: off, End: off + n})
		off += n + 2
	}
	a, _ := arabic.NewStage()
	a.Process(d)
	q, _ := quote.New()
	if err := q.Process(d); err != nil {
		t.Fatal(err)
	}
	return d
}

func describe(d *marsad.Document) []string {
	var out []string
	for _, q := range d.Quotes {
		sp := ""
		if q.Speaker != nil {
			sp = q.Speaker.Text
		}
		out = append(out, fmt.Sprintf("%s|%s|%s", q.Kind, q.Text, sp))
	}
	return out
}

func TestQuotes(t *testing.T) {
	tests := []struct {
		name  string
		paras []string
		want  []string // kind|text|speaker
	}{
		{"the narrator's question ends the clause", []string{"وقال المسؤول إن القرار سيصدر خلال أيام، عندما سئل عما إذا كانت الحكومة ستتراجع عن الخطة."},
			[]string{"indirect|القرار سيصدر خلال أيام|المسؤول"}},
		{"another party's statement after في حين ends the clause", []string{"وأعلنت الشرطة أن ثلاثة أشخاص أصيبوا في الحادث، في حين أعلن الدفاع المدني أن الحريق أخمد بالكامل."},
			[]string{"indirect|ثلاثة أشخاص أصيبوا في الحادث|الشرطة", "indirect|الحريق أخمد بالكامل|الدفاع المدني"}},
		{"a letter speaks the verb after it", []string{"وبعد أسابيع تلقى المتجر رسالة من هيئة الرقابة تقول إن المتجر خالف القانون."},
			[]string{"indirect|المتجر خالف القانون|رسالة من هيئة الرقابة"}},
		{"the words after فإن when the attribution opens a clause in the middle", []string{"وأجرت الجامعة دراسة في واشنطن تحت عنوان \"المدن والمناخ\"، وبحسب الدراسة فإن قيادات في الأحزاب تلقت أموالا من شركات النفط."},
			[]string{"indirect|قيادات في الأحزاب تلقت أموالا من شركات النفط|الدراسة"}},
		{"the clause of a verb that relays is no report of the one relayed", []string{"من جانبها ذكرت قناة الأفق التلفزيونية نقلا عن مدير الأمن العام قوله \"الأشهر المقبلة ستشهد عودة آلاف النازحين\"."},
			[]string{"direct|الأشهر المقبلة ستشهد عودة آلاف النازحين|قناة الأفق التلفزيونية"}},
		{"the clause before an attribution that ends the sentence", []string{"وقتل خمسة أشخاص في الهجوم على السوق، بحسب الشرطة."},
			[]string{"indirect|وقتل خمسة أشخاص في الهجوم على السوق|الشرطة"}},
		{"مقرا is a seat, not admitting, with no ب after it", []string{"وقال المبعوث إنه مستعد للسفر. وأوضحت المنظمة التي تتخذ من فيينا مقرا لها، أن المفتشين وصلوا إلى الموقع."},
			[]string{"indirect|مستعد للسفر|المبعوث", "indirect|المفتشين وصلوا إلى الموقع|المنظمة"}},
		{"مقرا admits what follows ب", []string{"وقال المبعوث إنه مستعد للسفر، مقرا بأن ذلك قد يستغرق أسابيع."},
			[]string{"indirect|مستعد للسفر|المبعوث", "indirect|ذلك قد يستغرق أسابيع|المبعوث"}},
		{"مقرا after a comma admits what follows ب further on", []string{"وقال المبعوث إن الحل قريب، مقرا في الوقت ذاته بالصعوبات الكبيرة أمام المفاوضين."},
			[]string{"indirect|الحل قريب|المبعوث"}},
		{"the و of والدة is of the word, not a conjunction", []string{"وقالت والدة الطالب المفقود إن ابنها \"لم يعد إلى البيت منذ الجمعة\"."},
			[]string{"indirect|ابنها \"لم يعد إلى البيت منذ الجمعة\"|والدة الطالب المفقود", "direct|لم يعد إلى البيت منذ الجمعة|والدة الطالب المفقود"}},
		{"the و of والدها after a conjunction", []string{"وأكد والدها سمير الأحمد أنها غادرت المدينة قبل أسبوع."},
			[]string{"indirect|غادرت المدينة قبل أسبوع|والدها سمير الأحمد"}},
		{"the unnamed ones after هناك من say it, not one named before", []string{"وقال الباحث مازن الخطيب إن المدينة أقدم مما يظن الناس. وهناك من يرى أن السوق القديم بني قبل ألف عام."},
			[]string{"indirect|المدينة أقدم مما يظن الناس|الباحث مازن الخطيب", "indirect|السوق القديم بني قبل ألف عام|"}},
		{"ومن after a comma, not the one named in the clause before", []string{"وأثارت قضية الطبيب سليم ناصر جدلا واسعا بين الذين دافعوا عنه، ومن قال إنه أخطأ في حق مرضاه."},
			[]string{"indirect|أخطأ في حق مرضاه|"}},
		{"من after بين and no subject after the verb", []string{"وانقسم الباحثون بين من يرى التاريخ الحقيقي للمدينة أنه بدأ مع الرومان ومن يرفض ذلك."},
			[]string{"indirect|بدأ مع الرومان ومن يرفض ذلك|"}},
		{"what one owns up to after ب is not part of who speaks", []string{"واعترف الجيش بوقوع \"خطأ في تحديد الهدف\"، لكنه قال إن التحقيق مستمر."},
			[]string{"direct|خطأ في تحديد الهدف|الجيش", "indirect|التحقيق مستمر|الجيش"}},
		{"what a government asks for after ب, then its next words", []string{"وطالبت الحكومة بإجراء تحقيق دولي، لكنها قالت إن الأدلة واضحة."},
			[]string{"indirect|الأدلة واضحة|الحكومة"}},
		{"باسم after a verb that takes ب is part of who speaks", []string{"وأفاد الناطق باسم الوزارة أن الطريق أغلق أمام السيارات."},
			[]string{"indirect|الطريق أغلق أمام السيارات|الناطق باسم الوزارة"}},
		{"a post at a ministry after ب is part of who speaks", []string{"وأفاد مسؤول بوزارة الزراعة بأن المحصول تضرر بشدة هذا العام."},
			[]string{"indirect|المحصول تضرر بشدة هذا العام|مسؤول بوزارة الزراعة"}},
		{"a participle after the verb says how, the one before speaks", []string{"وقال الرئيس إن الانتخابات ستجري في موعدها. وتابع مخاطبا المعارضة \"أبواب الحوار مفتوحة أمامكم\"."},
			[]string{"indirect|الانتخابات ستجري في موعدها|الرئيس", "direct|أبواب الحوار مفتوحة أمامكم|الرئيس"}},
		{"a noun with a pronoun in the pattern of a participle speaks", []string{"وقال مراسلنا إن الطريق إلى المطار مغلق منذ الصباح."},
			[]string{"indirect|الطريق إلى المطار مغلق منذ الصباح|مراسلنا"}},
		{"a name cut as clitics after لكن", []string{"لكن فكي أكد أن الاتحاد سيواصل دعمه للحكومة الانتقالية."},
			[]string{"indirect|الاتحاد سيواصل دعمه للحكومة الانتقالية|فكي"}},
		{"reversed curly quotes, VSO", []string{"وقال وزير المالية ”سنخفض الضرائب على الشركات الصغيرة.“"},
			[]string{"direct|سنخفض الضرائب على الشركات الصغيرة.|وزير المالية"}},
		{"guillemets", []string{"وقال المتحدث «لن نقبل بأي شروط مسبقة للحوار»."},
			[]string{"direct|لن نقبل بأي شروط مسبقة للحوار|المتحدث"}},
		{"straight quotes after a colon", []string{"وكتب الوزير على حسابه: \"الاتفاق خطوة أولى نحو السلام الدائم في المنطقة\""},
			[]string{"direct|الاتفاق خطوة أولى نحو السلام الدائم في المنطقة|الوزير"}},
		{"continuation takes the previous speaker", []string{"وقال رئيس البلدية ”المشروع سيكتمل قبل الصيف.“", "وأضاف ”سنعلن التفاصيل الأسبوع المقبل.“"},
			[]string{"direct|المشروع سيكتمل قبل الصيف.|رئيس البلدية", "direct|سنعلن التفاصيل الأسبوع المقبل.|رئيس البلدية"}},
		{"participle ends the subject", []string{"وقال مسؤول في الوزارة مشترطا عدم ذكر اسمه ”القرار نهائي ولا رجعة فيه.“"},
			[]string{"direct|القرار نهائي ولا رجعة فيه.|مسؤول في الوزارة"}},
		{"scare quotes are not quotations", []string{"أطلقت الشركة تطبيق \"رحلة\" الجديد وصفته بأنه \"الأفضل\"."}, nil},
		{"the one told is not the speaker", []string{"وذكرت الصحيفة أن الشرطة المحلية أخبرت السكان أن الطريق سيغلق يومين للصيانة."},
			[]string{"indirect|الشرطة المحلية أخبرت السكان أن الطريق سيغلق يومين للصيانة|الصحيفة", "indirect|الطريق سيغلق يومين للصيانة|الشرطة المحلية"}},
		{"a dangling preposition is not the speaker's", []string{"وأعلن مكتب التحقيقات في \"المدينة\" أن الانفجار وقع صباحا قرب المركز."},
			[]string{"indirect|الانفجار وقع صباحا قرب المركز|مكتب التحقيقات"}},
		{"attribution with a verb and pronoun", []string{"وارتفع عدد الضحايا إلى خمسة أشخاص، وفقا لما ذكرته شرطة المنطقة عبر حسابها."},
			[]string{"indirect|وارتفع عدد الضحايا إلى خمسة أشخاص|شرطة المنطقة"}},
		{"an outlet's name in quotes is no quotation", []string{"وذكرت صحيفة \"الشرق الجديد\" أن المحادثات ستستأنف الأسبوع المقبل."},
			[]string{"indirect|المحادثات ستستأنف الأسبوع المقبل|صحيفة \"الشرق الجديد\""}},
		{"a quoted subject is no quotation", []string{"وذكرت \"وكالة الأنباء المحلية\" أن المحادثات ستستأنف."},
			[]string{"indirect|المحادثات ستستأنف|وكالة الأنباء المحلية"}},
		{"a charge after a participle of accusing is no one's words", []string{"وأعلنت الوكالة أن المحكمة رفضت طعن الصحفي، الذي يحاكم متهما بـ\"الخيانة والتخابر\"."},
			[]string{"indirect|المحكمة رفضت طعن الصحفي، الذي يحاكم متهما بـ\"الخيانة والتخابر\"|الوكالة"}},
		{"a charge after بتهمة is no one's words", []string{"وقال الادعاء إن الشرطة أوقفت الشاب بتهمة \"الإساءة إلى رموز الدولة والتحريض على العنف\"."},
			[]string{"indirect|الشرطة أوقفت الشاب بتهمة \"الإساءة إلى رموز الدولة والتحريض على العنف\"|الادعاء"}},
		{"Anne is no complementizer", []string{"وقال قائد شرطة مقاطعة آن أرونديل إن المشتبه به اعتقل مساء أمس."},
			[]string{"indirect|المشتبه به اعتقل مساء أمس|قائد شرطة مقاطعة آن أرونديل"}},
		{"relayed speech takes the one relayed", []string{"وأكد الاتحاد إصابة اللاعب، ناقلا عن طبيب المنتخب \"تفاؤله بعودة اللاعب قبل البطولة\"."},
			[]string{"direct|تفاؤله بعودة اللاعب قبل البطولة|طبيب المنتخب"}},
		{"expressing is no relaying", []string{"وقال المدير إن الوضع صعب، وأعرب عن خشيته \"من كارثة إنسانية في المدينة\"."},
			[]string{"indirect|الوضع صعب|المدير", "direct|من كارثة إنسانية في المدينة|المدير"}},
		{"his words are no speaker", []string{"وقال الوزير إن الوضع صعب. وأضاف قوله \"سنعمل على حل الأزمة قريبا\"."},
			[]string{"indirect|الوضع صعب|الوزير", "direct|سنعمل على حل الأزمة قريبا|الوزير"}},
		{"as he put it is no report", []string{"وقال النائب إن الحكومة فشلت في إدارة الملف، وفق تعبيره."},
			[]string{"indirect|الحكومة فشلت في إدارة الملف|النائب"}},
		{"told the agency", []string{"وقال المتحدث باسم الوزارة لوكالة فرانس برس إن المفاوضات متعثرة."},
			[]string{"indirect|المفاوضات متعثرة|المتحدث باسم الوزارة"}},
		{"حسب before بل means only", []string{"وقال الوزير إن الطريق مغلق. ولم ترفع البلدية الرسوم وحسب بل ضاعفتها."},
			[]string{"indirect|الطريق مغلق|الوزير"}},
		{"rules after وفق are no source", []string{"وقال الوزير إن الطريق مغلق. وستوزع الأرض على الورثة وفق أحكام الشريعة التي تعطي كل وارث نصيبه."},
			[]string{"indirect|الطريق مغلق|الوزير"}},
		{"the source named after the quotation", []string{"وقال الضابط إن القارب غرق. وتمت العملية الثانية قرب الميناء واستهدفت \"إنقاذ أربعين صيادا كانوا على متن قارب صغير معطل\"، بحسب المتحدث باسم خفر السواحل."},
			[]string{"indirect|القارب غرق|الضابط", "direct|إنقاذ أربعين صيادا كانوا على متن قارب صغير معطل|المتحدث باسم خفر السواحل"}},
		{"the subject after فإن, not the source before it", []string{"ووفقا لما نقلته الصحيفة، فإن المحامي قال إن الشرطة صادرت \"الأوراق والدفاتر القديمة\" من المكتب."},
			[]string{"indirect|الشرطة صادرت \"الأوراق والدفاتر القديمة\" من المكتب|المحامي", "direct|الأوراق والدفاتر القديمة|المحامي"}},
		{"a noun of need before أن is no speaker", []string{"وأكد الوزير ضرورة أن تفتح المعابر أمام المساعدات."},
			[]string{"indirect|تفتح المعابر أمام المساعدات|الوزير"}},
		{"a name quoted inside a straight quotation", []string{"وقال النائب: \"التخلي عن \"خطة الإصلاح الوطنية\" يعني خسارة ثقة المستثمرين في البلاد\"."},
			[]string{"direct|التخلي عن \"خطة الإصلاح الوطنية\" يعني خسارة ثقة المستثمرين في البلاد|النائب"}},
		{"a source after words brought in by a colon only tells where they were found", []string{"وقال الوالدان إن ابنهما يرفض العمل منذ سنوات. وجاء في الرسالة التي وجهها الوالدان لابنهما: \"نطلب منك أن تغادر البيت قبل نهاية الشهر المقبل\"، حسب وثائق المحكمة."},
			[]string{"indirect|ابنهما يرفض العمل منذ سنوات|الوالدان", "direct|نطلب منك أن تغادر البيت قبل نهاية الشهر المقبل|الوالدان"}},
		{"a bare statement after the words is the previous speaker's", []string{"وقالت الرئاسة إن الرئيس سيسافر غدا. وسيحضر الرئيس \"حفل الافتتاح إلى جانب عشرين من رؤساء الدول تلبية لدعوة رسمية\"، حسب البيان."},
			[]string{"indirect|الرئيس سيسافر غدا|الرئاسة", "direct|حفل الافتتاح إلى جانب عشرين من رؤساء الدول تلبية لدعوة رسمية|الرئاسة"}},
		{"two names quoted inside one quotation", []string{"وقال المزارع: \"الطريق إلى \"السوق\" مغلق والطريق إلى \"الميناء\" مغلق أيضا منذ شهرين\"."},
			[]string{"direct|الطريق إلى \"السوق\" مغلق والطريق إلى \"الميناء\" مغلق أيضا منذ شهرين|المزارع"}},
		{"the issuer of a statement after the words", []string{"وقال الوزير إن التحقيق مستمر. ووقع الطرفان \"مذكرة تفاهم لتعزيز التعاون في مجالات الطاقة والنقل والتعليم\"، بحسب بيان صادر عن رئاسة الوزراء."},
			[]string{"indirect|التحقيق مستمر|الوزير", "direct|مذكرة تفاهم لتعزيز التعاون في مجالات الطاقة والنقل والتعليم|رئاسة الوزراء"}},
		{"a title after the verb a sentence opens with speaks its quotation", []string{"وقال الوزير إن الطريق مغلق. فقد أرجع آمر الحرس الخاص مقتل القائد إلى \"مؤامرة كبيرة دبرتها أجهزة مخابرات أجنبية منذ سنوات طويلة\"."},
			[]string{"indirect|الطريق مغلق|الوزير", "direct|مؤامرة كبيرة دبرتها أجهزة مخابرات أجنبية منذ سنوات طويلة|آمر الحرس الخاص"}},
		{"the title the sentence opens with, not the subject of the next sentence's verb", []string{"وقال الوزير إن الطريق مغلق. وطالب رئيس الاتحاد المحلي بتوفير \"ممرات آمنة لإخراج المدنيين من الأحياء المحاصرة في المدينة\". وأعربت النقابة عن قلقها."},
			[]string{"indirect|الطريق مغلق|الوزير", "direct|ممرات آمنة لإخراج المدنيين من الأحياء المحاصرة في المدينة|رئيس الاتحاد المحلي"}},
		{"the definite subject a sentence opens with, not the words for his part", []string{"وقال المندوب إن القرار مهم. السفير الجديد من جانبه أكد تأييده للقرار، ولكنه قال إن بلاده لا توافق على الاستنتاجات."},
			[]string{"indirect|القرار مهم|المندوب", "indirect|بلاده لا توافق على الاستنتاجات|السفير الجديد"}},
		{"a name quoted inside a quotation after أن", []string{"وأعلنت الوزارة أن عدد \"المصابين في حوادث طريق \"الساحل\"، منذ بداية الشهر، بلغ ثلاثين شخصا\"."},
			[]string{"indirect|عدد \"المصابين في حوادث طريق \"الساحل\"، منذ بداية الشهر، بلغ ثلاثين شخصا\"|الوزارة", "direct|المصابين في حوادث طريق \"الساحل\"، منذ بداية الشهر، بلغ ثلاثين شخصا|الوزارة"}},
		{"a name with ل stays whole", []string{"وقال الاتحاد العام للشغل في بيان إن الإضراب قائم."},
			[]string{"indirect|الإضراب قائم|الاتحاد العام للشغل"}},
		{"a subject before a feminine verb", []string{"وتتواصل الأزمة منذ أشهر. والإحصائيات الرسمية تقول إن البطالة ارتفعت."},
			[]string{"indirect|البطالة ارتفعت|الإحصائيات الرسمية"}},
		{"a quantifier opens the subject", []string{"وأضاف الباحث أن الوضع صعب. وآخر الإحصائيات تؤكد أن الشباب يهاجرون."},
			[]string{"indirect|الوضع صعب|الباحث", "indirect|الشباب يهاجرون|آخر الإحصائيات"}},
		{"an antecedent after a preposition", []string{"وأشاد الوزير بالهيئة الوطنية التي أكدت أنها تدعم الحكومة."},
			[]string{"indirect|تدعم الحكومة|الهيئة الوطنية"}},
		{"a sentence subject stops at a preposition", []string{"وتعتمد البلاد على المياه للشرب والري وتقول إن لها حقوقا تاريخية."},
			[]string{"indirect|لها حقوقا تاريخية|البلاد"}},
		{"in the statement is how, not who", []string{"وأضاف مكتب الرئيس في البيان أن الزيارة ستتم في موعدها."},
			[]string{"indirect|الزيارة ستتم في موعدها|مكتب الرئيس"}},
		{"earlier is when, not who", []string{"وذكرت الوكالة في وقت سابق أن الوزير توفي في شقته."},
			[]string{"indirect|الوزير توفي في شقته|الوكالة"}},
		{"the matter spoken of is not who speaks", []string{"وأوضح الوزير في هذا الشأن أن الخطة جاهزة للتنفيذ."},
			[]string{"indirect|الخطة جاهزة للتنفيذ|الوزير"}},
		{"an attribution with what it says in", []string{"وارتفع عدد القتلى إلى عشرين، بحسب ما جاء في بيان الوزارة."},
			[]string{"indirect|وارتفع عدد القتلى إلى عشرين|بيان الوزارة"}},
		{"speaker of a relative clause", []string{"ونفت ذلك الهيئة الوطنية، التي تؤكد أن الانتخابات جرت بنزاهة تامة."},
			[]string{"indirect|الانتخابات جرت بنزاهة تامة|الهيئة الوطنية"}},
		{"a sentence's subject stops at a speech verb", []string{"وكانت الهيئة قالت إن المياه عادت، فيما تؤكد أن الأزمة انتهت تماما."},
			[]string{"indirect|المياه عادت|الهيئة", "indirect|الأزمة انتهت تماما|الهيئة"}},
		{"reported speech with إن", []string{"وقال المتحدث باسم الجيش إن القوات سيطرت على المدينة بالكامل."},
			[]string{"indirect|القوات سيطرت على المدينة بالكامل|المتحدث باسم الجيش"}},
		{"reported speech with أن", []string{"وأكدت وزارة الصحة أن عدد الإصابات انخفض هذا الأسبوع."},
			[]string{"indirect|عدد الإصابات انخفض هذا الأسبوع|وزارة الصحة"}},
		{"pronoun subject of the sentence's verb", []string{"وتنتقد النقابة الحكومة بشدة وتقول إنها لن توقع أي اتفاق."},
			[]string{"indirect|لن توقع أي اتفاق|النقابة الحكومة بشدة"}},
		{"attribution phrase at the end", []string{"ارتفع عدد القتلى إلى عشرين شخصا، بحسب مصادر طبية."},
			[]string{"indirect|ارتفع عدد القتلى إلى عشرين شخصا|مصادر طبية"}},
		{"long subject before a colon", []string{"وقال وزير الزراعة في الحكومة الانتقالية، الذي يزور المنطقة منذ ثلاثة أيام برفقة وفد من الخبراء: \"سنوزع البذور على المزارعين قبل موسم الأمطار.\""},
			[]string{"direct|سنوزع البذور على المزارعين قبل موسم الأمطار.|وزير الزراعة في الحكومة الانتقالية"}},
		{"a prepositional phrase is not the subject", []string{"وقال المدرب ”سنلعب للفوز في كل مباراة.“", "وأضاف في المؤتمر الصحفي ”الفريق جاهز تماما للمباراة.“"},
			[]string{"direct|سنلعب للفوز في كل مباراة.|المدرب", "direct|الفريق جاهز تماما للمباراة.|المدرب"}},
		{"feminine participle", []string{"وقالت الشركة إن الرحلات ستعود غدا، مشيرة إلى أنها لم تتلق أي بلاغ رسمي."},
			[]string{"indirect|الرحلات ستعود غدا|الشركة", "indirect|لم تتلق أي بلاغ رسمي|الشركة"}},
		{"quoted outlet name between verb and إن", []string{"وقال مدير المستشفى لـ\"الشرق\" إن المصابين في حالة مستقرة."},
			[]string{"indirect|المصابين في حالة مستقرة|مدير المستشفى"}},
		{"relative clause between the verb and its clause", []string{"واعتبرت النقابة، التي تقول إنها تمثل عشرة آلاف عامل، أن القرار ظالم وغير مدروس."},
			[]string{"indirect|القرار ظالم وغير مدروس|النقابة", "indirect|تمثل عشرة آلاف عامل|النقابة"}},
		{"clause ends before a participle cue", []string{"وقال المتحدث إن الجيش استعاد القرية، مؤكدا أن العمليات ستستمر."},
			[]string{"indirect|الجيش استعاد القرية|المتحدث", "indirect|العمليات ستستمر|المتحدث"}},
		{"writer's comment ends the clause", []string{"وقالت الكاتبة إن الوضع أصبح أكثر هدوءا، في إشارة إلى الاتفاق الأخير."},
			[]string{"indirect|الوضع أصبح أكثر هدوءا|الكاتبة"}},
		{"two words after a verb of describing", []string{"ووصفها الوزير بأنها \"مجرد وعود\"."},
			[]string{"direct|مجرد وعود|الوزير"}},
		{"two-word scare quotes stay out", []string{"وقال الوزير إن \"الخطة الجديدة\" ستطبق في الربيع المقبل."},
			[]string{"indirect|\"الخطة الجديدة\" ستطبق في الربيع المقبل|الوزير"}},
		{"جاء في names the source", []string{"وجاء في التقرير أن الصادرات تراجعت بنسبة عشرة في المئة."},
			[]string{"indirect|الصادرات تراجعت بنسبة عشرة في المئة|التقرير"}},
		{"quotation opening with أنه", []string{"وأعلن المتحدث في بيان \"أنه تم فتح الطريق أمام الشاحنات\"."},
			[]string{"indirect|تم فتح الطريق أمام الشاحنات|المتحدث", "direct|أنه تم فتح الطريق أمام الشاحنات|المتحدث"}},
		{"direct speech opening with إن after a colon", []string{"وكتب اللاعب على حسابه: \"إننا سنعود أقوى في الموسم المقبل.\""},
			[]string{"direct|إننا سنعود أقوى في الموسم المقبل.|اللاعب"}},
		{"present tense cue", []string{"وتشير الأرقام إلى أن البطالة ارتفعت في الربع الأخير."},
			[]string{"indirect|البطالة ارتفعت في الربع الأخير|الأرقام"}},
		{"quotations and reported speech take speakers in text order", []string{"وقال الحاكم إن الطرق مغلقة بسبب الثلوج. وقال رئيس البلدية ”سنفتحها خلال يومين.“ وأضاف أن الفرق تعمل ليلا."},
			[]string{"indirect|الطرق مغلقة بسبب الثلوج|الحاكم", "direct|سنفتحها خلال يومين.|رئيس البلدية", "indirect|الفرق تعمل ليلا|رئيس البلدية"}},
		{"a name in quotation marks after an alliance", []string{"وقال المتحدث باسم تحالف \"دعم الشرعية في اليمن\" إن المنظمات الأممية تعيش تحت الإقامة الجبرية."},
			[]string{"indirect|المنظمات الأممية تعيش تحت الإقامة الجبرية|المتحدث باسم تحالف \"دعم الشرعية في اليمن\""}},
		{"the conjunction written apart ends the clause", []string{"وقال مصدر أمني إن رجلا تعرض للطعن، و أضاف أن الشرطة ألقت القبض على الفاعل."},
			[]string{"indirect|رجلا تعرض للطعن|مصدر أمني", "indirect|الشرطة ألقت القبض على الفاعل|مصدر أمني"}},
		{"revealed about is not who", []string{"وكشفت وسائل الإعلام الفرنسية عن هوية المشتكية للمرة الأولى، وهي \"الصديقة السابقة للمدير السابق للصندوق\"."},
			[]string{"direct|الصديقة السابقة للمدير السابق للصندوق|وسائل الإعلام الفرنسية"}},
		{"a subject after لكن before its verb", []string{"ولم تتضح دوافع الهجوم، لكن الشرطة قالت إن المهاجم كان يعمل وحده."},
			[]string{"indirect|المهاجم كان يعمل وحده|الشرطة"}},
		{"a sentence subject stops at في", []string{"وكان المسؤولون في وقت ما على استعداد للحوار إلا أنهم قالوا إن الظروف تغيرت."},
			[]string{"indirect|الظروف تغيرت|المسؤولون"}},
		{"an adverb after the subject is not the speaker's", []string{"وقال الوزير أيضا إن الحكومة ستخفض الضرائب على المصانع."},
			[]string{"indirect|الحكومة ستخفض الضرائب على المصانع|الوزير"}},
		{"a count of times is not the speaker's", []string{"وأكد رئيس الوزراء أكثر من مرة أن الانتخابات ستجري في موعدها."},
			[]string{"indirect|الانتخابات ستجري في موعدها|رئيس الوزراء"}},
		{"once before the subject", []string{"وقال ذات مرة الكاتب الساخر إن السياسة فن الممكن."},
			[]string{"indirect|السياسة فن الممكن|الكاتب الساخر"}},
		{"a time preposition ends the speaker", []string{"وقال السفير قبيل مغادرته العاصمة إن العلاقات ستتحسن قريبا."},
			[]string{"indirect|العلاقات ستتحسن قريبا|السفير"}},
		{"by saying is not the speaker's", []string{"وعلق المدير بالقول إن النتائج مشجعة جدا."},
			[]string{"indirect|النتائج مشجعة جدا|المدير"}},
		{"the counterpart told is not the speaker's", []string{"وأبلغ الرئيس نظيره الفرنسي في اتصال هاتفي بأن المحادثات ستستمر."},
			[]string{"indirect|المحادثات ستستمر|الرئيس"}},
		{"an interview ends the speaker", []string{"وأكد الوزير في حوار مع الصحيفة أن الأسعار ستنخفض."},
			[]string{"indirect|الأسعار ستنخفض|الوزير"}},
		{"a participle of the pattern فاعلا ends the speaker", []string{"وأوضح المصدر طالبا عدم نشر اسمه، أن الاجتماع تأجل إلى الغد."},
			[]string{"indirect|الاجتماع تأجل إلى الغد|المصدر"}},
		{"a weekday after يوم is no speaker", []string{"ورفض الحزب الاتهام. الأخير أعلن يوم أمس أن الحملة بدأت رسميا."},
			[]string{"indirect|الحملة بدأت رسميا|الأخير"}},
		{"under the picture is no speaker", []string{"وقال الفنان إن المعرض ناجح.", "ونشر صورة لطفل وكتب تحت الصورة: \"هذا هو المستقبل الذي نحلم به\"."},
			[]string{"indirect|المعرض ناجح|الفنان", "direct|هذا هو المستقبل الذي نحلم به|الفنان"}},
		{"the name Ali after a title", []string{"وقال رئيس النقابة علي الخطيب إن الإضراب سيستمر أسبوعا، على حد قوله."},
			[]string{"indirect|الإضراب سيستمر أسبوعا|رئيس النقابة علي الخطيب"}},
		{"علي for على runs on, no name", []string{"وقال المحامي تعليقا علي القبض علي موكله إن التهم باطلة."},
			[]string{"indirect|التهم باطلة|المحامي تعليقا"}},
		{"a demonstrative after a bare noun is its own", []string{"وأكد الوزير أن الاقتصاد قوي. وبحسب رأي هذا الخبير، فإن الأسعار سترتفع في الصيف."},
			[]string{"indirect|الاقتصاد قوي|الوزير", "indirect|الأسعار سترتفع في الصيف|رأي هذا الخبير"}},
		{"فإن ends the source and opens the words", []string{"وبحسب الوزارة فإن هذا القرار سيطبق على الجميع."},
			[]string{"indirect|هذا القرار سيطبق على الجميع|الوزارة"}},
		{"a name of the pattern فاعلا is the speaker's", []string{"وقالت سلمى شقيقة رانيا إن العائلة تنتظر الحكم."},
			[]string{"indirect|العائلة تنتظر الحكم|سلمى شقيقة رانيا"}},
		{"the Dutch فان of a name is the speaker's", []string{"وقال المتحدث يان فان دير برغ إن التحقيق مستمر."},
			[]string{"indirect|التحقيق مستمر|المتحدث يان فان دير برغ"}},
		{"a reported clause that is all quoted drops its marks", []string{"وقالت المفوضة إن \"الجميع مطالبون بالوفاء بوعودهم\"."},
			[]string{"indirect|الجميع مطالبون بالوفاء بوعودهم|المفوضة", "direct|الجميع مطالبون بالوفاء بوعودهم|المفوضة"}},
		{"a quoted last word keeps its closing mark", []string{"وأكد الوزير أن القرار \"مرفوض\" و\"ظالم\"."},
			[]string{"indirect|القرار \"مرفوض\" و\"ظالم\"|الوزير"}},
		{"relayed words after قوله إن", []string{"ونقلت وكالة الأنباء الرسمية عن وزير الداخلية قوله إن الحدود ستفتح غدا."},
			[]string{"indirect|الحدود ستفتح غدا|وزير الداخلية"}},
		{"relayed words in quotation marks", []string{"ونقلت صحيفة \"الأخبار\" عن المتحدث باسم الجيش قوله: \"القوات تتقدم على كل المحاور\".", "وأضاف \"لن نتوقف قبل تحرير المدينة\"."},
			[]string{"direct|القوات تتقدم على كل المحاور|المتحدث باسم الجيش", "direct|لن نتوقف قبل تحرير المدينة|المتحدث باسم الجيش"}},
		{"relayed on the tongue of", []string{"وأوردت القناة على لسان النائب أن الجلسة ستعقد الأحد."},
			[]string{"indirect|الجلسة ستعقد الأحد|النائب"}},
		{"moving by way of relays no one", []string{"ونقل الجرحى عن طريق البحر، وقال الطبيب إن حالتهم مستقرة."},
			[]string{"indirect|حالتهم مستقرة|الطبيب"}},
		{"أن after قبل is no reported clause", []string{"وقال الوزير بعد أن التقى نظيره إن المحادثات كانت مثمرة."},
			[]string{"indirect|المحادثات كانت مثمرة|الوزير"}},
		{"أن after من قبل is the reported clause", []string{"وكانت الممثلة قد أشارت من قبل أنها ستعتزل التمثيل."},
			[]string{"indirect|ستعتزل التمثيل|الممثلة"}},
		{"the first verb's subject ends at a relative", []string{"ولكن محطة التلفزيون التي يملكها رجل أعمال قالت إن الخبر غير دقيق."},
			[]string{"indirect|الخبر غير دقيق|محطة التلفزيون"}},
		{"words with a speaker are no source's words", []string{"وأكد المتحدث أن الهجوم أسفر عن عشرة قتلى، بحسب ما جرى رصده."},
			[]string{"indirect|الهجوم أسفر عن عشرة قتلى|المتحدث"}},
		{"local time is no source", []string{"ووقع الانفجار في الساعة الخامسة مساء حسب التوقيت المحلي."}, nil},
		{"a system after حسب is no source", []string{"وجرى توزيع الحقائب الوزارية على الأحزاب حسب المحاصصة الطائفية المعمول بها منذ عقود."}, nil},
		{"the name of operations is no quotation", []string{"وأعلن الجيش طرد من وصفهم بالمتمردين من القرى الجبلية ضمن عمليات \"درع الجبل\"."}, nil},
		{"a title after بعنوان is no quotation", []string{"ونشرت الوزارة أمس جدولا بعنوان \"تكلفة دعم الخبز والطحين على الخزينة العامة في العام الحالي\"."}, nil},
		{"the name of a body founded is no quotation", []string{"وأعلن الرئيس عن تأسيس \"المجلس الوطني للشباب\" الذي يضم عشرين عضوا."}, nil},
		{"a fronted day is no subject", []string{"ويوم الخميس، نشرت مجلة أسبوعية في العاصمة صورا لثلاثة بحارة ذكرت أنهم فقدوا في العاصفة."},
			[]string{"indirect|فقدوا في العاصفة|مجلة أسبوعية"}},
		{"a thing spoken of inside a report does not speak", []string{"وأعلنت الهيئة أنها ألغت نتائج الانتخابات التي قالت إنها \"باطلة ومزورة\"، معتبرة أن الاقتراع شابته خروقات كثيرة."},
			[]string{"indirect|ألغت نتائج الانتخابات التي قالت إنها \"باطلة ومزورة\"|الهيئة", "indirect|باطلة ومزورة|الهيئة",
				"indirect|الاقتراع شابته خروقات كثيرة|الهيئة"}},
		{"a speaker inside a report of another gender still speaks", []string{"وقال الوزير إن الصحيفة التي قالت إنه استقال أخطأت."},
			[]string{"indirect|الصحيفة التي قالت إنه استقال أخطأت|الوزير", "indirect|استقال أخطأت|الصحيفة"}},
		{"the subject after the relative's pronoun speaks", []string{"وجاء ذلك في الوقت الذي أشار فيه قائد الجيش إلى أن الخروقات مستمرة."},
			[]string{"indirect|الخروقات مستمرة|قائد الجيش"}},
		{"the one relayed before القول", []string{"ونقلت القناة عن شهود القول إن الطريق أغلق بالكامل."},
			[]string{"indirect|الطريق أغلق بالكامل|شهود"}},
		{"his seat is no participle", []string{"وذكر المرصد من مقره في لندن أن القصف استمر طوال الليل."},
			[]string{"indirect|القصف استمر طوال الليل|المرصد"}},
		{"in its own editorial is how, not who", []string{"وقالت الصحيفة في افتتاحيتها إن الحكومة أخطأت في حساباتها."},
			[]string{"indirect|الحكومة أخطأت في حساباتها|الصحيفة"}},
		{"cited with أن", []string{"وأوردت وكالة الأنباء الرسمية (سانا) أن الهجوم استهدف حيا سكنيا."},
			[]string{"indirect|الهجوم استهدف حيا سكنيا|وكالة الأنباء الرسمية"}},
		{"a name in a list is no quotation", []string{"وأفادت تقارير صحافية، بينها \"النجم الرياضي اليومي\"، أن المباراة تأجلت."},
			[]string{"indirect|المباراة تأجلت|تقارير صحافية"}},
		{"what is planned is no reported clause", []string{"وكشفت الصحافة رسائل كتبتها الممثلة التي من المقرر أن تتزوج الأمير في أيار."}, nil},
		{"one of the witnesses speaks with a participle", []string{"وأدلى أحد الشهود بشهادته قائلا إن السيارة كانت مسرعة جدا."},
			[]string{"indirect|السيارة كانت مسرعة جدا|أحد الشهود"}},
		{"one of the survivors describes, then speaks", []string{"ووصف أحد الناجين ما شهده في الحادث. وقال إن الطائرة اهتزت بعنف."},
			[]string{"indirect|الطائرة اهتزت بعنف|أحد الناجين"}},
		{"insisted that", []string{"لكن الكاتبة أصرت على أن القصيدة فهمت بشكل خاطئ."},
			[]string{"indirect|القصيدة فهمت بشكل خاطئ|الكاتبة"}},
		{"insisting is no cue without على أن", []string{"وأصر الرئيس خلال اللقاء على موقفه من \"اتفاق نيسان القديم\"."}, nil},
		{"since ends the speaker", []string{"وأصر المتهم منذ اعتقاله على أنه بريء من كل التهم."},
			[]string{"indirect|بريء من كل التهم|المتهم"}},
		{"an indefinite subject after لكن", []string{"وقد لقيت الحملة اعتراضا، ولكن مسؤولين أكدوا أن العمل سيستمر."},
			[]string{"indirect|العمل سيستمر|مسؤولين"}},
		{"a quoted outlet's name before the verb", []string{"ولم تعرف هوية القتيل، ولكن موقع \"شهود العيان\" أورد أنه عثر على بندقية قرب الجثة."},
			[]string{"indirect|عثر على بندقية قرب الجثة|موقع \"شهود العيان\""}},
		{"a subject after إلا أن", []string{"وقتل عشرات المدنيين، إلا أن أنقرة تصر على أنها تتجنب المدنيين."},
			[]string{"indirect|تتجنب المدنيين|أنقرة"}},
		{"what he stated names no source", []string{"وبحسب ما أدلى به للإذاعة، كشف المدرب أنه سيغادر النادي في الصيف."},
			[]string{"indirect|سيغادر النادي في الصيف|المدرب"}},
		{"a long quoted name right after the verb is its subject", []string{"وأفاد \"المرصد الوطني لحقوق الإنسان\" المعارض من مقره في لندن بأن القوات استعادت البلدة."},
			[]string{"indirect|القوات استعادت البلدة|المرصد الوطني لحقوق الإنسان"}},
		{"a quoted name of five words is the subject", []string{"وتقول \"حملة وقف الإنسان الآلي القاتل\" إن هذه الأسلحة تهدد المدنيين."},
			[]string{"indirect|هذه الأسلحة تهدد المدنيين|حملة وقف الإنسان الآلي القاتل"}},
		{"a verb of describing owns its بأن", []string{"وذكر الوزير سلسلة وقائع وصفها بأنها مثيرة للقلق الشديد."}, nil},
		{"a relayed description keeps its clause", []string{"ونقلت الوكالة عن اللجنة المركزية وصفها للرئيس بأنه زعيم عصابة خطير."},
			[]string{"indirect|زعيم عصابة خطير|اللجنة المركزية"}},
		{"a clause after غير أن is the writer's", []string{"وتؤكد الحكومة عزمها على خفض الأسعار قبل الصيف، غير أن المعارضة شككت الأحد في جدية الوعد."}, nil},
		{"a stray closing mark opens no quotation", []string{"وأضاف أنه قد يكون هناك أكثر من عشرين شخصا تحت الركام\"، مشيرا إلى أن فرق الإنقاذ سمعت أصواتهم في عدة مواقع."},
			[]string{"indirect|قد يكون هناك أكثر من عشرين شخصا تحت الركام|", "indirect|فرق الإنقاذ سمعت أصواتهم في عدة مواقع|"}},
		{"a mark joined to the word before it opens words after a space", []string{"وقال المسؤول للصحفيين\" من أجل نجاح القمة نبحث سبل تبديد المخاوف على المستوى العملي."},
			[]string{"direct|من أجل نجاح القمة نبحث سبل تبديد المخاوف على المستوى العملي.|المسؤول"}},
		{"a relative joined by و ends the speaker", []string{"وقال رئيس لجنة الشؤون الخارجية في البرلمان والتي تتمتع بنفوذ واسع إن العلاقات ستراجع."},
			[]string{"indirect|العلاقات ستراجع|رئيس لجنة الشؤون الخارجية في البرلمان"}},
		{"an adverb of manner after the verb is not the speaker", []string{"وكان وزير الخارجية سامي العلي شدد بشكل واضح أن الهدنة لا تشمل الجماعات المسلحة."},
			[]string{"indirect|الهدنة لا تشمل الجماعات المسلحة|وزير الخارجية سامي العلي"}},
		{"a title after بعنوان and a colon is no quotation", []string{"ونشر المركز دراسة بعنوان: \"أطفال المدن الكبرى.. حياة في الظل\"، تناولت أوضاع الأطفال."}, nil},
		{"the order of candidates is no source", []string{"وتوزع المقاعد على المرشحين في كل دائرة وفقا لتسلسلهم داخل كل قائمة انتخابية."}, nil},
		{"charges quoted with no cue are no quotation", []string{"ووجهت النيابة العامة إلى الناشط \"تهم الإساءة إلى سمعة الدولة ونشر أخبار كاذبة عبر الإنترنت\"."}, nil},
		{"a figure after its source is no report", []string{"وفتحت المدارس أبوابها أمام التلاميذ البالغ عددهم، بحسب أرقام الوزارة 2,5 مليون تلميذ، على أن تستمر الدراسة حتى الصيف."}, nil},
		{"a present verb of speech after another is its manner", []string{"وقال الرحالة إن الطريق كانت طويلة. وكتب يقول إنه عبر الصحراء وحده في عشرة أيام."},
			[]string{"indirect|الطريق كانت طويلة|الرحالة", "indirect|عبر الصحراء وحده في عشرة أيام|الرحالة"}},
		{"a construct subject after غير أن", []string{"وتحدثت الأنباء عن عشرين جريحا، غير أن رئيس بلدية المدينة قال إن عددهم لا يتجاوز خمسة."},
			[]string{"indirect|عددهم لا يتجاوز خمسة|رئيس بلدية المدينة"}},
		{"a construct subject after لكن", []string{"وتحدثت الأنباء عن عشرين جريحا، لكن مدير مستشفى المدينة أكد أن عددهم لا يتجاوز خمسة."},
			[]string{"indirect|عددهم لا يتجاوز خمسة|مدير مستشفى المدينة"}},
		{"a verb of continuing speech", []string{"وقال النائب إن الميزانية تحتاج إلى مراجعة.", "وأردف المحافظ: \"سنعيد النظر في كل البنود\"."},
			[]string{"indirect|الميزانية تحتاج إلى مراجعة|النائب", "direct|سنعيد النظر في كل البنود|المحافظ"}},
		{"a question asked", []string{"وقال النائب إن الميزانية تحتاج إلى مراجعة.", "وتساءلت الصحيفة: \"من يدفع الثمن؟\""},
			[]string{"indirect|الميزانية تحتاج إلى مراجعة|النائب", "direct|من يدفع الثمن؟|الصحيفة"}},
		{"two speakers", []string{"والتقى الوزيران في العاصمة، وقالا إن المحادثات كانت مثمرة."},
			[]string{"indirect|المحادثات كانت مثمرة|الوزيران"}},
		{"words after a colon are not reported", []string{"وقال المدرب بهدوء: ليس سهلا أن تخسر مباراتين متتاليتين."}, nil},
		{"but with a pronoun opens another report", []string{"وقالت الوزيرة إن المفاوضات صعبة، لكنها استدركت مخاطبة النواب \"لن نتراجع عن موقفنا\"."},
			[]string{"indirect|المفاوضات صعبة|الوزيرة", "direct|لن نتراجع عن موقفنا|الوزيرة"}},
		{"a verb the segmenter left with its conjunction", []string{"وقال مسؤولون إن الطريق مغلق. وأضافوا أن الحركة ستعود غدا."},
			[]string{"indirect|الطريق مغلق|مسؤولون", "indirect|الحركة ستعود غدا|مسؤولون"}},
		{"a participle of calling opens an act of its own", []string{"وقال الوزير إن الوضع خطير جدا، داعيا المواطنين إلى الحذر."},
			[]string{"indirect|الوضع خطير جدا|الوزير"}},
		{"a verb in the passive names no one", []string{"وقالت تقارير إن المدير استقال من منصبه.", "وزُعم أن المدير أساء إلى موظفيه مرارا."},
			[]string{"indirect|المدير استقال من منصبه|تقارير", "indirect|المدير أساء إلى موظفيه مرارا|"}},
		{"the name علي after the verb", []string{"وقف الوزير على المنصة طويلا. وقال علي العمري مستشار الوزير إن الخطة جاهزة للتنفيذ."},
			[]string{"indirect|الخطة جاهزة للتنفيذ|علي العمري مستشار الوزير"}},
		{"a subject after a complementizer opens with its head in ة", []string{"وقال المتحدث إن هيئة الرقابة المالية قالت في رسالة إليه إنها ستراجع العقود كلها."},
			[]string{"indirect|هيئة الرقابة المالية قالت في رسالة إليه إنها ستراجع العقود كلها|المتحدث", "indirect|ستراجع العقود كلها|هيئة الرقابة المالية"}},
		{"the programme spoken to is not the speaker", []string{"وقال الوزير لبرنامج \"صباح الخير\" إن الوضع خطير جدا."},
			[]string{"indirect|الوضع خطير جدا|الوزير"}},
		{"an interview after ب is no speaker", []string{"وقال المعلق بمقابلة هاتفية مع الإذاعة إن الخطة فاشلة."},
			[]string{"indirect|الخطة فاشلة|المعلق"}},
		{"for his part is no speaker", []string{"ورأى من جهته المدير أن الخطة فاشلة تماما."},
			[]string{"indirect|الخطة فاشلة تماما|المدير"}},
		{"the speaker named after the quotation", []string{"تم توقيف أربعة أشخاص \"بسبب الإضرار بأملاك الغير ووجودهم غير القانوني في المبنى\"، كما أفادت الشرطة."},
			[]string{"direct|بسبب الإضرار بأملاك الغير ووجودهم غير القانوني في المبنى|الشرطة"}},
		{"unclosed quote stops at the paragraph", []string{"وقال النائب «هذه الخطة ستفشل حتما في البرلمان", "فقرة أخرى بلا اقتباس."},
			[]string{"direct|هذه الخطة ستفشل حتما في البرلمان|النائب"}},
		{"a participle after the closing mark opens a report", []string{"وقال الوزير إن المحادثات كانت \"صريحة وبناءة\" مضيفا أن الجولة المقبلة ستعقد في جنيف."},
			[]string{"indirect|المحادثات كانت \"صريحة وبناءة\"|الوزير", "indirect|الجولة المقبلة ستعقد في جنيف|الوزير"}},
		{"a comma inside the closing mark", []string{"وقالت الوزيرة إن الحكومة \"ستدرس الخطوات المقبلة،\" مشيرة إلى أن الأولوية لسلامة الموظفين."},
			[]string{"indirect|الحكومة \"ستدرس الخطوات المقبلة،\"|الوزيرة", "direct|ستدرس الخطوات المقبلة،|الوزيرة", "indirect|الأولوية لسلامة الموظفين|الوزيرة"}},
		{"a word after the closing mark continues the report", []string{"وقال الوزير إن الاتفاق \"تاريخي\" وسيوقع في جنيف غدا."},
			[]string{"indirect|الاتفاق \"تاريخي\" وسيوقع في جنيف غدا|الوزير"}},
		{"a refusal to comment ends the report", []string{"وقالت المتحدثة إن الاجتماع سيعقد في هلسنكي، ورفضت الكشف عن موعده."},
			[]string{"indirect|الاجتماع سيعقد في هلسنكي|المتحدثة"}},
		{"a refusal with its subject", []string{"وقال المسؤول إن الصاروخ سقط في البحر ورفض المسؤول الإفصاح عن اسمه."},
			[]string{"indirect|الصاروخ سقط في البحر|المسؤول"}},
		{"an apology ends the report", []string{"واعترف السائق أمام المحكمة بأنه تجاوز السرعة، وقدم اعتذارا للعائلة."},
			[]string{"indirect|تجاوز السرعة|السائق"}},
		{"a refusal of something else is reported", []string{"وقال الوزير إن الجيش قصف المواقع، ورفض الانسحاب منها."},
			[]string{"indirect|الجيش قصف المواقع، ورفض الانسحاب منها|الوزير"}},
		{"a hyphen joins the parts of a name", []string{"وقال المستشار تشونغ سو-يونغ إن المحادثات مثمرة."},
			[]string{"indirect|المحادثات مثمرة|المستشار تشونغ سو-يونغ"}},
		{"a hyphen in a hashtag", []string{"وقال زعيم #كوريا-الشمالية إن بلاده مستعدة للحوار."},
			[]string{"indirect|بلاده مستعدة للحوار|زعيم #كوريا-الشمالية"}},
		{"a hyphen with a space after it", []string{"وقال المدعي بارك دونغ- سو إن الأدلة كافية."},
			[]string{"indirect|الأدلة كافية|المدعي بارك دونغ- سو"}},
		{"a participle after the verb is no speaker", []string{"وقال المدير إن المصنع سيغلق. وأضاف قائلا إن العمال سيحصلون على تعويضات."},
			[]string{"indirect|المصنع سيغلق|المدير", "indirect|العمال سيحصلون على تعويضات|المدير"}},
		{"a participle after the verb before a quotation", []string{"وقالت الطبيبة إن المرض انتشر. وتابعت قائلة \"نحتاج إلى لقاحات كثيرة في أسرع وقت\"."},
			[]string{"indirect|المرض انتشر|الطبيبة", "direct|نحتاج إلى لقاحات كثيرة في أسرع وقت|الطبيبة"}},
		{"an adverb after the verb is no speaker", []string{"وقال الوزير إن الاتفاق قريب. وأكد مجددا أن المفاوضات مستمرة."},
			[]string{"indirect|الاتفاق قريب|الوزير", "indirect|المفاوضات مستمرة|الوزير"}},
		{"a verbal noun after عدم is no cue", []string{"وأوضح المسؤول الكبير الذي طلب عدم كشف هويته، أن الوزير تحدث مع نظيره."},
			[]string{"indirect|الوزير تحدث مع نظيره|المسؤول الكبير"}},
		{"a verbal noun after a participle of refusing is no cue", []string{"وقال جاره رافضا ذكر اسمه، إن الحريق بدأ ليلا."},
			[]string{"indirect|الحريق بدأ ليلا|جاره"}},
		{"the agency that published an owner's statement is not the speaker", []string{"وجاء في بيان للجيش نشرته وكالة الأنباء الرسمية أن القوات سيطرت على المدينة."},
			[]string{"indirect|القوات سيطرت على المدينة|بيان للجيش"}},
		{"the one who published a statement of his own is the speaker", []string{"وجاء في بيان نشره المكتب الإعلامي للجيش أن القوات سيطرت على المدينة."},
			[]string{"indirect|القوات سيطرت على المدينة|بيان نشره المكتب الإعلامي للجيش"}},
		{"the seat of an organisation is not the speaker", []string{"وقالت المنظمة ومقرها في جنيف إن آلاف اللاجئين عبروا الحدود."},
			[]string{"indirect|آلاف اللاجئين عبروا الحدود|المنظمة"}},
		{"two channels named in quotes are no quotations", []string{"وأشارت استطلاعات أجرتها قناتا \"إيه بي سي\" و\"سي بي إس\" إلى تقدم الحزب بفارق كبير."}, nil},
		{"words after another word are quotations", []string{"وقال الوزير إن الانتخابات كانت \"نزيهة وشفافة تماما\" و\"خالية من أي تزوير\"."},
			[]string{"indirect|الانتخابات كانت \"نزيهة وشفافة تماما\" و\"خالية من أي تزوير\"|الوزير", "direct|نزيهة وشفافة تماما|الوزير", "direct|خالية من أي تزوير|الوزير"}},
		{"a name quoted right after a verb of describing is its subject", []string{"ووصفت \"جمعية حماية المستهلك\" القرار الجديد بأنه خطوة شجاعة."}, nil},
		{"the words after a verb of describing with its pronoun are quoted", []string{"وقال الوزير إن الحكومة تواجه ما تصفه \"حملة تضليل منظمة\" ضدها."},
			[]string{"indirect|الحكومة تواجه ما تصفه \"حملة تضليل منظمة\" ضدها|الوزير", "direct|حملة تضليل منظمة|الوزير"}},
		{"the subject after لأن speaks", []string{"وألغى الوزير رحلته إلى المدينة، لأن الرئيس يقول إنه لا تقدم في المحادثات."},
			[]string{"indirect|لا تقدم في المحادثات|الرئيس"}},
		{"without naming them ends the speaker", []string{"ونقلت الصحيفة عن مسؤولين في الوزارة دون ذكر أسمائهم أن الخطة جاهزة."},
			[]string{"indirect|الخطة جاهزة|مسؤولين في الوزارة"}},
		{"an attribution word is no speaker", []string{"وقالت الشرطة إن رجلا اعتقل. وأضافت نقلا عن شهود أن الرجل كان مسلحا."},
			[]string{"indirect|رجلا اعتقل|الشرطة", "indirect|الرجل كان مسلحا|الشرطة"}},
		{"a dash between spaces ends the speaker", []string{"وقال المدعي - في جلسة علنية - إن الأدلة كافية."},
			[]string{"indirect|الأدلة كافية|المدعي"}},
		{"a name that opens with إن and a hyphen is no complementizer", []string{"وقال كلاوس في مقابلة مع محطة \"إن-تي في\" الألمانية إن على البنك مراجعة قراره."},
			[]string{"indirect|على البنك مراجعة قراره|كلاوس"}},
		{"a closing bracket stays with the words it closes", []string{"وقال الاتحاد إن القتيل هو سامر يوسف (19 عاما)."},
			[]string{"indirect|القتيل هو سامر يوسف (19 عاما)|الاتحاد"}},
		{"a speech verb joined by و with its own subject ends the report", []string{"وقالت الهيئة إن التصويت كان حرا وقال الرئيس إنه راض عن النتيجة."},
			[]string{"indirect|التصويت كان حرا|الهيئة", "indirect|راض عن النتيجة|الرئيس"}},
		{"a participle of promising opens its own report", []string{"وقال الوزير إن الحكومة سترد بحزم، واعدا بأن المحاولة لن تمر دون عقاب."},
			[]string{"indirect|الحكومة سترد بحزم|الوزير", "indirect|المحاولة لن تمر دون عقاب|الوزير"}},
		{"an indefinite speech noun after the subject is its object", []string{"ونشرت شرطة المدينة تغريدة على تويتر تقول إن الطرد لم يكن قنبلة."},
			[]string{"indirect|الطرد لم يكن قنبلة|شرطة المدينة"}},
		{"a plural noun of claims after the subject is its object", []string{"ونقلت الجمعية شهادات خمسة عمال قالوا إن المصنع أغلق أبوابه دون إنذار."},
			[]string{"indirect|المصنع أغلق أبوابه دون إنذار|الجمعية"}},
		{"the claims a subject denies are no part of it", []string{"ونفت الوزارة مزاعم بأن الموظفين لم يتقاضوا رواتبهم، وقالت إن الرواتب صرفت في موعدها."},
			[]string{"indirect|الموظفين لم يتقاضوا رواتبهم|الوزارة", "indirect|الرواتب صرفت في موعدها|الوزارة"}},
		{"the subject of كان after a fronted time speaks", []string{"وفي وقت سابق كان المرصد الوطني للمياه قال إن \"الأمطار غمرت مناطق واسعة في الشمال\".", "وأضاف \"ارتفع منسوب النهر إلى حد خطير\"."},
			[]string{"indirect|الأمطار غمرت مناطق واسعة في الشمال|المرصد الوطني للمياه", "direct|الأمطار غمرت مناطق واسعة في الشمال|المرصد الوطني للمياه", "direct|ارتفع منسوب النهر إلى حد خطير|المرصد الوطني للمياه"}},
		{"the subject of كان is the whole phrase before the verb", []string{"وكان بنك الطعام في مدينة الساحل أعلن أنه لن يسجل مستخدمين جددا هذا الشهر."},
			[]string{"indirect|لن يسجل مستخدمين جددا هذا الشهر|بنك الطعام في مدينة الساحل"}},
		{"a phrase opened by من is no speaker", []string{"وصلتني رسالتان. إحداهما من أختي والأخرى من \"سامي\" يقول فيها إنني كنت دائما صديقة وفية."},
			[]string{"indirect|كنت دائما صديقة وفية|"}},
		{"a verb whose subject is in it is no source", []string{"ولم يكن أغلب المزارعين يهتمون بالسوق الجديدة، إذ لم تكن قريبة من قراهم، حسبما يرون، بالإضافة إلى غلاء أسعارها."}, nil},
		{"the source after a verb of the present", []string{"ولم يكن أغلب المزارعين يهتمون بالسوق الجديدة، إذ لم تكن قريبة من قراهم، حسبما يقول مسؤولون في الوزارة."},
			[]string{"indirect|ولم يكن أغلب المزارعين يهتمون بالسوق الجديدة، إذ لم تكن قريبة من قراهم|مسؤولون في الوزارة"}},
		{"the source after a verb of reporting and به", []string{"وانخفضت الأسعار بشكل كبير في الأسواق المحلية، حسب ما تفيد به التقارير الرسمية."},
			[]string{"indirect|وانخفضت الأسعار بشكل كبير في الأسواق المحلية|التقارير الرسمية"}},
		{"what a law stipulates is no one's words", []string{"ويتوجب على المرشحين تسجيل أسمائهم قبل نهاية الشهر، حسب ما ينص عليه الدستور الجديد."}, nil},
		{"on their part is not who", []string{"وذكر شهود عيان من جهتهم، أن الغارات استهدفت موقعا شرق المخيم."},
			[]string{"indirect|الغارات استهدفت موقعا شرق المخيم|شهود عيان"}},
		{"what one warns of is not who", []string{"ويحذر التقرير من احتمال بقاء \"صيغة أخرى مصغرة\" من التنظيم."},
			[]string{"direct|صيغة أخرى مصغرة|التقرير"}},
		{"a body quoted after عبر is no quotation", []string{"وأبدت الوزارة استعدادها للتعاون مع الجهات المحلية لكشف ملابسات الحادث عبر \"لجنة التحقيق المشتركة والقنوات الرسمية\"."}, nil},
		{"the source of an aside speaks the participle", []string{"يتجه المنخفض الجوي إلى سواحل الجزيرة، كما أعلن المركز الوطني للأرصاد، صباح الأحد، واصفا الوضع بأنه \"بالغ الخطورة\"."},
			[]string{"direct|بالغ الخطورة|المركز الوطني للأرصاد"}},
		{"a reply to a question is the manner, not the speaker", []string{"وقال الوزير إن المفاوضات ستستمر.", "وأضاف ردا على سؤال حول موعد الانسحاب إن \"كل الخيارات مطروحة\"."},
			[]string{"indirect|المفاوضات ستستمر|الوزير", "indirect|كل الخيارات مطروحة|الوزير", "direct|كل الخيارات مطروحة|الوزير"}},
		{"the occasion after فى is not the speaker's", []string{"وقال المجلس فى ختام اجتماعه إن القرار سيعلن قريبا."},
			[]string{"indirect|القرار سيعلن قريبا|المجلس"}},
		{"the occasion after ضمن is not the speaker's", []string{"وقال الأمين العام ضمن كلمته أمام المؤتمر إن الأزمة تتفاقم."},
			[]string{"indirect|الأزمة تتفاقم|الأمين العام"}},
		{"a second report after كما ends the first", []string{"وأشارت الوزيرة إلى أن الطريق أغلق بسبب الثلوج، كما أوضحت أنها ستزور المنطقة غدا."},
			[]string{"indirect|الطريق أغلق بسبب الثلوج|الوزيرة", "indirect|ستزور المنطقة غدا|الوزيرة"}},
		{"a complementizer inside the quoted words does not end the clause", []string{"ورأى الخبير أن الزيارة تحمل رسالة واضحة: \"إنها رسالة للجيران، ورسالة للعالم، بأن البلاد لن تتراجع.\""},
			[]string{"indirect|الزيارة تحمل رسالة واضحة: \"إنها رسالة للجيران، ورسالة للعالم، بأن البلاد لن تتراجع.\"|الخبير", "direct|إنها رسالة للجيران، ورسالة للعالم، بأن البلاد لن تتراجع.|الخبير"}},
		{"a negated verb that opens the sentence is no subject", []string{"ولم يكن ممكنا الوصول إلى المتحدث، إلا أن وسائل إعلام محلية ذكرت أن المصنع أغلق."},
			[]string{"indirect|المصنع أغلق|وسائل إعلام محلية"}},
		{"three words after أن with an adverb are no subject", []string{"ويرى الباحث أن هناك أدلة كثيرة تؤكد أن اللوحة أصلية."},
			[]string{"indirect|هناك أدلة كثيرة تؤكد أن اللوحة أصلية|الباحث", "indirect|اللوحة أصلية|الباحث"}},
		{"a verb of opinion after إذا reports nothing", []string{"وقالت الوزارة إن الحكومة ستدرس المشاركة في المحادثات إذا رأت أن ذلك مفيد."},
			[]string{"indirect|الحكومة ستدرس المشاركة في المحادثات إذا رأت أن ذلك مفيد|الوزارة"}},
		{"إن before the letters of a channel's name opens no clause", []string{"ونفى الرئيس خلال مقابلة مع قناة “إن بي سي” الأمريكية أي تدخل في الانتخابات، ملقيا باللوم على خصومه."},
			nil},
		{"إن after a verb of speech before a channel's letters opens the clause", []string{"وقالت الباحثة إن سي إن إن هي أعلى المواقع في نتائج البحث."},
			[]string{"indirect|سي إن إن هي أعلى المواقع في نتائج البحث|الباحثة"}},
		{"a sentence that opens with في after و names no subject", []string{"وقال المحامون إن موكلتهم بريئة.", "وفي نص الرسالة طالب المحامون بالإفراج عنها، وقالوا إن الحكم جائر."},
			[]string{"indirect|موكلتهم بريئة|المحامون", "indirect|الحكم جائر|المحامون"}},
		{"the chants are of those who raise them", []string{"وقالت المتحدثة باسم التجمع إن العدد الكبير دليل نجاح.", "وأطلق المتظاهرون هتافات مثل \"ارحلوا جميعا، لا مكان لكم هنا بعد اليوم أبدا\"."},
			[]string{"indirect|العدد الكبير دليل نجاح|المتحدثة باسم التجمع", "direct|ارحلوا جميعا، لا مكان لكم هنا بعد اليوم أبدا|المتظاهرون"}},
		{"one of the sources describes, not the thing after him", []string{"ووصف أحد المصدرين النقاش بأنه \"تراشق حاد\" خرج عن السيطرة."},
			[]string{"direct|تراشق حاد|أحد المصدرين"}},
		{"a channel's name of letters in quotation marks is no quotation", []string{"وأكد المجلس في ختام بيانه على مراجعة الموقف القانوني لـ«بى إن سبورت» في كل دولة."},
			nil},
		{"the body named after باسم and the person after it speak", []string{"وقال الناطق الرسمي باسم \"غرفة العمليات المركزية في الجنوب\" سامر الخطيب لوكالة الأنباء \"لم تسفر الجولة عن أي نتائج حتى الآن\"."},
			[]string{"direct|لم تسفر الجولة عن أي نتائج حتى الآن|الناطق الرسمي باسم \"غرفة العمليات المركزية في الجنوب\""}},
		{"what the speaker did not name is the writer's", []string{"وأكدت الشركة أن هناك تحقيقا في الحادث لكنها لم تذكر عدد المصابين."},
			[]string{"indirect|هناك تحقيقا في الحادث|الشركة"}},
		{"what the speaker did not name after من دون أن is the writer's", []string{"وقالت الشرطة إن عشرة أشخاص اعتقلوا، من دون أن تكشف أسماءهم."},
			[]string{"indirect|عشرة أشخاص اعتقلوا|الشرطة"}},
		{"what the speaker did not name after ولكن من دون أن is the writer's", []string{"وقال الرئيس إن قواته ستشن عمليات جديدة ولكن من دون أن يحدد مكانها."},
			[]string{"indirect|قواته ستشن عمليات جديدة|الرئيس"}},
		{"a closing mark opens no quoted words", []string{"وقالت المديرة إن العمال ينتظرون منذ أشهر\". وأكدت المديرة أيضا، أن الرواتب ستدفع قريبا."},
			[]string{"indirect|العمال ينتظرون منذ أشهر\". وأكدت المديرة أيضا|المديرة", "indirect|الرواتب ستدفع قريبا|المديرة"}},
		{"تفيد with its subject after it speaks", []string{"وتفيد تقارير محلية بأن الفيضانات دمرت ثلاثة جسور في الإقليم."},
			[]string{"indirect|الفيضانات دمرت ثلاثة جسور في الإقليم|تقارير محلية"}},
		{"يفيد with its subject after it speaks", []string{"ويفيد مستشارو الوزير أن الزيارة أرجئت إلى الشهر المقبل."},
			[]string{"indirect|الزيارة أرجئت إلى الشهر المقبل|مستشارو الوزير"}},
		{"تفيد describing the noun before it speaks no clause", []string{"وحصلت البعثة على معلومات تفيد بأن المعبر أغلق مساء الأحد."}, nil},
		{"تفيد after a relative speaks no clause", []string{"ونشرت الجمعية نتائج المسح التي تفيد بأن نصف الأسر فقد مصدر دخله."}, nil},
		{"تفيد with no clause after it frames no quotation", []string{"وتفيد الدعوى الأولى، المعروفة باسم الملف 7، بارتكاب المدير جرائم \"تزوير واحتيال واختلاس\" خلال سنوات."}, nil},
		{"the one described after a body is not who describes", []string{"ووصفت الهيئة الوطنية الحادثة بأنها \"اعتداء سافر\"."},
			[]string{"direct|اعتداء سافر|الهيئة الوطنية"}},
		{"the one described in two words after the describer", []string{"ووصف الوزير السفارة الجديدة بأنها \"عبء على المدينة\"."},
			[]string{"direct|عبء على المدينة|الوزير"}},
		{"the one accused after a body ending in a relation adjective", []string{"واتهمت النيابة العامة المصرية المتهمين بالتخطيط \"لأعمال تخريب واسعة\"."},
			[]string{"direct|لأعمال تخريب واسعة|النيابة العامة المصرية"}},
		{"a relation adjective before بأنه stays with the describer", []string{"ووصفت الصحيفة البريطانية بأنه \"رجل المرحلة الصعبة\"."},
			[]string{"direct|رجل المرحلة الصعبة|الصحيفة البريطانية"}},
		{"the subject before قد inside the reported clause speaks its verb", []string{"وتفيد تقارير صحفية بأن ميركل قد قالت \"إن الاتفاق كان خطوة ضرورية لأوروبا\"."},
			[]string{"indirect|ميركل قد قالت \"إن الاتفاق كان خطوة ضرورية لأوروبا\"|تقارير صحفية", "indirect|الاتفاق كان خطوة ضرورية لأوروبا|ميركل", "direct|إن الاتفاق كان خطوة ضرورية لأوروبا|ميركل"}},
		{"the subject of the opening verb says what the thing after التي is", []string{"ونفذت القوات الحكومية غارات على المرتفعات التي تقول إنها مخابئ للمسلحين."},
			[]string{"indirect|مخابئ للمسلحين|القوات الحكومية"}},
		{"the subject after وقد says what the thing after التي is", []string{"وقد انتقدت النائبة الوزير بسبب المبالغ التي قالت إن وزارته أنفقتها على الحفلات."},
			[]string{"indirect|وزارته أنفقتها على الحفلات|النائبة"}},
		{"the subject after كانت says what the thing after التي is", []string{"وكانت الحكومة أغلقت عشرات المواقع التي قالت إنها تنشر أخبارا كاذبة."},
			[]string{"indirect|تنشر أخبارا كاذبة|الحكومة"}},
		{"a source after وفقا speaks its relative verb", []string{"ووقع الانفجار في المصنع، وفقا للنشرة التي أشارت إلى أن سببه لا يزال مجهولا."},
			[]string{"indirect|سببه لا يزال مجهولا|لنشرة"}},
		{"a statement after the object speaks its relative verb", []string{"وانتقد الوزير بشدة الرد الرسمي الذي أكد أن الشحنة لم تصل إلى الميناء."},
			[]string{"indirect|الشحنة لم تصل إلى الميناء|الرد الرسمي"}},
		{"what a negated verb would say is no quotation", []string{"ولم تؤكد الهيئة أن المدير استقال من منصبه."}, nil},
		{"what a body does not hold is no quotation", []string{"ولا ترى الحكومة أن الأزمة تستدعي إعلان الطوارئ."}, nil},
		{"a negated description in quotation marks is no quotation", []string{"وكتب الرئيس على تويتر أنه لم يصف نظيره بأنه \"ضعيف ومتردد\"."},
			[]string{"indirect|لم يصف نظيره بأنه \"ضعيف ومتردد\"|الرئيس"}},
		{"a verb that reports no words goes on with the clause after a comma", []string{"وأعلنت الجمعية أن رئيسها السابق في المغرب، اعترف بتلقي أموال من متبرعين مجهولين."},
			[]string{"indirect|رئيسها السابق في المغرب، اعترف بتلقي أموال من متبرعين مجهولين|الجمعية"}},
		{"a verb with a subject of its own after a comma ends the clause", []string{"وذكرت الصحيفة أن الوزير طلب تأجيل الجلسة، أكد الرئيس في تغريدة رفضه للطلب."},
			[]string{"indirect|الوزير طلب تأجيل الجلسة|الصحيفة"}},
		{"an attribution between dashes reports the whole sentence", []string{"وقد قضى المسعفون - بحسب ما ذكرته الإذاعة المحلية - ست ساعات في البحث عن الناجين."},
			[]string{"indirect|وقد قضى المسعفون - بحسب ما ذكرته الإذاعة المحلية - ست ساعات في البحث عن الناجين|الإذاعة المحلية"}},
		{"a name in quotation marks after معهد is no quotation", []string{"ورأى الباحث في معهد \"الدراسات الاستراتيجية في آسيا\" في طوكيو أن \"الأسواق لن تهدأ قريبا\"."},
			[]string{"direct|الأسواق لن تهدأ قريبا|الباحث في معهد"}},
		{"a body and its seat between commas speak the verb after them", []string{"وذكرت وكالة الأنباء أن المرصد الوطني لحقوق الصحفيين، ومقره جنيف، قال إن عشرة صحفيين اعتقلوا."},
			[]string{"indirect|المرصد الوطني لحقوق الصحفيين، ومقره جنيف، قال إن عشرة صحفيين اعتقلوا|وكالة الأنباء", "indirect|عشرة صحفيين اعتقلوا|المرصد الوطني لحقوق الصحفيين"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := analyse(t, tt.paras...)
			got := describe(d)
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("got\n  %s\nwant\n  %s", strings.Join(got, "\n  "), strings.Join(tt.want, "\n  "))
			}
			for _, q := range d.Quotes {
				if d.Slice(q.Span) != q.Text || q.Speaker != nil && d.Slice(q.Speaker.Span) != q.Speaker.Text {
					t.Errorf("offsets do not match text for %q", q.Text)
				}
			}
		})
	}
}

func TestUnclosedQuoteWarns(t *testing.T) {
	d := analyse(t, "وقال النائب «هذه الخطة ستفشل حتما في البرلمان", "وقال آخر «كلام صحيح تماما وسنرى النتيجة»")
	if len(d.Warnings) != 1 || len(d.Quotes) != 2 {
		t.Errorf("warnings %q, quotes %d", d.Warnings, len(d.Quotes))
	}
}

func FuzzQuotes(f *testing.F) {
	f.Add("وقال ”نص“ «آخر» \"ثالث\" بحسب مصادر إن")
	f.Add("”“”“«»»«\"")
	f.Fuzz(func(t *testing.T, s string) {
		d := analyse(t, s)
		n := len([]rune(d.Text))
		for _, q := range d.Quotes {
			if q.Start < 0 || q.End > n || q.Start > q.End {
				t.Fatalf("bad span %v", q.Span)
			}
		}
	})
}

func BenchmarkQuotes(b *testing.B) {
	paras := []string{"وقال مسؤول رفيع المستوى في الإدارة مشترطا عدم نشر اسمه ”العقبة الرئيسية هي موقف الطرف الآخر.“", "وأضاف ”لن يحدث هذا.“", "ويقول مسؤولون إن المحادثات فشلت، بحسب مصادر مطلعة."}
	d := analyse(b, paras...)
	q, _ := quote.New()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		q.Process(d)
	}
}

// TestPronounSubjectAgrees resolves the pronoun subject of a cue against
// the named entities before it, as the NER stage marks them.
func TestPronounSubjectAgrees(t *testing.T) {
	tests := []struct {
		name     string
		text     string
		entities map[string]string // text → type
		want     string
	}{
		{"feminine cue skips a man for the verb's subject", "وتتهم الوزارة سامي العلي بإهدار المال العام وتقول إنها ستلاحقه قضائيا.",
			map[string]string{"سامي العلي": marsad.PER}, "indirect|ستلاحقه قضائيا|الوزارة"},
		{"feminine cue takes an organisation", "ورفض سامي العلي قرار هيئة الرقابة التي ردت عليه وقالت إنها ستنشر تقريرها كاملا.",
			map[string]string{"سامي العلي": marsad.PER, "هيئة الرقابة": marsad.ORG}, "indirect|ستنشر تقريرها كاملا|هيئة الرقابة"},
		{"a describing verb with an object pronoun takes the sentence's subject", "استنكرت روسيا قرار لندن بشأن رجل الأعمال سامي العلي، ووصفته بأمر \"لا يتسم بروح الصداقة\".",
			map[string]string{"روسيا": marsad.LOC, "لندن": marsad.LOC, "سامي العلي": marsad.PER}, "direct|لا يتسم بروح الصداقة|روسيا"},
		{"a state describes", "واتهمت قطر جارتها الكبرى بـ\"انتهاك صارخ للقانون\".",
			map[string]string{"قطر": marsad.LOC}, "direct|انتهاك صارخ للقانون|قطر"},
		{"a state after a body ending in an adjective is the one accused", "واتهمت الحكومة الأردنية كوبا بارتكاب \"جريمة بشعة\".",
			map[string]string{"كوبا": marsad.LOC}, "direct|جريمة بشعة|الحكومة الأردنية"},
		{"a state after a plural subject of تتهم is the one accused", "وتتهم القوى الكبرى فنزويلا بتهريب \"السلاح إلى الجوار\".",
			map[string]string{"فنزويلا": marsad.LOC}, "direct|السلاح إلى الجوار|القوى الكبرى"},
		{"the subject before a headline's verb of accusing accuses, not the state after it", "سامر الحسن يتهم كوبا \"بالكذب المتعمد\"",
			map[string]string{"سامر الحسن": marsad.PER, "كوبا": marsad.LOC}, "direct|بالكذب المتعمد|سامر الحسن"},
		{"a state named by the body's adjective stays with the body", "واتهمت النيابة العامة الأردنية الرجلين بالتواصل \"مع جهات أجنبية\".",
			map[string]string{"الأردنية": marsad.LOC}, "direct|مع جهات أجنبية|النيابة العامة الأردنية"},
		{"a list of states after the verb is the one accused", "وكان الوزير سامي العلي قد اتهم السعودية والإمارات بـ\"خرق الميثاق كله\".",
			map[string]string{"سامي العلي": marsad.PER, "السعودية": marsad.LOC, "الإمارات": marsad.LOC}, "direct|خرق الميثاق كله|سامي العلي"},
		{"a participle of accusing takes the subject before it", "ورد الوزير سامي العلي على الانتقادات متهما طهران بالتدخل \"في الشؤون الداخلية للبلاد\".",
			map[string]string{"سامي العلي": marsad.PER, "طهران": marsad.LOC}, "direct|في الشؤون الداخلية للبلاد|سامي العلي"},
		{"names joined by و speak together", "وذكرت الصحيفة أن سامي العلي ونادر الحسن أكدا أن الاتفاق قريب.",
			map[string]string{"سامي العلي": marsad.PER, "نادر الحسن": marsad.PER}, "indirect|سامي العلي ونادر الحسن أكدا أن الاتفاق قريب|الصحيفة\nindirect|الاتفاق قريب|سامي العلي ونادر الحسن"},
		{"an outlet the tagger took into the name", "وقالت الشرطة لبي بي سي إن الحادث وقع ليلا.",
			map[string]string{"الشرطة لبي بي سي": marsad.ORG}, "indirect|الحادث وقع ليلا|الشرطة"},
		{"a person named nearer the quotation may be the one whose words these are", "وقالت المنظمة إن المهاجرين نقلوا إلى المستشفيات. وطالب سامر الحسن بالتحقيق في مزاعم نادر بأنه \"تعرض للضرب المبرح مرات عدة خلال احتجازه في السجن\".",
			map[string]string{"سامر الحسن": marsad.PER, "نادر": marsad.PER}, "indirect|المهاجرين نقلوا إلى المستشفيات|المنظمة\ndirect|تعرض للضرب المبرح مرات عدة خلال احتجازه في السجن|المنظمة"},
		{"masculine cue takes the person", "والتقى سامي العلي وفد الهيئة في مكتبه وقال إنه سيستقيل الشهر المقبل.",
			map[string]string{"سامي العلي": marsad.PER}, "indirect|سيستقيل الشهر المقبل|سامي العلي"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := analyseWithEntityMap(t, tt.text, tt.entities)
			if got := strings.Join(describe(d), "\n"); got != tt.want {
				t.Errorf("got %s, want %s", got, tt.want)
			}
		})
	}
}

// analyseWithPerson runs the text stage, marks the first occurrence of
// person as a PER entity (as the tagger would) and runs the quote stage.
func analyseWithPerson(t *testing.T, text, person string) *marsad.Document {
	t.Helper()
	return analyseWithEntity(t, text, person, marsad.PER)
}

// analyseWithEntity runs the text stage, marks the first occurrence of name
// as an entity of type typ, and runs the quote stage.
func analyseWithEntity(t *testing.T, text, name, typ string) *marsad.Document {
	t.Helper()
	return analyseWithEntities(t, text, [2]string{name, typ})
}

// analyseWithEntityMap is analyseWithEntities with the entities given as
// a map from text to type.
func analyseWithEntityMap(t *testing.T, text string, entities map[string]string) *marsad.Document {
	t.Helper()
	var ents [][2]string
	for name, typ := range entities {
		ents = append(ents, [2]string{name, typ})
	}
	return analyseWithEntities(t, text, ents...)
}

// TestSpeakersWithNames checks speakers that depend on a name the tagger
// found: a title takes the name between commas after it; a name inside
// what a speaker said is not the subject of the speaker's next verb; the
// one who describes speaks the next verb with no subject.
func TestSpeakersWithNames(t *testing.T) {
	tests := []struct {
		name, text, person string
		want               []string
	}{
		{"a title and the name between commas", "وقال المتحدث باسم التحالف، تركي المالكي، إن المنظمات الأممية تعيش تحت الإقامة الجبرية.", "المالكي",
			[]string{"indirect|المنظمات الأممية تعيش تحت الإقامة الجبرية|المتحدث باسم التحالف، تركي المالكي"}},
		{"the one warned after the name", "وحذر سامر السفير من أن الحكومة لن تتراجع عن موقفها.", "سامر",
			[]string{"indirect|الحكومة لن تتراجع عن موقفها|سامر"}},
		{"the one told with ل after the name", "وقال سامر للوزير إن المفاوضات ستستأنف قريبا.", "سامر",
			[]string{"indirect|المفاوضات ستستأنف قريبا|سامر"}},
		{"ل after a name inside a title completes the title", "وقال مستشار سامر للأمن القومي إن المفاوضات ستستأنف قريبا.", "سامر",
			[]string{"indirect|المفاوضات ستستأنف قريبا|مستشار سامر للأمن القومي"}},
		{"the thing considered after the name before a quotation", "واعتبر سامر القرار \"خطوة في الاتجاه الصحيح\" نحو التهدئة.", "سامر",
			[]string{"direct|خطوة في الاتجاه الصحيح|سامر"}},
		{"the thing considered after the name before an indefinite word", "واعتبر سامر الأمر إهانة للجميع، وهو الذي \"لن يقبل بأقل من الاعتذار\".", "سامر",
			[]string{"direct|لن يقبل بأقل من الاعتذار|سامر"}},
		{"a title after the place of a title before the name stays", "واعتبر وزير خارجية الجزيرة الشيخ سامر أنه لا حل قريبا للأزمة.", "سامر",
			[]string{"indirect|لا حل قريبا للأزمة|وزير خارجية الجزيرة الشيخ سامر"}},
		{"a name's part after the name stays", "وحذر سامر الابن من أن الحكومة لن تتراجع عن موقفها.", "سامر",
			[]string{"indirect|الحكومة لن تتراجع عن موقفها|سامر الابن"}},
		{"ل with a stem in ي after the name is no one told", "وقال سامر ليفي الرئيس السابق للشركة إن المفاوضات ستستأنف قريبا.", "سامر",
			[]string{"indirect|المفاوضات ستستأنف قريبا|سامر ليفي الرئيس السابق للشركة"}},
		{"the next verb keeps the speaker", "وقال مصدر أمني إن دركيا تعرض للطعن، وأضاف أن رجال الأمن ألقوا القبض على الفاعل.", "دركيا",
			[]string{"indirect|دركيا تعرض للطعن|مصدر أمني", "indirect|رجال الأمن ألقوا القبض على الفاعل|مصدر أمني"}},
		{"the describer speaks next", "ووصف كاتس المقترح بأنه جزء من نهج جديد. وقال \"هذا هو الوقت المثالي للإقدام على مثل هذه الخطوة\".", "كاتس",
			[]string{"direct|هذا هو الوقت المثالي للإقدام على مثل هذه الخطوة|كاتس"}},
		{"the describer named, then the one described", "ووصف ترامب الصحفيين بـ\"أعداء الشعب\".", "ترامب",
			[]string{"direct|أعداء الشعب|ترامب"}},
		{"the one described alone after the verb", "وقال المرشد خامنئي إن بلاده لن تفاوض أمريكا، إذ وصف المسؤولين الأمريكيين بـ\"الوقحين والمعتدين\".", "خامنئي",
			[]string{"indirect|بلاده لن تفاوض أمريكا|المرشد خامنئي", "direct|الوقحين والمعتدين|خامنئي"}},
		{"what another announced does not speak next", "وكتبت الصحيفة \"الحرب بدأت ولن تتوقف قريبا\" مستعيدة ما أعلنه الرئيس سامي العلي قبل سنوات. وأضافت \"لا بد من الاستعداد لكل الاحتمالات\".", "سامي العلي",
			[]string{"direct|الحرب بدأت ولن تتوقف قريبا|الصحيفة", "direct|لا بد من الاستعداد لكل الاحتمالات|الصحيفة"}},
		{"a person's name ends at في", "وقال سامر في محاضرة في جامعة المدينة إن التحقيقات كانت مهنية.", "سامر",
			[]string{"indirect|التحقيقات كانت مهنية|سامر"}},
		{"a name of the pattern of a participle", "وصرحت المتحدثة باسم الوزارة ماريا سليم في مؤتمر صحفي \"القصة مختلقة منذ البداية\".", "ماريا سليم",
			[]string{"direct|القصة مختلقة منذ البداية|المتحدثة باسم الوزارة ماريا سليم"}},
		{"the name between commas before a quotation", "وقال السفير، يوهان سكوغ، الذي قدم المشروع \"النص إنساني بحت ولا علاقة له بالسياسة\".", "يوهان سكوغ",
			[]string{"direct|النص إنساني بحت ولا علاقة له بالسياسة|السفير، يوهان سكوغ"}},
		{"the name between commas for a quotation inside the clause", "وقال الوزير، سامي العلي، إن بلاده \"ترفض كل أشكال الابتزاز\"، مشيرا إلى أن الحوار ممكن.", "سامي العلي",
			[]string{"indirect|بلاده \"ترفض كل أشكال الابتزاز\"|الوزير، سامي العلي", "direct|ترفض كل أشكال الابتزاز|الوزير، سامي العلي", "indirect|الحوار ممكن|الوزير، سامي العلي"}},
		{"the one who denies in his statement speaks next", "وأصدر سامر بيانا نفى فيه الاتهامات. وشدد على أنه لم يخالف القانون أبدا.", "سامر",
			[]string{"indirect|لم يخالف القانون أبدا|سامر"}},
		{"the speaker of the sentence speaks on", "وأكد المفتي، الذي تحدث في مؤتمر نظمه مركز سامي العلي، أن الحوار ضروري، وقال: \"لن نتدخل في السياسة أبدا\".", "سامي العلي",
			[]string{"indirect|الحوار ضروري|المفتي", "direct|لن نتدخل في السياسة أبدا|المفتي"}},
		{"a feminine relative with a masculine verb", "ورفض سامي الاختلافات مع الرياض التي قال إنه يريد الحوار معها.", "سامي",
			[]string{"indirect|يريد الحوار معها|سامي"}},
		{"a subheading names the speaker before its colon", "سامر للوزير: \"أنت تحمي الفاسدين\"", "سامر",
			[]string{"direct|أنت تحمي الفاسدين|سامر"}},
		{"the person a sentence opens with speaks its quotation and the next verb", "وقالت المنظمة إن المهاجرين نقلوا إلى المستشفيات. ودعا سامر الحسن، رئيس البعثة، إلى ضرورة \"حماية الناجين من أي أذى قد يلحق بهم بعد احتجازهم\". ثم شدد على أن الاحتجاز ليس حلا.", "سامر الحسن",
			[]string{"indirect|المهاجرين نقلوا إلى المستشفيات|المنظمة", "direct|حماية الناجين من أي أذى قد يلحق بهم بعد احتجازهم|سامر الحسن", "indirect|الاحتجاز ليس حلا|سامر الحسن"}},
		{"a quotation with no cue in the sentence a person opens", "وقالت المنظمة إن المهاجرين نقلوا إلى المستشفيات. وطالب سامر الحسن بضرورة \"حماية الناجين من أي أذى بعد ما عانوه في الاحتجاز\".", "سامر الحسن",
			[]string{"indirect|المهاجرين نقلوا إلى المستشفيات|المنظمة", "direct|حماية الناجين من أي أذى بعد ما عانوه في الاحتجاز|سامر الحسن"}},
		{"a verb in the feminine keeps the previous speaker", "وقالت المنظمة إن المهاجرين نقلوا إلى المستشفيات. ودعا سامر الحسن إلى حماية الناجين. وأكدت أن الاحتجاز ليس حلا.", "سامر الحسن",
			[]string{"indirect|المهاجرين نقلوا إلى المستشفيات|المنظمة", "indirect|الاحتجاز ليس حلا|المنظمة"}},
		{"a person after a preposition opens no subject", "وقالت المنظمة إن المهاجرين نقلوا إلى المستشفيات. ومع سامر الحسن وصل الوفد إلى المدينة. وشدد على أن الاحتجاز ليس حلا.", "سامر الحسن",
			[]string{"indirect|المهاجرين نقلوا إلى المستشفيات|المنظمة", "indirect|الاحتجاز ليس حلا|المنظمة"}},
		{"the person the sentence before opens with speaks the verb that opens the next", "وقالت المنظمة إن المهاجرين نقلوا إلى المستشفيات. ودعا سامر الحسن إلى حماية الناجين. وشدد على أن الاحتجاز ليس حلا.", "سامر الحسن",
			[]string{"indirect|المهاجرين نقلوا إلى المستشفيات|المنظمة", "indirect|الاحتجاز ليس حلا|سامر الحسن"}},
		{"a verb that continues words keeps the previous speaker", "وقالت المنظمة إن المهاجرين نقلوا إلى المستشفيات. ودعا سامر الحسن إلى حماية الناجين. وأضاف أن الاحتجاز ليس حلا.", "سامر الحسن",
			[]string{"indirect|المهاجرين نقلوا إلى المستشفيات|المنظمة", "indirect|الاحتجاز ليس حلا|المنظمة"}},
		{"a title and name the sentence before opens with speak next", "وقالت المنظمة إن المهاجرين نقلوا إلى المستشفيات. وأدان رئيس الوزراء سامر الحسن الهجوم على القافلة. وقال إن \"هذا العمل لن يمر دون عقاب\".", "سامر الحسن",
			[]string{"indirect|المهاجرين نقلوا إلى المستشفيات|المنظمة", "indirect|هذا العمل لن يمر دون عقاب|رئيس الوزراء سامر الحسن", "direct|هذا العمل لن يمر دون عقاب|رئيس الوزراء سامر الحسن"}},
		{"a title in ة after a verb in the masculine is the one called on", "وقال سامر الحسن إن المهاجرين نقلوا إلى المستشفيات. ودعا رئيسة الوزراء سامية العلي إلى حماية الناجين. وقال إن الاحتجاز ليس حلا.", "سامية العلي",
			[]string{"indirect|المهاجرين نقلوا إلى المستشفيات|سامر الحسن", "indirect|الاحتجاز ليس حلا|سامر الحسن"}},
		{"a noun with his pronoun after the name is not the speaker", "واتهم مرشح المعارضة للرئاسة في البلاد سامر الحسن خصمه بـ\"نشر الأكاذيب بين الناخبين في المدن\".", "سامر الحسن",
			[]string{"direct|نشر الأكاذيب بين الناخبين في المدن|مرشح المعارضة للرئاسة في البلاد سامر الحسن"}},
		{"his words after the name are not the speaker", "واختتم سامر الحسن كلمته قائلا \"سنواصل العمل حتى النهاية\".", "سامر الحسن",
			[]string{"direct|سنواصل العمل حتى النهاية|سامر الحسن"}},
		{"the name itself after the name is the speaker", "وقال سامر الحسن نفسه إن القرار نهائي.", "سامر الحسن",
			[]string{"indirect|القرار نهائي|سامر الحسن نفسه"}},
		{"his own he spoke to are not the speaker", "وقال سامر لحزبه بالمجلس، في كلمة بثها التلفزيون: \"لن نتراجع عن مطالبنا أبدا\".", "سامر",
			[]string{"direct|لن نتراجع عن مطالبنا أبدا|سامر"}},
		{"the name after a title of eight words", "وقال المتحدث باسم تحالف القوى لدعم الحكومة في الجنوب سامر الحسن إن الهدنة صامدة.", "سامر الحسن",
			[]string{"indirect|الهدنة صامدة|المتحدث باسم تحالف القوى لدعم الحكومة في الجنوب سامر الحسن"}},
		{"a name after eight words with a second person joined is not the title's", "وقال مصدر حضر لقاء بين ممثلي النقابات ورئيس الوزراء سامر الحسن إن الهدنة صامدة.", "سامر الحسن",
			[]string{"indirect|الهدنة صامدة|مصدر حضر لقاء بين ممثلي النقابات ورئيس الوزراء"}},
		{"the one who interviews does not speak", "وقالت الكاتبة إن الحرب ستطول. جاء ذلك في مقابلة لها مع الزميل سامر الحسن حيث قالت: \"لا أحد يريد السلام الآن في المنطقة\".", "سامر الحسن",
			[]string{"indirect|الحرب ستطول|الكاتبة", "direct|لا أحد يريد السلام الآن في المنطقة|الكاتبة"}},
		{"the subject after أما keeps its head", "وتحدث القاضي عن الأدلة. أما محامي سامر الحسن فقال إن الأدلة ملفقة.", "سامر الحسن",
			[]string{"indirect|الأدلة ملفقة|محامي سامر الحسن"}},
		{"the one accused after اتهم with no subject does not speak", "وقالت النيابة إن التحقيق مستمر. واتهم سامر الحسن في حينه بنشر \"معلومات كاذبة تضر بسمعة البلاد\".", "سامر الحسن",
			[]string{"indirect|التحقيق مستمر|النيابة", "direct|معلومات كاذبة تضر بسمعة البلاد|"}},
		{"the one described before بأن is not the describer", "وقال القائد في مؤتمر صحفي إن الخطر قائم، حيث وصف سامر الحسن بأنه \"ذو طبيعة عدائية ومتقلبة\".", "سامر الحسن",
			[]string{"indirect|الخطر قائم|القائد", "direct|ذو طبيعة عدائية ومتقلبة|القائد"}},
		{"the describer before a description with no object", "ووصف سامر الحسن بـ\"لقاء تعارف لا أكثر\".", "سامر الحسن",
			[]string{"direct|لقاء تعارف لا أكثر|سامر الحسن"}},
		{"the ones told are not the speaker", "وقال آبي لأعضاء البرلمان: \"تستخدم بعض التمارين الرياضية في الجيش كوسائل لتهدئة المشاعر\".", "آبي",
			[]string{"direct|تستخدم بعض التمارين الرياضية في الجيش كوسائل لتهدئة المشاعر|آبي"}},
		{"روى tells, with the witness right before the quotation", "وقالت الشرطة إن الانفجار وقع قرب السوق. وروى سامر الحسن الذي كان في المكان \"كنا نتسوق حين اهتز المبنى كله فجأة\".", "سامر الحسن",
			[]string{"indirect|الانفجار وقع قرب السوق|الشرطة", "direct|كنا نتسوق حين اهتز المبنى كله فجأة|سامر الحسن"}},
		{"تروي tells a clause after أن", "وتروي سلمى أن زوجها فتح الباب ليجد الرسالة على الأرض.", "سلمى",
			[]string{"indirect|زوجها فتح الباب ليجد الرسالة على الأرض|سلمى"}},
		{"the one told after روت is not who tells, nor كيف", "وتروي لنا سلمى كيف أنها تقارن الأسعار في كل المتاجر.", "سلمى",
			[]string{"indirect|تقارن الأسعار في كل المتاجر|سلمى"}},
		{"روي the name Roy is no verb of speech", "وقال روي مور إن الانتخابات مزورة.", "روي مور",
			[]string{"indirect|الانتخابات مزورة|روي مور"}},
		{"روته the name Rutte is no verb of speech", "وقال رئيس الوزراء الهولندي، مارك روته، إن المفاوضات صعبة.", "مارك روته",
			[]string{"indirect|المفاوضات صعبة|رئيس الوزراء الهولندي، مارك روته"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := describe(analyseWithPerson(t, tt.text, tt.person))
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

// TestStormIsNoSpeaker checks that a name after a word for a storm
// (الإعصار فلورا), and that name again, speaks nothing.
func TestStormIsNoSpeaker(t *testing.T) {
	text := "يتجه الإعصار مايا إلى سواحل الجزيرة، كما أعلن المركز الوطني للأرصاد، صباح الأحد، واصفا العاصفة بأنها \"بالغة الخطورة\". وقالت مايا إن الموسم صعب."
	d := marsad.NewDocument(text)
	d.Paragraphs = []marsad.Span{{Start: 0, End: len([]rune(text))}}
	a, _ := arabic.NewStage()
	a.Process(d)
	for _, i := range []int{strings.Index(text, "مايا"), strings.LastIndex(text, "مايا")} {
		start := len([]rune(text[:i]))
		d.Entities = append(d.Entities, marsad.Entity{Span: marsad.Span{Start: start, End: start + len([]rune("مايا"))}, Text: "مايا", Type: marsad.PER})
	}
	q, _ := quote.New()
	if err := q.Process(d); err != nil {
		t.Fatal(err)
	}
	got := describe(d)
	if len(got) != 2 || got[0] != "direct|بالغة الخطورة|المركز الوطني للأرصاد" {
		t.Errorf("got %q, want the centre to describe the storm", got)
	}
	for _, q := range d.Quotes {
		if q.Speaker != nil && q.Speaker.Text == "مايا" {
			t.Errorf("the storm speaks %q", q.Text)
		}
	}
	if d := analyseWithPerson(t, "وقال الخبير إن المنطقة في عين العاصفة\n\nمايا قالت إن الموسم صعب.", "مايا"); len(d.Quotes) < 2 || d.Quotes[1].Speaker == nil || d.Quotes[1].Speaker.Text != "مايا" {
		t.Errorf("a heading's storm names no one in the next paragraph: %q", describe(d))
	}
	if d.Entities[0].Type != marsad.PER {
		t.Errorf("the document's entity retyped to %s: the quote stage keeps its own copy", d.Entities[0].Type)
	}
}

// TestTimeWithConjunction checks that a weekday whose time expression
// leaves out the conjunction on it (والسبت قال إن) is still no speaker.
func TestTimeWithConjunction(t *testing.T) {
	text := "ويتهمها الوزير بمساعدة المهربين. والسبت قال إن السفينة \"لن ترى مرفأ البلاد\" مرة أخرى."
	d := marsad.NewDocument(text)
	d.Paragraphs = []marsad.Span{{Start: 0, End: len([]rune(text))}}
	a, _ := arabic.NewStage()
	a.Process(d)
	at := strings.Index(text, "السبت")
	start := len([]rune(text[:at]))
	d.Times = []marsad.Time{{Span: marsad.Span{Start: start, End: start + len([]rune("السبت"))}, Text: "السبت", Type: marsad.Date}}
	q, _ := quote.New()
	if err := q.Process(d); err != nil {
		t.Fatal(err)
	}
	for _, qt := range d.Quotes {
		if qt.Speaker != nil && strings.Contains(qt.Speaker.Text, "السبت") {
			t.Errorf("speaker %q, a day", qt.Speaker.Text)
		}
	}
}

// TestThingAfterFrontedTime checks that a time that opens the sentence
// before its verb (والشهر الماضي قدمت النقابة ...) does not hide the verb's
// subject, who says what the thing after التي is.
func TestThingAfterFrontedTime(t *testing.T) {
	text := "والشهر الماضي قدمت النقابة شكوى ضد الإجراءات التي قالت إنها تمس حقوق العمال."
	d := marsad.NewDocument(text)
	d.Paragraphs = []marsad.Span{{Start: 0, End: len([]rune(text))}}
	a, _ := arabic.NewStage()
	a.Process(d)
	n := len([]rune("والشهر الماضي"))
	d.Times = []marsad.Time{{Span: marsad.Span{Start: 1, End: n}, Text: "الشهر الماضي", Type: marsad.Date}}
	q, _ := quote.New()
	if err := q.Process(d); err != nil {
		t.Fatal(err)
	}
	got, want := strings.Join(describe(d), "\n"), "indirect|تمس حقوق العمال|النقابة"
	if got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

// TestPlaceOfParticipleForm checks a place whose name has the form of a
// circumstantial participle (مالطا، ماليزيا): it does not end the speaker.
func TestPlaceOfParticipleForm(t *testing.T) {
	tests := []struct {
		name, text, place string
		want              []string
	}{
		{"a government's country", "ونقلت الوكالة عن متحدث باسم حكومة مالطا قوله إن السفينة لن ترسو.", "مالطا",
			[]string{"indirect|السفينة لن ترسو|متحدث باسم حكومة مالطا"}},
		{"a capital", "وقال قائد شرطة العاصمة مانيلا إن المتهم خطير.", "مانيلا",
			[]string{"indirect|المتهم خطير|قائد شرطة العاصمة مانيلا"}},
		{"a participle that is no place", "وقال قائد الشرطة مبتسما إن المتهم خطير.", "الشرطة",
			[]string{"indirect|المتهم خطير|قائد الشرطة"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := describe(analyseWithEntity(t, tt.text, tt.place, marsad.LOC))
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

// analyseWithPersons runs the text stage, marks the first occurrence of
// each name as a person, and runs the quote stage.
func analyseWithPersons(t *testing.T, text string, names ...string) *marsad.Document {
	t.Helper()
	ents := make([][2]string, len(names))
	for i, name := range names {
		ents[i] = [2]string{name, marsad.PER}
	}
	return analyseWithEntities(t, text, ents...)
}

// TestParticipleSubject checks that a circumstantial participle (قائلا،
// مؤكدا) speaks for the subject of the verb its sentence opens with, not
// for a person named in that verb's object, unless that person is the
// subject of a verb of his own.
func TestParticipleSubject(t *testing.T) {
	tests := []struct {
		name, text string
		persons    []string
		want       []string
	}{
		{"the subject after his title, not the one in the object", "وحيا رئيس الوزراء سامي العلي جهود الرئيس كريم الحسن قائلا إنه دعم المفاوضات حتى النهاية.",
			[]string{"سامي العلي", "كريم الحسن"}, []string{"indirect|دعم المفاوضات حتى النهاية|سامي العلي"}},
		{"the subject right after the verb", "ورحب سامي العلي بالإفراج عن كريم الحسن مؤكدا أن القرار جاء متأخرا.",
			[]string{"سامي العلي", "كريم الحسن"}, []string{"indirect|القرار جاء متأخرا|سامي العلي"}},
		{"the subject of a relative clause right before the participle", "وكان سامي العلي قال في كلمة: \"لن نوقع هذا الاتفاق أبدا\"، وهو الأمر الذي رد عليه الوزير، كريم الحسن قائلا إن الاتفاق \"يحمي مصالح البلاد كلها\".",
			[]string{"سامي العلي", "كريم الحسن"}, []string{"direct|لن نوقع هذا الاتفاق أبدا|سامي العلي", "indirect|الاتفاق \"يحمي مصالح البلاد كلها\"|كريم الحسن", "direct|يحمي مصالح البلاد كلها|كريم الحسن"}},
		{"the subject of a relative clause far before the participle", "وقال سامي العلي ردا على سؤال عن الخطة التي تحدث عنها كريم الحسن: \"الخطة قديمة ولا جديد فيها\"، مضيفا \"لن نغير موقفنا منها\".",
			[]string{"سامي العلي", "كريم الحسن"}, []string{"direct|الخطة قديمة ولا جديد فيها|سامي العلي", "direct|لن نغير موقفنا منها|سامي العلي"}},
		{"the subject between كان and a verb of describing, not the one in its object", "وقال الوزير إن الطريق مغلق. وكان السفير سامي العلي وصف التقارير عن اعتقال الصحفي كريم الحسن بالكاذبة قائلا إنه \"لا أساس لها من الصحة\".",
			[]string{"سامي العلي", "كريم الحسن"}, []string{"indirect|الطريق مغلق|الوزير", "indirect|لا أساس لها من الصحة|السفير سامي العلي", "direct|لا أساس لها من الصحة|السفير سامي العلي"}},
		{"the one who describes after his title speaks next", "وقالت الحركة في بيان إن الهجوم فشل. ومن العاصمة، وصف رئيس الوزراء سامي العلي ما حصل بأنه \"خطير\". وقال في بيان \"سنرد في الوقت المناسب\".",
			[]string{"سامي العلي"}, []string{"indirect|الهجوم فشل|الحركة", "direct|سنرد في الوقت المناسب|رئيس الوزراء سامي العلي"}},
		{"a name after a plural subject of a verb of accusing is the one accused", "وقال سامي العلي إن الانتخابات نزيهة. ويتهم المعارضون سامي العلي الذي يحكم منذ سنوات بتزوير النتائج. وأضاف \"لن أترك منصبي\".",
			[]string{"سامي العلي"}, []string{"indirect|الانتخابات نزيهة|سامي العلي", "direct|لن أترك منصبي|سامي العلي"}},
		{"the one who gives his words after أدلى speaks next", "واتهم الوزير سامي العلي الشركة بالتقصير. وأدلى الرئيس بتعليقاته في زيارته للمدينة. وقال إن الحادث \"مؤلم للجميع\".",
			[]string{"سامي العلي"}, []string{"indirect|الحادث \"مؤلم للجميع\"|الرئيس"}},
		{"the person named after the body after باسم speaks", "وقال الناطق الرسمي باسم \"غرفة العمليات المركزية في الجنوب\" سامي العلي لوكالة الأنباء \"لم تسفر الجولة عن أي نتائج حتى الآن\".",
			[]string{"سامي العلي"}, []string{"direct|لم تسفر الجولة عن أي نتائج حتى الآن|الناطق الرسمي باسم \"غرفة العمليات المركزية في الجنوب\" سامي العلي"}},
		{"the subject of a clause of his own", "وانتقد سامي العلي الاتفاق في الوقت الذي دافع فيه كريم الحسن عنه مشيرا إلى أنه يحمي البلاد.",
			[]string{"سامي العلي", "كريم الحسن"}, []string{"indirect|يحمي البلاد|كريم الحسن"}},
		{"the name between commas after the title, not the one in the object", "وأشاد وزير الخارجية، الشيخ سامي العلي، بقرار الرئيس، كريم الحسن بفتح الحدود، لافتا إلى أن القرار \"خطوة شجاعة\" من الرئيس.",
			[]string{"سامي العلي", "كريم الحسن"}, []string{"indirect|القرار \"خطوة شجاعة\" من الرئيس|سامي العلي"}},
		{"a verb written with a shadda is no preposition", "عبّر وزير الخارجية، الشيخ سامي العلي، عن دعمه لقرار الرئيس، كريم الحسن بفتح الحدود، لافتا إلى أن القرار جاء في وقته.",
			[]string{"سامي العلي", "كريم الحسن"}, []string{"indirect|القرار جاء في وقته|سامي العلي"}},
		{"a party no tagger named, not the one in its object", "ورفض حزب التجديد الوطني مطلب إقالة كريم الحسن قائلا إن إقالته تضر بالاقتصاد.",
			[]string{"كريم الحسن"}, []string{"indirect|إقالته تضر بالاقتصاد|حزب التجديد الوطني"}},
		{"a title in ة before the name of the one who holds it", "وسارعت رئيسة الجمعية الوطنية للنساء سلمى الحسن إلى الترحيب بالقرار، مؤكدة أن القرار جاء في وقته.",
			[]string{"سلمى الحسن"}, []string{"indirect|القرار جاء في وقته|سلمى الحسن"}},
		{"the subject before a verb of describing inside another's report", "وقال موقع أنباء على الإنترنت أن رئيس البرلمان علي الحسن وصف الرئيس كريم العلي بأنه \"سياسي فاشل ومغرور\".",
			[]string{"الحسن", "كريم العلي"}, []string{"indirect|رئيس البرلمان علي الحسن وصف الرئيس كريم العلي بأنه \"سياسي فاشل ومغرور\"|موقع أنباء", "direct|سياسي فاشل ومغرور|رئيس البرلمان علي الحسن"}},
		{"the one who tells, not the one told after أبلغ", "وجاء في بيان للرئاسة أن الرئيس الفرنسي أبلغ كريم الحسن في اتصال هاتفي بضرورة وقف القتال، مضيفا أن المراقبة ستكون شاملة.",
			[]string{"كريم الحسن"}, []string{"indirect|الرئيس الفرنسي أبلغ كريم الحسن في اتصال هاتفي بضرورة وقف القتال|بيان للرئاسة", "indirect|المراقبة ستكون شاملة|الرئيس الفرنسي"}},
		{"one who sees the need after التي", "وعرضت الأزياء من تصميم سلمى الحسن التي رأت ضرورة أن تكون الثياب خفيفة وعملية.",
			[]string{"سلمى الحسن"}, []string{"indirect|تكون الثياب خفيفة وعملية|سلمى الحسن"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := describe(analyseWithPersons(t, tt.text, tt.persons...))
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

// TestOpeningBody checks that a quotation with no cue in a sentence that
// opens with a verb and an organisation is the organisation's, not the
// words of the last speaker of paragraphs before.
func TestOpeningBody(t *testing.T) {
	tests := []struct {
		name, text, org string
		want            []string
	}{
		{"the body the sentence opens with", "وذكرت الوزارة أنها تعتبر الخطوة مخالفة للقانون. وقتل عشرة أشخاص في الهجوم. وبدأت الجامعة العربية الأربعاء اجتماعا طارئا في القاهرة \"لبحث الرد على القرار غير القانوني بنقل السفارة إلى المدينة\".", "الجامعة العربية",
			[]string{"indirect|تعتبر الخطوة مخالفة للقانون|الوزارة", "direct|لبحث الرد على القرار غير القانوني بنقل السفارة إلى المدينة|الجامعة العربية"}},
		{"a body after a preposition opens no subject", "وذكرت الوزارة أنها تعتبر الخطوة مخالفة للقانون. ومع الجامعة العربية بدأ الوفد الأربعاء اجتماعا طارئا \"لبحث الرد على القرار غير القانوني بنقل السفارة إلى المدينة\".", "الجامعة العربية",
			[]string{"indirect|تعتبر الخطوة مخالفة للقانون|الوزارة", "direct|لبحث الرد على القرار غير القانوني بنقل السفارة إلى المدينة|الوزارة"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := describe(analyseWithEntity(t, tt.text, tt.org, marsad.ORG))
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

// analyseWithEntities runs the text stage, marks the first occurrence of
// each name with its type, in text order, and runs the quote stage.
func analyseWithEntities(t *testing.T, text string, ents ...[2]string) *marsad.Document {
	t.Helper()
	d := marsad.NewDocument(text)
	d.Paragraphs = []marsad.Span{{Start: 0, End: len([]rune(text))}}
	a, _ := arabic.NewStage()
	a.Process(d)
	for _, e := range ents {
		if i := strings.Index(text, e[0]); i >= 0 {
			start := len([]rune(text[:i]))
			d.Entities = append(d.Entities, marsad.Entity{Span: marsad.Span{Start: start, End: start + len([]rune(e[0]))}, Text: e[0], Type: e[1]})
		}
	}
	sort.Slice(d.Entities, func(i, j int) bool { return d.Entities[i].Start < d.Entities[j].Start })
	q, _ := quote.New()
	if err := q.Process(d); err != nil {
		t.Fatal(err)
	}
	return d
}

// TestSpeakerOfOwnClause checks speakers read from the clause's own
// subject, not from the one told or addressed: the subject between كان
// and قد before the verb; the subject of the opening verb for a participle
// that agrees with it; a state before the one it speaks to after ل.
func TestSpeakerOfOwnClause(t *testing.T) {
	tests := []struct {
		name, text string
		ents       [][2]string
		want       []string
	}{
		{"the subject between كان and قد, not the one told", "وكان وزير الخارجية، سامي العلي، قد أبلغ الرئيس كريم الحسن، خلال اجتماع الأحد، أن \"المهمة انتهت قبل يومين\".",
			[][2]string{{"سامي العلي", marsad.PER}, {"كريم الحسن", marsad.PER}},
			[]string{"indirect|المهمة انتهت قبل يومين|وزير الخارجية، سامي العلي", "direct|المهمة انتهت قبل يومين|وزير الخارجية، سامي العلي"}},
		{"the state the sentence opens with speaks the quotation with no cue", "وقال الوزير إن الطريق مغلق. ودعت قطر القوى الدولية إلى \"التحرك الفوري لوقف القتال في المدينة وحماية المدنيين العزل\".",
			[][2]string{{"قطر", marsad.LOC}},
			[]string{"indirect|الطريق مغلق|الوزير", "direct|التحرك الفوري لوقف القتال في المدينة وحماية المدنيين العزل|قطر"}},
		{"one who speaks of himself after a body's words is the last person who spoke", "وقال الوزير سامي العلي إن \"الطريق مغلق منذ يومين بسبب القصف\". وأعلن الجيش أنه قصف مواقع في المدينة. وأضاف: \"لا أعتقد أن كل شيء انتهى حتى الآن في المدينة\".",
			[][2]string{{"سامي العلي", marsad.PER}},
			[]string{"indirect|الطريق مغلق منذ يومين بسبب القصف|الوزير سامي العلي", "direct|الطريق مغلق منذ يومين بسبب القصف|الوزير سامي العلي", "indirect|قصف مواقع في المدينة|الجيش", "direct|لا أعتقد أن كل شيء انتهى حتى الآن في المدينة|الوزير سامي العلي"}},
		{"a state that issues a statement speaks in it", "وقالت الحركة إن صواريخها أصابت أهدافها. وفي المقابل أصدرت تونس بيانا قالت فيه إن الهجوم مرفوض.",
			[][2]string{{"تونس", marsad.LOC}},
			[]string{"indirect|صواريخها أصابت أهدافها|الحركة", "indirect|الهجوم مرفوض|تونس"}},
		{"the subject between كان and a time between commas, not the body after ل", "وكان مكتب الشؤون الإنسانية التابع للأمم المتحدة في سوريا، الاثنين، قال إن المساعدات لم تصل.",
			[][2]string{{"الأمم المتحدة", marsad.ORG}},
			[]string{"indirect|المساعدات لم تصل|مكتب الشؤون الإنسانية التابع للأمم المتحدة في سوريا"}},
		{"a name with a hyphen goes on past eight words", "وقال وزير شؤون التوحيد في كوريا الجنوبية سامي العلي-حسن الذي ترأس الوفد إنه من المهم أن تستمر المحادثات.",
			[][2]string{{"سامي العلي-حسن", marsad.PER}},
			[]string{"indirect|من المهم أن تستمر المحادثات|وزير شؤون التوحيد في كوريا الجنوبية سامي العلي-حسن"}},
		{"the body speaks, not the one who heads it", "وأكد مجلس الوزراء برئاسة سامي العلي أن الميزانية الجديدة ستقر الشهر المقبل.",
			[][2]string{{"سامي العلي", marsad.PER}},
			[]string{"indirect|الميزانية الجديدة ستقر الشهر المقبل|مجلس الوزراء"}},
		{"a comma after عن does not hide the one relayed", "ونقلت وكالة الأنباء عن، سامي العلي، المتحدث باسم الجبهة قوله إنهم وافقوا على الاتفاق.",
			[][2]string{{"سامي العلي", marsad.PER}},
			[]string{"indirect|وافقوا على الاتفاق|سامي العلي"}},
		{"the pronoun after لكن is not the one named in a clause before", "وقال المصدر إنه لا دليل على مقتل الصحفي. ولم يصل إلى حد القول إن الأمير سامي العلي أمر بذلك، لكنه رأى أن \"الخطة لا يمكن أن تنفذ دون موافقته\".",
			[][2]string{{"سامي العلي", marsad.PER}},
			[]string{"indirect|لا دليل على مقتل الصحفي|المصدر", "indirect|الخطة لا يمكن أن تنفذ دون موافقته|المصدر", "direct|الخطة لا يمكن أن تنفذ دون موافقته|المصدر"}},
		{"a participle of accusing with its object keeps its quotation", "وهاجم سامي العلي المعارضة متهما إياها بـ\"الخيانة والتخابر\".",
			[][2]string{{"سامي العلي", marsad.PER}},
			[]string{"direct|الخيانة والتخابر|سامي العلي"}},
		{"a participle agreeing with the state the sentence opens with", "دعت تونس الأحد المجتمع الدولي ومجلس الأمن للتحرك ضد القرار، محذرة من سعي الحكومة إلى محو \"الحقوق الثابتة للسكان في أرضهم وممتلكاتهم\".",
			[][2]string{{"تونس", marsad.LOC}, {"مجلس الأمن", marsad.ORG}},
			[]string{"direct|الحقوق الثابتة للسكان في أرضهم وممتلكاتهم|تونس"}},
		{"a participle agreeing with a body no name was tagged for", "وقالت تونس إن الجهاز استخدم في الهجوم. أصدرت وزارة الخارجية الليبية بيانا رسميا الأحد، قائلة إنها ضحية \"حملة مغرضة تدار بطريقة مكشوفة\".",
			[][2]string{{"تونس", marsad.LOC}},
			[]string{"indirect|الجهاز استخدم في الهجوم|تونس", "indirect|ضحية \"حملة مغرضة تدار بطريقة مكشوفة\"|وزارة الخارجية الليبية", "direct|حملة مغرضة تدار بطريقة مكشوفة|وزارة الخارجية الليبية"}},
		{"the body without its object", "وقال المصدر إن الأمطار غزيرة. ودعت وزارة الداخلية السائقين إلى الحذر، مؤكدة أن الطرق بين المدن غير سالكة.",
			nil,
			[]string{"indirect|الأمطار غزيرة|المصدر", "indirect|الطرق بين المدن غير سالكة|وزارة الداخلية"}},
		{"a participle of the subject of a relative clause before it", "اتهمت قطر جارتها بمنع مواطنيها من السفر، الأمر الذي تنفيه الرياض، قائلة إن الخلاف لن يمنع أحدا من السفر.",
			[][2]string{{"قطر", marsad.LOC}, {"الرياض", marsad.LOC}},
			[]string{"indirect|الخلاف لن يمنع أحدا من السفر|"}},
		{"the one written to after إلى is not the writer", "وكتب وزير الداخلية، سامي العلي، إلى وزير الخارجية كريم الحسن، قائلا إن \"الحدود ستفتح الأسبوع المقبل أمام العائدين\".",
			[][2]string{{"سامي العلي", marsad.PER}, {"كريم الحسن", marsad.PER}},
			[]string{"indirect|الحدود ستفتح الأسبوع المقبل أمام العائدين|سامي العلي", "direct|الحدود ستفتح الأسبوع المقبل أمام العائدين|سامي العلي"}},
		{"the one a letter is sent to after ل is not the writer", "وقد بعث الرئيس، سامي العلي، برسالة لنظيره، كريم الحسن، مؤكدا أن بلاده تدعم الحوار.",
			[][2]string{{"سامي العلي", marsad.PER}, {"كريم الحسن", marsad.PER}},
			[]string{"indirect|بلاده تدعم الحوار|سامي العلي"}},
		{"a user of a site after a verb of writing is the writer", "وقال الشيخ إن العباءة ليست واجبة. وكتب مستخدم لموقع تويتر، يدعى سامر الحسن، قائلا \"العباءة عادة وليست من الدين في شيء أبدا\".",
			[][2]string{{"سامر الحسن", marsad.PER}},
			[]string{"indirect|العباءة ليست واجبة|الشيخ", "direct|العباءة عادة وليست من الدين في شيء أبدا|سامر الحسن"}},
		{"a state before the one it speaks to", "وقالت طهران للسفير إن بلاده ترفض القرار.",
			[][2]string{{"طهران", marsad.LOC}},
			[]string{"indirect|بلاده ترفض القرار|طهران"}},
		{"the subject after أما accuses, not the state after the verb", "وقال الوزير إن العقوبات مستمرة. أما الرئيس سامي العلي فاتهم كندا بنشر \"الفوضى والخراب في كل مكان\". وأكد أن المساعدات ستتوقف.",
			[][2]string{{"سامي العلي", marsad.PER}, {"كندا", marsad.LOC}},
			[]string{"indirect|العقوبات مستمرة|الوزير", "direct|الفوضى والخراب في كل مكان|الرئيس سامي العلي", "indirect|المساعدات ستتوقف|الرئيس سامي العلي"}},
		{"the one a reply is about is not the one who replies", "وقالت الخطيبة إن الانتظار طال. وردا على سؤال حول شعورها وهي تنتظر سامر الحسن في الخارج، قالت: \"شعرت بخوف كبير لم أعرفه من قبل في حياتي\".",
			[][2]string{{"سامر الحسن", marsad.PER}},
			[]string{"indirect|الانتظار طال|الخطيبة", "direct|شعرت بخوف كبير لم أعرفه من قبل في حياتي|الخطيبة"}},
		{"the one who replies after the first comma of the reply", "وردا على الانتقادات، دافع الوزير سامر الحسن عن القرار، وقال إن المعايير واضحة ولا تحتمل أي تأويل.",
			[][2]string{{"سامر الحسن", marsad.PER}},
			[]string{"indirect|المعايير واضحة ولا تحتمل أي تأويل|سامر الحسن"}},
		{"a time after أما is no subject", "وقال سامر الحسن إن الإضراب مستمر. أما اليوم، فأكد سامر الحسن: \"قوتي الوحيدة هي الناس ولن نستسلم أبدا\".",
			[][2]string{{"سامر الحسن", marsad.PER}},
			[]string{"indirect|الإضراب مستمر|سامر الحسن", "direct|قوتي الوحيدة هي الناس ولن نستسلم أبدا|سامر الحسن"}},
		{"a matter after أما is no subject", "وقال الوفد إن النساء يعملن. أما بخصوص موضوع السفر، فأشار الوفد إلى أن \"على كل المؤسسات إبلاغ الديوان عن أي عائق أمام المرأة\".",
			nil,
			[]string{"indirect|النساء يعملن|الوفد", "indirect|على كل المؤسسات إبلاغ الديوان عن أي عائق أمام المرأة|الوفد", "direct|على كل المؤسسات إبلاغ الديوان عن أي عائق أمام المرأة|الوفد"}},
		{"the pronoun of a complementizer tells, not the one told", "وأكد سامي العلي أنه أبلغ النواب الأجانب أن الخبر غير صحيح.",
			[][2]string{{"سامي العلي", marsad.PER}},
			[]string{"indirect|أبلغ النواب الأجانب أن الخبر غير صحيح|سامي العلي", "indirect|الخبر غير صحيح|سامي العلي"}},
		{"a subject with its place before the verb of telling", "وقالت صحف إن مسؤولا رفيعا في وزارة المالية أبلغ البرلمان أن الميزانية ستتأخر.",
			[][2]string{{"وزارة المالية", marsad.ORG}},
			[]string{"indirect|مسؤولا رفيعا في وزارة المالية أبلغ البرلمان أن الميزانية ستتأخر|صحف", "indirect|الميزانية ستتأخر|مسؤولا رفيعا في وزارة المالية"}},
		{"the subject after كان tells, not the one told", "وكان سامي العلي أبلغ الرئيس كريم الحسن، خلال زيارته، بأن الحوار هو الحل الوحيد.",
			[][2]string{{"سامي العلي", marsad.PER}, {"كريم الحسن", marsad.PER}},
			[]string{"indirect|الحوار هو الحل الوحيد|سامي العلي"}},
		{"a body told after the subject of the verb of telling", "وأبلغ ضباط في الجيش الكندي الأمم المتحدة أن القوات لن تنسحب.",
			[][2]string{{"الأمم المتحدة", marsad.ORG}},
			[]string{"indirect|القوات لن تنسحب|ضباط في الجيش الكندي"}},
		{"a quotation of the one who tells after the pronoun", "وقال سامي العلي إنه أبلغ كريم الحسن بأن \"الوقت ينفد أمام الجميع\".",
			[][2]string{{"سامي العلي", marsad.PER}, {"كريم الحسن", marsad.PER}},
			[]string{"indirect|أبلغ كريم الحسن بأن \"الوقت ينفد أمام الجميع\"|سامي العلي", "indirect|الوقت ينفد أمام الجميع|سامي العلي", "direct|الوقت ينفد أمام الجميع|سامي العلي"}},
		{"what is described does not speak", "وقالت الوزيرة سلمى خوري إن التحقيق مستمر. ووصفت ما جرى في المطار بأنه \"اعتداء على القانون الدولي\".",
			[][2]string{{"سلمى خوري", marsad.PER}},
			[]string{"indirect|التحقيق مستمر|الوزيرة سلمى خوري", "direct|اعتداء على القانون الدولي|الوزيرة سلمى خوري"}},
		{"a thing described alone after the verb does not speak", "وقال الوزير سامي العلي إن المفاوضات شاقة. ووصف الاتفاق بأنه \"خطوة نحو سلام دائم\".",
			[][2]string{{"سامي العلي", marsad.PER}},
			[]string{"indirect|المفاوضات شاقة|الوزير سامي العلي", "direct|خطوة نحو سلام دائم|الوزير سامي العلي"}},
		{"the one who describes after a relative", "وطلبت الوزارة تحقيقا، وفق المتحدثة باسمها سلمى خوري التي وصفت ما حدث بأنه \"خطير للغاية\".",
			[][2]string{{"سلمى خوري", marsad.PER}},
			[]string{"indirect|وطلبت الوزارة تحقيقا|المتحدثة باسمها سلمى خوري", "direct|خطير للغاية|سلمى خوري"}},
		{"a participle of describing joined to و", "وجاء ذلك بعد ساعات من إعلان الوزيرة سلمى خوري طرد عشرة دبلوماسيين، ممهلة إياهم أسبوعا واحدا لمغادرة البلاد وواصفة إياهم بــ \"عملاء استخبارات غير معلنين\".",
			[][2]string{{"سلمى خوري", marsad.PER}},
			[]string{"direct|عملاء استخبارات غير معلنين|سلمى خوري"}},
		{"the one told after a name and a bare noun of a construct", "وأبلغ سامي العلي زعماء الأحزاب أن الانتخابات ستجرى في موعدها.",
			[][2]string{{"سامي العلي", marsad.PER}},
			[]string{"indirect|الانتخابات ستجرى في موعدها|سامي العلي"}},
		{"an outlet told after an indefinite subject and its adjective", "وأبلغت مصادر برلمانية رويترز أن الجلسة تأجلت.",
			[][2]string{{"رويترز", marsad.ORG}},
			[]string{"indirect|الجلسة تأجلت|مصادر برلمانية"}},
		{"a body told after a definite subject", "وأخبرت النيابة المحكمة أن الأدلة كافية.",
			nil,
			[]string{"indirect|الأدلة كافية|النيابة"}},
		{"a plural told after a body", "وأبلغت الخارجية دبلوماسيين أجانب أن المعبر سيغلق.",
			nil,
			[]string{"indirect|المعبر سيغلق|الخارجية"}},
		{"two names after the verb of telling: the second is told", "وأبلغ سامي العلي كريم الحسن أن الاتفاق جاهز.",
			[][2]string{{"سامي العلي", marsad.PER}, {"كريم الحسن", marsad.PER}},
			[]string{"indirect|الاتفاق جاهز|سامي العلي"}},
		{"a title's name after the verb of warning stays the subject", "وحذر الرئيس الكندي سامي العلي الخميس من أن الأزمة ستطول.",
			[][2]string{{"سامي العلي", marsad.PER}},
			[]string{"indirect|الأزمة ستطول|الرئيس الكندي سامي العلي"}},
		{"what a report tells of her is not the report's telling", "وتفيد التقارير بأنها أخبرت صديقاتها بأنها ستغادر المدينة.",
			nil,
			[]string{"indirect|أخبرت صديقاتها بأنها ستغادر المدينة|التقارير", "indirect|ستغادر المدينة|"}},
		{"a participle of describing speaks for the delegation that opens the sentence", "رد وفد تونس لدى الجامعة العربية، الأحد، على بيان وفد المغرب أمام المجلس، واصفا ما ورد فيه بـ\"المغالطات الفاضحة\".",
			[][2]string{{"تونس", marsad.LOC}, {"الجامعة العربية", marsad.ORG}, {"المغرب", marsad.LOC}},
			[]string{"direct|المغالطات الفاضحة|وفد تونس"}},
		{"the name of a body goes on past ل before the verb", "وتوقف القتال لكن المرصد الوطني لحقوق الإنسان قال إن الاشتباكات استؤنفت.",
			[][2]string{{"المرصد الوطني", marsad.ORG}},
			[]string{"indirect|الاشتباكات استؤنفت|المرصد الوطني لحقوق الإنسان"}},
		{"a name in apposition before a verb of speech is the subject of the clause", "وذكرت وكالات أنباء محلية أن وزير المالية، سامي العلي، قال إن العجز تراجع.",
			[][2]string{{"سامي العلي", marsad.PER}},
			[]string{"indirect|وزير المالية، سامي العلي، قال إن العجز تراجع|وكالات أنباء محلية", "indirect|العجز تراجع|سامي العلي"}},
		{"a name before a comma and the verb it speaks with", "وأضاف الوزير أن كريم الحسن، أكد خلال اللقاء ضرورة أن تبقى الحدود مفتوحة.",
			[][2]string{{"كريم الحسن", marsad.PER}},
			[]string{"indirect|كريم الحسن، أكد خلال اللقاء ضرورة أن تبقى الحدود مفتوحة|الوزير", "indirect|تبقى الحدود مفتوحة|كريم الحسن"}},
		{"a title and its name in apposition after لكن speak", "لكن رئيسة لجنة الانتخابات، سلمى خوري، قالت إن المخالفات قليلة.",
			[][2]string{{"سلمى خوري", marsad.PER}},
			[]string{"indirect|المخالفات قليلة|سلمى خوري"}},
		{"a name in apposition after a preposition does not speak", "وفي اتصال مع وزير الخارجية، سامي العلي، قال كريم الحسن \"العلاقات متينة بين البلدين\".",
			[][2]string{{"سامي العلي", marsad.PER}, {"كريم الحسن", marsad.PER}},
			[]string{"direct|العلاقات متينة بين البلدين|كريم الحسن"}},
		{"the writer turns after في حين أن", "ونادرا ما تؤكد الحكومة غاراتها على المواقع في الجنوب، في حين أن رئيس الوزراء سامي العلي قال \"لن نتوقف عن ملاحقة المسلحين في أي مكان\".",
			[][2]string{{"سامي العلي", marsad.PER}},
			[]string{"direct|لن نتوقف عن ملاحقة المسلحين في أي مكان|سامي العلي"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := describe(analyseWithEntities(t, tt.text, tt.ents...))
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

// TestNearerSpeaker checks a speaker nearer than the last one: the one who
// issues a statement speaks the next verb with no subject; a relative joined
// by و after a clause of هي or هو goes back to the noun that clause
// describes; the words after a verb of speech that hold a first person are
// said, not who says them; an attribution that opens the sentence names
// the source of a quotation with no cue in it, unless a person is the
// subject of a verb of his own before it.
func TestNearerSpeaker(t *testing.T) {
	tests := []struct {
		name, text string
		ents       [][2]string
		want       []string
	}{
		{"the one who issues a statement speaks next", "وقالت الوزارة إن المباراة أجلت. ودفعت الانتقادات اللاعب سامر الحسن، إلى إصدار بيان لتوضيح موقفه. وقال إن الصور التقطت في حفل خيري.",
			[][2]string{{"سامر الحسن", marsad.PER}},
			[]string{"indirect|المباراة أجلت|الوزارة", "indirect|الصور التقطت في حفل خيري|سامر الحسن"}},
		{"the name after أصدر before بيانا speaks next", "وقالت الوزارة إن المباراة أجلت. وأصدر سامر الحسن بيانا حول الصور. وقال إن الصور التقطت في حفل خيري.",
			[][2]string{{"سامر الحسن", marsad.PER}},
			[]string{"indirect|المباراة أجلت|الوزارة", "indirect|الصور التقطت في حفل خيري|سامر الحسن"}},
		{"a relative joined by و goes back to the noun described", "وقال الوزير إن الإقبال ضعيف. ومن هؤلاء حليمة، وهي ربة منزل في الأربعين من عمرها، والتي قالت للصحفيين \"الانتخابات لن تغير شيئا في حياتنا اليومية أبدا\".",
			nil,
			[]string{"indirect|الإقبال ضعيف|الوزير", "direct|الانتخابات لن تغير شيئا في حياتنا اليومية أبدا|حليمة"}},
		{"words in the first person are not the subject", "وقالت الرسامة إن الحرب طويلة. وتضيف الكثير يشجعونني والبعض ضد ما أقوم به ومنهم \"سلطة الأمر الواقع في المدينة\". وقالت \"لن أتوقف عن الرسم مهما حدث في المدينة\".",
			nil,
			[]string{"indirect|الحرب طويلة|الرسامة", "direct|سلطة الأمر الواقع في المدينة|الرسامة", "direct|لن أتوقف عن الرسم مهما حدث في المدينة|الرسامة"}},
		{"an attribution that opens the sentence names the source", "وقالت الحكومة إن الناشط اعتقل. وبحسب منظمة العفو الدولية، تعرض سامر \"لاعتداءات بدنية وتهديدات بالقتل وخضع للمراقبة الحكومية طوال سنوات\".",
			[][2]string{{"منظمة العفو الدولية", marsad.ORG}, {"سامر", marsad.PER}},
			[]string{"indirect|الناشط اعتقل|الحكومة", "direct|لاعتداءات بدنية وتهديدات بالقتل وخضع للمراقبة الحكومية طوال سنوات|منظمة العفو الدولية"}},
		{"a person with a verb of his own after the attribution", "وقال الزعيم إن المال يحكم. وبحسب ما نقلته قناة \"المدينة\"، فإن سامر يعتبر \"معايير الحكومة هي معايير المال ولا شيء غير ذلك أبدا\".",
			[][2]string{{"سامر", marsad.PER}},
			[]string{"indirect|المال يحكم|الزعيم", "direct|معايير الحكومة هي معايير المال ولا شيء غير ذلك أبدا|الزعيم"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := describe(analyseWithEntities(t, tt.text, tt.ents...))
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestSpeakerAgreesInGender(t *testing.T) {
	tests := []struct {
		name  string
		paras []string
		want  []string // kind|text|speaker
	}{
		{"a feminine verb passes over a man who spoke last", []string{"وقالت المتحدثة باسم الوزارة إن الزيارة ستتم قريبا.", "وقال المسؤول المحلي إن الطرق مغلقة بسبب الثلوج.", "وأضافت أن الوزير سيلتقي نظيره يوم الأحد."},
			[]string{"indirect|الزيارة ستتم قريبا|المتحدثة باسم الوزارة", "indirect|الطرق مغلقة بسبب الثلوج|المسؤول المحلي", "indirect|الوزير سيلتقي نظيره يوم الأحد|المتحدثة باسم الوزارة"}},
		{"a feminine verb goes to the body a sentence opened with", []string{"وقال المسؤول المحلي إن الطرق مغلقة بسبب الثلوج.", "وأبدت الحكومة الفرنسية قلقها من تدهور الأوضاع.", "وقالت إن الحوار هو السبيل الوحيد."},
			[]string{"indirect|الطرق مغلقة بسبب الثلوج|المسؤول المحلي", "indirect|الحوار هو السبيل الوحيد|الحكومة الفرنسية"}},
		{"a body in construct opens the sentence, not its object", []string{"وقال المسؤول المحلي إن الطرق مغلقة بسبب الثلوج.", "وانتقدت وزارة الصحة الإجراءات الجديدة.", "وقالت إن المستشفيات مستعدة."},
			[]string{"indirect|الطرق مغلقة بسبب الثلوج|المسؤول المحلي", "indirect|المستشفيات مستعدة|وزارة الصحة"}},
		{"a masculine verb passes over a body that spoke last in the feminine", []string{"وقال مدير المستشفى إن المصابين في حالة مستقرة.", "وقالت الشرطة إن التحقيق ما زال جاريا.", "وأضاف أن الأطباء يعملون بلا توقف."},
			[]string{"indirect|المصابين في حالة مستقرة|مدير المستشفى", "indirect|التحقيق ما زال جاريا|الشرطة", "indirect|الأطباء يعملون بلا توقف|مدير المستشفى"}},
		{"a verb of the same gender continues the last speaker", []string{"وقال المسؤول المحلي إن الطرق مغلقة بسبب الثلوج.", "وأضاف أن فرق الإنقاذ تعمل بلا توقف."},
			[]string{"indirect|الطرق مغلقة بسبب الثلوج|المسؤول المحلي", "indirect|فرق الإنقاذ تعمل بلا توقف|المسؤول المحلي"}},
		{"a feminine verb after ثم opens its sentence", []string{"وقالت النائبة إن القانون سيمر.", "وقال رئيس الكتلة إن التصويت تأجل.", "ثم قالت إن الحوار مستمر بين الكتل."},
			[]string{"indirect|القانون سيمر|النائبة", "indirect|التصويت تأجل|رئيس الكتلة", "indirect|الحوار مستمر بين الكتل|النائبة"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := describe(analyse(t, tc.paras...))
			if strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
				t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(tc.want, "\n"))
			}
		})
	}
}

func TestWriterOfStatement(t *testing.T) {
	tests := []struct {
		name  string
		paras []string
		want  []string // kind|text|speaker
	}{
		{"the subject of the verb that issued the statement", []string{"وقال رئيس البلدية إن الطريق سيفتح غدا.", "وأصدرت وزارة الصحة بيانا جاء فيه: \"لا توجد إصابات جديدة في المدينة\"."},
			[]string{"indirect|الطريق سيفتح غدا|رئيس البلدية", "direct|لا توجد إصابات جديدة في المدينة|وزارة الصحة"}},
		{"the subject with an adjective, a comma after the statement", []string{"وقال رئيس البلدية إن الطريق سيفتح غدا.", "ونشرت الشرطة المحلية بيانا مقتضبا، جاء فيه: \"الوضع تحت السيطرة الكاملة\"."},
			[]string{"indirect|الطريق سيفتح غدا|رئيس البلدية", "direct|الوضع تحت السيطرة الكاملة|الشرطة المحلية"}},
		{"the body after لـ that the statement belongs to", []string{"وقال رئيس البلدية إن الطريق سيفتح غدا.", "وفي بيان لوزارة الخارجية جاء فيه: \"نرفض هذه الاتهامات جملة وتفصيلا\"."},
			[]string{"indirect|الطريق سيفتح غدا|رئيس البلدية", "direct|نرفض هذه الاتهامات جملة وتفصيلا|وزارة الخارجية"}},
		{"the noun a relative before the verb stands for", []string{"وقال رئيس البلدية إن الطريق سيفتح غدا.", "ورد مكتب الإعلام الحكومي الذي أصدر بيانا جاء فيه: \"هذه الأخبار غير صحيحة\"."},
			[]string{"indirect|الطريق سيفتح غدا|رئيس البلدية", "direct|هذه الأخبار غير صحيحة|مكتب الإعلام الحكومي"}},
		{"the one a statement is issued by", []string{"وقال رئيس البلدية إن الطريق سيفتح غدا.", "وبحسب بيان صادر عن الجيش جاء فيه: \"تم تدمير مخزن للأسلحة\"."},
			[]string{"indirect|الطريق سيفتح غدا|رئيس البلدية", "direct|تم تدمير مخزن للأسلحة|الجيش"}},
		{"a council named by a word with no article", []string{"وقال رئيس البلدية إن الطريق سيفتح غدا.", "وأصدر مجلس حلب المحلي بيانا جاء فيه: \"المياه ستعود خلال يومين\"."},
			[]string{"indirect|الطريق سيفتح غدا|رئيس البلدية", "direct|المياه ستعود خلال يومين|مجلس حلب المحلي"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := describe(analyse(t, tc.paras...))
			if strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
				t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(tc.want, "\n"))
			}
		})
	}
}

func TestSpeakerAgreesInNumber(t *testing.T) {
	tests := []struct {
		name     string
		text     string
		entities map[string]string // text → type
		want     string
	}{
		{"a plural verb goes to the subject of the opening verb, not the man spoken against", "ورفع المتظاهرون لافتات ضد الوزير سامر الحسن وأعضاء حكومته وقالوا إن مطالبهم لم تتحقق.",
			map[string]string{"سامر الحسن": marsad.PER}, "indirect|مطالبهم لم تتحقق|المتظاهرون"},
		{"a plural subject with a word of quantity before the verb", "لكن بعض مساعدي الوزير سامر الحسن قالوا إن القرار تأجل.",
			map[string]string{"سامر الحسن": marsad.PER}, "indirect|القرار تأجل|بعض مساعدي الوزير"},
		{"a dual verb goes to the two joined by و before it", "وكان سامر الحسن ومساعده نادر العلي أكدا أن الصفقة ألغيت.",
			map[string]string{"سامر الحسن": marsad.PER, "نادر العلي": marsad.PER}, "indirect|الصفقة ألغيت|سامر الحسن ومساعده نادر العلي"},
		{"a dual noun before a dual verb", "وفي طريقه إلى القاعة استوقف سامر الحسن امرأتان قالتا له إنهما فقدتا منزليهما.",
			map[string]string{"سامر الحسن": marsad.PER}, "indirect|فقدتا منزليهما|امرأتان"},
		{"a dual verb goes to two states joined by و, not the man spoken against", "ووقفت مصر إلى جانب الرئيس سامر الحسن، بينما وقفت تونس والمغرب ضده، وقالتا إن الانتخابات لم تكن نزيهة.",
			map[string]string{"مصر": marsad.LOC, "سامر الحسن": marsad.PER, "تونس": marsad.LOC, "المغرب": marsad.LOC}, "indirect|الانتخابات لم تكن نزيهة|تونس والمغرب"},
		{"an indefinite dual right before the verb after a preposition", "واعترف سامر الحسن بدفع مبالغ لرجلين، قالا إنهما عملا في حملته.",
			map[string]string{"سامر الحسن": marsad.PER}, "indirect|عملا في حملته|رجلين"},
		{"a plural verb with no subject goes back to the many who spoke before", "وقال المحتجون إن الشرطة اعتدت عليهم. والتقى الوزير سامر الحسن وفدا منهم. وأكدوا أنهم سيواصلون الاعتصام.",
			map[string]string{"سامر الحسن": marsad.PER}, "indirect|الشرطة اعتدت عليهم|المحتجون\nindirect|سيواصلون الاعتصام|المحتجون"},
		{"a singular verb with no subject passes over the many who spoke last", "وقال الوزير سامر الحسن إن الطريق سيفتح. وقال المحتجون إن الوعود لا تكفي. وأضاف أن الشرطة ستنسحب.",
			map[string]string{"سامر الحسن": marsad.PER}, "indirect|الطريق سيفتح|الوزير سامر الحسن\nindirect|الوعود لا تكفي|المحتجون\nindirect|الشرطة ستنسحب|الوزير سامر الحسن"},
		{"a singular verb with no subject goes to the man named in the sentence before when no one of its gender spoke", "وقال المحققون إن العبوة انفجرت ظهرا. وتحدثت الصحيفة إلى شهود، من بينهم سامر الحسن. وقال إنه سمع دويا هائلا.",
			map[string]string{"سامر الحسن": marsad.PER}, "indirect|العبوة انفجرت ظهرا|المحققون\nindirect|سمع دويا هائلا|سامر الحسن"},
		{"a body named by a plural is many too", "وقال المتحدث سامر الحسن إن القصف مستمر. وقال الحوثيون إنهم صدوا الهجوم. وأضاف أن الطرق مغلقة.",
			map[string]string{"سامر الحسن": marsad.PER, "الحوثيون": marsad.ORG}, "indirect|القصف مستمر|المتحدث سامر الحسن\nindirect|صدوا الهجوم|الحوثيون\nindirect|الطرق مغلقة|المتحدث سامر الحسن"},
		{"a singular verb before its plural subject (VSO) keeps it", "وقال الوزير سامر الحسن إن الطريق سيفتح. وقال المحتجون إن الوعود لا تكفي.",
			map[string]string{"سامر الحسن": marsad.PER}, "indirect|الطريق سيفتح|الوزير سامر الحسن\nindirect|الوعود لا تكفي|المحتجون"},
		{"a plural verb after one named alone keeps him when no many is named", "وقال سامر الحسن إن الطريق سيفتح. وأكدوا أن العمل بدأ.",
			map[string]string{"سامر الحسن": marsad.PER}, "indirect|الطريق سيفتح|سامر الحسن\nindirect|العمل بدأ|سامر الحسن"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := analyseWithEntityMap(t, tt.text, tt.entities)
			if got := strings.Join(describe(d), "\n"); got != tt.want {
				t.Errorf("got %s, want %s", got, tt.want)
			}
		})
	}
}

// TestParticipleAsAdjective checks that a participle of speech that
// describes the noun before it (إجراءات أمنية مشددة، تقارير غير مؤكدة) is
// no cue.
func TestParticipleAsAdjective(t *testing.T) {
	tests := []struct {
		name, text string
		persons    []string
		want       []string
	}{
		{"after an indefinite noun in ة, no comma between", "ووصل سامي العلي إلى المدينة وسط حراسة أمنية مشددة، على أن يلتقي المحافظ مساء الأحد.",
			[]string{"سامي العلي"}, nil},
		{"after غير", "وتقول تقارير غير مؤكدة إن المهاجم فر من المدينة.",
			nil, []string{"indirect|المهاجم فر من المدينة|تقارير غير مؤكدة"}},
		{"one that goes on to a colon still speaks", "وقالت المتحدثة إن تصريحاتها السابقة ما زالت قائمة قائلة: \"لم يتغير شيء\".",
			nil, []string{"indirect|تصريحاتها السابقة ما زالت قائمة قائلة: \"لم يتغير شيء\"|المتحدثة", "direct|لم يتغير شيء|المتحدثة"}},
		{"after a comma it still speaks", "ورفضت سلمى الحسن الخطة الجديدة، مؤكدة أن الوقت غير مناسب.",
			[]string{"سلمى الحسن"}, []string{"indirect|الوقت غير مناسب|سلمى الحسن"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := describe(analyseWithPersons(t, tt.text, tt.persons...))
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

// TestPluralParticiple checks that a plural participle of speech (مؤكدين،
// مشيرين، قائلين) goes to the many named before it as the subject of its
// clause, past another plural participle, and to no one else.
func TestPluralParticiple(t *testing.T) {
	tests := []struct {
		name, text string
		persons    []string
		want       []string
	}{
		{"the many who open the clause", "وتظاهر الطلاب أمام الوزارة في المدينة، مؤكدين أن الرسوم الجديدة تحرمهم من التعليم.",
			nil, []string{"indirect|الرسوم الجديدة تحرمهم من التعليم|الطلاب"}},
		{"past another plural participle", "واعتصم العمال أمام المصنع، مطالبين بصرف رواتبهم، ومشيرين إلى أن الإدارة لم تدفع منذ أشهر.",
			nil, []string{"indirect|الإدارة لم تدفع منذ أشهر|العمال"}},
		{"never one person", "والتقى الوزير سامي العلي وفدا من المزارعين، قائلين إن المحصول تضرر كثيرا.",
			[]string{"سامي العلي"}, []string{"indirect|المحصول تضرر كثيرا|"}},
		{"not the many after a preposition", "وقدمت الفرق الطبية العلاج لعدة أشخاص في البلدة، مضيفين أن القصف استمر طوال الليل.",
			nil, []string{"indirect|القصف استمر طوال الليل|"}},
		{"a plural with a pronoun takes no genitive", "ولم يخف محاموها قلقهم من المحاكمة، مؤكدين أن \"الملف لم يصلنا بعد\".",
			nil, []string{"indirect|الملف لم يصلنا بعد|محاموها", "direct|الملف لم يصلنا بعد|محاموها"}},
		{"a singular verb after it goes on with the one who spoke before", "وقالت سلمى الحسن إن المفاوضات متعثرة. وأصدر ناشطون بيانا، قائلين إن الحكومة تتحمل المسؤولية. وقالت إن الحوار \"لن يتوقف\".",
			[]string{"سلمى الحسن"}, []string{"indirect|المفاوضات متعثرة|سلمى الحسن", "indirect|الحكومة تتحمل المسؤولية|ناشطون", "indirect|الحوار \"لن يتوقف\"|سلمى الحسن"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := describe(analyseWithPersons(t, tt.text, tt.persons...))
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

// TestRoundTwentySix checks a name whose last part is إن after a hyphen
// (مون جاي-إن), a platform named where words were posted (على صفحته
// بموقع التواصل الاجتماعي، فيسبوك) that is no speaker, admitting (معترفا
// بأن) as a participle cue but not recognised (معترفا بها), the words of
// an attribution ending before a participle of their own, and an
// attribution set inside its clause, whose source ends before a relative
// clause with no relative pronoun (مسودة حصلت عليها الصحيفة), and a verb
// of speech with its subject before a source, whose words come after it
// (وقال الرئيس، بحسب الوكالة: "..."), is no report of the source; the
// subject of a verb after قد (وقد انتقده رئيس البرلمان، وقال) and of a
// verb of explaining after a quotation ("..." يشرح علي) speaks.
func TestRoundTwentySix(t *testing.T) {
	tests := []struct {
		name     string
		text     string
		entities map[string]string // text → type
		want     []string
	}{
		{"إن after a hyphen ends a name, it opens no clause", "وقال رئيس كوريا الجنوبية مون جاي-إن، الذي زار المدينة الأسبوع الماضي، إن المحادثات ستستأنف قريبا.",
			map[string]string{"مون جاي-إن": marsad.PER}, []string{"indirect|المحادثات ستستأنف قريبا|رئيس كوريا الجنوبية مون جاي-إن"}},
		{"a platform after a comma of apposition is where it posted", "جاء ذلك في بيان لوزارة الداخلية على صفحتها بموقع التواصل الاجتماعي، فيسبوك، حيث قالت: \"لن نسمح بأي اعتداء على حدودنا مهما كان الثمن\".",
			map[string]string{"وزارة الداخلية": marsad.ORG, "فيسبوك": marsad.ORG}, []string{"direct|لن نسمح بأي اعتداء على حدودنا مهما كان الثمن|وزارة الداخلية"}},
		{"a platform after على is where he posted", "ودافع الحزب الوطني عن قراره على تويتر، وقال إن \"الحملة ضدنا لن تغير شيئا من مواقفنا\".",
			map[string]string{"الحزب الوطني": marsad.ORG, "تويتر": marsad.ORG}, []string{"indirect|الحملة ضدنا لن تغير شيئا من مواقفنا|الحزب الوطني", "direct|الحملة ضدنا لن تغير شيئا من مواقفنا|الحزب الوطني"}},
		{"a platform as the subject after its verb speaks", "وقال فيسبوك إن الشركة حذفت آلاف الحسابات المزيفة.",
			map[string]string{"فيسبوك": marsad.ORG}, []string{"indirect|الشركة حذفت آلاف الحسابات المزيفة|فيسبوك"}},
		{"admitting opens a report of its own", "وتابع الوزير أن الحكومة تريد التعامل مع الملف بجدية، معترفا في الوقت نفسه بأن بلاده ارتكبت أخطاء في الماضي.",
			nil, []string{"indirect|الحكومة تريد التعامل مع الملف بجدية|الوزير", "indirect|بلاده ارتكبت أخطاء في الماضي|الوزير"}},
		{"admitting after a closing mark", "وترى الطالبة أن \"الامتحانات كانت صعبة جدا هذا العام\"، معترفة بأن الاستعداد لم يكن كافيا.",
			nil, []string{"indirect|الامتحانات كانت صعبة جدا هذا العام|الطالبة", "direct|الامتحانات كانت صعبة جدا هذا العام|الطالبة", "indirect|الاستعداد لم يكن كافيا|الطالبة"}},
		{"recognised is no cue", "وقال الوزير إن الحكومة الجديدة، معترفا بها من أغلب الدول، ستبدأ عملها غدا.",
			nil, []string{"indirect|الحكومة الجديدة، معترفا بها من أغلب الدول، ستبدأ عملها غدا|الوزير"}},
		{"the words after فإن end before a participle", "وبحسب التقرير، فإن المياه الجوفية في المنطقة تتناقص بسرعة كبيرة، مشيرا إلى أن المزارعين يستهلكون أغلبها.",
			nil, []string{"indirect|المياه الجوفية في المنطقة تتناقص بسرعة كبيرة|التقرير", "indirect|المزارعين يستهلكون أغلبها|التقرير"}},
		{"a source ends before its relative clause", "وطلبت الحكومة من البرلمان تأجيل التصويت على الموازنة، وفق وثيقة اطلعت عليها وكالة الأنباء المحلية.",
			nil, []string{"indirect|وطلبت الحكومة من البرلمان تأجيل التصويت على الموازنة|وثيقة"}},
		{"a verb of speech before a source whose words come after it, a colon", "وقال الرئيس في المقابلة، بحسب تقرير وكالة الأنباء المحلية: \"لن نتراجع عن الإصلاحات مهما كانت الضغوط علينا\".",
			nil, []string{"direct|لن نتراجع عن الإصلاحات مهما كانت الضغوط علينا|الرئيس"}},
		{"a verb of speech before a source whose words come after it, a mark", "وقال نائب وزير الخارجية سامر الحسن، بحسب ما نقلت عنه وكالة الأنباء الرسمية، \"المفاوضات وصلت إلى طريق مسدود ولا أمل في استئنافها قريبا\".",
			map[string]string{"سامر الحسن": marsad.PER}, []string{"direct|المفاوضات وصلت إلى طريق مسدود ولا أمل في استئنافها قريبا|نائب وزير الخارجية سامر الحسن"}},
		{"a preposition written apart ends the subject of the opening verb", "ونددت الرسالة بـ\"الإهمال المتعمد\" واعتبرت أن الإدارة فشلت في حماية العاملين.",
			nil, []string{"indirect|الإدارة فشلت في حماية العاملين|الرسالة"}},
		{"the subject of a verb after قد, not the verb with it", "وقال الوزير سامر الحسن إن الحكومة ستخفض الضرائب. وقد انتقده رئيس البرلمان، وقال إن الخطة لا تستند إلى أي دراسة.",
			map[string]string{"سامر الحسن": marsad.PER}, []string{"indirect|الحكومة ستخفض الضرائب|الوزير سامر الحسن", "indirect|الخطة لا تستند إلى أي دراسة|رئيس البرلمان"}},
		{"a verb of explaining after the quotation with its subject", "ويعيش الناس في الحي منذ عقود. \"أهل الحي يعانون من التمييز منذ سنوات طويلة\" يشرح علي مضيفا أن \"الحكومة لم تفعل شيئا لتغيير هذا الواقع\" على حد قوله.",
			nil, []string{"direct|أهل الحي يعانون من التمييز منذ سنوات طويلة|علي", "indirect|الحكومة لم تفعل شيئا لتغيير هذا الواقع|علي", "direct|الحكومة لم تفعل شيئا لتغيير هذا الواقع|علي"}},
		{"an attribution inside its clause", "ويدعو البيان الختامي حسب مسودة حصلت عليها الصحيفة إلى إرسال قوة دولية لحماية المدنيين في المنطقة.",
			nil, []string{"indirect|ويدعو البيان الختامي حسب مسودة حصلت عليها الصحيفة إلى إرسال قوة دولية لحماية المدنيين في المنطقة|مسودة"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := analyseWithEntityMap(t, tt.text, tt.entities)
			if got := describe(d); strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}
