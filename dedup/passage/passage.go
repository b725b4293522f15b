// Package passage finds passages two texts share: maximal runs of
// consecutive words that are the same in both, after dedup's normalisation
// (so quote styles, case and line wrapping do not break a run).
//
// Texts are compared as sequences of word hashes. [Between] finds every
// shared run of at least a minimum length in one pair of texts by indexing
// k-word grams. For many texts, [Fingerprints] selects a few k-gram hashes
// per text by winnowing (Schleimer, Wilkerson, Aiken, "Winnowing: local
// algorithms for document fingerprinting", SIGMOD 2003): every shared run
// of at least w+k-1 words shares at least one fingerprint, so postings of
// fingerprints give all candidate pairs with seed positions, and [Extend]
// grows each seed exactly into a maximal run.
//
// The functions are pure and safe for concurrent use.
package passage

import (
	"slices"

	"github.com/cespare/xxhash/v2"

	"github.com/dedup/dedup/dedup/internal/mix"
)

// K is the gram length used for fingerprints and seeds. Shorter grams match
// more common phrases that then fail to extend; longer ones need a longer
// minimum passage.
const K = 8

// Span is a run of Len words starting at word A in the first text and word
// B in the second.
type Span struct {
	A, B, Len int
}

// Fingerprint is a selected gram hash and the word position it starts at.
type Fingerprint struct {
	Hash uint64
	Pos  int32
}

// WordHashes returns one hash per word.
func WordHashes(words []string) []uint64 {
	h := make([]uint64, len(words))
	for i, w := range words {
		h[i] = xxhash.Sum64String(w)
	}
	return h
}

// grams returns the hash of every k-gram of word hashes: a polynomial
// rolling hash of the k word hashes (one multiply-add per word, where
// hashing the k*8 bytes of each gram again cost a tenth of a scan), then
// mixed so that grams differing in one word differ in every bit.
func grams(words []uint64, k int) []uint64 {
	if len(words) < k || k <= 0 {
		return nil
	}
	const p = 0x9e3779b97f4a7c15 // odd, so multiplying by it loses nothing
	pk := uint64(1)              // p^k, to take the word leaving the window out
	for range k {
		pk *= p
	}
	out := make([]uint64, 0, len(words)-k+1)
	var h uint64
	for i, w := range words {
		h = h*p + w
		if i >= k {
			h -= words[i-k] * pk
		}
		if i >= k-1 {
			out = append(out, mix.Mix64(h))
		}
	}
	return out
}

// Window returns the winnowing window that guarantees a shared
// fingerprint for every shared run of at least minLen words with K-grams.
func Window(minLen int) int { return max(minLen-K+1, 1) }

// Fingerprints selects, in every window of w consecutive K-grams, the
// gram with the smallest hash (the rightmost on ties), each selected
// position once.
func Fingerprints(words []uint64, w int) []Fingerprint {
	g := grams(words, K)
	var out []Fingerprint
	last, best := -1, -1
	for start := 0; start+w <= len(g) || start == 0 && len(g) > 0; start++ {
		end := min(start+w, len(g))
		if best < start {
			// The smallest left the window: look at the whole window.
			best = start
			for i := start; i < end; i++ {
				if g[i] <= g[best] {
					best = i
				}
			}
		} else if g[end-1] <= g[best] {
			best = end - 1 // the one gram that entered
		}
		if best != last {
			out = append(out, Fingerprint{Hash: g[best], Pos: int32(best)})
			last = best
		}
		if end == len(g) {
			break
		}
	}
	return out
}

// Extend grows matches at (a[i], b[j]) seeds into maximal shared runs of at
// least minLen words, each reported once, sorted by position in a.
func Extend(a, b []uint64, seeds [][2]int, minLen int) []Span {
	var out []Span
	seen := map[[2]int]bool{} // (diagonal, start in a) of spans found
	for _, s := range seeds {
		i, j := s[0], s[1]
		if i < 0 || j < 0 || i >= len(a) || j >= len(b) || a[i] != b[j] {
			continue
		}
		for i > 0 && j > 0 && a[i-1] == b[j-1] {
			i--
			j--
		}
		key := [2]int{i - j, i}
		if seen[key] {
			continue
		}
		seen[key] = true
		n := 0
		for i+n < len(a) && j+n < len(b) && a[i+n] == b[j+n] {
			n++
		}
		if n >= minLen {
			out = append(out, Span{A: i, B: j, Len: n})
		}
	}
	slices.SortFunc(out, func(x, y Span) int {
		if x.A != y.A {
			return x.A - y.A
		}
		return x.B - y.B
	})
	return out
}

// Between returns every maximal run of at least minLen words shared by a
// and b, sorted by position in a.
func Between(a, b []uint64, minLen int) []Span {
	k := min(minLen, K)
	if k < 1 {
		k = 1
	}
	ga, gb := grams(a, k), grams(b, k)
	at := make(map[uint64][]int, len(ga))
	for i, h := range ga {
		at[h] = append(at[h], i)
	}
	var seeds [][2]int
	for j, h := range gb {
		for _, i := range at[h] {
			seeds = append(seeds, [2]int{i, j})
		}
	}
	return Extend(a, b, seeds, minLen)
}

// locateGram is the gram length Locate matches on: short enough that a
// typo or a substituted word costs only a few positions, long enough that
// unrelated text rarely matches.
const locateGram = 3

// Locate returns the stretch of b, as the first and last word positions,
// that best matches a: the run of positions with the largest score where a
// position covered by a 3-gram of a scores +1 and any other -penalty (the
// maximum-sum interval). Edits inside a copy cost a few positions and do
// not cut it in two, as exact runs would; text around the copy that a
// does not hold (unrelated text shares almost no 3-grams) scores down and
// is left out. A copy where a share p of the positions is covered holds
// together when penalty < p/(1-p): LocatePenalty gives it for a measured
// containment. A copy in pieces (paragraphs reordered, a long insertion)
// is located from its first piece to its last: every run that holds a
// tenth of a's words counts as a piece. ok is false when no position of b
// is covered.
func Locate(a, b []uint64, penalty float64) (first, last int, ok bool) {
	k := min(locateGram, len(a))
	if k == 0 || len(b) < k {
		return 0, 0, false
	}
	in := make(map[uint64]struct{}, len(a))
	for _, g := range grams(a, k) {
		in[g] = struct{}{}
	}
	covered := make([]bool, len(b))
	for i, g := range grams(b, k) {
		if _, hit := in[g]; hit {
			for j := i; j < i+k; j++ {
				covered[j] = true
			}
		}
	}
	// The best run is the maximum-sum interval; other runs that hold a
	// tenth of a's words or more are parts of the copy too (its
	// paragraphs reordered, or a long insertion), so the stretch runs
	// from the first such run to the last. The runs are the maximal
	// intervals: the best one, then the best of what lies either side of
	// it, and so on. (Cutting runs where a running sum falls to zero
	// instead misses a part after a gap too short to bring the sum to
	// zero: the part after a paragraph the copy does not share.)
	score := make([]float64, len(covered))
	hits := make([]int, len(covered)+1) // covered positions before i
	for i, c := range covered {
		score[i] = -penalty
		hits[i+1] = hits[i]
		if c {
			score[i] = 1
			hits[i+1]++
		}
	}
	best, found := bestRun(score, 0, len(score))
	if !found {
		return 0, 0, false
	}
	part := max(float64(2*k), float64(len(a))/10)
	first, last = best.first, best.last
	for _, r := range partRuns(score, hits, 0, best.first, part, nil) {
		first = min(first, r.first)
	}
	for _, r := range partRuns(score, hits, best.last+1, len(score), part, nil) {
		last = max(last, r.last)
	}
	return first, last, true
}

// run is an interval of positions and the sum of their scores.
type run struct {
	first, last int
	sum         float64
}

// bestRun returns the interval of score[lo:hi] with the largest sum, and
// false when no sum is positive.
func bestRun(score []float64, lo, hi int) (run, bool) {
	best, cur := run{}, run{first: lo}
	for i := lo; i < hi; i++ {
		if cur.sum <= 0 {
			cur = run{first: i}
		}
		cur.sum += score[i]
		cur.last = i
		if cur.sum > best.sum {
			best = cur
		}
	}
	return best, best.sum > 0
}

// partRuns appends the maximal runs of score[lo:hi] whose sum is at least
// part: the best interval, then those of the parts either side of it. A
// part with fewer than part covered positions (hits, as prefix counts)
// cannot hold one and is not searched.
func partRuns(score []float64, hits []int, lo, hi int, part float64, out []run) []run {
	if hi <= lo || float64(hits[hi]-hits[lo]) < part {
		return out
	}
	r, ok := bestRun(score, lo, hi)
	if !ok || r.sum < part {
		return out
	}
	out = partRuns(score, hits, lo, r.first, part, out)
	out = append(out, r)
	return partRuns(score, hits, r.last+1, hi, part, out)
}

// LocatePenalty is the Locate penalty for a copy whose shingle
// containment is c: three quarters of c is taken as the share of its
// words covered (a margin for edits, which cost 3-grams around them), and
// the penalty is the largest that keeps such a copy whole, at most 1.
func LocatePenalty(c float64) float64 {
	p := min(0.75*c, 0.99)
	return min(1, p/(1-p))
}
