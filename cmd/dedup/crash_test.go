package main

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/dedup/dedup/dedup/index"
)

// TestIndexAddKilled kills `dedup index add` with SIGKILL at several points
// while it indexes a large drop. After every kill the index must open and
// hold exactly the previous documents or all of the new ones, never a mix,
// and the next add must succeed.
func TestIndexAddKilled(t *testing.T) {
	if testing.Short() {
		t.Skip("starts many processes")
	}
	t.Parallel()
	dir := t.TempDir()
	drop := filepath.Join(dir, "drop")
	if err := os.MkdirAll(drop, 0o755); err != nil {
		t.Fatal(err)
	}
	const files = 1500
	words := strings.Fields("the council said new rules on water housing schools and roads would start next year after a long debate in which members argued over cost and timing while residents asked for more detail")
	for i := 0; i < files; i++ {
		var b strings.Builder
		for j := 0; j < 120; j++ {
			fmt.Fprintf(&b, "%s%d ", words[(i*7+j*13)%len(words)], (i*31+j)%97)
		}
		if err := os.WriteFile(filepath.Join(drop, fmt.Sprintf("f%04d.txt", i)), []byte(b.String()+"\n"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	idx := filepath.Join(dir, "seen.idx")
	run := func(kill time.Duration) error {
		cmd := exec.Command(os.Args[0], "index", "add", "--index", idx, drop)
		cmd.Env = append(os.Environ(), "DEDUP_TEST_MAIN=1")
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		if kill > 0 {
			time.Sleep(kill)
			cmd.Process.Signal(syscall.SIGKILL)
		}
		return cmd.Wait()
	}
	// First a small index, so "previous contents" is not just "empty".
	seed := filepath.Join(drop, "f0000.txt")
	cmd := exec.Command(os.Args[0], "index", "add", "--index", idx, seed)
	cmd.Env = append(os.Environ(), "DEDUP_TEST_MAIN=1")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("seed index: %v %s", err, out)
	}
	killed := 0
	for _, d := range []time.Duration{1, 5, 15, 30, 60, 100, 150, 250, 400} {
		err := run(d * time.Millisecond)
		if err != nil {
			killed++
		}
		ix, rerr := index.Read(idx)
		if rerr != nil {
			t.Fatalf("after kill at %v: index unreadable: %v", d, rerr)
		}
		if n := len(ix.Entries); n != 1 && n != files {
			t.Fatalf("after kill at %v: %d documents, want 1 (before) or %d (after)", d, n, files)
		}
		if len(ix.Entries) == files {
			// Start again from the small index for the next kill.
			ix.Entries = ix.Entries[:1]
			if err := index.Write(idx, ix); err != nil {
				t.Fatal(err)
			}
		}
	}
	t.Logf("%d of 9 runs killed before they finished", killed)
	if killed == 0 {
		t.Log("no run was killed mid-way (machine too fast); the index stayed consistent anyway")
	}
	if err := run(0); err != nil {
		t.Fatalf("add after kills: %v", err)
	}
	ix, err := index.Read(idx)
	if err != nil || len(ix.Entries) != files {
		t.Fatalf("final index: %v, %d documents", err, len(ix.Entries))
	}
	leftovers, _ := filepath.Glob(filepath.Join(dir, ".seen.idx.tmp*"))
	if len(leftovers) != 0 {
		t.Errorf("temporary files left after a successful add: %v", leftovers)
	}
}
