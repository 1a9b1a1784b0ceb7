package clean_test

import (
	"errors"
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"

	"github.com/marsad/marsad"
	"github.com/marsad/marsad/clean"
)

func mustClean(t *testing.T, a *marsad.Article) *marsad.Document {
	t.Helper()
	c, err := clean.New()
	if err != nil {
		t.Fatal(err)
	}
	d, err := c.Clean(a)
	if err != nil {
		t.Fatalf("Clean: %v", err)
	}
	return d
}

func TestClean(t *testing.T) {
	tests := []struct {
		name                    string
		in                      string
		title, outlet, dateline string
		paragraphs              int
		keep, drop              []string
	}{
		{
			name: "headline with outlet, repeated headline, dateline, footer",
			in: "الحكومة تعلن خطة جديدة للنقل العام – صحيفة الغد\n\nالحكومة تعلن خطة جديدة للنقل العام\n\n" +
				"عمان- أعلنت الحكومة اليوم خطة جديدة لتطوير النقل العام في المدن الكبرى.\n\nوقال الوزير إن الخطة تمتد خمس سنوات.\n\n" +
				"للتصحيح أو إبداء أي ملاحظات news (at) example.com\n",
			title: "الحكومة تعلن خطة جديدة للنقل العام", outlet: "صحيفة الغد", dateline: "عمان", paragraphs: 2,
			keep: []string{"أعلنت الحكومة اليوم"}, drop: []string{"للتصحيح", "(at)", "عمان-"},
		},
		{
			name:  "one line is the body, not a headline",
			in:    "قال وزير الخارجية إن المحادثات انتهت دون اتفاق.\n",
			title: "", paragraphs: 1, keep: []string{"قال وزير الخارجية"},
		},
		{
			name:  "a first line longer than any headline opens the body",
			in:    strings.Repeat("قال الوزير إن الخطة تمتد خمس سنوات ", 6) + "\nوأضاف أن التمويل مؤمن.\n",
			title: "", paragraphs: 2, keep: []string{"قال الوزير", "وأضاف أن التمويل"},
		},
		{
			name:  "agency in parentheses",
			in:    "عنوان الخبر الأول هنا\nالقاهرة (رويترز) - قال مسؤولون إن المحادثات انتهت دون اتفاق.\n",
			title: "عنوان الخبر الأول هنا", dateline: "القاهرة", paragraphs: 1, keep: []string{"قال مسؤولون"}, drop: []string{"رويترز"},
		},
		{
			name:  "agency after the dash with a colon",
			in:    "عنوان آخر عن لبنان\nبيروت – أ ف ب: أعلن الجيش اللبناني انتشار وحداته على الحدود.\n",
			title: "عنوان آخر عن لبنان", dateline: "بيروت", paragraphs: 1, keep: []string{"أعلن الجيش"}, drop: []string{"أ ف ب"},
		},
		{
			name:  "place with country and agency (CNN style)",
			in:    "عنوان عن الأسواق\nدبي، الإمارات العربية المتحدة (CNN)-- ارتفعت أسعار النفط الثلاثاء.\n",
			title: "عنوان عن الأسواق", dateline: "دبي", paragraphs: 1, keep: []string{"ارتفعت أسعار النفط"}, drop: []string{"CNN"},
		},
		{
			name:  "a sentence is not a dateline",
			in:    "عنوان ثالث\nقال الرئيس - في كلمة متلفزة - إن البلاد تجاوزت الأزمة.\n",
			title: "عنوان ثالث", dateline: "", paragraphs: 1, keep: []string{"قال الرئيس - في كلمة"},
		},
		{
			name:  "hyphen inside the headline is not an outlet",
			in:    "التعاون الروسي-الأمريكي يتعثر من جديد\nنص الخبر هنا.\n",
			title: "التعاون الروسي-الأمريكي يتعثر من جديد", outlet: "", paragraphs: 1,
		},
		{
			name: "related articles list and share prompts",
			in: "عنوان رابع طويل نسبيا\nالفقرة الأولى من الخبر.\nاقرأ أيضاً:\nعنوان خبر مرتبط أول\nعنوان خبر مرتبط ثان\n" +
				"تابعونا على تويتر\nجميع الحقوق محفوظة © 2024\n",
			title: "عنوان رابع طويل نسبيا", paragraphs: 1, keep: []string{"الفقرة الأولى"}, drop: []string{"مرتبط", "تابعونا", "الحقوق"},
		},
		{
			name:  "a real sentence that starts like a prompt is kept",
			in:    "عنوان خامس\nشارك الآلاف في مسيرة سلمية وسط العاصمة يوم الجمعة.\n",
			title: "عنوان خامس", paragraphs: 1, keep: []string{"شارك الآلاف"},
		},
		{
			name:  "byline line and read-more link",
			in:    "عنوان التقرير الرياضي\nهذا التقرير بقلم فلان الفلاني، محرر الشؤون الرياضية\nفاز الفريق بالمباراة أمس.\nللاطلاع على الملف كاملا: رابط الملف\n",
			title: "عنوان التقرير الرياضي", paragraphs: 1, keep: []string{"فاز الفريق"}, drop: []string{"بقلم", "للاطلاع"},
		},
		{
			name:  "place before the headline",
			in:    "سوسة : حجز كمية من السلع المهربة\nتمكنت وحدات الحرس من حجز كمية من السلع المهربة.\n",
			title: "سوسة : حجز كمية من السلع المهربة", dateline: "سوسة", paragraphs: 1,
		},
		{
			name:  "a person before the headline is no dateline",
			in:    "وزير الداخلية : لا تهاون مع المخالفين\nقال وزير الداخلية إنه لا تهاون مع المخالفين.\n",
			title: "وزير الداخلية : لا تهاون مع المخالفين", dateline: "", paragraphs: 1,
		},
		{
			name:  "CRLF line ends",
			in:    "عنوان سادس\r\n\r\nفقرة أولى.\r\nفقرة ثانية.\r\n",
			title: "عنوان سادس", paragraphs: 2,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := mustClean(t, &marsad.Article{Source: "t.txt", Body: []byte(tt.in)})
			if d.Title != tt.title || d.Outlet != tt.outlet || d.Dateline != tt.dateline {
				t.Errorf("title %q outlet %q dateline %q; want %q %q %q", d.Title, d.Outlet, d.Dateline, tt.title, tt.outlet, tt.dateline)
			}
			if len(d.Paragraphs) != tt.paragraphs {
				t.Errorf("%d paragraphs, want %d: %q", len(d.Paragraphs), tt.paragraphs, d.Text)
			}
			for _, s := range tt.keep {
				if !strings.Contains(d.Text, s) {
					t.Errorf("text lost %q: %q", s, d.Text)
				}
			}
			for _, s := range tt.drop {
				if strings.Contains(d.Text, s) {
					t.Errorf("text keeps %q: %q", s, d.Text)
				}
			}
			checkSpans(t, d)
		})
	}
}

// checkSpans verifies that paragraph spans tile the text.
func checkSpans(t *testing.T, d *marsad.Document) {
	t.Helper()
	n := utf8.RuneCountInString(d.Text)
	var parts []string
	for _, p := range d.Paragraphs {
		if p.Start < 0 || p.End > n || p.Start > p.End {
			t.Fatalf("paragraph span %v outside text of %d code points", p, n)
		}
		parts = append(parts, d.Slice(p))
	}
	if strings.Join(parts, "\n\n") != d.Text {
		t.Errorf("paragraph spans do not tile the text")
	}
}

func TestStructuredArticle(t *testing.T) {
	d := mustClean(t, &marsad.Article{Source: "c.trec#1", Structured: true, Title: "عنوان من الحاوية",
		Author: "أبوظبي - سكاي نيوز عربية", Body: []byte("فقرة أولى من النص.\nفقرة ثانية.")})
	if d.Title != "عنوان من الحاوية" || d.Dateline != "أبوظبي" || len(d.Paragraphs) != 2 {
		t.Errorf("got title %q dateline %q paragraphs %d", d.Title, d.Dateline, len(d.Paragraphs))
	}
}

func TestDecode(t *testing.T) {
	arabic := "عنوان\nنص عربي قصير للتجربة"
	cp1256, _ := charmap.Windows1256.NewEncoder().String(arabic)
	u16le, _ := unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewEncoder().String(arabic)
	u16be, _ := unicode.UTF16(unicode.BigEndian, unicode.UseBOM).NewEncoder().String(arabic)
	u16nobom, _ := unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM).NewEncoder().String(arabic)
	tests := []struct {
		name string
		in   []byte
		want string
		err  error
	}{
		{"utf-8", []byte(arabic), arabic, nil},
		{"utf-8 bom", append([]byte{0xEF, 0xBB, 0xBF}, arabic...), arabic, nil},
		{"utf-16le bom", []byte(u16le), arabic, nil},
		{"utf-16be bom", []byte(u16be), arabic, nil},
		{"utf-16 without bom", []byte(u16nobom), arabic, nil},
		{"windows-1256", []byte(cp1256), arabic, nil},
		{"empty", []byte(""), "", clean.ErrEmpty},
		{"blank", []byte(" \n\t\r\n"), "", clean.ErrEmpty},
		{"binary", []byte("\x7fELF\x02\x01\x01\x00\x00\x00\x00\x00\x03\x00\x3e\x00\x01\x00\x00\x00\x10\x2f\x00"), "", clean.ErrBinary},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, _, err := clean.Decode(tt.in)
			if !errors.Is(err, tt.err) || got != tt.want {
				t.Errorf("Decode = %q, %v; want %q, %v", got, err, tt.want, tt.err)
			}
		})
	}
}

func TestCleanErrorsNameTheSource(t *testing.T) {
	c, _ := clean.New()
	for _, body := range [][]byte{nil, []byte("\x00\x01\x02\x03binary\x00\x00"), []byte("للتصحيح أو إبداء أي ملاحظات desk (at) example.com")} {
		if _, err := c.Clean(&marsad.Article{Source: "bad.txt", Body: body}); err == nil || !strings.Contains(err.Error(), "bad.txt") {
			t.Errorf("Clean(%q) error %v does not name the file", body, err)
		}
	}
}

func TestHugeLine(t *testing.T) {
	line := strings.Repeat("كلمة ", 2_000_000) // 10+ MB on one line
	d := mustClean(t, &marsad.Article{Source: "big.txt", Body: []byte("عنوان\n" + line)})
	if len(d.Paragraphs) != 1 {
		t.Errorf("got %d paragraphs", len(d.Paragraphs))
	}
}

func FuzzClean(f *testing.F) {
	f.Add([]byte("عنوان – منفذ\n\nواشنطن- نص.\nاقرأ أيضا:\nخبر"))
	f.Add([]byte("\xff\xfe\x00\x00"))
	f.Add([]byte("\xe3\xd5\xd1\n\xc7\xe1\xde\xc7\xe5\xd1\xc9"))
	f.Add([]byte(""))
	f.Fuzz(func(t *testing.T, b []byte) {
		c, _ := clean.New()
		d, err := c.Clean(&marsad.Article{Source: "f", Body: b})
		if err != nil {
			return
		}
		checkSpans(t, d)
		if !utf8.ValidString(d.Text) {
			t.Errorf("text is not valid UTF-8")
		}
	})
}

func ExampleNew() {
	c, _ := clean.New()
	d, _ := c.Clean(&marsad.Article{Source: "example", Body: []byte("وزير يزور المدينة – صحيفة المثال\n\nالرباط - زار الوزير المدينة اليوم.\n\nللتصحيح أو إبداء أي ملاحظات desk (at) example.com")})
	fmt.Println(d.Title, "|", d.Outlet, "|", d.Dateline, "|", d.Text)
	// Output: وزير يزور المدينة | صحيفة المثال | الرباط | زار الوزير المدينة اليوم.
}
