package cli

import (
	"errors"

	"github.com/spf13/cobra"

	"github.com/dedup/dedup/dedup"
	"github.com/dedup/dedup/dedup/report"
)

// NewCmdDiff builds `dedup diff`.
func NewCmdDiff(ios *IOStreams) *cobra.Command {
	o := dedup.DefaultOptions()
	o.MinPassage = 10
	var format string
	var pf *pipelineFlags
	cmd := &cobra.Command{
		Use:   "diff [flags] A B",
		Short: "Explain how two documents relate",
		Long: `Compare two documents, each a file (compared whole) or a document ID
as dedup scan prints it: exact Jaccard similarity, containment both ways,
the MinHash estimate, and every run of at least --min-passage words the
two share, with its lines in both.

Files are read as dedup scan reads them, in every input format: an
article of a text file or web page is path:start-end; a record of a JSON
Lines, CSV, TSV, Parquet or WARC file is path:id (its id field), or
path#line for a record without an id.`,
		Example: `  dedup diff seeds/002_faa7436319fd51a6.txt:84-108 seeds/002_faa7436319fd51a6.txt:109-131
  dedup diff --format json seeds/002_faa7436319fd51a6.txt:1-32 seeds/002_faa7436319fd51a6.txt:157-167
  dedup diff stories.jsonl:story-12 stories.jsonl:story-40`,
		Args: cobra.ExactArgs(2),
		RunE: func(cmd *cobra.Command, args []string) error {
			if _, err := pf.load(cmd); err != nil {
				return err
			}
			c, err := dedup.Compare(args[0], args[1], o)
			if err != nil {
				var fe *dedup.FileError
				if errors.As(err, &fe) && fe.Hint != "" {
					return &hinted{err, fe.Hint}
				}
				return err
			}
			switch format {
			case "json":
				return report.DiffJSON(ios.Out, c)
			case "html":
				// The HTML report of a scan that found just this pair.
				res := c.AsResult()
				texts, _ := dedup.ClusteredText(res, o)
				return report.HTML(ios.Out, res, texts)
			}
			return report.DiffText(ios.Out, c, ios.OutTTY)
		},
	}
	f := cmd.Flags()
	pf = addPipelineFlags(f, &o)
	addInputFlags(f, &o)
	f.IntVar(&o.MinPassage, "min-passage", o.MinPassage, "shortest shared span to show, in words")
	f.Var(newEnum(&format, "text", "text", "json", "html"), "format", "output format: text, json or html (the two side by side)")
	return cmd
}
