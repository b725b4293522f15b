package dedup

import (
	"cmp"
	"fmt"
	"slices"
	"sync"

	"github.com/dedup/dedup/dedup/lsh"
	"github.com/dedup/dedup/dedup/minhash"
	"github.com/dedup/dedup/dedup/segment"
)

// The functions in this file are Scan's stages one at a time, for front
// ends that run them somewhere else than in one process (cmd/dedup-beam
// runs them as an Apache Beam pipeline): read a file into signed
// documents, pair the documents of an LSH bucket, verify a pair, and build
// the clusters of the verified pairs. Each is the code Scan runs, so the
// results agree with Scan's for the same files and options, given these
// limits: template lines (Options.TemplateMinDocs), contained copies
// (Options.Contained), passages, title collisions and the date window are
// drop-wide searches the stages leave out; a record id used by two files
// is not renamed as Scan renames the second.

// DocNum numbers a document by its file's index among the scan's files and
// its number in the file: documents in Scan's order are in DocNum order.
type DocNum uint64

// NewDocNum returns the number of document num of file file.
func NewDocNum(file, num int) DocNum { return DocNum(uint64(file)<<32 | uint64(uint32(num))) }

// Staged is a document as the first stage leaves it.
type Staged struct {
	Document
	Num DocNum
	// Keys are its LSH band keys, one per band.
	Keys []uint64
	// Shingles is its sorted set of distinct shingle hashes.
	Shingles []uint64
}

// StageOptions returns o as the stages run it (the drop-wide searches
// off), or an error when o is not valid.
func StageOptions(o Options) (Options, error) {
	o.TemplateMinDocs, o.Contained, o.Passages, o.Within = 0, false, false, 0
	if o.Metric == MetricContainment {
		return o, fmt.Errorf("the staged pipeline verifies by Jaccard only, not --metric containment")
	}
	return o, o.Validate()
}

// LSHParams returns the bands and rows o asks for.
func (o Options) LSHParams() lsh.Params { return o.lshParams() }

// Params returns the parameters a scan with o records in its result.
func (o Options) Params() Params { return o.params(o.lshParams()) }

// ReadStaged reads file number file of a scan, its path and bytes given,
// as Scan's first pass reads it (in any input format), and returns its
// documents with their band keys and shingle sets, the documents too short
// to compare, and the problems found: a file that cannot be read at all,
// bad records, export count warnings. o must come from StageOptions. A
// file is split with the drop layout o.DropLayout (CensusFiles,
// AddToCensus, LayoutFromCensus), which a run takes once for all files,
// as Scan does.
func ReadStaged(file int, path string, data []byte, o Options) (docs []Staged, skipped int, errs []*FileError) {
	p := o.lshParams()
	s := &scanner{o: o, p: p, files: []string{path}, hasher: minhash.New(o.NumHashes, o.Seed),
		res: &Result{}, decoded: make([]bool, 1), lineMaps: make([][]int32, 1), spool: make([]string, 1),
		raw: data, full: true}
	if s.raw == nil {
		s.raw = []byte{}
	}
	s.spoolOnce.Do(func() {}) // nothing to spool: there is no second pass
	if o.Split == segment.Auto {
		s.layout = segment.LayoutOf(o.DropLayout) // the run's census, not this file's
	}
	w := workers.Get().(*worker)
	defer workers.Put(w)
	out := s.readFile(0, w)
	if out.err != nil {
		errs = append(errs, out.err)
	}
	errs = append(errs, out.warns...)
	errs = append(errs, out.recErrs...)
	for k, d := range out.docs {
		docs = append(docs, Staged{Document: d, Num: NewDocNum(file, k),
			Keys: slices.Clone(out.keys[k*p.Bands : (k+1)*p.Bands]), Shingles: out.full[k]})
	}
	return docs, out.skipped, errs
}

// BucketPairs returns the candidate pairs of one LSH bucket, given its
// documents in DocNum order, as Scan makes them: every pair, or for a
// bucket over maxBucket documents (0: no cap) each document with the next,
// and whether the bucket was capped.
func BucketPairs(members []DocNum, maxBucket int) (pairs [][2]DocNum, capped bool) {
	for _, ab := range lsh.BucketPairs(len(members), maxBucket) {
		pairs = append(pairs, [2]DocNum{members[ab[0]], members[ab[1]]})
	}
	return pairs, maxBucket > 0 && len(members) > maxBucket
}

// Verified is a candidate pair that passed verification, by number.
type Verified struct {
	A, B                        DocNum
	Jaccard, Estimate, InA, InB float64
}

var hashers sync.Map // Options.NumHashes and Seed -> *minhash.Hasher

func hasherFor(o Options) *minhash.Hasher {
	key := [2]uint64{uint64(o.NumHashes), o.Seed}
	if h, ok := hashers.Load(key); ok {
		return h.(*minhash.Hasher)
	}
	h, _ := hashers.LoadOrStore(key, minhash.New(o.NumHashes, o.Seed))
	return h.(*minhash.Hasher)
}

// Verify verifies candidate pair a, b as Scan does: by the exact Jaccard
// similarity of their shingle sets against o.Threshold, with the MinHash
// estimate and containment both ways for the pairs kept.
func Verify(a, b *Staged, o Options) (Verified, bool) {
	if b.Num < a.Num {
		a, b = b, a
	}
	j, inA, inB := similarity(a.Shingles, b.Shingles)
	if j < o.Threshold {
		return Verified{}, false
	}
	h := hasherFor(o)
	est, _ := minhash.Estimate(h.Sign(a.Shingles), h.Sign(b.Shingles))
	return Verified{A: a.Num, B: b.Num, Jaccard: j, Estimate: est, InA: inA, InB: inB}, true
}

// Clusters builds the clusters of verified pairs as Scan does (union-find,
// clusters and members in document order, each member's similarity to the
// cluster's first document). docs must hold every document of a pair; the
// others are ignored. It returns the clusters and the clustered documents
// in document order.
func Clusters(docs []Staged, pairs []Verified) ([]Cluster, []Document) {
	in := map[DocNum]bool{}
	for _, p := range pairs {
		in[p.A], in[p.B] = true, true
	}
	var keep []Staged
	for _, d := range docs {
		if in[d.Num] {
			keep = append(keep, d)
			delete(in, d.Num) // once each
		}
	}
	slices.SortFunc(keep, func(a, b Staged) int { return cmp.Compare(a.Num, b.Num) })
	at := make(map[DocNum]int, len(keep))
	plain := make([]Document, len(keep))
	sets := make([]*shingleSet, len(keep))
	for i, d := range keep {
		at[d.Num] = i
		plain[i] = d.Document
		sets[i] = &shingleSet{hashes: d.Shingles, loaded: true}
	}
	vps := make([]verifiedPair, 0, len(pairs))
	for _, p := range pairs {
		a, okA := at[p.A]
		b, okB := at[p.B]
		if okA && okB {
			vps = append(vps, verifiedPair{a: a, b: b, jaccard: p.Jaccard, estimate: p.Estimate, inA: p.InA, inB: p.InB})
		}
	}
	slices.SortFunc(vps, func(x, y verifiedPair) int {
		if x.a != y.a {
			return x.a - y.a
		}
		return x.b - y.b
	})
	clusters, _ := buildClusters(plain, sets, vps)
	return clusters, plain
}
