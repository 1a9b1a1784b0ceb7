package quote_test

import (
	"strings"
	"testing"

	"github.com/marsad/marsad"
)

// TestRound28 checks the constructions mended in stop 28: فان without its
// hamza before a definite word opens a source's words; a title quoted in
// Latin letters is no quotation; a verb of speech with ف continues the
// person the sentence opens with; the writer's note after دون or في إشارة
// إلى ends the reported words; عبر عن at the head of a clause is a verb
// of speech.
func TestRound28(t *testing.T) {
	tests := []struct {
		name     string
		text     string
		entities map[string]string
		want     []string
	}{
		{"fa-inna without its hamza after a source", "وحسب الأرقام الرسمية فان الصادرات تراجعت بنسبة كبيرة هذا العام.",
			nil, []string{"indirect|الصادرات تراجعت بنسبة كبيرة هذا العام|الأرقام الرسمية"}},
		{"the Dutch particle of a name stays in the name", "وقال المدرب لويس فان خال إن فريقه سيلعب بقوة.",
			map[string]string{"لويس فان خال": marsad.PER}, []string{"indirect|فريقه سيلعب بقوة|المدرب لويس فان خال"}},
		{"a title in Latin letters is no quotation", "تحدثت الممثلة سلمى الحداد بطلة الفيلم “The Long Road Home”، عن طفولتها الصعبة في القرية.",
			map[string]string{"سلمى الحداد": marsad.PER}, nil},
		{"Latin words after a participle of speech are said", "وكتبت سلمى الحداد على صفحتها رسالة لزوجها قائلة \"I miss you\".",
			map[string]string{"سلمى الحداد": marsad.PER}, []string{"direct|I miss you|سلمى الحداد"}},
		{"a verb with fa continues the one the sentence opens with", "ويحلل سامر الحسن، أسباب هزيمة الجيش بقيادة فريد العلي فيقول إن الخطة كانت فاشلة منذ البداية.",
			map[string]string{"سامر الحسن": marsad.PER, "فريد العلي": marsad.PER}, []string{"indirect|الخطة كانت فاشلة منذ البداية|سامر الحسن"}},
		{"one asked goes on to speak with fa", "وسئل سامر الحسن عن موقف فريد العلي من الاتفاق فقال إن الحوار مستمر بينهما.",
			map[string]string{"سامر الحسن": marsad.PER, "فريد العلي": marsad.PER}, []string{"indirect|الحوار مستمر بينهما|سامر الحسن"}},
		{"without naming after a comma is the writer's note", "وقالت الشرطة إنها اعتقلت ثلاثة مشتبه بهم، دون الكشف عن هوياتهم.",
			nil, []string{"indirect|اعتقلت ثلاثة مشتبه بهم|الشرطة"}},
		{"without stating after a comma with min", "وأعلنت الوزارة أن الاجتماع سيعقد الشهر المقبل، من دون تحديد مكانه.",
			nil, []string{"indirect|الاجتماع سيعقد الشهر المقبل|الوزارة"}},
		{"without a comma the words go on", "وقال سامر الحسن إن الشرطة اعتقلته دون ذكر الأسباب.",
			map[string]string{"سامر الحسن": marsad.PER}, []string{"indirect|الشرطة اعتقلته دون ذكر الأسباب|سامر الحسن"}},
		{"in reference to with no comma ends the words", "وقال الوزير سامر الحسن إن \"بعض المخربين\" أشعلوا الحريق في إشارة إلى شبان من الحي.",
			map[string]string{"سامر الحسن": marsad.PER}, []string{"indirect|\"بعض المخربين\" أشعلوا الحريق|الوزير سامر الحسن"}},
		{"the verb of expressing opens the sentence", "وعبر الاتحاد العام للطلبة عن قلقه من \"تدهور الأوضاع داخل الجامعات في الأشهر الأخيرة\"، داعيا إلى الحوار.",
			nil, []string{"direct|تدهور الأوضاع داخل الجامعات في الأشهر الأخيرة|الاتحاد العام للطلبة"}},
		{"via before a platform is no verb", "وعبر الصفحة الرسمية للوزارة، قال الوزير إن الامتحانات ستجرى في موعدها.",
			nil, []string{"indirect|الامتحانات ستجرى في موعدها|الوزير"}},
		{"a participle with no comma before it ends the report", "وقالت الوزارة إن الوضع في المدينة مستقر مشيرة إلى أن الدوريات مستمرة.",
			nil, []string{"indirect|الوضع في المدينة مستقر|الوزارة", "indirect|الدوريات مستمرة|الوزارة"}},
		{"a participle right after a verb of speech inside the report", "وقال سامر الحسن إن صديقه كتب قائلا إن الرحلة تأجلت.",
			map[string]string{"سامر الحسن": marsad.PER}, []string{"indirect|صديقه كتب قائلا إن الرحلة تأجلت|سامر الحسن", "indirect|الرحلة تأجلت|صديقه"}},
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
