package dedup

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/dedup/dedup/shingle"
)

func passagesOf(t *testing.T, minLen int) []string {
	t.Helper()
	o := DefaultOptions()
	o.Passages, o.MinPassage = true, minLen
	r := scan(t, o, seeds)
	var got []string
	for _, p := range r.Passages {
		got = append(got, fmt.Sprintf("%s:%d-%d ~ %s:%d-%d %d", p.A.Path, p.A.StartLine, p.A.EndLine, p.B.Path, p.B.StartLine, p.B.EndLine, p.Words))
	}
	return got
}

// TestSeedsPassages: outside the Slate cluster the seeds share exactly one
// passage of 25 words or more, the New York Times sentence quoted by
// Reason; at 10 words also the National Security Council quote (curly
// quotes in 002, straight in 004) and the Soufan Group line.
func TestSeedsPassages(t *testing.T) {
	t.Parallel()
	got := passagesOf(t, 25)
	want := []string{"../seeds/002_faa7436319fd51a6.txt:12-12 ~ ../seeds/002_faa7436319fd51a6.txt:163-163 38"}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("min 25: %q, want %q", got, want)
	}
	got = passagesOf(t, 10)
	for _, w := range []string{
		"../seeds/002_faa7436319fd51a6.txt:12-12 ~ ../seeds/002_faa7436319fd51a6.txt:163-163 38",
		"../seeds/002_faa7436319fd51a6.txt:26-26 ~ ../seeds/004_e923ea4366fe9c19.txt:49-49 13",
		"../seeds/002_faa7436319fd51a6.txt:22-22 ~ ../seeds/002_faa7436319fd51a6.txt:152-152 12",
	} {
		if !strings.Contains(strings.Join(got, "\n"), w) {
			t.Errorf("min 10: missing %q in %q", w, got)
		}
	}
	if len(got) != 3 {
		t.Errorf("min 10: %d passages, want 3: %q", len(got), got)
	}
}

func TestPassageText(t *testing.T) {
	t.Parallel()
	o := DefaultOptions()
	o.Passages, o.MinPassage = true, 10
	r := scan(t, o, seeds)
	for _, p := range r.Passages {
		if p.A.StartLine == 26 && p.Text != "isis bears sole responsibility for this attack there was no ukrainian involvement whatsoever" {
			t.Errorf("NSC quote text %q", p.Text)
		}
	}
}

// TestSeedsTitleCollision: the headline of 002 line 109 (the Slate body)
// is reused at line 132 for a Reuters video, a different story: a title
// collision, not a duplicate.
func TestSeedsTitleCollision(t *testing.T) {
	t.Parallel()
	r := scan(t, DefaultOptions(), seeds)
	if len(r.TitleCollisions) != 1 {
		t.Fatalf("%d title collisions, want 1: %+v", len(r.TitleCollisions), r.TitleCollisions)
	}
	c := r.TitleCollisions[0]
	if c.A.StartLine != 109 || c.B.StartLine != 132 || c.Similarity != 1 ||
		c.TitleA != "What is ISIS-K, the group claiming the Moscow concert attack?" {
		t.Errorf("collision %+v", c)
	}
	for _, cl := range r.Clusters {
		for _, m := range cl.Members {
			if m.StartLine == 132 {
				t.Errorf("the Reuters video is reported as a duplicate")
			}
		}
	}
}

// TestTitleCollisionsBruteForce compares titleCollisions, for several
// numbers of goroutines, with a check of every pair: two titles collide
// when they share a three-word run, their word sets have Jaccard >= 0.8
// and the documents are not in one cluster.
func TestTitleCollisionsBruteForce(t *testing.T) {
	t.Parallel()
	vocab := strings.Fields("markets tumble rally central bank rates rise fall storm hits coast city council votes budget plan new record heat wave")
	var docs []Document
	clusterOf := []int{}
	for i := range 600 {
		// Titles of 3 to 8 words from a small vocabulary, many repeated or
		// one word apart; every seventh has no title.
		n := 3 + (i*7)%6
		var w []string
		for k := range n {
			w = append(w, vocab[(i/5+k*k+(i%3)*k)%len(vocab)])
		}
		title := strings.Join(w, " ")
		if i%7 == 0 {
			title = ""
		}
		docs = append(docs, Document{ID: fmt.Sprintf("d%03d", i), Path: fmt.Sprintf("d%03d", i), StartLine: 1, Title: title})
		clusterOf = append(clusterOf, (i%11)/5) // clusters 0 (none), 1 and 2
	}
	type hashed struct{ words, grams []uint64 }
	h := make([]hashed, len(docs))
	var sh shingle.Shingler
	for i, d := range docs {
		sh.Reset()
		sh.Add(d.Title)
		if sh.Len() < 3 {
			continue
		}
		w := sh.WordHashes(nil)
		slices.Sort(w)
		h[i] = hashed{slices.Compact(w), sh.Hashes(3, nil)}
	}
	var want []string
	for a := range docs {
		for b := a + 1; b < len(docs); b++ {
			if h[a].words == nil || h[b].words == nil || (clusterOf[a] != 0 && clusterOf[a] == clusterOf[b]) {
				continue
			}
			shared := slices.ContainsFunc(h[a].grams, func(g uint64) bool { return slices.Contains(h[b].grams, g) })
			if shared && Jaccard(h[a].words, h[b].words) >= titleSimilarity {
				want = append(want, docs[a].ID+" "+docs[b].ID)
			}
		}
	}
	if len(want) < 100 {
		t.Fatalf("only %d colliding pairs: the test needs more", len(want))
	}
	for _, jobs := range []int{1, 2, 5} {
		var got []string
		for _, c := range titleCollisions(docs, clusterOf, jobs) {
			got = append(got, c.A.Doc+" "+c.B.Doc)
		}
		if !slices.Equal(got, want) {
			t.Errorf("jobs %d: %d collisions, want %d", jobs, len(got), len(want))
		}
	}
}

// TestContainmentFindsExcerpt: testdata/reuse/truncated.txt is the first 40%
// of testdata/reuse/original.txt (seeds/004) under a new headline and
// byline. Jaccard misses it; containment finds it.
func TestContainmentFindsExcerpt(t *testing.T) {
	t.Parallel()
	const dir = "../testdata/reuse"
	r := scan(t, DefaultOptions(), dir)
	if len(r.Clusters) != 0 {
		t.Fatalf("Jaccard at 0.8 clustered the excerpt: %+v", r.Clusters)
	}
	o := DefaultOptions()
	o.Metric, o.Threshold = MetricContainment, 0.9
	r = scan(t, o, dir)
	if len(r.Clusters) != 1 || len(r.Clusters[0].Pairs) != 1 {
		t.Fatalf("containment: clusters %+v", r.Clusters)
	}
	p := r.Clusters[0].Pairs[0]
	if !strings.HasSuffix(p.B, "truncated.txt:1-17") || p.ContainmentB < 0.95 || p.Jaccard >= 0.5 {
		t.Errorf("pair %+v: want the excerpt contained >= 0.95 with Jaccard < 0.5", p)
	}
}

func TestCompareSlate(t *testing.T) {
	t.Parallel()
	c, err := Compare("../seeds/002_faa7436319fd51a6.txt:84-108", "../seeds/002_faa7436319fd51a6.txt:109-131", DefaultOptions())
	if err != nil {
		t.Fatal(err)
	}
	if c.Jaccard < 0.95 || c.ContainmentA < 0.95 || c.ContainmentB < 0.95 || len(c.Spans) != 1 {
		t.Fatalf("comparison %+v", c)
	}
	s := c.Spans[0]
	if s.AStartLine != 88 || s.AEndLine != 108 || s.BStartLine != 111 || s.BEndLine != 131 || s.Words != c.A.Words {
		t.Errorf("span %+v, want the whole body: A 88-108, B 111-131, %d words", s, c.A.Words)
	}
	if _, err := Compare("../seeds/002_faa7436319fd51a6.txt:84-100", "../seeds/004_e923ea4366fe9c19.txt", DefaultOptions()); !errors.Is(err, ErrNoDocument) {
		t.Errorf("unknown id: %v", err)
	}
}

func TestParseDocID(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		in         string
		path       string
		start, end int
	}{
		{"a/b.txt:84-108", "a/b.txt", 84, 108},
		{"a/b.txt", "a/b.txt", 0, 0},
		{"c:/x.txt", "c:/x.txt", 0, 0},
		{"a.txt:9-3", "a.txt:9-3", 0, 0},
		{"a.txt:x-3", "a.txt:x-3", 0, 0},
	} {
		p, s, e := ParseDocID(tc.in)
		if p != tc.path || s != tc.start || e != tc.end {
			t.Errorf("ParseDocID(%q) = %q %d %d", tc.in, p, s, e)
		}
	}
}

// FuzzParseDocID: any string parses without panic; either it is a plain
// path (the whole input) or a valid range after the path.
func FuzzParseDocID(f *testing.F) {
	for _, s := range []string{"a.txt:84-108", "a.txt", "c:/x.txt:1-2", ":1-2", "a:0-0", "a:-1-5", "a:5-"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, id string) {
		path, start, end := ParseDocID(id)
		if start == 0 {
			if path != id || end != 0 {
				t.Fatalf("ParseDocID(%q) = %q %d %d", id, path, start, end)
			}
			return
		}
		if start < 1 || end < start {
			t.Fatalf("ParseDocID(%q): bad range %d-%d", id, start, end)
		}
		if !strings.HasPrefix(id, path+":") {
			t.Fatalf("ParseDocID(%q): path %q is not a prefix", id, path)
		}
	})
}

// FuzzBaseline: a baseline file either fails to load with ErrBaseline or
// loads with sorted entries, and an accepted finding is covered by it.
func FuzzBaseline(f *testing.F) {
	f.Add([]byte(`{"version":1,"accepted":[{"content_hashes":["b","a","a"],"documents":["x:1-2"]}]}`))
	f.Add([]byte(`{"version":2}`))
	f.Add([]byte(`not json`))
	f.Fuzz(func(t *testing.T, data []byte) {
		path := filepath.Join(t.TempDir(), "b.json")
		if err := os.WriteFile(path, data, 0o644); err != nil {
			t.Fatal(err)
		}
		b, err := ReadBaseline(path)
		if err != nil {
			if !errors.Is(err, ErrBaseline) {
				t.Fatalf("unexpected error %v", err)
			}
			return
		}
		for _, e := range b.Accepted {
			if !slices.IsSorted(e.ContentHashes) {
				t.Fatalf("entry not sorted: %v", e.ContentHashes)
			}
			if _, ok := b.covers(e.ContentHashes); !ok {
				t.Fatalf("entry %v does not cover itself", e.ContentHashes)
			}
		}
	})
}
