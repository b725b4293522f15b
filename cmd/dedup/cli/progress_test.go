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
	screen, out, code := onPty(t, "scan", "../../../seeds")
	if code != ExitOK {
		t.Fatalf("exit %d", code)
	}
	if !strings.Contains(screen, "reading") || !strings.Contains(screen, "documents") {
		t.Errorf("no progress bar on the terminal: %q", screen)
	}
	if strings.Contains(out, "reading") || !strings.HasPrefix(out, "4 files, 10 documents") {
		t.Errorf("stdout has progress or lacks the report: %q", out)
	}
	// index add and check read files the same way and show the same bar.
	idx := t.TempDir() + "/seen.idx"
	for _, args := range [][]string{
		{"index", "add", "--index", idx, "../../../seeds/001_56dba68fe8242c6c.txt"},
		{"check", "--index", idx, "../../../seeds"},
	} {
		screen, out, _ := onPty(t, args...)
		if !strings.Contains(screen, "reading") || strings.Contains(out, "reading") {
			t.Errorf("%v: progress %q, stdout %q", args, screen, out)
		}
	}
}

// onPty runs dedup with standard error on a pseudo-terminal and returns
// what the terminal showed, standard output and the exit code.
func onPty(t *testing.T, args ...string) (screen, out string, code int) {
	t.Helper()
	ptmx, tty, err := pty.Open()
	if err != nil {
		t.Skipf("no pseudo-terminal: %v", err)
	}
	defer ptmx.Close()
	var scr bytes.Buffer
	done := make(chan struct{})
	go func() { io.Copy(&scr, ptmx); close(done) }()

	var stdout bytes.Buffer
	ios := &IOStreams{Out: &stdout, ErrOut: tty, ErrTTY: term.IsTerminal(int(tty.Fd()))}
	if !ios.ErrTTY {
		t.Fatal("a pty is not seen as a terminal")
	}
	code = Main(args, ios)
	tty.Close()
	<-done
	return scr.String(), stdout.String(), code
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
