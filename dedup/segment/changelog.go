package segment

import (
	"regexp"
	"strings"
)

// debianEntryRE is the first line of an entry of a Debian changelog:
// "package (version) distribution; urgency=medium".
var debianEntryRE = regexp.MustCompile(`^[a-z0-9][a-z0-9+.-]* \([^()\s]+\) [^;]+; urgency=\w+`)

// changelog is the one block of a Debian changelog, a file that opens
// with an entry's line: a list of dated entries, each closed by its
// maintainer's name and date, is one document, not a stream of articles.
// It is nil for other files.
func changelog(lines []string, kinds []kind) []block {
	first := firstContent(kinds)
	if first < 0 || !strings.Contains(lines[first], "urgency=") || !debianEntryRE.MatchString(lines[first]) {
		return nil
	}
	return []block{{start: first, lines: []int{first}, title: strings.TrimSpace(lines[first])}}
}
