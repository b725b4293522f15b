package segment

import (
	"os"
	"path/filepath"
	"testing"
)

// BenchmarkSplit splits the seed files (news pages and an aggregated
// blog page) into lines and articles, as the first pass of a scan does.
func BenchmarkSplit(b *testing.B) {
	paths, err := filepath.Glob("../../seeds/*.txt")
	if err != nil || len(paths) == 0 {
		b.Fatalf("no seed files: %v", err)
	}
	var files [][]byte
	var size int64
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		files = append(files, data)
		size += int64(len(data))
	}
	b.SetBytes(size)
	b.ReportAllocs()
	for b.Loop() {
		for _, data := range files {
			lines, err := Lines(data)
			if err != nil {
				b.Fatal(err)
			}
			Split(lines, Auto)
		}
	}
}
