package report

import (
	"bytes"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/olekukonko/tablewriter"
	"github.com/olekukonko/tablewriter/renderer"
	"github.com/olekukonko/tablewriter/tw"

	"github.com/dedup/dedup/dedup"
)

// TableOptions control [Table].
type TableOptions struct {
	// Terminal draws box borders for a terminal; otherwise columns are
	// separated by spaces only, which is easier to read in logs and to
	// process with cut or awk.
	Terminal bool
	// TitleWidth truncates titles to this many characters (0: 50).
	TitleWidth int
}

// Table writes a summary line and one table per cluster.
func Table(w io.Writer, r *dedup.Result, o TableOptions) error {
	if o.TitleWidth <= 0 {
		o.TitleWidth = 50
	}
	s := r.Stats
	fmt.Fprintf(w, "%s, %s, %s, %s (threshold %.2f, %d bands × %d rows)\n",
		plural(s.Files, "file"), plural(s.Documents, "document"),
		plural(s.CandidatePairs, "candidate pair"), plural(s.Clusters, "cluster"),
		r.Params.Threshold, r.Params.Bands, r.Params.Rows)
	if s.SkippedShort > 0 {
		fmt.Fprintf(w, "%s under %d words not compared\n", plural(s.SkippedShort, "document"), r.Params.MinWords)
	}
	if s.CappedBuckets > 0 {
		fmt.Fprintf(w, "%s too large to compare in full (shared boilerplate?)\n", plural(s.CappedBuckets, "LSH bucket"))
	}
	if len(r.Clusters) == 0 {
		fmt.Fprintf(w, "\nNo near-duplicates at similarity %.2f or above.\n", r.Params.Threshold)
	}
	for _, c := range r.Clusters {
		fmt.Fprintf(w, "\nCluster %d: %s\n", c.ID, plural(c.Size, "document"))
		var rows [][]string
		for i, m := range c.Members {
			sim := fmt.Sprintf("%.4f", m.Similarity)
			if i == 0 {
				sim = "representative"
			}
			rows = append(rows, []string{
				fmt.Sprintf("%s:%d-%d", m.Path, m.StartLine, m.EndLine),
				orDash(truncate(m.Title, o.TitleWidth, o.Terminal)),
				orDash(joinNonEmpty(", ", m.Byline, m.Source)),
				fmt.Sprint(m.Words),
				sim,
			})
		}
		if err := renderTable(w, o.Terminal, 2, []string{"Document", "Title", "Source", "Words", "Similarity"}, rows); err != nil {
			return err
		}
	}
	if r.Passages != nil {
		if err := passageTable(w, r, o); err != nil {
			return err
		}
	}
	if len(r.Contained) > 0 {
		fmt.Fprintf(w, "\nCopies inside longer documents (an article boundary was not seen): %d\n", len(r.Contained))
		var rows [][]string
		for _, c := range r.Contained {
			rows = append(rows, []string{
				c.A.Doc,
				fmt.Sprintf("%s:%d-%d (within %d-%d)", c.B.Path, c.AlignedStartLine, c.AlignedEndLine, c.B.StartLine, c.B.EndLine),
				fmt.Sprintf("%.4f", c.Containment), fmt.Sprintf("%.4f", c.Jaccard),
			})
		}
		if err := renderTable(w, o.Terminal, 2, []string{"Document", "Copy at", "Containment", "Jaccard"}, rows); err != nil {
			return err
		}
	}
	if len(r.TemplateLines) > 0 {
		// The most frequent few; JSON lists them all.
		const shown = 5
		fmt.Fprintf(w, "\nTemplate lines left out of the comparison (repeated across unrelated documents): %d\n", len(r.TemplateLines))
		var rows [][]string
		for _, t := range r.TemplateLines[:min(shown, len(r.TemplateLines))] {
			rows = append(rows, []string{truncate(t.Text, o.TitleWidth, o.Terminal), fmt.Sprint(t.Documents)})
		}
		if len(r.TemplateLines) > shown {
			rows = append(rows, []string{fmt.Sprintf("… %d more (see --format json)", len(r.TemplateLines)-shown), ""})
		}
		if err := renderTable(w, o.Terminal, 1, []string{"Line", "Documents"}, rows); err != nil {
			return err
		}
	}
	if len(r.TitleCollisions) > 0 {
		fmt.Fprintf(w, "\nHeadline collisions (same or nearly the same title, different story): %d\n", len(r.TitleCollisions))
		var rows [][]string
		for _, c := range r.TitleCollisions {
			rows = append(rows, []string{c.A.Doc, c.B.Doc, truncate(c.TitleA, o.TitleWidth, o.Terminal), fmt.Sprintf("%.4f", c.Similarity)})
		}
		if err := renderTable(w, o.Terminal, 1, []string{"Document", "Other document", "Title", "Title similarity"}, rows); err != nil {
			return err
		}
	}
	return nil
}

// passageTable lists the passages shared outside clusters.
func passageTable(w io.Writer, r *dedup.Result, o TableOptions) error {
	fmt.Fprintf(w, "\nShared passages of %d words or more outside clusters: %d\n", r.Params.MinPassage, len(r.Passages))
	if len(r.Passages) == 0 {
		return nil
	}
	var rows [][]string
	for _, p := range r.Passages {
		rows = append(rows, []string{
			fmt.Sprintf("%s:%d-%d", p.A.Path, p.A.StartLine, p.A.EndLine),
			fmt.Sprintf("%s:%d-%d", p.B.Path, p.B.StartLine, p.B.EndLine),
			truncate(p.Text, 60, o.Terminal),
			fmt.Sprint(p.Words),
		})
	}
	return renderTable(w, o.Terminal, 1, []string{"Passage in", "Also in", "Text", "Words"}, rows)
}

// renderTable writes one table: boxed for a terminal, plain columns
// otherwise. The last right columns (numbers) are right-aligned.
func renderTable(w io.Writer, terminal bool, right int, header []string, rows [][]string) error {
	var buf bytes.Buffer
	t := newTable(&buf, terminal, len(header), right)
	t.Header(header)
	for _, r := range rows {
		if err := t.Append(r); err != nil {
			return err
		}
	}
	if err := t.Render(); err != nil {
		return err
	}
	if !terminal {
		trimLines(&buf)
	}
	_, err := w.Write(buf.Bytes())
	return err
}

// trimLines removes the padding the borderless table leaves at both ends of
// each line.
func trimLines(buf *bytes.Buffer) {
	lines := strings.Split(strings.TrimRight(buf.String(), "\n"), "\n")
	for i, l := range lines {
		lines[i] = strings.TrimRight(strings.TrimPrefix(l, " "), " ")
	}
	buf.Reset()
	buf.WriteString(strings.Join(lines, "\n") + "\n")
}

func newTable(w io.Writer, terminal bool, cols, right int) *tablewriter.Table {
	align := make([]tw.Align, cols)
	for i := range align {
		align[i] = tw.AlignLeft
		if i >= cols-right {
			align[i] = tw.AlignRight
		}
	}
	cfg := tablewriter.WithConfig(tablewriter.Config{
		Row:    tw.CellConfig{Formatting: tw.CellFormatting{AutoWrap: tw.WrapNone}, Alignment: tw.CellAlignment{PerColumn: align}},
		Header: tw.CellConfig{Formatting: tw.CellFormatting{AutoWrap: tw.WrapNone}, Alignment: tw.CellAlignment{PerColumn: align}},
	})
	if terminal {
		return tablewriter.NewTable(w, cfg, tablewriter.WithRenderer(renderer.NewBlueprint(tw.Rendition{Symbols: tw.NewSymbols(tw.StyleLight)})))
	}
	return tablewriter.NewTable(w, cfg, tablewriter.WithRenderer(renderer.NewBlueprint(tw.Rendition{
		Borders:  tw.BorderNone,
		Symbols:  tw.NewSymbols(tw.StyleNone),
		Settings: tw.Settings{Separators: tw.SeparatorsNone, Lines: tw.LinesNone},
	})))
}

func plural(n int, word string) string {
	if n == 1 {
		return fmt.Sprintf("1 %s", word)
	}
	return fmt.Sprintf("%d %ss", n, word)
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

func joinNonEmpty(sep string, parts ...string) string {
	var keep []string
	for _, p := range parts {
		if p != "" {
			keep = append(keep, p)
		}
	}
	return strings.Join(keep, sep)
}

// truncate shortens s to n characters, marking the cut.
func truncate(s string, n int, terminal bool) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	mark := "..."
	if terminal {
		mark = "…"
	}
	r := []rune(s)
	return strings.TrimSpace(string(r[:n-utf8.RuneCountInString(mark)])) + mark
}
