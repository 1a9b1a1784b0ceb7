package event_test

import (
	"strings"
	"testing"

	"github.com/marsad/marsad"
	"github.com/marsad/marsad/pipeline"
)

// code runs the whole pipeline and returns "SRC>TGT:code" of each event.
func code(t *testing.T, text string) []string {
	t.Helper()
	p, err := pipeline.Default()
	if err != nil {
		t.Fatal(err)
	}
	d, err := p.Analyze(&marsad.Article{Source: "t", Body: []byte("عنوان\n" + text), Published: "2014-09-28"})
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, e := range d.Events {
		out = append(out, short(e.Source.ActorCode())+">"+short(e.Target.ActorCode())+":"+e.Code)
	}
	return out
}

func short(code string) string { return code[:min(3, len(code))] }

func TestEvents(t *testing.T) {
	tests := []struct {
		name, text string
		want       string // one event, or "" for none
	}{
		{"VSO accusation", "وتتهم الحكومة العراقية تنظيم داعش بارتكاب مجازر في الموصل.", "IRQ>IMG:1122"},
		{"SVO rejection", "أما طهران فترفض بحث أي اتفاق مع واشنطن.", "IRN>USA:120"},
		{"nominal air strikes with adjective", "وتواصل الطائرات التركية الضربات الجوية التركية على حزب العمال الكردستاني.", "TUR>TUR:195"},
		{"negation blocks", "وقال المتحدث إن روسيا لن تستهدف القوات التركية في سوريا.", ""},
		{"meeting", "التقى وزير الخارجية المصري سامح شكري مع نظيره الأردني في عمان.", "EGY>JOR:040"},
		{"support", "تؤيد باريس قوات المعارضة السورية منذ سنوات.", "FRA>SYR:051"},
		{"verbal noun with bi is no verb", "وتقاتل ميليشيا الحوثي بدعم من إيران قرب الحديدة.", ""},
		{"light verb carries its verbal noun", "وقامت القوات التركية بقصف مواقع حزب العمال الكردستاني.", "TUR>TUR:195"},
		{"verbal noun in a name", "وأصدر تحالف دعم الحكومة اليمنية بيانا عن إيران.", ""},
		{"attempted killing is no killing", "وشهدت بريطانيا محاولة قتل زادت التوتر بين لندن وموسكو.", ""},
		{"verbal noun after a preposition keeps its doer", "وعادت الأزمة بين مصر وقطر بعد رفض الدوحة طلب القاهرة.", "QAT>EGY:120"},
		{"bare past verb still a verb", "ودعم الرئيس الأمريكي الحكومة العراقية في حربها.", "USA>IRQ:051"},
		{"noun doer not across a that-clause", "وحذر الرئيس الروسي من أن ضربات جديدة على سوريا ستزيد التوتر.", ""},
		{"a state and its own minister are one party", "وهددت روسيا على لسان وزير خارجيتها سيرغي لافروف باتخاذ إجراءات.", ""},
		{"drone is no march", "وقال الجيش الأردني إن قواته أسقطت طائرة مسيرة قادمة من سوريا.", ""},
		{"an option of strikes is no strike", "وقالت واشنطن إن خيار شن ضربات على إيران مطروح.", ""},
		{"attack in words is criticism", "وهاجمت روسيا الولايات المتحدة قائلة إنها تدعم الإرهاب.", "RUS>USA:111"},
		{"protests as a time reference", "وقتل عشرة فلسطينيين خلال الاحتجاجات قرب الحدود.", ""},
		{"attack with strong words", "وهاجم الرئيس الأمريكي بشدة روسيا بسبب دعمها لسوريا.", "USA>RUS:111"},
		{"denied strikes", "وقال مسؤولون أمريكيون إنهم نفوا شن ضربات ضد سوريا.", ""},
		{"formal protest of a state", "واحتجت مصر رسميا أمس لدى إيران على التصريحات.", ""},
		{"a channel named after a march is no march", "وأفادت قناة المسيرة في صنعاء بأن اليمنيين خرجوا.", ""},
		{"attacking remarks is criticism", "وهاجمت الصين أمس تعليقات الرئيس الأمريكي بشأن التجارة.", "CHN>USA:111"},
		{"attacking a newspaper is criticism", "وهاجم الرئيس الأمريكي صحيفة نيويورك تايمز مجددا.", "USA>USA:111"},
		{"attacking a town is force", "وهاجمت القوات التركية مدينة عفرين في شمال سوريا.", "TUR>SYR:190"},
		{"a ministry attacking a club is criticism", "وهاجمت وزارة الخارجية الإسرائيلية نادي ريال مدريد بسبب المباراة.", "ISR>ESP:111"},
		{"gunmen attacking a newspaper is force", "وهاجم مسلحون مقر صحيفة فرنسية في باريس وقتلوا عددا من الصحفيين.", "FRA>FRA:190"},
		{"a career is no march", "وبمناسبة الذكرى السنوية للحرب، نشر نجل الرئيس الأسبق محمد حسني مبارك، فيديو يستعرض مسيرة والده في الجيش.", ""},
		{"a postponed strike is no strike", "أعلن الاتحاد العام التونسي للشغل عن تأجيل الإضراب العام في تونس.", ""},
		{"a cancelled march is no march", "وقرر المتظاهرون في القاهرة إلغاء المسيرة بسبب الأمطار.", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := strings.Join(code(t, tt.text), " ")
			if tt.want == "" && got != "" || tt.want != "" && !strings.Contains(got, tt.want) {
				t.Errorf("events %q, want %q", got, tt.want)
			}
		})
	}
}

func TestMerge(t *testing.T) {
	got := code(t, "وتتهم الحكومة العراقية تنظيم داعش بارتكاب مجازر. وتتهم الحكومة العراقية تنظيم داعش بارتكاب جرائم.")
	if len(got) != 1 {
		t.Errorf("duplicate events not merged: %v", got)
	}
}

// codes runs the whole pipeline and returns "SOURCE>TARGET:code" of each
// event with the full actor codes.
// reading is a sentence and what its events must hold: an event that
// must be among them (want; with not empty too, "" means no event at all)
// and a part no event may hold (not).
type reading struct {
	name, text string
	want, not  string
}

// dateCase is a sentence and the date an event of code in it must take.
type dateCase struct {
	name, text, code, want string
}

// checkDates runs each case as a subtest on an article published on pub:
// some event of the case's code must take the date wanted.
func checkDates(t *testing.T, pub string, tests []dateCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := analyzed(t, tt.text, pub)
			var got []string
			for _, e := range d.Events {
				if e.Code == tt.code && e.Date == tt.want {
					return
				}
				got = append(got, e.Code+"@"+e.Date)
			}
			t.Errorf("events %q, want %s on %s", got, tt.code, tt.want)
		})
	}
}

// checkReadings runs each reading as a subtest.
func checkReadings(t *testing.T, tests []reading) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := codes(t, tt.text)
			if tt.want == "" && tt.not == "" && got != "" || tt.want != "" && !strings.Contains(got, tt.want) || tt.not != "" && strings.Contains(got, tt.not) {
				t.Errorf("events %q, want %q, not %q", got, tt.want, tt.not)
			}
		})
	}
}

func codes(t *testing.T, text string) string {
	t.Helper()
	return codesOn(t, text, "2018-03-01")
}

// analyzed returns the analysis of an article whose body is text, under
// a placeholder headline, published on date (YYYY-MM-DD).
func analyzed(t *testing.T, text, date string) *marsad.Document {
	t.Helper()
	p, err := pipeline.Default()
	if err != nil {
		t.Fatal(err)
	}
	d, err := p.Analyze(&marsad.Article{Source: "t", Body: []byte("عنوان\n" + text), Published: date})
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// codesOn is codes for an article published on date (YYYY-MM-DD).
func codesOn(t *testing.T, text, date string) string {
	t.Helper()
	d := analyzed(t, text, date)
	var out []string
	for _, e := range d.Events {
		out = append(out, e.Source.ActorCode()+">"+e.Target.ActorCode()+":"+e.Code)
	}
	return strings.Join(out, " ")
}

// TestActors checks who did what to whom: generic actors, passives, word
// order, conjoined subjects, relative clauses and quotations.
func TestActors(t *testing.T) {
	tests := []struct {
		name, text string
		want       string // an event that must be among them, or "" for none at all
		not        string // a part no event may hold
	}{
		{"army alone takes the country of the place", "وفي مدينة حلب، قصف الجيش مواقع المسلحين.", "SYRMIL>SYRREB:195", ""},
		{"army alone with no place is nobody", "وقصف الجيش مواقع المسلحين.", "", ""},
		{"police alone with the place of the sentence", "وفي بغداد، اعتقلت الشرطة عشرة مسلحين.", "IRQCOP>IRQREB:173", ""},
		{"soldiers of a state named before are not the place's", "وقال مسؤولون إن جنودها اعتقلوا عشرة مسلحين في بغداد.", "", ""},
		{"adjective of a city is where", "والتقى الوزير الأمريكي سفراء في العاصمة الروسية.", "", ""},
		{"passive with the doer after bi-nayran", "وقتل ثلاثة جنود أتراك بنيران القوات السورية قرب الحدود.", "SYRMIL>TURMIL:180", "TURMIL>"},
		{"passive with no doer", "وقتل خمسة جنود سوريين في هجوم.", "", ""},
		{"conjoined subject is no target", "واتهمت موسكو وطهران واشنطن بالتصعيد.", "RUSGOV>USAGOV:112", "IRNGOV:"},
		{"object pronoun: the actors after are subjects", "وهو القرار الذي أدانته موسكو وبكين.", "", ""},
		{"first person in a quotation is the speaker", `وقال الجبير: "ندعم جهود الأمم المتحدة في اليمن".`, "SAUGOV>IGOUNO:051", ""},
		{"threatened strikes are a threat", "وتوعد الرئيس الأمريكي الأربعاء بشن ضربات صاروخية على سوريا.", "USAGOV>SYR:138", ":195"},
		{"who condemns a bombing did not bomb", "ودانت حماس التفجير الذي استهدف موكب رئيس الوزراء الفلسطيني.", "", ""},
		{"antecedent of a relative is the subject", "وقالت إسرائيل التي تتهم إيران بدعم الإرهاب إنها سترد.", "ISR>IRN:112", ""},
		{"antecedent of a relative with an object pronoun is the target", "وتعمل الحكومة السورية التي تدعمها روسيا على استعادة الغوطة.", "RUS>SYRGOV:051", ""},
		{"plural verb: subject before", "وقال الجيش إن جنودا أمريكيين هاجموا مواقع لتنظيم داعش.", "USA>IMGMUSISI:190", ""},
		{"plural verb: no subject after it", "تم اعتقال 4 أشخاص هاجموا السفارة الإيرانية في العاصمة البريطانية لندن.", "", ""},
		{"SVO subject right before the verb", "سوريا تدين الاحتلال التركي لعفرين.", "SYR>TUR:111", ""},
		{"a verb with wa opens a new clause", "تأسفت له باريس ونددت به الصين.", "", ""},
		{"conjoined supporters are no target", "بينما تدعم أمريكا وتركيا المتمردين في سوريا.", "", "USA>TUR"},
		{"conjoined parties of a meeting", "واجتمع وزير الخارجية الأمريكي والروسي في جنيف.", "USAGOV>RUS:040", ""},
		{"a bare force takes the country of the same force named before", "وأكد الجيش الإسرائيلي أن الجنود أطلقوا النار على متظاهرين في غزة.", "ISRMIL>", "PSEMIL"},
		{"police do not march", "وفرقت الشرطة المصرية تظاهرة في القاهرة.", "", "EGYCOP"},
		{"an actor after bihasab only tells", "وقتل عشرة أشخاص في غارات استهدفت قوات النظام، بحسب المرصد السوري لحقوق الإنسان.", "", "SYRNGOHRI"},
		{"an actor before a cause word reacts to the attack", "وطردت الحكومة البريطانية دبلوماسيين روسا بسبب الهجوم على الجاسوس الروسي.", "", "GBRGOV>RUS:190"},
		{"who puts down protests does not march", "وقمعت السلطات السودانية مظاهرات في الخرطوم.", "", "SDNGOV>:141"},
		{"an ally in apposition is no object", "وتسلح الولايات المتحدة حليفة أنقرة وحدات حماية الشعب الكردية.", "USA>SYRREBYPG:072", ">TURGOV"},
		{"a direct object before the frame's preposition", "وحذرت تركيا الحكومة السورية من مساعدة المقاتلين الأكراد.", "TUR>SYRGOV:130", ">KUR"},
		{"a title's unknown name does not hide the object", "وانتقد وزير الخارجية الروسي فاسيلي نيبينزيا الولايات المتحدة.", "RUSGOV>USA:111", ""},
		{"a noun after li is no passive without a verb of undergoing", "ويحاول الأكراد في قتال تنظيم الدولة الإسلامية التصدي للهجوم التركي.", "", ">IMGMUSISI"},
		{"a noun's object is not in the next clause", "وفر المدنيون بعيدا عن قصف المعارضة إذا تقدمت القوات السورية.", "", ">SYRMIL:195"},
		{"a verb's object is not in a condition after it", "وشهدت دمشق نزوحا بعيدا عن قصف المعارضة وخطوط المواجهة إذا تقدمت القوات السورية.", "", ">SYRMIL:195"},
		{"the source of a report did not strike", "قتل 36 شخصا في غارات للطيران التركي استهدفت قوات موالية للحكومة في عفرين، بحسب المرصد السوري لحقوق الإنسان.", "", "SYRNGOHRI>"},
		{"the relative clause names the noun's doer", "وندد المرشد الإيراني علي خامنئي بالضربات التي شنتها الدول الغربية على سوريا.", "WST>SYR:195", "IRNGOV>SYR"},
		{"seized bombs are no bombing", "وصادرت القوات اليمنية العبوات الناسفة من مخازن تنظيم القاعدة.", "", ":1833"},
		{"a country and its own forces are one party", "وبدعم تركي تنتشر القوات التركية في المنطقة.", "", "TUR>TURMIL"},
		{"the owner of an embassy is no doer", "وأطلق مهاجمون النار على سفارة فرنسا وهاجمت مجموعة أخرى مقر الجيش.", "", "FRA>"},
		{"killed during a fight with no doer named", "ويعتقد أنها أول بريطانية تقتل أثناء مشاركتها في القتال في صفوف القوات الكردية.", "", ""},
		{"an ambassador at the UN calls on another state", "ودعا سفير فرنسا لدى الأمم المتحدة موسكو إلى وقف القتال.", "FRAGOV>RUSGOV:020", ">IGOUNO"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := codes(t, tt.text)
			if tt.want == "" && tt.not == "" && got != "" || tt.want != "" && !strings.Contains(got, tt.want) || tt.not != "" && strings.Contains(got, tt.not) {
				t.Errorf("events %q, want %q, not %q", got, tt.want, tt.not)
			}
		})
	}
}
