package cli

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"

	"github.com/dedup/dedup/dedup"
	"github.com/dedup/dedup/dedup/filter"
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
		Use:   "filter [flags] --out DIR PATH...",
		Short: "Write the input back with one document of each cluster of near-duplicates",
		Long: `Scan the paths as dedup scan does, then write every input file under --out
without the documents a keep rule drops: one member of each cluster stays
(--keep first, longest, earliest or latest; none drops every member). Kept
lines are copied byte for byte, so JSON Lines and CSV records stay exactly as
they were; a file with nothing dropped is copied whole; compressed files are
written uncompressed. Every dropped document is listed in --dropped (JSON
Lines: its id, the document kept in its place, the verified pair and its
similarity, the rule that decided).`,
		Example: `  dedup filter --out clean seeds/
  dedup filter --keep longest --out clean --dropped dropped.jsonl drop/
  dedup filter --keep earliest --out clean articles.jsonl`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Paths = args
			if _, err := pf.load(cmd); err != nil {
				return err
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
	f.StringVar(&opts.Out, "out", "", "folder to write the filtered files to (required)")
	f.Var(newEnum(&opts.Keep, filter.First, filter.Rules...), "keep", "which member of a cluster to keep: "+strings.Join(filter.Rules, ", "))
	f.StringVar(&opts.Dropped, "dropped", "", "JSON Lines file listing the dropped documents (default: OUT-dropped.jsonl)")
	f.BoolVarP(&opts.Quiet, "quiet", "q", false, "print no summary on standard output")
	return cmd
}

func runFilter(ctx context.Context, opts *FilterOptions) error {
	ios := opts.IO
	for _, p := range opts.Paths {
		if p == dedup.Stdin {
			return flagErrorf("filter writes files into a folder: give it files or folders, not standard input")
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
