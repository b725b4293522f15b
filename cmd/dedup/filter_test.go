package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/parquet-go/parquet-go"

	"github.com/dedup/dedup/cmd/dedup/cli"
	"github.com/dedup/dedup/dedup/segment"
)

// seedArticles returns the articles of seeds/002 as (id, title, text),
// and the Slate article again, trimmed by its last paragraph: a second,
// shorter copy.
func seedArticles(t *testing.T) [][3]string {
	t.Helper()
	data, err := os.ReadFile("../../seeds/002_faa7436319fd51a6.txt")
	if err != nil {
		t.Fatal(err)
	}
	lines, _ := segment.Lines(data)
	var out [][3]string
	for _, a := range segment.Split(lines, segment.Auto) {
		var body []string
		for _, n := range a.Body {
			body = append(body, lines[n-1])
		}
		out = append(out, [3]string{fmt.Sprintf("a%d", a.StartLine), a.Title, strings.Join(body, "\n")})
		if a.StartLine == 84 {
			out = append(out, [3]string{"slate-trimmed", a.Title, strings.Join(body[:len(body)-1], "\n")})
		}
	}
	return out
}

// runFilter runs dedup filter with args and returns the files it wrote
// and the sidecar, by name.
func runFilter(t *testing.T, args ...string) map[string][]byte {
	t.Helper()
	ios, _, _, errOut := cli.Test()
	if code := cli.Main(append([]string{"filter"}, args...), ios); code != 0 {
		t.Fatalf("filter %v: exit %d: %s", args, code, errOut)
	}
	got := map[string][]byte{}
	for i, a := range args {
		if a == "--out" || a == "--dropped" {
			root := args[i+1]
			filepath.Walk(root, func(p string, info os.FileInfo, err error) error {
				if err == nil && !info.IsDir() {
					b, _ := os.ReadFile(p)
					rel, _ := filepath.Rel(root, p)
					got[a+"/"+rel] = b
				}
				return nil
			})
		}
	}
	return got
}

// TestFilterKeepLongest: --keep longest on JSON Lines built from the
// seeds' articles plus a shorter second copy of the Slate article drops
// the Yahoo copy and the trimmed one, keeps the Slate record, writes every
// other record byte for byte, names each dropped record with the one kept
// and its partner; --jobs 1 and --jobs 2 write the same bytes. The same
// for Parquet (schema and row order kept) and for a folder of text files.
func TestFilterKeepLongest(t *testing.T) {
	t.Parallel()
	arts := seedArticles(t)
	dir := t.TempDir()
	var jsonl bytes.Buffer
	type row struct {
		ID    string `parquet:"id"`
		Title string `parquet:"title"`
		Text  string `parquet:"text"`
	}
	var rows []row
	for i, a := range arts {
		// Odd spacing in some records: they must come back as they were.
		sep := ", "
		if i%2 == 1 {
			sep = ",   "
		}
		id, _ := json.Marshal(a[0])
		title, _ := json.Marshal(a[1])
		text, _ := json.Marshal(a[2])
		fmt.Fprintf(&jsonl, "{\"id\": %s%s\"title\": %s%s\"text\": %s}\n", id, sep, title, sep, text)
		rows = append(rows, row{a[0], a[1], a[2]})
	}
	var pq bytes.Buffer
	if err := parquet.Write(&pq, rows); err != nil {
		t.Fatal(err)
	}
	page, _ := os.ReadFile("../../seeds/002_faa7436319fd51a6.txt")
	// Each kind of input in a folder of its own, filtered with --jobs 1
	// and --jobs 2.
	run := func(kind, name string, data []byte) (map[string][]byte, string) {
		in := filepath.Join(dir, kind)
		os.MkdirAll(filepath.Dir(filepath.Join(in, name)), 0o755)
		if err := os.WriteFile(filepath.Join(in, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
		var outs [2]map[string][]byte
		for k, jobs := range []string{"1", "2"} {
			out := filepath.Join(dir, kind+"-out-"+jobs)
			outs[k] = runFilter(t, "--keep", "longest", "--jobs", jobs, "--out", out, "--dropped", out+"-dropped.jsonl", in)
		}
		if len(outs[0]) != len(outs[1]) {
			t.Fatalf("%s: --jobs 1 wrote %d files, --jobs 2 %d", kind, len(outs[0]), len(outs[1]))
		}
		for n, b := range outs[0] {
			if !bytes.Equal(b, outs[1][n]) {
				t.Errorf("%s: %s differs between --jobs 1 and --jobs 2", kind, n)
			}
		}
		got := map[string][]byte{}
		var side string
		for n, b := range outs[0] {
			if strings.HasPrefix(n, "--dropped") {
				side = string(b)
			} else {
				got[strings.TrimPrefix(n, "--out/")] = b
			}
		}
		return got, side
	}

	// JSON Lines: every record but the two copies, byte for byte.
	got, side := run("jsonl", "articles.jsonl", jsonl.Bytes())
	var want []string
	for _, l := range strings.SplitAfter(jsonl.String(), "\n") {
		if l != "" && !strings.Contains(l, `"id": "a109"`) && !strings.Contains(l, `"id": "slate-trimmed"`) {
			want = append(want, l)
		}
	}
	if string(got["articles.jsonl"]) != strings.Join(want, "") {
		t.Errorf("articles.jsonl written:\n%s\nwant every record but the two copies, as they were", got["articles.jsonl"])
	}
	jsonlPath := filepath.ToSlash(filepath.Join(dir, "jsonl", "articles.jsonl"))
	for _, w := range []string{
		`{"id":"slate-trimmed","path":"` + jsonlPath + `","start_line":4,"end_line":4,"duplicate_of":"a84","matched":"a84","jaccard":`,
		`{"id":"a109","path":"` + jsonlPath + `","start_line":5,"end_line":5,"duplicate_of":"a84","matched":"a84","jaccard":1,"estimate":1,"rule":"longest: a84 has 1254 words"}`,
	} {
		if !strings.Contains(side, w) {
			t.Errorf("sidecar lacks %s:\n%s", w, side)
		}
	}

	// Parquet: the same rows, in order, schema kept.
	got, _ = run("parquet", "articles.parquet", pq.Bytes())
	b := got["articles.parquet"]
	pqOut, err := parquet.Read[row](bytes.NewReader(b), int64(len(b)))
	if err != nil {
		t.Fatal(err)
	}
	var wantRows []row
	for _, r := range rows {
		if r.ID != "a109" && r.ID != "slate-trimmed" {
			wantRows = append(wantRows, r)
		}
	}
	if fmt.Sprint(pqOut) != fmt.Sprint(wantRows) {
		t.Errorf("parquet rows %d, want the %d others in order", len(pqOut), len(wantRows))
	}

	// A folder of text files: lines 109-131 (the Yahoo copy) of the page
	// are gone, nothing else.
	got, side = run("text", "pages/002.txt", page)
	lines := strings.SplitAfter(string(page), "\n")
	if string(got["pages/002.txt"]) != strings.Join(lines[:108], "")+strings.Join(lines[131:], "") {
		t.Error("pages/002.txt is not the page without lines 109-131")
	}
	if !strings.Contains(side, `"start_line":109,"end_line":131`) {
		t.Errorf("sidecar %s", side)
	}
}
