package cli

import (
	"fmt"

	"github.com/spf13/cobra"

	"github.com/dedup/dedup/dedup"
)

// NewCmdBaseline builds `dedup baseline`.
func NewCmdBaseline(ios *IOStreams) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "baseline <command>",
		Short: "Accept the current findings so that checks stop failing on them",
		Example: `  dedup baseline write --index seen.idx --baseline accepted.json drop/
  dedup check --index seen.idx --baseline accepted.json drop/`,
	}
	o := dedup.DefaultOptions()
	var indexPath, baselinePath string
	var pf *pipelineFlags
	write := &cobra.Command{
		Use:   "write --index PATH --baseline FILE [flags] FILE...",
		Short: "Record every finding of a check of FILE... as accepted",
		Long: `Run the same check as dedup check and write all its findings to the
baseline file as accepted. Entries are keyed by the content hashes of the
member documents: moving or renaming files keeps them valid, while a further
copy of an accepted article is reported again.`,
		Example: `  dedup baseline write --index seen.idx --baseline accepted.json drop/`,
		Args:    cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			cfg, err := pf.load(cmd)
			if err != nil {
				return err
			}
			stringSetting(cmd, "index", &indexPath, cfg.Index)
			stringSetting(cmd, "baseline", &baselinePath, cfg.Baseline)
			if indexPath == "" || baselinePath == "" {
				return flagErrorf("--index and --baseline are required")
			}
			_, res, err := check(cmd.Context(), o, indexPath, "", args)
			if err != nil {
				return err
			}
			bl := dedup.BaselineFrom(res)
			if err := dedup.WriteBaseline(baselinePath, bl); err != nil {
				return fmt.Errorf("write baseline %s: %w", baselinePath, err)
			}
			fmt.Fprintf(ios.Out, "accepted %s in %s\n", pluralize(len(bl.Accepted), "finding"), baselinePath)
			if reportFileErrors(ios, res.Errors) {
				return errPartial
			}
			return nil
		},
	}
	pf = addPipelineFlags(write.Flags(), &o)
	write.Flags().StringVar(&indexPath, "index", "", "index file of documents seen before")
	write.Flags().StringVar(&baselinePath, "baseline", "", "baseline file to write")
	cmd.AddCommand(write)
	return cmd
}
