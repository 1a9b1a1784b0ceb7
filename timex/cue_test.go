package timex

import (
	"go/ast"
	"go/parser"
	"go/token"
	"sort"
	"strconv"
	"strings"
	"testing"
	"unicode"

	"github.com/marsad/marsad/arabic"
)

// notCues are words the matchers name that never make a time on their own:
// prepositions and pronouns around a time, and the contexts that rule one
// out (a paper named اليوم، a price in دولار، light years, the names of bodies
// and broadcasters before الآن).
var notCues = strings.Fields(`ا ال ان او الي علي في من منذ قبل بعد خلال حتي بين عقب اثر اعقاب نحو حوالي حدود زهاء قرابه يقرب يناهز يقارب تقارب قارب قاربت يقل المبارك الكريم المعظم الفضيل المذكور المذكوره
	اقل اكثر يزيد بضع بضعه عده كل ذات نفس ذلك هذا هذه هذي هو هي ما منه منها منهم منهما و ي يه ج د س م ه ل ون ين يتن دج دم
	اول اخر الاول الثاني التاسع الحادي العشرين العربي عربي والربع والنصف ونصف نصف والعشرين والثلاثين
	الجريده جريده لجريده الصحيفه صحيفه لصحيفه المجله مجله النشره نشره قناه لقناه موقع لموقع
	القاهره القدس بغداد بيروت دمشق براغ مكه المكرمه بتوقيت غرينتش غرينيتش جرينتش
	دولار دينار ريال درهم جنيه ضوييه سوف ستجري ستعقد تتمكن نتمكن يتمكن يتمكنوا وفبلك
	ت ف التي لا لم لما لن كان كانت كانوا المقرر المنتظر المتوقع المرتقب ربما نفسه ذاته
	عمر العمر عمره عمرها عمرهم عمرهما عمرهن عمري وقت الوقت
	مضت خلت مضي مضين خلون انقضت بالفعل ق راس الظهيره والعشرون ربع الميلاديه الهجريه العبريه اليهوديه الصينيه الامازيغيه الفارسيه الايرانيه
	طوال طيله غضون مده كامل كامله ونيف قليله الثلث الربع
	بلك تلك ذاتها نفسها ليس ليست لست القليله واحدا كاملا متواصلا يوم الاقل الزمن الزمان وال تقريبا فقط
	حركه منظمه جمعيه حزب مجموعه تلفزيون راديو اذاعه
	عشرات ميات تماما الاف الحاجه حاجه حتاج المصري امهات دي دو دا ديل بلازا ساحه شارع نهج ميدان طويله عديده موفي عن عوضا بدلا
	الذكري ذكري بمناسبه الاكثر فاكثر واكثر فاقل واقل يا الحين ب القريب المنظور البعيد
	تغرق تقارب يقارب دام ستمر لمده يمكن يمكننا يمكنه يمكنها يمكنهم تا وا
	الامير الدكتور الشيخ العقيد العميد الفريق الكابتن اللاعب الله اللواء المهندس كم نا ها هم هما هن
	مرات مرتين مره مليار مليون
	اما الذي الذين اللذين اللتين اللواتي اللاتي بعدما كما عندما حين حينما اذ حيث
	تسليم بحلول ذكر طلق فرض قتل قد كتب مقرر مقررا مقرره نقل وصف وقع
	المرجح المفترض يفترض دعا دعت دعوا يدعو تدعو يدعون دعوه الدعوه دعوات الدعوات
	اجل بان وكان وكانت حكم
	ات اذا اغلب الموافق الوف بعض جميع كلا لان معظم ملايين وكاله يتوقع يرتقب يرجح ينتظر يين
	غ غداه عند اعتبارا يد ايدي وكانوا المقرره المرتقبه مرتقب مرتقبه المزمع المزمعه مزمع مزمعه المنتظره الحاضر نهار
	متاخر متاخره نحن نحنا انتما
	ابتداء ابتداءا بدءا اقتراب اعلن افاد اكد امر اوضح طلب قال قرر قررت هه
	تم جري تحديدا قوي فريق فريقي تحالف تيار طرفي معسكر معسكري كتله نواب جمهور احزاب قام شن هاجم اقتحم صلاه صلوات خطبه
	يقول تقول يذكر يضيف يشير تشير يوكد يري يعتبر هناك ثمه القايم السايد لل
	برنامج البرنامج فيلم الفيلم مسلسل المسلسل كتاب كتابه روايه الروايه مسرحيه اغنيه سباق شريط وثايقي`)

// TestCuesCoverMatchers checks that every word the matchers name is a cue
// or one of notCues, so that skipping the tokens far from any cue loses
// no time expression when a matcher learns a new word.
func TestCuesCoverMatchers(t *testing.T) {
	skip := map[string]bool{}
	for _, w := range notCues {
		skip[w] = true
	}
	var missing []string
	fs := token.NewFileSet()
	for _, name := range []string{"match.go", "timex.go"} {
		f, err := parser.ParseFile(fs, name, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		ast.Inspect(f, func(n ast.Node) bool {
			b, ok := n.(*ast.BasicLit)
			if !ok || b.Kind != token.STRING {
				return true
			}
			s, _ := strconv.Unquote(b.Value)
			for _, w := range strings.Fields(s) {
				if strings.IndexFunc(w, func(r rune) bool { return unicode.Is(unicode.Arabic, r) && unicode.IsLetter(r) }) < 0 {
					continue
				}
				k := &tok{n: arabic.Normalize(w), num: -1}
				k.bare = k.n
				if !k.isCue() && !skip[k.n] {
					missing = append(missing, k.n)
				}
			}
			return true
		})
	}
	sort.Strings(missing)
	if len(missing) > 0 {
		t.Errorf("words the matchers name that are neither cues nor notCues: %v", missing)
	}
}
