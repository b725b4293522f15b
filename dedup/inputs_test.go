package dedup

import (
	"bytes"
	"compress/gzip"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"html"
	"os"
	"path/filepath"
	"strings"
	"testing"

	dsbzip2 "github.com/dsnet/compress/bzip2"

	"github.com/dedup/dedup/dedup/input"
	"github.com/dedup/dedup/dedup/segment"
	"github.com/klauspost/compress/zstd"
	"github.com/parquet-go/parquet-go"
	"github.com/ulikunitz/xz"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
)

// TestInputsFindSlatePair: seeds/002 converted in the test to every
// compressed form and encoding the scan reads, and piped through standard
// input, gives the Slate pair every time at lines 84-108 and 109-131 with
// Jaccard 1, as the plain file does.
func TestInputsFindSlatePair(t *testing.T) {
	t.Parallel()
	plain, err := os.ReadFile(filepath.Join(seeds, "002_faa7436319fd51a6.txt"))
	if err != nil {
		t.Fatal(err)
	}
	compress := func(name string, w func(*bytes.Buffer) (interface {
		Write([]byte) (int, error)
		Close() error
	}, error)) []byte {
		var buf bytes.Buffer
		zw, err := w(&buf)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if _, err := zw.Write(plain); err != nil {
			t.Fatal(err)
		}
		if err := zw.Close(); err != nil {
			t.Fatal(err)
		}
		return buf.Bytes()
	}
	type wc = interface {
		Write([]byte) (int, error)
		Close() error
	}
	utf16 := func(e unicode.Endianness) []byte {
		b, err := unicode.UTF16(e, unicode.UseBOM).NewEncoder().Bytes(plain)
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	w1252, err := charmap.Windows1252.NewEncoder().Bytes(plain)
	if err != nil {
		t.Fatalf("windows-1252: %v", err)
	}
	cases := []struct {
		name, encoding string
		data           []byte
	}{
		{"plain.txt", "", plain},
		{"gzip.txt.gz", "", compress("gzip", func(b *bytes.Buffer) (wc, error) { return gzip.NewWriter(b), nil })},
		{"zstd.txt.zst", "", compress("zstd", func(b *bytes.Buffer) (wc, error) { return zstd.NewWriter(b) })},
		{"bzip2.txt.bz2", "", compress("bzip2", func(b *bytes.Buffer) (wc, error) { return dsbzip2.NewWriter(b, nil) })},
		{"xz.txt.xz", "", compress("xz", func(b *bytes.Buffer) (wc, error) { return xz.NewWriter(b) })},
		{"utf16le.txt", "", utf16(unicode.LittleEndian)},
		{"utf16be.txt", "", utf16(unicode.BigEndian)},
		{"windows1252.txt", "windows-1252", w1252},
		{"crlf.txt", "", bytes.ReplaceAll(plain, []byte("\n"), []byte("\r\n"))},
		{"cr.txt", "", bytes.ReplaceAll(plain, []byte("\n"), []byte("\r"))},
		{"bom.txt", "", append([]byte("\xef\xbb\xbf"), plain...)},
	}
	dir := t.TempDir()
	check := func(t *testing.T, res *Result, path string, o Options) {
		t.Helper()
		if len(res.Errors) > 0 || len(res.Clusters) != 1 || len(res.Clusters[0].Pairs) != 1 {
			t.Fatalf("errors %v, clusters %+v: want the one Slate pair", res.Errors, res.Clusters)
		}
		p := res.Clusters[0].Pairs[0]
		if p.A != path+":84-108" || p.B != path+":109-131" || p.Jaccard != 1 {
			t.Errorf("pair %s ~ %s (%.4f), want %s:84-108 ~ %s:109-131 (1)", p.A, p.B, p.Jaccard, path, path)
		}
		if path != Stdin {
			checkDiff(t, p.A, p.B, o, 84, 109)
		}
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			path := filepath.ToSlash(filepath.Join(dir, tc.name))
			if err := os.WriteFile(path, tc.data, 0o644); err != nil {
				t.Fatal(err)
			}
			o := DefaultOptions()
			if tc.encoding != "" {
				o.Encoding = tc.encoding
			}
			check(t, scan(t, o, path), path, o)
		})
	}
	t.Run("html", func(t *testing.T) {
		// Each line of the page a paragraph, under five lines of chrome
		// (doctype, head with a script, navigation): the pair is found at
		// the page's lines, 89-113 and 114-136.
		var b strings.Builder
		b.WriteString("<!doctype html>\n<html><head><title>Stories</title>\n<script>var x = \"<p>no</p>\";</script></head>\n<body>\n<nav><a href=\"/\">Home</a></nav>\n")
		for _, l := range strings.Split(string(plain), "\n") {
			if strings.TrimSpace(l) != "" {
				b.WriteString("<p>" + html.EscapeString(l) + "</p>")
			}
			b.WriteString("\n")
		}
		b.WriteString("<footer>(c) the blog</footer></body></html>\n")
		path := filepath.ToSlash(filepath.Join(dir, "page.html"))
		if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
		res := scan(t, DefaultOptions(), path)
		if len(res.Clusters) != 1 || len(res.Clusters[0].Pairs) != 1 {
			t.Fatalf("clusters %+v, want the Slate pair", res.Clusters)
		}
		p := res.Clusters[0].Pairs[0]
		if p.A != path+":89-113" || p.B != path+":114-136" || p.Jaccard != 1 {
			t.Errorf("pair %s ~ %s (%.4f), want %s:89-113 ~ :114-136 (1)", p.A, p.B, p.Jaccard, path)
		}
		checkDiff(t, p.A, p.B, DefaultOptions(), 89, 114)
	})
	t.Run("stdin", func(t *testing.T) {
		o := DefaultOptions()
		o.Stdin = bytes.NewReader(cases[1].data) // gzip'd, through a pipe
		check(t, scan(t, o, Stdin), Stdin, o)
	})
	t.Run("a directory holding them all", func(t *testing.T) {
		res := scan(t, DefaultOptions(), dir)
		if res.Stats.Files != len(cases)+1 { // and page.html
			t.Errorf("%d files, want %d", res.Stats.Files, len(cases)+1)
		}
		// Every copy of the page but the windows-1252 one (it needs
		// --encoding) holds the pair, the web page too: the Slate cluster
		// has two documents of each.
		slate := filepath.ToSlash(filepath.Join(dir, "plain.txt")) + ":84-108"
		size := 0
		for _, c := range res.Clusters {
			for _, m := range c.Members {
				if m.Doc == slate {
					size = c.Size
				}
			}
		}
		if size != 2*len(cases) {
			t.Errorf("the cluster of %s has %d documents, want %d", slate, size, 2*len(cases))
		}
		if len(res.Errors) != 1 || !strings.Contains(res.Errors[0].Path, "windows1252") {
			t.Errorf("errors %v, want only the windows-1252 file (invalid UTF-8 without --encoding)", res.Errors)
		}
	})
}

// TestRecordsFindSlatePair: the articles of seeds/002, one record each,
// in JSON Lines (plain and gzip'd, the text under a nested field), CSV and
// TSV: the Slate record and its copy are found with Jaccard 1, reported
// by their record ids and the lines of their records, and no record is
// split into articles.
func TestRecordsFindSlatePair(t *testing.T) {
	t.Parallel()
	data, err := os.ReadFile(filepath.Join(seeds, "002_faa7436319fd51a6.txt"))
	if err != nil {
		t.Fatal(err)
	}
	lines, err := segment.Lines(data)
	if err != nil {
		t.Fatal(err)
	}
	type rec struct{ id, title, text string }
	var recs []rec
	for _, a := range segment.Split(lines, segment.Auto) {
		var body []string
		for _, n := range a.Body {
			body = append(body, lines[n-1])
		}
		recs = append(recs, rec{fmt.Sprintf("art-%d", a.StartLine), a.Title, strings.Join(body, "\n")})
	}
	// The Slate article starts at line 84, its copy at 109.
	var jsonl, csvText, tsvText bytes.Buffer
	cw := csv.NewWriter(&csvText)
	cw.Write([]string{"id", "title", "body"})
	tw := csv.NewWriter(&tsvText)
	tw.Comma = '\t'
	tw.Write([]string{"id", "title", "body"})
	for _, r := range recs {
		b, _ := json.Marshal(map[string]any{"id": r.id, "title": r.title, "content": map[string]string{"body": r.text}})
		jsonl.Write(append(b, '\n'))
		cw.Write([]string{r.id, r.title, r.text})
		tw.Write([]string{r.id, r.title, strings.ReplaceAll(r.text, "\n", " ")})
	}
	cw.Flush()
	tw.Flush()
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	zw.Write(jsonl.Bytes())
	zw.Close()
	dir := t.TempDir()
	for _, tc := range []struct {
		name  string
		data  []byte
		field string
	}{
		{"articles.jsonl", jsonl.Bytes(), "content.body"},
		{"articles.jsonl.gz", gz.Bytes(), "content.body"},
		{"articles.csv", csvText.Bytes(), "body"},
		{"articles.tsv", tsvText.Bytes(), "body"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			path := filepath.ToSlash(filepath.Join(dir, tc.name))
			if err := os.WriteFile(path, tc.data, 0o644); err != nil {
				t.Fatal(err)
			}
			o := DefaultOptions()
			o.Fields = input.DefaultFields()
			o.Fields.Text = tc.field
			res := scan(t, o, path)
			if len(res.Errors) > 0 || len(res.Warnings) > 0 {
				t.Fatalf("errors %v warnings %v", res.Errors, res.Warnings)
			}
			if len(res.Documents) != len(recs) {
				t.Errorf("%d documents, want one per record (%d)", len(res.Documents), len(recs))
			}
			if len(res.Clusters) != 1 || len(res.Clusters[0].Pairs) != 1 {
				t.Fatalf("clusters %+v, want the Slate pair", res.Clusters)
			}
			p := res.Clusters[0].Pairs[0]
			if p.A != "art-84" || p.B != "art-109" || p.Jaccard != 1 {
				t.Errorf("pair %s ~ %s (%.4f), want art-84 ~ art-109 (1)", p.A, p.B, p.Jaccard)
			}
			// The records' lines: JSON Lines and TSV one per line after
			// the header; CSV records span their quoted line breaks.
			for _, m := range res.Clusters[0].Members {
				if m.Path != path || m.StartLine < 1 || m.Title == "" {
					t.Errorf("member %+v: want its path, its record's line and title", m)
				}
			}
			want := map[string]int{"articles.jsonl": 3, "articles.jsonl.gz": 3, "articles.tsv": 4} // the third article
			if w, ok := want[tc.name]; ok && res.Clusters[0].Members[0].StartLine != w {
				t.Errorf("the Slate record at line %d, want %d", res.Clusters[0].Members[0].StartLine, w)
			}
			// dedup diff reads the records as the scan does: by path and
			// record id.
			ms := res.Clusters[0].Members
			checkDiff(t, path+":art-84", path+":art-109", o, ms[0].StartLine, ms[1].StartLine)
		})
	}
}

// TestRecordsBadLines: a JSON Lines file with a broken line and a record
// without text: the others are compared, each bad record is an error
// naming its line.
func TestRecordsBadLines(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	text := strings.Repeat("The harbour council met again to talk about the ferry and the storm wall. ", 4)
	body := "{\"id\":\"a\",\"text\":\"" + text + "\"}\n{broken\n{\"id\":\"b\",\"body\":\"no text here\"}\n{\"id\":\"c\",\"text\":\"" + text + "\"}\n"
	path := filepath.Join(dir, "x.jsonl")
	if err := os.WriteFile(path, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
	res := scan(t, DefaultOptions(), path)
	if len(res.Errors) != 2 || res.Errors[0].Line != 2 || res.Errors[1].Line != 3 {
		t.Errorf("errors %v, want lines 2 and 3", res.Errors)
	}
	if len(res.Clusters) != 1 || res.Clusters[0].Pairs[0].A != "a" || res.Clusters[0].Pairs[0].B != "c" {
		t.Errorf("clusters %+v, want a ~ c", res.Clusters)
	}
}

// TestWARCFindsSlatePair: a gzip'd web archive holding the Slate article
// and its copy as two HTML responses (besides a request record and an
// image): the two pages are the documents, named by their target URIs,
// and are found with Jaccard 1.
func TestWARCFindsSlatePair(t *testing.T) {
	t.Parallel()
	page := func(from, to int) string {
		var b strings.Builder
		b.WriteString("<html><head><title>A story</title></head><body><nav>Home</nav>\n")
		for _, l := range seedLines(t, "002_faa7436319fd51a6.txt", from, to) {
			b.WriteString("<p>" + html.EscapeString(l) + "</p>\n")
		}
		b.WriteString("</body></html>\n")
		return b.String()
	}
	record := func(typ, uri, block string) string {
		return fmt.Sprintf("WARC/1.0\r\nWARC-Type: %s\r\nWARC-Target-URI: %s\r\nWARC-Date: 2024-03-25T10:00:00Z\r\nContent-Length: %d\r\n\r\n%s\r\n\r\n", typ, uri, len(block), block)
	}
	httpResp := func(ctype, body string) string {
		return fmt.Sprintf("HTTP/1.1 200 OK\r\nContent-Type: %s\r\nContent-Length: %d\r\n\r\n%s", ctype, len(body), body)
	}
	var archive bytes.Buffer
	for _, r := range []string{
		record("warcinfo", "", "software: test\r\n"),
		record("request", "https://slate.example/isis-k", "GET /isis-k HTTP/1.1\r\nHost: slate.example\r\n\r\n"),
		record("response", "https://slate.example/isis-k", httpResp("text/html; charset=utf-8", page(88, 108))),
		record("response", "https://slate.example/logo.png", httpResp("image/png", "\x89PNG....")),
		record("response", "https://news.example/yahoo-copy", httpResp("text/html", page(111, 131))),
	} {
		zw := gzip.NewWriter(&archive) // one gzip member per record, as crawlers write them
		zw.Write([]byte(r))
		zw.Close()
	}
	path := filepath.Join(t.TempDir(), "crawl.warc.gz")
	if err := os.WriteFile(path, archive.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	res := scan(t, DefaultOptions(), path)
	if len(res.Errors) > 0 || len(res.Warnings) > 0 || len(res.Documents) != 2 {
		t.Fatalf("errors %v, warnings %v, %d documents: want the two pages", res.Errors, res.Warnings, len(res.Documents))
	}
	if len(res.Clusters) != 1 || len(res.Clusters[0].Pairs) != 1 {
		t.Fatalf("clusters %+v, want the two pages", res.Clusters)
	}
	p := res.Clusters[0].Pairs[0]
	if p.A != "https://slate.example/isis-k" || p.B != "https://news.example/yahoo-copy" || p.Jaccard != 1 {
		t.Errorf("pair %s ~ %s (%.4f), want the two URIs with similarity 1", p.A, p.B, p.Jaccard)
	}
	if d := res.Documents[0]; d.Title != "A story" || d.URL != d.ID || d.Date == "" {
		t.Errorf("document %+v: want the page title, its URI and the WARC date", d)
	}
}

// TestMaxDocBytes: a record over --max-doc-bytes is an error naming the
// file, its line and the limit; the other records are compared.
func TestMaxDocBytes(t *testing.T) {
	t.Parallel()
	text := strings.Repeat("The harbour council met again to talk about the ferry and the storm wall. ", 4)
	huge := strings.Repeat("word ", 2000)
	path := filepath.Join(t.TempDir(), "x.jsonl")
	body := `{"id":"a","text":"` + text + `"}` + "\n" + `{"id":"big","text":"` + huge + `"}` + "\n" + `{"id":"c","text":"` + text + `"}` + "\n"
	if err := os.WriteFile(path, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
	o := DefaultOptions()
	o.MaxDocBytes = 5000
	res := scan(t, o, path)
	if len(res.Errors) != 1 || res.Errors[0].Line != 2 || !strings.Contains(res.Errors[0].Error(), "--max-doc-bytes (5000)") {
		t.Errorf("errors %v, want line 2 over --max-doc-bytes (5000)", res.Errors)
	}
	if len(res.Documents) != 2 || len(res.Clusters) != 1 {
		t.Errorf("%d documents, %d clusters: want a and c, paired", len(res.Documents), len(res.Clusters))
	}
}

// TestSplitRecords: a JSON Lines record holding a whole aggregated page
// (seeds/002) is one document, unless records are split: then its articles
// are documents named id:N, and the Slate article and its copy pair.
func TestSplitRecords(t *testing.T) {
	t.Parallel()
	page, err := os.ReadFile(filepath.Join(seeds, "002_faa7436319fd51a6.txt"))
	if err != nil {
		t.Fatal(err)
	}
	line, _ := json.Marshal(map[string]string{"id": "page", "text": string(page)})
	path := filepath.Join(t.TempDir(), "pages.jsonl")
	if err := os.WriteFile(path, append(line, '\n'), 0o644); err != nil {
		t.Fatal(err)
	}
	if res := scan(t, DefaultOptions(), path); len(res.Documents) != 1 || len(res.Clusters) != 0 {
		t.Errorf("without splitting: %d documents, %d clusters; want the record whole", len(res.Documents), len(res.Clusters))
	}
	o := DefaultOptions()
	o.SplitRecords = true
	res := scan(t, o, path)
	if len(res.Documents) != 7 {
		t.Errorf("%d documents, want the page's 7 articles", len(res.Documents))
	}
	if len(res.Clusters) != 1 || res.Clusters[0].Pairs[0].A != "page:3" || res.Clusters[0].Pairs[0].B != "page:4" || res.Clusters[0].Pairs[0].Jaccard != 1 {
		t.Errorf("clusters %+v, want page:3 ~ page:4 (the Slate article and its copy)", res.Clusters)
	}
}

// checkDiff compares documents a and b, as dedup diff does, and checks
// that they are the Slate article and its copy: Jaccard 1, the whole
// article shared, at the given first lines.
func checkDiff(t *testing.T, a, b string, o Options, aLine, bLine int) {
	t.Helper()
	c, err := Compare(a, b, o)
	if err != nil {
		t.Fatalf("diff %s %s: %v", a, b, err)
	}
	if c.Jaccard != 1 || c.A.StartLine != aLine || c.B.StartLine != bLine || c.A.Words < 500 || c.A.Words != c.B.Words {
		t.Errorf("diff %s %s: Jaccard %.4f, lines %d and %d, %d and %d words; want 1 at %d and %d, the whole article",
			a, b, c.Jaccard, c.A.StartLine, c.B.StartLine, c.A.Words, c.B.Words, aLine, bLine)
	}
	if len(c.Spans) != 1 || c.Spans[0].Words != c.A.Words || c.Spans[0].AStartLine < aLine || c.Spans[0].BStartLine < bLine {
		t.Errorf("diff %s %s: spans %+v, want one of all %d words, inside both", a, b, c.Spans, c.A.Words)
	}
}

// TestParquetInBatches: a Parquet file of more rows than one read batch
// holds the Slate article in its first batch and its copy in its second,
// among 5,000 unrelated rows: the scan, which reads the shard a batch at a
// time, finds the pair by the rows' ids with Jaccard 1, and nothing else.
func TestParquetInBatches(t *testing.T) {
	t.Parallel()
	data, err := os.ReadFile(filepath.Join(seeds, "002_faa7436319fd51a6.txt"))
	if err != nil {
		t.Fatal(err)
	}
	lines, _ := segment.Lines(data)
	slate := strings.Join(lines[87:108], "\n") // the Slate article's body
	type row struct {
		ID   string `parquet:"id"`
		Text string `parquet:"text"`
	}
	var rows []row
	for n := 1; n <= 5000; n++ {
		text := fmt.Sprintf("Row %d tells of %d boats, %d gulls and the %dth tide over harbour %d on a day like no other.", n, n*7, n*13, n, n%97)
		switch n {
		case 10:
			text = slate
		case 4500:
			text = slate + "\n"
		}
		rows = append(rows, row{fmt.Sprintf("r%d", n), text})
	}
	var buf bytes.Buffer
	if err := parquet.Write(&buf, rows, parquet.MaxRowsPerRowGroup(1000)); err != nil {
		t.Fatal(err)
	}
	path := filepath.ToSlash(filepath.Join(t.TempDir(), "rows.parquet"))
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	res := scan(t, DefaultOptions(), path)
	if len(res.Errors) > 0 || res.Stats.Documents != 5000 {
		t.Fatalf("errors %v, %d documents; want none and 5000", res.Errors, res.Stats.Documents)
	}
	if len(res.Clusters) != 1 || len(res.Clusters[0].Pairs) != 1 {
		t.Fatalf("clusters %+v, want the Slate pair", res.Clusters)
	}
	p := res.Clusters[0].Pairs[0]
	if p.A != "r10" || p.B != "r4500" || p.Jaccard != 1 {
		t.Errorf("pair %s ~ %s (%.4f), want r10 ~ r4500 (1)", p.A, p.B, p.Jaccard)
	}
	if m := res.Clusters[0].Members; m[0].StartLine != 10 || m[1].StartLine != 4500 {
		t.Errorf("members at rows %d and %d, want 10 and 4500", m[0].StartLine, m[1].StartLine)
	}
}
