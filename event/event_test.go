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
