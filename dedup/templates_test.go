package dedup

import (
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// templateLines are ten lines a site prints under every article: together
// they outweigh each article's own text, so without template lines any two
// articles are near-duplicates at 0.5.
var templateLines = []string{
	"Follow the Harbour Gazette on every platform for breaking news alerts and live coverage",
	"Our journalism is supported by readers who subscribe to the weekly print and digital edition",
	"Sign in to save this article to your reading list and get recommendations from our editors",
	"Tell us what you think about this story in the community forum moderated by our staff",
	"Corrections and clarifications can be sent to the standards desk at any time of the day",
	"The Harbour Gazette is part of the Coastal Media Group and its family of regional titles",
	"Photographs in this article may be licensed through the picture desk for reuse elsewhere",
	"Listen to the morning briefing podcast with the top stories read by our newsroom team",
	"Get the evening newsletter with the most read stories and a puzzle delivered to your inbox",
	"Advertising helps pay for local reporting and you can manage your preferences in settings",
}

// TestTemplateLinesFromTheDrop: 500 unrelated articles that all end with
// the same ten template lines give no pair at threshold 0.5; two real
// copies (the same body under two headers) that carry the template lines
// too are still found, with their bodies' similarity. The ten lines are
// reported. With template lines off the articles pair with each other,
// which shows the test has something to find.
func TestTemplateLinesFromTheDrop(t *testing.T) {
	t.Parallel()
	r := rand.New(rand.NewPCG(11, 12))
	dir := t.TempDir()
	if d := os.Getenv("KEEP"); d != "" {
		dir = d
	}
	body := func() []string { return randomParagraphs(r, 2, 30) }
	article := func(n int, paras []string) []string {
		out := []string{fmt.Sprintf("Council Report Number %d On Harbour Works", n), "By Jane Doe", fmt.Sprintf("March %d, 2024", 1+n%28), ""}
		for _, p := range paras {
			out = append(out, p, "")
		}
		for _, l := range templateLines {
			out = append(out, l, "")
		}
		return out
	}
	shared := body()
	for f := range 250 {
		var lines []string
		for a := range 2 {
			n := 2*f + a
			paras := body()
			if n == 17 || n == 388 {
				paras = shared
			}
			lines = append(lines, article(n, paras)...)
		}
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("page%03d.txt", f)), []byte(strings.Join(lines, "\n")), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	o := DefaultOptions()
	o.Threshold = 0.5
	res := scan(t, o, dir)
	if res.Stats.Documents != 500 {
		t.Fatalf("%d documents, want 500", res.Stats.Documents)
	}
	if len(res.Clusters) != 1 || len(res.Clusters[0].Pairs) != 1 {
		t.Fatalf("clusters %+v, want one pair (the two copies)", res.Clusters)
	}
	p := res.Clusters[0].Pairs[0]
	wantA, wantB := filepath.Join(dir, "page008.txt"), filepath.Join(dir, "page194.txt")
	if !strings.HasPrefix(p.A, wantA+":") || !strings.HasPrefix(p.B, wantB+":") || p.Jaccard != 1 {
		t.Errorf("pair %s ~ %s (%.4f), want the copies in %s and %s with similarity 1", p.A, p.B, p.Jaccard, wantA, wantB)
	}
	if len(res.Contained) != 0 {
		t.Errorf("contained %+v, want none", res.Contained)
	}
	// Articles end before the template lines that close them: 4 header
	// lines, two paragraphs with a blank after each, then the template.
	for _, d := range res.Documents {
		if d.EndLine-d.StartLine != 6 || d.BodyEndLine != d.EndLine {
			t.Fatalf("document %s ends at %d (body %d), want its second paragraph, line %d", d.ID, d.EndLine, d.BodyEndLine, d.StartLine+6)
		}
	}
	if res.Stats.TemplateLines != 10 || len(res.TemplateLines) != 10 {
		t.Fatalf("%d template lines, want 10: %+v", res.Stats.TemplateLines, res.TemplateLines)
	}
	for _, tl := range res.TemplateLines {
		if tl.Documents != 500 || !slicesContains(templateLines, tl.Text) {
			t.Errorf("template line %+v, want one of the ten in 500 documents", tl)
		}
	}

	o.TemplateMinDocs = 0
	if res := scan(t, o, dir); res.Stats.VerifiedPairs < 1000 {
		t.Errorf("template lines off: %d verified pairs, want the articles to pair through the template", res.Stats.VerifiedPairs)
	}
}

// TestTemplateLinesKeepUnchangedCopies: an article copied unchanged into
// twelve files is not a template, though its lines repeat in more than
// TemplateMinDocs documents: the copies have no text of their own.
func TestTemplateLinesKeepUnchangedCopies(t *testing.T) {
	t.Parallel()
	r := rand.New(rand.NewPCG(13, 14))
	dir := t.TempDir()
	story := randomParagraphs(r, 4, 40)
	for f := range 12 {
		lines := append([]string{fmt.Sprintf("Ferry Strike Ends After Talks %d", f), "By John Roe", "May 2, 2024", ""}, story...)
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("copy%02d.txt", f)), []byte(strings.Join(lines, "\n\n")), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	res := scan(t, DefaultOptions(), dir)
	if res.Stats.TemplateLines != 0 {
		t.Errorf("template lines %+v, want none", res.TemplateLines)
	}
	if len(res.Clusters) != 1 || res.Clusters[0].Size != 12 {
		t.Errorf("clusters %+v, want one of all twelve copies", res.Clusters)
	}
}

func slicesContains(ss []string, s string) bool {
	for _, x := range ss {
		if x == s {
			return true
		}
	}
	return false
}
