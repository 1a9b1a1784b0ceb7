package input_test

import (
	"bytes"
	"compress/gzip"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/marsad/marsad/input"
)

const trecFixture = `<DOC>
<DOCNO>XX-test-1-20200101</DOCNO>
<URL>https://example.com/ar/خبر?a=1&b=2</URL>
<SRC>skynews</SRC>
<CAT>middleEast</CAT>
<TITLE>عنوان أول & تجربة</TITLE>
<TIME>Wed, 01 Jan 2020 10:00:00 GMT</TIME>
<AUTHOR>أبوظبي - سكاي نيوز عربية</AUTHOR>
<ABSTRACT>
ملخص
</ABSTRACT>
<TEXT>
الفقرة الأولى.
الفقرة الثانية.
</TEXT>
</DOC>
<DOC>
<DOCNO>XX-test-2-20170120</DOCNO>
<TITLE>عنوان ثان</TITLE>
<TIME>2017-01-20T21:43:00+01:00</TIME>
<TEXT>
نص
</TEXT>
</DOC>
<DOC>
<DOCNO>XX-test-3-20170121</DOCNO>
<TITLE>مقال رأي</TITLE>
<ABSTRACT>
هذا ملخص المقال وهو أطول من النص لأن النص لا يحوي إلا تنبيها قصيرا.
</ABSTRACT>
<TEXT>
** جميع المقالات المنشورة تمثل رأي كتابها فقط.
</TEXT>
</DOC>
`

func collect(t *testing.T, paths []string, stdin string, opts input.Options) (arts []string, errs []string) {
	t.Helper()
	for it := range input.Stream(context.Background(), paths, strings.NewReader(stdin), opts) {
		if it.Err != nil {
			errs = append(errs, it.Err.Error())
			continue
		}
		arts = append(arts, it.Article.Source)
	}
	return arts, errs
}

func TestTREC(t *testing.T) {
	dir := t.TempDir()
	plain := filepath.Join(dir, "a.trec")
	os.WriteFile(plain, []byte(trecFixture), 0o644)
	var zb bytes.Buffer
	zw := gzip.NewWriter(&zb)
	zw.Write([]byte(trecFixture))
	zw.Close()
	gz := filepath.Join(dir, "b.trec.gz")
	os.WriteFile(gz, zb.Bytes(), 0o644)

	var got []*struct{ src, title, pub, outlet, author, body string }
	for it := range input.Stream(context.Background(), []string{plain, gz}, nil, input.Options{}) {
		if it.Err != nil {
			t.Fatalf("unexpected error: %v", it.Err)
		}
		a := it.Article
		got = append(got, &struct{ src, title, pub, outlet, author, body string }{a.Source, a.Title, a.Published, a.Outlet, a.Author, string(a.Body)})
		if !a.Structured {
			t.Errorf("%s: TREC records are structured", a.Source)
		}
	}
	if len(got) != 6 {
		t.Fatalf("got %d articles, want 6", len(got))
	}
	if !strings.HasPrefix(got[2].body, "هذا ملخص المقال") {
		t.Errorf("abstract not used for a record whose TEXT is only a disclaimer: %q", got[2].body)
	}
	first := got[0]
	if !strings.HasSuffix(first.src, "#XX-test-1-20200101") || first.title != "عنوان أول & تجربة" || first.pub != "2020-01-01" ||
		first.outlet != "سكاي نيوز عربية" || first.author != "أبوظبي - سكاي نيوز عربية" || first.body != "الفقرة الأولى.\nالفقرة الثانية." {
		t.Errorf("first record read wrong: %+v", first)
	}
	if got[1].pub != "2017-01-20" {
		t.Errorf("ISO 8601 TIME: got %q", got[1].pub)
	}
}

func TestStreamErrorsNameTheFileAndContinue(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "good.txt")
	os.WriteFile(good, []byte("عنوان\n\nنص"), 0o644)
	badgz := filepath.Join(dir, "bad.gz")
	os.WriteFile(badgz, []byte{0x1f, 0x8b, 0x08, 0x00, 0x01}, 0o644)
	tests := []struct {
		name     string
		paths    []string
		wantArts int
		wantErr  string
	}{
		{"missing file", []string{filepath.Join(dir, "nope.txt"), good}, 1, "nope.txt"},
		{"truncated gzip", []string{badgz, good}, 1, "bad.gz"},
		{"directory", []string{dir}, 1, "bad.gz"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			arts, errs := collect(t, tt.paths, "", input.Options{})
			if len(arts) != tt.wantArts {
				t.Errorf("got %d articles, want %d", len(arts), tt.wantArts)
			}
			if len(errs) == 0 || !strings.Contains(strings.Join(errs, "\n"), tt.wantErr) {
				t.Errorf("errors %q do not name %q", errs, tt.wantErr)
			}
		})
	}
}

func TestStdinAndOptions(t *testing.T) {
	var n int
	for it := range input.Stream(context.Background(), []string{"-"}, strings.NewReader("عنوان\nنص"), input.Options{Outlet: "مرصد", Published: "2024-01-02"}) {
		if it.Err != nil {
			t.Fatal(it.Err)
		}
		n++
		if it.Article.Source != "<stdin>" || it.Article.Outlet != "مرصد" || it.Article.Published != "2024-01-02" {
			t.Errorf("got %+v", it.Article)
		}
	}
	if n != 1 {
		t.Errorf("got %d articles", n)
	}
}

func TestParseDate(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Fri, 23 Feb 2018 10:37:34 GMT", "2018-02-23"},
		{"2017-01-20T21:43:00+01:00", "2017-01-20"},
		{"2024-03-05", "2024-03-05"},
		{"20/01/2017", "2017-01-20"},
		{"01/04/2016", "2016-04-01"}, // day first, as the Arab sites that write it so
		{"3/9/2016", "2016-09-03"},
		{"25/11/2016 14:30", "2016-11-25"},
		{"31/02/2016", ""},
		{"أمس", ""},
		{"", ""},
	}
	for _, tt := range tests {
		if got := input.ParseDate(tt.in); got != tt.want {
			t.Errorf("ParseDate(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func FuzzTREC(f *testing.F) {
	f.Add([]byte(trecFixture))
	f.Add([]byte("<DOC>\n<TEXT>\n"))
	f.Add([]byte("<DOC><DOC></DOC>\x00\xff"))
	f.Fuzz(func(t *testing.T, b []byte) {
		for it := range input.Stream(context.Background(), []string{"-"}, bytes.NewReader(b), input.Options{Format: input.FormatTREC}) {
			_ = it
		}
	})
}

// TestTRECTeasers checks that the leads of other records that end a
// record's TEXT (the teasers of a news page) are dropped, and that a lead
// quoted as background in a story that goes on stays.
func TestTRECTeasers(t *testing.T) {
	lead := func(n int) string {
		return "أعلنت الحكومة في البلد رقم " + strings.Repeat("واحد ", n) + "خطة جديدة لدعم الزراعة في المناطق الريفية."
	}
	rec := func(no, text string, abstract string) string {
		return "<DOC>\n<DOCNO>" + no + "</DOCNO>\n<TITLE>عنوان</TITLE>\n<ABSTRACT>\n" + abstract + "\n</ABSTRACT>\n<TEXT>\n" + text + "\n</TEXT>\n</DOC>\n"
	}
	story := "قال وزير الخارجية إن المحادثات انتهت دون اتفاق بعد يومين من النقاش."
	more := "وأضاف أن الجولة المقبلة ستعقد الشهر المقبل في العاصمة."
	file := rec("t-1", story+"\n"+more+"\n"+lead(2)+"\n"+lead(3), story) +
		rec("t-2", lead(2)+"\nوقال الوزير إن الخطة تمتد خمس سنوات.", lead(2)) +
		rec("t-3", lead(3)+"\n"+more, lead(3)) +
		rec("t-4", story+"\n"+lead(3)+"\n"+more+"\n"+more+"\nوختم الوزير بالقول إن الباب مفتوح.", story)
	path := filepath.Join(t.TempDir(), "c.trec")
	os.WriteFile(path, []byte(file), 0o644)
	bodies := map[string]string{}
	for it := range input.Stream(context.Background(), []string{path}, nil, input.Options{}) {
		if it.Err != nil {
			t.Fatal(it.Err)
		}
		_, no, _ := strings.Cut(it.Article.Source, "#")
		bodies[no] = string(it.Article.Body)
	}
	tests := []struct{ name, doc, want string }{
		{"teasers that end a page go", "t-1", story + "\n" + more},
		{"a record keeps its own lead", "t-2", lead(2) + "\nوقال الوزير إن الخطة تمتد خمس سنوات."},
		{"a lead quoted in a story that goes on stays", "t-4", story + "\n" + lead(3) + "\n" + more + "\n" + more + "\nوختم الوزير بالقول إن الباب مفتوح."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if bodies[tt.doc] != tt.want {
				t.Errorf("body of %s:\n%q\nwant\n%q", tt.doc, bodies[tt.doc], tt.want)
			}
		})
	}
}
