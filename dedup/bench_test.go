package dedup

import (
	"context"
	"os"
	"testing"
)

// BenchmarkScanSeeds is the whole pipeline on the sample files: walk, read,
// split, shingle, sign, LSH, verify, cluster.
func BenchmarkScanSeeds(b *testing.B) {
	var size int64
	entries, _ := os.ReadDir(seeds)
	for _, e := range entries {
		if info, err := e.Info(); err == nil {
			size += info.Size()
		}
	}
	for _, jobs := range []struct {
		name string
		n    int
	}{{"jobs=1", 1}, {"jobs=all", 0}} {
		b.Run(jobs.name, func(b *testing.B) {
			o := DefaultOptions()
			o.Jobs = jobs.n
			b.SetBytes(size)
			b.ReportAllocs()
			for b.Loop() {
				if _, err := Scan(context.Background(), []string{seeds}, o); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
