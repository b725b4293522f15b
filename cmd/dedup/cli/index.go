package cli

import (
	"context"
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"github.com/dedup/dedup/dedup"
	"github.com/dedup/dedup/dedup/index"
)

// NewCmdIndex builds `dedup index` and its subcommands.
func NewCmdIndex(ios *IOStreams) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "index <command>",
		Short: "Manage the index of documents seen before",
		Long: `The index records every document added to it (location, title, content
hash, LSH band keys and a compact shingle set), so that dedup check can
compare a new drop with everything seen before without reading it again.`,
		Example: `  dedup index add --index seen.idx seeds/
  dedup index stats --index seen.idx
  dedup index rm --index seen.idx seeds/003_55e81eba70a11d6c.txt`,
	}
	cmd.AddCommand(newCmdIndexAdd(ios), newCmdIndexStats(ios), newCmdIndexRm(ios))
	return cmd
}

func newCmdIndexAdd(ios *IOStreams) *cobra.Command {
	o := dedup.DefaultOptions()
	var path string
	var pf *pipelineFlags
	cmd := &cobra.Command{
		Use:     "add --index PATH [flags] FILE...",
		Short:   "Add documents to the index",
		Example: `  dedup index add --index seen.idx seeds/`,
		Args:    cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			cfg, err := pf.load(cmd)
			if err != nil {
				return err
			}
			if err := indexSetting(cmd, cfg, &path); err != nil {
				return err
			}
			if o.Jobs > 0 {
				setJobs(o.Jobs)
			}
			done := startProgress(ios, false, &o)
			docs, errs, _, err := dedup.Analyze(context.Background(), args, o)
			done()
			if err != nil {
				return err
			}
			n, err := addToIndex(path, o, docs)
			if err != nil {
				return err
			}
			fmt.Fprintf(ios.Out, "added %s to %s (%d already there)\n", pluralize(n, "document"), path, len(docs)-n)
			if reportFileErrors(ios, errs) {
				return errPartial
			}
			return nil
		},
	}
	pf = addPipelineFlags(cmd.Flags(), &o)
	addInputFlags(cmd.Flags(), &o)
	cmd.Flags().StringVar(&path, "index", "", "index file (created if missing)")
	return cmd
}

func newCmdIndexStats(ios *IOStreams) *cobra.Command {
	var path string
	cmd := &cobra.Command{
		Use:     "stats --index PATH",
		Short:   "Describe the index",
		Example: `  dedup index stats --index seen.idx`,
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := indexPathFromCmd(cmd, &path); err != nil {
				return err
			}
			ix, err := index.Read(path)
			if err != nil {
				return indexError(path, err)
			}
			files := map[string]bool{}
			for _, e := range ix.Entries {
				files[e.Path] = true
			}
			size := index.Size(ix)
			p := ix.Params
			fmt.Fprintf(ios.Out, "index:      %s\n", path)
			fmt.Fprintf(ios.Out, "documents:  %d in %d files\n", len(ix.Entries), len(files))
			perDoc := 0
			if len(ix.Entries) > 0 {
				perDoc = size / len(ix.Entries)
			}
			fmt.Fprintf(ios.Out, "size:       %d bytes (%d per document)\n", size, perDoc)
			fmt.Fprintf(ios.Out, "parameters: k=%d num_hashes=%d bands=%d rows=%d seed=%d normalization=%d split=%s with_headers=%v\n",
				p.K, p.NumHashes, p.Bands, p.Rows, p.Seed, p.Normalization, p.Split, p.WithHeaders)
			return nil
		},
	}
	cmd.Flags().StringVar(&path, "index", "", "index file")
	return cmd
}

func newCmdIndexRm(ios *IOStreams) *cobra.Command {
	var path string
	cmd := &cobra.Command{
		Use:     "rm --index PATH FILE_OR_DIR...",
		Short:   "Remove the documents of files (or of directories) from the index",
		Example: `  dedup index rm --index seen.idx seeds/003_55e81eba70a11d6c.txt`,
		Args:    cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := indexPathFromCmd(cmd, &path); err != nil {
				return err
			}
			unlock, err := index.Lock(path)
			if err != nil {
				return indexError(path, err)
			}
			defer unlock()
			ix, err := index.Read(path)
			if err != nil {
				return indexError(path, err)
			}
			kept := ix.Entries[:0]
			removed := 0
			for _, e := range ix.Entries {
				if matchesAny(e.Path, args) {
					removed++
					continue
				}
				kept = append(kept, e)
			}
			ix.Entries = kept
			if err := index.Write(path, ix); err != nil {
				return fmt.Errorf("write index %s: %w", path, err)
			}
			fmt.Fprintf(ios.Out, "removed %s from %s\n", pluralize(removed, "document"), path)
			return nil
		},
	}
	cmd.Flags().StringVar(&path, "index", "", "index file")
	return cmd
}

// matchesAny reports whether path is one of prefixes or inside one of them.
func matchesAny(path string, prefixes []string) bool {
	for _, p := range prefixes {
		p = strings.TrimSuffix(p, "/")
		if path == p || strings.HasPrefix(path, p+"/") {
			return true
		}
	}
	return false
}

// indexPathFromCmd resolves --index from the flag or the configuration file.
func indexPathFromCmd(cmd *cobra.Command, path *string) error {
	cfg, err := configFromCmd(cmd)
	if err != nil {
		return err
	}
	return indexSetting(cmd, cfg, path)
}
