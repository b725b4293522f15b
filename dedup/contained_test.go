package dedup

import (
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// randomParagraphs returns n paragraphs of random words, one per line.
func randomParagraphs(r *rand.Rand, n, words int) []string {
	out := make([]string, n)
	for i := range out {
		w := make([]string, words)
		for j := range w {
			w[j] = fmt.Sprintf("w%d", r.IntN(5000))
		}
		out[i] = strings.Join(w, " ") + "."
	}
	return out
}

// TestContainedCopyLocated: an article whose header was deleted merges
// into the article above it, so its copy elsewhere has a Jaccard
// similarity of about a half with the merged document. It is still
// reported, as contained, with the lines of the merged document it spans
// (within a line of the article's real place).
func TestContainedCopyLocated(t *testing.T) {
	t.Parallel()
	r := rand.New(rand.NewPCG(7, 7))
	x, y := randomParagraphs(r, 3, 60), randomParagraphs(r, 3, 60)
	page := append([]string{"Harbour Storm Closes Coast Roads", "By Jane Doe", "March 3, 2024", ""},
		x[0], "", x[1], "", x[2], "")
	yStart := len(page) + 1
	page = append(page, y[0], "", y[1], "", y[2])
	yEnd := len(page)
	other := append([]string{"Council Backs The Ferry Plan", "By John Roe", "March 4, 2024", ""}, y[0], "", y[1], "", y[2])
	dir := t.TempDir()
	for name, lines := range map[string][]string{"page.txt": page, "other.txt": other} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(strings.Join(lines, "\n")+"\n"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	res := scan(t, DefaultOptions(), dir)
	if len(res.Clusters) != 0 {
		t.Fatalf("clusters %+v, want none (Jaccard is about 0.5)", res.Clusters)
	}
	if len(res.Contained) != 1 {
		t.Fatalf("contained = %+v, want one", res.Contained)
	}
	c := res.Contained[0]
	if c.A.Path != filepath.Join(dir, "other.txt") || c.B.Path != filepath.Join(dir, "page.txt") || c.B.StartLine != 1 {
		t.Errorf("contained %+v, want other.txt inside page.txt:1-", c)
	}
	if abs(c.AlignedStartLine-yStart) > 1 || abs(c.AlignedEndLine-yEnd) > 1 {
		t.Errorf("aligned %d-%d, want %d-%d within a line", c.AlignedStartLine, c.AlignedEndLine, yStart, yEnd)
	}
	if c.Containment < 0.99 || c.Jaccard > 0.6 || c.Jaccard < 0.4 {
		t.Errorf("containment %.4f jaccard %.4f, want 1 and about 0.5", c.Containment, c.Jaccard)
	}

	o := DefaultOptions()
	o.Contained = false
	if res := scan(t, o, dir); len(res.Contained) != 0 {
		t.Errorf("Contained off: %+v", res.Contained)
	}
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}
