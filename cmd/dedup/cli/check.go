package cli

import (
	"context"
	"errors"
	"fmt"
	"os"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/dedup/dedup/dedup"
	"github.com/dedup/dedup/dedup/index"
	"github.com/dedup/dedup/dedup/report"
)

// CheckOptions are the parsed flags of `dedup check`.
type CheckOptions struct {
	IO       *IOStreams
	Paths    []string
	Dedup    dedup.Options
	Index    string
	Baseline string
	Format   string
	Update   string // "", "pass" or "always"
	Quiet    bool
}

// updateValue is --update: bare means "pass", or =always.
type updateValue struct{ v *string }

// String returns the current setting (pflag.Value).
func (u updateValue) String() string { return *u.v }

// Type names the value in help output (pflag.Value).
func (u updateValue) Type() string { return "when" }

// Set accepts pass (or true), always, never (or false) (pflag.Value).
func (u updateValue) Set(s string) error {
	switch s {
	case "true", "pass":
		*u.v = "pass"
	case "always":
		*u.v = "always"
	case "false", "never":
		*u.v = ""
	default:
		return fmt.Errorf("must be pass or always")
	}
	return nil
}

// NewCmdCheck builds `dedup check`.
func NewCmdCheck(ios *IOStreams, runF func(*CheckOptions) error) *cobra.Command {
	opts := &CheckOptions{IO: ios, Dedup: dedup.DefaultOptions()}
	var pf *pipelineFlags
	cmd := &cobra.Command{
		Use:   "check --index PATH [flags] FILE...",
		Short: "Check a new drop of files against the index and itself (for CI)",
		Long: `Check new files for near-duplicates among the indexed documents and among
themselves, without reading the indexed texts again. Findings accepted in
the --baseline file are reported but do not fail the check.

Exit status: 0 when there is no new finding, 1 when there is, 2 on errors.
With --update the drop is added to the index when the check passes
(--update=always: in any case).`,
		Example: `  dedup index add --index seen.idx seeds/001_56dba68fe8242c6c.txt
  dedup check --index seen.idx seeds/
  dedup check --index seen.idx --baseline accepted.json --format sarif seeds/ > dedup.sarif
  dedup check --index seen.idx --update seeds/`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Paths = args
			cfg, err := pf.load(cmd)
			if err != nil {
				return err
			}
			stringSetting(cmd, "baseline", &opts.Baseline, cfg.Baseline)
			if err := formatSetting(cmd, cfg, &opts.Format, report.CheckFormats); err != nil {
				return err
			}
			if err := indexSetting(cmd, cfg, &opts.Index); err != nil {
				return err
			}
			if runF != nil {
				return runF(opts)
			}
			return runCheck(cmd.Context(), opts)
		},
	}
	f := cmd.Flags()
	pf = addPipelineFlags(f, &opts.Dedup)
	addInputFlags(f, &opts.Dedup)
	f.StringVar(&opts.Index, "index", "", "index file of documents seen before")
	f.StringVar(&opts.Baseline, "baseline", "", "baseline file of accepted findings")
	f.Var(newEnum(&opts.Format, "table", report.CheckFormats...), "format", "output format: "+strings.Join(report.CheckFormats, ", "))
	f.Var(updateValue{&opts.Update}, "update", "add the drop to the index when the check passes (=always: in any case)")
	f.Lookup("update").NoOptDefVal = "pass"
	f.BoolVarP(&opts.Quiet, "quiet", "q", false, "print nothing on standard output")
	return cmd
}

// check runs the check part shared by `check` and `baseline write`.
func check(ctx context.Context, o dedup.Options, indexPath, baselinePath string, paths []string) (*index.Index, *dedup.CheckResult, error) {
	if ctx == nil {
		ctx = context.Background()
	}
	ix, err := index.Read(indexPath)
	if err != nil {
		return nil, nil, indexError(indexPath, err)
	}
	var bl *dedup.Baseline
	if baselinePath != "" {
		bl, err = dedup.ReadBaseline(baselinePath)
		if errors.Is(err, os.ErrNotExist) {
			bl, err = nil, nil
		}
		if err != nil {
			return nil, nil, fmt.Errorf("baseline %s: %w", baselinePath, err)
		}
	}
	res, err := dedup.Check(ctx, ix, paths, o, bl)
	if err != nil {
		return nil, nil, indexError(indexPath, err)
	}
	return ix, res, nil
}

// indexError names the index file and says what to do.
func indexError(path string, err error) error {
	switch {
	case errors.Is(err, index.ErrParams):
		return &hinted{fmt.Errorf("index %s: %w", path, err), "use the parameters the index was built with, or build a new index"}
	case errors.Is(err, index.ErrCorrupt), errors.Is(err, index.ErrNotIndex), errors.Is(err, index.ErrVersion):
		return &hinted{fmt.Errorf("index %s: %w", path, err), "restore the index from a backup or cache, or rebuild it with dedup index add"}
	case errors.Is(err, index.ErrLocked):
		return &hinted{fmt.Errorf("index %s: %w", path, err), "wait for the other dedup to finish"}
	}
	var pe *os.PathError
	if errors.As(err, &pe) {
		return fmt.Errorf("index %s: %w", path, pe.Err)
	}
	return err
}

// hinted is an error with a hint line.
type hinted struct {
	err  error
	hint string
}

// Error returns the underlying message.
func (h *hinted) Error() string { return h.err.Error() }

// Unwrap returns the underlying error.
func (h *hinted) Unwrap() error { return h.err }

func runCheck(ctx context.Context, opts *CheckOptions) error {
	ios := opts.IO
	if opts.Dedup.Jobs > 0 {
		setJobs(opts.Dedup.Jobs)
	}
	if _, err := os.Stat(opts.Index); errors.Is(err, os.ErrNotExist) {
		printHint(ios, fmt.Sprintf("index %s does not exist yet: the drop is checked against itself only", opts.Index))
	}
	done := startProgress(ios, opts.Quiet, &opts.Dedup)
	_, res, err := check(ctx, opts.Dedup, opts.Index, opts.Baseline, opts.Paths)
	done()
	if err != nil {
		return err
	}
	if !opts.Quiet {
		if err := report.Check(ios.Out, res, opts.Format, report.TableOptions{Terminal: ios.OutTTY}, Version); err != nil {
			return fmt.Errorf("write report: %w", err)
		}
	}
	failed := res.Stats.NewFindings > 0
	if opts.Update == "always" || opts.Update == "pass" && !failed && len(res.Errors) == 0 {
		n, err := addToIndex(opts.Index, opts.Dedup, res.New)
		if err != nil {
			return err
		}
		fmt.Fprintf(ios.ErrOut, "dedup: added %s to %s\n", pluralize(n, "document"), opts.Index)
	}
	if reportFileErrors(ios, res.Errors) {
		return errPartial
	}
	if failed {
		return errFound
	}
	return nil
}

// addToIndex adds documents to the index at path under its writer lock,
// skipping any already there, and returns how many were added.
func addToIndex(path string, o dedup.Options, docs []dedup.Analyzed) (int, error) {
	unlock, err := index.Lock(path)
	if err != nil {
		return 0, indexError(path, err)
	}
	defer unlock()
	// Read again under the lock: another writer may have added documents.
	ix, err := index.Read(path)
	if err != nil {
		return 0, indexError(path, err)
	}
	want := o.IndexParams()
	if err := ix.Fits(want); err != nil {
		return 0, indexError(path, err)
	}
	ix.Params = want // equal already, unless the index is new
	have := ix.Seen()
	now := time.Now().Unix()
	n := 0
	for _, d := range docs {
		k := index.Key{Path: d.Path, ContentHash: d.ContentHash}
		if have[k] {
			continue
		}
		have[k] = true
		ix.Entries = append(ix.Entries, d.Entry(now))
		n++
	}
	if err := index.Write(path, ix); err != nil {
		return 0, fmt.Errorf("write index %s: %w", path, err)
	}
	return n, nil
}

func pluralize(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return fmt.Sprintf("%d %ss", n, word)
}
