// Command dedup finds near-duplicate text: the same article syndicated by
// several outlets, re-titled, trimmed, wrapped in boilerplate, or pasted
// twice into one aggregated file. See README.md and `dedup --help`.
package main

import (
	"os"

	"github.com/dedup/dedup/cmd/dedup/cli"
)

func main() {
	os.Exit(cli.Main(os.Args[1:], cli.System()))
}
