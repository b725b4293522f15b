package main

import (
	"encoding/binary"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"testing"
)

// scratchRepo makes a git repository in a temporary folder with files
// (name -> content) added to its index.
func scratchRepo(t *testing.T, files map[string][]byte) string {
	t.Helper()
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("git is not installed")
	}
	dir := t.TempDir()
	run := func(args ...string) {
		t.Helper()
		cmd := exec.Command("git", append([]string{"-C", dir}, args...)...)
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("git %v: %v\n%s", args, err, out)
		}
	}
	run("init", "-q")
	for name, data := range files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	run("add", "-f", ".")
	return dir
}

func pe() []byte {
	b := make([]byte, 0x100)
	copy(b, "MZ")
	binary.LittleEndian.PutUint32(b[0x3c:], 0x80)
	copy(b[0x80:], "PE\x00\x00")
	return b
}

func TestCheck(t *testing.T) {
	big := make([]byte, maxSize+1)
	for i := range big {
		big[i] = 'a'
	}
	machO := binary.BigEndian.AppendUint32(nil, 0xcffaedfe)
	dir := scratchRepo(t, map[string][]byte{
		".gitignore":                    []byte("*.test\n"),
		"main.go":                       []byte("package main\n"),
		"pkg/pkg.test":                  append([]byte("\x7fELF\x02\x01\x01"), make([]byte, 100)...),
		"bin/tool":                      append(machO, make([]byte, 100)...),
		"win/tool.exe":                  pe(),
		"notes/mz.txt":                  []byte("MZ is how this note starts, and it is text\n" + string(make([]byte, 100))),
		"cpu.prof":                      big,
		"testdata/corpus.txt":           big,
		"cmd/x/testdata/big.txt":        big,
		"seeds/big.txt":                 big,
		"small/exactly-one-mb.txt":      big[:maxSize],
		"docs/java/Hello.class":         binary.BigEndian.AppendUint32(nil, 0xcafebabe),
		"dedup/segment/segment_test.go": []byte("package segment\n"),
	})
	got, err := check(dir)
	if err != nil {
		t.Fatal(err)
	}
	want := []string{
		"bin/tool: Mach-O executable",
		"cpu.prof: 1048577 bytes, over 1048576 outside testdata/ and seeds/",
		"pkg/pkg.test: ELF executable",
		"win/tool.exe: PE executable",
	}
	if !slices.Equal(got, want) {
		t.Errorf("check found\n%q\nwant\n%q", got, want)
	}
}

func TestCheckClean(t *testing.T) {
	dir := scratchRepo(t, map[string][]byte{
		".gitignore": []byte("*.test\n"),
		"main.go":    []byte("package main\n"),
	})
	if got, err := check(dir); err != nil || len(got) != 0 {
		t.Errorf("clean repository: %q, %v", got, err)
	}
}

func TestCheckMissingGitignore(t *testing.T) {
	dir := scratchRepo(t, map[string][]byte{"main.go": []byte("package main\n")})
	got, err := check(dir)
	if err != nil || !slices.Equal(got, []string{".gitignore: missing"}) {
		t.Errorf("got %q, %v", got, err)
	}
}

func TestCheckNotARepository(t *testing.T) {
	if _, err := check(t.TempDir()); err == nil {
		t.Error("no error outside a git repository")
	}
}

// TestCheckThisRepository runs the check on the repository the test is
// in, when it is a git checkout: the same step CI runs.
func TestCheckThisRepository(t *testing.T) {
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("git is not installed")
	}
	if err := exec.Command("git", "-C", "../..", "rev-parse").Run(); err != nil {
		t.Skip("not a git checkout")
	}
	got, err := check("../..")
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range got {
		t.Errorf("tracked artefact: %s", p)
	}
}
