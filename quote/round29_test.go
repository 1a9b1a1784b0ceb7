package quote_test

import (
	"strings"
	"testing"

	"github.com/marsad/marsad"
)

// TestRound29 checks the constructions mended in stop 29: the wording of
// two charges (بتهمتي "..." و"...") is no quotation; a participle in the
// feminine speaks for the feminine subject of its verb, not for a man
// named as its object; another's report after ، بعد أن ends the words
// before it.
func TestRound29(t *testing.T) {
	tests := []struct {
		name     string
		text     string
		entities map[string]string
		want     []string
	}{
		{"two charges after the dual noun are no quotation", "وقال الادعاء إن الموظفين اعتقلوا بتهمتي \"نشر وثائق سرية\" و\"خيانة الأمانة\" بعد التحقيق.",
			nil, []string{"indirect|الموظفين اعتقلوا بتهمتي \"نشر وثائق سرية\" و\"خيانة الأمانة\" بعد التحقيق|الادعاء"}},
		{"a feminine participle after a denial speaks for the authorities", "أثار غياب الكاتب سامر الحسن قلقا، بينما نفت الشرطة اعتقاله قائلة إنه \"ليس موقوفا\" لديها.",
			map[string]string{"سامر الحسن": marsad.PER}, []string{"indirect|\"ليس موقوفا\" لديها|الشرطة"}},
		{"a feminine participle after an agency's report", "أعلنت وكالة الأنباء الرسمية مقتل جنديين في الجنوب، لافتة إلى أن الهجوم نفذه مسلحون.",
			nil, []string{"indirect|الهجوم نفذه مسلحون|وكالة الأنباء الرسمية"}},
		{"another's words after bad an ends the report", "وقال المتحدث باسم الجيش إن القوات لم تعتقل أحدا، بعد أن قال الوزير سامر الحسن إن \"العشرات اعتقلوا\".",
			map[string]string{"سامر الحسن": marsad.PER}, []string{"indirect|القوات لم تعتقل أحدا|المتحدث باسم الجيش", "indirect|العشرات اعتقلوا|الوزير سامر الحسن"}},
		{"after bad an with no report of its own the words go on", "وقال المتحدث باسم الجيش إن القوات انسحبت من القرية، بعد أن أعلن الوزير وقف القتال.",
			nil, []string{"indirect|القوات انسحبت من القرية، بعد أن أعلن الوزير وقف القتال|المتحدث باسم الجيش"}},
		{"the second of two charges after the singular noun", "وقالت المحكمة إنها أدانت الصحفي بتهمة \"نشر أخبار كاذبة\" و\"إهانة القضاء\" أمس.",
			nil, []string{"indirect|أدانت الصحفي بتهمة \"نشر أخبار كاذبة\" و\"إهانة القضاء\" أمس|المحكمة"}},
		{"two quotations joined by wa after a verb of speech stay words", "وقال سامر الحسن إن الحكومة \"فشلت في إدارة الأزمة\" و\"خذلت المواطنين في كل مكان\".",
			map[string]string{"سامر الحسن": marsad.PER}, []string{"indirect|الحكومة \"فشلت في إدارة الأزمة\" و\"خذلت المواطنين في كل مكان\"|سامر الحسن", "direct|فشلت في إدارة الأزمة|سامر الحسن", "direct|خذلت المواطنين في كل مكان|سامر الحسن"}},
		{"a headline's subject before its first verb speaks the second", "وزير الداخلية يشيد بجهود الشرطة في قضية سامر الحسن ويؤكد أن التحقيق سينتهي قريبا",
			map[string]string{"سامر الحسن": marsad.PER}, []string{"indirect|التحقيق سينتهي قريبا|وزير الداخلية"}},
		{"the subject after illa anna speaks the second verb", "إلا أن الحكومة تنفي هذه الاتهامات وتؤكد أن الاحتجاز كان قانونيا.",
			nil, []string{"indirect|الاحتجاز كان قانونيا|الحكومة"}},
		{"to me before a title after a verb of speech", "وقال لي وزير المالية، سامر الحسن \"الميزانية الجديدة ستخفض العجز بنسبة كبيرة\".",
			map[string]string{"سامر الحسن": marsad.PER}, []string{"direct|الميزانية الجديدة ستخفض العجز بنسبة كبيرة|وزير المالية، سامر الحسن"}},
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
