package dedup

import (
	"context"
	"errors"
	"fmt"
	"os"
	"slices"
	"sync"

	"github.com/dedup/dedup/dedup/cluster"
	"github.com/dedup/dedup/dedup/lsh"
	"github.com/dedup/dedup/dedup/minhash"
	"github.com/dedup/dedup/dedup/segment"
	"github.com/dedup/dedup/shingle"
)

// Scan finds near-duplicate documents in the files and directories named by
// paths. Problems with single files are collected in Result.Errors and do
// not stop the scan; an error is returned only for invalid options, no
// paths, or a cancelled context.
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
	files, errs := collectFiles(paths, o)
	res.Errors = append(res.Errors, errs...)
	res.Stats.Files = len(files)

	docs, err := readAll(ctx, files, o, p, res)
	if err != nil {
		return nil, err
	}
	for _, d := range docs {
		res.Documents = append(res.Documents, d.Document)
	}
	res.Stats.Documents = len(docs)

	ix := lsh.NewIndex(p)
	for i := range docs {
		ix.Add(uint32(i), docs[i].keys)
	}
	cands, capped := ix.Candidates(o.MaxBucket)
	res.Stats.CandidatePairs, res.Stats.CappedBuckets = len(cands), capped

	pairs := verify(cands, docs, o.Threshold, o.jobs())
	res.Stats.VerifiedPairs = len(pairs)
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	res.Clusters = buildClusters(docs, pairs)
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

// doc is what later stages need of a document.
type doc struct {
	Document
	hashes []uint64 // sorted distinct shingle hashes
	sig    minhash.Signature
	keys   []uint64 // LSH band keys
}

type fileResult struct {
	docs    []doc
	skipped int
	err     *FileError
}

// readAll reads, splits, shingles and signs every file with o.Jobs workers
// and returns the documents in file order, so the result does not depend on
// the number of workers.
func readAll(ctx context.Context, files []string, o Options, p lsh.Params, res *Result) ([]doc, error) {
	hasher := minhash.New(o.NumHashes, o.Seed)
	results := make([]fileResult, len(files))
	next := make(chan int)
	var wg sync.WaitGroup
	for w := 0; w < min(o.jobs(), max(len(files), 1)); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var sh shingle.Shingler
			for i := range next {
				results[i] = readFile(files[i], o, p, hasher, &sh)
			}
		}()
	}
	for i := range files {
		if ctx.Err() != nil {
			break
		}
		next <- i
	}
	close(next)
	wg.Wait()
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	var docs []doc
	for _, r := range results {
		if r.err != nil {
			res.Errors = append(res.Errors, r.err)
		}
		res.Stats.SkippedShort += r.skipped
		docs = append(docs, r.docs...)
	}
	return docs, nil
}

func readFile(path string, o Options, p lsh.Params, hasher *minhash.Hasher, sh *shingle.Shingler) fileResult {
	data, err := os.ReadFile(path)
	if err != nil {
		return fileResult{err: fileError(path, err)}
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
		return fileResult{err: fe}
	}
	var out fileResult
	for _, a := range segment.Split(lines, o.Split) {
		sh.Reset()
		if o.WithHeaders {
			for _, n := range a.Header {
				sh.Add(lines[n-1])
			}
		}
		for _, n := range a.Body {
			sh.Add(lines[n-1])
		}
		if sh.Len() == 0 || sh.Len() < o.MinWords {
			out.skipped++
			continue
		}
		hashes := sh.Hashes(o.ShingleSize, nil)
		slices.Sort(hashes)
		hashes = slices.Clip(slices.Compact(hashes))
		sig := hasher.Sign(hashes)
		out.docs = append(out.docs, doc{
			Document: Document{
				ID:   fmt.Sprintf("%s:%d-%d", path, a.StartLine, a.EndLine),
				Path: path, StartLine: a.StartLine, EndLine: a.EndLine,
				Title: a.Title, Byline: a.Byline, Source: a.Source, Date: a.Date,
				Words: sh.Len(), Shingles: len(hashes),
			},
			hashes: hashes,
			sig:    sig,
			keys:   lsh.Keys(p, sig, nil),
		})
	}
	return out
}

type verifiedPair struct {
	a, b              int
	jaccard, estimate float64
}

// verify computes the exact Jaccard similarity of each candidate pair and
// keeps those at or above the threshold, in candidate order.
func verify(cands []lsh.Pair, docs []doc, threshold float64, jobs int) []verifiedPair {
	keep := make([]*verifiedPair, len(cands))
	var wg sync.WaitGroup
	chunk := (len(cands) + jobs - 1) / max(jobs, 1)
	for start := 0; start < len(cands); start += max(chunk, 1) {
		end := min(start+max(chunk, 1), len(cands))
		wg.Add(1)
		go func(start, end int) {
			defer wg.Done()
			for i := start; i < end; i++ {
				a, b := int(cands[i].A), int(cands[i].B)
				j := Jaccard(docs[a].hashes, docs[b].hashes)
				if j >= threshold {
					est, _ := minhash.Estimate(docs[a].sig, docs[b].sig)
					keep[i] = &verifiedPair{a: a, b: b, jaccard: j, estimate: est}
				}
			}
		}(start, end)
	}
	wg.Wait()
	var out []verifiedPair
	for _, v := range keep {
		if v != nil {
			out = append(out, *v)
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

func buildClusters(docs []doc, pairs []verifiedPair) []Cluster {
	sets := cluster.New(len(docs))
	for _, vp := range pairs {
		sets.Union(vp.a, vp.b)
	}
	groups := sets.Groups(2)
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
				sim = round4(Jaccard(rep.hashes, d.hashes))
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
