package dedup

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"
	"sync"

	"github.com/cespare/xxhash/v2"

	"github.com/dedup/dedup/dedup/index"
	"github.com/dedup/dedup/dedup/input"
	"github.com/dedup/dedup/dedup/internal/blocks"
	"github.com/dedup/dedup/dedup/internal/rawfile"
	"github.com/dedup/dedup/dedup/lsh"
	"github.com/dedup/dedup/dedup/minhash"
	"github.com/dedup/dedup/dedup/passage"
	"github.com/dedup/dedup/dedup/segment"
	"github.com/dedup/dedup/dedup/template"
	"github.com/dedup/dedup/shingle"
)

// fileDocs is the first pass's result for one file.
type fileDocs struct {
	docs    []Document
	where   []docRef
	sums    []uint64   // content hashes, with scanner.keep
	sets    [][]uint32 // truncated shingle sets, with scanner.keep
	keys    []uint64   // band keys, Bands per document
	fps     [][]passage.Fingerprint
	tlines  [][]template.Line // each document's lines, with TemplateMinDocs
	full    [][]uint64        // sorted shingle sets, with scanner.full
	skipped int
	bytes   int64
	err     *FileError
	warns   []*FileError // problems the scan could work around
	recErrs []*FileError // records that could not be read (the rest were)
}

// worker is the reusable state of one goroutine reading files.
type worker struct {
	sh       shingle.Shingler
	buf      []byte
	lines    []string // lines of buf, valid while buf is unchanged
	offsets  []int
	hashes   []uint64
	distinct hashSet
	words    []uint64
	sig      minhash.Signature
}

var workers = sync.Pool{New: func() any { return new(worker) }}

// readFile reads path into w.buf, reusing its memory.
func (w *worker) readFile(path string) ([]byte, error) {
	data, err := rawfile.ReadAll(path, w.buf)
	if err == nil {
		w.buf = data
	}
	return data, err
}

// firstPass reads, splits, shingles and signs every file and returns the
// LSH index of all documents, which are numbered in file order.
func (s *scanner) firstPass(ctx context.Context) (*lsh.Index, error) {
	if err := s.learnDropLayout(ctx); err != nil {
		return nil, err
	}
	ix := lsh.NewIndex(s.p)
	// The merge below runs on one goroutine while the workers wait for
	// it, so it must not copy what it has collected as it grows: documents
	// and their locations go into block lists (and the LSH index keeps
	// its own), put into slices once at the end.
	var docs blocks.List[Document]
	var where blocks.List[docRef]
	var postings blocks.List[posting]
	var kept blocks.List[Analyzed]
	all := make([]int, len(s.files))
	for i := range all {
		all[i] = i
	}
	prog := Progress{Phase: "read", TotalFiles: len(s.files), TotalBytes: s.totalBytes}
	var recordIDs map[string]bool
	err := forEachFile(ctx, s.o.jobs(), all, func(i int) fileDocs {
		w := workers.Get().(*worker)
		defer workers.Put(w)
		return s.readFile(i, w)
	}, func(i int, r fileDocs) {
		if r.err != nil {
			s.res.Errors = append(s.res.Errors, r.err)
		}
		s.res.Warnings = append(s.res.Warnings, r.warns...)
		s.res.Errors = append(s.res.Errors, r.recErrs...)
		s.res.Stats.SkippedShort += r.skipped
		for j, d := range r.docs {
			if r.where[j].line < 0 {
				// A record's own id: the first document with it keeps it,
				// later ones are path#line, unique in a scan.
				if recordIDs == nil {
					recordIDs = map[string]bool{}
				}
				if recordIDs[d.ID] {
					d.ID = fmt.Sprintf("%s#%d", d.Path, -r.where[j].line)
				}
				recordIDs[d.ID] = true
			}
			keys := r.keys[j*s.p.Bands : (j+1)*s.p.Bands]
			n := ix.Add(keys)
			docs.Append(d)
			where.Append(r.where[j])
			if s.o.fingerprinted() {
				for _, fp := range r.fps[j] {
					postings.Append(posting{hash: fp.Hash, doc: n, pos: fp.Pos})
				}
			}
			if s.counter != nil {
				s.counter.Add(r.tlines[j])
			}
			if s.keep {
				kept.Append(Analyzed{Document: d, ContentHash: r.sums[j], Keys: slices.Clone(keys), Set: r.sets[j]})
			}
		}
		prog.Files++
		prog.Documents = docs.Len()
		prog.Bytes += r.bytes
		if s.o.Progress != nil {
			s.o.Progress(prog)
		}
	})
	s.res.Documents, s.where = docs.Slice(), where.Slice()
	s.postings, s.kept = postings.Slice(), kept.Slice()
	s.res.Stats.Documents = len(s.res.Documents)
	return ix, err
}

// readFile reads file i, splits it into articles and shingles and signs
// each one with enough words.
func (s *scanner) readFile(i int, w *worker) fileDocs {
	out, ft := s.readText(i, w)
	if ft.lineOf != nil {
		s.toPageLines(i, &out, ft)
	}
	return out
}

// readText is readFile but for the line numbers of web pages, which are
// those of the page's extracted text; it also returns that text.
func (s *scanner) readText(i int, w *worker) (fileDocs, fileText) {
	var out fileDocs
	path := s.files[i]
	if path != Stdin && input.FormatOf(path, s.o.InputFormat) == input.FormatParquet {
		return s.readParquet(i, w), fileText{}
	}
	data, err := s.rawText(i, w)
	if err != nil {
		out.err = fileError(path, err)
		return out, fileText{}
	}
	ft, ferr := s.textOf(i, data)
	if ferr != nil {
		out.err = ferr
		return out, ft
	}
	if ft.decoded {
		s.decoded[i] = true
		s.spoolText(i, ft.text)
	}
	s.addFileText(&out, i, ft, w)
	return out, ft
}

// readParquet reads Parquet file i from disk as the Parquet reader wants
// (the footer, then the columns asked for) a batch of rows at a time: each
// batch is laid out, shingled and signed, and its text appended to the
// spool for the second pass, so only one batch's text is in memory.
func (s *scanner) readParquet(i int, w *worker) fileDocs {
	var out fileDocs
	path := s.files[i]
	var r io.ReaderAt
	var size int64
	if s.raw != nil {
		r, size = bytes.NewReader(s.raw), int64(len(s.raw))
	} else {
		f, err := os.Open(path)
		if err != nil {
			out.err = fileError(path, err)
			return out
		}
		defer f.Close()
		st, err := f.Stat()
		if err != nil {
			out.err = fileError(path, err)
			return out
		}
		r, size = f, st.Size()
	}
	s.decoded[i] = true
	spool := s.spoolWriter(i)
	base := int64(0)
	err := input.ParquetBatches(r, size, s.o.fields(), func(recs []input.Record, bad []*input.RecordError) error {
		var part fileDocs
		ft := layoutRecords(recs, bad)
		s.addFileText(&part, i, ft, w)
		if part.err != nil {
			return part.err
		}
		// Locations are in the file's whole laid-out text: the batches'
		// texts one after the other, as the spool holds them.
		for k := range part.where {
			part.where[k].off += base
			part.where[k].end += base
		}
		base += int64(len(ft.text))
		out.append(part)
		out.bytes += part.bytes
		out.recErrs = append(out.recErrs, part.recErrs...)
		if spool != nil {
			if _, err := spool.Write(ft.text); err != nil {
				spool.Close()
				spool = nil
				s.spool[i] = "" // the second pass reads the file again
			}
		}
		return nil
	})
	if spool != nil {
		if cerr := spool.Close(); cerr != nil {
			s.spool[i] = ""
		}
	}
	if err != nil {
		var fe *FileError
		if !errors.As(err, &fe) {
			fe = &FileError{Path: path, Err: err}
			if errors.Is(err, input.ErrNoColumn) {
				fe.Hint = "name the text column with --text-column (--text-field)"
			}
		}
		return fileDocs{err: fe}
	}
	return out
}

// append adds the documents of p, read from the same file after those of
// out, to out.
func (out *fileDocs) append(p fileDocs) {
	out.docs = append(out.docs, p.docs...)
	out.where = append(out.where, p.where...)
	out.keys = append(out.keys, p.keys...)
	out.fps = append(out.fps, p.fps...)
	out.tlines = append(out.tlines, p.tlines...)
	out.sums = append(out.sums, p.sums...)
	out.sets = append(out.sets, p.sets...)
	out.full = append(out.full, p.full...)
	out.skipped += p.skipped
}

// addFileText splits ft, the text of file i as the scan reads it, into
// its documents and adds them to out.
func (s *scanner) addFileText(out *fileDocs, i int, ft fileText, w *worker) {
	path := s.files[i]
	data := ft.text
	for _, b := range ft.bad {
		out.recErrs = append(out.recErrs, &FileError{Path: path, Line: b.Line, Err: b.Err, Hint: "that record was left out; the file's other records were compared"})
	}
	out.bytes = int64(len(data))
	lines, offsets, err := segment.LinesOffsetsShared(data, w.lines, w.offsets)
	w.lines, w.offsets = lines, offsets
	if err != nil {
		out.err = textError(path, err)
		return
	}
	var arts []segment.Article
	if ft.recs != nil && s.o.SplitRecords {
		arts, ft.recs = splitRecords(path, lines, ft.recs, ft.spans)
	} else if ft.recs != nil {
		arts = recordArticles(lines, ft.recs, ft.spans)
	} else {
		arts = segment.SplitLayout(lines, s.o.Split, s.layout)
		if m := segment.CheckExport(lines, arts); m != nil {
			out.warns = append(out.warns, &FileError{Path: path, Err: m, Hint: "every other document of the export was still compared"})
		}
	}
	// Room for every article, so the slices are not grown article by
	// article (about a tenth of the bytes a scan allocates).
	out.docs = make([]Document, 0, len(arts))
	out.where = make([]docRef, 0, len(arts))
	out.keys = make([]uint64, 0, len(arts)*s.p.Bands)
	// A big export holds thousands of articles in one file: share them out
	// so one file does not keep all the other cores idle.
	const chunk = 64
	recAt := func(from, to int) []input.Record {
		if ft.recs == nil {
			return nil
		}
		return ft.recs[from:to]
	}
	if len(arts) < 2*chunk || s.o.jobs() < 2 {
		s.addArticles(out, i, arts, recAt(0, len(arts)), lines, offsets, data, w)
		return
	}
	parts := make([]fileDocs, (len(arts)+chunk-1)/chunk)
	next := make(chan int)
	var wg sync.WaitGroup
	for range min(s.o.jobs(), len(parts)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			pw := workers.Get().(*worker)
			defer workers.Put(pw)
			for p := range next {
				from, to := p*chunk, min((p+1)*chunk, len(arts))
				s.addArticles(&parts[p], i, arts[from:to], recAt(from, to), lines, offsets, data, pw)
			}
		}()
	}
	for p := range parts {
		next <- p
	}
	close(next)
	wg.Wait()
	for _, p := range parts {
		out.append(p)
	}
}

// addArticles shingles and signs articles of file i (its text data, split
// into lines at offsets) and appends what later stages need to out. For a
// record file, recs[k] is the record arts[k] was laid out from.
func (s *scanner) addArticles(out *fileDocs, i int, arts []segment.Article, recs []input.Record, lines []string, offsets []int, data []byte, w *worker) {
	path := s.files[i]
	if len(w.sig) != s.hasher.Num() {
		w.sig = make(minhash.Signature, s.hasher.Num())
	}
	sh := &w.sh
	for k, a := range arts {
		sh.Reset()
		var tl []template.Line
		var tlStart []int // each line's first word
		if s.counter != nil {
			s.o.addText(sh, lines, &a, func(n, words int) {
				if k, ok := template.Key(lines[n-1]); ok && words > 0 {
					tl = append(tl, template.Line{Key: k, Words: int32(words)})
					tlStart = append(tlStart, sh.Len()-words)
				}
			})
		} else {
			s.o.addText(sh, lines, &a, nil)
		}
		if sh.Len() == 0 || sh.Len() < s.o.MinWords {
			out.skipped++
			continue
		}
		hashes := sh.Hashes(s.o.ShingleSize, w.hashes[:0])
		w.hashes = hashes
		// Signing ignores order and repeats; only the index needs the
		// sorted set. Counting distinct shingles in a hash set is 4-6
		// times faster than sorting them (a sixth of a scan's CPU time
		// went to sorting).
		var distinct int
		if s.keep || s.full {
			slices.Sort(hashes)
			hashes = slices.Compact(hashes)
			distinct = len(hashes)
		} else {
			distinct = w.distinct.count(hashes)
		}
		s.hasher.SignInto(w.sig, hashes)
		out.keys = lsh.Keys(s.p, w.sig, out.keys)

		// The shingled lines run from the first line after the header
		// block (or the first line, with headers) to the last line of
		// the body (a by-line closing the article is left out).
		first := a.StartLine - 1
		if !s.o.WithHeaders && len(a.Header) > 0 {
			first = a.Header[len(a.Header)-1]
		}
		last := a.EndLine
		if len(a.Body) > 0 {
			last = a.Body[len(a.Body)-1]
		}
		ref := docRef{file: int32(i), line: int32(first + 1), off: int64(len(data)), end: int64(offsets[last-1] + len(lines[last-1]))}
		if first < len(lines) {
			ref.off = int64(offsets[first])
		}
		if s.o.MaxDocBytes > 0 && ref.end-ref.off > s.o.MaxDocBytes {
			line := a.StartLine
			if recs != nil {
				line = recs[k].Line
			}
			out.recErrs = append(out.recErrs, &FileError{Path: path, Line: line,
				Err:  fmt.Errorf("document of %d bytes is larger than --max-doc-bytes (%d)", ref.end-ref.off, s.o.MaxDocBytes),
				Hint: "it was left out; raise --max-doc-bytes to compare it"})
			out.keys = out.keys[:len(out.keys)-s.p.Bands]
			continue
		}
		ref.sum = xxhash.Sum64(data[ref.off:ref.end])
		if recs != nil {
			ref.line = -int32(recs[k].Line) // every word is at the record's line
		}
		out.where = append(out.where, ref)
		if s.counter != nil || s.o.fingerprinted() {
			w.words = sh.WordHashes(w.words[:0])
		}
		if s.counter != nil {
			for j := range tl {
				tl[j].Sketch = template.Sketch(w.words[tlStart[j] : tlStart[j]+int(tl[j].Words)])
			}
			out.tlines = append(out.tlines, tl)
		}
		if s.o.fingerprinted() {
			out.fps = append(out.fps, passage.Fingerprints(w.words, passage.Window(s.o.MinPassage)))
		}
		if s.keep {
			out.sums = append(out.sums, sh.Sum64())
			out.sets = append(out.sets, index.Truncate(hashes))
		}
		if s.full {
			out.full = append(out.full, slices.Clone(hashes))
		}
		if recs != nil {
			out.docs = append(out.docs, recordDocument(path, &recs[k], &a, sh.Len(), distinct))
		} else {
			out.docs = append(out.docs, newDocument(path, &a, sh.Len(), distinct))
		}
	}
}

// toPageLines gives the documents of web page i (out) the lines of the
// page their text comes from, and keeps the map for the second pass; the
// first document without a title gets the page's.
func (s *scanner) toPageLines(i int, out *fileDocs, ft fileText) {
	m := make([]int32, len(ft.lineOf))
	for k, l := range ft.lineOf {
		m[k] = int32(l)
	}
	s.lineMaps[i] = m
	page := func(n int) int {
		if n < 1 || n > len(m) {
			return n
		}
		return int(m[n-1])
	}
	for k := range out.docs {
		d := &out.docs[k]
		d.StartLine, d.EndLine = page(d.StartLine), page(d.EndLine)
		if d.BodyStartLine > 0 {
			d.BodyStartLine, d.BodyEndLine = page(d.BodyStartLine), page(d.BodyEndLine)
		}
		d.ID = fmt.Sprintf("%s:%d-%d", d.Path, d.StartLine, d.EndLine)
		if k == 0 && d.Title == "" {
			d.Title = ft.title
		}
	}
}

// recordArticles makes an article of each record laid out in lines.
func recordArticles(lines []string, recs []input.Record, spans [][2]int) []segment.Article {
	arts := make([]segment.Article, len(recs))
	for k, r := range recs {
		a := segment.Article{StartLine: spans[k][0], EndLine: spans[k][1], Title: r.Title, Source: r.Source, Date: r.Date}
		for n := a.StartLine; n <= a.EndLine; n++ {
			if l := lines[n-1]; strings.TrimSpace(l) != "" && !segment.IsBoilerplate(l) {
				a.Body = append(a.Body, n)
			}
		}
		arts[k] = a
	}
	return arts
}

// splitRecords splits each record laid out in lines into articles as a
// text file is split; it returns them with, for each, a copy of its
// record whose id names the article ("id:2" for a record's second, or
// "path#line:2" for a record without an id).
func splitRecords(path string, lines []string, recs []input.Record, spans [][2]int) ([]segment.Article, []input.Record) {
	var arts []segment.Article
	var of []input.Record
	for k, r := range recs {
		from, to := spans[k][0], spans[k][1]
		parts := segment.Split(lines[from-1:to], segment.Auto)
		for n, a := range parts {
			shift := from - 1
			a.StartLine, a.EndLine = a.StartLine+shift, a.EndLine+shift
			for j := range a.Body {
				a.Body[j] += shift
			}
			for j := range a.Header {
				a.Header[j] += shift
			}
			if a.Title == "" && n == 0 {
				a.Title = r.Title
			}
			if a.Source == "" {
				a.Source = r.Source
			}
			if a.Date == "" {
				a.Date = r.Date
			}
			rc := r
			if len(parts) > 1 {
				id := r.ID
				if id == "" {
					id = fmt.Sprintf("%s#%d", path, r.Line)
				}
				rc.ID = fmt.Sprintf("%s:%d", id, n+1)
			}
			arts = append(arts, a)
			of = append(of, rc)
		}
	}
	return arts, of
}

// recordDocument describes record r (laid out as article a) of the file at
// path: its id is the record's, or path#line.
func recordDocument(path string, r *input.Record, a *segment.Article, words, shingles int) Document {
	d := newDocument(path, a, words, shingles)
	d.ID = r.ID
	if d.ID == "" {
		d.ID = fmt.Sprintf("%s#%d", path, r.Line)
	}
	d.StartLine, d.EndLine = r.Line, r.EndLine
	d.BodyStartLine, d.BodyEndLine = r.Line, r.EndLine
	d.URL = r.URL
	return d
}

// newDocument describes article a of the file at path.
func newDocument(path string, a *segment.Article, words, shingles int) Document {
	var bodyStart, bodyEnd int
	if len(a.Body) > 0 {
		bodyStart, bodyEnd = a.Body[0], a.Body[len(a.Body)-1]
	}
	return Document{
		ID:   fmt.Sprintf("%s:%d-%d", path, a.StartLine, a.EndLine),
		Path: path, StartLine: a.StartLine, EndLine: a.EndLine,
		BodyStartLine: bodyStart, BodyEndLine: bodyEnd,
		Title: a.Title, Byline: a.Byline, Source: a.Source, Date: a.Date,
		Words: words, Shingles: shingles,
	}
}

// addText feeds the compared lines of article a to sh in order: its body,
// preceded by its header lines with Options.WithHeaders. lineWords, if not
// nil, is told each line's number and how many words it added.
func (o Options) addText(sh *shingle.Shingler, lines []string, a *segment.Article, lineWords func(line, words int)) {
	add := func(n int) {
		before := sh.Len()
		sh.Add(lines[n-1])
		if lineWords != nil {
			lineWords(n, sh.Len()-before)
		}
	}
	if o.WithHeaders {
		for _, n := range a.Header {
			add(n)
		}
	}
	for _, n := range a.Body {
		add(n)
	}
}

// textError turns a segment error into a FileError with a hint.
func textError(path string, err error) *FileError {
	fe := &FileError{Path: path, Err: err}
	var se *segment.Error
	if errors.As(err, &se) {
		fe.Line, fe.Err = se.Line, se.Err
	}
	if errors.Is(err, segment.ErrInvalidUTF8) {
		fe.Hint = "name its encoding with --encoding (for example windows-1252 or latin1), or convert it to UTF-8 first"
	}
	return fe
}
