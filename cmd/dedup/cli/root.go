package cli

import (
	"os"
	"runtime"
	"runtime/debug"

	"github.com/spf13/cobra"
)

// Version is the dedup version printed by --version.
var Version = "0.1.0-dev"

// NewRootCmd builds the dedup command tree.
func NewRootCmd(ios *IOStreams) *cobra.Command {
	root := &cobra.Command{
		Use:   "dedup <command>",
		Short: "Find near-duplicate text: syndicated, re-titled or repeated articles",
		Long: `dedup finds near-duplicate articles in text files: the same story syndicated
by several outlets, re-titled, trimmed, wrapped in boilerplate, or pasted
twice into one aggregated file. Files holding several articles are split at
their header blocks (title, byline, outlet, date) before comparing.`,
		Example: `  dedup scan seeds/
  dedup scan --format json seeds/ > report.json
  dedup scan --exit-code --quiet seeds/ || echo "duplicates found"`,
		Version: Version,
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			return flagErrorf("missing command")
		},
		SilenceUsage:  true,
		SilenceErrors: true,
	}
	root.SetOut(ios.Out)
	root.SetErr(ios.ErrOut)
	root.SetFlagErrorFunc(func(cmd *cobra.Command, err error) error {
		return &FlagError{Err: err}
	})
	root.CompletionOptions.DisableDefaultCmd = true
	root.PersistentFlags().String("config", "", "configuration file (default: "+DefaultConfigFile+" in the working directory, if any)")
	root.AddCommand(NewCmdScan(ios, nil), NewCmdCheck(ios, nil), NewCmdFilter(ios), NewCmdReport(ios), NewCmdDiff(ios), NewCmdIndex(ios), NewCmdBaseline(ios), NewCmdConfig(ios))
	return root
}

// Main runs dedup with args and returns the exit code.
func Main(args []string, ios *IOStreams) int {
	if os.Getenv("GOGC") == "" {
		// A scan's heap is mostly long-lived per-document state, so the
		// default 100% GC slack would double peak memory; at 50% a
		// 1M-document scan peaked at 1.1 GB instead of 1.57 GB for about
		// the same time.
		debug.SetGCPercent(50)
	}
	// The collector's smallest heap goal is 4 MB × GOGC/100, and a scan's
	// heap grows from nothing to hundreds of MB, so most of a 100k scan's
	// 37 collections ran while the heap was still small, each stopping the
	// world (which costs more with two cores than with one). A 64 MB
	// allocation that is never written counts as live heap for the
	// collector's pacing but takes no memory (the operating system only
	// provides pages that are touched): collections then start once the
	// heap has some size. 100k corpus: 9 collections instead of 37,
	// --jobs 2 12% faster, --jobs 1 2% faster, peak RSS +26 MB. A memory
	// limit set by the user would count it, so then there is none.
	if os.Getenv("GOMEMLIMIT") == "" {
		gcFloor := make([]byte, 64<<20)
		defer runtime.KeepAlive(gcFloor)
	}
	root := NewRootCmd(ios)
	root.SetArgs(args)
	cmd, err := root.ExecuteC()
	return exitCode(ios, cmd, err)
}
