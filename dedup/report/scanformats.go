package report

import (
	"encoding/csv"
	"fmt"
	"io"
	"strconv"

	"github.com/dedup/dedup/dedup"
)

// ScanMarkdown writes a scan result as Markdown: a summary line and a
// table per cluster, for a pull-request comment or an issue.
func ScanMarkdown(w io.Writer, r *dedup.Result) error {
	s := r.Stats
	fmt.Fprintf(w, "### dedup: %s\n\n", plural(s.Clusters, "cluster"))
	fmt.Fprintf(w, "%s in %s compared at threshold %.2f; %s verified.\n",
		plural(s.Documents, "document"), plural(s.Files, "file"), r.Params.Threshold, plural(s.VerifiedPairs, "pair"))
	for _, c := range r.Clusters {
		fmt.Fprintf(w, "\n**Cluster %d**\n\n| document | title | source | words | similarity |\n|---|---|---|---:|---:|\n", c.ID)
		for _, m := range c.Members {
			fmt.Fprintf(w, "| `%s` | %s | %s | %d | %.4f |\n", m.Doc, mdEscape(m.Title), mdEscape(joinNonEmpty(", ", m.Byline, m.Source)), m.Words, m.Similarity)
		}
	}
	if len(r.Contained) > 0 {
		fmt.Fprintf(w, "\n**Copies inside longer documents**\n\n| document | copy at | containment |\n|---|---|---:|\n")
		for _, c := range r.Contained {
			fmt.Fprintf(w, "| `%s` | `%s:%d-%d` | %.4f |\n", c.A.Doc, c.B.Path, c.AlignedStartLine, c.AlignedEndLine, c.Containment)
		}
	}
	return nil
}

// ScanCSV writes a scan result as CSV: one row per cluster member.
func ScanCSV(w io.Writer, r *dedup.Result) error {
	cw := csv.NewWriter(w)
	cw.Write([]string{"cluster", "doc", "path", "start_line", "end_line", "title", "source", "words", "similarity"})
	for _, c := range r.Clusters {
		for _, m := range c.Members {
			cw.Write([]string{strconv.Itoa(c.ID), m.Doc, m.Path, strconv.Itoa(m.StartLine), strconv.Itoa(m.EndLine),
				m.Title, joinNonEmpty(", ", m.Byline, m.Source), strconv.Itoa(m.Words), strconv.FormatFloat(m.Similarity, 'f', 4, 64)})
		}
	}
	cw.Flush()
	return cw.Error()
}
