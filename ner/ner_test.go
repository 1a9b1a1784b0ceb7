package ner_test

import (
	"bytes"
	"os"
	"strings"
	"testing"

	"github.com/marsad/marsad"
	"github.com/marsad/marsad/arabic"
	"github.com/marsad/marsad/ner"
)

func TestReadCoNLLErrors(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"missing tag", "قال O\nالرئيس\n", "line 2: missing tag column"},
		{"unknown tag", "قال O\nعمرو X-PER\n", "line 2: unknown tag"},
		{"unknown type", "عمرو B-PERSON\n", "line 1: unknown entity type"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ner.ReadCoNLL(strings.NewReader(tt.in), true)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("err = %v, want %q", err, tt.want)
			}
		})
	}
	s, err := ner.ReadCoNLL(strings.NewReader("عمرو B-PERS\r\nموسى I-PERS\r\n\r\nفي O\r\n"), true)
	if err != nil || len(s) != 2 || s[0].Tags[0] != "B-PER" {
		t.Errorf("CRLF and PERS: %v %v", s, err)
	}
}

func TestChunks(t *testing.T) {
	tests := []struct {
		tags string
		want int
	}{
		{"B-PER I-PER O B-LOC", 2},
		{"I-PER I-PER O", 1}, // I- without B- starts a chunk (conlleval)
		{"B-PER I-LOC", 2},   // type change starts a chunk
		{"O O", 0},
	}
	for _, tt := range tests {
		if got := len(ner.Chunks(strings.Fields(tt.tags))); got != tt.want {
			t.Errorf("Chunks(%s) = %d chunks, want %d", tt.tags, got, tt.want)
		}
	}
}

// trainingF1 returns the overall F1 of m tagging the sentences it was
// trained on.
func trainingF1(m *ner.Model, sents []ner.Sentence) float64 {
	sc := ner.NewScore()
	for _, s := range sents {
		pred, _ := m.Tag(s.Tokens)
		sc.Add(s.Tags, pred)
	}
	_, _, f1 := sc.PRF("")
	return f1
}

func readTiny(t *testing.T) []ner.Sentence {
	t.Helper()
	f, err := os.Open("testdata/tiny.conll")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sents, err := ner.ReadCoNLL(f, true)
	if err != nil {
		t.Fatal(err)
	}
	return sents
}

func TestTrainTagSaveLoad(t *testing.T) {
	sents := readTiny(t)
	m, err := ner.Train(sents, nil, ner.TrainOptions{Epochs: 8, Seed: 1})
	if err != nil {
		t.Fatal(err)
	}
	if f1 := trainingF1(m, sents); f1 < 0.9 {
		t.Errorf("training-set F1 %.2f, want at least 0.9", f1)
	}
	var buf bytes.Buffer
	if err := m.Save(&buf); err != nil {
		t.Fatal(err)
	}
	m2, err := ner.Load(bytes.NewReader(buf.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	a, _ := m.Tag(sents[0].Tokens)
	b, _ := m2.Tag(sents[0].Tokens)
	if strings.Join(a, " ") != strings.Join(b, " ") {
		t.Errorf("reloaded model tags differently: %v vs %v", a, b)
	}
	// A corrupt or foreign file is an error, never a panic.
	for name, data := range map[string][]byte{
		"empty":     nil,
		"not gzip":  []byte("hello"),
		"truncated": buf.Bytes()[:buf.Len()/2],
	} {
		if _, err := ner.Load(bytes.NewReader(data)); err == nil {
			t.Errorf("%s model loaded without error", name)
		}
	}
}

func TestEmbeddedModelOnSentences(t *testing.T) {
	d := tagText(t, "وقال وزير الخارجية الروسي سيرجي لافروف في موسكو إن روسيا والأمم المتحدة تدعمان الحل.")
	got := map[string]string{}
	for _, e := range d.Entities {
		got[e.Text] = e.Type
		if d.Slice(e.Span) != e.Text {
			t.Errorf("entity %q span mismatch", e.Text)
		}
	}
	for text, typ := range map[string]string{"سيرجي لافروف": "PER", "موسكو": "LOC", "روسيا": "LOC", "الأمم المتحدة": "ORG"} {
		if got[text] != typ {
			t.Errorf("entity %q: got type %q (all: %v)", text, got[text], got)
		}
	}
}

// TestHashtags checks that the marks of a hashtag do not cut a name:
// فلاديمير #بوتين and #نيكي_هايلي are one person each, their spans
// covering the marks.
func TestHashtags(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"a hashtag on the surname", "وحذر الرئيس الروسي، فلاديمير #بوتين، نظيره الفرنسي.", "فلاديمير #بوتين"},
		{"an underscore between the names", "وكانت سفيرة الولايات المتحدة #نيكي_هايلي قد أكدت ذلك.", "نيكي_هايلي"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := tagText(t, tt.text)
			var got []string
			for _, e := range d.Entities {
				if e.Type == "PER" {
					got = append(got, e.Text)
				}
			}
			if len(got) != 1 || got[0] != tt.want {
				t.Errorf("persons %q, want [%s]", got, tt.want)
			}
		})
	}
}

// TestHeadNouns checks that a name after the noun of a paper, a company,
// a town or another place (a province, an airport, a street) takes that
// noun's type, whatever the tagger made of it.
func TestHeadNouns(t *testing.T) {
	tests := []struct{ name, text, entity, want string }{
		{"a company", "وقالت شركة توماس كوك إنها تعمل عن كثب مع الفندق.", "توماس كوك", "ORG"},
		{"a site", "وذكر موقع ميديابارت أن الرئيس تلقى أموالا.", "ميديابارت", "ORG"},
		{"a town named after a man", "وعاش في مدينة كارل ماركس شتات قبل الحرب.", "كارل ماركس", "LOC"},
		{"an airport named after a man", "وهبطت الطائرة في مطار جنكيز خان الدولي مساء أمس.", "جنكيز خان", "LOC"},
		{"a province named after a man", "وقتل جنديان في هجوم في محافظة صلاح الدين أمس.", "صلاح الدين", "LOC"},
		{"a camp named after a family", "وسقطت قذيفتان قرب مخيم بني جابر في مديرية حيس.", "بني جابر", "LOC"},
		{"a laboratory named after its village", "وقالت الحكومة إن مختبر مارتن داون العسكري حلل العينات.", "مارتن داون", "LOC"},
		{"a person with no head noun", "وقال جيرمي كوربن إن الحكومة فشلت.", "جيرمي كوربن", "PER"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := tagText(t, tt.text)
			got := ""
			for _, e := range d.Entities {
				if strings.HasPrefix(e.Text, strings.Fields(tt.entity)[0]) {
					got = e.Type
				}
			}
			if got != tt.want {
				t.Errorf("%q typed %q, want %q (all: %v)", tt.entity, got, tt.want, d.Entities)
			}
		})
	}
}

func BenchmarkLoad(b *testing.B) {
	data, err := os.ReadFile("model/ner.bin.gz")
	if err != nil {
		b.Fatal(err)
	}
	for i := 0; i < b.N; i++ {
		if _, err := ner.Load(bytes.NewReader(data)); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkTag(b *testing.B) {
	m, err := ner.Default()
	if err != nil {
		b.Fatal(err)
	}
	toks := strings.Fields("وقال وزير الخارجية الروسي سيرجي لافروف في مؤتمر صحفي بموسكو إن بلاده لن تقبل أي تدخل في الشؤون السورية وإن الأمم المتحدة هي المرجع الوحيد")
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		m.Tag(toks)
	}
	b.ReportMetric(float64(len(toks)*b.N)/b.Elapsed().Seconds(), "tokens/s")
}

func FuzzReadCoNLL(f *testing.F) {
	f.Add("قال O\nعمرو B-PER\n\n")
	f.Add("\xff\xfe\tB-\n-DOCSTART-\n")
	f.Fuzz(func(t *testing.T, s string) {
		ner.ReadCoNLL(strings.NewReader(s), true)
		ner.ReadCoNLL(strings.NewReader(s), false)
	})
}

// TestConsistency checks that a name found once tags its later mentions,
// and that a person named علي does not make every على (on) a name.
func TestConsistency(t *testing.T) {
	tests := []struct {
		name, text, word string
		want             int // entities whose text is word
	}{
		{"a surname recurs", "وقال وزير الخارجية الروسي سيرجي لافروف إن المحادثات مفيدة. وأضاف لافروف أن الوفد سيعود.", "لافروف", 1},
		{"on is not Ali", "وغادر الرئيس التونسي الأسبق زين العابدين بن علي البلاد. وحصل الحزب على أغلبية المقاعد وشدد على ضرورة الحوار.", "على", 0},
	}
	st, err := ner.New()
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := marsad.NewDocument(tt.text)
			d.Paragraphs = []marsad.Span{{Start: 0, End: len([]rune(tt.text))}}
			a, _ := arabic.NewStage()
			a.Process(d)
			if err := st.Process(d); err != nil {
				t.Fatal(err)
			}
			n := 0
			for _, e := range d.Entities {
				if e.Text == tt.word && e.Type == marsad.PER {
					n++
				}
			}
			if tt.want == 0 && n != 0 || tt.want > 0 && n < tt.want {
				t.Errorf("%d person entities %q, want %d: %v", n, tt.word, tt.want, d.Entities)
			}
		})
	}
}

// TestJoinHeads checks that a name head alone does not end a name:
// سيدي بوزيد is one place, not two.
func TestJoinHeads(t *testing.T) {
	m, err := ner.Default()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name       string
		tokens     []string
		start, end int // the chunk of the name
	}{
		{"sidi bouzid", []string{"من", "ولاية", "سيدي", "بوزيد", "إلى", "القصرين"}, 2, 4},
		{"with a proclitic", []string{"وأفاد", "مراسل", "بسيدي", "بوزيد", "بأن"}, 2, 4},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tags, _ := m.Tag(tt.tokens)
			for _, c := range ner.Chunks(tags) {
				if c.Start == tt.start && c.End == tt.end {
					return
				}
			}
			t.Errorf("no chunk over tokens %d..%d: %v", tt.start, tt.end, tags)
		})
	}
}

// TestPlaceNouns checks that a common noun of places tagged alone is not
// kept as a place.
func TestPlaceNouns(t *testing.T) {
	d := tagText(t, "وستدخل الوحدات حيز الاستغلال في ولايات سليانة والقصرين وسيدي بوزيد.")
	for _, e := range d.Entities {
		if e.Text == "ولايات" {
			t.Errorf("common noun kept as an entity: %v", e)
		}
	}
}

// TestTrainMembers checks training with several perceptrons averaged:
// deterministic although the members train concurrently, as accurate on
// the training set, and different from a single perceptron.
func TestTrainMembers(t *testing.T) {
	sents := readTiny(t)
	save := func(m *ner.Model) []byte { return saved(t, m) }
	single, err := ner.Train(sents, nil, ner.TrainOptions{Epochs: 8, Seed: 1})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		members   int
		sameAsOne bool
	}{
		{0, true},
		{1, true},
		{2, false},
		{4, false},
	}
	for _, tt := range tests {
		o := ner.TrainOptions{Epochs: 8, Seed: 1, Members: tt.members}
		a, err := ner.Train(sents, nil, o)
		if err != nil {
			t.Fatal(err)
		}
		b, _ := ner.Train(sents, nil, o)
		if !bytes.Equal(save(a), save(b)) {
			t.Errorf("members %d: two runs wrote different models", tt.members)
		}
		if got := bytes.Equal(save(a), save(single)); got != tt.sameAsOne {
			t.Errorf("members %d: same model as one perceptron = %v, want %v", tt.members, got, tt.sameAsOne)
		}
		if f1 := trainingF1(a, sents); f1 < 0.9 {
			t.Errorf("members %d: training-set F1 %.2f, want at least 0.9", tt.members, f1)
		}
	}
}

// TestCommonWordsAndMonths checks that words the tagger takes for names
// when alone (دوي، منظمة) and month names in a date are no entities, and
// that a month's name as a company's stays.
func TestCommonWordsAndMonths(t *testing.T) {
	tests := []struct{ name, text, word string }{
		{"the sound of an explosion", "وسمع دوي انفجار في دوما مساء السبت.", "دوي"},
		{"an organisation unnamed", "وقالت منظمة إن الوضع خطير.", "منظمة"},
		{"a month in a date", "وقع الهجوم يوم 14 نيسان/أبريل الماضي.", "نيسان"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := tagText(t, tt.text)
			for _, e := range d.Entities {
				if e.Text == tt.word {
					t.Errorf("%s kept as an entity: %v", tt.word, e)
				}
			}
		})
	}
}

// tagText runs the text stage and the embedded tagger's stage over text.
func tagText(t *testing.T, text string) *marsad.Document {
	t.Helper()
	st, err := ner.New()
	if err != nil {
		t.Fatal(err)
	}
	d := marsad.NewDocument(text)
	d.Paragraphs = []marsad.Span{{Start: 0, End: len([]rune(text))}}
	a, _ := arabic.NewStage()
	a.Process(d)
	if err := st.Process(d); err != nil {
		t.Fatal(err)
	}
	return d
}

// saved returns the bytes m.Save writes.
func saved(t *testing.T, m *ner.Model) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := m.Save(&buf); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// TestTrainUpdateRules checks the training rules: the CRF rule trains,
// deterministically, to weights other than the perceptron's, and an
// unknown rule is an error.
func TestTrainUpdateRules(t *testing.T) {
	sents := readTiny(t)
	save := func(m *ner.Model) []byte { return saved(t, m) }
	perceptron, err := ner.Train(sents, nil, ner.TrainOptions{Epochs: 8, Seed: 1, Members: 2})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name      string
		o         ner.TrainOptions
		samePerc  bool
		wantError bool
	}{
		{"default", ner.TrainOptions{}, true, false},
		{"perceptron", ner.TrainOptions{Update: "perceptron"}, true, false},
		{"crf", ner.TrainOptions{Update: "crf"}, false, false},
		{"crf with decay", ner.TrainOptions{Update: "crf", Decay: 0.1}, false, false},
		{"crf at a lower rate", ner.TrainOptions{Update: "crf", Rate: 0.1}, false, false},
		{"perceptron with decay", ner.TrainOptions{Decay: 0.1}, false, false},
		{"unknown rule", ner.TrainOptions{Update: "svm"}, false, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			o := tt.o
			o.Epochs, o.Seed, o.Members = 8, 1, 2
			a, err := ner.Train(sents, nil, o)
			if tt.wantError {
				if err == nil {
					t.Fatal("no error")
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			b, _ := ner.Train(sents, nil, o)
			if !bytes.Equal(save(a), save(b)) {
				t.Error("two runs wrote different models")
			}
			if got := bytes.Equal(save(a), save(perceptron)); got != tt.samePerc {
				t.Errorf("same model as the perceptron = %v, want %v", got, tt.samePerc)
			}
			if f1 := trainingF1(a, sents); f1 < 0.9 {
				t.Errorf("training-set F1 %.2f, want at least 0.9", f1)
			}
		})
	}
}
