package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"

	"github.com/spf13/cobra"

	"github.com/dedup/dedup/dedup"
	"github.com/dedup/dedup/dedup/report"
)

// ScanOptions are the parsed flags of `dedup scan`.
type ScanOptions struct {
	IO       *IOStreams
	Paths    []string
	Dedup    dedup.Options
	Format   string
	Output   string
	WithText bool
	ExitCode bool
	Quiet    bool
}

// NewCmdScan builds `dedup scan`. runF replaces runScan in tests of flag
// parsing; nil means runScan.
func NewCmdScan(ios *IOStreams, runF func(*ScanOptions) error) *cobra.Command {
	opts := &ScanOptions{IO: ios, Dedup: dedup.DefaultOptions()}
	var pf *pipelineFlags
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
  dedup scan --exit-code --quiet seeds/
  dedup scan --passages --min-passage 10 seeds/
  dedup scan --metric containment --threshold 0.9 seeds/`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Paths = args
			cfg, err := pf.load(cmd)
			if err != nil {
				return err
			}
			if err := formatSetting(cmd, cfg, &opts.Format, []string{"table", "json", "html", "markdown", "csv"}); err != nil {
				return err
			}
			if runF != nil {
				return runF(opts)
			}
			return runScan(cmd.Context(), opts)
		},
	}
	f := cmd.Flags()
	pf = addPipelineFlags(f, &opts.Dedup)
	f.Var(newEnum(&opts.Format, "table", "table", "json", "html", "markdown", "csv"), "format", "output format: table, json, html (a self-contained page with the clustered documents side by side), markdown or csv (a row per cluster member)")
	f.BoolVar(&opts.WithText, "with-text", false, "with --format json: include the clustered documents' text, so that dedup report can render the result as HTML without the files")
	f.StringVarP(&opts.Output, "output", "o", "", "write the report to this file (atomically: a temporary file renamed into place) instead of standard output")
	f.BoolVar(&opts.Dedup.Passages, "passages", false, "also report passages shared by documents that are not near-duplicates")
	f.IntVar(&opts.Dedup.MinPassage, "min-passage", opts.Dedup.MinPassage, "shortest shared passage to report, in words")
	f.BoolVar(&opts.Dedup.Contained, "contained", opts.Dedup.Contained, "also report documents found whole inside longer ones (a missed article boundary), with the lines they span")
	addInputFlags(f, &opts.Dedup)
	addWithinFlag(f, &opts.Dedup)
	f.IntVar(&opts.Dedup.TemplateMinDocs, "template-min-docs", opts.Dedup.TemplateMinDocs, "leave out lines repeated in at least this many otherwise unrelated documents (site templates); 0 turns it off")
	f.Var(newEnum(&opts.Dedup.Metric, "jaccard", "jaccard", "containment"), "metric", "what --threshold applies to: jaccard, or containment to find excerpts and truncated copies")
	f.BoolVar(&opts.ExitCode, "exit-code", false, "exit with status 1 when duplicates are found")
	f.BoolVarP(&opts.Quiet, "quiet", "q", false, "print nothing on standard output")
	return cmd
}

func runScan(ctx context.Context, opts *ScanOptions) error {
	ios := opts.IO
	res, err := scanWithProgress(ctx, ios, opts.Quiet, opts.Paths, opts.Dedup)
	if err != nil {
		return fmt.Errorf("scan: %w", err)
	}
	if !opts.Quiet || opts.Output != "" {
		err := writeOutput(ios, opts.Output, func(w io.Writer, terminal bool) error {
			switch opts.Format {
			case "json":
				if opts.WithText {
					texts, errs := dedup.ClusteredText(res, opts.Dedup)
					res.Texts = texts
					res.Errors = append(res.Errors, errs...)
				}
				return report.JSON(w, res)
			case "markdown":
				return report.ScanMarkdown(w, res)
			case "csv":
				return report.ScanCSV(w, res)
			case "html":
				texts, errs := dedup.ClusteredText(res, opts.Dedup)
				res.Errors = append(res.Errors, errs...)
				return report.HTML(w, res, texts)
			}
			return report.Table(w, res, report.TableOptions{Terminal: terminal})
		})
		if err != nil {
			return fmt.Errorf("write report: %w", err)
		}
	}
	for _, w := range res.Warnings {
		printWarning(ios, w)
	}
	if reportFileErrors(ios, res.Errors) {
		return errPartial
	}
	if opts.ExitCode && (len(res.Clusters) > 0 || len(res.Contained) > 0) {
		return errFound
	}
	return nil
}

// writeOutput writes a report with write: to standard output, or to the
// file named by output through a temporary file renamed into place, so a
// failed or interrupted run never leaves half a report under its name.
func writeOutput(ios *IOStreams, output string, write func(w io.Writer, terminal bool) error) error {
	if output == "" {
		return write(ios.Out, ios.OutTTY)
	}
	tmp, err := os.CreateTemp(filepath.Dir(output), "."+filepath.Base(output)+".tmp-*")
	if err != nil {
		return err
	}
	err = write(tmp, false)
	mode := os.FileMode(0o644)
	if st, serr := os.Stat(output); serr == nil {
		mode = st.Mode().Perm() // an existing report keeps its mode
	}
	if err == nil {
		err = tmp.Chmod(mode)
	}
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp.Name(), output)
	}
	if err != nil {
		os.Remove(tmp.Name())
	}
	return err
}

// scanWithProgress runs a scan with the core count and progress bar the
// flags ask for, standard input as the path "-".
func scanWithProgress(ctx context.Context, ios *IOStreams, quiet bool, paths []string, o dedup.Options) (*dedup.Result, error) {
	if ctx == nil {
		ctx = context.Background()
	}
	if o.Jobs > 0 {
		setJobs(o.Jobs)
	}
	done := startProgress(ios, quiet, &o)
	defer done()
	if o.Stdin == nil {
		o.Stdin = ios.In
	}
	return dedup.Scan(ctx, paths, o)
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

// setJobs bounds the cores used by everything, garbage collection and
// report encoding included, not only the file workers.
func setJobs(n int) { runtime.GOMAXPROCS(n) }
