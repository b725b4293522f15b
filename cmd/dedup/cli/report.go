package cli

import (
	"encoding/json"
	"fmt"
	"io"
	"os"

	"github.com/spf13/cobra"

	"github.com/dedup/dedup/dedup"
	"github.com/dedup/dedup/dedup/report"
)

// NewCmdReport builds `dedup report`: a saved scan result rendered again.
func NewCmdReport(ios *IOStreams) *cobra.Command {
	var format, output string
	cmd := &cobra.Command{
		Use:   "report [flags] RESULT.json",
		Short: "Render a saved scan or check result (--format json) in any format",
		Long: `Read a result saved with dedup scan --format json or dedup check --format
json and write it again in any format, without re-reading the corpus: the
output is the one scan or check would have printed. For HTML the
documents' text comes from the result when it was saved with --with-text,
else from the files, if they are still there.`,
		Example: `  dedup scan --format json --with-text seeds/ > scan.json
  dedup report scan.json
  dedup report --format html -o report.html scan.json`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			b, err := os.ReadFile(args[0])
			if err != nil {
				return fmt.Errorf("report: %w", err)
			}
			var kind struct {
				Findings json.RawMessage `json:"findings"`
			}
			if json.Unmarshal(b, &kind) == nil && kind.Findings != nil {
				return renderCheck(ios, args[0], b, format, output)
			}
			switch format {
			case "table", "json", "html", "markdown", "csv":
			default:
				return &FlagError{Err: fmt.Errorf("%s is a scan result: --format must be table, json, html, markdown or csv (%s is for check results)", args[0], format)}
			}
			var res dedup.Result
			if err := json.Unmarshal(b, &res); err != nil {
				return &FlagError{Err: fmt.Errorf("%s: not a saved scan result: %v", args[0], err)}
			}
			if res.SchemaVersion != dedup.SchemaVersion {
				return &FlagError{Err: fmt.Errorf("%s: schema version %d, this dedup reads %d", args[0], res.SchemaVersion, dedup.SchemaVersion)}
			}
			return writeOutput(ios, output, func(w io.Writer, terminal bool) error {
				switch format {
				case "json":
					return report.JSON(w, &res)
				case "markdown":
					return report.ScanMarkdown(w, &res)
				case "csv":
					return report.ScanCSV(w, &res)
				case "html":
					texts := res.Texts
					if len(texts) == 0 {
						texts, _ = dedup.ClusteredText(&res, dedup.DefaultOptions())
					}
					return report.HTML(w, &res, texts)
				}
				return report.Table(w, &res, report.TableOptions{Terminal: terminal})
			})
		},
	}
	f := cmd.Flags()
	f.Var(newEnum(&format, "table", report.CheckFormats...), "format", "output format: table, json, html, markdown or csv; for a check result also sarif, github, ndjson")
	f.StringVarP(&output, "output", "o", "", "write to this file (atomically) instead of standard output")
	return cmd
}

// renderCheck renders a saved check result (check --format json).
func renderCheck(ios *IOStreams, name string, b []byte, format, output string) error {
	var res dedup.CheckResult
	if err := json.Unmarshal(b, &res); err != nil {
		return &FlagError{Err: fmt.Errorf("%s: not a saved check result: %v", name, err)}
	}
	if res.SchemaVersion != dedup.SchemaVersion {
		return &FlagError{Err: fmt.Errorf("%s: schema version %d, this dedup reads %d", name, res.SchemaVersion, dedup.SchemaVersion)}
	}
	return writeOutput(ios, output, func(w io.Writer, terminal bool) error {
		return report.Check(w, &res, format, report.TableOptions{Terminal: terminal}, Version)
	})
}
