// Command dedup-beam runs dedup scan's pipeline on Apache Beam: the same
// stages (package dedup's ReadStaged, BucketPairs, Verify, Clusters) as
// Beam transforms, so an archive too large for one machine is scanned on
// Dataflow, Flink or Spark with the results dedup scan would give, and
// locally on the Prism runner. Its options are read by the standard flag
// package, as Beam's are:
//
//	dedup-beam --output out/ seeds/
//	dedup-beam --runner=dataflow --project=P --region=R --staging_location=gs://B/staging \
//	    --output gs://B/out 'gs://B/drop/*.jsonl.gz'
//
// It writes out/summary.json (dedup scan's JSON schema: dedup report
// renders it), out/clusters-NNNNN-of-MMMMM.jsonl (a cluster a line) and
// .parquet (a member a row), and with --keep out/dropped.jsonl (dedup
// filter's sidecar). docs/scale.md has the design and its costs.
package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/gcs"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/local"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/s3"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/options/jobopts"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/x/beamx"

	"github.com/dedup/dedup/dedup"
	"github.com/dedup/dedup/dedup/segment"
)

func main() {
	c := DefaultConfig()
	flag.Float64Var(&c.Threshold, "threshold", c.Threshold, "Jaccard similarity at or above which two documents are near-duplicates")
	flag.IntVar(&c.ShingleSize, "shingle-size", c.ShingleSize, "words per shingle")
	flag.IntVar(&c.NumHashes, "num-hashes", c.NumHashes, "MinHash signature length")
	flag.IntVar(&c.Bands, "bands", 0, "LSH bands (0: chosen from --threshold, as dedup scan does)")
	flag.IntVar(&c.Rows, "rows", 0, "LSH rows per band (with --bands)")
	flag.Uint64Var(&c.Seed, "seed", c.Seed, "hash seed")
	flag.IntVar(&c.MinWords, "min-words", c.MinWords, "leave out documents with fewer words")
	flag.StringVar(&c.Split, "split", c.Split, "auto (split files into articles) or none")
	flag.BoolVar(&c.WithHeaders, "with-headers", false, "shingle articles' header lines too")
	flag.IntVar(&c.MaxBucket, "max-bucket", c.MaxBucket, "LSH buckets over this size are chained, not expanded into every pair (0: no cap)")
	flag.StringVar(&c.InputFormat, "input-format", "", "auto, text, jsonl, csv, tsv, parquet, html or warc (default: from each file's name)")
	flag.StringVar(&c.Encoding, "encoding", "", "text encoding of the input (default auto)")
	flag.StringVar(&c.Fields.Text, "text-field", "", "record field or column holding the text (default text)")
	flag.StringVar(&c.Fields.ID, "id-field", "", "record field or column holding the id (default id)")
	flag.BoolVar(&c.SplitRecords, "split-records", false, "split each record's text into articles, as dedup scan --split auto does for records")
	flag.Int64Var(&c.MaxDocBytes, "max-doc-bytes", 0, "leave out documents larger than this (0: dedup scan's default)")
	flag.StringVar(&c.Output, "output", "", "folder to write the results to (local, gs:// or s3://; required)")
	flag.IntVar(&c.Shards, "shards", c.Shards, "number of cluster files to write")
	flag.StringVar(&c.Keep, "keep", "", "also write dropped.jsonl, the documents dedup filter --keep RULE drops (first, longest, earliest, latest, none)")
	flag.Parse()
	beam.Init()
	os.Exit(run(context.Background(), c, flag.Args(), os.Stderr))
}

// run runs the pipeline and returns the exit status: 2 when it could not
// run, or when it ran but some inputs could not be read (each named on
// stderr, as dedup scan names them; the others are in the results).
func run(ctx context.Context, c Config, inputs []string, stderr io.Writer) int {
	fail := func(err error) int {
		fmt.Fprintln(stderr, "dedup-beam: error:", err)
		return 2
	}
	if c.Output == "" {
		return fail(fmt.Errorf("--output is required: the folder to write the results to"))
	}
	if len(inputs) == 0 {
		return fail(fmt.Errorf("give the files, folders or patterns to read"))
	}
	p, err := NewPipeline(ctx, c, inputs)
	if err != nil {
		return fail(err)
	}
	if err := beamx.Run(ctx, p); err != nil {
		return fail(err)
	}
	if *jobopts.Async {
		return 0 // the job runs on; its summary.json lists the errors
	}
	return reportErrors(ctx, c.Output, stderr)
}

// reportErrors names on stderr each input the finished pipeline could not
// read, from its summary.json, and returns 2 if there was one.
func reportErrors(ctx context.Context, output string, stderr io.Writer) int {
	data, err := readAll(ctx, path.Join(output, "summary.json"))
	if err != nil {
		fmt.Fprintln(stderr, "dedup-beam: error: reading the summary:", err)
		return 2
	}
	var sum struct{ Errors []*dedup.FileError }
	if err := json.Unmarshal(data, &sum); err != nil {
		fmt.Fprintln(stderr, "dedup-beam: error: reading the summary:", err)
		return 2
	}
	for _, e := range sum.Errors {
		fmt.Fprintln(stderr, "dedup-beam: error:", e)
	}
	if len(sum.Errors) > 0 {
		return 2
	}
	return 0
}

// NewPipeline lists the inputs and builds the pipeline over them.
func NewPipeline(ctx context.Context, c Config, inputs []string) (*beam.Pipeline, error) {
	o, err := c.Options()
	if err != nil {
		return nil, err
	}
	files, err := ListFiles(ctx, inputs, o)
	if err != nil {
		return nil, err
	}
	if o.Split == segment.Auto && c.Layout == nil {
		c.Layout = dropLayout(ctx, files, o)
	}
	if !strings.Contains(c.Output, "://") {
		if err := os.MkdirAll(c.Output, 0o755); err != nil {
			return nil, err
		}
	}
	p, s := beam.NewPipelineWithRoot()
	Build(s, c, files)
	return p, nil
}

// dropLayout takes the census of the files dedup scan takes (the same
// files, read through their filesystems) and returns the layout they
// share, for Config.Layout.
func dropLayout(ctx context.Context, files []FileRef, o dedup.Options) []string {
	var c segment.Census
	for _, i := range dedup.CensusFiles(len(files), func(i int) (int64, bool) {
		n, err := fileSize(ctx, files[i].Path)
		return n, err == nil
	}) {
		data, err := readAll(ctx, files[i].Path)
		if err != nil {
			continue // the read step reports it
		}
		dedup.AddToCensus(&c, files[i].Path, data, o)
	}
	return dedup.LayoutFromCensus(&c)
}

// fileSize is the size of the file at p, through its filesystem.
func fileSize(ctx context.Context, p string) (int64, error) {
	fs, err := filesystem.New(ctx, p)
	if err != nil {
		return 0, err
	}
	defer fs.Close()
	return fs.Size(ctx, p)
}

// ListFiles lists the files to read, numbered in the order dedup scan
// reads them: local paths walked as dedup scan walks them (hidden files,
// .dedupignore and its name patterns honoured), and patterns of other
// filesystems (gs://, s3://) matched by Beam's filesystem, in name order.
func ListFiles(ctx context.Context, inputs []string, o dedup.Options) ([]FileRef, error) {
	var local, remote []string
	for _, in := range inputs {
		if strings.Contains(in, "://") {
			remote = append(remote, in)
		} else {
			local = append(local, in)
		}
	}
	var paths []string
	if len(local) > 0 {
		fs, errs := dedup.Files(local, o)
		if len(errs) > 0 {
			return nil, errs[0]
		}
		paths = fs
	}
	for _, pattern := range remote {
		fsys, err := filesystem.New(ctx, pattern)
		if err != nil {
			return nil, err
		}
		matched, err := fsys.List(ctx, pattern)
		fsys.Close()
		if err != nil {
			return nil, fmt.Errorf("%s: %w", pattern, err)
		}
		slices.Sort(matched)
		paths = append(paths, matched...)
	}
	if len(paths) == 0 {
		return nil, fmt.Errorf("%s: no files to read", strings.Join(inputs, " "))
	}
	refs := make([]FileRef, len(paths))
	for i, p := range paths {
		refs[i] = FileRef{Index: i, Path: filepath.ToSlash(p)}
	}
	return refs, nil
}
