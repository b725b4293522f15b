package input

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/parquet-go/parquet-go"
)

// FormatParquet is an Apache Parquet file: each row is one document, read
// from its text column like a CSV row. A row's "line" in reports is its
// row number (1-based).
const FormatParquet = "parquet"

// parquetRecords reads the rows of a Parquet file, row group by row group,
// taking only the columns fields names.
func parquetRecords(data []byte, f Fields) (recs []Record, bad []*RecordError, err error) {
	return ParquetRecordsAt(bytes.NewReader(data), int64(len(data)), f)
}

// ParquetRecordsAt reads the rows of a Parquet file of size bytes from r
// (an open file: only the footer and the columns asked for are read, so a
// shard much larger than its text is not loaded whole).
func ParquetRecordsAt(r io.ReaderAt, size int64, f Fields) (recs []Record, bad []*RecordError, err error) {
	err = ParquetBatches(r, size, f, func(rs []Record, bs []*RecordError) error {
		recs, bad = append(recs, rs...), append(bad, bs...)
		return nil
	})
	return recs, bad, err
}

// Batch limits of ParquetBatches: rows, and bytes of text.
const (
	batchRows  = 4096
	batchBytes = 16 << 20
)

// ParquetBatches reads the rows of a Parquet file as ParquetRecordsAt
// does, but hands them to fn a batch at a time, in row order (up to
// batchRows rows or batchBytes of text), so the text column of a shard is
// never held in memory whole. Records are numbered by row from 1.
func ParquetBatches(r io.ReaderAt, size int64, f Fields, fn func(recs []Record, bad []*RecordError) error) (err error) {
	// The decoder is a library reading user input: a panic in it is a
	// malformed file to report, not a crash.
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("parquet: malformed file (%v)", r)
		}
	}()
	file, err := parquet.OpenFile(r, size)
	if err != nil {
		return fmt.Errorf("parquet: %w", err)
	}
	schema := file.Schema()
	column := func(name string) int {
		if name == "" {
			return -1
		}
		if leaf, ok := schema.Lookup(strings.Split(name, ".")...); ok {
			return leaf.ColumnIndex
		}
		return -1
	}
	textCol := column(f.Text)
	if textCol < 0 {
		var names []string
		for _, p := range schema.Columns() {
			names = append(names, strings.Join(p, "."))
		}
		return fmt.Errorf("%w: %q is not in the Parquet schema (columns: %s)", ErrNoColumn, f.Text, strings.Join(names, ", "))
	}
	cols := [...]int{column(f.ID), column(f.Title), column(f.URL), column(f.Date), column(f.Source)}
	var recs []Record
	var bad []*RecordError
	textBytes := 0
	flush := func() error {
		if len(recs) == 0 && len(bad) == 0 {
			return nil
		}
		err := fn(recs, bad)
		recs, bad, textBytes = nil, nil, 0
		return err
	}
	err = eachRows(file, func(first int, rows []parquet.Row) error {
		for k, row := range rows {
			rowNum := first + k
			vals := [6]string{}
			have := false
			for _, v := range row {
				if v.IsNull() {
					continue
				}
				switch c := v.Column(); c {
				case textCol:
					vals[0], have = vals[0]+v.String(), true
				default:
					for j, want := range cols {
						if c == want {
							vals[j+1] = v.String()
						}
					}
				}
			}
			if !have {
				bad = append(bad, &RecordError{Line: rowNum, Err: fmt.Errorf("%w %q (null)", ErrNoText, f.Text)})
				continue
			}
			recs = append(recs, Record{Line: rowNum, EndLine: rowNum, Text: vals[0], ID: vals[1], Title: vals[2], URL: vals[3], Date: vals[4], Source: vals[5]})
			textBytes += len(vals[0])
		}
		if len(recs) >= batchRows || textBytes >= batchBytes {
			return flush()
		}
		return nil
	})
	if err == nil {
		err = flush()
	}
	if err != nil {
		return fmt.Errorf("parquet: %w", err)
	}
	return nil
}

// WithoutParquetRows writes the rows of a Parquet file but those whose
// row numbers (1-based) are in drops, with the file's schema.
func WithoutParquetRows(data []byte, drops map[int]bool, w io.Writer) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("parquet: malformed file (%v)", r)
		}
	}()
	file, err := parquet.OpenFile(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return fmt.Errorf("parquet: %w", err)
	}
	pw := parquet.NewWriter(w, file.Schema())
	err = eachRows(file, func(first int, rows []parquet.Row) error {
		var keep []parquet.Row
		for k, row := range rows {
			if !drops[first+k] {
				keep = append(keep, row)
			}
		}
		_, err := pw.WriteRows(keep)
		return err
	})
	if err != nil {
		return err
	}
	return pw.Close()
}

// eachRows calls fn with the rows of file, row group by row group, in
// batches; first is the (1-based) row number of the batch's first row.
func eachRows(file *parquet.File, fn func(first int, rows []parquet.Row) error) error {
	next := 1
	buf := make([]parquet.Row, 64)
	for _, rg := range file.RowGroups() {
		rows := rg.Rows()
		for {
			n, err := rows.ReadRows(buf)
			if n > 0 {
				if ferr := fn(next, buf[:n]); ferr != nil {
					rows.Close()
					return ferr
				}
				next += n
			}
			if errors.Is(err, io.EOF) {
				break
			}
			if err != nil {
				rows.Close()
				return fmt.Errorf("row %d: %w", next, err)
			}
		}
		rows.Close()
	}
	return nil
}
