package cli

import (
	"fmt"
	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
	"strconv"
	"strings"
	"time"

	"github.com/dedup/dedup/dedup"
	"github.com/dedup/dedup/dedup/input"
	"github.com/dedup/dedup/dedup/segment"
)

// pipelineFlags are the flags that shape how documents are read and
// compared, shared by scan, check, index add and baseline write.
type pipelineFlags struct {
	d     *dedup.Options
	split string
}

func addPipelineFlags(f *pflag.FlagSet, d *dedup.Options) *pipelineFlags {
	p := &pipelineFlags{d: d}
	f.Float64Var(&d.Threshold, "threshold", d.Threshold, "minimum Jaccard similarity to report, in (0, 1]")
	f.IntVar(&d.ShingleSize, "shingle-size", d.ShingleSize, "words per shingle")
	f.IntVar(&d.NumHashes, "num-hashes", d.NumHashes, "MinHash signature length")
	f.IntVar(&d.Bands, "bands", 0, "LSH bands (default: chosen from --threshold)")
	f.IntVar(&d.Rows, "rows", 0, "LSH rows per band (default: chosen from --threshold)")
	f.Var(newEnum(&p.split, "auto", "auto", "none"), "split", "split files into articles: auto or none")
	f.IntVar(&d.MinWords, "min-words", d.MinWords, "skip documents with fewer words")
	f.BoolVar(&d.WithHeaders, "with-headers", false, "include header lines (title, byline, outlet, date) in the comparison")
	f.StringSliceVar(&d.Include, "include", d.Include, "glob of file names to read from directories")
	f.StringSliceVar(&d.Exclude, "exclude", nil, "glob of file or directory names to skip")
	f.IntVar(&d.Jobs, "jobs", 0, "CPU cores to use (default: all)")
	return p
}

// load reads the configuration file named by --config (or .dedup.toml) and
// finishes the pipeline flags with it.
func (p *pipelineFlags) load(cmd *cobra.Command) (*Config, error) {
	cfg, err := configFromCmd(cmd)
	if err != nil {
		return nil, err
	}
	return cfg, p.finish(cmd, cfg)
}

// finish applies the configuration file to flags not given and validates
// the pipeline options, returning usage errors.
func (p *pipelineFlags) finish(cmd *cobra.Command, cfg *Config) error {
	cfg.applyPipeline(cmd, p)
	d := p.d
	if !(d.Threshold > 0 && d.Threshold <= 1) {
		return flagErrorf("--threshold must be between 0 and 1 (got %v)", d.Threshold)
	}
	if cmd.Flags().Changed("bands") != cmd.Flags().Changed("rows") {
		return flagErrorf("--bands and --rows must be given together")
	}
	d.Split = segment.Auto
	if p.split == "none" {
		d.Split = segment.None
	}
	// Records are documents as they are unless --split auto is asked for.
	d.SplitRecords = cmd.Flags().Changed("split") && p.split == "auto"
	if err := d.Validate(); err != nil {
		return &FlagError{Err: err}
	}
	return nil
}

// addInputFlags adds the flags that say how input files are read: their
// encoding, format and record fields.
func addInputFlags(f *pflag.FlagSet, d *dedup.Options) {
	d.Fields = input.DefaultFields()
	f.StringVar(&d.Encoding, "encoding", d.Encoding, "text encoding of the input: auto (UTF-8, or UTF-16 with a byte order mark) or a legacy one such as windows-1252 or latin1; compressed files (gzip, zstd, bzip2, xz) are read either way")
	f.StringVar(&d.InputFormat, "input-format", d.InputFormat, "format of the input files: auto (from the name: .jsonl/.ndjson, .csv, .tsv, .parquet, .html/.htm, .warc, else text), text, jsonl, csv, tsv, parquet, html or warc; each record, row or archived page is one document")
	f.Int64Var(&d.MaxDocBytes, "max-doc-bytes", d.MaxDocBytes, "refuse documents larger than this many bytes (each is an error naming its file and line; the rest are compared); 0: no limit")
	fl := &d.Fields
	for _, v := range []struct {
		p                *string
		name, what, more string
	}{
		{&fl.Text, "text", "the text of each record", "; a dotted path such as body.text reaches into objects"},
		{&fl.ID, "id", "the record's id, its document id", "; records without one are path#line"},
		{&fl.Title, "title", "the record's title", ""},
		{&fl.URL, "url", "the record's URL", ""},
		{&fl.Date, "date", "the record's date", ""},
		{&fl.Source, "source", "the record's outlet or source", ""},
	} {
		f.StringVar(v.p, v.name+"-field", *v.p, "JSON Lines field holding "+v.what+v.more)
		f.StringVar(v.p, v.name+"-column", *v.p, "CSV/TSV column holding "+v.what+" (the same setting as --"+v.name+"-field)")
	}
}

// addWithinFlag adds --within, for the commands that compare a drop with
// itself (scan, filter).
func addWithinFlag(f *pflag.FlagSet, d *dedup.Options) {
	f.Var((*windowValue)(&d.Within), "within", "compare only documents dated at most this far apart (e.g. 36h, 7d, 2w); documents whose date cannot be read are compared with all (default: no window)")
}

// windowValue is a duration flag that also takes days (7d) and weeks (2w).
type windowValue time.Duration

func (w *windowValue) String() string {
	if *w == 0 {
		return ""
	}
	return time.Duration(*w).String()
}

func (w *windowValue) Set(s string) error {
	s = strings.TrimSpace(s)
	for suffix, unit := range map[string]time.Duration{"d": 24 * time.Hour, "w": 7 * 24 * time.Hour} {
		if n, ok := strings.CutSuffix(s, suffix); ok {
			v, err := strconv.ParseFloat(n, 64)
			if err != nil || v < 0 {
				return fmt.Errorf("not a duration: %q (use e.g. 36h, 7d, 2w)", s)
			}
			*w = windowValue(time.Duration(v * float64(unit)))
			return nil
		}
	}
	d, err := time.ParseDuration(s)
	if err != nil || d < 0 {
		return fmt.Errorf("not a duration: %q (use e.g. 36h, 7d, 2w)", s)
	}
	*w = windowValue(d)
	return nil
}

func (w *windowValue) Type() string { return "duration" }
