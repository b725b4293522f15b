// Package minhash computes MinHash signatures of sets of 64-bit shingle
// hashes and estimates Jaccard similarity from them.
//
// Signatures use one-permutation hashing (Li, Owen, Zhang, "One
// Permutation Hashing", NIPS 2012) with optimal densification (Shrivastava,
// "Optimal Densification for Fast and Accurate Minwise Hashing", ICML
// 2017): each shingle hash is mixed with the seed by a 64-bit bijection,
// the mixed value picks one of num bins, and each bin keeps its minimum.
// A bin that no shingle reached borrows the value of a non-empty bin
// chosen by a hash of (seed, bin, attempt), the same for every document,
// so two documents agree in a bin with probability equal to their Jaccard
// similarity.
//
// Per shingle this is one mix, one multiply-high and one compare, instead
// of num multiply-adds for classic num-permutation MinHash: about 17 times
// faster at 128 values (BenchmarkSignOnly), with the same estimator error
// for sets of a few hundred shingles and up and at most 25% more for very
// small sets (TestOPHMatchesKPermutations compares the two).
//
// The same (num, seed) always gives the same signatures on every machine;
// the known-answer test pins them, because changing them invalidates saved
// indexes.
//
// A Hasher is immutable after [New] and safe for concurrent use.
package minhash

import (
	"errors"
	"math"
	"math/bits"
)

// ErrLength is returned by [Estimate] for signatures of different lengths.
var ErrLength = errors.New("minhash: signatures differ in length")

// DefaultNum is the default signature length.
const DefaultNum = 128

// DefaultSeed is the default seed.
const DefaultSeed = 1

// MaxNum is the largest supported signature length.
const MaxNum = 4096

// Signature is a MinHash signature. An empty set's signature is all
// math.MaxUint64.
type Signature []uint64

// Hasher signs sets of shingle hashes.
type Hasher struct {
	num  int
	seed uint64
	mix  uint64 // seed-derived key mixed into every shingle hash
}

// New returns a Hasher with signatures of num values (1 to [MaxNum];
// values outside are clamped) derived from seed.
func New(num int, seed uint64) *Hasher {
	num = min(max(num, 1), MaxNum)
	state := seed
	return &Hasher{num: num, seed: seed, mix: splitmix64(&state)}
}

// Num reports the signature length.
func (h *Hasher) Num() int { return h.num }

// Seed reports the seed the Hasher was made with.
func (h *Hasher) Seed() uint64 { return h.seed }

// Sign returns the signature of the set of hashes. Order and duplicates in
// hashes do not matter.
func (h *Hasher) Sign(hashes []uint64) Signature {
	return h.SignInto(make(Signature, h.num), hashes)
}

// SignInto computes the signature of hashes into sig, which must have room
// for Num values, and returns it. It does not allocate.
func (h *Hasher) SignInto(sig Signature, hashes []uint64) Signature {
	sig = sig[:h.num]
	for i := range sig {
		sig[i] = math.MaxUint64
	}
	k := uint64(h.num)
	for _, x := range hashes {
		v := fmix64(x ^ h.mix)
		bin, _ := bits.Mul64(v, k) // v*k/2^64: the bin from the high bits
		if v < sig[bin] {
			sig[bin] = v
		}
	}
	h.densify(sig)
	return sig
}

// densify fills empty bins from non-empty ones (optimal densification). A
// mixed value of math.MaxUint64 in a non-empty bin would be mistaken for an
// empty bin; that happens with probability 2^-64 per shingle and only
// changes which bin a value is borrowed from.
func (h *Hasher) densify(sig Signature) {
	var filled [MaxNum / 64]uint64
	n := 0
	for i, v := range sig {
		if v != math.MaxUint64 {
			filled[i/64] |= 1 << (i % 64)
			n++
		}
	}
	if n == 0 || n == len(sig) {
		return
	}
	k := uint64(len(sig))
	for i := range sig {
		if filled[i/64]&(1<<(i%64)) != 0 {
			continue
		}
		for attempt := uint64(1); ; attempt++ {
			state := h.mix ^ uint64(i)<<32 ^ attempt
			j, _ := bits.Mul64(splitmix64(&state), k)
			if filled[j/64]&(1<<(j%64)) != 0 {
				sig[i] = sig[j]
				break
			}
		}
	}
}

// Estimate returns the fraction of positions where a and b agree, an
// estimate of the Jaccard similarity of the two sets.
func Estimate(a, b Signature) (float64, error) {
	if len(a) != len(b) {
		return 0, ErrLength
	}
	if len(a) == 0 {
		return 0, nil
	}
	eq := 0
	for i := range a {
		if a[i] == b[i] {
			eq++
		}
	}
	return float64(eq) / float64(len(a)), nil
}

// fmix64 is the MurmurHash3 64-bit finaliser, a bijection that spreads
// every input bit over the output.
func fmix64(x uint64) uint64 {
	x ^= x >> 33
	x *= 0xff51afd7ed558ccd
	x ^= x >> 33
	x *= 0xc4ceb9fe1a85ec53
	x ^= x >> 33
	return x
}

// splitmix64 is the SplitMix64 generator (Steele, Lea, Flood 2014).
func splitmix64(state *uint64) uint64 {
	*state += 0x9e3779b97f4a7c15
	z := *state
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9
	z = (z ^ (z >> 27)) * 0x94d049bb133111eb
	return z ^ (z >> 31)
}
