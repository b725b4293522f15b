package input

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"path"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Formats of input files.
const (
	FormatAuto  = "auto"  // from the name: .jsonl/.ndjson, .csv, .tsv, else text
	FormatText  = "text"  // plain text and Markdown, split into articles
	FormatJSONL = "jsonl" // JSON Lines: one document per record
	FormatCSV   = "csv"   // comma-separated values with a header row
	FormatTSV   = "tsv"   // tab-separated values with a header row
)

// CheckFormat reports a format name Records would refuse.
func CheckFormat(f string) error {
	switch f {
	case "", FormatAuto, FormatText, FormatJSONL, FormatCSV, FormatTSV, FormatHTML, FormatWARC, FormatParquet:
		return nil
	}
	return fmt.Errorf("unknown input format %q (known: auto, text, jsonl, csv, tsv, html, warc, parquet)", f)
}

// FormatOf returns the format of the file called name: format itself
// unless it is auto, else the one its extension (compression extension
// aside) names.
func FormatOf(name, format string) string {
	if format != "" && format != FormatAuto {
		return format
	}
	switch strings.ToLower(path.Ext(BaseName(name))) {
	case ".jsonl", ".ndjson":
		return FormatJSONL
	case ".csv":
		return FormatCSV
	case ".tsv", ".tab":
		return FormatTSV
	case ".html", ".htm", ".xhtml":
		return FormatHTML
	case ".warc":
		return FormatWARC
	case ".parquet", ".pq":
		return FormatParquet
	}
	return FormatText
}

// Fields names the fields (JSON Lines: dotted paths into the object) or
// columns (CSV, TSV) documents are read from. Text is required; the others
// are carried into reports when present.
type Fields struct {
	Text, ID, Title, URL, Date, Source string
}

// DefaultFields are the usual names.
func DefaultFields() Fields {
	return Fields{Text: "text", ID: "id", Title: "title", URL: "url", Date: "date", Source: "source"}
}

// Record is one document of a record file.
type Record struct {
	// Line and EndLine are the record's first and last lines in the file
	// (a CSV field may hold line breaks).
	Line, EndLine int
	ID            string
	Text          string
	Title, URL    string
	Date, Source  string
}

// RecordError is a record that could not be read; the others still are.
type RecordError struct {
	Line int
	Err  error
}

func (e *RecordError) Error() string { return fmt.Sprintf("%d: %v", e.Line, e.Err) }
func (e *RecordError) Unwrap() error { return e.Err }

// ErrNoText means a record has no text field, or it is not a string.
var ErrNoText = errors.New("no text field")

// ErrNoColumn means a table (CSV, TSV, Parquet) has no column of the text
// field's name.
var ErrNoColumn = errors.New("no such column")

// Records reads the records of data in format (jsonl, csv or tsv). A
// record that cannot be read is left out and described in bad; err is for
// a file that cannot be read at all (a CSV file without its text column).
func Records(format string, data []byte, f Fields) (recs []Record, bad []*RecordError, err error) {
	switch format {
	case FormatJSONL:
		recs, bad = jsonLines(data, f)
	case FormatCSV, FormatTSV:
		recs, bad, err = table(data, f, format == FormatTSV)
	case FormatWARC:
		recs, bad = warcRecords(data)
	case FormatParquet:
		recs, bad, err = parquetRecords(data, f)
	default:
		return nil, nil, fmt.Errorf("not a record format: %q", format)
	}
	// Text the splitter would refuse is refused here, at the record's
	// own line.
	kept := recs[:0]
	for _, r := range recs {
		switch {
		case strings.IndexByte(r.Text, 0) >= 0:
			bad = append(bad, &RecordError{Line: r.Line, Err: errors.New("text holds NUL bytes")})
		case !utf8.ValidString(r.Text):
			bad = append(bad, &RecordError{Line: r.Line, Err: errors.New("text is not valid UTF-8")})
		default:
			kept = append(kept, r)
		}
	}
	slices.SortFunc(bad, func(a, b *RecordError) int { return a.Line - b.Line })
	return kept, bad, err
}

func jsonLines(data []byte, f Fields) ([]Record, []*RecordError) {
	var recs []Record
	var bad []*RecordError
	line := 0
	for len(data) > 0 {
		line++
		var l []byte
		if i := bytes.IndexByte(data, '\n'); i >= 0 {
			l, data = data[:i], data[i+1:]
		} else {
			l, data = data, nil
		}
		l = bytes.TrimSpace(l)
		if len(l) == 0 {
			continue
		}
		// Only the fields asked for are decoded; the rest of a record is
		// skipped over as raw JSON.
		var obj map[string]json.RawMessage
		if err := json.Unmarshal(l, &obj); err != nil {
			bad = append(bad, &RecordError{Line: line, Err: fmt.Errorf("not a JSON object: %w", err)})
			continue
		}
		text, ok := str(field(obj, f.Text))
		if !ok {
			bad = append(bad, &RecordError{Line: line, Err: fmt.Errorf("%w %q", ErrNoText, f.Text)})
			continue
		}
		recs = append(recs, Record{
			Line: line, EndLine: line, Text: text,
			ID: scalar(field(obj, f.ID)), Title: scalar(field(obj, f.Title)), URL: scalar(field(obj, f.URL)),
			Date: scalar(field(obj, f.Date)), Source: scalar(field(obj, f.Source)),
		})
	}
	return recs, bad
}

// field follows a dotted path ("meta.title") into a JSON object.
func field(obj map[string]json.RawMessage, name string) json.RawMessage {
	if name == "" {
		return nil
	}
	if v, ok := obj[name]; ok {
		return v
	}
	head, rest, ok := strings.Cut(name, ".")
	if !ok {
		return nil
	}
	var sub map[string]json.RawMessage
	if json.Unmarshal(obj[head], &sub) != nil {
		return nil
	}
	return field(sub, rest)
}

// str decodes a JSON string (already checked as valid JSON by the
// decoder that cut it out): one without escapes is its bytes.
func str(raw json.RawMessage) (string, bool) {
	if len(raw) < 2 || raw[0] != '"' {
		return "", false
	}
	if inner := raw[1 : len(raw)-1]; bytes.IndexByte(inner, '\\') < 0 && utf8.Valid(inner) {
		return string(inner), true
	}
	var s string
	if json.Unmarshal(raw, &s) != nil {
		return "", false
	}
	return s, true
}

// scalar writes a JSON string, number or boolean as text; anything else
// is "".
func scalar(raw json.RawMessage) string {
	if s, ok := str(raw); ok {
		return s
	}
	t := string(bytes.TrimSpace(raw))
	if t == "true" || t == "false" {
		return t
	}
	if _, err := strconv.ParseFloat(t, 64); err == nil {
		return t
	}
	return ""
}

func table(data []byte, f Fields, tabs bool) ([]Record, []*RecordError, error) {
	r := csv.NewReader(bytes.NewReader(data))
	r.FieldsPerRecord = 0 // as many as the header row: a row with more or fewer is refused
	r.ReuseRecord = false
	if tabs {
		r.Comma = '\t'
		r.LazyQuotes = true
	}
	header, err := r.Read()
	if err != nil {
		if err == io.EOF {
			return nil, nil, errors.New("no header row")
		}
		return nil, nil, fmt.Errorf("header row: %w", err)
	}
	col := map[string]int{}
	for i, h := range header {
		h = strings.TrimPrefix(strings.TrimSpace(h), "\ufeff")
		if _, dup := col[h]; !dup {
			col[h] = i
		}
	}
	textCol, ok := col[f.Text]
	if !ok {
		return nil, nil, fmt.Errorf("%w: %q is not in the header row (columns: %s)", ErrNoColumn, f.Text, strings.Join(header, ", "))
	}
	get := func(row []string, name string) string {
		if i, ok := col[name]; ok && name != "" && i < len(row) {
			return row[i]
		}
		return ""
	}
	var recs []Record
	var bad []*RecordError
	lastBad := 0
	for {
		row, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			line := 0
			var pe *csv.ParseError
			if errors.As(err, &pe) {
				line = pe.StartLine
			}
			if line <= lastBad {
				break // no progress: the rest cannot be read
			}
			lastBad = line
			bad = append(bad, &RecordError{Line: line, Err: err})
			continue
		}
		line, _ := r.FieldPos(0)
		if textCol >= len(row) {
			bad = append(bad, &RecordError{Line: line, Err: fmt.Errorf("%w %q (the row is short)", ErrNoText, f.Text)})
			continue
		}
		endLine, _ := r.FieldPos(len(row) - 1)
		endLine += strings.Count(row[len(row)-1], "\n")
		recs = append(recs, Record{
			Line: line, EndLine: endLine, Text: row[textCol],
			ID: get(row, f.ID), Title: get(row, f.Title), URL: get(row, f.URL), Date: get(row, f.Date), Source: get(row, f.Source),
		})
	}
	return recs, bad, nil
}

// Layout writes records as text, one after another with a blank line
// between, and returns it with each record's first and last line in it:
// the text a scan shingles and reads back, so records go through the same
// passes as articles of a text file.
func Layout(recs []Record) (text []byte, spans [][2]int) {
	var b bytes.Buffer
	n := 0
	for _, r := range recs {
		n += len(r.Text) + 2
	}
	b.Grow(n)
	line := 1
	spans = make([][2]int, len(recs))
	for i, r := range recs {
		t := strings.ReplaceAll(strings.ReplaceAll(r.Text, "\r\n", "\n"), "\r", "\n")
		t = strings.TrimRight(t, "\n")
		n := strings.Count(t, "\n") + 1
		spans[i] = [2]int{line, line + n - 1}
		b.WriteString(t)
		b.WriteString("\n\n")
		line += n + 1
	}
	return b.Bytes(), spans
}
