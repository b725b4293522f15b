package cli

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/dedup/dedup/dedup/index"
)

// TestIndexLocked: while another process holds the index's writer lock, a
// second writer fails at once with exit 2 and says so, and the index is
// untouched.
func TestIndexLocked(t *testing.T) {
	t.Parallel()
	idx := filepath.Join(t.TempDir(), "seen.idx")
	unlock, err := index.Lock(idx)
	if err != nil {
		t.Fatal(err)
	}
	defer unlock()
	for _, args := range [][]string{
		{"index", "add", "--index", idx, "../../../seeds/001_56dba68fe8242c6c.txt"},
		{"index", "rm", "--index", idx, "x.txt"},
		{"check", "--update=always", "--index", idx, "../../../seeds/001_56dba68fe8242c6c.txt"},
	} {
		ios, _, _, errOut := Test()
		if code := Main(args, ios); code != ExitError {
			t.Errorf("%v: exit %d, want 2", args, code)
		}
		if !strings.Contains(errOut.String(), "dedup: error: index "+idx+": index is locked by another dedup process\n") ||
			!strings.Contains(errOut.String(), "dedup: hint: wait for the other dedup to finish") {
			t.Errorf("%v: stderr %q", args, errOut)
		}
	}
	if ix, err := index.Read(idx); err != nil || len(ix.Entries) != 0 {
		t.Errorf("index changed under the lock: %v %v", err, ix)
	}
}
