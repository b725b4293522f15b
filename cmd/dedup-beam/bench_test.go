package main

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/runners/prism"

	"github.com/dedup/dedup/dedup"
)

// benchCorpus generates n documents with known duplicates (cmd/corpusgen)
// once per benchmark and returns their folder.
func benchCorpus(b *testing.B, n string) string {
	b.Helper()
	dir := b.TempDir()
	cmd := exec.Command("go", "run", "github.com/dedup/dedup/cmd/corpusgen", "-n", n, "-seeds", seeds, "-out", dir)
	if out, err := cmd.CombinedOutput(); err != nil {
		b.Fatalf("corpusgen: %v\n%s", err, out)
	}
	return filepath.Join(dir, "docs")
}

// BenchmarkPipeline runs the whole pipeline on Prism over 10,000
// generated documents, and dedup.Scan over the same documents as the
// baseline of the same run: compare their ns/op (docs/scale.md).
func BenchmarkPipeline(b *testing.B) {
	docs := benchCorpus(b, "10000")
	c := DefaultConfig()
	b.Run("scan", func(b *testing.B) {
		o, _ := c.Options()
		for b.Loop() {
			if _, err := dedup.Scan(context.Background(), []string{docs}, o); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("prism", func(b *testing.B) {
		c := c
		c.Output = b.TempDir()
		for b.Loop() {
			p, err := NewPipeline(context.Background(), c, []string{docs})
			if err != nil {
				b.Fatal(err)
			}
			if _, err := prism.Execute(context.Background(), p); err != nil {
				b.Fatal(err)
			}
		}
	})
}

// BenchmarkShuffleBytes measures what the pipeline's shuffles carry per
// document, encoded by Beam's own coders for the pipeline's element
// types: the band-key elements (first GroupByKey), the document in the
// pair join (CoGroupByKey, once per pair end), a candidate pair, and a
// verified pair's part. The figures are reported as custom metrics per
// document (docs/scale.md derives a cluster's cost from them).
func BenchmarkShuffleBytes(b *testing.B) {
	docsDir := benchCorpus(b, "2000")
	c := DefaultConfig()
	o, err := c.Options()
	if err != nil {
		b.Fatal(err)
	}
	files, err := ListFiles(context.Background(), []string{docsDir}, o)
	if err != nil {
		b.Fatal(err)
	}
	var docs []Doc
	for _, f := range files {
		data, err := os.ReadFile(f.Path)
		if err != nil {
			b.Fatal(err)
		}
		staged, _, _ := dedup.ReadStaged(f.Index, f.Path, data, o)
		for _, d := range staged {
			m, _ := (&readFn{}).meta(d)
			docs = append(docs, Doc{Num: uint64(d.Num), Meta: m, Keys: d.Keys, Shingles: d.Shingles})
		}
	}
	docEnc := beam.NewElementEncoder(reflect.TypeOf(Doc{}))
	strEnc := beam.NewElementEncoder(reflect.TypeOf(""))
	u64Enc := beam.NewElementEncoder(reflect.TypeOf(uint64(0)))
	var keyBytes, docBytes, shingles int
	var buf bytes.Buffer
	for b.Loop() {
		keyBytes, docBytes, shingles = 0, 0, 0
		for _, d := range docs {
			for band, k := range d.Keys {
				buf.Reset()
				_ = strEnc.Encode(bandKey(band, k), &buf)
				_ = u64Enc.Encode(d.Num, &buf)
				keyBytes += buf.Len()
			}
			buf.Reset()
			if err := docEnc.Encode(d, &buf); err != nil {
				b.Fatal(err)
			}
			docBytes += buf.Len()
			shingles += len(d.Shingles)
		}
	}
	n := float64(len(docs))
	b.ReportMetric(float64(keyBytes)/n, "bandkeyB/doc")
	b.ReportMetric(float64(docBytes)/n, "docB/doc")
	b.ReportMetric(float64(shingles)/n, "shingles/doc")
	buf.Reset()
	_ = strEnc.Encode(pairKey(123456, 654321), &buf)
	b.ReportMetric(float64(buf.Len()), "pairB")
}
