package dedup

import (
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/dedup/dedup/dedup/index"
)

// writeRandomDocs writes n files of one 250-word article each, words drawn
// from a fixed vocabulary, and returns their directory.
func writeRandomDocs(b *testing.B, dir string, n int, seed uint64) string {
	b.Helper()
	r := rand.New(rand.NewPCG(seed, 1))
	if err := os.MkdirAll(dir, 0o755); err != nil {
		b.Fatal(err)
	}
	for i := 0; i < n; i++ {
		var sb strings.Builder
		for j := 0; j < 250; j++ {
			fmt.Fprintf(&sb, "w%d ", r.IntN(5000))
		}
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("d%06d.txt", i)), []byte(sb.String()+"\n"), 0o644); err != nil {
			b.Fatal(err)
		}
	}
	return dir
}

// BenchmarkCheck checks a 1,000-document drop against an index of 20,000
// documents (the time grows with the index size through reading it and
// scanning its band keys; texts of indexed documents are never read) and
// reports the index size per document.
func BenchmarkCheck(b *testing.B) {
	dir := b.TempDir()
	o := DefaultOptions()
	docs, errs, _, err := Analyze(context.Background(), []string{writeRandomDocs(b, filepath.Join(dir, "old"), 20000, 1)}, o)
	if err != nil || len(errs) > 0 {
		b.Fatal(err, errs)
	}
	ix := &index.Index{Params: o.IndexParams()}
	for _, d := range docs {
		ix.Entries = append(ix.Entries, d.Entry(time.Now().Unix()))
	}
	idxPath := filepath.Join(dir, "seen.idx")
	if err := index.Write(idxPath, ix); err != nil {
		b.Fatal(err)
	}
	drop := writeRandomDocs(b, filepath.Join(dir, "drop"), 1000, 2)
	b.ResetTimer()
	for b.Loop() {
		ix, err := index.Read(idxPath)
		if err != nil {
			b.Fatal(err)
		}
		if _, err := Check(context.Background(), ix, []string{drop}, o, nil); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(index.Size(ix))/float64(len(ix.Entries)), "index-bytes/doc")
}
