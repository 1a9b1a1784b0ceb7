package input_test

import (
	"archive/zip"
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/marsad/marsad"
	"github.com/marsad/marsad/input"
)

// stream reads one in-memory input and returns its articles, errors and notices.
func stream(t *testing.T, data []byte, opts input.Options) (arts []*marsad.Article, errs []string, skipped []string) {
	t.Helper()
	for it := range input.Stream(context.Background(), []string{"-"}, bytes.NewReader(data), opts) {
		switch {
		case it.Err != nil:
			errs = append(errs, it.Err.Error())
		case it.Skipped != "":
			skipped = append(skipped, it.Skipped)
		default:
			arts = append(arts, it.Article)
		}
	}
	return arts, errs, skipped
}

func TestDetect(t *testing.T) {
	tests := []struct{ name, head, want string }{
		{"text", "عنوان الخبر\nنص", input.FormatText},
		{"trec", "\n<DOC>\n<DOCNO>x</DOCNO>", input.FormatTREC},
		{"html doctype", "<!DOCTYPE html><html>", input.FormatHTML},
		{"html bare", "\xef\xbb\xbf<html lang=ar>", input.FormatHTML},
		{"rss", `<?xml version="1.0"?><rss version="2.0">`, input.FormatFeed},
		{"atom", `<feed xmlns="http://www.w3.org/2005/Atom">`, input.FormatFeed},
		{"warc", "WARC/1.1\r\nWARC-Type: warcinfo", input.FormatWARC},
		{"jsonl", `{"text":"x"}`, input.FormatJSONL},
		{"json array", ` [{"text":"x"}]`, input.FormatJSON},
		{"zip", "PK\x03\x04rest", input.FormatZip},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := input.Detect([]byte(tt.head)); got != tt.want {
				t.Errorf("Detect = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestHTMLFixtures(t *testing.T) {
	files, _ := filepath.Glob("testdata/html/*.html")
	if len(files) < 10 {
		t.Fatalf("want at least 10 HTML fixtures, found %d", len(files))
	}
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			var want struct {
				Title          string   `json:"title"`
				MustContain    []string `json:"must_contain"`
				MustNotContain []string `json:"must_not_contain"`
			}
			b, err := os.ReadFile(strings.TrimSuffix(f, ".html") + ".json")
			if err != nil {
				t.Fatal(err)
			}
			if err := json.Unmarshal(b, &want); err != nil {
				t.Fatal(err)
			}
			page, _ := os.ReadFile(f)
			arts, errs, _ := stream(t, page, input.Options{})
			if len(errs) > 0 || len(arts) != 1 {
				t.Fatalf("got %d articles, errors %q", len(arts), errs)
			}
			a := arts[0]
			body := string(a.Body)
			if !strings.Contains(a.Title, want.Title) {
				t.Errorf("title %q does not hold %q", a.Title, want.Title)
			}
			for _, s := range want.MustContain {
				if !strings.Contains(body, s) {
					t.Errorf("main text misses %q:\n%s", s, body)
				}
			}
			for _, s := range want.MustNotContain {
				if strings.Contains(body, s) {
					t.Errorf("main text keeps boilerplate %q:\n%s", s, body)
				}
			}
		})
	}
}

// TestSharedHTML checks the reference page in ../shared/data/html.
func TestSharedHTML(t *testing.T) {
	dirs, _ := filepath.Glob("../../shared/data/html/*/source.html")
	if len(dirs) == 0 {
		t.Skip("../shared/data/html not present")
	}
	for _, src := range dirs {
		t.Run(filepath.Base(filepath.Dir(src)), func(t *testing.T) {
			var want struct {
				URL     string   `json:"url"`
				With    []string `json:"with"`
				Without []string `json:"without"`
			}
			b, err := os.ReadFile(filepath.Join(filepath.Dir(src), "trafilatura-evaldata.json"))
			if err != nil {
				t.Fatal(err)
			}
			json.Unmarshal(b, &want)
			page, _ := os.ReadFile(src)
			a, err := input.HTMLArticle(src, page, input.HTMLMeta{URL: want.URL}, input.Options{})
			if err != nil {
				t.Fatal(err)
			}
			for _, s := range want.With {
				if !strings.Contains(string(a.Body), s) {
					t.Errorf("main text misses %q", s)
				}
			}
			for _, s := range want.Without {
				if strings.Contains(string(a.Body), s) {
					t.Errorf("main text keeps %q", s)
				}
			}
		})
	}
}

const rssFixture = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>أخبار المرصد</title>
<item><title>خبر أول</title><link>https://example.com/1</link><pubDate>Tue, 05 Mar 2024 08:00:00 GMT</pubDate>
<description><![CDATA[<p>الفقرة الأولى من الخبر.</p><p>الفقرة الثانية.</p>]]></description></item>
<item><title>خبر بتاريخ غير صالح</title><link>https://example.com/2</link><pubDate>يوم ما</pubDate><description>نص الخبر الثاني.</description></item>
<item><title>خبر بلا نص</title><link>https://example.com/3</link></item>
</channel></rss>`

func TestFeed(t *testing.T) {
	arts, errs, _ := stream(t, []byte(rssFixture), input.Options{})
	if len(arts) != 2 {
		t.Fatalf("got %d articles, want 2 (errors %q)", len(arts), errs)
	}
	if a := arts[0]; a.URL != "https://example.com/1" || a.Published != "2024-03-05" || a.Title != "خبر أول" ||
		string(a.Body) != "الفقرة الأولى من الخبر.\nالفقرة الثانية." || a.Outlet != "أخبار المرصد" {
		t.Errorf("first item: %+v body %q", a, a.Body)
	}
	if arts[1].Published != "" {
		t.Errorf("invalid date read as %q", arts[1].Published)
	}
	if len(errs) != 1 || !strings.Contains(errs[0], "example.com/3") {
		t.Errorf("want one error naming the empty item, got %q", errs)
	}
}

func TestFeedEntityBomb(t *testing.T) {
	bomb := `<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;"><!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">]>
<rss version="2.0"><channel><title>t</title><item><title>&lol4;</title><description>&lol4; نص</description></item></channel></rss>`
	arts, errs, _ := stream(t, []byte(bomb), input.Options{})
	for _, a := range arts {
		if len(a.Body) > 10000 || len(a.Title) > 10000 {
			t.Errorf("entities were expanded: body %d bytes", len(a.Body))
		}
	}
	t.Logf("articles %d, errors %q", len(arts), errs)
}

func TestJSONLinesAndArrays(t *testing.T) {
	jsonl := `{"text":"نص أول","title":"عنوان","date":"2024-01-02","url":"u1"}
not json
{"title":"بلا نص"}
{"content":["فقرة","فقرة ثانية"],"headline":"ع"}
`
	arts, errs, _ := stream(t, []byte(jsonl), input.Options{})
	if len(arts) != 2 || len(errs) != 2 {
		t.Fatalf("got %d articles %d errors (%q)", len(arts), len(errs), errs)
	}
	if arts[0].Published != "2024-01-02" || arts[0].URL != "u1" || string(arts[1].Body) != "فقرة\nفقرة ثانية" {
		t.Errorf("records read wrong: %+v %+v", arts[0], arts[1])
	}
	if !strings.Contains(errs[0], ":2:") || !strings.Contains(errs[1], ":3:") {
		t.Errorf("errors do not give line numbers: %q", errs)
	}
	custom := `{"body_ar":"نص","when":"2020-05-06"}` + "\n"
	arts, _, _ = stream(t, []byte(custom), input.Options{Fields: &input.Fields{Text: []string{"body_ar"}, Date: []string{"when"}}})
	if len(arts) != 1 || arts[0].Published != "2020-05-06" {
		t.Errorf("configured field names not used: %+v", arts)
	}
	arr := `[{"text":"أ"},{"text":"ب","date":"Fri, 23 Feb 2018 10:37:34 GMT"}]`
	arts, errs, _ = stream(t, []byte(arr), input.Options{})
	if len(arts) != 2 || arts[1].Published != "2018-02-23" || len(errs) != 0 {
		t.Errorf("array: %d articles, errors %q", len(arts), errs)
	}
}

func TestZip(t *testing.T) {
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	w, _ := zw.Create("day1.json")
	w.Write([]byte(`[{"text":"نص أ"},{"text":"نص ب"}]`))
	w, _ = zw.Create("note.txt")
	w.Write([]byte("عنوان\nنص ج"))
	zw.Close()
	arts, errs, _ := stream(t, buf.Bytes(), input.Options{})
	if len(arts) != 3 || len(errs) != 0 {
		t.Fatalf("got %d articles, errors %q", len(arts), errs)
	}
	if !strings.Contains(arts[0].Source, "!day1.json[0]") {
		t.Errorf("source %q does not name the member", arts[0].Source)
	}
}

// warcRecord writes one WARC record; contentLength < 0 means the true length.
func warcRecord(typ, uri, payload string, contentLength int) string {
	n := len(payload)
	if contentLength >= 0 {
		n = contentLength
	}
	return fmt.Sprintf("WARC/1.1\r\nWARC-Type: %s\r\nWARC-Target-URI: %s\r\nWARC-Date: 2023-06-01T10:00:00Z\r\nWARC-Record-ID: <urn:uuid:%08d-0000-0000-0000-000000000000>\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: %d\r\n\r\n%s\r\n\r\n", typ, uri, len(uri), n, payload)
}

func httpResponse(ct, body string) string {
	return fmt.Sprintf("HTTP/1.1 200 OK\r\nContent-Type: %s\r\nContent-Length: %d\r\n\r\n%s", ct, len(body), body)
}

func TestWARC(t *testing.T) {
	page, _ := os.ReadFile("testdata/html/01-article-tag.html")
	warc := warcRecord("response", "https://example.com/a", httpResponse("text/html; charset=utf-8", string(page)), -1) +
		warcRecord("response", "https://example.com/logo.png", httpResponse("image/png", "\x89PNG"), -1) +
		warcRecord("request", "https://example.com/a", "GET /a HTTP/1.1\r\n\r\n", -1)
	for _, gz := range []bool{false, true} {
		t.Run(fmt.Sprintf("gzip=%v", gz), func(t *testing.T) {
			data := []byte(warc)
			if gz {
				var b bytes.Buffer
				zw := gzip.NewWriter(&b)
				zw.Write(data)
				zw.Close()
				data = b.Bytes()
			}
			arts, errs, skipped := stream(t, data, input.Options{})
			if len(arts) != 1 || len(errs) != 0 {
				t.Fatalf("got %d articles, errors %q", len(arts), errs)
			}
			if a := arts[0]; !strings.Contains(a.Source, "https://example.com/a") || a.URL == "" || a.Published == "" {
				t.Errorf("article: %+v", a)
			}
			if len(skipped) != 1 || !strings.Contains(skipped[0], "non-HTML") {
				t.Errorf("skipped records not reported: %q", skipped)
			}
		})
	}
}

// TestWARCLargePage reads a page whose article text lies far beyond the
// first 4 KiB of the payload, as on real sites (scripts and menus first).
func TestWARCLargePage(t *testing.T) {
	page, _ := os.ReadFile("testdata/html/01-article-tag.html")
	big := strings.Replace(string(page), "<head>", "<head><script>var menu = ["+strings.Repeat(`"قسم",`, 6000)+"];</script>", 1)
	if len(big) < 32<<10 {
		t.Fatalf("page of %d bytes is not large", len(big))
	}
	arts, errs, _ := stream(t, []byte(warcRecord("response", "https://example.com/big", httpResponse("text/html; charset=utf-8", big), -1)), input.Options{})
	if len(arts) != 1 || len(errs) != 0 {
		t.Fatalf("got %d articles, errors %q", len(arts), errs)
	}
	if !strings.Contains(string(arts[0].Body), "مستشفيات ميدانية") {
		t.Errorf("article text lost: %q", arts[0].Body)
	}
}

func TestBadInputNeverHangs(t *testing.T) {
	page, _ := os.ReadFile("testdata/html/02-div-content-share-bar.html")
	var trunc bytes.Buffer
	zw := gzip.NewWriter(&trunc)
	zw.Write(bytes.Repeat([]byte("<DOC>\n<TEXT>\nنص\n</TEXT>\n</DOC>\n"), 1000))
	zw.Close()
	tests := []struct {
		name    string
		data    []byte
		wantErr string
	}{
		{"truncated gzip", trunc.Bytes()[:trunc.Len()/2], "gzip"},
		{"lying WARC content length", []byte(warcRecord("response", "https://example.com/x", httpResponse("text/html", string(page)), 999999)), ""},
		{"huge HTML", append([]byte("<html><body><p>"), bytes.Repeat([]byte("نص "), input.MaxHTMLSize/5)...), "limit"},
		{"binary zip", []byte("PK\x03\x04garbage"), "zip"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, errs, _ := stream(t, tt.data, input.Options{})
			if tt.wantErr != "" && !strings.Contains(strings.Join(errs, "\n"), tt.wantErr) {
				t.Errorf("errors %q do not mention %q", errs, tt.wantErr)
			}
		})
	}
}

func FuzzStream(f *testing.F) {
	f.Add([]byte(rssFixture))
	f.Add([]byte(warcRecord("response", "u", httpResponse("text/html", "<p>x</p>"), -1)))
	f.Add([]byte(`{"text":"x"}`))
	f.Add([]byte("PK\x03\x04"))
	f.Fuzz(func(t *testing.T, b []byte) {
		for it := range input.Stream(context.Background(), []string{"-"}, bytes.NewReader(b), input.Options{}) {
			_ = it
		}
	})
}

type pageFetcher map[string]string

func (p pageFetcher) Fetch(ctx context.Context, url string) ([]byte, string, error) {
	page, ok := p[url]
	if !ok {
		return nil, "", fmt.Errorf("%s: HTTP 404", url)
	}
	return []byte(page), "text/html; charset=utf-8", nil
}

func TestFeedFetchFullText(t *testing.T) {
	page, _ := os.ReadFile("testdata/html/01-article-tag.html")
	arts, errs, _ := stream(t, []byte(rssFixture), input.Options{Fetch: pageFetcher{"https://example.com/1": string(page)}})
	if len(arts) != 2 {
		t.Fatalf("got %d articles", len(arts))
	}
	if !strings.Contains(string(arts[0].Body), "مستشفيات ميدانية") || arts[0].Title != "خبر أول" {
		t.Errorf("full text not fetched: %q", arts[0].Body)
	}
	if string(arts[1].Body) != "نص الخبر الثاني." {
		t.Errorf("failed fetch must keep the summary, got %q", arts[1].Body)
	}
	if !strings.Contains(strings.Join(errs, "\n"), "example.com/2") {
		t.Errorf("failed fetch not reported: %q", errs)
	}
}

func TestPrettyJSONObject(t *testing.T) {
	obj := "{\n  \"title\": \"عنوان\",\n  \"text\": \"نص الخبر\"\n}\n"
	arts, errs, _ := stream(t, []byte(obj), input.Options{})
	if len(arts) != 1 || len(errs) != 0 || string(arts[0].Body) != "نص الخبر" {
		t.Errorf("pretty JSON object: %d articles, errors %q", len(arts), errs)
	}
	_, errs, _ = stream(t, []byte("{\n \"about\": \"no text here\"\n}"), input.Options{})
	if len(errs) != 1 {
		t.Errorf("want one error for an object without text, got %q", errs)
	}
}
