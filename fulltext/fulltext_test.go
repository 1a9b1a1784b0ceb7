package fulltext_test

import (
	"strings"
	"testing"

	"github.com/marsad/marsad/arabic"
	"github.com/marsad/marsad/fulltext"
)

func TestParse(t *testing.T) {
	for _, tc := range []struct {
		name, q string
		parts   int
		phrase  bool
		prefix  bool
	}{
		{"words", "الضربات الجوية", 2, false, false},
		{"phrase", `"الضربات الجوية"`, 1, true, false},
		{"guillemets", "«الضربات الجوية» غزة", 2, true, false},
		{"prefix", "صحف*", 1, false, true},
		{"clitic", "وبغزة", 1, false, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			q, err := fulltext.Parse(tc.q)
			if err != nil {
				t.Fatal(err)
			}
			if len(q.Parts) != tc.parts {
				t.Fatalf("%d parts, want %d: %+v", len(q.Parts), tc.parts, q.Parts)
			}
			if got := len(q.Parts[0].Terms) > 1; got != tc.phrase {
				t.Errorf("phrase = %v", got)
			}
			if q.Parts[len(q.Parts)-1].Prefix != tc.prefix {
				t.Errorf("prefix = %v", q.Parts[len(q.Parts)-1].Prefix)
			}
		})
	}
	for _, bad := range []string{"", "  ", "!!! ...", strings.Repeat("ب", 3000)} {
		if _, err := fulltext.Parse(bad); err == nil {
			t.Errorf("Parse(%.20q) accepted", bad)
		}
	}
}

func TestSnippetEscapesAndMarks(t *testing.T) {
	q, _ := fulltext.Parse("غزة")
	s := fulltext.Snippet("قال <b>الوزير</b> إن الوضع في بغزة صعب", q.Terms, 20)
	if !strings.Contains(s, "<mark>بغزة</mark>") || strings.Contains(s, "<b>") {
		t.Errorf("snippet %q", s)
	}
}

func TestSimHash(t *testing.T) {
	tail := " وأكدت القيادة العسكرية أن العمليات تهدف إلى طرد المسلحين من الأحياء الغربية للمدينة بعد أشهر من المعارك وأن القوات الحكومية تقدمت في عدة محاور بدعم من طيران التحالف الدولي الذي نفذ عشرات الضربات خلال الأسبوع الماضي"
	a := arabic.Terms(tail + " شنت الطائرات الأمريكية غارات جوية على مواقع تنظيم داعش قرب مدينة الموصل شمال العراق يوم الأحد وقال مسؤولون إن الغارات ستستمر")
	b := arabic.Terms(tail + " شنت الطائرات الأمريكية غارات جوية على مواقع تنظيم داعش قرب مدينة الموصل شمال العراق يوم الاثنين وقال مسؤولون إن الغارات ستستمر")
	c := arabic.Terms("تظاهر الآلاف في غزة احتجاجا على نقص الوقود والكهرباء وقال منظمون إن المسيرة سلمية وإنها ستتكرر كل أسبوع حتى تحل الأزمة")
	if !fulltext.Near(fulltext.SimHash(a), fulltext.SimHash(b)) {
		t.Error("reprint with one word changed not near")
	}
	if fulltext.Near(fulltext.SimHash(a), fulltext.SimHash(c)) {
		t.Error("different stories near")
	}
	if fulltext.SimHash(a[:5]) != 0 {
		t.Error("short text hashed")
	}
}

// TestSnippetAtMatchesSnippet cuts snippets where the index would place
// the query and checks them against Snippet's own search of the text,
// whole and from prefixes.
func TestSnippetAtMatchesSnippet(t *testing.T) {
	long := strings.Repeat("كلام عام عن الطقس والأسواق، وأرقام مثل 3.5 و 2024. ", 140) + "ثم ذكر الوزير الميناء الجديد."
	texts := map[string]string{
		"early":            "أعلن الوزير افتتاح الميناء الجديد في المدينة، وقال إن الميناء سيخدم التجارة مع دول الجوار لسنوات طويلة.",
		"late":             strings.Repeat("تحدث المسؤولون طويلا عن الخطط. ", 30) + "وفي النهاية افتتح الميناء.",
		"late in the text": long,
		"long words":       strings.Repeat("والاستراتيجيات والمفاوضات الاقتصادية ", 12) + "وافتتحوا الميناء.",
		"latin and digits": "وقال مدير Port Authority إن 12 سفينة رست في الميناء أمس، مقابل 9 سفن في اليوم السابق.",
	}
	for name, text := range texts {
		for _, q := range []string{"الميناء", "الوزير الميناء", "سفينة", "غائبة"} {
			t.Run(name+"/"+q, func(t *testing.T) {
				pq, err := fulltext.Parse(q)
				if err != nil {
					t.Fatal(err)
				}
				at := -1
				for i, term := range arabic.Terms(text) {
					if pq.Terms[term] {
						at = i
						break
					}
				}
				want := fulltext.Snippet(text, pq.Terms, 14)
				if got, ok := fulltext.SnippetAt(text, true, at, pq.Terms, 14); !ok || got != want {
					t.Errorf("whole text, at %d:\n got %q\nwant %q", at, got, want)
				}
				for _, n := range []int{300, 600, 2000} {
					r := []rune(text)
					if n >= len(r) {
						continue
					}
					if got, ok := fulltext.SnippetAt(string(r[:n]), false, at, pq.Terms, 14); ok && got != want {
						t.Errorf("prefix of %d, at %d:\n got %q\nwant %q", n, at, got, want)
					}
				}
			})
		}
	}
}

// TestWordMarks checks the promise of WordMarks: a snippet cut from a
// part of the text that begins at a mark window words or more before the
// first match is the snippet of the whole text.
func TestWordMarks(t *testing.T) {
	text := strings.Repeat("قال المسؤول إن 3 سفن رست، ثم غادرت Port Said مساء. ", 60) + "وافتتح الوزير الميناء الجديد."
	const every, window = 16, 14
	marks := fulltext.WordMarks(text, every)
	words := arabic.Terms(text)
	if want := (len(words) - 1) / every; len(marks) != want {
		t.Fatalf("%d marks for %d words, want %d", len(marks), len(words), want)
	}
	for _, q := range []string{"الميناء", "سفن", "غادرت"} {
		pq, err := fulltext.Parse(q)
		if err != nil {
			t.Fatal(err)
		}
		for at, term := range words {
			if !pq.Terms[term] {
				continue
			}
			want, _ := fulltext.SnippetAt(text, true, at, pq.Terms, window)
			for m, off := range marks {
				num := (m + 1) * every
				if at-num < window {
					break
				}
				got, ok := fulltext.SnippetAt(text[off:], true, at-num, pq.Terms, window)
				if !ok || got != want {
					t.Fatalf("%s at %d from mark %d:\n got %q\nwant %q", q, at, m, got, want)
				}
			}
		}
	}
}

// TestSnippetEscapes checks that a snippet is safe HTML with its line
// breaks as spaces, whatever the text holds.
func TestSnippetEscapes(t *testing.T) {
	text := "قال <b>المتحدث</b> & \"الوزير\" 'اليوم'\nإن الميناء <script>مفتوح</script>."
	pq, err := fulltext.Parse("الميناء")
	if err != nil {
		t.Fatal(err)
	}
	got := fulltext.Snippet(text, pq.Terms, 60)
	want := "قال &lt;b&gt;المتحدث&lt;/b&gt; &amp; &#34;الوزير&#34; &#39;اليوم&#39; إن <mark>الميناء</mark> &lt;script&gt;مفتوح&lt;/script&gt;."
	if got != want {
		t.Errorf("got  %q\nwant %q", got, want)
	}
}
