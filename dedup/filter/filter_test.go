package filter

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/parquet-go/parquet-go"

	"github.com/dedup/dedup/dedup"
	"github.com/dedup/dedup/dedup/segment"
)

const seeds = "../../seeds"

// TestFilterSeeds: filtering the seeds drops the Yahoo copy of the Slate
// article (seeds/002_faa7436319fd51a6.txt lines 109-131) and nothing
// else; every other line of every file is written back byte for byte, and
// the same run gives the same output.
func TestFilterSeeds(t *testing.T) {
	res, err := dedup.Scan(context.Background(), []string{seeds}, dedup.DefaultOptions())
	if err != nil {
		t.Fatal(err)
	}
	dropped, err := Decide(res, First)
	if err != nil {
		t.Fatal(err)
	}
	page := seeds + "/002_faa7436319fd51a6.txt"
	if len(dropped) != 1 || dropped[0].Path != page || dropped[0].StartLine != 109 || dropped[0].EndLine != 131 ||
		dropped[0].DuplicateOf != page+":84-108" || dropped[0].Jaccard != 1 {
		t.Fatalf("dropped %+v, want %s:109-131 as a copy of :84-108", dropped, page)
	}
	files, _ := dedup.Files([]string{seeds}, dedup.DefaultOptions())
	var outs [2][]byte
	for run := range outs {
		out := t.TempDir()
		written, err := Write(files, []string{seeds}, out, dropped, "", "")
		if err != nil {
			t.Fatal(err)
		}
		if len(written) != len(files) {
			t.Fatalf("wrote %v, want one file per input", written)
		}
		for _, f := range files {
			in, _ := os.ReadFile(f)
			got, err := os.ReadFile(filepath.Join(out, filepath.Base(f)))
			if err != nil {
				t.Fatal(err)
			}
			want := in
			if f == page {
				lines := strings.SplitAfter(string(in), "\n")
				want = []byte(strings.Join(lines[:108], "") + strings.Join(lines[131:], ""))
			}
			if !bytes.Equal(got, want) {
				t.Errorf("%s written differs from the input without the dropped lines", f)
			}
			if f == page {
				outs[run] = got
			}
		}
	}
	if !bytes.Equal(outs[0], outs[1]) {
		t.Error("two runs wrote different output")
	}
}

func cluster(members ...dedup.Member) dedup.Cluster {
	c := dedup.Cluster{Size: len(members), Representative: members[0].Doc, Members: members}
	for _, m := range members[1:] {
		c.Pairs = append(c.Pairs, dedup.Pair{A: members[0].Doc, B: m.Doc, Jaccard: 0.9, Estimate: 0.91})
	}
	return c
}

func TestDecideRules(t *testing.T) {
	res := &dedup.Result{
		Documents: []dedup.Document{
			{ID: "a:1-9", Path: "a", StartLine: 1, EndLine: 9, Date: "March 3, 2024", Words: 100},
			{ID: "b:1-9", Path: "b", StartLine: 1, EndLine: 9, Date: "2024-03-01", Words: 300},
			{ID: "c:1-9", Path: "c", StartLine: 1, EndLine: 9, Date: "25. März 2024", Words: 200},
		},
	}
	var ms []dedup.Member
	for _, d := range res.Documents {
		ms = append(ms, dedup.Member{Doc: d.ID, Path: d.Path, StartLine: d.StartLine, EndLine: d.EndLine, Words: d.Words})
	}
	res.Clusters = []dedup.Cluster{cluster(ms...)}
	for rule, keep := range map[string]string{First: "a:1-9", Longest: "b:1-9", Earliest: "b:1-9", Latest: "a:1-9", None: ""} {
		dropped, err := Decide(res, rule)
		if err != nil {
			t.Fatal(err)
		}
		want := 2
		if rule == None {
			want = 3
		}
		if len(dropped) != want {
			t.Fatalf("%s: dropped %d, want %d", rule, len(dropped), want)
		}
		for _, d := range dropped {
			if d.ID == keep || d.DuplicateOf != keep || d.Rule == "" || d.Matched == "" {
				t.Errorf("%s: dropped %+v, want %q kept", rule, d, keep)
			}
		}
	}
	if _, err := Decide(res, "random"); err == nil {
		t.Error("unknown rule accepted")
	}
	// No date can be read: earliest falls back to the first member.
	for i := range res.Documents {
		res.Documents[i].Date = ""
	}
	dropped, _ := Decide(res, Earliest)
	if dropped[0].DuplicateOf != "a:1-9" || !strings.Contains(dropped[0].Rule, "first is kept") {
		t.Errorf("no dates: %+v, want the first kept and said so", dropped[0])
	}
	b, _ := json.Marshal(dropped[0])
	if !strings.Contains(string(b), `"duplicate_of":"a:1-9"`) {
		t.Errorf("JSON %s", b)
	}
}

func TestWithoutLines(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"1\n2\n3\n4\n", "1\n4\n"},
		{"1\r\n2\r\n3\r\n4", "1\r\n4"},
		{"1\r2\r3\r4\r", "1\r4\r"},
		{"1\n2\r\n3\r4", "1\n4"},
	} {
		if got := string(withoutLines([]byte(tc.in), [][2]int{{2, 3}})); got != tc.want {
			t.Errorf("withoutLines(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestOutputPath(t *testing.T) {
	for _, tc := range []struct {
		file  string
		roots []string
		comp  bool
		want  string
	}{
		{"drop/a/x.txt", []string{"drop"}, false, "out/a/x.txt"},
		{"drop/a/x.txt.gz", []string{"drop"}, true, "out/a/x.txt"},
		{"one.jsonl", []string{"one.jsonl"}, false, "out/one.jsonl"},
		{"x/y.txt", []string{"."}, false, "out/x/y.txt"},
	} {
		got, err := OutputPath(tc.file, tc.roots, "out", tc.comp)
		if err != nil || filepath.ToSlash(got) != tc.want {
			t.Errorf("OutputPath(%q, %v) = %q, %v; want %q", tc.file, tc.roots, got, err, tc.want)
		}
	}
	if _, err := OutputPath("elsewhere/z.txt", []string{"drop"}, "out", false); err == nil {
		t.Error("a file outside the roots was placed")
	}
}

type article struct {
	ID    string `parquet:"id"`
	Title string `parquet:"title"`
	Text  string `parquet:"text"`
	Words int64  `parquet:"words"`
}

// TestFilterParquet: a Parquet file of the seeds' articles of
// seeds/002_faa7436319fd51a6.txt, one per row: the scan finds the Slate
// row and its copy by their ids; the filtered file has every row but the
// copy, with the same schema and values.
func TestFilterParquet(t *testing.T) {
	data, err := os.ReadFile(seeds + "/002_faa7436319fd51a6.txt")
	if err != nil {
		t.Fatal(err)
	}
	lines, _ := segment.Lines(data)
	var rows []article
	for _, a := range segment.Split(lines, segment.Auto) {
		var body []string
		for _, n := range a.Body {
			body = append(body, lines[n-1])
		}
		rows = append(rows, article{ID: fmt.Sprintf("a%d", a.StartLine), Title: a.Title, Text: strings.Join(body, "\n"), Words: int64(len(body))})
	}
	var buf bytes.Buffer
	if err := parquet.Write(&buf, rows); err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	path := filepath.ToSlash(filepath.Join(dir, "articles.parquet"))
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	res, err := dedup.Scan(context.Background(), []string{path}, dedup.DefaultOptions())
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Clusters) != 1 || res.Clusters[0].Pairs[0].A != "a84" || res.Clusters[0].Pairs[0].B != "a109" || res.Clusters[0].Pairs[0].Jaccard != 1 {
		t.Fatalf("clusters %+v, want a84 ~ a109", res.Clusters)
	}
	// dedup diff reads the rows as the scan does, by path and id.
	c, err := dedup.Compare(path+":a84", path+":a109", dedup.DefaultOptions())
	if err != nil || c.Jaccard != 1 || c.A.ID != "a84" || c.B.ID != "a109" || c.A.Words == 0 {
		t.Fatalf("diff of the rows: %+v, %v; want a84 ~ a109 with Jaccard 1", c, err)
	}
	dropped, _ := Decide(res, First)
	out := filepath.Join(dir, "out")
	if _, err := Write([]string{path}, []string{path}, out, dropped, "", ""); err != nil {
		t.Fatal(err)
	}
	got, err := parquet.ReadFile[article](filepath.Join(out, "articles.parquet"))
	if err != nil {
		t.Fatal(err)
	}
	var want []article
	for _, r := range rows {
		if r.ID != "a109" {
			want = append(want, r)
		}
	}
	if len(got) != len(want) {
		t.Fatalf("%d rows written, want %d", len(got), len(want))
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("row %d = %+v, want %+v", i, got[i], want[i])
		}
	}
}
