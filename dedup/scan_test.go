package dedup

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dedup/dedup/dedup/lsh"
	"github.com/dedup/dedup/dedup/minhash"
	"github.com/dedup/dedup/dedup/segment"
)

const seeds = "../seeds"

func scan(t *testing.T, o Options, paths ...string) *Result {
	t.Helper()
	r, err := Scan(context.Background(), paths, o)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// TestSeedsSlateCluster: at every threshold from 0.1 to 0.95 the seeds give
// exactly one cluster, the Slate article (002 lines 84-108) and its copy
// under a Yahoo headline (lines 109-131).
func TestSeedsSlateCluster(t *testing.T) {
	t.Parallel()
	for th := 0.10; th <= 0.951; th += 0.05 {
		t.Run(fmt.Sprintf("threshold=%.2f", th), func(t *testing.T) {
			t.Parallel()
			o := DefaultOptions()
			o.Threshold = th
			r := scan(t, o, seeds)
			if len(r.Errors) != 0 {
				t.Fatalf("errors: %v", r.Errors)
			}
			if len(r.Clusters) != 1 {
				t.Fatalf("%d clusters, want 1: %+v", len(r.Clusters), r.Clusters)
			}
			c := r.Clusters[0]
			got := []string{}
			for _, m := range c.Members {
				got = append(got, fmt.Sprintf("%s:%d-%d", m.Path, m.StartLine, m.EndLine))
			}
			want := []string{"../seeds/002_faa7436319fd51a6.txt:84-108", "../seeds/002_faa7436319fd51a6.txt:109-131"}
			if fmt.Sprint(got) != fmt.Sprint(want) {
				t.Fatalf("members %v, want %v", got, want)
			}
			if c.Representative != want[0] || c.Members[0].Title != "Why ISIS-K Hates Putin—and Went After Moscow" ||
				c.Members[0].Byline != "Fred Kaplan" || c.Members[0].Source != "SLATE" ||
				c.Members[1].Title != "What is ISIS-K, the group claiming the Moscow concert attack?" {
				t.Errorf("cluster metadata wrong: %+v", c)
			}
			if len(c.Pairs) != 1 || c.Pairs[0].Jaccard < 0.95 || c.Members[1].Similarity < 0.95 {
				t.Errorf("pairs %+v, member similarity %v; want one pair with Jaccard >= 0.95", c.Pairs, c.Members[1].Similarity)
			}
			if c.Pairs[0].Estimate < 0.9 {
				t.Errorf("MinHash estimate %v for identical bodies", c.Pairs[0].Estimate)
			}
		})
	}
}

// TestSeedsOtherPairsDissimilar checks the premise of the sweep above by
// brute force: every other pair of seed articles has exact Jaccard < 0.05.
func TestSeedsOtherPairsDissimilar(t *testing.T) {
	t.Parallel()
	docs, sets := allSets(t, DefaultOptions(), seeds)
	for i := range docs {
		for j := i + 1; j < len(docs); j++ {
			jac := Jaccard(sets[i].hashes, sets[j].hashes)
			slate := docs[i].ID == "../seeds/002_faa7436319fd51a6.txt:84-108" && docs[j].ID == "../seeds/002_faa7436319fd51a6.txt:109-131"
			if slate && jac < 0.95 || !slate && jac >= 0.05 {
				t.Errorf("%s ~ %s: Jaccard %.4f", docs[i].ID, docs[j].ID, jac)
			}
		}
	}
}

// allSets runs both passes of a scan with every document in a candidate
// pair, so every document's shingle set is loaded.
func allSets(t *testing.T, o Options, paths ...string) ([]Document, []*shingleSet) {
	t.Helper()
	files, errs := collectFiles(paths, o)
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	res := &Result{}
	s := &scanner{o: o, p: o.lshParams(), files: files, hasher: minhash.New(o.NumHashes, o.Seed), res: res, decoded: make([]bool, len(files)), lineMaps: make([][]int32, len(files)), spool: make([]string, len(files))}
	if _, err := s.firstPass(context.Background()); err != nil {
		t.Fatal(err)
	}
	var chain []lsh.Pair
	for i := 1; i < len(res.Documents); i++ {
		chain = append(chain, lsh.Pair{A: uint32(i - 1), B: uint32(i)})
	}
	sets, err := s.secondPass(context.Background(), chain, nil)
	if err != nil || len(res.Errors) > 0 {
		t.Fatal(err, res.Errors)
	}
	return res.Documents, sets
}

// TestSplitNoneFindsNothing: compared as whole files, the seeds have no
// near-duplicates; splitting is what finds the Slate copy.
func TestSplitNoneFindsNothing(t *testing.T) {
	t.Parallel()
	o := DefaultOptions()
	o.Split = segment.None
	r := scan(t, o, seeds)
	if r.Stats.Documents != 4 || len(r.Clusters) != 0 {
		t.Errorf("split none: %d documents, %d clusters; want 4 and 0", r.Stats.Documents, len(r.Clusters))
	}
}

// writeCorpus writes files into a temp dir and returns it.
func writeCorpus(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, text := range files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func seedLines(t *testing.T, file string, from, to int) []string {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(seeds, file))
	if err != nil {
		t.Fatal(err)
	}
	lines, err := segment.Lines(data)
	if err != nil {
		t.Fatal(err)
	}
	return lines[from-1 : to]
}

// TestSyndicatedVariants: copies of one article that are re-titled, wrapped
// in boilerplate, re-wrapped and with curly quotes straightened are found
// across files, with the exact similarity reported; an unrelated article
// is not.
func TestSyndicatedVariants(t *testing.T) {
	t.Parallel()
	body := seedLines(t, "002_faa7436319fd51a6.txt", 135, 156) // Reuters story
	orig := "What is ISIS-K?\nReuters Videos\nMon, March 25, 2024\n" + strings.Join(body, "\n") + "\n"
	// Straight quotes and different line wrapping.
	plain := strings.NewReplacer("“", "\"", "”", "\"", "’", "'", "–", "-").Replace(strings.Join(body, " "))
	var wrapped []string
	words := strings.Fields(plain)
	for i := 0; i < len(words); i += 12 {
		wrapped = append(wrapped, strings.Join(words[i:min(i+12, len(words))], " "))
	}
	copy2 := "Islamic State branch explained\nBy Some Editor\nMarch 26, 2024\n" + strings.Join(wrapped, "\n") + "\nShare this article\nAdvertisement\nNo comments:\n"
	// Trimmed: the last two paragraphs dropped.
	copy3 := "ISIS-K, explained\nTue, March 26, 2024\n" + strings.Join(body[:len(body)-2], "\n") + "\n"
	other := strings.Join(seedLines(t, "003_55e81eba70a11d6c.txt", 1, 9), "\n")
	dir := writeCorpus(t, map[string]string{"a.txt": orig, "b/copy.txt": copy2, "c.md": copy3, "d.txt": other, "skip.pdf": orig})
	o := DefaultOptions()
	o.Threshold = 0.7
	r := scan(t, o, dir)
	if r.Stats.Files != 4 {
		t.Errorf("%d files, want 4 (.pdf skipped by default)", r.Stats.Files)
	}
	if len(r.Clusters) != 1 || r.Clusters[0].Size != 3 {
		t.Fatalf("clusters %+v, want one of 3", r.Clusters)
	}
	c := r.Clusters[0]
	if !strings.HasSuffix(c.Members[0].Path, "/a.txt") || c.Members[0].StartLine != 1 {
		t.Errorf("representative %+v, want a.txt from line 1", c.Members[0])
	}
	for _, m := range c.Members[1:] {
		if m.Similarity < 0.7 || m.Similarity > 1 {
			t.Errorf("%s similarity %v", m.Doc, m.Similarity)
		}
	}
	// The re-wrapped copy with straight quotes is word-for-word the same text.
	if m := c.Members[1]; !strings.HasSuffix(m.Path, "b/copy.txt") || m.Similarity != 1 {
		t.Errorf("re-wrapped copy: %+v, want similarity 1", m)
	}
}

// TestJobsDeterministic: the JSON result does not depend on --jobs.
func TestJobsDeterministic(t *testing.T) {
	t.Parallel()
	var outs []string
	for _, jobs := range []int{1, 2, 8} {
		o := DefaultOptions()
		o.Jobs = jobs
		o.Threshold = 0.3
		b, err := json.Marshal(scan(t, o, seeds))
		if err != nil {
			t.Fatal(err)
		}
		outs = append(outs, string(b))
	}
	if outs[0] != outs[1] || outs[0] != outs[2] {
		t.Errorf("results differ between job counts")
	}
}

func TestFileErrorsDoNotStopScan(t *testing.T) {
	t.Parallel()
	dir := writeCorpus(t, map[string]string{"bad.txt": "ok\n\xff\xfe\n", "nul.txt": "a\x00b"})
	r := scan(t, DefaultOptions(), seeds, dir, filepath.Join(dir, "missing.txt"))
	if len(r.Clusters) != 1 || r.Stats.Files != 6 {
		t.Errorf("good files not scanned: %d files, %d clusters", r.Stats.Files, len(r.Clusters))
	}
	var got []string
	for _, e := range r.Errors {
		got = append(got, strings.TrimPrefix(e.Error(), dir+"/"))
	}
	want := []string{"bad.txt:2: invalid UTF-8", "missing.txt: no such file or directory", "nul.txt: binary file (contains NUL bytes)"}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("errors %q, want %q", got, want)
	}
}

func TestMinWordsSkips(t *testing.T) {
	t.Parallel()
	dir := writeCorpus(t, map[string]string{"a.txt": "one two three four five six\n", "b.txt": "one two three four five six\n"})
	o := DefaultOptions()
	r := scan(t, o, dir)
	if r.Stats.SkippedShort != 2 || len(r.Clusters) != 0 {
		t.Errorf("short docs: skipped %d, clusters %d", r.Stats.SkippedShort, len(r.Clusters))
	}
	o.MinWords = 1
	if r := scan(t, o, dir); len(r.Clusters) != 1 {
		t.Errorf("with --min-words 1 the identical short docs should cluster")
	}
}

func TestWithHeaders(t *testing.T) {
	t.Parallel()
	body := strings.Join(seedLines(t, "002_faa7436319fd51a6.txt", 135, 140), "\n")
	dir := writeCorpus(t, map[string]string{
		"a.txt": "A completely different and rather long headline about something else\nBy Jane Doe\nMarch 1, 2024\n" + body,
		"b.txt": "Short title\nBy John Roe\nMarch 2, 2024\n" + body,
	})
	o := DefaultOptions()
	r := scan(t, o, dir)
	if len(r.Clusters) != 1 || r.Clusters[0].Pairs[0].Jaccard != 1 {
		t.Fatalf("headers are metadata: want identical bodies, got %+v", r.Clusters)
	}
	o.WithHeaders = true
	r = scan(t, o, dir)
	if len(r.Clusters) == 1 && r.Clusters[0].Pairs[0].Jaccard == 1 {
		t.Errorf("--with-headers did not include header lines")
	}
}

func TestOptionsValidate(t *testing.T) {
	t.Parallel()
	bad := []func(*Options){
		func(o *Options) { o.Threshold = 0 },
		func(o *Options) { o.Threshold = 1.01 },
		func(o *Options) { o.ShingleSize = 0 },
		func(o *Options) { o.NumHashes = 0 },
		func(o *Options) { o.Bands = 4 },
		func(o *Options) { o.Bands, o.Rows = 64, 4 },
		func(o *Options) { o.Include = []string{"[bad"} },
		func(o *Options) { o.MinWords = -1 },
	}
	for i, f := range bad {
		o := DefaultOptions()
		f(&o)
		if o.Validate() == nil {
			t.Errorf("case %d: invalid options accepted", i)
		}
	}
	if err := DefaultOptions().Validate(); err != nil {
		t.Errorf("defaults invalid: %v", err)
	}
	o := DefaultOptions()
	o.Bands, o.Rows = 16, 8
	if o.lshParams() != (lsh.Params{Bands: 16, Rows: 8}) {
		t.Errorf("explicit bands/rows ignored")
	}
}

func TestJaccard(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		a, b []uint64
		want float64
	}{
		{nil, nil, 0}, {[]uint64{1}, nil, 0}, {[]uint64{1, 2}, []uint64{1, 2}, 1},
		{[]uint64{1, 2, 3}, []uint64{2, 3, 4}, 0.5}, {[]uint64{1, 5, 9}, []uint64{2, 6}, 0},
	} {
		if got := Jaccard(tc.a, tc.b); got != tc.want {
			t.Errorf("Jaccard(%v, %v) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
	}
}

// TestFileChangedBetweenPasses: a file edited between the first and second
// pass is reported, never verified against stale or mixed content.
func TestFileChangedBetweenPasses(t *testing.T) {
	t.Parallel()
	body := strings.Join(seedLines(t, "002_faa7436319fd51a6.txt", 135, 156), "\n")
	dir := writeCorpus(t, map[string]string{"a.txt": body, "b.txt": body})
	o := DefaultOptions()
	files, _ := collectFiles([]string{dir}, o)
	res := &Result{}
	s := &scanner{o: o, p: o.lshParams(), files: files, hasher: minhash.New(o.NumHashes, o.Seed), res: res, decoded: make([]bool, len(files)), lineMaps: make([][]int32, len(files)), spool: make([]string, len(files))}
	ix, err := s.firstPass(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	cands, _ := ix.Candidates(0, 1)
	if len(cands) != 1 {
		t.Fatalf("%d candidates, want 1", len(cands))
	}
	if err := os.WriteFile(filepath.Join(dir, "b.txt"), []byte("Headline\nMay 1, 2024\n"+body), 0o644); err != nil {
		t.Fatal(err)
	}
	sets, err := s.secondPass(context.Background(), cands, nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Errors) != 1 || !errors.Is(res.Errors[0], ErrChanged) {
		t.Fatalf("errors %v, want one ErrChanged", res.Errors)
	}
	if got := verify(cands, sets, s.hasher, 0.5, MetricJaccard, 2); len(got) != 0 {
		t.Errorf("changed file still verified: %+v", got)
	}
}

// TestSymlinks: a link to a file is read; a link to a directory (here one
// that would loop) and a dangling link are skipped without an error.
func TestSymlinks(t *testing.T) {
	t.Parallel()
	body := strings.Join(seedLines(t, "002_faa7436319fd51a6.txt", 135, 156), "\n")
	dir := writeCorpus(t, map[string]string{"a/real.txt": body})
	for _, l := range []struct{ target, name string }{
		{"real.txt", "a/link.txt"}, {".", "a/loop.txt"}, {"missing.txt", "a/dangling.txt"},
	} {
		if err := os.Symlink(l.target, filepath.Join(dir, l.name)); err != nil {
			t.Skip("no symlinks here:", err)
		}
	}
	r := scan(t, DefaultOptions(), dir)
	if len(r.Errors) != 0 || r.Stats.Files != 2 || len(r.Clusters) != 1 {
		t.Errorf("files %d, clusters %d, errors %v; want the file and its link, one cluster, no error", r.Stats.Files, len(r.Clusters), r.Errors)
	}
}

// TestBigExportFile: one file holding hundreds of articles is shared out
// among workers; the result is the same for any number of jobs and finds
// the copies inside the file.
func TestBigExportFile(t *testing.T) {
	t.Parallel()
	r := rand.New(rand.NewPCG(9, 9))
	var b strings.Builder
	bodies := make([]string, 400)
	for i := range bodies {
		if i%20 == 19 {
			bodies[i] = bodies[r.IntN(i)]
		} else {
			var w []string
			for range 80 {
				w = append(w, fmt.Sprintf("w%d", r.IntN(3000)))
			}
			bodies[i] = strings.Join(w, " ") + "."
		}
		fmt.Fprintf(&b, "Story number %d of the export\nBy Ana Ruiz\nMarch %d, 2024\n%s\n", i, 1+i%28, bodies[i])
	}
	dir := writeCorpus(t, map[string]string{"export.txt": b.String()})
	var outs []string
	for _, jobs := range []int{1, 3} {
		o := DefaultOptions()
		o.Jobs = jobs
		res := scan(t, o, dir)
		if res.Stats.Documents != 400 || len(res.Clusters) < 15 {
			t.Fatalf("jobs %d: %d documents, %d clusters", jobs, res.Stats.Documents, len(res.Clusters))
		}
		js, _ := json.Marshal(res)
		outs = append(outs, string(js))
	}
	if outs[0] != outs[1] {
		t.Error("result depends on the number of jobs")
	}
}

// TestMetadataOutlivesReadBuffer: the first pass reads every file into a
// buffer it reuses and splits it into lines that share that buffer, so
// any document field still pointing into it would be overwritten by the
// next, smaller file. Every title, byline, source and date must come out
// as written, with one worker (one buffer for all files) and with several.
func TestMetadataOutlivesReadBuffer(t *testing.T) {
	t.Parallel()
	files := map[string]string{}
	type meta struct{ title, byline, source, date string }
	want := map[string]meta{} // document ID suffix -> metadata
	for f := range 30 {
		var b strings.Builder
		for a := range 2 {
			m := meta{
				title:  fmt.Sprintf("Harbour council %d weighs plan %d for the ferry", f, a),
				byline: fmt.Sprintf("Jane Roe%c", 'a'+rune(f%26)),
				date:   fmt.Sprintf("March %d, 2024", 1+f%28),
			}
			start := strings.Count(b.String(), "\n") + 1
			fmt.Fprintf(&b, "%s\nBy %s\n%s\n\n", m.title, m.byline, m.date)
			// Later files are smaller, so the reused buffer is never
			// replaced by a larger one.
			for w := range 60 - f {
				fmt.Fprintf(&b, "word%d_%d_%d ", f, a, w)
			}
			b.WriteString("\n\n")
			want[fmt.Sprintf("f%02d.txt:%d", f, start)] = m
		}
		files[fmt.Sprintf("f%02d.txt", f)] = b.String()
	}
	dir := writeCorpus(t, files)
	for _, jobs := range []int{1, 4} {
		o := DefaultOptions()
		o.Jobs = jobs
		r := scan(t, o, dir)
		if len(r.Documents) != len(want) {
			t.Fatalf("jobs %d: %d documents, want %d", jobs, len(r.Documents), len(want))
		}
		for _, d := range r.Documents {
			key := fmt.Sprintf("%s:%d", filepath.Base(d.Path), d.StartLine)
			m, ok := want[key]
			if !ok {
				t.Fatalf("jobs %d: unexpected document %s", jobs, d.ID)
			}
			if got := (meta{d.Title, d.Byline, d.Source, d.Date}); got != m {
				t.Errorf("jobs %d: %s: metadata %+v, want %+v", jobs, key, got, m)
			}
		}
	}
}

// TestClosingBylineLeftOut: a by-line that closes an article on its own
// stays in the article's range but not in its compared text, so two
// copies signed by different reporters are the same text; the second
// pass reads the same lines back (no "file changed" error).
func TestClosingBylineLeftOut(t *testing.T) {
	t.Parallel()
	body := strings.Join(seedLines(t, "002_faa7436319fd51a6.txt", 135, 156), "\n")
	a := "What is ISIS-K?\nMon, March 25, 2024\n\n" + body + "\n\nBy Jane Doe\n"
	b := "ISIS-K explained\nTue, March 26, 2024\n\n" + body + "\n\nReporting by John Roe\n"
	r := scan(t, DefaultOptions(), writeCorpus(t, map[string]string{"a.txt": a, "b.txt": b}))
	if len(r.Errors) != 0 {
		t.Fatalf("errors %v", r.Errors)
	}
	if len(r.Clusters) != 1 || r.Clusters[0].Members[1].Similarity != 1 {
		t.Fatalf("clusters %+v, want one pair at similarity 1", r.Clusters)
	}
	for _, d := range r.Documents {
		if d.EndLine != d.BodyEndLine+2 {
			t.Errorf("%s: end line %d, body ends at %d: want the by-line in the range, not the body", d.ID, d.EndLine, d.BodyEndLine)
		}
	}
}

// TestReadBackCleanedAndWrappedText checks that the second pass reads back
// the documents of files the splitter read otherwise than as written (a
// boilerplate line written with no-break spaces inside an article's text,
// headlines and paragraphs hard-wrapped at 72 columns) with the words the
// first pass counted: no "file changed" error, and the copy is found.
func TestReadBackCleanedAndWrappedText(t *testing.T) {
	t.Parallel()
	para := func(w string) string {
		return strings.Repeat("The council met again on the matter of the "+w+" and voted on what it would do next in the spring. ", 5)
	}
	wrap := func(s string) string {
		var out []string
		line := ""
		for _, word := range strings.Fields(s) {
			if line != "" && len(line)+1+len(word) > 72 {
				out = append(out, line)
				line = ""
			}
			if line != "" {
				line += " "
			}
			line += word
		}
		return strings.Join(append(out, line), "\n") + "\n"
	}
	article := func(title, w string) string {
		return wrap(title) + "By Jane Doe\nMarch 12, 2024\n\n" + wrap(para(w)) +
			"Copyright\u00a02020\u00a0Metro\u00a0Desk\u00a0All\u00a0Rights\u00a0Reserved\n" + wrap(para(w+" board")) + "\n"
	}
	dir := t.TempDir()
	page := article("Harbour fares double as the ferry operator cuts its routes along the northern coast", "harbour") +
		article("Council votes to close the old mill bridge", "bridge") +
		article("Rail strike ends after a week of talks between the unions and the operators", "rail")
	copyOf := article("Ferry fares double on the northern coast", "harbour")
	for name, text := range map[string]string{"page.txt": page, "copy.txt": copyOf} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	res, err := Scan(context.Background(), []string{dir}, DefaultOptions())
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Errors) != 0 {
		t.Fatalf("errors %v", res.Errors)
	}
	if len(res.Clusters) != 1 || len(res.Clusters[0].Members) != 2 {
		t.Fatalf("clusters %+v, want the harbour article and its copy", res.Clusters)
	}
}
