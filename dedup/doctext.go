package dedup

import (
	"os"

	"github.com/dedup/dedup/dedup/input"
	"github.com/dedup/dedup/dedup/segment"
)

// DocText is a document's text as a report shows it: its lines, numbered
// from StartLine (or by LineNumbers, when the lines are not consecutive
// lines of the file: a web page's extracted text).
type DocText struct {
	StartLine   int      `json:"start_line,omitempty"`
	Lines       []string `json:"lines"`
	LineNumbers []int    `json:"line_numbers,omitempty"`
}

// ClusteredText reads back the text of the documents in r's clusters,
// decoded as the scan read them: a text file's lines from the document's
// first line to its last, a record's text, a web page's extracted lines.
// Files that cannot be read again are left out (their documents are shown
// without text) and returned.
func ClusteredText(r *Result, o Options) (map[string]DocText, []*FileError) {
	byPath := map[string][]Member{}
	for _, c := range r.Clusters {
		for _, m := range c.Members {
			byPath[m.Path] = append(byPath[m.Path], m)
		}
	}
	out := map[string]DocText{}
	var errs []*FileError
	for path, ms := range byPath {
		raw, err := os.ReadFile(path)
		if err != nil {
			errs = append(errs, fileError(path, err))
			continue
		}
		text, _, err := input.Decode(raw, o.Encoding)
		if err != nil {
			errs = append(errs, &FileError{Path: path, Err: err})
			continue
		}
		switch format := input.FormatOf(path, o.InputFormat); format {
		case input.FormatText:
			lines, err := segment.Lines(text)
			if err != nil {
				errs = append(errs, textError(path, err))
				continue
			}
			for _, m := range ms {
				if m.StartLine >= 1 && m.EndLine <= len(lines) && m.StartLine <= m.EndLine {
					out[m.Doc] = DocText{StartLine: m.StartLine, Lines: lines[m.StartLine-1 : m.EndLine]}
				}
			}
		case input.FormatHTML:
			t, lineOf, _ := input.HTMLText(text)
			lines, _ := segment.Lines(t)
			for _, m := range ms {
				var dt DocText
				for i, l := range lines {
					if i < len(lineOf) && lineOf[i] >= m.StartLine && lineOf[i] <= m.EndLine {
						dt.Lines, dt.LineNumbers = append(dt.Lines, l), append(dt.LineNumbers, lineOf[i])
					}
				}
				out[m.Doc] = dt
			}
		default:
			recs, _, err := input.Records(format, text, o.fields())
			if err != nil {
				errs = append(errs, &FileError{Path: path, Err: err})
				continue
			}
			at := map[int]input.Record{}
			for _, rec := range recs {
				at[rec.Line] = rec
			}
			for _, m := range ms {
				if rec, ok := at[m.StartLine]; ok {
					lines, _ := segment.Lines([]byte(rec.Text))
					dt := DocText{Lines: lines}
					for range lines {
						dt.LineNumbers = append(dt.LineNumbers, rec.Line)
					}
					out[m.Doc] = dt
				}
			}
		}
	}
	sortErrors(errs)
	return out, errs
}
