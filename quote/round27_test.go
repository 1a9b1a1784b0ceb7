package quote_test

import (
	"strings"
	"testing"

	"github.com/marsad/marsad"
)

// TestRound27 checks the constructions mended in stop 27: the writer's
// note "in his words" with no comma before it (على حد تعبيره) ends the
// reported words.
func TestRound27(t *testing.T) {
	tests := []struct {
		name     string
		text     string
		entities map[string]string
		want     []string
	}{
		{"in his words ends the report", "وقال الوزير سامر الحسن إن القرار كان \"خطوة متأخرة\" على حد تعبيره، وذلك في مؤتمر صحفي.",
			map[string]string{"سامر الحسن": marsad.PER}, []string{"indirect|القرار كان \"خطوة متأخرة\"|الوزير سامر الحسن"}},
		{"in her words after a plain clause", "وأكدت الناشطة سلمى الحداد أن الشرطة اعتقلت العشرات على حد قولها.",
			map[string]string{"سلمى الحداد": marsad.PER}, []string{"indirect|الشرطة اعتقلت العشرات|الناشطة سلمى الحداد"}},
		{"on equal footing is said", "وقال الوزير سامر الحسن إن القرار يخدم الطرفين على حد سواء.",
			map[string]string{"سامر الحسن": marsad.PER}, []string{"indirect|القرار يخدم الطرفين على حد سواء|الوزير سامر الحسن"}},
		{"the writer's link before an attribution after the words", "أفرجت السلطات عن ثلاثة صحفيين بعد احتجازهم أسبوعا وذلك حسبما ذكرت مصادر قضائية.",
			nil, []string{"indirect|أفرجت السلطات عن ثلاثة صحفيين بعد احتجازهم أسبوعا|مصادر قضائية"}},
		{"a circumstantial clause after the name is not who speaks", "وقال سامر الحسن وهو يغادر قاعة الاجتماع \"لن نقبل بهذا الاتفاق أبدا\".",
			map[string]string{"سامر الحسن": marsad.PER}, []string{"direct|لن نقبل بهذا الاتفاق أبدا|سامر الحسن"}},
		{"a name after وهو is who speaks", "وأشار كاتب معروف وهو سامر الحسن في مقال إلى أن \"الأزمة لن تنتهي قريبا\".",
			map[string]string{"سامر الحسن": marsad.PER}, []string{"indirect|الأزمة لن تنتهي قريبا|كاتب معروف وهو سامر الحسن", "direct|الأزمة لن تنتهي قريبا|كاتب معروف وهو سامر الحسن"}},
		{"in his words inside the clause keeps the words after it", "وقال الوزير سامر الحسن إن الحزب تحول من حركة صغيرة على حد تعبيره إلى قوة كبيرة.",
			map[string]string{"سامر الحسن": marsad.PER}, []string{"indirect|الحزب تحول من حركة صغيرة على حد تعبيره إلى قوة كبيرة|الوزير سامر الحسن"}},
		{"an unnamed source opening the sentence speaks its participle", "وقال الوزير سامر الحسن إن الانفجار وقع ليلا. وأكد مصدر أمني عدد الجرحى، قائلا إن بينهم أطفالا.",
			map[string]string{"سامر الحسن": marsad.PER}, []string{"indirect|الانفجار وقع ليلا|الوزير سامر الحسن", "indirect|بينهم أطفالا|مصدر أمني"}},
		{"an eyewitness opening the sentence speaks its participle", "وقال الوزير سامر الحسن إن الانفجار وقع ليلا. وروى شاهد عيان ما حدث، مضيفا أن الدخان غطى الشارع.",
			map[string]string{"سامر الحسن": marsad.PER}, []string{"indirect|الانفجار وقع ليلا|الوزير سامر الحسن", "indirect|الدخان غطى الشارع|شاهد عيان"}},
		{"once upon a day is no part of who speaks", "وقال سامر الحسن يوما إن السياسة فن الممكن.",
			map[string]string{"سامر الحسن": marsad.PER}, []string{"indirect|السياسة فن الممكن|سامر الحسن"}},
		{"recently between the verb and its subject", "وقال مؤخرا سامر الحسن إن الحوار هو الحل الوحيد.",
			map[string]string{"سامر الحسن": marsad.PER}, []string{"indirect|الحوار هو الحل الوحيد|سامر الحسن"}},
		{"the one a saying is told of speaks it", "ويُروى عن سامر الحسن أنه قال يوما إن السياسة فن الممكن.",
			map[string]string{"سامر الحسن": marsad.PER}, []string{"indirect|السياسة فن الممكن|سامر الحسن"}},
		{"a saying relayed of one who said it is his report alone", "يُنقل عن سامر الحسن أنه قال يوما إن الحدود تصنع تاريخ الدول.",
			map[string]string{"سامر الحسن": marsad.PER}, []string{"indirect|الحدود تصنع تاريخ الدول|سامر الحسن"}},
		{"the wording of a charge after a bare noun of charge", "وقالت الحكومة إن سامر الحسن يواجه اتهامات \"بالتجسس لصالح جهات أجنبية معادية\".",
			map[string]string{"سامر الحسن": marsad.PER}, []string{"indirect|سامر الحسن يواجه اتهامات \"بالتجسس لصالح جهات أجنبية معادية\"|الحكومة"}},
		{"a name in quotation marks after a title is no quotation", "وقال الرئيس الليبي \"سامر الحسن\" للصحفيين إن الحوار سيستأنف قريبا.",
			map[string]string{"سامر الحسن": marsad.PER}, []string{"indirect|الحوار سيستأنف قريبا|الرئيس الليبي"}},
		{"a length of time after the verb is no subject", "أعلنت الشركة أنها ستعيد بناء الجسر. وكانت أكدت طوال الأسبوع أنها تجري فحوصا دقيقة.",
			nil, []string{"indirect|ستعيد بناء الجسر|الشركة", "indirect|تجري فحوصا دقيقة|الشركة"}},
		{"a title opening the sentence speaks its participle", "وقال الوزير سامر الحسن إن العقوبات لن تنجح. في الوقت ذاته، انتقد الرئيس الروسي اعتماد الغرب على العقوبات، قائلا إن ذلك يضر بالجميع.",
			map[string]string{"سامر الحسن": marsad.PER}, []string{"indirect|العقوبات لن تنجح|الوزير سامر الحسن", "indirect|ذلك يضر بالجميع|الرئيس الروسي"}},
		{"a title opening the sentence, not the one she praises", "وأثنت رئيسة الوزراء على النائبة الراحلة سلمى الحداد، قائلة إن عملها كان ملهما.",
			map[string]string{"سلمى الحداد": marsad.PER}, []string{"indirect|عملها كان ملهما|رئيسة الوزراء"}},
		{"so before the first verb is no subject", "وقالت سلمى الحداد إن التدريب صعب. لذا كان عليها اتخاذ قرار فيه مخاطرة، وتقول إنها شعرت بالخوف.",
			map[string]string{"سلمى الحداد": marsad.PER}, []string{"indirect|التدريب صعب|سلمى الحداد", "indirect|شعرت بالخوف|سلمى الحداد"}},
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
