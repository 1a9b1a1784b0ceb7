package arabic_test

import (
	"bufio"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/marsad/marsad"
	"github.com/marsad/marsad/arabic"
)

func TestNormalize(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"already normal", "قال الوزير", "قال الوزير"},
		{"hamza alefs", "أإآٱ", "اااا"},
		{"alef maqsura", "على", "علي"},
		{"teh marbuta", "مدينة", "مدينه"},
		{"diacritics", "مُحَمَّدٌ", "محمد"},
		{"tatweel", "الـــعرب", "العرب"},
		{"persian look-alikes", "کی", "كي"},
		{"arabic-indic digits", "١٥ و ۲۰", "15 و 20"},
		{"hamza on waw and yeh", "مؤتمر رئيس", "موتمر رييس"},
		{"zero width and bidi", "قال\u200fهنا\u200c", "قالهنا"},
		{"nbsp", "قال\u00a0هنا", "قال هنا"},
		{"latin untouched", "CNN 2024", "CNN 2024"},
		{"empty", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := arabic.Normalize(tt.in); got != tt.want {
				t.Errorf("Normalize(%q) = %q, want %q\n got % x\nwant % x", tt.in, got, tt.want, got, tt.want)
			}
		})
	}
}

func TestNormalizeNoAllocOnNormalText(t *testing.T) {
	s := strings.Repeat("قال الوزير في بيان اليوم ان المحادثات انتهت ", 20)
	if n := testing.AllocsPerRun(100, func() { arabic.Normalize(s) }); n != 0 {
		t.Errorf("Normalize allocated %v times on normal text", n)
	}
}

// TestNormalizeLucene checks the normaliser on the Lucene/bleve cases in
// ../shared, where present (those normalise teh marbuta and hamza too).
func TestNormalizeLucene(t *testing.T) {
	f, err := os.Open("../../shared/data/stem/lucene-bleve-ar-tests/normalize_cases.tsv")
	if err != nil {
		t.Skip("../shared not present")
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	n, bad := 0, 0
	for sc.Scan() {
		p := strings.Split(sc.Text(), "\t")
		if len(p) < 2 || strings.HasPrefix(p[0], "#") || p[0] == "input" {
			continue
		}
		n++
		if got := arabic.Normalize(p[0]); got != p[1] {
			bad++
			t.Logf("Normalize(%q) = %q, Lucene %q", p[0], got, p[1])
		}
	}
	if n > 0 && bad*5 > n {
		t.Errorf("%d of %d Lucene normalisation cases differ", bad, n)
	}
}

func TestTokenize(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want string // tokens joined by " | "
	}{
		{"words and punctuation", "قال، إن المحادثات انتهت.", "قال | ، | إن | المحادثات | انتهت | ."},
		{"quotes", "وأضاف ”لن يحدث.“", "وأضاف | ” | لن | يحدث | . | “"},
		{"guillemets", "«نحن هنا»", "« | نحن | هنا | »"},
		{"decimal and percent", "ارتفع 3.5% و١٫٢٥", "ارتفع | 3.5 | % | و | ١٫٢٥"},
		{"thousands and time", "10,000 دولار الساعة 15:30", "10,000 | دولار | الساعة | 15:30"},
		{"url and email", "راجع https://example.com/a?b=1. أو desk@example.com", "راجع | https://example.com/a?b=1 | . | أو | desk@example.com"},
		{"latin", "شبكة CNN's الإخبارية", "شبكة | CNN's | الإخبارية"},
		{"hyphen", "الروسي-الأمريكي", "الروسي | - | الأمريكي"},
		{"ellipsis", "لكن... لا", "لكن | ... | لا"},
		{"letters then digits", "ب15000", "ب | 15000"},
		{"tatweel as a dash", "الإحصاءـ الأهم", "الإحصاء | ـ | الأهم"},
		{"question marks", "هل انتهى؟", "هل | انتهى | ؟"},
		{"hashtag marks are no tokens", "زار #ترامب #الضفة_الغربية", "زار | ترامب | الضفة | الغربية"},
		{"a hash before Latin stays", "وسم #CNN", "وسم | # | CNN"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, tok := range arabic.Tokenize(tt.in) {
				got = append(got, tt.in[tok.Start:tok.End])
			}
			if g := strings.Join(got, " | "); g != tt.want {
				t.Errorf("Tokenize(%q)\n got %s\nwant %s", tt.in, g, tt.want)
			}
		})
	}
}

func TestWords(t *testing.T) {
	tests := []struct{ in, want string }{
		{"والحكومة", "و | الحكومة"},
		{"وأضاف", "و | أضاف"},
		{"بالأمم", "ب | الأمم"},
		{"للسلطة", "ل | لسلطة"},
		{"سيكون", "س | يكون"},
		{"نشرتها", "نشرت | ها"},
		{"عليهم", "علي | هم"},
		{"له", "ل | ه"},
		{"فيها", "في | ها"},
		{"وبالتالي", "و | ب | التالي"},
		// Never split: names and stems that look like clitics.
		{"وزير", "وزير"},
		{"واشنطن", "واشنطن"},
		{"فلسطين", "فلسطين"},
		{"بلال", "بلال"},
		{"كتاب", "كتاب"},
		{"والي", "والي"},
		{"لبنان", "لبنان"},
		{"ذلك", "ذلك"},
		{"الله", "الله"},
		{"CNN", "CNN"},
		{"وات", "وات"}, // the Tunisian news agency
		{"لوات", "ل | وات"},
		{"واس", "واس"},
		{"بيونغ", "بيونغ"},
		{"كابل", "كابل"},
		{"وبعقوبة", "و | بعقوبة"},
		{"كاليفورنيا", "كاليفورنيا"},
		{"كيري", "كيري"},
		{"وكيري", "و | كيري"},
		{"ولايتي", "ولايتي"},
		{"اسهم", "اسهم"}, // shares, not اس + هم
		{"فاس", "فاس"},
		{"بيدرسون", "بيدرسون"},
		{"لسان", "لسان"}, // على لسان: tongue, not ل + سان
		{"بلسان", "ب | لسان"},
		{"وأسهم", "و | أسهم"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got := strings.Join(arabic.Words(tt.in), " | ")
			if got != tt.want {
				t.Errorf("Words(%q) = %s, want %s", tt.in, got, tt.want)
			}
			if strings.Join(arabic.Words(tt.in), "") != tt.in {
				t.Errorf("pieces of %q do not rebuild it", tt.in)
			}
		})
	}
}

func TestSentences(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want int
	}{
		{"two sentences", "انتهى الاجتماع. وغادر الوفد.", 2},
		{"mark inside a quote", "وقال ”لن يحدث هذا. أبدا“ ثم غادر.", 1},
		{"quote that ends a sentence", "وقال ”لن يحدث هذا.“ ثم غادر.", 2},
		{"guillemets", "قال «انتهى الأمر» وغادر. ثم عاد.", 2},
		{"abbreviation", "قال د. محمد إن الوضع مستقر.", 1},
		{"decimal", "بلغ النمو 3.5 في المئة. وهذا جيد.", 2},
		{"question and exclamation", "هل انتهى؟! لا أعرف.", 2},
		{"no terminator", "بلا نقطة في النهاية", 1},
		{"empty", "", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := arabic.Sentences(tt.in)
			if len(got) != tt.want {
				var parts []string
				for _, s := range got {
					parts = append(parts, tt.in[s[0]:s[1]])
				}
				t.Errorf("%d sentences, want %d: %q", len(got), tt.want, parts)
			}
		})
	}
}

func TestTerms(t *testing.T) {
	same := [][2]string{
		{"الضربات الجوية", "ضربات جوية"},
		{"الضربات الجوية", "والضربات الجوية"},
		{"غزة", "بغزة"},
		{"المفاوضات", "مفاوضات"},
	}
	for _, p := range same {
		a, b := strings.Join(arabic.Terms(p[0]), " "), strings.Join(arabic.Terms(p[1]), " ")
		if a != b {
			t.Errorf("Terms(%q) = %q but Terms(%q) = %q", p[0], a, p[1], b)
		}
	}
}

func TestStage(t *testing.T) {
	d := marsad.NewDocument("قال الوزير إن المحادثات انتهت. وأضاف ”لن نقبل بذلك.“\n\nفقرة ثانية هنا.")
	d.Paragraphs = []marsad.Span{{Start: 0, End: 51}, {Start: 53, End: 68}}
	st, _ := arabic.NewStage()
	if err := st.Process(d); err != nil {
		t.Fatal(err)
	}
	if len(d.Sentences) != 3 {
		t.Errorf("%d sentences, want 3", len(d.Sentences))
	}
	for _, tok := range d.Tokens {
		if d.Slice(tok.Span) != tok.Text || d.Text[tok.ByteStart:tok.ByteEnd] != tok.Text {
			t.Errorf("token %q has wrong offsets", tok.Text)
		}
	}
	var base string
	for _, tok := range d.Tokens {
		if tok.Text == "وأضاف" {
			base = tok.Prefix + "+" + tok.Base
		}
	}
	if base != "و+اضاف" {
		t.Errorf("وأضاف segmented as %q", base)
	}
}

func FuzzTokenize(f *testing.F) {
	for _, s := range []string{"قال، إن 3.5% https://x.y «نحن» ”هنا.“", "\xff\xfe", strings.Repeat("و", 1000), "ـــ"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		prev := 0
		for _, tok := range arabic.Tokenize(s) {
			if tok.Start < prev || tok.End <= tok.Start || tok.End > len(s) {
				t.Fatalf("bad token span %v (prev end %d, len %d)", tok, prev, len(s))
			}
			prev = tok.End
			w := s[tok.Start:tok.End]
			if strings.Join(arabic.Words(w), "") != w {
				t.Fatalf("Words(%q) pieces do not rebuild it", w)
			}
		}
		for _, sp := range arabic.Sentences(s) {
			if sp[0] < 0 || sp[1] > len(s) || sp[0] >= sp[1] {
				t.Fatalf("bad sentence span %v", sp)
			}
		}
		arabic.Normalize(s)
		arabic.Terms(s)
	})
}

func ExampleWords() {
	fmt.Println(strings.Join(arabic.Words("وبالأمم"), " + "))
	fmt.Println(strings.Join(arabic.Words("للسلطة"), " + "))
	// Output:
	// و + ب + الأمم
	// ل + لسلطة
}

func ExampleNormalize() {
	fmt.Println(arabic.Normalize("إِنَّ الأمم المتحدة"))
	// Output: ان الامم المتحده
}

func TestCountWords(t *testing.T) {
	tests := []struct {
		name string
		in   string
		max  int
		want int
	}{
		{"empty", "", 5, 0},
		{"spaces only", " \t\n ", 5, 0},
		{"three words", "قال الوزير اليوم", 5, 3},
		{"stops at max", "واحد اثنان ثلاثة أربعة", 2, 2},
		{"non-breaking space separates", "واحد\u00a0اثنان", 5, 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := arabic.CountWords(tt.in, tt.max); got != tt.want {
				t.Errorf("CountWords(%q, %d) = %d, want %d", tt.in, tt.max, got, tt.want)
			}
			if n := len(strings.Fields(tt.in)); min(n, tt.max) != tt.want {
				t.Errorf("strings.Fields gives %d words", n)
			}
		})
	}
}
