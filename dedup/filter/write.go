package filter

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/dedup/dedup/dedup/input"
)

// OutputPath returns where the input file goes under out: its path below
// the root it was found in (one of roots, the paths given to the scan), or
// its name when it was given itself. A compressed file's text is written
// uncompressed, so it loses its compression extension.
func OutputPath(file string, roots []string, out string, decompressed bool) (string, error) {
	rel := ""
	for _, r := range roots {
		r = filepath.ToSlash(filepath.Clean(r))
		switch {
		case file == r:
			rel = filepath.Base(file)
		case r == "." && !strings.HasPrefix(file, "../") && !filepath.IsAbs(file):
			rel = file
		case strings.HasPrefix(file, r+"/"):
			rel = strings.TrimPrefix(file, r+"/")
		default:
			continue
		}
		break
	}
	if rel == "" {
		return "", fmt.Errorf("%s: not under any of the input paths", file)
	}
	if decompressed {
		rel = input.BaseName(rel)
	}
	return filepath.Join(out, filepath.FromSlash(rel)), nil
}

// Write writes each of files (every file the scan read, in the scan's
// paths roots) under out without the lines of the dropped documents, and
// returns the paths written. encoding and format are the scan's
// Options.Encoding and Options.InputFormat.
// Each file is written to a temporary file next to its destination and
// renamed into place, so an interrupted run never leaves a partial file
// under an output name.
func Write(files, roots []string, out string, dropped []Dropped, encoding, format string) ([]string, error) {
	byFile := map[string][][2]int{}
	for _, d := range dropped {
		byFile[d.Path] = append(byFile[d.Path], [2]int{d.StartLine, d.EndLine})
	}
	seen := map[string]string{}
	var written []string
	for _, f := range files {
		if f == "-" {
			return written, fmt.Errorf("standard input cannot be filtered into a folder; give the files")
		}
		raw, err := os.ReadFile(f)
		if err != nil {
			return written, err
		}
		data, decompressed, err := Filtered(f, raw, byFile[f], encoding, format)
		if err != nil {
			return written, err
		}
		dst, err := OutputPath(f, roots, out, decompressed)
		if err != nil {
			return written, err
		}
		if prev, dup := seen[dst]; dup {
			return written, fmt.Errorf("%s and %s would both be written to %s", prev, f, dst)
		}
		seen[dst] = f
		if err := writeAtomic(dst, data); err != nil {
			return written, err
		}
		written = append(written, dst)
	}
	return written, nil
}

// Filtered returns the contents of the file at path, read as raw, without
// the documents at drops (1-based inclusive line ranges; rows of a Parquet
// file). A file with nothing dropped comes back as it was; a compressed or
// re-encoded one comes back decoded, and decompressed says it lost its
// compression. encoding and format are as for Write.
func Filtered(path string, raw []byte, drops [][2]int, encoding, format string) (data []byte, decompressed bool, err error) {
	data, changed := raw, false
	if text, ch, err := input.Decode(raw, encoding); err == nil && ch {
		data, changed = text, true
	}
	decompressed = changed && input.Compression(raw) != ""
	switch {
	case len(drops) > 0 && input.FormatOf(path, format) == input.FormatParquet:
		// Rows, not lines: the kept rows under the file's schema.
		rows := map[int]bool{}
		for _, r := range drops {
			for n := r[0]; n <= r[1]; n++ {
				rows[n] = true
			}
		}
		var buf bytes.Buffer
		if err := input.WithoutParquetRows(data, rows, &buf); err != nil {
			return nil, false, fmt.Errorf("%s: %w", path, err)
		}
		return buf.Bytes(), decompressed, nil
	case len(drops) > 0:
		return withoutLines(data, drops), decompressed, nil
	case !changed:
		return raw, false, nil
	}
	return data, decompressed, nil
}

// Lines returns the line ranges of the dropped documents of the file at
// path, for Filtered.
func Lines(dropped []Dropped, path string) [][2]int {
	var out [][2]int
	for _, d := range dropped {
		if d.Path == path {
			out = append(out, [2]int{d.StartLine, d.EndLine})
		}
	}
	return out
}

// withoutLines returns text without the lines (1-based, inclusive ranges)
// in drops; the other lines keep their bytes and line terminators. Lines
// end as the splitter reads them: at \n, \r\n or a lone \r.
func withoutLines(text []byte, drops [][2]int) []byte {
	dropped := func(n int) bool {
		for _, r := range drops {
			if n >= r[0] && n <= r[1] {
				return true
			}
		}
		return false
	}
	out := make([]byte, 0, len(text))
	line := 1
	for start := 0; start < len(text); line++ {
		end := start
		for end < len(text) && text[end] != '\n' && text[end] != '\r' {
			end++
		}
		if end < len(text) {
			if text[end] == '\r' && end+1 < len(text) && text[end+1] == '\n' {
				end++
			}
			end++
		}
		if !dropped(line) {
			out = append(out, text[start:end]...)
		}
		start = end
	}
	return out
}

func writeAtomic(dst string, data []byte) error {
	if err := os.MkdirAll(filepath.Dir(dst), 0o755); err != nil {
		return err
	}
	tmp, err := os.CreateTemp(filepath.Dir(dst), "."+filepath.Base(dst)+".tmp-*")
	if err != nil {
		return err
	}
	_, err = tmp.Write(data)
	if err == nil {
		err = tmp.Sync()
	}
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp.Name(), dst)
	}
	if err != nil {
		os.Remove(tmp.Name())
		return fmt.Errorf("writing %s: %w", dst, err)
	}
	return nil
}

// WriteDropped writes the sidecar: one JSON object per dropped document,
// in path and line order.
func WriteDropped(path string, dropped []Dropped) error {
	data, err := EncodeDropped(dropped)
	if err != nil {
		return err
	}
	return writeAtomic(path, data)
}

// EncodeDropped is the sidecar's contents, as WriteDropped writes them.
func EncodeDropped(dropped []Dropped) ([]byte, error) {
	var b bytes.Buffer
	for _, d := range dropped {
		line, err := json.Marshal(d)
		if err != nil {
			return nil, err
		}
		b.Write(line)
		b.WriteByte('\n')
	}
	return b.Bytes(), nil
}
