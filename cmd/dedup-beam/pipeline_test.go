package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/apache/beam/sdks/v2/go/pkg/beam/runners/prism"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/testing/ptest"
	"github.com/parquet-go/parquet-go"

	"github.com/dedup/dedup/dedup"
	dfilter "github.com/dedup/dedup/dedup/filter"
)

func TestMain(m *testing.M) { ptest.MainWithDefault(m, "prism") }

const seeds = "../../seeds"

// runBeam runs the pipeline on the Prism runner over inputs and returns
// its summary and the folder it wrote.
func runBeam(t *testing.T, c Config, inputs ...string) (*dedup.Result, string) {
	t.Helper()
	c.Output = t.TempDir()
	p, err := NewPipeline(context.Background(), c, inputs)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := prism.Execute(context.Background(), p); err != nil {
		t.Fatalf("pipeline: %v", err)
	}
	data, err := os.ReadFile(filepath.Join(c.Output, "summary.json"))
	if err != nil {
		t.Fatal(err)
	}
	res := &dedup.Result{}
	if err := json.Unmarshal(data, res); err != nil {
		t.Fatalf("summary.json: %v", err)
	}
	return res, c.Output
}

// scanOf runs dedup scan in process with the options the pipeline runs.
func scanOf(t *testing.T, c Config, inputs ...string) *dedup.Result {
	t.Helper()
	o, err := c.Options()
	if err != nil {
		t.Fatal(err)
	}
	res, err := dedup.Scan(context.Background(), inputs, o)
	if err != nil {
		t.Fatal(err)
	}
	return res
}

// sameClusters checks the pipeline's clusters against dedup scan's: the
// same documents, line ranges, pairs and exact Jaccard, in the same order.
func sameClusters(t *testing.T, got, want *dedup.Result) {
	t.Helper()
	if !reflect.DeepEqual(got.Clusters, want.Clusters) {
		t.Fatalf("clusters differ from dedup scan's:\nbeam %+v\nscan %+v", got.Clusters, want.Clusters)
	}
	g, w := got.Stats, want.Stats
	if g.Files != w.Files || g.Documents != w.Documents || g.SkippedShort != w.SkippedShort || g.VerifiedPairs != w.VerifiedPairs || g.CandidatePairs != w.CandidatePairs || g.CappedBuckets != w.CappedBuckets {
		t.Errorf("stats %+v, dedup scan's %+v", g, w)
	}
	if !reflect.DeepEqual(got.Params, want.Params) {
		t.Errorf("params %+v, dedup scan's %+v", got.Params, want.Params)
	}
}

// TestSeeds: on the seeds the pipeline finds dedup scan's one cluster
// (the Slate article, seeds/002 lines 84-108, and its copy at 109-131,
// Jaccard 1), writes it to the cluster files, and with --keep first drops
// what dedup filter drops.
func TestSeeds(t *testing.T) {
	c := DefaultConfig()
	c.Keep = dfilter.First
	got, out := runBeam(t, c, seeds)
	want := scanOf(t, c, seeds)
	sameClusters(t, got, want)
	if len(got.Clusters) != 1 || got.Clusters[0].Pairs[0].A != "../../seeds/002_faa7436319fd51a6.txt:84-108" ||
		got.Clusters[0].Pairs[0].B != "../../seeds/002_faa7436319fd51a6.txt:109-131" || got.Clusters[0].Pairs[0].Jaccard != 1 {
		t.Fatalf("clusters %+v, want the Slate pair", got.Clusters)
	}
	// The survivors: dedup filter's decision on dedup scan's result.
	wantDropped, err := dfilter.Decide(want, dfilter.First)
	if err != nil {
		t.Fatal(err)
	}
	wantBytes, _ := dfilter.EncodeDropped(wantDropped)
	gotBytes, err := os.ReadFile(filepath.Join(out, "dropped.jsonl"))
	if err != nil || !bytes.Equal(gotBytes, wantBytes) {
		t.Errorf("dropped.jsonl = %q (%v), want %q", gotBytes, err, wantBytes)
	}
	// Every shard is written; the cluster is in one of them, in both forms.
	var lines []string
	var rows []MemberRow
	for n := range c.Shards {
		name := filepath.Join(out, fmt.Sprintf("clusters-%05d-of-%05d", n, c.Shards))
		data, err := os.ReadFile(name + ".jsonl")
		if err != nil {
			t.Fatal(err)
		}
		sc := bufio.NewScanner(bytes.NewReader(data))
		for sc.Scan() {
			lines = append(lines, sc.Text())
		}
		r, err := parquet.ReadFile[MemberRow](name + ".parquet")
		if err != nil {
			t.Fatal(err)
		}
		rows = append(rows, r...)
	}
	if len(lines) != 1 || !strings.Contains(lines[0], `"representative":"../../seeds/002_faa7436319fd51a6.txt:84-108"`) {
		t.Errorf("cluster lines %q, want the Slate cluster", lines)
	}
	if len(rows) != 2 || rows[0].StartLine != 84 || rows[1].StartLine != 109 || rows[1].Similarity != 1 {
		t.Errorf("member rows %+v, want lines 84 and 109", rows)
	}
}

// TestGeneratedCorpus: 10,000 generated documents with known duplicates
// (cmd/corpusgen): the same clusters as dedup scan.
func TestGeneratedCorpus(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and scans 10,000 documents")
	}
	dir := t.TempDir()
	cmd := exec.Command("go", "run", "github.com/dedup/dedup/cmd/corpusgen", "-n", "10000", "-seeds", seeds, "-out", dir)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("corpusgen: %v\n%s", err, out)
	}
	docs := filepath.Join(dir, "docs")
	c := DefaultConfig()
	got, _ := runBeam(t, c, docs)
	want := scanOf(t, c, docs)
	if want.Stats.Documents < 10000 || len(want.Clusters) < 100 {
		t.Fatalf("corpus of %d documents and %d clusters: want at least 10,000 and 100", want.Stats.Documents, len(want.Clusters))
	}
	sameClusters(t, got, want)
}

// TestOversizedBuckets: 2,000 identical boilerplate documents fall into
// one bucket per band; the buckets are capped and counted (chained, so
// about a pair per document and band, not two million), and the
// documents still form one cluster, as with dedup scan.
func TestOversizedBuckets(t *testing.T) {
	dir := t.TempDir()
	text := strings.Repeat("This page uses cookies to give you the best experience on our site and to show you relevant offers. ", 4)
	for i := range 2000 {
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("page%04d.txt", i)), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	c := DefaultConfig()
	got, _ := runBeam(t, c, dir)
	want := scanOf(t, c, dir)
	sameClusters(t, got, want)
	o, _ := c.Options()
	bands := o.LSHParams().Bands
	if got.Stats.CappedBuckets != bands || got.Stats.CandidatePairs != 1999 || len(got.Clusters) != 1 || got.Clusters[0].Size != 2000 {
		t.Errorf("capped %d (want %d), candidates %d (want 1999), clusters %d", got.Stats.CappedBuckets, bands, got.Stats.CandidatePairs, len(got.Clusters))
	}
}

// TestBadFileAmongGood: a binary file among readable ones is named on
// stderr and the exit status is 2, while the good files' cluster is still
// written, as dedup scan does.
func TestBadFileAmongGood(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{"002_faa7436319fd51a6.txt", "001_56dba68fe8242c6c.txt"} {
		data, err := os.ReadFile(filepath.Join(seeds, name))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.WriteFile(filepath.Join(dir, "blob.txt"), []byte("\x00\x01\x02 binary\x00"), 0o644); err != nil {
		t.Fatal(err)
	}
	c := DefaultConfig()
	c.Output = t.TempDir()
	var stderr bytes.Buffer
	if code := run(context.Background(), c, []string{dir}, &stderr); code != 2 {
		t.Fatalf("exit status %d, want 2; stderr %q", code, stderr.String())
	}
	lines := strings.Split(strings.TrimSpace(stderr.String()), "\n")
	if len(lines) != 1 || !strings.HasPrefix(lines[0], "dedup-beam: error: "+filepath.Join(dir, "blob.txt")+": ") {
		t.Errorf("stderr %q, want one line naming blob.txt", stderr.String())
	}
	data, err := os.ReadFile(filepath.Join(c.Output, "summary.json"))
	if err != nil {
		t.Fatal(err)
	}
	res := &dedup.Result{}
	if err := json.Unmarshal(data, res); err != nil {
		t.Fatal(err)
	}
	if len(res.Clusters) != 1 || res.Clusters[0].Members[0].StartLine != 84 || res.Stats.Files != 3 {
		t.Errorf("clusters %+v, files %d: want the Slate pair from the good files", res.Clusters, res.Stats.Files)
	}
}

// TestDropLayout: a drop of pages in one layout (a headline over a time
// stamp in a form no date table knows) and one page that opens with
// navigation, too few stories for its layout to show. dedup scan splits
// that page with the layout its drop shares, and finds its second story's
// copy on another page; the pipeline, taking the same census, finds the
// same clusters.
func TestDropLayout(t *testing.T) {
	dir := t.TempDir()
	story := func(page, n int) string {
		var b strings.Builder
		for s := range 6 {
			fmt.Fprintf(&b, "Sentence %d of story %d on page %d tells of harbour %d and council %d matters today.\n", s, n, page, page*7+n, s*page+n)
		}
		return b.String()
	}
	header := func(page, n int) string {
		return fmt.Sprintf("Story %d of the day from page %d\n1%d.06.23 · 0%d:40\n\n", n+1, page, n, n)
	}
	for page := range 6 {
		var b strings.Builder
		for n := range 3 {
			b.WriteString(header(page, n) + story(page, n) + "\n")
		}
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("page%d.txt", page)), []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	nav := "Home | World | Business | Sport | Culture | Opinion | Weather | Contact us\n\n" +
		header(9, 0) + story(9, 0) + "\n" + header(9, 1) + story(0, 1) // page 0's second story, copied
	if err := os.WriteFile(filepath.Join(dir, "zz-nav.txt"), []byte(nav), 0o644); err != nil {
		t.Fatal(err)
	}
	c := DefaultConfig()
	got, _ := runBeam(t, c, dir)
	want := scanOf(t, c, dir)
	if len(want.Clusters) != 1 || !strings.HasSuffix(want.Clusters[0].Pairs[0].B, "zz-nav.txt:13-21") {
		t.Fatalf("dedup scan's clusters %+v, want the copied story on zz-nav.txt at 13-21", want.Clusters)
	}
	sameClusters(t, got, want)
	if !reflect.DeepEqual(got.DropLayout, want.DropLayout) || len(want.DropLayout) == 0 {
		t.Errorf("drop layout %q, dedup scan's %q", got.DropLayout, want.DropLayout)
	}
	// Without the drop's layout the page is one document and the copy is
	// not found: the census is what finds it.
	c.Layout = []string{}
	if res := scanOf(t, c, dir); len(res.Clusters) != 0 {
		t.Errorf("without a drop layout: clusters %+v, want none", res.Clusters)
	}
}
