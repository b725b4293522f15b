package dedup

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"html"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/klauspost/compress/zstd"
	"github.com/parquet-go/parquet-go"

	"github.com/dedup/dedup/dedup/segment"
)

// benchFormats writes the articles of the corpus in dir (split as a scan
// splits them) in every input format, one file per 10,000 articles, under
// out/FORMAT, and returns the total size of the plain text.
func benchFormats(b *testing.B, dir, out string) int64 {
	b.Helper()
	files, errs := collectFiles([]string{dir}, DefaultOptions())
	if len(errs) > 0 {
		b.Fatal(errs[0])
	}
	type art struct{ id, title, text string }
	var arts []art
	var size int64
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		size += int64(len(data))
		lines, err := segment.Lines(data)
		if err != nil {
			b.Fatal(err)
		}
		for _, a := range segment.Split(lines, segment.Auto) {
			var body []string
			for _, n := range a.Body {
				body = append(body, lines[n-1])
			}
			arts = append(arts, art{fmt.Sprintf("%s:%d", f, a.StartLine), a.Title, strings.Join(body, "\n")})
		}
	}
	type row struct {
		ID    string `parquet:"id"`
		Title string `parquet:"title"`
		Text  string `parquet:"text"`
	}
	enc, _ := zstd.NewWriter(nil)
	for shard := 0; shard*10000 < len(arts); shard++ {
		part := arts[shard*10000 : min((shard+1)*10000, len(arts))]
		var jl, cs, ht, tx bytes.Buffer
		cw := csv.NewWriter(&cs)
		cw.Write([]string{"id", "title", "text"})
		var rows []row
		for _, a := range part {
			line, _ := json.Marshal(map[string]string{"id": a.id, "title": a.title, "text": a.text})
			jl.Write(append(line, '\n'))
			cw.Write([]string{a.id, a.title, a.text})
			rows = append(rows, row{a.id, a.title, a.text})
			fmt.Fprintf(&ht, "<article><h2>%s</h2>\n<p>%s</p></article>\n", html.EscapeString(a.title), strings.ReplaceAll(html.EscapeString(a.text), "\n", "</p>\n<p>"))
			fmt.Fprintf(&tx, "%s\nBy A Writer\nMarch 3, 2024\n\n%s\n\n", a.title, a.text)
		}
		cw.Flush()
		var pq bytes.Buffer
		if err := parquet.Write(&pq, rows); err != nil {
			b.Fatal(err)
		}
		for name, data := range map[string][]byte{
			"text/s%02d.txt": tx.Bytes(), "jsonl/s%02d.jsonl": jl.Bytes(), "jsonl.zst/s%02d.jsonl.zst": enc.EncodeAll(jl.Bytes(), nil),
			"csv/s%02d.csv": cs.Bytes(), "parquet/s%02d.parquet": pq.Bytes(), "html/s%02d.html": []byte("<html><body>\n" + ht.String() + "</body></html>\n"),
		} {
			p := filepath.Join(out, fmt.Sprintf(name, shard))
			os.MkdirAll(filepath.Dir(p), 0o755)
			if err := os.WriteFile(p, data, 0o644); err != nil {
				b.Fatal(err)
			}
		}
	}
	return size
}

// BenchmarkScanFormats scans the articles of the corpus in
// $DEDUP_BENCH_DIR written in each input format (see benchFormats), on one
// core, side by side: the ratio of each format's ns/op to text's is what
// reading that format costs. MB/s is of the corpus's plain text, the same
// for every format. Skipped without the variable.
func BenchmarkScanFormats(b *testing.B) {
	dir := os.Getenv("DEDUP_BENCH_DIR")
	if dir == "" {
		b.Skip("set DEDUP_BENCH_DIR to a corpus directory, e.g. go run ./cmd/corpusgen -n 10000 -out /tmp/c10k; DEDUP_BENCH_DIR=/tmp/c10k/docs")
	}
	out := b.TempDir()
	size := benchFormats(b, dir, out)
	for _, f := range []string{"text", "jsonl", "jsonl.zst", "csv", "parquet", "html"} {
		b.Run(f, func(b *testing.B) {
			o := DefaultOptions()
			o.Jobs = 1
			b.SetBytes(size)
			b.ReportAllocs()
			for b.Loop() {
				res, err := Scan(context.Background(), []string{filepath.Join(out, f)}, o)
				if err != nil || len(res.Errors) > 0 {
					b.Fatal(err, res.Errors)
				}
			}
		})
	}
}

// BenchmarkReaders is each reader alone on the corpus in $DEDUP_BENCH_DIR
// written in every format (see benchFormats): decompress and decode the
// file, read its records or extract its text, lay it out and cut it into
// lines, as the first pass does before splitting and shingling. MB/s is
// of the corpus's plain text, the same for every format, so the ratios
// compare the readers. Skipped without the variable.
func BenchmarkReaders(b *testing.B) {
	dir := os.Getenv("DEDUP_BENCH_DIR")
	if dir == "" {
		b.Skip("set DEDUP_BENCH_DIR to a corpus directory, e.g. go run ./cmd/corpusgen -n 10000 -out /tmp/c10k; DEDUP_BENCH_DIR=/tmp/c10k/docs")
	}
	out := b.TempDir()
	size := benchFormats(b, dir, out)
	for _, f := range []string{"text", "jsonl", "jsonl.zst", "csv", "parquet", "html"} {
		b.Run(f, func(b *testing.B) {
			files, errs := collectFiles([]string{filepath.Join(out, f)}, DefaultOptions())
			if len(errs) > 0 {
				b.Fatal(errs[0])
			}
			s := &scanner{o: DefaultOptions(), files: files, decoded: make([]bool, len(files)), lineMaps: make([][]int32, len(files)), spool: make([]string, len(files))}
			b.SetBytes(size)
			b.ReportAllocs()
			for b.Loop() {
				for i, p := range files {
					raw, err := os.ReadFile(p)
					if err != nil {
						b.Fatal(err)
					}
					ft, ferr := s.textOf(i, raw)
					if ferr != nil {
						b.Fatal(ferr)
					}
					if _, err := segment.Lines(ft.text); err != nil {
						b.Fatal(err)
					}
				}
			}
		})
	}
}
