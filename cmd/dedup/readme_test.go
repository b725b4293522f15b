package main

import (
	"bytes"
	"os"
	"strings"
	"testing"

	"github.com/dedup/dedup/cmd/dedup/cli"
)

// TestReadmeScanFlags: the flag list in README.md is what dedup scan
// --help prints, so a new flag cannot go undocumented.
func TestReadmeScanFlags(t *testing.T) {
	var out bytes.Buffer
	if code := cli.Main([]string{"scan", "--help"}, &cli.IOStreams{In: strings.NewReader(""), Out: &out, ErrOut: &out}); code != 0 {
		t.Fatalf("scan --help: status %d: %s", code, out.String())
	}
	help := out.String()
	_, flags, ok := strings.Cut(help, "Flags:\n")
	if !ok {
		t.Fatalf("no Flags: in help:\n%s", help)
	}
	readme, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	_, block, ok := strings.Cut(string(readme), "## Flags of `dedup scan`\n\n```\n")
	if !ok {
		t.Fatal("README.md has no flags block for dedup scan")
	}
	block, _, _ = strings.Cut(block, "```")
	if strings.TrimSpace(block) != strings.TrimSpace(flags) {
		t.Errorf("README.md's flags of dedup scan differ from --help; replace the block with:\n%s", flags)
	}
}
