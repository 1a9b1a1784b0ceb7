package http_test

import (
	"context"
	"flag"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

var screenshots = flag.String("screenshots", "", "write the browser test's screenshots to this `dir`")

// chromium finds a Chromium binary: $MARSAD_CHROMIUM or one on PATH.
func chromium() string {
	if p := os.Getenv("MARSAD_CHROMIUM"); p != "" {
		return p
	}
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	return ""
}

// TestBrowser drives a headless Chromium through the UI: search, open an
// article, see the highlights, open an actor's timeline, analyze a text.
func TestBrowser(t *testing.T) {
	bin := chromium()
	if bin == "" {
		t.Skip("no Chromium found (install Debian's chromium or set MARSAD_CHROMIUM)")
	}
	if testing.Short() {
		t.Skip("browser test skipped in -short mode")
	}
	h := newHarness(t, "")
	h.ingest()
	// Chromium may still write its profile while exiting: a directory of
	// our own, removed best-effort, rather than t.TempDir's strict check.
	profile, err := os.MkdirTemp("", "marsad-chromium-")
	if err != nil {
		t.Fatal(err)
	}
	defer func() {
		time.Sleep(200 * time.Millisecond)
		os.RemoveAll(profile)
	}()
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(bin), chromedp.NoSandbox, chromedp.DisableGPU, chromedp.NoFirstRun,
		chromedp.Flag("disable-background-networking", true), chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-component-update", true), chromedp.Flag("disable-sync", true),
		chromedp.UserDataDir(profile), chromedp.WindowSize(1280, 1000),
	)
	actx, cancel := chromedp.NewExecAllocator(context.Background(), opts...)
	defer cancel()
	ctx, cancel := chromedp.NewContext(actx)
	defer cancel()
	ctx, cancel = context.WithTimeout(ctx, 90*time.Second)
	defer cancel()

	shot := func(name string) chromedp.Action {
		return chromedp.ActionFunc(func(ctx context.Context) error {
			if *screenshots == "" {
				return nil
			}
			var png []byte
			if err := chromedp.FullScreenshot(&png, 100).Do(ctx); err != nil {
				return err
			}
			return os.WriteFile(filepath.Join(*screenshots, name+".png"), png, 0o644)
		})
	}
	var (
		dir, total, firstHit string
		marks, ents, bars    int
		actorTitle           string
		analyzed             int
	)
	err = chromedp.Run(ctx,
		chromedp.Navigate(h.srv.URL+"/"),
		chromedp.AttributeValue("html", "dir", &dir, nil),
		shot("home"),
		// Search from the big box on the home page.
		chromedp.SendKeys(`.big-search input[name=q]`, "الضربات الجوية"),
		chromedp.Submit(`.big-search input[name=q]`),
		chromedp.WaitVisible(`.hit`),
		chromedp.Text(`.total strong`, &total),
		chromedp.Evaluate(`document.querySelectorAll('.snippet mark').length`, &marks),
		chromedp.Text(`.hit h3 a`, &firstHit),
		shot("search"),
		// Open the article and see its annotations inline.
		chromedp.Click(`.hit h3 a`),
		chromedp.WaitVisible(`.doc .body`),
		chromedp.Evaluate(`document.querySelectorAll('.doc .body .ent').length`, &ents),
		shot("article"),
	)
	if err != nil {
		t.Fatal(err)
	}
	if dir != "rtl" {
		t.Errorf("html dir = %q, want rtl", dir)
	}
	if total != "1" || marks == 0 || !strings.Contains(firstHit, "غارات") {
		t.Errorf("search: total %q, %d marks, first hit %q", total, marks, firstHit)
	}
	if ents == 0 {
		t.Errorf("article shows no marked entity")
	}
	err = chromedp.Run(ctx,
		// Follow a linked actor to its page with the timeline chart.
		chromedp.Navigate(h.srv.URL+"/search?q="+"لافروف"),
		chromedp.WaitVisible(`.hit h3 a`),
		chromedp.Click(`.hit h3 a`),
		chromedp.WaitVisible(`.doc .body a.ent`),
		chromedp.Click(`.doc .body a.ent[href="/actors/RUSGOV"]`),
		chromedp.WaitVisible(`figure.chart svg`),
		chromedp.Text(`main h1`, &actorTitle),
		chromedp.Evaluate(`document.querySelectorAll('figure.chart rect.bar').length`, &bars),
		shot("actor"),
		// Paste a text into the analyze page.
		chromedp.Navigate(h.srv.URL+"/analyze"),
		chromedp.SetValue(`textarea[name=text]`, fixtures[2].Title+"\n"+fixtures[2].Text),
		chromedp.Click(`.analyze button`),
		chromedp.WaitVisible(`.doc .body`),
		chromedp.Evaluate(`document.querySelectorAll('.doc .body .ent, .doc .body .tx, .doc .body .q').length`, &analyzed),
		shot("analyze"),
		chromedp.Navigate(h.srv.URL+"/graph"),
		chromedp.WaitVisible(`figure.graph svg`),
		shot("graph"),
	)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(actorTitle, "RUSGOV") || bars == 0 {
		t.Errorf("actor page: title %q, %d bars in the timeline", actorTitle, bars)
	}
	if analyzed == 0 {
		t.Errorf("analyze page marked nothing")
	}
}
