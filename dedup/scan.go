package dedup

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"slices"
	"sync"

	"github.com/dedup/dedup/dedup/cluster"
	"github.com/dedup/dedup/dedup/lsh"
	"github.com/dedup/dedup/dedup/minhash"
	"github.com/dedup/dedup/dedup/segment"
	"github.com/dedup/dedup/shingle"
)

// ErrChanged means a file changed between the two passes of a scan.
var ErrChanged = errors.New("file changed during the scan")

// Scan finds near-duplicate documents in the files and directories named by
// paths. Problems with single files are collected in Result.Errors and do
// not stop the scan; an error is returned only for invalid options, no
// paths, or a cancelled context.
//
// # Memory
//
// Scan reads the input twice. The first pass keeps, per document, only its
// metadata and LSH band keys; no text and no shingle set outlives the
// reading of its file. The second pass re-reads only the files holding a
// document of some candidate pair and keeps the shingle sets of just those
// documents while the pairs are verified. Re-reading was chosen over
// keeping every document's shingle set (8 bytes per shingle, several KB per
// article) because candidates are usually a small fraction of a corpus,
// while the first pass must see every document.
func Scan(ctx context.Context, paths []string, o Options) (*Result, error) {
	if err := o.Validate(); err != nil {
		return nil, err
	}
	if len(paths) == 0 {
		return nil, ErrNoInput
	}
	p := o.lshParams()
	res := &Result{
		SchemaVersion: SchemaVersion,
		Params: Params{
			Shingle: "word", K: o.ShingleSize, NumHashes: o.NumHashes, Bands: p.Bands, Rows: p.Rows,
			Threshold: o.Threshold, Seed: o.Seed, Split: o.Split.String(), MinWords: o.MinWords,
			WithHeaders: o.WithHeaders, Normalization: shingle.Version,
		},
		Documents: []Document{},
		Clusters:  []Cluster{},
		Errors:    []*FileError{},
	}
	files, total, errs := collectFilesSizes(paths, o)
	res.Errors = append(res.Errors, errs...)
	res.Stats.Files = len(files)
	s := &scanner{o: o, p: p, files: files, totalBytes: total, hasher: minhash.New(o.NumHashes, o.Seed), res: res}

	ix, err := s.firstPass(ctx)
	if err != nil {
		return nil, err
	}
	cands, capped := ix.Candidates(o.MaxBucket, o.jobs())
	ix = nil
	res.Stats.CandidatePairs, res.Stats.CappedBuckets = len(cands), capped

	sets, err := s.secondPass(ctx, cands)
	if err != nil {
		return nil, err
	}
	pairs := verify(cands, sets, s.hasher, o.Threshold, o.jobs())
	res.Stats.VerifiedPairs = len(pairs)
	res.Clusters = buildClusters(res.Documents, sets, pairs)
	res.Stats.Clusters = len(res.Clusters)
	slices.SortFunc(res.Errors, func(a, b *FileError) int {
		if a.Path != b.Path {
			if a.Path < b.Path {
				return -1
			}
			return 1
		}
		return a.Line - b.Line
	})
	res.Stats.Errors = len(res.Errors)
	return res, nil
}

type scanner struct {
	o          Options
	p          lsh.Params
	files      []string
	totalBytes int64
	hasher     *minhash.Hasher
	res        *Result
	// where[i] locates document i for the second pass.
	where []docRef
}

// docRef locates a document: its file and its index among the articles
// segment.Split returns for that file.
type docRef struct{ file, article int32 }

// shingleSet is what verification needs of a document. Signatures are not
// kept: re-signing the two documents of a verified pair costs about a
// microsecond, and a signature (1 KB) is larger than many shingle sets.
type shingleSet struct {
	hashes []uint64 // sorted distinct shingle hashes
	loaded bool
}

// fileDocs is the first pass's result for one file.
type fileDocs struct {
	docs     []Document
	articles []int32    // article index of each document
	keys     [][]uint64 // band keys of each document
	skipped  int
	bytes    int64
	err      *FileError
}

// forEachFile runs f on the files with the given indexes using o.Jobs
// workers and hands each result to merge in index order, so results never
// depend on the number of workers. merge runs on the calling goroutine.
func forEachFile[T any](ctx context.Context, jobs int, indexes []int, f func(i int) T, merge func(i int, r T)) error {
	type done struct {
		n int // position in indexes
		r T
	}
	next := make(chan int)
	out := make(chan done, jobs)
	var wg sync.WaitGroup
	for w := 0; w < min(jobs, max(len(indexes), 1)); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for n := range next {
				out <- done{n, f(indexes[n])}
			}
		}()
	}
	go func() {
		defer close(next)
		for n := range indexes {
			select {
			case next <- n:
			case <-ctx.Done():
				return
			}
		}
	}()
	go func() { wg.Wait(); close(out) }()
	// Reorder: hold results that arrive early until their turn.
	pending := map[int]T{}
	want := 0
	for d := range out {
		pending[d.n] = d.r
		for {
			r, ok := pending[want]
			if !ok {
				break
			}
			delete(pending, want)
			merge(indexes[want], r)
			want++
		}
	}
	return ctx.Err()
}

// firstPass reads, splits, shingles and signs every file and returns the
// LSH index of all documents, which are numbered in file order.
func (s *scanner) firstPass(ctx context.Context) (*lsh.Index, error) {
	ix := lsh.NewIndex(s.p)
	all := make([]int, len(s.files))
	for i := range all {
		all[i] = i
	}
	prog := Progress{Phase: "read", TotalFiles: len(s.files), TotalBytes: s.totalBytes}
	err := forEachFile(ctx, s.o.jobs(), all, func(i int) fileDocs {
		w := workers.Get().(*worker)
		defer workers.Put(w)
		return s.readFile(i, w)
	}, func(i int, r fileDocs) {
		if r.err != nil {
			s.res.Errors = append(s.res.Errors, r.err)
		}
		s.res.Stats.SkippedShort += r.skipped
		for j, d := range r.docs {
			n := len(s.res.Documents)
			s.res.Documents = append(s.res.Documents, d)
			s.where = append(s.where, docRef{file: int32(i), article: r.articles[j]})
			ix.Add(uint32(n), r.keys[j])
		}
		prog.Files++
		prog.Documents = len(s.res.Documents)
		prog.Bytes += r.bytes
		if s.o.Progress != nil {
			s.o.Progress(prog)
		}
	})
	s.res.Stats.Documents = len(s.res.Documents)
	return ix, err
}

// worker is the reusable state of one goroutine reading files.
type worker struct {
	sh     shingle.Shingler
	buf    []byte
	hashes []uint64
	sig    minhash.Signature
}

// readFile reads path into w.buf, reusing its memory.
func (w *worker) readFile(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	w.buf = w.buf[:0]
	for {
		if len(w.buf) == cap(w.buf) {
			w.buf = append(w.buf, 0)[:len(w.buf)]
		}
		n, err := f.Read(w.buf[len(w.buf):cap(w.buf)])
		w.buf = w.buf[:len(w.buf)+n]
		if err == io.EOF {
			return w.buf, nil
		}
		if err != nil {
			return nil, err
		}
	}
}

var workers = sync.Pool{New: func() any { return new(worker) }}

// article is one document's text as the pipeline sees it.
type article struct {
	segment.Article
	index int // among the file's articles
}

// articles reads and splits file i, calling f for every article with enough
// words, with the shingler holding its words.
func (s *scanner) articles(i int, w *worker, f func(a article)) (skipped int, size int64, ferr *FileError) {
	path := s.files[i]
	sh := &w.sh
	data, err := w.readFile(path)
	if err != nil {
		return 0, 0, fileError(path, err)
	}
	lines, err := segment.Lines(data)
	if err != nil {
		fe := &FileError{Path: path, Err: err}
		var se *segment.Error
		if errors.As(err, &se) {
			fe.Line, fe.Err = se.Line, se.Err
		}
		if errors.Is(err, segment.ErrInvalidUTF8) {
			fe.Hint = "convert the file to UTF-8 first, for example with iconv"
		}
		return 0, int64(len(data)), fe
	}
	for ai, a := range segment.Split(lines, s.o.Split) {
		sh.Reset()
		if s.o.WithHeaders {
			for _, n := range a.Header {
				sh.Add(lines[n-1])
			}
		}
		for _, n := range a.Body {
			sh.Add(lines[n-1])
		}
		if sh.Len() == 0 || sh.Len() < s.o.MinWords {
			skipped++
			continue
		}
		f(article{Article: a, index: ai})
	}
	return skipped, int64(len(data)), nil
}

func (s *scanner) readFile(i int, w *worker) fileDocs {
	var out fileDocs
	path := s.files[i]
	if len(w.sig) != s.hasher.Num() {
		w.sig = make(minhash.Signature, s.hasher.Num())
	}
	sig, sh := w.sig, &w.sh
	out.skipped, out.bytes, out.err = s.articles(i, w, func(a article) {
		hashes := sh.Hashes(s.o.ShingleSize, w.hashes[:0])
		slices.Sort(hashes)
		hashes = slices.Compact(hashes)
		w.hashes = hashes
		s.hasher.SignInto(sig, hashes)
		out.docs = append(out.docs, Document{
			ID:   fmt.Sprintf("%s:%d-%d", path, a.StartLine, a.EndLine),
			Path: path, StartLine: a.StartLine, EndLine: a.EndLine,
			Title: a.Title, Byline: a.Byline, Source: a.Source, Date: a.Date,
			Words: sh.Len(), Shingles: len(hashes),
		})
		out.articles = append(out.articles, int32(a.index))
		out.keys = append(out.keys, lsh.Keys(s.p, sig, nil))
	})
	return out
}

// secondPass re-reads the files of every document in a candidate pair and
// returns the shingle sets of those documents (nil for the others).
func (s *scanner) secondPass(ctx context.Context, cands []lsh.Pair) ([]*shingleSet, error) {
	sets := make([]*shingleSet, len(s.res.Documents))
	need := make(map[int32][]int) // file -> documents needed from it
	for _, c := range cands {
		for _, d := range []uint32{c.A, c.B} {
			if sets[d] == nil {
				sets[d] = &shingleSet{}
				f := s.where[d].file
				need[f] = append(need[f], int(d))
			}
		}
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
		sh := &w.sh
		byArticle := map[int]int{}
		for _, d := range need[int32(i)] {
			byArticle[int(s.where[d].article)] = d
		}
		found := 0
		_, _, ferr := s.articles(i, w, func(a article) {
			d, ok := byArticle[a.index]
			if !ok {
				return
			}
			doc := s.res.Documents[d]
			if doc.StartLine != a.StartLine || doc.EndLine != a.EndLine {
				return
			}
			hashes := sh.Hashes(s.o.ShingleSize, nil)
			slices.Sort(hashes)
			hashes = slices.Clip(slices.Compact(hashes))
			*sets[d] = shingleSet{hashes: hashes, loaded: true}
			found++
		})
		if ferr == nil && found != len(byArticle) {
			ferr = &FileError{Path: s.files[i], Err: ErrChanged, Hint: "scan again once the files stop changing"}
		}
		return ferr
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

type verifiedPair struct {
	a, b              int
	jaccard, estimate float64
}

// verify computes the exact Jaccard similarity of each candidate pair and
// keeps those at or above the threshold, in candidate order.
func verify(cands []lsh.Pair, sets []*shingleSet, hasher *minhash.Hasher, threshold float64, jobs int) []verifiedPair {
	keep := make([]bool, len(cands))
	jac := make([]float64, len(cands))
	var wg sync.WaitGroup
	chunk := max((len(cands)+jobs-1)/max(jobs, 1), 1)
	for start := 0; start < len(cands); start += chunk {
		end := min(start+chunk, len(cands))
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := start; i < end; i++ {
				a, b := sets[cands[i].A], sets[cands[i].B]
				if !a.loaded || !b.loaded {
					continue // its file changed; reported as an error
				}
				jac[i] = Jaccard(a.hashes, b.hashes)
				keep[i] = jac[i] >= threshold
			}
		}()
	}
	wg.Wait()
	var out []verifiedPair
	sa, sb := make(minhash.Signature, hasher.Num()), make(minhash.Signature, hasher.Num())
	for i, c := range cands {
		if keep[i] {
			hasher.SignInto(sa, sets[c.A].hashes)
			hasher.SignInto(sb, sets[c.B].hashes)
			est, _ := minhash.Estimate(sa, sb)
			out = append(out, verifiedPair{a: int(c.A), b: int(c.B), jaccard: jac[i], estimate: est})
		}
	}
	return out
}

// Jaccard returns |a∩b|/|a∪b| for two sorted sets without repeats. Two
// empty sets have similarity 0.
func Jaccard(a, b []uint64) float64 {
	inter := intersection(a, b)
	union := len(a) + len(b) - inter
	if union == 0 {
		return 0
	}
	return float64(inter) / float64(union)
}

func intersection(a, b []uint64) int {
	n, i, j := 0, 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i] < b[j]:
			i++
		case a[i] > b[j]:
			j++
		default:
			n++
			i++
			j++
		}
	}
	return n
}

func buildClusters(docs []Document, sets []*shingleSet, pairs []verifiedPair) []Cluster {
	uf := cluster.New(len(docs))
	for _, vp := range pairs {
		uf.Union(vp.a, vp.b)
	}
	groups := uf.Groups(2)
	index := make(map[int]int) // doc -> cluster index
	clusters := make([]Cluster, len(groups))
	for ci, g := range groups {
		rep := docs[g[0]]
		c := Cluster{ID: ci + 1, Size: len(g), Representative: rep.ID, Pairs: []Pair{}}
		for _, m := range g {
			index[m] = ci
			d := docs[m]
			sim := 1.0
			if m != g[0] {
				sim = round4(Jaccard(sets[g[0]].hashes, sets[m].hashes))
			}
			c.Members = append(c.Members, Member{
				Doc: d.ID, Path: d.Path, StartLine: d.StartLine, EndLine: d.EndLine,
				Title: d.Title, Source: d.Source, Byline: d.Byline, Words: d.Words, Similarity: sim,
			})
		}
		clusters[ci] = c
	}
	// Pairs arrive sorted by (a, b), so each cluster's pairs are sorted too.
	for _, vp := range pairs {
		c := &clusters[index[vp.a]]
		c.Pairs = append(c.Pairs, Pair{A: docs[vp.a].ID, B: docs[vp.b].ID, Jaccard: round4(vp.jaccard), Estimate: round4(vp.estimate)})
	}
	return clusters
}
