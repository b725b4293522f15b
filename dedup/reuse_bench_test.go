package dedup

import (
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// quoteCorpus writes n 250-word articles (one per file) of random words in
// which every tenth article quotes a 30-word passage of an earlier one.
func quoteCorpus(b *testing.B, n int) (dir string, quotes int) {
	b.Helper()
	dir = b.TempDir()
	r := rand.New(rand.NewPCG(5, 6))
	texts := make([][]string, n)
	for i := range texts {
		w := make([]string, 250)
		for j := range w {
			w[j] = fmt.Sprintf("w%d", r.IntN(20000))
		}
		if i > 0 && i%10 == 0 {
			src := texts[r.IntN(i)]
			at, from := r.IntN(200), r.IntN(200)
			copy(w[at:at+30], src[from:from+30])
			quotes++
		}
		texts[i] = w
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("d%06d.txt", i)), []byte(strings.Join(w, " ")+"\n"), 0o644); err != nil {
			b.Fatal(err)
		}
	}
	return dir, quotes
}

// BenchmarkPassages scans 10,000 documents with and without --passages, so
// the cost of passage finding is the ratio of the two in one run.
func BenchmarkPassages(b *testing.B) {
	dir, quotes := quoteCorpus(b, 10000)
	for _, withPassages := range []bool{false, true} {
		b.Run(fmt.Sprintf("passages=%v", withPassages), func(b *testing.B) {
			o := DefaultOptions()
			o.Passages = withPassages
			var found int
			for b.Loop() {
				r, err := Scan(context.Background(), []string{dir}, o)
				if err != nil {
					b.Fatal(err)
				}
				found = len(r.Passages)
			}
			if withPassages {
				b.ReportMetric(float64(found), "passages")
				b.ReportMetric(float64(quotes), "planted")
			}
		})
	}
}
