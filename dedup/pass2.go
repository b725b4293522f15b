package dedup

import (
	"bytes"
	"context"
	"errors"
	"io"
	"os"
	"slices"
	"strings"

	"github.com/cespare/xxhash/v2"

	"github.com/dedup/dedup/dedup/input"
	"github.com/dedup/dedup/dedup/internal/rawfile"
	"github.com/dedup/dedup/dedup/lsh"
	"github.com/dedup/dedup/dedup/segment"
	"github.com/dedup/dedup/dedup/template"
)

// secondPass reads back the text of every document in a candidate pair and
// returns the shingle sets of those documents (nil for the others). Only
// the documents' byte ranges are read, not whole files or other articles.
//
// Documents in wordDocs also get their words, word hashes and the line of
// every word, for passages.
func (s *scanner) secondPass(ctx context.Context, cands []lsh.Pair, wordDocs []int) ([]*shingleSet, error) {
	sets := make([]*shingleSet, len(s.res.Documents))
	need := make(map[int32][]int) // file -> documents needed from it
	add := func(d int) {
		if sets[d] == nil {
			sets[d] = &shingleSet{}
			f := s.where[d].file
			need[f] = append(need[f], d)
		}
	}
	for _, c := range cands {
		add(int(c.A))
		add(int(c.B))
	}
	wantWords := make(map[int]bool, len(wordDocs))
	for _, d := range wordDocs {
		add(d)
		wantWords[d] = true
	}
	for f := range need {
		slices.Sort(need[f])
	}
	files := make([]int, 0, len(need))
	for f := range need {
		files = append(files, int(f))
	}
	slices.Sort(files)
	prog := Progress{Phase: "verify", TotalFiles: len(files), Documents: len(s.res.Documents)}
	err := forEachFile(ctx, s.o.jobs(), files, func(i int) *FileError {
		w := workers.Get().(*worker)
		defer workers.Put(w)
		return s.readBack(i, need[int32(i)], sets, wantWords, w)
	}, func(i int, ferr *FileError) {
		if ferr != nil {
			s.res.Errors = append(s.res.Errors, ferr)
		}
		prog.Files++
		if s.o.Progress != nil {
			s.o.Progress(prog)
		}
	})
	return sets, err
}

// readBack loads the shingle sets of documents docs of file i. The lines of
// a document's range are shingled as the first pass did: every line that
// is neither blank nor boilerplate (header lines are outside the range, or
// inside it with --with-headers).
func (s *scanner) readBack(i int, docs []int, sets []*shingleSet, wantWords map[int]bool, w *worker) *FileError {
	path := s.files[i]
	f, done, ferr := s.openText(i, w)
	if ferr != nil {
		return ferr
	}
	defer done()
	for _, d := range docs {
		lines, ferr := s.readDoc(f, path, d, w)
		if ferr != nil {
			return ferr
		}
		ref := s.where[d]
		w.sh.Reset()
		var lineOf []int32
		for n, l := range lines {
			if s.shingled(l) {
				before := w.sh.Len()
				w.sh.Add(l)
				if wantWords[d] {
					line := ref.line + int32(n)
					if ref.line < 0 {
						line = -ref.line // a record: its line in the file
					} else if m := s.lineMaps[ref.file]; m != nil {
						line = m[line-1] // a web page: the line of the page
					}
					for range w.sh.Len() - before {
						lineOf = append(lineOf, line)
					}
				}
			}
		}
		if w.sh.Len() != s.res.Documents[d].Words {
			return &FileError{Path: path, Err: ErrChanged, Hint: changedHint}
		}
		hashes := w.sh.Hashes(s.o.ShingleSize, nil)
		slices.Sort(hashes)
		set := shingleSet{hashes: slices.Clip(slices.Compact(hashes)), loaded: true}
		if wantWords[d] {
			set.words = w.sh.WordHashes(nil)
			set.lines = lineOf
			set.text = make([]string, w.sh.Len())
			for k := range set.text {
				set.text[k] = w.sh.Word(k)
			}
		}
		*sets[d] = set
	}
	return nil
}

const changedHint = "scan again once the files stop changing"

// readDoc reads back the shingled range of document d from f, the open
// file at path, checks it is what the first pass read, and returns its
// lines (valid until w reads again).
func (s *scanner) readDoc(f io.ReaderAt, path string, d int, w *worker) ([]string, *FileError) {
	changed := &FileError{Path: path, Err: ErrChanged, Hint: changedHint}
	ref := s.where[d]
	n := int(ref.end - ref.off)
	if cap(w.buf) < n {
		w.buf = make([]byte, n)
	}
	buf := w.buf[:n]
	if _, err := f.ReadAt(buf, ref.off); err != nil {
		if err == io.EOF {
			return nil, changed
		}
		return nil, fileError(path, err)
	}
	if xxhash.Sum64(buf) != ref.sum {
		return nil, changed
	}
	lines, offsets, err := segment.LinesOffsetsShared(buf, w.lines, w.offsets)
	w.lines, w.offsets = lines, offsets
	if err != nil {
		return nil, changed
	}
	return lines, nil
}

// shingled reports whether a line of a document's range is shingled:
// neither blank, nor boilerplate, nor a template line of the drop.
func (s *scanner) shingled(l string) bool {
	if strings.TrimSpace(l) == "" || segment.IsBoilerplate(l) {
		return false
	}
	if s.templates != nil {
		if k, ok := template.Key(l); ok && s.templates[k] {
			return false
		}
	}
	return true
}

// rawText returns the bytes of file i (standard input's for "-"), in w's
// buffer.
func (s *scanner) rawText(i int, w *worker) ([]byte, error) {
	if s.raw != nil {
		return s.raw, nil
	}
	if s.files[i] == Stdin {
		return s.stdin, nil
	}
	return w.readFile(s.files[i])
}

// openText opens the text of file i for reading documents back: the file
// itself, or its decoded text when the first pass decoded it. done
// releases it.
func (s *scanner) openText(i int, w *worker) (io.ReaderAt, func(), *FileError) {
	path := s.files[i]
	if !s.decoded[i] && path != Stdin || s.spool[i] != "" {
		from := path
		if s.spool[i] != "" {
			from = s.spool[i] // the text the first pass decoded
		}
		f, err := rawfile.Open(from)
		if err != nil {
			return nil, nil, fileError(path, err)
		}
		return f, func() { f.Close() }, nil
	}
	data, err := s.rawText(i, w)
	if err != nil {
		return nil, nil, fileError(path, err)
	}
	ft, ferr := s.textOf(i, data)
	if ferr != nil {
		return nil, nil, &FileError{Path: path, Err: ErrChanged, Hint: changedHint}
	}
	return bytes.NewReader(ft.text), func() {}, nil
}

// parquetText reads Parquet file i from disk as the Parquet reader wants
// it, and lays its rows out as textOf does.
func (s *scanner) parquetText(i int) (fileText, *FileError) {
	return readParquetText(s.files[i], s.o)
}

// readParquetText is parquetText for the file at path.
func readParquetText(path string, o Options) (fileText, *FileError) {
	f, err := os.Open(path)
	if err != nil {
		return fileText{}, fileError(path, err)
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return fileText{}, fileError(path, err)
	}
	recs, bad, err := input.ParquetRecordsAt(f, st.Size(), o.fields())
	if err != nil {
		fe := &FileError{Path: path, Err: err}
		if errors.Is(err, input.ErrNoColumn) {
			fe.Hint = "name the text column with --text-column (--text-field)"
		}
		return fileText{}, fe
	}
	return layoutRecords(recs, bad), nil
}

func layoutRecords(recs []input.Record, bad []*input.RecordError) fileText {
	ft := fileText{recs: recs, bad: bad, decoded: true}
	ft.text, ft.spans = input.Layout(recs)
	if ft.recs == nil {
		ft.recs = []input.Record{}
	}
	return ft
}

// fileText is the text of an input file as the scan reads it.
type fileText struct {
	text    []byte
	decoded bool // text is not the file's bytes
	// For record formats: the records, laid out in text at spans, and
	// the records that could not be read.
	recs  []input.Record
	spans [][2]int
	bad   []*input.RecordError
	// For web pages: the page line each line of text starts at, and the
	// page title.
	lineOf []int
	title  string
}

// textOf decodes raw, the bytes of file i, into the text the scan reads:
// the same every time, as the second pass reads documents back by their
// byte ranges in it.
func (s *scanner) textOf(i int, raw []byte) (fileText, *FileError) {
	return decodeText(s.files[i], raw, s.o)
}

// decodeText is textOf for the file at path read as raw.
func decodeText(path string, raw []byte, o Options) (fileText, *FileError) {
	text, changed, err := input.Decode(raw, o.Encoding)
	if err != nil {
		return fileText{}, &FileError{Path: path, Err: err}
	}
	ft := fileText{text: text, decoded: changed}
	format := input.FormatOf(path, o.InputFormat)
	if path == Stdin && (o.InputFormat == "" || o.InputFormat == input.FormatAuto) {
		format = input.FormatText
	}
	switch format {
	case input.FormatText:
		return ft, nil
	case input.FormatHTML:
		ft.text, ft.lineOf, ft.title = input.HTMLText(text)
		ft.decoded = true
		return ft, nil
	}
	recs, bad, err := input.Records(format, text, o.fields())
	if err != nil {
		fe := &FileError{Path: path, Err: err}
		if errors.Is(err, input.ErrNoColumn) {
			fe.Hint = "name the text column with --text-column (--text-field)"
		}
		return fileText{}, fe
	}
	return layoutRecords(recs, bad), nil
}
