package event_test

import (
	"strings"
	"testing"

	"github.com/marsad/marsad"
	"github.com/marsad/marsad/arabic"
	"github.com/marsad/marsad/event"
	"github.com/marsad/marsad/timex"
)

// detect returns the codes event.Detect finds in one sentence.
func detect(t *testing.T, text string) []string {
	t.Helper()
	st, err := arabic.NewStage()
	if err != nil {
		t.Fatal(err)
	}
	d := marsad.NewDocument(text)
	d.Paragraphs = []marsad.Span{{Start: 0, End: len([]rune(text))}}
	if err := st.Process(d); err != nil {
		t.Fatal(err)
	}
	dets, err := event.Detect(d)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, dt := range dets {
		out = append(out, dt.Code)
	}
	return out
}

func TestDetect(t *testing.T) {
	tests := []struct {
		name, text string
		root       string // the root a detection must have, or "" for none of 14, 18, 19, 20
	}{
		// Protest.
		{"sit-in verb", "اعتصم مئات العمال أمس أمام مبنى الوزارة.", "14"},
		{"gathering with protesters", "وتجمع آلاف المتظاهرين في الساحة الرئيسية للمدينة.", "14"},
		{"going out into the streets", "ونزل المحتجون إلى الشوارع في ثلاث مدن.", "14"},
		{"protest noun with a support verb", "واندلعت مظاهرات في العاصمة ضد الحكومة.", "14"},
		{"gathering of cars is no protest", "وتجمعت مئات السيارات عند المعبر الحدودي.", ""},
		{"gathering in a square", "وتجمع عشرات الفلسطينيين في ميدان المنارة وسط المدينة.", "14"},
		{"a missile fired by a light verb", "وقامت طائرة بدون طيار بإطلاق صاروخ على سيارة في غزة.", "19"},
		{"a leader says his country attacked", "وقال ماكرون إن بلاده هاجمت مواقع النظام السوري مع أمريكا وبريطانيا، مشددا على ضرورة إيجاد حل سياسي.", "19"},
		{"the dual of a longer stem", "وقال إن ضابط شرطة وجنديا من الجيش اختطفا من منزليهما على يد مسلحين.", "18"},
		{"left the meeting is no protest", "وخرج الوزير من الاجتماع بعد ساعة.", ""},
		{"pretend is no protest", "وكان اللص قد تظاهر بالمرض أمام القاضي.", ""},
		{"a march against the government", "وانطلقت أمس مسيرة حاشدة ضد الحكومة وسط العاصمة.", "14"},
		{"the march of return", "وانطلقت مسيرات العودة أمس قرب السياج.", "14"},
		{"a cultural event is no protest", "ونظمت الجمعية أمس تظاهرة ثقافية كبرى في المدينة.", ""},
		{"a protest event", "ونظم العمال أمس تظاهرة احتجاجية أمام مقر الولاية.", "14"},
		{"demonstration against the government", "وانطلقت أمس تظاهرة حاشدة ضد الحكومة وسط العاصمة.", "14"},
		{"call to protest is no protest", "ودعا الحزب أنصاره إلى التظاهر يوم الجمعة.", ""},
		{"protesters who gathered: relative clause", "وطالب المتظاهرون الذين تجمعوا أمس بإطلاق المعتقلين.", ""},
		{"protest as the scene of another event", "وأصيب شرطي خلال المظاهرة التي شهدتها المدينة.", ""},
		{"habitual present", "ويتظاهر الطلاب كل أسبوع منذ سنوات.", ""},
		{"a rally of joy is no protest", "وتظاهر المئات في الساحة للتعبير عن فرحهم بقرار الإقالة.", ""},
		{"a killing under a condition is none", "وإذا كانت الميليشيا نجحت في اغتيال المحافظ فإنها لن تنجح في إسكات الناس.", ""},
		{"formal complaint of a state", "واحتجت الحكومة رسميا أمس لدى السفير على التصريحات.", ""},
		{"hunger strike", "وبدأ السجناء اضرابا عن الطعام نظمته لجنة الأسرى.", "14"},
		{"verb after a fronted place", "وفي لندن توجه المتظاهرون إلى مقر رئيس الوزراء.", "14"},
		{"verb after a fronted country", "وفي غواتيمالا نزل آلاف الأشخاص إلى الشوارع للاحتجاج على الأجور.", "14"},
		{"brackets do not hide the streets", "ونزل آلاف الأشخاص (25 ألفا حسب المنظمين) إلى الشوارع للاحتجاج على الأجور.", "14"},
		{"protests grew", "ومع ساعات بعد الظهر، ارتفعت حدة الاحتجاجات.", "14"},
		{"protests that spread", "وأحرق متظاهرون أعلاما في احتجاجات عمت البلاد أمس.", "14"},
		{"a verbal noun is still one", "وأثار توجه الحكومة الجديد غضب النقابات.", ""},
		{"the minister went to London", "وفي الصباح توجه الوزير إلى لندن.", ""},
		// Assault.
		{"car bomb exploded", "وقال مصدر أمني إن سيارة مفخخة انفجرت في سوق شعبي.", "18"},
		{"a drone is no negation", "وذكرت مصادر أن طائرة بدون طيار أطلقت صاروخا على سيارة.", "19"},
		{"blew himself up after an indefinite adjective", "وأفاد مسؤولون بأن مهاجما انتحاريا فجر نفسه خارج مكتب الشركة.", "18"},
		{"rockets fired", "وشهدت المنطقة أمس إطلاق صواريخ على مستوطنة قريبة.", "19"},
		{"succeeded in killing", "وقال الجيش إنه نجح في قتل العشرات من المسلحين.", "18"},
		{"a present casualty count", "تفجير انتحاري في فندق بالعاصمة يقتل 60 شخصا.", "18"},
		{"killed in a natural disaster", "وفي الهند حيث قتل 16 ألف شخص في كارثة تسونامي عام 2004.", ""},
		{"killed in a road accident", "وقتل خمسة أشخاص بحادث سير على الطريق الدولي.", ""},
		{"killed in incidents of violence", "وقتل أربعون شخصا أمس في حوادث عنف متفرقة في العراق.", "18"},
		{"a blast meant to kill no one", "وحرص المخطط على أن يكون التفجير تحت السيطرة بحيث لا يقتل أحدا.", ""},
		{"suicide bomber blew himself up", "وفجر انتحاري نفسه قرب مركز الشرطة.", "18"},
		{"dawn is no blast", "وصل الوفد فجر أمس إلى المطار بسيارة رسمية.", ""},
		{"casualties in a suicide attack", "وقتل خمسة أشخاص وأصيب عشرة في هجوم انتحاري وسط المدينة.", "18"},
		{"assassinated", "واغتال مسلحون مجهولون ضابطا في الشرطة أمس.", "18"},
		{"opened fire", "وأطلق مسلحون النار على دورية للجيش.", "19"},
		{"released is no shooting", "وأطلقت الشرطة سراح المعتقلين أمس.", ""},
		{"subjected to shelling", "وتعرضت القرية لقصف مدفعي عنيف.", "19"},
		{"case of an assassination", "وتنظر المحكمة في قضية اغتيال رئيس الوزراء.", ""},
		{"inquiry into a bombing", "وتواصل الشرطة التحقيق في التفجير الذي وقع الشهر الماضي.", ""},
		{"kidnapping in construct is a noun", "وكانت هذه حلقة في مسلسل حوادث خطف العمال الأجانب.", ""},
		{"plan to attack", "وقال المسؤول إن الحكومة تدرس خيار شن ضربات جوية.", ""},
		{"may kidnap", "وقد يخطف المسلحون رهائن جددا.", ""},
		{"future attack", "وقال إن الجيش سيقصف المواقع غدا.", ""},
		{"after an attack: time reference", "وتعززت الإجراءات الأمنية بعد هجوم انتحاري الشهر الماضي.", ""},
		{"no attack on its soil", "ولم تتعرض البلاد لأي هجوم على أراضيها.", ""},
		{"media attack", "وتعرض الوزير لهجوم إعلامي كثيف من الصحف.", ""},
		{"attack in words", "وهاجم رئيس الحزب الحكومة قائلا إنها فشلت.", ""},
		{"habitual exposure to attack", "وهي منطقة تتعرض للهجوم كل أسبوع.", ""},
		{"support verb in a relative clause", "وتحدث الضابط عن محاولات الاغتيال التي تعرض لها.", ""},
		{"attack where casualties fell", "وقتل جنديان في هجوم بعبوة ناسفة على دوريتهما.", "18"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			codes := detect(t, tt.text)
			got := ""
			for _, c := range codes {
				switch c[:2] {
				case "14", "18", "19", "20":
					got += c[:2] + " "
				}
			}
			if tt.root == "" && got != "" || tt.root != "" && !strings.Contains(got, tt.root) {
				t.Errorf("detected %v, want root %q", codes, tt.root)
			}
		})
	}
}

// TestDetectHistorical checks that a sentence dated more than a year
// before publication recalls the past: its events are not reported news.
func TestDetectHistorical(t *testing.T) {
	tests := []struct {
		name, published, text string
		want                  bool
	}{
		{"a killing recalled with its year", "2009-05-10",
			"وعندما اغتال مسلحون رئيس الوزراء عام 1984 لم تتوقف المفاوضات.", false},
		{"a bombing recalled with its day", "2009-05-10",
			"وفي 3 آذار/مارس 2005 قتل عشرة أشخاص في انفجار سيارة مفخخة في المدينة.", false},
		{"last December is still news in January", "2009-01-04",
			"وقتل عشرة أشخاص في انفجار سيارة مفخخة في المدينة في 28 كانون الأول/ديسمبر الماضي.", true},
		{"yesterday at the turn of the year", "2009-01-01",
			"وقتل عشرة أشخاص أمس في انفجار سيارة مفخخة في المدينة.", true},
		{"no publication date, no history", "",
			"وفي 3 آذار/مارس 2005 قتل عشرة أشخاص في انفجار سيارة مفخخة في المدينة.", true},
	}
	ar, err := arabic.NewStage()
	if err != nil {
		t.Fatal(err)
	}
	tx, err := timex.New()
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := marsad.NewDocument(tt.text)
			d.Published = tt.published
			d.Paragraphs = []marsad.Span{{Start: 0, End: len([]rune(tt.text))}}
			for _, st := range []marsad.Stage{ar, tx} {
				if err := st.Process(d); err != nil {
					t.Fatal(err)
				}
			}
			dets, err := event.Detect(d)
			if err != nil {
				t.Fatal(err)
			}
			got := false
			for _, dt := range dets {
				if dt.Root == "18" || dt.Root == "19" || dt.Root == "20" {
					got = true
				}
			}
			if got != tt.want {
				t.Errorf("assault detected %v, want %v (%v)", got, tt.want, dets)
			}
		})
	}
}
