package cli

import (
	"bytes"
	"io"
	"strings"
	"testing"

	"github.com/creack/pty"
	"golang.org/x/term"
)

// TestProgress_tty: with standard error on a pseudo-terminal the progress
// bar is drawn there, and standard output gets only the report.
func TestProgress_tty(t *testing.T) {
	t.Parallel()
	ptmx, tty, err := pty.Open()
	if err != nil {
		t.Skipf("no pseudo-terminal: %v", err)
	}
	defer ptmx.Close()
	var screen bytes.Buffer
	done := make(chan struct{})
	go func() { io.Copy(&screen, ptmx); close(done) }()

	var out bytes.Buffer
	ios := &IOStreams{Out: &out, ErrOut: tty, ErrTTY: term.IsTerminal(int(tty.Fd()))}
	if !ios.ErrTTY {
		t.Fatal("a pty is not seen as a terminal")
	}
	code := Main([]string{"scan", "../../../seeds"}, ios)
	tty.Close()
	<-done
	if code != ExitOK {
		t.Fatalf("exit %d", code)
	}
	if !strings.Contains(screen.String(), "reading") || !strings.Contains(screen.String(), "documents") {
		t.Errorf("no progress bar on the terminal: %q", screen.String())
	}
	if strings.Contains(out.String(), "reading") || !strings.HasPrefix(out.String(), "4 files, 10 documents") {
		t.Errorf("stdout has progress or lacks the report: %q", out.String())
	}
}

// TestProgress_nontty: no progress on a pipe, nor with --quiet on a terminal.
func TestProgress_nontty(t *testing.T) {
	t.Parallel()
	ios, _, out, errOut := Test()
	if code := Main([]string{"scan", "../../../seeds"}, ios); code != ExitOK {
		t.Fatalf("exit %d", code)
	}
	if errOut.Len() != 0 {
		t.Errorf("stderr not empty on a pipe: %q", errOut)
	}
	if !strings.HasPrefix(out.String(), "4 files") {
		t.Errorf("stdout %q", out)
	}
	ios, _, _, errOut = Test()
	ios.ErrTTY = true
	if code := Main([]string{"scan", "-q", "../../../seeds"}, ios); code != ExitOK || errOut.Len() != 0 {
		t.Errorf("--quiet drew progress: %q", errOut)
	}
}
