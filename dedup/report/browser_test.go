package report

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/chromedp"

	"github.com/dedup/dedup/dedup"
)

// browser starts headless Chromium for a test, or skips the test when
// there is none. With DEDUP_BROWSER_REQUIRE set (.ci/run sets it after
// installing Debian's chromium) a missing browser fails the test instead.
func browser(t *testing.T) context.Context {
	t.Helper()
	path := ""
	for _, p := range []string{"/usr/lib/chromium/chromium", "chromium", "chromium-browser", "google-chrome"} {
		if lp, err := exec.LookPath(p); err == nil {
			path = lp
			break
		}
	}
	if path == "" {
		if os.Getenv("DEDUP_BROWSER_REQUIRE") != "" {
			t.Fatal("no Chromium found (DEDUP_BROWSER_REQUIRE is set): install Debian's chromium package")
		}
		t.Skip("no Chromium: apt-get install chromium to run the browser tests")
	}
	opts := append(chromedp.DefaultExecAllocatorOptions[:], chromedp.ExecPath(path),
		chromedp.Flag("headless", true), chromedp.Flag("no-sandbox", true), chromedp.Flag("disable-gpu", true))
	actx, cancel := chromedp.NewExecAllocator(context.Background(), opts...)
	t.Cleanup(cancel)
	ctx, cancel2 := chromedp.NewContext(actx)
	t.Cleanup(cancel2)
	ctx, cancel3 := context.WithTimeout(ctx, 2*time.Minute)
	t.Cleanup(cancel3)
	return ctx
}

// outputDir is where browser tests leave screenshots: $DEDUP_TEST_OUTPUT,
// else the test's temporary folder.
func outputDir(t *testing.T) string {
	if d := os.Getenv("DEDUP_TEST_OUTPUT"); d != "" {
		if err := os.MkdirAll(d, 0o755); err == nil {
			return d
		}
	}
	return t.TempDir()
}

func eval[T any](t *testing.T, ctx context.Context, js string) T {
	t.Helper()
	v, err := chromedp.Run(ctx, chromedp.Evaluate[T](js))
	if err != nil {
		t.Fatalf("%s: %v", js, err)
	}
	return v
}

// TestReportInBrowser opens the report of the seeds plus a copy of
// seeds/004 (two clusters) in headless Chromium: the live page has the
// cluster list, both members of the Slate pair and a highlighted shared
// span; no request leaves the page; j and k move between the clusters. A
// screenshot is saved.
func TestReportInBrowser(t *testing.T) {
	ctx := browser(t)
	dir := t.TempDir()
	for _, f := range []string{"001_56dba68fe8242c6c.txt", "002_faa7436319fd51a6.txt", "003_55e81eba70a11d6c.txt", "004_e923ea4366fe9c19.txt"} {
		b, _ := os.ReadFile(filepath.Join("../../seeds", f))
		os.WriteFile(filepath.Join(dir, f), b, 0o644)
	}
	b, _ := os.ReadFile("../../seeds/004_e923ea4366fe9c19.txt")
	os.WriteFile(filepath.Join(dir, "copy-of-004.txt"), b, 0o644)
	o := dedup.DefaultOptions()
	res, err := dedup.Scan(context.Background(), []string{dir}, o)
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Clusters) < 2 {
		t.Fatalf("%d clusters, want at least 2 for j/k", len(res.Clusters))
	}
	texts, _ := dedup.ClusteredText(res, o)
	var buf bytes.Buffer
	if err := HTML(&buf, res, texts); err != nil {
		t.Fatal(err)
	}
	page := filepath.Join(dir, "report.html")
	os.WriteFile(page, buf.Bytes(), 0o644)

	var mu sync.Mutex
	var requests []string
	if err := chromedp.Listen(ctx, func(ev any) {
		if e, ok := ev.(*network.EventRequestWillBeSent); ok {
			mu.Lock()
			requests = append(requests, e.Request.URL)
			mu.Unlock()
		}
	}); err != nil {
		t.Fatal(err)
	}
	enableNetwork := func(ctx context.Context, tg *chromedp.Target) (chromedp.Void, error) {
		_, err := cdp.Call(ctx, tg, network.Enable, network.EnableParams{})
		return chromedp.Void{}, err
	}
	if err := chromedp.Do(ctx, enableNetwork, chromedp.Navigate("file://"+page), chromedp.WaitReady("#clusters")); err != nil {
		t.Fatal(err)
	}
	if n := eval[int](t, ctx, `document.querySelectorAll('#clusters tbody tr').length`); n != len(res.Clusters) {
		t.Errorf("cluster list has %d rows, want %d", n, len(res.Clusters))
	}
	slate := filepath.ToSlash(filepath.Join(dir, "002_faa7436319fd51a6.txt"))
	// j shows and selects the first cluster, then the second; k goes back.
	if err := chromedp.Do(ctx, chromedp.KeyEvent("j")); err != nil {
		t.Fatal(err)
	}
	first := eval[string](t, ctx, `document.querySelector('.cluster.current').id`)
	for _, want := range []string{slate + ":84-108", slate + ":109-131"} {
		if eval[int](t, ctx, fmt.Sprintf(`document.querySelectorAll('.member[data-doc=%q]').length`, want)) == 0 {
			t.Errorf("member %s not in the live page", want)
		}
	}
	if eval[int](t, ctx, `document.querySelectorAll('.cluster.current mark').length`) == 0 {
		t.Error("no highlighted shared span in the current cluster")
	}
	chromedp.Do(ctx, chromedp.KeyEvent("j"))
	second := eval[string](t, ctx, `document.querySelector('.cluster.current').id`)
	chromedp.Do(ctx, chromedp.KeyEvent("k"))
	back := eval[string](t, ctx, `document.querySelector('.cluster.current').id`)
	if first != "cluster-1" || second != "cluster-2" || back != "cluster-1" {
		t.Errorf("j, j, k selected %s, %s, %s; want cluster-1, cluster-2, cluster-1", first, second, back)
	}
	shot, err := chromedp.Run(ctx, chromedp.FullScreenshot(80))
	if err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(outputDir(t), "report-seeds.jpg")
	if err := os.WriteFile(out, shot, 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("screenshot: %s", out)
	mu.Lock()
	defer mu.Unlock()
	for _, u := range requests {
		if !strings.HasPrefix(u, "file://"+page) && !strings.HasPrefix(u, "data:") {
			t.Errorf("the page requested %s", u)
		}
	}
}

// TestReportTenThousandClusters renders a result of 10,000 clusters and
// reports how long the first render takes in headless Chromium and the
// page's size per cluster (figures for BENCHMARKS.md, not asserted).
func TestReportTenThousandClusters(t *testing.T) {
	ctx := browser(t)
	res := &dedup.Result{SchemaVersion: dedup.SchemaVersion, Errors: []*dedup.FileError{}}
	texts := map[string]dedup.DocText{}
	words := strings.Fields(strings.Repeat("the harbour council met again to talk about the ferry timetable the storm wall and the coast road ", 20))
	for i := 1; i <= 10000; i++ {
		a, b := fmt.Sprintf("a%05d.txt:1-10", i), fmt.Sprintf("b%05d.txt:1-10", i)
		res.Clusters = append(res.Clusters, dedup.Cluster{ID: i, Size: 2, Representative: a,
			Members: []dedup.Member{{Doc: a, Path: a, StartLine: 1, EndLine: 10, Title: fmt.Sprintf("Story %d", i), Similarity: 1}, {Doc: b, Path: b, StartLine: 1, EndLine: 10, Title: fmt.Sprintf("Story %d, again", i), Similarity: 0.9}},
			Pairs:   []dedup.Pair{{A: a, B: b, Jaccard: 0.9}}})
		var lines []string
		for l := 0; l < 10; l++ {
			lines = append(lines, strings.Join(words[l*20:l*20+20], " "))
		}
		texts[a] = dedup.DocText{StartLine: 1, Lines: lines}
		texts[b] = dedup.DocText{StartLine: 1, Lines: lines}
	}
	res.Stats.Clusters = len(res.Clusters)
	var buf bytes.Buffer
	if err := HTML(&buf, res, texts); err != nil {
		t.Fatal(err)
	}
	page := filepath.Join(t.TempDir(), "big.html")
	os.WriteFile(page, buf.Bytes(), 0o644)
	start := time.Now()
	if err := chromedp.Do(ctx, chromedp.Navigate("file://"+page), chromedp.WaitReady("#cluster-10000")); err != nil {
		t.Fatal(err)
	}
	wall := time.Since(start)
	load := eval[float64](t, ctx, `performance.getEntriesByType('navigation')[0].loadEventEnd`)
	t.Logf("10,000 clusters: %d bytes (%.1f KB per cluster); load event after %.0f ms, ready for the test after %v",
		buf.Len(), float64(buf.Len())/10000/1024, load, wall.Round(time.Millisecond))
}
