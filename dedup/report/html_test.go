package report

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/net/html"

	"github.com/dedup/dedup/dedup"
)

// nodes returns the elements of doc matching pred, in document order.
func nodes(n *html.Node, pred func(*html.Node) bool) []*html.Node {
	var out []*html.Node
	if n.Type == html.ElementNode && pred(n) {
		out = append(out, n)
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		out = append(out, nodes(c, pred)...)
	}
	return out
}

func attr(n *html.Node, k string) string {
	for _, a := range n.Attr {
		if a.Key == k {
			return a.Val
		}
	}
	return ""
}

func text(n *html.Node) string {
	if n.Type == html.TextNode {
		return n.Data
	}
	var b strings.Builder
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		b.WriteString(text(c))
	}
	return b.String()
}

// members reads the members block (#members) of a report page: the
// data the page's script draws each cluster from.
func members(t *testing.T, doc *html.Node) []jsCluster {
	t.Helper()
	blocks := nodes(doc, func(n *html.Node) bool { return attr(n, "id") == "members" })
	if len(blocks) != 1 {
		t.Fatalf("%d #members blocks", len(blocks))
	}
	var ms []jsCluster
	if err := json.Unmarshal([]byte(text(blocks[0])), &ms); err != nil {
		t.Fatalf("#members: %v", err)
	}
	return ms
}

// runs returns the text of a member's lines that is shared (or not).
func runs(m jsMember, shared bool) string {
	var b strings.Builder
	for _, l := range m.Lines {
		for k := 1; k < len(l); k++ {
			if s, _ := l[k].(string); (k%2 == 0) == shared {
				b.WriteString(s)
			}
		}
	}
	return b.String()
}

// TestHTMLReport: the report of the seeds plus a hostile copy of a story
// has the sections, the Slate cluster with both line ranges and its
// similarity, each member's lines numbered as in the file, shared text
// highlighted; the hostile text (<script>, &, quotes, </textarea>) is only
// ever text in the parsed page, never markup; no resource is loaded from
// elsewhere.
func TestHTMLReport(t *testing.T) {
	dir := t.TempDir()
	for _, f := range []string{"001_56dba68fe8242c6c.txt", "002_faa7436319fd51a6.txt", "003_55e81eba70a11d6c.txt", "004_e923ea4366fe9c19.txt"} {
		b, err := os.ReadFile(filepath.Join("../../seeds", f))
		if err != nil {
			t.Fatal(err)
		}
		os.WriteFile(filepath.Join(dir, f), b, 0o644)
	}
	hostile := "<script>alert(1)</script> & \"quoted\" 'single' </textarea>"
	body, _ := os.ReadFile("../../seeds/003_55e81eba70a11d6c.txt")
	os.WriteFile(filepath.Join(dir, "hostile.txt"), []byte(hostile+"\nBy Mallory\nMarch 26, 2024\n"+string(body)+hostile+"\n"), 0o644)
	o := dedup.DefaultOptions()
	res, err := dedup.Scan(context.Background(), []string{dir}, o)
	if err != nil {
		t.Fatal(err)
	}
	texts, errs := dedup.ClusteredText(res, o)
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	var buf bytes.Buffer
	if err := HTML(&buf, res, texts); err != nil {
		t.Fatal(err)
	}
	doc, err := html.Parse(bytes.NewReader(buf.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	for _, id := range []string{"summary", "histogram", "cluster-list", "clusters", "details", "title-collisions"} {
		if len(nodes(doc, func(n *html.Node) bool { return attr(n, "id") == id })) != 1 {
			t.Errorf("no element #%s", id)
		}
	}
	page := filepath.ToSlash(filepath.Join(dir, "002_faa7436319fd51a6.txt"))
	// The members are data in a JSON block, drawn by the page's script
	// (with textContent) when a cluster is shown.
	ms := members(t, doc)
	if len(ms) != len(res.Clusters) {
		t.Fatalf("%d member blocks for %d clusters", len(ms), len(res.Clusters))
	}
	var slate, yahoo *jsMember
	for _, c := range ms {
		for _, p := range c.Pairs {
			for _, m := range p {
				m := m
				switch m.Doc {
				case page + ":84-108":
					slate = &m
				case page + ":109-131":
					yahoo = &m
				}
			}
		}
	}
	if slate == nil || yahoo == nil {
		t.Fatal("the Slate pair is not in the report")
	}
	if yahoo.Similarity != 1 {
		t.Errorf("the copy's similarity is %v, want 1", yahoo.Similarity)
	}
	if n := len(slate.Lines); n != 25 || slate.Lines[0][0] != float64(84) || slate.Lines[24][0] != float64(108) {
		t.Errorf("Slate lines numbered %v..., want 84-108", slate.Lines[0][0])
	}
	if !strings.Contains(runs(*yahoo, true), "The surprise is that this sort of thing") {
		t.Error("the copy's shared text is not marked shared")
	}
	if !strings.Contains(runs(*slate, false), "Fred Kaplan") {
		t.Error("the Slate header lines the copy lacks are not marked as differing")
	}
	// The hostile story is clustered with seeds/003 and shown: as text,
	// in the page and in the member blocks.
	scripts := nodes(doc, func(n *html.Node) bool { return n.Data == "script" && attr(n, "type") != "application/json" })
	if len(scripts) != 1 || strings.Contains(text(scripts[0]), "alert(1)") {
		t.Errorf("%d script elements; the document text must not become one", len(scripts))
	}
	if blob := text(nodes(doc, func(n *html.Node) bool { return attr(n, "id") == "members" })[0]); strings.Contains(blob, "<") {
		t.Error("the JSON block holds a raw <: it could end the script element")
	}
	shown := strings.Contains(text(doc), hostile)
	for _, c := range ms {
		for _, p := range c.Pairs {
			for _, m := range p {
				shown = shown || strings.Contains(runs(m, true)+runs(m, false), hostile)
			}
		}
	}
	if len(nodes(doc, func(n *html.Node) bool { return n.Data == "textarea" })) != 0 {
		t.Error("an element came from the document text")
	}
	if !shown {
		t.Error("the hostile line is not shown as text")
	}
	for _, n := range nodes(doc, func(*html.Node) bool { return true }) {
		for _, k := range []string{"src", "href"} {
			if v := attr(n, k); v != "" && !strings.HasPrefix(v, "#") {
				t.Errorf("<%s %s=%q> would load something from elsewhere", n.Data, k, v)
			}
		}
	}
}

var updateGolden = flag.Bool("update", false, "rewrite testdata/*.golden")

// skeleton writes the element structure of n: tags with their id and
// class, no text; a run of siblings with the same structure is written
// once with its count, so the golden stays readable.
func skeleton(b *strings.Builder, n *html.Node, depth int) {
	var kids []string
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		var sb strings.Builder
		sb.WriteString(strings.Repeat("  ", depth) + c.Data)
		if id := attr(c, "id"); id != "" {
			sb.WriteString(" #" + id)
		}
		if cl := attr(c, "class"); cl != "" {
			sb.WriteString(" ." + strings.ReplaceAll(cl, " ", "."))
		}
		sb.WriteString("\n")
		if c.Data != "svg" && c.Data != "style" && c.Data != "script" {
			skeleton(&sb, c, depth+1)
		}
		kids = append(kids, sb.String())
	}
	for i := 0; i < len(kids); {
		j := i + 1
		for j < len(kids) && kids[j] == kids[i] {
			j++
		}
		if j-i > 1 {
			b.WriteString(strings.Repeat("  ", depth) + fmt.Sprintf("(%d of)\n", j-i))
		}
		b.WriteString(kids[i])
		i = j
	}
}

// TestHTMLStructure pins the structure of the seeds' report (section ids,
// the cluster list, a cluster's markup) in testdata/seeds-html.golden;
// go test ./dedup/report -update rewrites it.
func TestHTMLStructure(t *testing.T) {
	o := dedup.DefaultOptions()
	res, err := dedup.Scan(context.Background(), []string{"../../seeds"}, o)
	if err != nil {
		t.Fatal(err)
	}
	texts, _ := dedup.ClusteredText(res, o)
	var buf bytes.Buffer
	if err := HTML(&buf, res, texts); err != nil {
		t.Fatal(err)
	}
	doc, err := html.Parse(&buf)
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	skeleton(&b, doc, 0)
	const golden = "testdata/seeds-html.golden"
	if *updateGolden {
		os.MkdirAll("testdata", 0o755)
		if err := os.WriteFile(golden, []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatal(err)
	}
	if b.String() != string(want) {
		t.Errorf("structure of the seeds' report changed; if on purpose, run go test ./dedup/report -update\ngot:\n%s", b.String())
	}
}
