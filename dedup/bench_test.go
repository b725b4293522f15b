package dedup

import (
	"context"
	"os"
	"testing"

	"github.com/dedup/dedup/dedup/segment"
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

// BenchmarkScanCorpus scans the corpus in $DEDUP_BENCH_DIR (for example
// one written by cmd/corpusgen) on one core, so ns/op is CPU time: with the
// default options, without the contained-copy search, without template
// lines, and without article splitting; split-only is the splitter alone on the same files (read and
// cut into lines before the timer starts). split-only over default is the splitter's share
// of a scan's CPU time. It is skipped when the variable is not set.
func BenchmarkScanCorpus(b *testing.B) {
	dir := os.Getenv("DEDUP_BENCH_DIR")
	if dir == "" {
		b.Skip("set DEDUP_BENCH_DIR to a corpus directory, e.g. go run ./cmd/corpusgen -n 10000 -out /tmp/c10k; DEDUP_BENCH_DIR=/tmp/c10k/docs")
	}
	for _, v := range []struct {
		name string
		set  func(*Options)
	}{
		{"default", func(*Options) {}},
		{"contained=false", func(o *Options) { o.Contained = false }},
		{"templates=off", func(o *Options) { o.TemplateMinDocs = 0 }},
		{"split=none", func(o *Options) { o.Split = segment.None }},
	} {
		b.Run(v.name, func(b *testing.B) {
			o := DefaultOptions()
			o.Jobs = 1
			v.set(&o)
			b.ReportAllocs()
			for b.Loop() {
				if _, err := Scan(context.Background(), []string{dir}, o); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
	b.Run("split-only", func(b *testing.B) {
		files, _, errs := collectFilesSizes([]string{dir}, DefaultOptions())
		if len(errs) > 0 {
			b.Fatal(errs[0])
		}
		var all [][]string
		for _, f := range files {
			d, err := os.ReadFile(f)
			if err != nil {
				b.Fatal(err)
			}
			lines, err := segment.Lines(d)
			if err != nil {
				b.Fatal(err)
			}
			all = append(all, lines)
		}
		b.ReportAllocs()
		for b.Loop() {
			for _, lines := range all {
				segment.Split(lines, segment.Auto)
			}
		}
	})
}
