package rawfile

import (
	"bytes"
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"testing"
)

func TestReadAll(t *testing.T) {
	dir := t.TempDir()
	for _, size := range []int{0, 1, 511, 512, 4096, 1 << 20} {
		want := bytes.Repeat([]byte("abcdefg\n"), size/8+1)[:size]
		path := filepath.Join(dir, "f")
		if err := os.WriteFile(path, want, 0o644); err != nil {
			t.Fatal(err)
		}
		for _, buf := range [][]byte{nil, make([]byte, 3), make([]byte, 2<<20)} {
			got, err := ReadAll(path, buf)
			if err != nil || !bytes.Equal(got, want) {
				t.Fatalf("size %d, buffer %d: %d bytes, %v", size, len(buf), len(got), err)
			}
		}
	}
}

// TestReadAllPseudoFile reads a file whose size is reported as zero but
// which has content, as /proc files do.
func TestReadAllPseudoFile(t *testing.T) {
	want, err := os.ReadFile("/proc/self/status")
	if err != nil {
		t.Skip("no /proc here")
	}
	got, err := ReadAll("/proc/self/status", nil)
	if err != nil || len(got) == 0 || !bytes.HasPrefix(got, want[:5]) {
		t.Fatalf("ReadAll(/proc/self/status) = %d bytes, %v; os.ReadFile read %d", len(got), err, len(want))
	}
}

// TestErrorsLikeOS checks that errors name the operation, the path and the
// same cause as the os package's.
func TestErrorsLikeOS(t *testing.T) {
	dir := t.TempDir()
	missing := filepath.Join(dir, "missing.txt")
	_, err := ReadAll(missing, nil)
	_, osErr := os.ReadFile(missing)
	if err == nil || err.Error() != osErr.Error() || !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("missing file: %v, os says %v", err, osErr)
	}
	_, err = ReadAll(dir, nil)
	_, osErr = os.ReadFile(dir)
	var pe *fs.PathError
	if err == nil || !errors.As(err, &pe) || !errors.Is(err, errors.Unwrap(osErr)) {
		t.Errorf("directory: %v, os says %v", err, osErr)
	}
}

func TestReadAt(t *testing.T) {
	path := filepath.Join(t.TempDir(), "f")
	if err := os.WriteFile(path, []byte("0123456789"), 0o644); err != nil {
		t.Fatal(err)
	}
	f, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	p := make([]byte, 4)
	if n, err := f.ReadAt(p, 3); n != 4 || err != nil || string(p) != "3456" {
		t.Errorf("ReadAt(4, 3) = %d %v %q", n, err, p)
	}
	if n, err := f.ReadAt(p, 8); n != 2 || err != io.EOF {
		t.Errorf("ReadAt past the end = %d, %v; want 2, EOF", n, err)
	}
	if size, err := f.Size(); size != 10 || err != nil {
		t.Errorf("Size = %d, %v", size, err)
	}
}
