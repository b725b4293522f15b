package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"path"
	"reflect"
	"slices"
	"strconv"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/transforms/filter"
	"github.com/parquet-go/parquet-go"

	"github.com/dedup/dedup/dedup"
	dfilter "github.com/dedup/dedup/dedup/filter"
	"github.com/dedup/dedup/dedup/input"
	"github.com/dedup/dedup/dedup/report"
	"github.com/dedup/dedup/dedup/segment"
)

// Config is what the pipeline's steps need to know: the scan options that
// can cross to a worker (as JSON, in each DoFn), where to write, and the
// keep rule.
type Config struct {
	Threshold    float64
	ShingleSize  int
	NumHashes    int
	Seed         uint64
	Bands, Rows  int
	Split        string
	MinWords     int
	WithHeaders  bool
	Encoding     string
	InputFormat  string
	SplitRecords bool
	Fields       input.Fields
	MaxDocBytes  int64
	MaxBucket    int
	// Output is the folder (a local path, or gs://, s3://) the results
	// go to; Shards is how many cluster files to write.
	Output string
	Shards int
	// Keep is a dedup filter keep rule, or "" for no survivors file.
	Keep string
	// Layout is the header layout the input files share (dedup's
	// Options.DropLayout), taken by NewPipeline from a census of the
	// files as dedup scan takes it, so every worker splits as a scan does.
	Layout []string
}

// DefaultConfig has dedup scan's defaults.
func DefaultConfig() Config {
	o := dedup.DefaultOptions()
	return Config{Threshold: o.Threshold, ShingleSize: o.ShingleSize, NumHashes: o.NumHashes, Seed: o.Seed,
		Split: o.Split.String(), MinWords: o.MinWords, MaxBucket: o.MaxBucket, Shards: 4}
}

// Options returns the scan options of c, as the stages run them.
func (c Config) Options() (dedup.Options, error) {
	o := dedup.DefaultOptions()
	o.Threshold, o.ShingleSize, o.NumHashes, o.Seed = c.Threshold, c.ShingleSize, c.NumHashes, c.Seed
	o.Bands, o.Rows, o.MinWords, o.WithHeaders = c.Bands, c.Rows, c.MinWords, c.WithHeaders
	o.Encoding, o.InputFormat, o.SplitRecords, o.Fields = c.Encoding, c.InputFormat, c.SplitRecords, c.Fields
	o.MaxDocBytes, o.MaxBucket, o.DropLayout = c.MaxDocBytes, c.MaxBucket, c.Layout
	switch c.Split {
	case "none":
		o.Split = segment.None
	case "auto", "":
		o.Split = segment.Auto
	default:
		return o, fmt.Errorf("--split %q: want auto or none", c.Split)
	}
	return dedup.StageOptions(o)
}

// FileRef is one input file and its place among the run's files, which
// numbers its documents as dedup scan numbers them.
type FileRef struct {
	Index int
	Path  string
}

// Doc is a document between steps: its number, its description (as
// dedup scan's JSON has it), band keys and shingle set.
type Doc struct {
	Num      uint64
	Meta     []byte
	Keys     []uint64
	Shingles []uint64
}

func (d Doc) staged() (dedup.Staged, error) {
	s := dedup.Staged{Num: dedup.DocNum(d.Num), Keys: d.Keys, Shingles: d.Shingles}
	return s, json.Unmarshal(d.Meta, &s.Document)
}

// Part is one piece of what the summary is made of, gathered in one place
// at the end: a file's counts, a problem, a counter, a verified pair or a
// clustered document.
type Part struct {
	Kind    string // file, error, capped, candidates, verified, doc
	N       int64
	Payload []byte
}

// Shard is a cluster on its way to the cluster file it is written to.
type Shard struct {
	Shard   int
	Cluster []byte
}

func init() {
	for _, t := range []any{FileRef{}, Doc{}, Part{}, Shard{}} {
		beam.RegisterType(reflect.TypeOf(t))
	}
	register.DoFn4x1[context.Context, FileRef, func(Doc), func(Part), error](&readFn{})
	register.Function2x0(bandKeys)
	register.DoFn4x0[string, func(*uint64) bool, func(string), func(Part)](&bucketFn{})
	register.Function2x0(pairEnds)
	register.Function2x0(docByNum)
	register.Function4x1(attachDoc)
	register.DoFn4x1[string, func(*Doc) bool, func(Part), func(Part), error](&verifyFn{})
	register.Function2x0(countPart)
	register.Function2x0(gatherKey)
	register.DoFn4x1[context.Context, int, func(*Part) bool, func(int, Shard), error](&summarizeFn{})
	register.DoFn3x1[context.Context, int, func(*Shard) bool, error](&writeShardFn{})
	register.Emitter1[Doc]()
	register.Emitter1[Part]()
	register.Emitter1[string]()
	register.Emitter2[string, uint64]()
	register.Emitter2[uint64, string]()
	register.Emitter2[uint64, Doc]()
	register.Emitter2[string, Doc]()
	register.Emitter2[int, Part]()
	register.Emitter2[int, Shard]()
	register.Iter1[uint64]()
	register.Iter1[Doc]()
	register.Iter1[string]()
	register.Iter1[Part]()
	register.Iter1[Shard]()
}

// Build adds the dedup pipeline over files to s: read and sign, bucket by
// band key, pair, verify, cluster, write. It is dedup scan's pipeline
// (through package dedup's stage functions) with each step a Beam
// transform; see docs/scale.md for what each shuffles.
func Build(s beam.Scope, c Config, files []FileRef) {
	s = s.Scope("dedup")
	refs := beam.CreateList(s, files)
	docs, parts := beam.ParDo2(s, &readFn{Cfg: c}, refs)

	// Candidate pairs: documents grouped by (band, key); each bucket's
	// pairs as dedup scan makes them, capped buckets chained.
	buckets := beam.GroupByKey(s, beam.ParDo(s, bandKeys, docs))
	pairs, capped := beam.ParDo2(s, &bucketFn{MaxBucket: c.MaxBucket}, buckets)
	pairs = filter.Distinct(s, pairs)

	// Verification: each pair joined with its two documents.
	joined := beam.CoGroupByKey(s, beam.ParDo(s, docByNum, docs), beam.ParDo(s, pairEnds, pairs))
	byPair := beam.GroupByKey(s, beam.ParDo(s, attachDoc, joined))
	verified, clustered := beam.ParDo2(s, &verifyFn{Cfg: c}, byPair)

	// Clusters: the verified pairs and their documents gathered in one
	// place (docs/scale.md says when that stops being small).
	all := beam.Flatten(s, parts, capped, verified, clustered, beam.ParDo(s, countPart, pairs))
	gathered := beam.GroupByKey(s, beam.ParDo(s, gatherKey, all))
	shards := beam.ParDo(s, &summarizeFn{Cfg: c}, gathered)
	beam.ParDo0(s, &writeShardFn{Cfg: c}, beam.GroupByKey(s, shards))
}

// readFn reads one file through its filesystem and dedup's readers.
type readFn struct {
	Cfg Config
}

func (f *readFn) ProcessElement(ctx context.Context, ref FileRef, emit func(Doc), part func(Part)) error {
	o, err := f.Cfg.Options()
	if err != nil {
		return err
	}
	data, err := readAll(ctx, ref.Path)
	if err != nil {
		fe, _ := json.Marshal(&dedup.FileError{Path: ref.Path, Err: err})
		part(Part{Kind: "error", Payload: fe})
		part(Part{Kind: "file"})
		return nil
	}
	docs, skipped, errs := dedup.ReadStaged(ref.Index, ref.Path, data, o)
	for _, e := range errs {
		b, _ := json.Marshal(e)
		part(Part{Kind: "error", Payload: b})
	}
	meta, _ := json.Marshal(map[string]int{"documents": len(docs), "skipped": skipped})
	part(Part{Kind: "file", Payload: meta})
	for _, d := range docs {
		m, err := f.meta(d)
		if err != nil {
			return err
		}
		emit(Doc{Num: uint64(d.Num), Meta: m, Keys: d.Keys, Shingles: d.Shingles})
	}
	return nil
}

// meta is the description of d a Doc carries: dedup scan's JSON of it.
func (f *readFn) meta(d dedup.Staged) ([]byte, error) { return json.Marshal(d.Document) }

func readAll(ctx context.Context, p string) ([]byte, error) {
	fs, err := filesystem.New(ctx, p)
	if err != nil {
		return nil, err
	}
	defer fs.Close()
	r, err := fs.OpenRead(ctx, p)
	if err != nil {
		return nil, err
	}
	defer r.Close()
	return io.ReadAll(r)
}

// bandKeys emits a document under each of its band keys.
func bandKeys(d Doc, emit func(string, uint64)) {
	for band, k := range d.Keys {
		emit(bandKey(band, k), d.Num)
	}
}

// bandKey is a bucket's name: the band and its key, "band/key" in hex.
func bandKey(band int, k uint64) string {
	return strconv.Itoa(band) + "/" + strconv.FormatUint(k, 16)
}

// bucketFn turns a bucket into candidate pairs, "a-b" in hex.
type bucketFn struct {
	MaxBucket int
}

func (f *bucketFn) ProcessElement(_ string, members func(*uint64) bool, emit func(string), part func(Part)) {
	var ms []dedup.DocNum
	var m uint64
	for members(&m) {
		ms = append(ms, dedup.DocNum(m))
	}
	if len(ms) < 2 {
		return
	}
	slices.Sort(ms)
	pairs, capped := dedup.BucketPairs(ms, f.MaxBucket)
	if capped {
		part(Part{Kind: "capped", N: 1})
	}
	for _, p := range pairs {
		emit(pairKey(p[0], p[1]))
	}
}

func pairKey(a, b dedup.DocNum) string {
	return strconv.FormatUint(uint64(a), 16) + "-" + strconv.FormatUint(uint64(b), 16)
}

// pairEnds keys a pair by each of its documents.
func pairEnds(p string, emit func(uint64, string)) {
	for _, h := range bytes.Split([]byte(p), []byte("-")) {
		n, _ := strconv.ParseUint(string(h), 16, 64)
		emit(n, p)
	}
}

func docByNum(d Doc, emit func(uint64, Doc)) { emit(d.Num, d) }

// attachDoc sends a document to each of its pairs.
func attachDoc(_ uint64, docs func(*Doc) bool, pairs func(*string) bool, emit func(string, Doc)) error {
	var d Doc
	if !docs(&d) {
		return nil // a pair end without its document cannot happen
	}
	var p string
	for pairs(&p) {
		emit(p, d)
	}
	return nil
}

// verifyFn verifies a pair by exact Jaccard; a verified pair and its two
// documents go on to the clusters.
type verifyFn struct {
	Cfg Config
}

func (f *verifyFn) ProcessElement(_ string, docs func(*Doc) bool, verified func(Part), clustered func(Part)) error {
	o, err := f.Cfg.Options()
	if err != nil {
		return err
	}
	var two []Doc
	var d Doc
	for docs(&d) {
		two = append(two, d)
	}
	if len(two) != 2 {
		return fmt.Errorf("pair with %d documents", len(two))
	}
	a, err := two[0].staged()
	if err != nil {
		return err
	}
	b, err := two[1].staged()
	if err != nil {
		return err
	}
	v, ok := dedup.Verify(&a, &b, o)
	if !ok {
		return nil
	}
	vb, _ := json.Marshal(v)
	verified(Part{Kind: "verified", Payload: vb})
	for _, d := range two {
		db, _ := json.Marshal(d)
		clustered(Part{Kind: "doc", Payload: db})
	}
	return nil
}

func countPart(_ string, emit func(Part)) { emit(Part{Kind: "candidates", N: 1}) }

func gatherKey(p Part, emit func(int, Part)) { emit(0, p) }

// summarizeFn builds dedup scan's result from the gathered parts, writes
// the summary (and the survivors of the keep rule) and sends each cluster
// to its shard.
type summarizeFn struct {
	Cfg Config
}

func (f *summarizeFn) ProcessElement(ctx context.Context, _ int, parts func(*Part) bool, shard func(int, Shard)) error {
	o, err := f.Cfg.Options()
	if err != nil {
		return err
	}
	res := &dedup.Result{SchemaVersion: dedup.SchemaVersion, Params: o.Params(), Documents: []dedup.Document{}, DropLayout: segment.LayoutOf(f.Cfg.Layout).Shapes(),
		Clusters: []dedup.Cluster{}, Errors: []*dedup.FileError{}, TitleCollisions: []dedup.TitleCollision{}}
	var docs []dedup.Staged
	var pairs []dedup.Verified
	seen := map[uint64]bool{}
	var p Part
	for parts(&p) {
		switch p.Kind {
		case "file":
			res.Stats.Files++
			var c struct{ Documents, Skipped int }
			if len(p.Payload) > 0 {
				if err := json.Unmarshal(p.Payload, &c); err != nil {
					return err
				}
			}
			res.Stats.Documents += c.Documents
			res.Stats.SkippedShort += c.Skipped
		case "error":
			fe := &dedup.FileError{}
			if err := json.Unmarshal(p.Payload, fe); err != nil {
				return err
			}
			res.Errors = append(res.Errors, fe)
		case "capped":
			res.Stats.CappedBuckets += int(p.N)
		case "candidates":
			res.Stats.CandidatePairs += int(p.N)
		case "verified":
			var v dedup.Verified
			if err := json.Unmarshal(p.Payload, &v); err != nil {
				return err
			}
			pairs = append(pairs, v)
		case "doc":
			var d Doc
			if err := json.Unmarshal(p.Payload, &d); err != nil {
				return err
			}
			if seen[d.Num] {
				continue
			}
			seen[d.Num] = true
			s, err := d.staged()
			if err != nil {
				return err
			}
			docs = append(docs, s)
		}
	}
	res.Clusters, res.Documents = dedup.Clusters(docs, pairs)
	if res.Documents == nil {
		res.Documents = []dedup.Document{}
	}
	res.Stats.VerifiedPairs, res.Stats.Clusters, res.Stats.Errors = len(pairs), len(res.Clusters), len(res.Errors)
	slices.SortFunc(res.Errors, func(a, b *dedup.FileError) int {
		if a.Path != b.Path {
			if a.Path < b.Path {
				return -1
			}
			return 1
		}
		return a.Line - b.Line
	})
	var buf bytes.Buffer
	if err := report.JSON(&buf, res); err != nil {
		return err
	}
	if err := writeFile(ctx, path.Join(f.Cfg.Output, "summary.json"), buf.Bytes()); err != nil {
		return err
	}
	if f.Cfg.Keep != "" {
		dropped, err := dfilter.Decide(res, f.Cfg.Keep)
		if err != nil {
			return err
		}
		b, err := dfilter.EncodeDropped(dropped)
		if err != nil {
			return err
		}
		if err := writeFile(ctx, path.Join(f.Cfg.Output, "dropped.jsonl"), b); err != nil {
			return err
		}
	}
	shards := max(1, f.Cfg.Shards)
	for i := range shards {
		shard(i, Shard{Shard: -1}) // every shard file is written, empty or not
	}
	for _, c := range res.Clusters {
		b, err := json.Marshal(c)
		if err != nil {
			return err
		}
		shard(c.ID%shards, Shard{Shard: c.ID % shards, Cluster: b})
	}
	return nil
}

// MemberRow is a row of the clusters' Parquet files: one cluster member.
type MemberRow struct {
	Cluster    int64   `parquet:"cluster"`
	Doc        string  `parquet:"doc"`
	Path       string  `parquet:"path"`
	StartLine  int64   `parquet:"start_line"`
	EndLine    int64   `parquet:"end_line"`
	Title      string  `parquet:"title"`
	Words      int64   `parquet:"words"`
	Similarity float64 `parquet:"similarity"`
}

// writeShardFn writes one shard of the clusters: clusters-NNNNN-of-MMMMM
// as JSON Lines (one cluster a line, in cluster order) and as Parquet (one
// member a row).
type writeShardFn struct {
	Cfg Config
}

func (f *writeShardFn) ProcessElement(ctx context.Context, n int, items func(*Shard) bool) error {
	var cs []dedup.Cluster
	var it Shard
	for items(&it) {
		if it.Shard < 0 {
			continue
		}
		var c dedup.Cluster
		if err := json.Unmarshal(it.Cluster, &c); err != nil {
			return err
		}
		cs = append(cs, c)
	}
	slices.SortFunc(cs, func(a, b dedup.Cluster) int { return a.ID - b.ID })
	var jl bytes.Buffer
	rows := []MemberRow{}
	for _, c := range cs {
		b, _ := json.Marshal(c)
		jl.Write(append(b, '\n'))
		for _, m := range c.Members {
			rows = append(rows, MemberRow{int64(c.ID), m.Doc, m.Path, int64(m.StartLine), int64(m.EndLine), m.Title, int64(m.Words), m.Similarity})
		}
	}
	name := fmt.Sprintf("clusters-%05d-of-%05d", n, max(1, f.Cfg.Shards))
	if err := writeFile(ctx, path.Join(f.Cfg.Output, name+".jsonl"), jl.Bytes()); err != nil {
		return err
	}
	var pq bytes.Buffer
	if err := parquet.Write(&pq, rows); err != nil {
		return err
	}
	return writeFile(ctx, path.Join(f.Cfg.Output, name+".parquet"), pq.Bytes())
}

// writeFile writes data to p through its filesystem (local, gs://, s3://).
func writeFile(ctx context.Context, p string, data []byte) error {
	fs, err := filesystem.New(ctx, p)
	if err != nil {
		return err
	}
	defer fs.Close()
	w, err := fs.OpenWrite(ctx, p)
	if err != nil {
		return err
	}
	if _, err := w.Write(data); err != nil {
		w.Close()
		return err
	}
	return w.Close()
}
