// Package lsh finds candidate pairs of similar documents from their MinHash
// signatures by banding (Leskovec, Rajaraman, Ullman, "Mining of Massive
// Datasets", ch. 3.4): a signature of b*r values is cut into b bands of r
// rows; two documents become a candidate pair when all rows of at least one
// band agree, which happens with probability 1-(1-s^r)^b for Jaccard s.
//
// [Optimal] picks b and r for a threshold. Every candidate is verified
// exactly afterwards, so a false positive costs only a little time while a
// false negative is a duplicate never reported; the choice therefore weighs
// the false-negative mass far more than the false-positive mass
// ([DefaultFalseNegativeWeight]). With equal weights, at threshold 0.8 and
// 128 hashes, pairs at Jaccard 0.85 are found only about 69% of the time;
// with the default weight, 99.9%.
//
// [Index] buckets band keys by sorting (key, document) entries per band
// instead of keeping a map of slices, so memory is a flat 12 bytes per
// document and band. Buckets larger than a cap (boilerplate shared by
// thousands of documents) are not expanded into all their pairs; see
// [Index.Candidates].
//
// An Index is not safe for concurrent use; Candidates uses several
// goroutines internally.
package lsh

import (
	"encoding/binary"
	"fmt"
	"math"
	"slices"
	"sync"

	"github.com/cespare/xxhash/v2"

	"github.com/dedup/dedup/dedup/internal/blocks"
)

// DefaultFalseNegativeWeight is the weight of the false-negative mass in
// [Optimal]; the false-positive mass gets 1 minus it.
const DefaultFalseNegativeWeight = 0.99

// DefaultMaxBucket is the default cap on the size of a bucket that is
// expanded into all its pairs.
const DefaultMaxBucket = 1000

// Params are the banding parameters.
type Params struct {
	Bands int `json:"bands"`
	Rows  int `json:"rows"`
}

// Validate reports whether p fits a signature of numHashes values.
func (p Params) Validate(numHashes int) error {
	if p.Bands < 1 || p.Rows < 1 {
		return fmt.Errorf("bands and rows must be at least 1 (got %d and %d)", p.Bands, p.Rows)
	}
	if p.Bands*p.Rows > numHashes {
		return fmt.Errorf("bands × rows = %d exceeds the %d hashes per signature", p.Bands*p.Rows, numHashes)
	}
	return nil
}

// Probability is the chance that two documents of Jaccard similarity s
// become a candidate pair.
func Probability(s float64, p Params) float64 {
	return 1 - math.Pow(1-math.Pow(s, float64(p.Rows)), float64(p.Bands))
}

// Optimal returns the bands and rows, with bands*rows <= numHashes, that
// minimise fnWeight*FN + (1-fnWeight)*FP, where FP is the area under the
// S-curve below the threshold and FN the area above it that the curve
// misses. fnWeight outside (0,1) means [DefaultFalseNegativeWeight].
//
// The areas use the midpoint rule with 100 steps on each side; the curve is
// smooth, so that is plenty to rank the choices.
func Optimal(threshold float64, numHashes int, fnWeight float64) Params {
	if fnWeight <= 0 || fnWeight >= 1 {
		fnWeight = DefaultFalseNegativeWeight
	}
	const steps = 100
	var below, above [steps]float64 // midpoints of each side
	for i := range steps {
		below[i] = threshold * (float64(i) + 0.5) / steps
		above[i] = threshold + (1-threshold)*(float64(i)+0.5)/steps
	}
	hBelow, hAbove := threshold/steps, (1-threshold)/steps
	best, bestErr := Params{Bands: 1, Rows: 1}, math.Inf(1)
	var qb, qa, pb, pa, sb, sa [steps]float64
	for i := range steps {
		sb[i], sa[i] = 1, 1
	}
	for r := 1; r <= numHashes; r++ {
		// s^r grows one row at a time; q = 1 - s^r, and the miss
		// probability with b bands, q^b, one band at a time.
		for i := range steps {
			sb[i] *= below[i]
			sa[i] *= above[i]
			qb[i], qa[i] = 1-sb[i], 1-sa[i]
			pb[i], pa[i] = 1, 1
		}
		for b := 1; b*r <= numHashes; b++ {
			fp, fn := 0.0, 0.0
			for i := range steps {
				pb[i] *= qb[i]
				pa[i] *= qa[i]
				fp += 1 - pb[i]
				fn += pa[i]
			}
			if e := fnWeight*fn*hAbove + (1-fnWeight)*fp*hBelow; e < bestErr {
				best, bestErr = Params{Bands: b, Rows: r}, e
			}
		}
	}
	return best
}

type entry struct {
	key uint64
	doc uint32
}

// Index collects the band keys of documents, numbered 0, 1, ... in the
// order they are added. The keys are kept document after document, 8
// bytes per band, in blocks that are never copied while documents are
// added (see package blocks); Candidates builds one band's (key, document)
// entries at a time, so the 16-byte entries exist only for the bands being
// bucketed.
type Index struct {
	p    Params
	keys blocks.List[uint64]
}

// NewIndex returns an empty index for p.
func NewIndex(p Params) *Index {
	return &Index{p: p}
}

// Len returns the number of documents added.
func (ix *Index) Len() int { return ix.keys.Len() / ix.p.Bands }

// Keys returns the b band keys of a signature: the xxhash of each band's r
// values. Two documents share a bucket in band i exactly when Keys agree at
// i (up to 64-bit hash collisions, which only add a verified candidate).
func Keys(p Params, sig []uint64, dst []uint64) []uint64 {
	// Room for the usual row counts on the stack: Keys runs once per
	// document.
	var stack [8 * 32]byte
	buf := stack[:]
	if 8*p.Rows > len(buf) {
		buf = make([]byte, 8*p.Rows)
	}
	buf = buf[:8*p.Rows]
	for band := 0; band < p.Bands; band++ {
		for j := 0; j < p.Rows; j++ {
			binary.LittleEndian.PutUint64(buf[8*j:], sig[band*p.Rows+j])
		}
		dst = append(dst, xxhash.Sum64(buf))
	}
	return dst
}

// Add records the band keys of the next document and returns its number.
// keys must have one value per band, as returned by [Keys].
func (ix *Index) Add(keys []uint64) uint32 {
	doc := uint32(ix.Len())
	ix.keys.AppendSlice(keys[:ix.p.Bands])
	return doc
}

// Replace sets the band keys of document doc, already added, to keys: for
// a document whose text changed after it was added (a scan that learned
// its template lines).
func (ix *Index) Replace(doc uint32, keys []uint64) {
	for j, k := range keys[:ix.p.Bands] {
		ix.keys.Set(int(doc)*ix.p.Bands+j, k)
	}
}

// band returns the (key, document) entries of one band.
func (ix *Index) band(band int) []entry {
	nb := ix.p.Bands
	es := make([]entry, 0, ix.Len())
	off := 0 // position of the block's first key in the whole list
	for b := range ix.keys.Blocks() {
		// The first key of this band in the block: positions of the
		// band's keys are band, band+nb, band+2nb, ...
		for j := (band - off%nb + nb) % nb; j < len(b); j += nb {
			es = append(es, entry{key: b[j], doc: uint32((off + j) / nb)})
		}
		off += len(b)
	}
	return es
}

// Pair is a candidate pair of document numbers, A < B.
type Pair struct{ A, B uint32 }

// Candidates returns every pair of documents that share a bucket in some
// band, sorted and without repeats, and the number of buckets that were
// capped. A bucket with more than maxBucket documents (maxBucket <= 0 means
// no cap) is not expanded into all its pairs, which would be quadratic;
// instead each document is paired with the next one in document order,
// so a run of true duplicates still ends up in one cluster after
// verification and union-find, at linear cost. Bands are bucketed by up to
// jobs goroutines; the result does not depend on jobs. Candidates empties
// the index.
func (ix *Index) Candidates(maxBucket, jobs int) (pairs []Pair, capped int) {
	perBand := make([][]uint64, ix.p.Bands)
	cappedBy := make([]int, ix.p.Bands)
	sem := make(chan struct{}, max(jobs, 1))
	var wg sync.WaitGroup
	for band := range ix.p.Bands {
		wg.Add(1)
		sem <- struct{}{}
		go func() {
			defer func() { <-sem; wg.Done() }()
			perBand[band], cappedBy[band] = bucketPairs(ix.band(band), maxBucket)
		}()
	}
	wg.Wait()
	ix.keys = blocks.List[uint64]{}
	var keys []uint64
	for band := range perBand {
		keys = append(keys, perBand[band]...)
		capped += cappedBy[band]
		perBand[band] = nil
	}
	slices.Sort(keys)
	keys = slices.Compact(keys)
	pairs = make([]Pair, 0, len(keys))
	for _, k := range keys {
		pairs = append(pairs, Pair{A: uint32(k >> 32), B: uint32(k)})
	}
	return pairs, capped
}

// bucketPairs sorts one band's entries by key and returns the pairs of
// each bucket, as pairKey values.
func bucketPairs(es []entry, maxBucket int) (keys []uint64, capped int) {
	slices.SortFunc(es, func(x, y entry) int {
		if x.key != y.key {
			if x.key < y.key {
				return -1
			}
			return 1
		}
		return int(x.doc) - int(y.doc)
	})
	for i := 0; i < len(es); {
		j := i + 1
		for j < len(es) && es[j].key == es[i].key {
			j++
		}
		group := es[i:j]
		if maxBucket > 0 && len(group) > maxBucket {
			capped++
		}
		for _, xy := range BucketPairs(len(group), maxBucket) {
			keys = append(keys, pairKey(group[xy[0]].doc, group[xy[1]].doc))
		}
		i = j
	}
	return keys, capped
}

// BucketPairs returns the candidate pairs of a bucket of n documents, as
// positions in the bucket (documents in document order): every pair, or
// for a bucket of more than maxBucket documents (0: no cap) each document
// with the next, so a bucket of boilerplate costs n pairs, not n².
func BucketPairs(n, maxBucket int) [][2]int {
	var out [][2]int
	if maxBucket > 0 && n > maxBucket {
		for g := 1; g < n; g++ {
			out = append(out, [2]int{g - 1, g})
		}
		return out
	}
	for x := 0; x < n; x++ {
		for y := x + 1; y < n; y++ {
			out = append(out, [2]int{x, y})
		}
	}
	return out
}

func pairKey(a, b uint32) uint64 {
	if a > b {
		a, b = b, a
	}
	return uint64(a)<<32 | uint64(b)
}
