package report

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/dedup/dedup/dedup"
)

// highlight and reset are ANSI codes for shared text on a terminal.
const (
	highlight = "\x1b[1;32m"
	reset     = "\x1b[0m"
)

// DiffText explains a comparison: both documents, the similarities, and
// every shared span with its lines in both documents and its text. On a
// terminal the shared text is highlighted; otherwise it is plain.
func DiffText(w io.Writer, c *dedup.Comparison, terminal bool) error {
	for _, d := range []struct {
		label string
		doc   dedup.Document
	}{{"A", c.A}, {"B", c.B}} {
		fmt.Fprintf(w, "%s  %s  %s (%d words)\n", d.label, d.doc.ID, orDash(d.doc.Title), d.doc.Words)
	}
	fmt.Fprintf(w, "\nJaccard %.4f   containment of A in B %.4f   of B in A %.4f   MinHash estimate %.4f\n",
		c.Jaccard, c.ContainmentA, c.ContainmentB, c.Estimate)
	if len(c.Spans) == 0 {
		fmt.Fprintln(w, "\nNo shared span.")
		return nil
	}
	fmt.Fprintf(w, "\n%s:\n", plural(len(c.Spans), "shared span"))
	for _, s := range c.Spans {
		fmt.Fprintf(w, "\n  %d words   A lines %d-%d   B lines %d-%d\n", s.Words, s.AStartLine, s.AEndLine, s.BStartLine, s.BEndLine)
		text := strings.Fields(s.Text)
		cut := ""
		if len(text) > 60 {
			cut = strings.Join(text[len(text)-25:], " ")
			text = text[:25]
		}
		body := strings.Join(text, " ")
		if cut != "" {
			mark := " ... "
			if terminal {
				mark = " … "
			}
			body += mark + cut
		}
		if terminal {
			body = highlight + body + reset
		}
		fmt.Fprintf(w, "  %s\n", body)
	}
	return nil
}

// DiffJSON writes a comparison as indented JSON.
func DiffJSON(w io.Writer, c *dedup.Comparison) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(c)
}
