// Command repocheck fails when the repository tracks a build artefact: an
// executable (ELF, Mach-O or PE) anywhere, or a file over 1 MB outside
// testdata/ and seeds/. It also requires a .gitignore at the top. CI runs
// it on every clone so a compiled test binary or a profile committed by
// mistake is named and refused.
//
// Usage:
//
//	go run ./cmd/repocheck [DIR]
//
// DIR defaults to the current directory and must be inside a git work
// tree. Exit status 0 means clean, 1 means artefacts were found (each
// named on stderr), 2 means the check itself could not run.
package main

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
)

// maxSize is the largest file tracked outside the data folders.
const maxSize = 1 << 20

// dataDirs may hold large files: corpora and fixtures, never build output.
var dataDirs = []string{"testdata/", "seeds/"}

func main() {
	dir := "."
	if len(os.Args) > 2 {
		fmt.Fprintln(os.Stderr, "usage: repocheck [DIR]")
		os.Exit(2)
	}
	if len(os.Args) == 2 {
		dir = os.Args[1]
	}
	problems, err := check(dir)
	if err != nil {
		fmt.Fprintf(os.Stderr, "repocheck: error: %v\n", err)
		os.Exit(2)
	}
	for _, p := range problems {
		fmt.Fprintf(os.Stderr, "repocheck: %s\n", p)
	}
	if len(problems) > 0 {
		fmt.Fprintf(os.Stderr, "repocheck: %d problem(s): remove build artefacts with 'git rm --cached' and list them in .gitignore\n", len(problems))
		os.Exit(1)
	}
}

// check returns one line per problem in the repository at dir: tracked
// artefacts, in git's order, then a missing .gitignore.
func check(dir string) ([]string, error) {
	cmd := exec.Command("git", "-C", dir, "ls-files", "-z")
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		return nil, fmt.Errorf("git ls-files in %s: %v: %s", dir, err, strings.TrimSpace(stderr.String()))
	}
	var problems []string
	for _, name := range strings.Split(string(out), "\x00") {
		if name == "" {
			continue
		}
		why, err := artefact(filepath.Join(dir, name), name)
		if err != nil {
			return nil, err
		}
		if why != "" {
			problems = append(problems, name+": "+why)
		}
	}
	if _, err := os.Stat(filepath.Join(dir, ".gitignore")); errors.Is(err, os.ErrNotExist) {
		problems = append(problems, ".gitignore: missing")
	}
	return problems, nil
}

// artefact says why the tracked file at path (name relative to the top)
// is a build artefact, or "" when it is not. A tracked file deleted from
// the work tree is not one.
func artefact(path, name string) (string, error) {
	f, err := os.Open(path)
	if errors.Is(err, os.ErrNotExist) {
		return "", nil
	}
	if err != nil {
		return "", err
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return "", err
	}
	if !st.Mode().IsRegular() {
		return "", nil
	}
	head := make([]byte, 512)
	n, err := io.ReadFull(f, head)
	if err != nil && err != io.ErrUnexpectedEOF && err != io.EOF {
		return "", fmt.Errorf("%s: %w", name, err)
	}
	if kind := executableKind(head[:n], f); kind != "" {
		return kind + " executable", nil
	}
	if st.Size() > maxSize && !inDataDir(name) {
		return fmt.Sprintf("%d bytes, over %d outside %s", st.Size(), maxSize, strings.Join(dataDirs, " and ")), nil
	}
	return "", nil
}

func inDataDir(name string) bool {
	for _, d := range dataDirs {
		if strings.HasPrefix(name, d) || strings.Contains(name, "/"+d) {
			return true
		}
	}
	return false
}

// executableKind names the executable format whose magic number head
// starts with: ELF, Mach-O (thin or universal) or PE. A PE file starts
// with "MZ" and has "PE\0\0" where its DOS header points, which plain
// text starting with "MZ" does not.
func executableKind(head []byte, r io.ReaderAt) string {
	switch {
	case bytes.HasPrefix(head, []byte("\x7fELF")):
		return "ELF"
	case len(head) >= 4 && isMachO(binary.BigEndian.Uint32(head)):
		return "Mach-O"
	case bytes.HasPrefix(head, []byte("MZ")) && len(head) >= 0x40:
		off := int64(binary.LittleEndian.Uint32(head[0x3c:]))
		sig := make([]byte, 4)
		if _, err := r.ReadAt(sig, off); err == nil && string(sig) == "PE\x00\x00" {
			return "PE"
		}
	}
	return ""
}

func isMachO(magic uint32) bool {
	switch magic {
	case 0xfeedface, 0xfeedfacf, 0xcefaedfe, 0xcffaedfe, // thin, both byte orders
		0xcafebabf, 0xbfbafeca: // universal 64-bit; 0xcafebabe is also a Java class file
		return true
	}
	return false
}
