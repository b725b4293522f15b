package dedup

import (
	"fmt"
	"io"
	"path/filepath"
	"runtime"
	"time"

	"github.com/dedup/dedup/dedup/input"
	"github.com/dedup/dedup/dedup/lsh"
	"github.com/dedup/dedup/dedup/minhash"
	"github.com/dedup/dedup/dedup/passage"
	"github.com/dedup/dedup/dedup/segment"
	"github.com/dedup/dedup/shingle"
)

// Metrics for Options.Metric.
const (
	MetricJaccard     = "jaccard"
	MetricContainment = "containment"
)

// SchemaVersion is the version of the JSON encoding of [Result].
const SchemaVersion = 1

// Options control a scan. Start from [DefaultOptions]; the zero value is not
// usable (its threshold is 0).
type Options struct {
	// Threshold is the minimum exact Jaccard similarity, in (0, 1], for two
	// documents to be reported as near-duplicates.
	Threshold float64
	// ShingleSize is the number of words per shingle (k).
	ShingleSize int
	// NumHashes is the MinHash signature length.
	NumHashes int
	// Seed derives the MinHash permutations.
	Seed uint64
	// Bands and Rows set the LSH banding; when both are zero they are chosen
	// from Threshold and NumHashes by [lsh.Optimal].
	Bands, Rows int
	// Split says whether files are split into articles.
	Split segment.Mode
	// DropLayout is the header layout the files of the drop share, as
	// segment.Layout.Shapes lists it. When it is nil, as it usually is,
	// Scan learns it from a census of the drop's files (layout.go); runs
	// that read the files in pieces (dedup-beam) take one census for all
	// of them with CensusFiles and AddToCensus and pass it here.
	DropLayout []string
	// MinWords skips documents with fewer words: too short to judge.
	MinWords int
	// WithHeaders includes header lines (title, byline, outlet, date) in the
	// shingles.
	WithHeaders bool
	// Include and Exclude are glob patterns (path.Match syntax) matched
	// against file base names and paths found by walking directories.
	Include, Exclude []string
	// Metric is what Threshold applies to: "jaccard" (the default; empty
	// means it too) or "containment", the larger of |A∩B|/|A| and
	// |A∩B|/|B|, which finds an excerpt or a truncated copy of a longer
	// article.
	Metric string
	// Passages asks for the passages (runs of at least MinPassage words)
	// shared by documents that are not near-duplicates of each other.
	Passages   bool
	MinPassage int
	// Contained asks for documents found almost whole inside a longer one
	// (containment at or above Threshold, Jaccard below it), with the
	// lines of the longer one they span: the copies a missed article
	// boundary would otherwise hide. Candidates are the pairs sharing
	// passage fingerprints.
	Contained bool
	// Encoding is the text encoding of the input files: "auto" (UTF-8, or
	// UTF-16 with a byte order mark) or a legacy encoding named in
	// [input.Encodings]. Compressed files are decompressed whatever it is.
	Encoding string
	// Stdin is read for the path "-".
	Stdin io.Reader
	// InputFormat is the format of the input files: "auto" (from each
	// file's name: .jsonl/.ndjson, .csv, .tsv, .html/.htm, else text),
	// "text", "jsonl", "csv", "tsv" or "html". A record of a record format
	// is one document, never split into articles; a web page's text
	// (input.HTMLText) is split like a text file's.
	InputFormat string
	// SplitRecords splits each record's text into articles, as a text
	// file's (for records that hold whole aggregated pages); by default a
	// record is one document.
	SplitRecords bool
	// Fields names the fields or columns records are read from; the zero
	// value means [input.DefaultFields].
	Fields input.Fields
	// MaxDocBytes refuses documents whose text is larger (a 500 MB line
	// or record is not an article): each is an error naming the file and
	// its line, and the rest are compared. Zero or less means no limit.
	MaxDocBytes int64
	// Within, if positive, compares only documents dated at most this far
	// apart (their Date read by [ParseDate]); a document whose date cannot
	// be read is compared with all.
	Within time.Duration
	// TemplateMinDocs turns on template lines (package template): a line
	// held by at least this many documents that otherwise share nothing is
	// chrome, not shingled. Zero turns it off.
	TemplateMinDocs int
	// MaxBucket caps the LSH bucket size expanded into all pairs; see
	// [lsh.Index.Candidates]. Zero or less means no cap.
	MaxBucket int
	// Jobs is the number of files processed at once; zero or less means
	// one per CPU. Results do not depend on it.
	Jobs int
	// Progress, if set, is called from a single goroutine as the scan
	// advances; it must return quickly.
	Progress func(Progress)
}

// Progress reports how far a scan is. Phases are "read" (reading,
// splitting, shingling and signing every file) and "verify" (re-reading the
// documents in candidate pairs to compute exact similarities).
type Progress struct {
	Phase      string
	Files      int   // files done in this phase
	TotalFiles int   // files this phase will read
	Documents  int   // documents found so far
	Bytes      int64 // bytes read in this phase
	TotalBytes int64 // bytes this phase will read, if known
}

// DefaultOptions returns the options used by the dedup command.
func DefaultOptions() Options {
	return Options{
		Threshold:   0.8,
		ShingleSize: shingle.DefaultK,
		NumHashes:   minhash.DefaultNum,
		Seed:        minhash.DefaultSeed,
		Split:       segment.Auto,
		MinWords:    20,
		Include:     []string{"*.txt", "*.md", "*.jsonl", "*.ndjson", "*.csv", "*.tsv", "*.html", "*.htm", "*.warc", "*.parquet"},
		MaxBucket:   lsh.DefaultMaxBucket,
		Metric:      MetricJaccard,
		MinPassage:  25,
		Contained:   true,
		Encoding:    input.Auto,
		InputFormat: input.FormatAuto,
		MaxDocBytes: 64 << 20,
		// A footer or share bar of one site is on far more than ten of
		// its articles; a wire story copied unchanged into ten documents
		// that each hold more text of their own is rare.
		TemplateMinDocs: 10,
	}
}

// Validate reports the first invalid option, phrased for a command-line
// user.
func (o Options) Validate() error {
	switch {
	case !(o.Threshold > 0 && o.Threshold <= 1):
		return fmt.Errorf("threshold must be between 0 and 1 (got %v)", o.Threshold)
	case o.ShingleSize < 1 || o.ShingleSize > 100:
		return fmt.Errorf("shingle size must be between 1 and 100 (got %d)", o.ShingleSize)
	case o.NumHashes < 1 || o.NumHashes > 4096:
		return fmt.Errorf("number of hashes must be between 1 and 4096 (got %d)", o.NumHashes)
	case o.MinWords < 0:
		return fmt.Errorf("min words must not be negative (got %d)", o.MinWords)
	case o.Metric != "" && o.Metric != MetricJaccard && o.Metric != MetricContainment:
		return fmt.Errorf("metric must be jaccard or containment (got %q)", o.Metric)
	case o.MinPassage < passage.K:
		return fmt.Errorf("min passage must be at least %d words (got %d)", passage.K, o.MinPassage)
	case input.CheckEncoding(o.Encoding) != nil:
		return input.CheckEncoding(o.Encoding)
	case input.CheckFormat(o.InputFormat) != nil:
		return input.CheckFormat(o.InputFormat)
	case o.TemplateMinDocs < 0 || o.TemplateMinDocs == 1:
		return fmt.Errorf("template min docs must be 0 (off) or at least 2 (got %d)", o.TemplateMinDocs)
	case (o.Bands == 0) != (o.Rows == 0):
		return fmt.Errorf("bands and rows must be given together (got %d and %d)", o.Bands, o.Rows)
	}
	if o.Bands != 0 {
		if err := (lsh.Params{Bands: o.Bands, Rows: o.Rows}).Validate(o.NumHashes); err != nil {
			return err
		}
	}
	for _, g := range append(append([]string{}, o.Include...), o.Exclude...) {
		if _, err := filepath.Match(g, ""); err != nil {
			return fmt.Errorf("bad glob pattern %q: %w", g, err)
		}
	}
	return nil
}

// lshParams returns the banding in effect.
func (o Options) lshParams() lsh.Params {
	if o.Bands > 0 && o.Rows > 0 {
		return lsh.Params{Bands: o.Bands, Rows: o.Rows}
	}
	return lsh.Optimal(o.Threshold, o.NumHashes, 0)
}

func (o Options) jobs() int {
	if o.Jobs > 0 {
		return o.Jobs
	}
	return runtime.GOMAXPROCS(0)
}

// fingerprinted reports whether the first pass collects passage
// fingerprints: for passages, and as extra candidates for containment.
func (o Options) fingerprinted() bool {
	return o.Passages || o.Metric == MetricContainment || o.Contained
}

// fields returns the record fields in effect.
func (o Options) fields() input.Fields {
	if o.Fields == (input.Fields{}) {
		return input.DefaultFields()
	}
	return o.Fields
}
