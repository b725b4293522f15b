package cli

import (
	"errors"
	"fmt"
	"strings"

	"github.com/spf13/cobra"
)

// Exit codes, git- and grep-style.
const (
	ExitOK    = 0 // ran; with --exit-code: nothing found
	ExitFound = 1 // with --exit-code: duplicates found
	ExitError = 2 // usage or input error
)

// FlagError is a usage error: the command line itself is wrong.
type FlagError struct{ Err error }

// Error returns the usage problem.
func (e *FlagError) Error() string { return e.Err.Error() }

// Unwrap returns the underlying error.
func (e *FlagError) Unwrap() error { return e.Err }

// flagErrorf returns a *FlagError.
func flagErrorf(format string, args ...any) error {
	return &FlagError{Err: fmt.Errorf(format, args...)}
}

// exitError ends the command with a code after its problems were already
// reported.
type exitError struct{ code int }

// Error describes the exit status; it is never printed.
func (e *exitError) Error() string { return fmt.Sprintf("exit status %d", e.code) }

var (
	errFound   = &exitError{code: ExitFound}
	errPartial = &exitError{code: ExitError}
)

// printError writes one line in dedup's voice.
func printError(ios *IOStreams, err error) {
	fmt.Fprintf(ios.ErrOut, "dedup: error: %s\n", oneLine(err.Error()))
}

// printWarning writes a problem the run worked around; it does not change
// the exit status.
func printWarning(ios *IOStreams, err error) {
	fmt.Fprintf(ios.ErrOut, "dedup: warning: %s\n", oneLine(err.Error()))
}

// printHint writes a hint once per run.
func printHint(ios *IOStreams, hint string) {
	if hint == "" {
		return
	}
	if ios.hintSeen == nil {
		ios.hintSeen = map[string]bool{}
	}
	if ios.hintSeen[hint] {
		return
	}
	ios.hintSeen[hint] = true
	fmt.Fprintf(ios.ErrOut, "dedup: hint: %s\n", hint)
}

func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

// exitCode reports err (if not yet reported) and maps it to an exit code.
// It is the only place that decides exit codes.
func exitCode(ios *IOStreams, cmd *cobra.Command, err error) int {
	if err == nil {
		return ExitOK
	}
	var ee *exitError
	if errors.As(err, &ee) {
		return ee.code
	}
	printError(ios, err)
	var h *hinted
	if errors.As(err, &h) {
		printHint(ios, h.hint)
	}
	var fe *FlagError
	if errors.As(err, &fe) || isCobraUsageError(err) {
		name := "dedup"
		if cmd != nil {
			name = cmd.CommandPath()
		}
		printHint(ios, fmt.Sprintf("run '%s --help' for usage", name))
	}
	return ExitError
}

// isCobraUsageError recognises the errors cobra returns for unknown
// commands and bad arguments, which are not typed.
func isCobraUsageError(err error) bool {
	msg := err.Error()
	for _, p := range []string{"unknown command", "unknown flag", "unknown shorthand flag", "accepts ", "requires at least", "invalid argument"} {
		if strings.Contains(msg, p) {
			return true
		}
	}
	return false
}
