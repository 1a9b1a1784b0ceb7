package quote_test

import (
	"strings"
	"testing"

	"github.com/marsad/marsad"
)

// TestOwnWordsAndOpeningSubject checks the speaker of an attribution to
// one's own words (بحسب تصريحاته، حسب بيان له: the one the pronoun goes
// back to), of a verb that opens its sentence after one whose subject
// reported nothing (أعلنت النائبة ... عن استقالتها. وأكدت أنها), of a
// deputy named after the party he sits for (النائب عن الحزب، فلان), and of
// a participle after a spokesman named after باسم and a day.
func TestOwnWordsAndOpeningSubject(t *testing.T) {
	tests := []struct {
		name     string
		text     string
		entities map[string]string
		want     []string
	}{
		{"his statements are his words", "رجّح الأمين العام للحزب سامي العبيدي اليوم وجود محاولات لإفشال الحوار، بحسب تصريحاته لإذاعة محلية.",
			map[string]string{"سامي العبيدي": marsad.PER}, []string{"indirect|رجّح الأمين العام للحزب سامي العبيدي اليوم وجود محاولات لإفشال الحوار|الأمين العام للحزب سامي العبيدي"}},
		{"a statement of its own after له, not its object", "وأكد الحزب الجمهوري تمسكه بالحوار مع جميع الأطراف، حسب بيان له.",
			map[string]string{"الحزب الجمهوري": marsad.ORG}, []string{"indirect|وأكد الحزب الجمهوري تمسكه بالحوار مع جميع الأطراف|الحزب الجمهوري"}},
		{"her estimate after an opening phrase and its comma", "في المقابل، انتقدت الحكومة المصرية هذا التقرير الذي \"يفتقر إلى الدقة في سرد الوقائع\"، وفق تقديرها.",
			map[string]string{"الحكومة المصرية": marsad.ORG}, []string{"indirect|في المقابل، انتقدت الحكومة المصرية هذا التقرير الذي \"يفتقر إلى الدقة في سرد الوقائع\"|الحكومة المصرية"}},
		{"his words after a verb with no subject go on with the last speaker", "وقال الوزير سامي العبيدي إن الحزب الجديد سيشارك في الانتخابات. وبرر اختياره تأسيس الحزب برغبته في بناء بديل قوي للأحزاب الحالية، حسب تقديره.",
			map[string]string{"سامي العبيدي": marsad.PER}, []string{"indirect|الحزب الجديد سيشارك في الانتخابات|الوزير سامي العبيدي", "indirect|وبرر اختياره تأسيس الحزب برغبته في بناء بديل قوي للأحزاب الحالية|الوزير سامي العبيدي"}},
		{"the woman the sentence before opens with, though she reported nothing", "أعلنت النائبة بالبرلمان، سلمى الحداد، اليوم عن استقالتها من الكتلة. وأكدت أنها قدمت استقالتها إلى رئيس المجلس.",
			map[string]string{"سلمى الحداد": marsad.PER}, []string{"indirect|قدمت استقالتها إلى رئيس المجلس|النائبة بالبرلمان، سلمى الحداد"}},
		{"the reports the sentence before opens with, not their object", "أوردت تقارير إخبارية خبرا عاجلا عن إطلاق نار في المدينة. وأفادت بأن الشرطة اعتقلت شخصا حاول دهس سيارة.",
			nil, []string{"indirect|الشرطة اعتقلت شخصا حاول دهس سيارة|تقارير"}},
		{"the ambassador the sentence before opens with, not the one he urges", "وطالب سفير البلاد في الأمم المتحدة سامر الحسن الدول الغربية بوقف تدخلها. وقال \"أنتم تضعون أنفسكم فوق القانون الدولي\".",
			map[string]string{"سامر الحسن": marsad.PER}, []string{"direct|أنتم تضعون أنفسكم فوق القانون الدولي|سفير البلاد في الأمم المتحدة سامر الحسن"}},
		{"a masculine verb takes no woman the sentence before opens with", "أعلنت النائبة بالبرلمان، سلمى الحداد، اليوم عن استقالتها من الكتلة. وقال إن القرار نهائي.",
			map[string]string{"سلمى الحداد": marsad.PER}, []string{"indirect|القرار نهائي|"}},
		{"the deputy for a party and his name after the comma", "أكد النائب عن حزب العمال، سالم الهادي أن نواب الحزب لن يصوتوا لصالح الحكومة.",
			map[string]string{"سالم الهادي": marsad.PER, "حزب العمال": marsad.ORG}, []string{"indirect|نواب الحزب لن يصوتوا لصالح الحكومة|النائب عن حزب العمال، سالم الهادي"}},
		{"the spokesman after باسم and his name before the day, not the one in the object", "برّر المتحدث باسم الحكومة، كريم السالمي اليوم للصحفيين سبب تأجيل الزيارة للوزيرة الألمانية أورسولا فيشر، قائلا: \"لم تكن الظروف مناسبة\".",
			map[string]string{"كريم السالمي": marsad.PER, "أورسولا فيشر": marsad.PER}, []string{"direct|لم تكن الظروف مناسبة|كريم السالمي"}},
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

// TestBodyAndManyThings checks a participle after a body no tagger named
// whose name is a construct (أصدر تحالف دعم الشرعية ...، مضيفا) and a
// verb in the masculine singular that opens its sentence after sources or
// reports (وفق المصادر ذاتها ... وأوضح): the last man who spoke, not them.
func TestBodyAndManyThings(t *testing.T) {
	tests := []struct {
		name     string
		text     string
		entities map[string]string
		want     []string
	}{
		{"a body named in construct speaks the participle", "أصدر تحالف دعم الشرعية في اليمن أربعة تصاريح لسفن متجهة إلى الموانئ، مضيفا أن سفينة رست في ميناء الحديدة.",
			nil, []string{"indirect|سفينة رست في ميناء الحديدة|تحالف دعم الشرعية"}},
		{"a bare object after the verb is no body, the title before it speaks", "أصدر وزير الخارجية قرار تعيين السفير الجديد، مضيفا أن السفير سيباشر عمله قريبا.",
			nil, []string{"indirect|السفير سيباشر عمله قريبا|وزير الخارجية"}},
		{"a masculine verb after the sources goes to the last man", "وقال مدير المرصد سامي العلي إن المفاوضات متوقفة. كما ينص الاتفاق وفق المصادر ذاتها على تسوية أوضاع المنشقين خلال ستة أشهر. وأوضح أن \"الروس يقدمون العرض نفسه في كل مكان\".",
			map[string]string{"سامي العلي": marsad.PER}, []string{"indirect|المفاوضات متوقفة|مدير المرصد سامي العلي", "indirect|كما ينص الاتفاق|المصادر ذاتها", "indirect|الروس يقدمون العرض نفسه في كل مكان|مدير المرصد سامي العلي", "direct|الروس يقدمون العرض نفسه في كل مكان|مدير المرصد سامي العلي"}},
		{"a feminine verb after the sources is theirs", "وقال مدير المرصد سامي العلي إن المفاوضات متوقفة. وقالت المصادر إن الاتفاق يشمل تسوية أوضاع المنشقين. وأضافت أن الشرطة الروسية ستنتشر في البلدات.",
			map[string]string{"سامي العلي": marsad.PER}, []string{"indirect|المفاوضات متوقفة|مدير المرصد سامي العلي", "indirect|الاتفاق يشمل تسوية أوضاع المنشقين|المصادر", "indirect|الشرطة الروسية ستنتشر في البلدات|المصادر"}},
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
