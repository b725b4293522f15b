package cli

import (
	"context"
	"errors"
	"fmt"
	"runtime"

	"github.com/spf13/cobra"

	"github.com/dedup/dedup/dedup"
	"github.com/dedup/dedup/dedup/report"
	"github.com/dedup/dedup/dedup/segment"
)

// ScanOptions are the parsed flags of `dedup scan`.
type ScanOptions struct {
	IO       *IOStreams
	Paths    []string
	Dedup    dedup.Options
	Format   string
	Split    string
	ExitCode bool
	Quiet    bool
}

// NewCmdScan builds `dedup scan`. runF replaces runScan in tests of flag
// parsing; nil means runScan.
func NewCmdScan(ios *IOStreams, runF func(*ScanOptions) error) *cobra.Command {
	opts := &ScanOptions{IO: ios, Dedup: dedup.DefaultOptions()}
	d := &opts.Dedup
	cmd := &cobra.Command{
		Use:   "scan [flags] PATH...",
		Short: "Report clusters of near-duplicate documents",
		Long: `Scan files and directories (recursively) for near-duplicate documents.

Each file is split into articles at header blocks (title, byline, outlet,
date lines); the article bodies are compared by the exact Jaccard similarity
of their word shingles, found through MinHash and LSH. Documents at or above
--threshold are reported in clusters.`,
		Example: `  dedup scan seeds/
  dedup scan --threshold 0.5 --format json seeds/
  dedup scan --split none seeds/
  dedup scan --include '*.txt' --exclude 'drafts' seeds/
  dedup scan --exit-code --quiet seeds/`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Paths = args
			if !(d.Threshold > 0 && d.Threshold <= 1) {
				return flagErrorf("--threshold must be between 0 and 1 (got %v)", d.Threshold)
			}
			if cmd.Flags().Changed("bands") != cmd.Flags().Changed("rows") {
				return flagErrorf("--bands and --rows must be given together")
			}
			if opts.Split == "none" {
				d.Split = segment.None
			}
			if err := d.Validate(); err != nil {
				return &FlagError{Err: err}
			}
			if runF != nil {
				return runF(opts)
			}
			return runScan(cmd.Context(), opts)
		},
	}
	f := cmd.Flags()
	f.Float64Var(&d.Threshold, "threshold", d.Threshold, "minimum Jaccard similarity to report, in (0, 1]")
	f.IntVar(&d.ShingleSize, "shingle-size", d.ShingleSize, "words per shingle")
	f.IntVar(&d.NumHashes, "num-hashes", d.NumHashes, "MinHash signature length")
	f.IntVar(&d.Bands, "bands", 0, "LSH bands (default: chosen from --threshold)")
	f.IntVar(&d.Rows, "rows", 0, "LSH rows per band (default: chosen from --threshold)")
	f.Var(newEnum(&opts.Split, "auto", "auto", "none"), "split", "split files into articles: auto or none")
	f.IntVar(&d.MinWords, "min-words", d.MinWords, "skip documents with fewer words")
	f.BoolVar(&d.WithHeaders, "with-headers", false, "include header lines (title, byline, outlet, date) in the comparison")
	f.StringSliceVar(&d.Include, "include", d.Include, "glob of file names to read from directories")
	f.StringSliceVar(&d.Exclude, "exclude", nil, "glob of file or directory names to skip")
	f.IntVar(&d.Jobs, "jobs", 0, "CPU cores to use (default: all)")
	f.Var(newEnum(&opts.Format, "table", "table", "json"), "format", "output format: table or json")
	f.BoolVar(&opts.ExitCode, "exit-code", false, "exit with status 1 when duplicates are found")
	f.BoolVarP(&opts.Quiet, "quiet", "q", false, "print nothing on standard output")
	return cmd
}

func runScan(ctx context.Context, opts *ScanOptions) error {
	if ctx == nil {
		ctx = context.Background()
	}
	ios := opts.IO
	if opts.Dedup.Jobs > 0 {
		// --jobs bounds the cores used by everything, garbage collection
		// and report encoding included, not only the file workers.
		runtime.GOMAXPROCS(opts.Dedup.Jobs)
	}
	var bar *progress
	if ios.ErrTTY && !opts.Quiet {
		bar = &progress{ios: ios}
		opts.Dedup.Progress = bar.update
	}
	res, err := dedup.Scan(ctx, opts.Paths, opts.Dedup)
	if bar != nil {
		bar.clear()
	}
	if err != nil {
		return fmt.Errorf("scan: %w", err)
	}
	if !opts.Quiet {
		switch opts.Format {
		case "json":
			err = report.JSON(ios.Out, res)
		default:
			err = report.Table(ios.Out, res, report.TableOptions{Terminal: ios.OutTTY})
		}
		if err != nil {
			return fmt.Errorf("write report: %w", err)
		}
	}
	if reportFileErrors(ios, res.Errors) {
		return errPartial
	}
	if opts.ExitCode && len(res.Clusters) > 0 {
		return errFound
	}
	return nil
}

// reportFileErrors prints one line per file problem and reports whether
// there were any.
func reportFileErrors(ios *IOStreams, errs []*dedup.FileError) bool {
	for _, fe := range errs {
		printError(ios, fe)
	}
	for _, fe := range errs {
		if errors.Is(fe, dedup.ErrNoFiles) || fe.Hint != "" {
			printHint(ios, fe.Hint)
		}
	}
	return len(errs) > 0
}
