package cli

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"

	"github.com/dedup/dedup/dedup"
	"github.com/dedup/dedup/dedup/filter"
	"github.com/dedup/dedup/dedup/input"
)

// FilterOptions are the parsed flags of `dedup filter`.
type FilterOptions struct {
	IO      *IOStreams
	Paths   []string
	Dedup   dedup.Options
	Out     string
	Keep    string
	Dropped string
	Quiet   bool
}

// NewCmdFilter builds `dedup filter`.
func NewCmdFilter(ios *IOStreams) *cobra.Command {
	opts := &FilterOptions{IO: ios, Dedup: dedup.DefaultOptions()}
	var pf *pipelineFlags
	cmd := &cobra.Command{
		Use:   "filter [flags] --out DIR PATH...\n  dedup filter [flags] [--out FILE] -",
		Short: "Write the input back with one document of each cluster of near-duplicates",
		Long: `Scan the paths as dedup scan does, then write every input file under --out
without the documents a keep rule drops: one member of each cluster stays
(--keep first, longest, earliest or latest; none drops every member). Kept
lines are copied byte for byte, so JSON Lines and CSV records stay exactly as
they were; a file with nothing dropped is copied whole; compressed files are
written uncompressed. Every dropped document is listed in --dropped (JSON
Lines: its id, the document kept in its place, the verified pair and its
similarity, the rule that decided).

With - as its only path, filter reads standard input (in the format
--input-format names, text by default) and writes the filtered stream to
standard output, or to the file --out names; the summary then goes to
standard error, and the dropped documents to --dropped when it is given.`,
		Example: `  dedup filter --out clean seeds/
  dedup filter --keep longest --out clean --dropped dropped.jsonl drop/
  dedup filter --keep earliest --out clean articles.jsonl
  zcat crawl.jsonl.gz | dedup filter --input-format jsonl --dropped dropped.jsonl - > clean.jsonl`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Paths = args
			if _, err := pf.load(cmd); err != nil {
				return err
			}
			if len(args) == 1 && args[0] == dedup.Stdin {
				return runFilterStdin(cmd.Context(), opts)
			}
			if opts.Out == "" {
				return flagErrorf("--out is required: the folder to write the filtered files to")
			}
			if opts.Dropped == "" {
				opts.Dropped = strings.TrimRight(opts.Out, "/") + "-dropped.jsonl"
			}
			return runFilter(cmd.Context(), opts)
		},
	}
	f := cmd.Flags()
	pf = addPipelineFlags(f, &opts.Dedup)
	addInputFlags(f, &opts.Dedup)
	addWithinFlag(f, &opts.Dedup)
	f.IntVar(&opts.Dedup.TemplateMinDocs, "template-min-docs", opts.Dedup.TemplateMinDocs, "leave out lines repeated in at least this many otherwise unrelated documents (site templates); 0 turns it off")
	f.StringVar(&opts.Out, "out", "", "folder to write the filtered files to (required); for - the file to write the filtered stream to (default: standard output)")
	f.Var(newEnum(&opts.Keep, filter.First, filter.Rules...), "keep", "which member of a cluster to keep: "+strings.Join(filter.Rules, ", "))
	f.StringVar(&opts.Dropped, "dropped", "", "JSON Lines file listing the dropped documents (default: OUT-dropped.jsonl)")
	f.BoolVarP(&opts.Quiet, "quiet", "q", false, "print no summary on standard output")
	return cmd
}

func runFilter(ctx context.Context, opts *FilterOptions) error {
	ios := opts.IO
	for _, p := range opts.Paths {
		if p == dedup.Stdin {
			return flagErrorf("standard input is filtered on its own (dedup filter -), not beside other paths")
		}
		if rel, err := filepath.Rel(p, opts.Out); err == nil && !strings.HasPrefix(rel, "..") {
			return flagErrorf("--out %s is inside the input %s: the output would be read as input next time", opts.Out, p)
		}
	}
	res, err := scanWithProgress(ctx, ios, opts.Quiet, opts.Paths, opts.Dedup)
	if err != nil {
		return fmt.Errorf("filter: %w", err)
	}
	dropped, err := filter.Decide(res, opts.Keep)
	if err != nil {
		return &FlagError{Err: err}
	}
	files, _ := dedup.Files(opts.Paths, opts.Dedup)
	written, err := filter.Write(files, opts.Paths, opts.Out, dropped, opts.Dedup.Encoding, opts.Dedup.InputFormat)
	if err != nil {
		return fmt.Errorf("filter: %w", err)
	}
	if err := filter.WriteDropped(opts.Dropped, dropped); err != nil {
		return fmt.Errorf("filter: %w", err)
	}
	if !opts.Quiet {
		fmt.Fprintf(ios.Out, "%d files, %d documents: %d dropped (keep %s), %d files written to %s, dropped documents listed in %s\n",
			res.Stats.Files, res.Stats.Documents, len(dropped), opts.Keep, len(written), opts.Out, opts.Dropped)
	}
	for _, w := range res.Warnings {
		printWarning(ios, w)
	}
	if reportFileErrors(ios, res.Errors) {
		return errPartial
	}
	return nil
}

// runFilterStdin filters standard input: it is read whole (the scan reads
// it once and the filter writes its kept bytes), scanned as the path "-",
// and written to standard output or to --out, atomically.
func runFilterStdin(ctx context.Context, opts *FilterOptions) error {
	ios := opts.IO
	raw, err := io.ReadAll(ios.In)
	if err != nil {
		return fmt.Errorf("filter: reading standard input: %w", err)
	}
	o := opts.Dedup
	o.Stdin = bytes.NewReader(raw)
	res, err := scanWithProgress(ctx, ios, true, []string{dedup.Stdin}, o)
	if err != nil {
		return fmt.Errorf("filter: %w", err)
	}
	if len(res.Errors) > 0 && res.Stats.Documents == 0 {
		reportFileErrors(ios, res.Errors)
		return errPartial
	}
	dropped, err := filter.Decide(res, opts.Keep)
	if err != nil {
		return &FlagError{Err: err}
	}
	format := o.InputFormat
	if format == "" || format == input.FormatAuto {
		format = input.FormatText
	}
	data, _, err := filter.Filtered(dedup.Stdin, raw, filter.Lines(dropped, dedup.Stdin), o.Encoding, format)
	if err != nil {
		return fmt.Errorf("filter: %w", err)
	}
	if err := writeOutput(ios, opts.Out, func(w io.Writer, _ bool) error {
		_, err := w.Write(data)
		return err
	}); err != nil {
		return fmt.Errorf("filter: %w", err)
	}
	if opts.Dropped != "" {
		if err := filter.WriteDropped(opts.Dropped, dropped); err != nil {
			return fmt.Errorf("filter: %w", err)
		}
	}
	if !opts.Quiet {
		where := "not listed (--dropped FILE lists them)"
		if opts.Dropped != "" {
			where = "listed in " + opts.Dropped
		}
		fmt.Fprintf(ios.ErrOut, "standard input, %d documents: %d dropped (keep %s), dropped documents %s\n",
			res.Stats.Documents, len(dropped), opts.Keep, where)
	}
	for _, w := range res.Warnings {
		printWarning(ios, w)
	}
	if reportFileErrors(ios, res.Errors) {
		return errPartial
	}
	return nil
}
